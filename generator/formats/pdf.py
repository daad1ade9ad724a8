"""Tagged PDF (PDF/UA-1) of a document, with WeasyPrint.

Tagging gives screen readers the headings, lists, tables with their headers, links
and pictures with their alt text; the document's language and title are set, and
headings become bookmarks. Nothing is fetched from the network: only files and data
URLs are read, and a missing one stops the build. The identifier is a hash of the
PDF's own content, and dates come from the document's dcterms meta (the build's date), so the
same sources always give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.formats.document import Document

PDF_VARIANT = "pdf/ua-1"


def pdf_bytes(document: Document, stylesheets: Sequence[Path], resources: Path) -> bytes:
    """`stylesheets` are applied in order; relative addresses of pictures are read from `resources`."""
    # Imported here: WeasyPrint loads Pango when imported, and `phb validate` or `phb schema` do not need it.
    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)
    page = HTML(string=document.html, base_url=resources.resolve().as_uri() + "/", url_fetcher=fetcher)
    styles = [CSS(filename=str(sheet), url_fetcher=fetcher) for sheet in stylesheets]
    pdf: bytes = page.write_pdf(stylesheets=styles, pdf_variant=PDF_VARIANT, pdf_identifier=True)
    return pdf
