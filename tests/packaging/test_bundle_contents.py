"""What the PyInstaller spec keeps and leaves out (packaging/pyinstaller/bundle_contents.py), on
made-up build lists: no PyInstaller run needed."""

from __future__ import annotations

from tests.helpers.scripts import load_packaging_script

contents = load_packaging_script("pyinstaller/bundle_contents")

SITE = "/venv/lib/python3.11/site-packages"
QT = f"{SITE}/PySide6/Qt"


def plugin(folder: str, file: str) -> tuple[str, str, str]:
    return (f"PySide6/Qt/plugins/{folder}/{file}", f"{QT}/plugins/{folder}/{file}", "BINARY")


def qt_lib(file: str) -> tuple[str, str, str]:
    return (f"PySide6/Qt/lib/{file}", f"{QT}/lib/{file}", "BINARY")


def system_lib(file: str) -> tuple[str, str, str]:
    return (file, f"/lib/x86_64-linux-gnu/{file}", "BINARY")


def test_plugins_are_named_by_folder_and_name_on_every_platform() -> None:
    assert contents.plugin_key("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so") == (
        "multimedia/ffmpegmediaplugin"
    )
    # Windows wheels keep the plugins in PySide6\\plugins.
    assert contents.plugin_key("PySide6\\plugins\\texttospeech\\qtexttospeech_sapi.dll") == (
        "texttospeech/qtexttospeech_sapi"
    )
    assert contents.plugin_key("PySide6/Qt/plugins/platforms/libqcocoa.dylib") == "platforms/qcocoa"
    assert contents.plugin_key("PySide6/Qt/lib/libQt6Core.so.6") is None
    assert contents.plugin_key("libpulse.so.0") is None


def test_sound_speech_and_windows_stay_while_unused_plugins_go() -> None:
    kept = [
        "multimedia/libffmpegmediaplugin.so",
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
        "wayland-shell-integration/libxdg-shell.so",
    ]
    dropped = [
        "platforms/libqeglfs.so",
        "platforms/libqvnc.so",
        "platformthemes/libqgtk3.so",
        "imageformats/libqpdf.so",
        "platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "texttospeech/libqtexttospeech_mock.so",
        "texttospeech/libqtexttospeech_speechd.so",  # the voice speaks to speech-dispatcher itself
        "tls/libqopensslbackend.so",
        "sqldrivers/libqsqlite.so",
        "egldeviceintegrations/libqeglfs-kms-integration.so",
    ]
    for name in kept:
        assert not contents.is_unused_plugin(f"PySide6/Qt/plugins/{name}"), name
    for name in dropped:
        assert contents.is_unused_plugin(f"PySide6/Qt/plugins/{name}"), name


def test_linux_links_the_systems_libraries_and_keeps_python_qt_and_ffmpeg() -> None:
    """The distribution's libraries go; Python's own library and Qt's (with FFmpeg) stay."""
    python = ("libpython3.11.so.1.0", "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0", "BINARY")
    debian_python = ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY")
    assert contents.is_system_library(system_lib("libpulse.so.0"))
    assert contents.is_system_library(("libz.so.1", "/usr/lib64/libz.so.1", "BINARY"))
    assert not contents.is_system_library(python)
    assert not contents.is_system_library(debian_python)
    assert not contents.is_system_library(qt_lib("libavcodec.so.61"))
    assert not contents.is_system_library(("libfoo.so", "/usr/local/lib/libfoo.so", "BINARY"))


def test_libraries_only_dropped_plugins_linked_to_are_left_out() -> None:
    """The PDF image format plugin is dropped, and with it Qt PDF; what the kept plugins link to stays,
    through libraries that link to others (FFmpeg plugin → libavformat → libavcodec)."""
    ffmpeg = plugin("multimedia", "libffmpegmediaplugin.so")
    pdf = plugin("imageformats", "libqpdf.so")
    extension = ("PySide6/QtCore.abi3.so", f"{SITE}/PySide6/QtCore.abi3.so", "EXTENSION")
    python = ("libpython3.11.so.1.0", "/opt/python/lib/libpython3.11.so.1.0", "BINARY")
    libraries = [qt_lib(name) for name in ("libQt6Core.so.6", "libavformat.so.61", "libavcodec.so.61")]
    libraries += [qt_lib("libQt6Pdf.so.6"), system_lib("libpulse.so.0")]
    needed = {
        ffmpeg[1]: ["libavformat.so.61", "libQt6Core.so.6", "libc.so.6"],
        pdf[1]: ["libQt6Pdf.so.6"],
        f"{QT}/lib/libavformat.so.61": ["libavcodec.so.61"],
        f"{QT}/lib/libavcodec.so.61": [],
        f"{QT}/lib/libQt6Core.so.6": [],
        extension[1]: ["libQt6Core.so.6", "libpulse.so.0"],
        python[1]: [],
    }
    chosen = contents.select_binaries(
        [ffmpeg, pdf, extension, python, *libraries], "linux", needed.__getitem__
    )
    names = {entry[0].rsplit("/", 1)[-1] for entry in chosen}
    assert names == {
        "libffmpegmediaplugin.so",
        "QtCore.abi3.so",
        "libpython3.11.so.1.0",
        "libQt6Core.so.6",
        "libavformat.so.61",
        "libavcodec.so.61",
    }
    # Elsewhere only the plugins are chosen: there is no ELF to follow.
    elsewhere = contents.select_binaries([ffmpeg, pdf, *libraries], "win32", needed.__getitem__)
    assert pdf not in elsewhere and qt_lib("libQt6Pdf.so.6") in elsewhere


def test_links_to_libraries_left_out_go_too() -> None:
    binaries = [qt_lib("libQt6Core.so.6")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qt_de.qm", f"{QT}/translations/qt_de.qm", "DATA"),
    ]
    kept = contents.without_dangling_links(datas, binaries)
    assert [entry[0] for entry in kept] == ["libQt6Core.so.6", "PySide6/Qt/translations/qt_de.qm"]


def test_a_bundle_without_its_sound_or_speech_plugin_is_refused() -> None:
    complete = [
        plugin("platforms", "libqxcb.so"),
        plugin("platforms", "libqwayland.so"),
        plugin("platforms", "libqoffscreen.so"),
        plugin("multimedia", "libffmpegmediaplugin.so"),
        plugin("iconengines", "libqsvgicon.so"),
        plugin("imageformats", "libqsvg.so"),
    ]
    assert contents.missing_required_plugins(complete, "linux") == []
    without_sound = [entry for entry in complete if "multimedia" not in entry[0]]
    assert contents.missing_required_plugins(without_sound, "linux") == ["multimedia/ffmpegmediaplugin"]
    assert "texttospeech/qtexttospeech_sapi" in contents.missing_required_plugins(complete, "win32")
