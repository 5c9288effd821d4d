"""From database rows to core's records, one way for every table (the kiosk's and the registry's).

``record_of`` copies a peewee row's attributes into a frozen record by the record's field
names; a column stored as JSON text is a ``JSONField``, so it arrives decoded.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, TypeVar

from peewee import TextField

R = TypeVar("R")


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


@cache
def _names(record_type: type) -> tuple[str, ...]:
    if is_dataclass(record_type):
        return tuple(field.name for field in fields(record_type))
    return tuple(record_type._fields)  # a NamedTuple


def record_of(record_type: type[R], row: object, **given: Any) -> R:
    """The record of ``row``: each field from the row's attribute of that name, or from ``given``."""
    return record_type(**{name: given[name] if name in given else getattr(row, name) for name in _names(record_type)})
