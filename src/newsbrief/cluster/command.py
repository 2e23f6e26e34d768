"""`newsbrief cluster`: group articles into stories (and brief each with --brief)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import InputError, UsageError
from ..limits import CLUSTER_BYTES_PER_ARTICLE, CLUSTER_MAX_ARTICLES
from ..options import cache_dir_option, format_option, inputs_argument, path_option

WORDS = 100  # the word budget of each story's brief (`--brief`)


def register(app: typer.Typer) -> None:
    app.command("cluster")(cluster_command)


def cluster_command(
    inputs: Annotated[
        list[str], inputs_argument("Files, folders, JSONL of articles or stories, feeds, URLs.")
    ],
    fmt: Annotated[str, format_option("terminal, md, json or html.")] = "terminal",
    output: Annotated[
        Path | None, path_option("--output", "-o", help="Write to this file (atomically).")
    ] = None,
    brief: Annotated[
        bool,
        typer.Option(
            "--brief",
            help="Brief every story (its summary, cited); a story over the per-story limits of `brief`,"
            " or with no sentence a summary may use, is named in a warning and not briefed, and the exit"
            " status is then 1.",
        ),
    ] = False,
    words: Annotated[
        int | None,
        typer.Option("--words", "-w", help=f"Word budget of each --brief (6 or more; {WORDS} if not given)."),
    ] = None,
    cache_dir: Annotated[
        Path | None, cache_dir_option("Cache fetched URLs here; a re-run does not refetch.")
    ] = None,
    max_articles: Annotated[
        int,
        typer.Option(
            "--max-articles",
            min=1,
            help="Read at most this many articles (every copy and bad row counted) and this many times"
            f" {CLUSTER_BYTES_PER_ARTICLE:,} bytes of their text; past it the command stops, naming the"
            " input (all are held in memory; `ingest --db` groups more, a batch at a time).",
        ),
    ] = CLUSTER_MAX_ARTICLES,
) -> None:
    """Group many articles into stories; near-duplicate copies are marked. An input that cannot be
    read, or a bad row of a JSONL file, is a warning, the others are clustered, and the exit status
    is then 1."""
    from ..io import refuse_an_input
    from ..limits import ArticleBudget
    from . import cluster
    from .output import formats, render, to_dict
    from .sources import read_articles

    if fmt not in formats():
        raise UsageError(f"unknown --format {fmt!r}; choose one of {', '.join(formats())}")
    if words is not None and not brief:  # it was left unused, exit 0 (cli47)
        raise UsageError("--words is the budget of each brief; give --brief too")
    words = WORDS if words is None else words
    if brief:
        from ..empty_summary import check_words

        check_words(words, None)
    from ..ingest.load import files_read

    refuse_an_input(output, files_read(inputs))
    failed: list[InputError] = []  # inputs not read: warned, the rest clustered, exit 1 (as `ingest`)
    bad_rows: list[str] = []  # JSONL rows skipped: warned, exit 1 (as `batch` counts them failed)
    budget = ArticleBudget(max_articles)  # refused while reading, before any is cleaned
    raws = read_articles(inputs, cache_dir=cache_dir, failed=failed, bad_rows=bad_rows, budget=budget)
    stories = cluster(raws)
    briefs, refused = brief_stories(stories, words) if brief else (None, [])
    text = render(to_dict(stories, briefs), fmt)
    from ..io import emit

    emit(text, output)
    if refused or failed or bad_rows:  # the list and the other briefs are written; each warning said why
        raise typer.Exit(1)


def brief_stories(stories: list[Any], words: int) -> tuple[dict[str, Any], list[str]]:
    """The brief of every story with news (None for one of page chrome or site notices only, `NO_NEWS`:
    listed and marked, nothing to warn of), of its articles with news: the brief's `copy_of`
    (`newsbrief.copies`) marks every copy the story list marks and the versions MinHash's Jaccard
    misses (a cut-down or a longer version), and counts each once. A story
    over the per-story limits (`pipeline.segmented`, as `brief` applies them), or briefed to an empty
    summary (`empty_summary.py`, as `brief` refuses one), is not briefed (None): a warning names it,
    and its id is in the list returned beside the briefs."""
    from ..empty_summary import refusal
    from ..log import warn
    from ..model import BriefOptions
    from ..pipeline import brief_story, segmented
    from ..render.json import to_dict
    from . import NO_NEWS

    options = BriefOptions(words=words, analysis=False, timings=False).validate()
    out: dict[str, Any] = {}
    refused: list[str] = []
    for s in stories:
        docs = tuple(m.document for m in s.members if m.rule not in NO_NEWS and m.document.text.strip())
        out[s.id] = None
        if not docs:
            continue
        try:
            story = segmented(docs, name=f"story {s.id}")
        except InputError as e:
            warn(f"{e}; not briefed")
            refused.append(s.id)
            continue
        b = brief_story(story, options)
        if not b.summary:
            warn(f"story {s.id}: {refusal(story, options.budget, options.method)}; not briefed")
            refused.append(s.id)
            continue
        out[s.id] = to_dict(b)
    return out, refused
