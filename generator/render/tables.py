"""Wide tables that keyboard users can scroll, on every page whatever wrote the table.

Without material's JavaScript a wide table scrolls inside itself at 320px, but a
keyboard cannot reach that scroll area (WCAG 2.1.1 and 1.4.10; axe
scrollable-region-focusable). So each table goes inside a focusable region,
named by the table's caption or, for a Markdown table without one, by the
heading above it.
"""

from __future__ import annotations

import re
from html import escape

TABLE = re.compile(r"<table\b.*?</table>", re.DOTALL)
CAPTION = re.compile(r"<caption\b([^>]*)>(.*?)</caption>", re.DOTALL)
HEADING = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]>", re.DOTALL)
TAGS = re.compile(r"<[^>]+>")
CAPTION_IN_PARAGRAPH = re.compile(r"<p>\s*(<caption\b.*?</caption>)\s*</p>", re.DOTALL)
ID = re.compile(r'\bid="([^"]+)"')


def unwrapped_captions(html: str) -> str:
    """A table written with `markdown="1"` (so links in its cells work) gets its caption wrapped in <p>: unwrap it.

    The site's Markdown does this before sanitising (markup_safety), as an HTML parser moves a <p> out of a table."""
    return CAPTION_IN_PARAGRAPH.sub(r"\1", html)


def scrollable_tables(html: str) -> str:
    """Wrap every table in <div class="phb-table" role="region" tabindex="0"> with an accessible name."""
    count = 0

    def wrap(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        table = match.group(0)
        caption = CAPTION.search(table)
        if caption is None:
            name = _heading_before(html, match.start()) or "Table"
            return f'<div class="phb-table" role="region" aria-label="{escape(name)}" tabindex="0">{table}</div>'
        existing = ID.search(caption.group(1))
        caption_id = existing.group(1) if existing else f"phb-table-caption-{count}"
        if not existing:
            table = table.replace(caption.group(0), f'<caption id="{caption_id}"{caption.group(1)}>{caption.group(2)}</caption>', 1)
        return f'<div class="phb-table" role="region" aria-labelledby="{caption_id}" tabindex="0">{table}</div>'

    return TABLE.sub(wrap, html)


def _heading_before(html: str, position: int) -> str:
    headings = HEADING.findall(html, 0, position)
    return " ".join(TAGS.sub("", headings[-1]).split()) if headings else ""
