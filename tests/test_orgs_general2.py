"""Organisation names by class, second series (the whole pipeline on short invented texts):
each rule with a text where it must fire and a near miss where it must not."""

from __future__ import annotations

import pytest

from crimecli.nlp import get_pipeline


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def ents(nlp, text: str, label: str | None = None) -> list[str]:
    return [e.text for e in nlp(text).ents if label is None or e.label_ == label]


# -- a post named for where it stands -----------------------------------------------------------
def test_an_embassy_takes_the_city_it_stands_in(nlp):
    found = ents(nlp, "Officials of the U.S. Embassy in Managua met the police. Managua denied it.", "ORG")
    assert "U.S. Embassy in Managua" in found


def test_an_international_office_takes_the_country_it_serves(nlp):
    assert "U.N. Integrated Office in Haiti" in ents(
        nlp, "A report by the U.N. Integrated Office in Haiti counted the dead.", "ORG")


def test_one_countrys_office_in_a_city_is_no_post(nlp):
    found = ents(nlp, "The Safe Mobility Office in Guatemala City opened. Guatemala City is busy.")
    assert "Safe Mobility Office" in found and "Guatemala City" in found


def test_a_place_named_only_in_the_posts_name_stays_a_place(nlp):
    found = nlp("Officials of the U.S. Embassy in Managua met the police.").ents
    assert ("Managua", "PLACE") in [(e.text, e.label_) for e in found]
