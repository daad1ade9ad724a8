"""Shared building blocks for the offer and page models.

Every model forbids unknown keys, so a misspelt key in an offer file is an
error instead of silently disappearing from the published site.
"""

from __future__ import annotations

from typing import Annotated

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo


class StrictModel(BaseModel):
    """Base for every model: unknown keys are errors; attribute docstrings describe fields."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        use_attribute_docstrings=True,
        frozen=True,
    )


Text = Annotated[str, StringConstraints(min_length=1)]
"""A non-empty line of plain text."""

RichText = Annotated[str, StringConstraints(min_length=1)]
"""Plain text that may use Markdown (paragraphs, lists, bold, links). Raw HTML is shown as text."""

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


class FixableError(ValueError):
    """A validation error that also says how to fix it."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.fix = fix


@dataclass(frozen=True)
class Inconsistency:
    """A problem found across fields after validation, pointing at the exact entry at fault."""

    location: tuple[str | int, ...]
    message: str
    fix: str


def date_after(earlier_field: str) -> Callable[[type, dt.date, ValidationInfo], dt.date]:
    """A field validator body: the date must fall after the date in `earlier_field` (validated first)."""

    def check(cls: type, value: dt.date, info: ValidationInfo) -> dt.date:
        earlier = info.data.get(earlier_field)
        if earlier and value <= earlier:
            raise FixableError(
                f"must be after {earlier_field} ({earlier.isoformat()})", f"use a date later than {earlier.isoformat()}"
            )
        return value

    return check
