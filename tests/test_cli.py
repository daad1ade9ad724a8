"""The `phb` command as comms teams use it: help, validate, new-offer."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner
from conftest import SampleProject, phb

from generator.cli import main
from generator.errors import InvalidInput
from generator.load.scaffold import write_new_offer


@pytest.mark.parametrize("command", ["build", "validate", "serve", "new-offer", "schema", "report coverage"])
def test_every_command_explains_itself(command: str) -> None:
    result = CliRunner().invoke(main, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) > 4


def test_validate_says_what_it_checked(sample) -> None:
    result = sample().phb("validate")
    assert result.exit_code == 0, result.output
    assert result.output.endswith("All 1 offers, 4 pages, 2 Easy Read pages and the accessibility statement are valid.\n")


def test_a_new_offer_is_valid_and_builds(sample) -> None:
    project: SampleProject = sample()
    result = phb("new-offer", "north-east", "--offers-dir", str(project.root / "offers"))
    assert result.exit_code == 0, result.output
    written = (project.root / "offers" / "north-east.yaml").read_text()
    assert written.startswith("# A personal health budget (PHB) local offer for North East.")
    validated = project.phb("validate")
    assert validated.exit_code == 0, validated.output
    assert validated.output.endswith("All 2 offers, 4 pages, 2 Easy Read pages and the accessibility statement are valid.\n")
    assert project.phb("build", "--site", "public").exit_code == 0
    assert (project.site("public") / "offers/north-east/contact/index.html").exists()


def test_new_offer_refuses_a_bad_id_or_an_existing_file(tmp_path) -> None:
    with pytest.raises(InvalidInput, match="cannot be an offer id"):
        write_new_offer("North East", tmp_path)
    write_new_offer("north-east", tmp_path, dt.date(2026, 11, 23))
    with pytest.raises(InvalidInput, match="already exists"):
        write_new_offer("north-east", tmp_path)


def test_build_can_write_one_site_elsewhere(sample, tmp_path) -> None:
    project = sample()
    result = project.phb("build", "--site", "staff", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out/staff/staff/index.html").exists()
    assert not (tmp_path / "out/public").exists()
