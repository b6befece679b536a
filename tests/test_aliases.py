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


# --- shapes of issue 9: each on short texts written here (other names, other countries) -------


def test_given_names_before_a_place_only_when_every_word_is_a_given_name(nlp):
    text = 'Police in Bogotá San Victorino, known as "El Hueco," found the stall.'
    doc = run(nlp, text, [("Bogotá", "PLACE"), ("San Victorino", "PLACE")])
    assert all(a["label"] != "PERSON" for a in aliases(doc))


def test_a_language_label_before_a_place_is_no_alias(nlp):
    text = "Most victims speak an Indigenous language (Spanish: Quechua) in Cusco."
    doc = run(nlp, text, [("Cusco", "PLACE")])
    assert pairs(doc) == []


def test_or_before_a_quoted_nickname_and_a_so_called_translation(nlp):
    text = ("Soldiers found Jairo Quintero, or “El Costeño,” as villagers call him, near Tumaco. "
            "The Bloque de Búsqueda, the so-called Search Bloc, disbanded. "
            "Venezuela, the so-called “Bolivarian republic,” denied it.")
    doc = run(nlp, text, [("Jairo Quintero", "PERSON"), ("Tumaco", "PLACE"), ("Bloque de Búsqueda", "ORG"),
                          ("Venezuela", "PLACE")])
    assert pairs(doc) == [("Jairo Quintero", "El Costeño", "nickname"),
                          ("Bloque de Búsqueda", "Search Bloc", "translation")]


def test_is_known_as_after_a_comma_that_opens_no_apposition(nlp):
    text = 'After the raid on Arturo Beltrán Sosa, is known as "the end" of the cartel.'
    assert pairs(run(nlp, text, [("Arturo Beltrán Sosa", "PERSON")])) == []


@pytest.mark.parametrize("text, ents, expected", [
    # a quoted nickname in a bracket after the full name
    ('Police in Cuenca arrested Wilson Tapia Moreira ("El Gringo") on Monday.',
     [("Wilson Tapia Moreira", "PERSON"), ("Cuenca", "PLACE")],
     [("Wilson Tapia Moreira", "El Gringo", "nickname")]),
    # the marker inside the bracket, in capitals
    ('Guards moved Tapia (AKA "El Gringo") to another wing.', [("Tapia", "PERSON")],
     [("Tapia", "El Gringo", "nickname")]),
    # an appositive between commas, and a nickname right after a surname inside a sentence
    ('Prosecutors say Rubén Salas, "Cara de Niño," ran the port.', [("Rubén Salas", "PERSON")],
     [("Rubén Salas", "Cara de Niño", "nickname")]),
    ('Marines found Salas "Cara de Niño" in a safe house.', [("Salas", "PERSON")],
     [("Salas", "Cara de Niño", "nickname")]),
    # first name, quoted nickname, surnames: the title and demonym before are not the name
    ("Former Paraguayan senator Ramón “Papi” Ortiz Benítez was indicted.", [],
     [("Ramón Ortiz Benítez", "Papi", "nickname")]),
    # a nickname in lower case or a number
    ("Agents detained Héctor “el 40” Luna Ibarra in Tijuana.", [("Tijuana", "PLACE")],
     [("Héctor Luna Ibarra", "el 40", "nickname")]),
    # the name after a place and a role: 'Plaza Boss in Morelia Aldo Ruiz'
    ("the cell’s Plaza Boss in Morelia Aldo “El Tucán” Ruiz Soto was killed", [("Morelia", "PLACE")],
     [("Aldo Ruiz Soto", "El Tucán", "nickname")]),
    # descriptive markers, a quoted nickname in lower case after 'nicknamed'
    ("Boatmen say Efraín Lugo, nicknamed the “lord of the estuary,” paid the navy.", [("Efraín Lugo", "PERSON")],
     [("Efraín Lugo", "lord of the estuary", "nickname")]),
    ("Investigators said Jhon Fredy Mesa, who goes by “Tornillo,” was freed.", [("Jhon Fredy Mesa", "PERSON")],
     [("Jhon Fredy Mesa", "Tornillo", "nickname")]),
    ("Authorities in San Pedro Sula detained Kevin Matute, dubbed “The Surgeon,” on Friday.",
     [("Kevin Matute", "PERSON"), ("San Pedro Sula", "PLACE")],
     [("Kevin Matute", "The Surgeon", "nickname")]),
    # a short name in a bracket: a surname, or another name sharing a word
    ("The court sentenced Eduardo Villalba Rojas (Villalba) and his wife Ana María Duarte Gil "
     "(Ana Villalba) for fraud.", [("Eduardo Villalba Rojas", "PERSON"), ("Ana Villalba", "PERSON")],
     [("Eduardo Villalba Rojas", "Villalba", "short name"), ("Ana María Duarte Gil", "Ana Villalba", "short name")]),
    ("a reward for Tomás Quiroga-Benítez (“Quiroga”), a Bolivian trafficker",
     [("Tomás Quiroga-Benítez", "PERSON")], [("Tomás Quiroga-Benítez", "Quiroga", "short name")]),
])
def test_nicknames_and_short_names_of_people(nlp, text, ents, expected):
    assert pairs(run(nlp, text, ents)) == expected


def test_every_name_of_a_quoted_list(nlp):
    text = ('The Tiburones gang, also known as "Los Escualos," "La Banda 9," and "Los Aletas," '
            "operates in Manta.")
    assert pairs(run(nlp, text, [("Manta", "PLACE")])) == [
        ("Tiburones", "Los Escualos", "other"), ("Tiburones", "La Banda 9", "other"),
        ("Tiburones", "Los Aletas", "other")]


