"""crimecli.Tokenizer.v1: spaCy's tokenizer for the language, taught two things about reporting.

- Footnote markers are their own tokens: ``Colombia.[1] The`` -> ``Colombia . [1] The``.
  spaCy's English rules leave ``Colombia.[1`` as one token, which hides the full stop from the
  sentence splitter and glues the marker to the name.
- Abbreviations of news prose that spaCy's English rules split ("Lt." -> "Lt" "."; "a.k.a." ->
  "a.k.a" ".") stay one token (crimecli/data/lexicons/<language>/abbreviations.json), so their
  full stop is not read as the end of a sentence.
- A capital after four lower-case letters starts a token: two words glued where a line break
  was lost ('Assistant SecretaryBureau of ...') are two, and a brand in camel case
  ('PriceSmart') is read word by word (its text and offsets are unchanged).
- A French elided article before a capitalised word is its own token: ``l'Artibonite`` ->
  ``l'`` ``Artibonite``, ``d'Haïti`` -> ``d'`` ``Haïti`` (either apostrophe), so the place after
  it is read as a word of its own. A capitalised ``L'`` or ``D'`` stays whole: it opens names
  (``D'Angelo``, ``L'Oréal``) more often than places. Other apostrophes before a capital
  (``O'Brien``) and elisions before a lower-case word (``d'you``) stay whole too.
- URLs are matched by a simple pattern (a scheme or ``www.``): spaCy's URL pattern, a long
  regular expression tried on every token, was a third of tokenising time. E-mail addresses
  are one token too, so no acronym is read out of ``INL-PAPD@state.gov``.
- Words seen again are read from spaCy's tokenizer cache (see :class:`CachingTokenizer`).

It is registered, not patched onto a built tokenizer, so a saved pipeline's config
(``[nlp.tokenizer] @tokenizers = "crimecli.Tokenizer.v1"``) rebuilds the same tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from crimecli.lexicons import abbreviations

FOOTNOTE_MARKER = r"\[\d{1,3}\]"
# 'SecretaryBureau', 'PriceSmart': a capital after four lower-case letters starts a token
CAMEL_CASE = r"(?<=[a-zà-ÿ]{4})(?=[A-ZÀ-Þ][a-zà-ÿ])"
# "l'Artibonite", "d'Haïti": a French elided article before a capitalised word
ELISION = r"[ld]['’](?=[A-ZÀ-Þ])"
URL = re.compile(r"(?:(?:https?://|www\.)[^\s\"'<>“”]+[^\s\"'<>“”.,;:!?)\]]"
                 r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$", re.IGNORECASE)


#: How many distinct words a tokenizer remembers having seen (a long run's memory stays flat).
SEEN_LIMIT = 200_000


class CachingTokenizer(Tokenizer):
    """spaCy's tokenizer, with its cache of split words actually used.

    spaCy caches how each whitespace-delimited chunk splits, but within one call it stops
    caching after the first special case (``"'s"``, ``"Mr."``) it meets, since a special case's
    tokens must not be cached: so nearly every chunk of a real document is split again, with
    its prefix, suffix and infix regexes, in every document. Here a chunk met in an earlier
    document is tokenised once on its own before the document is, which caches it exactly as
    spaCy would if that chunk were the whole text (a chunk that involves a special case is still
    not cached). Tokens are the same either way; only the work is saved. A chunk seen once is
    not split twice, so reading a single file costs nothing extra."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._seen: set[str] = set()
        self._warmed: set[str] = set()

    def __call__(self, string: str) -> Doc:
        if len(self._warmed) < self.max_cache_size:  # spaCy caches that many chunks at most
            # Chunks not warmed yet; the rest were seen before (warmed ones always were), so
            # in a corpus whose words recur this is a small set and the look-ups below are few.
            fresh = set(string.split()) - self._warmed
            tokenize = super().__call__
            for chunk in fresh & self._seen:
                tokenize(chunk)
                self._warmed.add(chunk)
            if len(self._seen) < SEEN_LIMIT:
                self._seen |= fresh
        elif self._seen:
            self._seen = set()  # the cache is full: nothing more to remember
        return super().__call__(string)


@spacy.registry.tokenizers("crimecli.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes = [FOOTNOTE_MARKER, ELISION, *(defaults.prefixes or ())]
        suffixes = [FOOTNOTE_MARKER + "$", *(defaults.suffixes or ())]
        infixes = [*(defaults.infixes or ()), FOOTNOTE_MARKER, CAMEL_CASE,
                   r"[.,;:”’\"]+(?=" + FOOTNOTE_MARKER + ")"]
        rules = dict(defaults.tokenizer_exceptions or {})
        for form in abbreviations(nlp.lang).all_forms:
            rules.setdefault(form, [{ORTH: form}])
        return CachingTokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=URL.match,
        )

    return make
