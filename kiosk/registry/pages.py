"""The HTML pages: small (no scripts, inline CSS), readable on a 360-pixel phone, English."""

from __future__ import annotations

from html import escape

from kiosk.core.credentials.judge import Finding
from kiosk.registry.service import INVALID, REVOKED, VALID, PageResult

CSS = """
*{box-sizing:border-box}
body{margin:0;font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#fff}
main{max-width:34rem;margin:0 auto;padding:1rem}
h1{font-size:1.1rem;margin:0 0 .75rem;color:#333}
.verdict{border:4px solid;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
.verdict strong{display:block;font-size:2.6rem;line-height:1.1;letter-spacing:.04em}
.verdict p{margin:.35rem 0 0}
.valid{border-color:#0a6b2d;background:#e9f7ee}.valid strong{color:#0a6b2d}
.invalid{border-color:#a31515;background:#fdecec}.invalid strong{color:#a31515}
.revoked{border-color:#8a4b00;background:#fff4e0}.revoked strong{color:#8a4b00}
.demo{border:3px dashed #333;padding:.5rem .75rem;margin:0 0 1rem;font-weight:700}
.claims dd{font-weight:400}.fresh{font-weight:600}
dl{margin:0 0 1rem}dt{font-size:.85rem;color:#444;margin-top:.6rem}dd{margin:0;font-weight:600;overflow-wrap:anywhere}
form{margin:1rem 0}label{display:block;font-weight:600;margin-bottom:.3rem}
input{font:inherit;width:100%;padding:.5rem;border:2px solid #555;border-radius:.3rem;text-transform:uppercase}
button{font:inherit;margin-top:.5rem;padding:.5rem 1.2rem;border:2px solid #111;border-radius:.3rem;background:#111;color:#fff}
footer{font-size:.8rem;color:#444;border-top:1px solid #ccc;margin-top:1.5rem;padding-top:.5rem}
a{color:#0645ad}
"""

SYMBOLS = {VALID: "\u2714", INVALID: "\u2716", REVOKED: "\u26a0"}  # ✔ ✖ ⚠
HEADLINES = {
    VALID: "This certificate is genuine.",
    INVALID: "This certificate could not be confirmed.",
    REVOKED: "This certificate has been withdrawn.",
}


def layout(title: str, content: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>"
        f"{content}"
        '<footer><p>Language: English. Kiosk certificate verification. This page checks the '
        "certificate's digital signature on the server; it uses no scripts and no cookies.</p>"
        '<p><a href="/">Check another certificate</a></p></footer></main></body></html>\n'
    )


def code_form(value: str = "", message: str = "") -> str:
    note = f"<p>{escape(message)}</p>" if message else ""
    return (
        f'<form method="get" action="/code">{note}<label for="c">Short code on the certificate</label>'
        f'<input id="c" name="c" value="{escape(value)}" placeholder="XXXX-XXXX-XXXX" maxlength="40" '
        'autocomplete="off" autocapitalize="characters" spellcheck="false">'
        "<button type=\"submit\">Check</button></form>"
    )


def home_page() -> str:
    return layout(
        "Check a certificate",
        "<h1>Check a Kiosk certificate</h1><p>Scan the QR code on the certificate with your phone's "
        "camera, or type the short code printed under it.</p>" + code_form(),
    )


def _row(label: str, value: str) -> str:
    return f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>"


INVALID_REASONS = {
    Finding.UNREADABLE: "This is not a certificate code the registry can read.",
    Finding.FUTURE_DATE: "It is dated more than a day in the future: no genuine kiosk issues that.",
    Finding.UNKNOWN_KEY: "It was not signed by a kiosk this organisation has approved.",
    Finding.BAD_SIGNATURE: "The signature does not match: this certificate was changed or forged.",
    Finding.WITHDRAWN_KEY: "It was signed by a withdrawn kiosk key, and the registry had not received it "
    "before the withdrawal.",
    Finding.CONFLICTING_RECORD: "The registry holds a different certificate under this certificate's id: "
    "this one is not the one that was issued.",
}


