"""What `phb build` and `phb check` show on stderr while they work, and how long each stage took.

On a terminal each stage is a rich progress bar. Anywhere else (CI logs, a pipe) a bar
would print as noise, so each stage prints a plain line when it starts, when it ends,
and at most every PLAIN_LINE_PERIOD seconds in between. Stages with nothing to count
(total 0) print their name once.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.progress import Progress as Bars

PLAIN_LINE_PERIOD = 10.0


class ConsoleProgress:
    """A `generator.progress.Progress` for people: bars or lines, and the time of each stage."""

    def __init__(self, console: Console | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.console = console or Console(stderr=True)
        self.clock = clock
        self.stage_seconds: dict[str, dict[str, float]] = defaultdict(dict)
        """Each part's stages, in the order they ran, with their seconds."""
        self.part_seconds: dict[str, float] = defaultdict(float)
        self._part = ""
        self._part_started = 0.0
        self._stage: str | None = None
        self._stage_started = 0.0
        self._total = 0
        self._said_at = 0.0
        self._bars: Bars | None = None
        self._task: TaskID | None = None

    def part(self, name: str) -> None:
        self._end_part()
        self._part, self._part_started = name, self.clock()

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        if stage != self._stage:
            self._end_stage(now)
            self._stage, self._stage_started, self._total = stage, now, total
            self._start(stage, total)
        elif self._task is not None and self._bars is not None:
            self._total = total
            self._bars.update(self._task, completed=done, total=total or None)
        elif total and (done == total or now - self._said_at >= PLAIN_LINE_PERIOD):
            self._say(f"{stage} {done}/{total}")
            self._said_at = now

    def close(self) -> None:
        """End the last stage and take the bars off the screen's live area."""
        self._end_part()
        if self._bars is not None:
            self._bars.stop()
            self._bars = None

    def summary(self, part: str) -> str:
        """"4.1 s (validate 0.3 s, pages 2.9 s)": the part's time and each of its stages'."""
        stages = ", ".join(f"{stage} {_seconds(s)}" for stage, s in self.stage_seconds[part].items())
        return f"{_seconds(self.part_seconds[part])} ({stages})"

    def _start(self, stage: str, total: int) -> None:
        if self.console.is_terminal:
            if self._bars is None:
                self._bars = Bars(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                  console=self.console)
                self._bars.start()
            self._task = self._bars.add_task(self._described(stage), total=total or None)
        else:
            self._say(f"{stage} 0/{total}" if total else f"{stage}...")
            self._said_at = self.clock()

    def _end_stage(self, now: float) -> None:
        if self._stage is not None:
            seconds = self.stage_seconds[self._part]
            seconds[self._stage] = seconds.get(self._stage, 0.0) + now - self._stage_started
            if self._task is not None and self._bars is not None:  # a finished stage shows a full bar
                self._bars.update(self._task, total=self._total or 1, completed=self._total or 1)
        self._stage, self._task = None, None

    def _end_part(self) -> None:
        now = self.clock()
        self._end_stage(now)
        if self._part:
            self.part_seconds[self._part] += now - self._part_started
        self._part = ""

    def _described(self, stage: str) -> str:
        return f"{self._part}: {stage}" if self._part else stage

    def _say(self, line: str) -> None:
        self.console.print(self._described(line), markup=False, highlight=False, soft_wrap=True)


def _seconds(seconds: float) -> str:
    return f"{seconds:.1f} s"
