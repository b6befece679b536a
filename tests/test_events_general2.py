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
