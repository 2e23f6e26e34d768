"""The built-in example story: three short articles written for newsbrief, boilerplate and all.

A fictional regional rail strike covered by three fictional outlets. The articles share several facts
in different words, quote named people in the usual ways (said X, X said, according to X, pronoun
attribution), disagree on one number (how many workers walked out: 1,200 or 1,500), and each reports
something the others do not. Each file is scraped-looking plain text: browser notices, kickers,
headline and standfirst, a doubled photo caption, share prompts, widgets, an author bio.
"""

from __future__ import annotations

from importlib import resources

from .model import RawDoc

# Where each article "appeared"; the text files themselves are what a scraper would have saved.
OUTLETS: dict[str, str] = {
    "1-harbour-courier": "The Harbour Courier",
    "2-valley-ledger": "Valley Ledger",
    "3-coastline-post": "Coastline Post",
}
DATE = "2024-03-04"


def example_docs() -> list[RawDoc]:
    """The example's articles, as scraped plain text."""
    folder = resources.files("newsbrief").joinpath("data", "example")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    docs = []
    for f in files:
        stem = f.name.removesuffix(".txt")
        docs.append(
            RawDoc(
                id=stem,
                source=f"example/{f.name}",
                raw=f.read_text(encoding="utf-8"),
                outlet=OUTLETS.get(stem),
                date=DATE,
            )
        )
    return docs
