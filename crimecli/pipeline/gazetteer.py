"""Placeholder for the crimecli_gazetteer component (passes the Doc through unchanged)."""

from spacy.language import Language


@Language.factory("crimecli_gazetteer")
def make_gazetteer(nlp: Language, name: str):
    return lambda doc: doc
