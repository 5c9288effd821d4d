"""``kiosk key show``: this kiosk's certificate-signing key."""

from __future__ import annotations

import argparse

from kiosk.commands import open_storage, print_json


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
