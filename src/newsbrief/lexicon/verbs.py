"""Verb lemmas learned from the Multi-News training stories (`data/verbs.txt`, written by
`scripts/mine_verbs.py`: words written as verbs, after "to" and a modal, and hardly ever after a
determiner) and their forms: align's clause reader (rule `present-verb`) and attribution's verb test read
them; `SPEECH_VERBS`, the verbs that introduce words said (a hand list), and `PLAIN_SAYING`, its plain
subset that render's writers-voice rule reads; `RISE_VERBS` / `FALL_VERBS`, the verbs of a value's change
(a hand list) that `numbers` and align read.
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


# The verbs (and "according to") that introduce words said, a word list ("|" between words and phrases, no
# pattern): attribution, coreference and align's quoted-title rule (a phrase quoted after one is speech, not
# a title) read the one pattern `SPEECH_VERBS` built from it.
_SPEECH_LIST = (
    "said|says|say|told|tells|added|adds|noted|notes|wrote|writes|asked|asks|replied|replies|explained|"
    "explains|continued|reiterated|acknowledged|stated|states|declared|insisted|insists|argued|argues|"
    "claimed|claims|recalled|recalls|warned|warns|announced|began|reported|reports|recounted|urged|"
    "admitted|conceded|tweeted|posted|commented|joked|responded|testified|quipped|remarked|observed|"
    "cautioned|predicted|suggested|emphasized|emphasised|stressed|shot back|countered|complained|retorted|"
    "retorts|proclaimed|proclaims|"
    "confirmed|denied|described|called|calling|saying|adding|telling|describing|texted|wrote in|"
    "elaborated|reveals|revealed|vowed|vows|promised|pleaded|boasted|gushed|laughed|whispered|shouted|yelled|"
    "screamed|shrieked|exclaimed|rued|scoffed|lamented|mused|concluded|concedes|admits|acknowledges|contends|contended|maintained|"
    "concludes|describes|worries|wonders|muses|laments|recounts|quips|jokes|cautions|"
    "snapped|snaps|fumed|fumes|interjected|chimed in|pointed out|points out|protested|objected|confided|"
    "confides|sighed|sighs|sobbed|barked|growled|beamed|marveled|marvelled|marvels|raved|raves|gasped|"
    "groaned|ventured|demanded|demands|bellowed|bellows|hollered|sniffed|sniffs|ruminated|summed up|sums up|"
    "cooed|coos|asserts|"
    # the other tense or person of a verb listed above (session 31), and "aver"; not "continues" ("continues
    # to be viewed as") nor "remarks" ("“…” — remarks some thought were aimed at him"): more often no saying
    "announces|answers|barks|beams|begins|boasts|comments|complains|confirms|counters|declares|"
    "denies|disagrees|elaborates|emphasizes|emphasises|exclaims|gasps|groans|growls|gushes|hollers|"
    "interjects|laughs|maintains|objects|observes|pleads|posts|predicts|promises|protests|reiterates|"
    "responds|rues|ruminates|scoffs|screams|shouts|shrieks|sobs|stresses|suggests|testifies|texts|tweets|"
    "urges|ventures|whispers|yells|shoots back|chimes in|calls|averred|avers|"
    "agreed|agrees|disagreed|answered|wondered|asserted|"
    "according to"
)

SPEECH_LIST: tuple[str, ...] = tuple(_SPEECH_LIST.split("|"))

# What may not follow a word of `SPEECH_LIST` for it to be a verb of saying: "agreed to pay", "agrees with
# the mayor", "agreed on a deal", "agreed that ..." tell of an agreement, not of words said.
_NOT_FOLLOWED_BY = {
    "agreed": r"(?!\s+(?:to|with|on|that)\b)",
    "agrees": r"(?!\s+(?:to|with|on|that)\b)",
}

# The pattern of `SPEECH_LIST` (an alternation, in its order: "wrote" before "wrote in"), and its parts.
SPEECH_ALTERNATIVES: tuple[str, ...] = tuple(w + _NOT_FOLLOWED_BY.get(w, "") for w in SPEECH_LIST)
SPEECH_VERBS = "|".join(SPEECH_ALTERNATIVES)

# The verbs of `SPEECH_LIST` written as one word that are verbs of saying whatever follows, as a set (align's
# open-question guard and said_only, clean's widget guards, caseless): the word tests that need no pattern.
# Session 45: built from the pattern before, split inside "agreed(?!...(?:to|with|on|that))", it held "on"
# and "with".
SPEECH_WORDS = frozenset(w for w in SPEECH_LIST if w.isalpha() and w not in _NOT_FOLLOWED_BY)

# The plain verbs of saying (the forms of say, tell, add, write, explain and ask, and "according"): a subset
# of `SPEECH_VERBS` with the base forms it leaves out. Render's rule writers-voice reads a first-person
# sentence with one as someone else's words, not the writer's. Narrower on purpose, as the rule was written
# and measured: `SPEECH_VERBS` would also take the writer telling of their own acts ("I noted", "we
# reported", "I described", "we posted") for someone else's words.
PLAIN_SAYING = (
    "says|say|said|saying|told|tells|tell|adds|add|added|wrote|writes|explains|explain|explained|"
    "asks|ask|asked|according"
)

# The verbs of a value that rose or fell ("prices climbed", "shares slid"), one list each (issue 14, session
# 41: `numbers` and align kept a list each). `numbers` rule `change-from` reads "from X to Y" after one as a
# change; align's rule `direction` takes every verb of one list for the opposite of every verb of the other,
# and rule `values-of-others` reads the holder of a value before one.
RISE_VERBS = frozenset([
    "rose", "risen", "climbed", "jumped", "soared", "surged", "gained", "grew", "grown", "increased",
    "rallied", "spiked",
])  # fmt: skip
FALL_VERBS = frozenset([
    "fell", "fallen", "dropped", "slid", "slumped", "plunged", "plummeted", "tumbled", "declined", "sank",
    "shrank", "shrunk", "decreased", "slipped", "dipped",
])  # fmt: skip
