"""Crash consistency: a scripted learner (or importer) in a child process, killed with SIGKILL.

The child works against a real ``KIOSK_HOME`` through the real core API and prints a line
only after the call it reports has returned:

    ACK <question_id> <attempt_id>     QuizRun.submit returned (the answer is committed)
    FINISH <attempt_id>                QuizRun.finish returned
    AWARD <credential id>              award_credential returned
    IMPORTED <version>                 import_pack returned

The parent kills the child at a random moment, reopens the data folder and checks that the
database is intact, that everything acknowledged is there and that nothing is half written.

Run it by hand (the full run of the issue is 200 kills of each kind)::

    python -m tests.reliability.harness quiz --runs 200
    python -m tests.reliability.harness pack --runs 200

or through pytest: ``KIOSK_KILL_RUNS=200 python -m pytest -q tests/reliability``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PACK_ID = "reliability.pack"
QUIZ_ID = "quizzes/01.gift"
CREDENTIAL_ID = f"{PACK_ID}/steady"
LEARNER_NAME = "Amina Diallo"

QUIZ_GIFT = """// [id:cap] [tag:geo]
Capital of Ghana? {=Accra ~Kumasi ~Tamale ~Lagos}

// [id:primes] [tag:maths]
Which are prime? {~%50%2 ~%50%3 ~%-100%4 ~%-100%9}

// [id:tf] [tag:geo]
The Nile flows north. {T}

// [id:short] [tag:words]
A word for a very small computer program? {=app =applet}

