"""What each clause of a sentence claims: its predicate (the main verb or event word) and its arguments.

A sentence that states another's claim among claims of its own ("Pinochet ... was arrested on Friday in
London at the request of Spanish authorities, who want him extradited" / "... was arrested in London")
shares with it one predicate and the participants around it, while the rest of the longer sentence
says more. A bag of concepts cannot tell that from two sentences on one topic; the predicate can.

Each clause of `features` (split at strong breaks, relative and attribution clauses) is read again
for its predicates, rule-based and light (no parser; the default install has none):

* a predicate is a verb written as one: after an auxiliary or a modal ("was arrested", "has
  demanded", "will vote"), a past form ("-ed", or an irregular past from `_IRREGULAR`), or a present
  form right after a name or a pronoun ("Blair calls"), or a present form of a lemma of `lexicon/verbs.py`
  (learned by `scripts/mine_verbs.py`) where a subject may end before it ("The disorder interferes with",
  "the data suggest": rule `present-verb`; one of three letters too, "Kenyans die of AIDS", unless an
  auxiliary or a past form follows it, "Back pay was cut": rule `short-present`); reporting verbs
  ("said", "told") are the attribution wrapper, never the claim ("was told to leave" is one: rule
  `told-to`), and the words before them are who reports it, unless the clause ends
  on its reporter (", Fox said.", '," said State Department spokeswoman Victoria Nuland.': rule
  `trailing-attribution`, the reporter cut); a "that" a few words after a reporting verb ("said Friday that")
  opens what is reported, not a relative clause (`reported-that`; up to ten words when a subject follows it,
  "told a group of donors on Friday that he ...": `reported-that-far`), and a verb of knowing or thinking
  before a "that" wraps its clause as a reporting verb does ("have known for decades that ...":
  `thought-that`), and so does one opening a clause before a clause with no "that", its own subject
  then the clause's ("Police believe he gunned down two people": "he" gunned, not the police; "has learned
  former instructor Stephen Vogelsang has been charged": `thought-clause`); a "what" after a preposition
  opens a clause on the side, its reporting verb that clause's ("met Morsi in what aides said was ...":
  `free-relative`), and so does a reporting verb after a noun and its pronoun ("a memo they wrote that
  alleges ...": `contact-relative`); "states" and "reports" report only
  before "that", a comma or the end, or after a pronoun ("the united states", "news reports" are nouns:
  `noun-states`; "added" likewise: "employers added 114,000 jobs", `added-in`; "note" and "notes" too,
  never after a determiner: "the producers note that ..." / "the notes that he left", `notes-that`); a
  reporting verb after a subordinator ("was arrested after witnesses said ...") reports that clause only
  (`subordinate-report`), and one joined by "and" to a verb before it ends the claim that verb states
  ("arrested Smith on Monday and said he was armed": the arrest, `and-said`); a
  verb in a participle phrase between commas ("Smith, charged with murder, was released": `participle-aside`)
  or in a clause of time ("... when he died in 2011": `time-clause`) is said on the side;
* a hyphenated participle is an adjective, no verb, unless a verb prefix opens it ("dallas-based",
  "state-owned" / "re-elected": rule `compound-adjective`);
* a word is a verb only where a verb stands: after a form of "be" only a participle ("is not indicative",
  "will be crucial": the complement, read by `copula`; rule `be-complement`), after "have" only a past
  participle ("the rebels have hideouts", "had custody of": `have-object`); no "-ed" word after an owner's
  "'s" ("Trump's unexpected decision": `owner-adjective`) or a preposition ("against suspected bases":
  `preposition-adjective`), no plural after a nationality's word ("Kurdish regions that": `demonym-noun`),
  no word right after an opening bracket ("( associated press )", "[ related: ...": `bracket-open`); and
  "and" / "but" with a subject and an auxiliary of its own ends the claim before it ("Lund was left $15,000
  and Brook was given $20,000": `and-group`);
* a clause whose subject side is empty because an aside held it apart from its subject ("Clarissa Dickson
  Wright, who rose to fame ..., died", "Brian Loncar — known as ... — was found dead") takes for subject
  the verbless clause before it, up to its first comma or dash (rule `subject-before-aside`, `_head`), also
  past an adverb, whose verb is then no participle after a noun ("X, who ..., recently met with":
  `aside-adverb`), and past the relative clause's own apposition when a comma closes it right before the
  verb ("X, who hosted "Night Owls," a show known for ..., died": `aside-comma`);
* an event written as a noun after a determiner or an owner's "'s" ("a visit to Hama by Robert Ford", "the
  arrest of Smith in Dallas", "Smith's death") claims what its verb would, "Ford visited Hama", "Smith was
  arrested in Dallas" (rule `event-noun`, `_EVENT_NOUNS`): read by `match` only, never a planned, possible
  or another one ("a planned visit", "a second visit");
* a predicate's concept is its word's, folded as `features` folds words; an irregular past or participle
  takes its base's ("found" is "find", "sold" is "sell": rule `irregular-base`, `_PAST_BASE`), but not
  inside a phrase of concepts.txt ("found guilty" is "convict": rule `phrase-keeps-form`);
* a clause with no such predicate but "is" / "was" ("has been", "will be") or a light verb ("have",
  "take", "use" ...) between a subject and a noun phrase claims that verb and the complement as written,
  determiners aside ("Kosovo is a province of Serbia": "be>province"; "used GPS data": "use>gps data"; rules
  `copula`, `light-object`, `_linked`), "be" and "have" in the past under a lemma of their own ("was
  Dunn's wife": "be.past>dunn's wife"; rule `linking-tense`): only the very complement in the same tense
  matches it ("a senator" is not "a former senator", "was" is not "is"), `match` alone reads it (never
  `shared_predicate`), and `guards.other_complement` reads two such claims of one subject with a word more
  or another last word as two facts, in either tense;
* its arguments are the clause's participants, counted numbers and content words: those written
  before it (its subject side, from the clause's start or the end of its attribution wrapper) and
  those after it up to the next predicate (its object side); coordinated predicates ("was arrested
  and charged") share the subject side, but a later predicate after "that", "and", "but" or a
  semicolon with a few words of its own before it has those for subject ("detectives determined that
  Smith suffered stab wounds", "police arrested Smith and prosecutors charged him": rule `own-subject`);
* a participle phrase after a comma that closes a clause told as done ("A car bomb exploded in the
  market, killing 11 people") claims its verb with the clause's subject, "the bomb killed 11 people",
  read by `match` only (rule `participial-tail`; not "saying", "including", a light verb, nor a tail
  after another verb: "accused him of blowing up a jet, killing 270");
* a light verb's word after a determiner is a noun ("accept the plan"), so "The union agreed to accept
  the plan" keeps its one verb (rule `light-noun`);
* negation and modality are the clause's (`features.Clause.negated`, `hedged`), but a condition's "if",
  "unless", "whether" hedges only the claims it stands before or in ("removed X ... and urged them to call
  police if ...": "removed" is told as done, rule `hedge-after`), a modal in a question or a saying that
  opens after the verb hedges what it asks or says ("disagreed over who would run the depot": rules
  `wh-modal`, `said-modal`), and a "without", the clause's only
  negation, denies its own phrase, not a verb outside it ("four bodies were found without any sign of a
  struggle": found; "Without a permit, the crew dumped ...": dumped; rule `without-phrase`).

Two claims are one (`match`) when they share a predicate concept (or two words of one group of
`data/equivalents.txt`; or a pair of `data/predicates.txt`, learned from the Multi-News
training stories by `scripts/mine_predicates.py`), agree in negation and modality, have a subject
alike (in two voices the passive's subject is the active's object: "Smith was arrested" / "police
arrested Smith", never "Smith killed three soldiers" for "Smith was killed"; or, one voice, one subject
naming no one, "They analysed ...", and the object sides sharing a participant or number: rule
`unnamed-subject`), share at least
`MIN_ARGS` arguments, one of them a participant or a number (in a story that lost its letter case,
where no name is read, a word `features.common` does not list: rule `caseless-anchor`), and, both
active, one of each object side when both have one beside places and times ("killed a rebel
commander in Chechnya" is not "killed a civilian in Chechnya"), and their arguments do not clash
(`clash`). The rules `same-claim`, `claim-voice` and `claim-learned` (`rules.py`, by `ClaimMatch.route`)
read the best such match, when the other claim states at least `rules.CLAIM_STATED` of the lighter
claim's argument weight (by IDF).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..analyze.numbers import is_measure
from ..lexicon.gazetteer import word_list
from ..lexicon.months import BEFORE_MONTH
from ..lexicon.naming import NAMING_PARTICIPLES
from ..lexicon.verbs import present_forms
from ..represent import STOP_WORDS, stem
from .subordinate import inside

if TYPE_CHECKING:
    from .features import Clause

ADDRESS = "block of "  # "the 900 block of Buffalo Springs Drive": units of addresses (`features._address`)
MIN_ARGS = 2  # arguments two claims must share (one of them a participant or a number)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_AUXILIARY = _set(
    "is was are were be been being has have had will would can could may might shall should must did does do"
    " 's"
)
# words that may stand between an auxiliary and its verb ("has not yet decided"; a day word too, "has today
# decided", "was yesterday named": rule `day-between`, session 46, where "today" was read as the predicate)
_BETWEEN = _set(
    "not never also already just still yet reportedly allegedly since been being now repeatedly long"
    " recently previously finally apparently today yesterday tonight"
)
# what may stand between an "and" / a "to" and the verb it governs ("and later annexed", "to have been")
_BEFORE_VERB = _AUXILIARY | _BETWEEN
_BEFORE_JOINED = _BEFORE_VERB | {"later", "then"}
_NOT_VERB = _set(
    "the a an his her their its our my your this that these those no not to of in on at by for with from as"
    " and or but than about after before into over under very more most less such so"
)
# words `_verb_kind` reads as no verb whatever stands around them (its first two tests)
_NO_VERB = _AUXILIARY | _NOT_VERB | _BETWEEN
_DETERMINERS = _set("the a an his her their its our my your this that these those some any each every")
# determiners that open a noun phrase only ("her", "that" may stand before a verb: "let her keep", "said that
# set ...")
_NOUN_DETERMINERS = _DETERMINERS - {"her", "that"}
_SPEECH = _set(
    "said says say told tells tell reported reports added adds announced announces stated states wrote writes"
    " according confirmed explained noted note notes"
)
_IRREGULAR = _set(
    "began became bought brought built came caught chose dealt did drew drove fell felt fled flew fought"
    " found gave got grew held hid hit hung kept knew laid led left lent lost made meant met paid put quit"
    " ran rang rose saw sent set shot shut sold sought spent spoke stole stood struck swore took taught"
    " thought threw told understood went won wore wrote broke forgot forgave froze sank sang sat slept slid"
    " spun stuck stung swam swung withdrew overtook undertook upheld"
)


def _bases(table: str) -> dict[str, str]:
    """ "base:form,form ..." entries -> form -> base."""
    return {
        form: base
        for entry in table.split()
        for base, forms in [entry.split(":")]
        for form in forms.split(",")
    }


# rule `irregular-base`: an irregular past or participle names its base's concept as a predicate ("found" /
# "find" / "discovered", "won" / "win", "sold" / "sell"), as "-ed" forms do by their stems; English
# morphology, not synonyms. Left out: a form that is also another word's base or a noun ("found" a company,
# "lay", "saw", "wound", "felt", "left" as a side, "ground", "bound") or whose base's concept is another
# sense ("struck" is no "strike", a walkout in `concepts.txt`); light verbs are never predicates.
_PAST_BASE = _bases(
    "begin:began,begun bring:brought build:built buy:bought catch:caught choose:chose,chosen"
    " deal:dealt draw:drew,drawn drive:drove,driven fall:fell,fallen flee:fled fly:flew,flown"
    " fight:fought find:found grow:grew,grown hide:hid,hidden hang:hung know:knew,known lend:lent"
    " lose:lost mean:meant meet:met pay:paid ring:rang,rung rise:rose,risen send:sent sell:sold"
    " shoot:shot speak:spoke,spoken spend:spent steal:stole,stolen stand:stood"
    " swear:swore,sworn teach:taught think:thought throw:threw,thrown understand:understood"
    " wear:wore,worn write:wrote,written break:broke,broken forget:forgot,forgotten forgive:forgave,forgiven"
    " freeze:froze,frozen sink:sank,sunk sing:sang,sung sleep:slept slide:slid spin:spun stick:stuck"
    " sting:stung swim:swam,swum swing:swung withdraw:withdrew,withdrawn overtake:overtook,overtaken"
    " undertake:undertook,undertaken uphold:upheld win:won beat:beaten bite:bitten eat:ate,eaten"
    " ride:rode,ridden shake:shook,shaken tear:tore,torn slay:slew,slain feed:fed bleed:bled weep:wept"
    " sweep:swept kneel:knelt lead:led"
)
# rule `done-past`: the pasts left out above ("left" as a side, "saw" a tool, "made" a light verb) still
# tell an event done, read only against the same event ordered or to come (`features`, rule not-yet: "Jon
# Tallis was told to leave the film set" / "Jon Tallis left the film set"), never as a predicate
_DONE_BASE = _bases(
    "leave:left see:saw make:made feel:felt come:came give:gave go:went take:took tell:told keep:kept"
    " hold:held run:ran sit:sat seek:sought become:became lay:laid strike:struck"
)
IRREGULAR_PASTS = frozenset(_PAST_BASE) | frozenset(_DONE_BASE)  # read by `features` (`done_concept`)
PAST_FORMS = _IRREGULAR | IRREGULAR_PASTS  # irregular pasts of either table: read by `pairs` (run-subjects)
# verbs that carry little of a claim on their own ("made his first visit", "took office", "won 3 percent"):
# never a predicate two claims are matched on
_LIGHT = _set(
    "make made makes take took taken takes give gave given gives get got gets have has had do did does go"
    " went gone goes come came comes become became becomes continue continued continues begin began begun"
    " begins hold held holds put puts set sets keep kept keeps include included includes use used uses"
    " seem seemed seems remain remained remains expect expected issued saw see seen hope hoped hopes want"
    " wanted wants plan planned plans try tried tries seek sought seeks need needed needs appear appeared"
    " appears"
)
WEEKDAYS = _set("E:monday E:tuesday E:wednesday E:thursday E:friday E:saturday E:sunday")
# when, not what: words an object side may hold beside what the claim is about ("the very next day")
_WHEN = WEEKDAYS | _set(
    "day week month year morn afternoon even night hour minut time today yesterday tonight earlier later"
    " weekend"
)
_PRONOUNS = _set("he she it they we i who which that")
# "the injured", "waves of armed incursions": an "-ed" word after these is an adjective
_ADJECTIVE_AFTER = _DETERMINERS | _set("of in on at by for with from to into very more most less")
# pronouns that open a relative clause ("that" too, unless right after a verb: "demanded that ...")
_OPENS_RELATIVE = frozenset(["who", "which", "whom", "whose", "where"])
# a sentence that opens on a preposition, to its first comma ("In addition to the 19 Palestinians killed
# in two days, ...", "In a statement released Monday, ..."): a verb in it modifies a noun, never the claim
_OPENING_PHRASE = re.compile(
    r"\s*[\"“‘']?(?:In|On|At|For|With|Without|Despite|Besides|Along with|Like|Unlike|Amid|Among|As part of"
    r"|Following|During|Under|Beyond|Apart from)\b[^,;]{0,100},"
)
# what may follow a present-tense verb after a name ("Blair calls the situation ..."), never a plural
# noun after an adjective ("Kurdish rebels fighting", "Tyson Foods employees in")
_OBJECT_OPENS = _DETERMINERS | {"that", "to", "him", "her", "them", "it"}
_ANOTHER = re.compile(r"\s+(?:(?:only|also|just|actually)\s+)?(?:another|other|a different|a second)\b", re.I)
_PREPOSITIONS = _set("by in of for with at from to on into over under during after before")
# a form of "be" or "get" before a participle ("was killed", "has been arrested", "got fired"): passive
_PASSIVE = _set("is was are were am be been being get gets got gotten getting")
# a participant written after these ("in Dallas", "near the Kidal"): a place, not what a claim is about
_AT_PLACE = _set("in at near outside inside across")
_ON = _set("on")  # rule `address-apart`: "a house on Broadway": a street of its own, as "on Birch Road"
# rule `claim-undergone`: predicates whose subject undergoes the event ("37,000 died", "Mohawk is dead"), as a
# passive's does ("37,000 were killed"; "the war killed 37,000")
_UNDERGONE = _set("dead")
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?|\d[\d,.]*")
Word = tuple[str, int, int, str]  # a word as written, its start and end in the sentence, lower-cased


def _words(text: str, start: int, end: int) -> list[Word]:
    """The words of `text[start:end]` (`_WORD`), each lower-cased once for the many tests that read it."""
    return [(w := m.group(), m.start(), m.end(), w.lower()) for m in _WORD.finditer(text, start, end)]


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see `features.Facts`
class ClauseClaim:
    """One predicate of a clause and its arguments (concepts), with where it is in the sentence."""

    start: int  # the clause's span within the sentence
    end: int
    predicate: str  # the predicate's concept (`features` stems and folds)
    at: tuple[int, int]  # the predicate word's span
    before: frozenset[str]  # argument concepts written before it (the subject side)
    after: frozenset[str]  # ... and after it, up to the next predicate (the object side)
    negated: bool
    hedged: bool
    other: bool = False  # its object opens on "another" / "other" ("played another character"): not the
    # thing a claim without it names ("played Tommen")
    passive: bool = False  # "Smith was killed" (a form of "be" / "get" before it), not "Smith killed"
    places: frozenset[str] = frozenset()  # its participants written as places ("in Dallas", "at Fernhill")
    opening: frozenset[str] = frozenset()  # participants and numbers of the sentence's opening phrase
    # ("In Dallas, police arrested ..."): no argument, but seen by `clash`
    agent: frozenset[str] = frozenset()  # a passive's participants written after "by" ("was bought by
    # Google"): who did it, seen by rule `claim-agent`
    modal: bool = False  # a modal stands in its verb group ("can grant", "will pay", "could not find"): a
    # claim of what may or must be, never the same as one of what was ("granted"; rule `claim-modal`)
    pronoun: str = ""  # its subject is "he" or "she" alone ("Then he knocked on ..."), that word: whom the
    # sentence before names is its subject (rule `pronoun-subject`, `features.pronoun_speakers`)
    habitual: bool = False  # an adverb of frequency stands in its verb group ("routinely prescribe", "has
    # often said"): a claim of what happens as a rule, never the same as one of what happened once
    # ("prescribed"; rule `claim-habitual`)
    name_like: bool = False  # its verb is written as a given name or right after one ("jared loughner
    # admitted", "drummer bill ward got together"): in a story that lost its letter case, maybe no verb at
    # all (rule `caseless-name-verb`, read by `shared_predicate`)
    nominal: bool = False  # rule `event-noun`: an event written as a noun ("a visit to Hama by Robert Ford",
    # "the arrest of Smith"), or rule `participial-tail` (", killing 11 people"): read only by `match` (never
    # `shared_predicate` nor the guards)
    owner: frozenset[str] = frozenset()  # rule `reporter-owner`: the one reporter of a reported clause whose
    # subject opens on "his" / "her" ("Unruh said her son filed ..."): whose the subject is, an anchor in
    # `match` when the other claim has the same owner, never a subject ("Unruh filed ..." is not her son's)
    head: str = ""  # rule `other-head`: the concept of the head noun of an object written right after the
    # verb as a plain noun phrase ("filed a report on ...": report), else ""
    # rule `paraphrase-party`: the concepts of a "with ..." phrase right after the verb ("disagreed with the
    # drivers' union over ..."): the other party of a two-sided act
    partner: frozenset[str] = frozenset()
    # rule `address-apart`: its participants written after "on" ("a house on Broadway"): maybe a street
    on_names: frozenset[str] = frozenset()
    linking: bool = False  # rules `copula`, `light-object`: no verb but "is" / "was" or a light verb and its
    # complement ("Kosovo is a province of Serbia", "used GPS data"): its predicate is "be>" (or "use>") and
    # the complement's words as written, so only a claim with the very complement matches it ("a former
    # senator" is not "a senator"; `_linked`)

    @property
    def args(self) -> frozenset[str]:
        return self.before | self.after


def _verbs(text: str, start: int, end: int, words: list[Word] | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, is-reporting) of the words of `text[start:end]` written as verbs, less those of a
    relative clause ("a colony that Indonesia invaded", "rebels who have been fighting", "a region where
    separatists are battling"): its first verb and those joined to it by "and" / "or" ("that Indonesia
    invaded and later annexed"), never past a comma, are said on the side, and so is a reporting verb
    before them ("a woman who authorities said committed suicide": rule `relative-report`). `words`: the
    clause's `_words`, when the caller has them."""
    if words is None:
        words = _words(text, start, end)
    out: list[tuple[int, int, bool]] = []
    relative = False  # a relative pronoun opened a clause whose verb is not yet seen
    last = -2  # the word number of the last verb (any kind, light ones too)
    seen = False  # ... and its verb was seen: a verb after it is the relative's only if joined by "and"
    reduced: list[tuple[int, int, bool]] = []  # participles read as reduced relatives ("compiled by")
    others = 0  # the other verbs of the clause (any kind but reporting ones)
    tail = False  # a verb of a clause of time or cause after a participle was seen (`only-verb-tail`)
    phrase = 0  # the word number where the clause's subject may begin (past a reporting verb)
    said = -9  # the word number of the last reporting verb (or of the "that" it governs)
    for k, (w, s, e, low) in enumerate(words):
        if relative and "," in text[words[k - 1][2] : s]:
            relative = False  # the relative clause ends at a comma at the latest
        if low == "that" and _reported(words, k, said, text):
            said = k  # "said Friday that", "told reporters that", "said ... and that": what is reported
            continue
        if (
            (low in _OPENS_RELATIVE and w != "WHO")  # rule `who-agency`: "The WHO said ...", no relative
            or (low == "that" and k - 1 != last and k > 0)
            or (low == "what" and _free_relative(words, k))  # the word tested first: no call per word
        ):
            relative, seen = True, False
            continue
        if low in _AUXILIARY and _auxiliary(words, k, text) and not relative:
            # "the chemical found in the soil was EMPTA": the participle was the subject's (an auxiliary of
            # a relative clause is the relative's)
            reduced = []
        if low in _NO_VERB:
            continue  # `_verb_kind`'s first test, without the call: most words of a clause are these
        kind = _verb_kind(words, k, text)
        if kind is None:
            continue
        if kind == "speech" and _contact_relative(words, k, text):
            continue  # rule `contact-relative`: "a classified memo they wrote that alleges ...": on the side
        if (
            kind == "verb"
            and low in _THINKING
            and (
                _that_follows(words, k, text)
                or (_opens_clause(words, k, last) and _clause_follows(words, k, text))
            )
        ):
            kind = "speech"  # rules `thought-that`, `thought-clause`: "have known for decades that ...",
            # "believe he gunned down ...": the known or thought is the claim
        elif kind in ("verb", "reduced") and low in _CLAIMING and _that_follows(words, k, text):
            kind = "speech"  # rule `claimed-that`: "complained in court on Friday that the officer entered"
        last = k
        if relative and seen and not _joined(words, k):
            relative = False  # "a cold wave that hit Poland a week ago has killed 32 people": the main verb
        if relative:  # "a colony that Indonesia invaded in 1975 and later annexed": both on the side
            # rule `relative-report`: a reporting verb in a relative clause reports the relative's claim ("a
            # woman who authorities said committed suicide"), not the sentence's: its verb is still to come
            seen = seen or kind != "speech"
            continue
        if kind == "reduced":
            # kept when one noun phrase stands before it: "The bill", "the EU's top diplomat"
            if not others and not any(low in _DETERMINERS for _, _, _, low in words[phrase + 1 : k]):
                reduced.append((s, e, False))
            continue
        if kind == "speech":
            phrase, reduced, said = k + 1, [], k
        elif (
            reduced
            and (tail or _TAIL_CLAUSE.search(text, reduced[0][1], s))
            and (not tail or _joined(words, k))
        ):
            tail = True  # rule `only-verb-tail`: the verb of a clause of time or cause after the participle
            # (and those "and" / "or" join to it) is no rival; a later one is the main clause's
        else:
            others += 1
        if kind != "light":
            out.append((s, e, kind == "speech"))
    if reduced and not others:  # rule `only-verb`: "The bill died in the House", "the diplomat met with
        # Morsi": a clause writes a verb; with no other one, one noun phrase before it, the participle is it;
        # nor is one after "when", "after", "because" ... past it: "40 people died in Harwick when the quake
        # hit" (rule `only-verb-tail`; the time clause's verb is said on the side)
        return sorted([*out, reduced[0]])
    return out


