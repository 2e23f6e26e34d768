"""Where chunks of stories run: in this process, in a local process pool, or on a Dask cluster.

Every runner takes an iterator of chunks (lists of `Task`) and yields each chunk's results as soon
as it is done (completion order; `engine` restores input order). At most `in_flight` chunks are
submitted at a time and the next chunk is read only when one finishes, so memory stays flat on an
input of any size. A chunk whose worker died is re-run one story at a time, so only the story that
kills a worker fails (with a one-line reason); the others are unharmed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator
from typing import Any, Protocol

from ..errors import InputError, UsageError
from .work import Options, Result, Task, init_worker, run_chunk, run_story, warm_up

WORKER_DIED = "the worker process died on this story (killed, or out of memory)"


class Runner(Protocol):
    """`results` yields each chunk's results; an empty chunk (a tick) comes back at once as `[]`."""

    def start(self) -> None: ...

    def results(self, chunks: Iterator[list[Task]]) -> Iterator[list[Result]]: ...

    def close(self) -> None: ...


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class InProcess:
    """`--jobs 1`: no pool, no pickling; models load on the first story."""

    def __init__(self, opts: Options) -> None:
        self.opts = opts

    def start(self) -> None:
        warm_up(self.opts)

    def results(self, chunks: Iterator[list[Task]]) -> Iterator[list[Result]]:
        for chunk in chunks:
            yield [run_story(t, self.opts) for t in chunk]

    def close(self) -> None:
        pass


class LocalPool:
    """`--jobs N`: a `ProcessPoolExecutor` whose workers warm up once in their initializer."""

    def __init__(self, opts: Options, jobs: int, in_flight: int | None = None) -> None:
        self.opts = opts
        self.jobs = jobs
        self.in_flight = in_flight or 2 * jobs
        self.fork = "fork" in multiprocessing.get_all_start_methods()
        self.pool = self._new_pool()

    def _new_pool(self) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        # fork starts a worker in milliseconds with the parent's warm modules (shared copy-on-write);
        # `start` forks them all before any progress display exists.
        ctx = multiprocessing.get_context("fork" if self.fork else None)
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=ctx,
            initializer=init_worker,
            initargs=(self.opts, os.getpid()),
        )

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    def start(self) -> None:
        """Load the models here once, then fork every worker now rather than at the first chunk."""
        if self.fork:
            warm_up(self.opts)
        self.pool.submit(warm_up, self.opts).result()

    def results(self, chunks: Iterator[list[Task]]) -> Iterator[list[Result]]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        pending: dict[Any, list[Task]] = {}
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.in_flight:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                elif not chunk:
                    yield []
                else:
                    pending[self.pool.submit(run_chunk, chunk, self.opts)] = chunk
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken: list[list[Task]] = []
            for fut in done:
                chunk = pending.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    broken.append(chunk)
                except Exception as e:  # e.g. a result that cannot be pickled
                    yield _failed(chunk, e)
            if broken:  # every chunk still in flight went down with the pool
                broken.extend(pending.values())
                pending.clear()
                self._restart()
                yield from self._one_by_one([t for c in broken for t in c])

    def _one_by_one(self, tasks: list[Task]) -> Iterator[list[Result]]:
        from concurrent.futures.process import BrokenProcessPool

        for t in tasks:
            try:
                yield self.pool.submit(run_chunk, [t], self.opts).result()
            except BrokenProcessPool:
                self._restart()
                yield [(t.seq, t.id, "error", WORKER_DIED)]
            except Exception as e:
                yield _failed([t], e)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner:
    """`--dask ADDRESS` or `--dask local`: the same `run_chunk` as tasks on a Dask cluster."""

    def __init__(self, opts: Options, address: str, jobs: int | None = None, in_flight: int | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError(
                "--dask needs the dask extra: pip install 'newsbrief[dask]' (dask[distributed])"
            ) from None
        self.opts = opts
        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(
                n_workers=jobs or 2,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                host="127.0.0.1",
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        else:
            self.client = _connect(Client, address)
        threads = sum(self.client.nthreads().values())
        self.in_flight = in_flight or max(2 * threads, 2)

    def start(self) -> None:
        """Warm the workers already there; ones that join later warm up on their first chunk."""
        self.client.run(warm_up, self.opts)

    def results(self, chunks: Iterator[list[Task]]) -> Iterator[list[Result]]:
        from distributed import as_completed

        pending: dict[str, list[Task]] = {}
        ac = as_completed()

        def fill() -> Iterator[list[Result]]:
            while len(pending) < self.in_flight:
                chunk = next(chunks, None)
                if chunk is None:
                    return
                if not chunk:
                    yield []
                    continue
                fut = self.client.submit(run_chunk, chunk, self.opts, pure=False)
                pending[fut.key] = chunk
                ac.add(fut)

        yield from fill()
        for fut in ac:
            chunk = pending.pop(fut.key)
            try:
                yield fut.result()
            except Exception:  # a worker died (KilledWorker) or the task failed as a whole
                yield from self._one_by_one(chunk)
            fut.release()
            yield from fill()

    def _one_by_one(self, tasks: list[Task]) -> Iterator[list[Result]]:
        for t in tasks:
            try:
                yield self.client.submit(run_chunk, [t], self.opts, pure=False).result()
            except Exception as e:
                yield _failed([t], e)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# What answers at a `--dask` address that is no Dask scheduler (an HTTP or SSH server): its first bytes
# read as a frame's length (numpy's MemoryError for exabytes, struct.error) or broken messages
NOT_DASK = "something answers there, but not as a Dask scheduler does (its port is 8786 by default)"


def _connect(client: Any, address: str) -> Any:
    """A `distributed.Client` of the scheduler at `address`; every failure one line naming it."""
    try:
        return client(address, timeout="20s")
    except (OSError, TimeoutError) as e:
        raise InputError(f"cannot reach the Dask scheduler: {e}", address) from None
    except ValueError as e:  # "nonsense", "tcp://host:port" with a bad port: a usage mistake
        if _host_port(address):  # an address, and what answered there sent what cannot be read
            raise InputError(NOT_DASK, address) from None
        problem = f"not a scheduler address (tcp://host:8786) or 'local' ({e})"
        raise UsageError(problem, "--dask") from None
    except Exception:  # MemoryError, struct.error, ...: the reply of something that is no scheduler
        raise InputError(NOT_DASK, address) from None


def _host_port(address: str) -> bool:
    from distributed.comm.addressing import get_address_host_port

    try:
        get_address_host_port(address)
    except ValueError:
        return False
    return True


def _failed(tasks: list[Task], e: BaseException) -> list[Result]:
    from .work import reason

    why = WORKER_DIED if type(e).__name__ == "KilledWorker" else reason(e)
    return [(t.seq, t.id, "error", why) for t in tasks]


def make_runner(opts: Options, jobs: int | None, dask: str | None, most: int | None = None) -> Runner:
    """The runner the options ask for: Dask if `dask` is given, else a pool, or this process for 1 job.
    `most`: the chunks there can be work for, when known: no more processes than that are started
    (`-j 1000` on 2 stories forked and warmed 1000 workers before any story was read, cli47); a pool
    asked for stays a pool (a story that kills its worker fails alone)."""
    if dask:
        if dask == "local" and most is not None:
            jobs = min(jobs or 2, max(most, 1))
        return DaskRunner(opts, dask, jobs)
    jobs = jobs or default_jobs()
    if jobs <= 1:
        return InProcess(opts)
    return LocalPool(opts, min(jobs, max(most, 1)) if most is not None else jobs)
