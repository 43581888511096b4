"""A weekend's sessions grouped by day: day header rows with sessions under them.

The cells are kept by Qt (a QStandardItemModel, filled once per load) rather than
answered by Python: painting, sizing and laying out the tree asked the model for
indexes, parents, flags and a dozen roles per cell from C++, and each such call
into Python cost more than drawing the cell (a round switch on the 20,000-session
archive spent a tenth of its instructions in ``multiData`` alone, issue 19). So
every role a cell answers is set at load, tooltips and edit values included.

Edits become undo commands through ``perform``; the model never calls a
service itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from planner.domain.memo import memoized
from planner.gui.commands import EditSessionCommand, ServiceCommand, SetDriversCommand
from planner.gui.icons import icon
from planner.gui.labels import (
    clock_text,
    day_text,
    duration_text,
    kind_label,
    session_status_label,
    short_day_text,
)
from planner.gui.models.roles import (
    CONFLICT_ROLE,
    DECORATION_ROLE,
    DISPLAY_ROLE,
    DRIVER_IDS_ROLE,
    EDIT_VALUE_ROLE,
    FONT_ROLE,
    ID_ROLE,
    IS_GROUP_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
)
from planner.gui.store import Store
from planner.gui.views.column_widths import Cell
from planner.services.views import SessionView

AnyIndex = QModelIndex | QPersistentModelIndex

START, HOME, NAME, KIND, DURATION, DRIVERS, BROADCAST, STATUS, NOTES = range(9)
COLUMN_COUNT = 9
EDITABLE = {START, NAME, KIND, DURATION, DRIVERS, BROADCAST, STATUS, NOTES}

# A session cell's flags: every column but the home time is edited in place, so the
# item prototype (what Qt makes a cell from as its data is set) is editable and the
# home column's cells are made read-only after filling. A day row is only enabled.
_SESSION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _SESSION_FLAGS | Qt.ItemFlag.ItemIsEditable
_DAY_FLAGS = Qt.ItemFlag.ItemIsEnabled
_LEFT_CENTRED = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


def _clock_text(hour_minute: tuple[int, int]) -> str:
    hour, minute = hour_minute
    return clock_text(datetime(2000, 1, 1, hour, minute))  # only the clock is shown


def home_differs(session: SessionView, home_zone: str) -> bool:
    """True where the home clock shows another time than the track's."""
    track = session.times.track_start
    home = session.start_in(home_zone)
    return track.utcoffset() != home.utcoffset()


def _day_cell(text: str | None = None, font: QFont | None = None) -> QStandardItem:
    cell = QStandardItem()
    cell.setFlags(_DAY_FLAGS)
    cell.setData(True, IS_GROUP_ROLE)
    if text is not None:
        cell.setText(text)
        cell.setFont(font or QFont())
    return cell


