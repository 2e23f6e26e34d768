"""Link typing: an ordered table of small named rules over a pair's evidence (`pairs.Pair`).

The first rule whose test holds decides the pair's link kind ("quote", "fact", "conflict",
"related", or none); its name goes into the link's evidence (`rule:<name>`), so the JSON says why.
Prefer no link to a false one: a citation may only rest on "quote" and "fact", so every rule before
`same-fact` removes a reason to believe the two sentences state the same thing (a clash of numbers,
years, negation, people), and `same-fact` asks the scorer.

`fact_score` is a logistic model over interpretable features of the pair (`features`); its weights
ship as JSON (`weights.json`), read with plain Python. `scripts/train_align.py` fits them on weak
pairs mined from the Multi-News *training* stories (`scripts/mine_align_pairs.py`: sentences of two
documents that match one reference-summary sentence, against those that match different ones), over
features that read lower-cased text as they read cased text (the training text is lower-cased), and
sets the threshold on the labelled alignment files (six at its last setting), checked leave-one-file-out
(`scripts/align_lofo.py`), so the weights never saw a labelled pair.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import NamedTuple

from .pairs import OBJECT_RUN, QUOTE_DENIED, QUOTE_LONG, QUOTE_RUN, THIN_RUN, TITLE_WORDS, Pair

CONFLICT_COVER = 0.35
MISSING = 3  # participants each matched clause names that the other sentence never does: two claims
STATED = 0.5  # one sentence must state at least this share of the other for the two to be one fact
MIN_SHARED_FACT = 3  # words, participants and numbers two sentences share before they can be one fact
WITHIN = 0.7  # share of the shorter sentence the other states, for `stated-within`
WITHIN_CLAUSE = 0.6  # ... and the share of each matched clause the two share
RELATED_COVER = 0.3  # both clauses share at least this much of their weight: same topic
# `same-fact`: a paraphrase is one fact only when each sentence states most of the other (this share of
# its weight, `Pair.sent_a` / `sent_b`) or the scorer is all but sure. Set on the six files before
# frozen5 (same-fact 85 of 98 right -> 41 of 41), confirmed on frozen5 and frozen6 (19 of 26 -> 10 of 10)
MUTUAL = 0.55
SURE = 0.95
# `stated-in-main`: a paraphrase the scorer takes for one fact, one sentence's main words (side stretches,
# attribution, numbers and years aside) stated this much (by IDF) in the main words of the other
MAIN_STATED = 0.75
SAME_NUMBERS = 2  # values both matched clauses give alike (`Pair.same_numbers`) that make one claim
# `same-claim`: two clauses with one predicate whose arguments agree (`claims.match`), the lighter
# claim's arguments stated this much (by IDF) by the other's
CLAIM_STATED = 0.3
# `months-differ`: two sentences the scorer takes for much alike (this score, below the fact threshold),
# sharing `MONTH_CONTEXT` words or participants, that date one event to two months
MONTH_SCORE = 0.6
MONTH_CONTEXT = 5
START_CONTEXT = 3  # `start-years-differ`: words or participants two sentences share besides their years


class Score(NamedTuple):
    """What the rules read of the fact scorer's score (`f` in the rules below)."""

    fact: bool  # it reaches the weights' threshold
    sure: bool  # it reaches `SURE`
    likely: bool = False  # it reaches `MONTH_SCORE`


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str | None  # the link kind when `test` holds (None: no link at all)
    test: Callable[[Pair, Score], bool]  # (evidence, the scorer's verdict) -> fires


@lru_cache(maxsize=1)
def _weights() -> dict:
    text = resources.files("newsbrief.align").joinpath("weights.json").read_text(encoding="utf-8")
    return json.loads(text)


def features(p: Pair) -> dict[str, float]:
    """The features a scorer may use, by name; `weights.json` names the ones it weighs. `shared` and
    `rare_all` count participants with words, so they read lower-cased text (the training stories)
    as they read cased text; `names`, `missing`, `rare_names` and `lead_clash` need capitals."""
    lo, hi = sorted((p.cover_a, p.cover_b))
    return {
        "cover_min": lo,
        "cover_max": hi,
        "sentence_min": min(p.sent_a, p.sent_b),
        "content": min(p.content, 4) / 4,
        "names": min(p.names, 3) / 3,
        "missing": min(p.missing, 3) / 3,
        "numbers_agree": min(p.numbers_agree, 2) / 2,
        "numbers_unmatched": min(p.unmatched, 2) / 2,
        "negation_clash": float(p.negation_clash),
        "hedge_clash": float(p.hedge_clash),
        "quote_only": float(p.quote_only),
        "length_ratio": p.length_ratio,
        "sentence_max": max(p.sent_a, p.sent_b),
        "rare": min(p.rare, 3) / 3,
        "rare_names": min(p.rare_names, 2) / 2,
        "context": min(p.context, 8) / 8,
        "dates": min(p.dates, 1),
        "same_words": float(p.same_words),
        "point": float(p.point is not None),
        "lead_clash": float(p.lead_clash),
        "shared": min(p.content + p.names, 6) / 6,
        "rare_all": min(p.rare + p.rare_names, 3) / 3,
    }


