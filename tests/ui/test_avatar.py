"""The learners' badges: white initials on a round disc of their tone, clear outside the disc."""

from PySide6.QtGui import QColor

from kiosk.ui.avatar import initials_icon, tone_for


def badge_pixels(initials, key, size=96):
    image = initials_icon(initials, key=key, size=size).pixmap(size, size).toImage()
    return image, [[image.pixelColor(x, y) for x in range(size)] for y in range(size)]


def test_a_badge_is_a_disc_of_the_learners_tone_with_white_initials(qapp):
    image, pixels = badge_pixels("AD", key="Amina Diallo")
    tone = QColor(tone_for("Amina Diallo"))
    assert image.width() == 96
    # Outside the disc: clear. Inside, away from the letters: the tone.
    for corner in (pixels[0][0], pixels[0][95], pixels[95][0], pixels[95][95]):
        assert corner.alpha() == 0
    inside = pixels[10][48]  # near the top of the disc, above the letters
    assert (inside.alpha(), inside.red(), inside.green(), inside.blue()) == (255, tone.red(), tone.green(), tone.blue())
    # The letters are white, with soft edges between white and the tone.
    middle = pixels[48]
    assert any(p.red() == p.green() == p.blue() == 255 for p in middle)
    assert all(p.red() >= tone.red() and p.blue() >= tone.blue() for p in middle if p.alpha() == 255)
    # The disc's rim is blended, not jagged.
    rim = [p.alpha() for row in pixels for p in row[:20] if 0 < p.alpha() < 255]
    assert rim


def test_the_same_learner_always_gets_the_same_tone_and_tones_differ_between_learners():
    assert tone_for("Amina Diallo") == tone_for("Amina Diallo")
    names = ["Amina Diallo", "Kofi Mensah", "Zainab Okoye", "Fatima Zahra", "Juan Pérez", "Li Wei"]
    assert len({tone_for(name) for name in names}) > 1