def verb_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, is-reporting) of the verbs of `text[start:end]`, relative clauses' aside (`_verbs`):
    read by `main_clause` for a main clause's predicate."""
    return _verbs(text, start, end)


_CONTACT_SUBJECTS = _set("he she they we i you")
_NO_NOUN = (
    _NOT_VERB
    | _AUXILIARY
    | _SPEECH
    | _set(
        "but so because when while if though although since as who which whom whose where why how then also"
    )
    # a time word or "it" is no noun a relative clause hangs on: "On Monday they said …", "Later she wrote
    # that …", "Asked about it she said …" (the early review of session 21)
    | _set(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
        " august september october november december later today yesterday tonight now it"
    )
)
# rule `contact-relative`: a span of time named after "last", "this", "next"… is when, not a noun a relative
# clause hangs on ("Last week they said …"; "the week they wrote" still is one). Rule `complement-time`
# reads the same nouns.
_TIME_NOUNS = _set(
    "year week month weekend night morning afternoon evening season spring summer fall autumn winter decade "
    "century monday tuesday wednesday thursday friday saturday sunday"
)
_TIME_BEFORE = _set("last this next every each same")


def _contact_relative(words: list[Word], k: int, text: str) -> bool:
    """Rule `contact-relative`: the reporting verb at word `k` follows a pronoun that follows a noun, spaces
    only between ("a classified memo they wrote that alleges ...", "the letter he wrote"): a relative
    clause with no relative pronoun, said on the side, never the sentence's reporter."""
    if k < 2 or words[k - 1][3] not in _CONTACT_SUBJECTS:
        return False
    noun, _, _, lowered = words[k - 2]
    return (
        noun[0].isalpha()
        and lowered not in _NO_NOUN
        and not (lowered in _TIME_NOUNS and k > 2 and words[k - 3][3] in _TIME_BEFORE)
        and not _adverb(lowered)
        and text[words[k - 2][2] : words[k - 1][1]] == " "
        and text[words[k - 1][2] : words[k][1]] == " "
    )


def _free_relative(words: list[Word], k: int) -> bool:
    """Rule `free-relative`: word `k` is a "what" after a preposition ("met Morsi in what people close to
    him said was his first meeting", "as part of what the State Department called an effort"): it opens a
    clause on the side, as "which" does, and a reporting verb in it reports that clause, not the sentence."""
    return k > 0 and words[k][3] == "what" and words[k - 1][3] in _PREPOSITIONS


# rule `thought-that`: verbs of knowing and thinking followed by "that" wrap what is known or thought, as a
# reporting verb wraps what is said ("Astronomers have known for decades that black hole jets contain ...")
_THINKING = _set(
    "know knows knew known believe believes believed think thinks thought realize realizes realized"
    " realised learned learnt suspect suspects suspected fear fears feared"
)


# rule `claimed-that`: verbs of claiming followed by "that" wrap what is claimed, as a reporting verb does
# (a "that" a few words on, past a time or place, was read as a relative pronoun and its clause set aside:
# "complained in court on Friday that the officer entered her apartment")
_CLAIMING = _set(
    "complained complains argued argues claimed claims alleged alleges insisted insists warned warns"
    " admitted admits acknowledged acknowledges conceded concedes testified testifies"
)


def _that_follows(words: list[Word], k: int, text: str) -> bool:
    """A "that" stands at most four words after word `k`, no comma between ("known for decades that")."""
    for n in range(k + 1, min(k + 6, len(words))):
        if "," in text[words[n - 1][2] : words[n][1]]:
            return False
        if words[n][3] == "that":
            return True
    return False


_CLAUSE_PRONOUNS = _set("he she they we i")
_FINITE = _set("is was are were has have had will would can could")
THOUGHT_FAR = 10
# rule `thought-clause-stop`: a subordinator after a short object (`THOUGHT_OBJECT`) opens no thought clause
# ("knew Dana Whitcombe when she was mayor", "learned Spanish while he was living"); not right after the
# verb ("I think once a claim is made, ..."), nor a relative word or a preposition, which may stand in the
# thought clause's subject ("I think those who have a terminal illness ... should", "believe the deaths of
# Deleon and Ault are connected"), nor one further on ("know how the doctor contracted ebola since ...")
_THOUGHT_STOPS = _set("when while after before because since until unless though although whereas")
THOUGHT_OBJECT = 4  # at most this many words of the verb's object before the subordinator


def _opens_clause(words: list[Word], k: int, last: int) -> bool:
    """Rule `thought-clause`: the verb at word `k` is its clause's first (`last`: the word number of the
    verb before it, negative for none) or the first after "and" / "but" ("... and John believed his wife
    was ill"), not one right after another verb's words ("were stolen over two years she suspects a
    handyman ...": two sentences glued, the first verb's claim stays)."""
    return last < 0 or any(words[j][3] in ("and", "but") for j in range(last + 1, k))


def _clause_follows(words: list[Word], k: int, text: str) -> bool:
    """Rule `thought-clause`: the verb of knowing or thinking at word `k` is followed, with no "that", by a
    clause: a subject pronoun right after it ("Police believe he gunned down ..."), or a verb group's
    auxiliary within `THOUGHT_FAR` words, no comma nor "to" before it ("has learned former instructor
    Stephen Vogelsang has been charged"), nor a subordinator after a short object (`_THOUGHT_STOPS`). Read
    only where the verb opens a clause (`_opens_clause`)."""
    if k + 1 >= len(words) or "," in text[words[k][2] : words[k + 1][1]]:
        return False
    if words[k + 1][3] in _CLAUSE_PRONOUNS:
        return True
    for n in range(k + 2, min(k + 1 + THOUGHT_FAR, len(words))):
        if "," in text[words[n - 1][2] : words[n][1]] or words[n - 1][3] in ("to", "that"):
            return False
        if (
            words[n - 1][3] in _THOUGHT_STOPS and k + 1 < n - 1 <= k + 1 + THOUGHT_OBJECT
        ):  # `thought-clause-stop`
            return False
        if words[n][3] in _FINITE:
            return True
    return False


REPORTED_FAR = 10  # words from a reporting verb to the "that" it governs, when a subject follows
_SUBJECT_OPENS = _set("he she it they we i you the a an his her its their our my this these those")


def _reported(words: list[Word], k: int, said: int, text: str) -> bool:
    """Rule `reported-that`: the "that" at word `k` opens what a reporting verb at word `said` reports,
    with at most four words between and no comma ("said Friday that", "told reporters in Oakdale that",
    "said in a statement that"; `reported-that-far`: up to `REPORTED_FAR` before a subject); or "and
    that" after such a "that" ("said ... and that troops had ...")."""
    if said < 0:
        return False
    if words[said][3] == "that":  # a second "that" after the first: only joined by "and"
        return words[k - 1][3] == "and"
    if "," in text[words[said][2] : words[k][1]]:
        return False
    # rule `reported-that-far`: "told a group of donors on Friday that he is considering ...": further on,
    # up to `REPORTED_FAR` words, a "that" opening a subject (a pronoun or a determiner) is still what is
    # reported; one before a verb ("... the plan that was approved") opens a relative clause
    nxt = words[k + 1][3] if k + 1 < len(words) else ""
    return k - said <= 5 or (k - said <= REPORTED_FAR and nxt in _SUBJECT_OPENS)


# rule `month-may`: a month follows the words of `lexicon.months.BEFORE_MONTH`, a modal never does
_WORD_BEFORE = re.compile(r"(\w+)[\s-]*$")
_DAY_AFTER = re.compile(r"\s+\d{1,2}\b")


def month_may(text: str, s: int) -> bool:
    """Rule `month-may`: the "may" at `text[s:]` is a month or a name, not the modal: "May" written with
    its capital past the sentence's first word ("in May", "Theresa May"; a capital opens the modal only
    a sentence), or, in text that lost its case, "may" after a word no modal follows ("in may", "last
    may", "mid-may") or before a day ("may 12")."""
    if text[s] == "M" and any(ch.isalnum() for ch in text[:s]):
        return True
    before = _WORD_BEFORE.search(text, max(0, s - 20), s)
    return (before is not None and before.group(1).lower() in BEFORE_MONTH) or bool(
        _DAY_AFTER.match(text, s + 3)
    )


def _auxiliary(words: list[Word], k: int, text: str) -> bool:
    """Word `k` is an auxiliary or a modal, the month aside (`features.month_may`: "voted in May to close"
    has no modal, and "voted" is still the only verb of its clause)."""
    low = words[k][3]
    if low not in _AUXILIARY:
        return _contracted(low)
    return not (low == "may" and month_may(text, words[k][1]))


# rule `contracted-auxiliary`: a pronoun with its auxiliary written on ("we're going", "she's been charged",
# "they've decided", "he'll pay", "I'd seen"): the verb after it is one, as after "we are"
_CONTRACTION = re.compile(r"(?:i|you|he|she|it|we|they|who|that|there)['’](?:re|s|ve|ll|d|m)")


def _contracted(low: str) -> bool:
    """Rule `contracted-auxiliary`: `low` is a pronoun and its auxiliary in one word ("we're", "she's")."""
    return ("'" in low or "’" in low) and _CONTRACTION.fullmatch(low) is not None


def _joined(words: list[Word], k: int) -> bool:
    """Word `k` (a verb) follows "and" / "or", past auxiliaries and adverbs ("and later annexed")."""
    j = k - 1
    while j >= 0 and words[j][3] in _BEFORE_JOINED:
        j -= 1
    return j >= 0 and words[j][3] in ("and", "or")


