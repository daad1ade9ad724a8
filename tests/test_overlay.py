"""Scenario overlays (tests/overlay.py) change only what they name, and keep valid-minimal's lines."""

from __future__ import annotations

from overlay import BASE, merge, merged_text

BASE_OFFER = (BASE / "offers" / "minimal.yaml").read_text(encoding="utf-8")


def test_an_empty_overlay_gives_back_the_base_exactly() -> None:
    assert merged_text(BASE_OFFER, "{}") == BASE_OFFER


def test_an_overlay_changes_one_line_and_keeps_every_other_where_it_was() -> None:
    merged = merged_text(BASE_OFFER, "period: {start: 2026-02-30}\n").splitlines()
    base = BASE_OFFER.splitlines()
    assert [number for number, (a, b) in enumerate(zip(base, merged, strict=True), 1) if a != b] == [11]
    assert merged[10] == "  start: 2026-02-30"


def test_merge_rules() -> None:
    base = {"a": 1, "b": {"c": 2, "d": 3}, "items": [{"x": 1}, {"x": 2}, {"x": 3}], "words": ["one"]}
    change = {"b": {"c": None}, "items": {0: {"x": 9}, 1: None}, "words": ["two"], "new": True}
    assert merge(base, change) == {"a": 1, "b": {"d": 3}, "items": [{"x": 9}, {"x": 3}], "words": ["two"], "new": True}
