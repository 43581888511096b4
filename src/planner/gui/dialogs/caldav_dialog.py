"""File → Publish Feeds to a Calendar Server…: saved feeds onto the family's CalDAV server.

The server address and user name are remembered in the settings; the password only in
the system keyring, and only when the user asks for it. Publishing runs on the thread
pool with a progress bar; the dialog stays usable and shows what changed per feed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.gui.forms import child, load_form
from planner.gui.workers import run_in_background
from planner.services.caldav_publish import (
    CalDavAccount,
    FeedPublication,
    keyring_available,
    keyring_password,
    publish_feeds,
    store_keyring_password,
)
from planner.services.feeds import FeedView, list_feeds

if TYPE_CHECKING:
    from planner.gui.settings import AppSettings
    from planner.gui.store import Store


class _Progress(QObject):
    """Lives on the GUI thread: a worker's progress calls arrive here queued."""

    moved = Signal(int, int)


class CalDavPublishDialog(QDialog):
    """Layout and texts: ``ui/caldav_publish.ui``; here the account, the feeds, publishing."""

    def __init__(self, store: Store, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        load_form(self, "caldav_publish")
        self.results: list[FeedPublication] = []
        self.running = False

        self.url = child(self, QLineEdit, "url")
        self.url.setText(settings.caldav_url)
        self.user = child(self, QLineEdit, "user")
        self.user.setText(settings.caldav_user)
        self.password = child(self, QLineEdit, "password")
        self.remember = child(self, QCheckBox, "remember")
        if keyring_available():
            self.password.setText(keyring_password(self.url.text().strip(), self.user.text()))
            self.remember.setChecked(bool(self.password.text()))
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("This computer has no keyring: the password is asked for each time.")
            )

        self.feeds = child(self, QListWidget, "feeds")
        for feed in list_feeds(store.db):
            self._add_feed(feed)
        self.progress = child(self, QProgressBar, "progress")
        self.progress.hide()
        self.report = child(self, QPlainTextEdit, "report")

        buttons = child(self, QDialogButtonBox, "buttons")
        self.publish_button = QPushButton(self.tr("&Publish"), self)
        self.publish_button.setDefault(True)
        buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button.clicked.connect(self.publish)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        if not self.feeds.count():
            self.publish_button.setEnabled(False)
            self.report.setPlainText(
                self.tr("There are no saved feeds yet: make one in the Feeds window first.")
            )

    def _add_feed(self, feed: FeedView) -> None:
        item = QListWidgetItem(feed.name, self.feeds)
        item.setData(Qt.ItemDataRole.UserRole, feed.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)

    def chosen_feed_ids(self) -> list[int]:
        return [
            int(self.feeds.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.feeds.count())
            if self.feeds.item(row).checkState() == Qt.CheckState.Checked
        ]

    def publish(self) -> None:
        url = self.url.text().strip()
        user = self.user.text().strip()
        password = self.password.text()
        if not url.startswith(("http://", "https://")):
            self.report.setPlainText(
                self.tr("Give the http(s):// address of your calendars on the server.")
            )
            self.url.setFocus()
            return
        feed_ids = self.chosen_feed_ids()
        if not feed_ids:
            self.report.setPlainText(self.tr("Tick at least one feed to publish."))
            return
        self.settings.caldav_url = url
        self.settings.caldav_user = user
        if self.remember.isChecked() and self.remember.isEnabled() and password:
            try:
                store_keyring_password(url, user, password)
            except PlannerError as problem:
                self.report.setPlainText(str(problem))
        account = CalDavAccount(url=url, user=user, password=password)
        db = self.store.db
        home_zone = self.store.home_zone
        emit = self._progress.moved.emit
        self.running = True
        self.publish_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.report.setPlainText(self.tr("Publishing to {url}…").format(url=url))
        run_in_background(
            lambda: publish_feeds(
                db, account, feed_ids=feed_ids, home_zone=home_zone, progress=emit
            ),
            self._published,
            self._failed,
            owner=self,
        )

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.running = False
        self.publish_button.setEnabled(True)
        self.progress.hide()

    def _published(self, results: object) -> None:
        assert isinstance(results, list)
        self.results = results
        self._finish()
        self.report.setPlainText("\n".join(self._describe(result) for result in results))

    def _describe(self, result: FeedPublication) -> str:
        lines = [
            self.tr(
                "{feed}: {added} added, {updated} updated, {deleted} deleted, {same} unchanged"
            ).format(
                feed=result.feed_name,
                added=result.count("added"),
                updated=result.count("updated"),
                deleted=result.count("deleted"),
                same=result.unchanged,
            ),
            "  " + result.calendar_url,
        ]
        if result.created_calendar:
            lines.append("  " + self.tr("A new calendar was made on the server."))
        words = {
            "added": self.tr("added"),
            "updated": self.tr("updated"),
            "deleted": self.tr("deleted"),
        }
        lines.extend(f"  {words[change.kind]}: {change.summary}" for change in result.changes)
        if result.conflicts:
            lines.append(
                "  "
                + self.tr(
                    "{count} event(s) changed on the server meanwhile were left as they are: "
                    "publish again to update them."
                ).format(count=len(result.conflicts))
            )
        return "\n".join(lines)

    def _failed(self, error: BaseException, details: str) -> None:
        self._finish()
        if isinstance(error, PlannerError):
            self.report.setPlainText(str(error))
            return
        from planner.gui.errors import Dialogs

        Dialogs.show_crash(self, str(error), details)