# rule `compound-adjective`: a hyphenated word is a verb only after one of these prefixes ("re-elected",
# "co-founded", "pre-recorded"); otherwise a compound adjective ("dallas-based", "state-owned", "so-called",
# "long-awaited"), which lower-cased text no longer sets apart from a verb by its capital; but a verb still
# before a determiner ("test-fired a", "e-mailed the"): a compound adjective is followed by its noun
_VERB_PREFIXES = _set("re co pre de un mis over under out cross double")


def _verb_kind(words: list[Word], k: int, text: str) -> str | None:
    """ "speech", "light", "verb", "reduced" (a participle after a noun, then a preposition: "a dossier
    compiled by") or None (no verb) for word `k` of `words`."""
    w, s, _, low = words[k]
    if not w[0].isalpha() or (w[0].isupper() and k > 0) or low in _AUXILIARY or low in _NOT_VERB:
        return None
    if low in _BETWEEN or _adverb(low):
        return None  # "has reportedly written", "was originally scheduled": the adverb is no verb
    after = words[k + 1][3] if k + 1 < len(words) else ""
    if "-" in low and low.split("-", 1)[0] not in _VERB_PREFIXES and after not in _DETERMINERS:
        return None  # rule `compound-adjective`: "dallas-based", "state-owned", "so-called": no verb
    prev = words[k - 1][3] if k else ""
    j = k - 1
    while j >= 0 and (words[j][3] in _BETWEEN or _adverb(words[j][3])):
        j -= 1
    aux = j >= 0 and _auxiliary(words, j, text)
    if aux and _complement(words, j, k):
        return None  # rules `be-complement`, `have-object`: "is not indicative", "have hideouts": no verb
    if _BRACKET_BEFORE.search(text, max(0, s - 3), s):
        return None  # rule `bracket-open`: "( associated press )", "[ related: ...": no subject, no verb
    if aux:  # "the second ... to have been identified": an infinitive, not the sentence's claim
        while j > 0 and words[j - 1][3] in _BEFORE_VERB:
            j -= 1
        if j > 0 and words[j - 1][3] == "to":
            return "light"
    if low in _SPEECH:
        if low == "told" and aux and after == "to":
            return "verb"  # rule `told-to`: "Sizemore was told to leave the set": an order, no one's report
        if low in _ADD and not _reporting(words, k, text):
            return "verb"  # rule `added-in`: "the House added in a yearlong delay", "adds to a picture"
        if low in _SPEECH_DEEDS and _speech_deed(words, k, text):
            return "verb"  # rule `speech-object`: "wrote a letter", "confirmed the death"
        if low in _NOTE and (
            k == 0
            or words[k - 1][3] in _DETERMINERS
            or _note_noun(words, k)
            or not _reporting(words, k, text)
        ):
            return None  # rule `notes-that`: "the producers note that ..." reports; "the notes that he left"
        return None if low in _NOUN_TOO and not _reporting(words, k, text) else "speech"
    if low in _LIGHT:
        # rule `light-noun`: after a determiner a light verb's word is a noun ("accept the plan", "the use
        # of force"): no verb to count against the clause's one participle ("The union agreed to accept the
        # plan": `only-verb`)
        return None if prev in _NOUN_DETERMINERS else "light"
    if len(low) < 4 and low not in _IRREGULAR and not (aux and _short_verb(low)):
        # rule `short-present`: a lemma of three letters in the present right after its subject is a verb as
        # a longer one is (`present-verb`): "nearly 500 Kenyans die of AIDS", "the families sue the city";
        # not before an auxiliary or a past form, where it is the subject's noun ("Back pay was cut", "The
        # union pay rose")
        nxt = words[k + 1][3] if k + 1 < len(words) else ""
        past = nxt in _AUXILIARY or nxt in _IRREGULAR or (nxt.endswith("ed") and _past_form(nxt))
        short = low in present_forms() and not past and _after_subject(words, k, text)
        return "verb" if short else None
    if not aux and k > 1 and prev.endswith("ly") and words[k - 2][3] in _DETERMINERS:
        return None  # "the originally scheduled time", "a newly elected mayor": an adjective
    if (
        aux
        or low in _IRREGULAR
        or (
            low.endswith("ed")
            and prev not in _ADJECTIVE_AFTER
            and prev not in _PREPOSITION_BEFORE  # rule `preposition-adjective`: "against suspected bases"
            and _past_form(low)
            and not _adjective_slot(words, k, text)
        )
    ):
        nxt = words[k + 1][3] if k + 1 < len(words) else ""
        reduced = (
            not aux
            and k
            and words[k - 1][0][0].islower()
            and prev not in _PRONOUNS
            and prev not in ("and", "or", "but", "then")  # "was arrested and charged with": coordinated
            and nxt in _PREPOSITIONS
            and text[words[k - 1][2] : s] == " "
            and not _adverb_after_break(words, k, text)
        )
        named = (
            low in NAMING_PARTICIPLES  # "the 13-year-old lion named Mohawk": no claim
            and k
            and words[k - 1][0][0].islower()
            and k + 1 < len(words)
            and words[k + 1][0][0].isupper()
        )
        return "reduced" if reduced else "light" if named else "verb"
    if (
        low.endswith("s")
        and not low.endswith("ss")
        and "'" not in low
        and "’" not in low
        and k
        and text[words[k - 1][2] : s] == " "
        and (words[k - 1][0][0].isupper() or prev in _PRONOUNS)
        and k + 1 < len(words)
        and (words[k + 1][3] in _OBJECT_OPENS or words[k + 1][0][0].isupper())
        and words[k - 1][0] not in _demonyms()  # rule `demonym-noun`: "Kurdish regions that", "Pakistani
        # officials to": a nationality's word opens a noun phrase, its plural no present-tense verb
    ):
        return "verb"
    if low in present_forms() and _after_subject(words, k, text):
        return "verb"  # rule `present-verb`: "The disorder interferes with", "the data suggest"
    if (low in present_forms() or low in _NOUN_VERBS) and _after_appositive(words, k, text):
        return "verb"  # rule `appositive-subject`: "Dana Lund, the mayor of Harwick, opposes the plan"
    if (
        low in _NOUN_VERBS
        and k + 1 < len(words)
        and _OBJECT_GAP.fullmatch(text, words[k][2], words[k + 1][1])  # "at all costs, Kerry said": none
        and (
            words[k + 1][3] in _OBJECT_DETERMINERS
            or _OBJECT_START.match(text, words[k][2] + 1)
            or (low in ("face", "faces") and words[k + 1][3] in _FACED)  # rule `face-charges`
        )
        and _after_subject(words, k, text)
    ):
        return "verb"  # rule `noun-verb`: "now costs $26", "honors Eugene Parker", "face a trial"
    return None


# rule `be-complement`: after a form of "be" a verb is a participle ("was arrested", "is seeking", "were
# shot"); any other word is the complement ("is not indicative of", "will be crucial", "was unable"): an
# adjective or a noun, which `_linked` reads as "be>..." when the clause has no verb (session 52: "indicative"
# was a predicate, passive). `_UNDERGONE`'s "dead" stays one. Rule `have-object`: after "has" / "have" /
# "had" only a past participle is a verb; any other word opens the object ("the rebels have hideouts in
# Iran", "had custody of", "have evidence that": "have" is then the verb, light)
_BE_FORMS = _set("is was are were be been being am")
_HAVE = _set("has have had")
# participles of no "-ed" / "-ing" form that neither irregular table lists (their pasts are their bases)
_MORE_PARTICIPLES = _set(
    "born cut hurt let read spread cast cost done seen gone proven forbidden bid shed upset burst given"
    " taken become run come shown blown sewn sown overthrown heard dug bent bound wound ground lit split rid"
    " beset overseen foreseen undone overcome overrun misled burnt learnt dreamt leapt crept flung clung"
    " sprung shrunk drunk woven awoken stricken fed said told made had"
)
_BRACKET_BEFORE = re.compile(r"[(\[]\s*$")


# participles the tables miss that no prefix below makes ("has gotten", "was broadcast live")
_PARTICIPLES_UNPREFIXED = _set("gotten broadcast arisen thrust strewn borne wed")
# prefixes on an irregular participle of the tables ("has undergone surgery", "has withheld", "was
# rebuilt", "was forecast"): a verb still, where be-complement / have-object read "undergone" as an object
_PARTICIPLE_PREFIXES = ("under", "with", "over", "out", "mis", "fore", "off", "re", "up")
_PREFIXED_NOUNS = _set("outlet outset output outcast")


def _irregular_participle(low: str) -> bool:
    """`low` is an irregular participle of the tables, bare or listed, or one of them after a verb
    prefix ("undergone", "withheld", "rebuilt", "forecast"; not "outlet", "output")."""
    if low in PAST_FORMS or low in _MORE_PARTICIPLES or low in _PARTICIPLES_UNPREFIXED:
        return True
    return low not in _PREFIXED_NOUNS and any(
        low.startswith(p)
        and len(low) - len(p) >= 3
        and (low[len(p) :] in PAST_FORMS or low[len(p) :] in _MORE_PARTICIPLES)
        for p in _PARTICIPLE_PREFIXES
    )


def _past_participle(low: str) -> bool:
    """`low` is written as a past participle: an irregular one ("led", "fed", "undergone":
    `_irregular_participle`) or "-ed" (`_past_form`)."""
    return _irregular_participle(low) or (low.endswith("ed") and _past_form(low))


def _participle(low: str) -> bool:
    """`low` is written as a participle: "-ed" (`_past_form`), "-ing" (not "something", "king"), or an
    irregular one."""
    if low.endswith("ing"):
        return len(low) > 4 and not low.endswith("thing") and low not in _PREPOSITIONS
    return _past_participle(low)


def _complement(words: list[Word], j: int, k: int) -> bool:
    """Rules `be-complement`, `have-object`: word `k`, after the verb group opened by the auxiliary at
    word `j`, is that group's complement or object, no verb: no participle after "be" ("is not
    indicative"), no past participle after "have" ("have hideouts", "had custody of", "has inconsistent
    bloodstain patterns")."""
    last = next((kind for w in reversed(words[j:k]) if (kind := _group_verb(w[3])) is not None), "")
    low = words[k][3]
    if last == "be":
        return not _participle(low) and low not in _UNDERGONE
    return last == "have" and not _past_participle(low)


def _group_verb(low: str) -> str | None:
    """ "be" or "have" for a form of either (a pronoun's contraction too: "we're", "they've"; "'s" read as
    "is", whose participles include "has"'s), "" for another auxiliary written on ("he'll", "I'd"), None
    for any other word."""
    if low in _BE_FORMS:
        return "be"
    if low in _HAVE:
        return "have"
    if not _contracted(low):
        return None
    end = low.replace("’", "'").rsplit("'", 1)[1]
    return "be" if end in ("re", "m", "s") else "have" if end == "ve" else ""


# rule `owner-adjective`: an "-ed" word right after an owner's "'s" ("Trump's unexpected decision", "the duo's
# assorted counsel") is an adjective; not after a pronoun's "'s", which is "is" / "has" ("she's gone", "it's
# expected")
_CONTRACTED = _set("he she it that there what who where here let")


# rule `preposition-adjective`: an "-ed" word right after one of these prepositions opens the noun phrase
# the preposition governs ("airstrikes against suspected rebel bases", "talks about disputed land"), as after
# those of `_ADJECTIVE_AFTER`; no verb
_PREPOSITION_BEFORE = _set(
    "against about among amid between through without within near under over across toward towards despite"
    " via upon onto behind beyond"
)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Nationality and group words as written ("Kurdish", "Pakistani": `lexicon/data/demonyms.txt`)."""
    return word_list("demonyms.txt")


def _adjective_slot(words: list[Word], k: int, text: str) -> bool:
    """Rule `owner-adjective`: the "-ed" word `k` stands right after an owner's "'s", one space between."""
    if k == 0 or text[words[k - 1][2] : words[k][1]] != " ":
        return False
    prev = words[k - 1][3].replace("’", "'")
    return prev.endswith("'s") and prev[:-2] not in _CONTRACTED


def _speech_deed(words: list[Word], k: int, text: str) -> bool:
    """Rule `speech-object`: the verb of saying at word `k` ("wrote", "confirmed") takes a plain object: an
    object's determiner right after it ("wrote a letter", "confirmed the death"), no "that" and no clause
    after that object (`_that_follows`, `_clause_follows`: "confirmed the mayor had resigned" reports)."""
    return (
        k + 1 < len(words)
        and words[k + 1][3] in _OBJECT_DETERMINERS
        and text[words[k][2] : words[k + 1][1]] == " "
        and not _that_follows(words, k, text)
        and not _clause_follows(words, k, text)
    )


def _short_verb(low: str) -> bool:
    """Rule `short-verb`: a lemma of two or three letters, after an auxiliary a verb ("will pay")."""
    return low in _SHORT_VERBS or low in present_forms()


def _adverb_after_break(words: list[Word], k: int, text: str) -> bool:
    """Rule `aside-adverb`: verb `k` follows adverbs that follow a comma or a dash ("Dana Whitcombe, who is
    running for governor, recently met with ..."): the comma closed an aside and the subject's verb comes
    next, no participle after a noun ("a report recently compiled by")."""
    j = k - 1
    while j > 0 and (words[j][3] in _BETWEEN or _adverb(words[j][3])):
        j -= 1
    return j < k - 1 and bool(text[words[j][2] : words[j + 1][1]].strip())


def _without_only(text: str, start: int, end: int, s: int) -> bool:
    """Rule `without-phrase`: each negation of the clause `text[start:end]` is a "without", and the claim's
    verb (at `s`) stands outside each one's phrase (up to a comma, a semicolon, "and" or "but": the words
    it denies), so the verb is told as done: "four bodies had been found without giving further details",
    "Without a permit, the crew dumped the waste" (it was `without-after`, a verb before it only)."""
    from .features import _NEGATION_RE  # features reads this module: imported when first needed

    found = list(_NEGATION_RE.finditer(text, start, end))
    if not found or any(m.group().lower() != "without" for m in found):
        return False
    for m in found:
        close = _WITHOUT_ENDS.search(text, m.end(), end)
        if m.start() <= s < (close.start() if close else end):
            return False
    return True


_WITHOUT_ENDS = re.compile(r"[,;:()\u2014]|\s--\s|\b(?:and|but)\b", re.IGNORECASE)


def _hedged_by(
    text: str, start: int, nxt: int, end: int, preds: list[tuple[int, int]], verb_end: int | None = None
) -> bool:
    """Rule `hedge-after`: a hedged clause's claim is hedged by a hedge word written before the clause's next
    predicate (at `nxt`), or by any after it but a condition's "if", "unless", "whether": "they removed
    Whitcombe from the set ..., and urged the crew to call police if they felt unsafe" does not hedge
    "removed"; "could" or "may" later in the clause still does (the clause's
    verbs are not read well enough to tell whose modal it is), and so does an "if" or "unless" that
    conditions the whole clause (`_conditions_all`; `preds`: the clause's predicates). A modal in a
    question or a saying that opens after the claim's own verb (ending at `verb_end`) hedges what it asks or
    says, not the claim: rules `wh-modal`, `said-modal` (`_modal_elsewhere`)."""
    from .features import _HEDGE_RE, _hedged  # features reads this module: imported when first needed

    cut = _modal_elsewhere(text, verb_end, nxt) if verb_end is not None else None
    if _hedged(text, start, nxt if cut is None else cut):
        return True
    for m in _HEDGE_RE.finditer(text, nxt, end):
        word = m.group().lower()
        if word in _CONDITIONS:
            if word != "whether" and _conditions_all(text, m.start(), preds):
                return True
        elif word != "may" or not month_may(text, m.start()):
            return True
    return False


# a modal in a clause that a question word ("disagreed over who would manage PAL": rule `wh-modal`) or a
# participle of saying ("retweeted a tweet saying President Trump should resign": rule `said-modal`) opens
# after the claim's verb: what is in question or said is hedged, not the disagreeing or the retweeting told
# as done ("whether", "if" aside: their hedge is `hedge-after`'s; "as they could not stay" still hedges).
# Not "which" nor "what" (review48): "shot down what may have been a drone", "…, a claim which could not
# be verified" hedge the claim itself
_EMBEDDED_MODAL = re.compile(
    r"\b(?:who|how|saying|claiming|warning|suggesting|arguing|insisting)\b(?:[^,;:]|,(?=\d))*?"
    r"\b(?:could|would|should|may|might|must)\b",
    re.IGNORECASE,
)


def _modal_elsewhere(text: str, verb_end: int, nxt: int) -> int | None:
    """Where a clause opens, after the verb ending at `verb_end` and before `nxt`, whose modal hedges what it
    asks or says, not that verb's claim (rules `wh-modal`, `said-modal`); None when there is none."""
    m = _EMBEDDED_MODAL.search(text, verb_end, nxt)
    return None if m is None else m.start()


def _conditions_all(text: str, at: int, preds: list[tuple[int, int]]) -> bool:
    """Rule `condition-after`: an "if" / "unless" at `at` written after the clause's last predicate before
    it conditions every claim of the clause it follows ("removed Whitcombe from the set and reviewed the
    footage, if the studio's account is true"; "only if", "unless" alike), unless a "to"-infinitive stands
    between ("urged the crew to call police if they felt unsafe": the calling's condition) or no comma nor
    "only" does and the condition follows its verb right away ("asked if": what was asked)."""
    last = max((e for _, e in preds if e <= at), default=None)
    if last is None:
        return False
    between = text[last:at]
    if _COMMA_OR_ONLY.search(between):
        return True
    return bool(between.strip()) and not _INFINITIVE.search(between)


