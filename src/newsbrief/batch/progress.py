"""Progress on stderr: a rich bar (stories/s, ETA) on a terminal, plain periodic lines otherwise.

The bar is redrawn by hand, not by rich's refresh thread, so no thread is running when the local pool
forks a worker. The rate counts only stories worked on in this run (not ones skipped on resume).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from typing import Any, TextIO


@dataclass
class Counts:
    done: int = 0
    skipped: int = 0
    failed: int = 0

    @property
    def seen(self) -> int:
        return self.done + self.skipped + self.failed


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


class Reporter:
    """`mode`: "bar" (rich), "lines" (one line every `every` seconds) or "off"."""

    def __init__(self, total: int | None, mode: str, every: float = 5.0, stream: TextIO | None = None):
        self.total = total
        self.mode = mode
        self.every = every
        self.stream = stream or sys.stderr
        self.created = self.start_time = time.perf_counter()
        self.worked = 0  # stories briefed or failed in this run (the rate's numerator)
        self.last = 0.0
        self.bar: Any = None
        self.task: Any = None

    @staticmethod
    def choose(stream: TextIO | None = None, quiet: bool = False) -> str:
        if quiet:
            return "off"
        s = stream or sys.stderr
        return "bar" if hasattr(s, "isatty") and s.isatty() else "lines"

    def start(self) -> None:
        self.start_time = self.last = time.perf_counter()
        if self.mode != "bar":
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            TextColumn("batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("ETA {task.fields[eta]}"),
            TimeElapsedColumn(),
            TextColumn("{task.fields[failed]}"),
            console=Console(file=self.stream),
            auto_refresh=False,
        )
        self.bar.start()
        self.task = self.bar.add_task("batch", total=self.total, rate="", eta="-:--:--", failed="")

    def rate(self) -> float:
        elapsed = time.perf_counter() - self.start_time
        return self.worked / elapsed if elapsed > 0 else 0.0

    def eta(self, c: Counts) -> str:
        r = self.rate()
        if self.total is None or r <= 0:
            return "-:--:--"
        return _clock(max(self.total - c.seen, 0) / r)

    def update(self, c: Counts, worked: int, final: bool = False) -> None:
        self.worked = worked
        now = time.perf_counter()
        if self.mode == "bar":
            if final or now - self.last >= 0.1:
                self.last = now
                failed = f"{c.failed} failed" if c.failed else ""
                self.bar.update(
                    self.task,
                    completed=c.seen,
                    rate=f"{self.rate():.1f} stories/s",
                    eta=self.eta(c),
                    failed=failed,
                )
                self.bar.refresh()
        elif self.mode == "lines" and not final and now - self.last >= self.every:
            self.last = now
            of = f"/{self.total}" if self.total is not None else ""
            counts = f"{c.done} done, {c.skipped} skipped, {c.failed} failed"
            rate = f"{self.rate():.1f} stories/s, ETA {self.eta(c)}"
            print(
                f"newsbrief batch: {c.seen}{of} {'story' if (self.total or c.seen) == 1 else 'stories'} "
                f"({counts}), {rate}",
                file=self.stream,
                flush=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

    def summary(self, c: Counts) -> str:
        """The final line: counts, time and rate."""
        total = time.perf_counter() - self.created
        startup = self.start_time - self.created
        return (
            f"newsbrief batch: {c.done} done, {c.skipped} skipped, {c.failed} failed in {total:.1f} s"
            f" ({startup:.1f} s start-up, then {self.rate():.1f} stories/s)"
        )
