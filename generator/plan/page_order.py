"""Which pages Previous and Next may join: pages of one offer, or site-wide pages, never a mix.

The navigation lists every offer one after another, and their pages share titles ("Contact the
Personal Health Budgets Team"), so a plain reading order would take a reader from one area's home
page to another area's contact page without their noticing.
"""

from __future__ import annotations

from generator.plan.offer_pages import OFFERS_FOLDER


def offer_folder(src_uri: str) -> str:
    """The offer a page belongs to (`westshire` for offers/westshire/contact.md), or "" for a site-wide page."""
    parts = src_uri.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == OFFERS_FOLDER else ""


def may_follow(src_uri: str, other_uri: str) -> bool:
    """Whether a Previous or Next link may join these two pages: both in one offer, or both site-wide."""
    return offer_folder(src_uri) == offer_folder(other_uri)
