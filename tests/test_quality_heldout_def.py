"""Quality on held-out sets D to I, M and O (benchmarks/gold/heldout_d/ ... heldout_o/) may not silently fall.

Eighty texts written and annotated by team members who never ran crimecli. D's errors have been
read by kind since its first score; E was scored only before and after a day's round; F, G,
H and I were each scored clean first, then their errors were read by kind; M and O were written
for a round on dense events and read the same way. Once in the repository
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

# Reached on 2026-12-03 (the final rules of the day; every set's errors read):
#   D: people 0.948, organisations 0.958, places 0.937, aliases P 1.000 R 0.935; events P 0.934 R 0.861
#   E: people 0.966, organisations 0.969, places 0.969, aliases P 0.989 R 0.936; events P 0.931 R 0.896
#   F: people 0.994, organisations 0.982, places 0.964, aliases P 0.989 R 0.978; events P 0.906 R 0.891
#   G: people 0.986, organisations 0.938, places 0.956, aliases P 0.975 R 0.875; events P 0.936 R 0.852
#   H: people 0.973, organisations 0.976, places 0.958, aliases P 0.977 R 0.944; events P 0.910 R 0.910
#   I: people 0.995, organisations 0.991, places 0.977, aliases P 0.958 R 0.907; events P 0.908 R 0.881
#   M: people 0.939, organisations 0.907, places 0.933, aliases P 0.967 R 0.936; events P 0.940 R 0.797 (cc90750)
#   O: people 0.972, organisations 0.925, places 0.900, aliases P 1.000 R 0.899; events P 0.864 R 0.752 (cc90750)
# (their clean first figures are in docs/benchmarks.md; held-out J, K, L and N, scored clean, are kept out of
# the tests)
FLOORS = {
    "heldout_d": {"PERSON": 0.93, "ORG": 0.94, "PLACE": 0.92, "aliases": (0.97, 0.91), "events": (0.91, 0.84),
                  "published": 10},
    "heldout_e": {"PERSON": 0.95, "ORG": 0.95, "PLACE": 0.95, "aliases": (0.97, 0.91), "events": (0.91, 0.87),
                  "published": 10},
    "heldout_f": {"PERSON": 0.97, "ORG": 0.96, "PLACE": 0.94, "aliases": (0.97, 0.96), "events": (0.89, 0.87),
                  "published": 10},
    "heldout_g": {"PERSON": 0.97, "ORG": 0.92, "PLACE": 0.94, "aliases": (0.95, 0.85), "events": (0.91, 0.83),
                  "published": 10},
    "heldout_h": {"PERSON": 0.95, "ORG": 0.96, "PLACE": 0.94, "aliases": (0.95, 0.92), "events": (0.89, 0.89),
                  "published": 10},
    "heldout_i": {"PERSON": 0.97, "ORG": 0.97, "PLACE": 0.95, "aliases": (0.94, 0.88), "events": (0.89, 0.86),
                  "published": 10},
    "heldout_m": {"PERSON": 0.92, "ORG": 0.89, "PLACE": 0.92, "aliases": (0.95, 0.92), "events": (0.92, 0.78),
                  "published": 10},
    "heldout_o": {"PERSON": 0.96, "ORG": 0.91, "PLACE": 0.88, "aliases": (0.98, 0.88), "events": (0.84, 0.73),
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
