"""Results in the window: Weekend → Results Mode, Standings…, Press Kit….

Kept apart from the main window, which only creates this object: it owns
its actions (added to the Weekend menu), the results page (a page of the
window's stack, shown instead of the weekend table while the mode is on),
and the standings and press-kit dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from planner.gui.icons import icon

if TYPE_CHECKING:
    from planner.gui.dialogs.press_kit_dialog import PressKitDialog
    from planner.gui.dialogs.standings_dialog import StandingsDialog
    from planner.gui.main_window import MainWindow
    from planner.gui.models.results_model import ResultsModel
    from planner.gui.views.results_view import ResultsView


class ResultsFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._model: ResultsModel | None = None  # made with the results page
        self._view: ResultsView | None = None
        self.standings_dialog: StandingsDialog | None = None
        self.press_dialog: PressKitDialog | None = None

        self.mode_action = QAction(icon("weekend"), "", window)
        self.mode_action.setCheckable(True)
        self.mode_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.mode_action.toggled.connect(self._mode_toggled)
        self.standings_action = QAction("", window)
        self.standings_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.standings_action.triggered.connect(self.open_standings)
        self.press_action = QAction(icon("export"), "", window)
        self.press_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.press_action.triggered.connect(self.open_press_kit)
        for action in (self.mode_action, self.standings_action, self.press_action):
            window.addAction(action)
        menu = window.weekend_menu
        menu.addSeparator()
        menu.addAction(self.mode_action)
        menu.addAction(self.standings_action)
        menu.addAction(self.press_action)

        window.store.changed.connect(self._data_changed)
        window.pages.currentChanged.connect(self._page_changed)
        self.retranslate()  # and again from the window's retranslate, at every language change

    # --- the results page --------------------------------------------------------------

    @property
    def model(self) -> ResultsModel:
        """Made when results are first shown: the first paint does without its modules."""
        if self._model is None:
            from planner.gui.models.results_model import ResultsModel

            self._model = ResultsModel(self.window.store, self.window.perform, self)
        return self._model

    @property
    def view(self) -> ResultsView:
        if self._view is None:
            from planner.gui.views.results_view import ResultsView

            self._view = ResultsView(self.model)
            self._view.standings_requested.connect(self.open_standings)
            self._view.press_kit_requested.connect(self.open_press_kit)
            self.window.pages.addWidget(self._view)
        return self._view

    def is_showing(self) -> bool:
        return self._view is not None and self.window.pages.currentWidget() is self._view

    def _mode_toggled(self, on: bool) -> None:
        from planner.gui.main_window import WEEKEND_PAGE

        if on:
            if self.window.round_id is None:
                self.mode_action.setChecked(False)
                return
            self._show_results()
        elif self.is_showing():
            self.window.show_page(WEEKEND_PAGE)

    def _show_results(self) -> None:
        from planner.services.results import round_results

        round_id = self.window.round_id
        if round_id is None or not self.window.store.is_open:
            return
        self.model.show_round(round_results(self.window.store.db, round_id))
        from planner.gui.models.results_model import ResultColumn

        self.window.pages.setCurrentWidget(self.view)
        self.view.start_typing_at(ResultColumn.POSITION)

    def _page_changed(self, _index: int) -> None:
        """Back on the weekend page (another round opened) with the mode on: its results."""
        from planner.gui.main_window import WEEKEND_PAGE

        if self.mode_action.isChecked() and self.window.pages.currentIndex() == WEEKEND_PAGE:
            self._show_results()

    def _data_changed(self) -> None:
        if self.is_showing():
            self.model.reload()

    # --- dialogs ------------------------------------------------------------------------

    def open_standings(self) -> None:
        from planner.gui.dialogs.standings_dialog import StandingsDialog
        from planner.services import queries

        if self.window.season_id is None or not self.window.store.is_open:
            return
        after_round = None
        if self.window.round_id is not None:
            after_round = queries.weekend(self.window.store.db, self.window.round_id).round.number
        self.standings_dialog = StandingsDialog(
            self.window.store, self.window.perform, self.window.season_id, after_round, self.window
        )
        self.standings_dialog.open()

    def open_press_kit(self) -> None:
        from planner.gui.dialogs.press_kit_dialog import PressKitDialog

        if self.window.round_id is None or not self.window.store.is_open:
            return
        language = self.window.settings.language
        self.press_dialog = PressKitDialog(
            self.window.store, self.window.round_id, str(language), self.window
        )
        self.press_dialog.open()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.mode_action.setText(self.tr("&Results Mode"))
        self.standings_action.setText(self.tr("&Standings…"))
        self.press_action.setText(self.tr("Press &Kit…"))
        if self._view is not None:
            from planner.gui.models.results_model import ResultColumn

            self._view.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ResultColumn) - 1)
