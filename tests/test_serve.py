"""`phb serve` shows problems and check findings in the browser preview, and recovers when they are fixed."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import TODAY, SampleProject, files_under

from generator.plugin.preview import PROBLEMS_TITLE

pytestmark = pytest.mark.browser

PHB = Path(sys.executable).with_name("phb")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, test: Callable[[str], bool], seconds: float = 60) -> str:
    """The page at `url` once `test` accepts it; fail after `seconds`."""
    deadline = time.monotonic() + seconds
    text = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                text = response.read().decode("utf-8")
            if test(text):
                return text
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"{url} never showed what was expected; last seen:\n{text[:2000]}")


@pytest.fixture
def preview(sample) -> Iterator[tuple[SampleProject, str]]:
    project: SampleProject = sample()
    port = free_port()
    with open(project.root / "serve.log", "wb") as log:
        server = subprocess.Popen([str(PHB), "serve", "--dev-addr", f"127.0.0.1:{port}", "--config", str(project.config),
                                   "--today", TODAY.isoformat()],
                                  cwd=project.root, stdout=log, stderr=subprocess.STDOUT)
        try:
            yield project, f"http://127.0.0.1:{port}/"
        finally:
            server.terminate()
            server.wait(timeout=30)


def test_the_preview_shows_check_findings_then_problems_then_recovers(preview) -> None:
    project, address = preview
    contact = wait_for(address + "offers/minimal/contact/", lambda page: "Contact the" in page)
    assert "Preview: the page checks found" in contact and "AIS-READING-AGE" in contact

    offer = project.root / "offers/minimal.yaml"
    good = offer.read_text()
    offer.write_text(good.replace("start: 2026-04-01", "start: 2026-02-30"))
    problems = wait_for(address, lambda page: "The preview could not be updated" in page)
    assert "<code>offers/minimal.yaml</code> line 11, <code>period.start</code>" in problems
    assert "How to fix it: write the date as YYYY-MM-DD" in problems

    offer.write_text(good)
    wait_for(address + "offers/minimal/contact/", lambda page: "Contact the" in page)


def test_a_built_site_never_carries_the_preview(built_minimal: SampleProject) -> None:
    for file in files_under(built_minimal.root / "site"):
        if file.suffix in {".html", ".json"}:
            assert "phb-preview" not in file.read_text(encoding="utf-8"), file


def test_every_page_the_editor_has_open_shows_the_problems(preview) -> None:
    project, address = preview
    pages = ["offers/minimal/contact/", "other-formats/", "offers/minimal/support/type/advocacy/"]
    for page in pages:
        wait_for(address + page, lambda text: PROBLEMS_TITLE not in text)

    offer = project.root / "offers/minimal.yaml"
    good = offer.read_text()
    offer.write_text(good.replace("start: 2026-04-01", "start: 2026-02-30"))
    for page in pages:
        shown = wait_for(address + page, lambda text: PROBLEMS_TITLE in text)
        assert "<code>offers/minimal.yaml</code> line 11, <code>period.start</code>" in shown, page

    offer.write_text(good)
    assert "Contact the" in wait_for(address + pages[0], lambda text: PROBLEMS_TITLE not in text)
