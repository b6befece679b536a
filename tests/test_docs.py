"""The docs describe the commands and the contract that really exist."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import script

REPO = Path(__file__).resolve().parent.parent


def commands() -> list[tuple[str, object]]:
    """("crimecli search", its Click command), for every command and subcommand."""
    docs = script("build_command_docs")
    return docs.commands(docs.cli())


def test_command_reference_covers_every_command_with_its_example():
    reference = (REPO / "docs" / "commands.md").read_text(encoding="utf-8")
    for name, command in commands():
        assert f"## {name}\n" in reference, f"docs/commands.md lacks {name}"
        example_line = next(line.strip() for line in command.help.splitlines() if "Example:" in line)
        assert example_line in reference, f"docs/commands.md has an old example for {name}"


def test_command_reference_is_generated_from_the_cli():
    """scripts/build_command_docs.py --check, as a user runs it on a fresh clone."""
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_command_docs.py"), "--check"],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr


def test_readme_shows_every_command_and_the_two_step_quick_start():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name, _command in commands():
        assert name in readme, f"README.md has no example of {name}"
    quick = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    lines = [line for line in quick.strip().splitlines() if line.strip()]
    assert len(lines) == 2
    assert "crimecli timeline Colombia Venezuela" in lines[0]
    assert "pytest" in lines[1]


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r"(python -m pytest[^\n`]*)", readme).group(1).strip()
    assert command in ci


def test_schema_is_valid_json_schema():
    import jsonschema

    schema = json.loads((REPO / "docs" / "schema" / "crimecli.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)


def test_help_explains_every_argument():
    """Each positional argument's help text reaches `--help` (Click 8.5 drops it under Typer 0.25)."""
    from typer.testing import CliRunner

    from crimecli.cli import app

    for name, command in commands():
        for param in command.params:
            if param.param_type_name != "argument":
                continue
            assert getattr(param, "help", None), f"{name}: argument {param.name} has no help"
            words = name.split()[1:]
            result = CliRunner().invoke(app, [*words, "--help"], terminal_width=200)
            assert result.exit_code == 0, name
            first_words = " ".join(param.help.split()[:3])
            assert first_words in " ".join(result.output.split()), f"{name}: {param.name} help missing"
