"""Clustering a pile that is not English: its own document frequencies, words outside ASCII whole."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsbrief.cluster import cluster_documents, dedupe, engine
from newsbrief.cluster.vectors import cluster_terms, english, foreign_terms, pile_idf, shingle_words, vector
from newsbrief.model import Document
from newsbrief.represent import words

# two stories in French (our own writing), three articles each: they share French's common words only
FRENCH = {
    "pont": [
        "Le pont de la rivière a été fermé lundi par la mairie de Villeneuve après la découverte d'une "
        "fissure dans une pile. Les ingénieurs de la région inspectent le pont et les camions doivent "
        "faire un détour de vingt kilomètres par la route de la vallée. Aucun blessé n'est à déplorer, "
        "mais la circulation reste perturbée toute la semaine autour du pont.",
        "À Villeneuve, la fermeture du pont sur la rivière inquiète les commerçants. Une fissure a été "
        "découverte sur une pile du pont et les ingénieurs prévoient des travaux de plusieurs mois. Le "
        "maire a demandé une aide de l'État pour réparer le pont. Les habitants "
        "craignent que la fermeture du pont dure tout l'hiver.",
        "Les camions évitent désormais Villeneuve : le pont de la rivière reste fermé à cause d'une "
        "fissure. Selon les ingénieurs, la pile abîmée sera renforcée avant l'hiver et le pont rouvrira "
        "au printemps, a annoncé le maire. En attendant, "
        "une navette relie les deux rives de la rivière.",
    ],
    "bibliotheque": [
        "La nouvelle bibliothèque municipale de Saint-Laurent a ouvert ses portes samedi. Les lecteurs "
        "peuvent emprunter des livres, des disques et des jeux, et une salle accueille les écoliers le "
        "mercredi pour des lectures de contes. "
        "La bibliothèque est ouverte six jours sur sept.",
        "Des centaines de familles ont visité samedi la bibliothèque de Saint-Laurent. Le bâtiment, en "
        "bois et en verre, abrite quarante mille livres ; les bibliothécaires organisent des lectures de "
        "contes pour les écoliers chaque mercredi. "
        "Les prêts de livres sont gratuits pour tous.",
        "Saint-Laurent inaugure sa bibliothèque : quarante mille livres, des jeux et des disques à "
        "emprunter gratuitement. Les écoliers y viendront le mercredi écouter des contes lus par les "
        "bibliothécaires, a expliqué la directrice. "
        "La bibliothèque a coûté quatre millions d'euros.",
    ],
    "orage": [
        "Un violent orage de grêle a frappé dimanche soir les vignobles du Val-Fleuri. Des grêlons gros "
        "comme des noix ont détruit une partie des vendanges, et les pompiers sont intervenus pour des "
        "toitures arrachées dans trois villages. Les vignerons "
        "craignent pour la récolte de cette année.",
        "Grêle sur le Val-Fleuri : les viticulteurs estiment avoir perdu la moitié de leurs raisins après "
        "l'orage de dimanche soir. Les pompiers ont bâché des toitures arrachées et la préfecture promet "
        "un fonds pour les vignobles sinistrés. La grêle "
        "a duré une vingtaine de minutes.",
        "Au lendemain de l'orage, les vignerons du Val-Fleuri comptent les dégâts : grêlons, vendanges "
        "détruites, toitures arrachées. La préfecture demande aux viticulteurs de déclarer leurs pertes "
        "avant la fin du mois. Certains "
        "vignobles ont perdu toute leur récolte.",
    ],
}
ENGLISH = (
    "The river bridge in the town was closed on Monday after engineers found a crack in one of its "
    "piers, and trucks must now take a long detour through the valley."
)


def _docs(stories: dict[str, list[str]]) -> list[Document]:
    return [
        Document(id=f"{name}-{k}", source=f"{name}-{k}.txt", title=None, text=text, raw=text)
        for name, texts in stories.items()
        for k, text in enumerate(texts, 1)
    ]


def test_an_article_is_english_by_its_share_of_english_stop_words() -> None:
    assert english(ENGLISH) and english("")
    assert not any(english(t) for texts in FRENCH.values() for t in texts)
    assert not english("تبرعات الاغاثة بعد أمواج المد في عام 2005")


def test_a_word_outside_ascii_is_one_term_only_when_weighed_by_its_pile() -> None:
    text = "La fissure découverte à Villeneuve"
    assert foreign_terms(text) == ["découv"]  # its first six letters: "découvert", "découvertes" too
    assert "découv" in cluster_terms(text, True) and "découv" not in cluster_terms(text)
    assert "नई" in foreign_terms("पुस्तकालय की नई इमारत।")  # a vowel sign does not cut a Hindi word


def test_a_french_pile_weighs_its_common_words_as_common_and_parts_its_stories() -> None:
    # session 44: French's common words ("la", "de", "les") were rare to the English table, so every
    # article of a French pile was one story (MultiLing 2011's French file: B-cubed precision 0.100)
    stories = cluster_documents(_docs(FRENCH))
    assert sorted(sorted(m.document.id for m in s.members) for s in stories) == [
        [f"{name}-{k}" for k in (1, 2, 3)] for name in sorted(FRENCH)
    ]
    idf = pile_idf(t for texts in FRENCH.values() for t in texts)
    assert idf("la") < idf("pont") < idf("villeneuve")  # in every article, in three, in three (fewer times)
    assert idf("la") == 1.0


def test_an_english_article_keeps_the_tables_vector_beside_a_french_pile() -> None:
    docs = [*_docs(FRENCH), Document(id="en", source="en.txt", title=None, text=ENGLISH, raw=ENGLISH)]
    pieces = {p.id: p for p in engine.pieces(docs)}
    assert pieces["en"].vec == vector(ENGLISH)
    assert pieces["pont-1"].vec != vector(FRENCH["pont"][0])


def test_bench_multiling_adds_a_row_per_language_of_the_other_languages_file(tmp_path: Path, capsys) -> None:
    # session 44: the other-language MultiLing file (Arabic ... Hindi) had no bench row
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import bench_cluster

    en = [{"id": "m0", "language": "english", "documents": [ENGLISH, ENGLISH + " More."]}]
    fr = [
        {"id": f"multiling2011-french-{name}", "language": "french", "documents": texts}
        for name, texts in FRENCH.items()
    ]
    for name, rows in ((bench_cluster.MULTILING, en), (bench_cluster.MULTILING_OTHER, fr)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    argv = ["--data-dir", str(tmp_path), "--only", "multiling", "--multiling", "--orders", "1"]
    assert bench_cluster.main(argv) == 0
    table = capsys.readouterr().out
    assert "| multiling-en | 2 | 1 | newsbrief |" in table
    assert "| multiling-french | 9 | 3 | newsbrief | 1.000 | 1.000 | 1.000 |" in table


def test_two_articles_in_another_script_are_copies_only_when_their_words_are() -> None:
    # session 44: shingles were of ASCII words only, so two Greek (or Hindi) articles, which have none,
    # had one empty shingle set and were copies of each other (MultiLing 2011's Hindi: 39 articles)
    bridge = (
        "Η γέφυρα του ποταμού έκλεισε τη Δευτέρα μετά από μια ρωγμή που βρήκαν οι μηχανικοί στη βάση της."
    )
    library = (
        "Η νέα δημοτική βιβλιοθήκη άνοιξε το Σάββατο με σαράντα χιλιάδες βιβλία για μικρούς και μεγάλους."
    )
    assert shingle_words(bridge)[:3] == ["η", "γέφυρα", "του"]
    assert dedupe.signature(bridge).jaccard(dedupe.signature(library)) < dedupe.THRESHOLD
    assert dedupe.signature(bridge).jaccard(dedupe.signature(bridge + " ")) == 1.0
    assert shingle_words(ENGLISH) == words(ENGLISH)  # English keeps its shingles


def test_arabic_hebrew_and_hindi_words_lose_their_light_affixes() -> None:
    # session 46: "الزلزال" (the earthquake), "والزلزال" (and the earthquake), "بالزلزال" (by the
    # earthquake) were three terms, so a story's Arabic articles shared fewer of them (MultiLing 2011's
    # Arabic one-shot F1 0.771, Hebrew 0.635: stories split); the same for Hebrew's prefixes and endings
    # and Hindi's endings
    assert set(cluster_terms("الزلزال والزلزال بالزلزال زلزال", True)) == {"زلزال"}
    assert len(set(cluster_terms("المدرسة المدرسه", True))) == 1  # ta marbuta written as ha
    assert set(cluster_terms("האדמה באדמה אדמה", True)) == {"אדמ"}
    assert set(cluster_terms("ילדים לילדים", True)) == {"ילד"}  # a final mem is a mem
    assert set(cluster_terms("भूकंप भूकंपों", True)) == {"भूकंप"}
    assert set(cluster_terms("लड़कों लड़के", True)) == {"लडक"}  # the nukta dropped
    # a short word keeps its letters; another script's word only its first six
    assert cluster_terms("ال بك", True) == ["ال", "بك"] and foreign_terms("découverte") == ["découv"]


def test_an_affix_rule_lists_its_affixes_longest_first_as_its_words_are_folded() -> None:
    from newsbrief.cluster.affixes import RULES, rule, stem

    for r in RULES:
        for affixes in (r.prefixes, r.suffixes):
            assert [len(a) for a in affixes] == sorted((len(a) for a in affixes), reverse=True)
            assert all(a.translate(r.fold) == a for a in affixes)
    assert rule("زلزال").name == "arabic" and rule("אדמה").name == "hebrew" and rule("découverte") is None
    assert stem("مدينة") == "مدين" and stem("وصل") == "وصل"  # two letters stay, three after "و"
    assert stem("ים") == "ימ"  # a word that is all ending stays (its final mem folded)
