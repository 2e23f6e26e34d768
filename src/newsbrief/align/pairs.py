"""Candidate sentence pairs and the evidence each pair offers.

Candidates come from blocking, never from all pairs: an inverted index from each concept, number
unit and quoted trigram to the sentences holding it, where keys held by too many sentences (more
than `MAX_POSTINGS`, plus a share of the story) are dropped. A pair of sentences from different
documents is a candidate when it shares two keys, or one quoted trigram, one counted unit, one
surname written with an age ("Slepian, 52,") or its whole text (a sentence of five words or more
naming someone, copied word for word). The
cost grows with the postings of rare keys, not with the square of the story.

For each candidate, `compare` finds the best-matching pair of clauses (IDF-weighted concept
overlap, both ways) and reads what agrees and what clashes: participants, numbers, years,
negation, hedging, quoted words. The link rules (`rules.py`) and the scorer read only `Pair`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations, repeat
from typing import NamedTuple

from ..analyze.numbers import SCALE_WORDS, Count, counted_unit, is_measure, word_number
from ..lexicon import data_sections
from ..lexicon.gazetteer import gazetteer
from ..lexicon.verbs import SPEECH_WORDS
from ..represent import STOP_WORDS, stem
from .claims import (
    ADDRESS,
    PAST_FORMS,
    WEEKDAYS,
    ClaimMatch,
    ClauseClaim,
    all_irregular_bases,
    irregular_bases,
    match,
    partner_predicates,
    past_base,
    shared_predicate,
)
from .facts_apart import DENYING, apart
from .features import (
    _NEGATION,
    _WORD_DIGITS,
    DENIED_BY_NON,
    PART_AFTER,
    PART_BEFORE,
    RANK_BEFORE,
    UNSURE,
    Clause,
    Facts,
    age_value,
    claims_of,
    clause_marks,
    common,
    denies,
    lexicon,
    part_at,
    standing_of,
)
from .guards import (
    COPIED,
    REPORTING,
    SWAP_SPAN,
    claims_differ,
    equivalents,
    other_as,
    roles_reversed,
    slot_differs,
    substituted,
    values_of_others,
    voice_objects_differ,
)
from .subordinate import inside

MAX_POSTINGS = 12  # a key in more sentences than this (+ 5 % of the story) is too common to block on
MAX_SHARE = 70  # ... the 5 % capped (>= every dev story's), so pairs stay linear in a huge story
MAX_RATIO = 3.0  # "1,200" vs "1,500" workers: one quantity reported differently; "150" vs "10,000": not
VALUE_RATIO = 10.0  # ... and "3 million" killed vs "300 million" sickened: two slots, not two values of one
MONEY = frozenset(["%", "$", "£", "€"])  # measures that are a slot's value (a price, a share)
QUOTE_RUN = 4
# `age_conflict`: years two ages of one person may differ by and still be a conflict (a birthday, a misprint);
# two years apart, rule `two-moments` (session 58): more often two moments than a misprint (an earlier
# arrest's article, "Lorne dalby, 22, was arrested jan. 8" / a later one's "arrested lorne dalby, 24,":
# training 13536's shape), so no conflict
AGE_GAP = 1
ROUNDED = 0.02  # `rounded`: "$70,000" is "$70,246" reported round
CENTS_DROPPED = 0.03  # `rounded`, rule `cents-dropped`: "$32" / "$32.73" (2.2 %), never "$2" / "$2.75" (27 %)
CLAUSE_COVER = 0.35  # `clause_clash`: each matched clause shares this much of its weight with the other
SLOT_REACH = 40  # characters either side of a number that say what it counts (`slot_words`)
QUOTE_LONG = 6  # a shared run of quoted words this long is one quotation whatever the quotations' lengths
RARE_DF = 5  # a word this few sentences use, and few news articles (not in `common()`), marks a point
RARE_NAME_DF = 4
POINT_WINDOW = 8  # words: a shared point is said in a short stretch of each sentence
POINT_CONCEPTS = 3
POINT_DF = 3
SAME_WORDS = 8  # this many words in a row, word for word, is the same statement (syndicated or quoted) ...
SAME_WHOLE = 5  # ... or the whole sentence word for word, this many words or more, naming someone
# ("And what has Apple done?"; not "Her bond was set at $100,000.": the same words of two defendants)
# ... unless one sentence denies what the other, word for word around the denial, affirms
# (`negated_within`: "the council did not approve the budget" / "the council approved the budget")
NEGATION_REACH = 3  # words: the denial's two neighbours written this close in the other sentence
_AUXILIARIES = frozenset(
    "do does did is was are were has have had be been will would can could should".split()  # noqa: SIM905
)
_DENIALS = frozenset(["not", "never", "no"])
# rule `denial-words` (`negated_within`): "none" denies too, and what a denial's word after it skips ("did
# not find any notes", "not a single note", "none of the notes"; "has not yet been determined" / "has been
# determined": rule `denial-yet`)
_DENIAL_WORDS = _DENIALS | {"none"}
_DENIAL_FILLERS = frozenset(["a", "an", "any", "one", "single", "of", "the", "yet"])
_DENIAL_SKIPPED = _DENIAL_FILLERS | _AUXILIARIES  # ... and, for its two words after it, auxiliaries too
SAME_SHARE = 0.5  # ... when the run is at least this share of the shorter sentence's words ("a crime
# thriller called Born Killers (shot as Piggy Banks)" in two different claims: a shared phrase, not one fact)
QUOTE_WHOLE = 3  # a quotation this long that the other sentence holds whole is the same quotation
# What happened, by the concepts (`features`: stems, paraphrases folded) of a clause's event words; one
# group a line. Two clauses that each name an event of which the other sentence names none of the same
# group tell two events ("seven men were charged in the hazing death" / "the fraternity is suing the
# students connected with the hazing death"). Hand-written: no library gives news event classes cheaply.
# "deposed" is "ousted" (`dismiss`: "the ousted president" / "deposed president Morsi", one meeting),
# except beside a lawsuit's words (`_actions`, rule deposed-in-court: "was deposed in the lawsuit" is
# questioned under oath, no ouster).
# "accused of fraud" is not "charged with fraud" (an accusation, a formal charge: two acts; "allegedly" is
# the accusation's word).
_ACTION_GROUPS = """
kill dead murder slain slay shot shoot stab attack injur fatal gunfir
arrest custodi
charg
accus alleg allegedli
convict guilti
sentenc prison
plead
su lawsuit suit
resign
dismiss depos
vote elect
won win victori
lose lost
marri wed
divorc
born
bought buy purchas acquir
sold sell sale
hire
releas freed
rescu
crash collid
escap fled flee
approv pass
reject
ban
stole stolen steal rob robberi theft
burn arson fire
evacu
protest march
visit
met meet meet
"""
ACTIONS = {c: n for n, line in enumerate(_ACTION_GROUPS.strip().splitlines()) for c in line.split()}
# "did not respond to requests for comment", "could not be reached for comment", "declined to comment"
# (concepts, paraphrases folded: "declined" is `decreas`): what a story says of whoever stayed silent
NO_COMMENT = frozenset(["respond", "reach", "return", "decreas"])
BACKGROUND = 0.25  # weight of an attribution's words in how much of a sentence another states
SIDE_MAIN = 0.3  # `side_only`: at most this share of one sentence's main words stated by the other ...
SIDE_OTHER = 0.6  # ... while the other states its own main words this much in the first one's side stretch
SIDE_WORDS = 2  # ... and that side stretch shares at least this many words with the other sentence
_PART_KEYS = tuple(f" {w} " for w in sorted(PART_BEFORE | PART_AFTER))
_WHOLE_KEYS = _PART_KEYS + tuple(f" {w} " for w in sorted(RANK_BEFORE))  # `wholes`: parts and ranked parts
# a count of others, in a sentence's plain words (`Facts.words`, numbers in digits): "another 12 were
# hurt", "killed 5 others", "12 more people"; with or without a counted noun
_PART_VALUE = re.compile(
    rf"(?<= )(?:{'|'.join(sorted(PART_BEFORE))}) (\d[\d,.]*)(?= )"
    rf"|(?<= )(\d[\d,.]*) (?:{'|'.join(sorted(PART_AFTER))})(?= )"
)


def _deferred(name: str, default: object, doc: str) -> property:
    """A `Pair` property read from its `_Later` under `name` (`default` when it has none)."""

    def read(pair: Pair):
        later = pair.later
        return later.read(name) if later is not None else default

    return property(read, doc=doc)


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see `features.Facts`
class Pair:
    """Evidence for one cross-document sentence pair `a` < `b`."""

    a: int
    b: int
    cover_a: float  # share of clause a's concept weight the two clauses share
    cover_b: float
    sent_a: float  # share of sentence a's concept weight that sentence b states too
    sent_b: float
    shared: tuple[str, ...]  # concepts the matched clauses share, heaviest first
    both: tuple[str, ...]  # concepts the two whole sentences share, heaviest first
    content: int  # shared concepts that are words (not participants, numbers, years)
    names: int  # shared participants
    dates: int  # shared years ("since 2013" / "in eleven years" in a 2024 article)
    context: int  # words and participants the two whole sentences share (numbers and years aside)
    both_names: int  # participants both whole sentences name
    rare: int  # words the two sentences share that at most `RARE_DF` sentences of the story use
    rare_names: int  # participants they share that at most `RARE_NAME_DF` sentences name
    unmatched: int  # matched clauses' counted things (units) that the other sentence does not give
    missing: int  # participants each matched clause names that the other sentence never does (the fewer)
    numbers_agree: int
    clash: tuple[Count, Count] | None  # the same counted thing, different values
    year_clash: bool
    year_alone: bool  # one sentence gives a year, the other none
    negation_clash: bool
    hedge_clash: bool
    point: tuple[tuple[int, int], tuple[int, int], tuple[str, ...]] | None  # see `shared_point`
    quote_run: int  # longest run of quoted words the two quotations share
    same_words: bool  # the two share a run of `SAME_WORDS` words or more, word for word (`SAME_SHARE`)
    lead_clash: bool  # each sentence opens on a full name the other never names ("Jordan Scott, 19, ..." /
    # "Jordan Hunt, 18, ... was charged with four counts"): two people, two claims
    day_clash: bool  # each names a day of a month, none the same ("posted Oct. 30" / "on Oct. 29")
    age_clash: bool  # each gives a person's age ("Huggins, 17," / "Huggins, 19,"), none the same: two people
    action_clash: bool  # each matched clause names an event the other sentence names nothing of (`ACTIONS`;
    # a crime after its verb, `_CRIME_KINDS`: rule `two-crimes`)
    no_comment: bool  # both say that someone did not comment, naming no one both name ("X did not
    # immediately respond to requests for comment" / "A Y representative didn't ..."): a stock phrase
    quote_only: bool  # one side's match lies inside its quotation, the other's is reported speech
    first_person: bool  # either sentence speaks in the first person ("I can't believe this has happened")
    not_yet: bool  # an event one sentence says may happen, the other says happened ("may vote" / "voted")
    length_ratio: float
    measure_clash: bool = False  # a measure both give, one value each, apart ("eight times closer" /
    # "seven times closer"): not one claim, and not a conflict either (`number_relation` skips measures)
    units_apart: bool = False  # a measure in two units, no value alike once converted (`units_apart`)
    measure_conflict: tuple[str, str] | None = None  # one measure's two values in one slot (`measure_slot`)
    which_apart: bool = False  # each names its thing as another one ("the first body" / "the second body")
    named_apart: bool = False  # each value written just after a name the other never names (`named_apart`)
    running_measure: bool = False  # a moving storm's position, a burning fire's area (`running_measure`)
    ago_alone: bool = False  # one sentence dates to "... ago", the other does not (rule `ago-alone`)
    of_apart: bool = False  # a clash's counts each of another thing ("kilograms of cocaine" / "of heroin")
    start_conflict: tuple[str, str] | None = (
        None  # the start of one state dated to two years (`start_years_apart`)
    )
    born_conflict: tuple[str, str] | None = None  # one person's birth name written two ways (`born_apart`)
    two_events: bool = False  # for a clash: the numbers' own neighbourhoods (`slot_words`) share nothing
    # and name different events (`ACTIONS`): "the arrest of four students" / "wounding six students";
    # or name participants that the other sentence never names (`other_names`); in a story that lost its
    # letter case, share nothing at all (rule `caseless-slots`, `slot_words`)
    scope_clash: bool = False  # for a clash: the two date their counts differently (`scopes`)
    time_clash: bool = False  # each names a clock time, none the same ("at 02:41" / "at 06:57"): two moments
    value_clash: bool = False  # a counted thing both give, no value written alike (`_value_clash`)
    side_only: bool = False  # what the two share is only said on the side in one of them (`side_only`)
    part_of_count: bool = False  # one gives a count of others, the other a total (`part_of_count`)
    events_total: bool = False  # for a clash: the higher count is of several events, the lower of one
    # (`events_total`): "the bombings killed 258" / "the blast in Nairobi killed 247"
    town_in_wider: bool = False  # for a clash: the higher count is of a wider place, the lower of one town
    # (`town_in_wider`): "280 dead" in the Dominican Republic / "the town's death toll to 102"
    parts_differ: bool = False  # both count others, neither with a value the other gives (`parts_differ`)
    same_numbers: int = 0  # values the matched clauses both give, ranges and counts of others aside
    age_conflict: tuple[str, str] | None = None  # one person, two ages (`age_conflict`): (age a, age b)
    marks_differ: frozenset[str] = frozenset()  # for a clash: marks one value has, the other not (`marks`)
    running: bool = False  # for a clash: the higher value a running count's later level (`running_count`)
    tally_clash: bool = False  # each gives a vote tally, none alike ("voted 7-2" / "a 6-3 vote"): no one fact
    priced_apart: bool = False  # for a clash of prices: one is the price of a count the other sentence
    # does not give alike (`priced_apart`): "$100 ... with two prostitutes" / "$80 for a 30-minute session"
    attribution_only: bool = False  # each quotes, the quotations sharing nothing, and each sentence's words
    # outside them are only who said it (`attribution_only`, rule `attribution-only`): two statements; or one
    # quotes and the other reports what was said in other words (`quote_and_report`)
    quoted_apart: bool = False  # two quotations share a run that would make them one quotation only after
    # two different subjects, and no other run does (`_quote_runs`, rule `quote-subjects`): two statements
    quote_aside: str = ""  # the rule that set aside a run of quoted words that would have made one quotation,
    # no other run doing so (`_quote_runs`, `quoted_in`): `quote-denied`, `thin-run`, `title-words` or
    # `object-run`
    day_since: bool = False  # a count given alike, dated to a weekday in one, to a period since in the other
    # (`day_or_since`: "97 rockets ... hit Israel on Friday" / "97 rockets ... had hit Israel since midweek")
    run_subjects: bool = False  # a shared run of `SAME_WORDS` words opens on a verb group after two subjects
    # (`run_subjects_differ`: "Dana Whitcombe was told to leave ..." / "Jon Tallis was told to leave ...")
    bridged: tuple[str, ...] = ()  # equivalent words counted as one ("dead=kill": `bridged`)
    quoted_whole: bool = False  # a short quotation held whole in the other's (`quoted_whole`)
    single_run: int = 0  # `quote_run` with the quotations in single marks counted ('...': British style)
    quoted_whole_pronoun: bool = False  # `quoted_whole` with a pronoun speaker read (`Facts.said_by`)
    same_short_quote: bool = False  # one short quotation, the same words whole, in both (`same_short_quote`)
    reported_run: int = 0  # a run of one's quoted words the other writes unquoted (`reported_run`)
    quote_variant: bool = False  # two quotations of one statement, a few words worded apart (`quote_variant`)
    month_conflict: tuple[str, str] | None = None  # each matched clause names a month (`month_apart`)
    month_clash: tuple[str, str] | None = None  # each sentence names a month, none the same (`months_apart`)
    repeat: bool = False  # with `month_conflict`, a word says the event recurs ("met again": `repeated`)
    rare_count: bool = False  # for a clash: its counted noun at most `RARE_DF` of the story's sentences use
    fragment: bool = False  # either sentence is a piece cut from a sentence (`features.is_fragment`)
    counts_apart: bool = (
        False  # no clash: two counts of other nouns at one event, no value alike (`counts_apart`)
    )
    vague_conflict: tuple[str, str] | None = None  # no clash: a vague word and a number of one event far
    # apart (`vague_clash`: "dozens had been wounded" / "200 were wounded"), the two as written
    loose_slot: str = ""  # for a clash in a story that lost its letter case: why the two counts are not
    # shown to fill one slot ("part", "verb": `caseless_slot`), "" when they are
    later: _Later | None = field(default=None, compare=False, repr=False)  # the values below

    # read on demand (`_Later`): each worked out on first read by `_LATER[name]`; the default when `later`
    # is None (a pair made without it, as a test makes one)
    claim = _deferred("claim", None, "The best pair of clause claims the two share (`claims.match`).")
    main_stated = _deferred(
        "main_stated",
        0.0,
        "The share of the main words of the sentence the other states more of that the other's main words "
        'state (`main_stated`): "The nine crew members were French." in "... and nine French crew members.".',
    )
    claims_differ = _deferred(
        "claims_differ", False, "One predicate and one subject, two claims (`guards.claims_differ`)."
    )
    substituted = _deferred(
        "substituted", False, "One text, a word put for another in one place (`guards.substituted`)."
    )
    predicate = _deferred(
        "predicate", None, "One a claim of each sentence states alike (`claims.shared_predicate`)."
    )
    asked = _deferred(
        "asked", False, "One sentence asks what the other states (`asked_apart`): rule `open-question`."
    )
    slot = _deferred(
        "slot",
        "",
        "Two fillers of one slot that are two facts: the rule (`guards.slot_differs`, one text; "
        '`guards.other_as`, any pair: "other-as").',
    )
    pointed = _deferred(
        "pointed",
        False,
        'Either sentence is "That is X." / "He was X." and the other never says anything is X '
        "(`_pointed_complement`): rule `pointed-complement`, read by `same-fact` too.",
    )
    unknown_alike = _deferred(
        "unknown_alike", False, "Both say only that one thing, written alike, is not known (`unknown_alike`)."
    )
    values_apart = _deferred(
        "values_apart", False, "A value both give, each of its own named thing (`guards.values_of_others`)."
    )
    roles_reversed = _deferred(
        "roles_reversed", False, "Who did it and to whom, one way round in each (`guards.roles_reversed`)."
    )
    values_swapped = _deferred(
        "values_swapped", False, "Two values both give, each of the other's participant (`values_swapped`)."
    )
    aside_denied = _deferred(
        "aside_denied",
        False,
        "A side stretch of one sentence denies what a clause of the other affirms (`aside_denied`).",
    )
    apart = _deferred(
        "apart", "", 'The rule that tells the two facts apart (`value_moved`, `facts_apart.apart`), or "".'
    )
    own_words_apart = _deferred(
        "own_words_apart",
        False,
        "Two people each say it of themselves (`own_words_apart`): rule `own-words-apart`.",
    )


class _Later:
    """What `compare` leaves for a `Pair`'s rules to read when they need it: the claims the two share and
    the guards only a rule that may cite (`rules.clashes`), `stated-in-main` or `scored-claim` reads,
    which most pairs (ruled `related`, or no link, before them) never reach; each worked out once, on
    first read, and with them each sentence's claims (`features.claims_of`: align reads a sentence's
    claims only when a pair needs them). Pickled with the values (`scripts/mine_align_pairs.py` keeps
    `Pair`s)."""

    __slots__ = ("args", "got")

    def __init__(self, args: tuple) -> None:
        self.args = args  # fa, fb, ma, mb, weight, sent_a >= sent_b, same
        self.got: dict[str, object] = {}

    def read(self, name: str):
        got = self.got
        if name not in got:
            got[name] = _LATER[name](self)
        return got[name]

    def __getstate__(self) -> dict[str, object]:
        return {name: self.read(name) for name in _LATER}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.args, self.got = (), dict(state)


def _later_claim(lt: _Later) -> ClaimMatch | None:
    fa, fb, _, _, weight, _, _ = lt.args
    if not may_share_claim(fa, fb):
        return None  # no claim of either sentence read for it
    both = claims_of_both(fa, fb, may_match)
    if both is None:
        return None
    ca, cb = both
    return match(ca, cb, weight, equivalents(), fa.names, fb.names, fa.caseless or fb.caseless)


def claims_of_both(
    fa: Facts, fb: Facts, needed: Callable[[Facts, Facts], bool] | None = None
) -> tuple[tuple[ClauseClaim, ...], tuple[ClauseClaim, ...]] | None:
    """Both sentences' claims (`claims_of`), or None when either has none, or when `needed(one, the other)`,
    asked once the first one's claims are read, says the other's are not needed; a sentence whose claims
    are already read is looked at first, so that one with none spares reading the other's (a third of the
    pairs whose claims are read on LongBench dev have a sentence without any)."""
    first, second = (fb, fa) if _claims_read(fb) and not _claims_read(fa) else (fa, fb)
    got = claims_of(first)
    if not got or (needed is not None and not needed(first, second)):
        return None
    other = claims_of(second)
    if not other:
        return None
    return (got, other) if first is fa else (other, got)


def may_match(f: Facts, g: Facts) -> bool:
    """False only when no claim of sentence `g` can be paired with one of sentence `f`'s by `claims.match`,
    told without reading `g`'s claims: a match needs two predicates `claims.partner_predicates` pairs, and a
    claim's predicate is a concept of its sentence, the base of an irregular past it writes
    (`claims.irregular_bases`), or a linking claim's, which only a linking claim matches. Of the pairs of
    LongBench dev whose claims are read for a match, about one in ten has such predicates."""
    if _claims_read(g):
        return True  # nothing to spare
    sc = g.story_claims  # not None (`_claims_read`); its `Facts` are those the claims are read from (not
    # `g` when `bridged` put a concept for another)
    want = _partners(f)
    made = sc.facts[g.index]
    if want is None or not want.isdisjoint(made.concepts):
        return True
    if want.isdisjoint(all_irregular_bases()):
        return False
    got = sc.bases.get(g.index)
    if got is None:
        got = sc.bases[g.index] = irregular_bases(sc.texts[g.index], made.clauses)
    return not want.isdisjoint(got)


def _partners(f: Facts) -> frozenset[str] | None:
    """`claims.partner_predicates` of sentence `f`'s claims, kept with the story's claims."""
    sc = f.story_claims
    if sc is None:
        return partner_predicates(claims_of(f), equivalents(), _members())
    if f.index not in sc.partners:
        sc.partners[f.index] = partner_predicates(claims_of(f), equivalents(), _members())
    return sc.partners[f.index]


@lru_cache(maxsize=1)
def _members() -> dict[int, frozenset[str]]:
    """`equivalents.txt` group -> its concepts."""
    out: dict[int, set[str]] = defaultdict(set)
    for c, g in equivalents().items():
        out[g].add(c)
    return {g: frozenset(cs) for g, cs in out.items()}


def _claims_read(f: Facts) -> bool:
    """Sentence `f`'s claims are at hand without being worked out (`features.StoryClaims.done`)."""
    return f.story_claims is None or f.index in f.story_claims.done


def may_share_claim(fa: Facts, fb: Facts) -> bool:
    """False only when `claims.match` finds no claim the two sentences share, told without reading their
    claims: a match needs a shared argument that is a participant or a number ("E:", "N:"; in a story
    that lost its letter case, a rare word may stand for one), and a claim's arguments are concepts of its
    own sentence, bar the participant rule `pronoun-subject` gives a claim whose subject is "he" or "she"
    (`features.StoryClaims.may_lean`). So two cased sentences that share no such concept, neither of
    which may lean so, share no claim (two claim matches in five on LongBench dev: the claims of 40 % of
    its sentences are read, 49 % without this test)."""
    if fa.caseless or fb.caseless or any(c[:2] in ("E:", "N:") for c in fa.concepts & fb.concepts):
        return True
    return any(f.story_claims is None or f.story_claims.may_lean(f.index) for f in (fa, fb))


def _later_main_stated(lt: _Later) -> float:
    fa, fb, ma, mb, weight, a_more, _ = lt.args
    if a_more:
        if _pointed_complement(fa.words, fb.words):
            return 0.0
        return main_stated(_split_of(ma, fa)[0], _split_of(mb, fb)[0] | fb.background, weight)
    if _pointed_complement(fb.words, fa.words):
        return 0.0
    return main_stated(_split_of(mb, fb)[0], _split_of(ma, fa)[0] | fa.background, weight)


# rule `pointed-complement`: a sentence that is "That is ...", "He was ...": what a pronoun stands for is, its
# one claim
_POINTED = re.compile(r" (?:that|this|he|she|they) (?:is|was|are|were) (?:(?:the|a|an) )?(\S+) ")
_BE_BEFORE = (" is ", " was ", " are ", " were ", " be ", " been ")


def _pointed_complement(words: str, other: str) -> bool:
    """Rule `pointed-complement`: sentence `words` opens on "that is", "he was" ... and a complement ("That is
    the rule of the road.", "He is a pupil at Fernhill High."), and `other` never writes the complement's
    first word right after a form of "be" (an article between or none): "... the aim was to keep to the rule
    of the road" holds its words but says nothing is that rule, and "the Fernhill High pupil was taken to
    hospital" may be another pupil (two false `stated-in-main` citations on open dev stories). "It was the
    second storm" / "Babs was the second storm" is not read (no "that", "this", "he", "she", "they")."""
    m = _POINTED.match(words)
    if m is None:
        return False
    first = m.group(1)
    return not any(f"{be}{det}{first} " in other for be in _BE_BEFORE for det in ("", "the ", "a ", "an "))


def _later_pointed(lt: _Later) -> bool:
    fa, fb = lt.args[:2]
    return _pointed_complement(fa.words, fb.words) or _pointed_complement(fb.words, fa.words)


def _later_claims_differ(lt: _Later) -> bool:
    fa, fb = lt.args[:2]
    both = None if one_text(fa.words, fb.words) else claims_of_both(fa, fb)
    if both is None:
        return False
    ca, cb = both
    claim = lt.read("claim")
    return (
        claims_differ(ca, cb, equivalents(), fa.names, fb.names)
        if claim is None
        else claim.route == "voice" and voice_objects_differ(claim.a, claim.b)
    ) or roles_reversed(ca, cb, equivalents(), _actions)


def _later_substituted(lt: _Later) -> bool:
    fa, fb, ma, mb = lt.args[:4]
    return _copied(ma, mb) and substituted(ma.words, mb.words, fa.names, fb.names)


def _later_slot(lt: _Later) -> str:
    _, _, ma, mb, _, _, same = lt.args
    slot = slot_differs(ma.words, mb.words) if same or _copied(ma, mb) else ""
    return slot or ("other-as" if other_as(ma.words, mb.words) else "")


def _later_values_apart(lt: _Later) -> bool:
    fa, fb = lt.args[:2]
    values = frozenset(c.value for c in fa.counts) & frozenset(c.value for c in fb.counts)
    return bool(values) and values_of_others(
        fa.words.split(), fb.words.split(), values, fa.names, fb.names, fa.caseless or fb.caseless
    )


def _later_roles_reversed(lt: _Later) -> bool:
    fa, fb = lt.args[:2]
    both = None if one_text(fa.words, fb.words) else claims_of_both(fa, fb)
    return both is not None and roles_reversed(*both, equivalents(), _actions)


def _later_values_swapped(lt: _Later) -> bool:
    fa, fb = lt.args[:2]
    return values_swapped(fa, fb)


def values_swapped(fa: Facts, fb: Facts) -> bool:
    """Rule `values-swapped` (session 42): two values both sentences give, each written after one of two
    participants in one sentence and after the other in the other ("Tom Hadley was sentenced to 12 years
    and Rosa Vance to 5 years" / "Rosa Vance served 12 years while Tom Hadley served 5 years"): who has
    which value is told two ways, no one fact. One value alone is no swap ("PAL says ... $2.1 billion" /
    "PAL, Asia's oldest airline, ... $2.1 billion": the name before a value may be an aside's). Rule
    `caseless-swapped` (review54): in a story that lost its letter case no name shows, so the owners are
    the words both sentences write ("trump with 42 % ... clinton's 40 %" / "clinton has 42 percent to
    trump's 40 percent")."""
    if not (fa.counts or any(map(str.isdigit, fa.text))):
        return False  # a swap needs a number
    if len(fa.names & fb.names) >= 2:
        oa, ob = _value_owners(fa), _value_owners(fb)
    elif fa.caseless or fb.caseless:
        shared = _spot_words(fa) & _spot_words(fb)
        oa, ob = _value_owners(fa, owners=shared), _value_owners(fb, owners=shared)
    else:
        return False  # a swap needs two participants both name
    moved = {(oa[v], ob[v]) for v in oa.keys() & ob.keys() if oa[v] and ob[v] and oa[v] != ob[v]}
    return any((y, x) in moved for x, y in moved)


# a number as a sentence writes it ("21", "$20,000", "2.5"), for `_value_owners`; the look-behind after the
# digit (`aliases._LONG`)
_WRITTEN_NUMBER = re.compile(r"\d(?<![\w.,]\d)[\d,]*(?:\.\d+)?")


def _spot_words(f: Facts) -> frozenset[str]:
    """The concepts the sentence's clauses write where it writes them (`Clause.spots`)."""
    return frozenset(w for cl in f.clauses for _, w, _, _ in cl.spots)


def _value_owners(
    f: Facts, within: int | None = None, owners: frozenset[str] | None = None
) -> dict[float, str]:
    """Each number the sentence writes, with the participant ("E:" concept; with `owners`, a concept of
    those) written last before it ("" when none is, or the number is written twice after two; with
    `within`, when that participant starts more than `within` characters before it)."""
    names = sorted(
        (s, w)
        for cl in f.clauses
        for _, w, s, _ in cl.spots
        if (w in owners if owners is not None else w.startswith("E:"))
    )
    out: dict[float, str] = {}
    for m in _WRITTEN_NUMBER.finditer(f.text):
        value = float(m.group().rstrip(",").replace(",", ""))
        at, owner = next(((s, w) for s, w in reversed(names) if s < m.start()), (0, ""))
        if within is not None and m.start() - at > within:
            owner = ""
        out[value] = owner if out.get(value, owner) == owner else ""
    return out


