"""Run the benchmarks: ``./dev bench`` (or ``python -m tests.benchmarks [--rounds N]``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tests.benchmarks import history, history_page, session, startup

RESULTS = Path(__file__).resolve().parents[2] / "benchmark-results"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7, help="launches of each program")
    parser.add_argument(
        "--only", choices=["startup", "session", "history", "history-page"], help="run one group"
    )
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    if args.only in (None, "startup"):
        result = startup.run(rounds=args.rounds)
        (RESULTS / "startup.json").write_text(json.dumps(result, indent=2) + "\n")
        print("## Start-up\n")
        print(startup.report(result), flush=True)
    if args.only in (None, "session"):
        figures = session.run()
        (RESULTS / "session.json").write_text(json.dumps(figures, indent=2) + "\n")
        print("\n## Sessions\n")
        print(session.report(figures))
    if args.only in (None, "history"):
        figures = history.run(rounds=min(args.rounds, 3))
        (RESULTS / "history.json").write_text(json.dumps(figures, indent=2) + "\n")
        print("\n## History\n")
        print(history.report(figures))
    if args.only in (None, "history-page"):
        figures = history_page.run(rounds=min(args.rounds, 3))
        (RESULTS / "history-page.json").write_text(json.dumps(figures, indent=2) + "\n")
        print("\n## History page\n")
        print(history_page.report(figures))


if __name__ == "__main__":
    main()
