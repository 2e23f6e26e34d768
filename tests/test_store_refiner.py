"""An ingest's refinement in a worker process (`store.REFINE_PROCESS`, `refiner.Refiner`): the same
stories and rows as in the store's own process, the worker told what the store forgets, its failures
one line, and gone with the store."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from cluster_texts import STORIES
from test_store import _alive, _children, _synthetic

from newsbrief.cluster import engine as ce
from newsbrief.errors import NewsbriefError
from newsbrief.model import RawDoc
from newsbrief.store import Store
from newsbrief.store import store as store_module
from newsbrief.store.refiner import Refiner

TABLES = ("articles", "stories", "story_terms", "article_bands", "language_docs", "language_terms")
STAMPS = {"added_at", "created_at", "updated_at"}


def _ingests() -> list[list[RawDoc]]:
    """Three ingests of the test stories' articles, interleaved, so refinement moves some."""
    raws = [
        RawDoc(id=f"{name}-{k}", source=f"https://example.org/{name}/{k}", raw=text)
        for name, texts in sorted(STORIES.items())
        for k, text in enumerate(texts)
    ]
    return [raws[k::3] for k in range(3)]


def _rows(db: str) -> dict[str, list[tuple]]:
    import sqlite3

    con = sqlite3.connect(db)
    out = {}
    for table in TABLES:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in STAMPS]
        out[table] = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid").fetchall()
    con.close()
    return out


def test_refinement_in_a_worker_writes_the_same_rows(tmp_path: Path, monkeypatch) -> None:
    got = {}
    for process in (False, True):
        monkeypatch.setattr(store_module, "REFINE_PROCESS", process)
        db = str(tmp_path / f"p{process}.db")
        with Store(db) as store:
            for raws in _ingests():
                store.add(raws)
            assert store._refiner.process is process
        got[process] = _rows(db)
    assert got[True] == got[False]
    assert len(got[True]["stories"]) > 1


def _pair() -> tuple[list[ce.Piece], dict[str, ce.Assignment]]:
    """Two like articles in two stories: refinement puts them together."""
    vec = ce.piece("a", " ".join(STORIES["bridge"][:2])).vec
    pieces = [ce.Piece("1", "k1", 200, vec), ce.Piece("2", "k2", 200, dict(vec))]
    return pieces, {p.id: ce.Assignment(p.id, int(p.id), "new") for p in pieces}


KW = {"rounds": 2, "next_id": 3, "orders": 1, "adopt_margin": 2.0, "candidates": 5}


def test_the_worker_forgets_and_clears_as_told() -> None:
    """The worker keeps refinement's cosines between requests and drops them when the store says."""
    pieces, _ = _pair()
    together = {p.id: ce.Assignment(p.id, 1, "new") for p in pieces}  # settled: the cosines are kept
    # nothing dirty: weighs no article, keeps the centroid it builds (when none is kept) and forgets none
    probe = {**KW, "dirty": [], "adopt_margin": None}
    here, there = Refiner(), Refiner(process=True)
    try:
        for r in (here, there):
            r.start(pieces, together, KW, 1.5)
            assert r.result() == ({"1": 1, "2": 1}, {})
        kept = here.entries
        assert there.entries == kept > 0
        for r in (here, there):
            r.start(pieces, together, probe, None)
            r.result()
        assert there.entries == here.entries == kept  # all kept
        for r in (here, there):
            r.forget([1])
            r.start(pieces, together, probe, None)
            r.result()
        assert there.entries == here.entries < kept  # the centroid built again, no cosine
        for r in (here, there):
            r.start(pieces, together, KW, None)
            r.result()
            r.clear()
            r.start(pieces, together, probe, None)
            r.result()
        assert there.entries == here.entries < kept
    finally:
        there.close()


def test_a_failure_in_the_worker_is_raised_here_and_a_dead_worker_is_one_line() -> None:
    pieces, assignments = _pair()
    refiner = Refiner(process=True)
    try:
        refiner.start(pieces, {}, KW, None)  # no assignments: refinement's own KeyError
        with pytest.raises(KeyError):
            refiner.result()
        refiner.start(pieces, assignments, KW, None)
        assert refiner.result()[0] == {"1": 1, "2": 1}  # it goes on
        refiner.start(pieces, assignments, KW, None)
        refiner.start(pieces, assignments, KW, None)  # the unread answer is dropped, not taken
        assert refiner.result()[0] == {"1": 1, "2": 1}
        worker = refiner._worker
        worker.kill()
        worker.wait()
        with pytest.raises(NewsbriefError, match="worker process died"):
            refiner.start(pieces, assignments, KW, None)
            refiner.result()
    finally:
        refiner.close()


def test_the_worker_ends_with_the_store(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "REFINE_PROCESS", True)
    with Store(str(tmp_path / "s.db")) as store:
        store.add(_ingests()[0])
        worker = store._refiner._worker
        assert worker.poll() is None
    assert worker.wait(10) == 0


@pytest.mark.slow
def test_sigkill_mid_ingest_with_the_worker_keeps_every_article_once(tmp_path: Path) -> None:
    """`ingest` with refinement in a worker, killed (SIGKILL) mid-ingest three times, then run to the
    end: every article once, whole ingests only, and the worker gone each time."""
    n, batch = 1500, 200
    data, db = tmp_path / "many.jsonl", str(tmp_path / "s.db")
    _synthetic(n, data)
    code = (
        "import sys; import newsbrief.store.store as s; s.REFINE_PROCESS = True; "
        "from newsbrief.cli import main; sys.exit(main())"
    )
    args = [sys.executable, "-c", code, "ingest", "--db", db, str(data), "--workers", "0"]
    args += ["--batch", str(batch)]
    counts = []
    for delay in (0.5, 1.5, 3.0):
        proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)
        started = time.monotonic()
        while not _children(proc.pid) and time.monotonic() < started + 60:
            time.sleep(0.05)  # the worker starts at the first ingest's refinement
        time.sleep(delay)
        kids = _children(proc.pid)
        if not kids and counts:
            # the worker lives as long as the store: none left means this later, shorter run (the store
            # already holds the killed runs' articles) finished before the kill, on a fast machine
            assert proc.wait(60) == 0
            with Store(db) as store:
                counts.append(store.count())
            assert counts[-1] == n
            break
        assert kids, "no worker"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while any(_alive(k) for k in kids) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(k) for k in kids), "an orphaned worker"
        with Store(db) as store:
            counts.append(store.count())
        assert counts[-1] % batch == 0 or counts[-1] == n
    assert counts[0] < n
    run = subprocess.run(args, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    with Store(db) as store:
        assert store.count() == n
        sources = Counter(m.document.source for s in store.stories() for m in s.members)
    assert len(sources) == n and set(sources.values()) == {1}
