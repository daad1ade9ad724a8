"""The accessibility statement is made from mkdocs.yml and the last `phb check`, and never claims more than it showed.

Scenarios: no check yet (valid-minimal), a check that found errors (statement-errors-found)
and a clean check (statement-clean-check); each fixture's report.json is what `phb check`
writes to site/reports/report.json.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from conftest import FIXTURES, SampleProject, files_under

from generator.checks.findings import Finding
from generator.checks.reports import Report, write_reports
from generator.errors import Severity
from generator.load.last_check import Failure, LastCheck, read_last_check
from generator.models.wcag import CRITERIA

FOOTER_LINK = re.compile(r'<li><a href="([^"]*)">Accessibility statement</a></li>')


def with_report(project: SampleProject, scenario: str) -> SampleProject:
    reports = project.root / "site/reports"
    reports.mkdir(parents=True)
    shutil.copy(FIXTURES / scenario / "report.json", reports / "report.json")
    return project


def statement(project: SampleProject, audience: str = "public") -> str:
    """The statement's words, without the theme around them."""
    html = (project.site(audience) / "accessibility/index.html").read_text()
    article = html[html.index("<article"):html.index("</article>")]
    return " ".join(re.sub(r"<[^>]+>", " ", article).split())


def build(project: SampleProject) -> SampleProject:
    result = project.phb("build")
    assert result.exit_code == 0, result.output
    return project


def test_before_any_check_the_statement_says_the_site_is_not_tested(built_minimal) -> None:
    for audience in ("public", "staff"):
        words = statement(built_minimal, audience)
        assert "We have not tested this website yet." in words
        assert "We do not know yet if this website meets them." in words
        assert "compliant" not in words


def test_a_check_with_errors_makes_the_site_partially_compliant_and_lists_criteria_and_pages(sample) -> None:
    project = build(with_report(sample("statement-errors-found"), "statement-errors-found"))
    words = statement(project)
    assert "This website is partially compliant with WCAG 2.2 at level AA." in words
    assert "We last tested this website on 20 November 2026." in words and "tested all 40 pages" in words
    assert "pa11y-ci" in words and "axe and HTML_CodeSniffer" in words and "axe-core" in words and "Chromium" in words
    contrast = words[words.index("Contrast (Minimum)"):words.index("Other problems our testing tools found")]
    assert "(WCAG 2.2 success criterion 1.4.3)" in contrast and "does not stand out enough" in contrast
    assert "found this on: Contact the Personal Health Budgets Team Personal health budgets" in contrast, "page titles, A to Z"
    assert "Non-text Content" in words and "/gone/" in words, "a page gone since the check is named by its address"
    assert "Other formats" in words[words.index("Other problems our testing tools found"):]
    assert "3.1.4" not in words and "Abbreviations" not in words, "level AAA is not required"
    assert "2.4.7" not in words, "warnings are not failures"
    assert "2.5.8" not in words and "Target Size" not in words, "the public statement never names staff pages"


def test_the_staff_statement_names_the_staff_sites_failures(sample) -> None:
    project = build(with_report(sample("statement-errors-found"), "statement-errors-found"))
    words = statement(project, "staff")
    assert "Target Size (Minimum)" in words and "tested all 45 pages" in words
    assert "Contrast (Minimum)" not in words, "browser findings of the public site are the public site's"


def test_a_clean_check_makes_the_site_fully_compliant(sample) -> None:
    project = build(with_report(sample("statement-clean-check"), "statement-clean-check"))
    words = statement(project)
    assert "This website is fully compliant with WCAG 2.2 at level AA." in words
    assert "We last tested this website on 21 November 2026." in words
    assert "Problems that do not meet the rules" not in words
    assert "Content that the rules do not cover" in words, "known issues from mkdocs.yml are still listed"


def test_a_known_issue_that_fails_wcag_makes_a_clean_site_partially_compliant(sample) -> None:
    project = with_report(sample("statement-clean-check"), "statement-clean-check")
    config = project.config.read_text()
    project.config.write_text(config.replace("            why: not_in_scope\n            plan:",
                                             "            why: non_compliance\n            criteria: [1.1.1]\n            plan:", 1))
    words = statement(build(project))
    assert "This website is partially compliant" in words
    assert "This does not meet WCAG 2.2 success criterion 1.1.1." in words


@pytest.mark.parametrize(("old", "new", "field", "message"), [
    ("        response_days: 10", "        response_day: 10", "accessibility_statement.response_day",
     "is not a field we know - check the spelling; did you mean 'response_days'?"),
    ("            why: not_in_scope\n            plan:", "            why: out_of_scope\n            plan:",
     "accessibility_statement.known_issues[0].why", "'out_of_scope' is not one of the allowed values"),
])
def test_a_wrong_statement_setting_is_a_clear_error_with_its_line(sample, old: str, new: str, field: str, message: str) -> None:
    project = sample()
    config = project.config.read_text()
    assert old in config
    project.config.write_text(config.replace(old, new, 1))
    line = config[:config.index(old)].count("\n") + 1
    result = project.phb("build")
    assert result.exit_code == 2, result.output
    assert re.search(rf"^mkdocs.yml:{line}:\d+: {re.escape(field)}: {re.escape(message)}", result.output, re.MULTILINE), result.output
    assert "Traceback" not in result.output


