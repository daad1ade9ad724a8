"""Easy Read pages: built from easy_read/ and from offers, paired both ways with their standard pages."""

from __future__ import annotations

import re

from conftest import SampleProject

from generator.load.easy_read import Heading, Loose, Point, parse_blocks

POINT = re.compile(r'<div class="phb-easy-read-point">\s*<p><img alt="([^"]+)" class="phb-easy-read-picture"[^>]* src="([^"]+)"')


def article(page_html: str) -> str:
    return page_html[page_html.index("<article"):page_html.index("</article>")]


def test_points_headings_and_loose_paragraphs_are_told_apart() -> None:
    body = "# Title\n\n:money: A budget is money.\nIt pays for care.\n\n## More\nNo picture here.\n"
    assert parse_blocks(body, first_line=5) == [
        Heading(1, "Title", 5),
        Point("money", ("A budget is money.", "It pays for care."), 7),
        Heading(2, "More", 10),
        Loose("No picture here.", 11),
    ]


def test_each_offer_section_has_an_easy_read_page_with_a_picture_for_every_point(built_minimal: SampleProject) -> None:
    site = built_minimal.site("public")
    for section in ("", "who-can-have-one/", "ways-to-manage/", "how-to-get-one/", "contact/"):
        page = article((site / f"offers/minimal/easy-read/{section}index.html").read_text())
        points = POINT.findall(page)
        assert points, section
        assert page.count('class="phb-easy-read-point"') == len(points)
        for alt, src in points:
            assert alt and (site / f"offers/minimal/easy-read/{section}" / src).resolve().is_file()


def test_the_easy_read_contact_page_is_made_from_the_contact_details(built_minimal: SampleProject) -> None:
    page = article((built_minimal.site("public") / "offers/minimal/easy-read/contact/index.html").read_text())
    assert 'Phone us on <a href="tel:01134960001">0113 496 0001</a>.' in page
    assert "Monday to Friday: 9am to 5pm." in page
    assert 'id="phb-page-contact-title"' not in page  # the details are the page itself, not repeated below it


def test_standard_and_easy_read_pages_link_to_each_other(built_minimal: SampleProject) -> None:
    site = built_minimal.site("public")
    pairs = {"index.html": "easy-read/home/index.html", "offers/minimal/index.html": "offers/minimal/easy-read/index.html",
             "offers/minimal/steps/index.html": "offers/minimal/easy-read/how-to-get-one/index.html"}
    for standard, easy in pairs.items():
        assert "Read this page in Easy Read" in (site / standard).read_text(), standard
        assert "Read the standard version of this page" in (site / easy).read_text(), easy


def test_hard_words_are_explained_at_the_top_of_the_page_that_uses_them(built_minimal: SampleProject) -> None:
    page = article((built_minimal.site("public") / "offers/minimal/easy-read/index.html").read_text())
    assert "<h2 id=\"words-to-know\">Words to know</h2>" in page
    assert "<dt><strong>personal health budget</strong></dt>" in page
    who = article((built_minimal.site("public") / "offers/minimal/easy-read/who-can-have-one/index.html").read_text())
    assert "Words to know" not in who  # that page uses no hard word


def test_the_easy_read_index_lists_every_easy_read_page_and_credits_the_pictures(built_minimal: SampleProject) -> None:
    page = article((built_minimal.site("public") / "easy-read/index.html").read_text())
    assert page.count("<li><a href=") == 7
    assert "OpenMoji" in page and "Attribution-ShareAlike 4.0" in page
