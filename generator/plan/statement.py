"""The accessibility statement: the configuration's words plus what the last `phb check` found.

The statement never claims more than the check showed: with no check of a site it says
the site has not been tested, and it is fully compliant only when the last check found
no WCAG 2.2 AA failure on that site and no known issue says otherwise. Staff pages are
tested too, but only the statement of the staff site names them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from generator.load.last_check import Failure
from generator.load.statement import ACCESSIBILITY_PAGE, Statement
from generator.models import BROWSER_LAYERS, Audience, CheckLayer, IssueKind
from generator.models.wcag import CRITERIA, Criterion
from generator.plan.offer_pages import PagePlan
from generator.plan.page_details import OTHER_FORMATS_PAGE
from generator.plan.urls import built_page_url

STATEMENT_TEMPLATE = "accessibility.md"
STATEMENT_TITLE = "Accessibility statement"
PAGES_LISTED = 10
"""Pages named for each failed criterion; more are counted, so the statement stays readable."""


class Compliance(str, Enum):
    full = "full"
    partial = "partial"
    unknown = "unknown"
    """Not tested yet (or not in a browser), so not known to comply."""


@dataclass(frozen=True)
class PageLink:
    title: str
    src_uri: str | None
    """None for a page the check saw that is no longer in the site: it is named, not linked."""


@dataclass(frozen=True)
class FailedCriterion:
    criterion: Criterion | None
    """None for failures the tools did not link to a success criterion."""
    pages: list[PageLink]
    more_pages: int
    """How many more pages fail it than are listed."""


def plan_statement(statement: Statement, audience: Audience, pages: Mapping[str, PageLink], contact_uri: str,
                   use_directory_urls: bool = True) -> PagePlan:
    """The statement page of one site; `pages` are that site's pages by where they are built,
    `contact_uri` the page with the local team's contact details."""
    settings, check = statement.settings, statement.last_check
    pages_tested = check.sites.get(audience.value, 0) if check else 0
    failed = _failed_criteria(check.failures, audience, pages, use_directory_urls) if check and pages_tested else []
    context = {
        "statement": settings,
        "check": check if pages_tested else None,
        "pages_tested": pages_tested,
        "compliance": _compliance(statement, pages_tested, failed),
        "failed": failed,
        "issues": {kind.value: [i for i in settings.known_issues if i.why is kind] for kind in IssueKind},
        "other_formats": OTHER_FORMATS_PAGE if any(p.src_uri == OTHER_FORMATS_PAGE for p in pages.values()) else None,
        "contact_page": contact_uri,
        "layer": CheckLayer,
    }
    return PagePlan(ACCESSIBILITY_PAGE, STATEMENT_TITLE, STATEMENT_TEMPLATE, Audience.public, context, upkeep=settings)


def _compliance(statement: Statement, pages_tested: int, failed: list[FailedCriterion]) -> Compliance:
    check = statement.last_check
    if check is None or not pages_tested or not set(check.layers) >= BROWSER_LAYERS:
        return Compliance.unknown
    falls_short = {IssueKind.non_compliance, IssueKind.disproportionate_burden}
    if failed or any(issue.why in falls_short for issue in statement.settings.known_issues):
        return Compliance.partial
    return Compliance.full


def _failed_criteria(failures: tuple[Failure, ...], audience: Audience, pages: Mapping[str, PageLink],
                     use_directory_urls: bool) -> list[FailedCriterion]:
    """Each WCAG 2.2 A or AA criterion the site failed, with its pages (level AAA is not required)."""
    by_criterion: dict[str, set[PageLink]] = defaultdict(set)
    for failure in failures:
        page = _page_of(failure.page, audience, pages, use_directory_urls)
        if page is None:
            continue
        listed = [number.strip() for number in failure.wcag.split(",") if number.strip()]
        required = [number for number in listed if number in CRITERIA]
        if not listed and failure.check.startswith("WCAG"):
            required = [""]
        for number in required:
            by_criterion[number].add(page)
    order = [*CRITERIA, ""]
    return [FailedCriterion(CRITERIA.get(number), sorted(found, key=lambda p: p.title.lower())[:PAGES_LISTED],
                            max(0, len(found) - PAGES_LISTED))
            for number, found in sorted(by_criterion.items(), key=lambda item: order.index(item[0]))]


def _page_of(found_on: str, audience: Audience, pages: Mapping[str, PageLink], use_directory_urls: bool) -> PageLink | None:
    """The page of this site a finding is about; None for the other site's pages, which this statement never names."""
    site, _, page = found_on.rpartition(":")
    if site and site != audience.value:
        return None
    if page in pages:
        return pages[page]
    return PageLink(f"/{built_page_url(page, use_directory_urls)}", None) if site else None
