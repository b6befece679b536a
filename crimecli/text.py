"""One text toolkit: how crimecli folds, slugs and recognises the shape of names, and how it
reads the data it ships.

Every module that compares names, builds an id or reads a lexicon goes through here, so that
"Moody's" has one slug, "M-19" is an acronym everywhere, and a lexicon is read once.

    >>> fold("  Bogotá’s  MAYOR ")
    "bogota's mayor"
    >>> fold_words("Álvaro Uribe-Vélez")
    'alvaro uribe velez'
    >>> slug("Moody's")
    'moodys'
    >>> is_acronym("M-19"), is_acronym("FARC-EP"), is_acronym("Santos")
    (True, True, False)

Pure Python and cheap to import (anyascii is small; data is read on first use).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from anyascii import anyascii

__all__ = [
    "fold",
    "fold_words",
    "slug",
    "is_acronym",
    "age_after_name",
    "lower_case_words",
    "normalise_quotes",
    "read_data",
    "read_jsonl",
    "lexicon",
    "lexicon_languages",
]

# Typographic quotes as their ASCII forms. anyascii turns most of them into ' or " already, but
# reads guillemets as "<<" / ">>" and leaves the backtick: both are quotation marks in names
# ("«El Mono»", "`Chucky'").
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                         "‚": "'", "‛": "'", "`": "'", "′": "'", "″": '"'})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_LETTERS = re.compile(r"[^\W\d_]+")
# A person's age in apposition after a name: a comma (inside a closing quote after an alias:
# 'alias "La Tía," 52,'), a whole number, then a comma or a closing bracket.
_AGE_AFTER_NAME = re.compile(r",(?:[\"”’'](?=[ \t\xa0]))?[ \t\xa0]*(?P<age>[0-9]{1,3})[ \t\xa0]*(?=[,)](?![0-9]))")


def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (read as it goes: a long text's words are never
    all held at once)."""
    return frozenset(w for w in (m.group() for m in _LETTERS.finditer(text)) if w.islower())


def normalise_quotes(text: str) -> str:
    """Curly quotes, guillemets and backticks as plain ``"`` and ``'``."""
    return text.translate(_QUOTES)


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """The form two spellings of one name share: accents, case, quote style and runs of white
    space ignored, punctuation kept ("U.S." stays "u.s.", "Bogotá’s" is "bogota's")."""
    text = normalise_quotes(text or "")
    if not text.isascii():
        text = anyascii(text)
    return " ".join(text.lower().split())


@lru_cache(maxsize=131072)
def fold_words(text: str) -> str:
    """``fold`` reduced to its words: an apostrophe inside a word is dropped ("Moody's" ->
    "moodys"), any other punctuation separates words ("FARC-EP" -> "farc ep")."""
    return _NON_ALNUM.sub(" ", fold(text).replace("'", "")).strip()


def slug(text: str) -> str:
    """'Nicolás Maduro' -> 'nicolas-maduro', "Moody's" -> 'moodys' (the name part of an id)."""
    return fold_words(text).replace(" ", "-")


def is_acronym(form: str) -> bool:
    """Is ``form`` written as an acronym? One word of at most 12 characters, at least two
    capitals (or one capital and a digit in a short form) and capitals for at least half of its
    letters: FARC, ELN, FARC-EP, M-19, MS13, R4V, U.S., EE.UU, PdVSA; not Santos, farc, A."""
    form = form.strip()
    if " " in form or len(form) > 12:
        return False
    letters = [c for c in form if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    if not upper or upper * 2 < len(letters):
        return False
    return upper >= 2 or (any(c.isdigit() for c in form) and len(form) <= 6)


def age_after_name(text: str, pos: int) -> int | None:
    """Where a person's age ends, when ``text`` at ``pos`` (a comma right after a name) opens one
    in apposition: a number of years from 1 to 119 closed by a comma or a bracket ('Ana Ruiz,
    51, of Lima', '(Ana Ruiz, 51)'); None otherwise ('Lima, 1000,', 'Cali, 51,000 people')."""
    m = _AGE_AFTER_NAME.match(text, pos)
    return m.end("age") if m is not None and 0 < int(m.group("age")) < 120 else None


# --------------------------------------------------------------------------------------------
# Shipped data: one loader
# --------------------------------------------------------------------------------------------

def _data_path(relative: str):
    return resources.files("crimecli").joinpath("data", *relative.split("/"))


def _is_header(record: Any) -> bool:
    return isinstance(record, dict) and ("_meta" in record or record.get("_header") is True)


def read_jsonl(relative: str) -> Iterator[dict]:
    """Records of a JSON Lines file under crimecli/data/, without its header line (``_meta`` or
    ``_header``), blank lines and ``#`` comments."""
    with _data_path(relative).open("r", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            record = json.loads(line)
            if not _is_header(record):
                yield record


@lru_cache(maxsize=None)
def read_data(relative: str) -> Any:
    """A data file under crimecli/data/, read once: a ``.jsonl`` file as a tuple of records
    (header left out), a ``.json`` file as its object (the ``_meta`` key left out).

    The result is shared by every caller, so it is frozen: objects are read-only mappings,
    arrays are tuples."""
    if relative.endswith(".jsonl"):
        return tuple(_freeze(r) for r in read_jsonl(relative))
    data = json.loads(_data_path(relative).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k != "_meta"}
    return _freeze(data)


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def lexicon(name: str, language: str = "en") -> Any:
    """A language's lexicon, e.g. ``lexicon("months.json")`` is
    crimecli/data/lexicons/en/months.json, read once (see :func:`read_data`). A language with
    no such file raises FileNotFoundError."""
    return read_data(f"lexicons/{language}/{name}")


@lru_cache(maxsize=None)
def lexicon_languages(name: str) -> tuple[str, ...]:
    """The languages whose pack has lexicon ``name`` (``en`` first, then alphabetical)."""
    root = _data_path("lexicons")
    found = sorted(d.name for d in root.iterdir() if d.is_dir() and d.joinpath(name).is_file())
    return tuple(sorted(found, key=lambda lang: lang != "en"))
