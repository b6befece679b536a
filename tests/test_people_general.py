"""People in text written by others: each rule over a class of words, with a near miss it must
leave alone (crimecli_names after the gazetteer, on blank English)."""

import pytest

from crimecli.nlp import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["crimecli_gazetteer_names", "crimecli_gazetteer_acronyms",
                                      "crimecli_sentences", "crimecli_gazetteer", "crimecli_names",
                                      "crimecli_ents"])


def people(doc):
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


# -- place names of French, Creole and Portuguese shape ----------------------------------------

def test_hyphenated_place_opener_is_no_person(nlp):
    doc = nlp("Gunmen burned homes in Grand-Pierre and Fort-Jacques on Monday.")
    assert people(doc) == []


def test_saint_opens_a_place_not_a_name(nlp):
    doc = nlp("The suspect was held at a station in St. Gabriel on Friday. Later St. Martin Parish closed.")
    assert people(doc) == []


def test_name_after_a_title_may_open_with_a_place_word(nlp):
    # near miss: a title says the words after it are a name, whatever they open with
    doc = nlp("Inspector Grand Dufresne said the road was closed.")
    assert people(doc) == ["Grand Dufresne"]


def test_saint_inside_a_name_stays(nlp):
    doc = nlp("Police charged Marvin St. Aubyn, 29, with robbery. St. Aubyn denied it.")
    assert people(doc) == ["Marvin St. Aubyn", "St. Aubyn"]


# -- words of an office after a Spanish title ---------------------------------------------------

def test_office_words_after_spanish_title(nlp):
    doc = nlp("The Fiscal Regional Oriente, Tomás Vergara, said the case was closed.")
    assert people(doc) == ["Tomás Vergara"]


def test_institution_word_after_title_is_no_name(nlp):
    doc = nlp("The Fiscal General de la Nación, Irene Saldívar, said the inquiry would go on.")
    assert people(doc) == ["Irene Saldívar"]


def test_office_adjective_then_holder(nlp):
    doc = nlp("Fiscal Antidrogas Lorena Quiroga ordered the raid.")
    assert people(doc) == ["Lorena Quiroga"]


def test_name_after_title_still_found(nlp):
    # near miss: a name made of name words after the same title is kept
    doc = nlp("Fiscal Lorena Quiroga ordered the raid.")
    assert people(doc) == ["Lorena Quiroga"]


# -- things named after people -----------------------------------------------------------------

def test_vessel_name_after_a_title_word(nlp):
    doc = nlp("Coast guards boarded the trawler Don Eusebio off the coast.")
    assert people(doc) == []


def test_neighbourhood_noun_before_a_persons_name(nlp):
    doc = nlp("Families fled the colonia Emiliano Zapata after the shooting.")
    assert people(doc) == []


def test_housing_project_named_after_a_person(nlp):
    doc = nlp("Agents raided the Manuel Osorio Rivas housing project at dawn.")
    assert people(doc) == []


def test_person_before_unrelated_noun_stays(nlp):
    # near miss: a named person followed by an ordinary lower-case word
    doc = nlp("Agents arrested Manuel Osorio Rivas at dawn.")
    assert people(doc) == ["Manuel Osorio Rivas"]


# -- hyphenated surnames alone -----------------------------------------------------------------

def test_hyphenated_surname_alone_is_the_person(nlp):
    doc = nlp("Commissioner Glenda Baptiste-Roberts spoke first. Baptiste-Roberts said patrols would rise.")
    assert people(doc) == ["Glenda Baptiste-Roberts", "Baptiste-Roberts"]


def test_second_part_of_hyphenated_surname_is_no_person(nlp):
    # near miss: the last part of a hyphenated surname is no name of its own
    doc = nlp("Commissioner Glenda Baptiste-Roberts spoke first. Roberts Street was closed.")
    assert "Roberts" not in people(doc) and "-Roberts" not in people(doc)


# -- a nickname in quotes inside a name --------------------------------------------------------

def test_nickname_inside_name_after_group_cue(nlp):
    doc = nlp('Rivals of Mateo "El Gallo" Cisneros Lara attacked the town.')
    found = people(doc)
    assert "Mateo" in found and all(e.label_ != "ORG" or e.text != "Mateo" for e in doc.ents)


