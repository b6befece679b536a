"""crimecli_dates on real sentences: what is a date, what it means, and what is not a date."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from crimecli.dates import find_timexes, parse_user_date
from crimecli.errors import QueryError
from crimecli.models import DateValue, Document
from crimecli.extract import timex_record
from crimecli.nlp import build_pipeline, make_doc
from crimecli.pipeline import TEXT_KEY, TimexValue
from crimecli.reader import complete_dateline, read_text

PUBLISHED = DateValue("2022-12-01", "day", "1 December 2022")


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["crimecli_sentences", "crimecli_dates"])


def with_document(doc, published):
    doc._.document = Document(file="t.txt", doc_id="t", text=doc.text, body_end=len(doc.text),
                              published=published)
    return doc


def dates(nlp, text: str, published=PUBLISHED, meta: bool = True):
    doc = nlp.make_doc(text)
    if meta:
        with_document(doc, published)
    doc = nlp(doc)
    return [(s.text, s._.timex.value, s._.timex.precision, s._.timex.resolved_from)
            for s in doc.spans["crimecli_dates"]]


def test_month_and_year_is_month_precision(nlp):
    text = "In July 2010, Venezuela broke off diplomatic relations with Colombia."
    assert dates(nlp, text) == [("In July 2010", "2010-07", "month", "explicit")]


def test_never_invents_a_day(nlp):
    text = "Colombia’s Defense Minister traveled to Caracas in August 2010 to meet his counterpart."
    assert dates(nlp, text) == [("in August 2010", "2010-08", "month", "explicit")]


def test_day_month_completed_from_document_date(nlp):
    text = "The two presidents met on 4 October to discuss the border."
    assert dates(nlp, text) == [("on 4 October", "2022-10-04", "day", "document date")]


def test_partial_date_without_document_date_is_unresolved(nlp):
    text = "On July 12, Colombian troops raided a camp near the border."
    assert dates(nlp, text, published=None) == [("On July 12", None, "unresolved", "unresolved")]
    # doc._.document may be missing altogether in bare use
    assert dates(nlp, text, meta=False) == [("On July 12", None, "unresolved", "unresolved")]


def test_a_range_of_days_written_month_first_dates_from_its_first_day(nlp):
    # "March 3-9, 2025" as a digest's title writes it: the week's first day, and its year is the
    # narrative's for the notes below it
    text = "Regional security digest: March 3-9, 2025\n\nOn 4 March police in Guayaquil arrested eleven men."
    assert dates(nlp, text, published=None) == [
        ("March 3-9, 2025", "2025-03-03", "day", "explicit"), ("On 4 March", "2025-03-04", "day", "context")]
    # a dash with no year after it is no range: "On March 3 - 5 people died" counts people
    assert dates(nlp, "On March 3 - 5 people died in Cauca.", published=None)[0][0] == "On March 3"


def test_full_dates_in_common_formats(nlp):
    text = ("The crossing reopened on 26 September 2022. The report, dated September 25, 2023, "
            "cites a 2 AUG 2011 cable, a 2022-09-26 memo and a form signed 09/26/2022.")
    assert [d[1] for d in dates(nlp, text)] == [
        "2022-09-26", "2023-09-25", "2011-08-02", "2022-09-26", "2022-09-26"]


def test_ambiguous_numeric_date_keeps_only_the_year(nlp):
    assert dates(nlp, "The decree of 03/05/2020 was repealed.") == [("03/05/2020", "2020", "year", "explicit")]


def test_a_dotted_numeric_date_is_day_first(nlp):
    # how a day-first country writes a date (never a US spelling); decimals stay numbers
    text = "On 22.08.2024 the navy stopped a boat; rates were 3.5 and 12.25 percent; 31.02.2024 is no day."
    assert dates(nlp, text) == [("On 22.08.2024", "2024-08-22", "day", "explicit")]


def test_parts_of_years_are_seasons(nlp):
    text = "Early in 2019, Guaidó declared himself president; by mid-2019 and in late 2015 too."
    assert [d[1:] for d in dates(nlp, text)] == [
        ("2019", "season", "explicit"), ("2019", "season", "explicit"), ("2015", "season", "explicit")]


def test_parts_of_months_are_month_precision(nlp):
    text = "The talks resumed in early November and again in late August."
    assert [d[1:] for d in dates(nlp, text)] == [
        ("2022-11", "month", "document date"), ("2022-08", "month", "document date")]


def test_years_and_ranges(nlp):
    text = ("Uribe was president from 2002 to 2010. Between 2014 and 2020, imports fell; "
            "the 2014-2020 slump hit hard. Between March and August 2020 more than 95,000 returned.")
    found = dates(nlp, text)
    assert [d[1] for d in found] == ["2002", "2010", "2014", "2020", "2014", "2020", "2020-03", "2020-08"]
    assert found[-2] == ("Between March", "2020-03", "month", "explicit")


def test_relative_to_document_date(nlp):
    text = ("Last month the ministers met. Trade fell last year and will grow next year. "
            "Close to four years ago the border closed. In recent months, crossings rose.")
    assert [d[1:] for d in dates(nlp, text)] == [
        ("2022-11", "month", "document date"),
        ("2021", "year", "document date"),
        ("2023", "year", "document date"),
        ("2019", "year", "document date"),
        ("2022", "season", "document date"),
    ]


def test_weekdays_and_deictics(nlp):
    text = "On Tuesday the minister spoke; yesterday he left, and today he is in Bogotá."
    assert [d[1] for d in dates(nlp, text)] == ["2022-11-29", "2022-11-30", "2022-12-01"]


def test_future_sentence_prefers_the_coming_month(nlp):
    text = "The new ambassador will present his credentials in February."
    assert dates(nlp, text) == [("in February", "2023-02", "month", "document date")]


def test_context_dates_follow_the_preceding_date(nlp):
    text = ("In September 2007, Uribe authorised Chávez to mediate. Less than two months later, "
            "he withdrew the authorisation. The following year relations soured.")
    assert [d[1:] for d in dates(nlp, text)] == [
        ("2007-09", "month", "explicit"), ("2007", "year", "context"), ("2008", "year", "context")]


def test_no_false_dates(nlp):
    text = ("We may see more violence, as protesters march on the capital. He paid $90,000 for "
            "1,300 miles of road and 2000 troops.[1] Read more [23]. 20+ minutes. "
            "Resolution 2216 was adopted. Theresa May spoke.")
    assert dates(nlp, text) == []


def test_may_as_a_month(nlp):
    text = "Petro won the May elections and took office since May; in May 2020 a raid failed."
    assert [d[0] for d in dates(nlp, text)] == ["May", "since May", "in May 2020"]


def test_decades_and_centuries_take_timeml_values(nlp):
    found = dates(nlp, "The onset of the 21st century and the 1990s brought change; the '80s did not.")
    assert [d[1:] for d in found] == [("20", "century", "explicit"), ("199", "decade", "explicit"),
                                      ("198", "decade", "explicit")]


def test_parts_of_years_and_weeks_take_timeml_values(nlp):
    text = "Profits rose in the third quarter, last summer and this week, and fell over the weekend."
    assert [d[1:3] for d in dates(nlp, text)] == [
        ("2022-Q3", "season"), ("2022-SU", "season"), ("2022-W48", "week"), ("2022-W47-WE", "week")]


def test_present_is_the_document_date_and_present_ref(nlp):
    doc = nlp.make_doc("The army now patrols the border and currently holds 300 prisoners.")
    with_document(doc, PUBLISHED)
    doc = nlp(doc)
    assert [(s.text, s._.timex.value, s._.timex.precision, s._.timex.timeml)
            for s in doc.spans["crimecli_dates"]] == [
        ("now", "2022-12-01", "day", "PRESENT_REF"), ("currently", "2022-12-01", "day", "PRESENT_REF")]


def test_gold_event_dates_are_found(gold):
    """Every gold event date that is a temporal expression is found with its gold value."""
    from conftest import SEEDS

    missed = []
    total = 0
    for document in gold["documents"]:
        text = (SEEDS / document["file"]).read_text(encoding="utf-8")
        anchor = {"value": document["published"], "precision": "day"} if document["published"] else None
        found = find_timexes(text, anchor)
        for event in document["events"]:
            date_text = event["date_text"]
            at = text.find(date_text)
            if at < 0:
                continue
            total += 1
            near = text.find(event["evidence"][:60]) if event.get("evidence") else -1
            if near >= 0 and text.find(date_text, max(0, near - 400)) >= 0:
                at = text.find(date_text, max(0, near - 400))
            if not any(s < at + len(date_text) and e > at and tx["value"] == event["date"]
                       and tx["precision"] == event["precision"]
                       and tx["resolved_from"] == event["resolved_from"] for s, e, tx in found):
                missed.append(date_text)
    # The misses are event anaphora ("In protest", "After this effort failed"): no date words.
    assert total - len(missed) >= 106, missed


@pytest.mark.parametrize("text, expected", [
    ("2019", ("2019", "year")),
    ("March 2020", ("2020-03", "month")),
    ("2020-03", ("2020-03", "month")),
    ("2020-03-05", ("2020-03-05", "day")),
    ("5 March 2020", ("2020-03-05", "day")),
    ("last year", ("2023", "year")),
    ("next month", ("2024-07", "month")),
    ("3 months ago", ("2024-03", "month")),
    ("yesterday", ("2024-06-14", "day")),
    ("26/09/2022", ("2022-09-26", "day")),
    ("last week", ("2024-W23", "week")),
    ("2013-W12", ("2013-W12", "week")),
    ("summer 2012", ("2012-SU", "season")),
    ("2012-Q3", ("2012-Q3", "season")),
])
def test_parse_user_date(text, expected):
    value = parse_user_date(text, today=date(2024, 6, 15))
    assert (value.value, value.precision) == expected
    assert value.text == text


@pytest.mark.parametrize("text", ["", "soonish", "2020-13-01", "the day after never", "05/03/2020"])
def test_parse_user_date_errors(text):
    with pytest.raises(QueryError) as info:
        parse_user_date(text, today=date(2024, 6, 15))
    assert "date" in str(info.value)


def test_timex_json_shape(nlp):
    doc = nlp.make_doc("In 2002 the coup failed.")
    with_document(doc, None)
    doc = nlp(doc)
    (span,) = doc.spans["crimecli_dates"]
    assert span._.timex == TimexValue("2002", "year", "explicit")
    assert json.loads(json.dumps(timex_record(span).to_dict())) == {
        "text": "In 2002", "start": 0, "end": 7, "value": "2002", "precision": "year",
        "resolved_from": "explicit"}


def test_uses_source_text_from_user_data(nlp):
    doc = nlp.make_doc("Talks resumed in May 2021.")
    doc.user_data[TEXT_KEY] = "Talks resumed in May 2021."
    with_document(doc, None)
    doc = nlp(doc)
    assert [s.text for s in doc.spans["crimecli_dates"]] == ["in May 2021"]


def test_written_dates_read_the_months_of_every_language_pack():
    from crimecli.dates import parse_written_date, written_dates

    found = [(text[s:e], v.value, v.precision) for text in (
        "Bogotá, 3 de marzo de 2021 —", "Lima, 5 de setiembre de 2019", "Publicado em 7 de março de 2022",
        "Updated March 2, 2023", "Caracas, 1 Dec. 2022") for s, e, v in written_dates(text)]
    assert found == [("3 de marzo de 2021", "2021-03-03", "day"), ("5 de setiembre de 2019", "2019-09-05", "day"),
                     ("7 de março de 2022", "2022-03-07", "day"), ("March 2, 2023", "2023-03-02", "day"),
                     ("1 Dec. 2022", "2022-12-01", "day")]
    assert parse_written_date("on 03/04/2021") is None  # day-month or month-day: not guessed
    assert parse_written_date("Published 2031-01-05", latest_year=2030) is None
    assert parse_written_date("junio de 2020").value == "2020-06"


# ---------------------------------------------------------------------------------------------
# Narrative reference time: year-less and relative dates told after a date that states its year


def values(text: str, published: str | None, quiet=()) -> list[tuple[str, str | None, str]]:
    return [(text[s:e], tx["value"], tx["resolved_from"]) for s, e, tx in find_timexes(text, published, quiet)]


def test_a_year_less_date_takes_the_year_of_the_story_it_continues():
    text = ("Police in Guayaquil detained the suspect on 14 June 2018. On June 16, a judge in Quito "
            "ordered him held without bail.")
    assert values(text, "2021-10-05")[1] == ("On June 16", "2018-06-16", "context")


def test_the_story_crosses_into_the_next_year():
    text = "Marines seized the freighter on 28 December 2016. On January 2, prosecutors in Panama charged its crew."
    assert values(text, "2020-05-11")[1] == ("On January 2", "2017-01-02", "context")


def test_a_recent_date_is_the_document_year_whatever_the_story_told_before():
    text = ("The gang leader was indicted in May 2020. On September 30, he was extradited to Miami, "
            "where he pleaded not guilty.")
    assert values(text, "2023-10-04")[1] == ("On September 30", "2023-09-30", "document date")


def test_a_past_happening_is_never_after_its_report_nor_a_planned_one_before_it():
    past = "On Jan. 20, soldiers destroyed three cocaine laboratories in Putumayo."
    assert values(past, "2024-11-12") == [("On Jan. 20", "2024-01-20", "document date")]
    plan = "The foreign minister will visit Port-au-Prince on Jan. 20 to meet the transitional council."
    assert values(plan, "2024-11-12") == [("on Jan. 20", "2025-01-20", "document date")]
    scheduled = "The hearing is scheduled for March 4 in Tegucigalpa."
    assert values(scheduled, "2024-11-12") == [("March 4", "2025-03-04", "document date")]


def test_tense_words_that_mislead_are_not_taken_for_the_clause_tense():
    # "be paid" is no past; "preferred" before a noun is an adjective; "payable" ties the date to a term
    assert values("The bonus will be paid Dec. 14 to the guards.", "2021-10-26")[0][1] == "2021-12-14"
    assert values("The province said it will redeem its preferred bonds on Nov. 3.", "2021-10-26")[0][1] == "2021-11-03"
    assert values("The ministry declared a bonus, payable Dec. 15 to the guards.", "2021-10-26")[0][1] == "2021-12-15"
    # a limit is not placed in the past by the clause's past tense
    assert values("The curfew lasted until Feb. 2 in Esmeraldas.", "2022-01-10")[0][1] == "2022-02-02"


def test_a_story_told_on_moves_forward_into_the_next_year():
    text = ("The smuggler was captured on 3 March 2019 in La Ceiba. In October of that year, the court "
            "approved his extradition.\n\nOn Feb. 3, the government announced he had been handed over.")
    assert values(text, "2024-10-11")[-1] == ("On Feb. 3", "2020-02-03", "context")


def test_an_opening_date_takes_the_tense_of_its_own_verb():
    text = "On August 7, the ministry announced it would send two thousand troops to the border."
    assert values(text, "2025-11-02") == [("On August 7", "2025-08-07", "document date")]
    said = "The ministry will send troops to the border the week of December 8, officials said."
    assert values(said, "2025-11-02") == [("the week of December 8", "2025-W50", "document date")]


def test_relative_expressions_follow_the_narrative():
    text = ("Rebels kidnapped the engineer on 9 April 2015 near Tumaco. The day before, the army had withdrawn. "
            "That evening, his family received a call. Two days later, the rebels released a video. "
            "The following Monday, negotiators reached the camp. In October of that year, he was freed. "
            "At the time, the talks in Havana were stalled.")
    assert values(text, "2023-02-01") == [
        ("on 9 April 2015", "2015-04-09", "explicit"),
        ("The day before", "2015-04-08", "context"),
        ("That evening", "2015-04-08", "context"),
        ("Two days later", "2015-04-10", "context"),
        ("The following Monday", "2015-04-13", "context"),
        ("In October of that year", "2015-10", "context"),
        ("At the time", "2015-10", "context"),
    ]


def test_month_of_a_following_or_previous_year_and_the_following_month_name():
    text = ("The cartel's chief was captured in August 2009. He escaped in March of the following year "
            "and was recaptured the following November.")
    assert [v[1:] for v in values(text, "2020-01-01")] == [
        ("2009-08", "explicit"), ("2010-03", "context"), ("2010-11", "context")]


def test_the_months_that_followed_are_the_narrative_year():
    text = ("Troops crossed the border on 23 February 2019. In the months that followed, the guerrilla "
            "expanded south; within the following weeks, two towns fell.")
    assert [v[1:] for v in values(text, "2023-06-04")[1:]] == [("2019", "context"), ("2019-02", "context")]


def test_at_the_time_describing_a_role_is_no_date():
    text = ("In May 2019 the ambassador, at the time a close ally of the president, resigned. "
            "She was chair of the committee at the time.")
    assert [v[0] for v in values(text, "2022-03-03")] == ["In May 2019"]


def test_citations_and_footnotes_are_not_the_narrative():
    cited = "The mayor was shot (El Comercio, 4 June 2019). On June 6, the army took over the port."
    assert values(cited, "2022-09-01")[1] == ("On June 6", "2022-06-06", "document date")
    accessed = "Data on homicides, accessed 4 June 2019. On June 6, the army took over the port."
    assert values(accessed, "2022-09-01")[1] == ("On June 6", "2022-06-06", "document date")
    note = "[4] The mayor was shot on 4 June 2019.\n"
    body = "On June 6, the army took over the port."
    text = note + body
    assert values(text, "2022-09-01", quiet=[(0, len(note))])[1] == ("On June 6", "2022-06-06", "document date")
    assert values(text, "2022-09-01")[1] == ("On June 6", "2019-06-06", "context")


def test_the_narrative_reaches_a_few_paragraphs_only():
    story = "Prosecutors charged the governor on 2 March 2016."
    filler = "\n\nThe case drew attention across the region and beyond it."
    later = "\n\nOn March 9, the court froze his accounts."
    assert values(story + filler + later, "2021-11-20")[-1][1:] == ("2016-03-09", "context")
    assert values(story + filler * 3 + later, "2021-11-20")[-1][1:] == ("2021-03-09", "document date")


def test_weekdays_count_from_the_document_date():
    text = ("The Barrio 18 leader was flown to Houston on Friday. He will appear before a judge on Monday. "
            "Protesters planned to march on Saturday.")
    # 10 October 2024 is a Thursday
    assert values(text, "2024-10-10") == [
        ("on Friday", "2024-10-04", "document date"),
        ("on Monday", "2024-10-14", "document date"),
        ("on Saturday", "2024-10-12", "document date"),
    ]


def test_a_weekday_written_with_the_date_picks_the_year():
    # 25 April 2026 is a Saturday; a past clause alone would have said 2025
    text = "The editorial appeared on Saturday, April 25, in the capital's main daily."
    assert values(text, "2026-04-24")[0][1] == "2026-04-25"


def test_the_week_of_a_day_is_a_week():
    text = "The trial may resume the week of March 6, prosecutors said."
    assert values(text, "2023-02-20") == [("the week of March 6", "2023-W10", "document date")]


# ---------------------------------------------------------------------------------------------
# TimeML values: weeks, seasons, decades, centuries, the present


@pytest.mark.parametrize("text, published, expected", [
    ("Talks resumed this week in Lima.", "2013-03-20", ("2013-W12", "week")),
    ("The army patrolled over the weekend.", "2013-03-20", ("2013-W11-WE", "week")),
    ("Three weeks ago the port reopened.", "2013-03-20", ("2013-W09", "week")),
    ("Floods hit the coast last summer.", "2013-03-20", ("2012-SU", "season")),
    ("Floods hit the coast last summer.", "2022-12-01", ("2022-SU", "season")),
    ("Floods hit the coast last summer.", "2023-06-04", ("2022-SU", "season")),
    ("Floods hit the coast in early summer.", "2023-08-20", ("2023-SU", "season")),
    ("Exports fell in the fourth quarter.", "2013-03-20", ("2012-Q4", "season")),
    ("Homicides doubled in the 2010s.", "2013-03-20", ("201", "decade")),
    ("Cocaine flooded Miami in the '80s.", "2013-03-20", ("198", "decade")),
    ("The country changed in the twentieth century.", "2013-03-20", ("19", "century")),
    ("Talks resumed in the current year.", "2013-03-20", ("2013", "year")),
    ("Over the past year, extortion spread.", "2013-03-20", ("2013", "season")),
])
def test_timeml_values(text, published, expected):
    (found,) = find_timexes(text, published)
    assert (found[2]["value"], found[2]["precision"]) == expected


def test_date_bounds_precision_and_coarsening():
    from crimecli.dates import coarsen, date_bounds, precision_of

    assert date_bounds("2013-W12") == (date(2013, 3, 18), date(2013, 3, 24))
    assert date_bounds("2012-WI") == (date(2012, 12, 1), date(2013, 2, 28))
    assert date_bounds("201") == (date(2010, 1, 1), date(2019, 12, 31))
    assert date_bounds("2013-W54") is None and date_bounds("13") == (date(1300, 1, 1), date(1399, 12, 31))
    assert [precision_of(v) for v in ("2013-03-20", "2013-W12", "2013-03", "2012-SU", "2013", "201", "20")] == [
        "day", "week", "month", "season", "year", "decade", "century"]
    # a week belongs to the month of its Thursday; coarser values stay as they are
    assert coarsen("2024-W40", "month") == "2024-10" and coarsen("2024-W40", "year") == "2024"
    assert coarsen("2024-10-02", "month") == "2024-10" and coarsen("2012-SU", "month") == "2012-SU"


# ---------------------------------------------------------------------------------------------
# The component: one anchor per article, footnotes and captions quiet


def test_each_article_of_a_file_is_dated_by_its_own_date(nlp):
    from crimecli.reader import read_text

    first = ("Police arrest port official in Guayaquil\n\nMarch 3, 2021\n\n"
             "Police arrested a port official yesterday in Guayaquil after a long inquiry into shipments of "
             "cocaine hidden in banana containers bound for Antwerp and Rotterdam, prosecutors said in a statement.\n\n"
             "The official had worked at the port for a decade and was suspended on Monday pending the outcome "
             "of the investigation, the port authority said in a separate statement on its website.\n\n")
    second = ("Honduras extradites gang leader to the United States\n\nNovember 9, 2022\n\n"
              "Honduras extradited a gang leader yesterday to the United States, where he faces charges of "
              "drug trafficking and weapons possession filed in a federal court in New York years ago.\n\n"
              "The man was arrested in San Pedro Sula and had fought his extradition for months before the "
              "Supreme Court rejected his last appeal, officials in Tegucigalpa told reporters on Tuesday.\n")
    document = read_text(first + second)
    assert [a.published.value for a in document.articles] == ["2021-03-03", "2022-11-09"]
    doc = nlp.make_doc(document.text)
    doc._.document = document
    doc = nlp(doc)
    found = [(s.text, s._.timex.value) for s in doc.spans["crimecli_dates"] if s.text in ("yesterday", "on Monday", "on Tuesday")]
    assert found == [("yesterday", "2021-03-02"), ("on Monday", "2021-03-01"),
                     ("yesterday", "2022-11-08"), ("on Tuesday", "2022-11-08")]


def test_footnotes_and_captions_do_not_set_the_narrative(nlp):
    text = ("Soldiers guard the Rumichaca bridge on 4 June 2019. REUTERS/Jane Doe\n\n"
            "On June 6, the army took over the port of Esmeraldas.\n\n"
            "[1] The mayor of Tumaco was shot on 8 June 2019.\n\n"
            "On June 10, the navy blocked the estuary.")
    doc = nlp.make_doc(text)
    note = text.index("[1]")
    doc._.document = Document(file="t.txt", doc_id="t", text=text, body_end=len(text),
                              published=DateValue("2022-09-01", "day", "1 September 2022"),
                              footnotes=[(note, text.index("\n\nOn June 10"))])
    doc = nlp(doc)
    assert [(s.text, s._.timex.value) for s in doc.spans["crimecli_dates"]] == [
        ("on 4 June 2019", "2019-06-04"), ("On June 6", "2022-06-06"), ("on 8 June 2019", "2019-06-08"),
        ("On June 10", "2022-06-10")]


def _values(text: str, anchor: str) -> dict[str, str | None]:
    return {text[s:e]: tx["value"] for s, e, tx in find_timexes(text, anchor)}


def test_counted_days_start_from_where_the_narrative_has_moved() -> None:
    # the last day named (1 March 2015) is not in June 2018, which the story moved on to
    text = ("Guards were attacked on 1 March 2015. In June 2018, a riot broke out in the Bellavista "
            "jail. Two weeks later, the minister resigned.")
    assert _values(text, "2020-01-10")["Two weeks later"].startswith("2018-06")
    # a month that holds the day named keeps counting from the day
    text = "The raid took place on 3 May 2019. In May 2019, prosecutors said ... Two days later, he fled."
    assert _values(text, "2020-01-10")["Two days later"] == "2019-05-05"


NARRATIVE_MOVES = [
    # "In 2017, ..." opening its sentence moves the story back: "Three days later" is no longer
    # counted from the dateline's day, and only its year is known
    ("SAN SALVADOR, 9 May 2025 - Troops patrolled Soyapango on Monday.\n\n"
     "In 2017, the gang burned a bus in Mejicanos. Three days later, police detained its driver.",
     "2025-05-09", {"Three days later": "2017"}),
    # a month that opens its sentence after a dateline counts at that month's precision
    ("GUAYAQUIL, 2 March 2025 - In November 2023, inmates rioted in the Litoral jail. "
     "The following month, the army took control of it.", "2025-03-02", {"The following month": "2023-12"}),
    # a year in passing does not move the story ("the 2017 elections")
    ("Gunmen shot a councillor on 4 April 2024. He had run in the 2017 elections. "
     "Three days later, police detained a suspect.", "2024-05-01", {"Three days later": "2024-04-07"}),
    # a year-less date after a sentence set in a year takes that year ...
    ("Published 10 September 2024\n\nIn 2022, prosecutors in Tegucigalpa indicted the clique. "
     "On 14 February, a judge sent its leader to trial. In March, he was convicted.", "2024-09-10",
     {"On 14 February": "2022-02-14", "In March": "2022-03"}),
    # ... without such a sentence the report's own year still dates it
    ("Published 10 September 2024\n\nOn 14 February, a judge sent the clique's leader to trial.",
     "2024-09-10", {"On 14 February": "2024-02-14"}),
    # a year-less date right beside a year the text names takes that year
    ("MANAGUA, 2 May 2025 - Three years ago, on 19 April, students marched in León. "
     "Later that month, police detained 60 of them.", "2025-05-02",
     {"on 19 April": "2022-04-19", "Later that month": "2022-04"}),
    # a part of a year opening its sentence sets the scene like the year itself
    ("In late 2020, the clan moved into Barranquilla. On 2 March, its gunmen killed a trader.",
     "2023-11-01", {"On 2 March": "2020-03-02"}),
    # so does a year counted from the narrative ("The following year, ...")
    ("In 2018, the faction took over the mines of Nariño. The following year, it ambushed a navy "
     "patrol. On 9 October, marines killed its second in command.", "2022-02-01", {"On 9 October": "2019-10-09"}),
]


@pytest.mark.parametrize("text,published,expected", NARRATIVE_MOVES, ids=[row[0][:40] for row in NARRATIVE_MOVES])
def test_where_the_narrative_has_moved_dates_what_follows(text, published, expected):
    values = _values(text, published)
    assert {key: values[key] for key in expected} == expected


def test_a_date_quoted_in_spanish_or_portuguese_form_is_read() -> None:
    text = ("Fecha: 14 de agosto de 2023. The prosecutor said hitmen shot a trader el 2 de julio in "
            "Villa Nueva. In Brazil, police raided a warehouse em 9 de março de 2022.")
    assert _values(text, "2023-08-20") == {"14 de agosto de 2023": "2023-08-14", "2 de julio": "2023-07-02",
                                           "9 de março de 2022": "2022-03-09"}
    # "de" is what makes it a date: a number before a Spanish word is not
    assert _values("Police seized 12 mayo jars and 3 marzo crates.", "2023-08-20") == {}


def test_day_with_this_or_last_year_takes_the_document_year() -> None:
    text = ("The talks collapsed in November 2009. On 12 March this year, a bomb went off in Tumaco. "
            "The army sealed the area the same day. He was first detained on 2 June last year.")
    values = _values(text, "2021-05-03")
    assert values["On 12 March"] == "2021-03-12"
    assert values["the same day"] == "2021-03-12"
    assert values["on 2 June"] == "2020-06-02"


def test_a_look_back_in_passing_does_not_move_the_day_counted_from() -> None:
    text = ("The raid took place on Friday, 5 April 2024, after a judge ordered his arrest over the "
            "2016 earthquake funds. That night, the minister resigned.")
    assert _values(text, "2024-04-12")["That night"] == "2024-04-05"


def test_a_date_mentioned_in_passing_is_not_where_the_story_is():
    def values(text):
        return [(text[s:e], tx["value"]) for s, e, tx in find_timexes(text, "2024-01-30")]
    # "the movement founded in 1992" describes a noun: "that year" is the story's year
    text = ("On 15 March 2018, gunmen shot a councillor in Valparaíso. Police blamed a gang, a movement "
            "founded in 1992 in a Santiago prison. In May of that year, the gang split.")
    assert values(text)[-1] == ("In May of that year", "2018-05")
    # "The curfew imposed in November 2021 was lifted": the story is at the report's months
    text = ("A riot left 20 dead in a Tegucigalpa prison on 14 June 2023. The curfew imposed in November 2021 "
            "was lifted again. On 3 October, gunmen killed two taxi drivers.")
    assert values(text)[-1] == ("On 3 October", "2023-10-03")
    # a life told with its own auxiliary still anchors: "He was born in 1975. That year ..."
    assert values("He was born in 1975. That year, his father joined the militia.")[-1] == ("That year", "1975")


@pytest.mark.parametrize("text, published, expected", [
    # a span of time that reaches past year 1 or year 9999 names no calendar date (it crashed
    # crimecli_dates: "year -2 is out of range")
    ("The temple was built 2000 years ago.", "1998-01-01", (None, "unresolved", "PAST_REF")),
    ("Farming reached the valley 5000 years ago.", "2024-05-01", (None, "unresolved", "PAST_REF")),
    ("The mine opened in 1990. Its first tunnel was dug 3000 years earlier.", None,
     (None, "unresolved", None)),
    ("The vault was sealed in 2020, to be opened 8000 years later.", None, (None, "unresolved", None)),
    ("The gang will be tried next month.", "9999-12-20", (None, "unresolved", None)),
    ("The gang will be tried next week.", "9999-12-30", (None, "unresolved", None)),
    # within the calendar it still counts
    ("The temple was built 1500 years ago.", "1998-01-01", ("0498", "year", None)),
])
def test_spans_of_time_beyond_the_calendar(text, published, expected):
    found = find_timexes(text, published)[-1][2]
    assert (found["value"], found["precision"], found.get("timeml")) == expected


@pytest.mark.parametrize("text, value, resolved", [
    # a short month form with its part of the month, in wire and NGO styles
    ("Gunmen ambushed a patrol in Zacatecas in mid-Oct, officials said.", "2023-10", "document date"),
    ("The gang leader was detained in late Aug in Valparaíso.", "2023-08", "document date"),
    ("Troops took the town in early Sept. after weeks of fighting.", "2023-09", "document date"),
    # a part of the report's own day is that day
    ("This morning, masked men set fire to two buses in Port-au-Prince.", "2023-10-30", "document date"),
    ("Marines intercepted a semi-submersible off Nariño this afternoon.", "2023-10-30", "document date"),
    ("Overnight, police in Rosario arrested six suspects.", "2023-10-30", "document date"),
    ("Prison guards found a tunnel at the Pavoncito jail last night.", "2023-10-29", "document date"),
])
def test_month_parts_in_short_form_and_parts_of_the_report_day(text, value, resolved):
    [(_, _, tx)] = find_timexes(text, "2023-10-30")
    assert (tx["value"], tx["resolved_from"]) == (value, resolved)


@pytest.mark.parametrize("text", [
    "Markets fell on overnight losses in New York.",
    "an overnight raid by the navy",
    "The Dec report and the Mar figures",  # a lone short month form is not a date
])
def test_overnight_as_a_manner_and_lone_short_months_are_not_dates(text):
    assert find_timexes(text, "2023-10-30") == []


def test_next_day_and_the_day_of_the_operation_take_the_narrative_day():
    text = ("Federal police launched Operation Lince in Paraná on 14 February 2022. Twenty people were "
            "held on the day of the operation. A judge remanded them next day.")
    found = [tx["value"] for _, _, tx in find_timexes(text, "2022-03-01")]
    assert found == ["2022-02-14", "2022-02-14", "2022-02-15"]


def test_a_yearless_month_after_a_full_date_in_its_sentence_takes_that_year():
    # In a report of late 2023 the October nearest the report would be 2023's; the sentence
    # itself tells 2016.
    text = ("Colombian police arrested the broker in Medellín on 3 June 2016 and he was extradited "
            "to the United States in October.")
    values = [tx["value"] for _, _, tx in find_timexes(text, "2023-10-30")]
    assert values == ["2016-06-03", "2016-10"]
    # in a sentence of its own the report's reading still wins
    text = "Colombian police arrested the broker on 3 June 2016. In October, a court in Bogotá freed ten men."
    values = [tx["value"] for _, _, tx in find_timexes(text, "2023-10-30")]
    assert values == ["2016-06-03", "2023-10"]


LOOK_BACKS = [
    # a date in an "after" clause behind the main date is a look back: "The next day" is the
    # day after the capture, not after the charges
    ("Soldiers captured the commander on 11 May 2022, three weeks after prosecutors charged him on "
     "20 April. The next day, he was flown to the capital.", "2022-06-30",
     ("The next day", "2022-05-12", "context")),
    # a sentence in the past perfect tells an earlier time: "That week" is the story's week
    ("Gunmen abducted two engineers near Tumbes on 6 March 2023. In 2020, the same band had robbed a "
     "mine. That week, the police opened an inquiry.", "2023-04-01", ("That week", "2023-W10", "context")),
    # ... but "guards found that he had escaped" is told at its own date
    ("Riots spread through the prisons in July 2023. On 25 July, guards found that the leader had "
     "escaped. Two days later, soldiers took over the prison.", "2023-08-01",
     ("Two days later", "2023-07-27", "context")),
    # a past perfect in the sentence before the date's own is not the date's clause
    ("Gunmen wounded a judge in Durán on Friday. Pressure had been mounting for weeks. On 6 May, the "
     "interior minister said the 2023 reform had failed. The following day, he resigned.", "2024-05-10",
     ("The following day", "2024-05-07", "context")),
]


@pytest.mark.parametrize("text,published,last", LOOK_BACKS, ids=[row[0][:40] for row in LOOK_BACKS])
def test_the_sentence_after_a_look_back_counts_from_the_storys_moment(text, published, last):
    assert values(text, published)[-1] == last


def test_telegraphic_notes_drop_the_article_of_the_same_day():
    text = "ELN fighters attacked a base in Arauca on 2 Sept 2024. Same day, army killed two fighters."
    assert values(text, "2024-10-01")[-1] == ("Same day", "2024-09-02", "context")
    assert values("The courier promised same-day delivery.", "2024-10-01") == []


def test_trigger_scan_finds_what_the_full_trigger_pattern_finds(seed_files):
    """The quick scan for where a trigger can start must not miss one: on the seeds and on
    words of every trigger in any case, the triggers found are those of a plain finditer."""
    from crimecli.dates import _TRIGGER, _triggers

    tricky = ("In JANUARY, on Wednesdays and thUrsday; 3.4.2021 and '90s, the time that point, by then, "
              "back then, overnight, nowadays, the afternoon of the twentieth, Kelvin \u212aelvin, "
              "paſt years ago, €12 and 2,000 later, weekend currently afterwards, SPRING Fall "
              "Tuesday Sat. Sept. 9 Dec-2020 the eighteenth century quarter future term")
    texts = [tricky] + [path.read_text(encoding="utf-8") for path in seed_files]
    for text in texts:
        assert list(_triggers(text)) == [m.span() for m in _TRIGGER.finditer(text)]


def test_a_season_of_a_year_with_its_article():
    text = "In the summer of 2014, the militia took over the mines of Bolívar state."
    assert values(text, "2023-03-01") == [("In the summer of 2014", "2014-SU", "explicit")]


def test_a_month_opening_a_chronology_line_is_the_date_of_its_entry():
    text = ("Timeline of the crisis\n\n2018\nMay 3: Nicaraguan police fired on students in Managua.\n"
            "June: The bishops opened a dialogue with the government.\nJuly - Paramilitaries retook Masaya.\n")
    assert [v[:2] for v in values(text, None)][2:] == [("June", "2018-06"), ("July", "2018-07")]
    # a month opening a line of prose is still no date on its own ("June Carter", "May God")
    assert values("June Ramírez chaired the commission.", "2023-03-01") == []


def test_a_time_planned_for_later_than_the_report_does_not_move_the_story():
    text = ("Guerrilla and government negotiators on 9 Nov agreed to hold a second round of talks in the "
            "first half of 2025. The army the next day suspended its offensive in Catatumbo.")
    assert values(text, "2024-11")[-1] == ("the next day", "2024-11-10", "context")
    # a time that has passed does move it ("In June 2019, ... Two weeks later")
    told = "Police arrested him on 3 May 2017. In June 2019, he escaped. Two weeks later, he was recaptured."
    assert values(told, "2022-01-10")[-1] == ("Two weeks later", "2019-06", "context")


def test_a_date_after_its_verb_takes_that_verb_tense():
    # the participle before the date, not the main verb after it, tells its time
    text = "The border protocol signed by both navies in September must now be ratified by Congress."
    assert values(text, "2024-05-20")[0][1] == "2023-09"
    relative = "Police officers who were sent to Rosario in March will return to Buenos Aires."
    assert values(relative, "2024-02-20")[0][1] == "2023-03"
    # a saying verb before the date reports a clause whose own verb tells its time
    said = "The minister said elections in October would be postponed."
    assert values(said, "2024-02-20")[0][1] == "2024-10"


def read_dates(nlp, text: str, published: DateValue) -> list[tuple[str, str | None]]:
    """The dates the pipeline finds in ``text`` read as a file is, dated ``published``."""
    doc = nlp(make_doc(nlp, read_text(text, published=published)))
    return [(s.text, s._.timex.value) for s in doc.spans["crimecli_dates"]]


def test_a_wire_story_counts_its_days_from_its_dateline(nlp):
    # a page posted a week after the wire story: "on Sunday" and "yesterday" are the story's
    text = ("Army kills rebel commander in Colombia\n\n"
            "BOGOTA, Aug 9 (Agency) - Colombian troops killed a rebel commander in Guaviare on Sunday, "
            "the defence minister said. Yesterday, the army had bombed a camp in the area.\n")
    page = DateValue("2021-08-16", "day", "16 August 2021")
    assert read_dates(nlp, text, page) == [("Aug 9", "2021-08-09"), ("on Sunday", "2021-08-08"),
                                          ("Yesterday", "2021-08-08")]
    # a dateline of a day long before the page's date is no story's day of this page
    assert read_dates(nlp, text.replace("Aug 9", "Feb 9"), page)[1] == ("on Sunday", "2021-08-15")


def test_each_brief_of_a_digest_counts_its_days_from_its_own_dateline(nlp):
    # briefs in date order under one page date: "on Thursday" in the brief datelined Nov. 6 is
    # that Thursday, not the Thursday before the first brief's day
    text = ("Caribbean security briefs\n\n"
            "PORT-AU-PRINCE, Nov. 2 — Gunmen burned a police station in Mirebalais on Sunday, "
            "officials said.\n\n"
            "SANTO DOMINGO, Nov. 6 — Dominican soldiers detained 40 migrants near Dajabón on Thursday.\n\n"
            "• KINGSTON, Nov. 5 — Police shot dead two gang members in Spanish Town yesterday.\n")
    page = DateValue("2025-11-07", "day", "7 November 2025")
    document = read_text(text, published=page)
    assert [(offset, day.value) for offset, day in document.articles[0].datelines] == [
        (text.index("SANTO DOMINGO"), "2025-11-06"), (text.index("• KINGSTON"), "2025-11-05")]
    assert read_dates(nlp, text, page) == [
        ("Nov. 2", "2025-11-02"), ("on Sunday", "2025-11-02"),
        ("Nov. 6", "2025-11-06"), ("on Thursday", "2025-11-06"),
        ("Nov. 5", "2025-11-05"), ("yesterday", "2025-11-04")]
    # a long file read in sections: a section opening inside a brief is told from its dateline
    inner = document.section(text.index("Dominican soldiers"), len(text))
    assert inner.articles[0].story_date.value == "2025-11-06"
    assert [day.value for _, day in inner.articles[0].datelines] == ["2025-11-05"]


def test_a_dateline_shaped_phrase_inside_a_paragraph_moves_nothing(nlp):
    text = ("LIMA, Nov. 6 — Peruvian police seized cocaine on Wednesday. The ministry said the "
            "operation, which began in Callao, Nov. 3 — a Monday — had taken months.\n")
    document = read_text(text, published=DateValue("2025-11-07", "day", "7 November 2025"))
    assert document.articles[0].datelines == []


def test_the_story_date_is_decided_once_by_the_reader(nlp):
    # the reader sets each article's story date; the pipeline counts from it and reads no dateline
    text = ("Troops seize cocaine in Esmeraldas\n\n"
            "QUITO, March 3 (Agency) - Ecuadorian marines seized four tonnes of cocaine on Tuesday, "
            "the navy said.\n")
    document = read_text(text, published=DateValue("2023-03-06", "day", "6 March 2023"))
    assert document.published.value == "2023-03-06"  # the page's date stays the page's
    assert document.articles[0].story_date == DateValue("2023-03-03", "day", "March 3", "context")
    # the pipeline takes the story date as it is set: another date set there moves "on Tuesday"
    document.articles[0].story_date = DateValue("2023-04-20", "day", "20 April 2023")
    doc = nlp(make_doc(nlp, document))
    assert [(s.text, s._.timex.value) for s in doc.spans["crimecli_dates"]] == [
        ("March 3", "2023-03-03"), ("on Tuesday", "2023-04-18")]


def test_a_year_less_dateline_is_completed_one_way():
    # from a page's date: the latest such day on or at most a month before it
    found = (11, 4, "Nov 4")
    assert complete_dateline(found, DateValue("2022-11-12", "day", "")).value == "2022-11-04"
    assert complete_dateline(found, DateValue("2022-11", "month", "")).value == "2022-11-04"
    assert complete_dateline(found, DateValue("2023-01-02", "day", "")) is None  # two months back
    assert complete_dateline((12, 28, "Dec 28"), DateValue("2023-01-05", "day", "")).value == "2022-12-28"
    assert complete_dateline(found, DateValue("2023-03-01", "day", "")) is None  # four months back
    # from a copyright year: that year's day, whatever the month
    assert complete_dateline(found, DateValue("2021", "year", "2021")).value == "2021-11-04"
    assert complete_dateline((2, 29, "Feb 29"), DateValue("2023", "year", "2023")) is None
    assert complete_dateline(None, DateValue("2021", "year", "2021")) is None


def test_hours_or_minutes_later_is_the_same_day():
    text = ("Gunmen stormed the prison in Tuluá on the night of 28 June 2022. Hours later, guards regained "
            "control. Thirty minutes after that, the fire was out.")
    assert values(text, "2023-01-05")[1:] == [("Hours later", "2022-06-28", "context"),
                                              ("Thirty minutes after", "2022-06-28", "context")]
    # hours as a length of time is no date
    assert values("The talks lasted twelve hours in Havana.", "2023-01-05") == []


def test_the_date_of_a_trailing_attribution_is_not_the_story_s_moment():
    text = ("Soldiers destroyed a cocaine laboratory in Nariño on Saturday, the army said in a statement "
            "on Monday. The next day, the guerrillas burned a truck.")
    assert values(text, "2025-02-12")[-1] == ("The next day", "2025-02-09", "context")
    # a date of the story's own sentence still moves it
    told = "Soldiers destroyed a laboratory on Saturday. On Monday, they raided a farm. The next day, they left."
    assert values(told, "2025-02-12")[-1] == ("The next day", "2025-02-11", "context")


def test_a_weekday_in_a_story_told_years_later_follows_the_story_s_day():
    text = ("Federal police raided a warehouse in Ciudad del Este on 9 August 2018. On Friday, prosecutors "
            "froze the accounts of its owner.")
    assert values(text, "2022-04-20")[-1] == ("On Friday", "2018-08-10", "context")
    # what was said on the story's day happened before it
    said = "On 9 August 2018, prosecutors said its owner had been detained on Sunday in Encarnación."
    assert values(said, "2022-04-20")[-1] == ("on Sunday", "2018-08-05", "context")
    # news of the day counts its weekdays from the document date, after a look back too
    news = ("Prosecutors froze the accounts of a businessman on Tuesday. Federal police had raided his "
            "warehouse on 9 August 2018. On Friday, his lawyers appealed.")
    assert [v[1] for v in values(news, "2022-04-20")] == ["2022-04-19", "2018-08-09", "2022-04-15"]


def test_the_day_before_or_after_a_happening_the_text_dated():
    text = ("Gunmen ambushed a patrol near Tumaco on 14 December 2021, killing two marines. The night "
            "before the ambush, residents had reported armed men. On the day after the ambush, the navy "
            "sent reinforcements.")
    assert values(text, "2022-01-08")[1:] == [("The night before the ambush", "2021-12-13", "context"),
                                              ("On the day after the ambush", "2021-12-15", "context")]


def test_irregular_past_forms_put_a_year_less_date_in_the_past():
    for verb in ("stole", "hid", "sank", "dug", "lit", "fled", "overran"):
        text = f"On Feb. 3, the gang {verb} the boats near Puerto Cortés."
        assert values(text, "2024-01-20")[0][1] == "2023-02-03", verb


def test_a_trailing_attribution_with_its_own_day_does_not_set_the_clause_tense():
    text = "Mercosur has agreed to open talks with Bolivia in early June, a Brazilian diplomat said on Tuesday."
    assert values(text, "2025-03-12")[0][1] == "2025-06"
    said = "Soldiers destroyed two airstrips in Beni in June, the ministry said in a statement."
    assert values(said, "2025-03-12")[0][1] == "2024-06"


@pytest.mark.parametrize("text", [
    # a section heading between: another part of the story
    "History\n\nSoldiers first captured him in May 2009 near Yurimaguas.\n\nThe latest arrest\n\n"
    "On August 2, police detained him in Iquitos.",
    # a thing's origin, a relative clause set off by commas: background
    "The faction was formed in May 2009 near Yurimaguas. On August 2, police detained its chief in Iquitos.",
    "The faction, created in May 2009, trafficks timber. On August 2, police detained its chief in Iquitos.",
    "Its chief, who took command in May 2009, was detained on August 2 in Iquitos.",
])
def test_background_and_other_sections_are_no_narrative_reference(text):
    assert values(text, "2024-10-01")[-1][1] == "2024-08-02"


def test_the_story_continues_across_a_plain_paragraph_break():
    text = "Soldiers first captured him in May 2009 near Yurimaguas.\n\nOn June 2, a judge released him."
    assert values(text, "2024-10-01")[-1][1] == "2009-06-02"


def test_a_weekday_after_the_story_came_to_the_present_is_the_document_s():
    text = ("Federal police raided a warehouse in Ciudad del Este on 9 August 2018. Last year, the owner "
            "fled to Bolivia. On Friday, prosecutors asked for his extradition.")
    assert values(text, "2022-04-20")[-1] == ("On Friday", "2022-04-15", "document date")


def test_a_year_less_month_after_the_story_came_to_the_present_is_the_document_s():
    text = ("Soldiers captured the commander on 2 June 2016 in Yurimaguas. Two years ago, he escaped. "
            "In March, police found him in Leticia.")
    assert values(text, "2023-01-20")[-1] == ("In March", "2022-03", "document date")


def test_a_date_opening_its_sentence_takes_no_tense_from_the_sentence_before():
    text = ("Prosecutors will review dozens of cases of extortion in the port city. In January, a week "
            "after the new law took effect, gunmen in Cuenca shot a judge.")
    assert values(text, "2023-10-10") == [("In January", "2023-01", "document date")]


def test_a_span_of_days_in_one_month_is_dated_by_its_first_day():
    assert values("Ministers met on 9 and 10 October in Asunción.", "2024-11-02") == [
        ("on 9 and 10 October", "2024-10-09", "document date")]
    assert values("The census ran from 9-14 October 2023.", "2024-11-02") == [
        ("from 9-14 October 2023", "2023-10-09", "explicit")]


def test_an_ordinal_day_alone_is_a_day_of_the_story_s_month():
    text = "Troops detained the pilot on 27 September. He was handed to prosecutors on the 2nd, after a hearing."
    assert values(text, "2024-11-02")[-1] == ("on the 2nd", "2024-10-02", "context")
    monthly = "In June, floods cut the highway to Piura. On the 12th, the army reopened it."
    assert values(monthly, "2024-11-02")[-1] == ("On the 12th", "2024-06-12", "context")
    # an ordinal of a unit, a floor or a century is no day
    assert [v[0] for v in values("The 5th Division and the 12th Brigade held the 3rd floor.", "2024-11-02")] == []


@pytest.mark.parametrize("text", [
    "Sales of the cement maker grew in the 3rd and 4th quarters.",  # ordinals of quarters
    "The Bolivian cyclist finished in the 2nd in the stage to Oruro.",  # a place in a race
    "The court sat at the 4th and final session.",
    "Voters in the 7th and 8th districts of Tegucigalpa went to the polls on 5 March.",
])
def test_an_ordinal_is_a_day_only_after_on_and_never_before_and_another(text):
    assert [found for found in values(text, "2024-10-10") if re.search(r"\d(?:st|nd|rd|th)\b", found[0])] == []
    # the same ordinal after "on", alone, is a day of the story's month
    assert values("Police searched the house on 27 September and charged him on the 3rd.", "2024-10-10")[-1] \
        == ("on the 3rd", "2024-10-03", "context")


def test_a_day_right_after_the_story_s_day_is_the_story_s_even_near_publication():
    # published on 20 March 2022: "On March 5" is two days after the story's day, not this March
    text = "Federal agents arrested the broker on 3 March 2016 in Culiacán. On March 5, a judge froze his accounts."
    assert values(text, "2022-03-20")[-1] == ("On March 5", "2016-03-05", "context")
    # news of a few days ago stays this year's when the story's day is far from it
    news = "He was first arrested on 3 January 2016. On March 5, a judge froze his accounts."
    assert values(news, "2022-03-20")[-1] == ("On March 5", "2022-03-05", "document date")


def test_irregular_past_forms_are_one_list_read_by_dates_and_events():
    from crimecli.lexicons import date_cues
    from crimecli.pipeline import events

    cues = date_cues("en")
    assert events.IRREGULAR_PAST == cues.irregular_past  # no list of its own in events.py
    assert cues.irregular_past <= cues.past  # the date grammar's past cues include every one
    assert {"beat", "fled", "retook", "saw"} <= cues.irregular_past
    assert not {"was", "had"} & cues.irregular_past  # auxiliaries are no irregular verb forms


def test_attribution_and_background_words_come_from_the_lexicon():
    # an attribution's tail read from dates.json ("told reporters on Monday") tells when it was
    # said: the next sentence's "the next day" counts from the story's day, not from Monday
    text = ("Gunmen attacked a police post in Tumaco on 3 June 2024, the army told reporters on Monday. "
            "The next day, troops arrived.")
    assert values(text, "2024-06-12")[-1] == ("The next day", "2024-06-04", "context")
    # told to anyone else, Monday is the story's moment and the next day follows it
    crowd = text.replace("told reporters", "told a crowd")
    assert values(crowd, "2024-06-12")[-1] == ("The next day", "2024-05-28", "context")


def test_the_act_a_plan_sets_is_as_future_as_the_plan(nlp):
    # "is set to open in February" in a story told in an earlier year: the coming February
    text = ("The mayor was arrested on 3 March 2021 and charged in May of that year; "
            "his trial is due to start in February.")
    found = dates(nlp, text)
    assert found[-1][:2] == ("in February", "2023-02")
    # near miss: a plain infinitive leaves a told year-less month in the story's year
    told = "The mayor was arrested on 3 March 2021. In May, prosecutors asked a judge to charge him."
    assert dates(nlp, told)[-1][:2] == ("In May", "2021-05")


DEMONSTRATIVES = [
    # "that month" points at the month the text named last, even inside an "after" clause
    ("Gunmen killed four workers in Rosario on 9 March 2024. The killings answered the crackdown the "
     "governor had launched in the prisons after taking office in December 2023. "
     "Photographs of the inmates, released by his government that month, went round the world.",
     "2025-03-18", ("that month", "2023-12", "context")),
    # "In October of that year": the year the look back named
    ("Soldiers retook the prison on 6 May 2021, a year after the gang seized it in March 2019. "
     "In October of that year, the gang's leader escaped.", "2022-01-10",
     ("In October of that year", "2019-10", "context")),
]


@pytest.mark.parametrize("text,published,last", DEMONSTRATIVES, ids=[row[0][:40] for row in DEMONSTRATIVES])
def test_a_demonstrative_points_at_the_time_named_last(text, published, last):
    assert values(text, published)[-1] == last


def test_a_demonstrative_week_after_a_year_in_a_look_back_is_the_storys():
    # near miss: a year named in a look back has no one week to point at
    text = ("Gunmen abducted two engineers near Tumbes on 6 March 2023. In 2020, the same band had robbed a "
            "mine. That week, the police opened an inquiry.")
    assert values(text, "2023-04-01")[-1] == ("That week", "2023-W10", "context")


def test_a_chronologys_year_headings_date_the_entries_below_them():
    text = ("Chronology of the case\n\n2010\n\nJanuary 12 - Federal Police arrest the cell's chief in La Paz.\n\n"
            "February 8 - His logistics man is arrested at the San Ysidro port of entry.\n\n"
            "## 2011:\nOn May 9 he was flown to Caracas. In November, a judge freed him.\n")
    # published six days after a 8 February: the document's reading would be near, the heading's year wins
    assert [v[1:] for v in values(text, "2013-02-14")] == [
        ("2010", "explicit"), ("2010-01-12", "context"), ("2010-02-08", "context"),
        ("2011", "explicit"), ("2011-05-09", "context"), ("2011-11", "context")]
    # a year in a sentence is no heading: the entry after it is the document's year
    prose = "The cell was set up in 2010.\n\nFebruary 8 - His logistics man is arrested at the port of entry.\n"
    assert values(prose, "2013-02-14")[-1][1:] == ("2013-02-08", "document date")


def test_a_story_told_in_its_own_year_does_not_leap_to_the_document_year():
    story = ("His lieutenant was arrested on 30 August 2010 near Mexico City.\n\n"
             "2013 was the year the villages answered. On January 5, armed residents set up checkpoints.\n\n"
             "The movement split over the offer. On August 21, soldiers arrested its coordinator.\n")
    assert [v[1:] for v in values(story, "2016-10-18")][1:] == [
        ("2013", "explicit"), ("2013-01-05", "context"), ("2013-08-21", "context")]
    # one date in passing is no story told in its year: a new paragraph's "In August" is this year's
    passing = ("Guatemala's prisons have a long history of gang control. On Sept. 25, 2006, police retook "
               "the Pavón prison from inmates.\n\nIn August, 20 gang members escaped from Fraijanes II.\n")
    assert values(passing, "2025-10-02")[-1][1:] == ("2025-08", "document date")


def test_that_month_in_a_past_clause_is_never_after_the_report():
    text = ("Six migrants were taken from a bus on June 18, 2022, and two officers died in an ambush last "
            "February. The remains of two migrants were found in a grave that October.")
    assert values(text, "2023-08-15")[-1] == ("that October", "2022-10", "context")
    # a clause about the future keeps the month ahead
    ahead = "Police arrested him in February 2023. He will be tried that October."
    assert values(ahead, "2023-08-15")[-1] == ("that October", "2023-10", "context")


def test_a_short_sentence_that_brings_a_year_moves_the_story_there():
    text = ("Police arrested him on 30 August 2013.\n\nThen came 2014. On the night of September 26, "
            "municipal police attacked buses. On October 23, the governor requested leave.\n")
    # published three weeks after a 26 September, the paragraph's year still wins
    assert [v[1:] for v in values(text, "2016-10-18")][2:] == [("2014-09-26", "context"), ("2014-10-23", "context")]
    # a year closing an ordinary sentence moves nothing
    passing = "His father was a trustee until 1974. The office will be effective Feb. 1."
    assert values(passing, "1989-10-26")[-1][1:] == ("1990-02-01", "document date")


def test_a_story_told_in_its_own_year_keeps_its_days_near_the_report_date():
    story = ("Then came 2014. On September 26, police attacked buses in Iguala. On October 23, the governor "
             "requested leave. The alleged leader was detained on October 16.\n")
    # two days before the report's own date, the story's day still wins
    assert values(story, "2016-10-18")[-1] == ("on October 16", "2014-10-16", "context")
    # a story dated once in passing is no story told in its year: the report's week wins
    news = "Police first arrested him on 20 October 2014. A judge sentenced him on October 16.\n"
    assert values(news, "2016-10-18")[-1] == ("on October 16", "2016-10-16", "document date")


def test_a_day_of_that_year_takes_the_year_named_last():
    text = ("I arrived in January 2006.\n\nThat changed in 2008. On 7 May of that year, gunmen kidnapped 23 "
            "people, and on 3 March of the following year police arrested their chief.\n")
    assert values(text, "2013-03-18")[2:] == [("On 7 May of that year", "2008-05-07", "context"),
                                               ("on 3 March of the following year", "2009-03-03", "context")]


def test_a_sentence_ending_in_a_year_dates_the_year_less_day_that_opens_the_next():
    text = "The last time I saw his name in print was in 2012. On 3 February, marines killed him.\n"
    assert values(text, "2013-03-18")[-1] == ("On 3 February", "2012-02-03", "context")
    # a year that frames a state of affairs ("since 1980") moves no story
    since = "Its profits have doubled annually since 1980. In September, it announced a purchase.\n"
    assert values(since, "1989-10-30")[-1] == ("In September", "1989-09", "document date")
