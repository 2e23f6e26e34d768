"""The main clause of a sentence: what it states, its side stretches left out.

"The mayor of Harwick resigned after the council voted to cut the budget" states the resignation; the vote
is said on the side. `main_spans` is the sentence less its side stretches (`subordinate.stretches`, and the
participle and time asides `claims.asides` reads), with three rules of its own:

* `opening-past-aside`: a sentence that opens on a subordinator ("Although Ingram, which is based in
  Harwick, is the largest distributor, it does not disclose ...") opens on a side clause that runs past an
  aside set in it (", which is based in Harwick,") to the next comma, not to the aside's comma;
* `number-comma`: a stretch that `subordinate` cut at the comma of a number ("as it neared 16,000 feet")
  runs on to the clause's comma;
* `appositive-clause`: ", the ..." with a verb group of an auxiliary or a modal before its comma ("...
  that early in its dive, the plane may have exceeded the speed of sound, ...") is a clause, no aside.

`side_stated` is what `cite.py` reads (rule `side-stated`): a sentence that writes most of a line's side
words and few of its main ones states the side clause only. Rule-based like `subordinate.py`: no parser.
"""

from __future__ import annotations

import re

from ..represent import STOP_WORDS, stem
from .claims import asides, verb_spans
from .subordinate import stretches

# a word ("second-fastest" is two) or a number without the comma or stop after it ("2015," is 2015)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*")
_COMMA = re.compile(r",(?=\s)")  # a clause's comma, not that of "2,600"
# rule `appositive-clause`: ", the plane may have exceeded ...": a verb group of an auxiliary or a modal
# before the next comma makes ", the ..." a clause, not an appositive
_APPOSITIVE_CLAUSE = re.compile(
    r",\s+(?:the|a|an)\s+[^,]*?\b(?:will|would|can|could|may|might|must|should|shall|is|are|was|were|has|have"
    r"|had)\s+(?:not\s+)?[a-z]+",
    re.IGNORECASE,
)
# rule `side-stated`: the share of the line's main words (`main_spans`) the other sentence must hold more
# than, when it holds no main verb and at least `SIDE_HELD` of the side words; each part needs `PART_WORDS`
MAIN_HELD = 1 / 3
SIDE_HELD = 1 / 2
PART_WORDS = 2


def side_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The side stretches of `text`, in order, an opening side clause run past its asides (rule
    `opening-past-aside`), a stretch cut at a number's comma run on to the clause's (rule `number-comma`:
    "as it neared 16,000 feet"), and no appositive that holds a verb group (rule `appositive-clause`)."""
    spans = []
    for s, e in sorted({*stretches(text), *asides(text)}):
        if _APPOSITIVE_CLAUSE.match(text, s):
            continue  # rule `appositive-clause`: ", the plane may have exceeded ...": a clause
        if 0 < e < len(text) - 1 and text[e] == "," and text[e - 1].isdigit() and text[e + 1].isdigit():
            nxt = _COMMA.search(text, e + 1)  # rule `number-comma`
            e = nxt.start() if nxt else len(text)
        spans.append((s, e))
    if not spans:
        return ()
    first = spans[0]
    if first[0] <= 1 and text[first[0] :].lstrip(" \"“‘'")[:1].isupper():
        end = first[1]
        for s, e in spans[1:]:
            if s == end and e < len(text):  # an aside that opens at the opening clause's comma
                nxt = _COMMA.search(text, e + 1)
                end = nxt.start() if nxt else end
        spans[0] = (first[0], end)
    return tuple(spans)


def main_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of `text` outside its side stretches (`side_spans`): its main clause."""
    out, at = [], 0
    for s, e in side_spans(text):
        if s > at:
            out.append((at, s))
        at = max(at, e)
    if at < len(text):
        out.append((at, len(text)))
    return tuple(out)


def _stems(text: str, spans: tuple[tuple[int, int], ...]) -> set[str]:
    return {
        stem(w.lower())
        for s, e in spans
        for w in _WORD.findall(text, s, e)
        if w.lower() not in STOP_WORDS and len(w) > 1
    }


def main_verbs(text: str) -> set[str]:
    """The stems of the verbs of `text`'s main clause (`main_spans`), reporting verbs aside ("said")."""
    return {
        stem(text[s:e].lower())
        for a, b in main_spans(text)
        for s, e, speech in verb_spans(text, a, b)
        if not speech
    }


def side_stated(text: str, other: str) -> bool:
    """Rule `side-stated`: `other` writes `SIDE_HELD` or more of `text`'s side words, none of the verbs of its
    main clause (`main_verbs`) and at most `MAIN_HELD` of its main words: it states a side clause of
    `text`, not `text` ("The mayor of Harwick resigned after the council voted to cut the budget" is not
    stated by "The council voted to cut the budget")."""
    side = side_spans(text)
    if not side:
        return False
    verbs = main_verbs(text)
    main_words = _stems(text, main_spans(text))
    side_words = _stems(text, side) - main_words
    if not verbs or len(main_words) < PART_WORDS or len(side_words) < PART_WORDS:
        return False
    held = _stems(other, ((0, len(other)),))
    return (
        not verbs & held
        and len(side_words & held) >= SIDE_HELD * len(side_words)
        and len(main_words & held) <= MAIN_HELD * len(main_words)
    )
