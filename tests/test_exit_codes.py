"""README's exit-code paragraph is what the commands do: each promise, run."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimecli.cli import app

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


def readme_exit_codes() -> dict[int, str]:
    """The README's list: exit code -> what it promises."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("Exit codes:", 1)[1].split("\n\n", 2)[1]
    items = re.split(r"\n- ", "\n" + block.strip())
    return {int(m.group(1)): m.group(2) for m in (re.match(r"`(\d+)` (.*)", i, re.S) for i in items if i) if m}


def run(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def test_readme_lists_exactly_the_codes_crimecli_uses() -> None:
    assert sorted(readme_exit_codes()) == [0, 1, 2, 130]


def test_0_success_no_results_and_skipped_files(tmp_path: Path) -> None:
    promise = readme_exit_codes()[0]
    assert "`crimecli aliases zzz --json` prints `[]`" in promise
    result = run("aliases", "zzz", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    result = run("search", "qwertyuiop", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "skipped" in promise
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Colombia and Venezuela restored relations in August 2022, "
                                  "officials in Bogotá said.\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff" + bytes(100))
    result = run("ingest", str(folder), "--store", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 0 and "skipped" in result.stderr and "photo.jpg" in result.stderr


@pytest.mark.parametrize("args, says", [
    (["extract", "{tmp}/missing.txt"], "no such file"),
    (["extract", "{tmp}/binary.txt"], "binary file"),
    (["extract", "{tmp}/empty.txt"], "empty file"),
    (["timeline", "Narnia"], "unknown country"),
    (["timeline", "Colombia", "--kind", "teleportation"], "unknown --kind"),
    (["search", '"unbalanced'], "unbalanced quote"),
    (["search", "Venezuela", "--since", "not a date at all"], "--since"),
    (["search", "Venezuela", "--since", "2022", "--until", "2019"], "is after --until"),
])
def test_1_user_errors_are_one_line(tmp_path: Path, args: list[str], says: str) -> None:
    promise = readme_exit_codes()[1]
    assert "one line on stderr per problem" in promise
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run(*(a.format(tmp=tmp_path) for a in args))
    assert result.exit_code == 1
    [line] = [line for line in errors(result) if line.startswith("error:")]
    assert says in line


@pytest.mark.parametrize("args", [["frobnicate"], ["search"], ["search", "x", "--no-such-option"],
                                  ["search", "x", "--limit", "many"]])
def test_2_usage_errors(args: list[str]) -> None:
    assert "usage error" in readme_exit_codes()[2]
    assert run(*args).exit_code == 2


def test_130_interrupted(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "Ctrl-C" in readme_exit_codes()[130]

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("crimecli.api.search", interrupted)
    result = run("search", "Venezuela")
    assert result.exit_code == 130
    assert errors(result)[-1].startswith("error: interrupted")


def test_1_a_failed_pipeline_stage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crimecli.pipeline.events import EventExtractor

    promise = " ".join(readme_exit_codes()[1].split())
    assert "a stage of the pipeline failed" in promise and "extracts it again" in promise

    def broken(self, doc):
        raise RuntimeError("a bug")

    monkeypatch.setattr(EventExtractor, "__call__", broken)
    note = tmp_path / "note.txt"
    note.write_text("Colombia and Venezuela restored relations in August 2022, officials in Bogotá "
                    "said.\n", encoding="utf-8")
    extracted = run("extract", str(note), "--json")
    assert extracted.exit_code == 1 and json.loads(extracted.stdout)[0]["entities"]
    assert "pipeline stage crimecli_events failed (RuntimeError: a bug)" in extracted.stderr
    store = str(tmp_path / "s.sqlite")
    ingested = run("ingest", str(note), "--store", store)
    assert ingested.exit_code == 1 and "incomplete 1" in ingested.stderr
    assert run("ingest", str(note), "--store", store).stderr.startswith("added 0, unchanged 0, replaced 1")


@pytest.mark.parametrize("script", ["score_entities.py", "score_events.py"])
@pytest.mark.parametrize("args, says", [
    (["--model", "no_such_model_here"], "no_such_model_here"),
    (["--gold", "no/such/gold.json"], "no/such/gold.json"),
])
def test_the_scorers_end_a_user_error_with_one_line(script: str, args: list[str], says: str) -> None:
    """A model that is not installed or a gold file that is not there is the user's mistake: the
    scorers say so on one line of stderr and exit 1, as crimecli itself does."""
    scorer = REPO / "benchmarks" / script
    result = subprocess.run([sys.executable, str(scorer), *args], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and "Traceback" not in result.stderr, result.stderr
    assert result.stdout == ""
