"""newsbrief batch: order, resume after SIGKILL, bad rows, folders, partial lines, Dask, the API."""

from __future__ import annotations

import json
import os
import random
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsbrief
from newsbrief.batch import sinks
from newsbrief.batch.engine import run
from newsbrief.batch.runners import WORKER_DIED, LocalPool
from newsbrief.batch.sources import iter_items
from newsbrief.batch.work import Options, Task
from newsbrief.cli import main
from newsbrief.errors import InputError, OutputError
from newsbrief.ingest.stories import StoryError, StoryRecord

# Synthetic news written for these tests: a fixed-seed generator over a small phrase bank.
PLACES = ["Harbourton", "Millbrook", "the northern valley", "Eastgate", "the river district", "Lakeside"]
ACTORS = [
    "the city council",
    "local farmers",
    "the transport minister",
    "a group of engineers",
    "the regional hospital",
    "teachers at the high school",
    "the fire service",
    "residents",
]
ACTIONS = [
    "approved a plan to rebuild",
    "raised concerns about",
    "announced new funding for",
    "voted against changes to",
    "opened an inquiry into",
    "welcomed the decision on",
]
THINGS = [
    "the old stone bridge",
    "the flood defences",
    "the bus network",
    "the water supply",
    "the public library",
    "the new wind farm",
    "the harbour wall",
    "the school buildings",
]
TIMES = ["on Monday", "late on Tuesday", "this week", "after a long meeting", "on Friday morning"]
TAILS = [
    "officials said.",
    "according to a statement.",
    "the mayor told reporters.",
    "though critics said it came too late.",
    "and work is expected to start soon.",
]


def sentence(rng: random.Random, topic: str) -> str:
    return (
        f"In {rng.choice(PLACES)}, {rng.choice(ACTORS)} {rng.choice(ACTIONS)} {topic} "
        f"{rng.choice(TIMES)}, {rng.choice(TAILS)}"
    )


