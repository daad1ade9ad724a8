"""Problems with input, reported one per line as `path:line:column: field: what is wrong - how to fix it`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, located precisely enough for an editor to jump to it."""

    path: str
    line: int
    column: int
    field: str
    message: str
    fix: str

    def __str__(self) -> str:
        """One line, always: a line break quoted from the input is shown as \\n, so editors and CI read one problem a line."""
        line = f"{self.path}:{self.line}:{self.column}: {self.field}: {self.message} - {self.fix}"
        return line.replace("\r", "\\r").replace("\n", "\\n")


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """Where `offset` falls in `text`, as editors count: line and column, both from 1."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


class InvalidInput(Exception):
    """Raised when offers or pages cannot be published; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class Severity(str, Enum):
    error = "error"
    """Fails the check: `phb check` exits 1 and CI stops the merge."""
    warning = "warning"
    """Worth fixing; does not fail the check."""
