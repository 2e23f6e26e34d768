"""The data model: immutable records that flow one way through the pipeline.

Offsets are the contract. A `Removed` span indexes `Document.raw`; every other span
(`Sentence`, `Span`, `SummarySentence`, `Quote`, `Mention`, `Claim`) indexes the clean
`Document.text`, so `doc.text[start:end]` is always the text it claims to be.
Documents are referred to by their position in the brief's document list (`doc`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True, slots=True)
class Removed:
    """A span that cleaning took out of `Document.raw`, with the rule that took it."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One article: where it came from, its raw text, and its clean text."""

    id: str
    source: str
    raw: str
    text: str
    title: str | None = None
    dek: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    removed: tuple[Removed, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of one document; `text == documents[doc].text[start:end]`."""

    doc: int
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    para_index: int = 0

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Span:
    """A place in a document's clean text."""

    doc: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A summary sentence, taken verbatim from `doc`, with the other documents that support it."""

    text: str
    doc: int
    start: int
    end: int
    support: tuple[Span, ...] = ()

    @property
    def sources(self) -> tuple[int, ...]:
        """All documents citing this sentence, its own first."""
        return (self.doc, *sorted({s.doc for s in self.support} - {self.doc}))


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it (None when the text does not say)."""

    text: str
    speaker: str | None
    doc: int
    start: int
    end: int
    repeats: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    doc: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place, with every mention (short forms merged)."""

    name: str
    kind: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """A point made in the documents; `kind` is "shared" (two or more sources) or "single"."""

    text: str
    doc: int
    start: int
    end: int
    sources: tuple[Span, ...] = ()
    kind: str = "single"
    conflict: str | None = None


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything newsbrief says about one story. Renderers read only this."""

    documents: tuple[Document, ...]
    summary: tuple[SummarySentence, ...]
    method: str = "default"
    budget: dict[str, int] = field(default_factory=dict)
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION
