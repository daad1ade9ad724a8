"""What the theme shows around every page: review dates, owner, and how to contact the team.

Every public page must show when it was last reviewed, when the next review is due,
a link to other formats and the contact channels (Accessible Information Standard).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from generator.load.sources import ContentPage
from generator.models import Audience, Contact, Offer
from generator.plan.offer_pages import OFFERS_FOLDER, OFFERS_INDEX, PagePlan

OTHER_FORMATS_PAGE = "other-formats.md"


@dataclass(frozen=True)
class PageDetails:
    title: str
    audience: Audience
    owner: str | None
    last_reviewed: dt.date | None
    review_due: dt.date | None
    """Each left out (None) when the offer does not give it: the footer then leaves it out too."""
    offer: Offer | None
    contact: Contact | None
    contact_page: str
    """Where to find contact details: the offer's contact page, or the list of local offers."""
    co_produced_with: tuple[str, ...] = ()
    extra_meta: tuple[tuple[str, object], ...] = ()
    other_version: str | None = None
    """The Easy Read version of a standard page, or the standard version of an Easy Read page."""
    is_easy_read: bool = False

    @property
    def meta(self) -> dict[str, object]:
        given = {"owner": self.owner, "last_reviewed": self.last_reviewed, "review_due": self.review_due}
        return {**{key: value for key, value in given.items() if value is not None}, **dict(self.extra_meta)}


def page_details(generated: PagePlan | None, content: ContentPage | None, offers: list[Offer],
                 pairs: dict[str, str] | None = None) -> PageDetails:
    """Details for a generated offer page or a content page (exactly one of the two is given).

    `pairs` maps pages to their Easy Read versions and back (SitePlan.pairs).
    """
    only_offer = offers[0] if len(offers) == 1 else None
    other_version = (pairs or {}).get(generated.src_uri if generated else content.src_uri if content else "")
    if generated is not None:
        offer = generated.offer
        source = offer or only_offer
        own = generated.upkeep or offer  # pages of no offer fall back to the only offer's upkeep, or every offer's
        keeper = own or only_offer
        if keeper is not None:
            owner, reviewed = keeper.owner, (keeper.last_reviewed, keeper.review_due)
        else:
            owner, reviewed = "Personal health budget teams", (_earliest(o.last_reviewed for o in offers),
                                                               _earliest(o.review_due for o in offers))
        return PageDetails(
            title=generated.title,
            audience=generated.audience,
            owner=owner,
            last_reviewed=reviewed[0],
            review_due=reviewed[1],
            offer=offer,
            contact=source.contact if source else None,
            contact_page=contact_page(source),
            co_produced_with=tuple(own.co_produced_with) if own else (),
            extra_meta=tuple(generated.meta.items()),
            other_version=other_version,
            is_easy_read=generated.pair is not None,
        )
    if content is None:
        raise ValueError("page_details needs a generated page or a content page")
    meta = content.meta
    return PageDetails(
        title=meta.title,
        audience=content.audience,
        owner=meta.owner,
        last_reviewed=meta.last_reviewed,
        review_due=meta.review_due,
        offer=None,
        contact=only_offer.contact if only_offer else None,
        contact_page=contact_page(only_offer),
        co_produced_with=tuple(meta.co_produced_with),
        other_version=other_version,
    )


def _earliest(dates: Iterable[dt.date | None]) -> dt.date | None:
    """The earliest of the dates given, so a page shared by every offer is reviewed with the first of them."""
    return min((date for date in dates if date is not None), default=None)


def contact_page(offer: Offer | None) -> str:
    """Where people find their team's contact details: the one offer's contact page, or the list of local offers."""
    return f"{OFFERS_FOLDER}/{offer.id}/contact.md" if offer else OFFERS_INDEX
