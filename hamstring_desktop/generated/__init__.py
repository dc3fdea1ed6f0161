"""Code generated from the repository's own sources by packaging/ scripts. Never edit it by hand:
change the source and regenerate (a test fails while a generated file is stale).

- ``qt_resources.py``: assets/ compiled into Qt resources (packaging/build_resources.py).
"""
