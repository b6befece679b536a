"""Score extracted events against a gold file (schema crimecli-gold/1).

A gold event is found when a predicted event of the same document
  - has the gold evidence as its sentence (whitespace and quotes normalised; the gold evidence
    may be a clause of the predicted sentence or the other way round: one contains the other,
    or they share most of their tokens), and
  - agrees on the date at the gold's precision: the first len(gold value) characters of the
    predicted value equal the gold value, or the prediction is an ISO week (``2024-W04``) that
    overlaps the gold month or year (the gold annotates "this week" at month precision; the
    timex and the event keep the week); a null gold date matches a null (unresolved) prediction.
Each prediction finds at most one gold event and each gold event is found at most once.
Predictions matching a document's optional ``events_evidence`` count neither way.

Two figures:
  (a) a two-country timeline (default Colombia–Venezuela, ``--pair A B``): gold events that are
      dated and involve both countries, against predicted dated events whose countries include
      both; ``--pair doc`` takes each document's own ``timeline_pair`` from the gold;
  (b) all events, dated and undated.
And the publication dates: a document's is right when the predicted value starts with the gold
value (the gold's precision), or both are null (the document states none).

    python benchmarks/score_events.py                      # runs extraction on the gold's seeds
    python benchmarks/score_events.py --pred extract.json  # scores `crimecli extract --json` output
    python benchmarks/score_events.py --json --errors
    python benchmarks/score_events.py --gold benchmarks/gold/heldout_events/heldout_events.gold.json \
        --docs benchmarks/gold/heldout_events --pair doc --errors
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_entities import guarded, run_in_process  # noqa: E402  (one extraction, one error path for both scorers)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "seeds.gold.json"
PAIR = ("Colombia", "Venezuela")

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"', "–": "-", "—": "-"})
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().lower()


def tokens(text: str) -> set[str]:
    return set(_WORD.findall(normalise(text)))


def same_evidence(gold: str, pred: str, overlap: float = 0.8) -> bool:
    g, p = normalise(gold), normalise(pred)
    if not g or not p:
        return False
    if g in p or p in g:
        return True
    gt, pt = tokens(g), tokens(p)
    if not gt or not pt:
        return False
    return len(gt & pt) / min(len(gt), len(pt)) >= overlap and len(gt & pt) / max(len(gt), len(pt)) >= 0.5


def same_date(gold_value: str | None, pred_value: str | None) -> bool:
    """The prediction agrees at the gold's precision: its value starts with the gold value
    ("2022-05-17" for "2022-05", "2019-SU" for "2019"), or it is a week (``2024-W04``) that
    overlaps the gold month or year: the gold annotates "this week" at the month precision."""
    if gold_value is None:
        return pred_value is None
    if pred_value is None:
        return False
    if pred_value[: len(gold_value)] == gold_value:
        return True
    from crimecli.dates import date_bounds, precision_of

    week, span = date_bounds(pred_value), date_bounds(gold_value)
    if precision_of(pred_value) != "week" or week is None or span is None:
        return False
    return week[0] <= span[1] and span[0] <= week[1]


def _base(file: str) -> str:
    return Path(file).name


def gold_events(gold: dict[str, Any]) -> tuple[list[dict], dict[str, list[str]]]:
    events, optional = [], {}
    for doc in gold["documents"]:
        for e in doc.get("events", []):
            events.append({**e, "file": _base(doc["file"])})
        opt = (doc.get("optional") or {}).get("events_evidence") or doc.get("events_evidence") or []
        optional[_base(doc["file"])] = list(opt)
    return events, optional


def predicted_events(records: Iterable[dict[str, Any]]) -> list[dict]:
    out = []
    for rec in records:
        for e in rec.get("events", []):
            out.append({**e, "file": _base(e.get("file") or rec["file"])})
    return out


def match(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one matches (gold index, pred index), unmatched gold, unmatched pred.

    Greedy, preferring pairs whose sentences are identical, then pairs of the same kind,
    so a sentence with two gold events pairs them with the two predictions of it.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["file"] != p["file"] or not same_evidence(g["evidence"], p["sentence"]):
                continue
            if not same_date(g.get("date"), (p.get("date") or {}).get("value")):
                continue
            exact = normalise(g["evidence"]) == normalise(p["sentence"])
            candidates.append((not exact, g.get("kind") != p.get("kind"), gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs, [i for i in range(len(gold)) if i not in used_g], [i for i in range(len(pred)) if i not in used_p]


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "predicted": n_pred, "gold": n_gold, "found": tp_gold}


def score(gold_doc: dict[str, Any], records: list[dict[str, Any]],
          pair: tuple[str, str] | None = PAIR) -> dict[str, Any]:
    """Figures for ``records`` against ``gold_doc``. ``pair``: the two countries of the timeline
    figure; None takes each gold document's ``timeline_pair`` (falling back to PAIR)."""
    gold, optional = gold_events(gold_doc)
    doc_pairs = {_base(d["file"]): tuple(d.get("timeline_pair") or PAIR) for d in gold_doc["documents"]}
    files = {g["file"] for g in gold} | set(optional)
    pred = [p for p in predicted_events(records) if p["file"] in files]
    # Predictions of optional happenings are set aside (neither right nor wrong) unless they
    # also match a required gold event.
    pairs, missed, extra = match(gold, pred)
    matched_pred = {pi for _, pi in pairs}
    ignored = {pi for pi in extra if any(same_evidence(ev, pred[pi]["sentence"])
                                         for ev in optional.get(pred[pi]["file"], []))}
    extra = [pi for pi in extra if pi not in ignored]
    n_pred = len(pred) - len(ignored)
    overall = prf(len(matched_pred), n_pred, len(pairs), len(gold))

    def pair_event(e: dict) -> bool:
        value = e["date"] if "evidence" in e else (e.get("date") or {}).get("value")
        wanted = pair or doc_pairs.get(e["file"], PAIR)
        return bool(value) and all(c in (e.get("countries") or []) for c in wanted)

    g_pair = [gold[i] for i in range(len(gold)) if pair_event(gold[i])]
    p_pair = [pred[i] for i in range(len(pred)) if pair_event(pred[i]) and i not in ignored]
    t_pairs, t_missed, t_extra = match(g_pair, p_pair)
    timeline = prf(len(t_pairs), len(p_pair), len(t_pairs), len(g_pair))

    name = "_".join(c.lower().replace(" ", "_") for c in pair) + "_timeline" if pair else "pair_timeline"
    result: dict[str, Any] = {name: timeline, "all_events": overall}
    result["_details"] = {
        "missed": [gold[i] for i in missed],
        "false_alarms": [pred[i] for i in extra],
        "timeline_missed": [g_pair[i] for i in t_missed],
        "timeline_false_alarms": [p_pair[i] for i in t_extra],
    }
    return result


