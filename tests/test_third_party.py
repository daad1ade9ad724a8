"""Published pages load nothing from any other host: no fonts, scripts, styles or images from elsewhere."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
CSS_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)")


class _LoadedResources(HTMLParser):
    """Every address the browser would fetch on its own: scripts, styles, images, frames, media, icons."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and (found.get("rel") or "") not in ("canonical", "alternate", "next", "prev", "search"):
            self.addresses.append(found.get("href") or "")
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed", "input", "track"):
            self.addresses.append(found.get("src") or "")
        if tag == "object":
            self.addresses.append(found.get("data") or "")
        if found.get("style"):
            self.addresses += CSS_URL.findall(found["style"] or "")

    def handle_data(self, data: str) -> None:
        self.addresses += CSS_URL.findall(data) + CSS_IMPORT.findall(data)


def third_party_addresses(site: Path) -> list[str]:
    found = []
    for page in site.rglob("*.html"):
        parser = _LoadedResources()
        parser.feed(page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(site)}: {a}" for a in parser.addresses if _is_remote(a)]
    for sheet in site.rglob("*.css"):
        text = sheet.read_text(encoding="utf-8")
        found += [f"{sheet.relative_to(site)}: {a}" for a in CSS_URL.findall(text) + CSS_IMPORT.findall(text) if _is_remote(a)]
    return found


def _is_remote(address: str) -> bool:
    return bool(re.match(r"^(?:[a-z]+:)?//", address.strip(), re.IGNORECASE))


def test_the_scanner_finds_remote_resources(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        '<link rel="stylesheet" href="https://fonts.example.com/a.css"><script src="//cdn.example.com/x.js"></script>'
        '<img src="local.png"><a href="https://www.nhs.uk/">NHS website</a>')
    (tmp_path / "a.css").write_text("body { background: url('https://img.example.com/b.png') }")
    assert len(third_party_addresses(tmp_path)) == 3


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_bundled_sites_request_nothing_from_other_hosts(built_examples: Path, audience: str) -> None:
    assert third_party_addresses(built_examples / audience) == []
