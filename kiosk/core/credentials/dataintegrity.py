"""W3C Data Integrity proofs with the ``eddsa-jcs-2022`` and ``eddsa-rdfc-2022`` cryptosuites.

Sign: proof config = the proof without ``proofValue`` (with the document's
``@context``); hash = SHA-256(C(proof config)) || SHA-256(C(document));
``proofValue`` = ``z`` + base58btc(Ed25519 signature of that hash). For
``eddsa-jcs-2022``, C is JCS, RFC 8785 (the ``rfc8785`` package); for
``eddsa-rdfc-2022``, C is the RDFC-1.0 canonical N-Quads of the JSON-LD
(``linkeddata``, with the contexts bundled in the package).
"""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
import rfc8785

JCS = CRYPTOSUITE = "eddsa-jcs-2022"
RDFC = "eddsa-rdfc-2022"
CRYPTOSUITES = (JCS, RDFC)


def canonical(value: Any) -> bytes:
    """RFC 8785 (JCS) bytes of ``value``.

    Credentials hold only strings, integers, booleans, lists and objects with keys inside the
    Basic Multilingual Plane; for those, JCS is exactly sorted, compact ``json.dumps`` output
    (same escapes, code point order equals UTF-16 order), which is several times faster than
    the general implementation. Anything else (floats, keys beyond U+FFFF) goes to ``rfc8785``.
    ``tests/core/credentials/test_canonical.py`` checks the two agree.
    """
    if _simple(value):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return rfc8785.dumps(value)


def _simple(value: Any) -> bool:
    """No floats, no integers beyond ±2^53, no surrogates, no object keys beyond U+FFFF."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str:
            if not item.isascii() and not _plain_text(item, keys=False):
                return False
        elif kind is dict:
            for key, inner in item.items():
                if type(key) is not str or (not key.isascii() and not _plain_text(key, keys=True)):
                    return False
                stack.append(inner)
        elif kind is list:
            stack.extend(item)
        elif kind is int:
            if not -(2**53) < item < 2**53:
                return False
        elif not (kind is bool or item is None):
            return False
    return True


def _plain_text(text: str, *, keys: bool) -> bool:
    highest = 0xFFFF if keys else 0x10FFFF
    return all(not 0xD800 <= ord(ch) <= 0xDFFF and ord(ch) <= highest for ch in text)


def proof_config(*, document: dict, created: str, verification_method: str, cryptosuite: str = JCS) -> dict:
    if cryptosuite not in CRYPTOSUITES:
        raise ValueError(f"no cryptosuite {cryptosuite!r}")
    config: dict[str, Any] = {
        "type": "DataIntegrityProof",
        "cryptosuite": cryptosuite,
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }
    if "@context" in document:
        config["@context"] = document["@context"]
    return config


def hash_data(document: dict, config: dict) -> bytes:
    """proofHash || docHash: the 64 bytes that are signed (canonical form by the config's cryptosuite).

    For ``eddsa-rdfc-2022`` raises ``linkeddata.NotCanonicalisable`` for a document it cannot
    put in canonical form.
    """
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    if config.get("cryptosuite") == RDFC:
        from kiosk.core.credentials import linkeddata

        return (
            hashlib.sha256(linkeddata.canonical_nquads(config).encode("utf-8")).digest()
            + hashlib.sha256(linkeddata.canonical_nquads(unsecured).encode("utf-8")).digest()
        )
    return hashlib.sha256(canonical(config)).digest() + hashlib.sha256(canonical(unsecured)).digest()


def encode_proof_value(signature: bytes) -> str:
    return "z" + base58.b58encode(signature).decode("ascii")


def decode_proof_value(value: str) -> bytes:
    if not value.startswith("z"):
        raise ValueError("proofValue is not base58btc multibase")
    return base58.b58decode(value[1:])


def sign(document: dict, config: dict, private_key: Ed25519PrivateKey) -> bytes:
    """The raw Ed25519 signature of ``document`` under ``config``."""
    return private_key.sign(hash_data(document, config))


def attach_proof(document: dict, config: dict, signature: bytes) -> dict:
    """A copy of ``document`` with the proof added as a one-item array (as Open Badges 3.0 wants)."""
    return attach_proofs(document, [(config, signature)])


def attach_proofs(document: dict, proofs: list[tuple[dict, bytes]]) -> dict:
    """A copy of ``document`` with a proof set: every proof signs the same document, none the others."""
    secured = copy.deepcopy(document)
    secured["proof"] = [{**config, "proofValue": encode_proof_value(signature)} for config, signature in proofs]
    return secured


def signature_matches(document: dict, config: dict, signature: bytes, public_key: Ed25519PublicKey) -> bool:
    from kiosk.core.credentials.linkeddata import NotCanonicalisable

    try:
        public_key.verify(signature, hash_data(document, config))
    except (InvalidSignature, NotCanonicalisable):
        return False
    return True


def verify_proof(secured: dict, proof: dict, public_key: Ed25519PublicKey) -> bool:
    """Check one proof of a secured document (``proof`` may be an object or an array item)."""
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") not in CRYPTOSUITES:
        return False
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    if "@context" in config and config["@context"] != secured.get("@context"):
        return False
    try:
        signature = decode_proof_value(proof["proofValue"])
    except (KeyError, ValueError):
        return False
    return signature_matches(secured, config, signature, public_key)
