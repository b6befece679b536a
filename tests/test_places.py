"""Places no curated list holds: GeoNames towns with the context that tells them from words and
surnames, places found by their shape, and the country of places that share a name.

Every text here is written for the test; none comes from the seeds or the dev set.
"""

import json

import pytest

from crimecli.countries import countries
from crimecli.nlp import build_pipeline
from crimecli.pipeline.places import GEONAMES_FILE, capitalised_runs, name_key
from crimecli.text import read_jsonl

GAZETTEER = ["crimecli_gazetteer_names", "crimecli_gazetteer_acronyms", "crimecli_sentences",
             "crimecli_gazetteer"]


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=GAZETTEER)


@pytest.fixture(scope="module")
def full():
    return build_pipeline()


def places(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.country) for s in doc.spans["crimecli_gazetteer"] if s.label_ == "PLACE"]


def entity_places(full, text):
    return {e.name: (e.kind, e.country) for e in full(text)._.entities if e.label == "PLACE"}


# --- GeoNames towns ------------------------------------------------------------------------------

def test_a_town_no_curated_list_holds_is_found_with_its_country(nlp):
    assert places(nlp, "Gunmen attacked a bar in Jipijapa on Friday.") == [("Jipijapa", "Ecuador")]
    assert places(nlp, "Tocoa and Siguatepeque reported no violence.") == [
        ("Tocoa", "Honduras"), ("Siguatepeque", "Honduras")]


def test_a_town_that_is_also_a_surname_needs_place_context(nlp):
    assert places(nlp, "Morales said the shipment was seized.") == []
    assert places(nlp, "The minister met Morales in private.") == []
    # an apposition naming the department picks the Guatemalan town among the Colombian ones
    assert places(nlp, "Police raided a warehouse in Morales, Izabal.") == [
        ("Morales", "Guatemala"), ("Izabal", "Guatemala")]


def test_a_town_that_is_a_common_word_needs_place_context(nlp):
    assert places(nlp, "Progreso was slow, the report said.") == []
    assert ("Progreso", "Honduras") in places(nlp, "Troops arrived in Progreso, Yoro, at dawn.")
    assert places(nlp, "A delegation from the Department of Commerce arrived.") == []


def test_a_list_of_places_is_context(nlp):
    found = places(nlp, "The gang extorts bus drivers in Tocoa, Tela and Siguatepeque.")
    assert [text for text, _ in found] == ["Tocoa", "Tela", "Siguatepeque"]


def test_once_read_as_a_place_the_document_keeps_reading_it_so(nlp):
    found = places(nlp, "Soldiers patrolled the streets of the town of Tela. Residents of Tela stayed home.")
    assert [text for text, _ in found] == ["Tela", "Tela"]


def test_a_word_the_document_uses_in_a_person_name_is_that_person(nlp):
    text = "Ana Tela Ramos leads the union. Later, Tela denied the charges in Tegucigalpa."
    assert [t for t, _ in places(nlp, text)] == ["Tegucigalpa"]


def test_towns_inside_names_nicknames_and_companies_are_not_places(nlp):
    assert places(nlp, "The gunman, Luis “El Limón” Rojas, fled.") == []
    assert places(nlp, "Shares of Siguatepeque Holdings fell; Ms. Tocoa-Barrios resigned.") == []
    assert places(nlp, "Analysts said Tocoa shares rose after Jipijapa Inc. reported profits.") == []


def test_the_same_name_in_two_countries_follows_the_apposition(nlp):
    assert places(nlp, "The convoy reached San Pedro, Coahuila.")[0] == ("San Pedro", "Mexico")
    assert places(nlp, "He was born in Trujillo, Colombia.")[0] == ("Trujillo", "Colombia")


