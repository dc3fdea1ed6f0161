"""What goes into the frozen bundle: the choices the PyInstaller spec applies to its Analysis.

PyInstaller's Qt hooks collect every plugin of each Qt module the app imports, with everything those
plugins link to. This module trims that to what the app uses, and keeps what it needs for sound and
speech, which a frozen build easily loses ("No QtMultimedia backends found"):

- the Qt Multimedia FFmpeg backend (``plugins/multimedia``) and the FFmpeg libraries it links to;
- the TextToSpeech engines (sapi and winrt on Windows, darwin on macOS). On Linux the app speaks
  to speech-dispatcher in its own protocol on a socket (audio/ssip_voice.py), so Qt's speechd
  engine, and speech-dispatcher's client library with it, stay out.

On Linux the bundle carries Python, Qt (with its ICU) and FFmpeg, as the PySide6 wheels ship them, and
links everything else from the system: the sound server's client library, X11 and Wayland, fonts,
D-Bus. Those come from the distribution's packages (the .deb
declares them), so they match the services they talk to and get the distribution's security fixes.

The spec imports this file; it needs no PyInstaller and no Qt, so the unit tests run it on their own.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# A PyInstaller TOC entry: (destination name, source path, type code).
Entry = tuple[str, str, str]

# Python modules the app never imports, though PyInstaller's hooks would pull some of them in (the
# QtMultimedia hook adds QtMultimediaWidgets, for example).
UNUSED_MODULES = (
    "tkinter",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DExtras",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtSpatialAudio",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
)

# Plugin folders the app has no use for: embedded-device input and displays, networking, SQL,
# printing, QML tooling, 3D, positioning.
UNUSED_PLUGIN_FOLDERS = frozenset(
    {
        "assetimporters",
        "canbus",
        "designer",
        "egldeviceintegrations",
        "generic",
        "geometryloaders",
        "geoservices",
        "networkinformation",
        "position",
        "printsupport",
        "qmllint",
        "qmltooling",
        "renderers",
        "renderplugins",
        "sceneparsers",
        "scxmldatamodel",
        "sensors",
        "sqldrivers",
        "tls",
        "virtualkeyboard",
        "webview",
    }
)
# Single plugins the app has no use for, as folder/name (name without "lib" and suffix). The GTK
# theme would bring in GTK itself; the PDF image format and the virtual keyboard bring Qt PDF and Qt
# Quick modules; the mock speech engine is for tests, and the speechd engine is not used (the voice
# talks to speech-dispatcher itself: it would only bring in speech-dispatcher's client library).
UNUSED_PLUGINS = frozenset(
    {
        "platforms/qeglfs",
        "platforms/qlinuxfb",
        "platforms/qminimalegl",
        "platforms/qvnc",
        "platforms/qvkkhrdisplay",
        "platforms/qdirect2d",
        "platforminputcontexts/qtvirtualkeyboardplugin",
        "platformthemes/qgtk3",
        "imageformats/qpdf",
        "imageformats/qtiff",
        "imageformats/qwebp",
        "imageformats/qtga",
        "imageformats/qwbmp",
        "texttospeech/qtexttospeech_mock",
        "texttospeech/qtexttospeech_speechd",
    }
)
# Plugins a bundle must not lose, by platform: without them there is no window, no sound or no voice.
REQUIRED_PLUGINS = {
    "linux": (
        "platforms/qxcb",
        "platforms/qwayland",
        "platforms/qoffscreen",
        "multimedia/ffmpegmediaplugin",
        "iconengines/qsvgicon",
        "imageformats/qsvg",
    ),
    "win32": (
        "platforms/qwindows",
        "multimedia/ffmpegmediaplugin",
        "texttospeech/qtexttospeech_sapi",
        "texttospeech/qtexttospeech_winrt",
        "iconengines/qsvgicon",
        "imageformats/qsvg",
    ),
    "darwin": (
        "platforms/qcocoa",
        "multimedia/ffmpegmediaplugin",
        "texttospeech/qtexttospeech_darwin",
        "iconengines/qsvgicon",
        "imageformats/qsvg",
    ),
}

# Where a Linux system keeps the distribution's libraries (a Python built elsewhere, such as under
# /usr/local or pyenv, is not one of them and is bundled).
SYSTEM_LIBRARY_DIRS = ("/lib", "/lib64", "/usr/lib", "/usr/lib64")
PYTHON_LIBRARY = re.compile(r"^libpython\d")
_PLUGIN_NAME = re.compile(r"^(?:lib)?(?P<name>.+?)(?:\.so.*|\.dll|\.dylib)$")


def plugin_key(destination: str) -> str | None:
    """``folder/name`` for a Qt plugin's destination in the bundle, None for anything else."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    at = parts.index("plugins")
    # PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on Windows.
    if at == 0 or parts[at - 1] not in ("Qt", "PySide6") or len(parts) != at + 3:
        return None
    match = _PLUGIN_NAME.match(parts[at + 2])
    return f"{parts[at + 1]}/{match['name']}" if match else None


