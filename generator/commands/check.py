"""`phb check`: build the sites fresh, run every check, write site/reports/.

Adapter level (it builds with MkDocs); the checks themselves live in generator/checks/.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from generator.checks.findings import Finding
from generator.checks.leaks import find_leaks, staff_only_text
from generator.checks.rendered import PageIssue, SitePages, run_browser_checks
from generator.checks.reports import Report, write_reports
from generator.checks.serving import page_files
from generator.checks.site_links import broken_site_links
from generator.checks.source import SourceChecks, locate_in
from generator.commands.build import build_sites
from generator.commands.workspace import Workspace
from generator.errors import Severity
from generator.models import Audience, CheckLayer
from generator.plugin.site_config import site_url_for
from generator.progress import Progress
from generator.publish.build_info import add_check_summary
from generator.publish.output_folder import Target

TAG = re.compile(r"<[^>]+>")
REPORTS_FOLDER = "reports"
CACHE_FILE = ".phb-cache/rendered-checks.json"
"""Beside mkdocs.yml: findings of pages that have not changed since the last run."""
CHECKS_PART = "checks"
"""The part of the progress that checks, apart from building the sites (generator.commands.build.site_part)."""
FIX_BROWSER_FINDING = "see the report for the part of the page; fix it in this file, or in theme/ if it is on every page"


def run_check(workspace: Workspace, site: str, progress: Progress, out: Path | None = None) -> tuple[Report, Path]:
    """Build the chosen sites, run every check and write the reports; InvalidInput when the input is wrong."""
    checks = workspace.source_checks
    chosen = workspace.targets(site, out)
    progress.part(CHECKS_PART)  # once the input is known to be good, so a problem is the only thing said
    progress("page checks", 0, 0)
    result = checks.run()
    build_sites(workspace.config_file, chosen, progress)
    progress.part(CHECKS_PART)
    progress("links and staff-only text", 0, 0)
    findings = [*result.findings, *_built_site_findings(workspace, checks, chosen)]
    directory_urls = workspace.config.use_directory_urls
    sites = [SitePages(t.audience.value, t.site_dir, page_files(t.site_dir), directory_urls) for t in chosen]
    issues = run_browser_checks(sites, workspace.config_file.parent / CACHE_FILE, progress)
    findings += _located(issues, checks)
    pages = sum(len(s.pages) for s in sites)
    report = Report(sorted(findings), sorted(result.exemptions), pages, workspace.today, {s.name: len(s.pages) for s in sites},
                    list(CheckLayer))
    folder = chosen[0].site_dir.parent / REPORTS_FOLDER
    write_reports(report, folder)
    for target in chosen:
        add_check_summary(target.site_dir, report.summary)
    return report, folder


def _built_site_findings(workspace: Workspace, checks: SourceChecks, chosen: list[Target]) -> list[Finding]:
    """Links between built pages, and no staff-only text anywhere in the public site."""
    findings: list[Finding] = []
    for target in chosen:
        site_url = site_url_for(workspace.config, target.audience) or "/"
        findings += broken_site_links(target.site_dir, urlsplit(site_url).path or "/")
        if target.audience is Audience.public:
            findings += find_leaks(target.site_dir, staff_only_text(checks.project, checks.to_html))
    return findings


def _located(issues: dict[str, list[PageIssue]], checks: SourceChecks) -> list[Finding]:
    """Browser findings, each pointing at the file that holds the words around it."""
    sources = {audience.value: checks.sources_by_built_page(audience) for audience in Audience}
    findings = []
    for name, page_issues in issues.items():
        site, page = name.split("/", 1)
        files = sources[site].get(page)
        for issue in page_issues:
            path, line, column = locate_in(_words(issue.context), files) if files else (f"site/{site}/{page}", 1, 1)
            findings.append(Finding(path, line, column, issue.check, issue.message.rstrip("."), FIX_BROWSER_FINDING,
                                    Severity(issue.severity), f"{site}:{page}", issue.wcag, issue.selector))
    return findings


def _words(html: str) -> str:
    """The text in a piece of HTML, to find where it is written."""
    return " ".join(TAG.sub(" ", html).split())
