"""Markdown that cannot run script: no event-handler attributes, no script links.

Offer text may use Markdown links, and MkDocs' Markdown would turn
`[x](javascript:alert(1))` or an attribute list such as `{: onclick=... }` into
working script. This extension walks each page's element tree after every other
Markdown step and removes `on…` attributes and web addresses whose scheme is not a
web, email or phone one. The plugin adds it to every site; the source checks use it too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Sequence
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel", "sms"})
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "poster", "data", "background", "xlink:href"})
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")


def url_scheme(url: str) -> str:
    """The scheme a browser would use, lower-case, or "" for a relative address.

    Browsers drop spaces and control characters around an address, and tabs and
    newlines inside it, so `java<newline>script:` is still `javascript:`.
    """
    cleaned = _IGNORED_BY_BROWSERS.sub("", url).strip("".join(map(chr, range(0x21))))
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else ""


def is_safe_url(url: str) -> bool:
    return url_scheme(url) in SAFE_SCHEMES | {""}


class _DropActiveAttributes(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for name, value in list(element.attrib.items()):
                if name.lower().startswith("on"):
                    del element.attrib[name]
                elif name.lower() in URL_ATTRIBUTES and not is_safe_url(value):
                    del element.attrib[name]
                    _as_text(element)


def _as_text(element: etree.Element) -> None:
    """A link or picture without its address becomes its words (MkDocs expects every <a> and <img> to have one)."""
    if element.tag == "img":
        element.text = element.attrib.pop("alt", "")
        element.attrib.pop("src", None)
    if element.tag in ("a", "img"):
        element.tag = "span"


class MarkupSafety(Extension):
    """Registered below attr_list (8) and toc (5), so it sees every attribute they add."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_DropActiveAttributes(md), "phb_markup_safety", 1)


def site_markdown_extensions(extensions: Sequence[Any]) -> list[Any]:
    """The site's Markdown extensions with MarkupSafety added once."""
    return [*extensions, *([] if any(isinstance(e, MarkupSafety) for e in extensions) else [MarkupSafety()])]
