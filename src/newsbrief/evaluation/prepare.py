"""A benchmark story made ready for every method, by the same path as `brief`.

What eval measures is what users get: `ingest.stories.record_to_raws` then `pipeline.prepare_story`,
exactly as `brief --story` and `batch` do.
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
    from dataclasses import fields

    from ..errors import InputError
    from ..ingest.stories import record_to_raws
    from ..pipeline import prepare_story
    from .rouge import reference_sentences, tokens

    split = [(r, tuple(reference_sentences(r))) for r in record.references]
    if not any(ss for _, ss in split):
        return StoryError(record.id, "no reference summaries")
    try:
        story = prepare_story(record_to_raws(record))
    except InputError as e:  # its reason, as `batch` records it: a story in Arabic was "no document
        return StoryError(record.id, str(e))  # with any text" (cli47)
    if not story.sentences:
        return StoryError(record.id, "no sentences in any document")
    # a reference of no word ROUGE reads (punctuation, a script other than Latin) scored 0 and was
    # averaged in with the others: the story scored 0, or half, exit 0 (cli50); after the documents,
    # so a story in Arabic keeps its "not English" reason
    read = [(r, ss) for r, ss in split if any(tokens(s) for s in ss)]
    if not read:
        return StoryError(record.id, "no reference summary has a word ROUGE reads (Latin letters or digits)")
    references = tuple(ss for _, ss in read)
    dropped = tuple(f"document {k + 1} is {why}" for k, why in story.left_out)
    kept = {f.name: getattr(story, f.name) for f in fields(story)}
    return Prepared(
        record.id, ReferencedStory(**kept, references=tuple(r for r, _ in read)), references, dropped
    )


def warm(story: Story) -> None:
    """Compute the shared TF-IDF representation now, so method timings measure selection only."""
    v = story.vectors
    _ = v.neighbours, v.centroid_similarity, v.terms
