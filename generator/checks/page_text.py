"""The parts of a page's HTML that the source checks read: prose, headings, links and images.

Reading age is measured on prose only: not code, tables, contact boxes or navigation
(lists of place names or phone numbers are not sentences). Abbreviations, links,
images and headings are checked everywhere on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html

BLOCK_TAGS = {"p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption"}
LOOSE_ITEM_CHILDREN = {"p", "div", "table", "blockquote", "pre"}
"""A list item that holds these is a container: its paragraphs are the blocks."""
SEPARATE_WORDS = {*BLOCK_TAGS, "ul", "ol", "dl", "div", "table", "tr", "td", "th", "blockquote", "br", "section"}
NOT_PROSE = {"pre", "code", "table", "nav", "form", "script", "style"}
NOT_PROSE_CLASSES = {"phb-contact", "phb-facts"}
NOT_TEXT = {"pre", "code", "script", "style"}
HEADING = re.compile(r"^h([1-6])$")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    """A paragraph, list item or heading, as plain text."""

    text: str
    kind: str = "paragraph"
    """paragraph, item (of a list or definition list) or heading."""
    level: int = 0
    """1 to 6 for headings."""


@dataclass(frozen=True)
class Link:
    text: str
    href: str
    after: str
    """The text right after the link, where a document's format and size often go."""


@dataclass(frozen=True)
class Image:
    src: str
    alt: str | None


@dataclass
class PageText:
    prose: list[Block] = field(default_factory=list)
    headings: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    text: str = ""
    """All the words on the page in reading order, tables and contact boxes included, code left out."""


def read_page_text(page_html: str) -> PageText:
    root = lxml_html.fragment_fromstring(page_html or "<p></p>", create_parent="div")
    page = PageText(text=_plain(_text_of(root, NOT_TEXT)))
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        level = HEADING.match(element.tag)
        if level:
            page.headings.append(Block(_plain(_text_of(element, NOT_TEXT)), "heading", int(level.group(1))))
        if element.tag == "a" and (href := element.get("href")) is not None:
            page.links.append(Link(_plain(_text_of(element, set())), href, _plain(element.tail or "")))
        elif element.tag == "img":
            page.images.append(Image(element.get("src", ""), element.get("alt")))
        if element.tag in BLOCK_TAGS and not _has_block_children(element) and _is_prose(element):
            text = _plain(_text_of(element, NOT_TEXT | {"ul", "ol", "dl"}))
            if text:
                kind = "heading" if level else "paragraph" if element.tag in {"p", "caption", "figcaption"} else "item"
                page.prose.append(Block(text, kind, int(level.group(1)) if level else 0))
    return page


def _has_block_children(element) -> bool:  # type: ignore[no-untyped-def]
    return element.tag == "li" and any(child.tag in LOOSE_ITEM_CHILDREN for child in element if isinstance(child.tag, str))


def _is_prose(element) -> bool:  # type: ignore[no-untyped-def]
    for node in (element, *element.iterancestors()):
        if node.tag in NOT_PROSE or NOT_PROSE_CLASSES & set((node.get("class") or "").split()):
            return False
    return True


def _text_of(element, skipped: set[str]) -> str:  # type: ignore[no-untyped-def]
    """The element's text, leaving out the subtrees of `skipped` tags (their tails are kept)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in skipped:
            space = " " if child.tag in SEPARATE_WORDS else ""
            parts.append(space + _text_of(child, skipped) + space)
        parts.append(child.tail or "")
    return "".join(parts)


def _plain(text: str) -> str:
    return SPACES.sub(" ", text).strip()