def test_a_report_that_cannot_be_read_is_a_clear_error(sample) -> None:
    project = sample()
    reports = project.root / "site/reports"
    reports.mkdir(parents=True)
    (reports / "report.json").write_text('{"summary": {"pages": 3, "errors": 0, "warnings": 0, "layers": []}, "findings": []}\n')
    result = project.phb("validate")
    assert result.exit_code == 2
    assert "site/reports/report.json:1:1: summary.checked_on: is required but missing - run `phb check` again" in result.output


def test_a_hand_written_statement_is_refused_while_it_is_generated(sample) -> None:
    project = sample()
    shutil.copy(project.root / "content/other-formats.md", project.root / "content/accessibility.md")
    result = project.phb("validate")
    assert result.exit_code == 2
    expected = "content/accessibility.md:1:1: page: the accessibility statement is made from accessibility_statement: in mkdocs.yml"
    assert expected in result.output


def test_the_statement_easy_read_pair_is_checked_where_it_is_written(sample) -> None:
    project = sample()
    config = project.config.read_text()
    setting = "        easy_read: easy_read/accessibility.md"
    line = config[:config.index(setting)].count("\n") + 1
    assert "AIS-EASY-READ" not in project.phb("validate").output
    (project.root / "easy_read/accessibility.md").rename(project.root / "easy_read/statement.md")
    result = project.phb("validate")
    assert result.exit_code == 1
    assert f"mkdocs.yml:{line}:9: AIS-EASY-READ: the Easy Read version easy_read/accessibility.md does not exist" in result.output


def test_every_page_of_both_sites_links_to_the_statement(built_minimal) -> None:
    for audience in ("public", "staff"):
        site = built_minimal.site(audience)
        pages = [p for p in files_under(site) if p.suffix == ".html"]
        assert len(pages) > 20
        for page in pages:
            [href] = FOOTER_LINK.findall(page.read_text())
            target = site / href.lstrip("/") if href.startswith("/") else page.parent / href
            assert (target / "index.html").resolve() == (site / "accessibility/index.html").resolve(), page


def test_the_statement_shows_its_review_dates_owner_and_contact_like_every_page(built_minimal) -> None:
    for audience in ("public", "staff"):
        html = (built_minimal.site(audience) / "accessibility/index.html").read_text()
        assert 'Page last reviewed: <time datetime="2026-10-12">12 October 2026</time>' in html
        assert 'Next review due: <time datetime="2027-04-12">12 April 2027</time>' in html
        assert "Page owner: Personal Health Budgets Team" in html
        assert "Written with:" in html and "Carers Together Westshire" in html
        assert "Contact us" in html and "0113 496 0001" in html


def test_what_phb_check_writes_is_what_the_statement_reads(tmp_path) -> None:
    found = [Finding("content/index.md", 3, 1, "WCAG-IMAGE-ALT", "no alt text", "add it", Severity.error, "index.html", "1.1.1"),
             Finding("content/index.md", 4, 1, "AIS-READING-AGE", "hard to read", "simpler words", Severity.warning, "index.html")]
    write_reports(Report(found, [], 7, dt.date(2026, 11, 20), {"public": 3, "staff": 4}, ["source", "pa11y-ci", "browser"]), tmp_path)
    check = read_last_check(tmp_path / "report.json", "site/reports/report.json")
    assert check == LastCheck(dt.date(2026, 11, 20), {"public": 3, "staff": 4}, ("source", "pa11y-ci", "browser"),
                              (Failure("WCAG-IMAGE-ALT", "index.html", "1.1.1"),))
    assert read_last_check(tmp_path / "missing.json", "missing.json") is None


def test_a_configured_contact_is_where_people_ask_and_report(sample) -> None:
    project = sample()
    config = project.config.read_text()
    contact = ("        contact:\n          name: Digital Accessibility Team\n"
               "          channels: [{type: email, value: accessibility@example.org}]\n")
    project.config.write_text(config.replace("        response_days: 10", contact + "        response_days: 10"))
    build(project)
    words = statement(project)
    assert "Contact us: Digital Accessibility Team Email: accessibility@example.org" in words
    assert "Use the contact details above. We will reply within 10 working days." in words
    assert 'href="mailto:accessibility@example.org"' in (project.site("public") / "accessibility/index.html").read_text()


def test_each_criterion_is_explained_in_one_short_sentence() -> None:
    assert len(CRITERIA) == 55, "WCAG 2.2 has 55 success criteria at levels A and AA"
    for criterion in CRITERIA.values():
        assert criterion.level in ("A", "AA") and len(criterion.problem.split()) <= 20, criterion.number
