"""crimecli's spaCy components, one module each. Importing a module registers its factory."""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "crimecli_text"


def doc_text(doc: Doc) -> str:
    """``doc.text`` computed at most once per Doc and shared by the components.

    ``doc.text`` joins a new Token object per token on every access; ``crimecli.nlp.make_doc``
    leaves the source text in ``doc.user_data``. Same length means same characters (the
    tokenizer keeps every character), so a stale or foreign value is never used.
    """
    cached = doc.user_data.get(TEXT_KEY)
    if isinstance(cached, str) and len(doc) and len(cached) == doc[-1].idx + len(doc[-1].text_with_ws):
        return cached
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    return text
