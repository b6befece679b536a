"""What each command shows in its table and CSV: columns, colours, footers.

JSON modes print the full records; these views only decide the human-facing columns.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

from crimecli.models import Extraction
from crimecli.render import Column, stdout_is_terminal

POLARITY_STYLE = {"cooperation": "green", "conflict": "red", "neutral": "yellow"}
# The longest bar of the per-year view (the view then fits 80 columns).
BAR_WIDTH = 16


def basename(path: str | None) -> str:
    return os.path.basename(path or "")


# A content hash inside a file name ("003_8935b5cdd3d6178b.txt"): 12+ hex digits.
_HASH_RUN = re.compile(r"(?<![0-9a-f])([0-9a-f]{6})[0-9a-f]{6,}(?![0-9a-f])")


def short_name(path: str | None) -> str:
    """A file's name for a table cell: the base name with a long hash cut to six digits
    ("003_8935b5….txt"); JSON and CSV keep the full path."""
    return _HASH_RUN.sub(r"\1…", basename(path))


def _documents(record: dict[str, Any]) -> str:
    """The documents an entity is found in, for a table: the first two, then a count."""
    names = [short_name(d) for d in record.get("documents", [])]
    if len(names) <= 2:
        return "; ".join(names)
    return f"{names[0]}; {names[1]} (+{len(names) - 2} more)"


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


def _compact(fmt: str) -> bool:
    """A table for a person at a terminal (piped tables keep full values, for grep and cut)."""
    return fmt == "table" and stdout_is_terminal()


def entity_columns(fmt: str) -> list[Column]:
    """Entity rows: at a terminal the Documents column names two files and counts the rest (a
    name found in 2,000 files is one line, not 2,000); elsewhere every file is listed."""
    if not _compact(fmt):
        return ENTITY_COLUMNS
    name, label, kind, aliases, variants, country, mentions, _documents_column = ENTITY_COLUMNS
    return [
        Column("Name", name.value, ratio=3, min_width=16),
        label,
        Column("Kind", kind.value, max_width=14, drop=3),
        Column("Aliases", aliases.value, ratio=3, drop=1),
        Column("Variants", variants.value, ratio=3, drop=4),
        country,
        mentions,
        Column("Documents", _documents, ratio=2, drop=2),
    ]


def _highlighted(record: dict[str, Any]) -> Any:
    from rich.text import Text

    text = Text(record["sentence"])
    for start, end in record.get("highlight") or []:
        text.stylize("bold yellow", start, end)
    return text


def search_columns(fmt: str) -> list[Column]:
    sentence = (Column("Sentence", _highlighted, ratio=6, min_width=24) if fmt == "table"
                else Column("Sentence", lambda r: r["sentence"]))
    return [
        Column("Score", lambda r: f"{r['score']:.2f}" if fmt == "table" else r["score"], drop=3),
        sentence,
        Column("Entities", lambda r: r.get("entities"), ratio=2, drop=4),
        Column("File", lambda r: short_name(r["file"]) if _compact(fmt) else basename(r["file"]),
               ratio=2),
        Column("Date", lambda r: r.get("date")),
        Column("Start", lambda r: r.get("start"), drop=5),
        Column("End", lambda r: r.get("end"), drop=5),
    ]


def _date(record: dict[str, Any]) -> str:
    date = record["date"]
    return date.get("value") or f"({date.get('text') or 'undated'})"


def _sources(record: dict[str, Any], name: Callable[[str | None], str] = basename) -> list[str]:
    mentions = record.get("mentions") or [record]
    seen: list[str] = []
    for mention in mentions:
        shown = name(mention.get("file"))
        if shown not in seen:
            seen.append(shown)
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


def timeline_columns(fmt: str) -> list[Column]:
    """Timeline rows: in a table the kind wraps over lines instead of taking 30 columns, and
    sources are short file names; elsewhere the full values."""
    if not _compact(fmt):
        return TIMELINE_COLUMNS
    polarity = lambda r: POLARITY_STYLE.get(r["polarity"])  # noqa: E731
    return [
        Column("Date", _date),
        # Coloured by polarity, so the kind still tells it when the Polarity column is left out.
        Column("Kind", lambda r: r["kind"], style=polarity, max_width=14),
        Column("Polarity", lambda r: r["polarity"], style=polarity, drop=1),
        Column("Countries", lambda r: r.get("countries"), ratio=2),
        Column("Actors", lambda r: r.get("actors"), ratio=2, drop=3),
        Column("Sentence", _trimmed, ratio=6, min_width=24),
        Column("Source", lambda r: _sources(r, short_name), ratio=2, drop=2),
    ]


def yearly_footer(summary: list[dict[str, Any]]) -> Callable[[Any], None]:
    """The per-year cooperation (+) against conflict (-) view printed under the table."""

    def footer(console: Any) -> None:
        if not summary:
            return
        width = max(max(s["cooperation"], s["conflict"]) for s in summary) or 1
        scale = min(1.0, BAR_WIDTH / width)
        lines = []
        for row in summary:
            coop = "+" * max(1 if row["cooperation"] else 0, round(row["cooperation"] * scale))
            conf = "-" * max(1 if row["conflict"] else 0, round(row["conflict"] * scale))
            lines.append((str(row["year"]), row, coop, conf))
        if console is None:  # plain output: stdout is a pipe; keep the view off the data
            from crimecli.render import status_console

            err = status_console()
            for year, row, coop, conf in lines:
                err.print(f"{year}  cooperation {row['cooperation']:>3} {coop:<{BAR_WIDTH}}  "
                          f"conflict {row['conflict']:>3} {conf}", markup=False, highlight=False)
            return
        from rich.table import Table
        from rich.text import Text

        table = Table(title="Cooperation vs conflict by year", box=None, header_style="bold")
        table.add_column("Year")
        table.add_column("Cooperation", justify="right")
        table.add_column("", min_width=BAR_WIDTH)
        table.add_column("Conflict", justify="right")
        table.add_column("", min_width=BAR_WIDTH)
        table.add_column("Neutral", justify="right")
        for year, row, coop, conf in lines:
            table.add_row(year, str(row["cooperation"]), Text(coop, style="green"),
                          str(row["conflict"]), Text(conf, style="red"), str(row["neutral"]))
        console.print(table)

    return footer


def print_document(extraction: Extraction) -> None:
    """The document: highlighted in colour at a terminal (wrapped between words), with the
    marks written into the text when piped (see :func:`marked_text`)."""
    from rich.text import Text

    from crimecli.render import data_console, write

    doc = extraction.document
    published = doc.published.value if doc.published else "no date stated"
    heading = doc.title or basename(doc.file)
    articles = f"{len(doc.articles)} articles · " if len(doc.articles) > 1 else ""
    facts = (f"{doc.file} · {published} · {articles}{extraction.words:,} words · "
             f"{len(extraction.entities)} entities · {len(extraction.events)} events")
    if not stdout_is_terminal():
        write(f"{heading}\n{facts}\n\n{marked_text(extraction)}\n")
        return
    console = data_console()
    console.print(Text(heading, style="bold"))
    console.print(Text(facts, style="dim"))
    text = Text(doc.text)
    styles = {"PERSON": "bold cyan", "ORG": "bold magenta", "PLACE": "bold green"}
    for start, end in doc.boilerplate:
        text.stylize("dim", start, end)
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
    legend.append(" boilerplate (not analysed) ", style="dim")
    console.print(legend)


def _files(record: dict[str, Any]) -> list[str]:
    files = record.get("files") or [record["file"]]
    return [basename(f) for f in files]


def _titles(record: dict[str, Any]) -> str | None:
    """The document's title, and how many more articles the file holds."""
    more = len(record.get("articles") or ()) - 1
    title = record.get("title") or ""
    return f"{title} (+{more} more article{'s' if more > 1 else ''})".strip() if more > 0 else record.get("title")


