"""Mojibake repaired before cleaning, every change recorded.

ftfy (a maintained library) undoes text that went through the wrong codec: `â€œ` back to `“`, `Ã©`
to `é`. Only its encoding fixes run: curly quotes stay curly, and widths, ligatures, line breaks and
Unicode normalisation are left as written. One pattern ftfy cannot undo, because a byte is gone, is
written here: `�?`, a curly double quote (UTF-8 E2 80 9D) read as cp1252, whose last byte became `?`.
It becomes `”` after a word or punctuation and `“` before one, only in a document that has curly
double quotes or several `�?` (so a lone replaced letter before a real question mark is left alone).

Each changed stretch is a `Repaired(start, end, reason, was)`: `raw[start:end]` is the repaired text
(a document's raw is the repaired text, so `Removed` offsets still index it) and `was` what stood there.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from functools import lru_cache

from ..model import RawDoc, Repaired

LOST_QUOTE = "\ufffd?"
_OPENING = re.compile(r"(?:(?<=\s)|^)\ufffd\?(?=\w)", re.MULTILINE)
_CLOSING = re.compile(r"(?<=[\w.,;:!?’'—-])\ufffd\?")
# What UTF-8 read as cp1252 or latin-1 leaves: a lead byte (U+00C2-U+00F4) before a continuation byte
# (U+0080-U+00BF, or cp1252's letters for 0x80-0x9F), or a bare C1 control. Only lines with one are
# handed to ftfy, whose own check costs about a microsecond a character.
_SUSPECT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|[\u0080-\u009f]")
_PIECES = re.compile(r"\s+|\S+")


def _past_ascii_in_latin1(text: str) -> bool:
    """The text holds a character of U+0080-U+00FF, as every match of `_SUSPECT` does (its lead or its
    C1 control): two encodings counted in C, where the pattern's scan of a whole document costs over ten
    times as much (95 % of dev documents have none)."""
    return len(text.encode("latin-1", "ignore")) != len(text.encode("ascii", "ignore"))


def repair(doc: RawDoc) -> RawDoc:
    """`doc` with its mojibake repaired and recorded in `repaired` (the same object when nothing changed)."""
    text, changes = repair_text(doc.raw)
    return replace(doc, raw=text, repaired=changes) if changes else doc


def repair_text(text: str) -> tuple[str, tuple[Repaired, ...]]:
    """The repaired text and what changed, each change indexing the repaired text."""
    quotes = LOST_QUOTE in text and ("“" in text or "”" in text or text.count(LOST_QUOTE) >= 2)
    if not quotes and not (_past_ascii_in_latin1(text) and _SUSPECT.search(text)):
        return text, ()
    out: list[str] = []
    changes: list[Repaired] = []
    at = 0
    for line in text.splitlines(keepends=True):
        fixed = _fix_encoding(line) if _SUSPECT.search(line) else line
        reason = "mojibake" if fixed != line else "lost-quote-mark"
        if quotes:
            fixed = _CLOSING.sub("”", _OPENING.sub("“", fixed))
        if fixed != line:
            changes.extend(_changes(line, fixed, at, reason))
        out.append(fixed)
        at += len(fixed)
    return "".join(out), tuple(changes)


def _changes(old: str, new: str, at: int, reason: str) -> list[Repaired]:
    """The changed stretches of one line, whole words at a time (a word-level diff stays fast on
    long lines, and a repaired word reads better than a repaired byte)."""
    a, b = _PIECES.findall(old), _PIECES.findall(new)
    a_at, b_at = _offsets(a), _offsets(b)
    ops = _in_place(a, b)
    if ops is None:
        ops = [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in _matcher(a, b) if op != "equal"]
    return [
        Repaired(at + b_at[j1], at + b_at[j2], reason, old[a_at[i1] : a_at[i2]]) for i1, i2, j1, j2 in ops
    ]


def _matcher(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def _in_place(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]] | None:
    """The runs of changed words when the repair changed words in place (as many pieces, the same
    spaces between them: what a fix inside words does), or None. difflib matches every space piece
    with every other, a cost quadratic in the line's length (4.4 ms a one-line LongBench document);
    this is one pass. Each changed word is its own stretch, as difflib makes it when the text between
    two changes repeats nowhere else."""
    if len(a) != len(b):
        return None
    out: list[tuple[int, int, int, int]] = []
    for k, (x, y) in enumerate(zip(a, b, strict=True)):
        if x != y:
            if x[0].isspace() or y[0].isspace():
                return None
            out.append((k, k + 1, k, k + 1))
    return out


def _offsets(pieces: list[str]) -> list[int]:
    out = [0]
    for p in pieces:
        out.append(out[-1] + len(p))
    return out


def _fix_encoding(line: str) -> str:
    import ftfy  # lazy: only text with a suspect sequence pays for it

    return ftfy.fix_text(line, _config())


@lru_cache(maxsize=1)
def _config():  # type: ignore[no-untyped-def]
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
