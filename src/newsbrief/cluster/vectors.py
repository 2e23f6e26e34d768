"""Article vectors for clustering: TF-IDF over content terms with document frequencies from a fixed table.

The IDF does not come from the articles being clustered but from `data/df.tsv` (document frequencies
over the Multi-News training file, rebuilt by `scripts/build_cluster_df.py`). An article's vector
therefore depends on that article alone: the same article gets the same vector in a one-shot run, in
a store that grows one ingest at a time, and in any input order. A term missing from the table is
rare (document frequency 0), which is what names and places usually are.

Only the `TOP_TERMS` heaviest terms are kept (the rest carry little of the cosine and cost memory);
title terms count twice. A possessive is its noun ("Britney's", "the companies'" count as "Britney",
"companies"), so a name is one term however it is inflected.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from functools import cache
from importlib import resources
from itertools import repeat
from operator import itemgetter, mul

from ..represent import terms

TOP_TERMS = 80  # terms kept per article vector
TITLE_WEIGHT = 2  # a title term counts as this many occurrences
_SPACE = re.compile(r"\s+")
# 's after a word, or a lone apostrophe after a plural's s, before a non-word character
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b|(?<=s)['’](?!\w)")
# a number written with thousands separators ("3,197", "1,000,000"; not "3, 197" or "1,2345")
_THOUSANDS = re.compile(r"(?<![\w,])[0-9]{1,3}(?:,[0-9]{3})+(?!,?[0-9])")
# an SGML / HTML character entity reference left in the text ("&QL;", "&UR;" in newswire, "&amp;", "&#124;"):
# markup, no word of the article
_ENTITY = re.compile(r"&#?[A-Za-z0-9]{1,8};")


def cluster_terms(text: str) -> list[str]:
    """The content terms clustering counts (`represent.terms`, possessives read as their noun, a number
    written with thousands separators one term: "3,197" is "3197", where `represent.terms` alone would
    keep only its last group, "197"; a character entity reference left in the text, "&QL;" or "&amp;",
    is markup and no term: newswire's "&QL;" / "&UR;" / "&LR;", absent from the table and so as heavy as
    a name, linked articles of unrelated stories)."""
    return terms(_THOUSANDS.sub(_unseparated, _POSSESSIVE.sub("", _ENTITY.sub(" ", text))))


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


def content_key(text: str) -> str:
    """A key of the clean text that ignores spacing and case: equal keys are exact copies."""
    norm = _SPACE.sub(" ", text).strip().casefold()
    return hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()


def vector(text: str, title: str | None = None, idf: Idf | None = None) -> dict[str, float]:
    """The L2-normalised TF-IDF vector of an article (sublinear TF), its `TOP_TERMS` heaviest terms.

    Ties in weight are broken by the term, so the kept terms never depend on dict order."""
    idf = idf or background_idf()
    counts = Counter(cluster_terms(text))
    if title:
        for t in cluster_terms(title):
            counts[t] += TITLE_WEIGHT
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