@pytest.mark.parametrize("text, ents, expected", [
    # a demonym that is part of the name, not an owner
    ("to help the Guatemalan National Civil Police (GNCP) patrol", [("National Civil Police", "ORG")],
     [("Guatemalan National Civil Police", "GNCP", "acronym")]),
    # a possessive owner is not part of the name; the acronym belongs to what follows it
    ("the Department of Defense’s Joint Interagency Task Force South (JIATFS) tracked the boats",
     [("Department of Defense", "ORG")], [("Joint Interagency Task Force South", "JIATFS", "acronym")]),
    # the acronym of the Spanish name after its English translation
    ("with the Special Prosecutor Against Organized Crime (FECO) in Tegucigalpa", [("Tegucigalpa", "PLACE")],
     [("Special Prosecutor Against Organized Crime", "FECO", "acronym")]),
    ("Ecuador’s Attorney General’s Office (FGE) charged three judges", [("Ecuador", "PLACE")],
     [("Attorney General’s Office", "FGE", "acronym")]),
    # a syllabic acronym and one with a digit standing for repeated letters
    ("the Andean Community (CAN) and the Southern Common Market (MERCOSUR) met", [],
     [("Andean Community", "CAN", "acronym")]),
    ('Ministers launched the "Pacific Port Security Partnership" (P3S) in Lima.', [("Lima", "PLACE")],
     [("Pacific Port Security Partnership", "P3S", "acronym")]),
    # a note after the acronym inside the bracket
    ("troops of the UN Verification Mission in Colombia (UNVMC; 2017-2025) left", [],
     [("UN Verification Mission in Colombia", "UNVMC", "acronym")]),
    # 'Name, or ACRONYM'
    ("ministers of the Andean Community, or CAN, met in Quito.", [("Quito", "PLACE")],
     [("Andean Community", "CAN", "acronym")]),
    # the acronym first, then its long form in English (the acronym is of the Portuguese name)
    ("The FDN (Family of the North) lost control of Manaus.", [("Manaus", "PLACE")],
     [("Family of the North", "FDN", "acronym")]),
    # a short name the text states for an organisation
    ("the U.S. Department of Commerce (Commerce) restricted exports", [],
     [("U.S. Department of Commerce", "Commerce", "short name")]),
    # a person's initials after the name
    ("Former president Rafael Correa Delgado (RCD) answered.", [("Rafael Correa Delgado", "PERSON")],
     [("Rafael Correa Delgado", "RCD", "nickname")]),
])
def test_acronyms_in_more_shapes(nlp, text, ents, expected):
    assert pairs(run(nlp, text, ents)) == expected


def test_translation_and_acronym_in_one_bracket(nlp):
    text = ("the former Director of the Peruvian National Police (Policía Nacional del Perú, or PNP) "
            "and the Shining Path (Sendero Luminoso, SL) met")
    assert pairs(run(nlp, text)) == [
        ("Peruvian National Police", "Policía Nacional del Perú", "translation"),
        ("Peruvian National Police", "PNP", "acronym"),
        ("Shining Path", "Sendero Luminoso", "translation"),
        ("Shining Path", "SL", "acronym"),
    ]


def test_spanish_name_then_english_name_without_function_words(nlp):
    # "Banco Solidario": no accent, no particle; every word ends as Spanish words do
    text = "a loan to Grupo Pesquero (Fishing Group) and to Banco Solidario (Solidarity Bank) in Colón"
    assert pairs(run(nlp, text, [("Colón", "PLACE")])) == [
        ("Grupo Pesquero", "Fishing Group", "translation"), ("Banco Solidario", "Solidarity Bank", "translation")]


@pytest.mark.parametrize("text, ents", [
    # categories and laws: their acronyms name no entity
    ("Washington designated the gang a Foreign Terrorist Organization (FTO) in March.", []),
    ("the leader of a Transnational Criminal Organization (TCO) known as Los Perrones", []),
    ("the capacity of Transnational Criminal Organizations (TCOs) to move arms", []),
    ("Colombia calls them Organized Armed Groups (GAO) and Organized Criminal Groups (GDO).", []),
    ("sanctions under Executive Order (EO) 14059 against the cartel", []),
    ("charged under the Racketeer Influenced and Corrupt Organizations (RICO) Act", []),
    ("paid through the Department of State’s Transnational Organized Crime Rewards Program (TOCRP)", []),
    ("ministers of the North American Drug Dialogue (NADD) and the Safe Streets Strategy (SSS)", []),
    # a person and a party or state in a bracket; a report number; a year
    ("Representative Ana Torres (D-TX) and Senator Luis Pardo (PAN) spoke.",
     [("Ana Torres", "PERSON"), ("Luis Pardo", "PERSON")]),
    ("See the CRS Insight Haiti Update (IN12345) for more.", []),
    # quotations and titles after a name are not nicknames
    ('"We will win," said minister Andrea Luna, "and soon."', [("Andrea Luna", "PERSON")]),
    ("Ruiz, “A Port Under Siege”, op. cit.", [("Ruiz", "PERSON")]),
    ('Prosecutors said Dávila, called "a menace" by the judge, fled.', [("Dávila", "PERSON")]),
    # a handle
    ("the Fiscalía (@FiscaliaEcuador) posted photos of Wilson Tapia (@wtapia)", [("Wilson Tapia", "PERSON")]),
])
def test_categories_laws_quotations_and_handles_are_not_aliases(nlp, text, ents):
    assert aliases(run(nlp, text, ents)) == []


def test_two_entities_the_gazetteer_tells_apart_are_not_aliases(nlp):
    text = "The Choneros gang, also known as Los Lobos, fought in Guayaquil."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index("Choneros"), text.index(" gang"), label="ORG", span_id="org:x"),
                doc.char_span(text.index("Los Lobos"), text.index(", fought"), label="ORG", span_id="org:y")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert aliases(doc) == []


def test_a_new_name_span_does_not_keep_the_id_of_a_place_inside_it(nlp):
    text = "the Golfo Nuevo Cartel (CGN) expanded"
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(4, 9, label="PLACE", span_id="place:golfo")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    [cartel] = [e for e in doc.ents if e.text == "Golfo Nuevo Cartel"]
    assert cartel.label_ == "ORG" and cartel.id_ == ""