def test_hyphenated_and_article_forms_of_a_town(nlp):
    assert places(nlp, "Fighting reached Petion-Ville and Croix-des-Bouquets.") == [
        ("Petion-Ville", "Haiti"), ("Croix-des-Bouquets", "Haiti")]
    assert places(nlp, "Farmers in El Guabo lost their crops.") == [("El Guabo", "Ecuador")]


def test_a_world_city_is_not_its_american_namesake(nlp):
    assert places(nlp, "The summit moved to Warsaw.") == [("Warsaw", "Poland")]


# --- places found by their shape ---------------------------------------------------------------

@pytest.mark.parametrize("text, place, kind", [
    ("Bodies were found on the banks of the Guayllabamba River.", "Guayllabamba River", "body of water"),
    ("Boats cross Lake Izabal at night.", "Lake Izabal", "body of water"),
    ("Smugglers use the Río Motagua to move cargo.", "Río Motagua", "body of water"),
    ("US troops left Palmerola Air Base in 1990.", "Palmerola Air Base", "facility"),
    ("Inmates rioted in the Bellavista prison in Santo Domingo.", "Bellavista prison", "facility"),
    ("Guards found tunnels under the Puente Grande penitentiary complex.", "Puente Grande penitentiary complex",
     "facility"),
    ("He was held in the Bangu Custody House until 2019.", "Bangu Custody House", "facility"),
    ("Divers inspected hulls at the Puerto Quetzal Container Terminal.", "Puerto Quetzal Container Terminal",
     "facility"),
    ("Inmates were moved to the Centro de Reclusión Preventiva de Pavoncito.",
     "Centro de Reclusión Preventiva de Pavoncito", "facility"),
    ("The gang was born in the Presídio Central of Porto Alegre.", "Presídio Central of Porto Alegre", "facility"),
    ("Police entered the Tepito neighborhood of Mexico City.", "Tepito", "neighbourhood"),
    ("The cargo left the Port of Manzanillo.", "Port of Manzanillo", "facility"),
    ("Divers searched the Islas del Rosario for the boat.", "Islas del Rosario", "island"),
    # streets: a boulevard named after a president is no person
    ("Gunmen fought on Boulevard Gustavo Díaz Ordaz in Tijuana.", "Boulevard Gustavo Díaz Ordaz",
     "border crossing or infrastructure"),
    ("Protesters marched down Reforma Avenue.", "Reforma Avenue", "border crossing or infrastructure"),
])
def test_places_named_by_a_head_word(nlp, text, place, kind):
    doc = nlp(text)
    found = {s.text: s._.kind for s in doc.spans["crimecli_gazetteer"] if s.label_ == "PLACE"}
    assert found.get(place) == kind, found


def test_a_street_word_inside_another_name_makes_no_street(nlp):
    # 'Avenue' ends no street inside an organisation's name
    assert [p for p, _ in places(nlp, "The Avenue Foundation donated books to schools in Lima.")] == ["Lima"]


def test_a_quoted_title_and_an_organisation_are_not_shapes(nlp):
    assert places(nlp, "See “Bay of Smugglers”, a report. The Lake Academy Foundation met.") == []


def test_a_shape_place_takes_the_country_of_the_place_it_is_in(nlp):
    assert ("Bellavista prison", "Dominican Republic") in places(nlp, "Inmates rioted in the Bellavista prison in Santo Domingo.")
    assert ("Port of Manzanillo", "Mexico") in places(nlp, "The cargo left the Port of Manzanillo.")


# --- words of other names ------------------------------------------------------------------------

def test_a_state_in_a_court_district_is_not_a_place_mention(nlp):
    # the judicial district is one place (gold files list districts as optional places), the
    # state inside its name none of its own
    assert places(nlp, "A judge in the Western District of Texas sentenced him.") == [
        ("Western District of Texas", "United States")]
    assert places(nlp, "He was arrested in El Paso, Texas.") == [("El Paso", "United States"),
                                                                 ("Texas", "United States")]


