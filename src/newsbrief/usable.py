"""Whether a document is text newsbrief can brief: English prose, not junk. Light and offline.

Two ordered tables of small named rules; the first that fires gives the reason a document is left out
(phrased to follow "is": "not English: ..."). `RAW_RULES` run on the raw text before cleaning, so a
pathological input costs no cleaning; `TEXT_RULES` run on the clean text. The checks read at most
`SAMPLE_CHARS` characters, so they cost the same on any input size.

No language-identification model: the tool reads English only, and two measures separate English
from everything in `../shared/data` with a wide margin (measured on every document of the dev files):
the share of letters that are ASCII (English ≥ 0.95; Arabic, Greek, Hebrew, Hindi ≤ 0.21) and the
share of words that are common English function words (English documents of 40+ words ≥ 0.07, the
1st percentile 0.13; Czech and French ≤ 0.04).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

MAX_LINE_CHARS = 100_000  # longest line in the dev files: 4,793 characters
SAMPLE_CHARS = 50_000
MIN_LETTER_SHARE = 0.5  # of the non-space characters (English dev documents: ≥ 0.67)
MIN_ASCII_LETTERS = 0.5  # of the letters
LONG_WORD = 200  # characters (the longest in the dev files: 180, a URL)
MIN_WORDS_TO_JUDGE = 40
MIN_FUNCTION_WORDS = 0.05
# Frequent English words that are not also common words of other languages written in Latin letters
# ("a", "on", "to", "in", "die" are left out for that reason).
_FUNCTION_TEXT = """
the of and that for with was were from this which have has had said been their they would will are
it his her its be by at not but
"""
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
SCRIPT_NAMES = {
    "CJK": "Chinese or Japanese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
_TOKEN = re.compile(r"\S+")

Rule = Callable[[str], str | None]


def longest_line(raw: str) -> str | None:
    longest = max(map(len, raw.split("\n")), default=0)
    if longest > MAX_LINE_CHARS:
        return f"not article text: a line of {longest:,} characters (the limit is {MAX_LINE_CHARS:,})"
    return None


def few_letters(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    if _ascii_counts(sample)[0] >= MIN_LETTER_SHARE * len(sample):
        return None  # letters enough among all the characters, visible or not: no need to count further
    visible = sum(map(len, sample.split()))  # str.split() splits on exactly the str.isspace() characters
    letters = _letters(sample)[0]
    if visible and letters < MIN_LETTER_SHARE * visible:
        return f"not text: only {letters / visible:.0%} of its characters are letters"
    return None


def other_script(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    if sample.isascii():  # the common case, checked in C
        return None
    ascii_letters, non_ascii = _ascii_counts(sample)
    if non_ascii <= (1 - MIN_ASCII_LETTERS) * ascii_letters:
        return None  # too few characters past ASCII to be as many letters as below: no need to find them
    letters, other = _letters(sample)
    if letters and len(other) > (1 - MIN_ASCII_LETTERS) * letters:
        script = Counter(_script(ch) for ch in other).most_common(1)[0][0]
        return f"not English: written in {script} letters (newsbrief reads English only)"
    return None


def one_long_word(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    if _spaced(sample, LONG_WORD // 2):
        return None  # no 'word' over LONG_WORD characters (it would hold a piece whole): no split needed
    tokens = sample.split()  # the same tokens as `_TOKEN` (both split on Unicode whitespace)
    lengths = list(map(len, tokens))
    if max(lengths, default=0) <= LONG_WORD:
        return None
    long_chars = sum(n for n in lengths if n > LONG_WORD)
    if long_chars > 0.5 * sum(lengths):
        longest = max(map(len, _TOKEN.findall(text)))
        return f"not text: a 'word' of {longest:,} characters"
    return None


def _spaced(text: str, size: int) -> bool:
    """Every piece of `size` characters of `text` (cut from its start; the last one may be shorter)
    holds a space (one substring test a piece): then no run of 2 * `size` characters or more is free
    of whitespace (such a run holds one piece whole)."""
    return all(" " in text[k : k + size] for k in range(0, len(text), size))


def not_english(text: str) -> str | None:
    low = text[:SAMPLE_CHARS].lower()
    if _surely_english(low):
        return None
    words = _WORD.findall(low)
    if len(words) < MIN_WORDS_TO_JUDGE:
        return None  # too short to tell
    common = sum(map(FUNCTION_WORDS.__contains__, words))
    if common < MIN_FUNCTION_WORDS * len(words):
        return (
            f"not English: {common} of its first {len(words):,} words are common English words"
            " (newsbrief reads English only)"
        )
    return None


# words of `FUNCTION_WORDS` as prose mostly writes them, between two spaces: each occurrence is a word `_WORD`
# finds (a run of letters with none next to it)
_SPACED_FUNCTION_WORDS = tuple(f" {w} " for w in ("the", "of", "and", "that", "for", "with", "was", "said"))


def _surely_english(low: str) -> bool:
    """`not_english`'s answer without reading every word (a third of the time, in C; 316 of 324 dev
    documents): the function words written between spaces, fewer than it counts, already make its share
    of more words than it can find. Two words have a character that is no letter between them, so there
    are at most one more words than such characters, and at most as many of those as characters that
    are not ASCII letters. Exact: true only where `not_english` finds English (or too few words to
    tell). `low`: the lower-cased sample it reads."""
    common = sum(map(low.count, _SPACED_FUNCTION_WORDS))
    return common >= MIN_FUNCTION_WORDS * (len(low) - _ascii_counts(low)[0] + 1)


@lru_cache(maxsize=2)
def _ascii_counts(sample: str) -> tuple[int, int]:
    """How many ASCII letters `sample` has, and how many characters past ASCII: counted in C, without
    the regular expression `_letters` runs over the rest (`few_letters` and `other_script` decide most
    texts by these alone; an ASCII letter is a letter, and a letter past ASCII is a character past it)."""
    ascii_only = sample.encode("ascii", "ignore")
    return len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTERS)), len(sample) - len(ascii_only)


@lru_cache(maxsize=2)
def _letters(sample: str) -> tuple[int, list[str]]:
    """How many letters (`_LETTER`) `sample` has, and its letters that are not ASCII, in order.

    Counted in C: the ASCII letters (exactly a-z and A-Z) by deleting them from the ASCII bytes, the
    regular expression only on the non-ASCII characters (a few in English text)."""
    ascii_bytes = sample.encode("ascii", "ignore")
    count = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_LETTERS))
    other = _LETTER.findall("".join(_NON_ASCII.findall(sample))) if len(ascii_bytes) < len(sample) else []
    return count + len(other), other


_ASCII_LETTERS = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


RAW_RULES: tuple[tuple[str, Rule], ...] = (("line-too-long", longest_line),)
TEXT_RULES: tuple[tuple[str, Rule], ...] = (
    ("few-letters", few_letters),
    ("other-script", other_script),
    ("one-long-word", one_long_word),
    ("not-english", not_english),
)


def refuse_raw(raw: str) -> str | None:
    """Why a raw text is not even cleaned, or None."""
    return _first(RAW_RULES, raw)


def refuse_text(text: str) -> str | None:
    """Why a clean text is not briefed, or None."""
    return _first(TEXT_RULES, text)


def _first(rules: tuple[tuple[str, Rule], ...], text: str) -> str | None:
    for _name, rule in rules:
        why = rule(text)
        if why is not None:
            return why
    return None


def _script(ch: str) -> str:
    """The script of a letter by its Unicode name: "CYRILLIC SMALL LETTER A" -> "Cyrillic"."""
    first = unicodedata.name(ch, "OTHER").split()[0]
    return SCRIPT_NAMES.get(first, first.capitalize())
