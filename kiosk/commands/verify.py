"""``kiosk verify``: check a certificate offline."""

from __future__ import annotations

import argparse

from kiosk.commands import open_storage, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="check a certificate (URL, code, photo or PDF)",
        description="Check a certificate offline: its signature against the trusted kiosk keys and this "
        "kiosk's revocation list. Exit status 0 only for a genuine, unrevoked certificate.",
    )
    parser.add_argument(
        "input", metavar="TEXT|IMAGE|PDF", help="the QR's URL or base32 text, a photo (PNG/JPEG) or a PDF"
    )
    parser.add_argument("--json", action="store_true", help="print what was checked as a JSON object")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from kiosk.core.credentials.verify import verify_input

    open_storage()
    result = verify_input(args.input)
    if args.json:
        print_json(result.as_dict())
    else:
        f = result.fields
        if f is not None:
            score = "" if f.score is None else f", score {f.score}%"
            print(f"Learner:    {f.learner_name}")
            print(f"Credential: {f.title} (code {f.credential_code}; id {f.credential_id})")
            print(f"Issued:     {f.issued_on.isoformat()} ({f.method}{score})")
            print(f"Kiosk key:  {f.key_id}" + (f" — {result.key_name}" if result.key_name else " (unknown)"))
            print(f"Signature:  {'ok' if result.signature_ok else 'BAD'}")
            print(f"Revoked:    {'YES' if result.revoked else 'no'}")
        print(("VALID: " if result.ok else "INVALID: ") + result.reason)
    if not result.ok:
        print(f"kiosk: {result.reason}", file=sys.stderr)
    return 0 if result.ok else 1
