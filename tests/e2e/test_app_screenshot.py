"""The real program, started as a user would, proves it can draw its first screen."""

from PIL import Image


def assert_real_png(path, size):
    with Image.open(path) as image:
        assert image.size == size
        colours = image.convert("L").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 10  # text and tiles, not a blank page


def test_first_screen_on_a_new_kiosk_is_setup(kiosk_cli, tmp_path):
    shot = tmp_path / "shot.png"
    result = kiosk_cli("app", "--screenshot", str(shot), "--size", "1024x600", check=True)
    assert "setup screen" in result.stdout
    assert_real_png(shot, (1024, 600))


def test_after_init_the_first_screen_is_the_picker(kiosk_cli, tmp_path):
    kiosk_cli("init", "--org", "Riverside", "--kiosk-name", "PC 1", "--admin-pin", "123456", check=True)
    kiosk_cli("learner", "add", "Amina Diallo", check=True)
    shot = tmp_path / "shot.png"
    result = kiosk_cli("app", "--screenshot", str(shot), check=True)
    assert "picker screen" in result.stdout
    assert_real_png(shot, (1280, 800))


def test_without_a_display_the_app_says_so_and_writes_a_screenshot(kiosk_cli, kiosk_home):
    result = kiosk_cli("app", check=True)
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("No display found")
    assert_real_png(kiosk_home / "first-screen.png", (1280, 800))
