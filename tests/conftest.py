"""Shared fixtures: where ../shared is, and the rule for tests that need it; the test stores (`db`)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
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
