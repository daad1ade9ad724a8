"""Where MkDocs writes each page, and the address readers see: one rule for every stage."""

from __future__ import annotations


def built_page(src_uri: str) -> str:
    """Where MkDocs writes a page with directory URLs: offers/x/contact.md -> offers/x/contact/index.html."""
    stem = src_uri.removesuffix(".md")
    folder = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    return f"{folder}index.html"
