"""File → Import Schedule from PDF… and a PDF dropped on the paste dialog, through the widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.main_window import MainWindow
from planner.gui.schedule_import_dialog import ScheduleImportDialog
from planner.services import queries
from timetable_pdfs import barcelona_timetable_pdf, timetable_pdf


def sessions_of(db: Database, round_id: int) -> dict[str, str]:
    return {
        session.name: session.start_wall.strftime("%Y-%m-%d %H:%M")
        for session in queries.weekend(db, round_id).sessions
    }


def test_import_schedule_from_pdf_reads_the_grid_into_the_round(
    qtbot: QtBot,
    demo_window: MainWindow,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from planner.services.lookup import find_round

    with demo_db.unit_of_work() as orm:
        round_id = find_round(orm, "GT4 Europe", 2023, 5).id
    demo_window.open_round(round_id)
    pdf = timetable_pdf(
        tmp_path / "hockenheim.pdf",
        "Official Timetable - Hockenheimring",
        "All times are local time (CEST)",
        [
            ("Friday 01/09", "12:10", "13:10", "Free Practice 1"),
            ("", "17:00", "18:00", "Free Practice 2"),
            ("Saturday 02/09", "08:30", "08:50", "Shakedown"),
        ],
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(pdf), "")))
    seen: dict[str, object] = {}

    def drive_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ScheduleImportDialog)
        qtbot.waitUntil(
            lambda: dialog.preview is not None and not dialog.preview_pending, timeout=8000
        )
        assert dialog.preview is not None
        seen["text"] = dialog.text_edit.toPlainText()
        seen["rows"] = [(row.name, row.action) for row in dialog.preview.rows]
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert demo_window.import_pdf_action.isEnabled()
    assert demo_window.import_pdf_action.text() == "Import Schedule from &PDF…"
    QTimer.singleShot(0, drive_the_dialog)
    demo_window.import_pdf_action.trigger()

    assert "Official Timetable" in str(seen["text"])
    assert ("Shakedown", "add") in seen["rows"]  # type: ignore[operator]
    assert sessions_of(demo_db, round_id)["Shakedown"] == "2023-09-02 08:30"
    demo_window.undo_action.trigger()
    assert "Shakedown" not in sessions_of(demo_db, round_id)


def test_a_pdf_dropped_on_the_dialog_fills_the_text_and_the_preview(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from planner.services.lookup import find_round

    with demo_db.unit_of_work() as orm:
        round_id = find_round(orm, "GT4 Europe", 2023, 6).id
    dialog = ScheduleImportDialog(demo_db, round_id)
    qtbot.addWidget(dialog)
    dialog.show()
    pdf = barcelona_timetable_pdf(tmp_path / "barcelona.pdf")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pdf))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, buttons, keys)
    drop = QDropEvent(
        QPoint(20, 20).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    QApplication.sendEvent(dialog, enter)  # Qt delivers a drop only after an accepted enter
    assert enter.isAccepted()
    QApplication.sendEvent(dialog, drop)

    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.preview_pending, timeout=8000)
    assert dialog.preview is not None
    starts = {row.name: row.track_start for row in dialog.preview.rows}
    assert starts["Race 2"] is not None and starts["Race 2"].strftime("%a %H:%M") == "Sun 11:15"
    assert "Barcelona" in dialog.text_edit.toPlainText()


def test_typing_never_waits_for_the_reader(qtbot: QtBot, demo_db: Database) -> None:
    """A large paste returns at once; the preview follows from the worker thread."""
    from planner.services.lookup import find_round

    with demo_db.unit_of_work() as orm:
        round_id = find_round(orm, "GT4 Europe", 2023, 6).id
    dialog = ScheduleImportDialog(demo_db, round_id)
    qtbot.addWidget(dialog)
    text = "Friday 29 September 2023\n" + "10:35 - 11:35   Free Practice 1\n" * 1500

    dialog.set_text(text)
    dialog.refresh_preview()

    assert dialog.preview_pending  # reading on the worker, not on the GUI thread
    qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=20000)
    assert dialog.preview is not None and len(dialog.preview.rows) == 1500
