"""bench/bench_profile.py: a sampling profile of whole briefs, tabled by stage, line and function."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bench_profile as bp

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_profile.py"


def test_tables_share_samples_by_stage_line_and_function() -> None:
    run = ("bench_profile.py:<module>:9", "bench_profile.py:main:8", "bench_profile.py:run:7")
    brief = (*run, "pipeline.py:brief_raws:80", "contextlib.py:inner:81", "pipeline.py:brief_story:160")
    stacks = [
        ((*brief, "functools.py:__get__:1001", "model.py:alignment:315", "align/__init__.py:align:200"), 3),
        ((*brief, "summarize/default.py:select:120", "readability.py:needs:1041"), 1),
        ((*run, "pipeline.py:brief_raws:82", "pipeline.py:prepare_story:105", "clean/clean.py:clean:540"), 1),
        ((*run, "stories.py:iter_stories:10"), 1),
    ]
    out = bp.tables(stacks, top=10)
    assert out[0] == "6 samples"
    stage = out[out.index(next(x for x in out if x.startswith("== by stage"))) + 1 :][:4]
    assert stage == [
        " 50.00%  model.py:alignment",
        " 16.67%  summarize/default.py:select",
        " 16.67%  clean/clean.py:clean",
        " 16.67%  outside pipeline.py:brief_raws",
    ]
    assert " 50.00%  align/__init__.py:align:200" in out  # self, by line
    assert " 66.67%  pipeline.py:brief_story" in out  # with callees
    assert not [x for x in out if "bench_profile.py:main" in x]  # in every sample: no news


def test_a_sample_is_the_stack_outermost_first() -> None:
    profile = bp.Profile()

    def inner() -> None:
        profile.sample(sys._getframe())

    for _ in range(2):
        inner()
    ((stack, n),) = profile.stacks.items()
    assert n == 2 and profile.total() == 2
    assert stack[-1].startswith("test_bench_profile.py:inner:")
    assert stack[-2].startswith("test_bench_profile.py:test_a_sample_is_the_stack_outermost_first:")


def test_a_frame_outside_the_package_is_named_by_its_file_in_a_checkout_named_newsbrief() -> None:
    """A checkout folder named newsbrief (CI's clone) is not the package: its tests/x.py is x.py."""
    ns: dict[str, object] = {}
    exec(compile("import sys\nframe = sys._getframe()", "/tmp/newsbrief/tests/t.py", "exec"), ns)
    assert bp.frame_name(ns["frame"]) == "t.py:<module>"  # type: ignore[arg-type]
    inside = bp.PACKAGE_DIR / "pipeline.py"
    exec(compile("import sys\nframe = sys._getframe()", str(inside), "exec"), ns)
    assert bp.frame_name(ns["frame"]) == "pipeline.py:<module>"  # type: ignore[arg-type]


def test_bad_options_are_one_line_and_no_traceback(tmp_path: Path) -> None:
    for args in (["--limit", "0"], ["--interval-ms", "0"], ["--data", str(tmp_path / "none.jsonl")]):
        run = subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True)
        assert run.returncode == 2, args
        assert "Traceback" not in run.stderr and "error: --" in run.stderr.strip().splitlines()[-1], args
