"""file -> Document (minimal first version: UTF-8 text, first line as title, whole text as body)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from crimecli.errors import InputError
from crimecli.models import Document


def read_document(path: str | Path) -> Document:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    text = raw.decode("utf-8")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Document(file=str(path), doc_id=hashlib.sha256(raw).hexdigest()[:16], text=text,
                    title=title, body_end=len(text))
