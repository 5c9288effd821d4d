"""The sample packs in content_packs/: they build small, import, and every credential can be earned.

A diligent learner is simulated through the real core: each quiz is taken with the right answer
to every question (twice, as a learner would retake), then credentials are awarded exactly as the
app does after a quiz. Credentials that need a facilitator's sign-off are the only ones left.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.credentials.definitions import definitions_in_manifest
from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.mastery.learner import award_earned_credentials, learner_progress
from kiosk.core.packs.build import build_pack
from kiosk.core.packs.library import import_pack, list_packs
from kiosk.core.packs.reading import all_quizzes, installed_pack, pack_quiz_run

CONTENT = Path(__file__).resolve().parents[2] / "content_packs"
SOURCES = sorted(p.parent for p in CONTENT.glob("*/pack.toml"))
MAX_PACK_BYTES = 2 * 1024 * 1024


def right_response(question):
    kind = question.type
    if kind == "single":
        return max(range(len(question.choices)), key=lambda i: question.choices[i].fraction)
    if kind == "multiple":
        return [i for i, choice in enumerate(question.choices) if choice.fraction > 0]
    if kind == "truefalse":
        return question.answer
    if kind == "short":
        return max(question.answers, key=lambda a: a.fraction).text.replace("*", "")
    if kind == "numerical":
        best = max(question.answers, key=lambda a: a.fraction)
        return str(best.value if best.value is not None else best.min)
    if kind == "matching":
        return [pair.right for pair in question.prompts]
    if kind == "essay":
        return "My own answer, for the facilitator to read."
    return None


@pytest.fixture(scope="module")
def built_packs(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    return [build_pack(source, out / f"{source.name}.kpack") for source in SOURCES]


def test_there_are_five_sample_packs_each_small(built_packs):
    assert [p.name for p in SOURCES] == [
        "digital-basics", "digital-basics-ar", "digital-basics-fr", "job-readiness", "money-basics"
    ]
    for result in built_packs:
        assert result.path.stat().st_size < MAX_PACK_BYTES


def test_a_diligent_learner_earns_every_credential(database, built_packs):
    for result in built_packs:
        import_pack(result.path)
    assert len(list_packs()) == 5
    learner = create_learner("Amina Diallo")
    session = log_in(learner.id)

    for pack in list_packs():
        for _ in range(2):
            for quiz in all_quizzes(installed_pack(pack.id)):
                run = pack_quiz_run(session, pack_id=pack.id, quiz=quiz)
                while run.current is not None:
                    feedback = run.submit(right_response(run.current.question))
                    if run.current.question.type not in ("essay", "description"):
                        assert feedback.correct, (pack.id, quiz, run.current.question.id)
                    if not run.advance():
                        break
                run.finish()
    awarded = {issued.credential_id for issued in award_earned_credentials(session)}

    expected = {
        definition.id
        for pack in list_packs()
        for definition in definitions_in_manifest(pack.manifest)
        if not definition.facilitator_signoff
    }
    assert expected == {
        "kiosk.sample.digital-basics/digital-basics",
        "kiosk.sample.digital-basics-ar/digital-basics",
        "kiosk.sample.digital-basics-fr/digital-basics",
        "kiosk.sample.job-readiness/job-ready",
        "kiosk.sample.job-readiness/work-ready-digital",
        "kiosk.sample.money-basics/money-basics",
    }
    assert awarded == expected
    progress = learner_progress(session)
    assert all(pack.progress == pytest.approx(1.0) for pack in progress.packs)


def test_the_arabic_pack_is_arabic_right_to_left_and_of_several_question_types(built_packs, database):
    """The first Arabic pack: lessons, quizzes and pictures in Arabic, with a credential."""
    import re
    import zipfile

    from kiosk.core.quiz import load_quiz_file

    result = next(r for r in built_packs if r.manifest["id"] == "kiosk.sample.digital-basics-ar")
    manifest = result.manifest
    assert manifest["language"] == "ar"
    arabic = re.compile(r"[\u0600-\u06ff]")
    assert arabic.search(manifest["title"]) and arabic.search(manifest["credentials"][0]["title"])
    source = CONTENT / "digital-basics-ar"
    types = set()
    for quiz in sorted((source / "quizzes").glob("*.gift")):
        loaded = load_quiz_file(quiz)
        assert not [p for p in loaded.problems if p.severity == "error"], quiz.name
        types.update(q.type for q in loaded.questions)
        assert all(arabic.search(q.stem) for q in loaded.questions), quiz.name
    assert {"single", "multiple", "truefalse", "matching", "short", "numerical", "essay"} <= types
    with zipfile.ZipFile(result.path) as archive:
        lessons = [n for n in archive.namelist() if n.startswith("lessons/")]
        pictures = [n for n in archive.namelist() if n.endswith(".svg")]
        assert len(lessons) >= 5 and len(pictures) >= 4
        for name in lessons:
            text = archive.read(name).decode("utf-8")
            letters = [ch for ch in text if ch.isalpha()]
            # Arabic throughout: a few Latin key names (Enter, Shift) at most.
            assert sum(1 for ch in letters if arabic.match(ch)) / len(letters) > 0.9, name
        for name in pictures:
            svg = archive.read(name).decode("utf-8")
            assert 'direction="rtl"' in svg and arabic.search(svg), name
