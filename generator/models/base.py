"""Shared building blocks for the offer and page models.

Every model forbids unknown keys, so a misspelt key in an offer file is an
error instead of silently disappearing from the published site.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo


class StrictModel(BaseModel):
    """Base for every model: unknown keys are errors; attribute docstrings describe fields."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        use_attribute_docstrings=True,
        frozen=True,
    )


class FixableError(ValueError):
    """A validation error that also says how to fix it."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.fix = fix


PICTURE = re.compile(r"!\[.*?\]\s*[(\[]", re.DOTALL)
LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)|^ {0,3}\[[^\]]+\]:\s*<?([^\s>]*)", re.MULTILINE)
FULL_ADDRESS = re.compile(r"^(?:https?://|mailto:|tel:|sms:)\S", re.IGNORECASE)


def full_addresses_only(text: str) -> str:
    """Offer text appears on several pages at different depths, so a relative link would break on some;
    and a picture or script link from an offer file must not reach a page."""
    if PICTURE.search(text):
        raise FixableError("has a picture, and offer text cannot show pictures",
                           "remove the ![...](...) part; put pictures on a page in content/")
    for match in LINK_TARGET.finditer(text):
        target = match.group(1) if match.group(1) is not None else match.group(2)
        if not FULL_ADDRESS.match(target):
            raise FixableError(f"links to {target!r}, which is not a full web, email or phone address",
                               "write the full address, for example https://www.example.org/page, mailto:team@example.org "
                               "or tel:01134960000")
    return text


class PlainText(str):
    """Text shown exactly as written: a * or [ in it is a character, not Markdown (generator.render.templates)."""

    __slots__ = ()


Text = Annotated[str, StringConstraints(min_length=1), AfterValidator(PlainText)]
"""A non-empty line of plain text, shown as written: Markdown in it is not formatting."""

RichText = Annotated[str, StringConstraints(min_length=1), AfterValidator(full_addresses_only)]
"""Text that may use Markdown (paragraphs, lists, bold, links to full web, email or phone addresses).
Raw HTML is shown as text."""

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=2, max_length=60),
    Field(examples=["westshire"]),
]
"""A short web-address name: lower-case letters, digits and single hyphens."""

HttpUrl = Annotated[str, StringConstraints(pattern=r"^https?://[^\s]+$"), Field(examples=["https://www.example.org/phb"])]
"""A full web address starting with https:// or http://."""

FinancialYear = Annotated[str, StringConstraints(pattern=r"^20\d\d/\d\d$"), Field(examples=["2026/27"])]
"""An NHS financial year written as 2026/27 (April to March)."""


@dataclass(frozen=True)
class Inconsistency:
    """A problem found across fields after validation, pointing at the exact entry at fault."""

    location: tuple[str | int, ...]
    message: str
    fix: str


def date_after(earlier_field: str) -> Callable[[type, dt.date | None, ValidationInfo], dt.date | None]:
    """A field validator body: the date must fall after the date in `earlier_field` (validated first), when both are given."""

    def check(cls: type, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        earlier = info.data.get(earlier_field)
        if earlier and value is not None and value <= earlier:
            raise FixableError(
                f"must be after {earlier_field} ({earlier.isoformat()})", f"use a date later than {earlier.isoformat()}"
            )
        return value

    return check
