"""What each audience's site contains, before any rendering: pages, navigation, downloads, pictures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.load.easy_read import picture_files, picture_links
from generator.load.project import Project
from generator.load.sources import ContentPage
from generator.models import Audience, Offer
from generator.plan.downloads import Download
from generator.plan.offer_pages import (
    NavEntry,
    OfferSite,
    PagePlan,
    PictureLinks,
    plan_easy_read_index,
    plan_easy_read_page,
    plan_offer,
    plan_offers_index,
    plan_search_page,
)
from generator.plan.page_details import contact_page
from generator.plan.statement import PageLink, plan_statement
from generator.plan.urls import built_page

OFFERS_SECTION = "offers"
"""The word in `nav_order` that marks where the local offers go in the navigation."""

OfferDownloads = Callable[[Offer, PictureLinks], list[Download]]
"""The other formats of one offer, already filtered for the site's audience (generator.formats makes them)."""


@dataclass(frozen=True)
class SitePlan:
    """Everything one audience's site contains, before any rendering."""

    audience: Audience
    offers: list[Offer]
    content_pages: list[ContentPage]
    generated: list[PagePlan]
    nav: list[NavEntry]
    downloads: list[Download]
    """Other formats of the offers, and site-wide data files, with their bytes."""
    pictures: dict[str, Path]
    """Easy Read pictures: their place in the site, and the file each is copied from."""
    pairs: dict[str, str]
    """Each page that has an Easy Read version, and each Easy Read page, mapped to the other version."""
    use_directory_urls: bool = True
    """MkDocs' setting: where each page is built and read (generator.plan.urls)."""

    def built_page(self, src_uri: str) -> str:
        """The file this site builds for a page (offers/x/contact/index.html)."""
        return built_page(src_uri, self.use_directory_urls)


def plan_site(project: Project, audience: Audience, nav_order: list[str], downloads: OfferDownloads | None = None,
              site_files: Sequence[Download] = (), use_directory_urls: bool = True) -> SitePlan:
    """Plan the site for one audience; the public plan has every staff-only part removed.

    `downloads` gives each offer's other formats and `site_files` the site-wide data files;
    a plan made only to check pages and links can leave both out.
    """
    offers = [o.offer if audience is Audience.staff else o.offer.for_public() for o in project.offers]
    pages = [p for p in project.pages if audience is Audience.staff or p.audience is Audience.public]
    pictures = picture_links(project.pictures)
    offer_files = {offer.id: downloads(offer, pictures) if downloads else [] for offer in offers}
    offer_sites = [plan_offer(offer, audience, offer_files[offer.id], pictures) for offer in offers]
    index = plan_offers_index(offers)
    easy_read = [plan_easy_read_page(page, pictures) for page in project.easy_read_pages
                 if audience is Audience.staff or page.audience is Audience.public]
    offer_pages = [page for site in offer_sites for page in site.pages]
    easy_read_index = plan_easy_read_index([*easy_read, *(p for p in offer_pages if p.pair)],
                                           project.pictures.credit if project.pictures else None,
                                           project.pictures.licence_url if project.pictures else None)
    generated = [index, plan_search_page(), *offer_pages, *easy_read, easy_read_index]
    placed: dict[str, str] = {}
    if project.statement:
        built = [(plan.src_uri, plan.title) for plan in generated] + [(page.src_uri, page.meta.title) for page in pages]
        links = {built_page(uri, use_directory_urls): PageLink(title, uri) for uri, title in built}
        statement = plan_statement(project.statement, audience, links, contact_page(offers[0] if len(offers) == 1 else None),
                                   use_directory_urls)
        generated.append(statement)
        placed[statement.src_uri] = statement.title
    nav = _navigation(pages, placed, index, offer_sites, nav_order, [easy_read_index, *easy_read])
    files = [*site_files, *(d for files in offer_files.values() for d in files)]
    pairs = {plan.src_uri: plan.pair for plan in generated if plan.pair}
    pairs.update({pair: easy for easy, pair in list(pairs.items())})
    return SitePlan(audience, offers, pages, generated, nav, files, picture_files(project.pictures, project.layout.easy_read_dir), pairs,
                    use_directory_urls)


def _navigation(pages: list[ContentPage], placed: dict[str, str], index: PagePlan, offer_sites: list[OfferSite],
                nav_order: list[str], easy_read: list[PagePlan]) -> list[NavEntry]:
    """An explicit nav: content pages and `placed` generated pages ({src_uri: title}) in `nav_order`,
    the offers where `offers` stands, Easy Read pages, staff pages last."""
    offer_entries: list[NavEntry | str] = [{index.title: index.src_uri}]
    offer_entries += [{s.offer.title: s.nav} for s in offer_sites]
    offers_section: NavEntry = {"Local offers": offer_entries}
    by_uri = {page.src_uri: page for page in pages}
    ordered = [uri for uri in nav_order if uri == OFFERS_SECTION or uri in by_uri or uri in placed]
    ordered += sorted((uri for uri in [*by_uri, *placed] if uri not in ordered), key=lambda uri: (uri.count("/"), uri))
    if OFFERS_SECTION not in ordered:
        ordered.insert(1, OFFERS_SECTION)
    nav: list[NavEntry] = []
    staff: list[NavEntry | str] = []
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
