"""What `phb serve` shows in the browser, so comms teams need not watch the terminal.

When the sources have problems, every page of the preview lists them (the home page and
each page the last good preview had, so the page an editor has open shows them too); it
updates when the files are saved. When they are valid, each page shows the page checks' findings
about it in a box at the top. Neither ever reaches a built site: `phb build` does not
preview.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from generator.checks.findings import Finding
from generator.errors import Problem, Severity
from generator.load.project import Project
from generator.models import Audience
from generator.plan.offer_pages import PagePlan
from generator.plan.site import SitePlan
from generator.plugin.site_config import source_checks_for

PROBLEMS_PAGE = "index.md"
PROBLEMS_TITLE = "The preview could not be updated"
TODAY_VARIABLE = "PHB_TODAY"
"""The date `phb serve --today` checks review dates against (phb passes it to MkDocs this way)."""


def problems_plan(audience: Audience, problems: list[Problem], known_pages: Iterable[str] = ()) -> SitePlan:
    """In place of the site that could not be built: the list of every problem, at the home page and at each known page."""
    uris = [PROBLEMS_PAGE, *sorted(set(known_pages) - {PROBLEMS_PAGE})]
    pages = [PagePlan(uri, PROBLEMS_TITLE, "preview_problems.md", context={"problems": problems}) for uri in uris]
    return SitePlan(audience, [], [], pages, [{PROBLEMS_TITLE: PROBLEMS_PAGE}], [], {}, {})


def findings_by_page(config: Any, project: Project) -> dict[str, list[Finding]]:
    """The page checks' findings, keyed by the built page they are about (offers/x/index.html), errors first."""
    pages: dict[str, list[Finding]] = defaultdict(list)
    for finding in source_checks_for(config, project, preview_today()).run().findings:
        pages[finding.page].append(finding)
    return {page: sorted(found, key=lambda f: f.severity is not Severity.error) for page, found in pages.items()}


def preview_today() -> dt.date:
    """PHB_TODAY when `phb serve --today` set it (phb has checked it is a date), else the real date."""
    given = os.environ.get(TODAY_VARIABLE)
    return dt.date.fromisoformat(given) if given else dt.date.today()