def test_a_subdivision_that_is_an_english_word_needs_context(nlp):
    assert places(nlp, "Central American leaders met.") == []
    assert places(nlp, "Floods hit Central department.") == [("Central", "Paraguay")]


def test_a_country_name_used_as_a_surname(nlp):
    text = "Congressman Mario Chile Ramos was charged. Chile denied wrongdoing."
    assert places(nlp, text) == []


def test_a_place_inside_an_organisation_name_is_not_a_separate_place(full):
    doc = full("The Tijuana Cartel and the Cartel de Jalisco fought the Juárez Cartel.")
    assert entity_places(full, doc.text) == {}


# --- the resolver weighs towns that share a name against the document --------------------------

def test_a_shared_town_name_takes_the_country_of_the_document(full):
    ecuador = ("Ecuadorian police patrolled Machala and Pasaje. "
               "Two officers were shot in Santa Rosa on Monday.")
    argentina = "Argentine police in Buenos Aires and Córdoba said the gang operated in Santa Rosa."
    assert entity_places(full, ecuador)["Santa Rosa"][1] == "Ecuador"
    assert entity_places(full, argentina)["Santa Rosa"][1] == "Argentina"


def test_a_prison_takes_the_country_of_the_report(full):
    text = ("Mexican authorities moved inmates to the Ahome prison. Sinaloa officials said the "
            "transfer from Culiacán was complete.")
    assert entity_places(full, text)["Ahome prison"] == ("facility", "Mexico")


def test_a_prison_in_a_town_is_not_the_prisons_name(nlp):
    # 'a Cali prison' is one of the city's prisons: the city is the place, no facility is named
    found = places(nlp, "The suspect was taken to a Cali prison. Two guards at the Palmira jail were fired.")
    assert ("Cali", "Colombia") in found
    assert any(name == "Palmira jail" for name, _country in found)
    assert not any(name.startswith("Cali ") for name, _country in found)


# --- the data and its helpers --------------------------------------------------------------------

def test_the_generated_table_says_where_it_comes_from():
    from crimecli.text import _data_path

    with _data_path(GEONAMES_FILE).open(encoding="utf-8") as fh:
        meta = json.loads(fh.readline())["_meta"]
    assert "GeoNames" in meta["source"] and "CC BY 4.0" in meta["licence"]
    assert meta["generated_by"] == "scripts/build_places.py"
    assert meta["thresholds"]["min_population"] >= 1000
    rows = list(read_jsonl(GEONAMES_FILE))
    assert len(rows) == meta["records"]
    assert all({"geonameid", "name", "country", "population"} <= set(row) for row in rows)
    jipijapa = next(r for r in rows if r["name"] == "Jipijapa")
    assert jipijapa["country"] == "EC" and jipijapa["admin1"] == "EC-M"
    progreso = next(r for r in rows if r["name"] == "Progreso")
    assert progreso["needs_context"]["Progreso"] == "Spanish word"


def test_name_keys_and_capitalised_runs():
    assert name_key("Nuevo Cuscatlán") == name_key("nuevo  cuscatlan") == "nuevocuscatlan"
    assert name_key("Pétion-Ville") == "petionville"
    texts = ["the", "Port", "of", "Cádiz", "and", "Valle", "del", "Cauca", "."]
    assert capitalised_runs(texts, [" "] * len(texts)) == [(1, 4), (5, 8)]