# rule `condition-after`: a comma or "only" right before the condition; a "to" before a verb's word (not a
# determiner, pronoun, name or number: "sent the footage to the studio if" is no infinitive)
_COMMA_OR_ONLY = re.compile(r"(?:,|\bonly)\s*$", re.IGNORECASE)
_INFINITIVE = re.compile(
    r"\bto\s+(?:(?:not|also|then|again|immediately)\s+)?(?!(?:the|a|an|his|her|their|its|our|my|your|this"
    r"|that|these|those|him|them|us|me|it|police|court|jail|prison|hospital|work|school)\b)[a-z]+\b"
)


_CONDITIONS = _set("if unless whether")


# rule `noun-states`: reporting verbs that are plural nouns as often ("the united states", "other states",
# "news reports"): a verb only before "that", a comma, a colon or the clause's end, or after a pronoun
_NOUN_TOO = _set("states reports")
_ADD = _set("added adds")  # ... and "added", "adds" report only there too; elsewhere they add a thing
# rule `notes-that`: "note", "notes" report only there too, and never after a determiner ("the notes that")
_NOTE = _set("note notes")
# ... nor after a count ("two notes that", "two handwritten notes", "a suicide note that"; `_note_noun`)
_NOTE_COUNTS = _set("two three four five six seven eight nine ten several many few dozen dozens numerous")
# rule `speech-object` (session 38): these verbs of saying also name a deed with a plain object ("wrote a
# letter to the bishop", "confirmed the death of ...", "announced the closure"): before an object's
# determiner with no clause after it, a verb of the sentence's own claim, never a reporter hiding one
_SPEECH_DEEDS = _set("wrote writes write written confirmed confirms announced announces")
_OBJECT_DETERMINERS = _set("a an the his her their its our my your")
# rule `noun-verb` (session 38): verbs written as nouns as often, so `data/verbs.txt` (mined to leave those
# out) never lists them: a verb only in the present after a subject and before what opens an object ("A
# case now costs $26", "The new name honors Eugene Parker", "The two men face a trial")
_NOUN_VERBS = _set("cost costs face faces offer offers honor honors honour honours")
# rule `face-charges`: what one faces in court, written with no determiner ("The two men face charges",
# "she faces trial"): after "face" / "faces" it opens an object as a determiner would
_FACED = _set("charges charge trial arrest prosecution deportation extradition jail prison execution")
_OBJECT_START = re.compile(r"[$£€\d]|[A-Z]")  # a sum, a count or a name opens the object
_OBJECT_GAP = re.compile(r" [$£€]?")  # between a `_NOUN_VERBS` word and its object: a space, a sum's sign
# rule `short-verb` (session 38): a verb of two or three letters after an auxiliary ("will pay $2 million",
# "could win", "has cut"): `data/verbs.txt`'s short lemmas and these it does not list
_SHORT_VERBS = _set("win cut run")


def _note_noun(words: list[Word], k: int) -> bool:
    """Rule `notes-that`: "note" / "notes" (word `k`) is a noun after a count one or two words back ("two
    handwritten notes", "a suicide note"), or before a "that" a verb follows ("notes that described ...",
    "notes that were found": a relative clause, no report)."""
    back = [w[3] for w in words[max(0, k - 2) : k]]
    if any(w.isdigit() or w in _NOTE_COUNTS for w in back) or (
        words[k][3] == "note" and back[0] in ("a", "an")
    ):
        return True
    if k + 2 < len(words) and words[k + 1][3] == "that":
        nxt = words[k + 2][3]
        return nxt in _AUXILIARY or nxt in _IRREGULAR or (nxt.endswith("ed") and _past_form(nxt))
    return False


_REPORT_AFTER = re.compile(r"\s*(?:[,:;.!?\"”’']|$)")
# ... or up to `_REPORT_GAP` words of a time or place phrase, then "that" ("added on Monday that", "adds
# Tuesday that", "added in a statement that", "states clearly that"); not "added in a yearlong delay that"
_REPORT_GAP = 3
_TIME_OR_PLACE = _set(
    "on in at during later earlier again also then clearly today yesterday tonight a an the his her their "
    "its this last monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "week statement interview letter email briefing court"
)


def _reporting(words: list[Word], k: int, text: str) -> bool:
    """Rules `noun-states`, `added-in`: word `k` ("states", "reports", "added") reports: a pronoun before it
    ("he states"), "that" after it, alone or after up to `_REPORT_GAP` words of a time or place phrase
    ("the report states that", "he added on Monday that"), or a comma, a colon or the end after it
    ("..., CNN reports.")."""
    if k > 0 and words[k - 1][3] in _PRONOUNS:
        return True
    for j in range(k + 1, min(k + 2 + _REPORT_GAP, len(words))):
        if words[j][3] == "that":
            return True
        if words[j][3] not in _TIME_OR_PLACE or text[words[j - 1][2] : words[j][1]].strip(" ,"):
            break
    return bool(_REPORT_AFTER.match(text, words[k][2]))


def _after_subject(words: list[Word], k: int, text: str) -> bool:
    """Rule `present-verb`: a subject may end right before word `k` (past adverbs: "now costs"), so a
    present form of `present_forms` there is the clause's verb: the word before is no function word
    (determiner, preposition, "to", conjunction: "the cost", "to remove", "and remove"), no verb form of
    its own ("help remove", "looked like") and nothing but a space stands between ("the fact, remove")."""
    j = k - 1
    while j >= 0 and (words[j][3] in _BETWEEN or _adverb(words[j][3])):
        j -= 1
    if j < 0 or any(text[words[i][2] : words[i + 1][1]] != " " for i in range(j, k)):
        return False
    prev = words[j][3]
    if prev in _NOT_VERB or prev in _ADJECTIVE_AFTER or prev in _AUXILIARY or prev in _SPEECH:
        return False
    if prev in present_forms() or prev in _IRREGULAR or prev in _LIGHT or prev.endswith("ed"):
        return False  # "help remove", "looked like": a verb's object or complement, not its subject
    return not prev[0].isdigit()


APPOSITIVE_WORDS = 8  # `_after_appositive`: at most this many words between the aside's two commas


def _after_appositive(words: list[Word], k: int, text: str) -> bool:
    """Rule `appositive-subject`: word `k` follows an aside set off by two commas right after a name
    ("Dana Lund, the mayor of Harwick, opposes", "Lund, of Harwick, opposes", "The two brothers, Tod and Hal,
    face"): the aside (at most `APPOSITIVE_WORDS` words, no other mark) ends on a name, the word before
    its opening comma is capitalised or a plural noun, and what follows with a space opens an object (no
    conjunction nor preposition), so a present form there is the subject's verb. Not "his arms, face and
    chest" (no name closes the aside, "and" follows)."""
    if k < 2 or k + 1 >= len(words) or text[words[k - 1][2] : words[k][1]] != ", ":
        return False
    nxt = words[k + 1][3]
    if (nxt in _NOT_VERB and nxt not in _OBJECT_OPENS) or text[words[k][2] : words[k + 1][1]] != " ":
        return False
    if not words[k - 1][0][0].isupper():
        return False
    for j in range(k - 2, max(-1, k - 2 - APPOSITIVE_WORDS), -1):
        gap = text[words[j][2] : words[j + 1][1]]
        if gap == ", ":
            head = words[j][0]
            return head[0].isupper() or (head.endswith("s") and head.lower() not in _NO_VERB)
        if gap not in (" ", "-"):
            return False
    return False


def _past_form(low: str) -> bool:
    """An "-ed" word written as a past form: five letters or more ("arrested"), or four when its stem is
    two letters and an "e" ("died", "sued", "tied", "lied": a vowel right before the "-ed"), never
    "-eed" ("need", "seed") nor a consonant there ("shed", "bred")."""
    return len(low) > 4 or (len(low) == 4 and low[1] in "aiouy" and low[2] == "e")


# verbs written with "-ly" ("supply", "reply"): every other word so written is an adverb
_LY_VERBS = _set("apply applies ally bully comply fly flies imply multiply rally rely reply supply tally")


def _adverb(low: str) -> bool:
    """A word ending in "-ly" that is no verb ("reportedly", "originally"; "only" too)."""
    return low.endswith("ly") and low not in _LY_VERBS


# rule `trailing-attribution`: a clause that ends on who reports it (", police said.", ", a spokesman for
# the city said Tuesday.", ", according to police.", ", three people with direct knowledge of the talks told
# the Herald.", after a quotation's closing mark too: '," said ...', Multi-News+'s ', " said ...'; a long
# inverted one, an appositive in it: ", said Dr. Laura Alvarez, a pulmonologist at the university.", ", the
# study stated."): its claim is what comes before the comma, and the reporter is none of its arguments
_TRAILING = re.compile(
    r",(?:\s*[\"”’'])?\s+(?:[\w.'’-]+\s+){0,12}?"
    r"(?:said|says|say|(?:told|tells)\s+[\w.'’-]+|reported|reports|added|stated|wrote|writes|noted|according\s+to)"
    r"((?:,?\s+[\w.'’-]+){0,12}?)\s*[.?!]?[\"”’']?\s*$"
)


def _trailing(text: str, start: int, end: int) -> int | None:
    """Where the clause `text[start:end]` ends on its reporter (the comma of ", police said."), or None:
    at most twelve words before the reporting verb, at most twelve after it, and none of those an auxiliary
    or "that" (", police said he was armed": the report's own claim follows)."""
    m = _TRAILING.search(text, start, end)
    if m is None or any(w.lower() in _AUXILIARY or w.lower() == "that" for w in m.group(1).split()):
        return None
    return m.start()


# rule `report-day`: a day right after a reporting verb ("Ashton said Tuesday that she had met", "police said
# on Monday the gunman ...") is when the report was made, not when the reported thing happened: no argument of
# the claim (the start code put it on the subject side, where `clash` read "Tuesday" against the event's
# "Monday night"); not a day's possession ("said Monday's attack ...", "said Monday night's attack": the
# time of day is taken whole, atomic, so the match cannot give it back and end on the bare day)
_REPORT_DAY = re.compile(
    r"(?:\s+on)?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
    r"(?>(?:\s+(?:morning|afternoon|evening|night))?)\b(?![’'])",
    re.IGNORECASE,
)


# rule `reporter-owner`: a reported clause whose subject opens on "his" / "her" / "their" ("Unruh said her son
# filed a report") is about the one reporter the clause names before its verb of saying: whose the subject
# is (`ClauseClaim.owner`), so two such claims of one owner are anchored as "Unruh's son filed" would be
_REPORTED_OWNER = re.compile(r"\s*(?:that\s+)?(?:his|her|their)\s", re.IGNORECASE)


def claims(
    text: str, clauses: tuple[Clause, ...], subordinate: tuple[tuple[int, int], ...]
) -> tuple[ClauseClaim, ...]:
    """The claims of a sentence, clause by clause (`clauses`: its `features.Clause`s; `subordinate`: its
    side stretches, `subordinate.stretches`)."""
    out: list[ClauseClaim] = []
    opening = _OPENING_PHRASE.match(text)
    side = (*subordinate, (0, opening.end())) if opening else subordinate
    if "ed " in text or "when " in text or "while " in text or "before " in text or "until " in text:
        side = (*side, *asides(text))
    head: frozenset[str] = frozenset()  # the subject a verbless clause left for the next (`_head`)
    for cl in clauses:
        held, head = head, frozenset()
        if cl.attribution:
            continue
        words = _words(text, cl.start, cl.end)  # once: the verbs and each verb group read them
        verbs = _verbs(text, cl.start, cl.end, words)
        if not verbs:
            head = _head(text, cl, side)
        elif held and not _AFTER_ASIDE.match(text, cl.start) and not _DASH_BEFORE.search(text, 0, cl.start):
            held = frozenset()  # the clause before was no subject held apart by an aside
        cut = None if not verbs else _trailing(text, cl.start, cl.end) if any(v[2] for v in verbs) else None
        if cut is not None and any(not speech and s > cut for s, _, speech in verbs):
            cut = None  # "On Tuesday, police said the gunman shot two officers.": the report leads the claim
        if cut is not None:  # ", police said.": the reporter is no argument, nor does it hide the claim
            verbs = [v for v in verbs if v[0] < cut]
        begin = cl.start
        reporter: frozenset[str] = frozenset()  # the participants named before the verb of saying
        preds: list[tuple[int, int]] = []
        for s, e, speech in verbs:
            if not speech and inside(s, side):
                continue  # a claim made on the side (`subordinate.stretches`) is not what the sentence states
            if speech:
                if preds and _SUBORDINATOR.search(text, preds[-1][1], s):
                    # rule `subordinate-report`: "was arrested after witnesses told police that ...": the
                    # report is the subordinate clause's, the claim before it stays the sentence's
                    continue
                if preds and begin == cl.start and (joined := _AND_REPORT.search(text, preds[-1][1], s)):
                    # rule `and-said`: "Police arrested Smith on Monday and said he was armed": the claim
                    # stated ends at the "and"; what its doer goes on to report is no claim of the writer's
                    # (read as one, it had taken the stated claim's place). Not after a report ("Lockhart
                    # said the US deplored ... and said ...": both reported, the later one kept as before)
                    cut = joined.start()
                    break
                reporter = frozenset(c for _, c, a, _ in cl.spots if begin <= a < s and c.startswith("E:"))
                begin = e  # who reports the claim is not part of it
                if day := _REPORT_DAY.match(text, e):  # rule `report-day`: "said Tuesday that ..."
                    begin = day.end()
                preds = [p for p in preds if p[0] >= begin]
            else:
                preds.append((s, e))
        stop = cl.end if cut is None else cut
        nominal = _event_nouns(text, cl, begin, stop, side, [v[0] for v in verbs])  # rule `event-noun`
        if (
            not preds
        ):  # rules `copula`, `light-object`: "Kosovo is a province of Serbia": a claim all the same
            linked = _linked(text, cl, begin, stop, side)
            if linked is not None:
                out.append(linked)
            out.extend(nominal)
            continue
        # the arguments: what the clause says after its reporter, outside its side stretches ("struck
        # Haiti, eight days after a 7.0 magnitude quake": no 7.0 argument)
        spots = [sp for sp in cl.spots if begin <= sp[2] < stop and not inside(sp[2], side)]
        nums = {
            f"N:{c.unit}:{c.value:g}": at
            for c, at in zip(cl.counts, cl.count_at or (), strict=False)
            if begin <= at < stop and not inside(at, side)
        }
        first = preds[0][0]
        places = frozenset(c for _, c, a, _ in spots if c.startswith("E:") and _at_place(text, a))
        on_names = frozenset(c for _, c, a, _ in spots if c.startswith("E:") and _at_place(text, a, _ON))
        opening_args: frozenset[str] = frozenset()
        if opening:  # the opening phrase holds no verb of the claim, but what it names still clashes
            end = opening.end()
            opened = [sp for sp in cl.spots if begin <= sp[2] < end]
            opening_args = frozenset(c for _, c, _, _ in opened if c.startswith("E:"))
            places |= frozenset(c for _, c, a, _ in opened if c.startswith("E:") and _at_place(text, a))
            opening_args |= frozenset(
                f"N:{c.unit}:{c.value:g}"
                for c, at in zip(cl.counts, cl.count_at or (), strict=False)
                if begin <= at < end
            )
        passive = modal = habitual = False
        starts = [w[1] for w in words]
        pronoun = _pronoun_subject(text, max(begin, opening.end() if opening else 0), first)
        # rule `own-subject`: where each later predicate's own subject opens, if it has one
        owns = [None, *(_own_subject(text, spots, preds[k - 1][1], p[0]) for k, p in enumerate(preds) if k)]
        owner = reporter if len(reporter) == 1 and _REPORTED_OWNER.match(text, begin, first) else frozenset()
        for k, (s, e) in enumerate(preds):
            nxt = preds[k + 1][0] if k + 1 < len(preds) else cl.end
            if k + 1 < len(preds) and (o := owns[k + 1]) is not None and not _THAT_BEFORE.search(text, 0, o):
                nxt = o  # "arrested Smith and prosecutors charged him": "prosecutors" is no object (what
                # follows "determined that" is, the object of "determined")
            if (group := _AND_GROUP.search(text, e, nxt)) is not None:
                nxt = group.start()  # rule `and-group`: "... and Hal Brook was given $20,000": no object
            spot = next(((c, a, b) for _, c, a, b in spots if a <= s < b and ":" not in c), None)
            if spot is None:
                continue
            pred, p_start, p_end = spot
            if s <= p_start and p_end <= e:  # rule `phrase-keeps-form`: "found guilty" is "convict"
                pred = base_concept(text[s:e].lower()) or pred  # rule `irregular-base`
            before = frozenset(c for _, c, a, _ in spots if a < first and c != pred)
            before |= frozenset(n for n, at in nums.items() if 0 <= at < first)
            if (
                held
                and not pronoun
                and (
                    before <= {c for _, c, a, b in spots if _adverb(text[a:b].lower())}
                    or _comma_closes(words, bisect_left(starts, first), text)
                )
            ):
                before = held  # rule `subject-before-aside` (an adverb is no subject: `aside-adverb`; nor
                # the relative clause's own apposition, `aside-comma`)
            who = pronoun
            if (o := owns[k]) is not None:  # rule `own-subject`
                before = frozenset(c for _, c, a, _ in spots if o <= a < s and c != pred)
                before |= frozenset(n for n, at in nums.items() if o <= at < s)
                who = ""  # "Police arrested Smith and he was charged": "he" is Smith, not another's
            after = _object_args(spots, nums, e, nxt, pred)
            other = bool(_ANOTHER.match(text, e))
            joined = k > 0 and _COORDINATED.fullmatch(text, preds[k - 1][1], s)
            group = words[: bisect_left(starts, s)]  # the clause's words before the verb
            passive = passive if joined else _passive(text, s, e, group) or pred in _UNDERGONE
            modal = modal if joined else _modal(text, group)
            habitual = habitual if joined else _habitual(group)
            out.append(
                ClauseClaim(
                    cl.start,
                    cl.end,
                    pred,
                    (s, e),
                    before,
                    after,
                    cl.negated and not _without_only(text, cl.start, cl.end, s),  # rule `without-phrase`
                    cl.hedged and _hedged_by(text, cl.start, nxt, cl.end, preds, e),  # rule `hedge-after`
                    other,
                    passive,
                    places & (before | after | opening_args),
                    opening_args,
                    _agent(text, spots, e, nxt, places) if passive else frozenset(),
                    modal,
                    "" if any(c.startswith("E:") for c in before) else who,
                    habitual,
                    _name_like(text, s, e),
                    owner=owner if owns[k] is None else frozenset(),  # a later verb's own subject: not hers
                    head=_object_head(text, e, nxt, spots),
                    partner=_partner(text, e, nxt, spots),
                    on_names=on_names & after,
                )
            )
        if main := next((c for c in out[::-1] if c.start == cl.start and c.at[0] == first), None):
            out.extend(_tails(text, cl, main, spots, nums, stop, side, [v[0] for v in verbs]))
        out.extend(nominal)
    return tuple(out)


