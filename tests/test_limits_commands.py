"""Every command that briefs keeps `brief`'s per-story limits (`newsbrief.limits`): `cluster --brief`
names a story over them and briefs the others, `brief --db` refuses one in one line naming it, and a
stored story is never read whole past the byte limit. The limits are set small here (monkeypatch):
the stories are the invented ones of `cluster_texts`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cluster_texts import STORIES

from newsbrief import limits
from newsbrief.cli import main
from newsbrief.errors import InputError
from newsbrief.model import RawDoc


def _size(name: str) -> int:
    return sum(len(t.encode("utf-8")) for t in STORIES[name])


def _write(folder: Path, *names: str) -> None:
    folder.mkdir()
    for name in names:
        for k, text in enumerate(STORIES[name], 1):
            (folder / f"{name}-{k}.txt").write_text(text, encoding="utf-8")


def _briefs(out: Path) -> dict[str, dict | None]:
    """Each story's brief by the name of its first article's file (bridge-1, library-1, ...)."""
    data = json.loads(out.read_text(encoding="utf-8"))
    return {s["documents"][0]["id"].split(".")[0]: s["brief"] for s in data["stories"]}


def test_cluster_brief_names_a_story_over_the_byte_limit_and_briefs_the_rest(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    assert _size("library") < _size("bridge")
    monkeypatch.setattr(limits, "MAX_STORY_BYTES", (_size("library") + _size("bridge")) // 2)
    _write(tmp_path / "in", "bridge", "library")
    out = tmp_path / "stories.json"
    code = main(["cluster", str(tmp_path / "in"), "--brief", "-w", "40", "-f", "json", "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    briefs = _briefs(out)
    assert sorted(briefs) == ["bridge-1", "library-1"]
    assert briefs["bridge-1"] is None and briefs["library-1"]["summary"]
    assert code == 1 and len(err) == 1, err
    assert err[0].startswith("newsbrief: warning: story ") and err[0].endswith(
        f": over the limit of {limits.MAX_STORY_BYTES:,} bytes of text per story; not briefed"
    )


def test_cluster_brief_keeps_the_sentence_limit(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(limits, "MAX_STORY_SENTENCES", 6)
    _write(tmp_path / "in", "bridge")
    out = tmp_path / "stories.json"
    assert main(["cluster", str(tmp_path / "in"), "--brief", "-f", "json", "-o", str(out)]) == 1
    assert _briefs(out) == {"bridge-1": None}
    assert "sentences, over the limit of 6 per story; not briefed" in capsys.readouterr().err


def test_cluster_brief_within_the_limits_exits_0(tmp_path: Path, capsys) -> None:
    _write(tmp_path / "in", "bridge")
    out = tmp_path / "stories.json"
    assert main(["cluster", str(tmp_path / "in"), "--brief", "-w", "40", "-f", "json", "-o", str(out)]) == 0
    assert _briefs(out)["bridge-1"]["summary"] and not capsys.readouterr().err


@pytest.fixture
def store_of_bridge(tmp_path: Path) -> str:
    pytest.importorskip("sqlalchemy", reason="the store needs the [store] extra")
    _write(tmp_path / "in", "bridge")
    db = str(tmp_path / "news.db")
    assert main(["ingest", "--db", db, "--workers", "0", str(tmp_path / "in")]) == 0
    return db


def test_brief_db_refuses_a_story_over_the_byte_limit_in_one_line_naming_it(
    store_of_bridge: str, monkeypatch, capsys
) -> None:
    from newsbrief.store import Store

    capsys.readouterr()
    monkeypatch.setattr(limits, "MAX_STORY_BYTES", _size("bridge") - 1)
    assert main(["brief", "--db", store_of_bridge, "--story", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"newsbrief: error: story 1: over the limit of {limits.MAX_STORY_BYTES:,} bytes of text per story"
    ]
    assert not captured.out
    with Store(store_of_bridge) as store:
        assert store.last_brief(1) is None  # nothing recorded


def test_brief_db_refuses_a_story_over_the_sentence_limit_naming_it(
    store_of_bridge: str, monkeypatch, capsys
) -> None:
    capsys.readouterr()
    monkeypatch.setattr(limits, "MAX_STORY_SENTENCES", 6)
    assert main(["brief", "--db", store_of_bridge, "--story", "1"]) == 1
    assert capsys.readouterr().err.startswith("newsbrief: error: story 1: ")


def test_a_stored_story_is_read_no_further_than_the_byte_limit(store_of_bridge: str, monkeypatch) -> None:
    from newsbrief.store import Store

    longest = max(len(t.encode("utf-8")) for t in STORIES["bridge"])
    monkeypatch.setattr(limits, "MAX_STORY_BYTES", longest + 10)  # any one article, never two
    read: list[RawDoc] = []
    real = limits.within_bytes

    def counting(docs, story="story", limit=None):  # type: ignore[no-untyped-def]
        def seen():  # type: ignore[no-untyped-def]
            for d in docs:
                read.append(d)
                yield d

        return real(seen(), story, limit)

    monkeypatch.setattr(limits, "within_bytes", counting)
    with Store(store_of_bridge) as store:
        assert len(store.raw_documents(1)) == 3  # unbounded: every article
        with pytest.raises(InputError, match=r"^story 1: over the limit"):
            store.raw_documents(1, bounded=True)
    assert len(read) == 2  # the third article was never read


def test_a_story_over_the_document_limit_is_one_input_error(monkeypatch) -> None:
    """The document limit is a plain bound (set when the summary's same-sum pairs grew with the square of
    the copies: 1,300 copies of a 2.8 KB article took over 2.8 GB; `SameFact` keeps them as groups since)."""
    from newsbrief.pipeline import brief

    monkeypatch.setattr(limits, "MAX_STORY_DOCUMENTS", 2)
    with pytest.raises(InputError, match=r"^story: 3 documents, over the limit of 2 per story$"):
        brief(texts=STORIES["bridge"])
    assert brief(texts=STORIES["bridge"][:2], timings=False).summary


def test_cluster_brief_and_brief_db_keep_the_document_limit(
    tmp_path: Path, store_of_bridge: str, monkeypatch, capsys
) -> None:
    capsys.readouterr()
    monkeypatch.setattr(limits, "MAX_STORY_DOCUMENTS", 2)
    out = tmp_path / "stories.json"
    assert main(["cluster", str(tmp_path / "in"), "--brief", "-f", "json", "-o", str(out)]) == 1
    assert _briefs(out) == {"bridge-1": None}
    assert capsys.readouterr().err.endswith(": 3 documents, over the limit of 2 per story; not briefed\n")
    assert main(["brief", "--db", store_of_bridge, "--story", "1"]) == 1
    assert capsys.readouterr().err == (
        "newsbrief: error: story 1: 3 documents, over the limit of 2 per story\n"
    )


def test_a_story_is_held_to_its_limits_at_either_way_in(monkeypatch) -> None:
    """One check (`limits.check_story`: documents, then bytes) at both ways into segmenting:
    `prepare_story` before cleaning (a huge story costs nothing), `segmented` for what `cluster --brief`
    cleaned itself (session 22, debt: the name is new; the behaviour is a guard that holds on the start)."""
    from newsbrief import pipeline

    texts = STORIES["bridge"]
    raws = [RawDoc(id=str(k), source=str(k), raw=t) for k, t in enumerate(texts)]
    documents = pipeline.prepare_story(raws).documents
    monkeypatch.setattr(limits, "MAX_STORY_DOCUMENTS", 2)
    full = limits.MAX_STORY_BYTES
    monkeypatch.setattr(limits, "MAX_STORY_BYTES", 1)
    with pytest.raises(InputError, match=r"^s: 3 documents, over the limit of 2 per story$"):
        limits.check_story(3, ["xx"] * 3, story="s")  # documents before bytes
    monkeypatch.setattr(limits, "MAX_STORY_BYTES", full)
    monkeypatch.setattr("newsbrief.clean.clean", lambda raw: pytest.fail("cleaned a story over a limit"))
    with pytest.raises(InputError, match=r"^one: 3 documents"):
        pipeline.prepare_story(raws, name="one")
    with pytest.raises(InputError, match=r"^two: 3 documents"):
        pipeline.segmented(documents, name="two")
    monkeypatch.setattr(limits, "MAX_STORY_DOCUMENTS", 3)
    monkeypatch.setattr(limits, "MAX_STORY_BYTES", _size("bridge") - 1)
    with pytest.raises(InputError, match=r"^two: over the limit of"):
        pipeline.segmented(documents, name="two")


def test_brief_of_one_file_over_a_limit_names_the_file(tmp_path: Path, monkeypatch, capsys) -> None:
    """`brief big.txt` said "story: over the limit of 5,000,000 bytes of text per story", naming no file
    (cli45); a story of several files is still named "story"."""
    _write(tmp_path / "in", "bridge")
    monkeypatch.setattr(limits, "MAX_STORY_BYTES", 10)
    one = tmp_path / "in" / "bridge-1.txt"
    assert main(["brief", str(one)]) == 1
    assert (
        capsys.readouterr().err == f"newsbrief: error: {one}: over the limit of 10 bytes of text per story\n"
    )
    assert main(["brief", str(one), str(tmp_path / "in" / "bridge-2.txt")]) == 1
    assert (
        capsys.readouterr().err == "newsbrief: error: story: over the limit of 10 bytes of text per story\n"
    )