def test_curated_places_do_not_repeat_the_towns_geonames_lists(nlp):
    """A town GeoNames lists, under the same name and country, as the largest of its name and
    with no word or surname to mistake it for, needs no curated row: data/curated/places.jsonl
    keeps capitals, names several countries share, names that need a hand-made reading, and
    regions and features no list holds."""
    table = nlp.get_pipe("crimecli_gazetteer").geonames
    curated = [r for r in read_jsonl("curated/places.jsonl") if r["kind"] == "city or town"]
    shared = {name_key(r["name"]) for r in curated
              if sum(name_key(o["name"]) == name_key(r["name"]) for o in curated) > 1}
    capitals = {name_key(c) for country in countries() for c in country.capitals}
    repeated = []
    for row in curated:
        key = name_key(row["name"])
        if key in shared or key in capitals or row.get("ambiguous") or key not in table.forms:
            continue
        largest = table.candidates(key)[0]
        if largest.country == row["country"] and not table.needs_context(key) and all(
                name_key(v) in table.forms for v in row.get("variants", ())):
            repeated.append(row["name"])
    assert repeated == []
    # and the towns are still found, from GeoNames, with their country
    assert places(nlp, "Smugglers cross from Cúcuta and Maicao.") == [("Cúcuta", "Colombia"), ("Maicao", "Colombia")]


def test_villages_named_by_a_landscape_word_are_places_not_people():
    from crimecli.nlp import build_pipeline
    nlp = build_pipeline(components=["crimecli_gazetteer_names", "crimecli_gazetteer_acronyms",
                                     "crimecli_sentences", "crimecli_gazetteer", "crimecli_names",
                                     "crimecli_ents"])
    doc = nlp("Residents of Agua Fría fled. Gunmen attacked Loma Bonita and Los Olivos, and troops "
              "reached Punta Gorda. In Brazil, police raided Vila Kennedy.")
    places = [e.text for e in doc.ents if e.label_ == "PLACE"]
    assert places == ["Agua Fría", "Loma Bonita", "Los Olivos", "Punta Gorda", "Brazil", "Vila Kennedy"]
    assert not [e for e in doc.ents if e.label_ == "PERSON"]
    # the same words inside a person's name stay the person's
    doc = nlp("Rafael Paso Ortiz was detained.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Rafael Paso Ortiz", "PERSON")]


# --- numbered roads and areas named by a generic noun --------------------------------------------

def test_numbered_roads_are_places(nlp):
    found = places(nlp, "Smugglers drove up Highway CA-5 and then along National Route 3 to the coast; "
                        "others took Ruta 14 or the BR-101 highway.")
    assert [name for name, _ in found] == ["Highway CA-5", "National Route 3", "Ruta 14", "BR-101"]


def test_a_year_or_a_bare_number_is_no_road(nlp):
    assert places(nlp, "The Route 2019 review found that 40 highway patrols were cut.") == []


def test_a_sector_or_area_needs_a_name_of_two_words(nlp):
    found = [name for name, _ in places(nlp, "Police patrolled the Villa Esperanza sector and "
                                             "residents of the Cerro Verde area, not the Mining sector.")]
    assert found == ["Villa Esperanza", "Cerro Verde"]
    # two places joined by a hyphen are not one area's name
    assert [name for name, _ in places(nlp, "Fighting spread in the Zulia-Táchira area.")] != ["Zulia-Táchira"]


def test_the_article_does_not_make_a_region_longer_than_an_organisation(full):
    found = {e.name: e.label for e in full("Leaders asked the Caribbean Community for help.")._.entities}
    assert found == {"Caribbean Community": "ORG"}


def test_a_waterway_is_a_place(nlp):
    assert [name for name, _ in places(nlp, "Barges use the Paraná-Paraguay waterway.")] == ["Paraná-Paraguay waterway"]


def test_a_facility_is_in_the_country_the_text_puts_it_in(nlp):
    # 'El Inca' is also a Spanish town; the prison is in Quito
    assert ("El Inca prison", "Ecuador") in places(nlp, "Guards at the El Inca prison in Quito were held.")


def test_a_place_found_by_context_takes_the_country_of_its_list_or_apposition(full):
    found = entity_places(full, "Smugglers sailed toward Capurganá and Sapzurro, then landed near Kaukira, Gracias a Dios.")
    assert found["Sapzurro"] == ("city or town", "Colombia")
    assert found["Kaukira"] == ("city or town", "Honduras")


