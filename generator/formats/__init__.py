"""Other formats of each offer, made from the same validated data as the web pages.

Each format is a download: its place in the site, how to describe it in a link, and its
bytes. The plugin adds downloads to the site as generated files, and the offer's pages
link to them with their format and size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from generator.formats.document import Document, DocumentTools, easy_read_pages, offer_document, whole_offer_pages
from generator.formats.offer_data import OFFER_SCHEMA_FILE, offer_json
from generator.formats.open_referral import open_referral_json
from generator.formats.pdf import pdf_bytes
from generator.formats.plain_text import plain_text
from generator.load.project import Project
from generator.load.schema import offer_schema_text
from generator.models import Audience, Offer
from generator.plan.downloads import Download
from generator.plan.offer_pages import OFFERS_FOLDER, OfferSite, PictureLinks, plan_offer
from generator.plan.site import SitePlan, plan_site

PRINT_STYLES = ("print.css",)
LARGE_PRINT_STYLES = ("print.css", "large-print.css")
EASY_READ_STYLES = ("print.css", "easy-read.css")
"""Stylesheets in the print folder (theme/print), applied in order."""


@dataclass(frozen=True)
class FormatTools:
    """What the PDFs and plain text need from the site build, given by the adapter."""

    document: DocumentTools
    styles_dir: Path
    """The print stylesheets, theme/print by default."""
    resources_dir: Path
    """Where pictures named in pages are found: the docs folder."""

    def pdf(self, document: Document, styles: Sequence[str]) -> bytes:
        return pdf_bytes(document, [self.styles_dir / name for name in styles], self.resources_dir)


def offer_downloads(offer: Offer, audience: Audience, tools: FormatTools | None = None,
                    pictures: PictureLinks | None = None) -> list[Download]:
    """The other formats of one offer. `offer` must already be filtered for the site's audience.

    Without `tools` (when a site is planned only to check it) the PDFs and plain text are left out.
    `pictures` are the Easy Read pictures (generator.load.easy_read.picture_links), for the Easy Read PDF.
    """
    folder = f"{OFFERS_FOLDER}/{offer.id}"
    return [*(_document_downloads(offer, audience, tools, pictures or {}) if tools else []),
        Download(f"{folder}/{offer.id}-offer.json", "The whole offer as open data", "JSON", lambda: offer_json(offer)),
        Download(f"{folder}/{offer.id}-open-referral-uk.json", "The support services directory in the Open Referral UK standard",
                 "JSON", lambda: open_referral_json(offer)),
    ]


def _document_downloads(offer: Offer, audience: Audience, tools: FormatTools, pictures: PictureLinks) -> list[Download]:
    """The whole offer in print, large print and plain text, from one document made only when first needed,
    and its Easy Read pages as an Easy Read PDF.

    The document's home page is planned without downloads: it cannot list its own size.
    """
    folder = f"{OFFERS_FOLDER}/{offer.id}"

    @cache
    def site() -> OfferSite:
        return plan_offer(offer, audience, pictures=pictures)

    @cache
    def document() -> Document:
        return offer_document(offer, whole_offer_pages(site()), tools.document)

    def easy_read() -> bytes:
        document = offer_document(offer, easy_read_pages(site()), tools.document, f"{offer.title}: Easy Read")
        return tools.pdf(document, EASY_READ_STYLES)

    easy_read_pdf = [Download(f"{folder}/{offer.id}-easy-read.pdf", "Download the Easy Read version", "PDF", easy_read)]
    return [*(easy_read_pdf if offer.easy_read else []),
        Download(f"{folder}/{offer.id}-offer.pdf", "Download the whole offer", "PDF", lambda: tools.pdf(document(), PRINT_STYLES)),
        Download(f"{folder}/{offer.id}-offer-large-print.pdf", "Download the whole offer in large print", "PDF",
                 lambda: tools.pdf(document(), LARGE_PRINT_STYLES)),
        Download(f"{folder}/{offer.id}-offer.txt", "Download the whole offer as text, for screen readers, braille and email",
                 "plain text", lambda: plain_text(document())),
    ]


def site_downloads() -> list[Download]:
    """Files for the whole site: the JSON Schema that describes every offer's open data."""
    return [Download(OFFER_SCHEMA_FILE, "The JSON Schema of offer data", "JSON", lambda: offer_schema_text().encode("utf-8"))]


def site_plan(project: Project, audience: Audience, nav_order: list[str], tools: FormatTools | None = None,
              use_directory_urls: bool = True) -> SitePlan:
    """The plan of one audience's site with its downloads; without `tools` the PDFs and plain text are left out."""
    return plan_site(project, audience, nav_order, lambda offer, pictures: offer_downloads(offer, audience, tools, pictures),
                     site_downloads(), use_directory_urls)
