"""A weekend's sessions grouped by day: day header rows with sessions under them.

Edits become undo commands through ``perform``; the model never calls a
service itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from planner.domain.memo import memoized
from planner.gui.commands import EditSessionCommand, ServiceCommand, SetDriversCommand
from planner.gui.icons import icon
from planner.gui.labels import (
    clock_text,
    day_text,
    duration_text,
    kind_label,
    qdatetime,
    session_status_label,
    short_day_text,
)
from planner.gui.models.roles import (
    ACCESSIBLE_TEXT_ROLE,
    CONFLICT_ROLE,
    DECORATION_ROLE,
    DISPLAY_ROLE,
    DRIVER_IDS_ROLE,
    EDIT_ROLE,
    EDIT_VALUE_ROLE,
    FONT_ROLE,
    ID_ROLE,
    IS_GROUP_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    fill_answered_roles,
    fill_roles,
)
from planner.gui.store import Store
from planner.gui.views.column_widths import Cell
from planner.services.views import SessionView

AnyIndex = QModelIndex | QPersistentModelIndex

START, HOME, NAME, KIND, DURATION, DRIVERS, BROADCAST, STATUS, NOTES = range(9)
COLUMN_COUNT = 9
EDITABLE = {START, NAME, KIND, DURATION, DRIVERS, BROADCAST, STATUS, NOTES}

# Flags and alignments made once: combining Qt's flags is Python enum work, and
# painting a weekend asks for them hundreds of times.
_SESSION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _SESSION_FLAGS | Qt.ItemFlag.ItemIsEditable
_LEFT_CENTRED = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
# The roles a session cell answers; a view asks for many more (colours, check
# state, size hint...), all None here.
_SESSION_ROLES = frozenset(
    {
        ID_ROLE,
        IS_GROUP_ROLE,
        CONFLICT_ROLE,
        EDIT_VALUE_ROLE,
        DRIVER_IDS_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


# Roles a tree view asks of every cell it paints or sizes that this model never
# answers: prepared as None so that painting finds every answer in the cell's dict.
_UNANSWERED: dict[int, Any] = {
    int(Qt.ItemDataRole.BackgroundRole): None,
    int(Qt.ItemDataRole.ForegroundRole): None,
    int(Qt.ItemDataRole.CheckStateRole): None,
    int(Qt.ItemDataRole.SizeHintRole): None,
}


def _clock_text(hour_minute: tuple[int, int]) -> str:
    hour, minute = hour_minute
    return clock_text(datetime(2000, 1, 1, hour, minute))  # only the clock is shown


def _no_answer(_role: int) -> Any:
    """What a day row or a cell outside the model answers to any role not prepared."""
    return None


def home_differs(session: SessionView, home_zone: str) -> bool:
    """True where the home clock shows another time than the track's."""
    track = session.times.track_start
    home = session.start_in(home_zone)
    return track.utcoffset() != home.utcoffset()


