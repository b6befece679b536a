#!/usr/bin/env python3
"""Write ../gold.json: the documents of ../gold_a.json (01-08) and ../gold_b.json (09-16).

    python tools/make_gold_a.py && python tools/make_gold_b.py && python tools/join_gold.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return json.load(f)


a, b = load("gold_a.json"), load("gold_b.json")
assert a["schema"] == b["schema"]
gold = {"schema": a["schema"], "notes": f"{a['notes']} | Documents 09-16: {b['notes']}",
        "documents": a["documents"] + b["documents"]}
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print(f"gold.json: {len(gold['documents'])} documents")
