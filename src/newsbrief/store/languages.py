"""Each language's document frequencies in a store, counted one ingest at a time.

An article that is not English (`cluster.vectors.language`: few English stop words; keyed by the script
most of its letters are in) cannot be weighed by the shipped English table, which has "de", "la" or
"في" as rare as a name. A one-shot run weighs it by its pile's articles of that language
(`vectors.pile_idf`); a store keeps those counts (`language_docs`, `language_terms`: migration 11) and
adds each ingest's new articles to them before weighing those (`weigh_new`), so an article is weighed
by every stored article of its language and the ingest's own, as one-shot weighs it by its pile. The
counts are sums, the same whatever order or ingests the articles came in (tested); an article's vector
is fixed when it is stored (the store keeps vectors, not a model), so one stored when its language held
few articles keeps the weights those gave.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, select

from ..cluster.vectors import Idf, document_terms, language, term_counts, weigh
from . import tables as T
from .index import IN_CHUNK, executemany


def counted(conn: Connection, lang: str, documents: Sequence[Iterable[str]]) -> Idf:
    """Add `documents` (each its set of terms, `vectors.document_terms`) to `lang`'s frequencies; the
    frequencies of their terms now (those of other terms are not read)."""
    df: Counter[str] = Counter()
    for terms in documents:
        df.update(terms)
    executemany(
        conn,
        "INSERT INTO language_docs (lang, documents) VALUES (?, ?) ON CONFLICT (lang) "
        "DO UPDATE SET documents = language_docs.documents + excluded.documents",
        [(lang, len(documents))],
    )
    executemany(
        conn,
        "INSERT INTO language_terms (lang, term, df) VALUES (?, ?, ?) ON CONFLICT (lang, term) "
        "DO UPDATE SET df = language_terms.df + excluded.df",
        [(lang, t, n) for t, n in sorted(df.items())],
    )
    d, lt = T.language_docs.c, T.language_terms.c
    n = conn.execute(select(d.documents).where(d.lang == lang)).scalar_one()
    terms = sorted(df)
    now: dict[str, int] = {}
    for k in range(0, len(terms), IN_CHUNK):
        q = select(lt.term, lt.df).where(lt.lang == lang, lt.term.in_(terms[k : k + IN_CHUNK]))
        now.update(conn.execute(q).all())
    return Idf(n, now)


def weigh_new(conn: Connection, fresh: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """An ingest's new articles (document, prepared piece), those of a language other than English
    (`Ready.lang`) counted in their language's frequencies and weighed by them (`vec`, `vec_json`);
    the others as they came. Languages in name order, articles in the order given."""
    by_lang: dict[str, list[int]] = {}
    for k, (_, p) in enumerate(fresh):
        if getattr(p, "lang", ""):
            by_lang.setdefault(p.lang, []).append(k)
    if not by_lang:
        return fresh
    out = list(fresh)
    for lang in sorted(by_lang):
        ks = by_lang[lang]
        idf = counted(conn, lang, [out[k][1].terms for k in ks])
        for k in ks:
            d, p = out[k]
            vec = weigh(dict(p.counts), idf)
            out[k] = (d, replace(p, vec=vec, vec_json=json.dumps(list(vec.items()))))
    return out


def language_view(text: str, title: str | None) -> tuple[str, tuple[tuple[str, int], ...], tuple[str, ...]]:
    """What `weigh_new` needs of an article, made where it is prepared: its language ("" for English:
    the table weighs it), its term occurrences and its terms (none for English)."""
    lang = language(text)
    if not lang:
        return "", (), ()
    counts = term_counts(text, title, True)
    return lang, tuple(sorted(counts.items())), tuple(sorted(document_terms(text, title)))
