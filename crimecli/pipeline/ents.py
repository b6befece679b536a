"""crimecli_ents: sets ``doc.ents`` from crimecli's entity spans and a statistical model's.

crimecli's recognisers write span groups (``doc.spans["crimecli_gazetteer"]``, then
``doc.spans["crimecli_names"]`` with every rule-based span) and leave ``doc.ents`` alone, so
whatever a statistical model put there is still there when ``crimecli_names`` runs. That
component vets the model's entities with the same shape checks its own spans pass (relabelled to
crimecli's labels, see ``crimecli.pipeline.names.MODEL_LABELS``) and writes those that pass to
``doc.spans["crimecli_model"]``. This component combines the two openly:

- every span of ``doc.spans["crimecli_names"]`` is an entity (ours win on overlap);
- the vetted model spans fill the gaps.

It runs after ``crimecli_names`` because a model's span must not block a longer name the rules
find ("Maduro" tagged ORG inside "Nicolás Maduro"). With no model, ``doc.ents`` is simply ours.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EntityCombiner:
    def __init__(self, nlp: Language, name: str, *, spans_key: str, model_key: str) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.model_key = model_key

    def __call__(self, doc: Doc) -> Doc:
        ours = list(doc.spans.get(self.spans_key, ()))
        model = list(doc.spans.get(self.model_key, ()))
        if model:
            taken = bytearray(len(doc))
            for span in ours:
                taken[span.start:span.end] = b"\x01" * (span.end - span.start)
            for span in model:
                if not any(taken[span.start:span.end]):
                    ours.append(span)
                    taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        doc.ents = sorted(ours, key=lambda s: s.start)
        return doc


@Language.factory(
    "crimecli_ents",
    assigns=["doc.ents"],
    default_config={"spans_key": "crimecli_names", "model_key": "crimecli_model"},
)
def make_ents(nlp: Language, name: str, spans_key: str, model_key: str) -> EntityCombiner:
    return EntityCombiner(nlp, name, spans_key=spans_key, model_key=model_key)
