"""Replacing this kiosk's signing key (a planned rotation, or after a scare).

The new key signs from now on; the old private key is deleted. The old public key is kept
(setting ``retired_kiosk_keys``) so this kiosk still recognises the certificates it issued
with it: exactly those it holds, byte for byte, issued before the rotation. Elsewhere they
verify as long as the organisation keeps the old key approved, or, once it withdraws it, if
its registry received them before (so sync first: the rotation refuses while anything is
waiting to be sent, unless forced).
"""

from __future__ import annotations

import json
import os
from datetime import datetime

from kiosk.core.clock import utcnow
from kiosk.core.credentials import keys
from kiosk.core.credentials.keys import RETIRED_SETTING, retired_keys
from kiosk.core.durable import fsync_folder
from kiosk.core.errors import InvalidInput, KnownError
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo


def rotate_signing_key(*, admin_pin: str, force: bool = False, now: datetime | None = None) -> tuple[str, keys.SigningKey]:
    """Make a new signing key for this kiosk; returns (the old key id, the new key).

    Refused (nothing changed) for a wrong facilitator PIN, or while certificates or revocations
    wait to be sent, unless ``force`` (they were carried on USB, say).
    """
    from kiosk.core.setup import check_admin_pin
    from kiosk.core.sync.client import waiting_to_send

    if not check_admin_pin(admin_pin):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Wrong facilitator PIN; the key was not changed.")))
    credentials, revocations = waiting_to_send()
    if (credentials or revocations) and not force:
        raise KnownError(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "%1 certificates and %2 revocations have not reached the registry yet; sync first, or they would "
                    "be refused once the old key is withdrawn. Nothing was changed.",
                ),
                credentials,
                revocations,
            )
        )
    old = keys.ensure_signing_key()
    moment = now or utcnow()
    retired = [
        {"key_id": k.key_id, "public_key": k.public_key, "retired_at": k.retired_at.isoformat()} for k in retired_keys()
    ]
    retired.append({"key_id": old.key_id, "public_key": old.public_key, "retired_at": moment.isoformat()})
    path = keys.key_path()
    aside = path.with_name(f"{path.name}.retiring-{old.key_id}")
    os.replace(path, aside)
    try:
        new = keys.create_signing_key(path)
    except BaseException:
        os.replace(aside, path)
        raise
    repo.put_settings({RETIRED_SETTING: json.dumps(retired)})
    aside.unlink()
    fsync_folder(path.parent)
    return old.key_id, new
