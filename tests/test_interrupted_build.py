"""A build killed part-way leaves the last published site exactly as it was; the next build cleans up after it."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import files_under

pytestmark = pytest.mark.slow

PHB = Path(sys.executable).parent / "phb"


def fingerprint(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in files_under(site)}


def staging_folders(site_root: Path) -> list[Path]:
    return sorted(site_root.glob(".phb-build-*"))


def wait_for_a_half_built_site(site_root: Path, build: subprocess.Popen, timeout: float = 120) -> None:
    """Until a staging folder has files in it: MkDocs is writing pages, and the swap is still to come."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert build.poll() is None, "the build finished before it could be interrupted"
        if any(any(folder.rglob("*.html")) for folder in staging_folders(site_root)):
            return
        time.sleep(0.01)
    raise AssertionError("no staging folder with pages appeared")


def test_a_killed_build_leaves_the_published_site_intact_and_the_next_build_cleans_up(sample) -> None:
    project = sample()
    assert project.phb("build").exit_code == 0
    site_root = project.root / "site"
    before = {audience: fingerprint(project.site(audience)) for audience in ("public", "staff")}

    build = subprocess.Popen([str(PHB), "build", "--config", str(project.config)], cwd=project.root,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_a_half_built_site(site_root, build)
    finally:
        os.kill(build.pid, signal.SIGKILL)
        build.wait()

    assert {audience: fingerprint(project.site(audience)) for audience in ("public", "staff")} == before
    assert staging_folders(site_root), "a killed build cannot tidy up: its staging folder is still there"

    result = project.phb("build")

    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in site_root.iterdir()) == ["public", "staff"]
