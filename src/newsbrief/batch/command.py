"""`newsbrief batch`: many stories at once. Only typer is imported at start-up."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError, shown
from ..options import MAX_PROCESSES, choice_option, format_option, path_argument

EPILOG = (
    "Exit status: 0 when every story was briefed, 1 when any story failed (its id and reason are in"
    " <output>.errors.jsonl) or the input cannot be read, 2 for bad options."
)


def dask_value(value: str) -> str:
    """`--dask` as the parser reads it, refusing an empty or blank one (it ran without Dask, exit 0)."""
    if not value.strip():
        raise typer.BadParameter("the address is empty (give tcp://host:8786, or local)")
    return value


def batch_command(
    stories: Annotated[
        Path,
        path_argument(
            "Stories: JSONL[.gz] ({id, documents}), a folder of story folders, or a Multi-News .src file"
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="JSONL file of briefs, or a folder (one file per story) with --format."
        ),
    ],
    fmt: Annotated[
        str | None,
        format_option("jsonl (default), or json, md, html, terminal for one file per story."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            max=MAX_PROCESSES,
            help="Worker processes (default: all cores; 1: no pool).",
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            parser=dask_value,
            help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.",
        ),
    ] = None,
    words: Annotated[
        int, typer.Option("--words", "-w", help="Word budget of each summary (6 or more).")
    ] = 250,
    sentences: Annotated[
        int | None, typer.Option("--sentences", "-n", min=1, help="Sentence budget (overrides --words).")
    ] = None,
    method: Annotated[str, choice_option("--method", "-m", help="Summarizer name.")] = "default",
    no_analysis: Annotated[bool, typer.Option("--no-analysis", help="Skip quotes/entities/claims.")] = False,
    ner: Annotated[
        str,
        choice_option(
            "--ner", help="Entity recogniser: rules (default, no model), spacy (the [nlp] extra) or auto."
        ),
    ] = "rules",
    restart: Annotated[
        bool, typer.Option("--restart", help="Start over instead of skipping stories already in the output.")
    ] = False,
    chunk: Annotated[
        int | None, typer.Option("--chunk", min=1, help="Stories per task (default 4; 8 on Dask).")
    ] = None,
    max_chars: Annotated[
        int, typer.Option("--max-chars", min=1, help="Stories longer than this fail as too large.")
    ] = 500_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, only the final line.")] = False,
) -> None:
    """Brief many stories: resumable, in input order, on all cores or a Dask cluster."""
    from ..empty_summary import check_words
    from ..ingest.stories import files_read
    from ..io import refuse_an_input
    from .engine import run
    from .sinks import errors_path, lock_path

    if output in ("-", ""):  # "-" was a file named "-" in the working folder (fuzz36)
        what = "standard output" if output else "no name"
        raise UsageError(
            f"is {what}; batch writes a file it resumes from: give its name", f"--output {output!r}"
        )
    check_words(words, sentences)
    # the output and the files beside it: `batch x.src -o x.tgt` replaced the .tgt read with it, and
    # `batch x.lock -o x` deleted its input at the end, as the run's lock (cli51)
    refuse_an_input(output, files_read(stories), folder_ok=True)  # a folder: one file per story
    for beside in (errors_path(Path(output)), lock_path(Path(output))):
        refuse_an_input(beside, files_read(stories), folder_ok=True)
    refuse_inside_stories(output, stories, fmt)  # after: one of its files named is "also an input"
    counts = run(
        stories,
        output,
        fmt=fmt,
        restart=restart,
        jobs=jobs,
        dask=dask,
        words=words,
        sentences=sentences,
        method=method,
        analysis=not no_analysis,
        ner=ner,
        chunk=chunk,
        max_chars=max_chars,
        progress="off" if quiet else None,
    )
    if counts.failed:
        raise typer.Exit(1)


def refuse_inside_stories(output: str, stories: Path, fmt: str | None) -> None:
    """`UsageError` when the next run would read what this one writes as stories or articles: a folder
    of briefs made in the folder of stories (`batch stories -o stories/briefs/ -f md` briefed the briefs
    as story `briefs`; a folder that was one story became a folder of one story, `briefs`, cli47), a
    file made in a story folder (an article of it) or in a folder that is one story, or the folder of
    stories itself as the output. A file beside story folders is not read, and is left alone."""
    from ..io import reached

    if not stories.is_dir():
        return
    root = os.path.realpath(stories)
    target = os.path.realpath(reached(Path(output)))
    parent = os.path.dirname(target)
    as_folder = fmt not in (None, "jsonl") or os.path.isdir(target) or output.endswith(("/", os.sep))
    one_story = not any(d.is_dir() and not d.name.startswith(".") for d in stories.iterdir())
    if target == root or os.path.dirname(parent) == root or (parent == root and (as_folder or one_story)):
        where = "the folder of stories" if target == root else "inside the folder of stories"
        raise UsageError(
            f"is {where} {shown(str(stories))}; the next run would read it as stories or articles:"
            " give a path outside it",
            f"--output {shown(output)}",
        )


def register(app: typer.Typer) -> None:
    app.command("batch", epilog=EPILOG)(batch_command)
