"""``kiosk init``: first-run setup without the GUI."""

from __future__ import annotations

import argparse

from kiosk.commands import Argument, OneOf, command
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    command(
        subparsers, "init", run,
        Argument("--org", help="the organisation that runs this kiosk (taken from --enrol if not given)"),
        Argument("--kiosk-name", required=True, help="a name for this computer, e.g. 'Library PC 2'"),
        Argument("--admin-pin", required=True, help="the facilitator PIN (6 digits)"),
        OneOf(
            Argument("--enrol", metavar="FILE", help="the organisation's enrolment file (from 'kiosk registry enrolment')"),
            Argument("--org-key", metavar="KEY", help="the organisation's public key, z6Mk... (typed)"),
        ),
        Argument("--language", default="en", help="language of the app: en, fr or ar (default: en)"),
        Argument("--verify-url", help="where certificates are checked, e.g. https://verify.example.org"),
        Argument("--idle-minutes", type=float, default=5, help="log a learner out after this many idle minutes (default: 5)"),
        help="set up this kiosk without the GUI",
        description="Set up this kiosk: organisation, kiosk name, the facilitator PIN and, to verify other "
        "kiosks' certificates and sync, the organisation's key (from its enrolment file, or typed). Compare the "
        "fingerprint printed with the one the organisation gave you.",
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.core.errors import InvalidInput
    from kiosk.core.setup import set_up_kiosk

    enrolment = None
    if args.enrol:
        from kiosk.core.trust.documents import read_enrolment_file

        enrolment = read_enrolment_file(args.enrol)
    if not args.org and enrolment is None:
        raise InvalidInput("Say which organisation runs this kiosk: --org NAME (or --enrol FILE).")
    open_storage()
    settings = set_up_kiosk(
        organisation=args.org or "",
        org_key=args.org_key,
        enrolment=enrolment,
        kiosk_name=args.kiosk_name,
        admin_pin=args.admin_pin,
        language=args.language,
        verify_url=args.verify_url,
        idle_timeout_seconds=round(args.idle_minutes * 60),
    )
    print(f"Kiosk {settings.kiosk_name!r} of {settings.organisation!r} is set up.")
    from kiosk.core.trust.store import pinned

    organisation = pinned()
    if organisation is not None:
        print(f"Organisation key pinned; compare its fingerprint with the organisation's: {organisation.fingerprint}")
    else:
        print("No organisation key: this kiosk trusts only its own certificates and cannot sync "
              "until it is enrolled ('kiosk trust pin').")
    from kiosk.core.packs.library import install_samples_once

    samples = install_samples_once()
    if samples:
        print(f"Installed {len(samples)} sample pack{'s' if len(samples) != 1 else ''}: {', '.join(samples)}.")
    return 0
