"""peewee models: the current schema. Only ``repo`` and ``migrations`` use them."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateTimeField,
    IntegerField,
    Model,
    TextField,
)

from kiosk.core.clock import utcnow
from kiosk.core.storage.db import db


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
    manifest = TextField()


class TrustedPublisher(BaseModel):
    """A publisher key the facilitator approved: packs it signs may be imported."""

    fingerprint = CharField(primary_key=True)
    public_key = CharField()
    # The publisher name shown when the key was approved (for the facilitator's list).
    label = CharField()
    # Only packs whose id starts with this prefix; empty: any pack.
    pack_id_prefix = CharField(default="")
    trusted_at = DateTimeField(default=utcnow)


ALL_MODELS: list[type[BaseModel]] = [Setting, Learner, InstalledPack, TrustedPublisher]
