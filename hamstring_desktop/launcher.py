"""The process's entry: the ``hamstring-desktop`` command, ``python -m hamstring_desktop`` and the
frozen bundle's launcher all start here.

Python's cyclic garbage collector is paused from the first line until the window's first paint.
While the app starts, Python allocates tens of thousands of objects (modules, classes, Qt's enums,
widgets) that all live on, and the collector would walk them about 75 times for nothing: about
11 ms of a start of 250 ms. It is resumed at the first paint (``app/bootstrap.py``, which first
freezes what the start-up made: see ``_start_up_over``), at once for a command that opens no
window (``cli.py``), and on every way out of ``main``. The start-up's little cyclic garbage
(about 2,400 objects, under 1 MiB, none of them Qt's) is frozen with the rest and never freed:
collecting it first would hold the window about 13 ms just after its first paint.
"""

import gc

gc.disable()  # before anything else is imported

from hamstring_desktop import code_cache, paths  # noqa: E402

code_cache.start(paths.code_cache_file())

from hamstring_desktop.cli import main as run_command  # noqa: E402


def main() -> int:
    """Run the command line (the app, or a command) and return its exit code."""
    try:
        return run_command()
    finally:
        code_cache.stop(save=False)
        gc.enable()
