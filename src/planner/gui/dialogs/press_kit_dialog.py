"""The press kit of a round: a block, a language and a zone, a preview and a Copy button."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.gui.forms import child, load_form
from planner.gui.store import Store
from planner.i18n import Language
from planner.press.blocks import BLOCKS, Block, PressOptions, build_block
from planner.press.zone_words import zone_in_words
from planner.services.queries import weekend

_OTHER_ZONES = ("Europe/Stockholm", "Europe/Berlin", "Europe/London", "UTC")


class PressKitDialog(QDialog):
    """Layout and texts: ``ui/press_kit.ui``; here the round's choices and the preview."""

    def __init__(
        self, store: Store, round_id: int, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_form(self, "press_kit")
        self.store = store
        self.round_id = round_id
        view = weekend(store.db, round_id)
        self.setWindowTitle(
            self.tr("Press Kit — {series} {year}, Round {number}").format(
                series=view.series.name, year=view.round.year, number=view.round.number
            )
        )
        self.block = child(self, QComboBox, "block")
        names = {
            "schedule": self.tr("Schedule"),
            "track": self.tr("Track"),
            "results": self.tr("Results"),
            "standings": self.tr("Standings"),
        }
        for block in BLOCKS:
            self.block.addItem(names[block], block)
        self.language = child(self, QComboBox, "language")
        self.language.addItem("English", "en")
        self.language.addItem("Svenska", "sv")
        self.language.setCurrentIndex(1 if language == "sv" else 0)
        self.zone = child(self, QComboBox, "zone")
        home, track = store.home_zone, view.round.track.timezone
        self.zone.addItem(self.tr("Home time ({zone})").format(zone=home), home)
        if track != home:
            self.zone.addItem(self.tr("Track time ({zone})").format(zone=track), track)
        for other in _OTHER_ZONES:
            if self.zone.findData(other) < 0:
                self.zone.addItem(other, other)
        self.driver = child(self, QComboBox, "driver")
        self.driver.addItem(self.tr("Everyone"), "")
        for driver in view.round.drivers:
            self.driver.addItem(driver.name, driver.name)
        self.zone_words = child(self, QLabel, "zone_words")
        self.preview = child(self, QPlainTextEdit, "PressPreview")
        self.copy_button = child(self, QPushButton, "copy_button")
        self.copied = child(self, QLabel, "copied")
        for combo in (self.block, self.language, self.zone, self.driver):
            combo.currentIndexChanged.connect(lambda _index: self.update_preview())
        self.copy_button.clicked.connect(self.copy)
        self.update_preview()

    def options(self) -> PressOptions:
        language: Language = "sv" if self.language.currentData() == "sv" else "en"
        return PressOptions(
            language=language,
            zone_name=str(self.zone.currentData()),
            driver_name=str(self.driver.currentData() or ""),
        )

    def update_preview(self) -> None:
        options = self.options()
        block: Block = self.block.currentData()
        self.zone_words.setText("“" + zone_in_words(options.zone_name, options.language) + "”")
        try:
            text = build_block(self.store.db, self.round_id, block, options)
        except PlannerError as error:
            text = str(error)
        self.preview.setPlainText(text)
        self.copied.clear()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.preview.toPlainText())
        self.copied.setText(self.tr("Copied: paste it into your press release."))
