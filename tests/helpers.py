"""Helpers many test files share: a script outside the package loaded as a module; the speakers a brief gives
its quotes; a pattern that counts the texts it reads; a child process started as a terminal starts it."""

from __future__ import annotations

import importlib.util
import signal
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from newsbrief import brief

ROOT = Path(__file__).resolve().parents[1]

# The signals a test sends a child to stop it, as a terminal or `kill` sends them.
STOPS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def as_a_terminal_starts_it() -> None:
    """`preexec_fn` of every child a test sends a signal to: SIGINT, SIGTERM and SIGHUP at their defaults,
    as in a terminal's foreground job. CI runs pytest from a background job of a non-interactive shell,
    whose children inherit SIGINT ignored (session 58's final CI), or under `nohup` (SIGHUP ignored), and
    newsbrief rightly keeps an ignored signal ignored: the child would not stop as the test expects."""
    for s in STOPS:
        signal.signal(s, signal.SIG_DFL)


def load_script(path: str | Path) -> ModuleType:
    """A script of scripts/, bench/ or bench/labels/ (`path` from the repository's root) as a module, loaded
    once a run. Its folder goes first on sys.path (it imports its neighbours, as when run) and the module into
    sys.modules under its file's stem (dataclasses look their class's module up by name there). A script is
    no package module, so `importlib.import_module` alone would not find bench/labels/."""
    path = ROOT / path
    name = path.stem
    loaded = sys.modules.get(name)
    if loaded is not None and Path(getattr(loaded, "__file__", None) or "").resolve() == path.resolve():
        return loaded
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def quotes(*texts: str, words: int = 40, lower: bool = False):
    """The quotes of a brief of `texts`, by their text without its edge punctuation (lower-cased with
    `lower`)."""
    b = brief(texts=list(texts), words=words, timings=False)
    return {(q.text.lower() if lower else q.text).strip(" ,."): q for q in b.quotes}


def speakers(*texts: str, words: int = 40, lower: bool = False) -> dict[str, str | None]:
    """Each quote's speaker in a brief of `texts`, by the quote's text (see `quotes`)."""
    return {text: q.speaker for text, q in quotes(*texts, words=words, lower=lower).items()}


def speakers_and_rules(*texts: str, words: int = 40) -> dict[str, tuple[str | None, str | None]]:
    """Each quote's speaker and the rule that named or refused it, by the quote's text (see `quotes`)."""
    return {text: (q.speaker, q.speaker_rule) for text, q in quotes(*texts, words=words).items()}


def cased_and_lower(text: str) -> list[str]:
    """`text` as written and lower-cased: a rule meant for both readings is tested on each."""
    return [text, text.lower()]


class Counted:
    """A compiled pattern that records each text its `findall`, `finditer` or `sub` reads, in `texts` (its
    other methods read uncounted): put in place of a module's pattern (`monkeypatch.setattr`) to test that a
    text is read once, not again for each use."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.texts: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def findall(self, text: str) -> list[Any]:
        self.texts.append(text)
        return self.pattern.findall(text)

    def finditer(self, text: str) -> Any:
        self.texts.append(text)
        return self.pattern.finditer(text)

    def sub(self, repl: Any, text: str) -> str:
        self.texts.append(text)
        return self.pattern.sub(repl, text)
