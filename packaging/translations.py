"""The interface's translations: Qt Linguist sources (.ts) and their compiled catalogues (.qm).

    .venv/bin/python packaging/translations.py            # update every .ts from the code
    .venv/bin/python packaging/translations.py --new fr   # start a French .ts
    .venv/bin/python packaging/translations.py --check    # is every .ts up to date? (a test runs it)

(`./dev translations` updates every .ts, then rebuilds the resources.)

Updating runs ``pyside6-lupdate`` over the package's Python files: new strings are added to each
``assets/translations/hamstring_desktop_<language>.ts`` as unfinished, strings the code no longer
has are dropped, and every translation already made is kept. Translate the unfinished ones
(Qt Linguist: ``.venv/bin/pyside6-linguist assets/translations/hamstring_desktop_de.ts``, or any
editor), then run ``packaging/build_resources.py``, which compiles each .ts into its .qm with
``pyside6-lrelease`` and the .qm into the app's resources.

English is the source language, so its catalogue (``hamstring_desktop_en.ts``) holds only the
texts with a number in them (``-pluralonly``): "%n session(s)" becomes "1 session" and
"2 sessions" there. Every other English text is shown as the code writes it.

The .ts files keep no source locations (``-locations none``), so moving code around does not
touch them and two branches that add strings merge cleanly.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "hamstring_desktop"
TRANSLATIONS = ROOT / "assets" / "translations"
CATALOGUE = "hamstring_desktop"  # catalogue files are named hamstring_desktop_<language>.ts / .qm
SOURCE_LANGUAGE = "en"  # the language the code is written in
LANGUAGE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


def tool(name: str) -> str:
    """A Qt tool (pyside6-lupdate, pyside6-lrelease) from the running interpreter's environment."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name) or name


def sources() -> list[Path]:
    """The Python files lupdate reads: the package, without the compiled resources (which it
    cannot read, and which hold no strings)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "generated" not in p.relative_to(PACKAGE).parts)


def ts_files(folder: Path = TRANSLATIONS) -> list[Path]:
    """Every catalogue source, one per language."""
    return sorted(folder.glob(f"{CATALOGUE}_*.ts"))


def language_of(path: Path) -> str:
    """``de`` for ``hamstring_desktop_de.ts`` (or ``.qm``)."""
    return path.stem.removeprefix(f"{CATALOGUE}_")


def update(targets: list[Path]) -> None:
    """Bring each .ts up to date with the code, keeping the translations it has."""
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("".join(f"{p}\n" for p in sources()), encoding="utf-8")
        for target in targets:
            _lupdate(listing, target)


def _lupdate(listing: Path, target: Path) -> None:
    # the source language needs only its plural forms
    plurals_only = ["-pluralonly"] if language_of(target) == SOURCE_LANGUAGE else []
    command = [
        tool("pyside6-lupdate"),
        f"@{listing}",
        "-ts",
        str(target),
        "-no-obsolete",
        "-sort-messages",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language_of(target),
        "-silent",
        *plurals_only,
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def stale_sources() -> list[str]:
    """The .ts files that updating would change (they miss strings the code has, or hold
    strings it no longer has)."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for path in ts_files():
            copy = Path(scratch) / path.name
            shutil.copyfile(path, copy)
            copies.append(copy)
        update(copies)
        for path, copy in zip(ts_files(), copies, strict=True):
            if copy.read_bytes() != path.read_bytes():
                stale.append(path.relative_to(ROOT).as_posix())
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new", metavar="LANGUAGE", help="start the catalogue of a new language (de, pt_BR)")
    parser.add_argument("--check", action="store_true", help="only report .ts files that are out of date")
    args = parser.parse_args()
    if args.check:
        stale = stale_sources()
        for name in stale:
            print(f"stale: {name} (run ./dev translations)", file=sys.stderr)
        return 1 if stale else 0
    targets = ts_files()
    if args.new:
        if not LANGUAGE.fullmatch(args.new):
            parser.error(f"{args.new!r} is not a language code such as de, fr or pt_BR")
        new = TRANSLATIONS / f"{CATALOGUE}_{args.new}.ts"
        if new.exists():
            parser.error(f"{new.relative_to(ROOT)} already exists")
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        targets = [new]
    update(targets)
    for target in targets:
        print(f"updated {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
