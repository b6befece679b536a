"""Assembles crimecli's spaCy pipeline, saves it once, and runs it stage by stage.

The default pipeline is spaCy's blank English with crimecli's tokenizer
(``crimecli.Tokenizer.v1``) and components (``crimecli/pipeline/``, see docs/pipeline.md), so it
works with no downloaded model. Building it means reading the gazetteer and lexicons and
tokenising thousands of patterns; that is done once and the result saved with ``nlp.to_disk``
in the user cache dir (``crimecli.config.pipeline_cache_dir``), under a name holding the digest
of the rules' code and data and the spaCy version. Later processes ``spacy.load`` it. A saved
copy that cannot be read is rebuilt, with one line on stderr.

When the user names an installed statistical model (``--model`` or ``CRIMECLI_MODEL``), our
components are layered on it (built in process, not saved: the copy would be the model's size).

:func:`run` runs the components one by one: a component that raises is recorded in
``doc._.failed_stages`` and the later ones run on what the earlier ones left, so one broken
stage never loses the document. :func:`process_sections` reads a long document a section at a
time (paragraph-aligned, at most :data:`SECTION_CHARS` characters), so the size of a file is
limited by the memory its text and results take, not by a constant.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.ty import InitializableComponent

from crimecli.errors import ModelError
from crimecli.models import Document
from crimecli.pipeline import TEXT_KEY, StageFailure
from crimecli.pipeline import (  # noqa: F401  (importing a component module registers its factory)
    aliases,
    dates,
    ents,
    events,
    names,
    resolve,
    sentences,
    tokenizer,
)
from crimecli.pipeline.gazetteer import RULERS
from crimecli.text import lower_case_words

TOKENIZER = {"@tokenizers": "crimecli.Tokenizer.v1"}

#: (name, factory) in pipeline order. The gazetteer's span rulers come first: they need nothing
#: but tokens, and nothing runs before them when their phrase patterns are tokenised.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("crimecli_gazetteer_names", "crimecli_gazetteer_ruler"),
    ("crimecli_gazetteer_acronyms", "crimecli_gazetteer_ruler"),
    ("crimecli_sentences", "crimecli_sentences"),
    ("crimecli_gazetteer", "crimecli_gazetteer"),
    ("crimecli_names", "crimecli_names"),
    ("crimecli_ents", "crimecli_ents"),
    ("crimecli_aliases", "crimecli_aliases"),
    ("crimecli_resolve", "crimecli_resolve"),
    ("crimecli_dates", "crimecli_dates"),
    ("crimecli_events", "crimecli_events"),
)
#: Ours that go before a statistical model's own components (the parser keeps our sentences).
BEFORE_MODEL = ("crimecli_gazetteer_names", "crimecli_gazetteer_acronyms", "crimecli_sentences")

#: The most text the pipeline reads as one Doc. A longer document is read in sections (see
#: :func:`section_bounds`), so memory grows with the section, not with the file, and spaCy's
#: ``nlp.max_length`` (a million characters) is never reached. Long enough that an article or
#: a long report (the longest sample is 97,000 characters) is one section, read exactly as a
#: whole; a Doc costs some 90 bytes a character, so a section peaks near 45 MB.
SECTION_CHARS = 500_000


def _configs() -> dict[str, dict[str, Any]]:
    return {name: dict(RULERS.get(name, {})) for name, _ in COMPONENTS}


def _init_settings() -> dict[str, dict[str, Any]]:
    """``[initialize.components]``: where the span rulers' patterns come from."""
    return {name: {"patterns": {"@misc": "crimecli.gazetteer_patterns.v1", "ruler": name}}
            for name in RULERS}


def initialize_components(nlp: Language, names: list[str]) -> None:
    """``initialize()`` the named components only, with their ``[initialize.components]``
    settings: what ``nlp.initialize()`` does, without re-initialising a trained model's own."""
    settings = _init_settings()
    for name in names:
        if name in settings:
            nlp.config["initialize"]["components"][name] = settings[name]
    resolved = spacy.registry.resolve({"components": {n: settings[n] for n in names if n in settings}})
    for name in names:
        component = nlp.get_pipe(name)
        if isinstance(component, InitializableComponent):
            component.initialize(lambda: [], nlp=nlp, **resolved["components"].get(name, {}))


