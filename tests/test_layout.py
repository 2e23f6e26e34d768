"""The runtime package holds no development code: no scikit-learn, and no stage imports `evaluation`."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsbrief"


def _imports(path: Path) -> list[str]:
    """Absolute names of every module `path` imports (relative imports resolved)."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = parts[:-1]  # a module's package; for __init__.py, the package itself
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            mod = ".".join([*base, *([node.module] if node.module else [])])
            out += [mod] + [f"{mod}.{a.name}" for a in node.names]
    return out


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_import_scan_sees_imports() -> None:
    found = _imports(PACKAGE / "evaluation" / "oracle.py")
    assert "newsbrief.evaluation.prepare" in found and "newsbrief.summarize.base" in found


def test_no_module_imports_scikit_learn() -> None:
    bad = [str(p) for p in _modules() if any(m.split(".")[0] == "sklearn" for m in _imports(p))]
    assert not bad


def test_no_runtime_stage_imports_evaluation() -> None:
    runtime = [p for p in _modules() if p.relative_to(PACKAGE).parts[0] != "evaluation"]
    bad = [
        str(p.relative_to(PACKAGE))
        for p in runtime
        if any(m == "newsbrief.evaluation" or m.startswith("newsbrief.evaluation.") for m in _imports(p))
    ]
    assert not bad


def test_training_and_label_scoring_live_outside_the_package() -> None:
    assert not (PACKAGE / "summarize" / "learn.py").exists()
    assert not (PACKAGE / "summarize" / "oracle.py").exists()
    assert not (PACKAGE / "analyze" / "labels.py").exists()
    assert not (PACKAGE / "ingest" / "normalize.py").exists()