def is_unused_plugin(destination: str) -> bool:
    """True for a Qt plugin the app never loads."""
    key = plugin_key(destination)
    if key is None:
        return False
    return key.split("/")[0] in UNUSED_PLUGIN_FOLDERS or key in UNUSED_PLUGINS


def is_system_library(entry: Entry) -> bool:
    """True for a shared library that came from the Linux distribution (not Python's own library)."""
    destination, source, kind = entry
    if kind != "BINARY" or PYTHON_LIBRARY.match(PurePosixPath(destination).name):
        return False
    return any(source == folder or source.startswith(folder + "/") for folder in SYSTEM_LIBRARY_DIRS)


def _is_library(entry: Entry) -> bool:
    """A shared library another binary links to (as opposed to a plugin or a Python extension)."""
    destination, _, kind = entry
    folder = str(PurePosixPath(destination).parent)
    return kind == "BINARY" and folder in (".", "PySide6/Qt/lib")


def needed_libraries(path: str) -> list[str]:
    """The DT_NEEDED names of an ELF file (readelf, from binutils, which PyInstaller needs anyway)."""
    output = subprocess.run(
        ["readelf", "--dynamic", "--wide", path], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def linked_only(entries: Iterable[Entry], needed: Callable[[str], list[str]]) -> list[Entry]:
    """The entries without libraries that nothing kept links to any more.

    Python's own library, the extension modules and the plugins are the roots; a library stays when
    a root, or a library that stays, names it as NEEDED.
    """
    entries = list(entries)
    libraries = {PurePosixPath(e[0]).name: e for e in entries if _is_library(e)}
    roots = [e for e in entries if not _is_library(e) or PYTHON_LIBRARY.match(PurePosixPath(e[0]).name)]
    kept: set[str] = set()
    pending = [source for _, source, _ in roots]
    while pending:
        for name in needed(pending.pop()):
            if name in libraries and name not in kept:
                kept.add(name)
                pending.append(libraries[name][1])
    return [e for e in entries if not _is_library(e) or e in roots or PurePosixPath(e[0]).name in kept]


def select_binaries(
    entries: Iterable[Entry], platform: str, needed: Callable[[str], list[str]] = needed_libraries
) -> list[Entry]:
    """The binaries to bundle on ``platform`` (``sys.platform``): unused plugins out; on Linux also the
    system's libraries and whatever only the dropped plugins linked to."""
    chosen = [e for e in entries if not is_unused_plugin(e[0])]
    if platform.startswith("linux"):
        chosen = [e for e in chosen if not is_system_library(e)]
        chosen = linked_only(chosen, needed)
    return chosen


def without_dangling_links(datas: Iterable[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """``datas`` without the symbolic links (PyInstaller adds one in the top folder for each library
    in a sub-folder) whose library is no longer bundled."""
    datas = list(datas)
    present = {e[0].replace("\\", "/") for e in [*datas, *binaries]}
    kept = []
    for entry in datas:
        destination, target, kind = entry
        if kind == "SYMLINK":
            folder = posixpath.dirname(destination.replace("\\", "/"))
            if posixpath.normpath(posixpath.join(folder, target.replace("\\", "/"))) not in present:
                continue
        kept.append(entry)
    return kept


def python_debug_info_stripped(entries: Iterable[Entry], folder: Path) -> list[Entry]:
    """The entries, with Python's own library and extension modules replaced by copies without
    debug information (a Python built from source carries about 30 MB of it).

    Only these: ``strip`` must never touch the Qt and FFmpeg libraries. Stripped, the FFmpeg
    libraries no longer load ("ELF load command address/offset not page-aligned"), Qt Multimedia
    finds no backend, and the app's tones go with it.
    """
    result = []
    for destination, source, kind in entries:
        name = PurePosixPath(destination)
        is_python = PYTHON_LIBRARY.match(name.name) or "lib-dynload" in name.parts
        if is_python and kind in ("BINARY", "EXTENSION"):
            copy = folder / destination
            copy.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["strip", "--strip-debug", "-o", str(copy), source], check=True)
            result.append((destination, str(copy), kind))
        else:
            result.append((destination, source, kind))
    return result


def missing_required_plugins(entries: Iterable[Entry], platform: str) -> list[str]:
    """Required plugins (see REQUIRED_PLUGINS) that ``entries`` lack."""
    present = {plugin_key(e[0]) for e in entries}
    wanted = next((keys for prefix, keys in REQUIRED_PLUGINS.items() if platform.startswith(prefix)), ())
    return [key for key in wanted if key not in present]
