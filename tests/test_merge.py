"""Merging per-document entities into corpus entities (crimecli.merge): pure, no store."""

from __future__ import annotations

import pytest

from crimecli.merge import (
    canonical_name,
    group_records,
    compatible_people,
    extends,
    is_distinctive,
    merge_entities,
    search_forms,
    suggest,
)


def rec(name, label="PERSON", file="a.txt", mentions=1, **extra):
    return {"name": name, "label": label, "file": file, "mentions": mentions, "key": (file, name), **extra}


def names(merged):
    """Each corpus entity as the sorted tuple of the names it was merged from."""
    return sorted(tuple(sorted(k[1] for k in e["members"])) for e in merged)


def test_distinctive_forms():
    assert is_distinctive("FARC")
    assert is_distinctive("Diego Rastrojo", "PERSON")
    assert not is_distinctive("Santos", "PERSON")
    assert not is_distinctive("the Rastrojos")  # the article does not make a second word


def test_accents_and_case_merge():
    merged = merge_entities([rec("Álvaro Uribe", file="a.txt", mentions=3),
                             rec("alvaro uribe", file="b.txt"),
                             rec("ALVARO URIBE", file="c.txt")])
    [uribe] = merged
    assert uribe["name"] == "Álvaro Uribe"
    assert uribe["documents"] == ["a.txt", "b.txt", "c.txt"]
    assert uribe["mentions"] == 5
    assert uribe["id"] == "person:alvaro-uribe"


def test_organisations_ignore_a_leading_article():
    [rastrojos] = merge_entities([rec("the Rastrojos", "ORG", "a.txt"), rec("Los Rastrojos", "ORG", "b.txt"),
                                  rec("Rastrojos", "ORG", "c.txt")])
    assert rastrojos["name"] == "Los Rastrojos"
    assert set(rastrojos["variants"]) == {"the Rastrojos", "Rastrojos"}


def test_shared_acronym_merges():
    merged = merge_entities([
        rec("Revolutionary Armed Forces of Colombia", "ORG", "a.txt", aliases=["FARC"]),
        rec("FARC", "ORG", "b.txt", mentions=4),
        rec("Fuerzas Armadas Revolucionarias de Colombia", "ORG", "c.txt", aliases=["FARC"]),
        rec("National Liberation Army", "ORG", "a.txt", aliases=["ELN"]),
    ])
    assert names(merged) == [
        ("FARC", "Fuerzas Armadas Revolucionarias de Colombia", "Revolutionary Armed Forces of Colombia"),
        ("National Liberation Army",),
    ]
    farc = merged[0]
    assert farc["aliases"] == ["FARC"]
    assert farc["mentions"] == 6
    assert farc["name"] in ("Revolutionary Armed Forces of Colombia", "Fuerzas Armadas Revolucionarias de Colombia")


def test_shared_multi_word_nickname_merges_but_not_a_single_word():
    merged = merge_entities([
        rec("Diego Perez Henao", aliases=["Diego Rastrojo"], file="a.txt"),
        rec("Diego Pérez", aliases=["Diego Rastrojo"], file="b.txt"),
        rec("Wilber Varela", aliases=["Jabon"], file="a.txt"),
        rec("Jabon", file="c.txt"),  # a single word is never enough evidence
    ])
    assert names(merged) == [("Diego Perez Henao", "Diego Pérez"), ("Jabon",), ("Wilber Varela",)]


def test_people_who_share_a_surname_or_first_name_stay_apart():
    merged = merge_entities([
        rec("Juan Manuel Santos", variants=["Santos"], file="a.txt"),
        rec("Jesús Santrich", variants=["Santrich"], file="b.txt"),
        rec("Francisco Santos", variants=["Santos"], file="c.txt"),
        rec("Iván Duque", variants=["Duque"], file="d.txt"),
        rec("Ivan Marquez", variants=["Márquez"], file="e.txt"),
    ])
    assert len(merged) == 5


