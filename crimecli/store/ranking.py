"""SQLite FTS5's bm25, for a store whose engine ranks otherwise (the PostgreSQL store).

Both stores must give the same answers, scores included, so the PostgreSQL store finds the
matching sentences with its own index and then scores them here exactly as FTS5's built-in
``bm25()`` does (sqlite/ext/fts5/fts5_aux.c; k1 = 1.2, b = 0.75, one column):

    idf(q)   = log((N - n(q) + 0.5) / (n(q) + 0.5)), or 1e-6 when that is <= 0
    score(D) = sum over the phrases q of the expression, in their order:
               idf(q) * (f(q, D) * (k1 + 1)) / (f(q, D) + k1 * (1 - b + b * |D| / avgdl))

with N the sentences in the store, n(q) the sentences phrase q matches, f(q, D) the instances
of q in sentence D and |D| its number of tokens (:func:`crimecli.search.fts_tokens`). As in
FTS5, a phrase's instances count only where its part of the expression matched the sentence
("(A AND B) OR C" on a sentence holding A and C scores C alone). Operations happen in FTS5's
order, so scores are the same doubles and ties fall the same way. Pure: no SQL here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from crimecli.search import All, Any_, Node, Term, fts_tokens, phrases

K1 = 1.2
B = 0.75


def idf(rows: int, hits: int) -> float:
    """FTS5's inverse document frequency of a phrase matching ``hits`` of ``rows`` sentences."""
    value = math.log((rows - hits + 0.5) / (hits + 0.5))
    return value if value > 0.0 else 1e-6


#: Where each word occurs in a sentence: word -> token positions (any numbering, consecutive
#: tokens having consecutive numbers).
Positions = dict[str, list[int]]


def positions(tokens: Sequence[str]) -> Positions:
    """The :data:`Positions` of a sentence's tokens."""
    found: Positions = {}
    for i, token in enumerate(tokens):
        found.setdefault(token, []).append(i)
    return found


def _starts(word: str, prefix: bool, where: Positions) -> set[int]:
    if not prefix:
        return set(where.get(word, ()))
    return {p for token, found in where.items() if token.startswith(word) for p in found}


def _term_instances(term: Term, where: Positions) -> int:
    """How many times ``term`` (a word, phrase or prefix) occurs, overlapping instances
    counted (as FTS5 counts them)."""
    last = len(term.words) - 1
    first = _starts(term.words[0], term.prefix and last == 0, where)
    if last == 0:
        return len(first)
    later = [_starts(w, term.prefix and j == last, where) for j, w in enumerate(term.words[1:], 1)]
    return sum(1 for p in first if all(p + j in found for j, found in enumerate(later, 1)))


def _instances(node: Node, where: Positions, counts: list[int], index: list[int]) -> bool:
    """Does ``node`` match the sentence? Fills ``counts`` (one slot per phrase, numbered in
    :func:`crimecli.search.phrases` order from ``index[0]``) with the instances of the phrases
    whose part of the expression matched; the rest stay 0."""
    if isinstance(node, Term):
        slot = index[0]
        index[0] += 1
        counts[slot] = _term_instances(node, where)
        return counts[slot] > 0
    first = index[0]
    if isinstance(node, Any_):
        matched = False
        for item in node.items:
            start = index[0]
            if _instances(item, where, counts, index):
                matched = True
            else:
                counts[start:index[0]] = [0] * (index[0] - start)
        return matched
    assert isinstance(node, All)
    matched = all([_instances(p, where, counts, index) for p in node.positives])
    for negative in node.negatives:
        start = index[0]
        if _instances(negative, where, counts, index):
            matched = False
        counts[start:index[0]] = [0] * (index[0] - start)  # an excluded part never scores
    if not matched:
        counts[first:index[0]] = [0] * (index[0] - first)
    return matched


class BM25:
    """Scores sentences for one query expression over a store of ``rows`` sentences holding
    ``tokens`` tokens in all, ``hits[i]`` of them matching phrase i of the expression."""

    def __init__(self, node: Node, rows: int, tokens: int, hits: Sequence[int]):
        self.node = node
        self.count = len(phrases(node))
        if len(hits) != self.count:
            raise ValueError(f"{len(hits)} phrase counts for {self.count} phrases")
        self.idf = [idf(rows, n) for n in hits]
        self.avgdl = tokens / rows if rows else 1.0

    def score(self, text: str) -> float:
        """bm25 of a sentence, positive (FTS5's ``bm25()`` is this times -1); 0.0 when the
        expression does not match it."""
        tokens = fts_tokens(text)
        return self.score_positions(positions(tokens), len(tokens))

    def score_positions(self, where: Positions, size: int) -> float:
        """:meth:`score` of a sentence of ``size`` tokens whose words (at least those of the
        expression) occur at ``where``."""
        counts = [0] * self.count
        if not _instances(self.node, where, counts, [0]):
            return 0.0
        score = 0.0
        for i, freq in enumerate(counts):
            score += self.idf[i] * ((freq * (K1 + 1.0)) / (freq + K1 * (1 - B + B * float(size) / self.avgdl)))
        return score


__all__ = ["BM25", "Positions", "idf", "positions"]
