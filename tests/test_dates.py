"""crimecli_dates on real sentences: what is a date, what it means, and what is not a date."""

from __future__ import annotations

import json
from datetime import date

import pytest

from crimecli.dates import find_timexes, parse_user_date
from crimecli.errors import QueryError
from crimecli.models import DateValue, Document
from crimecli.extract import timex_record
from crimecli.nlp import build_pipeline
from crimecli.pipeline import TEXT_KEY, TimexValue

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


def test_full_dates_in_common_formats(nlp):
    text = ("The crossing reopened on 26 September 2022. The report, dated September 25, 2023, "
            "cites a 2 AUG 2011 cable, a 2022-09-26 memo and a form signed 09/26/2022.")
    assert [d[1] for d in dates(nlp, text)] == [
        "2022-09-26", "2023-09-25", "2011-08-02", "2022-09-26", "2022-09-26"]


def test_ambiguous_numeric_date_keeps_only_the_year(nlp):
    assert dates(nlp, "The decree of 03/05/2020 was repealed.") == [("03/05/2020", "2020", "year", "explicit")]


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


def test_decades_and_centuries_are_found_unresolved(nlp):
    found = dates(nlp, "The onset of the 21st century and the 1990s brought change.")
    assert [d[1:] for d in found] == [(None, "unresolved", "unresolved")] * 2


def test_spans_carry_timeml_values(nlp):
    doc = nlp.make_doc("Profits rose in the third quarter and this week.")
    with_document(doc, PUBLISHED)
    doc = nlp(doc)
    assert [s._.timex.timeml for s in doc.spans["crimecli_dates"]] == ["2022-Q3", "2022-W48"]


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
