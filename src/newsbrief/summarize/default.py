"""The default summarizer: a learned sentence scorer, concept-coverage selection, readable order.

1. Score: every sentence gets features (`summarize.features`) and a learned score
   (`summarize.scorer`, weights shipped in `default_weights.json`, trained by
   `scripts/train_default.py` on Multi-News train stories against ROUGE labels; a story whose text
   lost its letter case gets `default_weights_caseless.json`, trained on the same stories against
   the whole reference's bigrams); sentences later in a document than the (truncated) training
   documents reach are discounted by position.
2. Select: greedy coverage of the story's word-bigram concepts (`features.word_bigrams`, as the
   ICSI system's) + scores under the word budget, near-duplicates excluded, then a few swaps that
   use the budget better (`summarize.select`).
3. Read as an editor would: what an editor would not publish is never a candidate
   (`summarize.candidates`: asides, signposts, replaced accounts, reference pages, captions, …);
   a sentence that leans on another (`readability.needs`: a pronoun or
   connective opening, a quotation, a demonstrative, "also", a definite description, …) is only
   taken with what it leans on before it (a document's first sentence has nothing before it: a pronoun
   or connective there is its own, `opening-stands`; the greedy pass values the two as one unit; a surname
   alone with the full name when a candidate gives it, in a lower-cased story a short one), part of an
   enumeration never, and one that opens a quotation (or ends on a lower-case title: "army spc. |
   Alexis hutchinson.") only with its rest; a sentence too short to be a candidate ("That's just not
   true.") comes in only with the next one when that one leans on it (lower-cased stories), and
   with the rest of a quotation the two leave open; no two sentences state the
   same fact (`summarize.redundancy`); a document gives at most twice its share of the words and
   about one sentence (views and transcripts a quarter of the budget, when news reports are
   there); the lead of a main news report that states the story's most-shared event, not a
   feature's opening (`summarize.opening`), opens the summary (in a timeline story, articles dated
   days apart each on its own event, every article's lead follows it: `summarize.timeline`), the
   rest follows in source order,
   keeping dependent pairs together; the budget is filled to 90 % when the story allows it.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any, NamedTuple

import numpy as np

from ..lexicon.gazetteer import gazetteer
from ..model import Budget, Story
from ..readability import (
    SOFT_NEEDS,
    Need,
    introductions,
    lower_given_names,
    needs,
    requirements,
    surname_word,
)
from ..represent import stopwords
from . import features as F
from .base import MIN_WORDS
from .candidates import open_quotation, title_cut, whole_quotations
from .opening import REPORTING, lead_of, opening
from .redundancy import NEAR_ROOM, one_document, same_fact
from .scorer import Scorer, shipped
from .select import UNIT, Options, greedy
from .timeline import timeline

_QUESTION = F.NAMES.index("question")
_CENTROID = F.NAMES.index("centroid")
_SUPPORT = F.NAMES.index("support_max")
# In a lower-cased story a surname alone ("smith said ...", `readability` rule surname-reference) comes with
# the sentence giving the full name when that one takes at most this share of the word budget (Multi-News+
# dev, tuned: 250 w dangling 0.8 -> 0.2 %, R1/R2 -0.02/+0.02; 100 w 2.8 -> 0.8 %, -0.09/-0.11; any
# introduction at 100 w: -0.26/-0.28).
INTRO_SHARE = 0.3


class _Inputs(NamedTuple):
    """What `select.greedy` and `concepts.exact` choose from, passed by name (`_asdict`): a round that
    changes one (`clash` after `one_document`, the seed of a refill) replaces it by name, not by position."""

    story: Story
    budget: Budget
    quality: np.ndarray
    eligible: np.ndarray
    concepts: F.Concepts
    opts: Options
    requires: dict[int, tuple[int, ...]]
    words: np.ndarray
    clash: Any
    cap: np.ndarray | None
    seed: tuple[int, ...]


def scores(story: Story, feats: F.StoryFeatures | None = None) -> np.ndarray:
    """Unsupervised sentence score: centroid similarity + support from other documents + lead bias.

    Kept as the unsupervised reference row of the ablation (same selection, this score).
    """
    m = (feats or F.compute(story)).matrix
    pos = np.fromiter((s.index for s in story.sentences), float, len(story.sentences))
    return m[:, _CENTROID] + 0.5 * m[:, _SUPPORT] + 0.3 / (1.0 + pos / 3.0)


class DefaultSummarizer:
    name = "default"

    def __init__(
        self,
        scorer: Scorer | None = None,
        options: Options | None = None,
        unsupervised: bool = False,
        readable: bool = True,
        editorial: bool = True,
    ) -> None:
        self.scorer = scorer
        self.options = options or Options()
        self.unsupervised = unsupervised
        self.readable = readable
        self.editorial = editorial  # one sentence per fact, balance between sources, news first

    def quality(self, story: Story, feats: F.StoryFeatures, scorer: Scorer | None = None) -> np.ndarray:
        """Each sentence's score for selection: learned (by `scorer`, else `scorer_for`; or
        unsupervised), late sentences discounted."""
        if self.unsupervised:
            q = scores(story, feats) / 3.0
        else:
            q = (scorer or self.scorer_for(story)).score(feats.matrix)
        if self.options.decay > 0:
            # Training documents are truncated, so the scorer never saw sentences this late: carry
            # its position trend on past POS_CAP instead of scoring them all like the POS_CAP-th.
            late = np.maximum(feats.rank, F.POS_CAP)
            q = q * ((1.0 + F.POS_CAP) / (1.0 + late)) ** self.options.decay
        return q

    def scorer_for(self, story: Story, cased: np.ndarray | None = None) -> Scorer:
        """The given scorer, else the shipped one: for a story whose every document lost its letter
        case (lower-cased, as Multi-News+; `cased`: `features.cased_docs`, worked out when not
        given), the one trained against the whole reference's bigrams."""
        if self.scorer is not None:
            return self.scorer
        if cased is None:
            cased = F.cased_docs(story)
        return shipped(caseless=bool(story.documents) and not cased.any())

    def select(self, story: Story, budget: Budget, lengths: np.ndarray | None = None) -> list[int]:
        """The summary's sentences; `lengths`: each sentence's words as the summary would show it (a
        method that cuts sentences: `summarize.compressed`), which the budget is spent by."""
        if not story.sentences:
            return []
        cased = F.cased_docs(story)  # read once: the scorer's choice and the features both use it
        scorer = None if self.unsupervised else self.scorer_for(story, cased)
        feats = F.compute(story, None if scorer is None else scorer.features, cased)
        shown = feats.words if lengths is None else lengths
        q = self.quality(story, feats, scorer)
        m = feats.matrix
        asked = m[:, _QUESTION] != 0
        # a question someone asked, reported ('Police tweeted: " could we be ...? "'), is news
        asked[asked] = [not F.reported_question(story.sentences[i].text) for i in np.flatnonzero(asked)]
        eligible = feats.candidate & ~feats.furniture & ~asked & ~feats.fragment
        kept = story.kept_out  # asides, signposts, replaced accounts, reference pages, captions
        eligible &= ~kept
        requires: dict[int, tuple[int, ...]] = {}
        alone = None
        beyond = np.zeros(len(story.sentences), dtype=bool)  # a quotation's open parts, held after selection
        stands = np.zeros(
            len(story.sentences), dtype=bool
        )  # `opening-stands`: a candidate, never the opening
        if self.readable:
            found = needs(story.sentences, story.caseless)
            # A quotation continues across its inner full stops: its opening part never comes alone.
            alone = ~open_quotation(story, found, cased)
            # "... army spc. | Alexis hutchinson.": one sentence cut in two, taken whole or not at all;
            # the name's part may stand alone when it is a sentence ("Rick perry isn't ruling out ...").
            cut = np.flatnonzero(title_cut(story))
            own = eligible.copy()
            small = _short_part(story, kept)
            part = eligible | small
            whole = part[cut] & part[cut + 1] & (feats.words[cut] + feats.words[cut + 1] >= MIN_WORDS)
            eligible[cut] = whole
            eligible[cut + 1] |= whole
            # A short sentence ("That's just not true.") is no candidate alone, yet the next one may lean
            # on it ("That is an absolute, blatant lie, " he said.): in a lower-cased story (truncated
            # Multi-News+ documents, whose budget often goes unfilled) it comes in with that one, never
            # alone. Cased full-length reports have sentences enough (LongBench R2 -0.09 with it).
            if not cased.any():
                lean = np.array([n is not None and n.kind == "previous" for n in found], dtype=bool)
                doc = np.fromiter((s.doc for s in story.sentences), np.int64, len(found))
                lean[1:] &= eligible[1:] & (doc[1:] == doc[:-1])
                short = np.flatnonzero(lean[1:] & small[:-1] & ~eligible[:-1])
                eligible[short] = True
                alone[short] = False
                # The unit may end inside a quotation that goes on ('"this is terrible. | This is as bad
                # as it gets. | You've got an officer of the court, ...," says ...'): then the rest of
                # the quotation comes in too (the quotation-chain rule, as in cased text), or nothing.
                # A quotation longer than a unit is held to that after selection (`whole_quotations`).
                goes_on = open_quotation(story, found)
                for h in short:
                    end = int(h) + 1
                    while end < len(goes_on) and goes_on[end]:
                        end += 1
                    beyond[h + 1 : end] = True
                    if end - h < UNIT:
                        alone[h + 1 : end] = False
            stands = opening_stands(story, found)
            for i, options in requirements(story.sentences, found, story.doc_lengths).items():
                if not eligible[i]:
                    continue
                soft = found[i] is not None and found[i].rule in SOFT_NEEDS
                ok = tuple(j for j in options if eligible[j])
                if soft and story.caseless:
                    # Lower-cased stories: only an introduction that leaves most of the budget to other
                    # news (`INTRO_SHARE`; none under a sentence budget); with none, the surname comes
                    # alone (eval's dangling count sees it). Held to any, Multi-News+ 100 w lost 0.28 R2.
                    room = INTRO_SHARE * (budget.words if budget.words is not None else 0)
                    ok = tuple(j for j in ok if shown[j] <= room)
                if ok:
                    requires[i] = ok
                elif not (soft or stands[i]):
                    eligible[i] = False
            # A lead's subject by surname alone comes after a sentence giving the full name, when one is
            # a candidate (`introductions`); with none, it comes alone as before. A sentence that leans on
            # another too takes one that gives both when there is one (a requirement is one of its options;
            # making it ineligible otherwise moved 25 of 88 LongBench dev briefs, mostly for the worse).
            for i, options in introductions(
                story.sentences, found, story.doc_lengths, story.caseless
            ).items():
                ok = tuple(j for j in options if eligible[j])
                if not (eligible[i] and ok):
                    continue
                if i in requires:
                    both = tuple(j for j in requires[i] if j in ok)
                    if both:
                        requires[i] = both
                else:
                    requires[i] = ok
            alone[cut] = False
            for h in cut[whole]:
                if eligible[h]:
                    requires[int(h) + 1] = (int(h),)
                else:  # the head lost to its own need: the name's part stands alone, if it can
                    eligible[h + 1] &= own[h + 1]
        clash = cap = None
        seed: tuple[int, ...] = ()
        if self.editorial:
            # align's near-facts only where the candidates hold words to spare (`redundancy.NEAR_ROOM`)
            room = budget.words is None or int(shown[eligible].sum()) >= NEAR_ROOM * budget.words
            clash = same_fact(story, np.flatnonzero(eligible), near=room)
            cap = doc_caps(story, feats, budget)
            # A lead standing on its own pronoun or connective (`opening-stands`) may come in, but never opens
            # the brief: "They have been missing since ...", "And on Oct. 19, ..." carry no news first.
            ok = eligible & (True if alone is None else alone) & ~stands
            first = lead_of(story, feats)
            seed = opening(story, feats, q, ok, requires, budget, first)
            # A timeline (articles of days apart, each on its own event): every article's lead too.
            ok[list(requires)] = False
            ok &= shown <= (budget.words if budget.words is not None else 10**9)
            seed += tuple(i for i in timeline(story, first, ok) if i not in seed)
        coverage = F.word_bigrams(story)
        args = _Inputs(story, budget, q, eligible, coverage, self.options, requires, shown, clash, cap, seed)
        found = None
        if self.options.solver == "ilp":
            from .concepts import exact

            found = exact(**args._asdict())
        chosen = greedy(**args._asdict(), alone=alone) if found is None else found
        if found is None and clash is not None:
            # No fact twice from one document (`redundancy.one_document`): align reads two documents'
            # sentences only, so the summary's own pairs of one document are read here (each round only
            # pairs not read yet).
            read: set[tuple[int, int]] = set()
            twice = one_document(story, chosen, read)
            while twice:
                clash = clash.joined(twice)
                args = args._replace(clash=clash)
                start = tuple(_refilled(chosen, {j for _, j in twice}, requires))
                # what is kept stays (no swap takes it out: held as the opening is)
                refill = args._replace(seed=(*seed, *start))
                chosen = greedy(**refill._asdict(), alone=alone, start=start)
                twice = one_document(story, chosen, read)
        whole = None if alone is None else alone & ~beyond
        held = whole_quotations(chosen, requires, whole)
        while found is None and len(held) < len(chosen):
            # A quotation was left open (one longer than a unit, or one a swap cut): it is not taken,
            # nor what leans on it, and the budget is refilled without them (each round rules out
            # what it dropped, so the rounds end).
            eligible[np.setdiff1d(chosen, held)] = False
            chosen = greedy(**args._asdict(), alone=alone)
            held = whole_quotations(chosen, requires, whole)
        return reading_order(story, held, seed, stands & ~_anticipating_it(story, stands), requires)


