"""The navigator: series → seasons → rounds, with a colour swatch per series."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QSize, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from planner.gui.models.navigator_model import NavigatorModel
from planner.gui.models.roles import ID_ROLE, KIND_ROLE


class NavigatorView(QTreeView):
    series_chosen = Signal(int)
    season_chosen = Signal(int)
    round_chosen = Signal(int)
    item_menu_requested = Signal(str, int, QPoint)  # kind, id, global position

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setIconSize(QSize(12, 12))
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(QCoreApplication.translate("NavigatorView", "Series and seasons"))
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        kind = current.data(KIND_ROLE)
        item_id = int(current.data(ID_ROLE))
        if kind == "series":
            self.series_chosen.emit(item_id)
        elif kind == "season":
            self.season_chosen.emit(item_id)
        elif kind == "round":
            self.round_chosen.emit(item_id)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("NavigatorView", "Series and seasons"))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            position = event.globalPos()
        else:  # the Menu key or Shift+F10
            index = self.currentIndex()
            position = self.viewport().mapToGlobal(self.visualRect(index).bottomLeft())
        if index.isValid():
            self.item_menu_requested.emit(
                str(index.data(KIND_ROLE)), int(index.data(ID_ROLE)), position
            )

    def current_of(self, kind: str) -> int | None:
        """The id of the selected node of this kind, or of its ancestor of that kind."""
        index = self.currentIndex()
        while index.isValid():
            if index.data(KIND_ROLE) == kind:
                return int(index.data(ID_ROLE))
            index = index.parent()
        return None

    def _model(self) -> NavigatorModel:
        model = self.model()
        assert isinstance(model, NavigatorModel)
        return model

    def _season_indexes(self) -> list[QModelIndex]:
        model = self._model()
        found: list[QModelIndex] = []
        for series_row in range(model.rowCount()):
            series = model.index(series_row, 0)
            found.extend(model.index(row, 0, series) for row in range(model.rowCount(series)))
        return found

    def expanded_season_ids(self) -> set[int]:
        return {
            int(index.data(ID_ROLE)) for index in self._season_indexes() if self.isExpanded(index)
        }

    def expand_loaded(self) -> None:
        """Every series open; the seasons whose rounds are read open too."""
        model = self._model()
        for series_row in range(model.rowCount()):
            self.expand(model.index(series_row, 0))
        for index in self._season_indexes():
            if model.rowCount(index):
                self.expand(index)

    def open_season_node(self, season_id: int) -> None:
        """Read the season's rounds (if not yet) and open it in the tree."""
        index = self._model().load_season(season_id)
        if index.isValid() and not self.isExpanded(index):
            self.expand(index)

    def select(self, kind: str, item_id: int) -> None:
        model = self.model()
        assert isinstance(model, NavigatorModel)
        index = model.find(kind, item_id)
        if index.isValid():
            self.selectionModel().blockSignals(True)
            self.setCurrentIndex(index)
            self.selectionModel().blockSignals(False)
            self.scrollTo(index)
