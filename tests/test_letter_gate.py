"""`letter_gate.gated`: a case-insensitive word alternation written to open on its first letters matches
what the plain alternation matches (align's negation, hedge and pronoun-speech patterns are written so)."""

from __future__ import annotations

import random
import re
import re._parser as sre_parse

import pytest

from newsbrief.align import features
from newsbrief.analyze import attribution
from newsbrief.letter_gate import gated, gated_cased
from newsbrief.lexicon.verbs import SPEECH_LIST, SPEECH_VERBS

# (pattern, its plain form as written before, compiled with re.IGNORECASE)
_NEGATION_WORDS = "|".join(sorted(features._NEGATION))
_DENIED = "|".join(features.DENIED_BY_NON)
_SAID = r"\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|noted|insisted|continued)\b"
_WRITTEN = [
    (features._NEGATION_RE, rf"\b(?:{_NEGATION_WORDS})\b|n['’]t\b|\bnon-(?=(?:{_DENIED})\b)"),
    (features._HEDGE_RE, r"\b(?:" + "|".join(sorted(features._HEDGE)) + r")\b"),
    (features._PRONOUN_SPEECH, rf"\b(?:he|she){_SAID}|\b(?:said|says|added|wrote)\s+(?:he|she)\b"),
]
_IDS = ["negation", "hedge", "pronoun-speech"]

_CASES = [
    "He did not say so; she couldn't, and NOBODY knows. Non-fatal, non-profit, non-life-threatening.",
    "It may be unlikely; MAYBE if, unless whether. Perhaps? could_n't mustn’t",
    "he said, she added, said he, Said She, SHE TOLD, wrote she; the said he",
    "ſhe ſaid, KNOWN, İf, ıf, maybe, ſhould, unleſs, Kould",
    "a_not bnot not_ no1 1no nothing-more x-never never.never\nnot\tno",
]


def _random_texts(n: int, seed: int = 47) -> list[str]:
    rng = random.Random(seed)
    words = ["not", "no", "he", "she", "said", "may", "if", "non-", "fatal", "n't", "n’t", "nothing", "could"]
    alphabet = list("nNoOtTsShHeEaAiIdDfF' ’-_.,\n1ſKİıé")
    out = []
    for _ in range(n):
        k = rng.randrange(25)
        out.append(
            "".join(rng.choice(words) if rng.random() < 0.4 else rng.choice(alphabet) for _ in range(k))
        )
    return out


def _matches(p: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> list:
    end = len(text) if endpos is None else endpos
    return [(m.span(), m.group()) for m in p.finditer(text, pos, end)]


@pytest.mark.parametrize(("pattern", "plain"), _WRITTEN, ids=_IDS)
def test_gated_pattern_matches_what_the_plain_alternation_matched(
    pattern: re.Pattern[str], plain: str
) -> None:
    was = re.compile(plain, re.IGNORECASE)
    for text in _CASES + _random_texts(3000):
        assert _matches(pattern, text) == _matches(was, text), text
        # searched from inside the text or up to a point in it, as `_hedged` and `claims` search
        assert _matches(pattern, text, 3, len(text) - 2) == _matches(was, text, 3, len(text) - 2), text


@pytest.mark.parametrize(("pattern", "plain"), _WRITTEN, ids=_IDS)
def test_gated_pattern_opens_on_a_character_class(pattern: re.Pattern[str], plain: str) -> None:
    assert not pattern.flags & re.IGNORECASE
    assert sre_parse.parse(pattern.pattern, pattern.flags).data[0][0] is sre_parse.IN  # searched from these


def test_gated_keeps_the_order_of_words_with_one_first_letter() -> None:
    p = re.compile(gated([("no", False), ("nothing", False), ("never", True)]))
    assert p.match("nothing").group() == "no"  # the first word that matches, as in `no|nothing`
    assert p.search("xnever") is None and p.search("xnothing").group() == "no"


@pytest.mark.parametrize("alt", ["1st", "(?:a|b)", "a?b", "é", "a(b)", ""])
def test_gated_refuses_an_alternative_it_cannot_write(alt: str) -> None:
    with pytest.raises(ValueError, match="gated"):
        gated([(alt, True)])
    with pytest.raises(ValueError, match="gated"):
        gated_cased([alt])


_PLAIN_VERB = (
    r"\b(?:" + SPEECH_VERBS + r"|According to|(?:(?<![\s\S])|(?<=^\s)|(?<=[”\"’»])|(?<=[”\"’»]\s))pronounced"
    r"|pronounced(?=\s+(?:that\b|[“\"]))|shared(?=\s*[.,]))\b"
)
_VERB_CASES = [
    '"We will stay," pronounced the mayor. "Go" pronounced he. pronounced that "no". more pronounced',
    " pronounced dead; She said, he says, they agreed to pay, he agreed. According to police, SAID",
    'it shared, "yes" and shared a photo; she shared. Xsaid unsaid said_ said- said1 “pronounced',
    "wrote in to say; wrote; asserted; Said; according to; ſaid",
]


def test_speech_verb_pattern_matches_what_the_plain_alternation_matched() -> None:
    was = re.compile(_PLAIN_VERB)
    words = ["said", "pronounced", "shared", "agreed", "to", "According", "wrote", "in", "that", "says"]
    rng = random.Random(47)
    alphabet = list('sSaAiIdDpPrR ,.\n"”“’»_1ſ')
    texts = _VERB_CASES + [
        "".join(
            rng.choice(words) if rng.random() < 0.4 else rng.choice(alphabet)
            for _ in range(rng.randrange(25))
        )
        for _ in range(3000)
    ]
    for text in texts:
        assert _matches(attribution._VERB, text) == _matches(was, text), text
        assert bool(attribution._VERB.fullmatch(text)) == bool(was.fullmatch(text)), text
    for w in SPEECH_LIST:
        assert attribution._VERB.fullmatch(w) and was.fullmatch(w)
    assert sre_parse.parse(attribution._VERB.pattern).data[0][0] is sre_parse.BRANCH  # of literals: searched
    assert re.compile(gated_cased(["said", "says"])).search("he says").group() == "says"  # from "s"s only


def test_gated_cased_keeps_the_order_of_words_with_one_first_letter() -> None:
    p = re.compile(gated_cased(["wrote", "wrote in", "warned"]))
    assert p.match("wrote in").group() == "wrote"  # the first that matches, as in `wrote|wrote in`
    assert p.search("rewrote") is None and p.search("Wrote") is None
