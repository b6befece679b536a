"""A :class:`crimecli.graph.Graph` written for the analyst's other tools.

- ``gexf`` (Gephi) and ``graphml`` (yEd, Cytoscape, networkx), through networkx;
- ``links-csv``: one row per link, the table i2 Analyst's Notebook and Maltego import;
- ``ftm``: FollowTheMoney entities as JSON lines, what OCCRP's Aleph imports.

Document text is escaped for each format: XML escaping by networkx's writer, after removing the
characters XML 1.0 cannot carry at all (control characters a text file may hold); JSON by the
json module; CSV cells by the csv module, and cells a spreadsheet would run as a formula are
neutralised (:mod:`crimecli.csvsafe`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import IO, Any

from crimecli.csvsafe import neutralise
from crimecli.dates import coarsen, precision_of
from crimecli.graph import Graph, Link, Node
from crimecli.lexicons import alias_types
from crimecli.merge import is_distinctive

__all__ = ["GRAPH_FORMATS", "LINK_COLUMNS", "ftm_entities", "link_rows", "to_networkx",
           "write_graph", "xml_safe"]

GRAPH_FORMATS = ("ftm", "gexf", "graphml", "links-csv")

# Characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets); anything else is dropped.
_XML_INVALID = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """Text that an XML document can hold: control characters (ESC, form feed, NUL) removed."""
    return _XML_INVALID.sub("", text)


# ---- networkx: GEXF and GraphML --------------------------------------------------------------

def to_networkx(graph: Graph) -> Any:
    """An undirected networkx Graph: nodes keyed by entity id with ``label`` (the name, which
    Gephi shows), ``type``, ``kind``, ``country``, ``aliases``, ``mentions`` and ``documents``;
    edges with ``weight``, ``relation``, ``cooperation``, ``conflict``, ``neutral``,
    ``first_date``, ``last_date``, ``event_kinds``, ``documents`` and ``sample``. Missing values
    are empty strings, so every attribute keeps one type across the file."""
    import networkx as nx

    g = nx.Graph()
    for node in graph.nodes.values():
        g.add_node(node.id, **{k: xml_safe(v) if isinstance(v, str) else v
                               for k, v in _node_attributes(node).items()})
    for link in graph.links:
        g.add_edge(link.source, link.target, **{k: xml_safe(v) if isinstance(v, str) else v
                                                for k, v in _link_attributes(link).items()})
    return g


def _node_attributes(node: Node) -> dict[str, Any]:
    return {"label": node.name, "type": node.label, "kind": node.kind or "",
            "country": node.country or "", "aliases": "; ".join(node.aliases),
            "mentions": node.mentions, "documents": node.documents}


def _link_attributes(link: Link) -> dict[str, Any]:
    return {"weight": link.weight, "relation": link.relation, "cooperation": link.cooperation,
            "conflict": link.conflict, "neutral": link.neutral, "first_date": link.first or "",
            "last_date": link.last or "", "event_kinds": _kinds(link),
            "documents": len(link.files), "sample": link.sample}


def _kinds(link: Link) -> str:
    return "; ".join(kind for kind, _ in link.kinds.most_common())


# ---- links CSV --------------------------------------------------------------------------------

LINK_COLUMNS = ("source", "source_type", "source_country", "target", "target_type",
                "target_country", "relation", "weight", "cooperation", "conflict", "neutral",
                "first_date", "last_date", "event_kinds", "documents", "sample_sentence",
                "sample_file", "source_id", "target_id")


def link_rows(graph: Graph) -> Iterator[list[Any]]:
    """One row per link, LINK_COLUMNS in order."""
    for link in graph.links:
        a, b = graph.nodes[link.source], graph.nodes[link.target]
        yield [a.name, a.label, a.country or "", b.name, b.label, b.country or "", link.relation,
               link.weight, link.cooperation, link.conflict, link.neutral, link.first or "",
               link.last or "", _kinds(link), len(link.files), link.sample, link.sample_file,
               a.id, b.id]


def _write_links_csv(graph: Graph, out: IO[str]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(LINK_COLUMNS)
    for row in link_rows(graph):
        writer.writerow([neutralise(str(cell)) for cell in row])


# ---- FollowTheMoney ---------------------------------------------------------------------------

# Places that are territories rather than locations; the rest become FtM Address entities.
_TERRITORY_KINDS = frozenset({"country", "state or department", "region"})
# Organisations that FtM models as public bodies.
_PUBLIC_BODY_KINDS = frozenset({"government body", "security force", "international organization"})
# FtM topics for organisation kinds whose meaning is unambiguous.
_ORG_TOPICS = {"criminal group": "crime", "government body": "gov", "security force": "gov.security",
               "international organization": "gov.igo", "political party": "pol.party"}
_MAX_ID = 190  # FtM entity ids are at most 200 characters


def ftm_id(*parts: str) -> str:
    """An FtM entity id ([0-9a-zA-Z.-], alphanumeric at both ends) from crimecli ids."""
    ident = ".".join(re.sub(r"[^0-9a-zA-Z.-]+", "-", p).strip(".-") for p in parts)
    if len(ident) > _MAX_ID:
        digest = hashlib.sha1(ident.encode("utf-8")).hexdigest()[:16]
        ident = ident[: _MAX_ID - 17].rstrip(".-") + "." + digest
    return ident


def ftm_schema(node: Node) -> str:
    if node.label == "PERSON":
        return "Person"
    if node.label == "ORG":
        return "PublicBody" if node.kind in _PUBLIC_BODY_KINDS else "Organization"
    return "Territory" if node.kind in _TERRITORY_KINDS else "Address"


@lru_cache(maxsize=1)
def _alpha2_by_name() -> dict[str, str]:
    from crimecli.countries import countries

    return {c.name: c.alpha2.lower() for c in countries()}


def ftm_country(name: str | None) -> str | None:
    """FtM's country code (ISO 3166-1 alpha-2, lower case) for a country name, or None."""
    if not name:
        return None
    from crimecli.countries import canonical_country

    return _alpha2_by_name().get(canonical_country(name) or name)


