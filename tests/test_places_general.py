"""Places no list holds, read from the words around them, as writers across the region name
them: villages after 'residents of', a Spanish kind noun, a verb of going; French names with a
hyphen or an elided article; the country such a place takes from its paragraph.

Every text here is written for the test (positive and near-miss); none comes from a benchmark.
"""

import pytest

from crimecli.nlp import build_pipeline


@pytest.fixture(scope="module")
def full():
    return build_pipeline()


def found(full, text):
    """name -> (label, country) of every entity."""
    return {e.name: (e.label, e.country) for e in full(text)._.entities}


def places(full, text):
    return {e.name: e.country for e in full(text)._.entities if e.label == "PLACE"}


# --- a sentence opens on the word that puts a place after it ---------------------------------

def test_a_sentence_opening_on_in_puts_a_village_after_it(full):
    got = places(full, "Customs in the Dominican Republic inspected ships. In Zanbrelo, inspectors found "
                       "500 packages of cocaine.")
    assert got.get("Zanbrelo") == "Dominican Republic"


def test_a_sentence_opening_on_in_before_a_month_or_a_body_is_no_place(full):
    got = found(full, "Peru: In January, the ministry reported fewer killings. In Congress, lawmakers "
                      "debated the bill.")
    assert "January" not in got
    assert not any(label == "PLACE" for name, (label, _) in got.items() if name != "Peru")


def test_residents_of_a_village_at_the_start_of_a_sentence(full):
    got = places(full, "Gangs attacked towns of the Artibonite in Haiti. Residents of Kolbwa said the "
                       "gunmen arrived at dawn. The people of Tivalen fled.")
    assert got.get("Kolbwa") == "Haiti" and got.get("Tivalen") == "Haiti"


def test_residents_of_a_person_named_is_no_place(full):
    got = found(full, "Gangs attacked towns in Haiti. Residents of Jean Baptiste's street said nothing.")
    assert got.get("Jean Baptiste", ("PERSON",))[0] != "PLACE"


# --- a verb of going or a noun of a stop before 'to', 'at', 'from' --------------------------

def test_a_weak_word_after_a_verb_of_going_puts_a_place_after_it(full):
    got = places(full, "Police in Honduras tracked the pilot. In April he flew to Kwamwatla, and a landing at "
                       "Sirsirtara was used to receive drug flights.")
    assert got.get("Kwamwatla") == "Honduras" and got.get("Sirsirtara") == "Honduras"


def test_a_weak_word_without_a_verb_of_going_is_not_enough(full):
    got = found(full, "Police in Honduras tracked the pilot. He talked to Kwamwatla about the flights.")
    assert got.get("Kwamwatla", ("PERSON",))[0] != "PLACE"
    # money moves to banks and firms as well as to places
    got = found(full, "Police in Honduras tracked the pilot. The funds were transferred to Kwamwatla.")
    assert got.get("Kwamwatla", ("ORG",))[0] != "PLACE"


def test_the_end_of_a_route_from_a_known_place(full):
    assert places(full, "Migrants walk from Bajo Chiquito to Tuquesamba in Panama.").get("Tuquesamba") == "Panama"
    # a route needs its start: 'sent a letter to X' names no place
    got = found(full, "In Panama, the minister sent a letter to Tuquesamba.")
    assert got.get("Tuquesamba", ("PERSON",))[0] != "PLACE"


def test_a_weak_word_before_a_list_ending_on_a_known_place(full):
    got = places(full, "In Haiti, survivors from Marchanbo and Verrettes described the attack.")
    assert got.get("Marchanbo") == "Haiti"
    got = found(full, "In Haiti, a letter from Marchanbo and the minister arrived.")
    assert got.get("Marchanbo", ("PERSON",))[0] != "PLACE"


