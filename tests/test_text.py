"""The one text toolkit (crimecli.text) and entity identity (crimecli.identity)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from crimecli.identity import UnionFind, entity_id, is_name_id
from crimecli.text import fold, fold_words, is_acronym, lexicon, read_data, slug

PACKAGE = Path(__file__).resolve().parents[1] / "crimecli"


@pytest.mark.parametrize("text, folded", [
    ("Álvaro  Uribe Vélez", "alvaro uribe velez"),
    ("  Bogotá’s MAYOR ", "bogota's mayor"),
    ("«El Mono»", '"el mono"'),
    ("U.S.", "u.s."),
    ("", ""),
])
def test_fold_keeps_punctuation_and_ignores_accents_case_quotes_and_spaces(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("text, folded", [
    ("Álvaro Uribe Vélez", "alvaro uribe velez"),
    ("ÁLVARO  uribe", "alvaro uribe"),
    ("Cúcuta", "cucuta"),
    ("Nicolás Maduro’s", "nicolas maduros"),
    ("FARC-EP", "farc ep"),
    ("Moody's", "moodys"),
])
def test_fold_words(text, folded):
    assert fold_words(text) == folded


def test_one_slug_for_every_spelling():
    assert slug("Moody's") == slug("Moody’s") == slug("Moodys") == "moodys"
    assert slug("Nicolás Maduro") == "nicolas-maduro"
    assert slug("Attorney General's Office (Colombia)") == "attorney-generals-office-colombia"


@pytest.mark.parametrize("form, acronym", [
    ("FARC", True), ("ELN", True), ("FARC-EP", True), ("AUC", True), ("U.S.", True), ("M-19", True),
    ("MS13", True), ("R4V", True), ("EE.UU", True), ("G20", True),
    ("Jabon", False), ("Santos", False), ("farc", False), ("A", False), ("I", False),
    ("Los Rastrojos", False), ("PETROCARIBE-SOUTH", False),
])
def test_is_acronym(form, acronym):
    assert is_acronym(form) is acronym


def test_entity_ids():
    assert entity_id("PERSON", "Nicolás Maduro") == "person:nicolas-maduro"
    assert entity_id("ORG", "Moody’s") == "org:moodys"
    assert entity_id("PLACE", "Cúcuta", "Colombia") == "place:cucuta-colombia"
    assert entity_id("ORG", "...") == "org:unnamed"
    assert is_name_id("person:juan-perez", "PERSON", "Juan Pérez")
    assert is_name_id("person:juan-perez-2", "PERSON", "Juan Pérez")
    assert not is_name_id("place:cucuta-colombia", "PLACE", "Cúcuta")
    assert not is_name_id("person:juan-perez-segundo", "PERSON", "Juan Pérez")


def test_union_find_with_a_guard():
    groups = UnionFind(5, can_join=lambda a, b: {a, b} != {0, 3})
    assert groups.union(0, 1) and groups.union(3, 4)
    assert not groups.union(1, 4)  # the roots 0 and 3 may not join
    assert groups.union(2, 4)
    assert sorted(map(sorted, groups.groups())) == [[0, 1], [2, 3, 4]]


def test_data_is_read_once_and_headers_are_left_out():
    months = lexicon("calendar.json")
    assert months is lexicon("calendar.json")
    assert "_meta" not in months
    rows = read_data("events/kinds.jsonl")
    assert rows and all("_header" not in r and "_meta" not in r for r in rows)
    with pytest.raises(FileNotFoundError):
        lexicon("calendar.json", "xx")


# Functions that must exist once only: the one fold, slug, acronym test, id builder and loader.
_ONE_PLACE = {"fold", "fold_words", "slug", "slugify", "is_acronym", "is_acronym_shaped", "_is_acronym",
              "read_jsonl", "entity_id", "_entry_id"}


def test_text_rules_are_defined_once():
    """No module but crimecli.text / crimecli.identity defines its own fold, slug, acronym test,
    id builder or data reader (each once had several copies that disagreed)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path.name in ("text.py", "identity.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name in _ONE_PLACE:
                found.append(f"{path.relative_to(PACKAGE)}:{node.name}")
            if isinstance(node, ast.ClassDef) and node.name in ("_Groups", "UnionFind") \
                    and path.name != "merge.py":
                found.append(f"{path.relative_to(PACKAGE)}:{node.name}")
    assert found == []
