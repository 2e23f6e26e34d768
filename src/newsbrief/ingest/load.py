"""Dispatch: turn command-line inputs into raw documents.

Each input is a file, a folder, `-` (stdin) or an http(s) URL. A file's kind is decided by its content
as well as its name: JSONL stories (`.jsonl`, `.jsonl.gz`, `.ndjson`, or a first line that is a JSON
object with "documents"), HTML (`.html`/`.htm` or markup), a Multi-News bundle (documents joined by
`|||||`), otherwise plain text. A folder is read file by file in name order, hidden files skipped.

Limits: an article file (or stdin) larger than `MAX_INPUT_BYTES` (20 MB) is refused before it is
read; the size is checked with `stat`, so a huge file costs no memory. A JSONL stories file is
streamed row by row and has no limit.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, UsageError, counted, shown
from ..limits import MAX_INPUT_BYTES, ArticleBudget
from ..log import warn
from ..model import RawDoc
from .decode import decode_bytes
from .files import check_file, json_kind, listed_file, open_file, parse_json, reading, stat_input
from .readers import HtmlReader, TextReader, not_a_page, reader_for

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".json")
STDIN = "-"
MAX_ROW_WARNINGS = 5  # bad JSONL rows named one by one; the rest are counted


def load_texts(texts: Sequence[str], source: str = "<text>") -> list[RawDoc]:
    """Documents given as strings (Python API, web app)."""
    return [RawDoc(id=str(i + 1), source=f"{source}#{i + 1}", raw=t) for i, t in enumerate(texts)]


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(s: str) -> bool:
    """`scheme://...`: handed to the URL reader, which accepts http(s) and refuses other schemes."""
    return bool(_URL.match(s))


def load(
    inputs: Sequence[str],
    story: str | None = None,
    cache_dir: str | Path | None = None,
    seen: dict[tuple[int, int], str] | None = None,
    budget: ArticleBudget | None = None,
) -> list[RawDoc]:
    """Read every input into raw documents, in input order; ids are made unique. A file is read once
    (`once`; `seen`: the files read before, for a caller that reads its inputs one call at a time).
    With a `budget` (`cluster`'s), a file's documents are counted as it is read, a folder's file by
    file, so the first past it ends the reading (`limits.OverCommandLimit`, naming the input)."""
    urls = [i for i in inputs if is_url(i)]
    fetched = _fetch(urls, cache_dir, have_other=len(urls) < len(inputs)) if urls else {}
    docs: list[RawDoc] = []
    used_story = repeated = False
    seen = {} if seen is None else seen  # files read, by device and inode: the name each was read as
    for inp in inputs:
        if is_url(inp):
            if inp in fetched:
                docs.append(fetched.pop(inp))
            continue
        if inp == STDIN:
            found, took_story = _read_stdin(story)
            docs.extend(found)
            used_story = used_story or took_story  # prose on stdin took no --story (it was passed by)
            continue
        path = Path(inp)
        st = stat_input(path, inp)
        if stat.S_ISDIR(st.st_mode):
            found = _read_folder(path, seen, budget, inp)
            docs.extend(found)
            repeated = repeated or not found  # its every file read before
        elif once(st, inp, seen):
            found, took_story = _read_file(path, inp, story)
            for d in found if budget is not None else ():
                budget.take(inp, d.raw)
            docs.extend(found)
            used_story = used_story or took_story
        else:
            repeated = True
    docs.extend(fetched.values())  # a URL whose document came back under another source
    if story is not None and not used_story:
        raise UsageError(f"--story {story} needs a JSONL stories file as input")
    if not docs and not repeated:  # files read before (by an earlier call, `seen`) are no error
        raise InputError("no documents in the input")
    return unique_ids(docs)


# -- files -----------------------------------------------------------------------------------------


def read_bytes(path: Path, name: str) -> bytes:
    """The bytes of a regular file, refusing one over the size limit (or not a file) before reading it."""
    size = check_file(path, name).st_size
    if size > MAX_INPUT_BYTES:
        raise InputError(
            f"file is too large ({size / 1e6:.0f} MB; the limit is {MAX_INPUT_BYTES // 2**20} MB)", name
        )
    with open_file(path, name) as f, reading(name):
        return f.read(MAX_INPUT_BYTES + 1)


def _is_jsonl_name(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def _read_file(path: Path, name: str, story: str | None) -> tuple[list[RawDoc], bool]:
    """Documents of one file, and whether it was a stories file (so `--story` was used)."""
    if _is_jsonl_name(path):
        check_file(path, name)
        return read_story(path, name, story), True
    text = _text_of(read_bytes(path, name), name)
    if looks_like_jsonl(text):
        return read_story(path, name, story, fmt="jsonl"), True
    return docs_from_text(text, name=path.name, stem=path.stem, source=name), False


def _text_of(data: bytes, name: str) -> str:
    if not data:
        raise InputError("file is empty", name)
    text = decode_bytes(data, name)
    if not text.strip():
        raise InputError("file has no text in it (only white space)", name)
    return text


def docs_from_text(text: str, name: str, stem: str, source: str) -> list[RawDoc]:
    """The documents in one piece of text (from a file called `name`), read by the first reader that
    recognises it (`readers.py`: an HTML page, a Multi-News bundle, ..., else plain text). Text that is
    one JSON object or list, or XML that is no page (`not_a_page`), read by a built-in reader as an
    article, is an `InputError` (`not_json`)."""
    reader = reader_for(name, text)
    if isinstance(reader, HtmlReader | TextReader):
        not_json(text, source)
        not_a_page(text, source)
    return reader.read(text, stem, source)


# How a JSON object (or a list of them) starts: `{"key":`. Text that starts so but is broken JSON (cut
# short, a trailing comma) was briefed as prose, `{"text": "` in its summary (cli49).
_JSON_OBJECT_START = re.compile(r'\s*\[?\s*\{\s*"[^"\\\n]{1,200}"\s*:')


def not_json(text: str, source: str) -> None:
    """`InputError` for an article that is JSON: an object with no "documents" list (`{"text": ...}`
    named .html or .txt) was briefed as prose, its keys and quotes as words, and refused for a reason
    that named no JSON ("chose no sentence within --words 250"); an uploaded stories file (the web
    app reads articles only) was briefed as prose too."""
    if not text.lstrip().startswith(("{", "[")):
        return
    if looks_like_jsonl(text):
        raise InputError(
            "holds stories (JSON with a documents list); give their articles as text or HTML", source
        )
    try:
        value = parse_json(text)
    except json.JSONDecodeError as e:
        if _first_line_object(text):  # rows of articles, `{"text": ...}` a line: "chose no sentence" (cli48)
            raise InputError(
                "holds JSON Lines (a JSON object a line), not an article or a page; from a .jsonl file"
                ' `cluster` and `ingest` read rows of articles ({"text": ...}), `brief` and `batch` read'
                ' stories ({"documents": [...]})',
                source,
            ) from None
        if _JSON_OBJECT_START.match(text):
            where = f"line {e.lineno}, column {e.colno}"
            raise InputError(
                f"holds broken JSON ({e.msg} at {where}), not an article or a page", source
            ) from None
        return
    if isinstance(value, dict | list):
        raise InputError(
            f"holds JSON ({json_kind(value)}), not an article or a page; stories are JSON Lines, one "
            '{"documents": [...]} object a line, in a .jsonl file',
            source,
        )


def load_bytes(name: str, data: bytes) -> list[RawDoc]:
    """The documents of a file's bytes (an upload, say), read as `newsbrief brief` reads a file of that
    name: decoded, then given to the reader that recognises it. Bad bytes raise `InputError`."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"file is too large (the limit is {MAX_INPUT_BYTES // 2**20} MB)", name)
    base = name.replace("\\", "/").rsplit("/", 1)[-1] or name
    stem = base.rsplit(".", 1)[0] or base
    return docs_from_text(_text_of(data, base), name=base, stem=stem, source=base)


def files_read(inputs: Sequence[object]) -> Iterator[object]:
    """The files `load` reads of `inputs`, for the "output is an input" guard (`io.refuse_an_input`): a
    folder's visible files (`_read_folder`: `brief articles/ -o articles/brief.md` run twice read the
    first brief as an article, then replaced it) after the folder itself (an output made in it is read
    by the next run), every other input as it is."""
    for inp in inputs:
        if isinstance(inp, str) and not is_url(inp) and inp != "-" and Path(inp).is_dir():
            yield inp
            try:
                yield from (str(p) for p in Path(inp).iterdir() if not p.name.startswith(".") and p.is_file())
            except OSError:
                continue  # the reader says what it cannot list
        else:
            yield inp


def once(st: os.stat_result, name: str, seen: dict[tuple[int, int], str]) -> bool:
    """Is this the first time the run reads the file `st` (named `name`)? A file given twice (`brief
    a.txt a.txt`, `brief dir/ dir/a.txt`) was read twice: one article cited as two sources agreeing
    ("[1,2] (2: fact)"), too short for `copies` to call a copy. It is read once, with a warning (a URL
    given twice was fetched once already)."""
    key = (st.st_dev, st.st_ino)
    if key in seen:
        first = "given twice" if seen[key] == name else f"the same file as {shown(seen[key])}, given before"
        warn(f"{shown(name)}: {first}; read once")
        return False
    seen[key] = name
    return True


def _read_folder(
    folder: Path,
    seen: dict[tuple[int, int], str] | None = None,
    budget: ArticleBudget | None = None,
    name: str | None = None,
) -> list[RawDoc]:
    """Every readable text or HTML file of a folder, in name order; others are skipped with a warning,
    and one read before in this run (`seen`, `once`) is not read again. With a `budget`, each file's
    documents (a skipped file as one) are counted as it is read, the folder `name`d past it: 100,000
    small files were all read, then refused (cli46)."""
    docs: list[RawDoc] = []
    try:
        entries = sorted(p for p in folder.iterdir() if not p.name.startswith(".") and listed_file(p))
    except OSError as e:
        raise InputError(f"cannot list the folder ({e.strerror or e})", str(folder)) from None
    skipped: list[InputError] = []
    repeated = 0
    for p in entries:
        try:
            if _is_jsonl_name(p):
                raise InputError("a stories file inside a folder is not read; give it on its own", str(p))
            if seen is not None and not once(stat_input(p, str(p)), str(p), seen):
                repeated += 1
                continue
            text = _text_of(read_bytes(p, str(p)), str(p))
            found = docs_from_text(text, name=p.name, stem=p.stem, source=str(p))
        except InputError as e:
            skipped.append(e)
            found = []
        for text in [d.raw for d in found] or [""] if budget is not None else ():
            budget.take(name or str(folder), text)  # a skipped file counts as one, as a bad row does
        docs.extend(found)
    if not docs and not repeated:  # one error line, the skipped files counted in it (no warnings before it)
        why = f" ({counted(len(skipped), 'file')} skipped; the first: {skipped[0]})" if skipped else ""
        if not entries and _holds_folders(folder):  # a folder of story folders: `brief dir/` is `batch`'s
            why = " (only folders in it: `newsbrief batch` reads a folder of story folders)"
        raise InputError(f"no readable text or HTML files in this folder{why}", str(folder))
    for e in skipped:
        warn(f"{e} (skipped)")
    return docs


def _holds_folders(folder: Path) -> bool:
    """Does `folder` hold a visible folder? (Then a reader of files found none, and the user may
    mean `batch`'s folder of story folders.)"""
    try:
        return any(not p.name.startswith(".") and p.is_dir() for p in folder.iterdir())
    except OSError:
        return False


def read_stdin(stream: BinaryIO | None = None) -> bytes:
    """The bytes of standard input, at most `MAX_INPUT_BYTES`; `InputError` when it is closed (`<&-`),
    a folder (`< /`) or otherwise cannot be read."""
    if stream is None:
        if sys.stdin is None:  # started with standard input closed
            raise InputError("standard input is closed", "<stdin>")
        stream = sys.stdin.buffer
    try:
        data = stream.read(MAX_INPUT_BYTES + 1)
    except OSError as e:
        raise InputError(f"cannot read it ({e.strerror or type(e).__name__})", "<stdin>") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"input is too large (the limit is {MAX_INPUT_BYTES // 2**20} MB)", "<stdin>")
    return data


def _read_stdin(story: str | None, stream: BinaryIO | None = None) -> tuple[list[RawDoc], bool]:
    """Documents of standard input, and whether it was a stories file (so `--story` was used)."""
    data = read_stdin(stream)
    text = _text_of(data, "<stdin>")
    if looks_like_jsonl(text):
        with tempfile.TemporaryDirectory(prefix="newsbrief-") as tmp:
            path = Path(tmp) / "stdin.jsonl"
            path.write_text(text, encoding="utf-8")
            return read_story(path, "<stdin>", story, fmt="jsonl"), True
    return docs_from_text(text, name="<stdin>", stem="stdin", source="<stdin>"), False


# -- JSONL stories ---------------------------------------------------------------------------------


def _first_line_object(text: str) -> bool:
    """The first non-blank line of `text` is a JSON object by itself (the first row of JSON Lines)."""
    line = next((x for x in text.splitlines() if x.strip()), "")
    try:
        return line.lstrip().startswith("{") and isinstance(parse_json(line), dict)
    except json.JSONDecodeError:
        return False


def looks_like_jsonl(text: str) -> bool:
    """The first non-blank line is a JSON object with a "documents" list."""
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            return False
        try:
            row = parse_json(line)
        except json.JSONDecodeError:
            return False
        return isinstance(row, dict) and isinstance(row.get("documents"), list)
    return False


def read_story(path: Path, name: str, story: str | None, fmt: str | None = None) -> list[RawDoc]:
    """The documents of one story of a JSONL file: `story` by id, else the first good one.

    Broken rows are skipped with a warning naming the line. The file is streamed row by row, so
    it has no size limit.
    """
    from .stories import StoryError, StoryRecord, iter_stories

    chosen: StoryRecord | None = None
    bad: list[StoryError] = []
    for item in iter_stories(path, fmt=fmt):
        if isinstance(item, StoryError):
            bad.append(item)
            if story is not None and item.id == story:
                raise InputError(f"story {story!r} cannot be used: {item.reason}", name)
            continue
        if story is None or item.id == story:
            chosen = item
            break
    if chosen is None:  # one error line, the bad rows counted in it (no warnings before it)
        why = f" ({counted(len(bad), 'bad row')}; the first: {bad[0].reason})" if bad else ""
        if story is not None:
            raise InputError(f"no story with id {story!r}{why}", name)
        raise InputError(f"no usable story in the file{why}", name)
    for err in bad[:MAX_ROW_WARNINGS]:
        warn(f"{shown(name)}: {err.reason} (skipped)")
    if len(bad) > MAX_ROW_WARNINGS:
        warn(f"{shown(name)}: {len(bad) - MAX_ROW_WARNINGS} more bad rows skipped")
    from .stories import record_to_raws

    out = record_to_raws(chosen, name)
    if not any(d.raw.strip() for d in out):
        raise InputError(f"story {chosen.id!r} has no documents with text", name)
    return out


# -- URLs ------------------------------------------------------------------------------------------


def _fetch(urls: list[str], cache_dir: str | Path | None, have_other: bool) -> dict[str, RawDoc]:
    """The URLs that worked, by URL; each failure is one warning line, after all are fetched (when all
    fail and nothing else was given: one error line, no warnings before it)."""
    try:
        from . import url as url_module
    except ImportError:
        raise InputError("URL input is not available", urls[0]) from None
    failed: list[str] = []
    try:
        docs = url_module.fetch_documents(urls, cache_dir=cache_dir, on_error=lambda _u, m: failed.append(m))
    except InputError:
        if not have_other:
            raise
        docs = []
    for message in failed:
        warn(message)
    return {d.source: d for d in docs}


# -- helpers ---------------------------------------------------------------------------------------


def unique_ids(docs: list[RawDoc]) -> list[RawDoc]:
    """The documents in order, a repeated id numbered ("a", "a-2", "a-3")."""
    return list(iter_unique_ids(docs))


def iter_unique_ids(docs: Iterable[RawDoc]) -> Iterator[RawDoc]:
    """`unique_ids`, one document at a time."""
    seen: dict[str, int] = {}
    for d in docs:
        n = seen[d.id] = seen.get(d.id, 0) + 1
        if n > 1:
            from dataclasses import replace

            d = replace(d, id=f"{d.id}-{n}")
        yield d