def make_stories(n: int, seed: int = 7, sentences: int = 14) -> list[dict]:
    rng = random.Random(seed)
    stories = []
    for i in range(n):
        topic = rng.choice(THINGS)
        docs = []
        for _ in range(rng.randint(2, 4)):
            paras = [" ".join(sentence(rng, topic) for _ in range(3)) for _ in range(sentences // 3)]
            docs.append("\n\n".join(paras))
        stories.append({"id": f"story-{i:03d}", "documents": docs, "summaries": []})
    return stories


def write_jsonl(path: Path, rows: list, raw_lines: dict[int, str] | None = None) -> Path:
    """Rows as JSON lines; `raw_lines` puts hand-written lines (broken JSON) at given positions."""
    lines = [json.dumps(r) for r in rows]
    for pos, text in sorted((raw_lines or {}).items()):
        lines.insert(pos, text)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief.cli", "batch", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def ids_of(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def stories_file(tmp_path_factory) -> Path:
    bad = {5: '{"id": "broken", "documents": ["unterminated', 20: '{"id": "nodocs", "documents": []}'}
    return write_jsonl(tmp_path_factory.mktemp("in") / "stories.jsonl", make_stories(60), bad)


@pytest.fixture(scope="module")
def reference(stories_file, tmp_path_factory) -> Path:
    """An uninterrupted in-process run (--jobs 1) to compare every other run against."""
    out = tmp_path_factory.mktemp("ref") / "briefs.jsonl"
    counts = run(stories_file, out, jobs=1, progress="off")
    assert (counts.done, counts.failed, counts.skipped) == (60, 2, 0)
    return out


def test_reference_run_is_in_input_order_with_ids_and_no_timings(reference):
    rows = [json.loads(line) for line in reference.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"story-{i:03d}" for i in range(60)]
    assert all("timings_ms" not in r and r["summary"] and r["method"] == "default" for r in rows)
    assert list(rows[0])[:3] == ["id", "schema_version", "method"]
    jsonschema = pytest.importorskip("jsonschema")
    from newsbrief.schema import schema_text

    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    for row in rows[:5]:
        validator.validate(row)
    errors = sinks.errors_path(reference).read_text(encoding="utf-8").splitlines()
    assert [json.loads(e)["id"] for e in errors] == ["stories.jsonl-line-6", "nodocs"]


@pytest.mark.slow
def test_sigkill_part_way_then_resume_is_byte_identical(stories_file, reference, tmp_path):
    out = tmp_path / "briefs.jsonl"
    args = [
        sys.executable,
        "-m",
        "newsbrief.cli",
        "batch",
        str(stories_file),
        "-o",
        str(out),
        "--jobs",
        "2",
        "--chunk",
        "1",
        "--quiet",
    ]
    proc = subprocess.Popen(
        args,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the batch finished before it could be killed"
    psutil = pytest.importorskip("psutil")
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers, "--jobs 2 should run worker processes"
    proc.kill()  # SIGKILL to the parent only, like the OOM killer: no cleanup runs
    proc.wait()
    _, alive = psutil.wait_procs(workers, timeout=10)
    for p in alive:  # do not leave them behind even when the check fails
        p.kill()
    assert not alive, "worker processes outlived their killed parent"
    killed_at = out.read_bytes().count(b"\n")
    assert 3 <= killed_at < 60

    resumed = cli(str(stories_file), "-o", str(out), "--jobs", "2")
    assert resumed.returncode == 1, resumed.stderr  # two bad rows
    last = resumed.stderr.strip().splitlines()[-1]
    assert "skipped" in last and "2 failed" in last
    data = out.read_bytes()
    assert data.endswith(b"\n")
    assert ids_of(out) == [f"story-{i:03d}" for i in range(60)]  # each story exactly once, in order
    assert data == reference.read_bytes()
    assert sinks.errors_path(out).read_bytes() == sinks.errors_path(reference).read_bytes()

    again = cli(str(stories_file), "-o", str(out), "--jobs", "2")
    assert "0 done, 60 skipped, 2 failed" in again.stderr
    assert out.read_bytes() == reference.read_bytes()


def test_partial_last_line_is_dropped_and_the_story_redone(stories_file, reference, tmp_path):
    out = tmp_path / "briefs.jsonl"
    ref = reference.read_bytes()
    lines = ref.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:10]) + lines[10][: len(lines[10]) // 2])  # killed mid-line
    assert main(["batch", str(stories_file), "-o", str(out), "--jobs", "1", "--quiet"]) == 1
    assert out.read_bytes() == ref


def test_recover_cuts_garbage_and_unterminated_lines(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"id":"a"}\n{"id":"b"}\n{"id":"c"')
    assert sinks.recover(p) == len(b'{"id":"c"')
    assert p.read_bytes() == b'{"id":"a"}\n{"id":"b"}\n'
    p.write_bytes(b'{"id":"a"}\n{"id":"b", oops}\n')  # complete but not JSON
    sinks.recover(p)
    assert p.read_bytes() == b'{"id":"a"}\n'
    p.write_bytes(b'{"id":"a"}')  # one line, no newline: not known to be whole
    sinks.recover(p)
    assert p.read_bytes() == b""
    p.write_bytes(b'{"id":"a"}\n')
    assert sinks.recover(p) == 0


def test_recover_cuts_blank_lines_and_nuls_after_the_last_row(tmp_path):
    """`-o` onto a file of blank lines kept them before the first row (one cut per run, cli46)."""
    p = tmp_path / "x.jsonl"
    for tail, cut in ((b"\n\n\n", 3), (b"\n \n\t\r\n", 6), (b"\x00" * 70_000, 70_000), (b"", 0)):
        p.write_bytes(b'{"id":"a"}\n\n{"id":"b"}\n' + tail)
        assert sinks.recover(p) == cut
        assert p.read_bytes() == b'{"id":"a"}\n\n{"id":"b"}\n'  # blank lines between rows are left
    p.write_bytes(b'{"id":"a"}\r\n\n')
    assert sinks.recover(p) == 1 and p.read_bytes() == b'{"id":"a"}\r\n'
    p.write_bytes(b"\n" * 200_000)
    assert sinks.recover(p) == 200_000 and p.read_bytes() == b""
    p.write_bytes(b"notes\n\n\n")
    with pytest.raises(InputError):
        sinks.recover(p)
    assert p.read_bytes() == b"notes\n\n\n"


def test_batch_onto_a_file_of_blank_lines_writes_rows_only(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", make_stories(1, seed=5, sentences=6))
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"\n" * 4)
    assert main(["batch", str(src), "-o", str(out), "--jobs", "1", "--quiet"]) == 0
    assert out.read_bytes().startswith(b'{"id":') and out.read_bytes().count(b"\n") == 1
    with out.open("ab") as f:
        f.write(b"\n\n")
    assert main(["batch", str(src), "-o", str(out), "--jobs", "1", "--quiet"]) == 0  # resumed: 1 skipped
    assert out.read_bytes().count(b"\n") == 1


def test_bad_rows_go_to_the_errors_file_and_the_rest_completes(tmp_path, capsys):
    good = make_stories(4, seed=3, sentences=6)
    rows = [
        good[0],
        {"id": "nodocs", "documents": []},
        {"id": "nonstring", "documents": ["fine text here.", 42]},
        {"id": "empty", "documents": ["", "   "]},
        good[1],
        {"id": "huge", "documents": ["word " * 3000]},
        {"id": good[1]["id"], "documents": ["Same id again, so it is a duplicate of an earlier story."]},
        good[2],
        [1, 2, 3],
        good[3],
    ]
    src = write_jsonl(tmp_path / "bad.jsonl", rows, {3: "{not json at all"})
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(src), "-o", str(out), "--jobs", "1", "--max-chars", "10000"])
    assert code == 1
    assert ids_of(out) == [g["id"] for g in good]
    errors = [json.loads(x) for x in sinks.errors_path(out).read_text(encoding="utf-8").splitlines()]
    reasons = {e["id"]: e["reason"] for e in errors}
    assert [e["id"] for e in errors] == [
        "nodocs",
        "nonstring",
        "bad.jsonl-line-4",
        "empty",
        "huge",
        "story-001",
        "bad.jsonl-line-10",
    ]
    assert reasons["nodocs"] == "no documents"
    assert "not a string" in reasons["nonstring"]
    assert "broken JSON" in reasons["bad.jsonl-line-4"]
    assert "no document with any text" in reasons["empty"]
    assert reasons["huge"].startswith("too large")
    assert reasons["story-001"].startswith("duplicate story id")
    assert all("\n" not in r and "Traceback" not in r for r in reasons.values())
    err = capsys.readouterr().err
    assert "4 done, 0 skipped, 7 failed" in err and "Traceback" not in err


def test_folder_of_story_folders_to_markdown_files(tmp_path):
    root = tmp_path / "stories"
    for i, story in enumerate(make_stories(3, seed=11, sentences=6)):
        folder = root / (f"story {i}" if i == 1 else f"s{i}")  # a space: the file name is sanitised
        folder.mkdir(parents=True)
        for j, doc in enumerate(story["documents"]):
            (folder / f"article{j + 1}.txt").write_text(doc, encoding="utf-8")
    (root / "empty").mkdir()
    out = tmp_path / "briefs"
    assert main(["batch", str(root), "-o", str(out), "--format", "md", "--jobs", "1", "-q"]) == 1
    names = sorted(p.name for p in out.iterdir())
    assert names[0] == "s0.md" and names[1] == "s2.md" and names[2].startswith("story_1-") and len(names) == 3
    text = (out / "s0.md").read_text(encoding="utf-8")
    assert "## Summary" in text and "article1.txt" in text
    assert json.loads(sinks.errors_path(out).read_text())["id"] == "empty"
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert main(["batch", str(root), "-o", str(out), "--format", "md", "--jobs", "1", "-q"]) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_multinews_src_bundle_with_line_ids(tmp_path):
    stories = make_stories(3, seed=5, sentences=6)
    lines = [
        " ||||| ".join(d.replace("\n\n", " NEWLINE_CHAR NEWLINE_CHAR ") for d in s["documents"])
        for s in stories
    ]
    src = tmp_path / "test.src"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_items(src))
    assert [x.id for x in items] == ["test.src-1", "test.src-2", "test.src-3"]
    assert all(isinstance(x, StoryRecord) for x in items)
    assert items[0].documents[0] == stories[0]["documents"][0]
    results = list(newsbrief.batch(src, jobs=1, words=60))
    assert [sid for sid, _ in results] == [x.id for x in items]
    assert all(isinstance(b, dict) and b["summary"] for _, b in results)


