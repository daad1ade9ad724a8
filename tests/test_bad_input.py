"""Bad input gets one clear line per problem, exit code 2, no traceback, and no change to the built site.

Each scenario is a folder in tests/fixtures/ laid over valid-minimal; its
expected-errors.txt holds the exact lines `phb validate` must print.
"""

from __future__ import annotations

import hashlib

import pytest
from conftest import BASE_FIXTURE, ERROR_LINE, FIXTURES, files_under
from overlay import lay_over

SCENARIOS = sorted(d.name for d in FIXTURES.iterdir() if (d / "expected-errors.txt").exists())


def test_there_are_at_least_fifteen_bad_input_scenarios() -> None:
    assert len(SCENARIOS) >= 15


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_validate_reports_each_problem_on_one_line(sample, scenario: str) -> None:
    project = sample(scenario)
    result = project.phb("validate")
    expected = (FIXTURES / scenario / "expected-errors.txt").read_text().splitlines()
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:-1] == expected
    assert all(ERROR_LINE.match(line) for line in expected), expected
    assert "Traceback" not in result.output
    assert result.stderr.splitlines()[-1].startswith(f"Found {len(expected)} problem")


@pytest.mark.parametrize("scenario", ["bad-date", "broken-yaml", "link-to-missing-page"])
def test_build_on_bad_input_leaves_the_previous_site_untouched(sample, scenario: str) -> None:
    project = sample(BASE_FIXTURE)
    assert project.phb("build").exit_code == 0
    before = _fingerprint(project.root / "site")
    broken = FIXTURES / scenario
    lay_over(broken, project.root)

    result = project.phb("build")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[:-1] == (broken / "expected-errors.txt").read_text().splitlines()
    assert _fingerprint(project.root / "site") == before
    assert not list((project.root / "site").glob(".phb-*")), "temporary build folders were left behind"


def test_a_project_without_offers_is_refused(sample) -> None:
    project = sample()
    (project.root / "offers" / "minimal.yaml").unlink()
    result = project.phb("validate")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == "offers:1:1: offers: there are no offer files - add one with `phb new-offer ID`"


def test_an_unknown_plugin_option_is_a_clear_error(sample) -> None:
    project = sample()
    project.config.write_text(project.config.read_text().replace("offers_dir: offers", "offer_dir: offers"))
    result = project.phb("validate")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].startswith("mkdocs.yml:32:1: config: ")
    assert "offer_dir" in result.stderr
    assert "Traceback" not in result.output


def _fingerprint(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files_under(folder)}
