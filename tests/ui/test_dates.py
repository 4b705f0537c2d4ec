"""Dates and times in each locale's own order and words (reflect.ui.common.dates)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale

from reflect.ui.common.dates import clock_time, date_pattern, medium_date

DAY = date(2026, 3, 3)  # a Tuesday


@pytest.mark.parametrize(
    ("locale", "medium", "with_weekday", "no_year", "clock"),
    [
        ("en_GB", "3 Mar 2026", "Tue 3 Mar 2026", "3 Mar", "21:05"),
        ("en_US", "Mar 3, 2026", "Tue Mar 3, 2026", "Mar 3", "9:05\u202fPM"),
        ("de_DE", "3. März 2026", "Di. 3. März 2026", "3. März", "21:05"),
        ("fr_FR", "3 mars 2026", "mar. 3 mars 2026", "3 mars", "21:05"),
        ("es_ES", "3 de mar de 2026", "mar 3 de mar de 2026", "3 de mar", "21:05"),
    ],
)
def test_each_locale_writes_its_own_dates(
    locale: str, medium: str, with_weekday: str, no_year: str, clock: str
) -> None:
    loc = QLocale(locale)
    assert medium_date(DAY, loc) == medium
    assert medium_date(DAY, loc, weekday=True) == with_weekday
    assert medium_date(DAY, loc, year=False) == no_year
    assert clock_time(time(21, 5), loc).replace(" ", "\u202f") == clock


def test_patterns_never_carry_the_long_weekday_or_month() -> None:
    for name in ("en_GB", "en_US", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "es_ES", "es_MX"):
        pattern = date_pattern(QLocale(name))
        assert "dddd" not in pattern and "MMMM" not in pattern and "MMM" in pattern
        assert "yyyy" in pattern
