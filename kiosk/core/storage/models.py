"""peewee models: the current schema. Only ``repo``, ``migrations`` and the backup's schema check use them."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from kiosk.core.clock import utcnow
from kiosk.core.storage.db import db
from kiosk.core.storage.rows import JSONField


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class Learner(BaseModel):
    id = AutoField()
    name = CharField()
    # Lower-cased, space-folded name: two profiles may not share it.
    name_key = CharField(unique=True)
    pin_hash = CharField(null=True)
    created_at = DateTimeField(default=utcnow)
    archived = BooleanField(default=False)
    # Added in schema 2.
    failed_pins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    language = CharField(null=True)
    last_login_at = DateTimeField(null=True)
    # Added for reading aloud: "slow", "normal" or "fast" (kiosk.core.speech.engine.Speed); null: normal.
    speech_speed = CharField(null=True)
    # Schema 13: what the learner's home last showed as mastered and revoked (JSON; kiosk.core.mastery.news).
    home_seen = TextField(null=True)


class InstalledPack(BaseModel):
    """A content pack installed on this kiosk (schema 3). Files live under ``folder``."""

    id = CharField(primary_key=True)
    version = CharField()
    title = CharField()
    language = CharField()
    publisher = CharField()
    publisher_key_id = CharField()
    installed_at = DateTimeField(default=utcnow)
    folder = TextField()
    # The pack's manifest as JSON (docs/pack-format.md); the source of truth for its
    # modules, skills and credentials.
    manifest = JSONField(sort_keys=True)


class IssuedCredential(BaseModel):
    """A credential awarded to a learner on this kiosk, with its signed QR payload."""

    id = TextField(primary_key=True)  # "<KEYID>-<SERIAL>", 8+1+8 base32 characters
    learner = ForeignKeyField(Learner, backref="credentials", on_delete="RESTRICT")
    credential_id = TextField()  # the global definition id, "<pack id>/<credential id>"
    title = TextField()
    skills = JSONField()  # a list of {"id", "title"}
    pack_id = TextField()
    issued_at = DateTimeField()
    method = TextField()  # "mastery" | "facilitator"
    score = FloatField(null=True)
    short_code = TextField(unique=True)
    payload = TextField()  # base32 of the signed compact payload (docs/certificate-format.md)
    revoked_at = DateTimeField(null=True)
    revoke_reason = TextField(null=True)
    badge = TextField(null=True)  # the full Open Badge's facts and proofs, JSON text (schema 10)

    class Meta:
        indexes = ((("learner", "credential_id"), False),)


class TrustedKioskKey(BaseModel):
    """A kiosk key from the organisation's signed trust list (schema 9: only from there)."""

    key_id = TextField(primary_key=True)
    public_key = TextField()  # multibase z6Mk...
    name = TextField()
    added_at = DateTimeField(default=utcnow)  # when the organisation approved it
    revoked_at = DateTimeField(null=True)  # when the organisation withdrew it


class WithdrawnKeyReceipt(BaseModel):
    """A certificate of a withdrawn key that the organisation received before the withdrawal (schema 9)."""

    key_id = TextField()
    digest = TextField()  # kiosk.core.trust.documents.receipt_digest of its payload

    class Meta:
        primary_key = CompositeKey("key_id", "digest")


class QuizAttempt(BaseModel):
    """One learner's run through one quiz (schema 4)."""

    id = AutoField()
    # Indexed with pack_id below (the composite index serves learner-only lookups too).
    learner = ForeignKeyField(Learner, backref="quiz_attempts", index=False)
    pack_id = CharField()
    quiz_id = CharField()
    seed = IntegerField()
    started_at = DateTimeField(default=utcnow)
    finished_at = DateTimeField(null=True)
    # Fraction 0..1 of the graded questions; null until finished (or if nothing was graded).
    score = FloatField(null=True)

    class Meta:
        indexes = ((("learner", "pack_id"), False),)


