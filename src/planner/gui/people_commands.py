"""Undo commands for drivers, teams and cars: rename, delete (restored with the same
identifier from a snapshot), add team or car, and change a crew."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.gui.commands import RevisedEditCommand, ServiceCommand
from planner.gui.store import Store

KIND_DRIVER, KIND_TEAM, KIND_CAR = "driver", "team", "car"


class RenameCommand(RevisedEditCommand):
    """Rename a driver, team or car (a car's name is its model), checked against the
    revision the rename was made from."""

    def __init__(
        self,
        store: Store,
        kind: str,
        item_id: int,
        new: str,
        old: str,
        revision: int | None = None,
    ) -> None:
        field = "model" if kind == KIND_CAR else "name"
        super().__init__(
            store,
            item_id,
            {field: new},
            {field: old},
            lambda: QCoreApplication.translate("PeopleCommands", "Rename {old} to {new}").format(
                old=old, new=new
            ),
            revision,
        )
        self.kind, self.new, self.old = kind, new, old


def seen_item(store: Store, kind: str, item_id: int) -> tuple[str, int]:
    """A driver's, team's or car's plain name (a car's model) and revision as stored now:
    what a rename starts from."""
    from planner.services.edit_conflicts import read

    view = read(store.db, kind, item_id)
    return (view.model if kind == KIND_CAR else view.name), view.revision


class DeleteCommand(ServiceCommand):
    """Delete a driver, team or car; undo restores it and everything that used it."""

    def __init__(self, store: Store, kind: str, item_id: int, name: str) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("PeopleCommands", "Delete {name}").format(name=name),
        )
        self.kind, self.item_id = kind, item_id
        self.snapshot: Any = None

    def do(self) -> None:
        from planner.services import people

        delete: Callable[[Any, int], object] = {
            KIND_DRIVER: people.delete_driver,
            KIND_TEAM: people.delete_team,
            KIND_CAR: people.delete_car,
        }[self.kind]
        self.snapshot = delete(self.store.db, self.item_id)

    def undo_work(self) -> None:
        from planner.services import people

        if self.kind == KIND_DRIVER:
            people.restore_driver(self.store.db, self.snapshot)
        elif self.kind == KIND_TEAM:
            people.restore_team(self.store.db, self.snapshot)
        else:
            people.restore_car(self.store.db, self.snapshot)


class AddTeamCommand(ServiceCommand):
    def __init__(self, store: Store, name: str) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("PeopleCommands", "Add team {name}").format(
                name=name
            ),
        )
        self.name = name
        self.snapshot: Any = None
        self.team_id: int | None = None

    def do(self) -> None:
        from planner.services import catalog, people

        if self.snapshot is None:
            self.team_id = catalog.add_team(self.store.db, self.name).id
        else:
            people.restore_team(self.store.db, self.snapshot)

    def undo_work(self) -> None:
        from planner.services import people

        assert self.team_id is not None
        self.snapshot = people.delete_team(self.store.db, self.team_id)


class AddCarCommand(ServiceCommand):
    def __init__(
        self, store: Store, model: str, number: str, car_class: str, team_id: int | None
    ) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("PeopleCommands", "Add car {name}").format(
                name=model
            ),
        )
        self.values = {"model": model, "number": number, "car_class": car_class}
        self.team_id = team_id
        self.snapshot: Any = None
        self.car_id: int | None = None

    def do(self) -> None:
        from planner.services import catalog, people

        if self.snapshot is None:
            self.car_id = catalog.add_car(self.store.db, team_id=self.team_id, **self.values).id
        else:
            people.restore_car(self.store.db, self.snapshot)

    def undo_work(self) -> None:
        from planner.services import people

        assert self.car_id is not None
        self.snapshot = people.delete_car(self.store.db, self.car_id)


class SetCrewCommand(ServiceCommand):
    def __init__(
        self,
        store: Store,
        entry_id: int,
        new_ids: Sequence[int],
        old_ids: Sequence[int],
        car: str,
    ) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("PeopleCommands", "Change the crew of {car}").format(
                car=car
            ),
        )
        self.entry_id = entry_id
        self.new_ids, self.old_ids = list(new_ids), list(old_ids)

    def do(self) -> None:
        from planner.services.catalog import set_entry_crew

        set_entry_crew(self.store.db, self.entry_id, self.new_ids)

    def undo_work(self) -> None:
        from planner.services.catalog import set_entry_crew

        set_entry_crew(self.store.db, self.entry_id, self.old_ids)
