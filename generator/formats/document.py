"""One HTML document for a whole offer, made from the same page plans and templates as the web pages.

The printed and large print PDFs and the plain text are all made from this document,
so every format says exactly what the website says. Each page becomes a section;
links between pages of the document become links inside it, and other links point
at the website. Navigation aids that only make sense on the web (the support
directory's filters) are left out.

Nothing here knows about MkDocs: the adapter hands in the Markdown converter.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import html as lxml_html
from lxml.etree import SubElement, _Element
from lxml.html import HtmlElement

from generator.models import Offer
from generator.plan.offer_pages import OFFERS_FOLDER, OfferSite, PagePlan
from generator.plan.urls import page_url
from generator.render.templates import PageRenderer

EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
HEADING = re.compile(r"^h([1-6])$")


@dataclass(frozen=True)
class DocumentTools:
    """What a document needs from the site build, given by the adapter so the core never imports MkDocs."""

    renderer: PageRenderer
    to_html: Callable[[str], str]
    """Markdown to HTML with the site's Markdown extensions."""
    site_url: str
    """The site's address, so links to pages outside the document still work on paper and in email."""
    use_directory_urls: bool = True
    """MkDocs' setting of the same name: how the site's page addresses are made (generator.plan.urls)."""
    built_at: str | None = None
    """ISO date and time of the build (SOURCE_DATE_EPOCH or the commit), so documents carry no clock time."""
    language: str = "en"
    files: Mapping[str, Path] = field(default_factory=dict)
    """Files the site adds from outside the docs folder (the Easy Read pictures), by their place in the site."""


@dataclass(frozen=True)
class Document:
    """A whole offer (or any set of pages) as one HTML document, ready for a stylesheet."""

    title: str
    language: str
    html: str


def whole_offer_pages(site: OfferSite) -> list[PagePlan]:
    """Every standard page of the offer, once: the support directory's filtered copies repeat the full list,
    and the Easy Read pages have a PDF of their own."""
    return [page for page in site.pages if page.copy_of is None and page.pair is None]


def easy_read_pages(site: OfferSite) -> list[PagePlan]:
    """The offer's Easy Read pages, in the order of the web site."""
    return [page for page in site.pages if page.pair is not None]


def offer_document(offer: Offer, pages: Sequence[PagePlan], tools: DocumentTools, title: str | None = None) -> Document:
    """The pages as sections of one document, titled `title` (the offer's title unless given).

    The first page's headings stay on top; each part of the offer goes one level below, and the pages
    inside a part (each way to manage the money, each step, each story) one more, so bookmarks nest.
    """
    anchors = {page.src_uri: _anchor(offer, page.src_uri) for page in pages}
    site_url = tools.site_url.rstrip("/") + "/" if tools.site_url else ""
    root = lxml_html.Element("html", lang=tools.language)
    head = SubElement(root, "head")
    SubElement(head, "meta", charset="utf-8")
    SubElement(head, "title").text = title or offer.title
    if offer.summary:
        _meta(head, "description", offer.summary)
    _meta(head, "author", offer.organisation.name)
    if tools.built_at:
        _meta(head, "dcterms.created", tools.built_at)
        _meta(head, "dcterms.modified", tools.built_at)
    body = SubElement(root, "body")
    if tools.renderer.site.get("audience") == "staff":
        banner = SubElement(body, "p")
        banner.set("class", "phb-staff-only")
        banner.text = "Staff only. This copy comes from the staff intranet and includes staff notes: do not share it outside the NHS."
    for number, page in enumerate(pages):
        section = SubElement(body, "section", id=anchors[page.src_uri])
        part = _starts_a_part(page.src_uri)
        section.set("class", "phb-page phb-part" if part else "phb-page")
        for element in _page_elements(page, tools):
            section.append(element)
        _fix_links_and_ids(section, page, anchors, site_url, tools.use_directory_urls)
        _fix_pictures(section, page, tools.files)
        if number:
            _lower_headings(section, 1 if part else 2)
        else:
            _add_web_address(section, offer, site_url, tools.use_directory_urls)
    text = lxml_html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    return Document(title or offer.title, tools.language, text)


