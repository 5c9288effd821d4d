"""The only database API the rest of Kiosk calls.

Functions take and return plain values and frozen dataclasses; no peewee
object leaves this module. Rules (what a valid name is, how a PIN is hashed)
live in the capability packages; this module only stores and fetches.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from peewee import IntegrityError

from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.records import AnswerRecord, KeptPackProgress, KeptSkillState
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage.db import db
from kiosk.core.storage.models import (
    CredentialSignoff,
    InstalledPack,
    IssuedCredential,
    KeptPackProgress as KeptPackProgressRow,
    KeptSkillState as KeptSkillStateRow,
    Learner,
    QuizAttempt,
    QuizResponse,
    RegistryRevocation,
    Setting,
    SyncAcknowledgement,
    TrustedKioskKey,
    TrustedPublisher,
    WithdrawnKeyReceipt,
)

# --- settings ---------------------------------------------------------------


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


# --- learners ---------------------------------------------------------------


@dataclass(frozen=True)
class LearnerRecord:
    id: int
    name: str
    pin_hash: str | None
    created_at: datetime
    archived: bool
    failed_pins: int
    locked_until: datetime | None
    language: str | None
    last_login_at: datetime | None
    speech_speed: str | None = None


def _record(row: Learner) -> LearnerRecord:
    return LearnerRecord(
        id=row.id,
        name=row.name,
        pin_hash=row.pin_hash,
        created_at=row.created_at,
        archived=row.archived,
        failed_pins=row.failed_pins,
        locked_until=row.locked_until,
        language=row.language,
        last_login_at=row.last_login_at,
        speech_speed=row.speech_speed,
    )


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
    return _record(row)


def get_learner(learner_id: int) -> LearnerRecord:
    row = Learner.get_or_none(Learner.id == learner_id)
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No learner with id %1."), learner_id))
    return _record(row)


def find_learner_by_name_key(name_key: str) -> LearnerRecord | None:
    row = Learner.get_or_none(Learner.name_key == name_key)
    return None if row is None else _record(row)


def list_learners(*, include_archived: bool = False) -> list[LearnerRecord]:
    query = Learner.select().order_by(Learner.name_key)
    if not include_archived:
        query = query.where(Learner.archived == False)  # noqa: E712 (peewee expression)
    return [_record(row) for row in query]


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
        _forget_kept(learner_ids=[keep_id, merge_id])


# --- installed packs --------------------------------------------------------


@dataclass(frozen=True)
class InstalledPackRecord:
    id: str
    version: str
    title: str
    language: str
    publisher: str
    publisher_key_id: str
    installed_at: datetime
    folder: str
    manifest: dict


def _pack_record(row: InstalledPack) -> InstalledPackRecord:
    return InstalledPackRecord(
        id=row.id,
        version=row.version,
        title=row.title,
        language=row.language,
        publisher=row.publisher,
        publisher_key_id=row.publisher_key_id,
        installed_at=row.installed_at,
        folder=row.folder,
        manifest=json.loads(row.manifest),
    )


def save_installed_pack(
    *,
    manifest: dict,
    folder: str,
    publisher_key_id: str,
    installed_at: datetime,
    trust: TrustedPublisherRecord | None = None,
) -> InstalledPackRecord:
    """Insert or replace the record of an installed pack (an upgrade keeps the id).

    With ``trust``, the publisher key is recorded as trusted in the same transaction.
    """
    with db.atomic():
        if trust is not None:
            _insert_trusted_publisher(trust)
        InstalledPack.insert(
            id=manifest["id"],
            version=manifest["version"],
            title=manifest["title"],
            language=manifest["language"],
            publisher=manifest["publisher"],
            publisher_key_id=publisher_key_id,
            installed_at=installed_at,
            folder=folder,
            manifest=json.dumps(manifest, ensure_ascii=False, sort_keys=True),
        ).on_conflict_replace().execute()
    return get_installed_pack(manifest["id"])


def get_installed_pack(pack_id: str) -> InstalledPackRecord:
    row = InstalledPack.get_or_none(InstalledPack.id == pack_id)
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No pack with id %1 is installed."), repr(pack_id)))
    return _pack_record(row)


def list_installed_packs() -> list[InstalledPackRecord]:
    return [_pack_record(row) for row in InstalledPack.select().order_by(InstalledPack.title)]


def delete_installed_pack(pack_id: str) -> None:
    InstalledPack.delete().where(InstalledPack.id == pack_id).execute()


# --- issued credentials -----------------------------------------------------


@dataclass(frozen=True)
class IssuedCredentialRecord:
    id: str
    learner_id: int
    learner_name: str
    credential_id: str
    title: str
    skills: list[dict]
    pack_id: str
    issued_at: datetime
    method: str
    score: float | None
    short_code: str
    payload: str
    revoked_at: datetime | None
    revoke_reason: str | None
    badge: str | None = None  # the full Open Badge: facts and proofs as JSON text (ob3.parse_badge)


def _issued_record(row: IssuedCredential) -> IssuedCredentialRecord:
    return IssuedCredentialRecord(
        id=row.id,
        learner_id=row.learner_id,
        learner_name=row.learner.name,
        credential_id=row.credential_id,
        title=row.title,
        skills=json.loads(row.skills),
        pack_id=row.pack_id,
        issued_at=row.issued_at,
        method=row.method,
        score=row.score,
        short_code=row.short_code,
        payload=row.payload,
        revoked_at=row.revoked_at,
        revoke_reason=row.revoke_reason,
        badge=row.badge,
    )


def _issued_query():
    return IssuedCredential.select(IssuedCredential, Learner).join(Learner)


def insert_issued_credential(
    *,
    id: str,
    learner_id: int,
    credential_id: str,
    title: str,
    skills: list[dict],
    pack_id: str,
    issued_at: datetime,
    method: str,
    score: float | None,
    short_code: str,
    payload: str,
    badge: str | None = None,
) -> IssuedCredentialRecord:
    """Store a new issued credential; raises ``IntegrityError`` if its id or short code is taken."""
    with db.atomic():
        IssuedCredential.insert(
            id=id,
            learner=learner_id,
            credential_id=credential_id,
            title=title,
            skills=json.dumps(skills, ensure_ascii=False),
            pack_id=pack_id,
            issued_at=issued_at,
            method=method,
            score=score,
            short_code=short_code,
            payload=payload,
            badge=badge,
        ).execute()
    return get_issued_credential(id)


def set_issued_badge(issued_id: str, badge: str) -> None:
    """Give a credential issued before badges existed its badge (once: a badge is never replaced)."""
    IssuedCredential.update(badge=badge).where(
        (IssuedCredential.id == issued_id) & IssuedCredential.badge.is_null()
    ).execute()


def get_issued_credential(issued_id: str) -> IssuedCredentialRecord:
    row = _issued_query().where(IssuedCredential.id == issued_id).first()
    if row is None:
        raise NotFound(
            say(
                QT_TRANSLATE_NOOP("core", "No issued credential with id %1 (see 'kiosk credential list')."),
                repr(issued_id),
            )
        )
    return _issued_record(row)


def find_issued_credential(issued_id: str) -> IssuedCredentialRecord | None:
    row = _issued_query().where(IssuedCredential.id == issued_id).first()
    return None if row is None else _issued_record(row)


def find_issued_by_short_code(short_code: str) -> IssuedCredentialRecord | None:
    row = _issued_query().where(IssuedCredential.short_code == short_code).first()
    return None if row is None else _issued_record(row)


def find_active_issued(learner_id: int, credential_id: str) -> IssuedCredentialRecord | None:
    """The learner's unrevoked award of a credential, if any."""
    row = (
        _issued_query()
        .where(
            (IssuedCredential.learner == learner_id)
            & (IssuedCredential.credential_id == credential_id)
            & IssuedCredential.revoked_at.is_null()
        )
        .first()
    )
    return None if row is None else _issued_record(row)


