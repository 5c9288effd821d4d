"""The ASGI app (Starlette): the verification page, the short-code form and the sync API.

Database work is short and runs on the event loop's thread, so each worker uses one
peewee connection; run several uvicorn workers to use more cores.
"""

from __future__ import annotations

import json
import logging
import math
import time
from pathlib import Path

from starlette.applications import Starlette
from starlette.convertors import StringConvertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from kiosk.core.credentials.payload import InvalidPayload
from kiosk.core.sync import envelope as env
from kiosk.core.trust import documents
from kiosk.core.untrusted_json import JsonRefused, load_json
from kiosk.registry import batches, db, pages, service, store

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1_000_000
MAX_PATH_CHARS = 1200
OPENAPI_PATH = Path(__file__).with_name("openapi.json")
PAGE_HEADERS = [
    (b"content-type", b"text/html; charset=utf-8"),
    (b"cache-control", b"no-store"),
    (b"content-security-policy",
     b"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"),
]


class Page(Response):
    """An HTML page, with the pages' headers (``PAGE_HEADERS``, written once)."""

    media_type = "text/html"

    def init_headers(self, headers=None) -> None:
        self.raw_headers = [(b"content-length", str(len(self.body)).encode("ascii")), *PAGE_HEADERS]
        for name, value in (headers or {}).items():  # any others a caller gives, as Response would add them
            self.raw_headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))


def html(content: str, status: int = 200) -> Page:
    return Page(content, status_code=status)


def problem(status: int, message: str, *, close: bool = False) -> JSONResponse:
    """A JSON refusal; ``close`` ends the connection (the rest of the request body is not read)."""
    return JSONResponse({"error": message}, status_code=status, headers={"Connection": "close"} if close else None)


class RateLimit:
    """At most ``limit`` requests a minute from one client address, in bursts of up to ``limit``.

    The budgets are kept in the registry database (``store.spend_request``), so the limit holds
    across workers and instances; each costs one statement on the address's row. Budgets that
    have refilled are deleted once a minute. Behind a proxy, the client address is the one the
    proxy reports (``--trusted-proxy``); a limit at the proxy is the first line (docs/registry.md).
    """

    def __init__(self, app: ASGIApp, *, limit: int, window: float = 60.0) -> None:
        self.app, self.limit, self.window = app, limit, window
        self.next_sweep = 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.limit <= 0:
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("?", 0))[0]
        now = time.time()
        per_second = self.limit / self.window
        try:
            left = store.spend_request(client, now=now, capacity=self.limit, per_second=per_second)
            if now >= self.next_sweep:
                self.next_sweep = now + self.window
                store.forget_full_budgets(before=now - self.window)
        except db.LOST as exc:
            await database_lost(scope["path"], exc)(scope, receive, send)
            return
        if left < 0:
            retry = max(1, math.ceil(-left / per_second))
            if scope["path"].startswith("/api/"):
                response: Response = problem(429, "Too many requests from this address; try again later.")
            else:
                response = html(pages.error_page(429, "Too many requests from this address; try again in a minute."), 429)
            response.headers["Retry-After"] = str(retry)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


class CodeConvertor(StringConvertor):
    """A certificate's code in a path: like ``{name}`` (no slash), but the pattern never backtracks,
    so a long code is matched, or refused at its first slash, in one pass."""

    regex = "[^/]++"


def language(request: Request) -> str:
    """The page language: ``?lang=``, else Accept-Language, else English."""
    asked = request.query_params.get("lang") if request.scope["query_string"] else None
    return pages.choose_language(asked, request.headers.get("accept-language"))


def public_base_url(request: Request) -> str:
    """This registry's address for links that leave the page: the organisation's verify URL, else the request's."""
    return service.public_base_url() or str(request.base_url).rstrip("/")


