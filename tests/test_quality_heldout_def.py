"""Quality on held-out sets D to H (benchmarks/gold/heldout_d/ ... heldout_h/) may not silently fall.

Fifty texts written and annotated by team members who never ran crimecli. D's errors have been
read by kind since its first score; E was scored only before and after a day's round; F, G and
H were each scored clean first, then their errors were read by kind. Once in the repository
they are development text: the floors
(a little under what was reached) guard what the general rules gained. Raise them when a
general change raises a figure; never add names or rules that serve only these documents.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import benchmark

GOLD_DIR = Path(__file__).resolve().parent.parent / "benchmarks" / "gold"

# Reached on 2026-12-02:
#   D: people 0.948, organisations 0.923, places 0.911, aliases P 1.000 R 0.926; events P 0.912 R 0.809
#   E: people 0.961, organisations 0.921, places 0.961, aliases P 0.977 R 0.915; events P 0.883 R 0.837
# F, after its errors were read (its clean figures are in docs/benchmarks.md):
#   people 0.975, organisations 0.941, places 0.941, aliases P 0.989 R 0.978; events P 0.836 R 0.815
# G and H after theirs (held-out I, scored clean on the same day, is kept out of the tests):
#   G: people 0.981, organisations 0.908, places 0.934, aliases P 0.972 R 0.795; events P 0.905 R 0.736
#   H: people 0.973, organisations 0.909, places 0.945, aliases P 0.976 R 0.911; events P 0.877 R 0.857
FLOORS = {
    "heldout_d": {"PERSON": 0.93, "ORG": 0.90, "PLACE": 0.89, "aliases": (0.97, 0.90), "events": (0.89, 0.79),
                  "published": 10},
    "heldout_e": {"PERSON": 0.94, "ORG": 0.90, "PLACE": 0.94, "aliases": (0.95, 0.89), "events": (0.86, 0.82),
                  "published": 9},
    "heldout_f": {"PERSON": 0.95, "ORG": 0.92, "PLACE": 0.92, "aliases": (0.97, 0.95), "events": (0.81, 0.79),
                  "published": 10},
    "heldout_g": {"PERSON": 0.96, "ORG": 0.89, "PLACE": 0.92, "aliases": (0.95, 0.78), "events": (0.88, 0.72),
                  "published": 10},
    "heldout_h": {"PERSON": 0.95, "ORG": 0.89, "PLACE": 0.93, "aliases": (0.95, 0.89), "events": (0.85, 0.84),
                  "published": 10},
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def measured(request) -> tuple[str, dict, list[dict]]:
    gold = json.loads((GOLD_DIR / request.param / "gold.json").read_text(encoding="utf-8"))
    records = benchmark("score_entities").run_in_process(gold, GOLD_DIR / request.param / "docs")
    assert len(records) == len(gold["documents"]) == 10
    return request.param, gold, records


def test_entities_and_aliases_do_not_fall(measured):
    name, gold, records = measured
    floors = FLOORS[name]
    result = benchmark("score_entities").score(gold, records)
    for label in ("PERSON", "ORG", "PLACE"):
        assert result["overall"][label]["f1"] >= floors[label], (name, label, result["overall"][label])
    aliases = result["aliases"]
    assert aliases["precision"] >= floors["aliases"][0] and aliases["recall"] >= floors["aliases"][1], (name, aliases)


def test_events_and_publication_dates_do_not_fall(measured):
    name, gold, records = measured
    floors = FLOORS[name]
    events = benchmark("score_events").score(gold, records, pair=None)["all_events"]
    assert events["precision"] >= floors["events"][0] and events["recall"] >= floors["events"][1], (name, events)
    right = sum((record.get("published") or {}).get("value") == doc["published"]
                for doc, record in zip(gold["documents"], records))
    assert right >= floors["published"], (name, right)