def fact_score(p: Pair, weights: dict | None = None) -> float:
    """Probability-like score that the pair states the same claim."""
    w = weights or _weights()
    f = features(p)
    coef = w["coef"]
    z = w["bias"] + math.fsum(map(mul, coef.values(), map(f.__getitem__, coef)))  # exact: any order
    return 1.0 / (1.0 + math.exp(-z))


def fact_threshold(weights: dict | None = None) -> float:
    return float((weights or _weights())["threshold"])


def _conflict_context(p: Pair, f: Score) -> bool:
    """The same counted thing in the same setting: the two sentences share three words or participants
    besides the numbers (two, when the matched clauses share `CONFLICT_COVER` of their weight), the
    matched clauses do not each name two participants the other sentence never does, and neither
    dates its count with a year the other does not give ("21 cases in 2015" / "32 cases so far"), nor
    with another month or day of a month (`Pair.month_clash`, `Pair.day_clash`: "5.1 percent in May" /
    "5.3 percent in April", two months' figures: rule `other-dated`); the two numbers' own
    neighbourhoods are not two slots (`Pair.two_events`: "arrest of four students" / "wounding six
    students": two slots), and the two date a running count alike
    ("17 states through July" / "32 states as of November 13": two counts), and give no two different
    clock times (a storm's position "at 10 p.m." / "at 4 p.m.": two moments), and the words around the
    two values say alike what they are (`Pair.marks_differ`): not a forecast beside a result ("15
    million people will vote, a turnout of 39 percent" / "40 percent ... voted"), a part of a group
    beside a whole ("including 5,000 troops" / "a total of 12,000 troops"), or a rate a change reached
    beside another ("hiked to 50 percent" / "interest rates of 40 percent"); and neither is the price of
    a count the other does not give alike (`Pair.priced_apart`: "$100 for 30 minutes with two
    prostitutes" / "$80 for a 30-minute session": the price for two and the price for one)."""
    close = (
        p.context >= 3
        or (p.context >= 2 and min(p.cover_a, p.cover_b) >= CONFLICT_COVER)
        # rule `toll-close`: a death toll is the slot a story of deaths turns on; two tolls need one word
        # or name shared besides them ("10,000" / "20,000 ... killed in the crackdown")
        or (p.clash is not None and p.clash[0].unit == "dead" and p.context >= 1)
        # rule `rare-noun`: a counted noun few of the story's sentences use is the slot itself; two
        # counts of it need two words or names shared besides ("At least 27 aftershocks were also recorded,
        # the strongest of which ..." / "there were thirteen aftershocks after ..., the strongest of which")
        or (p.rare_count and p.context >= 2)
    )
    return (
        p.clash is not None
        and not p.year_clash
        and not p.year_alone
        # rule `ago-alone`: "when 11,600 inmates were refusing meals" two years ago / "30,000 inmates refused
        # their meal Monday": one count dated back from the day it was told, the other not: two moments
        and not p.ago_alone
        # rule `other-dated`: a count dated to another month or day is another slot (session 24 review S4)
        and p.month_clash is None
        and not p.day_clash
        and close
        # rule `measured-apart`: each measures what it counts, apart ("Another 60kg specimen ... 1,600
        # ounces" / "The largest specimen, weighing 95kg, ... 2,400 ounces"): two things, two counts
        and not p.measure_clash
        and p.missing < 2
        and not p.two_events
        and not p.scope_clash
        and not p.time_clash
        and not p.marks_differ
        and not p.priced_apart
        # rule `which-apart`: "the first body ... 2 miles" / "the second body ... 4 miles": two things
        and not p.which_apart
        # rule `of-apart`: "50 kilograms of cocaine" / "80 kilograms of heroin": two things, two counts
        and not p.of_apart
    )


