"""A plausible history for screenshots and demos: about three sessions a week for ten months up
to today, on every built-in routine, tightness easing off over time (the left leg tighter), a
few stops and one pain stop, some notes. The sessions of the last three months keep their plans
(a session that was not completed stopped halfway through its plan); the older ones were
recorded before the app kept plans, and have none.

``python -m tests.helpers.demo_history DATA_DIR`` (the folder's history must not exist yet).
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from hamstring_desktop.history.store import HistoryStore
from tests.helpers.history import add_made, made_session

ROUTINES = ("pre-workout", "post-workout", "rest-day", "partner")
PLANS_KEPT_DAYS = 91  # the app has kept each session's plan for this long
NOTES = ("", "", "", "", "left side tight after the long run", "felt looser", "stiff after a desk day")


def make(database: Path, today: date, days: int = 300, seed: int = 4) -> int:
    """Fill a new history at ``database``; returns how many sessions it holds."""
    if database.exists():
        raise SystemExit(f"{database} exists already: use an empty data folder")
    from hamstring_desktop.services.content_source import load_content

    library = load_content().library
    rng = random.Random(seed)
    sessions = []
    day = today - timedelta(days=days)
    while day < today:
        progress = 1 - (today - day).days / days
        left = max(0, min(10, round(7 - 3 * progress + rng.uniform(-1, 1))))
        right = max(0, min(10, round(5 - 2 * progress + rng.uniform(-1, 1))))
        outcome = rng.choices(["completed", "stopped", "pain"], [0.9, 0.08, 0.02])[0]
        routine = rng.choice(ROUTINES)
        sessions.append(
            made_session(
                day,
                routine,
                outcome,
                rng.choice(NOTES),
                rng.choice([6, 8, 10, 12]),
                (left, right, max(0, left - 2), max(0, right - 1)),
                hour=rng.choice([7, 18, 20]),
                routine_name=library.routine(routine).name,
                planned_steps=None
                if (today - day).days > PLANS_KEPT_DAYS
                else 2
                if outcome == "completed"
                else 4,
            )
        )
        day += timedelta(days=rng.choice([1, 2, 2, 3, 3, 4]))
    store = HistoryStore.open(database)
    try:
        add_made(store, sessions)
    finally:
        store.close()
    return len(sessions)


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{make(folder / 'history.sqlite3', date.today())} sessions in {folder}")