DOCUMENT_COLUMNS = [
    Column("Doc id", lambda r: r["doc_id"][:12]),
    Column("File", _files, ratio=3),
    Column("Title", _titles, ratio=4),
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


def marked_text(extraction: Extraction) -> str:
    """The document's text with its marks written in: ``[[Nicolás Maduro|PERSON]]``,
    ``[[4 October|DATE 2022-10-04]]``, ``{{an event sentence}}``. Marks that would cross
    another mark's edge (rare overlaps) are left out, so the brackets always pair up."""
    doc = extraction.document
    spans: list[tuple[int, int, str, str]] = []
    for event in extraction.events:
        spans.append((event.start, event.end, "{{", "}}"))
    for entity in extraction.entities:
        for mention in entity.mentions:
            spans.append((mention.start, mention.end, "[[", f"|{entity.label}]]"))
    for timex in extraction.dates:
        value = f" {timex.value}" if timex.value else ""
        spans.append((timex.start, timex.end, "[[", f"|DATE{value}]]"))
    spans.sort(key=lambda span: (span[0], -span[1]))
    inserts: list[tuple[int, int, str]] = []  # (offset, order, mark): closes before opens
    open_ends: list[int] = []
    for start, end, opening, closing in spans:
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if start >= end or (open_ends and end > open_ends[-1]):
            continue  # empty, or it crosses the edge of the mark it starts in
        open_ends.append(end)
        inserts.append((start, 1 + len(open_ends), opening))
        inserts.append((end, -len(open_ends), closing))
    inserts.sort(key=lambda item: (item[0], item[1]))
    text, parts, at = doc.text, [], 0
    for offset, _order, mark in inserts:
        parts.append(text[at:offset])
        parts.append(mark)
        at = offset
    parts.append(text[at:])
    return "".join(parts)
