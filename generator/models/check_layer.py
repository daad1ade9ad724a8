"""The kinds of check `phb check` runs: named once for the check, its report and the accessibility statement."""

from __future__ import annotations

from enum import StrEnum


class CheckLayer(StrEnum):
    """One kind of check; report.json lists the layers that ran, by these values."""

    source = "source"
    """Each page's own words and structure, from its Markdown."""
    built_site = "built site"
    """Links between the built pages, and no staff-only text in the public site."""
    pa11y = "pa11y-ci"
    """pa11y-ci (axe and HTML_CodeSniffer) on each page in Chromium."""
    browser = "browser"
    """Our own checks in Chromium (browser/rendered-checks.mjs)."""


BROWSER_LAYERS = frozenset({CheckLayer.pa11y, CheckLayer.browser})
"""Without these a check has not seen the pages in a browser, so it cannot show compliance."""
