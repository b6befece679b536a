"""Alias shapes on short invented texts (the whole pipeline): each with a text where the pair
must be found and a near miss where it must not."""

from __future__ import annotations

import pytest

from crimecli.nlp import get_pipeline
from crimecli.pipeline.aliases import fits_as_mixed_acronym


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def pairs(nlp, text: str) -> set[tuple[str, str]]:
    return {(a.alias, a.type) for a in nlp(text)._.aliases}


def test_mixed_case_acronyms_fit_their_names_only():
    assert fits_as_mixed_acronym("Sedena", "Secretaría de la Defensa Nacional".split())
    assert fits_as_mixed_acronym("Gaeco", "Grupo de Atuação Especial de Combate ao Crime Organizado".split())
    assert not fits_as_mixed_acronym("Lima", "Secretaría de la Defensa Nacional".split())
    assert not fits_as_mixed_acronym("Commerce", "Department of Commerce".split())  # a short name


def test_a_mixed_case_acronym_in_brackets(nlp):
    assert ("Dicopa", "acronym") in pairs(
        nlp, "The Dirección de Control Patrimonial (Dicopa) froze the accounts.")
    assert pairs(nlp, "The Dirección de Control Patrimonial (Lima) froze the accounts.") == set()


def test_english_name_then_spanish_name_and_mixed_case_acronym(nlp):
    found = pairs(nlp, "The Interior Ministry (Secretaría de Gobernación Interior, Segob) denied it.")
    assert ("Secretaría de Gobernación Interior", "translation") in found and ("Segob", "acronym") in found


def test_a_single_word_body_and_its_spanish_name(nlp):
    found = pairs(nlp, "The Army (Secretaría de Ejército Regional, Sedere) said ten died.")
    assert ("Secretaría de Ejército Regional", "translation") in found


def test_an_acronym_of_the_other_languages_name(nlp):
    found = pairs(nlp, "The Aruba Customs Service (Douane Aruba Dienst, DAD) seized cocaine.")
    assert ("Douane Aruba Dienst", "translation") in found and ("DAD", "acronym") in found
    # an acronym of the English name: the bracket's name is no proof of another language
    assert ("Aruba Customs Service Group", "translation") not in pairs(
        nlp, "The Aruba Customs Service (Aruba Customs Service Group, ACSG) seized cocaine.")


def test_a_name_and_acronym_in_brackets_after_no_name(nlp):
    assert ("Dicopa", "acronym") in pairs(
        nlp, "Peru's asset police (Dirección de Control Patrimonial, Dicopa) froze the accounts.")


def test_a_place_and_its_other_name_and_acronym(nlp):
    found = pairs(nlp, "Miners flocked to the Caroní Gold Belt (Cinturón Aurífero del Caroní, CAC) in 2019.")
    assert ("Cinturón Aurífero del Caroní", "translation") in found and ("CAC", "acronym") in found


def test_which_means_in_a_language(nlp):
    assert ("Red Tide", "translation") in pairs(
        nlp, 'Police blamed the Mare Wouj gang, which means "Red Tide" in Creole.')
    assert pairs(nlp, 'The law, which means "no more" to many, passed.') == set()


def test_a_dutch_name_and_its_english_translation(nlp):
    assert ("Royal Military Police", "translation") in pairs(
        nlp, "The Koninklijke Marechaussee (Royal Military Police) guards the airport.")
    assert pairs(nlp, "The Willemstad Harbour (Willemstad Port) was closed.") == set()


def entity_pairs(nlp, text: str) -> set[tuple[str, str]]:
    return {(a.entity, a.alias) for a in nlp(text)._.aliases}


def test_a_k_a_written_with_slashes_is_a_marker(nlp):
    got = entity_pairs(nlp, 'Co-defendant Maritza Lucía Borja Anzola, a/k/a "La Contadora," 41, kept the books.')
    assert ("Maritza Lucía Borja Anzola", "La Contadora") in got


def test_markers_after_a_releases_short_form_of_the_name_belong_to_the_person(nlp):
    got = entity_pairs(nlp, 'Rigoberto Andrés Funes Canales (Funes), a.k.a. "El Zurdo," a.k.a. "Don Rigo," '
                            'born May 2, 1975, leads the network.')
    assert {("Rigoberto Andrés Funes Canales", "El Zurdo"), ("Rigoberto Andrés Funes Canales", "Don Rigo")} <= got


