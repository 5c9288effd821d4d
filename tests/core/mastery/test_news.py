"""What a learner is told on their home when progress went back without them (issue #16, item 7)."""

from __future__ import annotations

from datetime import datetime

from kiosk.core.mastery.news import RevokedCertificate, Seen, news_since

SKILLS = {"p/mouse": ("Use a mouse", "Digital skills"), "p/keys": ("Use a keyboard", "Digital skills")}
REVOKED = RevokedCertificate("K-1", "Digital Skills Basics", datetime(2026, 3, 4, 10, 0))


def test_a_lost_skill_and_a_revoked_certificate_are_told_once():
    before = Seen(mastered=frozenset({"p/mouse", "p/keys"}), revoked=frozenset())
    news, now = news_since(before, mastered=["p/keys"], skills=SKILLS, revoked=[REVOKED])
    assert list(news) == [
        "“Use a mouse” in “Digital skills” is no longer mastered: your answers were looked at again. "
        "Take its quiz again to get it back.",
        "Your certificate “Digital Skills Basics” was revoked on 2026/03/04: it is no longer valid. "
        "Ask the facilitator why.",
    ]
    assert news_since(now, mastered=["p/keys"], skills=SKILLS, revoked=[REVOKED])[0] == ()


def test_the_first_showing_tells_revocations_but_no_loss():
    news, now = news_since(None, mastered=["p/keys"], skills=SKILLS, revoked=[REVOKED])
    assert [n.template for n in news] == [
        "Your certificate “%1” was revoked on %2: it is no longer valid. Ask the facilitator why."
    ]
    assert Seen.from_json(now.as_json()) == now


def test_a_skill_of_a_removed_pack_is_not_lost():
    before = Seen(mastered=frozenset({"gone/skill", "p/keys"}), revoked=frozenset())
    assert news_since(before, mastered=["p/keys"], skills=SKILLS, revoked=[])[0] == ()
