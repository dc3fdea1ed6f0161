"""``python -m hamstring_desktop``: the same as the ``hamstring-desktop`` command."""

import sys

from hamstring_desktop.launcher import main

sys.exit(main())