# A document's first sentence has no sentence before it to lean on: a pronoun or connective there is the
# lead's own (cataphora, "He was the town's longest serving harbour master, and Tom Reed retired today"; "It's
# no secret that ..."), or a wire lead whose headline was cut ("But the board voted on Tuesday ..."). Rule
# `opening-stands`: it stays a candidate under these needs (cue "pron" or "conn"), not a demonstrative
# opening ("This article is more than three years old", "That lawyer then named ...": the thing it points at
# is not in the brief), a pronoun as the speaker ("..., she said.": no speaker without evidence), a part of a
# quotation (`_quotation_part`), nor a quotation, demonstrative, definite or "also" need (MN+ training draw
# 5948, read: 250 w R2 15.30 -> 15.37, briefs under 90 % 59 -> 57).
OPENING_STANDS = frozenset(
    ("pronoun-or-connective-opening", "connective-opening", "inverted-pronoun", "pronoun-before-name")
)
_PUNCT = "\"“”‘’'(),.;:!?-"
_DEMONSTRATIVE_OPENING = re.compile(r"^[\"“‘']?\s*(?:this|that|these|those|such)\b", re.IGNORECASE)


def opening_stands(story: Story, found: list[Need | None]) -> np.ndarray:
    """Per sentence: a document's first sentence whose need is one `OPENING_STANDS` lets stand (rule
    `opening-stands`), a person's pronoun only with the person's name after it (`opening-names`)."""
    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    for i, need in enumerate(found):
        if (
            need is not None
            and need.rule in OPENING_STANDS
            and (i == 0 or sents[i - 1].doc != sents[i].doc)
            and not _DEMONSTRATIVE_OPENING.match(sents[i].text.lstrip())
            and not _quotation_part(sents[i].text)
            and _names_its_person(sents[i].text, need, story.caseless)
        ):
            out[i] = True
    return out


