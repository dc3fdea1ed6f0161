"""Regenerate resources.qrc from assets/ and compile it into hamstring_desktop/generated/qt_resources.py.

Run after changing anything in assets/:  .venv/bin/python packaging/build_resources.py
First each translation source (assets/translations/*.ts) is compiled into its catalogue (.qm,
beside it) with pyside6-lrelease; the catalogues, not the sources, go into the resources.
The output is byte-for-byte reproducible (RCC format 1 has no timestamps, nothing is
compressed, and lrelease writes the same bytes each time), so tests/unit/test_resources.py and
`--check` can tell when the committed module or a catalogue is stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
QRC = ROOT / "resources.qrc"
OUTPUT = ROOT / "hamstring_desktop" / "generated" / "qt_resources.py"
TRANSLATIONS = ASSETS / "translations"
# Not shipped: notes, code, and the translation sources (their compiled .qm ship instead).
SKIP_SUFFIXES = {".md", ".py", ".pyc", ".ts"}


def asset_files() -> list[Path]:
    """Every file under assets/ that ships inside the app, sorted."""
    return sorted(
        path
        for path in ASSETS.rglob("*")
        if path.is_file() and path.suffix not in SKIP_SUFFIXES and "__pycache__" not in path.parts
    )


def qrc_text() -> str:
    """The resources.qrc that lists every asset under the ':/' prefix, relative to assets/."""
    lines = ["<!DOCTYPE RCC>", '<RCC version="1.0">', '  <qresource prefix="/">']
    for path in asset_files():
        alias = path.relative_to(ASSETS).as_posix()
        source = path.relative_to(ROOT).as_posix()
        lines.append(f'    <file alias="{escape(alias)}">{escape(source)}</file>')
    lines += ["  </qresource>", "</RCC>", ""]
    return "\n".join(lines)


def qt_tool(name: str) -> str:
    """A PySide6 tool (pyside6-rcc, pyside6-lrelease) from the running interpreter's environment."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name) or name


def rcc_command() -> list[str]:
    """pyside6-rcc from the running interpreter's environment."""
    return [qt_tool("pyside6-rcc")]


def translation_sources() -> list[Path]:
    """The translation sources whose catalogues ship in the resources."""
    return sorted(TRANSLATIONS.glob("*.ts"))


def release_translation(source: Path, catalogue: Path) -> None:
    """Compile one translation source into its catalogue (the same bytes each time)."""
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(source), "-qm", str(catalogue)],
        check=True,
    )


def stale_catalogues() -> list[str]:
    """The .qm files that are missing or differ from a fresh compile of their .ts."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for source in translation_sources():
            fresh = Path(scratch) / source.with_suffix(".qm").name
            release_translation(source, fresh)
            catalogue = source.with_suffix(".qm")
            if not catalogue.exists() or catalogue.read_bytes() != fresh.read_bytes():
                stale.append(catalogue.relative_to(ROOT).as_posix())
    return stale


def compile_qrc(qrc: Path, output: Path) -> None:
    """Compile ``qrc`` to a Python module, reproducibly."""
    command = [
        *rcc_command(),
        "--format-version",
        "1",
        "--no-compress",
        str(qrc),
        "-o",
        str(output),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def build_into(directory: Path) -> tuple[Path, Path]:
    """Write a fresh qrc and compiled module into ``directory``; return both paths."""
    qrc = directory / "resources.qrc"
    # rcc resolves file paths relative to the qrc, so the temporary qrc points back at ROOT.
    text = qrc_text().replace('">assets/', f'">{ASSETS.as_posix()}/')
    qrc.write_text(text, encoding="utf-8")
    module = directory / "qt_resources.py"
    compile_qrc(qrc, module)
    return qrc, module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether files are stale")
    args = parser.parse_args()
    if args.check:
        stale_qm = stale_catalogues()
    else:
        stale_qm = []
        for source in translation_sources():
            release_translation(source, source.with_suffix(".qm"))
    with tempfile.TemporaryDirectory() as scratch:
        _, fresh_module = build_into(Path(scratch))
        fresh = fresh_module.read_bytes()
    stale = stale_qm + [
        path.relative_to(ROOT).as_posix()
        for path, content in ((QRC, qrc_text().encode()), (OUTPUT, fresh))
        if not path.exists() or path.read_bytes() != content
    ]
    if args.check:
        for name in stale:
            print(f"stale: {name} (run packaging/build_resources.py)", file=sys.stderr)
        return 1 if stale else 0
    QRC.write_text(qrc_text(), encoding="utf-8")
    OUTPUT.write_bytes(fresh)
    print(f"wrote {QRC.name} and {OUTPUT.relative_to(ROOT)} ({len(asset_files())} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
