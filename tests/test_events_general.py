"""Event rules over classes of sentence shape and word, each with a sentence where it fires and a
near miss where it must not. The texts are written for this test (wire stories, chronologies,
think-tank prose, court and treasury releases) and run through the whole pipeline."""

import spacy

from crimecli.extract import extract_document
from crimecli.pipeline import events as events_module
from crimecli.reader import read_text


def _events(body: str, published: str = "Published: 12 March 2024") -> list[dict]:
    text = published + "\n\n" + body + "\n"
    return extract_document(read_text(text)).to_dict()["events"]


def _kinds(body: str) -> list[str]:
    return [e["kind"] for e in _events(body)]


def _one(events: list[dict], kind: str) -> dict:
    [event] = [e for e in events if e["kind"] == kind]
    return event


# ---------------------------------------------------------------- denial: one list of verbs
def test_a_denied_happening_is_none_and_a_said_one_is():
    assert "raid" not in _kinds("On 3 March 2024, the minister denied that police raided the newspaper in Quito.")
    assert "raid" in _kinds("On 3 March 2024, the minister said that police raided the newspaper in Quito.")


# ---------------------------------------------------------------- one decision on years and counts
def test_a_year_and_a_count_are_told_apart_once():
    nlp = spacy.blank("en")
    doc = nlp("In 2019 police seized 1500 kilos and 2000 rifles after 1500 arrests in 1998 .")
    by_text = {}
    for token in doc:
        by_text.setdefault(token.text, []).append(token)
    assert events_module.year_number(by_text["2019"][0]) and events_module.year_number(by_text["1998"][0])
    # a number before a count noun is a count, never a year, for both tests
    assert not events_module.year_number(by_text["1500"][0]) and events_module.count(by_text["1500"][0])
    assert not events_module.year_number(by_text["2000"][0]) and events_module.count(by_text["2000"][0])
    assert not events_module.count(by_text["2019"][0])
    # a number of another century is no year either way; "in" makes a year of what a count noun follows
    assert not events_module.year_number(nlp("1200 years")[0])
    assert events_module.year_number(nlp("In 2019 police seized")[1])
    assert not events_module.year_number(nlp("the seizure of 1500 kilos")[3])


# ---------------------------------------------------------------- an object's determiner in "unless"
def test_a_determiner_that_unmakes_a_release_is_the_objects_own():
    assert "release" in _kinds("On 3 March 2024, a judge in Quibdó released him on a technicality.")
    assert "release" not in _kinds("On 3 March 2024, the army released a report on the massacre.")


# ---------------------------------------------------------------- regions: a reported clause
def test_a_saying_and_the_reported_plan_each_keep_their_date():
    events = _events("On 2 October 2022, the government and the ELN announced that they would resume "
                     "peace talks in November 2022.")
    assert "2022-10-02" in [e["date"]["value"] for e in events]


def test_two_subjects_joined_by_and_do_not_split_but_a_gapped_predicate_does():
    events = _events("Police arrested the first suspect on 3 March 2024 and the second on 5 March 2024.")
    assert sorted(e["date"]["value"] for e in events if e["kind"] == "arrest") == ["2024-03-03", "2024-03-05"]


# ---------------------------------------------------------------- a consequence clause
def test_a_happening_the_main_one_prompted_is_a_second_event():
    events = _events("In 2008, Bogotá bombed a FARC camp inside Ecuador, prompting Caracas to move ten "
                     "battalions to the border.")
    assert {e["kind"] for e in events} == {"attack", "military deployment"}
    assert _one(events, "military deployment")["date"]["value"] == "2008"


def test_a_wanted_infinitive_after_the_main_happening_is_no_event():
    events = _events("In 2008, Bogotá bombed a FARC camp inside Ecuador, hoping to move ten battalions "
                     "to the border.")
    assert [e["kind"] for e in events] == ["attack"]


# ---------------------------------------------------------------- a noun object of a "when" clause
def test_a_noun_happening_ordered_in_a_when_clause_is_a_second_event():
    events = _events("The border was closed again in August 2015, when Nicolás Maduro ordered the "
                     "deportation of more than 1,000 Colombians.")
    assert {e["kind"] for e in events} == {"border closure", "extradition"}
    assert _one(events, "extradition")["date"]["value"] == "2015-08"


def test_a_noun_happening_with_no_verb_in_the_when_clause_is_none():
    events = _events("The border was closed again in August 2015, when the deportation of more than "
                     "1,000 Colombians began.")
    assert [e["kind"] for e in events] == ["border closure"]


# ---------------------------------------------------------------- the narrative moment
def test_a_dateless_follow_up_takes_the_main_clauses_moment_not_a_premodifier():
    events = _events("Venezuela expelled the diplomats of seven countries on 5 August 2024 after their "
                     "governments questioned the results of the July 28 presidential election. Caracas "
                     "also suspended flights to Panama and the Dominican Republic.",
                     published="Published: 5 August 2024")
    assert _one(events, "suspend cooperation")["date"]["value"] == "2024-08-05"


# ---------------------------------------------------------------- phrases that count the parties
def test_a_binational_body_takes_the_two_countries_just_named():
    events = _events("Ecuador and Colombia agreed to patrol the border. The first binational cabinet met "
                     "in Tulcán in December 2012.")
    assert set(_one(events, "meeting")["countries"]) == {"Ecuador", "Colombia"}


