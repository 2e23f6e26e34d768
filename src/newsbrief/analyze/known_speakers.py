"""A he or she the attribution rules could not resolve, read against the story's named speakers.

Rule pronoun-known-speaker (session 56, issue 15; speakers56's fresh read of Multi-News+ training stories,
`random.Random(5652)`): in a story that lost its case the entity pass misses names ("In 1977, hinda miller had
just started working … But she found she had a problem … "i used two bras," she says" left the quote with no
speaker, though "miller remembers" names her later). A quote whose attribution is a bare "he" or "she" that
`coreference.antecedent` left unresolved takes a speaker only when all of these hold:

- the speaker is named with direct evidence elsewhere in the story (the surname in a quote's own
  attribution phrase, or a name read next to a quote: `caseless-name`);
- within the pronoun's sentence and the two before it, outside quotation marks, that speaker's surname opens
  a clause (after the sentence start, a comma, a dash, "and"/"but", a title or the first name), and no other
  named speaker's surname and no other person the entity pass read stands there;
- the pronoun's gender fits the name's or an honorific's ("Mr. Simmons" is no "she"), or, neither known,
  no pronoun of the other gender stands in that stretch.

Otherwise the quote stays unattributed: a name seen earlier is not evidence by itself.

Rule surname-known-speaker (session 58, speakers58's read of `Random(5845)`: ""…" abadi said in a statement"
beside "prime minister haider al-abadi said" in another article, ""…" the queens-born holder said" after
"attorney general eric holder said", ""…" said bailey according to …" had no speaker): a quote whose own
attribution phrase the rules kept as a description that names no one takes the named speaker whose surname
is the phrase's last word (an article particle aside: "abadi" for "al-abadi"), when exactly one named speaker
has that surname, no other person of the document bears it, and the words before it are at most three, none
a possessive, a preposition or a first name other than the speaker's ("the queens-born holder", "attorney
marty singer"). A description that is nothing but the surname of a name the document writes after one
listed first name, and after no other (session 59: "wasserman schultz told …" after "debbie wasserman
schultz"), is that person too, a named speaker or not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.gazetteer import gazetteer
from ..model import Document
from .caseless import ordinary
from .coreference import PRONOUNS, DocView, name_gender
from .spans import QuoteSpan

RULE = "pronoun-known-speaker"  # the `Quote.speaker_rule` this pass gives
SURNAME_RULE = "surname-known-speaker"  # the rule for a description's last word that is a named surname
_BACK = 2  # sentences before the pronoun's that the name may stand in
# what may stand right before a clause-opening name: nothing, a comma, a dash, a conjunction, a title
_OPENER = re.compile(
    r"(?:^|[,;:—–(]|\b(?:and|but|then|while|when|as|mr|mrs|ms|dr|miss|sen|rep|gov|gen|count|judge|"
    r"president|senator|sgt|officer|chief|sir|lady|lord|prof|professor)\.?)\s*$",
    re.IGNORECASE,
)


def named_speakers(documents: Sequence[Document], found: Sequence[tuple[int, QuoteSpan]]) -> set[str]:
    """The speakers the story names with direct evidence: a quote's own attribution phrase holds the
    speaker's surname ("miller remembers", "said andrew scherrer"), not a pronoun or a description."""
    out = set()
    for d, q in found:
        if q.speaker and q.speaker_rule == "caseless-name":
            out.add(q.speaker)  # a name read next to the quote in case-less text ("miller remembers")
        if not q.speaker or q.who is None or q.evidence < 2 or not q.speaker[:1].isupper():
            continue
        phrase = documents[d].text[q.who[0] : q.who[1]].lower().split()
        if q.speaker.split()[-1].lower() in phrase:
            out.add(q.speaker)
    return out


def resolve_known(dd: DocView, quotes: Sequence[QuoteSpan], named: set[str]) -> None:
    """Give each unresolved he/she attribution of `dd` the one named speaker the rule above allows."""
    if not dd.caseless:
        return
    for q in quotes:
        if q.speech and not q.speaker and q.who is not None and q.speaker_rule == "description":
            by_surname = _surname_speaker(dd, q, named) if named else None
            by_surname = by_surname or _surname_in_document(dd, q)
            if by_surname:
                q.speaker, q.speaker_rule = by_surname, SURNAME_RULE
            continue
        if not named:
            continue
        if not q.speech or q.speaker or q.who is None or q.speaker_rule != "pronoun-antecedent":
            continue
        pronoun = dd.text[q.who[0] : q.who[1]].strip().lower()
        if pronoun not in ("he", "she"):
            continue
        speaker = _known_speaker(dd, q, named, PRONOUNS[pronoun])
        if speaker:
            q.speaker, q.speaker_rule = speaker, RULE


# what may stand before the surname in rule surname-known-speaker's phrase: no relation, place or owner
_NOT_BEFORE = frozenset(
    ["of", "for", "to", "with", "at", "and", "or", "by", "from", "his", "her", "their", "its"]
)
_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|az)-")


def _surname_of(name: str, word: str) -> bool:
    """`word` is the last word of `name`, or that word after an article particle ("al-abadi")."""
    last = name.split()[-1].lower()
    return last == word or (_PARTICLE.match(last) is not None and last.split("-", 1)[1] == word)


