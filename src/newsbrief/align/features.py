"""What one sentence states, in a form two sentences can be compared by: clauses, concepts, numbers.

A sentence is split into clauses at strong breaks (";", dashes, ", which", ", while", ", but", ...).
Each clause becomes a set of *concepts*:

* content words, Porter-stemmed, with general news paraphrases folded into one concept
  (`data/concepts.txt`: "walkout" / "stoppage" / "strike");
* participants: capitalised names, short forms and demonyms folded (`data/names.tsv`: "U.S." /
  "United States" / "American" are one participant; "Donald Trump" counts as "donald" and "trump");
* numbers as `analyze.numbers` reads them (value, counted noun, the interval "about" allows), years,
  and years counted back from the article's date ("the first in eleven years" in a 2024 article is
  "since 2013").

The clause also records negation ("not", "never", "without", "failure to") and hedging ("may",
"could", "whether"); the sentence records its quotations and whether it is page furniture (too short,
a promo in parentheses, a headline without a verb-like word, a line ending on a colon). Everything
here is a pure function of the text and the story's documents; no model is loaded. Hand-written
because no library folds paraphrases and reads counts this cheaply (the whole stage has a 20 ms
budget per story).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from operator import itemgetter

from ..analyze.numbers import (
    DENOMINATORS,
    LABEL_BEFORE,
    MONTH_BEFORE,
    NAME_BEFORE,
    SCALE_WORDS,
    WORD_VALUES,
    Count,
    counts,
    qualified_count,
    years,
)
from ..casing import TOKEN as _TOKEN
from ..casing import capitalises_inside, folds_apart, lost_case
from ..letter_gate import gated
from ..lexicon.gazetteer import gazetteer
from ..lexicon.months import (
    MONTHS,
    SHORT_WITH_STOP,
    WEEKDAYS,
    day_pattern,
    hint_pattern,
    names_pattern,
    short_pattern,
)
from ..lexicon.naming import CALLING, NAMING_PARTICIPLES, named_by_frame, names_a_thing
from ..lexicon.verbs import PLAIN_SAYING, SPEECH_VERBS, SPEECH_WORDS
from ..owner_chain import PRONOUNS, chain_lead
from ..represent import STOP_WORDS, stem
from .aliases import JOINING, story_aliases
from .claims import ClauseClaim, month_may, verb_spans
from .claims import claims as clause_claims
from .subordinate import SEMICOLON, stretches

_QUOTE = re.compile(r"“[^“”]*”|\"[^\"]*\"")
# British quotation marks: an opening single mark at the start or after a space or bracket, before a letter
# ("'It was not a real gun."); a closing one after a letter or digit, before a space or punctuation; a
# closing one after a comma or a stop ("a stupid joke,' they said") is never an apostrophe, so it may close
# a quotation opened in a sentence before (`single_quoted_spans`)
# (each opens on its mark, the character before it read after: the engine looks for the mark, rather than
# trying the look-behind at every position: `(?:^|(?<=[\s(\[—–]))['‘]` and `(?<=[A-Za-z0-9.,!?])['’]`)
_SINGLE_OPEN = re.compile(r"['‘](?<![^\s(\[—–]['‘])(?=[A-Za-z])")
_SINGLE_CLOSE = re.compile(r"['’](?<=[A-Za-z0-9.,!?]['’])(?=$|[\s.,;:!?)\]—–])")
# "he said", "she added", "said he": a speaker written as a pronoun (`Facts.pronoun_said`)
# (`\b(?:he|she)\s+(?:said|...)\b|\b(?:said|...)\s+(?:he|she)\b`, case aside, opening on its first letters:
# `letter_gate`)
_SAID_AFTER = r"\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|noted|insisted|continued)\b"
_PRONOUN_SPEECH = re.compile(
    gated(
        [(p + _SAID_AFTER, True) for p in ("he", "she")]
        + [(v + r"\s+(?:he|she)\b", True) for v in ("said", "says", "added", "wrote")]
    )
)
# a match of `_PRONOUN_SPEECH` holds one of these, case aside: a sentence with none is not searched
# (`_pronoun_speech`; the pattern scans every position of a sentence, the string tests are cheap)
_SPEECH_STEMS = (
    "said",
    "says",
    "add",
    "told",
    "tell",
    "wrote",
    "writes",
    "explain",
    "noted",
    "insist",
    "continue",
)
# a match of `_NAMED_AGE` or of `_PERSON_AGE`'s first branch holds this (`named_ages`'s cheap test)
_AGE_COMMAS = re.compile(r",\s+(?:\d{1,3},|an?\s+\d{1,3}-year-old\b)")
# every match of `_BREAK` (below) holds one of these: a sentence with none is one clause (`clause_spans`)
_BREAK_MARKS = (",", ";", ":", "—", "–", "--")
# A break is spaces then a semicolon, a colon or a dash set off by spaces ("; ", " — "), or a comma before a
# word that opens a clause. Written to open on one character the engine can look for (a space, ";", ":" or
# ","), each branch after it trying what `(?=[\s;:,])\s*(?:...)` tried, in the same order: from a space,
# more spaces before the mark, then the space as the dash's own; the semicolon's look-behinds read past it.
_MARK = r"(?:" + SEMICOLON + r"|:\s|\s[—–]\s|\s--\s)\s*"
# rule `or-value` (recall44): ", or 3.5 %" after a value restates it in another measure ("closed down 391.01
# points, or 3.5 %, to 10,733.83"): no new clause, so the two values stay in one clause with their verb
_OR_VALUE = (
    r"(?!(?:about|around|roughly|nearly|almost|some|more than|less than|just over|just under)?\s*[$£€]?\d)"
)
_COMMA_BREAK = (  # `_BREAK`'s last branch: a comma before a word that opens a clause
    r",[\"”’']?\s+(?=(?:which|who|whom|whose|while|whereas|but|although|though|because|after|before|when|"
    r"where|so|leaving|bringing|according|saying|adding|the first|the last|the latest)\b|and\s|or\s"
    + _OR_VALUE
    + r"|(?:[\w’'.-]+\s){1,6}(?:said|says|told|added|reported|announced)\b)"
)
_BREAK = re.compile(
    r"\s(?:\s*" + _MARK + r"|(?:[—–]\s|--\s)\s*)"
    r"|;(?<!&[A-Za-z]{2};)(?<!&[A-Za-z]{3};)(?<!&[A-Za-z]{4};)\s*|:\s\s*"
    r"|" + _COMMA_BREAK
)
# in a sentence with a comma and none of the other `_BREAK_MARKS`, `_BREAK` can match only on its last
# branch: that branch alone finds the same breaks, tried at the commas only, not at every space
_COMMA_BREAK_RE = re.compile(_COMMA_BREAK)
_OTHER_MARKS = tuple(m for m in _BREAK_MARKS if m != ",")
# "Turkey's Foreign Ministry said Mubarak ...", "Police told the Anatolia news agency that ...": who
# reports a claim, in front of it (at most eight words, then a reporting verb, then the claim) ...
_LEADING_ATTRIBUTION = re.compile(
    r"(?:[\w’'.-]+\s){1,8}?(?:said|says|told(?:\s[\w’'.-]+){0,4}?|added|reported|announced|confirmed)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?:that\s+)?(?=\S+\s\S+\s\S)"
)
_LEADING_VERBS = ("said", "says", "told", "added", "reported", "announced", "confirmed")  # one is in a match
# an opening participle's question, to its comma ("Asked whether he paid the fine, Jon Tallis said ...";
# "When asked if ..., ..."): `Facts.asked_to`, which rule open-question reads
_ASKED_OPENING = re.compile(r"(?:When\s+|After being\s+)?[Aa]sked\b[^,.;:!?\"“”]{1,200},")
# ... unless the claim opens on a pronoun, the reporter itself ("PAL says it is unable to pay")
_PRONOUN_NEXT = re.compile(r"(?:he|she|it|they|we|i|his|her|its|their|our)\b", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"^\s*(?:according to\b|(?:[\w’'.-]+\s){1,6}(?:said|says|told|added|reported|announced)\b[^,;]{0,40}$)",
    re.IGNORECASE,
)
# a word every match of `_ATTRIBUTION` holds, lower-cased: without one (or a letter `casing.folds_apart`),
# the clause is no attribution and the pattern is not tried
_ATTRIBUTION_WORDS = ("said", "says", "told", "added", "reported", "announced", "according to")
_NEGATION = frozenset(
    re.findall(
        r"\w+",
        "not cannot no never without none neither nor nobody nothing fail failed fails failure refuse"
        " refused refuses deny denied denies unable",
    )
)
_ROLE_WORDS = (
    "leader|president|dictator|ruler|king|queen|premier|chancellor|prime minister|foreign minister"
    "|ambassador|envoy"
)
# the country or people a role is of: a capitalised word, or an abbreviation with or without its dots
# ("U.S.", "US": one key, `_role_key`)
_ROLE_OF = r"(?:North |South )?(?:[A-Z][a-z]+|U\.S\.|US|U\.K\.|UK|U\.N\.|UN)"
_ROLE = re.compile(
    r"\b(" + _ROLE_OF + r") (" + _ROLE_WORDS + r") ((?:[A-Z][a-z]+ ?){1,3})(?=\W)",
)
_ROLE_TO = r"(?: to (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?))?"  # "ambassador to (the) Syria": where
_ROLE_ALONE = re.compile(r"\b(" + _ROLE_OF + r") (" + _ROLE_WORDS + r")" + _ROLE_TO + r"\b(?! [A-Z])")
# rule `role-appositive`: a name and its role in an appositive ("Robert Ford, the US ambassador to Syria,"):
# later "the U.S. ambassador to Syria" is Ford, as "US ambassador Robert Ford" makes him; a role with a
# place it is to is that role only ("the US ambassador to Iraq" is someone else)
_ROLE_APPOSITIVE = re.compile(
    r"\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+), the (" + _ROLE_OF + r") (" + _ROLE_WORDS + r")" + _ROLE_TO
)

# rule `role-appositive-person`: words the name group of an appositive is no person with: a day, a month, a
# sentence's opening preposition or time word ("On Monday, the Syrian leader ...": no "monday" leader)
_NOT_A_PERSON = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(
        ["On", "In", "At", "Yesterday", "Today", "Tonight", "Meanwhile", "Earlier", "Later", "Now", "Then"]
    )
)


def _a_person(group: str) -> bool:
    """Rule `role-appositive-person`: the name group before ", the <role>" names a person: none of its words
    is a day, a month or an opening word (`_NOT_A_PERSON`), nor is it a place ("In Damascus, the US
    ambassador ...": `data/names.tsv`, the gazetteer's places)."""
    words = group.split()
    if any(w in _NOT_A_PERSON for w in words):
        return False
    return group not in lexicon().names and gazetteer().kind_of(tuple(words)) != "place"


def _role_key(of: str, role: str, to: str | None = None) -> str:
    """The key of a role in `Casing.roles`: whose role, lower-cased and its dots dropped ("U.S." and "US"
    are one), the role word, and the place it is to, if any ("us ambassador to syria", "north korean
    leader")."""
    key = f"{of.replace('.', '').lower()} {role.lower()}"
    return f"{key} to {to.lower()}" if to else key


_POSSESSIVE = re.compile(r"['’]s$")
# not a denial: "no more than", "not only", "no doubt", "no matter (what)", "not ... until Monday" (it
# happens, on Monday), and "No. 2" (the abbreviation of "number": "No. 2 on the list of most wanted"); nor
# the other side of a comparison, "reported higher well-being after having casual sex compared to not
# having sex" (rule `compared-not`: what is compared against is no claim denied)
_NOT_NEGATION = re.compile(
    r"\b(?:nothing|no) more than\b|\bnot only\b|\bno doubt\b|\bno matter\b|\bno\.\s?\d"
    r"|(?:\bnot|n['’]t)\b[^,;.]{0,40}?\buntil\b"
    r"|\b(?:compared (?:to|with)|rather than|instead of|as opposed to)\s+(?:not|never)\b",
    re.IGNORECASE,
)
# a match of `_NOT_NEGATION` holds one of these, case aside (`_clause` tests them first, `folds_apart` aside)
_NOT_NEGATION_HINTS = (
    "more than",
    "not only",
    "no doubt",
    "no matter",
    "no.",
    "until",
    "compared",
    "rather than",
    "instead of",
    "opposed to",
)
_HEDGE = frozenset(
    re.findall(
        r"\w+",
        "may might could would should must if unless whether possibly probably perhaps likely unlikely maybe",
    )
)
# rule `denying-prefix`: "non-" denies the harm words of `DENIED_BY_NON` as "no" does: "non-life-threatening
# injuries" states "no life-threatening injuries" and clashes with "life-threatening injuries"; other "non-"
# words name a kind ("non-profit", "non-governmental") and deny nothing
DENIED_BY_NON = ("life-threatening", "fatal")
# `\b(?:cannot|...)\b|n['’]t\b|\bnon-(?=...)` and `\b(?:could|...)\b`, case aside, written to open on their
# words' first letters (`letter_gate`: searched only from those, ~2x faster)
_NEGATION_RE = re.compile(
    gated(
        [(w + r"\b", True) for w in sorted(_NEGATION)]
        + [(r"n['’]t\b", False), (r"non-(?=(?:" + "|".join(DENIED_BY_NON) + r")\b)", True)]
    )
)
_HEDGE_RE = re.compile(gated([(w + r"\b", True) for w in sorted(_HEDGE)]))
_REL_YEAR = re.compile(
    r"\b(?:in|for)\s+(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+)?"
    r"(\d{1,3}|[a-z]+)\s+years\b|\bsince\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# the number words `analyze.numbers` reads, but "hundred", read apart here ("a hundred", "hundreds")
_WORD_NUM = {w: n for w, n in WORD_VALUES.items() if w != "hundred"}
_WORD_DIGITS = {w: str(n) for w, n in _WORD_NUM.items()}
_FRACTIONS = tuple(DENOMINATORS)  # "half of their income"
_NUMBERISH = re.compile(
    r"\d|\b(?:" + "|".join((*_WORD_NUM, *_FRACTIONS, *SCALE_WORDS)) + r"|hundred)\b", re.IGNORECASE
)
# rule `whole-number` (recall44): never the head of a longer number ("10733.83" is no 1073)
# its look-behind after the first digit: searched only from digits (as `aliases._LONG`)
_BIG_NUMBER = re.compile(r"\d(?<![\w.,$£€]\d)(?:\d{0,2}(?:,\d{3})+|\d{2,})(?!\d|[\w,]\d|\.\d)")
# an age, its half or quarter as a glyph, ".5" or a fraction after a space or hyphen ("2 1/2": rule
# `slash-fraction-age`, issue 14's "ages 2 1/2, 3 and 2", read as one age, not 2 then nothing)
_AGE_NUM = r"\d{1,3}(?:½|¼|¾|\.5|[ -](?:1/2|1/4|3/4)(?!\d))?"
_AGE_PARTS = {"½": 0.5, "¼": 0.25, "¾": 0.75, ".5": 0.5, "1/2": 0.5, "1/4": 0.25, "3/4": 0.75}
_AGES = re.compile(
    r"\b(?:aged?|ages)\s+(" + _AGE_NUM + r"(?:\s*,\s*" + _AGE_NUM + r")*(?:,?\s+and\s+" + _AGE_NUM + r")?)\b",
    re.IGNORECASE,
)
# a day of a month ("Oct. 30", "August 7th"; "May" only capitalised, not the modal): `Facts.days`
_DAY = re.compile(r"\b(?=[ADFJMNOS][aceopu])(" + day_pattern() + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")
# a month named as when something happened, with no day ("in May 2012", "In July,", "last August"; months
# capitalised, so "May" after a preposition, never the modal): `Facts.months`, rule `months-differ`
_MONTH = re.compile(
    r"\b(?i:in|since|by|until|through|from|during|last|early|late|mid-|of)\s+(?:(?i:early|late|mid-)\s*)?"
    r"(" + names_pattern() + "|" + short_pattern() + r")(?:,?\s+(\d{4})\b)?(?!\s*\d)"
)
_MONTH_HINT = re.compile(r"(?:" + hint_pattern() + ")")  # `_MONTH`'s cheap test
# a clock time ("06:57", "23:49:56", "10 p.m.", "1400 GMT"): `Facts.times`
_TIME = re.compile(
    r"\b(\d{1,2}:\d{2})(?::\d{2})?(?![\d:])|\b(\d{1,2}(?::\d{2})?\s*[ap]\.m\.)|\b(\d{4})\s*(?:GMT|UTC)\b"
)
_PERSON_AGE = re.compile(r"\b[A-Z][a-z]+\.?,\s+(\d{1,3}),|\b(\d{1,3})-year-old\b")
# "Dr. Barnett A. Slepian, 52,": the name an age is written after (`Facts.named_ages`)
# ... and rule `named-year-old`: the age of an apposition after the name ("Marta Keller, a 52-year-old
# teacher,": keller, marta, 52)
_PLACE_BEFORE = frozenset(
    ["in", "at", "near", "from", "to", "of", "outside", "inside", "across", "around", "for", "on", "by"]
)
_NAMED_AGE = re.compile(
    r"((?:\b[A-Z][a-z]*\.?\s+){0,3})\b([A-Z][a-z]+),\s+(?:(\d{1,3}),|an?\s+(\d{1,3})-year-old\b)"
)
# rule `caseless-age`: in a story that lost its case, an age after a lower-case word ("police arrested
# torrez, 31, on wednesday") is that surname's as "Torrez, 31," is, with no given name (none can be told
# from the words before it); never after a stop word, a month or a weekday ("on sunday, 12, ...")
_CASELESS_AGE = re.compile(r"\b([a-z][a-z'’-]{2,}),\s+(\d{1,3}),")
# rule `lower-surname-age` (issue 14, session 57): in a cased story, an age after a surname written in lower
# case, as Multi-News writes most names ("Reyhaneh jabbari, 27,", "buzz60 lakeith smith, 18,"): that
# surname's, the word before it (a space apart, no stop word, title, month or weekday) its given name
_VERB_FORM = re.compile(r"^\w{4,}(?:ed|ing)$")  # a word before a surname that is a verb form ("arrested")
UNSURE = "?"  # marks a given name read from any word before a lower-case surname (`_lower_surname_ages`)
_LOWER_SURNAME_AGE = re.compile(r"(?:\b([A-Za-z][a-z'’-]+) )?\b([a-z][a-z'’-]{2,}),\s+(\d{1,3}),")
_NO_SURNAME = STOP_WORDS | frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))
MAX_AGE = 120  # a larger number after a name and a comma is no age
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "rev", "sen", "rep", "gov", "gen", "sgt", "officer"])
_MONEY_NOUN_BEFORE = re.compile(
    r"\b([a-z]{3,})\s+(?:worth|valued at|priced at|costing)\s+(?:(?:more|less) than\s+|about\s+|nearly\s+"
    r"|almost\s+|over\s+|some\s+|an estimated\s+)?$"
)
# "$2.40 a day", "$70,000 a year", "$5 per share": a sum per something is a rate, another slot than a sum
_PER = re.compile(r"\s+(?:a|an|per|each)\s+(day|week|month|year|hour|night|share|person|head|barrel)\b", re.I)
_MONEY_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+-)?([a-z]{3,})\b")
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?([a-z]{3,})\b")
_PROMO = re.compile(
    r"^\(?\s*(?:learn more|read more|click|watch|see also|sign up|subscribe|related|more from|share)\b",
    re.IGNORECASE,
)
# the outlet asking its readers for something ("Send us a tip at ...", "..., we'd like to hear from
# you."): the same line under every article of one outlet, never a claim of the story
_ASKS = ("send us", "tell us", "email us", "e-mail us", "contact us", "write to us")
_HEAR = re.compile(r"\bwe(?:'|’)?(?:d| would)? (?:like|love|want) to hear from you\b", re.IGNORECASE)
# a syndicate's contact line or note to editors ("--Latin America: ANA PENA in New York, 212-499-3333;
# fax, 212-499-3382.", "&UR; EDITORS: Visit The New York Times Syndicate Web site at ..."): 29 such lines
# in 10 of the 50 DUC 2006 dev topics, the same words in every article the syndicate sent
_CONTACT = re.compile(r"\b(?:[Ff]ax|FAX|[Tt]elex|TELEX)\b[,:]?\s*\+?\(?\d|\bEDITORS?:")
_FIRST_NAME = re.compile(r"[A-Z][a-z]+ ")
# "Buffalo Springs Drive", "East 84th Street"; a day or month after it ("… Drive Monday night") is not
# part of the street
_STREET = re.compile(
    r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + names_pattern() + r")\b)"
    r"[A-Z0-9][\w.'’-]*\s?){1,4}"
)
# "may vote", "will pay", "is expected to announce", "plans to close": an event still to happen
# (`Facts.pending`); what one means or is said to be about to do has not happened yet
INTENT = "expected plans plan planned intends intend scheduled set likely threatened threatens going"
# rule ordered-to: what one is told, ordered or asked to do is not done yet either ("Jon Tallis was told
# to resign" / "Jon Tallis resigned": session 25 review S3)
ORDERED = "told ordered asked urged instructed directed"
_MODALS = frozenset(["may", "might", "could", "will", "would", "shall", *INTENT.split(), *ORDERED.split()])
_MODAL = (
    r"\b(?:may|might|could|will|would|shall|(?:" + "|".join([*INTENT.split(), *ORDERED.split()]) + r")\s+to)"
    r"\s+(?:soon\s+|also\s+|not\s+)?"
)
_MODAL_BEFORE = re.compile(_MODAL + "$")
_MODAL_RE = re.compile(_MODAL)
# rule `pending-stop-verb`: a verb of the stop words after a modal is still to happen too, though no
# concept ("was asked to see the Harwick files" / "saw the Harwick files": `claims.done_concept`)
_MODAL_STOP_VERB = re.compile(_MODAL + r"(see|go|become)\b")
# rule `done-other-doer`: an act ordered or to come, then told in the past after "and"/"but" and words of
# its own, is not done by the one ordered: another subject ("was asked to leave the set, but his crew
# left it"; "and the company paid") or a negation ("but he never saw them"); "and then resigned", "but he
# resigned", "and on Monday he resigned", "and last week he paid it" are: "he"/"she", time words, a
# digit and the words of `_SAME_DOER` (`_same_doer_word`; its adverbs named one by one, session 29 S3)
# hold no subject of their own; not any "-ly" word: "the family", "the assembly", lower-cased "kelly" are
# subjects.
# The words read are those after the last "and"/"but"/"yet", up to `_DOER_WORDS` ("and two days later his
# deputy resigned", "and the next day the insurer paid it": session 30 review S5, where four were read), a
# comma after any of them ("and two days later, his deputy resigned"). A counting word (`_COUNTING`) holds no
# subject only before a time unit ("two days later", "a few hours later", "an hour later", "two full days
# later"): "but few left", "and two resigned" name the doers (session 30 live review S1, session 31 N3)
_DOER_WORDS = 8
_OTHER_DOER = re.compile(
    rf"\b(?:and|but|yet)\s+((?:(?!(?:and|but|yet)\s)[\w'’]+,?\s+){{1,{_DOER_WORDS}}})$", re.IGNORECASE
)
_COUNTING = frozenset(
    ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few"]
)
_TIME_UNITS = frozenset(
    "day days week weeks month months year years weekend hour hours minute minutes".split()  # noqa: SIM905
)
_SPAN_WORDS = frozenset(["full", "whole"])  # ... a word of length between: "two full days later"
_SAME_DOER = frozenset(
    ["he", "she", "then", "later", "eventually", "finally", "soon", "also", "quickly"]
    + ["on", "in", "at", "by", "last", "next", "this", "that", "the", "following", "same", "early", "ago"]
    + [*_COUNTING, *_TIME_UNITS, *_SPAN_WORDS]
    + ["morning", "afternoon", "evening", "night", "today", "yesterday", "tonight"]
    + [w.lower() for w in (*WEEKDAYS, *MONTHS)]
    + ["promptly", "immediately", "swiftly", "duly", "subsequently", "ultimately", "reluctantly", "quietly"]
    + ["formally", "officially", "reportedly", "recently", "previously", "shortly"]
)
_CONTRACTIONS = (
    ("I", ("m", "ve", "d", "ll")),
    ("we", ("re", "ve", "d", "ll")),
    ("We", ("re", "ve", "d", "ll")),
)
# "I", "we", "our" ("us" only in lower case: "US" is the country): someone speaking for themselves,
# as tokens (a set lookup per word is cheaper than a pattern over the sentence)
_FIRST_PERSON = frozenset(
    ["I", "me", "Me", "my", "My", "myself", "Myself", "we", "We", "us", "our", "Our", "ours", "Ours"]
    + ["ourselves", "Ourselves"]
    + [p + a + e for p, es in _CONTRACTIONS for a in "'’" for e in es]
)
# present-tense words ending in "ed" ("may need" vs "need" is no event still to happen vs one done)
_PRESENT_EED = frozenset(
    [
        "need",
        "exceed",
        "proceed",
        "succeed",
        "feed",
        "speed",
        "bleed",
        "breed",
        "seed",
        "heed",
        "weed",
        "deed",
        "greed",
        "indeed",
    ]
)


