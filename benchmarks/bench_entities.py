"""Speed of the entity stages: the blank pipeline with gazetteer + names (and aliases/resolve
when crimecli.nlp registers them) over the seeds repeated to >= 1M words.

Run:  .venv/bin/python benchmarks/bench_entities.py [--words 1000000]

Reports words/second for tokenising alone and for tokenising + entity stages, and the
entity stages' own rate (their time minus tokenising). Target: >= 50,000 words/s end to end.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=1_000_000)
    args = parser.parse_args()

    from crimecli import nlp as cnlp

    cnlp.register_extensions()
    cnlp._register_components()
    stages = ["crimecli_sentences", "crimecli_gazetteer", "crimecli_names"]
    stages += [s for s in ("crimecli_aliases", "crimecli_resolve") if s in cnlp.COMPONENTS]
    nlp = spacy.blank("en")
    for name in stages:
        nlp.add_pipe(name)
    nlp.max_length = 50_000_000

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs_text, words = [], 0
    while words < args.words:
        for text in texts:
            docs_text.append(text)
            words += len(text.split())

    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in docs_text]
    tokenise = time.perf_counter() - t0
    per_stage = {name: 0.0 for name in stages}
    ents = 0
    for doc in docs:
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            per_stage[name] += time.perf_counter() - t0
        ents += len(doc.ents)
    stage_time = sum(per_stage.values())
    total = tokenise + stage_time
    print(f"stages: {', '.join(stages)}")
    print(f"words: {words:,} in {len(docs)} docs; entities: {ents:,}")
    for name, seconds in per_stage.items():
        print(f"  {name:22s} {words / seconds:>10,.0f} words/s")
    print(f"tokenise only:       {words / tokenise:>10,.0f} words/s")
    print(f"components only:     {words / stage_time:>10,.0f} words/s")
    print(f"tokenise + entities: {words / total:>10,.0f} words/s  (target >= 50,000)")


if __name__ == "__main__":
    main()
