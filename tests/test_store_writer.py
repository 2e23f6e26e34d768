"""One writer at a time on a SQLite store (`store/writer.py`): two processes ingesting into one store,
or creating one, each meet the other's work in the middle of their own (forced here with a thread)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from newsbrief.model import RawDoc
from newsbrief.store import Store, index, migrations

ARTICLES = [
    "The harbour council voted on Tuesday to rebuild the old ferry pier, which a storm damaged last winter. "
    "The mayor said the work would begin in the spring and take about eight months to finish.",
    "A new tram line will link the university to the central station from next year, the transport "
    "authority said on Monday. The line will have twelve stops and trams every six minutes.",
    "Frost in late April destroyed much of the apple blossom in the valley's orchards, growers said. "
    "Some farms expect to lose half of this year's harvest and have asked for emergency support.",
]


def _docs(tag: str, texts: list[str]) -> list[RawDoc]:
    return [RawDoc(id=f"{tag}{k}", source=f"{tag}{k}.txt", raw=t) for k, t in enumerate(texts)]


def _meanwhile(real: Callable, other: Callable[[], object]) -> tuple[Callable, dict]:
    """`real`, made to run `other()` in a thread the first time it is called, giving it 2 s to finish
    before going on: without one writer at a time, the other process's whole work falls there. Also the
    dict that gets the thread and its result."""
    seen: dict = {}

    def wrapped(*args: object, **kwargs: object) -> object:
        if not seen:
            thread = threading.Thread(target=lambda: seen.setdefault("result", other()))
            seen["thread"] = thread
            thread.start()
            thread.join(2.0)
        return real(*args, **kwargs)

    return wrapped, seen


def test_two_ingests_at_once_store_every_article_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both read the same last ingest and numbered theirs alike: the second failed on `ingests.id`
    (an IntegrityError traceback from `ingest`, its articles not stored) (cli45)."""
    db = str(tmp_path / "s.db")
    with Store(db) as first:
        first.add(_docs("f", ARTICLES[:1]))
    one, two = Store(db), Store(db)
    wrapped, seen = _meanwhile(index.neighbourhood, lambda: two.add(_docs("b", ARTICLES[2:])))
    monkeypatch.setattr(index, "neighbourhood", wrapped)
    one.add(_docs("a", ARTICLES[1:2]))
    seen["thread"].join(60)
    assert seen["result"].added == 1
    assert one.count() == 3 and sorted(len(g.members) for g in one.stories()) == [1, 1, 1]
    one.close()
    two.close()


def test_two_processes_making_one_store_at_once_both_open_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ran the new store's migrations: the second failed, "table ... already exists" or "UNIQUE
    constraint failed: newsbrief_migrations.version" (cli45)."""
    db = str(tmp_path / "new.db")
    first = migrations.MIGRATIONS[0]
    wrapped, seen = _meanwhile(first.apply, lambda: Store(db))
    step = migrations.Migration(first.version, first.name, wrapped)
    monkeypatch.setattr(migrations, "MIGRATIONS", (step, *migrations.MIGRATIONS[1:]))
    with Store(db) as store:
        seen["thread"].join(60)
        assert isinstance(seen.get("result"), Store)
        assert migrations.version(store.engine) == migrations.LATEST
    seen["result"].close()