def test_a_bracketed_word_not_of_the_name_does_not_carry_a_marker_to_it(nlp):
    got = entity_pairs(nlp, 'Rigoberto Andrés Funes Canales (Honduras), known as "El Zurdo," was arrested.')
    assert not any(alias == "El Zurdo" and name == "Rigoberto Andrés Funes Canales" for name, alias in got)


def test_a_place_both_names_share_does_not_stop_a_translation_and_its_acronym(nlp):
    got = entity_pairs(nlp, "The Civil Police of the State of Minas Gerais (Polícia Civil do Estado de Minas Gerais, "
                            "PCMG) arrested him.")
    assert ("Civil Police of the State of Minas Gerais", "PCMG") in got
    # a place only the bracket names is a place's own: no pair for the name before it
    got = entity_pairs(nlp, "The Civil Police (Polícia Civil de Minas Gerais, PCMG) arrested him.")
    assert not any(alias == "Polícia Civil de Minas Gerais" for _, alias in got)


# --- a marker after a person's apposition renames the person --------------------------------

def statements(nlp, text: str) -> set[tuple[str, str]]:
    return {(a.entity, a.alias) for a in nlp(text)._.aliases}


def test_a_marker_after_age_and_residence_renames_the_person(nlp):
    got = statements(nlp, 'Prosecutors said the ring was led by Marta Quiroga Salas, 52, of Tucson, Arizona, '
                          'also known as "La Jefa," who paid the couriers.')
    assert ("Marta Quiroga Salas", "La Jefa") in got
    assert not any(entity in ("Arizona", "Tucson") for entity, _ in got)


def test_a_marker_after_a_description_and_a_relative_clause_renames_the_person(nlp):
    got = statements(nlp, 'Police named the pilot as Rodolfo Arce Peña, 38, a mechanic from Puerto Plata who, '
                          'according to prosecutors, is known in the harbour as "El Zorro." Two others fled.')
    assert ("Rodolfo Arce Peña", "El Zorro") in got


def test_a_place_renamed_after_no_person_stays_the_places(nlp):
    # near miss: no person before the place, so the marker names the place
    got = statements(nlp, 'Officials flew to Ciudad del Este, Paraguay, known as "the Triple Frontier hub," on Monday.')
    assert not any(entity == "Marta Quiroga Salas" for entity, _ in got)
    assert all(alias != "the Triple Frontier hub" or entity != "Rodolfo Arce Peña" for entity, alias in got)


# --- a sanctions list's entry ----------------------------------------------------------------

def test_a_sanctions_entry_gives_each_lettered_alias_to_the_listed_person(nlp):
    text = ("Haitian police said gang leader Dorval Joseph had fled to the hills. The committee added him "
            "to its sanctions list. The entry reads in part:\n\n"
            'HTi.021 Name: 1: DORVAL 2: JOSEPH A.k.a.: a) "Ti Kanon" b) "Dodo" '
            "Nationality: Haiti. Listed on: 2 May 2025.\n")
    got = statements(nlp, text)
    assert ("Dorval Joseph", "Ti Kanon") in got and ("Dorval Joseph", "Dodo") in got


def test_a_sanctions_entry_for_no_name_the_text_gives_is_left_alone(nlp):
    text = ('Entry 4 Name: 1: DORVAL 2: JOSEPH A.k.a.: a) "Ti Kanon" b) "Dodo" Nationality: Haiti.\n')
    assert not any(alias in ("Ti Kanon", "Dodo") for _, alias in statements(nlp, text))


# --- a lower-case English description before a Spanish body's name ---------------------------

def test_a_lower_case_description_before_a_bracketed_spanish_body_is_its_translation(nlp):
    got = pairs(nlp, "The ombudsman's office (Defensoría del Pueblo) counted 900 displaced families.")
    assert ("ombudsman's office", "translation") in got


def test_a_single_lower_case_noun_before_a_spanish_body_is_no_translation(nlp):
    got = pairs(nlp, "Residents called the police (Policía Nacional) after the attack.")
    assert not any(alias == "police" for alias, _ in got)