def test_a_route_from_a_town_that_is_also_a_surname(full):
    got = places(full, "In Antioquia, Colombia, families fled from Cáceres toward Tarazá.")
    assert "Cáceres" in got
    assert "Cáceres" not in places(full, "In Colombia, a call from Cáceres reached the mayor.")


# --- Spanish and Portuguese kind nouns written before a name ---------------------------------

def test_a_spanish_or_portuguese_kind_noun_before_a_name(full):
    got = places(full, "In Costa Rica, residents of the barrio Los Guayabitos denounced violence, and "
                       "the Ombudsman warned of displacement in the vereda Quebradita Seca.")
    assert "Los Guayabitos" in got and "Quebradita Seca" in got
    got = places(full, "Police raided the favela Morro Vermelho in Brazil.")
    assert "Morro Vermelho" in got


def test_a_capitalised_kind_noun_is_a_name_not_a_kind(full):
    # 'Barrio 18' is a gang; a capitalised 'Colonia' heads a place's name of its own
    got = found(full, "In El Salvador, members of Barrio 18 were arrested.")
    assert got.get("Barrio 18", ("ORG",))[0] != "PLACE"


# --- French names ------------------------------------------------------------------------------

def test_a_french_hyphenated_name_with_an_elided_article_is_a_place(full):
    got = found(full, "Gang members torched homes in Petite-Rivière de l'Artibonite overnight, Haitian "
                      "police said.")
    assert got.get("Petite-Rivière de l'Artibonite", (None,))[0] == "PLACE"
    assert "Petite-Rivière" not in got
    got = places(full, "In Haiti, residents of Fond-Baptiste said the attackers came at night.")
    assert got.get("Fond-Baptiste") == "Haiti"


def test_two_names_joined_by_a_hyphen_are_a_person(full):
    got = found(full, "Haiti's envoy met in Washington with Liz Sherwood-Randall on Friday.")
    assert not any(label == "PLACE" and "Sherwood" in name for name, (label, _) in got.items())


def test_a_capitalised_elided_article_opens_a_place(full):
    got = places(full, "Haiti: In L'Estère, gunmen burned the market and two churches.")
    assert got.get("L'Estère") == "Haiti"
    got = found(full, "Haiti: L'Oréal said its sales fell.")
    assert got.get("L'Oréal", ("ORG",))[0] != "PLACE"


# --- an organisation's noun before a place -------------------------------------------------

def test_police_in_a_village_is_the_village_not_an_organisation(full):
    got = found(full, "In Peru, police in Llochegua seized coca paste. Police in Llochegua said three men fled.")
    assert got.get("Llochegua", (None,))[0] == "PLACE"
    assert not any("Police in" in name for name in got)


def test_an_organisation_with_in_in_its_name_is_kept(full):
    got = found(full, "The Commission in Defense of Human Rights met in Honduras.")
    assert not any(label == "PLACE" and name == "Defense of Human Rights" for name, (label, _) in got.items())


# --- the country of a place no list holds ------------------------------------------------------

def test_a_guessed_place_takes_the_country_of_its_paragraph(full):
    text = ("A delegation met officials in Port-au-Prince, Haiti. The U.S. condemned the massacre in Kanperen.")
    assert places(full, text).get("Kanperen") == "Haiti"
    # another paragraph's places say nothing of it
    text = ("A delegation met officials in Port-au-Prince, Haiti, and in Caracas, Venezuela.\n\n"
            "The army condemned the massacre in Kanperen.")
    assert places(full, text) == {"Port-au-Prince": "Haiti", "Haiti": None, "Caracas": "Venezuela",
                                  "Venezuela": None, "Kanperen": None}


def test_a_guessed_place_with_no_country_in_sight_is_still_a_place(full):
    assert "Kwamwatla" in places(full, "The pilot fled to Kwamwatla before dawn.")


def test_a_language_after_in_is_no_place(full):
    got = places(full, "Peru: In Quechua, the word for the leaf is kuka. In Aymara, it is similar.")
    assert got == {"Peru": None}
    # a name no list holds after the same opening is a village
    assert "Ccochaccasa" in places(full, "Peru: In Ccochaccasa, the word spread fast.")