def test_three_governments_take_the_three_countries_just_named():
    events = _events("Canada, Mexico and the United States hold a drug dialogue. The three governments "
                     "agreed on 9 February 2022 to share more information.")
    assert set(_one(events, "agreement")["countries"]) == {"Canada", "Mexico", "United States"}


def test_a_meeting_with_no_counting_phrase_takes_no_country_from_before():
    events = _events("Ecuador and Colombia agreed to patrol the border. The first cabinet met in Tulcán "
                     "in December 2012.")
    assert set(_one(events, "meeting")["countries"]) == {"Ecuador"}


# ---------------------------------------------------------------- words that name no party
def test_a_regions_demonym_names_no_country():
    events = _events("Venezuela expelled the diplomats of seven Latin American countries on 5 March 2024.")
    assert _one(events, "expel diplomats")["countries"] == ["Venezuela"]
    events = _events("Venezuela expelled American diplomats on 5 March 2024.")
    assert set(_one(events, "expel diplomats")["countries"]) == {"Venezuela", "United States"}


def test_a_currency_names_no_country():
    events = _events("Colombia settled the case in September 2013 by paying US$15 million.")
    assert _one(events, "agreement")["countries"] == ["Colombia"]
    events = _events("In September 2013 the US seized 20 kilos of cocaine.")
    assert _one(events, "seizure")["countries"] == ["United States"]


# ---------------------------------------------------------------- a "since" clause of its own
def test_a_count_since_a_dated_clause_is_not_dated_by_it():
    events = _events("Ecuador's armed forces said they had detained 329 people since the state of internal "
                     "conflict was declared on 9 January 2024.")
    assert "arrest" not in [e["kind"] for e in events]


def test_a_state_since_a_date_is_still_dated():
    events = _events("The United States has sanctioned the airline since February 2020.")
    assert _one(events, "sanctions")["date"]["value"] == "2020-02"


# ---------------------------------------------------------------- naming is no phone call
def test_calling_something_a_name_is_no_phone_call():
    assert "phone call" not in _kinds("On 4 November 2023, Guyana's President Irfaan Ali called the vote "
                                      "an existential threat.")
    assert "phone call" in _kinds("On 4 November 2023, President Biden called President López Obrador to "
                                  "discuss migration.")
    assert "phone call" in _kinds("On 4 November 2023, President Biden called his counterpart a day after "
                                  "the attack.")


# ---------------------------------------------------------------- lexicon rows
def test_settling_a_case_is_an_agreement_and_settling_in_a_town_is_none():
    assert "agreement" in _kinds("Ecuador dropped its claim after Colombia settled the case in September 2013.")
    assert _kinds("The family settled in Bogotá in 2010.") == []


def test_a_chronology_in_the_present_sends_troops_and_a_plan_does_not():
    assert "military deployment" in _kinds("- 10 January 2024: Peru sends troops to its border with Ecuador.")
    assert "military deployment" not in _kinds("On 10 January 2024, Peru said it plans to send troops to its "
                                                "border with Ecuador.")


# ---------------------------------------------------------------- the other party and the place
def test_a_bilateral_kinds_other_party_is_the_country_its_paragraph_is_about():
    events = _events("Honduran police raided ranches in Honduras and in Honduras again, and the cartel moved "
                     "loads into Guatemala. The clan's leader was extradited to the United States in December "
                     "2014.")
    assert set(_one(events, "extradition")["countries"]) == {"United States", "Honduras"}


def test_a_bilateral_kinds_other_party_is_the_last_one_named_when_the_paragraph_names_none():
    events = _events("Peru and Honduras signed a treaty.\n\nThe clan's leader was extradited to the United "
                     "States in December 2014.")
    assert set(_one(events, "extradition")["countries"]) == {"United States", "Honduras"}


def test_a_sentence_naming_no_state_happens_in_its_paragraphs_country():
    events = _events("Gang violence in Ecuador rose sharply in 2023. The armed forces took over the prisons "
                     "on 12 January 2024.")
    assert _one(events, "raid")["countries"] == ["Ecuador"]


def test_a_sentence_naming_a_state_keeps_only_its_own():
    events = _events("Gang violence in Ecuador rose sharply in 2023. Peruvian police took over the prisons "
                     "on 12 January 2024.")
    assert _one(events, "raid")["countries"] == ["Peru"]


def test_where_a_shipment_was_going_names_no_party():
    events = _events("In March 2024, Dominican agents found 2.1 tons of cocaine in a container bound for "
                     "Valencia, Spain.")
    assert _one(events, "seizure")["countries"] == ["Dominican Republic"]
    events = _events("In March 2024, Spanish police found 2.1 tons of cocaine in a container bound for "
                     "Valencia.")
    assert _one(events, "seizure")["countries"] == ["Spain"]


def test_the_two_leaders_are_the_two_countries_just_named():
    events = _events("Mexico's president flew to Bogotá to see Colombia's president. On 3 March 2024, the "
                     "two leaders signed an extradition treaty.")
    assert {"Mexico", "Colombia"} <= set(_one(events, "agreement")["countries"])


# ---------------------------------------------------------------- a response to a context-dated happening
def test_a_response_to_a_happening_dated_from_context_takes_that_moment():
    events = _events("On 3 March 2024, gunmen killed two Peruvian soldiers near the border. In response, Peru "
                     "closed its border crossings with Ecuador. Quito responded by deploying troops to the "
                     "frontier.")
    deployment = _one(events, "military deployment")
    assert deployment["date"]["value"] == "2024-03" and deployment["date"]["resolved_from"] == "context"


