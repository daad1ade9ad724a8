"""Find links in content pages that point to pages that do not exist (or not for this audience)."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from generator.errors import Problem
from generator.load.easy_read import EasyReadPage
from generator.load.sources import ContentPage
from generator.models import Audience

MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^\s*(```|~~~)")
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)

LinkingPage = ContentPage | EasyReadPage
"""A page whose Markdown body links to other pages."""


def internal_links(page: LinkingPage) -> Iterator[tuple[int, int, str]]:
    """(line, column, target) for every relative link in the page body, skipping code blocks."""
    in_fence = False
    for offset, line in enumerate(page.body.splitlines()):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        for match in MARKDOWN_LINK.finditer(line):
            target = match.group(1)
            if not EXTERNAL.match(target):
                yield page.body_first_line + offset, match.start(1) + 1, target


def broken_links(page: LinkingPage, pages: dict[str, Audience], assets: set[str], unknown: tuple[str, ...] = ()) -> Iterator[Problem]:
    """Problems for links to missing pages, and for public pages that link to staff-only pages.

    Links into the `unknown` folders are not checked: their pages cannot be planned (an offer that failed validation).
    """
    folder = posixpath.dirname(page.src_uri)
    for line, column, target in internal_links(page):
        path = target.split("#", 1)[0]
        if not path:
            continue
        resolved = posixpath.normpath(posixpath.join(folder, path))
        if resolved in assets or resolved.startswith(unknown):
            continue
        audience = pages.get(resolved)
        if audience is None:
            yield Problem(page.path, line, column, "link", f"links to {target}, which does not exist",
                          "check the file name and folder; links are relative to this page, for example other-formats.md")
        elif audience is Audience.staff and page.audience is Audience.public:
            yield Problem(page.path, line, column, "link", f"a public page links to the staff-only page {target}",
                          "remove the link: the public site does not have staff pages")
