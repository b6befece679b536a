"""The PostgreSQL store as a team meets it (issue 11): the same answers as SQLite, a read-only
role for analysts, credentials from the URL, the environment or ~/.pgpass and never printed,
a server that is down or refuses the password, concurrent writers, ``crimecli store copy``.

Runs against a real server (tests/conftest.py: CRIMECLI_TEST_PG, or a throwaway one started
from the local binaries); skips, saying why, where there is none (fails under CI=true). The
store-level tests of tests/test_store.py and tests/test_search.py also run against it.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from answers import answers, one_line_error, run, same_answers
from crimecli.store import open_store
from test_store import corpus

@pytest.fixture(scope="module")
def pg_module_url(pg_server) -> Iterator[str]:
    url = pg_server.database()
    yield url
    pg_server.drop(url)


@pytest.fixture(scope="module")
def copied(reference, pg_module_url: str) -> str:
    """The reference store copied into PostgreSQL with crimecli store copy."""
    result = run("store", "copy", reference[0], pg_module_url, "--json")
    assert result.exit_code == 0, result.stderr
    [summary] = json.loads(result.stdout)
    assert summary["documents"] == summary["added"] == 5
    return pg_module_url


# ---------------------------------------------------------------- the same answers


def test_a_copy_into_postgresql_answers_as_the_sqlite_store(reference, copied: str):
    same_answers(reference[1], answers(copied))


def test_a_copy_back_into_sqlite_answers_the_same_and_a_second_copy_changes_nothing(reference, copied: str,
                                                                                    tmp_path: Path):
    back = str(tmp_path / "back.sqlite")
    result = run("store", "copy", copied, back, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["added"] == 5
    same_answers(reference[1], answers(back))
    again = run("store", "copy", copied, back, "--json")
    assert json.loads(again.stdout)[0]["unchanged"] == 5
    one_line_error(run("store", "copy", back, back), "both the source and the destination")


def test_store_check_on_postgresql(copied: str):
    result = run("store", "check", "--store", copied, "--json")
    assert result.exit_code == 0, result.stdout
    [report] = json.loads(result.stdout)
    assert report["ok"] and report["counts"]["documents"] == 5 and report["schema_version"] >= 1
    assert report["migrations"][0] == "m001_initial" and report["pending_migrations"] == []
    assert report["store"] == _masked(copied)
    assert _password(copied) not in result.stdout


# ---------------------------------------------------------------- roles and credentials


def _password(url: str) -> str:
    return url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]


def _masked(url: str) -> str:
    return url.replace(":" + _password(url) + "@", ":***@")


def _without_password(url: str) -> str:
    return url.replace(":" + _password(url) + "@", "@")


@pytest.fixture(scope="module")
def analyst(pg_server, copied: str) -> Iterator[str]:
    """A role that may only read the copied store (SELECT), and its URL."""
    name, password = f"crimecli_analyst_{os.getpid()}", "analyst-pw"
    database = copied.rsplit("/", 1)[1]
    pg_server.admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    import psycopg

    with psycopg.connect(copied, autocommit=True) as owner:
        owner.execute(f"GRANT CONNECT ON DATABASE {database} TO {name}")
        owner.execute(f"GRANT USAGE ON SCHEMA public TO {name}")
        owner.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {name}")
    yield pg_server.url_for(database, name, password)
    with psycopg.connect(copied, autocommit=True) as owner:
        owner.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {name}")
        owner.execute(f"REVOKE ALL ON SCHEMA public FROM {name}")
        owner.execute(f"REVOKE ALL ON DATABASE {database} FROM {name}")
    pg_server.admin.execute(f"DROP ROLE {name}")


def test_query_commands_work_with_a_read_only_role(reference, analyst: str, copied: str, tmp_path: Path):
    same_answers(reference[1], answers(analyst))
    import psycopg  # as after an interrupted ingest: the merged entities are stale

    with psycopg.connect(copied, autocommit=True) as owner:
        owner.execute("UPDATE stats SET generation = generation + 1")
    assert answers(analyst) == answers(copied)
    with psycopg.connect(copied, autocommit=True) as owner:
        owner.execute("UPDATE stats SET generation = generation - 1")
    new = tmp_path / "new.txt"
    new.write_text("Colombia and Venezuela reopened the border at Cúcuta in September 2022.\n")
    line = one_line_error(run("ingest", str(new), "--store", analyst), "may not write")
    assert "analyst-pw" not in line
    one_line_error(run("documents", "rm", "003_8935b5cdd3d6178b.txt", "--store", analyst), "may not write")
    assert run("store", "check", "--store", analyst).exit_code == 0


def test_credentials_from_the_environment_or_pgpass(copied: str, tmp_path: Path):
    bare = _without_password(copied)
    assert run("entities", "--store", bare, "--json", env={"PGPASSWORD": _password(copied),
                                                          "PGPASSFILE": str(tmp_path / "none")}).exit_code == 0
    pgpass = tmp_path / "pgpass"
    host, port = copied.split("@", 1)[1].split("/", 1)[0].split(":")
    user = copied.split("://", 1)[1].split(":", 1)[0]
    pgpass.write_text(f"{host}:{port}:*:{user}:{_password(copied)}\n")
    pgpass.chmod(0o600)
    assert run("entities", "--store", bare, "--json", env={"PGPASSFILE": str(pgpass)}).exit_code == 0
    nothing = {"PGPASSFILE": str(tmp_path / "none"), "PGPASSWORD": ""}
    one_line_error(run("entities", "--store", bare, env=nothing), f"{host}:{port}", "password")


def test_a_wrong_password_is_one_line_naming_the_host_never_the_password(copied: str):
    host = copied.split("@", 1)[1].split("/", 1)[0]
    wrong = copied.replace(":" + _password(copied) + "@", ":not-the-Secret-42@")
    for command in (["search", "FARC"], ["ingest", "seeds"], ["store", "check"]):
        line = one_line_error(run(*command, "--store", wrong), host, "refused the password")
        assert "not-the-Secret-42" not in line and _password(copied) not in line


def test_a_server_that_is_down_is_one_line_naming_the_host(psycopg_installed: None):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://someone:Sekrit-99@127.0.0.1:{port}/crimecli"
    for command in (["entities"], ["ingest", "seeds"], ["store", "copy", url, "x.sqlite"]):
        args = command if command[0] == "store" else [*command, "--store", url]
        line = one_line_error(run(*args), f"127.0.0.1:{port}", "cannot reach")
        assert "Sekrit-99" not in line


def test_a_query_on_an_empty_database_creates_nothing(pg_server):
    url = pg_server.database(empty=True)
    one_line_error(run("entities", "--store", url), "no crimecli store in", "crimecli ingest")
    import psycopg

    with psycopg.connect(url) as db:
        assert db.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
    pg_server.drop(url)


# ---------------------------------------------------------------- many writers


def test_concurrent_writers_never_duplicate_a_document(pg_url: str):
    """Eight connections save the same four documents at once, each in its own order."""
    documents = corpus()
    barrier = threading.Barrier(8)
    statuses: list[str] = []
    errors: list[BaseException] = []

    def writer(shift: int) -> None:
        try:
            with open_store(pg_url, write=True) as store:
                barrier.wait()
                for x in documents[shift % 4:] + documents[:shift % 4]:
                    statuses.append(store.save(x, "1"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert sorted(statuses).count("added") == 4 and statuses.count("unchanged") == 28
    with open_store(pg_url, write=True) as store:
        assert store.count_documents() == 4
        report = store.check()
        assert report["ok"], report["problems"]
        assert report["counts"]["sentences"] == sum(len(x.sentences) for x in documents) - 1  # DONATE: after body_end
        store.refresh()
        assert {e["name"] for e in store.aliases()} == {
            "Wilber Varela", "Revolutionary Armed Forces of Colombia", "National Liberation Army"}


def test_a_mistyped_name_is_looked_up_with_trigrams(copied: str, reference, monkeypatch: pytest.MonkeyPatch):
    """Past a few hundred names, PostgreSQL ranks only the names pg_trgm finds near the one
    typed (not every name of a million-name corpus): the nearest name is the one the SQLite
    store suggests; names only rapidfuzz's partial matching calls near may be left out."""
    from crimecli.store.postgres import PostgresStore

    monkeypatch.setattr(PostgresStore, "trigram_above", 0)
    with open_store(copied) as store, open_store(reference[0]) as sqlite:
        for name in ("diego rastrojoo", "Jabonn", "Hugo Chaves", "Revolutionary Armed Forces of Colombai",
                     "Wilbur Varela"):
            near, expected = store.suggest_names(name), sqlite.suggest_names(name)
            assert near and near[0] == expected[0], name
    result = run("aliases", "diego rastrojoo", "--store", copied)
    assert result.exit_code == 0 and "did you mean 'Diego Rastrojo'" in result.stderr  # no result, a hint
