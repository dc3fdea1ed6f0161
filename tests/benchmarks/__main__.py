"""Run the benchmarks: ``./dev bench`` (or ``python -m tests.benchmarks [--rounds N]``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tests.benchmarks import startup

RESULTS = Path(__file__).resolve().parents[2] / "benchmark-results"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7, help="launches of each program")
    args = parser.parse_args()
    result = startup.run(rounds=args.rounds)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "startup.json").write_text(json.dumps(result, indent=2) + "\n")
    print("## Start-up\n")
    print(startup.report(result))


if __name__ == "__main__":
    main()
