"""Hamstring Desktop: guided hamstring self-massage for a laptop on the floor."""

__version__ = "0.1.0"
APP_NAME = "Hamstring Desktop"
APP_ID = "hamstring-desktop"
