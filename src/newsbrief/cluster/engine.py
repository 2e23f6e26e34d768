"""Assign articles to stories, one at a time, through an index (never against all stories).

Each article is a `Piece` (clean text, TF-IDF vector, MinHash signature). `Clusterer.add` decides
where it goes with the ordered rules of `RULES`, first match wins, and records the rule's name:

1. `chrome`: nothing left after cleaning (a site notice, a cookie wall), or under `CHROME_WORDS` words (a
   navigation-only page's "Home", "Share this": no headline, no sentence, nothing a reader could check a
   join by): a story of its own, no vector, no signature, shown as page chrome and not briefed.
2. `notice`: what the cleaner left is a site notice (`notices.notice`: a sign-in wall, a verification
   email sent, cookies): a story of its own, never a copy, never joined (the same notice under two
   stories is alike, and like neither story).
3. `copy`: the same text as an earlier article, exactly or nearly (MinHash/LSH): joins that
   article's story and is marked `duplicate_of` it, so it counts once as evidence.
4. `thin`: too few words to judge by: joins the closest story only past a higher bar, else stays alone;
   never indexed, so no other article joins it (two copies of one site notice stay apart).
5. `similar`: the closest story's centroid is at least `bar` similar (`JOIN`; in a pile of events
   rising with the story's size, `EVENT_GROWTH`): joins it.
6. `new`: starts a story.

Candidate stories come from an inverted index from an article's heaviest terms to the stories whose
members have them among their heaviest terms (the most recently updated `MAX_POSTINGS` per term), so
an assignment costs the same whether the store holds a hundred stories or a hundred thousand.
"""

from __future__ import annotations

import hashlib
import math
import operator
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import filterfalse, islice, repeat
from typing import Any

from . import CHROME_WORDS, dedupe
from .notices import notice
from .vectors import Idf, content_key, cosine, cosine_within, language, pile_idf, vector

JOIN = 0.13  # cosine between an article and a one-article story at or above which the article joins
GROWTH = 0.0  # the bar rises with the story's size n as n ** GROWTH (a centroid of many is closer to all)
THIN_JOIN = 0.20  # the same for a thin article
THIN_WORDS = 40  # an article with fewer words than this is thin
# ... and one with fewer than `CHROME_WORDS` holds no article text (rule chrome; sessions 57-58; kept in the
# package so `brief FILE` reads it without this module's imports): no dev file or training draw holds one
# (the cleaner empties such pages there), but a scraped folder's navigation-only page was a thin story
# titled "Home", shown as news, that could join a story on a word
INDEX_TERMS = 20  # an article's heaviest terms that point at its story in the index
QUERY_TERMS = 10  # an article's heaviest terms looked up in the index
MAX_POSTINGS = 100  # stories read per looked-up term (the most recently updated)
CANDIDATES = 10  # stories scored exactly per article
CENTROID_TERMS = 400  # a story centroid is pruned back to this many terms ...
CENTROID_SLACK = 200  # ... whenever it grows this many terms beyond
EVENT_DF = 30  # a term in at most this many documents of the background table names one event (`event_pile`)
EVENT_BAR = 1.5  # in a pile of events, a join sharing no such term with the story needs this times the bar
EVENT_GROWTH = 0.03  # ... and the bar rises with the story's size n as n ** EVENT_GROWTH (an event's
# articles are few: a story grown big in a pile of events is likelier two events of one topic)
EVENT_PILE = 6  # a pile is one of events when its articles' such terms recur, at the median, in at most
# this many of its articles (the articles of one event are few: Multi-News 2-9; a topic followed over
# months gathers many: DUC 10-25, whose articles share names but not one event's details)
# The join decision in a pile of events (`closest`, refinement's rounds): "bar", the hand rule above (the
# similarity over `bar`, over `EVENT_BAR` more when no event term is shared); "learned", a logistic
# regression over the same pair (`JOIN_FEATURES`, `JOIN_WEIGHTS`: fitted by `bench/learn_join.py` on the
# candidate pairs of training-file stories, every pile of them one of events), whose odds are the score
# (at least even: the article may join). A pile of topics (DUC) keeps the bar: no training pile is one.
JOIN_DECISION = "bar"
SHARED_CAP = 4  # event terms an article and a story share, counted up to this many (a learned feature)
JOIN_FEATURES = (
    "bias",
    "log_sim",  # the similarity to the story's centroid (without the article, for its own story)
    "log_n",  # the story's size (without the article)
    "no_event_term",  # no event term shared (`shares_event_term`)
    "shared_events",  # log(1 + event terms shared, at most `SHARED_CAP`)
    "log_terms",  # the terms the article's vector holds (a short article holds fewer: lower similarities)
)
# fitted on 4 piles of 300 stories (random.Random(5448); 41,280 candidate pairs of one pass and settled),
# the bias shifted on a fifth pile to its best B-cubed F1 (shift 0: 0.8728, the bar 0.8645)
JOIN_WEIGHTS: dict[str, float] = {
    "bias": 16.7897,
    "log_sim": 4.3309,
    "log_n": -2.3316,
    "no_event_term": -1.7386,
    "shared_events": -0.6104,
    "log_terms": -1.7262,
}


@dataclass(frozen=True, slots=True)
class Piece:
    """What clustering knows of one article."""

    id: str
    key: str  # content key: equal keys are exact copies; also the order of a one-shot run
    words: int
    vec: dict[str, float]
    sig: Any = None  # MinHash signature (None for a chrome article or a notice)
    notice: str | None = None  # a site notice: the `notices.NOTICE_RULES` rule that found it (no vector)


def article_key(text: str, source: str = "", raw: str = "", site_notice: bool | None = None) -> str:
    """An article's content key: that of its clean text; when nothing is left after cleaning (a site
    notice, an empty page), that of its source and raw text, so two such articles from different places
    are never taken for one article (each is a story of its own); when the text is thin (under
    `THIN_WORDS` words: a notice, a caption) or a site notice (`notices.notice`; `site_notice`: the
    caller's answer, else asked here), that of its source and clean text, so the same short text or
    notice from two places is two articles, as a one-shot run takes it (neither is ever a copy), and a
    store holds both, not one for the two."""
    if not text.strip():
        return content_key(f"\x00{source}\x00{raw}")
    if site_notice is None:
        site_notice = notice(text) is not None
    if len(text.split()) < THIN_WORDS or site_notice:
        return content_key(f"\x00{source}\x00{text}")
    return content_key(text)


def piece(
    id: str, text: str, title: str | None = None, *, source: str = "", raw: str = "", idf: Idf | None = None
) -> Piece:
    """The clustering view of one clean article (`source`, `raw`: for the key of an empty one). Page
    chrome (under `CHROME_WORDS` words) and a site notice keep no vector and no signature: nothing is
    compared with them."""
    n = len(text.split())
    found = notice(text) if n else None
    kept = n >= CHROME_WORDS and found is None
    return Piece(
        id=id,
        key=article_key(text, source, raw, found is not None),
        words=n,
        vec=vector(text, title, idf) if kept else {},
        sig=dedupe.signature(text) if kept else None,
        notice=found,
    )


def pieces(documents: Sequence[Any]) -> list[Piece]:
    """The pieces of a one-shot run's clean documents (`.id`, `.text`, `.title`, `.source`, `.raw`): an
    article that is not English (`vectors.language`) weighs its terms by their document frequency over
    the pile's articles of its language (`vectors.pile_idf`), not by the English table."""
    langs = [language(d.text) for d in documents]
    by_lang: dict[str, list[str]] = {}
    for d, lang in zip(documents, langs, strict=True):
        if lang:
            by_lang.setdefault(lang, []).append(f"{d.title or ''}\n{d.text}")
    idfs = {lang: pile_idf(texts) for lang, texts in by_lang.items()}
    return [
        piece(d.id, d.text, d.title, source=d.source, raw=d.raw, idf=idfs.get(k))
        for d, k in zip(documents, langs, strict=True)
    ]


@dataclass(slots=True)
class StoryState:
    """A story while clustering: its members and the sum of their vectors (copies left out)."""

    id: int
    members: list[str] = field(default_factory=list)
    total: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0

    n: int = 0  # articles whose vectors are in `total`
    stored: int = 0  # members a store holds but did not load (the story's size is this plus `members`)
    shared: bool = False  # `total` is a kept aggregate (`restore`): copied before it first changes
    events: list[str] | None = None  # `event_terms(total)`, when the caller of `restore` kept them

    def similarity(self, vec: dict[str, float]) -> float:
        return cosine(vec, self.total) / self.norm if self.norm else 0.0

    def absorb(self, vec: dict[str, float]) -> None:
        self.n += 1
        self.events = None
        total = self.total
        if self.shared:
            self.total = total = dict(total)
            self.shared = False
        for t, w in vec.items():
            total[t] = total.get(t, 0.0) + w
        if len(total) > CENTROID_TERMS + CENTROID_SLACK:
            kept = top(total, CENTROID_TERMS)
            self.total = total = dict(kept)
        self.norm = norm(total)


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one article went and why."""

    id: str
    story: int
    rule: str
    duplicate_of: str | None = None
    score: float | None = None  # similarity to the story when `rule` is thin/similar


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule sees: the article, its exact/near copy, and its best candidate story."""

    piece: Piece
    copy_of: str | None
    best: StoryState | None
    score: float


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    reason: str
    applies: Callable[[Context], bool]