def test_a_french_head_word_joined_by_a_hyphen_opens_a_place(full):
    got = found(full, "Haiti: The Viv Ansanm coalition controls Bas-Kolbwa and Fond-Tivalen.")
    assert got.get("Bas-Kolbwa", (None,))[0] == "PLACE" and got.get("Fond-Tivalen", (None,))[0] == "PLACE"
    # a surname of two words joined, one of which no head word: a person
    got = found(full, "Haiti: Prime Minister Garry Petit-Frère met the envoy.")
    assert not any(label == "PLACE" and "Petit" in name for name, (label, _) in got.items())


def test_a_town_after_a_kind_noun_ends_before_an_english_preposition(full):
    got = places(full, "Guatemala: Smugglers used the river port of Sayachel on the Salinas.")
    assert "Sayachel" in got and not any("Sayachel on" in name for name in got)
    # a particle goes on: 'the town of Santa Kanaj de la Cruz' is one name
    got = places(full, "Guatemala: Troops entered the town of Santa Kanaj de la Cruz.")
    assert got.get("Santa Kanaj de la Cruz") == "Guatemala"


def test_residents_of_port_x_is_a_town(full):
    got = places(full, "Guyana: Residents of Port Mahaicony said the gunmen fled.")
    assert got.get("Port Mahaicony") == "Guyana"
    got = found(full, "Guyana: The head of Port Operations resigned.")
    assert not any(label == "PLACE" for name, (label, _) in got.items() if name != "Guyana")


# --- a kind noun in apposition, with modifiers before it ------------------------------------

def test_a_place_described_as_a_fishing_village_in_a_state_is_a_place(full):
    got = found(full, "The boat was seized off El Zapotal, a fishing village in Sinaloa.")
    assert got.get("El Zapotal") == ("PLACE", "Mexico")


def test_a_person_described_as_a_village_leader_is_no_place(full):
    got = found(full, "The mayor met Ana Ruiz Solís, a village leader in Sinaloa.")
    assert got.get("Ana Ruiz Solís", ("PERSON",))[0] == "PERSON"
    got = found(full, "He met Ana Ruiz Solís, a farmer whose village in Sinaloa was burned.")
    assert got.get("Ana Ruiz Solís", ("PERSON",))[0] == "PERSON"


# --- a village no list holds named like a town elsewhere takes its paragraph's country --------

def test_a_short_form_of_a_city_abroad_is_a_place_of_the_paragraphs_country(full):
    text = ("Notes\n\n9 March 2025 | Esmeraldas (Ecuador). Police found three bodies on the beach at "
            "Las Palmas; the men had been reported missing.")
    assert places(full, text).get("Las Palmas") == "Ecuador"


# --- a facility named after a village takes the document's country, not the village's --------

def test_a_prison_named_after_a_village_abroad_lies_in_the_documents_country(full):
    text = ("Guatemala moved inmates from Escuintla to Guatemala City. In 2006 police retook the Pavón "
            "prison, near Fraijanes, in Guatemala.")
    assert places(full, text).get("Pavón prison") == "Guatemala"


def test_a_port_named_after_a_known_town_keeps_that_towns_country(full):
    text = "Venezuelan officials said the cocaine was found at the Port of Cádiz by customs officers."
    assert places(full, text).get("Port of Cádiz") == "Spain"



# -- a facility named after a person or with a unit number --------------------------------------
def test_a_military_base_named_after_a_marshal_is_a_place(full):
    got = found(full, "Buses carried the prisoners to the Mariscal Ortega military base outside the capital.")
    assert got.get("Mariscal Ortega military base", (None,))[0] == "PLACE"
    assert "Mariscal Ortega" not in got


def test_a_military_base_without_a_name_is_no_place(full):
    assert found(full, "Soldiers returned to a military base near the border.") == {}


