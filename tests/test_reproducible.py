"""Two builds of the same sources give byte-identical sites, wherever they are built."""

from __future__ import annotations

import gzip

import pytest
from conftest import SampleProject, files_under

pytestmark = pytest.mark.slow

JANUARY_2026 = "1767225600"  # 2026-01-01T00:00:00Z


def test_two_builds_are_byte_identical(sample, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", JANUARY_2026)
    project: SampleProject = sample()
    first, second = tmp_path / "first", tmp_path / "second"
    assert project.phb("build", "--out", str(first)).exit_code == 0
    assert project.phb("build", "--out", str(second)).exit_code == 0
    for site in ("public", "staff"):
        names = [p.relative_to(first / site) for p in files_under(first / site)]
        assert names == [p.relative_to(second / site) for p in files_under(second / site)]
        different = [str(n) for n in names if (first / site / n).read_bytes() != (second / site / n).read_bytes()]
        assert different == [], site
    for file in files_under(first):
        if file.suffix in {".html", ".json", ".xml", ".txt", ".css", ".js"}:
            text = file.read_text(encoding="utf-8")
            assert str(tmp_path) not in text and str(project.root) not in text, f"{file} holds a path of this machine"
    sitemap = (first / "public/sitemap.xml").read_text()
    assert "<lastmod>2026-01-01</lastmod>" in sitemap
    assert str(tmp_path) not in gzip.decompress((first / "public/sitemap.xml.gz").read_bytes()).decode()
