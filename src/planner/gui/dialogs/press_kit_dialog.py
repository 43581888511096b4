"""The press kit of a round: a block, a language and a zone, a preview and a Copy button."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.gui.store import Store
from planner.i18n import Language
from planner.press.blocks import BLOCKS, Block, PressOptions, build_block
from planner.press.zone_words import zone_in_words
from planner.services.queries import weekend

_OTHER_ZONES = ("Europe/Stockholm", "Europe/Berlin", "Europe/London", "UTC")


class PressKitDialog(QDialog):
    def __init__(
        self, store: Store, round_id: int, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PressKitDialog")
        self.store = store
        self.round_id = round_id
        view = weekend(store.db, round_id)
        self.setWindowTitle(
            self.tr("Press Kit — {series} {year}, Round {number}").format(
                series=view.series.name, year=view.round.year, number=view.round.number
            )
        )
        self.block = QComboBox()
        names = {
            "schedule": self.tr("Schedule"),
            "track": self.tr("Track"),
            "results": self.tr("Results"),
            "standings": self.tr("Standings"),
        }
        for block in BLOCKS:
            self.block.addItem(names[block], block)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Svenska", "sv")
        self.language.setCurrentIndex(1 if language == "sv" else 0)
        self.zone = QComboBox()
        home, track = store.home_zone, view.round.track.timezone
        self.zone.addItem(self.tr("Home time ({zone})").format(zone=home), home)
        if track != home:
            self.zone.addItem(self.tr("Track time ({zone})").format(zone=track), track)
        for other in _OTHER_ZONES:
            if self.zone.findData(other) < 0:
                self.zone.addItem(other, other)
        self.driver = QComboBox()
        self.driver.addItem(self.tr("Everyone"), "")
        for driver in view.round.drivers:
            self.driver.addItem(driver.name, driver.name)
        self.zone_words = QLabel()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("PressPreview")
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setDefault(True)
        self.copied = QLabel()

        form = QFormLayout()
        form.addRow(self.tr("Block"), self.block)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Times in"), self.zone)
        form.addRow("", self.zone_words)
        form.addRow(self.tr("Driver"), self.driver)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copied, 1)
        copy_row.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(copy_row)
        layout.addWidget(buttons)
        for combo in (self.block, self.language, self.zone, self.driver):
            combo.currentIndexChanged.connect(lambda _index: self.update_preview())
        self.copy_button.clicked.connect(self.copy)
        self.resize(760, 560)
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