def build_pipeline(model: str | None = None, *, components: Iterable[str] | None = None) -> Language:
    """A freshly built, initialised pipeline: blank English, or ``model`` with our components
    layered on. ``components`` picks some of ours (kept in pipeline order), as the component
    tests do; all of them by default."""
    wanted = None if components is None else set(components)
    unknown = (wanted or set()) - {name for name, _ in COMPONENTS}
    if unknown:
        raise ValueError(f"not crimecli components: {', '.join(sorted(unknown))}")
    chosen = [(name, factory) for name, factory in COMPONENTS if wanted is None or name in wanted]
    configs = _configs()
    if model:
        nlp = _load_model(model)
        first = nlp.pipe_names[0] if nlp.pipe_names else None
        for name, factory in chosen:
            if name in BEFORE_MODEL and first is not None:
                nlp.add_pipe(factory, name=name, config=configs[name], before=first)
            else:
                nlp.add_pipe(factory, name=name, config=configs[name], last=True)
    else:
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": TOKENIZER}})
        for name, factory in chosen:
            nlp.add_pipe(factory, name=name, config=configs[name])
        nlp.meta["name"] = "crimecli"
    initialize_components(nlp, [name for name, _ in chosen])
    return nlp


def _load_model(model: str) -> Language:
    """An installed model with crimecli's tokenizer (its own tokenizer settings are spaCy's
    defaults for the language, which ours extends)."""
    path = Path(model).expanduser()
    looks_like_path = os.sep in model or "/" in model or model.startswith((".", "~"))
    if looks_like_path and not path.exists():
        raise ModelError(f"no spaCy model folder at {model!r}: give an installed model's package name "
                         "or a folder saved with nlp.to_disk, or run without --model / CRIMECLI_MODEL "
                         "to use the built-in rules")
    try:
        return spacy.load(path if looks_like_path else model, exclude=["tokenizer"],
                          config={"nlp": {"tokenizer": TOKENIZER}})
    except (OSError, ImportError, ValueError) as exc:
        if isinstance(exc, OSError) and not path.exists():
            raise ModelError(
                f"spaCy model {model!r} is not installed (install it with: python -m spacy download "
                f"{model}) or run without --model / CRIMECLI_MODEL to use the built-in rules"
            ) from None
        # a package or folder that is not a usable pipeline
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ModelError(
            f"spaCy model {model!r} cannot be loaded ({first_line}); "
            "run without --model / CRIMECLI_MODEL to use the built-in rules"
        ) from None


def saved_pipeline_path() -> Path:
    from crimecli.config import pipeline_cache_dir
    from crimecli.digest import rules_digest

    return pipeline_cache_dir() / f"en-{rules_digest()}-spacy{spacy.__version__}"


def _load_saved(path: Path) -> Language | None:
    """The saved pipeline, or None (after one line on stderr) when it cannot be read."""
    try:
        # The tokenizer is rebuilt from its registered function; its saved copy (the same
        # settings) would only load its 1,300 special cases a second time.
        nlp = spacy.load(path, exclude=["tokenizer"])
    except Exception as exc:  # noqa: BLE001 - any damage to a cache means: build it again
        print(f"crimecli: the saved pipeline in {path} cannot be read "
              f"({type(exc).__name__}: {exc}); rebuilding it", file=sys.stderr)
        return None
    return nlp


#: Saved copies of other digests (an older crimecli, another checkout) unused this long go.
STALE_SECONDS = 30 * 24 * 3600


def _save(nlp: Language, path: Path, *, replace: bool) -> None:
    """Save next to ``path`` and rename into place, so a reader never sees half a pipeline
    (``replace``: an unreadable copy is in the way). Copies of other digests not written for
    30 days are removed; newer ones may belong to another installed crimecli."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    nlp.to_disk(partial)
    if replace:
        shutil.rmtree(path, ignore_errors=True)
    try:
        os.rename(partial, path)
    except OSError:  # another process saved it first: theirs is as good
        shutil.rmtree(partial, ignore_errors=True)
    now = time.time()
    for stale in path.parent.glob("en-*"):
        if stale != path and now - stale.stat().st_mtime > STALE_SECONDS:
            shutil.rmtree(stale, ignore_errors=True)


@contextmanager
def _long_lived() -> Iterator[None]:
    """Loading a pipeline makes some 100,000 objects that live as long as the process. While
    they are made, the cyclic garbage collector would walk them again and again (a fifth of the
    load time); afterwards they are frozen (``gc.freeze``), so it never walks them again: not
    between documents, not at exit (0.2 s of every command), and forked ingest workers share
    their memory pages instead of copying them when the collector would touch them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def get_pipeline(model: str | None = None) -> Language:
    """The crimecli pipeline, loaded once per process (and per model name)."""
    return _loaded(model)  # one cache key however it is called (lru_cache keys get_pipeline() apart)


