"""Lay a test scenario over valid-minimal: whole files are copied, overlays change only the keys they name.

A scenario in tests/fixtures/ holds only what differs from valid-minimal. A file
`offers/NAME.overlay.yaml` is merged into valid-minimal's `offers/NAME.yaml`, so the
scenario tests today's base plus its one change, however the base grows:

- a mapping changes the keys it names and keeps the others; a new key goes at the end;
- a mapping with numbers for keys changes those entries of a list (0 is the first);
- `~` (null) deletes the key or the list entry;
- any other value replaces the one in the base.

The merged file is written back in the base's own layout (its comment, block lists,
short lists of words in brackets, `|` for text over several lines), so a problem's line
and column are where they are in valid-minimal. Dates stay as written, so an overlay can
hold a date that is not real. To see the file a scenario makes, with line numbers:

    python tests/overlay.py SCENARIO

Breakage that YAML cannot express (broken YAML, a key written twice) needs a whole file.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

OVERLAY_SUFFIX = ".overlay.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE = FIXTURES / "valid-minimal"


class _TextDatesLoader(yaml.SafeLoader):
    """Reads dates as text, as phb does, so `2026-02-30` survives to be reported."""


class _BaseLayoutDumper(yaml.SafeDumper):
    """Writes YAML in the layout of valid-minimal: lists indented under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


for _cls in (_TextDatesLoader, _BaseLayoutDumper):
    _cls.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.Node:
    words_only = all(not isinstance(item, dict | list) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=words_only)


_BaseLayoutDumper.add_representer(str, _text)
_BaseLayoutDumper.add_representer(list, _list)


def lay_over(scenario: Path, destination: Path) -> None:
    """Copy the scenario's files into the project at `destination`, merging each overlay into its base file."""
    for source in sorted(p for p in scenario.rglob("*") if p.is_file()):
        relative = source.relative_to(scenario)
        target = destination / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.name.endswith(OVERLAY_SUFFIX):
            base = target.with_name(source.name.removesuffix(OVERLAY_SUFFIX) + ".yaml")
            base.write_text(merged_text(base.read_text(encoding="utf-8"), source.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            shutil.copyfile(source, target)


def merged_text(base: str, overlay: str) -> str:
    """The base YAML with the overlay's changes, in the base's layout and with its opening comment."""
    comment = "".join(line for line in base.splitlines(keepends=True)[:_comment_lines(base)])
    merged = merge(yaml.load(base, _TextDatesLoader), yaml.load(overlay, _TextDatesLoader))
    return comment + yaml.dump(merged, Dumper=_BaseLayoutDumper, sort_keys=False, allow_unicode=True, width=sys.maxsize)


def merge(base: Any, change: Any) -> Any:
    """`change` laid over `base`, by the rules in this module's docstring."""
    if isinstance(change, dict) and isinstance(base, list) and all(isinstance(key, int) for key in change):
        merged = list(base)
        for index in sorted(change, reverse=True):  # from the end, so deleting keeps the other positions
            if change[index] is None:
                del merged[index]
            else:
                merged[index] = merge(merged[index], change[index])
        return merged
    if isinstance(change, dict) and isinstance(base, dict):
        result = dict(base)
        for key, value in change.items():
            if value is None:
                result.pop(key, None)
            else:
                result[key] = merge(base.get(key), value)
        return result
    return change


def _comment_lines(text: str) -> int:
    lines = text.splitlines()
    return next((number for number, line in enumerate(lines) if not line.startswith("#")), len(lines))


if __name__ == "__main__":
    name = sys.argv[1]
    for overlay in sorted((FIXTURES / name).rglob(f"*{OVERLAY_SUFFIX}")):
        relative = overlay.relative_to(FIXTURES / name)
        base = BASE / relative.with_name(overlay.name.removesuffix(OVERLAY_SUFFIX) + ".yaml")
        print(f"== {relative} over {base.relative_to(FIXTURES)}")
        for number, line in enumerate(merged_text(base.read_text(), overlay.read_text()).splitlines(), start=1):
            print(f"{number:4} {line}")
