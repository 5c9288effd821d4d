"""utc_today: the UTC date, across midnight and over the years, as datetime would give it."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from kiosk.core import clock


@pytest.mark.parametrize("moment", [
    0.0, 86399.999, 86400.0,
    datetime(2026, 12, 1, 23, 59, 59, 999000, tzinfo=timezone.utc).timestamp(),
    datetime(2026, 12, 2, 0, 0, tzinfo=timezone.utc).timestamp(),
    datetime(2028, 2, 29, 12, tzinfo=timezone.utc).timestamp(),
    datetime(2199, 12, 31, 23, 59, 59, tzinfo=timezone.utc).timestamp(),
])
def test_utc_today_is_the_utc_date_of_now(monkeypatch, moment):
    monkeypatch.setattr(time, "time", lambda: moment)
    assert clock.utc_today() == datetime.fromtimestamp(moment, timezone.utc).date()


def test_utc_today_agrees_with_utcnow():
    before = clock.utcnow().date()
    today = clock.utc_today()
    assert before <= today <= clock.utcnow().date()
