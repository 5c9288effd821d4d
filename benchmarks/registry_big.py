"""A registry for a whole country: 1,000,000 certificates from 10,000 kiosks in PostgreSQL.

Run: python benchmarks/registry_big.py --postgres URL [--certificates 1000000] [--kiosks 10000]
                                       [--days-online 7] [--requests 2000] [--json]

The database at URL is filled once (every certificate really signed by its kiosk's key, as
``kiosk.core.credentials.issuing`` signs; 1% revoked; each kiosk's syncs of ``--days-online``
days, one every 10 minutes as an online kiosk sends them; about 6 minutes on 2 cores) and
reused while it holds the same numbers; the organisation key is kept beside it in the temp
folder.
Then ``kiosk registry serve`` runs on it and this process measures:

- the verification page for random certificates among the million (target: p99 < 20 ms),
  beside the floor (a bare endpoint served the same way);
- a sync of 500 new certificates from one kiosk, a signed POST /api/v1/sync (target: < 2 s),
  beside the floor (the same body posted to a bare endpoint that reads it).

Never run by the tests: it needs a PostgreSQL database to fill (a few hundred MB).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from multiprocessing import get_context
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

TITLES = ["Digital basics", "Keeping a cash book", "Safe food handling", "Mobile money", "First aid at work"]
NAMES = ["Amina", "Bola", "Chen", "Dara", "Esi", "Femi", "Grace", "Hassan", "Ines", "Joseph", "Kofi", "Lerato"]
SURNAMES = ["Okafor", "Adeyemi", "Wei", "Mensah", "Banda", "Diallo", "Ncube", "Osei", "Phiri", "Tembo"]


# The page is served by registry.start_registry, as the command serves it.
APP_PATHS = {"verification page, a big registry": "kiosk registry serve"}
SERVED_AS = ("kiosk", "registry", "serve")

def kiosk_key(number: int):
    """Kiosk ``number``'s key, the same on every run (so a reused database's kiosks can still sign)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.core.credentials import keys

    private = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"kiosk-bench-%d" % number).digest())
    public_raw = private.public_key().public_bytes_raw()
    return keys.SigningKey(private_key=private, public_raw=public_raw)


def certificate(key, rng: random.Random, issued_on: date):
    """(fields, base32 payload) of a new certificate signed by ``key``, as issuing does."""
    from kiosk.core.credentials import ob3, payload
    from kiosk.core.credentials.payload import CertificateFields

    title = rng.choice(TITLES)
    fields = CertificateFields(
        key_id=key.key_id,
        serial=base64.b32encode(rng.randbytes(5)).decode("ascii"),
        issued_on=issued_on,
        method="mastery",
        score=rng.randint(70, 100),
        credential_code=payload.credential_code_for("bench/" + title),
        title=title,
        learner_name=f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}",
    )
    signature = ob3.sign_fields(fields, key.private_key, key.public_raw)
    return fields, payload.to_base32(payload.encode(payload.with_signature(fields, signature)))


def kiosk_rows(job: tuple[int, int, int]) -> str:
    """The received_credential rows (CSV) of kiosks ``first`` .. ``last - 1``, ``each`` certificates each."""
    from kiosk.core.credentials.shortcode import short_code_for

    first, last, each = job
    out = io.StringIO()
    for number in range(first, last):
        key = kiosk_key(number)
        rng = random.Random(number)
        for n in range(each):
            issued_on = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
            fields, text = certificate(key, rng, issued_on)
            received = datetime(issued_on.year, issued_on.month, issued_on.day) + timedelta(days=rng.randrange(30))
            out.write(f"{fields.credential_id},{key.key_id},{short_code_for(fields.credential_id)},{text},"
                      f'"{fields.learner_name}","{fields.title}",{issued_on.isoformat()},{received.isoformat()}\n')
    return out.getvalue()