@lru_cache(maxsize=4)
def _loaded(model: str | None) -> Language:
    with _long_lived():
        return load_pipeline(model)


def load_pipeline(model: str | None = None) -> Language:
    """The saved pipeline, or a new one built (and saved); with ``model``, built on it."""
    if model:
        return build_pipeline(model)
    path = saved_pipeline_path()
    unreadable = False
    if path.is_dir():
        nlp = _load_saved(path)
        if nlp is not None:
            return nlp
        unreadable = True
    nlp = build_pipeline()
    try:
        _save(nlp, path, replace=unreadable)
    except OSError as exc:
        print(f"crimecli: cannot save the pipeline in {path} ({exc}); it will be built again "
              "next time", file=sys.stderr)
    return nlp


def make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenise the document body and attach the document for the components."""
    doc = nlp.make_doc(document.body)
    # Components that scan the raw text read it here instead of rebuilding doc.text.
    doc.user_data[TEXT_KEY] = document.body
    doc._.document = document
    return doc


def run(nlp: Language, doc: Doc) -> Doc:
    """Every component in order. One that raises is recorded in ``doc._.failed_stages`` and the
    rest run on what exists. (spaCy's own error handlers are not used: ``Language.__call__``
    turns a component's KeyError into an error that no handler sees.)"""
    failures: list[StageFailure] = []
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except MemoryError:
            raise  # the whole document is too large: the caller refuses it
        except Exception as exc:  # noqa: BLE001 - one stage's bug must not lose the document
            failures.append(StageFailure(name, f"{type(exc).__name__}: {exc}"))
    doc._.failed_stages = failures
    return doc


def section_bounds(document: Document, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the sections the pipeline reads ``document.body`` in: one when it holds
    at most ``limit`` characters; otherwise each at most ``limit`` long and, where the text
    allows, at least half that, cut where the least is lost: before an article (the articles
    of a news-database export are read whole), else at a paragraph break, else at a line
    break, else at a space. Only a run of ``limit`` characters with no space is cut blind."""
    end = document.body_end
    starts = [article.start for article in document.articles]
    bounds = []
    start = 0
    while end - start > limit:
        cut = _cut(document.text, starts, start, start + limit)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, end))
    return bounds


def _cut(text: str, article_starts: list[int], start: int, stop: int) -> int:
    """Where to end a section that starts at ``start`` and may run to ``stop``."""
    lowest = start + (stop - start) // 2
    index = bisect_right(article_starts, stop) - 1
    if index >= 0 and article_starts[index] > lowest:
        return article_starts[index]
    for gap in ("\n\n", "\n"):
        found = text.rfind(gap, lowest, stop)
        if found >= 0:
            return found + len(gap)
    found = max(text.rfind(" ", lowest, stop), text.rfind("\t", lowest, stop))
    return found + 1 if found >= 0 else stop


def process_sections(document: Document, model: str | None = None, *, limit: int | None = None,
                     on_section: Callable[[int, int], None] | None = None) -> Iterator[tuple[int, Document, Doc]]:
    """Run the whole pipeline over the document's body, a section at a time (see
    :func:`section_bounds`; ``limit`` defaults to :data:`SECTION_CHARS`, and is never more
    than the pipeline's ``max_length``): (offset of the section in the text, the section as a
    document, its Doc). A document of one section is read as it is. The caller takes what it
    needs from each Doc before asking for the next, so only one section's Doc is alive at a
    time; ``on_section(done, total)`` is called as each section of a document read in several
    is finished with."""
    nlp = get_pipeline(model)
    bounds = section_bounds(document, min(SECTION_CHARS if limit is None else limit, nlp.max_length))
    # what names decide from the whole document's words, read once for all its sections
    lower_words = lower_case_words(document.body) if len(bounds) > 1 else frozenset()
    for number, (start, end) in enumerate(bounds, 1):
        part = document if len(bounds) == 1 else document.section(start, end, lower_words)
        yield start, part, run(nlp, make_doc(nlp, part))
        if on_section is not None and len(bounds) > 1:
            on_section(number, len(bounds))
