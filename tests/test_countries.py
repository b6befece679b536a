import subprocess
import sys

import pytest

from crimecli.countries import (
    canonical_country,
    capital_country,
    country_names,
    demonym_country,
    fold,
    resolve_country,
)
from crimecli.errors import UnknownCountryError


@pytest.mark.parametrize("text, expected", [
    ("Venezuela", "Venezuela"),
    ("U.S.", "United States"),
    ("US", "United States"),
    ("USA", "United States"),
    ("United States of America", "United States"),
    ("the United States", "United States"),
    ("EE.UU", "United States"),
    ("UK", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("Bolivarian Republic of Venezuela", "Venezuela"),
    ("Brasil", "Brazil"),
    ("México", "Mexico"),
    ("MEXICO", "Mexico"),
    ("Bolivia", "Bolivia"),
    ("Plurinational State of Bolivia", "Bolivia"),
    ("Iran", "Iran"),
    ("Russian Federation", "Russia"),
    ("Viet Nam", "Vietnam"),
    ("Czech Republic", "Czechia"),
    ("Kingdom of Norway", "Norway"),
    ("Trinidad & Tobago", "Trinidad and Tobago"),
])
def test_canonical_country(text, expected):
    assert canonical_country(text) == expected


@pytest.mark.parametrize("text", ["Caracas", "Maduro", "", "Colombian", "Latin America"])
def test_not_a_country(text):
    assert canonical_country(text) is None


@pytest.mark.parametrize("word, expected", [
    ("Venezuelan", "Venezuela"), ("Venezuelans", "Venezuela"), ("Colombian", "Colombia"),
    ("Mexican", "Mexico"), ("American", "United States"), ("U.S.", "United States"),
    ("British", "United Kingdom"), ("Salvadoran", "El Salvador"), ("Salvadorean", "El Salvador"),
    ("Ecuadorean", "Ecuador"), ("Argentine", "Argentina"), ("Argentinian", "Argentina"),
    ("Costa Rican", "Costa Rica"), ("Dominican", "Dominican Republic"), ("Guyanese", "Guyana"),
    ("Spanish", "Spain"), ("Dutch", "Netherlands"), ("Chinese", "China"), ("Turkish", "Turkey"),
    ("Norwegian", "Norway"), ("Trinidadian", "Trinidad and Tobago"),
])
def test_demonym_country(word, expected):
    assert demonym_country(word) == expected


def test_demonym_is_not_a_name():
    assert demonym_country("Venezuela") is None
    assert demonym_country("President") is None


@pytest.mark.parametrize("city, expected", [
    ("Caracas", "Venezuela"), ("Bogotá", "Colombia"), ("Bogota", "Colombia"),
    ("Washington", "United States"), ("Mexico City", "Mexico"), ("Quito", "Ecuador"),
    ("Brasília", "Brazil"), ("Tegucigalpa", "Honduras"), ("Guatemala City", "Guatemala"),
    ("San José", "Costa Rica"), ("Havana", "Cuba"), ("La Paz", "Bolivia"), ("Sucre", "Bolivia"),
    ("Asunción", "Paraguay"), ("Port-au-Prince", "Haiti"), ("Port of Spain", "Trinidad and Tobago"),
    ("Brussels", "Belgium"), ("Moscow", "Russia"), ("Beijing", "China"), ("Tehran", "Iran"),
])
def test_capital_country(city, expected):
    assert capital_country(city) == expected


def test_capital_country_unknown():
    assert capital_country("Cúcuta") is None


def test_resolve_country_suggests_nearest():
    assert resolve_country("venezuela") == "Venezuela"
    with pytest.raises(UnknownCountryError) as info:
        resolve_country("Venezeula")
    assert str(info.value) == "unknown country 'Venezeula'; did you mean Venezuela?"
    with pytest.raises(UnknownCountryError, match="did you mean Colombia"):
        resolve_country("Columbia")
    with pytest.raises(UnknownCountryError, match="unknown country 'Xyzzy'"):
        resolve_country("Xyzzy")


def test_country_names_and_fold():
    names = country_names()
    assert "Venezuela" in names and "United States" in names and "Bolivia" in names
    assert not any("," in n for n in names if n in ("Venezuela", "Bolivia", "Iran"))
    assert fold("  Bogotá  D.C. ") == "bogota d.c."
    assert fold("MÉXICO") == "mexico"


def test_import_is_cheap():
    code = "import sys, crimecli.countries; assert 'spacy' not in sys.modules; assert 'pycountry' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