def test_python_api_pool_matches_in_process_and_keeps_order():
    rows = make_stories(10, seed=2, sentences=6)
    rows.insert(4, {"id": "bad", "documents": []})
    one = list(newsbrief.batch(rows, jobs=1, words=80))
    two = list(newsbrief.batch(rows, jobs=2, words=80, chunk=1))
    assert [sid for sid, _ in one] == [r.get("id") for r in rows]
    assert one == two
    assert isinstance(one[4][1], StoryError) and one[4][1].reason == "no documents"
    assert one[0][1]["id"] == "story-000" and one[0][1]["budget"] == {"words": 80}


def test_a_story_that_kills_its_worker_fails_alone(monkeypatch):
    from newsbrief.batch import work

    real = work.brief_story

    def deadly(task, opts):
        if task.id == "boom":
            os._exit(9)  # the worker process dies, as under the OOM killer
        return real(task, opts)

    monkeypatch.setattr(work, "brief_story", deadly)  # forked workers inherit the patch
    docs = tuple(make_stories(1, seed=4, sentences=6)[0]["documents"])
    tasks = [Task(i, "boom" if i == 2 else f"t{i}", docs) for i in range(6)]
    pool = LocalPool(Options(words=60), jobs=2)
    try:
        results = [r for chunk in pool.results(iter([tasks[:3], tasks[3:]])) for r in chunk]
    finally:
        pool.close()
    by_seq = {r[0]: r for r in results}
    assert sorted(by_seq) == list(range(6))
    assert by_seq[2][2:] == ("error", WORKER_DIED)
    assert all(by_seq[i][2] == "ok" for i in (0, 1, 3, 4, 5))


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_output(stories_file, reference, tmp_path):
    pytest.importorskip("distributed")
    out = tmp_path / "dask.jsonl"
    done = cli(str(stories_file), "-o", str(out), "--dask", "local", "--jobs", "2")
    assert done.returncode == 1, done.stderr
    assert "60 done, 0 skipped, 2 failed" in done.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert sinks.errors_path(out).read_bytes() == sinks.errors_path(reference).read_bytes()


