"""Routine files from the command line: validate (and its alias check), import, export, schema."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hamstring_desktop.cli import main

MINE = """\
# From my physio.
id = "evening"
name = "Evening"
when = "rest-day"

[[steps]]
kind = "wait"
instruction = "Lie on your front."

[[steps]]
technique = "compression-massage"
seconds = 60
side = "each"
zone = "upper"

[[steps]]
kind = "rest"
seconds = 20
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def routines(capsys: pytest.CaptureFixture[str], data: Path) -> dict[str, dict[str, object]]:
    capsys.readouterr()
    main(["routines", "list", "--json", "--data-dir", str(data)])
    return {row["id"]: row for row in json.loads(capsys.readouterr().out)}


@pytest.mark.parametrize("command", ["validate", "check"])
def test_validate_and_its_alias_check_say_ok_with_the_waits(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = write(tmp_path / "evening.hamstring.toml", MINE)
    assert main(["routines", command, str(mine)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"ok: {mine}: Evening, 4 steps, 2:20 and 1 wait for you\n"
    assert captured.err == ""


def test_validate_warns_about_the_dose_but_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = write(tmp_path / "long.toml", MINE.replace("seconds = 60", "seconds = 300"))
    assert main(["routines", "validate", str(mine)]) == 0
    err = capsys.readouterr().err
    assert f"warning: {mine}:12: steps[2].seconds: 300 s is not one set of 30–120 s" in err


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("seconds = 20", "seconds = = 20"), ":18: not valid TOML: Invalid value (column 11)"),
        (('side = "each"', 'side = "every"'), ":13: steps[2].side: 'every' is not one of"),
        (
            ('technique = "compression-massage"', 'technique = "compresion-massage"'),
            ":11: steps[2].technique: unknown technique 'compresion-massage'; did you mean "
            "'compression-massage'?",
        ),
        (
            ('kind = "rest"', 'kind = "rest"\nzone = "upper"'),
            ":18: steps[3].zone: is not used by a rest step",
        ),
    ],
)
def test_validate_names_the_file_and_where(
    change: tuple[str, str], expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = write(tmp_path / "mine.toml", MINE.replace(*change))
    assert main(["routines", "validate", str(mine)]) == 1
    assert f"error: {mine}{expected}" in capsys.readouterr().err


def test_validate_reports_every_problem_of_a_file_in_line_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One run names every problem (a bad ``when`` on line 4, an unknown technique on line 11 and
    a zero time on line 12), in the order of the file; the next file is still checked."""
    bad = write(
        tmp_path / "bad.toml",
        MINE.replace('when = "rest-day"', 'when = "lunchtime"')
        .replace('technique = "compression-massage"', 'technique = "compresion-massage"')
        .replace("seconds = 60", "seconds = 0"),
    )
    good = write(tmp_path / "good.toml", MINE.replace('id = "evening"', 'id = "evening-two"'))
    assert main(["routines", "validate", str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"error: {bad}:4: when: 'lunchtime' is not one of: pre-workout, post-workout, rest-day, any",
        f"error: {bad}:11: steps[2].technique: unknown technique 'compresion-massage'; did you mean "
        "'compression-massage'? (known: compression-massage, cross-fiber-friction, foam-rolling, "
        "knuckle-massage, stretch-and-massage)",
        f"error: {bad}:12: steps[2].seconds: must be at least 1, not 0",
    ]
    assert captured.out == f"ok: {good}: Evening, 4 steps, 2:20 and 1 wait for you\n"


def test_import_copies_the_file_as_written_and_it_plays_like_any_routine(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = write(tmp_path / "shared" / "evening.hamstring.toml", MINE)
    assert main(["routines", "import", str(mine), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    target = data / "routines" / "evening.toml"
    assert out == f"imported: evening (Evening, 4 steps, 2:20 and 1 wait for you) as {target}\n"
    assert target.read_text(encoding="utf-8") == MINE  # comments and all
    listed = routines(capsys, data)["evening"]
    assert listed["builtin"] is False and listed["waits"] == 1 and listed["total_seconds"] == 140


def test_nothing_is_imported_from_an_invalid_file(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path / "bad.toml", MINE.replace("seconds = 60", "seconds = 0"))
    assert main(["routines", "import", str(bad), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert f"error: {bad}:12: steps[2].seconds: must be at least 1, not 0" in err
    assert "nothing was imported" in err
    assert list((data / "routines").iterdir()) == []


def test_an_import_and_the_list_name_every_problem_of_a_file(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path / "bad.toml", MINE.replace('side = "each"', 'side = "every"').replace("= 20", "= 0"))
    assert main(["routines", "import", str(bad), "--data-dir", str(data)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {bad}:13: steps[2].side: 'every' is not one of: left, right, both, each",
        f"error: {bad}:18: steps[3].seconds: must be at least 1, not 0",
        "nothing was imported",
    ]
    # The same file already among yours: the list skips it and names each problem.
    kept = write(data / "routines" / "bad.toml", bad.read_text(encoding="utf-8"))
    assert main(["routines", "list", "--data-dir", str(data)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {kept}:13: steps[2].side: 'every' is not one of: left, right, both, each",
        f"error: {kept}:18: steps[3].seconds: must be at least 1, not 0",
    ]


def test_an_id_in_use_is_refused_unless_replace(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = write(
        data / "routines" / "my-evening.toml", MINE.replace('name = "Evening"', 'name = "Old evening"')
    )
    before = kept.read_bytes()
    newer = write(tmp_path / "evening.toml", MINE.replace("seconds = 20", "seconds = 40"))
    assert main(["routines", "import", str(newer), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert f"error: {newer}:2: id: 'evening' is already the id of your routine 'Old evening'" in err
    assert "--replace" in err and kept.read_bytes() == before
    assert main(["routines", "import", str(newer), "--replace", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.startswith("replaced: evening (Evening")
    assert [p.name for p in (data / "routines").iterdir()] == ["evening.toml"]
    assert routines(capsys, data)["evening"]["total_seconds"] == 160


def test_a_built_in_id_is_never_replaced(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clash = write(tmp_path / "clash.toml", MINE.replace('id = "evening"', 'id = "post-workout"'))
    assert main(["routines", "import", str(clash), "--replace", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert (
        "'post-workout' is the id of the built-in routine 'Post-workout recovery', which cannot be replaced"
        in err
    )
    assert list((data / "routines").iterdir()) == []


def test_an_import_never_takes_the_name_of_a_file_already_there(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = write(data / "routines" / "evening.toml", "this is not TOML\n")
    mine = write(tmp_path / "evening.toml", MINE)
    assert main(["routines", "import", str(mine), "--data-dir", str(data)]) == 0
    assert broken.read_text(encoding="utf-8") == "this is not TOML\n"
    assert (data / "routines" / "evening-2.toml").read_text(encoding="utf-8") == MINE


def test_export_writes_your_file_as_it_is_and_a_built_in_as_it_ships(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(data / "routines" / "evening.toml", MINE)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "evening.hamstring.toml"
    assert main(["routines", "export", "evening", "--output", str(out), "--data-dir", str(data)]) == 0
    assert out.read_text(encoding="utf-8") == MINE
    assert capsys.readouterr().out == f"exported evening (Evening) to {out}\n"
    builtin = tmp_path / "post.toml"
    assert (
        main(["routines", "export", "post-workout", "--output", str(builtin), "--data-dir", str(data)]) == 0
    )
    shipped = Path(__file__).resolve().parents[2] / "assets" / "routines" / "post-workout.toml"
    assert builtin.read_bytes() == shipped.read_bytes()


def test_export_of_an_unknown_id_lists_the_known_ones(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routines", "export", "evenin", "--output", "x.toml", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: there is no routine 'evenin'; known: pre-workout, post-workout")


def test_export_into_a_folder_is_refused(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["routines", "export", "partner", "--output", str(tmp_path), "--data-dir", str(data)]) == 1
    assert (
        f"error: {tmp_path}: cannot write the routine (it is a folder, not a file)" in capsys.readouterr().err
    )


def test_export_into_a_folder_that_does_not_exist_is_refused(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A typo in the path does not leave new folders behind: the command names the missing one."""
    missing = tmp_path / "some" / "missing" / "folder"
    target = missing / "x.toml"
    assert main(["routines", "export", "partner", "--output", str(target), "--data-dir", str(data)]) == 1
    assert capsys.readouterr().err == (
        f"error: {target}: cannot write the routine (the folder {missing} does not exist)\n"
    )
    assert not (tmp_path / "some").exists()
    a_file = write(tmp_path / "notes.txt", "mine\n")
    inside = a_file / "sub" / "x.toml"
    assert main(["routines", "export", "partner", "--output", str(inside), "--data-dir", str(data)]) == 1
    assert capsys.readouterr().err == (
        f"error: {inside}: cannot write the routine ({a_file} is a file, not a folder)\n"
    )
    assert a_file.read_text(encoding="utf-8") == "mine\n"
    schema = missing / "routine-v1.schema.json"
    assert main(["routines", "schema", "--output", str(schema)]) == 1
    assert capsys.readouterr().err == (
        f"error: {schema}: cannot write the schema (the folder {missing} does not exist)\n"
    )
    assert not (tmp_path / "some").exists()


def test_the_schema_is_printed_for_editors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routines", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Hamstring Desktop routine"
    target = tmp_path / "routine-v1.schema.json"
    assert main(["routines", "schema", "--output", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == schema


def test_problems_stay_english_on_a_german_system_with_the_app_in_german(tmp_path: Path, data: Path) -> None:
    """The window speaks German there, but the command line keeps to English (its lines are for
    scripts as much as for people): the README's examples, word for word."""
    from tests.helpers.history import cli

    write(data / "settings.ini", "[appearance]\nlanguage=de\n")
    syntax = write(tmp_path / "desk.toml", MINE.replace("seconds = 60", "seconds = thirty"))
    typo = write(
        tmp_path / "typo.toml",
        MINE.replace('"compression-massage"', '"foam-roling"').replace("seconds = 20", "seconds = 0"),
    )
    dose = write(tmp_path / "dose.toml", MINE.replace("seconds = 60", "seconds = 150"))
    german = dict(os.environ, LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8", LANGUAGE="de")
    result = cli(
        "routines", "validate", str(syntax), str(typo), str(dose), "--data-dir", str(data), env=german
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f'error: {syntax}:12: not valid TOML: Invalid value (column 11), at "thirty"',
        f"error: {typo}:11: steps[2].technique: unknown technique 'foam-roling'; did you mean "
        "'foam-rolling'? (known: compression-massage, cross-fiber-friction, foam-rolling, "
        "knuckle-massage, stretch-and-massage)",
        f"error: {typo}:18: steps[3].seconds: must be at least 1, not 0",
        f"warning: {dose}:12: steps[2].seconds: 150 s is not one set of 30–120 s, the dose with the "
        "largest range-of-motion gain in the studies.",
    ]
    result = cli("routines", "import", str(typo), "--data-dir", str(data), env=german)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-2:] == [
        f"error: {typo}:18: steps[3].seconds: must be at least 1, not 0",
        "nothing was imported",
    ]
