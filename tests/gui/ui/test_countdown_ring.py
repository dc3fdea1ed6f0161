"""The big countdown: digits as tall as promised, a ring that empties, repaints kept small."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QColor, QImage

from hamstring_desktop.ui.countdown_ring import CountdownRing


def test_at_its_minimum_size_the_digits_are_as_tall_as_asked(qtbot: QtBot) -> None:
    for wanted in (72, 96, 160):
        ring = CountdownRing(min_digit_px=wanted)
        qtbot.addWidget(ring)
        ring.resize(ring.minimumSizeHint())
        assert ring.digit_pixel_height() >= wanted - 1  # one pixel of rounding
        ring.resize(ring.minimumSizeHint() * 2)
        assert ring.digit_pixel_height() >= 2 * wanted - 2  # they grow with the ring


def test_the_digits_read_m_ss_from_a_minute_and_seconds_below(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_time(95, 120)
    assert ring.text == "1:35" and ring.accessibleDescription() == "1:35"
    ring.set_time(9, 120)
    assert ring.text == "9"


def arc_pixels(ring: CountdownRing, colour: QColor) -> int:
    image: QImage = ring.grab().toImage()
    return sum(
        image.pixelColor(x, y) == colour
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def test_the_ring_empties_as_time_runs_out(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(400, 400)
    colour = QColor("#E69F00")
    ring.set_colour(colour.name())
    ring.set_time(60, 60)
    full = arc_pixels(ring, colour)
    ring.set_time(30, 60)
    half = arc_pixels(ring, colour)
    ring.set_time(0, 60)
    empty = arc_pixels(ring, colour)
    assert full > 0 and abs(half / full - 0.5) < 0.05 and empty < full * 0.02


def test_a_new_second_repaints_only_what_changed(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(400, 400)
    ring.show()
    qtbot.waitExposed(ring)
    ring.set_time(45, 60)
    regions: list[int] = []
    original = ring.update

    def noted(*args: object) -> None:
        if args:
            bounds = args[0].boundingRect()  # type: ignore[attr-defined]
            regions.append(bounds.width() * bounds.height())
        original(*args)  # type: ignore[arg-type]

    ring.update = noted  # type: ignore[method-assign]
    ring.set_time(44, 60)
    assert regions and regions[0] < 400 * 400 * 0.6  # the digits and the moved arc, not the whole
    ring.set_time(44, 60)
    assert len(regions) == 1  # the same second again: nothing to repaint