def ftm_date(value: str | None) -> str | None:
    """A date value of any crimecli precision as FtM takes it: a week becomes the month of its
    Thursday, a season, quarter or half its year; a decade or century ("201") has no FtM form
    and gives None."""
    if not value:
        return None
    precision = precision_of(value)
    if precision in ("day", "month", "year"):
        return value
    if precision == "week":
        return coarsen(value, "month")
    if precision == "season":
        return value[:4]
    return None


_MULTILINE = frozenset({"summary", "description"})


def _ftm_text(value: str, multiline: bool) -> str:
    """A value FtM keeps as it is: no control or invisible formatting characters (an ESC in a
    text file, a zero-width space), one line with single spaces except in long texts."""
    value = "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf"))
    if multiline:
        return value.replace("\u2028", " ").replace("\u2029", " ").strip()
    return " ".join(value.split())


def _entity(ident: str, schema: str, **properties: Any) -> dict[str, Any]:
    props: dict[str, list[str]] = {}
    for name, values in properties.items():
        if values is None:
            continue
        values = values if isinstance(values, (list, tuple, set)) else [values]
        clean = []
        for value in values:
            value = _ftm_text(str(value), multiline=name in _MULTILINE)
            if value and value not in clean:
                clean.append(value)
        if clean:
            props[name] = sorted(clean) if isinstance(values, set) else clean
    return {"id": ident, "schema": schema, "properties": props}


def _ftm_alias_property(alias_type: str) -> str:
    """"alias" or "weakAlias": where FollowTheMoney keeps an alias of this type (data/aliases/types.jsonl)."""
    return alias_types()[alias_type]["ftm_property"]


