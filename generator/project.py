"""A project is a folder of offers and content pages; from it we plan one site per audience.

This is the core's front door: the CLI and the MkDocs plugin both start here, and
nothing here knows about MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .easy_read import (EASY_READ_DIR, PICTURES_FILE, EasyReadPage, picture_files, picture_links, unknown_picture_problem,
                        unknown_pictures)
from .easy_read import site_uri as easy_read_site_uri
from .formats import Download, FormatTools, offer_downloads, site_downloads
from .links import broken_links
from .models import Audience, Offer, PictureCatalogue
from .offer_pages import (OfferSite, PagePlan, plan_easy_read_index, plan_easy_read_page, plan_offer, plan_offers_index,
                          plan_search_page)
from .page_details import ACCESSIBILITY_PAGE, contact_page
from .problems import InvalidInput, Problem
from .rendering import built_page
from .sources import ContentPage, OfferSource, collect, read_easy_read_page, read_offer, read_page, read_pictures
from .statement import OPTION, PageLink, Statement, StatementOptions, plan_statement, read_statement
from .validation import dotted

OFFERS_SECTION = "offers"
"""The word in `nav_order` that marks where the local offers go in the navigation."""


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
class SitePlan:
    """Everything one audience's site contains, before any rendering."""

    audience: Audience
    offers: list[Offer]
    content_pages: list[ContentPage]
    generated: list[PagePlan]
    nav: list[dict]
    downloads: list[Download]
    """Other formats of the offers, and site-wide data files, with their bytes."""
    pictures: dict[str, Path]
    """Easy Read pictures: their place in the site, and the file each is copied from."""
    pairs: dict[str, str]
    """Each page that has an Easy Read version, and each Easy Read page, mapped to the other version."""


@dataclass(frozen=True)
class Project:
    layout: Layout
    offers: list[OfferSource]
    pages: list[ContentPage]
    easy_read_pages: list[EasyReadPage] = field(default_factory=list)
    pictures: PictureCatalogue | None = None
    statement: Statement | None = None
    """The generated accessibility statement, when the configuration asks for one."""

    def site(self, audience: Audience, nav_order: list[str], formats: FormatTools | None = None) -> SitePlan:
        """Plan the site for one audience; the public plan has every staff-only part removed.

        `formats` makes the PDFs and plain text of each offer; without it they are left out.
        """
        offers = [o.offer if audience is Audience.staff else o.offer.for_public() for o in self.offers]
        pages = [p for p in self.pages if audience is Audience.staff or p.audience is Audience.public]
        pictures = picture_links(self.pictures)
        downloads = {offer.id: offer_downloads(offer, audience, formats, pictures) for offer in offers}
        offer_sites = [plan_offer(offer, audience, downloads[offer.id], pictures) for offer in offers]
        index = plan_offers_index(offers)
        easy_read = [plan_easy_read_page(page, pictures) for page in self.easy_read_pages
                     if audience is Audience.staff or page.audience is Audience.public]
        offer_pages = [page for site in offer_sites for page in site.pages]
        easy_read_index = plan_easy_read_index([*easy_read, *(p for p in offer_pages if p.pair)],
                                               self.pictures.credit if self.pictures else None,
                                               self.pictures.licence_url if self.pictures else None)
        generated = [index, plan_search_page(), *offer_pages, *easy_read, easy_read_index]
        placed: dict[str, str] = {}
        if self.statement:
            built = [(plan.src_uri, plan.title) for plan in generated] + [(page.src_uri, page.meta.title) for page in pages]
            links = {built_page(uri): PageLink(title, uri) for uri, title in built}
            statement = plan_statement(self.statement, audience, links, contact_page(offers[0] if len(offers) == 1 else None))
            generated.append(statement)
            placed[statement.src_uri] = statement.title
        nav = _navigation(pages, placed, index, offer_sites, nav_order, [easy_read_index, *easy_read])
        files = [*site_downloads(), *(d for offer_files in downloads.values() for d in offer_files)]
        pairs = {plan.src_uri: plan.pair for plan in generated if plan.pair}
        pairs.update({pair: easy for easy, pair in list(pairs.items())})
        return SitePlan(audience, offers, pages, generated, nav, files, picture_files(self.pictures, self.layout.easy_read_dir), pairs)


