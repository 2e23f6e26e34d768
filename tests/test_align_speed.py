"""The align stage's shortcuts (issue 14's speed line) give what the long way gives: each cheap test only
rules out work whose answer it already knows."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest

import newsbrief.align as stage
from newsbrief.align import align, claims, features, pairs, rules
from newsbrief.align.subordinate import SEMICOLON
from newsbrief.analyze.numbers import counts
from newsbrief.analyze.numbers import years as numbers_years
from newsbrief.casing import case_counts, lost_case
from newsbrief.model import RawDoc
from newsbrief.pipeline import prepare_story

_SENTENCES = [
    "Police said three people were hurt, and 12 cars burned on Monday.",
    "the u.s. And its allies said he would attend the talks in oct. 26, 2014.",
    "Mr. Smith, 52, told reporters the fire began at 3 p.m.",
    '"It was a terrible day," he said.',
    "Said she: the vote was 21-14, with two to three million people watching.",
    "HE ADDED that the ſaid document was lost.",  # a long s: the case-insensitive pattern reads it as "s"
    "A dozen crew members and 216 passengers were aboard.",
]


def test_case_counts_read_the_tokens_align_has() -> None:
    texts = [*_SENTENCES, *(t.lower() for t in _SENTENCES)]
    tokenized = [features.tokens(t) for t in texts]
    for some in (texts, texts[: len(_SENTENCES)], texts[len(_SENTENCES) :]):
        given = tokenized[: len(some)] if some[0] == texts[0] else tokenized[len(_SENTENCES) :]
        assert case_counts(some, given) == case_counts(some)
        assert lost_case(some, given) == lost_case(some)


def test_align_keeps_the_story_decision_it_worked_out() -> None:
    story = prepare_story(
        [RawDoc(id=str(k), source=str(k), raw=" ".join(_SENTENCES[k::2])) for k in range(2)]
    )
    assert "caseless" not in vars(story)
    align(story)
    assert vars(story)["caseless"] == lost_case([s.text for s in story.sentences])


def test_counts_without_spelled_numbers_read_only_digits() -> None:
    text = "Three buses and 12 cars burned, and two to three million people watched."
    assert [c.text for c in counts(text)] == ["12", "Three", "two to three million"]  # digits first
    assert [c.text for c in counts(text, spelled=False)] == ["12"]
    for t in _SENTENCES:  # a clause with no number word: one answer either way
        if not re.search(r"(?i)\b(?:two|three|dozen|million)\b", t):
            assert counts(t, ages=True, spelled=False) == counts(t, ages=True)


def test_pronoun_speech_is_searched_only_where_a_verb_of_saying_is() -> None:
    for t in _SENTENCES:
        assert features._pronoun_speech(t) == bool(features._PRONOUN_SPEECH.search(t)), t
    assert features._pronoun_speech("HE ADDED that it was lost.")
    assert features._pronoun_speech("The report, ſaid he, was lost.")  # read as "said he" by the pattern
    assert not features._pronoun_speech("He went home after the vote.")


def test_plain_words_drop_only_a_to_between_numbers() -> None:
    assert features._plain_words(["from", "seven", "to", "10", "to", "12", "times", "to", "go"]) == (
        "from",
        "7",
        "10",
        "12",
        "times",
        "to",
        "go",
    )
    assert features._plain_words(["to", "5", "to"]) == ("to", "5", "to")


def test_concepts_at_take_the_words_read_before() -> None:
    lex = features.lexicon()
    words = ["workers", "went", "on", "strike", "after", "the", "walkout", "at", "the", "plant"]
    infos = [features._word(w, lex) for w in words]
    assert features._concepts_at(words, lex, None, infos) == features._concepts_at(words, lex)


_DOCS = [
    "Harwick Mills cut 1,200 jobs on Monday, the union said. Dana Whitcombe, the union's chair, said the "
    "cuts were a betrayal. Workers at the Harwick plant walked out in protest.",
    "Harwick Mills said on Monday it would cut 1,500 jobs. Dana Whitcombe called the cuts a betrayal of the "
    "town. The plant has stood in Harwick since 1921.",
    "About 1,200 Harwick Mills workers lose their jobs, the union said on Monday. Whitcombe said: "
    '"It is a betrayal." The walkout at the Harwick plant went on into the night.',
]


def _facts(docs: list[str]) -> list[features.Facts]:
    story = prepare_story([RawDoc(id=str(k), source=str(k), raw=d) for k, d in enumerate(docs)])
    texts = [s.text for s in story.sentences]
    casing = features.story_casing(texts)
    return [features.sentence_facts(k, s.doc, s.text, casing, None) for k, s in enumerate(story.sentences)]


def test_candidates_are_the_pairs_two_keys_or_one_sure_key_block() -> None:
    facts = _facts(_DOCS)
    postings: dict[str, list[int]] = {}
    for k, f in enumerate(facts):
        if not f.furniture:
            for key in pairs._keys(f):
                postings.setdefault(key, []).append(k)
    cap = pairs.MAX_POSTINGS + min(len(facts) // 20, pairs.MAX_SHARE)
    hits: Counter[tuple[int, int]] = Counter()
    sure: set[tuple[int, int]] = set()
    for key, ks in postings.items():  # the plain nested loop
        if 2 <= len(ks) <= cap:
            for p in ks:
                for q in ks:
                    if p < q and facts[p].doc != facts[q].doc:
                        hits[p, q] += 1
                        if key[:2] in ("Q:", "U:", "S:", "G:"):
                            sure.add((p, q))
    want = sorted(pq for pq, n in hits.items() if n >= 2 or pq in sure)
    assert want and pairs.candidates(facts) == want


def test_weight_sums_read_through_map_are_the_generator_sums() -> None:
    facts = _facts(_DOCS)
    weight = pairs.idf(facts)
    for f in facts:
        assert pairs._mass(f.concepts, weight) == (math.fsum(weight.get(c, 1.0) for c in f.concepts) or 1.0)
        m = pairs._weighed(f, weight, None)
        for g in facts:
            want = math.fsum(w for c, w in m.concepts.items() if c in g.concepts)
            assert pairs._stated(m, g) == (want / m.total if m.total else 0.0)


def test_every_compared_sentence_reads_its_claims_through_the_story(monkeypatch: pytest.MonkeyPatch) -> None:
    story = prepare_story([RawDoc(id=str(k), source=str(k), raw=d) for k, d in enumerate(_DOCS)])
    texts = [s.text for s in story.sentences]
    casing = features.story_casing(texts)
    seen: list[features.Facts] = []
    read: dict[int, tuple] = {}
    compare = pairs.compare

    def spy(fa: features.Facts, fb: features.Facts, *args: object) -> pairs.Pair:
        seen.extend((fa, fb))
        for f in (fa, fb):  # read while the stage runs: it cuts the story's claims from its facts as it ends
            read[f.index] = features.claims_of(f)
        return compare(fa, fb, *args)

    monkeypatch.setattr(stage, "compare", spy)
    align(story)
    assert seen and all(f.story_claims is not None for f in seen)
    for f in seen:  # no "he" / "she" to lean on: the claims its own words make
        if not f.story_claims.may_lean(f.index):
            own = features.sentence_facts(f.index, f.doc, texts[f.index], casing, None)
            assert read[f.index] == own.claims


def test_clause_breaks_open_on_a_character_and_find_what_the_lookahead_found() -> None:
    lookahead = re.compile(  # `_BREAK` as it was written before it opened on a character
        r"(?=[\s;:,])\s*(?:" + SEMICOLON + r"|:\s|\s[—–]\s|\s--\s)\s*"
        r"|,[\"”’']?\s+(?=(?:which|who|whom|whose|while|whereas|but|although|though|because|after|before|"
        r"when|where|so|leaving|bringing|according|saying|adding|the first|the last|the latest)\b|and\s|or\s"
        r"|(?:[\w’'.-]+\s){1,6}(?:said|says|told|added|reported|announced)\b)"
    )
    texts = [
        *_SENTENCES,
        *_DOCS,
        "The mill closed; its workers left.",
        "The mill closed  ;  its workers left , and the town emptied.",
        "Barnes &amp; Noble shut; AT&T; stayed &AMP; grew",
        "The result — a loss —was final. A second result —  a draw -- and a third --a win.",
        "Two things:\tthe vote and the count: 21-14.",
        "The plan, which the council backed, failed, Dana Whitcombe of the union said.",
        'He left," she said, "but the plan stayed, according to the council.',
        " ; : — , ",
    ]
    for t in texts:
        assert [m.span() for m in features._BREAK.finditer(t)] == [m.span() for m in lookahead.finditer(t)], t


def test_other_doer_is_searched_only_where_and_but_or_yet_is() -> None:
    def searched(t: str, at: int) -> bool:  # `_other_doer` with no test before its search
        m = features._OTHER_DOER.search(t, max(0, at - 100), at)
        if m is None or not features._MODAL_RE.search(t, 0, m.start()):
            return False
        if features._NEGATION_RE.search(m.group(1)):
            return True
        words = [w.rstrip(",").lower() for w in m.group(1).split()]
        return not all(
            features._same_doer_word(w) and features._counts_time(words, i) for i, w in enumerate(words)
        )

    texts = [
        "Jon Tallis was told to leave the set, but his crew left it on Monday.",
        "Jon Tallis was told to leave the set AND THE CREW LEFT IT.",
        "Dana Whitcombe was asked to resign, and then resigned.",
        "The board was expected to vote, Yet Nobody Voted.",
        "The mill was ordered to close and never closed.",
        "The mayor was told to pay the fine; the council paid it.",
        "Harwick Mills was set to cut jobs, but cut none, while others cut 120.",
    ]
    got = [(features._other_doer(t, at), searched(t, at)) for t in texts for at in range(len(t) + 1)]
    assert all(a == b for a, b in got) and any(a for a, _ in got)


def _lazy_facts(docs: list[str]) -> list[features.Facts]:
    """`_facts` as align makes them: each sentence's claims read through the story on first use."""
    story = prepare_story([RawDoc(id=str(k), source=str(k), raw=d) for k, d in enumerate(docs)])
    texts = [s.text for s in story.sentences]
    casing = features.story_casing(texts)
    read = features.StoryClaims([], texts)
    read.facts = [
        features.sentence_facts(
            k, s.doc, s.text, casing, None, with_claims=False, with_marks=False, story_claims=read
        )
        for k, s in enumerate(story.sentences)
    ]
    return read.facts


