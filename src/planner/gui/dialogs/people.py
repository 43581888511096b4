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
from planner.gui.errors import report_planner_error
from planner.gui.store import Store
from planner.gui.views.driver_picker import DriverPicker


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
        self.driver_follow = QCheckBox(self.tr("Follow"), page)
        add = QPushButton(self.tr("Add Driver"), page)
        add.clicked.connect(self._add_driver)
        self.driver_name.returnPressed.connect(self._add_driver)
        row = QHBoxLayout()
        row.addWidget(self.driver_name, 1)
        row.addWidget(self.driver_nation)
        row.addWidget(self.driver_follow)
        row.addWidget(add)
        layout = QVBoxLayout(page)
        layout.addWidget(self.driver_list, 1)
        layout.addLayout(row)
        return page

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
        layout = QVBoxLayout(page)
        layout.addWidget(self.team_list, 1)
        layout.addLayout(row)
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
        row = QHBoxLayout()
        row.addWidget(self.car_model, 1)
        row.addWidget(self.car_number)
        row.addWidget(self.car_class)
        row.addWidget(self.car_team)
        row.addWidget(add)
        layout = QVBoxLayout(page)
        layout.addWidget(self.car_list, 1)
        layout.addLayout(row)
        return page

    def _crews_tab(self) -> QWidget:
        page = QWidget(self)
        self.crew_list = QListWidget(page)
        self.crew_list.setAccessibleName(self.tr("Crews of this season"))
        self.crew_car = QComboBox(page)
        self.crew_car.setAccessibleName(self.tr("Car"))
        self.crew_drivers = DriverPicker(page)
        add = QPushButton(self.tr("Enter Car with Crew"), page)
        add.clicked.connect(self._add_crew)
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
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if driver.followed else Qt.CheckState.Unchecked
            )
            item.setToolTip(self.tr("Ticked: followed (shown under Next up)"))
            self.driver_list.addItem(item)
        self.driver_list.blockSignals(False)
        teams = catalog.list_teams(db)
        self.team_list.clear()
        self.team_list.addItems([team.name for team in teams])
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
            self.car_list.addItem(text)
        self.crew_car.clear()
        for car in cars:
            self.crew_car.addItem(car.label, car.id)
        self.crew_drivers.set_drivers([(driver.id, driver.name) for driver in drivers])
        if self.season_id is not None:
            self.crew_list.clear()
            for entry in catalog.list_entries(db, self.season_id):
                crew = ", ".join(driver.name for driver in entry.crew)
                self.crew_list.addItem(f"{entry.car.label}: {crew}")

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
        self.perform(FollowDriverCommand(self.store, driver_id, followed, item.text()))

    def _add_team(self) -> None:
        # Teams and cars have no delete service yet, so these two are not undoable.
        from planner.domain.errors import PlannerError
        from planner.services import catalog

        name = self.team_name.text().strip()
        if not name:
            return
        try:
            catalog.add_team(self.store.db, name)
        except PlannerError as error:
            report_planner_error(self, error)
            return
        self.team_name.clear()
        self.store.notify_changed()

    def _add_car(self) -> None:
        from planner.domain.errors import PlannerError
        from planner.services import catalog

        model = self.car_model.text().strip()
        if not model:
            return
        team = self.car_team.currentData()
        try:
            catalog.add_car(
                self.store.db,
                model=model,
                number=self.car_number.text(),
                car_class=self.car_class.text(),
                team_id=int(team) if team is not None else None,
            )
        except PlannerError as error:
            report_planner_error(self, error)
            return
        self.car_model.clear()
        self.car_number.clear()
        self.store.notify_changed()

    def _add_crew(self) -> None:
        car_id = self.crew_car.currentData()
        if self.season_id is None or car_id is None:
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
