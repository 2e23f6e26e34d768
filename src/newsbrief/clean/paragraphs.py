"""Paragraphs of raw text, with their offsets into it: the unit every cleaning rule looks at.

A paragraph becomes one line of the clean text (the segmenter ends a sentence at a line break).
Three raw layouts are recognised:

- one paragraph per line (scraped web text, the seeds): every non-blank line is a paragraph;
- Multi-News: the token `NEWLINE_CHAR` stands for a line break;
- hard-wrapped newswire (DUC/TREC): lines wrapped at ~70 characters, a paragraph ending at a blank
  line or before an indented line. `is_hard_wrapped` decides; the lines are then joined.

Whitespace inside a paragraph is collapsed to single spaces. Each paragraph keeps the raw offsets
of its words, so a rule can remove part of a paragraph and still report exact raw offsets.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

# A line break: newline (any convention), Unicode line/paragraph separators, or Multi-News's token.
# Every alternative starts with a literal character, so the regex engine skips ahead to the candidates
# (a leading look-behind would be tried at every position); `(?<!\SNEWLINE_CHAR)` is `(?<!\S)` before it.
_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]|NEWLINE_CHAR(?<!\SNEWLINE_CHAR)(?!\S)")
_WORD = re.compile(r"\S+")
_TERMINAL = re.compile(r"[.!?…:;\"'”’)\]]$")


@dataclass(frozen=True, slots=True)
class Line:
    """One raw line: offsets of its content (outer whitespace excluded) and whether it is indented."""

    start: int
    end: int
    indented: bool


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph: raw span, normalised text (single spaces), and the raw start of every word."""

    start: int
    end: int
    text: str
    word_starts: tuple[int, ...]  # offset of each word in `text`
    raw_starts: tuple[int, ...]  # offset of the same word in the raw text

    @property
    def words(self) -> int:
        return len(self.word_starts)

    def raw_offset(self, i: int) -> int:
        """Raw offset of position `i` of `text` (a position inside a word maps inside that word)."""
        if i >= len(self.text):
            return self.end
        k = bisect_right(self.word_starts, i) - 1
        if k < 0:
            return self.start
        return self.raw_starts[k] + (i - self.word_starts[k])


def split_lines(raw: str) -> list[Line]:
    """Every line of `raw` (blank ones too, as empty spans)."""
    lines: list[Line] = []
    pos = 0
    for m in _BREAK.finditer(raw):
        lines.append(_line(raw, pos, m.start()))
        pos = m.end()
    lines.append(_line(raw, pos, len(raw)))
    return lines


def _line(raw: str, start: int, end: int) -> Line:
    chunk = raw[start:end]
    stripped = chunk.strip()
    if not stripped:
        return Line(end, end, False)
    lead = len(chunk) - len(chunk.lstrip())
    indented = chunk[:1] == "\t" or chunk[:2] == "  "
    return Line(start + lead, start + lead + len(stripped), indented)


def is_hard_wrapped(raw: str, lines: list[Line]) -> bool:
    """True when lines are wrapped at a fixed width (DUC style) rather than one paragraph per line.

    Heuristic (hand-written: no library detects this): at least 4 non-blank lines, 80% of them at
    most 100 characters long, a median length of 40 or more, and a third of the lines that are
    followed by another line ending mid-sentence.
    """
    full = [ln for ln in lines if ln.end > ln.start]
    if len(full) < 4:
        return False
    lengths = sorted(ln.end - ln.start for ln in full)
    if sum(n <= 100 for n in lengths) < 0.8 * len(full) or lengths[-1] > 400:
        return False
    if lengths[len(lengths) // 2] < 40:  # a list of short lines, not wrapped prose
        return False
    open_ends = sum(1 for ln in full[:-1] if not _TERMINAL.search(raw[ln.start : ln.end]))
    return open_ends >= max(2, (len(full) - 1) / 3)


def paragraphs(raw: str) -> list[Paragraph]:
    """The paragraphs of `raw`, in order, each with its raw offsets."""
    lines = split_lines(raw)
    groups: list[list[Line]] = []
    if is_hard_wrapped(raw, lines):
        uses_indent = sum(ln.indented for ln in lines) >= 2
        current: list[Line] = []
        for ln in lines:
            if ln.end == ln.start or (uses_indent and ln.indented):
                if current:
                    groups.append(current)
                current = [] if ln.end == ln.start else [ln]
            else:
                current.append(ln)
        if current:
            groups.append(current)
    else:
        groups = [[ln] for ln in lines if ln.end > ln.start]
    return [_paragraph(raw, g) for g in groups]


def _paragraph(raw: str, group: list[Line]) -> Paragraph:
    # Words by str.split (the same whitespace as `_WORD`); each word of the text starts one space after
    # the end of the word before it. A line whose words are single-spaced has them at the same offsets
    # in the raw text (one string comparison checks that), else one regex pass finds them.
    if len(group) == 1:  # the usual paragraph, one line: its word offsets are computed once
        ln = group[0]
        chunk = raw[ln.start : ln.end]
        words = chunk.split()
        text = " ".join(words)
        word_starts = tuple(_starts(words))
        if text == chunk:
            raw_starts = tuple(map(ln.start.__add__, word_starts))
        else:
            raw_starts = tuple(map(_START, _WORD.finditer(raw, ln.start, ln.end)))
        return Paragraph(ln.start, ln.end, text, word_starts, raw_starts)
    parts: list[str] = []
    raw_starts: list[int] = []
    for ln in group:
        chunk = raw[ln.start : ln.end]
        words = chunk.split()
        joined = " ".join(words)
        if joined == chunk:
            raw_starts += [ln.start + k for k in _starts(words)]
        else:
            raw_starts += map(_START, _WORD.finditer(raw, ln.start, ln.end))
        parts += words
    text = " ".join(parts)
    word_starts = tuple(_starts(parts))
    return Paragraph(group[0].start, group[-1].end, text, word_starts, tuple(raw_starts))


def _starts(words: list[str]) -> Iterable[int]:
    """Where each word starts in `" ".join(words)`."""
    return accumulate(map(_PLUS_ONE, map(len, words[:-1])), initial=0) if words else ()


_PLUS_ONE = (1).__add__
_START = operator.methodcaller("start")


_DUC_OPEN = re.compile(r"``")
_DUC_CLOSE = re.compile(r"''")


def normalise_quotes(text: str) -> str:
    """DUC/TREC typewriter quotes (``like this'') as typographic ones (“like this”).

    Applied to clean text only (raw keeps its form, and removed spans index raw), and only when the
    text uses the `` convention at all, so an ordinary '' elsewhere is left alone.
    """
    if "``" not in text:
        return text
    return _DUC_CLOSE.sub("”", _DUC_OPEN.sub("“", text))


def normalise_text(raw: str) -> str:
    """Raw text as clean-text layout: one paragraph per line, Multi-News marks and hard wraps undone."""
    return normalise_quotes("\n".join(p.text for p in paragraphs(raw)))