def _object_args(
    spots: list[tuple[Any, str, int, int]], nums: dict[str, int], e: int, nxt: int, pred: str
) -> frozenset[str]:
    """A claim's object side: the concepts and numbers written from the verb's end `e` up to `nxt`, less
    the predicate's own concept (read by the claim loop and by `_tails` alike)."""
    return frozenset(c for _, c, a, _ in spots if e <= a < nxt and c != pred) | frozenset(
        n for n, at in nums.items() if e <= at < nxt
    )


# rule `other-head`: an object written right after its verb as a plain noun phrase: a determiner, at most
# two lower-case words, the head noun, then a preposition or a stop ("filed a report on the break-in",
# "signed a letter to the board"). No name, number or person word (a described person, "a man" / "a
# suspect", may be one person; a count is the numbers' to compare), so what is left names a thing.
# Session 40 (`object-head-more`): a bare plural is such a phrase too ("concluded talks with"), and a
# participle may follow the head ("ended a tour promoting her book")
_OBJECT_NP = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|our)\s+((?:[a-z][a-z-]*\s+){0,2}?)([a-z][a-z-]{2,})|()([a-z][a-z-]{2,}s))"
    r"(?=\s+(?:on|over|for|to|of|in|at|about|with|against|from|after|before|into)\b|\s+[a-z]{2,}ing\b"
    r"|\s*[.,;:]|\s*$)"
)
_NOT_HEAD = _set(
    "man woman men women boy girl boys girls person people child children teen teenager suspect victim"
    " one two three four five six seven eight nine ten dozen dozens hundreds thousands millions first second"
    " last other another same few several many more most"
)


def _object_head(text: str, e: int, nxt: int, spots: list[tuple[Any, str, int, int]]) -> str:
    """Rule `other-head`: the concept of the head noun of the plain noun phrase right after the verb ending
    at `e` (`_OBJECT_NP`), within the claim's object side (before `nxt`); "" when there is none."""
    m = _OBJECT_NP.match(text, e)
    if m is None:
        return ""
    g = 2 if m.group(2) is not None else 4  # after a determiner, or a bare plural
    if m.end(g) > nxt or {*m.group(g - 1).split(), m.group(g)} & _NOT_HEAD or m.group(g) in STOP_WORDS:
        return ""
    return next((c for _, c, a, _ in spots if a == m.start(g) and ":" not in c), "")


# rule `paraphrase-party`: "with" and the phrase after it, to a preposition, a comma or a clause word
_WITH_PHRASE = re.compile(
    r"\s+with\s+((?:(?!\b(?:over|on|about|in|at|after|before|for|by|who|which|that)\b)[^,;:.])+)"
)


def _partner(text: str, e: int, nxt: int, spots: list[tuple[Any, str, int, int]]) -> frozenset[str]:
    """Rule `paraphrase-party`: the concepts of the "with" phrase right after the verb ending at `e`, within
    the claim's object side (before `nxt`): "disagreed with the drivers' union over ..." -> union, driver."""
    m = _WITH_PHRASE.match(text, e)
    if m is None or m.start(1) >= nxt:
        return frozenset()
    return frozenset(c for _, c, a, _ in spots if m.start(1) <= a < min(m.end(1), nxt))