def _later_asked(lt: _Later) -> bool:
    fa, fb, ma, mb = lt.args[:4]
    return asked_apart(ma.words, mb.words, fa.asked_to, fb.asked_to)


def _later_aside_denied(lt: _Later) -> bool:
    fa, fb = lt.args[:2]
    return aside_denied(fa, fb) or aside_denied(fb, fa)


def _later_apart(lt: _Later) -> str:
    fa, fb = lt.args[:2]
    return "value-moved" if value_moved(fa, fb) or value_moved(fb, fa) else apart(fa.words, fb.words)


# rule `value-moved`: a participant owns a value written at most this many characters after its name starts
# ("shares of Brill rose 3": 16); "Sweden's second-largest city, on the country's west coast some 500
# kilometers" is no value of Sweden's
VALUE_NEAR = 30


def value_moved(fa: Facts, fb: Facts) -> bool:
    """Rule `value-moved` (session 44): a value both sentences write, after one participant in `fa` and
    after another in `fb`, who has a value of its own in `fa`, and `fb` never names the first ("Acme rose 5
    percent and Brill 3 percent" / "Acme rose 3 percent"): one sentence gives the other's value to another
    participant. Each value's participant is named at most `VALUE_NEAR` characters before it. Two values each
    way round is `values-swapped`."""
    oa, ob = _value_owners(fa, VALUE_NEAR), _value_owners(fb, VALUE_NEAR)
    return any(
        oa[v]
        and ob[v]
        and oa[v] != ob[v]
        and oa[v] not in fb.names
        and any(w != v and o == ob[v] for w, o in oa.items())
        for v in oa.keys() & ob.keys()
    )


def _later_unknown_alike(lt: _Later) -> bool:
    fa, fb = lt.args[:2]
    return unknown_alike(fa, fb)


def _later_predicate(lt: _Later) -> str | None:
    fa, fb = lt.args[:2]
    both = claims_of_both(fa, fb)
    if both is None:
        return None
    ca, cb = both
    return shared_predicate(ca, cb, equivalents(), fa.caseless or fb.caseless)


def _later_own_words_apart(lt: _Later) -> bool:
    fa, fb = lt.args[:2]
    return own_words_apart(fa, fb)


_LATER = {
    "own_words_apart": _later_own_words_apart,
    "claim": _later_claim,
    "main_stated": _later_main_stated,
    "claims_differ": _later_claims_differ,
    "substituted": _later_substituted,
    "slot": _later_slot,
    "predicate": _later_predicate,
    "asked": _later_asked,
    "aside_denied": _later_aside_denied,
    "pointed": _later_pointed,
    "unknown_alike": _later_unknown_alike,
    "values_apart": _later_values_apart,
    "values_swapped": _later_values_swapped,
    "roles_reversed": _later_roles_reversed,
    "apart": _later_apart,
}


def document_frequency(facts: Sequence[Facts]) -> Counter[str]:
    """How many of the story's sentences hold each concept."""
    df: Counter[str] = Counter()
    for f in facts:
        df.update(f.concepts)  # each set counted in C, no generator between
    return df


def idf(facts: Sequence[Facts], df: Counter[str] | None = None) -> dict[str, float]:
    """Smoothed IDF of each concept over the story's sentences."""
    df = df if df is not None else document_frequency(facts)
    n = len(facts)
    return {c: math.log((1 + n) / (1 + k)) + 1.0 for c, k in df.items()}


def candidates(facts: Sequence[Facts]) -> list[tuple[int, int]]:
    """Cross-document pairs (a < b) worth comparing, by blocking on rare keys: two keys shared, or one strong
    key (a quoted run, a counted noun, the whole sentence, a named age, or one value with its counted noun:
    rule `same-value`, "32 people" / "32 people", "one in every seven" / "one in seven", session 36: a
    value few sentences give is as rare a key as a counted noun)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(facts):
        if f.furniture:
            continue
        for key in _keys(f):
            postings[key].append(k)
    cap = MAX_POSTINGS + min(len(facts) // 20, MAX_SHARE)
    found: list[tuple[int, int]] = []  # each key's pairs, counted at the end (in C)
    strong: set[tuple[int, int]] = set()
    docs = [f.doc for f in facts]
    ordered = docs == sorted(docs)  # each document's sentences together, in document order (as a story has)
    for key, ks in postings.items():  # any order: only counts are kept, and the pairs come out sorted
        if len(ks) < 2 or len(ks) > cap:
            continue
        if ordered and docs[ks[0]] == docs[ks[-1]]:  # ks ascend: all in one document (two keys in five)
            continue
        got = [pq for pq in combinations(ks, 2) if docs[pq[0]] != docs[pq[1]]]  # ks ascend: p < q
        found.extend(got)
        if key.startswith(("Q:", "U:", "S:", "G:", "N:")):
            strong.update(got)
    return sorted(p for p, c in Counter(found).items() if c >= 2 or p in strong)


_NO_CENTS = re.compile(r"(\d)\.0+(?= )")  # rule `owned-whole`: "200,000.00" is "200,000"


def _keys(f: Facts) -> set[str]:
    keys = set(f.concepts)
    if f.counts:  # each test first: most sentences have none of these
        keys.update("U:" + c.unit for c in f.counts if not c.measure)
    if f.names and f.words.count(" ") > SAME_WHOLE:  # the same sentence in two documents
        keys.add("S:" + f.words)
    elif f.owner is not None and f.words.count(" ") > SAME_WHOLE:
        # rule `owned-whole`: naming no one, the same words about the same person ("His bond was set at
        # $100,000." right after "Jordan Scott, 19, ..." in each: `features.pronoun_owners`), however many
        # other sentences of the story write them of others; a round sum with its cents is the sum
        # ("$200,000.00" / "$200,000")
        keys.add(f"S:{f.owner}:{f.owner_given}:" + _NO_CENTS.sub(r"\1", f.words))
    if f.named_ages:  # "Slepian, 52," / "Slepian, 51,": one person
        keys.update("G:" + name for name, _, _ in f.named_ages)
    for quotes in (f.quotes, f.single_quotes):
        for q in quotes:
            keys.update("Q:" + " ".join(q[k : k + 3]) for k in range(len(q) - 2))
    return keys


@dataclass(slots=True)
class _Weighed:
    """What `compare` reads of one sentence that does not depend on the other: its clauses' weights,
    its concepts' weights (`_stated`) and its runs of `SAME_WORDS` words, kept once per sentence."""

    clauses: list[float]
    concepts: dict[str, float]
    total: float
    words: list[str]
    grams: frozenset[tuple[str, ...]] | None = None
    whole: tuple[Count, ...] | None = None  # `wholes`
    split: tuple[frozenset[str], frozenset[str]] | None = None  # `_split`
    values: _Values | None = None  # `_values_of`
    wordset: frozenset[str] | None = None  # `words` as a set (`_copied`)
    actions: set[int] | None = None  # `_actions` of the sentence's concepts (`_action_clash`)
    counted: dict[str, list[Count]] | None = None  # `_counted` of `whole` (`_value_clash`)
    names: list[frozenset[str]] | None = None  # each clause's participants (`_clause_names`)
    standing: tuple[frozenset[str], frozenset[str]] | None = None  # `standing_of` (`shared_point`)
    pieces: list[tuple[int, tuple[str, str]]] | None = None  # `_name_pieces` (`shared_point`)


def _weighed(f: Facts, weight: dict[str, float], memo: dict[int, _Weighed] | None) -> _Weighed:
    got = memo.get(f.index) if memo is not None else None
    if got is None:
        # math.fsum: an exact sum, so the order a frozenset of strings iterates in (it varies with the
        # hash seed) cannot change the last bit of a score and with it a threshold decision.
        ws = {c: weight.get(c, 1.0) * (BACKGROUND if c in f.background else 1.0) for c in f.concepts}
        got = _Weighed(
            [_mass(x.concepts, weight) for x in f.clauses], ws, math.fsum(ws.values()), f.words.split()
        )
        if memo is not None:
            memo[f.index] = got
    return got


def compare(
    fa: Facts,
    fb: Facts,
    weight: dict[str, float],
    df: Counter[str] | None = None,
    memo: dict[int, _Weighed] | None = None,
) -> Pair:
    """The evidence of one pair: best clause match, then agreements and clashes (`memo`: a dict kept
    for one story's pairs, so each sentence's weights are summed once)."""
    ma, mb = _weighed(fa, weight, memo), _weighed(fb, weight, memo)
    best: tuple[float, int, int, frozenset[str], float] | None = None
    for i, x in enumerate(fa.clauses):
        wx = ma.clauses[i]
        for j, y in enumerate(fb.clauses):
            shared = x.concepts & y.concepts
            if not shared:
                continue
            ws = _mass(shared, weight)
            px, py = ws / wx, ws / mb.clauses[j]
            f = 2 * px * py / (px + py)
            if best is None or f > best[0]:
                best = (f, i, j, shared, ws)
    i, j, shared, ws = (0, 0, frozenset(), 0.0) if best is None else best[1:]
    x, y = fa.clauses[i], fb.clauses[j]
    both = fa.concepts & fb.concepts
    content = names = dates = 0
    for c in shared:
        if ":" not in c:
            content += 1
        elif c[0] == "E":
            names += 1
        elif c[0] == "Y":
            dates += 1
    context = both_names = rare = rare_names = big = 0
    usual = common()
    for c in both:
        if ":" not in c:
            context += 1
            if df is not None and df[c] <= RARE_DF and c not in usual:
                rare += 1
        elif c[0] == "E":
            context += 1
            both_names += 1
            if df is not None and df[c] <= RARE_NAME_DF:
                rare_names += 1
        elif c.startswith("N::"):
            big += 1
    if ma.whole is None:
        ma.whole = wholes(fa)
    if mb.whole is None:
        mb.whole = wholes(fb)
    wa, wb = ma.whole, mb.whole
    clash, agree = number_relation(wa, wb)
    if (
        clash is None
        and (len(wa) > 1 or len(wb) > 1)
        and min(ws / ma.clauses[i], ws / mb.clauses[j]) >= CLAUSE_COVER
    ):
        clash = clause_clash(x, y, wa, wb)
    if clash is None and (wa and wb):
        clash = subgroup_clash(fa, fb, wa, wb)  # "nine of the activists" / "eight people" arrested
    nouns_apart = clash is None and (
        (bool(wa and wb) and counts_apart(fa, fb, wa, wb)) or vague_apart(fa, fb)
    )
    if (
        clash is None
        and min(len(fa.ages), len(fb.ages)) > 1
        and sorted(map(age_value, fa.ages)) != sorted(map(age_value, fb.ages))
    ):
        clash = (_ages(fa.ages), _ages(fb.ages))  # "aged 2½, 3 and 2" vs "aged 2, 3 and 4" (one age
        # each, "died aged 71" / "aged 66", is more often two people than one age told two ways)
    in_parts = clash is not None and (
        told_in_parts(fa, clash[0], clash[1].value, fb.words)
        or told_in_parts(fb, clash[1], clash[0].value, fa.words)
    )
    if in_parts:
        clash = None  # "six people in New York City and one in Westchester" / "seven people": one total
    two_events, scope_clash, marks_differ, priced_apart, running = False, False, frozenset(), False, False
    loose_slot = ""
    if clash is not None and not clash[0].unit.startswith(ADDRESS):  # a street is its own slot
        sa, sb = slot_words(fa, clash[0]), slot_words(fb, clash[1])
        two_events = (
            sa is not None
            and sb is not None
            and not sa & sb
            and (
                (
                    _actions(sa) != _actions(sb)
                    and not _clause_event(fa, clash[0], sa, sb)
                    and not _clause_event(fb, clash[1], sb, sa)
                )
                or clash[0].unit[:1] in MONEY
                or fa.caseless
            )
        ) or (
            sa is not None
            and sb is not None
            and (other_names(sa, sb, fa, fb) or other_event(sa, sb, fa, fb, clash) or hurt_or_dead(sa, sb))
        )
        ka, kb = scopes(fa.words), scopes(fb.words)
        scope_clash = bool(ka and kb and not ka & kb)
        mark_a, mark_b = marks(fa, clash[0]), marks(fb, clash[1])
        marks_differ = (mark_a ^ mark_b) - {"grown", "provisional", "part-word"}  # which way a count grew:
        # `running_count`; a part word is read only without letter case (`caseless_slot`)
        if fa.caseless or fb.caseless:
            loose_slot = caseless_slot(fa, fb, clash, mark_a | mark_b, equivalents())
        running = running_count(clash, mark_a, mark_b, (fa.words, fb.words))
        # "home schools his three children" / "home-schools his five children": two people's counts,
        # unless the two sentences name someone alike
        two_events = two_events or ("owned" in mark_a & mark_b and both_names == 0)
        # rule `sources`: "two people familiar with the talks said" counts who told it, not the story
        two_events = two_events or "sources" in mark_a | mark_b
        # rule `both-values`: a sentence that gives the other's value too ("five portions a day ... aiming
        # for seven a day" / "seven portions a day") tells both, so it contradicts neither
        two_events = two_events or _gives(fa, clash[1]) or _gives(fb, clash[0])
        two_events = two_events or _was(fa, clash[1]) or _was(fb, clash[0])  # rule `old-value`
        two_events = two_events or compared(fa.words, clash[0]) or compared(fb.words, clash[1])
        two_events = two_events or other_places(fa, fb) or name_fronts_apart(fa, fb)
        priced_apart = priced_for(fa, clash[0], fb) or priced_for(fb, clash[1], fa)
        # rule `denied-slot`: a count a denial follows counts those of whom it is not so ("13 % of adults
        # say they do not use the internet at all" / "21 percent use the internet almost constantly")
        two_events = two_events or _denied(fa, clash[0]) != _denied(fb, clash[1])
        if clash[0].unit[:1] not in MONEY:
            marks_differ -= {"moved"}  # a toll that "rose to 156" and one of 151: still one count
    both_quote = bool(fa.quotes and fb.quotes)
    qrun, aside = _quote_runs(fa.quotes, fb.quotes, fa.words, fb.words) if both_quote else (0, "")
    whole_a, aside_a = quoted_in(fa.quotes, fb, fa.words)
    whole_b, aside_b = quoted_in(fb.quotes, fa, fb.words)
    qrun = max(qrun, whole_a, whole_b)
    aside = aside or aside_a or aside_b
    missing = min(  # a clash: each side names someone the other sentence never does
        len(_clause_names(ma, fa)[i] - fb.names),
        len(_clause_names(mb, fb)[j] - fa.names),
    )
    ya, yb = fa.years, fb.years
    la, lb = len(fa.concepts), len(fb.concepts)
    sent_a, sent_b = _stated(ma, fb), _stated(mb, fa)
    run = _run_of(ma, mb)
    same = _same_run(
        ma, mb, run, bool(fa.names & fb.names), fa.quotes, fb.quotes, (fa.text, fb.text)
    ) and not negated_within(ma.words, mb.words)
    later = _Later((fa, fb, ma, mb, weight, sent_a >= sent_b, same))
    return Pair(
        a=fa.index,
        b=fb.index,
        cover_a=ws / ma.clauses[i],
        cover_b=ws / mb.clauses[j],
        sent_a=sent_a,
        sent_b=sent_b,
        shared=tuple(sorted(shared, key=lambda c: (-weight.get(c, 1.0), c))),
        both=tuple(sorted(both, key=lambda c: (-weight.get(c, 1.0), c))),
        content=content,
        names=names,
        dates=dates,
        context=context,
        both_names=both_names,
        rare=rare,
        rare_names=rare_names,
        unmatched=len({c.unit for c in x.counts} - {c.unit for c in fb.counts})
        + len({c.unit for c in y.counts} - {c.unit for c in fa.counts}),
        missing=missing,
        numbers_agree=max(agree, big),
        day_since=agree > 0 and day_or_since(fa.words, fb.words),
        clash=clash,
        year_clash=bool(ya and yb and not ya & yb)
        or (min(len(ya), len(yb)) > 1 and spans_differ(fa.words, fb.words)),
        year_alone=bool(ya) != bool(yb),
        ago_alone=clash is not None
        and dated_back(fa.words, clash[0].text) != dated_back(fb.words, clash[1].text),
        negation_clash=x.negated != y.negated
        and denies(x, shared, scoped := not (cut_short(fa) or cut_short(fb)))
        != denies(y, shared, scoped)  # rules `negation-aside`, `negation-scope`
        and not negations_matched(later.read("claim"), fa, fb)
        and not (unknown_state(fa.words) and unknown_state(fb.words)),
        hedge_clash=x.hedged != y.hedged,
        point=shared_point(fa, fb, both, df, ma, mb) if df is not None else None,
        quote_run=qrun,
        attribution_only=(
            both_quote and qrun == 0 and attribution_only(fa, fb) and not quote_variant(fa.quotes, fb.quotes)
        )
        or (bool(fa.quotes) != bool(fb.quotes) and quote_and_report(fa, fb)),
        quoted_apart=aside == QUOTE_SUBJECTS and qrun == 0,
        quote_aside=aside if qrun == 0 and aside != QUOTE_SUBJECTS else "",
        same_words=same,
        run_subjects=run is not None
        and run_subjects_differ(ma.words, run[1] - run[0], mb.words, run[2] - run[0], fa, fb),
        lead_clash=_lead_clash(fa, fb),
        action_clash=_action_clash(x, y, fa, fb, ma, mb) or _two_crimes(x, y, fa, fb),
        day_clash=bool(fa.days and fb.days and not fa.days & fb.days),
        month_clash=(dated := months_apart(fa, fb) if fa.months and fb.months else None),
        month_conflict=month_apart(fa, fb, x, y) if dated is not None else None,
        start_conflict=start_years_apart(fa, fb) if ya and yb and not ya & yb else None,
        born_conflict=born_apart(fa, fb) if " born " in fa.words and " born " in fb.words else None,
        repeat=dated is not None and repeated(fa, fb),
        time_clash=bool(fa.times and fb.times and not fa.times & fb.times),
        age_clash=bool(fa.person_ages and fb.person_ages and not fa.person_ages & fb.person_ages),
        tally_clash=bool(fa.tallies and fb.tallies and not fa.tallies & fb.tallies),
        no_comment=both_names == 0 and _no_comment(fa) and _no_comment(fb),
        quote_only=fa.quoted != fb.quoted and qrun == 0,
        first_person=fa.first_person or fb.first_person,
        not_yet=bool(fa.pending & fb.done or fb.pending & fa.done),
        two_events=two_events,
        measure_clash=bool(fa.counts and fb.counts) and _measure_clash(fa.counts, fb.counts),
        units_apart=bool(fa.counts and fb.counts) and units_apart(fa.counts, fb.counts, fa.words, fb.words),
        measure_conflict=(measured := measure_slot(fa, fb) if fa.counts and fb.counts else None),
        which_apart=bool(fa.counts and fb.counts) and which_apart(fa.words, fb.words),
        named_apart=bool(fa.names and fb.names) and named_apart(fa, fb, clash, measured),
        running_measure=measured is not None and running_measure(fa, fb, measured),
        of_apart=clash is not None and of_apart(clash, fa.words, fb.words),
        rare_count=clash is not None and df is not None and 0 < df.get(clash[0].unit, 0) <= RARE_DF,
        scope_clash=scope_clash,
        value_clash=_value_clash(_counted_of(ma), _counted_of(mb)),
        side_only=bool(fa.subordinate or fb.subordinate)
        and (
            side_only(fa, fb, _split_of(ma, fa), _split_of(mb, fb)) or side_only(fb, fa, mb.split, ma.split)
        ),
        length_ratio=min(la, lb) / max(la, lb, 1),
        part_of_count=in_parts or part_of_count(_values_of(ma, fa), _values_of(mb, fb)),
        events_total=clash is not None and events_total(fa, fb, clash),
        town_in_wider=clash is not None and town_in_wider(fa, fb, clash),
        parts_differ=parts_differ(_values_of(ma, fa), _values_of(mb, fb)),
        same_numbers=same_numbers(shared, fa, fb, ma, mb),
        quoted_whole=bool(fa.quotes and fb.quotes) and (quoted_whole(fa, fb) or quoted_whole(fb, fa)),
        quoted_whole_pronoun=bool(fa.quotes and fb.quotes and (fa.said_by or fb.said_by))
        and (
            (bool(fa.said_by) and quoted_whole(fa, fb, True))
            or (bool(fb.said_by) and quoted_whole(fb, fa, True))
        ),
        same_short_quote=both_quote and not aside and same_short_quote(fa, fb) and not speakers_apart(fa, fb),
        quote_variant=both_quote
        and not aside
        and quote_variant(fa.quotes, fb.quotes)
        and not speakers_apart(fa, fb),
        reported_run=0
        if fa.quoted == fb.quoted or speakers_apart(fa, fb)
        else reported_run(fa.quotes, fb, fa.words)
        if fa.quoted
        else reported_run(fb.quotes, fa, fb.words),
        age_conflict=age_conflict(fa.named_ages, fb.named_ages) if fa.named_ages and fb.named_ages else None,
        marks_differ=marks_differ,
        loose_slot=loose_slot,
        fragment=fa.fragment or fb.fragment,
        counts_apart=nouns_apart and clash is None,
        vague_conflict=vague_clash(fa, fb) if nouns_apart and clash is None else None,
        running=running,
        priced_apart=priced_apart,
        single_run=quote_run(fa.quotes + fa.single_quotes, fb.quotes + fb.single_quotes, fa.words, fb.words)
        if fa.single_quotes or fb.single_quotes
        else 0,
        later=later,
    )


COPY_WORDS = 8  # rule `one-text`: a cut copy keeps at least this many words


def one_text(wa: str, wb: str) -> bool:
    """Rule `one-text`: two sentences whose words (`Facts.words`, dots aside: "u.s." is "us") are one
    text, or the shorter, of `COPY_WORDS` or more, the other's opening (a paragraph cut short), state one
    claim, so `guards.claims_differ` is not read on them: a complement read apart in each ("the last u" of
    "u.s.", "on board a russian plane" / "... plane headed to syria") is no second claim."""
    a, b = wa.replace(".", ""), wb.replace(".", "")
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short == long or (long.startswith(short) and short.count(" ") > COPY_WORDS)


def _copied(ma: _Weighed, mb: _Weighed) -> bool:
    """The cheap bound of `guards.substituted`, on each sentence's word set kept once: the two share
    `guards.COPIED` of the shorter one's words."""
    short = min(len(ma.words), len(mb.words))
    if short < SWAP_SPAN:
        return False
    if ma.wordset is None:
        ma.wordset = frozenset(ma.words)
    if mb.wordset is None:
        mb.wordset = frozenset(mb.words)
    return len(ma.wordset & mb.wordset) >= COPIED * short


# the rest of a total written after a count, with no noun of its own: "killed six people in New York
# City and one in Westchester", "killed all 109 people aboard, mainly German tourists, and four on the
# ground" (`Facts.words`: lower-cased, number words in digits but "one")
_REST = re.compile(r" and (one|\d[\d,]*) (?:more |other )?(?:in|on|at|aboard|from|outside) ")
REST_REACH = 80  # characters after a count where the rest of its total may be written
# rule `one-more`: one more of the total written beside a count: "two men were fatally stabbed and
# another was wounded", "killed two border guards and their commanding officer", "left two police officers
# and a sheriff's deputy dead" (after it: one more, or one thing named by "a" or a possessive in up to three
# words, none a plural nor a word of quantity), "a commander and two guards were killed", "killed a
# 24-year-old woman whose suv had broken down and three people who stopped to help her" (before it: "a" or
# "an" and up to `ONE_WORDS` words, none a number but an age, then "and")
_ONE_AFTER = re.compile(
    r" and (?:another|one more|a third|a fourth"
    r"|(?:a|an|his|her|their|its) (?!(?:half|number|lot|few|dozen|couple|host|total|pair|series|bit)\b)"
    r"(?:[a-z'-]*[a-rt-z'] ){0,2}[a-z'-]*[a-rt-z'])(?! \d| other)(?= )"
)
ONE_WORDS = 8
_ONE_BEFORE = re.compile(rf"(?<= )(?:a|an) (?:(?:\d+ year-old|[a-z][\w'-]*) ){{1,{ONE_WORDS}}}and $")


def _gives(f: Facts, c: Count) -> bool:
    """Rule `both-values`: sentence `f` writes count `c`'s value too, as a count of anything but a sum
    or a share, unless `c` is that sum or share ("aiming for seven a day")."""
    return any(
        d.value == c.value and (d.unit == c.unit or (d.unit[:1] not in MONEY and c.unit[:1] not in MONEY))
        for d in f.counts
    )


def _was(f: Facts, c: Count) -> bool:
    """Rule `old-value` (session 40): sentence `f` gives count `c`'s value as the old value of a change
    (`Count.was`, `numbers` rule `change-from`: "rose from 40 to 52 percent" / "was 40 percent"), or as its
    size (rule `change-amount`, review40: "cut its staff from 400 to 250 workers" / "cut 150 workers"): a
    past value or a difference beside a new one, no conflict (and, a clash of values, no citation either)."""
    return any(
        d.was is not None and (math.isclose(d.was, c.value) or math.isclose(abs(d.value - d.was), c.value))
        for d in f.counts
    )


COPY_SHARE = 0.8  # rule `both-told-beside`: the share of a sentence's words another holds to be its copy
COPY_MIN = 5  # ... and the fewest words such a copy has


def told_beside(facts: Sequence[Facts], a: int, b: int, clash: tuple[Count, Count]) -> bool:
    """Rule `both-told-beside` (session 55): the document of sentence `a` gives `b`'s value of the clash too
    (one counted thing, the value alike or a round report of it), in the sentence just before or after
    `a`, or in a copy of sentence `b` (`COPY_SHARE` of its words, at least `COPY_MIN`); or the same of
    `b`'s document. That outlet writes both values, so to it they are two things or two moments ("Toyota
    ... sold 10.175 million vehicles" / "Volkswagen sold a record 10.3 million vehicles", each outlet
    giving the other carmaker's figure next; a tweet quoted with "these 2 women" and "these 3 women"), never
    a disagreement between outlets."""
    for i, j, other in ((a, b, clash[1]), (b, a, clash[0])):
        doc = facts[i].doc
        for k, g in enumerate(facts):
            if k == i or g.doc != doc or (abs(k - i) > 1 and not _copy_of(g, facts[j])):
                continue
            if any(c.unit == other.unit and (c.value == other.value or rounded(c, other)) for c in g.counts):
                return True
    return False


# rule `grows-later` (issue 14, session 58): a toll its own article adds to next ("killing two people. A
# third victim later died in hospital"): the ordinal of the other outlet's value, or "another" one more,
# beside a death told as later, in the sentence itself or the next `GROWS_AFTER` of its document
GROWS_AFTER = 2
_ORDINAL_OF = {
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
}
_DIED_LATER = re.compile(
    r" (?:later|since|subsequently|eventually) (?:died|dies|succumbed)"
    r"| (?:died|dies|succumbed) (?:\S+ ){0,4}?"
    r"(?:later|since|in (?:the )?hospital|of (?:his|her|their) (?:injuries|wounds))\b"
)


def grows_later(facts: Sequence[Facts], a: int, b: int, clash: tuple[Count, Count]) -> bool:
    """Rule `grows-later`: the sentence with the lower value of the clash, or one of the next `GROWS_AFTER`
    of its document, tells a further death that makes it the other's ("..., killing two. A third victim
    later died" / "killing three"): an update the outlet gives itself, never a disagreement between
    outlets. Only exact counts (no bound) one to eight apart, the grown value an ordinal up to "tenth"
    or "another" one more."""
    for i, low, high in ((a, clash[0], clash[1]), (b, clash[1], clash[0])):
        if low.lower or low.upper or high.lower or high.upper or not low.value < high.value:
            continue
        name = _ORDINAL_OF.get(int(high.value)) if high.value == int(high.value) else None
        another = high.value == low.value + 1
        for k in range(i, min(len(facts), i + GROWS_AFTER + 1)):
            w = facts[k].words
            if facts[k].doc != facts[i].doc:
                break
            told = (name is not None and f" a {name} " in w) or (another and " another " in w)
            if told and _DIED_LATER.search(w):
                return True
    return False


def _copy_of(g: Facts, h: Facts) -> bool:
    """Sentence `g` is a copy of `h` (or of a part of it): `COPY_SHARE` of its words, at least `COPY_MIN`,
    are `h`'s."""
    words = g.words.split()
    held = set(h.words.split())
    return len(words) >= COPY_MIN and sum(w in held for w in words) >= COPY_SHARE * len(words)


# rule `ratio-compared`: a count set against another party's by a ratio just after it ("owes $ 250,000 --
# less than half of what Stroup owes", "$ 560,000 ..., more than double that of the second most wanted")
_RATIO = re.compile(
    r"^ (?:\S+ ){0,6}?(?:(?:less|more|fewer) than )?(?:half|double|twice|triple|a third|a quarter|\w+ times)"
    r" (?:of )?(?:what|that of|those of|the amount) "
)


def compared(words: str, c: Count) -> bool:
    """Rule `ratio-compared` (session 55): count `c`, in a sentence's `words` (`Facts.words`), is set
    against another party's value by a ratio within six words after it (`_RATIO`): the sentence tells two
    parties' values, so its count is one party's, never another value of the other sentence's slot (two
    debtors: "the second person on the list owes $ 250,000 -- less than half of what Stroup owes" /
    "Stroup ... owing more than $ 560,000")."""
    value = f" {_SIGN.sub('', c.text.lower())}"
    at = words.find(value + " ")
    end = at + len(value)
    return at >= 0 and _RATIO.search(words[end : end + 120]) is not None


