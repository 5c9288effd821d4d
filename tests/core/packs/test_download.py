"""Downloads from a real HTTP server on 127.0.0.1 that drops the first connection halfway."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kiosk.core.errors import KnownError
from kiosk.core.packs import download as download_module
from kiosk.core.packs.download import download_packs, fetch_catalog
from kiosk.core.packs.library import import_pack
from kiosk.core.storage import repo


class _Server:
    def __init__(self, files: dict[str, bytes], *, cut_first: bool = True) -> None:
        self.files = files
        self.cut_first = cut_first
        self.requests: list[tuple[str, str | None]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                name = self.path.lstrip("/")
                server.requests.append((name, self.headers.get("Range")))
                body = server.files.get(name)
                if body is None:
                    self.send_error(404)
                    return
                range_header = self.headers.get("Range")
                if range_header:
                    start = int(range_header.removeprefix("bytes=").split("-")[0])
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                    self.send_header("Content-Length", str(len(body) - start))
                    self.end_headers()
                    self.wfile.write(body[start:])
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if name.endswith(".kpack") and server.cut_first:
                    server.cut_first = False
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)  # the network drops halfway
                    return
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _catalog(pack: bytes, **overrides) -> bytes:
    entry = {
        "id": "kiosk.sample.mini",
        "title": "A tiny test pack",
        "version": "1.0.0",
        "size": len(pack),
        "sha256": hashlib.sha256(pack).hexdigest(),
        "url": "packs/mini.kpack",
    }
    entry.update(overrides)
    return json.dumps([entry]).encode()


@pytest.fixture(autouse=True)
def _short_timeouts(monkeypatch):
    monkeypatch.setattr(download_module, "TIMEOUT_SECONDS", 5)


def test_an_interrupted_download_resumes_and_verifies(database, kiosk_home, mini_kpack):
    pack = mini_kpack.read_bytes()
    with _Server({"catalog.json": _catalog(pack), "packs/mini.kpack": pack}) as server:
        seen = []
        files = download_packs(server.url + "catalog.json", progress=lambda *a: seen.append(a))
    assert [f.name for f in files] == ["kiosk.sample.mini-1.0.0.kpack"]
    assert files[0].read_bytes() == pack
    kpack_requests = [r for r in server.requests if r[0].endswith(".kpack")]
    assert kpack_requests[0] == ("packs/mini.kpack", None)
    assert kpack_requests[1] == ("packs/mini.kpack", f"bytes={len(pack) // 2}-")  # resumed, not restarted
    assert len(kpack_requests) == 2
    assert not list((kiosk_home / "downloads").glob("*.part"))
    import_pack(files[0])
    assert repo.get_installed_pack("kiosk.sample.mini").version == "1.0.0"


def test_a_catalog_skips_installed_versions(database, mini_kpack):
    pack = mini_kpack.read_bytes()
    import_pack(mini_kpack)
    with _Server({"catalog.json": _catalog(pack), "packs/mini.kpack": pack}) as server:
        assert download_packs(server.url + "catalog.json") == []
    assert [r[0] for r in server.requests] == ["catalog.json"]


def test_a_direct_kpack_url_downloads_too(database, mini_kpack):
    pack = mini_kpack.read_bytes()
    with _Server({"mini.kpack": pack}, cut_first=False) as server:
        files = download_packs(server.url + "mini.kpack")
    assert files[0].read_bytes() == pack


def test_a_wrong_sha256_is_refused_and_deleted(database, kiosk_home, mini_kpack):
    pack = mini_kpack.read_bytes()
    with _Server({"catalog.json": _catalog(pack, sha256="0" * 64), "packs/mini.kpack": pack}, cut_first=False) as server:
        with pytest.raises(KnownError, match="does not match the catalog's SHA-256"):
            download_packs(server.url + "catalog.json")
    assert list((kiosk_home / "downloads").iterdir()) == []


def test_a_tampered_download_fails_pack_verification(database, kiosk_home, mini_kpack):
    pack = bytearray(mini_kpack.read_bytes())
    pack[len(pack) // 3] ^= 0xFF
    with _Server({"catalog.json": _catalog(bytes(pack)), "packs/mini.kpack": bytes(pack)}, cut_first=False) as server:
        with pytest.raises(KnownError, match="refused"):
            download_packs(server.url + "catalog.json")
    assert list((kiosk_home / "downloads").iterdir()) == []


def test_bad_addresses_and_catalogs_are_refused(database, mini_kpack):
    with pytest.raises(KnownError, match="not an http"):
        download_packs("file:///etc/passwd")
    with _Server({"catalog.json": b"{not json", "list.json": b'[{"id": "x"}]'}) as server:
        with pytest.raises(KnownError, match="not valid JSON"):
            fetch_catalog(server.url + "catalog.json")
        with pytest.raises(KnownError, match="not a pack"):
            fetch_catalog(server.url + "list.json")
        with pytest.raises(KnownError, match="Could not fetch"):
            fetch_catalog(server.url + "missing.json")
