"""A benchmark story made ready for every method: the same ingest -> clean -> segment as `brief`.

What eval measures is what users get: each document becomes a `RawDoc(kind="text")`, goes through
`newsbrief.clean.clean` and `newsbrief.segment.split_all`, exactly as in `pipeline.brief`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ingest.stories import StoryError, StoryRecord
from ..model import Story


@dataclass(frozen=True)
class ReferencedStory(Story):
    """A benchmark story with its reference summaries (read only by eval-only methods: the oracle)."""

    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prepared:
    id: str
    story: ReferencedStory
    references: tuple[tuple[str, ...], ...]  # each reference as its sentences (for ROUGE)
    dropped: tuple[str, ...] = ()  # one line per document left out (empty)


def prepare(record: StoryRecord) -> Prepared | StoryError:
    """The story of a record, or why it cannot be scored (no references, no text)."""
    from .. import segment
    from ..clean import clean
    from ..model import RawDoc
    from .rouge import reference_sentences

    references = tuple(ss for ss in (tuple(reference_sentences(r)) for r in record.references) if ss)
    if not references:
        return StoryError(record.id, "no reference summaries")
    documents, dropped = [], []
    for k, text in enumerate(record.documents, 1):
        if not text.strip():
            dropped.append(f"document {k} is empty")
            continue
        doc = clean(RawDoc(id=f"{record.id}-{k}", source=f"{record.id}#{k}", raw=text, kind="text"))
        if not doc.text.strip():
            dropped.append(f"document {k} is empty after cleaning")
            continue
        documents.append(doc)
    if not documents:
        return StoryError(record.id, "no document with any text")
    docs = tuple(documents)
    story = ReferencedStory(docs, segment.split_all(docs), tuple(record.references))
    if not story.sentences:
        return StoryError(record.id, "no sentences in any document")
    return Prepared(record.id, story, references, tuple(dropped))


def warm(story: Story) -> None:
    """Compute the shared TF-IDF representation now, so method timings measure selection only."""
    v = story.vectors
    _ = v.similarity, v.centroid_similarity, v.terms
