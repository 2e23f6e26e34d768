"""The learned sentence scorer: weights read from a plain JSON file and evaluated with numpy.

Format (`default_weights.json`, no pickle):

```
{"format": "newsbrief-scorer/1",
 "kind": "linear" | "trees",
 "features": [name, ...],            # column order, names from summarize.features.NAMES
 "mean": [...], "scale": [...],      # standardisation: x' = (x - mean) / scale
 "coef": [...], "intercept": float,  # kind "linear": score = x' . coef + intercept
 "trees": [{"feature": [...], "threshold": [...], "left": [...], "right": [...], "value": [...]}],
 "learning_rate": float, "init": float,  # kind "trees": score = init + lr * sum(tree(x'))
 "label": "...", "trained_on": "...", "seed": int}
```
Tree nodes are arrays indexed by node id; a leaf has `left == -1`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .features import NAMES

FORMAT = "newsbrief-scorer/1"
WEIGHTS_FILE = "default_weights.json"
CASELESS_WEIGHTS_FILE = "default_weights_caseless.json"  # for stories whose text lost its case


@dataclass(frozen=True)
class Tree:
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray

    def predict(self, x: np.ndarray) -> np.ndarray:
        node = np.zeros(len(x), dtype=np.int64)
        rows = np.arange(len(x))
        while True:
            inner = self.left[node] >= 0
            if not inner.any():
                return self.value[node]
            f = self.feature[node]
            go_left = x[rows, np.where(inner, f, 0)] <= self.threshold[node]
            nxt = np.where(go_left, self.left[node], self.right[node])
            node = np.where(inner, nxt, node)


@dataclass(frozen=True)
class Scorer:
    """A sentence scorer: standardise the features, then a linear model or a sum of trees."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    kind: str = "linear"
    coef: np.ndarray = field(default_factory=lambda: np.zeros(0))
    intercept: float = 0.0
    trees: tuple[Tree, ...] = ()
    learning_rate: float = 1.0
    init: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, matrix: np.ndarray) -> np.ndarray:
        """Scores of the rows of a feature matrix whose columns are `features.NAMES`."""
        if not len(matrix):
            return np.zeros(0)
        cols = [NAMES.index(f) for f in self.features]
        x = (matrix[:, cols] - self.mean) / self.scale
        if self.kind == "linear":
            return x @ self.coef + self.intercept
        # scikit-learn compares float32 features with float64 thresholds: do the same.
        x = x.astype(np.float32).astype(float)
        out = np.full(len(x), self.init)
        for t in self.trees:
            out += self.learning_rate * t.predict(x)
        return out

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "format": FORMAT,
            "kind": self.kind,
            "features": list(self.features),
            "mean": _round(self.mean),
            "scale": _round(self.scale),
        }
        if self.kind == "linear":
            d["coef"] = _round(self.coef)
            d["intercept"] = round(float(self.intercept), 8)
        else:
            d["learning_rate"] = self.learning_rate
            d["init"] = round(float(self.init), 8)
            d["trees"] = [
                {
                    "feature": t.feature.tolist(),
                    "threshold": _round(t.threshold),
                    "left": t.left.tolist(),
                    "right": t.right.tolist(),
                    "value": _round(t.value),
                }
                for t in self.trees
            ]
        d.update(self.meta)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Scorer:
        if d.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} weights file (format={d.get('format')!r})")
        unknown = [f for f in d["features"] if f not in NAMES]
        if unknown:
            raise ValueError(f"weights use unknown features: {', '.join(unknown)}")
        trees = tuple(
            Tree(
                np.asarray(t["feature"], dtype=np.int64),
                np.asarray(t["threshold"], dtype=float),
                np.asarray(t["left"], dtype=np.int64),
                np.asarray(t["right"], dtype=np.int64),
                np.asarray(t["value"], dtype=float),
            )
            for t in d.get("trees", ())
        )
        known = {"format", "kind", "features", "mean", "scale", "coef", "intercept", "trees"}
        return cls(
            features=tuple(d["features"]),
            mean=np.asarray(d["mean"], dtype=float),
            scale=np.asarray(d["scale"], dtype=float),
            kind=d.get("kind", "linear"),
            coef=np.asarray(d.get("coef", []), dtype=float),
            intercept=float(d.get("intercept", 0.0)),
            trees=trees,
            learning_rate=float(d.get("learning_rate", 1.0)),
            init=float(d.get("init", 0.0)),
            meta={k: v for k, v in d.items() if k not in known | {"learning_rate", "init"}},
        )

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")


def _round(a: np.ndarray) -> list[float]:
    return [round(float(v), 8) for v in np.asarray(a).ravel()]


def load(path: str | Path) -> Scorer:
    return Scorer.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def shipped(caseless: bool = False) -> Scorer:
    """The scorer shipped inside the package; with `caseless`, the one for lower-cased stories."""
    return _packaged(CASELESS_WEIGHTS_FILE if caseless else WEIGHTS_FILE)


@lru_cache(maxsize=2)
def _packaged(name: str) -> Scorer:
    text = resources.files("newsbrief.summarize").joinpath(name).read_text(encoding="utf-8")
    return Scorer.from_json(json.loads(text))