RULES: tuple[Rule, ...] = (
    Rule(
        "chrome",
        f"nothing left after cleaning, or under {CHROME_WORDS} words: a story of its own",
        lambda c: c.piece.words < CHROME_WORDS,
    ),
    Rule("notice", "a site notice (`notices.py`): a story of its own", lambda c: c.piece.notice is not None),
    Rule("copy", "the same text as an earlier article: joins its story", lambda c: c.copy_of is not None),
    Rule(
        "thin",
        f"under {THIN_WORDS} words: joins only a story at least {THIN_JOIN} similar",
        lambda c: c.piece.words < THIN_WORDS,
    ),
    Rule(
        "similar",
        f"a story at least {JOIN} x size^{GROWTH} (a pile of events: size^{EVENT_GROWTH}) similar: joins it",
        lambda c: c.score >= 1.0,
    ),
    Rule("new", "starts a story", lambda c: True),
)


class Clusterer:
    """Stories grown one article at a time; the state a store reloads is `stories` plus the copy index."""

    def __init__(self, next_id: int = 1) -> None:
        self.stories: dict[int, StoryState] = {}
        self.story_of: dict[str, int] = {}
        self._postings: dict[str, dict[int, None]] = {}
        self._unposted: dict[
            str, list[int]
        ] = {}  # stored postings put back when first read (`restore_postings`)
        self._keys: dict[str, str] = {}  # content key -> first article with it
        self._copies = dedupe.CopyIndex()
        self._next = next_id  # the id the next new story gets

    # -- the one verb ------------------------------------------------------------------------------

    def add(self, p: Piece, event: bool = False) -> Assignment:
        """Assign one article (ids must be new) and update the index. `event`: the pile is one of events
        (`event_pile`): a join to a story sharing no event term needs `EVENT_BAR` times the bar (the
        caller's answer, passed with every article, never state the clusterer keeps)."""
        copy_of = self._copy_of(p)
        best, score = self.closest(p.vec, event) if p.vec and copy_of is None else (None, 0.0)
        ctx = Context(p, copy_of, best, score)
        rule = next(r for r in RULES if r.applies(ctx))
        if rule.name == "copy":
            story = self.stories[self.story_of[copy_of]]  # type: ignore[index]
            story.members.append(p.id)
            self.story_of[p.id] = story.id
            return Assignment(p.id, story.id, rule.name, duplicate_of=copy_of)
        if rule.name == "thin" and best is not None and best.similarity(p.vec) >= THIN_JOIN:
            best.members.append(p.id)
            self.story_of[p.id] = best.id
            return Assignment(p.id, best.id, rule.name, score=round(score, 4))
        if rule.name == "similar" and best is not None:
            self._join(best, p)
            return Assignment(p.id, best.id, rule.name, score=round(score, 4))
        story = self._start(p.id)
        if rule.name == "new":
            self._index(story, p)
        return Assignment(p.id, story.id, rule.name)

    def add_all(self, pieces: Iterable[Piece], event: bool = False) -> list[Assignment]:
        return [self.add(p, event) for p in pieces]

    def thin_home(self, p: Piece, own: int, event: bool = False) -> tuple[StoryState, float] | None:
        """A store's pass over thin articles alone (story `own`), its ingest's and those waiting
        (`store.THIN_WAIT`): the candidate story the article clears `THIN_JOIN` with (the first pass's
        rule thin), else rule thin-event as a one-shot run's (`thin_event`): the nearest candidate whose
        centroid holds `THIN_EVENT_TERMS` of its names or rare words, at least `THIN_EVENT` similar
        (ties: the lower id). With its similarity; None: it stays alone. A thin article neither adds
        to a story's sum nor is posted, so each one's answer is the same in any order."""
        best, _ = self.closest(p.vec, event)
        if best is not None and best.id != own and (sim := best.similarity(p.vec)) >= THIN_JOIN:
            return best, sim
        named = _named()
        terms = [t for t in p.vec if t in named]
        if len(terms) < THIN_EVENT_TERMS:
            return None
        near = [
            (story.similarity(p.vec), -story.id)
            for story in map(self.stories.__getitem__, self.candidates(p.vec))
            if story.id != own and sum(t in story.total for t in terms) >= THIN_EVENT_TERMS
        ]
        top_ = max(near, default=None)
        return (self.stories[-top_[1]], top_[0]) if top_ is not None and top_[0] >= THIN_EVENT else None

    def move_thin(self, id: str, own: StoryState, to: StoryState) -> None:
        """Move a thin article alone in `own` (`thin_home`) to `to`; `own`, left empty, is forgotten."""
        own.members.remove(id)
        if not own.members:
            del self.stories[own.id]
        to.members.append(id)
        self.story_of[id] = to.id

    def pile_of_events(self, pieces: Sequence[Piece], found: dict[str, list[int]] | None = None) -> bool:
        """Whether new articles, with the stories they are compared with (each one's candidates, before
        any of them is added), are a pile of events (`event_pile`): what a store asks at each ingest. A
        new article that is a copy of one the clusterer holds is counted by that one's story (whose sum
        leaves copies out), not again. `found`: each article's candidates by id, when the caller has
        them (a store's `index.neighbourhood` ranks them as `candidates` does)."""
        near = sorted(
            {
                s
                for p in pieces
                if p.words >= THIN_WORDS
                for s in (found[p.id] if found is not None else self.candidates(p.vec))
            }
        )
        fresh = [p for p in pieces if p.words < THIN_WORDS or self._copy_of(p) is None]
        return event_pile(fresh, [self.stories[s] for s in near])

    def restore(
        self,
        story: int,
        total: dict[str, float],
        n: int,
        stored: int,
        length: float | None = None,
        events: list[str] | None = None,
    ) -> None:
        """Put back a stored story from its kept aggregate (a store reopening): the sum of its articles'
        vectors in the order they were absorbed (`total`, pruned as `absorb` prunes), how many they are
        (`n`) and its size, so it is scored as a clusterer holding all its articles would score it
        (`restore_posting` puts back the index terms that point at it). Its members are not loaded.
        `total` is never changed (the story copies it when an article joins). `length`: `norm(total)`
        when the caller kept it (else computed here); `events`: `event_terms(total)`, when kept (read by
        `event_pile`)."""
        length = norm(total) if length is None else length
        self.stories[story] = StoryState(story, [], total, length, n, stored, shared=True, events=events)
        self._next = max(self._next, story + 1)

    def restore_posting(self, term: str, stories: Iterable[int]) -> None:
        """Put back the stored stories posted under a term, least recently posted first (after the
        stories are restored)."""
        posting = self._posting(term)
        for story in stories:
            posting.pop(story, None)
            posting[story] = None

    def restore_postings(self, stored: dict[str, list[int]]) -> None:
        """`restore_posting` for many terms (each term's stored stories, least recently posted first),
        each when the clusterer first reads or posts under it, of the stories it holds then (after the
        stories are restored: a story it starts later is new, never one of them): an ingest restores the
        postings of all its articles' query terms, and most are read once or never."""
        self._unposted.update(stored)

    def _posting(self, term: str) -> dict[int, None]:
        """The posting of a term, put back first if `restore_postings` left it."""
        stored = self._unposted.pop(term, None) if self._unposted else None
        posting = self._postings.setdefault(term, {})
        if stored is not None:
            stories = self.stories
            for story in stored:
                if story in stories:
                    posting.pop(story, None)
                    posting[story] = None
        return posting

    def restore_original(self, id: str, sig: Any, story: int) -> None:
        """Put back a stored article that new ones may be copies of (after its story is restored)."""
        self.story_of[id] = story
        self._copies.add(id, sig)

    # -- helpers -----------------------------------------------------------------------------------

    def _copy_of(self, p: Piece) -> str | None:
        if p.words < CHROME_WORDS or p.notice is not None:
            return None
        first = self._keys.get(p.key)
        if first is not None:
            return first
        # a store's articles come without a signature (`alone`): no copy is found for them there
        found = self._copies.find(p.sig) if p.words >= THIN_WORDS and p.sig is not None else None
        return found

    def candidates(self, vec: dict[str, float]) -> list[int]:
        """The stories an article is compared with: those its heaviest terms point at in the index, the
        `CANDIDATES` most pointed at (ties: the lower id)."""
        acc: dict[int, float] = {}
        unposted = self._unposted
        for t, w in islice(vec.items(), QUERY_TERMS):  # vectors are stored heaviest first
            posting = self._posting(t) if unposted and t in unposted else self._postings.get(t)
            if posting:
                for s in islice(reversed(posting), MAX_POSTINGS):
                    acc[s] = acc.get(s, 0.0) + w
        return [s for s, _ in top(acc, CANDIDATES)]

    def closest(self, vec: dict[str, float], event: bool = False) -> tuple[StoryState | None, float]:
        """The candidate story whose bar the article clears best (ties: the lower id), and the ratio of the
        article's similarity to that bar (1.0 or more: the article may join); `event`: as `add`'s. With
        the learned decision (`JOIN_DECISION`), the story of the highest odds, and those odds."""
        if event and JOIN_DECISION == "learned":
            return self._closest_learned(vec)
        best, best_score = None, 0.0
        terms = event_terms(vec) if event else None
        for s in self.candidates(vec):
            story = self.stories[s]
            score = story.similarity(vec) / bar(story.n, event)
            if (
                terms is not None
                and score >= best_score
                and not shares_event_term(vec, story.total, False, terms)
            ):
                score /= EVENT_BAR  # checked only where it may decide: the bar only rises
            if score > best_score or (score == best_score and best is not None and s < best.id):
                best, best_score = story, score
        return best, best_score

    def _closest_learned(self, vec: dict[str, float]) -> tuple[StoryState | None, float]:
        """`closest` in a pile of events by the learned decision (`join_odds`)."""
        best, best_score = None, 0.0
        terms = event_terms(vec)
        for s in self.candidates(vec):
            story = self.stories[s]
            shared = shared_event_count(vec, story.total, False, terms)
            score = join_odds(story.similarity(vec), story.n, shared, len(vec))
            if score > best_score or (score == best_score and best is not None and s < best.id):
                best, best_score = story, score
        return best, best_score

    def _start(self, first: str) -> StoryState:
        story = StoryState(self._next)
        self._next += 1
        self.stories[story.id] = story
        story.members.append(first)
        self.story_of[first] = story.id
        return story

    def _join(self, story: StoryState, p: Piece) -> None:
        story.members.append(p.id)
        self.story_of[p.id] = story.id
        self._index(story, p)

    def _index(self, story: StoryState, p: Piece) -> None:
        self._post(story, p)
        self._keys.setdefault(p.key, p.id)
        if p.words >= THIN_WORDS and p.sig is not None:
            self._copies.add(p.id, p.sig)

    def _post(self, story: StoryState, p: Piece) -> None:
        """Add an article's vector to its story and post the story under the article's index terms
        (the newest story last in each posting)."""
        story.absorb(p.vec)
        for t in index_terms(p):
            posting = self._posting(t)
            posting.pop(story.id, None)
            posting[story.id] = None


