"""Compose the stages: ingest -> clean -> segment -> align -> summarize -> cite -> analyze -> Brief.

Each stage is a plain function of immutable data; this module only wires them and times them.
`prepare_story` (clean + segment) is the one way from raw documents to a `Story`: `brief`, `batch`,
`eval`, training and label scoring all go through it, so a story gets the same documents whichever
command reads it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from . import in_summary
from .errors import InputError, shown
from .gcpause import paused
from .model import Brief, BriefOptions, Document, RawDoc, Story


class Timer:
    """Milliseconds per stage, summed over repeated entries."""

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
    analysis: bool = True,
    ner: str = "rules",
    timings: bool = True,
    story: str | None = None,
    cache_dir: str | None = None,
) -> Brief:
    """The brief of one story, from file paths or URLs (`inputs`), strings (`texts`) or `RawDoc`s (`raws`).

    `sentences` replaces the word budget when given; `analysis=False` leaves out quotes, entities and
    claims (citations do not change); `ner` picks the entity recogniser: "rules" (no model, default),
    "spacy" or "auto". `story` picks a story by id when an input is a JSONL stories file;
    `cache_dir` caches fetched URLs. Bad options raise `UsageError`, bad inputs `InputError`.
    """
    options = BriefOptions(words, sentences, method, analysis, ner, timings).validate()
    timer = Timer()
    with timer.stage("ingest"):
        docs_in: list[RawDoc] = []
        if inputs:
            from .ingest import load

            docs_in.extend(load(list(inputs), story=story, cache_dir=cache_dir))
        if texts:
            from .ingest import load_texts

            docs_in.extend(load_texts(list(texts)))
        if raws:
            docs_in.extend(raws)
    return brief_raws(docs_in, options, timer)


@paused()
def brief_raws(
    raws: Sequence[RawDoc],
    options: BriefOptions,
    timer: Timer | None = None,
    name: str = "story",
    *,
    refuse_empty: bool = False,
) -> Brief:
    """The brief of raw documents with validated options: `prepare_story`, then `brief_story`. With
    `refuse_empty` (the command line's), an empty summary is an `InputError` saying why
    (`empty_summary.py`); the Python API returns it as it is. The cyclic collector stays off from
    preparing to briefing (`gcpause`): on between them, it made a young pass over all that preparing left
    alive (young passes 0.36 -> 0.20 ms CPU a LongBench dev story, gc.callbacks)."""
    from .log import warn

    timer = timer or Timer()
    story = prepare_story(raws, timer, name)
    for k, why in story.left_out:
        warn(f"{shown(raws[k].source)}: left out: {why}")
    if refuse_empty:
        _refuse_no_news(story)
    result = brief_story(story, options, timer)
    if refuse_empty and not result.summary:
        from .empty_summary import refusal

        raise refusal(story, options.budget, options.method)
    return result


def _refuse_no_news(story: Story) -> None:
    """`InputError` when no document of `story` has news as clustering reads it (`cluster.no_news_rule`:
    page chrome, a site notice): `brief FILE` says what `brief --db --story` says of the same page stored
    (a sign-in wall was briefed from a file, refused from a store; a 3-word page had two reasons)."""
    from .cluster import no_news_rule, nothing_to_brief

    rules = []
    for d in story.documents:
        rule = no_news_rule(d.text)
        if rule is None:
            return
        rules.append(rule)
    raise InputError(nothing_to_brief(rules), ", ".join(d.source for d in story.documents) or None)


@paused()
def prepare_story(raws: Sequence[RawDoc], timer: Timer | None = None, name: str = "story") -> Story:
    """Clean and segment raw documents into a `Story`. A document that cleans to nothing (blank, or all
    page chrome) is left out and named in `Story.left_out`; none left is an `InputError`, and so is a
    story over the per-story limits (`limits.py`; the message starts with `name`)."""
    from . import limits
    from .clean import clean
    from .ingest.repair import repair
    from .usable import refuse_raw

    timer = timer or Timer()
    # Checked here before cleaning, so a huge story costs nothing; `segmented` checks again, as it must
    # (`cluster --brief` enters there with documents it cleaned): on this path a repeat of one pass.
    limits.check_story(len(raws), (r.raw for r in raws), story=name)
    with timer.stage("clean"):
        raws = [repair(r) for r in raws]  # mojibake undone first, each change recorded
        refused = [refuse_raw(r.raw) for r in raws]  # not even cleaned: see usable.py
        cleaned = [None if why else clean(r) for r, why in zip(raws, refused, strict=True)]
        reasons = [why or _unusable(d) for why, d in zip(refused, cleaned, strict=True)]
    documents = tuple(d for d, why in zip(cleaned, reasons, strict=True) if d is not None and why is None)
    if not documents:
        raise _nothing_usable(raws, reasons)
    left_out = tuple((k, why) for k, why in enumerate(reasons) if why)
    return segmented(documents, left_out, timer, name)


def segmented(
    documents: Sequence[Document],
    left_out: tuple[tuple[int, str], ...] = (),
    timer: Timer | None = None,
    name: str = "story",
) -> Story:
    """The `Story` of cleaned documents, segmented, within the per-story limits (`limits.py`: documents,
    bytes of their raw text, then sentences); over one, an `InputError` starting with `name`. The last step of
    `prepare_story`, and the way `cluster --brief` makes a story of the articles clustering cleaned."""
    from . import limits, segment

    timer = timer or Timer()
    limits.check_story(len(documents), (d.raw for d in documents), story=name)  # see `prepare_story`
    with timer.stage("segment"):
        sentences = segment.split_all(documents)
    limits.check_sentences(len(sentences), story=name)
    return Story(tuple(documents), sentences, left_out)


def _unusable(doc: Document | None) -> str | None:
    """Why a cleaned document is left out ("empty", "empty after cleaning", "not English: ..."), or None."""
    from .usable import refuse_text

    if doc is None or doc.text.strip():
        return refuse_text(doc.text) if doc is not None else None
    return "empty after cleaning" if doc.raw.strip() else "empty"


def _nothing_usable(raws: Sequence[RawDoc], reasons: list[str | None]) -> InputError:
    """The error when no document is left: why the first refused one was (or that all were empty)."""
    sources = ", ".join(r.source for r in raws) or None
    if all(why in ("empty", "empty after cleaning") for why in reasons):
        if any(why == "empty after cleaning" for why in reasons):
            return InputError("no article text left after cleaning (all of it is page chrome)", sources)
        return InputError("no document with any text in it", sources)
    k, why = next((k, w) for k, w in enumerate(reasons) if w not in (None, "empty", "empty after cleaning"))
    rest = f" (and nothing usable in the other {len(raws) - 1})" if len(raws) > 1 else ""
    return InputError(f"{why}{rest}", raws[k].source)


@paused()
def brief_story(story: Story, options: BriefOptions, timer: Timer | None = None) -> Brief:
    """The brief of a prepared story: align, summarize, cite, then (optionally) analyze. Its documents
    carry their copies (`newsbrief.copies`), found while citing: a copy is no second source."""
    from .cite import cite
    from .copies import with_copies
    from .summarize import get

    timer = timer or Timer()
    summarizer = get(options.method)
    with timer.stage("align"):
        alignment = story.alignment
    with timer.stage("summarize"):
        chosen = summarizer.select(story, options.budget)
    with timer.stage("cite"):
        documents = with_copies(story.documents, story.copies)
        summary = cite(story, chosen, alignment)
    quotes, entities, claims = (), (), ()
    if options.analysis:
        from .analyze import analyze
        from .analyze.owners import index_of, summary_about

        with timer.stage("analyze"):
            quotes, entities, claims = analyze(story, alignment, ner=options.ner, summary=chosen)
            summary = summary_about(story.sentences, summary, index_of(entities, len(story.documents)))
        claims = in_summary.marked(summary, claims)
    return Brief(
        documents=documents,
        summary=summary,
        method=options.method,
        budget=options.budget.as_dict(),
        quotes=quotes,
        entities=entities,
        claims=claims,
        timings_ms=dict(timer.ms) if options.timings else {},
    )
