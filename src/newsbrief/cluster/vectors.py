"""Article vectors for clustering: TF-IDF over content terms with document frequencies from a fixed table.

The IDF does not come from the articles being clustered but from `data/df.tsv` (document frequencies
over the Multi-News training file, rebuilt by `scripts/build_cluster_df.py`). An article's vector
therefore depends on that article alone: the same article gets the same vector in a one-shot run, in
a store that grows one ingest at a time, and in any input order. A term missing from the table is
rare (document frequency 0), which is what names and places usually are.

The table is English. An article that is not English (`english`: few English stop words) is weighed by
the document frequencies of the other articles of its language (`language`: the script most of its
letters are written in) instead, its words outside ASCII whole terms (`pile_idf`; `term_counts` and
`weigh` for one held elsewhere): a one-shot run's (`engine.pieces`), or a store's, counted one ingest
at a time (`store/languages.py`); its vector then depends on its pile. An Arabic, Hebrew or Hindi word
loses its light affixes first (`affixes.stem`: "الزلزال" and "والزلزال" are one term).

Only the `TOP_TERMS` heaviest terms are kept (the rest carry little of the cosine and cost memory);
title terms count twice. A possessive is its noun ("Britney's", "the companies'" count as "Britney",
"companies"), so a name is one term however it is inflected.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from itertools import repeat
from operator import itemgetter, mul

from ..represent import STOP_WORDS, terms, words
from .affixes import stem

TOP_TERMS = 80  # terms kept per article vector
TITLE_WEIGHT = 2  # a title term counts as this many occurrences
# an article is English (the table's language) when at least this share of its words are English stop
# words: over 0.11 in every article of the English dev files but one of Multi-News+ (0.006); under 0.07 in
# every article of MultiLing 2011's other languages (Arabic, Czech, French, Greek, Hebrew, Hindi)
ENGLISH_SHARE = 0.08
# a word holding a letter outside ASCII is the term of its first this many characters (a crude stem for
# languages that inflect a word's end: MultiLing 2011's one-shot F1, Czech 0.686 -> 0.837, Greek 0.714 ->
# 0.881, Arabic 0.727 -> 0.771, French 0.873 -> 0.923, Hebrew and Hindi the same; 5 put Hebrew down 0.021)
FOREIGN_PREFIX = 6
# a run of more letters or digits than this is no word ("xxxx...", a blob) and no term: as rare as a name,
# it was an index term, and a store's term index holds 200 characters a term (PostgreSQL refused the whole
# ingest; the training file holds three such runs, up to 455; the dev files' longest term is 27)
MAX_TERM = 100
ENGLISH_CHARS = 2000  # ... of its opening this many characters (about 300 words: the rest costs time)
_SPACE = re.compile(r"\s+")
# 's after a word, or a lone apostrophe after a plural's s, before a non-word character
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b|(?<=s)['’](?!\w)")
# a number written with thousands separators ("3,197", "1,000,000"; not "3, 197" or "1,2345")
_THOUSANDS = re.compile(r"(?<![\w,])[0-9]{1,3}(?:,[0-9]{3})+(?!,?[0-9])")
# an SGML / HTML character entity reference left in the text ("&QL;", "&UR;" in newswire, "&amp;", "&#124;"):
# markup, no word of the article
_ENTITY = re.compile(r"&#?[A-Za-z0-9]{1,8};")
# a word in any script: letters and digits (`\w`) with the combining marks Latin, Hebrew, Arabic and the
# Indic scripts write inside words (Devanagari's vowel signs are no `\w`); the Indic dandas end one
_LETTERS = (
    r"\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff"
)
_WORD = re.compile(f"[{_LETTERS}]+")
# a word with a letter outside ASCII
_FOREIGN_WORD = re.compile(f"[{_LETTERS}]*[^\\x00-\\x7f\\W][{_LETTERS}]*")


def cluster_terms(text: str, whole: bool = False) -> list[str]:
    """The content terms clustering counts (`represent.terms`, possessives read as their noun, a number
    written with thousands separators one term: "3,197" is "3197", where `represent.terms` alone would
    keep only its last group, "197"; a character entity reference left in the text, "&QL;" or "&amp;",
    is markup and no term: newswire's "&QL;" / "&UR;" / "&LR;", absent from the table and so as heavy as
    a name, linked articles of unrelated stories; a run of over `MAX_TERM` letters or digits is no word).
    `whole`: a word holding a letter outside ASCII is one
    term (`foreign_terms`; an article weighed by its pile, `pile_idf`), not cut at that letter."""
    text = _THOUSANDS.sub(_unseparated, _POSSESSIVE.sub("", _ENTITY.sub(" ", text)))
    if not whole:
        ts = terms(text)
    else:
        found: list[str] = []
        ts = terms(_foreign_out(text, found)) + found
    return ts if not ts or max(map(len, ts)) <= MAX_TERM else [t for t in ts if len(t) <= MAX_TERM]


def foreign_terms(text: str) -> list[str]:
    """The terms of a text's words that hold a letter outside ASCII ("député", "تسونامي"): whole,
    case-folded and cut to `FOREIGN_PREFIX` characters, no stop words (the table, `represent.terms` and
    its stop words are English; `represent.terms` alone would cut "député" into "d" and "put")."""
    found: list[str] = []
    _foreign_out(_ENTITY.sub(" ", text), found)
    return found


def shingle_words(text: str) -> list[str]:
    """The words a text's shingles are made of (`dedupe`): `represent.words` (ASCII), unless most of
    its words hold a letter outside ASCII (Hindi, Arabic, Greek, Hebrew: their ASCII words are a few
    digits, and two articles of no words were copies), then its words in any script, case-folded."""
    ws = words(text)
    # each word `_FOREIGN_WORD` finds holds a character outside ASCII: no more of them than such characters,
    # counted in C (an English article's curly quotation marks), and no pattern run over the whole text
    if text.isascii() or len(text) - len(text.encode("ascii", "ignore")) <= len(ws):
        return ws
    if len(_FOREIGN_WORD.findall(text)) <= len(ws):
        return ws
    return _WORD.findall(text.casefold())


def _foreign_out(text: str, found: list[str]) -> str:
    """`text` with each word holding a non-ASCII character blanked, its term appended to `found`."""
    if text.isascii():
        return text

    def out(m: re.Match[str]) -> str:
        w = m[0]
        if w.isascii():
            return w
        if len(w) > 1:
            found.append(stem(w.casefold())[:FOREIGN_PREFIX])
        return " "

    return _WORD.sub(out, text)


def _unseparated(m: re.Match[str]) -> str:
    return m[0].replace(",", "")


class Idf:
    """Inverse document frequency from a table of document frequencies: log((1 + N) / (1 + df)) + 1."""

    def __init__(self, documents: int, df: dict[str, int]) -> None:
        self.documents = documents
        self.df = df
        self._idf: dict[str, float] = {}

    def __call__(self, term: str) -> float:
        v = self._idf.get(term)
        if v is None:
            v = self._idf[term] = math.log((1 + self.documents) / (1 + self.df.get(term, 0))) + 1.0
        return v

    @property
    def ceiling(self) -> float:
        """The IDF of a term not in the table."""
        return math.log(1 + self.documents) + 1.0


@cache
def background_idf() -> Idf:
    """The shipped table (`data/df.tsv`: a `#documents` line, then `term<TAB>df` lines)."""
    text = resources.files(__package__).joinpath("data/df.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    documents = int(lines[0].split("\t")[1])
    df = {}
    for line in lines[1:]:
        term, _, count = line.partition("\t")
        df[term] = int(count)
    return Idf(documents, df)


def english(text: str) -> bool:
    """Whether the table's language is the text's: at least `ENGLISH_SHARE` of the words of its opening
    `ENGLISH_CHARS` characters are English stop words (or it has no words)."""
    text = text[:ENGLISH_CHARS]
    ascii_words = words(text)
    n = len(ascii_words) + (0 if text.isascii() else len(_FOREIGN_WORD.findall(text)))
    return not n or sum(map(STOP_WORDS.__contains__, ascii_words)) >= ENGLISH_SHARE * n


def language(text: str) -> str:
    """The document frequencies an article is weighed by: "" for English (`english`: the table), else
    the script most letters of its opening `ENGLISH_CHARS` characters are written in ("latin",
    "arabic", "devanagari", ...; a tie, the first by name), whose articles' frequencies weigh it."""
    if english(text):
        return ""
    scripts = Counter(map(_script, filter(str.isalpha, text[:ENGLISH_CHARS])))
    return min(scripts, key=lambda s: (-scripts[s], s)) if scripts else "other"


