"""``kiosk key show``: this kiosk's certificate-signing key."""

from __future__ import annotations

import argparse

from kiosk.commands import print_json
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "key", help="show this kiosk's signing key", description="The key that signs this kiosk's certificates."
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show",
        help="print the public key, key id and fingerprint",
        description="Print this kiosk's public key (multibase z6Mk...), its 8-character key id and a "
        "fingerprint to compare by eye. The key is made on first use if missing.",
    )
    show.add_argument("--json", action="store_true", help="print an object with public_key, key_id, fingerprint")
    show.set_defaults(func=run_show)

    rotate = actions.add_parser(
        "rotate",
        help="replace this kiosk's signing key",
        description="Make a new signing key; the old private key is deleted. Sync first: the command refuses "
        "while certificates or revocations wait to be sent. Then ask the organisation to approve the new key "
        "('kiosk registry approve-kiosk') and, if the old one may have been copied, to withdraw it "
        "('kiosk registry revoke-kiosk OLD_KEY_ID'): certificates it received before stay valid.",
    )
    rotate.add_argument("--admin-pin", required=True, help="the facilitator PIN")
    rotate.add_argument("--force", action="store_true",
                        help="rotate even if items wait to be sent (e.g. they went to the registry on USB)")
    rotate.add_argument("--json", action="store_true", help="print the old key id and the new key as JSON")
    rotate.set_defaults(func=run_rotate)


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
    if args.json:
        print_json(info)
    else:
        print(f"Key id:      {info['key_id']}")
        print(f"Public key:  {info['public_key']}")
        print(f"Fingerprint: {info['fingerprint']}")
    return 0


def run_rotate(args: argparse.Namespace) -> int:
    from kiosk.core.credentials.rotation import rotate_signing_key

    open_storage()
    old_key_id, key = rotate_signing_key(admin_pin=args.admin_pin, force=args.force)
    if args.json:
        print_json({"old_key_id": old_key_id, "key_id": key.key_id, "public_key": key.public_key,
                    "fingerprint": key.fingerprint})
    else:
        print(f"New signing key {key.key_id} (was {old_key_id}). Ask the organisation to approve it:")
        print(f"  kiosk registry approve-kiosk --public-key {key.public_key}")
        print(f"and, if the old key may have been copied, to withdraw it: kiosk registry revoke-kiosk {old_key_id}")
    return 0
