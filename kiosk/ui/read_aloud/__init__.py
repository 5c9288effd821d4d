"""Reading aloud on the lesson and quiz screens, for learners who read little.

- ``ReadAloud`` (controller.py): one per window. It reads a list of ``Spoken`` pieces through the
  core's ``Narrator`` (its own thread and sound device, never the task worker where answers are
  saved), marks the sentence being read, and keeps the learner's speed.
- ``SpeakerButton`` (speakers.py): the speaker beside a paragraph, a question, a choice or a
  feedback; by touch, mouse, Tab then Space or Enter. Pressed while its own text is read; pressed
  again, stops. ``PageTools``: "Read this page" and the speed.
- ``attach_lesson_reader`` (lesson.py) and ``attach_quiz_player`` (quiz.py) give those screens
  their speakers, "Read this page" and the speed, without the screens knowing about speech.

The mark on the sentence being read is a yellow background with an underline (never colour
alone); a choice being read gets a thick dashed frame (marks.py).
"""

from kiosk.ui.read_aloud.controller import SPEEDS, ReadAloud, Spoken
from kiosk.ui.read_aloud.lesson import LessonReadAloud, attach_lesson_reader
from kiosk.ui.read_aloud.quiz import QuizReadAloud, attach_quiz_player
from kiosk.ui.read_aloud.speakers import SpeakerButton

__all__ = [
    "SPEEDS",
    "LessonReadAloud",
    "QuizReadAloud",
    "ReadAloud",
    "SpeakerButton",
    "Spoken",
    "attach_lesson_reader",
    "attach_quiz_player",
]
