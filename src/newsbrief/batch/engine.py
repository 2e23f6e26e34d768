"""The batch flow: read stories in order, run them in chunks, put results back in input order.

`ordered` is shared by the command (`run`, which writes files and resumes) and the Python API
(`briefs`, which yields dicts). Stories already recorded in the outputs are skipped; bad rows,
duplicate ids and oversized stories become errors without reaching a worker.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..errors import InputError, UsageError, counted, shown
from ..ingest.stories import StoryError, StoryItem, StoryRecord
from ..limits import BATCH_MAX_CHARS
from .progress import Counts, Reporter
from .runners import Runner, default_jobs, make_runner
from .sinks import FOLDER_EXTENSIONS, ErrorLog, FolderSink, JsonlSink, errors_path, held
from .sources import Source, count, iter_items
from .work import Options, Result, Task

MAX_CHARS = BATCH_MAX_CHARS  # a story above this many characters is reported as too large, not briefed
OUTPUT_FORMATS = ("jsonl", *FOLDER_EXTENSIONS)


TICK = 256  # after this many stories settled here (skipped, bad), let the writer catch up
FIRST = 16  # an output holding none of the input's first this many stories holds another input's


def peeked(
    items: Iterator[StoryItem], jobs: int | None, dask: str | None, chunk: int, least: int = 0
) -> tuple[list[StoryItem], int | None, Iterator[StoryItem]]:
    """The first stories of `items` (`least`, and a chunk for each process asked for), a bound on the
    chunks there can be work for (None: no bound), and every story to read. The runners' chunks in
    flight hold twice as many once the workers run. An input that cannot be read on stops the peek;
    its error comes after the stories read before it, as `ordered` expects."""
    asked = jobs or (2 if dask == "local" else default_jobs())
    first: list[StoryItem] = []
    rest: Iterator[StoryItem] = items
    try:
        first.extend(itertools.islice(items, max(least, asked * chunk)))
    except InputError as e:
        rest = _raising(e)
    else:
        if len(first) >= asked * chunk:
            return first, None, itertools.chain(first, rest)
    return first, -(-len(first) // chunk), itertools.chain(first, rest)


def _raising(e: InputError) -> Iterator[StoryItem]:
    raise e
    yield  # a generator: raised when read


def default_chunk(dask: str | None) -> int:
    """Stories per task: enough to make the pickling and scheduling overhead small, few enough to
    keep every worker busy to the end."""
    return 8 if dask else 4


def ordered(
    items: Iterable[StoryItem],
    runner: Runner,
    *,
    chunk: int = 4,
    max_chars: int = MAX_CHARS,
    recorded: Callable[[str, int], bool] | None = None,
    origin: str | None = None,
    unreadable: list[InputError] | None = None,
) -> Iterator[list[Result]]:
    """Lists of results in input order, one list per finished chunk (possibly empty).

    An input that cannot be read on (a truncated gzip) ends the stories there: those read before it are
    briefed and given out first, then its `InputError` is raised, or added to `unreadable` when given
    (`run` says its summary line first). It was raised at once, and the chunks in flight were lost.

    `recorded(id, k)` says whether the k-th story with this id is already in the output; such a
    story comes back as kind "skip". Results wait in a reorder buffer only while an earlier chunk is
    still running; the runner's cap on chunks in flight bounds it. Stories settled without a worker
    are released every `TICK` stories by an empty chunk, which every runner passes straight back.
    """
    buffer: dict[int, Result] = {}
    seen: Counter[str] = Counter()
    first: dict[str, int] = {}

    stopped: list[InputError] = []

    def readable() -> Iterator[StoryItem]:
        try:
            yield from items
        except InputError as e:
            stopped.append(e)

    def chunks() -> Iterator[list[Task]]:
        batch: list[Task] = []
        settled = 0
        for seq, item in enumerate(readable()):
            sid = item.id
            seen[sid] += 1
            k = seen[sid]
            if recorded is not None and recorded(sid, k):
                buffer[seq] = (seq, sid, "skip", None)
            elif isinstance(item, StoryError):
                buffer[seq] = (seq, sid, "error", item.reason)
            elif k > 1:
                buffer[seq] = (seq, sid, "error", f"duplicate story id (story {first[sid] + 1} has it too)")
            elif (size := sum(len(d) for d in item.documents)) > max_chars:
                buffer[seq] = (seq, sid, "error", f"too large: {size:,} characters (limit {max_chars:,})")
            else:
                batch.append(Task(seq, sid, item.documents, _doc_ids(item), origin))
                if len(batch) >= chunk:
                    yield batch
                    batch = []
            first.setdefault(sid, seq)
            if seq in buffer:
                settled += 1
                if settled >= TICK:
                    settled = 0
                    yield []
        if batch:
            yield batch

    nxt = 0

    def ready() -> list[Result]:
        nonlocal nxt
        out = []
        while nxt in buffer:
            out.append(buffer.pop(nxt))
            nxt += 1
        return out

    for results in runner.results(chunks()):
        for r in results:
            buffer[r[0]] = r
        yield ready()
    yield ready()
    if buffer:  # cannot happen unless a runner lost a chunk
        raise RuntimeError(f"batch lost {len(buffer)} results")
    if stopped and unreadable is None:
        raise stopped[0]
    if unreadable is not None:
        unreadable.extend(stopped)


def _doc_ids(item: StoryRecord) -> tuple[str, ...] | None:
    ids = item.meta.get("doc_ids")
    return tuple(str(x) for x in ids) if isinstance(ids, list) else None


def _options(
    words: int | None,
    sentences: int | None,
    method: str,
    analysis: bool,
    ner: str,
    output: str,
    refuse_empty: bool = False,
) -> Options:
    opts = Options(words, sentences, method, analysis, ner, output, refuse_empty)
    opts.brief.validate()
    return opts


def _origin(source: Source) -> str | None:
    """The stories file or folder as given, named in each document's source (as `brief --story` does)."""
    return str(source) if isinstance(source, str | Path) else None