def _speaks_for_self(words: list[str]) -> bool:
    """A first-person word among `words`; "I" after a capitalised word inside the sentence is a
    numeral ("World War I", "Elizabeth I", "Phase I"), not the speaker, and "us" after "the" is the
    country in a text that lost its case ("the senator said the us should pay": rule `the-us`)."""
    if _FIRST_PERSON.isdisjoint(words):
        return False
    return any(
        w in _FIRST_PERSON
        and not (w == "I" and k > 1 and words[k - 1][:1].isupper())
        and not (w == "us" and k > 0 and words[k - 1].lower() == "the")
        for k, w in enumerate(words)
    )


# Cheap tests that rule a costly pattern out before it runs (the stage's budget is per story): the
# lower-case letter runs of a clause, against the words each pattern needs; a hit still runs the pattern.
_SEGMENTS = re.compile(r"[a-z]+")
_NEGATION_HINT = _NEGATION | {"nothing", "no", "not", "non"}  # "non": rule `denying-prefix`
_NUMBER_HINT = frozenset(_WORD_NUM) | {"hundred", *_FRACTIONS, *SCALE_WORDS}
_DIGIT = re.compile(r"\d")  # any digit the number patterns read (they take Unicode digits too)
_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")  # a number in digits as written: "84" of "84th", "5,000"
# a place's part in a move: the word after "from" is where one goes from, after "to"/"into" where to
# (rule `point-ways`, `Facts.ways`)
_WAY = re.compile(r"\b(?:(from)|to|into)\s+", re.IGNORECASE)
_ROLE_HINTS = tuple(w.split()[-1] for w in _ROLE_WORDS.split("|"))
# A death toll with or without its counted noun ("killed 12", "the death toll rose to 14", "12 people
# were killed", "14 dead") is one slot, unit `dead`, so two tolls conflict. Hand-written: the count
# reader (`analyze.numbers.counts`) keeps only numbers with a counted noun.
_N = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_WORD_NUM) + r")"
_Q = (
    r"(?:at least |as many as |about |around |nearly |almost |more than |over |some |up to |an estimated "
    r"|estimated |roughly |approximately )?"
)
_TAKE_LIFE = r"\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|taken|tak(?:es|ing))"  # "claimed 40 lives"
# rule `toll-noun`: a count of deaths is a death toll, however the noun of death is written: "led to
# 270 deaths" / "killing 270 people", "129 fatalities", "claimed 1,200 lives", "cost 40 lives"; a rate
# ("2,000 deaths a year", "12 deaths per 100,000 people") is no toll, nor a number of a name ("COVID-19
# deaths", "9/11 deaths", "I-95"; "Flight 370", "Route 66": `death_tolls` skips a number after a
# capitalised word)
_TOLL_NOUN = re.compile(
    r"(?<![-/\w])"
    + _N
    + r"\b(?![.,]\d)\s+(?:deaths|fatalities)\b"
    + r"(?!\s+(?:a|each|every)\s+(?:year|month|week|day)\b|\s+annually\b|\s+per\b)"
)
_DEATHS = (
    re.compile(
        r"\b(?:death toll|toll)\b[^.;]{0,60}?\b(?:to|at|of|reached|hit)\s+" + _Q + _N + r"\b(?![.,]\d)"
    ),
    re.compile(
        r"\bkill(?:ed|ing|s)\s+"
        + _Q
        + _N
        + r"\b(?![.,]\d)(?:\s+(?:people|persons))?(?=\s*(?:[,.;]|and\b|in\b|on\b|$))"
    ),
    re.compile(
        r"\b"
        + _N
        + r"\b(?![.,]\d)\s+(?:(?:people|persons)\s+"
        + r"(?:(?:in|throughout|across|from)\s+(?:[A-Z][\w.-]*\s+){1,3})?)?"  # "32 people in Poland had died"
        + r"(?:(?:were|have been|had been|was|are|who|who have|who had|have|had)\s+)?"
        + r"(?:(?:believed|feared|said|reported) to have been\s+)?"
        + r"(?:killed|dead|died)\b"
    ),
    _TOLL_NOUN,
    re.compile(_TAKE_LIFE + r"\s+" + _Q + _N + r"\b(?![.,]\d)\s+lives\b"),
    re.compile(_TAKE_LIFE + r"\s+the\s+lives\s+of\s+" + _Q + _N + r"\b(?![.,]\d)"),
)
# rule `toll-range`: a toll given as a range ("killed between 200 and 250 people", "200 to 250 people were
# killed", "killed 200-250"): one toll of `lo`-`hi`, so "about 400 people" killed, whose usual width
# ("about": a tenth either way) cannot reach it, is another value of the slot. "And" makes a range only
# after "between" ("killed 12 and wounded 15" is two counts)
_SPAN = r"(?:[Bb]etween\s+" + _N + r"\s+and\s+" + _N + r"|" + _N + r"\s*(?:to|-|–)\s*" + _N + r")"
_DEATH_RANGES = (
    re.compile(
        r"\bkill(?:ed|ing|s)\s+"
        + _SPAN
        + r"\b(?![.,]\d)(?:\s+(?:people|persons))?(?=\s*(?:[,.;]|and\b|in\b|on\b|$))"
    ),
    re.compile(
        r"(?<![\w,.])"
        + _SPAN
        + r"\b(?![.,]\d)\s+(?:people|persons)\s+"
        + r"(?:(?:were|have been|had been|are|who|who have|who had|have|had)\s+)?(?:killed|dead|died)\b"
    ),
)
_DEATH_WORDS = frozenset(
    ["killed", "toll", "dead", "died", "killing", "kills", "deaths", "fatalities", "lives"]
)
_DEATH_CONTEXT = re.compile(r"\b(?:death|deaths|dead|died|killed|killing|kills|fatalities)\b", re.IGNORECASE)
_NUMBER_TOKENS = re.compile(r"[\d,.]*\d|[A-Za-z]+")
# "three other provinces", "the other 14 sailors", "another 5 people", "the remaining seven bills",
# "five more bodies": a part besides something already counted, never another value of a whole
PART_BEFORE = frozenset(["other", "another", "remaining", "additional", "further"])
# rule `ranked-part`: "their final two races", "the top three names", "the first four shootings", "the
# last 30 km": a count picked by rank from a larger set is a part of it, never that set's total
RANK_BEFORE = frozenset(["first", "last", "final", "top", "next"])
PART_AFTER = frozenset(["other", "others", "more", "additional"])
_LOWER_WORD = re.compile(r"[a-z]+|\d[\d,.]*")
_SPEECH = frozenset(["said", "says", "told", "reported", "announced", "added", "estimated"])  # "X said 450"
TITLE_WORDS = 8  # a quotation this short with its long words capitalised is a title (`_is_title`)
# "than expected", "as expected", "stronger-than-expected": a comparison with a forecast, not one; rule
# `would-forecast` (session 55): "surveys indicated the film would open with about $20 million" / "the film
# took $31 million" are a forecast and a result ("9 solar radii", once read as a count of "solar", made the
# one false conflict "would" gave: `numbers` rule `two-word-unit`). "would" is read only in the count's own
# words (`_WOULD_BEFORE`, `_WOULD_AFTER`): reported speech puts it in the next clause ("killed 16 people and
# said they would name them", "more than anyone would have feared"), where it says nothing of the count
_FORECAST = re.compile(
    r"(?<!-)(?<!\bthan )(?<!\bas )\b"
    r"(?:will|won't|expected|expects|projected|predicted|predicts|forecast|forecasts|likely)\b",
    re.IGNORECASE,
)
# "would open with about $20 million": "would" and at most four words, no punctuation, before the count
_WOULD_BEFORE = re.compile(r"\bwould(?:\s+[^\s,;:.]+){0,4}\s*$", re.IGNORECASE)
# "3,000 jobs would be cut": at most two words, no punctuation, between the count and "would"
_WOULD_AFTER = re.compile(r"(?:\s+[^\s,;:.]+){0,2}?\s+would\b", re.IGNORECASE)
GROWN_REACH = 120  # characters before a count that may tell it as a running count's later level (`_GROWN`)
FORECAST_REACH = 40  # characters either side of a count that may tell it as a forecast (`count_marks`)
_QUAL = r"(?:(?:at least|about|some|nearly|almost|more than|as many as|as much as|up to|around)\s+)?"
# rule `included`: "The fatalities included 71 people who died in landslides on one island and 41 ...": what
# a group is said to include is a part of it, as after "including", not the whole another sentence counts
_SUBSET = re.compile(
    r"\b(?:including|included|includes|include|among them|among whom|among those)\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
# rule `of-total`: a count told as part of a whole written before it ("Of that total, 88.4 percent -- or
# about 619,800 arrests", "Of them, 8,000 children"): a part of a count the text gives, not the whole
# another sentence counts
# rule `caseless-part` (read only in a story that lost its letter case, `pairs.caseless_slot`): a count
# written as one part of a group ("out of the 13 dogs", "ram singh and two accused", "another 20
# gigabytes", "39 percent of those who"), which another count of its noun may be the whole or another
# part of: mark `part-word` ("among" only after it: "was among six people who were shot" counts the whole)
_PART_WORD_BEFORE = re.compile(
    r"(?:\b(?:out of|of (?:the|these|those|them)|another|other|others|remaining|additional|plus)"
    r"|(?<![,;])\s+and)\s+" + _QUAL + r"(?:\$\s*)?$",  # ", and four democrats voted no": a clause, not a part
    re.IGNORECASE,
)
_PART_WORD_AFTER = re.compile(
    r"\s*[-\w]*\s*(?:of (?:the|these|those|them|whom|which)|out of|among)\b", re.IGNORECASE
)
_OF_TOTAL = re.compile(
    r"\bof\s+(?:(?:the|that|this)\s+(?:total|number|figure)|them|those)\s*,[^.;:]*$", re.IGNORECASE
)
# rule `grown-to`: the level a running count grew to ("raising the death toll from more than two weeks of
# freezing temperatures to at least 74", "the toll rose to 156", "bringing the total to 40"): its latest value
_GROWN = re.compile(
    r"\b(?:rose|risen|rising|raised|raising|climbed|climbing|jumped|increased|increasing|mounted|grew|grown"
    r"|swelled|pushed|pushing|bringing|brought)\b[^.;:]{0,80}\bto\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
# rule `so-far`: a count told as one so far in its own clause ("32 people ... had died of cold exposure thus
# far", "So far, 40 people have died", "38 cases as of september 30"): its value at one moment; another
# clause's "so far" ("killed 12 people, and investigators have found no cause so far") says nothing of it
# rule `now-risen` (session 55): "the death toll ... has now risen to 23", "now stands at": "now" with a
# count's rise in the perfect, or "stands", tells the level when the report was written, as "so far" does (a
# toll that "has risen to 140", no "now", says nothing of when: session 20 keeps it against "151" a conflict)
_PROVISIONAL = re.compile(
    r"\b(?:so far|thus far|to date|as of|at last count|now stands? at|(?:has|have) now (?:risen|climbed"
    r"|reached|grown|increased|jumped|mounted|swelled|hit|topped|passed|surpassed))\b",
    re.IGNORECASE,
)
# a superlative between a count and its clause's "so far" ("killed 12 people, the worst road disaster in
# the state to date"): the phrase tells of the superlative, not of the count
_SUPERLATIVE = re.compile(
    r"\b(?:worst|best|most|least|biggest|largest|greatest|highest|lowest|longest|strongest|smallest"
    r"|fastest|oldest|youngest|\w+iest)\b",
    re.IGNORECASE,
)
_MOVED = re.compile(
    r"\b(?:rose|risen|raised|hiked|increased|climbed|jumped|soared|fell|fallen|dropped|cut|lowered|reduced"
    r"|slashed|doubled|doubling|tripled|boosted|plunged|grew|grown)\b[^.;:]{0,30}\bto\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
# rule `change-by`: the size of a change, not a level: "steroid use was reduced by a reported 50 percent",
# "a rise of 100 percent since 1991", "a 100 percent increase", "sales fell 3 percent" (a share right after
# a verb of change); a level "about 40 percent of the students" is another slot. Session 45: "a program to
# raise government revenues next year by $23.5 billion" (the verb's plain form, `CHANGE_REACH` characters
# before its "by") is a change, not the "$65 billion budget deficit" another sentence gives
_CHANGE_VERBS = (
    r"rose|risen|rise|rises|raise|raises|raised|increased?|increases|climbed|jumped|soared|fell|fallen|falls?"
    r"|dropped"
    r"|drops|cut|cuts|lowered|reduced|reduces?|slashed|boosted|plunged|grew|grown|grows|declined?|declines"
    r"|decreased?|decreases|gained|shrank|shrunk|slipped|dipped|surged"
    r"|tumbled?|tumbles|sank|sunk|slumped|slid|plummeted|skidded|rallied"  # rule `share-moves`
)
CHANGE_REACH = 45  # characters between a verb of change and its "by" (30 before session 45)
_CHANGE_NOUNS = r"rise|increase|drop|decline|decrease|gain|jump|fall|cut|reduction|growth|surge"
_CHANGE_BEFORE = re.compile(
    r"\b(?:" + _CHANGE_VERBS + r")\b[^.;:]{0," + str(CHANGE_REACH) + r"}\bby\s+"
    r"(?:(?:a|an|the|reported|average|estimated|of|some|about|nearly|almost|around|roughly|more|than|at"
    r"|least|over|just|only|up|to)\s+){0,4}$"
    r"|\b(?:" + _CHANGE_NOUNS + r")\s+of\s+" + _QUAL + r"$",
    re.IGNORECASE,
)
_CHANGE_SHARE = re.compile(
    r"\b(?:" + _CHANGE_VERBS + r")\s+" + _QUAL + r"$", re.IGNORECASE
)  # "fell 3 percent", "tumbled as much as 18 percent" (rule `share-moves`)
# rule `added`: a count right after "added" is an increment ("added two people to the reservation", "the
# economy added 203,000 jobs"), not the level or total another sentence gives
_ADDED = re.compile(r"\badd(?:s|ed|ing)?\s+" + _QUAL + r"(?:another\s+)?$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s*(?:" + _CHANGE_NOUNS + r")\b", re.IGNORECASE)  # "a 100 percent increase"
# rule `change-way`: which way a change went (marks `rise`, `fall`): a fall and a rise are two changes, never
# two values of one ("heart attack risk fell 21 percent" in the autumn / "a 25 percent jump in the number of
# heart attacks" in the spring)
_RISE = frozenset(
    re.findall(
        r"\w+",
        "rose risen rise rises raised increase increased increases climbed jumped jump soared boosted grew"
        " grown grows gained gain growth surged surge rallied add adds added adding",
    )
)
_FALL = frozenset(
    re.findall(
        r"\w+",
        "fell fallen fall falls dropped drop drops cut cuts lowered reduced reduce reduces reduction slashed"
        " plunged decline declined declines decrease decreased decreases shrank shrunk slipped dipped tumble"
        " tumbled tumbles sank sunk slumped slid plummeted skidded",
    )
)
# rule `if-clause`: a value in a clause of condition is what would have to happen, not what did: "would
# not accept secession unless the separatists win 60 percent of the vote" / "the No side won 50.6 percent"
_CONDITION = re.compile(r"\b(?:if|unless)\b[^.;:!?]*$", re.IGNORECASE)
# "his five children", "her six children", "their seven children": a count that belongs to someone, a
# fact of that person's life, not a slot another sentence's count fills unless it names the same one
_OWNED = re.compile(r"\b(?:his|her|their|my|our|your)\s+" + _QUAL + r"$", re.IGNORECASE)
# an age bracket after a count of people: "1.5 percent of American children between the ages of 2 and 4",
# "children ages 6 to 17", "aged 5-11": a group of those ages only
_BRACKET = re.compile(
    r"[^.;:,]{0,40}?\b(?:between\s+the\s+ages\s+of|ages?d?)\s+\d+\s*(?:and|to|through|-|–)\s*\d+\b",
    re.IGNORECASE,
)
# rule `sources`: "two people familiar with the conversation said", "three officials briefed on the talks",
# "two aides who spoke on condition of anonymity": how many told a reporter, which outlets give as they
# find them, never a count of the story ("200 residents who spoke", "40 workers who declined the buyout"
# say what the counted did: a count of the story)
_SOURCES = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:familiar\s+with|briefed\s+(?:on|by|about)|with\s+(?:direct\s+)?knowledge\s+of"
    r"|who\s+(?:spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|(?:asked|requested|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    r"|(?:were|was|are|is)\s+not\s+authori[sz]ed\s+to))\b",
    re.IGNORECASE,
)
# rule `each`: "six roasted geese weighing five kilograms each": a value per item, no total another gives
_EACH = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:each|apiece)\b(?!\s+(?:year|month|week|day)\b)", re.IGNORECASE)
# rule `per-time`: "an average of nearly 35,000 elephants have been killed annually", "12 people a day": a
# count per year, month, week or day, or an average, is a rate, never the total another sentence gives
# ("100,000 elephants between 2010 and 2012"); "a day after" dates a count, it is no rate
_PER_TIME = re.compile(
    r"[^.;:]{0,40}?\b(?:annually|yearly|(?:a|per|each|every)\s+(?:year|month|week|day)\b(?!\s+(?:after|before|"
    r"earlier|later|ago)\b))",
    re.IGNORECASE,
)
# rule `cap`: "rates would never climb higher than 8.25 percent", "no more than 20 people", "capped at 10
# percent": a ceiling, which a value under it does not contradict ("a rate of 3.85 %"), never a value
_CAP = re.compile(
    r"\b(?:(?:never|not|no)\s+(?:[a-z]+\s+){0,2}?(?:higher|more|greater|above|exceed(?:ing)?)(?:\s+than)?"
    r"|at\s+most|capped\s+at|a\s+(?:cap|ceiling|maximum)\s+of|up\s+to\s+a\s+maximum\s+of)\s+$",
    re.IGNORECASE,
)
_AVERAGE = re.compile(
    r"\b(?:an|the)\s+average\s+of\s+" + _QUAL + r"$|\bon\s+average\s*,?\s+" + _QUAL + "$", re.IGNORECASE
)
# rule `may-change`: a level a change may bring, "the cdc may lower its reference level to 3.5 micrograms", is
# a forecast, not the level another sentence gives ("above 5 micrograms ..., the reference level")
_MAY_CHANGE = re.compile(
    r"\b(?:may|might|could|would|plans\s+to|proposes\s+to|wants\s+to)\s+(?:\w+\s+)?"
    r"(?:lower|raise|cut|increase|reduce|hike|change|set)\b[^.;:]{0,40}\bto\s+" + _QUAL + "$",
    re.IGNORECASE,
)
# rule `could-total` (session 52): a modal, then a verb of amount, right before the count ("a package which
# some officials say could total as much as $60 billion", "the toll may rise to 100"): a value that may come
# to be, not one anyone reports ("bailout packages totaling over $100 billion" is no other value of it)
_COULD_TOTAL = re.compile(
    r"\b(?:may|might|could|would)\s+(?:\w+\s+)?(?:total|reach|top|exceed|hit|cost|be|rise\s+to|climb\s+to"
    r"|grow\s+to|fall\s+to|drop\s+to)\s+" + _QUAL + "$",
    re.IGNORECASE,
)
# rule `count-progress`: "after the counting of one third of the votes", "with 90 percent of precincts
# reporting": how far a count has gone, never a result another sentence gives ("50.03 percent of votes")
_PROGRESS_BEFORE = re.compile(r"\b(?:counting|count|tally|tallying)\s+of\s+" + _QUAL + "$", re.IGNORECASE)
_PROGRESS_AFTER = re.compile(
    r"[^.;:]{0,20}?\s+of\s+(?:the\s+|all\s+)?(?:votes?|ballots?|precincts?|polling\s+(?:stations|places))"
    r"\s+(?:counted|reporting|tallied|processed|in)\b",
    re.IGNORECASE,
)
# rule `threshold`: "the 270 electoral college votes needed to become president", "the 60 votes required": a
# bar a count must reach, never a count another sentence gives ("155 electors"); "the 12 people needed
# treatment" counts the people
_THE_BEFORE = re.compile(r"\bthe\s+" + _QUAL + "$", re.IGNORECASE)
_NEEDED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:needed|required|necessary)(?:\s+(?:to|for)\b|\s*(?:[.,;:]|$))", re.IGNORECASE
)
MIN_WORDS = 5  # a shorter sentence is furniture ("Share this article", a kicker), never a fact


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see `Facts`
class Clause:
    """One clause: its character range within the sentence and what it states."""

    start: int
    end: int
    concepts: frozenset[str]  # content concepts, "E:" participants, "N:" numbers, "Y:" years
    counts: tuple[Count, ...]
    negated: bool
    hedged: bool
    attribution: bool  # "according to the budget office", "the council said in a statement"
    spots: tuple[tuple[int, str, int, int], ...] = ()  # (token number, concept, start, end) in the sentence
    pending: frozenset[str] = frozenset()  # content words after "may", "will" ("may vote": vote)
    done: frozenset[str] = frozenset()  # content words written in the past, "-ed" ("voted": vote)
    count_at: tuple[int, ...] = ()  # where each of `counts` is written in the sentence (-1: not found)
    parts: tuple[bool, ...] = ()  # each of `counts` read as a part where it is written (`part_at`)
    speakers: frozenset[str] = frozenset()  # participants written just before "said", "says", ...
    marks: tuple[frozenset[str], ...] = ()  # what the words around each of `counts` say of it (`count_marks`)
    # rule `negation-aside`: when every negation of a `negated` clause lies in a side stretch of the sentence
    # (`subordinate.stretches`: "..., even as the admiral defended the decision not to warn Oslo"), the
    # concepts of those stretches; empty when a negation lies in the clause's main words (`denies`)
    negated_aside: frozenset[str] = frozenset()
    # rule `negation-scope`: the stretch of the sentence each negation of a `negated` clause denies (`denies`)
    negation_spans: tuple[tuple[int, int], ...] = ()


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see the docstring
class Facts:
    """What one sentence states: its clauses, the union of their concepts, quotations, furniture.

    Not frozen, but hashed by its fields as a frozen one is (`unsafe_hash`), as are `Clause`,
    `claims.ClauseClaim` and `pairs.Pair`: nothing assigns to one once it is built, and a frozen
    dataclass's `__init__` sets each field through `object.__setattr__`, about three times the cost of an
    assignment, for every sentence, clause, claim and pair of a story (~5 % of the align stage)."""

    index: int
    doc: int
    clauses: tuple[Clause, ...]
    concepts: frozenset[str]
    background: frozenset[str]  # concepts only in attribution clauses: who reports it, not what
    names: frozenset[str]  # the "E:" participants
    quotes: tuple[tuple[str, ...], ...]  # each quotation's lower-cased words (`quoted_spans`)
    words: str  # the sentence's lower-cased words, space-separated with a space at each end
    counts: tuple[Count, ...]
    years: frozenset[str]
    furniture: bool
    spots: tuple[tuple[int, str, int, int], ...] = ()  # every clause's spots, in order
    fragment: bool = False  # a piece cut from a sentence, opening in lower case (`is_fragment`)
    standing: frozenset[str] | None = frozenset()  # words written as a role, title or place noun
    # ("president", "officers", "city": `standing_words`): they say who or where, no point made
    # (`pairs.shared_point`); None: not read yet (`standing_of`)
    stated: frozenset[str] | None = frozenset()  # role words stated as what someone is ("is the father"): a
    # point (None: not read yet)
    digit_runs: tuple[tuple[int, str], ...] = ()  # (start, digits) of each number in digits: `shared_point`
    # (start, "from" or "to") of each word written right after "from", "to" or "into", in a sentence with
    # "from" in it: `pairs._ways` (rule `point-ways`)
    ways: tuple[tuple[int, str], ...] = ()
    ages: tuple[str, ...] = ()  # "aged 2½, 3 and 2": the ages a sentence lists, as written, in order
    tallies: frozenset[str] = frozenset()  # "voted 7-2", "a 6-3 vote": the vote tallies (`vote_tallies`)
    lead: str | None = None  # the participant a sentence opens on by full name ("Jordan Scott, 19, ...")
    owner: str | None = None  # naming no one, opening on "he", "his" ...: whom it is about (`pronoun_owners`)
    # the given name `lead` is written with ("Mark Kelly": mark), and that of `owner`: `pairs._lead_clash`
    lead_given: str = ""
    owner_given: str = ""
    lead_pronoun: str = ""  # "he"/"she" when that is the only person the sentence names (`_lead_pronoun`)
    person_ages: frozenset[str] = frozenset()  # "Huggins, 17," / "the 49-year-old": a person's age
    # (surname, given name or "", age) of each "Barnett A. Slepian, 52,": whose age it is (`named_ages`)
    named_ages: frozenset[tuple[str, str, str]] = frozenset()
    quoted: bool = False  # a quotation opens and closes in the sentence (the scorer's `quote_only`)
    first_person: bool = False  # "I can't believe this has happened", "We will move forward"
    days: frozenset[str] = frozenset()  # days of a month the sentence names ("Oct. 30": "oct 30")
    months: tuple[tuple[str, str, int], ...] = ()  # months it names with no day: (key, as written, at)
    times: frozenset[str] = frozenset()  # clock times it names, as written ("06:57", "10 p.m.", "1400")
    pending: frozenset[str] = frozenset()  # events still to happen: "may vote" (vote), "will pay" (pay)
    done: frozenset[str] = frozenset()  # events told in the past tense: "voted" (vote)
    subordinate: tuple[tuple[int, int], ...] = ()  # relative/appositive stretches (`subordinate.stretches`)
    claims: tuple[ClauseClaim, ...] = ()  # each clause's predicates with their arguments (`claims.claims`)
    single_quotes: tuple[tuple[str, ...], ...] = ()  # quotations in single marks (`single_quoted_spans`)
    # the words (" a b ") of each quotation in double marks left out of `quotes`, read as a title or a name:
    # written in quotation marks all the same (rule `title-words`, `pairs._titled`)
    marked: tuple[str, ...] = ()
    pronoun_said: bool = False  # its speaker is a pronoun ("But he said: ..."), none named
    said_by: frozenset[str] = frozenset()  # ... and who that is (`pronoun_speakers`)
    caseless: bool = False  # its story lost its letter case (`Casing.caseless`): names cannot be read
    # the number of words before the comma of an opening participle's question ("Asked whether ..., X said
    # ..."), 0 when none: the question ends there (`pairs.open_span`)
    asked_to: int = 0
    # made `with_marks=False`: the sentence and its article's year, which `clause_marks` reads a clause's
    # `Clause.marks` from when they are needed (a clash of counts: a few pairs in a hundred), and
    # `standing_of` its `standing` and `stated` (None then)
    unmarked: tuple[str, int | None] | None = None
    # the sentence as written, always (`unmarked` only `with_marks=False`): rules `point-senses` and
    # `point-roles` read the words beside a concept, so a caller that reads the marks up front (the scripts:
    # `align_lofo.py`, the mining) runs them as `align` does
    text: str = ""
    # the story's claims, read by `claims_of` in place of `claims` (align: a sentence's claims are read only
    # when a pair needs them)
    story_claims: StoryClaims | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, str]  # stem -> concept
    phrases: dict[tuple[str, ...], str]  # stems of a phrase -> concept
    names: dict[str, str]  # alias as written -> participant key
    phrase_starts: frozenset[str] = frozenset()  # first stems of the phrases
    alone: frozenset[str] = frozenset()  # aliases that name their participant only ending a run ("Alta")


