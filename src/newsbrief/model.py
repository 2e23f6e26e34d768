"""The data model: immutable records that flow one way through the pipeline.

Offsets are the contract. A `Removed` span indexes `Document.raw`; every other span
(`Sentence`, `Span`, `SummarySentence`, `Quote`, `Mention`, `Claim`) indexes the clean
`Document.text`, so `doc.text[start:end]` is always the text it claims to be.
Documents are referred to by their position in the brief's document list (`doc`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np

    from .represent import StoryVectors

SCHEMA_VERSION = "1.3"

# A lone surrogate (no character: UTF-8 cannot hold it) or a NUL (a text file holding one is refused as
# binary; in a JSON string or a web request it went into every output, the terminal's and HTML's raw)
_SURROGATE = re.compile("[\\ud800-\\udfff\\x00]")


def displayable(text: str) -> str:
    """`text` with each lone surrogate, and each NUL, as U+FFFD. A file name's undecodable byte
    (`bad\\xff.txt`) and a JSON escape `"\\ud800"` give one; such a string can be written nowhere as
    UTF-8 (a database, a UTF-8 standard output), so it failed the run where it was written, with a
    traceback. A NUL (`"\\u0000"`) was written raw into a brief, which `grep` then called binary."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


@dataclass(frozen=True, slots=True)
class RawDoc:
    """What every reader produces: raw text plus whatever metadata the input carried."""

    id: str
    source: str
    raw: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    outlet: str | None = None
    kind: str = "text"  # "text" (scraped plain text, cleaned by rules) or "html" (already extracted)
    repaired: tuple[Repaired, ...] = ()  # mojibake undone in `raw` (see ingest/repair.py)

    def __post_init__(self) -> None:
        # names made of paths and metadata: every reader's, made writable in one place (`raw` is
        # decoded text, or JSON's, which `ingest.files.parse_json` makes writable)
        for name in ("id", "source", "title", "author", "date", "outlet"):
            value = getattr(self, name)
            if isinstance(value, str) and not value.isascii():
                object.__setattr__(self, name, displayable(value))


@dataclass(frozen=True, slots=True)
class Repaired:
    """A stretch of `Document.raw` that repair changed before cleaning: `raw[start:end]` replaced `was`."""

    start: int
    end: int
    reason: str  # "mojibake" (ftfy) or "lost-quote-mark"
    was: str


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
    dateline: str | None = None  # place (and date) of the dateline cleaning removed: "SINGAPORE"
    repaired: tuple[Repaired, ...] = ()  # mojibake undone before cleaning; spans index `raw`
    kind: str = "news"  # news | analysis | opinion | review | transcript | press-release (clean/kinds.py)
    kind_cues: tuple[str, ...] = ()  # the cue that decided the kind, for the reader
    copy_of: CopyOf | None = None  # an earlier document of the brief holding this one's text (copies.py)


