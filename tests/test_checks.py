"""`phb validate` and `phb check` find each seeded problem, name its check and line, and exit 1.

Each scenario is a folder in tests/fixtures/ laid over valid-minimal with one known
problem; its expected-findings.txt lists `path:line:column: CHECK-ID` of every error.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from conftest import FIXTURES

from generator.checks.leaks import find_leaks, staff_only_text
from generator.checks.site_links import broken_site_links
from generator.commands.workspace import Workspace

SCENARIOS = sorted(d.name for d in FIXTURES.iterdir() if (d / "expected-findings.txt").exists())
ERROR = re.compile(r"^(\S+:\d+:\d+: [A-Z0-9-]+(?:-[\w-]+)?): (?!warning:)")


def error_lines(output: str) -> list[str]:
    return sorted(match.group(1) for line in output.splitlines() if (match := ERROR.match(line)))


def test_the_minimal_project_passes_the_source_checks(sample) -> None:
    result = sample().phb("validate")
    assert result.exit_code == 0, result.output
    assert error_lines(result.output) == []


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_each_seeded_problem_is_reported_with_its_check_and_line(sample, scenario: str) -> None:
    result = sample(scenario).phb("validate")
    expected = (FIXTURES / scenario / "expected-findings.txt").read_text().splitlines()
    assert result.exit_code == 1, result.output
    assert error_lines(result.output) == sorted(expected)
    assert "Traceback" not in result.output


@pytest.mark.browser
def test_a_page_may_switch_a_check_off_with_a_reason_and_the_report_lists_it(sample) -> None:
    project = sample("check-exemption")
    result = project.phb("check", "--site", "public")
    assert result.exit_code == 0, result.output
    report = json.loads((project.root / "site/reports/report.json").read_text())
    exemption = {"path": "content/extra.md", "check": "AIS-SENTENCE-LENGTH", "reason": "the wording is set by the regulations"}
    assert exemption in report["exemptions"]
    assert "the wording is set by the regulations" in (project.root / "site/reports/report.html").read_text()


@pytest.mark.browser
def test_check_writes_reports_for_people_and_for_ci(sample) -> None:
    project = sample("check-long-sentence")
    result = project.phb("check", "--site", "public")
    assert result.exit_code == 1
    reports = project.root / "site/reports"
    data = json.loads((reports / "report.json").read_text())
    assert data["summary"]["errors"] == 2
    assert json.loads((project.root / "site/public/build.json").read_text())["checks"] == data["summary"]
    [finding] = [f for f in data["findings"] if f["check"] == "AIS-SENTENCE-LENGTH"]
    where = {key: finding[key] for key in ("path", "line", "column", "check", "page", "severity")}
    assert where == {"path": "content/extra.md", "line": 12, "column": 1, "check": "AIS-SENTENCE-LENGTH",
                     "page": "extra/index.html", "severity": "error"}
    suite = ET.parse(reports / "junit.xml").getroot()
    failures = suite.findall("testcase/failure")
    assert suite.get("failures") == "2" and {f.get("type") for f in failures} == {"AIS-READING-AGE", "AIS-SENTENCE-LENGTH"}
    page = (reports / "report.html").read_text()
    assert '<html lang="en">' in page and "2 problems to fix" in page and "split it into two or more sentences" in page


def test_staff_only_text_is_found_wherever_it_leaks(built_minimal, tmp_path) -> None:
    checks = Workspace(built_minimal.config, dt.date(2026, 11, 24)).source_checks
    staff_text = staff_only_text(checks.project, checks.to_html)
    public = tmp_path / "public"
    shutil.copytree(built_minimal.site("public"), public)
    assert list(find_leaks(public, staff_text)) == []
    leaked = next(text for text in staff_text if "CANARY" in text)
    (public / "search/search_index.json").write_text(f'{{"docs": [{{"text": "{leaked}"}}]}}')
    [finding] = find_leaks(public, staff_text)
    assert finding.check == "STAFF-LEAK" and finding.page == "search/search_index.json"


def test_links_between_built_pages_are_checked(built_minimal, tmp_path) -> None:
    site = tmp_path / "public"
    shutil.copytree(built_minimal.site("public"), site)
    assert list(broken_site_links(site)) == []
    (site / "extra.html").write_text('<a href="offers/">ok</a> <a href="nowhere/">bad</a> <a href="offers/#not-there">bad</a>')
    assert [f.message for f in broken_site_links(site)] == [
        "the link to nowhere/ leads to a page that does not exist",
        "the link to offers/#not-there goes to #not-there, which is not on that page",
    ]


def test_a_misspelt_check_setting_is_a_clear_error(sample) -> None:
    project = sample()
    config = project.config.read_text()
    project.config.write_text(config.replace("reading_grade_error: 8", "reading_grade_eror: 8"))
    result = project.phb("validate")
    line = next(number for number, text in enumerate(config.splitlines(), 1) if "reading_grade_error:" in text)
    assert result.exit_code == 2
    assert f"mkdocs.yml:{line}:9: reading_grade_eror: " in result.output
    assert "did you mean 'reading_grade_error'?" in result.output


def test_a_sentence_split_by_a_comma_in_a_list_between_brackets_is_a_warning(sample) -> None:
    """`[Tell us if your needs change, or if you move house.]` is valid YAML with two items; validate says so."""
    project = sample("check-split-sentence")
    result = project.phb("validate")

    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "YAML-SPLIT-SENTENCE" in line]
    assert said == [
        'offers/minimal.yaml:52:54: YAML-SPLIT-SENTENCE: warning: options.notional.responsibilities[1]: this list is '
        'written between [ ] and an item starts with "or if you move house.": a comma split one sentence into two items '
        '(on the page offers/minimal/index.html) - write the list one item per line starting with "- ", or put the '
        'sentence in quotes']
    offer = project.root / "offers/minimal.yaml"
    line = offer.read_text(encoding="utf-8").splitlines()[51]
    assert line[53:].startswith("or if you move house.")
    quoted = line.replace("[Tell us if your needs change, or if you move house.]",
                          '["Tell us if your needs change, or if you move house."]')
    offer.write_text(offer.read_text(encoding="utf-8").replace(line, quoted), encoding="utf-8")
    assert "YAML-SPLIT-SENTENCE" not in project.phb("validate").output


def test_lists_of_names_between_brackets_are_not_split_sentences(sample) -> None:
    assert "YAML-SPLIT-SENTENCE" not in sample().phb("validate").output  # [easy_read, large_print], [North Test, South Test]