def data_lines(name: str) -> list[str]:
    """The lines of `data/<name>` that hold something, each without its `#` comment."""
    text = resources.files("newsbrief.align").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [ln.split("#", 1)[0].rstrip() for ln in text.splitlines() if ln.split("#", 1)[0].strip()]


# place nouns that, like a name, say where and not what happened ("the garrison city"): `standing_words`
STANDING_PLACES = frozenset(
    re.findall(
        r"\w+",
        "city town village county province country region capital district suburb neighborhood neighbourhood"
        " office headquarters",
    )
)
# rule `point-who-many` (session 37 audit): nouns for people at large and scale words say who and how many,
# not what happened: "millions of single American women" / "3 million women in the United States" (at risk
# of another thing) made a point of a count of women alone; `standing_words`
STANDING_PEOPLE = frozenset(
    re.findall(
        r"\w+",
        "people person persons man men woman women boy boys girl girls child children"
        " hundred hundreds thousand thousands million millions billion billions",
    )
)

# rule `point-police` (session 40 audit): the police and the authorities say who acts, as officials and
# officers (roles) do: "Harwick county police said ..." / "... a manager said of the Harwick county police"
# made a point of the force's name alone; `standing_words`
STANDING_BODIES = frozenset(("police", "authorities"))

# rule `point-when` (session 38 audit): the parts of a day and the words that place a time in it say when,
# not what happened: "early Wednesday morning" in two sentences made a point of a time alone; `standing_words`
STANDING_TIMES = frozenset(
    re.findall(r"\w+", "morning afternoon evening night overnight dawn dusk midnight noon early late")
)


@lru_cache(maxsize=1)
def standing_words() -> frozenset[str]:
    """Words that say who, where or when, not what was done, lower-cased, and their plurals ("officers",
    "cities"): role nouns and one-word titles (`lexicon/data`: "leader", "president", "husband",
    "constable"), `STANDING_PLACES`, `STANDING_PEOPLE`, `STANDING_TIMES`, `STANDING_BODIES` and one-word
    place names ("massachusetts": rule `point-place-name`)."""
    g = gazetteer()
    words = g.roles | {t[0].lower() for t in g.titles if len(t) == 1} | STANDING_PLACES | STANDING_PEOPLE
    words |= STANDING_TIMES | STANDING_BODIES
    # rule `point-place-name`: a place's one-word name says where, as its noun does; a story that lost its
    # letter case writes it as a word ("former massachusetts gov. mitt romney" in two sentences made a
    # point of the title alone: a line of poll results pointed at "... romney's faith")
    words |= {t[0].lower() for t in g.places if len(t) == 1}
    plurals = {w + "s" for w in words} | {w + "es" for w in words}
    plurals |= {w[:-1] + "ies" for w in words if w[-1:] == "y"}
    return frozenset(words | plurals)


_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an)\s", re.IGNORECASE)
# A form of "be" and at most a determiner right before a word: the word is what someone is said to be.
_BE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being)\s+(?:(?:the|a|an|her|his|their|its|our|my|your)\s+)?$"
)

# Gates searched in every sentence open on their first letter, the word boundary tested after it:
# sre skips to a pattern's leading character class in C (its charset prefix), but tries a pattern
# opening on `\b` or a lookbehind at every position (same matches; 0.66x and 0.39x the time over
# LongBench dev sentences, session 52).
_BE_WORD = re.compile(  # what each `_BE_BEFORE` match opens on: `\b(?:is|was|are|were|be|been|being)\s`
    r"[iwab](?<!\w[iwab])(?:(?<=i)s|(?<=w)(?:as|ere)|(?<=a)re|(?<=b)e(?:en|ing)?)\s"
)


def _standing_concepts(
    text: str, spots: tuple[tuple[int, str, int, int], ...], side: tuple[tuple[int, int], ...]
) -> frozenset[str]:
    """The content concepts of a sentence that only say who or where (`Facts.standing`): each place of
    the concept is a word of `standing_words` or lies in an appositive right after a name (rule
    `role-appositive`: "Tim Bird, the leader of the rescue team, said": who Bird is, not what he did)."""
    who: list[tuple[int, int]] = []
    if side:
        names_end = {e for _, c, _, e in spots if c.startswith("E:")}
        who = [(a, b) for a, b in side if a in names_end and _APPOSITIVE_OPEN.match(text, a)]
    words = standing_words()
    standing: set[str] = set()
    other: set[str] = set()
    for _, c, s, e in spots:
        if ":" in c:
            continue
        written = text[s:e].lower().rstrip(".")
        # rule `based-in`: "Harwick-based" says where a firm is, as "of Harwick" does
        if written in words or written.endswith("-based") or (who and any(a <= s < b for a, b in who)):
            standing.add(c)
        else:
            other.add(c)
    return frozenset(standing - other)


def standing_of(f: Facts) -> tuple[frozenset[str], frozenset[str]]:
    """(`Facts.standing`, `Facts.stated`) of sentence `f`, read from its text as `sentence_facts` reads them
    when `f` was made `with_marks=False` (`Facts.unmarked`): align needs them only for the pairs that may
    make a point (`pairs.shared_point`), whose sentences are a few of the story's."""
    if f.standing is not None and f.stated is not None:
        return f.standing, f.stated
    assert f.unmarked is not None  # left unread only `with_marks=False`, which keeps the text
    text = f.unmarked[0]
    return _standing_concepts(text, f.spots, f.subordinate), _stated_roles(text, f.spots)


def _stated_roles(text: str, spots: tuple[tuple[int, str, int, int], ...]) -> frozenset[str]:
    """Role words the sentence states as what someone is, right after a form of "be" (rule `role-stated`:
    "the baby's father is her boyfriend", "is said to be the father"): who someone is, there, is the
    point made, not only who is meant (`Facts.stated`, read by `pairs.shared_point`)."""
    lower = text.lower()
    if _BE_WORD.search(lower) is None:
        return frozenset()  # no form of "be" at all (half the sentences): no spot can follow one
    words = standing_words()
    return frozenset(
        c
        for _, c, s, e in spots
        if ":" not in c
        and lower[s:e].rstrip(".") in words
        and _BE_BEFORE.search(lower, max(s - 40, 0), s) is not None
    )


