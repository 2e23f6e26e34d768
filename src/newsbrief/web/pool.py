"""Where briefs run: bounded worker lanes, so a small request is never stuck behind a big one.

Briefing is CPU-bound Python, so each lane is a pool of worker processes (threads with
`pool="thread"`, for tests). Small requests (`Settings.small_bytes` of text at most, no URLs) go
to the small lane, everything else to the large lane: a long brief or a slow fetch occupies a
large-lane worker and the small lane keeps answering. Large-lane processes also run at a lower
CPU priority (`LARGE_NICE`), so on a busy machine the small requests get the cores first. Each
lane takes at most its workers plus `queue` requests; past that a request is refused at once with
`Busy` (HTTP 503), instead of waiting without limit. A worker process that dies (out of memory)
breaks only its pool, which is rebuilt for the next request.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from typing import Any

from ..errors import NewsbriefError, counted

LARGE_NICE = 10  # large-lane processes yield the CPU to small-lane ones when both want it


def _renice(increment: int) -> None:
    """Lower this worker process's CPU priority by `increment` (nothing where that is not possible)."""
    import os

    if increment and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(increment)


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """Block SIGINT in this thread while worker processes start, so each starts with it blocked.

    A terminal's Ctrl-C reaches the whole process group; the server stops its workers itself (after
    letting requests in progress finish), so a worker has no use for it. A signal mask is inherited
    through fork and exec, so it covers the seconds a spawned worker spends importing, before any
    pool initializer could run: each worker printed a KeyboardInterrupt traceback there. A SIGINT
    arriving meanwhile is held, not lost: the server gets it when the mask is put back.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no process groups to share a Ctrl-C with
        yield
        return
    from multiprocessing import resource_tracker

    # Started first: starting it unblocks SIGINT (and the first worker then started without the block).
    resource_tracker.ensure_running()
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


class Busy(NewsbriefError):
    """Every worker of a lane is busy and its queue is full."""


class Lane:
    """A pool of `workers` that accepts at most `workers + queue` requests at a time."""

    def __init__(self, name: str, workers: int, queue: int, kind: str = "process", nice: int = 0) -> None:
        self.name = name
        self.nice = nice
        self.workers = max(1, workers)
        self.capacity = self.workers + max(0, queue)
        self.kind = kind
        self._lock = threading.Lock()
        self._inflight = 0
        self._executor: Executor | None = None
        self.stopping = False  # set by `terminate`: no worker is started after it

    def _pool(self) -> Executor:
        if self._executor is None:
            if self.kind == "thread":
                from concurrent.futures import ThreadPoolExecutor

                self._executor = ThreadPoolExecutor(self.workers, thread_name_prefix=f"brief-{self.name}")
            else:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                # spawn: a fresh interpreter, nothing inherited from the server's threads
                self._executor = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("spawn")
                )
        return self._executor

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run `fn(*args)` on a worker; `Busy` at once when the lane is full."""
        from concurrent.futures.process import BrokenProcessPool

        with self._lock:
            if self.stopping:  # a pool broken by `terminate` would otherwise be started afresh
                raise Busy("the server is stopping")
            if self._inflight >= self.capacity:
                busy = counted(self.capacity, f"{self.name} request")
                raise Busy(f"the server is busy ({busy} in progress); try again")
            self._inflight += 1
            try:
                # a submit may start a worker process (spawn starts them as they are needed)
                with _sigint_held() if self.kind == "process" else contextlib.nullcontext():
                    try:
                        future = self._pool().submit(fn, *args)
                    except BrokenProcessPool:  # a worker died earlier: start the pool afresh
                        self._executor = None
                        future = self._pool().submit(fn, *args)
            except BaseException:
                self._inflight -= 1
                raise
        future.add_done_callback(self._done)
        return future

    def _done(self, _future: Future[Any]) -> None:
        with self._lock:
            self._inflight -= 1

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.wrap_future(self.submit(fn, *args))

    def terminate(self) -> None:
        """Send each worker SIGTERM without waiting: no lock, no join, so a signal handler may call it.
        Its work fails with `BrokenProcessPool`; `shutdown()` still follows. Later submits are refused:
        a Ctrl-C between the warm-up's worker start-ups left the rest to start and warm (about 6 s)."""
        self.stopping = True
        for proc in _processes(self._executor):
            with contextlib.suppress(OSError):
                proc.terminate()

    def shutdown(self) -> None:
        """Cancel queued work and stop the workers, so no process outlives the server."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is None:
            return
        # uvicorn re-raises SIGTERM after its own shutdown, which ends the server without `atexit`:
        # workers not stopped here would be orphaned.
        processes = _processes(executor)
        executor.shutdown(wait=False, cancel_futures=True)  # idle workers are told to exit
        _stop(processes)


def _processes(executor: Executor | None) -> list[Any]:
    """A process pool's worker processes. Python 3.11 keeps them only in the private `_processes`
    (read defensively; 3.14 adds `terminate_workers()`); a thread pool has none."""
    return list((getattr(executor, "_processes", None) or {}).values())


def _stop(processes: list[Any], grace: float = 5.0) -> None:
    """Join worker processes for up to `grace` seconds, then terminate any still running."""
    import time

    deadline = time.monotonic() + grace
    for proc in processes:
        proc.join(max(0.0, deadline - time.monotonic()))
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
            proc.join(1.0)


class Lanes:
    """The small and the large lane of one app."""

    def __init__(self, workers: int, large_workers: int, queue: int, kind: str) -> None:
        self.small = Lane("small", workers, queue, kind)
        self.large = Lane("large", large_workers, queue, kind, nice=LARGE_NICE)

    def pick(self, large: bool) -> Lane:
        return self.large if large else self.small

    async def warm(self, fn: Callable[[], Any]) -> None:
        """Start every worker (and run `fn` on it) before the first request pays for it."""
        futures = []
        for lane in (self.small, self.large):
            for _ in range(lane.workers):
                with contextlib.suppress(Busy):  # only when stopping: a signal ran `terminate` meanwhile
                    futures.append(lane.submit(fn))
        await asyncio.gather(*(asyncio.wrap_future(f) for f in futures), return_exceptions=True)

    def terminate(self) -> None:
        self.small.terminate()
        self.large.terminate()

    def shutdown(self) -> None:
        self.small.shutdown()
        self.large.shutdown()
