"""ROUGE numbers worked out by hand, multi-reference averaging, truncation, sentence splitting."""

from __future__ import annotations

import pytest

from newsbrief.evaluation.rouge import Rouge, reference_sentences, tokens, truncate


@pytest.fixture(scope="module")
def rouge() -> Rouge:
    return Rouge()


def _prf(scores, t):
    return tuple(round(scores[t][k], 4) for k in ("p", "r", "f"))


def test_one_word_changed(rouge: Rouge) -> None:
    # ref  "the cat sat on the mat": unigrams the x2, cat, sat, on, mat (6)
    # cand "the cat sat on a mat":   unigrams the, cat, sat, on, a, mat (6)
    # R1: clipped overlap the(1)+cat+sat+on+mat = 5 -> P = R = F = 5/6 = 0.8333
    # R2: ref bigrams the-cat cat-sat sat-on on-the the-mat (5); cand the-cat cat-sat sat-on on-a a-mat (5)
    #     overlap 3 -> P = R = F = 3/5 = 0.6
    # RL: LCS "the cat sat on mat" = 5 -> 5/6 both ways
    s = rouge.score(["the cat sat on a mat"], [["the cat sat on the mat"]])
    assert _prf(s, "rouge1") == (0.8333, 0.8333, 0.8333)
    assert _prf(s, "rouge2") == (0.6, 0.6, 0.6)
    assert _prf(s, "rougeL") == (0.8333, 0.8333, 0.8333)


def test_porter_stemming_and_case(rouge: Rouge) -> None:
    # Lower-cased, words over 3 letters Porter-stemmed:
    # ref  "Police arrested the protesters"       -> polic arrest the protest (4)
    # cand "The police were arresting protesters" -> the polic were arrest protest (5)
    assert tokens("Police arrested the protesters") == ("polic", "arrest", "the", "protest")
    s = rouge.score(["The police were arresting protesters"], [["Police arrested the protesters"]])
    # R1: all 4 ref tokens found -> P = 4/5 = 0.8, R = 4/4 = 1, F = 2*0.8*1/1.8 = 0.8889
    assert _prf(s, "rouge1") == (0.8, 1.0, 0.8889)
    # R2: ref polic-arrest arrest-the the-protest; cand the-polic polic-were were-arrest arrest-protest: none
    assert _prf(s, "rouge2") == (0.0, 0.0, 0.0)
    # RL: LCS polic arrest protest = 3 -> P = 3/5, R = 3/4, F = 2*0.6*0.75/1.35 = 0.6667
    assert _prf(s, "rougeL") == (0.6, 0.75, 0.6667)


def test_summary_level_lcs_ignores_sentence_order(rouge: Rouge) -> None:
    # ref sentences "a b c d" / "e f"; cand sentences "c d e f" / "a b x" (7 tokens).
    # RLsum: union LCS of "a b c d" with each cand sentence = {a, b} + {c, d} = 4 hits, of "e f" = 2 hits
    #        -> R = 6/6 = 1, P = 6/7 = 0.8571, F = 12/13 = 0.9231
    # RL (one sequence): LCS(a b c d e f, c d e f a b x) = c d e f = 4 -> P = 4/7, R = 4/6, F = 16/26 = 0.6154
    # R2: ref a-b b-c c-d d-e e-f (5); cand c-d d-e e-f f-a a-b b-x (6); overlap 4
    #     -> P = 4/6, R = 4/5, F = 16/22 = 0.7273
    s = rouge.score(["c d e f", "a b x"], [["a b c d", "e f"]])
    assert _prf(s, "rougeLsum") == (0.8571, 1.0, 0.9231)
    assert _prf(s, "rougeL") == (0.5714, 0.6667, 0.6154)
    assert _prf(s, "rouge2") == (0.6667, 0.8, 0.7273)


def test_several_references_are_averaged(rouge: Rouge) -> None:
    # Perfect against the first reference (1.0), nothing in common with the second (0.0): mean 0.5.
    s = rouge.score(["the cat sat"], [["the cat sat"], ["a dog ran"]])
    for t in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
        assert _prf(s, t) == (0.5, 0.5, 0.5)


def test_empty_candidate_scores_zero(rouge: Rouge) -> None:
    s = rouge.score([], [["the cat sat"]])
    assert all(v == 0 for t in s.values() for v in t.values())


def test_truncate_cuts_the_last_sentence() -> None:
    assert truncate(["one two three", "four five", "six"], 4) == ["one two three", "four"]
    assert truncate(["one two three", "four five"], 3) == ["one two three"]
    assert truncate(["one  two", " "], None) == ["one  two"]


def test_reference_lines_are_not_sentence_ends() -> None:
    # DUC references come one clause per line, tokenized; they are joined before splitting.
    ref = "The mayor opened the bridge ,\nwhich had been closed for a year .\nTraffic resumed on Monday ."
    assert reference_sentences(ref) == [
        "The mayor opened the bridge , which had been closed for a year .",
        "Traffic resumed on Monday .",
    ]