@lru_cache(maxsize=1)
def common() -> frozenset[str]:
    """Concepts most news articles use (`data/common.txt`, built by scripts/build_common_words.py)."""
    return frozenset(data_lines("common.txt"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    words: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for line in data_lines("concepts.txt"):
        items = [[stem(p) for p in re.split(r"[-\s]+", x.strip().lower()) if p] for x in line.split(",")]
        concept = items[0][0]
        for parts in items:
            if len(parts) == 1:
                words.setdefault(parts[0], concept)
            elif parts:
                phrases.setdefault(tuple(parts), concept)
    names = {}
    alone = set()
    for line in data_lines("names.tsv"):
        alias, key, *flag = line.split("\t")
        names[alias.strip()] = key.strip()
        if flag and flag[0].strip() == "alone":
            alone.add(alias.strip())
    return Lexicon(words, phrases, names, frozenset(k[0] for k in phrases), frozenset(alone))


@dataclass(frozen=True, slots=True)
class Casing:
    """How the story writes its words: `capitals` (written capitalised inside a sentence: names, even
    when a sentence opens on one) and `lower` (also written in lower case: "the union", so "Rail Signal
    Workers Union" shares "union" with it rather than standing apart as a name)."""

    capitals: frozenset[str]
    lower: frozenset[str]
    alone: frozenset[str]  # names the story also uses on their own ("Trump", "Kim"), lower-cased
    roles: dict[str, str] = field(default_factory=dict)  # "north korean leader" -> "kim" (see `_ROLE`)
    caseless: bool = False  # the story lost its letter case (Multi-News+): no name shows (`casing.lost_case`)
    # each run of capitalised words `_clause` read in the story -> its participants (sorted), the words it
    # gives the content instead and their `_word`s: a name comes back sentence after sentence, and what
    # `_participants` makes of it depends only on the story's casing
    runs: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...], tuple]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # an acronym's participant -> its long form's, where the story spells it out (`_seed_aliases`)
    aliases: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The words and numbers of a sentence with their (start, end)."""
    return [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(text)]  # cheaper than *m.span()


# rule `quoted-opening`: a word right after a quotation mark that opens words said after a comma or a colon
# opens them, as a sentence's first word does ("... to kind of go, ‘Wait a minute.", 'he said: "Nothing
# ..."'): capitalised there, it is no name unless the story writes it capitalised elsewhere; a title in
# quotation marks after a word ('suing "X-Men" director') keeps its names
_QUOTE_OPENS = frozenset("“‘\"'")
_QUOTE_GAP = 8  # at most this much space between the comma or colon and the opening mark


def _opens_quotation(text: str, start: int) -> bool:
    if start < 2 or text[start - 1] not in _QUOTE_OPENS:
        return False
    # a bounded look back: story_casing asks this of capitalised words of a whole document
    return text[max(0, start - 1 - _QUOTE_GAP) : start - 1].rstrip()[-1:] in (",", ":")


def story_casing(
    texts: list[str], tokenized: list[list[tuple[str, int, int]]] | None = None, caseless: bool | None = None
) -> Casing:
    """How the story writes its words (`tokenized`: each text's `tokens`, when the caller has them;
    `caseless`: the story's `casing.lost_case`, `Story.caseless`, worked out here when not given)."""
    caps: set[str] = set()
    lower: set[str] = set()
    alone: set[str] = set()
    if tokenized is None:
        tokenized = [tokens(t) for t in texts]
    words = [[w for w, _, _ in toks] for toks in tokenized]
    for n, toks in enumerate(words):
        upper = [k for k, w in enumerate(toks) if w[0].isupper()]
        lower.update(toks)  # capitalised ones are taken out below
        for k in upper:
            if k == 0 or _opens_quotation(texts[n], tokenized[n][k][1]):
                continue
            caps.add(toks[k])
            after = k + 1 == len(toks) or not toks[k + 1][0].isupper()
            if after and not toks[k - 1][0].isupper():
                alone.add(_POSSESSIVE.sub("", toks[k]).lower())
    lower = {w for w in lower if w[0].islower()}
    roles: dict[str, str] = {}
    hinted = [t for t in texts if any(r in t for r in _ROLE_HINTS)]  # the texts that may name a role
    for t in hinted:  # "North Korean leader Kim Jong Un": later "the North Korean leader" is Kim
        for m in _ROLE.finditer(t):
            name = [w.lower() for w in m.group(3).split()]
            roles.setdefault(
                _role_key(m.group(1), m.group(2)), next((w for w in name if w in alone), name[-1])
            )
    for t in hinted:  # rule `role-appositive`, after every `_ROLE` ("Syrian leader Bashar Assad" comes first)
        for m in _ROLE_APPOSITIVE.finditer(t):
            if not _a_person(m.group(1)):
                continue
            name = [w.lower() for w in m.group(1).split()]
            key = _role_key(m.group(2), m.group(3), m.group(4))
            roles.setdefault(key, next((w for w in name if w in alone), name[-1]))
    if caseless is None:
        caseless = lost_case(texts)
    casing = Casing(frozenset(caps), frozenset(lower), frozenset(alone), roles, caseless)
    if not caseless:
        _seed_aliases(casing, texts)
    return casing


def _seed_aliases(casing: Casing, texts: list[str]) -> None:
    """Rule `story-alias` (`aliases.py`): a sentence opening on an acronym the story spells out ("The FBI
    said ..." / "The Federal Bureau of Investigation said ...") opens on the party its long form names:
    `Casing.aliases` maps the acronym's participant to the long form's (that of its first capitalised words),
    which `Facts.lead` takes, so one party under two names is no second person (`pairs._lead_clash`)."""
    lex = lexicon()
    for alias in story_aliases(texts):
        if alias.acronym in lex.names:  # "USA": the lexicon's own participant
            continue
        first = list(itertools.takewhile(lambda w: w.lower() not in JOINING, alias.long))
        short = _participants([alias.acronym], lex, casing, [])
        long = _participants(first, lex, casing, [])
        if len(short) == 1 and len(long) == 1 and short != long:
            casing.aliases[min(short)] = min(long)


def sentence_facts(
    index: int,
    doc: int,
    text: str,
    casing: Casing,
    year: int | None,
    toks: list[tuple[str, int, int]] | None = None,
    with_claims: bool = True,
    with_marks: bool = True,
    story_claims: StoryClaims | None = None,
) -> Facts:
    """The `Facts` of one sentence (`year`: the article's year, for "in eleven years"; `toks`: its
    `tokens`, when the caller has them; `with_claims=False`: no `Facts.claims`, which `StoryClaims`
    reads when they are needed; `with_marks=False`: no `Clause.marks`, `Facts.standing` nor `Facts.stated`,
    which `clause_marks` and `standing_of` read when they are needed; `story_claims`: its
    `Facts.story_claims`, set as it is made)."""
    lex = lexicon()
    quoted = quoted_spans(_doubled(text) if "''" in text else text)
    quotes: list[tuple[tuple[str, ...], bool]] = []
    marked: list[str] = []  # the words of a quotation read as a title or a name (`Facts.marked`)
    for s, e, closed in quoted:
        if e - s <= 2:
            continue
        ws = _TOKEN.findall(text[s:e])
        if (
            _is_title(ws)
            or (closed and names_a_thing(text, s, e, text[s + 1 : e - 1]))  # rule `quoted-name`
            or (closed and quoted_name(text, s, e, ws))
        ):
            marked.append(" " + " ".join(_plain_words(ws)) + " ")
        else:
            quotes.append((_plain_words(ws), closed))
    single = tuple(
        _plain_words(ws)
        for s, e, closed in single_quoted_spans(text, quoted)
        if e - s > 2
        and not _is_title(ws := _TOKEN.findall(text[s:e]))
        and not (closed and quoted_name(text, s, e, ws))
    )
    if toks is None:
        toks = tokens(text)  # once for all clauses
    first = toks[0][1] if toks else -1
    spans = clause_spans(text)
    if len(spans) == 1 and spans[0] == (0, len(text)):  # one clause: every token (a third of the sentences)
        parts = [toks]
    else:  # no token crosses a clause break
        starts = [t[1] for t in toks]
        parts = [toks[bisect_left(starts, s) : bisect_left(starts, e)] for s, e in spans]
    clauses = tuple(
        _clause(text, s, e, casing, year, lex, first, part, with_marks)
        for (s, e), part in zip(spans, parts, strict=True)
    )
    clauses = tuple(c for c in clauses if c.concepts) or clauses[:1]
    concepts = frozenset().union(*(c.concepts for c in clauses)) if clauses else frozenset()
    typed = [c for c in concepts if ":" in c]  # "E:", "N:", "Y:" ones: one cheap test, not two calls each
    names = frozenset(c for c in typed if c.startswith("E:"))
    digits = bool(_DIGIT.search(text))  # ages are written in digits
    said = frozenset().union(*(c.concepts for c in clauses if not c.attribution)) if clauses else frozenset()
    lead = (
        _LEADING_ATTRIBUTION.match(text, first)
        if first >= 0 and " " in text and any(v in text for v in _LEADING_VERBS)
        else None
    )
    if lead and clauses and not _PRONOUN_NEXT.match(text, lead.end()):  # the reporter: background
        said = said - (
            {sp[1] for sp in clauses[0].spots if sp[2] < lead.end()}
            - {sp[1] for cl in clauses for sp in cl.spots if sp[2] >= lead.end()}
        )
    side = stretches(text)
    if side and any(c.negated for c in clauses):
        clauses = tuple(_negated_aside(text, c, side) if c.negated else c for c in clauses)
    # one clause (most sentences): its spots as they are, already a tuple
    spots = clauses[0].spots if len(clauses) == 1 else tuple(sp for c in clauses for sp in c.spots)
    return Facts(
        index=index,
        doc=doc,
        clauses=clauses,
        concepts=concepts,
        background=concepts - said,
        names=names,
        quotes=tuple(q for q, _ in quotes if q),
        single_quotes=tuple(q for q in single if q),
        marked=tuple(marked),
        pronoun_said=_pronoun_speech(text) and not any(c.speakers for c in clauses),
        quoted=any(q and closed for q, closed in quotes),
        first_person=_speaks_for_self(written := [t[0] for t in toks]),
        **_tenses(clauses),
        words=" " + " ".join(_plain_words(written)) + " ",
        asked_to=_asked_to(text, toks, first),
        counts=tuple(c for cl in clauses for c in cl.counts),
        years=frozenset(c for c in typed if c.startswith("Y:")),
        furniture=is_furniture(text),
        fragment=is_fragment(text, casing.caseless),
        spots=spots,
        # read here, or, made `with_marks=False`, by `standing_of` for the pairs `shared_point` reads them of
        standing=_standing_concepts(text, spots, side) if with_marks else None,
        stated=_stated_roles(text, spots) if with_marks else None,
        digit_runs=tuple((m.start(), m.group()) for m in _DIGIT_RUN.finditer(text)) if digits else (),
        ways=tuple((m.end(), "from" if m.group(1) else "to") for m in _WAY.finditer(text))
        if "from" in text.lower()
        else (),
        ages=ages(text) if digits else (),
        tallies=vote_tallies(text) if digits else frozenset(),
        lead=(lead_key := _aliased(casing, _lead(text, clauses, first))),
        lead_given=_lead_given(text, first) if lead_key else "",
        lead_pronoun=_lead_pronoun(text, clauses, first, lead_key),
        person_ages=person_ages(text, casing.caseless)
        if digits and ("-year-old" in text or _AGE_COMMAS.search(text))
        else frozenset(),
        named_ages=named_ages(text, casing.caseless) if digits and "," in text else frozenset(),
        days=frozenset(f"{m[:3].lower()} {int(d)}" for m, d in _DAY.findall(text)) if digits else frozenset(),
        months=months(text) if _MONTH_HINT.search(text) else (),
        times=frozenset(_clock(*m) for m in _TIME.findall(text)) if digits else frozenset(),
        subordinate=side,
        claims=clause_claims(text, clauses, side) if with_claims else (),
        caseless=casing.caseless,
        unmarked=None if with_marks else (text, year),
        text=text,
        story_claims=story_claims,
    )


def _pronoun_speech(text: str) -> bool:
    """A match of `_PRONOUN_SPEECH` ("he said", "said she"), searched only in a sentence that holds one of
    its verbs (`_SPEECH_STEMS`)."""
    low = text.lower()
    if not any(v in low for v in _SPEECH_STEMS) and not folds_apart(text):
        return False
    return _PRONOUN_SPEECH.search(text) is not None


def named_ages(text: str, caseless: bool = False) -> frozenset[tuple[str, str, str]]:
    """(surname, first given name or "", age) of each age written after a name ("Dr. Barnett A.
    Slepian, 52," -> slepian, barnett, 52; "Slepian, 51," -> slepian, "", 51); titles and initials are
    no given names. `caseless` (the story lost its case): also after a lower-case word, with no given
    name (rule `caseless-age`: "arrested torrez, 31," -> torrez, "", 31) but the sentence's capitalised
    first word (rule `lower-surname-age`: "Reyhaneh jabbari, 27," -> jabbari, reyhaneh, 27, and
    `_lower_surname_ages`'s unsure given names); in a cased story, also after a surname in lower case."""
    if not _AGE_COMMAS.search(text):
        return frozenset()  # no ", 52," (the pattern tries three words before every position)
    out = set()
    for m in _NAMED_AGE.finditer(text):
        given = [w.rstrip(".").lower() for w in m.group(1).split()]
        given = [w for w in given if len(w) > 1 and w not in _TITLES and w not in STOP_WORDS]
        before = set(text[max(0, m.start() - 12) : m.start(2)].lower().split())
        if m.group(4) and (not given or before & _PLACE_BEFORE):
            continue  # `named-year-old`: a full name, never a place ("In Dorwick, a 52-year-old man")
        out.add((m.group(2).lower(), given[0] if given else "", m.group(3) or m.group(4)))
    if caseless:
        given_of = {(n, a): g for n, g, a in _lower_surname_ages(text)}
        out.update((name, given_of.get((name, age), ""), age) for name, age in _caseless_ages(text))
    else:
        out.update(_lower_surname_ages(text))
    return frozenset(out)


def _lower_surname_ages(text: str) -> set[tuple[str, str, str]]:
    """(surname, given name or "", age) of each age after a lower-case surname (rule `lower-surname-age`:
    "Reyla harwell, 27," -> harwell, reyla, 27; "designer, harwell, 26," -> harwell, "", 26); never after
    a stop word, a month or a weekday, nor a larger number than `MAX_AGE`. A capitalised word before the
    surname is its given name; a lower-case one may be any word and is marked `UNSURE`: it tells two
    people apart ("james franklin parker, 32," / "Charli parker, 30,": a husband and his wife) but names
    no one unless the other side reads it too ("buzz60 lakeith smith," / "Lakeith smith,":
    `pairs.age_conflict`)."""
    out = set()
    for m in _LOWER_SURNAME_AGE.finditer(text):
        given, name, age = (m.group(1) or "").lower(), m.group(2), m.group(3)
        if name in _NO_SURNAME or int(age) > MAX_AGE:
            continue
        if given in _NO_SURNAME or given in _TITLES or len(given) < 2 or _VERB_FORM.search(given):
            given = ""  # "arrested harwell, 31,": a verb, no name
        out.add((name, given if not given or m.group(1)[0].isupper() else UNSURE + given, age))
    return out


# rule `surname-of-two` (issue 14, session 58): a surname the story writes after two different given names
# ("paul dorvane" ... "Keith dorvane, 50,": two brothers) names on its own whom its document last named in
# full before it, as a reader takes it ("Paul dorvane booking photo. Police charged dorvane, 51,": Paul, an
# unsure given name for `pairs.age_conflict`), and no one when its document named none; a given name is one an
# age is written after (`named_ages`, sure or not), a capitalised word right before the surname (no title or
# role: "Sheriff Lund") or a listed given name (`first_names.txt`) in lower case there ("saw paul dorvane")
GIVEN_NAMES_OF_TWO = 2
GIVEN_NAME_CHARS = 41  # the longest word `surnames_of_two` reads as a given name


def surnames_of_two(facts: list[Facts], texts: Sequence[str]) -> list[Facts]:
    """`facts` (one story's sentences, `texts` their texts) where the story gives a surname
    `GIVEN_NAMES_OF_TWO` given names or more (rule `surname-of-two`), with each age written after that
    surname bare given the given name its document last wrote before it, marked `UNSURE`, or taken out of
    `Facts.named_ages` when there is none: "dorvane, 51," after "Paul dorvane" is no conflict beside "Keith
    dorvane, 50,". Only stories with a bare surname's age are read (a few in a hundred)."""
    bare = {n for f in facts for n, g, _ in f.named_ages if not g}
    if not bare:
        return facts
    given: dict[str, set[str]] = {n: set() for n in bare}
    for f in facts:
        for n, g, _ in f.named_ages:
            if n in given and g:
                given[n].add(g.removeprefix(UNSURE))
    # a given name of at most `GIVEN_NAME_CHARS`: each word boundary of a run ("a-a-a-...") reads that far,
    # not to the run's end (quadratic: 40 KB of it took ~50 s)
    names = "|".join(map(re.escape, sorted(bare)))
    before = re.compile(rf"\b([A-Za-z][a-z'’-]{{1,{GIVEN_NAME_CHARS - 1}}})\s+((?i:{names}))\b")
    lists = gazetteer()
    mentions: list[list[tuple[int, str, str]]] = []  # each sentence's (offset, surname, given name)
    for t in texts:
        found = []
        for m in before.finditer(t):
            word, g = m.group(1), m.group(1).lower()
            title = (
                g in _TITLES or (word,) in lists.titles or g in lists.roles
            )  # "Sheriff Lund", "Coach Lund"
            named = word[0].isupper() and g not in _NO_SURNAME and not title and not _VERB_FORM.search(g)
            if named or word.capitalize() in lists.first_names:  # "saw paul dorvane": a listed given name
                given[m.group(2).lower()].add(g)
                found.append((m.start(), m.group(2).lower(), g))
        mentions.append(found)
    shared = {n for n, gs in given.items() if len(gs) >= GIVEN_NAMES_OF_TWO}
    if not shared:
        return facts
    out = []
    for k, f in enumerate(facts):
        if not any(not g and n in shared for n, g, _ in f.named_ages):
            out.append(f)
            continue
        ages = set()
        for n, g, age in f.named_ages:
            if g or n not in shared:
                ages.add((n, g, age))
            elif who := _last_named(facts, texts, mentions, k, n, age):
                ages.add((n, UNSURE + who, age))
        out.append(replace(f, named_ages=frozenset(ages)))
    return out


def _last_named(
    facts: list[Facts],
    texts: Sequence[str],
    mentions: list[list[tuple[int, str, str]]],
    k: int,
    n: str,
    age: str,
) -> str:
    """The given name of surname `n` that sentence `k`'s document wrote last before "n, age," (rule
    `surname-of-two`), or ""."""
    at = texts[k].lower().find(f"{n}, {age},")
    j = k
    while j >= 0 and facts[j].doc == facts[k].doc:
        got = [g for pos, name, g in mentions[j] if name == n and (j < k or pos < at)]
        if got:
            return got[-1]
        j -= 1
    return ""


def person_ages(text: str, caseless: bool = False) -> frozenset[str]:
    """The ages a sentence gives a person ("Huggins, 17,", "the 49-year-old"); `caseless`: also
    "torrez, 31," (rule `caseless-age`)."""
    found = {a or b for a, b in _PERSON_AGE.findall(text)}
    if caseless:
        found.update(age for _, age in _caseless_ages(text))
    return frozenset(found)


def _caseless_ages(text: str) -> list[tuple[str, str]]:
    """(surname, age) of each age after a lower-case word that may be a surname (rule `caseless-age`)."""
    return [
        (m.group(1), m.group(2))
        for m in _CASELESS_AGE.finditer(text)
        if m.group(1) not in _NO_SURNAME and int(m.group(2)) <= MAX_AGE
    ]


# rule `closing-first`: in a sentence that ends a quotation opened before it, written with straight marks,
# the first mark closes it when it follows a comma or a stop and an attribution follows it ("... under the
# appropriations committee, " durbin said on nbc's " meet the press. ""): paired with the next mark, the
# attribution read as a quotation. Guard quoted-then-said (session 24 review M4): not when an attribution
# follows the next mark too ('In a statement on ..., "he said nothing about the money," Dana Whitcombe told
# reporters.': a quotation of its own, opened after the comma, the opening no quotation)
_AFTER_CLOSE = re.compile(r'\s?(?:[^\s"]+\s){1,4}(?:said|says|told|tells|added|adds|wrote|writes|asked)\b')


def quoted_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quotation. A sentence of a quotation that runs over several
    sentences opens it without closing it (the rest of the sentence is quoted) or closes one it did
    not open (the sentence up to the mark is quoted); those two are not `closed` (`closing-first`)."""
    if '"' not in text and "“" not in text and "”" not in text:
        return []
    first = text.find('"')
    if (
        first > 0
        and "“" not in text
        and "”" not in text
        and text[:first].rstrip()[-1:] in (",", ".", "!", "?")
        and _AFTER_CLOSE.match(text, first + 1)
        and text.find('"', first + 1) > 0
        and not _AFTER_CLOSE.match(text, text.find('"', first + 1) + 1)  # guard quoted-then-said
    ):
        rest = quoted_spans(text[:first] + " " + text[first + 1 :])
        return [(0, first + 1, False), *(q for q in rest if q[0] > first)]  # a last lone mark: a stray
    spans = [(m.start(), m.end(), True) for m in _QUOTE.finditer(text)]
    rest = _QUOTE.sub(lambda m: " " * len(m.group()), text)
    close = rest.find("”")
    straight = rest.find('"') if rest.count('"') == 1 else -1
    if straight >= 0 and not rest[straight + 1 :].strip(" .,!?’'"):
        close = straight if close < 0 else min(close, straight)
    elif straight >= 0 and (not rest[:straight].strip() or _opens_inside(text, straight)):
        spans.append((straight, len(text), False))
    if close >= 0 and "“" not in rest[:close]:
        spans.append((0, close + 1, False))
    opening = rest.rfind("“")
    if opening >= 0 and "”" not in rest[opening:]:
        spans.append((opening, len(text), False))
    return sorted(spans)


def _opens_inside(text: str, at: int) -> bool:
    """Rule `open-inside` (session 42): a lone straight mark inside a sentence with a space before it and
    a word right after it opens a quotation the next sentence goes on with ('the mayor vowed that "we
    will rebuild the bandstand.' / 'It will be bigger," she said.'): the rest of the sentence is quoted, as
    after a lone “. A closing mark has a word or a comma before it."""
    return at > 0 and text[at - 1].isspace() and text[at + 1 : at + 2].isalnum()


_DOUBLED = re.compile("''")


def _doubled(text: str) -> str:
    """`text` with each pair of single marks written as one double mark and a space (the same length, so
    offsets hold): a closing one (”) after an opening “ not yet closed (“Welcome President Clinton,''
    the sign read: the wire's ``...'' cleaned), else a straight one (''It's heartbreaking,'' he said)."""

    def mark(m: re.Match) -> str:
        at = m.start()
        return "” " if text.rfind("“", 0, at) > text.rfind("”", 0, at) else '" '

    return _DOUBLED.sub(mark, text)


_WORD_RUN = re.compile(r"\w+(?:['’]\w+)*")


def quotation_part(text: str, attribution: bool = False, other: str = "") -> float:
    """The share of a sentence's words inside its quotations (`quoted_spans`; in single marks too,
    `single_quoted_spans`); 1.0 for a sentence with no quotation mark, as rule `quote-unquoted` reads one:
    all of it is the statement (`cite` rule `quote-point`). With `attribution`, 1.0 too when every word
    outside the quotations only says who said it, how, when or where (`said_only`, rule
    `quote-attribution`): the quotation is all the sentence states. Who said it is part of that: when
    both it and the `other` sentence name someone outside their quotations, they share a name (rule
    `quote-attribution-named`: '"...," Governor Ross Palmer told reporters' is not what 'Whitcombe said:
    "..."' states; '"...," he said' or '"...," the mayor said' names no one else). The names compared are
    who spoke (`who_spoke`), never a place: '"...," Palmer said in Harwick' is stated by '"...," the
    governor said in London', and 'Palmer, in Harwick, said: "..."' not by 'Whitcombe, in Harwick, said:
    "..."'."""
    if not any(m in text for m in "\"“”‘’'"):
        return 1.0
    words = list(_WORD_RUN.finditer(text))
    outside = _outside(text, words)
    if outside is None:
        return 1.0 if not any(m in text for m in '"“”') else 0.0
    if attribution and all(said_only(w.group()) for w in outside):
        mine, theirs = who_spoke(text), who_spoke(other)
        if not mine or not theirs or not mine.isdisjoint(theirs):
            return 1.0
    return (len(words) - len(outside)) / len(words) if words else 0.0


# rule `quote-attribution` (session 44): words outside a quotation that say only who said it, how, when or
# where ('"...," Mayor Tom Smith told reporters Tuesday in Dunmore'; '"...," the ag wrote to the station in
# a twitter post early thursday'): nouns of the channel and the audience, roles, times of day and week
_SAID_ONLY = frozenset(
    re.findall(
        r"\w+",
        "reporters journalists statement statements interview interviews conference briefing news press post"
        " posts posting tweet tweets twitter facebook instagram blog email letter phone telephone television"
        " radio station video message speech remarks website release audience crowd supporters"
        " today yesterday tonight morning afternoon evening night early late later earlier week weekend"
        " monday tuesday wednesday thursday friday saturday sunday recently previously outside inside"
        " hall office courthouse headquarters steps rally hearing"
        " mayor president governor senator spokesman spokeswoman spokesperson official officials lawyer"
        " attorney ag chief minister secretary director police sheriff prosecutor prosecutors judge"
        " mr mrs ms dr sen rep gov gen",
    )
)


REPORT_WORDS = 3  # `outside_stated`: fewer reporting words ('Lowell said she had enjoyed a "..."') say little


def outside_stated(text: str, other: str) -> float:
    """Rule `quote-report-stated` (issue 14, session 56): the share of the words of `text` that report
    before its first quotation, after the verb of saying that opens them ('the president said that all too
    often he has been called to mourn ... "..."'; stop words and `said_only` words aside, by stem), that
    `other` writes too; 1.0 when there are fewer than `REPORT_WORDS` such words, no verb of saying before
    the quotation or no quotation (an attribution after the quotation, '"...," said Dr. Dana Lowell, an
    associate professor of surgery', is who said it)."""
    spans = quoted_spans(text)
    if not spans:
        return 1.0
    before = list(_WORD_RUN.finditer(text, 0, spans[0][0]))
    said = next((k for k, w in enumerate(before) if w.group().lower() in SPEECH_WORDS), None)
    if said is None:
        return 1.0  # no report: a statement around a quoted title ('... inside a leather book, "..."')
    mine = {stem(w.group().lower()) for w in before[said + 1 :] if not said_only(w.group())}
    if len(mine) < REPORT_WORDS:
        return 1.0
    theirs = {stem(w.group().lower()) for w in _WORD_RUN.finditer(other)}
    return len(mine & theirs) / len(mine)


def _outside(text: str, words: list[re.Match]) -> list[re.Match] | None:
    """The `words` of `text` outside its quotations; None when it has no quotation (`quoted_spans`, in
    single marks too)."""
    doubles = quoted_spans(_doubled(text) if "''" in text else text)
    spans = doubles + single_quoted_spans(text, doubles)
    if not spans:
        return None
    return [w for w in words if not any(s <= w.start() < e for s, e, _ in spans)]


def _names(words: list[re.Match]) -> frozenset[str]:
    """The capitalised words no `said_only` list holds (names and places, in cased text), lower-cased."""
    return frozenset(
        w.group().lower() for w in words if w.group()[:1].isupper() and not said_only(w.group(), names=False)
    )


# rule `quote-attribution-named`: the words before a place ("in Harwick", "at City Hall", "outside the
# Harwick courthouse"): the capitalised words right after one name where, not who. Not "from" (session 45
# review): "said a statement from Palmer" names who spoke
_AT_PLACE = frozenset(["in", "at", "near", "outside", "inside"])


def who_spoke(text: str) -> frozenset[str]:
    """Rule `quote-attribution-named`: the names of who spoke a sentence's quotation: its `quote_speakers`
    when it has some, else the names it writes outside its quotations (all its words' when it has none)
    but a place's, the capitalised words right after one of `_AT_PLACE` ("said in Harwick", "at City
    Hall", "outside the Harwick courthouse"; a comma ends them)."""
    speakers = quote_speakers(text)
    if speakers:
        return speakers
    words = list(_WORD_RUN.finditer(text))
    outside = _outside(text, words) if any(m in text for m in "\"“”‘’'") else None
    kept = words if outside is None else outside
    places: set[str] = set()
    at_place, end = False, 0
    for w in kept:
        low = w.group().lower()
        if at_place and w.group()[:1].isupper() and _NAME_GAP.fullmatch(text, end, w.start()):
            places.add(low)
        else:
            at_place = low in _AT_PLACE or (at_place and low == "the")
        end = w.end()
    return _names(kept) - places


# the plain verbs of saying whose speaker `quote_speakers` reads; only "said", "added", ... after a
# quotation or a comma ('"...," said Ross Palmer') is followed by its speaker ("told Palmer" names a
# listener, "said Stepinac ..." a reported clause's subject)
_SAID_BY = frozenset(w for w in PLAIN_SAYING.split("|") if w != "according")
_SAID_BY_AFTER = frozenset(["said", "says", "added", "adds", "wrote", "writes", "explained", "explains"])
_INVERTED = re.compile(r"[,\"”’']\s*$")  # right before the verb: a quotation's end or a comma
_NAME_GAP = re.compile(r"\.?[ \t]+")  # between two words of one name ("Ross Palmer", "J. Palmer")


def quote_speakers(text: str) -> frozenset[str]:
    """Who a sentence says spoke: the capitalised words outside its quotations right before a plain verb
    of saying ("Governor Ross Palmer told"), or right after "said", "added", ... after a quotation or a
    comma ('"...," said Palmer') or after "according to", lower-cased, no `said_only` word ("Governor");
    none for "he said" or "the mayor said", nor for an outlet or agency that relays someone's words
    (`_relays`: "WOFL says", "Reuters reported")."""
    words = list(_WORD_RUN.finditer(text))
    outside = _outside(text, words) if any(m in text for m in "\"“”‘’'") else None
    starts = {w.start() for w in (words if outside is None else outside)}
    found: set[str] = set()
    for k, w in enumerate(words):
        low = w.group().lower()
        if w.start() not in starts:
            continue
        runs = (
            [_name_run(text, words, starts, k, -1) or _before_aside(text, words, starts, k)]
            if low in _SAID_BY
            else []
        )
        inverted = low in _SAID_BY_AFTER and _INVERTED.search(text, 0, w.start()) is not None
        if inverted or (low == "to" and k and words[k - 1].group().lower() == "according"):
            runs.append(_name_run(text, words, starts, _voice_of(text, words, k), 1))
        for run in runs:
            if not _relays(run):
                found.update(
                    x.lower().removesuffix("'s").removesuffix("’s")
                    for x in run
                    if not said_only(x, names=False)
                )
    return frozenset(found)


# rule `speaker-aside` (`_before_aside`): a short aside of place between a speaker and the verb ("Palmer, in
# Harwick, told reporters"), read from the verb back
_PLACE_ASIDE = re.compile(
    r",[ \t]+(?:in|at|near|outside|inside|from)[ \t]+[^,;:\"“”]{1,40},[ \t]*$", re.IGNORECASE
)
# rule `speaker-voice` (`_voice_of`): whose statement or spokesman speaks ('"...," said a statement from
# Palmer')
_VOICE = re.compile(
    r"[ \t]+(?:a|an|the)[ \t]+(?:(?:joint|written|brief|short)[ \t]+)?"
    r"(?:statement|release|spokesman|spokeswoman|spokesperson)[ \t]+(?:from|by|of|for)[ \t]+(?:the[ \t]+)?"
)


def _before_aside(text: str, words: list[re.Match], starts: set[int], k: int) -> tuple[str, ...]:
    """Rule `speaker-aside`: the run of capitalised words before an aside of place right before the verb
    `words[k]` ("Palmer, in Harwick, told": Palmer); none without one."""
    m = _PLACE_ASIDE.search(text, max(0, words[k].start() - 60), words[k].start())
    j = next((j for j in range(k - 1, -1, -1) if words[j].end() <= m.start()), -1) if m else -1
    if (
        j < 0
        or words[j].end() != m.start()
        or words[j].start() not in starts
        or not words[j].group()[:1].isupper()
    ):
        return ()
    return (*_name_run(text, words, starts, j, -1), words[j].group())


def _voice_of(text: str, words: list[re.Match], k: int) -> int:
    """Rule `speaker-voice`: the place `quote_speakers` reads a speaker on from, for the verb `words[k]`
    after a quotation: past "a statement from" or "a spokesman for", when one follows it ('"...," said a
    statement from Palmer': Palmer), else the verb's own."""
    m = _VOICE.match(text, words[k].end())
    if m is None:
        return k
    return next((j for j in range(k + 1, len(words)) if words[j].start() >= m.end()), len(words)) - 1


def _relays(run: tuple[str, ...]) -> bool:
    """A run of capitalised words that names an outlet or agency, not a person: an all-capitals word
    ("WOFL", "CNN", "AP") or a listed organisation (`gazetteer().orgs`: "Associated Press")."""
    while run and run[0].lower() in STOP_WORDS:  # "The Associated Press"
        run = run[1:]
    return any(len(x) > 1 and x.isupper() for x in run) or run in gazetteer().orgs


def _name_run(text: str, words: list[re.Match], starts: set[int], k: int, step: int) -> tuple[str, ...]:
    """The run of capitalised words next to `words[k]` (before it: `step` -1), as written, in order."""
    got: list[str] = []
    j = k + step
    while 0 <= j < len(words) and words[j].start() in starts and words[j].group()[:1].isupper():
        a, b = sorted((j, j - step))
        if not _NAME_GAP.fullmatch(text, words[a].end(), words[b].start()):
            break
        got.append(words[j].group())
        j += step
    return tuple(got[::step])


def speakers_apart(text: str, other: str) -> bool:
    """Rule `quote-other-speaker`: both sentences name who spoke (`quote_speakers`) and share no name:
    '"We will rebuild," Governor Palmer said' / 'Whitcombe said: "We will rebuild."' give one quotation
    to two people; "he said" or "the mayor said" on one side is no evidence against."""
    mine, theirs = quote_speakers(text), quote_speakers(other)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def said_only(word: str, names: bool = True) -> bool:
    """Whether a word outside a sentence's quotations says only who said it, how, when or where: a stop
    word, a verb of saying, a `_SAID_ONLY` word, or (with `names`) a capitalised word (a name or place,
    in cased text)."""
    w = word.lower()
    return w in STOP_WORDS or w in _SAID_ONLY or w in SPEECH_WORDS or (names and word[:1].isupper())


# every word `claims._pronoun_subject` may read as "he" or "she" (`claims._WORD`s, lower-cased), and more
# (`(?<![A-Za-z])[Ss]?[Hh][Ee](?![A-Za-z])`, opening on its first letter as `_BE_WORD` does)
_HE_SHE = re.compile(r"[SsHh](?<![A-Za-z][SsHh])(?:(?<=[Ss])[Hh]|(?<=[Hh]))[Ee](?![A-Za-z])")


def claims_of(f: Facts) -> tuple[ClauseClaim, ...]:
    """The claims of sentence `f`: `Facts.claims`, or, when made with the story's (`Facts.story_claims`),
    those, read on first use."""
    return f.claims if f.story_claims is None else f.story_claims[f.index]


class StoryClaims:
    """The claims of a story's sentences (`claims.claims`, rule `pronoun-subject` applied), each read on
    first use and kept: align reads only those of the sentences it compares (about half of a story's) and
    of the sentences before them a "he" or "she" leans on. `texts`: the sentences, for `Facts` made
    `with_claims=False`; without them each sentence's `Facts.claims` are its claims as written."""

    def __init__(self, facts: list[Facts], texts: list[str] | None = None) -> None:
        self.facts = facts
        self.texts = texts
        self.done: dict[int, tuple[ClauseClaim, ...]] = {}
        # for `pairs.may_match`: `claims.irregular_bases`, `claims.partner_predicates`
        self.bases: dict[int, frozenset[str]] = {}
        self.partners: dict[int, frozenset[str] | None] = {}
        self.leaning: dict[int, bool] = {}  # `may_lean`, asked of a sentence once per pair it is in

    def written(self, k: int) -> tuple[ClauseClaim, ...]:
        """Sentence `k`'s claims as its clauses write them."""
        f = self.facts[k]
        return f.claims if self.texts is None else clause_claims(self.texts[k], f.clauses, f.subordinate)

    def __getitem__(self, k: int) -> tuple[ClauseClaim, ...]:
        """Sentence `k`'s claims, a "he" / "she" subject read as the sentence before reads it (rule
        `pronoun-subject`, `_pronoun_subjects`): that sentence's claims first, and so on back along the
        document while each leans on the one before (no recursion)."""
        got = self.done.get(k)
        if got is not None:
            return got
        chain: list[tuple[int, tuple[ClauseClaim, ...]]] = []
        j = k
        while True:
            own = self.written(j)
            chain.append((j, own))
            if not self._leans(j, own) or j - 1 in self.done:
                break
            j -= 1
        for j, own in reversed(chain):
            prev = j - 1
            self.done[j] = (
                _pronoun_subjects(own, self.done[prev], self.facts[prev]) if self._leans(j, own) else own
            )
        return self.done[k]

    def may_lean(self, k: int) -> bool:
        """Sentence `k` may have a claim whose subject is "he" or "she" (`_HE_SHE`; claims read or not):
        only such a claim takes an argument from another sentence (rule `pronoun-subject`). Always true when
        the sentences' texts are not given (`Facts.claims` as made)."""
        if self.texts is None:
            return True
        got = self.leaning.get(k)
        if got is None:
            got = self.leaning[k] = _HE_SHE.search(self.texts[k]) is not None
        return got

    def _leans(self, k: int, own: tuple[ClauseClaim, ...]) -> bool:
        """A claim of sentence `k` has "he" / "she" for subject, and its document a sentence before it."""
        return k > 0 and self.facts[k - 1].doc == self.facts[k].doc and any(c.pronoun for c in own)


# rule `pronoun-owner`: the words a sentence naming no one may open on, whose person the sentence before names
_OWNER_OPENINGS = tuple(f" {w} " for w in PRONOUNS)
# rule `owner-date` (session 38): a day or a month a sentence names is no one it names ("His bond was set at
# $200,000 on Tuesday."): `Facts.names` holds them as participants ("E:tuesday", "E:oct")
_DATE_NAMES = frozenset(
    "E:" + w.lower().rstrip(".") for w in (*WEEKDAYS, *MONTHS, *SHORT_WITH_STOP, "Sept", "Sep")
)


def pronoun_owners(facts: list[Facts]) -> list[Facts]:
    """`facts` (one story's sentences, in order) with `Facts.owner` set for each sentence that names no one
    and opens on "he", "she", "his" or "her" ("His bond was set at $200,000."), after a sentence of its
    document that opens on someone's full name (`Facts.lead`): that person; the sentences between, if any,
    such sentences too (rule owner-chain, `owner_chain.chain_lead`, as analyze's `owners` reads them, but
    with no limit: "He also voted ..." four sentences after "Schumer ..." is still his, and keeps him apart).
    Two such sentences of two people are two claims however alike their words (`pairs._lead_clash`)."""
    out = list(facts)
    for k, f in enumerate(facts):
        if _owned(f) and (found := _chain_owner(facts, k)) is not None:
            out[k] = replace(f, owner=found[1], owner_given=facts[found[0]].lead_given)
    return out


def _owned(f: Facts) -> bool:
    """Rule `pronoun-owner`: `f` names no one (a day or a month aside) and opens on a pronoun."""
    return not f.names - _DATE_NAMES and f.words.startswith(_OWNER_OPENINGS)


def _chain_owner(facts: list[Facts], k: int) -> tuple[int, str] | None:
    """The sentence before `k` whose lead sentence `k` is about, and that lead (`owner_chain.chain_lead`)."""
    doc = facts[k].doc
    return chain_lead(
        k, lambda j: facts[j].doc == doc, lambda j: facts[j].lead or None, lambda j: _owned(facts[j]), None
    )


def _lead_given(text: str, first: int) -> str:
    """The given name a sentence opens on, lower-cased ("Mark Kelly, 45, ...": mark), when its first word
    is one (`first_names.txt`), else "": with `pronoun_owners`, two people of one surname (`owner-given`)."""
    m = _FIRST_NAME.match(text, first) if first >= 0 else None
    word = m.group().strip() if m else ""
    return word.lower() if word and word in gazetteer().first_names else ""


def pronoun_speakers(facts: list[Facts], claims: StoryClaims | None = None) -> list[Facts]:
    """`facts` (one story's sentences, in order) with the speaker of each sentence whose speaker is a
    pronoun (`Facts.pronoun_said`: "He said he was suffering "spiritual pain" ...") read as the person the
    sentence before, in the same document, names as its speaker, else opens on by full name
    (`Facts.lead`), else names as the only participant of its first claim's subject ("Mikhail
    Kalashnikov, who died last month aged 94, wrote a long emotional letter ..."), as the analysis reads
    "he" after a name; `Facts.said_by`, empty when none of these is one person. Each sentence's claims
    with rule `pronoun-subject` applied (`StoryClaims`) too, unless `claims` is given: then those are read
    only where a speaker needs them and the caller reads the rest from it."""
    lazy = claims is not None
    read = claims if claims is not None else StoryClaims(facts)
    out = list(facts)
    for k, f in enumerate(facts):
        if k == 0 or facts[k - 1].doc != f.doc or not f.pronoun_said:
            continue
        prev = out[k - 1]
        who = frozenset().union(*(c.speakers for c in prev.clauses)) or prev.said_by
        if not who and prev.lead:
            who = frozenset([prev.lead])
        if not who and (before := read[k - 1]):
            who = frozenset(c for c in before[0].before if c.startswith("E:"))
        if len(who) == 1:
            out[k] = replace(f, said_by=who)
    if lazy:
        return out
    return [f if (c := read[k]) is f.claims else replace(f, claims=c) for k, f in enumerate(out)]


# rule `quoted-title`: a short quotation that is no clause ("me and orson welles", "in the grip of the law",
# "explorer of the seas") written in `TITLE_SENTENCES` sentences of a story or more, never inside a
# quotation that is one nor quoted after a verb of saying or calling (`_SAID_BEFORE`), is a name the story
# keeps using (a film, a show, a book, a ship), not words said
TITLE_PHRASE = (3, 6)  # words, at least and at most (a word or two in quotation marks is a term: "diss")
TITLE_SENTENCES = 3
# words that make a quotation a clause: someone saying something ("here we go again", "it could be ...")
_CLAUSE_WORDS = frozenset(
    [
        *("i", "i'm", "i've", "i'll", "i'd", "we", "we're", "we've", "we'll", "you", "you're", "you've"),
        *("he", "he's", "she", "she's", "it", "it's", "they", "they're", "they've", "there's", "that's"),
        *("let's", "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did"),
        *("will", "would", "can", "could", "may", "might", "must", "shall", "should", "not"),
    ]
)


# rule `said-not-title`: what a sentence's words read before a quotation someone says or calls something:
# a verb of saying right before it ("said 'a complete shutdown of the mill' would cost"), or a verb of
# calling or describing (`lexicon.naming.CALLING`) with at most five words (its object, "as") between
# ("called the new stadium 'a complete waste of money'", "described the plan as '...'")
_SAID_BEFORE = re.compile(
    r" (?:(?:" + SPEECH_VERBS + r")(?: that)?"
    r"|(?:" + "|".join(CALLING) + r")"
    r"(?: \S+){0,5}) $"
)


def _said(q: tuple[str, ...], facts: list[Facts]) -> bool:
    """Some sentence quotes `q` after a verb of saying or calling (rule `said-not-title`): a speaker's
    words, however often the story writes them. A naming frame right before the mark ("a drama called
    "…"", "dubbed "…"", "known as "…"": `lexicon.naming.named_by_frame`, the quote stage's reading too)
    names the quotation, it says nothing; "called the stadium "…"" (its object between) stays speech."""
    run = " " + " ".join(q) + " "
    for f in facts:
        if q not in f.quotes and q not in f.single_quotes:
            continue
        at = f.words.find(run)
        while at >= 0:
            pre = f.words[max(0, at - 40) : at + 1]
            if _SAID_BEFORE.search(f.words, 0, at + 1) and not named_by_frame(pre):
                return True
            at = f.words.find(run, at + 1)
    return False


def _phrase(q: tuple[str, ...]) -> bool:
    """A quotation of `TITLE_PHRASE` words with no word that makes it a clause (`_CLAUSE_WORDS`, "-n't"):
    it names or describes something, it says nothing."""
    low, high = TITLE_PHRASE
    return low <= len(q) <= high and not any(w in _CLAUSE_WORDS or w.endswith("n't") for w in q)


def quoted_titles(facts: list[Facts]) -> list[Facts]:
    """`facts` (one story's sentences) with every quotation that is a name the story keeps using taken out
    of `Facts.quotes` and `single_quotes` (rule `quoted-title` above): two sentences that name one film
    share no statement ("the period drama me and orson welles" / "" me and orson welles " is a frothy
    backstage pass"). In cased text `_is_title` reads most of these by their capitals; in a story that
    lost its letter case this is what tells "the night of the gun" from "like a piece of trash"."""
    phrases = {q for f in facts for q in f.quotes + f.single_quotes if _phrase(q)}
    if not phrases:
        return facts
    # rule `double-marks-say`: a title inside a longer quotation in single marks is no sign of speech (a
    # tokenised closing mark, "'solo: a star wars story ' imagines ...", reads as quoted to the end)
    said = [" " + " ".join(q) + " " for f in facts for q in f.quotes if not _phrase(q)]
    titles = set()
    for q in phrases:
        run = " " + " ".join(q) + " "
        if (
            sum(run in f.words for f in facts) >= TITLE_SENTENCES
            and not any(run in s for s in said)
            and not _said(q, facts)
        ):
            titles.add(q)
    if not titles:
        return facts
    out = []
    for f in facts:
        if not any(q in titles for q in f.quotes + f.single_quotes):
            out.append(f)
            continue
        quotes = tuple(q for q in f.quotes if q not in titles)
        single = tuple(q for q in f.single_quotes if q not in titles)
        out.append(replace(f, quotes=quotes, single_quotes=single, quoted=f.quoted and bool(quotes)))
    return out


def _pronoun_subjects(
    claims: tuple[ClauseClaim, ...], before: tuple[ClauseClaim, ...], prev: Facts
) -> tuple[ClauseClaim, ...]:
    """Rule `pronoun-subject`: a claim whose subject is "he" or "she" alone (`ClauseClaim.pronoun`) has for
    subject the one participant the sentence before (`prev`, its claims `before`) opens on by full name
    (`Facts.lead`) and names in its first claim's subject ("Stephen Johnson was arrested Friday." / "On
    Friday night, he lost his job"), as a reader takes "he" after a name; unchanged when those are not one
    ("Johnson and Benson argued."), or the pronoun is not the one that person's first name takes with no
    one else named before (`Facts.lead_pronoun`: "Mary Marlow called her husband." / "he lost his job")."""
    who = frozenset(c for c in before[0].before if c.startswith("E:")) if before else frozenset()
    who |= frozenset([prev.lead]) if prev.lead else frozenset()
    if len(who) != 1 or not prev.lead_pronoun:
        return claims
    he = prev.lead_pronoun
    return tuple(replace(c, before=c.before | who) if c.pronoun == he else c for c in claims)


def single_quoted_spans(text: str, doubles: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quotation in single marks outside the double ones (`doubles`:
    `quoted_spans`), British style: an opening mark (`_SINGLE_OPEN`) to the first closing one after it
    (`_SINGLE_CLOSE`; "don't", "Smith's" are neither), closed; a sentence that opens on one and never
    closes it is quoted to its end, and one that closes a quotation after a comma or a stop with none
    opened before is quoted from its start, neither closed ("'It was not a real gun." / "It was just a
    stupid joke,' they were reported to have said."). Nested marks ("... ‘Wait a minute.”") are the double
    quotation's."""
    if "'" not in text and "‘" not in text and "’" not in text:
        return []

    def free(at: int) -> bool:
        return not any(s <= at < e for s, e, _ in doubles)

    opens = [m.start() for m in _SINGLE_OPEN.finditer(text) if free(m.start())]
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text) if free(m.start())]
    out: list[tuple[int, int, bool]] = []
    first = len(text) - len(text.lstrip(' "“'))
    if closes and (not opens or closes[0] < opens[0]) and text[closes[0] - 1] in ".,!?":
        out.append((0, closes[0] + 1, False))
    end = -1
    for o in opens:
        if o < end:
            continue
        c = next((c for c in closes if c > o + 1), None)
        if c is not None:
            out.append((o, c + 1, True))
            end = c + 1
        elif o == first:
            out.append((o, len(text), False))
            break
    return out


def _tenses(clauses: tuple[Clause, ...]) -> dict[str, frozenset[str]]:
    """A sentence's `pending` and `done` concepts (see `Clause`); a concept written both ways is
    neither."""
    if len(clauses) == 1:
        return {"pending": clauses[0].pending, "done": clauses[0].done}
    pending = frozenset().union(*(c.pending for c in clauses))
    done = frozenset().union(*(c.done for c in clauses))
    both = pending & done
    return {"pending": pending - both, "done": done - both}


# rule `surname-lead`: a sentence that opens on one capitalised word and an appositive after its comma
# ("Williams, a former Maxton police officer, is charged ...", "Huggins, 17, ...") opens on a person by
# surname, as one that opens on a full name does
_APPOSITIVE_AFTER = re.compile(r", (?:a|an|the|\d{1,3},|who)\b")


def _aliased(casing: Casing, lead: str | None) -> str | None:
    """The participant a sentence opens on, an acronym's read as its long form's (`Casing.aliases`)."""
    return casing.aliases.get(lead, lead) if lead is not None and casing.aliases else lead


def _lead(text: str, clauses: tuple[Clause, ...], first: int) -> str | None:
    """The participant the sentence opens on, when it opens on a full name (two capitalised words or
    more, not a name from `data/names.tsv`) or on a surname and its appositive (`surname-lead`): its
    subject, by a cheap guess."""
    if not clauses:
        return None
    for _, concept, start, end in clauses[0].spots:
        opening = text[first:start]  # "Jordan " when the story never writes "Jordan" inside a sentence
        if start != first and not _FIRST_NAME.fullmatch(opening):
            break
        name = text[first:end]
        if not concept.startswith("E:") or name in lexicon().names:
            continue
        if " " in name or (start == first and _APPOSITIVE_AFTER.match(text, end)):
            return _surname(concept, name, [c for _, c, s, e in clauses[0].spots if (s, e) == (start, end)])
    return None


def _surname(concept: str, name: str, run: list[str]) -> str:
    """Rule `lead-surname`: of the participants one name gives ("Steve Vogelsang": steve and vogelsang, both
    written alone in the story), the lead is the one written last, the surname, not the first in sort
    order: "Steve Vogelsang has been charged" / "... Stephen Vogelsang has been charged" open on one
    person. Whole words: "Dan Jordan" ends on jordan, though "dan" is inside it."""
    low = name.lower()
    at = {c: _last_word(c[2:], low) for c in run if c.startswith("E:")}
    named = [c for c, i in at.items() if i >= 0]
    return max(named, key=at.__getitem__) if len(named) > 1 else concept


def _last_word(word: str, text: str) -> int:
    """Where `word` is last written in `text` as whole words (no word character, `_is_word`, either side),
    or -1; matches read left to right, each after the one before, as a pattern's `finditer` reads them
    (plain `str.find`: a pattern built for each word cost a compile or a cache look-up per call)."""
    if not word:  # an empty word matches between two non-word characters: the pattern says where
        return max((m.start() for m in re.finditer(r"(?<!\w)(?!\w)", text)), default=-1)
    last, pos, n = -1, 0, len(word)
    while (at := text.find(word, pos)) >= 0:
        if (at == 0 or not _is_word(text[at - 1])) and (at + n == len(text) or not _is_word(text[at + n])):
            last, pos = at, at + n
        else:
            pos = at + 1
    return last


def _is_word(ch: str) -> bool:
    """A character the pattern class `\\w` holds (unicode: letters, digits, numerals and "_")."""
    return ch.isalnum() or ch == "_"


# person nouns beside the role words that may stand for someone a "he" or "she" after them refers to
_PERSON_NOUNS = frozenset(["man", "woman", "boy", "girl"])


def _lead_pronoun(text: str, clauses: tuple[Clause, ...], first: int, lead: str | None) -> str:
    """Rule `pronoun-subject`: the pronoun a "he" or "she" in the next sentence would be for the person
    the sentence opens on (`lead`): "she" when the first name is listed as mostly female, "he" when it is
    another listed first name (`female_names.txt`, `first_names.txt`); "" when the name is none of these,
    or the sentence names another person (a listed first name or a title before the name: "Cameron
    Benson", "Mr. Benson") or a person by a noun that may be the antecedent ("Mary Marlow called her
    husband", "the officer")."""
    spot = next((sp for sp in clauses[0].spots if sp[1] == lead), None) if lead and clauses else None
    if spot is None:
        return ""
    g = gazetteer()
    given = text[first : spot[3]].split()[0]
    pronoun = "she" if given in g.female_names else "he" if given in g.first_names else ""
    for cl in clauses:
        for _, concept, start, end in cl.spots:
            if concept == lead or not concept.startswith("E:"):
                continue
            title = re.findall(r"[A-Za-z]+", text[max(0, start - 12) : start])[-1:]
            if text[start:end].split()[0] in g.first_names or (title and tuple(title) in g.titles):
                return ""
    if any(w in g.roles or w in _PERSON_NOUNS for w in re.findall(r"\b[a-z]+(?:-[a-z]+)*\b", text)):
        return ""
    return pronoun


def months(text: str) -> tuple[tuple[str, str, int], ...]:
    """The months a sentence says something happened in, with no day ("wrote ... in May 2012", "In
    July, the Council backed"): (key, as written, where), the key the month's first three letters
    ("Sept." -> "sep")."""
    return tuple(
        (m.group(1)[:3].lower(), " ".join(filter(None, m.groups())), m.start(1))
        for m in _MONTH.finditer(text)
    )


def death_tolls(text: str) -> list[Count]:
    """The death tolls a clause gives, as counts of unit `dead` ("at least 12" keeps its interval)."""
    ranges = _toll_ranges(text)
    out = [c for c, _, _ in ranges]
    seen: set[int] = set()
    for rx in _DEATHS:
        for m in rx.finditer(text):
            if m.start(1) in seen or any(a <= m.start(1) < b for _, a, b in ranges):
                continue  # an end of a range read whole (`toll-range`)
            seen.add(m.start(1))
            if m.group(0)[:4].lower() == "toll" and not _DEATH_CONTEXT.search(text):
                continue  # a bare "toll" is a death toll only beside a death word ("bridge toll": no)
            if MONTH_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1)):
                continue  # a day: "on Aug. 7 killed 257 people"
            name = NAME_BEFORE.search(text, max(0, m.start(1) - 25), m.start(1)) if rx is _TOLL_NOUN else None
            if name and name.group(1)[0].isupper() and name.start(1) > 0:
                continue  # part of a name: "Flight 370 deaths", "Route 66 deaths" (as `counts` reads it)
            if rx is _TOLL_NOUN and LABEL_BEFORE.search(text, max(0, m.start(1) - 25), m.start(1)):
                continue  # rule `label-word`: "Flight 370 deaths" opening a sentence names a flight
            n = m.group(1).lower()
            v = float(_WORD_NUM[n]) if n in _WORD_NUM else float(n.replace(",", ""))
            if 1900 <= v <= 2100 and "," not in n:
                continue  # a year ("2,000 deaths" is none: rule `comma-count`)
            out.append(
                qualified_count(v, v, "dead", m.group(1), "dead", text[max(0, m.start(1) - 25) : m.start(1)])
            )
    return out


