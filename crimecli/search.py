"""The search query syntax -> a safe SQLite FTS5 MATCH expression. Pure: no SQL runs here.

Syntax (what ``crimecli search`` accepts)::

    cucuta                     a word (accents and case ignored: matches "Cúcuta")
    "Juan Manuel Santos"       a phrase
    venez*                     a prefix: Venezuela, Venezuelan, ...
    FARC ELN                   both (AND is implied; writing AND is allowed)
    FARC OR ELN                either
    FARC NOT ELN, FARC -ELN    the first without the second
    (FARC OR ELN) Venezuela    grouping

Only upper-case OR, AND and NOT are operators; "or" and "not" are ordinary words. Every word or
phrase is re-emitted as an FTS5 string of folded alphanumeric tokens, so nothing a user types
can become FTS5 syntax (column filters, NEAR, ^, ...), and the expression reaches SQL only as a
bound parameter.

Alias expansion: given a lookup from folded name to other surface forms of the same entity,
a word, phrase or run of plain words that names an entity becomes an OR of all its names
("Jabon" -> "Jabon" OR "Wilber Varela").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from crimecli.errors import QueryError, shown
from crimecli.text import fold_words

EXAMPLE = "e.g. crimecli search '\"Juan Manuel Santos\" OR Petro NOT Maduro'"
OPERATORS = ("OR", "AND", "NOT")
_QUOTES = '"\u201c\u201d\u201e\u201f\u2033'
# unicode61 token characters: letters and digits (plus combining marks, which it folds away).
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]+")
_WORD = re.compile(r"[^\W_]+")  # _TOKEN once combining characters are gone
MAX_EXPANSIONS = 12
MAX_NAME_WORDS = 8
# Parentheses nested deeper than this are refused: the parser and the FTS5 expression recurse
# once per level, and no real question needs more than a few.
MAX_DEPTH = 20
# Words and phrases a query may hold (before alias expansion): FTS5 refuses expression trees
# deeper than 256, and a query is a question, not a document.
MAX_TERMS = 64
# Stores rank (bm25) among the RANK_WINDOW latest matches of a query: fewer for queries of many
# phrases (RANK_BUDGET rows x phrases), never fewer than RANK_FLOOR.
RANK_WINDOW = 1000
RANK_BUDGET = 4000
RANK_FLOOR = 250

Lookup = Mapping[str, Sequence[str]] | Callable[[str], Sequence[str]] | None


def fts_tokens(text: str) -> list[str]:
    """Words as the FTS5 unicode61 tokenizer (remove_diacritics 2) sees them: lower case,
    accents removed, punctuation as separator. (The PostgreSQL store indexes these words, so
    both stores match the same sentences.)"""
    if text.isascii():  # most sentences: nothing to decompose (~10x faster)
        return _ASCII_TOKEN.findall(text.lower())
    text = unicodedata.normalize("NFKD", text).translate(_NO_COMBINING)
    # Left in: U+034F, the one mark of _TOKEN's range that is not combining (it joins words).
    words = _TOKEN if "\u034f" in text else _WORD
    return [t.lower() for t in words.findall(text)]


class _StripCombining(dict):
    """A str.translate table deleting combining characters, filled in as characters are met
    (so translating runs in C: ~8x faster than testing each character in Python)."""

    def __missing__(self, code: int) -> str | None:
        value = None if unicodedata.combining(chr(code)) else chr(code)
        self[code] = value
        return value


_NO_COMBINING = _StripCombining()


# ---------------------------------------------------------------- query tree


@dataclass(frozen=True)
class Term:
    """A word, phrase or prefix. ``words`` are folded tokens; ``quoted`` says it was a "phrase"."""

    text: str
    words: tuple[str, ...]
    prefix: bool = False
    quoted: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words).replace('"', '""') + '"' + ("*" if self.prefix else "")


@dataclass
class All:
    """Every positive node, and none of the negative ones."""

    positives: list = field(default_factory=list)
    negatives: list = field(default_factory=list)


@dataclass
class Any_:
    """At least one of the items (OR)."""

    items: list = field(default_factory=list)
    expansion_of: str | None = None  # set when alias expansion built this OR


Node = Term | All | Any_


# ---------------------------------------------------------------- lexer


@dataclass(frozen=True)
class _Tok:
    kind: str  # "term", "op", "(", ")"
    value: str = ""
    prefix: bool = False
    quoted: bool = False


def _lex(query: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            toks.append(_Tok(ch))
            i += 1
        elif ch in _QUOTES:
            close = next((j for j in range(i + 1, n) if query[j] in _QUOTES), -1)
            if close < 0:
                raise QueryError(
                    f"unbalanced quote in query {shown(query)}: close the phrase, "
                    "e.g. crimecli search '\"Juan Manuel Santos\"'")
            phrase = query[i + 1:close]
            i = close + 1
            prefix = False
            while i < n and query[i] == "*":
                prefix, i = True, i + 1
            toks.append(_Tok("term", phrase, prefix=prefix, quoted=True))
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in "()" and query[j] not in _QUOTES:
                j += 1
            word = query[i:j]
            i = j
            if word in OPERATORS:
                toks.append(_Tok("op", word))
                continue
            negate = word.startswith("-") and len(word) > 1
            if negate:
                word = word[1:]
            prefix = word.endswith("*")
            if prefix:
                word = word.rstrip("*")
                if not fts_tokens(word):
                    raise QueryError(
                        f"a '*' must end a word in query {shown(query)}: "
                        "give the start of the word, e.g. crimecli search 'venez*'")
            if negate:
                toks.append(_Tok("op", "NOT"))
            toks.append(_Tok("term", word, prefix=prefix))
    return toks


# ---------------------------------------------------------------- parser


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.toks = _lex(query)
        self.pos = 0
        self.depth = 0
        terms = sum(1 for tok in self.toks if tok.kind == "term")
        if terms > MAX_TERMS:
            raise QueryError(f"query {shown(query)} has {terms} words and phrases; at most "
                             f"{MAX_TERMS} are allowed: search for fewer at a time")

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def fail(self, what: str) -> QueryError:
        return QueryError(f"{what} in query {shown(self.query)}; {EXAMPLE}")

    def parse(self) -> Node:
        if not self.query.strip():
            raise QueryError(f"empty query: give a word or a \"phrase\"; {EXAMPLE}")
        node = self.parse_or()
        tok = self.peek()
        if tok is not None:
            if tok.kind == ")":
                raise self.fail("unbalanced ')'")
            raise self.fail(f"unexpected {shown(tok.value or tok.kind)}")
        if node is None:
            raise QueryError(f"nothing to search for in {shown(self.query)}: give a word or a "
                             f"\"phrase\"; {EXAMPLE}")
        return node

    def _operand_follows(self) -> bool:
        tok = self.peek()
        return tok is not None and (tok.kind in ("term", "(") or (tok.kind == "op" and tok.value == "NOT"))

    def parse_or(self) -> Node | None:
        items = [self.parse_and()]
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.value == "OR":
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind == ")" or (nxt.kind == "op" and nxt.value in ("OR", "AND")):
                raise self.fail("OR needs a word on each side")
            items.append(self.parse_and())
        items = [i for i in items if i is not None]
        if not items:
            return None
        return items[0] if len(items) == 1 else Any_(items)

    def parse_and(self) -> Node | None:
        positives: list = []
        negatives: list = []
        saw_any = False
        while True:
            tok = self.peek()
            if tok is None or tok.kind == ")" or (tok.kind == "op" and tok.value == "OR"):
                break
            if tok.kind == "op" and tok.value == "AND":
                self.take()
                if not saw_any or not self._operand_follows():
                    raise self.fail("AND needs a word on each side")
                continue
            if tok.kind == "op" and tok.value == "NOT":
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.kind not in ("term", "("):
                    raise self.fail("NOT needs a word after it")
                saw_any = True
                node = self.parse_unary()
                if node is not None:
                    negatives.append(node)
                continue
            saw_any = True
            node = self.parse_unary()
            if node is not None:
                positives.append(node)
        if not saw_any:
            tok = self.peek()
            if tok is not None and tok.kind == "op" and tok.value == "OR":
                raise self.fail("OR needs a word on each side")
            return None
        if negatives and not positives:
            raise self.fail("NOT needs something to exclude from (write FARC NOT ELN, not NOT ELN alone)")
        if not positives:
            return None
        if not negatives and len(positives) == 1:
            return positives[0]
        return All(positives, negatives)

    def parse_unary(self) -> Node | None:
        tok = self.take()
        if tok.kind == "(":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QueryError(f"query {shown(self.query)} nests parentheses more than {MAX_DEPTH} "
                                 "deep; write it with fewer, e.g. crimecli search '(FARC OR ELN) Venezuela'")
            node = self.parse_or()
            close = self.peek()
            if close is None or close.kind != ")":
                raise self.fail("unbalanced '('")
            self.take()
            self.depth -= 1
            return node
        if tok.kind == ")":
            raise self.fail("unbalanced ')'")
        words = tuple(fts_tokens(tok.value))
        if not words:
            return None  # punctuation only: nothing the index could match
        return Term(tok.value.strip(), words, prefix=tok.prefix, quoted=tok.quoted)


def parse_query(query: str) -> Node:
    """Parse the user's query; raises QueryError with an example for malformed input."""
    return _Parser(query).parse()


