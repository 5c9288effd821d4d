"""A picker with 200 learners fits the window; names wrap on two lines, never cut mid-word (issue #16, items 14 and 22)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.core.learners.profiles import create_learner
from kiosk.ui.i18n import install_language
from kiosk.ui.theme import apply_theme

FIRST = ["Amina", "Aïssata", "Bob", "Chen", "Léa", "Yaw", "Fatoumata", "Oluwaseun", "Mohammed", "Jean-Baptiste"]
LAST = ["Diallo", "Ouédraogo", "Martin", "Wei", "Dubois", "Mensah-Boateng", "Traoré", "Adeyemi-Okonkwo", "El Amrani",
        "Kaboré", "Thi Minh", "Nakamura", "Lemrani", "Okafor", "Sow", "Ba", "Ndiaye", "Koné", "Bah", "Camara"]


@pytest.fixture
def many_learners(set_up_kiosk):
    for first in FIRST:
        for last in LAST:
            create_learner(f"{first} {last}")


def shown(window):
    QApplication.processEvents()
    return [t for t in window.picker.tiles() if t.isVisible()]


def test_200_learners_fit_1366x768_without_a_sideways_scroll_bar(qtbot, many_learners, make_window):
    apply_theme(QApplication.instance())
    window = make_window()
    window.resize(1366, 768)
    tiles = shown(window)
    scroll = window.picker._scroll
    viewport = scroll.viewport()
    assert not scroll.horizontalScrollBar().isVisible()
    assert window.picker._columns >= 5
    for tile in tiles:
        right = tile.mapTo(viewport, tile.rect().topRight()).x()
        assert right <= viewport.width(), f"{tile.accessibleName()} runs past the side"


def test_at_1024x600_two_rows_of_tiles_are_in_view(qtbot, many_learners, make_window):
    apply_theme(QApplication.instance())
    window = make_window()
    window.resize(1024, 600)
    tiles = shown(window)
    viewport = window.picker._scroll.viewport()
    whole = [t for t in tiles if 0 <= t.mapTo(viewport, t.rect().bottomLeft()).y() <= viewport.height()]
    assert len(whole) >= 2 * window.picker._columns >= 8


def test_names_wrap_on_two_lines_and_are_never_cut_mid_word(qtbot, many_learners, make_window):
    apply_theme(QApplication.instance())
    window = make_window()
    window.resize(1366, 768)
    tiles = shown(window)
    for tile in tiles:
        hint = tile.sizeHint()
        assert hint.width() <= tile.width() and hint.height() <= tile.height(), tile.accessibleName()
    window.picker.search.setText("yaw mensah")
    long_name = window.picker.tile_for("Yaw Mensah-Boateng")
    assert long_name.text() == "Yaw Mensah-\nBoateng"  # broken between the parts of the name, not "Yaw M…ateng"


def test_nouvel_apprenant_is_whole_on_its_tile(qtbot, set_up_kiosk, make_window):
    apply_theme(QApplication.instance())
    install_language(QApplication.instance(), "fr")
    window = make_window()
    tile = window.picker.new_learner_tile()
    assert tile.text() == "Nouvel\napprenant"
    assert tile.sizeHint().width() <= tile.width() and tile.sizeHint().height() <= tile.height()