def _freshness(result: PageResult) -> str:
    """What "not revoked" is worth, and since when: the time up to which the issuing kiosk's
    revocations are known to have all reached the registry."""
    if result.record is None:
        return (
            "The issuing kiosk has not synced since it issued this certificate, so a withdrawal made there "
            "would not show here yet; ask the organisation to confirm."
        )
    when = result.issuer_last_sync
    if when is None:
        return (
            "The registry holds this certificate, but cannot tell whether its kiosk withdrew it since; "
            "ask the organisation to confirm."
        )
    return f"Not revoked as of the issuing kiosk's last sync on {when:%d %B %Y}."


def verification_page(result: PageResult) -> str:
    verdict = result.verdict
    css = result.status.lower()
    f = result.fields
    if verdict.finding in INVALID_REASONS:
        reason = INVALID_REASONS[verdict.finding]
    elif result.status == REVOKED:
        reason = f"Genuine, but withdrawn on {verdict.evidence.revoked_at:%d %B %Y}."  # type: ignore[union-attr]
    else:
        reason = "Genuine: signed by a kiosk this organisation approved."
    parts = [
        "<h1>Kiosk certificate check</h1>",
        f'<section class="verdict {css}" role="status"><strong>'
        f'<span aria-hidden="true">{SYMBOLS[result.status]}</span> {result.status}</strong>'
        f"<p>{escape(HEADLINES[result.status])}</p><p>{escape(reason)}</p>",
    ]
    if result.status == VALID:
        parts.append(f'<p class="fresh">{escape(_freshness(result))}</p>')
    parts.append("</section>")
    if f is not None and verdict.genuine:
        if f.demonstration:
            parts.append(
                '<p class="demo">DEMONSTRATION: this certificate comes from a sample pack that anyone can make. '
                "It is not a qualification.</p>"
            )
        rows = [_row("Learner", f.learner_name), _row("Credential", f.title)]
        method = "assessed by a facilitator" if f.method == "facilitator" else "mastery of the skills"
        score = "" if f.score is None else f", score {f.score}%"
        rows.append(_row("Issued on", f"{f.issued_on:%d %B %Y} ({method}{score})"))
        rows.append(_row("Organisation", result.organisation or "(not given)"))
        kiosk = result.kiosk
        rows.append(_row("Kiosk", f"{kiosk.kiosk_name} (key {kiosk.key_id})"))  # type: ignore[union-attr]
        rows.append(_row("Certificate id", f.credential_id))
        if result.record is not None:
            record = f"Yes: received {result.record.received_at:%d %B %Y}, short code {result.record.short_code}"
        else:
            record = "Not yet: the issuing kiosk has not sent it"
        rows.append(_row("Registry record", record))
        if result.revocation is not None:
            rows.append(_row("Withdrawn on", f"{result.revocation.revoked_at:%d %B %Y}"))
        parts.append("<dl>" + "".join(rows) + "</dl>")
    elif f is not None:
        parts.append(
            "<p>The code claims the following. None of it is confirmed:</p>"
            '<dl class="claims">'
            + _row("Learner (claimed)", f.learner_name)
            + _row("Credential (claimed)", f.title)
            + _row("Date (claimed)", f.issued_on.isoformat())
            + "</dl>"
        )
    return layout(f"{result.status}: Kiosk certificate", "".join(parts))


def error_page(status: int, message: str) -> str:
    titles = {400: "Not a certificate link", 404: "Page not found", 405: "Not allowed", 413: "Too large",
              429: "Too many requests", 500: "Something went wrong"}
    title = titles.get(status, "Error")
    body = (
        f'<h1>Kiosk certificate check</h1><section class="verdict invalid" role="status">'
        f'<strong><span aria-hidden="true">{SYMBOLS[INVALID]}</span> {escape(title)}</strong>'
        f"<p>{escape(message)}</p></section>"
    )
    if status in (400, 404):
        body += code_form()
    return layout(title, body)
