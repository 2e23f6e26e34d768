"""The built-in example story: three short articles written for newsbrief, boilerplate and all."""

from __future__ import annotations

from importlib import resources

from .ingest.base import RawDoc


def example_docs() -> list[RawDoc]:
    """The example's articles, as scraped plain text."""
    folder = resources.files("newsbrief").joinpath("data", "example")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    return [
        RawDoc(id=f.name.removesuffix(".txt"), source=f"example/{f.name}", raw=f.read_text(encoding="utf-8"))
        for f in files
    ]