def test_a_response_after_a_sentence_with_no_happening_takes_no_date():
    events = _events("On 3 March 2024, gunmen killed two Peruvian soldiers near the border.\n\nThe mood in Lima "
                     "darkened for weeks. Quito responded by deploying troops to the frontier.")
    assert "military deployment" not in [e["kind"] for e in events]


# ---------------------------------------------------------------- a companion word in the trigger's own clause
def test_a_dismissing_verbs_office_word_is_its_object_not_its_subject():
    assert "leave office" not in _kinds("On 3 February 2024, President Nayib Bukele suspended the operations of "
                                        "the DEA in El Salvador.")
    assert "leave office" in _kinds("On 3 February 2024, President Nayib Bukele suspended the police chief of "
                                    "San Salvador.")
    assert "leave office" in _kinds("On 3 February 2024, the director of the prisons service was dismissed.")
    assert "leave office" in _kinds("On 3 February 2024, the president removed him as director of the prisons service.")


def test_a_companion_word_in_another_clause_makes_no_happening():
    assert "leave office" not in _kinds("On 3 February 2024, Honduras suspended the operations of the DEA agency, "
                                        "a day after the president met the US ambassador.")
    assert "leave office" in _kinds("On 3 February 2024, Honduras suspended the DEA liaison officers, a day "
                                    "after the president met the US ambassador.")


def test_an_authority_calling_off_public_celebrations_restricts():
    assert "restrictions" in _kinds("On 3 February 2024, Governor Ana Ruiz suspended the carnival celebrations "
                                    "in Culiacán.")
    assert "restrictions" not in _kinds("On 3 February 2024, the carnival committee of Culiacán suspended its "
                                        "treasurer.")


# ---------------------------------------------------------------- a dated digest's present-tense notes
def test_a_present_form_of_a_past_only_row_reports_on_a_dated_note_line():
    body = ("Tues. 5 March: Gunmen storm a jail in Trujillo, Peru.\n"
            "6 March – Armed men storm the town hall of Chiclayo.")
    events = _events(body, "Weekly security digest, published 9 March 2024")
    assert [(e["kind"], e["date"]["value"]) for e in events if e["kind"] == "attack"] == [
        ("attack", "2024-03-05"), ("attack", "2024-03-06")]


def test_a_present_form_off_a_dated_note_line_or_as_a_noun_reports_nothing():
    assert "attack" not in _kinds("Gunmen storm a jail in Trujillo, Peru, on 5 March 2024.")
    body = "5 March: A storm hits Trujillo.\n6 March: Storms flood the coast of Peru."
    assert "attack" not in [e["kind"] for e in _events(body, "Weekly security digest, published 9 March 2024")]


# ---------------------------------------------------------------- numeric note headers, settled by the document's dates
def _dated(text: str) -> list[tuple[str, str | None]]:
    events = extract_document(read_text(text)).to_dict()["events"]
    return [(e["kind"], e["date"]["value"]) for e in events]


def test_a_numeric_note_header_reads_as_the_day_near_the_digests_range():
    text = ("Regional brief — March 3-9, 2025\n\n"
            "03/04: Colombian police arrest a FARC dissident commander in Cauca.\n"
            "3/7: Gunmen kill a mayor in Guerrero, Mexico.\n")
    assert _dated(text) == [("arrest", "2025-03-04"), ("killing", "2025-03-07")]


def test_a_numeric_note_header_with_no_range_or_two_readings_stays_unresolved():
    text = ("Regional brief\n\n03/04: Colombian police arrest a FARC dissident commander in Cauca.\n")
    assert _dated(text) == [("arrest", None)]
    # 1 April 2025: 03/04 may be 4 March or 3 April
    text = ("Regional brief, published 1 April 2025\n\n"
            "03/04: Colombian police arrest a FARC dissident commander in Cauca.\n")
    assert _dated(text) == [("arrest", None)]
    # a ratio inside a sentence heads nothing
    assert _dated("Regional brief, published 1 April 2025\n\nPolice said 3/4 of the gang was arrested "
                  "in Cauca on 2 March.\n") == [("arrest", "2025-03-02")]


# ---------------------------------------------------------------- the issuer of a government release
RELEASE_HEAD = ("Press Release: Treasury Targets Gang Finances\n\nOffice of Public Affairs\nWashington, 4 February 2024\n\n"
                "The Department of the Treasury, working with the Department of State, said the action targets "
                "the gang's finances.\n")


def _countries_of(text: str, kind: str) -> list[list[str]]:
    return [e["countries"] for e in extract_document(read_text(text)).to_dict()["events"] if e["kind"] == kind]


def test_a_release_issuer_speaking_of_itself_takes_part():
    text = RELEASE_HEAD + "On 3 February 2024, the Department froze the assets of two companies in Panama.\n"
    assert _countries_of(text, "sanctions") == [["Panama", "United States"]]
    text = RELEASE_HEAD + "On 3 February 2024, we froze the assets of two companies in Panama.\n"
    assert _countries_of(text, "sanctions") == [["Panama", "United States"]]


