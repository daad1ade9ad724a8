"""MkDocs event handlers. Each one hands its work to the core and returns.

on_startup  note whether this is a preview (phb serve, mkdocs serve)
on_config   load and validate the project, plan the site for this audience, set the nav,
            sanitise the HTML Markdown makes of every page (markup_safety, sanitise);
            in a preview, show problems and check findings in the pages (preview.py)
on_files    drop staff-only files from a public build, theme files no page loads and any
            file reached through a link (a preview builds even when links were refused),
            add the generated offer pages
on_nav      keep Previous and Next inside one offer (plan/page_order.py)
on_env      make site-wide facts (audience, offers) available to theme templates
on_page_*   give each page its review dates, owner and contact details, and
            scrollable tables
Each stage says how far it has gone to `progress` (validate, other formats, pages),
which `phb build` sets; nobody watches a preview.
on_post_build  keep only the theme CSS the built pages use; write build.json
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from generator.checks.findings import Finding
from generator.errors import InvalidInput
from generator.formats import FormatTools, site_plan
from generator.formats.document import DocumentTools
from generator.load.easy_read import picture_files
from generator.load.project import Project
from generator.load.project_files import reached_through_link
from generator.load.statement import ACCESSIBILITY_PAGE
from generator.models import Audience
from generator.plan.offer_pages import NavEntry
from generator.plan.page_details import OTHER_FORMATS_PAGE, PageDetails, page_details
from generator.plan.page_order import may_follow
from generator.plan.site import SitePlan
from generator.plugin.config import PhbConfig
from generator.plugin.preview import findings_by_page, problems_plan
from generator.plugin.site_config import configured_project, markdown_to_html, project_layout, site_url_for
from generator.progress import NO_PROGRESS, Progress
from generator.publish.build_info import UNKNOWN, build_info, built_at, write_build_info
from generator.render.markup_safety import site_markdown_extensions
from generator.render.site_files import (
    is_unused_theme_asset,
    main_holds_only_content,
    robots_txt,
    skip_link_first,
    slim_theme_stylesheets,
    with_skip_link,
    without_search_toggle,
)
from generator.render.tables import scrollable_tables
from generator.render.templates import PageRenderer, channel_line, long_date

log = logging.getLogger("mkdocs.plugins.phb")


class PhbPageFacts(TypedDict):
    """What theme templates read as `phb` on a page."""

    findings: list[Finding]
    """Check findings on the page, shown in a preview; empty in a build."""
    page: PageDetails
    contact_url: str | None
    other_version_url: str | None


class PhbTemplateContext(TemplateContext):
    """MkDocs' context for a page template, with our facts added."""

    phb: PhbPageFacts