def test_a_shared_nickname_does_not_merge_conflicting_names():
    # Two commanders both called "El Mono": the nickname is multi-word, the names conflict.
    merged = merge_entities([rec("Jorge Briceño", aliases=["El Mono"], file="a.txt"),
                             rec("Iván Márquez", aliases=["El Mono"], file="b.txt")])
    assert len(merged) == 2
    # ... but a nickname does join a full name to a name that extends it.
    merged = merge_entities([rec("Jorge Briceño", aliases=["Mono Jojoy"], file="a.txt"),
                             rec("Jorge Briceño Suárez", aliases=["Mono Jojoy"], file="b.txt")])
    assert len(merged) == 1
    assert merged[0]["name"] == "Jorge Briceño Suárez"


def test_a_name_that_extends_another_merges():
    [uribe] = merge_entities([rec("Alvaro Uribe", file="a.txt", mentions=5),
                              rec("Álvaro Uribe Vélez", file="b.txt")])
    assert uribe["name"] == "Álvaro Uribe Vélez"  # the fullest form
    assert uribe["variants"] == ["Alvaro Uribe"]


def test_an_ambiguous_short_name_is_left_alone():
    merged = merge_entities([rec("Juan Santos", file="a.txt"),
                             rec("Juan Manuel Santos", file="b.txt"),
                             rec("Juan Pablo Santos", file="c.txt")])
    assert names(merged) == [("Juan Manuel Santos",), ("Juan Pablo Santos",), ("Juan Santos",)]


def test_labels_never_merge():
    merged = merge_entities([rec("Santander", "PLACE"), rec("Santander", "ORG"), rec("Santander", "PERSON")])
    assert len(merged) == 3
    assert {e["id"] for e in merged} == {"place:santander", "org:santander", "person:santander"}


def test_kind_and_country_are_the_most_common():
    [maduro] = merge_entities([rec("Nicolás Maduro", country="Venezuela", kind=None, file="a.txt"),
                               rec("Nicolas Maduro", country="Venezuela", file="b.txt"),
                               rec("Nicolás Maduro", country="Colombia", file="c.txt")])
    assert maduro["country"] == "Venezuela"
    assert maduro["name"] == "Nicolás Maduro"


def test_name_helpers():
    assert extends("Alvaro Uribe", "Álvaro Uribe Vélez")
    assert not extends("Uribe", "Álvaro Uribe Vélez")  # a bare surname extends nothing
    assert not extends("Iván Duque", "Iván Márquez")
    assert compatible_people("Hugo Chávez", "Hugo Rafael Chávez Frías")
    assert not compatible_people("Juan Manuel Santos", "Jesús Santrich")
    assert canonical_name([("Alvaro Uribe", 9), ("Álvaro Uribe Vélez", 1)]) == "Álvaro Uribe Vélez"
    assert canonical_name([("Hugo Chavez", 1), ("Hugo Chávez", 1)]) == "Hugo Chávez"


def test_search_forms_skip_bare_surnames():
    forms = search_forms({"label": "PERSON", "name": "Wilber Varela", "variants": ["Varela", "Wilber Alirio Varela"],
                          "aliases": ["Jabon", "Jabón"]})
    assert forms == ["Wilber Varela", "Jabón", "Wilber Alirio Varela"]


def test_suggest():
    candidates = ["Nicolás Maduro", "Iván Duque", "Hugo Chávez", "Revolutionary Armed Forces of Colombia"]
    assert suggest("Maduo", candidates) == ["Nicolás Maduro"]
    assert suggest("hugo chaves", candidates)[0] == "Hugo Chávez"
    assert suggest("zzzzqqq", candidates) == []
    assert suggest("anything", []) == []


def test_a_lone_body_in_a_later_section_joins_the_one_countrys_body_holding_it():
    records = [{"label": "ORG", "name": "Colombian Congress", "id": "org:colombian-congress", "country": "Colombia"},
               {"label": "ORG", "name": "Congress", "id": "org:congress"}]
    assert sorted(map(sorted, group_records(records, one_document=True))) == [[0, 1]]
    # near misses: two countries' congresses leave it alone, and so does a corpus of documents
    two = records + [{"label": "ORG", "name": "Peruvian Congress", "id": "org:peruvian-congress", "country": "Peru"}]
    assert sorted(map(sorted, group_records(two, one_document=True))) == [[0], [1], [2]]
    assert sorted(map(sorted, group_records(records))) == [[0], [1]]