class QuizResponse(BaseModel):
    """One submitted answer, written the moment it is submitted (schema 4)."""

    id = AutoField()
    attempt = ForeignKeyField(QuizAttempt, backref="responses")
    learner = ForeignKeyField(Learner, backref="quiz_responses", index=False)
    pack_id = CharField()
    question_id = CharField()
    skills = JSONField()  # a list of the question's [tag:] values
    response = JSONField()  # what the learner answered
    fraction = FloatField(null=True)  # null for an essay until reviewed
    correct = BooleanField()
    answered_at = DateTimeField(default=utcnow)
    review_status = CharField(null=True)  # essays: "pending" or "reviewed"
    reviewer_fraction = FloatField(null=True)

    class Meta:
        indexes = ((("learner", "pack_id"), False),)


class TrustedPublisher(BaseModel):
    """A publisher key the facilitator approved: packs it signs may be imported."""

    fingerprint = CharField(primary_key=True)
    public_key = CharField()
    # The publisher name shown when the key was approved (for the facilitator's list).
    label = CharField()
    # Only packs whose id starts with this prefix; empty: any pack.
    pack_id_prefix = CharField(default="")
    trusted_at = DateTimeField(default=utcnow)


class SyncAcknowledgement(BaseModel):
    """An item a registry has acknowledged, so a later sync does not send it again."""

    registry = TextField()  # the registry's base URL
    kind = TextField()  # "credential" | "revocation" | "badge" (a credential sent with its badge)
    item_id = TextField()  # the credential id
    acknowledged_at = DateTimeField()

    class Meta:
        primary_key = CompositeKey("registry", "kind", "item_id")


class RegistryRevocation(BaseModel):
    """A credential revocation pulled from a registry (any kiosk's credential)."""

    id = TextField(primary_key=True)
    revoked_at = DateTimeField()
    reason = TextField(null=True)
    pulled_at = DateTimeField()


class CredentialSignoff(BaseModel):
    """A facilitator confirmed, in person, the part of a credential that needs a sign-off."""

    id = AutoField()
    learner = ForeignKeyField(Learner, backref="signoffs")
    credential_id = TextField()  # the global definition id, "<pack id>/<credential id>"
    signed_at = DateTimeField()

    class Meta:
        indexes = ((("learner", "credential_id"), True),)


class KeptPackProgress(BaseModel):
    """Mastery kept per learner and pack (schema 9); see ``kiosk.core.records.KeptPackProgress``."""

    learner = ForeignKeyField(Learner, on_delete="CASCADE", index=False)
    pack_id = CharField()
    rule = TextField()
    last_answer_id = IntegerField()
    answers = IntegerField()
    last_answered_at = DateTimeField()
    tenth_last_answered_at = DateTimeField(null=True)
    skills = IntegerField()
    mastered = IntegerField()
    progress = FloatField()
    latest_mastered_at = DateTimeField(null=True)

    class Meta:
        primary_key = CompositeKey("learner", "pack_id")


class KeptSkillState(BaseModel):
    """One skill's kept state (schema 9); see ``kiosk.core.records.KeptSkillState``."""

    learner = ForeignKeyField(Learner, on_delete="CASCADE", index=False)
    pack_id = CharField()
    skill_id = CharField()
    status = CharField()
    progress = FloatField()
    explanation = TextField()
    attempts = IntegerField()
    mastered_at = DateTimeField(null=True)
    due_at = DateTimeField(null=True)
    needs_review = BooleanField()

    class Meta:
        primary_key = CompositeKey("learner", "pack_id", "skill_id")


ALL_MODELS: list[type[BaseModel]] = [
    Setting,
    Learner,
    InstalledPack,
    IssuedCredential,
    TrustedKioskKey,
    QuizAttempt,
    QuizResponse,
    TrustedPublisher,
    SyncAcknowledgement,
    RegistryRevocation,
    CredentialSignoff,
    WithdrawnKeyReceipt,
    KeptPackProgress,
    KeptSkillState,
]