# `opening-names`: a lead whose first pronoun is a person's (he, she, his, her, they, ...) stands only when
# the sentence names someone after it: cataphora ("He was the town's longest serving harbour master, and Tom
# Reed retired today", lower-cased "he was ..., rob ford is gone"). Not "He writes to the stranger: ..." (MN+
# training 404), "His bored-bird-in-a-gilded-cage attitude, the article said, ..." (MN+ dev 48644), "They have
# been missing since 1977, ..." (LongBench 6c46adce): whom the pronoun means is in no sentence the brief
# gives.
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their)\b", re.IGNORECASE)
_FIRST_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their|it|its)\b", re.IGNORECASE)
_CONNECTIVE_NEEDS = frozenset(("pronoun-or-connective-opening", "connective-opening"))
_CASED_NAME = re.compile(r"\b([A-Z][a-z][\w'’-]*)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]")


def _names_its_person(text: str, need: Need, caseless: bool) -> bool:
    """`opening-names`: True unless the need is the sentence's pronoun (an opening one, or one before any
    name), a person's, and no name follows it (two capitalised words, the first no stop word; lower-cased:
    a listed given name and a word that may be a surname, `readability`'s reading of lower-cased names). A
    connective's lead ("And on Oct. 19, ...") is not read."""
    first = _FIRST_PRONOUN.search(text)
    if first is None or not _PERSON_PRONOUN.fullmatch(first[0]):
        return True
    if need.rule in _CONNECTIVE_NEEDS and text[: first.start()].strip(_PUNCT):
        return True
    rest, gender = text[first.end() :], _GENDER.get(first[0].lower())
    if not caseless:
        return any(
            m[1].lower() not in stopwords() and _fits(m[1], gender) for m in _CASED_NAME.finditer(rest)
        )
    words = [w.strip(_PUNCT) for w in rest.split()]
    return any(a in lower_given_names() and surname_word(b) and _fits(a, gender) for a, b in pairwise(words))