def test_no_issuer_outside_a_release_or_behind_a_longer_name():
    news = ("Gang finances hit\n\nWashington, 4 February 2024\n\nThe Department of the Treasury, working with "
            "the Department of State, said the action targets the gang's finances.\n"
            "On 3 February 2024, the Department froze the assets of two companies in Panama.\n")
    assert _countries_of(news, "sanctions") == [["Panama"]]
    text = RELEASE_HEAD + ("On 3 February 2024, the Ministry of Economy of Panama froze the assets of two "
                           "companies.\n")
    assert _countries_of(text, "sanctions") == [["Panama"]]


def test_our_governments_in_a_joint_release_are_the_two_just_named():
    text = ("Joint Statement of the United States and Mexico on Security\n\nWashington, 10 February 2024\n\n"
            "On 9 February 2024, our governments held talks on fentanyl trafficking in Mexico City.\n")
    [countries] = [e["countries"] for e in extract_document(read_text(text)).to_dict()["events"]]
    assert sorted(countries) == ["Mexico", "United States"]


def test_in_a_transcript_we_is_the_issuer_only_in_its_own_speakers_mouth():
    head = ("Remarks by Secretary Blinken and Colombian President Duque\n\nOffice of the Spokesperson\n"
            "Washington, 4 February 2024\n\n"
            "SECRETARY BLINKEN: The Department of State and the Department of the Treasury worked together "
            "on this for a long time, and I thank them.\n")
    said = "Thank you all for coming.\n\nOn 3 February 2024, we froze the assets of two companies in Panama.\n"
    ours = head + "SECRETARY BLINKEN: " + said
    theirs = head + "PRESIDENT IVÁN DUQUE: " + said
    assert [sorted(c) for c in _countries_of(ours, "sanctions")] == [["Panama", "United States"]]
    assert _countries_of(theirs, "sanctions") == [["Panama"]]


def test_the_issuer_joins_the_paragraphs_country_of_a_sentence_naming_none():
    text = RELEASE_HEAD + ("Two companies in Panama moved money for the gang. On 3 February 2024, the Department "
                           "froze the assets of the two companies.\n")
    assert [sorted(c) for c in _countries_of(text, "sanctions")] == [["Panama", "United States"]]


# ---------------------------------------------------------------- review: counts and counted parties
def test_a_four_digit_count_of_killings_is_no_year_and_no_killing():
    # '1650 murders' is a tally (murders is a count noun), not the year 1650 and not an event
    assert "killing" not in _kinds("Police in Honduras recorded 1650 murders in 2023, the ministry said on 3 March 2024.")


def test_leaders_of_a_group_are_no_states_but_two_leaders_are():
    text = "In Brazil, three leaders of the Comando Vermelho met in a prison on 3 March 2024."
    assert _one(_events(text), "meeting")["countries"] == ["Brazil"]
    text = "Peru's Boluarte met Bolivia's Arce in Lima on 3 March 2024; the two leaders signed a border plan."
    assert {"Peru", "Bolivia"} <= set(_events(text)[0]["countries"])


# ---------------------------------------------------------------- event notes headed "date | place"
NOTES_BY_BAR = """Security notes, 10-14 June 2024
Updated June 17, 2024

10 June 2024 | Tela, Atlántida (Honduras). Gunmen shot dead three bus drivers at a terminal.

12 June 2024 | Cobán, Alta Verapaz (Guatemala). Soldiers of the army arrested a local cell leader during a raid on a farm.
"""


def test_a_note_headed_date_bar_place_dates_its_happening_and_takes_its_place():
    events = extract_document(read_text(NOTES_BY_BAR)).to_dict()["events"]
    killing = _one(events, "killing")
    assert (killing["date"]["value"], killing["countries"]) == ("2024-06-10", ["Honduras"])
    # the doer's clause names no state: the note's own place, not the note before it, says where
    later = [e for e in events if e["date"]["value"] == "2024-06-12"]
    assert later and all(e["countries"] == ["Guatemala"] for e in later)


def test_a_dated_list_item_with_no_place_in_its_header_takes_its_paragraphs_country():
    text = ("Chronology\n\n- May 2023: Prosecutors in Peru charged a former mayor of Tumbes with extortion.\n"
            "- June 2023: A judge convicted the former mayor of extortion.\n")
    events = extract_document(read_text(text)).to_dict()["events"]
    convicted = [e for e in events if e["date"]["value"] == "2023-06"]
    assert convicted and "Peru" in convicted[0]["countries"]


# ---------------------------------------------------------------- a person's birth date dates no happening
def test_a_birth_date_in_apposition_dates_nothing_and_a_founding_year_still_may():
    events = _events("Former police commissioner Rodolfo Ismael Pineda Cruz, born March 30, 1971, received "
                     "monthly payments from the network. Police arrested him on 2 March in Tegucigalpa.")
    assert not any(e["date"]["value"].startswith("1971") for e in events if e["date"]["value"])
    assert any(e["date"]["value"] == "2024-03-02" for e in events)
    founded = _events("The Red Command, the faction born in 1979 in a prison, attacked the town of Itaguaí.")
    assert any(e["date"]["value"] == "1979" for e in founded)


# ---------------------------------------------------------------- one happening of a kind per sentence and date
def test_two_verbs_of_one_kind_and_date_tell_one_happening_unless_a_word_makes_them_two():
    one = _events("On 5 March 2024, gunmen burned houses in Tibú and attacked a police post in El Tarra.")
    assert [e["kind"] for e in one].count("attack") == 1
    # near miss: "but", "then", "later" between the verbs make two happenings of the kind
    two = _events("On 5 March 2024, gunmen burned houses in Tibú but then attacked a police post in El Tarra.")
    assert [e["kind"] for e in two].count("attack") == 2


