"""Reading an installed pack's contents: its modules, lesson files and quizzes.

A quiz is named everywhere (quiz attempts, credentials' final quizzes) by its
path as the manifest lists it, e.g. ``quizzes/05-final.gift``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.core.errors import NotFound
from kiosk.core.quiz.model import Question
from kiosk.core.records import InstalledPackRecord
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo


@dataclass(frozen=True)
class ModuleContents:
    id: str
    title: str
    lessons: tuple[str, ...]  # paths inside the pack, in reading order
    quizzes: tuple[str, ...]  # paths inside the pack
    skills: tuple[str, ...]


def pack_modules(pack: InstalledPackRecord) -> list[ModuleContents]:
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


def quiz_titles(manifest: Mapping) -> dict[str, str]:
    """Each quiz's name as the pack gives it: the title of the module that lists it (numbered
    when a module lists several), never its file name, which is for authors and may be in
    another language."""
    titles: dict[str, str] = {}
    for module in manifest.get("modules", []):
        quizzes = list(module.get("quizzes", []))
        title = module.get("title") or module.get("id", "")
        for number, quiz in enumerate(quizzes, 1):
            titles.setdefault(quiz, f"{title} ({number})" if len(quizzes) > 1 else title)
    return titles


def installed_pack(pack_id: str) -> InstalledPackRecord:
    """An installed pack's record (NotFound if it is not installed)."""
    return repo.get_installed_pack(pack_id)


def lesson_paths(pack: InstalledPackRecord, module: ModuleContents) -> list[Path]:
    """The installed files of a module's lessons, in reading order."""
    return [pack_file(pack, name) for name in module.lessons]


def path_in_pack(folder: Path, name: str | Path) -> Path | None:
    """Where ``name`` lies in the pack folder, resolved, or None if it would leave it (``..``, an
    absolute path elsewhere, a link out). A relative ``name`` is taken from the folder."""
    path = (folder.resolve() / name).resolve()
    return path if path.is_relative_to(folder.resolve()) else None


def pack_file(pack: InstalledPackRecord, name: str) -> Path:
    """The installed file ``name`` (a path as the manifest lists it); NotFound if it is not there."""
    path = path_in_pack(Path(pack.folder), name)
    if path is None or not path.is_file():
        raise NotFound(
            say(QT_TRANSLATE_NOOP("core", "The pack %1 has no file %2; import it again."), repr(pack.title), name)
        )
    return path


def pack_media(folder: Path, name: str) -> bytes | None:
    """The bytes of the pack file ``name`` (as the manifest lists it) of the pack installed in
    ``folder``, or None if it has none.

    Media stay in the pack's verified ``pack.kpack`` (see ``format.extracted_on_import``);
    packs installed by earlier versions of Kiosk have them unpacked in the folder.
    """
    import zipfile

    from kiosk.core.packs.format import RESERVED_NAMES
    from kiosk.core.packs.library import ARCHIVE_NAME

    path = path_in_pack(Path(folder), name)
    if path is None or name in RESERVED_NAMES:
        return None
    if path.is_file():
        return path.read_bytes()
    try:
        with zipfile.ZipFile(Path(folder) / ARCHIVE_NAME) as archive:
            return archive.read(name)
    except (OSError, KeyError, zipfile.BadZipFile):
        return None


def quiz_questions(pack: InstalledPackRecord, quiz: str) -> list[Question]:
    """The questions of one of the pack's quizzes (malformed ones are left out, as the builder warned).

    Each question's ``tags`` are resolved to the pack's skill ids (see ``question_skills``), so
    what is stored with an answer, and what mastery reads, are skills.
    """
    from kiosk.core.quiz import load_quiz_file

    skill_ids = {s["id"] for s in pack.manifest.get("skills", [])}
    module_skills = tuple(
        dict.fromkeys(skill for m in pack_modules(pack) if quiz in m.quizzes for skill in m.skills)
    )
    return [
        replace(q, tags=question_skills(q, skill_ids=skill_ids, module_skills=module_skills))
        for q in load_quiz_file(pack_file(pack, quiz)).questions
    ]


def question_skills(question: Question, *, skill_ids: Collection[str], module_skills: tuple[str, ...]) -> tuple[str, ...]:
    """The skills a question shows, by the first rule that names any:

    1. its ``[tag:...]`` values that are skill ids of the pack;
    2. its Moodle ``$CATEGORY``: the last part of the path (``$course$/Money/profit`` gives
       ``profit``), compared without case, spaces or underscores;
    3. the skills of the module(s) that list the quiz.

    So a Moodle bank imported as it is, organised by category, feeds mastery without edits.
    """
    tagged = tuple(tag for tag in question.tags if tag in skill_ids)
    if tagged:
        return tagged
    if question.category:
        last = question.category.rstrip("/").rsplit("/", 1)[-1]
        wanted = _skill_key(last)
        by_key = {_skill_key(skill): skill for skill in skill_ids}
        if wanted in by_key:
            return (by_key[wanted],)
    return module_skills


def _skill_key(text: str) -> str:
    return "-".join(text.replace("_", " ").casefold().split())


def all_quizzes(pack: InstalledPackRecord) -> list[str]:
    """Every quiz path the pack's modules list, each once, in order."""
    return list(dict.fromkeys(q for m in pack_modules(pack) for q in m.quizzes))


def pack_quiz_run(session, *, pack_id: str, quiz: str):
    """A new ``QuizRun`` of one of an installed pack's quizzes, recorded under the quiz's manifest path."""
    from kiosk.core.quiz.engine import QuizRun

    pack = repo.get_installed_pack(pack_id)
    if quiz not in all_quizzes(pack):
        raise NotFound(say(QT_TRANSLATE_NOOP("core", "The pack %1 has no quiz %2."), repr(pack.title), quiz))
    return QuizRun(
        session=session, pack_id=pack_id, quiz_id=quiz, questions=quiz_questions(pack, quiz), language=pack.language
    )
