"""Scoring the analysis against the hand-labelled sets in `bench/labels/` (analysis.json and others).

Labels index the ORIGINAL shared texts (a document string of a story in any
`../shared/data/*.jsonl` file or the training file `*.jsonl.gz`, found by the story id, or a seed file
decoded as UTF-8) and carry a short hash of each span, never the text. At evaluation time every span is
found again in the clean text the pipeline produced (whitespace and Multi-News `NEWLINE_CHAR` tokens
normalised, the span located with its original context), so the labels survive changes to the cleaner.
Used by `bench/bench_analysis.py` and the shared-data tests.
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("person", "organization", "place")
_WS = re.compile(r"NEWLINE_CHAR|\s+")


def closed_ids(parser: argparse.ArgumentParser, path: Path | None) -> frozenset[str]:
    """The story ids of a bench's `--closed FILE` (one a line, or space-separated); a file that cannot
    be read is the parser's one-line error naming it (exit 2), where it was a traceback."""
    if path is None:
        return frozenset()
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except (OSError, UnicodeDecodeError) as e:
        parser.error(f"--closed {path}: {getattr(e, 'strerror', None) or e}")


def span_hash(text: str) -> str:
    """The labels' drift check: sha1 of the span with whitespace collapsed, first 8 hex digits."""
    return hashlib.sha1(" ".join(text.replace("NEWLINE_CHAR", " ").split()).encode()).hexdigest()[:8]