class SecurityHeaders:
    """Headers on every response: no MIME sniffing, never inside a frame, HSTS when served over HTTPS.

    Pages carry their own Content-Security-Policy (``PAGE_HEADERS``); anything else gets one that
    allows nothing. ``behind_https``: the public address is https (a TLS proxy in front), so
    browsers are told to use nothing else for a year (Strict-Transport-Security).
    """

    def __init__(self, app: ASGIApp, *, behind_https: bool = False) -> None:
        self.app = app
        self.limiter: RateLimit | None = None
        self.state = None  # the Starlette app's state, for tests and tools
        self.headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
        ]
        if behind_https:
            self.headers.append((b"strict-transport-security", b"max-age=31536000"))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() not in _OURS]
                if not any(k.lower() == b"content-security-policy" for k, _ in headers):
                    headers.append((b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"))
                message = {**message, "headers": headers + self.headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


_OURS = {b"x-content-type-options", b"x-frame-options", b"referrer-policy", b"strict-transport-security"}


async def home(request: Request) -> Response:
    return html(pages.home_page(lang=language(request)))


async def verify_page(request: Request) -> Response:
    text, lang = request.path_params["payload"], language(request)
    if len(text) > MAX_PATH_CHARS or "/" in text:
        return html(pages.error_page(400, "This link is not a Kiosk certificate link.", lang=lang), 400)
    try:
        result = service.check_text(text)
    except InvalidPayload:
        return html(pages.error_page(400, "This link is not a Kiosk certificate link, or it was cut short.", lang=lang), 400)
    # A code that does not even decode is a bad link (400); a decoded one gets its verdict (200).
    page = pages.verification_page(result, lang=lang, base_url=public_base_url(request))
    return html(page, 200 if result.fields is not None else 400)


async def open_badge_download(request: Request) -> Response:
    """The certificate as an Open Badges 3.0 credential (JSON), for a VALID certificate only."""
    text, lang = request.path_params["payload"], language(request)
    try:
        result = service.check_text(text) if len(text) <= MAX_PATH_CHARS else None
    except InvalidPayload:
        result = None
    document = service.open_badge(result) if result is not None else None
    if document is None:
        return html(pages.error_page(410, "Only a valid certificate can be downloaded as an Open Badge.", lang=lang), 410)
    return Response(
        json.dumps(document, ensure_ascii=False, indent=1) + "\n",
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="kiosk-{result.fields.credential_id}.json"',  # type: ignore[union-attr]
                 "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
    )


async def code_lookup(request: Request) -> Response:
    typed, lang = request.query_params.get("c", "")[:60], language(request)
    record = service.find_by_short_code(typed)
    if record is None:
        message = (
            "No certificate with this code is in the registry. Check the code, or scan the QR code."
            if typed.strip()
            else "Type the short code printed on the certificate."
        )
        return html(pages.code_not_found_page(typed, message, lang=lang), 404)
    page = pages.verification_page(service.check_text(record.payload), lang=lang, base_url=public_base_url(request))
    return html(page)


async def read_limited(request: Request, limit: int) -> bytes | None:
    """The body, or None if it is larger than ``limit`` (read no further than that)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def sync(request: Request) -> Response:
    """Take a kiosk's batch, cheapest refusals first: content type, size, the claimed key
    (one lookup, before any parsing), JSON limits, envelope shape; canonical JSON and
    signatures only for a well-formed request from an approved kiosk."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        return problem(415, "Send the sync envelope as application/json.", close=True)
    try:
        body = await read_limited(request, request.app.state.max_body)
    except ClientDisconnect:  # gone, or cut off by the body deadline (kiosk.registry.guard): no one to answer
        return Response(status_code=400)
    if body is None:
        return problem(413, f"The request is larger than {request.app.state.max_body} bytes; send smaller batches.",
                       close=True)
    try:
        claimed = env.claimed_key_id(body)
        batches.approved_sender(claimed)
        document = load_json(body, max_bytes=request.app.state.max_body, max_depth=env.MAX_DEPTH)
        result = batches.take_batch(document, via="http", claimed_key_id=claimed)
    except env.EnvelopeError as exc:
        return problem(400, str(exc))
    except JsonRefused as exc:
        return problem(400, f"The request body is not a sync envelope: {exc}.")
    except batches.Refused as exc:
        return problem(exc.status, str(exc))
    receipt = documents.make_receipt(
        org_key=request.app.state.org_key,
        nonce=result.nonce,
        key_id=result.key_id,
        credentials=result.acknowledged_credentials,
        revocations=result.acknowledged_revocations,
    )
    return JSONResponse({**result.as_dict(), "receipt": receipt})


async def trust(request: Request) -> Response:
    return Response(request.app.state.trust_copies.current(), media_type="application/json")


async def health(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def openapi(request: Request) -> Response:
    return Response(request.app.state.openapi, media_type="application/json")


async def http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if isinstance(exc, db.LOST):
        return database_lost(request.url.path, exc)
    if status >= 500:
        log.error("unexpected error on %s", request.url.path, exc_info=exc)
    messages = {404: "There is no page at this address.", 405: "This address does not take that kind of request."}
    message = messages.get(status, "The registry could not answer this request.")
    if request.url.path.startswith("/api/"):
        return problem(status, message)
    return html(pages.error_page(status, message, lang=language(request)), status)


def database_lost(path: str, exc: Exception) -> Response:
    """503 while the database does not answer; the next request opens a new connection."""
    log.warning("the registry database did not answer (%s); reconnecting on the next request", exc)
    db.forget_connection()
    message = "The registry's database is not answering; try again in a minute."
    response = problem(503, message) if path.startswith("/api/") else html(pages.error_page(503, message), 503)
    response.headers["Retry-After"] = "30"
    return response


def create_app(*, rate_limit: int = 300, max_body: int = MAX_BODY_BYTES, org_key=None,
               behind_https: bool = False) -> SecurityHeaders:
    """The registry app; the registry database must already be open (``open_registry_db``).

    ``rate_limit``: requests per minute per client address (0 = no limit). ``org_key``: the
    organisation's private key (default: the key file, ``kiosk.registry.orgkey.key_path``),
    which signs the trust list and sync receipts. ``behind_https``: send HSTS. The rate limit
    is ``.limiter`` of the app returned, and the Starlette app's state its ``.state``.
    """
    org_key = org_key or service.load_org_key()
    register_url_convertor("code", CodeConvertor())
    app = Starlette(
        routes=[
            Route("/C/{payload:code}", verify_page),  # first: what every scanned QR code asks for
            Route("/", home),
            Route("/C/{payload}/open-badge.json", open_badge_download),
            Route("/C/{payload:path}", verify_page),  # anything else under /C/: the page says it is no link
            Route("/code", code_lookup),
            Route("/api/v1/sync", sync, methods=["POST"]),
            Route("/api/v1/trust", trust),
            Route("/api/v1/health", health),
            Route("/openapi.json", openapi),
        ],
        exception_handlers={HTTPException: http_error, Exception: http_error},
    )
    app.state.max_body = max_body
    app.state.org_key = org_key
    app.state.trust_copies = service.TrustListCopies(org_key)
    app.state.openapi = OPENAPI_PATH.read_bytes()
    outer = SecurityHeaders(RateLimit(app, limit=rate_limit), behind_https=behind_https)
    outer.limiter = outer.app
    outer.state = app.state
    return outer
