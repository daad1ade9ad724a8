"""Run the source checks on every page of both sites, and point each finding at the file to edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from generator.checks import facts, readability, structure, wording
from generator.checks.easy_read import easy_read_rules
from generator.checks.findings import Concern, Exemption, Finding
from generator.checks.flow_lists import split_sentences
from generator.checks.locate import locate
from generator.checks.page_text import PageText, read_page_text
from generator.load.check_settings import CheckSettings
from generator.load.easy_read import EASY_READ_DIR, EasyReadPage
from generator.load.project import Project
from generator.load.sources import ContentPage, OfferSource
from generator.load.statement import ACCESSIBILITY_PAGE, Statement
from generator.models import Audience
from generator.plan.offer_pages import PagePlan
from generator.plan.site import SitePlan
from generator.render.templates import PageRenderer

PageCheck = Callable[[PageText], Iterable[Concern]]


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    exemptions: set[Exemption] = field(default_factory=set)
    pages: int = 0

    def extend(self, other: CheckResult) -> None:
        self.findings += other.findings
        self.exemptions |= other.exemptions
        self.pages += other.pages


@dataclass(frozen=True)
class SourceFile:
    """A file a finding can point at, with its text for finding the line."""

    path: str
    text: str
    default_line: int = 1


@dataclass
class SourceChecks:
    """Everything the source checks need, given by the caller so the core never imports MkDocs."""

    project: Project
    sites: Mapping[Audience, SitePlan]
    """The project's plan for each audience, made once by the caller."""
    renderer: PageRenderer
    templates_dir: Path
    to_html: Callable[[str], str]
    """Markdown to HTML with the site's Markdown extensions."""
    settings: CheckSettings
    glossary: Mapping[str, str]
    today: dt.date

    def run(self) -> CheckResult:
        result = CheckResult()
        public = self.sites[Audience.public]
        staff = self.sites[Audience.staff]
        public_uris = {p.src_uri for p in public.generated} | {p.src_uri for p in public.content_pages}
        for plan in public.generated:
            if not _repeats_another_page(plan):
                result.extend(self._check_generated(plan, Audience.public))
        for plan in staff.generated:
            if plan.src_uri not in public_uris and not _repeats_another_page(plan):
                result.extend(self._check_generated(plan, Audience.staff))
        for page in self.project.pages:
            result.extend(self._check_content(page))
        for source in self.project.offers:
            result.extend(self._check_offer(source))
        if self.project.statement:
            result.extend(self._check_statement(self.project.statement))
        result.findings.sort()
        return result

    def sources_by_built_page(self, audience: Audience) -> dict[str, list[SourceFile]]:
        """For each built page (offers/x/contact/index.html), the files its words come from, most likely first."""
        plan = self.sites[audience]
        sources: dict[str, list[SourceFile]] = {}
        for generated in plan.generated:
            files = [self._template_file(generated.template)]
            if generated.src_uri in self._easy_read_pages:
                files.insert(0, self._file(self._easy_read_pages[generated.src_uri].path))
            elif generated.offer is not None:
                files.insert(0, self._file(self._offer_source(generated.offer.id).path))
            sources[plan.built_page(generated.src_uri)] = files
        for page in plan.content_pages:
            sources[plan.built_page(page.src_uri)] = [self._file(page.path)]
        return sources

    def _page_checks(self, audience: Audience) -> list[PageCheck]:
        checks: list[PageCheck] = [wording.link_text, wording.document_links, structure.image_alt_text, structure.headings]
        if audience is Audience.public:
            settings, glossary = self.settings, self.glossary
            checks += [
                lambda page: readability.reading_age(page, settings),
                lambda page: readability.sentence_length(page, settings),
                lambda page: readability.paragraph_length(page, settings),
                lambda page: wording.abbreviations(page, settings, glossary),
            ]
        return checks

    def _check_generated(self, plan: PagePlan, audience: Audience) -> CheckResult:
        text = read_page_text(self.to_html(self.renderer.render(plan)))
        concerns = [c for check in self._page_checks(audience) for c in check(text)]
        files = [self._template_file(plan.template)]
        exempt: Mapping[str, str] = {}
        if plan.easy_read is not None:
            concerns += easy_read_rules(plan.easy_read.blocks, plan.easy_read.words_to_know, self.settings)
        easy_read_page = self._easy_read_pages.get(plan.src_uri)
        if easy_read_page is not None:
            concerns += facts.review_date(easy_read_page.meta.review_due, self.today, self.settings)
            file = self._file(easy_read_page.path)
            files.insert(0, SourceFile(file.path, file.text, easy_read_page.body_first_line))
            exempt = easy_read_page.meta.checks
        elif plan.offer is not None:
            source = self._offer_source(plan.offer.id)
            files.insert(0, self._file(source.path))
            exempt = source.offer.checks
        return _located(concerns, files, self._built_page(plan.src_uri), exempt, pages=1)

    def _check_content(self, page: ContentPage) -> CheckResult:
        text = read_page_text(self.to_html(page.body))
        concerns = [c for check in self._page_checks(page.audience) for c in check(text)]
        concerns += facts.review_date(page.meta.review_due, self.today, self.settings)
        if page.audience is Audience.public:
            concerns += facts.easy_read_pair(page.meta.easy_read, page.src_uri, self._easy_read_files)
        file = self._file(page.path)
        return _located(concerns, [SourceFile(file.path, file.text, page.body_first_line)], self._built_page(page.src_uri),
                        page.meta.checks, pages=1)

    def _check_offer(self, source: OfferSource) -> CheckResult:
        """Facts about the whole offer, reported once against its file rather than on each of its pages."""
        offer = source.offer
        concerns = [*facts.offer_review_date(offer, self.today, self.settings), *facts.contact_channels(offer),
                    *facts.story_consent(offer, self.today)]
        concerns += facts.offer_easy_read(offer)
        home = self._built_page(f"offers/{offer.id}/index.md")
        result = _located(concerns, [self._file(source.path)], home, offer.checks)
        for finding in split_sentences(source.path, source.source, home):  # placed by the YAML itself, not by its words
            if finding.check in offer.checks:
                result.exemptions.add(Exemption(source.path, finding.check, offer.checks[finding.check]))
            else:
                result.findings.append(finding)
        return result

    @cached_property
    def _easy_read_pages(self) -> dict[str, EasyReadPage]:
        """Easy Read pages from easy_read/, by their place in the site."""
        return {page.src_uri: page for page in self.project.easy_read_pages}

    @cached_property
    def _easy_read_files(self) -> dict[str, str]:
        """easy_read/x.md: the page it is paired with."""
        return {f"{EASY_READ_DIR}/{Path(page.path).name}": page.meta.pair for page in self.project.easy_read_pages}

    def _check_statement(self, statement: Statement) -> CheckResult:
        """The statement's own review date and Easy Read version, written in the site's configuration."""
        settings = statement.settings
        concerns = [*facts.review_date(settings.review_due, self.today, self.settings),
                    *facts.easy_read_pair(settings.easy_read, ACCESSIBILITY_PAGE, self._easy_read_files)]
        config = self._file(statement.config_path)
        return _located(concerns, [SourceFile(config.path, config.text, statement.config_line)],
                        self._built_page(ACCESSIBILITY_PAGE), {})

    def _built_page(self, src_uri: str) -> str:
        """The file a page is built to; both sites share mkdocs.yml, so either site's plan can say."""
        return self.sites[Audience.public].built_page(src_uri)

    def _offer_source(self, offer_id: str) -> OfferSource:
        return next(s for s in self.project.offers if s.offer.id == offer_id)

    def _file(self, shown_path: str) -> SourceFile:
        return SourceFile(shown_path, (self.project.layout.root / shown_path).read_text(encoding="utf-8"))

    def _template_file(self, template: str) -> SourceFile:
        path = self.templates_dir / template
        shown = path.relative_to(self.project.layout.root).as_posix() if path.is_relative_to(self.project.layout.root) else str(path)
        return SourceFile(shown, path.read_text(encoding="utf-8"))


def locate_in(quote: str, files: list[SourceFile]) -> tuple[str, int, int]:
    """The first file, line and column that hold `quote`; else the first file's default line."""
    for file in files:
        position = locate(file.text, quote) if quote else None
        if position:
            return (file.path, *position)
    return files[0].path, files[0].default_line, 1


def _repeats_another_page(plan: PagePlan) -> bool:
    """Filtered views of a list are checked on the list's own page; the search form has no words of its own."""
    return plan.copy_of is not None or not plan.searched


def _located(concerns: Iterable[Concern], files: list[SourceFile], built: str, exempt: Mapping[str, str], pages: int = 0) -> CheckResult:
    """Findings pointing at the first file that contains each concern's words; exempt checks are listed, not reported."""
    result = CheckResult(pages=pages)
    for concern in concerns:
        if concern.check in exempt:
            result.exemptions.add(Exemption(files[0].path, concern.check, exempt[concern.check]))
            continue
        path, line, column = locate_in(concern.quote, files)
        result.findings.append(Finding(path, line, column, concern.check, concern.message, concern.fix,
                                       concern.severity, built, concern.wcag))
    return result


