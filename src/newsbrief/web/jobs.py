"""The work of one request, run on a worker (`pool.py`): fetch its URLs, make the brief, render it.

Top-level functions of plain arguments, so a worker process can run them. The checks that need no
work (counts, sizes of the texts given, URL schemes, options) run in the server before a worker is
used (`check_request`); the sizes of fetched pages and the sentence count are checked here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..errors import InputError, NewsbriefError, UsageError
from ..model import Brief, BriefOptions, RawDoc
from .settings import Settings


class LimitError(NewsbriefError):
    """A request over one of the server's limits."""


class EmptySummary(NewsbriefError):
    """A request briefed to an empty summary: answered 422 with the reason `newsbrief brief` gives
    (`empty_summary.py`), where it was a 200 with `"summary": []`."""


def check_request(
    settings: Settings, documents: Sequence[RawDoc], urls: Sequence[str], options: BriefOptions
) -> BriefOptions:
    """The request's options, validated; `InputError`/`LimitError` for what can be told without work."""
    from ..ingest.url import check_url

    total = len(documents) + len(urls)
    if total == 0:
        raise InputError("give at least one document or URL")
    if total > settings.max_documents:
        raise LimitError(f"too many documents: {total} (the limit is {settings.max_documents})")
    for d in documents:
        _check_size(settings, d)
    size = text_bytes(documents)
    if size > settings.max_story_bytes:
        raise LimitError(
            f"the texts are {size:,} bytes (the limit is {settings.max_story_bytes:,} per brief)"
        )
    for u in urls:
        check_url(u)  # scheme and host only: file://, ftp:// ... are refused before anything is fetched
    from ..empty_summary import check_words

    try:
        options.validate(flag="")
        check_words(options.words, options.sentences, flag="")  # `words` under 6: every summary empty
    except UsageError as e:  # a request's mistake: 400, named as the request's field
        raise InputError(str(e)) from None
    # one cap for both budgets (a sentence is at least a word); a sentences budget was said in "words"
    for field, budget in (("words", options.words), ("sentences", options.sentences)):
        if (budget or 0) > settings.max_words:
            raise LimitError(f"{field}: {budget:,} is over the limit of {settings.max_words:,} {field}")
    return options


def text_bytes(documents: Sequence[RawDoc]) -> int:
    return sum(len(d.raw.encode("utf-8", "surrogatepass")) for d in documents)


def is_large(settings: Settings, documents: Sequence[RawDoc], urls: Sequence[str]) -> bool:
    """Does the request go to the large lane (URLs to fetch, or more than `small_bytes` of text)?"""
    return bool(urls) or text_bytes(documents) > settings.small_bytes


def _check_size(settings: Settings, d: RawDoc) -> None:
    if len(d.raw) > settings.max_document_chars:
        raise LimitError(
            f"document is {len(d.raw):,} characters (the limit is {settings.max_document_chars:,})", d.source
        )


def gather(
    settings: Settings, documents: Sequence[RawDoc], urls: Sequence[str]
) -> tuple[list[RawDoc], list[str]]:
    """The documents plus the fetched URLs; one warning per URL that failed or is over a limit."""
    from ..ingest.url import FetchOptions, fetch_documents

    warnings: list[str] = []
    docs = list(documents)
    if urls:
        options = FetchOptions(
            timeout=settings.fetch_timeout,
            max_bytes=settings.fetch_max_bytes,
            max_redirects=settings.max_redirects,
            allow_private=settings.allow_private,
        )
        try:
            fetched = fetch_documents(
                urls, settings.cache_dir, options=options, on_error=lambda _u, m: warnings.append(m)
            )
        except InputError:
            if not docs:
                raise
            fetched = []
        for d in fetched:
            try:
                _check_size(settings, d)
            except LimitError as e:
                warnings.append(str(e))
                continue
            docs.append(d)
    if not docs:
        raise InputError("; ".join(warnings) or "no document")
    size = text_bytes(docs)
    if size > settings.max_story_bytes:
        raise LimitError(
            f"the documents are {size:,} bytes (the limit is {settings.max_story_bytes:,} per brief)"
        )
    return docs, warnings


def make_brief(
    settings: Settings,
    documents: Sequence[RawDoc],
    options: BriefOptions,
    *,
    refuse_empty: bool = False,
    notes: list[str] | None = None,
) -> Brief:
    """The brief of gathered documents, within the server's sentence limit. With `refuse_empty` (a
    request that asked for a summary: the API and the form), an empty summary is `EmptySummary`; a
    stored story's page shows its brief as it is. Each document left out is added to `notes` as
    `newsbrief brief` warns of it: an upload or text with nothing to read (a file of "[[[", page
    chrome) was dropped from the brief in silence (cli49)."""
    from .. import limits, pipeline

    timer = pipeline.Timer()
    story = pipeline.prepare_story(documents, timer)
    if notes is not None:
        notes.extend(f"{documents[k].source}: left out: {why}" for k, why in story.left_out)
    limits.check_sentences(len(story.sentences), settings.max_story_sentences)
    b = pipeline.brief_story(story, options, timer)
    if refuse_empty and not b.summary:
        from ..empty_summary import refusal

        raise EmptySummary(str(refusal(story, options.budget, options.method, flag="")))
    return b


def api_job(
    settings: Settings, documents: Sequence[RawDoc], urls: Sequence[str], options: BriefOptions
) -> tuple[bytes, list[str]]:
    """The brief JSON (as `newsbrief brief --format json`, compact) and the warnings: URLs that failed,
    documents left out."""
    from ..render.json import to_dict

    docs, warnings = gather(settings, documents, urls)
    b = make_brief(settings, docs, options, refuse_empty=True, notes=warnings)
    body = json.dumps(to_dict(b), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return body.encode("utf-8"), warnings


def page_job(
    settings: Settings, documents: Sequence[RawDoc], urls: Sequence[str], options: BriefOptions
) -> str:
    """The HTML report of the brief, with the warnings (URLs that failed, documents left out) as notices."""
    from ..render.html import render as render_html

    docs, warnings = gather(settings, documents, urls)
    b = make_brief(settings, docs, options, refuse_empty=True, notes=warnings)
    return render_html(b, notices=warnings, back_href="/")


def warm() -> None:
    """Import and load what a brief needs, so a worker's first request is not slower."""
    from .. import pipeline

    pipeline.brief(
        texts=[
            "The council met on Monday. It agreed to open the library on Sundays.",
            "The library opens on Sundays.",
        ],
        timings=False,
    )