def load_project(layout: Layout, statement: StatementOptions | None = None) -> Project:
    """Read and validate every offer and page, and the statement's settings; raise InvalidInput listing every problem found."""
    problems: list[Problem] = []
    offer_files = sorted(layout.offers_dir.glob("*.yaml")) + sorted(layout.offers_dir.glob("*.yml"))
    offers = collect([lambda p=p: read_offer(p, layout.shown(p)) for p in offer_files], problems)
    page_files = sorted(layout.content_dir.rglob("*.md"))
    pages = collect(
        [lambda p=p: read_page(p, p.relative_to(layout.content_dir).as_posix(), layout.shown(p)) for p in page_files],
        problems,
    )
    problems += _repeated_offer_ids(offers)
    made = next(iter(collect([lambda: read_statement(statement, layout.root)], problems)), None) if statement else None
    problems += _replaced_pages(pages, made)
    pictures_file = layout.easy_read_dir / PICTURES_FILE
    pictures = collect([lambda: read_pictures(pictures_file, layout.shown(pictures_file))], problems) if pictures_file.exists() else []
    easy_read_files = sorted(p for p in layout.easy_read_dir.glob("*.md"))
    easy_read = collect([lambda p=p: read_easy_read_page(p, easy_read_site_uri(p.name), layout.shown(p)) for p in easy_read_files], problems)
    pairable = {page.src_uri: page.audience for page in pages} | ({ACCESSIBILITY_PAGE: Audience.public} if made else {})
    easy_read = _paired(easy_read, pairable, problems)
    project = Project(layout, offers, pages, easy_read, pictures[0] if pictures else None, made)
    problems += _unknown_pictures(project)
    problems += _broken_links(project)
    if not offer_files and not problems:
        problems.append(Problem(layout.shown(layout.offers_dir), 1, 1, "offers", "there are no offer files",
                                "add one with `phb new-offer ID`"))
    if problems:
        raise InvalidInput(problems)
    return project


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


def _broken_links(project: Project) -> list[Problem]:
    staff_plan = project.site(Audience.staff, [])
    known = {page.src_uri: page.audience for page in project.pages}
    known.update({plan.src_uri: plan.audience for plan in staff_plan.generated})
    content_dir = project.layout.content_dir
    assets = {p.relative_to(content_dir).as_posix() for p in content_dir.rglob("*") if p.is_file() and p.suffix != ".md"}
    assets.update(staff_plan.pictures)
    linked = [*project.pages, *project.easy_read_pages]
    return [problem for page in linked for problem in broken_links(page, known, assets)]


def _navigation(pages: list[ContentPage], placed: dict[str, str], index: PagePlan, offer_sites: list[OfferSite],
                nav_order: list[str], easy_read: list[PagePlan]) -> list[dict]:
    """An explicit nav: content pages and `placed` generated pages ({src_uri: title}) in `nav_order`,
    the offers where `offers` stands, Easy Read pages, staff pages last."""
    offers_section = {"Local offers": [{index.title: index.src_uri}] + [{s.offer.title: s.nav} for s in offer_sites]}
    by_uri = {page.src_uri: page for page in pages}
    ordered = [uri for uri in nav_order if uri == OFFERS_SECTION or uri in by_uri or uri in placed]
    ordered += sorted((uri for uri in [*by_uri, *placed] if uri not in ordered), key=lambda uri: (uri.count("/"), uri))
    if OFFERS_SECTION not in ordered:
        ordered.insert(1, OFFERS_SECTION)
    nav: list[dict] = []
    staff: list[dict] = []
    for uri in ordered:
        if uri == OFFERS_SECTION:
            nav.append(offers_section)
        elif uri in placed:
            nav.append({placed[uri]: uri})
        elif by_uri[uri].audience is Audience.staff:
            staff.append({by_uri[uri].meta.title: uri})
        else:
            nav.append({by_uri[uri].meta.title: uri})
    if len(easy_read) > 1:
        nav.append({"Easy Read": [plan.src_uri for plan in easy_read]})
    if staff:
        nav.append({"Staff intranet": staff})
    return nav
