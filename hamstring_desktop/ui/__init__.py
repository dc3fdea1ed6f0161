"""Widgets. They take their dependencies in the constructor and never reach for globals."""
