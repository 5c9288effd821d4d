"""A variant of the journey pack for facilitator tests: its credential needs a sign-off, and it has an essay."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.journey_packs import JOURNEY_SOURCE

FACILITATOR_PACK_ID = "kiosk.sample.facilitated"
FACILITATOR_CREDENTIAL = f"{FACILITATOR_PACK_ID}/journey-devices"
QUIZ = "quizzes/01-check.gift"
ESSAY_STEM = "Describe how you switch on the computer."


def build_facilitator_pack(folder: Path) -> Path:
    from kiosk.core.packs.build import build_pack

    source = Path(folder) / "facilitated-src"
    shutil.copytree(JOURNEY_SOURCE, source)
    toml = source / "pack.toml"
    text = toml.read_text(encoding="utf-8").replace('"kiosk.sample.journey"', f'"{FACILITATOR_PACK_ID}"')
    text = text.replace('title = "Journey test pack"', 'title = "Facilitated test pack"')
    toml.write_text(text + "facilitator_signoff = true\n", encoding="utf-8")
    with open(source / QUIZ, "a", encoding="utf-8") as quiz:
        quiz.write(f"\n// [id:j-5]\n::Essay::{ESSAY_STEM} {{}}\n")
    out = Path(folder) / "facilitated.kpack"
    build_pack(source, out)
    return out


def take_quiz(session, *, right: bool = True, essay: str = "I press the power button."):
    """Answer every question of the pack's quiz (booleans right or wrong, the essay as text)."""
    from kiosk.core.packs.reading import pack_quiz_run

    run = pack_quiz_run(session, pack_id=FACILITATOR_PACK_ID, quiz=QUIZ)
    while run.current is not None:
        question = run.current.question
        if question.type == "essay":
            run.submit(essay)
        else:
            run.submit(question.answer if right else not question.answer)
        run.advance()
    return run.finish()