def clashes(p: Pair) -> bool:
    """The one check every rule that cites (`fact`) makes: the pair states two facts, not one, by two
    values of one counted thing (or no value alike), another year, month, day of a month or clock time, a
    negation on one side only, participants each side names and the other never does (`MISSING`), two
    claims that one predicate and one subject make different (`guards.claims_differ`: another voice,
    object, place, two doers in two voices, who did it and to whom swapped; when a claim of each is one
    claim in two voices, `Pair.claim`, what each says beyond it: `guards.voice_objects_differ`), or one
    text with a name, modal, opposite or number put for another (`guards.substituted`), or two fillers of
    one slot that are two facts (`guards.slot_differs`: another person, name, thing, a stance against,
    another number or an opposite, someone else: "kim's aide said" / "kim said", another sayer and doer:
    "a lawyer for X said the state would" / "X said she would"), or one value each says of its own named
    thing (`guards.values_of_others`: "the Nasdaq slid 3.1 %" / "the Dow lost ..., or 3.1 %"), or two values
    each of the other's participant (`pairs.values_swapped`: "Hadley got 12 years, Vance 5" / "Vance got
    12 years, Hadley 5"). Rules
    further up the table catch most of these with some shared words as `related`; this is what a citation
    never passes."""
    return (
        p.clash is not None
        or p.value_clash
        or p.year_clash
        or p.day_clash
        or p.day_since
        or p.quoted_apart
        or p.month_clash is not None
        or p.time_clash
        or (p.negation_clash and not p.same_words)  # a run word for word is read for denials word for word
        or p.missing >= MISSING
        or p.claims_differ
        or p.substituted
        or bool(p.slot)
        or p.aside_denied
        or p.counts_apart  # rule `counts-apart`: "Nine police officers" / "Eight people" were injured
        or p.values_apart  # rule `values-of-others`: "the Nasdaq slid 3.1 %" / "the Dow lost ..., or 3.1 %"
        or p.values_swapped  # rule `values-swapped`: "Hadley got 12, Vance 5" / "Vance got 12, Hadley 5"
        or p.tally_clash  # rule `vote-tally`: "voted 7-2" / "by a vote of 6-3": two tallies, no one fact
        or bool(p.apart)  # `value_moved`, `facts_apart.RULES`: detained and released, oil vs gold ...
    )


def _months_differ(p: Pair, f: Score) -> bool:
    """Rule `months-differ`: one event dated to two months ("wrote a long emotional letter to Patriarch
    Kirill in May 2012" / "in April wrote a lengthy emotional letter to ... Patriarch Kirill"): each
    sentence names a month with no day, none the same (`Pair.month_conflict`), one of them with its year
    (`_month_with_year`), no word says the event recurs (`Pair.repeat`: "met again", "a second plan"), the
    scorer takes them for much alike (`MONTH_SCORE`) with `MONTH_CONTEXT` words or participants shared,
    and nothing else says two events: no count, year, negation or person apart. Cased text only (a month
    is a capitalised word). Two bare months ("raised its main interest rate ... in March" / "... in
    June") are as often a recurring event told twice: rule `other-month`."""
    return (
        p.month_conflict is not None
        and _month_with_year(p.month_conflict)
        and not p.repeat
        and f.likely
        and p.context >= MONTH_CONTEXT
        and p.clash is None
        and not p.value_clash
        and not p.year_clash
        and not p.negation_clash
        and not p.lead_clash
        and p.missing < 2
    )


def _start_years_differ(p: Pair, f: Score) -> bool:
    """Rule `start-years-differ`: the start of one state dated to two years (`Pair.start_conflict`:
    "Vanderbilt began referring to the hall as Memorial Hall in 2005" / "The university has referred to
    the hall as "Memorial Hall" since 2002"), the two sharing `START_CONTEXT` words or participants, no
    negation on one side, no other person."""
    return (
        p.start_conflict is not None
        and p.context >= START_CONTEXT
        and not p.negation_clash
        and not p.lead_clash
        and p.missing < 2
    )


def _born_names_differ(p: Pair, f: Score) -> bool:
    """Rule `born-names-differ`: one birth name written two ways (`Pair.born_conflict`), the two sharing
    `START_CONTEXT` words or participants, no negation on one side, no other person."""
    return (
        p.born_conflict is not None
        and p.context >= START_CONTEXT
        and not p.negation_clash
        and not p.lead_clash
        and not p.age_clash  # "Tallis, 41, born ..." / "Tallis, 19, born ...": two people
        and p.missing < 2
    )


def _vague_differs(p: Pair, f: Score) -> bool:
    """Rule `vague-differs`: a vague word and a number in digits of one event far above it
    (`Pair.vague_conflict`: "dozens had been wounded" / "200 were wounded"), the two sharing three words
    or participants, one participant among them (the setting: a name a sentence opens on may go unread,
    "Eastbrook officials said 200 ..."), and nothing that tells two settings or two claims: no other year,
    month, day of a month or clock time, no negation or hedge on one side ("dozens may have been hurt"),
    no other person."""
    return (
        p.vague_conflict is not None
        and p.context >= 3
        and p.both_names >= 1
        and not p.year_clash
        and not p.year_alone
        and p.month_clash is None
        and not p.day_clash
        and not p.time_clash
        and not p.negation_clash
        and not p.hedge_clash
        and not p.lead_clash
        and p.missing < 2
    )


