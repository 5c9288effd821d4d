"""Reading an installed pack's contents: its modules, lesson files and quizzes.

A quiz is named everywhere (quiz attempts, credentials' final quizzes) by its
path as the manifest lists it, e.g. ``quizzes/05-final.gift``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.core.errors import NotFound
from kiosk.core.quiz.model import Question
from kiosk.core.storage import repo


@dataclass(frozen=True)
class ModuleContents:
    id: str
    title: str
    lessons: tuple[str, ...]  # paths inside the pack, in reading order
    quizzes: tuple[str, ...]  # paths inside the pack
    skills: tuple[str, ...]


def pack_modules(pack: repo.InstalledPackRecord) -> list[ModuleContents]:
    """The modules of an installed pack, in the manifest's order."""
    return [
        ModuleContents(
            id=m["id"],
            title=m.get("title", m["id"]),
            lessons=tuple(m.get("lessons", [])),
            quizzes=tuple(m.get("quizzes", [])),
            skills=tuple(m.get("skills", [])),
        )
        for m in pack.manifest.get("modules", [])
    ]


def installed_pack(pack_id: str) -> repo.InstalledPackRecord:
    """An installed pack's record (NotFound if it is not installed)."""
    return repo.get_installed_pack(pack_id)


def lesson_paths(pack: repo.InstalledPackRecord, module: ModuleContents) -> list[Path]:
    """The installed files of a module's lessons, in reading order."""
    return [pack_file(pack, name) for name in module.lessons]


def pack_file(pack: repo.InstalledPackRecord, name: str) -> Path:
    """The installed file ``name`` (a path as the manifest lists it); NotFound if it is not there."""
    folder = Path(pack.folder).resolve()
    path = (folder / name).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        raise NotFound(f"The pack {pack.title!r} has no file {name}; import it again.")
    return path


def quiz_questions(pack: repo.InstalledPackRecord, quiz: str) -> list[Question]:
    """The questions of one of the pack's quizzes (malformed ones are left out, as the builder warned)."""
    from kiosk.core.quiz import load_quiz_file

    return list(load_quiz_file(pack_file(pack, quiz)).questions)


def all_quizzes(pack: repo.InstalledPackRecord) -> list[str]:
    """Every quiz path the pack's modules list, each once, in order."""
    return list(dict.fromkeys(q for m in pack_modules(pack) for q in m.quizzes))


def pack_quiz_run(session, *, pack_id: str, quiz: str):
    """A new ``QuizRun`` of one of an installed pack's quizzes, recorded under the quiz's manifest path."""
    from kiosk.core.quiz.engine import QuizRun

    pack = repo.get_installed_pack(pack_id)
    if quiz not in all_quizzes(pack):
        raise NotFound(f"The pack {pack.title!r} has no quiz {quiz}.")
    return QuizRun(session=session, pack_id=pack_id, quiz_id=quiz, questions=quiz_questions(pack, quiz))
