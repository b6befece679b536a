"""How alias statements join mentions into entities (crimecli_resolve) and records across
documents (crimecli.merge): a nickname belongs to the person it was stated with, never to a
relative named beside him, and a wrong alias never merges two entities."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from crimecli.extract import alias_record, entity_record
from crimecli.merge import merge_entities
from crimecli.nlp import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["crimecli_sentences", "crimecli_aliases", "crimecli_resolve"])


def run(nlp, text: str, people: list[str]) -> Doc:
    """Each surface in ``people`` is a PERSON span at its first occurrence after the previous one."""
    doc = nlp.make_doc(text)
    spans, at = [], 0
    for surface in people:
        start = text.index(surface, at)
        spans.append(doc.char_span(start, start + len(surface), label="PERSON"))
        at = start + len(surface)
    doc.ents = spans
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def nicknames(doc: Doc) -> dict[str, list[str]]:
    return {e["name"]: e["aliases"] for e in (entity_record(x).to_dict() for x in doc._.entities)}


def test_a_fathers_nickname_is_not_given_to_his_son(nlp):
    text = ('Ramiro Salcedo Vega, the son of Ramiro “El Halcón” Salcedo, surrendered in Arizona. '
            "Salcedo Vega faces charges.")
    doc = run(nlp, text, ["Ramiro Salcedo Vega", "Ramiro “El Halcón” Salcedo", "Salcedo Vega"])
    assert nicknames(doc) == {"Ramiro Salcedo Vega": [], "Ramiro Salcedo": ["El Halcón"]}
    assert [(a["entity"], a["alias"]) for a in map(lambda a: alias_record(a).to_dict(), doc._.aliases)] == [
        ("Ramiro Salcedo", "El Halcón")]


def test_a_nephew_named_after_his_uncle_keeps_his_own_nickname(nlp):
    text = 'Police said Luis Arana’s nephew Luis Arana Cruz, alias "El Sobrino," ran the lab.'
    doc = run(nlp, text, ["Luis Arana", "Luis Arana Cruz"])
    assert nicknames(doc) == {"Luis Arana": [], "Luis Arana Cruz": ["El Sobrino"]}


def test_without_a_kinship_word_the_short_name_still_joins(nlp):
    text = 'Ramiro “El Halcón” Salcedo was seen in Nogales. Later Ramiro Salcedo Vega was arrested.'
    doc = run(nlp, text, ["Ramiro “El Halcón” Salcedo", "Ramiro Salcedo Vega"])
    assert nicknames(doc) == {"Ramiro Salcedo Vega": ["El Halcón"]}


def test_a_nickname_stated_with_a_short_name_does_not_extend_to_a_fuller_name_across_documents():
    def rec(name, file, aliases=()):
        return {"name": name, "label": "PERSON", "file": file, "mentions": 1, "key": (file, name),
                "aliases": list(aliases)}

    merged = merge_entities([rec("Ramiro Salcedo", "a.txt", ["El Halcón"]), rec("Ramiro Salcedo Vega", "b.txt")])
    assert sorted(e["name"] for e in merged) == ["Ramiro Salcedo", "Ramiro Salcedo Vega"]
    # sharing the nickname, they are one man; and a short name without one still extends
    merged = merge_entities([rec("Ramiro Salcedo", "a.txt", ["El Halcón"]),
                             rec("Ramiro Salcedo Vega", "b.txt", ["El Halcón"])])
    assert [e["name"] for e in merged] == ["Ramiro Salcedo Vega"]
    merged = merge_entities([rec("Ramiro Salcedo", "a.txt"), rec("Ramiro Salcedo Vega", "b.txt", ["El Halcón"])])
    assert [e["name"] for e in merged] == ["Ramiro Salcedo Vega"]


def test_a_two_letter_acronym_does_not_merge_organisations_across_documents():
    def rec(name, file, aliases=()):
        return {"name": name, "label": "ORG", "file": file, "mentions": 1, "key": (file, name),
                "aliases": list(aliases)}

    # the National Police of Ecuador and of Panama are both "PN"; "ELN" is one group
    merged = merge_entities([rec("National Police", "ec.txt", ["PN"]), rec("Policía Nacional", "pa.txt", ["PN"]),
                             rec("National Liberation Army", "co.txt", ["ELN"]),
                             rec("Ejército de Liberación Nacional", "ve.txt", ["ELN"])])
    assert sorted(len(e["members"]) for e in merged) == [1, 1, 2]
