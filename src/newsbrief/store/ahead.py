"""Ingests in batches, with each batch's articles prepared in worker processes ahead of the store.

    reports = ingest_batches(store, raws, batch=100, workers=1)

An ingest has two parts: `store.prepare` (cleaning, the TF-IDF vector and the MinHash signature of one
article: it needs nothing from the store) and `Store.add`'s assignment, writes and refinement, which read
what the ingests before wrote. The first runs in `workers` worker processes (`concurrent.futures`; 0:
in this process), up to `ahead` batches ahead of the second, which runs in this process one batch (one
transaction) at a time, in input order. So with two cores the preparing of the next batches overlaps
the storing of this one, and the stories are the same as with no workers: `add` receives the same
prepared articles in the same order (tested). An article whose preparing raises comes back as a
`Failed` (the store records it in the ingest's report and goes on with the others). A worker exits when
the process that started it is gone (even killed with SIGKILL, which runs no clean-up), and ignores
SIGINT (the main process stops the pool).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from ..errors import NewsbriefError
from ..model import RawDoc

AHEAD = 2  # batches prepared ahead of the one being stored (bounds the memory they hold)
PIECES_PER_JOB = 2  # each batch is split into this many tasks per worker (fewer round trips)
ORPHAN_CHECK = 0.2  # seconds between a worker's checks that the process that started it is alive
# articles per batch: a number, or a function of each article (`ingest`: by the input it came from)
Batch = int | Callable[[RawDoc], int]


@dataclass(frozen=True, slots=True)
class Failed:
    """An article not stored: its id, source and why (one line). `cleaning`: its preparing raised (else
    the store could not hold it: a URL over PostgreSQL's index limit, `store._indexable`)."""

    id: str
    source: str
    reason: str
    cleaning: bool = True


def prepare_safely(raw: RawDoc) -> Any:
    """`store.prepare(raw)`, or a `Failed` when it raises (one bad article does not stop an ingest)."""
    from .store import prepare

    try:
        return prepare(raw)
    except Exception as e:  # any bug or odd input in cleaning/vectorising: recorded, the rest go on
        reason = (str(e).strip().splitlines() or [""])[0]
        return Failed(raw.id, raw.source, f"{type(e).__name__}: {reason}" if reason else type(e).__name__)


def ingest_batches(
    store: Any,
    raws: Iterable[RawDoc],
    batch: Batch = 100,
    workers: int = 0,
    ahead: int = AHEAD,
    done: Callable[[int, Any], None] | None = None,
) -> list[Any]:
    """`store.add` every `batch` articles of `raws` (one transaction each), their preparing in
    `workers` processes (0: in this one); `done(n, report)` after each, `n` the articles read so far.
    Returns each ingest's report."""
    reports = []
    n = 0
    # closed when `add` or `done` raises: its process pool shut down then, not whenever it is collected
    with closing(prepared_batches(raws, batch, workers, ahead)) as batches:
        for chunk, prepared in batches:
            reports.append(store.add(chunk, prepared=prepared))
            n += len(chunk)
            if done is not None:
                done(n, reports[-1])
    return reports


def prepared_batches(
    raws: Iterable[RawDoc], batch: Batch, workers: int = 0, ahead: int = AHEAD
) -> Iterator[tuple[list[RawDoc], list]]:
    """Batches of `batch` raw articles (`_batches`) with their `prepare_safely` results, in input order; with
    `workers` > 0 prepared in a process pool up to `ahead` batches before they are asked for."""
    batches = _batches(raws, batch)
    if workers <= 0:
        for chunk in batches:
            yield chunk, [prepare_safely(r) for r in chunk]
        return
    # no more processes than the articles of the batches first in flight (all are forked at once:
    # `ingest --workers 1024` of 2 articles forked 1024, over a minute on 2 cores, cli47)
    first = list(islice(batches, ahead + 1))
    workers = min(workers, max(1, sum(map(len, first))))
    batches = chain(first, batches)
    pool = ProcessPoolExecutor(workers, initializer=_worker_start, initargs=(os.getpid(),))
    try:
        pending: deque[tuple[list[RawDoc], list[Future]]] = deque()

        def submit() -> bool:
            chunk = next(batches, None)
            if chunk is None:
                return False
            step = max(1, -(-len(chunk) // (workers * PIECES_PER_JOB)))
            tasks = [pool.submit(_prepare_all, chunk[k : k + step]) for k in range(0, len(chunk), step)]
            pending.append((chunk, tasks))
            return True

        try:
            for _ in range(ahead + 1):
                if not submit():
                    break
            while pending:
                chunk, tasks = pending.popleft()
                submit()  # keep `ahead` batches in the workers while this one is stored
                prepared = [out for t in tasks for out in t.result()]
                yield chunk, prepared
        except BrokenProcessPool as e:  # a worker killed (out of memory, a signal): one line
            raise NewsbriefError(
                f"--workers: a worker process preparing articles died ({e}); run again with --workers 0"
            ) from None
    finally:  # on an error too: the queued batches are dropped, not prepared for nothing
        pool.shutdown(wait=True, cancel_futures=True)


def _prepare_all(raws: list[RawDoc]) -> list:
    return [prepare_safely(r) for r in raws]


def _worker_start(starter: int) -> None:
    """In each worker: ignore SIGINT and SIGHUP (a Ctrl-C reaches the whole process group; the main process
    handles it and stops the pool) and exit when the process that started it is gone (the main
    process under fork and spawn; under forkserver, Python 3.14's default, the fork server, which
    exits when the main process does, so its workers follow). Written by hand: a pool worker whose
    parent was killed (SIGKILL runs no clean-up) would wait on its task queue for ever, and neither
    `concurrent.futures` nor `multiprocessing` watch for that; Linux's PR_SET_PDEATHSIG fires when the
    parent's *thread* that forked it ends, which the pool's own threads make unreliable."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # a hang-up reaches the group too (cli58)
    parent = os.getppid()  # read in the worker: under forkserver the main process is not its parent
    if parent == 1 and starter != 1:  # the starter is gone already (a main process that is PID 1 is not)
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="newsbrief-orphan-check", daemon=True).start()


def _batches(raws: Iterable[RawDoc], size: Batch) -> Iterator[list[RawDoc]]:
    """`raws` in batches of `size`; with `size` a function of an article (asked as each is read),
    each batch holds articles of one size, up to it: an article of another size starts the next."""
    it = iter(raws)
    if not callable(size):
        while chunk := list(islice(it, max(1, min(size, sys.maxsize)))):  # --batch 10**30: one batch
            yield chunk
        return
    chunk: list[RawDoc] = []
    most = 0
    for r in it:
        n = max(1, size(r))
        if chunk and n != most:
            yield chunk
            chunk = []
        chunk.append(r)
        most = n
        if len(chunk) >= most:  # yielded before the next article is read (a URL's page fetched)
            yield chunk
            chunk = []
    if chunk:
        yield chunk
