"""Analysis of a story: quotes with speakers, entities, agreement across sources.

`analyze(story, ner=...)` runs the entity pass first (the core rules or spaCy), then quotes (which
name speakers by the entities' full names), then agreement (which uses entities and numbers as
anchors). `ner` is "rules" (default: no model, fast, the same output on every install), "spacy"
(the `[nlp]` extra; an error when it is not installed) or "auto" (spaCy when installed, else rules).
"""

from __future__ import annotations

from ..errors import UsageError
from ..model import NER_CHOICES, Alignment, Claim, Entity, Quote, Story


def ner_backend(ner: str) -> str:
    """The recogniser `ner` stands for: "rules" or "spacy" ("auto" resolved by what is installed)."""
    if ner not in NER_CHOICES:
        raise UsageError(f"unknown --ner {ner!r}; choose one of {', '.join(NER_CHOICES)}")
    if ner == "rules":
        return ner
    from .spacy_ner import MODELS, available

    if available():
        return "spacy"
    if ner == "auto":
        return "rules"
    raise UsageError(
        f"--ner spacy needs spaCy and one of {', '.join(MODELS)}: "
        "pip install 'newsbrief[nlp]' (or use --ner rules)"
    )


def find_entities(story: Story, ner: str = "rules"):  # -> EntityIndex
    """The story's entities from the chosen recogniser, short forms merged."""
    from .entities import recognise_rules, resolve

    if ner_backend(ner) == "spacy":
        from . import spacy_ner

        cands = spacy_ner.recognise(story.documents, story.sentences)
    else:
        cands = recognise_rules(story.documents, story.sentences)
    return resolve(story.documents, cands)


def analyze(
    story: Story, alignment: Alignment | None = None, ner: str = "rules"
) -> tuple[tuple[Quote, ...], tuple[Entity, ...], tuple[Claim, ...]]:
    """Quotes, entities and claims of a story. `alignment` is the story's cross-document links (the
    align stage, `story.alignment` when not given); agreement reads its links."""
    from .agreement import find_claims
    from .quotes import extract

    ents = find_entities(story, ner)
    quotes = extract(story.documents, story.sentences, ents)
    claims = find_claims(story, ents, alignment)
    return quotes, ents.entities, claims
