"""The ``history`` commands: list, export, import and delete.

Each opens the history through ``history/opening.py``, as the app does: with no app running on
the data dir, a damaged file is moved aside and salvaged and sessions a crash left open become
``interrupted`` (each said on stderr); with the app running, ``list`` and ``export`` read the
file as it is and leave out the session that is still running, and ``import`` and ``delete``
refuse. Every problem is one line on stderr, ``error: ...``, and exit code 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from hamstring_desktop.content.errors import ContentError
from hamstring_desktop.history.export import export_history, session_json
from hamstring_desktop.history.importer import import_history
from hamstring_desktop.history.opening import OpenedHistory, open_for_command
from hamstring_desktop.history.store import DateRange, HistoryError, SessionRecord
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.safe_io import folder_problem, is_stdout
from hamstring_desktop.words.durations import clock

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from hamstring_desktop.services.language import LanguageCatalogues

SHORT_ID = 8  # the table shows this much of an id; any unambiguous start of one will do
SHORTEST_PREFIX = 4
STEPS_WIDTH = 14  # "12 of 14 begun"


class CommandFailed(Exception):
    """A command cannot go on; the message is the ``error:`` line."""


@contextmanager
def _history(
    paths: DataPaths, write: bool, err: TextIO, reads: tuple[str, ...] = ()
) -> Iterator[OpenedHistory | None]:
    """The history opened for a command (``reads``: the only tables a reading command reads),
    with what the opening did said on stderr."""
    try:
        with open_for_command(paths, write, reads=reads) as opened:
            if opened is not None:
                _report_opening(opened, err)
            yield opened
    except HistoryError as error:
        raise CommandFailed(str(error)) from None


def _report_opening(opened: OpenedHistory, err: TextIO) -> None:
    recovery = opened.recovery
    if recovery is not None:
        print(
            f"note: the history was damaged ({recovery.reason}); it was moved to {recovery.moved_to}, and "
            f"{_count(recovery.sessions, 'session')} with {_count(recovery.steps, 'step')} "
            f"{_were(recovery.sessions)} saved into a new history",
            file=err,
        )
    if opened.interrupted:
        print(
            f"note: {_count(opened.interrupted, 'session')} left open by a crash marked as interrupted",
            file=err,
        )
    if opened.running_app is not None:
        running = opened.store.count_open()
        if running:
            left_out = "is left out until it ends" if running == 1 else "are left out until they end"
            print(
                f"note: {_count(running, 'session')} still running in the app ({opened.running_app}) "
                f"{left_out}",
                file=err,
            )


def run(action: str, paths: DataPaths, options: dict[str, object], out: TextIO, err: TextIO) -> int:
    """Run ``history ACTION``; returns the exit code."""
    commands = {"list": _list, "export": _export, "import": _import, "delete": _delete}
    try:
        return commands[action](paths, options, out, err)
    except CommandFailed as failure:
        print(f"error: {failure}", file=err)
        return 1


def _dates(options: dict[str, object]) -> DateRange:
    return DateRange(options.get("first"), options.get("last"))  # type: ignore[arg-type]


def _list(paths: DataPaths, options: dict[str, object], out: TextIO, err: TextIO) -> int:
    as_json = bool(options.get("json"))
    with _history(paths, write=False, err=err, reads=("sessions",)) as opened:
        summaries = (
            iter(())
            if opened is None
            else opened.store.iter_session_summaries(_dates(options), plans=as_json)
        )
        if as_json:
            out.write("[")
            separator = "\n  "
            for record, _steps, _done, _planned in summaries:
                out.write(separator + json.dumps(session_json(record), ensure_ascii=False))
                separator = ",\n  "
            out.write("\n]\n" if separator != "\n  " else "]\n")
            return 0
        print(
            f"{'ID':<{SHORT_ID}}  {'STARTED':<16}  {'OUTCOME':<11}  {'ACTIVE':>6}  "
            f"{'STEPS DONE':<{STEPS_WIDTH}}  ROUTINE",
            file=out,
        )
        listed = 0
        for record, steps, done, planned in summaries:
            started = record.started_at[:16].replace("T", " ")
            print(
                f"{record.id[:SHORT_ID]}  {started:<16}  {record.outcome or '':<11}  "
                f"{clock(record.active_seconds):>6}  {steps_done(done, planned, steps):<{STEPS_WIDTH}}  "
                f"{record.routine_name}",
                file=out,
            )
            listed += 1
    if not listed:  # said beside the table, so that a script reading it sees the same header
        dates = " in those dates" if options.get("first") or options.get("last") else " yet"
        print(f"note: no sessions{dates}", file=err)
    return 0


def steps_done(done: int, planned: int | None, begun: int) -> str:
    """A session's steps done in full against its plan ("2 of 5"), or, for a session recorded
    before the history kept plans, against the steps it reached ("2 of 3 begun")."""
    return f"{done} of {planned}" if planned is not None else f"{done} of {begun} begun"


def _export(paths: DataPaths, options: dict[str, object], out: TextIO, err: TextIO) -> int:
    output = Path(str(options["output"]))
    problem = folder_problem(output)  # a missing folder is not made: a typo would leave new ones
    if problem:
        raise CommandFailed(f"{output}: cannot write the export ({problem})")
    kind = str(options["format"])
    if kind == "pdf":
        return _export_report(paths, options, out, err)
    reads = ("sessions",) if kind == "csv" else ()
    with _history(paths, write=False, err=err, reads=reads) as opened:
        if opened is None:
            from hamstring_desktop.history.store import HistoryStore

            store = HistoryStore.open_empty()
        else:
            store = opened.store
        try:
            result = export_history(store, kind, output, _dates(options))
        except OSError as error:
            raise CommandFailed(f"{output}: cannot write the export ({error.strerror or error})") from None
        finally:
            if opened is None:
                store.close()
    # Written to our own stdout (--output /dev/stdout), the summary would end up in the export.
    summary_to = err if is_stdout(output) else out
    if kind == "steps-csv":
        steps, sessions = _count(result.steps, "step"), _count(result.sessions, "session")
        print(f"exported {steps} of {sessions} to {output}", file=summary_to)
    else:
        print(f"exported {_count(result.sessions, 'session')} to {output}", file=summary_to)
    return 0


def _export_report(paths: DataPaths, options: dict[str, object], out: TextIO, err: TextIO) -> int:
    """The report for a physiotherapist, as File ▸ Export Report… makes it: the last twelve
    months unless ``--from``/``--to`` say otherwise, against the weekly goal in the settings."""
    from hamstring_desktop.history.report import ReportPeriod, page_size_for, write_report

    app, made_here = _report_application()
    from PySide6.QtCore import QLocale

    _catalogues = _speak_english(app) if made_here else None  # kept while the report is drawn

    from hamstring_desktop.history.facts import all_facts
    from hamstring_desktop.services.content_source import load_content
    from hamstring_desktop.services.settings import WEEKLY_GOAL, Settings

    output = Path(str(options["output"]))
    first, last = _report_period(options.get("first"), options.get("last"), date.today())
    library = load_content(paths.routines_dir).library

    def name(technique_id: str) -> str:
        try:
            return library.technique(technique_id).name
        except KeyError:
            return technique_id

    with _history(paths, write=False, err=err) as opened:
        records = [] if opened is None else opened.store.sessions(DateRange(first, last))
    goal = Settings(paths.settings_file, app).get(WEEKLY_GOAL)
    period = ReportPeriod(all_facts(records, name), first, last, goal, datetime.now().astimezone())
    try:
        write_report(output, period, page_size_for(QLocale()))
    except OSError as error:
        raise CommandFailed(f"{output}: cannot write the report ({error.strerror or error})") from None
    summary_to = err if is_stdout(output) else out
    print(
        f"exported a report of {_count(len(records), 'session')}, {first} to {last}, to {output}",
        file=summary_to,
    )
    return 0


def _report_period(first: object, last: object, today: date) -> tuple[date, date]:
    """The report's days: those given; a year up to ``--to``; from ``--from`` to today; else
    the last twelve months."""
    from hamstring_desktop.history.report import last_year

    assert first is None or isinstance(first, date)
    assert last is None or isinstance(last, date)
    if first is not None and last is not None:
        return first, last
    if last is not None:
        return last_year(last)
    if first is not None:
        return first, max(first, today)
    return last_year(today)


def _report_application() -> tuple[QCoreApplication, bool]:
    """A Qt application to draw the report with, and whether it was made here: the one running
    (it speaks its own language), else one on the offscreen platform (a report needs fonts,
    never a screen)."""
    from PySide6.QtWidgets import QApplication

    running = QApplication.instance()
    if running is not None:
        return running, False
    # A QApplication (not only a QGuiApplication): the process may go on to need widgets.
    return QApplication([sys.argv[0] if sys.argv else "hamstring-desktop", "-platform", "offscreen"]), True


def _speak_english(app: QCoreApplication) -> LanguageCatalogues:
    """The report in the command line's language, English, as the app writes it when it speaks
    English: with the English catalogue's plural forms ("1 session", "53 weeks", where the code
    says "%n session(s)"), and where the system's locale speaks another language, English month
    names in the system's region (its paper size stays)."""
    from PySide6.QtCore import QLocale

    from hamstring_desktop.content.translation import SOURCE_LANGUAGE
    from hamstring_desktop.services.language import LanguageCatalogues

    catalogues = LanguageCatalogues(app, SOURCE_LANGUAGE)
    system = QLocale.system()
    if system.language() not in (QLocale.Language.C, QLocale.Language.English):
        QLocale.setDefault(QLocale(QLocale.Language.English, system.territory()))
    return catalogues