def _meta(head: _Element, name: str, content: str) -> None:
    SubElement(head, "meta", name=name, content=" ".join(content.split()))


def _anchor(offer: Offer, src_uri: str) -> str:
    """offers/x/ways-to-manage/index.md -> ways-to-manage; offers/x/index.md -> about."""
    inside = src_uri.removeprefix(f"{OFFERS_FOLDER}/{offer.id}/").removesuffix(".md").removesuffix("index").strip("/")
    return inside.replace("/", "-") or "about"


def _starts_a_part(src_uri: str) -> bool:
    """Top-level pages of the offer, the first page of each group (a way to manage the money, a step) and each
    Easy Read page start parts."""
    inside = src_uri.split("/", 2)[-1]
    return "/" not in inside or inside.endswith("/index.md") or inside.startswith("easy-read/")


def _page_elements(page: PagePlan, tools: DocumentTools) -> list[HtmlElement]:
    markdown = tools.renderer.render(page)
    elements = lxml_html.fragments_fromstring(tools.to_html(markdown))
    kept: list[HtmlElement] = []
    for element in elements:
        if isinstance(element, str):  # text before the first tag: keep it as a paragraph
            if element.strip():
                paragraph = lxml_html.Element("p")
                paragraph.text = element
                kept.append(paragraph)
            continue
        for nav in element.xpath("descendant-or-self::nav"):
            nav.drop_tree()
        if element.tag != "nav":
            kept.append(element)
    return kept


def _fix_links_and_ids(section: _Element, page: PagePlan, anchors: dict[str, str], site_url: str,
                       use_directory_urls: bool) -> None:
    """Ids get the page's anchor in front (pages reuse ids); links to pages in the document become #anchors."""
    prefix = section.get("id")
    for element in section.iter():
        if element is not section and element.get("id"):
            element.set("id", f"{prefix}--{element.get('id')}")
    folder = posixpath.dirname(page.src_uri)
    for link in section.iter("a"):
        href = link.get("href")
        if href is None or EXTERNAL.match(href):
            continue
        path, _, fragment = href.partition("#")
        target = posixpath.normpath(posixpath.join(folder, path)) if path else page.src_uri
        if target in anchors:
            link.set("href", f"#{anchors[target]}--{fragment}" if fragment else f"#{anchors[target]}")
        else:
            link.set("href", site_url + page_url(target, use_directory_urls) + (f"#{fragment}" if fragment else ""))


def _fix_pictures(section: _Element, page: PagePlan, files: Mapping[str, Path]) -> None:
    """Pictures are named relative to their page; the PDF reads them from the docs folder or, for files
    the site adds from elsewhere (Easy Read pictures), from where they are kept."""
    folder = posixpath.dirname(page.src_uri)
    for picture in section.iter("img"):
        src = picture.get("src")
        if src is None or EXTERNAL.match(src):
            continue
        target = posixpath.normpath(posixpath.join(folder, src))
        picture.set("src", files[target].resolve().as_uri() if target in files else target)


def _lower_headings(section: _Element, levels: int) -> None:
    for element in section.iter():
        match = HEADING.match(str(element.tag))
        if match:
            element.tag = f"h{min(6, int(match.group(1)) + levels)}"


def _add_web_address(section: _Element, offer: Offer, site_url: str, use_directory_urls: bool) -> None:
    if not site_url:
        return
    address = site_url + page_url(f"{OFFERS_FOLDER}/{offer.id}/index.md", use_directory_urls)
    paragraph = SubElement(section, "p")
    paragraph.set("class", "phb-web-address")
    paragraph.text = "The latest version of this offer is on our website: "
    link = SubElement(paragraph, "a", href=address)
    link.set("class", "phb-address")
    link.text = address
    link.tail = "."
