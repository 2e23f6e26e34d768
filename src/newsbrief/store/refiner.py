"""Where an ingest's refinement runs: in this process, or in one worker process beside it.

    refiner = Refiner(process=False)   # `store.REFINE_PROCESS`
    refiner.start(movable, assignments, kw, shown_margin); ...; story_of, targets = refiner.result()

`Store._refine` starts the refinement (`engine.refine_agreed`) of an ingest once its inputs are read,
posts the ingest's new articles to the index (`index.add`: SQL, no decision reads it) and then takes
the result. In this process `start` only keeps the inputs and `result` computes. With `process=True`
one worker process computes it while this one posts: the same inputs (pickled: the floats and the
dicts' order as they were), the same function, and the refinement's kept cosines (`engine.Dots`) kept
in the worker, told what the store forgets or clears before each request; so the same stories.
Measured (session 48) it lowers the main process's CPU but not the wall time: an ingest's posting is
all that can run beside its refinement (the next ingest reads what the refinement writes), and
pickling the inputs costs about what the posting saves. Off by default.
"""

from __future__ import annotations

import os
import pathlib
import socket
import subprocess
import sys
from collections.abc import Iterable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from ..cluster import engine as ce
from ..errors import NewsbriefError

Result = tuple[dict[str, int], dict[str, int]]  # each article's story; where the lone ones are shown


def refine(
    movable: Sequence[ce.Piece],
    assignments: dict[str, ce.Assignment],
    dots: ce.Dots,
    kw: dict[str, Any],
    shown_margin: float | None,
) -> Result:
    """`engine.refine_agreed` with `kw`, and where `adopt` at `shown_margin` shows the lone articles."""
    targets: dict[str, int] = {}
    shown = (shown_margin, targets) if shown_margin is not None else None
    return ce.refine_agreed(movable, assignments, dots=dots, shown=shown, **kw), targets


class Refiner:
    """An ingest's refinement, started and then taken (`start`, `result`), in this process or (with
    `process`) in a worker process; also the refinement's kept cosines as the store sees them
    (`forget`, `clear`, `entries`: `engine.Dots`'), which the worker keeps."""

    MAX_ENTRIES = ce.Dots.MAX_ENTRIES

    def __init__(self, process: bool = False) -> None:
        self.process = process
        self.dots = ce.Dots()  # in this process (with `process`: not used)
        self._ops: list[tuple[str, list[int]]] = []  # told to the worker with the next request
        self._conn: Any = None
        self._worker: Any = None
        self._pending: tuple | None = None  # in this process: the inputs `result` refines
        self._waiting = False  # a request the worker has not answered yet
        self._entries = 0

    @property
    def entries(self) -> int:
        return self._entries if self.process else self.dots.entries

    def forget(self, stories: Iterable[int]) -> None:
        if self.process:
            self._ops.append(("forget", sorted(set(stories))))
        else:
            self.dots.forget(stories)

    def clear(self) -> None:
        if self.process:
            self._ops = [("clear", [])]
        else:
            self.dots.clear()

    def start(
        self,
        movable: Sequence[ce.Piece],
        assignments: dict[str, ce.Assignment],
        kw: dict[str, Any],
        shown_margin: float | None,
    ) -> None:
        if not self.process:
            self._pending = (movable, assignments, kw, shown_margin)
            return
        conn = self._connection()
        if self._waiting:  # an ingest that failed after its start: its answer is not wanted
            self._receive()
        try:
            conn.send((self._ops, (list(movable), assignments, kw, shown_margin)))
        except OSError:  # the worker is gone (killed)
            self._died()
        self._ops = []
        self._waiting = True

    def result(self) -> Result:
        if not self.process:
            pending, self._pending = self._pending, None
            if pending is None:
                raise RuntimeError("result() before start()")
            movable, assignments, kw, shown_margin = pending
            return refine(movable, assignments, self.dots, kw, shown_margin)
        out = self._receive()
        if isinstance(out, BaseException):
            self.clear()
            raise out
        story_of, targets, self._entries = out
        return story_of, targets

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()  # the worker reads the end of its pipe and exits
            try:
                self._worker.wait(5)
            except subprocess.TimeoutExpired:  # the pipe held open elsewhere (a process forked since)
                self._worker.kill()
                self._worker.wait()
            self._conn = self._worker = None

    def _connection(self) -> Any:
        """The pipe to the worker, started when first asked for: a fresh interpreter (`python -c`: it
        imports no main module, as `multiprocessing`'s spawn does, and inherits none of this process's
        threads or connections, as a fork does) holding one end of a socket pair."""
        if self._conn is None:
            mine, theirs = socket.socketpair()
            root = str(pathlib.Path(__file__).resolve().parents[2])  # where this newsbrief is imported from
            code = f"import sys; sys.path.insert(0, {root!r}); from newsbrief.store.refiner import serve; "
            code += f"serve({theirs.fileno()}, {os.getpid()})"
            self._worker = subprocess.Popen(
                [sys.executable, "-c", code], pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL
            )
            theirs.close()
            self._conn = Connection(mine.detach())
        return self._conn

    def _receive(self) -> Any:
        self._waiting = False
        try:
            return self._conn.recv()
        except (EOFError, OSError):
            self._died()

    def _died(self) -> None:
        self._conn = None  # the next ingest starts another
        raise NewsbriefError("the refinement's worker process died; run again") from None


def serve(fd: int, starter: int) -> None:
    """The worker (`Refiner(process=True)`): apply what the store forgot or cleared, refine, answer;
    until the pipe (a socket, `fd`) closes."""
    from .ahead import _worker_start

    _worker_start(starter)  # ignores SIGINT, exits when the store's process is gone
    conn = Connection(fd)
    dots = ce.Dots()
    while True:
        try:
            ops, args = conn.recv()
        except (EOFError, OSError):
            return
        for op, stories in ops:
            if op == "clear":
                dots.clear()
            else:
                dots.forget(stories)
        try:
            story_of, targets = refine(*args[:2], dots, *args[2:])
        except Exception as e:  # raised again in the store's process
            dots.clear()
            conn.send(e)
            continue
        conn.send((story_of, targets, dots.entries))
