"""Every edit is an undo command whose redo and undo each call ONE service.

The first redo happens in :func:`perform` before the command reaches the
stack, so a refused edit (a DST gap, a locked database) is shown as a
message and never lands on the stack half-done. Services are imported
inside the methods: the window can appear before SQLAlchemy is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from planner.gui.errors import Dialogs, report_planner_error
from planner.gui.store import Store


class ServiceCommand(QUndoCommand):
    """A command that does its work in ``do()`` and ``undo_work()``, then tells the views.

    Its text is best given as a function that translates it: after a switch of
    language :meth:`retranslate` shows the undo history in the new language.
    """

    def __init__(self, store: Store, text: str | Callable[[], str]) -> None:
        self._title = text if callable(text) else None
        super().__init__(text() if callable(text) else text)
        self.store = store
        self._done_once = False
        self.first_running = False

    def retranslate(self) -> None:
        if self._title is not None:
            self.setText(self._title())

    def do(self) -> None:
        raise NotImplementedError

    def resolve_conflict(self, parent: QWidget | None) -> bool:
        """Someone else changed what this edit touches: True to try again. By default the
        edit is refused (the message has been shown)."""
        return False

    def undo_work(self) -> None:
        raise NotImplementedError

    def first_run(self) -> None:
        self.first_running = True
        try:
            self.do()
        finally:
            self.first_running = False
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:  # pushed after a successful first run: already done
            self._done_once = False
        else:
            self.do()
        self.store.notify_changed()

    def undo(self) -> None:
        self.undo_work()
        self.store.notify_changed()


def perform(stack: QUndoStack, command: ServiceCommand, parent: QWidget | None = None) -> bool:
    """Do the command once; on success put it on the stack. A PlannerError is shown."""
    from planner.domain.errors import ConflictError, PlannerError

    while True:
        try:
            command.first_run()
        except ConflictError as error:
            retry = command.resolve_conflict(parent)
            if not retry:
                if type(command).resolve_conflict is ServiceCommand.resolve_conflict:
                    report_planner_error(parent, error)
                command.store.notify_changed()  # show what is stored now: theirs
                return False
            continue  # mine or merged, from their revision (asks again if it moved again)
        except PlannerError as error:
            report_planner_error(parent, error)
            return False
        stack.push(command)
        return True


# --- sessions ---------------------------------------------------------------


class RevisedEditCommand(ServiceCommand):
    """Change fields of a session, round, driver, team or car (``kind``); undo stores the
    old values the same way.

    ``revision``: the item's revision the edit was made from. The edit (and later its
    undo and redo) is refused when someone else changed the item meanwhile: the first
    time ``perform`` offers theirs, mine or a merge; an undo or redo asks first."""

    kind = "session"

    def __init__(
        self,
        store: Store,
        item_id: int,
        new_values: dict[str, Any],
        old_values: dict[str, Any],
        text: str | Callable[[], str],
        revision: int | None = None,
    ) -> None:
        super().__init__(store, text)
        self.item_id = item_id
        self.new_values = new_values
        self.old_values = old_values
        self.revision = revision
        self._left: dict[str, Any] = {}  # the fields as our last write left them

    def do(self) -> None:
        self._edit(self.new_values)

    def undo_work(self) -> None:
        self._edit(self.old_values)

    def _edit(self, values: dict[str, Any]) -> None:
        from planner.services import edit_conflicts

        item_id = self.store.current_id(self.kind, self.item_id)
        if self.first_running:
            # Checked against the revision the edit was made from; a ConflictError
            # goes to perform(), which offers theirs, mine or a merge.
            view = edit_conflicts.edit(self.store.db, self.kind, item_id, values, self.revision)
        else:
            # Undo or redo: fine when the fields still hold what our last write left
            # (our own later steps, undone first, put them back); someone else's
            # change there is only replaced when the user says so.
            now = edit_conflicts.read(self.store.db, self.kind, item_id)
            value_now = edit_conflicts.field_value
            overtaken = any(value_now(now, key) != value for key, value in self._left.items())
            if overtaken and not Dialogs.ask(QApplication.activeWindow(), self._replace_question()):
                self.setObsolete(True)  # theirs stays; the step leaves the undo stack
                return
            view = edit_conflicts.edit(self.store.db, self.kind, item_id, values, now.revision)
        self._left = {key: edit_conflicts.field_value(view, key) for key in values}

    def _replace_question(self) -> str:
        if self.kind == "session":
            template = QCoreApplication.translate(
                "Commands",
                "Someone else changed this session after your edit ({text}). "
                "Replace their change anyway?",
            )
        else:
            template = QCoreApplication.translate(
                "Commands",
                "Someone else changed this after your edit ({text}). Replace their change anyway?",
            )
        return template.format(text=self.text())

    def resolve_conflict(self, parent: QWidget | None) -> bool:
        """Show both versions; True when the edit should be tried again (mine or merged)."""
        from planner.services.edit_conflicts import chosen_values, find_conflict, their_values

        item_id = self.store.current_id(self.kind, self.item_id)
        conflict = find_conflict(self.store.db, self.kind, item_id, self.new_values)
        keep_mine = Dialogs.resolve_conflict(parent, conflict)
        if not keep_mine:
            return False
        self.new_values = chosen_values(self.kind, self.new_values, keep_mine)
        self.old_values = their_values(conflict, list(self.new_values))
        self.revision = conflict.their_revision
        return True


class EditSessionCommand(RevisedEditCommand):
    """Change fields of a session (edit_session's keywords)."""

    kind = "session"

    @property
    def session_id(self) -> int:
        return self.item_id


class SetDriversCommand(ServiceCommand):
    def __init__(
        self, store: Store, session_id: int, new_ids: list[int], old_ids: list[int], name: str
    ) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "Assign drivers to {session}").format(
                session=name
            ),
        )
        self.session_id = session_id
        self.new_ids = new_ids
        self.old_ids = old_ids

    def do(self) -> None:
        from planner.services.sessions import set_session_drivers

        set_session_drivers(
            self.store.db, self.store.current_id("session", self.session_id), self.new_ids
        )

    def undo_work(self) -> None:
        from planner.services.sessions import set_session_drivers

        set_session_drivers(
            self.store.db, self.store.current_id("session", self.session_id), self.old_ids
        )


