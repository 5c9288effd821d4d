"""Languages: Arabic turns the layout right-to-left and translates the app; a learner's own language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.learners.profiles import create_learner
from kiosk.core.setup import update_settings
from kiosk.ui.i18n import install_language


@pytest.fixture
def english_after(qapp):
    yield
    install_language(qapp, "en")


def test_arabic_kiosk_is_right_to_left_and_translated(qtbot, set_up_kiosk, make_window, english_after):
    update_settings(language="ar")
    install_language(QApplication.instance(), "ar")
    window = make_window()
    assert QApplication.instance().layoutDirection() == Qt.RightToLeft
    assert window.picker.facilitator.text() == "الميسّر"


def test_a_learner_with_french_gets_french_then_the_kiosk_language(qtbot, set_up_kiosk, make_window, english_after):
    create_learner("Amélie", language="fr")
    window = make_window()
    assert window.picker.facilitator.text() == "Facilitator"
    qtbot.waitUntil(lambda: len(window.picker.tiles()) > 0, timeout=10_000)
    card = window.picker.tile_for("Amélie")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(card, Qt.LeftButton)
    assert window.current_screen_name() == "home"
    assert window.home.logout.text() == "Se déconnecter"
    assert QApplication.instance().layoutDirection() == Qt.LeftToRight
    qtbot.mouseClick(window.home.logout, Qt.LeftButton)
    assert window.picker.facilitator.text() == "Facilitator"
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_home_filters_packs_by_language(qtbot, set_up_kiosk, make_window, tmp_path, english_after):
    from kiosk.core.learners.profiles import log_in
    from kiosk.core.packs.library import import_pack
    from tests.journey_packs import build_journey_pack

    import_pack(build_journey_pack(tmp_path))
    learner = create_learner("Amina")
    window = make_window()
    window._logged_in(log_in(learner.id))
    home = window.home
    qtbot.waitUntil(lambda: len(home.cards) == 1, timeout=10_000)
    home.language_filter.setCurrentIndex(home.language_filter.findData("fr"))
    assert home.cards[0].isHidden()
    home.language_filter.setCurrentIndex(home.language_filter.findData("en"))
    assert not home.cards[0].isHidden()
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_skill_states_on_the_home_screen_follow_the_language(qtbot, set_up_kiosk, make_window, tmp_path, english_after):
    from kiosk.core.learners.profiles import log_in
    from kiosk.core.packs.library import import_pack
    from tests.journey_packs import build_journey_pack

    import_pack(build_journey_pack(tmp_path))
    learner = create_learner("Amina", language="ar")
    window = make_window()
    window._logged_in(log_in(learner.id))
    home = window.home
    qtbot.waitUntil(lambda: len(home.cards) == 1, timeout=10_000)
    skills = home.cards[0].skills.text()
    assert "لم يبدأ بعد" in skills and "not started" not in skills
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_core_messages_come_in_the_kiosk_language_with_their_numbers(qtbot, set_up_kiosk, make_window, english_after):
    from tests.ui.test_learner_flow import type_pin

    update_settings(language="ar")
    install_language(QApplication.instance(), "ar")
    create_learner("Amina Diallo", pin="2468")
    window = make_window()
    qtbot.mouseClick(window.picker.tile_for("Amina Diallo"), Qt.LeftButton)
    type_pin(qtbot, window.pin_pad, "1111")
    qtbot.waitUntil(lambda: bool(window.pin_pad.error.text()), timeout=10_000)
    assert window.pin_pad.error.text() == "رمز خاطئ. المحاولات المتبقية قبل انتظار قصير: 4."
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_the_next_step_follows_the_learners_language(qtbot, set_up_kiosk, make_window, tmp_path, english_after):
    from kiosk.core.learners.profiles import log_in
    from kiosk.core.packs.library import import_pack
    from tests.journey_packs import build_journey_pack

    import_pack(build_journey_pack(tmp_path))
    learner = create_learner("Amélie", language="fr")
    window = make_window()
    window._logged_in(log_in(learner.id))  # the home screen is built in French
    qtbot.waitUntil(lambda: "\u2068" in window.home.next_step.text(), timeout=10_000)  # progress shown
    text = window.home.next_step.text().replace("\u2068", "").replace("\u2069", "")
    assert text == "Prochaine étape : dans « Journey test pack », lisez les leçons « Mouse and keyboard », puis faites le quiz."
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_a_refused_backup_is_explained_in_french(qapp, set_up_kiosk, tmp_path, english_after):
    from kiosk.core.backup import read_backup
    from kiosk.core.errors import KnownError
    from kiosk.ui.tasks import user_message

    junk = tmp_path / "not-a-backup.kbackup"
    junk.write_bytes(b"holiday photos")
    install_language(qapp, "fr")
    with pytest.raises(KnownError) as refused:
        read_backup(junk)
    assert str(refused.value) == "This file is not a Kiosk backup."  # the CLI's words
    assert user_message(refused.value) == "Ce fichier n’est pas une sauvegarde Kiosk."  # the app's


def test_a_refused_pack_is_explained_in_french_reason_and_all(qapp, set_up_kiosk, tmp_path, english_after):
    from kiosk.core.errors import KnownError
    from kiosk.core.packs.library import import_pack
    from kiosk.ui.tasks import user_message
    from tests.core.packs.kpack_maker import base_manifest, simple_files, write_kpack

    files = simple_files()
    manifest = base_manifest(files)
    tampered = {**files, "lessons/01-mouse.md": b"# Mouse\n\nClick the RIGHT button.\n"}
    manifest["files"]["lessons/01-mouse.md"]["size"] = len(tampered["lessons/01-mouse.md"])
    pack = write_kpack(tmp_path / "changed.kpack", tampered, manifest=manifest)
    install_language(qapp, "fr")
    with pytest.raises(KnownError) as refused:
        import_pack(pack)
    assert "does not match its hash" in str(refused.value)  # the CLI's words
    assert user_message(refused.value) == (
        "changed.kpack refusé : le fichier 'lessons/01-mouse.md' ne correspond pas à son empreinte "
        "(il a été modifié ou endommagé)."
    )


def test_a_french_learner_sees_the_french_packs_first_and_can_show_all(qtbot, set_up_kiosk, make_window, tmp_path,
                                                                          english_after):
    """The pack filter starts on the app's language when some pack is in it (issue #16, item 13)."""
    from kiosk.core.learners.profiles import log_in
    from kiosk.core.packs.library import import_pack
    from tests.journey_packs import JOURNEY_ID, build_journey_pack

    import_pack(build_journey_pack(tmp_path))  # an English pack
    french_source = tmp_path / "fr-src"
    import shutil

    from kiosk.core.packs.build import build_pack
    from tests.journey_packs import JOURNEY_SOURCE

    shutil.copytree(JOURNEY_SOURCE, french_source)
    toml = french_source / "pack.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('"kiosk.sample.journey"', '"kiosk.sample.journey-fr"')
                    .replace('language = "en"', 'language = "fr"'), encoding="utf-8")
    build_pack(french_source, tmp_path / "fr.kpack")
    import_pack(tmp_path / "fr.kpack")
    window = make_window()
    window._logged_in(log_in(create_learner("Amélie", language="fr").id))
    home = window.home
    qtbot.waitUntil(lambda: len(home.cards) == 2, timeout=10_000)
    assert home.language_filter.currentData() == "fr"
    assert home.card_for(JOURNEY_ID).isHidden() and not home.card_for("kiosk.sample.journey-fr").isHidden()
    home.language_filter.setCurrentIndex(home.language_filter.findData(""))
    assert not home.card_for(JOURNEY_ID).isHidden()
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def test_quiz_outcomes_and_true_false_answers_come_in_the_learners_language(qtbot, english_after):
    """'Not quite.', 'Right!' and 'La bonne réponse : False' stayed English (issue #16, item 10)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.core.quiz.grading import grade_response
    from kiosk.core.quiz.model import Question
    from kiosk.ui.i18n import translated
    from kiosk.ui.quiz_player import outcome_words

    question = Question(id="q", type="truefalse", stem="The mouse moves the pointer.", answer=False)
    wrong = grade_response(question, True)
    install_language(QApplication.instance(), "fr")
    assert outcome_words(wrong)[1] == "✘ Pas tout à fait."
    assert translated(wrong.right_answer) == "Faux"
    assert outcome_words(grade_response(question, False))[1] == "✔ Bonne réponse !"
    install_language(QApplication.instance(), "ar")
    assert outcome_words(wrong)[1] == "✘ ليست صحيحة تمامًا."
