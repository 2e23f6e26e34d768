"""No fact twice: which pairs of sentences a summary must not hold together.

Two sentences state the same fact when (in this order):
1. the align stage links them (`Alignment.same_fact`: a shared quotation or a fact link, across
   documents), or types them `related` by a rule that finds one stating the other's claim in part
   (`RESTATING`: "one-sided", one states most of the other; "side-only", one states on the side what
   the other states as its claim; "shared-point", both make one point in other words): a reader
   meets that claim twice; or types them `related` by a rule that finds no clash ("partial",
   "trivial", "same-topic": `NEAR_RULES`) with a fact score of at least `NEAR` ("died at the scene"
   / "was bleeding profusely and died at the scene"): too little to cite one for the other, enough
   that a reader would meet one fact twice (only in a story with words to spare: `NEAR_ROOM`; in every
   story when the two also state one claim as rule 5 reads it, or give the same number of a thing:
   `near-strict`, "killed 17 kangaroos" / "run over 17 kangaroos"; or when the score is at least
   `NEAR_HIGH`: `near-high`, "multiple airline flights were canceled" / "Nine flights were canceled");
2. most of the rarer words of the shorter one are in the other: the IDF-weighted share of its
   content terms that the other holds is at least `CONTAINED` ("killed by a nerve agent" restated
   with a few words around it, in the same document or another);
3. they give the same distinctive number (three digits or more, or an amount or a share; not a
   year; a share however written, "32 percent" / "32 %", and millions of a thing, "38 million
   gallons", `scaled`), share at least `NUMBER_WORDS` content terms and `NUMBER_CONTAINED` of the
   shorter one's weight ("an $83,000 payout" told four times in other words);
4. they give the same sum of money of at least `MONEY` dollars ("a special $10,000 bequest for her
   beloved dog" / "set aside $10,000 for the care for her Papillon"): a story's sums are few and
   each is one fact, however it is worded; a sum that names a thing after "the" ("approved the $85
   billion merger" / "had sued to block the $85 billion merger") is no fact of its own and joins nothing.

5. both are among the first `LEAD_SENTENCES` of one document and state one claim twice (`lead-restated`:
   "A California woman claims she was fired after uninstalling an app ..." / "Plaintiff Myrna Arias
   claims ... her boss fired her shortly after she uninstalled the ... app"): a predicate of each read
   alike by align's claim reading (one concept, alike in negation, hedging, modality, habit and
   "another"), another content term or participant in common, and not two sets of numbers with none in
   common (one sentence without numbers may join); a lead says the news, and its next sentence often
   says it again with the names (only in a story with words to spare, as near-facts: `NEAR_ROOM`);
6. align links them, by a rule that finds no clash (`COUNT_RULES`), and both give the same count of one
   thing, however written (align's `number:` evidence: "eight voting precincts went missing" / "the
   results from eight precincts were still missing", "a 34-vote defeat" / "edged Romney by 34 votes",
   "two in every three smokers" / "two-thirds of smokers"), at least `COUNT_MIN` of it, not a span of
   time, a whole or a half, nor a thing the story quotes as a title ("fifty shades") or names after "the"
   ("the magnitude-7.8 quake": `_names_thing`), and `COUNT_WORDS` terms in common (`same-count`, in every
   story): a story's counts of a thing are few, each one fact.
7. both are in the summary, from one document, share `ONE_DOC_WORDS` content terms, name `ONE_DOC_NAMES`
   participants or give one distinctive number in common, and align's test reads them as one statement
   (`one-document`: "more than 250 people were missing ... off lampedusa" / "officials estimated that more
   than 250 people were missing"); align never compares one document's sentences, so the selection asks
   this of its own few pairs (`one_document`) and refills the budget without the second telling.

TF-IDF cosine (the selection's redundancy threshold) misses these when the sentences differ in
length or wording; this check is what keeps one sentence per fact.

Rule 4 joins every sentence giving a sum with every other giving it (a story of many copies holds
thousands), so `SameFact` keeps its pairs as groups, one per sum, and never lists them: the memory
grows with the sentences, not with their pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, partial
from typing import Any

import numpy as np

from ..model import Link, Story
from ..represent import pair_dot, terms

CONTAINED = 0.6
NUMBER_WORDS = 3
NUMBER_CONTAINED = 0.4
RESTATING = ("rule:one-sided", "rule:side-only", "rule:shared-point")  # align rules of a restated claim
# A `related` link of a rule that finds no clash, and align's fact score at least NEAR (a citation needs the
# scorer's threshold, 0.85): in session 38's read of 20 LongBench dev briefs (tuned) 6 of the 7 summary
# pairs of these rules at 0.6 or more stated one fact, and about 30 of 40 such links drawn from all open
# LongBench dev stories did; a clash rule ("other-action", "negation-differs", ...) says the two differ.
NEAR = 0.6
NEAR_RULES = ("rule:partial", "rule:trivial", "rule:same-topic")
# ... read only where the candidates hold at least NEAR_ROOM budgets of words: in a short story each
# near-fact kept out leaves the budget unfilled (MN+ dev at 250 words: 57 -> 63 summaries under 90 % of
# it with near-facts everywhere), and a repeat told is no falsehood.
NEAR_ROOM = 2
# ... and in every story at NEAR_HIGH or more (`near-high`), as `near-strict`: in brief50's read (session
# 50) of the MN+ dev summaries' near-fact pairs that the room rule let through, the 6 at 0.8 or more each
# told one fact twice ("Chaos broke out at a florida airport ... after multiple spirit airlines flights were
# canceled" / "Nine spirit airlines flights were canceled, monday night, ..."), about half of the 32 between
# 0.6 and 0.8 did.
NEAR_HIGH = 0.8
# Rule 5 (`lead-restated`): the first LEAD_SENTENCES of a document; besides the predicate, at least
# LEAD_WORDS content terms or participants in common. On the 95 open LongBench dev stories it joins 10 pairs
# of lead sentences (brief40, session 40): all one event told twice ("Kenya's celebrity lion Mohawk is
# dead." / "The most famous lion in Kenya died ..."); "voted to release" / "voted against releasing" and
# "died on Friday at age 94" / "his wife ... died at the age of 92" stay apart (`_AGAINST`, the numbers).
LEAD_SENTENCES = 3
LEAD_WORDS = 1
# Rule 6 (`same-count`): align's rules that find no clash of people, actions or values between the two
# (a rule such as "other-participant" reads "charged with two counts ..." of two people: two facts).
# In 40 links drawn from the open LongBench dev stories (brief44, session 44) with a count of a thing and
# no other rule joining them, 18 stated one fact; with these guards 13 of the 14 kept did (the one left:
# "100 percent fatal" / "almost 100 percent certain", hence no whole): counts of 2 or 3 ("two sons", "three
# children", "Three Rivers Hospital") and spans of time ("over the next two days") name no fact alone.
COUNT_RULES = (*NEAR_RULES, *RESTATING, "rule:first-person", "rule:negation-differs", "rule:part-of-count")
_COUNT_RULES = frozenset(COUNT_RULES)
# Rule 7 (`one-document`): two chosen sentences of one document sharing ONE_DOC_WORDS content terms and
# ONE_DOC_NAMES participants (or a number), and align's verdict of one of ONE_DOC_KINDS (kinds, or rules).
ONE_DOC_WORDS = 3
ONE_DOC_NAMES = 2
ONE_DOC_KINDS = ("quote", "fact", "one-sided")
COUNT_MIN = 4
COUNT_WORDS = 2
TITLE_WORDS = 6
_COUNT_TIME = frozenset(
    {"second", "minut", "hour", "day", "night", "week", "month", "year", "decad", "centuri"}
)
_AGAINST = re.compile(r"\s+against\b")
_YEARS = (" year", " years")  # align's `number:` evidence of an age or a term ("number:31 year")
_DIGITS = re.compile(r"\d+")
_NUMBER = re.compile(r"(?<![\w.])\$?\d[\d,.]*\d?%?")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# Rule 3's `scaled`: a share ("32 percent", "32 %", "32%") or a count in millions of a thing ("38 million
# gallons"), whatever its digits; not a sum of money ("$85 billion", "dlrs 2 billion", "53 million dollars").
_SCALED = re.compile(
    r"(?<![\w.$])(?<!\$ )(?<!dlrs )(\d[\d,.]*\d|\d)\s?(%|percent\b|per cent\b|million\b|billion\b|trillion\b)"
    r"(?!\s+dollars\b)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
MONEY = 1000
_MONEY = re.compile(
    r"\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|trillion|bn|m)\b)?"
    r"|(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s*(million|billion|trillion)?\s+dollars\b",
    re.IGNORECASE,
)
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
# A sum that names a thing the story is about ("approved the $85 billion merger", "had sued to block the
# $85 billion merger"): after "the" and at most two modifiers, before the noun it modifies (a word no
# function word or participle: "the $177 million spent", "the $2 million he stole" give the sum itself,
# and so does a noun that names a sum: "the $83,000 payout", "the $17 million figure").
_THE_BEFORE = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|for|to|of|and|or|a|an|the|was|is|were|are|will|would|could|can|that|which|from|on|by|per"
    r"|each|at|he|she|it|they|we|i|you|his|her|its|their|our|my|your|this|these|those|had|has|have|be|been"
    r"|as|with|into|over|than|more|less|off|back|up|out|annually|spent|paid|lost|won|owed|sought|given|left"
    r"|taken|due|monthly|weekly|daily|yearly|a-year|a-month|per-year"
    # a noun that names a sum is the sum itself ("the $83,000 payout", "the $17 million figure")
    r"|payouts?|payments?|settlements?|fines?|bail|bonds?|rewards?|bequests?|gifts?|donations?|grants?"
    r"|salar(?:y|ies)|bonus(?:es)?|loans?|fees?|awards?|damages|ransoms?|budgets?|costs?|prices?|bills?"
    r"|figures?|sums?|amounts?|totals?|marks?|checks?|cheques?|compensation|penalt(?:y|ies)|debts?|tax(?:es)?"
    r"|wages?|pay|payroll|severance|pensions?|savings|deposits?|funds?|deductibles?|rent|premiums?|prizes?"
    r")\b)(?![a-z]+ed\b)(?-i:[a-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SameFact:
    """Which pairs of sentences state the same fact: `pairs` (scipy CSR, n x n, symmetric boolean:
    rules 1 to 3) or a shared column of `sums` (CSR, n x sums: the sums of money each sentence
    gives, rule 4). Sentence i and j (i != j) clash when either says so."""

    pairs: Any
    sums: Any

    def row(self, i: int) -> np.ndarray:
        """The sentences that state a fact sentence i states (not i itself), each once or more."""
        p, g = self.pairs, self.sums
        own = p.indices[p.indptr[i] : p.indptr[i + 1]]
        held = g.indices[g.indptr[i] : g.indptr[i + 1]]
        if not len(held):
            return own
        by_sum = self.sums_t
        same = np.concatenate([by_sum.indices[by_sum.indptr[v] : by_sum.indptr[v + 1]] for v in held])
        return np.concatenate([own, same[same != i]])

    def dense(self, rows: np.ndarray, cols: np.ndarray | None = None) -> np.ndarray:
        """A boolean array, rows x cols (all sentences when `cols` is None): True where they clash."""
        rows = np.asarray(rows, dtype=np.int64)
        if cols is None and self.plain:
            # Against every sentence (the swaps ask so): each row's clashes straight from the CSR
            # arrays (`row`), without sparse fancy indexing and products (~0.1 ms each).
            out = np.zeros((len(rows), self.pairs.shape[1]), dtype=bool)
            for k, i in enumerate(rows.tolist()):
                out[k, self.row(i)] = True
            return out
        cols = np.arange(self.pairs.shape[1]) if cols is None else np.asarray(cols, dtype=np.int64)
        out = self.pairs[rows][:, cols].toarray().astype(bool)
        if self.sums.nnz:  # most stories give no sum twice: skip the product
            money = (self.sums[rows] @ self.sums[cols].T).toarray() > 0
            out |= money & (rows[:, None] != cols[None, :])
        return out

    def has(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Whether each pair (a[t], b[t]) clashes."""
        a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
        out = np.zeros(len(a), dtype=bool)
        keys = self.pair_keys
        if len(a) and len(keys):
            # A lookup in the sorted keys: sparse fancy indexing costs ~0.1 ms a call, and the
            # selection asks once per candidate unit.
            want = a * self.pairs.shape[1] + b
            pos = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
            out = keys[pos] == want
        if len(a) and self.sums.nnz:
            # Only pairs of two sentences that both give a sum can share one (few): their columns are
            # compared straight from the CSR arrays (sparse fancy indexing costs ~0.1 ms a call).
            g = self.sums
            gives = np.diff(g.indptr) > 0
            for t in np.flatnonzero(gives[a] & gives[b] & (a != b)):
                i, j = a[t], b[t]
                held = g.indices[g.indptr[i] : g.indptr[i + 1]]
                out[t] |= not set(held.tolist()).isdisjoint(g.indices[g.indptr[j] : g.indptr[j + 1]].tolist())
        return out

    def count(self, among: np.ndarray) -> int:
        """The pairs of distinct sentences of `among` that clash, each pair once."""
        if len(among) < 2:
            return 0
        return int(np.triu(self.dense(among, among), 1).sum())

    def joined(self, pairs: list[tuple[int, int]]) -> SameFact:
        """These clashes and `pairs` (i, j) besides, both ways."""
        from scipy.sparse import csr_matrix

        a, b = np.array(pairs, dtype=np.int64).reshape(-1, 2).T
        extra = csr_matrix(
            (np.ones(2 * len(a), dtype=bool), (np.concatenate([a, b]), np.concatenate([b, a]))),
            shape=self.pairs.shape,
        )
        out = (self.pairs + extra).tocsr()
        out.sum_duplicates()
        out.data[:] = True
        return SameFact(out, self.sums)

    @cached_property
    def plain(self) -> bool:
        """Every stored entry of `pairs` and `sums` is True (as `same_fact` builds them): a sentence's
        clashes are then the column indices of its rows, as `row` reads them."""
        return bool(self.pairs.data.all() and self.sums.data.all())

    @cached_property
    def pair_keys(self) -> np.ndarray:
        """The pairs as sorted keys i * n + j (both orders: `pairs` is symmetric), built once."""
        p = self.pairs.tocoo()
        held = p.data != 0
        return np.unique(p.row[held].astype(np.int64) * p.shape[1] + p.col[held].astype(np.int64))

    @cached_property
    def sums_t(self) -> Any:
        """`sums` by column (CSR, sums x n): the sentences that give each sum (built once)."""
        from scipy.sparse import csr_matrix

        return csr_matrix(self.sums.T)


