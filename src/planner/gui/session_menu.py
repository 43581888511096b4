"""The context menu of one or more sessions, for every view that shows sessions.

A view emits ``sessionMenuRequested(list_of_session_ids, global_pos)``; the
window connects it to :meth:`SessionActions.show_menu`. Every edit is one
undo command (several sessions: one bulk command, one undo step).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QWidget,
)

from planner.domain.kinds import SessionStatus
from planner.gui.bulk_commands import (
    DeleteSessionsCommand,
    SetSessionsDriversCommand,
    SetSessionsStatusCommand,
    ShiftSessionsCommand,
)
from planner.gui.commands import AddSessionCommand, EditSessionCommand
from planner.gui.labels import clock_text, session_status_label, short_day_text
from planner.services.views import SessionView

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow


def session_text(session: SessionView) -> str:
    """One line a family can paste into a chat: day, track time, name, status."""
    start = session.start_wall
    clock = clock_text(start)
    end = session.times.track_end
    if end is not None:
        clock = f"{clock}–{clock_text(end)}"
    line = f"{short_day_text(start.date())} {clock} {session.name}"
    if session.status != SessionStatus.SCHEDULED:
        line = f"{line} ({session_status_label(session.status)})"
    if session.drivers:
        line = f"{line} · {', '.join(driver.name for driver in session.drivers)}"
    return line


DUPLICATE_KEYS = "Ctrl+Shift+D"
SHIFT_KEYS = "Ctrl+Shift+M"


class SessionActions(QObject):
    """What can be done to sessions picked in any view; owned by the window.

    The same edits sit in the window's Weekend menu (``menu_actions``), acting on
    the sessions picked in the weekend table, so the keyboard reaches them all.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None  # the last one shown (tests trigger its actions)
        self.edit_action = self._window_action("", self._edit_picked)
        self.duplicate_action = self._window_action(DUPLICATE_KEYS, self._duplicate_picked)
        self.cancel_action = self._window_action("", self._toggle_cancelled)
        self.tentative_action = self._window_action("", self._toggle_tentative)
        self.shift_action = self._window_action(SHIFT_KEYS, lambda: self.shift(self._picked()))
        self.copy_action = self._window_action("Ctrl+C", lambda: self.copy_text(self._picked()))

    def _window_action(self, shortcut: str, slot: object) -> QAction:
        action = QAction(self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    @property
    def menu_actions(self) -> list[QAction]:
        return [
            self.edit_action,
            self.duplicate_action,
            self.cancel_action,
            self.tentative_action,
            self.shift_action,
            self.copy_action,
        ]

    def retranslate(self) -> None:
        texts = {
            self.edit_action: self.tr("&Edit Session…"),
            self.duplicate_action: self.tr("D&uplicate Session"),
            self.cancel_action: self.tr("Cancel or Re&instate"),
            self.tentative_action: self.tr("Time to Be &Confirmed"),
            self.shift_action: self.tr("S&hift by Minutes…"),
            self.copy_action: self.tr("Cop&y as Text"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        self.edit_action.setToolTip(self.tr("Edit Session (Enter in the table)"))

    def set_enabled(self, has_session: bool) -> None:
        for action in self.menu_actions:
            action.setEnabled(has_session)

    def _picked(self) -> list[int]:
        """The sessions picked in the weekend table, while it is the page shown."""
        from planner.gui.main_window import WEEKEND_PAGE

        if self.window.pages.currentIndex() != WEEKEND_PAGE or self.window.round_id is None:
            return []
        return self.window.weekend_view.selected_session_ids()

    def _edit_picked(self) -> None:
        picked = self._picked()
        if picked:
            self.edit(picked[0])

    def _duplicate_picked(self) -> None:
        picked = self._picked()
        if picked:
            self.duplicate(picked[0])

    def _toggle_cancelled(self) -> None:
        chosen = self.sessions(self._picked())
        if chosen:
            cancelled = all(s.status == SessionStatus.CANCELLED for s in chosen)
            self.set_status(
                [s.id for s in chosen],
                SessionStatus.SCHEDULED if cancelled else SessionStatus.CANCELLED,
            )

    def _toggle_tentative(self) -> None:
        chosen = self.sessions(self._picked())
        if chosen:
            tentative = all(s.status == SessionStatus.TENTATIVE for s in chosen)
            self.set_status(
                [s.id for s in chosen],
                SessionStatus.SCHEDULED if tentative else SessionStatus.TENTATIVE,
            )

    # --- reading ------------------------------------------------------------------

    def sessions(self, session_ids: Sequence[int]) -> list[SessionView]:
        from planner.services.sessions import get_session

        store = self.window.store
        return [get_session(store.db, store.current_id("session", i)) for i in session_ids]

    # --- the menu -------------------------------------------------------------------

    def build_menu(self, session_ids: Sequence[int], parent: QWidget | None = None) -> QMenu:
        chosen = self.sessions(session_ids)
        ids = [session.id for session in chosen]
        menu = QMenu(parent or self.window)
        menu.setObjectName("SessionMenu")
        one = len(chosen) == 1

        def add(text: str, slot: object, shortcut: str = "", name: str = "") -> QAction:
            action = menu.addAction(text)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        if one:
            add(self.tr("&Edit…"), lambda: self.edit(ids[0]), "Return", "edit")
            add(self.tr("D&uplicate"), lambda: self.duplicate(ids[0]), DUPLICATE_KEYS, "duplicate")
        menu.addSeparator()
        if all(session.status == SessionStatus.CANCELLED for session in chosen):
            add(
                self.tr("&Reinstate"),
                lambda: self.set_status(ids, SessionStatus.SCHEDULED),
                "",
                "reinstate",
            )
        else:
            add(
                self.tr("Mark as Ca&ncelled"),
                lambda: self.set_status(ids, SessionStatus.CANCELLED),
                "",
                "cancel",
            )
        tentative = all(session.status == SessionStatus.TENTATIVE for session in chosen)
        confirm = add(
            self.tr("Time to Be &Confirmed"),
            lambda: self.set_status(
                ids, SessionStatus.SCHEDULED if tentative else SessionStatus.TENTATIVE
            ),
            "",
            "tentative",
        )
        confirm.setCheckable(True)
        confirm.setChecked(tentative)
        add(self.tr("Assign &Drivers…"), lambda: self.assign_drivers(ids), "Ctrl+D", "drivers")
        add(self.tr("S&hift by Minutes…"), lambda: self.shift(ids), SHIFT_KEYS, "shift")
        menu.addSeparator()
        if one:
            add(self.tr("&Share as One-Event File…"), lambda: self.share(ids[0]), "", "share")
        add(self.tr("Cop&y as Text"), lambda: self.copy_text(ids), "Ctrl+C", "copy")
        menu.addSeparator()
        add(self.tr("&Delete"), lambda: self.delete(ids), "Del", "delete")
        return menu

    def show_menu(self, session_ids: list[int], global_pos: QPoint) -> None:
        """The slot for every view's ``sessionMenuRequested(list, QPoint)``."""
        if not session_ids:
            return
        self.menu = self.build_menu(session_ids)
        self.menu.popup(global_pos)

    # --- the edits --------------------------------------------------------------------

    def edit(self, session_id: int) -> bool:
        from planner.gui.dialogs.session_dialog import SessionDialog
        from planner.services.rounds import get_round

        session = self.sessions([session_id])[0]
        round_view = get_round(self.window.store.db, session.round_id)
        dialog = SessionDialog(
            round_view.first_day,
            round_view.last_day,
            self.window,
            existing=session,
            drivers=self.window.driver_choices_for(session.round_id),
        )
        if not dialog.exec():
            return False
        request = dialog.request()
        new_values: dict[str, object] = {
            "name": request.name,
            "kind": request.kind,
            "start_wall": request.start_wall,
            "duration_minutes": request.duration_minutes,
            "status": request.status,
            "broadcast": request.broadcast,
            "notes": request.notes,
            "driver_ids": request.driver_ids,
        }
        old_values: dict[str, object] = {
            "name": session.name,
            "kind": str(session.kind),
            "start_wall": session.start_wall,
            "is_dst": session.is_dst,
            "duration_minutes": session.duration_minutes,
            "status": str(session.status),
            "broadcast": session.broadcast,
            "notes": session.notes,
            "driver_ids": [driver.id for driver in session.drivers],
        }
        name = session.name

        def text() -> str:
            return self.tr("Edit {name}").format(name=name)

        return self.window.perform(
            EditSessionCommand(self.window.store, session.id, new_values, old_values, text)
        )

    def duplicate(self, session_id: int) -> bool:
        from planner.services.sessions import NewSession
        from planner.services.views import WeekendView

        session = self.sessions([session_id])[0]
        weekend: WeekendView = self.window.weekend_data(session.round_id)
        taken = {other.name.casefold() for other in weekend.sessions}
        name = self.tr("{name} (copy)").format(name=session.name)
        number = 2
        while name.casefold() in taken:
            name = self.tr("{name} (copy {number})").format(name=session.name, number=number)
            number += 1
        new = NewSession(
            name=name,
            kind=session.kind,
            start_wall=session.start_wall,
            duration_minutes=session.duration_minutes,
            status=session.status,
            broadcast=session.broadcast,
            stream_url=session.stream_url,
            notes=session.notes,
            is_dst=session.is_dst,
        )
        drivers = [driver.id for driver in session.drivers]
        return self.window.perform(
            AddSessionCommand(self.window.store, session.round_id, new, driver_ids=drivers)
        )

    def set_status(self, session_ids: Sequence[int], status: SessionStatus) -> bool:
        chosen = self.sessions(session_ids)

        def text() -> str:
            templates = {
                SessionStatus.CANCELLED: self.tr("Cancel {what}"),
                SessionStatus.SCHEDULED: self.tr("Reinstate {what}"),
                SessionStatus.TENTATIVE: self.tr("Mark {what} as to be confirmed"),
            }
            return templates[status].format(what=_what(chosen))

        return self.window.perform(
            SetSessionsStatusCommand(
                self.window.store,
                [session.id for session in chosen],
                str(status),
                text,
            )
        )

    def assign_drivers(self, session_ids: Sequence[int]) -> bool:
        chosen = self.sessions(session_ids)
        if not chosen:
            return False
        first = [driver.id for driver in chosen[0].drivers]
        same = all([driver.id for driver in s.drivers] == first for s in chosen)
        from planner.gui.dialogs.drivers_dialog import DriversDialog  # its form: when opened

        dialog = DriversDialog(
            self.window.driver_choices_for(chosen[0].round_id),
            first if same else [],
            _what(chosen),
            self.window,
        )
        if not dialog.exec():
            return False
        return self.window.perform(
            SetSessionsDriversCommand(
                self.window.store,
                [session.id for session in chosen],
                dialog.picker.chosen(),
                [session.name for session in chosen],
            )
        )

    def shift(self, session_ids: Sequence[int]) -> bool:
        chosen = self.sessions(session_ids)
        if not chosen:
            return False
        minutes, ok = QInputDialog.getInt(
            self.window,
            self.tr("Shift Sessions"),
            self.tr("Move {what} by how many minutes?\n(negative: earlier)").format(
                what=_what(chosen)
            ),
            15,
            -24 * 60,
            24 * 60,
            5,
        )
        if not ok or not minutes:
            return False
        return self.window.perform(
            ShiftSessionsCommand(
                self.window.store,
                [session.id for session in chosen],
                minutes,
                [session.name for session in chosen],
            )
        )

    def share(self, session_id: int) -> None:
        """A one-event .ics file of the session: Weekend → Share Session does the writing."""
        self.window.features.sharing.share_session(session_id)

    def copy_text(self, session_ids: Sequence[int]) -> str:
        if not session_ids:
            return ""
        chosen = sorted(self.sessions(session_ids), key=lambda s: (s.start_wall, s.id))
        text = "\n".join(session_text(session) for session in chosen)
        QGuiApplication.clipboard().setText(text)
        return text

    def delete(self, session_ids: Sequence[int]) -> bool:
        chosen = self.sessions(session_ids)
        if not chosen:
            return False
        return self.window.perform(
            DeleteSessionsCommand(
                self.window.store,
                [session.id for session in chosen],
                [session.name for session in chosen],
            )
        )


def _what(chosen: Sequence[SessionView]) -> str:
    if len(chosen) == 1:
        return chosen[0].name
    return QCoreApplication.translate("BulkCommands", "{count} sessions").format(count=len(chosen))
