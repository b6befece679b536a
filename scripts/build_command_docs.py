"""Regenerate docs/commands.md from the CLI's own help text, so the reference cannot drift.

    python scripts/build_command_docs.py          # rewrite docs/commands.md
    python scripts/build_command_docs.py --check  # exit 1 if it is out of date (tests run this)

The page is built from the commands' docstrings and their parameters' help, not from Click's
formatted --help screen, whose layout changes between Click and Typer releases: the same CLI
gives the same page on any install.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "docs" / "commands.md"


def commands(group: click.Group, prefix: str = "crimecli") -> list[tuple[str, click.Command]]:
    """Every command and group under ``group``, with its full name, in the order --help lists."""
    found = []
    ctx = click.Context(group, info_name=prefix)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        full = f"{prefix} {name}"
        found.append((full, command))
        if isinstance(command, click.Group):
            found.extend(commands(command, full))
    return found


def cli() -> click.Group:
    import typer

    from crimecli.cli import app

    return typer.main.get_command(app)


def _metavar(param: click.Parameter) -> str:
    if isinstance(param, click.Argument):
        name = (param.metavar or param.name or "").upper()
        return f"{name}..." if param.nargs == -1 else name
    if getattr(param, "is_flag", False):
        return ""
    if param.metavar:
        return param.metavar
    if isinstance(param.type, click.Choice):
        return "[" + "|".join(map(str, param.type.choices)) + "]"
    return {"integer range": "INTEGER", "float range": "FLOAT"}.get(param.type.name, param.type.name.upper())


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _argument_help(command: click.Command) -> dict[str, str]:
    """Each argument's help, from its Typer declaration: Click 8.5 gave click.Argument a help of
    its own, which Typer < 0.26 leaves empty, so the Click object has it on some installs only."""
    from typer.models import ArgumentInfo
    from typer.utils import get_params_from_function

    if command.callback is None:
        return {}
    return {name: info.default.help or "" for name, info in get_params_from_function(command.callback).items()
            if isinstance(info.default, ArgumentInfo)}


def _parameter_row(param: click.Parameter, arguments: dict[str, str]) -> str:
    if isinstance(param, click.Argument):
        names = _metavar(param)
        notes = [arguments.get(param.name or "", "")]
    else:
        names = ", ".join([*param.opts, *param.secondary_opts])
        metavar = _metavar(param)
        if metavar:
            names += f" {metavar}"
        notes = [getattr(param, "help", None) or ""]
    if getattr(param, "multiple", False) and "repeat" not in notes[0]:
        notes.append("Repeatable.")
    if param.required:
        notes.append("Required.")
    default = param.default
    if default not in (None, False, "", ()) and not callable(default) and not getattr(param, "is_flag", False):
        notes.append(f"Default: `{default}`.")
    if getattr(param, "envvar", None):
        notes.append(f"Environment: `{param.envvar}`.")
    return f"| `{names}` | {_cell(' '.join(n for n in notes if n))} |"


def _usage(name: str, command: click.Command) -> str:
    pieces = [name, "[OPTIONS]"]
    for param in command.params:
        if isinstance(param, click.Argument):
            metavar = _metavar(param)
            pieces.append(metavar if param.required else f"[{metavar}]")
    if isinstance(command, click.Group):
        pieces.append("COMMAND [ARGS]..." if not command.invoke_without_command else "[COMMAND] [ARGS]...")
    return " ".join(pieces)


def _help(command: click.Command) -> str:
    return inspect.cleandoc(command.help or "")


def render() -> str:
    root = cli()
    found = commands(root)
    parts = ["# Command reference\n",
             "Generated from the CLI's own help by `scripts/build_command_docs.py`; do not edit by "
             "hand. `crimecli COMMAND --help` prints the same.\n",
             "## crimecli\n", "```\n" + _help(root) + "\n```\n",
             "| Command | What it does |\n|---|---|"]
    parts[-1] += "".join(f"\n| `{name}` | {_cell(_help(command).splitlines()[0])} |"
                         for name, command in found) + "\n"
    for name, command in found:
        section = [f"## {name}\n", "```\n" + _usage(name, command) + "\n\n" + _help(command) + "\n```\n"]
        arguments = _argument_help(command)
        rows = [_parameter_row(p, arguments) for p in command.params if not getattr(p, "hidden", False)]
        if rows:
            section.append("| Argument or option | Meaning |\n|---|---|\n" + "\n".join(rows) + "\n")
        if isinstance(command, click.Group):
            ctx = click.Context(command, info_name=name)
            listed = ", ".join(f"`{name} {sub}`" for sub in command.list_commands(ctx))
            section.append(f"Commands: {listed}.\n")
        parts.append("\n".join(section))
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
