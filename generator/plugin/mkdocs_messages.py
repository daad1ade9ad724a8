"""What MkDocs logs, collected so that it reaches the editor as our own problem lines.

MkDocs reports a bad setting or, in strict mode, a link to a missing heading as a log line
and then stops with "Aborted with 1 warnings". Collected here, each becomes one line that
names the file and the line to change, with a fix.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import Problem

DOC_LINK = re.compile(r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but (?P<why>.+?)\.?$")
DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")


@contextmanager
def collected(logger_name: str) -> Iterator[list[str]]:
    """The warnings MkDocs logs under `logger_name` while the block runs, kept from the terminal."""
    messages: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: messages.append(record.getMessage())  # type: ignore[method-assign]
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = True


def build_warning_problem(message: str, docs_dir: Path, root: Path) -> Problem:
    """A warning that stopped a strict build, at the line of the page that causes it where MkDocs names one."""
    found = DOC_LINK.match(message)
    if found is None:
        return Problem("mkdocs.yml", 1, 1, "build", message.rstrip("."), "fix what MkDocs names, then build again")
    page = docs_dir / found["page"]
    line, column = _place(page, found["link"])
    shown = page.relative_to(root).as_posix() if page.is_relative_to(root) else page.as_posix()
    return Problem(shown, line, column, "link", f"links to {found['link']}, but {found['why']}",
                   "link to a heading by the words of its id, for example other-formats.md#ask-for-a-format, "
                   "or link to the page alone")


def bad_date_line(text: str) -> int:
    """The line of the first date that is not a real day (YAML cannot read it, and MkDocs stops without a line)."""
    for number, line in enumerate(text.splitlines(), 1):
        for match in DATE.finditer(line):
            try:
                dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                return number
    return 1


def _place(page: Path, link: str) -> tuple[int, int]:
    """Where the link is written in the page (its target, as MkDocs quotes it)."""
    text = page.read_text(encoding="utf-8") if page.is_file() else ""
    for number, line in enumerate(text.splitlines(), 1):
        column = line.find(link)
        if column >= 0:
            return number, column + 1
    return 1, 1