class AddSessionCommand(ServiceCommand):
    def __init__(
        self, store: Store, round_id: int, new: Any, driver_ids: list[int] | None = None
    ) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "Add session {name}").format(
                name=new.name
            ),
        )
        self.round_id = round_id
        self.new = new
        self.driver_ids = driver_ids
        self.session_id: int | None = None
        self.snapshot: Any = None

    def do(self) -> None:
        from planner.services.sessions import add_session, restore_session

        if self.snapshot is None:
            round_id = self.store.current_id("round", self.round_id)
            self.session_id = add_session(
                self.store.db, round_id, self.new, driver_ids=self.driver_ids
            ).id
        else:
            restored = restore_session(self.store.db, self.snapshot).id
            assert self.session_id is not None
            self.store.alias("session", self.session_id, restored)

    def undo_work(self) -> None:
        from planner.services.sessions import delete_session

        assert self.session_id is not None
        current = self.store.current_id("session", self.session_id)
        self.snapshot = delete_session(self.store.db, current)


class DeleteSessionCommand(ServiceCommand):
    def __init__(self, store: Store, session_id: int, name: str) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "Remove session {name}").format(
                name=name
            ),
        )
        self.session_id = session_id
        self.snapshot: Any = None

    def do(self) -> None:
        from planner.services.sessions import delete_session

        current = self.store.current_id("session", self.session_id)
        self.snapshot = delete_session(self.store.db, current)

    def undo_work(self) -> None:
        from planner.services.sessions import restore_session

        restored = restore_session(self.store.db, self.snapshot).id
        self.store.alias("session", self.session_id, restored)


