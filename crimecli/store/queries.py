"""The questions both SQL stores ask in the same words, written once.

:class:`StoreQueries` holds every answer whose SQL is the same in SQLite and PostgreSQL but
for how a parameter is written, how a list of values is passed and how rows are gathered into
a list. Each store says how (:attr:`StoreQueries.IN_LIST`, :attr:`StoreQueries.LIST_OF`,
:meth:`StoreQueries._sql`, :meth:`StoreQueries._list`, :meth:`StoreQueries._listed`), and
implements what differs: writing, the search match and ranking (:meth:`_match`,
:meth:`_ranked_rows`), names near a mistyped one (:meth:`_near`), upkeep. SQL here is written
with ``?`` placeholders.

:func:`guarded` wraps a store method: one read snapshot per call where the store has them
(:meth:`StoreQueries._reading`), and the driver's errors turned into one-line StoreErrors
(:meth:`failure`).
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Self, TypeVar

from crimecli.errors import QueryError, StoreError, UnknownNameError, shown
from crimecli.merge import merge_entities, suggest
from crimecli.models import Event, Extraction
from crimecli.search import MAX_EXPANSIONS, CompiledQuery, compile_query, lookup_keys, parse_query
from crimecli.store.protocol import Scope
from crimecli.store.records import (LABEL_BITS, ArticleTitles, aliases_with_evidence, bound, country_key,
                                    document_entry, entities_known_by, entity_record, extraction_from_record,
                                    filter_entities, store_label, unknown_name)
from crimecli.text import fold_words

F = TypeVar("F", bound=Callable[..., Any])


def guarded(method: F) -> F:
    """Run a store method in the store's read scope; a driver error where it returns becomes a
    one-line StoreError."""

    @functools.wraps(method)
    def wrapper(self: StoreQueries, *args: Any, **kwargs: Any) -> Any:
        try:
            with self._reading():
                return method(self, *args, **kwargs)
        except self.DRIVER_ERROR as exc:
            raise self.failure(exc) from exc

    return wrapper  # type: ignore[return-value]


def date_range(table: str, since: str | None, until: str | None, where: list[str], params: list[Any]) -> None:
    """Clauses keeping rows of ``table`` (an alias with date_lo/date_hi) whose date interval
    overlaps since..until."""
    if since:
        where.append(f"{table}.date_hi >= ?")
        params.append(bound(since, "lo"))
    if until:
        where.append(f"{table}.date_lo <= ?")
        params.append(bound(until, "hi"))


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_prefix(text: str) -> str:
    return like_escape(text) + "%"


class StoreQueries:
    """What the SQLite and PostgreSQL stores answer alike (see the module docstring)."""

    #: The driver's error class, turned into StoreError by :func:`guarded`.
    DRIVER_ERROR: type[Exception] = Exception
    #: "``{}`` is one of a list passed as one parameter", for str.format with a column.
    IN_LIST = "{} IN (SELECT value FROM json_each(?))"
    #: A column's values of a group, as a list (an aggregate), for str.format with a column.
    LIST_OF = "json_group_array({})"
    #: The column ordering a document's paths as they were recorded.
    PATH_ORDER = "rowid"

    db: Any
    _merged_memo: tuple[int, list[dict[str, Any]]] | None

    # -- what each store says

    def failure(self, exc: Exception) -> StoreError:
        raise NotImplementedError

    def _reading(self) -> contextlib.AbstractContextManager[Any]:
        """The scope of one guarded call (PostgreSQL: a transaction, for one snapshot)."""
        return contextlib.nullcontext()

    def _sql(self, sql: str) -> str:
        """``sql`` (with ``?`` placeholders) as the driver takes it."""
        return sql

    def _list(self, items: Iterable[Any]) -> Any:
        """A list of values as one parameter, for :attr:`IN_LIST`."""
        return json.dumps(list(items))

    def _listed(self, value: Any) -> list[Any]:
        """A :attr:`LIST_OF` aggregate as a Python list."""
        return json.loads(value)

    def _generation(self) -> int:
        raise NotImplementedError

    def _match(self, compiled: CompiledQuery) -> tuple[str, Any]:
        """The search's first clause, on sentences ``s``, and its parameter."""
        raise NotImplementedError

    def _ranked_rows(self, compiled: CompiledQuery, where: list[str], params: list[Any],
                     limit: int) -> list[tuple[Any, float]]:
        """The ``limit`` best sentences for ``where`` (whose first clause is the match), each
        with its rank (FTS5's bm25: lower is better): rows with the columns of ``HIT``."""
        raise NotImplementedError

    def _near(self, name: str, entities: list[dict[str, Any]], doc_ids: Scope) -> list[str]:
        """Names and aliases of ``entities`` to suggest ``name`` from (all of them, unless a
        store can narrow them down first)."""
        return [f for e in entities for f in [e["name"], *e["aliases"]]]

    # -- lifecycle

    def close(self) -> None:
        """Release the connection; the store is unusable afterwards."""
        if self.db is not None:
            self.db.close()
            self.db = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        return self.db.execute(self._sql(sql), list(params)).fetchall()

    def _row(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return self.db.execute(self._sql(sql), list(params)).fetchone()

    # -- documents

    @guarded
    def is_empty(self) -> bool:
        return self._row("SELECT 1 AS one FROM documents LIMIT 1") is None

    @guarded
    def count_documents(self) -> int:
        return int(self._row("SELECT count(*) AS n FROM documents")["n"])

    @guarded
    def known(self, doc_id: str, pipeline_version: str) -> bool:
        """Is this content already stored by this pipeline version, every stage of which ran
        on it? (Skip the NLP if so.)"""
        return self._row("SELECT 1 AS one FROM documents WHERE doc_id = ? AND pipeline_version = ?"
                         " AND failed_stages IS NULL", (doc_id, pipeline_version)) is not None

    @guarded
    def doc_id_for_file(self, file: str) -> str | None:
        row = self._row("SELECT doc_id FROM document_files WHERE file = ?", (str(file),))
        return row["doc_id"] if row else None

    DOC_COLUMNS = ("d.doc_id, d.file, d.title, d.published_value, d.published_precision, d.published_text,"
                   " d.words, d.body_end, d.pipeline_version, d.added_at, d.failed_stages, d.articles")

    def _paths(self, doc_ids: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for r in self._rows("SELECT doc_id, file FROM document_files WHERE " + self.IN_LIST.format("doc_id") +
                            f" ORDER BY {self.PATH_ORDER}", (self._list(doc_ids),)):
            out.setdefault(r["doc_id"], []).append(r["file"])
        return out

    @guarded
    def documents(self, doc_ids: Scope = None) -> list[dict[str, Any]]:
        """Stored documents (no text), sorted by file; ``files`` lists every path of each."""
        sql = f"SELECT {self.DOC_COLUMNS} FROM documents d"
        params: list[Any] = []
        if doc_ids is not None:
            sql += " WHERE " + self.IN_LIST.format("d.doc_id")
            params.append(self._list(doc_ids))
        rows = self._rows(sql, params)
        if isinstance(doc_ids, Mapping):  # the paths under --corpus, not those of earlier runs
            out = [document_entry(r, [], doc_ids.get(r["doc_id"])) for r in rows]
        else:
            paths = self._paths(r["doc_id"] for r in rows)
            out = [document_entry(r, paths.get(r["doc_id"], [])) for r in rows]
        out.sort(key=lambda d: (d["file"], d["doc_id"]))
        return out

    @guarded
    def document(self, ref: str, *, with_text: bool = True) -> dict[str, Any] | None:
        """One document by doc_id, doc_id prefix, file path or basename; None if none matches.
        Raises QueryError if a prefix or basename matches several documents. ``file`` is the
        path ``ref`` named, when it named one."""
        ref = str(ref)
        columns = self.DOC_COLUMNS + (", d.text" if with_text else "")
        by_path = ("SELECT {c}, f.file AS named FROM document_files f JOIN documents d ON d.doc_id = f.doc_id"
                   " WHERE {w} LIMIT 12")
        by_id = "SELECT {c}, NULL AS named FROM documents d WHERE {w} LIMIT 12"
        like = "ESCAPE '\\'"
        for sql, where, param in ((by_id, "d.doc_id = ?", ref), (by_path, "f.file = ?", ref),
                                  (by_id, f"d.doc_id LIKE ? {like}", like_prefix(ref)),
                                  (by_path, f"f.file LIKE ? {like}", "%/" + like_escape(ref)),
                                  (by_path, f"f.file LIKE ? {like}", "%\\" + like_escape(ref))):
            if "d.doc_id LIKE" in where and len(ref) < 4:
                continue
            rows = self._rows(sql.format(c=columns, w=where), (param,))
            found = {r["doc_id"]: r for r in rows}  # two paths of one document are one match
            if len(found) == 1:
                [row] = found.values()
                paths = self._paths([row["doc_id"]]).get(row["doc_id"], [])
                return document_entry(row, paths, row["named"], with_text)
            if len(found) > 1:
                files = ", ".join(r["named"] or r["file"] for r in list(found.values())[:5])
                raise QueryError(f"{shown(ref)} matches several documents ({files}); give more of the "
                                 "path or the doc_id")
        return None

    @guarded
    def extraction(self, doc_id: str, file: str | None = None) -> Extraction:
        """The stored record of one document, as the pipeline produced it (``file``: name it
        by this path instead of the one it was first stored from)."""
        row = self._row("SELECT doc_id, text, record FROM documents WHERE doc_id = ?", (doc_id,))
        if row is None:
            raise KeyError(doc_id)
        record = json.loads(row["record"])
        events = None
        if record.get("events_in_table"):  # stores since m004 keep events in their own rows only
            events = [json.loads(r["record"]) for r in self._rows(
                "SELECT record FROM events WHERE doc_id = ? ORDER BY id", (doc_id,))]
        return extraction_from_record(record, row["text"], events, file)

    # -- events

    @guarded
    def events(self, doc_ids: Scope = None, *, country: str | None = None,
               since: str | None = None, until: str | None = None) -> list[Event]:
        """Events (with ``file`` set), by date (undated last), then file and position.
        ``country`` keeps events that involve it; ``since``/``until`` keep events whose date
        overlaps the range (undated events are dropped when either is given)."""
        where, params = [], []
        if doc_ids is not None:
            where.append(self.IN_LIST.format("e.doc_id"))
            params.append(self._list(doc_ids))
        if country:
            where.append("e.id IN (SELECT event_id FROM event_countries WHERE country = ?)")
            params.append(country_key(country))
        date_range("e", since, until, where, params)
        sql = ("SELECT e.record, e.doc_id, e.date_lo, e.start_char, d.file FROM events e"
               " JOIN documents d ON d.doc_id = e.doc_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY e.date_lo IS NULL, e.date_lo, d.file, e.start_char, e.id")
        rows = self._rows(sql, params)
        if isinstance(doc_ids, Mapping):
            rows.sort(key=lambda r: (r["date_lo"] is None, r["date_lo"] or "",
                                     doc_ids.get(r["doc_id"], r["file"]), r["start_char"]))
            return [Event.from_dict(json.loads(r["record"]), doc_ids.get(r["doc_id"], r["file"])) for r in rows]
        return [Event.from_dict(json.loads(r["record"]), r["file"]) for r in rows]

    # -- entities

    def _entity_records(self, doc_ids: Scope = None) -> list[dict[str, Any]]:
        """Per-document entities for merging, each with the id the pipeline gave it in its document
        (merging keeps gazetteer ids); rows identical but for their document come as one record
        (a country named in 5,000 documents is one record, not 5,000)."""
        names = doc_ids if isinstance(doc_ids, Mapping) else {}
        sql = ("SELECT e.local_id, e.label, e.name, e.kind, e.country, e.variants, e.aliases,"
               " sum(e.mentions) AS mentions, " + self.LIST_OF.format("e.id") + " AS keys, "
               + self.LIST_OF.format("d.file") + " AS files"
               + (", " + self.LIST_OF.format("e.doc_id") + " AS docs" if names else "") +
               " FROM entities e JOIN documents d ON d.doc_id = e.doc_id")
        params: list[Any] = []
        if doc_ids is not None:
            sql += " WHERE " + self.IN_LIST.format("e.doc_id")
            params.append(self._list(doc_ids))
        sql += " GROUP BY e.local_id, e.label, e.name, e.kind, e.country, e.variants, e.aliases ORDER BY min(e.id)"
        return [entity_record(r, self._listed(r["keys"]), self._listed(r["files"]),
                              self._listed(r["docs"]) if names else None, names)
                for r in self._rows(sql, params)]

    def _merged_is_current(self) -> bool:
        row = self._row("SELECT value FROM meta WHERE key = 'merged_generation'")
        return row is not None and int(row["value"]) == self._generation()

    def _merged_in_memory(self) -> list[dict[str, Any]]:
        """Corpus entities merged now (with ``members``), when the cached tables are stale and
        this connection may not refresh them; kept for the life of the connection."""
        generation = self._generation()
        if self._merged_memo is None or self._merged_memo[0] != generation:
            self._merged_memo = (generation, merge_entities(self._entity_records()))
        return self._merged_memo[1]

    @guarded
    def entities(self, doc_ids: Scope = None, label: str | None = None,
                 country: str | None = None) -> list[dict[str, Any]]:
        """Corpus entities merged across documents (see crimecli.merge), most mentioned first:
        ``{"id", "ids", "label", "name", "variants", "aliases", "kind", "country", "mentions", "documents"}``."""
        label = store_label(label)
        if doc_ids is not None:
            merged = merge_entities(self._entity_records(doc_ids))
            for ent in merged:
                ent.pop("members")
        elif self._merged_is_current():
            merged = [json.loads(r["record"]) for r in self._rows("SELECT record FROM merged_entities ORDER BY gid")]
        else:
            merged = [{k: v for k, v in ent.items() if k != "members"} for ent in self._merged_in_memory()]
        return filter_entities(merged, label, country)

    @guarded
    def aliases(self, name: str | None = None, doc_ids: Scope = None,
                label: str | None = None, country: str | None = None) -> list[dict[str, Any]]:
        """Corpus entities that have aliases, each with ``evidence``: the alias records (with
        ``file``) behind them. ``name`` keeps the entities it names (by name, variant or alias);
        an unknown name raises UnknownNameError with suggestions."""
        found = [e for e in self.entities(doc_ids, label, country) if e["aliases"]]
        if name:
            matching = entities_known_by(found, name)
            if not matching:
                raise UnknownNameError(unknown_name(name, self._near(name, found, doc_ids)))
            found = matching
        if not found:
            return []
        sql = ("SELECT a.entity, a.label, a.alias, a.type, a.evidence, a.start_char, a.end_char, a.doc_id, d.file"
               " FROM aliases a JOIN documents d ON d.doc_id = a.doc_id")
        params: list[Any] = []
        if doc_ids is not None:
            sql += " WHERE " + self.IN_LIST.format("a.doc_id")
            params.append(self._list(doc_ids))
        rows = self._rows(sql + " ORDER BY d.file, a.start_char, a.id", params)
        return aliases_with_evidence(found, rows, doc_ids if isinstance(doc_ids, Mapping) else {})

    @guarded
    def suggest_names(self, name: str, doc_ids: Scope = None, label: str | None = None,
                      country: str | None = None, limit: int = 3) -> list[str]:
        """The names and aliases of corpus entities nearest to ``name``, nearest first."""
        return suggest(name, self._near(name, self.entities(doc_ids, label, country), doc_ids), limit=limit)

    # -- search

    @guarded
    def alias_lookup(self, keys: Iterable[str], per_key: int = MAX_EXPANSIONS) -> dict[str, list[str]]:
        """Folded name -> other surface forms of the entities known by that name, alias or
        distinctive variant, most often seen first (what search expands a term to)."""
        keys = list(keys)
        found: dict[str, list[str]] = {}
        for r in self._rows("SELECT key, spelling FROM expansions WHERE " + self.IN_LIST.format("key") +
                            " ORDER BY key, n DESC, form", (self._list(keys),)):
            forms = found.setdefault(r["key"], [])
            if len(forms) < per_key:
                forms.append(r["spelling"])
        return {k: found[k] for k in keys if k in found}

    def _entity_filter(self, name: str) -> tuple[str, Any]:
        """SQL (and its parameter) for "sentence mentions the corpus entity ``name``": the set
        of sentences built once (from the index on mentions) and probed."""
        key = fold_words(name)
        if self._merged_is_current():
            gids = [r["gid"] for r in self._rows("SELECT gid FROM merged_forms WHERE folded = ?", (key,))]
            if gids:
                return ("s.id IN (SELECT m.sentence_id FROM merged_members g JOIN mentions m"
                        " ON m.entity_id = g.entity_id WHERE " + self.IN_LIST.format("g.gid") + ")", self._list(gids))
            names = [r["name"] for r in self._rows("SELECT name FROM merged_entities ORDER BY mentions DESC LIMIT 5000")]
        else:
            merged = self._merged_in_memory()
            members = [m for ent in entities_known_by(merged, name) for m in ent["members"]]
            if members:
                return ("s.id IN (SELECT m.sentence_id FROM mentions m WHERE " + self.IN_LIST.format("m.entity_id")
                        + ")", self._list(members))
            names = [ent["name"] for ent in sorted(merged, key=lambda e: -e["mentions"])[:5000]]
        raise UnknownNameError(unknown_name(name, names))

    @guarded
    def search(self, query: str, *, label: str | None = None, entity: str | None = None,
               country: str | None = None, since: str | None = None, until: str | None = None,
               file: str | None = None, doc_ids: Scope = None, limit: int = 20,
               expand_aliases: bool = True) -> list[dict[str, Any]]:
        """Sentences matching ``query`` (crimecli.search syntax), best first (bm25).

        Hits: ``{"file", "doc_id", "title", "sentence", "start", "end", "score", "entities",
        "date", "in_footnote", "highlight"}``; ``highlight`` holds (start, end) spans of matched
        words within ``sentence``. Filters: ``label`` (a sentence mentioning a person/org/place),
        ``entity`` (mentioning that corpus entity under any of its names), ``country``
        (involving it through an event or a mentioned entity), ``since``/``until`` (ISO; the
        sentence's event date, else its document's date), ``file`` (path, basename or doc_id
        prefix), ``doc_ids``.
        """
        node = parse_query(query)
        lookup = self.alias_lookup(lookup_keys(node)) if expand_aliases else None
        compiled = compile_query(query, lookup)
        match, param = self._match(compiled)
        where, params = [match], [param]
        if doc_ids is not None:
            where.append(self.IN_LIST.format("s.doc_id"))
            params.append(self._list(doc_ids))
        if file:
            found = self.document(file, with_text=False)
            if found is None:
                raise QueryError(f"no stored document matches {shown(file)}; give the path, file name or "
                                 "doc_id prefix of a stored document (list them with crimecli documents)")
            where.append("s.doc_id = ?")
            params.append(found["doc_id"])
        date_range("s", since, until, where, params)
        if label:
            where.append("(s.labels & ?) != 0")
            params.append(LABEL_BITS[store_label(label)])
        if country:
            where.append("EXISTS (SELECT 1 FROM sentence_countries c WHERE c.sentence_id = s.id AND c.country = ?)")
            params.append(country_key(country))
        if entity:
            clause, param = self._entity_filter(entity)
            where.append(clause)
            params.append(param)
        limit = max(int(limit), 0)
        rows = self._ranked_rows(compiled, where, params, limit) if limit else []
        entity_names = self._sentence_entities([r["id"] for r, _rank in rows])
        names = doc_ids if isinstance(doc_ids, Mapping) else {}
        titles = ArticleTitles()
        return [{
            "file": names.get(r["doc_id"], r["file"]), "doc_id": r["doc_id"],
            "title": titles.at(r["doc_id"], r["articles"], r["start_char"], r["title"]),
            "sentence": r["text"], "start": r["start_char"], "end": r["end_char"],
            "score": round(-rank, 4) or 0.0, "entities": entity_names.get(r["id"], []),
            "date": r["date_value"], "in_footnote": bool(r["in_footnote"]),
            "highlight": compiled.highlight(r["text"]),
        } for r, rank in rows]

    def _sentence_entities(self, sentence_ids: list[int]) -> dict[int, list[str]]:
        if not sentence_ids:
            return {}
        out: dict[int, list[str]] = {}
        for r in self._rows("SELECT m.sentence_id, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id"
                            " WHERE " + self.IN_LIST.format("m.sentence_id") +
                            " ORDER BY m.sentence_id, m.start_char, m.label, e.id", (self._list(sentence_ids),)):
            names = out.setdefault(r["sentence_id"], [])
            if r["name"] not in names:
                names.append(r["name"])
        return out


#: The columns of a search hit's row (what :meth:`StoreQueries._ranked_rows` returns).
HIT = ("s.id, s.doc_id, s.start_char, s.end_char, s.text, s.in_footnote, s.date_value, d.file, d.title,"
       " d.articles")


__all__ = ["HIT", "StoreQueries", "date_range", "guarded", "like_escape", "like_prefix"]