@pytest.mark.parametrize("text, ents, expected", [
    ('the commander, Jhon Jairo Ortiz, known by his nom de guerre "Pedro Mayo," led the attack',
     [("Jhon Jairo Ortiz", "PERSON")], [("Jhon Jairo Ortiz", "Pedro Mayo", "nickname")]),
    ('The fugitive Mario Ruiz, whose alias is "El Pelón," fled.', [("Mario Ruiz", "PERSON")],
     [("Mario Ruiz", "El Pelón", "nickname")]),
    # the acronym's bracket between the name and the marker
    ("the Popular Liberation Army (EPL), known locally as Los Pelusos, in Catatumbo",
     [("Popular Liberation Army", "ORG"), ("Catatumbo", "PLACE")],
     [("Popular Liberation Army", "EPL", "acronym"), ("Popular Liberation Army", "Los Pelusos", "other")]),
])
def test_more_markers(nlp, text, ents, expected):
    assert pairs(run(nlp, text, ents)) == expected


def test_a_headline_quoting_a_person_is_not_a_nickname(nlp):
    text = 'Noboa "Ready" for talks with gangs\nQuito - The president said he was ready.'
    assert aliases(run(nlp, text, [("Noboa", "PERSON")])) == []


@pytest.mark.parametrize("text, ents, expected", [
    # a nom de guerre first, the person's own name after 'real name'
    ("FARC commander Pablo Catatumbo, whose real name is Jorge Torres Victoria, spoke.",
     [("Pablo Catatumbo", "PERSON"), ("Jorge Torres Victoria", "PERSON")],
     [("Jorge Torres Victoria", "Pablo Catatumbo", "nickname")]),
    ("The rebel chief Romaña (real name: Henry Castellanos Garzón) died.", [("Romaña", "PERSON")],
     [("Henry Castellanos Garzón", "Romaña", "nickname")]),
    ("Police said “Chucky,” whose real name is Pedro Luis Mejía, was captured.", [],
     [("Pedro Luis Mejía", "Chucky", "nickname")]),
    # 'which calls itself', 'formerly known as', 'who is better known as', 'known to ... as'
    ("The Gulf Clan, which calls itself the Gaitanist Self-Defence Forces of Colombia, grew.",
     [("Gulf Clan", "ORG")], [("Gulf Clan", "Gaitanist Self-Defence Forces of Colombia", "other")]),
    ("Los Urabeños, formerly known as Héroes de Castaño, expanded.", [("Los Urabeños", "ORG")],
     [("Los Urabeños", "Héroes de Castaño", "other")]),
    ('Ramón Ibarra, who is better known as "El Viejo," died.', [("Ramón Ibarra", "PERSON")],
     [("Ramón Ibarra", "El Viejo", "nickname")]),
    ('Ana Gómez, known to her followers as "La Jefa," was arrested.', [("Ana Gómez", "PERSON")],
     [("Ana Gómez", "La Jefa", "nickname")]),
])
def test_real_names_and_longer_markers(nlp, text, ents, expected):
    doc = run(nlp, text, ents)
    assert pairs(doc) == expected
    for a in aliases(doc):
        assert text[a["start"]:a["end"]] == a["evidence"] and a["alias"] in a["evidence"]


@pytest.mark.parametrize("long_form, category", [
    ("Significant Transnational Criminal Organization", True),  # qualifiers before a category
    ("Mexican Drug Trafficking Organization", True),
    ("Organized Armed Groups", True),
    ("Specially Designated Nationals", True),
    ("Executive Order", True),
    ("National Drug Control Strategy", True),
    ("Central America Regional Security Initiative", True),
    ("Strategic Dialogue on Illicit Finance", True),
    ("Sinaloa Criminal Organization", False),  # a proper name before the head: one group
    ("Beltrán Leyva Organization", False),
    ("International Organization for Migration", False),
    ("Office of National Drug Control Policy", False),  # an office, though it ends with "Policy"
    ("Revolutionary Armed Forces of Colombia", False),
])
def test_long_forms_that_name_no_single_entity(long_form, category):
    from crimecli.pipeline.aliases import names_no_entity

    assert names_no_entity(long_form, 0, len(long_form)) is category


def run_with_guesses(nlp, text: str, ours: list[tuple[str, str]], guesses: list[tuple[str, str]]) -> Doc:
    """Entity spans as crimecli_ents leaves them with a statistical model: ours (also in the
    recognisers' span group) and the model's guesses filling the gaps."""
    doc = nlp.make_doc(text)

    def spans(pairs):
        return [doc.char_span(text.index(s), text.index(s) + len(s), label=label) for s, label in pairs]

    doc.spans["crimecli_names"] = spans(ours)
    doc.ents = sorted(spans(ours) + spans(guesses), key=lambda e: e.start)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@pytest.mark.parametrize("text, ours, guesses, expected", [
    # a model's ORG on a first name does not veto 'First “Nick” Last'
    ('Agents arrested Ramiro “El Halcón” Salcedo in Sonora.', [("Sonora", "PLACE")], [("Ramiro", "ORG")],
     [("Ramiro Salcedo", "El Halcón", "nickname")]),
    # a translated company name the model took for two people
    ("a loan to Grupo Pesquero (Fishing Group) in Colón", [("Colón", "PLACE")],
     [("Grupo Pesquero", "PERSON"), ("Fishing Group", "PERSON")],
     [("Grupo Pesquero", "Fishing Group", "translation")]),
    # a Spanish name inside the bracket that the model took for a person
    ("the Bolivarian Intelligence Service (Servicio Bolivariano de Inteligencia, SEBIN) detained him",
     [("Bolivarian Intelligence Service", "ORG")], [("Servicio Bolivariano de Inteligencia", "PERSON")],
     [("Bolivarian Intelligence Service", "Servicio Bolivariano de Inteligencia", "translation"),
      ("Bolivarian Intelligence Service", "SEBIN", "acronym")]),
    # the model's organisation is only the last item of a list the acronym covers
    ("support for Micro, Small, and Medium Businesses (MSMB) in Petén", [("Petén", "PLACE")],
     [("Medium Businesses", "ORG")], []),
])
def test_a_models_guesses_do_not_veto_clear_shapes(nlp, text, ours, guesses, expected):
    assert pairs(run_with_guesses(nlp, text, ours, guesses)) == expected