def _surname_speaker(dd: DocView, q: QuoteSpan, named: set[str]) -> str | None:
    """Rule surname-known-speaker: the one named speaker whose surname ends the quote's description."""
    words = re.findall(r"[\w'’\-]+", dd.text[q.who[0] : q.who[1]].lower())
    if words and words[-1] == "according":
        words = words[:-1]  # "said bailey according to …": the report's source is cut from the phrase
    if not words or len(words) > 4:
        return None
    *lead, last = words
    hits = [name for name in named if _surname_of(name, last)]
    if len(hits) != 1:
        return None
    speaker = hits[0]
    first = speaker.split()[0].lower()
    firsts = gazetteer().first_names
    for w in lead:
        if w in _NOT_BEFORE or w.endswith(("'s", "’s")) or (w != first and w.capitalize() in firsts):
            return None
    for f in dd.people(0, len(dd.text)):
        name = dd.person_name(f)
        if name != speaker and _surname_of(name, last) and name.split()[0].lower() != first:
            return None  # another person of that surname
    return speaker


def _surname_in_document(dd: DocView, q: QuoteSpan) -> str | None:
    """Rule surname-known-speaker, a name of the document (session 59, speakers59's read of `Random(5944)`:
    ""…" wasserman schultz told the sun sentinel" after "… chairwoman, debbie wasserman schultz, …" had no
    speaker, the entity pass having read "Debbie Wasserman"): a description of one or two words that the
    document writes, outside quotation marks, after one listed first name (an initial between maybe) and
    after no other, is the person of that full name."""
    words = re.findall(r"[\w'’\-]+", dd.text[q.who[0] : q.who[1]].lower())
    if not words or len(words) > 2 or any(ordinary(w) or w in _NOT_BEFORE for w in words):
        return None  # no ordinary word ("clinton said according to …" is no surname "clinton said")
    firsts = gazetteer().first_names
    tail = r"\s+".join(map(re.escape, words))
    # read in the text itself, not a lower-cased copy, whose offsets drift past a letter that lower-cases
    # to two ("İ"), so that `in_quote` and the description's own place are asked of the right characters
    pattern = re.compile(r"\b([a-z]+)\s+((?:[a-z]\.\s+)?)" + tail + r"(?![\w'’])", re.IGNORECASE)
    found = {
        (m.group(1).lower(), m.group(2).strip().lower())
        for m in pattern.finditer(dd.text)
        if not dd.in_quote(m.start()) and not (m.start() <= q.who[0] < m.end())
    }
    named = {(first, initial) for first, initial in found if first.capitalize() in firsts}
    if len(named) != 1:  # one listed first name (an initial or none after it) and no other
        return None
    first, initial = next(iter(named))
    return " ".join(w.title() for w in (first, initial.upper(), *words) if w)


def _known_speaker(dd: DocView, q: QuoteSpan, named: set[str], gender: str | None) -> str | None:
    end = min(q.open_at, q.who[0]) if q.who else q.open_at
    k = dd.sentence_index(end)
    start = dd.sents[max(0, k - _BACK)].start if dd.sents else 0
    low = dd.text.lower()
    hits: set[str] = set()
    for name in named:
        surname = name.split()[-1].lower()
        for m in re.finditer(rf"(?<![\w'’]){re.escape(surname)}(?![\w'’])", low[start:end]):
            at = start + m.start()
            if dd.in_quote(at):
                continue
            hits.add(name)
            lead = low[max(dd.sentence_start(at), at - 40) : at].rstrip()
            if len(name.split()) > 1:
                lead = _before_first(lead, name.split()[0].lower())
            if not _OPENER.search(lead):
                return None  # the name is some verb's object, no clause's subject
    if len(hits) != 1:
        return None
    speaker = next(iter(hits))
    surname = speaker.split()[-1].lower()
    for f in dd.people(start, end):
        if surname not in dd.text[f.start : f.end].lower().split():
            return None  # another person stands between the name and the pronoun
    return speaker if _gender_fits(dd, speaker, gender, low[start:end]) else None


def _before_first(lead: str, first: str) -> str:
    """What stands before the first name that ends `lead` ("said hinda" -> "said" for "hinda miller"), the
    first name a whole word (rule first-name-word: "joann" does not end on "ann"); `lead` as it is when the
    first name does not end it."""
    if lead.endswith(first) and not (
        len(lead) > len(first) and (lead[-len(first) - 1].isalnum() or lead[-len(first) - 1] in "'’")
    ):
        return lead[: -len(first)].rstrip()
    return lead


_HONORIFIC = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_OTHER_SUBJECT = {"m": re.compile(r"\b(?:she|her)\b"), "f": re.compile(r"\b(?:he|his|him)\b")}


def _gender_fits(dd: DocView, speaker: str, gender: str | None, stretch: str) -> bool:
    """The pronoun's gender does not contradict the speaker's: the name's (`name_gender`), else an
    honorific before the surname anywhere in the document ("Mr. Simmons" is no "she"); with neither known,
    the stretch names no one else by the other gender's pronouns ("he ignored her. … "…," she said")."""
    if gender is None:
        return True
    known = name_gender(speaker, dd)
    if known is None:
        surname = re.escape(speaker.split()[-1].lower())
        titles = re.findall(rf"\b(mrs|mr|ms|miss)\.?\s+(?:[\w'’\-]+\s+)?{surname}\b", dd.text.lower())
        known = _HONORIFIC[titles[0]] if titles else None
    if known is not None:
        return known == gender
    return _OTHER_SUBJECT[gender].search(stretch) is None