def test_group_cue_before_a_name_without_nickname(nlp):
    # near miss: no nickname follows, the name is read whole
    doc = nlp("Rivals of Mateo Cisneros Lara attacked the town.")
    assert people(doc) == ["Mateo Cisneros Lara"]


# -- transcript speaker labels -----------------------------------------------------------------

def test_speaker_label_in_capitals_without_title(nlp):
    doc = nlp("HOST: Welcome back.\nFERREIRA: Thank you.\nHOST: Let us begin.")
    assert people(doc) == ["FERREIRA"]


def test_label_in_capitals_that_is_no_surname(nlp):
    # near miss: a section label in capitals is no speaker
    doc = nlp("NOTE: This story was updated.\nBACKGROUND: The gang formed in 2015.")
    assert people(doc) == []


# -- plural titles -------------------------------------------------------------------------

def test_plural_title_is_not_part_of_the_name(nlp):
    doc = nlp("The case was prosecuted by Assistant U.S. Attorneys Helen R. Voss and Mark T. Dunne.")
    assert "Helen R. Voss" in people(doc)


# -- titles of offices ------------------------------------------------------------------------

def test_police_ranks_and_offices_are_titles(nlp):
    doc = nlp("Police Constable Dorian Walcott and Corporal Nigel Baptiste were shot. "
              "National Treasurer Alba Medina resigned.")
    assert people(doc) == ["Dorian Walcott", "Nigel Baptiste", "Alba Medina"]


def test_a_place_word_like_a_rank_stays_a_place(nlp):
    # near miss: 'Cabo' opens places ('Cabo Rojo'); it is no title
    doc = nlp("Police arrested him in Cabo Rojo on Sunday.")
    assert people(doc) == []


# -- sanctions and wanted lists --------------------------------------------------------------

def test_list_entry_alone_is_one_person(nlp):
    doc = nlp("The following individual was designated:\n\n"
              "QUINTERO BARRAZA, Efraín Adolfo (a.k.a. \"El Tuerto\"); DOB 03 Feb 1979; nationality Mexico.\n")
    assert people(doc) == ["QUINTERO BARRAZA, Efraín Adolfo"]


def test_list_entry_joins_the_prose_name(nlp):
    doc = nlp("Efraín Adolfo Quintero Barraza runs the network.\n\n"
              "QUINTERO BARRAZA, Efraín Adolfo; DOB 03 Feb 1979; nationality Mexico.\n")
    assert people(doc) == ["Efraín Adolfo Quintero Barraza", "QUINTERO BARRAZA"]


def test_list_entry_makes_the_prose_mention_a_person(nlp):
    # the prose name has no known name word; the list says it is a person's
    doc = nlp("Tavish Oyelaran leads the crew.\n\nOYELARAN, Tavish; DOB 11 May 1990; Gender Male.\n")
    assert people(doc) == ["Tavish Oyelaran", "OYELARAN"]


def test_capital_heading_with_comma_is_no_list_entry(nlp):
    # near miss: capitals, a comma and a name, but no line of a list
    doc = nlp("MEXICO CITY, Reuters reported on Monday that the talks failed.\n")
    assert people(doc) == []


# -- show roles, pairs of rulers, coordinated names --------------------------------------------

def test_show_roles_are_titles(nlp):
    doc = nlp("Host Marisol Quintana Ruiz talks to Presenter Dario Keswick about the ports.")
    assert people(doc) == ["Marisol Quintana Ruiz", "Dario Keswick"]


def test_hyphenated_pair_of_rulers_is_no_person(nlp):
    doc = nlp("The Gómez-Herrera government expelled the bishops.")
    assert people(doc) == []


def test_hyphenated_surname_before_other_noun_stays(nlp):
    # near miss: a hyphenated surname with a given name, before an ordinary noun
    doc = nlp("The Ana Salcedo-Montiel case went to court.")
    assert people(doc) == ["Ana Salcedo-Montiel"]


def test_unknown_name_joined_to_a_person(nlp):
    doc = nlp("Two suspects, Otis McKie and Tavish Oyelaran, were in custody.")
    assert people(doc) == ["Otis McKie", "Tavish Oyelaran"]


