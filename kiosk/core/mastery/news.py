"""What changed for a learner since their home last showed their progress, in plain words.

Progress can go back without the learner doing anything: a facilitator marks an essay lower,
a pack's new version asks more, two profiles are merged; a certificate can be revoked. The home
screen says so once, the next time it opens, instead of a skill or a certificate quietly
vanishing. What it last showed is kept with the learner (``repo.set_home_seen``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.say import QT_TRANSLATE_NOOP, Said, say


@dataclass(frozen=True)
class Seen:
    """What a home screen showed: the skills mastered ("pack id/skill id") and the certificates revoked (ids)."""

    mastered: frozenset[str]
    revoked: frozenset[str]

    def as_json(self) -> dict:
        return {"mastered": sorted(self.mastered), "revoked": sorted(self.revoked)}

    @classmethod
    def from_json(cls, value: Mapping | None) -> Seen | None:
        if not isinstance(value, Mapping):
            return None
        return cls(
            mastered=frozenset(str(v) for v in value.get("mastered", ()) if isinstance(v, str)),
            revoked=frozenset(str(v) for v in value.get("revoked", ()) if isinstance(v, str)),
        )


@dataclass(frozen=True)
class RevokedCertificate:
    id: str
    title: str
    revoked_at: datetime


def news_since(
    before: Seen | None,
    *,
    mastered: Iterable[str],
    skills: Mapping[str, tuple[str, str]],
    revoked: Iterable[RevokedCertificate],
) -> tuple[tuple[Said, ...], Seen]:
    """(what to tell the learner, what the home shows now).

    ``mastered``: the skills mastered now ("pack id/skill id"); ``skills``: every skill of the
    installed packs, with its (title, pack title) (a skill of a removed pack is not "lost");
    ``revoked``: the learner's revoked certificates. With no ``before`` (the first showing),
    no skill is said lost, and every revoked certificate is told once.
    """
    revoked = list(revoked)
    now = Seen(mastered=frozenset(mastered), revoked=frozenset(c.id for c in revoked))
    news: list[Said] = []
    if before is not None:
        for key in sorted(before.mastered - now.mastered):
            if key in skills:
                skill, pack = skills[key]
                news.append(
                    say(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "“%1” in “%2” is no longer mastered: your answers were looked at again. Take its quiz "
                            "again to get it back.",
                        ),
                        skill,
                        pack,
                    )
                )
    told = before.revoked if before is not None else frozenset()
    for certificate in sorted(revoked, key=lambda c: c.revoked_at):
        if certificate.id not in told:
            news.append(
                say(
                    QT_TRANSLATE_NOOP(
                        "core", "Your certificate “%1” was revoked on %2: it is no longer valid. Ask the facilitator why."
                    ),
                    certificate.title,
                    # Slashes: an Arabic line keeps 2026/11/30 in order, but turns 2026-11-30 round.
                    f"{certificate.revoked_at:%Y/%m/%d}",
                )
            )
    return tuple(news), now

