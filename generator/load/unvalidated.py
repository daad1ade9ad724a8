"""What can still be read from a source that failed validation, so its one problem is not reported again elsewhere.

A page with a misspelt key still exists: links to it, and the Easy Read page paired with it,
must not be reported as pointing at nothing. The same goes for the pages of an offer that
failed validation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import InvalidInput
from generator.load.sources import FRONT_MATTER, STAFF_FOLDER
from generator.load.text_file import read_source_text
from generator.load.yaml_source import load_yaml
from generator.models import Audience


def page_audience(path: Path, src_uri: str) -> Audience:
    """The audience of a page that failed validation, as far as it can be read; public when it cannot be.

    Public only makes links to it count as existing: nothing is published while the page has a problem.
    """
    if src_uri.startswith(STAFF_FOLDER):
        return Audience.staff
    match = FRONT_MATTER.match(_text(path))
    fields = _fields(match.group(1) or "") if match else {}
    try:
        return Audience(fields.get("audience", Audience.public.value))
    except ValueError:
        return Audience.public


def offer_ids(path: Path) -> set[str]:
    """The ids an offer that failed validation may have: its file name, and its `id:` if that can be read."""
    written = _fields(_text(path)).get("id")
    return {path.stem} | ({written} if isinstance(written, str) else set())


def _text(path: Path) -> str:
    try:
        return read_source_text(path, path.name)
    except InvalidInput:
        return ""


def _fields(text: str) -> dict[Any, Any]:
    try:
        data, _ = load_yaml(text, "")
    except InvalidInput:
        return {}
    return data if isinstance(data, dict) else {}
