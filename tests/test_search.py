"""Search: the query syntax (pure, crimecli.search) and each store's search (SQLite's FTS5,
PostgreSQL's tsvector with FTS5's bm25) over a small hand-built corpus of seed sentences (see
tests/test_store.py: ``corpus``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crimecli.errors import QueryError, UnknownNameError
from crimecli.search import RANK_FORMS, compile_query, highlight, lookup_keys, parse_query, reduce_expansions
from crimecli.store import Store, open_store
from test_store import (
    BRIDGE,
    CHAVEZ_ACCENT,
    CHAVEZ_PLAIN,
    CUCUTA,
    FARC_ACRONYM,
    PEACE,
    ROUTES,
    RUPTURE,
    SANTOS,
    VARELA,
    corpus,
)

# --- the query syntax, no database -------------------------------------------------------------


@pytest.mark.parametrize("query, match", [
    ("cucuta", '"cucuta"'),
    ("Cúcuta", '"cucuta"'),
    ("CHÁVEZ", '"chavez"'),
    ('"Juan Manuel Santos"', '"juan manuel santos"'),
    ("“Juan Manuel Santos”", '"juan manuel santos"'),
    ("FARC ELN", '"farc" AND "eln"'),
    ("FARC AND ELN", '"farc" AND "eln"'),
    ("FARC OR ELN", '"farc" OR "eln"'),
    ("FARC NOT ELN", '"farc" NOT "eln"'),
    ("FARC -ELN", '"farc" NOT "eln"'),
    ("venez*", '"venez"*'),
    ('"Juan Man"*', '"juan man"*'),
    ("(FARC OR ELN) Venezuela", '("farc" OR "eln") AND "venezuela"'),
    ("a b NOT c NOT d", '("a" AND "b") NOT "c" NOT "d"'),
    ("or not and", '"or" AND "not" AND "and"'),  # lower case: plain words
    ("narco-paramilitary", '"narco paramilitary"'),
    ("Duque’s", '"duque s"'),
])
def test_query_to_fts(query, match):
    assert compile_query(query).match == match


@pytest.mark.parametrize("query", [
    "'; DROP TABLE documents; --",
    "text:FARC",
    "NEAR(FARC ELN, 3)",
    "^FARC",
    "FARC + ELN",
    'x"); DELETE FROM sentences; --"',
    "{text}: FARC",
])
def test_fts_syntax_in_user_text_is_only_words(query):
    match = compile_query(query).match
    # Every operand is a double-quoted run of lower-case letters, digits and spaces.
    stripped = match.replace(" AND ", " ").replace(" NOT ", " ").replace(" OR ", " ").replace("(", "").replace(")", "")
    for operand in stripped.split('" "'):
        assert all(ch.isalnum() and ch.islower() or ch.isdigit() or ch in ' "*' for ch in operand), match


@pytest.mark.parametrize("query, message", [
    ("", "empty query"),
    ("   ", "empty query"),
    ('"Juan Manuel Santos', "unbalanced quote"),
    ("NOT FARC", "NOT needs something to exclude"),
    ("FARC NOT", "NOT needs a word after it"),
    ("OR FARC", "OR needs a word on each side"),
    ("FARC OR", "OR needs a word on each side"),
    ("FARC OR OR ELN", "OR needs a word on each side"),
    ("AND FARC", "AND needs a word on each side"),
    ("*", "'*' must end a word"),
    ("FARC **", "'*' must end a word"),
    ("(FARC OR ELN", "unbalanced '('"),
    ("FARC)", "unbalanced ')'"),
    ("()", "nothing to search for"),
    ("; -- !", "nothing to search for"),
])
def test_malformed_queries_say_what_and_how(query, message):
    with pytest.raises(QueryError) as info:
        compile_query(query)
    text = str(info.value)
    assert message in text
    assert "e.g." in text  # every message carries a working example


def test_alias_expansion_with_a_lookup():
    lookup = {"jabon": ["Wilber Varela"], "farc": ["Revolutionary Armed Forces of Colombia", "FARC-EP"],
              "wilber varela": ["Jabon"]}
    assert compile_query("Jabon", lookup).match == '"jabon" OR "wilber varela"'
    assert compile_query("FARC", lookup).match == '"farc" OR "revolutionary armed forces of colombia" OR "farc ep"'
    # A name typed without quotes is still recognised as a name, and becomes a phrase.
    assert compile_query("Wilber Varela killed", lookup).match == '("wilber varela" OR "jabon") AND "killed"'
    # Negated names are expanded too: none of the FARC's names may appear.
    assert compile_query("ELN NOT FARC", lookup).match == (
        '"eln" NOT ("farc" OR "revolutionary armed forces of colombia" OR "farc ep")')
    # Prefixes are never expanded; the lookup may be a function.
    assert compile_query("Jab*", lookup).match == '"jab"*'
    assert compile_query("jabón", lambda key: lookup.get(key, [])).match == '"jabon" OR "wilber varela"'
    assert compile_query("FARC", lookup).expansions == {
        "FARC": ["Revolutionary Armed Forces of Colombia", "FARC-EP"]}


def test_ranking_expression_keeps_the_most_frequent_names_and_every_exclusion():
    lookup = {"farc": ["Revolutionary Armed Forces of Colombia", "FARC-EP", "las FARC", "Farianos"]}
    full = compile_query("FARC", lookup)
    assert RANK_FORMS == 2 and full.phrases == 5 and full.rank_phrases == 3
    assert full.rank_match == '"farc" OR "revolutionary armed forces of colombia" OR "farc ep"'
    # Under a NOT every name still excludes: cutting there would match more, not less.
    assert compile_query("ELN NOT FARC", lookup).rank_match is None
    both = compile_query("FARC NOT (peace NOT FARC)", lookup)
    assert both.rank_match == ('("farc" OR "revolutionary armed forces of colombia" OR "farc ep") NOT '
                               '("peace" NOT ("farc" OR "revolutionary armed forces of colombia" OR "farc ep"))')
    # Short expansions, and queries without any, rank with the expression itself.
    assert compile_query("FARC", {"farc": ["FARC-EP"]}).rank_match is None
    assert compile_query("cocaine").rank_match is None
    node = parse_query("cocaine")
    assert reduce_expansions(node) == node


def test_lookup_keys_cover_words_phrases_and_runs():
    keys = lookup_keys(parse_query('Wilber Varela "Diego Rastrojo" OR venez*'))
    assert keys == ["wilber", "varela", "diego rastrojo", "wilber varela"]


def test_highlight_marks_matched_words():
    sentence = "Venezuela’s Chávez met Juan Manuel Santos and Venezuelans."
    spans = compile_query('venez* "Juan Manuel" Chavez').highlight(sentence)
    assert [sentence[s:e] for s, e in spans] == ["Venezuela", "Chávez", "Juan Manuel", "Venezuelans"]
    assert highlight("nothing here", compile_query("FARC").terms) == []


# --- the store's search ----------------------------------------------------------------------


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The corpus in a store of each kind (PostgreSQL: see tests/conftest.py)."""
    if request.param == "sqlite":
        location = str(tmp_path_factory.mktemp("search") / "store.sqlite")
    else:
        server = request.getfixturevalue("pg_server")
        location = server.database()
    with open_store(location, write=True) as s:
        for extraction in corpus():
            s.save(extraction, "1")
        yield s
    if request.param != "sqlite":
        server.drop(location)


