#!/usr/bin/env python3
"""Write <set>/gold.json: the documents of <set>/gold_a.json and <set>/gold_b.json, the two
annotators' halves of a hand-made gold set (dev2, heldout_d, heldout_e).

    cd benchmarks/gold/<set> && python tools/make_gold_a.py && python tools/make_gold_b.py \\
        && python ../tools/join_gold.py .
"""
import json
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "."


def load(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return json.load(f)


a, b = load("gold_a.json"), load("gold_b.json")
assert a["schema"] == b["schema"]
first, last = (b["documents"][i]["file"][:2] for i in (0, -1))
gold = {"schema": a["schema"], "notes": f"{a['notes']} | Documents {first}-{last}: {b['notes']}",
        "documents": a["documents"] + b["documents"]}
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print(f"gold.json: {len(gold['documents'])} documents")
