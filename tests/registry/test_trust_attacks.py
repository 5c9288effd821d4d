"""A fake registry on 127.0.0.1, standing for anyone between a kiosk and its registry (security
review, item 2). Before, ``kiosk sync`` stored whatever /api/v1/trust answered: it could add an
unapproved key (a forgery then showed VALID), lift a withdrawal, revoke genuine certificates and
revoke the verifying kiosk's own key. Now every such answer is refused with one line and the
trust store stays as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk.core.credentials import keys, verify
from kiosk.core.storage import repo
from kiosk.core.sync.client import sync_with_registry
from kiosk.core.trust import store as trust_store
from kiosk.core.trust.documents import TrustRefused
from tests.trust_helpers import TestOrganisation, another_kiosk_key, certificate

REPO_ROOT = Path(__file__).resolve().parents[2]


class FakeRegistry:
    """Answers /api/v1/trust with ``trust`` and acknowledges every sync (with ``receipt``)."""

    def __init__(self) -> None:
        self.trust: object = {}
        self.receipt: object = None
        self.posts = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _answer(self, value: object) -> None:
                body = json.dumps(value).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):  # noqa: N802
                self._answer(fake.trust)

            def do_POST(self):  # noqa: N802
                fake.posts += 1
                sent = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                ids = [c["payload"] for c in sent["body"]["credentials"]]
                self._answer({"acknowledged_credentials": ids, "acknowledged_revocations": [], "receipt": fake.receipt})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_registry():
    fake = FakeRegistry()
    yield fake
    fake.stop()


@pytest.fixture
def holding(enrolled):
    """This kiosk holds trust list 2 of its organisation: kiosk 'Lost laptop' withdrawn, one credential revoked."""
    laptop = another_kiosk_key()
    withdrawn = enrolled.kiosk(laptop.public_key, "Lost laptop", withdrawn_at=datetime(2026, 6, 1))
    trust_store.apply_trust_list(enrolled.trust_list(sequence=1, kiosks=[enrolled.kiosk(laptop.public_key)]))
    trust_store.apply_trust_list(
        enrolled.trust_list(sequence=2, kiosks=[withdrawn], revocations=[("AAAAAAAA-BBBBBBBB", datetime(2026, 7, 1))])
    )
    return laptop


def trust_snapshot() -> tuple:
    return (
        trust_store.status().as_dict(),
        repo.count_trust_store(),
        trust_store.held_trust_list(),
        repo.get_settings([trust_store.ORG_KEY, trust_store.ORG_NAME]),
    )


def refused_sync(url: str) -> str:
    with pytest.raises(TrustRefused) as refused:
        sync_with_registry(url, timeout=5)
    message = str(refused.value)
    assert "\n" not in message and message.endswith(("changed.", "one.", "request."))
    return message


def test_an_unsigned_list_adding_a_key_is_refused_and_the_forgery_stays_invalid(holding, fake_registry):
    mallory = another_kiosk_key()
    fake_registry.trust = {  # the format kiosk sync used to store as it came
        "kiosks": [{"key_id": mallory.key_id, "public_key": mallory.public_key, "name": "Mallory", "organisation": "",
                    "revoked_at": None}],
        "revocations": [],
    }
    before = trust_snapshot()
    assert "signed document" in refused_sync(fake_registry.url)
    assert trust_snapshot() == before
    assert not verify.verify_payload(certificate(mallory)).ok
    assert fake_registry.posts == 0  # nothing is sent to a registry that cannot prove itself


def test_a_list_signed_by_another_key_is_refused(holding, enrolled, fake_registry):
    impostor = TestOrganisation(name=enrolled.name)  # the same name, another key
    mallory = another_kiosk_key()
    own = keys.ensure_signing_key()
    fake_registry.trust = impostor.trust_list(
        sequence=99,
        kiosks=[impostor.kiosk(mallory.public_key), impostor.kiosk(own.public_key, withdrawn_at=datetime(2026, 1, 1))],
        revocations=[("AAAAAAAA-CCCCCCCC", datetime(2026, 11, 1))],
    )
    before = trust_snapshot()
    message = refused_sync(fake_registry.url)
    assert impostor.fingerprint in message and enrolled.fingerprint in message
    assert trust_snapshot() == before
    assert not verify.verify_payload(certificate(mallory)).ok
    assert verify.verify_payload(certificate(own)).ok  # its own key was not "revoked"


def test_an_altered_list_lifting_a_withdrawal_is_refused(holding, enrolled, fake_registry):
    genuine = enrolled.trust_list(
        sequence=3, kiosks=[enrolled.kiosk(holding.public_key, "Lost laptop", withdrawn_at=datetime(2026, 6, 1))]
    )
    genuine["body"]["kiosks"][0]["withdrawn_at"] = None  # the signature stays the organisation's
    fake_registry.trust = genuine
    before = trust_snapshot()
    assert "altered" in refused_sync(fake_registry.url)
    assert trust_snapshot() == before
    assert verify.verify_payload(certificate(holding)).finding.value == "withdrawn-key"


def test_an_older_list_is_refused_as_a_rollback(holding, enrolled, fake_registry):
    fake_registry.trust = enrolled.trust_list(sequence=1, kiosks=[enrolled.kiosk(holding.public_key)])
    before = trust_snapshot()
    assert "older (number 1) than the one this kiosk holds (number 2)" in refused_sync(fake_registry.url)
    assert trust_snapshot() == before
    assert not verify.verify_payload(certificate(holding)).ok


def test_another_list_under_the_same_number_is_refused(holding, enrolled, fake_registry):
    fake_registry.trust = enrolled.trust_list(sequence=2, kiosks=[enrolled.kiosk(holding.public_key)])
    before = trust_snapshot()
    assert "differs from the one this kiosk holds under the same number 2" in refused_sync(fake_registry.url)
    assert trust_snapshot() == before


def test_a_fresh_copy_of_the_same_list_only_moves_its_time_forward(holding, enrolled):
    from kiosk.core.trust.store import held_trust_list

    same = held_trust_list()
    later = enrolled.trust_list(
        sequence=2,
        kiosks=[enrolled.kiosk(holding.public_key, "Lost laptop", withdrawn_at=datetime(2026, 6, 1))],
        revocations=[("AAAAAAAA-BBBBBBBB", datetime(2026, 7, 1))],
        issued_at=datetime(2026, 12, 1, 8, 0),
    )
    applied = trust_store.apply_trust_list(later)
    assert not applied.changed and trust_store.status().issued_at == datetime(2026, 12, 1, 8, 0)
    assert held_trust_list() != same


def test_acknowledgements_without_the_organisations_receipt_are_not_believed(enrolled, fake_registry, award):
    issued = award("Amina Okafor")
    fake_registry.trust = enrolled.trust_list(sequence=1)  # a genuine list, replayed by someone in the middle
    fake_registry.receipt = {"format": "kiosk-receipt/1", "body": {}, "signature": "x" * 86}
    with pytest.raises(TrustRefused, match="receipt"):
        sync_with_registry(fake_registry.url, timeout=5)
    assert repo.acknowledged_ids(fake_registry.url, "credential") == set()
    assert issued.id  # it will be sent again next time


def test_a_kiosk_with_no_organisation_key_does_not_sync(set_up_kiosk, fake_registry):
    with pytest.raises(TrustRefused, match="no organisation key"):
        sync_with_registry(fake_registry.url, timeout=5)
    assert fake_registry.posts == 0


def test_kiosk_sync_refuses_a_forged_list_with_one_line(kiosk_home, fake_registry, organisation, tmp_path):
    """The real command, in a subprocess: exit 1, one line on stderr, the trust store untouched."""
    env = {**os.environ, "KIOSK_HOME": str(kiosk_home)}

    def kiosk(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=REPO_ROOT, env=env, capture_output=True,
                              text=True, timeout=60)

    init = kiosk("init", "--org", "Riverside", "--kiosk-name", "PC 1", "--admin-pin", "123456",
                 "--org-key", organisation.public_key)
    assert init.returncode == 0 and organisation.fingerprint in init.stdout
    before = kiosk("trust", "show", "--json").stdout
    fake_registry.trust = TestOrganisation().trust_list(sequence=5)
    done = kiosk("sync", "--registry", fake_registry.url)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    assert "not by this kiosk's organisation" in done.stderr
    assert kiosk("trust", "show", "--json").stdout == before
