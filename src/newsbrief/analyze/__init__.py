"""Analysis of a story: quotes with speakers, entities, agreement across sources.

`analyze(story, ner=...)` runs the entity pass first (the core rules or spaCy), then quotes (which
name speakers by the entities' full names), then agreement (which uses entities and numbers as
anchors). `ner` is "rules" (default: no model, fast, the same output on every install), "spacy"
(the `[nlp]` extra; an error when it is not installed) or "auto" (spaCy when installed, else rules).
"""

from __future__ import annotations

from collections.abc import Collection

from ..errors import UsageError
from ..gcpause import paused
from ..model import Alignment, Claim, Entity, Quote, Story
from ..registry import Registry

# Entity recognisers: `recognise(documents, sentences) -> candidates per sentence`. A new one is one
# module plus one line here (or an entry in the `newsbrief.ner` entry-point group).
RECOGNISERS: Registry = Registry(
    "recogniser",
    "newsbrief.ner",
    {
        "rules": "newsbrief.analyze.entities:recognise_rules",
        "spacy": "newsbrief.analyze.spacy_ner:recognise",
    },
)


def ner_choices() -> list[str]:
    return [*RECOGNISERS.names(), "auto"]


def ner_backend(ner: str, flag: str = "--") -> str:
    """The recogniser `ner` stands for ("auto": spaCy when installed, else the rules)."""
    if ner == "rules":
        return ner
    if ner != "auto" and ner not in RECOGNISERS:
        raise UsageError(f"unknown {flag}ner {ner!r}; choose one of {', '.join(ner_choices())}")
    if ner not in ("spacy", "auto"):
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


@paused()
def find_entities(story: Story, ner: str = "rules"):  # -> EntityIndex
    """The story's entities from the chosen recogniser, short forms merged. The cyclic collector is off
    while it runs, as in `brief_story` (`gcpause`): the tokens and candidates of every document die with
    the call, and its young passes over them (a few per cent of the call) were for nothing."""
    from .caseless import merged
    from .entities import resolve

    recognise = RECOGNISERS.get(ner_backend(ner))
    cands = recognise(story.documents, story.sentences)
    if story.caseless:
        cands = merged(story.documents, cands)  # names by evidence in a story that lost its case
    return resolve(story.documents, cands)


def analyze(
    story: Story, alignment: Alignment | None = None, ner: str = "rules", summary: Collection[int] = ()
) -> tuple[tuple[Quote, ...], tuple[Entity, ...], tuple[Claim, ...]]:
    """Quotes, entities and claims of a story. `alignment` is the story's cross-document links (the
    align stage, `story.alignment` when not given); agreement reads its links, and lists no point one
    source makes that the `summary` (the brief's chosen sentences) already gives."""
    from .agreement import find_claims
    from .quotes import extract

    ents = find_entities(story, ner)
    quotes = extract(story.documents, story.sentences, ents, story.caseless)
    claims = find_claims(story, ents, alignment, summary)
    return quotes, ents.entities, claims