# words that go before a name as a title or role, not as a part of it ("President Lund" / "Senator Lund")
_FRONT_TITLE_WORDS = (
    "mr mrs ms miss dr prof rev sir dame lord lady president senator sen rep gov governor mayor judge justice"
    " chief officer sgt sergeant lt captain capt gen general col colonel minister premier chancellor king"
    " queen prince princess pope bishop father coach director chairman ceo secretary ambassador"
    " deputy detective inspector agent"
    # review55: more offices ("Sheriff Lund" / "Commissioner Lund" were two parties), and the generic words
    # of an office's place ("County Sheriff" / "Harwick Sheriff" were two sheriffs)
    " sheriff commissioner superintendent attorney professor leader speaker spokesman spokeswoman"
    " spokesperson pm dean rabbi imam pastor cardinal sheikh councilman councilwoman councillor"
    " congressman congresswoman assemblyman assemblywoman county state city town federal national"
)
_FRONT_TITLES = frozenset(_FRONT_TITLE_WORDS.split())


def _name_fronts(f: Facts) -> dict[str, str]:
    """Each participant key of sentence `f` written right after a capitalised word of its own, neither a
    given name nor a title (`_FRONT_TITLES`): the key and that word, lower-cased ("Harwick Foods": foods ->
    harwick; "Steve Vogelsang", "President Lund": none)."""
    out: dict[str, str] = {}
    first_names = gazetteer().first_names
    for (_, before, s0, e0), (_, concept, s1, _) in zip(f.spots, f.spots[1:], strict=False):
        if not concept.startswith("E:") or ":" in before or s1 != e0 + 1 or f.text[e0 : e0 + 1] != " ":
            continue
        word = f.text[s0:e0]
        # a possessive is the name's owner or country, not a part of it ("Japan's Toyota" / "Rival Toyota")
        if word.endswith(("'s", "’s", "'", "’")):
            continue
        if word[:1].isupper() and word not in first_names and word.lower().rstrip(".") not in _FRONT_TITLES:
            out[concept] = word.lower()
    return out


def name_fronts_apart(fa: Facts, fb: Facts) -> bool:
    """Rule `name-fronts-apart` (session 55): the two sentences write one participant key after two
    different capitalised words, neither sentence writing the other's ("Harwick Foods said it would recall
    2,000 jars" / "Brook Foods said it would recall 3,000 jars": two firms whose names end in one word, read
    as one participant, `E:foods`): two parties, so their counts are no conflict."""
    xa, xb = _name_fronts(fa), _name_fronts(fb)
    return any(
        xa[k] != xb[k] and f" {xa[k]} " not in fb.words and f" {xb[k]} " not in fa.words
        for k in xa.keys() & xb.keys()
    )


def told_in_parts(f: Facts, c: Count, total: float, other: str = "") -> bool:
    """Sentence `f` gives count `c` and, just after it, the rest of `total` ("six people in New York City
    and one in Westchester" is seven; "109 people aboard ... and four on the ground" is 113), or one more
    beside it (rule `one-more`: "a commander and two guards" are three, "two men were fatally stabbed
    and another was wounded" three, unless the `other` sentence's words say the same one more: "his
    three children and a wife" / "his four children and a wife"): a total told in parts, so `total` in
    another sentence is the same count, never another value of it."""
    if c.value != int(c.value) or total <= c.value:
        return False
    for form in {f" {int(c.value)} ", f" {int(c.value):,} "}:
        at = f.words.find(form)
        while at >= 0:
            end = at + len(form) - 1
            rest = _REST.search(f.words, end, end + 1 + REST_REACH)
            if rest is not None:
                n = 1.0 if rest.group(1) == "one" else _number(rest.group(1))
                if n is not None and c.value + n == total:
                    return True
            if c.value + 1 == total:
                one = _ONE_AFTER.search(f.words, end, end + 1 + REST_REACH) or _ONE_BEFORE.search(
                    f.words, max(0, at - REST_REACH), at + 1
                )
                if one is not None and one.group().split()[:3] != _three(other, one.group()):
                    return True
            at = f.words.find(form, at + 1)
    return False


def _three(words: str, phrase: str) -> list[str]:
    """The first three words of `phrase` when `words` writes them too ("his four children and a wife" /
    "his three children and a wife": one more on both sides, no sum), else none."""
    head = " ".join(phrase.split()[:3])
    return head.split() if f" {head} " in words else []


def wholes(f: Facts) -> tuple[Count, ...]:
    """A sentence's counts less those of a part ("Catanduanes and three other provinces", "the other
    14 sailors": besides something already counted, so no other value of "four provinces" / "15
    sailors")."""
    if not f.counts or not any(w in f.words for w in _WHOLE_KEYS):
        return f.counts
    words = f.words.split()
    out = []
    for cl in f.clauses:
        for k, c in enumerate(cl.counts):
            part = cl.parts[k] if k < len(cl.parts) and cl.count_at[k] >= 0 else _part(c, words)
            if not part:
                out.append(c)
    return tuple(out)


def part_values(f: Facts) -> tuple[frozenset[float], frozenset[float]]:
    """The values a sentence gives as counts of others ("another 12 were hurt", "killed 5 others",
    "12 more people"), with or without a counted noun, and the totals "X and N others" makes (N + 1:
    "Catanduanes and three other provinces" are four)."""
    if not any(w in f.words for w in _PART_KEYS):
        return frozenset(), frozenset()
    parts, totals = set(), set()
    for m in _PART_VALUE.finditer(f.words):
        v = _number(m.group(1) or m.group(2))
        if v is None:
            continue
        parts.add(v)
        if f.words.endswith(" and ", 0, m.start()):
            totals.add(v + 1)
    return frozenset(parts), frozenset(totals)


# a range in plain words: "3 percent to 5 percent", "2 to 6 degrees", "between 3 and 5"
_RANGE = re.compile(r"(?<= )(\d[\d,.]*)(?: [a-z%$]+)? (?:to|and) (\d[\d,.]*)(?= )")
# ... read in the sentence as written (`Facts.text`), rule `range-comma` (recall44): no comma between its two
# ends ("fell 391.01 points, or 3.5 %, to 10,733.83" gives a value and a level, no range from 3.5)
_RANGE_TEXT = re.compile(
    r"(?<![\w.,])(\d(?:[\d,.]*\d)?)(?:\s?[A-Za-z%]+)?\s(?:to|and)\s[$£€]?(\d(?:[\d,.]*\d)?)(?![\w])"
)


class _Values(NamedTuple):
    parts: frozenset[float]  # `part_values`
    totals: frozenset[tuple[float, str]]  # (value, unit) of the whole counts that are no measure, no
    # money and no rate of money ("$40 a day" is `$/day`: a wage, not a total of anything)
    every: frozenset[float]  # every value the sentence gives, and the totals of "X and N others"


def _values_of(w: _Weighed, f: Facts) -> _Values:
    """What `part_of_count` reads of a sentence, kept once per sentence."""
    if w.values is None:
        if w.whole is None:
            w.whole = wholes(f)
        parts, made = part_values(f)
        totals = frozenset((c.value, c.unit) for c in w.whole if not c.measure and c.unit[:1] not in MONEY)
        every = parts | made | {c.value for c in f.counts}
        w.values = _Values(parts, totals, frozenset(every))
    return w.values


def part_of_count(va: _Values, vb: _Values) -> bool:
    """One sentence counts others ("killed 5 others", "another 12 were hurt") with a value the other
    never gives, while the other gives a total the first never does ("17 killed"; of a unit the first
    gives no total of, or one its total and others add up to: `_sums_to`): a part and a whole, never
    one fact nor two values of one count. Equal values may be one group told both ways ("another 12
    wounded" / "12 were wounded"): no rule."""
    return any(
        any(p not in y.every for p in x.parts)
        and any(t not in x.every and _sums_to(x, t, u) for t, u in y.totals)
        for x, y in ((va, vb), (vb, va))
    )


def parts_differ(va: _Values, vb: _Values) -> bool:
    """Rule `other-parts`: both sentences count others ("Seventeen others died in landslides" / "Thirty
    other people died in landslides"), and neither gives a value of the other's count of others (nor a
    total "X and N others" makes): two values of one count, not one fact stated twice."""
    return bool(va.parts and vb.parts) and not va.parts & vb.every and not vb.parts & va.every


def same_numbers(shared: frozenset[str], fa: Facts, fb: Facts, ma: _Weighed, mb: _Weighed) -> int:
    """How many values (numbers with what they count or measure, years aside) the matched clauses both
    give: "12 crew members and 216 passengers" / "a dozen crew members and 216 passengers". A count
    of others ("killed 300 in Moscow and two other cities"), a conversion in parentheses (one value
    written twice) and the two ends of a range one sentence gives ("3 percent to 5 percent", the same
    range of two groups) do not count."""
    got = [c for c in shared if c.startswith("N:")]
    if len(got) < 2:
        return len(got)
    parts = _values_of(ma, fa).parts | _values_of(mb, fb).parts
    converted = {c.value for c in (*fa.counts, *fb.counts) if c.conversion}  # "40 kilometers (25 miles)"
    values = {float(c.rsplit(":", 1)[1]) for c in got} - parts - converted
    if len(values) < 2:
        return len(values)
    found = [m for f in (fa, fb) for m in _ranges(f)]
    if found:
        values -= {_number(n) for m in found for n in m.groups()}
    return len(values)


def _ranges(f: Facts) -> Iterator[re.Match[str]]:
    """The ranges a sentence gives: in its text as written (rule `range-comma`), else in its words."""
    return _RANGE_TEXT.finditer(f.text) if f.text else _RANGE.finditer(f.words)


def _number(digits: str) -> float | None:
    """The value of a run of digits, commas and points ("1,200", "5." at a clause end); None for one that
    is no number ("12.05.2020", a date)."""
    try:
        return float(digits.rstrip(".,").replace(",", ""))
    except ValueError:
        return None


def _sums_to(x: _Values, t: float, u: str) -> bool:
    """Whether total `t` of unit `u` may be a part sentence's count and its others: it gives no total of
    that unit, or its total of it and the others add up to `t` ("killed 12 ... another 5": 17)."""
    own = [v for v, w in x.totals if w == u]
    return not own or math.isclose(sum(own) + sum(x.parts), t)


def _part(c: Count, words: list[str]) -> bool:
    """For a count whose place is not known (`Clause.count_at` -1): every place its value is written
    reads as a part."""
    first = c.text.split()[0].lower()
    first = _WORD_DIGITS.get(first, first)
    places = [k for k, w in enumerate(words) if w == first]
    return bool(places) and all(part_at(words[max(0, k - 1) : k], words[k + 1 : k + 4]) for k in places)


def side_only(
    fa: Facts,
    fb: Facts,
    split_a: tuple[frozenset[str], frozenset[str]] | None = None,
    split_b: tuple[frozenset[str], frozenset[str]] | None = None,
) -> bool:
    """What sentence `fa` shares with `fb` is said on the side (a relative clause, an appositive, a
    "since ..." clause: `Facts.subordinate`) while `fb` states it as its claim: at most `SIDE_MAIN` of
    `fa`'s main words (attribution, numbers and years aside) are stated by `fb`, at least `SIDE_WORDS`
    words of the side stretches are, and `fb` states its own main words (or all its words, when it
    has no side stretch) at least `SIDE_OTHER` in `fa`. "Elian has been at the center of a custody
    battle since fishermen found him lashed to an inner tube" / "Elian was found clinging to an inner
    tube": the convention of the labelled files calls this `related`, and so does the stage."""
    if not fa.subordinate:
        return False
    main, side = split_a or _split(fa)
    if not main or not side:
        return False
    said = fb.concepts
    if len(main & said) >= SIDE_MAIN * len(main) or len((side - main) & said) < SIDE_WORDS:
        return False
    other, rest = split_b or _split(fb)
    if not other or (fb.subordinate and not rest):
        return False
    return len(other & fa.concepts) >= SIDE_OTHER * len(other) or _clause_stated(fb, fa.concepts)


ASIDE_SHARED = 2  # `aside_denied`: content words a denied side stretch and the other's clause share


def aside_denied(f: Facts, g: Facts) -> bool:
    """Rule `aside-denied` (session 34): a side stretch of `f` holds its clause's only negations
    (`Clause.negated_aside`: "..., even as the mayor refused to sign it and did not attend"), and a clause
    of `g` writes `ASIDE_SHARED` of its words or more with no negation ("... and the mayor signed it at the
    meeting he attended"), no negated clause of `g` writing them too: `g` states what `f`'s aside denies,
    so the two are not one fact, whatever their main clauses share (`negation-aside` reads an aside only
    against the words the two matched clauses share)."""
    for c in f.clauses:
        words = {w for w in c.negated_aside if ":" not in w}
        if len(words) < ASIDE_SHARED:
            continue
        hit = [d.negated for d in g.clauses if len(words & d.concepts) >= ASIDE_SHARED]
        if hit and not any(hit):
            return True
    return False


def _clause_stated(f: Facts, said: frozenset[str]) -> bool:
    """Rule `side-clause`: one clause of two or more that `f` joins ("Roman Catholics hail Stepinac as a
    martyr, but many Serbs and Jews accuse him of sympathizing with the Nazis"), no attribution, numbers
    and years aside, states its words at least `SIDE_OTHER` in `said`: that clause is what `f` shares."""
    if len(f.clauses) < 2:
        return False
    for c in f.clauses:
        words = {k for k in c.concepts if not k.startswith(("N:", "Y:"))}
        if not c.attribution and words and len(words & said) >= SIDE_OTHER * len(words):
            return True
    return False


def main_stated(main: frozenset[str], other: frozenset[str], weight: dict[str, float]) -> float:
    """The share of one sentence's main words (`_split`: outside its side stretches, attribution,
    numbers and years aside; by the story's IDF) that the other sentence states outside its own side
    stretches or in its attribution: "The nine crew members were French." is all in "The Concorde was
    carrying 100 passengers ... and nine French crew members", while "Beatification is the last step
    before possible sainthood" is only the aside of "his beatification, the last step before possible
    sainthood, is controversial"."""
    if not main:
        return 0.0  # no main words: nothing stated (`_mass` of an empty set is 1.0)
    return math.fsum(map(weight.get, main & other, repeat(1.0))) / _mass(main, weight)


def _split_of(w: _Weighed, f: Facts) -> tuple[frozenset[str], frozenset[str]]:
    if w.split is None:
        w.split = _split(f)
    return w.split


def _split(f: Facts) -> tuple[frozenset[str], frozenset[str]]:
    """(main, side) concepts of a sentence: participants and words outside / inside its side stretches,
    attribution, numbers and years aside."""
    main: set[str] = set()
    side: set[str] = set()
    spans, background = f.subordinate, f.background
    for _, c, s, _ in f.spots:
        if c.startswith(("N:", "Y:")) or c in background:
            continue
        (side if inside(s, spans) else main).add(c)
    return frozenset(main), frozenset(side)


def shared_point(
    fa: Facts,
    fb: Facts,
    both: frozenset[str],
    df: Counter[str],
    ma: _Weighed | None = None,
    mb: _Weighed | None = None,
) -> tuple[tuple[int, int], tuple[int, int], tuple[str, ...]] | None:
    """A point the two sentences make in other words: a stretch of at most `POINT_WINDOW` words in
    each ("the removal of U.S. troops" / "reductions in U.S. military posture") holding the same
    `POINT_CONCEPTS` concepts or more, one a participant and one rare in the story (at most
    `POINT_DF` sentences use it); else a word that few news articles use (`common()`) and few
    sentences of the story, with a participant both name beside it ("a propaganda tool
    for the North Korean leader" / "a public relations coup for Kim"). Rule `point-made`: one of the
    concepts is neither a participant nor a word that only says who or where (`Facts.standing`: a role,
    title or place noun; not one they state as what someone is, when each states one: rule
    `role-stated`, "the father is her boyfriend, Jon Tallis" / "Tallis is thought to be the father"),
    and a place named twice over ("North Korea": north_korea, korea) counts once;
    "President Trump ... North Korea" / "President Donald Trump offered North Korea" is no point.
    Returns the two stretches (start, end in each sentence) and the concepts, or None. `ma`, `mb`: the
    sentences' `_Weighed`, where each one's `standing_of` is kept for its other pairs."""
    keys = {c for c in both if not c.startswith(("N:", "Y:")) and c not in _point_pieces()}
    if len(keys) < POINT_CONCEPTS or not any(c.startswith("E:") for c in keys):
        return None
    keys -= _other_senses(fa, fb, keys)
    if len(keys) < POINT_CONCEPTS:
        return None
    (standing_a, stated_a), (standing_b, stated_b) = _standing(ma, fa), _standing(mb, fb)
    standing = standing_a | standing_b
    if stated_a & keys and stated_b & keys:  # rule role-stated: each says who someone is ("is the father")
        standing -= stated_a | stated_b
    # what the point is: an act, a thing; never who tells it in both (rule `point-told`, session 37 audit:
    # "according to the Harwick health office" in each, an attribution, made a point of its source's name;
    # "according to a study led by Eom" / "The study, led by Eom, ...": a point, what the second states)
    told = fa.background & fb.background
    light = _point_light()
    where = _point_where()
    made = {
        c
        for c in keys
        if ":" not in c and c not in standing and c not in told and c not in light and c not in where
    }
    if not made:
        return None
    rare = {c for c in keys if df[c] <= POINT_DF and c not in light}
    if not rare:
        return None
    best = None
    for wa in _windows(fa, keys):
        for wb in _windows(fb, keys):
            same = wa[0] & wb[0]
            if (
                _distinct(same) < POINT_CONCEPTS
                or not same & rare
                or not same & made
                or not any(c.startswith("E:") for c in same)
                or _name_pieces_only(same & made, _pieces(ma, fa), wa[1:], _pieces(mb, fb), wb[1:])
                or _roles_apart(fa, wa[1:], fb, wb[1:], same)
                or _values_apart(fa, wa[1:], fb, wb[1:])
                or _ways_apart(fa, fb, same)
            ):
                continue
            rank = (len(same), -(wa[2] - wa[1]) - (wb[2] - wb[1]))
            if best is None or rank > best[0]:
                best = (rank, (wa[1], wa[2]), (wb[1], wb[2]), tuple(sorted(same)))
    if best is None:  # a word few articles use, beside a participant or word both name near it
        usual = common()
        for anchor in sorted(c for c in rare if ":" not in c and c not in usual):
            a, near_a = _around(fa, anchor, keys)
            b, near_b = _around(fb, anchor, keys)
            same = near_a & near_b
            if (
                _distinct(same) >= 2
                and same & made
                and any(c.startswith("E:") for c in same)
                and not _name_pieces_only(same & made, _pieces(ma, fa), a, _pieces(mb, fb), b)
                and not _roles_apart(fa, a, fb, b, same)
                and not _values_apart(fa, a, fb, b)
                and not _ways_apart(fa, fb, same)
            ):
                return a, b, tuple(sorted(same))
    return None if best is None else best[1:]


# rule `point-piece` (session 39 audit): pieces of a number, date or time the tokens keep as words ("84th":
# th, "5 p.m.": p.m.) are no concept of a point: "the 5500 block of East 84th Street" / "the area of East
# 84th Terrace" made a point of "East" and "th"
_POINT_PIECES = ("th", "nd", "rd", "st", "p.m.", "a.m.", "pm")  # "21st" and "St." (session 40) too
# rule `point-light` (session 39 audit): words too light or of too many senses to be what a point makes or
# its rare word ("In addition" / "an additional factor", "the tweet and others that followed" / "the
# tweet followed an interview", "the rest of Latin America" / "Latin America and the rest"); a point
# needs another word
_POINT_LIGHT = (
    *("addition", "additional", "follow", "followed", "result", "rest", "end", "ended", "make", "made"),
    *("name", "part", "hand", "recent", "recently", "upcoming", "special"),
)


# rule `point-institution` (session 44): a body someone sits in or speaks for says who or where, as a
# role or place noun does (`Facts.standing`): "Sen. Tammy Duckworth and daughter have made senate history" /
# "... allow babies in the senate chamber, Sen. Tammy Duckworth" made a point of the name and "senate"
_POINT_WHERE = (
    *("senate", "congress", "parliament", "legislature", "assembly", "council", "chamber", "cabinet"),
    *("ministry", "department", "agency", "court"),
)


@lru_cache(maxsize=1)
def _point_where() -> frozenset[str]:
    """`_POINT_WHERE` as the concepts `features` folds them to."""
    return frozenset(_concept(w) for w in _POINT_WHERE)


# rule `point-senses` (session 40 audit): nouns news uses in several senses ("told the paper" / "a note on
# his own writing paper", "a production of the play" / "a production assistant", "a passenger seat" /
# "leather seats", "an article posted online" / "a post on her page"); one counts in a point only when the
# two sentences write it beside the same word ("papers published in" in both: one sense)
_POINT_SENSES = ("paper", "papers", "production", "post", "posted", "seat", "seats")
_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def _point_senses() -> frozenset[str]:
    """`_POINT_SENSES` as the concepts `features` folds them to."""
    return frozenset(_concept(w) for w in _POINT_SENSES)


def _beside(f: Facts, concept: str) -> set[str]:
    """The words, no stop words, written right before or after each place of `concept` in sentence `f`
    (lower-cased); none when its text is not kept (`Facts.text`)."""
    text = f.text
    out: set[str] = set()
    for _, c, s, e in f.spots:
        if c != concept:
            continue
        before = _WORD.findall(text[max(s - 40, 0) : s])
        after = _WORD.findall(text[e : e + 40])
        out.update(w.lower() for w in (before[-1:] + after[:1]) if w.lower() not in STOP_WORDS)
    return out


def _other_senses(fa: Facts, fb: Facts, keys: set[str]) -> set[str]:
    """Rule `point-senses`: the `keys` of `_POINT_SENSES` the two sentences do not write beside one word
    alike, each maybe in another sense (none when a sentence's text is not kept: read as one sense)."""
    out = set()
    for c in keys & _point_senses():
        xa, xb = _beside(fa, c), _beside(fb, c)
        if fa.text and fb.text and not xa & xb:
            out.add(c)
    return out


@lru_cache(maxsize=1)
def _point_pieces() -> frozenset[str]:
    """`_POINT_PIECES` as the concepts `features` folds them to."""
    return frozenset(_concept(w) for w in _POINT_PIECES)


@lru_cache(maxsize=1)
def _point_light() -> frozenset[str]:
    """`_POINT_LIGHT` as the concepts `features` folds them to."""
    return frozenset(_concept(w) for w in _POINT_LIGHT)


def _ways(f: Facts, concepts: frozenset[str] | set[str]) -> dict[str, str]:
    """Each of `concepts` that sentence `f` first writes right after "from", "to" or "into" (`Facts.ways`,
    read by the spot's start: a spot's first number is no word index past the first clause): its way."""
    at = dict(f.ways)
    out: dict[str, str] = {}
    for _, c, s, _ in f.spots:
        if c in concepts and c not in out:
            out[c] = at.get(s, "")
    return {c: w for c, w in out.items() if w}


def _ways_apart(fa: Facts, fb: Facts, same: frozenset[str] | set[str]) -> bool:
    """Rule `point-ways`: a place one sentence goes from and the other goes to ("moved from Winnipeg to
    Nelson" / "moving back to Winnipeg from Nelson"): two moves, not one point in other words."""
    if not any(w == "from" for _, w in fa.ways) or not any(w == "from" for _, w in fb.ways):
        return False
    xs, ys = _ways(fa, same), _ways(fb, same)
    return any(ys.get(c, w) != w for c, w in xs.items())


def _name_pieces(f: Facts) -> list[tuple[int, tuple[str, str]]]:
    """(word index, (participant, word)) for each word sentence `f` writes right after a participant, a
    space between, never as a claim's verb: (rand, paul) of "Rand paul" in a story that lost its letter
    case; not "resigned" of "Smith resigned", an act. Read once per sentence: `_name_pieces_only` keeps
    those of a stretch (it runs per window pair)."""
    verbs = {c.at[0] for c in f.claims}
    return [
        (s, (before[1], c))
        for before, (_, c, s, _) in zip(f.spots, f.spots[1:], strict=False)
        if ":" not in c and s not in verbs and before[1].startswith("E:") and s - before[3] <= 1
    ]


def _pieces(w: _Weighed | None, f: Facts) -> list[tuple[int, tuple[str, str]]]:
    """`_name_pieces(f)`, kept in the sentence's `_Weighed` (when given) for its other pairs."""
    if w is None:
        return _name_pieces(f)
    if w.pieces is None:
        w.pieces = _name_pieces(f)
    return w.pieces


def _name_pieces_only(
    made: set[str],
    pa: list[tuple[int, tuple[str, str]]],
    a: tuple[int, int],
    pb: list[tuple[int, tuple[str, str]]],
    b: tuple[int, int],
) -> bool:
    """Rule `point-name-piece` (session 38 audit): every word a point makes (`made`) is written, in both
    stretches, right after the same participant ("Sen. Rand paul" / "sen. Rand paul" in a lower-cased
    story, "Boston Marathon bomber" twice): one name written twice, not a point made in other words; "the
    U.S. nuclear deal with Iran" / "the Iran nuclear negotiations" put the word after two places. `pa`,
    `pb`: the two sentences' `_name_pieces`; `a`, `b`: the stretches (start, end)."""
    if not made:
        return False
    both = {p for s, p in pa if a[0] <= s < a[1]} & {p for s, p in pb if b[0] <= s < b[1]}
    return made <= {c for _, c in both}


# a verb written right after one of these is a passive ("was overseen", "been sued"); right before "by": its
# doer follows ("a lawsuit filed by the family")
_BE_BEFORE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+$", re.IGNORECASE)


def _roles_apart(fa: Facts, a: tuple[int, int], fb: Facts, b: tuple[int, int], same: frozenset[str]) -> bool:
    """Rule `point-roles` (session 40 audit): one active verb written alike in both stretches (`a`, `b`), a
    claim of one sentence with a participant of the point as its subject, and the other writing that
    participant after the verb ("the Harwick board oversees the fund" / "the committee that oversees the
    Harwick board"): who does it in one is whom it is done to in the other. Not a passive ("the board was
    overseen by"), nor a verb "by" follows, nor a participle ("is still missing" / "the missing girl": a
    state); read only where the texts are kept (`Facts.text`)."""
    if not fa.text or not fb.text:
        return False
    for f, s, g, t in ((fa, a, fb, b), (fb, b, fa, a)):
        text, other = f.text, g.text
        for x in claims_of(f):
            if x.passive or x.linking or x.nominal or x.predicate not in same or not s[0] <= x.at[0] < s[1]:
                continue
            doers = {c for c in x.before & same if c[:2] == "E:"} - WEEKDAYS - x.places - x.opening
            verb = text[x.at[0] : x.at[1]].lower()
            if verb.endswith("ing") or _BE_BEFORE_VERB.search(text, max(x.at[0] - 12, 0), x.at[0]):
                continue  # "is still missing" / "the missing girl": a state, no doer
            for _, c, vs, ve in g.spots:
                if c != x.predicate or not t[0] <= vs < t[1] or other[vs:ve].lower() != verb:
                    continue
                if _BE_BEFORE_VERB.search(other, max(vs - 12, 0), vs) or other[ve : ve + 4] == " by ":
                    continue
                placed = [(ps, p) for _, p, ps, _ in g.spots if p in doers and t[0] <= ps < t[1]]
                if placed and all(ps > vs for ps, _ in placed):
                    return True
    return False


def _values_apart(fa: Facts, a: tuple[int, int], fb: Facts, b: tuple[int, int]) -> bool:
    """Rule `point-values` (session 37 audit): the stretches `a` and `b` (start, end) of two sentences each
    write numbers in digits, none the same ("the 5500 block of East 84th Street" / "the 4200 block of East
    68th Street"): two places, dates or counts, not one point in other words."""
    xs = {d for at, d in fa.digit_runs if a[0] <= at < a[1]}
    ys = {d for at, d in fb.digit_runs if b[0] <= at < b[1]}
    return bool(xs and ys and xs.isdisjoint(ys))


def _standing(w: _Weighed | None, f: Facts) -> tuple[frozenset[str], frozenset[str]]:
    """`standing_of(f)`, kept in the sentence's `_Weighed` (when given) for its other pairs."""
    if w is None:
        return standing_of(f)
    if w.standing is None:
        w.standing = standing_of(f)
    return w.standing


@lru_cache(maxsize=1)
def _wider() -> dict[str, frozenset[str]]:
    """The wider places a participant key is part of, as `data/names.tsv` keys them ("North Korea":
    north_korea korea): north_korea -> {korea}."""
    out: dict[str, set[str]] = defaultdict(set)
    for keys in lexicon().names.values():
        first, *rest = keys.split()
        out["E:" + first].update("E:" + k for k in rest)
    return {k: frozenset(v) for k, v in out.items() if v}


def _distinct(concepts: frozenset[str] | set[str]) -> int:
    """How many concepts, a wider place beside a part of it (korea beside north_korea) not counted."""
    wider = _wider()
    return len(concepts) - len(concepts & set().union(*(wider.get(c, ()) for c in concepts)))


