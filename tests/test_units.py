"""Focused tests of the small pieces: where YAML values are, links between pages, text filters."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.errors import InvalidInput
from generator.load.yaml_source import load_yaml
from generator.models import Audience
from generator.render.site_files import is_unused_theme_asset, robots_txt
from generator.render.tables import scrollable_tables
from generator.render.templates import long_date, one_line, relative_link

YAML = """\
contact:
  name: Team
  channels:
    - type: phone
      value: 0113 496 0000
"""


def test_positions_point_at_values_and_keys() -> None:
    _, source = load_yaml(YAML, "x.yaml")
    assert source.position(("contact", "channels", 0, "value")) == (5, 14)
    assert source.key_position(("contact", "name")) == (2, 3)
    assert source.position(("contact", "missing")) == (2, 3)  # falls back to the nearest parent


def test_positions_in_front_matter_count_from_the_file_start() -> None:
    _, source = load_yaml("title: A\nsummary: B\n", "page.md", line_offset=1)
    assert source.position(("summary",)) == (3, 10)


def test_dates_stay_text_so_bad_dates_become_field_errors() -> None:
    data, _ = load_yaml("start: 2026-02-30\n", "x.yaml")
    assert data == {"start": "2026-02-30"}


@pytest.mark.parametrize("text, line", [("a: 1\nb: [x, y\nc: 2\nd: 3\n", 2), ('a: 1\nb: "open\nc: 2\n', 2)])
def test_unclosed_brackets_and_quotes_point_where_they_open(text: str, line: int) -> None:
    with pytest.raises(InvalidInput) as error:
        load_yaml(text, "x.yaml")
    assert error.value.problems[0].line == line


def test_repeated_keys_are_errors() -> None:
    with pytest.raises(InvalidInput) as error:
        load_yaml("a: 1\na: 2\n", "x.yaml")
    assert str(error.value.problems[0]) == "x.yaml:2:1: a: this key appears twice in the same block - keep one of them and delete the other"


@pytest.mark.parametrize(("source", "target", "link"), [
    ("offers/a/index.md", "offers/a/contact.md", "contact.md"),
    ("offers/a/steps/1-x.md", "offers/a/contact.md", "../contact.md"),
    ("offers/index.md", "offers/a/index.md", "a/index.md"),
    ("index.md", "offers/index.md", "offers/index.md"),
])
def test_relative_links(source: str, target: str, link: str) -> None:
    assert relative_link(source, target) == link


def test_text_filters() -> None:
    assert long_date(dt.date(2026, 4, 1)) == "1 April 2026"
    assert one_line("1 High Street\nTesttown\n\nTT1 1TT") == "1 High Street, Testtown, TT1 1TT"


def test_robots() -> None:
    assert robots_txt(Audience.staff, "https://x.example.org/") == "User-agent: *\nDisallow: /\n"
    assert robots_txt(Audience.public, "https://x.example.org/").endswith("Sitemap: https://x.example.org/sitemap.xml\n")


def test_tables_become_focusable_regions_named_by_caption_or_heading() -> None:
    html = (
        "<h2>Costs</h2><table><tr><td>1</td></tr></table>"
        '<table><caption>Targets</caption><tr><td>2</td></tr></table>'
        '<table><caption id="mine">Plan</caption></table>'
    )
    wrapped = scrollable_tables(html)
    assert '<div class="phb-table" role="region" aria-label="Costs" tabindex="0"><table><tr>' in wrapped
    assert 'aria-labelledby="phb-table-caption-2" tabindex="0"><table><caption id="phb-table-caption-2">Targets' in wrapped
    assert 'aria-labelledby="mine"' in wrapped and wrapped.count('id="mine"') == 1
    assert wrapped.count("</table></div>") == 3


def test_only_our_search_script_is_published_from_the_theme() -> None:
    assert not is_unused_theme_asset("assets/javascripts/phb-search.js")
    assert is_unused_theme_asset("assets/javascripts/bundle.a5f9d56c.min.js")
    assert is_unused_theme_asset("assets/javascripts/lunr/min/lunr.fr.min.js")
    assert is_unused_theme_asset("assets/stylesheets/palette.fb2fffe2.min.css")
    assert not is_unused_theme_asset("assets/stylesheets/nhs.css")
