"""Opening hours and postal addresses written in words, read into Open Referral UK's structured fields.

Offers write "Monday to Friday", "9am to 5pm" and "4 Station Road, Ashford Vale, XW3 2LC"
for people. Directories want weekdays, times and address lines. Each reader returns None
unless the words say it plainly, so the export never guesses: the words themselves stay in
the schedule's description, and an address that cannot be read is left out.
"""

from __future__ import annotations

import re
from typing import Any

DAY_CODES = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
             "saturday": "SA", "sunday": "SU"}
WEEK = list(DAY_CODES.values())
DAY_NAMES = {"weekdays": WEEK[:5], "every day": WEEK, "daily": WEEK}
RANGE = r"(?:to|until|-|\u2013)"
"""Between two days or two times: to, until, a hyphen or an en dash."""
EXCEPTIONS = re.compile(r"\s*[,(]?\s*(?:except|excluding|not on)\b.*$", re.IGNORECASE)
"""What may follow the days ("except bank holidays"): kept in the description, left out of the weekdays."""
TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?"
HOURS = re.compile(rf"^{TIME}\s*{RANGE}\s*{TIME}(?:,.*)?$", re.IGNORECASE)
"""A note after a comma ("5pm to 7pm, for people who work") stays in the description."""
UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", re.IGNORECASE)
UK = "GB"
"""Every offer is an English ICB's, so its addresses are in the United Kingdom (ISO 3166-1)."""


def weekdays(days: str) -> list[str] | None:
    """["MO", ..., "FR"] for "Monday to Friday", "Tuesdays" or "Monday, Wednesday and Friday"."""
    words = EXCEPTIONS.sub("", days).strip().lower()
    if words in DAY_NAMES:
        return DAY_NAMES[words]
    span = re.fullmatch(rf"(\w+?)s? {RANGE} (\w+?)s?", words)
    if span and {span[1], span[2]} <= DAY_CODES.keys():
        first, last = WEEK.index(DAY_CODES[span[1]]), WEEK.index(DAY_CODES[span[2]])
        return WEEK[first:last + 1] if first <= last else None
    names = [name.removesuffix("s") for name in re.split(r"\s*,\s*|\s+and\s+", words)]
    return [DAY_CODES[name] for name in names] if names and set(names) <= DAY_CODES.keys() else None


def opening_times(hours: str) -> tuple[str, str] | None:
    """("09:00", "17:00") for "9am to 5pm" or "09:00 to 17:00"."""
    match = HOURS.fullmatch(hours.strip())
    if not match:
        return None
    opens, closes = _clock(*match.groups()[:3]), _clock(*match.groups()[3:])
    return (opens, closes) if opens and closes and opens < closes else None


def _clock(hour: str, minute: str | None, half: str | None) -> str | None:
    value, minutes = int(hour), int(minute or 0)
    if half:
        if not 1 <= value <= 12:
            return None
        value = value % 12 + (12 if half.lower() == "pm" else 0)
    elif minute is None:
        return None  # "9 to 5" does not say morning or evening
    return f"{value:02d}:{minutes:02d}" if value < 24 and minutes < 60 else None


def address(text: str, names: set[str]) -> dict[str, Any] | None:
    """Address lines, town and postcode from "Riverside House, 12 Mill Lane, Brackenbury, XW1 4PH".

    A first line that is the service's or team's own name is who to address (`attention`).
    The county is not written in offers, so `state_province`, which the profile requires, is empty.
    """
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if len(parts) < 3 or not UK_POSTCODE.match(parts[-1]):
        return None
    lines, attention = parts[:-2], None
    if len(lines) > 1 and lines[0] in names:
        attention, lines = lines[0], lines[1:]
    found = {"address_1": ", ".join(lines), "city": parts[-2], "state_province": "",
             "postal_code": parts[-1].upper(), "country": UK}
    return {"attention": attention, **found} if attention else found