class ApplyTemplateCommand(ServiceCommand):
    """Undo puts the round's sessions back as they were before (one service call)."""

    def __init__(
        self, store: Store, round_id: int, template_key: str, label: str, mode: str = "add"
    ) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "Apply template {name}").format(
                name=label
            ),
        )
        self.round_id = round_id
        self.template_key = template_key
        self.mode = mode
        self.before: tuple[Any, ...] = ()
        self.after: tuple[Any, ...] | None = None

    def first_run(self) -> None:
        from planner.services.sessions import round_sessions_snapshot

        self.before = round_sessions_snapshot(self.store.db, self._round())
        super().first_run()

    def do(self) -> None:
        from planner.services.sessions import replace_round_sessions
        from planner.services.templates import apply_template

        if self.after is None:
            apply_template(
                self.store.db,
                self._round(),
                self.template_key,
                "replace"
                if self.mode == "replace"
                else "missing"
                if self.mode == "missing"
                else "add",
            )
        else:
            replace_round_sessions(self.store.db, self._round(), self.after)

    def undo_work(self) -> None:
        from planner.services.sessions import replace_round_sessions, round_sessions_snapshot

        if self.after is None:
            self.after = round_sessions_snapshot(self.store.db, self._round())
        replace_round_sessions(self.store.db, self._round(), self.before)

    def _round(self) -> int:
        return self.store.current_id("round", self.round_id)


# --- rounds and seasons -----------------------------------------------------------


@dataclass(frozen=True)
class NewRound:
    season_id: int
    track_id: int
    first_day: date
    last_day: date
    name: str = ""
    number: int | None = None


class AddRoundCommand(ServiceCommand):
    def __init__(self, store: Store, new: NewRound, label: str) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "Add round at {track}").format(
                track=label
            ),
        )
        self.new = new
        self.round_id: int | None = None
        self.snapshot: Any = None

    def do(self) -> None:
        from planner.services.rounds import add_round, restore_round

        if self.snapshot is None:
            self.round_id = add_round(
                self.store.db,
                self.store.current_id("season", self.new.season_id),
                number=self.new.number,
                track_id=self.new.track_id,
                first_day=self.new.first_day,
                last_day=self.new.last_day,
                name=self.new.name,
            ).id
        else:
            restored = restore_round(self.store.db, self.snapshot).id
            assert self.round_id is not None
            self.store.alias("round", self.round_id, restored)

    def undo_work(self) -> None:
        from planner.services.rounds import delete_round

        assert self.round_id is not None
        current = self.store.current_id("round", self.round_id)
        self.snapshot = delete_round(self.store.db, current)


class DeleteRoundCommand(ServiceCommand):
    def __init__(self, store: Store, round_id: int, label: str) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "Remove round {name}").format(
                name=label
            ),
        )
        self.round_id = round_id
        self.snapshot: Any = None

    def do(self) -> None:
        from planner.services.rounds import delete_round

        current = self.store.current_id("round", self.round_id)
        self.snapshot = delete_round(self.store.db, current)

    def undo_work(self) -> None:
        from planner.services.rounds import restore_round

        restored = restore_round(self.store.db, self.snapshot).id
        self.store.alias("round", self.round_id, restored)


class MoveRoundCommand(ServiceCommand):
    def __init__(self, store: Store, round_id: int, days: int, label: str) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "Move {name} by {days} days").format(
                name=label, days=days
            ),
        )
        self.round_id = round_id
        self.days = days

    def do(self) -> None:
        from planner.services.rounds import move_round

        move_round(self.store.db, self.store.current_id("round", self.round_id), self.days)

    def undo_work(self) -> None:
        from planner.services.rounds import move_round

        move_round(self.store.db, self.store.current_id("round", self.round_id), -self.days)


