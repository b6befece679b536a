"""Score crimecli's entities and alias pairs against a gold file (schema crimecli-gold/1).

Usage:
    python benchmarks/score_entities.py [--gold benchmarks/gold/seeds.gold.json] [--pred extract.json]
                                        [--docs DIR] [--model NAME] [--json] [--errors]
    python benchmarks/score_entities.py --gold benchmarks/gold/heldout/heldout.gold.json \
                                        --docs benchmarks/gold/heldout

Without ``--pred`` the extraction runs in-process on the gold's files found in ``--docs``
(default ``seeds/``; ``--seeds`` is the older name of the same option)
(``crimecli.reader.read_document`` + ``crimecli.extract.extract_document``). ``--pred`` takes
``crimecli extract --json`` output: one record, a JSON array of records, or JSON lines.
Documents are matched by file basename.

How it counts, per document and label (people -> PERSON, organizations -> ORG, places -> PLACE):
- every surface form is folded (accents, case, white space, curly vs straight quotes);
- a gold entity is found when any of its forms (name or variants) is among the name, variants
  or aliases of a predicted entity of the right label (recall);
- a predicted entity is a true positive when it shares a form with a gold entity of its label,
  is ignored when it matches one of the document's optional items, and is a false positive
  otherwise (precision);
- the country of each gold person or place that was found is compared with the predicted
  entity's (null included), as an accuracy;
- an alias pair is right when its alias matches the gold pair's alias and its entity (or any
  other form of the predicted entity of that name) matches any form of the gold pair's entity; predicted pairs that touch an optional item are ignored.
Totals are micro-averaged over documents. The script always exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

GOLD_DEFAULT = Path(__file__).resolve().parent / "gold" / "seeds.gold.json"
SEEDS_DEFAULT = Path(__file__).resolve().parent.parent / "seeds"
SECTIONS = {"people": "PERSON", "organizations": "ORG", "places": "PLACE"}
LABELS = ("PERSON", "ORG", "PLACE")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text).translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.split())


def _prf(tp_pred: int, fp: int, found: int, total_gold: int) -> dict[str, Any]:
    p = tp_pred / (tp_pred + fp) if tp_pred + fp else 1.0
    r = found / total_gold if total_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp_pred, "fp": fp, "found": found, "gold": total_gold}


def _pred_forms(entity: dict[str, Any]) -> set[str]:
    forms = {entity.get("name", "")} | set(entity.get("variants") or []) | set(entity.get("aliases") or [])
    return {fold(f) for f in forms if f}


def score_document(gold_doc: dict[str, Any], pred_doc: dict[str, Any] | None) -> dict[str, Any]:
    pred_entities = (pred_doc or {}).get("entities") or []
    optional = gold_doc.get("optional") or {}
    out: dict[str, Any] = {"labels": {}, "errors": {"fp": [], "fn": []}}
    gold_forms_by_name: dict[str, set[str]] = {}
    optional_all: set[str] = set()
    for section, label in SECTIONS.items():
        gold = gold_doc.get(section) or []
        gold_forms = []
        for g in gold:
            forms = {fold(g["name"])} | {fold(v) for v in g.get("variants") or []}
            gold_forms.append(forms)
            gold_forms_by_name[fold(g["name"])] = forms
        opt = {fold(o) for o in optional.get(section) or []}
        optional_all |= opt
        preds = [(e, _pred_forms(e)) for e in pred_entities if e.get("label") == label]
        all_pred_forms = set().union(*(f for _, f in preds)) if preds else set()
        found = 0
        for g, forms in zip(gold, gold_forms):
            if forms & all_pred_forms:
                found += 1
            else:
                out["errors"]["fn"].append({"label": label, "name": g["name"]})
        all_gold_forms = set().union(*gold_forms) if gold_forms else set()
        tp = fp = 0
        for e, forms in preds:
            if forms & all_gold_forms:
                tp += 1
            elif forms & opt:
                continue
            else:
                fp += 1
                out["errors"]["fp"].append({"label": label, "name": e.get("name"),
                                            "variants": e.get("variants") or []})
        out["labels"][label] = _prf(tp, fp, found, len(gold))

    # alias pairs
    gold_pairs = []
    for a in gold_doc.get("aliases") or []:
        entity_forms = gold_forms_by_name.get(fold(a["entity"]), set()) | {fold(a["entity"])}
        gold_pairs.append((entity_forms, fold(a["alias"]), a))
    seen: set[tuple[str, str]] = set()
    tp = fp = 0
    matched_gold: set[int] = set()
    # a pair's entity is the canonical name of a predicted entity: any form of that entity
    # identifies it ("Red Command" for a gold "Comando Vermelho" the text also names)
    entity_forms: dict[str, set[str]] = {}
    for e in pred_entities:
        entity_forms.setdefault(fold(e.get("name", "")), set()).update(_pred_forms(e))
    for a in (pred_doc or {}).get("aliases") or []:
        key = (fold(a.get("entity", "")), fold(a.get("alias", "")))
        if key in seen:
            continue
        seen.add(key)
        names = (entity_forms.get(key[0], set()) - {key[1]}) | {key[0]}
        # a pair that names the alias by itself ("ELN" -> "ELN") says nothing
        hit = [k for k, (forms, alias, _) in enumerate(gold_pairs)
               if alias == key[1] and names & forms and key[0] != key[1]]
        if hit:
            tp += 1
            matched_gold.update(hit)
        elif key[0] in optional_all or key[1] in optional_all:
            continue
        else:
            fp += 1
            out["errors"]["fp"].append({"label": "ALIAS", "name": f"{a.get('entity')} -> {a.get('alias')}",
                                        "variants": [a.get("evidence", "")]})
    for k, (_, _, a) in enumerate(gold_pairs):
        if k not in matched_gold:
            out["errors"]["fn"].append({"label": "ALIAS", "name": f"{a['entity']} -> {a['alias']}"})
    out["aliases"] = _prf(tp, fp, len(matched_gold), len(gold_pairs))

    # country of the people and places found (gold 'country'; null counts as a value)
    right = total = 0
    for section, label in (("people", "PERSON"), ("places", "PLACE")):
        preds = [(e, _pred_forms(e)) for e in pred_entities if e.get("label") == label]
        for g in gold_doc.get(section) or []:
            forms = {fold(g["name"])} | {fold(v) for v in g.get("variants") or []}
            match = next((e for e, f in preds if fold(e.get("name", "")) in forms), None) or \
                next((e for e, f in preds if f & forms), None)
            if match is None or "country" not in g:
                continue
            total += 1
            if fold(match.get("country") or "") == fold(g.get("country") or ""):
                right += 1
            else:
                out["errors"].setdefault("country", []).append(
                    {"label": label, "name": g["name"], "gold": g.get("country"), "pred": match.get("country")})
    out["country"] = {"right": right, "total": total, "accuracy": round(right / total, 4) if total else 1.0}
    return out


def score(gold: dict[str, Any], predictions: list[dict[str, Any]]) -> dict[str, Any]:
    """Figures per document and overall (micro) for a gold file and extraction records."""
    by_name = {Path(p.get("file", "")).name: p for p in predictions}
    docs = {}
    totals = {label: [0, 0, 0, 0] for label in LABELS + ("ALL", "ALIASES")}
    for gdoc in gold["documents"]:
        name = Path(gdoc["file"]).name
        result = score_document(gdoc, by_name.get(name))
        result["missing"] = name not in by_name
        docs[name] = result
        for label, fig in list(result["labels"].items()) + [("ALIASES", result["aliases"])]:
            for tgt in ((label, "ALL") if label != "ALIASES" else ("ALIASES",)):
                t = totals[tgt]
                t[0] += fig["tp"]
                t[1] += fig["fp"]
                t[2] += fig["found"]
                t[3] += fig["gold"]
    overall = {label: _prf(*totals[label]) for label in LABELS + ("ALL",)}
    right = sum(d["country"]["right"] for d in docs.values())
    total = sum(d["country"]["total"] for d in docs.values())
    country = {"right": right, "total": total, "accuracy": round(right / total, 4) if total else 1.0}
    return {"documents": docs, "overall": overall, "aliases": _prf(*totals["ALIASES"]), "country": country}


def load_predictions(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8").strip()
    if not text:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return data if isinstance(data, list) else [data]


def run_in_process(gold: dict[str, Any], seeds: Path = SEEDS_DEFAULT,
                   model: str | None = None) -> list[dict[str, Any]]:
    from crimecli.config import model_name
    from crimecli.extract import extract_document
    from crimecli.reader import read_document

    model = model_name(model)
    records = []
    for gdoc in gold["documents"]:
        path = seeds / Path(gdoc["file"]).name
        if path.is_file():
            extraction = extract_document(read_document(path), model)
            if extraction.failed_stages:
                # the pipeline isolates a failing stage so a user keeps the rest; a score must
                # not quietly count what a crash lost
                raise RuntimeError(f"{path.name}: pipeline stages failed: "
                                   f"{', '.join(extraction.failed_stages)}")
            records.append(extraction.to_dict())
    return records


def _fmt(fig: dict[str, Any]) -> str:
    return (f"P {fig['precision']:.3f}  R {fig['recall']:.3f}  F1 {fig['f1']:.3f}  "
            f"(tp {fig['tp']}, fp {fig['fp']}, found {fig['found']}/{fig['gold']})")


def render(result: dict[str, Any], errors: bool = False) -> str:
    lines = []
    for name, doc in result["documents"].items():
        lines.append(f"{name}" + ("  [no prediction]" if doc["missing"] else ""))
        for label, fig in doc["labels"].items():
            lines.append(f"  {label:<8}{_fmt(fig)}")
        lines.append(f"  {'ALIASES':<8}{_fmt(doc['aliases'])}")
        if errors:
            for e in doc["errors"]["fn"]:
                lines.append(f"    FN {e['label']:<7}{e['name']}")
            for e in doc["errors"]["fp"]:
                extra = f"  {e['variants']}" if e.get("variants") else ""
                lines.append(f"    FP {e['label']:<7}{e['name']}{extra}")
            for e in doc["errors"].get("country", []):
                lines.append(f"    COUNTRY {e['label']:<7}{e['name']}: gold {e['gold']}, predicted {e['pred']}")
    lines.append("overall (micro)")
    for label, fig in result["overall"].items():
        lines.append(f"  {label:<8}{_fmt(fig)}")
    lines.append(f"  {'ALIASES':<8}{_fmt(result['aliases'])}")
    c = result["country"]
    lines.append(f"  {'COUNTRY':<8}accuracy {c['accuracy']:.3f} ({c['right']}/{c['total']} people and places found)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score crimecli entities and aliases against gold.")
    parser.add_argument("--gold", type=Path, default=GOLD_DEFAULT)
    parser.add_argument("--pred", type=Path, default=None, help="extract JSON/JSONL (default: run in-process)")
    parser.add_argument("--docs", "--seeds", dest="docs", type=Path, default=SEEDS_DEFAULT,
                        help="folder holding the gold's documents (default: seeds/)")
    parser.add_argument("--model", default=None,
                        help="a spaCy model to layer crimecli on (package name or folder; "
                             "default: CRIMECLI_MODEL, else none)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    preds = load_predictions(args.pred) if args.pred else run_in_process(gold, args.docs, args.model)
    result = score(gold, preds)
    if args.json:
        if not args.errors:
            for doc in result["documents"].values():
                doc.pop("errors", None)
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(render(result, errors=args.errors))
    return 0


def guarded(main_function, argv: list[str] | None = None) -> int:
    """Run a scorer's ``main``; a mistake the user can make (a model that is not installed, a gold
    file that is missing or not JSON) ends with one line on stderr and exit 1, not a traceback."""
    from crimecli.errors import CrimecliError

    try:
        return main_function(argv)
    except (CrimecliError, OSError, ValueError) as exc:
        print(f"{Path(sys.argv[0]).name}: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(guarded(main))
