"""Proper editors inside the tables: date-time, minutes, kind/status combos, drivers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.domain.kinds import RoundStatus, SessionKind, SessionStatus
from planner.gui.labels import kind_label, qdatetime, round_status_label, session_status_label
from planner.gui.models.roles import EDIT_VALUE_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class StartTimeEdit(QDateTimeEdit):
    """Day and clock; the hour is selected when it opens, so typing "1705" just works."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setSelectedSection(QDateTimeEdit.Section.HourSection)


class DateTimeDelegate(QStyledItemDelegate):
    """Start time at the track: day and clock, keyboard friendly."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = StartTimeEdit(parent)
        editor.setDisplayFormat("ddd d MMM HH:mm")
        editor.setCalendarPopup(False)
        editor.setAccessibleName(QCoreApplication.translate("Delegates", "Start at the track"))
        return editor

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        """Wide enough for the whole day and time, even in a narrow column."""
        rect = option.rect
        width = max(rect.width(), editor.sizeHint().width())
        height = max(rect.height(), editor.sizeHint().height())
        editor.setGeometry(rect.x(), rect.y() + (rect.height() - height) // 2, width, height)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        """The start's wall clock from the model: a ``datetime`` (a local QDateTime
        costs ~0.1 ms to make, so the model keeps the plain value) or a QDateTime."""
        value = index.data(EDIT_VALUE_ROLE)
        if isinstance(value, datetime):
            value = qdatetime(value)
        if isinstance(editor, QDateTimeEdit) and isinstance(value, QDateTime):
            editor.setDateTime(value)
            editor.setSelectedSection(QDateTimeEdit.Section.HourSection)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QDateTimeEdit):
            model.setData(index, editor.dateTime(), Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 48 * 60)
        editor.setSingleStep(5)
        editor.setSuffix(QCoreApplication.translate("Delegates", " min"))
        editor.setSpecialValueText(QCoreApplication.translate("Delegates", "not published"))
        editor.setAccessibleName(QCoreApplication.translate("Delegates", "Duration in minutes"))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(EDIT_VALUE_ROLE)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo over a closed vocabulary, showing translated labels, storing the value."""

    def __init__(
        self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        for value, label in self._choices():
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(EDIT_VALUE_ROLE))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def kind_choices() -> list[tuple[str, str]]:
    return [(str(kind), kind_label(kind)) for kind in SessionKind]


def session_status_choices() -> list[tuple[str, str]]:
    return [(str(status), session_status_label(status)) for status in SessionStatus]


def round_status_choices() -> list[tuple[str, str]]:
    return [(str(status), round_status_label(status)) for status in RoundStatus]


class DriverPickerDelegate(QStyledItemDelegate):
    """Who drives: tick drivers, drag them into stint order."""

    def __init__(
        self, drivers: Callable[[], list[tuple[int, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._drivers = drivers

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        from planner.gui.views.driver_picker import DriverPicker

        picker = DriverPicker(parent)
        picker.set_drivers(self._drivers())
        return picker

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect
        height = max(editor.sizeHint().height(), rect.height())
        width = max(rect.width(), 220)
        editor.setGeometry(rect.x(), rect.y(), width, height)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        from planner.gui.views.driver_picker import DriverPicker

        if isinstance(editor, DriverPicker):
            editor.set_chosen(list(index.data(EDIT_VALUE_ROLE) or []))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        from planner.gui.views.driver_picker import DriverPicker

        if isinstance(editor, DriverPicker):
            model.setData(index, editor.chosen(), Qt.ItemDataRole.EditRole)
