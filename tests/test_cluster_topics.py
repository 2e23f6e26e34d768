"""scripts/build_cluster_topics.py (session 40's topic space, not shipped): the file it writes and the
topic vector it reads from it, on invented terms."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from helpers import load_script

pytest.importorskip("sklearn")


def _script():
    return load_script("scripts/build_cluster_topics.py")


def test_topic_space_round_trip_and_topic_vectors(tmp_path: Path) -> None:
    mod = _script()
    # three terms x two dimensions; the second dimension's largest entry is negative: its sign flips
    comp = np.array([[0.8, 0.0, 0.6], [0.1, -0.9, 0.2]])
    svd = SimpleNamespace(components_=comp, explained_variance_ratio_=np.array([0.3, 0.1]))
    out = tmp_path / "topics.npz"
    assert mod.write(out, ["ferri", "harbour", "vote"], svd) == pytest.approx(0.4)
    space = mod.load(out)
    assert space[0] == {"ferri": 0, "harbour": 1, "vote": 2}
    assert np.allclose(space[1], comp.T * [1, -1], atol=0.01)
    # a term out of the space adds nothing
    got = mod.topic(space, {"ferri": 0.6, "vote": 0.8, "kessington": 0.5})
    want = np.array([0.6 * 0.8 + 0.8 * 0.6, -(0.6 * 0.1 + 0.8 * 0.2)])
    assert np.allclose(got, want / np.linalg.norm(want), atol=0.01)
    assert mod.topic(space, {"kessington": 1.0}) is None
    assert mod.left_out(10, 3) == mod.left_out(10, 3) and len(mod.left_out(10, 3)) == 3


def test_measure_of_a_missing_file_is_a_usage_error(tmp_path: Path, capsys) -> None:
    # review40: `--measure` of a space not built yet, or with a missing --closed, ended in a traceback
    mod = _script()
    built = tmp_path / "topics.npz"
    built.write_bytes(b"")
    for argv in (
        ["--out", str(tmp_path / "none.npz")],
        ["--out", str(built), "--closed", str(tmp_path / "no")],
    ):
        with pytest.raises(SystemExit) as e:
            mod.main(["--measure", *argv])
        assert e.value.code == 2
        assert "no such file" in capsys.readouterr().err