_NO_CLAIM = "More photos of the Harwick plant below."


def test_claims_of_both_are_each_sentence_s_claims_and_read_the_other_only_when_needed() -> None:
    docs = [_DOCS[0] + " " + _NO_CLAIM, *_DOCS[1:]]
    facts = _facts(docs)  # each sentence's claims made with it
    empty = next(f.index for f in facts if not f.claims)
    for fa in facts:
        for fb in facts:
            lazy = _lazy_facts(docs)
            got = pairs.claims_of_both(lazy[fa.index], lazy[fb.index])
            assert got == ((fa.claims, fb.claims) if fa.claims and fb.claims else None)
            read = lazy[0].story_claims.done
            if empty in (fa.index, fb.index) and fa.index != fb.index:  # one without claims: ...
                other = fb.index if fa.index == empty else fa.index
                if fa.index == empty:  # ... looked at first, it spares reading the other's
                    assert other not in read


def test_each_sentence_s_kept_events_counts_and_names_are_what_each_pair_worked_out() -> None:
    facts = _facts(_DOCS)
    weight = pairs.idf(facts)
    memo: dict = {}
    for fa in facts:
        for fb in facts:
            if fa.doc == fb.doc:
                continue
            p = pairs.compare(fa, fb, weight, None, memo)
            ma, mb = memo[fa.index], memo[fb.index]
            assert p == pairs.compare(fa, fb, weight, None, None)  # nothing kept: each worked out anew
            assert pairs._actions_of(ma, fa) == pairs._actions(fa.concepts)
            assert pairs._clause_names(ma, fa) == [
                {n for n in cl.concepts if n.startswith("E:")} for cl in fa.clauses
            ]
            assert pairs._counted_of(mb) == pairs._counted(pairs.wholes(fb))
            for x in fa.clauses:
                for y in fb.clauses:
                    want = pairs._action_clash(x, y, fa, fb)  # no `_Weighed`: read from the sentences
                    assert pairs._action_clash(x, y, fa, fb, ma, mb) == want


