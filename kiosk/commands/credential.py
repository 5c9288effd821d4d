"""``kiosk credential award|list|pdf|revoke|export-ob3``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.commands import print_json
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "credential",
        help="award, list, print and revoke credentials",
        description="Micro-credentials issued on this kiosk, each signed with the kiosk's key.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)

    award = actions.add_parser(
        "award",
        help="award a credential after a facilitator's assessment",
        description="Award a credential to a learner after a practical assessment (needs the facilitator PIN). "
        "Awarding a credential the learner already holds changes nothing.",
    )
    award.add_argument("--learner", required=True, metavar="NAME", help="the learner's name, as on the picker")
    award.add_argument("--credential", required=True, metavar="ID", help="credential id, '<pack id>/<id>' or '<id>'")
    award.add_argument("--admin-pin", required=True, metavar="PIN", help="the facilitator PIN")
    award.add_argument("--score", type=float, help="an optional score in percent (0-100)")
    award.add_argument("--json", action="store_true", help="print the award as a JSON object")
    award.set_defaults(func=run_award)

    listing = actions.add_parser("list", help="list issued credentials", description="List issued credentials.")
    listing.add_argument("--json", action="store_true", help="print a JSON list of objects with an id")
    listing.set_defaults(func=run_list)

    pdf = actions.add_parser(
        "pdf",
        help="write a certificate PDF",
        description="Write the printable certificate (with its QR code and short code) to a PDF file.",
    )
    pdf.add_argument("id", help="the issued credential's id or short code")
    pdf.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")
    pdf.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    pdf.set_defaults(func=run_pdf)

    revoke = actions.add_parser(
        "revoke",
        help="revoke an issued credential",
        description="Revoke a credential: verification on this kiosk (and the registry, once synced) refuses it.",
    )
    revoke.add_argument("id", help="the issued credential's id or short code")
    revoke.add_argument("--admin-pin", required=True, metavar="PIN", help="the facilitator PIN")
    revoke.add_argument("--reason", help="why, in a few words")
    revoke.set_defaults(func=run_revoke)

    export = actions.add_parser(
        "export-ob3",
        help="export as an Open Badges 3.0 credential",
        description="Write the credential as a signed Open Badges 3.0 OpenBadgeCredential (eddsa-jcs-2022 proof).",
    )
    export.add_argument("id", help="the issued credential's id or short code")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.json", help="where to write it")
    export.set_defaults(func=run_export_ob3)


def _require_pin(pin: str) -> None:
    from kiosk.core.errors import KnownError
    from kiosk.core.setup import check_admin_pin, load_settings

    if not load_settings().is_set_up:
        raise KnownError("This kiosk is not set up yet; run 'kiosk init' first.")
    if not check_admin_pin(pin):
        raise KnownError("Wrong facilitator PIN.")


def _as_dict(issued) -> dict:
    return {
        "id": issued.id,
        "short_code": issued.short_code,
        "learner": issued.learner_name,
        "learner_id": issued.learner_id,
        "credential_id": issued.credential_id,
        "title": issued.title,
        "skills": issued.skills,
        "issued_at": issued.issued_at.isoformat(),
        "method": issued.method,
        "score": issued.score,
        "revoked_at": issued.revoked_at.isoformat() if issued.revoked_at else None,
        "revoke_reason": issued.revoke_reason,
    }


def _write(path: Path, data: bytes) -> None:
    from kiosk.core.errors import KnownError

    try:
        path.write_bytes(data)
    except OSError as exc:
        raise KnownError(f"Cannot write {path}: {exc.strerror or exc}.") from exc


def run_award(args: argparse.Namespace) -> int:
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.issuing import AwardMethod, award_credential, list_issued
    from kiosk.core.errors import NotFound
    from kiosk.core.learners.profiles import name_key
    from kiosk.core.storage import repo

    open_storage()
    _require_pin(args.admin_pin)
    learner = repo.find_learner_by_name_key(name_key(args.learner))
    if learner is None:
        raise NotFound(f"No learner called {args.learner!r} (see 'kiosk learner list').")
    definition = find_definition(args.credential)
    before = {c.id for c in list_issued()}
    issued = award_credential(learner_id=learner.id, definition=definition, method=AwardMethod.FACILITATOR, score=args.score)
    if args.json:
        print_json(_as_dict(issued))
    elif issued.id in before:
        print(f"{learner.name} already holds {issued.title!r} (id {issued.id}, code {issued.short_code}).")
    else:
        print(f"Awarded {issued.title!r} to {learner.name} (id {issued.id}, code {issued.short_code}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kiosk.core.credentials.issuing import list_issued

    open_storage()
    issued = list_issued()
    if args.json:
        print_json([_as_dict(c) for c in issued])
    elif not issued:
        print("No credentials issued yet.")
    else:
        for c in issued:
            state = "  REVOKED" if c.revoked_at else ""
            print(f"{c.id}  {c.short_code}  {c.issued_at:%Y-%m-%d}  {c.learner_name}: {c.title}{state}")
    return 0


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
