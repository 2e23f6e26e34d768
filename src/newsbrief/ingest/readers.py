"""Input readers: which format a piece of text is in, and the raw documents it holds.

Each format is a `Reader` (`sniff`, `read`) in a registry: a new format is one module plus one line in
`READERS` (or, from another package, an entry in the `newsbrief.readers` entry-point group). Readers
are tried in registry order, plugins before the built-in ones, and plain text last, which takes
anything. Whole stories files (JSONL, Multi-News .src/.tgt, folders of stories) are story formats
(`stories.py`), not readers.
"""

from __future__ import annotations

from typing import Protocol

from ..errors import InputError
from ..model import RawDoc
from ..registry import Registry

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
FEED_SUFFIXES = (".rss", ".atom")


class Reader(Protocol):
    """One input format of a single file or string."""

    def sniff(self, name: str, text: str) -> bool:
        """Whether `text` (from a file called `name`) is in this format."""
        ...

    def read(self, text: str, stem: str, source: str) -> list[RawDoc]:
        """The raw documents in `text`; `stem` names them, `source` says where they came from."""
        ...


class FeedReader:
    """An RSS or Atom feed (by its name or its first element): each entry one document, its text the
    feed's own (a feed file never goes online by itself; `newsbrief.feeds`)."""

    def sniff(self, name: str, text: str) -> bool:
        from ..feeds import FEED_HEAD_BYTES, starts_as_feed

        return name.lower().endswith(FEED_SUFFIXES) or starts_as_feed(text[:FEED_HEAD_BYTES].encode())

    def read(self, text: str, stem: str, source: str) -> list[RawDoc]:
        from ..feeds import read_feed_text

        return read_feed_text(text.encode(), source)


class HtmlReader:
    """An HTML page or fragment (by its name or its markup); trafilatura extracts the article."""

    def sniff(self, name: str, text: str) -> bool:
        from .html import looks_like_html

        return name.lower().endswith(HTML_SUFFIXES) or looks_like_html(text)

    def read(self, text: str, stem: str, source: str) -> list[RawDoc]:
        from .html import read_html

        return [read_html(text, source, stem)]


def not_a_page(text: str, source: str) -> None:
    """`InputError` for an XML document that is neither a feed nor a web page (an SVG, a catalogue):
    read as text, its few words were an article (`ingest` stored "Ferry", exit 0). Only a text that
    opens with an XML declaration and whose root element is read and is not `html` (XHTML is a page)."""
    if not text.lstrip("\ufeff \t\r\n").startswith("<?xml"):
        return
    from ..feeds import declares_entities, root_element

    head = text[: 1 << 16].encode("utf-8", "replace")
    if declares_entities(head):  # never expanded here: left to the readers that refuse or defuse them
        return
    root = root_element(head)
    if root is not None and root.lower() != "html":
        raise InputError(
            f"XML that is neither an RSS or Atom feed nor a web page (its root element is <{root}>)", source
        )


class BundleReader:
    """A Multi-News bundle: documents joined by `|||||`."""

    def sniff(self, name: str, text: str) -> bool:
        from .multinews import MULTINEWS_SEP

        return MULTINEWS_SEP in text

    def read(self, text: str, stem: str, source: str) -> list[RawDoc]:
        from .multinews import split_bundle

        parts = split_bundle(text)
        if not parts:
            raise InputError("the bundle has no documents in it", source)
        return [RawDoc(id=f"{stem}-{i}", source=f"{source}#{i}", raw=t) for i, t in enumerate(parts, 1)]


class TextReader:
    """Plain text (Multi-News `NEWLINE_CHAR` marks become line breaks): takes anything."""

    def sniff(self, name: str, text: str) -> bool:
        return True

    def read(self, text: str, stem: str, source: str) -> list[RawDoc]:
        from .multinews import decode_newline_marks

        return [RawDoc(id=stem, source=source, raw=decode_newline_marks(text))]


READERS: Registry[type[Reader]] = Registry(
    "reader",
    "newsbrief.readers",
    {
        "feed": "newsbrief.ingest.readers:FeedReader",
        "html": "newsbrief.ingest.readers:HtmlReader",
        "multinews": "newsbrief.ingest.readers:BundleReader",
        "text": "newsbrief.ingest.readers:TextReader",
    },
)
FALLBACK = "text"


def reader_for(name: str, text: str) -> Reader:
    """The first reader that recognises `text`: plugins, then the built-in ones, plain text last."""
    builtin = [n for n in READERS.builtin_names() if n != FALLBACK]
    plugins = [n for n in READERS.names() if n not in builtin and n != FALLBACK]
    for n in (*plugins, *builtin):
        reader = READERS.get(n)()
        if reader.sniff(name, text):
            return reader
    return READERS.get(FALLBACK)()
