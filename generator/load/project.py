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
from generator.load.sources import ContentPage, OfferSource, collect, read_easy_read_page, read_offer, read_page, read_pictures
from generator.load.statement import ACCESSIBILITY_PAGE, OPTION, Statement, StatementOptions, read_statement
from generator.load.validation import dotted
from generator.models import Audience, PictureCatalogue


@dataclass(frozen=True)
class Layout:
    """Where a project keeps its sources."""

    root: Path
    offers_dir: Path
    content_dir: Path

    @property
    def easy_read_dir(self) -> Path:
        return self.root / EASY_READ_DIR

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


def read_project(layout: Layout, statement: StatementOptions | None = None) -> tuple[Project, list[Problem]]:
    """Read and validate every offer and page, and the statement's settings, with every problem found.

    Problems that need the planned sites (links between pages) are generator.plan.project's to find.
    """
    problems: list[Problem] = []
    offer_files = sorted(layout.offers_dir.glob("*.yaml")) + sorted(layout.offers_dir.glob("*.yml"))
    offers = collect([partial(read_offer, p, layout.shown(p)) for p in offer_files], problems)
    page_files = sorted(layout.content_dir.rglob("*.md"))
    pages = collect(
        [partial(read_page, p, p.relative_to(layout.content_dir).as_posix(), layout.shown(p)) for p in page_files],
        problems,
    )
    problems += _repeated_offer_ids(offers)
    made = next(iter(collect([lambda: read_statement(statement, layout.root)], problems)), None) if statement else None
    problems += _replaced_pages(pages, made)
    pictures_file = layout.easy_read_dir / PICTURES_FILE
    pictures = collect([lambda: read_pictures(pictures_file, layout.shown(pictures_file))], problems) if pictures_file.exists() else []
    easy_read_files = sorted(p for p in layout.easy_read_dir.glob("*.md"))
    easy_read = collect([partial(read_easy_read_page, p, easy_read_site_uri(p.name), layout.shown(p)) for p in easy_read_files],
                        problems)
    pairable = {page.src_uri: page.audience for page in pages} | ({ACCESSIBILITY_PAGE: Audience.public} if made else {})
    easy_read = _paired(easy_read, pairable, problems)
    project = Project(layout, offers, pages, easy_read, pictures[0] if pictures else None, made)
    problems += _unknown_pictures(project)
    if not offer_files and not problems:
        problems.append(Problem(layout.shown(layout.offers_dir), 1, 1, "offers", "there are no offer files",
                                "add one with `phb new-offer ID`"))
    return project, problems


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