_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _fits(first: str, gender: str | None) -> bool:
    """Whether a name's first word may be whom the pronoun means: a listed woman's name is no "he", a name
    listed for men alone no "she" ("He writes to the stranger: ..., the victoria liss story" is not hers)."""
    g, name = gazetteer(), first.capitalize()
    if gender is None or name in g.unisex_names:
        return True
    if name in g.female_names:
        return gender == "f"
    return gender == "m" or name not in g.first_names


# `anticipatory-it`: a standing lead whose "it" holds the place of a clause after it, extraposed or cleft
# ("It's not every day that you wake up and find a house in your field.", "It didn't take long for the
# internet to start buzzing ...", "It was in May of 1925 when ..."), may open the brief in reading order:
# the clause is what it means. Not a referring "it" ("It's a harrowing story -- even by the standards of
# blood-soaked Libya.", "It was a takedown worthy of uncle phil, ..."): read on MN+ training draw 6047, two
# briefs that had opened on such a lead opened on a weaker sentence without this.
_ANTICIPATORY_IT = re.compile(
    r"^[\"“‘'(\s]*it\b.*?\b(?:that|who|when|where|since|until|for\s+(?:[\w'’-]+\s+){1,4}to)\s",
    re.IGNORECASE,
)


def _anticipating_it(story: Story, stands: np.ndarray) -> np.ndarray:
    """Per sentence: a standing lead (`stands`) whose "it" anticipates a clause (`anticipatory-it`)."""
    out = np.zeros(len(stands), dtype=bool)
    for i in np.flatnonzero(stands):
        out[i] = _ANTICIPATORY_IT.match(story.sentences[i].text) is not None
    return out


