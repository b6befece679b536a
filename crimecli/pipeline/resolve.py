"""Placeholder for the crimecli_resolve component (passes the Doc through unchanged)."""

from spacy.language import Language


@Language.factory("crimecli_resolve")
def make_resolve(nlp: Language, name: str):
    return lambda doc: doc
