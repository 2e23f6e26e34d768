"""The JSON Schema of a brief, shipped as package data."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def schema_text() -> str:
    return resources.files(__package__).joinpath("brief.schema.json").read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    return json.loads(schema_text())
