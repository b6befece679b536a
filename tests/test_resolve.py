"""crimecli_resolve on spaCy's blank English, with entity spans set by hand as the recognisers
would set them (label, gazetteer id, kind, country)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from crimecli.extract import alias_record, entity_record
from crimecli.nlp import build_pipeline
from crimecli.pipeline.resolve import person_core


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["crimecli_sentences", "crimecli_aliases", "crimecli_resolve"])


def run(nlp, text: str, ents: list[tuple]) -> Doc:
    """ents: (surface, label[, id[, kind[, country]]]); ``surface#n`` picks the n-th occurrence."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, label, *rest in ents:
        surface, _, nth = surface.partition("#")
        start = -1
        for _ in range(int(nth or 1)):
            start = text.index(surface, start + 1)
        extra = {"span_id": rest[0]} if rest else {}
        span = doc.char_span(start, start + len(surface), label=label, **extra)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    for e in doc.ents:
        for (surface, label, *rest) in ents:
            if e.text == surface.partition("#")[0] and len(rest) > 1:
                e._.kind = rest[1]
                e._.country = rest[2] if len(rest) > 2 else None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def entities(doc: Doc) -> list[dict]:
    """The resolved entities as JSON-contract records."""
    return [entity_record(e).to_dict() for e in doc._.entities]


def aliases(doc: Doc) -> list[dict]:
    return [alias_record(a).to_dict() for a in doc._.aliases]


def by_name(doc: Doc) -> dict[str, dict]:
    return {e["name"]: e for e in entities(doc)}


