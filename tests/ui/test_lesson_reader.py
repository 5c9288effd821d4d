"""The lesson reader: Markdown lessons, pack images only, navigation and text size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from kiosk.ui.lesson_reader import LessonReader
from kiosk.ui.tasks import TaskRunner


@pytest.fixture
def pack(tmp_path) -> Path:
    folder = tmp_path / "pack"
    (folder / "lessons").mkdir(parents=True)
    (folder / "media").mkdir()
    image = QImage(3000, 1000, QImage.Format_RGB32)
    image.fill(QColor("#1d4f91"))
    image.save(str(folder / "media" / "wide.png"))
    small = QImage(40, 40, QImage.Format_RGB32)
    small.fill(QColor("#ffffff"))
    small.save(str(tmp_path / "outside.png"))
    (folder / "lessons" / "01-intro.md").write_text(
        "# Counting money\n\nCoins and notes. <script>alert('x')</script> <b>raw</b>\n\n"
        "![A wide picture](../media/wide.png)\n\n![Remote](http://example.org/x.png) ![Outside](../../outside.png)\n\n"
        "[Next: change](02-change.md) · [The web](https://example.org)\n",
        encoding="utf-8",
    )
    (folder / "lessons" / "02-change.md").write_text("# Giving change\n\nCount up from the price.\n", encoding="utf-8")
    return folder


def open_reader(qtbot, lessons, folder) -> LessonReader:
    """A reader on screen with its first lesson shown (text and pictures are made on a worker)."""
    widget = LessonReader(lessons, folder, tasks=TaskRunner())
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.pictures_shown, timeout=10_000):
        widget.resize(1024, 600)
        widget.show()
        qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def reader(qtbot, pack):
    return open_reader(qtbot, sorted((pack / "lessons").glob("*.md")), pack)


def test_markdown_shows_with_raw_html_as_text(reader):
    text = reader.browser.toPlainText()
    assert text.startswith("Counting money") and "<script>alert('x')</script>" in text and "<b>raw</b>" in text
    assert reader.position.text() == "Lesson 1 of 2"
    assert not reader.previous.isEnabled()


def test_only_pack_images_load_and_they_fit_the_width(reader):
    wide = reader.browser.document().resource(QTextDocument.ImageResource, QUrl("../media/wide.png"))
    assert isinstance(wide, QImage) and not wide.isNull()
    assert wide.width() <= reader.browser.viewport().width()
    assert wide.width() / wide.height() == pytest.approx(3.0, rel=0.02)
    assert "http://example.org/x.png" in reader.browser.refused
    assert "../../outside.png" in reader.browser.refused


def test_links_to_lessons_navigate_and_web_links_do_not(qtbot, reader):
    with qtbot.waitSignal(reader.lesson_shown, timeout=10_000) as shown:
        reader.browser.anchorClicked.emit(QUrl("02-change.md"))
    assert shown.args == [1] and reader.browser.toPlainText().startswith("Giving change")
    reader.show_previous()
    reader.browser.anchorClicked.emit(QUrl("https://example.org"))
    assert reader.index == 0 and reader.notice.isVisible() and "not opened" in reader.notice.text()


def test_next_previous_home_and_finish(qtbot, reader):
    qtbot.mouseClick(reader.next, Qt.LeftButton)
    assert reader.position.text() == "Lesson 2 of 2" and reader.next.text() == "Finish ✓"
    with qtbot.waitSignal(reader.finished):
        qtbot.mouseClick(reader.next, Qt.LeftButton)
    qtbot.mouseClick(reader.previous, Qt.LeftButton)
    assert reader.index == 0
    with qtbot.waitSignal(reader.home_requested):
        qtbot.mouseClick(reader.home, Qt.LeftButton)


def test_text_size_control_has_limits(qtbot, reader):
    before = reader.browser.document().defaultFont().pointSize()
    qtbot.mouseClick(reader.larger, Qt.LeftButton)
    assert reader.browser.document().defaultFont().pointSize() == before + 2
    for _ in range(20):
        if reader.smaller.isEnabled():
            qtbot.mouseClick(reader.smaller, Qt.LeftButton)
    assert not reader.smaller.isEnabled() and reader.browser.document().defaultFont().pointSize() >= 12


def test_readable_at_full_hd(qtbot, reader):
    with qtbot.waitSignal(reader.pictures_shown, timeout=10_000):  # the pictures are re-fitted once the size settles
        reader.resize(1920, 1080)
    assert reader.browser.viewport().width() > 1500
    wide = reader.browser.document().resource(QTextDocument.ImageResource, QUrl("../media/wide.png"))
    assert 1000 < wide.width() <= reader.browser.viewport().width()


def test_an_imported_packs_images_load_from_its_pack_file(qtbot, set_up_kiosk, tmp_path):
    from kiosk.core.packs.build import build_pack
    from kiosk.core.packs.library import import_pack
    from kiosk.core.packs.reading import installed_pack, lesson_paths, pack_modules

    built = tmp_path / "mini.kpack"
    build_pack(Path(__file__).parents[1] / "fixtures" / "packs" / "mini", built)
    folder = import_pack(built).folder
    assert not (folder / "media").exists() and (folder / "lessons").is_dir()  # media stay in pack.kpack
    pack = installed_pack("kiosk.sample.mini")
    reader = open_reader(qtbot, lesson_paths(pack, pack_modules(pack)[0]), folder)
    picture = reader.browser.document().resource(QTextDocument.ImageResource, QUrl("../media/mouse.svg"))
    assert isinstance(picture, QImage) and not picture.isNull()
    assert reader.browser.refused == []


def test_the_text_shows_first_with_its_pictures_places_kept_then_the_pictures(qtbot, pack):
    seen = []
    reader = LessonReader(sorted((pack / "lessons").glob("*.md")), pack, tasks=TaskRunner())
    qtbot.addWidget(reader)

    def picture_now(kind: str) -> None:
        image = reader.browser.document().resource(QTextDocument.ImageResource, QUrl("../media/wide.png"))
        seen.append((kind, image.width(), "width=" in reader.browser.toHtml()))

    reader.lesson_shown.connect(lambda _index: picture_now("text"))
    reader.pictures_shown.connect(lambda _index: picture_now("pictures"))
    with qtbot.waitSignal(reader.pictures_shown, timeout=10_000):
        reader.resize(1024, 600)
        reader.show()
    (text, _, place_kept), (pictures, width, _) = seen[:2]
    assert (text, pictures) == ("text", "pictures") and place_kept
    assert seen[0][1] == 1 and 500 < width <= reader.browser.viewport().width()  # a placeholder, then the picture


def test_a_lesson_asked_for_while_pictures_are_drawn_is_the_one_shown(qtbot, pack):
    reader = LessonReader(sorted((pack / "lessons").glob("*.md")), pack, tasks=TaskRunner())
    qtbot.addWidget(reader)
    reader.resize(1024, 600)
    reader.show()
    with qtbot.waitSignal(reader.pictures_shown, timeout=10_000) as shown:
        reader.show_next()  # before the first lesson's pictures are drawn
    assert shown.args == [1] and reader.browser.toPlainText().startswith("Giving change")
