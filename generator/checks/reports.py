"""Reports of a check run: report.json for machines, report.html for people, junit.xml for CI."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import jinja2

from generator.checks.findings import Exemption, Finding
from generator.errors import Severity
from generator.models import CheckLayer


@dataclass
class Report:
    findings: list[Finding]
    exemptions: list[Exemption]
    pages: int
    """How many pages were checked."""
    checked_on: dt.date
    """The day of the check: the accessibility statement says when the site was last tested."""
    sites: dict[str, int] = field(default_factory=dict)
    """How many pages of each site were checked, for example {"public": 120, "staff": 130}."""
    layers: list[CheckLayer] = field(default_factory=list)
    """Which kinds of check ran."""

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.error]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.warning]

    @property
    def summary(self) -> dict[str, object]:
        return {"pages": self.pages, "errors": len(self.errors), "warnings": len(self.warnings), "layers": self.layers,
                "checked_on": self.checked_on.isoformat(), "sites": self.sites}

    def by_page(self) -> dict[str, list[Finding]]:
        pages: dict[str, list[Finding]] = defaultdict(list)
        for finding in sorted(self.findings, key=lambda f: (f.page, f.severity is not Severity.error, f.path, f.line)):
            pages[finding.page or finding.path].append(finding)
        return dict(sorted(pages.items()))


def write_reports(report: Report, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(_json(report), encoding="utf-8")
    (folder / "report.html").write_text(_html(report), encoding="utf-8")
    (folder / "junit.xml").write_bytes(_junit(report))


def _json(report: Report) -> str:
    data = {
        "summary": report.summary,
        "findings": [{**asdict(f), "severity": f.severity.value} for f in report.findings],
        "exemptions": [asdict(e) for e in sorted(report.exemptions)],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _html(report: Report) -> str:
    env = jinja2.Environment(loader=jinja2.PackageLoader("generator.checks", "."), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    return env.get_template("report.html").render(report=report)


def _junit(report: Report) -> bytes:
    """One test case per page and check, so CI lists each failing page with what to fix."""
    suite = ET.Element("testsuite", name="phb check", tests="0", failures="0")
    cases = 0
    failures = 0
    for page, findings in report.by_page().items():
        for check in sorted({f.check for f in findings}):
            cases += 1
            case = ET.SubElement(suite, "testcase", classname=page, name=check)
            errors = [f for f in findings if f.check == check and f.severity is Severity.error]
            if errors:
                failures += 1
                failure = ET.SubElement(case, "failure", message=errors[0].message, type=check)
                failure.text = "\n".join(str(f) for f in errors)
            warnings = [f for f in findings if f.check == check and f.severity is Severity.warning]
            if warnings:
                ET.SubElement(case, "system-out").text = "\n".join(str(f) for f in warnings)
    suite.set("tests", str(cases))
    suite.set("failures", str(failures))
    junit: bytes = ET.tostring(suite, encoding="utf-8", xml_declaration=True)
    return junit
