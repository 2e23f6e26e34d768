"""Direct quotations and who said them: the quote stage, run after the entity pass.

The work is split by job: `spans.py` pairs the quotation marks, `attribution.py` decides speech and
speaker by an ordered table of named rules, `coreference.py` turns an attribution phrase into a name.
This module runs them over every document and then makes the story agree with itself: the same
quote in several articles gets one speaker, and when the articles disagree the one with the stronger
evidence wins (a name in the quote's own sentence over a pronoun there, over an inherited speaker).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..gcpause import paused
from ..model import Document, Quote, Sentence, Span
from .attribution import RULES, attribute
from .coreference import DESCRIPTION, SPEAKER_RULES, DocView
from .entities import EntityIndex
from .known_speakers import RULE as KNOWN_SPEAKER
from .known_speakers import SURNAME_RULE as KNOWN_SURNAME
from .known_speakers import named_speakers, resolve_known
from .spans import QuoteSpan, spans

__all__ = ["SPEAKER_RULE_NAMES", "attributed", "extract", "spans"]

# every value `Quote.speaker_rule` takes: the rows of the two rule tables, the more specific names each
# row may give its decision instead (`subrules`), one-speaker (`_one_speaker`), pronoun-known-speaker and
# surname-known-speaker (`known_speakers`)
SPEAKER_RULE_NAMES: tuple[str, ...] = tuple(
    dict.fromkeys(
        [
            *(name for r in RULES for name in (r.name, *r.subrules)),
            *(name for r in SPEAKER_RULES for name in (r.name, *r.subrules)),
            "one-speaker",
            KNOWN_SPEAKER,
            KNOWN_SURNAME,
        ]
    )
)

_WORD = re.compile(r"[\w’']+")


@paused()
def extract(
    documents: Sequence[Document], sentences: Sequence[Sentence], ents: EntityIndex, caseless: bool = False
) -> tuple[Quote, ...]:
    """The quotes (speech only) of every document, with speakers and repeats in other documents
    (`caseless`: the story's `Story.caseless`). The cyclic collector is off while it runs, as in
    `brief_story` (`gcpause`): its thousands of tokens and spans die with the call."""
    found, repeats = attributed(documents, sentences, ents, caseless)
    out = []
    for (d, q), reps in zip(found, repeats, strict=True):
        text = documents[d].text[q.start : q.end]
        spans_ = tuple(Span(found[j][0], found[j][1].start, found[j][1].end) for j in reps)
        out.append(Quote(text, q.speaker, d, q.start, q.end, spans_, q.speaker_rule))
    return tuple(out)


def attributed(
    documents: Sequence[Document], sentences: Sequence[Sentence], ents: EntityIndex, caseless: bool = False
) -> tuple[list[tuple[int, QuoteSpan]], list[list[int]]]:
    """The speech quotes as (document, span) with the rule that decided each, and their repeats
    (`caseless`: the story's `Story.caseless`)."""
    by_doc: list[list[Sentence]] = [[] for _ in documents]
    for s in sentences:
        by_doc[s.doc].append(s)
    found: list[tuple[int, QuoteSpan]] = []
    views: list[DocView] = []
    for d, doc in enumerate(documents):
        dd = DocView(d, doc, by_doc[d], ents, caseless)
        for i, q in enumerate(dd.quotes):
            attribute(dd, i, q)
        found.extend((d, q) for q in dd.quotes if q.speech)
        views.append(dd)
    if caseless:  # rule pronoun-known-speaker (`known_speakers`)
        named = named_speakers(documents, found)
        for dd in views:
            resolve_known(dd, dd.quotes, named)
    repeats = _repeats(documents, found)
    _one_speaker(documents, found, repeats)
    return found, repeats


_HOLDS = 0.6  # share of a quote's words its repeat must hold to give it a speaker
MAX_REPEATS = 50  # repeats kept per quote (a story quoting one line thousands of times stays linear)


def _repeats(documents: Sequence[Document], found: list[tuple[int, QuoteSpan]]) -> list[list[int]]:
    """For each quote, the quotes of other documents with (nearly) the same words.

    Two quotes repeat each other when their word sets overlap by 60 % (Jaccard) or the smaller set
    lies 80 % inside the other. Either way the smaller set shares at least 60 % of its words with
    the other, so any 40 % + 1 of its words include a shared one: each quote looks up only its
    rarest words in a word -> quotes index (prefix filtering), not every other quote.
    """
    toks = [{w.lower() for w in _WORD.findall(documents[d].text[q.start : q.end])} for d, q in found]
    df = Counter(w for t in toks for w in t)
    index: dict[str, list[int]] = defaultdict(list)
    for j, t in enumerate(toks):
        for w in t:
            index[w].append(j)
    out: list[list[int]] = [[] for _ in found]
    for i, (d, _) in enumerate(found):
        if not toks[i]:
            continue
        rare = sorted(toks[i], key=lambda w: (df[w], w))
        probe = rare[: len(rare) - (3 * len(rare) + 4) // 5 + 1]  # all but ceil(60 %), plus one
        seen = {j for w in probe for j in index[w]}
        for j in sorted(seen):
            d2 = found[j][0]
            if d2 == d or len(toks[j]) < len(toks[i]) or (len(toks[j]) == len(toks[i]) and j < i):
                continue  # each pair once, from its smaller (or first) side
            inter = len(toks[i] & toks[j])
            small = min(len(toks[i]), len(toks[j]))
            same = inter / len(toks[i] | toks[j]) >= 0.6 or (
                small >= 4 and inter / small >= 0.8 and _contained(toks[i], toks[j])
            )
            if same and len(out[i]) < MAX_REPEATS and len(out[j]) < MAX_REPEATS:
                out[i].append(j)
                out[j].append(i)
    return [sorted(r) for r in out]


# words that any two quotes share: the containment of a short quote in a long one counts without them
_FUNCTION_WORDS = frozenset(
    [
        *("a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "but", "that", "this", "with", "at"),
        *("by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "we", "i", "you", "he"),
        *("she", "they", "our", "their", "his", "her", "not", "no", "have", "has", "had", "will", "would"),
        *("can", "could", "do", "does", "did", "there"),
    ]
)


def _contained(a: set[str], b: set[str]) -> bool:
    """The smaller quote's content words lie 80 % inside the other's ("on the brink of agreement" shares
    only "agreement" with a long speech quote, though four of its five words)."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    content = small - _FUNCTION_WORDS
    return bool(content) and len(content & big) / len(content) >= 0.8


def _name_over_description(named: str, speaker: str | None, other: str | None) -> bool:
    """Rule name-over-description: a repeat that describes its speaker ("an official of the U.S. Agency
    for International Development said …") does not take the quote from the person a document names
    ("…," said Hugh Parmer, head of disaster relief for USAID. "…"), when that document ties the person to
    the description's body (`_tied`): then the description is no other speaker, only a less exact one.
    Without the tie the direct description wins (a bereaved father's carried name does not keep "a state
    wildlife official"'s words: session 25 review M2)."""
    return bool(
        speaker
        and other
        and not DESCRIPTION.match(speaker)
        and DESCRIPTION.match(other)
        and _tied(named, speaker, other)
    )


# the body a description names its person by: "an official of the agency", "a spokesman for the city"
_BODY = re.compile(r"\s(?:of|for|at|from|with)\s+(?:the\s+)?(.+)$")
# the person's own appositive right after the surname: ", head of disaster relief for USAID" up to the
# next comma, semicolon, quotation mark, line or period; the period of an initial does not end it ("the
# U.S. Agency for International Development" goes on)
_APPOSITIVE = re.compile(r"\s*,\s+((?:[^,;:“”\"\n.]|(?<=\b[A-Z])\.)+)")
_APPOSITIVE_REACH = 120  # characters of the appositive read


def _tied(named: str, speaker: str, description: str) -> bool:
    """`named` (the text of the document naming `speaker`) ties the person to the body of `description`
    in the person's own appositive ("said Hugh Parmer, head of disaster relief for the agency"): one of the
    body's content words there, or its initials ("USAID" for "U.S. Agency for International Development").
    A body word elsewhere near the name is no tie: the park where a bereaved father lost his son is named
    next to him ("Jon Tallis lost his son … in Glacier National Park"), yet he is no official of the
    National Park Service (session 26 review M2); nor is a one-letter word, as "U" and "S" of "U.S."
    (session 27 review S3: "Jon Smith, who moved to the U.S. in 1990" is no official of the U.S. National
    Park Service)."""
    body = _BODY.search(description)
    surname = speaker.split()[-1]
    if body is None or not surname:
        return False
    words = [w for w in _WORD.findall(body.group(1)) if w.lower() not in _FUNCTION_WORDS]
    initials = "".join(c for w in words for c in w if c.isupper())
    words = [w for w in words if len(w) > 1]  # not the letters of "U.S." ("who moved to the U.S.")
    for m in re.finditer(rf"\b{re.escape(surname)}(?!\w)", named):  # the word itself ("Ban", not "Bank")
        apposition = _APPOSITIVE.match(named, m.end(), m.end() + _APPOSITIVE_REACH)
        if apposition is None:
            continue
        near = apposition.group(1)
        near_words = {w.lower() for w in _WORD.findall(near)}
        if any(w.lower() in near_words for w in words) or (len(initials) > 1 and initials in near):
            return True
    return False


def _one_speaker(
    documents: Sequence[Document], found: list[tuple[int, QuoteSpan]], repeats: list[list[int]]
) -> None:
    """One quote, one speaker across the story: a quote takes the speaker its repeats give with
    stronger evidence (a name in the quote's own sentence over a pronoun or description there, over
    a continued or unattributed quote), when those agree on one. Only a repeat that holds most of the
    quote's words gives it a speaker: a short quote may take the speaker of a long one holding it, never
    the reverse, even word for word (Reyes's "We will fight for every worker." is no repeat of Brandt's
    long quote holding those words; "… the public still supports the death penalty …" and Bush's "I
    support the death penalty"). A description never replaces a name (`_name_over_description`)."""
    toks = [{w.lower() for w in _WORD.findall(documents[d].text[q.start : q.end])} for d, q in found]
    new: dict[int, str] = {}
    for i, (_, q) in enumerate(found):
        better = [
            found[j][1]
            for j in repeats[i]
            if found[j][1].speaker
            and found[j][1].evidence > q.evidence
            and len(toks[i] & toks[j]) >= _HOLDS * len(toks[i])
        ]
        if not better:
            continue
        top = max(b.evidence for b in better)
        speakers = {b.speaker for b in better if b.evidence == top}
        named = documents[found[i][0]].text
        if len(speakers) == 1 and not _name_over_description(named, q.speaker, next(iter(speakers))):
            new[i] = next(iter(speakers))
    for i, speaker in new.items():
        if found[i][1].speaker != speaker:
            found[i][1].speaker, found[i][1].speaker_rule = speaker, "one-speaker"
