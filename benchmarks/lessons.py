"""Is the GUI thread ever blocked while lessons open? Every lesson and picture of the sample packs,
and a pack of the worst lessons and pictures the pack limits allow, through the real lesson reader.

    python benchmarks/lessons.py [--json]

The app's ``LessonReader`` (offscreen Qt, the app's TaskRunner) opens every lesson of every
module (text, then pictures), and for each also makes the text larger and, where it has
pictures, the window narrower (the pictures are re-fitted). A 5 ms timer on the GUI thread notes the longest gap between its ticks: the
longest the screen could not answer a tap. Floor: the longest single layout of the same
lessons with their HTML and pictures made beforehand (``setHtml`` alone), the GUI thread's
unavoidable part. Target: no gap over 100 ms.

The worst-case pack (signed by hand, as a publisher's own tools might, so its pictures need
not go through the builder's shrinking) holds, each at its limit (docs/pack-format.md): a
32 KB paragraph; 1,000 lines; 500 blocks of lists nested 8 deep; 2,000 pieces of formatted
text; 100 links and 30 pictures of 2048 x 4096 pixels; SVGs of 2,000 elements drawing 5,000
with <use>, each a large translucent shape.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The app's own functions these figures time (tests/test_benchmarks.py checks a screen or command calls each).
APP_PATHS = {"lessons on screen": "kiosk.ui.lesson_reader:LessonReader"}

WORST_ID = "kiosk.sample.worst-lessons"


def _png(width: int, height: int, limit: int) -> bytes:
    """A PNG as full of detail as ``limit`` bytes allow (PNG is decoded whole, whatever size it is shown at)."""
    from PIL import Image

    for scale in (8, 12, 16, 24, 32, 48, 64):
        noise = Image.frombytes("L", (width // scale, height // scale), os.urandom(width * height // scale**2))
        out = io.BytesIO()
        noise.resize((width, height), Image.Resampling.BICUBIC).convert("RGB").save(out, "PNG", compress_level=9)
        if out.tell() <= limit:
            return out.getvalue()
    raise AssertionError("no picture fits")


def _svg(elements: int, drawn: int) -> bytes:
    """Large translucent circles in 10 groups, the groups copied with <use> until ``drawn`` is nearly reached."""
    groups, per_group = 10, elements // 20
    circles = "".join(
        f'<g id="g{g}">' + "".join(
            f'<circle cx="{(i * 37) % 1000}" cy="{(i * 53 + g * 97) % 1000}" r="400" fill="#{(i * 7) % 256:02x}6040"'
            f' fill-opacity="0.3"/>' for i in range(per_group)
        ) + "</g>" for g in range(groups)
    )
    so_far = 1 + groups * (1 + per_group)
    copies = (drawn - so_far) // (2 + per_group)
    uses = "".join(f'<use href="#g{i % groups}" x="{i}"/>' for i in range(copies))
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000">{circles}{uses}</svg>'.encode()


def worst_files() -> dict[str, bytes]:
    """A lesson at each limit, and the pictures they show."""
    from kiosk.core.packs.format import (
        MAX_IMAGE_BYTES, MAX_IMAGE_HEIGHT, MAX_IMAGE_WIDTH, MAX_LESSON_BYTES, MAX_LESSON_IMAGES, MAX_LESSON_LINES, MAX_LESSON_LINKS,
        MAX_LESSON_NESTING, MAX_SVG_DRAWN, MAX_SVG_ELEMENTS,
    )

    files: dict[str, bytes] = {}
    pictures = [f"media/photo-{i:02d}.png" for i in range(MAX_LESSON_IMAGES)]
    for name in pictures[:4]:
        files[name] = _png(MAX_IMAGE_WIDTH, MAX_IMAGE_HEIGHT, MAX_IMAGE_BYTES)
    for name in pictures[4:]:  # the same bytes: the reader decodes each picture it shows all the same
        files[name] = files[pictures[len(files) % 4]]
    svgs = [f"media/diagram-{i}.svg" for i in range(3)]
    for name in svgs:
        files[name] = _svg(MAX_SVG_ELEMENTS, MAX_SVG_DRAWN)
    from kiosk.core.packs.content import lesson_problems

    def largest(make, name: str) -> str:
        """The biggest lesson ``make(n)`` gives that the limits still allow."""
        n = 1
        while not lesson_problems(name, make(n * 2).encode("utf-8"), set()):
            n *= 2
        step = n // 2
        while step:
            if not lesson_problems(name, make(n + step).encode("utf-8"), set()):
                n += step
            step //= 2
        return make(n)

    words = "Count the money twice before you write it down. "

    def nested(rounds: int) -> str:
        depths = list(range(MAX_LESSON_NESTING)) * rounds
        return "# Lists\n\n" + "".join("  " * depth + f"- step {i}\n" for i, depth in enumerate(depths))

    lessons = {
        "lessons/01-long.md": "# A long lesson\n\n" + words * ((MAX_LESSON_BYTES - 100) // len(words)),
        "lessons/02-lines.md": "# Many lines\n\n" + "A short line of the lesson\n" * (MAX_LESSON_LINES - 3),
        "lessons/03-lists.md": largest(nested, "lists"),
        "lessons/04-formatting.md": largest(lambda n: "# Formatting\n\n" + "*Note* this `code` and **that**. " * n,
                                            "formatting"),
        "lessons/05-links-and-pictures.md": "# Pictures\n\n"
        + "".join(f"[part {i}](#top) " for i in range(MAX_LESSON_LINKS)) + "\n\n"
        + "".join(f"![picture {i}](../{name})\n\n" for i, name in enumerate(pictures[: MAX_LESSON_IMAGES - 3]))
        + "".join(f"![diagram](../{name})\n\n" for name in svgs),
    }
    files.update({name: text.encode("utf-8") for name, text in lessons.items()})
    return files


def worst_pack(folder: Path) -> Path:
    """The worst-case pack, signed with the public sample key (kiosks trust it for ``kiosk.sample.*``)."""
    from tests.core.packs.kpack_maker import write_kpack

    files = worst_files()
    lessons = sorted(n for n in files if n.startswith("lessons/"))
    manifest = {
        "format": 1, "id": WORST_ID, "version": "1.0.0", "title": "The worst lessons the limits allow",
        "language": "en", "publisher": "Kiosk sample packs", "license": "CC0-1.0",
        "description": "Made by benchmarks/lessons.py.", "min_app_version": "0.1.0",
        "skills": [{"id": "reading", "title": "Reading"}],
        "modules": [{"id": "worst", "title": "Worst", "lessons": lessons, "quizzes": [], "skills": ["reading"]}],
        "credentials": [],
        "files": {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in sorted(files.items())},
    }
    return write_kpack(folder / "worst.kpack", files, manifest=manifest)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        tmp_path = Path(tmp)
        home = tmp_path / "home"
        os.environ["KIOSK_HOME"] = str(home)
        # The packs are built and imported by the kiosk command, in processes of their own: this
        # process, like the app, only reads lessons.
        kiosk = [sys.executable, "-m", "kiosk"]
        worst = worst_pack(tmp_path)
        for source in sorted((ROOT / "content_packs").glob("*/pack.toml")):
            built = tmp_path / f"{source.parent.name}.kpack"
            subprocess.run([*kiosk, "pack", "build", str(source.parent), "-o", str(built)], check=True,
                           capture_output=True, cwd=ROOT)
            subprocess.run([*kiosk, "pack", "import", str(built)], check=True, capture_output=True, cwd=ROOT)
        subprocess.run([*kiosk, "pack", "import", str(worst)], check=True, capture_output=True, cwd=ROOT)
        from kiosk import paths
        from kiosk.core.packs.library import list_packs
        from kiosk.core.packs.reading import lesson_paths, pack_modules
        from kiosk.core.storage.db import init_db

        init_db(paths.database_path())
        modules = [(pack, module, lesson_paths(pack, module)) for pack in list_packs() for module in pack_modules(pack)
                   if module.lessons]
        figures = measure(modules)
    lessons = sum(len(paths_) for _, _, paths_ in modules)
    table = [
        {"figure": f"longest GUI block, {lessons} lessons opened, sized and re-fitted (samples + worst allowed)",
         "value": round(figures["longest_gap_ms"], 1), "unit": "ms", "floor": round(figures["floor_ms"], 1),
         "ratio": round(figures["longest_gap_ms"] / figures["floor_ms"], 2), "target": "< 100 ms"},
    ]
    if args.json:
        print(json.dumps({"lessons": lessons, **figures, "table": table}, indent=2))
        return 0
    print(f"{lessons} lessons in {len(modules)} modules")
    print(f"longest GUI block: {figures['longest_gap_ms']:.1f} ms ({figures['longest_gap_during']}; target < 100 ms); "
          f"floor (one setHtml of a "
          f"ready lesson): {figures['floor_ms']:.1f} ms; slowest lesson to show: {figures['slowest_lesson_s']:.2f} s "
          f"({figures['slowest_lesson']})")
    return 0


def measure(modules) -> dict:
    """Open every lesson through the app's reader while a GUI-thread timer notes its longest gap."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.lesson_reader import LessonReader, draw_picture, render_lesson
    from kiosk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    tasks = TaskRunner()
    gaps = {"longest": 0.0, "last": time.perf_counter(), "doing": "", "during": ""}

    def tick() -> None:
        now = time.perf_counter()
        if now - gaps["last"] > gaps["longest"]:
            gaps["longest"], gaps["during"] = now - gaps["last"], gaps["doing"]
        gaps["last"] = now

    def wait_for(signal, timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    slowest = (0.0, "")
    readers = []
    for pack, module, paths_ in modules:
        reader = LessonReader(paths_, Path(pack.folder), tasks=tasks)
        readers.append(reader)
        reader.resize(1024, 700)
        reader.show()
        for index, path in enumerate(paths_):
            started = time.perf_counter()
            gaps["doing"] = f"opening {pack.id}/{path.name}"
            if index == 0:
                timer.start()
                gaps["last"] = time.perf_counter()
            else:
                reader.show_next()
            wait_for(reader.pictures_shown)
            slowest = max(slowest, (time.perf_counter() - started, path.name))
            gaps["doing"] = f"larger text in {pack.id}/{path.name}"
            reader.set_point_size(reader.point_size + 2)
            app.processEvents()
            if reader._shown is not None and reader._shown.images:
                gaps["doing"] = f"re-fitting the pictures of {pack.id}/{path.name}"
                reader.resize(800, 700)  # narrower: the pictures are re-fitted once the size settles
                wait_for(reader.pictures_shown)
            gaps["doing"] = f"back to the first size in {pack.id}/{path.name}"
            reader.resize(1024, 700)
            reader.set_point_size(reader.point_size - 2)
            app.processEvents()
        timer.stop()
        reader.close()
    longest_gap = gaps["longest"]

    # Floor: the same lessons' HTML and pictures made beforehand; the GUI thread only lays each out.
    floor = 0.0
    reader = readers[-1]
    for pack, module, paths_ in modules:
        for index, path in enumerate(paths_):
            width = reader.browser.viewport().width()
            ready = render_lesson(index, path, Path(pack.folder), width, "")
            reader.browser.images = {src: draw_picture(src, path, Path(pack.folder), width) for src in ready.images}
            started = time.perf_counter()
            reader.browser.setHtml(ready.html)
            reader.browser.document().size()  # laid out
            floor = max(floor, time.perf_counter() - started)
    tasks.wait_for_done()
    return {"longest_gap_ms": longest_gap * 1000, "longest_gap_during": gaps["during"], "floor_ms": floor * 1000,
            "slowest_lesson_s": round(slowest[0], 3), "slowest_lesson": slowest[1]}


if __name__ == "__main__":
    sys.exit(main())
