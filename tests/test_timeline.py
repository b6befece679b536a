"""crimecli.timeline on hand-made Events: merging, sorting, filters, yearly summary, trimming."""

from crimecli.models import DateValue, Event
from crimecli.timeline import build_timeline, trim_sentence, yearly_summary


def ev(value, kind="sever diplomatic relations", countries=("Venezuela", "Colombia"), polarity="conflict",
       sentence="Venezuela broke off diplomatic relations with Colombia.", file="a.txt", start=0,
       in_footnote=False, precision=None, resolved_from="explicit"):
    precision = precision or {None: "unresolved", 4: "year", 7: "month", 10: "day"}[len(value) if value else None]
    return Event(date=DateValue(value, precision, value or "recently", resolved_from if value else "unresolved"),
                 kind=kind, cameo="16", polarity=polarity, goldstein=-7.0, countries=list(countries),
                 actors=list(countries), sentence=sentence, start=start, end=start + len(sentence),
                 in_footnote=in_footnote, file=file)


RUPTURE_LONG = ("Venezuelan President Nicolás Maduro broke off diplomatic relations with Colombia early in 2019, "
                "after repeatedly closing the border.")
RUPTURE_SHORT = "Maduro cut ties with Colombia in February 2019."


def test_reports_of_the_same_happening_merge_into_one_row_with_every_mention():
    rows = build_timeline([
        ev("2019-02", sentence=RUPTURE_LONG, file="report.txt", start=100),
        ev("2019-02", sentence=RUPTURE_SHORT, file="news.txt", start=50),
        ev("2019-02", sentence=RUPTURE_SHORT, file="footnoted.txt", start=10, in_footnote=True,
           countries=("Colombia", "Venezuela")),
    ])
    assert len(rows) == 1
    row = rows[0].to_dict()
    assert row["sentence"] == RUPTURE_SHORT  # shortest complete sentence outside a footnote
    assert row["file"] == "news.txt"
    assert [m["file"] for m in row["mentions"]] == ["footnoted.txt", "news.txt", "report.txt"]
    assert set(row["mentions"][0]) == {"file", "sentence", "start", "end"}
    assert row["kind"] == "sever diplomatic relations" and row["date"]["value"] == "2019-02"


def test_different_dates_kinds_or_countries_stay_apart():
    rows = build_timeline([
        ev("2019-02"), ev("2019"), ev("2019-02", kind="accusation"),
        ev("2019-02", countries=("Venezuela", "Colombia", "United States")),
    ])
    assert len(rows) == 4


def test_rows_are_sorted_by_date_and_undated_come_last_only_when_asked():
    events = [ev("2022-11-26"), ev(None, sentence="Colombia recently broke off relations."), ev("1987-08"),
              ev("2019"), ev("2019-02-23")]
    assert [r.event.date.value for r in build_timeline(events)] == ["1987-08", "2019", "2019-02-23", "2022-11-26"]
    with_undated = build_timeline(events, undated=True)
    assert [r.event.date.value for r in with_undated][-1] is None
    assert len(with_undated) == 5


def test_two_countries_keep_events_involving_both_one_country_those_involving_it():
    events = [ev("2019", countries=("Venezuela", "Colombia")), ev("2008", countries=("Bolivia", "United States")),
              ev("2008-03", countries=("Colombia", "Ecuador"))]
    assert [r.event.date.value for r in build_timeline(events, ["Colombia", "Venezuela"])] == ["2019"]
    assert [r.event.date.value for r in build_timeline(events, ["Colombia"])] == ["2008-03", "2019"]
    assert build_timeline(events, ["Peru"]) == []


def test_since_and_until_compare_at_the_coarser_precision():
    events = [ev("2018-08"), ev("2019"), ev("2019-02"), ev("2022-11-26")]
    assert [r.event.date.value for r in build_timeline(events, since="2019-06")] == ["2019", "2022-11-26"]
    assert [r.event.date.value for r in build_timeline(events, until=DateValue("2019", "year", "2019"))] == [
        "2018-08", "2019", "2019-02"]
    assert [r.event.date.value for r in build_timeline(events, since="2019", until="2019-12-31")] == ["2019", "2019-02"]


