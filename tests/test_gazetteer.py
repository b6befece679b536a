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


# Every Latin American and Caribbean country's security forces and state bodies are listed, each
# under its own id and country (the region-wide coverage, not a list of names one text uses).
_REGION = ("Mexico", "Guatemala", "Belize", "El Salvador", "Honduras", "Nicaragua", "Costa Rica", "Panama",
           "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Paraguay", "Chile", "Argentina", "Uruguay",
           "Brazil", "Guyana", "Suriname", "Cuba", "Haiti", "Dominican Republic", "Jamaica",
           "Trinidad and Tobago")


def test_every_country_of_the_region_has_its_police_and_state_bodies():
    from crimecli.text import read_jsonl
    rows = [r for r in read_jsonl("curated/organizations.jsonl") if r.get("label") == "ORG"]
    for country in _REGION:
        kinds = {r["kind"] for r in rows if r["country"] == country}
        assert "security force" in kinds, country
    for country in _REGION:
        if country not in ("Belize", "Guyana", "Suriname"):
            assert any(r["kind"] == "government body" for r in rows if r["country"] == country), country
    # one canonical row per name and country
    keys = [(r["name"], r["country"]) for r in rows]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("text, name, country, kind", [
    ("Officers of the Jamaica Constabulary Force seized rifles in Kingston.", "Jamaica Constabulary Force",
     "Jamaica", "security force"),
    ("The PNR detained two men in Holguín, state media said.", "PNR", "Cuba", "security force"),
    ("Agents of the DNCD found cocaine in a container at the port.", "DNCD", "Dominican Republic",
     "security force"),
    ("The Investigations Police of Chile arrested a Venezuelan suspect.", "Investigations Police of Chile",
     "Chile", "security force"),
    ("A court in Rosario sentenced leaders of Los Monos.", "Los Monos", "Argentina", "criminal group"),
    ("The Viv Ansanm coalition attacked Mirebalais.", "Viv Ansanm", "Haiti", "criminal group"),
    ("Officials blamed the Rasta City gang for the killings.", "Rasta City", "Trinidad and Tobago",
     "criminal group"),
    ("Inmates linked to Guardiões do Estado rioted in Fortaleza.", "Guardiões do Estado", "Brazil",
     "criminal group"),
    ("Guards of INPEC moved the prisoner to Bogotá.", "INPEC", "Colombia", "government body"),
    ("SUNAT seized undeclared gold at Callao.", "SUNAT", "Peru", "government body"),
    ("The SENAD and Brazilian police destroyed marijuana plots.", "SENAD", "Paraguay", "government body"),
])
def test_region_bodies_and_groups(nlp, text, name, country, kind):
    span = next(s for s in found(nlp(text)) if s.text == name)
    assert span.label_ == "ORG" and span._.country == country and span._.kind == kind


def test_a_region_acronym_shared_by_two_countries_is_not_claimed_by_one(nlp):
    # PNH is both Haiti's and Honduras's national police: no row claims it, so neither is guessed
    doc = nlp("The PNH said the gang had withdrawn.")
    assert [s for s in found(doc) if s.text == "PNH"] == []


def test_a_platform_named_as_the_medium_is_no_organisation(nlp):
    doc = nlp("Extortion demands were sent over Telegram and posted on TikTok and Instagram, and the "
              "gang ran a WhatsApp group for lookouts. YouTube said it had removed the videos; a "
              "spokeswoman for Facebook declined to comment.")
    assert ents(doc) == [("YouTube", "ORG"), ("Facebook", "ORG")]
    assert ents(nlp("Follow us: Instagram | TikTok | YouTube")) == []


def test_a_department_written_without_its_article(nlp):
    doc = nlp("Cocaine labs were found in Beni, near the border with Brazil.")
    beni = found(doc)[0]
    assert (beni.text, beni._.country, beni._.kind) == ("Beni", "Bolivia", "state or department")


def test_a_listed_name_inside_a_longer_capitals_heading_is_no_mention(nlp):
    doc = nlp("REMARKS BY THE MINISTER OF FOREIGN AFFAIRS OF PANAMA\nThe minister spoke.")
    assert ents(doc) == [("PANAMA", "PLACE")]


def test_a_sentence_opening_capital_does_not_make_a_generic_body_a_name(nlp):
    doc = nlp("Federal police raided the port. The Federal Police said nothing.")
    assert [e.text for e in found(doc) if e.label_ == "ORG"] == ["Federal Police"]


@pytest.mark.parametrize("text, places", [
    ("The Rosario police blamed a local gang for the shooting.", ["Rosario"]),
    ("Santiago prosecutors appealed the ruling.", ["Santiago"]),
    # a given name before it makes it a surname all the same
    ("Carlos Santos police officer since 2019, he was arrested.", []),
    # so is it with its possessive before its police or a local tier's body
    ("Asked about it, Santiago's police declined to comment.", ["Santiago"]),
    ("Patrols by Rosario's Municipal Guard doubled.", ["Rosario"]),
    ("Gabriel Lima's police record was clean.", []),
])
def test_a_city_that_is_also_a_name_before_its_lower_case_police_is_a_place(nlp, text, places):
    doc = nlp(text)
    assert [s.text for s in doc.spans["crimecli_gazetteer"] if s.label_ == "PLACE"] == places


@pytest.mark.parametrize("text, places", [
    ("Headline\nSANTIAGO, Chile (AP) — Two officers died.", ["SANTIAGO", "Chile"]),
    ("Headline\nROSARIO — Two men died in a shooting.", ["ROSARIO"]),
    ("Reporting by CARLOS LIMA, staff writer.", []),
])
def test_a_city_that_is_also_a_name_opening_a_wire_dateline_is_a_place(nlp, text, places):
    doc = nlp(text)
    assert [s.text for s in doc.spans["crimecli_gazetteer"] if s.label_ == "PLACE"] == places