def parties_differ(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Rule `paraphrase-party`: one claim names the other party of its act ("Harwick Transit disagreed with
    the drivers' union", `partner`) and the other claim names it neither as a doer nor as its own party
    ("Harwick Transit and Brill clashed"): two acts, whatever words they share."""
    return any(c.partner and not c.partner & (d.before | d.partner) for c, d in ((x, y), (y, x)))


# rule `participial-tail`: ", killing 11 people" after a clause's claim ("A car bomb exploded in the market
# on Sunday, killing 11 people") states a claim of its own whose doer is the clause's subject ("the bomb
# killed 11 people"), as a short sentence elsewhere may state it alone. Not a tail that reports, thinks,
# asks or weighs ("..., saying ...", "..., calling for ...", "..., including ...": its complement is no deed
# of the subject's), nor a light verb ("making it the deadliest": `_LIGHT`)
_TAIL = re.compile(r",\s+(?:[a-z]+ly\s+)?([a-z]+ing)\b")
# an "-ing" word between the claim and its tail: a verb the tail may belong to (not these nouns, "during")
_ING = re.compile(
    r"\b(?!(?:during|morning|evening|building|spring|something|nothing|anything|everything)\b)[a-z]{2,}ing\b"
)
_NOT_TAIL = _set(
    "saying adding telling reporting announcing stating writing noting explaining confirming according"
    " including following excluding regarding concerning beginning starting during pending calling citing"
    " claiming arguing asking urging warning insisting accusing alleging describing suggesting acknowledging"
    " admitting denying promising vowing threatening demanding hoping fearing believing thinking knowing"
    " making taking giving getting having doing going coming becoming continuing holding keeping putting"
    " setting using seeming remaining expecting wanting planning trying seeking needing appearing seeing"
    " bringing leaving prompting sparking raising"
)


def _tails(
    text: str,
    cl: Clause,
    main: ClauseClaim,
    spots: list[tuple[int, str, int, int]],
    nums: dict[str, int],
    stop: int,
    side: tuple[tuple[int, int], ...],
    verbs: list[int],
) -> list[ClauseClaim]:
    """Rule `participial-tail` (`_TAIL`): the claims of the participle phrases after a comma that close the
    clause `text[cl.start:stop]` past its first claim `main` (active, with a subject, told as done): each
    the participle's concept, `main`'s subject side and the words after the participle up to the next verb,
    read by `match` only (as `event-noun`'s, `nominal`). None after a negated clause, whose "not" is not the
    tail's ("The storm did not hit the coast, sparing the town": review37). "Raising", "bringing" a count,
    "prompting" a response: what the event did, not its doer's deed (`_NOT_TAIL`)."""
    if (
        main.passive
        or main.nominal
        or main.linking
        or main.negated
        or main.hedged
        or main.modal
        or not main.before
    ):
        return []
    out = []
    for m in _TAIL.finditer(text, main.at[1], stop):
        s, e = m.span(1)
        if m.group(1) in _NOT_TAIL or any(a <= s < b for a, b in side):
            continue
        if any(main.at[1] <= v < s for v in verbs) or _ING.search(text, main.at[1], m.start()):
            break  # "accused them of blowing up a jet in 1988, killing 270": the tail is the nearer verb's
        pred = next((c for _, c, a, b in spots if a <= s < b and ":" not in c), None)
        if pred is None:
            continue
        nxt = min((v for v in verbs if v > e), default=stop)
        after = _object_args(spots, nums, e, nxt, pred)
        if not after:
            continue
        out.append(
            ClauseClaim(
                cl.start,
                cl.end,
                pred,
                (s, e),
                main.before,
                after,
                False,
                False,
                places=main.places & (main.before | after),
                opening=main.opening,
                nominal=True,
            )
        )
    return out


# rule `event-noun`: an event written as a noun after a determiner or an owner's "'s" states the claim its
# verb would ("a visit to Hama by Robert Ford" / "Ford visited Hama"; "the arrest of Smith", "Smith's
# arrest" / "Smith was arrested"): noun -> (the preposition of its thing, whether that thing undergoes it).
# A visit's doer is its owner or its "by" phrase, its thing the "to" phrase, both needed; an arrest's,
# a death's, a killing's undergoer is its owner or its "of" phrase (the claim passive, as "Smith was
# arrested"), the "by" phrase its agent. Never a planned, possible, alleged or another one ("a planned
# visit", "his second visit", "the alleged killing": `_NOT_DONE`), nor one said on the side or asked about
# ("could the death of the student have been avoided?").
_EVENT_NOUNS: dict[str, tuple[str, bool]] = {
    "visit": ("to", False),
    "arrest": ("of", True),
    "death": ("of", True),
    "killing": ("of", True),
    "murder": ("of", True),
}
_EVENT_NOUN = re.compile(
    r"\b(?:(?P<det>a|an|the|his|her|their|its)\s+(?:(?P<mod>[a-z][\w-]*)\s+)?|(?P<owner>[’']s?\s+))"
    r"(?P<noun>" + "|".join(_EVENT_NOUNS) + r")\b(?!-)",
    re.IGNORECASE,
)
# "to Hama", "of Smith": the phrase after an event noun that names its thing, one pattern per preposition
_THING_AFTER = {prep: re.compile(rf"\s+{prep}\s+", re.I) for prep, _ in _EVENT_NOUNS.values()}
_NOT_DONE = _set(
    "upcoming possible potential next future previous earlier last first second third another recent latest"
    " fake mock apparent would-be suspected alleged reported planned proposed expected attempted scheduled"
    " rumored rumoured feared threatened"
)
_QUESTION = re.compile(r"\?[\s\"”’')]*$")  # a sentence that ends on a question mark
# rule `event-noun-governor`: a word that governs the event's noun phrase, right before it, makes the event
# not done: called off, prepared for, called for, feared, denied or rumoured ("called for the arrest of
# Smith", "the cancellation of a visit to Hama by Ford", "rumours of the death of Smith"). Not "investigating
# the death of" (an inquiry presupposes the death). Governor -> its forms.
_NOT_DONE_GOVERNOR: dict[str, str] = {
    "cancel": r"cancel(?:s|led|ed|ling|ing)?|cancell?ations?\s+of",
    "call-off": r"call(?:s|ed|ing)?\s+off",
    "postpone": r"postpon(?:e|es|ed|ing|ements?\s+of)",
    "prepare-for": r"(?:prepar(?:e|es|ed|ing|ations?)|brac(?:e|es|ed|ing))\s+for",
    "await": r"await(?:s|ed|ing)?",
    "plan": r"plan(?:s|ned|ning)?(?:\s+for)?",
    "call-for": r"call(?:s|ed|ing)?\s+for",
    "demand": r"demand(?:s|ed|ing)?(?:\s+for)?",
    "seek": r"seek(?:s|ing)?|sought",
    "urge": r"urg(?:e|es|ed|ing)",
    "fear": r"fear(?:s|ed|ing)?",
    "prevent": r"prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?",
    "deny": r"den(?:y|ies|ied|ying)",
    "rule-out": r"rul(?:e|es|ed|ing)\s+out",
    "warrant": r"warrants?\s+for",
    "rumour": r"(?:rumou?rs?|reports?)\s+of",
}
_GOVERNED = re.compile(r"\b(?:" + "|".join(_NOT_DONE_GOVERNOR.values()) + r")\s+$", re.I)
_GOVERNOR_REACH = 40  # characters before the noun phrase a governor is read in
_POSSESSIVE = re.compile(r"[’']s\b|(?<=s)[’'](?!\w)")  # "Tallis's", "the Smiths'"; not "O'Brien"

_PHRASE_WORDS = 6  # at most this many words in the thing's or the doer's phrase
_PHRASE_ENDS = re.compile(r"[,;:()\"“”]|\s(?:—|–|--)|\b(?:by|in|on|at|after|before|who|which|that|and|or)\b")


_BY_PHRASE = re.compile(r"\s*\bby\s+", re.I)
_WHERE_PHRASE = re.compile(r"\s*\b(in|at|near|on)\s+", re.I)


def _phrase(text: str, start: int, stop: int) -> int:
    """Where the noun phrase opening at `start` ends: at a comma, a bracket, a dash, a preposition, a
    conjunction or a relative pronoun (`_PHRASE_ENDS`), after `_PHRASE_WORDS` words at most."""
    m = _PHRASE_ENDS.search(text, start, stop)
    end = m.start() if m else stop
    words = list(_WORD.finditer(text, start, end))
    return words[_PHRASE_WORDS - 1].end() if len(words) > _PHRASE_WORDS else end


def _event_nouns(
    text: str, cl: Clause, begin: int, stop: int, side: tuple[tuple[int, int], ...], verbs: list[int]
) -> list[ClauseClaim]:
    """Rule `event-noun` (`_EVENT_NOUNS`): the claims of the clause `text[begin:stop]`'s events written as
    nouns, each read up to the next verb (`verbs`: where the clause's verbs start)."""
    low = text[begin:stop].lower()
    if not any(n in low for n in _EVENT_NOUNS) or _QUESTION.search(text):
        return []  # "could the death of the student have been avoided?": a question states no event
    out = []
    for m in _EVENT_NOUN.finditer(text, begin, stop):
        s, e = m.span("noun")
        if inside(s, side) or (m.group("mod") or "").lower() in _NOT_DONE:
            continue
        if m.group("mod") and (
            m.group("mod").lower().endswith("ed") or m.group("mod").lower() in _EVENT_NOUNS
        ):
            continue
        prep, undergone = _EVENT_NOUNS[m.group("noun").lower()]
        end_at = min((v for v in verbs if v > e), default=stop)  # "... on Monday surprised": not past it
        pred = next((c for _, c, a, _ in cl.spots if a == s and ":" not in c), None)
        if pred is None:
            continue
        owner: frozenset[str] = frozenset()
        opens = m.start()
        if m.group("owner"):  # "Robert Ford's visit": the spot that ends on the "'s"
            owned = [(c, a) for _, c, a, b in cl.spots if b >= m.start("owner") and a < m.start("owner")]
            owner = frozenset(c for c, _ in owned)
            opens = min((a for _, a in owned), default=opens)
        if _GOVERNED.search(text, max(0, opens - _GOVERNOR_REACH), opens):
            continue  # rule `event-noun-governor`: "called off Jon Tallis's visit", "called for the arrest"
        thing: frozenset[str] = frozenset()
        at = e
        pm = _THING_AFTER[prep].match(text, at)
        if pm:
            end = _phrase(text, pm.end(), end_at)
            thing = frozenset(c for _, c, a, _ in cl.spots if _owned_from(text, pm.end(), end) <= a < end)
            at = end
        agent: frozenset[str] = frozenset()
        bm = _BY_PHRASE.match(text, at)
        if bm:
            at = _phrase(text, bm.end(), end_at)
            agent = frozenset(c for _, c, a, _ in cl.spots if _owned_from(text, bm.end(), at) <= a < at)
        where: frozenset[str] = frozenset()  # "in Dallas on Monday": where and when, places as places
        places: frozenset[str] = frozenset()
        for _ in range(2):
            wm = _WHERE_PHRASE.match(text, at)
            if wm is None:
                break
            at = _phrase(text, wm.end(), end_at)
            got = frozenset(c for _, c, a, _ in cl.spots if wm.end() <= a < at)
            where |= got
            if wm.group(1).lower() != "on":
                places |= frozenset(c for c in got if c.startswith("E:"))
        if undergone:
            if owner and thing:
                continue  # "Smith's arrest of Jones": whose is whose is not read
            before, after = owner or thing, frozenset()
        else:
            if owner and agent:
                continue
            before, after = owner or agent, thing
            agent = frozenset()
        if not before or (not undergone and not after):
            continue
        after |= where
        out.append(
            ClauseClaim(
                cl.start,
                cl.end,
                pred,
                (s, e),
                before,
                after,
                False,
                False,
                passive=undergone,
                places=places,
                agent=agent,
                modal=_own_modal(text, e, end_at),
                nominal=True,
            )
        )
    return out


# rule `event-noun-modal`: what ends the search for the event's own modal: another clause or verb group
_OWN_GROUP_ENDS = _OPENS_RELATIVE | _set(
    "that when while after before because if since until as and but or"
    " is was are were has have had do does did"
)


_CONDITIONAL = _set("would could might")  # rule `event-noun-modal`: the modals of what is not done


def _own_modal(text: str, e: int, end: int) -> bool:
    """Rule `event-noun-modal`: a conditional modal and "be" ("would be", "could be", "might be") stand in the
    verb group of the event noun ending at `e`, before the next verb (`end`) and any other clause
    (`_OWN_GROUP_ENDS`): "the arrest of Smith in Dallas would be a mistake" is no arrest done. Not another
    modal ("Smith's death will save other lives", "the death of Smith will be investigated": the death
    happened), nor one of another clause ("Smith's arrest was a crisis the town will survive")."""
    words = _words(text, e, end)
    for k, w in enumerate(words):
        if w[3] in _OWN_GROUP_ENDS or "," in text[e : w[1]]:
            return False
        if w[3] in _MODAL:
            return w[3] in _CONDITIONAL and k + 1 < len(words) and words[k + 1][3] == "be"
    return False


def _owned_from(text: str, start: int, end: int) -> int:
    """Rule `event-noun-owner`: where the thing of the phrase `text[start:end]` begins: after its last
    possessive ("the death of Jon Tallis's father": the father's, no claim about Tallis)."""
    ends = [m.end() for m in _POSSESSIVE.finditer(text, start, end)]
    return ends[-1] if ends else start


def base_concept(word: str) -> str | None:
    """Rule `irregular-base`: the concept of the base of an irregular past or participle ("found" ->
    "find"), folded as `features` folds a word; None for any other word."""
    base = _PAST_BASE.get(word)
    return None if base is None else folded_base(base)


@lru_cache(maxsize=1)
def all_irregular_bases() -> frozenset[str]:
    """Every concept `base_concept` gives (the bases of `_PAST_BASE`, folded)."""
    return frozenset(folded_base(b) for b in set(_PAST_BASE.values()))


def irregular_bases(text: str, clauses: tuple[Clause, ...]) -> frozenset[str]:
    """The concepts `base_concept` gives the words of a sentence's clauses (`_words`, as `claims` reads
    them): every predicate of its claims that is not a concept of the sentence is one of these, or a
    linking claim's (rule `irregular-base`: "found" -> "find")."""
    return frozenset(
        b for cl in clauses for w in _words(text, cl.start, cl.end) if (b := base_concept(w[3])) is not None
    )


def partner_predicates(
    xs: tuple[ClauseClaim, ...], groups: dict[str, int], members: dict[int, frozenset[str]]
) -> frozenset[str] | None:
    """Every predicate a claim of another sentence may have and `match` pair with one of claims `xs`
    (`_roles`: the same predicate, one of its `equivalents.txt` group (`members`: group -> predicates), or
    one `predicates.txt` pairs with it in either voice); None when one of `xs` is a linking claim ("be>"
    and its complement: only another linking claim has one)."""
    if any(x.linking for x in xs):
        return None
    learned = predicate_pairs()
    paraphrases = paraphrase_groups()
    out: set[str] = set()
    for x in xs:
        out.add(x.predicate)
        g = groups.get(x.predicate)
        if g is not None:
            out.update(members[g])
        h = paraphrases.get(x.predicate)
        if h is not None:
            out.update(c for c, k in paraphrases.items() if k == h)
        for k in (x.predicate, x.predicate + "+p"):
            out.update(q[:-2] if q.endswith("+p") else q for q in learned.get(k, ()))
    return frozenset(out)


def past_base(word: str) -> str | None:
    """The base of an irregular past or participle of either table ("found" -> "find", "left" -> "leave");
    None for any other word."""
    return _PAST_BASE.get(word) or _DONE_BASE.get(word)


def done_concept(word: str) -> str | None:
    """The concept of the event an irregular past tells done, of either table (rules `irregular-base`,
    `done-past`: "left" -> leave); None for any other word."""
    base = _PAST_BASE.get(word) or _DONE_BASE.get(word)
    return None if base is None else folded_base(base)


def folded_base(base: str) -> str:
    """A verb's base folded to its concept as `features` folds a word."""
    from .features import lexicon

    s = stem(base)
    return lexicon().words.get(s, s)


# rules `copula` and `light-object`: the forms of "be" that link a subject to what it is ("has been", "will
# be" too), the lemmas of the `_LIGHT` verbs' irregular forms, and what ends the complement's noun phrase (a
# preposition, a conjunction, a relative pronoun, a comparison; punctuation too)
_BE = _set("is was are were")
_LIGHT_LEMMA = {
    **dict.fromkeys(("made", "makes"), "make"),
    **dict.fromkeys(("took", "taken", "takes"), "take"),
    **dict.fromkeys(("gave", "given", "gives"), "give"),
    **dict.fromkeys(("got", "gets"), "get"),
    **dict.fromkeys(("had", "has"), "have"),
    **dict.fromkeys(("did", "does"), "do"),
    **dict.fromkeys(("went", "gone", "goes"), "go"),
    **dict.fromkeys(("came", "comes"), "come"),
    **dict.fromkeys(("became", "becomes"), "become"),
    **dict.fromkeys(("began", "begun", "begins"), "begin"),
    **dict.fromkeys(("held", "holds"), "hold"),
    **dict.fromkeys(("kept", "keeps"), "keep"),
    **dict.fromkeys(("saw", "seen"), "see"),
    **dict.fromkeys(("sought", "seeks"), "seek"),
    **dict.fromkeys(("tried", "tries"), "try"),
}
_DEGREE = _set("no very more most less such")  # words that may open a complement, never end one
# rule `complement-article`: an article inside the complement is no word of it, as at its start: "made him a
# cardinal" and "made him cardinal" have one complement, "him cardinal" (`guards.other_complement` read "a"
# as a word more: two facts); written in lower case only ("an Airbus A330": "A" is the name's)
_ARTICLES = _set("a an the")
_COMPLEMENT_ENDS = (
    (_NOT_VERB - _DETERMINERS - _DEGREE)
    | _OPENS_RELATIVE
    | _AUXILIARY
    | _SPEECH
    | _set("than as like because if since until while when after before who")
)
_ADVERBS = _BETWEEN - _set("been being")  # what may stand inside the verb group ("has now taken")
_COMPLEMENT_WORDS = 6  # at most this many words in the complement's noun phrase
_TIME_WORDS = _set("yesterday today tonight")
_TIME_OPENERS = _set("last next this")


def _time_phrase(word: str, after: str) -> bool:
    """Rule `complement-time`: a phrase of when ("yesterday", "last year", "this week") after the
    complement's first word is no part of it: "had no children last year" and "have no children" have
    one complement, "no children" (`guards.other_complement` read "last year" as a word more)."""
    return word in _TIME_WORDS or (word in _TIME_OPENERS and after in _TIME_NOUNS)


# participles no "-ed" ends, after a light verb that is an auxiliary there ("have now taken control")
_EN = _set("been done gone seen taken given gotten begun become come made held kept")


def _linker(words: list[tuple[str, int, int]]) -> int | None:
    """The word number of the clause's linking verb (`_linked`): the first "is" / "was" / "are" / "were",
    a "been" after "has" / "have" / "had", a "be" after a modal, or a `_LIGHT` verb not after "to"."""
    for k, (w, _, _) in enumerate(words):
        low, prev = w.lower(), words[k - 1][0].lower() if k else ""
        if low in _BE or (low == "been" and prev in _AUXILIARY) or (low == "be" and prev in _MODAL):
            return k
        if low in _LIGHT and prev != "to" and not (low == "be" or low == "been"):
            return k
    return None


def _linked(
    text: str, cl: Clause, begin: int, stop: int, side: tuple[tuple[int, int], ...]
) -> ClauseClaim | None:
    """Rules `copula` and `light-object`: the clause `text[begin:stop]` writes no verb a claim is read on but
    "is" / "was" ("has been", "will be") or a light verb ("have", "take", "hold", ...: `_LIGHT`) between a
    subject and a noun phrase, not on the side nor in a relative clause: "Kosovo is a province of Serbia",
    "Air France Flight 447 was an Airbus A330 en route from Rio", "researchers used GPS and radar data to
    measure ...". Its claim's predicate is "be>" (or the light verb's lemma and ">") and the complement's
    words as written, determiners aside, and articles anywhere ("be>province", "be>former senator",
    "be>smith's lawyer", "use>gps", "make>him cardinal": rule `complement-article`): the slot is checked
    whole, so "a senator" and "a former senator", "Y's wife" and "Y's lawyer", "have a follow-up
    operation" and "have a second operation" are two claims; a preposition opens
    it too ("is in southern Serbia": "be>in southern serbia"). The subject side is what stands before the
    verb, the object side what follows the noun phrase. None for a participle, a verb or "to" after it ("was
    arrested", "have taken", "is to be split": the verbs' reading), a complement of no word or of more than
    `_COMPLEMENT_WORDS`, or a subject of no concept (not even "he" / "she": "It is a shame")."""
    words = [
        (m.group(), m.start(), m.end())
        for m in _WORD.finditer(text, begin, stop)
        if not inside(m.start(), side)
    ]
    at = _linker(words)
    past = at is not None and words[at][0].lower() in _PAST_LINKER  # the verb group opens in the past
    while at is not None:  # "have now taken control", "has been a city": the verb group's last
        k = at + 1
        while k < len(words) and (words[k][0].lower() in _ADVERBS or _adverb(words[k][0].lower())):
            k += 1
        nxt = words[k][0].lower() if k < len(words) else ""
        if not (nxt in _LIGHT or nxt in _EN or nxt in ("be", "been")):
            break
        at = k
    if at is None or any(w.lower() in _OPENS_RELATIVE or w.lower() == "that" for w, _, _ in words[:at]):
        return None
    verb = words[at][0].lower()
    k = at + 1
    while k < len(words) and (words[k][0].lower() in _ADVERBS or _adverb(words[k][0].lower())):
        k += 1
    if k >= len(words):
        return None
    low = words[k][0].lower()
    if (
        low == "to"
        or low in _AUXILIARY
        or low in _IRREGULAR
        or low in _LIGHT
        or low in _EN
        or low.endswith(("ed", "ing"))
    ):
        return None  # "was arrested", "is fighting", "have now taken", "is to be split": the verbs' reading
    phrase: list[str] = []
    end = words[at][2]
    if low in _PREPOSITIONS:  # "is in southern Serbia"
        phrase.append(low)
        end = words[k][2]
        k += 1
    while k < len(words) and len(phrase) <= _COMPLEMENT_WORDS:
        w, s, e = words[k]
        low = w.lower().replace("’", "'")
        if (phrase and text[end:s].strip()) or low in _COMPLEMENT_ENDS or (phrase and low.endswith("ing")):
            break  # "no qualms hiring homosexuals": a gerund opens another phrase
        if phrase and _time_phrase(low, words[k + 1][0].lower() if k + 1 < len(words) else ""):
            break  # rule `complement-time`: "had no children last year" has the complement "no children"
        if (phrase or low not in _DETERMINERS) and w not in _ARTICLES:  # rule `complement-article`
            phrase.append(low)
        end = e
        k += 1
    if not phrase or phrase[-1] in _PREPOSITIONS or phrase[-1] in _DEGREE or len(phrase) > _COMPLEMENT_WORDS:
        return None  # "are most at risk": "most" is no complement
    s0 = words[at][1]
    spots = [sp for sp in cl.spots if begin <= sp[2] < stop and not inside(sp[2], side)]
    nums = {
        f"N:{c.unit}:{c.value:g}": w
        for c, w in zip(cl.counts, cl.count_at or (), strict=False)
        if begin <= w < stop and not inside(w, side)
    }
    before = frozenset(c for _, c, a, _ in spots if a < s0) | frozenset(
        n for n, w in nums.items() if 0 <= w < s0
    )
    pronoun = _pronoun_subject(text, begin, s0)
    if not before and not pronoun:
        return None  # "It is a shame", "There was no sign": no subject to check
    after = frozenset(c for _, c, a, _ in spots if a >= end) | frozenset(
        n for n, w in nums.items() if w >= end
    )
    lemma = "be" if verb in _BE or verb in ("be", "been") else _LIGHT_LEMMA.get(verb, _light_lemma(verb))
    if past and lemma in ("be", "have"):  # rule `linking-tense`
        lemma += PAST
    group = _words(text, cl.start, s0)  # the clause's words before the verb
    return ClauseClaim(
        cl.start,
        cl.end,
        lemma + ">" + " ".join(phrase),
        (s0, words[at][2]),
        before,
        after,
        cl.negated,
        cl.hedged,
        places=frozenset(c for _, c, a, _ in spots if a >= end and c.startswith("E:") and _at_place(text, a)),
        modal=_modal(text, group),
        pronoun="" if any(c.startswith("E:") for c in before) else pronoun,
        habitual=_habitual(group),
        linking=True,
    )


# rule `linking-tense`: a copula or "have" whose verb group opens in the past ("was", "were", "had been",
# "had") claims `PAST` after its lemma ("be.past>dunn's wife", "have.past>branch"): "Lopez was Dunn's wife
# before their divorce" and "Lopez is Dunn's wife" ("has been" is the present's) are no one claim
PAST = ".past"
_PAST_LINKER = frozenset(("was", "were", "had"))


def _light_lemma(verb: str) -> str:
    """A regular form of a `_LIGHT` verb as its lemma: "used" / "uses" -> "use", "planned" -> "plan",
    "tried" -> "try", "includes" -> "include"."""
    for end, put in (("ied", "y"), ("ies", "y"), ("nned", "n"), ("ed", ""), ("s", "")):
        if verb.endswith(end):
            stem = verb[: -len(end)] + put
            return stem + "e" if end == "ed" and stem + "e" in _LIGHT else stem
    return verb


_HEAD_END = re.compile(r"\s*(?:,|—|–|--|\()")
_AFTER_ASIDE = re.compile(r"(?:who|which|whose)\b", re.IGNORECASE)  # the next clause opens a relative one
_DASH_BEFORE = re.compile(r"\s(?:—|–|--)\s*$")  # ... or follows the dash that closes an aside


def _head(text: str, cl: Clause, side: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """Rule `subject-before-aside`: the concepts of a verbless clause's words up to its first comma, dash or
    bracket, outside side stretches ("Clarissa Dickson Wright" of "Clarissa Dickson Wright, who rose to fame
    ..., died on Saturday"; "Brian Loncar" of "Brian Loncar — known as ... — was found dead"): the subject of
    the next clause's claims when that clause opens on "who" / "which" / "whose" or after a dash, and their
    own subject side is empty (the aside held them apart). None when the words hold a form of "be" or
    another auxiliary ("Vasquez was the fourth inmate ..."): a clause of its own, no subject."""
    m = _HEAD_END.search(text, cl.start, cl.end)
    end = m.start() if m else cl.end
    if any(w.lower() in _AUXILIARY for w in _WORD.findall(text, cl.start, end)):
        return frozenset()
    return frozenset(c for _, c, a, _ in cl.spots if cl.start <= a < end and not inside(a, side))


# rule `only-verb-tail`: what opens a clause of time or cause after a participle read as the only verb
_TAIL_CLAUSE = re.compile(r"\s(?:when|after|before|while|until|because|as)\s")
# rule `and-said`: a reporting verb joined by "and" to the verb before it ("arrested Smith and later said")
_AND_REPORT = re.compile(r",?\s+and\s+(?:(?:later|then|also|[a-z]+ly)\s+)?$")
_SUBORDINATOR = re.compile(
    r"\b(?:after|because|since|although|though|while|when|before|until|unless|if)\b", re.I
)


# rule `participle-aside`: a participle phrase between commas after a noun ("The sites, recently acquired
# by the park, feature ...", "Smith, charged with murder in May, was released"); rule `time-clause`: a clause
# of time with no comma before it ("was grooming him as his successor when he died in 2011", "... while
# surveying ranch land"): to the next comma, semicolon or the end, each said on the side
_PARTICIPLE_ASIDE = re.compile(
    r"(?<=[a-z]),\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+(?:by|in|at|on|from|with|for)\b[^,;]{3,80}(?=,)"
)
_TIME_CLAUSE = re.compile(r"\s(?:when|while|before|until)\s+(?=[a-z])[^,;]*")


def asides(text: str) -> list[tuple[int, int]]:
    """The stretches rules `participle-aside` and `time-clause` say are on the side, for claims only."""
    found = [m.span() for m in _PARTICIPLE_ASIDE.finditer(text)]
    return found + [m.span() for m in _TIME_CLAUSE.finditer(text)]


# what may open a clause before its subject or stand between the subject and the verb ("But then he
# quickly ...", "and she later ..."): the subject is still the pronoun alone
_AROUND_SUBJECT = _BEFORE_JOINED | _set("and but so yet then later also")


def _comma_closes(words: list[Word], k: int, text: str) -> bool:
    """Rule `aside-comma`: the verb at word `k` of a clause that opens on "who" / "which" / "whose" comes
    right after a comma, with only auxiliaries and adverbs between ("Clarissa Dickson Wright, who rose to
    fame as the co-star of "Two Fat Ladies," a show known for ..., died on Saturday"): that comma closed the
    relative clause, whose apposition ("a show known for ...") is no subject of the verb."""
    if not words or words[0][3] not in ("who", "which", "whose"):
        return False
    j = k - 1
    while j > 0 and (words[j][3] in _AUXILIARY or words[j][3] in _BETWEEN or _adverb(words[j][3])):
        j -= 1
    return 0 < j < k and "," in text[words[j][2] : words[j + 1][1]]


def _pronoun_subject(text: str, start: int, first: int) -> str:
    """Rule `pronoun-subject`: the words from `start` to the first predicate at `first` are "he" or "she"
    with at most conjunctions, adverbs and auxiliaries around it ("Then he knocked", "she has since
    lost"): that pronoun, else ""."""
    words = [w.lower() for w in _WORD.findall(text, start, first)]
    core = [w for w in words if w not in _AROUND_SUBJECT and not _adverb(w)]
    return core[0] if core in (["he"], ["she"]) else ""


# rule `own-subject`: a later predicate of a clause has a subject of its own when a clause opens between it
# and the predicate before ("that", "and", "but", "while", "whereas", a semicolon) on a few words that are
# neither a preposition's phrase, a participle's nor a list ("detectives determined that Smith suffered stab
# wounds": Smith suffered, not the detectives; "police arrested Smith and prosecutors charged him"): those
# words, no longer the object of the predicate before (unless "that" opens them: its clause is what
# "determined" determined). "was arrested and charged", "arrested Smith and charged him": one subject, shared
_OWN_OPENS = re.compile(r"(?:\b(?:that|and|but|while|whereas)|;)\s+", re.IGNORECASE)
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)
_SUBJECT_WORDS = 6  # at most this many words in a later predicate's own subject
_NOT_SUBJECT_START = _PREPOSITIONS | _set("then later also him her them it us me")


def _own_subject(text: str, spots: list[tuple[int, str, int, int]], prev_end: int, s: int) -> int | None:
    """Rule `own-subject`: where the subject of the predicate at `s` opens (the end of the last clause
    opener between the predicate before, ending at `prev_end`, and it), or None when it shares the clause's
    subject: no opener, no concept between (`spots`), or the words there open on a preposition."""
    last = None
    for m in _OWN_OPENS.finditer(text, prev_end, s):
        last = m
    if last is None:
        return None
    o = last.end()
    if any(ch in text[o:s] for ch in ',()"“”') or len(_WORD.findall(text, o, s)) > _SUBJECT_WORDS:
        return None  # "Spacey's lawyers, Todd Rubenstein and Bryan Freedman, have not returned": a list
    first = _WORD.match(text, o)
    if first is None or first.group().lower() in _NOT_SUBJECT_START or first.group().endswith("ing"):
        return None  # "and causing damage ...": a participle's phrase, no subject
    if not any(o <= a < s for _, _, a, _ in spots) and not _pronoun_subject(text, o, s):
        return None  # "arrested Smith and then charged him": no words of a subject, the clause's shared
    return o


# "was arrested and charged", "was arrested, and later charged": the second verb shares the first's voice
# rule `and-group`: "and" / "but" then at most four words of a subject of its own and an auxiliary open a
# verb group of its own ("Dana Lund was left $15,000 and Hal Brook was given $20,000", "can cause a rash and
# can be dangerous to the elderly"): the claim before it ends there, its words no object of that claim (its
# own verb may be light or a complement, no predicate to end the claim at); never a relative's ("and the
# man who was")
_AND_GROUP = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?!(?:that|who|which|whom|whose)\b)[\w'’.-]+\s+){0,4}?"
    r"(?:is|was|are|were|has|have|had|will|would|can|could|might|must|should)\s",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r",?\s+(?:and|or)\s+(?:[a-z]+ly\s+|later\s+|then\s+)?")


def _passive(text: str, s: int, e: int, group: list[Word]) -> bool:
    """The verb `text[s:e]` is a passive participle: a form of "be" / "get" before it, past adverbs ("was
    not killed", "has been arrested", "were seriously injured"); "has been fighting" is no passive, nor is a
    present form after a "get" that is no auxiliary ("the pushback I'm getting reminds me": rule
    `present-no-passive`). `group`: the clause's words before the verb (`_words`)."""
    low = text[s:e].lower()
    if low.endswith("ing") or (low.endswith("s") and not low.endswith("ss")):
        return False
    words = [w[3] for w in group]
    while words and (words[-1] in _BETWEEN or _adverb(words[-1])) and words[-1] not in _PASSIVE:
        words.pop()
    # rule `contracted-auxiliary`: "she's accused", "they're wanted": a pronoun's "be" written on
    return bool(words) and (
        words[-1] in _PASSIVE or (_contracted(words[-1]) and _group_verb(words[-1]) == "be")
    )


_MODAL = _set("can could may might must shall should will would cannot")


def _modal(text: str, group: list[Word]) -> bool:
    """Rule `claim-modal`: a modal stands in the verb group before the verb (`group`: the clause's words
    before it, `_words`; past auxiliaries, adverbs and "not": "can only grant", "will not be charged", "could
    have been killed")."""
    words = [(w[3], w[1]) for w in group if w[3] != "may" or not month_may(text, w[1])]  # "in May voted"
    while words and (words[-1][0] in _BEFORE_VERB or _adverb(words[-1][0]) or words[-1][0] == "only"):
        if words[-1][0] in _MODAL:
            return True
        words.pop()
    # rule `contracted-auxiliary`: "he'll pay", "they'll not vote": "will" written on
    return bool(words) and (
        words[-1][0] in _MODAL or (_contracted(words[-1][0]) and words[-1][0].endswith("ll"))
    )


# adverbs of frequency: with one in its verb group a claim tells a habit or a rule, not one event
_HABITUAL = _set(
    "always usually often routinely regularly frequently typically generally normally commonly customarily"
    " habitually ordinarily sometimes seldom rarely occasionally"
)


def _habitual(group: list[Word]) -> bool:
    """Rule `claim-habitual`: an adverb of frequency stands in the verb group before the verb at `s` (past
    auxiliaries, other adverbs and "not": "pediatricians routinely prescribe", "has often said", "are
    usually given"): the claim tells what happens as a rule ("Pediatricians routinely prescribe Ritalin"),
    which one event ("A pediatrician prescribed Ritalin") is not. `group`: the clause's words before the
    verb (`_words`)."""
    words = [w[3] for w in group]
    while words and (
        words[-1] in _BEFORE_VERB or words[-1] in _HABITUAL or _adverb(words[-1]) or words[-1] == "only"
    ):
        if words[-1] in _HABITUAL:
            return True
        words.pop()
    return False


# rule `described-agent`: what ends the noun phrase after a passive's "by" ("by state police on corruption
# charges", "by federal agents who ..."), and words after "by" that say how, how much or when, no doer ("by
# the end of", "by half", "by phone", "by a majority")
_AGENT_ENDS = (_NOT_VERB - _DETERMINERS) | _OPENS_RELATIVE | _AUXILIARY | _set("when while because near")
_NO_AGENT = _WHEN | _set(
    "end then now noon midnight dawn far half third quarter percent point default hand phone email mail car"
    " plane train air sea land road foot margin major vote"
)
_BY = re.compile(r"\bby\b", re.I)


def _agent(
    text: str, spots: list[tuple[int, str, int, int]], e: int, nxt: int, places: frozenset[str]
) -> frozenset[str]:
    """Who did a passive claim (verb ending at `e`, object side to `nxt`): its participants written after
    "by" ("was bought by Google"), else (rule `described-agent`) the words of the noun phrase after "by"
    ("was arrested by state police": {"state", "polic"}), "by" three words after the verb at most; none
    when that says how, how much or when."""
    names = frozenset(c for _, c, a, _ in spots if e <= a < nxt and c[:2] == "E:" and _by(text, a)) - places
    m = _BY.search(text, e, nxt)
    if names or m is None or len(_WORD.findall(text, e, m.start())) > 3:
        return names  # "was arrested on Monday after a tip by a neighbor": no agent of the verb
    words = list(_WORD.finditer(text, m.end(), nxt))
    while words and words[0].group().lower() in _DETERMINERS:
        words.pop(0)
    end = m.end()
    for w in words[:4]:
        if w.group().lower() in _AGENT_ENDS or re.search(r"[,;:.()\"“”]", text[end : w.start()]):
            break
        end = w.end()
    said = frozenset(c for _, c, a, _ in spots if m.end() <= a < end and ":" not in c)
    return frozenset() if said & _NO_AGENT else said


def _by(text: str, at: int) -> bool:
    """The participant written at `at` follows "by" (past a determiner): a passive's agent."""
    words = _WORD.findall(text, max(0, at - 40), at)  # only the last two are read, lower-cased
    if words and words[-1].lower() in _DETERMINERS:
        words.pop()
    return bool(words) and words[-1].lower() == "by"


def _at_place(text: str, at: int, before: frozenset[str] = _AT_PLACE) -> bool:
    """The participant written at `at` follows "in" / "at" / "near" (past a determiner): a place; or
    another of the words `before` (`_ON`: "on Broadway", a street's preposition)."""
    words = _WORD.findall(text, max(0, at - 40), at)  # only the last two are read, lower-cased
    if words and words[-1].lower() in _DETERMINERS:
        words.pop()
    return bool(words) and words[-1].lower() in before


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """The best pair of claims two sentences share (`match`)."""

    a: ClauseClaim
    b: ClauseClaim
    predicate: str  # "arrest", or "dead=kill" for two words of one group
    shared: frozenset[str]  # arguments both claims state
    stated: float  # share of the lighter claim's argument weight the other states
    route: str = "predicate"  # how the predicates match: "predicate" (one, one voice), "group" (two words
    # of one `equivalents.txt` group), "voice" (one predicate, two voices: the passive's subject is the
    # active's object), "learned" (a pair of `predicates.txt`, as learned or with one voice turned)


def clash(x: ClauseClaim, y: ClauseClaim, names_a: frozenset[str], names_b: frozenset[str]) -> bool:
    """The two claims' arguments disagree: two weekdays ("on Tuesday" / "on Friday"), one counted thing
    with two values or numbers with no value alike, or each names two participants the other sentence
    never names, or each object side one ("found dead in Debin" / "found dead in a Warsaw park"), or one
    object side a place the other sentence never names while the other claim states another ("In Dallas,
    police arrested Smith" / "... arrested Smith in Houston"; the opening phrase counts here);
    `names_a`, `names_b`: the participants of each whole sentence."""
    ax, ay = x.args | x.opening, y.args | y.opening
    dx, dy = ax & WEEKDAYS, ay & WEEKDAYS
    if dx and dy and not dx & dy:
        return True
    vx, vy = _values(ax), _values(ay)
    if any(vx[u].isdisjoint(vs) for u, vs in vy.items() if u in vx):
        return True  # "seized 12 villages" / "seized 30 villages"
    # rule `address-apart`: a street address one side alone gives ("in the 5000 block of Queen Victoria
    # Road") is where, no count and no other place: "was found dead ... in the 5000 block of Queen Victoria
    # Road" / "Paramedics found the 49-year-old Sementilli ... in the Woodland Hills neighborhood"; never
    # when the other sentence names a street of its own ("... on Birch Road": two places)
    sx, sy = _streets(vx), _streets(vy)
    lone_x = sx if not sy and not _names_street(names_b - names_a, y.on_names) else frozenset()
    lone_y = sy if not sx and not _names_street(names_a - names_b, x.on_names) else frozenset()
    cx, cy = _without(vx, lone_x), _without(vy, lone_y)
    if cx and cy and set().union(*cx.values()).isdisjoint(set().union(*cy.values())):
        return True  # "nine of the activists were arrested" / "arrested eight people": no value alike
    ox = {c for c in ax if c.startswith("E:") and c not in WEEKDAYS and c[2:] not in lone_x} - names_b
    oy = {c for c in ay if c.startswith("E:") and c not in WEEKDAYS and c[2:] not in lone_y} - names_a
    px = {c for c in x.after if c.startswith("E:") and c not in WEEKDAYS and c[2:] not in lone_x} - names_b
    py = {c for c in y.after if c.startswith("E:") and c not in WEEKDAYS and c[2:] not in lone_y} - names_a
    if (px & x.places and y.places - x.after) or (py & y.places and x.places - y.after):
        return True  # "In Dallas, police arrested Smith" / "... arrested Smith in Houston": two places
    return (len(ox) >= 2 and len(oy) >= 2) or bool(px and py)


def _rare_word(shared: frozenset[str]) -> bool:
    """Rule `caseless-anchor`: one of the concepts `shared` is a word most news articles do not use
    (`features.common`): in lower-cased text, where no name is read as a participant, the mark of one
    ("tichelman", "quennel")."""
    from .features import common

    usual = common()
    return any(":" not in c and len(c) >= 3 and c not in usual for c in shared)  # not "mo" of "mo'ne"


def key(c: ClauseClaim) -> str:
    """The claim's predicate with its voice: "kill" ("X killed ..."), "kill+p" ("X was killed")."""
    return c.predicate + ("+p" if c.passive else "")


def _flip(k: str) -> str:
    return k[:-2] if k.endswith("+p") else k + "+p"


# rule `learned-sense`: a verb of a learned pair that has other senses is that pair's verb only with a word
# of the sense it was learned in after it (concepts as `features` folds them: "jail" is "sentenc", "suit"
# "lawsuit"): "booked into jail", "booked on charges" are "arrested", "booked on a flight" is not; "filed a
# lawsuit", "filed a complaint", "filed charges" are "sued" / "charged", "filed a report" is not (session 29
# review M1: the flaw of "faces" and "pronounced", which `scripts/mine_predicates.py` excludes)
LEARNED_SENSES = {
    "book": frozenset(["sentenc", "prison", "custodi", "charg", "count", "suspicion"]),
    "file": frozenset(["lawsuit", "complaint", "charg", "petit"]),
}


# rule `complaint-to-body`: a complaint or petition filed with a body that is no court ("filed a complaint
# against Tallis with the Harwick ethics board", "with police") opens no lawsuit, unless a court is named too
_FILED_ONLY = frozenset(["complaint", "petit"])
_NO_COURT = frozenset(
    stem(w)
    for w in [
        "police",
        "board",
        "commission",
        "council",
        "regulator",
        "ombudsman",
        "agency",
        "committee",
        "department",
        "ministry",
    ]
)
_COURT = frozenset(stem(w) for w in ["court", "lawsuit", "judge", "tribunal"])


def _in_sense(c: ClauseClaim) -> bool:
    """Rule `learned-sense`: claim `c`'s predicate, when `LEARNED_SENSES` lists it, has a word of its sense
    after it; a complaint or petition only where no body but a court is named (`complaint-to-body`)."""
    need = LEARNED_SENSES.get(c.predicate)
    if need is None:
        return True
    sense = need & c.after
    if sense and sense <= _FILED_ONLY and not _NO_COURT.isdisjoint(c.after):
        return not _COURT.isdisjoint(c.after)
    return bool(sense)


def _roles(
    x: ClauseClaim, y: ClauseClaim, gx: int | None, groups: dict[str, int], learned: dict[str, frozenset[str]]
) -> tuple[str, str] | None:
    """How the two claims' sides line up, and the route (`ClaimMatch.route`): "same" (one predicate,
    or two of one `equivalents.txt` group, in one voice; or a learned pair
    of `predicates.txt` as learned, voice and all: "dead" / "kill+p"), "swapped" (one predicate in two
    voices: "Smith was arrested" / "police arrested Smith"; two of one group in two voices: "37,000 died"
    / "the war killed 37,000", `_UNDERGONE`; or a learned pair once `y`'s voice is turned), "turned" (a
    learned pair once `x`'s voice is turned: rule `learned-either-side`, "police arrested Tallis" / "Tallis
    was booked" as "Tallis was booked" / "police arrested Tallis" is, whichever sentence comes first), None
    (no match)."""
    kx, ky = key(x), key(y)
    if x.predicate == y.predicate:
        return ("same", "predicate") if x.passive == y.passive else ("swapped", "voice")
    if gx is not None and groups.get(y.predicate) == gx:  # two voices: the passive's subject is the object
        return ("same", "group") if x.passive == y.passive else ("swapped", "group")
    if not (_in_sense(x) and _in_sense(y)):
        return None  # rule `learned-sense`
    lined = _learned_route(kx, ky, learned)
    if lined is None and x.passive == y.passive and _paraphrased(x, y):
        return ("same", "paraphrase")  # rule `claim-paraphrase`
    return lined


def _learned_route(kx: str, ky: str, learned: dict[str, frozenset[str]]) -> tuple[str, str] | None:
    """`_roles` of two predicate keys `predicates.txt` pairs (the learned route), None if it does not."""
    partners = learned.get(kx, frozenset())
    if ky in partners:
        return ("same", "learned")
    if _flip(ky) in partners:
        return ("swapped", "learned")
    if ky in learned.get(_flip(kx), frozenset()):
        return ("turned", "learned")
    return None


def out_of_sense(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Rule `learned-sense` as a clash (`guards.claims_differ`): two claims of a learned pair, one of them
    out of its sense (`_in_sense`), sharing a participant (in lower-cased text, a word most articles do not
    use: `_rare_word`): "Tallis was booked on a flight to Harwick" / "Tallis was arrested in Harwick",
    "filed a complaint ... with the Harwick ethics board" / "sued ... in Harwick" are two acts, which no
    rule that cites may read as one by the words they share."""
    if x.predicate == y.predicate or (_in_sense(x) and _in_sense(y)):
        return False
    if _learned_route(key(x), key(y), predicate_pairs()) is None:
        return False
    shared = x.args & y.args
    return any(c.startswith("E:") and c not in WEEKDAYS for c in shared) or _rare_word(shared)


# rule `claim-paraphrase` (issue 14, session 48): two verbs of one group of `data/paraphrases.txt`, one act
# in other words ("reposted" / "retweeted", "clashed" / "disagreed"), in one voice, neither a linking claim
# nor an event noun, are one predicate only when the two claims share two participants, or one and a
# number or a year (`paraphrase_anchored`): the words differ, so who and what must be the same; and not
# when each object is a plain noun phrase of another head (rule `paraphrase-head`, review48: "built a new
# depot for the night buses" / "created a stir over who would pay for the night buses", "retweeted a post
# praising Brill" / "reposted an old photo mocking Brill": other acts however many participants they share)
@lru_cache(maxsize=1)
def paraphrase_groups() -> dict[str, int]:
    """Predicate concept -> its group of `data/paraphrases.txt` (each verb folded as `folded_base` does)."""
    from .features import data_lines

    out: dict[str, int] = {}
    for n, line in enumerate(data_lines("paraphrases.txt")):
        for w in line.split(","):
            out.setdefault(folded_base(w.strip().lower()), n)
    return out


def _paraphrased(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Rule `claim-paraphrase`: claims `x`, `y` have two predicates of one `paraphrase_groups` group, neither
    a linking claim ("be>", "use>") nor an event noun."""
    if x.linking or y.linking or x.nominal or y.nominal:
        return False
    groups = paraphrase_groups()
    g = groups.get(x.predicate)
    return g is not None and groups.get(y.predicate) == g


def paraphrase_anchored(shared: frozenset[str]) -> bool:
    """Rule `claim-paraphrase`: the arguments two claims share (`shared`) name two participants, or one
    participant and a number or a year ("E:pentagon", "E:twitter"; "E:israel", "N:settlement:190"). A weekday
    is no anchor: "Another large aftershock ... rocked Chile earlier on Wednesday" / "A ... aftershock ... hit
    central and southern Chile on Wednesday night" were two aftershocks (multiling M005, session 48)."""
    named = sum(c[:2] == "E:" and c not in WEEKDAYS for c in shared)
    dated = any(c[:2] in ("N:", "Y:") for c in shared)
    return named >= 2 or (named >= 1 and dated)


@lru_cache(maxsize=1)
def predicate_pairs() -> dict[str, frozenset[str]]:
    """Predicate key -> the keys `data/predicates.txt` pairs it with (learned by
    `scripts/mine_predicates.py`; each pair both ways)."""
    from .features import data_lines

    out: dict[str, set[str]] = {}
    for line in data_lines("predicates.txt"):
        p, q = line.split("\t")[:2]
        out.setdefault(p, set()).add(q)
        out.setdefault(q, set()).add(p)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _pair_stories() -> dict[tuple[str, str], int]:
    """(p, q) and (q, p) of each `data/predicates.txt` row -> its training stories (third column)."""
    from .features import data_lines

    out: dict[tuple[str, str], int] = {}
    for line in data_lines("predicates.txt"):
        p, q, n = line.split("\t")[:3]
        out[p, q] = out[q, p] = int(n)
    return out


def mined_stories(x: ClauseClaim, y: ClauseClaim) -> int | None:
    """Rule `claim-learned`'s evidence (`mined:<n>`): the training stories of the `predicates.txt` row that
    pairs the two claims' predicate keys as `_learned_route` reads them (as written, or one voice turned:
    "dead+p" / "kill" by the row "dead+p kill+p"); None when no row pairs them."""
    rows = _pair_stories()
    kx, ky = key(x), key(y)
    for pair in ((kx, ky), (kx, _flip(ky)), (_flip(kx), ky)):
        if pair in rows:
            return rows[pair]
    return None


def same_object(x: ClauseClaim, y: ClauseClaim) -> bool:
    """When both claims (active: a passive one has no object, "have been killed in the current round of
    fighting") say something after the predicate besides places and times, they share some of it:
    "killed a rebel commander in Chechnya" / "killed a civilian in Chechnya" share only the place; and
    not two heads of a plain object (`_other_head`)."""
    ox, oy = object_side(x), object_side(y)
    return x.passive or y.passive or not (ox and oy) or (bool(ox & oy) and not _other_head(x, y))


def _other_head(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Rule `other-head`: each object a plain noun phrase (`_object_head`) whose head is another thing, not
    written on the other's object side: "filed a report on the break-in" / "filed a lawsuit over the
    break-in", "signed a letter to the board" / "signed a petition to the board" are two acts however many
    words after the head the two share. Only for one verb written alike: a writer who put another verb
    ("posted a pic" / "shared a close-up shot") put the noun in other words too."""
    return x.predicate == y.predicate and _heads_differ(x, y)


def _heads_differ(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Each claim's object a plain noun phrase whose head is another thing, not written on the other's object
    side (rules `other-head`, `paraphrase-head`)."""
    hx, hy = x.head, y.head
    return bool(hx and hy) and not alike(hx, hy) and hx not in y.after and hy not in x.after


def object_side(x: ClauseClaim) -> frozenset[str]:
    """The object side of claim `x` less its places and times ("the next day", "on Friday", "8 days")."""
    return frozenset(
        c for c in x.after - x.places if c not in _WHEN and c.split(":")[1:2] not in (["day"], ["year"])
    )


def alike(c: str, d: str) -> bool:
    """Two concepts name one thing, a participant or a word ("E:jones" / "jone": a name opening the
    sentence may read as a folded word): one is the other or opens it, three letters or more."""
    u, v = c.removeprefix("E:"), d.removeprefix("E:")
    return u == v or (min(len(u), len(v)) >= 3 and (u.startswith(v) or v.startswith(u)))


def doer_side(a: ClauseClaim, p: ClauseClaim) -> frozenset[str]:
    """The doers an active claim `a` names before its verb, to weigh against the passive `p`'s agent: no
    weekday nor place ("Police in Harwick arrested": police), unless the agent names that place and the
    passive writes the doer's other words too (rule `place-doer`: "Police in Harwick arrested seven men" /
    "Seven men were arrested by Harwick police": the place says whose police, one doer; not "Protesters in
    Harwick attacked" / "attacked by Harwick police": one place, two doers)."""
    doer = a.before - WEEKDAYS - a.places
    named = a.places & p.agent
    if named and doer and all(any(alike(c, d) for d in p.agent | p.after) for c in doer):
        return doer | named
    return doer


def doers_differ(agent: frozenset[str], doer: frozenset[str], groups: dict[str, int]) -> bool:
    """Rule `claim-agent`: a passive's "by" agent and an active's subject side, both present, have no
    word alike ("was bought by Google" / "Microsoft bought": two buyers). A described agent (rule
    `described-agent`, no name: "by state police") differs only from a described doer with no name and
    no word alike nor of one `equivalents.txt` group ("federal agents"; not "police", "Smith", "FBI
    agents"; "by the tremors" / "the earthquake killed"): a description may be a name's."""
    if not agent or not doer:
        return False
    if not any(c[:2] == "E:" for c in agent):
        if any(c[:2] == "E:" for c in doer):
            return False
        doer = frozenset(c for c in doer if ":" not in c)
        if not doer or {groups.get(c) for c in agent} & {groups.get(c) for c in doer} - {None}:
            return False
    return not any(alike(g, c) for g in agent for c in doer)


def _counted_apart(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Rule `counted-subject`: `x`'s subject counts a group larger than the people `y`'s subject names
    ("At least 19 people ... had been killed" / "Mr. Jabari was killed"): a group of its own, not whom
    the named subject means."""
    named = sum(c[:2] == "E:" for c in y.before)
    counts = [
        float(value)
        for c in x.before
        if c[:2] == "N:"
        for unit, _, value in [c[2:].rpartition(":")]
        if _is_value(value) and not is_measure(unit)  # "The 67-year-old singer" counts no one
    ]
    return named >= 1 and any(v > named for v in counts)


def _is_value(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def unnamed_subject(x: ClauseClaim, y: ClauseClaim) -> frozenset[str]:
    """Rule `unnamed-subject`: one claim's subject names no one ("They analysed ...", "The 83-year-old actor
    has separated ..."), so the other's may be whom it means ("Researchers led by Diveena Danabalan
    analysed ...", "Clint Eastwood, 83, has separated ..."), when the two object sides share a participant
    or a number, neither a place nor a weekday ("... gas samples from 22 wells", "... his wife of 17
    years"): those, else none. Never for a "he" or "she" that `pronoun-subject` leaves unread (two people
    may be meant), nor unless exactly one subject names someone (two names: two people; no name: two
    descriptions, "The suspect shot ..." / "Police shot ...", need not be one doer), nor for a subject
    counting more people than the other names (`counted-subject`)."""
    if x.pronoun or y.pronoun or sum(any(c[:2] == "E:" for c in z.before) for z in (x, y)) != 1:
        return frozenset()
    if _counted_apart(x, y) or _counted_apart(y, x):
        return frozenset()
    both = (x.after & y.after) - WEEKDAYS - x.places - y.places
    return frozenset(c for c in both if c[:2] in ("E:", "N:"))


def _streets(values: dict[str, set[str]]) -> frozenset[str]:
    """The words of the streets of the addresses among `values` ("block of queen victoria road": queen,
    victoria, road), as the participants' concepts write them (rule `address-apart`)."""
    return frozenset(w for u in values if u.startswith(ADDRESS) for w in u[len(ADDRESS) :].split())


_STREET_WORDS = _set(
    "street road avenue lane drive boulevard way court place highway route terrace parkway square crescent "
    "circle trail row alley"
)  # the last word of a street's name, as a participant's concept writes it ("E:road")


def _names_street(names: frozenset[str], on_names: frozenset[str] = frozenset()) -> bool:
    """Rule `address-apart`: one of the participants `names` is a street ("Birch Road": "E:road"), or
    written after "on" (`on_names`: "on Broadway", "on Kingsway": a street whatever its last word)."""
    return any(n[2:] in _STREET_WORDS or n in on_names for n in names if n.startswith("E:"))


def _without(values: dict[str, set[str]], streets: frozenset[str]) -> dict[str, set[str]]:
    """`values` without its addresses when `streets` holds their words (rule `address-apart`)."""
    return {u: v for u, v in values.items() if not (streets and u.startswith(ADDRESS))}


def _values(args: frozenset[str]) -> dict[str, set[str]]:
    """The values of the counted numbers among `args` ("N:<unit>:<value>"), by unit."""
    out: dict[str, set[str]] = {}
    for c in args:
        if c.startswith("N:"):
            unit, _, value = c[2:].rpartition(":")
            out.setdefault(unit, set()).add(value)
    return out


def match(
    xs: tuple[ClauseClaim, ...],
    ys: tuple[ClauseClaim, ...],
    weight: dict[str, float],
    groups: dict[str, int],
    names_a: frozenset[str] = frozenset(),
    names_b: frozenset[str] = frozenset(),
    caseless: bool = False,
) -> ClaimMatch | None:
    """The best pair of claims of the two sentences that share a predicate (or an equivalent) and a
    participant or number (`caseless`: the story lost its letter case, so no participant is read; a word
    `features.common` does not list stands for one: rule `caseless-anchor`; or two claims of one owner:
    rule `reporter-owner`), agree in negation and modality; None when there is none."""
    best: ClaimMatch | None = None
    learned = predicate_pairs()
    for x in xs:
        gx = groups.get(x.predicate)
        for y in ys:
            lined = _roles(x, y, gx, groups, learned)
            if lined is None:
                continue
            if caseless and (x.name_like or y.name_like):
                continue  # rule `caseless-name-verb`: "officer mohamed noor" has no verb "mohamed"
            roles, route = lined
            if (
                x.negated != y.negated
                or x.hedged != y.hedged
                or x.other != y.other
                or x.modal != y.modal
                or x.habitual != y.habitual  # rule `claim-habitual`
            ):
                continue
            ax, ay = x.args, y.args
            shared = ax & ay
            if roles == "same":  # one voice: the subjects are alike ("Four swimmers were" / "She was")
                subject = (x.before & y.before) - WEEKDAYS or unnamed_subject(x, y)
            else:  # "Smith was arrested" / "Police arrested Smith": the passive's subject is the object
                # (of a learned pair with `y`'s voice turned, `x` reads as the passive when `y` is active;
                # with `x`'s turned, `y` when `x` is active)
                if roles == "turned":
                    p, a = (x, y) if x.passive else (y, x)
                else:
                    p, a = (y, x) if y.passive else (x, y)
                subject = (p.before & a.after) - WEEKDAYS
                # rule `claim-agent`: the passive's "by" agent and the active's subject, both present, have
                # a word alike ("was bought by Google" / "Microsoft bought": two buyers)
                if doers_differ(p.agent, doer_side(a, p), groups):
                    continue
            if (
                not subject
                or len(shared) < MIN_ARGS
                or (
                    not any(c[:2] in ("E:", "N:") for c in shared)
                    and not (caseless and _rare_word(shared))
                    and not (x.owner and x.owner == y.owner)  # rule `reporter-owner`
                )
                or (roles == "same" and not same_object(x, y))
                or (route == "paraphrase" and not paraphrase_anchored(shared))
                or (route == "paraphrase" and _heads_differ(x, y))  # rule `paraphrase-head`
                or (route == "paraphrase" and parties_differ(x, y))  # rule `paraphrase-party`
                or clash(x, y, names_a, names_b)
            ):
                continue
            # math.fsum: exact, so the hash seed's set order never moves a score across a threshold
            wx = math.fsum(weight.get(c, 1.0) for c in ax)
            wy = math.fsum(weight.get(c, 1.0) for c in ay)
            ws = math.fsum(weight.get(c, 1.0) for c in shared)
            stated = ws / max(min(wx, wy), 1e-9)
            if best is None or stated > best.stated:  # ties: the first in the sentences' order
                if route == "learned":
                    pred = f"{key(x)}={key(y)}"
                else:
                    pred = x.predicate if x.predicate == y.predicate else f"{x.predicate}={y.predicate}"
                best = ClaimMatch(x, y, pred, shared, stated, route)
    return best


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from ..lexicon.gazetteer import word_list

    return word_list("first_names.txt")


_WORD_BEFORE_VERB = re.compile(r"([A-Za-z]+)\s+$")


def _name_like(text: str, s: int, e: int) -> bool:
    """Rule `caseless-name-verb`: the verb `text[s:e]` is written as a given name (`first_names.txt`:
    "jared") or right after one ("bill ward"); modals aside ("will", "may" are given names too)."""
    given = _given_names()
    before = _WORD_BEFORE_VERB.search(text, max(0, s - 20), s)
    prev = before.group(1).lower() if before else ""
    return text[s:e].capitalize() in given or (prev not in _MODAL and prev.capitalize() in given)


def shared_predicate(
    xs: tuple[ClauseClaim, ...], ys: tuple[ClauseClaim, ...], groups: dict[str, int], caseless: bool = False
) -> str | None:
    """Rule `scored-claim`: the predicate a claim of each sentence states alike, whatever their subjects:
    one concept (or two words of one `equivalents.txt` group, "a=b"), in one voice (or two, the passive's
    subject the active's object: "arm was shattered" / "shattered ... arm"), alike in negation,
    hedging, modality, habit and "another", the object sides sharing something when both say something
    (`same_object`: "can cause fatal encephalitis" / "can cause flu-like symptoms": two claims), as in
    "The promotional photo session required the child ... to be seated on Sizemore's lap" / "The roughly
    half-hour session required the young actress ... to be seated on Sizemore's lap"; in a story that
    lost its letter case (`caseless`), never a verb written as a given name or after one (`name_like`:
    "jared loughner admitted"); None when there is none."""
    for x in xs:
        gx = groups.get(x.predicate)
        for y in ys:
            if x.predicate != y.predicate and (gx is None or groups.get(y.predicate) != gx):
                continue
            if x.linking or y.linking or x.nominal or y.nominal:
                continue  # rules `copula`, `light-object`, `event-noun`: no predicate the scorer's guess may
                # rest on alone
            swapped = x.passive != y.passive
            if swapped:  # two voices: the passive's subject is the active's object ("arm was shattered" /
                # "shattered ... arm")
                pv, av = (x, y) if x.passive else (y, x)
                if not (pv.before & av.after) - WEEKDAYS:
                    continue
            if (x.negated, x.hedged, x.modal, x.habitual, x.other) != (
                y.negated,
                y.hedged,
                y.modal,
                y.habitual,
                y.other,
            ) or (not swapped and not same_object(x, y)):
                continue
            if caseless and (x.name_like or y.name_like):
                continue  # rule `caseless-name-verb`
            return x.predicate if x.predicate == y.predicate else f"{x.predicate}={y.predicate}"
    return None
