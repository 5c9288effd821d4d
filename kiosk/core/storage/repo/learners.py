"""Learners' profiles."""

from __future__ import annotations

import json
from datetime import datetime

from peewee import IntegrityError

from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.records import LearnerRecord, record_of
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage.db import db
from kiosk.core.storage.models import CredentialSignoff, IssuedCredential, Learner, QuizAttempt, QuizResponse
from kiosk.core.storage.repo.kept import forget_kept


def insert_learner(*, name: str, name_key: str, pin_hash: str | None, language: str | None) -> LearnerRecord:
    try:
        with db.atomic():
            row = Learner.create(name=name, name_key=name_key, pin_hash=pin_hash, language=language)
    except IntegrityError as exc:
        raise InvalidInput(
            say(
                QT_TRANSLATE_NOOP("core", "A learner called %1 already exists; add a surname or an initial."),
                repr(name),
            )
        ) from exc
    return record_of(LearnerRecord, row)



def get_learner(learner_id: int) -> LearnerRecord:
    row = Learner.get_or_none(Learner.id == learner_id)
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No learner with id %1."), learner_id))
    return record_of(LearnerRecord, row)



def find_learner_by_name_key(name_key: str) -> LearnerRecord | None:
    row = Learner.get_or_none(Learner.name_key == name_key)
    return None if row is None else record_of(LearnerRecord, row)



def list_learners(*, include_archived: bool = False) -> list[LearnerRecord]:
    query = Learner.select().order_by(Learner.name_key)
    if not include_archived:
        query = query.where(Learner.archived == False)  # noqa: E712 (peewee expression)
    return [record_of(LearnerRecord, row) for row in query]



def record_pin_failure(learner_id: int, *, failed_pins: int, locked_until: datetime | None) -> None:
    Learner.update(failed_pins=failed_pins, locked_until=locked_until).where(Learner.id == learner_id).execute()



def record_login(learner_id: int, *, at: datetime) -> None:
    Learner.update(failed_pins=0, locked_until=None, last_login_at=at).where(Learner.id == learner_id).execute()



def set_learner_pin_hash(learner_id: int, pin_hash: str | None) -> None:
    Learner.update(pin_hash=pin_hash, failed_pins=0, locked_until=None).where(Learner.id == learner_id).execute()



def set_learner_speech_speed(learner_id: int, speed: str) -> None:
    get_learner(learner_id)
    Learner.update(speech_speed=speed).where(Learner.id == learner_id).execute()



def get_home_seen(learner_id: int) -> dict | None:
    """What the learner's home last showed them (``set_home_seen``), or None before its first showing."""
    row = Learner.get_or_none(Learner.id == learner_id)
    if row is None or row.home_seen is None:
        return None
    try:
        seen = json.loads(row.home_seen)
    except ValueError:
        return None
    return seen if isinstance(seen, dict) else None



def set_home_seen(learner_id: int, seen: dict) -> None:
    Learner.update(home_seen=json.dumps(seen, sort_keys=True, ensure_ascii=False)).where(
        Learner.id == learner_id
    ).execute()



def set_learner_archived(learner_id: int, archived: bool) -> None:
    get_learner(learner_id)
    Learner.update(archived=archived).where(Learner.id == learner_id).execute()



def merge_learner_records(*, keep_id: int, merge_id: int) -> None:
    """Move one learner's attempts, answers, credentials and sign-offs to another; archive the first.

    One transaction: either everything moves or nothing does. A sign-off both hold is kept once.
    """
    with db.atomic():
        QuizAttempt.update(learner=keep_id).where(QuizAttempt.learner == merge_id).execute()
        QuizResponse.update(learner=keep_id).where(QuizResponse.learner == merge_id).execute()
        IssuedCredential.update(learner=keep_id).where(IssuedCredential.learner == merge_id).execute()
        held = {row.credential_id for row in CredentialSignoff.select().where(CredentialSignoff.learner == keep_id)}
        CredentialSignoff.delete().where(
            (CredentialSignoff.learner == merge_id) & CredentialSignoff.credential_id.in_(held or {""})
        ).execute()
        CredentialSignoff.update(learner=keep_id).where(CredentialSignoff.learner == merge_id).execute()
        Learner.update(archived=True).where(Learner.id == merge_id).execute()
        forget_kept(learner_ids=[keep_id, merge_id])

