"""Peak memory and time of `crimecli ingest` on one long file, at several sizes.

Builds each file by concatenating the bundled seeds (and, when it is there, the dev set of
../shared/dev/docs) until it reaches the size, then runs, in a fresh process each,

    /usr/bin/time -v crimecli ingest FILE --store TMP/store.sqlite

and reports the peak resident set size, CPU seconds (user + system: less sensitive to other
load on the machine than wall time) and wall seconds. What to expect since long documents are
read in sections (crimecli.nlp.SECTION_CHARS): a peak that grows with the text and the results
only, not with a Doc of the whole file.

    python benchmarks/long_file.py [--sizes 5 20 50] [--keep DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV_DOCS = REPO.parent / "shared" / "dev" / "docs"


def sources() -> str:
    """The seeds and dev documents, separated by blank lines, as one block of text."""
    paths = sorted((REPO / "seeds").glob("*.txt"))
    if DEV_DOCS.is_dir():
        paths += sorted(p for p in DEV_DOCS.iterdir() if p.suffix in (".txt", ".md"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in paths) + "\n\n"


def make_file(path: Path, megabytes: int, block: str) -> Path:
    """A file of ``megabytes`` MB (2**20 bytes) of whole copies of ``block``, cut at a line."""
    size = megabytes * 2**20
    data = (block * (size // len(block.encode("utf-8")) + 1)).encode("utf-8")[:size]
    path.write_bytes(data[: data.rfind(b"\n") + 1])
    return path


def measure(path: Path, store: Path) -> dict[str, float | int | str]:
    crimecli = shutil.which("crimecli") or "crimecli"
    result = subprocess.run(["/usr/bin/time", "-v", crimecli, "ingest", str(path), "--store", str(store),
                             "--jobs", "1"], capture_output=True, text=True)
    stats = dict(re.findall(r"^\s*(.+?): (.+)$", result.stderr, re.M))
    wall = stats.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "0:0")
    parts = [float(x) for x in wall.split(":")]
    seconds = sum(x * 60 ** i for i, x in enumerate(reversed(parts)))
    summary = next((line for line in result.stderr.splitlines() if line.startswith(("added", "error"))), "")
    return {"file_mb": round(path.stat().st_size / 2**20, 1), "exit": result.returncode,
            "peak_rss_mb": int(stats.get("Maximum resident set size (kbytes)", 0)) // 1024,
            "cpu_s": round(float(stats.get("User time (seconds)", 0)) + float(stats.get("System time (seconds)", 0)), 1),
            "wall_s": round(seconds, 1), "summary": summary}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 20, 50], help="file sizes in MB")
    parser.add_argument("--keep", type=Path, help="write the files and stores here and keep them")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="crimecli-long-"))
    folder.mkdir(parents=True, exist_ok=True)
    block = sources()
    rows = []
    try:
        for megabytes in args.sizes:
            path = make_file(folder / f"long{megabytes}.txt", megabytes, block)
            store = folder / f"store{megabytes}.sqlite"
            for stale in folder.glob(f"{store.name}*"):
                stale.unlink()
            rows.append(measure(path, store))
            if not args.json:
                row = rows[-1]
                print(f"{row['file_mb']:>6} MB: peak RSS {row['peak_rss_mb']:>6} MB, CPU {row['cpu_s']:>7} s, "
                      f"wall {row['wall_s']:>7} s, exit {row['exit']}  {row['summary'][:70]}", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
