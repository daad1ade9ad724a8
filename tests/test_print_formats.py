"""Each offer as a tagged PDF, a large print PDF and plain text: accessible, complete, and linked with true sizes."""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES, SampleProject
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from generator.formats.document import Document
from generator.formats.pdf import pdf_bytes
from generator.formats.plain_text import plain_text

pytestmark = pytest.mark.slow

PRINT_CSS = Path(__file__).resolve().parent.parent / "theme/print/print.css"
OFFER = "offers/minimal"
PDFS = ["minimal-offer.pdf", "minimal-offer-large-print.pdf"]


def struct_elements(node: object) -> Iterator[DictionaryObject]:
    """Every structure element under a node of the PDF's structure tree."""
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, list):
        for child in node:
            yield from struct_elements(child)
    elif isinstance(node, DictionaryObject) and "/S" in node:
        yield node
        if "/K" in node:
            yield from struct_elements(node["/K"])


def text_sizes(reader: PdfReader) -> dict[float, str]:
    """Each size of text in points, with a sample of text at that size."""
    sizes: dict[float, str] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.setdefault(round(size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]), 1), text.strip())

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return sizes


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("name", PDFS)
def test_pdf_is_tagged_pdf_ua_with_language_title_and_bookmarks(built_minimal: SampleProject, name: str) -> None:
    reader = PdfReader(built_minimal.site("public") / OFFER / name)
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"].value is True
    tags = list(struct_elements(root["/StructTreeRoot"]["/K"]))
    kinds = {str(tag["/S"]) for tag in tags}
    assert {"/Document", "/H1", "/H2", "/P", "/L", "/LI", "/Table", "/TH", "/TD", "/Link"} <= kinds
    assert all("/Alt" in tag for tag in tags if tag["/S"] == "/Figure")
    assert root["/Lang"] == "en"
    assert reader.metadata.title == "Personal health budgets in Testshire"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert re.search(r'pdfuaid:part="1"|<pdfuaid:part>1<', reader.xmp_metadata.rdf_root.toxml())
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    assert bookmarks[0] == "Personal health budgets in Testshire"


def test_large_print_text_is_18_point_or_larger(built_minimal: SampleProject) -> None:
    sizes = text_sizes(PdfReader(built_minimal.site("public") / OFFER / "minimal-offer-large-print.pdf"))
    assert min(sizes) >= 18, {size: text for size, text in sizes.items() if size < 18}
    normal = text_sizes(PdfReader(built_minimal.site("public") / OFFER / "minimal-offer.pdf"))
    assert min(normal) < 18


def test_pdf_holds_the_whole_offer_once_with_links_inside_it(built_minimal: SampleProject) -> None:
    text = pdf_text(built_minimal.site("public") / OFFER / "minimal-offer.pdf")
    for heading in ["Who can have a personal health budget", "Direct payment: you hold the money", "Step 6:",
                    "How decisions are made", "Support services", "Contact the Personal Health Budgets Team",
                    "Our action plan and targets"]:
        assert heading in text, heading
    assert "Policies and documents" not in text, "the offer lists no documents, so the PDF has no part for them"
    assert text.count("Support services in North Test") == 0, "the filtered copies of the directory are left out"
    links = [annotation.get_object() for page in PdfReader(built_minimal.site("public") / OFFER / "minimal-offer.pdf").pages
             for annotation in page.get("/Annots", [])]
    assert any("/Dest" in link for link in links), "links between parts of the offer stay inside the PDF"
    addresses = [str(link["/A"]["/URI"]) for link in links if "/A" in link]
    assert addresses
    assert not [address for address in addresses if ".md" in address or not re.match(r"(https://|mailto:|tel:|sms:)", address)]


def test_staff_pdf_and_text_have_the_staff_notes_and_public_ones_do_not(built_minimal: SampleProject) -> None:
    staff, public = built_minimal.site("staff") / OFFER, built_minimal.site("public") / OFFER
    for name in PDFS:
        assert "Staff notes" in pdf_text(staff / name) and "CANARY-STAFF-OFFER-NOTES" in pdf_text(staff / name)
        assert "Staff notes" not in pdf_text(public / name)
    assert "CANARY-STAFF-OFFER-NOTES" in (staff / "minimal-offer.txt").read_text(encoding="utf-8")