@cache
def _common() -> frozenset[str]:
    """The terms of the background table in more than `EVENT_DF` documents (any other term names one
    event: a name, a number, a rare word; a term missing from the table is rare), interned as a store's
    terms are (`store.index.interned`), so a lookup of one finds it by identity."""
    from .vectors import background_idf

    return frozenset(sys.intern(t) for t, n in background_idf().df.items() if n > EVENT_DF)


def event_terms(vec: dict[str, float]) -> list[str]:
    """The terms of a vector that name one event (document frequency at most `EVENT_DF`), in its order
    (what `shares_event_term` looks for: a caller asking of one vector many times keeps them)."""
    return list(filterfalse(_common().__contains__, vec))


def shares_event_term(
    vec: dict[str, float], total: dict[str, float], own: bool = False, terms: Sequence[str] | None = None
) -> bool:
    """Whether an article's vector and a story's sum of vectors share a term that names one event
    (document frequency at most `EVENT_DF`); `own`: the sum holds the article itself, which is left out.
    `terms`: `event_terms(vec)`, when the caller kept them. (Some event term's weight in the sum, less
    its own when `own`, is over 1e-9: the largest of them is, computed in C.)"""
    terms = event_terms(vec) if terms is None else terms
    weights = map(total.get, terms, repeat(0.0))
    if own:
        weights = map(operator.sub, weights, map(vec.__getitem__, terms))
    return max(weights, default=0.0) > 1e-9


def shared_event_count(
    vec: dict[str, float], total: dict[str, float], own: bool, terms: Sequence[str], cap: int = SHARED_CAP
) -> int:
    """How many of an article's event terms (`terms`: `event_terms(vec)`) a story's sum holds, up to
    `cap`; `own`: as `shares_event_term`'s."""
    k = 0
    for t in terms:
        w = total.get(t, 0.0)
        if own:
            w -= vec[t]
        if w > 1e-9:
            k += 1
            if k >= cap:
                break
    return k


def join_features(sim: float, n: int, shared: int, terms: int) -> tuple[float, ...]:
    """The learned decision's features (`JOIN_FEATURES`) of an article and a story of `n` articles
    (without it) at similarity `sim`, sharing `shared` event terms; `terms`: the size of the article's
    vector."""
    return (
        1.0,
        math.log(max(sim, 1e-4)),
        math.log(max(n, 1)),
        1.0 if shared == 0 else 0.0,
        math.log1p(min(shared, SHARED_CAP)),
        math.log(max(terms, 1)),
    )


def join_odds(sim: float, n: int, shared: int, terms: int) -> float:
    """The learned decision's odds that an article belongs with a story (`join_features`, weighed by
    `JOIN_WEIGHTS`): at least 1.0, it may join."""
    features = join_features(sim, n, shared, terms)
    logit = sum(JOIN_WEIGHTS[name] * x for name, x in zip(JOIN_FEATURES, features, strict=True))
    return math.exp(min(logit, 50.0))


def originals(pieces: Iterable[Piece]) -> list[Piece]:
    """The articles (40 words or more) that are no copy of another: of each set of exact or near copies
    (the same content key; MinHash Jaccard at least `dedupe.THRESHOLD`) the first by content key, then
    id, so the same set gives the same answer in any order. A wire story printed by five outlets is one
    article's words, not five articles' (as the `copy` rule counts it once as evidence)."""
    index = dedupe.CopyIndex()
    keys: set[str] = set()
    out = []
    for p in sorted((p for p in pieces if p.words >= THIN_WORDS), key=lambda p: (p.key, p.id)):
        if p.key in keys or (p.sig is not None and index.find(p.sig) is not None):
            continue
        keys.add(p.key)
        if p.sig is not None:
            index.add(p.id, p.sig)
        out.append(p)
    return out


def event_pile(pieces: Iterable[Piece], stories: Iterable[StoryState] = ()) -> bool:
    """Whether a pile of articles is one of events, not of topics: for each article (40 words or more,
    copies counted once: `originals`) with an event term (`shares_event_term`), the most articles of
    the pile that hold one of its event terms; the pile is one of events when the median of those is
    at most `EVENT_PILE`. `stories`: stored stories the pile also holds (a store's), counted by their
    sums (which leave copies out): a term's weight in a story's sum over its weight in the article
    (about how many of the story's articles hold it)."""
    common = _common()
    long = [(p.vec, [t for t in p.vec if t not in common]) for p in originals(pieces)]
    long = [(vec, terms) for vec, terms in long if terms]
    if not long:
        return False
    held: dict[str, int] = {}
    for _, terms in long:
        for t in terms:
            held[t] = held.get(t, 0) + 1
    stored: dict[str, list[float]] = {}  # each event term's weights in the stored stories' sums, in any
    for st in stories:  # order: `math.fsum` rounds their exact sum
        total = st.total  # (a kept story's event terms are a tenth of its terms: those when known)
        for t in held.keys() & (total.keys() if st.events is None else st.events):
            stored.setdefault(t, []).append(total[t])
    counts = sorted(
        max(held[t] + (math.fsum(stored[t]) / vec[t] if t in stored else 0.0) for t in terms)
        for vec, terms in long
    )
    mid = len(counts) // 2
    median = counts[mid] if len(counts) % 2 else (counts[mid - 1] + counts[mid]) / 2
    return median <= EVENT_PILE


def norm(vec: dict[str, float]) -> float:
    """The Euclidean length of a sparse vector (the squares summed in C, in the same order and so to
    the same bits as `sum(w * w for w in vec.values())`)."""
    return math.sqrt(sum(map(operator.mul, vec.values(), vec.values())))


def heaviest(vec: dict[str, float], k: int) -> list[str]:
    """The `k` heaviest terms of a vector, heaviest first (ties: by term): what
    `heapq.nsmallest(k, vec, key=lambda t: (-vec[t], t))` gives, with one Python call per term kept
    instead of per term (a weight floor from the bare weights sorted, in C), ranked as `ranked` ranks
    (two sorts with C-level keys, not a Python call per term kept)."""
    if len(vec) > k:
        floor = sorted(vec.values(), reverse=True)[k - 1]
        vec = {t: w for t, w in vec.items() if w >= floor}
    return [t for t, _ in ranked(vec)[:k]]


def top(weights: dict[Any, float], k: int) -> list[tuple[Any, float]]:
    """`ranked(weights)[:k]`, ranking only the items at or above the `k`-th heaviest weight (found by
    sorting the bare weights, in C): an article's candidate stories are the best ten of up to a thousand
    (ten query terms, a hundred stories each), and ranking all of them grew with the store."""
    if len(weights) > k:
        floor = sorted(weights.values(), reverse=True)[k - 1]
        weights = {key: w for key, w in weights.items() if w >= floor}
    return ranked(weights)[:k]


def ranked(weights: dict[Any, float]) -> list[tuple[Any, float]]:
    """The items heaviest first, ties by key: what `sorted(items, key=lambda kw: (-kw[1], kw[0]))`
    gives, from two sorts with C-level keys (by key, then stably by weight, reversed: a reversed sort
    keeps equal items in their order) instead of a Python call per item."""
    return sorted(sorted(weights.items()), key=operator.itemgetter(1), reverse=True)


def index_terms(p: Piece) -> list[str]:
    """The terms under which an article's story is found (its `INDEX_TERMS` heaviest)."""
    return list(islice(p.vec, INDEX_TERMS))