# ---------------------------------------------------------------- alias expansion


def _walk_terms(node: Node | None) -> Iterable[Term]:
    if isinstance(node, Term):
        yield node
    elif isinstance(node, All):
        for child in [*node.positives, *node.negatives]:
            yield from _walk_terms(child)
    elif isinstance(node, Any_):
        for child in node.items:
            yield from _walk_terms(child)


def _plain_runs(node: Node | None) -> Iterable[list[Term]]:
    """Runs of adjacent unquoted, non-prefix words in an AND (they may spell a name)."""
    if isinstance(node, All):
        run: list[Term] = []
        for child in node.positives:
            if isinstance(child, Term) and not child.quoted and not child.prefix:
                run.append(child)
            else:
                if len(run) > 1:
                    yield run
                run = []
                yield from _plain_runs(child)
        if len(run) > 1:
            yield run
        for child in node.negatives:
            yield from _plain_runs(child)
    elif isinstance(node, Any_):
        for child in node.items:
            yield from _plain_runs(child)


def lookup_keys(node: Node) -> list[str]:
    """Folded names the query might mean: each word or phrase, and each run of plain words
    ("Wilber Varela" typed without quotes). The store fetches forms for these in one query."""
    keys: list[str] = []
    for term in _walk_terms(node):
        if not term.prefix:
            keys.append(fold_words(term.text))
    for run in _plain_runs(node):
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + MAX_NAME_WORDS) + 1):
                keys.append(fold_words(" ".join(t.text for t in run[i:j])))
    return list(dict.fromkeys(k for k in keys if k))


