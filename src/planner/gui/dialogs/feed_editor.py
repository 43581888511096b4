"""Create or edit one saved phone feed, with pickers for every choice (no names typed)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from planner.domain.kinds import SessionKind
from planner.gui.forms import child, load_form
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
    """Name, file, what (seasons or series), drivers, kinds, alarm, language, extras.

    Layout and texts: ``ui/feed_editor.ui``; here the choices, their ticks and the spec.
    """

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
        load_form(self, "feed_editor")
        if current is not None:
            self.setWindowTitle(self.tr("Edit Feed"))
        spec = current or FeedSpec(
            name="",
            language=check_language(language),
            alarm_minutes=default_alarm_minutes or None,
        )
        self.name = child(self, QLineEdit, "name")
        self.name.setText(spec.name)
        self.file_name = child(self, QLineEdit, "file_name")
        self.file_name.setText(spec.file_name)
        self.file_name.setPlaceholderText(default_file_name(spec.name or self.tr("feed")))
        self.name.textChanged.connect(
            lambda text: self.file_name.setPlaceholderText(default_file_name(text or "feed"))
        )
        self.language = child(self, QComboBox, "language")
        for index, code in enumerate(("en", "sv")):  # the form lists English, Svenska
            self.language.setItemData(index, code)
        self.language.setCurrentIndex(max(self.language.findData(spec.language), 0))
        self.alarm = child(self, QSpinBox, "alarm")
        self.alarm.setValue(spec.alarm_minutes or 0)

        # What: seasons or series (a series means all its seasons, also future ones).
        self.by_season = child(self, QRadioButton, "by_season")
        self.by_series = child(self, QRadioButton, "by_series")
        self.seasons = child(self, QListWidget, "seasons")
        _fill(self.seasons, seasons, spec.season_ids)
        self.series = child(self, QListWidget, "series")
        _fill(self.series, series, spec.series_ids)
        use_series = bool(spec.series_ids) and not spec.season_ids
        self.by_series.setChecked(use_series)
        self.by_season.setChecked(not use_series)
        self.by_season.toggled.connect(self._what_changed)
        self.drivers = child(self, QListWidget, "drivers")
        _fill(self.drivers, drivers, spec.driver_ids)
        self.kinds = child(self, QListWidget, "kinds")
        _fill(
            self.kinds,
            [(index, kind_label(kind)) for index, kind in enumerate(SessionKind)],
            frozenset(index for index, kind in enumerate(SessionKind) if kind in spec.kinds),
        )
        self.all_day = child(self, QCheckBox, "all_day")
        self.all_day.setChecked(spec.all_day_events)
        self.only_broadcast = child(self, QCheckBox, "only_broadcast")
        self.only_broadcast.setChecked(spec.only_broadcast)
        self.cancelled = child(self, QCheckBox, "cancelled")
        self.cancelled.setChecked(spec.include_cancelled)
        self.problem = child(self, QLabel, "problem")
        child(self, QDialogButtonBox, "buttons").accepted.connect(self._accept_if_complete)
        self._what_changed()

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
