"""History benchmarks, on a history of 100,000 sessions with six steps each (600,000 steps), made
quickly with plain SQL:

- CSV export, steps CSV export and JSON export, each as a whole process
  (``python -m hamstring_desktop history export ...``), with its peak resident memory; the same
  for 10,000 sessions, to show that memory stays flat as the history grows;
- import of the 100,000-session JSON export into an empty history, as a whole process;
- the longest stall of the GUI thread while the menu's export runs (a 5 ms timer on the GUI
  thread notes every gap; ``history_gui_probe.py``).

``python -m tests.benchmarks --only history`` (or ``./dev bench --only history``).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STEPS_PER_SESSION = 6
TECHNIQUES = ("foam-rolling", "knuckle-massage", "cross-fiber-friction", "compression-massage")
SIDES = ("both", "left", "right")
NOTES = ("", "felt looser", "=1+2 tight at the top", "ça va — mieux", 'said "ouch", then fine')


def build_history(
    database: Path, sessions: int, minutes_apart: float = 37, end: datetime | None = None
) -> None:
    """A history of ``sessions`` completed sessions, ``minutes_apart`` minutes apart (from 2000,
    or ending at ``end``), with their steps: the app's schema (made by the store itself), filled
    with plain SQL in one transaction."""
    from hamstring_desktop.history.plans import plan_text
    from hamstring_desktop.history.store import HistoryStore, PlanStep

    HistoryStore.open(database).close()
    db = sqlite3.connect(database, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")
    triggers = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    db.execute("BEGIN")
    for (sql,) in triggers:  # the counts are written directly here; the triggers come back after
        db.execute(f"DROP TRIGGER {sql.split()[2]}")
    start = datetime(2000, 1, 1, 7, 0, tzinfo=timezone(timedelta(hours=1)))
    if end is not None:
        start = end - timedelta(minutes=minutes_apart * (sessions + 1))
    seeded = random.Random(12)
    # Each session keeps its plan, as the app records it: the six steps it has.
    plan = plan_text(
        tuple(
            PlanStep(TECHNIQUES[position % len(TECHNIQUES)], SIDES[position % len(SIDES)], "upper", 90.0)
            for position in range(STEPS_PER_SESSION)
        )
    )
    rows, step_rows = [], []
    for number in range(1, sessions + 1):
        began = start + timedelta(minutes=minutes_apart * number)
        done = seeded.random() < 0.9
        rows.append(
            (
                number,
                str(uuid.UUID(int=seeded.getrandbits(128), version=4)),
                "pre-workout",
                "Pre-workout warm-up",
                began.isoformat(timespec="seconds"),
                (began + timedelta(seconds=560)).isoformat(timespec="seconds"),
                "completed" if done else "stopped",
                540.0 if done else 270.5,
                seeded.randint(0, 10),
                seeded.randint(0, 10),
                seeded.randint(0, 10),
                None,
                NOTES[number % len(NOTES)],
                None,
                STEPS_PER_SESSION,
                STEPS_PER_SESSION if done else STEPS_PER_SESSION - 1,
                plan,
                STEPS_PER_SESSION,
                90.0 * STEPS_PER_SESSION,
                STEPS_PER_SESSION if done else STEPS_PER_SESSION - 1,
            )
        )
        for position in range(STEPS_PER_SESSION):
            completed = done or position < STEPS_PER_SESSION - 1
            step_rows.append(
                (
                    number,
                    position,
                    TECHNIQUES[position % len(TECHNIQUES)],
                    SIDES[position % len(SIDES)],
                    "upper",
                    90.0,
                    90.0 if completed else 40.5,
                    int(completed),
                    (began + timedelta(seconds=90 * (position + 1))).isoformat(timespec="seconds"),
                )
            )
    db.executemany(f"INSERT INTO sessions VALUES ({', '.join('?' * 20)})", rows)
    db.executemany(
        "INSERT INTO steps (session_id, position, technique_id, side, zone, planned_seconds, actual_seconds,"
        " completed, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        step_rows,
    )
    for (sql,) in triggers:
        db.execute(sql)
    db.execute("COMMIT")
    db.close()


def build_in_child(database: Path, sessions: int, minutes_apart: float = 37, up_to_now: bool = False) -> None:
    """:func:`build_history` in a process of its own: a child forked later inherits its
    parent's peak memory figure (``ru_maxrss``), so this process must stay small. ``up_to_now``:
    the newest session ends about now (else they start in 2000)."""
    code = "import sys; from datetime import datetime; from pathlib import Path; "
    code += "from tests.benchmarks.history import build_history; "
    code += "end = datetime.now().astimezone() if sys.argv[4] == '1' else None; "
    code += "build_history(Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), end)"
    subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            str(database),
            str(sessions),
            str(minutes_apart),
            "1" if up_to_now else "0",
        ],
        env=_env(),
        cwd=REPO,
        check=True,
        timeout=600,
    )


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def timed(*args: str) -> tuple[float, float]:
    """Run ``python -m hamstring_desktop ARGS``; wall seconds and peak resident memory (MiB, as
    the kernel counts it for the child: at least what this process had when it forked)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "hamstring_desktop", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_env(),
        cwd=REPO,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    errors = process.stderr.read().decode() if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{args}: exit {process.returncode}: {errors}")
    return seconds, usage.ru_maxrss / 1024


