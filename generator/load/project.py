"""A project is a folder of offers, content pages and Easy Read pages, read and validated.

Nothing here knows about MkDocs or about the sites made from the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from generator.errors import Problem
from generator.load.easy_read import EASY_READ_DIR, PICTURES_FILE, EasyReadPage, unknown_picture_problem, unknown_pictures
from generator.load.easy_read import site_uri as easy_read_site_uri
from generator.load.project_files import in_folder, readable_files
from generator.load.sources import ContentPage, OfferSource, collect, read_easy_read_page, read_offer, read_page, read_pictures
from generator.load.statement import ACCESSIBILITY_PAGE, OPTION, Statement, StatementOptions, read_statement
from generator.load.unvalidated import offer_ids, page_audience
from generator.load.validation import dotted
from generator.models import Audience, PictureCatalogue

THEME_DIR = "theme"


@dataclass(frozen=True)
class Layout:
    """Where a project keeps its sources."""

    root: Path
    offers_dir: Path
    content_dir: Path

    @property
    def easy_read_dir(self) -> Path:
        return self.root / EASY_READ_DIR

    @property
    def source_dirs(self) -> list[Path]:
        """The folders a build reads: nothing in them may be a link (generator.load.project_files)."""
        return [self.offers_dir, self.content_dir, self.easy_read_dir, self.root / THEME_DIR]

    def shown(self, path: Path) -> str:
        """A path as comms teams see it in messages: relative to the project root."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass(frozen=True)
class Project:
    layout: Layout
    offers: list[OfferSource]
    pages: list[ContentPage]
    easy_read_pages: list[EasyReadPage] = field(default_factory=list)
    pictures: PictureCatalogue | None = None
    statement: Statement | None = None
    """The generated accessibility statement, when the configuration asks for one."""
    invalid_pages: dict[str, Audience] = field(default_factory=dict)
    """Pages that exist but failed validation: still link targets, so their problem is not reported again as broken links."""
    invalid_offer_ids: frozenset[str] = frozenset()
    """The ids of offers that failed validation: links to their pages are not reported as broken either."""


def read_project(layout: Layout, statement: StatementOptions | None = None) -> tuple[Project, list[Problem]]:
    """Read and validate every offer and page, and the statement's settings, with every problem found.

    Problems that need the planned sites (links between pages) are generator.plan.project's to find.
    """
    files, problems = readable_files(layout.root, layout.source_dirs)
    offer_files = in_folder(files, layout.offers_dir, (".yaml",)) + in_folder(files, layout.offers_dir, (".yml",))
    offers = collect([partial(read_offer, p, layout.shown(p)) for p in offer_files], problems)
    page_files = in_folder(files, layout.content_dir, (".md",), nested=True)
    pages = collect(
        [partial(read_page, p, p.relative_to(layout.content_dir).as_posix(), layout.shown(p)) for p in page_files],
        problems,
    )
    problems += _repeated_offer_ids(offers)
    made = next(iter(collect([lambda: read_statement(statement, layout.root)], problems)), None) if statement else None
    problems += _replaced_pages(pages, made)
    pictures_file = layout.easy_read_dir / PICTURES_FILE
    read = collect([lambda: read_pictures(pictures_file, layout.shown(pictures_file))], problems) if pictures_file in files else []
    pictures, picture_problems = read[0] if read else (None, [])
    problems += picture_problems
    easy_read_files = in_folder(files, layout.easy_read_dir, (".md",))
    easy_read = collect([partial(read_easy_read_page, p, easy_read_site_uri(p.name), layout.shown(p)) for p in easy_read_files],
                        problems)
    statement_page = {ACCESSIBILITY_PAGE: Audience.public} if statement else {}
    invalid_pages = _invalid_pages(layout, page_files, pages) | (statement_page if not made else {})
    pairable = {page.src_uri: page.audience for page in pages} | (statement_page if made else {}) | invalid_pages
    easy_read = _paired(easy_read, pairable, problems)
    loaded = {source.path for source in offers}
    invalid_offer_ids = frozenset(offer_id for p in offer_files if layout.shown(p) not in loaded for offer_id in offer_ids(p))
    project = Project(layout, offers, pages, easy_read, pictures, made, invalid_pages, invalid_offer_ids)
    problems += _unknown_pictures(project)
    if not offer_files and not problems:
        problems.append(Problem(layout.shown(layout.offers_dir), 1, 1, "offers", "there are no offer files",
                                "add one with `phb new-offer ID`"))
    return project, problems


def _invalid_pages(layout: Layout, page_files: list[Path], pages: list[ContentPage]) -> dict[str, Audience]:
    valid = {page.src_uri for page in pages}
    uris = {path: path.relative_to(layout.content_dir).as_posix() for path in page_files}
    return {uri: page_audience(path, uri) for path, uri in uris.items() if uri not in valid}


def _repeated_offer_ids(offers: list[OfferSource]) -> list[Problem]:
    first_seen: dict[str, str] = {}
    problems = []
    for source in offers:
        earlier = first_seen.setdefault(source.offer.id, source.path)
        if earlier != source.path:
            problems.append(Problem(source.path, 1, 1, "id", f"the id {source.offer.id!r} is already used by {earlier}",
                                    "give each offer its own id; it becomes the offer's web address"))
    return problems


def _replaced_pages(pages: list[ContentPage], statement: Statement | None) -> list[Problem]:
    """A hand-written statement would hide the generated one."""
    return [Problem(page.path, 1, 1, "page", f"the accessibility statement is made from {OPTION}: in {statement.config_path}",
                    f"delete this page; keep any wording worth keeping in {statement.config_path} or theme/pages/accessibility.md")
            for page in pages if statement and page.src_uri == ACCESSIBILITY_PAGE]


def _paired(easy_read: list[EasyReadPage], pairable: dict[str, Audience], problems: list[Problem]) -> list[EasyReadPage]:
    """Each Easy Read page takes the audience of the page it is paired with; a pair that does not exist is a problem."""
    paired = []
    for page in easy_read:
        audience = pairable.get(page.meta.pair)
        if audience is None:
            problems.append(Problem(page.path, *page.pair_position, "pair", f"there is no page {page.meta.pair} in content/ to pair with",
                                    "write the path of the standard page inside content/, for example what-is-a-phb.md"))
            continue
        paired.append(replace(page, audience=audience))
    return paired


def _unknown_pictures(project: Project) -> list[Problem]:
    """Every picture a point names must be in easy_read/pictures.yaml."""
    problems = [unknown_picture_problem(page.path, point.line, 1, "picture", point.picture, project.pictures)
                for page in project.easy_read_pages for point in unknown_pictures(page.blocks, project.pictures)]
    known = project.pictures.pictures if project.pictures else {}
    for source in project.offers:
        easy = source.offer.easy_read
        for section, points in easy.sections().items() if easy else ():
            for index, point in enumerate(points):
                if point.picture not in known:
                    location = ("easy_read", section, index, "picture")
                    problems.append(unknown_picture_problem(source.path, *source.source.position(location), dotted(location),
                                                            point.picture, project.pictures))
    return problems