class WeekendModel(QAbstractItemModel):
    def __init__(self, store: Store, perform: Callable[[ServiceCommand], bool]) -> None:
        super().__init__()
        self.store = store
        self.perform = perform
        self._days: list[date] = []
        self._sessions: list[list[SessionView]] = []
        self._conflicts: dict[int, list[str]] = {}
        # Texts by (session id, column): a view asks for each many times (size hints,
        # painting, accessibility) and some need time-zone arithmetic.
        self._texts: dict[tuple[int, int], str] = {}
        self._forget_labels()
        self._differs: dict[int, bool] = {}
        # The answers of data() by role, prepared once per load for what sizing and
        # painting ask (text, font, icon, alignment) and kept for the rest once asked:
        # a day's cells by day row and column, a session's by day row, row and column
        # (the model only changes by a reset).
        self._day_answers: list[list[dict[int, Any]]] = []
        self._session_answers: list[list[list[dict[int, Any]]]] = []
        self.home_zone = store.home_zone

    # --- loading ------------------------------------------------------------

    def set_sessions(
        self, sessions: list[SessionView] | tuple[SessionView, ...], conflicts: dict[int, list[str]]
    ) -> None:
        self.beginResetModel()
        days: dict[date, list[SessionView]] = {}
        for session in sorted(sessions, key=lambda s: (s.start_wall, s.id)):
            days.setdefault(session.start_wall.date(), []).append(session)
        self._days = list(days)
        self._sessions = [days[day] for day in self._days]
        self._conflicts = conflicts
        self._texts = {}
        self._forget_labels()
        self._differs = {}
        self.home_zone = self.store.home_zone
        self._day_answers = [self._prepared_day(day) for day in self._days]
        fonts: dict[tuple[bool, bool], QFont] = {}
        self._session_answers = [
            [self._prepared_session(session, fonts) for session in group]
            for group in self._sessions
        ]
        self.endResetModel()

    def _prepared_day(self, day: date) -> list[dict[int, Any]]:
        font = QFont()
        font.setBold(True)
        text = day_text(day)
        first = {
            **_UNANSWERED,
            IS_GROUP_ROLE: True,
            DISPLAY_ROLE: text,
            ACCESSIBLE_TEXT_ROLE: text,
            FONT_ROLE: font,
        }
        return [first] + [
            {**_UNANSWERED, IS_GROUP_ROLE: True} for _column in range(1, COLUMN_COUNT)
        ]

    def _prepared_session(
        self, session: SessionView, fonts: dict[tuple[bool, bool], QFont]
    ) -> list[dict[int, Any]]:
        """The session's cells with the roles sizing and painting ask answered; the
        others (tooltip, edit values, conflicts) are added when first asked."""
        cells: list[dict[int, Any]] = []
        for column in range(COLUMN_COUNT):
            text = self._display(session, column)
            cells.append(
                {
                    **_UNANSWERED,
                    ID_ROLE: session.id,
                    IS_GROUP_ROLE: False,
                    DISPLAY_ROLE: text,
                    ACCESSIBLE_TEXT_ROLE: text,
                    FONT_ROLE: None,
                    DECORATION_ROLE: None,
                    TEXT_ALIGNMENT_ROLE: None,
                }
            )
        for column in (START, HOME, DURATION):
            cells[column][TEXT_ALIGNMENT_ROLE] = _LEFT_CENTRED
        look = (session.kind in ("race", "qualifying"), session.status == "cancelled")
        font = fonts.get(look)
        if font is None:  # one font per look: "Race" rows share theirs
            font = fonts[look] = QFont()
            font.setBold(look[0])
            font.setStrikeOut(look[1])
        cells[NAME][FONT_ROLE] = font
        if self._conflicts.get(session.id):
            cells[NAME][DECORATION_ROLE] = icon("warning")
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
        if not index.isValid() or index.internalId() == 0:
            return None
        day_row = int(index.internalId()) - 1
        if not 0 <= day_row < len(self._sessions):
            return None
        group = self._sessions[day_row]
        return group[index.row()] if 0 <= index.row() < len(group) else None

    def index_of(self, session_id: int, column: int = NAME) -> QModelIndex:
        for day_row, group in enumerate(self._sessions):
            for row, session in enumerate(group):
                if session.id == session_id:
                    return self.createIndex(row, column, day_row + 1)
        return QModelIndex()

    def column_cells(self, column: int) -> Iterator[Cell]:
        """The session cells of a column with what sizing it needs: the answers of
        ``data()`` for its text, font and icon, without going through indexes. Only
        the first cell of each look with a text: the others size alike (a load's
        cells of one look share their font object), and each needs an index made."""
        create_index = self.createIndex
        seen: set[tuple[str, int, bool]] = set()
        for day_row, group in enumerate(self._session_answers, start=1):
            for row, cells in enumerate(group):
                answers = cells[column]
                text, font = answers[DISPLAY_ROLE], answers[FONT_ROLE]
                look = (text, id(font), answers[DECORATION_ROLE] is not None)
                if not text or look in seen:
                    continue
                seen.add(look)
                yield Cell(create_index(row, column, day_row), text, font, look[2])

    # --- structure ------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._days) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        day_row = parent.row()
        if row >= len(self._sessions[day_row]):
            return QModelIndex()
        return self.createIndex(row, column, day_row + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._sessions[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE:
            return None
        headers = (
            QCoreApplication.translate("WeekendModel", "Track time"),
            QCoreApplication.translate("WeekendModel", "Home time"),
            QCoreApplication.translate("WeekendModel", "Session"),
            QCoreApplication.translate("WeekendModel", "Kind"),
            QCoreApplication.translate("WeekendModel", "Duration"),
            QCoreApplication.translate("WeekendModel", "Drivers"),
            QCoreApplication.translate("WeekendModel", "Broadcast"),
            QCoreApplication.translate("WeekendModel", "Status"),
            QCoreApplication.translate("WeekendModel", "Notes"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return _EDITABLE_FLAGS if index.column() in EDITABLE else _SESSION_FLAGS

    # --- data ---------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        answers, answer_for = self._cell(index)
        try:
            return answers[role]
        except KeyError:
            answer = answers[role] = answer_for(role)
            return answer

    def multiData(self, index: AnyIndex, roles: QModelRoleDataSpan | QModelRoleData) -> None:
        if not index.isValid():
            fill_roles(self.data, index, roles)
            return
        fill_answered_roles(*self._cell(index), roles)

    def _cell(self, index: AnyIndex) -> tuple[dict[int, Any], Callable[[int], Any]]:
        """The cell's answers so far, and what answers a role not asked before."""
        day_row, row, column = int(index.internalId()), index.row(), index.column()
        if day_row == 0:
            if 0 <= row < len(self._day_answers) and 0 <= column < COLUMN_COUNT:
                return self._day_answers[row][column], _no_answer
            return {}, _no_answer
        session = self.session_at(index)
        if session is None or not 0 <= column < COLUMN_COUNT:
            return {}, _no_answer
        return (
            self._session_answers[day_row - 1][row][column],
            lambda role: self._session_data(session, column, role),
        )

    def _session_data(self, session: SessionView, column: int, role: int) -> Any:
        """The roles not prepared at load (see ``_prepared_session``), asked for
        by hovering, editing or the conflict panel."""
        if role not in _SESSION_ROLES:
            return None
        if role == CONFLICT_ROLE:
            return self._conflicts.get(session.id, [])
        if role == EDIT_ROLE:
            return self._edit_value(session, column)
        if role == EDIT_VALUE_ROLE:
            return self._edit_value(session, column)
        if role == DRIVER_IDS_ROLE:
            return [driver.id for driver in session.drivers]
        if role == TOOLTIP_ROLE:
            return self._tooltip(session, column)
        return None

    def _forget_labels(self) -> None:
        """Labels made once per load for each value: a weekend's fifty sessions share a
        few kinds, durations and clock times, and each label is locale or translation
        work."""
        self._kind_label = memoized(kind_label)
        self._duration_text = memoized(duration_text)
        self._status_label = memoized(session_status_label)
        self._clock_of = memoized(_clock_text)

    def _clock(self, moment: datetime) -> str:
        return self._clock_of((moment.hour, moment.minute))

    def _span(self, start: datetime, end: datetime | None) -> str:
        if end is None:
            return self._clock(start)
        return f"{self._clock(start)}–{self._clock(end)}"

    def _display(self, session: SessionView, column: int) -> str:
        key = (session.id, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._display_text(session, column)
        return text

    def _display_text(self, session: SessionView, column: int) -> str:
        if column == START:
            return self._span(session.start_wall, session.end_wall)
        if column == HOME:
            if not self._home_differs(session):
                return ""
            home_start = session.start_in(self.home_zone)
            home_end = session.end_in(self.home_zone)
            text = self._span(home_start, home_end)
            if home_start.date() != session.start_wall.date():
                text = f"{short_day_text(home_start.date())} {text}"
            return text
        if column == NAME:
            return session.name
        if column == KIND:
            return self._kind_label(session.kind)
        if column == DURATION:
            return self._duration_text(session.duration_minutes)
        if column == DRIVERS:
            first_names = [driver.first_name for driver in session.drivers]
            if len(set(first_names)) != len(first_names):  # two Andreases: full names
                first_names = [driver.name for driver in session.drivers]
            separator = " → " if session.kind == "race" else ", "  # stints in order
            return separator.join(first_names)
        if column == BROADCAST:
            return session.broadcast
        if column == STATUS:  # "scheduled" is the normal case: only news are shown
            if session.status == "scheduled":
                return ""
            return self._status_label(session.status)
        if column == NOTES:
            return session.notes
        return ""

    def _edit_value(self, session: SessionView, column: int) -> Any:
        if column == START:
            return qdatetime(session.start_wall)
        if column == NAME:
            return session.name
        if column == KIND:
            return str(session.kind)
        if column == DURATION:
            return session.duration_minutes or 0
        if column == BROADCAST:
            return session.broadcast
        if column == STATUS:
            return str(session.status)
        if column == NOTES:
            return session.notes
        if column == DRIVERS:
            return [driver.id for driver in session.drivers]
        return None

    def _tooltip(self, session: SessionView, column: int) -> str | None:
        conflicts = self._conflicts.get(session.id, [])
        if conflicts and column == NAME:
            return "\n".join(conflicts)
        if column == START:
            return QCoreApplication.translate(
                "WeekendModel", "{time} at the track ({zone})"
            ).format(time=self._span(session.start_wall, session.end_wall), zone=session.zone)
        if column == HOME and self._home_differs(session):
            return QCoreApplication.translate("WeekendModel", "{time} at home ({zone})").format(
                time=self._display(session, HOME), zone=self.home_zone
            )
        if column == DRIVERS and session.drivers:
            return "\n".join(
                QCoreApplication.translate("WeekendModel", "Stint {order}: {name}").format(
                    order=order, name=driver.name
                )
                for order, driver in enumerate(session.drivers, start=1)
            )
        if column in (NAME, KIND, STATUS, NOTES, BROADCAST):  # whole where a narrow column elides
            return self._display(session, column) or None
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