def test_a_quoted_short_name_of_an_institution(nlp):
    text = "the Department of Homeland Security (“Homeland Security”) and Carla Ruiz Peña (“La Güera”)"
    assert pairs(run(nlp, text)) == [
        ("Department of Homeland Security", "Homeland Security", "short name"),
        ("Carla Ruiz Peña", "La Güera", "nickname")]


def test_a_translated_name_the_recognisers_took_for_a_person(nlp):
    text = "a loan to Banco Solidario (Solidarity Bank) in Colón"
    doc = run(nlp, text, [("Solidarity Bank", "PERSON"), ("Colón", "PLACE")])
    assert pairs(doc) == [("Banco Solidario", "Solidarity Bank", "translation")]
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Banco Solidario", "ORG"), ("Solidarity Bank", "ORG")]


def test_lower_case_article_nickname_after_alias(nlp):
    text = 'Troops detained Marta Lucía Rivas Pinto, alias "la Flaca," and Hugo Benítez Soto alias “el Mocho” in Cúcuta.'
    doc = run(nlp, text, [("Marta Lucía Rivas Pinto", "PERSON"), ("Hugo Benítez Soto", "PERSON")])
    assert ("Marta Lucía Rivas Pinto", "la Flaca", "nickname") in pairs(doc)
    assert ("Hugo Benítez Soto", "el Mocho", "nickname") in pairs(doc)
    # a lower-case word that is no article stays out: 'alias “whatever”' names nobody
    doc = run(nlp, 'He hired Pedro Ruiz Díaz, alias "whatever," for the job.', [("Pedro Ruiz Díaz", "PERSON")])
    assert pairs(doc) == []


def test_description_between_a_name_and_known_as(nlp):
    text = ('Guards shot Ramón Ortiz Vela, a Chilean-Peruvian fish trader known along the river as "the old man," '
            'and later Nilda Paz Soto, an Argentine known as “La Rubia”.')
    doc = run(nlp, text, [("Ramón Ortiz Vela", "PERSON"), ("Nilda Paz Soto", "PERSON")])
    assert ("Ramón Ortiz Vela", "the old man", "nickname") in pairs(doc)
    assert ("Nilda Paz Soto", "La Rubia", "nickname") in pairs(doc)
    # a clause, not a description: no pair for the person before it
    doc = run(nlp, 'We met Ana Gómez, and a colleague known as "El Gringo" came too.', [("Ana Gómez", "PERSON")])
    assert [p for p in pairs(doc) if p[0] == "Ana Gómez"] == []


def test_a_false_name_used_by_a_person(nlp):
    text = 'The Bolivian trafficker Martín Sosa Leal, who used the name "Juan Pérez Gil" on a forged passport, fled.'
    doc = run(nlp, text, [("Martín Sosa Leal", "PERSON")])
    assert ("Martín Sosa Leal", "Juan Pérez Gil", "nickname") in pairs(doc)


def test_a_surname_that_is_a_country_stays_in_the_name(nlp):
    text = 'The crew was organised by Luis Alberto Cedeño Perú, known as "Capitán Perú," in Manta.'
    doc = run(nlp, text, [("Luis Alberto Cedeño", "PERSON"), ("Perú", "PLACE"), ("Manta", "PLACE")])
    assert pairs(doc) == [("Luis Alberto Cedeño Perú", "Capitán Perú", "nickname")]
    assert "Luis Alberto Cedeño Perú" in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_translation_of_a_facility_that_holds_a_place_name(nlp):
    text = "Inmates rioted at the Cúcuta Prison Complex (Complejo Carcelario de Cúcuta) on Monday."
    doc = run(nlp, text, [("Cúcuta", "PLACE")])
    assert pairs(doc) == [("Cúcuta Prison Complex", "Complejo Carcelario de Cúcuta", "translation")]
    assert [a["label"] for a in aliases(doc)] == ["PLACE"]  # a prison is a place (facility)
    text = "He spent years in the Coastal Penitentiary (Penitenciaría del Litoral) near the port."
    doc = run(nlp, text, [("Coastal Penitentiary", "PLACE")])
    assert pairs(doc) == [("Coastal Penitentiary", "Penitenciaría del Litoral", "translation")]
    # a bracket holding only a place is no translation
    assert pairs(run(nlp, "Troops reached Arauca (Colombia) at dawn.", [("Arauca", "PLACE"), ("Colombia", "PLACE")])) == []


def test_a_prisons_two_names_when_both_are_found_as_places(nlp):
    # the recognisers find both names by their head words; they are one prison in two languages
    text = "Guards lost control of the Northern Penitentiary (Penitenciaría del Norte) on Sunday."
    doc = run(nlp, text, [("Northern Penitentiary", "PLACE"), ("Penitenciaría del Norte", "PLACE")])
    assert pairs(doc) == [("Northern Penitentiary", "Penitenciaría del Norte", "translation")]
    text = "He was moved to the Centro de Detención Sur (Southern Detention Center) in March."
    doc = run(nlp, text, [("Centro de Detención Sur", "PLACE"), ("Southern Detention Center", "PLACE")])
    assert pairs(doc) == [("Centro de Detención Sur", "Southern Detention Center", "translation")]
    # two places of different kinds in a bracket stay two places
    text = "Troops patrolled Puerto Asís (Putumayo Department) all week."
    assert pairs(run(nlp, text, [("Puerto Asís", "PLACE"), ("Putumayo Department", "PLACE")])) == []


