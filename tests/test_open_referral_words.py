"""Opening hours and addresses in words become Open Referral UK's fields only when the words say them plainly."""

from __future__ import annotations

import pytest

from generator.formats.open_referral_words import address, opening_times, weekdays


@pytest.mark.parametrize(("days", "codes"), [
    ("Monday to Friday", ["MO", "TU", "WE", "TH", "FR"]),
    ("Monday to Friday, except bank holidays", ["MO", "TU", "WE", "TH", "FR"]),
    ("Tuesdays", ["TU"]),
    ("Monday, Wednesday and Friday", ["MO", "WE", "FR"]),
    ("Saturday - Sunday", ["SA", "SU"]),
    ("Every day", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
    ("First Saturday of each month", None),
    ("Friday to Monday", None),
    ("Term time", None),
])
def test_weekdays(days: str, codes: list[str] | None) -> None:
    assert weekdays(days) == codes


@pytest.mark.parametrize(("hours", "times"), [
    ("9am to 5pm", ("09:00", "17:00")),
    ("9.30am to 4.30pm", ("09:30", "16:30")),
    ("12pm to 2pm", ("12:00", "14:00")),
    ("09:00 - 17:00", ("09:00", "17:00")),
    ("5pm to 7pm, for people who work in the day", ("17:00", "19:00")),
    ("9 to 5", None),
    ("5pm to 9am", None),
    ("Messages answered within 3 working days", None),
    ("13pm to 2pm", None),
])
def test_opening_times(hours: str, times: tuple[str, str] | None) -> None:
    assert opening_times(hours) == times


def test_an_address_with_a_postcode_is_read_into_lines_town_and_postcode() -> None:
    assert address("PHB Team, Riverside House, 12 Mill Lane, Brackenbury, xw1 4ph", {"PHB Team"}) == {
        "attention": "PHB Team", "address_1": "Riverside House, 12 Mill Lane", "city": "Brackenbury",
        "state_province": "", "postal_code": "XW1 4PH", "country": "GB"}


@pytest.mark.parametrize("text", ["Brackenbury Library", "12 Mill Lane, Brackenbury", "12 Mill Lane, Brackenbury, near the station"])
def test_an_address_without_lines_town_and_postcode_is_left_out(text: str) -> None:
    assert address(text, set()) is None