def test_polarity_kind_and_footnote_filters():
    events = [ev("2019", polarity="conflict"), ev("2022-08", kind="restore relations", polarity="cooperation"),
              ev("2010-07", in_footnote=True)]
    assert [r.event.kind for r in build_timeline(events, polarity="cooperation")] == ["restore relations"]
    assert [r.event.date.value for r in build_timeline(events, kinds=["sever diplomatic relations"])] == ["2010-07", "2019"]
    assert [r.event.date.value for r in build_timeline(events, footnotes=False)] == ["2019", "2022-08"]


def test_yearly_summary_counts_rows_per_year_and_polarity():
    rows = build_timeline([ev("2019-02"), ev("2019", kind="accusation"),
                           ev("2022-08", kind="restore relations", polarity="cooperation"),
                           ev("2022-11-26", kind="peace talks", polarity="cooperation"),
                           ev("2022-06", kind="election", polarity="neutral"), ev(None)], undated=True)
    assert yearly_summary(rows) == [
        {"year": "2019", "cooperation": 0, "conflict": 2, "neutral": 0},
        {"year": "2022", "cooperation": 2, "conflict": 0, "neutral": 1},
    ]


def test_trim_sentence_keeps_the_date_in_view():
    sentence = ("Despite lessening during former Colombian President Juan Manuel Santos’ first term, friction "
                "between the two countries rose from 2015 onward, peaking in late February 2019, when Chavez’s "
                "successor President Nicolás Maduro cut all diplomatic and consular relations with Colombia.")
    short = trim_sentence(sentence, "late February 2019", 80)
    assert "late February 2019" in short
    assert len(short) <= 80
    assert short.startswith("…") and short.endswith("…")
    assert trim_sentence("Maduro cut ties in 2019.", "2019", 80) == "Maduro cut ties in 2019."
    assert trim_sentence(sentence, None, 40).startswith("Despite lessening")


def test_weeks_seasons_quarters_and_decades_sort_and_filter_by_the_days_they_cover():
    events = [ev("2013-03-20"), ev("2013-W12", precision="week"), ev("2012-SU", precision="season"),
              ev("2012-Q4", precision="season"), ev("201", precision="decade"), ev("2013-03"),
              ev("20", precision="century")]
    # a week (18-24 March 2013) after the month it falls in, before its own days; the 2010s
    # after the 21st century (both start in a year ending in 0) and before summer 2012
    assert [r.event.date.value for r in build_timeline(events)] == [
        "20", "201", "2012-SU", "2012-Q4", "2013-03", "2013-W12", "2013-03-20"]
    # a date up to a year is kept when it overlaps the window; a decade or a century only when
    # the window holds all of it
    assert [r.event.date.value for r in build_timeline(events, since="2013-03-19", until="2013-03-31")] == [
        "2013-03", "2013-W12", "2013-03-20"]
    assert [r.event.date.value for r in build_timeline(events, since="2012-07", until="2012-09")] == ["2012-SU"]
    assert [r.event.date.value for r in build_timeline(events, until="2009")] == []
    assert [r.event.date.value for r in build_timeline(events, since="2010", until="2019")] == [
        "201", "2012-SU", "2012-Q4", "2013-03", "2013-W12", "2013-03-20"]
    assert [r.event.date.value for r in build_timeline(events, since="2000")][:2] == ["20", "201"]
    assert "201" not in [r.event.date.value for r in build_timeline(events, since="2012")]


def test_a_week_counts_in_the_year_of_its_thursday_and_a_decade_in_no_year():
    rows = build_timeline([ev("2026-W01", precision="week"), ev("201", precision="decade")])
    assert yearly_summary(rows) == [{"year": "2026", "cooperation": 0, "conflict": 1, "neutral": 0}]
