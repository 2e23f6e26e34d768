"""Ingests in batches, with each batch's articles prepared in worker processes ahead of the store.

    reports = ingest_batches(store, raws, batch=100, jobs=2)

An ingest has two parts: `store.prepare` (cleaning, the TF-IDF vector and the MinHash signature of one
article: it needs nothing from the store) and `Store.add`'s assignment, writes and refinement, which read
what the ingests before wrote. The first runs in `jobs` worker processes (`concurrent.futures`), up to
`ahead` batches ahead of the second, which runs in this process one batch (one transaction) at a time,
in input order. So with two cores the preparing of the next batches overlaps the storing of this one,
and the stories are the same as with one process: `add` receives the same prepared articles in the same
order (tested).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from itertools import islice
from typing import Any

from ..model import RawDoc

AHEAD = 2  # batches prepared ahead of the one being stored (bounds the memory they hold)
PIECES_PER_JOB = 2  # each batch is split into this many tasks per worker (fewer round trips)


def ingest_batches(
    store: Any,
    raws: Iterable[RawDoc],
    batch: int = 100,
    jobs: int = 1,
    ahead: int = AHEAD,
    done: Callable[[int, Any], None] | None = None,
) -> list[Any]:
    """`store.add` every `batch` articles of `raws` (one transaction each), their preparing in `jobs`
    processes (1: in this one); `done(n, report)` after each, `n` the articles read so far. Returns
    each ingest's report."""
    reports = []
    n = 0
    # closed when `add` or `done` raises: its process pool shut down then, not whenever it is collected
    with closing(prepared_batches(raws, batch, jobs, ahead)) as batches:
        for chunk, prepared in batches:
            reports.append(store.add(chunk, prepared=prepared))
            n += len(chunk)
            if done is not None:
                done(n, reports[-1])
    return reports


def prepared_batches(
    raws: Iterable[RawDoc], batch: int, jobs: int = 1, ahead: int = AHEAD
) -> Iterator[tuple[list[RawDoc], list]]:
    """Batches of `batch` raw articles with their `prepare` results, in input order; with `jobs` > 1
    prepared in a process pool up to `ahead` batches before they are asked for."""
    from .store import prepare

    batches = _batches(raws, batch)
    if jobs <= 1:
        for chunk in batches:
            yield chunk, [prepare(r) for r in chunk]
        return
    with ProcessPoolExecutor(jobs) as pool:
        pending: deque[tuple[list[RawDoc], list[Future]]] = deque()

        def submit() -> bool:
            chunk = next(batches, None)
            if chunk is None:
                return False
            step = max(1, -(-len(chunk) // (jobs * PIECES_PER_JOB)))
            tasks = [pool.submit(_prepare_all, chunk[k : k + step]) for k in range(0, len(chunk), step)]
            pending.append((chunk, tasks))
            return True

        for _ in range(ahead + 1):
            if not submit():
                break
        while pending:
            chunk, tasks = pending.popleft()
            submit()  # keep `ahead` batches in the workers while this one is stored
            yield chunk, [out for t in tasks for out in t.result()]


def _prepare_all(raws: list[RawDoc]) -> list:
    from .store import prepare

    return [prepare(r) for r in raws]


def _batches(raws: Iterable[RawDoc], size: int) -> Iterator[list[RawDoc]]:
    it = iter(raws)
    while chunk := list(islice(it, max(1, size))):
        yield chunk
