"""scripts/brief_hashes.py: the output-identity tool reads the shared folder it is given (--shared, or
NEWSBRIEF_SHARED), so a worktree outside the checkout's parent can use it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "brief_hashes.py"


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_shared_option_names_the_folder_it_reads(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    done = _run("--shared", str(missing))
    assert done.returncode == 1
    assert done.stderr.strip() == f"brief_hashes: error: {missing / 'data'}: not found"


def test_env_sets_the_default_shared_folder(tmp_path: Path) -> None:
    missing = tmp_path / "elsewhere"
    done = _run(env={"NEWSBRIEF_SHARED": str(missing)})
    assert done.returncode == 1
    assert str(missing / "data") in done.stderr


def test_hashes_the_example_and_seeds_of_a_small_shared_folder(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    for name in ("longbench-multinews-dev.jsonl", "duc2003-task2-dev.jsonl"):
        (tmp_path / "data" / name).write_text("")
    (tmp_path / "seeds").mkdir()
    done = _run("--shared", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("2 briefs, overall ")


# A lower-cased story (the Multi-News+ path), our own writing.
_CASELESS = {
    "id": "caseless-ferry-strike",
    "documents": [
        "ferry crews in port avel walked out on tuesday over pay , the union said . "
        "the strike stopped 14 crossings .",
        "the port avel ferry strike cancelled 14 crossings on tuesday , union leader mira tosk said .",
    ],
}


def _with_sets(tmp_path: Path) -> Path:
    """A shared folder whose default sets are empty and whose multinews-plus-dev holds one story."""
    (tmp_path / "data").mkdir()
    for name in ("longbench-multinews-dev.jsonl", "duc2003-task2-dev.jsonl"):
        (tmp_path / "data" / name).write_text("")
    refused = {"id": "caseless-all-blank", "documents": ["   ", ""]}
    rows = [json.dumps(_CASELESS), json.dumps(refused)]
    (tmp_path / "data" / "multinews-plus-dev.jsonl").write_text("\n".join(rows) + "\n")
    (tmp_path / "seeds").mkdir()
    return tmp_path


def test_set_option_hashes_the_named_dev_set(tmp_path: Path) -> None:
    shared = _with_sets(tmp_path)
    plain = _run("--shared", str(shared))
    assert [line.split()[0] for line in plain.stdout.splitlines()[:-1]] == ["seeds", "example"]
    done = _run("--shared", str(shared), "--set", "multinews-plus-dev", "--set", "longbench-multinews-dev")
    assert done.returncode == 0, done.stderr
    names = [line.split()[0] for line in done.stdout.splitlines()[:-1]]
    assert names == ["caseless-ferry-strike", "caseless-all-blank", "seeds", "example"]


def test_a_refused_story_hashes_its_error_and_warnings_are_left_out(tmp_path: Path) -> None:
    shared = _with_sets(tmp_path)
    rows = (shared / "data" / "multinews-plus-dev.jsonl").read_text().splitlines()
    warned = {**_CASELESS, "id": "caseless-one-blank", "documents": [*_CASELESS["documents"], " "]}
    (shared / "data" / "multinews-plus-dev.jsonl").write_text("\n".join([*rows, json.dumps(warned)]) + "\n")
    done = _run("--shared", str(shared), "--set", "multinews-plus-dev")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    hashes = dict(line.split() for line in done.stdout.splitlines()[:-1])
    assert hashes["caseless-all-blank"] != hashes["caseless-ferry-strike"]
    # the warning (a blank document left out) is not printed nor hashed: the JSON's hash, as before
    from newsbrief.pipeline import brief
    from newsbrief.render import render

    path = str(shared / "data" / "multinews-plus-dev.jsonl")
    alone = hashlib.sha256(render(brief([path], story="caseless-one-blank", timings=False), "json").encode())
    assert hashes["caseless-one-blank"] == alone.hexdigest()
    plain = hashlib.sha256(
        render(brief([path], story="caseless-ferry-strike", timings=False), "json").encode()
    )
    assert hashes["caseless-ferry-strike"] == plain.hexdigest()


def test_set_option_reaches_the_against_run(tmp_path: Path) -> None:
    shared = _with_sets(tmp_path)
    src = str(SCRIPT.parents[1] / "src")
    done = _run(
        "--shared", str(shared), "--set", "multinews-plus-dev", "--against", src, env={"PYTHONPATH": src}
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"differ from {src}: 0"
    assert done.stdout.splitlines()[0].startswith("caseless-ferry-strike ")


def test_set_option_refuses_an_unknown_or_missing_set(tmp_path: Path) -> None:
    shared = _with_sets(tmp_path)
    done = _run("--shared", str(shared), "--set", "multinews-plus-train")
    assert done.returncode == 1
    assert done.stderr.strip().startswith("brief_hashes: error: --set multinews-plus-train: not a dev set")
    done = _run("--shared", str(shared), "--set", "duc2006-dev")
    assert done.returncode == 1
    assert done.stderr.strip() == f"brief_hashes: error: {shared / 'data' / 'duc2006-dev'}.jsonl: not found"


def test_compare_reads_a_saved_stdout_with_its_overall_line(tmp_path: Path) -> None:
    shared = _with_sets(tmp_path)
    first = _run("--shared", str(shared))
    saved = tmp_path / "before.txt"
    saved.write_text(first.stdout)
    done = _run("--shared", str(shared), "--compare", str(saved))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"differ from {saved}: 0"
