"""A store weighs an article that is not English by its language's document frequencies, counted one
ingest at a time (`store/languages.py`, migration 11), as a one-shot run weighs it by its pile's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cluster_languages import ENGLISH, FRENCH

pytest.importorskip("sqlalchemy", reason="the store needs the [store] extra")

from sqlalchemy import select, text

from newsbrief.cluster import engine
from newsbrief.cluster.vectors import pile_idf, vector
from newsbrief.model import Document, RawDoc
from newsbrief.store import Store
from newsbrief.store import tables as T


def _raws(order: list[tuple[str, int]]) -> list[RawDoc]:
    return [RawDoc(id=f"{n}-{k}", source=f"{n}-{k}.txt", raw=FRENCH[n][k]) for n, k in order]


ALL = [(n, k) for n in sorted(FRENCH) for k in range(3)]
# each story's articles spread over three ingests, in an order no story's articles share
SPREAD = [ALL[k] for k in (0, 4, 8, 1, 5, 6, 2, 3, 7)]


def _stories(store: Store) -> list[list[str]]:
    return sorted(sorted(m.document.source.removesuffix(".txt") for m in s.members) for s in store.stories())


def _frequencies(store: Store) -> tuple[list, list]:
    with store.engine.connect() as conn:
        docs = conn.execute(select(T.language_docs).order_by(T.language_docs.c.lang)).all()
        lt = T.language_terms.c
        terms = conn.execute(select(T.language_terms).order_by(lt.lang, lt.term)).all()
    return [tuple(r) for r in docs], [tuple(r) for r in terms]


FRENCH_IDS = [f"{n}-{k}" for n, k in ALL]


def _languages(store: Store) -> dict[str, str | None]:
    with store.engine.connect() as conn:
        return dict(conn.execute(select(T.articles.c.ext_id, T.articles.c.lang)).all())


def _vectors(store: Store) -> dict[str, dict[str, float]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(T.articles.c.ext_id, T.articles.c.vec)).all()
    return {i: dict(json.loads(v)) for i, v in rows}


def test_a_french_ingest_is_weighed_by_french_frequencies_not_the_english_table(db: str) -> None:
    # session 45: the store weighed every article by the English table, which has "la", "de", "les" as
    # rare as names, so a store's French articles all joined one story (MultiLing 2011's French: 0.182)
    with Store(db) as store:
        store.add(_raws(SPREAD))
        assert ["pont-0", "pont-1", "pont-2"] in _stories(store)
        assert len(_stories(store)) >= 2


def test_the_frequencies_are_the_same_whatever_the_order_and_the_ingests(db: str, tmp_path: Path) -> None:
    """Sums over the stored articles: three ingests in one order and one ingest in another count the
    same, and what a one-shot pile of the same articles counts (`vectors.pile_idf`)."""
    with Store(db) as store:
        for k in range(0, 9, 3):
            store.add(_raws(SPREAD[k : k + 3]))
        spread = _frequencies(store)
    with Store(str(tmp_path / "one.db")) as store:
        store.add(_raws(ALL[::-1]))
        assert _frequencies(store) == spread
    pile = pile_idf(f"\n{FRENCH[n][k]}" for n, k in ALL)
    assert spread == ([("latin", 9)], sorted(("latin", t, n) for t, n in pile.df.items()))


def _documents() -> list[Document]:
    raws = [*_raws(ALL), RawDoc(id="en", source="en.txt", raw=ENGLISH)]
    return [Document(id=r.id, source=r.source, title=None, text=r.raw, raw=r.raw) for r in raws]


def test_one_ingest_weighs_an_article_as_a_one_shot_run_of_the_same_articles(db: str) -> None:
    raws = [*_raws(ALL), RawDoc(id="en", source="en.txt", raw=ENGLISH)]
    docs = _documents()
    with Store(db) as store:
        store.add(raws)
        stored = _vectors(store)
        assert _frequencies(store)[0] == [("latin", 9)]  # the English article is not counted
        assert _languages(store) == {**dict.fromkeys(FRENCH_IDS, "latin"), "en": None}
    assert stored == {p.id: p.vec for p in engine.pieces(docs)}
    assert stored["en"] == vector(ENGLISH)  # the table's


def test_migration_11_counts_the_stored_articles_and_weighs_them_again(db: str) -> None:
    with Store(db) as store:
        store.add(_raws(SPREAD[:3]))
        store.add([*_raws(SPREAD[3:]), RawDoc(id="en", source="en.txt", raw=ENGLISH)])
        want, vectors = _frequencies(store), _vectors(store)
        with store.engine.begin() as conn:  # the store as migration 10 left it: the table's vectors
            a = T.articles.c
            for i, title, body in conn.execute(select(a.id, a.title, a.text)).all():
                conn.execute(
                    a.vec.table.update()
                    .where(a.id == i)
                    .values(vec=json.dumps(list(vector(body, title).items())))
                )
            conn.execute(text("DROP TABLE language_terms"))
            conn.execute(text("DROP TABLE language_docs"))
            conn.execute(text("ALTER TABLE articles DROP COLUMN lang"))
            conn.execute(text("DELETE FROM newsbrief_migrations WHERE version = 11"))
    with Store(db) as store:
        assert _frequencies(store) == want  # counted over all nine stored French articles at once
        assert _languages(store) == {**dict.fromkeys(FRENCH_IDS, "latin"), "en": None}
        again = _vectors(store)
        assert again["en"] == vectors["en"] == vector(ENGLISH)
        assert again != vectors  # the first three weighed by all nine, not by themselves alone
        assert again == {p.id: p.vec for p in engine.pieces(_documents())}
        store.add([RawDoc(id="late", source="late.txt", raw=FRENCH["pont"][0] + " Le pont rouvrira.")])
        assert _frequencies(store)[0] == [("latin", 10)]  # counted on from the migrated counts


# two stories in Arabic (our own writing): the same words with and without the article and "and"
ARABIC = [
    "ضرب الزلزال مدينة الساحل صباح الاثنين ودمر المنازل والمدارس في الأحياء القديمة.",
    "قال رجال الإنقاذ إن الزلزال الذي ضرب الساحل دمر منازل ومدارس كثيرة وإن البحث مستمر.",
    "بعد الزلزال فتحت البلدية المدارس للعائلات التي فقدت منازلها في مدينة الساحل.",
    "افتتحت المكتبة الجديدة في وسط العاصمة أبوابها للقراء يوم السبت بعد سنتين من البناء.",
    "زار مئات القراء المكتبة الجديدة والكتب فيها أكثر من أربعين ألف كتاب للكبار والأطفال.",
]


def test_migration_12_counts_and_weighs_arabic_again_without_its_affixes(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # session 46 takes light affixes off Arabic, Hebrew and Hindi words (`cluster/affixes.py`); a store
    # holding such articles counted and weighed them by their whole words: migration 12 does it again
    from newsbrief.cluster import vectors

    raws = [RawDoc(id=f"ar-{k}", source=f"ar-{k}.txt", raw=t) for k, t in enumerate(ARABIC)]
    with Store(str(tmp_path / "fresh.db")) as store:
        store.add(raws[:2])
        store.add(raws[2:])
        fresh = _frequencies(store)
    monkeypatch.setattr(vectors, "stem", lambda w: w)  # the terms as a store before session 46 made them
    with Store(db) as store:
        store.add(raws[:2])
        store.add(raws[2:])
        before, vectors_before = _frequencies(store), _vectors(store)
        assert ("arabic", "والمدا", 1) in before[1]  # "والمدارس": "and the schools" a term of its own
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM newsbrief_migrations WHERE version = 12"))
    monkeypatch.undo()
    with Store(db) as store:
        assert _frequencies(store) == fresh  # the same sums as ingests under the new terms
        again = _vectors(store)
        assert again != vectors_before
        docs = [Document(id=r.id, source=r.source, title=None, text=r.raw, raw=r.raw) for r in raws]
        assert again == {p.id: p.vec for p in engine.pieces(docs)}  # weighed by all five, as one-shot


def test_migration_12_leaves_a_store_without_those_scripts_as_it_was(db: str) -> None:
    with Store(db) as store:
        store.add(_raws(SPREAD[:3]))
        store.add(_raws(SPREAD[3:]))
        want, vectors = _frequencies(store), _vectors(store)
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM newsbrief_migrations WHERE version = 12"))
    with Store(db) as store:
        assert (_frequencies(store), _vectors(store)) == (want, vectors)  # French kept its first weights
