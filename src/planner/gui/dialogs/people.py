"""Drivers, teams, cars and crews in one simple dialog with a tab each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.gui.commands import (
    AddDriverCommand,
    AddEntryCommand,
    FollowDriverCommand,
    ServiceCommand,
)
from planner.gui.errors import Dialogs
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
        self.setWindowTitle(self.tr("People and Cars"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._drivers_tab(), self.tr("&Drivers"))
        self.tabs.addTab(self._teams_tab(), self.tr("&Teams"))
        self.tabs.addTab(self._cars_tab(), self.tr("C&ars"))
        self.tabs.addTab(self._crews_tab(), self.tr("C&rews"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(560, 440)
        self.reload()
        store.changed.connect(self.reload)

    # --- tabs -------------------------------------------------------------------

    def _drivers_tab(self) -> QWidget:
        page = QWidget(self)
        self.driver_list = QListWidget(page)
        self.driver_list.setAccessibleName(self.tr("Drivers; ticked ones are followed"))
        self.driver_list.itemChanged.connect(self._follow_changed)
        self.driver_name = QLineEdit(page)
        self.driver_name.setPlaceholderText(self.tr("Name, e.g. Jessica Bäckman"))
        self.driver_name.setAccessibleName(self.tr("New driver's name"))
        self.driver_nation = QLineEdit(page)
        self.driver_nation.setPlaceholderText(self.tr("SWE"))
        self.driver_nation.setMaxLength(3)
        self.driver_nation.setFixedWidth(60)
        self.driver_nation.setAccessibleName(self.tr("Nationality"))
        self.driver_follow = QCheckBox(self.tr("&Follow (shown under Next Up)"), page)
        self.driver_follow.setAccessibleName(self.tr("Follow the new driver"))
        add = QPushButton(self.tr("Add Driver"), page)
        add.clicked.connect(self._add_driver)
        self.driver_name.returnPressed.connect(self._add_driver)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.driver_name)
        form.addRow(self.tr("Nationalit&y:"), self.driver_nation)
        form.addRow("", self.driver_follow)
        layout = QVBoxLayout(page)
        layout.addWidget(self.driver_list, 1)
        layout.addLayout(self._edit_buttons(page, KIND_DRIVER, self.driver_list))
        layout.addLayout(form)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _edit_buttons(self, page: QWidget, kind: str, items: QListWidget) -> QHBoxLayout:
        """Rename… and Delete… for the item chosen in ``items``."""
        rename = QPushButton(self.tr("Re&name…"), page)
        rename.setObjectName(f"rename_{kind}")
        rename.clicked.connect(lambda: self.rename_chosen(kind, items))
        delete = QPushButton(self.tr("De&lete…"), page)
        delete.setObjectName(f"delete_{kind}")
        delete.clicked.connect(lambda: self.delete_chosen(kind, items))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(rename)
        row.addWidget(delete)
        return row

    def _teams_tab(self) -> QWidget:
        page = QWidget(self)
        self.team_list = QListWidget(page)
        self.team_list.setAccessibleName(self.tr("Teams"))
        self.team_name = QLineEdit(page)
        self.team_name.setPlaceholderText(self.tr("Team name"))
        self.team_name.setAccessibleName(self.tr("New team's name"))
        add = QPushButton(self.tr("Add Team"), page)
        add.clicked.connect(self._add_team)
        self.team_name.returnPressed.connect(self._add_team)
        row = QHBoxLayout()
        row.addWidget(self.team_name, 1)
        row.addWidget(add)
        form = QFormLayout()
        form.addRow(self.tr("New &team:"), row)
        layout = QVBoxLayout(page)
        layout.addWidget(self.team_list, 1)
        layout.addLayout(self._edit_buttons(page, KIND_TEAM, self.team_list))
        layout.addLayout(form)
        return page

    def _cars_tab(self) -> QWidget:
        page = QWidget(self)
        self.car_list = QListWidget(page)
        self.car_list.setAccessibleName(self.tr("Cars"))
        self.car_model = QLineEdit(page)
        self.car_model.setPlaceholderText(self.tr("Model, e.g. Audi RS 3 LMS TCR"))
        self.car_model.setAccessibleName(self.tr("Car model"))
        self.car_number = QLineEdit(page)
        self.car_number.setPlaceholderText("#")
        self.car_number.setFixedWidth(60)
        self.car_number.setAccessibleName(self.tr("Car number"))
        self.car_class = QLineEdit(page)
        self.car_class.setPlaceholderText(self.tr("Class"))
        self.car_class.setFixedWidth(80)
        self.car_class.setAccessibleName(self.tr("Class"))
        self.car_team = QComboBox(page)
        self.car_team.setAccessibleName(self.tr("Team"))
        add = QPushButton(self.tr("Add Car"), page)
        add.clicked.connect(self._add_car)
        numbers = QHBoxLayout()
        numbers.addWidget(self.car_number)
        numbers.addWidget(QLabel(self.tr("Class:"), page))
        numbers.addWidget(self.car_class)
        numbers.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Model:"), self.car_model)
        form.addRow(self.tr("N&umber:"), numbers)
        form.addRow(self.tr("T&eam:"), self.car_team)
        layout = QVBoxLayout(page)
        layout.addWidget(self.car_list, 1)
        layout.addLayout(self._edit_buttons(page, KIND_CAR, self.car_list))
        layout.addLayout(form)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _crews_tab(self) -> QWidget:
        page = QWidget(self)
        self.crew_list = QListWidget(page)
        self.crew_list.setAccessibleName(self.tr("Crews of this season"))
        self.crew_car = QComboBox(page)
        self.crew_car.setAccessibleName(self.tr("Car"))
        self.crew_drivers = DriverPicker(page)
        self.crew_button = add = QPushButton(self.tr("Enter Car with Crew"), page)
        add.clicked.connect(self._add_crew)
        self.crew_car.currentIndexChanged.connect(lambda _row: self._show_crew())
        form = QFormLayout()
        form.addRow(self.tr("Car:"), self.crew_car)
        form.addRow(self.tr("Drivers:"), self.crew_drivers)
        layout = QVBoxLayout(page)
        layout.addWidget(self.crew_list, 1)
        layout.addLayout(form)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        page.setEnabled(self.season_id is not None)
        if self.season_id is None:
            self.crew_list.addItem(self.tr("Choose a season in the navigator first."))
        return page

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
