"""Reads for the web app's story pages: small data-access functions over a `Store`."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from . import tables as T


def recent_briefs(store: Any, story_id: int, n: int = 2) -> list[tuple[str, list[str], dict[str, Any]]]:
    """The story's last `n` briefs, newest first: (when, the article ids it read, the brief)."""
    b = T.briefs.c
    q = select(b.at, b.article_ids, b.brief).where(b.story_id == story_id).order_by(b.id.desc()).limit(n)
    with store.engine.connect() as conn:
        return [(r.at, json.loads(r.article_ids), json.loads(r.brief)) for r in conn.execute(q)]