def same_fact(story: Story, rows: np.ndarray, use_alignment: bool = True, near: bool = True) -> SameFact:
    """Which pairs among `rows` (the candidates) of the story's sentences state the same fact (`near`:
    align's near-facts too, rule 1, and rule 5).

    Linear in the story's size: rules 2 and 3 are only tried on the pairs the sentence vectors'
    `neighbours` hold (every pair sharing a content term when the story is small enough, else each
    sentence's best neighbours), rule 1 on the align stage's links, rule 4 kept as groups; no n x n
    array is built."""
    from scipy.sparse import csr_matrix, vstack  # lazy, as in represent.py

    n = len(story.sentences)
    rows = np.asarray(rows, dtype=np.int64)
    keep = np.zeros(n, dtype=bool)
    keep[rows] = True
    pairs_a: list[np.ndarray] = []
    pairs_b: list[np.ndarray] = []
    if len(rows) >= 2:
        vec = story.vectors
        r, c, _, idf = vec._cells
        sel = keep[r]  # cells of the candidates only
        r, c = r[sel], c[sel]
        # The cells are distinct and in row-major order: CSR arrays directly, no COO conversion.
        indptr = np.concatenate(([0], np.cumsum(np.bincount(r, minlength=n))))
        x = csr_matrix((idf[c], c, indptr), shape=(n, len(idf)))  # each distinct term: its IDF
        p = csr_matrix((np.ones(len(c)), c, indptr), shape=(n, len(idf)))  # each distinct term: 1
        mass = np.bincount(r, idf[c], minlength=n)
        if vec.exact:
            # Every pair sharing a term: sparse products (their non-zeros are those pairs, the same
            # pattern in both, so the canonical `.data` arrays line up).
            over = csr_matrix(x @ p.T)
            back = csr_matrix(over.T)
            for m in (over, back):
                m.sum_duplicates()
            a = np.repeat(np.arange(n, dtype=np.int64), np.diff(over.indptr))
            b = over.indices.astype(np.int64)
            upper = a < b
            a, b = a[upper], b[upper]
            ab, ba = over.data[upper], back.data[upper]
        else:
            i, j, _ = vec.edges(rows)
            upper = i < j
            a, b = rows[i[upper]], rows[j[upper]]
            # overlap a->b: IDF mass of a's terms that b holds (and b->a).
            both = csr_matrix(vstack([x, p]))
            ab, ba = pair_dot(both, a, n + b), pair_dot(both, b, n + a)
        small = np.minimum(mass[a], mass[b])
        own = np.where(mass[a] <= mass[b], ab, ba)
        # Rule 2: the shorter sentence's terms are mostly in the other one.
        contained = own >= CONTAINED * np.maximum(small, 1e-9)
        # Rule 3: the same distinctive number and a few content words.
        digits = np.zeros(n, dtype=bool)
        digits[rows] = [_DIGIT.search(story.sentences[k].text) is not None for k in rows]
        numbers = {int(k): _numbers(story.sentences[k].text) for k in np.flatnonzero(digits)}
        test = np.flatnonzero(digits[a] & digits[b])
        same_number = np.zeros(len(a), dtype=bool)
        same_number[test] = [bool(numbers[int(a[t])] & numbers[int(b[t])]) for t in test]
        loose = own >= NUMBER_CONTAINED * np.maximum(small, 1e-9)
        test = np.flatnonzero(same_number & loose & ~contained)
        # The terms both hold, for those few pairs only.
        contained[test] = pair_dot(p, a[test], b[test]) >= NUMBER_WORDS
        pairs_a.append(a[contained])
        pairs_b.append(b[contained])
    # Rule 5: one claim told twice in a document's lead (as near-facts, only with words to spare: in a
    # short story the repeat kept out leaves the budget unfilled, MN+ dev at 250 words 51 -> 53 summaries
    # under 90 % of it with rule 5 everywhere).
    if near:
        la, lb = _lead_restated(story, rows)
        pairs_a.append(la)
        pairs_b.append(lb)
    # Rule 1: the align stage's quote and fact links, its related links of a restated claim, and its
    # near-facts.
    if use_alignment:
        linked: list[tuple[int, int]] = []
        held: list[Link] = []  # near-facts of a story without words to spare: only the strict ones
        counted: list[tuple[Link, list[str]]] = []  # rule 6: each link's counts of a thing, by unit
        for k in story.alignment.links:
            if keep[k.a] and keep[k.b]:
                if _one_fact(k, near):
                    linked.append((k.a, k.b))
                    continue
                if not near and _one_fact(k):
                    held.append(k)
                if k.kind == "related" and k.evidence and k.evidence[0] in _COUNT_RULES:
                    units = _count_units(story, k)
                    if units:
                        counted.append((k, units))
        linked += _near_strict(story, held)
        # Rule 6: the same count of a thing, in every story, not a thing the story quotes as a title.
        if counted:
            titles = _title_terms(story, rows)
            linked += [(k.a, k.b) for k, units in counted if any(u not in titles for u in units)]
        if linked:
            la, lb = np.array(linked, dtype=np.int64).T
            pairs_a.append(la)
            pairs_b.append(lb)
    a = np.concatenate([np.zeros(0, np.int64), *pairs_a])
    b = np.concatenate([np.zeros(0, np.int64), *pairs_b])
    out = csr_matrix(
        (np.ones(2 * len(a), dtype=bool), (np.concatenate([a, b]), np.concatenate([b, a]))), shape=(n, n)
    )
    out.sum_duplicates()
    out.data[:] = True
    # Rule 4: the same sum of money (none when fewer than two candidates, as for the others).
    return SameFact(out, _sums(story, rows if len(rows) >= 2 else rows[:0], n))


