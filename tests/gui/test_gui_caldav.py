"""File → Publish Feeds to a Calendar Server…, driven through the real dialog against a
Radicale server the test starts itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.main_window import MainWindow
from planner.gui.settings import AppSettings
from planner.services import feeds
from planner.services.feeds import FeedSpec
from radicale_server import PASSWORD, USER, RadicaleServer

pytest.importorskip("radicale")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RadicaleServer]:
    folder = tmp_path / "radicale"
    folder.mkdir()
    running = RadicaleServer(folder)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def window_with_feeds(demo_db: Database, demo_window: MainWindow) -> MainWindow:
    feeds.create_feed(demo_db, FeedSpec(name="Family — everything", language="en"))
    feeds.create_feed(demo_db, FeedSpec(name="Grandparents", language="sv"))
    return demo_window


def _open_dialog(window: MainWindow) -> object:
    action = window.publish_caldav_action
    assert action in window.file_menu.actions()
    assert action.isEnabled()
    action.trigger()
    dialog = window.caldav_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_publishing_from_the_window_fills_the_server_and_reports(
    qtbot: QtBot, window_with_feeds: MainWindow, server: RadicaleServer, settings: AppSettings
) -> None:
    window = window_with_feeds
    dialog = window.caldav_dialog
    _open_dialog(window)
    dialog = window.caldav_dialog
    assert dialog is not None
    assert dialog.feeds.count() == 2
    dialog.url.setText(server.home)
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    # only the first feed this time
    dialog.feeds.item(1).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    report = dialog.report.toPlainText()
    expected = len(
        feeds.feed_events(window.store.db, feeds.list_feeds(window.store.db)[0].id).events
    )
    assert f"Family — everything: {expected} added, 0 updated, 0 deleted, 0 unchanged" in report
    assert set(server.events("family-everything"))
    assert len(server.events("family-everything")) == expected
    # the address and user are remembered for next time; the password is not in the file
    assert settings.caldav_url == server.home
    assert settings.caldav_user == USER
    assert PASSWORD not in settings.path.read_text(encoding="utf-8")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert f"0 added, 0 updated, 0 deleted, {expected} unchanged" in dialog.report.toPlainText()


def test_a_wrong_password_shows_the_servers_refusal_in_the_dialog(
    qtbot: QtBot, window_with_feeds: MainWindow, server: RadicaleServer
) -> None:
    _open_dialog(window_with_feeds)
    dialog = window_with_feeds.caldav_dialog
    assert dialog is not None
    dialog.url.setText(server.home)
    dialog.user.setText(USER)
    dialog.password.setText("wrong")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert "refused the user name or password" in dialog.report.toPlainText()
    assert dialog.publish_button.isEnabled()


def test_the_dialog_speaks_swedish(qtbot: QtBot, window_with_feeds: MainWindow) -> None:
    window_with_feeds.set_language("sv")
    assert (
        window_with_feeds.publish_caldav_action.text() == "Publicera flöden på en &kalenderserver…"
    )
    _open_dialog(window_with_feeds)
    dialog = window_with_feeds.caldav_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Publicera flöden på en kalenderserver"
    assert dialog.publish_button.text() == "&Publicera"


def test_the_feeds_window_publishes_too(
    qtbot: QtBot, window_with_feeds: MainWindow, server: RadicaleServer
) -> None:
    window = window_with_feeds
    window.features.feeds_action.trigger()
    feeds_dialog = window.features.feeds_dialog
    assert feeds_dialog is not None and feeds_dialog.isVisible()
    qtbot.mouseClick(feeds_dialog.publish_button, Qt.MouseButton.LeftButton)
    dialog = feeds_dialog.publish_dialog
    assert dialog.isVisible()
    dialog.url.setText(server.home)
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert "Grandparents:" in dialog.report.toPlainText()
    assert server.events("grandparents")
    dialog.reject()
    feeds_dialog.reject()