_PREDICATES = [
    "Police arrested Jon Tallis in Harwick on Monday. Officers found the stolen Harwick van on Monday.",
    "Jon Tallis spoke to reporters in Harwick on Monday. Harwick police find the stolen van, Dana Whitcombe "
    "said. Jon Tallis was detained in Harwick on Monday.",
]


def test_a_sentence_s_claims_are_read_for_a_match_only_when_it_may_write_a_partner_predicate() -> None:
    facts = _lazy_facts(_PREDICATES)
    assert not pairs.may_match(facts[0], facts[2])  # "arrested" / "spoke": no predicate pairs them
    assert 2 not in facts[0].story_claims.done  # ... and the second sentence's claims are not read
    assert pairs._later_claim(pairs._Later((facts[0], facts[2], None, None, {}, True, False))) is None
    assert 2 not in facts[0].story_claims.done
    assert pairs.may_match(facts[0], facts[4])  # "was detained": the concept of arrest
    assert "find" not in facts[1].concepts
    assert pairs.may_match(facts[3], facts[1])  # "found": the base of an irregular past (rule irregular-base)


def test_no_pair_may_match_rules_out_holds_two_claims_match_could_pair() -> None:
    groups, learned = pairs.equivalents(), claims.predicate_pairs()
    ruled_out = 0
    for docs in (_DOCS, _PREDICATES):
        for a in range(len(_lazy_facts(docs))):
            for b in range(len(_lazy_facts(docs))):
                facts = _lazy_facts(docs)
                if pairs.may_match(facts[a], facts[b]):
                    continue
                ruled_out += 1
                xs, ys = features.claims_of(facts[a]), features.claims_of(facts[b])
                for x in xs:
                    for y in ys:
                        assert claims._roles(x, y, groups.get(x.predicate), groups, learned) is None
                        assert claims._roles(y, x, groups.get(y.predicate), groups, learned) is None
    assert ruled_out


