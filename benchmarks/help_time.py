"""How long ``crimecli --help`` takes: median of N runs (target < 0.3 s).

A slow --help usually means a heavy import (spaCy, dateparser) at the top of cli.py; the
process start is what every command pays before doing any work.

    python benchmarks/help_time.py [--runs 10] [--target 0.3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_SECONDS = 0.3


def crimecli_command() -> list[str]:
    """The installed entry point beside this interpreter, else ``python -m crimecli``."""
    beside = Path(sys.executable).with_name("crimecli")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("crimecli")
    return [found] if found else [sys.executable, "-m", "crimecli"]


def bench_env(**extra: str) -> dict[str, str]:
    """The environment commands are timed in: this one, letting Python write .pyc files.

    An installed crimecli has its modules byte-compiled (pip compiles them at install time),
    as spaCy's are. An editable install under PYTHONDONTWRITEBYTECODE=1 would compile every
    crimecli module from source on every run (about 0.1 s here) and time something no
    user runs, so the warm-up run writes the .pyc files and every timed run reads them.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def time_command(args: list[str], runs: int, env: dict[str, str] | None = None) -> list[float]:
    """Wall seconds of each run; raises RuntimeError (with stderr) if the command fails."""
    env = bench_env() if env is None else env
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(args, capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
            raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}: {last}")
    return times


def help_times(runs: int = 10) -> list[float]:
    command = crimecli_command() + ["--help"]
    env = bench_env(COLUMNS="100")
    time_command(command, 1, env)  # warm the file cache and .pyc files
    return time_command(command, runs, env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--target", type=float, default=TARGET_SECONDS)
    args = parser.parse_args(argv)
    try:
        times = help_times(args.runs)
    except (RuntimeError, OSError) as exc:
        print(f"help_time: cannot time crimecli --help ({exc}); is the CLI installed "
              "(pip install -e .) and does `crimecli --help` work?", file=sys.stderr)
        return 1
    median = statistics.median(times)
    verdict = "ok" if median < args.target else "SLOW"
    print(f"crimecli --help: median {median:.3f} s, min {min(times):.3f} s, max {max(times):.3f} s "
          f"over {args.runs} runs (target < {args.target} s: {verdict})")
    return 0 if median < args.target else 2


if __name__ == "__main__":
    sys.exit(main())
