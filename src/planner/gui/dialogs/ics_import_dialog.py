"""File → Import Calendar File: a preview of an .ics file before it is imported.

Shows the rounds the file would give (series, season, circuit, days) with their
sessions in track time and home time, lets the user name the season for a file
that does not say it, and pick a circuit from the library for every place that
matches none. The preview is worked out on a worker thread after each choice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from planner.gui.forms import child, load_form
from planner.gui.labels import clock_text, date_range_text, kind_label, short_day_text

if TYPE_CHECKING:
    from planner.db.database import Database
    from planner.services.ics_preview import IcsPreview, PreviewSession
    from planner.services.views import TrackView

log = logging.getLogger("planner.gui")


def _time_text(session: PreviewSession, zone_name: str) -> str:
    from planner.domain.track_time import zone

    local = session.start_utc.astimezone(zone(zone_name))
    return f"{short_day_text(local.date())} {clock_text(local)} {local.tzname()}"


class IcsImportDialog(QDialog):
    """The preview; ``accept()`` only when the file can be imported as chosen.

    Layout and texts: ``ui/ics_import.ui``; here the file's rounds and the circuit pickers.
    """

    def __init__(
        self,
        db: Database,
        path: Path,
        data: bytes,
        home_zone: str,
        series_names: Sequence[str],
        circuits: Sequence[TrackView],
        default_year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.path = path
        self.data = data
        self.home_zone = home_zone
        self.circuits = list(circuits)
        self.preview: IcsPreview | None = None
        self._generation = 0
        load_form(self, "ics_import")

        self.file_label = child(self, QLabel, "file_label")
        self.file_label.setText(self.file_label.text().format(path=path))
        self.series = child(self, QComboBox, "series")
        self.series.setItemData(0, "")  # the form's "As the file says"
        for name in series_names:
            self.series.addItem(name, name)
        self.year = child(self, QSpinBox, "year")
        self.year.setValue(default_year)
        self.series.currentTextChanged.connect(lambda _text: self.refresh())
        self.year.valueChanged.connect(lambda _value: self.refresh())

        self.places_box = child(self, QGroupBox, "places_box")
        self.places = child(self, QTableWidget, "places")
        self.places.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.places_box.hide()
        self._place_pickers: dict[str, QComboBox] = {}

        self.tree = child(self, QTreeWidget, "tree")
        header = self.tree.headerItem()
        header.setText(3, header.text(3).format(zone=home_zone))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = child(self, QLabel, "summary")
        self.buttons = child(self, QDialogButtonBox, "buttons")
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._accept_if_ready)
        self.refresh()

    # --- what the user chose ------------------------------------------------------------

    def chosen_series(self) -> str | None:
        text = self.series.currentText().strip()
        if not text or text == self.series.itemText(0):
            return None
        return text

    def chosen_year(self) -> int | None:
        return self.year.value() if self.chosen_series() is not None else None

    def chosen_places(self) -> dict[str, str]:
        return {
            place: str(picker.currentData())
            for place, picker in self._place_pickers.items()
            if picker.currentData()
        }

    def pick_circuit(self, place: str, circuit_key: str) -> None:
        """Choose the circuit for a place (as the combo box in its row does)."""
        picker = self._place_pickers[place]
        picker.setCurrentIndex(picker.findData(circuit_key))

    # --- the preview, worked out off the GUI thread --------------------------------------

    @property
    def busy(self) -> bool:
        return self._generation != self._shown_generation

    _shown_generation = -1

    def refresh(self) -> None:
        from planner.gui.workers import run_in_background
        from planner.services.ics_preview import preview_ics

        self._generation += 1
        generation = self._generation
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the file…"))
        db, data, name = self.db, self.data, self.path.name
        series, year, places = self.chosen_series(), self.chosen_year(), self.chosen_places()

        def work() -> object:
            result = preview_ics(
                db, data, source_name=name, series=series, year=year, places=places
            )
            db.release_thread_connections()
            return result

        run_in_background(
            work,
            lambda result: self._show(generation, result),
            lambda error, details: self._failed(generation, error, details),
            owner=self,
        )

    def done(self, result: int) -> None:
        """Closing forgets a preview still being read: its answer finds no dialog to fill."""
        self._generation += 1
        super().done(result)

    def _failed(self, generation: int, error: BaseException, details: str) -> None:
        from planner.domain.errors import PlannerError

        if generation != self._generation:
            return
        self._shown_generation = generation
        if isinstance(error, PlannerError):
            self.summary.setText(str(error))
            self.tree.clear()
            return
        log.error("ics preview failed\n%s", details)
        raise error

    def _show(self, generation: int, result: object) -> None:
        from planner.services.ics_preview import IcsPreview

        if generation != self._generation:
            return  # a newer choice is being worked out
        assert isinstance(result, IcsPreview)
        self._shown_generation = generation
        self.preview = result
        self._show_places(result)
        self.tree.clear()
        for found in result.rounds:
            top = QTreeWidgetItem(
                self.tree,
                [
                    f"{found.series} {found.year} · {found.circuit} · "
                    f"{date_range_text(found.first_day, found.last_day)}"
                ],
            )
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for session in found.sessions:
                name = session.name
                if session.cancelled:
                    name = self.tr("{name} (cancelled)").format(name=name)
                QTreeWidgetItem(
                    top,
                    [
                        name,
                        kind_label(session.kind),
                        _time_text(session, session.zone),
                        _time_text(session, self.home_zone),
                        self.tr("{minutes} min").format(minutes=session.duration_minutes),
                    ],
                )
            top.setExpanded(True)
        self.summary.setText(self._summary_text(result))
        self.import_button.setEnabled(result.can_import)

    def _summary_text(self, preview: IcsPreview) -> str:
        if preview.unknown_places:
            return self.tr("Pick a circuit for each place above to import.")
        if preview.problem:
            return preview.problem
        report = preview.report
        if report is None or not preview.rounds:
            return self.tr("The file has no sessions to import.")
        text = self.tr(
            "{added} sessions to add, {updated} to update, {unchanged} unchanged; "
            "{rounds} new rounds."
        ).format(
            added=len(report.added),
            updated=len(report.updated),
            unchanged=len(report.unchanged),
            rounds=len(report.rounds_added),
        )
        if report.skipped:
            text += " " + self.tr("Left out: {items}").format(items="; ".join(report.skipped))
        return text

    def _show_places(self, preview: IcsPreview) -> None:
        known = {place for place, _events in preview.unknown_places}
        wanted = known | set(self.chosen_places())
        if set(self._place_pickers) >= wanted:
            self.places_box.setVisible(bool(self._place_pickers))
            return
        for place, events in preview.unknown_places:
            if place in self._place_pickers:
                continue
            row = self.places.rowCount()
            self.places.insertRow(row)
            self.places.setCellWidget(row, 0, QLabel(place, self.places))
            self.places.setCellWidget(row, 1, QLabel(", ".join(events), self.places))
            picker = QComboBox(self.places)
            picker.setEditable(True)
            picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            picker.addItem(self.tr("Choose a circuit…"), "")
            for circuit in self.circuits:
                picker.addItem(f"{circuit.name} ({circuit.country})", circuit.key)
            completer = QCompleter(picker.model(), picker)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            picker.setCompleter(completer)
            picker.setAccessibleName(self.tr("Circuit for {place}").format(place=place))
            picker.currentIndexChanged.connect(lambda _index: self.refresh())
            self.places.setCellWidget(row, 2, picker)
            self._place_pickers[place] = picker
        self.places.resizeRowsToContents()
        self.places_box.setVisible(True)
        self.places_box.setMaximumHeight(70 + 34 * self.places.rowCount())

    def _accept_if_ready(self) -> None:
        if self.preview is not None and self.preview.can_import and not self.busy:
            self.accept()