_MARKED = [
    *_SENTENCES,
    *_DOCS,
    "'It was not a real gun.",
    "It was just a stupid joke,' they were reported to have said.",
    "He called it ‘a betrayal’ and left (‘for good’) on Monday.",
    "Smith's van, the workers' union and the 1990s' mills stayed.",
    "'a' 'b'. x'y '‘z’' (’'q') [‘r’] —'s'— –‘t’–",
    "\n'Open\n' and 'close'\n",
    "",
    "'",
]


def test_single_marks_open_on_the_mark_and_find_what_the_lookbehinds_found() -> None:
    opening = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=[A-Za-z])")  # as written before they opened on the mark
    closing = re.compile(r"(?<=[A-Za-z0-9.,!?])['’](?=$|[\s.,;:!?)\]—–])")
    for t in _MARKED:
        assert [m.span() for m in features._SINGLE_OPEN.finditer(t)] == [
            m.span() for m in opening.finditer(t)
        ]
        assert [m.span() for m in features._SINGLE_CLOSE.finditer(t)] == [
            m.span() for m in closing.finditer(t)
        ]


def test_gates_open_on_their_first_letter_and_find_what_the_word_boundary_forms_found() -> None:
    """`_BE_WORD` and `_HE_SHE` open on a character class (sre's charset prefix, not a try at every
    position) and match where the forms opening on `\\b` or a lookbehind matched: every string of up to four
    characters of an alphabet of their letters, marks and a non-ASCII letter, and some sentences."""
    written = {  # as written before they opened on a letter
        features._BE_WORD: re.compile(r"\b(?:is|was|are|were|be|been|being)\s"),
        features._HE_SHE: re.compile(r"(?<![A-Za-z])[Ss]?[Hh][Ee](?![A-Za-z])"),
    }
    texts = [
        *_SENTENCES,
        "This is his shed; she has been being kind, as he was. Theirs were here.",
        "ashe and shhe, sHe and HE, hE-she, 'he', é is, éis, 1was, _be, were\tbeing",
    ]
    alphabet = "iswabeShHé -"
    texts += [a + b + c + d for a in alphabet for b in alphabet for c in alphabet for d in ("", *alphabet)]
    for mine, old in written.items():
        assert re._parser.parse(mine.pattern)[0][0] == re._constants.IN
        for t in texts:
            assert [m.span() for m in mine.finditer(t)] == [m.span() for m in old.finditer(t)], t


