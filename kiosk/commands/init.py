"""``kiosk init``: first-run setup without the GUI."""

from __future__ import annotations

import argparse

from kiosk.commands import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="set up this kiosk without the GUI",
        description="Set up this kiosk: organisation, kiosk name and the facilitator PIN.",
    )
    parser.add_argument("--org", required=True, help="the organisation that runs this kiosk")
    parser.add_argument("--kiosk-name", required=True, help="a name for this computer, e.g. 'Library PC 2'")
    parser.add_argument("--admin-pin", required=True, help="the facilitator PIN (4-6 digits)")
    parser.add_argument("--language", default="en", help="language of the app: en, fr or ar (default: en)")
    parser.add_argument("--verify-url", help="where certificates are checked, e.g. https://verify.example.org")
    parser.add_argument(
        "--idle-minutes", type=float, default=5, help="log a learner out after this many idle minutes (default: 5)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.core.setup import set_up_kiosk

    open_storage()
    settings = set_up_kiosk(
        organisation=args.org,
        kiosk_name=args.kiosk_name,
        admin_pin=args.admin_pin,
        language=args.language,
        verify_url=args.verify_url,
        idle_timeout_seconds=round(args.idle_minutes * 60),
    )
    print(f"Kiosk {settings.kiosk_name!r} of {settings.organisation!r} is set up.")
    from kiosk.core.packs.library import install_samples_once

    samples = install_samples_once()
    if samples:
        print(f"Installed {len(samples)} sample pack{'s' if len(samples) != 1 else ''}: {', '.join(samples)}.")
    return 0
