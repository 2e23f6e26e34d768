"""Stories for eval and batch: one record per story (documents + optional reference summaries).

`iter_stories(path)` yields `StoryRecord` for good rows and `StoryError` for bad ones, so a caller
can count and report bad rows and go on. Readers form a small registry keyed by format name.
"""

from __future__ import annotations

import codecs
import contextvars
import functools
import gzip
import hashlib
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, counted, shown
from ..model import RawDoc, displayable
from ..registry import Registry
from .decode import archive_of, decode_bytes, stream_codec
from .files import (
    READ_ERRORS,
    broken_json,
    check_file,
    json_kind,
    listed_file,
    parse_json,
    reading,
    reason,
    stat_input,
)
from .multinews import MULTINEWS_SEP, decode_newline_marks

MAX_ROW_CHARS = 20 * 1024 * 1024  # a longer line of a stories file is a bad row, never held in memory
_END = object()  # zip_longest's filler: one file of a .src/.tgt pair ended first


@dataclass(frozen=True)
class StoryRecord:
    id: str
    documents: tuple[str, ...]
    references: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoryError:
    id: str
    reason: str
    line: int | None = None


StoryItem = StoryRecord | StoryError
Reader = Callable[[Path], Iterator[StoryItem]]


def record_to_raws(record: StoryRecord, origin: str | None = None) -> list[RawDoc]:
    """The raw documents of a story record, the same whichever command reads it: document k (from 1)
    is `<story id>-<k>` (a folder story's documents keep their file names' stems), its source
    `<origin>#<story id>/<k>` (`<story id>#<k>` without an origin). Blank documents stay, so
    `prepare_story` leaves them out the same way everywhere."""
    names = record.meta.get("doc_ids")
    named = isinstance(names, list) and len(names) == len(record.documents)
    out = []
    for k, text in enumerate(record.documents, 1):
        doc_id = Path(str(names[k - 1])).stem if named else f"{record.id}-{k}"
        where = str(names[k - 1]) if named else str(k)
        source = f"{origin}#{record.id}/{where}" if origin else f"{record.id}#{where}"
        out.append(RawDoc(id=doc_id, source=source, raw=text))
    return out


