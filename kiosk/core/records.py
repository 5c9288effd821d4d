"""Plain value types shared by storage and the capabilities that compute on stored data.

They live here, below both, so that ``storage.repo`` can build them directly on hot paths
without importing a capability, and the capabilities stay free of database code.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class AnswerRecord(NamedTuple):
    """One answer to one question, as storage keeps it (naive UTC time).

    A named tuple: the home screen builds tens of thousands of these each time it opens.
    """

    pack_id: str
    quiz_id: str
    question_id: str
    skills: tuple[str, ...]
    fraction: float | None
    answered_at: datetime