class Aligner:
    """Maps character spans of an original text to the same words in its cleaned version."""

    def __init__(self, original: str, clean: str) -> None:
        self._original = original
        self.on, self.oi = _normalise(original)
        self.cn, self.ci = _normalise(clean)
        self.clean_len = len(clean)

    def map_partial(self, start: int, end: int) -> tuple[int, int] | None:
        """Like `map`, but for a sentence whose start or end the cleaner cut off (a dateline, a
        caption): the longest run of its words, at least half of them, that is still there."""
        full = self.map(start, end)
        if full is not None:
            return full
        words = [m.span() for m in re.finditer(r"\S+", self._slice(start, end))]
        base = start
        n = len(words)
        for keep in range(n - 1, (n + 1) // 2 - 1, -1):
            for a in range(0, n - keep + 1):
                s, e = base + words[a][0], base + words[a + keep - 1][1]
                r = self.map(s, e)
                if r is not None:
                    return r
        return None

    def _slice(self, start: int, end: int) -> str:
        return self._original[start:end]

    def map(self, start: int, end: int) -> tuple[int, int] | None:
        ns = bisect.bisect_left(self.oi, start)
        ne = bisect.bisect_left(self.oi, end)
        target = self.on[ns:ne].strip()
        if not target:
            return None
        lead = len(self.on[ns:ne]) - len(self.on[ns:ne].lstrip())
        ns += lead
        for width in (40, 15, 5, 0):
            left = self.on[max(0, ns - width) : ns]
            right = self.on[ns + len(target) : ns + len(target) + width]
            hits = _find_all(self.cn, left + target + right)
            if hits:
                expect = ns / max(1, len(self.on)) * len(self.cn)
                h = min(hits, key=lambda x: abs(x + len(left) - expect))
                cs = h + len(left)
                ce = cs + len(target)
                return self.ci[cs], self.ci[ce - 1] + 1
        return None


def _find_all(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle)
    while i >= 0 and len(out) < 50:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def _normalise(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    idx: list[int] = []
    pos = 0
    for m in _WS.finditer(text):
        for k in range(pos, m.start()):
            chars.append(text[k])
            idx.append(k)
        if chars and chars[-1] != " ":
            chars.append(" ")
            idx.append(m.start())
        pos = m.end()
    for k in range(pos, len(text)):
        chars.append(text[k])
        idx.append(k)
    return "".join(chars), idx


# --- loading ---------------------------------------------------------------------------------


@dataclass
class LabelledDoc:
    ref: str | int
    original: str
    entities: list[tuple[int, int, str]]
    quotes: list[tuple[int, int, str | None]]  # speaker name, description read from the text, or None
    terms: list[tuple[int, int]]
    drift: int = 0


@dataclass
class LabelledStory:
    id: str
    docs: list[LabelledDoc]
    shared: list[tuple[tuple[int, int, int], tuple[int, int, int]]]
    # every document of the story as the data holds it (the labelled ones are some of them): the brief reads
    # them all, so the story's letter case is decided over them (`prepare`)
    story_docs: tuple[str, ...] = ()


def load(labels: Path, shared_dir: Path) -> list[LabelledStory]:
    """The labelled stories with their original texts read from `shared_dir` (../shared)."""
    data = json.loads(Path(labels).read_text(encoding="utf-8"))
    rows = _story_documents(shared_dir / "data", {st["story"] for st in data["stories"]} - {"seeds"})
    out = []
    for st in data["stories"]:
        docs = []
        for d in st["docs"]:
            if st["story"] == "seeds":
                original = (shared_dir / "seeds" / d["ref"]).read_bytes().decode("utf-8")
            else:
                original = rows[st["story"]][d["ref"]]
            drift = 0
            ents = []
            for s, e, kind, h in d["entities"]:
                drift += span_hash(original[s:e]) != h
                ents.append((s, e, kind))
            quotes = []
            for q in d["quotes"]:
                s, e = q["span"]
                drift += span_hash(original[s:e]) != q["hash"]
                if "speaker_span" in q:
                    a, b = q["speaker_span"]
                    drift += span_hash(original[a:b]) != q["speaker_hash"]
                    speaker = original[a:b]
                else:
                    speaker = q["speaker"]
                quotes.append((s, e, speaker))
            terms = []
            for s, e, h in d["terms"]:
                drift += span_hash(original[s:e]) != h
                terms.append((s, e))
            docs.append(LabelledDoc(d["ref"], original, ents, quotes, terms, drift))
        shared = []
        for a, b in st["shared"]:
            for d_, s, e, h in (a, b):
                docs[d_].drift += span_hash(docs[d_].original[s:e]) != h
            shared.append((tuple(a[:3]), tuple(b[:3])))
        whole = tuple(rows.get(st["story"], ()))
        out.append(LabelledStory(st["story"], docs, shared, whole))  # type: ignore[arg-type]
    return out


def _story_documents(data_dir: Path, ids: set[str]) -> dict[str, list[str]]:
    """The documents of the stories `ids`, from any JSONL file of the shared data (longbench first)."""
    first = data_dir / "longbench-multinews-dev.jsonl"
    rows: dict[str, list[str]] = {}
    files = [first, *sorted(p for p in data_dir.glob("*.jsonl") if p != first)]
    for path in [*files, *sorted(data_dir.glob("*.jsonl.gz"))]:  # the training file last (session 56)
        if len(rows) == len(ids):
            break
        with (gzip.open if path.suffix == ".gz" else open)(path, "rt", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row["id"] in ids:
                    rows[row["id"]] = row["documents"]
    return rows


# --- scoring ---------------------------------------------------------------------------------


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Scores:
    quote_spans: PRF = field(default_factory=PRF)
    quote_speakers: PRF = field(default_factory=PRF)
    terms_as_speech: int = 0
    # of those, short quoted fragments (three words or fewer) given a speaker: the labels call them
    # terms, issue 15 counts them as the speaker's words ("called the ruling "disgusting"")
    term_fragments: int = 0
    terms_total: int = 0
    # found quotes whose speaker names the labelled person in another form ("Chavez" for "Hugo Chavez
    # Frias", "President Clinton" for "Bill Clinton"): counted right by `same_person`, wrong by
    # `same_speaker`; what a reader judging the person, not the name's form, would count as right
    same_person_only: int = 0
    entities: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in KINDS})
    pairs: PRF = field(default_factory=PRF)  # precision over predicted cross-source pairs
    points_found: int = 0
    points_total: int = 0
    unmapped: int = 0
    drift: int = 0
    errors: list[str] = field(default_factory=list)
    # per attribution rule, over found quotes that rule gave a speaker: [right, given]
    rules: dict[str, list[int]] = field(default_factory=dict)
    # the same per rule and kind of evidence ("said-after / pronoun"; label_scoring.evidence_kind)
    evidence: dict[str, list[int]] = field(default_factory=dict)

    @property
    def speakers_fragments_aside(self) -> PRF:
        """Speaker-attributed quotes with the short fragments on labelled terms left out of the count."""
        p = self.quote_speakers
        return PRF(p.tp, p.fp - self.term_fragments, p.fn)

    @property
    def point_recall(self) -> float:
        return self.points_found / self.points_total if self.points_total else 0.0


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _norm_name(s: str | None) -> str:
    if s is None:
        return ""
    s = re.sub(r"[.’']", "", s.lower())
    s = re.sub(r"^(?:the|a|an)\s+", "", s.strip())
    return " ".join(s.split())


def same_speaker(gold: str | None, pred: str | None) -> bool:
    """Equal after case/punctuation folding, or the same first and last word ("John F. Kerry")."""
    g, p = _norm_name(gold), _norm_name(pred)
    if g == p:
        return True
    gw, pw = g.split(), p.split()
    return len(gw) >= 2 and len(pw) >= 2 and gw[0] == pw[0] and gw[-1] == pw[-1]


# words that title a name rather than name a person ("President Clinton" is "Bill Clinton")
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "president",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "gen",
        "general",
        "lt",
        "col",
        "colonel",
        "capt",
        "captain",
        "adm",
        "admiral",
        "sgt",
        "prime",
        "minister",
        "secretary",
        "judge",
        "justice",
        "mayor",
        "chairman",
        "prince",
        "princess",
        "king",
        "queen",
        "pope",
        "rev",
        "reverend",
        "father",
        "sister",
        "brother",
        "sir",
        "lord",
        "lady",
        "dame",
        "sheikh",
        "ayatollah",
        "chancellor",
        "premier",
        "ambassador",
        "prof",
        "professor",
        "former",
    ]
)


