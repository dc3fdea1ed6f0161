"""PySide6 reads the source of each module imported after it, unless the app tells it not to
(``app/pyside_imports.py``): about 13 ms of the start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
{setup}
import probe_module
print(any(name.endswith("probe_module.py") for name in linecache.cache))
"""


def _source_was_read(tmp_path: Path, setup: str) -> bool:
    (tmp_path / "probe_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(setup=setup), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.strip() == "True"


def test_plain_pyside6_reads_each_later_modules_source(tmp_path: Path) -> None:
    # The cost the app avoids; if a PySide6 release stops reading sources, this fails and the
    # workaround can go.
    assert _source_was_read(tmp_path, "import PySide6.QtCore")


def test_the_app_keeps_pyside6_from_reading_module_sources(tmp_path: Path) -> None:
    assert not _source_was_read(tmp_path, "import hamstring_desktop.app")