@dataclass(frozen=True, slots=True)
class CopyOf:
    """This document is a copy or version of the earlier document `doc` of its brief: `shared` is the
    share of the shorter one's word 4-grams the other holds word for word (`newsbrief.copies`)."""

    doc: int
    shared: float


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
class Support:
    """Another document's sentence linked to a summary sentence: its place, the link `kind` ("quote" or
    "fact" as support; "conflict" when it gives another value), the link's score and evidence."""

    doc: int
    start: int
    end: int
    kind: str = "fact"
    score: float = 0.0
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A summary sentence, taken verbatim from `doc`, with the other documents that support it, and
    those that give another value for one of its numbers (`conflicts`, summed up in `conflict`);
    `see_also`: other sources' passages on its point that do not state it (`newsbrief.see_also`), never
    support; `about`: as `Claim.about`, whom it is about when it names no one (set with the analysis)."""

    text: str
    doc: int
    start: int
    end: int
    support: tuple[Support, ...] = ()
    conflicts: tuple[Support, ...] = ()
    conflict: str | None = None
    see_also: tuple[Support, ...] = ()
    about: Span | None = None

    @property
    def sources(self) -> tuple[int, ...]:
        """All documents citing this sentence, its own first."""
        return (self.doc, *sorted({s.doc for s in self.support} - {self.doc}))


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it (None when the text does not say), with the name of the rule
    that decided the speaker or that there is none (`analyze.attribution.RULES`,
    `analyze.coreference.SPEAKER_RULES`, "one-speaker": a repeat in another article with stronger
    evidence gave it, or "pronoun-known-speaker" / "surname-known-speaker": `analyze.known_speakers`)."""

    text: str
    speaker: str | None
    doc: int
    start: int
    end: int
    repeats: tuple[Span, ...] = ()
    speaker_rule: str | None = None


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
    """A point made in the documents; `kind` is "shared" (two or more sources) or "single".
    `in_summary`: the summary already gives it (`newsbrief.in_summary`), so renderers do not list it.
    `about`: naming no one, its sentence is about the person the sentence before names ("His bond was set
    at $100,000." after "Jordan Scott, 19, ..."): that name as its document writes it
    (`newsbrief.analyze.owners`), which renderers show beside the text."""

    text: str
    doc: int
    start: int
    end: int
    sources: tuple[Span, ...] = ()
    kind: str = "single"
    conflict: str | None = None
    in_summary: bool = False
    about: Span | None = None


@dataclass(frozen=True, slots=True)
class Budget:
    """Summary length: at most `words` words, or exactly up to `sentences` sentences if given."""

    words: int | None = 250
    sentences: int | None = None

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in (("words", self.words), ("sentences", self.sentences)) if v is not None}


@dataclass(frozen=True, slots=True)
class Link:
    """A typed link between sentences `a` < `b` (indices into Story.sentences) of different documents."""

    a: int
    b: int
    kind: str  # "quote" | "fact" | "conflict" | "related"
    score: float
    evidence: tuple[str, ...] = ()  # why: matched entities, numbers, quoted words, content words


SUPPORT_KINDS = ("quote", "fact")  # the link kinds a citation may rest on


@dataclass(frozen=True, slots=True)
class Alignment:
    """The cross-document links of a story, sorted by (a, b, kind)."""

    links: tuple[Link, ...] = ()

    def of(self, i: int) -> tuple[Link, ...]:
        """Every link touching sentence `i`."""
        return tuple(k for k in self.links if i in (k.a, k.b))

    def supporting(self, i: int) -> tuple[Link, ...]:
        """The quote and fact links of sentence `i` (what a citation may rest on)."""
        return tuple(k for k in self.links if k.kind in SUPPORT_KINDS and i in (k.a, k.b))

    def same_fact(self, i: int, j: int) -> bool:
        """Whether sentences `i` and `j` state a common fact (a quote or fact link joins them):
        a summary keeps one of the two."""
        a, b = min(i, j), max(i, j)
        return any(k.a == a and k.b == b and k.kind in SUPPORT_KINDS for k in self.links)

    def conflicts(self, i: int) -> tuple[Link, ...]:
        """The conflict links of sentence `i` (the same slot, another value)."""
        return tuple(k for k in self.links if k.kind == "conflict" and i in (k.a, k.b))


