"""Options for the phb plugin in mkdocs.yml. Unknown options are reported by MkDocs."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

PRINT_FORMATS_VARIABLE = "PHB_PRINT_FORMATS"
"""What mkdocs.yml reads print_formats from (`!ENV [PHB_PRINT_FORMATS, true]`)."""


class QualityFrameworkConfig(Config):
    missing = c.Choice(("warning", "error"), default="warning")
    """What a required Quality Framework item that an offer does not cover is: a warning (exit 0) or an error (exit 1)."""


class PhbConfig(Config):
    audience = c.Choice(("public", "staff"), default="public")
    """Which site to build. Set it with the PHB_AUDIENCE environment variable; public is the safe default."""
    staff_site_url = c.Optional(c.URL(is_dir=True))
    """The staff site's own address (PHB_STAFF_SITE_URL). Without it the staff site has no canonical links and no
    full addresses in its sitemap, so nothing in it points at the public site (whose address is site_url)."""
    offers_dir = c.Type(str, default="offers")
    """Folder of offer YAML files, relative to mkdocs.yml."""
    templates_dir = c.Type(str, default="theme/pages")
    """Folder of Jinja templates that draw the offer pages, relative to mkdocs.yml."""
    print_formats = c.Type(bool, default=True)
    """Make each offer's PDFs and plain text. `phb serve` turns this off (PHB_PRINT_FORMATS=false) so previews rebuild fast."""
    print_dir = c.Type(str, default="theme/print")
    """Folder of the print stylesheets for each offer's PDFs (print.css, large-print.css), relative to mkdocs.yml."""
    nav_order = c.ListOfItems(c.Type(str), default=[])
    """Content pages in navigation order; the word `offers` marks where the local offers go."""
    lean_css = c.Type(bool, default=True)
    """Drop the theme CSS rules that no page uses (about two thirds of mkdocs-material's stylesheet)."""
    checks = c.Type(dict, default={})
    """Thresholds for `phb check`, for example {reading_grade_error: 8}; see generator/checks/settings.py."""
    quality_framework = c.SubConfig(QualityFrameworkConfig)
    """How strict `phb report coverage` is, for example {missing: error} so CI stops when an offer misses a required item."""
    accessibility_statement = c.Optional(c.Type(dict))
    """The accessibility statement (accessibility.md), made from these settings and the last `phb check`.

    See generator/models/statement.py.
    """