def _toll_ranges(text: str) -> list[tuple[Count, int, int]]:
    """Rule `toll-range`: the tolls a clause gives as a range (`_DEATH_RANGES`), with where each is
    written: `lo`-`hi` as written, its text the range's ("200 and 250", as `analyze.numbers.counts`
    writes it); none with a year or a day for an end, none whose low end is not below its high."""
    out: list[tuple[Count, int, int]] = []
    for rx in _DEATH_RANGES:
        for m in rx.finditer(text):
            k = 1 if m.group(1) else 3
            ends = [m.group(k).lower(), m.group(k + 1).lower()]
            if any(a == m.start(k) for _, a, _ in out):
                continue
            if MONTH_BEFORE.search(text, max(0, m.start(k) - 6), m.start(k)):
                continue  # a day: "on Aug. 7 to 9 killed"
            lo, hi = (float(_WORD_NUM[n]) if n in _WORD_NUM else float(n.replace(",", "")) for n in ends)
            if not lo < hi or any(
                1900 <= v <= 2100 and "," not in n for v, n in zip((lo, hi), ends, strict=True)
            ):
                continue
            out.append(
                (Count(lo, "dead", lo, hi, text[m.start(k) : m.end(k + 1)], "dead"), m.start(k), m.end(k + 1))
            )
    return out


