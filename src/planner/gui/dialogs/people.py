"""Drivers, teams, cars and crews in one simple dialog with a tab each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QWidget,
)

from planner.gui.commands import (
    AddDriverCommand,
    AddEntryCommand,
    FollowDriverCommand,
    ServiceCommand,
)
from planner.gui.errors import Dialogs
from planner.gui.forms import child, load_form
from planner.gui.people_commands import (
    KIND_CAR,
    KIND_DRIVER,
    KIND_TEAM,
    AddCarCommand,
    AddTeamCommand,
    DeleteCommand,
    RenameCommand,
    SetCrewCommand,
    seen_item,
)
from planner.gui.store import Store
from planner.gui.views.driver_picker import DriverPicker
from planner.services.views import EntryView

REVISION_ROLE = Qt.ItemDataRole.UserRole + 1  # the driver's revision the list shows


class PeopleDialog(QDialog):
    """Layout and texts: ``ui/people.ui`` (a tab each); here the lists and the edits."""

    def __init__(
        self,
        store: Store,
        perform: Callable[[ServiceCommand], bool],
        season_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.perform = perform
        self.season_id = season_id
        self.entries: list[EntryView] = []
        load_form(self, "people")
        self.tabs = child(self, QTabWidget, "tabs")
        self._wire_drivers()
        self._wire_teams()
        self._wire_cars()
        self._wire_crews()
        for kind, items in (
            (KIND_DRIVER, self.driver_list),
            (KIND_TEAM, self.team_list),
            (KIND_CAR, self.car_list),
        ):
            self._wire_edit_buttons(kind, items)
        self.reload()
        store.changed.connect(self.reload)

    # --- tabs -------------------------------------------------------------------

    def _wire_drivers(self) -> None:
        self.driver_list = child(self, QListWidget, "driver_list")
        self.driver_list.itemChanged.connect(self._follow_changed)
        self.driver_name = child(self, QLineEdit, "driver_name")
        self.driver_nation = child(self, QLineEdit, "driver_nation")
        self.driver_follow = child(self, QCheckBox, "driver_follow")
        child(self, QPushButton, "add_driver").clicked.connect(self._add_driver)
        self.driver_name.returnPressed.connect(self._add_driver)

    def _wire_edit_buttons(self, kind: str, items: QListWidget) -> None:
        """Rename… and Delete… for the item chosen in ``items``."""
        rename = child(self, QPushButton, f"rename_{kind}")
        rename.clicked.connect(lambda: self.rename_chosen(kind, items))
        delete = child(self, QPushButton, f"delete_{kind}")
        delete.clicked.connect(lambda: self.delete_chosen(kind, items))

    def _wire_teams(self) -> None:
        self.team_list = child(self, QListWidget, "team_list")
        self.team_name = child(self, QLineEdit, "team_name")
        child(self, QPushButton, "add_team").clicked.connect(self._add_team)
        self.team_name.returnPressed.connect(self._add_team)

    def _wire_cars(self) -> None:
        self.car_list = child(self, QListWidget, "car_list")
        self.car_model = child(self, QLineEdit, "car_model")
        self.car_number = child(self, QLineEdit, "car_number")
        self.car_class = child(self, QLineEdit, "car_class")
        self.car_team = child(self, QComboBox, "car_team")
        child(self, QPushButton, "add_car").clicked.connect(self._add_car)

    def _wire_crews(self) -> None:
        self.crew_list = child(self, QListWidget, "crew_list")
        self.crew_car = child(self, QComboBox, "crew_car")
        self.crew_drivers = child(self, DriverPicker, "crew_drivers")
        self.crew_button = child(self, QPushButton, "crew_button")
        self.crew_button.clicked.connect(self._add_crew)
        self.crew_car.currentIndexChanged.connect(lambda _row: self._show_crew())
        child(self, QWidget, "crews_page").setEnabled(self.season_id is not None)
        if self.season_id is None:
            self.crew_list.addItem(self.tr("Choose a season in the navigator first."))

    # --- data -------------------------------------------------------------------

    def reload(self) -> None:
        from planner.services import catalog

        if not self.store.is_open:  # the planner is being closed or swapped
            return
        db = self.store.db
        drivers = catalog.list_drivers(db)
        self.driver_list.blockSignals(True)
        self.driver_list.clear()
        for driver in drivers:
            label = f"{driver.name} ({driver.nationality})" if driver.nationality else driver.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, driver.id)
            item.setData(REVISION_ROLE, driver.revision)  # what a tick is made from
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if driver.followed else Qt.CheckState.Unchecked
            )
            item.setToolTip(self.tr("Ticked: followed (shown under Next up)"))
            self.driver_list.addItem(item)
        self.driver_list.blockSignals(False)
        teams = catalog.list_teams(db)
        self.team_list.clear()
        for team in teams:
            item = QListWidgetItem(team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            self.team_list.addItem(item)
        self.car_team.clear()
        self.car_team.addItem(self.tr("No team"), None)
        for team in teams:
            self.car_team.addItem(team.name, team.id)
        cars = catalog.list_cars(db)
        self.car_list.clear()
        for car in cars:
            text = car.label
            if car.car_class:
                text = f"{text} · {car.car_class}"
            if car.team_name:
                text = f"{text} · {car.team_name}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, car.id)
            self.car_list.addItem(item)
        chosen_car = self.crew_car.currentData()
        self.crew_car.blockSignals(True)
        self.crew_car.clear()
        for car in cars:
            self.crew_car.addItem(car.label, car.id)
        self.crew_car.setCurrentIndex(max(self.crew_car.findData(chosen_car), 0))
        self.crew_car.blockSignals(False)
        self.crew_drivers.set_drivers([(driver.id, driver.name) for driver in drivers])
        self.entries = catalog.list_entries(db, self.season_id) if self.season_id else []
        if self.season_id is not None:
            self.crew_list.clear()
            for entry in self.entries:
                crew = ", ".join(driver.name for driver in entry.crew)
                self.crew_list.addItem(f"{entry.car.label}: {crew}")
        self._show_crew()

    def _season_entry(self, car_id: object) -> EntryView | None:
        """The chosen car's entry for the whole season, if it is entered."""
        return next((e for e in self.entries if e.car.id == car_id and e.round_id is None), None)

    def _show_crew(self) -> None:
        """The chosen car's crew ticked in order; the button saves it."""
        entry = self._season_entry(self.crew_car.currentData())
        self.crew_drivers.set_chosen([driver.id for driver in entry.crew] if entry else [])
        self.crew_button.setText(self.tr("Save Crew") if entry else self.tr("Enter Car with Crew"))

    def _add_driver(self) -> None:
        name = self.driver_name.text().strip()
        if not name:
            return
        command = AddDriverCommand(
            self.store, name, self.driver_nation.text(), self.driver_follow.isChecked()
        )
        if self.perform(command):
            self.driver_name.clear()
            self.driver_nation.clear()

    def _follow_changed(self, item: QListWidgetItem) -> None:
        driver_id = int(item.data(Qt.ItemDataRole.UserRole))
        followed = item.checkState() == Qt.CheckState.Checked
        revision = int(item.data(REVISION_ROLE))
        self.perform(FollowDriverCommand(self.store, driver_id, followed, item.text(), revision))

    def _add_team(self) -> None:
        name = self.team_name.text().strip()
        if name and self.perform(AddTeamCommand(self.store, name)):
            self.team_name.clear()

    def _add_car(self) -> None:
        model = self.car_model.text().strip()
        if not model:
            return
        team = self.car_team.currentData()
        command = AddCarCommand(
            self.store,
            model,
            self.car_number.text(),
            self.car_class.text(),
            int(team) if team is not None else None,
        )
        if self.perform(command):
            self.car_model.clear()
            self.car_number.clear()

    # --- rename and delete ---------------------------------------------------------

    def rename_chosen(self, kind: str, items: QListWidget) -> None:
        item = items.currentItem()
        if item is None:
            return
        item_id = int(item.data(Qt.ItemDataRole.UserRole))
        old, revision = seen_item(self.store, kind, item_id)
        new, ok = QInputDialog.getText(
            self, self.tr("Rename"), self.tr("New name for {name}:").format(name=old), text=old
        )
        if ok and new.strip() and new.strip() != old:
            self.perform(RenameCommand(self.store, kind, item_id, new.strip(), old, revision))

    def delete_chosen(self, kind: str, items: QListWidget) -> None:
        from planner.services import people

        item = items.currentItem()
        if item is None:
            return
        item_id = int(item.data(Qt.ItemDataRole.UserRole))
        name = self._plain_name(kind, item_id)
        usage = {
            KIND_DRIVER: people.driver_usage,
            KIND_TEAM: people.team_usage,
            KIND_CAR: people.car_usage,
        }[kind](self.store.db, item_id)
        question = self.tr("Delete {name}?").format(name=name)
        if usage:
            question = "{}\n\n{}\n• {}".format(
                question, self.tr("It is used here; these go with it:"), "\n• ".join(usage)
            )
        if Dialogs.ask(self, question):
            self.perform(DeleteCommand(self.store, kind, item_id, name))

    def _plain_name(self, kind: str, item_id: int) -> str:
        from planner.services import catalog

        db = self.store.db
        if kind == KIND_DRIVER:
            return next(d.name for d in catalog.list_drivers(db) if d.id == item_id)
        if kind == KIND_TEAM:
            return next(t.name for t in catalog.list_teams(db) if t.id == item_id)
        return next(c.model for c in catalog.list_cars(db) if c.id == item_id)

    def _add_crew(self) -> None:
        car_id = self.crew_car.currentData()
        if self.season_id is None or car_id is None:
            return
        entry = self._season_entry(car_id)
        if entry is not None:
            old = [driver.id for driver in entry.crew]
            new = self.crew_drivers.chosen()
            if new != old:
                self.perform(
                    SetCrewCommand(self.store, entry.id, new, old, self.crew_car.currentText())
                )
            return
        self.perform(
            AddEntryCommand(
                self.store,
                self.season_id,
                int(car_id),
                self.crew_drivers.chosen(),
                None,
                self.crew_car.currentText(),
            )
        )
