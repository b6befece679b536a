"""The command line: parse options, call one crimecli.api function, render. Nothing else.

spaCy and dateparser are imported only inside the commands that need them, so
``crimecli --help`` stays fast.

Exit codes: 0 success (also "no results"), 1 a user error (one line on stderr), 2 a usage error
from Typer/Click, 130 interrupted. Text a user typed or a document holds reaches the consoles
as plain text (render.py turns rich markup and emoji codes off).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from crimecli import __version__
from crimecli.errors import CrimecliError, shown

app = typer.Typer(
    name="crimecli",
    help=(
        "Who is who and what happened when, in organised-crime reporting on Latin America.\n\n"
        "Reads articles and reports (txt, md, html, pdf, docx), finds people, aliases, organisations, "
        "places and dated events, and answers questions about them as tables or JSON.\n\n"
        "Example: crimecli timeline Colombia Venezuela"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    # Click already says "Did you mean ...?" for a mistyped command; Typer's own suggestion
    # would repeat it.
    suggest_commands=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# ---- shared options -------------------------------------------------------------------------

# Paths are checked by crimecli itself (one clear line, exit 1), not by Click's usage error.
CorpusOpt = Annotated[Optional[list[Path]], typer.Option(
    "--corpus", readable=False, help="Work over exactly these files or folders (repeatable), "
    "extracted on the fly and cached, instead of the store.")]
StoreOpt = Annotated[Optional[str], typer.Option(
    "--store", envvar="CRIMECLI_STORE", metavar="PATH|URL",
    help="The store: a SQLite file (a path or sqlite:///PATH) or a PostgreSQL database "
    "(postgresql://USER@HOST/DB) [default: a SQLite file in the user data dir].")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="Only from this date on "
                                                 "(e.g. 2019, 'March 2020', 2020-03-05).")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Only up to this date.")]
TypeOpt = Annotated[Optional[str], typer.Option("--type", "-t", help="person, org or place.")]
CountryOpt = Annotated[Optional[str], typer.Option("--country", help="Only entities of this "
                                                   "country (any spelling: US, U.S., Venezuelan).")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", "-n", min=1,
                                                 help="Show at most N results.")]
FormatOpt = Annotated[str, typer.Option(
    "--format", "-f", help="table, json, jsonl or csv. Tables are plain text when piped.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help="Shorthand for --format jsonl.")]
ModelOpt = Annotated[Optional[str], typer.Option(
    "--model", envvar="CRIMECLI_MODEL",
    help="An installed spaCy model to layer the rules on (e.g. en_core_web_sm).")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1,
                                                help="Worker processes [default: every core].")]


def output_format(fmt: str, as_json: bool, as_jsonl: bool) -> str:
    from crimecli.render import FORMATS

    if as_json:
        return "json"
    if as_jsonl:
        return "jsonl"
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise CrimecliError(f"unknown --format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return fmt


def fail(message: str, code: int = 1) -> None:
    """One clear line on stderr, then exit."""
    error(message)
    raise typer.Exit(code)


def error(message: str) -> None:
    """``error: message`` on stderr, on one line whatever the message holds."""
    from rich.text import Text

    from crimecli.render import status_console

    status_console().print(Text.assemble(("error:", "bold red"), " ", " ".join(message.split())),
                           soft_wrap=True)


def handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn crimecli's errors into one stderr line and exit code 1; a closed pipe ends quietly."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CrimecliError as exc:
            fail(str(exc), exc.exit_code)
        except BrokenPipeError:
            quiet_closed_pipe()
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            fail("interrupted; what was saved is consistent, run the command again to finish", 130)
        except OSError as exc:
            # A path the user gave that the system refuses (a name too long, a read-only or full
            # disk): say which and why, in one line. Anything else is a bug and stays loud.
            if exc.filename is None:
                raise
            fail(f"{shown(os.fsdecode(exc.filename))}: {exc.strerror or exc}")

    return wrapper


def quiet_closed_pipe() -> None:
    """`crimecli ... | head`: stop writing, say nothing (the interpreter's final flush of
    stdout would fail again and print a warning)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def note(message: str) -> None:
    from crimecli.render import status_console, styled

    status_console().print(styled(message, "dim"), soft_wrap=True)


