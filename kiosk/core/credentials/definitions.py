"""Credential definitions, read from the manifests of installed packs.

A credential's global id is ``<pack id>/<credential id>``, e.g.
``kiosk.sample.digital-basics/digital-basics``; stacked credentials name
others by that id, also across packs.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.errors import NotFound
from kiosk.core.records import SkillRef
from kiosk.core.say import QT_TRANSLATE_NOOP, say
from kiosk.core.storage import repo


@dataclass(frozen=True)
class CredentialDefinition:
    id: str  # global: "<pack id>/<credential id>"
    pack_id: str
    pack_title: str
    title: str
    description: str
    skills: tuple[SkillRef, ...]
    requires_credentials: tuple[str, ...]
    final_quiz: str | None
    pass_mark: float | None
    facilitator_signoff: bool


def global_id(pack_id: str, credential_id: str) -> str:
    return f"{pack_id}/{credential_id}"


def definitions_in_manifest(manifest: dict) -> list[CredentialDefinition]:
    skills = {s["id"]: s.get("title", s["id"]) for s in manifest.get("skills", [])}
    found = []
    for cred in manifest.get("credentials", []):
        final = cred.get("final_quiz") or {}
        found.append(
            CredentialDefinition(
                id=global_id(manifest["id"], cred["id"]),
                pack_id=manifest["id"],
                pack_title=manifest["title"],
                title=cred["title"],
                description=cred.get("description", ""),
                skills=tuple(SkillRef(sid, skills.get(sid, sid)) for sid in cred.get("requires_skills", [])),
                requires_credentials=tuple(cred.get("requires_credentials", [])),
                final_quiz=final.get("quiz"),
                pass_mark=final.get("pass_mark"),
                facilitator_signoff=bool(cred.get("facilitator_signoff", False)),
            )
        )
    return found


def all_definitions() -> list[CredentialDefinition]:
    return [d for pack in repo.list_installed_packs() for d in definitions_in_manifest(pack.manifest)]


def find_definition(credential_id: str) -> CredentialDefinition:
    """Look up a credential by its global id (or by its short id if that is unambiguous)."""
    definitions = all_definitions()
    exact = [d for d in definitions if d.id == credential_id]
    if exact:
        return exact[0]
    short = [d for d in definitions if d.id.split("/", 1)[1] == credential_id]
    if len(short) == 1:
        return short[0]
    if len(short) > 1:
        raise NotFound(
            say(
                QT_TRANSLATE_NOOP("core", "%1 names credentials in several packs; use '<pack id>/%2'."),
                repr(credential_id),
                credential_id,
            )
        )
    raise NotFound(
        say(
            QT_TRANSLATE_NOOP("core", "No installed pack offers a credential %1 (see 'kiosk pack list')."),
            repr(credential_id),
        )
    )
