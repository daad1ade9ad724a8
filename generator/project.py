"""A project is a folder of offers and content pages; from it we plan one site per audience.

This is the core's front door: the CLI and the MkDocs plugin both start here, and
nothing here knows about MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .formats import Download, FormatTools, offer_downloads, site_downloads
from .links import broken_links
from .models import Audience, Offer
from .offer_pages import OfferSite, PagePlan, plan_offer, plan_offers_index, plan_search_page
from .problems import InvalidInput, Problem
from .sources import ContentPage, OfferSource, collect, read_offer, read_page

OFFERS_SECTION = "offers"
"""The word in `nav_order` that marks where the local offers go in the navigation."""


@dataclass(frozen=True)
class Layout:
    """Where a project keeps its sources."""

    root: Path
    offers_dir: Path
    content_dir: Path

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


@dataclass(frozen=True)
class Project:
    layout: Layout
    offers: list[OfferSource]
    pages: list[ContentPage]

    def site(self, audience: Audience, nav_order: list[str], formats: FormatTools | None = None) -> SitePlan:
        """Plan the site for one audience; the public plan has every staff-only part removed.

        `formats` makes the PDFs and plain text of each offer; without it they are left out.
        """
        offers = [o.offer if audience is Audience.staff else o.offer.for_public() for o in self.offers]
        pages = [p for p in self.pages if audience is Audience.staff or p.audience is Audience.public]
        downloads = {offer.id: offer_downloads(offer, audience, formats) for offer in offers}
        offer_sites = [plan_offer(offer, audience, downloads[offer.id]) for offer in offers]
        index = plan_offers_index(offers)
        generated = [index, plan_search_page(), *(page for site in offer_sites for page in site.pages)]
        nav = _navigation(pages, index, offer_sites, nav_order)
        files = [*site_downloads(), *(d for offer_files in downloads.values() for d in offer_files)]
        return SitePlan(audience, offers, pages, generated, nav, files)


def load_project(layout: Layout) -> Project:
    """Read and validate every offer and page; raise InvalidInput listing every problem found."""
    problems: list[Problem] = []
    offer_files = sorted(layout.offers_dir.glob("*.yaml")) + sorted(layout.offers_dir.glob("*.yml"))
    offers = collect([lambda p=p: read_offer(p, layout.shown(p)) for p in offer_files], problems)
    page_files = sorted(layout.content_dir.rglob("*.md"))
    pages = collect(
        [lambda p=p: read_page(p, p.relative_to(layout.content_dir).as_posix(), layout.shown(p)) for p in page_files],
        problems,
    )
    problems += _repeated_offer_ids(offers)
    project = Project(layout, offers, pages)
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


def _broken_links(project: Project) -> list[Problem]:
    staff_plan = project.site(Audience.staff, [])
    known = {page.src_uri: page.audience for page in project.pages}
    known.update({plan.src_uri: plan.audience for plan in staff_plan.generated})
    content_dir = project.layout.content_dir
    assets = {p.relative_to(content_dir).as_posix() for p in content_dir.rglob("*") if p.is_file() and p.suffix != ".md"}
    return [problem for page in project.pages for problem in broken_links(page, known, assets)]


def _navigation(pages: list[ContentPage], index: PagePlan, offer_sites: list[OfferSite], nav_order: list[str]) -> list[dict]:
    """An explicit nav: content pages in `nav_order`, the offers where `offers` stands, staff pages last."""
    offers_section = {"Local offers": [{index.title: index.src_uri}] + [{s.offer.title: s.nav} for s in offer_sites]}
    by_uri = {page.src_uri: page for page in pages}
    ordered = [uri for uri in nav_order if uri == OFFERS_SECTION or uri in by_uri]
    ordered += sorted((uri for uri in by_uri if uri not in ordered), key=lambda uri: (uri.count("/"), uri))
    if OFFERS_SECTION not in ordered:
        ordered.insert(1, OFFERS_SECTION)
    nav: list[dict] = []
    staff: list[dict] = []
    for uri in ordered:
        if uri == OFFERS_SECTION:
            nav.append(offers_section)
        elif by_uri[uri].audience is Audience.staff:
            staff.append({by_uri[uri].meta.title: uri})
        else:
            nav.append({by_uri[uri].meta.title: uri})
    if staff:
        nav.append({"Staff intranet": staff})
    return nav
