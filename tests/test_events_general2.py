"""Event rules over classes of error seen across development sets, each with a short text written
for this test where the rule fires and a near miss where it must not. They run the whole pipeline."""

from crimecli.extract import extract_document
from crimecli.reader import read_text


def _events(body: str, published: str = "Published: 12 March 2024") -> list[dict]:
    text = published + "\n\n" + body + "\n"
    return extract_document(read_text(text)).to_dict()["events"]


def _dates(body: str, kind: str) -> list[str | None]:
    return [e["date"]["value"] for e in _events(body) if e["kind"] == kind]


# ------------------------------------------- a trailing date past the commas of the object it dates
def test_a_date_trailing_an_object_in_apposition_dates_its_predicate():
    # "the following month" closes the clause of "arrested", after the trader's name in apposition
    body = ("In June 2023, the mining authority suspended the licences of 14 cooperatives, and police "
            "arrested a Peruvian trader, Wilber Quispe Mamani, in Cobija the following month with 22 kilograms of gold.")
    assert _dates(body, "arrest") == ["2023-07"]


def test_a_date_that_opens_its_own_predicate_keeps_its_cut():
    # near miss: the later date opens a clause whose verb follows it; the first predicate keeps its date
    body = ("In January 2023, a gang leader, Pedro Quispe, escaped from a prison in Guayaquil, and days later "
            "the country's president, Juan Pérez, declared a state of emergency.")
    assert _dates(body, "escape") == ["2023-01"]
    # and a trailing year (a citation-like number) moves no cut
    body = ("In June 2023, the authority suspended the licences of 14 cooperatives, and police arrested a trader, "
            "Wilber Quispe, in Cobija in 2019.")
    assert _dates(body, "arrest") == ["2023-06"]


# ------------------------------------------- a date inside a quotation dates no attribution after it
def test_a_date_in_a_closed_quotation_dates_no_saying_after_it():
    body = ('Shopkeepers in the market pay every week. "Tomorrow someone else will be collecting," said one '
            'shopkeeper. "They sell the goods in Culiacán the same day," said the prosecutor.')
    assert _dates(body, "claim") == []


def test_a_quoted_tail_of_the_clause_still_dates_it():
    # near miss: the quotation continues the trigger's own clause, so its date is the meeting's
    body = 'He said he had met the trafficker "once, at a cattle fair in Trujillo in 2018," and never again.'
    assert _dates(body, "meeting") == ["2018"]
    # and a saying with its own date outside the quotation keeps it
    body = '"Nobody crosses without the permission of the gang," the mayor told reporters on Friday.'
    assert _dates(body, "claim") == ["2024-03-08"]


# ------------------------------------------- a year's estimated toll is a statistic, not a happening
def test_an_estimated_toll_over_a_whole_year_is_no_event():
    assert _dates("A United Nations report said at least 5,601 people were killed in Haiti last year.", "killing") == []
    assert _dates("Police arrested hundreds of gang members this year.", "arrest") == []


def test_a_plain_count_or_a_finer_date_keeps_the_happening():
    # near misses: an exact small count is one massacre; an estimate with a day is one happening
    assert _dates("Gunmen killed 12 people in a bar in Culiacán last year.", "killing") == ["2023"]
    assert _dates("Gunmen killed more than 20 people in a bar in Culiacán on Saturday.", "killing") == ["2024-03-09"]


# ------------------------------------------- a further toll: "a further 68 died", "two others died"
def test_a_further_toll_of_dead_is_a_killing():
    body = ("Rival gangs fought inside the Litoral Penitentiary on 28 September 2021. On 13 November 2021, "
            "a further 68 died in the same complex.")
    assert _dates(body, "killing") == ["2021-11-13"]


def test_a_death_by_accident_or_illness_is_none():
    # near misses: the same companion words, but an accident or natural causes; and a plain death
    assert _dates("Two others died in a car accident on Sunday.", "killing") == []
    assert _dates("Another inmate died of natural causes in the prison on Sunday.", "killing") == []
    assert _dates("The former president died in Lima on Sunday.", "killing") == []


# ------------------------------------------- "the same day" after a look back keeps the story's day
_FILLER = ("The network's structure in Spain was run by a 46-year-old Spanish national who had lived in Marbella "
           "for a decade and ran a fruit import company with offices in Algeciras, Valencia and Madrid. "
           "Investigators say the company moved containers of bananas from Guayaquil every week and that its "
           "accounts showed payments to port workers in three cities. ")


def test_the_same_day_after_a_look_back_counts_from_the_story_day():
    body = ("On 19 November, officers carried out 27 searches in Madrid and Valencia and arrested 14 people. "
            "The investigation began in March 2023, after customs officers in Valencia found 1,250 kilograms "
            "of cocaine in a shipment from Guayaquil. " + _FILLER + _FILLER + "His deputy was detained the same day in Madrid.")
    events = _events(body, published="Published: 22 November 2024")
    assert [e["date"]["value"] for e in events if e["sentence"].startswith("His deputy")] == ["2024-11-19"]


def test_the_same_day_after_the_story_moved_on_counts_from_the_new_time():
    # near miss: the time named since is later than that day, so the story has moved there
    body = ("On 19 November 2023, officers carried out 27 searches in Madrid and Valencia and arrested 14 people. "
            "The trial opened in March 2024, after prosecutors in Valencia filed charges against 20 suspects. "
            + _FILLER + _FILLER + "His deputy was detained the same day in Madrid.")
    events = _events(body, published="Published: 22 November 2024")
    assert [e["date"]["value"] for e in events if e["sentence"].startswith("His deputy")] == ["2024-03"]


# ------------------------------------------- "the weekend of 26 and 27 March" is that weekend, not this one
def test_the_weekend_of_a_date_is_that_dates_weekend():
    body = ("The official answer to the gangs came in March 2022. After gangs killed 87 people over the weekend "
            "of 26 and 27 March, the Assembly approved a state of exception.")
    assert _dates(body, "killing") == ["2022-03-26"]


def test_over_the_weekend_alone_is_the_reports_weekend():
    # near miss: no date of its own, so the weekend before the document date
    assert _dates("Gunmen killed five people in a bar in Culiacán over the weekend.", "killing") == ["2024-W10-WE"]


# ------------------------------------------- a date in words after a comma is the narrative's, not a citation's
def test_a_date_in_words_closing_the_sentence_dates_its_happening():
    body = "His cell carried out the attack on the police station in Jamundí, Valle del Cauca, last April."
    assert _dates(body, "attack") == ["2023-04"]


def test_a_numbered_date_closing_a_citation_dates_nothing():
    # near miss: a source's date after a comma, written with numbers
    assert _dates("Gunmen attacked the police station in Jamundí, El Tiempo, 4 June 2020.", "attack") == []


# ------------------------------------------- "The attack came a day after ...": the sequel is the news
_STORMED = "Hundreds of gunmen stormed the town of Mirebalais on Monday and freed 500 inmates. "


def test_what_the_retold_happening_came_after_is_counted_back_from_it():
    body = _STORMED + "The attack came a day after gunmen ambushed a police convoy near Mirebalais."
    events = _events(body, published="Published: 1 April 2025")
    assert [e["date"]["value"] for e in events if e["sentence"].startswith("The attack came")] == ["2025-03-30"]


def test_a_retelling_with_no_interval_is_no_counted_happening():
    # near miss: "came as ..." counts nothing back; the retold attack is not a new one of an earlier day
    body = _STORMED + "The attack came as police officers in the town were changing shifts."
    events = _events(body, published="Published: 1 April 2025")
    assert "2025-03-30" not in [e["date"]["value"] for e in events]