def test_a_numbered_prison_keeps_its_number(full):
    got = found(full, "A riot at the maximum-security Esperanza 2 prison left five dead.")
    assert [n for n, (label, _) in got.items() if label == "PLACE" and n.startswith("Esperanza 2")]
    assert "Esperanza" not in got


def test_a_count_after_a_town_is_no_unit_number(full):
    got = found(full, "In Chimaltenango 12 prisoners escaped on Sunday.")
    assert "Chimaltenango" in got and not any(n.endswith("12") for n in got)


def test_a_numbered_cell_block_is_no_bare_word(full):
    got = found(full, "Inmates took three guards hostage in Pabellón 7 of the prison.")
    assert "Pabellón" not in got


# -- 'the area of X' names a place as 'the town of X' does --------------------------------------
def test_the_rural_area_of_a_name_is_a_place(full):
    got = found(full, "Two armed groups fought in the rural area of Campo Verde on Sunday.")
    assert got.get("Campo Verde", (None,))[0] == "PLACE"


def test_the_area_of_a_common_noun_is_no_place(full):
    assert found(full, "The talks covered the area of security and trade.") == {}


def test_a_national_reserve_is_one_place(full):
    got = found(full, "Miners cleared forest inside the Yanachaga National Reserve last year.")
    assert got.get("Yanachaga National Reserve", (None,))[0] == "PLACE"


def test_a_national_reserve_of_gold_is_no_place(full):
    assert found(full, "The bank holds a national reserve of gold and dollars.") == {}


# -- 'X of PLACE, a village ...': the place follows 'of' ---------------------------------------
def test_people_of_a_village_in_apposition_are_not_its_name(full):
    got = found(full, "Residents of Las Palmitas del Monte, a village of some 300 people, found the bodies.")
    assert "Las Palmitas del Monte" in got and not any(n.startswith("Residents") for n in got)


def test_a_place_named_with_of_keeps_its_head_in_apposition(full):
    got = found(full, "They landed at Bay of Tortugas, a bay on the coast.")
    assert "Bay of Tortugas" in got


# -- a French name's elided article after a hyphen ---------------------------------------------
def test_an_elided_article_after_a_hyphen_stays_in_the_town_name(full):
    got = found(full, "Gangs attacked the towns of Mirebalais and Anse-d'Ivoire on Sunday.")
    assert "Anse-d'Ivoire" in got and "Anse" not in got


def test_a_lower_case_word_after_a_hyphen_is_not_in_the_name(full):
    got = found(full, "Gangs attacked the towns of Mirebalais and Hinche-based units on Sunday.")
    assert not any("based" in n for n in got)


def test_a_demonym_before_the_kind_noun_places_the_name_and_another_capitalised_word_does_not(full):
    got = found(full, "The company opened an office at Quebrada Honda, a Venezuelan town.")
    assert got.get("Quebrada Honda") == ("PLACE", "Venezuela")
    got = found(full, "Investigators questioned Ana Ruiz Solís, a Sinaloa village chief.")
    assert got.get("Ana Ruiz Solís", ("PERSON",))[0] == "PERSON"


# --- a Spanish kind word opens a town's name --------------------------------------------------

def test_a_kind_word_and_a_common_word_make_a_town(full):
    got = places(full, "The leader was killed in Peru on the road to Puerto Nuevo, near Pucallpa.")
    assert "Puerto Nuevo" in got and "Puerto" not in got


def test_a_kind_word_town_takes_no_country_from_the_word_after_it(full):
    # 'Azul' alone is an Argentine town; 'Puerto Azul' in a report on Peru is not in Argentina
    got = places(full, "In Peru, police reached the native community of Puerto Azul on the Aguaytía River. "
                       "Peru's Interior Ministry sent troops to Pucallpa and Tingo María.")
    assert got.get("Puerto Azul") != "Argentina"


