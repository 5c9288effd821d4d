"""JSON-LD documents as canonical N-Quads (RDF Dataset Canonicalization), offline.

The ``eddsa-rdfc-2022`` cryptosuite signs a credential's RDF statements, not its JSON text:
the JSON-LD is expanded with its contexts, turned into an RDF dataset and put in canonical
form (RDFC-1.0, which is the URDNA2015 algorithm made a W3C standard) as N-Quads. The two
contexts a Kiosk credential names are bundled in ``contexts/`` and nothing is ever fetched:
any other context is refused, so a document cannot make a kiosk or a registry reach out to
the network, and the statements signed never depend on what a server answers today.

PyLD (Digital Bazaar's JSON-LD processor for Python) does the expansion and the canonical
labelling. It escapes fewer control characters in literals than RDFC-1.0's canonical
N-Quads (it leaves U+0000-U+0008, U+000B, U+000C, U+000E-U+001F and U+007F raw), so text
holding one of those is refused here rather than signed in a form other verifiers would
not reproduce.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

CONTEXTS_DIR = Path(__file__).with_name("contexts")
BUNDLED = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-context-3.0.3.json",
}
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class NotCanonicalisable(ValueError):
    """A document this module will not put in canonical form (an unknown context, control characters)."""


@lru_cache(maxsize=None)
def bundled_context(url: str) -> dict:
    """The bundled context document for ``url``; ``NotCanonicalisable`` for any other URL."""
    name = BUNDLED.get(url)
    if name is None:
        raise NotCanonicalisable(f"the context {url!r} is not bundled with Kiosk (nothing is fetched)")
    return json.loads((CONTEXTS_DIR / name).read_text(encoding="utf-8"))


def _load_document(url: str, options: Any = None) -> dict:
    return {"contextUrl": None, "documentUrl": url, "document": bundled_context(url)}


@lru_cache(maxsize=1)
def _processor() -> tuple[Any, Any]:
    """PyLD, loaded on first use (it is not needed to read or check a QR code)."""
    from pyld import jsonld
    from pyld.context_resolver import ContextResolver

    # Its own cache (two contexts, never evicted), not PyLD's process-wide one keyed by URL alone.
    return jsonld, ContextResolver({}, _load_document)


def _check_text(value: Any) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _UNSAFE_TEXT.search(item):
                raise NotCanonicalisable("the document holds a control character")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _options() -> dict:
    _jsonld, resolver = _processor()
    return {"documentLoader": _load_document, "contextResolver": resolver, "processingMode": "json-ld-1.1"}


def canonical_nquads(document: dict) -> str:
    """The RDFC-1.0 canonical N-Quads of a JSON-LD ``document`` (bundled contexts only)."""
    _check_text(document)
    jsonld, _resolver = _processor()
    try:
        return jsonld.normalize(document, {**_options(), "algorithm": "URDNA2015", "format": "application/n-quads"})
    except jsonld.JsonLdError as exc:
        cause = exc
        while cause is not None:
            if isinstance(cause, NotCanonicalisable):
                raise cause from exc
            cause = cause.__cause__ or cause.__context__
        raise NotCanonicalisable(f"not a JSON-LD document Kiosk can read ({exc.type})") from exc


def expanded(document: dict) -> list:
    """The JSON-LD expansion of ``document`` (bundled contexts only): what the statements say."""
    _check_text(document)
    jsonld, _resolver = _processor()
    return jsonld.expand(document, _options())
