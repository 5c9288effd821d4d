"""What the facilitator does to learner profiles: search, reset a PIN, archive, merge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.core.errors import InvalidInput
from kiosk.core.learners import pins
from kiosk.core.records import LearnerRecord, record_of
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo


@dataclass(frozen=True)
class LearnerSummary:
    """One row of the facilitator's learner list."""

    id: int
    name: str
    has_pin: bool
    archived: bool
    language: str | None
    last_login_at: datetime | None


def _summary(record: LearnerRecord) -> LearnerSummary:
    return record_of(LearnerSummary, record, has_pin=record.pin_hash is not None)


def search_learners(text: str = "", *, include_archived: bool = False) -> list[LearnerSummary]:
    """Learners whose name has every word of ``text`` (any order; case and accents ignored), by name."""
    from kiosk.core.learners.profiles import name_matches

    return [_summary(r) for r in repo.list_learners(include_archived=include_archived) if name_matches(text, r.name)]


def reset_pin(learner_id: int, new_pin: str | None) -> LearnerSummary:
    """Give the learner a new PIN, or none (``new_pin`` None or empty); clears any lockout."""
    record = repo.get_learner(learner_id)
    pin_hash = pins.hash_pin(new_pin) if new_pin else None
    repo.set_learner_pin_hash(record.id, pin_hash)
    return _summary(repo.get_learner(record.id))


def archive_learner(learner_id: int, *, archived: bool = True) -> LearnerSummary:
    """Hide a learner from the picker (their records stay); ``archived=False`` brings them back."""
    repo.set_learner_archived(learner_id, archived)
    return _summary(repo.get_learner(learner_id))


def merge_learners(keep_id: int, merge_id: int) -> LearnerSummary:
    """Fold a profile made by mistake (``merge_id``) into the person's real one (``keep_id``).

    Quiz attempts and answers, issued credentials and sign-offs move in one
    transaction; the merged profile is archived. Refuses a learner merged into itself.
    """
    if keep_id == merge_id:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Choose two different learners to merge.")))
    keep = repo.get_learner(keep_id)
    merged = repo.get_learner(merge_id)
    if keep.archived:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "%1 is archived; merge into a profile in use."), keep.name))
    repo.merge_learner_records(keep_id=keep.id, merge_id=merged.id)
    return _summary(repo.get_learner(keep.id))