def _quotation_part(text: str) -> bool:
    """A sentence that closes or leaves open a quotation (an odd count of straight marks, unpaired curly
    ones): part of a quotation whose speaker it does not give ('He would never leave the town. "')."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def _refilled(chosen: list[int], dropped: set[int], requires: dict[int, tuple[int, ...]]) -> list[int]:
    """What a summary keeps when `dropped` (the second telling of a fact) goes: every other sentence but
    one leaning on a sentence no longer there. The selection fills the words freed from these rather than
    choosing anew (a new choice moved unrelated lines: LongBench dev 62e23307 lost "... became a lawyer at
    21 and an alcoholic" and kept "Sobered up, she ...")."""
    kept = [i for i in chosen if i not in dropped]
    while True:
        held = set(kept)
        out = [i for i in kept if i not in requires or any(j in held for j in requires[i])]
        if len(out) == len(kept):
            return kept
        kept = out


def _short_part(story: Story, kept: np.ndarray) -> np.ndarray:
    """Per sentence: too short to be a candidate on its own ("Texas gov.", "Alexis hutchinson.", "That's
    just not true."), yet ending like a sentence, no question, and kept out by no rule (`kept`): a part
    of a sentence cut in two, or one the next sentence leans on."""
    sents = story.sentences
    ends = ((s.words < MIN_WORDS and s.text[-1:] in F.ENDS and "?" not in s.text[-3:]) for s in sents)
    return np.fromiter(ends, bool, len(sents)) & ~kept


CAP_ALLOWANCE = 30  # words any document may give beyond twice its share (about one sentence)
SMALL_SHARE = 0.5  # a document under this fraction of an equal share of the story is a small one ...
SMALL_TAKE = 0.25  # ... and gives at most this share of the budget, or twice its own share if more
VIEW_SHARE = 0.25  # share of the budget an opinion, review, transcript or press release may give


def doc_caps(story: Story, feats: F.StoryFeatures, budget: Budget) -> np.ndarray | None:
    """Balance: the words a document may give the summary: twice its share of the story's candidate
    words plus about one sentence (CAP_ALLOWANCE), so a short follow-up or a near-copy cannot crowd
    out the main report; a small document (under SMALL_SHARE of an equal share of the story) gets the
    allowance only up to SMALL_TAKE of the budget (a 400-word report beside a 3,300-word one gave a
    third of a summary with it); an opinion, review, transcript or press release at most VIEW_SHARE
    of the budget (plus the allowance) when news reports are there. None without a word budget."""
    if budget.words is None:
        return None
    doc = np.fromiter((s.doc for s in story.sentences), np.int64, len(story.sentences))
    words = np.bincount(doc[feats.candidate], feats.words[feats.candidate], minlength=len(story.documents))
    share = words / max(words.sum(), 1)
    cap = budget.words * 2 * share + CAP_ALLOWANCE
    small = share < SMALL_SHARE / max(int((words > 0).sum()), 1)
    cap[small] = np.minimum(cap[small], budget.words * np.maximum(2 * share[small], SMALL_TAKE))
    # Views (opinion, review) and transcripts do not outweigh the reporting when there is some.
    views = np.array([d.kind not in REPORTING for d in story.documents], dtype=bool)
    if (~views & (words > 0)).any():
        cap[views] = np.minimum(cap[views], budget.words * VIEW_SHARE + CAP_ALLOWANCE)
    return cap


def reading_order(
    story: Story,
    chosen: list[int],
    first: tuple[int, ...] = (),
    stands: np.ndarray | None = None,
    requires: dict[int, tuple[int, ...]] | None = None,
) -> list[int]:
    """Order for reading: the opening (`first`, in its order: a timeline's leads after it) first, then
    by relative position in the documents, then document; a sentence directly following another
    chosen one of its document stays right after it (an opening there brings its run first). A lead
    standing on its own pronoun or connective (`stands`, `opening-stands`) never comes first when another
    sentence can (`standing-second`: "It's a harrowing story -- ...", "And on Oct. 19, ..." opened
    LongBench dev briefs): with no opening the first other run goes before it; an opening's run does not
    bring it along unless the sentence after it leans on it (`requires`)."""
    picked = set(chosen)
    sents = story.sentences
    lengths = story.doc_lengths

    rank = {i: k for k, i in enumerate(first)}
    cut: set[int] = set()  # an opening's run starts here, after a standing lead it does not lean on
    for i in first:
        h = i
        while h in picked and h - 1 in picked and sents[h - 1].doc == sents[h].doc:
            if stands is not None and stands[h - 1] and h - 1 not in (requires or {}).get(h, ()):
                cut.add(h)
                break
            h -= 1
        if h != i and i in picked:
            rank[h] = min(rank.get(h, len(first)), rank[i])
    heads = [i for i in chosen if i in cut or not (i - 1 in picked and sents[i - 1].doc == sents[i].doc)]

    def key(i: int) -> tuple[int, float, int, int]:
        s = story.sentences[i]
        return (rank.get(i, len(first)), s.index / max(lengths[s.doc], 1), s.doc, s.index)

    heads.sort(key=key)
    if not first and stands is not None and heads and stands[heads[0]]:
        k = next((k for k, h in enumerate(heads) if not stands[h]), 0)
        heads.insert(0, heads.pop(k))
    out: list[int] = []
    for h in heads:
        out.append(h)
        j = h + 1
        while j in picked and j not in cut and story.sentences[j].doc == story.sentences[h].doc:
            out.append(j)
            j += 1
    return out
