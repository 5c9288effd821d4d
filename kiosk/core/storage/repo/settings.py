"""Settings: named values of this kiosk (organisation, language, the facilitator PIN's hash...)."""

from __future__ import annotations

from kiosk.core.storage.db import db
from kiosk.core.storage.models import Setting


def get_setting(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None else row.value



def get_settings(keys: list[str]) -> dict[str, str]:
    return {row.key: row.value for row in Setting.select().where(Setting.key.in_(keys))}



def put_settings(values: dict[str, str]) -> None:
    """Write several settings in one transaction."""
    with db.atomic():
        for key, value in values.items():
            Setting.insert(key=key, value=value).on_conflict_replace().execute()

