"""The gazetteer (two span rulers and the filter after them) on blank English."""

import pytest

from crimecli.nlp import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["crimecli_gazetteer_names", "crimecli_gazetteer_acronyms",
                                      "crimecli_sentences", "crimecli_gazetteer"])


def found(doc):
    return list(doc.spans["crimecli_gazetteer"])


def ents(doc):
    return [(e.text, e.label_) for e in found(doc)]


def test_countries_groups_and_acronyms(nlp):
    doc = nlp("The FARC and the ELN operate in Colombia and Venezuela, the U.S. said.")
    assert ents(doc) == [("FARC", "ORG"), ("ELN", "ORG"), ("Colombia", "PLACE"),
                         ("Venezuela", "PLACE"), ("U.S.", "PLACE")]
    eln = found(doc)[1]
    assert eln.id_ == "org:national-liberation-army"
    assert eln._.kind == "armed group" and eln._.country == "Colombia"
    assert found(doc)[2].id_ == "place:colombia" and found(doc)[2]._.kind == "country"


def test_acronyms_are_case_sensitive_names_are_not_lowercase_words(nlp):
    doc = nlp("the eln and the un met us in the gulf of venezuela")
    assert ents(doc) == []


def test_footnote_markers_never_stick(nlp):
    doc = nlp("Troops crossed into Colombia.[1] Later, Venezuela,[12] agreed.")
    assert ("Colombia", "PLACE") in ents(doc)
    assert ("Venezuela", "PLACE") in ents(doc)


def test_longest_match_wins(nlp):
    doc = nlp("The Washington Post reported from Guatemala City, not Guatemala, and Mexico City.")
    assert ents(doc) == [("The Washington Post", "ORG"), ("Guatemala City", "PLACE"),
                         ("Guatemala", "PLACE"), ("Mexico City", "PLACE")]
    assert found(doc)[0]._.kind == "media"


def test_demonyms_are_not_places(nlp):
    doc = nlp("Venezuelan and Colombian troops met Mexican officials.")
    assert ents(doc) == []


def test_personal_names_that_are_places_need_place_context(nlp):
    doc = nlp("Piedad Córdoba spoke. President Santos flew to Córdoba. Rodrigo Rivera met Niño Guerrero in Guerrero state.")
    places = [e.text for e in found(doc) if e.label_ == "PLACE"]
    assert places == ["Córdoba", "Guerrero"]
    assert found(doc)[-1].start_char == doc.text.index("Guerrero state")


def test_accents_and_subdivisions(nlp):
    doc = nlp("From Cucuta in Norte de Santander to San Antonio del Táchira and Táchira, then Bogota.")
    got = {e.text: (e._.kind, e._.country) for e in found(doc)}
    assert got["Cucuta"] == ("city or town", "Colombia")
    assert got["Norte de Santander"] == ("state or department", "Colombia")
    assert got["San Antonio del Táchira"] == ("city or town", "Venezuela")
    assert got["Táchira"] == ("state or department", "Venezuela")
    assert got["Bogota"] == ("city or town", "Colombia")


def test_regions_and_gangs(nlp):
    doc = nlp("Los Choneros and the Tren de Aragua move cocaine through the Darién Gap and the Caribbean.")
    got = {e.text: e._.kind for e in found(doc)}
    assert got["Los Choneros"] == "criminal group"
    assert got["Tren de Aragua"] == "criminal group"
    assert got["Darién Gap"] == "region"
    assert got["Caribbean"] == "region"


def test_acronym_in_capitals_headline(nlp):
    doc = nlp("WHO ARE THE REBELS?\nThe WHO warned.")
    assert [e.text for e in found(doc)] == ["WHO"]
    assert found(doc)[0].start > 4