def list_issued_credentials(
    *, learner_id: int | None = None, include_revoked: bool = True
) -> list[IssuedCredentialRecord]:
    query = _issued_query().order_by(IssuedCredential.issued_at, IssuedCredential.id)
    if learner_id is not None:
        query = query.where(IssuedCredential.learner == learner_id)
    if not include_revoked:
        query = query.where(IssuedCredential.revoked_at.is_null())
    return [_issued_record(row) for row in query]


def mark_issued_revoked(issued_id: str, *, at: datetime, reason: str | None) -> None:
    IssuedCredential.update(revoked_at=at, revoke_reason=reason).where(IssuedCredential.id == issued_id).execute()


# --- the organisation's trust list, as this kiosk holds it ----------------------


@dataclass(frozen=True)
class TrustedKeyRecord:
    key_id: str
    public_key: str
    name: str
    added_at: datetime  # approved by the organisation
    revoked_at: datetime | None  # withdrawn by the organisation


def _key_record(row: TrustedKioskKey) -> TrustedKeyRecord:
    return TrustedKeyRecord(
        key_id=row.key_id, public_key=row.public_key, name=row.name, added_at=row.added_at, revoked_at=row.revoked_at
    )


def find_trusted_kiosk_key(key_id: str) -> TrustedKeyRecord | None:
    row = TrustedKioskKey.get_or_none(TrustedKioskKey.key_id == key_id)
    return None if row is None else _key_record(row)


