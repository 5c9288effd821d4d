"""``kiosk registry ...``: the verification service and its administration."""

from __future__ import annotations

import argparse

from kiosk.commands import print_json

DB_HELP = "registry database URL: sqlite:///PATH or postgresql://USER:PASS@HOST:PORT/DB (default: registry.db in the data folder)"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "registry",
        help="run the verification service and approve kiosks",
        description="The organisation's verification registry: the web page an employer's phone opens "
        "from a certificate's QR code, fed by kiosks' syncs. It keeps its own database.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)

    serve = actions.add_parser(
        "serve",
        help="run the verification web service",
        description="Serve the verification page (GET /C/<code>), the short-code form (/) and the sync API "
        "(POST /api/v1/sync) with uvicorn. Put it behind an HTTPS proxy when it faces the internet.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8400, help="port to listen on (default 8400)")
    serve.add_argument("--db", metavar="URL", help=DB_HELP)
    serve.add_argument("--rate-limit", type=int, default=300, metavar="N",
                       help="requests per minute allowed from one address (default 300; 0 = no limit)")
    serve.set_defaults(func=run_serve)

    approve = actions.add_parser(
        "approve-kiosk",
        help="approve a kiosk's public key",
        description="Approve a kiosk key (from 'kiosk key show' on that kiosk): its certificates verify here "
        "and it may sync. Approving a revoked key again lifts the revocation.",
    )
    approve.add_argument("--public-key", required=True, metavar="KEY", help="the kiosk's public key, z6Mk...")
    approve.add_argument("--name", help="the kiosk's name, shown on the verification page")
    approve.add_argument("--organisation", help="the organisation running the kiosk, shown on the page")
    approve.add_argument("--db", metavar="URL", help=DB_HELP)
    approve.add_argument("--json", action="store_true", help="print the approved kiosk as JSON")
    approve.set_defaults(func=run_approve)

    revoke_kiosk = actions.add_parser(
        "revoke-kiosk",
        help="withdraw a kiosk key",
        description="Withdraw a kiosk key (lost or stolen kiosk). Certificates the registry received from it "
        "before now stay valid; any others signed by it show as INVALID.",
    )
    revoke_kiosk.add_argument("key_id", metavar="KEY_ID", help="the kiosk's 8-character key id")
    revoke_kiosk.add_argument("--db", metavar="URL", help=DB_HELP)
    revoke_kiosk.set_defaults(func=run_revoke_kiosk)

    revoke = actions.add_parser(
        "revoke",
        help="withdraw one credential",
        description="Withdraw one credential by its id (K7Q2M4XA-3FJ5QW2T) or short code; its page shows REVOKED "
        "and kiosks learn of it when they sync.",
    )
    revoke.add_argument("credential_id", metavar="CREDENTIAL_ID", help="credential id or short code")
    revoke.add_argument("--reason", help="why (shown on the verification page, at most 200 characters)")
    revoke.add_argument("--db", metavar="URL", help=DB_HELP)
    revoke.set_defaults(func=run_revoke)

    listing = actions.add_parser("list-kiosks", help="list approved kiosks", description="List the approved kiosk keys.")
    listing.add_argument("--db", metavar="URL", help=DB_HELP)
    listing.add_argument("--json", action="store_true", help="print a JSON list of objects with an id (the key id)")
    listing.set_defaults(func=run_list_kiosks)

    bundle = actions.add_parser(
        "import-bundle",
        help="take a kiosk's USB sync bundle",
        description="Import a bundle made by 'kiosk sync export' on a kiosk with no internet. Same checks as an "
        "online sync (approved key, signature); importing the same bundle again changes nothing.",
    )
    bundle.add_argument("file", metavar="FILE", help="the bundle file (JSON)")
    bundle.add_argument("--db", metavar="URL", help=DB_HELP)
    bundle.add_argument("--json", action="store_true", help="print what was taken as JSON")
    bundle.set_defaults(func=run_import_bundle)


def _open(args: argparse.Namespace) -> None:
    from kiosk.registry.db import open_registry_db

    open_registry_db(args.db)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from kiosk.registry.app import create_app

    _open(args)
    print(f"Kiosk registry on http://{args.host}:{args.port}/ (Ctrl+C to stop)", flush=True)
    uvicorn.run(create_app(rate_limit=args.rate_limit), host=args.host, port=args.port, log_level="warning",
                timeout_keep_alive=5, limit_concurrency=200)
    return 0


def run_approve(args: argparse.Namespace) -> int:
    from kiosk.registry.service import approve_kiosk

    _open(args)
    kiosk = approve_kiosk(args.public_key, name=args.name, organisation=args.organisation)
    if args.json:
        print_json({"id": kiosk.key_id, **kiosk.as_dict()})
    else:
        print(f"Approved kiosk {kiosk.key_id} ({kiosk.name}).")
    return 0


def run_revoke_kiosk(args: argparse.Namespace) -> int:
    from kiosk.registry.service import revoke_kiosk

    _open(args)
    kiosk = revoke_kiosk(args.key_id)
    print(f"Revoked kiosk key {kiosk.key_id} at {kiosk.revoked_at:%Y-%m-%d %H:%M} UTC.")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from kiosk.registry.service import revoke_credential

    _open(args)
    revoked = revoke_credential(args.credential_id, args.reason)
    print(f"Revoked credential {revoked.id}.")
    return 0


def run_list_kiosks(args: argparse.Namespace) -> int:
    from kiosk.registry import store

    _open(args)
    kiosks = store.list_kiosks()
    if args.json:
        print_json([{"id": k.key_id, **k.as_dict()} for k in kiosks])
        return 0
    if not kiosks:
        print("No kiosks approved yet (see 'kiosk registry approve-kiosk --help').")
    for k in kiosks:
        state = f"revoked {k.revoked_at:%Y-%m-%d}" if k.revoked_at else "approved"
        org = f", {k.organisation}" if k.organisation else ""
        print(f"{k.key_id}  {k.name}{org}  ({state} {k.approved_at:%Y-%m-%d})")
    return 0


BUNDLE_MAX_BYTES = 64 * 1024 * 1024


def run_import_bundle(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from kiosk.core.errors import KnownError
    from kiosk.registry.service import Refused, take_batch

    path = Path(args.file)
    try:
        if path.stat().st_size > BUNDLE_MAX_BYTES:
            raise KnownError(f"{path} is larger than a sync bundle can be.")
        document = json.loads(path.read_bytes())
    except OSError as exc:
        raise KnownError(f"Cannot read {path} ({exc.strerror}).") from exc
    except ValueError as exc:
        raise KnownError(f"{path} is not a sync bundle (not JSON).") from exc
    _open(args)
    try:
        result = take_batch(document, via="bundle")
    except Refused as exc:
        raise KnownError(f"Bundle refused: {exc}") from exc
    if args.json:
        print_json(result.as_dict())
    elif result.duplicate:
        print("This bundle was already imported; nothing changed.")
    else:
        print(f"Imported {result.new_credentials} new credential(s) and {result.new_revocations} new revocation(s) "
              f"({result.received_credentials} and {result.received_revocations} in the bundle).")
    return 0