def test_a_facility_with_its_translation_and_acronym(nlp):
    text = ("Hundreds were sent to the Izalco Detention Center (Centro de Detención de Izalco, CDI) "
            "outside the capital.")
    doc = run(nlp, text, [("Izalco Detention Center", "PLACE"), ("Centro de Detención de Izalco", "PLACE")])
    assert pairs(doc) == [("Izalco Detention Center", "Centro de Detención de Izalco", "translation"),
                          ("Izalco Detention Center", "CDI", "acronym")]
    assert {a["label"] for a in aliases(doc)} == {"PLACE"}


def test_unquoted_nickname_after_alias_may_open_with_a_lower_case_article(nlp):
    doc = run(nlp, "Agents arrested Hernán Rojas Peña, alias el Mocho, in Puerto Cortés.",
              [("Hernán Rojas Peña", "PERSON")])
    assert pairs(doc) == [("Hernán Rojas Peña", "el Mocho", "nickname")]
    doc = run(nlp, "Members of Barrio Norte, alias Calle 5, sell drugs in the port.", [("Barrio Norte", "ORG")])
    assert [p[1] for p in pairs(doc)] == ["Calle 5"]


def test_nickname_of_a_person_named_after_it(nlp):
    doc = run(nlp, "Cobra, the nickname of Teodoro Baptiste Fils, controls the road to the north.",
              [("Teodoro Baptiste Fils", "PERSON")])
    assert pairs(doc) == [("Teodoro Baptiste Fils", "Cobra", "nickname")]
    doc = run(nlp, '"Tigrillo", the nom de guerre of Mauro Ibáñez Ruiz, appeared in a video.',
              [("Mauro Ibáñez Ruiz", "PERSON")])
    assert pairs(doc) == [("Mauro Ibáñez Ruiz", "Tigrillo", "nickname")]
    # mid-sentence capitalised words are not a nickname; a group after the marker is no person
    doc = run(nlp, "Police in Santa Cruz, the nickname of Leonel Díaz Soto was leaked.",
              [("Santa Cruz", "PLACE"), ("Leonel Díaz Soto", "PERSON")])
    assert pairs(doc) == []
    doc = run(nlp, "Mochomo, the alias of the Frente Sur commander, was repeated.", [("Frente Sur", "ORG")])
    assert pairs(doc) == []


def test_a_role_description_between_a_person_and_a_quoted_nickname(nlp):
    text = 'Rosa Elvira Toledo, the former Petén police commander known as "La Patrona", was convicted.'
    doc = run(nlp, text, [("Rosa Elvira Toledo", "PERSON"), ("Petén", "PLACE")])
    assert pairs(doc) == [("Rosa Elvira Toledo", "La Patrona", "nickname")]
    # 'the group known as': the marker names the group, not the person before it
    text = 'He joined Omar Lugo, the group known as "Los Tucanes" having recruited him.'
    assert [p for p in pairs(run(nlp, text, [("Omar Lugo", "PERSON")])) if p[0] == "Omar Lugo"] == []


def test_a_faction_of_a_known_group_is_not_the_group(nlp):
    text = "The Gulf Cartel faction known as Los Metros fought the Ciclones."
    doc = run(nlp, text, [("Gulf Cartel", "ORG")])
    assert pairs(doc) == []
    text = "The Bloque Sur faction, known as Los Rojos, fought the army."  # the faction's own name
    assert pairs(run(nlp, text)) == [("Bloque Sur", "Los Rojos", "other")]


def test_a_list_after_an_unquoted_nickname(nlp):
    text = 'Ernesto Fonseca Carrillo, also known as Don Neto and "the godfather", died in prison.'
    doc = run(nlp, text, [("Ernesto Fonseca Carrillo", "PERSON")])
    assert pairs(doc) == [("Ernesto Fonseca Carrillo", "Don Neto", "nickname"),
                          ("Ernesto Fonseca Carrillo", "the godfather", "nickname")]


def test_single_quoted_nickname_after_a_name(nlp):
    doc = run(nlp, "Officers detained Marlon Joseph, 'Skinny,' in Laventille on Friday.", [("Marlon Joseph", "PERSON")])
    assert pairs(doc) == [("Marlon Joseph", "Skinny", "nickname")]
    # an apostrophe is no quote
    doc = run(nlp, "Marlon Joseph 's lawyer spoke.", [("Marlon Joseph", "PERSON")])
    assert pairs(doc) == []


