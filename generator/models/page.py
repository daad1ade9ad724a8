"""Front matter of a co-produced Markdown page."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator

from generator.models.base import StrictModel, Text, date_after


class Audience(str, Enum):
    public = "public"
    staff = "staff"


EasyReadPair = Annotated[str, StringConstraints(pattern=r"^(none: .{3,}|[\w./-]+\.md)$")]


class Upkeep(StrictModel):
    """Who keeps a page correct, when it was checked, and its Easy Read version: shown on every page."""

    owner: Text
    """The team or role that keeps this page correct."""
    co_produced_with: list[Text] = Field(default_factory=list)
    """Groups of people with lived experience who helped write the page."""
    last_reviewed: dt.date
    """When the page was last checked (YYYY-MM-DD)."""
    review_due: dt.date
    """When it must next be checked (YYYY-MM-DD)."""
    easy_read: EasyReadPair | None = None
    """The path of the Easy Read version, or 'none: ' and the reason there is none."""

    _review_due_after_last_reviewed = field_validator("review_due")(date_after("last_reviewed"))


class PageMeta(Upkeep):
    """What every content page says about itself at the top, between two --- lines."""

    title: Text
    """The page title, the same as its main heading."""
    summary: Text
    """One plain sentence about the page, used in lists and search results."""
    audience: Audience = Audience.public
    """public or staff. Pages under content/staff/ are always staff-only."""
    checks: dict[str, Text] = Field(default_factory=dict)
    """Checks switched off for this page, each with the reason, for example {AIS-READING-AGE: legal wording}."""
    hide: list[str] = Field(default_factory=list)
    """mkdocs-material: parts of the page layout to hide (navigation, toc)."""
    search: dict[str, bool] = Field(default_factory=dict)
    """mkdocs-material: search settings for the page, for example {exclude: true}."""
