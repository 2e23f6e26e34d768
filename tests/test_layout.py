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


STAGES = ("align", "analyze", "render", "summarize")

# The modules one stage still reads from another, each with its reason. A word list two stages read lives
# in `newsbrief/lexicon/` instead, so this table only shrinks.
CROSS_STAGE = {
    ("align", "newsbrief.analyze.numbers"): "counts and measures: one reading of numbers for both",
    ("analyze", "newsbrief.align.features"): "is_furniture: agreement leaves out what align calls furniture",
    ("summarize", "newsbrief.align.features"): "sentence_facts: lead-restated reads align's claims",
    ("summarize", "newsbrief.align.claims"): "WEEKDAYS: claim keys of days, left out as align does",
    ("summarize", "newsbrief.align.pairs"): "compare: one-document asks align's same-fact test of its pairs",
    ("summarize", "newsbrief.align.rules"): "decide_bridged: one-document reads align's verdict on its pairs",
}


def _cross_stage() -> set[tuple[str, str]]:
    """(stage, module of another stage) for every import between the stage packages."""
    out = set()
    for p in _modules():
        stage = p.relative_to(PACKAGE).parts[0]
        for name in _imports(p) if stage in STAGES else []:
            parts = name.split(".")
            if len(parts) >= 3 and parts[0] == "newsbrief" and parts[1] in STAGES and parts[1] != stage:
                out.add((stage, ".".join(parts[:3])))
    return out


def test_stages_read_shared_word_lists_from_the_lexicon() -> None:
    """No stage imports another's word lists (align and render read the gazetteer from `lexicon`, not
    from `analyze`; attribution the verb lemmas, not from `align`; render the lower-case titles, not from
    `summarize`; align the noun-modifier rule, not from `analyze`): the imports between stages are only
    the ones `CROSS_STAGE` gives a reason for."""
    assert _cross_stage() <= set(CROSS_STAGE)
    from newsbrief.lexicon.gazetteer import gazetteer, word_list
    from newsbrief.lexicon.naming import names_a_thing
    from newsbrief.lexicon.titles import ends_on_title
    from newsbrief.lexicon.verbs import listed_form

    assert ("Mrs",) in gazetteer().titles and "Barack" in word_list("first_names.txt")
    assert listed_form("abandons") and listed_form("abandoned") and not listed_form("abandonment")
    assert ends_on_title("He served with army spc.") and not ends_on_title("It burned on elm st.")
    text = 'She ended the "stop and frisk" policy.'
    assert names_a_thing(text, text.index('"'), text.rindex('"') + 1, "stop and frisk")


def test_the_naming_verbs_have_one_home_in_the_lexicon() -> None:
    """Session 23 (debt): the verbs that give a name (`GIVING_NAME`) and those of calling or describing
    (`CALLING`) are listed once, in `lexicon.naming`, with the named subsets their readers need; align's
    claim reader, its rule `said-not-title` and attribution's rules `naming-verb` and the fragment test
    read them and define none of their own (three lists did on 819a28a, which has no `GIVING_NAME`)."""
    from newsbrief.align import features
    from newsbrief.analyze import attribution
    from newsbrief.lexicon.naming import CALLED_FRAGMENT, CALLING, GIVING_NAME, NAMING_PARTICIPLES

    assert set(CALLING) >= CALLED_FRAGMENT
    assert NAMING_PARTICIPLES - {"titled"} <= set(GIVING_NAME) | set(CALLING)
    assert "|".join(CALLING) in features._SAID_BEFORE.pattern
    assert "|".join(GIVING_NAME) in attribution._NAMING_VERB_OBJECT.pattern
    for module in ("align/claims.py", "align/features.py", "analyze/attribution.py"):
        text = (PACKAGE / module).read_text(encoding="utf-8")
        assert "nicknamed titled" not in text and "christened|dubbed" not in text, module
        assert "describing|dubbed" not in text and "calling|described|describing)" not in text, module


def test_the_verbs_of_change_have_one_home_in_the_lexicon() -> None:
    """Issue 14 (numbers41): the verbs of a value that rose or fell are listed once, `lexicon.verbs`
    `RISE_VERBS` / `FALL_VERBS`; `numbers` rule `change-from` and align's rules `direction` and
    `values-of-others` read them (session 40 left a list in `numbers` and one in `guards`, and the first
    lacked "plummeted", "slipped" and five more)."""
    from newsbrief.align import guards
    from newsbrief.analyze import numbers
    from newsbrief.lexicon.verbs import FALL_VERBS, RISE_VERBS

    assert RISE_VERBS | FALL_VERBS <= numbers._CHANGED and RISE_VERBS | FALL_VERBS <= guards._HOLDER_VERBS
    assert {frozenset((u, d)) for u in RISE_VERBS for d in FALL_VERBS} <= guards.OPPOSITES
    for module in ("analyze/numbers.py", "align/guards.py"):
        text = (PACKAGE / module).read_text(encoding="utf-8")
        assert "rose|risen" not in text and "rose risen" not in text and "fell fallen" not in text, module
