"""Plain text of a document: for screen readers, braille translation and email.

UTF-8, no HTML. Headings are marked with # signs (one for the title, two for each part
of the offer, and so on), list items start with "- " or their number, each table row
is one line ("Header: value; Header: value"), and links keep their address in brackets
after the link text. Links to other parts of the same document keep only their text.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html
from lxml.html import HtmlElement

from generator.formats.document import Document

BLOCKS = frozenset({"p", "div", "section", "article", "ul", "ol", "dl", "table", "blockquote", "pre", "hr",
                    "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "details", "summary", "nav"})
HEADING = re.compile(r"^h([1-6])$")
SPACES = re.compile(r"\s+")


def plain_text(document: Document) -> bytes:
    body = lxml_html.document_fromstring(document.html).find("body")
    assert body is not None, "document.py always writes a body"
    return ("\n\n".join(_blocks(body)) + "\n").encode("utf-8")


def _blocks(element: HtmlElement) -> list[str]:
    """The element's content as blocks of text; inline content between blocks becomes its own block."""
    blocks: list[str] = []
    run = [_text(element.text)]
    for child in element:
        if not isinstance(child.tag, str):  # comments and processing instructions
            run.append(_text(child.tail))
        elif child.tag in BLOCKS:
            blocks += _lines(run)
            blocks += _block(child)
            run = [_text(child.tail)]
        else:
            run += [_inline(child), _text(child.tail)]
    return blocks + _lines(run)


def _lines(run: list[str]) -> list[str]:
    text = "\n".join(line.strip() for line in "".join(run).split("\n"))
    return [text.strip()] if text.strip() else []


def _block(element: HtmlElement) -> list[str]:
    heading = HEADING.match(str(element.tag))  # parsed HTML: every tag is text
    if heading:
        return ["#" * int(heading.group(1)) + " " + _inline_only(element)]
    if element.tag in ("ul", "ol"):
        return [_list(element)]
    if element.tag == "table":
        return [_table(element)]
    if element.tag == "dl":
        return [_definitions(element)]
    if element.tag == "pre":
        return [element.text_content().rstrip()]
    if element.tag == "hr":
        return []
    return _blocks(element)


def _list(element: HtmlElement) -> str:
    lines = []
    for number, item in enumerate(element.findall("li"), start=1):
        marker = f"{number}. " if element.tag == "ol" else "- "
        item_lines = "\n".join(_blocks(item)).split("\n")
        lines.append(marker + item_lines[0])
        lines += [" " * len(marker) + line if line else "" for line in item_lines[1:]]
    return "\n".join(lines)


def _table(element: HtmlElement) -> str:
    """Each row on one line, every value named by its column's header."""
    caption = element.find("caption")
    headers = [_inline_only(cell) for cell in element.xpath("./thead/tr[1]/th")]
    lines = [_inline_only(caption)] if caption is not None else []
    for row in element.xpath("./tbody/tr | ./tr"):
        cells = [_inline_only(cell) for cell in row.xpath("./th | ./td")]
        if headers and len(headers) == len(cells):
            lines.append("; ".join(f"{header}: {cell}" for header, cell in zip(headers, cells, strict=True) if cell))
        else:
            lines.append(" | ".join(cells))
    return "\n".join(lines)


def _definitions(element: HtmlElement) -> str:
    lines = []
    for child in element:
        if child.tag == "dt":
            lines.append(_inline_only(child) + ":")
        elif child.tag == "dd":
            lines.append("  " + _inline_only(child))
    return "\n".join(lines)


def _inline_only(element: HtmlElement) -> str:
    """Text of an element that holds only a line: a heading, a table cell, a caption."""
    return " ".join(" ".join(_blocks(element)).split())


def _inline(element: HtmlElement) -> str:
    if element.tag == "br":
        return "\n"
    if element.tag == "img":
        alt = (element.get("alt") or "").strip()
        return f"[Picture: {alt}]" if alt else ""
    inner = _text(element.text) + "".join(_inline(child) + _text(child.tail) for child in element if isinstance(child.tag, str))
    if element.tag == "a":
        return _link(inner.strip(), element.get("href") or "")
    return inner


def _link(text: str, href: str) -> str:
    """The text, then the address in brackets, unless the text already says it (phone numbers, in-document links)."""
    if not href or href.startswith(("#", "tel:", "sms:")):
        return text
    address = href.removeprefix("mailto:")
    if _bare(address) == _bare(text):
        return text
    return f"{text} ({address})"


def _bare(address: str) -> str:
    return address.removeprefix("https://").removeprefix("http://").rstrip("/").replace(" ", "").lower()


def _text(value: str | None) -> str:
    return SPACES.sub(" ", value) if value else ""