def query_terms(p: Piece) -> list[str]:
    """The terms an article looks its candidate stories up by (its `QUERY_TERMS` heaviest)."""
    return list(islice(p.vec, QUERY_TERMS))


def bar(n: int, event: bool = False) -> float:
    """The similarity an article needs to join a story of `n` articles; `event`: in a pile of events
    (`event_pile`), where it rises with `n` by `EVENT_GROWTH`."""
    return JOIN * max(n, 1) ** (EVENT_GROWTH if event else GROWTH)


def order(p: Piece, salt: str = "") -> tuple[bool, str, str]:
    """The order articles are added in: thin articles last (a short text is judged against the stories
    the longer ones have formed, never left alone because its story's first article had not come
    yet; a thin article still adds its vector and terms to the story it joins, so the articles after it
    see that story with it), each part by content key, then id (never the input order). A `salt`
    gives another order of the same kind (the key hashed again with it): the bench uses it to see how
    much a result owes to the one order a run happens to use."""
    thin = 0 < p.words < THIN_WORDS
    if salt:
        return thin, hashlib.sha1(f"{salt}\x00{p.key}".encode()).hexdigest(), p.id
    return thin, p.key, p.id


REFINE_ROUNDS = 5  # reassignment rounds after the first pass of a one-shot run
REFINE_CANDIDATES = 10  # stories an article is compared with in a round (and its own)
MOVABLE = frozenset({"similar", "new"})  # rules whose articles a refinement round may move
SPLIT = 0.5  # a story whose two halves' centroids are less similar than this is two stories
SPLIT_MIN = 6  # ... when each half has at least this many articles
SPLIT_PASSES = 2  # bisections (each followed by refinement rounds) after the rounds settle
BISECT_STEPS = 5  # 2-means steps of a bisection
ORDERS = 5  # one-shot runs in other content-key orders whose majority decides (`cluster_pieces`)
ADOPT = 0.10  # a story of one joins the story nearest it when at least this similar ...
ADOPT_MARGIN = 1.25  # ... and this many times as similar as to the next nearest
ADOPT_QUERY = 80  # the lone article's heaviest terms its candidate stories are looked up by (all it keeps)
ADOPT_EVENT = 0.04  # ... or at least this similar and sharing `ADOPT_EVENT_TERMS` event terms, at any margin
ADOPT_EVENT_TERMS = 2  # (rule event-lone: two names or rare words of one event, `EVENT_DF`)
ADOPT_MUTUAL = True  # ... or, two lone articles each the other's nearest story, at any margin (mutual-lone)
THIN_EVENT = 0.10  # a thin article still alone joins the nearest story at least this similar ...
THIN_EVENT_TERMS = 1  # ... sharing this many names or rare words with it (rule thin-event, `thin_event`)


class Dots:
    """What refinement computes from a story's centroid, kept while the centroid stays as it was: the
    centroid itself (sum, length, count) with the terms it is posted under, and each article's cosine
    with it (`vectors.cosine`). Refinement weighs an article against the same unchanged centroids round
    after round (and a store, ingest after ingest), so each is computed once. Keyed by story and by how
    it takes part (whole, or by a fixed aggregate: two different centroids); `forget` drops a story's
    whenever its centroid is rebuilt from other members. A store keeps one between ingests and forgets
    the stories each ingest wrote (and all of them when an ingest fails or another writer has
    ingested), so what is kept is always what would be computed again."""

    MAX_ENTRIES = 1_000_000  # cosines and centroid terms kept at most (all dropped past it)

    def __init__(self) -> None:
        self.of: dict[tuple[int, bool], dict[str, float]] = {}
        self.centroids: dict[tuple[int, bool], tuple[tuple[dict[str, float], float, int], list[str]]] = {}
        self.entries = 0

    def forget(self, stories: Iterable[int]) -> None:
        for sid in stories:
            for key in ((sid, False), (sid, True)):
                dropped = self.of.pop(key, None)
                if dropped is not None:
                    self.entries -= len(dropped)
                gone = self.centroids.pop(key, None)
                if gone is not None:
                    self.entries -= len(gone[0][0])

    def clear(self) -> None:
        self.of.clear()
        self.centroids.clear()
        self.entries = 0

    def story(self, sid: int, fixed: bool) -> dict[str, float]:
        """The kept cosines with one story's centroid (article id -> cosine), to read and add to."""
        if self.entries > self.MAX_ENTRIES:
            self.clear()
        got = self.of.get((sid, fixed))
        if got is None:
            got = self.of[(sid, fixed)] = {}
        return got

    def add(self, kept: dict[str, float], pid: str, dot: float) -> float:
        """Keep an article's cosine in a story's kept cosines (`story`'s dict); returns it."""
        kept[pid] = dot
        self.entries += 1
        return dot

    def keep(
        self, sid: int, fixed: bool, centroid: tuple[dict[str, float], float, int], head: list[str]
    ) -> None:
        """Keep a story's centroid as built (never changed after) and its posted terms."""
        if self.entries > self.MAX_ENTRIES:
            self.clear()
        gone = self.centroids.get((sid, fixed))
        self.entries += len(centroid[0]) - (len(gone[0][0]) if gone is not None else 0)
        self.centroids[(sid, fixed)] = (centroid, head)


def refine(
    pieces: Sequence[Piece],
    assignments: dict[str, Assignment],
    rounds: int = REFINE_ROUNDS,
    next_id: int | None = None,
    fixed: dict[int, tuple[dict[str, float], int]] | None = None,
    dirty: Collection[int] | None = None,
    dots: Dots | None = None,
    lone: bool = False,
    margin: float | None = None,
    candidates: int = REFINE_CANDIDATES,
    event: bool = False,
    left: Settled | None = None,
    mutual: bool | None = None,
) -> dict[str, int]:
    """Reassignment rounds (a k-means step with a threshold): each story's centroid is rebuilt from its
    members, then every movable article moves to the most similar of its own story (counted without
    it) and the `candidates` stories its heaviest terms point at most (`REFINE_CANDIDATES` in a
    one-shot run; a store compares fewer, `store.REFINE_CANDIDATES`), or starts a story when none
    reaches `JOIN`. When the rounds settle, a story that is two stories is split
    (`bisect_stories`: a merge the single pass made, which moving one article at a time cannot undo)
    and the rounds run again, up to `SPLIT_PASSES` times. Copies follow their original; chrome and
    thin articles stay. Undoes the early mistakes of a single pass, so the result depends less on
    the order.

    `pieces` needs only the movable articles; a story an article starts is numbered from `next_id`
    (default: one past the highest story of `assignments`); `fixed` adds stories whose members are
    not given, by their vector sum and count (an article may move into one; never split).
    An article is weighed again only when its own story or a story posted under one of its query
    terms changed since it was last weighed (else its choice would be the same); `dirty` (default:
    all) names the stories that changed before the first round (a store: those an ingest added to).
    `dots`: cosines kept from before (a store's, whose other stories' centroids are as they were when
    it computed them); a story's are forgotten when its centroid is rebuilt (at first only the `dirty`
    ones). `lone`: at the end, an article alone in its story with one clearly nearest story joins it
    (`adopt`, at `margin`): a one-shot run's at `ADOPT_MARGIN` (None: its value when called); a
    store's (one run, none of the agreement that checks a one-shot run's adoptions; its lone article
    may be the first of a story whose other articles have not come yet) at a wider one. `event`: the
    pile is one of events (`event_pile`): a story sharing no event term with the article needs
    `EVENT_BAR` times its bar. `mutual`: `adopt`'s (None: `ADOPT_MUTUAL`). `left`: filled with the centroids
    as the rounds (and the lone pass) left them (`Settled`), for a later pass over lone articles. Returns the
    story of every article."""
    story_of = {a.id: a.story for a in assignments.values()}
    movable = [p for p in pieces if assignments[p.id].rule in MOVABLE]
    if next_id is None:
        next_id = max(story_of.values(), default=0) + 1
    centroids: dict[int, tuple[dict[str, float], float, int]] = {}
    postings: dict[str, set[int]] = {}  # term -> stories (scores are summed per story: order is no matter)
    heads: dict[int, list[str]] = {}  # the terms each story is posted under
    fixed = fixed or {}
    dots = Dots() if dots is None else dots
    queries = {p.id: tuple(islice(p.vec.items(), QUERY_TERMS)) for p in movable}  # (term, weight) pairs
    unsplit: dict[int, list[str]] = {}  # stories a bisection left whole, with their members then
    changed = {story_of[p.id] for p in movable} | set(fixed)  # at first, every story
    for attempt in range(SPLIT_PASSES + 1):
        if attempt:  # the rounds settled: split the stories that are two stories, then settle again
            halves, next_id = bisect_stories(movable, story_of, set(fixed), next_id, unsplit)
            if not halves:
                break
            changed |= set(halves)
        state = (centroids, postings, heads)
        changed, next_id = _rounds(
            movable, queries, story_of, state, fixed, changed, dirty, rounds, next_id, dots, candidates, event
        )
        dirty = None
    if lone:  # lone articles with one clear home
        _refresh(movable, story_of, fixed, changed, (centroids, postings, heads))
        settled = (centroids, postings)
        kept = (dots, changed)  # the cosines kept with the centroids the last round did not change
        for pid, sid in adopt(
            movable, story_of, fixed, settled, margin=margin, candidates=candidates, kept=kept, mutual=mutual
        ).items():
            changed.update((story_of[pid], sid))
            story_of[pid] = sid
    dots.forget(changed)  # moved in the last round or adopted: their centroids are not the ones kept
    if left is not None:
        left.centroids, left.postings, left.heads, left.stale = centroids, postings, heads, changed
    for a in assignments.values():  # copies follow their original
        if a.duplicate_of is not None:
            story_of[a.id] = story_of[a.duplicate_of]
    return story_of


