"""``kiosk registry ...``: the verification service and its administration."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.commands import FILE, OUTPUT, Argument, answer, answer_list, command, command_group
from kiosk.registry import limits, serving

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DB_HELP = "registry database URL: sqlite:///PATH or postgresql://USER:PASS@HOST:PORT/DB (default: registry.db in the data folder)"
KEY_HELP = "the organisation key file (default: $KIOSK_ORG_KEY, else keys/organisation-key.pem in the data folder)"
DB = Argument("--db", metavar="URL", help=DB_HELP)
ORG_KEY = Argument("--org-key", metavar="FILE", help=KEY_HELP)
JSON_OUTPUT = OUTPUT.but(metavar="FILE", help="where to write it (JSON)")


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers,
        "registry",
        help="run the verification service and approve kiosks",
        description="The organisation's verification registry: the web page an employer's phone opens "
        "from a certificate's QR code, fed by kiosks' syncs. It keeps its own database.",
    )
    command(
        actions, "init", run_init,
        Argument("--org", required=True, help="the organisation's name, shown to employers"),
        Argument("--verify-url", help="the public address of this service, e.g. https://verify.example.org"),
        ORG_KEY,
        DB,
        json="print the organisation's public key as JSON",
        help="make the organisation key (once)",
        description="Set this registry up for your organisation: make the organisation key, the root of trust "
        "that signs the list of approved kiosks, withdrawn keys and revoked credentials. The key is a file "
        "(mode 0600), never in the database: keep it, and a copy of it, safe (see docs/registry.md).",
    )
    command(
        actions, "enrolment", run_enrolment,
        JSON_OUTPUT, ORG_KEY, DB,
        help="write the enrolment file for new kiosks",
        description="Write the file a new kiosk is set up with (on a USB stick): the organisation's name, "
        "public key and verify URL, signed with the organisation key. Tell the facilitator the fingerprint "
        "this prints, by another channel, so they can compare it on the kiosk.",
    )
    command(
        actions, "trust-list", run_trust_list,
        JSON_OUTPUT, ORG_KEY, DB,
        help="write the signed trust list to a file (USB route)",
        description="Write the current trust list, signed with the organisation key, for kiosks with no "
        "internet: on the kiosk run 'kiosk trust import FILE'. A kiosk refuses a list older than its own.",
    )
    command(
        actions, "rotate-org-key", run_rotate,
        Argument("--new-key", required=True, metavar="FILE", help="where to write the new key (must not exist)"),
        ORG_KEY.but(help="the current key file; " + KEY_HELP),
        DB,
        help="replace the organisation key by a new one",
        description="Make a new organisation key, signed over by the current one, and use it from now on. "
        "Kiosks follow on their next sync or trust-list import. Then move the old key file off this machine. "
        "If the old key was stolen, a rotation is not enough: re-enrol every kiosk (docs/security.md).",
    )
    command(
        actions, "serve", run_serve,
        Argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"),
        Argument("--port", type=int, default=8400, help="port to listen on (default 8400)"),
        DB,
        ORG_KEY,
        Argument("--workers", type=_positive, default=1, metavar="N",
                 help="worker processes sharing the port (default 1; about one per core)"),
        Argument("--rate-limit", type=int, default=300, metavar="N",
                 help="requests per minute allowed from one address, across all workers and instances "
                 "on the same database (default 300; 0 = no limit)"),
        Argument("--trusted-proxy", action="append", default=[], metavar="ADDRESS",
                 help="the address of a proxy in front of this service (repeat for several): the client "
                 "address it reports in X-Forwarded-For is used for the rate limit, and it may hold any "
                 "number of connections. Without it, X-Forwarded-For is ignored"),
        Argument("--behind-https", action="store_true",
                 help="the public address is https (a TLS proxy in front): send Strict-Transport-Security"),
        Argument("--header-timeout", type=_seconds, default=limits.HEADER_TIMEOUT, metavar="SECONDS",
                 help=f"close a connection whose request line and headers take longer (default {limits.HEADER_TIMEOUT:g})"),
        Argument("--body-timeout", type=_seconds, default=limits.BODY_TIMEOUT, metavar="SECONDS",
                 help=f"close a connection whose request body takes longer (default {limits.BODY_TIMEOUT:g})"),
        Argument("--max-connections-per-address", type=int, default=limits.PER_ADDRESS, metavar="N",
                 help=f"open connections one address may hold, per worker (default {limits.PER_ADDRESS}; 0 = no limit)"),
        Argument("--max-connections", type=_positive, default=limits.MAX_CONNECTIONS, metavar="N",
                 help=f"open connections per worker before new requests get 503 (default {limits.MAX_CONNECTIONS})"),
        help="run the verification web service",
        description="Serve the verification page (GET /C/<code>), the short-code form (/) and the sync API "
        "(POST /api/v1/sync) with uvicorn. Put it behind an HTTPS proxy when it faces the internet. Any number "
        "of workers and instances (on several machines) can share one PostgreSQL database: see docs/registry.md.",
    )
    command(
        actions, "approve-kiosk", run_approve,
        Argument("--public-key", required=True, metavar="KEY", help="the kiosk's public key, z6Mk..."),
        Argument("--name", help="the kiosk's name, shown on the verification page"),
        Argument("--organisation", help="the organisation running the kiosk, shown on the page"),
        DB,
        json="print the approved kiosk as JSON",
        help="approve a kiosk's public key",
        description="Approve a kiosk key (from 'kiosk key show' on that kiosk): its certificates verify here "
        "and it may sync. Approving a revoked key again lifts the revocation.",
    )
    command(
        actions, "revoke-kiosk", run_revoke_kiosk,
        Argument("key_id", metavar="KEY_ID", help="the kiosk's 8-character key id"),
        Argument(
            "--as-of", metavar="TIME",
            help="when the key was lost or stolen, UTC, e.g. '2026-11-30 08:00' (default: now); what the registry "
            "received after that is no longer valid either",
        ),
        DB,
        help="withdraw a kiosk key",
        description="Withdraw a kiosk key (lost or stolen kiosk). Certificates the registry received from it "
        "before now stay valid, here and, through the signed trust list, on every kiosk; any others signed by "
        "it show as INVALID, whatever date they carry. Sync the kiosk first if you still can.",
    )
    command(
        actions, "revoke", run_revoke,
        Argument("credential_id", metavar="CREDENTIAL_ID", help="credential id or short code"),
        Argument("--reason", help="why (kept in the registry, never shown on the page; at most 200 characters)"),
        DB,
        help="withdraw one credential",
        description="Withdraw one credential by its id (K7Q2M4XA-3FJ5QW2T) or short code; its page shows REVOKED "
        "and kiosks learn of it when they sync.",
    )
    command(actions, "list-kiosks", run_list_kiosks, DB, json="print a JSON list of objects with an id (the key id)",
            help="list approved kiosks", description="List the approved kiosk keys.")
    command(
        actions, "import-bundle", run_import_bundle,
        FILE.but(help="the bundle file (JSON)"),
        DB,
        json="print what was taken as JSON",
        help="take a kiosk's USB sync bundle",
        description="Import a bundle made by 'kiosk sync export' on a kiosk with no internet. Same checks as an "
        "online sync (approved key, signature); importing the same bundle again changes nothing.",
    )


def _open(args: argparse.Namespace) -> None:
    from kiosk.registry.db import open_registry_db

    open_registry_db(args.db)


def run_init(args: argparse.Namespace) -> int:
    from kiosk.core.credentials.keys import fingerprint_of
    from kiosk.registry.orgkey import key_path
    from kiosk.registry.service import init_organisation

    _open(args)
    path = key_path(args.org_key)
    organisation, _key = init_organisation(name=args.org, verify_url=args.verify_url, key_file=path)
    fingerprint = fingerprint_of(organisation.public_key)
    return answer(
        args,
        {"organisation": organisation.name, "public_key": organisation.public_key, "fingerprint": fingerprint,
         "key_file": str(path)},
        [
            f"Organisation {organisation.name!r} set up. Its key is in {path} (keep it safe, with a copy offline).",
            f"Public key:  {organisation.public_key}",
            f"Fingerprint: {fingerprint}",
        ],
    )


def run_enrolment(args: argparse.Namespace) -> int:
    from kiosk.core.trust.documents import read_enrolment_document
    from kiosk.registry.service import enrolment

    document = _write_signed(args, enrolment)
    print(f"Wrote {args.output}. On the kiosk, compare this fingerprint: {read_enrolment_document(document).fingerprint}")
    return 0


def run_trust_list(args: argparse.Namespace) -> int:
    from kiosk.registry.service import build_trust_list

    body = _write_signed(args, build_trust_list)["body"]
    print(f"Wrote trust list number {body['sequence']} ({len(body['kiosks'])} kiosk keys, "
          f"{len(body['revocations'])} revoked credentials) to {args.output}.")
    return 0


def _write_signed(args: argparse.Namespace, make: Callable[[Ed25519PrivateKey], dict]) -> dict:
    """The document ``make`` signs with the organisation key (``--org-key``), written to ``--output``."""
    from kiosk.registry.service import load_org_key

    _open(args)
    document = make(load_org_key(args.org_key))
    _write_json(args.output, document)
    return document


def run_rotate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kiosk.core.credentials.keys import fingerprint_of
    from kiosk.registry.orgkey import key_path
    from kiosk.registry.service import rotate_org_key

    _open(args)
    organisation = rotate_org_key(old_key_file=key_path(args.org_key), new_key_file=Path(args.new_key))
    print(f"The organisation key is now {fingerprint_of(organisation.public_key)} "
          f"({args.new_key}). Serve with --org-key {args.new_key}; kiosks follow on their next sync.")
    return 0


def _write_json(path, document: dict) -> None:
    import json

    from kiosk.core.durable import write_atomically
    from kiosk.core.say import say

    data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    write_atomically(path, data, failure=say("Could not write %1 (%2).", path))


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("must be between 0 and 3600 seconds")
    return value


def run_serve(args: argparse.Namespace) -> int:
    from kiosk.registry.db import close_registry_db
    from kiosk.registry.service import load_org_key

    # Check the database and the key here, so a mistake is one line, not one per worker.
    _open(args)
    load_org_key(args.org_key)
    close_registry_db()
    options = serving.ServeOptions(
        db_url=args.db,
        org_key_file=args.org_key,
        rate_limit=args.rate_limit,
        behind_https=args.behind_https,
        limits=limits.ConnectionLimits(
            header_timeout=args.header_timeout,
            body_timeout=args.body_timeout,
            per_address=args.max_connections_per_address,
            max_connections=args.max_connections,
            trusted_proxies=tuple(args.trusted_proxy),
        ),
    )
    workers = f", {args.workers} workers" if args.workers > 1 else ""
    print(f"Kiosk registry on http://{args.host}:{args.port}/{workers} (Ctrl+C to stop)", flush=True)
    serving.serve(options, host=args.host, port=args.port, workers=args.workers)
    return 0


def run_approve(args: argparse.Namespace) -> int:
    from kiosk.registry.service import approve_kiosk

    _open(args)
    kiosk = approve_kiosk(args.public_key, name=args.name, organisation=args.organisation)
    return answer(args, {"id": kiosk.key_id, **kiosk.as_dict()}, f"Approved kiosk {kiosk.key_id} ({kiosk.name}).")


def run_revoke_kiosk(args: argparse.Namespace) -> int:
    from datetime import datetime

    from kiosk.core.clock import utcnow
    from kiosk.core.errors import InvalidInput
    from kiosk.registry.service import revoke_kiosk

    moment = None
    if args.as_of:
        try:
            moment = datetime.fromisoformat(args.as_of.strip().replace("T", " ").rstrip("Z"))
        except ValueError as exc:
            raise InvalidInput(f"--as-of is a UTC time like '2026-11-30 08:00', not {args.as_of!r}.") from exc
        if moment > utcnow():
            raise InvalidInput("--as-of cannot be in the future.")
    _open(args)
    kiosk = revoke_kiosk(args.key_id, now=moment)
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
    return answer_list(
        args,
        store.list_kiosks(),
        as_json=lambda k: {"id": k.key_id, **k.as_dict()},
        line=_kiosk_line,
        none="No kiosks approved yet (see 'kiosk registry approve-kiosk --help').",
    )


def _kiosk_line(k) -> str:
    state = f"revoked {k.revoked_at:%Y-%m-%d}" if k.revoked_at else "approved"
    org = f", {k.organisation}" if k.organisation else ""
    return f"{k.key_id}  {k.name}{org}  ({state} {k.approved_at:%Y-%m-%d})"


BUNDLE_MAX_BYTES = 64 * 1024 * 1024


def run_import_bundle(args: argparse.Namespace) -> int:
    from kiosk.core.errors import KnownError
    from kiosk.core.sync.envelope import MAX_DEPTH
    from kiosk.core.untrusted_json import JsonRefused, load_json
    from kiosk.registry.batches import Refused, take_batch

    path = args.file
    try:
        if path.stat().st_size > BUNDLE_MAX_BYTES:
            raise KnownError(f"{path} is larger than a sync bundle can be.")
        document = load_json(path.read_bytes(), max_bytes=BUNDLE_MAX_BYTES, max_depth=MAX_DEPTH)
    except OSError as exc:
        raise KnownError(f"Cannot read {path} ({exc.strerror}).") from exc
    except JsonRefused as exc:
        raise KnownError(f"{path} is not a sync bundle: {exc}.") from exc
    _open(args)
    try:
        result = take_batch(document, via="bundle")
    except Refused as exc:
        raise KnownError(f"Bundle refused: {exc}") from exc
    return answer(
        args,
        result.as_dict(),
        "This bundle was already imported; nothing changed." if result.duplicate
        else f"Imported {result.new_credentials} new credential(s) and {result.new_revocations} new revocation(s) "
        f"({result.received_credentials} and {result.received_revocations} in the bundle).",
    )
