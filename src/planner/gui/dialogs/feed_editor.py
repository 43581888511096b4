"""Create or edit one saved phone feed, with pickers for every choice (no names typed)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.kinds import SessionKind
from planner.gui.labels import kind_label
from planner.i18n import check_language
from planner.services.feeds import FeedSpec, default_file_name

Choice = tuple[int, str]  # (id, label)


def _checked_ids(listing: QListWidget) -> frozenset[int]:
    return frozenset(
        int(listing.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(listing.count())
        if listing.item(row).checkState() == Qt.CheckState.Checked
    )


def _fill(listing: QListWidget, choices: Iterable[Choice], checked: frozenset[int]) -> None:
    for item_id, label in choices:
        item = QListWidgetItem(label, listing)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)


class FeedEditorDialog(QDialog):
    """Name, file, what (seasons or series), drivers, kinds, alarm, language, extras."""

    def __init__(
        self,
        seasons: Sequence[Choice],
        series: Sequence[Choice],
        drivers: Sequence[Choice],
        current: FeedSpec | None,
        default_alarm_minutes: int,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Feed") if current else self.tr("New Feed"))
        spec = current or FeedSpec(
            name="",
            language=check_language(language),
            alarm_minutes=default_alarm_minutes or None,
        )
        self.name = QLineEdit(spec.name, self)
        self.name.setPlaceholderText(self.tr("e.g. Jessica's races"))
        self.file_name = QLineEdit(spec.file_name, self)
        self.file_name.setPlaceholderText(default_file_name(spec.name or self.tr("feed")))
        self.name.textChanged.connect(
            lambda text: self.file_name.setPlaceholderText(default_file_name(text or "feed"))
        )
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Svenska", "sv")
        self.language.setCurrentIndex(max(self.language.findData(spec.language), 0))
        self.alarm = QSpinBox(self)
        self.alarm.setRange(0, 7 * 24 * 60)
        self.alarm.setSingleStep(5)
        self.alarm.setSuffix(self.tr(" min before"))
        self.alarm.setSpecialValueText(self.tr("No alarm"))
        self.alarm.setValue(spec.alarm_minutes or 0)

        # What: seasons or series (a series means all its seasons, also future ones).
        self.by_season = QRadioButton(self.tr("Seasons"), self)
        self.by_series = QRadioButton(self.tr("Whole series (also next years)"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_season)
        group.addButton(self.by_series)
        self.seasons = QListWidget(self)
        _fill(self.seasons, seasons, spec.season_ids)
        self.series = QListWidget(self)
        _fill(self.series, series, spec.series_ids)
        use_series = bool(spec.series_ids) and not spec.season_ids
        self.by_series.setChecked(use_series)
        self.by_season.setChecked(not use_series)
        self.by_season.toggled.connect(self._what_changed)
        self.drivers = QListWidget(self)
        _fill(self.drivers, drivers, spec.driver_ids)
        self.kinds = QListWidget(self)
        _fill(
            self.kinds,
            [(index, kind_label(kind)) for index, kind in enumerate(SessionKind)],
            frozenset(index for index, kind in enumerate(SessionKind) if kind in spec.kinds),
        )
        self.all_day = QCheckBox(self.tr("An all-day event for each weekend"), self)
        self.all_day.setChecked(spec.all_day_events)
        self.only_broadcast = QCheckBox(self.tr("Only sessions that are broadcast"), self)
        self.only_broadcast.setChecked(spec.only_broadcast)
        self.cancelled = QCheckBox(self.tr("Show cancelled sessions (marked cancelled)"), self)
        self.cancelled.setChecked(spec.include_cancelled)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&File name:"), self.file_name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Alarm:"), self.alarm)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                label_widget, field_widget = label.widget(), field.widget()
                if isinstance(label_widget, QLabel) and field_widget is not None:
                    label_widget.setBuddy(field_widget)

        what = QGroupBox(self.tr("What"), self)
        what_layout = QVBoxLayout(what)
        radios = QHBoxLayout()
        radios.addWidget(self.by_season)
        radios.addWidget(self.by_series)
        radios.addStretch(1)
        what_layout.addLayout(radios)
        what_layout.addWidget(self.seasons)
        what_layout.addWidget(self.series)
        who = QGroupBox(self.tr("Drivers (none ticked: every session)"), self)
        QVBoxLayout(who).addWidget(self.drivers)
        kinds = QGroupBox(self.tr("Session kinds (none ticked: all)"), self)
        QVBoxLayout(kinds).addWidget(self.kinds)
        pickers = QGridLayout()
        pickers.addWidget(what, 0, 0, 2, 1)
        pickers.addWidget(who, 0, 1)
        pickers.addWidget(kinds, 1, 1)
        pickers.setColumnStretch(0, 3)
        pickers.setColumnStretch(1, 2)

        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: palette(highlight);")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(pickers, 1)
        layout.addWidget(self.all_day)
        layout.addWidget(self.only_broadcast)
        layout.addWidget(self.cancelled)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._what_changed()
        self.resize(760, 620)

    def _what_changed(self) -> None:
        self.seasons.setVisible(self.by_season.isChecked())
        self.series.setVisible(self.by_series.isChecked())

    def _accept_if_complete(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Give the feed a name."))
            self.name.setFocus()
            return
        self.accept()

    def spec(self) -> FeedSpec:
        """The choices as a feed spec (the services check names and files when saving)."""
        kinds = list(SessionKind)
        by_series = self.by_series.isChecked()
        return FeedSpec(
            name=self.name.text().strip(),
            language=check_language(str(self.language.currentData())),
            series_ids=_checked_ids(self.series) if by_series else frozenset(),
            season_ids=frozenset() if by_series else _checked_ids(self.seasons),
            driver_ids=_checked_ids(self.drivers),
            kinds=frozenset(kinds[index] for index in _checked_ids(self.kinds)),
            alarm_minutes=self.alarm.value() or None,
            all_day_events=self.all_day.isChecked(),
            only_broadcast=self.only_broadcast.isChecked(),
            include_cancelled=self.cancelled.isChecked(),
            file_name=self.file_name.text().strip(),
        )