def content_id(documents: tuple[str, ...]) -> str:
    """A stable id for a story that has none: a hash of its documents."""
    h = hashlib.sha256()
    for d in documents:
        h.update(d.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return "story-" + h.hexdigest()[:16]


def _open_text(path: Path) -> io.TextIOBase:
    """A regular file (checked before it is opened) as `text_of` reads it, gunzipped for `.gz`."""
    check_file(path, str(path))
    return text_of(gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb"), str(path))


def text_of(raw: io.BufferedIOBase, name: str | None = None) -> io.TextIOWrapper:
    """A stories file's bytes as text: UTF-8, or UTF-16 or UTF-32 by a byte-order mark (a UTF-8 one is
    dropped), or UTF-16 without one as `brief` reads an article (every row was "broken JSON" in
    `batch`, `eval`, `cluster` and `ingest`, cli49). Lines end at "\n" only (a "\r\n" keeps its "\r",
    which a row's reader strips): a lone "\r" in a Multi-News line split it in two, and every later
    story was scored against the summary of the story before it (PowerShell's `>` writes UTF-16, which
    read as UTF-8 was every story "not text"). A gzip file that is none or is cut short raises here, as
    on a first read. One that starts as an archive, an image or a PDF does (`decode.BINARY_MAGIC`) is an
    `InputError` naming `name`: a gzip file named `.jsonl` was "broken JSON on line 1" in `brief`,
    `eval`, `cluster` and `ingest`, each of its lines a bad row (cli56; `batch` named it)."""
    head = raw.peek(8192)  # type: ignore[attr-defined]
    if (what := archive_of(head)) is not None:
        raw.close()
        gz = what == "a gzip archive" and not (name or "").lower().endswith(".gz")
        hint = " (a gzipped file is read when its name ends in .gz)" if gz else ""
        raise InputError(f"{what}, not lines of text{hint}", name)
    bom, codec = stream_codec(head)
    raw.read(len(bom))
    return _WarningText(raw, codec, name)


@dataclass(slots=True)
class _Reading:
    """The stories file a `_WarningText` is decoding, and whether its first bad byte was said."""

    name: str | None
    said: bool = False


_READING: contextvars.ContextVar[_Reading | None] = contextvars.ContextVar("newsbrief_reading", default=None)


def _replace(e: UnicodeError) -> tuple[str, int]:
    """The codec error handler `REPLACE`: each bad byte U+FFFD, as "replace" does, and the first one of
    the file being read (`_READING`) said in a warning naming it (a row with a stray Latin-1 byte was
    read with U+FFFD and no word, cli58; `decode.decode_bytes` says so of a file read whole)."""
    reading_now = _READING.get()
    if reading_now is not None and not reading_now.said and isinstance(e, UnicodeDecodeError):
        from ..log import warn

        reading_now.said = True
        where, what = shown(reading_now.name or "<stdin>"), f"0x{e.object[e.start]:02X}, the first such byte"
        warn(f"{where}: not {e.encoding.upper()} ({what}); read as U+FFFD (\ufffd)")
    return "\ufffd", e.end


# One handler for every file: cli58 registered one per file read, and the registry keeps each for good.
REPLACE = "newsbrief-replace"
codecs.register_error(REPLACE, _replace)


class _WarningText(io.TextIOWrapper):
    """A text stream decoded with `REPLACE`, its own file named while it decodes (the stream is decoded
    by the chunk as it is read, so only a read knows which file a bad byte is in)."""

    def __init__(self, raw: io.BufferedIOBase, encoding: str, name: str | None) -> None:
        super().__init__(raw, encoding=encoding, errors=REPLACE, newline="\n")
        self._reading = _Reading(name)

    def read(self, size: int | None = -1) -> str:
        return self.naming(super().read, size)

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        return self.naming(super().readline, size)

    def __next__(self) -> str:
        return self.naming(super().__next__)

    def naming(self, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """`call(*args, **kwargs)`, a bad byte it decodes warned of as this stream's file's."""
        token = _READING.set(self._reading)
        try:
            return call(*args, **kwargs)
        finally:
            _READING.reset(token)


def _read_document(path: Path) -> str:
    """A folder story's file as text, read as `brief` reads a file (`load.read_bytes`, then
    `decode.decode_bytes`: size checked, byte-order marks, legacy encodings, binary refused), its line
    ends made "\n" as before. It was read as UTF-8 with replacement: a Latin-1 file lost its accents,
    a PDF was briefed as text."""
    from .load import read_bytes  # lazy: `load` reads stories files through this module

    text = decode_bytes(read_bytes(path, str(path)), str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def bounded_lines(
    f: io.TextIOBase, limit: int = MAX_ROW_CHARS, name: str | None = None
) -> Iterator[str | None]:
    """The lines of `f`, each read with at most `limit` characters in memory; a longer line is
    skipped (read in pieces to its end) and comes out as None. A file `name`d that cannot be read on
    after its first line (a truncated gzip, a disk error) is an `InputError` naming the last line read
    whole: what came before it was read (`batch` briefs it), and the line says where it stopped."""
    n = 0
    try:
        while line := f.readline(limit + 1):
            n += 1
            if len(line) <= limit or line.endswith("\n"):
                yield line
                continue
            while (rest := f.readline(limit)) and not rest.endswith("\n"):
                pass
            yield None
    except READ_ERRORS as e:
        if name is None or n == 0:  # nothing read: the caller's words ("cannot read it")
            raise
        raise InputError(f"cannot read past line {n:,} ({reason(e)})", name) from None


LINES_CHUNK = 1 << 20  # characters `nonblank_lines` reads at a time
_NOT_SPACE = re.compile(r"\S")  # what `str.strip` keeps


def nonblank_lines(
    f: io.TextIOBase, limit: int = MAX_ROW_CHARS, name: str | None = None, chunk: int = LINES_CHUNK
) -> Iterator[tuple[int, str | None]]:
    """The lines of `f` holding more than white space, each with its number, as `bounded_lines` gives
    them (a line over `limit` characters, "\n" left out, is None, never held whole; a read error past
    the first line names the last line read whole). Blank lines are counted by the chunk, not read
    one at a time: 1 GB of blank lines kept `cluster` busy over 600 s, a Python step per line."""
    chunk = min(chunk, limit)  # a blank line inside one chunk is then within `limit`
    n = 0  # lines ended before `part`
    part = ""  # the start of the current line, at most `limit` characters
    over = False  # the current line is over `limit`: read on to its end, not kept
    try:
        for text in _chunks(f, chunk):
            at = 0
            while at < len(text):
                if not over and not part.strip():  # between lines, or in a blank one: skip blank lines
                    seen = _NOT_SPACE.search(text, at)
                    stop = len(text) if seen is None else seen.start()
                    last = text.rfind("\n", at, stop)
                    if last >= 0:  # blank lines end here; only the first may be over `limit`
                        over = len(part) + text.find("\n", at) - at > limit
                        if over:
                            yield n + 1, None
                        n += text.count("\n", at, stop)
                        part, over, at = "", False, last + 1
                    if seen is None:
                        part += text[at:]
                        over, part = (True, "") if len(part) > limit else (False, part)
                        break
                end = text.find("\n", at)
                if end < 0:  # the line goes on in the next chunk
                    if not over:
                        part += text[at:]
                        over, part = (True, "") if len(part) > limit else (False, part)
                    break
                n += 1
                line = None if over or len(part) + end - at > limit else part + text[at : end + 1]
                part, over, at = "", False, end + 1
                yield n, line
        if over or part.strip():
            yield n + 1, None if over else part
    except READ_ERRORS as e:
        if name is None or n == 0:  # nothing read: the caller's words ("cannot read it")
            raise
        raise InputError(f"cannot read past line {n:,} ({reason(e)})", name) from None


def _chunks(f: io.TextIOBase, size: int) -> Iterator[str]:
    """The text of `f`, at most `size` characters at a time. A `text_of` stream is decoded from what its
    file gives at once (`read1`): a truncated gzip then yields every line before the cut, where a
    whole read of a chunk would lose the lines it had decoded."""
    raw = getattr(f, "buffer", None)
    if not hasattr(raw, "read1") or not isinstance(f, io.TextIOWrapper):
        yield from iter(lambda: f.read(size), "")
        return
    decoder = codecs.getincrementaldecoder(f.encoding)(f.errors or "strict").decode
    if isinstance(f, _WarningText):
        decoder = functools.partial(f.naming, decoder)
    decode: Callable[..., str] = decoder
    while data := raw.read1(size):
        if text := decode(data):
            yield text
    if text := decode(b"", final=True):
        yield text


def _too_long(n: int) -> str:
    return f"line {n} is too long (over {MAX_ROW_CHARS:,} characters)"


def read_jsonl(path: Path) -> Iterator[StoryItem]:
    """The `../shared/data` form: `{"id", "documents": [str], "summaries": [str], ...}` per line.
    Blank lines are skipped by the chunk (`nonblank_lines`), as `cluster` skips them: 10 M of them
    took a Python step each (cli46)."""
    seen = False  # a row read before (the first one is hinted at when it is markup)
    with _open_text(path) as f:
        for n, line in nonblank_lines(f, MAX_ROW_CHARS, str(path)):
            if line is None:
                yield StoryError(positional_id(path.name, n), _too_long(n), n)
                continue
            first, seen = not seen, True
            try:
                row = parse_json(line, unique_keys=True)  # a key twice kept the last (cli57)
            except json.JSONDecodeError as e:
                yield StoryError(positional_id(path.name, n), broken_json(e, n, first, line), n)
                continue
            yield record_from_row(row, n, input_name=path.name)


def positional_id(input_name: str | None, n: int, where: str = "line") -> str:
    """The id of bad row `n` with no id of its own: `<file name>-line-<n>` (as a Multi-News story is
    `<file name>-<n>`). It was `line-<n>` in every input: a second input's bad first row matched the
    first input's in a shared `batch` output, so the output was taken for its own and resumed (its
    briefs appended to another input's, its own reason never written; cli48). Objects given to the
    Python API have no file: `item-<n>` (they are never resumed)."""
    return f"{input_name}-{where}-{n}" if input_name else f"{where}-{n}"


def _an_article_row(row: dict[str, Any], docs: Any) -> str:
    """What a row of no "documents" is when it is an article's (`{"text": ...}`, what `cluster` and
    `ingest` read): `brief arts.jsonl` said only "no documents" of each row (cli55)."""
    if docs is None and any(isinstance(row.get(k), str) for k in ("text", "html")):
        return (
            ' (a row of an article, {"text": ...}, as `cluster` and `ingest` read; `brief`, `batch` and'
            ' `eval` read stories, {"documents": [...]})'
        )
    return ""


def record_from_row(row: Any, n: int, where: str = "line", input_name: str | None = None) -> StoryItem:
    """A story from a row `{"id"?, "documents": [str], "summaries"?: [str]}`; `n` numbers bad rows, and
    a bad row without an id is `positional_id(input_name, n, where)`."""
    at = positional_id(input_name, n, where)
    if not isinstance(row, dict):
        return StoryError(at, f"{where} {n} is {json_kind(row)}, not a JSON object", n)
    docs = row.get("documents")
    raw_id = row.get("id")
    if isinstance(raw_id, bool | dict | list):  # `{"a": 1}` became the id "{'a': 1}"
        return StoryError(at, f'"id" on {where} {n} is {json_kind(raw_id)}, not a string or number', n)
    sid = str(raw_id) if raw_id is not None else None
    if not docs:  # absent, null or empty
        return StoryError(sid or at, "no documents" + _an_article_row(row, docs), n)
    if not isinstance(docs, list | tuple):
        return StoryError(sid or at, f'"documents" on {where} {n} is {json_kind(docs)}, not a list', n)
    if (k := _first_not_string(docs)) is not None:
        what = f"document {k + 1} on {where} {n} is {json_kind(docs[k])}, not a string"
        return StoryError(sid or at, what, n)
    refs = row.get("summaries") or []
    if not isinstance(refs, list | tuple) or _first_not_string(refs) is not None:
        what = f'"summaries" on {where} {n} is not a list of strings'
        return StoryError(sid or at, what, n)
    documents = tuple(decode_newline_marks(d) for d in docs)
    meta = {k: v for k, v in row.items() if k not in ("id", "documents", "summaries")}
    return StoryRecord(
        sid or content_id(documents), documents, tuple(decode_newline_marks(r) for r in refs), meta
    )


def _first_not_string(values: list[Any] | tuple[Any, ...]) -> int | None:
    """The index of the first of `values` that is no string, or None."""
    return next((k for k, v in enumerate(values) if not isinstance(v, str)), None)


def multinews_pair(path: Path) -> tuple[Path, Path]:
    """The `.src` and `.tgt` files of a Multi-News split, given either one (`test.src`, `test.txt.tgt`)."""
    name = path.name
    for a, b in ((".src", ".tgt"), (".tgt", ".src")):
        k = name.rfind(a)
        if k >= 0:
            other = path.with_name(name[:k] + b + name[k + len(a) :])
            return (path, other) if a == ".src" else (other, path)
    raise InputError("not a Multi-News .src/.tgt file", str(path))


def files_read(path: str | Path) -> Iterator[Path]:
    """The files a stories reader reads for `path`, for the "output is an input" guard
    (`io.refuse_an_input`): both halves of a Multi-News pair (the `.tgt` is read beside the `.src`), a
    folder's story folders' visible files (as `read_folder` lists them), else `path` itself."""
    p = Path(path)
    if p.is_dir():
        try:
            folders = [d for d in p.iterdir() if d.is_dir() and not d.name.startswith(".")] or [p]
            for d in folders:
                yield from (f for f in d.iterdir() if f.is_file() and not f.name.startswith("."))
        except OSError:
            return  # the reader says what it cannot list
        return
    yield p
    if ".src" in p.name or ".tgt" in p.name:
        yield from multinews_pair(p)


def read_multinews(path: Path) -> Iterator[StoryItem]:
    """Multi-News originals: line n of `.src` holds the documents of story n joined by `|||||`,
    line n of `.tgt` its reference summary; paragraph breaks are `NEWLINE_CHAR`.

    Given a `.src` without its `.tgt` (enough for `batch`), the stories come without references.
    """
    src, tgt = multinews_pair(path)
    if not src.is_file():
        raise InputError("missing half of a Multi-News .src/.tgt pair", str(src))
    refs = _open_text(tgt) if tgt.is_file() else None
    with _open_text(src) as fs:
        lines = bounded_lines(fs, MAX_ROW_CHARS, str(src))
        pairs = (
            itertools.zip_longest(lines, bounded_lines(refs, MAX_ROW_CHARS, str(tgt)), fillvalue=_END)
            if refs is not None
            else ((line, "") for line in lines)
        )
        for n, (line, ref) in enumerate(pairs, 1):
            sid = f"{src.name}-{n}"
            if line is _END or ref is _END:
                longer, shorter = (tgt, src) if line is _END else (src, tgt)
                yield StoryError(sid, _unpaired(longer, shorter, n, 1 + sum(1 for _ in pairs)), n)
                break
            if line is None or ref is None:
                yield StoryError(sid, _too_long(n), n)
                continue
            # A NUL past the first 8 KB (the binary sniff's sample) is U+FFFD, as in a JSON row's
            # "\u0000" (`files.parse_json`): it reached the brief raw, or `\u0000` in batch's JSON.
            line, ref = displayable(line), displayable(ref)
            docs = tuple(d for d in (decode_newline_marks(x).strip() for x in line.split(MULTINEWS_SEP)) if d)
            if not docs:
                yield StoryError(sid, "no documents", n)
                continue
            summary = decode_newline_marks(ref.strip()).lstrip("–- ").strip()
            yield StoryRecord(sid, docs, (summary,) if summary else (), {"line": n})
    if refs is not None:
        refs.close()


def _unpaired(longer: Path, shorter: Path, n: int, extra: int) -> str:
    """What a Multi-News pair of unequal length loses: from line `n` on, the `extra` lines of `longer`
    have no partner and are not read. It said "differ in length at line n", and the lines after n
    were counted nowhere."""
    which = (
        f"line {n:,} of {longer.name} has"
        if extra == 1
        else f"lines {n:,}-{n + extra - 1:,} of {longer.name} have"
    )
    return (
        f"{longer.name} has {counted(n - 1 + extra, 'line')} and {shorter.name} {n - 1:,}: {which} no "
        f"partner and {'is' if extra == 1 else 'are'} not read"
    )


_NUMBER = re.compile(r"(\d+)")


def _natural(p: Path) -> list[object]:
    """Sort key putting doc2 before doc10."""
    return [int(x) if x.isdigit() else x for x in _NUMBER.split(p.name)]


def read_folder(path: Path) -> Iterator[StoryItem]:
    """A folder of stories, one sub-folder per story (a folder without sub-folders is one story).

    Documents are the story folder's `doc*.txt` files if it has any, else all its files but the
    `ref*.txt` references; hidden files are skipped; natural order (doc2 before doc10).
    """
    subfolders = sorted(
        (d for d in path.iterdir() if d.is_dir() and not d.name.startswith(".")), key=_natural
    )
    for d in subfolders or [path]:
        visible = (f for f in d.iterdir() if not f.name.startswith("."))
        files = sorted((f for f in visible if listed_file(f)), key=_natural)
        refs = [f for f in files if f.name.startswith("ref") and f.suffix == ".txt"]
        docs = [f for f in files if f.name.startswith("doc") and f.suffix == ".txt"]
        docs = docs or [f for f in files if f not in refs]
        if not docs:
            yield StoryError(d.name, f"no documents: {d} has no files")
            continue
        try:
            read = [_read_document(p) for p in (*docs, *refs)]
        except InputError as e:  # names the file and the problem (unreadable, too large, binary)
            yield StoryError(d.name, str(e))
            continue
        yield StoryRecord(
            d.name,
            tuple(read[: len(docs)]),
            tuple(r for r in read[len(docs) :] if r.strip()),
            {"doc_ids": [p.name for p in docs], "summary_ids": [p.name for p in refs]},
        )


# Story formats by name (`--reader`); a new one is a function `Path -> Iterator[StoryItem]` plus one line
# here, or an entry in the `newsbrief.story_formats` entry-point group.
STORY_FORMATS: Registry[Reader] = Registry(
    "story format",
    "newsbrief.story_formats",
    {
        "jsonl": "newsbrief.ingest.stories:read_jsonl",
        "multinews": "newsbrief.ingest.stories:read_multinews",
        "folder": "newsbrief.ingest.stories:read_folder",
    },
)


def detect_format(path: Path) -> str:
    """The reader for a path: a folder, a `.jsonl[.gz]` file, or a Multi-News `.src`/`.tgt` file."""
    name = path.name.lower()
    if path.is_dir():
        return "folder"
    if name.endswith((".jsonl", ".jsonl.gz", ".json", ".ndjson", ".json.gz", ".ndjson.gz")):
        return "jsonl"
    if ".src" in name or ".tgt" in name:
        return "multinews"
    raise InputError(
        "cannot tell the story format (expected .jsonl[.gz], a Multi-News .src/.tgt file, or a folder)",
        str(path),
    )


def iter_stories(path: str | Path, fmt: str | None = None) -> Iterator[StoryItem]:
    """Every story of a stories file (or folder), good ones and bad ones, in order. A file that cannot
    be read on (no permission, a truncated gzip, a disk error) stops with one `InputError`."""
    p = Path(path)
    if not p.is_dir():
        check_file(p, str(p))  # a FIFO or a device is named as such, not as a format it lacks
    else:
        stat_input(p, str(p))
    fmt = fmt or detect_format(p)
    if fmt == "folder" and not p.is_dir():  # was "cannot read further (Not a directory)" (cli47)
        raise InputError("is not a folder, which the folder format reads", str(p))
    if fmt not in STORY_FORMATS:
        raise InputError(f"unknown story format {fmt!r}; known: {', '.join(STORY_FORMATS.names())}", str(p))
    return _guarded(STORY_FORMATS.get(fmt)(p), str(p))


def _guarded(items: Iterator[StoryItem], name: str) -> Iterator[StoryItem]:
    with reading(name, "cannot read further"):
        yield from items
