"""``kiosk sync``: send certificates to the registry, online or on a USB stick."""

from __future__ import annotations

import argparse

from kiosk.commands import print_json
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync",
        help="send certificates and revocations to the registry",
        description="Send this kiosk's certificates and revocations that the registry lacks (signed with the "
        "kiosk key), then fetch the registry's approved kiosk keys and revocations so that 'kiosk verify' "
        "works offline. Without internet, use 'kiosk sync export' and carry the file on USB.",
    )
    parser.add_argument("--registry", metavar="URL", help="the registry's address, e.g. https://verify.example.org")
    parser.add_argument("--batch-size", type=int, default=100, metavar="N", help="items per request (default 100)")
    parser.add_argument("--timeout", type=float, default=15.0, metavar="SECONDS", help="network timeout (default 15)")
    parser.add_argument("--json", action="store_true", help="print what was sent and fetched as JSON")
    parser.set_defaults(func=run_sync)
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    export = actions.add_parser(
        "export",
        help="write a signed bundle for the registry (USB route)",
        description="Write every certificate and revocation of this kiosk to one signed file; on a connected "
        "computer run 'kiosk registry import-bundle FILE'. Importing it twice changes nothing.",
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the bundle (JSON)")
    export.add_argument("--json", action="store_true", help="print what was written as JSON")
    export.set_defaults(func=run_export)


def run_sync(args: argparse.Namespace) -> int:
    from kiosk.core.errors import InvalidInput
    from kiosk.core.sync.client import sync_with_registry

    if not args.registry:
        raise InvalidInput("Say which registry: kiosk sync --registry URL (or 'kiosk sync export -o FILE').")
    open_storage()
    report = sync_with_registry(args.registry, batch_size=args.batch_size, timeout=args.timeout)
    if args.json:
        print_json(report.as_dict())
    else:
        print(
            f"Synced with {report.registry}: sent {report.sent_credentials} credential(s) and "
            f"{report.sent_revocations} revocation(s); {report.trusted_kiosks} kiosk key(s) and "
            f"{report.pulled_revocations} new revocation(s) fetched."
        )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kiosk.core.sync.client import export_bundle

    open_storage()
    written = export_bundle(Path(args.output))
    if args.json:
        print_json(written)
    else:
        print(f"Wrote {written['credentials']} credential(s) and {written['revocations']} revocation(s) to {written['file']}.")
    return 0
