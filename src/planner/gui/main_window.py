"""The main window: a thin shell wiring docks, menus, views and the undo stack."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.gui import read_only
from planner.gui.calendar_pages import CalendarPages
from planner.gui.commands import (
    AddRoundCommand,
    AddSeasonCommand,
    AddSeriesCommand,
    AddSessionCommand,
    ApplyTemplateCommand,
    DeleteRoundCommand,
    DeleteSessionCommand,
    EditRoundCommand,
    MoveRoundCommand,
    NewRound,
    ServiceCommand,
    perform,
)
from planner.gui.dialog_lifetime import delete_when_done
from planner.gui.errors import Dialogs
from planner.gui.file_actions import FileActions
from planner.gui.icons import icon
from planner.gui.labels import round_status_label, template_label
from planner.gui.language_follower import LanguageFollower
from planner.gui.models.navigator_model import NavigatorModel, build_tree
from planner.gui.models.next_up_model import NextUpModel, merge_rows
from planner.gui.models.season_model import SeasonModel
from planner.gui.round_menu import RoundMenus
from planner.gui.session_menu import SessionActions
from planner.gui.settings import AppSettings
from planner.gui.shared_planner import SharedPlannerLink
from planner.gui.store import Store
from planner.gui.translations import Translations
from planner.gui.views.demo_banner import DemoBanner
from planner.gui.views.navigator import NavigatorView
from planner.gui.views.next_up import NextUpPanel
from planner.gui.views.read_only_banner import ReadOnlyBanner
from planner.gui.views.season_view import SeasonView
from planner.services.views import RoundView
from planner.services.views import WeekendView as WeekendData

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from planner.gui.dialogs.caldav_dialog import CalDavPublishDialog
    from planner.gui.models.weekend_model import WeekendModel
    from planner.gui.startup import OpenedDatabase
    from planner.gui.views.month_view import MonthView
    from planner.gui.views.weekend_view import WeekendView
    from planner.services.first_look import FirstLook
    from planner.services.views import Conflict

log = logging.getLogger("planner.gui")

SEASON_PAGE, MONTH_PAGE, WEEKEND_PAGE = range(3)
WEEK_PAGE, AGENDA_PAGE = 4, 5  # after the welcome page (3)
CALENDAR_PAGES = (MONTH_PAGE, WEEK_PAGE, AGENDA_PAGE)  # pages that follow the navigator


class MainWindow(QMainWindow):
    def __init__(
        self, settings: AppSettings, store: Store, translations: Translations | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.store = store
        self.translations = translations or Translations()
        self.database_path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.season_id: int | None = None
        self.round_id: int | None = None
        self._month_chosen = False
        self._refreshing = False
        # Just read by open_round: the weekend and the conflicts of its days.
        self._opened_weekend: tuple[WeekendData, list[Conflict]] | None = None
        # Rounds the navigator read in this navigation or refresh pass, by season:
        # the season page shows the same rounds instead of reading them again.
        self._rounds_this_pass: dict[int, list[RoundView]] | None = None
        self.setObjectName("MainWindow")  # its icon is the app's (gui.app, after the first paint)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

        # models and views
        self.navigator_model = NavigatorModel(self._load_navigator_rounds)
        self.season_model = SeasonModel(self._edit_round_status)
        self.next_up_model = NextUpModel()
        self.navigator = NavigatorView(self.navigator_model)
        self.season_view = SeasonView(self.season_model)
        # The month and weekend pages (and their modules) are built when first wanted:
        # the first screen is the season, and the start is the sooner for it.
        self._month_view: MonthView | None = None
        self._weekend_view: WeekendView | None = None
        self._weekend_model: WeekendModel | None = None
        self.caldav_dialog: CalDavPublishDialog | None = None
        self.next_up = NextUpPanel(self.next_up_model)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.season_view)
        self.pages.addWidget(QWidget())  # MONTH_PAGE until built
        self.pages.addWidget(QWidget())  # WEEKEND_PAGE until built
        self.welcome = QLabel()
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(QWidget())  # WEEK_PAGE until built
        self.pages.addWidget(QWidget())  # AGENDA_PAGE until built
        self.pages.setCurrentWidget(self.welcome)
        self.banner = DemoBanner()
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        self.read_only_banner = ReadOnlyBanner()  # read-only storage: see planner.gui.read_only
        self.read_only_banner.hide()
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        # A planner others change too: their edits show, a lost connection is announced.
        self.shared = SharedPlannerLink(self)

        self.navigator_dock = QDockWidget(self)
        self.navigator_dock.setObjectName("NavigatorDock")
        self.navigator_dock.setWidget(self.navigator)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)
        self.next_up_dock = QDockWidget(self)
        self.next_up_dock.setObjectName("NextUpDock")
        self.next_up_dock.setWidget(self.next_up)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.next_up_dock)
        self.resizeDocks(
            # Narrow enough that the weekend table fits beside them at 1280×800.
            [self.navigator_dock, self.next_up_dock],
            [190, 250],
            Qt.Orientation.Horizontal,
        )

        self.files = FileActions(self)
        self.calendar = CalendarPages(self)
        self.session_actions = SessionActions(self)
        self.round_menus = RoundMenus(self)
        self._create_actions()
        self._create_menus()
        from planner.gui.window_features import WindowFeatures

        self.features = WindowFeatures(self)  # new planner, open, back up, feeds, ...
        self.share_session_action = self.features.share_session_action  # session menus use it
        self._connect()
        # Results mode, standings and press kit (Weekend menu): a feature of its own.
        from planner.gui.results_feature import ResultsFeature

        self.results = ResultsFeature(self)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(60_000)
        self.countdown_timer.timeout.connect(self._refresh_next_up)
        self.countdown_timer.start()
        # LanguageChange reaches the window's children too: see planner.gui.language_follower.
        self._language_follower = LanguageFollower(self, self._language_changed)
        self.retranslate()
        self._update_actions()
        self.resize(1280, 800)
        geometry = settings.window_geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.window_state
        if not state.isEmpty():
            self.restoreState(state)
        self._fit_restored_geometry()

    def _fit_restored_geometry(self) -> None:
        """Saved by a run with another screen or scale: fit this one (see window_geometry)."""
        from planner.gui.window_geometry import clamp_to_screen, widen_squeezed_docks

        clamp_to_screen(self)
        QTimer.singleShot(
            0, lambda: widen_squeezed_docks(self, [self.navigator_dock, self.next_up_dock])
        )

    # --- actions and menus --------------------------------------------------------

    def _action(
        self,
        name: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        slot: object = None,
    ) -> QAction:
        action = QAction(self)
        if name:
            action.setIcon(icon(name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_season_action = self._action(
            "series", QKeySequence.StandardKey.New, self.new_season
        )
        self.new_round_action = self._action("add", "Ctrl+R", self.new_round)
        self.edit_round_action = self._action("calendar", None, self.edit_round)
        self.delete_round_action = self._action("remove", None, self.delete_round)
        self.apply_template_action = self._action("weekend", "Ctrl+T", self.choose_template)
        self.add_session_action = self._action("add", "Ctrl+Shift+N", self.add_session)
        self.remove_session_action = self._action(
            "remove", QKeySequence.StandardKey.Delete, self.remove_session
        )
        self.assign_drivers_action = self._action("driver", "Ctrl+D", self.assign_drivers)
        self.move_weekend_action = self._action("calendar", "Ctrl+M", self.move_weekend)
        self.people_action = self._action("car", "Ctrl+Shift+P", self.manage_people)
        self.print_action = self._action(
            "print", QKeySequence.StandardKey.Print, self.files.print_weekend
        )
        self.export_action = self._action("export", "Ctrl+E", self.files.export_feeds)
        self.publish_caldav_action = self._action("export", None, self.publish_to_caldav)
        self.export_pdf_action = self._action(
            "print", "Ctrl+Shift+E", self.files.export_weekend_pdf
        )
        self.import_action = self._action("import", "Ctrl+I", self.files.import_schedule_text)
        self.start_empty_action = self._action("", None, self.start_empty_planner)
        self.preferences_action = self._action(
            "settings", QKeySequence.StandardKey.Preferences, self.edit_preferences
        )
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action("", QKeySequence.StandardKey.Quit, self.close)
        self.about_action = self._action("app", None, self.about)

        self.undo_action = self._action("undo", QKeySequence.StandardKey.Undo, self.undo_stack.undo)
        self.redo_action = self._action("redo", QKeySequence("Ctrl+Shift+Z"), self.undo_stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_stack.canUndoChanged.connect(self._update_undo_texts)
        self.undo_stack.canRedoChanged.connect(self._update_undo_texts)
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)

        self.view_group = QActionGroup(self)
        self.season_page_action = self._action(
            "series", "Ctrl+1", lambda: self.show_page(SEASON_PAGE)
        )
        self.month_page_action = self._action(
            "calendar", "Ctrl+2", lambda: self.show_page(MONTH_PAGE)
        )
        self.weekend_page_action = self._action(
            "weekend", "Ctrl+3", lambda: self.show_page(WEEKEND_PAGE)
        )
        self.week_page_action = self._action("week", "Ctrl+4", lambda: self.show_page(WEEK_PAGE))
        self.agenda_page_action = self._action(
            "agenda", "Ctrl+5", lambda: self.show_page(AGENDA_PAGE)
        )
        for action in (
            self.season_page_action,
            self.month_page_action,
            self.weekend_page_action,
            self.week_page_action,
            self.agenda_page_action,
        ):
            action.setCheckable(True)
            self.view_group.addAction(action)
        self.find_action = self._action(
            "search", QKeySequence.StandardKey.Find, self.calendar.show_search
        )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_season_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.publish_caldav_action)
        self.file_menu.addAction(self.import_action)
        self._add_pdf_import()
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.start_empty_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.season_page_action)
        self.view_menu.addAction(self.month_page_action)
        self.view_menu.addAction(self.week_page_action)
        self.view_menu.addAction(self.agenda_page_action)
        self.view_menu.addAction(self.weekend_page_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.navigator_dock.toggleViewAction())
        self.view_menu.addAction(self.next_up_dock.toggleViewAction())
        self.view_menu.addAction(self.calendar.search_dock.toggleViewAction())
        # The weekend table's columns, as in its header's context menu (for the keyboard).
        self.columns_menu = self.view_menu.addMenu("")
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.season_menu = bar.addMenu("")
        self.season_menu.addAction(self.new_season_action)
        self.season_menu.addAction(self.new_round_action)
        self.season_menu.addAction(self.edit_round_action)
        self.season_menu.addAction(self.delete_round_action)
        self.season_menu.addSeparator()
        self.season_menu.addAction(self.people_action)
        self.weekend_menu = bar.addMenu("")
        self.weekend_menu.addAction(self.apply_template_action)
        self.weekend_menu.addAction(self.add_session_action)
        self.weekend_menu.addAction(self.remove_session_action)
        self.weekend_menu.addAction(self.assign_drivers_action)
        self.weekend_menu.addActions(self.session_actions.menu_actions)
        self.weekend_menu.addSeparator()
        self.weekend_menu.addAction(self.move_weekend_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.season_page_action)
        self.toolbar.addAction(self.month_page_action)
        self.toolbar.addAction(self.week_page_action)
        self.toolbar.addAction(self.agenda_page_action)
        self.toolbar.addAction(self.weekend_page_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.new_round_action)
        self.toolbar.addAction(self.apply_template_action)
        self.toolbar.addAction(self.add_session_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _connect(self) -> None:
        self.store.changed.connect(self.refresh)
        self.store.home_zone_changed.connect(lambda _zone: self.refresh())
        self.navigator.series_chosen.connect(self._series_chosen)
        self.navigator.season_chosen.connect(self._navigator_chose_season)
        self.navigator.round_chosen.connect(self._navigator_chose_round)
        self.season_view.round_opened.connect(self.open_round)
        self.next_up.round_opened.connect(self.open_round)
        self.banner.start_empty_requested.connect(self.start_empty_planner)
        self.season_view.round_menu_requested.connect(self.round_menus.show_round_menu)
        self.navigator.item_menu_requested.connect(self.round_menus.show_navigator_menu)

    # --- pages built when first wanted ---------------------------------------------

    def _put_page(self, page: int, widget: QWidget) -> None:
        placeholder = self.pages.widget(page)
        was_current = self.pages.currentIndex() == page
        self.pages.insertWidget(page, widget)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        if was_current:
            self.pages.setCurrentIndex(page)

    @property
    def month_view(self) -> MonthView:
        if self._month_view is None:
            from planner.gui.views.month_view import MonthView

            view = self._month_view = MonthView()
            view.sessionActivated.connect(self.open_session)
            view.sessionMenuRequested.connect(self.session_actions.show_menu)
            view.grid.day_activated.connect(self._open_week_at)
            view.session_dropped.connect(self.calendar.move_by_days)
            view.month_changed.connect(lambda _y, _m: self._refresh_month())
            self._put_page(MONTH_PAGE, view)
        return self._month_view

    @property
    def weekend_model(self) -> WeekendModel:
        if self._weekend_model is None:
            from planner.gui.models.weekend_model import WeekendModel

            self._weekend_model = WeekendModel(self.store, self.perform)
        return self._weekend_model

    @property
    def weekend_view(self) -> WeekendView:
        if self._weekend_view is None:
            from planner.gui.views.weekend_view import WeekendView

            view = self._weekend_view = WeekendView(self.weekend_model, self._driver_choices)
            view.tree.selectionModel().currentChanged.connect(lambda _a, _b: self._update_actions())
            view.tree.sessionMenuRequested.connect(self.session_actions.show_menu)
            view.tree.session_edit_requested.connect(self.session_actions.edit)
            view.set_hidden_columns(self.settings.weekend_hidden_columns)
            view.hidden_columns_changed.connect(self._remember_hidden_columns)
            self._put_page(WEEKEND_PAGE, view)
        return self._weekend_view

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for action in self.weekend_view.build_header_menu().actions():
            action.setParent(self.columns_menu)
            self.columns_menu.addAction(action)

    def _remember_hidden_columns(self, keys: list[str]) -> None:
        self.settings.weekend_hidden_columns = keys
        self.settings.sync()

    # --- File → Import schedule from PDF (issue 12) ---------------------------------

    def _add_pdf_import(self) -> None:
        """The PDF import action, right after the text import; enabled and named with it."""
        self.import_pdf_action = self._action("import", None, self.files.import_schedule_pdf)
        self.file_menu.addAction(self.import_pdf_action)
        self.import_action.enabledChanged.connect(self.import_pdf_action.setEnabled)
        self.import_action.changed.connect(self._retranslate_pdf_import)

    def _retranslate_pdf_import(self) -> None:
        self.import_pdf_action.setText(self.tr("Import Schedule from &PDF…"))
        self.import_pdf_action.setEnabled(self.import_action.isEnabled())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Race Planner"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.season_menu.setTitle(self.tr("&Season"))
        self.weekend_menu.setTitle(self.tr("&Weekend"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.navigator_dock.setWindowTitle(self.tr("Series"))
        self.next_up_dock.setWindowTitle(self.tr("Next Up"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        texts = {
            self.new_season_action: self.tr("New &Season…"),
            self.new_round_action: self.tr("New &Round…"),
            self.edit_round_action: self.tr("&Edit Round…"),
            self.delete_round_action: self.tr("Remove Round"),
            self.apply_template_action: self.tr("Apply &Template…"),
            self.add_session_action: self.tr("&Add Session…"),
            self.remove_session_action: self.tr("&Remove Session"),
            self.assign_drivers_action: self.tr("Assign &Drivers…"),
            self.move_weekend_action: self.tr("&Move Weekend…"),
            self.people_action: self.tr("&People and Cars…"),
            self.print_action: self.tr("&Print Weekend…"),
            self.export_action: self.tr("&Export Season Calendar (.ics)…"),
            self.export_pdf_action: self.tr("Export Weekend as P&DF…"),
            self.publish_caldav_action: self.tr("Publish Feeds to a &Calendar Server…"),
            self.import_action: self.tr("&Import Schedule Text…"),
            self.start_empty_action: self.tr("S&tart an Empty Planner…"),
            self.preferences_action: self.tr("Pre&ferences…"),
            self.quit_action: self.tr("&Quit"),
            self.about_action: self.tr("&About Race Planner"),
            self.season_page_action: self.tr("Season"),
            self.month_page_action: self.tr("Month"),
            self.weekend_page_action: self.tr("Weekend"),
            self.week_page_action: self.tr("Week"),
            self.agenda_page_action: self.tr("Agenda"),
            self.find_action: self.tr("&Find Sessions…"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        self.navigator_dock.toggleViewAction().setText(self.tr("Series Navigator"))
        self.columns_menu.setTitle(self.tr("Weekend &Columns"))
        self.next_up_dock.toggleViewAction().setText(self.tr("Next Up"))
        self.welcome.setText(self.tr("Opening your planner…"))
        self.calendar.retranslate()
        self.session_actions.retranslate()
        self.results.retranslate()  # set_language retranslates now; LanguageChange comes later
        self.shared.retranslate()
        self.navigator.retranslate()
        self._retranslate_undo_history()
        self._update_undo_texts()
        for view in (
            self.season_view,
            self._month_view,
            self._weekend_view,
            self.next_up,
            self.banner,
            self.read_only_banner,
        ):
            if view is not None:
                view.retranslate()
        self.features.retranslate()

    def _retranslate_undo_history(self) -> None:
        for position in range(self.undo_stack.count()):
            command = self.undo_stack.command(position)
            if isinstance(command, ServiceCommand):
                command.retranslate()
            for child in range(command.childCount()):  # the steps of a macro
                step = command.child(child)
                if isinstance(step, ServiceCommand):
                    step.retranslate()

    def _language_changed(self) -> None:
        """Qt's LanguageChange (a translator installed or removed): texts anew, and the
        views reloaded for their dates and statuses."""
        self.retranslate()
        if self.store.is_open:
            self.refresh()

    def _update_undo_texts(self) -> None:
        undo_text = self.undo_stack.undoText()
        redo_text = self.undo_stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=redo_text) if redo_text else self.tr("&Redo")
        )
        # The toolbar shows a short, steady label; the whole text is in the menu and tooltip.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        for action in (self.undo_action, self.redo_action):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    def _update_actions(self) -> None:
        is_open = self.store.is_open
        has_season = is_open and self.season_id is not None
        has_round = is_open and self.round_id is not None
        has_session = (
            has_round
            and self._weekend_view is not None
            and self._weekend_view.current_session() is not None
        )
        for action in (
            self.new_season_action,
            self.people_action,
            self.start_empty_action,
            self.publish_caldav_action,
        ):
            action.setEnabled(is_open)
        self.export_action.setEnabled(has_season)
        self.new_round_action.setEnabled(has_season)
        for action in (
            self.import_action,
            self.export_pdf_action,
            self.edit_round_action,
            self.delete_round_action,
            self.apply_template_action,
            self.add_session_action,
            self.move_weekend_action,
            self.print_action,
        ):
            action.setEnabled(has_round)
        self.remove_session_action.setEnabled(has_session)
        self.assign_drivers_action.setEnabled(has_session)
        self.session_actions.set_enabled(has_session)
        for action in (
            self.season_page_action,
            self.month_page_action,
            self.week_page_action,
            self.agenda_page_action,
            self.find_action,
        ):
            action.setEnabled(is_open)
        self.weekend_page_action.setEnabled(has_round)
        if read_only.is_read_only(self):
            read_only.disable_edits(self)
        self.features.update_actions()

    # --- the database ----------------------------------------------------------------

    def attach_database(self, opened: OpenedDatabase) -> None:
        """Show an opened database; the demo banner while it is the demo."""
        self.database_path = opened.path
        # The demo banner offers to move the demo file aside: a shared planner (no file,
        # opened.path None) never shows it.
        if opened.created_demo and opened.path is not None:
            self.settings.demo_database = str(opened.path)
        self.banner.setVisible(
            opened.path is not None and self.settings.demo_database == str(opened.path)
        )
        self.undo_stack.clear()
        self.read_only_banner.show_for(str(opened.path), opened.db.read_only)
        self.store.set_database(opened.db)  # emits changed → refresh()
        self.features.attached(opened.path)
        if self.season_id is None:
            self._open_first_season()
        self._update_actions()

    def show_first_look(self, look: FirstLook) -> None:
        """The current season from a quick read of the file, shown while the database
        opens (read-only: every action waits for ``attach_database``, which reloads)."""
        if self.store.is_open:
            return
        if not look.seasons:
            self.welcome.setText(self.tr("No seasons yet. Start with File → New Season (Ctrl+N)."))
            return
        season = look.seasons[0]
        self.navigator_model.set_tree(
            build_tree(look.series, look.seasons, {season.id: look.rounds})
        )
        self.navigator.expand_loaded()
        self.season_id = season.id
        self.navigator.select("season", season.id)
        self.season_view.show_season(season, look.rounds)
        self.pages.setCurrentIndex(SEASON_PAGE)
        self.season_page_action.setChecked(True)

    def _open_first_season(self) -> None:
        from planner.services import catalog

        seasons = catalog.list_seasons(self.store.db)
        if seasons:
            self.open_season(seasons[0].id)
        else:
            self.welcome.setText(self.tr("No seasons yet. Start with File → New Season (Ctrl+N)."))
            self.pages.setCurrentWidget(self.welcome)

    def start_empty_planner(self) -> None:
        if self.database_path is None:
            return
        if not Dialogs.ask(
            self,
            self.tr(
                "Start an empty planner? The demo seasons are kept in a file beside it, "
                "renamed with today's date; the circuit library stays."
            ),
        ):
            return
        from planner.gui.startup import start_empty

        self.store.set_database(None)
        self.season_id = self.round_id = None
        self.undo_stack.clear()
        opened = start_empty(self.database_path)
        self.settings.demo_database = ""
        self.attach_database(opened)

    # --- refreshing from the services ------------------------------------------------

    def refresh(self) -> None:
        """The data changed (an edit, undo, another language or home zone): reload it all."""
        self.calendar.forget_search_index()
        if not self.store.is_open or self._refreshing:
            self._update_actions()
            return
        self._refreshing = True
        self._rounds_this_pass = {}
        try:
            self._refresh_navigator()
            self._refresh_page()
            # The page may have changed (its round was removed): the navigator follows,
            # else it is left with nothing current and the next focus picks its first row.
            self._select_in_navigator()
            self._refresh_next_up()
        finally:
            self._refreshing = False
            self._rounds_this_pass = None
        self._update_actions()

    def _show_current(self) -> None:
        """Navigation: only the page shown is read again (the navigator only moves)."""
        if not self.store.is_open or self._refreshing:
            self._update_actions()
            return
        self._refreshing = True
        self._rounds_this_pass = {}
        try:
            self._select_in_navigator()
            self._refresh_page()
        finally:
            self._refreshing = False
            self._rounds_this_pass = None
        self._update_actions()

    def _refresh_page(self) -> None:
        page = self.pages.currentIndex()
        if page == SEASON_PAGE and self.season_id is not None:
            self._refresh_season()
        elif page == WEEKEND_PAGE and self.round_id is not None:
            self._refresh_weekend()
        elif page == MONTH_PAGE:
            self._refresh_month()
        elif page == WEEK_PAGE:
            self.calendar.refresh_week()
        elif page == AGENDA_PAGE:
            self.calendar.refresh_agenda()

    def _refresh_navigator(self) -> None:
        """Series and seasons; rounds only of the seasons open in the tree (the rest load
        when a season is expanded), so a 20-season archive costs what one season does."""
        from planner.services import catalog, queries

        db = self.store.db
        seasons = catalog.list_seasons(db)
        known = {season.id for season in seasons}
        wanted = self.navigator.expanded_season_ids() | {self.season_id}
        rounds = {
            season_id: self._remember_rounds(season_id, queries.list_rounds(db, season_id))
            for season_id in wanted
            if season_id in known
        }
        self.navigator_model.set_tree(build_tree(catalog.list_series(db), seasons, rounds))
        self.navigator.expand_loaded()
        self._select_in_navigator()

    def _load_navigator_rounds(self, season_id: int) -> list[RoundView]:
        from planner.services import queries

        if not self.store.is_open:
            return []
        return self._remember_rounds(season_id, queries.list_rounds(self.store.db, season_id))

    def _remember_rounds(self, season_id: int, rounds: list[RoundView]) -> list[RoundView]:
        """Keep what the navigator read for the page shown in the same pass."""
        if self._rounds_this_pass is not None:
            self._rounds_this_pass[season_id] = rounds
        return rounds

    def _select_in_navigator(self) -> None:
        if self.round_id is not None and self.pages.currentIndex() in (
            WEEKEND_PAGE,
            *CALENDAR_PAGES,
        ):
            if self.season_id is not None:
                self.navigator.open_season_node(self.season_id)
            self.navigator.select("round", self.round_id)
        elif self.season_id is not None:
            self.navigator.open_season_node(self.season_id)
            self.navigator.select("season", self.season_id)

    def _refresh_season(self) -> None:
        from planner.domain.errors import NotFoundError
        from planner.services import catalog, queries

        assert self.season_id is not None
        try:
            season = catalog.get_season(self.store.db, self.season_id)
        except NotFoundError:
            self.season_id = None
            self._open_first_season()
            return
        read = self._rounds_this_pass or {}
        rounds = read.get(season.id)
        if rounds is None:
            try:
                rounds = queries.list_rounds(self.store.db, season.id)
            except NotFoundError:
                return
        self.season_view.show_season(season, rounds)
        if self.round_id is not None:
            self.season_view.select_round(self.round_id)

    def _refresh_weekend(self) -> None:
        from planner.domain.errors import NotFoundError
        from planner.gui.calendar_pages import messages_by_session
        from planner.services import queries

        assert self.round_id is not None
        self.round_id = self.store.current_id("round", self.round_id)
        opened = self._opened_weekend
        try:
            if opened is not None and opened[0].round.id == self.round_id:
                weekend, conflicts = opened
            else:
                # The conflicts of the weekend's days only: the view never shows more.
                weekend, conflicts = queries.weekend_and_conflicts(self.store.db, self.round_id)
        except NotFoundError:  # undone or removed: back to its season
            self.round_id = None
            self.show_page(SEASON_PAGE)
            return
        current = self.weekend_view.current_session()
        picked = self.weekend_view.selected_session_ids()
        self.weekend_view.show_weekend(weekend, messages_by_session(conflicts))
        if current is not None:
            self.weekend_view.select_session(self.store.current_id("session", current.id))
        if len(picked) > 1:
            self.weekend_view.select_sessions(
                [self.store.current_id("session", session_id) for session_id in picked]
            )

    def _refresh_month(self) -> None:
        from datetime import timedelta

        from planner.gui.views.month_view import first_grid_day

        if not self.store.is_open:
            return
        first = first_grid_day(self.month_view.year, self.month_view.month)
        items = self.calendar.month_items(first, first + timedelta(days=41))
        today = self.store.clock().astimezone().date()
        self.month_view.set_items(items, self.store.home_zone, today)

    def _refresh_next_up(self) -> None:
        from planner.services.queries import followed_drivers, upcoming_sessions

        if not self.store.is_open:
            return
        now = self.store.clock()
        followed = followed_drivers(self.store.db)
        found = [
            (driver, item)
            for driver in followed
            for item in upcoming_sessions(self.store.db, now=now, driver_id=driver.id, limit=4)
        ]
        self.next_up_model.set_rows(
            merge_rows(found), now, self.store.home_zone, followed=tuple(followed)
        )

    def start_month(self) -> tuple[int, int]:
        """The month with the next sessions, else the most recent ones, else this month."""
        from planner.services.queries import month_anchor

        now = self.store.clock()
        chosen = month_anchor(self.store.db, now=now)
        if chosen is None:
            return now.year, now.month
        start = chosen.session.start_in(self.store.home_zone)
        return start.year, start.month

    # --- navigation -------------------------------------------------------------

    def show_page(self, page: int) -> None:
        if not self.store.is_open:
            return
        if page in CALENDAR_PAGES:
            self._place_calendar_page(page)
        if page == WEEKEND_PAGE and self.round_id is None:
            page = SEASON_PAGE
        if page == SEASON_PAGE and self.season_id is None:
            self._open_first_season()
            return
        if page == MONTH_PAGE:
            self.month_view  # noqa: B018  (built before it is shown)
        elif page == WEEKEND_PAGE:
            self.weekend_view  # noqa: B018
        self.pages.setCurrentIndex(page)
        {
            SEASON_PAGE: self.season_page_action,
            MONTH_PAGE: self.month_page_action,
            WEEKEND_PAGE: self.weekend_page_action,
            WEEK_PAGE: self.week_page_action,
            AGENDA_PAGE: self.agenda_page_action,
        }[page].setChecked(True)
        self._show_current()

    def _series_chosen(self, series_id: int) -> None:
        from planner.services import catalog

        seasons = catalog.list_seasons(self.store.db, series_id=series_id)
        if seasons:
            self._navigator_chose_season(seasons[0].id)

    # --- the calendar pages (month, week, agenda) -------------------------------------

    def _place_calendar_page(self, page: int) -> None:
        """Build the page if needed and open it on the navigator's season or round."""
        if page == MONTH_PAGE:
            self.month_view  # noqa: B018  (built before it is placed)
        elif page == WEEK_PAGE:
            week = self.calendar.week_view()
            if self.pages.widget(WEEK_PAGE) is not week:
                self._put_page(WEEK_PAGE, week)
        else:
            agenda = self.calendar.agenda_view()
            if self.pages.widget(AGENDA_PAGE) is not agenda:
                self._put_page(AGENDA_PAGE, agenda)
        day = self.calendar.anchor(page)
        if day is None and page == MONTH_PAGE and not self._month_chosen:
            year, month = self.start_month()
            day = date(year, month, 1)
        if day is None:
            return
        if page == MONTH_PAGE:
            self._month_chosen = True
            self.month_view.year, self.month_view.month = day.year, day.month
            self.month_view.show_day(day)
            self.month_view.retranslate()
        elif page == WEEK_PAGE:
            self.calendar.week_view().monday = day - timedelta(days=day.weekday())
            self.calendar.week_view().retranslate()
        else:
            self.calendar.refresh_agenda()
            self.calendar.agenda_view().scroll_to_day(day)

    def _navigator_chose_season(self, season_id: int) -> None:
        """A calendar page stays and moves to the season; other pages show the season."""
        if self.pages.currentIndex() in CALENDAR_PAGES:
            if season_id != self.season_id:
                self.round_id = None
            self.season_id = season_id
            self.show_page(self.pages.currentIndex())
        else:
            self.open_season(season_id)

    def _navigator_chose_round(self, round_id: int) -> None:
        if self.pages.currentIndex() in CALENDAR_PAGES:
            from planner.services.rounds import get_round

            chosen = get_round(self.store.db, round_id)
            self.season_id, self.round_id = chosen.season_id, chosen.id
            self.show_page(self.pages.currentIndex())
        else:
            self.open_round(round_id)

    def _open_week_at(self, day: date) -> None:
        self.show_page(WEEK_PAGE)
        self.calendar.week_view().show_week(day)

    def open_session(self, session_id: int) -> None:
        """Show a session where it is edited: its round's weekend, with it selected."""
        from planner.services.sessions import get_session

        current = self.store.current_id("session", session_id)
        session = get_session(self.store.db, current)
        self.open_round(session.round_id)
        self.weekend_view.select_session(current)
        self.weekend_view.tree.setFocus()

    def open_season(self, season_id: int) -> None:
        if season_id != self.season_id:
            self.round_id = None
        self.season_id = season_id
        self.show_page(SEASON_PAGE)

    def open_round(self, round_id: int) -> None:
        from planner.services import queries

        opened = queries.weekend_and_conflicts(self.store.db, round_id)  # read once, shown below
        self.season_id = opened[0].round.season_id
        self.round_id = opened[0].round.id
        self._opened_weekend = opened
        try:
            self.show_page(WEEKEND_PAGE)
        finally:
            self._opened_weekend = None

    def choose_round(self, round_id: int) -> None:
        """Make a round current for the round actions, without leaving the page shown."""
        from planner.services.rounds import get_round

        chosen = get_round(self.store.db, self.store.current_id("round", round_id))
        self.season_id, self.round_id = chosen.season_id, chosen.id
        self._update_actions()

    def choose_season(self, season_id: int) -> None:
        if season_id != self.season_id:
            self.round_id = None
        self.season_id = season_id
        self._update_actions()

    def _current_round(self) -> RoundView | None:
        from planner.services.rounds import get_round

        if self.round_id is None:
            return None
        return get_round(self.store.db, self.store.current_id("round", self.round_id))

    def _driver_choices(self) -> list[tuple[int, str]]:
        return self.driver_choices_for(self.round_id)

    def weekend_data(self, round_id: int) -> WeekendData:
        from planner.services import queries

        return queries.weekend(self.store.db, self.store.current_id("round", round_id))

    def driver_choices_for(self, round_id: int | None) -> list[tuple[int, str]]:
        """Drivers for the picker: this weekend's crews first, then everyone else."""
        from planner.services import catalog

        drivers = catalog.list_drivers(self.store.db)
        crew: list[int] = []
        if round_id is not None:
            weekend = self.weekend_data(round_id)
            for entry in weekend.entries:
                crew.extend(driver.id for driver in entry.crew if driver.id not in crew)
        order = {driver_id: position for position, driver_id in enumerate(crew)}
        drivers.sort(key=lambda d: (order.get(d.id, len(order)), d.name))
        return [(driver.id, driver.name) for driver in drivers]

    # --- edits (each one an undo command) ----------------------------------------------

    def perform(self, command: ServiceCommand) -> bool:
        if read_only.refuse_edit(self):
            return False
        return perform(self.undo_stack, command, self)

    def new_season(self) -> None:
        from planner.gui.dialogs.new_season import NewSeasonDialog
        from planner.services import catalog

        dialog = delete_when_done(NewSeasonDialog(catalog.list_series(self.store.db), None, self))
        if dialog.exec():
            request = dialog.request()
            self.create_season(
                request.series_id,
                request.year,
                request.series_name,
                request.short_name,
                request.colour,
            )

    def create_season(
        self,
        series_id: int | None,
        year: int,
        series_name: str = "",
        short_name: str = "",
        colour: str = "#3465a4",
    ) -> int | None:
        """Add a season (and its series, if new) as one undo step; returns the season id."""
        self.undo_stack.beginMacro(self.tr("New season {year}").format(year=year))
        try:
            if series_id is None:
                series_command = AddSeriesCommand(self.store, series_name, short_name, colour)
                if not self.perform(series_command):
                    return None
                series_id = series_command.series_id
            assert series_id is not None
            command = AddSeasonCommand(self.store, series_id, year, f"{series_name} {year}".strip())
            if not self.perform(command):
                return None
        finally:
            self.undo_stack.endMacro()
        assert command.season_id is not None
        self.open_season(command.season_id)
        return command.season_id

    def new_round(self) -> None:
        from planner.gui.dialogs.new_round import NewRoundDialog
        from planner.services.templates import TEMPLATES
        from planner.services.tracks import list_tracks

        if self.season_id is None:
            return
        from planner.domain.weekend_dates import default_round_days
        from planner.services import catalog
        from planner.services.queries import list_rounds

        season = next(s for s in catalog.list_seasons(self.store.db) if s.id == self.season_id)
        last_days = [r.last_day for r in list_rounds(self.store.db, season.id)]
        start, end = default_round_days(
            season.year, max(last_days, default=None), self.store.clock().date()
        )
        dialog = delete_when_done(
            NewRoundDialog(list_tracks(self.store.db), [t.key for t in TEMPLATES], start, self, end)
        )
        if dialog.exec():
            request = dialog.request()
            if request is None:
                return
            self.create_round(
                request.track_id,
                request.first_day,
                request.last_day,
                request.name,
                request.template_key,
            )

    def create_round(
        self,
        track_id: int,
        first_day: date,
        last_day: date,
        name: str = "",
        template_key: str | None = None,
    ) -> int | None:
        from planner.services.tracks import get_track

        assert self.season_id is not None
        track = get_track(self.store.db, track_id)
        label = name or track.short_name or track.name
        command = AddRoundCommand(
            self.store, NewRound(self.season_id, track_id, first_day, last_day, name), label
        )
        self.undo_stack.beginMacro(self.tr("New round at {track}").format(track=label))
        try:
            if not self.perform(command):
                return None
            assert command.round_id is not None
            if template_key:
                self.perform(
                    ApplyTemplateCommand(
                        self.store, command.round_id, template_key, template_label(template_key)
                    )
                )
        finally:
            self.undo_stack.endMacro()
        self.open_round(command.round_id)
        self.focus_first_start_time()
        return command.round_id

    def delete_round(self) -> None:
        current = self._current_round()
        if current is None:
            return
        question = self.tr("Remove round {number} ({name}) with its {count} sessions?").format(
            number=current.number, name=current.title, count=current.session_count
        )
        if Dialogs.ask(self, question):
            self.perform(DeleteRoundCommand(self.store, current.id, current.title))

    def edit_round(self) -> None:
        """Season → Edit Round…: number, name, circuit, days and notes, as one undo step."""
        from planner.gui.dialogs.edit_round import EditRoundDialog
        from planner.services.tracks import list_tracks

        current = self._current_round()
        if current is None:
            return
        dialog = delete_when_done(EditRoundDialog(current, list_tracks(self.store.db), self))
        if not dialog.exec():
            return
        changes = dialog.changes()
        if not changes:
            return
        before = EditRoundDialog.stored_values(current)

        def text() -> str:
            return self.tr("Edit {name}").format(name=current.title)

        self.perform(
            EditRoundCommand(
                self.store,
                current.id,
                changes,
                {key: before[key] for key in changes},
                text,
                current.revision,
            )
        )

    def _edit_round_status(self, round_view: RoundView, status: str) -> bool:
        def text() -> str:
            return self.tr("Mark {name} as {status}").format(
                name=round_view.title, status=round_status_label(status).lower()
            )

        return self.perform(
            EditRoundCommand(
                self.store,
                round_view.id,
                {"status": status},
                {"status": str(round_view.status)},
                text,
                round_view.revision,
            )
        )

    def choose_template(self) -> None:
        from planner.services.templates import TEMPLATES

        if self.round_id is None:
            return
        labels = [template_label(template.key) for template in TEMPLATES]
        label, ok = QInputDialog.getItem(
            self, self.tr("Apply Template"), self.tr("Weekend template:"), labels, 0, False
        )
        if not ok:
            return
        mode = "add"
        current = self._current_round()
        if current is not None and current.session_count:
            from planner.gui.dialogs.template_mode import ask_template_mode

            chosen = ask_template_mode(self, current.title, current.session_count)
            if chosen is None:
                return
            mode = chosen
        self.apply_template(TEMPLATES[labels.index(label)].key, mode)

    def apply_template(self, template_key: str, mode: str = "add") -> bool:
        if self.round_id is None:
            return False
        done = self.perform(
            ApplyTemplateCommand(
                self.store,
                self.store.current_id("round", self.round_id),
                template_key,
                template_label(template_key),
                mode,
            )
        )
        if done:
            self.focus_first_start_time()
        return done

    def focus_first_start_time(self) -> None:
        """Put the keyboard on the first start time, ready for F2 and typing."""
        from planner.gui.models.weekend_model import START

        sessions = self.weekend_model.all_sessions()
        if sessions and self.pages.currentIndex() == WEEKEND_PAGE:
            tree = self.weekend_view.tree
            tree.setCurrentIndex(self.weekend_model.index_of(sessions[0].id, START))
            tree.setFocus()

    def add_session(self) -> None:
        from planner.gui.dialogs.session_dialog import SessionDialog
        from planner.services.sessions import NewSession

        current = self._current_round()
        if current is None:
            return
        dialog = delete_when_done(SessionDialog(current.first_day, current.last_day, self))
        if dialog.exec():
            request = dialog.request()
            new = NewSession(
                name=request.name,
                kind=request.kind,
                start_wall=request.start_wall,
                duration_minutes=request.duration_minutes,
                status=request.status,
                broadcast=request.broadcast,
                notes=request.notes,
            )
            self.perform(
                AddSessionCommand(self.store, current.id, new, driver_ids=request.driver_ids)
            )

    def remove_session(self) -> None:
        if self.pages.currentIndex() != WEEKEND_PAGE:
            return
        chosen = self.weekend_view.selected_session_ids()
        if len(chosen) > 1:
            self.session_actions.delete(chosen)
            return
        session = self.weekend_view.current_session()
        if session is not None:
            self.perform(DeleteSessionCommand(self.store, session.id, session.name))

    def assign_drivers(self) -> None:
        from planner.gui.models.weekend_model import DRIVERS

        chosen = self.weekend_view.selected_session_ids()
        if len(chosen) > 1:
            self.session_actions.assign_drivers(chosen)
            return
        session = self.weekend_view.current_session()
        if session is None:
            return
        index = self.weekend_model.index_of(session.id, DRIVERS)
        self.weekend_view.tree.setCurrentIndex(index)
        self.weekend_view.tree.edit(index)

    def move_weekend(self) -> None:
        current = self._current_round()
        if current is None:
            return
        days, ok = QInputDialog.getInt(
            self,
            self.tr("Move Weekend"),
            self.tr(
                "Move {name} and all its sessions by how many days?\n(negative: earlier)"
            ).format(name=current.title),
            7,
            -366,
            366,
        )
        if ok and days:
            self.perform(MoveRoundCommand(self.store, current.id, days, current.title))

    def publish_to_caldav(self) -> None:
        """File → Publish Feeds to a Calendar Server…: a window-modal dialog that stays
        responsive while it publishes."""
        from planner.gui.dialogs.caldav_dialog import CalDavPublishDialog

        if not self.store.is_open:
            return
        self.caldav_dialog = CalDavPublishDialog(self.store, self.settings, self)
        self.caldav_dialog.open()

    def manage_people(self) -> None:
        from planner.gui.dialogs.people import PeopleDialog

        delete_when_done(PeopleDialog(self.store, self.perform, self.season_id, self)).exec()

    def edit_preferences(self) -> None:
        from planner.gui.dialogs.preferences import Preferences, PreferencesDialog

        current = Preferences(
            home_zone=self.store.home_zone,
            language=self.settings.language,
            default_alarm_minutes=self.settings.default_alarm_minutes,
            paper_size=self.settings.paper_size,
        )
        dialog = delete_when_done(PreferencesDialog(current, self))
        if dialog.exec():
            self.apply_preferences(dialog.chosen())

    def apply_preferences(self, chosen: object) -> None:
        from planner.gui.dialogs.preferences import Preferences

        assert isinstance(chosen, Preferences)
        self.settings.home_zone = chosen.home_zone
        self.settings.default_alarm_minutes = chosen.default_alarm_minutes
        self.settings.paper_size = chosen.paper_size
        self.store.set_home_zone(chosen.home_zone)
        if chosen.language != self.settings.language:
            self.set_language(chosen.language)
        self.settings.sync()

    def set_language(self, language: str) -> None:
        """Switch the UI language live: translators swap and every widget retranslates."""
        self.settings.language = language
        if not self.translations.switch(language):
            Dialogs.show_error(self, self.tr("The translation for this language is missing."))
        self.retranslate()
        if self.store.is_open:
            self.refresh()

    # --- other parts of the app, loaded when asked for ----------------------------

    def about(self) -> None:
        from planner.about import about_facts, running_qt_versions

        facts = about_facts(
            self.store.db.location if self.store.is_open else None, *running_qt_versions()
        )
        Dialogs.show_info(
            self,
            self.tr(
                "Race Planner {version}\n\nPlan motorsport seasons: sessions in track and "
                "home time, calendar feeds for phones, printed weekend sheets."
            ).format(version=facts.version)
            + "\n\n"
            + self.tr("Database: {path}").format(path=facts.database)
            + "\n"
            + self.tr("Data folder: {path}").format(path=facts.data_folder)
            + "\n"
            + self.tr("Qt {qt} (PySide6 {pyside}), Python {python}").format(
                qt=facts.qt_version, pyside=facts.pyside_version, python=facts.python_version
            ),
            self.tr("About Race Planner"),
        )

    # --- a file handed to the app (an .ics opened from the file manager) ----------

    def open_path(self, path: Path) -> None:
        """Open a file the app was started with; called once the database is open."""
        if not path.is_file():
            Dialogs.show_error(
                self,
                self.tr("Race Planner was asked to open {path}, which is not a file.").format(
                    path=path
                ),
            )
            return
        self.files.import_calendar_file(path)  # the same preview as File → Import Calendar File

    # --- .ics files dragged onto the window (File → Import Calendar File's feature) ---

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.features.calendar_files.accept_drag(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.features.calendar_files.accept_drag(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.features.calendar_files.drop(event):
            super().dropEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shared.stop()  # no more checks of a shared planner's changes
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)
