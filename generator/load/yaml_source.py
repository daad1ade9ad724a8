"""Load YAML while remembering where every value came from, so errors can name the line.

Dates stay as text here (pydantic parses them), so a date such as 2026-13-01 becomes
a clear field error instead of a crash inside the YAML library. Repeated keys are
errors: YAML would otherwise keep the last one and silently drop the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from generator.errors import InvalidInput, Problem

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ten times faster where installed


class _Loader(_SafeLoader):  # type: ignore[misc, valid-type]
    """A safe loader that leaves dates as strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Location = Sequence[str | int]


@dataclass(frozen=True)
class SourceMap:
    """Finds the line and column (1-based) of a value from its location in the data."""

    root: yaml.Node | None
    line_offset: int = 0

    def position(self, location: Location) -> tuple[int, int]:
        node = self.root
        if node is None:
            return 1 + self.line_offset, 1
        for part in location:
            child = _child(node, part)
            if child is None:
                break
            node = child
        return self._at(node)

    def within(self, location: Location) -> SourceMap | None:
        """The map of the value at `location`, to validate one part of a file on its own; None if it is not there."""
        node = self.root
        for part in location:
            node = _child(node, part) if node is not None else None
        return SourceMap(node, self.line_offset) if node is not None else None

    def key_position(self, location: Location) -> tuple[int, int]:
        """Where the key itself is written (for unknown keys), falling back to the value's position."""
        *parent, last = location
        node = self.root
        for part in parent:
            node = _child(node, part) if node is not None else None
        if isinstance(node, yaml.MappingNode):
            for key, _ in node.value:
                if key.value == last:
                    return self._at(key)
        return self.position(location)

    def nearest_key_position(self, location: Location) -> tuple[int, int]:
        """Where to add a value the file lacks: the key of the deepest part of `location` it has, else the first key."""
        node, found = self.root, 0
        for part in location:
            child = _child(node, part) if node is not None else None
            if child is None:
                break
            node, found = child, found + 1
        return self.key_position(location[:found]) if found else self.position(())

    def _at(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1 + self.line_offset, node.start_mark.column + 1


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == part:
                found: yaml.Node = value
                return found
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        item: yaml.Node = node.value[part]
        return item
    return None


def compose_yaml(text: str) -> SourceMap:
    """Only where each value is, without reading the values: for files with tags of another tool (mkdocs.yml's !ENV)."""
    return SourceMap(yaml.compose(text, Loader=_Loader))


def load_yaml(text: str, path: str, line_offset: int = 0) -> tuple[Any, SourceMap]:
    """Parse `text`; raise InvalidInput naming the line for broken YAML or repeated keys."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is not None:
            _reject_repeated_keys(root, path, line_offset)
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = _where_to_fix(error)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message, fix = _explain_syntax_error(str(error.problem or error.context))
        raise InvalidInput([Problem(path, line + line_offset, column, "yaml", message, fix)]) from None
    finally:
        loader.dispose()
    return data, SourceMap(root, line_offset)


OPENED_BUT_NOT_CLOSED = ("while parsing a flow", "while scanning a quoted scalar")


def _where_to_fix(error: yaml.MarkedYAMLError) -> Any:
    """An unclosed bracket or quote is fixed where it opens, not where the parser gave up."""
    if error.context_mark and str(error.context).startswith(OPENED_BUT_NOT_CLOSED):
        return error.context_mark
    return error.problem_mark or error.context_mark


SYNTAX_HINTS = [
    ("mapping values are not allowed", "there is a colon, or an indent, where YAML does not expect one",
     "check the indentation of this line against the one above; put text that contains ': ' in quotes"),
    ("cannot start any token", "this line starts with a character YAML cannot read, often a tab",
     "indent with spaces, never tabs; put text that starts with @ or ` in quotes"),
    ("did not find expected ',' or ']'", "a list in [square brackets] is not closed", "end the list with ]"),
    ("could not find expected ':'", "a line is missing the colon after its key", "write each field as `key: value`"),
    ("found unexpected end of stream", "a quote is opened but never closed", "close the quote at the end of the text"),
]


def _explain_syntax_error(problem: str) -> tuple[str, str]:
    for needle, message, fix in SYNTAX_HINTS:
        if needle in problem:
            return message, fix
    return f"the YAML cannot be read ({problem})", "check the indentation, colons and quotes on this line and the one above"


def _reject_repeated_keys(node: yaml.Node, path: str, line_offset: int) -> None:
    problems = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in current.value:
                if key.value in seen:
                    problems.append(
                        Problem(
                            path,
                            key.start_mark.line + 1 + line_offset,
                            key.start_mark.column + 1,
                            str(key.value),
                            "this key appears twice in the same block",
                            "keep one of them and delete the other",
                        )
                    )
                seen.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    if problems:
        raise InvalidInput(problems)
