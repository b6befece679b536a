"""crimecli_sentences: sentence boundaries for news and report prose, with no model.

spaCy's rule-based ``sentencizer`` only looks at punctuation; news pages also break sentences
with line breaks (headlines, captions, list items, footnote lines) that carry no full stop.
Rules: a line break always starts a sentence; ``.``, ``!``, ``?`` (optionally followed by a
closing quote or bracket) start one when the next token is not lower-case and not punctuation
that continues the sentence ("Marban, Sr., an engineer"); an abbreviation followed by two
spaces ("to the U.S.  Earlier") ends one too, unless it is a title before a name or an
abbreviation inside a sentence ("Lt. Col. Ruiz", "a.k.a. Chocho": lexicons/<language>/
abbreviations.json, which the tokenizer keeps as one token each).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from crimecli.lexicons import abbreviations

_ENDERS = frozenset({".", "!", "?", "…", "...", ".”", "?”", "!”"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
_FOOTNOTE_MARKER = re.compile(r"\[\d{1,3}\]$")
# Punctuation that goes on with the sentence before it: never the first token of a sentence.
_CONTINUES = frozenset(",;:)]}%")


TOKENS_KEY = "crimecli_token_texts"

#: How many strings :func:`_strings_of` remembers (a long run's memory stays flat).
STRINGS_LIMIT = 200_000
_STRINGS: dict[int, str] = {}
_SPACE = ("", " ")


def _strings_of(doc: Doc, keys: list[int]) -> list[str]:
    """The strings of a column of string keys (ORTH, LOWER). ``vocab.strings[key]`` makes a new
    str per token; the strings met before are remembered by key instead (spaCy's keys are
    hashes of the strings themselves, the same in every vocab)."""
    try:
        return list(map(_STRINGS.__getitem__, keys))
    except KeyError:
        if len(_STRINGS) > STRINGS_LIMIT:
            _STRINGS.clear()
        strings = doc.vocab.strings
        for key in set(keys).difference(_STRINGS):
            _STRINGS[key] = strings[key]
        return list(map(_STRINGS.__getitem__, keys))


def token_texts(doc: Doc) -> tuple[list[str], list[str]]:
    """(``token.text``, ``token.whitespace_``) of every token, built once per Doc and shared by
    the components: iterating a Doc makes a Token object per token on every pass, reading the
    ORTH and SPACY columns does not. Cached in ``doc.user_data`` (no component retokenises;
    a cache whose length does not match the Doc is rebuilt)."""
    cached = doc.user_data.get(TOKENS_KEY)
    n = len(doc)
    if cached is not None and len(cached[0]) == n:
        return cached
    if not n:
        return [], []
    texts = _strings_of(doc, doc.to_array(ORTH).tolist())
    spaces = list(map(_SPACE.__getitem__, doc.to_array(SPACY).tolist()))
    doc.user_data[TOKENS_KEY] = (texts, spaces)
    return texts, spaces


LOWERS_KEY = "crimecli_token_lowers"


def token_lowers(doc: Doc) -> list[str]:
    """``token.lower_`` of every token, built once per Doc and shared like :func:`token_texts`."""
    cached = doc.user_data.get(LOWERS_KEY)
    if cached is not None and len(cached) == len(doc):
        return cached
    if not len(doc):
        return []
    lowers = _strings_of(doc, doc.to_array(LOWER).tolist())
    doc.user_data[LOWERS_KEY] = lowers
    return lowers


CAPITALISED_KEY = "crimecli_token_capitalised"


def capitalised(doc: Doc) -> list[int]:
    """Indices of the tokens whose first character is upper-case (``text[:1].isupper()``), in
    order, built once per Doc and shared like :func:`token_texts`: rules that only look at
    capitalised words (demonyms, country names, titles) skip the rest without a test each. The
    test runs once per distinct word of the Doc."""
    texts = token_texts(doc)[0]
    cached = doc.user_data.get(CAPITALISED_KEY)
    if isinstance(cached, tuple) and cached[0] is texts:
        return cached[1]
    upper = {t for t in set(texts) if t[:1].isupper()}
    indices = [i for i, t in enumerate(texts) if t in upper]
    doc.user_data[CAPITALISED_KEY] = (texts, indices)
    return indices


def sentence_starts(doc: Doc, language: str = "en") -> list[bool]:
    """One flag per token: does a sentence start here?"""
    abbrev = abbreviations(language)
    keep_going, suffixes = abbrev.never_ends_sentence, abbrev.after_name
    n = len(doc)
    starts = [False] * n
    if not n:
        return starts
    starts[0] = True
    texts, spaces = token_texts(doc)
    # Only a token after white space, an ender, a closer or a footnote marker, or a white-space
    # token itself, can start a sentence or carry an ending on to the next token: after any
    # other word the rules below find nothing and forget the ending. So they run at those
    # tokens only, each kind of word classified once per Doc.
    unique = set(texts)
    blank = {t for t in unique if not t.strip()}
    carries = {t for t in unique if t in blank or t in _ENDERS or t in suffixes or t in _CLOSERS
               or _FOOTNOTE_MARKER.match(t)}
    after_end = False  # the previous meaningful token ended a sentence
    last = 0
    for i in [i for i, (prev, cur) in enumerate(zip(texts, texts[1:]), 1) if prev in carries or cur in blank]:
        if i != last + 1:
            after_end = False  # an ordinary word came between
        last = i
        prev, cur = texts[i - 1], texts[i]
        prev_is_space = prev in blank
        if cur in blank:
            if "\n" in cur:
                after_end = False
            continue
        if "\n" in spaces[i - 1] or (prev_is_space and "\n" in prev):
            starts[i] = True
            after_end = False
            continue
        if prev_is_space:
            if i > 1 and texts[i - 2].endswith(".") and not keep_going(texts[i - 2]):
                after_end = True  # "to the U.S.  Earlier": two spaces after an abbreviation
        elif prev in _ENDERS or prev in suffixes:
            after_end = True
        elif after_end and (prev in _CLOSERS or _FOOTNOTE_MARKER.match(prev)) and not spaces[i - 2]:
            pass  # a closing quote, bracket or footnote marker right after the full stop
        else:
            after_end = False
        if after_end:
            opening_quote = cur in _CLOSERS and bool(spaces[i - 1])
            if cur in _ENDERS or (cur in _CLOSERS and not opening_quote) or (
                    _FOOTNOTE_MARKER.match(cur) and not spaces[i - 1]):
                continue
            starts[i] = not cur[0].islower() and cur[0] not in _CONTINUES
            after_end = False
    return starts


class SentenceSplitter:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # Respect boundaries a statistical parser or an earlier component already set.
        if not len(doc) or doc.has_annotation("SENT_START"):
            return doc
        flags = sentence_starts(doc, doc.lang_)
        # Setting token.is_sent_start one by one re-scans the Doc each time (quadratic):
        # write the whole column at once instead.
        column = numpy.array([1 if f else -1 for f in flags], dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], column)
        return doc


@Language.factory("crimecli_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(name)