def test_dask_without_the_extra_is_a_clear_error(stories_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    assert main(["batch", str(stories_file), "-o", str(tmp_path / "o.jsonl"), "--dask", "local"]) == 2
    assert "newsbrief[dask]" in capsys.readouterr().err


def test_resume_refuses_other_options_and_restart_starts_over(tmp_path, capsys):
    src = write_jsonl(tmp_path / "s.jsonl", make_stories(3, seed=9, sentences=6))
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(src), "-o", str(out), "-j", "1", "-q", "-w", "60"]) == 0
    first = out.read_bytes()
    assert main(["batch", str(src), "-o", str(out), "-j", "1", "-q", "-w", "90"]) == 2
    assert "--restart" in capsys.readouterr().err
    assert main(["batch", str(src), "-o", str(out), "-j", "1", "-q", "-w", "90", "--restart"]) == 0
    assert out.read_bytes() != first and ids_of(out) == ["story-000", "story-001", "story-002"]
    assert "3 done, 0 skipped, 0 failed" in capsys.readouterr().err


def test_missing_input_and_bad_format_are_one_line_errors(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "o"), "--format", "pdf"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(e.startswith("newsbrief: error:") for e in err)
    assert not (tmp_path / "o.jsonl").exists()


def test_safe_names_are_distinct_for_distinct_ids():
    ids = ["a/b", "a_b", "a b", "../etc", "ok-id.1", "", "é"]
    names = [sinks.safe_name(i) for i in ids]
    assert len(set(names)) == len(ids)
    assert sinks.safe_name("ok-id.1") == "ok-id.1"
    assert all("/" not in n and not n.startswith(".") for n in names)


def test_gzip_input_and_the_final_line(tmp_path):
    import gzip
    import io

    src = tmp_path / "s.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in make_stories(3, seed=12, sentences=6))
    buf = io.StringIO()
    counts = run(src, tmp_path / "o.jsonl", jobs=1, progress="lines", stream=buf)
    assert (counts.done, counts.skipped, counts.failed) == (3, 0, 0)
    assert (
        buf.getvalue().strip().splitlines()[-1].startswith("newsbrief batch: 3 done, 0 skipped, 0 failed in ")
    )
    assert ids_of(tmp_path / "o.jsonl") == ["story-000", "story-001", "story-002"]


def test_plain_progress_lines_when_not_a_terminal():
    import io

    from newsbrief.batch.progress import Counts, Reporter

    buf = io.StringIO()
    assert Reporter.choose(buf) == "lines"
    rep = Reporter(total=10, mode="lines", every=0, stream=buf)
    rep.start()
    rep.update(Counts(done=3, skipped=1, failed=1), worked=4)
    line = buf.getvalue().strip()
    assert line.startswith("newsbrief batch: 5/10 stories (3 done, 1 skipped, 1 failed), ")
    assert "stories/s, ETA " in line


