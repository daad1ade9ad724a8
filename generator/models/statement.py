"""The `accessibility_statement:` option of the phb plugin: what the statement says that checks cannot know.

The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
Regulations 2018 ask every public sector website for a statement. The parts that come
from people (who runs the site, how to ask for help, known problems and why) are
written here; what the last `phb check` found is added when the site is built.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import AfterValidator, Field, ValidationInfo, field_validator

from generator.models.base import FixableError, RichText, StrictModel, Text
from generator.models.contact import Contact
from generator.models.page import Upkeep
from generator.models.wcag import CRITERIA


def _known_criterion(number: str) -> str:
    if number not in CRITERIA:
        raise FixableError(f"{number!r} is not a WCAG 2.2 success criterion at level A or AA",
                           "write its number, for example 1.4.3; see https://www.w3.org/TR/WCAG22/")
    return number


WcagCriterion = Annotated[str, AfterValidator(_known_criterion), Field(examples=["1.4.3"])]
"""A WCAG 2.2 success criterion at level A or AA, by number."""


class IssueKind(str, Enum):
    """Why something is not accessible, in the terms the regulations use."""

    non_compliance = "non_compliance"
    """It fails WCAG 2.2 AA and will be fixed."""
    disproportionate_burden = "disproportionate_burden"
    """Fixing it now would cost too much compared with the benefit, after an assessment."""
    not_in_scope = "not_in_scope"
    """The regulations do not cover it, for example PDFs published before 23 September 2018 or content from others."""


class KnownIssue(StrictModel):
    """Something people may find hard to use that the automatic checks do not report, and why."""

    problem: RichText
    ("What does not work and for whom, in plain words, "
     "for example 'Some older policy documents are PDFs that screen readers may not read well.'")
    why: IssueKind = Field(examples=["non_compliance"])
    """non_compliance, disproportionate_burden or not_in_scope."""
    criteria: list[WcagCriterion] = Field(default_factory=list)
    """The WCAG 2.2 success criteria it fails, for example [1.1.1]."""
    plan: RichText | None = None
    """What you are doing about it, and by when."""


class StatementSettings(Upkeep):
    """What the accessibility statement says about who runs the site and how to get help."""

    organisation: Text
    """Who runs the website, for example 'The Personal Health Budgets Team, for NHS Westshire Integrated Care Board (ICB)'."""
    prepared: dt.date
    """When the statement was first written (YYYY-MM-DD)."""
    response_days: int = Field(gt=0, examples=[10])
    """How many working days you take to reply to a request for another format or a report of a problem."""
    contact: Contact | None = None
    """Who to contact about accessibility. Without it, people are sent to their local team's contact details."""
    known_issues: list[KnownIssue] = Field(default_factory=list)
    """Problems the automatic checks do not find, each with the reason."""
    improving: list[Text] = Field(default_factory=list)
    """What you are doing to make the website more accessible."""
    people_check: list[Text] = Field(default_factory=list)
    """How people check the pages too, for example 'We use the website with only a keyboard.'"""
    check_report: Text = "site/reports/report.json"
    """The report of the last `phb check`, relative to mkdocs.yml; the statement says what it found."""

    @field_validator("prepared")
    @classmethod
    def _prepared_before_last_review(cls, value: dt.date, info: ValidationInfo) -> dt.date:
        reviewed = info.data.get("last_reviewed")
        if reviewed and value > reviewed:
            raise FixableError(f"is after last_reviewed ({reviewed.isoformat()})",
                               f"use {reviewed.isoformat()} or an earlier date: a statement is written before it is reviewed")
        return value
