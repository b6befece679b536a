"""crimecli_sentences on news prose: full stops of abbreviations are not sentence ends."""

from __future__ import annotations

import pytest

from crimecli.nlp import build_pipeline
from crimecli.pipeline.sentences import capitalised, sentence_starts, token_lowers, token_texts


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


def test_the_token_columns_are_the_tokens_own(nlp):
    text = "Sgt. Luis Peña (“El Zorro”) left Tumbes.\n\nMORE: Ecuador’s  army  said   so. mcCain, É."
    doc = nlp(text)
    texts, spaces = token_texts(doc)
    assert texts == [t.text for t in doc] and spaces == [t.whitespace_ for t in doc]
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert capitalised(doc) == [t.i for t in doc if t.text[:1].isupper()]
    assert "".join(t + s for t, s in zip(texts, spaces)) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("The raid ended.  \n  “We found 40 kilos,” he said. Then they left.",
     ["The raid ended.  \n  ", "“We found 40 kilos,” he said.", "Then they left."]),
    ("He fled to the U.S.  Earlier he lived in Cali. [3] Ana Ruiz wrote it.",
     ["He fled to the U.S.  ", "Earlier he lived in Cali.", "[3] Ana Ruiz wrote it."]),
    ("Shots were fired.) He ran. (Police said so.) “Stop!” Then silence...\nNEXT LINE here",
     ["Shots were fired.)", "He ran.", "(Police said so.)", "“Stop!”", "Then silence...\n", "NEXT LINE here"]),
    ("Prices rose 5%. a lower-case start stays. It was Mr. Lee Jr. He agreed.",
     ["Prices rose 5%. a lower-case start stays.", "It was Mr. Lee Jr.", "He agreed."]),
])
def test_an_ending_carries_over_closers_and_white_space_only(nlp, text, expected):
    """The rules look only at tokens after white space, an ender, a closer or a footnote
    marker: an ending carries over those and is forgotten after any other word."""
    assert sentences(nlp, text) == expected
