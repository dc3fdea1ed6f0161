"""Skip a test when a system part is missing, except in CI, where a missing part is a failure."""

from __future__ import annotations

import os
import shutil

import pytest


def require_programs(*names: str) -> None:
    """Skip (or fail when ``CI`` is set) unless every program is on PATH."""
    missing = [name for name in names if shutil.which(name) is None]
    if not missing:
        return
    message = f"missing system programs: {', '.join(missing)} (./dev test installs them)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


# File permissions bind root only without these capabilities.
_FILE_POWERS = "-dac_override,-dac_read_search,-fowner"


def as_plain_user() -> list[str]:
    """A command prefix under which file permissions apply as they do to a normal user: as root,
    ``setpriv`` drops the capabilities that let root read and write any file; otherwise nothing."""
    if os.geteuid() != 0:
        return []
    require_programs("setpriv")
    return ["setpriv", f"--bounding-set={_FILE_POWERS}"]