def briefs(
    stories: Source,
    *,
    jobs: int | None = None,
    words: int | None = 250,
    sentences: int | None = None,
    method: str = "default",
    analysis: bool = True,
    ner: str = "rules",
    dask: str | None = None,
    chunk: int | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[tuple[str, dict[str, Any] | StoryError]]:
    """The Python API behind `newsbrief.batch`: `(id, brief dict)` or `(id, StoryError)` in input order."""
    opts = _options(words, sentences, method, analysis, ner, "dict")
    items = iter_items(stories)

    def gen() -> Iterator[tuple[str, dict[str, Any] | StoryError]]:
        size = chunk or default_chunk(dask)
        _, most, stories_left = peeked(items, jobs, dask, size)
        runner = make_runner(opts, jobs, dask, most)
        try:
            runner.start()
            for results in ordered(
                stories_left,
                runner,
                chunk=size,
                max_chars=max_chars,
                origin=_origin(stories),
            ):
                for _, sid, kind, value in results:
                    yield sid, value if kind == "ok" else StoryError(sid, value)
        finally:
            runner.close()

    return gen()


def run(
    source: Source,
    output: str | Path,
    *,
    fmt: str | None = None,
    restart: bool = False,
    jobs: int | None = None,
    dask: str | None = None,
    words: int | None = 250,
    sentences: int | None = None,
    method: str = "default",
    analysis: bool = True,
    ner: str = "rules",
    chunk: int | None = None,
    max_chars: int = MAX_CHARS,
    progress: str | None = None,
    stream: TextIO | None = None,
) -> Counts:
    """Brief every story of `source` into `output` (JSONL file, or a folder for a per-story --format);
    resumes unless `restart`. Returns the counts; the summary line goes to `stream` (stderr)."""
    stream = stream or sys.stderr
    items = iter_items(source)  # a missing input fails here, before any output is touched
    as_folder = isinstance(output, str) and output.endswith(("/", os.sep))  # Path() drops the slash
    output = Path(output)
    folder = fmt not in (None, "jsonl") or output.is_dir() or as_folder
    if fmt is not None and fmt not in OUTPUT_FORMATS:
        raise UsageError(f"unknown --format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if folder:
        fmt = "json" if fmt in (None, "jsonl") else fmt
        _check_format(fmt)
    # a story briefed to an empty summary fails, as `brief` refuses it (`empty_summary.py`)
    opts = _options(words, sentences, method, analysis, ner, fmt if folder else "jsonl", refuse_empty=True)
    with held(output):  # one run at a time writes an output
        sink = FolderSink(output, fmt, restart) if folder else JsonlSink(output, restart)
        _check_same_options(sink.first, opts, output)
        errors = ErrorLog(errors_path(output), restart)

        size = chunk or default_chunk(dask)
        first, most, items = peeked(items, jobs, dask, size, FIRST)
        if not restart and not folder:
            try:
                _refuse_another_input(output, sink.done + errors.done, first)
                _refuse_another_origin(output, sink.first, first, _origin(source))
            except UsageError:
                sink.close()
                errors.close()
                raise

        def recorded(sid: str, k: int) -> bool:
            return sink.count(sid) + errors.done[sid] >= k

        mode = progress or Reporter.choose(stream)
        reporter = Reporter(count(source) if mode != "off" else None, mode, stream=stream)
        runner = make_runner(opts, jobs, dask, most)
        c = Counts()
        worked = 0
        unreadable: list[InputError] = []
        try:
            runner.start()  # load models, fork the workers: before the progress display exists
            reporter.start()
            seen: Counter[str] = Counter()
            for results in ordered(
                items,
                runner,
                chunk=size,
                max_chars=max_chars,
                recorded=recorded,
                origin=_origin(source),
                unreadable=unreadable,
            ):
                for _, sid, kind, value in results:
                    seen[sid] += 1
                    if kind == "ok":
                        sink.write(sid, value)
                        c.done += 1
                        worked += 1
                    elif kind == "error":
                        errors.write(sid, value)
                        c.failed += 1
                        worked += 1
                    elif seen[sid] <= sink.count(sid):
                        c.skipped += 1
                    else:  # recorded as failed by an earlier run: still a failure of this batch
                        c.failed += 1
                sink.commit()  # briefs first, then errors: a record is durable only after every earlier one
                errors.commit()
                reporter.update(c, worked)
            reporter.update(c, worked, final=True)
        finally:
            reporter.close()
            sink.close()
            errors.close()
            runner.close()
        line = reporter.summary(c)
        if c.failed:
            line += f"; reasons in {shown(str(errors.path))}"
        print(line, file=stream, flush=True)
        if unreadable:  # after the summary: the stories before it are written, a re-run resumes after them
            raise unreadable[0]
        return c


def _refuse_another_input(output: Path, recorded: Counter[str], first: list[StoryItem]) -> None:
    """`UsageError` when the JSONL output (with its errors file) holds stories and none of the input's
    first ones: a run records its stories in input order, the first one first, so it holds another
    input's briefs, and resuming appended this input's to them (cli47). Likewise when it holds a story
    these first ones are not while one of them is unrecorded: a run of this input stopped among them
    (`a/x.jsonl`, `b/x.jsonl` both opening with a broken row `x.jsonl-line-1`: b's briefs were appended
    to a's, cli49)."""
    if not recorded or not first:
        return
    ids = {item.id for item in first}
    if not any(i in recorded for i in ids):
        why = f"none of this input's first {counted(len(first), 'story')}, such as {first[0].id!r}"
    elif (stranger := _stranger(recorded, ids)) is not None:
        why = f"story {stranger!r} of it is not among this input's first {counted(len(first), 'story')}"
    else:
        return
    raise UsageError(
        f"holds the briefs of another input ({why}): give another output, or add --restart to replace it",
        f"--output {shown(str(output))}",
    )


def _stranger(recorded: Counter[str], ids: set[str]) -> str | None:
    """A recorded story that is none of `ids`, when one of `ids` is unrecorded (else None: a finished
    first part says nothing of the rest)."""
    if all(i in recorded for i in ids):
        return None
    return next((i for i in recorded if i not in ids), None)


def _refuse_another_origin(
    output: Path, row: dict[str, Any] | None, first: list[StoryItem], origin: str | None
) -> None:
    """`UsageError` when the output's first brief is of a story this input holds too (by id) but is not
    that story: story folders or ids that repeat in every input (`day1/001`, `day2/001`; `d1/test.src`,
    `d2/test.src`; rows numbered 1, 2, 3 in `a.jsonl` and `b.jsonl`) took another input's output for this
    one's, and every story was skipped as done, exit 0 (cli48). Told by the input's name in the brief's
    documents' sources (`<input>#<story id>/<k>`; the name alone, so a resume from another folder goes
    on), or by a document's text: its `raw` is the story's document as read unless mojibake was
    repaired in it (`repaired` lists it)."""
    record = next((x for x in first if isinstance(x, StoryRecord) and x.id == (row or {}).get("id")), None)
    docs = (row or {}).get("documents")
    if row is None or origin is None or record is None or not isinstance(docs, list):
        return
    sid = record.id
    kept = [d for d in docs if isinstance(d, dict)]
    source = next((d.get("source") for d in kept if isinstance(d.get("source"), str)), "")
    at = source.rfind(f"#{sid}/")
    read_from = source[:at] if at >= 0 else None
    texts = set(record.documents)
    other = any(
        isinstance(d.get("raw"), str) and not d.get("repaired") and d["raw"] not in texts for d in kept
    )
    if read_from is not None and Path(read_from).name != Path(origin).name:
        why = f"story {sid!r} of it was read from {shown(read_from)}, not {shown(origin)}"
    elif other:
        why = f"story {sid!r} of it is another story of that id: its documents differ"
    else:
        return
    raise UsageError(
        f"holds the briefs of another input ({why}): give another output, or add --restart to replace it",
        f"--output {shown(str(output))}",
    )


def _check_format(fmt: str) -> None:
    from ..render import formats

    if fmt not in ("json", *formats()):
        raise UsageError(f"--format {fmt} is not available; choose one of json, {', '.join(formats())}")


def _check_same_options(first: dict[str, Any] | None, opts: Options, output: Path) -> None:
    """A resumed JSONL output must have been made with the same method and budget."""
    if not first:
        return
    budget = opts.brief.budget.as_dict()
    if first.get("method") != opts.method or first.get("budget") != budget:
        raise UsageError(
            f"{output} holds briefs made with method {first.get('method')!r} and budget"
            f" {first.get('budget')}; run with the same options to resume, or add --restart"
        )
