"""How events are dated, by class of sentence shape: each rule with a text where it fires and a
near miss where it must not. The texts are written for this test and run through the whole
pipeline."""

from crimecli.extract import extract_document
from crimecli.reader import read_text


def _events(body: str, published: str = "Published: 12 March 2024") -> list[dict]:
    text = published + "\n\n" + body + "\n"
    return extract_document(read_text(text)).to_dict()["events"]


def _dates(events: list[dict], kind: str) -> list[str | None]:
    return [e["date"]["value"] for e in events if e["kind"] == kind]


# ---------------------------------------------------------------- a dateless sentence before "The next day"
def test_a_dateless_happening_told_on_the_paragraphs_day_keeps_that_day_before_the_next_day():
    events = _events("On 11 February, the police stopped a truck at a checkpoint near Tumbes and found "
                     "two rifles. The driver was arrested. The next day a judge ordered him held in "
                     "pretrial detention.")
    assert _dates(events, "arrest") == ["2024-02-11"]


def test_a_dateless_happening_with_no_day_before_it_takes_the_month_of_days_later():
    # near miss: nothing dated the sentence, so "Days later, on 26 February" gives its month
    events = _events("Police in Tumbes seized two rifles from a gang. Two gang members were arrested. "
                     "Days later, on 26 February, a judge ordered them held in pretrial detention.")
    assert _dates(events, "arrest") == ["2024-02"]


# ---------------------------------------------------------------- a year-less date a paragraph on
def _value(text: str, anchor: str, expression: str) -> str | None:
    from crimecli.dates import find_timexes

    return next(tx["value"] for s, e, tx in find_timexes(text, anchor) if text[s:e] == expression)


def test_a_yearless_date_a_paragraph_on_is_this_years_rather_than_rolling_the_story_into_a_new_year():
    text = ("The gang was founded in the prison that soldiers retook in September 2023.\n\n"
            "The investigation began after the kidnapping of a shopkeeper on 4 January.")
    assert _value(text, "2025-08-19", "on 4 January") == "2025-01-04"


def test_a_yearless_date_a_paragraph_on_within_the_storys_year_stays_in_it():
    # near miss: the narrative does not have to roll into a year it never names
    text = ("Colombian forces bombed a camp in Ecuador in March 2008.\n\n"
            "On 17 March, the foreign ministers of the region rejected the incursion.")
    assert _value(text, "2018-04-20", "On 17 March") == "2008-03-17"


def test_a_yearless_date_in_the_same_paragraph_still_rolls_on_with_the_story():
    # near miss: no paragraph between, the story moves on into the new year
    text = ("The gang seized the prison in September 2023. On 4 January, the army retook it.")
    assert _value(text, "2025-08-19", "On 4 January") == "2024-01-04"


def test_a_date_read_from_the_document_in_the_storys_own_year_keeps_the_story():
    text = ("On 14 March 2023, soldiers detained four miners near El Callao. The other three were "
            "released on 20 March without charges. In May, a group of armed men who identified "
            "themselves as members of a sindicato forced about 80 families to leave their land.")
    assert _value(text, "2024-02", "In May") == "2023-05"


def test_a_date_read_from_the_document_in_another_year_brings_the_story_to_the_present():
    # near miss: "last year" is not the story's year; "In May" is the document's
    text = ("On 14 March 2019, soldiers detained four miners near El Callao. Last year the court "
            "released them. In May, a group of armed men who identified themselves as members of a "
            "sindicato forced about 80 families to leave their land.")
    assert _value(text, "2024-02", "In May") != "2019-05"


# ---------------------------------------------------------------- a period that frames a ranking
def test_a_year_that_frames_a_ranking_leaves_the_happening_its_own_day():
    events = _events("A fugitive gang leader left Honduras on Thursday morning aboard a DEA plane, the "
                     "fourth Honduran extradited to the United States this year.",
                     published="Published: Saturday, 15 March 2025")
    assert _dates(events, "extradition") == ["2025-03-13"]


def test_a_ranked_subject_keeps_the_year_of_its_own_verb():
    # near miss: "the first ..." is the subject of "started", which "last year" dates
    events = _events("In June 2023, Costa Rica signed an agreement with the United States to install "
                     "container scanners at the port; the first scanners were seized by customs "
                     "officers last year.", published="Published: 12 February 2025")
    assert "2024" in _dates(events, "seizure")


# ---------------------------------------------------------------- a run-in heading names a topic
def test_a_dated_run_in_heading_tells_no_happening():
    events = _events("2017 protests. On April 19, 2017, armed men on motorcycles shot at a crowd in "
                     "Caracas, killing a student.", published="Published: 9 October 2024")
    assert [e for e in events if e["date"]["value"] == "2017"] == []


