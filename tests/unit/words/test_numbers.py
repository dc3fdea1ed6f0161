"""Decimal numbers in the locale's own way: 3.5 in English, 3,5 in German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QLocale

from hamstring_desktop.words.numbers import decimal


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "value", "drop_zero", "expected"),
    [
        ("en_US", 3.5, False, "3.5"),
        ("en_US", 1234.5, False, "1234.5"),
        ("en_US", 4.0, True, "4"),
        ("en_US", 4.0, False, "4.0"),
        ("de_DE", 3.5, False, "3,5"),
        ("de_DE", 1234.5, False, "1234,5"),
        ("de_DE", 4.0, True, "4"),
        ("de_DE", 4.04, True, "4,0"),
    ],
)
def test_decimals_follow_the_locale(
    locale: None, name: str, value: float, drop_zero: bool, expected: str
) -> None:
    QLocale.setDefault(QLocale(name))
    assert decimal(value, drop_zero=drop_zero) == expected