def sentences(hits: list[dict]) -> list[str]:
    return [h["sentence"] for h in hits]


def test_hit_shape(store: Store):
    [hit] = store.search("cocaine")
    assert hit["sentence"] == ROUTES
    assert hit["file"] == "seeds/c.txt"
    assert hit["doc_id"] == corpus()[2].document.doc_id
    text = corpus()[2].document.text
    assert text[hit["start"]:hit["end"]] == ROUTES
    assert hit["score"] > 0
    assert hit["entities"] == ["Wilber Varela"]
    assert hit["date"] == "2017-05-02"  # no event in the sentence: the document's date
    assert hit["highlight"] == [(25, 32)]
    assert ROUTES[25:32] == "cocaine"
    assert hit["in_footnote"] is False


@pytest.mark.parametrize("query, expected", [
    ("cucuta", {CUCUTA, BRIDGE}),
    ("Cúcuta", {CUCUTA, BRIDGE}),
    ("chavez", {CHAVEZ_ACCENT, CHAVEZ_PLAIN}),
    ("CHÁVEZ", {CHAVEZ_ACCENT, CHAVEZ_PLAIN}),
    ("tachira", {BRIDGE}),
    ("detente", {SANTOS}),
])
def test_accents_and_case_do_not_matter(store: Store, query, expected):
    assert set(sentences(store.search(query))) == expected


