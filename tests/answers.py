"""What every query command answers, as JSON, over a store: the tests that compare stores
(tests/test_postgres.py, tests/test_cluster.py) compare these. ``reference`` (tests/conftest.py)
is the seeds in a SQLite store by a plain ingest, and its answers."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from crimecli.cli import app

runner = CliRunner()

SEARCHES = ["Venezuela", "Jabon", "Diego Rastrojo", '"drug trafficking"', "cartel*", "Colombia NOT Venezuela",
            "kidnapping OR extortion", "cucuta", "FARC", "(Maduro OR Chavez) border"]
#: Every query command, with --json: what must be the same over both stores.
QUERIES = [*(["search", q, "--limit", "50"] for q in SEARCHES),
           ["search", "minister", "--type", "person", "--since", "2010", "--country", "Venezuela"],
           ["search", "Venezuela", "--entity", "FARC"],
           ["aliases"], ["aliases", "diego rastrojo"], ["aliases", "chavez"], ["entities"],
           ["entities", "--type", "org", "--country", "Colombia"],
           ["timeline", "Colombia", "Venezuela"], ["timeline", "Venezuela", "--since", "2015"],
           ["show", "003_8935b5cdd3d6178b.txt"], ["documents"]]


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env)


def one_line_error(result, *words: str) -> str:
    """Exit 1, a single stderr line holding ``words``, no traceback; the line."""
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def answers(store: str, env: dict[str, str] | None = None) -> dict[str, object]:
    """What each query command prints as JSON over ``store`` (when each document was added
    aside: that is the time of the ingest)."""
    out = {}
    for query in QUERIES:
        result = run(*query, "--store", store, "--json", env=env)
        assert result.exit_code == 0, (query, result.stderr)
        data = json.loads(result.stdout)
        if query[0] == "documents":
            for document in data:
                document.pop("added_at")
        out[" ".join(query)] = data
    return out


def same_answers(expected: dict[str, object], got: dict[str, object]) -> None:
    for query, data in expected.items():
        assert got[query] == data, query