def test_the_batch_command_module_imports_only_typer():
    code = (
        "import sys, newsbrief.batch.command, newsbrief.batch; "
        "heavy = {'numpy', 'rich', 'distributed', 'newsbrief.pipeline', 'newsbrief.batch.engine'}; "
        "heavy &= set(sys.modules); assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_stories_settled_without_a_worker_are_released_in_ticks():
    from newsbrief.batch import engine
    from newsbrief.batch.runners import InProcess

    items = [StoryError(f"e{i}", "bad row") for i in range(3 * engine.TICK + 5)]
    batches = list(engine.ordered(items, InProcess(Options())))
    assert max(len(b) for b in batches) <= engine.TICK
    assert [r[1] for b in batches for r in b] == [x.id for x in items]


@pytest.mark.slow
def test_dask_api_with_ticks_matches_in_process(monkeypatch):
    pytest.importorskip("distributed")
    from newsbrief.batch import engine

    monkeypatch.setattr(engine, "TICK", 1)  # a tick after every bad row: exercises the Dask fill loop
    rows = make_stories(6, seed=21, sentences=6)
    rows[1:1] = [{"id": "bad1", "documents": []}, {"id": "bad2", "documents": [3]}]
    one = list(newsbrief.batch(rows, jobs=1, words=70))
    dask = list(newsbrief.batch(rows, dask="local", jobs=2, words=70, chunk=2))
    assert dask == one
    assert [sid for sid, _ in one][:4] == ["story-000", "bad1", "bad2", "story-001"]


@pytest.mark.parametrize(
    ("stories", "output", "fmt"),
    [
        ("many", "many/briefs/", "md"),  # read back as story `briefs`
        ("many", "many/s1/out.jsonl", None),  # an article of s1
        ("many", "many", "md"),  # the briefs among the story folders
        ("one", "one/out.jsonl", None),  # an article of the one story
        ("one", "one/briefs/", None),  # the one story became a folder of one story, `briefs`
    ],
)
def test_an_output_the_next_run_would_read_as_stories_is_refused(
    tmp_path, capsys, monkeypatch, stories, output, fmt
):
    """`batch stories -o stories/briefs/ -f md` ran, and its re-run briefed the briefs as a story
    (cli47); a usage error now, nothing written. A file beside story folders is not read: allowed."""
    from newsbrief.batch.command import refuse_inside_stories

    text = "The city council approved a plan to rebuild the old stone bridge on Monday, officials said."
    for story in ("s1", "s2"):
        (tmp_path / "many" / story).mkdir(parents=True)
        (tmp_path / "many" / story / "doc1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "doc1.txt").write_text(text, encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    monkeypatch.chdir(tmp_path)
    args = ["batch", stories, "-o", output, "-j", "1", "-q"] + (["-f", fmt] if fmt else [])
    assert main(args) == 2
    err = capsys.readouterr().err
    where = "the folder of stories" if output == stories else "inside the folder of stories"
    assert err.startswith(f"newsbrief: error: --output {output}: is {where} {stories}; the next run")
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    refuse_inside_stories("many/out.jsonl", Path("many"), None)  # beside the story folders: not read


def test_output_name_ending_in_a_slash_is_a_folder_of_json_files(tmp_path):
    src = write_jsonl(tmp_path / "s.jsonl", make_stories(2, seed=13, sentences=6))
    out = tmp_path / "briefs"
    assert main(["batch", str(src), "-o", f"{out}/", "-j", "1", "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["story-000.json", "story-001.json"]
    brief = json.loads((out / "story-001.json").read_text(encoding="utf-8"))
    assert brief["id"] == "story-001" and brief["summary"]


def test_an_output_folder_under_a_file_is_named_not_its_errors_file(tmp_path, capsys):
    """`batch s.jsonl -f md -o afile/briefs` (afile a file) said "afile/briefs.errors.jsonl: cannot write
    here", a file the user never named (cli52)."""
    src = write_jsonl(tmp_path / "s.jsonl", make_stories(1, seed=13, sentences=6))
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    out = tmp_path / "afile" / "briefs"
    assert main(["batch", str(src), "-f", "md", "-o", str(out), "-q"]) == 1
    assert capsys.readouterr().err == f"newsbrief: error: {out}: cannot write here (Not a directory)\n"


def test_a_truncated_gzip_keeps_the_stories_before_the_cut_and_a_rerun_resumes(
    tmp_path: Path, capsys
) -> None:
    """A `.jsonl.gz` cut short failed the batch whole: the chunks in flight when the read failed were
    lost (the default chunk of 4 lost all of them), and the error named no line. Now the stories read
    whole are briefed and written, the summary comes first, then one error naming the file and the last
    line read, exit 1; the whole file given again briefs only the rest."""
    import gzip
    import io

    rows = [json.dumps(r) + "\n" for r in make_stories(5, seed=3, sentences=6)]
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as g:
        g.write("".join(rows[:3]).encode())
        g.flush()  # a full flush: the first three lines can be read without the rest
        cut = buf.tell()
        g.write("".join(rows[3:]).encode())
    src, out = tmp_path / "s.jsonl.gz", tmp_path / "out.jsonl"
    src.write_bytes(buf.getvalue()[:cut])
    args = ["batch", str(src), "-o", str(out), "--jobs", "1", "--quiet"]
    assert main(args) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("newsbrief batch: 3 done, 0 skipped, 0 failed")
    assert err[1:] == [
        f"newsbrief: error: {src}: cannot read past line 3 (the file ends too early; is it truncated?)"
    ]
    assert ids_of(out) == ["story-000", "story-001", "story-002"]
    src.write_bytes(buf.getvalue())
    assert main(args) == 0
    assert capsys.readouterr().err.startswith("newsbrief batch: 2 done, 3 skipped, 0 failed")
    assert ids_of(out) == [f"story-00{k}" for k in range(5)]


def test_a_full_disk_leaves_no_torn_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that failed (a full disk) left the rows after the last commit in the output, the last
    one cut short: a reader met broken JSON until a re-run recovered it (cli44 sweep, a 64 KB tmpfs).
    Now the file is cut back to its last commit, and the line is in `atomic_write`'s words."""
    from newsbrief.batch.sinks import AppendLog

    out = tmp_path / "briefs.jsonl"
    log = AppendLog(out, restart=False)
    log.append('{"id": "s1"}')
    log.commit()
    kept = out.read_bytes()
    log.append('{"id": "s2", "summary": "' + "x" * 100_000 + '"}')  # past the buffer: partly on disk

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError) as e:
        log.commit()
    assert str(e.value) == f"{out}: cannot write it (No space left on device)"
    assert out.read_bytes() == kept == b'{"id": "s1"}\n'
    log.close()  # nothing left to write
    assert out.read_bytes() == kept


def test_a_full_disk_before_the_first_row_leaves_no_empty_output(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`batch -o` on a full disk (a 64 KB tmpfs) left an empty output of no rows beside the error line
    (cluster60): a file this run made and never committed to is removed; one line, exit 1. An output
    that was there before is kept, cut back to what it held."""
    src = write_jsonl(tmp_path / "s.jsonl", make_stories(2, seed=9, sentences=6))
    out = tmp_path / "briefs.jsonl"

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert main(["batch", str(src), "-o", str(out), "--jobs", "1", "--quiet", "-w", "60"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"newsbrief: error: {out}: cannot write it (No space left on device)"
    ]
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.jsonl"]
    out.write_bytes(b"")  # there before the run: kept
    assert main(["batch", str(src), "-o", str(out), "--jobs", "1", "--quiet", "-w", "60"]) == 1
    assert out.read_bytes() == b""


def test_no_more_workers_than_the_chunks_of_the_stories(tmp_path, monkeypatch):
    """`batch -j 1000` on 2 stories forked and warmed 1000 workers before any story was read (over a
    minute on 2 cores, cli47): the first stories are read first, and a pool gets no more processes
    than their chunks when they are all the input (a pool still: a story that kills its worker fails
    alone); with more stories than the processes' chunks, every process asked for."""
    from newsbrief.batch import runners

    made: list[int] = []

    class Pool(runners.InProcess):  # the pool's size noted; its stories run here
        def __init__(self, opts: Options, jobs: int) -> None:
            super().__init__(opts)
            made.append(jobs)

    monkeypatch.setattr(runners, "LocalPool", Pool)
    src = write_jsonl(tmp_path / "s.jsonl", make_stories(2, seed=9, sentences=6))
    assert run(src, tmp_path / "a.jsonl", jobs=1000, words=60, analysis=False, progress="off").done == 2
    assert (
        run(src, tmp_path / "b.jsonl", jobs=1000, chunk=1, words=60, analysis=False, progress="off").done == 2
    )
    more = write_jsonl(tmp_path / "m.jsonl", make_stories(7, seed=9, sentences=3))
    assert (
        run(more, tmp_path / "c.jsonl", jobs=3, chunk=2, words=60, analysis=False, progress="off").done == 7
    )
    assert list(newsbrief.batch(src, jobs=50, chunk=1, words=60, analysis=False)) != []
    assert made == [1, 2, 3, 2]


def test_an_output_of_another_input_is_refused_and_a_resume_goes_on(tmp_path, capsys):
    """`batch b.jsonl -o results-of-a.jsonl` appended b's briefs to a's (cli47): an output holding
    stories but none of the input's first ones is refused, one line naming it, and left as it was;
    the input's own output resumes, also after stories were added to the input; --restart replaces."""
    rows = make_stories(4, seed=9, sentences=6)
    a = write_jsonl(tmp_path / "a.jsonl", rows[:2])
    b = write_jsonl(tmp_path / "b.jsonl", rows[2:])
    out = tmp_path / "o.jsonl"
    args = ["-o", str(out), "-j", "1", "-q", "-w", "60", "--no-analysis"]
    assert main(["batch", str(a), *args]) == 0
    kept = out.read_bytes()
    capsys.readouterr()
    assert main(["batch", str(b), *args]) == 2
    assert capsys.readouterr().err == (
        f"newsbrief: error: --output {out}: holds the briefs of another input (none of this input's first"
        " 2 stories, such as 'story-002'): give another output, or add --restart to replace it\n"
    )
    assert out.read_bytes() == kept and not sinks.errors_path(out).exists()
    write_jsonl(a, rows[:3])  # a story added to the input: resumed
    assert main(["batch", str(a), *args]) == 0
    assert "1 done, 2 skipped, 0 failed" in capsys.readouterr().err
    assert main(["batch", str(b), *args, "--restart"]) == 0
    assert ids_of(out) == ["story-002", "story-003"]


def test_an_input_whose_story_ids_repeat_another_inputs_is_refused(tmp_path, capsys, monkeypatch):
    """`batch day1 -o o.jsonl`, then `batch day2 -o o.jsonl`, both folders of stories `001` and `002`:
    day2 took day1's output for its own and skipped every story as done, "0 done, 2 skipped", exit 0
    (cli48). The output's first brief names its input (`day1#001/...`): refused, the output as it was;
    day1 resumes, also named from another folder."""
    rows = make_stories(4, seed=5, sentences=6)
    for day, part in (("day1", rows[:2]), ("day2", rows[2:])):
        for k, row in enumerate(part, 1):
            story = tmp_path / day / f"{k:03d}"
            story.mkdir(parents=True)
            for j, doc in enumerate(row["documents"], 1):
                (story / f"doc{j}.txt").write_text(doc, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    args = ["-o", str(out), "-j", "1", "-q", "-w", "60", "--no-analysis"]
    assert main(["batch", str(tmp_path / "day1"), *args]) == 0
    kept = out.read_bytes()
    capsys.readouterr()
    assert main(["batch", str(tmp_path / "day2"), *args]) == 2
    assert capsys.readouterr().err == (
        f"newsbrief: error: --output {out}: holds the briefs of another input (story '001' of it was read"
        f" from {tmp_path / 'day1'}, not {tmp_path / 'day2'}): give another output, or add --restart to"
        " replace it\n"
    )
    assert out.read_bytes() == kept
    monkeypatch.chdir(tmp_path)
    assert main(["batch", "day1/", *args]) == 0
    assert "0 done, 2 skipped, 0 failed" in capsys.readouterr().err


def test_an_input_of_the_same_name_and_ids_but_other_stories_is_refused(tmp_path, capsys):
    """`batch d1/test.src -o o.jsonl`, then `batch d2/test.src -o o.jsonl`: the same name and the same
    ids (`test.src-1`), other stories: every story was skipped as done, exit 0 (cli48). A document of the
    output's first brief is not among the input's story's documents: refused; d1 resumes."""
    rows = make_stories(4, seed=6, sentences=6)
    out = tmp_path / "o.jsonl"
    args = ["-o", str(out), "-j", "1", "-q", "-w", "60", "--no-analysis"]
    for day, part in (("d1", rows[:2]), ("d2", rows[2:])):
        (tmp_path / day).mkdir()
        lines = (" ||||| ".join(d.replace("\n", " ") for d in r["documents"]) for r in part)
        (tmp_path / day / "test.src").write_text("".join(line + "\n" for line in lines))
    assert main(["batch", str(tmp_path / "d1" / "test.src"), *args]) == 0
    kept = out.read_bytes()
    capsys.readouterr()
    assert main(["batch", str(tmp_path / "d2" / "test.src"), *args]) == 2
    assert capsys.readouterr().err == (
        f"newsbrief: error: --output {out}: holds the briefs of another input (story 'test.src-1' of it is"
        " another story of that id: its documents differ): give another output, or add --restart to"
        " replace it\n"
    )
    assert out.read_bytes() == kept
    assert main(["batch", str(tmp_path / "d1" / "test.src"), *args]) == 0
    assert "0 done, 2 skipped, 0 failed" in capsys.readouterr().err


def test_bad_rows_of_two_inputs_have_ids_of_their_own(tmp_path, capsys):
    """A bad row with no id was `line-N` in every input: `b.jsonl`, its first line broken like
    `a.jsonl`'s, took a's output for its own (cli47's check saw `line-1` in it), appended its briefs
    to a's and never wrote its own reason (cli48). The id names the file now: b is refused."""
    rows = make_stories(4, seed=9, sentences=6)
    for r in rows:
        del r["id"]  # content ids: the stories of a and b differ
    a = write_jsonl(tmp_path / "a.jsonl", rows[:2], {0: "{broken"})
    b = write_jsonl(tmp_path / "b.jsonl", rows[2:], {0: "{broken"})
    out = tmp_path / "o.jsonl"
    args = ["-o", str(out), "-j", "1", "-q", "-w", "60", "--no-analysis"]
    assert main(["batch", str(a), *args]) == 1
    kept = out.read_bytes(), sinks.errors_path(out).read_bytes()
    assert [json.loads(x)["id"] for x in kept[1].splitlines()] == ["a.jsonl-line-1"]
    capsys.readouterr()
    assert main(["batch", str(b), *args]) == 2
    assert "holds the briefs of another input" in capsys.readouterr().err
    assert (out.read_bytes(), sinks.errors_path(out).read_bytes()) == kept
    assert main(["batch", str(a), *args]) == 1  # its own output: resumed, nothing redone
    assert "0 done, 2 skipped, 1 failed" in capsys.readouterr().err
    assert sinks.errors_path(out).read_bytes() == kept[1]


def test_bad_rows_of_two_same_named_inputs_do_not_mix_their_outputs(tmp_path, capsys):
    """`a/x.jsonl` and `b/x.jsonl` both open with a broken row, `x.jsonl-line-1` in each: b took a's
    output for its own, appended its brief to a's and never wrote its own reason (cli49). An output
    holding a story the input's first stories are not, while one of them is unrecorded, is refused."""
    rows = make_stories(4, seed=9, sentences=6)
    for r in rows:
        del r["id"]  # content ids: the stories of a and b differ
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = write_jsonl(tmp_path / "a" / "x.jsonl", rows[:2], {0: "{broken"})
    b = write_jsonl(tmp_path / "b" / "x.jsonl", rows[2:], {0: "{broken"})
    out = tmp_path / "o.jsonl"
    args = ["-o", str(out), "-j", "1", "-q", "-w", "60", "--no-analysis"]
    assert main(["batch", str(a), *args]) == 1
    kept = out.read_bytes(), sinks.errors_path(out).read_bytes()
    capsys.readouterr()
    assert main(["batch", str(b), *args]) == 2
    assert "holds the briefs of another input (story 'story-" in capsys.readouterr().err
    assert (out.read_bytes(), sinks.errors_path(out).read_bytes()) == kept
    write_jsonl(a, rows[:3], {0: "{broken"})  # a story added to a: resumed
    assert main(["batch", str(a), *args]) == 1
    assert "1 done, 2 skipped, 1 failed" in capsys.readouterr().err


@pytest.mark.parametrize("restart", [False, True])
def test_a_batch_writing_an_output_keeps_another_from_it(tmp_path, capsys, restart):
    """A resume started while a run wrote the same output briefed every story not yet written again
    (each written twice), its start cut the other's row in flight, and `--restart` deleted the file
    the other went on writing into (cli50): refused while `<output>.lock` is held, the output as it
    was; once the run ends the lock file is gone and the resume goes on."""
    import fcntl

    src = write_jsonl(tmp_path / "s.jsonl", make_stories(2, seed=9, sentences=6))
    out = tmp_path / "o.jsonl"
    out.write_bytes(b'{"id": "story-000"')  # a row in flight
    args = ["batch", str(src), "-o", str(out), "-j", "1", "-q", "-w", "60", "--no-analysis"]
    with open(sinks.lock_path(out), "w") as other:  # another batch, running
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert main(args + (["--restart"] if restart else [])) == 1
        assert capsys.readouterr().err == (
            f"newsbrief: error: {out}: another batch is writing it now; wait for it to end or give another"
            " output\n"
        )
        assert out.read_bytes() == b'{"id": "story-000"' and not sinks.errors_path(out).exists()
    assert main(args) == 0
    assert ids_of(out) == ["story-000", "story-001"] and not sinks.lock_path(out).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_what_stands_at_the_lock_path_and_is_no_file_is_left_alone(tmp_path):
    """A FIFO named `<output>.lock` was opened, locked and deleted at the run's end (cli51): the lock is
    skipped, as for a lock that cannot be made, and the FIFO kept."""
    out = tmp_path / "o.jsonl"
    os.mkfifo(sinks.lock_path(out))
    with sinks.held(out):
        pass
    assert stat.S_ISFIFO(sinks.lock_path(out).stat().st_mode)


def test_review50_a_lock_file_unlinked_before_the_lock_is_taken_is_opened_again(tmp_path, monkeypatch):
    """A run that ends between another's open of `<output>.lock` and its `flock` unlinks the file: a lock
    held on it then keeps no third run out (a new file at the path, locked anew), so two would write the
    output at once. `held` opens the lock file again until the file it locked is the one at the path."""
    import fcntl

    out = tmp_path / "o.jsonl"
    real = fcntl.flock
    ended = []

    def flock(fd, op):
        if not ended:  # the run before ends just now: its lock file goes
            ended.append(True)
            sinks.lock_path(out).unlink()
        return real(fd, op)

    monkeypatch.setattr(fcntl, "flock", flock)
    with sinks.held(out):
        assert len(ended) == 1 and sinks.lock_path(out).exists()
        # a third run
        with pytest.raises(OutputError, match="another batch is writing it now"), sinks.held(out):
            pass
    assert not sinks.lock_path(out).exists()