# ---------------------------------------------------------------- a release's furniture
RELEASE = "WASHINGTON — Today, the Treasury sanctioned the Cartel del Golfo's finance chief in Matamoros, Mexico.\n\n"


def test_a_pointer_to_other_material_tells_no_happening():
    events = _events(RELEASE + "For identifying information on the individuals sanctioned today, click here.")
    assert [e["kind"] for e in events].count("sanctions") == 1
    # near miss: the same words of the kind in a sentence that points nowhere tell a happening
    events = _events(RELEASE + "Mexico's finance ministry froze the accounts of the individuals sanctioned today.")
    assert len(events) >= 2


def test_a_reference_to_the_release_own_action_retells_it_and_keeps_an_explicit_date():
    kinds = _kinds(RELEASE + "As a result of today's action, all property of the designated persons is blocked.")
    assert kinds.count("sanctions") == 1
    # near miss: a happening it dates explicitly stays
    events = _events(RELEASE + "This action comes after Mexican police arrested the cartel's leader in Reynosa "
                               "on 3 March 2023.")
    assert "2023-03-03" in [e["date"]["value"] for e in events if e["date"]]


# ---------------------------------------------------------------- an event note whose sentence has a later date
NOTES = ("Conflict notes, 3-9 March 2024\n\n4 March 2024 | Tumbes (Peru). Police arrested two men in Zarumilla.\n\n"
         "9 March 2024 | Esmeraldas (Ecuador). ")


def test_a_notes_happening_before_the_clause_of_its_sentences_own_date_takes_the_headers_date():
    events = _events(NOTES + "Soldiers arrested four gang members in Las Palmas; they had been reported "
                             "missing on 7 March.\n")
    assert ("arrest", "2024-03-09") in [(e["kind"], e["date"]["value"]) for e in events]
    # near miss: a date in the sentence's first clause dates its happening, not the header
    events = _events(NOTES + "On 7 March soldiers arrested four gang members in Las Palmas.\n")
    assert ("arrest", "2024-03-07") in [(e["kind"], e["date"]["value"]) for e in events]
    assert ("arrest", "2024-03-09") not in [(e["kind"], e["date"]["value"]) for e in events]


# ---------------------------------------------------------------- a "since" date of a present-tense state
def test_a_since_date_of_a_present_tense_lesson_dates_no_happening_but_a_perfect_one_does():
    before = "Police in Medellín, Colombia, arrested the leader of La Oficina on 3 March 2024.\n\n"
    body = "The lesson of Medellín since 2012 is that arrests alone do not dismantle a gang."
    assert "2012" not in [e["date"]["value"] for e in _events(before + body) if e["date"]]
    # near miss: a perfect tells what happened from then on
    body = "Police in Medellín have arrested hundreds of gang members since 2012."
    assert "2012" in [e["date"]["value"] for e in _events(before + body) if e["date"]]


# ---------------------------------------------------------------- a modal over coordinated participles
def test_a_modal_reaches_a_participle_coordinated_after_its_first():
    kinds = _kinds("On 3 March 2024, the ministers agreed that the new force must be fully staffed and funded "
                   "by Washington.")
    assert "aid" not in kinds
    # near miss: the same participles told as done
    kinds = _kinds("On 3 March 2024, the new force was fully staffed and funded by Washington.")
    assert "aid" in kinds


# ---------------------------------------------------------------- a statement quoted whole from an earlier day
def test_a_quoted_statement_introduced_with_its_day_tells_today_from_that_day():
    body = ("The two ministers met in Bogotá to review the border plan.\n\n"
            "The March 3 statement, as released that day:\n\n"
            "\"The Minister of Defence spoke today with Ecuador's Minister of the Interior about the border.\"\n")
    calls = [e["date"]["value"] for e in _events(body) if e["kind"] == "phone call"]
    assert "2024-03-03" in calls and "2024-03-12" not in calls
    # near miss: an introducer that names no day leaves "today" the document's
    body = body.replace("The March 3 statement, as released that day:", "The statement, as released:")
    calls = [e["date"]["value"] for e in _events(body) if e["kind"] == "phone call"]
    assert calls == ["2024-03-12"]


# ---------------------------------------------------------------- a chronology's entry told in the present
def test_a_later_sentence_of_a_dated_entry_in_the_present_is_an_event_of_its_own():
    # 'hand over' is a row of past forms only: its present form counts on a dated entry's line
    text = ("Timeline\n\n- 4 March 2019: Police arrest Ana Ruiz in Lima. The same day officers hand her "
            "over to US authorities.\n")
    events = extract_document(read_text(text)).to_dict()["events"]
    assert ("2019-03-04", "extradition") in {(e["date"]["value"], e["kind"]) for e in events}
    severed = _events("- 4 March 2019: The opposition marches in Caracas. The same day the government "
                      "breaks diplomatic relations with Peru.")
    assert any(e["kind"] == "sever diplomatic relations" for e in severed)


def test_a_present_form_in_plain_prose_after_a_dated_entry_reports_nothing():
    text = ("Timeline\n\n- 4 March 2019: Police arrest Ana Ruiz in Lima.\n\n"
            "Officers hand suspects over to US authorities when a warrant exists, analysts say.\n")
    events = extract_document(read_text(text)).to_dict()["events"]
    assert not any("warrant" in e["sentence"] for e in events)


