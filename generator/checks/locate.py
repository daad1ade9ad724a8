"""Point a finding at the line of the file where its words are written."""

from __future__ import annotations

import re

from generator.errors import line_and_column

WORD = re.compile(r"\w+")


def locate(source: str, quote: str) -> tuple[int, int] | None:
    """(line, column) of the first place `source` contains the start of `quote`, ignoring markup and line breaks."""
    words = WORD.findall(quote)
    for size in (8, 4, 2, 1):
        if len(words) < size and size != 1:
            continue
        pattern = r"\W+".join(re.escape(word) for word in words[:size])
        if not pattern:
            continue
        exact = rf"(?<!\w){pattern}(?!\w)"
        match = re.search(exact, source) or re.search(exact, source, re.IGNORECASE)
        if match:
            return line_and_column(source, match.start())
    return None
