"""A download: a file of the site other than its pages, with the words that link to it.

The planned pages list downloads with their format and size; generator.formats makes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property


@dataclass
class Download:
    uri: str
    """Where it goes in the site, for example offers/westshire/westshire-offer.json."""
    title: str
    """What it is, in words for a link: 'The offer as open data'."""
    format: str
    """The format as readers know it, for example JSON."""
    make: Callable[[], bytes] = field(repr=False)
    """Makes the bytes, only when the site is built: planning a site (to check links, say) does not need them."""

    @cached_property
    def content(self) -> bytes:
        return self.make()

    @property
    def size_kb(self) -> int:
        return max(1, round(len(self.content) / 1024))
