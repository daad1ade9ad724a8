"""`phb check`: build both sites fresh, run every check, write site/reports/.

Adapter level (it builds with MkDocs); the checks themselves live in generator/checks/.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

from .building import Target, build_sites, load_site_config, source_checks, targets
from .checks.findings import Finding
from .checks.leaks import find_leaks, staff_only_text
from .checks.reports import Report, write_reports
from .checks.site_links import broken_site_links
from .checks.source import CheckResult, SourceChecks
from .models import Audience

REPORTS_FOLDER = "reports"


def run_source_checks(config_file: Path, today: dt.date | None = None) -> CheckResult:
    """The fast checks, without building: what `phb validate` runs."""
    return source_checks(config_file, today or dt.date.today()).run()


def run_check(config_file: Path, site: str, out: Path | None = None) -> tuple[Report, Path]:
    """Build the chosen sites, run the checks and write the reports; InvalidInput when the input is wrong."""
    checks = source_checks(config_file, dt.date.today())
    result = checks.run()
    chosen = targets(config_file, site, out)
    build_sites(config_file, chosen)
    findings = [*result.findings, *_built_site_findings(config_file, checks, chosen)]
    report = Report(sorted(findings), sorted(result.exemptions), result.pages, ["source", "built site"])
    folder = chosen[0].site_dir.parent / REPORTS_FOLDER
    write_reports(report, folder)
    return report, folder


def _built_site_findings(config_file: Path, checks: SourceChecks, chosen: list[Target]) -> list[Finding]:
    """Links between built pages, and no staff-only text anywhere in the public site."""
    site_url = load_site_config(config_file, Audience.public).site_url or "/"
    findings: list[Finding] = []
    for target in chosen:
        findings += broken_site_links(target.site_dir, urlsplit(site_url).path or "/")
        if target.audience is Audience.public:
            findings += find_leaks(target.site_dir, staff_only_text(checks.project, checks.to_html))
    return findings
