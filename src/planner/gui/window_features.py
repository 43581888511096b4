"""The window's File, Weekend, View and Help additions, kept out of main_window.py.

One object creates these actions, puts them into the window's menus, keeps
their texts in the UI language and their enabled state current. The window
calls it from three places: after building its menus, from ``retranslate`` and
from ``_update_actions`` (and tells it when a database is attached).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from planner.gui.calendar_file_import import CalendarFileImport
from planner.gui.database_actions import DatabaseActions
from planner.gui.icons import icon
from planner.gui.overview_printing import OverviewPrinting
from planner.gui.session_sharing import SessionSharing
from planner.gui.shared_connect import SharedPlannerActions

if TYPE_CHECKING:
    from pathlib import Path

    from planner.gui.dialogs.feeds_dialog import FeedsDialog
    from planner.gui.dialogs.user_guide import UserGuideDialog
    from planner.gui.main_window import MainWindow


class WindowFeatures(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.databases = DatabaseActions(window)
        # File → Connect to a Shared Planner…, Copy Planner To…
        self.shared_planners = SharedPlannerActions(window)
        self.feeds_action = self._action("calendar", self.open_feeds, "Ctrl+Shift+F")
        self.feeds_dialog: FeedsDialog | None = None
        self.user_guide: UserGuideDialog | None = None
        self.calendar_files = CalendarFileImport(window)
        self.import_calendar_action = self._action(
            "import", self.calendar_files.choose_and_import, "Ctrl+Shift+I"
        )
        self.paste_calendar_action = self._action("calendar", self.paste_season_calendar)
        self.overviews = OverviewPrinting(window)
        self.print_season_action = self._action("print", self.overviews.print_season)
        self.export_season_pdf_action = self._action("print", self.overviews.export_season_pdf)
        self.print_year_action = self._action("print", self.overviews.print_year)
        self.export_year_pdf_action = self._action("print", self.overviews.export_year_pdf)
        self.user_guide_action = self._action("app", self.show_user_guide, "F1")
        self.sharing = SessionSharing(window)
        self.share_session_action = self._action("export", lambda: self.sharing.share_session())
        self._add_conflicts_dock()
        self._add_to_menus()

    def _add_conflicts_dock(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        from planner.gui.views.conflicts_panel import ConflictsPanel

        window = self.window
        self.conflicts = ConflictsPanel()
        self.conflicts_dock = QDockWidget(window)
        self.conflicts_dock.setObjectName("ConflictsDock")
        self.conflicts_dock.setWidget(self.conflicts)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.conflicts_dock)
        window.tabifyDockWidget(window.next_up_dock, self.conflicts_dock)
        window.next_up_dock.raise_()
        self.conflicts.session_opened.connect(self.go_to_session)
        self.conflicts_dock.visibilityChanged.connect(lambda _shown: self.refresh_conflicts())
        window.store.changed.connect(self.refresh_conflicts)
        window.store.home_zone_changed.connect(lambda _zone: self.refresh_conflicts())
        window.view_menu.addAction(self.conflicts_dock.toggleViewAction())

    def refresh_conflicts(self) -> None:
        """Every clash of the planner (read only while the panel can be seen)."""
        store = self.window.store
        if not store.is_open or self.conflicts.visibleRegion().isEmpty():
            return
        # Imported only now: the queries load SQLAlchemy, which the first paint must not wait for.
        from planner.services.queries import find_conflicts

        self.conflicts.set_conflicts(find_conflicts(store.db), store.home_zone)

    def go_to_session(self, round_id: int, session_id: int) -> None:
        self.window.open_round(round_id)
        self.window.weekend_view.select_session(session_id)
        self.window.weekend_view.tree.setFocus()

    _year_key: tuple[int | None, str, str] | None = None

    def _action(self, icon_name: str, slot: object, shortcut: str = "") -> QAction:
        action = QAction(icon(icon_name), "", self.window)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _add_to_menus(self) -> None:
        window = self.window
        file_menu = window.file_menu
        first = file_menu.actions()[0]
        file_menu.insertAction(first, self.databases.new_planner_action)
        file_menu.insertAction(first, self.databases.open_action)
        file_menu.insertMenu(first, self.databases.recent_menu)
        file_menu.insertAction(first, self.shared_planners.connect_action)
        file_menu.insertSeparator(first)
        file_menu.insertAction(window.import_action, self.feeds_action)
        after_import = file_menu.actions()[file_menu.actions().index(window.import_action) + 1]
        file_menu.insertAction(after_import, self.paste_calendar_action)
        file_menu.insertAction(after_import, self.import_calendar_action)
        window.season_menu.insertAction(window.delete_round_action, self.paste_calendar_action)
        window.weekend_menu.insertAction(window.move_weekend_action, self.share_session_action)
        window.help_menu.insertAction(window.about_action, self.user_guide_action)
        after_pdf = file_menu.actions()[file_menu.actions().index(window.export_pdf_action) + 1]
        for action in (
            self.print_season_action,
            self.export_season_pdf_action,
            self.print_year_action,
            self.export_year_pdf_action,
        ):
            file_menu.insertAction(after_pdf, action)
        file_menu.insertAction(window.start_empty_action, self.databases.back_up_action)
        file_menu.insertAction(window.start_empty_action, self.databases.restore_action)
        file_menu.insertAction(window.start_empty_action, self.shared_planners.copy_action)

    def retranslate(self) -> None:
        self.databases.retranslate()
        self.shared_planners.retranslate()
        self.feeds_action.setText(self.tr("P&hone Feeds…"))
        self.import_calendar_action.setText(self.tr("Import Calendar &File (.ics)…"))
        self.paste_calendar_action.setText(self.tr("Paste Season Ca&lendar…"))
        self.share_session_action.setText(self.tr("Share as &One-Event File…"))
        self.user_guide_action.setText(self.tr("&User Guide"))
        self.conflicts_dock.setWindowTitle(self.tr("Conflicts"))
        self.conflicts_dock.toggleViewAction().setText(self.tr("&Conflicts"))
        self.conflicts.retranslate()
        self.print_season_action.setText(self.tr("Print Season O&verview…"))
        self.export_season_pdf_action.setText(self.tr("Export Season Overview as PDF…"))
        self._year_texts()

    def _year_texts(self) -> None:
        """The year of the open season in the year actions (read once per season shown)."""
        key = (
            self.window.season_id,
            self.window.translations.language,
            str(self.window.database_path),
        )
        if key == self._year_key:
            return
        self._year_key = key
        found = self.overviews.open_season_title() if self.window.store.is_open else None
        year = str(found[2]) if found is not None else ""
        self.print_year_action.setText(self.tr("Print &Year {year}…").format(year=year))
        self.export_year_pdf_action.setText(self.tr("Export Year {year} as PDF…").format(year=year))

    def update_actions(self) -> None:
        self.databases.update_actions()
        self.shared_planners.update_actions()
        self.feeds_action.setEnabled(self.window.store.is_open)
        self.import_calendar_action.setEnabled(self.window.store.is_open)
        has_season = self.window.store.is_open and self.window.season_id is not None
        for action in (
            self.paste_calendar_action,
            self.print_season_action,
            self.export_season_pdf_action,
            self.print_year_action,
            self.export_year_pdf_action,
        ):
            action.setEnabled(has_season)
        self._year_texts()
        from planner.gui.session_sharing import current_session

        self.share_session_action.setEnabled(
            self.window.store.is_open and current_session(self.window) is not None
        )

    def show_user_guide(self) -> None:
        from planner.gui.dialogs.user_guide import UserGuideDialog

        dialog = self.user_guide = UserGuideDialog(self.window.translations.language, self.window)
        dialog.open()

    def paste_season_calendar(self) -> None:
        """Paste a season calendar into the open season (one undo step)."""
        from planner.gui.calendar_import_command import ImportCalendarCommand
        from planner.gui.dialogs.calendar_import_dialog import CalendarImportDialog
        from planner.services import catalog

        window = self.window
        season = next(
            (s for s in catalog.list_seasons(window.store.db) if s.id == window.season_id), None
        )
        if season is None:
            return
        from planner.gui.dialog_lifetime import delete_when_done

        dialog = delete_when_done(
            CalendarImportDialog(window.store.db, season.id, season.title, window)
        )
        if dialog.exec():
            window.perform(
                ImportCalendarCommand(window.store, season.id, dialog.rows(), season.title)
            )

    def import_calendar_file(self, path: Path) -> None:
        """Preview and import an .ics file (for "open with Race Planner")."""
        self.calendar_files.import_calendar_file(path)

    def open_feeds(self) -> None:
        """The Phone Feeds dialog, window-modal (Edit → Undo still works after it closes)."""
        from planner.gui.dialogs.feeds_dialog import FeedsDialog

        window = self.window
        if self.feeds_dialog is not None:
            self.feeds_dialog.close()
            self.feeds_dialog.deleteLater()
        dialog = self.feeds_dialog = FeedsDialog(
            window.store, window.perform, window.settings, window.database_path, window
        )
        dialog.open()

    def attached(self, path: Path | None) -> None:
        self.databases.attached(path)
