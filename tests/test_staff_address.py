"""The staff site never points at the public site's address: it has its own (PHB_STAFF_SITE_URL) or none."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from conftest import SampleProject, files_under

PUBLIC = "https://phb.example-icb.nhs.uk/"
STAFF = "https://intranet.example-icb.nhs.uk/phb/"
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')


def build(project: SampleProject, monkeypatch: pytest.MonkeyPatch, **env: str) -> None:
    monkeypatch.setenv("PHB_PRINT_FORMATS", "false")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = project.phb("build")
    assert result.exit_code == 0, result.output


def test_without_a_staff_address_the_staff_site_has_no_canonical_links_or_full_addresses(
        sample: Callable[[], SampleProject], monkeypatch: pytest.MonkeyPatch) -> None:
    project = sample()
    build(project, monkeypatch, PHB_SITE_URL=PUBLIC)
    staff = project.site("staff")
    pages = [page.read_text() for page in staff.rglob("*.html")]
    assert pages and not any(CANONICAL.search(page) for page in pages)
    assert "<loc>" not in (staff / "sitemap.xml").read_text()
    assert [f for f in files_under(staff) if PUBLIC.encode() in f.read_bytes()] == []
    assert CANONICAL.search((project.site("public") / "index.html").read_text())[1] == PUBLIC


def test_the_staff_address_is_used_for_the_staff_site_alone(
        sample: Callable[[], SampleProject], monkeypatch: pytest.MonkeyPatch) -> None:
    project = sample()
    build(project, monkeypatch, PHB_SITE_URL=PUBLIC, PHB_STAFF_SITE_URL=STAFF.rstrip("/"))
    staff = project.site("staff")
    assert CANONICAL.search((staff / "offers/minimal/index.html").read_text())[1] == STAFF + "offers/minimal/"
    locations = re.findall(r"<loc>([^<]+)</loc>", (staff / "sitemap.xml").read_text())
    assert locations and all(location.startswith(STAFF) for location in locations)
    assert [f for f in files_under(staff) if PUBLIC.encode() in f.read_bytes()] == []
    assert STAFF.encode() not in b"".join(f.read_bytes() for f in files_under(project.site("public")))