def _lead_restated(story: Story, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rule 5 (`lead-restated`): pairs among the first `LEAD_SENTENCES` of each document (of `rows`) that
    state one claim twice (see the module docstring). Align's claims are read only for lead sentences
    sharing two content terms with another (a few a story)."""
    from ..align.claims import WEEKDAYS
    from ..align.features import sentence_facts, story_casing

    lead: dict[int, list[int]] = {}
    for k in rows.tolist():
        if story.sentences[k].index < LEAD_SENTENCES:
            lead.setdefault(story.sentences[k].doc, []).append(k)
    held = story.vectors.terms if any(len(v) > 1 for v in lead.values()) else []
    pairs: list[tuple[int, int]] = []
    for ks in lead.values():
        for x, i in enumerate(ks):
            for j in ks[x + 1 :]:
                if len(set(held[i]) & set(held[j])) >= 2:
                    pairs.append((i, j))
    out_a: list[int] = []
    out_b: list[int] = []
    if pairs:
        text_of = {k: story.sentences[k].text for p in pairs for k in p}
        casing = story_casing([text_of[k] for k in sorted(text_of)])  # of every sentence of a pair
        # a pair whose numbers are apart is no claim told twice, whatever its facts say: none read for it
        pairs = [(i, j) for i, j in pairs if not _numbers_apart(text_of[i], text_of[j])]
        facts = {
            k: sentence_facts(
                story.sentences[k].index, story.sentences[k].doc, text_of[k], casing, None, with_marks=False
            )
            for k in sorted({k for p in pairs for k in p})
        }
        for i, j in pairs:
            if _restates(facts[i], facts[j], story.sentences[i].text, story.sentences[j].text, WEEKDAYS):
                out_a.append(i)
                out_b.append(j)
    if out_a:
        # ... and each with the other's quotation as another report gives it (align's quote links: the
        # lead and a second report's copy of the quotation that restates it say the claim twice too)
        found = set(out_a) | set(out_b)
        copies: dict[int, list[int]] = {}
        for link in story.alignment.links:
            if link.kind == "quote":
                for x, y in ((link.a, link.b), (link.b, link.a)):
                    if x in found:
                        copies.setdefault(x, []).append(y)
        for t in range(len(out_a)):
            i, j = out_a[t], out_b[t]
            out_a.extend(copies.get(j, ()))
            out_b.extend([i] * len(copies.get(j, ())))
            out_a.extend(copies.get(i, ()))
            out_b.extend([j] * len(copies.get(i, ())))
    return np.array(out_a, dtype=np.int64), np.array(out_b, dtype=np.int64)


def one_document(story: Story, chosen: list[int], known: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rule 7 (`one-document`): pairs of `chosen` summary sentences of one document (not in `known`, the
    pairs already read) that align's test reads as one statement (`ONE_DOC_KINDS`: a quotation told twice, a
    fact, a claim one states whole and the other in part) and that both name `ONE_DOC_NAMES` participants
    (align's "E:" participants) or give one distinctive number (rule 3's `_numbers`: "$ 10" of two bills is
    no one fact). Align compares sentences of two documents only; within one, the second sentence usually
    tells more of the first (session 50: align's `shared-point` and `side-only` wrong there 6 of 7, a `fact`
    with no name in common wrong, "a 15-year-old student started shooting" / "a 17-year-old male student
    was shot"), hence the names. Read only for the summary's few pairs sharing `ONE_DOC_WORDS` content
    terms, each sentence's facts without the sentences before it (the cost: a few sentences' facts, in the
    stories that have such a pair)."""
    from ..align.features import StoryClaims, sentence_facts, story_casing, tokens
    from ..align.pairs import compare, compare_bridged, document_frequency, idf
    from ..align.rules import decide_bridged

    vocab = story.vectors.terms
    sents = story.sentences
    ordered = sorted(chosen)
    pairs = [
        (i, j)
        for x, i in enumerate(ordered)
        for j in ordered[x + 1 :]
        if sents[i].doc == sents[j].doc
        and (i, j) not in known
        and len(set(vocab[i]) & set(vocab[j])) >= ONE_DOC_WORDS
    ]
    known.update(pairs)
    # Facts only for pairs that may pass the names test: a distinctive number in common, or ONE_DOC_NAMES
    # capitalised words past the first in common (a lower-cased story's names cannot be seen: numbers only).
    pairs = [
        (i, j)
        for i, j in pairs
        if _numbers(sents[i].text) & _numbers(sents[j].text)
        or len(_capitalised(sents[i].text) & _capitalised(sents[j].text)) >= ONE_DOC_NAMES
    ]
    if not pairs:
        return []
    needed = sorted({k for p in pairs for k in p})
    texts = [sents[k].text for k in needed]
    toks = [tokens(t) for t in texts]
    casing = story_casing(texts, toks, story.caseless)
    claims = StoryClaims([], texts)
    claims.facts = [
        sentence_facts(
            x,
            sents[k].doc,
            texts[x],
            casing,
            None,
            toks[x],
            with_claims=False,
            with_marks=False,
            story_claims=claims,
        )
        for x, k in enumerate(needed)
    ]
    facts = dict(zip(needed, claims.facts, strict=True))
    texts_of = dict(zip(needed, texts, strict=True))
    df = document_frequency(claims.facts)
    weight = idf(claims.facts, df)
    out = []
    for i, j in pairs:
        fa, fb = facts[i], facts[j]
        named = len(fa.names & fb.names) >= ONE_DOC_NAMES or _numbers(texts_of[i]) & _numbers(texts_of[j])
        if not named:
            continue
        kind, rule, _, _ = decide_bridged(
            compare(fa, fb, weight, df), partial(compare_bridged, fa, fb, weight, df)
        )
        if kind in ONE_DOC_KINDS or rule in ONE_DOC_KINDS:
            out.append((i, j))
    claims.facts = []  # the cycle `align` cuts too
    return out


def _capitalised(text: str) -> frozenset[str]:
    """The words of `text` written with a capital past its first word, lower-cased (a cheap look at names)."""
    return frozenset(w.lower() for w in _CAPITALISED.findall(text, 1))


# a possessive's "'s" is no part of the name ("Edinburgh's" / "Edinburgh"); "O'Malley" keeps its mark
_CAPITALISED = re.compile(r"(?<=[\s(\"'“])[A-Z][\w-]*(?:['’](?!s\b)\w+)?")


def _near_strict(story: Story, links: list[Link]) -> list[tuple[int, int]]:
    """Rule 1's strict near-facts (`near-strict`), read in every story: a near-fact (`_one_fact`) scored at
    least `NEAR_HIGH` (`near-high`), or one whose two sentences also state one claim as rule 5 reads it
    (`_restates`: a predicate alike, another term in common, no numbers apart) or give the same number of
    something other than years (align's `number:` evidence: "17 kangaroos", "32 %", "a 10-inch blade"; an
    age or a term of years, or a numbered label as "lane 1", names no fact alone)."""
    from ..align.claims import WEEKDAYS
    from ..align.features import sentence_facts, story_casing

    out: list[tuple[int, int]] = []
    rest: list[Link] = []
    for k in links:
        counted = any(e.startswith("number:") and not e.endswith(_YEARS) and "#" not in e for e in k.evidence)
        if k.score >= NEAR_HIGH or counted:
            out.append((k.a, k.b))
        else:
            rest.append(k)
    if not rest:
        return out
    text_of = {x: story.sentences[x].text for k in rest for x in (k.a, k.b)}
    casing = story_casing([text_of[x] for x in sorted(text_of)])  # of every sentence of a near-fact
    rest = [k for k in rest if not _numbers_apart(text_of[k.a], text_of[k.b])]  # no facts read for these
    facts = {
        x: sentence_facts(
            story.sentences[x].index, story.sentences[x].doc, text_of[x], casing, None, with_marks=False
        )
        for x in sorted({x for k in rest for x in (k.a, k.b)})
    }
    for k in rest:
        if _restates(facts[k.a], facts[k.b], story.sentences[k.a].text, story.sentences[k.b].text, WEEKDAYS):
            out.append((k.a, k.b))
    return out


def _count_units(story: Story, link: Link) -> list[str]:
    """Rule 6 (`same-count`) for an align link of a rule without a clash (`COUNT_RULES`): the units of the
    counts of a thing both sentences give (align's `number:VALUE UNIT` evidence), each at least `COUNT_MIN`,
    not a span of time, a whole or a half share; none unless the two hold `COUNT_WORDS` content terms in
    common. The caller leaves out the things the story quotes as a title (`_title_terms`)."""
    units: list[str] = []
    for e in link.evidence:
        if not e.startswith("number:") or "#" in e:
            continue
        value, _, unit = e[len("number:") :].partition(" ")
        try:
            count = float(value.replace(",", ""))
        except ValueError:
            continue
        if count >= COUNT_MIN and unit not in _COUNT_TIME and not (unit == "%" and count in (50, 100)):
            ta, tb = story.sentences[link.a].text, story.sentences[link.b].text
            if not (_names_thing(ta, unit) or _names_thing(tb, unit)):
                units.append(unit)
    if units:
        vocab = story.vectors.terms  # each sentence's content terms (not the imported `terms`)
        if len(set(vocab[link.a]) & set(vocab[link.b])) < COUNT_WORDS:
            return []
    return units


def _names_thing(text: str, unit: str) -> bool:
    """Whether `text` writes a count of `unit` (a stem) after "the" and at most two words, as the name of a
    thing ("the magnitude-7.8 quake", "from the 7.8-magnitude earthquake": the story's quake, told with
    other facts of it), as rule 4 reads "the $85 billion merger". A share ("%") is read as a fact."""
    if unit == "%":
        return False
    for m in re.finditer(rf"[\w.,$-]*\b{re.escape(unit)}", text, re.IGNORECASE):
        if _THE_COUNT.search(text, 0, m.start()):
            return True
    return False


_THE_COUNT = re.compile(r"\bthe\s+(?:[\w.,$-]+\s+){0,2}$", re.IGNORECASE)


def _title_terms(story: Story, rows: np.ndarray) -> frozenset[str]:
    """The content terms of the short quotations (`TITLE_WORDS` words at most) of `rows`: a count of a thing
    quoted as a name somewhere in the story ("fifty shades of grey") is a title wherever it stands."""
    out: set[str] = set()
    for k in rows.tolist():
        text = story.sentences[k].text
        if '"' in text or "\u201c" in text:
            for q in _QUOTED.findall(text):
                if len(q.split()) <= TITLE_WORDS:
                    out.update(terms(q))
    return frozenset(out)


_QUOTED = re.compile(r'["\u201c]([^"\u201c\u201d]{1,120})["\u201d]')


def _restates(fa: Any, fb: Any, ta: str, tb: str, weekdays: frozenset[str]) -> bool:
    """Whether two sentences' `Facts` state one claim (rule 5): a predicate alike, another term in
    common, not two sets of numbers with none in common, no "against" after one predicate only."""
    if _numbers_apart(ta, tb):
        return False
    ka = {_claim_key(c): c for c in fa.claims if not (c.linking or c.nominal)}
    kb = {_claim_key(c): c for c in fb.claims if not (c.linking or c.nominal)}
    same = ka.keys() & kb.keys()
    if not same:
        return False
    predicates = {k[0] for k in same}
    shared = {c for c in fa.concepts & fb.concepts if not c.startswith(("Y:", "N:"))} - weekdays - predicates
    if len(shared) < LEAD_WORDS:
        return False
    # "voted to release the memo" / "voted against releasing the memo": one verb, two sides
    return not any(
        bool(_AGAINST.match(ta, ka[k].at[1])) != bool(_AGAINST.match(tb, kb[k].at[1])) for k in same
    )


def _numbers_apart(ta: str, tb: str) -> bool:
    """Two texts that both give numbers, none alike ("at age 94" / "at the age of 92": two people, two
    facts): `_restates`' first test, read from the texts alone, so its callers ask it before the facts."""
    a_nums, b_nums = set(_DIGITS.findall(ta)), set(_DIGITS.findall(tb))
    return bool(a_nums and b_nums and not a_nums & b_nums)


def _claim_key(c: Any) -> tuple:
    """What two claims must share to be one claim: the predicate, negation, hedging, modality, habit and
    "another" (`claims.shared_predicate` reads them alike, less its object test)."""
    return (c.predicate, c.negated, c.hedged, c.modal, c.habitual, c.other)


def _one_fact(link: Link, near: bool = True) -> bool:
    """Rule 1 for one align link: a quote or fact link, a related one of a restated claim, or (`near`) a
    near-fact."""
    if link.kind in ("quote", "fact"):
        return True
    rule = link.evidence[0] if link.kind == "related" and link.evidence else ""
    return rule in RESTATING or (near and rule in NEAR_RULES and link.score >= NEAR)


def _numbers(text: str) -> frozenset[str]:
    """The distinctive numbers of a text: three digits or more, or an amount or a share; not a year; a
    share or a count in millions however written (`_SCALED`)."""
    out = set()
    for hit in _NUMBER.finditer(text):
        v = hit.group().strip(".,")
        if len(v.replace(",", "")) >= 3 and not _YEAR.match(v):
            out.add(v)
    for hit in _SCALED.finditer(text):  # rule 3's `scaled`, one form for each: "32%", "38 million"
        unit = hit.group(2).lower()
        out.add(hit.group(1).strip(".,") + ("%" if unit in ("%", "percent", "per cent") else " " + unit))
    return frozenset(out)


def sums_of_money(text: str) -> frozenset[float]:
    """The sums of money of at least `MONEY` dollars a text gives ("$26.6 million", "$10,000", "2
    million dollars"), as numbers; not a sum that names a thing ("the $85 billion merger": told with
    other facts of that thing)."""
    out = set()
    for m in _MONEY.finditer(text):
        if _THE_BEFORE.search(text, 0, m.start()) and _NOUN_AFTER.match(text, m.end()):
            continue
        digits, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        try:
            value = float(digits.replace(",", "")) * _SCALE.get((scale or "").lower(), 1.0)
        except ValueError:
            continue
        if value >= MONEY:
            out.add(value)
    return frozenset(out)


def _sums(story: Story, rows: np.ndarray, n: int) -> Any:
    """The sums of money each of `rows` gives (CSR, n x sums, boolean): two sentences sharing a
    column give the same sum."""
    from scipy.sparse import csr_matrix

    column: dict[float, int] = {}
    held_r: list[int] = []
    held_c: list[int] = []
    for k in rows:
        text = story.sentences[int(k)].text
        if "$" in text or "ollar" in text:
            for v in sums_of_money(text):
                held_r.append(int(k))
                held_c.append(column.setdefault(v, len(column)))
    data = np.ones(len(held_r), dtype=bool)
    out = csr_matrix((data, (held_r, held_c)), shape=(n, len(column)), dtype=bool)
    out.sum_duplicates()
    return out