def test_prisoners_dying_in_a_prison_fight_is_a_killing_and_one_inmate_dying_is_not():
    assert "killing" in _kinds("The Penitentiary of Tacna became a battleground: 31 prisoners died there on 2 March 2024.")
    assert "killing" not in _kinds("On 2 March 2024 a judge ordered improvements at the prison after an inmate died.")


# ---------------------------------------------------------------- people a state hands to another
def test_prisoners_sent_or_flown_to_another_state_are_an_extradition_and_to_a_prison_a_transfer():
    sent = _events("On 27 February 2024, Mexico sent 29 prisoners to the United States.")
    assert _one(sent, "extradition")["countries"] == ["Mexico", "United States"]
    assert "extradition" in _kinds("On 2 March 2024 the government flew 120 Colombian men to Venezuela.")
    assert "extradition" in _kinds("In 2023 the agency conducted 142 removal flights to Guatemala.")
    assert "extradition" in _kinds("Bolivia expelled him to Brazil on 3 March 2024.")
    # near miss: inmates moved to a prison stay in the state; troops sent are a deployment
    kinds = _kinds("On 3 March 2024 the guards transferred 40 inmates to the La Joya prison.")
    assert "prisoner transfer" in kinds and "extradition" not in kinds
    assert "extradition" not in _kinds("On 3 March 2024 Ecuador sent 200 soldiers to the port.")


# ---------------------------------------------------------------- arrivals of forces and of prisoners
def test_police_contingents_arriving_are_a_deployment_and_officers_at_a_scene_are_not():
    arrived = _events("The first Kenyan police officers arrived in Port-au-Prince on 25 June 2023.")
    assert _one(arrived, "military deployment")["countries"] == ["Kenya", "Haiti"]
    assert "military deployment" not in _kinds("Police officers arrived at the scene on 25 June 2023.")
    assert "prisoner transfer" in _kinds("The first 2,000 prisoners arrived on February 24, 2023.")


# ---------------------------------------------------------------- bodies found, attempts on a life
def test_a_body_found_is_a_killing_and_the_body_of_a_truck_is_not():
    assert "killing" in _kinds("The body of Mario Ríos, a leader of the Kakataibo people, was found on "
                               "2 March 2024 on the banks of the Aguaytía River.")
    assert "killing" not in _kinds("On 2 March 2024 police found 300 kilos of cocaine in the body of a truck.")


def test_an_attempt_to_kill_is_an_attack_and_a_wish_to_kill_is_not():
    assert "attack" in _kinds("They tried to kill the minister in Mexico City in June 2020.")
    assert "attack" not in _kinds("In June 2020 the gang wanted the minister dead, prosecutors said.")


# ---------------------------------------------------------------- announced deliveries between states
def test_a_delivery_of_boats_announced_is_aid_and_a_delivery_of_a_speech_is_not():
    aid = _events("In April 2024, U.S. Southern Command will deliver two interceptor boats to the Guatemalan Navy.")
    assert _one(aid, "aid")["countries"] == ["United States", "Guatemala"]
    assert "aid" not in _kinds("In April 2024 the minister will deliver a speech in Guatemala City.")


# ---------------------------------------------------------------- listings, brokers, tariffs paused
def test_a_listing_by_a_sanctions_committee_is_a_sanction_and_a_listed_building_is_not():
    assert "sanctions" in _kinds("Jimmy Chérizier was listed by the Committee on 21 October 2022 under resolution 2653.")
    assert "sanctions" not in _kinds("The old customs house was listed as a monument on 21 October 2022.")


def test_brokers_of_a_trade_hold_no_talks_and_a_brokered_truce_is_talks():
    assert "peace talks" not in _kinds("On 3 March 2024 Albanian brokers began to work with gangs in Limón, prosecutors said.")
    assert "peace talks" in _kinds("In March 2024 Norway brokered a truce between the government and the ELN.")


def test_tariffs_paused_are_relief_and_a_paused_match_is_not():
    assert "sanctions relief" in _kinds("On 3 February 2024 the United States paused the tariffs on Mexico for a month.")
    assert "sanctions relief" not in _kinds("On 3 February 2024 the referee paused the match in Bogotá.")


# ---------------------------------------------------------------- the press told, a decision defended
def test_telling_reporters_is_a_statement_and_telling_a_story_is_not():
    assert "claim" in _kinds("Minister Rachid told reporters on 4 March 2024 that the plane came from Beni.")
    assert "claim" not in _kinds("On 4 March 2024 the film told the story of a pilot from Beni.")
    assert "claim" in _kinds("Governor Castro defended the operation on 4 March 2024.")
    assert "claim" not in _kinds("On 4 March 2024 soldiers defended the base in Arauca.")


# ---------------------------------------------------------------- beatings, stops, explosives
def test_agents_beating_a_detainee_is_an_attack_and_a_team_beating_a_rival_is_not():
    assert "attack" in _kinds("On 2 August 2019 DGCIM agents beat the detainee for two days.")
    assert "attack" not in _kinds("On 2 August 2019 Colombia beat Brazil 2-1 in Barranquilla.")


def test_a_vessel_stopped_by_a_patrol_is_an_interdiction_and_a_bus_that_stops_is_not():
    assert "seizure" in _kinds("On 3 June 2023 a Coast Guard cutter stopped the fishing vessel Queen Latoya north of Trinidad.")
    assert "seizure" not in _kinds("The bus stopped in Cali on 3 June 2023.")