@dataclass
class Settled:
    """Refinement's centroids (story -> sum, length, count), the stories posted under each term and the
    terms each is posted under, as its last step left them (`refine`), and the stories whose centroids
    are not those of their members any more (`stale`: moved since; their kept cosines forgotten)."""

    centroids: dict[int, tuple[dict[str, float], float, int]] = field(default_factory=dict)
    postings: dict[str, set[int]] = field(default_factory=dict)
    heads: dict[int, list[str]] = field(default_factory=dict)
    stale: set[int] = field(default_factory=set)


def adopt_settled(
    movable: Sequence[Piece],
    story_of: dict[str, int],
    fixed: dict[int, tuple[dict[str, float], int]],
    settled: Settled,
    dots: Dots,
    margin: float,
    candidates: int = REFINE_CANDIDATES,
    mutual: bool | None = None,
) -> dict[str, int]:
    """`adopt` at `margin` (and `mutual`) from refinement's `settled` centroids: only the `stale` ones
    are built again (from `story_of`), and the cosines `dots` keeps with the others are read, not
    computed (the same choices as `adopt` building every centroid). Returns the articles that move,
    with their new story; `settled` is left as `story_of` makes it."""
    state = (settled.centroids, settled.postings, settled.heads)
    _refresh(movable, story_of, fixed, settled.stale, state)
    return adopt(
        movable,
        story_of,
        fixed,
        (settled.centroids, settled.postings),
        margin=margin,
        candidates=candidates,
        kept=(dots, settled.stale),
        mutual=mutual,
    )


def _refresh(
    movable: Sequence[Piece],
    story_of: dict[str, int],
    fixed: dict[int, tuple[dict[str, float], int]],
    changed: set[int],
    state: tuple[dict[int, tuple[dict[str, float], float, int]], dict[str, set[int]], dict[int, list[str]]],
) -> None:
    """Bring the rounds' centroids and postings (`state`, see `_rounds`) up to date with `story_of`:
    only the `changed` stories (moved in the last round) are not; the others are as the round found
    them, when it rebuilt them or they had not changed since."""
    centroids, postings, heads = state
    fresh = _centroids(
        [p for p in movable if story_of[p.id] in changed],
        story_of,
        {sid: fixed[sid] for sid in sorted(changed) if sid in fixed},
    )
    for sid in sorted(changed):
        for t in heads.pop(sid, ()):
            postings[t].discard(sid)
        centroids.pop(sid, None)
        if sid in fresh:
            centroids[sid] = fresh[sid]
            heads[sid] = heaviest(fresh[sid][0], INDEX_TERMS * 2)
            for t in heads[sid]:
                postings.setdefault(t, set()).add(sid)


def _rounds(
    movable: Sequence[Piece],
    queries: dict[str, tuple[tuple[str, float], ...]],
    story_of: dict[str, int],
    state: tuple[dict[int, tuple[dict[str, float], float, int]], dict[str, set[int]], dict[int, list[str]]],
    fixed: dict[int, tuple[dict[str, float], int]],
    changed: set[int],
    dirty: Collection[int] | None,
    rounds: int,
    next_id: int,
    dots: Dots,
    candidates: int = REFINE_CANDIDATES,
    event: bool = False,
) -> tuple[set[int], int]:
    """Up to `rounds` reassignment rounds (see `refine`), moving articles in `story_of`; `queries`: each
    movable article's query terms with their weights; `state` (the centroids, the term postings and
    each story's posted terms) carries over between calls; `candidates`, `event`: as `refine`'s. Returns the
    stories changed in the last round (none when the rounds settled) and the next free id."""
    centroids, postings, heads = state
    query_of = {pid: [t for t, _ in q] for pid, q in queries.items()}
    events: dict[str, list[str]] = {}  # an article's event terms (`event_terms`), once asked for
    learned = event and JOIN_DECISION == "learned"
    for _ in range(rounds):
        # a round reads the centroids as it began; those whose members changed are rebuilt (from their
        # members in the same order, so the sums are those of rebuilding all of them); what was kept of
        # them goes (at first only of the dirty ones: the others are as kept, and taken from `dots`)
        dots.forget(changed if dirty is None else changed & set(dirty))
        kept = {sid: got for sid in changed if (got := dots.centroids.get((sid, sid in fixed))) is not None}
        build = changed.difference(kept)
        fresh = _centroids(
            [p for p in movable if story_of[p.id] in build],
            story_of,
            {sid: fixed[sid] for sid in sorted(build) if sid in fixed},
        )
        hot: set[str] = set()  # the terms under which a changed story was or is posted
        for sid in sorted(changed):
            for t in heads.pop(sid, ()):
                postings[t].discard(sid)
                hot.add(t)
            centroids.pop(sid, None)
            if sid in kept:
                centroids[sid], heads[sid] = kept[sid]
            elif sid in fresh:
                centroids[sid] = fresh[sid]
                heads[sid] = heaviest(fresh[sid][0], INDEX_TERMS * 2)
                dots.keep(sid, sid in fixed, fresh[sid], heads[sid])
            if sid in centroids:
                head = heads[sid]
                for t in head:
                    postings.setdefault(t, set()).add(sid)
                if dirty is None or sid in dirty:
                    hot.update(head)
        if dirty is not None:
            changed = changed & set(dirty)
        dirty = None  # from the second round on, `changed` says what changed
        weighed = [p for p in movable if story_of[p.id] in changed or not hot.isdisjoint(query_of[p.id])]
        changed = set()
        moved = 0
        views: dict[int, tuple[dict[str, float], float, int, dict[str, float], float, float]] = {}
        for p in weighed:
            pid = p.id
            cur = story_of[pid]
            acc: dict[int, float] = {cur: 0.0}
            for t, w in queries[pid]:
                for sid in postings.get(t, ()):
                    acc[sid] = acc.get(sid, 0.0) + w
            ids = list(acc) if len(acc) <= candidates else [s for s, _ in top(acc, candidates)]
            if cur not in ids:
                ids.append(cur)
            ids.sort()
            best, best_score = None, 1.0
            for sid in ids:
                view = views.get(sid)
                if view is None:  # the centroid as this round reads it, its kept cosines and its bars
                    if sid not in centroids:
                        continue
                    total, norm, n = centroids[sid]
                    kept = dots.story(sid, sid in fixed)
                    without = bar(n - 1, event) if n > 1 else 0.0
                    view = views[sid] = (total, norm, n, kept, bar(n, event), without)
                total, norm, n, kept, bar_n, bar_rest = view
                dot = kept.get(pid)
                if dot is None:  # its own story's centroid holds (nearly) all of its terms
                    dot = dots.add(kept, pid, (cosine_within if sid == cur else cosine)(p.vec, total))
                if sid == cur:  # the story without this article
                    if n == 1:
                        continue
                    rest = math.sqrt(max(norm * norm - 2 * dot + 1.0, 1e-12))
                    sim, size, at = (dot - 1.0) / rest, n - 1, bar_rest
                else:
                    sim, size, at = dot / norm, n, bar_n
                if learned:
                    terms = events.get(pid)
                    if terms is None:
                        terms = events[pid] = event_terms(p.vec)
                    shared = shared_event_count(p.vec, total, sid == cur, terms)
                    score = join_odds(sim, size, shared, len(p.vec))
                else:
                    score = sim / at
                    if event and score >= best_score:
                        terms = events.get(pid)
                        if terms is None:
                            terms = events[pid] = event_terms(p.vec)
                        if not shares_event_term(p.vec, total, sid == cur, terms):
                            score /= EVENT_BAR  # checked only where it may decide: the bar only rises
                if score >= best_score and (best is None or score > best_score or sid < best):
                    best, best_score = sid, score
            if best is None:
                if centroids.get(cur, (None, 0, 1))[2] == 1:
                    continue  # alone already
                best, next_id = next_id, next_id + 1
            if best != cur:
                story_of[pid] = best
                changed.update((cur, best))
                moved += 1
        if not moved:
            break
    return changed, next_id


def bisect_stories(
    movable: Sequence[Piece],
    story_of: dict[str, int],
    skip: set[int],
    next_id: int,
    unsplit: dict[int, list[str]] | None = None,
) -> tuple[list[int], int]:
    """Split every story (not in `skip`) whose movable articles fall into two halves of at least
    `SPLIT_MIN` whose centroids are less than `SPLIT` similar: the second half starts a story numbered
    from `next_id`. Returns the stories split and new, and the next free id. `unsplit`: the stories an
    earlier call left whole, with their members then (kept across calls): a story with the same
    members in the same order is left whole again without bisecting it (`_bisect` depends on nothing
    else), and the stories left whole now are added."""
    members: dict[int, list[Piece]] = {}
    for p in movable:
        members.setdefault(story_of[p.id], []).append(p)
    out = []
    for sid in sorted(members):
        group = members[sid]
        if sid in skip or len(group) < 2 * SPLIT_MIN:
            continue
        ids = [p.id for p in group]
        if unsplit is not None and unsplit.get(sid) == ids:
            continue
        half = _bisect(group)
        if half is None:
            if unsplit is not None:
                unsplit[sid] = ids
            continue
        for p in half:
            story_of[p.id] = next_id
        out += [sid, next_id]
        next_id += 1
    return out, next_id