def test_a_place_grown_over_de_is_not_its_first_words_place(full):
    found = entity_places(full, "Police raided a house in San Juan de Miraflores on Monday.")
    assert "San Juan de Miraflores" in found
    assert found["San Juan de Miraflores"][1] != "Puerto Rico"


def test_a_state_in_brackets_after_a_town_is_its_context(nlp):
    # a conflict note's shape: 'Trujillo' is also a surname, the bracket names its department
    assert ("Trujillo", "Peru") in places(nlp, "A shopkeeper was killed in a district of Trujillo (La Libertad).")


def test_spanish_head_words_before_a_neighbourhood_or_village(nlp):
    found = places(nlp, "Gunmen attacked Colonia Kennedy in Tegucigalpa and the Vereda El Retiro.")
    assert [name for name, _ in found] == ["Colonia Kennedy", "Tegucigalpa", "Vereda El Retiro"]


def test_a_shape_place_takes_the_demonym_of_its_apposition(nlp):
    assert places(nlp, "Soldiers entered Caserío Los Almendros, a Salvadoran hamlet.") == [
        ("Caserío Los Almendros", "El Salvador")]


def test_a_county_a_forest_and_a_river_landing_no_list_holds(full):
    found = entity_places(full, "Sheriff Ruth Almanza of Yavapo County said the boats leave Tamarau "
                                "Landing for the Kuribrong Forest, deep in Guyana.")
    assert {"Yavapo County", "Tamarau Landing", "Kuribrong Forest"} <= set(found)
    assert not any("Sheriff" in name or "Almanza" in name for name in found)  # the place follows 'of'
    # near misses: 'of' inside a name stays, and an office is no forest
    found = entity_places(full, "Visitors toured the Bay of Pigs Museum and met the Forest Service in Mexico.")
    assert "Bay of Pigs Museum" in found and "Pigs Museum" not in found
    assert not any("Forest Service" in name for name in found)


def test_a_prison_named_before_a_compound_modifier(full):
    found = entity_places(full, "He was moved to the El Pozo maximum-security prison in Honduras.")
    assert "El Pozo" in found
    people = [e.name for e in full("He was moved to the El Pozo maximum-security prison.")._.entities
              if e.label == "PERSON"]
    assert people == []
    # near miss: a hyphenated adjective before a noun that names no place
    found = entity_places(full, "Ana Ruiz's well-known prison memoir sold well in Honduras.")
    assert set(found) == {"Honduras"}


def test_a_neighbourhood_named_by_its_head_ends_before_of_and_its_town(full):
    found = entity_places(full, "Two died in the Colonia Los Almendros of Choloma, Honduras, on Monday.")
    assert "Colonia Los Almendros" in found and "Choloma" in found
    assert not any(name.endswith("of Choloma") for name in found)
    # near miss: 'of' that is part of the head stays in the name
    found = entity_places(full, "Boats crossed the Gulf of Fonseca from Honduras.")
    assert "Gulf of Fonseca" in found


def test_a_town_that_names_an_operation_or_a_ship_is_no_place_mention(full):
    found = entity_places(full, "Operation Tumbes moved troops to Zarumilla, Peru. The patrol boat "
                                "BAP Paita left port.")
    assert "Tumbes" not in found and "Paita" not in found and "Zarumilla" in found
    # near misses: the town named on its own, and a country after a plan's name stays
    found = entity_places(full, "Troops reached Tumbes. Plan Colombia trained police in Colombia.")
    assert "Tumbes" in found and "Colombia" in found


def test_a_place_after_a_french_elided_article_is_found(full):
    found = entity_places(full, "Gunmen burned houses in the north of l'Artibonite last week.")
    assert "Artibonite" in found and not any(name.startswith("l'") for name in found)


def test_a_town_governed_by_a_preposition_is_no_subject_of_the_verb_after_it(full):
    found = entity_places(full, "Hundreds of families of Port-de-Paix fled on foot.")
    assert "Port-de-Paix" in found
    found = entity_places(full, "Police in Ouanaminthe arrested two smugglers.")
    assert "Ouanaminthe" in found