def _around(f: Facts, concept: str, keys: set[str]) -> tuple[tuple[int, int], set[str]]:
    """The stretch of half `POINT_WINDOW` words each side of a concept's first place in a sentence,
    and the `keys` said in it."""
    at = next(sp for sp in f.spots if sp[1] == concept)
    near = [sp for sp in f.spots if abs(sp[0] - at[0]) <= POINT_WINDOW // 2]
    return (min(sp[2] for sp in near), max(sp[3] for sp in near)), {sp[1] for sp in near if sp[1] in keys}


def _windows(f: Facts, keys: set[str]) -> list[tuple[frozenset[str], int, int]]:
    """(concepts, start, end) of each stretch of at most `POINT_WINDOW` words starting at a key."""
    spots = [sp for sp in f.spots if sp[1] in keys]
    out = []
    at = [sp[0] for sp in spots]
    ordered = at == sorted(at)  # as `sentence_facts` makes them: then each window is a slice
    for x, (n, _, s, _) in enumerate(spots):
        if ordered:
            inside = spots[x : bisect_right(at, n + POINT_WINDOW, x)]
        else:
            inside = [sp for sp in spots[x:] if sp[0] - n <= POINT_WINDOW]
        if len({sp[1] for sp in inside}) >= POINT_CONCEPTS:
            out.append((frozenset(sp[1] for sp in inside), s, max(sp[3] for sp in inside)))
    return out


def _stated(f: _Weighed, g: Facts) -> float:
    """Share of sentence f's weight that sentence g states too; who reports it (an attribution
    clause) weighs a quarter."""
    shared = math.fsum(map(f.concepts.__getitem__, f.concepts.keys() & g.concepts))  # exact: any order
    return shared / f.total if f.total else 0.0


def _mass(concepts: frozenset[str], weight: dict[str, float]) -> float:
    return math.fsum(map(weight.get, concepts, repeat(1.0))) or 1.0  # exact: set order cannot matter


def _run_of(a: _Weighed, b: _Weighed) -> tuple[int, int, int] | None:
    """The longest run of words two sentences share (`_longest_run`), when it is `SAME_WORDS` long."""
    if min(len(a.words), len(b.words)) < SAME_WORDS or _grams(a).isdisjoint(_grams(b)):
        return None
    return _longest_run(tuple(a.words), tuple(b.words))  # rare: only here


def _same_run(
    a: _Weighed,
    b: _Weighed,
    run: tuple[int, int, int] | None,
    names: bool = False,
    quotes_a: Sequence[tuple[str, ...]] = (),
    quotes_b: Sequence[tuple[str, ...]] = (),
    texts: tuple[str, str] = ("", ""),
) -> bool:
    """Whether two sentences' words share a run of `SAME_WORDS` words (`run`: `_run_of`) that is at least
    `SAME_SHARE` of the shorter sentence, or are the same sentence of `SAME_WHOLE` words naming someone
    (`names`); a run that is only who said it, in a sentence that quotes (`speaker_run`; `quotes_a`,
    `quotes_b`: `Facts.quotes`), or after ", said" (`attribution_run`; `texts`: the sentences as written),
    or opening both sentences before a verb of saying (`sayer_run`), is no statement shared."""
    wa, wb = a.words, b.words
    if wa == wb and len(wa) >= SAME_WHOLE and names:
        return True
    if run is None:
        return False
    n, end_a, end_b = run
    if n < SAME_SHARE * min(len(wa), len(wb)):
        return False
    return wa == wb or not (
        speaker_run(wa, end_a - n, end_a, quotes_a)
        or speaker_run(wb, end_b - n, end_b, quotes_b)
        or attribution_run(wa, end_a - n, end_a, texts[0])
        or attribution_run(wb, end_b - n, end_b, texts[1])
        or (sayer_run(wa, end_a - n, end_a) and sayer_run(wb, end_b - n, end_b))
    )


# rule `sayer-run`: the verbs a subject's statement or finding opens on
_SAYS = REPORTING | frozenset(["ruled", "rules", "found", "finds", "decided", "decides", "wrote", "writes"])
# ... and what may stand between the run and that verb ("on Friday said", "also ruled"); a name may not:
# '"It's great in print," Mr. Romney told the Times' opens on what is said
_WHEN_SAID = frozenset(
    ["on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"]
) | frozenset(["also", "has", "have", "had"])


# rule `attribution-only` (issue 14, session 55): a verb of saying or writing of the lexicon's list, and the
# words that open a second clause after an attribution (what follows one of them may be a claim of its own:
# '"...," the mayor said after the council voted to close the bridge')
_ATTRIBUTING = REPORTING | SPEECH_WORDS
# words: "party chairman Jon Tallis wrote in a letter to the network's board on Tuesday" is 14
ATTRIBUTION_LONGEST = 16
# two quotations sharing more words than this (and no run: `quote_run`) may be one statement worded twice
QUOTES_APART_SHARE = 1
_CLAUSE_OPENERS = frozenset([
    "that", "as", "after", "when", "while", "because", "before", "since", "if", "but", "and", "although",
    "though", "until", "unless", "who", "whose", "which", "where",
])  # fmt: skip


def attribution_only(fa: Facts, fb: Facts) -> bool:
    """Rule `attribution-only`: two sentences that each quote someone, their quotations sharing at most
    `QUOTES_APART_SHARE` word (stems, stop words aside: "debates" / "the debate"), and each sentence's words
    outside its quotations only an attribution (a verb of saying or writing, `_ATTRIBUTING`, and no word
    that opens a second clause, `_CLAUSE_OPENERS`), share who said it and how, never what was said: '"The
    network treated the debate in bad faith," party chairman Jon Tallis wrote in a letter to the board.' /
    '"Its moderators set out to embarrass our candidates," party chairman Jon Tallis wrote in a letter to
    the board.' are two statements."""
    qa, qb = (frozenset(stem(w) for q in f.quotes for w in q if w not in STOP_WORDS) for f in (fa, fb))
    if len(qa & qb) > QUOTES_APART_SHARE:
        return False
    return all(_attribution_outside(f.words.split(), f.quotes) for f in (fa, fb))


def quote_and_report(fa: Facts, fb: Facts) -> bool:
    """Rule `quote-and-report` (issue 14, session 56): one sentence quotes someone with only an attribution
    around the quotation (`_attribution_outside`), the other reports speech without quotation marks (the
    words after its first verb of saying or writing, `_ATTRIBUTING`), the quotation and the reported words
    sharing at most `QUOTES_APART_SHARE` word (stems, stop words aside): under one long attribution they are
    two statements ('"It was a training error made by one of our new staff," Dana Whitcombe, the public
    affairs counsellor of the U.S. Mission to Harwick, wrote.' / 'Dana Whitcombe, the public affairs
    counsellor of the U.S. Mission to Harwick, wrote that the invitation had been sent by mistake.')."""
    fq, fr = (fa, fb) if fa.quotes else (fb, fa)
    words = fr.words.split()
    at = next((k for k, w in enumerate(words) if w in _ATTRIBUTING), None)
    if at is None or not _attribution_outside(fq.words.split(), fq.quotes):
        return False
    quoted = frozenset(stem(w) for q in fq.quotes for w in q if w not in STOP_WORDS)
    reported = frozenset(stem(w) for w in words[at + 1 :] if w not in STOP_WORDS)
    return len(quoted & reported) <= QUOTES_APART_SHARE


def _attribution_outside(words: list[str], quotes: Sequence[tuple[str, ...]]) -> bool:
    """Whether the `words` outside the `quotes` (each found where it is first written word for word) are one
    stretch of at most `ATTRIBUTION_LONGEST` words, before, after or between the quotations, that holds a
    verb of saying and no word that opens a second clause; False when a quotation is not found."""
    kept = [True] * len(words)
    for q in quotes:
        n = len(q)
        at = next((k for k in range(len(words) - n + 1) if tuple(words[k : k + n]) == q), None)
        if at is None:
            return False
        kept[at : at + n] = [False] * n
    at = [k for k, keep in enumerate(kept) if keep]
    if not at or at[-1] - at[0] >= len(at) or len(at) > ATTRIBUTION_LONGEST:
        return False  # a quotation inside the reported words ('she wants an "accommodation" to ...')
    outside = words[at[0] : at[-1] + 1]
    return not _ATTRIBUTING.isdisjoint(outside) and _CLAUSE_OPENERS.isdisjoint(outside)


def sayer_run(words: Sequence[str], i: int, j: int) -> bool:
    """Rule `sayer-run`: the run `words[i:j]` opens the sentence and a verb of saying or ruling follows it,
    only a day or an auxiliary between ("The U.S. Court of Appeals for the District of Columbia Circuit on
    Friday said the commission was justified" / "The U.S. Court of Appeals for the District of Columbia
    Circuit ruled that the rates should not become permanent"): read in both sentences, the run is who
    speaks, not what."""
    if i > 1:
        return False
    after = [w for w in words[j : j + 4] if w not in _WHEN_SAID]
    return bool(after) and after[0] in _SAYS


def attribution_run(words: Sequence[str], i: int, j: int, text: str) -> bool:
    """Rule `attribution-run`: the run `words[i:j]` is, but for fewer than `SAME_WORDS` words before it, the
    sentence's trailing attribution: a verb of saying (`guards.REPORTING`) written right after a comma in
    `text` (", said ...") and a speaker to the sentence's end with no verb group of a clause (no auxiliary,
    no "that"): "That indicates ..., said Dana Whitcombe, professor of psychology and director of the
    Harwick autism project" / "ABA is ..., said Dana Whitcombe, professor of psychology and director of the
    Harwick autism project" share who said it, not what was said (no quotation marks: `speaker_run` reads
    those)."""
    if not text:
        return False
    at = next((k for k in range(i, min(j, i + SAME_WORDS)) if words[k] in REPORTING), None)
    if at is None or not _AUXILIARIES.isdisjoint(words[at + 1 :]) or "that" in words[at + 1 :]:
        return False
    return re.search(rf",\s+{re.escape(words[at])}\b", text, re.IGNORECASE) is not None


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that open a verb group: a run opening on one leaves its subject before it (`run_subjects_differ`)
_VERB_OPENERS = _AUXILIARIES | _wordset("am being may might must shall to")
# ... and what may stand between the subject and it ("Smith, 42, has now been charged")
_BEFORE_OPENER = _VERB_OPENERS | _wordset("also now then later still both")
_SUBJECT_PRONOUNS = _wordset("he she it they we i you who which that this these those")
# a past form after one of these is an adjective ("at the gated house"), no verb
_ADJECTIVE_AFTER = _wordset(
    "the a an his her their its our my your this that these those some any each every of in on at by for with"
    " from to into"
)
# a verb after a time word follows a phrase of time, its subject further back ("He is due in court on
# Friday charged with ...")
_TIME_WORDS = _wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
    " august september october november december today yesterday tonight morning afternoon evening night week"
    " month year"
)
_STRETCH_ENDS = REPORTING - {"according"}  # "Eide, according to a release from police, was ...": an aside


def run_subjects_differ(wa: Sequence[str], i: int, wb: Sequence[str], j: int, fa: Facts, fb: Facts) -> bool:
    """Rule `run-subjects`: a shared run `wa[i:]` / `wb[j:]` that opens on a verb group (an auxiliary, "to",
    a past form: "was told to leave the Harwick film set in 2003") leaves who does it before it, and two
    different ones make two claims: "Dana Whitcombe was told to leave ..., Jon Tallis said." / "Jon Tallis
    was told to leave ..."; "Jon Tallis told Dana Whitcombe to leave ..." / "Dana Whitcombe told Jon Tallis
    to leave ..."; "Actress Dana Whitcombe, Jon Tallis's co-star, was told ..." / "Jon Tallis was told ...".
    Each side's subject is the word right before the run (`_run_subject`), in the stretch after its last
    verb of saying (who reports it is no participant, nor is an attribution after the run); the two differ
    when neither is in the other's stretch ("William Strickland, 18, of Fairmont, N.C., is charged" /
    "William Strickland, 18, of Fairmont was charged": one subject) and each stretch names someone
    (`Facts.names`; "The intervention infuriated ..." / "The request infuriated ...": one event, two words).
    Cased text only: in lower-cased text no name is read, and a word before a verb group is as often one
    person's description as another person."""
    if i == 0 or j == 0 or not _opens_verb(wa[i], wa[i - 1], wb[j - 1]):
        return False
    sa, sb = _stretch(wa, i), _stretch(wb, j)
    ha, hb = _run_subject(sa, wa[i]), _run_subject(sb, wb[j])
    if not ha or not hb or ha in sb or hb in sa:
        return False
    return _names_one(sa, fa.names) and _names_one(sb, fb.names)


def _opens_verb(w: str, before_a: str, before_b: str) -> bool:
    if w in _VERB_OPENERS:
        return True
    past = w in PAST_FORMS or (w.endswith("ed") and len(w) > 4)
    return past and before_a not in _ADJECTIVE_AFTER and before_b not in _ADJECTIVE_AFTER


def _stretch(words: Sequence[str], i: int) -> Sequence[str]:
    """The words before `i` after the last verb of saying or "that" ("Jon Tallis said Dana Whitcombe")."""
    k = i
    while k > 0 and words[k - 1] not in _STRETCH_ENDS and words[k - 1] != "that":
        k -= 1
    return words[k:i]


def _run_subject(stretch: Sequence[str], opener: str) -> str:
    """The word of `stretch` right before the verb group, past auxiliaries, adverbs ("-ly"), numbers
    ("Smith, 42,") and, before "to", a past form ("is asked to call"): "" when it is a pronoun, a time word
    or another stop word ("... charges and were sentenced": the subject further back), or there is none."""
    for k in range(len(stretch) - 1, -1, -1):
        w = stretch[k]
        if w in _BEFORE_OPENER or w[:1].isdigit() or (w.endswith("ly") and len(w) > 4):
            continue
        if opener == "to" and k == len(stretch) - 1 and (w in PAST_FORMS or w.endswith("ed")):
            continue
        if w in _SUBJECT_PRONOUNS or w in STOP_WORDS or w in _TIME_WORDS:
            return ""
        return w
    return ""


def _names_one(stretch: Sequence[str], names: frozenset[str]) -> bool:
    """Some word of `stretch` is a participant's (an owner's too: "Jon Tallis's co-star")."""
    return any("E:" + w.removesuffix("'s").removesuffix("’s") in names for w in stretch)


def speaker_run(words: Sequence[str], i: int, j: int, quotes: Sequence[tuple[str, ...]]) -> bool:
    """Rule `speaker-only`: in a sentence that quotes someone, the run `words[i:j]` lies mostly outside
    the quotations and holds a verb of saying (`guards.REPORTING`) or opens right after one: it tells who
    said it ('"...," said Rich Tafel, executive director of the Log Cabin Republicans'; 'said a reporter
    for the Al Jazeera news agency'), not what was said, so two quotations of one speaker sharing it are
    two statements (a whole sentence copied is still one); so is a run a verb of saying follows (rule
    `speaker-then-verb`, `_says_next`)."""
    if not quotes:
        return False
    quoted = {w for q in quotes for w in q}
    run = words[i:j]
    if 2 * sum(w in quoted for w in run) >= len(run):
        return False
    return not _SAYS.isdisjoint(run) or (i > 0 and words[i - 1] in _SAYS) or _says_next(words, j)


def _says_next(words: Sequence[str], j: int) -> bool:
    """Rule `speaker-then-verb` (issue 14, session 56): a verb of saying or writing (`_SAYS`) follows the run
    ending at `j`, only a day or an auxiliary between: the run is the speaker ('"...," U.S. Embassy
    spokesman Dana Whitcombe wrote in an email' shares who wrote it with "U.S. Embassy spokesman Dana
    Whitcombe kept his apology short", not what he wrote)."""
    after = [w for w in words[j : j + 4] if w not in _WHEN_SAID]
    return bool(after) and after[0] in _SAYS


# rule `denial-frame` (review53): words that deny the clause after them without a "not" before its own verb
# ("There is no evidence the firm paid ..." / "... paid ...", '"It is not true that the mayor misled ..."' /
# "... the mayor misled ..."), as the verbs of denial do (`facts_apart.DENYING`, one table with the frames
# that read them): one sentence only writes one
_DENIAL_FRAMES = (" no evidence ", " no proof ", " not true ", " untrue ")


def negated_within(wa: list[str], wb: list[str]) -> bool:
    """One sentence denies what the other affirms in the same words: the word before a denial ("not",
    "never", "no", "none", "-n't"; auxiliaries skipped) and the word after it ("any", "one", "a single",
    "of the" skipped) are both in the other sentence (stems, an irregular past as its base: "did not
    find" / "found"), within `NEGATION_REACH` words and no denial between; or the two words after it
    (auxiliaries skipped too) are, in either order, with no denial between nor just before them ("No
    notes were found" / "Police found two notes"; rule `denial-words`). "The council did not approve the
    budget" / "The council approved the budget"; not "... a smooth transition - NOT!" (nothing after).
    A verb of denial one sentence writes and the other does not ("The White House said Russia was
    behind the attack" / "Moscow denied Russia was behind the attack") denies it too, as do "no evidence",
    "not true" before it (rule `denial-frame`: "There is no evidence the firm paid ..."), and so does a
    "non-" harm word the other writes bare (`_non_denies`)."""
    da, db = not DENYING.isdisjoint(wa), not DENYING.isdisjoint(wb)
    if da == db:  # rule `denial-frame`
        ja, jb = f" {' '.join(wa)} ", f" {' '.join(wb)} "
        da, db = any(f in ja for f in _DENIAL_FRAMES), any(f in jb for f in _DENIAL_FRAMES)
    return da != db or _denies(wa, wb) or _denies(wb, wa) or _non_denies(wa, wb) or _non_denies(wb, wa)


def _non_denies(x: list[str], y: list[str]) -> bool:
    """Rule `denying-prefix`, word for word: `x` writes "non-W" of a harm word W (`DENIED_BY_NON`) and `y`
    writes W with no denial before it ("with non-life-threatening injuries" / "with life-threatening
    injuries"; not "with no life-threatening injuries")."""
    bare = {w[4:] for w in x if w.startswith("non-")}
    if bare.isdisjoint(DENIED_BY_NON):
        return False
    return any(w in bare and w in DENIED_BY_NON and not (k and _denial(y[k - 1])) for k, w in enumerate(y))


def _denial(w: str) -> bool:
    return w in _DENIAL_WORDS or w.endswith(("n't", "n’t"))


def _denies(x: list[str], y: list[str]) -> bool:
    stems: list[str] | None = None
    for i, w in enumerate(x[:-1]):
        if not _denial(w):
            continue
        j = i - 1
        while j >= 0 and x[j] in _AUXILIARIES:
            j -= 1
        k = _next_word(x, i, _DENIAL_FILLERS)
        if k is None:
            continue
        stems = stems or [_denial_stem(t) for t in y]
        after = _denial_stem(x[k])
        if j >= 0 and _written_near(stems, y, _denial_stem(x[j]), after):
            return True
        first = _next_word(x, i, _DENIAL_SKIPPED)
        second = _next_word(x, first, _DENIAL_SKIPPED) if first is not None else None
        if second is not None and _affirmed_near(stems, y, _denial_stem(x[first]), _denial_stem(x[second])):
            return True
    return False


def _next_word(x: list[str], i: int, skipped: frozenset[str]) -> int | None:
    """The place of the first word after `x[i]` that is not in `skipped`; None at the end."""
    k = i + 1
    while k < len(x) and x[k] in skipped:
        k += 1
    return k if k < len(x) else None


def _denial_stem(w: str) -> str:
    """A word's stem for `negated_within`, an irregular past read as its base ("found" -> "find")."""
    return stem(past_base(w) or w)


def _written_near(stems: list[str], y: list[str], before: str, after: str) -> bool:
    """`before` then `after` in `y` (`stems`: its words' stems), within `NEGATION_REACH` words and no
    denial between."""
    for k, s in enumerate(stems):
        if s != before:
            continue
        for m in range(k + 1, min(len(y), k + 1 + NEGATION_REACH)):
            if _denial(y[m]):
                break
            if stems[m] == after:
                return True
    return False


def _affirmed_near(stems: list[str], y: list[str], first: str, second: str) -> bool:
    """`first` and `second` in `y` in either order (`stems`: its words' stems), within `NEGATION_REACH`
    words, and no denial between them nor in the `NEGATION_REACH` words before them."""
    for k, s in enumerate(stems):
        if s != first:
            continue
        for m in range(max(0, k - NEGATION_REACH), min(len(y), k + 1 + NEGATION_REACH)):
            if m != k and stems[m] == second:
                low, high = min(k, m), max(k, m)
                if not any(map(_denial, y[max(0, low - NEGATION_REACH) : high])):
                    return True
    return False


# rule `open-question`: words of not knowing, asking or finding out that make the "if" after them open a
# question ("unclear if", "asked him if", "investigating if"); those of `_ASKED_DENIED` only after a denial
# ("not clear if", "would not say if"); a "whether" opens one after any word
_ASKING = frozenset(
    """unclear unknown uncertain ask asks asked asking wonder wonders wondered wondering investigate
    investigates investigated investigating question questions questioned questioning determine determines
    determined determining decide decides decided deciding know knows knew known see seen check checks checked
    checking""".split()  # noqa: SIM905
)
_ASKED_DENIED = frozenset(["clear", "sure", "say", "said", "says", "tell"])
_ASKED_WHOM = frozenset(["him", "her", "them", "me", "us", "you"])  # "asked him if"
ASKED_HEAD = 3  # the question's first content words, of which two (all, when fewer) the other one states


def open_question(words: Sequence[str]) -> int:
    """Rule `open-question`: the number of the first word of the first open question in a sentence's
    words (`Facts.words` split), -1 when it asks none: the clause a "whether" governs ("It is unclear
    whether ...", "decided whether to run", "..., whether or not he owed it"), or an "if" after a word of
    `_ASKING` ("Police are investigating if ..."), taken to the sentence's end. Never a sentence's first
    word ("Whether or not ...", "If he paid ...": a condition keeps its hedge only)."""
    for k in range(1, len(words) - 1):
        w = words[k]
        if w == "whether" or (w == "if" and _asks_if(words, k)):
            return k + 1
    return -1


def _asks_if(words: Sequence[str], k: int) -> bool:
    """The "if" at `k` follows a word of `_ASKING` (or of `_ASKED_DENIED` after a denial, at most three words
    before it), right before it or but for one of `_ASKED_WHOM` ("asked him if"); not "to see everyone's
    performances, if they're anything like ...", "knows that if he pays ...": conditions."""
    j = k - 2 if words[k - 1] in _ASKED_WHOM and k > 1 else k - 1
    w = words[j]
    return w in _ASKING or (w in _ASKED_DENIED and any(_denial(d) for d in words[max(0, j - 3) : j]))


def open_span(words: Sequence[str], opening: int = 0) -> tuple[int, int]:
    """Rule `open-question`: (first word, end) of the first open question in a sentence's words
    (`open_question`, taken to the sentence's end), (-1, -1) when it asks none. `opening` (`Facts.asked_to`)
    is the number of words before the comma of an opening participle's question ("Asked whether he paid
    the fine, Jon Tallis said he had paid it"): that question ends at its comma, and the main clause after
    it answers it when it restates the question's first content word with no denial and outside a
    question of its own, so it is open when that clause does not ("..., Jon Tallis declined to comment")
    or denies ("..., he said he had not paid it": the question's own words would state it otherwise)."""
    q = open_question(words)
    if q < 0 or not 0 < q < opening:
        return (q, len(words)) if q >= 0 else (-1, -1)
    later = open_question(words[opening:])  # "..., Jon Tallis would not say if he had"
    if later >= 0:
        return opening + later, len(words)
    head = next((_concept(w) for w in words[q:opening] if w not in STOP_WORDS), None)
    answer = words[opening:]
    if head is not None and any(_concept(w) == head for w in answer) and not any(map(_denial, answer)):
        return (q, opening) if _answers_otherwise(words[q:opening], answer) else (-1, -1)
    return q, opening


def _answers_otherwise(question: Sequence[str], answer: Sequence[str]) -> bool:
    """Rule `open-question`'s guard (session 33 review M2): the answer (after its verb of saying, when it has
    one) writes a content word the question does not ("Asked whether he paid the fine, Jon Tallis said the
    fine was paid by his brother", "... said he paid the parking fee instead"): it may say something else
    than the question asked, so the question stays open; "... said he had paid it" restates it."""
    said = next((k for k, w in enumerate(answer) if w in SPEECH_WORDS), -1)
    asked = {_concept(w) for w in question if w not in STOP_WORDS}
    return any(_concept(w) not in asked for w in answer[said + 1 :] if w not in STOP_WORDS)


def asked_apart(wa: Sequence[str], wb: Sequence[str], oa: int = 0, ob: int = 0) -> bool:
    """Rule `open-question`: one sentence asks what the other states ("It is unclear whether Jon Tallis paid
    the fine on Monday." / "Jon Tallis paid the fine on Monday."): the content words it shares with the other
    lie in its open question (`open_question`) at least as much as before it, the other states two of the
    question's first `ASKED_HEAD` content words (its subject and verb, not what it takes for granted:
    "to determine whether a criminal act caused the plane to crash, killing all 217 people" asks no crash),
    and the other does not ask it in turn (`_asks_too`). An open question is never a source for what it
    asks about. `oa`, `ob`: each sentence's `Facts.asked_to` (`open_span`)."""
    (qa, ea), (qb, eb) = open_span(wa, oa), open_span(wb, ob)
    if qa < 0 and qb < 0:
        return False
    ca, cb = _content_at(wa), _content_at(wb)
    return (qa >= 0 and _asks(ca, qa, ea, cb) and not _asks_too(wb, cb, ca)) or (
        qb >= 0 and _asks(cb, qb, eb, ca) and not _asks_too(wa, ca, cb)
    )


def _content_at(words: Sequence[str]) -> list[tuple[int, str]]:
    """(number, concept) of each of `words` that is no stop word."""
    return [(k, _concept(w)) for k, w in enumerate(words) if w not in STOP_WORDS]


def _asks(ca: list[tuple[int, str]], qa: int, ea: int, cb: list[tuple[int, str]]) -> bool:
    """`asked_apart` one way: the sentence of `ca` asks (words `qa` to `ea`) what that of `cb` states."""
    other = {c for _, c in cb}
    inside = {c for k, c in ca if qa <= k < ea and c in other}
    outside = {c for k, c in ca if not qa <= k < ea and c in other} - inside
    return bool(inside) and len(inside) >= len(outside) and _head_stated(ca, qa, other, ea)


def _head_stated(ca: list[tuple[int, str]], q: int, other: set[str], end: int | None = None) -> bool:
    """`other` holds two of the first `ASKED_HEAD` concepts of `ca` from word `q` on (before `end`, when
    given; all, when fewer)."""
    head = list(dict.fromkeys(c for k, c in ca if k >= q and (end is None or k < end)))[:ASKED_HEAD]
    return bool(head) and len(other.intersection(head)) >= min(2, len(head))


def _asks_too(words: Sequence[str], cw: list[tuple[int, str]], co: list[tuple[int, str]]) -> bool:
    """The other side of `asked_apart`, read broadly: the sentence of `words` (its concepts `cw`) asks, too,
    what the asking one (`co`) asks: a question of it opens on two of the first `ASKED_HEAD` concepts of
    the other's. Its questions open after any "whether", after an "if" with a word of `_ASKING` or
    `_ASKED_DENIED` anywhere before it ("was asked by the New York Times if he knew ...", "not clear if"),
    and on an auxiliary right after a word of `_ASKING` (a question written directly: "In every case, I
    would ask: Is there any doubt ...?")."""
    other = {c for _, c in co}
    asking = False
    for k, w in enumerate(words[:-1]):
        opens = w == "whether" or (w == "if" and asking) or (w in _ASKING and words[k + 1] in _AUXILIARIES)
        if opens and _head_stated(cw, k + 1, other):
            return True
        asking = asking or w in _ASKING or w in _ASKED_DENIED
    return False


def _no_comment(f: Facts) -> bool:
    return "comment" in f.concepts and not NO_COMMENT.isdisjoint(f.concepts)


def _grams(w: _Weighed) -> frozenset[tuple[str, ...]]:
    if w.grams is None:
        ws = w.words
        # each run of SAME_WORDS words (the shifted lists differ in length: zip stops at the shortest)
        w.grams = frozenset(zip(*(ws[k:] for k in range(SAME_WORDS)), strict=False))
    return w.grams


# concepts (`features`) of a lawsuit's words: "suit", "sued", "lawyers", "under oath", "deposition", ...
_LEGAL_CUES = frozenset(
    ["lawsuit", "su", "lawyer", "attorney", "oath", "deposit", "testimoni", "testifi", "plaintiff", "litig"]
)
_DEPOSITION = -1  # the group of a deposition: no line of `_ACTION_GROUPS`
# What one is convicted of, charged with, arrested or accused for, by kind; one kind a line, written as words
# (`_crime_kinds` folds them as `features` folds a sentence). Read by rules `two-crimes` (a crime after each
# matched clause's verb, of two kinds) and `other-crime` (in `shared-act`: a crime after the shared verb, and
# one of another kind elsewhere in the other sentence). Most are no word of `ACTIONS` ("fraud", "tax
# evasion", "drunk driving"), so other-action and shared-act's own test never read them (session 30 review
# S4: "convicted of murder" / "convicted of fraud" was a stated-within fact)
_CRIME_KINDS = """
murder homicide manslaughter killing
fraud swindling embezzlement laundering racketeering forgery
theft stealing stole stolen robbery robbed burglary larceny shoplifting
arson
assault battery
rape molestation
bribery corruption
perjury
extortion blackmail
kidnapping abduction
drug narcotics trafficking smuggling
evasion
drunk
treason espionage
terrorism
weapons firearms
"""


@lru_cache(maxsize=1)
def _crime_kinds() -> dict[str, int]:
    """`_CRIME_KINDS` as concepts (stemmed and folded as `features` folds a sentence) -> kind."""
    folded = lexicon().words
    return {
        folded.get(stem(w), stem(w)): n
        for n, line in enumerate(_CRIME_KINDS.strip().splitlines())
        for w in line.split()
    }


def _crimes_after(x: Clause, f: Facts) -> set[int]:
    """Rules `two-crimes`, `other-crime`: the kinds of crime (`_CRIME_KINDS`) named after the predicates of
    `f`'s claims in clause `x` (`_verb_claims`): what a conviction, charge or arrest is for."""
    kinds = _crime_kinds()
    return {kinds[c] for v in _verb_claims(x, f) for c in v.after if c in kinds}


def _crimes_named(f: Facts) -> set[int]:
    """The kinds of crime (`_CRIME_KINDS`) sentence `f` names anywhere."""
    kinds = _crime_kinds()
    return {kinds[c] for c in f.concepts if c in kinds}


