"""The output folder can never eat the project: `--out` is checked, and only folders phb made are replaced or cleared."""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path

import mkdocs.utils
import pytest
from conftest import ERROR_LINE, SampleProject, files_under, make_project, phb, without_progress

from generator.publish.staging import SITE_MARK, clear_leftovers

FIX_OUT = "build somewhere outside the project's sources, for example the default site/ beside mkdocs.yml"
FIX_UNWRITABLE = "free some disk space or make the folder writable, or build somewhere else with --out DIR; " \
                 "the sites built before are unchanged"


@pytest.fixture(autouse=True)
def _no_print_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDFs are not the point here, and take seconds."""
    monkeypatch.setenv("PHB_PRINT_FORMATS", "false")


@pytest.fixture
def staff_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SampleProject:
    """A project folder named `staff`, where `--out ..` would once have put the staff site over it; we work inside it."""
    project = make_project(tmp_path / "staff")
    monkeypatch.chdir(project.root)
    return project


@pytest.mark.parametrize(("out", "why"), [
    (".", "is the project folder itself, so the build would replace its sources with the site"),
    ("..", "holds the project folder staff/, so the site could replace the project"),
    ("content", "is inside content/, which holds the project's sources"),
    ("content/built", "is inside content/, which holds the project's sources"),
    ("offers", "is inside offers/, which holds the project's sources"),
    ("theme/overrides", "is inside theme/, which holds the project's sources"),
    (".git", "is inside .git/, which holds the project's sources"),
])
def test_an_out_folder_over_the_project_is_refused_and_nothing_changes(staff_project: SampleProject, out: str, why: str) -> None:
    before = _fingerprint(staff_project.root.parent)

    result = staff_project.phb("build", "--out", out)

    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"{out}:1:1: out: {why} - {FIX_OUT}", "Found 1 problem. Nothing was published."]
    assert ERROR_LINE.match(result.stderr.splitlines()[0])
    assert "Traceback" not in result.output
    assert _fingerprint(staff_project.root.parent) == before


def test_check_refuses_the_same_folders(staff_project: SampleProject) -> None:
    result = staff_project.phb("check", "--out", "..")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].startswith("..:1:1: out: holds the project folder staff/")


def test_a_folder_phb_did_not_make_is_never_replaced(sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = sample()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "www" / "public").mkdir(parents=True)
    (tmp_path / "www" / "public" / "holiday-photos.txt").write_text("not a site")
    (tmp_path / "www" / "staff").mkdir()  # empty: fine to build into

    result = project.phb("build", "--out", "www")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (f"www/public:1:1: out: is a folder phb did not make (it has no {SITE_MARK} mark), so "
                                             "the build will not replace it - move or delete it, or build somewhere else with --out DIR")
    assert ERROR_LINE.match(result.stderr.splitlines()[0])
    assert (tmp_path / "www" / "public" / "holiday-photos.txt").read_text() == "not a site"
    assert sorted(p.name for p in (tmp_path / "www").iterdir()) == ["public", "staff"]


def test_each_built_site_carries_the_mark_and_is_replaced_by_the_next_build(built_minimal: SampleProject) -> None:
    for audience in ("public", "staff"):
        assert (built_minimal.site(audience) / SITE_MARK).is_file()
    assert not any(SITE_MARK in str(p) for p in files_under(built_minimal.site("public")) if p.suffix == ".html")


def test_a_relative_out_is_taken_from_the_current_folder(sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --config in another folder, the sites go where the message says, not beside mkdocs.yml or in a staging folder."""
    project = sample()
    monkeypatch.chdir(tmp_path)

    result = phb("build", "--out", "built", "--config", f"{project.root.name}/mkdocs.yml")

    assert result.exit_code == 0, result.output
    said = [line.split(" (1 offers)")[0] for line in result.stdout.splitlines()[:2]]
    assert said == [f"Built the {audience} site in {tmp_path / 'built' / audience}" for audience in ("public", "staff")]
    assert (tmp_path / "built" / "public" / "index.html").is_file()
    assert (tmp_path / "built" / "staff" / "index.html").is_file()
    assert not list(tmp_path.rglob(".phb-build-*")), "a site was left in a staging folder"
    assert not (project.root / "built").exists()


