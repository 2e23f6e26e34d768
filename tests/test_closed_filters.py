"""`--closed FILE` of the speed and output-identity tools (scripts/brief_hashes.py,
bench/bench_align_speed.py, bench/bench_analysis.py, bench/term_readings.py): the stories it lists are
left out of what the tool reads and prints, as bench_align.py's option does for its error list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OPEN, SHUT = "story-open-harbour", "story-shut-orchard"
_DOCS = {
    OPEN: (
        "The Kessling harbour reopened on Monday after a storm closed it for four days. "
        "Mayor Dana Orlov said 12 boats were damaged.",
        "Kessling's harbour opened again on Monday, four days after the storm. "
        "Orlov said twelve boats were damaged.",
    ),
    SHUT: (
        "The Brenmoor orchard lost half its apple crop to frost in April. "
        "Owner Tamsin Hale said 300 trees were hit.",
        "Frost in April cost the Brenmoor orchard half its apples, Tamsin Hale said.",
    ),
}


def _shared(tmp_path: Path) -> tuple[Path, Path]:
    """A small shared folder (two longbench-multinews-dev stories, nothing else) and a closed file
    naming one of them."""
    data = tmp_path / "shared" / "data"
    data.mkdir(parents=True)
    rows = [json.dumps({"id": k, "documents": list(v)}) for k, v in _DOCS.items()]
    (data / "longbench-multinews-dev.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (data / "duc2003-task2-dev.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "shared" / "seeds").mkdir()
    closed = tmp_path / "closed.txt"
    closed.write_text(f"{SHUT}\n", encoding="utf-8")
    return tmp_path / "shared", closed


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, str(ROOT / script), *args], capture_output=True, text=True, env=env, cwd=ROOT
    )


def test_brief_hashes_leaves_the_closed_stories_out(tmp_path: Path) -> None:
    shared, closed = _shared(tmp_path)
    done = _run("scripts/brief_hashes.py", "--shared", str(shared), "--closed", str(closed))
    assert done.returncode == 0, done.stderr
    names = [line.split()[0] for line in done.stdout.splitlines()[:-1]]
    assert names == [OPEN, "seeds", "example"]
    assert SHUT not in done.stdout


def test_bench_align_speed_leaves_the_closed_stories_out(tmp_path: Path) -> None:
    shared, closed = _shared(tmp_path)
    data = str(shared / "data" / "longbench-multinews-dev.jsonl")
    args = ["--data", data, "--align-only", "--repeat", "1", "--json"]
    every = _run("bench/bench_align_speed.py", *args)
    assert every.returncode == 0, every.stderr
    assert len(json.loads(every.stdout)["align"]) == 2
    done = _run("bench/bench_align_speed.py", *args, "--closed", str(closed))
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["align"]) == 1


def test_bench_analysis_speed_run_and_conflicts_leave_the_closed_stories_out(tmp_path: Path) -> None:
    shared, closed = _shared(tmp_path)
    labels = tmp_path / "none.json"
    labels.write_text(json.dumps({"stories": []}), encoding="utf-8")
    args = ["--shared", str(shared), "--labels", str(labels), "--rules-only", "--conflicts"]
    done = _run("bench/bench_analysis.py", *args, "--closed", str(closed))
    assert done.returncode == 0, done.stderr
    assert "Conflicts flagged on 1 stories from longbench-multinews-dev.jsonl" in done.stdout
    assert "Speed: 1 stories from longbench-multinews-dev.jsonl" in done.stdout
    assert SHUT not in done.stdout


def test_term_readings_leaves_the_closed_stories_out(tmp_path: Path) -> None:
    shared, closed = _shared(tmp_path)
    sys.path.insert(0, str(ROOT / "bench"))
    from label_scoring import span_hash

    stories = []
    for story, word in ((OPEN, "harbour"), (SHUT, "orchard")):
        text = _DOCS[story][0]
        s = text.index(word)
        term = [s, s + len(word), span_hash(word)]
        doc = {"doc": 0, "ref": 0, "chars": len(text), "entities": [], "quotes": [], "terms": [term]}
        stories.append({"story": story, "docs": [doc], "shared": []})
    labels = tmp_path / "terms.json"
    labels.write_text(json.dumps({"version": 1, "stories": stories}), encoding="utf-8")
    args = ["--shared", str(shared), "--labels", str(labels)]
    every = _run("bench/term_readings.py", *args)
    assert every.returncode == 0, every.stderr
    assert every.stdout.splitlines()[-1].endswith("0/2")  # the pooled convention row: both terms
    done = _run("bench/term_readings.py", *args, "--closed", str(closed))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].endswith("0/1")


@pytest.mark.parametrize(
    "script",
    [
        "bench/bench_align.py",
        "bench/bench_align_speed.py",
        "bench/bench_analysis.py",
        "bench/bench_cluster.py",
        "bench/bench_context.py",
        "bench/bench_instructions.py",
        "bench/term_readings.py",
    ],
)
def test_a_missing_closed_file_is_one_line_naming_it(tmp_path: Path, script: str) -> None:
    missing = tmp_path / "no-such-closed.txt"
    r = _run(script, "--closed", str(missing))
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.splitlines()[-1].endswith(f"error: --closed {missing}: No such file or directory")
