"""What MkDocs itself would stop on reaches the editor as our own one-line problems, never a bare abort or a traceback."""

from __future__ import annotations

import pytest
from conftest import ERROR_LINE, SampleProject


def test_a_link_to_a_missing_heading_is_one_line_at_the_link(sample, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHB_PRINT_FORMATS", "false")
    project: SampleProject = sample()
    page = project.root / "content/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [the other formats](other-formats.md#nowhere) too.\n", encoding="utf-8")
    line = len(page.read_text(encoding="utf-8").splitlines())
    result = project.phb("build")
    assert result.exit_code == 2, result.output
    problems = [text for text in result.output.splitlines() if ERROR_LINE.match(text)]
    assert problems == [f"content/index.md:{line}:25: link: links to other-formats.md#nowhere, but the doc 'other-formats.md' "
                        "does not contain an anchor '#nowhere' - link to a heading by the words of its id, for example "
                        "other-formats.md#ask-for-a-format, or link to the page alone"]
    assert "Aborted" not in result.output and "Traceback" not in result.output
    assert not project.site("public").exists() and not project.site("staff").exists()


def test_a_date_in_mkdocs_yml_that_is_not_a_real_day_is_one_line(sample) -> None:
    project: SampleProject = sample()
    text = project.config.read_text(encoding="utf-8")
    assert "review_due: 2027-04-12" in text
    project.config.write_text(text.replace("review_due: 2027-04-12", "review_due: 2027-13-12"), encoding="utf-8")
    line = next(n for n, content in enumerate(project.config.read_text(encoding="utf-8").splitlines(), 1) if "2027-13-12" in content)
    result = project.phb("validate")
    assert result.exit_code == 2, result.output
    assert result.output.splitlines()[0] == (f"mkdocs.yml:{line}:1: config: a value could not be read: month must be in 1..12 - "
                                             "write dates as real days, YYYY-MM-DD, for example 2027-04-12")
    assert "Traceback" not in result.output
