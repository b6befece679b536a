"""One digest of the code and data that make extractions.

The store keys extractions by it (``crimecli.ingest.pipeline_version``) and ``crimecli.nlp``
keys its saved pipeline by it, so an upgraded crimecli or an edited gazetteer re-extracts and
rebuilds instead of serving stale results. Cheap: no spaCy, a few milliseconds of hashing.

Every module and data file of the package counts except the modules below, which only read,
query, store or show extractions: a new module counts until it is named here, and a test checks
that nothing the extraction imports is left out.

Hashing the 5 MB of sources is most of a command's cost here, so the digest is remembered in
the pipeline cache dir next to the size and modification time of every source (as Python's own
bytecode cache trusts them): a file edited, added or removed hashes again.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent

#: Modules (and data folders) that never change what an extraction contains, relative to the
#: package: they read, query, store, export or show extractions.
NOT_EXTRACTION = frozenset({
    "__main__.py", "api.py", "cli.py", "config.py", "csvsafe.py", "digest.py", "exporters.py",
    "graph.py", "ingest.py", "render.py", "report.py", "search.py", "store",
    "timeline.py", "views.py", "data/report",
})


def _counts(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return not any(part in NOT_EXTRACTION for part in
                   (relative.as_posix(), *(p.as_posix() for p in relative.parents)))


def digest_sources() -> list[Path]:
    """The files the digest reads, in a stable order."""
    modules = [p for p in PACKAGE.rglob("*.py") if _counts(p)]
    data = [p for p in (PACKAGE / "data").rglob("*") if p.is_file() and _counts(p)]
    return sorted(modules + data)


#: The remembered digest, in the pipeline cache dir.
MEMO_FILE = "rules-digest.json"


def hash_sources(sources: list[Path]) -> str:
    """12 hex digits of a hash over ``sources`` (their paths and bytes)."""
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.relative_to(PACKAGE).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """:func:`hash_sources` over :func:`digest_sources`, hashed again only when one of them
    (or their list) changed since it was remembered."""
    from crimecli.config import pipeline_cache_dir

    sources = digest_sources()
    stamp = [[str(p), s.st_size, s.st_mtime_ns] for p in sources for s in [p.stat()]]
    memo = pipeline_cache_dir() / MEMO_FILE
    try:
        remembered = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, or damaged: hash
        remembered = None
    if isinstance(remembered, dict) and remembered.get("sources") == stamp:
        return str(remembered["digest"])
    digest = hash_sources(sources)
    partial = memo.with_name(f".{MEMO_FILE}.{os.getpid()}")
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps({"digest": digest, "sources": stamp}), encoding="utf-8")
        os.replace(partial, memo)
    except OSError:
        return digest  # a cache dir that cannot be written: the sources are hashed again next time
    return digest
