"""See also: another outlet's passage on a summary sentence's point that does not state it (issue 14, item 2).

A citation rests only on `quote` and `fact` links (`cite.py`); a `related` link (same topic, not the
same claim) is never support, but a reader may be shown it beside the citation as "see also [2]". Only
the related links of the align rules in `POINTING_RULES` point (their bars: there), and a quote or fact
link that states too little of the sentence to cite it (rule `part-stated`). A related link points only
at a passage about the sentence's people: when each names a person by given name and surname and neither
names the other's ("Police arrested Jon Tallis at his home" / "Police arrested Dana Whitcombe at her
home"), one kind of event is no passage on the point (rule `other-person`). A pointer never
names a source the sentence already cites, nor one that gives it another value (the conflict note names
it), and each other source gets at most one, its best-scored passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .lexicon.gazetteer import word_list
from .model import Link

# The align rules (`align/rules.py`, the link's `rule:` evidence) whose related links point, each with
# why. Both bars, on the labelled tuning pairs (bench/labels/align-tune.json, align-tune2.json,
# align-frozen.json .. align-frozen6.json; `bench_align.py --rules`, the pairs a rule decided): the rule
# says the two share a point (never a rule that tells two claims apart: another person, act, value, day,
# negation), and at least 5 of its pairs, 0.9 or more of them labelled quote, fact, conflict or related,
# not unrelated. Not `partial` (a claim each states, neither most of the other: 415 of 436 tuning pairs on
# the topic, yet on a fresh read of 8 training-file stories only 33 of its 52 pointers were on the summary
# sentence's point, against 7 of 8 for the other rules): "see also" is offered only where it is on point.
POINTING_RULES: dict[str, str] = {
    "shared-point": "one point the two make in other words (71 of 72 tuning pairs)",
    "side-only": "a claim one states and the other only in an aside or relative clause (14 of 14)",
    "one-sided": "the scorer's fact, held by one side only, in an aside (35 of 35)",
    "same-topic": "two or more content words, a fair share of each sentence (48 of 48)",
}


def rule_of(link: Link) -> str:
    """The align rule that decided `link` (its `rule:` evidence), or "" when it names none."""
    return next((e[len("rule:") :] for e in link.evidence if e.startswith("rule:")), "")


# The link kinds that always point (rule `part-stated`): a quote or fact link the citation did not take,
# as the other sentence states too little of the summary sentence's (`cite.supports`); a citing link's
# source is cited, so never pointed at. No tuning pair these kinds decided is labelled unrelated.
PART_STATED = ("quote", "fact")


def points(link: Link) -> bool:
    """Whether `link` may be offered as "see also": a quote or fact link (rule `part-stated`), or a
    related link of a rule of `POINTING_RULES`."""
    return link.kind in PART_STATED or (link.kind == "related" and rule_of(link) in POINTING_RULES)


# a given name (`first_names.txt`) and a capitalised word after it: a person, the second word the surname
_PERSON = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\b")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return word_list("first_names.txt")


def surnames(text: str) -> frozenset[str]:
    """The surnames of the people `text` names by given name and surname ("Jon Tallis": Tallis)."""
    given = _given_names()
    return frozenset(m.group(2) for m in _PERSON.finditer(text) if m.group(1) in given)


# two capitalised words in a row: a name of two words or more, whoever it names ("Carlie Trent")
_NAME_PAIR = re.compile(r"(?=\b([A-Z][a-z]+\s+[A-Z][a-z]+)\b)")


def other_person(text: str, other: str) -> bool:
    """Rule `other-person`: each sentence names a person the other never names (a surname after a given
    name), and the two share no name of two words ("Amber Alert ... Carlie Trent" / "The mother of missing
    Carlie Trent ... Gary Simpson": one girl, not two people)."""
    mine, theirs = surnames(text), surnames(other)
    if not (mine and theirs) or set(_NAME_PAIR.findall(text)) & set(_NAME_PAIR.findall(other)):
        return False
    words_mine, words_theirs = set(re.findall(r"[A-Za-z'-]+", text)), set(re.findall(r"[A-Za-z'-]+", other))
    return not (mine & words_theirs) and not (theirs & words_mine)


def points_between(link: Link, text: str, other: str) -> bool:
    """Whether `link` between sentences `text` and `other` may be offered as "see also": `points`, and a
    related link never between two sentences about other people (rule `other-person`)."""
    return points(link) and not (link.kind == "related" and other_person(text, other))


def pointers(
    i: int,
    links: Iterable[Link],
    doc_of: Sequence[int],
    source: Sequence[int],
    taken: Iterable[int],
    texts: Sequence[str],
) -> dict[int, Link]:
    """The "see also" links of sentence `i`, one per other source (the best-scored), keyed by the
    document pointed at: `doc_of` gives each sentence's document, `source` each document's source
    (`copies.sources`), `taken` the documents the sentence already names (its own, its support and its
    conflicts): their sources get none; `texts` each sentence's text (rule `other-person`)."""
    used = {source[d] for d in taken}
    out: dict[int, Link] = {}
    for k in sorted(links, key=lambda k: (-k.score, k.a, k.b, k.kind)):
        j = k.b if k.a == i else k.a
        if not points_between(k, texts[i], texts[j]):
            continue
        d = doc_of[j]
        if source[d] in used:
            continue
        used.add(source[d])
        out[d] = k
    return out