def _two_crimes(x: Clause, y: Clause, fa: Facts, fb: Facts) -> bool:
    """Rule `two-crimes`: each matched clause names a crime after its verb (`_crimes_after`) of a kind the
    other sentence never names: "Jon Tallis was convicted of murder" / "... convicted of fraud", "arrested on
    suspicion of murder" / "... of drunk driving" are two acts (an `other-action`); "convicted of conspiracy
    and murder" / "convicted of murder" is not."""
    kinds = _crime_kinds()
    if kinds.keys().isdisjoint(fa.concepts) or kinds.keys().isdisjoint(fb.concepts):
        return False
    cx, cy = _crimes_after(x, fa), _crimes_after(y, fb)
    if not (cx and cy):
        return False
    return bool(cx - _crimes_named(fb) and cy - _crimes_named(fa))


def _actions(concepts: frozenset[str] | set[str]) -> set[int]:
    """The event groups (`ACTIONS`) `concepts` name; rule deposed-in-court: "deposed" beside a lawsuit's
    words is a deposition, an event of its own ("Jon Tallis was deposed in the lawsuit" / "the board
    ousted Jon Tallis": two events)."""
    out = {ACTIONS[c] for c in concepts if c in ACTIONS and c != "depos"}
    if "depos" in concepts:
        out.add(ACTIONS["depos"] if _LEGAL_CUES.isdisjoint(concepts) else _DEPOSITION)
    return out


# rule `unknown-state`: words that say a thing is not known, and the knowing words a denial turns into one
_UNKNOWN = frozenset(["unclear", "unknown", "undetermined", "uncertain"])
_KNOWING = frozenset(["known", "clear", "determined", "established", "certain"])
_KNOWING_SKIPPED = frozenset(["yet", "immediately", "been", "be", "entirely", "fully"])


@lru_cache(maxsize=4096)  # one sentence's words, read against each sentence it is compared with
def unknown_state(words: str) -> bool:
    """Rule `unknown-state`: a sentence's words (`Facts.words`) say only that something is not known: a word
    of `_UNKNOWN` and no denial, or each denial a knowing word's ("has not yet been determined", "is not
    clear"). Two such sentences say one thing, "The cause remains unclear." / "The cause has not been
    determined.", not a negation against an affirmation (`negation-differs`); one that denies anything
    else ("... and no one was hurt") keeps its clash."""
    w = words.split()
    denials = [k for k, t in enumerate(w) if t in _NEGATION or _denial(t)]  # "refused", "without" too
    if not denials:
        return not _UNKNOWN.isdisjoint(w)
    for k in denials:
        n = _next_word(w, k, _KNOWING_SKIPPED)
        if n is None or w[n] not in _KNOWING:
            return False
    return True


# ... and what else such a sentence writes that tells the state, not the thing unknown ("remains", "still")
_STATE_WORDS = _UNKNOWN | _KNOWING | _KNOWING_SKIPPED | {"remain", "remains", "remained", "still"}
UNKNOWN_TOPIC = 2  # concepts the thing unknown names at least ("the cause of the blaze": cause, blaze)


@lru_cache(maxsize=1)
def _state_concepts() -> frozenset[str]:
    words = lexicon().words
    return frozenset(words.get(stem(w), stem(w)) for w in _STATE_WORDS)


def unknown_alike(fa: Facts, fb: Facts) -> bool:
    """Rule `unknown-alike`: both sentences say only that one thing is not known (`unknown_state`), and that
    thing is written alike: the concepts of each but the words of the state, numbers, years and who
    reports it are the same, at least `UNKNOWN_TOPIC` of them ("The cause of the fire remains unclear." /
    "The cause of the fire has not been determined."). Not "The cause of the fire ..." / "The cause of
    death ...", nor one that says more ("..., but police suspect arson")."""
    if not (unknown_state(fa.words) and unknown_state(fb.words)):
        return False
    state = _state_concepts()
    ta, tb = ({c for c in f.concepts - f.background if c[:2] not in ("N:", "Y:")} - state for f in (fa, fb))
    return len(ta) >= UNKNOWN_TOPIC and ta == tb


def cut_short(f: Facts) -> bool:
    """Rule `negation-scope`: sentence `f` is cut short ("... to not formally endorse... (AP)", a teaser's
    "Read more"): an ellipsis in it."""
    return "..." in f.text or "\u2026" in f.text


def negations_matched(claim: ClaimMatch | None, fa: Facts, fb: Facts) -> bool:
    """Rule `claim-negation`: the two sentences' only negated clauses are those of one claim they make
    alike, negated alike ("John Paul has not visited Orthodox Serbia but has made several trips ..." /
    "... has not visited Orthodox Serbia, but he has made several trips ..."): whichever clauses matched
    best, no negation says anything against the other sentence (the start code read the one clause of the
    first against the second's un-negated "but he has made ...": `negation-differs`)."""
    if claim is None or not claim.a.negated:
        return False
    return all(
        {(c.start, c.end) for c in f.clauses if c.negated} == {(m.start, m.end)}
        for f, m in ((fa, claim.a), (fb, claim.b))
    )


def _action_clash(
    x: Clause, y: Clause, fa: Facts, fb: Facts, ma: _Weighed | None = None, mb: _Weighed | None = None
) -> bool:
    """Rule `other-action`: each matched clause names an event (`ACTIONS`) the other sentence names
    nothing of, unless the two clauses' verbs tell one event alike (rule `shared-act`: "has never been
    accused of molestation" beside "convictions" / beside "charges" is one claim, its asides apart; not
    "charged in the hazing death" / "is suing ... over the hazing death": the death is what both are
    about, no verb) and what the verbs are about agrees: each event named after them is named in the
    other sentence too (`_object_actions`; not "convicted of murder" / "convicted on drug charges").
    `ma`, `mb`: the sentences' `_Weighed`, where each sentence's own events are kept once."""
    ax, ay = _actions(x.concepts), _actions(y.concepts)
    if not (ax - _actions_of(mb, fb) and ay - _actions_of(ma, fa)):
        return False
    shared = _verb_actions(x, fa, ax) & _verb_actions(y, fb, ay)
    if not shared:
        return True
    ox, oy = _object_actions(x, fa) - shared, _object_actions(y, fb) - shared
    if ox - _actions_of(mb, fb) and oy - _actions_of(ma, fa):
        return True
    return _other_crime(x, fa, fb) or _other_crime(y, fb, fa)


def _actions_of(w: _Weighed | None, f: Facts) -> set[int]:
    """`_actions` of sentence `f`'s concepts, kept in its `_Weighed` (when given) for its other pairs."""
    if w is None:
        return _actions(f.concepts)
    if w.actions is None:
        w.actions = _actions(f.concepts)
    return w.actions


def _clause_names(w: _Weighed, f: Facts) -> list[frozenset[str]]:
    """The participants ("E:" concepts) of each clause of sentence `f`, kept in its `_Weighed`."""
    if w.names is None:
        w.names = [frozenset(n for n in cl.concepts if n.startswith("E:")) for cl in f.clauses]
    return w.names


def _counted_of(w: _Weighed) -> dict[str, list[Count]]:
    """`_counted` of a sentence's `wholes` (`w.whole`, set before), kept in its `_Weighed`."""
    if w.counted is None:
        w.counted = _counted(w.whole or ())
    return w.counted


def _other_crime(x: Clause, f: Facts, g: Facts) -> bool:
    """Rule `other-crime` (in `shared-act`): `f` names after the shared verb in clause `x` a crime
    (`_crimes_after`) of a kind `g` never names, and `g` names a crime of a kind `f` never names, elsewhere in
    its sentence ("was convicted of murder" / "who was arrested on drug charges ..., was convicted": two
    crimes; not "... who was arrested in May, was convicted", which names none: one conviction told more
    fully)."""
    named_g = _crimes_named(g)
    return bool(named_g and named_g - _crimes_named(f) and _crimes_after(x, f) - named_g)


def _verb_claims(x: Clause, f: Facts) -> list[ClauseClaim]:
    """`f`'s claims in clause `x` with a verb of their own (`claims.ClauseClaim`, no linking verb)."""
    return [c for c in claims_of(f) if c.start == x.start and c.end == x.end and not c.linking]


def _object_actions(x: Clause, f: Facts) -> set[int]:
    """The events (`ACTIONS`) named after the predicates of `f`'s claims in clause `x` (`_verb_claims`):
    what a shared verb is about, which the other sentence must name too for rule `shared-act`."""
    return {a for c in _verb_claims(x, f) for a in _actions(c.after)}


def _verb_actions(x: Clause, f: Facts, acts: set[int]) -> set[int]:
    """The events of clause `x` (`acts`, read with its words: rule deposed-in-court) that a predicate of
    one of `f`'s claims in it names (`_verb_claims`)."""
    verbs = {c.predicate for c in _verb_claims(x, f)}
    return acts & _actions(verbs) if verbs else set()


def _lead_clash(fa: Facts, fb: Facts) -> bool:
    """Each sentence opens on a full name the other never names, or, naming no one, on a pronoun for one
    (`Facts.owner`, rule `pronoun-owner`: "His bond was set at $200,000." after "Melquan Williams, 21, ..." /
    the same words after "Austin Seth Hunt, 23, ..."): two people."""
    la, lb = fa.lead or fa.owner, fb.lead or fb.owner
    if la is None or lb is None:
        return False
    if la == lb:
        # rule `owner-given` (session 37): a surname is one key for two people; a "he"/"his" sentence's
        # person opened the sentence before with another given name ("Mark Kelly ... His bond" / "Scott
        # Kelly ... His bond"): two people. Two sentences that each open on the name ("Steve Vogelsang" /
        # "Stephen Vogelsang") stay one person (`lead-surname`)
        ga = fa.lead_given if fa.lead else fa.owner_given
        gb = fb.lead_given if fb.lead else fb.owner_given
        return not (fa.lead and fb.lead) and bool(ga and gb) and ga != gb
    return la not in fb.names and lb not in fa.names


def _ages(xs: tuple[str, ...]) -> Count:
    """Listed ages as one value for a conflict note ("ages 2½, 3 and 2")."""
    text = ", ".join(xs[:-1]) + " and " + xs[-1] if len(xs) > 1 else xs[0]
    return Count(0.0, "age", 0.0, 0.0, "ages " + text, "")


def number_relation(xs: Sequence[Count], ys: Sequence[Count]) -> tuple[tuple[Count, Count] | None, int]:
    """(a clash, how many counted things agree): a clash is a counted thing both give, no value of
    one fitting any of the other's (approximations widen each), within `MAX_RATIO` of each other; a
    conversion in parentheses ("about 10 kph (6.2 mph)" / "11 kph (7 mph)") agrees but never clashes:
    rounded twice, it differs where the value it converts agrees."""
    clash = None
    agree = len(
        {c.value for c in xs if c.value >= 100}
        & {c.value for c in ys if c.value >= 100}
        - {c.value for c in xs for d in ys if c.unit == d.unit and c.value == d.value}
    )  # "86,000 reserves" / "86,000 reserve soldiers": a big number both give, counted once
    for unit in sorted({c.unit for c in xs} & {c.unit for c in ys}):
        if is_measure(unit) and unit not in MONEY:
            continue  # durations and sizes: "three hours" and "two hours" describe different things
        a = [c for c in xs if c.unit == unit]
        b = [c for c in ys if c.unit == unit]
        if any(p.overlaps(q) or rounded(p, q) for p in a for q in b):
            agree += not unit.startswith(ADDRESS)  # one address is one place, not one claim
            continue
        if any(p.rounds(q) or q.rounds(p) for p in a for q in b):
            continue  # rule `rate-words`: "one in three" / "36 percent" is a rounding, no clash
        if any(c.conversion for c in a + b):
            continue
        if all(c.lower for c in a + b):
            continue  # "more than 600 targets" / "more than 250 targets": both hold
        if any(_above(p, q) or _above(q, p) or _below(p, q) or _below(q, p) for p in a for q in b):
            continue  # "detained at least ten" / "30 dissidents were detained", "up to a dozen" / "seven"
        if clash is None and _one_value(xs, unit) and _one_value(ys, unit):
            # one value each: a slot. "72 percent versus 63 percent", "$15,000 and $20,000" are lists
            near = [
                (p, q)
                for p in a
                for q in b
                if max(p.value, q.value) <= MAX_RATIO * min(p.value, q.value)
                and not _other_things(p, q)
                and p.size == q.size  # "the 27-member committee" / "the 10-member board": two bodies
                and not spelled_within(p, q)
            ]
            if near:
                clash = near[0]
    return clash, agree


# rule `subgroup-exceeds`: the count of people an event touched ("arrested eight people") and a count of a
# group of them the other sentence gives for the same event ("at least nine of the activists were arrested"):
# the group is part of the people, so a group larger than the people contradicts it (a smaller one does not:
# "two men were arrested" / "three people were arrested" both hold). Groups that news counts apart from
# "people" ("12 people and two soldiers were killed") are no part of them: `_APART_GROUPS`
_GENERIC_PEOPLE = frozenset(["people", "persons"])
_APART_GROUPS = frozenset(
    [
        *("police", "officers", "officials", "authorities", "investigators", "prosecutors", "troopers"),
        *("soldiers", "troops", "forces", "guards", "rebels", "militants", "marines", "agents", "deputies"),
        *("firefighters", "gunmen", "attackers", "assailants", "suspects", "others", "family", "friends"),
    ]
)
# ... and groups of people the lexicon's lists leave out
_MORE_GROUPS = frozenset(
    [
        *("activists", "demonstrators", "protesters", "civilians", "villagers", "migrants", "refugees"),
        *("pilgrims", "worshippers", "tourists", "fans", "employees", "teenagers", "youths", "adults"),
    ]
)
# ... and the words that make a count a running or overall total, or a period's, rather than the count of
# one event ("a total of 40 people have been arrested since the protests began" / "police arrested 12
# protesters on Thursday", "this month"): either sentence writing one is no such conflict
_TOTAL_WORDS = re.compile(
    r" (?:since|total|totals|all|overall|altogether|cumulative|so far|thus far|to date|in recent"
    r"|over the past"
    # a period's count ("nine children have been killed in the camp this month"): one event's people are
    # no part of it
    r"|(?:this|last|past)(?: [a-z0-9]+)? (?:weekend|weeks?|months?|years?)|recent (?:days|weeks|months)) "
)


@lru_cache(maxsize=1)
def _people_groups() -> frozenset[str]:
    """Plural nouns of groups of people (`group_nouns.txt`, a role word's plural: "students", or
    `_MORE_GROUPS`: "activists"), lower case, those counted apart from "people" (`_APART_GROUPS`) left out."""
    g = gazetteer()
    return (
        (frozenset(w.lower() for w in g.group_nouns) | frozenset(r + "s" for r in g.roles) | _MORE_GROUPS)
        - _APART_GROUPS
        - _GENERIC_PEOPLE
    )


def subgroup_clash(
    fa: Facts, fb: Facts, wa: Sequence[Count], wb: Sequence[Count]
) -> tuple[Count, Count] | None:
    """Rule `subgroup-exceeds`: one sentence counts people ("Detroit police arrested eight people"), exactly
    one value, no bound, no approximation; the other a group of people (`_people_groups`), one value, and
    no count of people; the group larger than the people past any hedge (its lowest value above theirs)
    and within `MAX_RATIO`; the event word nearest each count of one event (`_nearest_action`, `ACTIONS`:
    arrested / arrested); no two weekdays and no running or overall total (`_TOTAL_WORDS`) on
    either side; the group's sentence naming no participant the people's does not ("in Harwick and
    Eastbrook" / "in Harwick": the group may count more places). (count a, count b), else None; the rest
    of a clash's checks follow as for any clash."""
    if _TOTAL_WORDS.search(fa.words) or _TOTAL_WORDS.search(fb.words):
        return None
    da, db = _WEEKDAY_WORDS.intersection(fa.words.split()), _WEEKDAY_WORDS.intersection(fb.words.split())
    if da and db and not da & db:
        return None
    groups = _people_groups()
    for fg, gs, fs, ss, flip in ((fa, wa, fb, wb, False), (fb, wb, fa, wa, True)):
        people = [c for c in gs if c.noun.lower() in _GENERIC_PEOPLE]
        group = [c for c in ss if c.noun.lower() in groups]
        if len(people) != 1 or len(group) != 1 or any(c.noun.lower() in _GENERIC_PEOPLE for c in ss):
            continue
        p, g = people[0], group[0]
        if any(c.unit == g.unit for c in gs) or p.lower or p.upper or p.rough or p.lo != p.hi:
            continue
        if not p.hi < g.lo <= MAX_RATIO * p.value:
            continue
        event = _nearest_action(fg, p)
        if event is None or event != _nearest_action(fs, g):
            continue
        if fs.names - fg.names:
            continue  # "nine students were arrested in Harwick and Eastbrook": more than the people's event
        return (g, p) if flip else (p, g)
    return None


def counts_apart(fa: Facts, fb: Facts, wa: Sequence[Count], wb: Sequence[Count]) -> bool:
    """Rule `counts-apart` (session 35): a count in each sentence of another counted noun ("Nine police
    officers were injured" / "Eight people were injured", "Two students were arrested" / "arrested three
    people"), the event word nearest each of one event (`_nearest_action`), and no value of one sentence
    fitting any of the other's, whatever its noun (approximations, bounds and roundings widen each: "about
    1,200 people" / "1,187 residents" fit). Nothing shows the two nouns count one group, so the two are no
    one fact; nor a conflict (`subgroup_clash` reads the one case where they provably share the slot)."""
    xs = [c for c in wa if c.unit and not c.measure and c.unit[:1] not in MONEY]
    ys = [c for c in wb if c.unit and not c.measure and c.unit[:1] not in MONEY]
    if not xs or not ys:
        return False
    for p in wa:
        for q in wb:
            if (
                p.overlaps(q)
                or rounded(p, q)
                or p.rounds(q)
                or q.rounds(p)
                or _above(p, q)
                or _above(q, p)
                or _below(p, q)
                or _below(q, p)
            ):
                return False  # a value alike: the pair may count one group two ways
    for p in xs:
        event = _nearest_action(fa, p)
        if event is None:
            continue
        if any(q.unit != p.unit and _nearest_action(fb, q) == event for q in ys):
            return True
    return False


# rule `vague-count` (session 35): a plural scale word, the values a reader takes it for ("dozens" had been
# wounded: 24 to 99), against a number in digits of the same event outside them ("200 were wounded")
_VAGUE_SCALES = {
    "dozens": (24.0, 100.0),
    "hundreds": (200.0, 1000.0),
    "thousands": (2e3, 1e4),
    "millions": (2e6, 1e7),
}
_VAGUE_REACH = 6  # words after a vague word or number in which its event word is read
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NOT_COUNTED_WORDS = """percent per year years hour hours day days minute minutes
mile miles kilometers km meters feet am pm"""
_NOT_COUNTED = frozenset(_NOT_COUNTED_WORDS.split())


def _events_after(words: Sequence[str], k: int) -> int | None:
    """The event group (`ACTIONS`) of the first event word within `_VAGUE_REACH` words after `words[k]`,
    read in the same word list (`Facts.words`; a clause's spot numbers count other tokens)."""
    for w in words[k + 1 : k + 1 + _VAGUE_REACH]:
        if (group := ACTIONS.get(_concept(w))) is not None:
            return group
    return None


def vague_apart(fa: Facts, fb: Facts) -> bool:
    """Rule `vague-count`: one sentence counts an event with a plural scale word only ("Dozens had been
    wounded"), the other with a number in digits outside what the word is read as (`_VAGUE_SCALES`: "200
    were wounded"), the event word after each of one event group (`_events_after`). No one fact: what one
    says "dozens" the other says 200. The digits' next word no unit of time, distance or share
    (`_NOT_COUNTED`), no year."""
    for f, g in ((fa, fb), (fb, fa)):
        if not any(w in f.words for w in _VAGUE_SCALES):
            continue
        words = f.words.split()
        vague = {}
        for k, w in enumerate(words):
            if w in _VAGUE_SCALES and (event := _events_after(words, k)) is not None:
                vague[event] = _VAGUE_SCALES[w]
        if not vague or any(w in _VAGUE_SCALES for w in g.words.split()):
            continue
        other = g.words.split()
        for k in range(len(other)):
            if (value := _digit_count(other, k)) is None:
                continue
            event = _events_after(other, k)
            if event in vague and not vague[event][0] <= value < vague[event][1]:
                return True
    return False


# rule `vague-differs`: a vague word and a number in digits of one event, the number this many times past
# the values the word is read as (`_VAGUE_SCALES`: "dozens had been wounded" / "200 were wounded"), or below
# a share of the lowest (`dozens` / "ten were wounded"): a contradiction, not a rounding
VAGUE_FAR = 2.0
# words that make the vague word or the number no one event's whole count: a hedge or a bound ("as many as
# 200", "up to 200", "more than 200" may be the reader's dozens), a part ("dozens more", "another 200"), a
# range ("200 to 300", "between 150 and 250")
_VAGUE_LOOSE = _wordset(
    "about around roughly approximately nearly almost some estimated over under up many as more fewer less"
    " least most than other others another additional further between several"
)
_RANGE_WORDS = _wordset("to or and -")
# words that set a count's time frame or say it was updated ("on Friday" / "over the weekend", "during weeks
# of marches", "initially" / "later", "rose to"): either sentence writing one the other does not may count
# over another stretch of time, so no `vague-differs`
_VAGUE_FRAME = _wordset(
    "weekend week weeks days nights months hours yesterday today overnight initially earlier later now"
    " latest first rose risen climbed reached increased jumped"
)
# words that tell how badly ("dozens were seriously wounded" / "200 were wounded"): a sentence writing one
# the other does not may count a part of the event's people, so no `vague-differs` (review36)
_VAGUE_DEGREE = _wordset(
    "seriously critically severely badly gravely slightly lightly moderately mortally fatally"
)
# the words after "of" that make a count a part of a group ("nine of the protesters", "dozens of them")
_PART_OF = _wordset("the them those these their its our his her")


def _event_concept(words: Sequence[str], k: int) -> tuple[str, str] | None:
    """(concept, word as written) of the first event word (`ACTIONS`) within `_VAGUE_REACH` words after
    `words[k]`; a plural agent noun is the counted people, not their event ("dozens of protesters were
    injured": injured, review36)."""
    for w in words[k + 1 : k + 1 + _VAGUE_REACH]:
        if (c := _concept(w)) in ACTIONS and not w.endswith(("ers", "ors")):
            return c, w
    return None


def _unit_at(words: Sequence[str], k: int) -> str:
    """The unit `words[k]` (a vague word or a number) counts (`counted_unit`), "people" and none one unit:
    "dozens of soldiers" soldiers, "200 were wounded" and "200 people were wounded" people."""
    return counted_unit(" " + " ".join(words[k + 1 : k + 1 + _VAGUE_REACH])) or "people"


def _loose_at(words: Sequence[str], k: int) -> bool:
    """`words[k]` (a vague word or a number) has a hedge, bound, part or range word on either side
    (`_VAGUE_LOOSE`, `_RANGE_WORDS` before a number), two words before it or after it ("dozens of others"),
    or is a part of a group ("nine of the protesters", "dozens of the wounded": `_PART_OF`), or has a
    number beside it (a range whose "to" `Facts.words` dropped)."""
    near = list(words[max(0, k - 2) : k]) + list(words[k + 1 : k + 3])
    if any(w in _VAGUE_LOOSE for w in near):
        return True
    if k + 2 < len(words) and words[k + 1] == "of" and words[k + 2] in _PART_OF:
        return True
    after = words[k + 1 : k + 3]
    if len(after) == 2 and after[0] in _RANGE_WORDS and bool(_DIGITS.fullmatch(after[1])):
        return True
    # `Facts.words` drops "to" between two numbers ("200 to 300" is "200 300"): a number next to a number
    # is one end of a range (review36 S2; before, only a second count of the event kept it from a clash)
    beside = words[k - 1 : k] + words[k + 1 : k + 2]
    return any(_DIGITS.fullmatch(w) for w in beside)


def _digit_count(words: Sequence[str], k: int) -> float | None:
    """Word k as a count in digits ("200", "1,200"), else None: not a year ("2009"), nor before a unit of
    time, distance or share (`_NOT_COUNTED`). Read by `vague_apart` and `vague_clash` alike."""
    w = words[k]
    if not _DIGITS.fullmatch(w) or (k + 1 < len(words) and words[k + 1] in _NOT_COUNTED):
        return None
    value = float(w.replace(",", ""))
    return None if "," not in w and len(w) == 4 and 1800 <= value <= 2100 else value


def _digit_events(words: Sequence[str]) -> dict[str, list[tuple[float, str, bool, str]]]:
    """Each event concept (`_event_concept`) with the numbers in digits written before it: (value, as
    written with its event word, loose: `_loose_at`, unit: `_unit_at`); no year, no unit of time, distance
    or share after."""
    out: dict[str, list[tuple[float, str, bool, str]]] = defaultdict(list)
    for k, w in enumerate(words):
        if (value := _digit_count(words, k)) is None:
            continue
        if (event := _event_concept(words, k)) is not None:
            out[event[0]].append((value, f"{w} {event[1]}", _loose_at(words, k), _unit_at(words, k)))
    return out


def vague_clash(fa: Facts, fb: Facts) -> tuple[str, str] | None:
    """Rule `vague-differs`: one sentence counts an event with a plural scale word only ("dozens had been
    wounded"), the other, which writes no scale word, with one number in digits of the same event word
    (its concept: "wounded" is "injured", never "killed") far above what the word is read as (`VAGUE_FAR`
    times its top: "200 were wounded"): the values written (a, b), else None. Neither word hedged, bounded,
    a part or a range (`_loose_at`); the vague sentence writes no number of that event itself; cased text
    only (`vague_apart` keeps such pairs from one fact in any text); no running or period total, two
    weekdays or two places (`_TOTAL_WORDS`, `other_places`), nor a participant each names that the other
    never does ("in Harwick" / "in Eastbrook", places no list knows): two moments' or places' counts; the
    weekdays, time-frame and degree words (`_VAGUE_FRAME`, `_VAGUE_DEGREE`: "on Friday" / "over the
    weekend", "seriously") of the two alike, and the counted noun of the two one (`_unit_at`: "dozens of
    soldiers" / "300 militants" are two groups)."""
    if fa.caseless or fb.caseless or (fa.names - fb.names and fb.names - fa.names):
        return None
    if _TOTAL_WORDS.search(fa.words) or _TOTAL_WORDS.search(fb.words):
        return None
    ta, tb = set(fa.words.split()), set(fb.words.split())
    alike = _WEEKDAY_WORDS | _VAGUE_FRAME | _VAGUE_DEGREE  # words the two must write alike
    if ta & alike != tb & alike or other_places(fa, fb):
        return None
    for f, g, flip in ((fa, fb, False), (fb, fa, True)):
        words, other = f.words.split(), g.words.split()
        if not any(w in _VAGUE_SCALES for w in words) or any(w in _VAGUE_SCALES for w in other):
            continue
        vague: dict[str, list[tuple[str, str, bool, str]]] = defaultdict(list)
        for k, w in enumerate(words):
            if w in _VAGUE_SCALES and (event := _event_concept(words, k)) is not None:
                vague[event[0]].append((w, event[1], _loose_at(words, k), _unit_at(words, k)))
        own, theirs = _digit_events(words), _digit_events(other)
        for event, said in vague.items():
            given = theirs.get(event, [])
            if len(said) != 1 or said[0][2] or len(given) != 1 or given[0][2] or own.get(event):
                continue
            if said[0][3] != given[0][3]:
                continue  # two counted nouns ("dozens of soldiers" / "300 militants"), no one group
            hi = _VAGUE_SCALES[said[0][0]][1]
            value, written, vaguely = given[0][0], given[0][1], f"{said[0][0]} {said[0][1]}"
            # only a number far ABOVE the word: one far below it is as often a part the other sentence
            # singles out ("3 protesters arrested after the march were women" / "dozens were arrested",
            # review36 S1); no tuned or open dev conflict was of that side
            if value >= VAGUE_FAR * hi:
                return (written, vaguely) if flip else (vaguely, written)
    return None


def _count_place(f: Facts, c: Count) -> tuple[Clause | None, int]:
    """The clause that writes count `c` (this very count, not an equal one) and where in the text (-1 when
    its place is not known: `Clause.count_at`); (None, -1) when no clause writes it (listed ages)."""
    for cl in f.clauses:
        for k, d in enumerate(cl.counts):
            if d is c:
                return cl, cl.count_at[k] if k < len(cl.count_at) else -1
    return None, -1


# `clause-event`: the concepts of words that make a count's noun the doers of its clause's event ("carried
# out by", "took part in": `join`, "participated in", "involved in", "staged", "perpetrated", "committed")
_DOERS = frozenset(["carri", "join", "particip", "involv", "stage", "perpetr", "commit"])


def _clause_event(f: Facts, c: Count, slot: frozenset[str], other: frozenset[str]) -> bool:
    """Rule `clause-event`: count `c`'s neighbourhood (`slot`, `slot_words`) names no event but says the
    counted did the clause's deed (`_DOERS`: "carried out by", "took part in"), the other count's
    (`other`) names one or more events, and the clause that writes `c` names each of those event words
    itself: "The attack on the hotel was carried out by as many as seven assailants" / "as many as 10
    gunmen took part in the attack": one attack, its attackers counted two ways. "As many as 10 gunmen
    were killed in the attack" also names a killing the first clause never does, and "huddled privately
    with 12 gay Republicans" says no one did the clause's "meet": two slots, as before (DUC 2006
    D0619A)."""
    events = {w for w in other if w in ACTIONS}
    if _actions(slot) or not events or not slot & _DOERS:
        return False
    cl, _ = _count_place(f, c)
    return cl is not None and events <= {w for _, w, _, _ in cl.spots}


def _nearest_action(f: Facts, c: Count) -> int | None:
    """The event group (`ACTIONS`) of the event word written nearest count `c` in its clause, within
    `SLOT_REACH` characters, its counted noun aside ("nine of the protesters were arrested by police and
    charged": arrested, not protest), or None."""
    cl, at = _count_place(f, c)
    if cl is None or at < 0:
        return None
    end, noun = at + len(c.text), _concept(c.noun) if c.noun else ""
    near = [
        (min(abs(s - at), abs(s - end)), ACTIONS[w])
        for _, w, s, _ in cl.spots
        if w in ACTIONS and w not in ("depos", noun) and (at - SLOT_REACH <= s <= end + SLOT_REACH)
    ]
    return min(near)[1] if near else None


