"""What a check found, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass

from generator.errors import Severity


@dataclass(frozen=True, order=True)
class Finding:
    """One problem on one page, located in the file a comms team edits."""

    path: str
    line: int
    column: int
    check: str
    """A stable id, for example AIS-READING-AGE or WCAG22-target-size."""
    message: str
    fix: str
    severity: Severity = Severity.error
    page: str = ""
    """The built page, for example offers/x/index.html (public:... or staff:... for browser findings)."""
    wcag: str = ""
    """The WCAG 2.2 success criterion, for example 1.4.3, where one applies."""
    selector: str = ""
    """Where on the rendered page, for browser findings."""

    def __str__(self) -> str:
        """`path:line:column: CHECK-ID: what is wrong - how to fix it`, marked when it is only a warning."""
        warning = "warning: " if self.severity is Severity.warning else ""
        page = f" (on the page {self.page})" if self.page and not self.path.startswith(("content/", "easy_read/")) else ""
        return f"{self.path}:{self.line}:{self.column}: {self.check}: {warning}{self.message}{page} - {self.fix}"


@dataclass(frozen=True)
class Concern:
    """What a page check found, before it is located in a source file."""

    check: str
    message: str
    fix: str
    severity: Severity = Severity.error
    quote: str = ""
    """Words from the page to find in the source file, so the finding points at the right line."""
    wcag: str = ""


@dataclass(frozen=True, order=True)
class Exemption:
    """A check switched off for one page, with the reason the page gives."""

    path: str
    check: str
    reason: str