def test_surname_and_titled_forms_join_the_full_name(nlp):
    text = ("President Nicolás Maduro met Gustavo Petro. Maduro said the border would open. "
            "Petro’s envoy agreed, and Nicolás Maduro thanked him.")
    doc = run(nlp, text, [("President Nicolás Maduro", "PERSON"), ("Gustavo Petro", "PERSON"),
                          ("Maduro#2", "PERSON"), ("Petro#2", "PERSON"), ("Nicolás Maduro#2", "PERSON")])
    ents = by_name(doc)
    assert set(ents) == {"Nicolás Maduro", "Gustavo Petro"}
    maduro = ents["Nicolás Maduro"]
    assert maduro["id"] == "person:nicolas-maduro" and maduro["label"] == "PERSON"
    assert set(maduro["variants"]) == {"President Nicolás Maduro", "Maduro"}
    assert len(maduro["mentions"]) == 3
    for m in maduro["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_a_surname_shared_by_two_people_stays_apart(nlp):
    text = ("Luis Enrique Calle Serna and Javier Antonio Calle Serna ran the group. "
            "Calle Serna was arrested.")
    doc = run(nlp, text, [("Luis Enrique Calle Serna", "PERSON"), ("Javier Antonio Calle Serna", "PERSON"),
                          ("Calle Serna#3", "PERSON")])
    assert sorted(by_name(doc)) == ["Calle Serna", "Javier Antonio Calle Serna", "Luis Enrique Calle Serna"]


def test_accents_do_not_split_a_person_and_the_written_form_is_kept(nlp):
    text = "Hugo Chávez died in 2013. Chavez had broken off relations with Bogotá."
    doc = run(nlp, text, [("Hugo Chávez", "PERSON"), ("Chavez", "PERSON")])
    [chavez] = entities(doc)
    assert chavez["name"] == "Hugo Chávez" and chavez["variants"] == ["Chavez"]
    doc = run(nlp, "President Hugo Chavez responded. Chavez faced a coup.",
              [("President Hugo Chavez", "PERSON"), ("Chavez#2", "PERSON")])
    assert [e["name"] for e in entities(doc)] == ["Hugo Chavez"]  # no accent added


def test_reversed_name_in_a_tweet_credit(nlp):
    text = "Gustavo Petro took office. See tweet by Petro Gustavo, president of Colombia."
    doc = run(nlp, text, [("Gustavo Petro", "PERSON"), ("Petro Gustavo", "PERSON")])
    assert [(e["name"], e["variants"]) for e in entities(doc)] == [("Gustavo Petro", ["Petro Gustavo"])]


def test_organisation_articles_and_country_prefix(nlp):
    text = ("Los Rastrojos grew. The Rastrojos and the Rastrojos' rivals fought; Rastrojos won. "
            "The US Drug Enforcement Agency said the Drug Enforcement Agency would help.")
    doc = run(nlp, text, [("Los Rastrojos", "ORG"), ("Rastrojos#2", "ORG"), ("Rastrojos#4", "ORG"),
                          ("US Drug Enforcement Agency", "ORG"), ("Drug Enforcement Agency#2", "ORG")])
    ents = by_name(doc)
    assert set(ents) == {"Los Rastrojos", "Drug Enforcement Agency"}
    assert ents["Los Rastrojos"]["id"] == "org:los-rastrojos"
    assert ents["Drug Enforcement Agency"]["variants"] == ["US Drug Enforcement Agency"]


def test_acronym_and_nickname_mentions_join_their_entity(nlp):
    text = ("talks with the National Liberation Army (ELN), a rebel group. The ELN agreed. "
            'Wilber Varela, alias "Jabon," was killed. Jabon had fled.')
    doc = run(nlp, text, [("National Liberation Army", "ORG"), ("ELN#2", "ORG"), ("Wilber Varela", "PERSON")])
    ents = by_name(doc)
    assert set(ents) == {"National Liberation Army", "Wilber Varela"}
    eln = ents["National Liberation Army"]
    assert eln["aliases"] == ["ELN"] and "ELN" in eln["variants"]
    assert len(eln["mentions"]) == 3  # the long name, the ELN in brackets, the later ELN
    varela = ents["Wilber Varela"]
    assert varela["aliases"] == ["Jabon"] and len(varela["mentions"]) == 3
    assert [(a["entity"], a["alias"]) for a in aliases(doc)] == [
        ("National Liberation Army", "ELN"), ("Wilber Varela", "Jabon")]


def test_a_nickname_that_names_a_country_leaves_the_countrys_mentions_alone(nlp):
    text = 'Police arrested Rubén Castillo Vera, alias "Perú," in Leticia. He had fled to Peru in 2020.'
    doc = run(nlp, text, [("Rubén Castillo Vera", "PERSON"), ("Leticia", "PLACE", "place:leticia-colombia"),
                          ("Peru", "PLACE", "place:peru")])
    ents = by_name(doc)
    assert ents["Rubén Castillo Vera"]["aliases"] == ["Perú"]
    assert ents["Peru"]["label"] == "PLACE" and len(ents["Peru"]["mentions"]) == 1


def test_alias_pairs_name_the_canonical_entity_once(nlp):
    text = ('Diego Perez Henao, alias "Diego Rastrojo," hid in Venezuela. Police arrested a man '
            'who resembled Diego Perez Henao, alias "Diego Rastrojo," last week.')
    doc = run(nlp, text, [])
    assert [(a["entity"], a["alias"]) for a in aliases(doc)] == [("Diego Perez Henao", "Diego Rastrojo")]
    [diego] = entities(doc)
    assert diego["aliases"] == ["Diego Rastrojo"] and len(diego["mentions"]) == 4


def test_gazetteer_ids_merge_forms_and_places_keep_their_country(nlp):
    text = "Caracas accused the U.S. of plotting; US officials denied it. The United States replied."
    doc = run(nlp, text, [("Caracas", "PLACE", "place:caracas", "city or town", "Venezuela"),
                          ("U.S.", "PLACE", "place:united-states", "country"),
                          ("US", "PLACE", "place:united-states", "country"),
                          ("United States", "PLACE", "place:united-states", "country")])
    ents = by_name(doc)
    assert set(ents) == {"Caracas", "United States"}
    us = ents["United States"]
    assert us["id"] == "place:united-states" and set(us["variants"]) == {"U.S.", "US"}
    assert us["kind"] == "country" and us["country"] is None
    assert ents["Caracas"]["country"] == "Venezuela"


def test_country_name_from_the_gazetteer_id_when_only_an_abbreviation_occurs(nlp):
    doc = run(nlp, "He was extradited to the U.S. in May.",
              [("U.S.", "PLACE", "place:united-states", "country")])
    assert [e["name"] for e in entities(doc)] == ["United States"]


@pytest.mark.parametrize("text, person, country", [
    ("Rivera met with Venezuela’s Minister of Interior and Justice, Tareck El Aissami, in Caracas.",
     "Tareck El Aissami", "Venezuela"),
    ("The talks were led by Colombian President Iván Duque last year.", "Iván Duque", "Colombia"),
    ("Mexico's President Felipe Calderon and Santos signed it.", "Felipe Calderon", "Mexico"),
    ("He met Homero Arellano, Ecuador’s minister of security, on Monday.", "Homero Arellano", "Ecuador"),
    ("The visit by U.S. Secretary of State Antony Blinken was cordial.", "Antony Blinken", "United States"),
    ("Jimmy Story, U.S. ambassador to Venezuela, said so.", "Jimmy Story", "United States"),
    ("A tweet by Petro Gustavo, president of Colombia, was posted.", "Petro Gustavo", "Colombia"),
    ("Witnesses said Walid Makled paid the officers.", "Walid Makled", None),
])
def test_person_country_from_the_role_around_the_name(nlp, text, person, country):
    doc = run(nlp, text, [(person, "PERSON")])
    assert by_name(doc)[person]["country"] == country


def test_titled_span_from_the_recogniser_keeps_country_and_core_name(nlp):
    doc = run(nlp, "Talks with Colombian President Iván Duque failed.",
              [("Colombian President Iván Duque", "PERSON")])
    [duque] = entities(doc)
    assert duque["name"] == "Iván Duque" and duque["country"] == "Colombia"
    assert duque["variants"] == ["Colombian President Iván Duque"]


def test_boilerplate_lines_are_not_entities(nlp):
    text = "Santos met Calderon.\n\nWhat are your thoughts? Click here to send InSight Crime your comments.\n"
    doc = run(nlp, text, [("Santos", "PERSON"), ("Calderon", "PERSON"), ("InSight Crime", "ORG")])
    assert sorted(e["name"] for e in entities(doc)) == ["Calderon", "Santos"]


def test_person_core():
    assert person_core("former Colombian President Iván Duque") == "Iván Duque"
    assert person_core("Mayor Claudia López") == "Claudia López"
    assert person_core("Maduro’s") == "Maduro"
    assert person_core('Joaquín "El Chapo" Guzmán') == "Joaquín Guzmán"
    assert person_core("Tareck El Aissami") == "Tareck El Aissami"


@pytest.mark.parametrize("text, person, places, country", [
    ("notified the governor of Colombia’s Norte de Santander department, Silvano Serrano, that",
     "Silvano Serrano", [("Norte de Santander", "PLACE")], "Colombia"),
    ("Mexico's President Felipe Calderon and Colombia’s Juan Manuel Santos met.",
     "Juan Manuel Santos", [], "Colombia"),
    ("It was used by Senator James Risch, a Republican from Idaho, during the hearing.",
     "James Risch", [("Idaho", "PLACE", "place:idaho", "state or department", "United States")],
     "United States"),
    ("by the return of Luiz Inácio Lula da Silva as Brazilian president in early 2023.",
     "Luiz Inácio Lula da Silva", [], "Brazil"),
    ("Ever Villafañe, who had escaped from prison in his native Colombia in 2001, was caught.",
     "Ever Villafañe", [], "Colombia"),
])
def test_person_country_from_place_phrases(nlp, text, person, places, country):
    doc = run(nlp, text, [(person, "PERSON"), *places])
    assert by_name(doc)[person]["country"] == country


def test_a_misspelt_first_name_is_the_same_person_but_a_different_one_is_not(nlp):
    text = ("U.S. Secretary of State Anthony Blinken visited Bogotá. Blinken met Petro. "
            "Tweet by Antony Blinken. Juan Santos and Luis Santos disagreed.")
    doc = run(nlp, text, [("Anthony Blinken", "PERSON"), ("Blinken#2", "PERSON"), ("Antony Blinken", "PERSON"),
                          ("Juan Santos", "PERSON"), ("Luis Santos", "PERSON")])
    names = sorted(e["name"] for e in entities(doc))
    assert names == ["Anthony Blinken", "Juan Santos", "Luis Santos"]
    assert len(by_name(doc)["Anthony Blinken"]["mentions"]) == 3


SUCRE = ("Sucre", "PLACE", "place:sucre-bolivia", "city or town", "Bolivia")  # the gazetteer's first choice


@pytest.mark.parametrize("text, ents, expected", [
    # the context names Colombia: the Colombian department
    ("Colombian troops patrolled Sucre after the attack in Colombia.",
     [SUCRE, ("Colombia#2", "PLACE", "place:colombia", "country")],
     ("place:sucre-co", "Colombia", "state or department")),
    # a kind word after the name narrows to states; a demonym decides between them
    ("Venezuelan police said the gang moved into Sucre state.", [SUCRE],
     ("place:sucre-ve", "Venezuela", "state or department")),
    # nothing in the context: the gazetteer's choice stands
    ("The talks were held in Sucre.", [SUCRE], ("place:sucre-bolivia", "Bolivia", "city or town")),
])
def test_a_place_name_several_countries_share_takes_the_country_of_its_context(nlp, text, ents, expected):
    doc = run(nlp, text, ents)
    [sucre] = [e for e in entities(doc) if e["name"] == "Sucre"]
    assert (sucre["id"], sucre["country"], sucre["kind"]) == expected


@pytest.fixture(scope="module")
def full():
    return build_pipeline()


def countries(full, text: str, label: str = "PERSON") -> dict[str, str | None]:
    return {e.name: e.country for e in full(text)._.entities if e.label == label}


@pytest.mark.parametrize("text, person, country", [
    ("Ministers met Prime Minister Ana Rojas of Peru in Lima.", "Ana Rojas", "Peru"),
    ("The reward targets Luis Ortega Pardo, a Salvadoran national, and others.", "Luis Ortega Pardo", "El Salvador"),
    ("Police hunt Dominican cocaine trafficker Rafael Mota across the region.", "Rafael Mota", "Dominican Republic"),
    ("We asked the interior minister of Bolivia, Quispe, about it.", "Quispe", "Bolivia"),
    ("Uruguayan President Pedro Suárez and Chilean leaders spoke.", "Pedro Suárez", "Uruguay"),
    ("Outside, Panamanian businessman Tomás Gil waited.", "Tomás Gil", "Panama"),
    ("Another was the Brazilian Rui Barbosa Lima, who ran the route.", "Rui Barbosa Lima", "Brazil"),
    ("Police held two men, among them a Venezuelan, Hugo Ramírez Soto, and others.", "Hugo Ramírez Soto", "Venezuela"),
    ("A prosecutor in Cochabamba, Lucía Mamani Quispe, told us about it.", "Lucía Mamani Quispe", "Bolivia"),
    ("The mayor met the Brazilian delegation and Pedro Solís Vera.", "Pedro Solís Vera", None),
    # the gang a person leads
    ("Gunmen of the Rastrojos, led by Tomás Ibarra Lugo, crossed the river.", "Tomás Ibarra Lugo", "Colombia"),
    ("Los Choneros were long led by Marco Vera Solís.", "Marco Vera Solís", "Ecuador"),
    ("Police held Pedro Nunes Castro, alleged leader of the Red Command, in a raid.", "Pedro Nunes Castro", "Brazil"),
    # a role written before the name with a comma: the place's or the body's country
    ("The mayor of Cúcuta, Jorge Acevedo Peña, met the press.", "Jorge Acevedo Peña", "Colombia"),
    ("They met the president of Chile, Ana Lagos Vidal, on Monday.", "Ana Lagos Vidal", "Chile"),
    ("The head of the Haitian National Police, Frantz Elbé Noel, resigned.", "Frantz Elbé Noel", "Haiti"),
    # a demonym in the role written after the name
    ("Police said Hernán Quiroga Vidal, the Argentine smuggler held in Asunción, would be deported.",
     "Hernán Quiroga Vidal", "Argentina"),
    # an age between the name and the nationality; a release's home town
    ("Teodoro Salas Vera, 47, a Chilean national, was sentenced on Friday.", "Teodoro Salas Vera", "Chile"),
    ("Co-defendant Mirta Ocampo, 39, of Encarnación, pleaded guilty.", "Mirta Ocampo", "Paraguay"),
    # the nationality written before the name
    ("Agents detained a Guatemalan citizen, Rosa Imelda Quej, at the border.", "Rosa Imelda Quej", "Guatemala"),
    ("The courier, a Jamaican national identified as Delroy Barrett, was held.", "Delroy Barrett", "Jamaica"),
    ("The Cuban press, Ana Duarte Ríos said, was silent.", "Ana Duarte Ríos", None),
    # an alias between the name and the nationality
    ('Agents held Mario Leiva Oyuela, alias "El Zorro," a Nicaraguan national, in Tela.', "Mario Leiva Oyuela",
     "Nicaragua"),
    # a demonym and a noun of nationality right before the name
    ("Agents arrested Ecuadorian national Byron Cedeño Loor in Manta.", "Byron Cedeño Loor", "Ecuador"),
    # a sanctions bracket between the name and the nationality
    ('OFAC named Rodrigo Paz Olmedo (a.k.a. "El Flaco"), a Uruguayan national, on Tuesday.', "Rodrigo Paz Olmedo",
     "Uruguay"),
    # a hyphenated word inside the role
    ("The Ecuadorian anti-kidnapping prosecutor Wilson Paredes Mora was threatened.", "Wilson Paredes Mora",
     "Ecuador"),
])
def test_person_country_from_role_and_nationality_phrases(full, text, person, country):
    assert countries(full, text)[person] == country


def test_a_role_followed_by_a_place_elsewhere_gives_no_country(full):
    found = countries(full, "President Eva Lima of Peru received Deputy Security Adviser Tom Hale in Lima.")
    assert found["Eva Lima"] == "Peru" and found["Tom Hale"] is None


def test_person_country_from_the_body_of_their_role(full):
    text = ("Lucía Prado of the Broad Front (FA) won. FA deputy Mario Sosa conceded, and Hugo Lemos, "
            "former head of the Gulf Cartel, was held. Ramón Caro (“El Viejo”), leader of the Sinaloa Cartel, fled.")
    found = countries(full, text)
    assert found["Mario Sosa"] is None  # the Broad Front is no body the gazetteer knows
    assert found["Hugo Lemos"] == "Mexico" and found["Ramón Caro"] == "Mexico"


def test_titles_only_one_government_has(full):
    text = ("Deputy Secretary of State for Budget and Planning Mary Cole and Principal Deputy National "
            "Security Advisor Paul Dunn met Interior Minister Jorge Vela.\n"
            "Dana Frost, Secretary of State\n")
    found = countries(full, text)
    assert found["Mary Cole"] == "United States" and found["Paul Dunn"] == "United States"
    assert found["Dana Frost"] == "United States" and found["Jorge Vela"] is None


def test_a_spokesperson_of_the_department_the_document_names(full):
    text = ("Kim Lee, Department Spokesperson\nMay 2, 2023\n\nThe U.S. Department of State is offering a "
            "reward for Peruvian trafficker Luis Quispe.")
    found = countries(full, text)
    assert found["Kim Lee"] == "United States" and found["Luis Quispe"] == "Peru"


def test_relatives_take_the_country_of_the_person_named_with_them(full):
    text = ("The United States is designating former Peruvian Minister Raúl Tejada Ibáñez. The "
            "Department is also designating Tejada’s spouse, Rosa Campos Ibarra, and sons Diego Tejada Campos "
            "and Iván Tejada Campos. Separately, Chilean trafficker Marta Soto and her two daughters, "
            "Ana Ruiz Soto and Eva Ruiz Soto, were named.")
    found = countries(full, text)
    assert {found[n] for n in ("Raúl Tejada Ibáñez", "Rosa Campos Ibarra", "Diego Tejada Campos",
                               "Iván Tejada Campos")} == {"Peru"}
    assert found["Ana Ruiz Soto"] == "Chile" and found["Eva Ruiz Soto"] == "Chile"


def test_people_listed_with_other_officials_of_a_country(full):
    text = ("Today, Interior Minister Juan Ríos, Finance Minister Olga Prieto, and other Peruvian government "
            "representatives met their Bolivian counterparts. A delegation of Chilean officials, "
            "including Deputy Minister Iris Lagos, attended.")
    found = countries(full, text)
    assert found["Juan Ríos"] == "Peru" and found["Olga Prieto"] == "Peru" and found["Iris Lagos"] == "Chile"


def test_an_organisation_opened_or_possessed_by_a_country_body(full):
    text = ("The U.S. Marshals Service Fugitive Unit and the State Department’s Bureau of Ocean "
            "Affairs met the Peruvian Office for Drug Control.")
    found = countries(full, text, "ORG")
    assert found["U.S. Marshals Service Fugitive Unit"] == "United States"
    assert found["Bureau of Ocean Affairs"] == "United States"
    assert found["Peruvian Office for Drug Control"] == "Peru"


def test_a_release_speaks_for_the_government_its_bodies_belong_to(full):
    text = ("Readout of Deputy Advisor Sam Reyes’s Meeting with President Ana Lima of Peru\n"
            "March 3, 2023\n\n"
            "Deputy Advisor Sam Reyes met today with President Ana Lima of Peru. The Department of State "
            "and the Department of Homeland Security will send a team, and the Department of Justice "
            "will train prosecutors. Peruvian Minister Hugo Vera welcomed Mayor Luis Prado.\n\n"
            "MR REYES: Thank you.\n")
    found = countries(full, text)
    assert found["Sam Reyes"] == "United States" and found["Ana Lima"] == "Peru"
    assert found["Hugo Vera"] == "Peru" and found["Luis Prado"] is None  # not in the header: no guess


def test_an_analysis_has_no_government_voice(full):
    text = ("Why Peru’s Police Reform Stalled\n\n"
            "Deputy Advisor Sam Reyes met the Department of State and the Department of Justice, "
            "which fund the reform, as analysts from the Department of Homeland Security watched.\n")
    assert countries(full, text)["Sam Reyes"] is None


def test_a_role_before_another_persons_clause_is_not_theirs(full):
    text = ("In meetings with Peruvian President Ana Lima and Foreign Minister Iris Cano, Envoy Tom Hale "
            "will discuss trade.")
    found = countries(full, text)
    assert found["Ana Lima"] == "Peru" and found["Iris Cano"] == "Peru" and found["Tom Hale"] is None


def _country_of(text: str, person: str):
    from crimecli.extract import extract_document
    from crimecli.reader import read_text
    ex = extract_document(read_text("Field note\n\n" + text + "\n"))
    return next(e.country for e in ex.entities if e.name == person)


def test_a_persons_country_from_where_they_were_born():
    assert _country_of("Rogério Antunes Lima, born in Recife, was arrested in Santa Cruz.", "Rogério Antunes Lima") == "Brazil"
    assert _country_of("Rogério Antunes Lima, who was born in Paraguay, ran a cell in Bolivia.",
                       "Rogério Antunes Lima") == "Paraguay"


def test_a_bare_office_takes_the_one_country_a_text_is_about():
    about_peru = "Peru is tense. Lima and Cusco saw protests. Peru's prisons are full. Peru waits. "
    assert _country_of(about_peru + "The interior minister, Rosa Quispe Mamani, resigned.", "Rosa Quispe Mamani") == "Peru"
    assert _country_of(about_peru + "Rosa Quispe Mamani, the interior minister, resigned.", "Rosa Quispe Mamani") == "Peru"
    # two countries named as often: whose minister is not said
    both = ("Peru and Chile met. Lima and Santiago agreed. Peru and Chile signed. "
            "The interior minister, Rosa Quispe Mamani, resigned.")
    assert _country_of(both, "Rosa Quispe Mamani") is None
    # no office: a person named in a text about one country is taken as of it, unless a sentence
    # of theirs names another country
    assert _country_of(about_peru + "Rosa Quispe Mamani arrived on Monday.", "Rosa Quispe Mamani") == "Peru"
    assert _country_of(about_peru + "Rosa Quispe Mamani arrived from Bolivia.", "Rosa Quispe Mamani") is None


def test_a_person_in_a_text_about_one_country_is_of_that_country_unless_a_sentence_says_otherwise(full):
    text = ("Haiti's gangs tighten their grip\n"
            "By Marie Joseph and Paul Étienne\n"
            "Gangs in Port-au-Prince attacked the Haitian National Police station in Cité Soleil on Monday, "
            "and witnesses said Wilson Joseph Pierre led the assault. Haiti's transitional council met in "
            "Pétion-Ville. Police said the gang of Ronald Lubin had joined the coalition in Croix-des-Bouquets. "
            "Dominican President Luis Abinader closed the border,[1] and Carlos Peña Ruiz, a trader in Dajabón, "
            "said sales had fallen.\n"
            "[1] Jean Rémy, \"Haiti's long war,\" Le Nouvelliste, 2 May 2024.\n")
    found = countries(full, text)
    assert found["Wilson Joseph Pierre"] == "Haiti" and found["Ronald Lubin"] == "Haiti"
    assert found["Marie Joseph"] is None and found["Paul Étienne"] is None  # the byline
    assert found["Jean Rémy"] is None  # a cited author
    assert found["Carlos Peña Ruiz"] is None  # his sentence names the Dominican Republic


def test_a_body_after_a_place_s_possessive_keeps_both_written_forms(full):
    ents = {e.name: e for e in full("Bolivia's Special Anti-Narcotics Force burned a lab near Chapare. "
                                    "Uruguay’s Federal Police did not comment. Honduras' Public Ministry "
                                    "appealed.")._.entities}
    orgs = {name: e.variants for name, e in ents.items() if e.label == "ORG"}
    assert any("Bolivia's Special Anti-Narcotics Force" in [n, *v] for n, v in orgs.items())
    assert any("Uruguay’s Federal Police" in [n, *v] for n, v in orgs.items())
    assert any("Honduras' Public Ministry" in [n, *v] for n, v in orgs.items())
    assert "Bolivia" in ents and ents["Bolivia"].label == "PLACE"


def test_a_body_named_after_a_country_s_or_a_state_s_possessive_is_named_without_it(full):
    orgs = {e.name: e.variants for e in full("Peru's Armed Forces Special Operations Command said two soldiers died. "
                                             "Minas Gerais state's Civil Police Secretariat agreed.")._.entities
            if e.label == "ORG"}
    assert orgs.get("Armed Forces Special Operations Command") == ["Peru's Armed Forces Special Operations Command"]
    assert any("Minas Gerais state's Civil Police Secretariat" in v for v in orgs.values())


def test_a_head_of_state_the_text_gives_no_country_takes_the_listed_one(full):
    found = countries(full, "Later that day President Bukele spoke with President Gustavo Petro and Xiomara Castro.")
    assert found == {"Bukele": "El Salvador", "Gustavo Petro": "Colombia", "Xiomara Castro": "Honduras"}


def test_the_text_s_word_on_a_person_wins_over_the_list(full):
    # a namesake of a former Guatemalan president, said by the text to be Peruvian
    assert countries(full, "Police held Peruvian businessman Jimmy Morales in Lima.")["Jimmy Morales"] == "Peru"


def test_the_list_of_known_people_is_consistent():
    from crimecli.countries import canonical_country
    from crimecli.text import read_jsonl
    short: dict[str, str] = {}
    for row in read_jsonl("curated/people.jsonl"):
        assert canonical_country(row["country"]) == row["country"], row["name"]
        assert row["role"], row["name"]
        for form in row["short"]:
            assert short.setdefault(form, row["country"]) == row["country"], form


def test_a_place_in_apposition_follows_the_homonym_it_was_placed_by(nlp):
    # the annex took Spain from 'Valencia' when read; the document's context puts that Valencia
    # in Venezuela, and the annex goes with it
    text = ("Guards moved the inmates to the Tocorón Annex, Valencia, after the riot. "
            "Venezuela's prison ministry said Venezuela would rebuild the wing.")
    ents = [("Tocorón Annex", "PLACE", "", "facility", "Spain"),
            ("Valencia", "PLACE", "place:valencia-spain", "city or town", "Spain"),
            ("Venezuela", "PLACE", "place:venezuela", "country", None),
            ("Venezuela#2", "PLACE", "place:venezuela", "country", None)]
    got = by_name(run(nlp, text, ents))
    assert got["Valencia"]["country"] == "Venezuela"
    assert got["Tocorón Annex"]["country"] == "Venezuela"
    # near miss: a place set off by 'and', not in apposition, keeps its own country
    text = ("Guards moved the inmates to the Tocorón Annex and Valencia after the riot. "
            "Venezuela's prison ministry said Venezuela would rebuild the wing.")
    got = by_name(run(nlp, text, ents))
    assert got["Valencia"]["country"] == "Venezuela" and got["Tocorón Annex"]["country"] == "Spain"