def _measure_slot(p: Pair) -> bool:
    """Rule `measure-slot`: one measure's slot read alike around two values (`Pair.measure_conflict`) in a
    pair that shares two words, no other year, day, time or month, not two things told apart."""
    return (
        p.measure_conflict is not None
        and p.context >= 2
        and not (p.year_clash or p.day_clash or p.time_clash or p.month_clash is not None)
        and p.missing < 2
        and not p.which_apart
    )


def _month_with_year(months: tuple[str, str]) -> bool:
    """A year is written with at least one of the two months ("May 2012" / "April"): a dated event, not
    one that recurs each month or year."""
    return any(" " in m for m in months)


def _stated_within(p: Pair, f: Score) -> bool:
    """A short sentence the other states almost whole, in one clause, with a checkable anchor: "the
    first walkout on the network in eleven years" inside "..., the first such stoppage since 2013"."""
    anchors = p.dates + p.numbers_agree + p.names
    return (
        max(p.sent_a, p.sent_b) >= WITHIN
        and min(p.cover_a, p.cover_b) >= WITHIN_CLAUSE
        and anchors >= 1
        and p.content >= 2
    )


def _quote_other_age(p: Pair) -> bool:
    """Rule `quote-other-age`: the same quoted words (in double or single marks) in two sentences that give
    their person two ages, none alike, and no one person two ages (`ages-differ`, a conflict)."""
    return p.age_clash and p.age_conflict is None and max(p.quote_run, p.single_run) >= QUOTE_RUN


def _same_claim(p: Pair, f: Score) -> bool:
    """One clause of each sentence makes one claim: the same predicate (or two words of one event), its
    arguments agreeing (a participant or number shared, no other weekday, value or participant), the
    rest of the longer sentence saying more ("Cary Joseph Heath was arrested at Permenter Middle" in
    "police said ... Heath was arrested on a capital murder charge at Permenter Middle School in Cedar
    Hill, where he is employed as a teacher"); past every clash the table checks before it, and none of
    the clashes those rules read only with two content words shared (another year, day, time, a
    negation, participants missing: "arrested in Dallas in 1998" / "... in 2004 on a capital murder
    charge")."""
    return p.claim is not None and p.claim.stated >= CLAIM_STATED and not clashes(p)


# Quote rules read past every clash the table checks (`clashes`), and only where no fact rule cites (a
# quote link cites only the quoted words the other sentence holds: `cite.py`, rule `quote-part`): before
# `shared-point` for a pair the scorer takes for no fact, after the fact rules for one it does.
# 'saying they "speak for themselves."' / 'would let the tweets "speak for themselves."', each naming the
# spokesman: one short remark quoted alike, about one participant (`pairs.same_short_quote`);
# '"This study is really a wake-up call to the medical community that ..."' / "They believe their work is a
# wake-up call to the medical community": a long run of quoted words reported unquoted (`pairs.reported_run`);
# '"If you can lift a young player's confidence, you can alter their whole path in sport."' / '"If you can
# raise the confidence of a player at this young age, you can change their whole path in sport."': one
# statement quoted in two wordings (`pairs.quote_variant`)
LATE_QUOTES: tuple[tuple[str, Callable[[Pair], bool]], ...] = (
    ("same-short-quote", lambda p: p.same_short_quote and p.both_names >= 1),
    ("quote-reported", lambda p: p.reported_run >= QUOTE_LONG),
    ("quote-variant", lambda p: p.quote_variant),
)


def _late_quotes(fact: bool) -> tuple[Rule, ...]:
    """`LATE_QUOTES` as rules for the pairs whose fact score reaches the threshold (`fact`) or not."""
    return tuple(
        Rule(name, "quote", lambda p, f, test=test: f.fact == fact and test(p) and not clashes(p))
        for name, test in LATE_QUOTES
    )