def receipt_recorded(key_id: str, digest: str) -> bool:
    """Whether the trust list says the organisation received this certificate of a withdrawn key in time."""
    query = WithdrawnKeyReceipt.select().where(
        (WithdrawnKeyReceipt.key_id == key_id) & (WithdrawnKeyReceipt.digest == digest)
    )
    return query.exists()


def count_trust_store() -> tuple[int, int, int]:
    """(kiosk keys, of them withdrawn, revoked credentials) held from the trust list."""
    return (
        TrustedKioskKey.select().count(),
        TrustedKioskKey.select().where(TrustedKioskKey.revoked_at.is_null(False)).count(),
        RegistryRevocation.select().count(),
    )


_CHUNK = 500


def replace_trust_store(
    *,
    kiosks: list[TrustedKeyRecord],
    receipts: list[tuple[str, str]],
    revocations: list[tuple[str, datetime]],
    settings: dict[str, str],
    at: datetime,
) -> None:
    """Put a newly accepted trust list in place of the one held, with its settings, in one transaction."""
    with db.atomic():
        TrustedKioskKey.delete().execute()
        WithdrawnKeyReceipt.delete().execute()
        RegistryRevocation.delete().execute()
        rows = [
            {"key_id": k.key_id, "public_key": k.public_key, "name": k.name, "added_at": k.added_at,
             "revoked_at": k.revoked_at}
            for k in kiosks
        ]
        for i in range(0, len(rows), _CHUNK):
            TrustedKioskKey.insert_many(rows[i : i + _CHUNK]).execute()
        for i in range(0, len(receipts), _CHUNK):
            WithdrawnKeyReceipt.insert_many(
                [{"key_id": k, "digest": d} for k, d in receipts[i : i + _CHUNK]]
            ).execute()
        for i in range(0, len(revocations), _CHUNK):
            RegistryRevocation.insert_many(
                [{"id": c, "revoked_at": r, "reason": None, "pulled_at": at} for c, r in revocations[i : i + _CHUNK]]
            ).execute()
        put_settings(settings)


def clear_trust_store(settings: dict[str, str]) -> None:
    """Forget the held trust list (a new organisation key was pinned), and set ``settings``."""
    with db.atomic():
        TrustedKioskKey.delete().execute()
        WithdrawnKeyReceipt.delete().execute()
        RegistryRevocation.delete().execute()
        Setting.delete().where(Setting.key.in_(list(TRUST_SETTINGS))).execute()
        put_settings(settings)


TRUST_SETTINGS = ("trust_list", "trust_sequence", "trust_issued_at", "trust_received_at")


# --- quiz attempts and responses ---------------------------------------------
# Callers pass the learner id of a LearnerSession (kiosk.core.quiz.records);
# every query is scoped to that learner.


@dataclass(frozen=True)
class QuizAttemptRecord:
    id: int
    learner_id: int
    pack_id: str
    quiz_id: str
    seed: int
    started_at: datetime
    finished_at: datetime | None
    score: float | None


@dataclass(frozen=True)
class QuizResponseRecord:
    id: int
    attempt_id: int
    learner_id: int
    pack_id: str
    question_id: str
    skills: tuple[str, ...]
    response: object
    fraction: float | None
    correct: bool
    answered_at: datetime
    review_status: str | None
    reviewer_fraction: float | None


def _attempt_record(row: QuizAttempt) -> QuizAttemptRecord:
    return QuizAttemptRecord(
        id=row.id,
        learner_id=row.learner_id,
        pack_id=row.pack_id,
        quiz_id=row.quiz_id,
        seed=row.seed,
        started_at=row.started_at,
        finished_at=row.finished_at,
        score=row.score,
    )


