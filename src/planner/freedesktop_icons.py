"""PNG renderings of the app's SVG icon for the hicolor icon theme (Qt's SVG renderer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

from planner.printing.qt_setup import ensure_gui_application


def render_png(svg: Path, size: int) -> bytes:
    """``svg`` drawn on a transparent ``size``×``size`` square, as PNG bytes."""
    ensure_gui_application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))  # typed the same in stubs and at run time
    if not writer.write(image):
        raise OSError(f"the {size}px icon could not be encoded: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())
