"""One identity: the ids ``extract`` prints are the ids ``entities`` prints, gazetteer ids win,
and places (or organisations) of different countries are never one entity."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from crimecli.cli import app
from crimecli.merge import merge_entities

runner = CliRunner()


def run_json(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def extract_ids(*paths: str) -> set[str]:
    return {e["id"] for doc in run_json("extract", *paths, "--json") for e in doc["entities"]}


def corpus_entities(*paths: str) -> list[dict]:
    args = ["entities", "--json", "--limit", "100000"]
    for path in paths:
        args += ["--corpus", path]
    return run_json(*args)


def test_extract_and_entities_print_the_same_ids_on_the_seeds(seed_files):
    paths = [str(p) for p in seed_files]
    from_extract = extract_ids(*paths)
    merged = corpus_entities(*paths)
    from_entities = {e["id"] for e in merged}
    assert from_extract == from_entities
    # and every per-document id is listed by the corpus entity that took it in
    assert from_extract == {i for e in merged for i in e["ids"]}
    assert "org:moodys" in from_extract  # one slug: not "org:moody-s" in one place and "org:moodys" in another


TWO_CITIES = {
    "valencia_spain.txt": (
        "Spanish police arrested three men in Valencia on Tuesday after a shipment of cocaine hidden "
        "in banana boxes reached the port. The investigation began in Spain last year, officers said.\n"),
    "valencia_venezuela.txt": (
        "Soldiers were deployed in Valencia, the capital of Carabobo state, after a riot at the local "
        "prison on Monday. Officials said a gang had controlled the prison for years.\n"),
    "trujillo_peru.txt": (
        "Extortion gangs bombed two buses in Trujillo on Sunday. Police in the La Libertad region of "
        "Peru said the attacks followed threats against transport companies.\n"),
    "trujillo_venezuela.txt": (
        "Guerrillas were reported in Trujillo state in March. The governor said the army had sent more "
        "troops to the Andean state.\n"),
}


@pytest.fixture()
def two_cities(tmp_path):
    paths = {}
    for name, text in TWO_CITIES.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths[name] = str(path)
    return paths


@pytest.mark.parametrize("city, countries", [
    ("Valencia", {"valencia_spain.txt": "Spain", "valencia_venezuela.txt": "Venezuela"}),
    ("Trujillo", {"trujillo_peru.txt": "Peru", "trujillo_venezuela.txt": "Venezuela"}),
])
def test_a_city_name_two_countries_share_gives_two_places(two_cities, city, countries):
    paths = [two_cities[name] for name in countries]
    places = [e for e in corpus_entities(*paths) if e["label"] == "PLACE" and e["name"] == city]
    assert len(places) == 2
    by_file = {doc.rsplit("/", 1)[-1]: e["country"] for e in places for doc in e["documents"]}
    assert by_file == countries
    assert len({e["id"] for e in places}) == 2
    # extract, one document at a time, gives each the same id and country
    for name, country in countries.items():
        [doc] = run_json("extract", two_cities[name], "--json")
        [place] = [e for e in doc["entities"] if e["name"] == city]
        assert place["country"] == country
        assert place["id"] in {e["id"] for e in places}


def test_a_kind_word_after_the_name_chooses_the_kind_of_place(two_cities):
    [doc] = run_json("extract", two_cities["trujillo_venezuela.txt"], "--json")
    [trujillo] = [e for e in doc["entities"] if e["name"] == "Trujillo"]
    assert trujillo["kind"] == "state or department"


# --- merge_entities on records, as the store hands them over ------------------------------

def rec(name, label="PLACE", file="a.txt", **extra):
    return {"name": name, "label": label, "file": file, "mentions": 1, "key": (file, name), **extra}


def test_a_gazetteer_id_groups_whatever_the_name_and_wins():
    merged = merge_entities([
        rec("Bogotá", id="place:bogota-colombia", country="Colombia"),
        rec("Santa Fe de Bogotá", file="b.txt", id="place:bogota-colombia", country="Colombia"),
    ])
    assert [(e["id"], e["mentions"], sorted(e["documents"])) for e in merged] == [
        ("place:bogota-colombia", 2, ["a.txt", "b.txt"])]


def test_two_gazetteer_ids_are_never_one_entity():
    merged = merge_entities([
        rec("Valencia", id="place:valencia-spain", country="Spain"),
        rec("Valencia", file="b.txt", id="place:valencia-venezuela", country="Venezuela"),
    ])
    assert sorted((e["id"], e["country"]) for e in merged) == [
        ("place:valencia-spain", "Spain"), ("place:valencia-venezuela", "Venezuela")]


def test_same_name_different_countries_stay_apart_and_get_distinct_ids():
    merged = merge_entities([
        rec("National Police", "ORG", id="org:national-police", country="Colombia"),
        rec("National Police", "ORG", file="b.txt", id="org:national-police", country="Ecuador"),
        rec("National Police", "ORG", file="c.txt", id="org:national-police", country="Colombia"),
        rec("National Police", "ORG", file="d.txt", id="org:national-police"),  # which one? neither
    ])
    groups = sorted((e["country"] or "", e["mentions"], e["id"]) for e in merged)
    assert [g[:2] for g in groups] == [("", 1), ("Colombia", 2), ("Ecuador", 1)]
    assert len({g[2] for g in groups}) == 3


def test_merged_people_keep_every_per_document_id():
    merged = merge_entities([
        rec("Marta Costanzo Youth", "PERSON", id="person:marta-costanzo-youth", mentions=3),
        rec("Marta Youth", "PERSON", file="b.txt", id="person:marta-youth"),
    ])
    [marta] = merged
    assert marta["id"] == "person:marta-costanzo-youth"
    assert marta["ids"] == ["person:marta-costanzo-youth", "person:marta-youth"]
