"""crimecli_aliases on spaCy's blank English, with entity spans set by hand (as the recognisers
would) or left empty (the component's own fallbacks)."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc

from crimecli.extract import alias_record
from crimecli.nlp import build_pipeline
from crimecli.pipeline.aliases import acronym_matches, is_translation
from crimecli.text import is_acronym


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["crimecli_sentences", "crimecli_aliases"])


def run(nlp, text: str, ents: list[tuple[str, str]] = (), occurrence: int = 0) -> Doc:
    """Tokenise, set the given (surface, label) entity spans (first occurrence), run the pipe."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def aliases(doc: Doc) -> list[dict]:
    """The alias statements as JSON-contract records."""
    return [alias_record(a).to_dict() for a in doc._.aliases]


def pairs(doc: Doc) -> list[tuple[str, str, str]]:
    return [(a["entity"], a["alias"], a["type"]) for a in aliases(doc)]


def test_alias_in_quotes_after_a_name(nlp):
    text = 'Wilber Varela, alias "Jabon," former head of the Rastrojos, was killed in Venezuela.'
    doc = run(nlp, text, [("Wilber Varela", "PERSON"), ("Rastrojos", "ORG"), ("Venezuela", "PLACE")])
    assert pairs(doc) == [("Wilber Varela", "Jabon", "nickname")]
    a = aliases(doc)[0]
    assert a["label"] == "PERSON"
    assert a["evidence"] == 'Wilber Varela, alias "Jabon,"'
    assert text[a["start"]:a["end"]] == a["evidence"]
    assert ("Jabon", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_quote_is_not_part_of_the_alias_even_when_the_recogniser_swallowed_it(nlp):
    text = 'In July Carlos Alberto Renteria Mantilla, alias "Beto," was captured.'
    doc = nlp.make_doc(text)
    start = text.index("Carlos")
    bad = doc.char_span(start, text.index("Beto") + 4, label="PERSON")  # 'Carlos ... alias "Beto'
    doc.ents = [bad]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert pairs(doc) == [("Carlos Alberto Renteria Mantilla", "Beto", "nickname")]
    texts = [e.text for e in doc.ents]
    assert "Carlos Alberto Renteria Mantilla" in texts and "Beto" in texts
    assert not any('"' in t for t in texts)


def test_curly_quotes_and_later_bare_mentions_of_the_alias(nlp):
    text = ("Dairo Antonio Úsuga, alias “Otoniel,” led the Gulf Clan for a decade. "
            "Otoniel was extradited to the United States in May.")
    doc = run(nlp, text, [("Dairo Antonio Úsuga", "PERSON"), ("Gulf Clan", "ORG")])
    assert pairs(doc) == [("Dairo Antonio Úsuga", "Otoniel", "nickname")]
    otoniel = [e for e in doc.ents if e.text == "Otoniel"]
    assert len(otoniel) == 2 and all(e.label_ == "PERSON" for e in otoniel)


def test_unquoted_alias_and_bracketed_alias(nlp):
    text = ("Néstor Gregorio Vera Fernández, alias Iván Mordisco, leads the dissidents. "
            "Miguel Botache Santillana (alias Gentil Duarte) died in 2022.")
    doc = run(nlp, text)  # no recogniser spans: the capitalised run before 'alias' is the name
    assert pairs(doc) == [
        ("Néstor Gregorio Vera Fernández", "Iván Mordisco", "nickname"),
        ("Miguel Botache Santillana", "Gentil Duarte", "nickname"),
    ]
    assert aliases(doc)[1]["evidence"] == "Miguel Botache Santillana (alias Gentil Duarte)"


def test_aka_and_known_as_after_a_recognised_name(nlp):
    text = ("Ismael Zambada, a.k.a. “El Mayo,” ran the cartel. "
            "The Gulf Clan, also known as the Urabeños, controls the coast.")
    doc = run(nlp, text, [("Ismael Zambada", "PERSON"), ("Gulf Clan", "ORG")])
    assert pairs(doc) == [("Ismael Zambada", "El Mayo", "nickname"), ("Gulf Clan", "Urabeños", "other")]


def test_nickname_inside_a_name(nlp):
    text = 'Joaquín "El Chapo" Guzmán was extradited in 2017.'
    doc = run(nlp, text)
    assert pairs(doc) == [("Joaquín Guzmán", "El Chapo", "nickname")]
    assert [(e.text, e.label_) for e in doc.ents] == [('Joaquín "El Chapo" Guzmán', "PERSON")]


def test_acronym_after_the_long_name_in_english_order_or_spanish_order(nlp):
    text = ("sympathy for the two main rebel groups, the Revolutionary Armed Forces of Colombia (FARC) "
            "and the National Liberation Army (ELN).")
    doc = run(nlp, text)
    assert pairs(doc) == [
        ("Revolutionary Armed Forces of Colombia", "FARC", "acronym"),
        ("National Liberation Army", "ELN", "acronym"),
    ]
    assert aliases(doc)[0]["evidence"] == "Revolutionary Armed Forces of Colombia (FARC)"


def test_acronym_before_its_expansion(nlp):
    text = "The FELCN (Fuerza Especial de Lucha Contra el Narcotráfico) seized 2 tons."
    doc = run(nlp, text)
    assert pairs(doc) == [("Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", "acronym")]
    assert aliases(doc)[0]["evidence"] == "FELCN (Fuerza Especial de Lucha Contra el Narcotráfico)"


def test_acronym_of_a_recognised_organisation_in_another_language(nlp):
    text = "Interagency Coordination Platform for Refugees and Migrants (R4V), 5 July 2022."
    doc = run(nlp, text, [("Interagency Coordination Platform for Refugees and Migrants", "ORG")])
    assert pairs(doc) == [("Interagency Coordination Platform for Refugees and Migrants", "R4V", "acronym")]


def test_translations_both_ways(nlp):
    text = ("Military officers linked to the Cartel de los Soles (Cartel of the Suns) profit. "
            "In Arauca, where its Eastern War Front (Frente de Guerra Oriental) operates.")
    doc = run(nlp, text, [("Arauca", "PLACE")])
    assert pairs(doc) == [
        ("Cartel de los Soles", "Cartel of the Suns", "translation"),
        ("Eastern War Front", "Frente de Guerra Oriental", "translation"),
    ]


def test_short_name_as_is_known(nlp):
    text = ("imposed travel restrictions under the Rio Treaty, as the Inter-American Treaty of "
            "Reciprocal Assistance is known.")
    doc = run(nlp, text)
    assert pairs(doc) == [("Inter-American Treaty of Reciprocal Assistance", "Rio Treaty", "short name")]
    assert aliases(doc)[0]["evidence"] == (
        "the Rio Treaty, as the Inter-American Treaty of Reciprocal Assistance is known")


@pytest.mark.parametrize("text, ents", [
    ("the para-police groups, known as colectivos, that are loyal", []),
    ("a hapless mercenary invasion known as Operation Gideon, aimed at", []),
    ('the criminal groups that the government calls "BACRIMs." Relations', []),
    ("assassinations of civil society figures, also known as “social leaders”.", []),
    ("tweet by Petro Gustavo, president of Colombia, @petrogustavo, 10:16pm", [("Petro Gustavo", "PERSON")]),
    ("the states of Arauca (Colombia) and Apure (Venezuela).",
     [("Arauca", "PLACE"), ("Colombia", "PLACE"), ("Apure", "PLACE"), ("Venezuela", "PLACE")]),
    ("said the Ministry of Defense (AFP) on Monday.", [("Ministry of Defense", "ORG")]),
    ("the guerrilla group M-19 (of which Petro was a member) disarmed", []),
    ("Venezuela y Colombia: una relación de encuentros (Caracas, 2020).", []),
])
def test_things_that_are_not_aliases(nlp, text, ents):
    assert aliases(run(nlp, text, ents)) == []


def test_acronym_checks():
    assert acronym_matches("FARC", "Revolutionary Armed Forces of Colombia".split())
    assert acronym_matches("FARC", "Fuerzas Armadas Revolucionarias de Colombia".split())
    assert acronym_matches("ELN", "National Liberation Army".split())
    assert acronym_matches("UNODC", "United Nations Office on Drugs and Crime".split())
    assert not acronym_matches("DEA", "National Liberation Army".split())
    assert not acronym_matches("OAS", "International Narcotics Control Board".split())
    assert is_acronym("M-19") and is_acronym("R4V") and not is_acronym("Celac")
    assert is_translation("Cartel de los Soles", "Cartel of the Suns")
    assert not is_translation("National Liberation Army", "National Liberation Front")


def test_evidence_offsets_point_into_the_text(nlp):
    text = re.sub(r"\s+", " ", """Now Daniel Barrera, alias "Loco Barrera," the Comba brothers (Luis
        Enrique Calle Serna, alias "Comba," and Javier Antonio Calle Serna, alias "El Doctor"), are in
        Venezuela, as is the Organization of American States (OAS).""")
    doc = run(nlp, text)
    assert [a["alias"] for a in aliases(doc)] == ["Loco Barrera", "Comba", "El Doctor", "OAS"]
    for a in aliases(doc):
        assert text[a["start"]:a["end"]] == a["evidence"]
        assert a["alias"] in a["evidence"] and a["entity"] in a["evidence"]


def test_alias_types_are_data_and_the_json_schema_agrees():
    import json
    from pathlib import Path

    from crimecli.lexicons import alias_types

    schema = json.loads((Path(__file__).resolve().parents[1] / "docs" / "schema" / "crimecli.schema.json")
                        .read_text(encoding="utf-8"))
    assert schema["$defs"]["alias"]["properties"]["type"]["enum"] == list(alias_types())
    assert all(isinstance(row["names_the_entity"], bool) for row in alias_types().values())


def test_later_mentions_follow_the_type_behaviour(nlp):
    # an acronym names the entity wherever it stands again; an "other" alias does not
    text = ("The Revolutionary Armed Forces of Colombia (FARC) met. The Gulf Clan, known as the "
            "Urabeños, refused. Later FARC and the Urabeños spoke.")
    doc = run(nlp, text, [("Gulf Clan", "ORG")])
    assert [a["type"] for a in aliases(doc)] == ["acronym", "other"]
    later = text.rindex("FARC")
    assert any(e.start_char == later and e.text == "FARC" for e in doc.ents)
    assert not any(e.start_char == text.rindex("Urabeños") for e in doc.ents)
