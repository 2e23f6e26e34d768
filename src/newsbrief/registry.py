"""One lazy registry for every kind of extension: summarizers, renderers, NER backends, input readers,
story formats.

A registry maps a name to a `"module:attr"` string and imports it only when first asked for, so
start-up stays fast. A plugin package adds entries without touching newsbrief through an entry-point
group (e.g. `newsbrief.summarizers`), declared in its own packaging:

    [project.entry-points."newsbrief.summarizers"]
    mine = "my_package.module:MySummarizer"

Built-in names come first and cannot be overridden; plugins are looked up only for a name that is not
built in (so an ordinary run never scans the installed packages) and listed after the built-ins, by
name. Written by hand rather than with `catalogue`: the whole job is these 60 lines.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from functools import lru_cache
from importlib import import_module
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """Names of one kind of extension -> the object each names, imported on first use."""

    def __init__(self, kind: str, group: str, builtins: Mapping[str, str]) -> None:
        self.kind = kind  # what a name stands for, in messages: "method", "format", ...
        self.group = group  # the entry-point group plugins register under
        self._targets = dict(builtins)
        self._loaded: dict[str, T] = {}

    def _plugins(self) -> dict[str, str]:
        found = dict(_entry_points(self.group, tuple(sys.path)))
        return {n: found[n] for n in sorted(found) if n not in self._targets}

    def builtin_names(self) -> list[str]:
        return list(self._targets)

    def names(self) -> list[str]:
        """Every name: the built-in ones in their order, then the plugins' by name."""
        return [*self._targets, *self._plugins()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._target(name) is not None

    def _target(self, name: str) -> str | None:
        """The target of `name`, else of the one name equal to it but for case: the command line reads
        a choice lower-cased (`options.choice_value`), so a plugin registered as `MyWay` is `-m myway`."""
        target = self._targets.get(name) or self._plugins().get(name)
        if target is not None:
            return target
        same = [n for n in self.names() if n.lower() == name.lower()]
        return (self._targets.get(same[0]) or self._plugins().get(same[0])) if len(same) == 1 else None

    def get(self, name: str) -> T:
        """The object `name` stands for; `KeyError` naming the known names when there is none."""
        if name not in self._loaded:
            target = self._target(name)
            if target is None:
                raise KeyError(f"unknown {self.kind} {name!r}; choose one of {', '.join(self.names())}")
            self._loaded[name] = _load(target)
        return self._loaded[name]


@lru_cache(maxsize=64)
def _entry_points(group: str, path: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(name, "module:attr") of the plugins of `group` installed on `path`, read once per path: a scan
    of the installed packages takes some 50 ms, and the input readers' registry is asked once per
    input file (`brief` of 5,000 files took over two minutes to reach the 500-document limit). Keyed
    on `sys.path`, so a package put on it later is found."""
    from importlib.metadata import entry_points

    return tuple((ep.name, ep.value) for ep in entry_points(group=group))


def _load(target: str) -> Any:
    module, _, attr = target.partition(":")
    obj: Any = import_module(module)
    for part in attr.split(".") if attr else ():
        obj = getattr(obj, part)
    return obj
