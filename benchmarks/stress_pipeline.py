"""Run the whole pipeline over many texts and their mutations and report every stage that crashed.

crimecli isolates a component that raises (the document keeps the other stages' results and a
warning), which protects users but hides bugs. This script looks for them: it reads each text
with ``crimecli.reader.read_text`` and extracts it with ``crimecli.extract.extract_document``
(as ``crimecli extract`` does), and lists every document with ``failed_stages``, with the stage
and the exception.

Texts: the bundled seeds, ``../shared/dev/docs``, ``benchmarks/gold/dev2/docs``, the
TempEval-3 training documents (``../shared/bench/tempeval3/train.jsonl``, field ``text``), and
mutations of them drawn with a seeded random generator (the same ``--seed`` gives the same
texts): sentences shuffled and spliced across documents, paragraphs joined, case changed,
punctuation stripped or doubled, quotes changed, capitalised words glued with hyphens or with
a place name, places put inside names, line breaks inside names, very long sentences, lists
and tab-separated tables, markdown headers, footnote markers in odd places, dates in odd
formats, cut at a random point, a few sentences or 1-8 words alone, Unicode normalisation and odd spaces,
line and paragraph separators, control characters, words glued into long tokens,
unbalanced brackets, quotes and alias markers, one sentence repeated, words shuffled within
sentences, runs of 2-7 words spliced from two documents, several articles in one export with
titles, bylines, date lines and notes sections, and random
combinations of three of these. Half the texts that state no publication date get one, as
``extract --published`` gives it (a year, a month or a day, from 1970 to 2026).

    python benchmarks/stress_pipeline.py [--rounds 1] [--seed 0] [--only MUTATION,...]
                                         [--save DIR] [--traceback] [--json]

``--save DIR`` writes each failing text to DIR (to minimise it by hand); ``--traceback`` runs
the failing stage of each distinct crash once more without isolation and prints where it
raised. The script exits 1 when any stage failed, 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SOURCES = {
    "seeds": REPO / "seeds",
    "dev": REPO.parent / "shared" / "dev" / "docs",
    "dev2": REPO / "benchmarks" / "gold" / "dev2" / "docs",
}
TEMPEVAL = REPO.parent / "shared" / "bench" / "tempeval3" / "train.jsonl"

# places of the region to glue into names (a stress input, not knowledge the pipeline uses)
PLACES = ("Bogotá", "Ibarra", "Medellín", "Cali", "Lima", "Trujillo", "Colón", "Santa Cruz",
          "San Pedro Sula", "Ciudad del Este", "Rosario", "Guayaquil", "Tijuana", "Culiacán",
          "Caracas", "La Paz", "Perú", "Chile", "Santiago", "Cúcuta", "Manaus", "El Salvador")
ODD_DATES = ("2023-13-45", "12/31/2023", "31.12.23", "Dec. 3rd, '22", "the 1990s", "FY2023",
             "Q3 2024", "3-4 May 2021", "May 32, 2020", "0000-00-00", "20230101", "mid-2019",
             "1 January", "January 1", "summer of '98", "2024/25", "29 February 2023",
             "week 53 of 2021", "the 2010s and 2020s", "Monday", "on the 31st", "1/2/3",
             "10 de marzo de 2022", "99999", "2020-W60", "late 20XX", "'23", "March–April 2024",
             "yesterday", "31 September", "0 May 2020", "the year 3000", "AD 2000", "1800s")
PUBLISHED = ("1998", "March 2004", "2020-02-29", "2026-12-31", "1999-12-31", "2001-01-01", "1970-06-15",
             "2024")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«A-ZÁÉÍÓÚÑ(\[])")
CAP_PAIR = re.compile(r"\b([A-ZÁÉÍÓÚÑ][\wáéíóúñü]+) ([A-ZÁÉÍÓÚÑ][\wáéíóúñü]+)\b")
CAP_WORD = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\wáéíóúñü]{2,}\b")


def load_texts() -> list[tuple[str, str]]:
    texts = []
    for source, folder in SOURCES.items():
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.suffix in (".txt", ".md"):
                    texts.append((f"{source}/{path.name}", path.read_text(encoding="utf-8")))
    if TEMPEVAL.is_file():
        with TEMPEVAL.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    texts.append((f"tempeval3/{row['file']}", row["text"]))
    return texts


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


# -- mutations: (rng, text, corpus) -> text ---------------------------------------------------
Mutation = Callable[[random.Random, str, list[tuple[str, str]]], str]


def splice(rng, text, corpus):
    pool = sentences(text)
    for _, other in rng.sample(corpus, 2):
        pool += rng.sample(sentences(other), min(20, len(sentences(other))))
    rng.shuffle(pool)
    return "\n\n".join(" ".join(pool[i:i + 4]) for i in range(0, len(pool), 4))


def join_paragraphs(rng, text, corpus):
    return re.sub(r"\s*\n\s*", " ", text)


def upper(rng, text, corpus):
    return text.upper()


def lower(rng, text, corpus):
    return text.lower()


def title(rng, text, corpus):
    return text.title()


def strip_punct(rng, text, corpus):
    return re.sub(r"[^\w\s]", "", text)


def double_punct(rng, text, corpus):
    return re.sub(r"([.,;:!?()\"'“”’-])", r"\1\1", text)


def quotes(rng, text, corpus):
    opening, closing = rng.choice([("“", "”"), ("«", "»"), ('"', '"'), ("‘", "’"), ("„", "“")])
    parts = re.split(r"[\"“”«»]", text)
    return "".join(p + (opening if i % 2 == 0 else closing) for i, p in enumerate(parts[:-1])) + parts[-1]


def hyphen_glue(rng, text, corpus):
    def glue(m):
        if rng.random() < 0.5:
            return f"{m[1]}-{m[2]}"
        return f"{m[1]}-{rng.choice(PLACES)}"
    return CAP_PAIR.sub(glue, text)


def place_in_name(rng, text, corpus):
    return CAP_PAIR.sub(lambda m: f"{m[1]} {rng.choice(PLACES)} {m[2]}" if rng.random() < 0.5 else m[0],
                        text)


def break_names(rng, text, corpus):
    return CAP_PAIR.sub(lambda m: m[1] + rng.choice(["\n", "\n\n", " \n"]) + m[2]
                        if rng.random() < 0.5 else m[0], text)


def long_sentences(rng, text, corpus):
    pool = sentences(text)
    return "\n\n".join(", ".join(s.rstrip(".!?") for s in pool[i:i + 50]) + "."
                       for i in range(0, len(pool), 50))


def tables(rng, text, corpus):
    lines = []
    for s in sentences(text):
        style = rng.randrange(4)
        if style == 0:
            lines.append("\t".join(s.split(", ")))
        elif style == 1:
            lines.append(f"- {s}")
        elif style == 2:
            lines.append(f"{rng.randrange(1, 30)}. {s}")
        else:
            lines.append(" | ".join(CAP_WORD.findall(s)) or s)
    return "\n".join(lines)


def markdown(rng, text, corpus):
    out = []
    for s in sentences(text):
        if rng.random() < 0.2:
            out.append(f"\n{'#' * rng.randint(1, 4)} {' '.join(s.split()[:rng.randint(1, 8)])}\n")
        out.append(s)
    return " ".join(out)


def footnotes(rng, text, corpus):
    tokens = re.split(r"(\s+)", text)
    for i in range(0, len(tokens), 2):
        if rng.random() < 0.04:
            marker = rng.choice(["[1]", f"[{rng.randrange(200)}]", "[a]", "¹", "*", "[citation needed]"])
            word = tokens[i]
            cut = rng.randrange(len(word) + 1)
            tokens[i] = word[:cut] + marker + word[cut:]
    return "".join(tokens)


def odd_dates(rng, text, corpus):
    tokens = re.split(r"(\s+)", text)
    for i in range(0, len(tokens), 2):
        if rng.random() < 0.03:
            tokens[i] = f"{tokens[i]} {rng.choice(['on', 'in', 'since', 'by', 'until', ''])} {rng.choice(ODD_DATES)}"
    return "".join(tokens)


def truncate(rng, text, corpus):
    return text[:rng.randrange(1, len(text) + 1)] if rng.random() < 0.5 else text[rng.randrange(len(text)):] or text


def fragment(rng, text, corpus):
    pool = sentences(text)
    start = rng.randrange(len(pool))
    return " ".join(pool[start:start + rng.randint(1, 3)])


def snippet(rng, text, corpus):
    words = text.split()
    start = rng.randrange(len(words))
    return " ".join(words[start:start + rng.randint(1, 8)])


def unicode_noise(rng, text, corpus):
    import unicodedata

    text = unicodedata.normalize(rng.choice(["NFD", "NFKD", "NFC"]), text)
    chars = list(text)
    for i in range(len(chars)):
        if chars[i] == " " and rng.random() < 0.05:
            chars[i] = rng.choice(["\u00a0", "\u200b ", "\u2009", "\u3000", " \u200e", "\t"])
    return "".join(chars)


def line_separators(rng, text, corpus):
    """Characters that str.splitlines() breaks on and "\\n" splitting does not, and the reverse."""
    chars = list(text)
    for i in range(len(chars)):
        if chars[i] in " \n" and rng.random() < 0.03:
            chars[i] = rng.choice(["\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\x1e", "\r", "\r\n", "\x00"])
    return "".join(chars)


def glued_words(rng, text, corpus):
    words = text.split(" ")
    out, i = [], 0
    while i < len(words):
        n = rng.choice([1, 1, 1, 1, 2, 5, 40])
        out.append(rng.choice(["", "_", "/", "."]).join(words[i:i + n]))
        i += n
    return " ".join(out)


def unbalanced(rng, text, corpus):
    tokens = re.split(r"(\s+)", text)
    for i in range(0, len(tokens), 2):
        if rng.random() < 0.02:
            tokens[i] = rng.choice(["(", ")", "[", "]", '"', "“", "»", "alias", "a.k.a.", "known as",
                                    "(alias", "alias “", "--", "...", "/", "&", "'s"]) + " " + tokens[i]
    return "".join(tokens)


def repeat(rng, text, corpus):
    pool = sentences(text)
    chosen = rng.choice(pool)
    return " ".join([chosen] * rng.randint(2, 60))


def word_shuffle(rng, text, corpus):
    out = []
    for s in sentences(text):
        words = s.split()
        if rng.random() < 0.5:
            rng.shuffle(words)
        out.append(" ".join(words))
    return " ".join(out)


def word_splice(rng, text, corpus):
    words = [w for s in sentences(text) + sentences(rng.choice(corpus)[1]) for w in s.split()]
    out = []
    while len(out) < min(len(words), 3000):
        start = rng.randrange(len(words))
        out += words[start:start + rng.randint(2, 7)]
    return " ".join(out)


def furniture(rng, text, corpus):
    """Several articles in one export, each with a title, a byline, a date line and a notes section."""
    parts = []
    for _, body in [("", text), *rng.sample(corpus, rng.randint(0, 2))]:
        pool = sentences(body)
        date = rng.choice([*ODD_DATES, "3 March 2021", "Tuesday, 3 March 2021", "2021-03-03"])
        head = [rng.choice(pool)[:90].rstrip(".") if pool else "Untitled",
                rng.choice([f"By {rng.choice(PLACES)} Staff", f"Published: {date}", f"{date} | Reuters",
                            f"{rng.choice(PLACES).upper()} (AP) -- {date}", f"Date: {date}", ""])]
        notes = [f"[{i}] {s}" if rng.random() < 0.5 else f"{i}. {s}"
                 for i, s in enumerate(rng.sample(pool, min(len(pool), rng.randint(0, 5))), 1)]
        parts.append("\n".join(head) + "\n\n" + body
                     + ("\n\n" + rng.choice(["Notes", "References", "Endnotes", "Footnotes"]) + "\n"
                        + "\n".join(notes) if notes else ""))
    separator = rng.choice(["\n\n=====\n\n", "\n\nDocument 2 of 12\n\n", "\n\n* * *\n\n",
                            "\n\nEnd of Document\n\n", "\n\n"])
    return separator.join(parts)


MUTATIONS: dict[str, Mutation] = {
    f.__name__: f for f in (splice, join_paragraphs, upper, lower, title, strip_punct, double_punct,
                            quotes, hyphen_glue, place_in_name, break_names, long_sentences, tables,
                            markdown, footnotes, odd_dates, truncate, fragment, snippet, unicode_noise,
                            line_separators, glued_words, unbalanced, repeat, word_shuffle, word_splice, furniture)
}


def combined(rng, text, corpus):
    for name in rng.sample(sorted(MUTATIONS), 3):
        text = MUTATIONS[name](rng, text, corpus)
    return text


def generate(corpus: list[tuple[str, str]], names: list[str], rounds: int, seed: int,
             originals: bool) -> Iterator[tuple[str, str]]:
    if originals:
        yield from corpus
    for round_ in range(rounds):
        for name in names:
            mutate = combined if name == "combined" else MUTATIONS[name]
            for file, text in corpus:
                rng = random.Random(f"{seed}:{round_}:{name}:{file}")
                yield f"{file}~{name}{round_ or ''}", mutate(rng, text, corpus)


def stage_traceback(document, stage: str, model: str | None) -> str:
    """Run the pipeline without isolation up to ``stage`` and return where ``stage`` raised."""
    from crimecli.nlp import get_pipeline, make_doc

    nlp = get_pipeline(model)
    doc = make_doc(nlp, document)
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except Exception:  # noqa: BLE001 - reporting the crash is this function's job
            if name == stage:
                return traceback.format_exc()
    return f"{stage} did not raise again"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="mutations of each text per kind")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", help="comma-separated mutation names ('none': the texts as they are)")
    parser.add_argument("--save", type=Path, help="write each failing text to this folder")
    parser.add_argument("--traceback", action="store_true", help="print a traceback per distinct crash")
    parser.add_argument("--model", help="spaCy model (default: CRIMECLI_MODEL or crimecli's default)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    from crimecli.api import parse_date
    from crimecli.config import model_name
    from crimecli.errors import CrimecliError
    from crimecli.extract import extract_document
    from crimecli.nlp import get_pipeline
    from crimecli.reader import read_text

    model = model_name(args.model)
    all_names = [*MUTATIONS, "combined"]
    names = all_names if not args.only else [n for n in args.only.split(",") if n != "none"]
    unknown = set(names) - set(all_names)
    if unknown:
        parser.error(f"unknown mutation(s) {', '.join(sorted(unknown))}; known: {', '.join(all_names)}")
    originals = not args.only or "none" in args.only.split(",")
    corpus = load_texts()
    get_pipeline(model)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    documents = words = refused = 0
    failures: list[dict] = []
    crashes: Counter[tuple[str, str]] = Counter()
    per_stage: Counter[str] = Counter()
    examples: dict[tuple[str, str], object] = {}
    for file, text in generate(corpus, names, args.rounds, args.seed, originals):
        try:
            document = read_text(text, file=file.replace("/", "_") + ".txt")
        except CrimecliError:
            refused += 1  # an empty text after stripping, say: the reader's refusal is fine
            continue
        if document.published is None and (rng := random.Random(f"{args.seed}:{file}")).random() < 0.5:
            # as `extract --published DATE` does for a document that states no date of its own: the
            # reader dates it (and its stories) by that date
            document = read_text(text, file=document.file, published=parse_date(rng.choice(PUBLISHED), "--published"))
        extraction = extract_document(document, model)
        documents += 1
        words += extraction.words
        errors = {w.split(" failed (", 1)[0].removeprefix("pipeline stage "): w.split(" failed (", 1)[1]
                  for w in document.warnings if w.startswith("pipeline stage ")}
        for stage in extraction.failed_stages:
            error = errors[stage].rsplit("); its results", 1)[0]
            failures.append({"file": file, "stage": stage, "error": error})
            per_stage[stage] += 1
            kind = (stage, error.split(":", 1)[0] + ":" + re.sub(r"\d+", "N", error.split(":", 1)[-1])[:80])
            crashes[kind] += 1
            examples.setdefault(kind, document)
            print(f"FAIL {file}: {stage}: {error}", file=sys.stderr)
            if args.save:
                (args.save / (file.replace("/", "_") + ".txt")).write_text(text, encoding="utf-8")
    seconds = time.perf_counter() - started

    figures = {"documents": documents, "refused_by_reader": refused, "words": words,
               "seconds": round(seconds, 1), "failed_documents": len({f["file"] for f in failures}),
               "failures_per_stage": dict(per_stage), "failures": failures}
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(f"documents {documents} ({refused} refused by the reader), words {words:,}, "
              f"{seconds:.0f} s; documents with a failed stage: {figures['failed_documents']}")
        for stage, n in per_stage.most_common():
            print(f"  {stage}: {n}")
        for (stage, kind), n in crashes.most_common():
            print(f"  {n:5d} x {stage}: {kind}")
    if args.traceback:
        for (stage, kind), document in examples.items():
            print(f"\n=== {stage}: {kind} ({document.file})\n{stage_traceback(document, stage, model)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
