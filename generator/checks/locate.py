"""Point a finding at the line of the file where its words are written."""

from __future__ import annotations

import re

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
            before = source[: match.start()]
            return before.count("\n") + 1, match.start() - (before.rfind("\n") + 1) + 1
    return None