def _import(paths: DataPaths, options: dict[str, object], out: TextIO, err: TextIO) -> int:
    source = Path(str(options["file"]))
    with _history(paths, write=True, err=err) as opened:
        assert opened is not None  # opening to write creates the history
        try:
            result = import_history(opened.store, source)
        except ContentError as problem:
            raise CommandFailed(f"{problem} (nothing was imported)") from None
    print(
        f"imported {_count(result.sessions, 'session')} with {_count(result.steps, 'step')} from {source}; "
        f"{_count(result.already_there, 'session')} {_were(result.already_there)} already in the history",
        file=out,
    )
    return 0


def _describe(record: SessionRecord, steps: int) -> str:
    started = record.started_at[:16].replace("T", " ")
    return f"{record.id} ({record.routine_name}, {started}, {record.outcome}, {_count(steps, 'step')})"


def _count(number: int, noun: str) -> str:
    """ "1 session", "2 sessions": the command line speaks English, with no translator."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _were(number: int) -> str:
    return "was" if number == 1 else "were"


def _delete(paths: DataPaths, options: dict[str, object], out: TextIO, err: TextIO) -> int:
    wanted = str(options["id"]).strip().lower()
    confirmed = bool(options.get("yes"))
    if len(wanted) < SHORTEST_PREFIX:
        raise CommandFailed(f"'{wanted}': give at least {SHORTEST_PREFIX} characters of the session's id")
    with _history(paths, write=confirmed, err=err) as opened:
        found = [] if opened is None else opened.store.matching_ids(wanted)
        if not found:
            raise CommandFailed(f"no session has the id '{wanted}' (see: hamstring-desktop history list)")
        if len(found) > 1:
            raise CommandFailed(f"'{wanted}' is the start of {len(found)} ids; give more of it")
        assert opened is not None
        record = opened.store.session(found[0])
        assert record is not None
        if not confirmed:
            print(
                f"would delete session {_describe(record, len(record.steps))}; add --yes to delete it",
                file=err,
            )
            return 2
        opened.store.delete_session(record.id)
    print(f"deleted session {_describe(record, len(record.steps))}", file=out)
    return 0
