"""Our Porter stemmer gives nltk's stems (the stemmer rouge-score uses), word for word."""

from __future__ import annotations

import json
import re

import pytest

from newsbrief import porter

# Words written to exercise each step and each of NLTK's departures from the 1980 paper.
WORDS = """
caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized
hopping tanned falling hissing fizzed failing filing happy sky skies dying lying tying news innings
outings cannings howe proceed exceed succeed dies flies tied spied cried enjoy spy fly try relational
conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli
analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness
formaliti sensitiviti sensibiliti hopefulli analogi phraseologi triplicate formative formalize
electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable
defensible irritant replacement adjustment dependent adoption homologou communism activate
angulariti homologous effective bowdlerize probate rate cease controll roll generalization
oscillators yyyy y ay by ab it's we're 1990s 3rd covid19 syzygy toy boyish employing obeyed
"""


def _nltk():
    return pytest.importorskip("nltk.stem.porter").PorterStemmer()


def test_written_words_match_nltk() -> None:
    nltk = _nltk()
    for w in WORDS.split():
        assert porter.stem(w) == nltk.stem(w), w
        assert porter.stem(w.upper()) == nltk.stem(w.upper()), w


@pytest.mark.slow
def test_every_word_of_the_dev_files_matches_nltk(data_dir) -> None:
    nltk = _nltk()
    token = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
    vocab: set[str] = set()
    for name in ("longbench-multinews-dev.jsonl", "duc2003-task2-dev.jsonl", "multinews-plus-dev.jsonl"):
        for line in (data_dir / name).open(encoding="utf-8"):
            row = json.loads(line)
            for text in row["documents"] + row["summaries"]:
                vocab.update(token.findall(text.lower()))
    assert len(vocab) > 20_000
    wrong = [w for w in vocab if porter.stem(w) != nltk.stem(w)]
    assert not wrong, wrong[:20]
