"""bench/read_speakers.py keeps every frozen set's stories out of what it draws and writes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"

# the hand copy bench/read_speakers.py held before session 14: the stories the selection scripts of the
# frozen sets drew (frozen9, frozen10, align-frozen7, align-frozen8, context-frozen4)
SESSION13_COPY = frozenset(
    [f"duc2003-task2-{t}" for t in (
        "d30003t", "d30005t", "d30010t", "d30012t", "d30016t", "d30028t", "d30040t", "d30056t", "d31001t",
        "d31009t", "d31013t", "d31022t", "d31031t", "d31033t", "d31041t", "d31050t",
    )]
    + [f"multiling2011-english-M00{k}" for k in (1, 2, 5, 7, 9)]
    + [f"duc2006-D06{t}" for t in (
        "01A", "03C", "04D", "05E", "06F", "08H", "10A", "11B", "13D", "15F", "16G", "18I", "20B", "21C",
        "22D", "23E", "24F", "26H", "27I", "29B", "30C", "31D", "32E", "33F", "34G", "36I", "39C", "40D",
        "41E", "42F", "43G", "44H", "45I", "46A", "47B", "48C", "49D", "50E",
    )]
    + [f"longbench-multi_news-{h}" for h in (
        "7c4df519e75e117bb448122ca241a3375f4cdf97025e22fc",
        "30546aafe4821ca55d852a55484d41f5e4bf82f1247e91f3",
        "3a7faeaefe15b8c33d9120f97591dfdad212b0778e2b830b",
    )]
)  # fmt: skip


# frozen11 (session 21, DUC 2006): its draw adds three topics frozen10 did not hold (session 28)
FROZEN11_MORE = frozenset(["duc2006-D0607G", "duc2006-D0628A", "duc2006-D0638B"])


def test_session28_frozen11_is_no_tuning_file(monkeypatch) -> None:
    """Session 28: frozen11-unseen.json is a frozen file to every reader script: no tuning file of
    read_speakers (whose articles it would otherwise read as used and tuned on) and refused by
    term_readings."""
    monkeypatch.syspath_prepend(str(BENCH))
    import read_speakers
    import term_readings

    assert "frozen11-unseen.json" not in read_speakers.tuning_files()
    assert "frozen11-unseen.json" in read_speakers.FROZEN_FILES
    assert "frozen11-unseen.json" in term_readings.FROZEN


def test_session29_the_kept_frozen_stories_follow_this_script(monkeypatch, tmp_path) -> None:
    """Session 29 (review M4): the answer `frozen_stories` keeps is keyed on read_speakers.py's own source
    too, so a frozen set added there (frozen11, session 28) is drawn, not read from an older answer."""
    monkeypatch.syspath_prepend(str(BENCH))
    import read_speakers

    own = (BENCH / "read_speakers.py").read_bytes()
    key = read_speakers.cache_key(tmp_path)
    assert key == read_speakers.cache_key(tmp_path, own)
    assert key != read_speakers.cache_key(tmp_path, own.replace(b"frozen11-unseen.json", b"frozen12.json"))


@pytest.mark.shared
@pytest.mark.slow
def test_frozen_stories_are_derived_from_the_selection_scripts(shared, monkeypatch, tmp_path) -> None:
    """The frozen stories come from running the selection scripts' draws (minutes: slow), not from a hand
    copy; they are the session 13 copy's and frozen11's, and no story of theirs is among the rows drawn
    from."""
    monkeypatch.syspath_prepend(str(BENCH))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))  # derive afresh, not from a kept answer
    sys.modules.pop("read_speakers", None)
    import read_speakers

    frozen = read_speakers.frozen_stories(shared)
    by_ids = read_speakers.stories_of_labels(read_speakers.FROZEN_BY_IDS)
    assert frozen == SESSION13_COPY | FROZEN11_MORE | by_ids
    assert read_speakers.frozen_stories(shared) == frozen  # the kept answer
    assert not {r["id"] for r in read_speakers.stories(shared)} & frozen


def test_session17_each_quote_shows_the_rule_that_named_its_speaker(monkeypatch) -> None:
    """Session 17: the marks name the speaker rule after the attribution rule when another rule named the
    speaker ("said-after>name-in-phrase"), so a reader checks the evidence of each speaker."""
    monkeypatch.syspath_prepend(str(BENCH))
    import read_speakers

    row = {
        "id": "x",
        "documents": ["“The bridge will open in May,” said engineer Tova Lind. “It will carry cars.”"],
    }
    ((text, quotes),) = read_speakers.analysed(row).values()
    assert [(who, rule) for _, _, who, rule in quotes] == [
        ("Tova Lind", "said-after>name-in-phrase"),
        ("Tova Lind", "continued"),
    ]
    assert "⟦1 → Tova Lind · said-after>name-in-phrase⟧" in read_speakers.marked(text, quotes)


def test_session49_the_hand_drawn_frozen_sets_stories_are_kept_out(monkeypatch) -> None:
    """Session 49: speakers49's fresh read drew other articles of speakers-frozen36's stories; the stories of
    every frozen set without a draw script here (speakers-frozen36 among them) are frozen stories too."""
    monkeypatch.syspath_prepend(str(BENCH))
    import read_speakers

    ids = read_speakers.stories_of_labels(read_speakers.FROZEN_BY_IDS)
    assert "duc2003-task2-d30034t" in ids  # a speakers-frozen36 story no draw above holds
    assert "duc2003-task2-d30034t" not in SESSION13_COPY | FROZEN11_MORE
    assert len(ids) >= 40
