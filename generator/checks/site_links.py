"""Every link between pages of a built site leads to a page that exists, and to an anchor on it."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.checks.findings import Finding

HREF = re.compile(r"""<a\b[^>]*?\bhref="([^"]*)\"""", re.IGNORECASE)
ID = re.compile(r"""\bid="([^"]+)\"""")
EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def broken_site_links(site_dir: Path, root_path: str = "/") -> Iterator[Finding]:
    """`root_path` is where the site lives on its host (the path of site_url): links from it, such as the 404 page's, are site links."""
    pages = {p.relative_to(site_dir).as_posix(): p.read_text(encoding="utf-8") for p in site_dir.rglob("*.html")}
    anchors: dict[str, set[str]] = {}
    for page, content in sorted(pages.items()):
        for href in HREF.findall(content):
            if EXTERNAL.match(href) or href == "#":
                continue
            target, fragment = _resolve(page, href, root_path)
            target_file = _file_for(site_dir, target)
            if target_file is None:
                yield _broken(page, href, "leads to a page that does not exist")
            elif fragment and target_file.endswith(".html"):
                ids = anchors.setdefault(target_file, set(ID.findall(pages.get(target_file, ""))))
                if fragment not in ids:
                    yield _broken(page, href, f"goes to #{fragment}, which is not on that page")


def _resolve(page: str, href: str, root_path: str) -> tuple[str, str]:
    parts = urlsplit(href)
    path = unquote(parts.path)
    base = posixpath.dirname(page)
    if path.startswith("/"):
        base, path = "", path.removeprefix(root_path.rstrip("/")).lstrip("/") or "./"
    target = posixpath.normpath(posixpath.join(base, path)) if path else page
    if path.endswith("/") or not path:
        target = target if not path else target + "/"
    return target, unquote(parts.fragment)


def _file_for(site_dir: Path, target: str) -> str | None:
    """The site file a link target is served from: a file, or a folder's index.html."""
    candidate = target.rstrip("/")
    if candidate in ("", "."):
        candidate = "index.html"
    if (site_dir / candidate).is_file():
        return candidate
    index = posixpath.join(candidate, "index.html") if candidate != "index.html" else candidate
    return index if (site_dir / index).is_file() else None


def _broken(page: str, href: str, problem: str) -> Finding:
    return Finding(page, 1, 1, "SITE-BROKEN-LINK", f"the link to {href} {problem}",
                   "correct the link in the page's source, or add the missing page or heading", page=page)
