"""Kiosk's Open Badges export, checked by two verifiers that share no code with Kiosk:
Digital Bazaar's vc.verifyCredential and the Digital Credentials Consortium's verifier-core
(the library behind the Learner Credential Wallet and VerifierPlus), under Node, offline.

Needs Node and the packages pinned in tests/node/package-lock.json (`.ci/run` installs them);
without them these tests are skipped, unless KIOSK_REQUIRE_NODE=1 (CI), where they fail.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SCHEMA_URL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"

pytestmark = pytest.mark.node


def _missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not (HERE / "node_modules" / "@digitalcredentials" / "verifier-core").is_dir():
        return "the Node packages are not installed (cd tests/node && npm ci)"
    return None


@pytest.fixture(scope="module")
def node_verify():
    missing = _missing()
    if missing:
        if os.environ.get("KIOSK_REQUIRE_NODE") == "1":
            pytest.fail(f"KIOSK_REQUIRE_NODE=1 but {missing}")
        pytest.skip(missing)

    def run(documents: dict[str, dict], folder: Path) -> dict[str, dict]:
        paths = {}
        for name, document in documents.items():
            path = folder / f"{name}.json"
            path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
            paths[str(path)] = name
        done = subprocess.run(["node", str(HERE / "verify.mjs"), *paths], capture_output=True, text=True,
                              timeout=300, cwd=HERE, check=False)
        assert done.returncode == 0, done.stderr[-3000:]
        answers = json.loads(done.stdout.strip().splitlines()[-1])
        return {paths[path]: answer for path, answer in answers.items()}

    return run


def _one_character(text: str) -> str:
    """``text`` with one character changed."""
    return text[:-1] + ("b" if text[-1] != "b" else "c")


def _tampered(document: dict, change) -> dict:
    changed = copy.deepcopy(document)
    change(changed)
    return changed


@pytest.fixture
def exports(enrolled):
    from kiosk.core.credentials import issuing
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.learners.profiles import create_learner
    from tests.core.credentials.conftest import install_test_pack

    install_test_pack()
    credential_pack = find_definition("kiosk.test.digital/digital-basics")
    found = {}
    for name in ("Amina Okafor", "أمينة أوكافور"):
        issued = issuing.award_credential(learner_id=create_learner(name).id, definition=credential_pack,
                                          method="mastery", score=85)
        found[name] = (issued, issuing.export_ob3(issued))
    return found


def test_both_verifiers_accept_a_fresh_export_and_refuse_a_one_character_change(node_verify, exports, tmp_path):
    latin, latin_document = exports["Amina Okafor"]
    _arabic, arabic_document = exports["أمينة أوكافور"]
    assert [p["cryptosuite"] for p in latin_document["proof"]] == ["eddsa-jcs-2022", "eddsa-rdfc-2022"]

    def name(d):
        d["credentialSubject"]["identifier"][0]["identityHash"] = _one_character(
            d["credentialSubject"]["identifier"][0]["identityHash"])

    def skill(d):
        alignment = d["credentialSubject"]["achievement"]["alignment"][0]
        alignment["targetName"] = _one_character(alignment["targetName"])

    def issuer(d):
        d["issuer"]["name"] = _one_character(d["issuer"]["name"])

    def date(d):
        d["validFrom"] = d["validFrom"].replace(":00Z", ":01Z", 1)

    documents = {
        "fresh": latin_document,
        "fresh-arabic": arabic_document,
        "changed-name": _tampered(latin_document, name),
        "changed-skill": _tampered(latin_document, skill),
        "changed-issuer": _tampered(latin_document, issuer),
        "changed-date": _tampered(latin_document, date),
    }
    results = node_verify(documents, tmp_path)

    for fresh in ("fresh", "fresh-arabic"):
        answer = results[fresh]
        assert answer["digitalbazaar"]["verified"] is True, answer
        assert [p["verified"] for p in answer["digitalbazaar"]["proofs"]] == [True, True]
        assert [p["cryptosuite"] for p in answer["digitalbazaar"]["proofs"]] == ["eddsa-jcs-2022", "eddsa-rdfc-2022"]
        assert answer["dcc"]["verified"] is True, answer
        # Nothing was fetched to check the signatures: did:key and the contexts resolved offline.
        # (verifier-core also tries to fetch the OB 3.0 JSON schema for its report; that is refused.)
        assert set(answer["blocked"]) <= {SCHEMA_URL}, answer["blocked"]
    for changed in ("changed-name", "changed-skill", "changed-issuer", "changed-date"):
        answer = results[changed]
        assert answer["digitalbazaar"]["verified"] is False, (changed, answer)
        assert [p["verified"] for p in answer["digitalbazaar"]["proofs"]] == [False, False], changed
        assert answer["dcc"]["verified"] is False, (changed, answer)


def test_the_qrs_credential_alone_satisfies_only_jcs_verifiers(node_verify, exports, tmp_path):
    """What the registry serves before the kiosk syncs: the QR's eddsa-jcs-2022 proof only, which
    the DCC verifier does not accept; the full badge with its eddsa-rdfc-2022 proof is what it needs."""
    from kiosk.core.credentials import issuing, keys, ob3

    issued, _ = exports["Amina Okafor"]
    fields = issuing.certificate_fields(issued)
    qr_document = ob3.signed_credential(fields, keys.ensure_signing_key().public_raw)
    answer = node_verify({"qr": qr_document}, tmp_path)["qr"]
    assert answer["digitalbazaar"]["verified"] is True
    assert answer["dcc"]["verified"] is False and "signature" in answer["dcc"]["error"].lower()


def test_the_documented_example_passes_both_verifiers(node_verify, tmp_path):
    from tests.core.credentials.test_format_doc import full_credential_example

    _badge, shown = full_credential_example()
    answer = node_verify({"documented": shown}, tmp_path)["documented"]
    assert answer["digitalbazaar"]["verified"] is True and answer["dcc"]["verified"] is True, answer
