"""Small site-wide files whose content depends on the audience."""

from __future__ import annotations

from pathlib import Path

from .lean_css import Usage, purge_css
from .models import Audience
from .offer_pages import SEARCH_SCRIPT

THEME_STYLESHEETS = "assets/stylesheets/*.min.css"
OWN_SCRIPTS = frozenset({SEARCH_SCRIPT})


def is_unused_theme_asset(src_uri: str) -> bool:
    """Material's JavaScript (pages load none of it, see main.html) and its palette CSS (no palette is set)."""
    if src_uri.startswith("assets/javascripts/"):
        return src_uri not in OWN_SCRIPTS
    return src_uri.startswith("assets/stylesheets/palette.")


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