def best(rounds: int, *args: str) -> tuple[float, float]:
    """The fastest of ``rounds`` runs (and its memory): the machine is shared."""
    results = [timed(*args) for _ in range(rounds)]
    return min(results)


def gui_stall(data: Path, kind: str, output: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.history_gui_probe", str(data), kind, str(output)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=REPO,
        timeout=600,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run(rounds: int = 3, sessions: int = 100_000) -> dict[str, float]:
    """Every history benchmark; returns the figures."""
    figures: dict[str, float] = {"sessions": sessions, "steps": sessions * STEPS_PER_SESSION}
    work = Path(tempfile.mkdtemp(prefix="hamstring-history-bench-"))
    try:
        for size, label in ((sessions // 10, "small"), (sessions, "large")):
            data = work / label
            started = time.perf_counter()
            build_in_child(data / "history.sqlite3", size)
            figures[f"build_{label}_s"] = time.perf_counter() - started
            for kind in ("csv", "steps-csv", "json"):
                out = work / f"{label}.{kind}"
                seconds, peak = best(
                    rounds,
                    "--data-dir",
                    str(data),
                    "history",
                    "export",
                    "--format",
                    kind,
                    "--output",
                    str(out),
                )
                figures[f"export_{kind}_{label}_s"] = seconds
                figures[f"export_{kind}_{label}_peak_mib"] = peak
                figures[f"export_{kind}_{label}_file_mib"] = out.stat().st_size / 2**20
        large = work / "large"
        export = work / "large.json"
        imports = []
        for round_number in range(rounds):
            target = work / f"imported-{round_number}"
            imports.append(timed("--data-dir", str(target), "history", "import", str(export)))
            shutil.rmtree(target)
        figures["import_s"], figures["import_peak_mib"] = min(imports)
        for kind in ("csv", "json"):
            stall = gui_stall(large, kind, work / f"menu.{kind}")
            figures[f"gui_{kind}_export_s"] = stall["export_s"]
            figures[f"gui_{kind}_max_stall_ms"] = stall["max_gap_ms"]
            figures[f"gui_{kind}_p99_gap_ms"] = stall["p99_gap_ms"]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


def report(figures: dict[str, float]) -> str:
    """The figures as the README's table."""
    sessions, steps = int(figures["sessions"]), int(figures["steps"])
    small = sessions // 10
    lines = [
        f"History of {sessions:,} sessions with {steps:,} steps (and {small:,} for the memory comparison):",
        "",
        "| measure | result | target |",
        "|---|---|---|",
    ]
    csv = figures["export_csv_large_s"]
    lines.append(
        f"| CSV export, whole process | {csv:.2f} s ({figures['export_csv_large_file_mib']:.0f} MiB) "
        f"| ≤ 1 s ({'met' if csv <= 1 else 'missed'}) |"
    )
    lines.append(
        f"| steps CSV export, whole process | {figures['export_steps-csv_large_s']:.2f} s "
        f"({figures['export_steps-csv_large_file_mib']:.0f} MiB) | |"
    )
    lines.append(
        f"| JSON export, whole process | {figures['export_json_large_s']:.2f} s "
        f"({figures['export_json_large_file_mib']:.0f} MiB) | |"
    )
    lines.append(
        f"| import of that JSON file into an empty history, whole process | {figures['import_s']:.2f} s | |"
    )
    for kind, name in (("csv", "CSV"), ("steps-csv", "steps CSV"), ("json", "JSON")):
        low, high = figures[f"export_{kind}_small_peak_mib"], figures[f"export_{kind}_large_peak_mib"]
        lines.append(
            f"| peak memory of the {name} export, {small:,} → {sessions:,} sessions | "
            f"{low:.1f} → {high:.1f} MiB | flat ({'met' if high - low < 10 else 'missed'}) |"
        )
    lines.append(f"| peak memory of the import | {figures['import_peak_mib']:.0f} MiB | |")
    for kind, name in (("csv", "CSV"), ("json", "JSON")):
        stall = figures[f"gui_{kind}_max_stall_ms"]
        lines.append(
            f"| longest GUI stall during the menu's {name} export ({figures[f'gui_{kind}_export_s']:.1f} s; "
            f"99th percentile gap {figures[f'gui_{kind}_p99_gap_ms']:.1f} ms) | {stall:.1f} ms "
            f"| ≤ 50 ms ({'met' if stall <= 50 else 'missed'}) |"
        )
    return "\n".join(lines)
