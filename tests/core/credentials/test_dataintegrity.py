"""eddsa-jcs-2022 against the W3C test vectors, byte for byte."""

from __future__ import annotations

import hashlib
import json

import base58
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.credentials import dataintegrity, keys


def _load(anchors):
    folder = anchors / "eddsa-jcs-2022"
    text = {p.name: p.read_text().strip() for p in folder.iterdir() if p.suffix == ".txt"}
    return folder, text


def _private_key(folder):
    pair = json.loads((folder / "keyPair.json").read_text())
    secret = base58.b58decode(pair["privateKeyMultibase"][1:])
    assert secret[:2] == b"\x80\x26"
    return Ed25519PrivateKey.from_private_bytes(secret[2:]), pair["publicKeyMultibase"]


def test_canonical_forms_hashes_and_signature_match_the_vectors(anchors):
    folder, text = _load(anchors)
    unsigned = json.loads((folder / "unsigned.json").read_text())
    config = json.loads((folder / "proofConfigJCS.json").read_text())
    private_key, public_multibase = _private_key(folder)

    assert dataintegrity.canonical(unsigned).decode() == text["canonDocJCS.txt"]
    assert dataintegrity.canonical(config).decode() == text["proofCanonJCS.txt"]
    assert hashlib.sha256(dataintegrity.canonical(unsigned)).hexdigest() == text["docHashJCS.txt"]
    assert hashlib.sha256(dataintegrity.canonical(config)).hexdigest() == text["proofHashJCS.txt"]
    assert dataintegrity.hash_data(unsigned, config).hex() == text["combinedHashJCS.txt"]

    signature = dataintegrity.sign(unsigned, config, private_key)
    assert signature.hex() == text["sigHexJCS.txt"]
    assert dataintegrity.encode_proof_value(signature) == text["sigBTC58JCS.txt"]

    public_raw = keys.public_raw_from_multibase(public_multibase)
    assert keys.public_key_multibase(public_raw) == public_multibase
    built = dataintegrity.proof_config(
        document=unsigned, created=config["created"], verification_method=keys.verification_method(public_raw)
    )
    assert built == config


def test_the_signed_vector_verifies_and_a_changed_one_does_not(anchors):
    folder, _ = _load(anchors)
    signed = json.loads((folder / "signedJCS.json").read_text())
    _, public_multibase = _private_key(folder)
    public_key = keys.public_key_object(keys.public_raw_from_multibase(public_multibase))
    assert dataintegrity.verify_proof(signed, signed["proof"], public_key)

    changed = json.loads(json.dumps(signed))
    changed["credentialSubject"]["alumniOf"] = "The School of Forgery"
    assert not dataintegrity.verify_proof(changed, changed["proof"], public_key)

    other = Ed25519PrivateKey.generate().public_key()
    assert not dataintegrity.verify_proof(signed, signed["proof"], other)
