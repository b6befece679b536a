"""The command line as a user runs it: exit codes, stderr lines, JSON that validates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import script
from crimecli.cli import app

REPO = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((REPO / "docs" / "schema" / "crimecli.schema.json").read_text())
runner = CliRunner()


def schema_for(name: str) -> dict:
    """A sub-schema of the contract, e.g. 'document', as a standalone schema."""
    return {"$defs": SCHEMA["$defs"], "type": "array", "items": {"$ref": f"#/$defs/{name}"}}


def run(*args: str):
    return runner.invoke(app, list(args))


def test_import_cli_loads_no_heavy_modules():
    code = ("import sys, crimecli.cli; "
            "print([m for m in ('spacy', 'dateparser', 'thinc', 'trafilatura') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_command_has_help_with_an_example():
    docs = script("build_command_docs")
    names = [name for name, _command in docs.commands(docs.cli())]
    assert {"crimecli search", "crimecli documents rm", "crimecli store check"} <= set(names)
    for name in names:
        result = run(*name.split()[1:], "--help")
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"{name} --help has no Example"


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.startswith("crimecli ")


def test_extract_seeds_json_validates_and_finds_publication_dates(seed_files):
    result = run("extract", *map(str, seed_files), "--json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    jsonschema.validate(records, schema_for("document"))
    published = {Path(r["file"]).name[:3]: r["published"] for r in records}
    assert published["003"]["value"] == "2022-12-01"
    assert published["004"]["value"] == "2011-08-02"
    assert published["000"] is None and published["001"] is None and published["002"] is None


def test_extract_jsonl_prints_one_document_per_line(seed_files):
    result = run("extract", str(seed_files[1]), "--jsonl")
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["title"].startswith("Colombia asks for Venezuela")


def test_extract_published_option_anchors_undated_documents(seed_files):
    result = run("extract", str(seed_files[1]), "--published", "2012-07-20", "--json")
    record = json.loads(result.stdout)[0]
    assert record["published"]["value"] == "2012-07-20"


def test_missing_file_is_one_line_on_stderr_and_exit_1(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"), "--json")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "nope.txt" in result.stderr
    assert json.loads(result.stdout) == []


def test_unknown_format_is_a_user_error(seed_files):
    result = run("extract", str(seed_files[1]), "--format", "xml")
    assert result.exit_code == 1
    assert "unknown --format 'xml'" in result.stderr


def test_unknown_country_suggests_the_nearest():
    result = run("timeline", "Colombia", "Venezeula")
    assert result.exit_code == 1
    assert "Venezuela" in result.stderr
    assert "Traceback" not in result.output


def test_bad_date_option_is_a_user_error():
    result = run("timeline", "Colombia", "Venezuela", "--since", "the day after never")
    assert result.exit_code == 1
    assert "--since" in result.stderr


def test_timeline_on_the_bundled_corpus_is_sorted_and_validates():
    result = run("timeline", "Colombia", "Venezuela", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    jsonschema.validate(rows, schema_for("timeline_row"))
    assert len(rows) >= 10
    values = [r["date"]["value"] for r in rows]
    assert values == sorted(values)
    assert all({"Colombia", "Venezuela"} <= set(r["countries"]) for r in rows)
    # The 2019 rupture is reported by the Crisis Group report.
    assert any(r["date"]["value"].startswith("2019") and r["polarity"] == "conflict" for r in rows)


def test_timeline_accepts_short_forms_and_demonyms():
    by_name = json.loads(run("timeline", "Venezuela", "--json").stdout)
    by_demonym = json.loads(run("timeline", "venezuelan", "--json").stdout)
    assert by_name == by_demonym and by_name


def test_timeline_table_in_a_pipe_is_plain_text():
    result = run("timeline", "Colombia", "Venezuela", "--since", "2019")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["Date", "Kind", "Polarity"]
    assert not any(ch in result.stdout for ch in "┃│━")
    assert all(line.split("\t")[0] >= "2019" for line in lines[1:])


def test_timeline_csv_has_a_header_and_rows():
    result = run("timeline", "Colombia", "Venezuela", "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("date,kind,polarity,countries")
    assert len(lines) > 5


def test_aliases_by_alias_in_any_case():
    result = run("aliases", "diego rastrojo", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    jsonschema.validate(rows, schema_for("corpus_entity"))
    assert rows[0]["name"] == "Diego Perez Henao"
    assert "Diego Rastrojo" in rows[0]["aliases"]


def test_aliases_without_accents_finds_the_accented_name():
    rows = json.loads(run("aliases", "farc", "--json").stdout)
    assert rows[0]["name"] == "Revolutionary Armed Forces of Colombia"


def test_unknown_alias_is_no_result_with_a_suggestion():
    # README: "no results" is exit 0, an empty array in JSON mode; the hint goes to stderr.
    result = run("aliases", "Diego Rastroja")
    assert result.exit_code == 0
    assert "Diego Rastrojo" in result.stderr
    result = run("aliases", "Diego Rastroja", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "Diego Rastrojo" in result.stderr


def test_entities_filters_by_type():
    rows = json.loads(run("entities", "--type", "person", "--json").stdout)
    assert rows and all(r["label"] == "PERSON" for r in rows)
    names = {r["name"] for r in rows}
    assert {"Nicolás Maduro", "Gustavo Petro"} <= names


def test_entities_bad_type_is_a_user_error():
    result = run("entities", "--type", "animal")
    assert result.exit_code == 1
    assert "person, org, place" in result.stderr


def test_search_is_accent_and_alias_aware():
    hits = json.loads(run("search", "cucuta", "--json").stdout)
    assert hits and all("Cúcuta" in h["sentence"] or "Cucuta" in h["sentence"] for h in hits)
    hits = json.loads(run("search", "Jabon", "--json").stdout)
    assert any("Wilber Varela" in h["sentence"] for h in hits)


def test_ingest_then_query_the_store(tmp_path, seed_files):
    store = tmp_path / "mine.sqlite"
    result = run("ingest", str(seed_files[1]), "--store", str(store), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "added 1" in result.stderr
    again = run("ingest", str(seed_files[1]), "--store", str(store), "--jobs", "1")
    assert "unchanged 1" in again.stderr
    hits = json.loads(run("search", "Pinzon", "--store", str(store), "--json").stdout)
    assert hits and all(Path(h["file"]).name == seed_files[1].name for h in hits)


def test_show_prints_a_document(seed_files):
    result = run("show", seed_files[4].name, "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["published"]["value"] == "2011-08-02"


def test_module_entry_point_runs():
    out = subprocess.run([sys.executable, "-m", "crimecli", "--version"], capture_output=True,
                         text=True)
    assert out.returncode == 0 and out.stdout.startswith("crimecli ")


def test_ingest_a_folder_of_bad_input_names_every_refused_file(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "random.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Bogotá: la Policía Nacional capturó a alias \"El Mono\" "
                                        "el 4 de marzo.\n".encode("latin-1"))
    (folder / "loop").symlink_to(folder / "loop")
    store = tmp_path / "store.sqlite"
    result = run("ingest", str(folder), str(tmp_path / "missing.txt"), "--store", str(store),
                 "--jobs", "1")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "added 1," in result.stderr
    assert "warning: " in result.stderr and "cp1252" in result.stderr
    for name, reason in [("empty.txt", "empty file"), ("loop", "symlink loop"),
                         ("missing.txt", "no such file")]:
        line = next((l for l in result.stderr.splitlines() if l.startswith("refused") and name in l), "")
        assert reason in line, f"{name}: {line!r}"
    # A type crimecli does not read is named as skipped, not refused.
    line = next(l for l in result.stderr.splitlines() if "random.bin" in l)
    assert line.startswith("skipped") and "unsupported file type" in line