RULES: tuple[Rule, ...] = (
    # "The 22-year-old man ... threatened to "kill all white people"" / "Scott, a 23-year-old, once threatened
    # to "kill all white people"": one quotation, but each gives its person another age, so neither states
    # the other (one age each, none alike: `Pair.age_clash`); two ages of one named person stay a conflict
    Rule("quote-other-age", "related", lambda p, f: _quote_other_age(p)),
    Rule("same-quotation", "quote", lambda p, f: p.quote_run >= QUOTE_RUN),
    # "'It was not a real gun." / '"It was not a real gun, it was just a stupid joke," said the
    # spokesperson.': the same quoted words, one side in single marks (British style)
    Rule("single-quotation", "quote", lambda p, f: p.single_run >= QUOTE_RUN),
    # two outlets' "no reply" about two parties; a clash of counts is still a conflict (next rules)
    Rule("no-comment", "related", lambda p, f: p.no_comment and p.clash is None),
    Rule("other-participant", "related", lambda p, f: p.lead_clash),  # two people: two slots, no conflict
    # "killed 5 others" / "17 killed", "another 12 were hurt" / "17 people were hurt": a part and a
    # total, so neither one fact nor a conflict (the numbers say nothing against each other)
    Rule("part-of-count", "related", lambda p, f: p.part_of_count),
    # "Nearly simultaneous bombings at two embassies killed 258 people" / "The blast at the embassy in
    # Nairobi killed 247 people": the higher count totals several events, the lower is one of them
    # (`pairs.events_total`), so neither one fact nor a conflict
    Rule("events-total", "related", lambda p, f: p.events_total),
    # "more than 280 dead" in the Dominican Republic / "bringing the town's death toll to 102": a wider
    # place's count and one town's (`pairs.town_in_wider`)
    Rule("town-in-wider", "related", lambda p, f: p.town_in_wider),
    # "32 people ... had died thus far" / "raising the death toll ... to at least 74": a running count
    # told at two moments, an update, not a conflict (`pairs.running_count`)
    Rule("running-count", "related", lambda p, f: p.running and _conflict_context(p, f)),
    # a story that lost its letter case: a conflict only when a reader can see that the two counts fill
    # one slot (`pairs.caseless_slot`): no part word ("ram singh and two accused" / "six accused") and
    # one verb beside both ("have arrested 31 people" / "have arrested 33 people")
    Rule("caseless-part", "related", lambda p, f: p.loose_slot == "part" and _conflict_context(p, f)),
    Rule("caseless-verb", "related", lambda p, f: p.loose_slot == "verb" and _conflict_context(p, f)),
    # "arrested seven or eight protesters" in honolulu / "about 20" in atlanta: places apart, two slots
    Rule("caseless-place", "related", lambda p, f: p.loose_slot == "place" and _conflict_context(p, f)),
    # "the latest strike ... killed seven alleged militants" / "at least 20 ... killed since july 28"
    Rule("caseless-rank", "related", lambda p, f: p.loose_slot == "rank" and _conflict_context(p, f)),
    # "Police said Lund lives 20 miles north of Harwick" / "... Brook lives 30 miles north of Harwick": each
    # value written just after a name the other sentence never names (`pairs.named_apart`): two people, each
    # its own value, no conflict (a one-word name is no `lead`, so `other-participant` misses it)
    Rule(
        "named-apart", "related", lambda p, f: p.named_apart and (_conflict_context(p, f) or _measure_slot(p))
    ),
    Rule("numbers-differ", "conflict", _conflict_context),
    # "Dr. Barnett A. Slepian, 52," / "Slepian, 51,": one person, two ages (`pairs.age_conflict`)
    Rule("ages-differ", "conflict", lambda p, f: p.age_conflict is not None),
    Rule("months-differ", "conflict", _months_differ),
    Rule("start-years-differ", "conflict", lambda p, f: _start_years_differ(p, f)),
    # "Born Betty Jane Perske in The Bronx" / "Bacall, born Betty Joan Perske in The Bronx": one person's
    # birth name two ways (`pairs.born_apart`), the two sharing `START_CONTEXT` words or participants
    Rule("born-names-differ", "conflict", lambda p, f: _born_names_differ(p, f)),
    # "dozens had been wounded" / "200 were wounded": one event's count as a vague word and as a number
    # far above it (`pairs.vague_clash`)
    Rule("vague-differs", "conflict", _vague_differs),
    # "The storm was located about 200 miles east of Miami" / "... 150 miles east", "The fire has burned
    # 10,000 acres" / "25,000 acres": a running figure told at two moments (`pairs.running_measure`)
    Rule("running-measure", "related", lambda p, f: p.running_measure and _measure_slot(p)),
    # "within 3.7 million miles of the Sun" / "within just 3.9 million miles of the sun": one measure's slot,
    # read alike around both values (`pairs.measure_slot`), two values, in a pair that shares two words
    Rule("measure-slot", "conflict", lambda p, f: _measure_slot(p)),
    Rule("other-age", "related", lambda p, f: p.age_clash),  # "Huggins, 17," / "Huggins, 19,": two people
    Rule("other-measure", "related", lambda p, f: p.measure_clash),  # "eight times" / "seven times closer"
    # "12 miles" / "12 kilometres", "5 feet long" / "2 metres long": one measure in two units, apart once
    # converted (`pairs.units_apart`): two measures, so no fact, and no conflict either
    Rule("units-apart", "related", lambda p, f: p.units_apart and p.content >= 2),
    # "Seventeen others died" / "Thirty other people died": two values of one count of others
    Rule("other-parts", "related", lambda p, f: p.parts_differ),
    # "Hadley got 12 years, Vance 5" / "Vance got 12 years, Hadley 5": who has which value told two ways
    # (`pairs.values_swapped`), no one fact, and no passage on the point to offer as "see also" either
    # (two participants both name, or in lower-cased text two words: `values_swapped` asks them itself)
    Rule("values-swapped", "related", lambda p, f: p.values_swapped),
    # "Elian was found clinging to an inner tube" / "Elian has been at the center of a custody battle
    # since fishermen found him lashed to an inner tube": shared only on the side of one sentence
    Rule(
        "side-only", "related", lambda p, f: p.side_only and (f.fact or p.same_words or _stated_within(p, f))
    ),
    # "Dana Whitcombe was told to leave the Harwick film set in 2003, Jon Tallis said." / "Jon Tallis was told
    # to leave the Harwick film set in 2003.": the same words said of two people (`pairs.run_subjects_differ`)
    Rule("run-subjects", "related", lambda p, f: p.run_subjects),
    # "I didn't want to believe it or hear it." / '"People didn't want to believe it.': two statements
    Rule("quote-subjects", "related", lambda p, f: p.quoted_apart),
    # '"The network treated the debate in bad faith," Jon Tallis wrote in a letter to the board.' / '"Its
    # moderators set out to embarrass us," Jon Tallis wrote in a letter to the board.': two quotations that
    # share nothing, their sentences alike only in who said them (`pairs.attribution_only`)
    # (only pairs a fact rule could have cited, as `side-only`: no link added to sentences that share little)
    Rule(
        "attribution-only",
        "related",
        lambda p, f: p.attribution_only and (f.fact or p.same_words or _stated_within(p, f)),
    ),
    # 'found the march was not a lawful "threat to public safety"' / '"The march is a threat to public
    # safety."': one phrase, denied just before it in one sentence only (`pairs._denied_before`)
    Rule("quote-denied", "related", lambda p, f: p.quote_aside == QUOTE_DENIED),
    # '" this is a race worth running "' / '" ... this is a race for the future of our city "': a shared run
    # of one word that is no stop word, the quotations otherwise apart (`pairs._thin_run`)
    Rule("thin-run", "related", lambda p, f: p.quote_aside == THIN_RUN),
    # 'her hit " dancing on the pier "' / "the director of dancing on the pier": a title the other names
    # unquoted (`pairs._titled`)
    Rule("title-words", "related", lambda p, f: p.quote_aside == TITLE_WORDS),
    # '" ... to settle the legal questions in this dispute "' / '" ... to weigh the legal questions in this
    # dispute? "': a noun phrase two statements share (`pairs._object_run`)
    Rule("object-run", "related", lambda p, f: p.quote_aside == OBJECT_RUN),
    # "Police expected to charge a man on Monday who ..." / "Police on Monday charged a man who ...": a run
    # word for word around a plan in one and the act in the other is no fact: `not-yet` decides it below
    # (session 38 audit)
    # '"Our thoughts and prayers go out to the families of the victims," Governor Whitcombe said.' / "Police
    # Chief Brook said his thoughts and prayers go out to ...": one stock phrase, two speakers, each of
    # itself (`pairs.own_words_apart`): two statements, not one fact confirmed
    Rule("own-words-apart", "related", lambda p, f: p.same_words and p.own_words_apart),
    Rule(
        "same-words",
        "fact",
        lambda p, f: p.same_words and not clashes(p) and not p.not_yet,
    ),
    # 'said she had enjoyed a "fantastic life"' / '"I've had a fantastic life and ..."': one statement
    Rule("quoted-whole", "quote", lambda p, f: p.quoted_whole and not p.negation_clash and p.clash is None),
    # 'He said he was suffering "spiritual pain" ...' (he: the Kalashnikov of the sentence before) /
    # '"My spiritual pain is unbearable.': the same, its speaker a pronoun (`features.pronoun_speakers`)
    Rule(
        "quoted-whole-pronoun",
        "quote",
        lambda p, f: p.quoted_whole_pronoun and not p.negation_clash and p.clash is None,
    ),
    # "I can't believe this has happened" / "he can't believe it happened in Boston": someone's own
    # words sharing a few common ones with another's, naming no one both name, no word rare in the story
    Rule("first-person", "related", lambda p, f: p.first_person and p.rare == 0 and p.both_names == 0),
    Rule("counts-differ-loosely", "related", lambda p, f: p.clash is not None),
    # "The committee may vote as soon as Monday" / "The committee voted Monday": a plan, then the act
    Rule("not-yet", "related", lambda p, f: p.not_yet),
    Rule("other-year", "related", lambda p, f: p.year_clash and p.content >= 2),
    # "in an article posted Oct. 30" / "in an interview on Oct. 29": another day, another event
    Rule("other-day", "related", lambda p, f: p.day_clash and p.content >= 2),
    # "97 rockets fired from Gaza hit Israel on Friday" / "97 rockets ... had hit Israel since midweek"
    Rule("day-or-since", "related", lambda p, f: p.day_since and p.content >= 2),
    # "raised its main interest rate by a quarter point in March" / "... in June", "met again ... in
    # July": two months that `months-differ` does not read as one event dated twice (no year with either,
    # a word of recurrence, or not in the clauses matched): two events, or one that recurs, never one fact;
    # word for word but the month ("Unemployment ... fell to its lowest level in a decade in May" / "...
    # in April"), the same kind of event twice. Only pairs a fact rule could have cited (the scorer's
    # `MONTH_SCORE`, or the same words): a month apart adds no link to sentences that share little
    Rule("other-month", "related", lambda p, f: p.month_clash is not None and (f.likely or p.same_words)),
    # "an aftershock at 02:41 local time" / "an aftershock at 06:57 local time": another moment, another event
    Rule("other-time", "related", lambda p, f: p.time_clash and p.content >= 2),
    Rule("negation-differs", "related", lambda p, f: p.negation_clash and p.content >= 2),
    # two names more on each side is often one claim told in more detail ("the 1982 crackdown ... by
    # the government of Hafez al-Assad" / "... on a revolt by the banned Muslim Brotherhood against
    # then-president Hafez al-Assad"); three, two claims (pooled over the seven align files, two true
    # pairs stopped at two and none false)
    Rule("participant-missing", "related", lambda p, f: p.missing >= MISSING and p.content >= 2),
    Rule("other-action", "related", lambda p, f: p.action_clash),  # "charged" / "is suing": two events
    # "The cause of the fire remains unclear." / "The cause of the fire has not been determined.": one
    # thing said to be unknown, in two wordings (`pairs.unknown_alike`), past every clash above
    Rule("unknown-alike", "fact", lambda p, f: p.unknown_alike and not clashes(p)),
    # "with a dozen crew members and 216 passengers on board" / "carrying 12 crew members and 216
    # passengers": two values given alike in the matched clauses, past every clash above, are one claim
    # when a content word is shared too. Two participants named alike do not stand in for that word: "Ilsa
    # Brennan was fined $15,000 and Maria Okonjo $20,000" / "Maria Okonjo donated $20,000 while Ilsa Brennan
    # gave $15,000" are two events (session 42 tried it and took it back: +1 tuned pair, one false path)
    Rule(
        "same-numbers",
        "fact",
        lambda p, f: p.same_numbers >= SAME_NUMBERS and p.content >= 1 and not clashes(p),
    ),
    *_late_quotes(fact=False),
    Rule(
        "shared-point", "related", lambda p, f: p.point is not None and not f.fact and not _same_claim(p, f)
    ),
    Rule(
        "too-little-shared",
        None,
        lambda p, f: (p.content == 0 or p.content + p.names + p.numbers_agree < 2) and not _same_claim(p, f),
    ),
    # "nearly 400,000" / "more than 320,000" people: both may hold, but one fact needs one value
    Rule("other-value", "related", lambda p, f: p.value_clash),
    Rule("stated-within", "fact", lambda p, f: _stated_within(p, f) and not clashes(p)),
    # "Turkey long has accused Syria of sheltering Kurdish rebels, who have been fighting since 1984 for
    # more autonomy" / "Turkish Kurdish rebels fighting for autonomy ... wage cross-border raids": a
    # claim one sentence makes beside its own, or in an aside, is not what it states (`one-sided`)
    Rule(
        "same-fact",
        "fact",
        # session 37: never "That is the unwritten code of the open sea." / "The principle was to uphold
        # the unwritten code of the open sea.": what "that" is, said of nothing in the other
        # (`pointed-complement`)
        lambda p, f: (
            f.fact and (f.sure or min(p.sent_a, p.sent_b) >= MUTUAL) and not clashes(p) and not p.pointed
        ),
    ),
    # "The nine crew members were French." / "The Concorde was carrying 100 passengers ... and nine
    # French crew members": the shorter claim is what the longer one states, not an aside of it
    Rule("stated-in-main", "fact", lambda p, f: f.fact and p.main_stated >= MAIN_STATED and not clashes(p)),
    Rule("same-claim", "fact", lambda p, f: _same_claim(p, f) and p.claim.route in ("predicate", "group")),
    # "Smith was arrested on Monday" / "Police arrested Smith on Monday": one predicate in two voices, the
    # passive's subject the active's object (`claims.match`)
    Rule("claim-voice", "fact", lambda p, f: _same_claim(p, f) and p.claim.route == "voice"),
    # "37,000 people have died" / "the conflict has killed 37,000 people": two predicates the Multi-News
    # training stories write for one another (`data/predicates.txt`, `scripts/mine_predicates.py`)
    Rule("claim-learned", "fact", lambda p, f: _same_claim(p, f) and p.claim.route == "learned"),
    # "The Pentagon's official Twitter account then reposted the broadside" / "The Pentagon's official Twitter
    # account retweeted a tweet ...": two verbs of one group of `data/paraphrases.txt`, the two claims sharing
    # two participants, or one and a number or year (`claims.paraphrase_anchored`)
    Rule("claim-paraphrase", "fact", lambda p, f: _same_claim(p, f) and p.claim.route == "paraphrase"),
    # "The promotional photo session required the child, who had a small role in the film, to be seated
    # on Sizemore's lap" / "The roughly half-hour session required the young actress, who had a small role
    # in the production, to be seated on Sizemore's lap": a paraphrase the scorer takes for one fact that
    # each sentence states with one predicate (`claims.shared_predicate`), past every clash
    Rule("scored-claim", "fact", lambda p, f: f.fact and p.predicate is not None and not clashes(p)),
    *_late_quotes(fact=True),
    # the scorer's fact with who did it to whom swapped ("Jon Tallis sued Dana Whitcombe" / "Dana Whitcombe
    # sued Jon Tallis": `guards.roles_reversed`): two claims, related, and no passage on the point to offer
    # as "see also"
    Rule("roles-reversed", "related", lambda p, f: f.fact and p.roles_reversed),
    Rule("one-sided", "related", lambda p, f: f.fact),
    Rule(
        "trivial", "related", lambda p, f: p.content + p.names + p.numbers_agree + p.dates < MIN_SHARED_FACT
    ),
    Rule("partial", "related", lambda p, f: max(p.sent_a, p.sent_b) < STATED),
    Rule(
        "same-topic",
        "related",
        lambda p, f: p.content >= 2 and min(p.cover_a, p.cover_b) >= RELATED_COVER,
    ),
)