def spelled_round(c: Count) -> bool:
    """A value spelled out with a scale word ("Five hundred workers", "about three million people"): a
    round figure, compatible with the values it rounds (`_within_written`), one side of a conflict only
    past its rounding (`spelled_within`)."""
    return (
        not any(ch.isdigit() for ch in c.text)
        and word_number(c.text.split(" to ")[0].split(" or ")[0])[1] >= 100
    )


def spelled_within(p: Count, q: Count) -> bool:
    """Rule `spelled-round`: a spelled-out round figure (`spelled_round`) is no side of a conflict with
    a figure in digits (on dev, "Five hundred workers" / "About 200 workers" were two protests and
    "about three million people" affected / "1.5 million people" homeless two counts), nor with another
    in words within its rounding, half its scale; two figures in words further apart are one
    ("three million" / "five million" people homeless)."""
    return any(
        spelled_round(c)
        and (
            any(ch.isdigit() for ch in other.text)
            or abs(p.value - q.value) <= word_number(c.text.split(" to ")[0].split(" or ")[0])[1] / 2
        )
        for c, other in ((p, q), (q, p))
    )


def _above(bound: Count, c: Count) -> bool:
    """A lower bound ("at least ten", "more than 5,000") that count `c` meets: `c` says no other value
    of it ("at least ten" / "30": the second may be what the first could not yet count). `Count.hi`
    spreads a bound a quarter up for agreement ("more than 600" agrees with "650"), which says
    nothing about a larger value contradicting it."""
    return bound.lower and c.lo >= bound.value


def _below(bound: Count, c: Count) -> bool:
    """Rule `upper-bound`: an upper bound ("up to a dozen", "fewer than 600") that a count `c`, no bound
    itself, stays within: both hold ("Up to a dozen people were hurt" / "Seven people were hurt");
    `Count.lo` spreads a bound a quarter down for agreement, which says nothing about a smaller value
    contradicting it. Two bounds ("as many as seven" / "as many as 10") are two estimates of one value."""
    return bound.upper and not c.upper and c.hi <= bound.value


def age_conflict(
    xs: frozenset[tuple[str, str, str]], ys: frozenset[tuple[str, str, str]]
) -> tuple[str, str] | None:
    """One person given two ages ("Dr. Barnett A. Slepian, 52," / "Slepian, 51,"): one age each for a
    surname, given names not different (one may lack it), at least one given, the ages at most
    `AGE_GAP` apart (further apart, one surname is more often two people of one family: "Marlow, 17"
    / "Marlow, 45"). A given name marked `UNSURE` (any word before a lower-case surname) tells two people
    apart but names no one unless the other side reads it too. Returns the two ages, or None."""
    for name, given, age in xs:
        other = [(g, a) for n, g, a in ys if n == name]
        mine = [a for n, _, a in xs if n == name]
        if len(other) != 1 or len(mine) != 1:
            continue
        g, a = other[0]
        x, y = given.removeprefix(UNSURE), g.removeprefix(UNSURE)
        # a given name read for sure on one side, or one read alike on both (`features.UNSURE`)
        named = (x and x == y) or (given and given[0] != UNSURE) or (g and g[0] != UNSURE)
        if named and (not x or not y or x == y) and a != age and abs(int(a) - int(age)) <= AGE_GAP:
            return age, a
    return None


def other_names(sa: frozenset[str], sb: frozenset[str], fa: Facts, fb: Facts) -> bool:
    """Each number's own neighbourhood (`slot_words`) names a participant that the other sentence
    never names, who is not the one saying it ("X said 450 of its members"): "in Romania, at least 21
    people died" / "32 people throughout Poland had died" count in two places, "the Lauda Air crash
    killed all 223" / "the EgyptAir crash killed all 217" in two crashes (two slots, no conflict)."""
    said = _speakers(fa) | _speakers(fb)
    return any(w[:2] == "E:" and w not in fb.names and w not in said for w in sa) and any(
        w[:2] == "E:" and w not in fa.names and w not in said for w in sb
    )


# rule `start-years-differ`: the year a state began, written as the start of an -ing form ("began referring
# to the building as Memorial Hall in 2005", "Starting in 2005, ... began referring") or as "since" after a
# perfect ("has referred to the hall as "Memorial Hall" since 2002")
_BEGAN = re.compile(r" (?:began|begun|started|starting) (?:to (\w+)|(\w+ing)) ")
_PERFECT_SINCE = re.compile(r" (?:has|have|had) (?:been )?(?:\w+ly )?(\w+ed) (?:[^ ]+ ){0,12}?since (\d{4}) ")
_NOT_BEGUN = re.compile(r" (?:not|never|\w+n't) $")  # "never began serving": no start told
_START_YEAR = re.compile(r" (?:in|since) (\d{4}) ")
# ... and the role or name "as" gives the state ("as mayor", "as a clerk", "as "Memorial Hall""): two
# sentences that give it two first words started two states (guard `other-role`)
_START_AS = re.compile(r" as (?:an? |the )?[\"“']?\s?([a-z]+)")


# rule `born-names-differ`: a birth name of three words after "born", the last the person's surname ("Bacall,
# born Betty Joan Perske in The Bronx"); a relative's word in the sentence says it may be someone else's
_BORN_NAME = re.compile(r"(?<= born )([a-z]+) ([a-z]+) ([a-z]+)(?= )")
_KIN = frozenset(
    [
        *("sister", "brother", "mother", "father", "daughter", "son", "wife", "husband", "twin", "aunt"),
        *("uncle", "cousin", "grandmother", "grandfather"),
        # a namesake: "jr", "sr" ("Jon Tallis Jr., born Jon Paul Tallis")
        *("jr", "sr", "junior", "senior", "namesake"),
    ]
)


# ... and the words that tell two of a kind apart ("the first baby" / "the second baby", review35 S3)
_TWO_OF_A_KIND = frozenset(
    [
        *("first", "second", "third", "fourth", "fifth", "elder", "younger", "older", "eldest", "youngest"),
        *("oldest", "middle", "other"),
    ]
)


def born_name(f: Facts) -> tuple[str, str, str] | None:
    """The birth name a cased sentence writes after "born" (`_BORN_NAME`): three words, none a stop word,
    the last a participant the sentence names ("born Betty Joan Perske": betty, joan, perske), written once;
    None in a story that lost its case, with a relative's word, or with no such name."""
    if f.caseless or _KIN.intersection(f.words.split()):
        return None
    found = [m.groups() for m in _BORN_NAME.finditer(f.words)]
    if len(found) != 1 or any(w in STOP_WORDS for w in found[0]) or "E:" + found[0][2] not in f.names:
        return None
    return found[0]


def born_apart(fa: Facts, fb: Facts) -> tuple[str, str] | None:
    """Rule `born-names-differ`'s values: each sentence writes one birth name (`born_name`) of one given
    name and one surname, the middle names apart and neither the other's initial ("born Betty Jane Perske"
    / "born Betty Joan Perske"; "born Betty J. Perske" agrees), and no two years apart ("born Jon Mark
    Tallis in 1960" / "... in 1962": two people): (name a, name b) as written, capitalised."""
    a, b = born_name(fa), born_name(fb)
    if a is None or b is None or a[0] != b[0] or a[2] != b[2] or a[1] == b[1]:
        return None
    if fa.years and fb.years and not fa.years & fb.years:
        return None  # born in 1960 / in 1962: two people of one name (a year apart is a clash of its own)
    oa, ob = _TWO_OF_A_KIND.intersection(fa.words.split()), _TWO_OF_A_KIND.intersection(fb.words.split())
    if oa and ob and oa != ob:
        return None  # "the first baby, born …" / "the second baby, born …": two people
    if (len(a[1]) == 1 and b[1].startswith(a[1])) or (len(b[1]) == 1 and a[1].startswith(b[1])):
        return None
    return " ".join(w.capitalize() for w in a), " ".join(w.capitalize() for w in b)


def start_year(f: Facts) -> tuple[str, str] | None:
    """(the stem of the verb, the year) of a state a sentence dates the start of: "began referring ... in
    2005" (the sentence naming one year only, so the year is the start's) / "has referred ... since
    2002" (the year "since" gives). None when it dates no start, or denies one ("never began serving")."""
    m = _PERFECT_SINCE.search(f.words)
    if m is not None:
        return stem(m.group(1)), m.group(2)
    m = _BEGAN.search(f.words) if len(f.years) == 1 else None
    y = _START_YEAR.search(f.words) if m is not None else None
    if m is None or y is None or _NOT_BEGUN.search(f.words, 0, m.start() + 1):
        return None
    return stem(m.group(1) or m.group(2)), y.group(1)


def start_years_apart(fa: Facts, fb: Facts) -> tuple[str, str] | None:
    """Rule `start-years-differ`'s values: each sentence dates the start of one state (`start_year`, one
    verb's stem), to another year ("Vanderbilt began referring to the hall as Memorial Hall in 2005" /
    "The university has referred to the hall as "Memorial Hall" since 2002"): (year a, year b). Not when
    each gives the state another role or name after "as" (guard `other-role`, `_START_AS`)."""
    a, b = start_year(fa), start_year(fb)
    if a is None or b is None or a[0] != b[0] or a[1] == b[1]:
        return None
    ra, rb = _START_AS.search(fa.words), _START_AS.search(fb.words)  # `Facts.words`: lower-cased
    if ra is not None and rb is not None and ra.group(1) != rb.group(1):
        return None  # guard `other-role`: "began working ... as mayor" / "has worked ... as a clerk"
    return a[1], b[1]


def months_apart(fa: Facts, fb: Facts) -> tuple[str, str] | None:
    """Each sentence names a month something happened in outside its asides, no day with it, and the two
    name no month alike ("Unemployment ... fell to its lowest level in a decade in May, the Labor
    Department said" / "... in April, ..."): the first of each as written. Never one fact (`clashes`),
    whichever clauses the scorer matched; rule `other-month`."""
    if {k for k, _, _ in fa.months} & {k for k, _, _ in fb.months}:
        return None
    ma = [w for _, w, at in fa.months if not _aside(fa, at)]
    mb = [w for _, w, at in fb.months if not _aside(fb, at)]
    return (ma[0], mb[0]) if ma and mb else None


def month_apart(fa: Facts, fb: Facts, x: Clause, y: Clause) -> tuple[str, str] | None:
    """Each of the matched clauses `x`, `y` names a month something happened in, no day with it, and the
    two sentences name no month alike ("wrote a long emotional letter ... in May 2012" / "Kalashnikov,
    who died in December ..., in April wrote a lengthy emotional letter": May 2012 / April, the month of
    the matched clause outside its asides): the first of each as written (rule `months-differ`), both
    dates of an event or both starts of a state ("since May 2012": `_since`)."""
    if {k for k, _, _ in fa.months} & {k for k, _, _ in fb.months}:
        return None
    ma = [w for _, w, at in fa.months if x.start <= at < x.end and not _aside(fa, at)]
    mb = [w for _, w, at in fb.months if y.start <= at < y.end and not _aside(fb, at)]
    if not ma or not mb or _since(fa, ma[0]) != _since(fb, mb[0]):
        return None
    return ma[0], mb[0]


def _since(f: Facts, month: str) -> bool:
    """Guard `since-apart`: the month (as written) follows "since", the start of a state ("held in the
    jail since May 2012"), not the date of an event ("moved in April"): two slots, no conflict."""
    return f" since {month.lower()} " in f.words


# guard `repeat`: a word that tells an event happened before ("met again", "a second agreement", "another
# round of talks", "the latest rise", "was re-elected"): two months are then two events, not one dated two
# ways (recurring events are ordinary background: rate rises, monthly figures, meetings, rounds of talks)
_REPEAT = re.compile(r" (?:again|another|second|third|new|latest|also|once more|re-\w+) ")


def repeated(fa: Facts, fb: Facts) -> bool:
    """Guard `repeat`: either sentence holds a word that says its event recurs (`_REPEAT`)."""
    return _REPEAT.search(fa.words) is not None or _REPEAT.search(fb.words) is not None


def _aside(f: Facts, at: int) -> bool:
    """Offset `at` lies in one of the sentence's relative or appositive stretches (`Facts.subordinate`)."""
    return inside(at, f.subordinate)


@lru_cache(maxsize=1)
def place_keys() -> dict[str, tuple[str, ...]]:
    """The participant keys (`features._participants`) of the gazetteer's places: a name `data/names.tsv`
    folds, by its keys ("U.S." -> usa), a one-word place by itself, each with () (the key alone names
    it); any other by its last word, the one key its reader gives it, with the places written whole it
    stands for ("republic": " dominican republic ", " czech republic "): that key names a place only
    with all the place's words in the sentence, so "European Union", "Soviet Union" or "New York City"'s
    "city" name none (session 23 review, S7)."""
    names = lexicon().names
    whole: dict[str, set[str]] = defaultdict(set)
    alone: set[str] = set()
    for place in gazetteer().places:
        joined = " ".join(place)
        if joined in names:
            alone.update(names[joined].split())
        elif len(place) == 1:
            alone.add(place[0].lower())
        else:
            whole[place[-1].lower()].add(" " + " ".join(_PLACE_WORD.findall(joined.lower())) + " ")
    out = {"E:" + k: tuple(sorted(v)) for k, v in whole.items() if k not in alone}
    out.update(("E:" + k, ()) for k in alone)
    return out


_PLACE_WORD = re.compile(r"[a-z0-9]+(?:['’.-][a-z0-9]+)*")  # a place's words as `Facts.words` holds them


def _places(f: Facts, places: dict[str, tuple[str, ...]]) -> set[str]:
    """The listed places sentence `f` names: its participant keys that are places, a multi-word place's
    key only with the whole place written (`place_keys`)."""
    return {
        k for k in f.names if k in places and (not places[k] or any(_written(w, f.words) for w in places[k]))
    }


def _written(place: str, words: str) -> bool:
    """The whole place `place` (" dominican republic ") is in `words`, bare or possessive ("the Dominican
    Republic's north coast": `Facts.words` holds "republic's" as one word; session 24 review M2)."""
    return place in words or any(place[:-1] + s in words for s in ("'s ", "’s "))


def other_places(fa: Facts, fb: Facts) -> bool:
    """Rule `other-place`: each sentence names a listed place and none the other names ("killing at least
    400 people" across the "Caribbean" / "killed 221 people" in "Haiti", "more than 280 dead" in the
    "Dominican Republic"): two places' counts, two slots, however far from the numbers the places are
    written (`other_names` reads only the numbers' neighbourhoods). One place named in both, or none in
    one, leaves the pair to the other rules."""
    places = place_keys()
    pa, pb = _places(fa, places), _places(fb, places)
    return bool(pa and pb and not pa & pb)


# rule `events-total`: the events a count may total (plural) and the one event a part may be of (singular)
_EVENT_NOUNS = (  # noqa: SIM905
    "bombing bomb attack blast explosion storm typhoon hurricane cyclone earthquake quake flood tornado crash"
).split()
_EVENTS = re.compile(r" (?:" + "|".join(n + "s" for n in _EVENT_NOUNS) + r") ")
_EVENT = re.compile(r" (?:" + "|".join(_EVENT_NOUNS) + r") ")
_FROM_ONE = re.compile(r" toll (?:from|of) ([a-z]+) ")  # "the death toll from Babs": a named event's toll


def _one_event(f: Facts) -> bool:
    """Sentence `f` writes one event: an event noun in the singular, or a toll from a name it names ("the
    death toll from Babs")."""
    if _EVENT.search(f.words):
        return True
    return any("E:" + m.group(1) in f.names for m in _FROM_ONE.finditer(f.words))


def events_total(fa: Facts, fb: Facts, clash: tuple[Count, Count]) -> bool:
    """Rule `events-total`: the sentence of the higher count writes events in the plural ("nearly
    simultaneous bombings at U.S. embassies ... killed 258 people", "the storms left at least 370 people
    dead") and no one event, the other writes one event (`_one_event`: "an explosion at the U.S. Embassy in
    Nairobi killed 247 people", "the death toll from Babs has risen to 151") and no plural: a total and
    one of its parts, no conflict. A total lower than its part, two plurals, or a total that gives a part
    to subtract ("11 of them in Tanzania") stays for the other rules."""
    a, b = clash
    hi, lo = (fa, fb) if a.lo > b.hi else (fb, fa) if b.lo > a.hi else (None, None)
    if hi is None or lo is None or _TWICE.search(lo.words):
        return False
    if _TWICE.search(hi.words) and not _EVENTS.search(lo.words):
        return True  # rule `twice-total`
    return bool(
        _EVENTS.search(hi.words)
        and " of them " not in hi.words  # "killed 257 people, 11 of them in Tanzania": a part to subtract
        and not _one_event(hi)
        and _one_event(lo)
        and not _EVENTS.search(lo.words)
    )


# rule `twice-total` (issue 14, found in a training census): the higher count's sentence says its event
# happened twice ("twice this month, an often-repeated tragedy at sea occurred again, leaving at least 35
# dead") and the other's tells one ("a sailboat ... capsized ..., killing up to 30 people"): a total of two
# events and one of them, no conflict
_TWICE = re.compile(r" (?:twice|two (?:separate |similar )?(?:times|incidents|attacks|accidents|crashes)) ")


_TOWN = re.compile(r" (?:town|town's|village|village's) ")
# rule `region-in-wider` (session 54): "in the worst-hit state of X", "the province of X": one region's count
# (not "a state of shock", "the state of emergency"; nor "in the region of 40 people", about 40: review54)
_REGION = re.compile(
    r" the (?:[\w-]+ )?(?:state|province|region|district) of"
    r" (?!emergency |shock |mourning |the |affairs |play |war |alert |siege |readiness |disrepair |repair )"
    r"(?![^a-z]|(?:about|around|some|roughly|approximately|a|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?"
    r"|several) )"
)


def town_in_wider(fa: Facts, fb: Facts, clash: tuple[Count, Count]) -> bool:
    """Rule `town-in-wider`: the sentence of the lower count binds it to a town or village ("bringing the
    town's death toll to 102", "the town of X, where 102 people died"), the other's names no town but a
    listed place (`place_keys`) the first never names ("more than 280 dead" in the Dominican Republic): one
    town's count and a wider place's, no conflict. A town's count higher than the wider one stays. Rule
    `region-in-wider`: a state, province, region or district "of" a place binds it as a town does ("in the
    worst-hit state of X, 551 people have died" / "more than 1,100 people in India")."""
    a, b = clash
    hi, lo = (fa, fb) if a.lo > b.hi else (fb, fa) if b.lo > a.hi else (None, None)
    if hi is None or lo is None or not (_TOWN.search(lo.words) or _REGION.search(lo.words)):
        return False
    if _TOWN.search(hi.words):
        return False
    places = place_keys()
    return bool(_wider_places(hi, places) - _wider_places(lo, places))


def _wider_places(f: Facts, places: dict[str, tuple[str, ...]]) -> set[str]:
    """`_places`, and in a story that lost its letter case (no names to read) the one-word listed places
    its words write ("more than 1,100 people in india")."""
    out = _places(f, places)
    if f.caseless:
        out |= {k for w in f.words.split() if places.get(k := "E:" + w) == ()}
    return out


def other_event(
    sa: frozenset[str], sb: frozenset[str], fa: Facts, fb: Facts, clash: tuple[Count, Count]
) -> bool:
    """A number's own neighbourhood (`slot_words`) names an event (`ACTIONS`) that the other sentence
    names nothing of: "has rejected 214 candidates" / "most of the 161 candidates are hard-liners",
    "card numbers from 40 million customers were stolen" / "data for 100 million customers": what
    happened to the counted things differs, so the two numbers fill two slots. The counted noun itself
    ("7 percent of the vote") is what is counted, not an event."""
    nouns = {_concept(c.noun) for c in clash if c.noun}
    return bool(_actions(sa - nouns) - _actions(fb.concepts) or _actions(sb - nouns) - _actions(fa.concepts))


# rule `hurt-or-dead`: one attack's two counts: those it hurt ("the three men stabbed", "12 people were shot")
# and those who died ("the two men who died"); `ACTIONS` holds both in one event group
_HURT = frozenset(["stab", "shot", "shoot", "injur", "attack", "gunfir"])
_DIED = frozenset(["dead", "kill", "murder", "slain", "slay", "fatal"])


DENIED_REACH = 6  # words after a count in which a denial tells what its counted things do not do
# words that open another clause: a denial past one of them is that clause's ("killed 12 people, and
# investigators have found no cause")
_NEXT_CLAUSE = frozenset(
    "and but or while which who whom whose where when although though since because after before as".split()  # noqa: SIM905
)


def _denied(f: Facts, c: Count) -> bool:
    """Rule `denied-slot`: a denial within `DENIED_REACH` words after count `c`, in its own clause ("13 %
    of adults say they do not use the internet"): the count is of those of whom it is not so."""
    first = c.text.lower().split()[0] if c.text.strip() else ""
    at = f.words.find(" " + first + " ") if first else -1
    if at < 0:
        return False
    for w in f.words[at + len(first) + 2 :].split()[:DENIED_REACH]:
        if w in _NEXT_CLAUSE:
            return False
        if w in _DENIALS or w.endswith("n't"):
            return True
    return False


def hurt_or_dead(sa: frozenset[str], sb: frozenset[str]) -> bool:
    """Rule `hurt-or-dead`: one number's neighbourhood (`slot_words`) says who was hurt and nothing of a
    death, the other's says who died and nothing of hurting: two slots ("Police are still working to
    identify ... the three men stabbed" / "The two men who died were identified"), not one count."""
    return any(
        bool(x & _HURT) and not x & _DIED and bool(y & _DIED) and not y & _HURT
        for x, y in ((sa, sb), (sb, sa))
    )


def _concept(word: str) -> str:
    s = stem(word.lower())
    return lexicon().words.get(s, s)


def marks(f: Facts, c: Count) -> frozenset[str]:
    """What sentence `f` says of count `c` where it writes it (`Clause.marks`, `features.count_marks`)."""
    for cl in f.clauses:
        for k, d in enumerate(cl.counts):
            if d is c:
                got = clause_marks(f, cl)
                return got[k] if k < len(got) else frozenset()
    return frozenset()


def _speakers(f: Facts) -> frozenset[str]:
    return frozenset().union(*(cl.speakers for cl in f.clauses))


_CENTS = re.compile(r"\d\.\d\d$")  # a sum written to the cent ("32.73")


def rounded(p: Count, q: Count) -> bool:
    """One value a round report of the other: the rounder one (more trailing zeros, or fewer decimals:
    "$16" / "$15.99", rule `rounded`: `_rounds_to`) within `ROUNDED` of it ("$70,000" / "$70,246"; not
    "1,200" / "1,500", nor two shares; rule `cents-dropped`: a sum to the cent and its whole units, "$32"
    / "$32.73"). Compatible, never equal: no conflict, no other value, but never a
    value two sentences give alike (`same_numbers` counts only values written alike)."""
    if p.value == q.value or max(p.value, q.value) <= 0:
        return False
    if p.unit == "%":  # a share's points are its precision: "49 percent" / "50 percent" differ
        return _share_rounded(p, q) or _share_rounded(q, p)
    if abs(p.value - q.value) <= ROUNDED * max(p.value, q.value) and (_rounds_to(p, q) or _rounds_to(q, p)):
        return True
    # one unit, not `MONEY` alone: Multi-News+ spaces the sign ("$ 32.73 worth"), which leaves no "$"
    cents = p.unit == q.unit and (_CENTS.search(p.text) or _CENTS.search(q.text))
    close = abs(p.value - q.value) <= CENTS_DROPPED * max(p.value, q.value)
    if cents and close and (q.value == int(p.value) or p.value == int(q.value)):
        return True  # rule `cents-dropped`: "$ 32 worth" / "$ 32.73 worth"; not "$2" / "$2.75"
    return _within_written(p, q) or _within_written(q, p)


def _share_rounded(whole: Count, fine: Count) -> bool:
    """Rule `share-rounded`: a share in whole points and one written with decimals that rounds to it
    ("losing 60 percent of her body weight" / "59.62 % of her body weight", "up 17 percent" / "up 17.5
    %"): one share told to two precisions; two whole shares still differ by a point."""
    return (
        _DECIMALS.search(whole.text) is None
        and any(ch.isdigit() for ch in whole.text)
        and _DECIMALS.search(fine.text) is not None
        and abs(whole.value - fine.value) <= 0.5 + 1e-9
    )


_SCALE = re.compile(r"(\d+(?:\.(\d+))?)\s?(million|billion|thousand)\b", re.IGNORECASE)


def _within_written(p: Count, q: Count) -> bool:
    """A value written with a scale word is precise to its last written digit: "4 million" is 3.5 to 4.5
    million, so "3.8 million" people is the same count told more exactly (the other must be written
    more exactly: "4 million" / "5 million" still differ); in words, to its scale ("three million" /
    "3.2 million"); a hedged count of dozens, to a dozen its hedge's way (`_dozen_step`)."""
    if _dozen_step(p, q):
        return True
    step, other = _step(p.text, p.value), _step(q.text, q.value)
    if step is None:
        return False
    return (other is None or other < step) and abs(p.value - q.value) <= step / 2


def _dozen_step(p: Count, q: Count) -> bool:
    """Rule `dozen-step`: a count told in dozens with a hedge is precise to half a dozen (a half-dozen's, to
    three) in the hedge's direction only: "nearly two dozen" is 18 to 24 ("20 cases" agrees), "more than a
    dozen" 12 to 18, "about two dozen" 18 to 30. A bare "a dozen", "two dozen", "half a dozen" is exact, as
    "12" is ("Six" / "A dozen people were killed" differ). One dozen, a quarter of it either way but
    above a lower bound (rule `dozen-below`): "nearly a dozen" is 9 to 12, "about a dozen" 9 to 15 (seven
    and seventeen are neither), "more than a dozen" 12 to 18."""
    if not p.text.lower().endswith("dozen") or q.text.lower().endswith("dozen") or p.lo == p.hi:
        return False
    half = 6.0 if p.value % 12 == 0 else 3.0
    step = 3.0 if p.value <= 12 else half
    lo = p.value - step if p.lo < p.value else p.value
    hi = p.value + (half if p.lower else step) if p.hi > p.value or p.lower else p.value
    return lo <= q.value <= hi


_WRITTEN = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _step(text: str, value: float = 0.0) -> float | None:
    """The last written digit's worth of a value written with a scale word ("4.5 million": 100,000;
    "three million": 1,000,000), None without one. Rule `scale-letter`: a sum written with a scale letter
    ("EUR 1.1m", "$2bn") keeps only its digits as written (`analyze.numbers`), so its scale is what its value
    is to them: "EUR 1m" is 0.5 to 1.5 million, and "EUR 1.1m" the same sum told more exactly."""
    m = _SCALE.search(text)
    if m is not None:
        return SCALE_WORDS[m.group(3).lower()] / 10 ** len(m.group(2) or "")
    w = _WRITTEN.search(text)
    if w is not None and value > 0 and (written := float(w.group().replace(",", ""))) > 0:
        scale = round(value / written)
        if scale in (1_000, 1_000_000, 1_000_000_000) and abs(value - scale * written) < 1e-6 * value:
            return scale / 10 ** len(w.group(1) or "")
    if not any(ch.isdigit() for ch in text):
        _, top = word_number(text.split(" to ")[-1].split(" or ")[-1])
        return top if top >= 1000 else None
    return None


_DECIMALS = re.compile(r"\d\.(\d+)")


def _rounds_to(coarse: Count, fine: Count) -> bool:
    """Rule `rounded`: `fine`, written more exactly, rounds to `coarse` at the place of its last written
    digit, decimals counted as written ("$15.99" / "$16" yes; "7.1" / "7.0", "$15.79" / "$15.50" no)."""
    place, other = _place(coarse), _place(fine)
    return other < place and abs(coarse.value - fine.value) <= place / 2 * (1 + 1e-9)


def _place(c: Count) -> float:
    """The worth of a value's last written digit: "7.0" 0.1, "$26.6 million" 100,000, "70,000" 10,000."""
    m = _DECIMALS.search(c.text)
    if m is None:
        return 10.0 ** _zeros(c.value)
    s = _SCALE.search(c.text)
    return (SCALE_WORDS[s.group(3).lower()] if s else 1.0) / 10 ** len(m.group(1))


def _zeros(v: float) -> int:
    """How round a value is written: its trailing zeros, or minus its decimals ("15.99": -2)."""
    n = int(v)
    if n != v:
        return -len(f"{v:.6f}".rstrip("0").split(".")[1])
    if n == 0:
        return 0
    k = 0
    while n % 10 == 0:
        n //= 10
        k += 1
    return k


def clause_clash(
    x: Clause, y: Clause, wa: Sequence[Count], wb: Sequence[Count]
) -> tuple[Count, Count] | None:
    """A clash of the two matched clauses' own values where a sentence gives several values of one
    unit, each in its own clause ("Yavlinsky was projected to take about 7 percent" / "Zyuganov finished
    with 29 percent, and Yavlinsky was third with 6 percent": 7 vs 6), when no value of that unit
    agrees anywhere in the two sentences."""
    ca = [c for c in x.counts if c in wa]
    cb = [c for c in y.counts if c in wb]
    clash, _ = number_relation(ca, cb)
    if clash is None:
        return None
    unit = clash[0].unit
    same = [c for c in wb if c.unit == unit]
    return None if any(p.overlaps(q) for p in wa if p.unit == unit for q in same) else clash


CURRENCIES = MONEY - {"%"}  # the units of a price: `MONEY` without shares