// [id:pi] [tag:maths]
Pi to two places? {#3.14:0.005}

// [id:match] [tag:geo]
Match the countries and capitals. {=Kenya -> Nairobi =Peru -> Lima =Nepal -> Kathmandu}

// [id:essay] [tag:words]
Describe your village in two lines. {}
"""

PACK_MANIFEST = {
    "format": 1,
    "id": PACK_ID,
    "version": "1.0.0",
    "title": "Reliability pack",
    "language": "en",
    "publisher": "Kiosk tests",
    "license": "CC0-1.0",
    "description": "Installed by the crash tests.",
    "min_app_version": "0.1.0",
    "skills": [{"id": "geo", "title": "Geography"}, {"id": "maths", "title": "Maths"}],
    "modules": [{"id": "m", "title": "M", "lessons": [], "quizzes": [QUIZ_ID], "skills": ["geo", "maths"]}],
    "credentials": [{"id": "steady", "title": "Steady hands", "requires_skills": ["geo"]}],
    "files": {},
}

PACK_VERSIONS = ("1.0.0", "2.0.0", "3.0.0")  # imported in rotation, so "old or new" means something
IMPORT_PACK_ID = "kiosk.sample.crash"


# --- the children ---------------------------------------------------------------------


def _random_response(question, rng: random.Random):
    kind = question.type
    if kind == "single":
        return rng.randrange(len(question.choices))
    if kind == "multiple":
        return rng.sample(range(len(question.choices)), rng.randrange(len(question.choices) + 1))
    if kind == "truefalse":
        return rng.random() < 0.5
    if kind == "matching":
        rights = [p.right for p in question.prompts]
        rng.shuffle(rights)
        return rights
    return rng.choice(["Accra", "3.14", "app", "I do not know", "", "3,141"])


def child_quiz(home: Path, seed: int) -> int:
    """Answer quizzes and earn (and re-earn) a credential, forever, reporting each commit."""
    os.environ["KIOSK_HOME"] = str(home)
    from kiosk import paths
    from kiosk.core.credentials import issuing
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.learners.profiles import find_profile, log_in
    from kiosk.core.quiz.engine import QuizRun
    from kiosk.core.quiz.gift import parse_gift
    from kiosk.core.storage import repo
    from kiosk.core.storage.db import init_db

    rng = random.Random(seed)
    init_db(paths.database_path())
    session = log_in(find_profile(LEARNER_NAME).id)
    definition = find_definition(CREDENTIAL_ID)
    questions = parse_gift(QUIZ_GIFT).questions
    print("READY", flush=True)
    while True:
        run = QuizRun(session=session, pack_id=PACK_ID, quiz_id=QUIZ_ID, questions=questions, seed=rng.randrange(2**31))
        while run.current is not None:
            question = run.current.question
            run.submit(_random_response(question, rng))
            print(f"ACK {question.key} {run.attempt_id}", flush=True)
            run.advance()
        result = run.finish()
        print(f"FINISH {result.attempt_id}", flush=True)
        held = repo.find_active_issued(session.learner_id, definition.id)
        if held is not None:
            issuing.revoke(held.id, "earned again by the crash test")
        issued = issuing.award_credential(
            learner_id=session.learner_id, definition=definition, method="mastery", score=rng.randrange(101)
        )
        print(f"AWARD {issued.id}", flush=True)


def child_pack(home: Path, packs: Path, start: int) -> int:
    """Import the pack's versions in rotation (forced, so going back is allowed), forever."""
    os.environ["KIOSK_HOME"] = str(home)
    from kiosk import paths
    from kiosk.core.packs.library import import_pack
    from kiosk.core.storage.db import init_db

    init_db(paths.database_path())
    print("READY", flush=True)
    index = start
    while True:
        version = PACK_VERSIONS[index % len(PACK_VERSIONS)]
        import_pack(packs / f"crash-{version}.kpack", force=True)
        print(f"IMPORTED {version}", flush=True)
        index += 1


def child_restore(home: Path, backups: Path, start: int) -> int:
    """Restore the two backups in turn, forever, saying which one after each."""
    os.environ["KIOSK_HOME"] = str(home)
    from kiosk.core.start import open_storage
    from kiosk.core.backup import restore_backup

    open_storage()
    print("READY", flush=True)
    index = start
    while True:
        state = RESTORE_STATES[index % len(RESTORE_STATES)]
        restore_backup(backups / f"{state}.backup")
        print(f"RESTORED {state}", flush=True)
        index += 1


# --- preparing a home -------------------------------------------------------------------


def _open_core(home: Path) -> None:
    os.environ["KIOSK_HOME"] = str(home)
    from kiosk.core.storage.db import init_db

    init_db(home / "kiosk.db")


def prepare_quiz_home(home: Path) -> None:
    """A set-up kiosk with one learner and an installed pack that offers a credential."""
    from datetime import datetime

    home.mkdir(parents=True, exist_ok=True)
    _open_core(home)
    from kiosk.core.learners.profiles import create_learner
    from kiosk.core.setup import set_up_kiosk
    from kiosk.core.storage import repo
    from kiosk.core.storage.db import close_db

    set_up_kiosk(organisation="Riverside Centre", kiosk_name="Library PC 2", admin_pin="123456")
    create_learner(LEARNER_NAME)
    repo.save_installed_pack(
        manifest=PACK_MANIFEST, folder=str(home / "packs" / PACK_ID), publisher_key_id="TESTS", installed_at=datetime(2025, 1, 1)
    )
    close_db()


def build_crash_packs(folder: Path, *, megabytes: int = 6) -> dict[str, Path]:
    """Build the import test's pack in every version, each about ``megabytes`` MB, with the real builder."""
    from kiosk.core.packs.build import build_pack

    folder.mkdir(parents=True, exist_ok=True)
    built = {}
    rng = random.Random(1)
    for version in PACK_VERSIONS:
        src = folder / f"src-{version}"
        for sub in ("lessons", "quizzes", "media"):
            (src / sub).mkdir(parents=True, exist_ok=True)
        chunk = 1024 * 1024
        for i in range(megabytes):
            (src / "media" / f"blob-{i:02d}.txt").write_bytes(rng.randbytes(chunk))
        (src / "lessons" / "01-intro.md").write_text(f"# Version {version}\n\nPlain words.\n", encoding="utf-8")
        (src / "quizzes" / "01.gift").write_text("// [id:c-1] [tag:crash]\n::Q::Still here? {T}\n", encoding="utf-8")
        (src / "pack.toml").write_text(
            f'id = "{IMPORT_PACK_ID}"\nversion = "{version}"\ntitle = "Crash test pack"\nlanguage = "en"\n'
            'publisher = "Kiosk sample packs"\nlicense = "CC0-1.0"\ndescription = "For the crash tests."\n'
            'min_app_version = "0.1.0"\n\n[[skills]]\nid = "crash"\ntitle = "Crash"\n\n[[modules]]\nid = "m"\n'
            'title = "M"\nlessons = ["lessons/01-intro.md"]\nquizzes = ["quizzes/01.gift"]\nskills = ["crash"]\n',
            encoding="utf-8",
        )
        built[version] = build_pack(src, folder / f"crash-{version}.kpack").path
    return built


def prepare_pack_home(home: Path, packs: Path) -> float:
    """A kiosk with the first version of the crash pack installed; returns the seconds the import took."""
    home.mkdir(parents=True, exist_ok=True)
    _open_core(home)
    from kiosk.core.packs.library import import_pack
    from kiosk.core.storage.db import close_db

    started = time.perf_counter()
    import_pack(packs / f"crash-{PACK_VERSIONS[0]}.kpack")
    took = time.perf_counter() - started
    close_db()
    return took


# Two kiosk states a facilitator moves between by restoring backups: who is there, which pack version.
RESTORE_STATES = ("monday", "friday")
RESTORE_LEARNERS = {"monday": ["Amina"], "friday": ["Amina", "Kofi"]}
RESTORE_VERSIONS = {"monday": PACK_VERSIONS[0], "friday": PACK_VERSIONS[1]}


def prepare_restore_home(home: Path, packs: Path, backups: Path) -> None:
    """A kiosk and one backup per state (each holding a 6 MB pack); the kiosk is left in "monday"."""
    home.mkdir(parents=True, exist_ok=True)
    backups.mkdir(parents=True, exist_ok=True)
    _open_core(home)
    from kiosk.core.backup import make_backup, restore_backup
    from kiosk.core.learners.profiles import create_learner
    from kiosk.core.packs.library import import_pack
    from kiosk.core.storage.db import close_db

    import_pack(packs / f"crash-{RESTORE_VERSIONS['monday']}.kpack")
    create_learner("Amina")
    make_backup(backups / "monday.backup")
    import_pack(packs / f"crash-{RESTORE_VERSIONS['friday']}.kpack")
    create_learner("Kofi")
    make_backup(backups / "friday.backup")
    restore_backup(backups / "monday.backup")
    close_db()


def restore_problems(home: Path, *, allowed: set[str]) -> tuple[str | None, list[str]]:
    """After a kill and a start: the kiosk is wholly in one allowed state; nothing half-done is left."""
    from kiosk.core.start import open_storage
    from kiosk.core.storage.db import close_db

    os.environ["KIOSK_HOME"] = str(home)
    open_storage()  # what the next start does: finishes an interrupted restore
    close_db()
    problems = integrity_problems(home / "kiosk.db")
    with sqlite3.connect(home / "kiosk.db") as conn:
        learners = [row[0] for row in conn.execute("SELECT name FROM learner ORDER BY name")]
    state = next((s for s, names in RESTORE_LEARNERS.items() if names == learners), None)
    if state is None or state not in allowed:
        return state, problems + [f"learners {learners} are not those of {sorted(allowed)}"]
    problems += pack_problems(home, allowed_versions={RESTORE_VERSIONS[state]})
    leftovers = [p.name for p in home.iterdir() if p.name.startswith(".") or p.name.startswith("restore-journal")]
    return state, problems + [f"left behind: {leftovers}"] if leftovers else problems


# --- running and killing ------------------------------------------------------------------


@dataclass
class Killed:
    lines: list[str]
    exited_by_itself: bool
    returncode: int
    stderr: str


def run_and_kill(args: list[str], *, home: Path, delay: float, timeout: float = 60) -> Killed:
    """Start the child, wait for READY, let it work ``delay`` seconds, then SIGKILL it."""
    env = dict(os.environ, KIOSK_HOME=str(home), PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.harness", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    lines: list[str] = []
    ready = threading.Event()
    stderr_chunks: list[str] = []

    def read_stdout() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                ready.set()
        ready.set()  # EOF: the child is gone

    def read_stderr() -> None:
        stderr_chunks.append(proc.stderr.read())  # type: ignore[union-attr]

    readers = [threading.Thread(target=read_stdout, daemon=True), threading.Thread(target=read_stderr, daemon=True)]
    for reader in readers:
        reader.start()
    ready.wait(timeout)
    time.sleep(delay)
    exited = proc.poll() is not None
    if not exited:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout)
    for reader in readers:
        reader.join(timeout)
    return Killed(
        lines=[line for line in lines if line != "READY"],
        exited_by_itself=exited,
        returncode=proc.returncode,
        stderr="".join(stderr_chunks)[-2000:],
    )


# --- the checks -----------------------------------------------------------------------------


def integrity_problems(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        problems = [f"integrity_check: {row[0]}" for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key broken: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
    return problems


@dataclass
class QuizLedger:
    """Everything the children acknowledged, over all runs."""

    answers: set[tuple[int, str]] = field(default_factory=set)  # (attempt id, question id)
    finished: set[int] = field(default_factory=set)
    awards: set[str] = field(default_factory=set)
    verified: set[tuple[str, bool]] = field(default_factory=set)  # (credential id, revoked) already checked

    def take(self, lines: list[str]) -> None:
        for line in lines:
            parts = line.split()
            if parts[0] == "ACK":
                self.answers.add((int(parts[2]), parts[1]))
            elif parts[0] == "FINISH":
                self.finished.add(int(parts[1]))
            elif parts[0] == "AWARD":
                self.awards.add(parts[1])


def check_quiz_home(home: Path, ledger: QuizLedger) -> tuple[int, list[str]]:
    """(acknowledged answers lost, other problems) after a kill."""
    db_path = home / "kiosk.db"
    problems = integrity_problems(db_path)
    with sqlite3.connect(db_path) as conn:
        stored = set(conn.execute("SELECT attempt_id, question_id FROM quiz_response"))
        duplicates = conn.execute(
            "SELECT attempt_id, question_id, COUNT(*) FROM quiz_response GROUP BY 1, 2 HAVING COUNT(*) > 1"
        ).fetchall()
        finished = {row[0] for row in conn.execute("SELECT id FROM quiz_attempt WHERE finished_at IS NOT NULL")}
        orphans = conn.execute(
            "SELECT COUNT(*) FROM quiz_response r LEFT JOIN quiz_attempt a ON a.id = r.attempt_id "
            "WHERE a.id IS NULL OR a.learner_id != r.learner_id OR a.pack_id != r.pack_id"
        ).fetchone()[0]
        credentials = conn.execute(
            "SELECT c.id, c.short_code, c.payload, c.title, l.name, c.revoked_at FROM issued_credential c "
            "LEFT JOIN learner l ON l.id = c.learner_id"
        ).fetchall()
        active = conn.execute(
            "SELECT learner_id, credential_id, COUNT(*) FROM issued_credential WHERE revoked_at IS NULL "
            "GROUP BY 1, 2 HAVING COUNT(*) > 1"
        ).fetchall()
    lost = len(ledger.answers - stored)
    if duplicates:
        problems.append(f"answers stored twice: {duplicates[:3]}")
    if ledger.finished - finished:
        problems.append(f"finished attempts not finished: {sorted(ledger.finished - finished)[:5]}")
    if orphans:
        problems.append(f"{orphans} answers without their attempt")
    if active:
        problems.append(f"a credential held twice at once: {active}")
    ids = {row[0] for row in credentials}
    if ledger.awards - ids:
        problems.append(f"acknowledged awards missing: {sorted(ledger.awards - ids)[:5]}")
    # A committed credential changes later only by being revoked, so each state is verified once.
    fresh = [row for row in credentials if (row[0], row[5] is not None) not in ledger.verified]
    found = credential_problems(home, fresh)
    problems += found
    if not found:
        ledger.verified.update((row[0], row[5] is not None) for row in fresh)
    return lost, problems


def credential_problems(home: Path, rows: list[tuple]) -> list[str]:
    """Every stored credential must have a complete payload whose signature verifies."""
    from kiosk.core.credentials import payload, verify
    from kiosk.core.credentials.shortcode import short_code_for
    from kiosk.core.storage.db import close_db

    problems = []
    _open_core(home)
    try:
        for issued_id, short_code, text, title, learner_name, revoked_at in rows:
            if learner_name is None:
                problems.append(f"{issued_id}: no learner")
                continue
            try:
                raw = payload.from_base32(text)
                fields = payload.decode(raw)
            except Exception as exc:  # noqa: BLE001 (any failure is a finding)
                problems.append(f"{issued_id}: payload unreadable ({exc!r})")
                continue
            if fields.credential_id != issued_id or short_code != short_code_for(issued_id):
                problems.append(f"{issued_id}: payload or short code belongs to another credential")
            if fields.title != title or fields.learner_name != learner_name:
                problems.append(f"{issued_id}: payload names another title or learner")
            checked = verify.verify_payload(raw)
            if not checked.genuine or checked.revoked != (revoked_at is not None):
                problems.append(f"{issued_id}: does not verify ({checked.reason})")
    finally:
        close_db()
    return problems


def pack_problems(home: Path, *, allowed_versions: set[str]) -> list[str]:
    """The installed pack is one whole version: its row, folder, files and hashes agree."""
    import json

    db_path = home / "kiosk.db"
    problems = integrity_problems(db_path)
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT version, folder, manifest FROM installed_pack WHERE id = ?", (IMPORT_PACK_ID,)).fetchall()
    if len(rows) != 1:
        return problems + [f"{len(rows)} records of the pack"]
    version, folder, manifest_text = rows[0]
    manifest = json.loads(manifest_text)
    if version not in allowed_versions or manifest["version"] != version:
        problems.append(f"installed version {version} (manifest {manifest['version']}), expected one of {allowed_versions}")
    folder = Path(folder)
    if not folder.is_dir() or not (folder / "pack.kpack").is_file():
        return problems + [f"the installed folder {folder} or its pack.kpack is missing"]
    from kiosk.core.packs.format import extracted_on_import
    from kiosk.core.packs.reading import pack_media

    for name, entry in manifest["files"].items():
        file = folder.joinpath(*name.split("/"))
        if extracted_on_import(name) and not file.is_file():
            problems.append(f"{name} missing from the installed folder")
            continue
        data = pack_media(folder, name)  # from the folder, or from pack.kpack for media
        if data is None:
            problems.append(f"{name} missing from the installed pack")
        elif len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            problems.append(f"{name} in the installed pack does not match its hash")
    return problems


# --- the runs ---------------------------------------------------------------------------------


@dataclass
class KillReport:
    runs: int
    acknowledged: int
    lost: int
    problems: list[str]
    killed_mid_work: int  # runs where the child was still working when killed

    def summary(self, what: str) -> str:
        return (
            f"{self.lost} lost acknowledged {what} over {self.runs} runs "
            f"({self.acknowledged} acknowledged, {len(self.problems)} other problems)"
        )


def kill_quiz_runs(home: Path, *, runs: int, seed: int = 0, max_delay: float = 0.6) -> KillReport:
    """``runs`` kills of the scripted learner, checking the data folder after each one."""
    rng = random.Random(seed)
    prepare_quiz_home(home)
    ledger = QuizLedger()
    problems: list[str] = []
    lost = mid_work = 0
    for run in range(runs):
        killed = run_and_kill(["quiz", str(home), str(rng.randrange(2**31))], home=home, delay=rng.uniform(0, max_delay))
        if killed.exited_by_itself:
            problems.append(f"run {run}: the child stopped by itself ({killed.returncode}): {killed.stderr}")
        mid_work += not killed.exited_by_itself
        ledger.take(killed.lines)
        run_lost, run_problems = check_quiz_home(home, ledger)
        lost = max(lost, run_lost)
        problems += [f"run {run}: {p}" for p in run_problems]
    return KillReport(runs=runs, acknowledged=len(ledger.answers), lost=lost, problems=problems, killed_mid_work=mid_work)


def _next_version(version: str) -> str:
    return PACK_VERSIONS[(PACK_VERSIONS.index(version) + 1) % len(PACK_VERSIONS)]


def kill_pack_runs(home: Path, packs: Path, *, runs: int, seed: int = 0, max_delay: float | None = None) -> KillReport:
    """``runs`` kills during ``import_pack`` of a multi-MB pack; ``packs`` holds the built versions.

    Without ``max_delay`` the kill falls anywhere in 1.5 imports (timed on the first one).
    """
    rng = random.Random(seed)
    import_seconds = prepare_pack_home(home, packs)
    if max_delay is None:
        max_delay = 1.5 * import_seconds
    installed = PACK_VERSIONS[0]
    problems: list[str] = []
    imports = mid_work = 0
    for run in range(runs):
        start = PACK_VERSIONS.index(_next_version(installed))
        killed = run_and_kill(["pack", str(home), str(packs), str(start)], home=home, delay=rng.uniform(0, max_delay))
        if killed.exited_by_itself:
            problems.append(f"run {run}: the importer stopped by itself ({killed.returncode}): {killed.stderr}")
        mid_work += not killed.exited_by_itself
        done = [line.split()[1] for line in killed.lines if line.startswith("IMPORTED ")]
        imports += len(done)
        last = done[-1] if done else installed
        # Acknowledged: the last finished import; in flight: the one after it.
        allowed = {last, _next_version(last)}
        problems += [f"run {run}: {p}" for p in pack_problems(home, allowed_versions=allowed)]
        with sqlite3.connect(home / "kiosk.db") as conn:
            installed = conn.execute("SELECT version FROM installed_pack WHERE id = ?", (IMPORT_PACK_ID,)).fetchone()[0]
    problems += [f"after the runs: {p}" for p in final_import_problems(home, packs, installed)]
    lost = 0  # an acknowledged import that is not installed shows up as a problem above
    return KillReport(runs=runs, acknowledged=imports, lost=lost, problems=problems, killed_mid_work=mid_work)


def kill_restore_runs(home: Path, packs: Path, backups: Path, *, runs: int, seed: int = 0) -> KillReport:
    """``runs`` kills while backups are being restored; after each, the next start must leave one whole state."""
    rng = random.Random(seed)
    started = time.perf_counter()
    prepare_restore_home(home, packs, backups)
    max_delay = max(0.5, (time.perf_counter() - started) / 2)  # about two restores' time
    current = "monday"
    problems: list[str] = []
    restores = mid_work = 0
    for run in range(runs):
        start = (RESTORE_STATES.index(current) + 1) % len(RESTORE_STATES)
        killed = run_and_kill(["restore", str(home), str(backups), str(start)], home=home,
                              delay=rng.uniform(0, max_delay))
        if killed.exited_by_itself:
            problems.append(f"run {run}: the restorer stopped by itself ({killed.returncode}): {killed.stderr}")
        mid_work += not killed.exited_by_itself
        done = [line.split()[1] for line in killed.lines if line.startswith("RESTORED ")]
        restores += len(done)
        last = done[-1] if done else current
        in_flight = RESTORE_STATES[(RESTORE_STATES.index(last) + 1) % len(RESTORE_STATES)]
        state, run_problems = restore_problems(home, allowed={last, in_flight})
        problems += [f"run {run}: {p}" for p in run_problems]
        current = state or current
    return KillReport(runs=runs, acknowledged=restores, lost=0, problems=problems, killed_mid_work=mid_work)


def final_import_problems(home: Path, packs: Path, installed: str) -> list[str]:
    """After all the kills, one more import must work and leave nothing behind."""
    from kiosk.core.packs.library import import_pack, packs_root
    from kiosk.core.storage.db import close_db

    _open_core(home)
    try:
        version = _next_version(installed)
        import_pack(packs / f"crash-{version}.kpack", force=True)
        root = packs_root()
        problems = [f"leftover {p.name}" for p in root.iterdir() if p.name.startswith(".")]
        folders = sorted(p.name for p in (root / IMPORT_PACK_ID).iterdir())
        if len(folders) != 1:
            problems.append(f"version folders left: {folders}")
    finally:
        close_db()
    return problems + pack_problems(home, allowed_versions={version})


# --- command line ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Kill Kiosk at random moments and check what survives.")
    sub = parser.add_subparsers(dest="mode", required=True)
    for name, what in (
        ("quiz", "a learner answering and earning credentials"),
        ("pack", "a facilitator importing a pack"),
        ("restore", "a facilitator restoring backups"),
    ):
        one = sub.add_parser(name, help=f"kill {what}")
        one.add_argument("home", nargs="?", help=argparse.SUPPRESS)
        one.add_argument("extra", nargs="*", help=argparse.SUPPRESS)
        one.add_argument("--runs", type=int, default=int(os.environ.get("KIOSK_KILL_RUNS", "200")))
        one.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.home:  # a child started by the parent
        if args.mode == "quiz":
            return child_quiz(Path(args.home), int(args.extra[0]))
        if args.mode == "restore":
            return child_restore(Path(args.home), Path(args.extra[0]), int(args.extra[1]))
        return child_pack(Path(args.home), Path(args.extra[0]), int(args.extra[1]))

    import tempfile

    with tempfile.TemporaryDirectory(prefix="kiosk-killtest-") as tmp:
        started = time.perf_counter()
        if args.mode == "quiz":
            report = kill_quiz_runs(Path(tmp) / "home", runs=args.runs, seed=args.seed)
            what = "answers"
        elif args.mode == "restore":
            packs = Path(tmp) / "packs"
            build_crash_packs(packs)
            report = kill_restore_runs(Path(tmp) / "home", packs, Path(tmp) / "backups", runs=args.runs, seed=args.seed)
            what = "restores"
        else:
            packs = Path(tmp) / "packs"
            build_crash_packs(packs)
            report = kill_pack_runs(Path(tmp) / "home", packs, runs=args.runs, seed=args.seed)
            what = "imports"
        print(report.summary(what))
        print(f"killed while working: {report.killed_mid_work} of {report.runs}; {time.perf_counter() - started:.0f} s")
        for problem in report.problems[:20]:
            print("  " + problem)
    return 0 if report.lost == 0 and not report.problems else 1


if __name__ == "__main__":
    sys.exit(main())
