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
