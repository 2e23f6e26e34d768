"""Input files opened safely: regular files only, each checked by `stat` before it is opened.

A FIFO blocks `open` until some writer comes, a device may never end, and a socket cannot be read as
a file, so each is refused by its file type before anything is read. A file is then opened
non-blocking and checked again with `fstat`, so a path swapped between the two checks is caught too.
Every failure (missing, no permission, a read error half-way, a truncated gzip) is an `InputError`
naming the file.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError, shown
from ..io import file_kind
from ..model import displayable

READ_ERRORS = (OSError, EOFError, zlib.error)  # what reading a plain or gzip file may raise
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def parse_json(text: str | bytes, unique_keys: bool = False) -> Any:
    """`json.loads`, with JSON nested too deeply for Python's recursion limit (`[[[[...`) raised as a
    `json.JSONDecodeError` like any other broken JSON, so every reader's one-line report covers it;
    a lone surrogate escape (`"\\ud800"`, valid JSON, no character) or a NUL's is U+FFFD
    (`model.displayable`). So is a number of more digits than Python converts (`sys.int_max_str_digits`,
    4,300): its ValueError was a traceback in every reader of JSON (cli48). `NaN`, `Infinity` and
    `-Infinity`, which Python's json reads and writes but JSON has not, are broken JSON naming the
    place: `{"id": NaN}` was the story "nan", a saved brief's `"words": NaN` rendered (cli50). With
    `unique_keys`, a key twice in one object is broken JSON too (`loads_json`)."""
    try:
        value = loads_json(text, unique_keys)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text if isinstance(text, str) else "", 0) from None
    except json.JSONDecodeError as e:
        raise json.JSONDecodeError(json_words(e.msg), e.doc, e.pos) from None
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        most = sys.get_int_max_str_digits()
        doc = text if isinstance(text, str) else ""
        at = re.search(rf"\d{{{most + 1},}}", doc)  # where (a number in a string before it aside)
        what = f"a number of over {most:,} digits"
        raise json.JSONDecodeError(what, doc, at.start() if at else 0) from None
    escape = _SURROGATE_ESCAPE_B if isinstance(text, bytes | bytearray) else _SURROGATE_ESCAPE
    return _displayable(value) if escape.search(text) else value


def loads_json(text: str | bytes, unique_keys: bool = False) -> Any:
    """`json.loads`, with `NaN`, `Infinity` and `-Infinity` (Python's json reads them, JSON has not)
    broken JSON naming the place; the web app's JSON bodies are read so too, and with `unique_keys`:
    an object with a key twice is broken JSON (`{"documents": ["a"], "documents": ["b"]}` briefed the
    last, the first dropped without a word, cli56)."""
    hook = _unique if unique_keys else None
    try:
        return json.loads(text, parse_constant=_no_constant, object_pairs_hook=hook)
    except _TwiceKey as e:
        doc = text if isinstance(text, str) else bytes(text).decode("utf-8", "replace")
        quoted = json.dumps(str(e))
        at = doc.find(quoted, doc.find(quoted) + 1)
        raise json.JSONDecodeError(
            f"the key {quoted} is given twice in one object", doc, max(at, 0)
        ) from None
    except _NotJson as e:
        doc = text if isinstance(text, str) else bytes(text).decode("utf-8", "replace")
        at = next((m.start(1) for m in _CONSTANT.finditer(doc) if m.group(1)), 0)
        raise json.JSONDecodeError(f"{e} is not a JSON number", doc, at) from None


class _TwiceKey(ValueError):
    """A key given twice in one JSON object (`loads_json(unique_keys=True)`)."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        raise _TwiceKey(next(k for k, _ in pairs if k in seen or seen.add(k)))  # type: ignore[func-returns-value]
    return obj


# Python's json's messages that read badly said in ours: two end in "at" (the place is said apart),
# as "broken JSON on line 1: Invalid control character at" and, in the web app, "(Invalid control
# character at)" said (cli50). Its other messages ("Expecting ',' delimiter") are kept.
JSON_WORDS: dict[str, str] = {
    "Invalid control character at": "a control character left raw in a string",
    "Unterminated string starting at": "a string with no closing quote",
    "Invalid \\escape": "a backslash escape JSON has not",
    "Invalid \\uXXXX escape": "a \\u escape without four hex digits",
}


def json_words(msg: str) -> str:
    """One of json's messages in `JSON_WORDS`' words, or as it is."""
    return JSON_WORDS.get(msg, msg)


class _NotJson(ValueError):
    """A constant Python's json reads that JSON has not (`NaN`, `Infinity`, `-Infinity`)."""


def _no_constant(name: str) -> Any:
    raise _NotJson(name)


# A JSON string (skipped: `"NaN"` is a string) or one of those constants, to find where the first is
_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')


# What a stories file's first row is when it is markup, not JSON, and the name its reader takes
# (`readers.py` reads a file by its name as well as its content): a `.json` holding a saved web page
# said only "broken JSON on line 1: Expecting value".
MARKUP_HINTS: dict[str, str] = {
    "feed": "it looks like an RSS or Atom feed, not JSON: name it .rss",
    "html": "it looks like an HTML page, not JSON: name it .html",
    "markup": "it looks like markup (HTML or XML), not JSON",
    # `{` or `[` alone: a pretty-printed file said only "Expecting property name enclosed in double quotes"
    "several lines": "one JSON value over several lines? stories are JSON Lines, one object a line",
}


def broken_json(e: json.JSONDecodeError, n: int, first: bool, line: str) -> str:
    """The reason for a row that is no JSON (`broken JSON on line N: ...`), with a `MARKUP_HINTS` hint
    when it is the file's `first` row and is markup, or only opens a JSON object or list."""
    why = f"broken JSON on line {n}: {e.msg}"
    kind = (markup_kind(line) or _opens_only(line)) if first else None
    return f"{why}; {MARKUP_HINTS[kind]}" if kind else why


def _opens_only(line: str) -> str | None:
    """ "several lines" for a line that only opens a JSON object or list (`{`, `[`, `[{`)."""
    return "several lines" if line.split() in (["{"], ["["], ["[{"]) else None


def markup_kind(line: str) -> str | None:
    """The `MARKUP_HINTS` kind of a line that starts with a tag: one opening a feed, one opening an HTML
    page (or full of tags), other markup; None for a line that starts otherwise."""
    if not line.lstrip().startswith("<"):
        return None
    from ..feeds import starts_as_feed
    from .html import looks_like_html

    if starts_as_feed(line.encode("utf-8", "replace")):
        return "feed"
    return "html" if looks_like_html(line) else "markup"


def json_kind(value: Any) -> str:
    """What a parsed JSON value is, in a user's words ("an object", "a number"), for an error that says
    what a field holds instead of what it should (a row whose "documents" was an object said "no
    documents")."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    kinds = ((str, "a string"), (int | float, "a number"), (list | tuple, "a list"), (dict, "an object"))
    return next((what for kind, what in kinds if isinstance(value, kind)), type(value).__name__)


_SURROGATE_ESCAPE = re.compile(r"\\u(?:[dD][89a-fA-F]|0000)")  # and a NUL's: `model.displayable`
_SURROGATE_ESCAPE_B = re.compile(rb"\\u(?:[dD][89a-fA-F]|0000)")


def _displayable(value: Any) -> Any:
    """`value` (parsed JSON) with every string, keys too, through `model.displayable`."""
    if isinstance(value, str):
        return displayable(value)
    if isinstance(value, list):
        return [_displayable(v) for v in value]
    if isinstance(value, dict):
        return {displayable(k): _displayable(v) for k, v in value.items()}
    return value


def stat_input(path: Path, name: str) -> os.stat_result:
    """The `stat` of an input path (symbolic links followed): a missing or unreachable path is an error."""
    try:
        return path.stat()
    except FileNotFoundError:
        if path.is_symlink():  # "no such file" of a name `ls` lists (cli46)
            raise InputError(f"a symbolic link to nothing (to {_target(path)})", name) from None
        raise InputError("no such file or directory" + _as_url(name), name) from None
    except OSError as e:
        raise InputError(f"cannot read it ({reason(e)})", name) from None


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")


def _as_url(name: str) -> str:
    """A hint for a missing input that starts as a URL does but is not an http(s) one `is_url` reads
    (`data:text/html,x`, `mailto:a@b`, `http:/host/x`): it was "no such file or directory" alone (cli52)."""
    return "; as a URL: only http:// and https:// ones are fetched" if _SCHEME.match(name) else ""


def _target(path: Path) -> str:
    try:
        return shown(str(path.readlink()))
    except OSError:
        return "a path that cannot be read"


def listed_file(p: Path) -> bool:
    """Is this entry of a folder one a folder reader reads: anything but a folder (after symbolic links).
    A link that leads nowhere (broken, or a loop), a FIFO, a socket or a device is read so that its error
    is said: each was skipped in silence, and a story lost an article without a word (cli46; the FIFO,
    socket and device cli51)."""
    return not p.is_dir()


def check_file(path: Path, name: str) -> os.stat_result:
    """The `stat` of a regular file; anything else (FIFO, device, socket, folder) is refused unread."""
    st = stat_input(path, name)
    _refuse_special(st.st_mode, name)
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a folder, not a file", name)
    return st


def open_file(path: Path, name: str) -> BinaryIO:
    """A regular file opened for reading in binary, after `check_file` and a second check on the open file."""
    check_file(path, name)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as e:
        raise InputError(f"cannot read it ({reason(e)})", name) from None
    try:
        _refuse_special(os.fstat(fd).st_mode, name)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


@contextlib.contextmanager
def reading(name: str, what: str = "cannot read it") -> Iterator[None]:
    """Turn an OS, gzip or zlib error inside the block into one `InputError` naming the file."""
    try:
        yield
    except READ_ERRORS as e:
        raise InputError(f"{what} ({reason(e)})", name) from None


def reason(e: BaseException) -> str:
    """The short cause of a read error: the OS's words, or the decompressor's."""
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    if isinstance(e, EOFError):
        return "the file ends too early; is it truncated?"
    if isinstance(e, gzip.BadGzipFile) and str(e).startswith("Not a gzipped file"):  # was the bytes' repr
        return "not gzip data, though the name ends in .gz"
    return str(e) or type(e).__name__


def _refuse_special(mode: int, name: str) -> None:
    """A FIFO, a device or a socket is not read (a folder: `check_file` says so)."""
    kind = file_kind(mode)
    if kind and not stat.S_ISDIR(mode):
        fifo = "; pipe it into - instead" if stat.S_ISFIFO(mode) else ""
        raise InputError(f"is {kind}, not a file{fifo}", name)
