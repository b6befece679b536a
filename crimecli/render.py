"""records -> rich table / JSON / JSONL / CSV. Only ``emit`` (and friends) print.

Two consoles: data goes to stdout, progress, warnings and errors to stderr. Tables are plain,
one record per line with tab-separated cells, when stdout is not a terminal, so ``grep``,
``cut`` and ``sort`` work on them.

Text from users and documents is never read as rich markup or emoji codes: both consoles have
markup and emoji off, so ``[/bold]`` in a query or ``:b:`` in a sentence print as typed. Styles
come only from ``rich.text.Text`` objects built here and in views.py.
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
# Words longer than this (URLs, long file names) may be broken across lines in a table cell.
LONGEST_UNBROKEN_WORD = 18


@dataclass
class Column:
    header: str
    value: Callable[[dict[str, Any]], Any]
    style: Callable[[dict[str, Any]], str | None] | None = None
    max_width: int | None = None
    ratio: int | None = None
    min_width: int | None = None  # the least a readable cell needs (a sentence, say)
    drop: int = 0  # on a narrow terminal, columns with the highest ``drop`` go first; 0 stays


def cell_text(value: Any) -> str:
    """A cell's plain text: lists joined with '; ', None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def data_console():
    from rich.console import Console

    return Console(soft_wrap=False, highlight=False, markup=False, emoji=False)


def status_console():
    from rich.console import Console

    # soft_wrap: a message stays one line (the terminal wraps it), never cut at 80 columns.
    return Console(stderr=True, highlight=False, markup=False, emoji=False, soft_wrap=True)


def styled(text: str, style: str = ""):
    """``text`` as a rich Text: printed as is whatever brackets or colons it holds."""
    from rich.text import Text

    return Text(text, style=style)


def write(text: str) -> None:
    sys.stdout.write(text)


def emit_json(records: Sequence[dict[str, Any]]) -> None:
    write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")


def emit_jsonl(records: Iterable[dict[str, Any]]) -> None:
    for record in records:
        write(json.dumps(record, ensure_ascii=False) + "\n")


def emit_csv(records: Iterable[dict[str, Any]], columns: Sequence[Column]) -> None:
    from crimecli.csvsafe import neutralise

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.header.lower().replace(" ", "_") for c in columns])
    for record in records:
        # Document text must not become a live formula in a spreadsheet (crimecli.csvsafe).
        writer.writerow([neutralise(cell_text(c.value(record))) for c in columns])
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
    if not stdout_is_terminal():
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
    rows = []
    for record in records:
        cells = []
        for column in columns:
            value = column.value(record)
            if isinstance(value, Text):
                cells.append(value)
            else:
                style = column.style(record) if column.style else None
                cells.append(Text(cell_text(value), style=style or ""))
        rows.append(cells)
    # Each column at least as wide as its longest word (within reason), so rich wraps between
    # words and never breaks "Venezuela" into "Venezuel" / "a"; when that does not fit the
    # terminal, the least needed columns are left out rather than squeezed. The widths are
    # worked out here and given to rich exactly.
    cells_by_column = [[cells[i] for cells in rows] for i in range(len(columns))]
    floors = [_least_width(column, cells) for column, cells in zip(columns, cells_by_column)]
    shown = list(range(len(columns)))
    while sum(floors[i] + 3 for i in shown) + 1 > console.width:
        droppable = [i for i in shown if columns[i].drop]
        if not droppable:
            break
        shown.remove(max(droppable, key=lambda i: columns[i].drop))
    widths = _share_width([columns[i] for i in shown], [cells_by_column[i] for i in shown],
                          [floors[i] for i in shown], console.width - 3 * len(shown) - 1)
    table = Table(title=title, show_lines=False, header_style="bold")
    for i, width in zip(shown, widths):
        table.add_column(columns[i].header, width=width, overflow="fold")
    for cells in rows:
        table.add_row(*(cells[i] for i in shown))
    console.print(table)
    if footer:
        footer(console)


def _least_width(column: Column, cells: Sequence[Any]) -> int:
    """The narrowest a column can be without breaking a word (longer words than
    LONGEST_UNBROKEN_WORD, such as URLs, may break) or its header."""
    longest = max((len(word) for cell in cells for word in cell.plain.split()), default=0)
    width = max(min(max(longest, len(column.header)), LONGEST_UNBROKEN_WORD), column.min_width or 0)
    return min(width, column.max_width) if column.max_width else width


def _share_width(columns: Sequence[Column], cells: Sequence[Sequence[Any]], floors: list[int],
                 available: int) -> list[int]:
    """Column widths that fill ``available``: every column gets its floor, columns without a
    ratio grow to their content (up to their max_width), then ratio columns share what is left
    in proportion to their ratios, none beyond its content."""
    widths = list(floors)
    natural = []
    for column, column_cells, floor in zip(columns, cells, floors):
        longest = max((len(line) for cell in column_cells for line in cell.plain.split("\n")), default=0)
        longest = max(longest, len(column.header), floor)
        natural.append(min(longest, column.max_width) if column.max_width else longest)
    spare = available - sum(widths)
    for i, column in enumerate(columns):
        if not column.ratio and spare > 0:
            grow = max(0, min(natural[i] - widths[i], spare))
            widths[i] += grow
            spare -= grow
    while spare > 0:
        growable = [i for i, column in enumerate(columns) if column.ratio and widths[i] < natural[i]]
        if not growable:
            break
        i = min(growable, key=lambda i: widths[i] / columns[i].ratio)
        widths[i] += 1
        spare -= 1
    return [max(width, 1) for width in widths]


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
