"""``kiosk verify``: check a certificate offline."""

from __future__ import annotations

import argparse

from kiosk.commands import Argument, command, print_json
from kiosk.core.start import open_storage


def register(subparsers: argparse._SubParsersAction) -> None:
    command(
        subparsers, "verify", run,
        Argument("input", metavar="TEXT|IMAGE|PDF", help="the QR's URL or the digits after /C/, a photo (PNG/JPEG) or a PDF"),
        json="print what was checked as a JSON object",
        help="check a certificate (URL, code, photo or PDF)",
        description="Check a certificate offline, with the same check as the organisation's verification page: "
        "its signature against this kiosk's own key and the kiosk keys on its organisation's signed trust list, "
        "then withdrawn keys and revocations as of that list. The verdict comes first. A photo or PDF with "
        "several QR codes is VALID only if every one is. Exit status 0 only when everything checked is genuine "
        "and not revoked.",
    )


def run(args: argparse.Namespace) -> int:
    import sys

    from kiosk.core.credentials.verify import as_dict, printable, verify_input

    open_storage()
    checked = verify_input(args.input)
    if args.json:
        results = [as_dict(v) for v in checked.verdicts]
        report = dict(results[0]) if len(results) == 1 else {"id": None}
        report.update({"ok": checked.ok, "headline": str(checked.headline), "codes": results})
        print_json(report)
    else:
        print(printable(checked.headline))
        for number, verdict in enumerate(checked.verdicts, 1):
            if len(checked.verdicts) > 1:
                print(f"\nCode {number} of {len(checked.verdicts)}: {printable(_line(verdict))}")
            _print_details(verdict, printable)
    if not checked.ok:
        print(f"kiosk: {printable(checked.headline)}", file=sys.stderr)
    return 0 if checked.ok else 1


def _line(verdict) -> str:
    from kiosk.core.credentials.verify import reason, verdict_word

    return f"{verdict_word(verdict)}: {reason(verdict)}"


def _print_details(verdict, printable) -> None:
    from kiosk.core.credentials.judge import Status
    from kiosk.core.credentials.verify import freshness

    f, key = verdict.fields, verdict.key
    if f is None:
        return
    if verdict.genuine:
        score = "" if f.score is None else f", score {f.score}%"
        print(f"Learner:    {printable(f.learner_name)}")
        print(f"Credential: {printable(f.title)} (code {f.credential_code}; id {f.credential_id})")
        print(f"Issued:     {f.issued_on.isoformat()} ({f.method}{score})")
        org = f", {printable(key.organisation)}" if key.organisation else ""
        print(f"Kiosk key:  {f.key_id} ({printable(key.kiosk_name)}{org})")
        print("Signature:  ok")
        if verdict.status is Status.REVOKED:
            print(f"Revoked:    YES, on {verdict.evidence.revoked_at:%Y-%m-%d}")
        else:
            print(f"Revoked:    no. {freshness(verdict)}")
        if f.demonstration:
            print("Note:       DEMONSTRATION: from a sample pack, not a qualification.")
    else:
        print("The code claims (none of this is confirmed):")
        print(f"  learner \"{printable(f.learner_name)}\", credential \"{printable(f.title)}\", "
              f"dated {f.issued_on.isoformat()}, kiosk key {f.key_id}")
