"""Today's date is an input: checks answer the same on any day, and --today moves them on purpose."""

from __future__ import annotations

import datetime as dt

import time_machine
from conftest import TODAY, SampleProject


def test_validate_says_the_same_whatever_the_clock_says(sample) -> None:
    project: SampleProject = sample()
    now = project.phb("validate")
    with time_machine.travel(dt.datetime(TODAY.year + 2, 6, 1, tzinfo=dt.UTC)):
        later = project.phb("validate")
    assert (later.exit_code, later.output) == (now.exit_code, now.output)
    assert now.exit_code == 0, now.output


def test_today_can_be_set_to_see_reviews_fall_due(sample) -> None:
    project: SampleProject = sample()
    result = project.phb("validate", "--today", "2099-01-01")
    assert result.exit_code == 1, result.output
    assert "AIS-REVIEW-DATE: the review was due on" in result.output


def test_a_today_that_is_not_a_date_is_a_clear_usage_error(sample) -> None:
    result = sample().phb("validate", "--today", "2026-13-01")
    assert result.exit_code == 2
    assert "Invalid value for '--today'" in result.output
