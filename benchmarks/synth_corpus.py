"""Write a realistic synthetic corpus for speed benchmarks: N documents of ~800 words each.

Documents recombine sentences from the bundled seed articles (seeds/*.txt, boilerplate cut
off) and substitute people, countries, cities, months and years from small pools, so that no
two documents are alike but each reads like the reporting crimecli is built for: officials
meeting, aliases ("Diego Perez Henao, alias \"Diego Rastrojo\""), dated events between
countries. Each document has a headline, sometimes a dateline, and paragraphs of 2-6 sentences.
The same --seed always gives the same files.

Only standalone names are swapped, as in a real corpus: a country inside an organisation's or
a place's name ("Revolutionary Armed Forces of Colombia", "Bolivarian Republic of Venezuela",
"Gulf of Venezuela") stays, and people the seeds give an alias ("Wilber Varela, alias
\"Jabon\"") keep their own name everywhere. Swapping those made fake organisations (the
"Revolutionary Armed Forces of Peru") and hung one alias on a dozen people, so that searching
"FARC" or "Jabon" expanded to a dozen names no real corpus would give (generator v2).

    python benchmarks/synth_corpus.py OUT --docs 1000 [--words 800] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
#: Bumped when the same --seed gives other files (benchmarks/scale.py keys its cached corpora by it).
GENERATOR_VERSION = 2

# Where the article ends and site furniture starts (donation appeals, related posts...).
BOILERPLATE = re.compile(
    r"^(share icon|Was this content helpful\?|Related posts|Subscribe to|InSight Crime ON AIR|"
    r"THE ORGANIZATION|We want to sustain)", re.MULTILINE)

# Pools: every name found in a sentence is swapped for another of its pool, per document.
PEOPLE = [
    "Rodrigo Rivera", "Tareck El Aissami", "Hugo Chavez", "Juan Manuel Santos", "Alvaro Uribe",
    "Daniel Barrera", "Wilber Varela", "Diego Perez Henao", "Maximiliano Bonilla Orozco",
    "Walid Makled", "Juan Carlos Pinzon", "Felipe Caceres", "Nicolás Maduro", "Gustavo Petro",
    "Felipe Calderon", "Evo Morales", "Rafael Correa", "Iván Duque", "Luis Enrique Calle Serna",
    "Javier Antonio Calle Serna", "Carlos Alberto Renteria Mantilla", "Dairo Antonio Úsuga",
    "Joaquín Guzmán", "Rafael Caro Quintero", "Ismael Zambada", "Otoniel Valencia",
    "Marta Lucía Ramírez", "Delcy Rodríguez", "Vladimir Padrino López", "Diosdado Cabello",
]
COUNTRIES = [
    "Colombia", "Venezuela", "Mexico", "Ecuador", "Peru", "Bolivia", "Brazil", "Panama",
    "Honduras", "Guatemala", "El Salvador", "Costa Rica", "Paraguay", "Argentina", "Chile",
]
CITIES = [
    "Bogotá", "Caracas", "Cúcuta", "Medellín", "Cali", "Maracaibo", "San Cristóbal", "Quito",
    "Lima", "La Paz", "Tegucigalpa", "Ciudad Juárez", "Culiacán", "Guayaquil", "Barranquilla",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DEMONYMS = {"Colombia": "Colombian", "Venezuela": "Venezuelan", "Mexico": "Mexican",
            "Ecuador": "Ecuadorean", "Peru": "Peruvian", "Bolivia": "Bolivian",
            "Brazil": "Brazilian", "Panama": "Panamanian", "Honduras": "Honduran",
            "Guatemala": "Guatemalan", "El Salvador": "Salvadoran", "Costa Rica": "Costa Rican",
            "Paraguay": "Paraguayan", "Argentina": "Argentine", "Chile": "Chilean"}
TOPICS = ["Security Cooperation", "Drug Trafficking on the Border", "Extradition Talks",
          "Armed Groups Move In", "A New Cocaine Route", "Diplomatic Thaw", "Border Closure",
          "Joint Military Operations", "Prison Gangs and Extortion", "Illegal Mining"]



def _aliased(people: list[str], seeds: Path = SEEDS) -> frozenset[str]:
    """People the seeds name with an alias: ``Name, alias "X"`` ties X to that person."""
    text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sorted(seeds.glob("*.txt")))
    return frozenset(name for name in people if re.search(re.escape(name) + r",? alias\b", text))


ALIASED_PEOPLE = _aliased(PEOPLE)
# A country right after "<Name> of (the)" is part of that name: the Gulf of Venezuela.
_IN_A_NAME = re.compile(r"\b[A-Z][\w'’-]*,? of (?:the )?$")

# Demonyms before countries, so "Venezuelan" is not read as "Venezuela" + "n".
_POOLS = {"person": [p for p in PEOPLE if p not in ALIASED_PEOPLE], "demonym": list(DEMONYMS.values()), "country": COUNTRIES,
          "city": CITIES, "month": MONTHS}
_TOKEN = re.compile(
    "|".join(
        f"(?P<{kind}>\\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + ")\\b)"
        for kind, words in _POOLS.items()
    ) + r"|(?P<year>\b(?:19[89]\d|20[0-2]\d)\b)"
)
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z])")


def seed_sentences(seeds: Path = SEEDS) -> list[str]:
    """Sentences of 8-70 words from the seeds' article bodies."""
    sentences: list[str] = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        cut = BOILERPLATE.search(text)
        body = text[: cut.start()] if cut else text
        for paragraph in re.split(r"\n\s*\n", body):
            paragraph = " ".join(paragraph.split())
            for sentence in _SENTENCE_END.split(paragraph):
                if 8 <= len(sentence.split()) <= 70 and sentence[-1:] in ".!?\"”’)":
                    sentences.append(sentence)
    return sentences