def _response_record(row: QuizResponse) -> QuizResponseRecord:
    return QuizResponseRecord(
        id=row.id,
        attempt_id=row.attempt_id,
        learner_id=row.learner_id,
        pack_id=row.pack_id,
        question_id=row.question_id,
        skills=tuple(json.loads(row.skills)),
        response=json.loads(row.response),
        fraction=row.fraction,
        correct=bool(row.correct),
        answered_at=row.answered_at,
        review_status=row.review_status,
        reviewer_fraction=row.reviewer_fraction,
    )


def insert_quiz_attempt(
    *, learner_id: int, pack_id: str, quiz_id: str, seed: int, started_at: datetime
) -> QuizAttemptRecord:
    with db.atomic():
        row = QuizAttempt.create(
            learner=learner_id, pack_id=pack_id, quiz_id=quiz_id, seed=seed, started_at=started_at
        )
    return _attempt_record(row)


def _own_attempt(attempt_id: int, learner_id: int) -> QuizAttempt:
    row = QuizAttempt.get_or_none((QuizAttempt.id == attempt_id) & (QuizAttempt.learner == learner_id))
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No quiz attempt %1 for this learner."), attempt_id))
    return row


def record_quiz_response(
    *,
    attempt_id: int,
    learner_id: int,
    question_id: str,
    skills: list[str],
    response: object,
    fraction: float | None,
    correct: bool,
    answered_at: datetime,
    review_status: str | None,
) -> QuizResponseRecord:
    """Store one answer in its own transaction; refused if the attempt is not this learner's or is finished."""
    with db.atomic():
        attempt = _own_attempt(attempt_id, learner_id)
        if attempt.finished_at is not None:
            raise InvalidInput(
                say(QT_TRANSLATE_NOOP("core", "This quiz is already finished; start it again to answer."))
            )
        row = QuizResponse.create(
            attempt=attempt_id,
            learner=learner_id,
            pack_id=attempt.pack_id,
            question_id=question_id,
            skills=json.dumps(list(skills), ensure_ascii=False),
            response=json.dumps(response, ensure_ascii=False),
            fraction=fraction,
            correct=correct,
            answered_at=answered_at,
            review_status=review_status,
        )
    return _response_record(row)


def finish_quiz_attempt(
    *, attempt_id: int, learner_id: int, score: float | None, finished_at: datetime
) -> QuizAttemptRecord:
    with db.atomic():
        _own_attempt(attempt_id, learner_id)
        QuizAttempt.update(score=score, finished_at=finished_at).where(QuizAttempt.id == attempt_id).execute()
        return _attempt_record(QuizAttempt.get_by_id(attempt_id))


def get_quiz_attempt(*, attempt_id: int, learner_id: int) -> QuizAttemptRecord:
    return _attempt_record(_own_attempt(attempt_id, learner_id))


def list_quiz_attempts(*, learner_id: int, pack_id: str) -> list[QuizAttemptRecord]:
    query = (
        QuizAttempt.select()
        .where((QuizAttempt.learner == learner_id) & (QuizAttempt.pack_id == pack_id))
        .order_by(QuizAttempt.started_at, QuizAttempt.id)
    )
    return [_attempt_record(row) for row in query]


def list_quiz_responses(*, learner_id: int, pack_id: str, attempt_id: int | None = None) -> list[QuizResponseRecord]:
    """A learner's responses for a pack, oldest first (optionally one attempt's)."""
    query = QuizResponse.select().where((QuizResponse.learner == learner_id) & (QuizResponse.pack_id == pack_id))
    if attempt_id is not None:
        query = query.where(QuizResponse.attempt == attempt_id)
    return [_response_record(row) for row in query.order_by(QuizResponse.answered_at, QuizResponse.id)]


def list_answers(*, learner_id: int) -> list[AnswerRecord]:
    """Every answer of one learner, in no particular order (mastery sorts what it needs)."""
    return [answer for answers in answers_by_pack([learner_id]).values() for answer in answers]


