"""`phb build` and `phb check` say how far they have gone and how long each stage took.

On a terminal that is a progress bar; anywhere else (CI, a pipe, these tests) plain lines.
The tests never look at how long anything took, only that each stage is named.
"""

from __future__ import annotations

import io
import re

import pytest
from conftest import without_progress
from rich.console import Console

from generator.console import PLAIN_LINE_PERIOD, ConsoleProgress

SECONDS = r"\d+\.\d s"


@pytest.fixture(autouse=True)
def _no_print_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHB_PRINT_FORMATS", "false")  # the PDFs take seconds and are timed like any other format


def test_build_shows_each_stage_as_it_goes_and_how_long_each_took(sample) -> None:
    result = sample().phb("build")

    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    for site in ("public", "staff"):
        assert f"{site} site: validate..." in lines
        for stage in ("other formats", "pages"):
            said = [line for line in lines if line.startswith(f"{site} site: {stage} ")]
            total = said[0].removeprefix(f"{site} site: {stage} 0/")
            assert int(total) > 2 and said[-1] == f"{site} site: {stage} {total}/{total}"
        assert re.search(rf"^Built the {site} site in \S+ \(1 offers\): {SECONDS} "
                         rf"\(validate {SECONDS}, other formats {SECONDS}, pages {SECONDS}\)\.$", result.stdout, re.M)


def test_a_build_without_its_print_formats_says_so_last(sample) -> None:
    result = sample().phb("build", "--site", "public")

    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == ("The PDFs, large print and plain text were left out (PHB_PRINT_FORMATS=false, "
                                              "or print_formats: false in mkdocs.yml): do not publish this site.")


def test_a_build_with_its_print_formats_ends_with_what_it_built(sample, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHB_PRINT_FORMATS")
    result = sample().phb("build", "--site", "public")

    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith("Built the public site in ")
    assert "left out" not in result.output


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_come_at_the_start_the_end_and_now_and_then_in_between() -> None:
    out, clock = io.StringIO(), Clock()
    progress = ConsoleProgress(Console(file=out, width=200), clock)
    progress.part("public site")
    progress("pages", 0, 100)
    for done in range(1, 100):
        clock.now += PLAIN_LINE_PERIOD / 4
        progress("pages", done, 100)
    progress("pages", 100, 100)
    progress.close()

    lines = out.getvalue().splitlines()
    assert lines[0] == "public site: pages 0/100" and lines[-1] == "public site: pages 100/100"
    assert "public site: pages 4/100" in lines and "public site: pages 5/100" not in lines
    assert len(lines) == 2 + 99 // 4
    assert re.fullmatch(rf"{SECONDS} \(pages {SECONDS}\)", progress.summary("public site"))


def test_a_part_that_comes_back_adds_up_its_stages() -> None:
    clock = Clock()
    progress = ConsoleProgress(Console(file=io.StringIO()), clock)
    for stage in ("page checks", "pa11y-ci"):
        progress.part("checks")
        progress(stage, 0, 0)
        clock.now += 2
        progress.part("public site")
        progress("pages", 0, 1)
        clock.now += 1
    progress.close()

    assert progress.summary("checks") == "4.0 s (page checks 2.0 s, pa11y-ci 2.0 s)"
    assert progress.summary("public site") == "2.0 s (pages 2.0 s)"


def test_a_terminal_gets_a_bar_instead_of_lines() -> None:
    out = io.StringIO()
    progress = ConsoleProgress(Console(file=out, force_terminal=True, width=100))
    progress.part("public site")
    progress("pages", 0, 3)
    progress("pages", 3, 3)
    progress.close()

    shown = out.getvalue()
    assert "public site: pages" in shown and "3/3" in shown
    assert "pages 0/3" not in shown


def test_every_progress_line_is_told_apart_from_a_problem(sample) -> None:
    """Tests, and people reading CI logs, can set the progress aside and find the one line per problem."""
    result = sample().phb("build", "--site", "public")
    assert result.stderr and without_progress(result.stderr) == []


@pytest.mark.browser
def test_check_shows_the_pages_checked_and_ends_with_the_time_of_each_stage(sample) -> None:
    result = sample().phb("check", "--site", "public")

    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    for tool in ("pa11y-ci", "browser checks"):
        said = [line for line in lines if line.startswith(f"checks: {tool} ")]
        total = said[0].removeprefix(f"checks: {tool} 0/")
        assert int(total) > 10 and said[-1] == f"checks: {tool} {total}/{total}"
    assert re.search(rf"^Built the public site: {SECONDS} \(validate {SECONDS}, other formats {SECONDS}, pages {SECONDS}\)\.$",
                     result.stdout, re.M)
    assert re.search(rf"^Checked {total} pages in {SECONDS} \(page checks {SECONDS}, links and staff-only text {SECONDS}, "
                     rf"pa11y-ci {SECONDS}, browser checks {SECONDS}\): 0 errors, ", result.stdout, re.M)
