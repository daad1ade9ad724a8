"""Focused tests of the source checks' parts: text extraction, plain English rules, locating lines."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from conftest import FIXTURES

from generator.checks.facts import story_consent
from generator.checks.locate import locate
from generator.checks.page_text import read_page_text
from generator.checks.readability import reading_age, sentence_length, sentences
from generator.checks.structure import headings
from generator.checks.wording import abbreviations, document_links, link_text
from generator.load.check_settings import CheckSettings
from generator.load.sources import read_offer

SETTINGS = CheckSettings()


def ids(concerns) -> list[str]:
    return [c.check for c in concerns]


def test_prose_leaves_out_code_tables_and_contact_boxes_but_keeps_nested_list_items() -> None:
    page = read_page_text(
        "<h1>Title</h1><p>Hello <code>x = 1</code> there.</p><ul><li>One<ul><li>Two</li></ul></li></ul>"
        '<table><tr><td>Cell</td></tr></table><div class="phb-contact"><p>Phone us</p></div>'
    )
    assert [b.text for b in page.prose if b.kind != "heading"] == ["Hello there.", "One", "Two"]
    assert "Cell" in page.text and "Phone us" in page.text and "x = 1" not in page.text


def test_sentences_split_after_full_stops_before_capitals_and_numbers() -> None:
    assert sentences("We call you. 3 days later we write! Is that fine? e.g. not this.") == [
        "We call you.", "3 days later we write!", "Is that fine? e.g. not this."]


def test_reading_age_runs_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args, **kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    sentence = "Notwithstanding the aforementioned considerations, practitioners must demonstrate comprehensive understanding."
    hard = "<p>" + " ".join([sentence] * 5) + "</p>"
    [concern] = reading_age(read_page_text(hard), SETTINGS)
    assert concern.check == "AIS-READING-AGE" and concern.severity.value == "error"
    easy = "<p>" + " ".join(["You can get help. We will call you back. It is free."] * 5) + "</p>"
    assert list(reading_age(read_page_text(easy), SETTINGS)) == []


@pytest.mark.parametrize("words, severity", [(21, "warning"), (26, "error")])
def test_long_sentences(words: int, severity: str) -> None:
    [concern] = sentence_length(read_page_text("<p>" + "word " * words + "end.</p>"), SETTINGS)
    assert concern.severity.value == severity


@pytest.mark.parametrize("text, flagged", [
    ("Ask your general practitioner (GP) first. Your GP can help.", []),
    ("Ask your GP (general practitioner) first.", []),
    ("Ask your general practitioner first. Your GP can help.", []),  # the glossary's words came first
    ("Ask your GP first.", ["GP"]),
    ("Ask your CPN first.", ["CPN"]),
    ("The NHS can help.", []),
])
def test_abbreviations_are_explained_on_first_use(text: str, flagged: list[str]) -> None:
    concerns = list(abbreviations(read_page_text(f"<p>{text}</p>"), SETTINGS, {"GP": "general practitioner"}))
    assert [c.quote for c in concerns] == flagged


def test_link_text_must_say_where_it_goes() -> None:
    page = read_page_text('<p><a href="a/">Click here</a> <a href="b/">https://example.org</a> <a href="c/">Our complaints policy</a></p>')
    assert ids(link_text(page)) == ["AIS-LINK-TEXT", "AIS-LINK-TEXT"]


def test_document_links_give_format_and_size() -> None:
    good = read_page_text('<p><a href="policy.pdf">Our policy</a> (PDF, 220 KB)</p>')
    bad = read_page_text('<p><a href="policy.pdf">Our policy</a></p>')
    assert list(document_links(good)) == [] and ids(document_links(bad)) == ["AIS-DOCUMENT-LINK"]


def test_headings_one_main_heading_and_no_skipped_levels() -> None:
    assert list(headings(read_page_text("<h1>A</h1><h2>B</h2><h3>C</h3><h2>D</h2>"))) == []
    assert [c.quote for c in headings(read_page_text("<h1>A</h1><h3>C</h3>"))] == ["C"]
    assert [c.quote for c in headings(read_page_text("<h1>A</h1><h1>B</h1>"))] == ["B"]


def test_findings_point_at_the_line_that_holds_the_words() -> None:
    source = "title: x\nsummary: >\n  We will call you\n  back within a day.\n"
    assert locate(source, "We will call you back within a day.") == (3, 3)
    assert locate(source, "summary") == (2, 1)
    assert locate(source, "not here at all") is None


def test_published_stories_need_consent_already_given() -> None:
    offer = read_offer(FIXTURES / "valid-minimal/offers/minimal.yaml", "offers/minimal.yaml").offer
    dates = {story.consent.date for story in offer.public_case_studies()}
    assert list(story_consent(offer, max(dates))) == []
    [concern] = story_consent(offer, min(dates) - dt.timedelta(days=1))
    assert concern.check == "AIS-CONSENT"
