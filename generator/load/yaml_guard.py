"""Refuse YAML that could smuggle text or stall the build, before anything is built from it.

Anchors, aliases and merge keys (`&name`, `*name`, `<<:`) copy values from one place to
another, so `summary: *notes` would put a staff-only note in a public field; and a few lines
of them (the "billion laughs") expand to more text than the build can hold. Deep nesting
would overflow the YAML library's stack. The events are walked one by one, in a loop, so
neither costs anything before it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from generator.errors import InvalidInput, Problem

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ten times faster where installed
MAX_DEPTH = 50
"""Far deeper than any offer, page or setting needs."""
MERGE_KEY = "<<"
COPIES_WHY = "and copies can carry staff-only text into public fields"


@dataclass(frozen=True)
class Scan:
    """What the events show: where values are copied, and where explicit tags are used."""

    copies: tuple[Problem, ...]
    tags: tuple[Problem, ...]


def scan_yaml(text: str, path: str, line_offset: int = 0) -> Scan:
    """Where `text` copies values or uses tags; InvalidInput if it nests deeper than MAX_DEPTH; YAMLError if it is not YAML."""
    copies: list[Problem] = []
    tags: list[Problem] = []
    open_blocks: list[int | None] = []
    """One entry per open block: for a mapping, how many keys and values it has so far (the even ones are keys); None for a list."""
    loader = SAFE_LOADER(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionEndEvent):
                open_blocks.pop()
            if not isinstance(event, yaml.NodeEvent):
                continue
            line, column = (mark.line, mark.column) if (mark := event.start_mark) else (0, 0)
            at = (path, line + 1 + line_offset, column + 1, "yaml")
            seen = open_blocks[-1] if open_blocks else None
            if seen is not None:
                open_blocks[-1] = seen + 1
            is_key = seen is not None and seen % 2 == 0
            copies += _copies(event, is_key, at)
            tag = getattr(event, "tag", None)
            tag = tag.replace("tag:yaml.org,2002:", "!!") if tag else tag
            if tag not in (None, "!"):
                tags.append(Problem(*at, f"the YAML tag {tag} is not used in these files",
                                    "remove the tag; put the value in quotes if it must stay text"))
            if isinstance(event, yaml.CollectionStartEvent):
                open_blocks.append(0 if isinstance(event, yaml.MappingStartEvent) else None)
                if len(open_blocks) > MAX_DEPTH:
                    raise InvalidInput([Problem(*at, f"the values are nested more than {MAX_DEPTH} levels deep",
                                                "indent less, or close the [ and { brackets: nothing here needs this many levels")])
    finally:
        loader.dispose()
    return Scan(tuple(copies), tuple(tags))


def _copies(event: yaml.NodeEvent, is_key: bool, at: tuple[str, int, int, str]) -> list[Problem]:
    """The anchor, alias or merge key that `event` is or has."""
    if isinstance(event, yaml.AliasEvent):
        return [Problem(*at, f"*{event.anchor} copies a value from elsewhere in the file, {COPIES_WHY}",
                        f"write the text out in full here instead of *{event.anchor}")]
    found = []
    if event.anchor is not None:
        found.append(Problem(*at, f"&{event.anchor} marks a value to copy elsewhere, {COPIES_WHY}",
                             f"remove &{event.anchor} and write the text out in full wherever it is needed"))
    if isinstance(event, yaml.ScalarEvent) and is_key and event.value == MERGE_KEY and event.implicit[0]:
        found.append(Problem(*at, f"{MERGE_KEY}: copies the fields of another block, {COPIES_WHY}",
                             f"write each field out in full instead of {MERGE_KEY}:"))
    return found