def test_explosives_dropped_or_thrown_are_an_attack_and_dropped_charges_in_court_are_not():
    assert "attack" in _kinds("In December 2023 a drone dropped two explosive charges on the school in Linda Vista.")
    assert "attack" not in _kinds("In December 2023 prosecutors dropped two counts against the mayor.")


# ---------------------------------------------------------------- announced court dates
def test_a_court_that_will_decide_is_an_announced_ruling_and_a_party_that_decides_is_not():
    assert "court ruling" in _kinds("A Santiago court will decide on 14 March 2024 whether they stay in detention.")
    assert "court ruling" not in _kinds("The ruling party decided on 3 March 2024 to back the bill.")
    assert "prosecution" in _kinds("Sentencing is scheduled for June 12.")


def test_a_mandate_that_ends_is_leaving_office_and_a_mandate_given_is_not():
    assert "leave office" in _kinds("The Transitional Presidential Council's mandate ends on 7 February 2024.")
    assert "leave office" not in _kinds("The council received its mandate on 7 February 2024.")


def test_inmates_walking_out_of_an_emptied_prison_is_an_escape_and_workers_walking_out_is_not():
    assert "escape" in _kinds("On 31 January 2024 gangs emptied the prison and five hundred inmates walked out.")
    assert "escape" not in _kinds("On 31 January 2024 the workers walked out of the factory in Quito.")


# ---------------------------------------------------------------- a cited source takes no part
def test_the_source_a_sentence_cites_is_no_party_but_a_place_it_tells_of_is():
    event = _one(_events("According to the U.S. Embassy in Tegucigalpa, police in Quito arrested three "
                         "men on 3 March 2024."), "arrest")
    assert event["countries"] == ["Ecuador"]
    event = _one(_events("Police in Tegucigalpa arrested three men on 3 March 2024, the embassy said."), "arrest")
    assert event["countries"] == ["Honduras"]


# ---------------------------------------------------------------- kinds: the happening, not a word near it
def test_a_kidnapped_soldier_released_is_a_release_and_a_released_report_is_not():
    kinds = _kinds("29 January 2024 – The ELN released a kidnapped soldier in Arauca, days after its "
                   "negotiators met government envoys in Caracas.")
    assert "release" in kinds
    assert "release" not in _kinds("On 29 January 2024 the ELN released a report on its prisoners in Arauca.")


def test_suspended_from_the_peace_process_is_suspended_talks_and_a_suspended_transition_is_not():
    assert "suspend cooperation" in _kinds("In January 2024 the government suspended the group from the peace "
                                           "process after attacks on indigenous communities.")
    assert "suspend cooperation" not in _kinds("In January 2024 the president-elect suspended the transition "
                                               "process after the president refused to meet him.")


def test_an_extradition_awaited_is_no_extradition_but_the_arrest_stays():
    kinds = _kinds("Zapata Mejía was arrested by the Colombian National Police in Medellín on 12 February 2024 "
                   "and is awaiting extradition to Spain.")
    assert "arrest" in kinds and "extradition" not in kinds
    assert "extradition" in _kinds("On 12 February 2024 Colombia extradited Zapata Mejía to Spain.")


def test_a_press_conference_is_a_statement_and_a_security_conference_is_a_meeting():
    kinds = _kinds("Sheinbaum said it clearly in her morning press conference on 5 March 2024: cooperation, yes.")
    assert "statement" in kinds and "meeting" not in kinds
    assert "meeting" in _kinds("On 5 March 2024 ministers held a conference on security in Lima.")


def test_what_a_call_or_a_meeting_was_about_is_its_topic():
    kinds = _kinds("Blinken spoke by phone with Honduran President Xiomara Castro on 1 March 2024 about "
                   "extradition cooperation and deportation flights.")
    assert "phone call" in kinds and "extradition" not in kinds
    kinds = _kinds("The governor met the defence minister in Culiacán on 3 March 2024 to review the deployment "
                   "of 1,100 soldiers.")
    assert "meeting" in kinds and "military deployment" not in kinds
    assert "military deployment" in _kinds("On 3 March 2024 the army deployed 1,100 soldiers to Culiacán.")


def test_an_authorisation_by_a_council_resolution_is_an_agreement_and_by_the_treasury_is_relief():
    assert "agreement" in _kinds("The mission, led by Kenya, was authorized by resolution 2699 of the Security "
                                 "Council on 2 October 2023.")
    assert "sanctions relief" in _kinds("On 2 October 2023 the Treasury authorized transactions with PDVSA under a licence.")


def test_relatives_recognised_are_no_recognition_and_a_government_recognised_is():
    assert "recognition" not in _kinds("Families in Venezuela recognised their sons in the videos that President "
                                       "Bukele posted on 3 March 2024.")
    assert "recognition" in _kinds("On 3 March 2024 Peru recognised the government of President Arévalo.")


def test_a_decision_to_add_names_to_a_sanctions_list_is_a_sanction_and_to_a_board_is_not():
    assert "sanctions" in _kinds("The Council welcomed the decision of the Committee, on 8 February 2024, to add "
                                 "Viv Ansanm and Gran Grif to its sanctions list.")
    assert "sanctions" not in _kinds("The board welcomed the decision, on 8 February 2024, to add two members to "
                                     "its committee.")


