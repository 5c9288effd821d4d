"""A quiz file's warnings and a pack's problems, said in core, read in the app's language."""

from __future__ import annotations

import pytest

from kiosk.core.packs.content import check_quiz_file
from kiosk.core.quiz.gift import parse_gift
from kiosk.ui.i18n import install_language, translated


@pytest.fixture
def french(qapp):
    install_language(qapp, "fr")
    yield
    install_language(qapp, "en")


def test_a_gift_warning_reads_in_french_syntax_and_all(french):
    result = parse_gift("::Q1:: Capital of France? {=Paris #right = really ~London}\n")
    (warning,) = result.warnings
    assert str(warning) == (
        "warning: line 1, 'Q1': an unescaped '=' inside feedback: Moodle would read the rest as another right "
        "answer. Kept as feedback here; write \\= to be sure"
    )  # the CLI's words
    assert translated(str(warning)) == (
        "avertissement : ligne 1, 'Q1' : un « = » non échappé dans un commentaire : Moodle lirait la suite comme "
        "une autre bonne réponse. Ici il reste dans le commentaire ; écrivez \\= pour en être sûr"
    )


def test_a_quiz_problem_in_a_pack_reads_in_french(french, tmp_path):
    quiz = tmp_path / "final.gift"
    quiz.write_text("::Q1:: Pick one {~a ~b}\n", encoding="utf-8")
    (problem,) = check_quiz_file(quiz, name="quizzes/final.gift")
    assert problem == (
        "quizzes/final.gift: error: line 1, 'Q1': no choice is right (give one '=' or a positive weight like ~%50%)"
    )
    assert translated(problem) == (
        "quizzes/final.gift : erreur : ligne 1, 'Q1' : aucun choix n’est juste (mettez un « = » ou un poids "
        "positif comme ~%50%)"
    )
