"""YAML cannot smuggle or stall, source text must be clean UTF-8, and each problem is one line.

Scenarios that are text live in tests/fixtures/ (the ones with expected-errors.txt are also run
by test_bad_input.py); binary and very large inputs are written into a sample project here.
"""

from __future__ import annotations

import codecs
import time
import uuid
from pathlib import Path

import pytest
from click.testing import Result
from conftest import BASE_FIXTURE, ERROR_LINE, FIXTURES, phb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import InvalidInput
from generator.load.sources import read_offer

COPIES = "and copies can carry staff-only text into public fields"


def problem_lines(result: Result) -> list[str]:
    """The problem lines of a refused command, each checked to be one well-formed line."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    *lines, summary = result.stderr.splitlines()
    assert summary.startswith(f"Found {len(lines)} problem"), result.stderr
    assert all(ERROR_LINE.match(line) for line in lines), lines
    return lines


def test_an_alias_cannot_copy_staff_notes_into_a_public_field(sample) -> None:
    lines = problem_lines(sample("yaml-alias-copies-staff-text").phb("validate"))
    assert lines == [
        f"offers/minimal.yaml:13:10: yaml: *notes copies a value from elsewhere in the file, {COPIES}"
        " - write the text out in full here instead of *notes",
        f"offers/minimal.yaml:141:10: yaml: &notes marks a value to copy elsewhere, {COPIES}"
        " - remove &notes and write the text out in full wherever it is needed",
    ]


def test_the_alias_bomb_is_refused_before_it_expands(sample) -> None:
    project = sample("yaml-alias-bomb")
    started = time.monotonic()
    lines = problem_lines(project.phb("validate"))
    assert time.monotonic() - started < 60, "expanding the aliases took 142 s before they were refused"
    assert len(lines) == 9 + 8 * 9  # each anchor, and each of the nine aliases on the eight lines that use them
    assert lines[0] == (f"offers/minimal.yaml:2:4: yaml: &a marks a value to copy elsewhere, {COPIES}"
                        " - remove &a and write the text out in full wherever it is needed")


def test_nesting_a_hundred_thousand_levels_deep_is_one_line_not_a_crash(sample) -> None:
    project = sample()
    (project.root / "offers/minimal.yaml").write_text("id: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert problem_lines(project.phb("validate")) == [
        "offers/minimal.yaml:1:54: yaml: the values are nested more than 50 levels deep"
        " - indent less, or close the [ and { brackets: nothing here needs this many levels"
    ]


def test_deep_nesting_in_front_matter_names_its_line_in_the_page(sample) -> None:
    project = sample()
    page = project.root / "content/index.md"
    page.write_text(page.read_text().replace("owner: Test team", "owner: " + "{a: " * 60 + "}" * 60))
    [line] = problem_lines(project.phb("validate"))
    assert line.startswith("content/index.md:4:204: yaml: the values are nested more than 50 levels deep - ")


def test_a_file_over_five_megabytes_is_refused_unread(sample) -> None:
    project = sample()
    with (project.root / "offers/minimal.yaml").open("a") as offer:
        offer.write("# " + "x" * (6 * 1024 * 1024) + "\n")
    assert problem_lines(project.phb("validate")) == [
        "offers/minimal.yaml:1:1: file: the file is bigger than 5 MB"
        " - keep pictures and documents in their own files; remove anything pasted in by mistake"
    ]


def _replace_bytes(path: Path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new, 1))


@pytest.mark.parametrize(("file", "old", "new", "where"), [
    ("offers/minimal.yaml", b"Testshire.\n", b"Testsh\xefre.\n", "offers/minimal.yaml:13:62: encoding: byte 0xEF"),
    ("content/index.md", b"the test site", b"the t\xe9st site", "content/index.md:3:32: encoding: byte 0xE9"),
])
def test_a_byte_that_is_not_utf8_names_its_line_and_column(sample, file: str, old: bytes, new: bytes, where: str) -> None:
    project = sample()
    _replace_bytes(project.root / file, old, new)
    assert problem_lines(project.phb("validate")) == [
        f"{where} is not UTF-8 text - save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8)"
    ]


@pytest.mark.parametrize(("file", "old", "where"), [("offers/minimal.yaml", b"short", "offers/minimal.yaml:13:13"),
                                                    ("content/index.md", b"home", "content/index.md:3:15")])
def test_a_nul_byte_names_its_line_and_how_to_remove_it(sample, file: str, old: bytes, where: str) -> None:
    project = sample()
    _replace_bytes(project.root / file, old, old[:1] + b"\x00" + old[1:])
    assert problem_lines(project.phb("validate")) == [
        f"{where}: character: the text holds the invisible control character U+0000"
        " - remove the character U+0000; retype the text around it if it was pasted"
    ]


def test_a_byte_order_mark_is_ignored_in_pages_and_offers(sample, monkeypatch) -> None:
    project = sample()
    for file in ("content/index.md", "offers/minimal.yaml"):
        path = project.root / file
        path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    result = project.phb("validate")
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("PHB_PRINT_FORMATS", "false")
    assert project.phb("build", "--site", "public").exit_code == 0
    home = (project.site("public") / "index.html").read_text()
    assert "<title>Personal health budgets" in home
    assert "summary:" not in home, "the front matter was not found, so it was published as text"


def test_new_offer_checks_the_whole_id(tmp_path) -> None:
    result = phb("new-offer", "trail\n", "--offers-dir", str(tmp_path / "offers"))
    assert problem_lines(result)[0].startswith(f"{tmp_path.as_posix()}/offers:1:1: id: 'trail\\n' cannot be an offer id - ")
    assert not (tmp_path / "offers").exists()


YAMLISH = st.text(alphabet=st.sampled_from(list("ab:-&*<>!|{}[]#'\"\n\t ,?%@`\x00é")) | st.characters(exclude_categories=["Cs"]),
                  max_size=200)
VALID_OFFER = (FIXTURES / BASE_FIXTURE / "offers/minimal.yaml").read_bytes()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=YAMLISH, raw=st.binary(max_size=60), at=st.integers(0, len(VALID_OFFER)))
def test_the_offer_loader_refuses_anything_with_problem_lines_never_a_crash(tmp_path, text: str, raw: bytes, at: int) -> None:
    """Random text, random bytes, and each of them put into a valid offer: valid, or refused with problem lines."""
    for inserted in (text.encode("utf-8"), raw, codecs.BOM_UTF8 + raw):
        for content in (inserted, VALID_OFFER[:at] + inserted + VALID_OFFER[at:]):
            path = tmp_path / f"{uuid.uuid4().hex}.yaml"  # a new file each time: unchanged files are read once per process
            path.write_bytes(content)
            try:
                read_offer(path, "offers/offer.yaml")
            except InvalidInput as error:
                assert error.problems
                assert all(ERROR_LINE.match(str(problem)) for problem in error.problems), error.problems
