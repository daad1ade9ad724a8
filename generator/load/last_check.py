"""Read back what the last `phb check` found, from the report.json it wrote (see reports.py).

The accessibility statement is built from it, so its dates come from the check, never
from the clock, and two builds with the same report stay byte-identical.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from generator.errors import InvalidInput, Problem
from generator.load.validation import validate
from generator.load.yaml_source import SourceMap
from generator.models import CheckLayer

RERUN = "run `phb check` again to write a new report"


@dataclass(frozen=True)
class Failure:
    """One error the check found: which check, on which page, against which WCAG criteria."""

    check: str
    page: str
    """The built page, with its site in front for browser findings: public:offers/x/index.html."""
    wcag: str
    """WCAG criteria as the tools give them, for example "1.4.3" or "1.4.3, 1.4.6"; may be empty."""


@dataclass(frozen=True)
class LastCheck:
    checked_on: dt.date
    sites: dict[str, int]
    """How many pages of each site were checked."""
    layers: tuple[CheckLayer, ...]
    failures: tuple[Failure, ...]


class _Finding(BaseModel):
    check: str
    severity: str
    page: str = ""
    wcag: str = ""


class _Summary(BaseModel):
    checked_on: dt.date
    """The day of the check."""
    sites: dict[str, int]
    """Pages checked on each site."""
    layers: list[CheckLayer]


class _ReportFile(BaseModel):
    summary: _Summary
    findings: list[_Finding]


def read_last_check(path: Path, shown: str) -> LastCheck | None:
    """The last check's results, or None when no check has run yet; InvalidInput if the report cannot be read."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput([Problem(shown, getattr(error, "lineno", 1), getattr(error, "colno", 1), "(whole file)",
                                    "is not a report that `phb check` wrote", RERUN)]) from None
    try:
        report = validate(_ReportFile, data, shown, SourceMap(None))
    except InvalidInput as error:
        raise InvalidInput(Problem(p.path, p.line, p.column, p.field, p.message, RERUN) for p in error.problems) from None
    failures = tuple(Failure(f.check, f.page, f.wcag) for f in report.findings if f.severity == "error")
    summary = report.summary
    return LastCheck(summary.checked_on, summary.sites, tuple(summary.layers), failures)