def test_plain_text_marks_headings_and_has_no_html(built_minimal: SampleProject) -> None:
    text = (built_minimal.site("public") / OFFER / "minimal-offer.txt").read_text(encoding="utf-8")
    assert text.startswith("# Personal health budgets in Testshire\n")
    assert "\n## Who can have a personal health budget\n" in text
    assert "\n### Direct payment: you hold the money\n" in text
    assert not re.search(r"</?[a-z][a-z0-9]*[\s>/]|&[a-z]+;|&#\d+;|\]\(", text)


def test_home_page_links_the_pdfs_and_text_with_their_true_sizes(built_minimal: SampleProject) -> None:
    site = built_minimal.site("public")
    home = (site / OFFER / "index.html").read_text()
    links = dict(re.findall(r'<a href="(minimal-offer[^"]*\.(?:pdf|txt))">([^<]+)</a>', home))
    assert set(links) == {*PDFS, "minimal-offer.txt"}
    assert links["minimal-offer.pdf"].startswith("Download the whole offer (PDF, ")
    for href, text in links.items():
        size = int(re.search(r"(\d+) KB\)$", text).group(1))
        assert size == max(1, round((site / OFFER / href).stat().st_size / 1024)), href


def test_pictures_are_figures_with_their_alt_text(tmp_path: Path) -> None:
    html = ('<!DOCTYPE html><html lang="en"><head><title>Map</title></head><body><h1>Where we work</h1>'
            '<p><img src="map.png" alt="Map of the four places in Westshire"></p></body></html>')
    (tmp_path / "map.pdf").write_bytes(pdf_bytes(Document("Map", "en", html), [PRINT_CSS], FIXTURES / "check-missing-alt/content"))
    tags = list(struct_elements(PdfReader(tmp_path / "map.pdf").trailer["/Root"]["/StructTreeRoot"]["/K"]))
    assert [tag["/Alt"] for tag in tags if tag["/S"] == "/Figure"] == ["Map of the four places in Westshire"]


def test_fonts_are_cut_down_by_harfbuzz_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    """make site installs libharfbuzz-subset0: without it WeasyPrint warns about fontTools once a font of each PDF."""
    html = '<!DOCTYPE html><html lang="en"><head><title>Fonts</title></head><body><h1>Hello</h1><p>Words</p></body></html>'
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        assert pdf_bytes(Document("Fonts", "en", html), [PRINT_CSS], FIXTURES).startswith(b"%PDF")
    assert [r.getMessage() for r in caplog.records if "HarfBuzz" in r.getMessage()] == []


def test_plain_text_writes_tables_as_lines_and_links_with_their_address() -> None:
    html = ('<html lang="en"><body><h2>Targets</h2><table><caption>Yearly targets</caption>'
            '<thead><tr><th>Year</th><th>People</th></tr></thead><tbody><tr><td>2026/27</td><td>120</td></tr></tbody></table>'
            '<p>Read <a href="https://example.org/policy/">our policy</a>, email <a href="mailto:a@example.org">a@example.org</a>'
            ' or see <a href="#contact">how to contact us</a>.</p><ul><li>One<ul><li>Inner</li></ul></li><li>Two &amp; three</li></ul>'
            '</body></html>')
    assert plain_text(Document("T", "en", html)).decode("utf-8") == (
        "## Targets\n\nYearly targets\nYear: 2026/27; People: 120\n\n"
        "Read our policy (https://example.org/policy/), email a@example.org or see how to contact us.\n\n"
        "- One\n  - Inner\n- Two & three\n"
    )


def test_easy_read_pdf_keeps_pictures_beside_large_words(built_minimal: SampleProject) -> None:
    reader = PdfReader(built_minimal.site("public") / OFFER / "minimal-easy-read.pdf")
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"].value is True and root["/Lang"] == "en"
    assert reader.metadata.title == "Personal health budgets in Testshire: Easy Read"
    figures = [tag for tag in struct_elements(root["/StructTreeRoot"]["/K"]) if tag["/S"] == "/Figure"]
    assert len(figures) >= 6 and all(str(tag["/Alt"]).strip() for tag in figures)
    sizes = text_sizes(reader)
    assert min(sizes) >= 16, {size: text for size, text in sizes.items() if size < 16}
    text = pdf_text(built_minimal.site("public") / OFFER / "minimal-easy-read.pdf")
    assert "A personal health budget is money from the NHS." in text and "Phone us on 0113 496 0001." in text
    assert "Download the Easy Read version (PDF, " in (built_minimal.site("public") / OFFER / "index.html").read_text()