def test_phrases(store: Store):
    assert sentences(store.search('"Juan Manuel Santos"')) == [SANTOS]
    assert sentences(store.search('"Santos Juan Manuel"')) == []
    assert sentences(store.search('"diplomatic ties"')) == [CHAVEZ_PLAIN]


def test_or_not_prefix(store: Store):
    assert set(sentences(store.search("cocaine OR detente"))) == {ROUTES, SANTOS}
    assert set(sentences(store.search("diplomatic NOT Chavez"))) == {RUPTURE}
    assert set(sentences(store.search("diplomatic -ties"))) == {RUPTURE, CHAVEZ_ACCENT}
    assert set(sentences(store.search("diplom*"))) == {RUPTURE, CHAVEZ_ACCENT, CHAVEZ_PLAIN}
    assert set(sentences(store.search("(cocaine OR peace) Varela"))) == {ROUTES}


def test_alias_expansion_jabon_finds_wilber_varela(store: Store):
    # Only VARELA says "Jabon"; c.txt's ROUTES names him "Wilber Varela".
    assert set(sentences(store.search("Jabon"))) == {VARELA, ROUTES}
    assert set(sentences(store.search("jabón"))) == {VARELA, ROUTES}
    # and the other way round
    assert set(sentences(store.search('"Wilber Varela"'))) == {VARELA, ROUTES}


def test_alias_expansion_farc_finds_the_full_name(store: Store):
    # PEACE says only "Revolutionary Armed Forces of Colombia".
    assert set(sentences(store.search("FARC"))) == {FARC_ACRONYM, PEACE}
    assert set(sentences(store.search("FARC NOT peace"))) == {FARC_ACRONYM}
    assert sentences(store.search("FARC", expand_aliases=False)) == [FARC_ACRONYM]


def test_highlight_includes_expanded_names(store: Store):
    [hit] = store.search("Jabon", file="c.txt")
    assert [hit["sentence"][s:e] for s, e in hit["highlight"]] == ["Wilber Varela"]


def test_filters(store: Store):
    assert set(sentences(store.search("diplomatic", label="person"))) == {CHAVEZ_ACCENT, CHAVEZ_PLAIN}
    assert sentences(store.search("diplomatic", label="PLACE")) == []
    assert set(sentences(store.search("Venezuela", country="Venezuela"))) == {VARELA, RUPTURE}
    # VARELA involves Colombia through its Colombian subject, RUPTURE through its event.
    assert set(sentences(store.search("Venezuela", country="colombia"))) == {VARELA, RUPTURE}
    assert sentences(store.search("Venezuela", file="seeds/d.txt")) == [RUPTURE]
    assert sentences(store.search("Venezuela", file="d.txt")) == [RUPTURE]
    assert sentences(store.search("Venezuela", doc_ids=[corpus()[2].document.doc_id])) == [ROUTES]
    assert sentences(store.search("Venezuela", doc_ids=[])) == []


def test_entity_filter_uses_merged_names(store: Store):
    # "Hugo Chávez" (b) and "Hugo Chavez" (a) are one entity, so both sentences qualify.
    assert set(sentences(store.search("diplomatic", entity="Hugo Chavez"))) == {CHAVEZ_ACCENT, CHAVEZ_PLAIN}
    assert set(sentences(store.search("Venezuela OR cocaine", entity="jabon"))) == {VARELA, ROUTES}
    with pytest.raises(UnknownNameError, match="did you mean 'Hugo Chávez'"):
        store.search("diplomatic", entity="Hugo Chaves")


def test_date_filters(store: Store):
    # VARELA's event is dated 2008-01; RUPTURE's 2010-07; ROUTES has no event: c.txt's date (2017).
    assert set(sentences(store.search("Venezuela", since="2010"))) == {RUPTURE, ROUTES}
    assert set(sentences(store.search("Venezuela", until="2009-12-31"))) == {VARELA}
    assert set(sentences(store.search("Venezuela", since="2008-01-15", until="2010-07-01"))) == {VARELA, RUPTURE}
    assert sentences(store.search("Venezuela", since="2018")) == []
    with pytest.raises(QueryError, match="not an ISO date"):
        store.search("Venezuela", since="last Tuesday")


