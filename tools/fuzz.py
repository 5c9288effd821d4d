"""Coverage-guided fuzzing with atheris (libFuzzer) of the parsers that read outside input.

    python tools/fuzz.py gift    [-max_total_time=60]
    python tools/fuzz.py payload [-max_total_time=60]
    python tools/fuzz.py pack    [-max_total_time=60]

Each target accepts only success or a KnownError; anything else stops the run and libFuzzer
writes the input to ``crash-*``. Keep what it finds as a regression test in
tests/reliability/test_fuzz.py. The hypothesis tests there cover the same targets in CI;
atheris is optional (``pip install atheris``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports(include=["kiosk"]):
    from kiosk.core.credentials import payload
    from kiosk.core.errors import KnownError
    from kiosk.core.packs.archive import read_pack
    from kiosk.core.quiz.gift import parse_gift
    from kiosk.core.quiz.grading import grade_response

SCRATCH = Path(tempfile.mkdtemp(prefix="kiosk-fuzz-"))


def fuzz_gift(data: bytes) -> None:
    result = parse_gift(data.decode("utf-8", errors="replace"))
    for question in result.questions:
        for response in (None, 0, [0, 1], True, "1", [question.choices[0].text] if question.choices else "x"):
            try:
                feedback = grade_response(question, response)
            except KnownError:
                continue
            assert feedback.fraction is None or 0.0 <= feedback.fraction <= 1.0


def fuzz_payload(data: bytes) -> None:
    for attempt in (lambda: payload.decode(data), lambda: payload.payload_from_text(data.decode("latin-1"))):
        try:
            attempt()
        except payload.InvalidPayload:
            pass


def fuzz_pack(data: bytes) -> None:
    file = SCRATCH / "fuzzed.kpack"
    file.write_bytes(data)
    try:
        read_pack(file)
    except KnownError:
        pass


TARGETS = {"gift": fuzz_gift, "payload": fuzz_payload, "pack": fuzz_pack}


def seed_corpus(name: str) -> Path:
    """A folder with a valid input for the target, so the fuzzer starts from real structure."""
    corpus = SCRATCH / f"corpus-{name}"
    corpus.mkdir(exist_ok=True)
    repo = Path(__file__).resolve().parents[1]
    if name == "gift":
        (corpus / "valid.gift").write_bytes((repo / "tests/core/quiz/data/moodle_sample.gift").read_bytes())
    elif name == "pack":
        os.environ.setdefault("KIOSK_HOME", str(SCRATCH / "home"))
        from kiosk.core.packs.build import build_pack

        build_pack(repo / "tests/fixtures/packs/mini", corpus / "mini.kpack")
    else:
        fields = payload.CertificateFields(key_id="K7Q2M4XA", serial="3FJ5QW2T", issued_on=__import__("datetime").date(2025, 3, 4),
                                           method="mastery", score=85, credential_code="3FA9C21B", title="Digital basics",
                                           learner_name="Amina Okafor", signature=bytes(64))
        (corpus / "valid.bin").write_bytes(payload.encode(fields))
    return corpus


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        raise SystemExit(f"usage: python tools/fuzz.py {{{'|'.join(TARGETS)}}} [libFuzzer options]")
    name = sys.argv[1]
    corpus = seed_corpus(name)
    atheris.Setup([sys.argv[0], *sys.argv[2:], str(corpus)], TARGETS[name])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
