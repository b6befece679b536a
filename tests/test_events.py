"""crimecli_events on blank English, with dates and entities set by hand (as the earlier
components would leave them), so each rule can be checked by eye."""

import pytest
import spacy
from spacy.tokens import Span

from crimecli.nlp import register_extensions
from crimecli.pipeline import events as events_module  # noqa: F401  (registers the factory)
from crimecli.pipeline import sentences  # noqa: F401


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("crimecli_sentences")
    nlp.add_pipe("crimecli_events")
    return nlp


def run(nlp, text, dates=(), ents=(), entities=(), footnotes=()):
    """dates: (text, value, precision, resolved_from); ents: (text, label, country)."""
    doc = nlp.make_doc(text)
    doc._.meta = {"file": "t.txt", "published": None, "footnotes": list(footnotes)}
    spans = []
    for date_text, value, precision, resolved in dates:
        start = text.index(date_text)
        span = doc.char_span(start, start + len(date_text), alignment_mode="expand")
        span._.timex = {"value": value, "precision": precision, "resolved_from": resolved}
        spans.append(span)
    doc.spans["crimecli_dates"] = spans
    ent_spans = []
    for ent_text, label, country in ents:
        start = text.index(ent_text)
        span = doc.char_span(start, start + len(ent_text), label=label, alignment_mode="expand")
        span._.country = country
        ent_spans.append(span)
    doc.ents = ent_spans
    doc._.entities = list(entities)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.events


def test_a_dated_rupture_is_one_conflict_event_between_two_countries(nlp):
    text = "In July 2010, Venezuela broke off diplomatic relations with Colombia."
    [event] = run(nlp, text, dates=[("In July 2010", "2010-07", "month", "explicit")])
    assert event["kind"] == "sever diplomatic relations"
    assert event["cameo"] == "16" and event["polarity"] == "conflict" and event["goldstein"] < 0
    assert event["date"] == {"value": "2010-07", "precision": "month", "text": "In July 2010",
                             "resolved_from": "explicit"}
    assert set(event["countries"]) == {"Venezuela", "Colombia"}
    assert event["sentence"] == text and (event["start"], event["end"]) == (0, len(text))
    assert event["in_footnote"] is False


def test_leaders_capitals_and_demonyms_bring_their_countries(nlp):
    text = "In August 2018, Maduro accused Bogotá of sponsoring an assassination attempt."
    [event] = run(nlp, text, dates=[("In August 2018", "2018-08", "month", "explicit")],
                  ents=[("Maduro", "PERSON", "Venezuela"), ("Bogotá", "PLACE", None)])
    assert event["kind"] == "accusation"
    assert set(event["countries"]) == {"Venezuela", "Colombia"}
    assert "Maduro" in event["actors"]
    text = "Earlier this month, Venezuelan authorities arrested a man and phoned Colombian authorities."
    [event] = run(nlp, text, dates=[("Earlier this month", None, "unresolved", "unresolved")])
    assert event["kind"] == "arrest" and event["date"]["value"] is None
    assert set(event["countries"]) == {"Venezuela", "Colombia"}
    assert event["polarity"] == "cooperation"  # law enforcement across two countries


def test_two_dates_in_one_sentence_give_two_events_each_with_its_own_clause(nlp):
    text = ("Ever Villafañe, who had escaped from prison in his native Colombia in 2001, "
            "was arrested in Mexico in 2008.")
    found = run(nlp, text, dates=[("in 2001", "2001", "year", "explicit"), ("in 2008", "2008", "year", "explicit")],
                ents=[("Ever Villafañe", "PERSON", None)])
    assert [(e["date"]["value"], e["kind"], e["countries"]) for e in found] == [
        ("2001", "escape", ["Colombia"]), ("2008", "arrest", ["Mexico"])]


def test_coordinated_happenings_with_one_date_give_two_events(nlp):
    text = ("In protest, Chávez withdrew Venezuelan diplomatic personnel from Colombia and deployed the army "
            "along the border in March 2008.")
    found = run(nlp, text, dates=[("in March 2008", "2008-03", "month", "explicit")])
    assert {e["kind"] for e in found} == {"expel diplomats", "military deployment"}


def test_anaphoric_opener_borrows_the_previous_date(nlp):
    text = ("Days later, on 26 November, the two sides signed an agreement in Mexico City. "
            "In response, the U.S. government authorised Chevron to expand its oil production in Venezuela.")
    found = run(nlp, text, dates=[("on 26 November", "2022-11-26", "day", "document date")])
    last = found[-1]
    assert last["kind"] == "sanctions relief" and last["polarity"] == "cooperation"
    assert last["date"] == {"value": "2022-11", "precision": "month", "text": "In response", "resolved_from": "context"}
    assert set(last["countries"]) >= {"United States", "Venezuela"}


def test_a_shift_in_time_keeps_only_the_year(nlp):
    text = ("In September 2007, Uribe appointed Chávez as mediator. "
            "Soon afterward, Uribe terminated the mediation effort.")
    found = run(nlp, text, dates=[("In September 2007", "2007-09", "month", "explicit")])
    assert found[-1]["date"]["value"] == "2007" and found[-1]["date"]["resolved_from"] == "context"


def test_citation_dates_are_not_events_but_narrating_footnotes_are(nlp):
    note = ("[5] In July 2010, Venezuela broke off diplomatic relations with Colombia. "
            "“Venezuela’s Maduro cuts ties with Colombia amid border conflict”, NBC News, 24 February 2019.")
    found = run(nlp, note, dates=[("In July 2010", "2010-07", "month", "explicit"),
                                  ("24 February 2019", "2019-02-24", "day", "explicit")],
                footnotes=[(0, len(note))])
    assert [e["date"]["value"] for e in found] == ["2010-07"]
    assert found[0]["in_footnote"] is True


def test_sentences_without_a_happening_or_a_date_give_nothing(nlp):
    text = ("Official data shows that in 2021 trade between both countries stood at $393.7 million. "
            "Venezuela broke off diplomatic relations with Colombia.")
    assert run(nlp, text, dates=[("in 2021", "2021", "year", "explicit")]) == []