class WeekendModel(QStandardItemModel):
    def __init__(self, store: Store, perform: Callable[[ServiceCommand], bool]) -> None:
        super().__init__(0, COLUMN_COUNT)
        prototype = QStandardItem()
        prototype.setFlags(_EDITABLE_FLAGS)
        self.setItemPrototype(prototype)
        self.store = store
        self.perform = perform
        self._days: list[date] = []
        self._sessions: list[list[SessionView]] = []
        self._conflicts: dict[int, list[str]] = {}
        # Each session's cell texts by column and its name's font, for sizing.
        self._texts: list[list[tuple[str, ...]]] = []
        self._fonts: list[list[QFont]] = []
        self._differs: dict[int, bool] = {}
        self._forget_labels()
        self.home_zone = store.home_zone
        self.retranslate()

    def retranslate(self) -> None:
        """The column titles in the UI language."""
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("WeekendModel", "Track time"),
                QCoreApplication.translate("WeekendModel", "Home time"),
                QCoreApplication.translate("WeekendModel", "Session"),
                QCoreApplication.translate("WeekendModel", "Kind"),
                QCoreApplication.translate("WeekendModel", "Duration"),
                QCoreApplication.translate("WeekendModel", "Drivers"),
                QCoreApplication.translate("WeekendModel", "Broadcast"),
                QCoreApplication.translate("WeekendModel", "Status"),
                QCoreApplication.translate("WeekendModel", "Notes"),
            ]
        )

    # --- loading ------------------------------------------------------------

    def set_sessions(
        self, sessions: list[SessionView] | tuple[SessionView, ...], conflicts: dict[int, list[str]]
    ) -> None:
        """One reset: the views hear nothing of the rows removed and the cells set in
        between (a signal each would have them update their layout that often)."""
        days: dict[date, list[SessionView]] = {}
        for session in sorted(sessions, key=lambda s: (s.start_wall, s.id)):
            days.setdefault(session.start_wall.date(), []).append(session)
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self._days = list(days)
            self._sessions = [days[day] for day in self._days]
            self._conflicts = conflicts
            self._differs = {}
            self._forget_labels()
            self.home_zone = self.store.home_zone
            self._texts = [
                [self._display_texts(session) for session in group] for group in self._sessions
            ]
            self._fill()
        finally:
            self.blockSignals(blocked)
            self.endResetModel()

    def _fill(self) -> None:
        """A row per day (its name in bold, spanning the row: see the view) with the
        day's sessions under it; the home column's cells are not edited."""
        self.setRowCount(0)
        day_font = QFont()
        day_font.setBold(True)
        fonts: dict[tuple[bool, bool], QFont] = {}  # one per look: "Race" rows share theirs
        self._fonts = []
        index, set_item_data = self.index, self.setItemData
        for day_row, (day, group) in enumerate(zip(self._days, self._sessions, strict=True)):
            title = day_text(day)
            self.appendRow(
                [_day_cell(title, day_font)] + [_day_cell() for _ in range(1, COLUMN_COUNT)]
            )
            day_item = self.item(day_row, 0)
            day_item.setRowCount(len(group))
            day_item.setColumnCount(COLUMN_COUNT)
            parent = index(day_row, 0)
            group_fonts: list[QFont] = []
            for row, (session, texts) in enumerate(zip(group, self._texts[day_row], strict=True)):
                look = (session.kind in ("race", "qualifying"), session.status == "cancelled")
                font = fonts.get(look)
                if font is None:
                    font = fonts[look] = QFont()
                    font.setBold(look[0])
                    font.setStrikeOut(look[1])
                group_fonts.append(font)
                for column, roles in enumerate(self._cell_roles(session, texts, font)):
                    set_item_data(index(row, column, parent), roles)
                day_item.child(row, HOME).setFlags(_SESSION_FLAGS)
            self._fonts.append(group_fonts)

    def _cell_roles(
        self, session: SessionView, texts: tuple[str, ...], font: QFont
    ) -> list[dict[int, Any]]:
        """A session's cells by role: each its text (shown, and read aloud: Qt reads
        the text where there is no accessible text), the session's id, its tooltip
        and the value an editor starts from."""
        cells: list[dict[int, Any]] = [{DISPLAY_ROLE: text, ID_ROLE: session.id} for text in texts]
        for column in (START, HOME, DURATION):
            cells[column][TEXT_ALIGNMENT_ROLE] = _LEFT_CENTRED
        conflicts = self._conflicts.get(session.id, [])
        name = cells[NAME]
        name[FONT_ROLE] = font
        name[CONFLICT_ROLE] = conflicts
        if conflicts:
            name[DECORATION_ROLE] = icon("warning")
        for column, cell in enumerate(cells):
            tooltip = self._tooltip(session, column, texts)
            if tooltip is not None:
                cell[TOOLTIP_ROLE] = tooltip
        driver_ids = [driver.id for driver in session.drivers]
        cells[DRIVERS][DRIVER_IDS_ROLE] = driver_ids
        cells[START][EDIT_VALUE_ROLE] = session.start_wall  # the delegate makes the QDateTime
        cells[NAME][EDIT_VALUE_ROLE] = session.name
        cells[KIND][EDIT_VALUE_ROLE] = str(session.kind)
        cells[DURATION][EDIT_VALUE_ROLE] = session.duration_minutes or 0
        cells[DRIVERS][EDIT_VALUE_ROLE] = driver_ids
        cells[BROADCAST][EDIT_VALUE_ROLE] = session.broadcast
        cells[STATUS][EDIT_VALUE_ROLE] = str(session.status)
        cells[NOTES][EDIT_VALUE_ROLE] = session.notes
        return cells

    def all_sessions(self) -> list[SessionView]:
        return [session for group in self._sessions for session in group]

    def shows_home_time(self) -> bool:
        return any(self._home_differs(session) for session in self.all_sessions())

    def _home_differs(self, session: SessionView) -> bool:
        """``home_differs`` once per session and load (time-zone arithmetic)."""
        differs = self._differs.get(session.id)
        if differs is None:
            differs = self._differs[session.id] = home_differs(session, self.home_zone)
        return differs

    def session_at(self, index: AnyIndex) -> SessionView | None:
        if not index.isValid() or index.model() is not self:
            return None
        parent = index.parent()
        if not parent.isValid():
            return None  # a day row
        day_row = parent.row()
        if not 0 <= day_row < len(self._sessions):
            return None
        group = self._sessions[day_row]
        return group[index.row()] if 0 <= index.row() < len(group) else None

    def index_of(self, session_id: int, column: int = NAME) -> QModelIndex:
        for day_row, group in enumerate(self._sessions):
            for row, session in enumerate(group):
                if session.id == session_id:
                    return self.index(row, column, self.index(day_row, 0))
        return QModelIndex()

    def column_cells(self, column: int) -> Iterator[Cell]:
        """The session cells of a column with what sizing needs (text, font, icon),
        without asking the model: only the first cell of each look with a text, the
        others size alike (and each needs an index made)."""
        seen: set[tuple[str, int, bool]] = set()
        for day_row, (group, texts, fonts) in enumerate(
            zip(self._sessions, self._texts, self._fonts, strict=True)
        ):
            for row, session in enumerate(group):
                text = texts[row][column]
                font = fonts[row] if column == NAME else None
                decorated = column == NAME and bool(self._conflicts.get(session.id))
                look = (text, id(font), decorated)
                if not text or look in seen:
                    continue
                seen.add(look)
                yield Cell(self.index(row, column, self.index(day_row, 0)), text, font, decorated)

    # --- texts ----------------------------------------------------------------

    def _forget_labels(self) -> None:
        """Labels made once per load for each value: a weekend's fifty sessions share a
        few kinds, durations and clock times, and each label is locale or translation
        work."""
        self._kind_label = memoized(kind_label)
        self._duration_text = memoized(duration_text)
        self._status_label = memoized(session_status_label)
        self._clock_of = memoized(_clock_text)
        self._track_tip = QCoreApplication.translate("WeekendModel", "{time} at the track ({zone})")
        self._home_tip = QCoreApplication.translate("WeekendModel", "{time} at home ({zone})")
        self._stint_tip = QCoreApplication.translate("WeekendModel", "Stint {order}: {name}")

    def _clock(self, moment: datetime) -> str:
        return self._clock_of((moment.hour, moment.minute))

    def _span(self, start: datetime, end: datetime | None) -> str:
        if end is None:
            return self._clock(start)
        return f"{self._clock(start)}–{self._clock(end)}"

    def _display_texts(self, session: SessionView) -> tuple[str, ...]:
        """The session's cell texts, column by column."""
        first_names = [driver.first_name for driver in session.drivers]
        if len(set(first_names)) != len(first_names):  # two Andreases: full names
            first_names = [driver.name for driver in session.drivers]
        separator = " → " if session.kind == "race" else ", "  # stints in order
        return (
            self._span(session.start_wall, session.end_wall),
            self._home_text(session),
            session.name,
            self._kind_label(session.kind),
            self._duration_text(session.duration_minutes),
            separator.join(first_names),
            session.broadcast,
            # "scheduled" is the normal case: only news are shown
            "" if session.status == "scheduled" else self._status_label(session.status),
            session.notes,
        )

    def _home_text(self, session: SessionView) -> str:
        """The span in home time, with the day where it is another; empty where home
        keeps the track's clock."""
        if not self._home_differs(session):
            return ""
        home_start = session.start_in(self.home_zone)
        home_end = session.end_in(self.home_zone)
        text = self._span(home_start, home_end)
        if home_start.date() != session.start_wall.date():
            text = f"{short_day_text(home_start.date())} {text}"
        return text

    def _tooltip(self, session: SessionView, column: int, texts: tuple[str, ...]) -> str | None:
        conflicts = self._conflicts.get(session.id, [])
        if conflicts and column == NAME:
            return "\n".join(conflicts)
        if column == START:
            return self._track_tip.format(time=texts[START], zone=session.zone)
        if column == HOME and texts[HOME]:
            return self._home_tip.format(time=texts[HOME], zone=self.home_zone)
        if column == DRIVERS and session.drivers:
            return "\n".join(
                self._stint_tip.format(order=order, name=driver.name)
                for order, driver in enumerate(session.drivers, start=1)
            )
        if column in (NAME, KIND, STATUS, NOTES, BROADCAST):  # whole where a narrow column elides
            return texts[column] or None
        return None

    # --- editing: every change is an undo command -------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        session = self.session_at(index)
        if session is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        if column == DRIVERS:
            new_ids = [int(item) for item in value]
            old_ids = [driver.id for driver in session.drivers]
            if new_ids == old_ids:
                return False
            return self.perform(
                SetDriversCommand(self.store, session.id, new_ids, old_ids, session.name)
            )
        change = self._change_for(session, column, value)
        if change is None:
            return False
        new_values, old_values, text = change
        return self.perform(
            EditSessionCommand(
                self.store, session.id, new_values, old_values, text, session.revision
            )
        )

    def _change_for(
        self, session: SessionView, column: int, value: Any
    ) -> tuple[dict[str, Any], dict[str, Any], Callable[[], str]] | None:
        name = session.name
        if column == START:
            moment = value.toPython() if isinstance(value, QDateTime) else value
            if not isinstance(moment, datetime):
                return None
            moment = moment.replace(second=0, microsecond=0, tzinfo=None)
            if moment == session.start_wall:
                return None
            return (
                {"start_wall": moment},
                {"start_wall": session.start_wall, "is_dst": session.is_dst},
                lambda: QCoreApplication.translate("WeekendModel", "Change start of {name}").format(
                    name=name
                ),
            )
        if column == DURATION:
            minutes = int(value) or None
            if minutes == session.duration_minutes:
                return None
            return (
                {"duration_minutes": minutes},
                {"duration_minutes": session.duration_minutes},
                lambda: QCoreApplication.translate(
                    "WeekendModel", "Change duration of {name}"
                ).format(name=name),
            )
        text_fields: dict[int, tuple[str, Callable[[], str]]] = {
            NAME: ("name", lambda: QCoreApplication.translate("WeekendModel", "Rename {name}")),
            KIND: (
                "kind",
                lambda: QCoreApplication.translate("WeekendModel", "Change kind of {name}"),
            ),
            BROADCAST: (
                "broadcast",
                lambda: QCoreApplication.translate("WeekendModel", "Change broadcast of {name}"),
            ),
            STATUS: (
                "status",
                lambda: QCoreApplication.translate("WeekendModel", "Change status of {name}"),
            ),
            NOTES: (
                "notes",
                lambda: QCoreApplication.translate("WeekendModel", "Change notes of {name}"),
            ),
        }
        if column in text_fields:
            field_name, label = text_fields[column]
            old = str(getattr(session, field_name))
            new = str(value).strip()
            if new == old or (field_name == "name" and not new):
                return None
            return ({field_name: new}, {field_name: old}, lambda: label().format(name=name))
        return None
