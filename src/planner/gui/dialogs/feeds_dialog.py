"""Phone feeds: the saved feeds with their choices, file and link; add, edit, remove;
export one or all (on a worker thread, with progress) and what changed since the last
export, in words and home time."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from planner.gui.errors import Dialogs
from planner.gui.feed_commands import CreateFeedCommand, EditFeedCommand, RemoveFeedCommand
from planner.gui.forms import child, load_form
from planner.gui.labels import kind_label

if TYPE_CHECKING:
    from planner.gui.commands import ServiceCommand
    from planner.gui.settings import AppSettings
    from planner.gui.store import Store
    from planner.services.feeds import FeedChange, FeedExport, FeedView

log = logging.getLogger("planner.gui")


def change_label(kind: str) -> str:
    """The word for a kind of change; an unknown kind (a newer service) is shown as is."""
    labels = {
        "added": QCoreApplication.translate("FeedsDialog", "Added"),
        "moved": QCoreApplication.translate("FeedsDialog", "Moved"),
        "cancelled": QCoreApplication.translate("FeedsDialog", "Cancelled"),
        "renamed": QCoreApplication.translate("FeedsDialog", "Renamed"),
        "restored": QCoreApplication.translate("FeedsDialog", "No longer cancelled"),
        "removed": QCoreApplication.translate("FeedsDialog", "Removed"),
        "length": QCoreApplication.translate("FeedsDialog", "New length"),
        "kind": QCoreApplication.translate("FeedsDialog", "New kind"),
        "tentative": QCoreApplication.translate("FeedsDialog", "Time to be confirmed"),
        "confirmed": QCoreApplication.translate("FeedsDialog", "Time confirmed"),
    }
    return labels.get(kind, kind.replace("-", " ").replace("_", " ").capitalize())


def _when(moment: datetime | None, zone_name: str) -> str:
    from planner.domain.track_time import zone
    from planner.gui.labels import clock_text, short_day_text

    if moment is None:
        return ""
    local = moment.astimezone(zone(zone_name))
    return f"{short_day_text(local.date())} {clock_text(local)}"


class FeedsDialog(QDialog):
    """Layout and texts: ``ui/feeds.ui``; here the feeds, their links and the exports."""

    NAME, SHOWS, OPTIONS, DRIVERS, KINDS, ALARM, LANGUAGE, FILE, EXPORTED = range(9)

    def __init__(
        self,
        store: Store,
        perform: Callable[[ServiceCommand], bool],
        settings: AppSettings,
        planner_path: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.perform = perform
        self.settings = settings
        self.planner_path = planner_path
        self.results: dict[int, FeedExport] = {}
        self._queue: list[FeedView] = []
        self._feeds: list[FeedView] = []
        load_form(self, "feeds")

        self.table = child(self, QTreeWidget, "table")
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(self.SHOWS, QHeaderView.ResizeMode.Stretch)
        self.table.currentItemChanged.connect(lambda *_args: self._selection_changed())
        self.table.itemDoubleClicked.connect(lambda *_args: self.edit_feed())

        self.add_button = child(self, QPushButton, "add_button")
        self.edit_button = child(self, QPushButton, "edit_button")
        self.remove_button = child(self, QPushButton, "remove_button")
        self.export_button = child(self, QPushButton, "export_button")
        self.export_all_button = child(self, QPushButton, "export_all_button")
        self.copy_webcal_button = child(self, QPushButton, "copy_webcal_button")
        self.copy_https_button = child(self, QPushButton, "copy_https_button")
        self.open_folder_button = child(self, QPushButton, "open_folder_button")
        # the same feeds onto the family's CalDAV server (File → Publish Feeds to a Calendar Server)
        self.publish_button = child(self, QPushButton, "publish_button")
        self.add_button.clicked.connect(self.add_feed)
        self.edit_button.clicked.connect(self.edit_feed)
        self.remove_button.clicked.connect(self.remove_feed)
        self.export_button.clicked.connect(self.export_selected)
        self.export_all_button.clicked.connect(self.export_all)
        self.copy_webcal_button.clicked.connect(lambda: self.copy_link(webcal=True))
        self.copy_https_button.clicked.connect(lambda: self.copy_link(webcal=False))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.publish_button.clicked.connect(self.publish_to_server)

        self.folder = child(self, QLineEdit, "folder")
        self.folder.setText(self.export_folder().as_posix())
        self.choose_folder_button = child(self, QPushButton, "choose_folder_button")
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.base_url = child(self, QLineEdit, "base_url")
        self.base_url.setText(settings.feed_base_url)
        self.base_url.editingFinished.connect(self._base_url_changed)

        self.details = child(self, QLabel, "details")
        self.progress = child(self, QProgressBar, "progress")
        self.progress.hide()
        self.changes_title = child(self, QLabel, "changes_title")
        self.changes = child(self, QTreeWidget, "changes")
        self.changes.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.changes.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        child(self, QSplitter, "splitter").setSizes([340, 260])
        self.status = child(self, QLabel, "status")
        self.reload()

    # --- showing ----------------------------------------------------------------------

    def export_folder(self) -> Path:
        chosen = self.settings.feed_folder
        if chosen:
            return Path(chosen)
        base = self.planner_path.parent if self.planner_path is not None else Path.home()
        return base / "feeds"

    def reload(self, select_id: int | None = None) -> None:
        from planner.services.feeds import list_feeds

        current = self.current_feed()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self._feeds = list_feeds(self.store.db)
        self.table.clear()
        for feed in self._feeds:
            item = QTreeWidgetItem(self.table, self._row(feed))
            item.setData(self.NAME, Qt.ItemDataRole.UserRole, feed.id)
            item.setToolTip(self.SHOWS, item.text(self.SHOWS))
            if feed.id == wanted:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        self._selection_changed()

    def _row(self, feed: FeedView) -> list[str]:
        if feed.seasons:
            shows = ", ".join(label for _id, label in feed.seasons)
        elif feed.series:
            shows = self.tr("All seasons of {series}").format(
                series=", ".join(label for _id, label in feed.series)
            )
        else:
            shows = self.tr("Every season")
        drivers = ", ".join(label for _id, label in feed.drivers) or self.tr("Everyone")
        kinds = ", ".join(kind_label(kind) for kind in feed.kinds) or self.tr("All")
        extras = []
        if feed.only_broadcast:
            extras.append(self.tr("broadcast only"))
        if feed.all_day_events:
            extras.append(self.tr("all-day weekends"))
        extras.append(
            self.tr("cancelled shown") if feed.include_cancelled else self.tr("no cancelled")
        )
        options = ", ".join(extras)
        alarm = (
            self.tr("{minutes} min").format(minutes=feed.alarm_minutes)
            if feed.alarm_minutes
            else self.tr("None")
        )
        language = "Svenska" if feed.language == "sv" else "English"
        exported = (
            _when(feed.last_exported_utc, self.store.home_zone)
            if feed.last_exported_utc
            else self.tr("Never")
        )
        return [
            feed.name,
            shows,
            options,
            drivers,
            kinds,
            alarm,
            language,
            feed.file_name,
            exported,
        ]

    def current_feed(self) -> FeedView | None:
        item = self.table.currentItem()
        if item is None:
            return None
        feed_id = int(item.data(self.NAME, Qt.ItemDataRole.UserRole))
        return next((feed for feed in self._feeds if feed.id == feed_id), None)

    def links(self, feed: FeedView) -> tuple[str, str] | None:
        from planner.domain.errors import PlannerError
        from planner.services.feeds import published_urls

        if not self.settings.feed_base_url:
            return None
        try:
            return published_urls(self.settings.feed_base_url, feed.file_name)
        except PlannerError:
            return None

    def _selection_changed(self) -> None:
        feed = self.current_feed()
        busy = bool(self._queue)
        has_feed = feed is not None and not busy
        for button in (self.edit_button, self.remove_button, self.export_button):
            button.setEnabled(has_feed)
        self.export_all_button.setEnabled(bool(self._feeds) and not busy)
        self.add_button.setEnabled(not busy)
        links = self.links(feed) if feed is not None else None
        self.copy_webcal_button.setEnabled(links is not None)
        self.copy_https_button.setEnabled(links is not None)
        if feed is None:
            self.details.setText(self.tr("No feeds yet: add one, then export it."))
        else:
            lines = [self.tr("File: {path}").format(path=self.export_folder() / feed.file_name)]
            if links is not None:
                lines.append(self.tr("Subscribe: {url}").format(url=links[0]))
            else:
                lines.append(
                    self.tr("Give the address where the folder is published to get a link.")
                )
            self.details.setText("\n".join(lines))
        self._show_changes(feed)

    def _show_changes(self, feed: FeedView | None) -> None:
        self.changes.clear()
        result = self.results.get(feed.id) if feed is not None else None
        if feed is None or result is None:
            self.changes_title.setText(
                self.tr("What changed since the last export shows here after an export.")
            )
            return
        if result.first_export:
            self.changes_title.setText(
                self.tr(
                    "First export of “{name}”: {count} sessions, nothing to compare with."
                ).format(name=feed.name, count=result.event_count)
            )
        elif not result.changes:
            self.changes_title.setText(
                self.tr("“{name}”: no changes since the last export ({count} sessions).").format(
                    name=feed.name, count=result.event_count
                )
            )
        else:
            self.changes_title.setText(
                self.tr("“{name}”: what changed since the last export").format(name=feed.name)
            )
        if result.first_export:
            return
        for change in result.changes:
            QTreeWidgetItem(self.changes, self._change_row(change))

    def _change_row(self, change: FeedChange) -> list[str]:
        zone_name = self.store.home_zone
        before = ""
        if change.kind == "moved":
            before = _when(change.old_start_utc, zone_name)
        elif change.kind == "renamed" and change.old_summary:
            before = change.old_summary
        when = _when(change.start_utc or change.old_start_utc, zone_name)
        return [change_label(change.kind), change.summary, when, before]

    # --- editing ---------------------------------------------------------------------

    def _choices(
        self,
    ) -> tuple[list[tuple[int, str]], list[tuple[int, str]], list[tuple[int, str]]]:
        from planner.services import catalog

        db = self.store.db
        seasons = [(season.id, season.title) for season in catalog.list_seasons(db)]
        series = [(item.id, item.name) for item in catalog.list_series(db)]
        drivers = [(driver.id, driver.name) for driver in catalog.list_drivers(db)]
        return seasons, series, drivers

    def _editor(self, feed: FeedView | None) -> QDialog:
        from planner.gui.dialogs.feed_editor import FeedEditorDialog

        seasons, series, drivers = self._choices()
        return FeedEditorDialog(
            seasons,
            series,
            drivers,
            feed.spec if feed is not None else None,
            self.settings.default_alarm_minutes,
            self.settings.language,
            self,
        )

    def add_feed(self) -> None:
        from planner.gui.dialogs.feed_editor import FeedEditorDialog

        editor = self._editor(None)
        assert isinstance(editor, FeedEditorDialog)
        if editor.exec():
            command = CreateFeedCommand(self.store, editor.spec())
            if self.perform(command):
                self.reload(command.feed_id)

    def edit_feed(self) -> None:
        from planner.gui.dialogs.feed_editor import FeedEditorDialog

        feed = self.current_feed()
        if feed is None:
            return
        editor = self._editor(feed)
        assert isinstance(editor, FeedEditorDialog)
        new = editor.spec() if editor.exec() else None
        if new is not None and self.perform(EditFeedCommand(self.store, feed.id, new, feed.spec)):
            self.reload(feed.id)

    def remove_feed(self) -> None:
        feed = self.current_feed()
        if feed is None:
            return
        question = self.tr(
            "Remove the feed “{name}”? Its file stays where it is; phones that subscribed "
            "keep the last export. (Edit → Undo brings the feed back.)"
        ).format(name=feed.name)
        if not Dialogs.ask(self, question, self.tr("Remove Feed")):
            return
        if self.perform(RemoveFeedCommand(self.store, feed.id, feed.spec)):
            self.results.pop(feed.id, None)
            self.reload()

    # --- places -------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export Folder"), str(self.export_folder())
        )
        if chosen:
            self.settings.feed_folder = chosen
            self.folder.setText(Path(chosen).as_posix())
            self._selection_changed()

    def _base_url_changed(self) -> None:
        from planner.domain.errors import PlannerError
        from planner.services.feeds import published_urls

        text = self.base_url.text().strip()
        if text:
            try:
                published_urls(text, "check.ics")
            except PlannerError as error:
                Dialogs.show_error(self, str(error))
                return
        self.settings.feed_base_url = text
        self._selection_changed()

    def copy_link(self, *, webcal: bool) -> None:
        feed = self.current_feed()
        links = self.links(feed) if feed is not None else None
        if links is None:
            return
        QGuiApplication.clipboard().setText(links[0] if webcal else links[1])

    def publish_to_server(self) -> None:
        """The publishing dialog, over this one (it remembers the server; the keyring, the
        password)."""
        from planner.gui.dialogs.caldav_dialog import CalDavPublishDialog

        self.publish_dialog = CalDavPublishDialog(self.store, self.settings, self)
        self.publish_dialog.open()

    def open_folder(self) -> None:
        folder = self.export_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- exporting (worker thread, one feed at a time, with progress) ----------------------

    def export_selected(self) -> None:
        feed = self.current_feed()
        if feed is not None:
            self._export([feed])

    def export_all(self) -> None:
        self._export(list(self._feeds))

    @property
    def exporting(self) -> bool:
        return bool(self._queue)

    def _export(self, feeds: Sequence[FeedView]) -> None:
        if not feeds or self._queue:
            return
        self._queue = list(feeds)
        self.progress.setRange(0, len(feeds))
        self.progress.setValue(0)
        self.progress.show()
        self.status.clear()
        self._selection_changed()
        self._export_next()

    def _export_next(self) -> None:
        from planner.gui.workers import run_in_background
        from planner.services.feeds import export_feed

        feed = self._queue[0]
        done = self.progress.maximum() - len(self._queue)
        self.progress.setFormat(self.tr("Exporting “{name}” (%v of %m)…").format(name=feed.name))
        self.progress.setValue(done)
        db, home = self.store.db, self.store.home_zone
        target = self.export_folder() / feed.file_name
        run_in_background(
            lambda: export_feed(db, feed.id, target, home_zone=home),
            lambda result: self._exported(feed, result),
            self._failed,
            owner=self,
        )

    def _exported(self, feed: FeedView, result: object) -> None:
        from planner.services.feeds import FeedExport

        assert isinstance(result, FeedExport)
        self.results[feed.id] = result
        self._queue.pop(0)
        if self._queue:
            self._export_next()
            return
        self.progress.hide()
        self.status.setText(self.tr("Exported to {folder}.").format(folder=self.export_folder()))
        self.reload(feed.id if self.progress.maximum() == 1 else None)

    def _failed(self, error: BaseException, details: str) -> None:
        from planner.domain.errors import PlannerError

        self._queue.clear()
        self.progress.hide()
        self._selection_changed()
        if isinstance(error, PlannerError | OSError):
            Dialogs.show_error(self, str(error))
        else:
            log.error("feed export failed\n%s", details)
            raise error
