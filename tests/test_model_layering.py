"""With a statistical model installed, crimecli's rules are layered on top of it.

No pretrained model can be downloaded here, so the test saves a small stand-in pipeline whose
entity component makes the small English model's typical mistakes on this material ("Bogotá"
as a person, "Los Rastrojos" as a person, footnote markers glued to names) and loads it by path,
exactly as ``--model`` / ``CRIMECLI_MODEL`` would load an installed package.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from crimecli.extract import extract_document
from crimecli.nlp import get_pipeline
from crimecli.reader import read_text

TEXT = ("Venezuelan President Nicolás Maduro met Colombian officials in Bogotá on 4 October 2022. "
        "Los Rastrojos lost ground along the border. The Lima Group criticised the talks.\n")


@pytest.fixture(scope="module")
def stand_in_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Bogotá"},
        {"label": "PERSON", "pattern": "Los Rastrojos"},
        {"label": "ORG", "pattern": "Maduro"},
        {"label": "ORG", "pattern": [{"LOWER": "the"}, {"LOWER": "lima"}, {"LOWER": "group"}]},
        {"label": "NORP", "pattern": "Venezuelan"},
    ])
    path = tmp_path_factory.mktemp("model") / "stand_in_model"
    nlp.to_disk(path)
    return str(path)


def test_pipeline_keeps_the_model_and_adds_every_crimecli_component(stand_in_model):
    nlp = get_pipeline(stand_in_model)
    assert nlp.pipe_names[0] == "crimecli_sentences"
    assert "ner" in nlp.pipe_names
    assert nlp.pipe_names[-1] == "crimecli_events"


def test_rules_correct_the_model_and_keep_what_it_adds(stand_in_model):
    result = extract_document(read_text(TEXT, file="layered.txt"), model=stand_in_model)
    labels = {e.name: e.label for e in result.entities}
    assert labels["Bogotá"] == "PLACE"
    assert labels["Los Rastrojos"] == "ORG"
    assert labels["Nicolás Maduro"] == "PERSON"
    assert "Venezuelan" not in labels  # a demonym is not an entity
    # An organisation only the model knew is kept, without its article.
    assert labels.get("Lima Group") == "ORG"
    assert [t.value for t in result.dates] == ["2022-10-04"]
