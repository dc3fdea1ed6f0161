"""Entry point of the frozen app (PyInstaller): the same as the ``hamstring-desktop`` command."""

import sys

from hamstring_desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())
