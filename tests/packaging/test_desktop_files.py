"""Desktop integration: the desktop entry, the AppStream metainfo, the icons and the MIME type of
routine files pass the freedesktop validators and agree with each other and with the app."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

from hamstring_desktop import APP_NAME, DESKTOP_ID, __version__
from tests.helpers.scripts import load_packaging_script
from tests.helpers.system import require_programs

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
MIME_FILE = LINUX / f"{DESKTOP_ID}.mime.xml"
ROUTINE_MIME_TYPE = "application/x-hamstring-routine"


def desktop_entry() -> ConfigParser:
    parser = ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser


def test_the_application_id_is_reverse_dns_and_used_everywhere() -> None:
    """One id for the desktop entry, the metainfo, the icon and QGuiApplication.desktopFileName."""
    assert re.fullmatch(r"[a-z]+(\.[A-Za-z_][A-Za-z0-9_]*){2,}", DESKTOP_ID)
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Name"] == APP_NAME
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert component.findtext("name") == APP_NAME
    script = (
        "from hamstring_desktop.app import ensure_application;print(ensure_application().desktopFileName())"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
    ).stdout.strip()
    assert shown == DESKTOP_ID


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    require_programs("desktop-file-validate")
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0 and output == "", output


def test_the_desktop_entry_has_an_action_to_start_each_built_in_routine() -> None:
    routines = {}
    for path in sorted((REPO / "assets" / "routines").glob("*.toml")):
        routine = tomllib.loads(path.read_text(encoding="utf-8"))
        routines[routine["id"]] = routine["name"]
    entry = desktop_entry()
    actions = [name for name in entry["Desktop Entry"]["Actions"].split(";") if name]
    assert sorted(actions) == sorted(routines)
    for routine_id, name in routines.items():
        action = entry[f"Desktop Action {routine_id}"]
        assert action["Name"] == f"Start {name}"
        assert action["Exec"] == f"hamstring-desktop --routine {routine_id} --start"


def test_the_desktop_entry_and_the_mime_type_speak_german_too() -> None:
    """In German, the launcher names each routine as the app does (routines/de/)."""
    entry = desktop_entry()
    for key in ("GenericName[de]", "Comment[de]", "Keywords[de]"):
        assert entry["Desktop Entry"][key]
    for path in sorted((REPO / "assets" / "routines" / "de").glob("*.toml")):
        routine = tomllib.loads(path.read_text(encoding="utf-8"))
        assert entry[f"Desktop Action {routine['id']}"]["Name[de]"] == f"{routine['name']} starten"
    mime = ET.parse(MIME_FILE).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    comments = mime.iter("{http://www.freedesktop.org/standards/shared-mime-info}comment")
    assert {c.get(lang) for c in comments} == {None, "de"}
    summaries = ET.parse(METAINFO).getroot().findall("summary")
    assert {s.get(lang) for s in summaries} == {None, "de"}


def test_the_actions_start_a_routine_the_command_line_accepts() -> None:
    """Every action's command is one the app's parser takes (a typo would fail only when clicked);
    the main entry's file (%f, a routine file opened from the file manager) is taken as one."""
    from hamstring_desktop.cli import build_parser
    from hamstring_desktop.cli_files import routine_file_argument

    entry = desktop_entry()
    for section in entry.sections():
        command = entry[section]["Exec"].split()
        assert command[0] == "hamstring-desktop"
        arguments = [word.replace("%f", "/home/me/desk-break.hamstring.toml") for word in command[1:]]
        opened = routine_file_argument(arguments)
        assert (opened is not None) == ("%f" in command), section
        build_parser().parse_args(arguments)
    assert "%f" in entry["Desktop Entry"]["Exec"]
    assert "application/x-hamstring-routine;" in entry["Desktop Entry"]["MimeType"]


def test_the_metainfo_passes_appstream_validation_without_warnings() -> None:
    require_programs("appstreamcli")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        check=False,
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Errors and warnings fail validation or show in software centres; infos are advice. Aim for none.
    assert not re.search(r"^[EWI]: ", output, re.MULTILINE), output


def test_the_metainfo_describes_this_release_screenshots_and_content_rating() -> None:
    component = ET.parse(METAINFO).getroot()
    releases = component.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert releases[0].find("description") is not None
    rating = component.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    images = [image.text or "" for image in component.iterfind("screenshots/screenshot/image")]
    assert len(images) >= 2
    for url in images:
        # The URLs point at the screenshots in this repository.
        relative = url.split("/main/", 1)[1]
        assert (REPO / relative).is_file(), url


def test_the_icons_are_fresh_and_at_every_hicolor_size() -> None:
    icons = load_packaging_script("make_icons")
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "make_icons.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for size in icons.HICOLOR_SIZES:
        png = (REPO / "packaging" / "icons" / icons.hicolor_path(size)).read_bytes()
        width, height = struct.unpack(">II", png[16:24])  # the PNG's IHDR chunk
        assert (width, height) == (size, size)


def test_routine_files_get_their_own_mime_type(tmp_path: Path) -> None:
    """Registered in a private MIME database, ``*.hamstring.toml`` is a routine (a kind of TOML file),
    while other TOML files stay TOML."""
    require_programs("update-mime-database")
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / f"{DESKTOP_ID}.xml").write_bytes(MIME_FILE.read_bytes())
    subprocess.run(
        ["update-mime-database", str(packages.parent)], check=True, capture_output=True, timeout=60
    )
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for name in sys.argv[1:]:\n"
        "    kind = db.mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchExtension)\n"
        "    print(kind.name(), kind.inherits('application/toml'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "desk-break.hamstring.toml", "pyproject.toml"],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share")),
        timeout=60,
    )
    assert result.stdout.splitlines() == [f"{ROUTINE_MIME_TYPE} True", "application/toml True"]


def test_the_flatpak_manifest_installs_the_locked_versions_and_the_same_files() -> None:
    """The manifest cannot be built here; at least it must not drift from the lock and the files."""
    manifest = (REPO / "packaging" / "flatpak" / f"{DESKTOP_ID}.yml").read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(DESKTOP_ID)}$", manifest, re.MULTILINE)
    locked = {}
    for line in (REPO / "requirements" / "lock.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            locked[name.lower().replace("-", "_")] = version
    wheels = re.findall(r"/([A-Za-z0-9_]+)-([0-9][^-]*)-[^/]*\.whl$", manifest, re.MULTILINE)
    assert {name.lower() for name, _ in wheels} == {
        "shiboken6",
        "pyside6_essentials",
        "pyside6_addons",
        "qasync",
        "appdirs",
    }
    for name, version in wheels:
        assert locked[name.lower()] == version, name
    for path in (DESKTOP_FILE, METAINFO, MIME_FILE):
        assert f"packaging/linux/${{FLATPAK_ID}}{path.name.removeprefix(DESKTOP_ID)}" in manifest