def test_a_sentence_with_commas_and_no_other_mark_breaks_where_the_whole_pattern_does() -> None:
    texts = [
        *_MARKED,
        "The plan, which the council backed, failed, Dana Whitcombe of the union said.",
        "The mill closed,  and the town emptied, or so the mayor said.",
        'He left,” she said, "but the plan stayed, according to the council.',
        "Prices rose 2,600 percent, the bank said, while wages fell.",
    ]
    for t in texts:
        if "," in t and not any(m in t for m in features._OTHER_MARKS):
            want = [m.span() for m in features._BREAK.finditer(t)]
            assert [m.span() for m in features._COMMA_BREAK_RE.finditer(t)] == want, t
    assert len(features.clause_spans(texts[-4])) > 1  # a comma break found


def test_patterns_are_searched_only_where_their_cheap_test_holds() -> None:
    texts = [
        *_MARKED,
        "Harwick police said on Monday that the van was found.",
        "Asked whether he paid the fine, Jon Tallis said no.",
        "When asked about it, she left.",
        "He did not leave until Monday, no more than a day late.",
        "The No. 2 seed was not only fast but, no doubt, NOT ONLY lucky, no matter what.",
        "He wouldn’t go UNTIL the vote.",
        "He did not go unti\u0131l then; it was ſo.",  # letters `folds_apart` names
        "Officials CONFIRMED the count; the mayor announced that the mill would reopen soon.",
    ]
    for t in texts:
        if features._NOT_NEGATION.search(t):
            assert any(h in t.lower() for h in features._NOT_NEGATION_HINTS) or features.folds_apart(t), t
        for k in range(len(t)):
            if features._LEADING_ATTRIBUTION.match(t, k):
                assert any(v in t for v in features._LEADING_VERBS), t
            if features._ASKED_OPENING.match(t, k):
                assert "sked" in t, t


def test_clause_years_are_the_years_written_in_digits() -> None:
    for t in [*_MARKED, "In 2014, last year and this year, the 1994-96 war and 2,015 people; next year."]:
        assert numbers_years(t, relative=False) == {y for y in numbers_years(t) if y.isdigit()}, t


def test_a_sentence_is_searched_for_he_or_she_once() -> None:
    texts = ["He left.", "The shed stood.", "She said so.", "they left"]
    read = features.StoryClaims([], texts)
    for _ in range(2):
        assert [read.may_lean(k) for k in range(4)] == [True, False, True, False]
    assert read.leaning == {0: True, 1: False, 2: True, 3: False}


def test_point_windows_are_the_key_spots_each_one_starts() -> None:
    def windows(f: features.Facts, keys: set[str]) -> list[tuple[frozenset[str], int, int]]:
        spots = [sp for sp in f.spots if sp[1] in keys]  # each window read by a filter, as before
        out = []
        for x, (n, _, s, _) in enumerate(spots):
            inside = [sp for sp in spots[x:] if sp[0] - n <= pairs.POINT_WINDOW]
            if len({sp[1] for sp in inside}) >= pairs.POINT_CONCEPTS:
                out.append((frozenset(sp[1] for sp in inside), s, max(sp[3] for sp in inside)))
        return out

    facts = _facts([*_DOCS, *_PREDICATES])
    seen = 0
    for f in facts:
        keys = {c for c in f.concepts if not c.startswith(("N:", "Y:"))}
        assert pairs._windows(f, keys) == windows(f, keys)
        seen += len(windows(f, keys))
        shuffled = features.Facts(**{**{k: getattr(f, k) for k in f.__slots__}, "spots": f.spots[::-1]})
        assert pairs._windows(shuffled, keys) == windows(shuffled, keys)  # out of order: the filter
    assert seen


