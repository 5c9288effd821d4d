"""The learner picker: big tiles with initials, a "New learner" tile, search for long lists.

The first screen of a kiosk that is set up, so it is built without the ``Qt`` namespace (see
kiosk/ui/__init__.py): the tiles' text-under-icon look is in the theme's style sheet.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.learners.profiles import LearnerProfile, list_profiles
from kiosk.ui.avatar import initials_icon
from kiosk.ui.buttons import push_button
from kiosk.ui.i18n import filled
from kiosk.ui.keys import TileKeys
from kiosk.ui.layouts import screen_column

TILE_WIDTH = 196  # every tile's outer width; its height fits the badge and two lines of name
BADGE, SMALL_BADGE = 88, 56  # the initials badge, and its size when two rows of big tiles do not fit
TILE_GAP = 16
SEARCH_FROM = 12  # show the search box once there are this many learners
SHOW_AT_MOST = 48  # tiles on screen at once; a bigger centre finds names by search


def two_lines(name: str, metrics, width: int) -> str:
    """``name`` on at most two lines of ``width`` pixels, broken between words (or after a
    hyphen); what still does not fit ends in "…", never cut out of the middle of the name."""

    def fits(text: str) -> bool:
        return metrics.horizontalAdvance(text) <= width

    if fits(name) or not name.strip():
        return name
    # Pieces to break between: words, and the parts of a hyphenated word (the hyphen stays on the first line).
    pieces: list[tuple[str, str]] = []  # (what joins it to the piece before, the piece)
    for word in name.split():
        parts = word.split("-")
        for index, part in enumerate(parts):
            text = part + ("-" if index < len(parts) - 1 else "")
            pieces.append(("" if index else " ", text))
    first = pieces[0][1]
    rest = pieces[1:]
    while rest and fits(first + rest[0][0] + rest[0][1]):
        joiner, text = rest.pop(0)
        first += joiner + text
    if not fits(first):  # one long word: as much of it as fits, then the rest
        cut = len(first)
        while cut > 1 and not fits(first[:cut] + "-"):
            cut -= 1
        rest.insert(0, ("", first[cut:]))
        first = first[:cut] + "-"
    second = "".join(joiner + text for joiner, text in rest).strip()
    if not second:
        return first
    while second and not fits(second):
        second = second[:-2] + "…" if not second.endswith("…") else second[:-2].rstrip() + "…"
    return f"{first}\n{second}"


class LearnerPicker(QWidget):
    learner_chosen = Signal(object)  # LearnerProfile
    new_learner_requested = Signal()
    facilitator_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles: list[LearnerProfile] = []
        self._tiles: list[QToolButton] = []  # the tiles shown now, "New learner" first
        self._made: dict[int, QToolButton] = {}  # tiles built so far, by learner id
        self._new: QToolButton | None = None
        self._columns = 0

        self.title = QLabel(self.tr("Who is learning today?"))
        self.title.setProperty("role", "title")
        self.notice = QLabel()
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        # Built only once the list is long enough to need it (it costs the first screen time).
        self.search: QLineEdit | None = None
        self.more = QLabel()
        self.more.setWordWrap(True)
        self.more.hide()

        self._tiles_host = QWidget()
        self._grid = QGridLayout()
        self._grid.setSpacing(TILE_GAP)
        # Stretches after the grid keep the tiles in the top leading corner.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self._grid)
        row.addStretch(1)
        column = QVBoxLayout(self._tiles_host)
        column.setContentsMargins(0, 4, 0, 4)
        column.addLayout(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._tiles_host)
        # The columns are worked out to fit the width: never a sideways scroll bar (as Qt::ScrollBarAlwaysOff,
        # through the property: no Qt namespace on the first screen).
        scroll.setProperty("horizontalScrollBarPolicy", 1)
        self._badge = BADGE
        self._scroll = scroll
        # Arrow keys move between the tiles, row by row (Tab leaves the grid).
        self._keys = TileKeys(
            lambda: self._tiles, columns=lambda: self._columns or 4, moved=lambda t: scroll.ensureWidgetVisible(t), parent=self
        )

        self.facilitator = push_button(
            self.tr("Facilitator"), self.facilitator_requested, name=self.tr("Facilitator mode (asks for the facilitator PIN)")
        )
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.facilitator)
        self._header = header

        layout = screen_column(self, spacing=12)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.more)
        layout.addWidget(scroll, 1)

    def refresh(self, profiles: list[LearnerProfile] | None = None) -> None:
        """Show the learners' tiles: ``profiles``, else reloaded (names may have changed)."""
        for tile in self._made.values():
            tile.hide()
            tile.deleteLater()
        self._made.clear()
        self._profiles = list_profiles() if profiles is None else profiles
        if len(self._profiles) >= SEARCH_FROM:
            self._search_box().show()
        elif self.search is not None:
            self.search.hide()
        self._fill()

    def _search_box(self) -> QLineEdit:
        if self.search is None:
            self.search = QLineEdit(placeholderText=self.tr("Find your name"))
            self.search.setAccessibleName(self.tr("Find your name"))
            self.search.setClearButtonEnabled(True)
            self.search.textChanged.connect(self._fill)
            self.search.returnPressed.connect(self._open_single_match)
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.more), self.search)
        return self.search

    def focus_content(self) -> None:
        """Focus the first learner's tile (else "New learner"), not the Facilitator button."""
        if self.search is not None and self.search.isVisible() and self.search.text():
            return  # someone is typing a name
        if self._tiles:
            self._tiles[1 if len(self._tiles) > 1 else 0].setFocus()

    def _open_single_match(self) -> None:
        """Enter in the search box opens the learner when exactly one name matches."""
        learners = [tile for tile in self._tiles if tile.property("learner_name")]
        if len(learners) == 1:
            learners[0].click()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def tiles(self) -> list[QToolButton]:
        return list(self._tiles)

    def tile_for(self, name: str) -> QToolButton:
        for tile in self.tiles():
            if tile.property("learner_name") == name:
                return tile
        raise LookupError(name)

    def new_learner_tile(self) -> QToolButton:
        return self.tile_for("")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As many columns as the width holds (beside a vertical scroll bar), and smaller badges
        when two rows of big tiles would not fit the height (a 1024 x 600 screen)."""
        scroll = self._scroll
        room = scroll.width() - 2 * scroll.frameWidth() - scroll.verticalScrollBar().sizeHint().width()
        columns = max(1, (room + TILE_GAP) // (TILE_WIDTH + TILE_GAP))
        big = self._tile_height(BADGE, self._new or self)
        badge = BADGE if scroll.height() >= 2 * big + TILE_GAP + 8 or scroll.height() <= 0 else SMALL_BADGE
        if columns != self._columns or badge != self._badge:
            self._columns, self._badge = columns, badge
            for tile in self._made.values():
                self._size_tile(tile)
            if self._new is not None:
                self._size_tile(self._new)
            self._lay_out()

    @staticmethod
    def _tile_height(badge: int, tile: QWidget) -> int:
        """A tile's height: the badge, two lines of the tile's type, its padding and border."""
        return badge + 2 * tile.fontMetrics().lineSpacing() + 36

    def _size_tile(self, tile: QToolButton) -> None:
        tile.setIconSize(QSize(self._badge, self._badge))
        tile.setFixedSize(TILE_WIDTH, self._tile_height(self._badge, tile))
        tile.setText(two_lines(str(tile.property("full_name") or ""), tile.fontMetrics(), TILE_WIDTH - 44))

    def _fill(self) -> None:
        """Choose the tiles to show (building only those not built yet) and lay them out."""
        from kiosk.core.learners.profiles import name_matches

        needle = self.search.text().strip() if self.search is not None else ""
        matches = [p for p in self._profiles if name_matches(needle, p.name)]
        hidden = max(0, len(matches) - SHOW_AT_MOST)
        if hidden and not needle:
            # Many learners: those who came most recently first; everyone else is a search away.
            matches = sorted(matches, key=lambda p: p.last_login_at or datetime.min, reverse=True)
        shown = matches[:SHOW_AT_MOST]
        if hidden:
            self.more.setText(
                filled(self.tr("%1 more learners are not shown. Type your name above to find yours."), hidden)
            )
        self.more.setVisible(bool(hidden))
        if self._new is None:
            self._new = self._new_tile()
        self._tiles = [self._new] + [self._made.get(p.id) or self._tile(p) for p in shown]
        self._lay_out()

    def _lay_out(self) -> None:
        while self._grid.count():
            self._grid.takeAt(0)
        visible = set(map(id, self._tiles))
        for tile in self._made.values():
            if id(tile) not in visible:
                tile.hide()
        columns = self._columns or 4
        for index, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
            tile.show()

    def _make_tile(self, text: str, accessible: str) -> QToolButton:
        tile = QToolButton(self._tiles_host)
        tile.setProperty("role", "tile")  # the theme puts the name under the badge
        tile.setProperty("full_name", text)
        tile.setAccessibleName(accessible)
        tile.setToolTip(text)
        self._keys.watch(tile)
        tile.ensurePolished()  # the theme's type, to measure the name with
        self._size_tile(tile)
        return tile

    def _tile(self, profile: LearnerProfile) -> QToolButton:
        tile = self._make_tile(profile.name, filled(self.tr("Learner %1"), profile.name))
        tile.setIcon(initials_icon(profile.initials, key=profile.name))
        tile.setProperty("learner_name", profile.name)
        tile.clicked.connect(lambda: self.learner_chosen.emit(profile))
        self._made[profile.id] = tile
        return tile

    def _new_tile(self) -> QToolButton:
        tile = self._make_tile(self.tr("New learner"), self.tr("Add a new learner"))
        tile.setIcon(initials_icon("+", key="+"))
        tile.setProperty("learner_name", "")
        tile.clicked.connect(self.new_learner_requested)
        return tile
