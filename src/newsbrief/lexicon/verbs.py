"""Verb lemmas learned from the Multi-News training stories (`data/verbs.txt`, written by
`scripts/mine_verbs.py`: words written as verbs, after "to" and a modal, and hardly ever after a
determiner) and their forms: align's clause reader (rule `present-verb`) and attribution's verb test read
them.
"""

from __future__ import annotations

from functools import lru_cache

from . import data_lines


@lru_cache(maxsize=1)
def present_forms() -> frozenset[str]:
    """The base and "-s" forms of the verb lemmas of `data/verbs.txt`: "remove", "removes", "carries"."""
    out: set[str] = set()
    for line in data_lines("verbs.txt"):
        base = line.split("\t")[0]
        out.add(base)
        out.add(third_person(base))
    return frozenset(out)


def third_person(base: str) -> str:
    """The "-s" form of a base form: "remove" -> "removes", "carry" -> "carries", "push" -> "pushes"."""
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    return base + "s"


def listed_form(word: str) -> bool:
    """A base, "-s" or "-ed" form of a lemma of `data/verbs.txt` ("removed", "carried", "stopped")."""
    forms = present_forms()
    stems = (word, word[:-1], word[:-2], word[:-3] + "y", word[:-3]) if word.endswith("ed") else (word,)
    return any(x in forms for x in stems)
