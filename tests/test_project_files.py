"""Only the project's own files are read: a link (symbolic link) anywhere in its folders is refused with one line.

The links are made by the tests, since a fixture folder cannot carry a link to /etc/passwd
portably; the pictures and generated-address scenarios are fixtures with expected-errors.txt
(tests/test_bad_input.py runs them).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from conftest import ERROR_LINE, SampleProject, files_under
from mkdocs.commands.build import build as mkdocs_build

from generator.models import Audience
from generator.plugin.site_config import load_site_config

LINK_LINE = "{link}:1:1: file: is a link to {target}; the tool reads only the project's own files, never a link - " \
            "put the file itself here instead of a link, or delete the link"
PASSWD_WORDS = "root:x:0:0"


def _outside_staff_folder(project: SampleProject) -> str:
    """content/staff/ moved out of the project, to link back to."""
    elsewhere = project.root.parent / "elsewhere-staff"
    shutil.move(project.root / "content" / "staff", elsewhere)
    return str(elsewhere)


def _outside_offer(project: SampleProject) -> str:
    elsewhere = project.root.parent / "elsewhere-offer.yaml"
    elsewhere.write_text((project.root / "offers" / "minimal.yaml").read_text().replace("id: minimal", "id: second", 1))
    return str(elsewhere)


LINKS = {
    "content/passwd.txt": lambda project: "/etc/passwd",
    "content/environment.md": lambda project: "/proc/self/environ",
    "content/staff": _outside_staff_folder,
    "offers/second.yaml": _outside_offer,
    # inside the project, but a staff page under a public address; other pages link to it, and that is no second line
    "content/other-formats.md": lambda project: "staff/index.md",
    "easy_read/pictures/money.svg": lambda project: "/etc/passwd",
    "theme/overrides/passwd.txt": lambda project: "/etc/passwd",
    "glossary.yaml": lambda project: "/etc/passwd",
}


def _link(project: SampleProject, link: str) -> str:
    target = LINKS[link](project)
    path = project.root / link
    path.unlink(missing_ok=True)
    path.symlink_to(target)
    return target


@pytest.mark.parametrize("link", list(LINKS))
def test_a_link_is_refused_with_one_line_naming_it_and_where_it_points(sample, link: str) -> None:
    project = sample()
    target = _link(project, link)

    result = project.phb("validate")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[:-1] == [LINK_LINE.format(link=link, target=target)]
    assert ERROR_LINE.match(result.stderr.splitlines()[0])
    assert "Traceback" not in result.output
    assert PASSWD_WORDS not in result.output


def test_links_into_a_linked_folder_give_no_second_line(sample) -> None:
    project = sample()
    notes = project.root / "content" / "team-notes.md"
    notes.write_text(notes.read_text(encoding="utf-8") + "\nSee [the staff home page](staff/index.md).\n", encoding="utf-8")
    target = _link(project, "content/staff")

    result = project.phb("validate")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[:-1] == [LINK_LINE.format(link="content/staff", target=target)]


def test_a_pipe_in_content_is_refused_instead_of_hanging_the_build(sample) -> None:
    project = sample()
    os.mkfifo(project.root / "content" / "pipe.md")

    result = project.phb("validate")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[:-1] == ["content/pipe.md:1:1: file: is not an ordinary file (a pipe or a device) - "
                                               "delete it; the project holds only text files and pictures"]


def test_a_hard_link_is_refused_as_the_same_file_as_one_elsewhere(sample, tmp_path: Path) -> None:
    project = sample()
    outside = tmp_path / "secret.txt"
    outside.write_text("CANARY-OUTSIDE-THE-PROJECT", encoding="utf-8")
    os.link(outside, project.root / "content" / "notes.txt")

    result = project.phb("validate")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[:-1] == ["content/notes.txt:1:1: file: is also a file somewhere else (a hard link) - "
                                               "put a copy of the file here instead: `cp --remove-destination` it from where it came from"]


def test_a_build_with_a_link_to_etc_passwd_publishes_nothing_and_leaves_the_last_site(sample, monkeypatch) -> None:
    monkeypatch.setenv("PHB_PRINT_FORMATS", "false")
    project = sample()
    assert project.phb("build").exit_code == 0
    before = _fingerprint(project.root / "site")
    _link(project, "content/passwd.txt")

    result = project.phb("build")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == LINK_LINE.format(link="content/passwd.txt", target="/etc/passwd")
    assert _fingerprint(project.root / "site") == before
    assert not any(PASSWD_WORDS in path.read_text(errors="replace") for path in files_under(project.root / "site"))


def test_the_preview_leaves_out_every_file_reached_through_a_link(sample, tmp_path: Path, monkeypatch) -> None:
    """`phb serve` builds a page of problems even when links were refused; nothing behind a link gets into it."""
    monkeypatch.setenv("PHB_PRINT_FORMATS", "false")
    project = sample()
    _link(project, "content/passwd.txt")
    _link(project, "theme/overrides/passwd.txt")
    (project.root / "content" / "linked").symlink_to("/etc")
    monkeypatch.chdir(project.root)  # mkdocs.yml given as the CLI's default gives it: a relative path
    config = load_site_config(Path("mkdocs.yml"), Audience.public, tmp_path / "preview")
    config.plugins.on_startup(command="serve", dirty=False)

    mkdocs_build(config)

    built = files_under(tmp_path / "preview")
    assert any(path.name == "index.html" for path in built), "the preview of problems was built"
    assert not [path for path in built if path.name == "passwd.txt" or "linked" in path.parts]
    assert not any(PASSWD_WORDS in path.read_text(errors="replace") for path in built)


def _fingerprint(folder: Path) -> dict[str, str]:
    return {os.fspath(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files_under(folder)}