def _bisect(group: Sequence[Piece]) -> list[Piece] | None:
    """Two-means over a story's articles, seeded by the article least like the story and the one least
    like that; the second half when both halves hold `SPLIT_MIN` and are less than `SPLIT` alike."""
    total: dict[str, float] = {}
    for p in group:
        for t, w in p.vec.items():
            total[t] = total.get(t, 0.0) + w
    first = min(group, key=lambda p: cosine_within(p.vec, total))
    second = min(group, key=lambda p: cosine(p.vec, first.vec))
    a, b = dict(first.vec), dict(second.vec)
    side: list[bool] = []
    for _ in range(BISECT_STEPS):
        na, nb = norm(a) or 1.0, norm(b) or 1.0
        now = [cosine(p.vec, b) / nb > cosine(p.vec, a) / na for p in group]
        if now == side:
            break
        side = now
        a, b = {}, {}
        for p, right in zip(group, side, strict=True):
            acc = b if right else a
            for t, w in p.vec.items():
                acc[t] = acc.get(t, 0.0) + w
    k = sum(side)
    if min(k, len(group) - k) < SPLIT_MIN:
        return None
    if cosine(a, b) / ((norm(a) * norm(b)) or 1.0) >= SPLIT:
        return None
    return [p for p, right in zip(group, side, strict=True) if right]


def _centroids(
    movable: Sequence[Piece], story_of: dict[str, int], fixed: dict[int, tuple[dict[str, float], int]]
) -> dict[int, tuple[dict[str, float], float, int]]:
    sums: dict[int, tuple[dict[str, float], list[int]]] = {}
    for sid, (total, n) in fixed.items():
        if n:
            sums[sid] = (dict(total), [n])
    for p in movable:
        total, count = sums.setdefault(story_of[p.id], ({}, [0]))
        count[0] += 1
        for t, w in p.vec.items():
            total[t] = total.get(t, 0.0) + w
    out = {}
    for sid, (total, count) in sums.items():
        length = norm(total)
        if length:
            out[sid] = (total, length, count[0])
    return out


@dataclass(frozen=True, slots=True)
class Stages:
    """A one-shot run step by step (`one_shot`): each single-order run (`single_order`'s stories, pass
    order and first assignments), the stories most runs agree on, and the stories found (`apart`
    over them)."""

    runs: list[tuple[list[list[str]], list[str], dict[str, Assignment]]]
    agreed: list[list[str]]
    stories: list[list[str]]


def one_shot(
    pieces: Sequence[Piece], rounds: int = REFINE_ROUNDS, salt: str = "", orders: int = ORDERS
) -> Stages:
    """One-shot clustering, every stage kept: `single_order` in `orders` content-key orders (the first
    by `salt`, the others by salts made from it), two articles together when more than half of the runs
    put them together (`consensus.agreed`; one run: its stories), then `apart`. Whether the pile is one
    of events (`event_pile`) is decided once, from all its articles, for every run."""
    from .consensus import agreed

    event = event_pile(pieces)
    runs = [single_order(pieces, rounds, f"{salt}\x00{k}" if k else salt, event) for k in range(orders)]
    together = runs[0][0] if len(runs) == 1 else agreed([stories for stories, _, _ in runs], runs[0][1])
    return Stages(runs, together, apart(together, {p.id: p for p in pieces}))


def cluster_pieces(
    pieces: Sequence[Piece], rounds: int = REFINE_ROUNDS, salt: str = "", orders: int = ORDERS
) -> tuple[list[list[str]], dict[str, Assignment]]:
    """One-shot clustering (`one_shot`'s stories); input order does not matter.

    Returns the stories (member ids in the first run's pass order, stories by first member) and each
    article's first assignment in the first run (its rule, copy and score)."""
    stages = one_shot(pieces, rounds, salt, orders)
    return stages.stories, stages.runs[0][2]


RARE_DF = 50  # a term in at most this many documents of the background table is rare (`apart`)
APART_LINK = 0.4  # ... two articles at least this alike (cosine) are linked too, rare term or not
APART_MIN = 2  # ... a story splits into the groups of at least this many articles so linked
APART = 0.4  # ... whose centroids are less alike than this with the biggest group's


def _find(root: dict[str, str], i: str) -> str:
    while root[i] != i:
        i = root[i]
    return i


def apart(stories: Sequence[Sequence[str]], pieces: dict[str, Piece]) -> list[list[str]]:
    """The last step of a one-shot run: a story whose articles fall into linked groups splits. Two
    articles are linked when both vectors hold a rare term (document frequency at most `RARE_DF` in
    the background table) or when they are at least `APART_LINK` alike (two reports of one event that
    share only common words: "romney", "donors", "third bid"), and so is what is linked to them; each
    group of at least `APART_MIN` articles whose centroid is less than `APART` alike with the biggest
    group's is a story of its own. Two stories of one topic (two school shootings, two marijuana laws,
    a politician's two announcements) share its common words, the articles of one story its names,
    its rare words or most of their words. The other articles (linked to no such group,
    thin, empty) stay with the biggest group (ties: the one whose first article comes first in the
    story). Each group keeps its articles in the story's order; stories come by first article."""
    from .vectors import background_idf

    df = background_idf().df
    out: list[list[str]] = []
    for story in stories:
        root = {i: i for i in story if pieces[i].words >= THIN_WORDS}
        find = partial(_find, root)
        owner: dict[str, str] = {}
        for i in root:
            for t in pieces[i].vec:
                if df.get(t, 0) <= RARE_DF:
                    a, b = find(i), find(owner.setdefault(t, i))
                    if a != b:
                        root[max(a, b)] = min(a, b)
        linked = list(root)
        for k, i in enumerate(linked):  # a cosine only between articles not linked yet
            for j in linked[k + 1 :]:
                a, b = find(i), find(j)
                if a != b and cosine(pieces[i].vec, pieces[j].vec) >= APART_LINK:
                    root[max(a, b)] = min(a, b)
        size: dict[str, int] = {}
        for i in root:
            size[find(i)] = size.get(find(i), 0) + 1
        parts = [r for r in dict.fromkeys(find(i) for i in story if i in root) if size[r] >= APART_MIN]
        if len(parts) < 2:
            out.append(list(story))
            continue
        biggest = max(parts, key=lambda r: size[r])  # the first of the biggest, in the story's order
        sums: dict[str, dict[str, float]] = {r: {} for r in parts}
        for i in root:
            total = sums.get(find(i))
            if total is not None:
                for t, w in pieces[i].vec.items():
                    total[t] = total.get(t, 0.0) + w
        big = sums[biggest]
        length = norm(big)
        parts = [r for r in parts if r == biggest or cosine(sums[r], big) / (norm(sums[r]) * length) < APART]
        if len(parts) < 2:
            out.append(list(story))
            continue
        groups: dict[str, list[str]] = {r: [] for r in parts}
        for i in story:
            r = find(i) if i in root else biggest
            groups[r if r in groups else biggest].append(i)
        out.extend(groups.values())
    first = {i: k for k, i in enumerate(i for story in stories for i in story)}
    return sorted(out, key=lambda g: first[g[0]])


def single_order(
    pieces: Sequence[Piece], rounds: int = REFINE_ROUNDS, salt: str = "", event: bool = False
) -> tuple[list[list[str]], list[str], dict[str, Assignment]]:
    """One one-shot run: a single pass in content-key order (ties by id; `salt`: see `order`), then
    `rounds` refinement rounds. Returns the stories (member ids in pass order, stories by first
    member), the pass order and each article's first assignment (its rule, copy and score). `event`:
    the pile is one of events (`event_pile`)."""
    ordered = sorted(pieces, key=lambda p: order(p, salt))
    c = Clusterer()
    assignments = {a.id: a for a in c.add_all(ordered, event)}
    story_of = (
        refine(ordered, assignments, rounds, lone=True, event=event)
        if rounds
        else {a.id: a.story for a in assignments.values()}
    )
    if rounds:
        story_of.update(thin_event(ordered, assignments, story_of))
    stories: dict[int, list[str]] = {}
    for p in ordered:
        stories.setdefault(story_of[p.id], []).append(p.id)
    return list(stories.values()), [p.id for p in ordered], assignments


