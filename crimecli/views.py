"""What each command shows in its table and CSV: columns, colours, footers.

JSON modes print the full records; these views only decide the human-facing columns.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from crimecli.models import Extraction
from crimecli.render import Column

POLARITY_STYLE = {"cooperation": "green", "conflict": "red", "neutral": "yellow"}


def basename(path: str | None) -> str:
    return os.path.basename(path or "")


def _published(record: dict[str, Any]) -> str:
    published = record.get("published")
    return published["value"] if published else ""


EXTRACT_COLUMNS = [
    Column("File", lambda r: basename(r["file"]), ratio=2),
    Column("Title", lambda r: r.get("title"), ratio=4),
    Column("Published", _published),
    Column("Words", lambda r: r["words"]),
    Column("Entities", lambda r: len(r["entities"])),
    Column("Aliases", lambda r: len(r["aliases"])),
    Column("Dates", lambda r: len(r["dates"])),
    Column("Events", lambda r: len(r["events"])),
]

ENTITY_COLUMNS = [
    Column("Name", lambda r: r["name"], ratio=3),
    Column("Type", lambda r: r["label"]),
    Column("Kind", lambda r: r.get("kind")),
    Column("Aliases", lambda r: r.get("aliases"), ratio=3),
    Column("Variants", lambda r: [v for v in r.get("variants", [])
                                  if v not in r.get("aliases", [])], ratio=3),
    Column("Country", lambda r: r.get("country")),
    Column("Mentions", lambda r: r.get("mentions")),
    Column("Documents", lambda r: [basename(d) for d in r.get("documents", [])], ratio=2),
]


def _highlighted(record: dict[str, Any]) -> Any:
    from rich.text import Text

    text = Text(record["sentence"])
    for start, end in record.get("highlight") or []:
        text.stylize("bold yellow", start, end)
    return text


def search_columns(fmt: str) -> list[Column]:
    sentence = (Column("Sentence", _highlighted, ratio=6) if fmt == "table"
                else Column("Sentence", lambda r: r["sentence"]))
    return [
        Column("Score", lambda r: f"{r['score']:.2f}" if fmt == "table" else r["score"]),
        sentence,
        Column("Entities", lambda r: r.get("entities"), ratio=2),
        Column("File", lambda r: basename(r["file"]), ratio=2),
        Column("Date", lambda r: r.get("date")),
        Column("Start", lambda r: r.get("start")),
        Column("End", lambda r: r.get("end")),
    ]


def _date(record: dict[str, Any]) -> str:
    date = record["date"]
    return date.get("value") or f"({date.get('text') or 'undated'})"


def _sources(record: dict[str, Any]) -> list[str]:
    mentions = record.get("mentions") or [record]
    seen: list[str] = []
    for mention in mentions:
        name = basename(mention.get("file"))
        if name not in seen:
            seen.append(name)
    return seen


def _trimmed(record: dict[str, Any]) -> str:
    from crimecli.timeline import trim_sentence

    return trim_sentence(record["sentence"], record["date"].get("text") or "", 220)


TIMELINE_COLUMNS = [
    Column("Date", _date),
    Column("Kind", lambda r: r["kind"]),
    Column("Polarity", lambda r: r["polarity"], style=lambda r: POLARITY_STYLE.get(r["polarity"])),
    Column("Countries", lambda r: r.get("countries"), ratio=2),
    Column("Actors", lambda r: r.get("actors"), ratio=2),
    Column("Sentence", _trimmed, ratio=6),
    Column("Source", _sources, ratio=2),
]


def yearly_footer(summary: list[dict[str, Any]]) -> Callable[[Any], None]:
    """The per-year cooperation (+) against conflict (-) view printed under the table."""

    def footer(console: Any) -> None:
        if not summary:
            return
        width = max(max(s["cooperation"], s["conflict"]) for s in summary) or 1
        scale = min(1.0, 20 / width)
        lines = []
        for row in summary:
            coop = "+" * max(1 if row["cooperation"] else 0, round(row["cooperation"] * scale))
            conf = "-" * max(1 if row["conflict"] else 0, round(row["conflict"] * scale))
            lines.append((str(row["year"]), row, coop, conf))
        if console is None:  # plain output: stdout is a pipe; keep the view off the data
            from crimecli.render import status_console

            err = status_console()
            for year, row, coop, conf in lines:
                err.print(f"{year}  cooperation {row['cooperation']:>3} {coop:<20}  "
                          f"conflict {row['conflict']:>3} {conf}", markup=False, highlight=False)
            return
        from rich.table import Table
        from rich.text import Text

        table = Table(title="Cooperation vs conflict by year", box=None, header_style="bold")
        table.add_column("Year")
        table.add_column("Cooperation", justify="right")
        table.add_column("", min_width=20)
        table.add_column("Conflict", justify="right")
        table.add_column("", min_width=20)
        table.add_column("Neutral", justify="right")
        for year, row, coop, conf in lines:
            table.add_row(year, str(row["cooperation"]), Text(coop, style="green"),
                          str(row["conflict"]), Text(conf, style="red"), str(row["neutral"]))
        console.print(table)

    return footer


def print_document(extraction: Extraction) -> None:
    """The document text with entity mentions, dates and events highlighted."""
    from rich.text import Text

    from crimecli.render import data_console

    doc = extraction.document
    console = data_console()
    console.soft_wrap = True  # the text wraps in the terminal, not in a pipe or a file
    published = doc.published.value if doc.published else "no date stated"
    console.print(Text(f"{doc.title or basename(doc.file)}", style="bold"))
    console.print(Text(f"{doc.file} · {published} · {extraction.words:,} words · "
                       f"{len(extraction.entities)} entities · {len(extraction.events)} events",
                       style="dim"))
    text = Text(doc.body)
    styles = {"PERSON": "bold cyan", "ORG": "bold magenta", "PLACE": "bold green"}
    for event in extraction.events:
        text.stylize("underline", event.start, event.end)
    for entity in extraction.entities:
        for mention in entity.mentions:
            text.stylize(styles.get(entity.label, "bold"), mention.start, mention.end)
    for timex in extraction.dates:
        text.stylize("bold yellow", timex.start, timex.end)
    console.print(text)
    legend = Text()
    for label, style in styles.items():
        legend.append(f" {label} ", style=style)
    legend.append(" DATE ", style="bold yellow")
    legend.append(" event sentence ", style="underline")
    console.print(legend)


def _files(record: dict[str, Any]) -> list[str]:
    files = record.get("files") or [record["file"]]
    return [basename(f) for f in files]


DOCUMENT_COLUMNS = [
    Column("Doc id", lambda r: r["doc_id"][:12]),
    Column("File", _files, ratio=3),
    Column("Title", lambda r: r.get("title"), ratio=4),
    Column("Published", _published),
    Column("Words", lambda r: r["words"]),
    Column("Stored at", lambda r: r.get("added_at")),
]


def check_lines(report: dict[str, Any]) -> list[str]:
    """``crimecli store check`` as lines of plain text."""
    lines = [f"store: {report['store']}",
             f"schema version: {report['schema_version']} ({', '.join(report['migrations']) or 'none'})"]
    if report["pending_migrations"]:
        lines.append(f"to apply: {', '.join(report['pending_migrations'])} (the next crimecli ingest does)")
    lines += [f"{table}: {count:,}" for table, count in report["counts"].items()]
    if report["ok"]:
        lines.append("integrity: ok")
    else:
        lines.append(f"integrity: DAMAGED ({len(report['problems'])} problems)")
        lines += [f"  {problem}" for problem in report["problems"]]
        lines.append("to repair: `crimecli store reindex` rebuilds the search index and the other "
                     "derived tables; if it cannot, ingest your files into a new --store")
    return lines
