"""Find links in content pages that point to pages that do not exist (or not for this audience).

Links are read from the page's converted HTML (plan/page_html.py), so reference-style
links (`[text][ref]` with `[ref]: page.md`), entity-encoded addresses and links in raw
HTML are all seen, and links inside code are not.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from generator.errors import Problem
from generator.load.easy_read import EasyReadPage
from generator.load.sources import ContentPage
from generator.models import Audience
from generator.plan.page_html import Placer, Tag, address_pattern
from generator.plan.urls import is_on_this_site

ADDRESSES = ("href", "src")

LinkingPage = ContentPage | EasyReadPage
"""A page whose Markdown body links to other pages."""

def internal_links(page: LinkingPage, tags: list[Tag]) -> Iterator[tuple[int, int, str]]:
    """(line, column, target) for every relative link or picture in the page body."""
    placer = Placer(page.body, page.body_first_line)
    for tag in tags:
        for name in ADDRESSES:
            target = (tag.get(name) or "").strip()
            if target and is_on_this_site(target) and not target.startswith("#"):
                written = tag.written_value(name)
                yield *placer.place(address_pattern(written), written), target


def broken_links(page: LinkingPage, tags: list[Tag], pages: dict[str, Audience], assets: set[str],
                 unknown: tuple[str, ...] = ()) -> Iterator[Problem]:
    """Problems for links to missing pages, and for public pages that link to staff-only pages.

    Links into the `unknown` folders are not checked: their pages cannot be planned (an offer that failed validation).
    """
    folder = posixpath.dirname(page.src_uri)
    for line, column, target in internal_links(page, tags):
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
