"""Easy Read: the picture catalogue, Easy Read page front matter, and an offer's Easy Read sections.

Easy Read puts one picture beside each short point. Each idea has one picture, chosen
once in easy_read/pictures.yaml, so the same idea looks the same on every page.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator

from generator.models.base import HttpUrl, StrictModel, Text, date_after

PictureName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$"), Field(examples=["money"])]
"""The name of a picture in easy_read/pictures.yaml: lower-case letters, digits and hyphens."""

WordsToKnow = dict[Text, Text]
"""Hard words used on a page, each with an Easy Read explanation."""


class Picture(StrictModel):
    """One picture, used for one idea wherever it appears."""

    file: Annotated[str, StringConstraints(pattern=r"^[\w./-]+\.(svg|png)$")] = Field(examples=["pictures/money.svg"])
    """The picture file (SVG or PNG), relative to the easy_read folder."""
    alt: Text = Field(examples=["A pound note"])
    """What the picture shows, for people who cannot see it."""
    source: Text = Field(examples=['OpenMoji 1F4B7 "pound banknote"'])
    """Where the picture comes from, for the credit."""


class PictureCatalogue(StrictModel):
    """easy_read/pictures.yaml: every picture Easy Read pages may use, and whom to credit."""

    credit: Text
    """The credit shown on the site, naming the pictures' authors and licence."""
    licence_url: HttpUrl | None = None
    """Where to read the pictures' licence."""
    pictures: dict[PictureName, Picture] = Field(min_length=1)
    """Each picture by name, for example money."""


class EasyReadMeta(StrictModel):
    """What every Easy Read page says about itself at the top, between two --- lines."""

    title: Text
    """The page title, the same as its main heading."""
    summary: Text
    """One plain sentence about the page, used in lists and search results."""
    pair: Annotated[str, StringConstraints(pattern=r"^[\w./-]+\.md$")] = Field(examples=["what-is-a-phb.md"])
    """The standard page this is the Easy Read version of, as its path inside content/."""
    owner: Text
    """The team or role that keeps this page correct."""
    co_produced_with: list[Text] = Field(default_factory=list)
    """Groups of people with lived experience who helped write the page."""
    last_reviewed: dt.date
    """When the page was last checked (YYYY-MM-DD)."""
    review_due: dt.date
    """When it must next be checked (YYYY-MM-DD)."""
    words_to_know: WordsToKnow = Field(default_factory=dict)
    """Hard words the page uses, each with a short Easy Read explanation."""
    checks: dict[str, Text] = Field(default_factory=dict)
    """Checks switched off for this page, each with the reason."""

    _review_due_after_last_reviewed = field_validator("review_due")(date_after("last_reviewed"))


class EasyReadPoint(StrictModel):
    """One point: a picture on the left, one to three short sentences on the right."""

    picture: PictureName
    """The name of a picture in easy_read/pictures.yaml."""
    words: Text = Field(examples=["A personal health budget is money from the NHS."])
    """One to three short sentences, one on each line, 15 words or fewer each."""


class OfferEasyRead(StrictModel):
    """The Easy Read version of an offer's main sections. Contact details are added from `contact:`."""

    words_to_know: WordsToKnow = Field(
        default_factory=dict, examples=[{"advocate": "Someone who helps you say what you want."}]
    )
    """Hard words used in these sections, each with a short Easy Read explanation."""
    about: list[EasyReadPoint] = Field(min_length=1)
    """What a personal health budget is, and this offer."""
    who_can_have_one: list[EasyReadPoint] = Field(min_length=1)
    """Who can have a personal health budget here."""
    ways_to_manage: list[EasyReadPoint] = Field(min_length=1)
    """The three ways to manage the money."""
    how_to_get_one: list[EasyReadPoint] = Field(min_length=1)
    """How to get a budget: the steps."""
    contact: list[EasyReadPoint] = Field(default_factory=list)
    """Anything to add before the ways to contact the team, which come from `contact:`."""

    def sections(self) -> dict[str, list[EasyReadPoint]]:
        """Each section's points by its field name: every field but words_to_know."""
        return {name: getattr(self, name) for name in type(self).model_fields if name != "words_to_know"}

