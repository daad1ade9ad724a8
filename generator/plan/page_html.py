"""A page's Markdown as the HTML the site's Markdown makes of it, tag by tag, and where each tag was written.

The link checks and the raw HTML checks read the converted HTML with a real HTML
parser, so they see what the site sees: reference-style links resolved, entities
decoded, code left out. Python-Markdown keeps no line numbers, so each finding is
placed by finding its own text (a raw tag is copied as written; an address keeps its
entities) in the Markdown, in the order of the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from generator.errors import line_and_column

ToHtml = Callable[[str], str]
"""Markdown to HTML as the site makes it, before sanitising."""

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


@dataclass(frozen=True)
class Tag:
    name: str
    attributes: list[tuple[str, str | None]]
    """Values as a browser reads them: entities decoded."""
    written: str
    """The start tag as it stands in the converted HTML."""
    inside: tuple[str, ...]
    """The names of the open tags around it."""
    comment: bool = False
    """An HTML comment that browsers would end early (`<!-->`), so what follows it would be page HTML; name is "!--"."""

    def get(self, name: str) -> str | None:
        return next((value for key, value in self.attributes if key == name), None)

    def written_value(self, name: str) -> str:
        """The attribute's value as written (entities kept), to find it in the Markdown."""
        match = re.search(rf"""\s{re.escape(name)}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", self.written, re.IGNORECASE)
        return next((group for group in match.groups() if group is not None), "") if match else ""


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[Tag] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(Tag(tag, attrs, self.get_starttag_text() or "", tuple(self.open)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(Tag(tag, attrs, self.get_starttag_text() or "", tuple(self.open)))

    def handle_comment(self, data: str) -> None:
        """Python's parser reads `<!-->x-->` as one comment; a browser ends it at the first `>` and reads x as HTML."""
        if data.startswith((">", "->")) or "--!>" in data or "<!--" in data:
            self.tags.append(Tag("!--", [], f"<!--{data}", tuple(self.open), comment=True))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag):]


def html_tags(html: str) -> list[Tag]:
    """Every start tag of the HTML, in order."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


class Placer:
    """Finds where pieces of a page's converted HTML were written in its Markdown, in page order."""

    def __init__(self, body: str, first_line: int) -> None:
        self.body = body
        self.first_line = first_line
        self.cursor = 0
        self.taken: set[int] = set()

    def place(self, *patterns: str | re.Pattern[str]) -> tuple[int, int]:
        """(line, column) of the first pattern found, after the last piece placed if it can be; else the body's start.

        A pattern's first group, where it has one, marks the part to point at.
        """
        for pattern in patterns:
            compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(re.escape(pattern), re.IGNORECASE)
            if not compiled.pattern:
                continue
            found = self._next(compiled, self.cursor) or self._next(compiled, 0)
            if found is not None:
                self.taken.add(found)
                self.cursor = found
                line, column = line_and_column(self.body, found)
                return self.first_line + line - 1, column
        return self.first_line, 1

    def _next(self, pattern: re.Pattern[str], start: int) -> int | None:
        for match in pattern.finditer(self.body, start):
            position = match.start(1) if pattern.groups and match.group(1) is not None else match.start()
            if position not in self.taken:
                return position
        return None


def address_pattern(written: str) -> re.Pattern[str]:
    """An address where Markdown or HTML writes one: after `](`, `]:` or `=`."""
    return re.compile(rf"""(?:\]\(\s*<?|\]:[ \t]*<?|=\s*["']?)({re.escape(written)})""", re.IGNORECASE)
