"""The align stage: typed links between sentences of different documents that state the same thing.

`align(story) -> Alignment` runs after segment and before summarize, always (with or without the
analysis). Citations (`cite.py`) rest only on its `quote` and `fact` links; the agreement and conflict
lists (`analyze/agreement.py`) read the same links; a summarizer may read them to keep one sentence
per fact.

How (each step its own module):
1. `features.py`: each sentence as clauses of concepts (paraphrases folded, names, numbers, years
   counted back from the article date), with negation, hedging, quotations and page furniture.
2. `pairs.py`: candidate pairs by blocking on rare keys (never all pairs; one value with its counted
   noun is a key enough: rule `same-value`), then the evidence of each pair from its best-matching
   clauses; a sentence that names no one and opens on "he", "his" ... is about the person the sentence
   before opens on (`features.pronoun_owners`, rule `pronoun-owner`: "His bond was set at $200,000." after
   two people is two claims, rule `other-participant`; two of one surname with other given names too:
   rule `owner-given`; the same words after the same person are compared however many sentences write
   them of others: rule `owned-whole`; an acronym the story spells out, "The FBI said ..." / "The
   Federal Bureau of Investigation said ...", is one party: `aliases.py`, rule `story-alias`).
3. `rules.py`: an ordered table of named rules types each pair; `fact` needs a high score from a
   small logistic model over interpretable features (weights in `weights.json`, fitted on weak pairs
   from the Multi-News training stories, threshold set on the labelled tuning pairs), or a short
   sentence stated almost whole in one clause of the other with a shared date, number or name. A
   pair no rule cites is judged once more with the words of one event written alike
   (`data/equivalents.txt`, `pairs.bridged`: "has killed 37,000" / "37,000 have died"), only when the
   two name one participant or give one number alike, and only a `fact` counts (never a conflict).
4. `split.py`: a pair left `related` only because one sentence says more (rules `one-sided`, `partial`,
   `trivial`, `same-topic`), or that no rule decides (`unrelated`; together `RETRY`), is judged once more with
   each clause of one sentence in its place, a table of named split rules (", and", ", but", ";", ",
   who/which", ", saying/leaving ...", "after/while ..." and an opening "After ..., "; since session 56 also
   what a verb of saying or finding reports, "found that ...", "said on Monday that ...", rule `that-clause`,
   not after "not" or "denied"), never past a condition, question or modal in either sentence (`split.FRAMED`)
   nor where the whole sentences clash (`whole-clash`): a clause that states the other makes the pair a `fact`
   one way (`clause-one-way`: its `sentence:` share of the sentence cut is the whole sentence's, so `cite`
   lets only the cut sentence's outlet support the other), its span kept as evidence
   (`clause:<sa>-<ea>/<sb>-<eb>`, `split:<rule>`: "Seattle's tax does not apply to sugary drinks that list
   milk as their primary ingredient" / "It affects soda, ..., and other sugary beverages that don't list milk
   as their first ingredient", through the first clause of the second).

Link kinds (also in the JSON Schema):
* `quote`: both sentences carry the same quoted words (a run of at least four, and over half the
  shorter quotation unless six or more; a quotation may run over several sentences, and "’" is "'");
  also a report's short quotation (two or three words, two of them neither stop words nor names) held
  whole in a longer quotation of a sentence that names no one else, when the report names who said it
  ('Dickson Wright said she had enjoyed a "fantastic life"' / '"I've had a fantastic life and ..."':
  rule `quoted-whole`), the report's speaker a pronoun read as the person the sentence before names
  ('He said he was suffering "spiritual pain"' after "Mikhail Kalashnikov ... wrote a long emotional
  letter": rule `quoted-whole-pronoun`, `features.pronoun_speakers`); quotations in single marks, British
  style, count as well ("'It was not a real gun." / '"It was not a real gun, it was just a stupid joke,"':
  rule `single-quotation`, `features.single_quoted_spans`). Past every clash, and where no fact rule cites
  (`rules.LATE_QUOTES`): one three-word quotation whole alike in both, about a participant both name
  ('saying they "speak for themselves."' / 'would let the tweets "speak for themselves."': rule
  `same-short-quote`); a run of six words or more, four no stop words and one stop word no article (not a
  name alone: rule `name-run`), of a quotation that opens and closes in one sentence, written unquoted in
  the other ('"This study is really a wake-up call to the
  medical community that ..."' / "They believe their work is a wake-up call to the medical community":
  rule `quote-reported`); two quotations of six words or more, the shorter's words held in order by the
  other (six in ten, in runs of two or more, one of four), a few words worded apart ('"If you can lift a
  young player's confidence, you can alter their whole path in sport."' / '"If you can raise the
  confidence of a player at this young age, you can change their whole path in sport."': rule
  `quote-variant`); none of the three where the sentences give the words to two people (each names a
  speaker and none is the other's, or one's speaker the other never names while it names someone else:
  rule `quote-speakers-apart`, `pairs.speakers_apart`). A short quotation that is no clause and that
  the story writes in three sentences or more, never inside words said nor quoted after a verb of saying
  or calling ("called the stadium 'a complete waste of money'": rule `said-not-title`), is a name it keeps
  using, not a quotation ("in the period drama me and orson welles" / '" me and orson welles " is a frothy
  backstage pass': rule `quoted-title`, `features.quoted_titles`). A shared run is no quotation when the
  reporter denies it just before it in one sentence only ('ruled the march was not a lawful "threat to
  public safety"' / '"The march is a threat to public safety."': rule `quote-denied`), when it holds one
  word that is no stop word and the two quotations are otherwise apart (rule `thin-run`), when it is a title
  after a word for a work ('her hit " dancing on the pier "') that the other writes unquoted, or a name
  after "known as", "dubbed" (rule `title-words`), or an advert's line after "tagline", "slogan" that
  the other sentence holds whole (rule `slogan-words`), or when it is a noun phrase two long quotations share
  only by its length, after two different words ("settle the legal questions in this dispute" / "weigh
  the legal questions in this dispute": rule `object-run`), nor when the two sentences give their
  person two ages, none alike ("The 22-year-old man ... threatened to "..."" / "a 23-year-old, once
  threatened to "..."": rule `quote-other-age`, `related`; one named person's two ages stay a conflict).
* `fact`: the same claim. Every rule that cites makes one check first (`rules.clashes`): no clash of
  counted values, years, days of a month, clock times, negation (one in a side stretch that writes none of the
  words the two share is about something else: "..., even as the admiral defended the decision not to warn
  Oslo", rule `negation-aside`, `features.denies`; nor one whose words up to its comma, "and" or "but"
  are none the two share, "in debt and it doesn't look like ...", unless a sentence is cut short with
  "...", rule `negation-scope`) or participants, and no two claims that
  one predicate and one subject make different (`guards.claims_differ`: another voice, "Smith was killed"
  / "Smith killed three soldiers"; objects that share nothing; another weekday or place; two doers in
  two voices, "was bought by Google" / "Microsoft bought"; who did it and to whom swapped, "Johnson
  defeated Williams" / "Williams defeated Johnson"; one claim in two voices saying other things beyond
  it, "sentenced Garza to death" / "Garza was sentenced to life"; a killing and an abduction, "taken
  hostage" one too: rules `other-act`, `held-captive`), and no one text with a name, modal,
  opposite or number put for another (`guards.substituted`: "sued Samsung" / "sued Google", "raised" /
  "cut", "could seek" / "will seek"); a verb of denial on one side of a copied claim denies it ("The
  White House said Russia was behind" / "Moscow denied Russia was behind"). Otherwise:
  shared participants, numbers and words, no negation, number or year clash (two spans of years, none
  the same, are another year though one is shared: "from 2004 to 2012" / "from 2004 to 2015", rule
  `other-span`), no
  other day of a month ("posted Oct. 30" / "on Oct. 29"), no other event ("charged" / "is suing"), no
  other age ("Huggins, 17," / "Huggins, 19,"; in a story that lost its case, "arrested torrez, 31," too: rule
  `caseless-age`; in a cased one, a surname written in lower case, the word before it its given name: "Reyla
  harwell, 27," / "designer, harwell, 26,", rule `lower-surname-age`, one named person's two ages a conflict
  as `ages-differ` reads them, at most a year apart: two years apart are two moments, rule `two-moments`; a
  bare surname the story writes after two given names is no one's, rule `surname-of-two`) and no other measure
  ("eight times closer" / "seven times closer"); a count of others is never the total ("killed 5 others",
  "another 12 were hurt" / "17 killed": rule `part-of-count`, `related`, and no conflict either; nor is a
  total of several events or of a wider place against one event's or one town's count, "the bombings killed
  258" / "the blast in Nairobi killed 247", "more than 280 dead" in a country / "the town's death toll to
  102": rules `events-total`,
  `town-in-wider`), and two counts of others with no
  value alike are no fact ("Seventeen others died" / "Thirty other people died": rule `other-parts`);
  words in the first person ("I can't
  believe this has happened") need a shared name or rare word, and an event one says may happen is not
  the one the other says happened ("may vote" / "voted"); a claim one sentence states only on the side (a
  relative clause, an appositive, "since ..."; `subordinate.py`) while the other states it as its claim
  is `related` (rule `side-only`); who reports a claim in front of it ("Turkey's Foreign Ministry said
  ...") weighs as an attribution clause does; two values the matched clauses give alike ("a dozen crew
  members and 216 passengers" / "12 crew members and 216 passengers"), past every clash, are one claim
  (rule `same-numbers`; ranges, conversions and counts of others aside; a value restated after ", or"
  stays in the clause of the value before it, "closed down 391.01 points, or 3.5 %, to 10,733.83": rule
  `or-value`, and two values a comma parts are no range: rule `range-comma`), and one counted thing
  given with no value alike is no fact (rule `other-value`; a toll and a count of its noun are one
  counted thing: "killed all 109 people aboard" / "killed 115 people"); a paraphrase needs each
  sentence to state most of the other, or a score the scorer is all but sure of, or the main words of
  the sentence the other states more of (outside its side stretches) stated in the other's main words
  ("The nine crew members were French." / "... carrying 100 passengers and nine French crew members":
  rule `stated-in-main`; not what "that", "he" ... is, "She is a pupil at Fernhill High.", when the other
  never says anyone is it: rule `pointed-complement`, which `same-fact` reads too), or a predicate a claim
  of each sentence states
  alike, in one voice and one polarity, the objects sharing something (rule `scored-claim`,
  `claims.shared_predicate`: "The survey of 965 pupils ... found that 2.7 percent admitted to using
  steroids" / "A study ... found that nearly 3 percent ... were using steroids"), else it is `related`
  (rule `one-sided`; rule `roles-reversed` when who did it to whom is swapped, `guards.roles_reversed`:
  no "see also" either), unless one clause of each
  makes one claim (rule `same-claim`, `claims.py`): the same predicate, a verb written as one and not said on
  the side (or two words of one event; or two verbs of one group of `data/paraphrases.txt`, "clashed" /
  "disagreed", the claims sharing two participants or one and a number or year: rule `claim-paraphrase`),
  with agreeing arguments (two shared, a participant or number among
  them; no other weekday, value or participants; no "another" on one side only; negation, modality and habit
  alike: "cannot" denies as "can't" does, and "pediatricians routinely prescribe" tells a habit that "a
  pediatrician prescribed" is not, rule `claim-habitual`), every clause read, not only the first one ("...,
  and the mayor resigned"), however much more the longer sentence says ("Cary Joseph Heath, 35, was arrested
  at Permenter Middle" / "police said 35-year-old Cary Joseph Heath was arrested on a capital murder charge at
  Permenter Middle School in Cedar Hill, where he is employed as a teacher").
* `conflict`: the same counted thing with different values ("1,200 vs 1,500 workers"; "the 900 block"
  vs "the 800 block" of one street): one value a side, the same dating, no other person, the two
  numbers' own neighbourhoods not naming two events with nothing shared ("arrest of four students"
  / "wounding six students": two slots; for a share or a sum, something shared; "rejected 214
  candidates" / "161 candidates are hard-liners": an event one names and the other sentence never
  does; a harm word written "non-fatal" is none of its count's neighbourhood, so "120 guests who suffered
  non-fatal injuries" / "40 of the guests died" are two slots: rule `non-harm-slot`), no two running
  counts dated differently ("through July" / "as of November 13"; "47 deaths as of Wednesday" /
  "killed 32 people, police said Monday": rule `dated-update`, the lower told earlier in the week;
  "32 ... police said Friday" stays a conflict, a toll does not fall; the lower told "has now risen to
  23", rule `now-risen`, or in an entry "posted at 12:37 a.m.", rule `stamped-report`), and no
  forecast beside a result ("will vote, a turnout of 39 percent" / "40 percent voted", "would open with
  about $20 million" / "opened with $31 million": rule `would-forecast`), no size of a
  change beside a level ("steroid use was reduced by 50 percent" / "about 40 percent of the students":
  rule `change-by`), and no value in a clause of condition beside a reported one ("unless the
  separatists win 60 percent of the vote" / "won 50.6 percent": rule `if-clause`); a temperature
  or a speed is a measure, never a count ("minus 12 Celsius" on one day / "minus 26" on another); a
  value written with a scale word is precise to its last digit ("4 million" / "3.8 million" people: one
  count); a lower bound and a value that meets it both hold ("at least ten" / "30 dissidents"); a
  toll is a count of the dead however its noun of death is written ("129 deaths", "claimed 1,200 lives" /
  "killed 71 people": rule `toll-noun`), a range of them one toll ("killed between 200 and 250 people" /
  "about 400": rule `toll-range`); "two dozen" is 24 (rule `dozens`) and a tally ("a 21-14 vote")
  no range and no count (rule `tally`); a count of others ("three other provinces", "the other 14
  sailors", "the remaining seven bills") is a part, never another value; a conversion in parentheses
  ("about 10 kph (6.2 mph)") never clashes; a rate is a share ("14 out of every 100 Kenyans": 14 %) of
  what it counts, and shares of two groups are two slots; what a group "included" is a part of it ("the
  fatalities included 71 people who died on one island": rule `included`), and counts of two sentences
  that each name a listed place the other never names are two places' counts ("across the Caribbean" /
  "in Haiti": rule `other-place`, `pairs.other_places`); a count set against another party's by a ratio
  ("owes $250,000 -- less than half of what Lund owes") is that party's (rule `ratio-compared`); and no
  conflict where one outlet writes both values, in the sentence next to its own or in a copy of the
  other's ("Toyota ... sold 10.175 million vehicles" beside "Volkswagen sold 10.3 million": rule
  `both-told-beside`, `related`), nor where the outlet of the lower count adds to it itself ("killing two
  people. A third victim later died in hospital" / "killing three": rule `grows-later`, `related`). One
  event dated to two months is a conflict too
  when the scorer takes the two sentences for much alike and nothing else tells two events apart ("wrote
  ... a long emotional letter to Patriarch Kirill in May 2012" / "in April wrote a lengthy emotional
  letter to ... Patriarch Kirill": rule `months-differ`, `values:May 2012 vs April`; the month of the
  matched clause outside its asides, never with a day, a year written with one of the two, no word that
  the event recurs: "again", "second", "another", "re-elected", guard `repeat`). Two months otherwise
  ("raised its main interest rate ... in March" / "... in June": a recurring event) are `related` (rule
  `other-month`, the months as values), and never a fact. The start of one state dated to two years is
  a conflict too ("began referring to it as X in 2005" / "has referred to it as X since 2002": rule
  `start-years-differ`, `values:since 2005 vs since 2002`), one birth name written two ways ("born Betty
  Jane Perske" / "born Betty Joan Perske": rule `born-names-differ`, the whole names as values), and a
  group larger than the people it is part of in one event ("at least nine of the activists were arrested"
  / "police arrested eight people": `pairs.subgroup_clash`, rule `subgroup-exceeds`, a clash of counts as
  any other; a smaller group, police or soldiers, two weekdays or a total: none), and one event's count as a
  plural scale word and as digits far above what it is read as ("dozens had been wounded" / "200 were
  wounded": rule `vague-differs`, `pairs.vague_clash`, `values:dozens wounded vs 200 wounded`; cased text,
  a participant shared, no hedge, bound, part, range, total, two weekdays or two places). Two values of one
  measure (a duration, a distance) are `related` (rule `other-measure`), not a conflict: a rule that read
  them as one slot (session 34's `measures-differ`) made a false conflict on a held-out set and was
  withdrawn; but one physical measure (a length, mass, area, volume; no speed) each sentence gives once,
  the word before each value and the two after each unit alike, the values at most three times apart, is
  one slot's two values ("within 3.7 million miles of the Sun" / "within just 3.9 million miles (6.2
  million kilometers) of the solar surface": rule `measure-slot`, `values:3.7 million miles vs 3.9
  million miles`). Neither is a conflict when the two tell which of several things they count by
  different words ("the first body ... 2 miles" / "the second body ... 4 miles", "one boat" / "another
  boat": rule `which-apart`). One measure in two units is `related` too when no value of one, converted,
  is within 15 % of the other's and the word after each unit is alike ("12 miles from" / "12 kilometres
  from": rule `units-apart`); a rounded conversion ("30,000 feet" / "9,000 metres") stays one fact.
* `related`: the same topic, not the same claim; never support. With `rule:shared-point` the two
  sentences make one point in other words in a short stretch of each ("removal of U.S. troops" /
  "reductions in U.S. military posture"); `point:<sa>-<ea>/<sb>-<eb>` gives the two stretches
  (offsets within each sentence), which the agreement lists as a claim of kind `point`. Never a point:
  numbers in digits apart in the two stretches ("84th Street" / "68th Street": `point-values`), a place
  one goes from and the other to (`point-ways`), who tells it in both (`point-told`), people at large,
  scale words and "X-based" alone (`point-who-many`, `based-in`), a place's one-word name written as a
  word in a story that lost its case ("former ohio gov." in both: `point-place-name`).

Evidence strings, in this order: `rule:<name>`, `cover:<a>/<b>` (share of each matched clause's
weight that the two share), `sentence:<a>/<b>` (the same, of each whole sentence), then `entity:`,
`number:`, `year:`, `word:` items that both whole sentences state, then `point:` for a shared point and
`equivalent:<a>=<b>` for words of one event counted as one (`pairs.bridged`), for `same-claim` the two
clauses (`claim:<sa>-<ea>/<sb>-<eb>`, offsets within each sentence), their `predicate:<concept>`
(for `claim-learned` then `mined:<n>`, the training stories of its `data/predicates.txt` row) and each
shared `argument:<concept>` (for `scored-claim`, its `predicate:<concept>` alone), and `values:<x> vs <y>`
for a conflict ("aged 52 vs aged 51" for one
person's two ages); last, for a `quote`, `quoted:<a>/<b>` (the share of each sentence's quoted words, all
its words when it has no quotation mark, that the other, with its document's sentence before and after,
holds word for word: `cite` reads it, rules `quote-part`, `quote-unquoted`).

For a summarizer (one sentence per fact): `Alignment.same_fact(i, j)` says whether sentences `i`
and `j` share a quote or fact link; `fact_groups(alignment)` gives the groups of sentences joined by
such links (one per document at most, best links first).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from ..gcpause import paused
from ..model import Alignment, Link
from .claims import ClaimMatch, mined_stories
from .features import (
    Facts,
    StoryClaims,
    article_year,
    pronoun_owners,
    pronoun_speakers,
    quoted_titles,
    sentence_facts,
    story_casing,
    surnames_of_two,
    tokens,
)
from .pairs import (
    Pair,
    candidates,
    compare,
    compare_bridged,
    document_frequency,
    grows_later,
    idf,
    quoted_share,
    told_beside,
)
from .rules import clashes, decide_bridged
from .split import FRAMED, pieces, words, worth_reading

if TYPE_CHECKING:
    from ..model import Sentence

MAX_WORDS_EVIDENCE = 6
_CLAIM_RULES = ("same-claim", "claim-voice", "claim-learned", "claim-paraphrase")  # `claim:` evidence


@paused()
def align(story, weights: dict | None = None) -> Alignment:  # story: model.Story
    """The typed cross-document links of a story, sorted by (a, b, kind) (`weights`: the fact scorer's,
    the shipped `weights.json` unless given, e.g. a table from `scripts/train_align.py` by a bench). The
    cyclic collector is off while it runs (`gcpause`, as in `brief_story`): its tens of thousands of small
    tuples and sets would set off young passes, and now and then a full one, for nothing."""
    sents: Sequence[Sentence] = story.sentences
    if len(story.documents) < 2 or not sents:
        return Alignment()
    texts = [s.text for s in sents]
    toks = [tokens(t) for t in texts]
    casing = story_casing(texts, toks, story.caseless_given(toks))
    years = [article_year(d.date) for d in story.documents]
    claims = StoryClaims([], texts)  # each sentence's claims read only when a pair needs them
    claims.facts = bare = [
        sentence_facts(
            k,
            s.doc,
            s.text,
            casing,
            years[s.doc],
            toks[k],
            with_claims=False,
            with_marks=False,
            story_claims=claims,
        )
        for k, s in enumerate(sents)
    ]
    facts = surnames_of_two(list(quoted_titles(pronoun_owners(pronoun_speakers(bare, claims)))), texts)
    df = document_frequency(facts)
    weight = idf(facts, df)
    pairs = candidates(facts)
    links = []
    memo: dict = {}
    clause_memo: dict[tuple[int, int, int], Facts] = {}
    for a, b in pairs:
        fa, fb = facts[a], facts[b]
        kind, rule, score, p = decide_bridged(
            compare(fa, fb, weight, df, memo), partial(compare_bridged, fa, fb, weight, df), weights
        )
        if kind in ("related", None) and rule in RETRY:
            got = clause_fact(
                facts, texts, (a, b, p), (casing, years, weight, df), weights, clause_memo, kind is None
            )
            if got is not None and not clashes(p):  # the clause first: it rarely links, the clashes cost more
                links.append(got)
                continue
        if kind is None:
            continue
        if kind == "conflict" and p.clash is not None and told_beside(facts, a, b, p.clash):
            kind, rule = "related", "both-told-beside"  # one outlet writes both values (`pairs.told_beside`)
        elif kind == "conflict" and p.clash is not None and grows_later(facts, a, b, p.clash):
            kind, rule = "related", "grows-later"  # one outlet adds to its own count (`pairs.grows_later`)
        ev = evidence(p, rule)
        if kind == "quote":
            ev += (quoted_evidence(facts, texts, a, b, rule),)
        links.append(Link(a, b, kind, round(score if kind != "quote" else 1.0, 3), ev))
    links.sort(key=lambda k: (k.a, k.b, k.kind))
    # each sentence's Facts refers to `claims` and `claims` to them: a cycle that reference counting
    # never frees, left for the cyclic collector to walk (all the story's clauses and claims, a few
    # thousand objects) when it is next on; cut here, they go as the stage ends
    claims.facts = []
    return Alignment(tuple(links))


# the sentence test's `related` verdicts that a clause of one sentence may still turn into a fact: those
# that say only that the two share too little of each other (never a frame or a guard), and only where the
# whole sentences pass every clash (`rules.clashes`, rule `whole-clash`): "The council approved the budget,
# while the mayor refused to sign it" is no source for "..., and the mayor signed it", whichever clause
# alone states the approval; since session 56 also the fall-through `unrelated` (no rule decides: the two
# share too much for `trivial` and `too-little-shared`, too little for a fact): "An extensive analysis ...
# showed that one in every seven colorectal cancer patients was younger than 50" / "One in seven colon cancer
# patients is under 50", through its `that-clause`
RETRY = frozenset(["one-sided", "partial", "trivial", "same-topic", "unrelated"])
# rule `one-way-share`: a clause link keeps the whole pair's share of the sentence cut (`clause-one-way`), so
# in a pair no rule decided, a sentence the other already states this much of (`cite.CITE_COVER`) is never
# cut: the other's outlet
# would support all it says ("Obamacare is a train wreck, and the Obama-Clinton foreign policy of leading
# from behind" cited by "... bashed the Obama-Clinton foreign policy of leading from behind": a pair no
# rule decides, `unrelated`, may share that much)
ONE_WAY_SHARE = 0.5


def clause_fact(
    facts: Sequence[Facts],
    texts: Sequence[str],
    pair: tuple[int, int, Pair],
    context: tuple,
    weights: dict | None,
    memo: dict[tuple[int, int, int], Facts],
    undecided: bool = False,
) -> Link | None:
    """A `fact` link between sentences `a` and `b` found through a clause of one of them (`split.pieces`,
    the longer sentence first), or None: the piece compared with the other whole sentence as a sentence
    is (`context`: the story's casing, article years, weights and document frequencies). Its evidence adds
    `clause:<sa>-<ea>/<sb>-<eb>` (the two spans compared, offsets within each sentence) and `split:<rule>`;
    its `sentence:` share of the sentence cut is the whole pair's (`pair`: a, b and their `Pair`), so a
    citation of that sentence still needs the other to state it whole (rule `clause-one-way`: the clause's
    sentence supports the other, not the other way round, `cite.supports`); in a pair no rule decided
    (`undecided`), never a sentence the other states `ONE_WAY_SHARE` of (rule `one-way-share`)."""
    a, b, whole = pair
    if FRAMED.search(texts[a]) or FRAMED.search(texts[b]):
        return None  # a frame either sentence sets over what its clauses say (`split.FRAMED`)
    casing, years, weight, df = context
    order = (a, b) if len(texts[a]) >= len(texts[b]) else (b, a)
    for k in order:
        if undecided and (whole.sent_a if k == a else whole.sent_b) >= ONE_WAY_SHARE:
            continue  # rule `one-way-share`: the other already states enough of it to cite it whole
        other = words(texts[b if k == a else a])
        for piece in pieces(texts[k]):
            if not worth_reading(words(texts[k][piece.start : piece.end]), other):
                continue
            cf = _piece_facts(facts, texts, k, piece.start, piece.end, (casing, years), memo)
            head = (
                _piece_facts(facts, texts, k, 0, piece.start, (casing, years), memo) if piece.leans else None
            )
            if head is not None and not _head_shared(head, facts[b if k == a else a], casing.caseless):
                continue
            fa, fb = (cf, facts[b]) if k == a else (facts[a], cf)
            kind, rule, score, p = decide_bridged(
                compare(fa, fb, weight, df), partial(compare_bridged, fa, fb, weight, df), weights
            )
            if kind != "fact":
                continue
            sa, ea = (piece.start, piece.end) if k == a else (0, len(texts[a]))
            sb, eb = (piece.start, piece.end) if k == b else (0, len(texts[b]))
            shares = (whole.sent_a, p.sent_b) if k == a else (p.sent_a, whole.sent_b)
            ev = tuple(
                f"sentence:{shares[0]:.2f}/{shares[1]:.2f}" if e.startswith("sentence:") else e
                for e in evidence(p, rule)
            )
            ev = (*ev, f"clause:{sa}-{ea}/{sb}-{eb}", f"split:{piece.rule}")
            return Link(a, b, kind, round(score, 3), ev)
    return None


def _head_shared(head: Facts, other: Facts, caseless: bool) -> bool:
    """Rule `leaning-piece`: "..., after they went to the floor to vote" is about whom the text before it
    (`head`) names, so the other sentence must name one of them too; in a story that lost its letter case,
    where no name shows, share one of the head's concepts."""
    if head.names:
        return bool(head.names & other.names)
    return not caseless or bool(head.concepts & other.concepts)


def _piece_facts(
    facts: Sequence[Facts],
    texts: Sequence[str],
    k: int,
    start: int,
    end: int,
    context: tuple,
    memo: dict[tuple[int, int, int], Facts],
) -> Facts:
    """The `Facts` of a piece of sentence `k` read as a sentence (`context`: casing, article years), once."""
    key = (k, start, end)
    got = memo.get(key)
    if got is None:
        casing, years = context
        doc = facts[k].doc
        got = memo[key] = sentence_facts(k, doc, texts[k][start:end], casing, years[doc])
    return got


def evidence(p: Pair, rule: str) -> tuple[str, ...]:
    """Why a pair is linked, as short `name:value` strings (see the module docstring)."""
    out = [
        f"rule:{rule}",
        f"cover:{p.cover_a:.2f}/{p.cover_b:.2f}",
        f"sentence:{p.sent_a:.2f}/{p.sent_b:.2f}",
    ]
    words = 0
    for c in p.both:
        if c.startswith("E:"):
            out.append("entity:" + c[2:])
        elif c.startswith("N:"):
            _, unit, value = c.split(":", 2)
            out.append(f"number:{float(value):,.10g} {unit}".rstrip())
        elif c.startswith("Y:"):
            out.append("year:" + c[2:])
        elif words < MAX_WORDS_EVIDENCE:
            out.append("word:" + c)
            words += 1
    if p.point is not None and rule == "shared-point":
        (sa, ea), (sb, eb), _ = p.point
        out.append(f"point:{sa}-{ea}/{sb}-{eb}")
    out.extend("equivalent:" + x for x in p.bridged)
    if rule in _CLAIM_RULES and p.claim is not None:  # read for these only
        out.extend(claim_evidence(p.claim))
    elif rule == "scored-claim" and p.predicate is not None:
        out.append("predicate:" + p.predicate)
    if p.clash is not None:
        x, y = p.clash
        out.append(f"values:{_fmt(x)} vs {_fmt(y)}")
    elif (apart := _VALUES_APART.get(rule)) is not None and (got := apart[0](p)) is not None:
        out.append(f"values:{apart[1]}{got[0]} vs {apart[1]}{got[1]}")
    return tuple(out)


# the conflict rules whose evidence is the two values the pair found apart ("values:aged 52 vs aged 51"):
# rule -> (the pair's two values, the word before each)
_VALUES_APART: dict[str, tuple[Callable[[Pair], tuple[str, str] | None], str]] = {
    "ages-differ": (lambda p: p.age_conflict, "aged "),
    "start-years-differ": (lambda p: p.start_conflict, "since "),
    "born-names-differ": (lambda p: p.born_conflict, "born "),
    "vague-differs": (lambda p: p.vague_conflict, ""),
    "measure-slot": (lambda p: p.measure_conflict, ""),
    "months-differ": (lambda p: p.month_conflict, ""),
    "other-month": (lambda p: p.month_clash, ""),
}


def quoted_evidence(facts: Sequence[Facts], texts: Sequence[str], a: int, b: int, rule: str) -> str:
    """`quoted:<a>/<b>`: the share of each sentence's quoted words that the other holds word for word,
    the other read with its document's sentence before and after (a quotation the segmenter cut in two
    is one quotation: "'It was not a real gun.' / 'It was just a stupid joke,' they said"). A sentence
    with no quotation mark at all (a statement as its author wrote it, or a report holding another's
    quoted words unquoted) counts all its words (rule `quote-unquoted`: "An inert missile was wrongly
    shipped to Cuba, said people familiar with the matter" is not what '... attributed to "people familiar
    with the matter"' states); one with a mark the quotations missed (opened and left open mid-sentence)
    keeps its quotations, none."""
    fa, fb = facts[a], facts[b]
    qa, qb = fa.quotes, fb.quotes
    if rule == "single-quotation":
        qa, qb = qa + fa.single_quotes, qb + fb.single_quotes
    qa, qb = qa or _unquoted(fa, texts[a]), qb or _unquoted(fb, texts[b])
    return f"quoted:{quoted_share(qa, _around(facts, b)):.2f}/{quoted_share(qb, _around(facts, a)):.2f}"


_QUOTE_MARKS = frozenset('"“”')


def _unquoted(f: Facts, text: str) -> tuple[tuple[str, ...], ...]:
    """Rule `quote-unquoted`: all the words of a sentence with no quotation mark, as one quotation."""
    return () if _QUOTE_MARKS.intersection(text) else (tuple(f.words.split()),)


def _around(facts: Sequence[Facts], i: int) -> str:
    """The words of sentence `i` with those of its document's sentences just before and after."""
    doc = facts[i].doc
    return "".join(facts[k].words for k in (i - 1, i, i + 1) if 0 <= k < len(facts) and facts[k].doc == doc)


def claim_evidence(m: ClaimMatch) -> list[str]:
    """`claim:<sa>-<ea>/<sb>-<eb>` (the two clauses, offsets within each sentence), `predicate:<a>` (or
    `<a>=<b>` for two words of one event), for a pair of `data/predicates.txt` `mined:<n>` (the training
    stories that wrote one verb for the other), then each shared argument as `argument:<concept>`."""
    x, y = m.a, m.b
    out = [f"claim:{x.start}-{x.end}/{y.start}-{y.end}", "predicate:" + m.predicate]
    if m.route == "learned" and (n := mined_stories(x, y)) is not None:
        out.append(f"mined:{n}")  # rule `claim-learned`: the pair's training stories, so a reader sees why
    out.extend("argument:" + (c[2:] if c.startswith("E:") else c) for c in sorted(m.shared))
    return out


def _fmt(c) -> str:
    """A value for a conflict note; a range written "200 and 250" (after "between") shown as one; its
    qualifier as written before it (rule `note-qualifier`: "about 400 people", "as many as 10 gunmen",
    never a bare "400 people" for a count its source gives as approximate)."""
    text = _SIGN_SPACE.sub("", c.text)  # rule `spaced-sign`: "$ 18 million" (Multi-News+) as "$18 million"
    text = f"between {text}" if _AND_RANGE.fullmatch(text) else text
    if getattr(c, "qualifier", ""):
        text = f"{c.qualifier} {text}"
    return f"{text} {c.noun}" if c.noun else text


_AND_RANGE = re.compile(r"\S+ and \S+")
_SIGN_SPACE = re.compile(r"(?<=[$£€]) (?=\d)")


def fact_groups(alignment: Alignment, doc_of: Sequence[int]) -> list[list[int]]:
    """Groups of sentences joined by quote/fact links, best links first, at most one sentence per
    document in a group (`doc_of[i]`: the document of sentence i). Groups of two or more, each
    sorted, in order of their smallest sentence."""
    order = sorted(
        (k for k in alignment.links if k.kind in ("quote", "fact")), key=lambda k: (-k.score, k.a, k.b)
    )
    group: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for k in order:
        ga, gb = group.get(k.a, k.a), group.get(k.b, k.b)
        if ga == gb:
            continue
        ma, mb = members.get(ga, [k.a]), members.get(gb, [k.b])
        if {doc_of[i] for i in ma} & {doc_of[i] for i in mb}:
            continue
        merged = ma + mb
        for i in merged:
            group[i] = ga
        members[ga] = merged
        members.pop(gb, None)
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