def _full_disk(content: bytes, output_path: str) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), output_path)


def _read_only(*args: object, **kwargs: object) -> str:
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(kwargs.get("dir")))


@pytest.mark.parametrize(("target", "replacement", "reason"), [
    ((mkdocs.utils, "write_file"), _full_disk, "No space left on device"),
    ((tempfile, "mkdtemp"), _read_only, "Permission denied"),
])
def test_a_full_disk_or_a_read_only_folder_is_one_line_and_the_last_site_stays(
        sample, monkeypatch: pytest.MonkeyPatch, target, replacement, reason: str) -> None:
    project = sample()
    monkeypatch.chdir(project.root)
    assert project.phb("build").exit_code == 0
    before = _fingerprint(project.root / "site")
    monkeypatch.setattr(*target, replacement)

    result = project.phb("build")

    assert result.exit_code == 1
    assert without_progress(result.stderr) == [f"site:1:1: out: the site could not be written there: {reason} - {FIX_UNWRITABLE}"]
    assert ERROR_LINE.match(without_progress(result.stderr)[0])
    assert "Traceback" not in result.output
    assert _fingerprint(project.root / "site") == before


def test_a_swap_that_fails_half_way_puts_the_last_site_back(sample, monkeypatch: pytest.MonkeyPatch) -> None:
    project = sample()
    monkeypatch.chdir(project.root)
    assert project.phb("build", "--site", "public").exit_code == 0
    before = _fingerprint(project.root / "site")
    rename = Path.rename

    def failing_rename(self: Path, target: Path) -> Path:
        if self.name.startswith(".phb-build-"):
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(self))
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", failing_rename)

    result = project.phb("build", "--site", "public")

    assert result.exit_code == 1
    why = f"the site could not be written there: {os.strerror(errno.EIO)}"
    assert without_progress(result.stderr) == [f"site:1:1: out: {why} - {FIX_UNWRITABLE}"]
    assert _fingerprint(project.root / "site") == before


def test_clearing_leftovers_touches_only_marked_folders(tmp_path: Path) -> None:
    def folder(name: str, *, marked: bool, files: tuple[str, ...] = ()) -> Path:
        path = tmp_path / name
        path.mkdir()
        if marked:
            (path / SITE_MARK).write_text("phb")
        for file in files:
            (path / file).write_text(name)
        return path

    folder(".phb-old-public", marked=True, files=("index.html",))  # a swap cut short: put back
    folder(".phb-build-public-abc123", marked=True, files=("index.html",))  # a killed build: removed
    folder(".phb-build-public-empty", marked=False)  # killed before its mark was written: removed
    folder(".phb-build-staff-mine", marked=False, files=("notes.txt",))  # not ours: kept
    folder(".phb-old-staff", marked=False, files=("notes.txt",))  # not ours: kept, not put back
    folder(".phb-build-notes", marked=True)  # not a staging folder's name: kept

    clear_leftovers(tmp_path)

    assert sorted(p.name for p in tmp_path.iterdir()) == [".phb-build-notes", ".phb-build-staff-mine", ".phb-old-staff", "public"]
    assert (tmp_path / "public" / "index.html").read_text() == ".phb-old-public"
    assert (tmp_path / ".phb-build-staff-mine" / "notes.txt").read_text() == ".phb-build-staff-mine"


def test_a_build_keeps_a_staging_like_folder_it_did_not_make(sample, monkeypatch: pytest.MonkeyPatch) -> None:
    project = sample()
    mine = project.root / "site" / ".phb-build-public-mine"
    mine.mkdir(parents=True)
    (mine / "draft.html").write_text("my draft")

    result = project.phb("build", "--site", "public")

    assert result.exit_code == 0, result.output
    assert (mine / "draft.html").read_text() == "my draft"


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in files_under(folder)}
