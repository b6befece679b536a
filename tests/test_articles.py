"""A file holding several articles (a news-database export) is one stored document whose
articles keep their own titles and dates in what `search`, `documents` and `show` say."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimecli.cli import app

WIRE = Path(__file__).resolve().parent / "data" / "three_wire_stories.txt"
TITLES = ["Colombia extradites alleged Clan del Golfo financier to the United States",
          "Ecuador troops raid Guayaquil prison after gang clashes",
          "Peru seizes record cocaine shipment bound for Belgium"]


def ingested(store: str) -> str:
    result = CliRunner().invoke(app, ["ingest", str(WIRE), "--store", store, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingested(str(tmp_path_factory.mktemp("articles") / "store.sqlite"))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, sqlite_store: str) -> Iterator[str]:
    """The wire file stored in each kind of store (PostgreSQL: tests/conftest.py's server)."""
    if request.param == "sqlite":
        yield sqlite_store
        return
    pg_server = request.getfixturevalue("pg_server")
    url = pg_server.database()
    yield ingested(url)
    pg_server.drop(url)


def run(*args: str) -> list | str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if "--json" in args else result.stdout


def test_a_search_hit_names_the_title_and_date_of_its_own_article(store: str):
    [hit] = run("search", "Antwerp", "--store", store, "--json")
    assert hit["title"] == TITLES[2] and hit["date"] == "2023-09-08"
    [hit] = run("search", "Litoral penitentiary", "--store", store, "--json")
    assert hit["title"] == TITLES[1]
    [hit] = run("search", "Southern District of Florida", "--store", store, "--json")
    assert hit["title"] == TITLES[0] and hit["date"] == "2023-03-03"


def test_a_sentence_is_dated_by_its_article_when_it_has_no_event_of_its_own(store: str):
    # a sentence of the June story, with no event: the story's date, not the file's first date
    query = ("search", '"rights groups"', "--store", store, "--json")
    [hit] = run(*query)
    assert hit["date"] == "2023-06-12"
    assert run(*query, "--since", "2023-06-01", "--until", "2023-06-30") == [hit]
    assert run(*query, "--until", "2023-03-31") == []


def test_documents_lists_the_articles_of_a_file(store: str):
    [document] = run("documents", "--store", store, "--json")
    assert [a["title"] for a in document["articles"]] == TITLES
    assert [a["published"]["value"] for a in document["articles"]] == ["2023-03-03", "2023-06-12", "2023-09-08"]
    assert document["title"] == TITLES[0] and document["failed_stages"] == []
    table = run("documents", "--store", store)
    assert "(+2 more articles)" in table


def test_show_says_how_many_articles_the_file_holds(store: str):
    shown = run("show", WIRE.name, "--store", store)
    heading, facts = shown.splitlines()[:2]
    assert heading == TITLES[0]
    assert "3 articles" in facts
    record = run("show", WIRE.name, "--store", store, "--json")
    assert [a["title"] for a in record["articles"]] == TITLES


def test_text_that_is_not_utf8_in_the_store_is_damage(sqlite_store: str, tmp_path: Path):
    import shutil
    import sqlite3

    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(sqlite_store, damaged)
    with sqlite3.connect(damaged) as db:  # crimecli writes only text: such bytes come from damage
        db.execute("UPDATE documents SET articles = CAST(x'ff00fe' AS TEXT)")
    result = CliRunner().invoke(app, ["search", "Antwerp", "--store", str(damaged), "--json"])
    assert result.exit_code == 1 and result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "is damaged" in line and "crimecli store check" in line