def fill(url: str, home: Path, *, certificates: int, kiosks: int, days_online: int) -> None:
    """Make the registry: organisation, kiosks, certificates, each kiosk's syncs, 1% revoked."""
    from kiosk.core.credentials import keys
    from kiosk.registry import orgkey
    from kiosk.registry.db import open_registry_db
    from kiosk.registry.service import init_organisation
    from tests.registry.conftest import empty_postgres

    empty_postgres(url)
    orgkey.key_path().unlink(missing_ok=True)  # this benchmark's own key, made again with the database
    database = open_registry_db(url)
    init_organisation(name=marker(certificates, kiosks, days_online), verify_url="https://verify.example.org",
                      key_file=orgkey.key_path())
    raw = database.connection()
    cursor = raw.cursor()
    started = time.perf_counter()
    kiosk_csv = io.StringIO()
    for number in range(kiosks):
        key = kiosk_key(number)
        kiosk_csv.write(f"{key.key_id},{keys.public_key_multibase(key.public_raw)},Kiosk {number},Bench,2024-01-01T00:00:00\n")
    kiosk_csv.seek(0)
    cursor.copy_expert('COPY "approved_kiosk" ("key_id", "public_key", "name", "organisation", "approved_at") '
                       "FROM STDIN WITH (FORMAT csv)", kiosk_csv)
    each = certificates // kiosks
    jobs = [(first, min(first + 50, kiosks), each) for first in range(0, kiosks, 50)]
    with get_context("fork").Pool(os.cpu_count() or 2) as pool:
        for done, block in enumerate(pool.imap_unordered(kiosk_rows, jobs), 1):
            cursor.copy_expert('COPY "received_credential" ("id", "key_id", "short_code", "payload", "learner_name", '
                               '"title", "issued_on", "received_at") FROM STDIN WITH (FORMAT csv)', io.StringIO(block))
            if done % 20 == 0:
                print(f"  {done * 50 * each:,} certificates in {time.perf_counter() - started:.0f} s", file=sys.stderr,
                      flush=True)
    cursor.execute('INSERT INTO "sync_batch" SELECT md5("key_id"), "key_id", MAX("received_at"), MAX("received_at"), '
                   "'http', COUNT(*), 0 FROM \"received_credential\" GROUP BY \"key_id\"")
    # Then the kiosk stayed online: a batch every 10 minutes, empty, each saying its revocations
    # are all in up to then (kiosk.ui.background_sync, kiosk.core.sync.client.push).
    cursor.execute('INSERT INTO "sync_batch" ("nonce", "key_id", "sent_at", "received_at", "via", "credentials", '
                   '"revocations", "revoked_up_to") SELECT md5("key_id" || n), "key_id", at, at, \'http\', 0, 0, at '
                   'FROM (SELECT "key_id", MAX("received_at") AS last FROM "received_credential" GROUP BY "key_id") k, '
                   'generate_series(1, %s) n, LATERAL (SELECT last + n * interval \'10 minutes\' AS at) t',
                   (days_online * 144,))
    cursor.execute('INSERT INTO "credential_revocation" SELECT "id", "received_at", NULL, "received_at" '
                   'FROM "received_credential" WHERE hashtext("id") % 100 = 0')
    cursor.execute('ANALYZE')
    print(f"  filled in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)


def marker(certificates: int, kiosks: int, days_online: int) -> str:
    return f"Big registry benchmark {certificates} from {kiosks}, {days_online} days online"


def ready(url: str, *, certificates: int, kiosks: int, days_online: int) -> bool:
    from kiosk.registry import orgkey, store
    from kiosk.registry.db import close_registry_db, open_registry_db

    try:
        open_registry_db(url)
        found = store.get_organisation()
        held = store.count_received()
        close_registry_db()
    except Exception as exc:  # noqa: BLE001 - an empty or foreign database: fill it
        print(f"  the database is not ready ({exc})", file=sys.stderr)
        return False
    # Each run's syncs add 1,500 certificates: the registry only grows a little.
    filled = found is not None and found.name == marker(certificates, kiosks, days_online) and held >= certificates
    if not filled or not orgkey.key_path().exists():
        print(f"  the database holds {held:,} certificates for {found.name if found else 'no organisation'!r}",
              file=sys.stderr)
        return False
    return True


def sample_paths(url: str, count: int) -> list[str]:
    from kiosk.core.credentials import payload
    from kiosk.registry.db import close_registry_db, open_registry_db

    database = open_registry_db(url)
    rows = database.execute_sql('SELECT "payload" FROM "received_credential" TABLESAMPLE SYSTEM (1) LIMIT %s',
                                (count,)).fetchall()
    if len(rows) < count:  # a small registry: 1% of its pages holds too few
        rows = database.execute_sql('SELECT "payload" FROM "received_credential" ORDER BY random() LIMIT %s',
                                    (count,)).fetchall()
    close_registry_db()
    return [f"/C/{payload.to_digits(payload.from_base32(text))}" for (text,) in rows]


def sync_body(number: int, batch: int) -> bytes:
    """A signed envelope of 500 new certificates from kiosk ``number`` (batch ``batch`` of the run)."""
    from kiosk.core.clock import utcnow
    from kiosk.core.sync import envelope as env

    key = kiosk_key(number)
    rng = random.Random(f"sync-{time.time_ns()}-{batch}")
    payloads = [certificate(key, rng, date.today())[1] for _ in range(env.MAX_ITEMS)]
    document = env.make_envelope(key_id=key.key_id, private_key=key.private_key, payloads=payloads, revocations=[],
                                 sent_at=utcnow())
    return json.dumps(document).encode("utf-8")


def post_seconds(port: int, body: bytes) -> tuple[float, int]:
    import registry as bench

    client = bench.Client(port)
    request = (f"POST /api/v1/sync HTTP/1.1\r\nHost: registry\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode("ascii") + body
    began = time.perf_counter()
    status = client.request(request)
    seconds = time.perf_counter() - began
    client.close()
    return seconds, status


def main(argv: list[str] | None = None) -> int:
    import registry as bench

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", metavar="URL", default=os.environ.get("KIOSK_BENCH_POSTGRES_URL"),
                        help="the PostgreSQL database to fill and use (default $KIOSK_BENCH_POSTGRES_URL)")
    parser.add_argument("--certificates", type=int, default=1_000_000)
    parser.add_argument("--kiosks", type=int, default=10_000)
    parser.add_argument("--days-online", type=int, default=7,
                        help="each kiosk's syncs: this many days of one every 10 minutes (144 a day)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.postgres:
        if args.json:
            print(json.dumps({"skipped": "no --postgres URL or KIOSK_BENCH_POSTGRES_URL", "table": []}))
            return 0
        parser.error("give --postgres URL (a database this benchmark may empty and fill)")
    home = Path(tempfile.gettempdir()) / f"kiosk-registry-big-{args.certificates}-{args.kiosks}"
    home.mkdir(exist_ok=True)
    os.environ["KIOSK_HOME"] = str(home)
    if not ready(args.postgres, certificates=args.certificates, kiosks=args.kiosks, days_online=args.days_online):
        print(f"filling the registry with {args.certificates:,} certificates from {args.kiosks:,} kiosks, "
              f"{args.days_online} days online ...", file=sys.stderr, flush=True)
        fill(args.postgres, home, certificates=args.certificates, kiosks=args.kiosks, days_online=args.days_online)
        from kiosk.registry.db import close_registry_db

        close_registry_db()
    paths = sample_paths(args.postgres, args.requests + 200)
    env = {**os.environ, "KIOSK_HOME": str(home)}
    floor_port, floor = bench.start_floor(env, str(home))
    page_port, page = bench.start_registry(args.postgres, env)
    try:
        results = {}
        for name, process, port in (("floor", floor, floor_port), ("page", page, page_port)):
            bench.load(port, paths[:200], requests=200, concurrency=args.concurrency)
            results[name] = bench.load(port, paths[200:], requests=args.requests, concurrency=args.concurrency,
                                       server_pid=process.pid)
        syncs, floors = [], []
        for batch in range(3):
            body = sync_body(batch + 1, batch)
            seconds, status = post_seconds(page_port, body)
            if status != 200:
                raise SystemExit(f"the sync of 500 certificates was refused: HTTP {status}")
            syncs.append(seconds)
            floors.append(post_seconds(floor_port, body)[0])
    finally:
        bench.stop(floor)
        bench.stop(page)
    table = [
        bench.row(f"verification page, {args.certificates:,} certificates from {args.kiosks:,} kiosks: p99",
                  results["page"]["p99_ms"], "ms", results["floor"]["p99_ms"]),
        bench.row(f"verification page, {args.certificates:,} certificates", results["page"]["rate"], "req/s",
                  results["floor"]["rate"]),
        bench.row(f"sync of 500 certificates into {args.certificates:,}", statistics.median(syncs), "s",
                  statistics.median(floors)),
    ]
    if args.json:
        print(json.dumps({"table": table, "results": results, "sync_seconds": syncs}, indent=2))
        return 0
    for item in table:
        print(f"{item['figure']:<78}{item['value']:>10.3f} {item['unit']:<6} floor {item['floor']:>9.3f}  "
              f"{item['ratio']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
