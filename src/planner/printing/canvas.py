"""A painter that works in typographic points, and the sheet's colours.

Sizes and positions are given in points (1/72 inch) and converted to device
pixels only when drawn, so a sheet looks the same in a 1200 dpi PDF, on a
printer and in a 96 dpi print preview. Text is laid out with ``QTextLayout``
as plain text (a note with ``<b>`` prints as typed) and wraps inside the width
it is given: nothing is ever clipped.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from planner.printing.qt_setup import CONDENSED_FAMILY, FAMILY

INK = QColor("#1b1f23")
GREY = QColor("#5f6368")
LIGHT_GREY = QColor("#9aa0a6")
RULE = QColor("#d0d4d9")
WHITE = QColor("#ffffff")
NO_LIGATURES = ("liga", "clig", "dlig")
QUIET_ZONE_MODULES = 4  # the white border a QR reader needs (ISO/IEC 18004)


def mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0..1) of the way towards ``other``."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
    )


def text_on(colour: QColor) -> QColor:
    """White or ink, whichever reads better on ``colour``."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return INK if luminance > 0.6 else WHITE


def accent(colour: QColor) -> QColor:
    """The series colour, darkened where it is too pale to read as text on white."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return mix(colour, INK, 0.45) if luminance > 0.5 else colour


def breakable_url(text: str) -> str:
    """Allow line breaks after ``/`` and before ``.`` (zero-width spaces), not inside words."""
    # never between "www" and its dot: nothing is gained, and the kerned "w." would
    # split into two overlapping words for a reader of the PDF's text
    return text.replace("/", "/\u200b").replace(".", "\u200b.").replace("www\u200b.", "www.")


@dataclass
class Paragraph:
    """Wrapped plain text, measured in points, drawn where it is told."""

    layout: QTextLayout
    height: float
    width: float  # of the widest line
    colour: QColor
    canvas: Canvas

    def draw(self, x: float, y: float, colour: QColor | None = None) -> None:
        painter = self.canvas.painter
        painter.setPen(colour or self.colour)
        k = self.canvas.k
        self.layout.draw(painter, QPointF(x * k, y * k))


class Canvas:
    """A painter whose coordinates and sizes are given in points."""

    def __init__(self, painter: QPainter, device: QPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.k = device.logicalDpiY() / 72.0  # device pixels per point

    def font(
        self,
        size: float,
        *,
        bold: bool = False,
        condensed: bool = False,
        spacing: float = 0.0,
    ) -> QFont:
        font = QFont(CONDENSED_FAMILY if condensed else FAMILY)
        font.setPointSizeF(size)  # points on the device: Qt scales by the device's dpi
        font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(True)
        # No ligatures: text copied from the PDF must read "fi", not "ﬁ".
        for tag in NO_LIGATURES:
            font.setFeature(QFont.Tag(tag), 0)
        if spacing:
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
        return font

    def text_width(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text) / self.k

    def baseline_shift(self, larger: QFont, smaller: QFont) -> float:
        """How far to move ``smaller`` type down to share ``larger`` type's first baseline."""
        return (
            QFontMetricsF(larger, self.device).ascent()
            - QFontMetricsF(smaller, self.device).ascent()
        ) / self.k

    def strike_offset(self, font: QFont) -> float:
        """From the top of a line of ``font`` down to where a strike-through goes."""
        metrics = QFontMetricsF(font, self.device)
        return (metrics.ascent() - metrics.strikeOutPos()) / self.k

    def line_height(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).height() / self.k

    def paragraph(
        self,
        text: str,
        font: QFont,
        width: float,
        colour: QColor = INK,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        line_spacing: float = 1.0,
    ) -> Paragraph:
        # Line breaks the user typed stay line breaks; nothing is read as markup.
        plain = "\u2028".join(part.rstrip() for part in text.replace("\r\n", "\n").split("\n"))
        layout = QTextLayout(plain, font, self.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        k = self.k
        y = 0.0
        widest = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0) * k)
            line.setPosition(QPointF(0, y * k))
            y += line.height() / k * line_spacing
            widest = max(widest, line.naturalTextWidth() / k)
        layout.endLayout()
        if plain == "":
            y = 0.0
        return Paragraph(layout=layout, height=y, width=widest, colour=colour, canvas=self)

    def fill_rect(self, x: float, y: float, width: float, height: float, colour: QColor) -> None:
        k = self.k
        self.painter.fillRect(QRectF(x * k, y * k, width * k, height * k), colour)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, colour: QColor, width: float = 0.5
    ) -> None:
        k = self.k
        pen = QPen(colour, width * k)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x1 * k, y1 * k), QPointF(x2 * k, y2 * k))

    def dot(self, x: float, y: float, diameter: float, colour: QColor) -> None:
        k = self.k
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(colour)
        self.painter.drawEllipse(QRectF(x * k, y * k, diameter * k, diameter * k))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)

    def qr_code(self, url: str, x: float, y: float, size: float) -> float:
        """A QR code of at most ``size`` points, every module a whole number of device pixels
        on the device's pixel grid, drawn one by one: no path arithmetic can merge or drop
        a module. Returns the size drawn (a little under ``size`` after snapping)."""
        code = segno.make(url, error="m", micro=False)
        matrix = code.matrix
        modules = len(matrix)
        module = max(1, int(size * self.k / modules))  # device pixels per module
        left = round(x * self.k)
        top = round(y * self.k)
        painter = self.painter
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        quiet = QUIET_ZONE_MODULES * module
        painter.fillRect(
            QRect(
                left - quiet,
                top - quiet,
                modules * module + 2 * quiet,
                modules * module + 2 * quiet,
            ),
            QColor("#ffffff"),
        )
        black = QColor("#000000")
        for row_index, row in enumerate(matrix):
            column = 0
            while column < modules:
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < modules and row[column]:
                    column += 1
                painter.fillRect(
                    QRect(
                        left + start * module,
                        top + row_index * module,
                        (column - start) * module,
                        module,
                    ),
                    black,
                )
        painter.restore()
        return modules * module / self.k


def longest_word(canvas: Canvas, text: str, font: QFont) -> float:
    return max((canvas.text_width(word, font) for word in text.split()), default=0.0)
