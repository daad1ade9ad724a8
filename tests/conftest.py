"""Shared helpers: make a sample project from tests/fixtures/ and run the `phb` command on it."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import time_machine
from click.testing import CliRunner, Result
from overlay import lay_over

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE_FIXTURE = "valid-minimal"
TODAY = dt.date(2026, 12, 1)
"""The day every test runs on, whatever the clock says: review dates are checked against it."""
ERROR_LINE = re.compile(r"^[\w./-]+:\d+:\d+: [\w.\[\] ]+: .+ - .+$")
"""One problem with input, as `phb` prints it: path:line:column: field: what is wrong - how to fix it."""
PROGRESS_LINE = re.compile(r"^(?:(?:public|staff) site|checks): [\w -]+(?: \d+/\d+|\.\.\.)$")
"""How far `phb build` or `phb check` has gone, as it prints it on stderr away from a terminal (generator/console.py)."""


@dataclass
class SampleProject:
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    def phb(self, *args: str) -> Result:
        """Run `phb ARGS --config mkdocs.yml` in-process, as a comms team would from the project folder, on TODAY."""
        return phb(*args, "--config", str(self.config))

    def site(self, audience: str) -> Path:
        return self.root / "site" / audience


def phb(*args: str) -> Result:
    """Run `phb ARGS` in-process with today's date set to TODAY (PHB_TODAY), so no test depends on the day it runs."""
    return CliRunner().invoke(main, list(args), env={"PHB_TODAY": TODAY.isoformat()})


def make_project(destination: Path, scenario: str = BASE_FIXTURE) -> SampleProject:
    """valid-minimal with the scenario's files laid over it, the repository's theme and mkdocs.yml."""
    shutil.copytree(FIXTURES / BASE_FIXTURE, destination)
    if scenario != BASE_FIXTURE:
        lay_over(FIXTURES / scenario, destination)  # whole files copied, overlays merged (tests/overlay.py)
    shutil.copytree(REPO / "theme", destination / "theme")  # copies, not links: the tool refuses links
    easy_read = destination / "easy_read"
    easy_read.mkdir(exist_ok=True)
    if not (easy_read / "pictures.yaml").exists():  # the repository's Easy Read pictures, unless the scenario has its own
        shutil.copy(REPO / "easy_read" / "pictures.yaml", easy_read / "pictures.yaml")
    if not (easy_read / "pictures").exists():
        shutil.copytree(REPO / "easy_read" / "pictures", easy_read / "pictures")
    if not (destination / "mkdocs.yml").exists():
        shutil.copy(REPO / "mkdocs.yml", destination / "mkdocs.yml")
    for unwanted in ("expected-errors.txt", "README.md"):
        (destination / unwanted).unlink(missing_ok=True)
    return SampleProject(destination)


@pytest.fixture
def sample(tmp_path: Path) -> Callable[[str], SampleProject]:
    return lambda scenario=BASE_FIXTURE: make_project(tmp_path / scenario, scenario)


@pytest.fixture(scope="session")
def built_minimal(tmp_path_factory: pytest.TempPathFactory) -> SampleProject:
    project = make_project(tmp_path_factory.mktemp("built") / BASE_FIXTURE)
    result = project.phb("build")
    assert result.exit_code == 0, result.output
    return project


@pytest.fixture(scope="session")
def built_examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example offers and content, built once for the whole test run."""
    out = tmp_path_factory.mktemp("examples")
    result = phb("build", "--out", str(out), "--config", str(REPO / "mkdocs.yml"))
    assert result.exit_code == 0, result.output
    return out


def without_progress(stderr: str) -> list[str]:
    """What the command said on stderr besides how far it had gone: the problems, one line each."""
    return [line for line in stderr.splitlines() if not PROGRESS_LINE.match(line)]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def pytest_configure(config: pytest.Config) -> None:
    """PHB_TEST_CLOCK=YYYY-MM-DD runs the suite with the clock moved to that day (make test-clock-ahead)."""
    clock = os.environ.get("PHB_TEST_CLOCK")
    if clock:
        traveller = time_machine.travel(dt.datetime.fromisoformat(clock).replace(tzinfo=dt.UTC), tick=True)
        traveller.start()
        config.add_cleanup(traveller.stop)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs the bundled examples built (with their PDFs) belongs to the slow tier."""
    for item in items:
        if "built_examples" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
