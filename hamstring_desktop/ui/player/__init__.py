"""The session player: a page per state (idle, session, check-out) and a host that switches them."""

from hamstring_desktop.ui.player.host import CHECK_OUT, EDITOR, IDLE, SESSION, PlayerWidget

__all__ = ["CHECK_OUT", "EDITOR", "IDLE", "SESSION", "PlayerWidget"]