def priced_for(f: Facts, c: Count, other: Facts) -> bool:
    """Price `c` is what `f` says is paid for a count of people or things written right after it
    (within `SLOT_REACH` characters, in its clause, no word between but a measure's: "pay $100 for
    30 minutes with two prostitutes") that the other sentence gives no value alike: that and "pay $80
    for a 30-minute session" (sources agree: $80 for one woman, $100 for two) price two things, not
    one thing two ways. A count told beside the price ("cost GM $2 billion while they idled 200,000
    workers") is not what it is the price of."""
    if c.unit[:1] not in CURRENCIES:
        return False
    for cl in f.clauses:
        at = {id(d): cl.count_at[k] for k, d in enumerate(cl.counts) if k < len(cl.count_at)}
        if id(c) not in at:
            continue
        end = at[id(c)] + len(c.text)
        measures = {d.unit for d in cl.counts if d.measure}
        return at[id(c)] >= 0 and any(
            d is not c
            and not d.measure
            and d.unit
            and end < at[id(d)] <= end + SLOT_REACH
            and all(w in measures or w in _QUALIFIERS for _, w, s, _ in cl.spots if end <= s < at[id(d)])
            and not any(o.unit == d.unit and o.value == d.value for o in other.counts)
            for d in cl.counts
        )
    return False


def _one_value(cs: Sequence[Count], unit: str) -> bool:
    """One value of `unit` written in the sentence; a sum counts every sum of its currency, rates too
    ("$150 a week ... the $725 million in its strike fund": two sums, no slot); one value written twice
    is two ("two flight crew members, two cabin crew members": a list of parts, no slot)."""
    cur = unit[:1] if unit[:1] in MONEY and unit[:1] != "%" else None
    return len([c for c in cs if c.unit == unit or (cur is not None and c.unit[:1] == cur)]) == 1


def slot_words(f: Facts, c: Count) -> frozenset[str] | None:
    """The words and participants written within `SLOT_REACH` characters of count `c` in its clause,
    the counted noun aside: what the number is about ("arrested 18 members", "killed six people").
    Two sentences of one topic give many counts of one noun ("four students" arrested / "six
    students" wounded): two slots when the neighbourhoods share nothing and name different events
    (a paraphrase, "walked off the job" / "taking part in the action", names none: still one slot),
    or share nothing around a share or a sum, which says what it is of only there ("an offering of
    18 percent of Delphi" / "retain 51 percent of the company").
    Rule `caseless-slots`: in a story that lost its letter case (Multi-News+, `Casing.caseless`) no name
    shows, so nothing tells two people's or two places' counts apart (`other_names`, `lead_clash`,
    `missing` need capitals): two neighbourhoods that share nothing are two slots, whatever their events
    ("gunmen killed 130 people in paris" / "the man who killed 86 people in nice")."""
    cl, at = _count_place(f, c)
    if cl is None:
        return None  # not a count the sentence writes (listed ages): nothing to check
    lo, hi = (cl.start, cl.end) if at < 0 else (at - SLOT_REACH, at + len(c.text) + SLOT_REACH)
    own = (at, at + len(c.text) + len(c.noun) + 2) if at >= 0 else (-1, -1)  # "16 million Americans"
    return frozenset(
        _HURT_CONCEPT if _non_denied(f.text, s) else w
        for _, w, s, _ in cl.spots
        if lo <= s <= hi
        and not own[0] <= s < own[1]
        and (":" not in w or w.startswith("E:"))
        and w not in _QUALIFIERS
        and w != c.unit
        and not (c.unit == "dead" and w in _DEATH_CONCEPTS)
    )


_HURT_CONCEPT = "injur"  # the concept of "injured", "wounded", "hurt" (`data/concepts.txt`)


def _non_denied(text: str, at: int) -> bool:
    """Rule `non-harm-slot`: a harm word written as "non-W" (`DENIED_BY_NON`, the token at `at` of `text`)
    says the counted were hurt and did not die, so it is the hurt's word in the count's slot, not the dead's:
    "120 guests who suffered non-fatal injuries" / "40 of the guests died" are two slots, no conflict."""
    word = text[at : at + 24].lower()
    return word.startswith("non-") and word[4:].startswith(DENIED_BY_NON)  # the token is "non-fatal"


# rule `toll-words`: the words that make a count a death toll ("killed", "dead", "deaths", "toll", "lives")
# are its counted noun in other words, like "people" in "12 people": what the toll is of is the rest of its
# neighbourhood ("222,570 deaths" in the "earthquake" / "200,000 people were killed by the tremors": one slot)
_DEATH_CONCEPTS = frozenset(["kill", "dead", "live", "toll"])
_QUALIFIERS = frozenset(
    stem(w)
    for q in ("about around roughly approximately estimated close nearly almost just more over least")
    for w in q.split()
)  # "nearly 18 percent": how exact a number is, not what it counts
_SCOPE = re.compile(
    r" (so far|to date|as of|since|this year"
    r"|through (?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)\w*"
    r"|(?:first|second|third|fourth) quarter|spring|summer|autumn|winter) "  # rule `period`
)


def caseless_slot(
    fa: Facts, fb: Facts, clash: tuple[Count, Count], marks: frozenset[str], groups: dict[str, int]
) -> str:
    """Rules `caseless-part`, `caseless-verb`, `caseless-place`: in a story that lost its letter case no name
    tells two groups', places' or people's counts apart, so two values of one noun are one slot, and a
    conflict, only on evidence a reader can check: "part" when either count is written as a part of a group
    (mark `part-word`: "ram singh and two accused" / "six accused", "out of the 13 dogs that completed the
    study" / "15 dogs were given"); "verb" when no verb that is the predicate of a claim written within
    `SLOT_REACH` characters of one count is written within as much of the other (the same word, or two of one
    `equivalents.txt` group: `groups`): "have arrested 31 people" / "have arrested 33 people" is one slot, "60
    percent of independents who say" / "approval rating ... was 47 percent" is none (a death toll's words are
    its verb: "killed 29" / "killed 28"); "place" when the two name places of one kind, none alike
    (`places_apart`, rule `caseless-place`); "" when all hold."""
    if "part-word" in marks:
        return "part"
    if places_apart(fa.words, fb.words, fa.background, fb.background):
        return "place"
    if _ranked(fa, clash[0]) != _ranked(fb, clash[1]):
        return "rank"
    if clash[0].unit == "dead":
        return ""  # a toll: its words are its verb ("a fire that killed 29 people" / "... that killed 28")
    va, vb = _verbs_near(fa, clash[0]), _verbs_near(fb, clash[1])
    # a verb one sentence's claims give may be written by the other where no claim was read ("has been
    # hit with a $ 2.4 million tax bill"): its words around the count (`slot_words`) hold it
    wa, wb = va | (slot_words(fa, clash[0]) or frozenset()), vb | (slot_words(fb, clash[1]) or frozenset())
    if va & wb or vb & wa:
        return ""
    ga, gb = {groups[v] for v in va if v in groups}, {groups[v] for v in vb if v in groups}
    if ga & {groups[v] for v in wb if v in groups} or gb & {groups[v] for v in wa if v in groups}:
        return ""
    return "verb"


# rule `caseless-place`: the places a lower-cased sentence names, each with its kind, read from its words:
# a place of the gazetteer (`lexicon/data/places.txt`, its sections' kinds) but those news also writes for
# other things (`_NOT_PLACES`); one or two words after "state of", "city of", ... ("the worst-hit state of
# andhra pradesh"), a word before "county" or "province", and a city's side ("on the south side")
_NOT_PLACES = frozenset(
    [
        "turkey",
        "chad",
        "jordan",
        "nice",
        "victoria",
        "phoenix",
        "buffalo",
        "jackson",
        "austin",
        "hollywood",
        "earth",
        "washington",
        # given names and words a lower-cased text writes for other things too (session 29 review S3):
        # "a girl named madison" / "charlotte" are no two cities
        "charlotte",
        "florence",
        "sofia",
        "madison",
        "savannah",
        "montgomery",
        "providence",
        "flint",
        "kent",
        "lima",
        "columbus",
        "olympia",
    ]
)
_SECTION_KINDS = (("countr", "country"), ("us states", "state"), ("cities", "city"), ("region", "region"))
_PLACE_OF = re.compile(
    r"(?<= )(states?|provinces?|city|cities|town|village|county|counties|district|region|island) of "
    r"([a-z][a-z'-]*(?: [a-z][a-z'-]*)?)(?= )"
)
_KIND_OF = {"state": "state", "states": "state", "province": "state", "provinces": "state", "city": "city"}
_KIND_OF |= {"cities": "city", "town": "city", "village": "city", "county": "county", "counties": "county"}
_KIND_OF |= {"district": "county", "region": "region", "island": "region"}
_PLACE_BEFORE = re.compile(r"(?<= )([a-z][a-z'-]*) (county|province)(?= )")
_CITY_SIDE = re.compile(r"(?<= )((?:north|south|east|west)(?:east|west)? side)(?= )")


@lru_cache(maxsize=1)
def _gazetteer_places() -> tuple[tuple[str, str], ...]:
    """The gazetteer's places as (lower-cased words with a space at either end, kind): its section's kind
    (country, state, city, region)."""
    out, kind = set(), ""
    for head, names in data_sections("places.txt"):
        kind = next((k for key, k in _SECTION_KINDS if key in head.lower()), kind)
        out.update((f" {n} ", kind) for n in map(str.lower, names) if kind and n not in _NOT_PLACES)
    return tuple(sorted(out))


def places_named(words: str) -> dict[str, frozenset[str]]:
    """Rule `caseless-place`: the places sentence words (`Facts.words`) name, by kind. Two counts of one
    noun in a story that lost its letter case are two slots when both sentences name places of one kind,
    none alike ("arrested 7 or 8 protesters" in honolulu / "about 20" in atlanta, two cities; "seven people
    shot ... on the south side" / "five people were shot ... on the near west side"); places of two kinds
    may hold each other ("45 km from delhi" / "bisara, india"): not read."""
    out: dict[str, set[str]] = defaultdict(set)
    for name, kind in _gazetteer_places():
        if name in words:
            out[kind].add(name.strip())
    for m in _PLACE_OF.finditer(words):
        kept: list[str] = []
        for w in m.group(2).split():
            if w in STOP_WORDS or (kept and w.endswith(("ed", "ing"))):  # "the city of bangalore injured"
                break
            kept.append(w)
        if kept:
            out[_KIND_OF[m.group(1)]].add(" ".join(kept))
    for m in _PLACE_BEFORE.finditer(words):
        if m.group(1) not in STOP_WORDS:
            out[_KIND_OF[m.group(2)]].add(m.group(1))
    for m in _CITY_SIDE.finditer(words):
        out["side"].add(m.group(1))
    return {k: frozenset(v) for k, v in out.items()}


_NONE: frozenset[str] = frozenset()


def places_apart(wa: str, wb: str, ba: frozenset[str] = _NONE, bb: frozenset[str] = _NONE) -> bool:
    """Rule `caseless-place`: the two sentences name places of one kind, none alike (`places_named`), a
    place only an attribution clause names aside (`Facts.background`: "..., officials in tehran said", "the
    utility said in a statement from boston": where someone spoke, not where the count is)."""
    pa, pb = _places_told(wa, ba), _places_told(wb, bb)
    return any(not pa[k] & pb[k] for k in pa.keys() & pb.keys())


# a route's ends: where a flight, train or ship came from or went to, not where its count is
# ("the flight from london crashed near harwick, killing 45 people" / "the flight to paris crashed ...")
_ROUTE = re.compile(
    r"(?<= )(?:flights?|planes?|jets?|airliners?|trains?|bus|buses|ships?|ferry|ferries)"
    r" (?:from|to|bound for) [a-z][a-z'-]*(?: [a-z][a-z'-]*)?(?= )"
)


def _places_told(words: str, background: frozenset[str]) -> dict[str, frozenset[str]]:
    """`places_named` less a route's ends (`_ROUTE`) and the places whose last word only an attribution
    clause writes (`background`)."""
    named = places_named(_ROUTE.sub("|", words) if " from " in words or " to " in words else words)
    if not background:
        return named
    kept = {k: frozenset(p for p in v if stem(p.split()[-1]) not in background) for k, v in named.items()}
    return {k: v for k, v in kept.items() if v}


# rule `caseless-rank`: a word that ranks one thing among others of its kind ("the second-largest - a 63kg
# specimen with ... 1,600 ounces", "the latest strike ... killed seven")
_RANK_WORDS = frozenset(stem(w) for w in ["latest", "largest", "biggest", "smallest"])
_ORDINALS = frozenset(stem(w) for w in ["second", "third", "fourth", "fifth"])  # rank the next word only


def _ranked(f: Facts, c: Count) -> bool:
    """Rule `caseless-rank`: the clause that writes count `c` holds a word of `_RANK_WORDS`, or an ordinal
    right before the count's noun ("where a third women's body was found"): its count is of one thing
    ranked among others ("the latest strike ... killed seven alleged militants"), another slot than an
    unranked count of the noun ("at least 20 suspected militants have been killed since july 28"). An
    ordinal before another word ranks that ("on the second day of the protests", "the third such crash")."""
    cl, at = _count_place(f, c)
    if cl is None:
        return False
    # the counted noun: its unit, its words, the words just after the count ("two dead women")
    nouns = {c.unit} | {stem(w) for w in c.noun.lower().split()}
    nouns |= {w.rstrip("'") for _, w, s, _ in cl.spots if at >= 0 and at < s <= at + len(c.text) + 20}
    word = {t: w.rstrip("'") for t, w, _, _ in cl.spots}
    return any(w in _RANK_WORDS or (w in _ORDINALS and word.get(t + 1) in nouns) for t, w, _, _ in cl.spots)


def _verbs_near(f: Facts, c: Count) -> set[str]:
    """The predicates of `f`'s claims (no "is" / "was" alone: `ClauseClaim.linking`) whose verb is written
    within `SLOT_REACH` characters of count `c`."""
    cl, at = _count_place(f, c)
    if cl is None or at < 0:
        return set()
    lo, hi = at - SLOT_REACH, at + len(c.text) + SLOT_REACH
    return {x.predicate for x in claims_of(f) if not x.linking and lo <= x.at[0] and x.at[1] <= hi}


def running_count(
    clash: tuple[Count, Count],
    marks_a: frozenset[str],
    marks_b: frozenset[str],
    words: tuple[str, str] = ("", ""),
) -> bool:
    """Rule `running-count`: two values of a count that grows (a toll, arrests, cases; not a price or a
    share) where the words say the higher is a later level, a count grown to it ("raising the death toll
    ... to at least 74", "rose to 156": mark `grown`), or the lower a count so far in its own clause
    ("32 people ... had died thus far", "129 deaths reported so far", "as of": mark `provisional`): an
    update between reports told at two moments, not two outlets disagreeing; no conflict (the documents
    carry no date to order them by). Rule `dated-update` (`words`: the two sentences' `Facts.words`): the
    higher dated to a weekday ("47 deaths as of Wednesday", "by Wednesday") and the lower to another one
    ("killed 32 people, police said Monday") earlier in the week (Monday to Sunday, `_WEEKDAY_ORDER`): a
    reader sees two moments. The lower with no weekday, the same one or a later one stays a conflict: nothing
    shows it is older, and a count that grows does not fall ("32 ... Friday" after "47 as of Wednesday").
    Rule `stamped-report` (session 55): the lower in a sentence stamped with when it was posted or updated
    ("[breaking news alert, posted at 12:37 a.m.] ... approximately 12 officers" / "Sixteen police officers
    were injured overnight"), the higher not: an early report's count.
    Rule `raised-so-far` (`raised_so_far`): two sums raised, one of them told in the perfect ("has raised
    more than $112,000" / "raised nearly $100,000"): a fundraising total that grows by the day."""
    a, b = clash
    if a.unit[:1] in MONEY and words != ("", "") and raised_so_far(clash, words):
        return True
    if a.unit[:1] in MONEY or a.measure:
        return False
    higher_a = a.value > b.value
    (hi, lo) = (marks_a, marks_b) if higher_a else (marks_b, marks_a)
    if "grown" in hi or "provisional" in lo:
        return True
    hi_words, lo_words = words if higher_a else words[::-1]
    if _STAMPED.search(lo_words) and not _STAMPED.search(hi_words):
        return True  # rule `stamped-report`: "[breaking news alert, posted at 12:37 a.m.] ... 12 officers"
    dated = [_WEEKDAY_ORDER.index(m.group(1)) for m in _DATED_TO.finditer(hi_words)]
    days = [_WEEKDAY_ORDER.index(w) for w in _WEEKDAY_WORDS.intersection(lo_words.split())]
    return bool(dated and days and max(days) < min(dated))


# rule `raised-so-far`: a form of "raise" just before a sum (its hedge and an adjective between: "has raised
# more than $ 112,000", "have already raised an incredible $ 7.3 million"), in a sentence's `Facts.words`
_RAISED = re.compile(
    r"(?: (has|have|had|'s|'ve))?(?: already| now| so far)? (?:raise|raised|raising)"
    r" (?:(?!to |by |the |its |their |his |her )\S+ ){0,3}$"  # not a price raised to a level
)
# a company's financing: a round or an offering raises a sum once, not a total that grows
_FINANCING = frozenset(["round", "ipo", "offering", "investors", "shares", "bonds", "valuation", "venture"])
_SIGN = re.compile(r"^\W+")  # a currency sign, which `Facts.words` drops


def raised_so_far(clash: tuple[Count, Count], words: tuple[str, str]) -> bool:
    """Rule `raised-so-far`: both sums of `clash` follow a form of "raise" in their sentences' `words`
    (`Facts.words`), at least one in the perfect ("has raised", "have already raised"): a total raised so
    far, told at two moments ("united to help raise nearly $ 100,000" / "has raised more than $ 112,000").
    Not a company's financing (`_FINANCING`: "raised $ 50 million in its first funding round"), nor a
    price raised to a level."""
    if any(_FINANCING.intersection(w.split()) for w in words):
        return False
    perfect = False
    for c, w in zip(clash, words, strict=True):
        at = w.find(f" {_SIGN.sub('', c.text.lower())} ")
        m = _RAISED.search(w[: at + 1]) if at >= 0 else None
        if m is None:
            return False
        perfect = perfect or m.group(1) is not None
    return perfect


# rule `stamped-report`: a live page's stamp of when an entry was posted or updated (`Facts.words`): a clock
# time, a weekday or a date after it ("posted at 12:37 a.m.", "updated on june 5"), never a place ("a
# statement posted on facebook said 12 officers": a source, which says nothing of when)
_STAMPED = re.compile(
    r" (?:posted|updated) (?:at|on) (?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day "
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)"
)
_WEEKDAY_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_WORDS = frozenset(_WEEKDAY_ORDER)
# rule `dated-update`: a count dated to a weekday as a moment of a running count ("as of Wednesday", "by
# Wednesday"), in a sentence's lower-cased words (`Facts.words`)
_DATED_TO = re.compile(r" (?:as of|by) (" + "|".join(sorted(_WEEKDAY_WORDS)) + r") ")


# a span of two years, in a sentence's lower-cased words (`Facts.words`, "to" dropped): "from 2004 to 2012",
# "from 2004 until 2012", "between 2004 and 2012"
_YEAR_SPAN = re.compile(
    r" (?:from (1\d{3}|20\d{2}) (?:until |through |till )?|between (1\d{3}|20\d{2}) and )(1\d{3}|20\d{2}) "
)


# ... and written with a dash ("in 2004-2012", "2004–2012": the dash is no word), the later year second;
# not a list ("in 2004, 2008 and 2012": a year before, a third year or "and"/"or" next)
_YEAR_WORD = r"(?:1\d{3}|20\d{2})"
_DASHED_SPAN = re.compile(rf"(?<!\d) (?=({_YEAR_WORD} {_YEAR_WORD}) (?!and |or |{_YEAR_WORD} ))")


def _year_spans(words: str) -> set[tuple[str, str]]:
    """The spans of two years a sentence's lower-cased words give (`_YEAR_SPAN`, `_DASHED_SPAN`)."""
    out = {(m[0] or m[1], m[2]) for m in _YEAR_SPAN.findall(words)}
    for pair in _DASHED_SPAN.findall(words):
        y1, y2 = pair.split()
        if y1 < y2:
            out.add((y1, y2))
    return out


def spans_differ(wa: str, wb: str) -> bool:
    """Rule `other-span`: each sentence (its lower-cased words) gives a span of two years, none the same
    ("taught at Harwick College from 2004 to 2012" / "... from 2004 to 2015", "in 2004-2015"): two
    periods, so another year (`Pair.year_clash`), though a year is shared."""
    sa = _year_spans(wa)
    return bool(sa) and bool(sb := _year_spans(wb)) and not sa & sb


def day_or_since(wa: str, wb: str) -> bool:
    """Rule `day-or-since`: one sentence (its lower-cased words, `Facts.words`) dates what it tells to a
    weekday, the other to a period since, naming no weekday ("97 rockets fired from Gaza hit Israel on
    Friday" / "97 rockets launched from Gaza had hit Israel since midweek"): two periods, two counts; not
    when the weekday's sentence counts since a time too ("nearly 1,800 in the seven weeks since he took
    office, ... the police chief revealed ... Monday")."""
    da, db = _WEEKDAY_WORDS.intersection(wa.split()), _WEEKDAY_WORDS.intersection(wb.split())
    return bool(
        (da and not db and " since " in wb and " since " not in wa)
        or (db and not da and " since " in wa and " since " not in wb)
    )


def scopes(words: str) -> frozenset[str]:
    """How a sentence dates a running count ("so far this year", "as of November 13", "since the
    fighting began", "through July") or a rate (rule `period`: "in the third quarter", "in the
    spring"): two counts each dated, differently, are two counts, not a conflict ("17 states through
    July" / "32 states as of November 13", "3 % in the third quarter" / "3.1 percent in the spring");
    one dated and one not may still be one count ("29 killed since the strikes began" / "19 killed")."""
    return frozenset(_SCOPE.findall(words)) if " " in words else frozenset()


def _measure_clash(xs: Sequence[Count], ys: Sequence[Count]) -> bool:
    """A measure (a duration, a size, a multiple) both sentences give, one value on one side at least,
    no value of one overlapping any of the other's."""
    for unit in {c.unit for c in xs if is_measure(c.unit) and c.unit not in MONEY}:
        a = [c for c in xs if c.unit == unit]
        b = [c for c in ys if c.unit == unit]
        if min(len(a), len(b)) == 1 and not any(p.overlaps(q) for p in a for q in b):
            return True
    return False


# rule `units-apart`: each unit's size in a base unit of its dimension (the stems `numbers.counts` gives):
# a length in metres, a mass in kilograms, an area in square metres, a volume in litres, a speed in km/h
_UNIT_SIZE: dict[str, tuple[str, float]] = {
    "meter": ("length", 1.0),
    "km": ("length", 1000.0),
    "centimetr": ("length", 0.01),
    "centimet": ("length", 0.01),
    "millimetr": ("length", 0.001),
    "millimet": ("length", 0.001),
    "ft": ("length", 0.3048),
    "inch": ("length", 0.0254),
    "yard": ("length", 0.9144),
    "mile": ("length", 1609.344),
    "kg": ("mass", 1.0),
    "kilogram": ("mass", 1.0),
    "lb": ("mass", 0.4536),
    "ton": ("mass", 907.2),  # a short ton; "tons" may be metric too, which `UNITS_SLACK` covers
    "tonn": ("mass", 1000.0),
    "acr": ("area", 4046.9),
    "sqmile": ("area", 2589988.0),  # rule `square-unit` (numbers): "1,900sq-mile" / "5,000 sq km"
    "sqkm": ("area", 1e6),
    "sqft": ("area", 0.0929),
    "sqmeter": ("area", 1.0),
    "hectar": ("area", 10000.0),
    "gallon": ("volume", 3.785),
    "litr": ("volume", 1.0),
    "liter": ("volume", 1.0),
    "kph": ("speed", 1.0),
    "mph": ("speed", 1.609),
    "knot": ("speed", 1.852),
}
UNITS_SLACK = 0.15  # a converted value a reporter rounds ("30,000 feet" / "9,000 metres"): this share apart


# rule `measure-slot`: a hedge between the word before a measure and its value ("within just 3.9 million")
_MEASURE_HEDGE = r"(?:(?:just|only|about|nearly|almost|some|roughly|approximately|around) )?"
_CONVERTED_AFTER = r"(?:[\d.,]+ (?:million |billion )?[a-z]+ )?"  # "(6.2 million kilometers)", its marks gone


# a speed, as a temperature, changes with the hour: two values are two moments, never one slot's
_SLOT_UNITS = frozenset(u for u, (dim, _) in _UNIT_SIZE.items() if dim != "speed")


def measure_slot(fa: Facts, fb: Facts) -> tuple[str, str] | None:
    """Rule `measure-slot`: one physical measure (`_SLOT_UNITS`) each sentence gives once in one unit (a
    conversion in parentheses aside), the values apart, the word before each value and the two words after
    each unit alike ("within 3.7 million miles of the Sun" / "within just 3.9 million miles (6.2 million
    kilometers) of the solar surface": the conversion passed over), the two at most `MAX_RATIO` apart: one
    slot, two values. Returns the two values as written, or None. Durations, multiples and speeds stay
    `other-measure`."""
    for unit in {c.unit for c in fa.counts} & {c.unit for c in fb.counts} & _SLOT_UNITS:
        a = [c for c in fa.counts if c.unit == unit and not c.conversion]
        b = [c for c in fb.counts if c.unit == unit and not c.conversion]
        if len(a) != 1 or len(b) != 1 or a[0].overlaps(b[0]) or not a[0].noun or not b[0].noun:
            continue
        if max(a[0].value, b[0].value) > MAX_RATIO * min(a[0].value, b[0].value):
            continue  # "out to 9 miles offshore" / "out to 200 miles offshore": two limits, not one value
        slots = []
        for c, words in ((a[0], fa.words), (b[0], fb.words)):
            value, noun = re.escape(c.text.lower()), r"[\s-]".join(map(re.escape, c.noun.lower().split()))
            m = re.search(
                rf" (\S+) {_MEASURE_HEDGE}{value}[\s-]{noun} {_CONVERTED_AFTER}(\S+ \S+) ",
                words,
            )
            slots.append(m.groups() if m else None)
        if slots[0] is not None and slots[0] == slots[1]:
            return _as_written(a[0]), _as_written(b[0])
    return None


# rule `running-measure` (issue 14, review52's left case): a storm's position ("located about 200 miles east
# of Miami" / "150 miles east") and a fire's burned area ("has burned 10,000 acres" / "25,000 acres") move
# and grow by the hour: two values told at two moments, which the documents carry no time to order, not one
# slot two outlets disagree on. Where a storm came ashore is one place: never with "landfall"
_WEATHER = frozenset(["storm", "hurricane", "typhoon", "cyclone", "depression"])
_FIRE = frozenset(["fire", "fires", "wildfire", "wildfires", "blaze", "blazes", "flames", "inferno"])
_BEARING = re.compile(r" (?:north|south|east|west)[a-z-]* (?:of|from) ")


def running_measure(fa: Facts, fb: Facts, measured: tuple[str, str]) -> bool:
    """Rule `running-measure`: the two values of one measure's slot (`measured`, as written: "200 miles")
    are a storm's position (a length followed by a bearing, "east of", in two sentences naming a storm and
    no landfall) or a fire's area (in two sentences naming a fire): a running figure, no conflict."""
    sides = tuple(zip((fa, fb), measured, strict=True))
    dims = {_UNIT_SIZE[c.unit][0] for f, m in sides for c in f.counts if _as_written(c) == m}
    if dims == {"area"}:
        return all(_FIRE.intersection(f.words.split()) for f in (fa, fb))
    if dims != {"length"}:
        return False
    for f, m in sides:
        at = f.words.find(f" {m.lower()} ")
        if at < 0 or not _WEATHER.intersection(f.words.split()) or " landfall " in f.words:
            return False
        if not _BEARING.match(f.words, at + len(m) + 1):
            return False
    return True


def _as_written(c: Count) -> str:
    """A measure's value and unit as `measure_slot` writes them ("200 miles")."""
    return f"{c.text} {c.noun}"


AGO_REACH = 8  # words after a count its "... ago" may stand in (rule `ago-alone`)
_AGO_STOPS = frozenset(["that", "which", "who", "since", "after", "before"])


def dated_back(words: str, value: str) -> bool:
    """Rule `ago-alone`: the count written `value` in a sentence's `words` (`Facts.words`) is dated back from
    the day it was told: "ago" within `AGO_REACH` words after it ("11,600 inmates refused meals two years
    ago") or "ago when" just before it ("two years ago, when 11,600 inmates were refusing"). Not an "ago"
    that dates something else ("a cold wave that hit a week ago has killed 32 people")."""
    at = words.find(f" {value.lower()} ")
    if at < 0:
        return False
    before, after = words[:at].split()[-4:], words[at:].split()[1 : AGO_REACH + 1]
    if "ago" in after and not _AGO_STOPS.intersection(after[: after.index("ago")]):
        return True
    return " ago when " in " " + " ".join(before) + " "


NAMED_REACH = 4  # words before a value a name stands in to be whose value it is (rule `named-apart`)


def named_apart(
    fa: Facts, fb: Facts, clash: tuple[Count, Count] | None, measured: tuple[str, str] | None
) -> bool:
    """Rule `named-apart`: the two values of a clash (`clash`) or of one measure's slot (`measured`, as
    written: "20 miles") are each written within `NAMED_REACH` words after a name the other sentence never
    names ("police said lund lives 20 miles north" / "police said brook lives 30 miles north"): two people
    or things, each its own value. A name further back is the setting ("Candidate Majid Ansari ... blamed
    the low turnout ... as most of the 167 candidates"), not whose value it is."""
    if clash is not None:
        ta, tb = clash[0].text, clash[1].text
    elif measured is not None:
        ta, tb = (m.rsplit(" ", 1)[0] for m in measured)
    else:
        return False
    na, nb = _named_before(fa, ta), _named_before(fb, tb)
    return bool(na and nb) and not na & fb.names and not nb & fa.names


def _named_before(f: Facts, value: str) -> frozenset[str]:
    """The names (`Facts.names`) written within `NAMED_REACH` words before `value` in `f`'s words."""
    at = f.words.find(f" {value.lower()} ")
    if at < 0:
        return frozenset()
    span = " " + " ".join(f.words[:at].split()[-NAMED_REACH:]) + " "
    return frozenset(n for n in f.names if n.startswith("E:") and f" {n[2:]} " in span)


