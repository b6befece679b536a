"""Every path crimecli writes to points into tmp dirs (llm's tests/conftest.py habit)."""

from __future__ import annotations

import importlib.util
import json
import os
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOLD = REPO / "benchmarks" / "gold" / "seeds.gold.json"


def _load(folder: str, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def benchmark(name: str) -> ModuleType:
    """A script of benchmarks/ imported as a module, so tests reuse the scorers' own code."""
    return _load("benchmarks", name)


@cache
def script(name: str) -> ModuleType:
    """A script of scripts/ imported as a module (e.g. the command list of build_command_docs)."""
    return _load("scripts", name)


@pytest.fixture(scope="session")
def corpus_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One extraction cache for the whole run, so the sample corpus is processed once."""
    return tmp_path_factory.mktemp("cache") / "corpus-cache.sqlite"


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, corpus_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default store (absent until something is ingested) lives in tmp_path; no store is
    named, so query commands answer from the bundled sample until one is."""
    monkeypatch.setenv("CRIMECLI_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("CRIMECLI_STORE", raising=False)
    monkeypatch.setenv("CRIMECLI_CACHE", str(corpus_cache))  # the saved pipeline goes beside it
    monkeypatch.delenv("CRIMECLI_MODEL", raising=False)
    return tmp_path / "store.sqlite"


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


# ---- PostgreSQL: a real server for the store tests -------------------------------------------
#
# CRIMECLI_TEST_PG names a server (.ci/run starts one and exports it): a URL whose role may
# create databases and roles. Without it, a throwaway server is started from the local
# PostgreSQL binaries (tests/pgserver.py) for the session. Each test gets a database of its own,
# copied from a template that already has the schema. Where neither is possible the tests that
# need PostgreSQL skip, saying why; under CI=true they fail instead.


class PgCluster:
    """The test server: hands out fresh databases (URLs) and drops them afterwards."""

    def __init__(self, url: str):
        import psycopg

        self.url = url
        self.admin = psycopg.connect(url, autocommit=True)
        self.prefix = f"crimecli_t{os.getpid()}"
        self.made: list[str] = []
        self.template: str | None = None

    def url_for(self, database: str, user: str | None = None, password: str | None = None) -> str:
        """The server's URL for ``database`` (as another role, when ``user`` is given)."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.url)
        netloc = parts.netloc
        if user is not None:
            netloc = f"{user}{':' + password if password else ''}@{netloc.rpartition('@')[2]}"
        return urlunsplit((parts.scheme, netloc, "/" + database, parts.query, ""))

    def database(self, *, empty: bool = False) -> str:
        """A new database: with the crimecli schema, or ``empty``."""
        from crimecli.store.postgres import PostgresStore

        if not empty and self.template is None:
            self.template = f"{self.prefix}_template"
            self.admin.execute(f"CREATE DATABASE {self.template}")
            self.made.append(self.template)
            PostgresStore(self.url_for(self.template)).close()
        name = f"{self.prefix}_{len(self.made)}"
        template = "template0" if empty else self.template
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        self.made.append(name)
        return self.url_for(name)

    def drop(self, url: str) -> None:
        self._drop(url.rsplit("/", 1)[1].split("?")[0])

    def _drop(self, name: str) -> None:
        import psycopg

        for attempt in range(20):  # a worker may still be closing its connection
            try:
                self.admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                return
            except psycopg.errors.InsufficientPrivilege:  # a backend of another role (autovacuum)
                if attempt == 19:
                    raise
                time.sleep(0.25)

    def close(self) -> None:
        for name in reversed(self.made):
            self._drop(name)
        self.admin.close()


@pytest.fixture(scope="session")
def psycopg_installed() -> None:
    """psycopg (crimecli[postgres]) is there: tests of the PostgreSQL store, even those that
    need no server, skip without it (fail under CI=true)."""
    from browser import skip_or_fail

    try:
        import psycopg  # noqa: F401
    except ImportError:
        skip_or_fail("psycopg is not installed (pip install 'crimecli[postgres]')")


@pytest.fixture(scope="session")
def pg_server(psycopg_installed: None) -> Iterator[PgCluster]:
    from browser import skip_or_fail

    url = os.environ.get("CRIMECLI_TEST_PG")
    started = None
    if not url:
        import pgserver

        reason = pgserver.why_not()
        if reason:
            skip_or_fail(f"no PostgreSQL server for the tests: {reason}")
        started = pgserver.start()
        url = started.url
    cluster = PgCluster(url)
    try:
        yield cluster
    finally:
        cluster.close()
        if started is not None:
            import pgserver

            pgserver.stop(started.folder)


@pytest.fixture
def pg_url(pg_server: PgCluster) -> Iterator[str]:
    """A fresh PostgreSQL store (the schema, no documents) for this test."""
    url = pg_server.database()
    yield url
    pg_server.drop(url)


STORE_KINDS = ["sqlite", "postgresql"]


@pytest.fixture(params=STORE_KINDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh store for this test lives, once per kind of store: a SQLite file, then a
    PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "nested" / "store.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path]) -> tuple[str, dict[str, object]]:
    """The seeds in a SQLite store by a plain ingest, and what every query command answers over
    it (tests/answers.py): what the other stores and ways of ingesting must answer."""
    from answers import answers, run

    path = str(tmp_path_factory.mktemp("reference") / "store.sqlite")
    result = run("ingest", *map(str, seed_files), "--store", path)
    assert result.exit_code == 0, result.stderr
    found = answers(path)
    assert all(found.values()), [q for q, v in found.items() if not v]  # every query finds something
    return path, found