def test_a_meeting_a_minister_said_would_take_place_is_announced_and_a_conditional_one_is_not():
    assert "meeting" in _kinds("The foreign secretary said on 1 March 2024 that the group would meet for the "
                               "first time in April.")
    assert "meeting" not in _kinds("The group would meet in April 2024 if the talks went well.")


def test_an_acronym_in_brackets_opens_no_clause_between_a_trigger_and_its_date():
    kinds = _kinds("Colombia's government suspended peace talks with the National Liberation Army (ELN) on "
                   "7 March 2024, a day after guerrillas attacked an army base in Arauca.")
    assert "suspend cooperation" in kinds
    nlp = spacy.blank("en")
    doc = nlp("the National Liberation Army ( ELN ) attacked , and ( as police said yesterday ) fled")
    assert events_module.short_parenthesis(doc, 4) and events_module.short_parenthesis(doc, 6)
    assert not events_module.short_parenthesis(doc, 10)  # a bracket holding a clause of its own


def test_gang_members_returned_by_a_flight_are_an_extradition_and_moved_between_prisons_are_not():
    assert "extradition" in _kinds("On 1 March 2024 an ICE flight returned 11 suspected MS-13 members to La Aurora "
                                   "International Airport.")
    assert "extradition" in _kinds("On 1 March 2024 a flight chartered by the migration agency landed at "
                                   "Cap-Haïtien with 112 deportees.")
    assert "extradition" not in _kinds("On 1 March 2024 Guatemala transferred more than 400 members of the Barrio 18 "
                                       "and MS-13 gangs to other prisons.")


def test_the_crime_a_sentence_punishes_is_no_killing_unless_it_has_a_date_of_its_own():
    kinds = _kinds("A court in Guatemala City sentenced Pacay Cuc to 50 years in prison in March 2021 for "
                   "ordering the murder of two bus drivers.")
    assert "prosecution" in kinds and "killing" not in kinds
    events = _events("A court sentenced him in March 2021 for the 2019 murder of two bus drivers.")
    assert ("2019", "killing") in {(e["date"]["value"], e["kind"]) for e in events}


def test_equipment_received_is_aid_and_a_minister_received_is_a_meeting():
    assert "aid" in _kinds("The Kenyan-led mission received two more armoured vehicles at the airport on 1 March 2024.")
    assert "meeting" in _kinds("On 1 March 2024 President Arévalo received the Mexican foreign minister in Guatemala City.")


def test_a_council_that_fired_a_prime_minister_removed_him_and_a_border_left_open_reopened_nothing():
    assert "leave office" in _kinds("In November 2023 the council fired his predecessor, Garry Conille.")
    kinds = _kinds("Peru closed its land borders on 16 March 2020, and for two years the crossing was open only "
                   "to freight.")
    assert "border closure" in kinds and "border reopening" not in kinds


def test_photographs_a_government_circulated_are_a_statement_and_a_rumour_circulating_is_not():
    assert "statement" in _kinds("In January 2024 his government circulated photographs of shaved inmates.")
    assert "statement" not in _kinds("In January 2024 rumours circulated in Rosario about the governor.")


def test_an_inserted_attribution_does_not_keep_the_happening_from_its_date():
    kinds = _kinds("In February 2024, he said, prison officers found four mobile phones in cells used by gang leaders.")
    assert "seizure" in kinds
    nlp = spacy.blank("en")
    doc = nlp("Last month , he said , officers found phones")
    assert events_module.inserted_attribution(doc, 2) and events_module.inserted_attribution(doc, 5)
    doc = nlp("\" We are against being killed , \" said Herlin Odicio , president of FENACOKA , at a press conference")
    assert not any(events_module.inserted_attribution(doc, i) for i in range(len(doc)))


def test_a_run_in_section_heading_reports_nothing_and_the_paragraph_after_it_does():
    text = ("Published: 12 March 2024\n\n2017 protests. On April 19, 2017, armed men fired on protesters in "
            "San Bernardino.\n\nThe 2023 election.\n\nAfter the vote, police arrested 40 people on 30 July 2023.\n")
    events = extract_document(read_text(text)).to_dict()["events"]
    assert {e["kind"] for e in events} == {"attack", "arrest"}
    assert not any(e["sentence"] in {"2017 protests.", "The 2023 election."} for e in events)
    # near miss: a short line with a verb tells a happening
    assert "protest" in _kinds("Farmers protested in Lima on 3 March 2024.")


def test_an_analyst_deployed_is_cooperation_and_soldiers_deployed_are_a_deployment():
    kinds = _kinds("On 3 March 2024, Europol deployed an analyst to Madrid to cross-check data in real time.")
    assert "cooperation" in kinds and "military deployment" not in kinds
    assert "military deployment" in _kinds("On 3 March 2024 Ecuador deployed 2,000 soldiers to Guayaquil.")


def test_a_person_handed_to_another_state_is_a_handover():
    assert _kinds("Guatemala handed the Honduran gang leader to Honduran police on 3 March 2024.") == ["extradition"]
    assert _kinds("Mexico handed 29 cartel figures to the United States on 27 February 2024.") == ["extradition"]
    # near misses: things handed, or handed out, are no hand-over of a person
    assert _kinds("The minister handed a letter to the ambassador on 3 March 2024.") == []
    assert _kinds("The army handed out food to families on 3 March 2024.") == []