def answers_by_pack(
    learner_ids: Collection[int], *, pack_ids: Collection[str] | None = None
) -> dict[tuple[int, str], list[AnswerRecord]]:
    """These learners' answers (only in ``pack_ids``, if given) by (learner id, pack id), in no particular order.

    Mastery replays these whenever what it kept is stale, so this path stays lean: one query
    over only the columns mastery reads, no model objects, each distinct skills list decoded once.
    """
    found: dict[tuple[int, str], list[AnswerRecord]] = {}
    if not learner_ids or (pack_ids is not None and not pack_ids):
        return found
    learners = list(learner_ids)
    sql = (
        "SELECT r.learner_id, r.pack_id, a.quiz_id, r.question_id, r.skills, r.fraction, r.answered_at "
        "FROM quiz_response AS r JOIN quiz_attempt AS a ON a.id = r.attempt_id "
        f"WHERE r.learner_id IN ({_marks(learners)})"
    )
    params: list = learners
    if pack_ids is not None:
        packs = list(pack_ids)
        sql += f" AND r.pack_id IN ({_marks(packs)})"
        params = learners + packs
    skills_of: dict[str, tuple[str, ...]] = {}
    parse_time = datetime.fromisoformat
    make = tuple.__new__  # an AnswerRecord without the named tuple's Python-level constructor: a million times cheaper
    pair: tuple[int, str] | None = None
    answers: list[AnswerRecord] = []
    for learner_id, pack_id, quiz_id, question_id, skills, fraction, answered_at in db.execute_sql(sql, params):
        decoded = skills_of.get(skills)
        if decoded is None:
            decoded = skills_of[skills] = tuple(json.loads(skills))
        if pair is None or pair[0] != learner_id or pair[1] != pack_id:
            pair = (learner_id, pack_id)
            answers = found.setdefault(pair, [])
        answers.append(make(AnswerRecord, (pack_id, quiz_id, question_id, decoded, fraction, parse_time(answered_at))))
    return found


def _marks(values: Collection) -> str:
    return ", ".join("?" * len(values))


def best_quiz_scores(*, learner_id: int) -> dict[tuple[str, str], float]:
    """The best score of each quiz a learner finished: {(pack id, quiz id): score 0..1}."""
    cursor = db.execute_sql(
        "SELECT pack_id, quiz_id, MAX(score) FROM quiz_attempt "
        "WHERE learner_id = ? AND finished_at IS NOT NULL AND score IS NOT NULL GROUP BY pack_id, quiz_id",
        (learner_id,),
    )
    return {(pack_id, quiz_id): score for pack_id, quiz_id, score in cursor}


def list_pending_essays(pack_id: str | None = None) -> list[QuizResponseRecord]:
    """Essay answers waiting for a facilitator, oldest first (for the facilitator's screens)."""
    query = QuizResponse.select().where(QuizResponse.review_status == "pending")
    if pack_id is not None:
        query = query.where(QuizResponse.pack_id == pack_id)
    return [_response_record(row) for row in query.order_by(QuizResponse.answered_at, QuizResponse.id)]


def review_essay(*, response_id: int, fraction: float) -> QuizResponseRecord:
    """A facilitator's grade for an essay answer (the learner's kept mastery in that pack is forgotten:
    the mark changes what the answers say without adding one)."""
    with db.atomic():
        row = QuizResponse.get_or_none(QuizResponse.id == response_id)
        if row is None or row.review_status is None:
            raise NotFound(say(QT_TRANSLATE_NOOP("core", "No essay answer %1."), response_id))
        QuizResponse.update(
            review_status="reviewed", reviewer_fraction=fraction, fraction=fraction, correct=fraction >= 0.999
        ).where(QuizResponse.id == response_id).execute()
        _forget_kept(learner_ids=[row.learner_id], pack_id=row.pack_id)
        return _response_record(QuizResponse.get_by_id(response_id))


# --- kept mastery: recomputable from the answers -------------------------------
# Written and read by kiosk.core.mastery.kept. Every change to answers that adds none
# (an essay's mark, a merge) forgets what was kept, in the same transaction.


def last_answer_ids(*, learner_id: int, pack_ids: Collection[str]) -> dict[str, int]:
    """The id of one learner's last answer in each of these packs (packs with none are left out).

    One index lookup per pack: a new answer always gets a larger id than any before it.
    """
    found = {}
    for pack_id in pack_ids:
        (last,) = db.execute_sql(
            "SELECT MAX(id) FROM quiz_response WHERE learner_id = ? AND pack_id = ?", (learner_id, pack_id)
        ).fetchone()
        if last is not None:
            found[pack_id] = last
    return found