def say(message: str) -> None:
    """A plain line on stderr (summaries, warnings, refusals)."""
    from crimecli.render import status_console

    status_console().print(message, soft_wrap=True)


#: How many skipped files the summary names before it only counts them.
LISTED_SKIPS = 10


class Progress:
    """A progress bar on stderr while files are processed; silent when stderr is no terminal.

    The bar starts with the run's first event: when this process does the extracting (one
    file, ``--jobs 1``) it refreshes itself and names the file being read, and a long file read
    in sections moves the bar section by section instead of leaving it at 0/1; with worker
    processes it refreshes only on events (a refresh thread must not run while workers are
    forked).
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> Progress:
        return self

    def _start(self, in_process: bool) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress
        from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

        from crimecli.render import status_console

        self.bar = RichProgress(SpinnerColumn(), TextColumn("{task.description}", markup=False),
                                BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                console=status_console(), transient=True,
                                auto_refresh=in_process)
        self.bar.start()
        self.task = self.bar.add_task(self.label, total=None)

    def __call__(self, event: Any) -> None:
        if not sys.stderr.isatty():
            return
        if self.bar is None:
            self._start(in_process=event.status == "start" and event.workers == 1)
        self.bar.update(self.task, total=event.total, completed=progress_done(event),
                        description=progress_description(self.label, event))
        self.bar.refresh()

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def progress_description(label: str, event: Any) -> str:
    """What the bar says: the label, and the file being read with how far it has got."""
    if event.status != "working":
        return label
    description = f"{label} {os.path.basename(event.file)} ({_size(event.size)})"
    if event.sections > 1:
        description += f", section {event.section} of {event.sections}"
    return description


def progress_done(event: Any) -> float:
    """Files done, with the part of a long file read in sections that is done."""
    if event.status == "working" and event.sections > 1:
        return event.done + event.section / event.sections
    return event.done


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 ** 2:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 ** 2:,.1f} MB"


def open_corpus(corpus: list[Path] | None, store: Path | None, model: str | None = None):
    from crimecli import api

    with Progress("extracting") as progress:
        result = api.open_corpus(corpus, store, model=model, progress=progress)
    for message in result.notes:
        note(message)
    report = result.report
    if report is not None:
        list_skipped(report.skipped_files)
        for path, reason in report.refused:
            say(f"warning: not read {path}: {reason}")
    return result


def list_skipped(skipped: list[tuple[Path, str]]) -> None:
    """Name the files of types crimecli does not read (the first few, then a count)."""
    for path, reason in skipped[:LISTED_SKIPS]:
        note(f"skipped {path}: {reason}")
    if len(skipped) > LISTED_SKIPS:
        note(f"skipped {len(skipped) - LISTED_SKIPS:,} more files of types crimecli does not read")


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"crimecli {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """crimecli: analyst toolkit for organised-crime reporting on Latin America."""


# ---- commands -------------------------------------------------------------------------------

@app.command()
@handles_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files or folders (txt, md, html, pdf, docx); with --cluster also s3://, gs://... URLs.")],
    store: StoreOpt = None,
    jobs: JobsOpt = None,
    cluster: Annotated[Optional[str], typer.Option(
        "--cluster", envvar="CRIMECLI_CLUSTER", metavar="URL",
        help="Extract on a Dask cluster: a scheduler address (tcp://host:8786), or local[:N] to "
        "start N worker processes here. Workers read the files (a shared path or an fsspec URL); "
        "with a PostgreSQL store they also write to it.")] = None,
    model: ModelOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """Add files or folders to the store; unchanged files are skipped by content hash.

    Example: crimecli ingest ~/reports/ --jobs 2
    (on a cluster: crimecli ingest /shared/reports --store postgresql://ingest@db/crimecli --cluster tcp://scheduler:8786)
    """
    from crimecli import api
    from crimecli.render import emit_json, emit_jsonl

    fmt = output_format(fmt, as_json, as_jsonl)
    with Progress("ingesting") as progress:
        report = api.ingest(paths, store, jobs=jobs, model=model, progress=progress, cluster=cluster)
    summary = report.to_dict()
    if fmt == "json":
        emit_json([summary])
    elif fmt == "jsonl":
        emit_jsonl([summary])
    handled = report.added or report.unchanged or report.replaced
    if handled or report.skipped_files:
        counts = (f"added {len(report.added)}, unchanged {len(report.unchanged)}, "
                  f"replaced {len(report.replaced)}, refused {len(report.refused)}")
        if report.skipped_files:
            counts += f", skipped {len(report.skipped_files)}"
        if report.incomplete:
            counts += f", incomplete {len(report.incomplete)}"
        details = []
        if report.words:
            details.append(f"{report.words:,} words in {report.seconds:.1f} s")
        if report.boilerplate_words:
            details.append(f"{report.boilerplate_words:,} words of boilerplate (share bars, related "
                           "links, footers) set aside: stored and searchable, not analysed")
        say(counts + (f" ({'; '.join(details)})" if details else ""))
    for warning in report.warnings:
        say(f"warning: {warning}")
    for path, stages in report.incomplete:
        say(f"incomplete {path}: stored without the results of {', '.join(stages)} (a crimecli bug: "
            "please report it); the next ingest extracts it again")
    list_skipped(report.skipped_files)
    for path, reason in report.refused:
        if handled:
            say(f"refused {path}: {reason}")
        else:  # nothing else to report: the refusal is the one line of an error
            error(f"{path}: {reason}")
    if report.refused or report.incomplete:
        raise typer.Exit(1)


@app.command()
@handles_errors
def extract(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or folders to read; - reads standard input.", readable=False)],
    published: Annotated[Optional[str], typer.Option(
        "--published", help="Publication date for documents that state none (anchors "
        "relative dates such as 'last month').")] = None,
    model: ModelOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """Run the pipeline on files (or standard input) and print what it found; stores nothing.

    Example: crimecli extract seeds/*.txt --json | jq '.[].published'
    """
    from crimecli import api
    from crimecli.ingest import Refusal, Skipped
    from crimecli.render import emit, emit_jsonl
    from crimecli.views import EXTRACT_COLUMNS

    fmt = output_format(fmt, as_json, as_jsonl)
    records, refused, skipped = [], [], []
    incomplete = False  # a pipeline stage failed on a document: its record lacks that stage's results
    for item in api.extract(paths, published=published, model=model):
        if isinstance(item, Refusal):
            refused.append(item)
            continue
        if isinstance(item, Skipped):
            skipped.append((item.path, item.reason))
            continue
        incomplete = incomplete or bool(item.failed_stages)
        for warning in item.document.warnings:
            say(f"warning: {item.document.file}: {warning}")
        record = item.to_dict()
        if fmt == "jsonl":
            emit_jsonl([record])  # stream: one document per line as soon as it is done
        else:
            records.append(record)
    if fmt != "jsonl" and (records or not refused):
        emit(records, fmt, EXTRACT_COLUMNS, title="Documents", empty="No documents to read.")
    elif fmt == "json":
        emit(records, fmt, EXTRACT_COLUMNS)  # JSON modes print an array whatever happened
    list_skipped(skipped)
    for item in refused:
        if records:
            say(f"refused {item.path}: {item.reason}")
        else:
            error(f"{item.path}: {item.reason}")
    if refused or incomplete:
        raise typer.Exit(1)


@app.command()
@handles_errors
def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", OR, NOT, prefix*.')],
    corpus: CorpusOpt = None,
    store: StoreOpt = None,
    label: TypeOpt = None,
    entity: Annotated[Optional[str], typer.Option(
        "--entity", help="Only sentences that mention this entity (any name or alias).")] = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    file: Annotated[Optional[str], typer.Option("--file", help="Only this document.")] = None,
    limit: LimitOpt = 20,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """Sentences and entities matching QUERY; aliases and accents are understood.

    Example: crimecli search Jabon   (also finds sentences naming Wilber Varela)
    """
    from crimecli import api
    from crimecli.render import emit
    from crimecli.views import search_columns

    fmt = output_format(fmt, as_json, as_jsonl)
    with open_corpus(corpus, store) as source:
        hits = api.search(query, source, label=label, entity=entity, country=country,
                          since=since, until=until, file=file, limit=limit or 20)
    emit(hits, fmt, search_columns(fmt), title=f"Search: {shown(query)}",
         empty=f"No sentence matches {shown(query)}.")


@app.command()
@handles_errors
def aliases(
    name: Annotated[Optional[str], typer.Argument(
        help="A name, alias or variant, in any case, with or without accents.")] = None,
    corpus: CorpusOpt = None,
    store: StoreOpt = None,
    label: TypeOpt = None,
    country: CountryOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """Who is also known as what, merged across the corpus.

    Example: crimecli aliases "diego rastrojo"
    """
    from crimecli import api
    from crimecli.errors import UnknownNameError
    from crimecli.render import emit
    from crimecli.views import entity_columns

    fmt = output_format(fmt, as_json, as_jsonl)
    empty = "No aliases found."
    with open_corpus(corpus, store) as source:
        try:
            rows = api.aliases(source, name, label=label, country=country, limit=limit)
        except UnknownNameError as exc:  # no results, not an error: say why, print nothing
            rows, empty = [], f"No results: {exc}"
            if fmt != "table":  # a table says it in place of the rows; JSON and CSV cannot
                note(empty)
    emit(rows, fmt, entity_columns(fmt), title="Aliases", empty=empty)


@app.command()
@handles_errors
def entities(
    corpus: CorpusOpt = None,
    store: StoreOpt = None,
    label: TypeOpt = None,
    country: CountryOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """People, organisations and places with mention counts, most mentioned first.

    Example: crimecli entities --type person --country Venezuela
    """
    from crimecli import api
    from crimecli.render import emit
    from crimecli.views import entity_columns

    fmt = output_format(fmt, as_json, as_jsonl)
    with open_corpus(corpus, store) as source:
        rows = api.entities(source, label=label, country=country, limit=limit)
    emit(rows, fmt, entity_columns(fmt), title="Entities", empty="No entities found.")


@app.command()
@handles_errors
def timeline(
    countries: Annotated[list[str], typer.Argument(
        help="One or two countries (any case or accents; short forms and demonyms work).")],
    corpus: CorpusOpt = None,
    store: StoreOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    polarity: Annotated[Optional[str], typer.Option(
        "--polarity", help="cooperation, conflict or neutral.")] = None,
    kind: Annotated[Optional[list[str]], typer.Option(
        "--kind", help="Only events of this kind (repeatable), e.g. 'extradition'.")] = None,
    no_footnotes: Annotated[bool, typer.Option(
        "--no-footnotes", help="Leave out events narrated in footnotes.")] = False,
    undated: Annotated[bool, typer.Option(
        "--undated", help="Also list events whose date could not be resolved.")] = False,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """Dated events between two countries (or involving one), with cooperation vs conflict.

    Example: crimecli timeline Colombia Venezuela --since 2018
    """
    from crimecli import api
    from crimecli.render import emit
    from crimecli.views import timeline_columns, yearly_footer

    if len(countries) > 2:
        raise CrimecliError("give one or two countries, e.g. crimecli timeline Colombia Venezuela")
    fmt = output_format(fmt, as_json, as_jsonl)
    with open_corpus(corpus, store) as source:
        rows, summary = api.timeline(countries, source, since=since, until=until,
                                     polarity=polarity, kinds=kind, footnotes=not no_footnotes,
                                     undated=undated, limit=limit)
    records = [row.to_dict() for row in rows]
    emit(records, fmt, timeline_columns(fmt), title="Timeline: " + " – ".join(countries),
         empty="No events found.", footer=yearly_footer(summary))


@app.command()
@handles_errors
def show(
    doc: Annotated[str, typer.Argument(help="A document: file name, path or doc_id prefix.")],
    corpus: CorpusOpt = None,
    store: StoreOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """One document with its entities and events highlighted.

    On a terminal the marks are colours; piped, they are written into the text:
    [[Nicolás Maduro|PERSON]], [[4 October|DATE 2022-10-04]], {{an event sentence}}.

    Example: crimecli show 003_8935b5cdd3d6178b.txt
    """
    from crimecli import api
    from crimecli.render import emit_jsonl, write
    from crimecli.views import print_document

    fmt = output_format(fmt, as_json, as_jsonl)
    if fmt == "csv":
        raise CrimecliError("show prints one document, not rows: use --json (or --format table); "
                            "--format csv is for search, aliases, entities and timeline")
    with open_corpus(corpus, store) as source:
        extraction = api.show(doc, source)
    if fmt == "json":
        import json

        write(json.dumps(extraction.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        emit_jsonl([extraction.to_dict()])
    else:
        print_document(extraction)

OutputOpt = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="Write to this file instead of stdout.")]


def write_output(text: str, output: Path | None) -> None:
    """Data to stdout, or to ``output`` (a user error if it cannot be written)."""
    from crimecli.errors import InputError
    from crimecli.render import write

    if output is None:
        write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
    note(f"wrote {output}")


GRAPH_SUFFIXES = {".gexf": "gexf", ".graphml": "graphml", ".csv": "links-csv", ".ftm": "ftm",
                  ".jsonl": "ftm", ".json": "ftm"}


@app.command()
@handles_errors
def graph(
    countries: Annotated[Optional[list[str]], typer.Argument(
        help="Only sentences involving this country (or both of two countries).")] = None,
    corpus: CorpusOpt = None,
    store: StoreOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    label: TypeOpt = None,
    country: CountryOpt = None,
    min_weight: Annotated[int, typer.Option(
        "--min-weight", min=1, help="Only links seen in at least N sentences.")] = 1,
    fmt: Annotated[Optional[str], typer.Option(
        "--format", "-f", help="ftm (FollowTheMoney JSON lines, for Aleph), gexf (Gephi), graphml "
        "(yEd) or links-csv (i2, Maltego) [default: from the -o suffix, else links-csv].")] = None,
    output: OutputOpt = None,
) -> None:
    """Who appears with whom: the people-organisation-place network, for Aleph, Gephi, i2, Maltego.

    Example: crimecli graph Colombia Venezuela --min-weight 2 -o network.gexf
    """
    import io

    from crimecli import api
    from crimecli.exporters import GRAPH_FORMATS, write_graph

    if fmt is None:
        fmt = GRAPH_SUFFIXES.get(output.suffix.lower(), "links-csv") if output else "links-csv"
    fmt = fmt.lower()
    if fmt not in GRAPH_FORMATS:
        raise CrimecliError(f"unknown --format {fmt!r}; use one of: {', '.join(GRAPH_FORMATS)}")
    with open_corpus(corpus, store) as source:
        network = api.graph(source, countries or (), since=since, until=until, label=label,
                            country=country, min_weight=min_weight)
    if not network.nodes:
        note("no entities match these filters")
    buffer = io.StringIO()
    write_graph(network, fmt, buffer)
    write_output(buffer.getvalue(), output)


@app.command()
@handles_errors
def report(
    countries: Annotated[Optional[list[str]], typer.Argument(
        help="One or two countries (optional with --entity).")] = None,
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="The HTML file to write.")] = Path("report.html"),
    entity: Annotated[Optional[str], typer.Option(
        "--entity", help="Only what involves this person or group (any name or alias).")] = None,
    corpus: CorpusOpt = None,
    store: StoreOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
) -> None:
    """One offline HTML page: yearly cooperation vs conflict, timeline, main actors, network.

    Example: crimecli report Colombia Venezuela -o report.html
    """
    from crimecli import api

    if len(countries or ()) > 2:
        raise CrimecliError("give one or two countries, e.g. crimecli report Colombia Venezuela")
    with open_corpus(corpus, store) as source:
        page = api.report(source, countries or (), entity=entity, since=since, until=until)
    write_output(page, output)


# ---- documents and the store itself ----------------------------------------------------------

documents_app = typer.Typer(no_args_is_help=False, context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(documents_app, name="documents")


@documents_app.callback(invoke_without_command=True)
@handles_errors
def documents(
    ctx: typer.Context,
    corpus: CorpusOpt = None,
    store: StoreOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """List the stored documents (doc id, files, title, date, words, when stored); rm removes one.

    Example: crimecli documents --json | jq -r '.[].file'
    """
    if ctx.invoked_subcommand is not None:
        return
    from crimecli import api
    from crimecli.render import emit
    from crimecli.views import DOCUMENT_COLUMNS

    fmt = output_format(fmt, as_json, as_jsonl)
    with open_corpus(corpus, store) as source:
        rows = api.documents(source)
    emit(rows, fmt, DOCUMENT_COLUMNS, title="Documents", empty="No documents stored.")


@documents_app.command("rm")
@handles_errors
def documents_rm(
    doc: Annotated[str, typer.Argument(help="A document: doc id prefix, path or file name.")],
    store: StoreOpt = None,
) -> None:
    """Remove one document (under every path it was found at) from the store.

    Example: crimecli documents rm 003_8935b5cdd3d6178b.txt
    """
    from crimecli import api

    removed = api.remove_document(doc, store)
    note(f"removed {removed['file']} ({removed['doc_id'][:12]})")


store_app = typer.Typer(
    help="Look after the store: check its integrity, rebuild its search index, copy it.\n\n"
         "Example: crimecli store check",
    no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(store_app, name="store")


def _print_check(report: dict[str, Any], fmt: str) -> None:
    from crimecli.render import emit_json, emit_jsonl, write
    from crimecli.views import check_lines

    if fmt == "json":
        emit_json([report])  # one JSON array, like every --json (ingest prints its summary so)
    elif fmt == "jsonl":
        emit_jsonl([report])
    else:
        write("\n".join(check_lines(report)) + "\n")
    if not report["ok"]:
        raise typer.Exit(1)


@store_app.command("check")
@handles_errors
def store_check(
    store: StoreOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """Check the store's integrity; show its schema version and what it holds. Exit 1 if damaged.

    Example: crimecli store check --store ~/crimecli.sqlite --json
    """
    from crimecli import api

    fmt = output_format(fmt, as_json, as_jsonl)
    _print_check(api.check_store(store), fmt)


@store_app.command("reindex")
@handles_errors
def store_reindex(
    store: StoreOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """Rebuild the search index and derived tables from the stored documents, then check.

    Example: crimecli store reindex --store ~/crimecli.sqlite
    """
    from crimecli import api

    fmt = output_format(fmt, as_json, as_jsonl)
    _print_check(api.reindex_store(store), fmt)


@store_app.command("copy")
@handles_errors
def store_copy(
    source: Annotated[str, typer.Argument(help="The store to copy: a SQLite file or a postgresql:// URL.")],
    destination: Annotated[str, typer.Argument(
        help="Where to copy it: a SQLite file (created) or a postgresql:// URL (the database must exist).")],
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
) -> None:
    """Copy every document of one store into another: SQLite to PostgreSQL or back. Run it
    again to finish an interrupted copy.

    Example: crimecli store copy ~/.local/share/crimecli/store.sqlite postgresql://ingest@db.example.org/crimecli
    """
    from crimecli import api
    from crimecli.render import emit_json, emit_jsonl, status_console

    fmt = output_format(fmt, as_json, as_jsonl)
    with Progress("copying") as progress:
        summary = api.copy_store(source, destination, progress=progress)
    if fmt == "json":
        emit_json([summary])
    elif fmt == "jsonl":
        emit_jsonl([summary])
    status_console().print(
        f"copied {summary['documents']} documents from {summary['source']} to {summary['destination']}: "
        f"added {summary['added']}, unchanged {summary['unchanged']}, replaced {summary['replaced']} "
        f"({summary['seconds']:.1f} s)", soft_wrap=True, highlight=False, markup=False)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:  # the reader of a pipe left before the last line was flushed
        quiet_closed_pipe()
        sys.exit(0)