@cache
def _script(letter: str) -> str:
    """The script of a letter, the first word of its Unicode name ("LATIN SMALL LETTER E": latin)."""
    return unicodedata.name(letter, "other").split(" ", 1)[0].casefold()


def document_terms(text: str, title: str | None = None) -> set[str]:
    """The terms an article counts once in its language's document frequencies (`pile_idf`)."""
    return set(cluster_terms(f"{title or ''}\n{text}", True))


def pile_idf(texts: Iterable[str]) -> Idf:
    """Document frequencies of the content terms of the texts at hand (those of one language: the ones
    `english` is false of), the table for an article that the table's English cannot weigh: its
    language's common words ("de", "la"; "في") weigh as common, where the table has them as rare."""
    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        n += 1
        df.update(set(cluster_terms(text, True)))
    return Idf(n, dict(df))


def term_counts(text: str, title: str | None = None, whole: bool = False) -> Counter[str]:
    """An article's term occurrences, a title term counting `TITLE_WEIGHT` times (`whole`: see
    `cluster_terms`), what `weigh` weighs."""
    counts = Counter(cluster_terms(text, whole))
    if title:
        for t in cluster_terms(title, whole):
            counts[t] += TITLE_WEIGHT
    return counts


def content_key(text: str) -> str:
    """A key of the clean text that ignores spacing and case: equal keys are exact copies."""
    norm = _SPACE.sub(" ", text).strip().casefold()
    return hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()