@dataclass(frozen=True)
class Story:
    """Clean documents and their sentences, with representations every stage shares, built lazily.

    `left_out` names the raw documents left out: (position among the raw documents, why: "empty",
    "empty after cleaning", or a `usable.py` reason such as "not English: ..."); the caller decides
    how to report them.
    """

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    left_out: tuple[tuple[int, str], ...] = ()

    @cached_property
    def vectors(self) -> StoryVectors:
        from .represent import StoryVectors

        return StoryVectors([s.text for s in self.sentences])

    @cached_property
    def caseless(self) -> bool:
        """Whether the story lost its letter case (Multi-News+: lower-cased but for sentence starts):
        the one decision every stage reads (`casing.lost_case`)."""
        from .casing import lost_case

        return lost_case([s.text for s in self.sentences])

    def caseless_given(self, tokenized: Sequence[Sequence[tuple[str, int, int]]]) -> bool:
        """`caseless`, worked out from the sentences' tokens a caller already holds (`casing.lost_case`
        takes them: the same answer without tokenising again) and kept as that property's value."""
        if "caseless" not in self.__dict__:  # where `cached_property` keeps it
            from .casing import lost_case

            self.__dict__["caseless"] = lost_case([s.text for s in self.sentences], tokenized)
        return self.caseless

    @cached_property
    def cased_docs(self) -> tuple[bool, ...]:
        """Per document: whether its text keeps letter case (`casing.document_keeps_case`), for the
        summarizer's weights and features and the editor's rules (`summarize.features.cased_docs`)."""
        from .casing import document_keeps_case

        return tuple(document_keeps_case(doc.text) for doc in self.documents)

    @cached_property
    def alignment(self) -> Alignment:
        """The cross-document links (the `align` stage), computed on first use."""
        from .align import align

        return align(self)

    @cached_property
    def copies(self) -> tuple[CopyOf | None, ...]:
        """Each document's `CopyOf`, or None: the copies stage (`newsbrief.copies`), on first use."""
        from .copies import find_copies

        return find_copies(self.documents)

    @cached_property
    def kept_out(self) -> np.ndarray:
        """Per sentence: whether an editor's rule keeps it out of a summary (a caption, a page widget, a
        teaser: `summarize.candidates.kept_out`), on first use; the summary and the points only one
        source makes (`analyze.agreement`) both read it. Read-only."""
        from .summarize.candidates import kept_out

        out = kept_out(self)
        out.flags.writeable = False
        return out

    @cached_property
    def doc_lengths(self) -> list[int]:
        """Number of sentences in each document."""
        counts = [0] * len(self.documents)
        for s in self.sentences:
            counts[s.doc] += 1
        return counts


@dataclass(frozen=True, slots=True)
class BriefOptions:
    """How to brief a story; the same names and defaults in the CLI, the Python API, batch and the web app.

    `sentences`, when given, replaces the word budget. `validate()` checks every option once and
    raises `UsageError` naming the option.
    """

    words: int | None = 250
    sentences: int | None = None
    method: str = "default"
    analysis: bool = True
    ner: str = "rules"
    timings: bool = True

    def __post_init__(self) -> None:
        # a choice in any case, as the command line reads it (`options.choice_value`): the web app's
        # `"method": "LEAD"` was briefed and recorded as "LEAD" once the registry matched any case (cli57)
        for name in ("method", "ner"):
            value = getattr(self, name)
            if isinstance(value, str) and not value.islower():
                object.__setattr__(self, name, value.lower())

    @property
    def budget(self) -> Budget:
        if self.sentences is not None:
            return Budget(words=None, sentences=self.sentences)
        return Budget(words=self.words)

    def validate(self, flag: str = "--") -> BriefOptions:
        """Self, if every option makes sense; else `UsageError` naming the option (`--words`, or
        `words` with `flag=""` where options are fields of a request)."""
        from .errors import UsageError
        from .summarize import SUMMARIZERS

        for name, value in (("words", self.words), ("sentences", self.sentences)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise UsageError(f"{flag}{name} must be a whole number of at least 1, not {value!r}")
        if self.words is None and self.sentences is None:
            raise UsageError(f"{flag}words: give a word or a sentence budget")
        if self.method not in SUMMARIZERS:
            known = ", ".join(SUMMARIZERS.names())
            raise UsageError(f"unknown {flag}method {self.method!r}; choose one of {known}")
        from .analyze import ner_backend

        ner_backend(self.ner, flag)  # an unknown name or a missing spaCy: a usage error before any work
        return self


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

    @classmethod
    def from_dict(cls, data: Any) -> Brief:
        """The brief a dict in the JSON form (`render.json.to_dict`, `newsbrief brief --format json`)
        describes; `InputError` when it is not one."""
        from .render.json import from_dict

        return from_dict(data)
