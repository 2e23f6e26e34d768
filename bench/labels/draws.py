"""What the selection scripts of the later label sets share: the story ids a set of label files holds.

Imported by the selection scripts (run as scripts, their folder is on sys.path).
"""

from __future__ import annotations

import json
from pathlib import Path


def story_ids(labels_dir: Path, files: tuple[str, ...]) -> set[str]:
    """The story ids of the label `files` (their `stories` rows, or `items` for the context files)."""
    ids: set[str] = set()
    for name in files:
        data = json.loads((labels_dir / name).read_text(encoding="utf-8"))
        for row in [*data.get("stories", []), *data.get("items", [])]:
            if isinstance(row, dict) and "story" in row:
                ids.add(str(row["story"]))
    return ids