class Document:
    """One synthetic document's consistent substitutions (the same person stays the same)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.maps = {kind: dict(zip(words, rng.sample(words, len(words))))
                     for kind, words in _POOLS.items() if kind != "demonym"}
        # A swapped country keeps its adjective: Venezuelan -> Peruvian when Venezuela -> Peru.
        self.maps["demonym"] = {DEMONYMS[c]: DEMONYMS[self.maps["country"][c]] for c in COUNTRIES}
        self.year_shift = rng.randint(-8, 8)

    def substitute(self, sentence: str) -> str:
        def swap(match: re.Match[str]) -> str:
            kind = match.lastgroup
            word = match.group()
            if kind == "year":
                return str(min(2024, max(1985, int(word) + self.year_shift)))
            if kind == "country" and _IN_A_NAME.search(match.string, 0, match.start()):
                return word
            return self.maps[kind].get(word, word)

        return _TOKEN.sub(swap, sentence)


def make_document(sentences: list[str], rng: random.Random, target_words: int) -> str:
    doc = Document(rng)
    a, b = rng.sample(COUNTRIES, 2)
    title = rng.choice([f"{a} and {b}: {rng.choice(TOPICS)}?", f"{a}, {b} Talk {rng.choice(TOPICS)}",
                        f"{a} Turns to {b} for Help on {rng.choice(TOPICS)}"])
    lines = [title, ""]
    if rng.random() < 0.7:
        year = rng.randint(2008, 2023)
        lines += [f"{a.upper()} / {rng.randint(1, 28)} {rng.choice(MONTHS)[:3].upper()} {year}", ""]
    words = 0
    start = rng.randrange(len(sentences))
    position = start
    while words < target_words:
        paragraph = []
        for _ in range(rng.randint(2, 6)):
            # Mostly consecutive sentences (paragraphs read on), sometimes a jump elsewhere.
            position = (position + 1) % len(sentences) if rng.random() < 0.7 else rng.randrange(len(sentences))
            sentence = doc.substitute(sentences[position])
            paragraph.append(sentence)
            words += len(sentence.split())
        lines += [" ".join(paragraph), ""]
    return "\n".join(lines)


def write_corpus(out: Path, docs: int, words: int = 800, seed: int = 1) -> list[Path]:
    sentences = seed_sentences()
    if not sentences:
        raise SystemExit(f"no sentences found in {SEEDS}; is this a crimecli checkout?")
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    width = max(5, len(str(docs)))
    for i in range(docs):
        rng = random.Random(f"{seed}:{i}")
        target = int(words * rng.uniform(0.75, 1.25))
        path = out / f"doc_{i:0{width}d}.txt"
        path.write_text(make_document(sentences, rng, target), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the documents into")
    parser.add_argument("--docs", type=int, default=1000, help="how many documents (default 1000)")
    parser.add_argument("--words", type=int, default=800, help="mean words per document (default 800)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same files)")
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.docs, args.words, args.seed)
    total = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"wrote {len(paths)} documents, {total:,} words, to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
