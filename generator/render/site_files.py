"""Small site-wide files whose content depends on the audience."""

from __future__ import annotations

import re
from pathlib import Path

from generator.models import Audience
from generator.plan.offer_pages import SEARCH_SCRIPT
from generator.render.lean_css import Usage, purge_css

THEME_STYLESHEETS = "assets/stylesheets/*.min.css"
OWN_SCRIPTS = frozenset({SEARCH_SCRIPT})


def is_unused_theme_asset(src_uri: str) -> bool:
    """Material's JavaScript (pages load none of it, see main.html) and its palette CSS (no palette is set)."""
    if src_uri.startswith("assets/javascripts/"):
        return src_uri not in OWN_SCRIPTS
    return src_uri.startswith("assets/stylesheets/palette.")


SEARCH_TOGGLE = '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">'


def without_search_toggle(page_html: str) -> str:
    """Material's base.html always prints the checkbox that opens its search dialog. Our search is a page,
    so nothing labels or uses that checkbox, and checkers rightly report an unnamed form field: drop it."""
    return page_html.replace(SEARCH_TOGGLE, "", 1)


EMPTY_SKIP = re.compile(r'(<div data-md-component="skip">)\s*(</div>)')
NOT_FOUND_HEADING = "page-not-found"


def with_skip_link(page_html: str, target_id: str = NOT_FOUND_HEADING) -> str:
    """Material prints a skip link only on pages with a table of contents; the 404 page needs one too."""
    link = f'<a href="#{target_id}" class="md-skip">Skip to content</a>'
    return EMPTY_SKIP.sub(lambda match: match.group(1) + link + match.group(2), page_html, count=1)


SKIP_AFTER_BODY = re.compile(r'(<body[^>]*>)(.*?)(<div data-md-component="skip">.*?</div>)', re.DOTALL)


def skip_link_first(page_html: str) -> str:
    """Material prints the menu's checkbox before the skip link, so a keyboard user meets "Menu" first:
    move the skip link to the start of the body. The checkbox's styles only need it before the page container."""
    return SKIP_AFTER_BODY.sub(lambda match: match.group(1) + match.group(3) + match.group(2), page_html, count=1)


MATERIAL_MAIN = '<main class="md-main" data-md-component="main">'


def main_holds_only_content(page_html: str) -> str:
    """Material's <main> wraps the menus and the table of contents as well as the page, so a screen reader
    that jumps to main lands on some 70 menu links. main.html puts <main> around the content alone; the outer
    one becomes a <div>. It is the page's first <main> to open and, around the inner one, the last to close."""
    if MATERIAL_MAIN not in page_html:
        return page_html
    before, _, after = page_html.replace(MATERIAL_MAIN, '<div class="md-main" data-md-component="main">', 1).rpartition("</main>")
    return before + "</div>" + after


def robots_txt(audience: Audience, site_url: str | None) -> str:
    """The staff intranet asks every crawler to stay out; the public site points them at the sitemap."""
    if audience is Audience.staff:
        return "User-agent: *\nDisallow: /\n"
    sitemap = f"Sitemap: {site_url.rstrip('/')}/sitemap.xml\n" if site_url else ""
    return f"User-agent: *\nAllow: /\n{sitemap}"


def slim_theme_stylesheets(site_dir: Path) -> None:
    """Rewrite the theme's stylesheets with only the rules the built pages use; drop their source maps."""
    usage = Usage()
    for page in site_dir.rglob("*.html"):
        usage.add_html(page.read_bytes())
    for sheet in site_dir.glob(THEME_STYLESHEETS):
        sheet.write_text(purge_css(sheet.read_text(encoding="utf-8"), usage), encoding="utf-8")
        sheet.with_name(sheet.name + ".map").unlink(missing_ok=True)