def _lookup(lookup: Lookup, key: str) -> list[str]:
    if lookup is None or not key:
        return []
    found = lookup(key) if callable(lookup) else lookup.get(key)
    return list(found or [])


def _expansion(term_text: str, original: Term, forms: Sequence[str]) -> Node:
    items: list[Node] = [original]
    seen = {" ".join(original.words)}
    for form in forms:
        words = tuple(fts_tokens(form))
        key = " ".join(words)
        if not words or key in seen:
            continue
        seen.add(key)
        items.append(Term(form, words, quoted=len(words) > 1))
        if len(items) > MAX_EXPANSIONS:
            break
    if len(items) == 1:
        return original
    return Any_(items, expansion_of=term_text)


def expand(node: Node, lookup: Lookup) -> Node:
    """Replace each term (or run of plain words) that names an entity by an OR of its names."""
    if lookup is None:
        return node
    if isinstance(node, Term):
        if node.prefix:
            return node
        return _expansion(node.text, node, _lookup(lookup, fold_words(node.text)))
    if isinstance(node, Any_):
        if node.expansion_of is not None:
            return node
        return Any_([expand(i, lookup) for i in node.items])
    # All: first try the longest runs of plain words that spell a known name.
    positives: list[Node] = []
    children = list(node.positives)
    i = 0
    while i < len(children):
        child = children[i]
        if isinstance(child, Term) and not child.quoted and not child.prefix:
            end = i
            while (end + 1 < len(children) and isinstance(children[end + 1], Term)
                   and not children[end + 1].quoted and not children[end + 1].prefix
                   and end + 1 - i < MAX_NAME_WORDS):
                end += 1
            matched = False
            for j in range(end, i, -1):  # longest first, two words at least
                run = children[i:j + 1]
                text = " ".join(t.text for t in run)
                forms = _lookup(lookup, fold_words(text))
                if forms:
                    phrase = Term(text, tuple(w for t in run for w in t.words), quoted=True)
                    positives.append(_expansion(text, phrase, forms))
                    i = j + 1
                    matched = True
                    break
            if matched:
                continue
        positives.append(expand(child, lookup))
        i += 1
    return All(positives, [expand(n, lookup) for n in node.negatives]) if (
        len(positives) > 1 or node.negatives) else positives[0]


# ---------------------------------------------------------------- output


def to_fts(node: Node) -> str:
    """The FTS5 MATCH expression, fully parenthesised so FTS5's own precedence never matters."""
    if isinstance(node, Term):
        return node.fts()
    if isinstance(node, Any_):
        return " OR ".join(_group(i) for i in node.items)
    expr = " AND ".join(_group(p) for p in node.positives)
    if len(node.positives) > 1 and node.negatives:
        expr = f"({expr})"
    for neg in node.negatives:
        expr = f"{expr} NOT {_group(neg)}"
    return expr


def _group(node: Node) -> str:
    return node.fts() if isinstance(node, Term) else f"({to_fts(node)})"


