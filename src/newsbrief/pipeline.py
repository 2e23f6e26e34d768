"""Compose the stages: ingest -> clean -> segment -> summarize -> cite -> analyze -> Brief.

Each stage is a plain function of immutable data; this module only wires them and times them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from . import segment
from .cite import cite
from .clean import clean
from .errors import InputError
from .ingest import load, load_texts
from .model import Brief, Budget, Document, RawDoc, Story
from .summarize import get


class _Timer:
    def __init__(self) -> None:
        self.ms: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t = time.perf_counter()
        yield
        self.ms[name] = round(self.ms.get(name, 0.0) + (time.perf_counter() - t) * 1000, 3)


def brief(
    inputs: Sequence[str] | None = None,
    *,
    texts: Sequence[str] | None = None,
    raws: Sequence[RawDoc] | None = None,
    words: int | None = 250,
    sentences: int | None = None,
    method: str = "default",
    analyze: bool = True,
    timings: bool = True,
    ner: str = "rules",
    story: str | None = None,
    cache_dir: str | None = None,
) -> Brief:
    """The brief of one story, from file paths or URLs (`inputs`), strings (`texts`) or `RawDoc`s (`raws`).

    `story` picks a story by id when an input is a JSONL stories file; `cache_dir` caches fetched URLs.

    `ner` picks the entity recogniser of the analysis: "rules" (core, default), "spacy" or "auto"."""
    timer = _Timer()
    with timer.stage("ingest"):
        docs_in: list[RawDoc] = []
        if inputs:
            docs_in.extend(load(list(inputs), story=story, cache_dir=cache_dir))
        if texts:
            docs_in.extend(load_texts(list(texts)))
        if raws:
            docs_in.extend(raws)
    with timer.stage("clean"):
        documents = tuple(clean(d) for d in docs_in)
    return brief_from_documents(
        documents,
        words=words,
        sentences=sentences,
        method=method,
        analyze=analyze,
        timings=timings,
        timer=timer,
        ner=ner,
    )


def brief_from_documents(
    documents: Sequence[Document],
    *,
    words: int | None = 250,
    sentences: int | None = None,
    method: str = "default",
    analyze: bool = True,
    timings: bool = True,
    timer: _Timer | None = None,
    ner: str = "rules",
) -> Brief:
    """The brief of already-cleaned documents."""
    timer = timer or _Timer()
    documents = tuple(documents)  # one that cleaned to nothing stays, with its removed spans
    if not any(d.text.strip() for d in documents):
        chrome = any(d.raw.strip() for d in documents)
        what = (
            "no article text left after cleaning (all of it is page chrome)"
            if chrome
            else "no document with any text in it"
        )
        raise InputError(what, ", ".join(d.source for d in documents) or None)
    budget = Budget(words=None if sentences is not None and words is None else words, sentences=sentences)
    summarizer = get(method)
    with timer.stage("segment"):
        story = Story(documents, segment.split_all(documents))
    with timer.stage("summarize"):
        chosen = summarizer.select(story, budget)
    quotes, entities, claims = (), (), ()
    if analyze:
        from .analyze import analyze as run_analysis

        with timer.stage("analyze"):
            quotes, entities, claims = run_analysis(story, ner=ner)
    with timer.stage("cite"):
        summary = cite(story, chosen, claims)
    return Brief(
        documents=documents,
        summary=summary,
        method=method,
        budget=budget.as_dict(),
        quotes=quotes,
        entities=entities,
        claims=claims,
        timings_ms=dict(timer.ms) if timings else {},
    )