def test_a_short_sentence_with_a_verb_opening_a_paragraph_is_told():
    # near miss: a verb makes it a sentence of the story, not a heading
    events = _events("Thousands protested in 2017. On April 19, 2017, armed men on motorcycles shot at a "
                     "crowd in Caracas, killing a student.", published="Published: 9 October 2024")
    assert "2017" in _dates(events, "protest")


# ---------------------------------------------------------------- "DATE, N units after ..."
def test_a_happening_counted_back_from_the_date_before_it_takes_that_day():
    events = _events("The gang's second-in-command escaped from a prison in Riobamba on 10 January 2024, "
                     "a day after his arrest for plotting to kill the attorney general.",
                     published="Published: 2 March 2024")
    assert "2024-01-09" in _dates(events, "arrest")
    assert "2024-01-10" not in _dates(events, "arrest")


def test_a_count_with_no_number_of_weeks_gives_no_date():
    # near miss: "weeks after" places the happening in no month
    from crimecli.dates import shift_value

    assert shift_value("2022-04-21", "", "weeks") is None
    assert shift_value("2024-09-09", "about six", "weeks") == ("2024-07", "month")
    assert shift_value("2017", "a", "year") == ("2016", "year")
    assert shift_value("2024-10-29", "", "days") == ("2024-10", "month")


def test_a_count_that_is_not_set_off_right_after_a_date_counts_from_nothing_here():
    # near miss: "four days after the first attacks he announced" counts to the announcement
    events = _events("Gunmen attacked villages near Tibú on 16 January 2025. The next day, Petro suspended "
                     "peace talks with the ELN, and four days after the first attacks he announced a state "
                     "of emergency.", published="Published: 14 March 2025")
    assert "2025-01-13" not in [e["date"]["value"] for e in events]


# ---------------------------------------------------------------- an exhortation tells no happening
def test_an_exhortation_after_a_dated_sentence_is_not_dated_by_it():
    events = _events("On 17 September 2024, police raided the offices of a rights group in Caracas. We call "
                     "on the authorities to release all the people detained for peaceful protest.",
                     published="Published: 9 October 2024")
    assert [e for e in events if e["kind"] == "arrest"] == []


def test_a_dateless_happening_after_a_dated_sentence_takes_its_day():
    # near miss: no exhortation, the paragraph's moment dates it
    events = _events("On 17 September 2024, police raided the offices of a rights group in Caracas. "
                     "Officers detained a journalist.", published="Published: 9 October 2024")
    assert _dates(events, "arrest") == ["2024-09-17"]


# ---------------------------------------------------------------- a labelled update's own date
def test_the_date_of_an_update_label_is_not_the_date_of_what_it_reports():
    events = _events("Police seized a plane near Bahía Negra on Thursday.\n\nUpdate, September 18, 2025: A "
                     "court in Concepción sentenced the Bolivian pilot of the flight, Wilder Choque "
                     "Mamani, to 15 years in prison on Tuesday.",
                     published="Published: 7 June 2025")
    assert _dates(events, "prosecution") == ["2025-09-16"]


def test_a_dated_line_with_no_other_date_keeps_its_date():
    # near miss: with no other date in the sentence the label's date is the best one
    events = _events("Update, September 18, 2025: A court in Concepción sentenced the pilot to 15 years "
                     "in prison.", published="Published: 7 June 2025")
    assert _dates(events, "prosecution") == ["2025-09-18"]


# ---------------------------------------------------------------- counting from the story, not the date line
def test_a_count_after_a_told_period_counts_from_it_not_from_the_documents_date_line():
    text = ("Sunday, April 13, 2025\n\nThe gang's name was first painted on the wall of a kiosk in the "
            "winter of 2013. A week later the kiosk was burned.")
    assert _value(text, "2025-04-13", "A week later") == "2013"


def test_a_count_with_no_other_time_told_counts_from_the_date_line():
    # near miss: nothing told since the date line, so the count is from it
    text = "Sunday, April 13, 2025\n\nThe gang painted its name on a kiosk. A week later the kiosk was burned."
    assert _value(text, "2025-04-13", "A week later") == "2025-W16"


# ---------------------------------------------------------------- a past verb before a preposition
def test_a_date_after_its_past_verb_and_a_preposition_is_past_whatever_follows():
    text = ("Cabello said that 125 foreigners, detained around the inauguration on 10 January, "
            "would face terrorism charges.")
    assert _value(text, "2025-01-18", "on 10 January") == "2025-01-10"


def test_a_date_told_as_to_come_is_still_the_coming_one():
    # near miss: no past verb before it, the date is the one to come
    text = "Cabello said that the 125 foreigners would face terrorism charges on 10 January."
    assert _value(text, "2025-01-18", "on 10 January") == "2026-01-10"
