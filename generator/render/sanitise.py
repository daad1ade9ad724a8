"""One allowlist for every page body: what NHS pages and our page templates need, nothing that runs or loads.

Pages are written by comms teams and offers hold text from many people, so the HTML
Markdown makes of them goes through nh3 (the Rust `ammonia` sanitiser): a real HTML
parser that decodes entities, joins addresses split over lines and drops every tag,
attribute and address not listed here. The theme's own Jinja templates are trusted and
never pass through it. `dropped` answers, from the same lists, what the sanitiser would
take out of one tag, so the editor can be told (render/page_markup.py).
"""

from __future__ import annotations

import nh3

from generator.plan.urls import is_on_this_site, url_scheme

TAGS = frozenset({
    "a", "abbr", "aside", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt",
    "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
    "mark", "nav", "ol", "p", "pre", "s", "section", "small", "span", "strong", "sub", "summary", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
EVERY_TAG = "*"
ATTRIBUTES = {
    EVERY_TAG: frozenset({"class", "id", "title", "lang", "dir", "role"}),
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "th": frozenset({"scope", "colspan", "rowspan", "headers", "style"}),
    "td": frozenset({"colspan", "rowspan", "headers", "style"}),
    "ol": frozenset({"start", "reversed"}),
    "details": frozenset({"open"}),
}
"""`style` only for Markdown's own table alignment: STYLE_PROPERTIES keeps nothing else."""
ATTRIBUTE_PREFIXES = frozenset({"aria-"})
STYLE_PROPERTIES = frozenset({"text-align"})
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "sms"})
DROPPED_WITH_CONTENT = frozenset({"script", "style", "svg", "math", "template", "textarea", "select", "noscript"})
"""Tags whose words are not page text either: they go with everything inside them."""

def is_allowed_url(tag: str, url: str) -> bool:
    """Links may go to web, email and phone addresses; pictures come from the site itself."""
    if tag == "img":
        return is_on_this_site(url)
    return url_scheme(url) in URL_SCHEMES or is_on_this_site(url)


def _only_allowed_urls(tag: str, attribute: str, value: str) -> str | None:
    if attribute in ("href", "src") and not is_allowed_url(tag, value):
        return None
    return value


def sanitise(html: str) -> str:
    """The HTML with only what the allowlist names; everything else is dropped."""
    return nh3.clean(
        html,
        tags=set(TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        attribute_filter=_only_allowed_urls,
        generic_attribute_prefixes=set(ATTRIBUTE_PREFIXES),
        filter_style_properties=set(STYLE_PROPERTIES),
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


def is_allowed_attribute(tag: str, name: str, value: str) -> bool:
    """Whether the sanitiser keeps this attribute of this (allowed) tag as it is."""
    name = name.lower()
    if not (name in ATTRIBUTES[EVERY_TAG] or name in ATTRIBUTES.get(tag, ()) or name.startswith(tuple(ATTRIBUTE_PREFIXES))):
        return False
    if name == "style":
        return all(declaration.split(":", 1)[0].strip().lower() in STYLE_PROPERTIES
                   for declaration in value.split(";") if declaration.strip())
    if name in ("href", "src"):
        return is_allowed_url(tag, value)
    return True


def dropped(tag: str, attributes: list[tuple[str, str | None]]) -> list[str | tuple[str, str]]:
    """What the sanitiser takes out of one start tag: the tag's name, or (attribute, value) for each attribute."""
    if tag not in TAGS:
        return [tag]
    return [(name, value or "") for name, value in attributes if not is_allowed_attribute(tag, name, value or "")]