# rule `open-question`: a pair any rule of `RULES` cites (a link of a kind of `CITING`) is `related` instead
# when one sentence asks what the other states (`Pair.asked`: "It is unclear whether Jon Tallis paid the fine
# on Monday." / "Jon Tallis paid the fine on Monday."): an open question is no source for what it asks
CITING = ("quote", "fact")
OPEN_QUESTION = "open-question"
# rule `fragment-source` (session 34): a `fact` either of whose sentences is a piece cut from a sentence
# (`Pair.fragment`: "by the National Transportation Safety Board.") is `related` instead; a quote keeps its
# quoted words, whatever the splitter cut around them
FRAGMENT = "fragment-source"


def decide(p: Pair, weights: dict | None = None) -> tuple[str | None, str, float]:
    """(link kind or None, the rule that decided, fact score) for one pair (`weights`: the shipped
    ones unless given, as the training script does); a citation one sentence's open question would make is
    `related` (rule `open-question`), and so is a fact resting on a fragment (rule `fragment-source`)."""
    s = fact_score(p, weights)
    verdict = Score(s >= fact_threshold(weights), s >= SURE, s >= MONTH_SCORE)
    for rule in RULES:
        if rule.test(p, verdict):
            if rule.kind in CITING and p.asked:
                return "related", OPEN_QUESTION, s
            if rule.kind == "fact" and p.fragment:
                return "related", FRAGMENT, s
            return rule.kind, rule.name, s
    return None, "unrelated", s


def decide_bridged(
    p: Pair, bridge: Callable[[], Pair | None], weights: dict | None = None
) -> tuple[str | None, str, float, Pair]:
    """`decide` for a pair, and, only when that gives no quote, fact or conflict, for the same pair with
    its equivalent words bridged (`bridge()`: `pairs.bridged` compared again; None when there are none):
    a bridged pair counts only as a `fact`. Returns the kind, rule, score and the pair that decided."""
    kind, rule, s = decide(p, weights)
    if kind in (None, "related"):
        q = bridge()
        if q is not None:
            k, r, t = decide(q, weights)
            if k == "fact":
                return k, r, t, q
    return kind, rule, s, p
