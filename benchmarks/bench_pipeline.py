"""Words per second of crimecli's pipeline on one core, stage by stage, with no model.

Runs the bundled seeds (article bodies) repeated until at least --words words have been
processed, timing the tokenizer and each component separately, and reports:
- the entity and alias stages (gazetteer, names, aliases, resolve) together, and
- the whole pipeline (tokenizer + every component) end to end.

Targets (issues 3 and 4): entity + alias stages >= 50,000 words/s; whole pipeline >= 20,000.

    python benchmarks/bench_pipeline.py [--words 1000000] [--clock wall|cpu] [--json]

``--clock cpu`` times each stage in CPU time of this process (``time.process_time``) instead of
wall-clock time: on a machine other work keeps busy, waiting for the core is not counted, so two
versions compared back to back differ by their own work only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

ENTITY_STAGES = ("crimecli_gazetteer_names", "crimecli_gazetteer_acronyms", "crimecli_gazetteer",
                 "crimecli_names", "crimecli_ents", "crimecli_aliases", "crimecli_resolve")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="time stages by the wall clock (default) or by this process's CPU time")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, honestly

    from crimecli.extract import count_words
    from crimecli.nlp import get_pipeline, make_doc
    from crimecli.reader import read_document

    nlp = get_pipeline()
    documents = [read_document(p) for p in sorted((REPO / "seeds").glob("*.txt"))]
    seconds: dict[str, float] = defaultdict(float)
    words = 0
    runs = 0
    while words < args.words:
        for document in documents:
            t0 = clock()
            doc = make_doc(nlp, document)
            seconds["tokenizer"] += clock() - t0
            for name, component in nlp.pipeline:
                t0 = clock()
                doc = component(doc)
                seconds[name] += clock() - t0
            words += count_words(doc)
        runs += 1

    total = sum(seconds.values())
    entity = sum(seconds[s] for s in ENTITY_STAGES)
    figures = {
        "words": words,
        "clock": args.clock,
        "passes_over_seeds": runs,
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
        "entity_alias_words_per_second": round(words / entity) if entity else None,
        "tokenizer_entity_alias_words_per_second": round(
            words / (entity + seconds["tokenizer"] + seconds["crimecli_sentences"])),
        "pipeline_words_per_second": round(words / total),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{words:,} words ({runs} passes over the seeds), one core, no model, {args.clock} clock")
    for name, value in seconds.items():
        print(f"  {name:<28} {value:7.2f} s  {words / value:>12,.0f} words/s")
    print(f"entity + alias stages: {figures['entity_alias_words_per_second']:,} words/s "
          "(target >= 50,000)")
    print(f"tokenizer + sentences + entity + alias stages: "
          f"{figures['tokenizer_entity_alias_words_per_second']:,} words/s")
    print(f"whole pipeline:        {figures['pipeline_words_per_second']:,} words/s "
          "(target >= 20,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