def test_a_bracketed_acronym_the_text_defines_beats_another_bodys_letters(nlp):
    doc = nlp.make_doc("The Haitian National Police (PNH) made the arrests.")
    text = doc.text
    doc.ents = [doc.char_span(text.index("Haitian"), text.index(" ("), label="ORG", span_id="org:haitian-national-police"),
                doc.char_span(text.index("PNH"), text.index("PNH") + 3, label="ORG", span_id="org:some-other-body")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert pairs(doc) == [("Haitian National Police", "PNH", "acronym")]


def test_real_name_in_brackets_after_a_nickname_no_recogniser_found(nlp):
    text = "Prosecutors said Toninho Cabeça (real name Antônio Carlos Serra) ran the route to Santos."
    doc = run(nlp, text, [("Antônio Carlos Serra", "PERSON"), ("Santos", "PLACE")])
    assert pairs(doc) == [("Antônio Carlos Serra", "Toninho Cabeça", "nickname")]
    # a place before the bracket is no nickname
    text = "Troops reached Boa Vista (real name of the base: Ana Maria Costa) at dawn."
    assert pairs(run(nlp, text, [("Boa Vista", "PLACE"), ("Ana Maria Costa", "PERSON")])) == []


@pytest.mark.parametrize("text, ents, expected", [
    # a name, then its meaning in English after words that say so
    ("Los Gallos, whose name means “the roosters,” run extortion in Cuenca.",
     [("Los Gallos", "ORG"), ("Cuenca", "PLACE")], ("Los Gallos", "the roosters")),
    ("In Belo Horizonte, the Bonde dos Cachorros, Portuguese for “Dog Gang,” sells crack.",
     [("Belo Horizonte", "PLACE"), ("Bonde dos Cachorros", "ORG")], ("Bonde dos Cachorros", "Dog Gang")),
    ("Villagers fear Los Zorros, which translates as The Foxes, more than the army.",
     [("Los Zorros", "ORG")], ("Los Zorros", "The Foxes")),
    ("The Guardia Indígena, known in English as the Indigenous Guard, patrols Cauca.",
     [("Guardia Indígena", "ORG"), ("Cauca", "PLACE")], ("Guardia Indígena", "Indigenous Guard")),
    # the name is a group noun or a short description away from the marker
    ("The Ti Bwa gang, whose name roughly translates as “Little Wood,” holds Martissant.",
     [("Ti Bwa", "ORG"), ("Martissant", "PLACE")], ("Ti Bwa", "Little Wood")),
    ("Los Cuervos, a Trujillo gang whose name means “The Crows,” was dismantled.",
     [("Los Cuervos", "ORG"), ("Trujillo", "PLACE")], ("Los Cuervos", "The Crows")),
    # ', or <English name>' after a Spanish or Portuguese one, and a quoted translation in brackets
    ("Prosecutors in Recife say the Terceiro Comando Puro, or Pure Third Command, recruits teenagers.",
     [("Recife", "PLACE")], ("Terceiro Comando Puro", "Pure Third Command")),
    ("Police in Cúcuta blamed Los Halcones (“The Hawks”) for the attack.",
     [("Cúcuta", "PLACE"), ("Los Halcones", "ORG")], ("Los Halcones", "The Hawks")),
    # a place name inside both sides, once as a noun and once as an adjective
    ("The Familia Tolimense (Tolima Family) lost its leader.",
     [("Tolima", "PLACE")], ("Familia Tolimense", "Tolima Family")),
])
def test_translations_stated_in_words(nlp, text, ents, expected):
    doc = run(nlp, text, ents)
    got = [(e, a) for e, a, kind in pairs(doc) if kind == "translation"]
    assert got == [expected]
    a = next(a for a in aliases(doc) if a["type"] == "translation")
    assert text[a["start"]:a["end"]] == a["evidence"]


@pytest.mark.parametrize("text, ents", [
    # lists with "or", a person's name, a common noun, a meaning that is not a name
    ("Fighters of the Gulf Clan, Los Rastrojos, or the Shining Path were not there.",
     [("Gulf Clan", "ORG"), ("Los Rastrojos", "ORG"), ("Shining Path", "ORG")]),
    ("Officers searched for Pedro Gómez Ríos, or Peter Gomez, in Quito.",
     [("Pedro Gómez Ríos", "PERSON"), ("Quito", "PLACE")]),
    ("The sicarios, Spanish for hitmen, were paid in cash by Los Lobos.", [("Los Lobos", "ORG")]),
    ("Los Lobos sued the Ministry of Defense, meaning Ecuador's Armed Forces, in Quito.",
     [("Los Lobos", "ORG"), ("Ministry of Defense", "ORG"), ("Quito", "PLACE")]),
    ("The Consejo Nacional Electoral, or Ecuador, said nothing.",
     [("Consejo Nacional Electoral", "ORG"), ("Ecuador", "PLACE")]),
])
def test_no_translation_without_two_names_of_one_thing(nlp, text, ents):
    doc = run(nlp, text, ents)
    assert [p for p in pairs(doc) if p[2] == "translation"] == []


def test_every_aka_of_a_sanctions_line(nlp):
    text = ('OFAC also designated Pedro Luis Salas Mena (a.k.a. "El Flaco"; a.k.a. "Comandante Cero"; '
            'a.k.a. "Don Pedro"), a national of Honduras.')
    doc = run(nlp, text, [("Pedro Luis Salas Mena", "PERSON"), ("Honduras", "PLACE")])
    assert pairs(doc) == [("Pedro Luis Salas Mena", n, "nickname") for n in ("El Flaco", "Comandante Cero", "Don Pedro")]


def test_a_name_that_is_the_subject_of_is_known_as(nlp):
    text = ("The Border Brothers are also known as Los Fronterizos. Rosario is known as the "
            "Chicago of Argentina. Ana Paz was called a traitor.")
    doc = run(nlp, text, [("Border Brothers", "ORG"), ("Los Fronterizos", "ORG"), ("Rosario", "PLACE"),
                          ("Chicago", "PLACE"), ("Argentina", "PLACE"), ("Ana Paz", "PERSON")])
    assert [(e, a) for e, a, _ in pairs(doc)] == [("Border Brothers", "Los Fronterizos")]


@pytest.mark.parametrize("text, ents, expected", [
    # a place that is the person's surname, after given names no recogniser took or after a person
    ('Detectives arrested Mauro San Cristóbal, who goes by "Chamo," in Maracay.',
     [("San Cristóbal", "PLACE"), ("Maracay", "PLACE")], [("Mauro San Cristóbal", "Chamo", "nickname")]),
    ('Prosecutors charged Ana Lucía Santa Rosa, known as "La Jefa," with extortion.',
     [("Ana Lucía", "PERSON"), ("Santa Rosa", "PLACE")], [("Ana Lucía Santa Rosa", "La Jefa", "nickname")]),
    # unquoted names of a list that ends the clause
    ("The judge named Wilmer Ortega, alias Don Wilmer or El Viejo, as the buyer.",
     [("Wilmer Ortega", "PERSON")],
     [("Wilmer Ortega", "Don Wilmer", "nickname"), ("Wilmer Ortega", "El Viejo", "nickname")]),
    # a comma after the word that names the kind of name
    ("Jaime Arenas Rico, better known by his nom de guerre, Comandante Rubén, surrendered.",
     [("Jaime Arenas Rico", "PERSON")], [("Jaime Arenas Rico", "Comandante Rubén", "nickname")]),
    # an acronym, then ', or' and its long form
    ("Last year the SENAFRONT, or Servicio Nacional de Fronteras, found the camp.", [],
     [("Servicio Nacional de Fronteras", "SENAFRONT", "acronym")]),
    # a bracket that says which language its name is in
    ("The Naval Infantry (Spanish: Infantería de Marina) intercepted a semi-submersible off Tumaco.",
     [("Tumaco", "PLACE")], [("Naval Infantry", "Infantería de Marina", "translation")]),
    ("Agents of the Civil Police (in Portuguese, Polícia Civil) raided the house.",
     [("Civil Police", "ORG")], [("Civil Police", "Polícia Civil", "translation")]),
    # a dash between the translation and the acronym
    ("The Special Operations Group (Grupo de Operaciones Especiales - GOE) freed the hostage.",
     [("Special Operations Group", "ORG")],
     [("Special Operations Group", "Grupo de Operaciones Especiales", "translation"),
      ("Special Operations Group", "GOE", "acronym")]),
    # the acronym's bracket gives the name in another language too
    ("Police say the Primeiro Grupo Catarinense (PGC, or First Catarinense Group) controls Florianópolis.",
     [("Primeiro Grupo Catarinense", "ORG"), ("Florianópolis", "PLACE")],
     [("Primeiro Grupo Catarinense", "PGC", "acronym"),
      ("Primeiro Grupo Catarinense", "First Catarinense Group", "translation")]),
    ("The Guardia Nacional Bolivariana (GNB; Bolivarian National Guard) closed the bridge.",
     [("Guardia Nacional Bolivariana", "ORG")],
     [("Guardia Nacional Bolivariana", "GNB", "acronym"),
      ("Guardia Nacional Bolivariana", "Bolivarian National Guard", "translation")]),
    # a marker for the acronym opens the bracket
    ("The Guerrilla Army of the Poor (known by its Spanish initials, EGP) signed the accord.",
     [("Guerrilla Army of the Poor", "ORG")], [("Guerrilla Army of the Poor", "EGP", "acronym")]),
    # an acronym, then 'short for' or 'which stands for' and its long form
    ("Residents blame the ACMV, short for Autodefensas Campesinas del Magdalena Medio, for the killings.",
     [], [("Autodefensas Campesinas del Magdalena Medio", "ACMV", "acronym")]),
    ("Its rival, the PPC, which stands for Primer Comando Paraguayo, pays better.",
     [], [("Primer Comando Paraguayo", "PPC", "acronym")]),
])
def test_acronyms_with_their_long_forms_in_other_shapes(nlp, text, ents, expected):
    doc = run(nlp, text, ents)
    assert pairs(doc) == expected
    for a in aliases(doc):
        assert text[a["start"]:a["end"]] == a["evidence"]


def test_short_for_needs_an_acronym_that_fits(nlp):
    text = "Locals call him Beto, short for Alberto Gómez. The CPI, short for Peru's consumer price index, rose."
    assert pairs(run(nlp, text, [("Alberto Gómez", "PERSON")])) == []


@pytest.mark.parametrize("text, body, expected", [
    ("Agents of the Dirección de Carabineros of the National Police (DICAR) burned the lab.",
     "National Police", ("Dirección de Carabineros", "DICAR", "acronym")),
    ("The Unidad de Inteligencia Financiera of the Ministry of Finance (UIF) froze the accounts.",
     "Ministry of Finance", ("Unidad de Inteligencia Financiera", "UIF", "acronym")),
    # the whole name fits too, less well (its 'N' from 'National'): the unit's own name wins
    ("Officers of the Dirección de Antiextorsión of the National Police (DIAN) freed him.",
     "National Police", ("Dirección de Antiextorsión", "DIAN", "acronym")),
])
def test_an_acronym_of_a_unit_named_with_the_body_it_belongs_to(nlp, text, body, expected):
    assert pairs(run(nlp, text, [(body, "ORG")])) == [expected]


def test_one_word_of_a_person_named_in_full_before_a_quoted_nickname(nlp):
    text = ("Rosendo Quiñones Mina grew up in Tumaco. Rosendo, known to his crew as “el Negro,” "
            "took over in 2015. In Tumaco, known as “the Pearl of the Pacific,” he was feared.")
    doc = run(nlp, text, [("Rosendo Quiñones Mina", "PERSON"), ("Tumaco", "PLACE")])
    assert pairs(doc) == [("Rosendo", "el Negro", "nickname")]
    assert [a["evidence"] for a in aliases(doc)] == ["Rosendo, known to his crew as “el Negro,”"]


def test_a_lone_capitalised_word_is_no_person_unless_a_full_name_holds_it(nlp):
    text = "Rosendo Quiñones Mina grew up there. Cartagena, known as “la Heroica,” was his base."
    assert pairs(run(nlp, text, [("Rosendo Quiñones Mina", "PERSON")])) == []


@pytest.mark.parametrize("text, ents, expected", [
    # ', or' after a name and its acronym in brackets
    ("The Comando de Fronteras (CDF), or Border Command, taxes miners.", [("Comando de Fronteras", "ORG")],
     [("Comando de Fronteras", "CDF", "acronym"), ("Comando de Fronteras", "Border Command", "translation")]),
    # a French name (Haiti), with an elided article
    ("The Directorate of Judicial Police (Direction Centrale de la Police Judiciaire, DCPJ) opened a case "
     "in Port-au-Prince.", [("Port-au-Prince", "PLACE")],
     [("Directorate of Judicial Police", "Direction Centrale de la Police Judiciaire", "translation"),
      ("Directorate of Judicial Police", "DCPJ", "acronym")]),
    ("The Haitian National Police (Police Nationale d'Haïti, PNH) lacks fuel.", [],
     [("Haitian National Police", "Police Nationale d'Haïti", "translation"),
      ("Haitian National Police", "PNH", "acronym")]),
    # a person's name in apposition, then 'is known as'
    ('Its founder, Arturo Beltrán Sosa, is known as "El Barbas Chico."', [("Arturo Beltrán Sosa", "PERSON")],
     [("Arturo Beltrán Sosa", "El Barbas Chico", "nickname")]),
    ("Marines captured Fausto Meza Flores (El Chapito) in Sinaloa.",
     [("Fausto Meza Flores", "PERSON"), ("Sinaloa", "PLACE")], [("Fausto Meza Flores", "El Chapito", "nickname")]),
    ("Marines captured Fausto Meza Flores (Los Pelones) in Sinaloa.",
     [("Fausto Meza Flores", "PERSON"), ("Sinaloa", "PLACE")], []),
    ("Police dismantled the Clan Rojas, or Rojas Clan, in Pedro Juan Caballero.",
     [("Clan Rojas", "ORG"), ("Pedro Juan Caballero", "PLACE")], [("Clan Rojas", "Rojas Clan", "translation")]),
    # an adverb after 'translates'
    ("Residents fear Los Pumas, which translates loosely as “The Cougars,” in Machala.",
     [("Los Pumas", "ORG"), ("Machala", "PLACE")], [("Los Pumas", "The Cougars", "translation")]),
    # a Spanish armed group's own words where the rest of the name is a person's
    ("Fighters of the Daniel Aldana Column (Columna Daniel Aldana, CDA) crossed the river.",
     [("Daniel Aldana Column", "ORG")],
     [("Daniel Aldana Column", "Columna Daniel Aldana", "translation"), ("Daniel Aldana Column", "CDA", "acronym")]),
    # ', or' after a clause that ends in a bracket, the apposition closed by a comma
    ("Under pressure from the Organization of American States (OAS), the Segundo Bloque Sur, or Second "
     "South Bloc, disarmed.", [("Organization of American States", "ORG")],
     [("Organization of American States", "OAS", "acronym"), ("Segundo Bloque Sur", "Second South Bloc", "translation")]),
    # the marker names a part of the group, not the group
    ("Police broke up a cell of the Sinaloa Cartel known as Los Güeros in Culiacán.",
     [("Sinaloa Cartel", "ORG"), ("Culiacán", "PLACE")], []),
    # a plural noun's initial written twice in a Spanish acronym (FFAA, FF.MM.)
    ("The Bolivian Armed Forces (Fuerzas Armadas de Bolivia, FFAA) guard the border.",
     [("Bolivian Armed Forces", "ORG")],
     [("Bolivian Armed Forces", "Fuerzas Armadas de Bolivia", "translation"), ("Bolivian Armed Forces", "FFAA", "acronym")]),
    # an acronym made of syllables, read where the bracket pairs it with its Spanish name
    ("Officers of the Anti-Narcotics Directorate (Dirección Antinarcóticos, DIRAN) burned a lab.",
     [("Anti-Narcotics Directorate", "ORG")],
     [("Anti-Narcotics Directorate", "Dirección Antinarcóticos", "translation"),
      ("Anti-Narcotics Directorate", "DIRAN", "acronym")]),
    # a numbered court and its name in Portuguese
    ("The case went to the 5th Federal Court of Belém (5ª Vara Federal de Belém) in March.",
     [("5th Federal Court of Belém", "ORG")],
     [("5th Federal Court of Belém", "5ª Vara Federal de Belém", "translation")]),
    # a translation in brackets that keeps its article; a short name with one is no pair
    ("Police fought Los Pájaros (the Birds) in Cali.", [("Los Pájaros", "ORG"), ("Cali", "PLACE")],
     [("Los Pájaros", "the Birds", "translation")]),
    ("The Inter-American Court of Human Rights (the Court) ruled.", [("Inter-American Court of Human Rights", "ORG")],
     []),
    # an acronym that fits neither name leaves the translation standing
    ("The Dominican National Police (Policía Nacional Dominicana, XQZ) raided a house.",
     [("Dominican National Police", "ORG")],
     [("Dominican National Police", "Policía Nacional Dominicana", "translation")]),
])
def test_alias_shapes_of_regional_reporting(nlp, text, ents, expected):
    assert pairs(run(nlp, text, ents)) == expected


def test_an_article_before_a_group_noun_names_no_group(nlp):
    doc = run(nlp, 'The gang, known as "Los Cuervos," grew fast. This crew, known as "La Oficina", too.')
    assert [entity for entity, _alias, _type in pairs(doc)] == []


def test_a_listed_body_named_again_in_its_own_language_in_brackets():
    doc = build_pipeline()("Agents of the Federal Revenue Service (Receita Federal) searched the port.")
    assert [(a.entity, a.alias, a.type) for a in doc._.aliases] == [
        ("Federal Revenue Service", "Receita Federal", "translation")]


def test_a_persons_age_between_the_name_and_the_alias_marker(nlp):
    text = 'Prosecutors said Wendel Arce Mamani, 47, also known as "El Mudo," of Trinidad, Bolivia, pleaded guilty.'
    doc = run(nlp, text, [("Wendel Arce Mamani", "PERSON"), ("Trinidad", "PLACE"), ("Bolivia", "PLACE")])
    assert pairs(doc) == [("Wendel Arce Mamani", "El Mudo", "nickname")]
    # near miss: a number after a place is no age, and a place takes no person's nickname this way
    text = 'Cargo left Trinidad, 47, also known as "El Mudo," on Monday.'
    doc = run(nlp, text, [("Trinidad", "PLACE")])
    assert all(a != "Trinidad" for a, _, _ in pairs(doc))