def adopt(
    movable: Sequence[Piece],
    story_of: dict[str, int],
    fixed: dict[int, tuple[dict[str, float], int]] | None = None,
    settled: tuple[dict[int, tuple[dict[str, float], float, int]], dict[str, set[int]]] | None = None,
    low: float | None = None,
    margin: float | None = None,
    candidates: int = REFINE_CANDIDATES,
    kept: tuple[Dots, Collection[int]] | None = None,
    mutual: bool | None = None,
) -> dict[str, int]:
    """The final pass of refinement: an article alone in its story (no other article of `story_of` with
    it; not a `fixed` story; not thin) joins the story whose centroid is nearest it when that is at least
    `low` similar, under the `JOIN` bar, and `margin` times as similar as the next nearest: an article
    that fits no story well but one clearly better than the others (or, rule event-lone `event_lone`, with
    `mutual` only: one at least `ADOPT_EVENT` similar sharing two event terms with it, at any margin); two
    lone articles each the other's nearest story join at any margin (rule mutual-lone, `mutual`, default
    `ADOPT_MUTUAL`: two reports of one event that share only common words, alone in a pile of events; a
    one-shot run's, whose agreement checks it, not a store's own run, whose lone article's story may not
    have come yet). Its candidates are the `candidates` stories that all its terms (`ADOPT_QUERY`) point
    at most among the centroids' heaviest terms: a lone article shares few heavy terms with its story, and
    lone articles are few. Every choice is made against the stories as they are before any of them, and
    two lone articles that choose each other (or a third story) end up together, so the result does not
    depend on the order. `movable`: the articles whose vectors make the centroids and that may move;
    `fixed`: stories by their vector sum and count (one may be chosen); `settled`: the centroids of every
    story of `movable` and `fixed` and the stories posted under each term (their `INDEX_TERMS` x 2
    heaviest), as refinement keeps them (else built here). A story chosen keeps its id, and lone articles
    that only chose each other take the lowest of their stories' ids. `low` and `margin` default to
    `ADOPT` and `ADOPT_MARGIN` as they are when it is called. `kept`: refinement's `Dots` and the stories
    whose `settled` centroids it does not hold (rebuilt since): an article's cosine with any other story's
    centroid is read there, or kept there once computed. Returns the articles that move, with their new
    story."""
    low = ADOPT if low is None else low
    margin = ADOPT_MARGIN if margin is None else margin
    mutual = ADOPT_MUTUAL if mutual is None else mutual
    fixed = fixed or {}
    size: dict[int, int] = {}
    for sid in story_of.values():
        size[sid] = size.get(sid, 0) + 1
    lone = [
        p
        for p in movable
        if size[story_of[p.id]] == 1 and story_of[p.id] not in fixed and p.words >= THIN_WORDS
    ]
    if not lone:
        return {}
    if settled is not None:
        centroids, postings = settled
    else:
        centroids = _centroids(movable, story_of, fixed)
        postings = {}
        for sid in sorted(centroids):
            for t in heaviest(centroids[sid][0], INDEX_TERMS * 2):
                postings.setdefault(t, set()).add(sid)
    root: dict[int, int] = {}
    dots, rebuilt = kept if kept is not None else (None, ())

    def dot(p: Piece, sid: int) -> float:
        """The article's cosine with a story's settled centroid (kept in `dots` when it holds it)."""
        if dots is None or sid in rebuilt:
            return cosine(p.vec, centroids[sid][0])
        held = dots.story(sid, sid in fixed)
        got = held.get(p.id)
        return dots.add(held, p.id, cosine(p.vec, centroids[sid][0])) if got is None else got

    def find(sid: int) -> int:
        while root.get(sid, sid) != sid:
            sid = root[sid]
        return sid

    chosen: dict[int, tuple[int, bool]] = {}  # a lone article's story -> its nearest story, and clearly
    for p in sorted(lone, key=lambda p: p.id):
        cur = story_of[p.id]
        acc: dict[int, float] = {}
        for t, w in islice(p.vec.items(), ADOPT_QUERY):
            for sid in postings.get(t, ()):
                if sid != cur:
                    acc[sid] = acc.get(sid, 0.0) + w
        sims = sorted(
            ((dot(p, sid) / centroids[sid][1], sid) for sid, _ in top(acc, candidates)),
            key=lambda x: (-x[0], x[1]),
        )
        event = bool(sims) and mutual and event_lone(p, centroids[sims[0][1]][0], sims[0][0])
        if sims and (sims[0][0] >= low or event):
            second = sims[1][0] if len(sims) > 1 else 0.0
            chosen[cur] = (sims[0][1], event or sims[0][0] >= margin * second)
    for cur, (sid, clear) in sorted(chosen.items()):
        if clear or (mutual and chosen.get(sid, (None,))[0] == cur):
            a, b = find(cur), find(sid)
            if a != b:
                root[max(a, b)] = min(a, b)
    # each group holds at most one story of more than one article (a lone article chooses one story):
    # the group takes its id, else the lowest id of the group's lone stories
    keep: dict[int, int] = {}
    for sid in sorted(root):
        group = find(sid)
        for s in (sid, group):
            if size.get(s, 0) > 1 or s in fixed:
                keep[group] = s
    moved = {}
    for p in lone:
        group = find(story_of[p.id])
        sid = keep.get(group, group)
        if sid != story_of[p.id]:
            moved[p.id] = sid
    return moved


def event_lone(p: Piece, centroid: dict[str, float], similar: float) -> bool:
    """Rule event-lone: a lone article at least `ADOPT_EVENT` similar to its nearest story that shares
    `ADOPT_EVENT_TERMS` terms with it that name one event (`_named`: in the background table, in at most
    `EVENT_DF` of its documents), however near the next story is."""
    if similar < ADOPT_EVENT:
        return False
    named = _named()
    return sum(1 for t in p.vec if t in named and t in centroid) >= ADOPT_EVENT_TERMS


def thin_event(
    pieces: Sequence[Piece], assignments: dict[str, Assignment], story_of: dict[str, int]
) -> dict[str, int]:
    """Rule thin-event (a one-shot run's, after refinement and the lone pass): a thin article (under
    `THIN_WORDS` words) still alone joins the story whose centroid is nearest it among those sharing
    `THIN_EVENT_TERMS` terms that name one event with it (`_named`: names, rare words; no number), when
    at least `THIN_EVENT` similar. A short text joins on evidence a reader can check (a name of the
    story: "mateen"), never on its few common words alone (those need the first pass's `THIN_JOIN`);
    nothing joins it. Every choice is made against the stories as refinement left them, so the order of
    `pieces` does not matter. A store runs it per ingest among each article's candidates
    (`Clusterer.thin_home`). Returns the articles that move, with their new story."""
    size: dict[int, int] = {}
    for sid in story_of.values():
        size[sid] = size.get(sid, 0) + 1
    thin = [p for p in pieces if assignments[p.id].rule == "thin" and size[story_of[p.id]] == 1]
    if not thin:
        return {}
    centroids = _centroids([p for p in pieces if assignments[p.id].rule in MOVABLE], story_of, {})
    named = _named()
    wanted = {t for p in thin for t in p.vec if t in named}
    holding: dict[str, list[int]] = {}  # a thin article's event term -> the stories whose centroid holds it
    for sid in sorted(centroids):
        for t in centroids[sid][0].keys() & wanted:  # the smaller side visited, in C
            holding.setdefault(t, []).append(sid)
    moved = {}
    for p in thin:
        shared: dict[int, int] = {}
        for t in p.vec:
            for sid in holding.get(t, ()):
                shared[sid] = shared.get(sid, 0) + 1
        near = [
            (cosine(p.vec, centroids[sid][0]) / centroids[sid][1], -sid)
            for sid, k in shared.items()
            if k >= THIN_EVENT_TERMS and sid != story_of[p.id]
        ]
        best = max(near, default=None)
        if best is not None and best[0] >= THIN_EVENT:
            moved[p.id] = -best[1]
    return moved


@cache
def _named() -> frozenset[str]:
    """The terms of the background table in at most `EVENT_DF` documents, no number among them (a term
    missing from the table is none: every word of an article in another language is missing)."""
    from .vectors import background_idf

    return frozenset(t for t, n in background_idf().df.items() if n <= EVENT_DF and not t.isdigit())


def reassign(
    movable: Sequence[Piece],
    fixed: dict[int, tuple[dict[str, float], int]],
    next_id: int,
    salt: str,
    event: bool = False,
) -> tuple[dict[str, Assignment], int]:
    """A single pass (`Clusterer.add`'s `similar` and `new` rules) over articles that may move, in
    another content-key order (`salt`, see `order`), among the `fixed` stories (by their vector sum
    and count, posted under their centroids' `INDEX_TERMS` x 2 heaviest terms as refinement posts
    them) and the stories the pass starts (numbered from `next_id`). Returns each article's assignment
    and the next free id."""
    c = Clusterer(next_id)
    for sid in sorted(fixed):
        total, n = fixed[sid]
        c.restore(sid, total, n, 0)
        for t in heaviest(total, INDEX_TERMS * 2):
            c.restore_posting(t, [sid])
    out = {}
    for p in sorted(movable, key=lambda p: order(p, salt)):
        best, score = c.closest(p.vec, event)
        if best is not None and score >= 1.0:
            best.members.append(p.id)
            c.story_of[p.id] = best.id
            story, rule = best, "similar"
        else:
            story, rule = c._start(p.id), "new"
        c._post(story, p)  # no copy index: the pass never asks for copies
        out[p.id] = Assignment(p.id, story.id, rule)
    return out, c._next


