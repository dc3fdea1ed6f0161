"""Services between the pure domain and the widgets: content, settings, later audio and history."""