# rule `which-apart`: a word that tells one of several things of a kind from the others, before its noun
_WHICH = re.compile(
    r" (first|second|third|fourth|fifth|another|one) (?!of |or |and |in |on |at |by |to |time)[a-z]"
)


def which_apart(wa: str, wb: str) -> bool:
    """Rule `which-apart`: the two sentences tell which of several things they count or measure by
    different words ("the first body was found 2 miles from the dam" / "the second body ... 4 miles",
    "one boat sank 3 miles off" / "another boat sank 5 miles off"): two things, each its own value, no
    conflict. `wa`, `wb`: the sentences' `Facts.words`."""
    a, b = set(_WHICH.findall(wa)), set(_WHICH.findall(wb))
    return bool(a and b) and not a & b


_OF_WHAT = r"(?<![a-z]){}(?![a-z]) of (?:the |a |an |pure |raw )?([a-z]{{3,}})"


def of_apart(clash: tuple[Count, Count], wa: str, wb: str) -> bool:
    """Rule `of-apart`: each of a clash's two counts says what it is of, and the two say other things,
    neither named in the other sentence ("Police seized 50 kilograms of cocaine" / "80 kilograms of
    heroin", "200 tons of wheat" / "350 tons of corn"): two things, each its own value, no conflict.
    `wa`, `wb`: the sentences' `Facts.words`."""

    def of(c: Count, words: str) -> set[str]:
        if not c.noun:
            return set()
        return {w.rstrip("s") for w in re.findall(_OF_WHAT.format(re.escape(c.noun.lower())), words)}

    a, b = of(clash[0], wa), of(clash[1], wb)
    if not a or not b or a & b:
        return False
    return not any(f" {w}" in wb for w in a) and not any(f" {w}" in wa for w in b)


def units_apart(xs: Sequence[Count], ys: Sequence[Count], wa: str, wb: str) -> bool:
    """Rule `units-apart`: a measure each sentence gives in a unit of one dimension, the two in units
    not all alike, the word after the unit alike in both ("12 miles from" / "12 kilometres from", "5 feet
    long" / "2 metres long"; "10-foot-long" / "4-inch-thick", "inches of rain" / "feet of water" measure
    two things), and no value of one,
    converted, within `UNITS_SLACK` of a value of the other: two measures, never one fact; a conversion a
    reporter rounds ("30,000 feet" / "9,000 metres") is one. No conflict either: two measures in two units
    may be of two things (session 34's `measures-differ`). `wa`, `wb`: the sentences' `Facts.words`."""

    def sized(cs: Sequence[Count], words: str) -> dict[str, list[tuple[str, float, float, frozenset[str]]]]:
        out: dict[str, list[tuple[str, float, float, frozenset[str]]]] = defaultdict(list)
        for c in cs:
            if c.unit in _UNIT_SIZE and c.noun:
                dim, size = _UNIT_SIZE[c.unit]
                after = re.findall(
                    rf"(?<![a-z]){re.escape(c.noun.lower())}(?![a-z])\W*((?:of )?[a-z]*)", words
                )
                out[dim].append((c.unit, c.lo * size, c.hi * size, frozenset(after)))
        return out

    sa, sb = sized(xs, wa), sized(ys, wb)
    for dim in sa.keys() & sb.keys():
        a, b = sa[dim], sb[dim]
        if {x[0] for x in a} == {y[0] for y in b}:
            continue  # one unit both sides: `_measure_clash` reads it
        if not any(x[3] & y[3] for x in a for y in b if x[0] != y[0]):
            continue  # no word after the units alike: maybe two things measured
        slack = 1 + UNITS_SLACK
        if not any(x[1] <= y[2] * slack and y[1] <= x[2] * slack for x in a for y in b):
            return True
    return False


def _value_clash(ka: dict[str, list[Count]], kb: dict[str, list[Count]]) -> bool:
    """A counted thing (a unit, addresses aside) both sentences give, with no value of one that the
    other states: none written alike, and no exact value inside the other's approximation ("about
    1,200" / "1,180" is one count). Two bounds can both hold ("nearly 400,000" / "more than 320,000"
    forced from their homes) and two counts apart are no clash (`MAX_RATIO`), but neither pair is
    one fact stated twice. Counts `VALUE_RATIO` or more apart count two things ("kills 3 million
    people" / "sickens 300 million people"). A count is also of its counted noun (`_counted`), so a
    toll and a count of the same noun are one counted thing ("killed all 109 people aboard" / "killed
    115 people": people either way, not one fact). `ka`, `kb`: each sentence's counts (`wholes`) by what
    they count (`_counted`)."""
    for unit in ka.keys() & kb.keys():
        a, b = ka[unit], kb[unit]
        near = any(max(p.value, q.value) <= VALUE_RATIO * min(p.value, q.value) for p in a for q in b)
        if unit and not unit.startswith(ADDRESS) and near and not any(_states(p, q) for p in a for q in b):
            return True
    return False


def _counted(cs: Sequence[Count]) -> dict[str, list[Count]]:
    """A sentence's counts by what they count: their unit, and for a count of things (no measure, no
    money) with a counted noun of another unit, that noun too ("killed 115 people" is a toll, unit
    `dead`, of people)."""
    out: dict[str, list[Count]] = defaultdict(list)
    for c in cs:
        out[c.unit].append(c)
        if c.noun and not c.measure and c.unit[:1] not in MONEY:
            noun = _concept(c.noun)
            if noun != c.unit:
                out[noun].append(c)
    return out


def _states(p: Count, q: Count) -> bool:
    """One value written alike, an exact one inside the other's range, or one a round report of the
    other ("$15.99" / "$16": `rounded`)."""
    return p.value == q.value or (p.overlaps(q) and (p.lo == p.hi or q.lo == q.hi)) or rounded(p, q)


def _other_things(p: Count, q: Count) -> bool:
    """Two sums that price two things ("$26.6 million estate" / "$9 million apartment")."""
    return bool(p.unit[:1] in MONEY and p.noun and q.noun and stem(p.noun) != stem(q.noun))


def quoted_in(quotes: Sequence[tuple[str, ...]], other: Facts, own: str) -> tuple[int, str]:
    """(the length of the longest quotation, three words or more, that the `other` sentence's words hold
    whole: the same quoted words, quoted or reported there; the rule that set one aside, or ""). `own`: the
    quoting sentence's words. A quotation the other sentence writes where a denial stands just before it in
    one of the two only (rule `quote-denied`, `_denied_before`), or a title the other writes in no quotation
    marks (rule `title-words`, `_titled`), is set aside."""
    best, aside = 0, ""
    words = other.words
    for q in quotes:
        if len(q) < QUOTE_WHOLE or len(q) <= best:
            continue
        run = " " + " ".join(q) + " "
        if run not in words:
            continue
        if _denial_apart(own, quotes, words, other.quotes, run):
            aside = aside or QUOTE_DENIED
        elif (_titled(own, run) and not _marked(other, run)) or _named_as(own, run) or _named_as(words, run):
            aside = aside or TITLE_WORDS
        else:
            best = len(q)
    return best, aside


def _marked(f: Facts, run: str) -> bool:
    """Sentence `f` writes `run` inside quotation marks, as a quotation or as a title (`Facts.marked`)."""
    return any(run in " " + " ".join(q) + " " for q in f.quotes) or any(run in m for m in f.marked)


# the rules that set aside a run of quoted words that would have made one quotation (`Pair.quote_aside`)
QUOTE_SUBJECTS, QUOTE_DENIED = "quote-subjects", "quote-denied"
THIN_RUN, TITLE_WORDS, OBJECT_RUN = "thin-run", "title-words", "object-run"
DENIAL_REACH = 4  # words before a shared quoted run where a denial denies it ('is not a prohibited "..."')


def _denied_before(words: str, run: str) -> bool:
    """Rule `quote-denied`: a denial ("not", "never", "no", "none", "-n't") in the `DENIAL_REACH` words before
    the first place `words` write `run` (" a threat to public safety "): 'the judge found the march was not
    a lawful "threat to public safety"' states the opposite of '"The march is a threat to public safety."',
    so the two are not one quotation (a false citation on DUC 2006 dev)."""
    at = words.find(run)
    return at >= 0 and any(map(_denial, words[:at].split()[-DENIAL_REACH:]))


def _denial_apart(
    wa: str, qa: Sequence[tuple[str, ...]], wb: str, qb: Sequence[tuple[str, ...]], run: str
) -> bool:
    """Rule `quote-denied`: one sentence only writes a denial just before `run` (`_denied_before`), outside
    the quotation that holds it: the reporter's words deny it. A denial inside that quotation, past its first
    word, is the speaker's own wording ('" If the paper had not twisted the words I said, ... "' / 'says the
    paper is twisting " the words I said "': one quotation of one post); one on each side, inside or
    outside, denies alike ('did not have the " skill for the job "' / 'he " did not have the skill for the
    job "')."""
    da, db = _denied_before(wa, run), _denied_before(wb, run)
    if da == db:
        return False
    quotes = qa if da else qb
    return not any(run in " " + " ".join(q[1:]) + " " for q in quotes)


# rule `title-words`: words written just before a quoted title of a work ("her hit " dancing on the pier, "");
# a sentence that writes the same words unquoted names the work, it does not quote anyone
_WORK_NOUNS = frozenset(
    """hit song single album track record film movie documentary book novel memoir show series sitcom
    musical opera poem titled entitled""".split()  # noqa: SIM905
)


# rule `title-words`: words that give a name, just before a quotation ("what came to be known as " ... "",
# "the so-called " ... ""): the quoted words are a name, said by no one
_NAMING = ("known as", "billed as", "dubbed", "nicknamed", "so-called")
# rule `slogan-words` (session 39 audit): a campaign's or an advert's own line, after its noun ('debuted with
# the tagline, " killer songs you can't resist "'): a name the other sentence shares ('an ad advertising "
# killer songs you can't resist "'), not what anyone the sentence reports says
_SLOGAN = ("tagline", "slogan", "motto", "catchphrase", "hashtag")


def _named_as(words: str, run: str) -> bool:
    """Rule `title-words`: sentence `words` writes `run` right after a naming word (`_NAMING`): "a plan that
    became known as " stay the course "" names a policy; another sentence's "the " stay the course "
    strategy" or '" ... stay the course ... "' shares the name, not a statement (a false quote link on DUC
    2006 dev)."""
    at = words.find(run)
    return at >= 0 and words[:at].rstrip().rstrip(",:").rstrip().endswith(_NAMING + _SLOGAN)


# rule `object-run`: a determiner opening a shared run counted only for its length: a noun phrase
_DETERMINER_RUN = frozenset("the a an this that these those all his her its their our".split())  # noqa: SIM905


def _object_run(p: tuple[str, ...], i: int, q: tuple[str, ...], j: int, run: int) -> bool:
    """Rule `object-run`: a shared run counted only for its length (`QUOTE_LONG`, no more than half of either
    quotation) that opens on a determiner after two different words inside both quotations: '" the
    council is the right place to settle the legal questions in this dispute "' / '" have the judges had time
    to weigh the legal questions in this dispute? "' share a noun phrase, the objects of two statements (a
    false quote link on DUC 2006 dev)."""
    return (
        2 * run <= min(len(p), len(q))
        and p[i] in _DETERMINER_RUN
        and i > 0
        and j > 0
        and p[i - 1] != q[j - 1]
    )


def _titled(own: str, run: str) -> bool:
    """Rule `title-words`: the quotation `run` follows a noun of a work in its own sentence (`own`): it is
    the work's title, and another sentence that holds the words unquoted ("Thanks to the director of dancing
    on the pier!") names the work, quoting no one (a false citation on Multi-News+ dev); two sentences that
    both quote the title are still read by `_quote_runs` (one song's chart run told twice)."""
    at = own.find(run)
    return at >= 0 and own[:at].rsplit(" ", 1)[-1] in _WORK_NOUNS


REPORTED_WORDS = 4  # `reported_run`: words of the run that are no stop words ("so that we can evaluate the
# performance of" is a stock phrase, "a wake-up call to the medical community" a statement)
SHORT_QUOTE = (2, 3)  # words of a quotation short enough that only `quoted_whole` reads it


def quoted_whole(fa: Facts, fb: Facts, pronoun: bool = False) -> bool:
    """Rule `quoted-whole`: a short quotation of sentence `fa` (`SHORT_QUOTE` words, two of them neither
    stop words nor names) held whole, word for word, inside a longer quotation of `fb`, and no two
    speakers named: 'Dickson Wright said she had enjoyed a "fantastic life".' / 'She recently said:
    "I've had a fantastic life and I've done everything ..."' report and quote one statement. With
    `pronoun` (rule `quoted-whole-pronoun`), `fa`'s speaker is a pronoun read as the person the sentence
    before names (`Facts.said_by`: 'He said he was suffering "spiritual pain" ...' after "Mikhail
    Kalashnikov ... wrote a long emotional letter ...")."""
    sa = fa.said_by if pronoun else _speakers(fa)
    sb = _speakers(fb) or fb.said_by
    if not sa or (sb and not sa & sb) or fb.names - fa.names - sa:
        return False  # no speaker named, or another one ("... winning conditions ...," Chretien warned)
    names = {n[2:] for n in fa.names | fb.names}
    for q in fa.quotes:
        if not SHORT_QUOTE[0] <= len(q) <= SHORT_QUOTE[1]:
            continue
        if sum(w not in STOP_WORDS and w not in names for w in q) < 2:
            continue
        run = " " + " ".join(q) + " "
        if any(len(o) > len(q) and run in " " + " ".join(o) + " " for o in fb.quotes):
            return True
    return False


# `quote_variant`: two quotations this long each, the shorter's words held this much by the other in runs of
# `VARIANT_BLOCK` words or more, in order, one run `VARIANT_RUN` long
VARIANT_WORDS, VARIANT_SHARE, VARIANT_BLOCK, VARIANT_RUN = 6, 0.6, 2, 4


def quote_variant(qa: Sequence[tuple[str, ...]], qb: Sequence[tuple[str, ...]]) -> bool:
    """Rule `quote-variant`: a quotation of each sentence (`VARIANT_WORDS` words or more) whose shorter one's
    words the other holds in order (`VARIANT_SHARE`, in runs of `VARIANT_BLOCK` words or more, one of them
    `VARIANT_RUN` long): '"If you can lift a young player's confidence, you can alter their whole path in
    sport."' / '"If you can raise the confidence of a player at this young age, you can change their
    whole path in sport."' quote one statement, worded apart by a few words (two outlets' transcripts).
    A word put for another (a name, number, modal or opposite) is `guards.substituted`, which the rule
    checks (`rules.clashes`)."""
    for p in qa:
        for q in qb:
            shorter = min(len(p), len(q))
            if shorter < VARIANT_WORDS:
                continue
            blocks = SequenceMatcher(None, p, q, autojunk=False).get_matching_blocks()
            if max(b.size for b in blocks) < VARIANT_RUN:
                continue
            if sum(b.size for b in blocks if b.size >= VARIANT_BLOCK) >= VARIANT_SHARE * shorter:
                return True
    return False


def same_short_quote(fa: Facts, fb: Facts) -> bool:
    """Rule `same-short-quote`: a quotation of each sentence is the same words whole, `QUOTE_WHOLE` words
    up to a run that makes one quotation anyway (`QUOTE_RUN`), one of them neither a stop word nor a name:
    'declined to elaborate on the tweets, saying they "speak for themselves."' / 'said he would let the
    tweets "speak for themselves."' quote one remark (the rule asks a participant both name, `rules.py`)."""
    names = {n[2:] for n in fa.names | fb.names}
    shared = {q for q in fa.quotes if QUOTE_WHOLE <= len(q) < QUOTE_RUN} & set(fb.quotes)
    return any(any(w not in STOP_WORDS and w not in names for w in q) for q in shared)


_ARTICLES = frozenset(["the", "a", "an"])


def _statement_run(run: Sequence[str]) -> bool:
    """`REPORTED_WORDS` words of `run` are no stop words, and one stop word is no article: a run of content
    words alone is a name or a title ("the etowah county arson task force", "mobile county circuit judge
    sarah stewart": rule `name-run`), which two sentences share without one quoting the other."""
    stops = [w for w in run if w in STOP_WORDS]
    return len(run) - len(stops) >= REPORTED_WORDS and any(w not in _ARTICLES for w in stops)


def speakers_apart(fa: Facts, fb: Facts) -> bool:
    """Rule `quote-speakers-apart` (review53): the two sentences give the words to two people, so neither
    quotes the other's remark (`same-short-quote`, `quote-reported`): each names a speaker and none is the
    other's ('Lund said the attacks on Brook "speak for themselves."' / 'Brook said the polls "speak for
    themselves."'), or one names a speaker the other never names while the other names someone it does not
    ('"... a wake-up call to the farming community ...," Lund said.' / "Brook called the drought a wake-up
    call to the farming community"). Who speaks after ", saying" is the sentence's subject
    (`_saying_subject`)."""
    sa = _speakers(fa) or fa.said_by or _saying_subject(fa)
    sb = _speakers(fb) or fb.said_by or _saying_subject(fb)
    if sa and sb:
        return not sa & sb
    if sa:
        return not sa & fb.names and bool(fb.names - fa.names)
    return bool(sb) and not sb & fa.names and bool(fa.names - fb.names)


# rule `saying-subject`: the subject of "<name> <did something>, saying ..." says what follows; its name is
# one of the clause's first words
SAYING_SUBJECT = 6  # tokens before the name


def _saying_subject(f: Facts) -> frozenset[str]:
    """Rule `saying-subject` (session 54): who speaks in "At a briefing, Senator Ann Lund declined to explain
    her attacks on Tom Brook, saying they "speak for themselves."": the first participant of the sentence (a
    weekday none: "At a briefing on Tuesday, ..."), named in its first `SAYING_SUBJECT` tokens, before ",
    saying" (Lund, not Brook); none without one."""
    at = f.text.find(", saying ")
    if at < 0:
        return frozenset()
    first = next((s for s in f.spots if s[1].startswith("E:") and s[1] not in WEEKDAYS), None)
    if first is None or first[0] > SAYING_SUBJECT or first[2] > at:
        return frozenset()
    return frozenset([first[1]])


# rule `own-words-apart`: words a speaker says of itself ("our thoughts", "we will", "said his", "said it
# would"), read in a sentence's words
_OWN_VOICE = re.compile(
    r" (?:we|our|us|i|my) | (?:said|says|added|told) (?:\w+ )?(?:his|her|its|their|he|she|it|they) "
)


def own_words_apart(fa: Facts, fb: Facts) -> bool:
    """Rule `own-words-apart` (session 54): two people each said it, one of them of itself ('"Our thoughts
    and prayers go out to the families of the victims," Governor Whitcombe said.' / "Police Chief Brook said
    his thoughts and prayers go out to ..."; '"We will continue to cooperate fully ...," Harwick Foods said'
    / "Brook Foods said it would continue to cooperate fully ..."): the same words from two speakers, each
    sentence naming its own and none the other's, are two statements, not one fact two outlets confirm.
    A sentence that names no speaker (a post quoted bare), or two that open on one participant (an acronym
    and the long form the story spells it out as: `Facts.lead`), tell nothing apart."""
    if not (_OWN_VOICE.search(fa.words) or _OWN_VOICE.search(fb.words)):
        return False
    if fa.lead is not None and fa.lead == fb.lead:  # "The FBI said it ..." / "The Federal Bureau ... said it"
        return False
    sa, sb = _speakers(fa) or fa.said_by, _speakers(fb) or fb.said_by
    # ... none naming the other's anywhere ('"We will ...," Acme spokeswoman Jo Roe said' / "Acme said it
    # will ...": the spokeswoman speaks for Acme, one statement: review54)
    return bool(sa) and bool(sb) and sa.isdisjoint(fb.names) and sb.isdisjoint(fa.names)


def reported_run(quotes: Sequence[tuple[str, ...]], other: Facts, own: str) -> int:
    """Rule `quote-reported`: the longest run of `QUOTE_LONG` words or more, no name alone (`_statement_run`),
    of one of `quotes` (of a sentence a quotation opens and closes in: one left open may run on into
    who said it) that the `other` sentence (no quotation closed in it) writes in no quotation marks: '"This
    study is really a wake-up call to the medical community that ..."' / "They believe their work is a
    wake-up call to the medical community, ..." report one statement. `own`: the quoting sentence's words;
    a run denied just before it in one of the two only, or a title, is set aside as `quoted_in` sets it
    aside."""
    best = 0
    words = other.words
    for q in quotes:
        start = 0
        while start + max(best, QUOTE_LONG - 1) < len(q):
            n = max(best, QUOTE_LONG - 1) + 1  # the shortest run that would beat the best one
            if " " + " ".join(q[start : start + n]) + " " not in words:
                start += 1
                continue
            while start + n < len(q) and " " + " ".join(q[start : start + n + 1]) + " " in words:
                n += 1
            run = " " + " ".join(q[start : start + n]) + " "
            if _statement_run(q[start : start + n]) and not (
                _marked(other, run)
                or _denial_apart(own, quotes, words, other.quotes, run)
                or _titled(own, run)
                or _named_as(own, run)
                or _named_as(words, run)
            ):
                best = n
            start += 1
    return best


def quote_run(
    qa: Sequence[tuple[str, ...]], qb: Sequence[tuple[str, ...]], wa: str = "", wb: str = ""
) -> int:
    """The longest run of words that a quotation of one sentence shares with one of the other, counted
    only when it is `QUOTE_LONG` words or more than half the shorter quotation: two long quotations
    sharing "water on the ground" or "seeing an increase in" are two statements, not one quotation.
    `wa`, `wb`: the two sentences' words, for rule `quote-denied`."""
    return _quote_runs(qa, qb, wa, wb)[0]


def _quote_runs(
    qa: Sequence[tuple[str, ...]], qb: Sequence[tuple[str, ...]], wa: str = "", wb: str = ""
) -> tuple[int, str]:
    """(`quote_run`, the rule that set aside a run long enough, or ""): rules `quote-subjects`,
    `quote-denied` (`_denied_before`; `wa`, `wb`: the sentences' words) and `thin-run` (`_thin_run`)."""
    best, aside = 0, ""
    for p in qa:
        for q in qb:
            run, end_p, end_q = _longest_run(p, q)
            if run >= QUOTE_LONG or 2 * run > min(len(p), len(q)):
                words = " " + " ".join(p[end_p - run : end_p]) + " "
                if _quoted_subjects(p, end_p - run, q, end_q - run):
                    why = QUOTE_SUBJECTS
                elif wa and _denial_apart(wa, qa, wb, qb, words):
                    why = QUOTE_DENIED
                elif run < QUOTE_LONG and _thin_run(words, qa, qb):
                    why = THIN_RUN
                elif wa and (_named_as(wa, words) or _named_as(wb, words)):
                    why = TITLE_WORDS
                elif _object_run(p, end_p - run, q, end_q - run, run):
                    why = OBJECT_RUN
                else:
                    best = max(best, run)
                    continue
                if run >= QUOTE_RUN:  # a run that would have made one quotation
                    aside = aside or why
    return best, aside


THIN_WORDS = 2  # a shared quoted run with fewer words that are no stop words is thin ("this is a fight")


def _thin_run(run: str, qa: Sequence[tuple[str, ...]], qb: Sequence[tuple[str, ...]]) -> bool:
    """Rule `thin-run`: a shared quoted run with fewer than `THIN_WORDS` words that are no stop words (nor
    numbers), when the sentence that quotes fewer such words has no more than half of them in the other's
    quotations: '" this is a race worth running "' / '" ... this is a race for the future of our city "' are
    two statements (a thin run was a false citation on Multi-News+ dev); not '" after reading every report I
    am sure the verdict is being respected "' / '" After reading every report, " ... " I am certain the
    verdict is being respected "' (three of four quoted words alike), nor '" you would call 9-1-1 for "' /
    '" you would call 911 for "' (its one word alike)."""
    if sum(map(_quoted_word, run.split())) >= THIN_WORDS:
        return False
    ca = {w for q in qa for w in q if _quoted_word(w)}
    cb = {w for q in qb for w in q if _quoted_word(w)}
    fewer = min(len(ca), len(cb))
    return fewer > 0 and 2 * len(ca & cb) <= fewer


def _quoted_word(w: str) -> bool:
    return w[:1].isalpha() and w not in STOP_WORDS


_PERSONAL = _wordset("i you he she we they it")
_THIRD = _wordset("he she they it")  # a pronoun that may stand for a noun


def _quoted_subjects(p: tuple[str, ...], i: int, q: tuple[str, ...], j: int) -> bool:
    """Rule `quote-subjects`: the run two quotations share (`p[i:]`, `q[j:]`) opens on an auxiliary or its
    denial ("didn't") after two different subjects inside the quotations, each a
    personal pronoun or a word that is no stop word: "I didn't want to believe it or hear it." / "People
    didn't want to believe it.": two statements of one phrase, not one quotation."""
    if i == 0 or j == 0 or p[i - 1] == q[j - 1]:
        return False
    x, y = p[i - 1], q[j - 1]
    if p[i].removesuffix("n't").removesuffix("n’t") not in _AUXILIARIES:
        return _pronoun_and_noun(x, y) and p[i] not in STOP_WORDS
    if (x in _THIRD) != (y in _THIRD) and (x in _PERSONAL) != (y in _PERSONAL):
        return False  # "it" may be the other's noun: '"... have (Roseanne) be a"' / '"... have it be a"'
    return _subject_word(x) and _subject_word(y)


_SPEAKING = _wordset("i we you they")  # a pronoun subject a verb follows right after


def _pronoun_and_noun(x: str, y: str) -> bool:
    """Rule `quote-subjects-verb` (session 35): the run opens on a word no stop word (a verb) after "I",
    "we", "you" or "they" in one quotation and after a noun in the other (" I support the death penalty " /
    " ... the citizens of Texas support the death penalty "): two subjects, so not shown to be one quote
    (a pronoun may stand for the noun, "They want to go home" / "The refugees want to go home": those lose
    the quote link too, the cautious side; review35 S8)."""
    if (x in _SPEAKING) == (y in _SPEAKING):
        return False
    noun = y if x in _SPEAKING else x
    return noun not in _PERSONAL and _subject_word(noun)


def _subject_word(w: str) -> bool:
    return w in _PERSONAL or not (w in STOP_WORDS or w[:1].isdigit() or w.endswith("ly"))


QUOTED_BLOCK = 2  # words in a row: a shorter stretch two texts share (a lone "the", "and") is no common run


def quoted_share(qa: Sequence[tuple[str, ...]], words: str) -> float:
    """The share of the words of quotations `qa` that another text (`words`: `Facts.words`, " a b ")
    holds in runs of `QUOTED_BLOCK` words or more (a one-word quotation whole), in order ("traveled" for
    "travelled" breaks a run, not the quotation); 1.0 when `qa` quotes nothing. Rule `quote-part`
    (`cite.supports`) reads it."""
    total = sum(map(len, qa))
    if not total:
        return 1.0
    other = words.split()
    held = 0
    for p in qa:
        blocks = SequenceMatcher(None, p, other, autojunk=False).get_matching_blocks()
        held += sum(b.size for b in blocks if b.size >= min(QUOTED_BLOCK, len(p)))  # or a one-word quotation
    return held / total


def _longest_run(p: tuple[str, ...], q: tuple[str, ...]) -> tuple[int, int, int]:
    """The longest run of words `p` and `q` share: (its length, where it ends in `p`, where in `q`)."""
    best, end_p, end_q = 0, 0, 0
    prev = [0] * (len(q) + 1)
    for i, x in enumerate(p, 1):
        cur = [0] * (len(q) + 1)
        for k, y in enumerate(q, 1):
            if x == y:
                cur[k] = prev[k - 1] + 1
                if cur[k] > best:
                    best, end_p, end_q = cur[k], i, k
        prev = cur
    return best, end_p, end_q


def bridged(fa: Facts, fb: Facts) -> tuple[Facts, tuple[str, ...]] | None:
    """Sentence `fb` with each concept that an equivalence (`equivalents`) joins to a concept only `fa`
    has written as `fa`'s ("has killed an estimated 37,000 people" / "Nearly 37,000 people have died":
    kill is dead), when the two name one participant or give one number alike and neither states the
    other's word already; with the pairs bridged ("kill=dead"), or None when there is nothing to bridge.
    The rules then judge the bridged pair as any other (`rules.decide_bridged`)."""
    eq = equivalents()
    only_b = [c for c in fb.concepts - fa.concepts if c in eq]
    if not only_b:
        return None
    only_a = sorted(c for c in fa.concepts - fb.concepts if c in eq)
    swap = {c: d for c in only_b for d in only_a[::-1] if eq[d] == eq[c]}
    if not swap:
        return None
    both = fa.concepts & fb.concepts
    if not any(c[:2] in ("E:", "N:") for c in both):
        return None

    def put(cs: frozenset[str]) -> frozenset[str]:
        return frozenset(swap.get(c, c) for c in cs)

    def spots(ss: tuple[tuple[int, str, int, int], ...]) -> tuple[tuple[int, str, int, int], ...]:
        return tuple((t, swap.get(c, c), s, e) for t, c, s, e in ss)

    clauses = tuple(replace(x, concepts=put(x.concepts), spots=spots(x.spots)) for x in fb.clauses)
    standing, stated = standing_of(fb)  # read from the spots as written, not those bridged
    g = replace(
        fb,
        clauses=clauses,
        concepts=put(fb.concepts),
        background=put(fb.background),
        spots=spots(fb.spots),
        standing=standing,
        stated=stated,
    )
    return g, tuple(sorted(f"{d}={c}" for c, d in swap.items()))


def compare_bridged(fa: Facts, fb: Facts, weight: dict[str, float], df) -> Pair | None:
    """The pair compared again with its equivalent words bridged (`bridged`), or None."""
    got = bridged(fa, fb)
    return None if got is None else replace(compare(fa, got[0], weight, df), bridged=got[1])