def same_person(gold: str | None, pred: str | None) -> bool:
    """`same_speaker`, or the same person named in another form: with titles set aside, one name's words
    are all in the other's ("Yeltsin" / "Boris Yeltsin", "Chavez" / "Hugo Chavez Frias", "President
    Clinton" / "Bill Clinton"). Descriptions stay strict: "a spokesman" is no name."""
    if same_speaker(gold, pred):
        return True
    if not gold or not pred:
        return False
    g = [w for w in _norm_name(gold).split() if w not in _TITLES]
    p = [w for w in _norm_name(pred).split() if w not in _TITLES]
    if not g or not p or not (gold[:1].isupper() and pred[:1].isupper()):
        return False
    short, long = (g, p) if len(g) <= len(p) else (p, g)
    return set(short) <= set(long)


def score_quotes(
    scores: Scores,
    gold: Sequence[tuple[int, int, str | None]],
    terms: Sequence[tuple[int, int]],
    pred: Iterable[Any],
    doc_text: str,
    tag: str,
) -> None:
    """Quote spans match at character IoU >= 0.75; attributed when the speaker matches too."""
    pred = list(pred)
    used: set[int] = set()
    for gs, ge, gspk in gold:
        best, bi = 0.0, -1
        for i, q in enumerate(pred):
            if i in used:
                continue
            o = _iou((gs, ge), (q.start, q.end))
            if o > best:
                best, bi = o, i
        if best >= 0.75:
            used.add(bi)
            scores.quote_spans.tp += 1
            right = same_speaker(gspk, pred[bi].speaker)
            scores.same_person_only += not right and same_person(gspk, pred[bi].speaker)
            rule = getattr(pred[bi], "rule", "?") if pred[bi].speaker else "(no speaker)"
            how = getattr(pred[bi], "how", "-")
            for key, table in ((rule, scores.rules), (f"{rule} / {how}", scores.evidence)):
                tally = table.setdefault(key, [0, 0])
                tally[0] += right
                tally[1] += 1
            if right:
                scores.quote_speakers.tp += 1
            else:
                scores.quote_speakers.fp += 1
                scores.quote_speakers.fn += 1
                scores.errors.append(
                    f"{tag} speaker: gold={gspk!r} pred={pred[bi].speaker!r} @{gs} [{rule} / {how}]"
                    f" {doc_text[max(0, gs - 90) : gs]!r}…{doc_text[ge : ge + 90]!r}"
                )
        else:
            scores.quote_spans.fn += 1
            scores.quote_speakers.fn += 1
            scores.errors.append(
                f"{tag} missed quote @{gs}-{ge} ({gspk!r}): {doc_text[gs:ge][:60]!r}"
                f" in …{doc_text[max(0, gs - 70) : gs + 70]!r}"
            )
    for i, q in enumerate(pred):
        if i in used:
            continue
        scores.quote_spans.fp += 1
        scores.quote_speakers.fp += 1
        is_term = any(_iou((s, e), (q.start, q.end)) >= 0.5 for s, e in terms)
        scores.terms_as_speech += is_term
        scores.term_fragments += is_term and q.speaker is not None and len(q.text.split()) <= 3
        scores.errors.append(
            f"{tag} extra {'TERM ' if is_term else ''}quote ({q.speaker!r} · {getattr(q, 'rule', '?')}):"
            f" {q.text[:60]!r}"
            f" in …{doc_text[max(0, q.start - 70) : q.start + 70]!r}"
        )
    scores.terms_total += len(terms)


