"""Keep only the CSS our pages use.

mkdocs-material ships one 137 KB stylesheet for every feature it has. Our pages use a
small part of it, and people on slow or metered phone connections pay for every byte.
After a build we drop each rule whose selectors name a class or id that appears on no
page, then the custom properties that no remaining rule reads (many are large SVG icons).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import tinycss2
from tinycss2.ast import AtRule, Declaration, QualifiedRule

SELECTOR_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
SELECTOR_ID = re.compile(r"#(-?[_a-zA-Z][\w-]*)")
PARENTHESISED = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
VARIABLE_USE = re.compile(r"var\(\s*(--[\w-]+)")
GROUPING_RULES = {"media", "supports", "layer", "container"}


@dataclass
class Usage:
    """Class names and ids that appear in the built pages."""

    classes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)

    def add_html(self, html: bytes) -> None:
        """Record the classes and ids of one page.

        Splitting on the attribute is three times faster than a regular expression over
        2,500 pages; MkDocs and our templates always write them as ` class="..."`.
        """
        for value in _attribute_values(html, b' class="'):
            self.classes.update(value.split())
        self.ids.update(_attribute_values(html, b' id="'))

    def selector_is_used(self, selector: str) -> bool:
        """True unless the selector needs a class or id that no page has.

        Names inside :not(), :is() and other functions are ignored: they may match without them.
        """
        outside_functions = PARENTHESISED.sub("", selector)
        return all(c in self.classes for c in SELECTOR_CLASS.findall(outside_functions)) and all(
            i in self.ids for i in SELECTOR_ID.findall(outside_functions)
        )


def _attribute_values(html: bytes, opening: bytes) -> set[str]:
    return {chunk[: chunk.find(b'"')].decode() for chunk in html.split(opening)[1:]}


@dataclass
class _Style:
    selectors: list[str]
    declarations: list[tuple[str, str]]


@dataclass
class _Group:
    head: str
    children: list[_Item]


_Item = _Style | _Group | str
"""A style rule, an at-rule that groups rules (such as @media), or another at-rule kept as written."""


def purge_css(css: str, usage: Usage) -> str:
    """The stylesheet with unused rules and unused custom properties removed."""
    tree = _used(_parse(css), usage)
    return _write(tree, _variables_read(tree))


def _parse(css: str) -> list[_Item]:
    return _items(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True))


def _items(rules: Iterable[object]) -> list[_Item]:
    items: list[_Item] = []
    for rule in rules:
        if isinstance(rule, QualifiedRule):
            declarations = [
                (d.name if d.name.startswith("--") else d.lower_name,
                 tinycss2.serialize(d.value).strip() + ("!important" if d.important else ""))
                for d in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
                if isinstance(d, Declaration)
            ]
            items.append(_Style(_split_selectors(tinycss2.serialize(rule.prelude)), declarations))
        elif isinstance(rule, AtRule) and rule.lower_at_keyword in GROUPING_RULES and rule.content is not None:
            head = f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude).strip()}"
            items.append(_Group(head, _items(tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True))))
        elif isinstance(rule, AtRule):
            items.append(tinycss2.serialize([rule]))
    return items


def _split_selectors(prelude: str) -> list[str]:
    """Split a selector list on top-level commas (not those inside :is(), :not() and the like)."""
    parts, depth, current = [], 0, ""
    for char in prelude:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()]


def _used(items: list[_Item], usage: Usage) -> list[_Item]:
    kept: list[_Item] = []
    for item in items:
        if isinstance(item, _Style):
            selectors = [s for s in item.selectors if usage.selector_is_used(s)]
            if selectors:
                kept.append(_Style(selectors, item.declarations))
        elif isinstance(item, _Group):
            children = _used(item.children, usage)
            if children:
                kept.append(_Group(item.head, children))
        else:
            kept.append(item)
    return kept


def _styles(items: list[_Item]) -> list[_Style]:
    found: list[_Style] = []
    for item in items:
        if isinstance(item, _Style):
            found.append(item)
        elif isinstance(item, _Group):
            found += _styles(item.children)
    return found


def _variables_read(items: list[_Item]) -> set[str]:
    """Custom properties read by ordinary declarations, followed through properties that read others."""
    definitions: dict[str, set[str]] = {}
    read: set[str] = set()
    for style in _styles(items):
        for name, value in style.declarations:
            if name.startswith("--"):
                definitions.setdefault(name, set()).update(VARIABLE_USE.findall(value))
            else:
                read.update(VARIABLE_USE.findall(value))
    pending = list(read)
    while pending:
        for inner in definitions.get(pending.pop(), ()):
            if inner not in read:
                read.add(inner)
                pending.append(inner)
    return read


def _write(items: list[_Item], variables: set[str]) -> str:
    out: list[str] = []
    for item in items:
        if isinstance(item, _Style):
            body = ";".join(f"{n}:{v}" for n, v in item.declarations if not n.startswith("--") or n in variables)
            if body:
                out.append(f"{','.join(item.selectors)}{{{body}}}")
        elif isinstance(item, _Group):
            inner = _write(item.children, variables)
            if inner:
                out.append(f"{item.head}{{{inner}}}")
        else:
            out.append(item)
    return "".join(out)