class EditRoundCommand(RevisedEditCommand):
    """Change fields of a round (edit_round's keywords), checked against ``revision``."""

    kind = "round"

    @property
    def round_id(self) -> int:
        return self.item_id


class AddSeasonCommand(ServiceCommand):
    """A new season is empty, so undo may delete it; redo adds it again."""

    def __init__(self, store: Store, series_id: int, year: int, label: str) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "New season {name}").format(name=label),
        )
        self.series_id = series_id
        self.year = year
        self.season_id: int | None = None

    def do(self) -> None:
        from planner.services.catalog import add_season

        series_id = self.store.current_id("series", self.series_id)
        created = add_season(self.store.db, series_id, self.year).id
        if self.season_id is None:
            self.season_id = created
        else:
            self.store.alias("season", self.season_id, created)

    def undo_work(self) -> None:
        from planner.services.catalog import delete_season

        assert self.season_id is not None
        delete_season(self.store.db, self.store.current_id("season", self.season_id))


class AddSeriesCommand(ServiceCommand):
    def __init__(self, store: Store, name: str, short_name: str, colour: str) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "New series {name}").format(name=name),
        )
        self.values = {"short_name": short_name, "colour": colour}
        self.name = name
        self.series_id: int | None = None

    def do(self) -> None:
        from planner.services.catalog import add_series

        created = add_series(self.store.db, self.name, **self.values).id
        if self.series_id is None:
            self.series_id = created
        else:
            self.store.alias("series", self.series_id, created)

    def undo_work(self) -> None:
        from planner.services.catalog import delete_series

        assert self.series_id is not None
        delete_series(self.store.db, self.store.current_id("series", self.series_id))


# --- people -------------------------------------------------------------------


class AddDriverCommand(ServiceCommand):
    def __init__(self, store: Store, name: str, nationality: str, followed: bool) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("Commands", "Add driver {name}").format(name=name),
        )
        self.name = name
        self.nationality = nationality
        self.followed = followed
        self.driver_id: int | None = None

    def do(self) -> None:
        from planner.services.catalog import add_driver

        self.driver_id = add_driver(
            self.store.db, self.name, nationality=self.nationality, followed=self.followed
        ).id

    def undo_work(self) -> None:
        from planner.services.catalog import delete_driver

        assert self.driver_id is not None
        delete_driver(self.store.db, self.driver_id)


class FollowDriverCommand(RevisedEditCommand):
    kind = "driver"

    def __init__(
        self, store: Store, driver_id: int, followed: bool, name: str, revision: int | None = None
    ) -> None:
        def text() -> str:
            template = (
                QCoreApplication.translate("Commands", "Follow {name}")
                if followed
                else QCoreApplication.translate("Commands", "Stop following {name}")
            )
            return template.format(name=name)

        super().__init__(
            store, driver_id, {"followed": followed}, {"followed": not followed}, text, revision
        )
        self.followed = followed

    @property
    def driver_id(self) -> int:
        return self.item_id


class AddEntryCommand(ServiceCommand):
    def __init__(
        self,
        store: Store,
        season_id: int,
        car_id: int,
        driver_ids: list[int],
        round_id: int | None,
        label: str,
    ) -> None:
        super().__init__(
            store, lambda: QCoreApplication.translate("Commands", "Enter {car}").format(car=label)
        )
        self.season_id = season_id
        self.car_id = car_id
        self.driver_ids = driver_ids
        self.round_id = round_id
        self.entry_id: int | None = None

    def do(self) -> None:
        from planner.services.catalog import add_entry

        self.entry_id = add_entry(
            self.store.db,
            season_id=self.season_id,
            car_id=self.car_id,
            driver_ids=self.driver_ids,
            round_id=self.round_id,
        ).id

    def undo_work(self) -> None:
        from planner.services.catalog import delete_entry

        assert self.entry_id is not None
        delete_entry(self.store.db, self.entry_id)
