"""Draw planned pages as Markdown from the Jinja templates in theme/pages/.

The environment autoescapes, so text from offer files reaches the page as text:
`<script>` in YAML is shown, never run. Braces are escaped too, so offer text cannot
end in a Markdown attribute list (`{: onclick=... }`) that styles or scripts the page.
Markdown written in offer text still works; its HTML is sanitised (markup_safety).
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from generator.models import Channel
from generator.models.base import PlainText
from generator.plan.offer_pages import OFFERS_FOLDER, PagePlan

MARKDOWN_CHARACTERS = str.maketrans({character: f"&#{ord(character)};" for character in "\\`*_[]!#|~"})
"""What could make plain text into Markdown formatting, as character references (they work inside HTML too)."""


def markdown_text(value: object) -> Markup:
    """Any value printed by a template, as text inside Markdown; markup the templates made is kept.

    Braces are escaped so no text can end in an attribute list, and plain text (models.base.Text)
    has its Markdown characters escaped too, so it shows exactly as written.
    """
    if isinstance(value, Markup):
        return value
    text = str(escape(value)).replace("{", "&#123;").replace("}", "&#125;")
    return Markup(text.translate(MARKDOWN_CHARACTERS) if isinstance(value, PlainText) else text)


def join_text(items: Iterable[object], separator: str = "") -> Markup:
    """Jinja's join, with every item escaped as markdown_text (Jinja's own would let braces through)."""
    return markdown_text(separator).join(markdown_text(item) for item in items)


def channel_line(channel: Channel) -> Markup:
    """One way to reach a team as every page shows it, in the offer pages and in every page's footer:
    its label, then a link whose words say where it goes (Phone: 0113 496 0000, Online form: Online form on
    www.example.org), or the words alone where there is nothing to link to (a postal address).

    The result is HTML, escaped as markdown_text, so it is safe both in Markdown and in the theme's HTML.
    """
    label = markdown_text(channel.type.label)
    if channel.href is None:
        return Markup("{}: {}").format(label, markdown_text(one_line(channel.value)))
    return Markup('{}: <a href="{}">{}</a>').format(label, markdown_text(channel.href), markdown_text(one_line(channel.link_text)))


def long_date(value: dt.date) -> str:
    """15 October 2026: the NHS style for dates."""
    return f"{value.day} {value:%B %Y}"


def one_line(value: object) -> str:
    """Text that must stay on one line, for example a postal address inside a list item."""
    return ", ".join(part.strip() for part in str(value).splitlines() if part.strip())


def quarter_months(quarter: int) -> str:
    return {1: "April to June", 2: "July to September", 3: "October to December", 4: "January to March"}[quarter]


def relative_link(from_uri: str, to_uri: str) -> str:
    """The Markdown link from one page to another, both given as paths inside the docs folder."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


class PageRenderer:
    """Renders PagePlans to Markdown text with one shared, autoescaping Jinja environment."""

    def __init__(self, templates_dir: Path, site: dict[str, Any]) -> None:
        self.site = site
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates_dir),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            finalize=markdown_text,
        )
        self.env.filters.update(long_date=long_date, oneline=one_line, quarter_months=quarter_months, join=join_text,
                                channel=channel_line)

    def render(self, plan: PagePlan) -> str:
        template = self.env.get_template(plan.template)

        def link(target: str) -> str:
            """Link to a page of the same offer by its path inside the offer, for example 'contact'."""
            if plan.offer is None:
                raise jinja2.TemplateError(f"{plan.template} uses link() but its page belongs to no offer")
            return relative_link(plan.src_uri, f"{OFFERS_FOLDER}/{plan.offer.id}/{target}.md")

        def site_link(target_uri: str) -> str:
            """Link to any page of the site by its path inside the docs folder, for example 'other-formats.md'."""
            return relative_link(plan.src_uri, target_uri)

        return template.render(
            page=plan,
            offer=plan.offer,
            site=self.site,
            link=link,
            site_link=site_link,
            **plan.template_context(),
        )
