"""``kiosk sync``: send certificates to the registry, online or on a USB stick."""

from __future__ import annotations

import argparse

from kiosk.commands import OUTPUT, Argument, answer, command
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command(
        subparsers, "sync", run_sync,
        Argument("--registry", metavar="URL", help="the registry's address, e.g. https://verify.example.org"),
        Argument("--batch-size", type=int, default=100, metavar="N", help="items per request (default 100)"),
        Argument("--timeout", type=float, default=15.0, metavar="SECONDS", help="network timeout (default 15)"),
        json="print what was sent and fetched as JSON",
        help="send certificates and revocations to the registry",
        description="Send this kiosk's certificates and revocations that the registry lacks (signed with the "
        "kiosk key), then fetch the registry's approved kiosk keys and revocations so that 'kiosk verify' "
        "works offline. Without internet, use 'kiosk sync export' and carry the file on USB.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    command(
        actions, "export", run_export,
        OUTPUT.but(metavar="FILE", help="where to write the bundle (JSON)"),
        json="print what was written as JSON",
        help="write a signed bundle for the registry (USB route)",
        description="Write every certificate and revocation of this kiosk to one signed file; on a connected "
        "computer run 'kiosk registry import-bundle FILE'. Importing it twice changes nothing.",
    )


def run_sync(args: argparse.Namespace) -> int:
    from kiosk.core.errors import InvalidInput
    from kiosk.core.sync.client import sync_with_registry

    if not args.registry:
        raise InvalidInput("Say which registry: kiosk sync --registry URL (or 'kiosk sync export -o FILE').")
    open_storage()
    report = sync_with_registry(args.registry, batch_size=args.batch_size, timeout=args.timeout)
    return answer(
        args,
        report.as_dict(),
        f"Synced with {report.registry}: sent {report.sent_credentials} credential(s) and "
        f"{report.sent_revocations} revocation(s); {report.trusted_kiosks} kiosk key(s) and "
        f"{report.pulled_revocations} new revocation(s) fetched.",
    )


def run_export(args: argparse.Namespace) -> int:
    from kiosk.core.sync.client import export_bundle

    open_storage()
    written = export_bundle(args.output)
    return answer(
        args,
        written,
        f"Wrote {written['credentials']} credential(s) and {written['revocations']} revocation(s) to {written['file']}.",
    )
