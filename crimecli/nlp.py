"""Builds and caches the spaCy pipeline. The only module that imports spaCy at top level.

The default pipeline is spaCy's blank English plus crimecli's components, so it works with no
downloaded model. When the user names an installed statistical model (``--model`` or
``CRIMECLI_MODEL``) our components are layered on top of it.

Data the components share lives on the ``Doc`` (see docs/pipeline.md):

- ``doc._.meta``: dict set before the pipeline runs: ``file``, ``published`` (a DateValue dict
  or None), ``footnotes`` (list of (start_char, end_char) blocks that are footnotes).
- ``doc.ents``: PERSON / ORG / PLACE spans; ``span._.kind`` and ``span._.country`` refine them,
  ``span.id_`` carries a canonical id from the gazetteer when one matched.
- ``doc._.entities`` / ``doc._.aliases``: resolved entities and alias pairs (lists of dicts).
- ``doc.spans["crimecli_dates"]``: temporal expressions, each with ``span._.timex``.
- ``doc._.events``: events (list of dicts, the JSON contract minus ``file``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from crimecli.errors import ModelError
from crimecli.models import Document

COMPONENTS = (
    "crimecli_sentences",
    "crimecli_gazetteer",
    "crimecli_names",
    "crimecli_aliases",
    "crimecli_resolve",
    "crimecli_dates",
    "crimecli_events",
)


def register_extensions() -> None:
    """Declare crimecli's extension attributes (idempotent)."""
    for name in ("meta", "entities", "aliases", "events"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("kind", "country", "timex"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def _register_components() -> None:
    # Importing the modules registers their @Language.factory functions.
    from crimecli.pipeline import (  # noqa: F401
        aliases,
        dates,
        events,
        gazetteer,
        names,
        resolve,
        sentences,
    )


@lru_cache(maxsize=4)
def get_pipeline(model: str | None = None) -> Language:
    """The crimecli pipeline, built once per process (and per model name)."""
    register_extensions()
    _register_components()
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise ModelError(
                f"spaCy model {model!r} is not installed (install it with: python -m spacy download {model}) "
                "or run without --model / CRIMECLI_MODEL to use the built-in rules"
            ) from exc
        first = nlp.pipe_names[0] if nlp.pipe_names else None
        nlp.add_pipe("crimecli_sentences", before=first) if first else nlp.add_pipe("crimecli_sentences")
        for name in COMPONENTS[1:]:
            nlp.add_pipe(name, last=True)
    else:
        nlp = spacy.blank("en")
        for name in COMPONENTS:
            nlp.add_pipe(name)
    split_footnote_markers(nlp)
    nlp.max_length = max(nlp.max_length, 50_000_000)
    return nlp


def split_footnote_markers(nlp: Language) -> None:
    """Make footnote markers their own tokens: ``Colombia.[1] The`` -> ``Colombia . [1] The``.

    spaCy's English rules leave ``Colombia.[1`` as one token, which hides the full stop from
    the sentence splitter and glues the marker to the name.
    """
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    marker = r"\[\d{1,3}\]"
    tokenizer = nlp.tokenizer
    current = getattr(tokenizer.suffix_search, "__self__", None)
    if current is not None and marker in getattr(current, "pattern", ""):
        return  # already done (idempotent: the gazetteer factory calls it too)
    tokenizer.prefix_search = compile_prefix_regex([marker, *nlp.Defaults.prefixes]).search
    tokenizer.suffix_search = compile_suffix_regex([marker + "$", *nlp.Defaults.suffixes]).search
    tokenizer.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, marker, r"[.,;:”’\"]+(?=" + marker + ")"]).finditer
    # spaCy's URL pattern (a long regex tried on every token) was a third of tokenising time;
    # URLs in reporting start with a scheme or www., which this simpler pattern keeps whole.
    tokenizer.url_match = _URL.match


_URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>“”]+[^\s\"'<>“”.,;:!?)\]]$", re.IGNORECASE)


def make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenise the document body and attach its metadata for the components."""
    register_extensions()
    doc = nlp.make_doc(document.body)
    # Components that scan the raw text read it here instead of rebuilding doc.text.
    from crimecli.pipeline import TEXT_KEY

    doc.user_data[TEXT_KEY] = document.body
    doc._.meta = {
        "file": document.file,
        "published": document.published.to_dict() if document.published else None,
        "footnotes": [tuple(block) for block in document.footnotes],
        "title": document.title,
    }
    return doc


def process(document: Document, model: str | None = None) -> Doc:
    """Run the whole pipeline over one document's body."""
    nlp = get_pipeline(model)
    return nlp(make_doc(nlp, document))
