from __future__ import annotations

import json

import jsonschema
import pytest

from newsbrief import brief
from newsbrief.render import render
from newsbrief.schema import schema

TEXTS = [
    "Storm Elsa closed three schools in the valley on Friday. Roads were flooded for most of the day. "
    "The regional weather office said more rain would fall over the weekend.",
    "Three valley schools shut on Friday as Storm Elsa flooded roads. Forecasters warned that more rain "
    "is expected this weekend. Volunteers filled sandbags outside the town hall.",
]


@pytest.fixture(scope="module")
def b():
    return brief(texts=TEXTS, words=40, timings=False)


def test_json_validates_against_the_shipped_schema(b) -> None:
    data = json.loads(render(b, "json"))
    jsonschema.validate(data, schema())
    assert data["schema_version"] == schema()["properties"]["schema_version"]["const"]
    for item in data["summary"]:
        assert data["documents"][item["doc"]]["text"][item["start"] : item["end"]] == item["text"]


def test_markdown_has_citation_markers(b) -> None:
    md = render(b, "markdown")
    assert "## Summary" in md
    assert "## Sources" in md
    for s in b.summary:
        assert s.text in md
        assert f"[{','.join(str(d + 1) for d in s.sources)}]" in md  # its sources, its own first


def test_terminal_text_matches_markdown(b) -> None:
    assert render(b, "terminal") == render(b, "md")


@pytest.mark.parametrize("name", ["brief", "stories"])
def test_schema_id_names_the_version_it_fixes(name: str) -> None:
    """A schema's `$id` names the `schema_version` its documents carry (brief-1.3.json for 1.3), and the
    stories schema refers to the brief schema by that `$id`."""
    from importlib import resources

    text = resources.files("newsbrief.schema").joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    data = json.loads(text)
    version = data["properties"]["schema_version"]["const"]
    assert data["$id"] == f"https://newsbrief.invalid/schema/{name}-{version}.json"
    if name == "stories":
        assert schema()["$id"] in text
