"""The HTML pages: small (no scripts, inline CSS), readable on a 360-pixel phone, in English,
French or Arabic (right to left).

The language comes from ``?lang=`` (the switch at the foot of every page) or the browser's
Accept-Language, else English. The pages' words are in ``words.json``, keyed by the English text;
each language has one date style (``date_text``). What a certificate says (names, titles, the
organisation) is shown as written, each in its own bidirectional isolate, so a Latin name reads
right on an Arabic page and an Arabic name on an English one.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from html import escape
from pathlib import Path
from urllib.parse import quote_plus, urlencode

from kiosk.core.credentials import payload
from kiosk.core.credentials.judge import Finding, KeyStanding
from kiosk.core.records import SkillRef
from kiosk.registry.service import INVALID, REVOKED, VALID, PageResult

LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية"}
RIGHT_TO_LEFT = {"ar"}
LINKEDIN_ADD = "https://www.linkedin.com/profile/add"

CSS = """
*{box-sizing:border-box}
body{margin:0;font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:#111;background:#fff}
main{max-width:34rem;margin:0 auto;padding:1rem}
h1{font-size:1.1rem;margin:0 0 .75rem;color:#333}
h2{font-size:1rem;margin:1.2rem 0 .4rem}
.verdict{border:4px solid;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}
.verdict strong{display:block;font-size:2.6rem;line-height:1.1;letter-spacing:.04em}
[dir=rtl] .verdict strong{letter-spacing:0}
.verdict p{margin:.35rem 0 0}
.valid{border-color:#0a6b2d;background:#e9f7ee}.valid strong{color:#0a6b2d}
.invalid{border-color:#a31515;background:#fdecec}.invalid strong{color:#a31515}
.revoked{border-color:#8a4b00;background:#fff4e0}.revoked strong{color:#8a4b00}
.demo{border:3px dashed #333;padding:.5rem .75rem;margin:0 0 1rem;font-weight:700}
.claims dd{font-weight:400}.fresh{font-weight:600}
dl{margin:0 0 1rem}dt{font-size:.85rem;color:#444;margin-top:.6rem}dd{margin:0;font-weight:600;overflow-wrap:anywhere}
ul{margin:.2rem 0 1rem;padding-inline-start:1.3rem}
.keep a{display:block;margin:.5rem 0;padding:.6rem .9rem;border:2px solid #0645ad;border-radius:.4rem;text-decoration:none;font-weight:600;text-align:center}
.keep p{font-size:.85rem;color:#444;margin:.3rem 0}
form{margin:1rem 0}label{display:block;font-weight:600;margin-bottom:.3rem}
input{font:inherit;width:100%;padding:.5rem;border:2px solid #555;border-radius:.3rem;text-transform:uppercase}
button{font:inherit;margin-top:.5rem;padding:.5rem 1.2rem;border:2px solid #111;border-radius:.3rem;background:#111;color:#fff}
footer{font-size:.8rem;color:#444;border-top:1px solid #ccc;margin-top:1.5rem;padding-top:.5rem}
footer a{margin-inline-end:.8rem}
a{color:#0645ad}
"""

# The frame of a page is written in ASCII, its few other characters as references (✔ ✖ ⚠, the
# languages' names, "·"): an English page about an ASCII name is then ASCII throughout, and
# Python encodes it by copying rather than character by character.
SYMBOLS = {VALID: "&#10004;", INVALID: "&#10006;", REVOKED: "&#9888;"}  # ✔ ✖ ⚠
_LANGUAGE_NAMES = {code: name.encode("ascii", "xmlcharrefreplace").decode("ascii") for code, name in LANGUAGES.items()}
HEADLINES = {
    VALID: "This certificate is genuine.",
    INVALID: "This certificate could not be confirmed.",
    REVOKED: "This certificate has been withdrawn.",
}
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
ERROR_TITLES = {400: "Not a certificate link", 404: "Page not found", 405: "Not allowed", 410: "Not available",
                413: "Too large", 429: "Too many requests", 500: "Something went wrong"}

# The pages' own words, keyed by the English text: {english: {"fr": ..., "ar": ...}}. A text
# missing there shows in English.
WORDS: dict[str, dict[str, str]] = json.loads(Path(__file__).with_name("words.json").read_text(encoding="utf-8"))

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
}


def say(lang: str, english: str, **values: object) -> str:
    """``english`` in ``lang`` (English when the table has no translation), with ``{name}`` filled in."""
    text = WORDS.get(english, {}).get(lang, english)
    return text.format(**values) if values else text


@lru_cache(maxsize=1024)
def said(lang: str, english: str) -> str:
    """``say(lang, english)`` escaped for HTML: the pages' fixed words, worked out once each."""
    return escape(say(lang, english))


@lru_cache(maxsize=4096)
def date_text(day: date, lang: str) -> str:
    """One date style per language: 4 March 2025, 1er mars 2025, 4 مارس 2025."""
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {MONTHS[lang][day.month - 1]} {day.year}"


@lru_cache(maxsize=4096)
def _date_html(day: date, lang: str) -> str:
    return escape(date_text(day, lang))


def choose_language(asked: str | None, accept_language: str | None) -> str:
    """``?lang=`` if it names a page language, else the best of Accept-Language, else English."""
    if asked in LANGUAGES:
        return asked  # type: ignore[return-value]
    return _best_accepted((accept_language or "")[:500])


@lru_cache(maxsize=256)  # browsers send a few Accept-Language values over and over
def _best_accepted(accept_language: str) -> str:
    best, best_q = "en", 0.0
    for part in accept_language.split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().split("-")[0].lower()
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if primary in LANGUAGES and q > best_q:
            best, best_q = primary, q
    return best


def _isolated(text: str) -> str:
    """Text from a certificate, in its own direction whatever the page's."""
    return f"<bdi>{escape(text)}</bdi>"


def _ltr(text: str) -> str:
    """Codes and ids: always left to right."""
    return f'<span dir="ltr">{escape(text)}</span>'


_HERE = "\0"  # where a page's own address goes in its language switch (no text has it)


@lru_cache(maxsize=len(LANGUAGES))
def _switch_of(lang: str) -> str:
    """The language switch of ``lang``'s pages, with ``_HERE`` for the page's own address."""
    links = [
        f'<a href="{_HERE}lang={code}" hreflang="{code}" lang="{code}">{name}</a>'
        for code, name in _LANGUAGE_NAMES.items()
        if code != lang
    ]
    return f"<p>{said(lang, 'Language:')} {_LANGUAGE_NAMES[lang]} &#183; {' '.join(links)}</p>"


def _switch(here: str, lang: str, *, plain: bool = False) -> str:
    """``plain``: ``here`` has no query and nothing to escape (a certificate's path)."""
    target = here + "?" if plain else escape(here) + ("&amp;" if "?" in here else "?")
    return _switch_of(lang).replace(_HERE, target)


@lru_cache(maxsize=len(LANGUAGES))
def _frame(lang: str) -> tuple[str, str, str]:
    """A page's fixed parts in ``lang``: up to the title, from the title to the content, and the
    footer's last words after the language switch."""
    direction = ' dir="rtl"' if lang in RIGHT_TO_LEFT else ""
    head = (
        f'<!DOCTYPE html>\n<html lang="{lang}"{direction}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="referrer" content="no-referrer"><title>'
    )
    foot = (
        "<p>"
        + said(lang, "Kiosk certificate verification. This page checks the certificate's digital signature "
                     "on the server; it uses no scripts and no cookies.")
        + f'</p><p><a href="/?lang={lang}">{said(lang, "Check another certificate")}</a></p>'
        "</footer></main></body></html>\n"
    )
    return head, f"</title><style>{CSS}</style></head><body><main>", foot


def layout(title: str, content: str, *, lang: str = "en", here: str = "/", plain_here: bool = False) -> str:
    """A whole page: ``title`` (HTML, escaped already) and ``content`` in the frame of ``lang``.
    ``here``: the page's address, for the language switch (``plain_here``: see ``_switch``)."""
    head, to_content, foot = _frame(lang)
    return "".join((head, title, to_content, content, "<footer>", _switch(here, lang, plain=plain_here), foot))


def code_form(value: str = "", message: str = "", *, lang: str = "en") -> str:
    note = f"<p>{said(lang, message)}</p>" if message else ""
    return (
        f'<form method="get" action="/code">{note}<label for="c">{said(lang, "Short code on the certificate")}'
        f'</label><input type="hidden" name="lang" value="{lang}">'
        f'<input id="c" name="c" value="{escape(value)}" placeholder="XXXX-XXXX-XXXX" maxlength="40" dir="ltr" '
        'autocomplete="off" autocapitalize="characters" spellcheck="false">'
        f'<button type="submit">{said(lang, "Check")}</button></form>'
    )


def home_page(*, lang: str = "en") -> str:
    return layout(
        said(lang, "Check a certificate"),
        f"<h1>{said(lang, 'Check a Kiosk certificate')}</h1><p>"
        + said(lang, "Scan the QR code on the certificate with your phone's camera, or type the short code "
                     "printed under it.")
        + "</p>"
        + code_form(lang=lang),
        lang=lang,
    )


def code_not_found_page(typed: str, message: str, *, lang: str = "en") -> str:
    return layout(
        said(lang, "Code not found"),
        f"<h1>{said(lang, 'Kiosk certificate check')}</h1>" + code_form(typed, message, lang=lang),
        lang=lang,
        here="/code?" + urlencode({"c": typed}),
    )


def _row(lang: str, label: str, value_html: str) -> str:
    return f"<dt>{said(lang, label)}</dt><dd>{value_html}</dd>"


def _freshness(result: PageResult, lang: str) -> str:
    """What "not revoked" is worth, and since when: the time up to which the issuing kiosk's
    revocations are known to have all reached the registry (sync format 2's ``revoked_up_to``)."""
    if result.record is None:
        return said(lang, "The issuing kiosk has not synced since it issued this certificate, so a withdrawal made "
                          "there would not show here yet; ask the organisation to confirm.")
    when = result.issuer_last_sync
    if when is None:
        return said(lang, "The registry holds this certificate, but cannot tell whether its kiosk withdrew it since; "
                          "ask the organisation to confirm.")
    return _not_revoked_as_of(lang, when.date())


@lru_cache(maxsize=1024)  # a kiosk's certificates share its last sync
def _not_revoked_as_of(lang: str, day: date) -> str:
    return escape(say(lang, "Not revoked as of the issuing kiosk's last sync on {date}.", date=date_text(day, lang)))


def certificate_path(result: PageResult) -> str:
    """``/C/<digits>``: this certificate's page, whatever address it was reached by. Only ASCII
    digits follow the mark, so the path goes into HTML as it is."""
    return payload.PATH_MARK + (result.digits or payload.to_digits(payload.encode(result.fields)))  # type: ignore[arg-type]


@lru_cache(maxsize=1024)
def _form_value(text: str) -> str:
    """``text`` in a query string as ``urlencode`` writes it; titles, organisations and this
    registry's address repeat from one certificate to the next, so each is worked out once."""
    return quote_plus(text, safe="")


_LEFT_AS_IT_IS = re.compile(r"[A-Za-z0-9_.~-]*")  # what urlencode does not quote


def _fresh_form_value(text: str) -> str:
    """``_form_value`` for what differs on every certificate (its digits, its id): not remembered,
    and those, as usual, need no quoting."""
    return text if _LEFT_AS_IT_IS.fullmatch(text) else quote_plus(text, safe="")


def linkedin_url(result: PageResult, *, page_url: str) -> str:
    """LinkedIn's add-certification link: name, organisation, issue month, certificate URL and id."""
    f = result.fields
    organisation = result.organisation or (result.badge.facts.organisation if result.badge else "")
    # The page's address ends in its own digits: quoted apart from the (repeating) rest.
    address, slash, last = page_url.rpartition("/")
    return (f"{_linkedin_head(f.title, organisation)}&issueYear={f.issued_on.year}&issueMonth={f.issued_on.month}"  # type: ignore[union-attr]
            f"&certUrl={_form_value(address + slash)}{_fresh_form_value(last)}"
            f"&certId={_fresh_form_value(f.credential_id)}")  # type: ignore[union-attr]


@lru_cache(maxsize=1024)
def _linkedin_head(title: str, organisation: str) -> str:
    """The link up to what differs on every certificate: a credential's name and organisation
    (each left out when empty), the same for many certificates."""
    head = LINKEDIN_ADD + "?startTask=CERTIFICATION_NAME"
    if title:
        head += "&name=" + _form_value(title)
    if organisation:
        head += "&organizationName=" + _form_value(organisation)
    return head


def _keep_and_share(result: PageResult, lang: str, base_url: str, path: str) -> str:
    """Download and LinkedIn, for a VALID certificate only; no LinkedIn for a demonstration. ``path``:
    its page (``certificate_path``: digits). A credential id is base32 letters and digits around a
    hyphen (``payload.decode`` makes it), and every value in the LinkedIn link is quoted: only the
    link's "&" need escaping."""
    links = [
        f'<a href="{path}/open-badge.json" download="kiosk-{result.fields.credential_id}.json" '  # type: ignore[union-attr]
        f'type="application/json">{said(lang, "Download Open Badge (.json)")}</a>'
    ]
    if not result.verdict.demonstration:
        url = linkedin_url(result, page_url=base_url.rstrip("/") + path)
        links.append(f'<a href="{url.replace("&", "&amp;")}" rel="noopener noreferrer">'
                     f'{said(lang, "Add to LinkedIn profile")}</a>')
    return (
        f'<section class="keep"><h2>{said(lang, "Keep and share")}</h2>'
        + "".join(links)
        + f"<p>{said(lang, 'A signed copy of this credential that digital wallets and other verifiers can check.')}</p>"
        "</section>"
    )


# What many certificates share (a credential's title and skills, an issue date, a kiosk) is
# worked out once per language: functions of their arguments only, remembered.


@lru_cache(maxsize=4096)
def _shared_rows(lang: str, title: str, issued_on: date, method: str, score: int | None, organisation: str,
                 kiosk: KeyStanding) -> str:
    """The rows from Credential to Kiosk."""
    method_text = say(lang, "assessed by a facilitator" if method == payload.AwardMethod.FACILITATOR else "mastery of the skills")
    score_text = "" if score is None else ("، " if lang == "ar" else ", ") + say(lang, "score {score}%", score=score)
    return (
        _row(lang, "Credential", _isolated(title))
        + _row(lang, "Issued on", escape(f"{date_text(issued_on, lang)} ({method_text}{score_text})"))
        + _row(lang, "Organisation", _isolated(organisation) if organisation else said(lang, "(not given)"))
        + _row(lang, "Kiosk", say(lang, "{name} (key {key})", name=_isolated(kiosk.kiosk_name), key=_ltr(kiosk.key_id)))
    )


@lru_cache(maxsize=1024)
def _skills(lang: str, skills: tuple[SkillRef, ...]) -> str:
    return (
        f"<h2>{said(lang, 'Skills this credential certifies')}</h2><ul>"
        + "".join(f"<li>{_isolated(s.title)}</li>" for s in skills)
        + "</ul>"
    )


def verification_page(result: PageResult, *, lang: str = "en", base_url: str = "") -> str:
    """The verdict page. ``base_url``: this registry's public address, for the certificate URL given to LinkedIn."""
    verdict, status, f = result.verdict, result.status, result.fields
    here = certificate_path(result) if f is not None else "/"  # this page, by its one address
    if verdict.finding in INVALID_REASONS:
        reason = said(lang, INVALID_REASONS[verdict.finding])
    elif status == REVOKED:
        reason = escape(say(lang, "Genuine, but withdrawn on {date}.",
                            date=date_text(verdict.evidence.revoked_at.date(), lang)))  # type: ignore[union-attr]
    else:
        reason = said(lang, "Genuine: signed by a kiosk this organisation approved.")
    parts = [_verdict_top(lang, status), reason, "</p>"]
    if status == VALID:
        parts.append(f'<p class="fresh">{_freshness(result, lang)}</p>')
    parts.append("</section>")
    if f is not None and verdict.genuine:
        if f.demonstration:
            parts.append(
                '<p class="demo">'
                + said(lang, "DEMONSTRATION: this certificate comes from a sample pack that anyone can make. "
                             "It is not a qualification.")
                + "</p>"
            )
        organisation = result.organisation or (result.badge.facts.organisation if result.badge else "")
        rows = [
            _row(lang, "Learner", _isolated(f.learner_name)),
            _shared_rows(lang, f.title, f.issued_on, f.method, f.score, organisation, result.kiosk),
            _row(lang, "Certificate id", f'<span dir="ltr">{f.credential_id}</span>'),  # as _ltr; nothing to escape
        ]
        if result.record is not None:
            record = say(lang, "Yes: received {date}, short code {code}",
                         date=_date_html(result.record.received_at.date(), lang), code=_ltr(result.record.short_code))
        else:
            record = said(lang, "Not yet: the issuing kiosk has not sent it")
        rows.append(_row(lang, "Registry record", record))
        if result.revocation is not None:
            rows.append(_row(lang, "Withdrawn on", _date_html(result.revocation.revoked_at.date(), lang)))
        parts.append("<dl>" + "".join(rows) + "</dl>")
        if result.badge is not None and result.badge.facts.skills:
            parts.append(_skills(lang, result.badge.facts.skills))
        if status == VALID:
            parts.append(_keep_and_share(result, lang, base_url, here))
    elif f is not None:
        parts.append(
            f"<p>{said(lang, 'The code claims the following. None of it is confirmed:')}</p>"
            '<dl class="claims">'
            + _row(lang, "Learner (claimed)", _isolated(f.learner_name))
            + _row(lang, "Credential (claimed)", _isolated(f.title))
            + _row(lang, "Date (claimed)", _ltr(f.issued_on.isoformat()))
            + "</dl>"
        )
    return layout(_verdict_title(lang, status), "".join(parts), lang=lang, here=here, plain_here=True)


@lru_cache(maxsize=16)
def _verdict_top(lang: str, status: str) -> str:
    """A verdict page's heading and its verdict's first lines, up to its reason."""
    return (
        f"<h1>{said(lang, 'Kiosk certificate check')}</h1>"
        f'<section class="verdict {status.lower()}" role="status"><strong>'
        f'<span aria-hidden="true">{SYMBOLS[status]}</span> {said(lang, status)}</strong>'
        f"<p>{said(lang, HEADLINES[status])}</p><p>"
    )


@lru_cache(maxsize=16)
def _verdict_title(lang: str, status: str) -> str:
    return f"{said(lang, status)}: {said(lang, 'Kiosk certificate check')}"


def error_page(status: int, message: str, *, lang: str = "en") -> str:
    title = said(lang, ERROR_TITLES.get(status, "Error"))
    body = (
        f'<h1>{said(lang, "Kiosk certificate check")}</h1><section class="verdict invalid" role="status">'
        f'<strong><span aria-hidden="true">{SYMBOLS[INVALID]}</span> {title}</strong>'
        f"<p>{said(lang, message)}</p></section>"
    )
    if status in (400, 404):
        body += code_form(lang=lang)
    return layout(title, body, lang=lang)
