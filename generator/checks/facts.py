"""Checks on what pages and offers say about themselves: review dates, Easy Read pairs, contact channels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from generator.checks.findings import Concern
from generator.errors import Severity
from generator.load.check_settings import CheckSettings
from generator.load.easy_read import EASY_READ_DIR
from generator.models import Offer


def review_date(due: dt.date, today: dt.date, settings: CheckSettings) -> Iterator[Concern]:
    if due < today:
        yield Concern("AIS-REVIEW-DATE", f"the review was due on {due.isoformat()} and has passed",
                      "check the page is still right with its owner, then set last_reviewed to today and review_due to a new date",
                      quote="review_due")
    elif due <= today + dt.timedelta(days=settings.review_warning_days):
        yield Concern("AIS-REVIEW-DATE", f"the review is due on {due.isoformat()}, within {settings.review_warning_days} days",
                      "plan the review with the page owner", Severity.warning, quote="review_due")


def offer_review_date(offer: Offer, today: dt.date, settings: CheckSettings) -> Iterator[Concern]:
    """An offer that gives no review date is allowed (real offers often lack one), but its pages then show none."""
    if offer.review_due is None:
        yield Concern("AIS-REVIEW-DATE", "the offer gives no review date, so its pages show none",
                      "add last_reviewed: and review_due: (YYYY-MM-DD) once the offer has been checked with its owner",
                      Severity.warning, quote="title")
    else:
        yield from review_date(offer.review_due, today, settings)


def easy_read_pair(easy_read: str | None, page_uri: str, pairs: Mapping[str, str]) -> Iterator[Concern]:
    """Every public page has an Easy Read version, or says why it has none (Accessible Information Standard).

    `pairs` maps each Easy Read file (easy_read/x.md) to the page it says it is the Easy Read version of.
    """
    if easy_read is None:
        yield Concern("AIS-EASY-READ", "the page has no Easy Read version and does not say why",
                      "add `easy_read: easy_read/PAGE.md` with the path of its Easy Read version, or "
                      "`easy_read: \"none: REASON\"` saying why there is none", quote="title")
    elif easy_read.startswith("none:"):
        return
    elif easy_read not in pairs:
        yield Concern("AIS-EASY-READ", f"the Easy Read version {easy_read} does not exist",
                      f"write it in {EASY_READ_DIR}/, or correct the path", quote="easy_read")
    elif pairs[easy_read] != page_uri:
        yield Concern("AIS-EASY-READ", f"{easy_read} is the Easy Read version of {pairs[easy_read]}, not of this page",
                      f"correct the path, or set `pair: {page_uri}` in {easy_read}", quote="easy_read")


def offer_easy_read(offer: Offer) -> Iterator[Concern]:
    if offer.easy_read is None:
        yield Concern("AIS-EASY-READ", "the offer has no Easy Read version",
                      "add an easy_read: block with points for about, who_can_have_one, ways_to_manage and how_to_get_one "
                      "(see offers/westshire.yaml), or switch the check off with a reason under checks:", quote="title")


def contact_channels(offer: Offer) -> Iterator[Concern]:
    """People who cannot use the phone must have another way in, and callers should know when to call.

    Missing opening hours are only a warning: many real offers do not give them, and inventing them is worse.
    """
    voice = [channel for channel in offer.contact.channels if channel.type.is_voice]
    if len(voice) == len(offer.contact.channels):
        yield Concern("AIS-CONTACT-CHANNEL", "the offer can only be contacted by voice",
                      "add a channel that is not voice under contact: channels: an email, SMS, text relay or postal address",
                      quote="channels")
    if voice and not offer.contact.opening_hours:
        yield Concern("AIS-CONTACT-CHANNEL", "the offer's contact has a phone or in-person channel but no opening hours",
                      "add contact: opening_hours: with the days and times people can call, once the team has told you",
                      Severity.warning, quote="contact")


def story_consent(offer: Offer, today: dt.date) -> Iterator[Concern]:
    """A published story needs consent already given; a date still to come means it has not been recorded yet."""
    for story in offer.public_case_studies():
        if story.consent.date > today:
            yield Concern("AIS-CONSENT",
                          f"the story {story.id!r} has consent dated {story.consent.date.isoformat()}, which is in the future",
                          "publish the story only once the person has agreed; write the date they agreed", quote=story.id)
