"""The per-story function, the same wherever it runs (this process, a pool worker, a Dask worker).

A task carries only plain data (ids and document strings) and a result is plain data too (a JSON
line, a rendered file, or a dict), so both pickle cheaply. Timings are left out of every brief, so
the same story gives the same bytes on every run.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# What a worker sends back for one story: (input position, story id, "ok" | "error", payload).
Result = tuple[int, str, str, Any]


@dataclass(frozen=True, slots=True)
class Task:
    seq: int
    id: str
    documents: tuple[str, ...]
    doc_ids: tuple[str, ...] | None = None
    origin: str | None = None  # the stories file, named in each document's source


@dataclass(frozen=True, slots=True)
class Options:
    """How to brief each story (the options of `BriefOptions`, without timings) and what to send back:
    `output` is "dict", "jsonl" or a render format."""

    words: int | None = 250
    sentences: int | None = None
    method: str = "default"
    analysis: bool = True
    ner: str = "rules"
    output: str = "jsonl"
    refuse_empty: bool = False  # `batch`'s command: an empty summary fails the story (`empty_summary.py`)

    @property
    def brief(self) -> Any:  # -> BriefOptions
        from ..model import BriefOptions

        return BriefOptions(self.words, self.sentences, self.method, self.analysis, self.ner, timings=False)


def raw_docs(task: Task) -> list[Any]:
    """The story's `RawDoc`s, named as `brief FILE --story ID` names them (`record_to_raws`)."""
    from ..ingest.stories import StoryRecord, record_to_raws

    meta = {"doc_ids": list(task.doc_ids)} if task.doc_ids else {}
    return record_to_raws(StoryRecord(task.id, task.documents, meta=meta), task.origin)


def brief_story(task: Task, opts: Options) -> Any:
    """The brief of one story, serialised as `opts.output` asks. Raises on failure."""
    from ..pipeline import brief_story as brief
    from ..pipeline import prepare_story

    story = prepare_story(raw_docs(task))
    b = brief(story, opts.brief)
    if opts.refuse_empty and not b.summary:
        from ..empty_summary import why_empty
        from ..errors import InputError

        raise InputError(why_empty(story, opts.brief.budget, opts.method))  # the errors row names the id
    if opts.output in ("dict", "jsonl", "json"):
        from ..render.json import to_dict

        d = {"id": task.id, **to_dict(b)}
        if opts.output == "dict":
            return d
        if opts.output == "json":
            return json.dumps(d, ensure_ascii=False, indent=2) + "\n"
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))
    from ..render import render

    return render(b, opts.output)


def reason(e: BaseException) -> str:
    """A one-line reason for a failed story: the message of a newsbrief error, else type and message."""
    from ..errors import NewsbriefError

    text = str(e) if isinstance(e, NewsbriefError) else f"{type(e).__name__}: {e}".rstrip(": ")
    line = " ".join(text.split())
    return line if len(line) <= 300 else line[:297] + "..."


def run_story(task: Task, opts: Options) -> Result:
    """One story: its result or its one-line failure reason; never raises for a story's fault."""
    try:
        return (task.seq, task.id, "ok", brief_story(task, opts))
    except Exception as e:  # any failure belongs to this story only; the batch goes on
        return (task.seq, task.id, "error", reason(e))


def run_chunk(tasks: list[Task], opts: Options) -> list[Result]:
    """Several stories in one call, to cut the per-task overhead of a pool or cluster."""
    warm_up(opts)
    return [run_story(t, opts) for t in tasks]


def _exit_with(parent: int) -> None:
    """End this worker once its parent is gone (killed with SIGKILL, say): forked workers share the
    task pipe, so they would otherwise wait on it forever. Polling getppid is portable and cheap."""
    import os
    import time

    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


_WARM_TEXT = (
    "The harbour council voted on Tuesday to rebuild the old stone pier before the winter storms. "
    "Engineers said the work would take four months and cost less than first feared.\n"
    "Fishermen welcomed the decision, saying the pier had been unsafe for years."
)


@lru_cache(maxsize=8)
def warm_up(opts: Options) -> None:
    """Load what every story needs (modules, the Punkt tables, learned weights, the NER model) once
    per process, by briefing a tiny story written for this purpose."""
    # A failing warm-up is not fatal: the real stories report their own errors.
    with contextlib.suppress(Exception):
        brief_story(
            Task(0, "warm-up", (_WARM_TEXT,)), Options(40, None, opts.method, opts.analysis, opts.ner, "dict")
        )


def init_worker(opts: Options, parent: int, single_thread: bool = True) -> None:
    """Pool initializer: exit with the parent, one BLAS thread per worker process (the pool already
    uses every core), then warm up so the first real story does not pay for loading."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: no worker tracebacks
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # so is a hang-up, sent to the group too (cli58)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="newsbrief-orphan-check").start()
    if single_thread:
        try:
            from threadpoolctl import threadpool_limits

            threadpool_limits(1)
        except ImportError:  # a pinned dependency; should it be missing, keep the defaults
            pass
    warm_up(opts)
