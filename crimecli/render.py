"""records -> rich table / JSON / JSONL / CSV. Only ``emit`` (and friends) print.

Two consoles: data goes to stdout, progress, warnings and errors to stderr. Tables are plain,
one record per line with tab-separated cells, when stdout is not a terminal, so ``grep``,
``cut`` and ``sort`` work on them.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

FORMATS = ("table", "json", "jsonl", "csv")


@dataclass
class Column:
    header: str
    value: Callable[[dict[str, Any]], Any]
    style: Callable[[dict[str, Any]], str | None] | None = None
    max_width: int | None = None
    ratio: int | None = None


def cell_text(value: Any) -> str:
    """A cell's plain text: lists joined with '; ', None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def data_console():
    from rich.console import Console

    return Console(soft_wrap=False, highlight=False)


def status_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def write(text: str) -> None:
    sys.stdout.write(text)


def emit_json(records: Sequence[dict[str, Any]]) -> None:
    write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")


def emit_jsonl(records: Iterable[dict[str, Any]]) -> None:
    for record in records:
        write(json.dumps(record, ensure_ascii=False) + "\n")


def emit_csv(records: Iterable[dict[str, Any]], columns: Sequence[Column]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.header.lower().replace(" ", "_") for c in columns])
    for record in records:
        writer.writerow([cell_text(c.value(record)) for c in columns])
    write(buffer.getvalue())


def emit_table(
    records: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    *,
    title: str | None = None,
    empty: str = "No results.",
    footer: Callable[[Any], None] | None = None,
) -> None:
    """A rich table on a terminal; tab-separated plain lines otherwise."""
    if not _stdout_is_terminal():
        if records:
            write("\t".join(c.header for c in columns) + "\n")
        for record in records:
            write("\t".join(cell_text(c.value(record)).replace("\n", " ").replace("\t", " ")
                            for c in columns) + "\n")
        if not records:
            status_console().print(empty)
        if footer:
            footer(None)
        return

    from rich.table import Table
    from rich.text import Text

    console = data_console()
    if not records:
        console.print(empty)
        if footer:
            footer(console)
        return
    table = Table(title=title, show_lines=False, expand=True, header_style="bold")
    for column in columns:
        table.add_column(column.header, max_width=column.max_width, ratio=column.ratio,
                         overflow="fold")
    for record in records:
        cells = []
        for column in columns:
            value = column.value(record)
            if isinstance(value, Text):
                cells.append(value)
            else:
                style = column.style(record) if column.style else None
                cells.append(Text(cell_text(value), style=style or ""))
        table.add_row(*cells)
    console.print(table)
    if footer:
        footer(console)


def emit(
    records: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[Column],
    *,
    title: str | None = None,
    empty: str = "No results.",
    footer: Callable[[Any], None] | None = None,
) -> None:
    """Print records in the chosen format: the full records in JSON modes, columns otherwise."""
    if fmt == "json":
        emit_json(records)
    elif fmt == "jsonl":
        emit_jsonl(records)
    elif fmt == "csv":
        emit_csv(records, columns)
    else:
        emit_table(records, columns, title=title, empty=empty, footer=footer)
