"""``kiosk credential award|list|pdf|revoke|export-ob3``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.commands import (
    ADMIN_PIN, OUTPUT, Argument, answer, command, command_group, fields_as_json, listing,
)
from kiosk.core.start import open_storage

ISSUED_ID = Argument("id", help="the issued credential's id or short code")
PIN = ADMIN_PIN.but(metavar="PIN")


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers,
        "credential",
        help="award, list, print and revoke credentials",
        description="Micro-credentials issued on this kiosk, each signed with the kiosk's key.",
    )
    command(
        actions, "award", run_award,
        Argument("--learner", required=True, metavar="NAME", help="the learner's name, as on the picker"),
        Argument("--credential", required=True, metavar="ID", help="credential id, '<pack id>/<id>' or '<id>'"),
        PIN,
        Argument("--score", type=float, help="an optional score in percent (0-100)"),
        json="print the award as a JSON object",
        help="award a credential after a facilitator's assessment",
        description="Award a credential to a learner after a practical assessment (needs the facilitator PIN). "
        "Awarding a credential the learner already holds changes nothing.",
    )
    listing(
        actions, _issued,
        as_json=_as_dict,
        line=lambda c: f"{c.id}  {c.short_code}  {c.issued_at:%Y-%m-%d}  {c.learner_name}: {c.title}"
                       f"{'  REVOKED' if c.revoked_at else ''}",
        none="No credentials issued yet.",
        help="list issued credentials", description="List issued credentials.",
    )
    command(
        actions, "pdf", run_pdf,
        ISSUED_ID,
        OUTPUT.but(metavar="FILE.pdf", help="where to write the PDF"),
        Argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)"),
        help="write a certificate PDF",
        description="Write the printable certificate (with its QR code and short code) to a PDF file.",
    )
    command(
        actions, "revoke", run_revoke,
        ISSUED_ID,
        PIN,
        Argument("--reason", help="why, in a few words"),
        help="revoke an issued credential",
        description="Revoke a credential: verification on this kiosk (and the registry, once synced) refuses it.",
    )
    command(
        actions, "export-ob3", run_export_ob3,
        ISSUED_ID,
        OUTPUT.but(metavar="FILE.json", help="where to write it"),
        help="export as an Open Badges 3.0 credential",
        description="Write the credential as a signed Open Badges 3.0 OpenBadgeCredential (eddsa-jcs-2022 proof).",
    )


def _require_pin(pin: str) -> None:
    from kiosk.core.errors import KnownError
    from kiosk.core.setup import check_admin_pin, load_settings

    if not load_settings().is_set_up:
        raise KnownError("This kiosk is not set up yet; run 'kiosk init' first.")
    if not check_admin_pin(pin):
        raise KnownError("Wrong facilitator PIN.")


def _as_dict(issued) -> dict:
    return fields_as_json(
        issued, "id", "short_code", "learner=learner_name", "learner_id", "credential_id", "title", "skills",
        "issued_at", "method", "score", "revoked_at", "revoke_reason",
    )


def _write(path: Path, data: bytes) -> None:
    from kiosk.core.durable import write_atomically
    from kiosk.core.say import say

    write_atomically(path, data, failure=say("Cannot write %1: %2.", path))


def run_award(args: argparse.Namespace) -> int:
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.issuing import AwardMethod, award_credential, list_issued
    from kiosk.core.errors import NotFound
    from kiosk.core.learners.profiles import find_learner

    open_storage()
    _require_pin(args.admin_pin)
    learner = find_learner(args.learner)
    if learner is None:
        raise NotFound(f"No learner called {args.learner!r} (see 'kiosk learner list').")
    definition = find_definition(args.credential)
    before = {c.id for c in list_issued()}
    issued = award_credential(learner_id=learner.id, definition=definition, method=AwardMethod.FACILITATOR, score=args.score)
    text = (f"{learner.name} already holds {issued.title!r}" if issued.id in before
            else f"Awarded {issued.title!r} to {learner.name}")
    return answer(args, _as_dict(issued), f"{text} (id {issued.id}, code {issued.short_code}).")


def _issued():
    from kiosk.core.credentials.issuing import list_issued

    return list_issued()


def run_pdf(args: argparse.Namespace) -> int:
    from kiosk.core.credentials.issuing import get_issued
    from kiosk.core.credentials.pdf import certificate_pdf

    open_storage()
    issued = get_issued(args.id)
    _write(args.output, certificate_pdf(issued, paper=args.paper))
    print(f"Wrote the certificate of {issued.learner_name} to {args.output}.")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from kiosk.core.credentials.issuing import revoke

    open_storage()
    _require_pin(args.admin_pin)
    issued = revoke(args.id, args.reason)
    print(f"Revoked {issued.id} ({issued.learner_name}: {issued.title}).")
    return 0


def run_export_ob3(args: argparse.Namespace) -> int:
    import json

    from kiosk.core.credentials.issuing import export_ob3, get_issued

    open_storage()
    document = export_ob3(get_issued(args.id))
    _write(args.output, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    print(f"Wrote the Open Badges 3.0 credential to {args.output}.")
    return 0
