"""Placeholder for the crimecli_names component (passes the Doc through unchanged)."""

from spacy.language import Language


@Language.factory("crimecli_names")
def make_names(nlp: Language, name: str):
    return lambda doc: doc
