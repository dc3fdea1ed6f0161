"""Session history: the SQLite store, its migrations and the exporters."""