def test_a_town_named_port_and_a_word_is_a_place_where_the_text_says_so(full):
    found = entity_places(full, "The boat sailed from Port Mourant to Georgetown, Guyana.")
    assert found.get("Port Mourant", (None,))[0] == "city or town"
    # near misses: an office's or a body's name, and 'Port' with no place word before it
    found = entity_places(full, "Port Safety Inspector Lia Gómez said the Port Authority and "
                                "Port Customs checked the crates; he wrote to Port Security.")
    assert not any(name.startswith("Port") for name in found)


def test_a_spanish_town_name_goes_on_over_del_and_de_los_to_its_last_word(full):
    found = entity_places(full, "Soldiers searched houses in Cerro Pelado del Rosario, Honduras, and "
                                "in Villa Alegre de los Andes, in Mérida state.")
    assert {"Cerro Pelado del Rosario", "Villa Alegre de los Andes"} <= set(found)
    assert not {"Rosario", "Andes", "Cerro Pelado", "Villa Alegre"} & set(found)
    # near misses: a person's name with 'del', and a town before its country with a bare 'de'
    found = entity_places(full, "Police in Honduras arrested Pedro Ruiz del Valle in Tocoa, Honduras.")
    assert "Pedro Ruiz del Valle" not in found and "Tocoa" in found
    found = entity_places(full, "Families of Cúcuta de Colombia crossed the bridge.")
    assert "Colombia" in found


def test_a_kilometre_post_is_one_place(full):
    found = entity_places(full, "Gunmen stopped a truck at Kilómetro 41 and another at Km 112 near Tela, Honduras.")
    assert {"Kilómetro 41", "Km 112"} <= set(found)
    # near misses: a distance is no place
    found = entity_places(full, "The truck drove 41 km, then 12 Km more, to Tela, Honduras.")
    assert not any(name.lower().startswith("k") for name in found)


# --- a village in the country the document is about ----------------------------------------------

_HONDURAS_REPORT = ("Honduran police said on Tuesday that gang members killed four bus drivers near "
                    "San Pedro Sula. Relatives fled from the village of La Cumbre to Choloma, and two "
                    "suspects were taken to Tegucigalpa.")


def test_a_small_town_whose_namesakes_lie_in_countries_the_document_never_names_is_local(full):
    # GeoNames holds a La Cumbre in Argentina and one in Colombia, none in Honduras; the report
    # names Honduras four times (a demonym and three Honduran cities) and no other country
    assert entity_places(full, _HONDURAS_REPORT)["La Cumbre"] == ("city or town", "Honduras")


def test_the_small_towns_own_country_stays_when_the_document_names_it(full):
    text = _HONDURAS_REPORT + " The gang's guns came from a dealer in La Cumbre, in Córdoba, Argentina."
    assert entity_places(full, text)["La Cumbre"][1] == "Argentina"


def test_a_listed_city_keeps_its_country_in_a_report_on_another_country(full):
    text = _HONDURAS_REPORT + " The drivers' union said the extortion was run from Cali."
    assert entity_places(full, text)["Cali"][1] == "Colombia"


def test_a_homonyms_qualifier_is_a_place_of_its_own(nlp):
    # 'Valencia, Spain': the country tells which Valencia, and is itself a place the text names
    found = places(nlp, "A shipment was seized in the port of Valencia, Spain, in September 2020.")
    assert ("Valencia", "Spain") in found and any(name == "Spain" for name, _ in found)
    found = places(nlp, "Gunmen attacked a bar in León, Guanajuato.")
    assert ("León", "Mexico") in found and any(name == "Guanajuato" for name, _ in found)
    # with no qualifier the homonym is read from its context
    assert ("Valencia", "Venezuela") in places(nlp, "He lived in Valencia, the capital of Carabobo state in Venezuela.")
