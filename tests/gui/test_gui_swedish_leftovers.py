"""In Swedish, no widget of the main window or its dialogs shows English text.

A text is an English leftover when it is the English source of a message whose
Swedish differs (from resources/translations/race_planner_sv.ts): the Swedish
should be shown there instead.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.drivers_dialog import DriversDialog
from planner.gui.dialogs.edit_round import EditRoundDialog
from planner.gui.dialogs.new_round import NewRoundDialog
from planner.gui.dialogs.people import PeopleDialog
from planner.gui.dialogs.session_dialog import SessionDialog
from planner.gui.main_window import MainWindow
from planner.services import catalog, queries, tracks

TS_FILE = Path(__file__).parents[2] / "resources" / "translations" / "race_planner_sv.ts"


def _english_with_other_swedish() -> set[str]:
    found = set()
    for message in ElementTree.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if source and translation and source != translation and "{" not in source:
            found.add(source.replace("&", "").strip())
    return found


def _texts(widget: QWidget) -> list[str]:
    """Every text a user sees or hears on the widget and its children."""
    texts: list[str] = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.toolTip(), child.accessibleName()]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QHeaderView) and child.model() is not None:
            model = child.model()
            texts += [
                str(model.headerData(c, child.orientation()) or "") for c in range(child.count())
            ]
    for action in widget.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.iconText()]
    return [text.replace("&", "").strip() for text in texts if text]


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += _menu_texts(action.menu())  # type: ignore[arg-type]
    return [text.replace("&", "").strip() for text in texts if text]


def test_no_english_leftovers_in_swedish(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    english = _english_with_other_swedish()
    assert "Assign Drivers…" in english  # the check can find something
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    round_view = next(r for r in queries.list_rounds(window.store.db, season.id) if r.number == 5)
    window.open_round(round_view.id)  # built in English: the switch must reach it
    window.set_language("sv")
    session = queries.weekend(window.store.db, round_view.id).sessions[0]
    seen: dict[str, list[str]] = {"window": _texts(window)}
    for menu in window.menuBar().findChildren(QMenu):
        seen["window"] += _menu_texts(menu)
    window.open_season(season.id)
    seen["season"] = _texts(window.season_view)

    dialogs: dict[str, QWidget] = {
        "session": SessionDialog(
            round_view.first_day,
            round_view.last_day,
            window,
            existing=session,
            drivers=window.driver_choices_for(round_view.id),
        ),
        "new round": NewRoundDialog(
            tracks.list_tracks(window.store.db), ["gt4-european-series"], round_view.first_day
        ),
        "edit round": EditRoundDialog(round_view, tracks.list_tracks(window.store.db), window),
        "people": PeopleDialog(window.store, window.perform, season.id, window),
        "drivers": DriversDialog(window.driver_choices_for(round_view.id), [], "Race 1", window),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        seen[name] = _texts(dialog)
    seen["session menu"] = _menu_texts(window.session_actions.build_menu([session.id], window))
    seen["round menu"] = _menu_texts(window.round_menus.build_round_menu(round_view.id))
    seen["season menu"] = _menu_texts(window.round_menus.build_season_menu(season.id))
    window.round_menus.show_navigator_menu("series", 0, QPoint(0, 0))
    assert window.round_menus.menu is not None
    seen["series menu"] = _menu_texts(window.round_menus.menu)
    window.round_menus.menu.close()

    leftovers = {
        place: sorted({text for text in texts if text in english}) for place, texts in seen.items()
    }
    assert {place: found for place, found in leftovers.items() if found} == {}
