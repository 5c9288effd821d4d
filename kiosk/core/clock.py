"""One notion of now: naive UTC datetimes, as stored in the database, and as written in signed documents."""

from __future__ import annotations

import time
from datetime import date, datetime, timezone
from functools import lru_cache

UTC_TEXT = "%Y-%m-%dT%H:%M:%SZ"  # a time in a sync envelope, a trust list, a receipt


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def utc_today() -> date:
    """Today's date in UTC (what ``utcnow().date()`` gives, for a fraction of its cost)."""
    return _day(int(time.time() // 86400))


@lru_cache(maxsize=2)
def _day(days_since_1970: int) -> date:
    return date.fromordinal(_DAY_1970 + days_since_1970)


_DAY_1970 = date(1970, 1, 1).toordinal()


def format_utc(moment: datetime) -> str:
    return moment.strftime(UTC_TEXT)


def parse_utc(text: object, what: str, *, error: type[Exception] | None = None) -> datetime:
    """A time written by ``format_utc``; raises ``error`` (default ``InvalidInput``) saying what is wrong."""
    from kiosk.core.errors import InvalidInput
    from kiosk.core.say import QT_TRANSLATE_NOOP, say

    error = error or InvalidInput
    if not isinstance(text, str):
        raise error(say(QT_TRANSLATE_NOOP("core", "The %1 is not a time."), what))
    try:
        return datetime.strptime(text, UTC_TEXT)
    except ValueError as exc:
        raise error(say(QT_TRANSLATE_NOOP("core", "The %1 is not a UTC time like 2025-03-04T10:00:00Z."), what)) from exc
