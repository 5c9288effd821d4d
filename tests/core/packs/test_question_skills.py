"""A question's skills: its tags, else its Moodle category, else its module's skills."""

from kiosk.core.packs.reading import question_skills
from kiosk.core.quiz.gift import parse_gift

BANK = """
// [id:a] [tag:profit] [tag:hard]
Profit is sales minus costs. {T}

$CATEGORY: $course$/Money basics/Cash_Book
// [id:b]
A cash book has a balance column. {T}

$CATEGORY: $course$/Something else
// [id:c]
Savings grow with regular deposits. {T}
"""

SKILLS = {"profit", "cash-book", "saving"}


def test_tags_then_category_then_module():
    a, b, c = parse_gift(BANK).questions
    module = ("saving",)
    assert question_skills(a, skill_ids=SKILLS, module_skills=module) == ("profit",)  # "hard" is no skill
    assert question_skills(b, skill_ids=SKILLS, module_skills=module) == ("cash-book",)  # Cash_Book -> cash-book
    assert question_skills(c, skill_ids=SKILLS, module_skills=module) == ("saving",)
    assert question_skills(c, skill_ids=SKILLS, module_skills=()) == ()
