"""Small site-wide files whose content depends on the audience."""

from __future__ import annotations

from .models import Audience


def robots_txt(audience: Audience, site_url: str | None) -> str:
    """The staff intranet asks every crawler to stay out; the public site points them at the sitemap."""
    if audience is Audience.staff:
        return "User-agent: *\nDisallow: /\n"
    sitemap = f"Sitemap: {site_url.rstrip('/')}/sitemap.xml\n" if site_url else ""
    return f"User-agent: *\nAllow: /\n{sitemap}"
