"""Shared fixtures: where ../shared is, and the rule for tests that need it; the test stores (`db`).
Also this tree's `src` first, for these tests and the processes they start (`_test_this_tree`)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def _test_this_tree() -> None:
    """Put this tree's `src` first on `sys.path` and on `PYTHONPATH` (which every child the tests start
    inherits), and drop a `newsbrief` already imported from elsewhere. Without it, pytest in a git worktree
    imported the editable install's tree (/work/main/src) and tested main, not the change (session 56)."""
    here = str(SRC)
    sys.path[:] = [here, *(p for p in sys.path if p != here)]
    inherited = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p != here]
    os.environ["PYTHONPATH"] = os.pathsep.join([here, *inherited])
    loaded = sys.modules.get("newsbrief")
    if loaded is not None and not Path(loaded.__file__ or "").resolve().is_relative_to(SRC):
        for name in [n for n in sys.modules if n == "newsbrief" or n.startswith("newsbrief.")]:
            del sys.modules[name]


_test_this_tree()
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", ROOT.parent / "shared"))


def _need(path: Path, what: str) -> Path:
    if path.exists():
        return path
    if os.environ.get("NEWSBRIEF_REQUIRE_SHARED") == "1":
        pytest.fail(f"{what} is required (NEWSBRIEF_REQUIRE_SHARED=1) but {path} is missing")
    pytest.skip(f"{what} not available at {path}")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder: skip without it, fail when NEWSBRIEF_REQUIRE_SHARED=1."""
    return _need(SHARED, "../shared")


@pytest.fixture(scope="session")
def seeds(shared: Path) -> list[Path]:
    return sorted(_need(shared / "seeds", "../shared/seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def data_dir(shared: Path) -> Path:
    return _need(shared / "data", "../shared/data")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of a Chromium binary: skip without one, fail when NEWSBRIEF_REQUIRE_BROWSER=1."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    if os.environ.get("NEWSBRIEF_REQUIRE_BROWSER") == "1":
        pytest.fail("chromium is required (NEWSBRIEF_REQUIRE_BROWSER=1) but not found")
    pytest.skip("no chromium on PATH")


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store for each test: a SQLite file, and an emptied PostgreSQL store (`store_db.pg_url`: skip
    without one). test_store and test_store_languages had a copy each."""
    if request.param == "sqlite":
        return str(tmp_path / "news.db")
    from store_db import pg_url, reset_pg

    url = pg_url()
    reset_pg(url)
    return url
