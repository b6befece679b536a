"""How well crimecli_dates finds and normalises dates, on TempEval-3 training data.

Usage:
    python benchmarks/tempeval.py [--data PATH] [--errors N] [--json]

Data: ``train.jsonl`` from the TempEval-3 training set (TimeBank + AQUAINT), one document per
line with its document creation time (``dct``) and gold TIMEX3 annotations. It is not part of
this repository: by default it is read from ``../shared/bench/tempeval3/train.jsonl`` next to
the repository; when it is missing the script says so and exits 0.

Each text runs through blank English + ``crimecli_sentences`` + ``crimecli_dates`` with the
DCT as the document's day-precision published date. Scored against gold timexes of type DATE:

- extent, strict (same offsets) and relaxed (overlap), precision / recall / F1. crimecli spans
  include a leading preposition ("in August 2010", as the JSON contract shows); TimeML extents
  do not, so it is stripped before comparing. Predictions that overlap a gold TIME, DURATION or
  SET are type confusions, not DATE false positives: they are left out of DATE precision (the
  all-types extent line counts everything).
- value: over relaxed matches, a prediction is correct when its value equals the gold value.
  The prediction's value is ``timex.timeml`` when the component gives one (``1998-Q3``,
  ``1998-SU``, ``1998-W32``, ``199X``, ``PAST_REF``), else ``timex.value`` (``1998``,
  ``1998-08``, ``1998-08-07``; season values are ``YYYY`` and so match a gold ``YYYY`` such as
  "early 1998"). A day that falls inside a gold ISO week also counts. As in TempEval-3,
  value P = correct / predicted, R = correct / gold, F1 their harmonic mean.
- speed: words (non-space, non-punctuation tokens) per second of the two components (the
  tokeniser is not counted) and of crimecli_dates alone. Timing varies with machine load.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "tempeval3" / "train.jsonl"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def build_pipeline():
    from crimecli.nlp import build_pipeline as build

    nlp = build(components=["crimecli_sentences", "crimecli_dates"])
    nlp.max_length = 10_000_000
    return nlp


def predicted_value(timex) -> str | None:
    return timex.timeml or timex.value


_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(.*)$")


def canonical_value(value: str) -> str:
    """One spelling per TimeML value: weeks zero-padded (TimeBank writes both ``2000-W7`` and
    ``2000-W07``) and a decade without its trailing ``X`` (both ``199`` and ``199X`` mean the
    1990s in the TimeML guidelines and in TimeBank)."""
    week = _WEEK.match(value)
    if week and week.group(2).isdigit():
        return f"{week.group(1)}-W{int(week.group(2)):02d}{week.group(3)}"
    if re.fullmatch(r"\d{3}X", value):
        return value[:3]
    return value


def value_correct(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    if canonical_value(pred) == canonical_value(gold):
        return True
    # a day inside the gold ISO week
    if len(pred) == 10 and "-W" in gold:
        try:
            y, w, _ = date.fromisoformat(pred).isocalendar()
        except ValueError:
            return False
        return gold[:8] == f"{y:04d}-W{w:02d}"
    return False


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(docs: list[dict], nlp, show_errors: int = 0) -> dict:
    from crimecli.dates import strip_preposition
    from crimecli.models import DateValue, Document
    from crimecli.pipeline import TEXT_KEY

    strict = relaxed = value_ok = 0
    n_pred = n_gold = 0
    all_pred = all_relaxed = all_gold = 0
    words = 0
    seconds = 0.0
    dates_seconds = 0.0
    tokenizer_seconds = 0.0
    errors: list[str] = []
    for d in docs:
        text = d["text"]
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        tokenizer_seconds += time.perf_counter() - t0
        doc.user_data[TEXT_KEY] = text  # spares components rebuilding doc.text
        doc._.document = Document(file=d.get("id", "doc"), doc_id="tempeval", text=text, body_end=len(text),
                                  published=DateValue(d["dct"], "day", d["dct"]))
        t0 = time.perf_counter()
        for pipe_name, proc in nlp.pipeline:
            t1 = time.perf_counter()
            doc = proc(doc)
            if pipe_name == "crimecli_dates":
                dates_seconds += time.perf_counter() - t1
        seconds += time.perf_counter() - t0
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
        preds = []
        for span in doc.spans["crimecli_dates"]:
            s, e = span.start_char, span.end_char
            stripped = strip_preposition(text[s:e])
            s = e - len(stripped)
            preds.append((s, e, span._.timex))
        gold_all = d["timexes"]
        gold = [g for g in gold_all if g["type"] == "DATE"]
        other = [g for g in gold_all if g["type"] != "DATE"]

        # all types, relaxed extent
        all_pred += len(preds)
        all_gold += len(gold_all)
        all_relaxed += sum(1 for g in gold_all if any(s < g["end"] and e > g["start"] for s, e, _ in preds))

        preds_date = [p for p in preds if not any(p[0] < o["end"] and p[1] > o["start"] for o in other)]
        n_pred += len(preds_date)
        n_gold += len(gold)
        used: set[int] = set()
        for g in gold:
            best = None
            for i, (s, e, tx) in enumerate(preds_date):
                if i in used or not (s < g["end"] and e > g["start"]):
                    continue
                if best is None or (s == g["start"] and e == g["end"]):
                    best = i
            if best is None:
                if len(errors) < show_errors:
                    errors.append(f"MISS  {d['dct']}  {g['text']!r} {g['value']}")
                continue
            used.add(best)
            s, e, tx = preds_date[best]
            relaxed += 1
            strict += s == g["start"] and e == g["end"]
            if value_correct(predicted_value(tx), g["value"]):
                value_ok += 1
            elif len(errors) < show_errors:
                errors.append(f"VALUE {d['dct']}  {g['text']!r} gold={g['value']} pred={predicted_value(tx)} ({text[s:e]!r})")
        for i, (s, e, tx) in enumerate(preds_date):
            if i not in used and len(errors) < show_errors:
                ctx = text[max(0, s - 30):e + 30].replace("\n", " ")
                errors.append(f"EXTRA {d['dct']}  {text[s:e]!r} {predicted_value(tx)}  …{ctx}…")
    sp, sr, sf = prf(strict, n_pred, n_gold)
    rp, rr, rf = prf(relaxed, n_pred, n_gold)
    vp, vr, vf = prf(value_ok, n_pred, n_gold)
    ap, ar, af = prf(all_relaxed, all_pred, all_gold)
    return {
        "documents": len(docs),
        "gold_dates": n_gold,
        "predicted": n_pred,
        "strict": {"p": sp, "r": sr, "f1": sf},
        "relaxed": {"p": rp, "r": rr, "f1": rf},
        "value": {"p": vp, "r": vr, "f1": vf, "accuracy_on_matches": value_ok / relaxed if relaxed else 0.0},
        "all_types_relaxed": {"p": ap, "r": ar, "f1": af},
        "words": words,
        "seconds": seconds,
        "words_per_second": words / seconds if seconds else 0.0,
        "dates_component_words_per_second": words / dates_seconds if dates_seconds else 0.0,
        "tokenizer_words_per_second": words / tokenizer_seconds if tokenizer_seconds else 0.0,
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="path to TempEval-3 train.jsonl")
    parser.add_argument("--errors", type=int, default=0, help="print up to N misses and wrong values")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"note: TempEval-3 data not found at {args.data}; nothing measured. "
              "Pass --data PATH to a train.jsonl (see the docstring).", file=sys.stderr)
        return 0
    docs = load(args.data)
    nlp = build_pipeline()
    nlp(nlp.make_doc("warm up in 2020"))
    result = evaluate(docs, nlp, args.errors)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "errors"}, indent=2))
    else:
        print(f"TempEval-3 train: {result['documents']} documents, {result['gold_dates']} gold DATE, "
              f"{result['predicted']} predicted")
        for name in ("strict", "relaxed", "value"):
            r = result[name]
            print(f"  DATE {name:8s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}")
        print(f"  value accuracy on relaxed matches {result['value']['accuracy_on_matches']:.3f}")
        a = result["all_types_relaxed"]
        print(f"  all types relaxed extent P {a['p']:.3f}  R {a['r']:.3f}  F1 {a['f1']:.3f}")
        print(f"  speed: {result['words']} words in {result['seconds']:.2f}s = "
              f"{result['words_per_second']:,.0f} words/s (sentences + dates, after tokenising; 1 core); "
              f"crimecli_dates alone {result['dates_component_words_per_second']:,.0f} words/s; "
              f"spaCy's tokeniser {result['tokenizer_words_per_second']:,.0f} words/s for scale")
    for line in result["errors"]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
