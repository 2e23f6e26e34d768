"""`newsbrief brief --ner` on the command line."""

from __future__ import annotations

import json

import pytest

from newsbrief.analyze import ner_backend
from newsbrief.cli import main


def test_unknown_ner_is_a_one_line_usage_error(capsys) -> None:
    assert main(["brief", "--example", "--ner", "bert"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsbrief: error: unknown --ner 'bert'") and err.count("\n") == 1


@pytest.mark.parametrize("ner", ["rules", "auto"])
def test_ner_choice_gives_a_full_brief(ner, capsys) -> None:
    assert main(["brief", "--example", "--ner", ner, "-f", "json", "--no-timings"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quotes"] and data["entities"] and any(c["kind"] == "shared" for c in data["claims"])


def test_spacy_ner_when_installed(capsys) -> None:
    if ner_backend("auto") != "spacy":
        pytest.skip("spaCy model not installed")
    assert main(["brief", "--example", "--ner", "spacy", "-f", "json", "--no-timings"]) == 0
    names = {e["name"] for e in json.loads(capsys.readouterr().out)["entities"]}
    assert "Dana Okafor" in names