def test_fact_scores_sum_the_weighed_features_as_the_generator_did() -> None:
    facts = _facts(_DOCS)
    weight = pairs.idf(facts)
    w = rules._weights()
    for fa in facts:
        for fb in facts:
            if fa.doc != fb.doc:
                p = pairs.compare(fa, fb, weight)
                f = rules.features(p)
                z = w["bias"] + math.fsum(c * f[k] for k, c in w["coef"].items())
                assert rules.fact_score(p) == 1.0 / (1.0 + math.exp(-z))


def test_place_and_agent_words_are_read_from_the_last_two_words_before() -> None:
    def last(text: str, at: int) -> str:
        words = [w.lower() for w in claims._WORD.findall(text, max(0, at - 40), at)]
        if words and words[-1] in claims._DETERMINERS:
            words.pop()
        return words[-1] if words else ""

    for t in [
        *_MARKED,
        "It was bought BY THE Google unit, in The Dallas office, at Fernhill and near Kidal.",
    ]:
        for at in range(len(t) + 1):
            assert claims._at_place(t, at) == (last(t, at) in claims._AT_PLACE)
            assert claims._by(t, at) == (last(t, at) == "by")


def test_each_value_read_on_demand_is_the_pair_property_of_its_name_with_its_default_without() -> None:
    later = pairs._Later(())
    later.got = {name: ("read", name) for name in pairs._LATER}
    p = object.__new__(pairs.Pair)  # only `later` is read
    p.later = later
    assert {name: getattr(p, name) for name in pairs._LATER} == later.got
    p.later = None
    defaults = {"claim": None, "predicate": None, "main_stated": 0.0, "slot": "", "apart": ""}
    assert {name: getattr(p, name) for name in pairs._LATER} == {
        n: defaults.get(n, False) for n in pairs._LATER
    }
    assert "claims.match" in (pairs.Pair.claim.__doc__ or "")


def _token_kind_long_way(w: str, lex: features.Lexicon) -> tuple:
    """`features._token_kind` as written before its one-part shortcut: every token through `_parts`."""
    parts = () if w[0].isdigit() else features._parts(w)
    return (
        w[0].isupper() and w.lower() not in features.STOP_WORDS,
        parts,
        tuple(features._word(t, lex) for t in parts),
    )


def test_token_kind_of_a_one_part_word_is_the_long_way_s_without_splitting_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lex = features.lexicon()
    text = (
        "The U.S. Army's carrot-and-stick plan didn’t work, O’Neill said; 3,000 well-known Bar-Illan "
        "students and 12 others — 'twas cross--country. İstanbul ſaid The THE the In 1998 x-"
    )
    toks = [t for t, _, _ in features.tokens(text)] + ["-", "a-", "’s", "Don’t"]
    want = {w: _token_kind_long_way(w, lex) for w in toks if w[:1].strip()}
    features._TOKEN_KINDS.clear()
    assert {w: features._token_kind(w, lex) for w in want} == want
    features._TOKEN_KINDS.clear()

    def split(w: str) -> tuple[str, ...]:
        raise AssertionError(f"split {w!r}")

    monkeypatch.setattr(features, "_parts", split)  # a word with no hyphen or curly apostrophe: one part
    for w in ("Smith", "the", "U.S.", "didn't", "1998"):
        features._token_kind(w, lex)
    features._TOKEN_KINDS.clear()


def test_furniture_of_a_sentence_is_worked_out_once_for_align_and_the_agreement_lists(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = ["(Photo: AP)", "Police said three people were hurt on Monday.", "Read More:", "Contact Us Today"]
    want = [features.is_furniture.__wrapped__(t) for t in texts]  # the function itself, no memo
    features.is_furniture.cache_clear()
    assert [features.is_furniture(t) for t in texts] == want

    def searched(*_a: object) -> None:
        raise AssertionError("worked out again")

    monkeypatch.setattr(features, "_to_readers", searched)  # every text above reaches it, or a test before
    monkeypatch.setattr(features, "_PROMO", re.compile("(?!)"))  # never matches: a second pass would differ
    assert [features.is_furniture(t) for t in texts] == want  # the agreement lists' pass: read back
