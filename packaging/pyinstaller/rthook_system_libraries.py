"""PyInstaller runtime hook (Linux): programs the frozen app starts use the system's libraries.

The bootloader puts the bundle's folder first on LD_LIBRARY_PATH so that this process finds its
libraries, and children inherit it. speech-dispatcher (started by the app or by its client
library) and the file manager (File ▸ Open Routines Folder) would then load the bundle's copies of
libraries they share with it. The dynamic loader read the variable when this process started, so
giving it back its original value here changes nothing for the app itself.
"""

import os

_original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
if _original is None:
    os.environ.pop("LD_LIBRARY_PATH", None)
else:
    os.environ["LD_LIBRARY_PATH"] = _original