def ftm_entities(graph: Graph) -> Iterator[dict[str, Any]]:
    """FollowTheMoney entities: a Document per source document, a Person, Organization,
    PublicBody, Territory or Address per node, an Event per event told in the kept sentences
    and an UnknownLink per link. Every entity carries its sources in ``proof`` (Document ids);
    acronyms, translations and short names go in ``alias``, nicknames in ``weakAlias``."""
    doc_ids = {d["file"]: ftm_id("document", d["doc_id"]) for d in graph.documents.values()}
    used: set[str] = set()
    for ctx in graph.contexts:
        used.add(ctx.file)
    for document in graph.documents.values():
        if document["file"] not in used:
            continue
        published = document.get("published") or {}
        yield _entity(doc_ids[document["file"]], "Document",
                      fileName=os.path.basename(document["file"]) or document["file"],
                      title=document.get("title"), publishedAt=ftm_date(published.get("value")))
    for node in graph.nodes.values():
        weak = [a for a in node.aliases if _ftm_alias_property(node.alias_types.get(a, "other")) == "weakAlias"]
        aliases = [a for a in node.aliases if a not in weak]
        aliases += [v for v in node.variants if is_distinctive(v, node.label) and v not in aliases]
        country = ftm_country(node.country) or (ftm_country(node.name) if node.kind == "country" else None)
        schema = ftm_schema(node)
        extra: dict[str, Any] = {}
        if schema == "Address":
            extra["full"] = node.name
            if node.kind == "city or town":
                extra["city"] = node.name
        elif schema in ("Organization", "PublicBody"):
            extra["classification"] = node.kind
            extra["topics"] = _ORG_TOPICS.get(node.kind or "")
        elif schema == "Territory":
            extra["level"] = node.kind
        yield _entity(ftm_id(node.id), schema, name=node.name, alias=aliases, weakAlias=weak,
                      country=country, proof={doc_ids[f] for f in node.files if f in doc_ids},
                      **extra)
    for n, (ctx, event) in enumerate(graph.events()):
        people = [i for i in sorted(ctx.participants)
                  if i in graph.nodes and graph.nodes[i].label in ("PERSON", "ORG")]
        places = [i for i in sorted(ctx.participants)
                  if i in graph.nodes and ftm_schema(graph.nodes[i]) == "Address"]
        countries = [c for c in (ftm_country(name) for name in event.countries) if c]
        title = f"{event.kind}: {', '.join(event.countries)}" if event.countries else event.kind
        yield _entity(ftm_id("event", ctx.doc_id, str(event.start), str(n)), "Event",
                      name=title, summary=event.sentence, date=ftm_date(event.date.value),
                      country=countries, involved=[ftm_id(i) for i in people],
                      addressEntity=[ftm_id(i) for i in places],
                      location=[graph.nodes[i].name for i in places],
                      keywords=[event.kind, event.polarity], proof=doc_ids.get(ctx.file))
    for link in graph.links:
        description = (f"named together in {link.weight} sentence(s); events: {link.cooperation} "
                       f"cooperation, {link.conflict} conflict, {link.neutral} neutral")
        yield _entity(ftm_id("link", link.source, link.target), "UnknownLink",
                      subject=ftm_id(link.source), object=ftm_id(link.target), role=link.relation,
                      description=description, summary=link.sample,
                      startDate=ftm_date(link.first), endDate=ftm_date(link.last),
                      proof={doc_ids[f] for f in link.files if f in doc_ids})


# ---- one entry point --------------------------------------------------------------------------

def write_graph(graph: Graph, fmt: str, out: IO[str]) -> None:
    """Write ``graph`` to a text stream in one of GRAPH_FORMATS."""
    if fmt == "ftm":
        for entity in ftm_entities(graph):
            out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    elif fmt == "links-csv":
        _write_links_csv(graph, out)
    elif fmt in ("gexf", "graphml"):
        import networkx as nx

        buffer = io.BytesIO()
        g = to_networkx(graph)
        if fmt == "gexf":
            nx.write_gexf(g, buffer, encoding="utf-8", prettyprint=True)
        else:
            nx.write_graphml(g, buffer, encoding="utf-8", prettyprint=True)
        out.write(buffer.getvalue().decode("utf-8"))
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
