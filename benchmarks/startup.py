"""Start-up of a one-file ``crimecli extract`` against ``python -c "import spacy"``, in one run.

Both are timed as whole processes (wall clock, ``subprocess.run``), alternating so that a busy
machine slows both alike; the figure is the ratio of the medians (target <= 1.5: the pipeline
adds at most half of what importing spaCy costs). The CPU time of each process (user + system,
from ``resource.getrusage``) is reported too: on a machine other work keeps busy it moves far
less than the wall clock. One warm-up run of each goes first: it fills the file cache and, the
first time, saves the built pipeline in the user cache dir, which every later command loads
(``crimecli.nlp``).

    python benchmarks/startup.py [--runs 15] [--file seeds/001_166c45b11a889520.txt] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from help_time import crimecli_command, time_command  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5


def timed(args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    [wall] = time_command(args, 1)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--file", type=Path, default=REPO / "seeds" / "001_166c45b11a889520.txt")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    spacy_import = [sys.executable, "-c", "import spacy"]
    extract = crimecli_command() + ["extract", str(args.file), "--json"]
    try:
        time_command(spacy_import, 1)
        time_command(extract, 1)
        spacy_runs: list[tuple[float, float]] = []
        extract_runs: list[tuple[float, float]] = []
        for _ in range(args.runs):
            spacy_runs.append(timed(spacy_import))
            extract_runs.append(timed(extract))
    except (RuntimeError, OSError) as exc:
        print(f"startup: {exc}", file=sys.stderr)
        return 1
    spacy_times = [wall for wall, _ in spacy_runs]
    extract_times = [wall for wall, _ in extract_runs]
    spacy_median = statistics.median(spacy_times)
    extract_median = statistics.median(extract_times)
    ratio = extract_median / spacy_median
    spacy_cpu = statistics.median(cpu for _, cpu in spacy_runs)
    extract_cpu = statistics.median(cpu for _, cpu in extract_runs)
    figures = {
        "runs": args.runs,
        "import_spacy_median_s": round(spacy_median, 3),
        "extract_median_s": round(extract_median, 3),
        "ratio": round(ratio, 2),
        "import_spacy_cpu_median_s": round(spacy_cpu, 3),
        "extract_cpu_median_s": round(extract_cpu, 3),
        "cpu_ratio": round(extract_cpu / spacy_cpu, 2),
        "target": TARGET_RATIO,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        verdict = "ok" if ratio <= TARGET_RATIO else "SLOW"
        print(f'python -c "import spacy":          median {spacy_median:.3f} s '
              f"(min {min(spacy_times):.3f}, max {max(spacy_times):.3f})")
        print(f"crimecli extract {args.file.name} --json: median {extract_median:.3f} s "
              f"(min {min(extract_times):.3f}, max {max(extract_times):.3f})")
        print(f"ratio {ratio:.2f} over {args.runs} runs each (target <= {TARGET_RATIO}: {verdict}); "
              f"CPU time {extract_cpu:.3f} s / {spacy_cpu:.3f} s = {extract_cpu / spacy_cpu:.2f}")
    return 0 if ratio <= TARGET_RATIO else 2


if __name__ == "__main__":
    sys.exit(main())