class PhbPlugin(BasePlugin[PhbConfig]):
    previewing = False
    progress: Progress = NO_PROGRESS
    known_pages: frozenset[str] = frozenset()
    """Every page of the last site a preview built, which show the problems when the next one cannot be built."""

    def on_startup(self, command: str, dirty: bool) -> None:
        self.previewing = command == "serve"

    def on_config(self, config: Any) -> Any:
        self.progress("validate", 0, 0)
        root = Path(config.config_file_path).parent
        config.markdown_extensions = site_markdown_extensions(config.markdown_extensions)
        self.audience = Audience(self.config.audience)
        if not self.previewing:  # phb serve sets site_url to the preview's own address
            config.site_url = site_url_for(config, self.audience)  # canonical links, sitemap, the PDFs' links
        self.renderer = PageRenderer(root / self.config.templates_dir, {"audience": self.audience.value})
        self.findings: dict[str, list[Finding]] = {}
        self.showing_problems = False
        try:
            project = configured_project(config)
            formats = self._format_tools(config, project) if self.config.print_formats else None
            self.plan: SitePlan = site_plan(project, self.audience, self.config.nav_order, formats,
                                             config.use_directory_urls)
            if self.previewing:
                self.findings = findings_by_page(config, project)
                self.known_pages = frozenset([*(p.src_uri for p in self.plan.generated),
                                              *(p.src_uri for p in self.plan.content_pages)])
        except InvalidInput as error:
            if not self.previewing:
                raise Abort(f"The site was not built. Fix these problems and try again:\n{error}") from None
            log.info("The preview shows the problems to fix:\n%s", error)
            self.plan = problems_plan(self.audience, error.problems, self.known_pages)
            self.showing_problems = True
        self.generated = {p.src_uri: p for p in self.plan.generated}
        self.content = {p.src_uri: p for p in self.plan.content_pages}
        self.details: dict[str, PageDetails] = {}
        self.build = build_info(root, self.audience.value, [{"id": o.id, "title": o.title} for o in self.plan.offers],
                                self.config.print_formats)
        config.nav = _escaped_nav(self.plan.nav)
        return config

    @event_priority(100)
    def on_files(self, files: Files, config: Any) -> Files:
        docs_dir = Path(config.docs_dir).resolve()
        own_folders = project_layout(config).source_dirs
        for file in list(files):
            from_docs = bool(file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(docs_dir))
            left_out = file.src_uri.endswith(".md") and file.src_uri not in self.content  # staff-only, or a problems-only preview
            staff_only = self.audience is Audience.public and file.src_uri.startswith("staff/")
            source = file.abs_src_path
            linked = source is not None and any(reached_through_link(Path(source), folder) for folder in own_folders)
            if (from_docs and (left_out or staff_only)) or linked or is_unused_theme_asset(file.src_uri):
                files.remove(file)
        downloads = self.plan.downloads
        self.progress("other formats", 0, len(downloads))
        for done, download in enumerate(downloads, 1):  # made before the pages that give their sizes, to time them apart
            files.append(File.generated(config, download.uri, content=download.content))
            self.progress("other formats", done, len(downloads))
        for uri, plan in self.generated.items():
            files.append(File.generated(config, uri, content=self.renderer.render(plan)))
        for uri, picture in self.plan.pictures.items():
            files.append(File.generated(config, uri, abs_src_path=str(picture)))
        files.append(File.generated(config, "robots.txt", content=robots_txt(self.audience, config.site_url)))
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        for page in nav.pages:
            uri = page.file.src_uri
            if page.previous_page and not may_follow(uri, page.previous_page.file.src_uri):
                page.previous_page = None
            if page.next_page and not may_follow(uri, page.next_page.file.src_uri):
                page.next_page = None
        return nav

    def on_env(self, env: Any, config: Any, files: Files) -> Any:
        self.files = files
        self.pages_done, self.page_count = 0, len(files.documentation_pages())
        self.progress("pages", 0, self.page_count)
        env.lstrip_blocks = True  # drops the theme's indentation before template tags: a third of each page's bytes
        env.filters["long_date"] = long_date
        env.filters["channel"] = channel_line
        env.globals["phb_site"] = {
            "audience": self.audience.value,
            "other_formats_url": self._url(OTHER_FORMATS_PAGE),
            "accessibility_url": self._url(ACCESSIBILITY_PAGE),
            "version": self.build.label,
        }
        return env

    def on_page_markdown(self, markdown: str, page: Page, config: Any, files: Files) -> str | None:
        uri = page.file.src_uri
        if self.showing_problems:
            return None  # the preview's list of problems: no offer, no review dates
        details = page_details(self.generated.get(uri), self.content.get(uri), self.plan.offers, self.plan.pairs)
        self.details[uri] = details
        page.meta.update(details.meta)
        page.meta["title"] = str(escape(details.title))
        return None

    def on_page_content(self, html: str, page: Page, config: Any, files: Files) -> str:
        return scrollable_tables(html)

    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        details = self.details.get(page.file.src_uri)
        if details is None:
            return context
        facts: PhbPageFacts = {
            "findings": self.findings.get(page.file.dest_uri, []),
            "page": details,
            "contact_url": self._url(details.contact_page),
            "other_version_url": self._url(details.other_version) if details.other_version else None,
        }
        return PhbTemplateContext(**context, phb=facts)

    def on_post_page(self, output: str, page: Page, config: Any) -> str:
        self.pages_done += 1
        self.progress("pages", self.pages_done, self.page_count)
        return main_holds_only_content(skip_link_first(without_search_toggle(output)))

    def on_post_template(self, output_content: str, template_name: str, config: Any) -> str:
        """The 404 page is a theme template, not a page."""
        return main_holds_only_content(skip_link_first(with_skip_link(without_search_toggle(output_content))))

    def on_post_build(self, config: Any) -> None:
        if self.config.lean_css:
            slim_theme_stylesheets(Path(config.site_dir))
        write_build_info(Path(config.site_dir), self.build)

    def _format_tools(self, config: Any, project: Project) -> FormatTools:
        """The offer's PDFs and plain text use the site's own templates, Markdown extensions and pictures."""
        root = project.layout.root
        date = built_at(root)
        document = DocumentTools(
            renderer=self.renderer,
            to_html=markdown_to_html(config),
            site_url=config.site_url or "",
            use_directory_urls=config.use_directory_urls,
            built_at=None if date == UNKNOWN else date,
            language=config.theme["language"],
            files=picture_files(project.pictures, project.layout.easy_read_dir),
        )
        return FormatTools(document, root / self.config.print_dir, Path(config.docs_dir))

    def _url(self, src_uri: str) -> str | None:
        """The site-relative URL of a page, or None when the project does not have it."""
        file = self.files.get_file_from_path(src_uri)
        return file.url if file else None


def _escaped_nav(entries: Sequence[NavEntry | str]) -> list[NavEntry | str]:
    """MkDocs and material print nav titles without escaping, so escape text from offers here."""
    return [_escaped_entry(entry) for entry in entries]


def _escaped_entry(entry: NavEntry | str) -> NavEntry | str:
    if isinstance(entry, str):
        return entry
    return {str(escape(title)): _escaped_nav(v) if isinstance(v, list) else v for title, v in entry.items()}