def test_villa_opens_a_town_name_but_not_a_surname(full):
    got = found(full, "Gunmen fired on the convoy near Villa Tunari, in Bolivia. Pancho Villa Ruiz was not hurt.")
    assert got.get("Villa Tunari", ("",))[0] == "PLACE"
    assert "Pancho Villa Ruiz" not in places(full, "Pancho Villa Ruiz was not hurt.")


def test_a_square_and_a_province_after_a_name(full):
    got = places(full, "Crowds gathered in the Altamira square in Caracas. Troops patrol Padre Abad province in Peru.")
    assert "Altamira square" in got and "Padre Abad" in got
    assert set(places(full, "Protesters filled the main square in Caracas.")) == {"Caracas"}


def test_a_day_and_month_name_a_neighbourhood_with_their_number(full):
    got = places(full, "Armed groups control the 9 de Julio district of Asunción, Paraguay.")
    assert "9 de Julio" in got and "Julio" not in got
    # near miss: a date in a sentence is no place
    assert "9 de Julio" not in places(full, "The law passed on 9 de Julio in Asunción, Paraguay.")


def test_a_street_or_ranch_named_with_its_kind_word_lies_where_its_sentence_is(full):
    got = places(full, "ENCARNACIÓN, Paraguay — Police raided a warehouse on Avenida Doctor Benítez Ruiz "
                       "and then Estancia San Lorenzo.")
    assert got.get("Avenida Doctor Benítez Ruiz") == "Paraguay"
    # near miss: a stream may cross a border, so it takes no country from the sentence's places
    got = places(full, "From Leticia, Colombia, smugglers crossed the Quebrada Tacana by boat.")
    assert "Quebrada Tacana" in got and got["Quebrada Tacana"] is None


def test_a_name_a_head_word_made_a_place_is_that_place_elsewhere_in_the_document(full):
    text = ("Loggers clear forest in Padre Ortega province in Peru. Officials said the road to Lima was "
            "closed. The cabinet declared an emergency in the provinces of Padre Ortega and Puerto Inca.")
    got = found(full, text)
    assert got.get("Padre Ortega", ("",))[0] == "PLACE" and "Ortega" not in got
    # near miss: a name no head word made a place stays what its recogniser says
    got = found(full, "Padre Rufino Santos said mass in Lima, Peru.")
    assert got.get("Rufino Santos", ("PERSON",))[0] != "PLACE" and "Padre Rufino Santos" not in places(full, "Padre Rufino Santos said mass in Lima, Peru.")


def test_a_plural_head_after_two_names_names_each(full):
    got = places(full, "Detainees were sent to the Yare and Tocuyito prisons in Venezuela.")
    assert "Yare" in got and "Tocuyito" in got
    # near miss: a plural noun that is a modifier of a following noun names no place
    got = found(full, "The Ana Ruiz and Pedro Gómez prisons chief spoke in Caracas.")
    assert got.get("Pedro Gómez", ("PERSON",))[0] != "PLACE"


def test_a_mine_and_a_cemetery_are_named_with_their_noun(full):
    got = places(full, "Troops raided the Bulla Vieja mine near Tumeremo, Venezuela, and buried the dead in "
                       "the Santa Inés cemetery.")
    assert {"Bulla Vieja mine", "Santa Inés cemetery"} <= set(got)
    # near miss: a lower-case phrase names nothing ('a gold mine')
    assert "gold mine" not in places(full, "Miners dug a gold mine near Tumeremo, Venezuela.")


def test_a_reservoir_lies_where_its_sentence_is(full):
    got = places(full, "Officials said the Salvajina reservoir in Cauca was low.")
    assert got.get("Salvajina reservoir") == "Colombia"
    # near miss: a river may cross a border and takes no country from its sentence this way
    got = places(full, "Smugglers crossed the Tacutu river near Lethem, Guyana.")
    assert "Tacutu river" in got and got["Tacutu river"] is None
