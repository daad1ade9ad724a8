"""The one URL rule (generator.plan.urls) says what MkDocs itself does, with and without directory URLs."""

from __future__ import annotations

import pytest
from mkdocs.structure.files import File

from generator.plan.urls import built_page, built_page_url, page_url

SOURCES = ["index.md", "contact.md", "offers/x/index.md", "offers/x/contact.md", "easy-read/home.md",
           "offers/x/x-offer.pdf", "offer.schema.json"]


@pytest.mark.parametrize("use_directory_urls", [True, False])
@pytest.mark.parametrize("src_uri", SOURCES)
def test_the_rule_agrees_with_mkdocs(src_uri: str, use_directory_urls: bool) -> None:
    file = File(src_uri, "docs", "site", use_directory_urls)
    assert built_page(src_uri, use_directory_urls) == file.dest_uri
    assert page_url(src_uri, use_directory_urls) == file.url.removeprefix("./")
    assert built_page_url(file.dest_uri, use_directory_urls) == file.url.removeprefix("./")


def test_directory_urls_are_the_default() -> None:
    assert built_page("offers/x/contact.md") == "offers/x/contact/index.html"
    assert page_url("offers/x/contact.md") == "offers/x/contact/"
    assert page_url("index.md") == ""
    assert built_page_url("offers/x/index.html") == "offers/x/"


def test_without_directory_urls_pages_are_read_where_they_are_written() -> None:
    assert built_page("offers/x/contact.md", use_directory_urls=False) == "offers/x/contact.html"
    assert page_url("offers/x/index.md", use_directory_urls=False) == "offers/x/index.html"