def published_dates(gold_doc: dict[str, Any], records: list[dict[str, Any]]) -> dict[str, Any]:
    """How many documents got the gold publication date (at the gold's precision)."""
    predicted = {_base(r["file"]): (r.get("published") or {}).get("value") for r in records}
    right, wrong = 0, []
    for doc in gold_doc["documents"]:
        name = _base(doc["file"])
        if name not in predicted:
            continue
        gold_value, value = doc.get("published"), predicted[name]
        if isinstance(gold_value, dict):  # the held-out events gold writes a record
            gold_value = gold_value.get("value")
        if (value or "").startswith(gold_value) if gold_value else value is None:
            right += 1
        else:
            wrong.append({"file": name, "gold": gold_value, "predicted": value})
    total = right + len(wrong)
    return {"right": right, "total": total, "share": round(right / total, 4) if total else 0.0,
            "wrong": wrong}


def run_extraction(gold_doc: dict[str, Any], seeds: Path, model: str | None = None) -> list[dict[str, Any]]:
    return run_in_process(gold_doc, seeds, model)


def load_pred(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8").strip()
    if text.startswith("["):
        return json.loads(text)
    if text.startswith("{") and "\n{" not in text:
        return [json.loads(text)]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _short(e: dict) -> str:
    date = e.get("date")
    value = date.get("value") if isinstance(date, dict) else date
    sentence = e.get("evidence") or e.get("sentence") or ""
    return (f"  {e['file'][:3]} {str(value):10} {e.get('kind', '')[:24]:24} "
            f"{','.join(e.get('countries') or [])[:40]:40} | {sentence[:110]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--pred", type=Path, help="`crimecli extract --json` output (array or JSON lines)")
    ap.add_argument("--docs", "--seeds", dest="docs", type=Path, default=None,
                    help="folder holding the gold's documents (default: seeds/, or the gold file's "
                         "own folder when the documents lie beside it)")
    ap.add_argument("--pair", nargs=2, metavar=("A", "B"), default=list(PAIR),
                    help="the two countries of the timeline figure (default Colombia Venezuela); "
                         "'--pair doc doc' uses each document's timeline_pair")
    ap.add_argument("--model", default=None,
                    help="a spaCy model to layer crimecli on (package name or folder; "
                         "default: CRIMECLI_MODEL, else none)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms")
    args = ap.parse_args(argv)
    gold_doc = json.loads(args.gold.read_text(encoding="utf-8"))
    docs = args.docs
    if docs is None:
        beside = args.gold.resolve().parent
        first = gold_doc["documents"][0]["file"] if gold_doc["documents"] else ""
        docs = beside if (beside / _base(first)).is_file() else ROOT / "seeds"
    pair = None if [p.lower() for p in args.pair] == ["doc", "doc"] else tuple(args.pair)
    if pair:
        from crimecli.countries import canonical_country

        pair = tuple(canonical_country(c) or c for c in pair)
    records = load_pred(args.pred) if args.pred else run_extraction(gold_doc, docs, args.model)
    result = score(gold_doc, records, pair)
    details = result.pop("_details")
    published = published_dates(gold_doc, records)
    details["published_wrong"] = published.pop("wrong")
    if args.json:
        result["published_dates"] = published
        if args.errors:
            result["errors"] = details
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for name, fig in result.items():
        print(f"{name:28} P {fig['precision']:.3f}  R {fig['recall']:.3f}  F1 {fig['f1']:.3f}  "
              f"(predicted {fig['predicted']}, gold {fig['gold']}, found {fig['found']})")
    print(f"{'published_dates':28} {published['right']}/{published['total']} right ({published['share']:.3f})")
    if args.errors:
        for key, rows in details.items():
            print(f"\n{key} ({len(rows)}):")
            for e in rows:
                print(f"  {e['file']}: gold {e['gold']}, predicted {e['predicted']}" if key == "published_wrong"
                      else _short(e))
    return 0


if __name__ == "__main__":
    raise SystemExit(guarded(main))
