"""Markdown that cannot run script or load from another website: its HTML goes through the sanitiser.

MkDocs makes every page body (content/, easy_read/ and the generated offer pages) with
the site's Markdown, and the page checks and printed documents convert with the same
extensions, so one Markdown postprocessor, registered last, sanitises all of them
(render/sanitise.py). The plugin adds it to every site.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

from generator.render.sanitise import sanitise
from generator.render.tables import unwrapped_captions


class _Sanitise(Postprocessor):
    def run(self, text: str) -> str:
        return sanitise(unwrapped_captions(text))  # a caption left in a <p> would be moved out of its table


class MarkupSafety(Extension):
    """Registered below raw_html (30) and amp_substitute (20), so it sees the page's final HTML."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.postprocessors.register(_Sanitise(md), "phb_sanitise", 0)


def site_markdown_extensions(extensions: Sequence[Any], *, sanitised: bool = True) -> list[Any]:
    """The site's Markdown extensions with MarkupSafety added once, or (for the checks that explain it) left out."""
    others = [extension for extension in extensions if not isinstance(extension, MarkupSafety)]
    return [*others, MarkupSafety()] if sanitised else others