def test_firm_joined_to_a_person_is_no_person(nlp):
    # near miss: a firm's words after 'and' stay out
    doc = nlp("The deal was signed by Otis McKie and Tierra Dorada Mining in May.")
    assert people(doc) == ["Otis McKie"]


# -- people known only by a nickname ----------------------------------------------------------

def test_nickname_alone_after_alias_is_a_person(nlp):
    doc = nlp('Police said the gang\'s treasurer, alias "Zancudo," was arrested in the port.')
    assert people(doc) == ["Zancudo"]


def test_nickname_after_a_named_person_is_no_second_person(nlp):
    # near miss: the owner is named before 'alias'; the nickname is an alias, not a new person
    doc = nlp('Police said Ernesto Villagrán Soto, alias "Zancudo," was arrested in the port.')
    assert people(doc) == ["Ernesto Villagrán Soto"]


# -- Portuguese 'e' between surnames; what befalls a body ------------------------------------

def test_portuguese_e_between_surnames(nlp):
    doc = nlp("Prosecutors said former minister Paulo Henrique de Almeida e Castro took bribes.")
    assert people(doc) == ["Paulo Henrique de Almeida e Castro"]


def test_portuguese_e_between_two_people(nlp):
    # near miss: 'e' joins two people when a whole name follows it
    doc = nlp("Os procuradores Ana Silva e Pedro Costa Lima falaram.")
    assert people(doc) == ["Ana Silva", "Pedro Costa Lima"]


def test_unknown_name_arrested_is_a_person(nlp):
    doc = nlp("Police said Tavish Oyelaran was arrested at the border.")
    assert people(doc) == ["Tavish Oyelaran"]


def test_unknown_name_that_said_something_needs_more(nlp):
    # near miss: outlets and groups also speak; only what befalls a body says it is a person
    doc = nlp("Police said Vexa Tundral was founded in 2014 and Tavish Oyelaran said nothing.")
    assert people(doc) == []


# -- a title whose office runs on to its own 'of' names no holder --------------------------------

def test_an_office_ending_in_its_own_of_names_no_person(nlp):
    doc = nlp("The Comisionado Nacional de los Derechos Humanos said 40 people were held without charge.")
    assert people(doc) == []
    # near miss: after the whole office, a holder with a known given name is still a person
    doc = nlp("The Procurador General de la Nación Ana Torres rejected the report.")
    assert people(doc) == ["Ana Torres"]


# -- what follows a name after a comma says it is a person's --------------------------------------

def test_a_demonym_as_a_noun_after_a_name_no_list_holds_makes_a_person(nlp):
    doc = nlp("Prosecutors said Deshawn Kwesi Mottley, a Barbadian who ran the crews, pleaded guilty.")
    assert people(doc) == ["Deshawn Kwesi Mottley"]
    doc = nlp("Prosecutors said Deshawn Kwesi Mottley, a Barbadian national, pleaded guilty.")
    assert people(doc) == ["Deshawn Kwesi Mottley"]
    # near miss: a demonym before another noun describes a thing ('a Panamanian company')
    doc = nlp("The payments went to Coral Reef Logistics, a Panamanian shipping firm.")
    assert people(doc) == []


def test_a_quoted_nickname_after_an_alias_marker_makes_a_person(nlp):
    doc = nlp('Prosecutors said Deshawn Kwesi Mottley, also known as "Kwes," ran the crews.')
    assert "Deshawn Kwesi Mottley" in people(doc)
    # near miss: without the quoted nickname, the marker alone says nothing
    doc = nlp("Prosecutors said Deshawn Kwesi Mottley ran the crews.")
    assert people(doc) == []


def test_a_vessel_named_after_a_person_is_no_person(nlp):
    assert "Cutter Joseph Napier" not in people(nlp("The crew of the Coast Guard Cutter Joseph Napier seized cocaine."))
    assert "Joseph Napier" not in people(nlp("The crew of the Coast Guard Cutter Joseph Napier seized cocaine."))
    # near miss: the person the vessel is named after, named as a person
    assert "Joseph Napier" in people(nlp("Coast Guard officer Joseph Napier said the crew was safe."))
