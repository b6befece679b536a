"""crimecli_names (after the gazetteer, before crimecli_ents) on blank English."""

import pytest

from crimecli.nlp import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["crimecli_gazetteer_names", "crimecli_gazetteer_acronyms",
                                      "crimecli_sentences", "crimecli_gazetteer", "crimecli_names",
                                      "crimecli_ents"])


def people(doc):
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_titles_and_spanish_names(nlp):
    doc = nlp("Defense Minister Juan Carlos Pinzon met President Nicolás Maduro and "
              "Luiz Inácio Lula da Silva in Caracas.")
    assert people(doc) == ["Juan Carlos Pinzon", "Nicolás Maduro", "Luiz Inácio Lula da Silva"]


def test_appositive_role_and_possessive(nlp):
    doc = nlp("The Colombian Defense Minister, Rodrigo Rivera, met Venezuela’s Minister of Interior, "
              "Tareck El Aissami. Rivera’s plan worked.")
    assert people(doc) == ["Rodrigo Rivera", "Tareck El Aissami", "Rivera"]


def test_single_word_needs_evidence(nlp):
    doc = nlp("However, Maduro spoke. President Petro replied. The Biden administration agreed.")
    assert people(doc) == ["Petro", "Biden"]


def test_surname_of_known_person(nlp):
    doc = nlp("Evo Morales asked for help. Later Morales flew to Caracas.")
    assert people(doc) == ["Evo Morales", "Morales"]


def test_stop_words_bylines_and_months(nlp):
    doc = nlp("BY PATRICK CORCORAN\nDespite the talks, In July Colombian troops left. DONATE")
    assert people(doc) == []


def test_organisation_heads_and_gang_names(nlp):
    doc = nlp("The Cartel de Santa Rosa and Los Zetones met the Ministry of Mines and the Northern Coast Front.")
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert orgs == ["Cartel de Santa Rosa", "Los Zetones", "Ministry of Mines", "Northern Coast Front"]


def test_places_after_trigger(nlp):
    doc = nlp("Fighting spread to the municipality of Tarazona and the department of Xanadu.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Tarazona", "PLACE"), ("Xanadu", "PLACE")]


def test_citation_outlet_and_author(nlp):
    doc = nlp("[3] Ana Pérez, “Crisis en la frontera”, La Voz del Llano, 7 March 2013.")
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("Ana Pérez", "PERSON") in found
    assert ("La Voz del Llano", "ORG") in found


def test_gazetteer_wins(nlp):
    doc = nlp("The Sinaloa Cartel and the Norte del Valle Cartel clashed.")
    ents = [(e.text, e.id_) for e in doc.ents]
    assert ents == [("Sinaloa Cartel", "org:sinaloa-cartel"), ("Norte del Valle Cartel", "org:norte-del-valle-cartel")]


def test_an_organisation_folded_into_a_place_does_not_shift_the_rest(nlp):
    # issue 10: the first "Fiscalía de Estados Unidos" merged two entities into one, and the
    # second "... de Estados Unidos" was looked up one entity too far (IndexError)
    doc = nlp("The ministry said the Fiscalía de Estados Unidos filed the case.\n"
              "It was a process started by the Poder Judicial de Estados Unidos.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ents[0] == ("Fiscalía de Estados Unidos", "ORG")
    assert ents[-1] == ("Estados Unidos", "PLACE")


def test_entities_after_a_merged_organisation_are_still_read(nlp):
    doc = nlp("The Fiscalía de Colombia and the Policía Nacional del Ecuador met the Jalisco Cartel.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "ORG"] == [
        ("Fiscalía de Colombia", "ORG"), ("Policía Nacional del Ecuador", "ORG"), ("Jalisco Cartel", "ORG")]
