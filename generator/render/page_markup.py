"""Tell the editor about each piece of HTML in a page that the sanitiser would drop, with where it is written.

The site never shows it (render/sanitise.py drops it), but a page that silently loses a
video or a form is a page that says less than its editor thinks. So `phb validate`
lists each one as a problem, with why it is not allowed and what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.errors import Problem
from generator.load.easy_read import EasyReadPage
from generator.load.sources import ContentPage
from generator.plan.page_html import Placer, Tag, address_pattern
from generator.plan.urls import is_on_this_site, url_scheme
from generator.render.sanitise import DROPPED_WITH_CONTENT, dropped

FIELD = "html"
LOADS_FROM_ELSEWHERE = frozenset({"iframe", "frame", "object", "embed", "video", "audio", "source", "track", "picture", "script", "link"})
FORM_PARTS = frozenset({"form", "input", "button", "select", "textarea", "label", "fieldset", "option"})
PAGE_DETAILS = frozenset({"meta", "base", "link", "title", "head", "body", "html"})
NO_REQUESTS = "this site makes no requests to other websites, so nothing on it can track readers or break when that website changes"
FIX_BY_TAG = {
    "script": "remove it: nothing in a page may run, and every page works without JavaScript",
    "style": "remove it: the theme's stylesheet sets how every page looks",
    "svg": "save the picture as a file beside the page and show it with ![what it shows](picture.svg)",
    "math": "write the sum out in words",
}
FIX_OTHER_TAG = "remove it, or write the same thing in Markdown (headings, lists, links, tables, **bold**)"


def markup_problems(page: ContentPage | EasyReadPage, tags: list[Tag]) -> Iterator[Problem]:
    """One problem for each tag, attribute or address in the page's HTML that would be dropped."""
    placer = Placer(page.body, page.body_first_line)
    for tag in tags:
        if DROPPED_WITH_CONTENT.intersection(tag.inside):
            continue  # dropped with the tag around it, which is reported
        if tag.comment:
            yield Problem(page.path, *placer.place(tag.written), FIELD, "this comment would end early in a browser, at its first >, "
                          "and what follows would be page HTML", "write a comment as <!-- words --> with no other - or > in it")
            continue
        for piece in dropped(tag.name, tag.attributes):
            if isinstance(piece, str):
                line, column = placer.place(tag.written, re.compile(rf"<\s*{re.escape(tag.name)}\b", re.IGNORECASE))
                yield Problem(page.path, line, column, FIELD, *_tag_message(tag))
            else:
                name, value = piece
                line, column = placer.place(*_attribute_patterns(tag, name))
                yield Problem(page.path, line, column, FIELD, *_attribute_message(tag, name, value))


def _attribute_patterns(tag: Tag, name: str) -> list[str | re.Pattern[str]]:
    written = tag.written_value(name)
    patterns: list[str | re.Pattern[str]] = [address_pattern(written)] if name in ("href", "src") and written else []
    return [*patterns, re.compile(rf"(?<![\w-]){re.escape(name)}\s*=", re.IGNORECASE), tag.written]


def _tag_message(tag: Tag) -> tuple[str, str]:
    name = tag.name
    address = tag.get("src") or tag.get("data") or tag.get("href") or ""
    if name in FORM_PARTS:
        return (f"<{name}> is not allowed in a page: a form sends what readers type to a website, and pages hold no forms",
                "link to the form on the website that runs it, for example [Fill in the form on our council's website](https://...)")
    if name in LOADS_FROM_ELSEWHERE and not is_on_this_site(address):
        return (f"<{name}> is not allowed in a page: it would load {_shown(address)} from another website, and {NO_REQUESTS}",
                f"link to it instead: [say what it is]({_shown(address)})")
    if name in PAGE_DETAILS:
        return f"<{name}> is not allowed in a page: the site writes each page's details itself", "remove it"
    return f"<{name}> is not allowed in a page", FIX_BY_TAG.get(name, FIX_OTHER_TAG)


def _attribute_message(tag: Tag, name: str, value: str) -> tuple[str, str]:
    if name.lower().startswith("on"):
        return f"the {name} attribute of <{tag.name}> is not allowed: nothing in a page may run", "remove it"
    if name.lower() == "style":
        return (f"the style attribute of <{tag.name}> is not allowed (also when written as {{: style=... }})",
                "remove it: the theme's stylesheet sets how every page looks")
    if name.lower() in ("href", "src"):
        return _address_message(tag, value)
    return f"the {name} attribute of <{tag.name}> is not allowed in a page", "remove it"


def _address_message(tag: Tag, value: str) -> tuple[str, str]:
    scheme = url_scheme(value)
    if tag.name == "img" and scheme in ("http", "https", ""):
        return (f"the picture {_shown(value)} is on another website, and {NO_REQUESTS}",
                "save the picture beside the page in content/ and show it with ![what it shows](picture.png)")
    if tag.name == "img":
        return (f"the picture's address {_shown(value)} is not a file on this site",
                "save the picture beside the page in content/ and show it with ![what it shows](picture.png)")
    return (f"links to {_shown(value)}, which is not a web, email or phone address",
            "link to a full https:// address, mailto:, tel: or sms:, or to a page of this site such as other-formats.md")


def _shown(value: str) -> str:
    """An address on one line, cut short: a data: address can be thousands of characters."""
    text = " ".join(value.split())
    return text if len(text) <= 60 else f"{text[:57]}..."