def _with_deaths(cs: tuple[Count, ...], deaths: list[Count], text: str) -> tuple[Count, ...]:
    """The counts with each death toll in place of the count of the same number ("three people" in
    "killed three people" is a toll: one count, not two), the other tolls added. A count is taken
    for a toll only when it counts no measure ("8 dollars" stays dollars) and its number is written
    once in the clause ("12 people were injured and 12 were killed": which 12 is the toll is not
    known from the number, so the injured count stays and the toll is added)."""
    if not deaths:
        return cs
    by_text = {d.text: d for d in deaths}
    written = _NUMBER_TOKENS.findall(text)
    out = tuple(
        _toll(c, by_text.pop(c.text))
        if c.text in by_text
        and not c.measure
        and (written.count(c.text) == 1 or ((" " in c.text or "-" in c.text) and text.count(c.text) == 1))
        else c
        for c in cs
    )
    return out + tuple(d for d in deaths if d.text in by_text)


def _clock(hm: str, ampm: str, gmt: str) -> str:
    """One clock time as `_TIME` matched it, written one way ("06:57" -> "6:57", "4 p.m." -> "4p.m.")."""
    return (hm[1:] if hm[:1] == "0" and len(hm) == 5 else hm) or ampm.replace(" ", "") or gmt


def _toll(c: Count, d: Count) -> Count:
    """A count read as a toll: its slot `dead`, its noun kept when it names people or deaths ("12 people",
    "129 deaths", "1,200 lives")."""
    return replace(d, noun=c.noun) if c.noun in ("people", "persons", "deaths", "fatalities", "lives") else d


# Quotations that name a show, a work or a person rather than report words said, read by what is written
# right before the opening mark or by their own capitals (beside `_is_title` and the `quoted-name` rule of
# `lexicon.naming`): two sentences that name one show share no statement (session 23's cased and
# lower-cased census: 17 of 32 false multi-source markers rested on a quoted name).
# rule `outlet-show`: right after a network's possessive, a show ("told CNN's "State of the Union"")
_OUTLET_BEFORE = re.compile(
    r"\b(?i:cnn|nbc|abc|cbs|fox|fox news|fox business|msnbc|cnbc|pbs|npr|hbo|bbc|espn|itv|c-span|"
    r"comedy central|showtime|netflix|hulu|mtv|bravo|tlc|amc)\s?['’]\s?s?\s*$"
)
# rule `show-after-on`: right after "on" and a verb of saying or airing at most one word before, a show ("said
# on "Fox News Sunday"", "broadcast live on "The Howard Stern Show"", "an appearance on "…""); with more
# words between, "on" belongs to another verb ("said she would focus on "jobs, jobs, jobs"", "spoke at length
# on "the need for change"": words said, session 24 review S2)
_ON_SHOW_BEFORE = re.compile(
    r"\b(?i:said|says|told|tells|appeared|appearing|appearance|speaking|spoke|interview|aired|airing|"
    r"broadcast|live)(?:\s+\S+)?\s+(?i:on)\s*$"
)
ON_SHOW_WORDS = 6  # a quotation after "on" this long at most is a show's name
# rule `work-title`: right after a noun that names a work, or "titled", a title ("the story "A Rape on
# Campus"", "a song titled "…""); no comma between ("in his book, "I was wrong"" quotes the book)
_WORK_BEFORE = re.compile(
    r"\b(?i:film|movie|documentary|song|album|book|novel|memoir|autobiography|show|series|sitcom|episode|"
    r"podcast|musical|column|essay|article|story|headline|titled|entitled|headlined)\s*$"
)
WORK_WORDS = 12  # a quotation after such a noun this long at most is its title
# rule `work-apposed`: right before a comma and a noun that names a work, a title (""A Star Is Born," the
# musical drama starring ...", "according to "Michael Jordan: The Life," a new biography"). Not when the
# noun is a possessive or a verb of saying follows it within three words: a person described through a work
# speaks (""…," the film's director said", ""…," the drama teacher told": session 24 review S1)
_WORK_AFTER = re.compile(
    r"\s*,?\s*(?i:the|a|an|his|her|their|its)\s+(?:[a-z][a-z-]*\s+){0,2}"
    r"(?i:film|movie|drama|comedy|documentary|book|memoir|novel|album|song|show|series|sitcom|"
    r"musical|biopic|sequel|thriller|biography)s?\b(?!['’])"
    r"(?!(?:\s+[^\s,.;:]+){0,3}?\s+(?i:" + SPEECH_VERBS + r")\b)"
)
# rule `capitalised-label`: every word capitalised or a number, two capitalised at least, some letter in
# lower case ("John Doe No. 117"; `_is_title` wants two words of four letters; "NO MORE WAR" is a sign)
LABEL_WORDS = 6


def quoted_name(text: str, start: int, end: int, words: list[str]) -> str | None:
    """The rule that reads the closed quotation `text[start:end]` (its words `words`) as a name, not
    words said (see the rules above), or None."""
    if not words:
        return None
    pre = text[max(0, start - 30) : start]
    if _OUTLET_BEFORE.search(pre):
        return "outlet-show"
    if len(words) <= ON_SHOW_WORDS and _ON_SHOW_BEFORE.search(pre):
        return "show-after-on"
    if len(words) <= WORK_WORDS and _WORK_BEFORE.search(pre):
        return "work-title"
    if len(words) <= WORK_WORDS and _WORK_AFTER.match(text, end):
        return "work-apposed"
    caps = sum(w[0].isupper() for w in words)
    if (
        len(words) <= LABEL_WORDS
        and caps >= 2
        and all(w[0].isupper() or w.isdigit() for w in words)
        and any(ch.islower() for w in words for ch in w)
    ):
        return "capitalised-label"
    return None


def _is_title(words: list[str]) -> bool:
    """A quoted title or name, not quoted speech: at most `TITLE_WORDS` words, every word of four
    letters or more capitalised, two such at least ("Forgetting to Be Afraid", "Walk of Punishment")."""
    long = [w for w in words if len(w) >= 4]
    return len(words) <= TITLE_WORDS and len(long) >= 2 and all(w[0].isupper() for w in long)


def _asked_to(text: str, toks: list[tuple[str, int, int]], first: int) -> int:
    """`Facts.asked_to`: the number of the sentence's words (`_plain_words`) before the comma that ends an
    opening participle's question ("Asked whether he paid the fine, ..."), 0 when it opens on none."""
    m = _ASKED_OPENING.match(text, first) if first >= 0 and "sked" in text else None
    if m is None:
        return 0
    return len(_plain_words([t[0] for t in toks if t[1] < m.end()]))


def _plain_words(tokens: list[str]) -> tuple[str, ...]:
    """Lower-cased words with numbers and apostrophes written one way, so two transcripts of one
    quotation match: "seven to 10 times" and "7-10 times" are both `7 10 times`; "I’m" is "i'm"."""
    if not tokens:
        return ()
    joined = " ".join(tokens).lower()  # one pass over the sentence (tokens hold no spaces)
    low = (joined.replace("’", "'") if "’" in joined else joined).split(" ")
    out = [_WORD_DIGITS.get(w, w) for w in low] if not _WORD_DIGITS.keys().isdisjoint(low) else low
    if "to" not in out:
        return tuple(out)
    last = len(out) - 1
    cut = []  # each "to" between two numbers (the words found by `list.index`, not tested one by one)
    k = -1
    while True:
        try:
            k = out.index("to", k + 1)
        except ValueError:
            break
        if 0 < k < last and out[k - 1].isdigit() and out[k + 1].isdigit():
            cut.append(k)
    if not cut:
        return tuple(out)
    return tuple(w for k, w in enumerate(out) if k not in cut)


