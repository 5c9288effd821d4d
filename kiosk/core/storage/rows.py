"""Columns kept as JSON text, decoded on the way out (the kiosk's tables and the registry's).

With them a row maps to a record field by field (``kiosk.core.records.record_of``).
"""

from __future__ import annotations

import json
from typing import Any

from peewee import TextField

class JSONField(TextField):
    """A value kept as JSON text (UTF-8 as it is; ``sort_keys`` for documents compared as text)."""

    def __init__(self, *args: Any, sort_keys: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sort_keys = sort_keys

    def db_value(self, value: Any) -> str | None:
        if value is None and self.null:
            return None  # NULL, where the column allows it; elsewhere None is stored as JSON's null
        return json.dumps(value, ensure_ascii=False, sort_keys=self.sort_keys)

    def python_value(self, value: str | None) -> Any:
        return None if value is None else json.loads(value)