def test_ranking_and_limit(store: Store):
    hits = store.search("Venezuela OR Colombia")
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert len(store.search("Venezuela OR Colombia", limit=2)) == 2
    assert store.search("Venezuela", limit=0) == []


def test_injection_looking_input_is_harmless(store: Store):
    before = store.count_documents()
    for query in ["'; DROP TABLE documents; --", "text:Venezuela", "NEAR(Venezuela Colombia)", "1 OR 1=1"]:
        store.search(query)
    with pytest.raises(QueryError, match="unbalanced"):  # a user error, not SQL
        store.search("Robert'); DROP TABLE sentences;--")
    assert store.count_documents() == before
    assert sentences(store.search("text:cocaine")) == []  # "text cocaine" as a phrase
    assert sentences(store.search("cocaine;")) == [ROUTES]


def test_malformed_query_reaches_no_sql(store: Store):
    with pytest.raises(QueryError, match="unbalanced quote"):
        store.search('"Juan Manuel')
    with pytest.raises(QueryError, match="unknown entity type"):
        store.search("FARC", label="weapon")


def test_ranking_window_keeps_the_latest_matches(store: Store, monkeypatch: pytest.MonkeyPatch):
    # Venezuela appears in VARELA (a.txt), ROUTES (c.txt) and RUPTURE (d.txt), stored in that order.
    monkeypatch.setattr(store, "rank_window", 2)
    assert set(sentences(store.search("Venezuela"))) == {ROUTES, RUPTURE}
    assert set(sentences(store.search("Venezuela", since="2000"))) == {ROUTES, RUPTURE}
    monkeypatch.setattr(store, "rank_window", 0)  # 0: exact ranking over every match
    assert set(sentences(store.search("Venezuela"))) == {VARELA, ROUTES, RUPTURE}


def test_rows_only_rare_names_match_come_after_the_ranked_ones(store: Store,
                                                                monkeypatch: pytest.MonkeyPatch):
    """A long alias expansion ranks by the term and its most frequent names; sentences only the
    rarer names match are still found, after the ranked ones (score 0), latest first."""
    forms = ["cocaine", "detente", "protest", "tachira"]  # most frequent first
    monkeypatch.setattr(store, "alias_lookup",
                        lambda keys, per_key=12: {"venezuela": forms} if "venezuela" in keys else {})
    every = set()
    for word in ["Venezuela", *forms]:
        every |= set(sentences(store.search(word, expand_aliases=False, limit=50)))
    ranked_only = set()
    for word in ["Venezuela", *forms[:RANK_FORMS]]:
        ranked_only |= set(sentences(store.search(word, expand_aliases=False, limit=50)))
    hits = store.search("Venezuela", limit=50)
    assert set(sentences(hits)) == every and len(hits) == len(every)  # nothing lost
    rare = [h for h in hits if h["sentence"] not in ranked_only]
    assert rare and hits[-len(rare):] == rare and all(h["score"] == 0.0 for h in rare)
    assert all(h["score"] > 0 for h in hits[:-len(rare)])
    # The rarer names still count in filters and the window, and as highlights.
    assert set(sentences(store.search("Venezuela", file="c.txt", limit=50))) == {
        s for s in every if s in set(sentences(store.search("cocaine OR Venezuela OR tachira OR protest OR detente",
                                                            file="c.txt", expand_aliases=False, limit=50)))}
    [bridge] = [h for h in hits if h["sentence"] == BRIDGE]
    assert "tachira" in [BRIDGE[a:b].lower().replace("á", "a") for a, b in bridge["highlight"]]
    assert len(store.search("Venezuela", limit=2)) == 2
    monkeypatch.setattr(store, "rank_window", 0)
    assert set(sentences(store.search("Venezuela", limit=50))) == every


def test_footnote_sentences_are_marked(tmp_path: Path):
    b = corpus()[1]
    text = b.document.text
    start = text.index(CHAVEZ_ACCENT)
    b.document.footnotes = [(start, start + len(CHAVEZ_ACCENT))]
    with Store(tmp_path / "store.sqlite") as s:
        s.save(b, "1")
        [hit] = s.search("protest")
        assert hit["in_footnote"] is True
        assert all(not h["in_footnote"] for h in s.search("cucuta"))


def test_unknown_file_filter_is_a_user_error(store: Store):
    with pytest.raises(QueryError, match="no stored document matches 'nowhere.txt'"):
        store.search("Venezuela", file="nowhere.txt")
