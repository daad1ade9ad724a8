"""Other formats of each offer, made from the same validated data as the web pages.

Each format is a download: its place in the site, how to describe it in a link, and its
bytes. The plugin adds downloads to the site as generated files, and the offer's pages
link to them with their format and size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from ..models import Offer
from ..offer_pages import OFFERS_FOLDER
from ..schema import offer_schema_text
from .offer_data import OFFER_SCHEMA_FILE, offer_json
from .open_referral import open_referral_json


@dataclass
class Download:
    uri: str
    """Where it goes in the site, for example offers/westshire/westshire-offer.json."""
    title: str
    """What it is, in words for a link: 'The offer as open data'."""
    format: str
    """The format as readers know it, for example JSON."""
    make: Callable[[], bytes] = field(repr=False)
    """Makes the bytes, only when the site is built: planning a site (to check links, say) does not need them."""

    @cached_property
    def content(self) -> bytes:
        return self.make()

    @property
    def size_kb(self) -> int:
        return max(1, round(len(self.content) / 1024))


def offer_downloads(offer: Offer) -> list[Download]:
    """The other formats of one offer. `offer` must already be filtered for the site's audience."""
    folder = f"{OFFERS_FOLDER}/{offer.id}"
    return [
        Download(f"{folder}/{offer.id}-offer.json", "The whole offer as open data", "JSON", lambda: offer_json(offer)),
        Download(f"{folder}/{offer.id}-open-referral-uk.json", "The support services directory in the Open Referral UK standard",
                 "JSON", lambda: open_referral_json(offer)),
    ]


def site_downloads() -> list[Download]:
    """Files for the whole site: the JSON Schema that describes every offer's open data."""
    return [Download(OFFER_SCHEMA_FILE, "The JSON Schema of offer data", "JSON", lambda: offer_schema_text().encode("utf-8"))]
