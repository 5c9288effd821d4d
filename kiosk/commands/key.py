"""``kiosk key show``: this kiosk's certificate-signing key."""

from __future__ import annotations

import argparse

from kiosk.commands import ADMIN_PIN, Argument, answer, command, command_group
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers, "key", help="show this kiosk's signing key", description="The key that signs this kiosk's certificates."
    )
    command(
        actions, "show", run_show,
        json="print an object with public_key, key_id, fingerprint",
        help="print the public key, key id and fingerprint",
        description="Print this kiosk's public key (multibase z6Mk...), its 8-character key id and a "
        "fingerprint to compare by eye. The key is made on first use if missing.",
    )
    command(
        actions, "rotate", run_rotate,
        ADMIN_PIN,
        Argument("--force", action="store_true",
                 help="rotate even if items wait to be sent (e.g. they went to the registry on USB)"),
        json="print the old key id and the new key as JSON",
        help="replace this kiosk's signing key",
        description="Make a new signing key; the old private key is deleted. Sync first: the command refuses "
        "while certificates or revocations wait to be sent. Then ask the organisation to approve the new key "
        "('kiosk registry approve-kiosk') and, if the old one may have been copied, to withdraw it "
        "('kiosk registry revoke-kiosk OLD_KEY_ID'): certificates it received before stay valid.",
    )


def run_show(args: argparse.Namespace) -> int:
    from kiosk.core.credentials.keys import did_key, ensure_signing_key

    open_storage()
    key = ensure_signing_key()
    info = {
        "key_id": key.key_id,
        "public_key": key.public_key,
        "fingerprint": key.fingerprint,
        "did": did_key(key.public_raw),
    }
    return answer(args, info, [
        f"Key id:      {info['key_id']}",
        f"Public key:  {info['public_key']}",
        f"Fingerprint: {info['fingerprint']}",
    ])


def run_rotate(args: argparse.Namespace) -> int:
    from kiosk.core.credentials.rotation import rotate_signing_key

    open_storage()
    old_key_id, key = rotate_signing_key(admin_pin=args.admin_pin, force=args.force)
    return answer(
        args,
        {"old_key_id": old_key_id, "key_id": key.key_id, "public_key": key.public_key, "fingerprint": key.fingerprint},
        [
            f"New signing key {key.key_id} (was {old_key_id}). Ask the organisation to approve it:",
            f"  kiosk registry approve-kiosk --public-key {key.public_key}",
            f"and, if the old key may have been copied, to withdraw it: kiosk registry revoke-kiosk {old_key_id}",
        ],
    )