def vector(text: str, title: str | None = None, idf: Idf | None = None) -> dict[str, float]:
    """The L2-normalised TF-IDF vector of an article (sublinear TF), its `TOP_TERMS` heaviest terms.

    Ties in weight are broken by the term, so the kept terms never depend on dict order."""
    whole = idf is not None  # a pile's table (`pile_idf`): words outside ASCII are whole terms
    return weigh(term_counts(text, title, whole), idf or background_idf())


def weigh(counts: dict[str, int], idf: Idf) -> dict[str, float]:
    """`vector`'s weighing of an article's term occurrences (`term_counts`) by `idf`."""
    if not counts:
        return {}
    weighted = sorted((((1.0 + math.log(c)) * idf(t), t) for t, c in counts.items()), key=_heaviest)
    kept = weighted[:TOP_TERMS]
    norm = math.sqrt(sum(w * w for w, _ in kept))
    return {t: w / norm for w, t in kept}


def _heaviest(wt: tuple[float, str]) -> tuple[float, str]:
    return -wt[0], wt[1]


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors (a cosine when both are normalised).

    Only the shared terms are visited (a key-set intersection, in C); `math.fsum` rounds exactly, so
    the result does not depend on the set's order (which varies with the process's hash seed)."""
    if len(a) > len(b):
        a, b = b, a
    shared = a.keys() & b.keys()
    if len(shared) < 10:  # most pairs: a list of the products
        return math.fsum([a[t] * b[t] for t in shared]) if shared else 0.0
    both = itemgetter(*shared)  # many: each side's weights in one C call (the same products)
    return math.fsum(map(mul, both(a), both(b)))


def cosine_within(a: dict[str, float], b: dict[str, float]) -> float:
    """`cosine(a, b)` to the same bits, faster when the vectors share most of the smaller one's terms
    (an article and the centroid of a story it is in): the smaller one's terms are looked up in the
    other in C, a term the other lacks giving 0.0, and `math.fsum` of the products is the exactly
    rounded sum of the shared terms' products (zeros add nothing). Slower than `cosine` when they
    share few terms (most candidate stories)."""
    if len(a) > len(b):
        a, b = b, a
    return math.fsum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
