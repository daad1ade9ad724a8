"""Staff-only material reaches the staff site and nothing the public build writes.

The fixtures plant unique canary strings in every kind of staff-only material: a
page under content/staff/, a page with `audience: staff`, the offer's `staff:` block,
a case study without consent, and an unpublished staff case study. The text inside
PDFs is compressed, so it is read back with pypdf before looking for them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from conftest import SampleProject, files_under
from pypdf import PdfReader

CANARIES = [
    "CANARY-STAFF-FOLDER-PAGE",
    "CANARY-AUDIENCE-STAFF-PAGE",
    "CANARY-STAFF-OFFER-NOTES",
    "CANARY-STAFF-PROCESS",
    "CANARY-NO-CONSENT-STORY",
    "CANARY-UNPUBLISHED-STORY",
]
BUNDLED_CANARIES = ["STAFF-ONLY-WESTSHIRE", "STAFF-ONLY-NORWICH"]


@cache
def readable_text(path: Path) -> bytes:
    """What a reader gets from the file: a PDF's text, or the file's bytes."""
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages).encode("utf-8")
    return path.read_bytes()


def files_containing(folder: Path, needle: str) -> list[str]:
    return [str(p.relative_to(folder)) for p in files_under(folder) if needle.encode() in readable_text(p)]


@pytest.mark.parametrize("canary", CANARIES)
def test_canary_is_on_the_staff_site_and_nowhere_public(built_minimal: SampleProject, canary: str) -> None:
    assert files_containing(built_minimal.site("staff"), canary), f"{canary} should be on the staff site"
    assert files_containing(built_minimal.site("public"), canary) == []


def test_staff_pages_are_in_the_staff_search_index_and_sitemap_only(built_minimal: SampleProject) -> None:
    staff, public = built_minimal.site("staff"), built_minimal.site("public")
    assert "CANARY-STAFF-FOLDER-PAGE" in (staff / "search/search_index.json").read_text()
    for name in ["search/search_index.json", "sitemap.xml"]:
        text = (public / name).read_text()
        assert "team-notes" not in text and "/staff/" not in text and "private-story" not in text, name
    assert not (public / "staff").exists()
    assert not (public / "team-notes").exists()
    assert not (public / "offers/minimal/stories/private-story").exists()


@pytest.mark.parametrize("canary", ["CANARY-STAFF-OFFER-NOTES", "CANARY-STAFF-PROCESS",
                                    "CANARY-NO-CONSENT-STORY", "CANARY-UNPUBLISHED-STORY"])
def test_canary_is_in_the_staff_pdfs_and_text_and_no_public_one(built_minimal: SampleProject, canary: str) -> None:
    offer_files = ["minimal-offer.pdf", "minimal-offer-large-print.pdf", "minimal-offer.txt"]
    assert set(offer_files) <= set(files_containing(built_minimal.site("staff") / "offers/minimal", canary))
    assert files_containing(built_minimal.site("public") / "offers/minimal", canary) == []


@pytest.mark.parametrize("canary", BUNDLED_CANARIES)
def test_bundled_examples_keep_staff_notes_off_the_public_site(built_examples: Path, canary: str) -> None:
    assert files_containing(built_examples / "staff", canary)
    assert files_containing(built_examples / "public", canary) == []


def test_quality_framework_coverage_pages_are_staff_only(built_minimal: SampleProject) -> None:
    assert files_containing(built_minimal.site("staff"), "Quality Framework coverage")
    for needle in ["Quality Framework coverage", "quality-framework"]:
        assert files_containing(built_minimal.site("public"), needle) == []
