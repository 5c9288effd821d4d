"""The learner's home: a greeting, a card per installed pack with progress, credentials, and a way out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.learners.profiles import LearnerSession
from kiosk.core.mastery.learner import LearnerHome
from kiosk.core.mastery.models import STATUS_LABELS, SkillStatus
from kiosk.core.mastery.progress import PackProgress
from kiosk.ui.buttons import push_button
from kiosk.ui.i18n import filled, translated
from kiosk.ui.keys import TileKeys
from kiosk.ui.layouts import screen_column
from kiosk.ui.tasks import TaskRunner, user_message
from kiosk.ui.text import in_language, plain_label

# A symbol and words for every state: colour is never the only signal.
STATE_SYMBOLS = {SkillStatus.NOT_STARTED: "○", SkillStatus.IN_PROGRESS: "◐", SkillStatus.MASTERED: "●", SkillStatus.DUE: "↻"}


def percent(value: float) -> int:
    return round(value * 100)


class PackCard(QFrame):
    """One installed pack: title, progress bar, skills in words; clicking it opens the pack."""

    opened = Signal(str)  # pack id

    def state_words(self, status: str) -> str:
        """A skill's state in the app's language (the core names it in English)."""
        words = {
            SkillStatus.NOT_STARTED: self.tr("not started"),
            SkillStatus.IN_PROGRESS: self.tr("in progress"),
            SkillStatus.MASTERED: self.tr("mastered"),
            SkillStatus.DUE: self.tr("due for review"),
        }
        return words.get(status, STATUS_LABELS.get(status, status))

    def __init__(self, pack: PackProgress, language: str = "", parent: QWidget | None = None) -> None:
        """``language``: the pack's, whose titles keep its direction inside the app's."""
        super().__init__(parent)
        self.pack_id = pack.pack_id
        self.setFrameShape(QFrame.StyledPanel)
        self.setCursor(Qt.PointingHandCursor)
        self.setObjectName("packCard")
        self.setStyleSheet("#packCard { border: 2px solid #8a8a8a; border-radius: 8px; padding: 8px; }")
        self.title = in_language(plain_label(pack.title), language)
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(percent(pack.progress))
        self.bar.setFormat(self.tr("%p% mastered"))
        self.bar.setAccessibleName(
            filled(self.tr("%1: %2% mastered"), pack.title, percent(pack.progress))
        )
        # The skill's title (the pack's language) isolated inside the line (the app's language).
        lines = [
            f"{STATE_SYMBOLS.get(s.state.status, '?')} \u2068{s.title}\u2069 — {self.state_words(s.state.status)}"
            for s in pack.skills
        ]
        self.skills = plain_label("\n".join(lines))
        self.skills.setWordWrap(True)
        self.skills.setAccessibleName(filled(self.tr("Skills of %1"), pack.title))
        earned = ", ".join(c.title for c in pack.earned)
        self.earned = plain_label(filled(self.tr("Earned: %1"), earned) if earned else "")
        self.earned.setVisible(bool(earned))
        self.open_button = push_button(
            self.tr("Open ▸"),
            lambda: self.opened.emit(self.pack_id),
            name=filled(self.tr("Open %1"), pack.title),
            primary=True,
        )
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.open_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.bar)
        layout.addWidget(self.skills)
        layout.addWidget(self.earned)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.LeftButton:
            self.opened.emit(self.pack_id)
        super().mouseReleaseEvent(event)


class HomeScreen(QWidget):
    logout_requested = Signal()
    pack_opened = Signal(str)  # pack id
    certificates_requested = Signal()
    progress_shown = Signal()

    def __init__(
        self,
        *,
        tasks: TaskRunner,
        load_home: Callable[..., LearnerHome],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._load_home = load_home
        self._session: LearnerSession | None = None
        self._filter_chosen = True
        self.cards: list[PackCard] = []
        self._last_pack: str | None = None  # the pack the learner opened last: focused on return
        self.pack_opened.connect(self._remember)
        self.greeting = plain_label()
        self.greeting.setProperty("role", "title")
        self.logout = push_button(self.tr("Log out"), self.logout_requested, name=self.tr("Log out"))
        header = QHBoxLayout()
        header.addWidget(self.greeting, 1)
        header.addWidget(self.logout, 0, Qt.AlignTop)

        # What changed without the learner doing anything (a skill lost, a certificate revoked):
        # said once, and kept in view for the rest of their session.
        self.news = plain_label()
        self.news.setWordWrap(True)
        self.news.setProperty("role", "notice")
        self.news.setAccessibleName(self.tr("What changed since last time"))
        self.news.hide()
        self._news: list[str] = []
        self.next_step = plain_label()
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet("font-size: 14pt;")
        self.credentials = plain_label()
        self.credentials.setWordWrap(True)
        self.my_certificates = push_button(
            self.tr("My certificates"),
            self.certificates_requested,
            name=self.tr("My certificates: view, print or save them again"),
        )
        self.packs_title = QLabel(self.tr("Your learning packs"))
        self.packs_title.setProperty("role", "subtitle")
        # Packs declare their language; the learner may show only one language's packs.
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Show packs in"))
        self.language_filter.addItem(self.tr("All languages"), "")
        self.language_filter.addItem("English", "en")
        self.language_filter.addItem("Français", "fr")
        self.language_filter.addItem("العربية", "ar")
        self.language_filter.currentIndexChanged.connect(self._filter_cards)
        self._pack_languages: dict[str, str] = {}
        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setSpacing(12)
        self.cards_layout.addStretch(1)
        self.packs = QScrollArea()
        self.packs.setWidgetResizable(True)
        self.packs.setWidget(self.cards_box)
        self.packs.setAccessibleName(self.tr("Learning packs"))
        # Up and Down move from pack to pack.
        self._keys = TileKeys(
            lambda: [card.open_button for card in self.cards if not card.isHidden()],
            moved=lambda button: self.packs.ensureWidgetVisible(button.parentWidget(), 0, 0),
            parent=self,
        )
        self.empty = QLabel(
            self.tr(
                "No learning packs are installed yet.\n"
                "Ask the facilitator to add a pack from a USB stick (Facilitator → Packs)."
            )
        )
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.hide()

        layout = screen_column(self, spacing=12)
        layout.addLayout(header)
        layout.addWidget(self.news)
        layout.addWidget(self.next_step)
        earned_row = QHBoxLayout()
        earned_row.addWidget(self.credentials, 1)
        earned_row.addWidget(self.my_certificates, 0, Qt.AlignTop)
        layout.addLayout(earned_row)
        packs_row = QHBoxLayout()
        packs_row.addWidget(self.packs_title, 1)
        packs_row.addWidget(self.language_filter)
        layout.addLayout(packs_row)
        layout.addWidget(self.packs, 1)
        layout.addWidget(self.empty, 1)

    def show_session(self, session: LearnerSession) -> None:
        self._session = session
        self._filter_chosen = False  # a new learner: the filter starts on the app's language again
        self._news = []
        self.news.hide()
        self.greeting.setText(filled(self.tr("Hello, %1"), session.name))
        self.refresh()

    def refresh(self) -> None:
        """Recompute the learner's progress on the worker, then show it."""
        session = self._session
        if session is None:
            return
        from kiosk.ui.i18n import current_language

        self.next_step.setText(self.tr("Loading your progress…"))
        load, in_use, language = self._load_home, self._last_pack, current_language()
        self._tasks.run(
            lambda: load(session, pack_in_use=in_use, language=language),
            on_success=lambda home: self._show(session, home),
            on_failure=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.show_problem(user_message(exc))

    def show_problem(self, text: str) -> None:
        """Say, where the next step goes, why something the learner asked for did not open."""
        self.next_step.setText("⚠ " + text)
        self.next_step.show()

    def _choose_language_filter(self) -> None:
        """Packs in the app's language, when there are some; else all of them."""
        from kiosk.ui.i18n import current_language

        language = current_language()
        wanted = language if language in self._pack_languages.values() else ""
        self.language_filter.setCurrentIndex(max(0, self.language_filter.findData(wanted)))

    def _filter_cards(self, *_args) -> None:
        wanted = self.language_filter.currentData()
        for card in self.cards:
            card.setVisible(not wanted or self._pack_languages.get(card.pack_id, "") == wanted)

    def _show(self, session: LearnerSession, home: LearnerHome) -> None:
        if session is not self._session:
            return  # someone else logged in meanwhile
        progress = home.progress
        self._pack_languages = dict(home.pack_languages)
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for pack in progress.packs:
            card = PackCard(pack, self._pack_languages.get(pack.pack_id, ""))
            card.opened.connect(self.pack_opened)
            self._keys.watch(card.open_button)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
        has_packs = bool(progress.packs)
        if not self._filter_chosen:
            self._filter_chosen = True
            self._choose_language_filter()
        self._filter_cards()
        self.focus_content()
        self.packs.setVisible(has_packs)
        self.empty.setVisible(not has_packs)
        earned = [c.title for c in progress.credentials if c.status == "earned"]
        self.credentials.setText(filled(self.tr("Your credentials: %1"), ", ".join(earned)) if earned else "")
        self.credentials.setVisible(bool(earned))
        for item in home.news:
            words = translated(item, isolate=True)
            if words not in self._news:
                self._news.append(words)
        self.news.setText("\n".join("⚠ " + words for words in self._news))
        self.news.setVisible(bool(self._news))
        # One step the learner can take now, in plain words; titles from packs keep their own direction.
        step = home.next_step
        self.next_step.setText(translated(step.words, isolate=True) if step is not None else "")
        self.next_step.setVisible(step is not None)
        self.progress_shown.emit()

    def _remember(self, pack_id: str) -> None:
        self._last_pack = pack_id

    def focus_content(self) -> None:
        """Focus the pack used last (else the first), scrolled into view: never Log out, never the list's end."""
        shown = [card for card in self.cards if not card.isHidden()]
        if not shown:
            return
        card = next((c for c in shown if c.pack_id == self._last_pack), shown[0])
        card.open_button.setFocus()
        self.packs.ensureWidgetVisible(card, 0, 0)

    def card_for(self, pack_id: str) -> PackCard:
        return next(c for c in self.cards if c.pack_id == pack_id)