def positive_terms(node: Node) -> list[Term]:
    """Terms whose presence makes a sentence match (for highlighting)."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Any_):
        return [t for i in node.items for t in positive_terms(i)]
    return [t for p in node.positives for t in positive_terms(p)]


#: Names of an entity (besides what the user typed) that ranking keeps: the most frequent ones.
RANK_FORMS = 2


@dataclass
class CompiledQuery:
    query: str
    match: str  # the FTS5 MATCH expression (bind it as a parameter)
    terms: list[Term]  # positive terms, for highlighting
    expansions: dict[str, list[str]]  # what alias expansion added, by the text it expanded
    phrases: int = 1  # words and phrases in ``match`` (what ranking a row costs grows with)
    # A smaller expression to rank by when alias expansion made ``match`` long: the user's own
    # terms plus each entity's RANK_FORMS most frequent names. It matches a subset of what
    # ``match`` matches (only alternatives that make a row match are dropped, never one that
    # excludes it), so rows only the rarer names match can be listed after the ranked ones.
    # None when ``match`` is already short.
    rank_match: str | None = None
    rank_phrases: int = 1  # words and phrases in the expression ranking uses
    # The trees ``match`` and ``rank_match`` were rendered from (a store without FTS5 renders
    # its own expression from them, and ranks by their phrases).
    node: Node | None = None
    rank_node: Node | None = None

    def highlight(self, sentence: str) -> list[tuple[int, int]]:
        return highlight(sentence, self.terms)


def _expansions(node: Node | None, out: dict[str, list[str]]) -> dict[str, list[str]]:
    if isinstance(node, Any_):
        if node.expansion_of is not None:
            out[node.expansion_of] = [t.text for t in node.items[1:] if isinstance(t, Term)]
        for i in node.items:
            _expansions(i, out)
    elif isinstance(node, All):
        for i in [*node.positives, *node.negatives]:
            _expansions(i, out)
    return out


def reduce_expansions(node: Node, keep: int = RANK_FORMS, positive: bool = True) -> Node:
    """``node`` with every alias expansion that makes rows match cut to the term itself and its
    ``keep`` first (most frequent) other names. Expansions under a NOT are left whole: cutting
    them would exclude fewer rows, and the result must match a subset of what ``node`` matches.
    """
    if isinstance(node, Term):
        return node
    if isinstance(node, Any_):
        if node.expansion_of is not None and positive and len(node.items) > keep + 1:
            return Any_(node.items[:keep + 1], expansion_of=node.expansion_of)
        return Any_([reduce_expansions(i, keep, positive) for i in node.items], node.expansion_of)
    return All([reduce_expansions(p, keep, positive) for p in node.positives],
               [reduce_expansions(n, keep, not positive) for n in node.negatives])


def compile_query(query: str, lookup: Lookup = None, rank_forms: int = RANK_FORMS) -> CompiledQuery:
    """Parse, expand aliases, and render. Raises QueryError for malformed input."""
    node = expand(parse_query(query), lookup)
    phrases = sum(1 for _ in _walk_terms(node))
    compiled = CompiledQuery(query, to_fts(node), positive_terms(node), _expansions(node, {}),
                             phrases, None, phrases, node=node, rank_node=node)
    reduced = reduce_expansions(node, rank_forms)
    rank_match = to_fts(reduced)
    if rank_match != compiled.match:
        compiled.rank_match = rank_match
        compiled.rank_phrases = sum(1 for _ in _walk_terms(reduced))
        compiled.rank_node = reduced
    return compiled


def phrases(node: Node) -> list[Term]:
    """Every word and phrase of ``node``, in the order FTS5 numbers the phrases of the MATCH
    expression :func:`to_fts` renders (bm25 sums over them in this order)."""
    return list(_walk_terms(node))


@lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    if token.isascii():
        return token.lower()
    return "".join(fts_tokens(token))


def highlight(sentence: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Character spans in ``sentence`` of the words the terms match, merged and sorted."""
    spans: list[tuple[int, int]] = []
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    words = [_fold_token(sentence[a:b]) for a, b in toks]
    for term in terms:
        n, first, final = len(term.words), term.words[0], term.words[-1]
        middle = list(term.words[1:-1])
        for i in range(len(words) - n + 1):
            word = words[i]
            if n == 1:
                if not (word.startswith(first) if term.prefix else word == first):
                    continue
            else:
                if word != first or words[i + 1:i + n - 1] != middle:
                    continue
                last = words[i + n - 1]
                if not (last.startswith(final) if term.prefix else last == final):
                    continue
            spans.append((toks[i][0], toks[i + n - 1][1]))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
