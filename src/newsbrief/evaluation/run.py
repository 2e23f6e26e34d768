"""Run summarizers over benchmark stories and score them: one story at a time, any number of processes.

Each story is prepared once (clean, segment, TF-IDF) and every method runs on that same `Story`.
Results come back in file order whatever the number of processes, and nothing random depends on
which process ran a story, so `jobs=N` gives the same scores as `jobs=1` (timings aside).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..ingest.stories import StoryError, StoryRecord
from .rouge import ROUGE_TYPES, Scores

BOOTSTRAP_RESAMPLES = 1000


@dataclass(frozen=True)
class Protocol:
    """How summaries are made and scored."""

    words: int | None = 250
    recall: bool = False
    methods: tuple[str, ...] = ("default", "lead")
    seed: int = 0
    sentences: int | None = None

    @property
    def measure(self) -> str:
        """The figure reported: "r" (recall) or "f" (F1)."""
        return "r" if self.recall else "f"

    def options(self, method: str) -> dict[str, Any]:
        """Constructor options a method takes from the protocol."""
        if method == "random":
            return {"seed": self.seed}
        if method == "oracle":
            return {"measure": self.measure}
        return {}


@dataclass(frozen=True)
class MethodResult:
    scores: Scores
    ms: float  # selection time only (the story is already segmented and vectorised)
    sentences: int
    dangling: int
    words: int
    truncated: bool
    selected: tuple[tuple[int, int], ...] = ()  # (document, sentence index) in the order returned


@dataclass(frozen=True)
class StoryResult:
    id: str
    prep_ms: float  # clean + segment + TF-IDF, shared by all methods
    methods: dict[str, MethodResult]
    dropped: tuple[str, ...] = field(default=())


class Evaluator:
    """Summarizers and the scorer, built once per process."""

    def __init__(self, protocol: Protocol) -> None:
        from ..model import Budget
        from .methods import get
        from .rouge import Rouge

        self.protocol = protocol
        self.budget = Budget(words=protocol.words, sentences=protocol.sentences)
        self.summarizers = {m: get(m, **protocol.options(m)) for m in protocol.methods}
        self.rouge = Rouge()

    def run(self, record: StoryRecord) -> StoryResult | StoryError:
        from ..readability import dangling_count
        from .prepare import prepare, warm
        from .rouge import truncate

        t0 = time.perf_counter()
        prepared = prepare(record)
        if isinstance(prepared, StoryError):
            return prepared
        story = prepared.story
        warm(story)
        prep_ms = (time.perf_counter() - t0) * 1000
        out: dict[str, MethodResult] = {}
        for name, summarizer in self.summarizers.items():
            t = time.perf_counter()
            chosen = summarizer.select(story, self.budget)
            ms = (time.perf_counter() - t) * 1000
            sents = [story.sentences[i] for i in chosen]
            # A method that cuts its sentences (`compressed`) says what of each it shows.
            shown = getattr(summarizer, "texts", None)
            texts = shown(story, chosen) if shown else [s.text for s in sents]
            words = sum(len(t.split()) for t in texts)
            text = truncate(texts, self.protocol.words)
            out[name] = MethodResult(
                scores=self.rouge.score(text, prepared.references),
                ms=ms,
                sentences=len(sents),
                dangling=dangling_count(story.sentences, chosen, story.caseless),
                words=words,
                truncated=self.protocol.words is not None and words > self.protocol.words,
                selected=tuple((s.doc, s.index) for s in sents),
            )
        return StoryResult(prepared.id, prep_ms, out, prepared.dropped)


_WORKER: Evaluator | None = None


def _init_worker(protocol: Protocol) -> None:
    global _WORKER
    _WORKER = Evaluator(protocol)


def _work(record: StoryRecord) -> StoryResult | StoryError:
    assert _WORKER is not None
    return _WORKER.run(record)


def evaluate(
    records: Sequence[StoryRecord],
    protocol: Protocol,
    jobs: int = 1,
    progress: Callable[[StoryResult | StoryError], None] | None = None,
) -> list[StoryResult | StoryError]:
    """Every record's result, in input order; `progress` is called as each one finishes."""
    results: list[StoryResult | StoryError | None] = [None] * len(records)
    if jobs <= 1 or len(records) <= 1:
        ev = Evaluator(protocol)
        for k, rec in enumerate(records):
            results[k] = ev.run(rec)
            if progress:
                progress(results[k])  # type: ignore[arg-type]
    else:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor, as_completed

        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        with ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=mp.get_context(method),
            initializer=_init_worker,
            initargs=(protocol,),
        ) as pool:
            futures = {pool.submit(_work, rec): k for k, rec in enumerate(records)}
            for fut in as_completed(futures):
                results[futures[fut]] = fut.result()
                if progress:
                    progress(results[futures[fut]])  # type: ignore[arg-type]
    return [r for r in results if r is not None]


def bootstrap_ci(values: Sequence[float], seed: int, resamples: int = BOOTSTRAP_RESAMPLES) -> list[float]:
    """95 % percentile bootstrap interval of the mean, resampling stories (seeded: the same
    resamples for every method, so intervals of two methods are paired)."""
    import numpy as np

    v = np.asarray(values, dtype=float)
    if not len(v):
        return [0.0, 0.0]
    idx = np.random.default_rng(seed).integers(0, len(v), size=(resamples, len(v)))
    means = v[idx].mean(axis=1)
    return [float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))]


def aggregate(results: Iterable[StoryResult], protocol: Protocol) -> dict[str, dict[str, Any]]:
    """Per method: mean P/R/F per ROUGE type, R2 interval, timing, readability, counts."""
    import statistics

    scored = list(results)
    out: dict[str, dict[str, Any]] = {}
    for m in protocol.methods:
        rows = [r.methods[m] for r in scored]
        n = len(rows)
        entry: dict[str, Any] = {}
        for t in ROUGE_TYPES:
            entry[t] = {k: _mean([row.scores[t][k] for row in rows]) for k in ("f", "p", "r")}
        entry["rouge2_ci95"] = bootstrap_ci(
            [row.scores["rouge2"][protocol.measure] for row in rows], protocol.seed
        )
        entry["ms_per_story"] = _mean([row.ms for row in rows])
        entry["ms_median"] = statistics.median([row.ms for row in rows]) if rows else 0.0
        entry["stories"] = n
        sentences = sum(row.sentences for row in rows)
        entry["dangling_rate"] = sum(row.dangling for row in rows) / sentences if sentences else 0.0
        entry["words_per_summary"] = _mean([row.words for row in rows])
        entry["truncated"] = sum(row.truncated for row in rows)
        out[m] = entry
    return out


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0
