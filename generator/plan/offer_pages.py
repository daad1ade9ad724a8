"""Which pages each offer gets, where they live, and how they sit in the navigation.

The same structure is planned for every offer, so readers find the same things in
the same places whichever area they live in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.load.easy_read import Block, EasyReadPage, contact_points, offer_points, words_used
from generator.models import (
    ALL_AREAS,
    OPTION_MEANINGS,
    STEP_MEANINGS,
    Audience,
    EasyReadMeta,
    Offer,
    RightToHaveGroup,
    ServiceType,
    Upkeep,
)
from generator.plan.downloads import Download
from generator.plan.quality_framework.items import assess

OFFERS_FOLDER = "offers"
OFFERS_INDEX = f"{OFFERS_FOLDER}/index.md"

NavEntry = dict[str, "str | Sequence[NavEntry | str]"]
"""One MkDocs nav entry: {title: src_uri} or {title: [entries]}; an entry may also be a bare src_uri."""


@dataclass(frozen=True)
class EasyReadContent:
    """What an Easy Read page says: its blocks, and the words to know that appear in them."""

    blocks: list[Block]
    words_to_know: dict[str, str]


@dataclass(frozen=True)
class PagePlan:
    """A page to generate: where it goes, its title, which template draws it, and with what.

    The typed fields are what other stages read (checks, formats, the plugin); `context` holds
    what only its template uses.
    """

    src_uri: str
    title: str
    template: str
    audience: Audience = Audience.public
    context: dict[str, Any] = field(default_factory=dict)
    offer: Offer | None = None
    searched: bool = True
    """False keeps the page out of the search index (the search form, filtered copies)."""
    copy_of: str | None = None
    """For a filtered view of a list (support services by type or place): the page with the full list."""
    easy_read: EasyReadContent | None = None
    """For an Easy Read page: what it says, which the Easy Read checks read."""
    downloads: tuple[Download, ...] = ()
    """The other formats listed on the page (an offer's home page)."""
    script: str | None = None
    """The one script the page loads, if any (the search page's)."""
    pair: str | None = None
    """For an Easy Read page: the standard page it is the Easy Read version of."""
    upkeep: Upkeep | EasyReadMeta | None = None
    """The page's own owner and review dates, for a page that belongs to no offer: the accessibility statement's
    settings, or the front matter of an Easy Read page from easy_read/."""

    @property
    def meta(self) -> dict[str, Any]:
        """The page's metadata for MkDocs and the theme, made from the typed fields."""
        meta: dict[str, Any] = {} if self.searched else {"search": {"exclude": True}}
        if self.script:
            meta["script"] = self.script
        return meta

    def template_context(self) -> dict[str, Any]:
        """Everything its template is given besides the page itself."""
        typed: dict[str, Any] = {"downloads": list(self.downloads)}
        if self.easy_read is not None:
            typed.update(blocks=self.easy_read.blocks, words_to_know=self.easy_read.words_to_know)
        return {**typed, **self.context}


@dataclass(frozen=True)
class OfferSite:
    """Every page of one offer, plus its part of the navigation."""

    offer: Offer
    pages: list[PagePlan]
    nav: list[NavEntry]


OPTION_PAGES = {
    "notional": ("notional-budget", "Notional budget: the NHS arranges your care"),
    "third_party": ("third-party-budget", "Third party budget: an organisation holds the money"),
    "direct_payment": ("direct-payment", "Direct payment: you hold the money"),
}


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def step_uri(offer: Offer, number: int, key: str) -> str:
    return f"{OFFERS_FOLDER}/{offer.id}/steps/{number}-{key.replace('_', '-')}.md"


def plan_offer(offer: Offer, audience: Audience, downloads: Sequence[Download] = (), pictures: PictureLinks | None = None) -> OfferSite:
    """Plan the pages for one offer. `offer` must already be filtered for the audience.

    `downloads` are the offer's other formats (generator.formats.Download), listed on its home page;
    `pictures` are the Easy Read pictures (generator.load.easy_read.picture_links).
    """
    base = f"{OFFERS_FOLDER}/{offer.id}"
    pages: list[PagePlan] = []
    nav: list[NavEntry] = []

    def add(
        slug: str,
        title: str,
        template: str,
        nav_title: str | None = None,
        audience: Audience = Audience.public,
        copy_of: str | None = None,
        downloads: Sequence[Download] = (),
        **context: Any,
    ) -> str:
        uri = f"{base}/{slug}.md"
        pages.append(PagePlan(uri, title, template, audience, context, offer, searched=copy_of is None,
                              copy_of=copy_of, downloads=tuple(downloads)))
        if nav_title:
            nav.append({nav_title: uri})
        return uri

    add("index", offer.title, "offer_home.md", "About this offer", downloads=downloads)
    # The groups the offer names, with its detail; an offer that names none gets the national list alone.
    rights = [(entry.group, entry.local_detail) for entry in offer.right_to_have] or [(g, None) for g in RightToHaveGroup]
    add("who-can-have-one", "Who can have a personal health budget", "who_can_have_one.md", "Who can have one", rights=rights)

    option_uris = [add("ways-to-manage/index", "Ways to manage the money", "options_compare.md")]
    for key, (slug, title) in OPTION_PAGES.items():
        option_uris.append(add(f"ways-to-manage/{slug}", title, "option.md", key=key, option=getattr(offer.options, key),
                               meaning=OPTION_MEANINGS[key]))
    nav.append({"Ways to manage the money": option_uris})

    add("spending", "What a budget can and cannot pay for", "spending.md", "What a budget can pay for")

    step_uris = [add("steps/index", "Getting a personal health budget: the six steps", "steps.md")]
    for number, (key, title, step) in enumerate(offer.steps.in_order(), start=1):
        slug = step_uri(offer, number, key).removeprefix(f"{base}/").removesuffix(".md")
        step_uris.append(add(slug, f"Step {number}: {title}", "step.md", number=number, key=key, step=step,
                             meaning=STEP_MEANINGS[key]))
    nav.append({"The six steps": step_uris})

    # A section the offer does not give has no page at all, rather than a page of defaults (offer_home.md links to what exists).
    if offer.decisions:
        add("decisions", "How decisions are made", "decisions.md", "How decisions are made")
    _plan_support_directory(offer, add, nav)
    _plan_stories(offer, audience, add, nav)
    add("contact", f"Contact the {offer.contact.name}", "contact.md", "Contact us")
    if offer.action_plan:
        add("action-plan", "Our action plan and targets", "action_plan.md", "Action plan and targets")
    if offer.documents:
        add("documents", "Policies and documents", "documents.md", "Policies and documents")
    if audience is Audience.staff and offer.staff:
        add("staff", "Staff notes", "staff.md", "Staff notes", Audience.staff, staff=offer.staff)
    if audience is Audience.staff:
        add("quality-framework", "Quality Framework coverage", "quality_framework.md", "Quality Framework coverage",
            Audience.staff, results=assess(offer))
    pages += _plan_offer_easy_read(offer, base, pictures or {}, nav)
    return OfferSite(offer, pages, nav)


PictureLinks = dict[str, dict[str, str]]
EASY_READ_TEMPLATE = "easy_read.md"


def _plan_offer_easy_read(offer: Offer, base: str, pictures: PictureLinks, nav: list[NavEntry]) -> list[PagePlan]:
    """The Easy Read version of the offer's main sections, each paired with its standard page."""
    easy = offer.easy_read
    if easy is None:
        return []
    sections: list[tuple[str, str, str, list[Block]]] = [
        ("index", "index", f"{offer.title}: Easy Read", offer_points(easy.about)),
        ("who-can-have-one", "who-can-have-one", "Who can have a personal health budget: Easy Read", offer_points(easy.who_can_have_one)),
        ("ways-to-manage", "ways-to-manage/index", "Ways to manage the money: Easy Read", offer_points(easy.ways_to_manage)),
        ("how-to-get-one", "steps/index", "How to get a personal health budget: Easy Read", offer_points(easy.how_to_get_one)),
        ("contact", "contact", f"Contact the {offer.contact.name}: Easy Read", offer_points(easy.contact) + contact_points(offer.contact)),
    ]
    plans = [
        PagePlan(f"{base}/easy-read/{slug}.md", title, EASY_READ_TEMPLATE, offer=offer, pair=f"{base}/{pair}.md",
                 easy_read=EasyReadContent(blocks, words_used(blocks, easy.words_to_know)), context={"pictures": pictures})
        for slug, pair, title, blocks in sections
    ]
    nav.append({"Easy Read": [plan.src_uri for plan in plans]})
    return plans


def plan_easy_read_page(page: EasyReadPage, pictures: PictureLinks) -> PagePlan:
    """An Easy Read page from easy_read/, drawn with the same layout as the offers' Easy Read pages."""
    blocks = page.blocks
    return PagePlan(page.src_uri, page.meta.title, EASY_READ_TEMPLATE, page.audience, pair=page.meta.pair, upkeep=page.meta,
                    easy_read=EasyReadContent(blocks, words_used(blocks, page.meta.words_to_know)), context={"pictures": pictures})


EASY_READ_INDEX = "easy-read/index.md"


def plan_easy_read_index(easy_read_pages: list[PagePlan], credit: str | None, licence_url: str | None) -> PagePlan:
    """One page that lists every Easy Read page, and credits the pictures."""
    return PagePlan(EASY_READ_INDEX, "Easy Read pages", "easy_read_index.md",
                    context={"pages": easy_read_pages, "credit": credit, "licence_url": licence_url})


def _plan_support_directory(offer: Offer, add: Any, nav: list[NavEntry]) -> None:
    """One full list, plus one page per type and per place, so filtering works without JavaScript.

    Only the full list goes in the search index: the filtered pages repeat it.
    """
    services = offer.support_services
    types = [t for t in ServiceType if any(t in s.types for s in services)]
    places = offer.area.places if len(offer.area.places) > 1 else []
    filters = {
        "types": [(t.label, f"type/{t.slug}") for t in types],
        "places": [(p, f"area/{slugify(p)}") for p in places],
    }
    full_list = add("support/index", "Support services", "support.md", "Support services",
                    services=services, filters=filters, selected=None)
    for kind in types:
        chosen = [s for s in services if kind in s.types]
        add(f"support/type/{kind.slug}", f"Support services: {kind.label}", "support.md", copy_of=full_list,
            services=chosen, filters=filters, selected=kind.label)
    for place in places:
        chosen = [s for s in services if place in s.areas or ALL_AREAS in s.areas]
        add(f"support/area/{slugify(place)}", f"Support services in {place}", "support.md", copy_of=full_list,
            services=chosen, filters=filters, selected=place)


def _plan_stories(offer: Offer, audience: Audience, add: Any, nav: list[NavEntry]) -> None:
    stories = list(offer.case_studies)
    if audience is Audience.staff and offer.staff:
        stories += offer.staff.unpublished_case_studies  # staff see every story, marked by consent
    if not stories:
        return
    add("stories/index", "Stories from people with a budget", "stories.md", "Stories", stories=stories)
    for story in stories:
        add(f"stories/{story.id}", story.title, "story.md", story=story)


SEARCH_PAGE = "search.md"
SEARCH_SCRIPT = "assets/javascripts/phb-search.js"


def plan_search_page() -> PagePlan:
    """A search page that works from a plain form; its small script is the only one the site loads."""
    return PagePlan(SEARCH_PAGE, "Search", "search.md", searched=False, script=SEARCH_SCRIPT)


def plan_offers_index(offers: list[Offer]) -> PagePlan:
    """The page that helps a reader find the offer for where they live."""
    by_area = sorted(offers, key=lambda o: (o.area.name.lower(), o.title.lower()))
    return PagePlan(OFFERS_INDEX, "Find your local offer", "offers_index.md", context={"offers": by_area})

