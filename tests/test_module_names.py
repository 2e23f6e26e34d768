"""No module of the package binds one top-level name twice.

Python keeps the last binding, so a function or pattern defined again further down a long rules module
silently replaces the first for every caller, including the callers written for the first (session 29
found four: `_titles_only` and `_ASKED` in attribution, `_SPEECH_VERB` in coreference, `_TIME_NOUNS` in
claims). ruff's F811 only reports a redefinition whose first binding was never used.
"""

from __future__ import annotations

import ast
from pathlib import Path

import newsbrief

PACKAGE = Path(newsbrief.__file__).parent


def _bound(node: ast.stmt) -> list[str]:
    """The names a top-level statement binds: a def or class, or plain `NAME = …` / `NAME: T = …`."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    return []


def rebound(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, second line) for every top-level name a module binds twice."""
    first: dict[str, int] = {}
    out = []
    for node in ast.parse(source).body:
        for name in _bound(node):
            if name in first:
                out.append((name, first[name], node.lineno))
            first.setdefault(name, node.lineno)
    return out


def test_rebound_finds_a_second_binding() -> None:
    source = "import re\n_A = re.compile('a')\n\ndef f():\n    return _A\n\n_A = re.compile('b')\n"
    assert rebound(source) == [("_A", 2, 7)]
    assert rebound("def f():\n    pass\n\nclass G:\n    pass\n") == []


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{second}: {name} (first bound at line {first})"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name, first, second in rebound(path.read_text(encoding="utf-8"))
    ]
    assert found == []
