"""crimecli_sentences on news prose: full stops of abbreviations are not sentence ends."""

from __future__ import annotations

import pytest

from crimecli.nlp import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(components=["crimecli_sentences"])


def sentences(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


@pytest.mark.parametrize("text", [
    "Prosecutors charged Ramiro Tello, Sr., a rancher from Olancho, with laundering cartel money.",
    "The Treasury sanctioned Mauro Quispe (a.k.a. “El Zorro”) for moving gold for the gang.",
    "Lt. Col. Ana Ibarra and Sgt. Luis Peña led the raid near Tumbes.",
    "Capt. Ortega told Gov. Salas that the shipment, No. 14, had left Manta.",
])
def test_abbreviations_do_not_end_a_sentence(nlp, text):
    assert sentences(nlp, text) == [text]


def test_a_sentence_still_ends_after_a_name_suffix_before_a_new_one(nlp):
    text = "The case names Hernán Rojas Jr. He denies the charges."
    assert sentences(nlp, text) == ["The case names Hernán Rojas Jr.", "He denies the charges."]


def test_a_comma_after_a_full_stop_goes_on_with_the_sentence(nlp):
    # "etc." is spaCy's own exception; the comma after it never opens a sentence.
    text = "They seized rifles, grenades, radios etc., and arrested four men."
    assert sentences(nlp, text) == [text]


def test_ordinary_full_stops_still_split(nlp):
    assert sentences(nlp, "He moved to the U.S. in 2019. Later he left for Quito.") == [
        "He moved to the U.S. in 2019.", "Later he left for Quito."]