def all_last_answer_ids() -> dict[tuple[int, str], int]:
    """(learner id, pack id) -> the id of the pair's last answer, for every pair with answers
    (one pass over the (learner, pack) index)."""
    cursor = db.execute_sql("SELECT learner_id, pack_id, MAX(id) FROM quiz_response GROUP BY learner_id, pack_id")
    return {(learner_id, pack_id): last for learner_id, pack_id, last in cursor}


def recent_answer_counts(pairs: Collection[tuple[int, str]], *, since: datetime) -> dict[tuple[int, str], int]:
    """How many answers each (learner id, pack id) pair has at or after ``since`` (pairs with none are left out)."""
    found: dict[tuple[int, str], int] = {}
    learners = sorted({learner_id for learner_id, _ in pairs})
    wanted = set(pairs)
    for start in range(0, len(learners), 500):
        chunk = learners[start : start + 500]
        cursor = db.execute_sql(
            "SELECT learner_id, pack_id, COUNT(*) FROM quiz_response "
            f"WHERE learner_id IN ({_marks(chunk)}) AND answered_at >= ? GROUP BY learner_id, pack_id",
            [*chunk, QuizResponse.answered_at.db_value(since)],
        )
        found.update({(lid, pack): count for lid, pack, count in cursor if (lid, pack) in wanted})
    return found


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


_KEPT_PACK_SQL = (
    "SELECT learner_id, pack_id, rule, last_answer_id, answers, last_answered_at, tenth_last_answered_at, "
    "skills, mastered, progress, latest_mastered_at FROM kept_pack_progress"
)


def kept_pack_progress(*, learner_id: int | None = None) -> dict[tuple[int, str], KeptPackProgress]:
    """What is kept per (learner id, pack id), for every learner or one."""
    sql, params = _KEPT_PACK_SQL, ()
    if learner_id is not None:
        sql, params = sql + " WHERE learner_id = ?", (learner_id,)
    return {
        (row[0], row[1]): KeptPackProgress(
            row[0], row[1], row[2], row[3], row[4], _time(row[5]), _time(row[6]), row[7], row[8], row[9], _time(row[10])
        )
        for row in db.execute_sql(sql, params)
    }


def kept_skill_states(*, learner_id: int, pack_ids: Collection[str]) -> list[KeptSkillState]:
    """The kept skill states of one learner in these packs."""
    if not pack_ids:
        return []
    packs = list(pack_ids)
    cursor = db.execute_sql(
        "SELECT learner_id, pack_id, skill_id, status, progress, explanation, attempts, mastered_at, due_at, "
        f"needs_review FROM kept_skill_state WHERE learner_id = ? AND pack_id IN ({_marks(packs)})",
        [learner_id, *packs],
    )
    return [
        KeptSkillState(row[0], row[1], row[2], row[3], row[4], row[5], row[6], _time(row[7]), _time(row[8]), bool(row[9]))
        for row in cursor
    ]


def keep_progress(packs: Iterable[KeptPackProgress], skills: Iterable[KeptSkillState]) -> None:
    """Keep these (learner, pack) standings and their skills' states, replacing what was kept for those pairs.

    Plain statements, many rows each (a busy kiosk's report keeps tens of thousands at once).
    """
    packs, skills = list(packs), list(skills)
    connection = db.connection()
    with db.atomic():
        connection.executemany(
            "DELETE FROM kept_skill_state WHERE learner_id = ? AND pack_id = ?",
            [(pack.learner_id, pack.pack_id) for pack in packs],
        )
        connection.executemany(
            f"INSERT OR REPLACE INTO kept_pack_progress ({', '.join(KeptPackProgress._fields)}) "
            f"VALUES ({_marks(KeptPackProgress._fields)})",
            [tuple(_stamp(value) for value in pack) for pack in packs],
        )
        connection.executemany(
            f"INSERT OR REPLACE INTO kept_skill_state ({', '.join(KeptSkillState._fields)}) "
            f"VALUES ({_marks(KeptSkillState._fields)})",
            [tuple(_stamp(value) for value in skill) for skill in skills],
        )


def _stamp(value: object) -> object:
    """A time as storage writes every time (``2026-01-31 09:15:00.000000``-like); other values as they are."""
    return value.isoformat(" ") if isinstance(value, datetime) else value


