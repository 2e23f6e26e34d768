"""A plugin package adds a summarizer, a renderer and an input reader through entry points alone."""

from __future__ import annotations

import importlib
import textwrap
from pathlib import Path

import pytest

from newsbrief import brief, summarize
from newsbrief.cli import main
from newsbrief.ingest import READERS, load
from newsbrief.registry import Registry
from newsbrief.render import formats

PLUGIN = '''
from newsbrief.summarize.base import fill


class FirstSentences:
    """Each document's first sentence, in document order."""

    name = "toy"

    def select(self, story, budget):
        firsts = [i for i, s in enumerate(story.sentences) if s.index == 0]
        return fill(firsts, story, budget)


def render(brief):
    return "".join(s.text.upper() + "\\n" for s in brief.summary)


class ReversedReader:
    def sniff(self, name, text):
        return name.endswith(".rev")

    def read(self, text, stem, source):
        from newsbrief.model import RawDoc

        return [RawDoc(id=stem, source=source, raw=text[::-1])]
'''
ENTRY_POINTS = """
[newsbrief.summarizers]
toy = toyplug:FirstSentences

[newsbrief.renderers]
shout = toyplug:render
Loud = toyplug:render

[newsbrief.readers]
reversed = toyplug:ReversedReader
"""
A = "The harbour council voted to rebuild the old pier. Work starts in May and takes four months."
B = "Fishermen welcomed the council's vote on the pier. They said it had been unsafe for years."


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "toyplug.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = tmp_path / "toyplug-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: toyplug\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    return tmp_path


def test_without_the_plugin_its_names_are_unknown() -> None:
    assert "toy" not in summarize.SUMMARIZERS and "shout" not in formats()
    with pytest.raises(KeyError, match="unknown method 'toy'"):
        summarize.get("toy")


def test_a_plugin_summarizer_runs_by_name(plugin: Path) -> None:
    assert summarize.names()[-1] == "toy"  # after the built-in ones
    b = brief(texts=[A, B], method="toy", timings=False)
    assert [s.text for s in b.summary] == [
        "The harbour council voted to rebuild the old pier.",
        "Fishermen welcomed the council's vote on the pier.",
    ]
    assert b.method == "toy"


def test_a_plugin_renderer_and_summarizer_from_the_command_line(plugin: Path, capsys) -> None:
    (plugin / "a.txt").write_text(A, encoding="utf-8")
    (plugin / "b.txt").write_text(B, encoding="utf-8")
    argv = ["brief", str(plugin / "a.txt"), str(plugin / "b.txt"), "--method", "toy", "--format", "shout"]
    assert main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "THE HARBOUR COUNCIL VOTED TO REBUILD THE OLD PIER.",
        "FISHERMEN WELCOMED THE COUNCIL'S VOTE ON THE PIER.",
    ]


def test_a_plugin_format_is_matched_whatever_its_case(plugin: Path, capsys) -> None:
    """`--format` is lower-cased as parsed: `SHOUT` is the plugin `shout`, and `loud` the plugin
    registered as `Loud`."""
    (plugin / "a.txt").write_text(A, encoding="utf-8")
    for fmt in ("SHOUT", "loud", "LOUD"):
        assert main(["brief", str(plugin / "a.txt"), "--method", "toy", "--format", fmt]) == 0
        assert capsys.readouterr().out.splitlines() == ["THE HARBOUR COUNCIL VOTED TO REBUILD THE OLD PIER."]


def test_a_plugin_reader_is_tried_before_plain_text(plugin: Path) -> None:
    (plugin / "a.rev").write_text(A[::-1], encoding="utf-8")
    assert "reversed" in READERS.names()
    assert [d.raw for d in load([str(plugin / "a.rev")])] == [A]


def test_built_in_names_cannot_be_overridden(plugin: Path) -> None:
    reg: Registry = Registry(
        "method", "newsbrief.summarizers", {"toy": "newsbrief.summarize.lead:LeadSummarizer"}
    )
    assert reg.names() == ["toy"]
    assert reg.get("toy").__name__ == "LeadSummarizer"


def test_installed_packages_are_scanned_once_per_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan of the installed packages takes ~50 ms and the readers' registry is asked once per input
    file: `brief` of 5,000 files took over two minutes to reach the document limit (cli37). Now one
    scan per group and `sys.path`; a path put on it later is scanned again (the fixture above)."""
    import importlib.metadata

    from newsbrief import registry

    calls = []
    real = importlib.metadata.entry_points
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **kw: calls.append(kw) or real(**kw))
    registry._entry_points.cache_clear()
    things = registry.Registry("thing", "newsbrief.test-scanned-once", {"a": "os:path"})
    for _ in range(100):
        assert things.names() == ["a"] and "b" not in things
    assert len(calls) == 1
