"""How long work says how far it has gone, without knowing who listens.

The core and the MkDocs plugin call a `Progress` with plain numbers; the command line
decides whether that becomes a bar on a terminal or periodic lines in CI
(generator/console.py). Work that nobody watches (a preview, a test) gets `NO_PROGRESS`.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def part(self, name: str) -> None:
        """A new part of the work starts, such as "public site"; the stages after it belong to it."""

    def __call__(self, stage: str, done: int, total: int) -> None:
        """`done` of `total` items of `stage` are finished; a new stage name ends the stage before it."""


class _NoProgress:
    def part(self, name: str) -> None:
        pass

    def __call__(self, stage: str, done: int, total: int) -> None:
        pass


NO_PROGRESS: Progress = _NoProgress()