def _forget_kept(*, learner_ids: Collection[int], pack_id: str | None = None) -> None:
    for model in (KeptPackProgressRow, KeptSkillStateRow):
        query = model.delete().where(model.learner.in_(list(learner_ids)))
        if pack_id is not None:
            query = query.where(model.pack_id == pack_id)
        query.execute()


# --- trusted publisher keys -------------------------------------------------


@dataclass(frozen=True)
class TrustedPublisherRecord:
    fingerprint: str
    public_key: str
    label: str
    pack_id_prefix: str  # "" means any pack
    trusted_at: datetime


def _trusted_record(row: TrustedPublisher) -> TrustedPublisherRecord:
    return TrustedPublisherRecord(
        fingerprint=row.fingerprint,
        public_key=row.public_key,
        label=row.label,
        pack_id_prefix=row.pack_id_prefix,
        trusted_at=row.trusted_at,
    )


def _insert_trusted_publisher(record: TrustedPublisherRecord) -> None:
    TrustedPublisher.insert(
        fingerprint=record.fingerprint,
        public_key=record.public_key,
        label=record.label,
        pack_id_prefix=record.pack_id_prefix,
        trusted_at=record.trusted_at,
    ).on_conflict_replace().execute()


def save_trusted_publisher(record: TrustedPublisherRecord) -> TrustedPublisherRecord:
    with db.atomic():
        _insert_trusted_publisher(record)
    return record


def get_trusted_publisher(fingerprint: str) -> TrustedPublisherRecord | None:
    row = TrustedPublisher.get_or_none(TrustedPublisher.fingerprint == fingerprint)
    return None if row is None else _trusted_record(row)


def list_trusted_publishers() -> list[TrustedPublisherRecord]:
    return [_trusted_record(row) for row in TrustedPublisher.select().order_by(TrustedPublisher.trusted_at)]


def delete_trusted_publisher(fingerprint: str) -> None:
    TrustedPublisher.delete().where(TrustedPublisher.fingerprint == fingerprint).execute()


# --- sync with a registry ---------------------------------------------------


def acknowledged_ids(registry: str, kind: str) -> set[str]:
    """Ids of the items of ``kind`` ("credential" | "revocation") that ``registry`` has acknowledged."""
    query = SyncAcknowledgement.select(SyncAcknowledgement.item_id).where(
        (SyncAcknowledgement.registry == registry) & (SyncAcknowledgement.kind == kind)
    )
    return {row.item_id for row in query}


def record_acknowledgements(registry: str, kind: str, item_ids: list[str], *, at: datetime) -> None:
    with db.atomic():
        for item_id in item_ids:
            SyncAcknowledgement.insert(
                registry=registry, kind=kind, item_id=item_id, acknowledged_at=at
            ).on_conflict_ignore().execute()


@dataclass(frozen=True)
class RegistryRevocationRecord:
    id: str
    revoked_at: datetime
    pulled_at: datetime


def find_registry_revocation(credential_id: str) -> RegistryRevocationRecord | None:
    """A revocation from the organisation's trust list."""
    row = RegistryRevocation.get_or_none(RegistryRevocation.id == credential_id)
    if row is None:
        return None
    return RegistryRevocationRecord(id=row.id, revoked_at=row.revoked_at, pulled_at=row.pulled_at)


# --- facilitator sign-offs --------------------------------------------------


def list_signoffs(learner_id: int) -> set[str]:
    """Global ids of the credentials a facilitator signed off for this learner."""
    query = CredentialSignoff.select(CredentialSignoff.credential_id).where(CredentialSignoff.learner == learner_id)
    return {row.credential_id for row in query}


def insert_signoff(*, learner_id: int, credential_id: str, at: datetime) -> None:
    """Record a sign-off (again is harmless)."""
    with db.atomic():
        CredentialSignoff.insert(learner=learner_id, credential_id=credential_id, signed_at=at).on_conflict_ignore().execute()


# --- facilitator reports ----------------------------------------------------


def get_quiz_response(response_id: int) -> QuizResponseRecord:
    row = QuizResponse.get_or_none(QuizResponse.id == response_id)
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No answer %1."), response_id))
    return _response_record(row)


def get_quiz_attempt_any(attempt_id: int) -> QuizAttemptRecord:
    """An attempt by id, whoever made it (for the facilitator's review)."""
    row = QuizAttempt.get_or_none(QuizAttempt.id == attempt_id)
    if row is None:
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "No quiz attempt %1."), attempt_id))
    return _attempt_record(row)
