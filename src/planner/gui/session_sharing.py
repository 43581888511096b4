"""Weekend → Share Session: the current session as a one-event .ics file.

For a last-minute change: send the file, the other phone's calendar updates the
event it already has (same UID) or adds it. Written on a worker thread.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from planner.gui.errors import Dialogs

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow
    from planner.services.views import SessionView

log = logging.getLogger("planner.gui")


def current_session(window: MainWindow) -> SessionView | None:
    """The session selected on the weekend page (None elsewhere)."""
    from planner.gui.main_window import WEEKEND_PAGE

    view = window._weekend_view  # not built yet: no session can be selected
    if view is None or window.round_id is None or window.pages.currentIndex() != WEEKEND_PAGE:
        return None
    return view.current_session()


class SessionSharing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def share_session(self, session_id: int | None = None) -> None:
        """Ask where, then write the session (the weekend's current one by default)."""
        from planner.gui.workers import run_in_background
        from planner.i18n import check_language
        from planner.services.feeds import single_event_file
        from planner.services.sessions import get_session

        window = self.window
        if session_id is not None:
            session: SessionView | None = get_session(window.store.db, session_id)
        else:
            session = current_session(window)
        if session is None:
            return
        suggested = re.sub(r"[^\w\- ]+", "", session.name).strip() or "session"
        path, _filter = QFileDialog.getSaveFileName(
            window,
            self.tr("Share Session"),
            f"{suggested}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        db, home = window.store.db, window.store.home_zone
        language = check_language("sv" if window.translations.language == "sv" else "en")
        status = window.statusBar()

        def done(_event: object) -> None:
            status.showMessage(
                self.tr(
                    "Saved {path}: send it, and the event updates in the other calendar."
                ).format(path=path),
                10000,
            )

        def failed(error: BaseException, details: str) -> None:
            from planner.domain.errors import PlannerError

            status.clearMessage()
            if isinstance(error, PlannerError | OSError):
                Dialogs.show_error(window, str(error))
            else:
                log.error("sharing a session failed\n%s", details)
                raise error

        run_in_background(
            lambda: single_event_file(
                db,
                session.id,
                path,
                language=language,
                home_zone=home,
            ),
            done,
            failed,
        )
