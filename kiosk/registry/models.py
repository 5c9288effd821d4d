"""peewee models of the registry's schema. Only ``kiosk.registry.store`` uses them."""

from __future__ import annotations

from peewee import BigIntegerField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

from kiosk.core.storage.rows import JSONField
from kiosk.registry.db import registry_db


class RegistryModel(Model):
    class Meta:
        database = registry_db
        legacy_table_names = False


class ApprovedKiosk(RegistryModel):
    key_id = CharField(max_length=16, primary_key=True)
    public_key = TextField()  # multibase z6Mk...
    name = TextField()
    organisation = TextField()
    approved_at = DateTimeField()
    revoked_at = DateTimeField(null=True)


class ReceivedCredential(RegistryModel):
    id = CharField(max_length=32, primary_key=True)  # "<KEY ID>-<SERIAL>"
    kiosk = ForeignKeyField(ApprovedKiosk, column_name="key_id", field="key_id", object_id_name="key_id")
    short_code = CharField(max_length=16, index=True)
    payload = TextField()  # base32, as in the QR
    learner_name = TextField()
    title = TextField()
    issued_on = DateField()
    received_at = DateTimeField()


class CredentialRevocation(RegistryModel):
    id = CharField(max_length=32, primary_key=True)
    revoked_at = DateTimeField()
    reason = TextField(null=True)
    received_at = DateTimeField()


class SyncBatch(RegistryModel):
    """A signed batch already taken (its nonce), so replays and re-imports change nothing."""

    nonce = CharField(max_length=64, primary_key=True)
    key_id = CharField(max_length=16)
    sent_at = DateTimeField()
    received_at = DateTimeField()
    via = CharField(max_length=16)  # "http" | "bundle"
    credentials = IntegerField()
    revocations = IntegerField()
    revoked_up_to = DateTimeField(null=True)  # schema 3: the kiosk's revocations are all in, up to then


class Organisation(RegistryModel):
    """The one organisation this registry speaks for (schema 2): its key signs the trust list.

    ``trust_sequence`` goes up with every change kiosks must learn (a kiosk approved or
    withdrawn, a credential revoked), in the same transaction as the change.
    """

    id = IntegerField(primary_key=True)  # always 1
    name = TextField()
    public_key = TextField()  # multibase z6Mk...; the private key is a file, never in the database
    verify_url = TextField(null=True)
    key_history = JSONField()  # a list of signed key rotations, oldest first
    trust_sequence = BigIntegerField()
    trust_changed_at = DateTimeField()


ALL_MODELS = [ApprovedKiosk, ReceivedCredential, CredentialRevocation, SyncBatch, Organisation]


class CredentialBadge(RegistryModel):
    """A received credential's full Open Badge (schema 3): its facts and the proofs that verified."""

    id = CharField(max_length=32, primary_key=True)  # the received credential's id
    badge = TextField()  # JSON text, kiosk.core.credentials.ob3.parse_badge
    received_at = DateTimeField()


ALL_MODELS.append(CredentialBadge)
