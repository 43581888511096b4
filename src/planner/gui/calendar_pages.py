"""The calendar side of the window: week and agenda pages, the search dock, and
the edits made by dragging sessions in the month and week views.

Owned by the main window, which asks it for its pages and refreshes; every edit
is one undo command through the window's ``perform``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget

from planner.gui.commands import EditSessionCommand
from planner.gui.errors import report_planner_error
from planner.gui.labels import clock_text, duration_text, short_day_text
from planner.gui.search_index_keeper import SearchIndexKeeper

if TYPE_CHECKING:
    from planner.db.database import Database
    from planner.gui.main_window import MainWindow
    from planner.gui.views.agenda_view import AgendaView
    from planner.gui.views.calendar_items import CalendarItem
    from planner.gui.views.search_panel import SearchPanel
    from planner.gui.views.week_view import WeekView
    from planner.services.views import Conflict


def conflict_messages(
    db: Database, first_day: date | None, last_day: date | None
) -> dict[int, list[str]]:
    """What each clashing session clashes with, by session id (all of them without days)."""
    from planner.services.queries import find_conflicts

    return messages_by_session(find_conflicts(db, first_day=first_day, last_day=last_day))


def messages_by_session(conflicts: Iterable[Conflict]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for conflict in conflicts:
        for item in (conflict.first, conflict.second):
            found.setdefault(item.session.id, []).append(conflict.message)
    return found


class CalendarPages(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.week: WeekView | None = None
        self.agenda: AgendaView | None = None
        self._search: SearchPanel | None = None
        self.search_dock = QDockWidget(window)
        self.search_dock.setObjectName("SearchDock")
        self.search_dock.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self._search_placed = False
        self._anchored: dict[int, tuple[int | None, int | None]] = {}
        self._search_index = SearchIndexKeeper()  # see forget_search_index
        self.destroyed.connect(self._search_index.close)  # its reading thread ends with it

    # --- pages built when first wanted ----------------------------------------------

    def week_view(self) -> WeekView:
        if self.week is None:
            from planner.gui.views.week_view import WeekView

            view = self.week = WeekView()
            view.week_changed.connect(lambda _monday: self.refresh_week())
            view.sessionActivated.connect(self.window.open_session)
            view.sessionMenuRequested.connect(self.window.session_actions.show_menu)
            view.session_moved.connect(self.move_to_home_time)
            view.session_resized.connect(self.set_length)
        return self.week

    def agenda_view(self) -> AgendaView:
        if self.agenda is None:
            from planner.gui.views.agenda_view import AgendaView

            view = self.agenda = AgendaView()
            view.sessionActivated.connect(self.window.open_session)
            view.sessionMenuRequested.connect(self.window.session_actions.show_menu)
            view.past_wanted.connect(lambda _past: self.refresh_agenda())
        return self.agenda

    def search_panel(self) -> SearchPanel:
        if self._search is None:
            from planner.gui.views.search_panel import SearchPanel

            panel = self._search = SearchPanel(self._find)
            panel.sessionActivated.connect(self.window.open_session)
            self.search_dock.setWidget(panel)
        return self._search

    def show_search(self) -> None:
        """Ctrl+F: the search dock, shown and raised, with the cursor in its box."""
        panel = self.search_panel()
        if not self._search_placed:
            # First time: a tab beside Next Up, the right column's full height.
            self._search_placed = True
            if self.window.next_up_dock.isVisible() and not self.window.next_up_dock.isFloating():
                self.window.tabifyDockWidget(self.window.next_up_dock, self.search_dock)
        self.search_dock.show()
        self.search_dock.raise_()
        panel.focus_search()

    def retranslate(self) -> None:
        self.search_dock.setWindowTitle(QCoreApplication.translate("CalendarPages", "Search"))
        self.search_dock.toggleViewAction().setText(
            QCoreApplication.translate("CalendarPages", "Search Results")
        )
        for view in (self.week, self.agenda, self._search):
            if view is not None:
                view.retranslate()

    # --- where a page opens ------------------------------------------------------------

    def anchor(self, page: int) -> date | None:
        """The day to open ``page`` on when the navigator's selection changed since
        it was last shown (None: keep the page where it is)."""
        from planner.services.calendar_anchor import anchor_day

        window = self.window
        selection = (window.season_id, window.round_id)
        if self._anchored.get(page) == selection:
            return None
        self._anchored[page] = selection
        today = window.store.clock().astimezone().date()
        round_id = (
            None if window.round_id is None else window.store.current_id("round", window.round_id)
        )
        return anchor_day(
            window.store.db, today=today, season_id=window.season_id, round_id=round_id
        )

    # --- refreshing -----------------------------------------------------------------------

    def _home_items(self, first: date, last: date) -> list[CalendarItem]:
        # Imported here, as the month and week views do: not on the first paint's path.
        from planner.gui.views.calendar_items import calendar_items
        from planner.services.queries import sessions_and_conflicts_between

        window = self.window
        scheduled, found = sessions_and_conflicts_between(window.store.db, first, last)
        return calendar_items(scheduled, window.store.home_zone, messages_by_session(found))

    def month_items(self, first: date, last: date) -> list[CalendarItem]:
        return [item for item in self._home_items(first, last) if first <= item.day <= last]

    def refresh_week(self) -> None:
        window = self.window
        if self.week is None or not window.store.is_open:
            return
        monday = self.week.monday
        items = self._home_items(monday, monday + timedelta(days=6))
        self.week.set_items(items, window.store.home_zone, self._today())

    def refresh_agenda(self) -> None:
        """The agenda's sessions: from two days back (time zones) unless past ones are
        wanted, so a long archive is not read for a list of what is coming."""
        from planner.services import catalog
        from planner.services.queries import SessionFilter, scheduled_sessions

        window = self.window
        if self.agenda is None or not window.store.is_open:
            return
        db = window.store.db
        first = None if self.agenda.past_box.isChecked() else self._today() - timedelta(days=2)
        conflicts = conflict_messages(db, first, None)
        self.agenda.set_choices(catalog.list_series(db), catalog.list_drivers(db))
        self.agenda.set_sessions(
            scheduled_sessions(db, SessionFilter(first_day=first)),
            conflicts,
            window.store.home_zone,
            window.store.clock(),
        )

    def _today(self) -> date:
        return self.window.store.clock().astimezone().date()

    def _find(self, text: str) -> list[CalendarItem]:
        from planner.gui.views.calendar_items import calendar_items

        window = self.window
        if not window.store.is_open or not text.split():
            return []
        # Read once, then every keystroke searches memory.
        found = self._search_index.index(window.store.db).search(window.store.db, text)
        return calendar_items(found, window.store.home_zone, {})

    def forget_search_index(self) -> None:
        """The data changed: the next search reads the sessions' words again; while
        the search is open, that read starts now, off the GUI thread."""
        store = self.window.store
        searching = self._search is not None and self.search_dock.isVisible() and store.is_open
        self._search_index.forget(store.db if searching else None)

    # --- edits by dragging (each one undo step through one service) -------------------------

    def move_by_days(self, session_id: int, days: int) -> bool:
        """A chip dropped on another day of the month: same track time, another date."""
        from planner.services.sessions import get_session

        window = self.window
        session = get_session(window.store.db, window.store.current_id("session", session_id))
        new_start = session.start_wall + timedelta(days=days)
        text = QCoreApplication.translate("CalendarPages", "Move {name} to {day}").format(
            name=session.name, day=short_day_text(new_start.date())
        )
        return window.perform(
            EditSessionCommand(
                window.store,
                session_id,
                {"start_wall": new_start},
                {"start_wall": session.start_wall, "is_dst": session.is_dst},
                text,
                session.revision,
            )
        )

    def move_to_home_time(self, session_id: int, home_wall: datetime) -> bool:
        """A block dropped at a day and time on the home clock: the core turns that into
        the track's wall time (a home time the clocks skip is refused, nothing changes)."""
        from planner.domain.errors import PlannerError
        from planner.domain.track_time import home_to_track_wall
        from planner.services.sessions import get_session

        window = self.window
        session = get_session(window.store.db, window.store.current_id("session", session_id))
        try:
            track_wall, is_dst = home_to_track_wall(home_wall, window.store.home_zone, session.zone)
        except PlannerError as error:
            report_planner_error(window, error)
            self.refresh_week()
            return False
        text = QCoreApplication.translate("CalendarPages", "Move {name} to {day} {time}").format(
            name=session.name, day=short_day_text(home_wall.date()), time=clock_text(home_wall)
        )
        return window.perform(
            EditSessionCommand(
                window.store,
                session_id,
                {"start_wall": track_wall, "is_dst": is_dst},
                {"start_wall": session.start_wall, "is_dst": session.is_dst},
                text,
                session.revision,
            )
        )

    def set_length(self, session_id: int, minutes: int) -> bool:
        from planner.services.sessions import get_session

        window = self.window
        session = get_session(window.store.db, window.store.current_id("session", session_id))
        text = QCoreApplication.translate("CalendarPages", "Make {name} {length} long").format(
            name=session.name, length=duration_text(minutes)
        )
        return window.perform(
            EditSessionCommand(
                window.store,
                session_id,
                {"duration_minutes": minutes},
                {"duration_minutes": session.duration_minutes},
                text,
                session.revision,
            )
        )
