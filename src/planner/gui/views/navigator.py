"""The navigator: series → seasons → rounds, with a colour swatch per series."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from planner.gui.models.navigator_model import NavigatorModel
from planner.gui.models.roles import ID_ROLE, KIND_ROLE


class NavigatorView(QTreeView):
    series_chosen = Signal(int)
    season_chosen = Signal(int)
    round_chosen = Signal(int)

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

    def current_of(self, kind: str) -> int | None:
        """The id of the selected node of this kind, or of its ancestor of that kind."""
        index = self.currentIndex()
        while index.isValid():
            if index.data(KIND_ROLE) == kind:
                return int(index.data(ID_ROLE))
            index = index.parent()
        return None

    def select(self, kind: str, item_id: int) -> None:
        model = self.model()
        assert isinstance(model, NavigatorModel)
        index = model.find(kind, item_id)
        if index.isValid():
            self.selectionModel().blockSignals(True)
            self.setCurrentIndex(index)
            self.selectionModel().blockSignals(False)
            self.scrollTo(index)
