"""Whom a listed point is about when its sentence names no one and leans on the one before for it.

"His bond was set at $100,000." after "Jordan Scott, 19, of Fairmont, is charged with ..." is about
Jordan Scott; listed alone (a shared point, a conflict, a point one source makes) it cannot be told from
the same words about the next defendant. `owner` finds that person's name as the document writes it in
the sentence before (a `Span` a reader can check), by an ordered table of named rules (`RULES`), every one
of which must hold; the first that does not says why there is none. Renderers show the name beside the
point's text (`Claim.about`). The align stage pairs such sentences by the same reading
(`align.features.pronoun_owners`, rule `owned-whole`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..lexicon.gazetteer import gazetteer
from ..lexicon.verbs import PLAIN_SAYING
from ..model import Entity, Sentence, Span, SummarySentence
from ..owner_chain import PRONOUNS, chain_lead
from .entities import EntityIndex, Found

# rule pronoun-opening: the sentence's first word, as align's `pronoun-owner` reads it (no quotation mark
# before it: a quotation's "he" is the speaker's to say)
_OPENING = re.compile(r"\s*(" + "|".join(PRONOUNS) + r")\b", re.IGNORECASE)
_MASCULINE = frozenset(("he", "his"))
# rule said-by-other: the last clause (after the last comma or quotation mark) of the sentence the lead
# opens is an attribution, one to five words then a verb of saying, its subject no pronoun
_LAST_CLAUSE = re.compile(r"[^,\"“”]*$")
_ATTRIBUTION = re.compile(r"\s*(?:[\w.'’-]+\s+){0,4}([\w.'’-]+)\s+(?:" + PLAIN_SAYING + r")\b", re.IGNORECASE)


def _said_by_other(text: str, lead: str) -> bool:
    """Whether `text` ends on a clause that someone other than `lead` (its words) says it, by rule
    said-by-other ("..., spokesman C.J. Roe said Wednesday."; not "..., which he said was confirmed")."""
    tail = _LAST_CLAUSE.search(text)
    m = _ATTRIBUTION.match(tail.group()) if tail else None
    if m is None or m.group(1).lower() in ("he", "she"):
        return False
    return not any(w in m.group() for w in lead.split())


@dataclass(frozen=True)
class Reading:
    """What the rules read of a point's sentence `i`: its opening pronoun, and the person the sentence
    before opens on (its mention), or None."""

    sents: Sequence[Sentence]
    ents: EntityIndex
    i: int
    pronoun: str | None
    lead: Found | None
    alone: bool = True  # the sentence the lead opens names no other person
    other_sayer: bool = False  # ... and ends on someone else's verb of saying (`_said_by_other`)


@dataclass(frozen=True)
class Rule:
    """One named rule: `holds(reading)` must be True for the sentence to be about `reading.lead`."""

    name: str
    reason: str
    holds: Callable[[Reading], bool]


def _names_no_one(r: Reading) -> bool:
    s = r.sents[r.i]
    return not r.ents.within(s.doc, s.start, s.end, "person")


def _full_name(r: Reading) -> bool:
    return r.lead is not None and len(r.ents.name(r.lead).split()) >= 2


def _pronoun_fits(r: Reading) -> bool:
    """Rule pronoun-fits: "he"/"his" not after a woman's given name, "she"/"her" not after a man's
    (`female_names.txt`; a name on neither the female nor the unisex list is a man's)."""
    assert r.lead is not None and r.pronoun is not None
    g = gazetteer()
    given = r.ents.name(r.lead).split()[0]
    if given not in g.first_names or given in g.unisex_names:
        return True
    return (given in g.female_names) != (r.pronoun in _MASCULINE)


RULES: tuple[Rule, ...] = (
    Rule("pronoun-opening", 'it opens on "he", "she", "his" or "her"', lambda r: r.pronoun is not None),
    Rule("names-no-one", "it names no person itself", _names_no_one),
    Rule("lead-before", "the sentence before, in its document, opens on a person's name", _full_name),
    Rule(
        "lead-alone", "that sentence names no one else: whom 'he' means would be a guess", lambda r: r.alone
    ),
    Rule(
        "said-by-other",
        "that sentence ends on no one else saying it (', spokesman C.J. Roe said.': 'he' may be him)",
        lambda r: not r.other_sayer,
    ),
    Rule("pronoun-fits", "the pronoun fits the person's given name", _pronoun_fits),
)


_POSSESSIVE = re.compile(r"['’]s?\b")


# rule lead-alone also reads a person the sentence names by a role as the doer of what the lead underwent
# ("was shot by a police officer", "by the deputy": `role_words.txt`): "Jordan Scott was shot by a police
# officer. He fired three times." is as much the officer's; a role the lead holds ("as a sales executive")
# or another's in passing ("killed the al-Qaida chief") is no such doer
_BY_ROLE = re.compile(r"\bby\s+(?:a|an|the)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.IGNORECASE)


def _role_named(text: str, after: int) -> bool:
    """Whether `text` names a doer by a role word after "by" and an article (up to three words on), after
    position `after` (rule lead-alone)."""
    roles = gazetteer().roles
    return any(any(w.lower() in roles for w in m.group(1).split()) for m in _BY_ROLE.finditer(text, after))


def _lead(sents: Sequence[Sentence], ents: EntityIndex, j: int) -> tuple[Found | None, bool]:
    """The person sentence j opens on (a mention of a person at its first word, not "Scott's lawyer"), and
    whether the sentence names no other person, by name or by a role (`_role_named`)."""
    s = sents[j]
    first = len(s.text) - len(s.text.lstrip())
    found = ents.within(s.doc, s.start, s.end, "person")
    if not found or found[0].start != s.start + first or _POSSESSIVE.match(s.text, found[0].end - s.start):
        return None, True
    alone = all(f.entity == found[0].entity for f in found)
    return found[0], alone and not _role_named(s.text, found[0].end - s.start)


def _passes(sents: Sequence[Sentence], ents: EntityIndex, j: int) -> bool:
    """Rule owner-chain: sentence j, with no lead, opens on a pronoun and names no person."""
    s = sents[j]
    return _OPENING.match(s.text) is not None and not ents.within(s.doc, s.start, s.end, "person")


def reading(sents: Sequence[Sentence], ents: EntityIndex, i: int) -> Reading:
    """Sentence i's `Reading`: its opening pronoun and the person the sentence before opens on, that
    sentence's own owner when it names no one either (rule owner-chain, `owner_chain.chain_lead`)."""
    m = _OPENING.match(sents[i].text)
    pronoun = m.group(1).lower() if m else None
    doc = sents[i].doc
    found = None
    if pronoun is not None:
        found = chain_lead(
            i,
            lambda j: sents[j].doc == doc,
            lambda j: got if (got := _lead(sents, ents, j))[0] is not None else None,
            lambda j: _passes(sents, ents, j),
        )
    if found is None:
        return Reading(sents, ents, i, pronoun, None)
    j, (lead, alone) = found
    s = sents[j]
    assert lead is not None
    said = _said_by_other(s.text, s.text[lead.start - s.start : lead.end - s.start])
    return Reading(sents, ents, i, pronoun, lead, alone, said)


def why_not(sents: Sequence[Sentence], ents: EntityIndex, i: int) -> str | None:
    """The first `RULES` rule that does not hold for sentence i, or None when all do."""
    r = reading(sents, ents, i)
    return next((rule.name for rule in RULES if not rule.holds(r)), None)


def index_of(entities: Sequence[Entity], n_docs: int) -> EntityIndex:
    """The `EntityIndex` of a brief's entities (their mentions per document, in text order)."""
    found = sorted((m.doc, m.start, m.end, k) for k, e in enumerate(entities) for m in e.mentions)
    by_doc: list[list[Found]] = [[] for _ in range(n_docs)]
    for d, s, e, k in found:
        by_doc[d].append(Found(d, s, e, k))
    return EntityIndex(tuple(entities), by_doc)


def summary_about(
    sents: Sequence[Sentence], summary: Sequence[SummarySentence], ents: EntityIndex
) -> tuple[SummarySentence, ...]:
    """The summary's sentences (of `sents`, one story's sentences) with whom each is about when it names
    no one (`owner`): `SummarySentence.about`."""
    at = {(s.doc, s.start): i for i, s in enumerate(sents)}
    out = []
    for s in summary:
        i = at.get((s.doc, s.start))
        who = None if i is None else owner(sents, ents, i)
        out.append(s if who is None else replace(s, about=who))
    return tuple(out)


def owner(sents: Sequence[Sentence], ents: EntityIndex, i: int) -> Span | None:
    """Whom sentence i (an index into `sents`, one story's sentences in order) is about: the name of the
    person the sentence before it opens on, as written there, when every rule of `RULES` holds."""
    r = reading(sents, ents, i)
    if r.pronoun is None or any(not rule.holds(r) for rule in RULES):
        return None
    assert r.lead is not None
    return Span(r.lead.doc, r.lead.start, r.lead.end)
