"""Regenerate docs/commands.md from the CLI's own help text, so the reference cannot drift.

    python scripts/build_command_docs.py          # rewrite docs/commands.md
    python scripts/build_command_docs.py --check  # exit 1 if it is out of date (used by tests)
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "docs" / "commands.md"


def render() -> str:
    from typer.testing import CliRunner

    from crimecli.cli import app

    runner = CliRunner()
    parts = ["# Command reference\n",
             "Generated from `crimecli --help` by `scripts/build_command_docs.py`; "
             "do not edit by hand.\n"]
    top = runner.invoke(app, ["--help"], terminal_width=100, env={"COLUMNS": "100"})
    parts.append("## crimecli\n\n```\n" + top.output.strip() + "\n```\n")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        result = runner.invoke(app, [name, "--help"], terminal_width=100, env={"COLUMNS": "100"})
        parts.append(f"## crimecli {name}\n\n```\n{result.output.strip()}\n```\n")
    return "\n".join(parts)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print("docs/commands.md is out of date: run python scripts/build_command_docs.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