def refine_agreed(
    pieces: Sequence[Piece],
    assignments: dict[str, Assignment],
    rounds: int = REFINE_ROUNDS,
    next_id: int | None = None,
    fixed: dict[int, tuple[dict[str, float], int]] | None = None,
    dirty: Collection[int] | None = None,
    dots: Dots | None = None,
    orders: int = ORDERS,
    adopt_margin: float | None = None,
    candidates: int = REFINE_CANDIDATES,
    event: bool = False,
    shown: tuple[float, dict[str, int]] | None = None,
    mutual: bool = False,
) -> dict[str, int]:
    """A store's refinement: `refine` as given (the store's own order: what an ingest assigned), and
    `orders` - 1 one-shot runs over the same movable articles among the same `fixed` stories, each a
    pass in another content-key order (`reassign`), rounds and the final pass over lone articles
    (`adopt`); then the runs' agreement (`consensus.anchored`: an article joins a story, fixed or not,
    only when most runs put it there). So a join one order happens to make is left out, as in a
    one-shot run, and a lone article joins a story when most of the runs choose it. The other runs
    keep no cosines (`dots` is the first run's, and forgets the stories whose members the agreement
    changed). `adopt_margin`: the store's own run ends with the pass over lone articles (`adopt`) at
    this margin (None: without it). `candidates`: the stories an article is compared with in every
    run's rounds and lone pass (`refine`); `event`: as `refine`'s. `shown` (one order only): a margin
    and a dict filled with where `adopt` at that margin places the lone articles of the result, from
    the first run's settled centroids (`adopt_settled`). `mutual`: the store's own lone pass also joins
    two lone articles that choose each other and a lone article to a story sharing two event terms
    (`adopt`'s mutual-lone and event-lone; `store.LONE_MUTUAL`). Returns the story of every article
    (copies follow their original)."""
    from .consensus import anchored

    fixed = fixed or {}
    dots = Dots() if dots is None else dots
    lone = adopt_margin is not None
    margin = ADOPT_MARGIN if adopt_margin is None else adopt_margin
    settled = Settled() if shown is not None and orders <= 1 else None
    first = refine(
        pieces,
        assignments,
        rounds,
        next_id,
        fixed,
        dirty,
        dots,
        lone=lone,
        margin=margin,
        candidates=candidates,
        event=event,
        left=settled,
        mutual=mutual,
    )
    movable = [p for p in pieces if assignments[p.id].rule in MOVABLE]
    if orders <= 1 or not movable:
        refined = dict(first)
        story_of = _apart_whole(movable, first, fixed, next_id, dots, assignments, event, dirty)
        if settled is not None and shown is not None and movable:
            settled.stale.update(s for p in movable if (s := refined[p.id]) != story_of[p.id])
            settled.stale.update(story_of[p.id] for p in movable if refined[p.id] != story_of[p.id])
            shown[1].update(
                adopt_settled(movable, story_of, fixed, settled, dots, shown[0], candidates, mutual=False)
            )
        return story_of
    top = max([next_id or 0, *first.values(), *(a.story for a in assignments.values())]) + 1
    runs = [first]
    nid = top
    for k in range(1, orders):
        again, nid = reassign(movable, fixed, nid, f"\x00{k}", event)
        run = refine(movable, again, rounds, nid, fixed, lone=True, candidates=candidates, event=event)
        nid = max(nid, *run.values()) + 1
        runs.append(run)
    story_of = dict(first)
    story_of.update(anchored(runs, [p.id for p in movable], sorted(fixed), nid))
    # the agreement's new ids follow the first run's: number them from `top` in order of first member
    renum: dict[int, int] = {}
    for p in movable:
        sid = story_of[p.id]
        if sid >= top and sid not in renum:
            renum[sid] = top + len(renum)
    for p in movable:
        story_of[p.id] = renum.get(story_of[p.id], story_of[p.id])
    moved = [p.id for p in movable if first[p.id] != story_of[p.id]]
    dots.forget(
        {first[i] for i in moved} | {story_of[i] for i in moved}
    )  # their centroids are not the ones kept
    for a in assignments.values():  # copies follow their original
        if a.duplicate_of is not None and a.duplicate_of in story_of:
            story_of[a.id] = story_of[a.duplicate_of]
    return _apart_whole(movable, story_of, fixed, next_id, dots, assignments, event, dirty)


# A store's story in a pile of events is split where a one-shot run over it alone splits it (`alone`).
# Run over every whole story of >= 2 articles, it cost (session 51's end, `bench_cluster.py --scale
# --store --limit 5000 --against` with it off, load 1) 3.24 vs 1.43 CPU ms an article (2.27x), 291 vs
# 614 articles/s, and was turned off. Now only over a story this ingest changed (`_as_before`) of at
# least `ALONE_MIN` articles: Multi-News+ dev in three ingests, seeds 13-15, 1,082 runs over 2,535
# articles -> 66 over 299, the same stories (scale52).
ALONE = True
# No story of 2 or 3 articles was split by `alone` (three ingests, seeds 13-15: Multi-News+ dev 784 runs,
# LongBench dev 308, 300 training stories 834; 15 ingests, seed 13: 808 and 872): the splits it makes are
# of two stories of one topic held as one (13 of 66, 2 of 32, 16 of 157 runs over 4-7 articles). DUC 2003
# (three ingests, seeds 13-15) is the exception: 1 of its 36 runs over 2-3 split a pair, and the third
# shuffle's store F1 is 0.909 with `ALONE_MIN`, 0.914 without (scale52): the price of 13x fewer runs.
ALONE_MIN = 4


def alone(members: Sequence[str], pieces: dict[str, Piece]) -> list[list[str]]:
    """The stories a one-shot run (`cluster_pieces`) makes of one story's articles alone. A store's
    single run keeps two stories of one topic together that a one-shot run's agreement of orders keeps
    apart (Multi-News+ dev: a 4- and a 3-article story as one of 7). Store F1 in three ingests, seeds
    13-15 (`bench_cluster.py --gap`): Multi-News+ 0.851 0.845 0.852 -> 0.855 0.849 0.854, LongBench
    0.909 0.897 0.911 -> 0.913 0.901 0.911, 300 training stories no one read 0.859 0.856 0.859 -> 0.864
    0.861 0.865 (one-shot 0.865). In a pile of topics (DUC) a one-shot run over one story splits a topic
    followed over weeks, so only in piles of events (scale51). Groups by first article in `members`."""
    groups, _ = cluster_pieces([pieces[i] for i in members])
    first = {i: k for k, i in enumerate(members)}
    return sorted(groups, key=lambda g: min(first[i] for i in g))


def _as_before(
    movable: Sequence[Piece],
    members: dict[int, list[str]],
    assignments: dict[str, Assignment],
    dirty: Collection[int] | None,
) -> set[int]:
    """The stories of `members` (after refinement) that hold the articles they held before it and no
    other, none of them added by this ingest (not in `dirty`; None: every story may have changed).
    `alone` is not run over them again: it was run when the story last changed (in a pile of events)
    and would give the same (the same articles, each with the same vector). Of the stories a store's
    ingest refines whole, many are only near its articles (Multi-News+ dev, three ingests, seeds
    13-15: 1,082 runs -> 850, the same stories)."""
    if dirty is None:
        return set()
    before: dict[int, set[str]] = {}
    for p in movable:
        before.setdefault(assignments[p.id].story, set()).add(p.id)
    new = set(dirty)
    return {sid for sid, ids in members.items() if sid not in new and before.get(sid) == set(ids)}


def _apart_whole(
    movable: Sequence[Piece],
    story_of: dict[str, int],
    fixed: dict[int, tuple[dict[str, float], int]],
    next_id: int | None,
    dots: Dots,
    assignments: dict[str, Assignment],
    event: bool = False,
    dirty: Collection[int] | None = None,
) -> dict[str, int]:
    """`apart` over the refined stories that took part whole (not `fixed`: a big stored story, whose
    other articles are not here), and in a pile of events (`event`) a one-shot run over each such story
    it leaves whole (`alone`) unless it is as stored (`_as_before`, with `dirty`: the stories this
    ingest added articles to): the group holding most of a split story's articles keeps its id, each
    other group gets a new one (from one past every id in use). Returns `story_of`, changed."""
    members: dict[int, list[str]] = {}
    for p in movable:
        members.setdefault(story_of[p.id], []).append(p.id)
    kept = _as_before(movable, members, assignments, dirty)
    by_id = {p.id: p for p in movable}
    nid = max([next_id or 0, *story_of.values()]) + 1
    changed: set[int] = set()
    for sid in sorted(members):
        if sid in fixed or len(members[sid]) < 2:
            continue
        groups = apart([members[sid]], by_id) if len(members[sid]) >= 2 * APART_MIN else [members[sid]]
        if len(groups) < 2 and event and ALONE and len(members[sid]) >= ALONE_MIN and sid not in kept:
            groups = alone(members[sid], by_id)
        if len(groups) < 2:
            continue
        keep = max(groups, key=len)
        changed.add(sid)
        for group in groups:
            if group is not keep:
                for pid in group:
                    story_of[pid] = nid
                changed.add(nid)
                nid += 1
    if changed:
        dots.forget(changed)  # their centroids are not the ones kept
        for a in assignments.values():  # copies follow their original
            if a.duplicate_of is not None and a.duplicate_of in story_of:
                story_of[a.id] = story_of[a.duplicate_of]
    return story_of