def ages(text: str) -> tuple[str, ...]:
    """The ages listed after "aged" ("aged 2½, 3 and 2" -> 2½, 3, 2); () when none."""
    m = _AGES.search(text)
    return tuple(re.findall(_AGE_NUM, m.group(1))) if m else ()


# rule `vote-tally`: a vote's count for and against ("voted 7-2", "by a vote of 6-3", "a 5-4 decision")
_TALLY = re.compile(
    r"\b(?:voted|vote of|votes of)\s+(\d{1,3})\s*[-–]\s*(\d{1,3})\b"
    r"|\b(\d{1,3})\s*[-–]\s*(\d{1,3})\s+(?:vote|decision|ruling|verdict)\b",
    re.IGNORECASE,
)


def vote_tallies(text: str) -> frozenset[str]:
    """The vote tallies a sentence gives, larger side first ("voted 7-2" and "a 2-7 vote" are "7-2")."""
    out = set()
    for m in _TALLY.finditer(text):
        a, b = (int(x) for x in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
        out.add(f"{max(a, b)}-{min(a, b)}")
    return frozenset(out)


def age_value(age: str) -> float:
    """An age as `ages` reads it, as a number: "2½", "2.5", "2 1/2" and "2-1/2" are all 2.5."""
    whole = re.match(r"\d+", age)
    rest = age[whole.end() :].strip(" -") if whole else ""
    return (float(whole.group()) if whole else 0.0) + _AGE_PARTS.get(rest, 0.0)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause; a piece of fewer than three words joins the one before it."""
    if not any(m in text for m in _BREAK_MARKS):
        return [(0, len(text))]  # no mark `_BREAK` needs (a third of the sentences): one clause
    spans: list[tuple[int, int]] = []
    pos = 0
    breaks = _BREAK if any(m in text for m in _OTHER_MARKS) else _COMMA_BREAK_RE
    for m in breaks.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and len(text[s:e].split(None, 2)) < 3:  # fewer than three words (stops at the third)
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    if len(out) > 1 and len(text[out[0][0] : out[0][1]].split(None, 2)) < 3:
        out[0:2] = [(out[0][0], out[1][1])]
    return out or [(0, len(text))]


def _to_readers(text: str) -> bool:
    """The outlet asking its readers for something (plain string tests first: this runs on every
    sentence)."""
    return text[:12].lower().startswith(_ASKS) or ("hear from you" in text and bool(_HEAR.search(text)))


# rule `fragment-source` (session 34): a sentence of a cased story that opens in lower case on a function
# word or a verb of saying ("by the National Transportation Safety Board.", "said Dr. Jon Tallis, professor of
# psychiatry ...", "will move in the "E" category.") is a piece the splitter cut from a sentence: it states
# no claim a reader could check on its own (`rules.decide`: no `fact` rests on it; a quotation still may)
_FRAGMENT_OPENERS = "\"“‘'(["
_FRAGMENT_WORD = re.compile(r"[a-z][a-z'’]*(?![A-Za-z])")  # a whole word: "iPhone" opens on no stop word
_FRAGMENT_SAYING = frozenset(["told", "added", "according", "noted", "stated", "reported", "explained"])


# rule `elliptic-fragment` (issue 14): a short sentence that is only a limiting word and a phrase after a
# preposition ("At least, for the mayor.", "Especially in Harwick.") leans on the sentence before it for its
# verb: cased or not, it states nothing on its own (it was cited as stating a whole post about the mayor)
_ELLIPTIC = re.compile(
    r"(?:(?:or|but|and|well)\s+)?(?:at\s+least|at\s+most|especially|particularly|except|not|even|only|mostly)"
    r",?\s+(?:for|in|to|with|on|among|by|from|at|during|after|before|of)\s[^,;:!?\"“”]*[.!?]?",
    re.IGNORECASE,
)
ELLIPTIC_WORDS = 10  # words at most in an elliptic fragment


# a form of "be" or "have", a modal, or a subject pronoun: a cut sentence holding one may state something the
# verb reader does not see ("who was", "it calls for about $200 billion in")
_VERB_WORDS = frozenset(
    ("is", "was", "are", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
     "will", "would", "can", "could", "may", "might", "shall", "should", "must",
     "it", "he", "she", "they", "we", "i")
)  # fmt: skip


def cut_verbless(text: str) -> bool:
    """Rule `cut-verbless` (session 57): `text` ends on a stop word, no closing mark (its article was cut off
    mid-phrase: "... kalendar for"), and holds no verb but, at most, a naming participle ("titled", "named":
    `NAMING_PARTICIPLES`; a cut phrase of no verb at all is one too), no form of "be" or "have", no modal
    and no subject pronoun (`_VERB_WORDS`): "The leather-bound book, titled gaines universal register or
    american and british kalendar for" names a thing and states nothing of it (it was cited, `same-fact`,
    as stating "Strands of washington's hair were discovered ... inside a leather book, "gaines universal
    register ..."": training story 38233). A line that ends on another word ("[1] Requires an iCloud
    account") is no cut sentence, nor is a clause the splitter cut ("Beatification is the final step
    before sainthood")."""
    if not text[-1:].isalpha() or text.rsplit(None, 1)[-1].lower() not in STOP_WORDS:
        return False
    if any(w.lower() in _VERB_WORDS for w, _, _ in tokens(text)):
        return False
    return all(text[s:e].lower() in NAMING_PARTICIPLES for s, e, _ in verb_spans(text, 0, len(text)))


def is_fragment(text: str, caseless: bool) -> bool:
    """`text` opens in lower case on a stop word or a verb of saying, in a story that keeps letter case, and
    capitalises a word inside it (`casing.capitalises_inside`): a lower-cased copy's sentence ("to the best of
    my knowledge, sarah kline was ...") opens in lower case whole, no piece of one; or, cased or not, it is
    elliptic (rule `elliptic-fragment`: "At least, for the mayor."), or cut off with no verb of its own (rule
    `cut-verbless`)."""
    plain = text.strip()
    if len(plain.split()) <= ELLIPTIC_WORDS and _ELLIPTIC.fullmatch(plain):
        return True
    if cut_verbless(plain):
        return True
    if caseless:
        return False
    m = _FRAGMENT_WORD.match(text.lstrip().lstrip(_FRAGMENT_OPENERS))
    return (
        m is not None
        and (m.group() in STOP_WORDS or m.group() in _FRAGMENT_SAYING)
        and capitalises_inside(text)
    )


@lru_cache(maxsize=4096)
def is_furniture(text: str) -> bool:
    """Page furniture that never states a fact: very short lines, promos, headline-case lines, contact
    lines and notes to editors. Kept for the last texts asked: align asks it of every sentence, and the
    agreement lists again of the same sentences (~0.25 ms a LongBench story each time)."""
    words = text.split()
    if len(words) < MIN_WORDS or _PROMO.match(text.strip()):
        return True
    if text.strip().startswith("(") and text.strip().endswith(")"):
        return True  # "(Learn more about how feathers evolved.)", "(Photo: ...)"
    if text.rstrip().endswith(":"):
        return True  # "For reference, here they are:" introduces a photo, a list, a quotation
    if ("ax" in text or "AX" in text or "elex" in text or "EDITOR" in text) and _CONTACT.search(text):
        return True  # a syndicate's contact line, a note to editors
    if _to_readers(text) and not any(q in text for q in '"“”'):
        return True  # a call to readers, not someone quoted appealing for witnesses
    if text.rstrip()[-1:] in ".!?\"”’'":
        return False  # a finished sentence (tested before counting capitals, which costs a loop)
    caps = sum(w[0].isupper() for w in words if w[0].isalpha())
    return caps >= 0.6 * len(words)  # a subhead, a headline


# rule `name-run-comma`: a run of capitalised words that a comma, a colon, a bracket or a dash cuts is two
# ("On Friday, Johnson knocked ...", "In Dallas, Smith said"), never one name ("Friday Johnson")
_RUN_BREAK = re.compile(r"[,;:()\[\]—–]")
# rule `name-run-day`: a weekday is a name of its own ("visited the town of Hama Thursday", "arrested in Dania
# Beach Friday"), never the last word of the name before it (Hama and Thursday, not "Hama Thursday": Thursday)
_RUN_DAYS = frozenset(WEEKDAYS)


def _clause(
    text: str,
    start: int,
    end: int,
    casing: Casing,
    year: int | None,
    lex: Lexicon,
    first: int,
    toks: list[tuple[str, int, int]],
    with_marks: bool = True,
) -> Clause:
    """The concepts, counts, negation and hedging of the clause `text[start:end]` (`toks`: its tokens,
    with their places in the sentence; `with_marks=False`: no `Clause.marks`)."""
    piece = text[start:end]
    rel = _relative_years(piece, year) if year is not None and "year" in piece else set()
    words_of = _without_years(piece, rel)
    gaps, off = text, 0  # where the tokens' places are read (the gap between two of a name run)
    if rel:  # the words of "in eleven years" are the year, not content
        toks = [(m.group(), start + m.start(), start + m.end()) for m in _TOKEN.finditer(words_of)]
        gaps, off = words_of, start
    concepts: set[str] = set(rel)
    content: list[str] = []
    infos: list[tuple[str, str, bool]] = []  # each content word's `_word`
    where: list[tuple[int, int, int]] = []  # each content word's (token number, start, end) in the sentence
    spots: list[tuple[int, str, int, int]] = []  # (token number, concept, start, end): where each concept is
    run: list[str] = []
    run_at: list[tuple[int, int, int]] = []

    speakers: set[str] = set()

    def flush() -> None:
        got = runs.get(named := tuple(run))
        if got is None:
            common: list[str] = []
            found = _participants(run, lex, casing, common)
            got = runs[named] = (
                tuple(sorted(found)),
                tuple(common),
                tuple(_WORDS.get(t) or _word(t, lex) for t in common),
            )
        keys, common_words, kinds = got
        concepts.update(keys)
        if common_words:  # a run's words the story writes in lower case
            content.extend(common_words)
            infos.extend(kinds)
            where.extend(run_at[-1:] * len(common_words))
        for key in keys:
            spots.append((run_at[0][0], key, run_at[0][1], run_at[-1][2]))
        k = run_at[-1][0] - start + 1  # the token after the run, within the clause
        if keys and k < len(toks) and toks[k][0] in _SPEECH:
            speakers.update(keys)
        run.clear()
        run_at.clear()

    capitals = casing.capitals
    runs = casing.runs
    capital: list[str] = []  # the capitalised words, lower-cased
    for n, (w, ts, te) in enumerate(toks):
        named, parts, kinds = _TOKEN_KINDS.get(w) or _token_kind(w, lex)
        if run and (
            _RUN_BREAK.search(gaps, run_at[-1][2] - off, ts - off) or w in _RUN_DAYS or run[-1] in _RUN_DAYS
        ):
            flush()  # rules `name-run-comma`, `name-run-day`: "On Friday, Johnson", "in Hama Thursday": two
        if named and ((ts != first and not _opens_quotation(text, ts)) or w in capitals):
            run.append(w)
            capital.append(w.lower())
            run_at.append((n + start, ts, te))  # token numbers: clause start keeps them apart
            continue
        if run:
            flush()
        if not parts:
            continue  # a number
        content.extend(parts)
        infos.extend(kinds)
        at = (n + start, ts, te)
        if len(parts) == 1:
            where.append(at)
        else:
            where.extend([at] * len(parts))
    if run:
        flush()
    done: list[tuple[int, str]] = []  # (start, concept) of each event told in the past tense
    irregular = _irregular_bases()
    for k, c, n in _concepts_at(content, lex, where, infos):
        concepts.add(c)
        spots.append((where[k][0], c, where[k][1], where[k + n - 1][2]))
        last = content[k + n - 1]
        if last.endswith("ed") and last not in _PRESENT_EED:
            done.append((where[k][1], c))
        elif last in irregular:
            done.append((where[k][1], irregular[last]))  # "paid" (pay): "was told to pay" / "paid"
    low = piece.lower()
    segments = set(content)  # the clause's words in lower case, for the cheap tests below
    segments.update(capital)
    if "'" in low or "’" in low:  # "nobody's": the tests need the parts
        segments.update(_SEGMENTS.findall(low))
    cs: tuple[Count, ...] = ()
    # a digit is a match of `_NUMBERISH` too: the pattern runs only for number words
    if _DIGIT.search(words_of) or (not segments.isdisjoint(_NUMBER_HINT) and _NUMBERISH.search(words_of)):
        # a number written in words needs a word of `_NUMBER_HINT` among the clause's (`numbers.counts`
        # reads them case-insensitively: the letters `str.lower` keeps apart send it to the pattern)
        spelled = not segments.isdisjoint(_NUMBER_HINT) or folds_apart(words_of)
        read = counts(words_of, ages=True, caseless=casing.caseless, spelled=spelled)
        cs = tuple(_address(_money_noun(c, words_of), words_of) for c in read)
        if not segments.isdisjoint(_DEATH_WORDS):
            cs = _with_deaths(cs, death_tolls(words_of), words_of)
        concepts.update(f"N:{c.unit}:{c.value:g}" for c in cs)
        concepts.update(f"Y:{y}" for y in years(piece, relative=False) if y.isdigit())
        for m in _BIG_NUMBER.finditer(words_of):  # "86,000 reserves" / "86,000 reserve soldiers"
            v = int(m.group().replace(",", ""))
            year = 1900 <= v <= 2100 and "," not in m.group()  # "2,000" is no year (`comma-count`)
            if not year and not any(c.value == v for c in cs):  # a count says it better
                concepts.add(f"N::{v}")
    if casing.roles and any(r in piece for r in _ROLE_HINTS):
        for m in _ROLE_ALONE.finditer(piece):  # "the North Korean leader", where the story names him
            who = casing.roles.get(_role_key(m.group(1), m.group(2), m.group(3))) or (
                casing.roles.get(_role_key(m.group(1), m.group(2))) if m.group(3) else None
            )
            if who:
                concepts.add("E:" + who)
                n = len(_TOKEN.findall(words_of[: m.start()]))
                spots.append((n + start, "E:" + who, start + m.start(), start + m.end()))
    negated = False
    spans: tuple[tuple[int, int], ...] = ()
    if not segments.isdisjoint(_NEGATION_HINT) or "n't" in low or "n’t" in low:
        hinted = any(h in low for h in _NOT_NEGATION_HINTS) or folds_apart(piece)
        plain = _NOT_NEGATION.sub(" ", piece) if hinted and _NOT_NEGATION.search(piece) else piece
        negated = bool(_NEGATION_RE.search(plain))
        if negated:
            same = _NOT_NEGATION.sub(lambda m: " " * len(m.group()), piece) if plain is not piece else piece
            spans = tuple(_negation_span(same, m.end(), start) for m in _NEGATION_RE.finditer(same))
    hedged = not segments.isdisjoint(_HEDGE) and _hedged(text, start, end)
    pending: set[str] = set()
    pending_at: set[int] = set()
    if not segments.isdisjoint(_MODALS):
        for _, c, s, _ in spots:
            if ":" not in c and _MODAL_BEFORE.search(text, max(0, s - 20), s):
                pending.add(c)
                pending_at.add(s)
        for m in _MODAL_STOP_VERB.finditer(piece):
            pending.add(_stop_verb_concept(m.group(1)))
    # rule `done-spot`: an event is done where it is itself told in the past, not where it is ordered or
    # to come ("Jon Tallis, who was told to resign by the board, resigned on Monday": done, not pending)
    past = {c for s, c in done if s not in pending_at and not _other_doer(text, s)}
    attribution = (
        start > 0
        and (any(map(low.__contains__, _ATTRIBUTION_WORDS)) or folds_apart(piece))
        and bool(_ATTRIBUTION.match(piece))
    )
    places = written_at(words_of, cs)
    at = tuple(start + i if i >= 0 else -1 for i in places)
    parts = tuple(_part_here(words_of, i, c) for i, c in zip(places, cs, strict=True)) if cs else ()
    marks = (
        tuple(count_marks(words_of, i, c) for i, c in zip(places, cs, strict=True))
        if cs and with_marks
        else ()
    )
    return Clause(
        start,
        end,
        frozenset(concepts),
        cs,
        negated,
        hedged,
        attribution,
        tuple(sorted(spots)),
        frozenset(pending - past),
        frozenset(past),
        at,
        parts,
        frozenset(speakers),
        marks,
        negation_spans=spans,
    )


def _negated_aside(text: str, cl: Clause, side: tuple[tuple[int, int], ...]) -> Clause:
    """Clause `cl` (negated) with `negated_aside` set when each of its negations lies in a side stretch of
    the sentence (`side`: "..., even as a Chilean admiral defended the navy's decision not to warn Oslo"):
    the concepts written in those stretches; `cl` as it is when one lies outside them."""
    piece = text[cl.start : cl.end]
    plain = _NOT_NEGATION.sub(lambda m: " " * len(m.group()), piece) if _NOT_NEGATION.search(piece) else piece
    held: set[tuple[int, int]] = set()
    for m in _NEGATION_RE.finditer(plain):
        at = cl.start + m.start()
        inside = next(((s, e) for s, e in side if s <= at < e), None)
        if inside is None:
            return cl
        held.add(inside)
    aside = frozenset(c for _, c, s, _ in cl.spots if any(a <= s < b for a, b in held))
    return replace(cl, negated_aside=aside) if held else cl


def denies(cl: Clause, shared: frozenset[str], scoped: bool = True) -> bool:
    """Rule `negation-aside`: clause `cl` denies what it shares with another clause (`shared`, the concepts
    the two share): a negation in its main words, or in a side stretch that writes a word of `shared`, not
    only a participant ("Smith, who did not attend the meeting, resigned" denies attending). A negation only
    in a side stretch that writes none of the shared words ("Norway and Chile agreed to work together ...,
    even as a Norwegian admiral defended the decision not to warn Oslo") is about something else. Read only
    where one clause of a pair is negated and the other not (`pairs.compare`): it lifts a clash, never makes
    one. Rule `negation-scope`: a negation denies the words written after it, up to a comma, an "and" or
    a "but" (`_negation_span`); when none of those is shared ("He is $53 million
    in debt and it doesn't look like he will get help" beside "he's $53 million in debt"; "walked into a
    bank without a disguise and demanded cash"), it denies something the other sentence does not say. A
    negation with no word after it ("arrested no one") denies all, as does each with `scoped` False (a
    sentence of the pair cut short, `pairs.cut_short`: what is denied, or said, may be in the words cut)."""
    return (
        cl.negated
        and (not cl.negated_aside or any(":" not in c for c in shared & cl.negated_aside))
        and (
            not scoped
            or not cl.negation_spans
            or any(_scope_shared(cl, span, shared) for span in cl.negation_spans)
        )
    )


# not "or": "not for a commercial or for an episode of his series" denies both
_SCOPE_END = re.compile(r"[,;:()\u2014]|\s--\s|\b(?:and|but)\b", re.IGNORECASE)


def _negation_span(piece: str, end: int, start: int) -> tuple[int, int]:
    """Rule `negation-scope`: the stretch a negation ending at `end` of clause `piece` (at `start` in its
    sentence) denies: from there to the next comma, dash, "and" or "but", or the clause's end."""
    m = _SCOPE_END.search(piece, end)
    return start + end, start + (m.start() if m else len(piece))


def _scope_shared(cl: Clause, span: tuple[int, int], shared: frozenset[str]) -> bool:
    """Rule `negation-scope`: the negation denying `span` of clause `cl` denies a concept of `shared` among
    its words (or it has no word, and is read as denying all)."""
    after = [c for _, c, s, _ in cl.spots if span[0] <= s < span[1]]
    return not after or not shared.isdisjoint(after)


def _without_years(piece: str, rel: set[str]) -> str:
    """The clause `piece` with the words of its relative years (`rel`: "in eleven years") blanked, the same
    length: the text its counts are read in."""
    return _REL_YEAR.sub(lambda m: " " * len(m.group()), piece) if rel else piece


def clause_marks(f: Facts, cl: Clause) -> tuple[frozenset[str], ...]:
    """`cl.marks` (a clause of `f`), read from the sentence's text as `sentence_facts` reads them when `f`
    was made `with_marks=False` (`Facts.unmarked`): align reads them only for the counts of a clash."""
    if cl.marks or not cl.counts or f.unmarked is None:
        return cl.marks
    text, year = f.unmarked
    piece = text[cl.start : cl.end]
    rel = _relative_years(piece, year) if year is not None and "year" in piece else set()
    words_of = _without_years(piece, rel)
    at = [i - cl.start if i >= 0 else -1 for i in cl.count_at]
    return tuple(count_marks(words_of, i, c) for i, c in zip(at, cl.counts, strict=True))


def _other_doer(text: str, at: int) -> bool:
    """Rule `done-other-doer`: the past verb at `at` follows an order or plan (`_MODAL`) and then "and" /
    "but" and a subject of its own or a negation, not the subject of the order: its act is not done (in
    a clause of its own, the order's stays pending: `_tenses`)."""
    low = text[max(0, at - 100) : at].lower()
    if "and" not in low and "but" not in low and "yet" not in low:
        return False  # a match holds "and", "but" or "yet", case aside: seven windows in ten hold none
    m = _OTHER_DOER.search(text, max(0, at - 100), at)
    if m is None or not _MODAL_RE.search(text, 0, m.start()):
        return False
    if _NEGATION_RE.search(m.group(1)):
        return True
    words = [w.rstrip(",").lower() for w in m.group(1).split()]
    return not all(_same_doer_word(w) and _counts_time(words, i) for i, w in enumerate(words))


def _counts_time(words: list[str], i: int) -> bool:
    """False for a counting word not before a time unit: "few" in "but few left", "two" in "and two
    resigned" is the subject; "two days later", "a few hours later" hold none (rule `done-other-doer`)."""
    if words[i] not in _COUNTING:
        return True
    after = [w for w in words[i + 1 : i + 4] if w not in _COUNTING and w not in _SPAN_WORDS][:1]
    return bool(after) and after[0] in _TIME_UNITS


def _same_doer_word(word: str) -> bool:
    """A word between "and"/"but" and the act that holds no subject of its own (rule `done-other-doer`):
    one of `_SAME_DOER` (its adverbs named: "promptly"; not "family" or a lower-cased "kelly") or a digit
    ("in 2019")."""
    return word.lower() in _SAME_DOER or word.isdigit()


@lru_cache(maxsize=8)
def _stop_verb_concept(word: str) -> str:
    """The concept a stop-word verb's pasts tell done ("see": "saw", rule `pending-stop-verb`)."""
    from .claims import folded_base

    return folded_base(word)


@lru_cache(maxsize=1)
def _irregular_bases() -> dict[str, str]:
    """Irregular pasts -> their base's concept ("paid" -> pay, "left" -> leave: `claims.done_concept`),
    built once."""
    from .claims import IRREGULAR_PASTS, done_concept  # claims reads this module: imported when first needed

    return {w: c for w in IRREGULAR_PASTS if (c := done_concept(w)) is not None}


def _hedged(text: str, start: int, end: int) -> bool:
    """A word of `_HEDGE` in the clause `text[start:end]`, the month aside (`month_may`)."""
    for m in _HEDGE_RE.finditer(text, start, end):
        if m.group().lower() != "may" or not month_may(text, m.start()):
            return True
    return False


_PARTS: dict[str, tuple[str, ...]] = {}


def _money_noun(c: Count, text: str) -> Count:
    """A sum of money with the noun it prices ("$9 million apartment", "an estate worth $26 million"),
    a sum per something as a rate of its own unit ("$2.40 a day": `$/day`),
    a share with what it is a share of ("18 percent of girls" / "14 out of every 100 Kenyans"), so two
    sums or shares of two things are not one slot; other counts as they are."""
    if c.unit not in ("$", "£", "€", "%") or c.noun:
        return c
    at = text.find(c.text)
    if at < 0:
        return c
    if c.unit == "%":
        m = _SHARE_OF.match(text, at + len(c.text))
        return replace(c, noun=m.group(1)) if m and m.group(1) not in STOP_WORDS else c
    if m := _PER.match(text, at + len(c.text)):  # "$2.40 a day": a rate, not a sum
        return replace(c, unit=f"{c.unit}/{m.group(1).lower()}", noun=m.group().strip())
    m = _MONEY_NOUN_AFTER.match(text, at + len(c.text))
    noun = m.group(1) if m and m.group(1) not in STOP_WORDS else ""
    if not noun and (m := _MONEY_NOUN_BEFORE.search(text, 0, at)):
        noun = m.group(1) if m.group(1) not in STOP_WORDS else ""
    return replace(c, noun=noun) if noun else c


def _address(c: Count, text: str) -> Count:
    """ "the 900 block of Buffalo Springs Drive": a place, unit `block of buffalo springs drive`, so
    two blocks of one street are one slot, of two streets none (a count of blocks, "three blocks
    away", stays a measure)."""
    if c.unit != "block":
        return c
    at = text.find(f"{c.text} block of ")
    street = _STREET.match(text, at + len(c.text) + len(" block of ")) if at >= 0 else None
    return replace(c, unit="block of " + street.group().strip().rstrip(".’'").lower()) if street else c


_TOKEN_KINDS: dict[str, tuple[bool, tuple[str, ...], tuple[tuple[str, str, bool], ...]]] = {}


def _token_kind(w: str, lex: Lexicon) -> tuple[bool, tuple[str, ...], tuple[tuple[str, str, bool], ...]]:
    """(whether the token may be a name: capitalised and no stop word, its `_parts`, each part's `_word`;
    no parts for a number) of a token, cached per process (`_clause` asks it of every token)."""
    if len(_TOKEN_KINDS) > 200_000:
        _TOKEN_KINDS.clear()
    low = w.lower()
    if w[0].isdigit():
        got = _TOKEN_KINDS[w] = (False, (), ())
    elif "-" not in w and "’" not in w:  # one part, the word itself (`_parts`): no generators for it
        got = _TOKEN_KINDS[w] = (
            w[0].isupper() and low not in STOP_WORDS,
            (low,),
            (_WORDS.get(low) or _word(low, lex),),
        )
    else:
        parts = _PARTS.get(w) or _parts(w)
        kinds = tuple(_WORDS.get(t) or _word(t, lex) for t in parts)
        got = _TOKEN_KINDS[w] = (w[0].isupper() and low not in STOP_WORDS, parts, kinds)
    return got


def _parts(w: str) -> tuple[str, ...]:
    """A word's lower-cased parts ("carrot-and-stick" -> carrot, and, stick), cached per process."""
    p = _PARTS.get(w)
    if p is None:
        if len(_PARTS) > 200_000:
            _PARTS.clear()
        p = _PARTS[w] = tuple(x for x in w.lower().replace("’", "'").split("-") if x)
    return p


def _participants(run: list[str], lex: Lexicon, casing: Casing, content: list[str]) -> set[str]:
    """Participant keys of a run of capitalised words ("North Korean" -> north_korea). A run made only
    of words the story also writes in lower case ("Rail Signal Workers Union") is a description: its
    words join the content words ("union"); such words beside a name ("Northvale Rail") are part of
    the name and dropped."""
    run = [w[:-2] if w.endswith(("'s", "’s")) else w for w in run]
    joined = " ".join(run)
    if joined in lex.names:
        return {"E:" + k for k in lex.names[joined].split()}
    out: set[str] = set()
    common: list[str] = []
    proper: list[str] = []
    k = 0
    while k < len(run):
        pair = " ".join(run[k : k + 2])
        if k + 1 < len(run) and pair in lex.names:
            out.update("E:" + x for x in lex.names[pair].split())
            k += 2
            continue
        w = run[k]
        low = w.rstrip(".").lower()
        if w in lex.names and (w not in lex.alone or k == len(run) - 1):  # "Tex Watson": no state
            out.update("E:" + x for x in lex.names[w].split())
        elif low in casing.lower:
            common.append(low)
        elif low not in STOP_WORDS:
            proper.append(low)
        k += 1
    # one participant per name: "Donald Trump" is "trump", "Kim Jong Un" is "kim" (the story's short form)
    out.update("E:" + w for w in ([w for w in proper if w in casing.alone] or proper[-1:]))
    if not out:
        content.extend(common)
    return out


_THIRD = itemgetter(2)  # a `_word`'s phrase flag, read in C


def _concepts(tokens: list[str], lex: Lexicon) -> set[str]:
    return {c for _, c, _ in _concepts_at(tokens, lex)}


def _concepts_at(
    tokens: list[str],
    lex: Lexicon,
    at: list[tuple[int, int, int]] | None = None,
    infos: list[tuple[str, str, bool]] | None = None,
) -> list[tuple[int, str, int]]:
    """(index of the first word, concept, words) for the content words of `tokens`, phrases first;
    `at`: each word's (token number, start, end), so a phrase is only words written side by side
    ("voted Monday in favor" holds no "voted in": the name between was left out of `tokens`); `infos`:
    each word's `_word`, when the caller has them."""
    if infos is None:
        infos = [_WORDS.get(t) or _word(t, lex) for t in tokens]
    if not any(map(_THIRD, infos)):  # no phrase may start here (most clauses): each word its own concept
        return [(k, i[1], 1) for k, i in enumerate(infos) if i[1]]
    out: list[tuple[int, str, int]] = []
    k = 0
    while k < len(infos):
        _, concept, phrase = infos[k]
        if phrase:
            for n in (3, 2):
                key = tuple(i[0] for i in infos[k : k + n])
                if len(key) == n and key in lex.phrases and (at is None or at[k + n - 1][0] - at[k][0] < n):
                    out.append((k, lex.phrases[key], n))
                    k += n
                    break
            else:
                n = 0
            if n:
                continue
        if concept:
            out.append((k, concept, 1))
        k += 1
    return out


_WORDS: dict[str, tuple[str, str, bool]] = {}
# words that are no concept though no stop word: "according" (rule `according-to`: who tells it, as "said";
# its stem "accord" folds with "deal" in data/concepts.txt, so "according to the state CDC" shared a "deal"
# with every sentence of a deal). An ordinal's letters, cut off its digits ("84th": "th"), stay one: dropped,
# "on her 32nd birthday" / "on her 32nd birthday" lost the one word that told the two birthdays alike (a
# right citation on open dev); `pairs._values_apart` keeps "84th" / "68th" from making a point
_NO_CONCEPT = frozenset(["according"])


def _word(t: str, lex: Lexicon) -> tuple[str, str, bool]:
    """(stem, concept or "" for a word that is none, whether a phrase of `lex` may start here) of a
    lower-cased word, cached per process (the lexicon is loaded once)."""
    if len(_WORDS) > 200_000:
        _WORDS.clear()
    w = _concept_form(t)
    s = stem(w)
    keep = (
        w not in STOP_WORDS
        and w not in _WORD_NUM
        and w not in _NO_CONCEPT
        and len(w) > 1
        and not w.endswith("n't")
    )
    got = _WORDS[t] = (s, lex.words.get(s, s) if keep else "", s in lex.phrase_starts)
    return got


def _concept_form(t: str) -> str:
    """A word with its curly apostrophe straight (rule `curly-apostrophe`: "don\u2019t", "i\u2019m" are the
    stop words "don't", "i'm", not content words two sentences share) and without its owner's "'s" (rule
    `owner-base`): "the world's most influential mind" names the world that "in the world" does (the two
    stemmed "world'" and "world" apart, as two concepts)."""
    t = t.replace("\u2019", "'")
    return t[:-2] if len(t) > 3 and t.endswith("'s") else t


def _relative_years(piece: str, year: int) -> set[str]:
    """ "since 2013" -> Y:2013; "in eleven years" (an article of 2024) -> Y:2013."""
    out = set()
    for m in _REL_YEAR.finditer(piece):
        if m.group(2):
            out.add("Y:" + m.group(2))
            continue
        n = m.group(1).lower()
        k = int(n) if n.isdigit() else _WORD_NUM.get(n)
        if k and 1 < k < 200:
            out.add(f"Y:{year - k}")
    return out


def article_year(date: str | None) -> int | None:
    """The year of an article's date ("2024-03-04", "March 4, 2024"), when it has one."""
    m = re.search(r"\b(19\d\d|20\d\d)\b", date or "")
    return int(m.group(1)) if m else None


def part_at(before: list[str], after: list[str]) -> bool:
    """A count reads as a part given the lower-cased word before it and the (up to three) after it:
    "the other 14", "three other", "five more", "three or four other"."""
    if (before and (before[-1] in PART_BEFORE or before[-1] in RANK_BEFORE)) or (
        after and after[0] in PART_AFTER
    ):
        return True
    return len(after) == 3 and after[0] in ("or", "to") and after[2] in PART_AFTER


def _part_here(text: str, i: int, c: Count) -> bool:
    """Whether count `c`, written at `i` in `text` (-1: not found), reads as a part there."""
    if i < 0:
        return False
    before = _LOWER_WORD.findall(text[max(0, i - 20) : i].lower())[-1:]
    after = _LOWER_WORD.findall(text[i + len(c.text) : i + len(c.text) + 40].lower())[:3]
    return part_at(before, after)


def _provisional(text: str, i: int, c: Count) -> bool:
    """Rule `so-far`: a "so far" of the clause `text` that tells of count `c` written at `i`: no
    superlative stands between them ("12 people, the worst disaster to date" tells of the disaster)."""
    end = i + len(c.text)
    for m in _PROVISIONAL.finditer(text):
        between = text[end : m.start()] if m.start() >= end else text[m.end() : i]
        if not _SUPERLATIVE.search(between):
            return True
    return False


def count_marks(text: str, i: int, c: Count) -> frozenset[str]:
    """What the words around count `c`, written at `i` in `text` (-1: not found), say of it (two values
    that differ in a mark are no two values of one slot):
    * `forecast`: "will", "would" next to it (rule `would-forecast`), "expected", "projected", "predicted",
      "forecast" or "likely" within
      `FORECAST_REACH` characters ("15 million people will vote, a turnout of 39 percent"): a forecast
      and a result are two moments of a count;
    * `subset`: "including", "included" or "among them" just before it ("15,000 soldiers, including 5,000
      troops engaged in community work", rule `included`: "the fatalities included 71 people who died on
      one island"): a part of a group the sentence counts, not the whole; so is one told
      as part of a total (rule `of-total`: "Of that total, ... about 619,800 arrests", "Of them, 8,000
      children");
    * `moved`: the level a change reached ("interest rates were hiked to 50 percent"): a rate or a price
      at one moment, which another level may be from before (counts only grow: `pairs` reads this mark
      for shares and sums alone);
    * `grown` (rule `grown-to`): the level a running count grew to ("raising the death toll ... to at
      least 74"): its latest value, which a lower value elsewhere may be from before (`pairs.running_count`);
    * `provisional` (rule `so-far`): "so far", "thus far", "to date", "as of" or "at last count" in its
      clause ("129 people have died in the storm so far"; rule `now-risen`: "has now risen", "now stands
      at"),
      with no superlative between (`_provisional`):
      its value at one moment, which a higher value elsewhere may be from after (`pairs.running_count`);
    * `change` (rule `change-by`): the size of a change ("reduced by a reported 50 percent", "a rise of
      100 percent", "a 100 percent increase", "fell 3 percent"), never a level another sentence gives;
    * `rise`, `fall` (rule `change-way`): which way that change went, by its first word that says ("fell
      21 percent" / "a 25 percent jump": two changes, never two values of one);
    * `condition` (rule `if-clause`): "if" or "unless" before it in its clause ("unless the separatists
      win 60 percent of the vote"): what would have to happen, not a value anyone reports;
    * `owned`: "his", "her", "their" (...) just before it ("who home-schools his five children"): what
      one person has, which another sentence's count is of only when it names the same person;
    * `ages` (rule `age-bracket`): an age bracket within `FORECAST_REACH` characters after it, in its
      clause ("1.5 percent of American children between the ages of 2 and 4"): a count of that age
      group, not of the whole the other sentence counts ("between 3 and 6 percent of ... children");
    * `sources` (rule `sources`): who told the reporter ("two people familiar with the conversation",
      "three officials briefed on the talks"): no count of the story, never a side of a conflict;
    * `each` (rule `each`): "each" or "apiece" up to two words after it ("weighing five kilograms
      each"): a value per item, not the total another sentence may give;
    * `rate` (rule `per-time`): "annually", "a year", "per day" (...) within `FORECAST_REACH` characters
      after it, or "an average of" / "on average" before it ("an average of nearly 35,000 elephants have
      been killed annually"): a rate, not the total another sentence may give;
    * `cap` (rule `cap`): "never ... higher than", "no more than", "at most", "capped at" (...) just
      before it ("rates would never climb higher than 8.25 percent"): a ceiling, not a value;
    * `forecast` also (rule `may-change`) for the level a change may bring ("the cdc may lower its
      reference level to 3.5 micrograms"), and (rule `could-total`) for a value a modal and a verb of
      amount put right before it ("could total as much as $60 billion");
    * `progress` (rule `count-progress`): how far a count has gone ("after the counting of one third of
      the votes", "with 90 percent of precincts reporting"), not a result;
    * `threshold` (rule `threshold`): "the" before it and "needed", "required" or "necessary" up to
      four words after, then "to", "for" or a stop ("the 270 electoral college votes needed to
      become"): a bar, not a count (not of people: "the 12 people needed to be rescued");
    * `part-word` (rule `caseless-part`): "out of", "of the", "another", "and" (...) just
      before it, or "of those", "out of", "among" (...) right after it and its noun ("ram singh and two
      accused", "out of the 13 dogs", "39 percent of those who"): one part of a group; read only in a
      story that lost its letter case (`pairs.caseless_slot`), never a mark two values differ in."""
    if i < 0:
        return frozenset()
    out = []
    end = i + len(c.text) + FORECAST_REACH
    m = _FORECAST.search(text, max(0, i - FORECAST_REACH), end + len("forecasts"))
    if m is not None and m.start() < end:  # a word that starts within reach
        out.append("forecast")
    elif _WOULD_BEFORE.search(text, max(0, i - FORECAST_REACH), i) or _WOULD_AFTER.match(
        text, i + len(c.text)
    ):
        out.append("forecast")  # rule `would-forecast`: "would" in the count's own words
    before = text[max(0, i - 2 * FORECAST_REACH) : i]
    if _SUBSET.search(before) or _OF_TOTAL.search(before):
        out.append("subset")
    if _MOVED.search(before):
        out.append("moved")
    if _GROWN.search(text, max(0, i - GROWN_REACH), i):
        out.append("grown")
    if _provisional(text, i, c):
        out.append("provisional")
    if _OWNED.search(before):
        out.append("owned")
    change = (
        _CHANGE_BEFORE.search(before)
        or (c.unit == "%" and _CHANGE_SHARE.search(before))
        or _CHANGE_AFTER.match(text, i + len(c.text))
        or _ADDED.search(before)
    )
    if change:
        out.append("change")
        way = _way(change.group())
        if way:
            out.append(way)
    if _CONDITION.search(before):
        out.append("condition")
    if _BRACKET.match(text, i + len(c.text)):
        out.append("ages")
    if _SOURCES.match(text, i + len(c.text)):
        out.append("sources")
    if _EACH.match(text, i + len(c.text)):
        out.append("each")
    if _PER_TIME.match(text, i + len(c.text)) or _AVERAGE.search(before):
        out.append("rate")
    if _CAP.search(before):
        out.append("cap")
    if _MAY_CHANGE.search(before) or _COULD_TOTAL.search(before):
        out.append("forecast")
    if _PROGRESS_BEFORE.search(before) or _PROGRESS_AFTER.match(text, i + len(c.text)):
        out.append("progress")
    if c.unit != "people" and _THE_BEFORE.search(before) and _NEEDED_AFTER.match(text, i + len(c.text)):
        out.append("threshold")
    if _PART_WORD_BEFORE.search(before) or _PART_WORD_AFTER.match(text, i + len(c.text)):
        out.append("part-word")
    return frozenset(out)


def _way(words: str) -> str | None:
    """Rule `change-way`: "rise" or "fall" by the first word of a change's wording that says which."""
    for w in _LOWER_WORD.findall(words.lower()):
        if w in _RISE:
            return "rise"
        if w in _FALL:
            return "fall"
    return None


def written_at(text: str, found: tuple[Count, ...] | list[Count]) -> list[int]:
    """Where each count of `found` is written in `text` (-1: not found): its first occurrence that is
    not inside a longer number or word ("8" in "18 students ... 8 students") and not already another
    count's (a plain `find` gave every repeat, and an embedded value, the first place)."""
    used: set[int] = set()
    out = []
    for c in found:
        i = text.find(c.text)
        while i >= 0 and (i in used or (i > 0 and text[i - 1].isalnum())):
            i = text.find(c.text, i + 1)
        if i >= 0:
            used.add(i)
        out.append(i)
    return out
