"""A list written between [ ] in YAML splits at every comma, so one sentence can become two items.

`[Tell us if your needs change, or if you move house.]` is valid YAML with two items, so it
is not an input problem; but an item that starts with a lower-case word after a comma is
most likely the second half of a sentence. The source checks warn about it at the item's
own line and column, read from the composed YAML (its nodes keep their flow style).
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml

from generator.checks.findings import Finding
from generator.errors import Severity
from generator.load.validation import dotted
from generator.load.yaml_source import Location, SourceMap

SPLIT_SENTENCE = "YAML-SPLIT-SENTENCE"
FIX = 'write the list one item per line starting with "- ", or put the sentence in quotes'


def split_sentences(path: str, source: SourceMap, page: str) -> list[Finding]:
    """A warning for each item of a [ ] list that reads like the rest of the item before it."""
    if source.root is None:
        return []
    return [Finding(path, item.start_mark.line + 1 + source.line_offset, item.start_mark.column + 1, SPLIT_SENTENCE,
                    f"{dotted(location)}: this list is written between [ ] and an item starts with \"{item.value}\": "
                    "a comma split one sentence into two items", FIX, Severity.warning, page)
            for location, item in _split_items(source.root, ())]


def _split_items(node: yaml.Node, location: Location) -> Iterator[tuple[Location, yaml.ScalarNode]]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _split_items(value, (*location, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            if node.flow_style and index > 0 and _reads_as_half_a_sentence(item):
                yield (*location, index), item
            else:
                yield from _split_items(item, (*location, index))


def _reads_as_half_a_sentence(item: yaml.Node) -> bool:
    """Unquoted words (plain style: None or "" from the parser) that start in lower case.

    One word alone is a name, such as a format in [easy_read, braille], not half a sentence.
    """
    return isinstance(item, yaml.ScalarNode) and not item.style and item.value[:1].islower() and " " in item.value
