"""The word lists of the reader and the date grammar live in language packs
(crimecli/data/lexicons/<language>/), not in code: each file says where its words come from and
what each key holds, the code takes the union over every pack, and a word added to a pack
changes what the code does."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crimecli.lexicons import date_words, date_line_words, page_furniture
from crimecli.reader import _dated_line_kind, find_footnotes, find_title, is_caption
from crimecli.text import _data_path, lexicon_languages

# The files whose keys the reader and the date grammar read.
_FILES = [("page_furniture.json", lang) for lang in lexicon_languages("page_furniture.json")] \
    + [("date_lines.json", lang) for lang in lexicon_languages("date_lines.json")] + [("dates.json", "en")] \
    + [("event_grammar.json", "en")]


@pytest.mark.parametrize(("name", "language"), _FILES)
def test_each_file_says_its_source_and_describes_every_key(name: str, language: str) -> None:
    raw = json.loads(_data_path(f"lexicons/{language}/{name}").read_text(encoding="utf-8"))
    meta = raw["_meta"]
    assert meta["source"].startswith("curated") and meta["generated"] is False
    keys = [key for key in raw if key != "_meta"]
    assert keys
    fields = meta["fields"]
    for key in keys:
        described = key in fields if isinstance(fields, dict) else f"{key}:" in fields
        assert described, f"{language}/{name}: no description of {key!r} in _meta.fields"
        value = raw[key]
        # a table's words are its keys ("a few" -> 3) or its lists of words
        words = [w for k, v in value.items() for w in (v if isinstance(v, list) else [k])] \
            if isinstance(value, dict) else value
        if isinstance(words, list):
            assert all(isinstance(w, str) and w == w.strip() and w for w in words), (language, name, key)


def test_page_furniture_is_every_packs_union() -> None:
    furniture = page_furniture()
    assert {"by", "por"} <= set(furniture.byline_openers)  # en, es (and pt)
    assert {"notes", "fuentes", "notas"} <= set(furniture.notes_headings)
    assert {"english", "español"} <= set(furniture.nav_lines)
    assert {"Home", "Inicio"} <= set(furniture.breadcrumb_roots)
    assert "Start" in furniture.breadcrumb_glued_roots and "Start" not in furniture.breadcrumb_roots
    assert len(furniture.nav_lines) == len(set(furniture.nav_lines))  # "por" of es and pt once
    words = date_line_words()
    assert {"on", "at", "el", "em"} == set(words.label_prepositions)
    assert {"of", "de", "da"} <= words.place_joiners and "hasta" in words.words_before_date
    assert "because" in date_words("en").clause_joiners


def test_spanish_furniture_is_read_on_any_page() -> None:
    # A Spanish notes heading starts the footnotes; a Spanish sentence opening with the word does not.
    text = "Body of the report.\n\nFuentes\n1. Entrevista con un fiscal, Quito, marzo de 2023.\n"
    assert len(find_footnotes(text)) == 1
    assert find_footnotes("Body.\n\nFuentes cercanas dijeron\n1. Entrevista con un fiscal.\n") == []
    assert is_caption("Foto: Juan Pérez") and is_caption("Photo by Jane Doe")
    assert not is_caption("Fotografía de la ciudad al amanecer")
    # a byline in Spanish is no headline; "Por" inside a sentence is no byline
    page = "Por María López\n\nCapturan a alias Otoniel en Antioquia\n\n" + "La policía capturó al jefe. " * 12
    assert find_title(page) == "Capturan a alias Otoniel en Antioquia"


def test_date_line_words_of_each_language() -> None:
    # "Data em" (pt), "Released on" (en), "Modificado el" (es): a label, its language's word, the date
    assert _dated_line_kind("Data em 3 de março de 2023", top=True)[0] == "label"
    assert _dated_line_kind("Released on 3 March 2023", top=True)[0] == "label"
    assert _dated_line_kind("Modificado el 3 de marzo de 2023", top=True)[0] == "updated"
    assert _dated_line_kind("Modificado zz 3 de marzo de 2023", top=True)[0] == "byline"
    # a place joined by "de" signs an article off; an unknown lower-case word in it does not
    assert _dated_line_kind("Puerto de la Cruz, 3 May 2024", top=False)[0] == "signoff"
    assert _dated_line_kind("Puerto zz Cruz, 3 May 2024", top=False) is None
    # a date right after "hasta" or beside "was" on a top line is a sentence's, not a byline's
    assert _dated_line_kind("Vigente hasta — 3 May 2024", top=True) is None
    assert _dated_line_kind("Report was — 3 May 2024", top=True) is None
    assert _dated_line_kind("Vigente — 3 May 2024", top=True)[0] == "byline"


_ADD_A_PACK = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    import crimecli.text as text
    shipped, root = text._data_path(""), Path(sys.argv[1])
    (root / "lexicons" / "xx").mkdir(parents=True)
    for entry in shipped.iterdir():
        if entry.name != "lexicons":
            (root / entry.name).symlink_to(Path(str(entry)))
    for entry in shipped.joinpath("lexicons").iterdir():
        (root / "lexicons" / entry.name).symlink_to(Path(str(entry)))
    (root / "lexicons" / "xx" / "page_furniture.json").write_text(json.dumps(
        {"_meta": {"source": "test", "generated": False, "fields": "notes_headings: notes headings"},
         "notes_headings": ["quellen"]}))
    text._data_path = lambda relative: root.joinpath(*relative.split("/"))
    from crimecli.reader import find_footnotes
    print(len(find_footnotes(sys.argv[2])))
""")


def test_a_word_added_to_a_language_pack_changes_what_the_reader_does(tmp_path: Path) -> None:
    """A new pack ("xx") holding one notes heading makes the numbered lines under it footnotes:
    the reader reads its words from the packs, not from its code."""
    text = "Body of the report.\n\nQuellen\n1. Gespräch mit einem Staatsanwalt, März 2023.\n"
    assert find_footnotes(text) == []  # the shipped packs do not know the heading
    done = subprocess.run([sys.executable, "-c", _ADD_A_PACK, str(tmp_path / "data"), text],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"
