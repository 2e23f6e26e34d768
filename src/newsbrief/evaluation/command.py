"""`newsbrief eval`: ROUGE of any summarizers on a benchmark file, side by side.

Only typer is imported at module level; the work happens in `run_eval`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..options import MAX_PROCESSES, choice_option, format_option, path_argument, path_option

FORMATS = ("table", "json")

EPILOG = (
    "Exit status: 0 when every story was scored; 1 when any was skipped (the scores of the rest are"
    " written first, and one line names the skipped ids) or none could be; 2 for bad options."
)

# The most skipped story ids the closing count line names; `--format json` lists every one.
NAMED_SKIPS = 5


def register(app: typer.Typer) -> None:
    app.command("eval", epilog=EPILOG)(eval_command)


def eval_command(
    data: Annotated[Path, path_argument("Stories: .jsonl[.gz], a Multi-News .src/.tgt file, or a folder.")],
    words: Annotated[
        int, typer.Option("--words", "-w", help="Word budget (output cut to it; 6 or more).")
    ] = 250,
    methods: Annotated[
        str | None,
        choice_option("--methods", "-m", help="Comma-separated summarizers (default: all but ilp)."),
    ] = None,
    recall: Annotated[bool, typer.Option("--recall", help="Report recall instead of F1.")] = False,
    fmt: Annotated[str, format_option("table or json.")] = "table",
    output: Annotated[Path | None, path_option("--output", "-o", help="Write the result here.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N stories.")] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, max=MAX_PROCESSES, help="Worker processes.")
    ] = 1,
    per_story: Annotated[
        Path | None, path_option("--per-story", help="Write scores per story to this JSONL file.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", min=0, help="Seed of random and of the bootstrap.")] = 0,
    reader: Annotated[
        str | None, choice_option("--reader", help="Data format: jsonl, multinews, folder (default: guess).")
    ] = None,
) -> None:
    """Score summarizers with ROUGE on reference summaries."""
    from ..empty_summary import check_words

    check_words(words, None)  # every summary empty: a table of zeros, exit 0
    rec = run_eval(
        data,
        words=words,
        methods=methods,
        recall=recall,
        fmt=fmt,
        output=output,
        limit=limit,
        jobs=jobs,
        per_story=per_story,
        seed=seed,
        reader=reader,
    )
    if rec["data"]["skipped"]:  # a partial run fails, as `batch` does, after writing what it scored
        raise typer.Exit(1)


def parse_methods(methods: str | None) -> tuple[str, ...]:
    from ..errors import UsageError
    from .methods import defaults, names

    known = names()
    if methods is None:  # `-m ''` names none, as `-m ','` (it ran every default method)
        return tuple(defaults())
    named = {m.lower(): m for m in known}  # any case, as every choice (a plugin's `MyWay` is `myway`)
    given = (m.strip() for m in methods.split(",") if m.strip())
    chosen = tuple(dict.fromkeys(m if m in known else named.get(m.lower(), m) for m in given))
    bad = [m for m in chosen if m not in known]
    if not chosen:  # `-m ','`: was "unknown method (none)", naming no option
        raise UsageError(f"no method named; choose from {', '.join(known)}", "--methods")
    if bad:
        raise UsageError(f"unknown method {', '.join(bad)}; choose from {', '.join(known)}", "--methods")
    return chosen


def reader_name(reader: str | None) -> str | None:
    """`--reader` as a story format's name (any case, as `--format`), None to guess it. An unknown one
    was an input error naming the data file, exit 1, and `--reader ''` guessed (cli47): usage, exit 2."""
    from ..errors import UsageError
    from ..ingest.stories import STORY_FORMATS

    if reader is None:
        return None
    name = reader.strip().lower()
    if name not in STORY_FORMATS:
        what = f"unknown format {reader!r}" if name else "no format named"
        raise UsageError(f"{what}; choose one of {', '.join(STORY_FORMATS.names())}", "--reader")
    return name


def run_eval(
    data: Path,
    *,
    words: int | None = 250,
    methods: str | None = None,
    recall: bool = False,
    fmt: str = "table",
    output: Path | None = None,
    limit: int | None = None,
    jobs: int = 1,
    per_story: Path | None = None,
    seed: int = 0,
    reader: str | None = None,
) -> dict[str, Any]:
    """Run the evaluation, write its outputs, and return the JSON record."""
    import io
    import itertools
    import json

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..errors import InputError, UsageError, counted, shown
    from ..ingest.stories import StoryError, StoryRecord, files_read, iter_stories
    from ..io import atomic_write, emit, refuse_an_input
    from . import report
    from .run import Protocol, StoryResult, aggregate, evaluate

    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
    protocol = Protocol(words=words, recall=recall, methods=parse_methods(methods), seed=seed)
    refuse_an_input(output, files_read(data))  # a .src's .tgt too
    refuse_an_input(per_story, files_read(data))
    if output is not None and per_story is not None and _same_path(output, per_story):
        raise UsageError(
            "is also --output; give two files",
            f"--per-story {per_story}",
        )
    stop = None if limit is None else min(limit, sys.maxsize)  # --limit 10**30: all of them
    items = _once_each(list(itertools.islice(iter_stories(data, reader_name(reader)), stop)))
    errors = Console(stderr=True, highlight=False, soft_wrap=True)

    def warn(e: StoryError) -> None:
        where = f" (line {e.line})" if e.line else ""
        errors.print(f"newsbrief: skipped story {shown(str(e.id))}{where}: {e.reason}", markup=False)

    if not items:  # the words `batch` gives the same cause
        raise InputError("no stories in it (an empty file?)", str(data))
    skipped = [e for e in items if isinstance(e, StoryError)]
    records = [r for r in items if isinstance(r, StoryRecord)]
    if not records:  # one error line, the first reason in it (no warnings before it)
        raise InputError(f"no story could be scored{_skipped(skipped)}", str(data))
    for e in skipped:
        warn(e)
    progress = Progress(
        TextColumn("eval"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=not sys.stderr.isatty(),
    )
    with progress:
        task = progress.add_task("eval", total=len(records))

        # a story that fails before any is scored is held back: if none is, the one error line says it
        held: list[StoryError] = []
        scored_any = False

        def done(r: StoryResult | StoryError) -> None:
            nonlocal scored_any
            progress.advance(task)
            if isinstance(r, StoryError) and not scored_any:
                held.append(r)
                return
            if isinstance(r, StoryError):
                warn(r)
            elif not scored_any:
                scored_any = True
                for e in held:
                    warn(e)

        results = evaluate(records, protocol, jobs=jobs, progress=done)
    scored = [r for r in results if isinstance(r, StoryResult)]
    skipped += [r for r in results if isinstance(r, StoryError)]
    if not scored:  # one line (it was a warning per story, then this)
        raise InputError(f"no story could be scored{_skipped(skipped)}", str(data))
    rec = report.record(aggregate(scored, protocol), data, len(items), scored, skipped, protocol, limit, jobs)
    if per_story is not None:
        atomic_write(per_story, "".join(json.dumps(report.per_story_line(r)) + "\n" for r in scored))
    dropped = [r for r in scored if r.dropped]
    if dropped:  # one line, not one per document: the JSON report lists them (dropped_documents)
        n = sum(len(r.dropped) for r in dropped)
        errors.print(
            f"newsbrief: {counted(n, 'document')} of {counted(len(dropped), 'story')} left out (no article "
            "text after cleaning or unusable); --format json lists them under dropped_documents",
            markup=False,
        )
    if fmt == "json":
        emit(json.dumps(rec, indent=2) + "\n", output)  # stdout when None
    elif output is None:
        wide = None if sys.stdout.isatty() else 120  # pipes and files get the whole table
        _print_stdout(report.table(rec), wide)
    else:
        buf = io.StringIO()
        Console(file=buf, width=120, highlight=False).print(report.table(rec))
        atomic_write(output, buf.getvalue())
    if skipped:  # last, once every output is written
        errors.print(f"newsbrief: {skipped_count(len(scored), len(items), skipped)}", markup=False)
    return rec


def skipped_count(scored: int, read: int, skipped: list[Any]) -> str:
    """`scored 3 of 5 stories (2 skipped: a, b)`: the closing line of a partial run, naming the first
    `NAMED_SKIPS` skipped ids (`--format json` lists them all, with their reasons)."""
    from ..errors import counted, shown

    ids = [shown(str(e.id)) for e in skipped[:NAMED_SKIPS]]
    more = len(skipped) - len(ids)
    if more:
        ids.append(f"and {more:,} more")
    return f"scored {scored:,} of {counted(read, 'story')} ({len(skipped):,} skipped: {', '.join(ids)})"


def _print_stdout(renderable: Any, width: int | None) -> None:
    """Print with rich to standard output; a reader gone (`| head -1`) is a `BrokenPipeError`, ending
    the run as for every command (exit 0, nothing said), where rich's own handling exits 1."""
    from rich.console import Console

    from ..io import stdout_failed

    class StdoutConsole(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError

    try:
        StdoutConsole(highlight=False, width=width).print(renderable)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as e:  # `> /dev/full` said "No space left on device", naming nothing
        raise stdout_failed(e) from None


def _once_each(items: list[Any]) -> list[Any]:
    """The stories, a later one with an id an earlier one has skipped as `batch` fails it ("duplicate story
    id"): scored twice, it counted twice in every mean and gave two --per-story rows of one id."""
    from ..ingest.stories import StoryError, StoryRecord

    first: dict[str, int] = {}
    out = []
    for k, item in enumerate(items):
        if isinstance(item, StoryRecord) and item.id in first:
            item = StoryError(item.id, f"duplicate story id (story {first[item.id] + 1} has it too)")
        elif isinstance(item, StoryRecord):
            first[item.id] = k
        out.append(item)
    return out


def _skipped(skipped: list[Any]) -> str:
    """` (N skipped; the first: <reason>)` for the error when no story could be scored."""
    return f" ({len(skipped)} skipped; the first: {skipped[0].reason})" if skipped else ""


def _same_path(a: Path, b: Path) -> bool:
    """`a` and `b` name one file (neither need exist yet); `-` (standard output) is no file."""
    import os

    if "-" in (os.fspath(a), os.fspath(b)):
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)