def score_entities(
    scores: Scores,
    gold: Sequence[tuple[int, int, str]],
    pred: Iterable[tuple[int, int, str]],
    doc_text: str,
    tag: str,
) -> None:
    """Mentions match on exact character span and kind."""
    g = {(s, e, k) for s, e, k in gold if k in KINDS}
    p = {(s, e, k) for s, e, k in pred if k in KINDS}
    for k in KINDS:
        gk = {x for x in g if x[2] == k}
        pk = {x for x in p if x[2] == k}
        scores.entities[k].tp += len(gk & pk)
        scores.entities[k].fp += len(pk - gk)
        scores.entities[k].fn += len(gk - pk)
        for s, e, _ in sorted(pk - gk):
            scores.errors.append(f"{tag} extra {k}: {doc_text[s:e]!r}")
        for s, e, _ in sorted(gk - pk):
            scores.errors.append(f"{tag} missed {k}: {doc_text[s:e]!r}")


def _hits(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Two sentence spans (doc, start, end) are the same sentence: same doc, overlap >= half the shorter."""
    if a[0] != b[0]:
        return False
    inter = min(a[2], b[2]) - max(a[1], b[1])
    return inter > 0 and inter >= 0.5 * min(a[2] - a[1], b[2] - b[1])


def score_agreement(
    scores: Scores,
    gold_pairs: Sequence[tuple[tuple[int, int, int], tuple[int, int, int]]],
    claims: Iterable[Any],
    texts: Sequence[str],
    tag: str,
) -> None:
    """Precision over predicted cross-source sentence pairs; recall over gold points (pair clusters)."""
    pred_pairs = []
    for c in claims:
        if c.kind != "shared":
            continue
        members = [(c.doc, c.start, c.end), *((x.doc, x.start, x.end) for x in c.sources)]
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                if members[i][0] != members[j][0]:
                    pred_pairs.append((members[i], members[j]))

    def matches(p: Any, g: Any) -> bool:
        return (_hits(p[0], g[0]) and _hits(p[1], g[1])) or (_hits(p[0], g[1]) and _hits(p[1], g[0]))

    found = [any(matches(p, g) for p in pred_pairs) for g in gold_pairs]
    for p in pred_pairs:
        if any(matches(p, g) for g in gold_pairs):
            scores.pairs.tp += 1
        else:
            scores.pairs.fp += 1
            a, b = p
            scores.errors.append(
                f"{tag} wrong pair: {texts[a[0]][a[1] : a[2]][:70]!r} ~ {texts[b[0]][b[1] : b[2]][:70]!r}"
            )
    scores.pairs.fn += sum(not f for f in found)
    # points: clusters of gold pairs (connected components)
    parent = list(range(len(gold_pairs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, gi in enumerate(gold_pairs):
        for j in range(i):
            if any(_hits(x, y) for x in gi for y in gold_pairs[j]):
                parent[root(i)] = root(j)
    points: dict[int, list[int]] = defaultdict(list)
    for i in range(len(gold_pairs)):
        points[root(i)].append(i)
    for members in points.values():
        scores.points_total += 1
        if any(found[i] for i in members):
            scores.points_found += 1
        else:
            a, b = gold_pairs[members[0]]
            scores.errors.append(
                f"{tag} missed point: {texts[a[0]][a[1] : a[2]][:70]!r} ~ {texts[b[0]][b[1] : b[2]][:70]!r}"
            )


def counts(stories: Sequence[LabelledStory]) -> Counter[str]:
    c: Counter[str] = Counter()
    for st in stories:
        c["stories"] += 1
        c["documents"] += len(st.docs)
        c["entity mentions"] += sum(len(d.entities) for d in st.docs)
        c["quotes"] += sum(len(d.quotes) for d in st.docs)
        c["terms"] += sum(len(d.terms) for d in st.docs)
        c["shared pairs"] += len(st.shared)
        c["stories with shared points"] += bool(st.shared)
    return c


@dataclass(frozen=True)
class RuledQuote:
    """A found quote with the attribution rule that decided it (`attribution.RULES` names)."""

    text: str
    speaker: str | None
    doc: int
    start: int
    end: int
    rule: str
    how: str = "-"  # the evidence the speaker came from (`evidence_kind`)


# the pronouns an attribution phrase may be besides analyze/coreference.py's PRONOUNS
_FIRST_AND_PLURAL = frozenset(["i", "we", "they"])
# a speaker kept as a description: it opens on an article, "one"/"another" or a possessive ("a senior
# official", "the report", "his lawyer")
_DESCRIBED = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s")


def evidence_kind(text: str, q: Any) -> str:
    """How a found quote's speaker was reached: "name" (the speaker's name in the attribution phrase),
    "pronoun" (a resolved pronoun), "description" (an unnamed source kept as described),
    "description->name" (a description resolved to a named person or body), "carried" (no phrase of
    its own: continued, an interview turn, "added"), "-" (no speaker)."""
    from newsbrief.analyze.coreference import PRONOUNS

    if not q.speaker:
        return "-"
    if q.who is None:
        return "carried"
    phrase = " ".join(text[q.who[0] : q.who[1]].split())
    if phrase.lower() in PRONOUNS or phrase.lower() in _FIRST_AND_PLURAL:
        return "pronoun"
    if q.speaker == q.speaker.lower() or _DESCRIBED.match(q.speaker):
        return "description"  # "police", "a senior official", "the report"
    words = set(re.findall(r"[\w’'\-]+", phrase))
    return "name" if any(w in words for w in q.speaker.split()) else "description->name"


def prepare(st: LabelledStory) -> Any:
    """Clean and segment one labelled story as the pipeline does (`prepare_story`). Labels name
    documents by position, so a document that cleaned to nothing is put back, empty, at its place.
    Whether the story lost its letter case is the product's one decision (`Story.caseless`) made over
    all the story's documents, as the brief makes it, not over the labelled ones alone: a short
    lower-cased document read by itself can look cased (multinews-train-24817's first, 115 words)."""
    from dataclasses import replace

    from newsbrief.clean import clean
    from newsbrief.errors import InputError
    from newsbrief.model import RawDoc, Story
    from newsbrief.pipeline import prepare_story

    raws = [RawDoc(id=str(i), source=f"{st.id}#{i}", raw=d.original) for i, d in enumerate(st.docs)]
    try:
        story = prepare_story(raws)
    except InputError:  # every labelled document is page chrome (a paywall notice): nothing to analyse
        return Story(tuple(clean(r) for r in raws), ())
    if story.left_out:
        gone = {k for k, _ in story.left_out}
        kept = [k for k in range(len(raws)) if k not in gone]
        docs = list(story.documents)
        for k in sorted(gone):
            docs.insert(k, clean(raws[k]))
        sents = tuple(replace(s, doc=kept[s.doc]) for s in story.sentences)
        story = Story(tuple(docs), sents)
    whole = [d for d in st.story_docs if d.strip()]
    if len(whole) > len(raws):
        everything = prepare_story(
            [RawDoc(id=str(i), source=f"{st.id}#all{i}", raw=d) for i, d in enumerate(whole)]
        )
        story.__dict__["caseless"] = everything.caseless  # where `cached_property` keeps it
    return story


def gold_entities(st: LabelledStory, story: Any) -> list[list[tuple[int, int, str]]]:
    """Per document, the labelled mentions (start, end, kind) found again in the clean text."""
    out = []
    for i, ld in enumerate(st.docs):
        al = Aligner(ld.original, story.documents[i].text)
        out.append([(*m, k) for s, e, k in ld.entities if (m := al.map(s, e))])
    return out


def run_story(st: LabelledStory, ner: str = "rules") -> tuple[Any, Any, Any, Any]:
    """Clean, segment (`prepare`) and analyse one labelled story as the pipeline does."""
    from newsbrief.analyze import find_entities
    from newsbrief.analyze.agreement import find_claims
    from newsbrief.analyze.quotes import attributed

    story = prepare(st)
    if ner == "spacy-only":  # the model's names without the rules (bench_analysis compares the three)
        from newsbrief.analyze.entities import resolve
        from newsbrief.analyze.spacy_ner import recognise_model_only

        ents = resolve(story.documents, recognise_model_only(story.documents, story.sentences))
    else:
        ents = find_entities(story, ner)
    found, _ = attributed(story.documents, story.sentences, ents, story.caseless)
    texts = [doc.text for doc in story.documents]
    quotes = [
        RuledQuote(
            texts[d][q.start : q.end], q.speaker, d, q.start, q.end, q.rule, evidence_kind(texts[d], q)
        )
        for d, q in found
    ]
    claims = find_claims(story, ents)
    return story, ents, quotes, claims


def evaluate(stories: Sequence[LabelledStory], ner: str = "rules") -> Scores:
    """Scores of the analysis (`ner` recogniser) on the labelled stories."""
    scores = Scores()
    for st in stories:
        story, ents, quotes, claims = run_story(st, ner)
        texts = [d.text for d in story.documents]
        gold_pairs = []
        aligners = [Aligner(ld.original, texts[i]) for i, ld in enumerate(st.docs)]
        for i, ld in enumerate(st.docs):
            scores.drift += ld.drift
            al = aligners[i]
            tag = f"[{st.id[-6:]}#{i}]"

            def mp(s: int, e: int, al: Aligner = al) -> tuple[int, int] | None:
                r = al.map(s, e)
                scores.unmapped += r is None
                return r

            gold_e = [(*m, k) for s, e, k in ld.entities if (m := mp(s, e))]
            pred_e = [(m.start, m.end, ent.kind) for ent in ents.entities for m in ent.mentions if m.doc == i]
            score_entities(scores, gold_e, pred_e, texts[i], tag)
            gold_q = [(*m, spk) for s, e, spk in ld.quotes if (m := mp(s, e))]
            terms = [m for s, e in ld.terms if (m := mp(s, e))]
            score_quotes(scores, gold_q, terms, [q for q in quotes if q.doc == i], texts[i], tag)
        for a, b in st.shared:
            ma = aligners[a[0]].map_partial(a[1], a[2])
            mb = aligners[b[0]].map_partial(b[1], b[2])
            if ma and mb:
                gold_pairs.append(((a[0], *ma), (b[0], *mb)))
            else:
                scores.unmapped += 1
        score_agreement(scores, gold_pairs, claims, texts, f"[{st.id[-6:]}]")
    return scores
