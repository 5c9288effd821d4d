"""``kiosk trust``: the organisation key this kiosk pinned, and the trust list it holds."""

from __future__ import annotations

import argparse

from kiosk.commands import ADMIN_PIN, FILE, Argument, OneOf, answer, command, command_group
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers,
        "trust",
        help="the organisation key and trust list this kiosk holds",
        description="A kiosk trusts another kiosk's certificates, a key withdrawal or a revocation only from a "
        "trust list signed by its organisation's key, pinned at setup. Without one it trusts only its own.",
    )
    command(actions, "show", run_show, json="print it as a JSON object",
            help="what this kiosk trusts", description="Show the pinned organisation "
            "key, its fingerprint, and the trust list held (number, date, counts).")
    command(
        actions, "import", run_import,
        FILE.but(help="the trust list file (JSON)"),
        json="print what was taken as JSON",
        help="take a trust list from a file (USB route)",
        description="Take a trust list written by 'kiosk registry trust-list' and carried on USB. It must be "
        "signed by the pinned organisation key and not older than the one held; otherwise nothing changes.",
    )
    command(
        actions, "pin", run_pin,
        OneOf(
            Argument("--enrol", metavar="FILE", help="the organisation's enrolment file"),
            Argument("--org-key", metavar="KEY", help="the organisation's public key, z6Mk..."),
            required=True,
        ),
        Argument("--org", help="the organisation's name (with --org-key)"),
        ADMIN_PIN,
        help="pin (or change) the organisation key",
        description="Pin the organisation key, from its enrolment file or typed. The facilitator PIN is "
        "required. The trust list held so far is dropped (it was signed by the old key): until the next sync, "
        "this kiosk trusts only its own certificates. Compare the fingerprint with the organisation's.",
    )


def run_show(args: argparse.Namespace) -> int:
    from kiosk.core.trust.store import status

    open_storage()
    held = status()
    return answer(args, held.as_dict(), _held_lines(held))


def _held_lines(held):
    org = held.organisation
    if org is None:
        yield "Not enrolled: no organisation key is pinned, so this kiosk trusts only its own certificates."
        return
    yield f"Organisation: {org.name}"
    yield f"Key:          {org.public_key}"
    yield f"Fingerprint:  {org.fingerprint}"
    if held.sequence is None:
        yield "Trust list:   none yet (sync, or 'kiosk trust import FILE')"
    else:
        yield (f"Trust list:   number {held.sequence}, signed {held.issued_at:%Y-%m-%d %H:%M} UTC; "
               f"{held.kiosks} kiosk keys ({held.withdrawn} withdrawn), {held.revocations} revoked credentials")


def run_import(args: argparse.Namespace) -> int:
    from kiosk.core.trust.store import import_trust_file

    open_storage()
    applied = import_trust_file(args.file)
    if not applied.changed:
        text = f"This kiosk already holds trust list number {applied.sequence}; nothing changed."
    else:
        rotated = f" The organisation key moved to {applied.rotated_to}." if applied.rotated_to else ""
        text = (f"Took trust list number {applied.sequence}: {applied.kiosks} kiosk keys, "
                f"{applied.revocations} revoked credentials.{rotated}")
    return answer(args, {"changed": applied.changed, "sequence": applied.sequence, "kiosk_keys": applied.kiosks,
                         "revoked_credentials": applied.revocations, "rotated_to": applied.rotated_to}, text)


def run_pin(args: argparse.Namespace) -> int:
    from kiosk.core.errors import InvalidInput
    from kiosk.core.trust.store import change_pinned_key

    open_storage()
    if args.enrol:
        from kiosk.core.trust.documents import read_enrolment_file

        enrolment = read_enrolment_file(args.enrol)
        key, name = enrolment.public_key, enrolment.organisation
    else:
        if not args.org:
            raise InvalidInput("Say the organisation's name: --org NAME (or use --enrol FILE).")
        key, name = args.org_key, args.org
    organisation = change_pinned_key(key, name, admin_pin=args.admin_pin)
    print(f"Pinned the key of {organisation.name!r}, fingerprint {organisation.fingerprint}. "
          "Sync to take its trust list.")
    return 0
