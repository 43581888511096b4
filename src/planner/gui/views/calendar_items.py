"""Sessions as the calendar views draw them: home time, colour, status, conflicts.

The month, week and agenda views share these values and one way of painting a
session, so cancelled, to-be-confirmed and clashing sessions look the same in
all three.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)

from planner.domain.kinds import SessionStatus
from planner.domain.zone_table import zone_table
from planner.gui.labels import clock_text, kind_label, session_status_label, short_day_text
from planner.services.views import ScheduledSession

CONFLICT_COLOUR = "#e65100"


@dataclass(frozen=True)
class CalendarItem:
    """One session as a calendar shows it; times are aware, in home and track time."""

    session_id: int
    round_id: int
    title: str
    short_title: str
    series: str
    round_title: str
    colour: str
    kind: str
    status: SessionStatus
    home_start: datetime
    home_end: datetime | None
    track_start: datetime
    track_zone: str
    duration_minutes: int | None
    drivers: tuple[str, ...]
    conflicts: tuple[str, ...]

    @property
    def day(self) -> date:
        return self.home_start.date()

    @property
    def cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED

    @property
    def tentative(self) -> bool:
        return self.status == SessionStatus.TENTATIVE

    @property
    def conflict(self) -> bool:
        return bool(self.conflicts)

    def home_span_text(self) -> str:
        end = "" if self.home_end is None else f"–{clock_text(self.home_end)}"
        return clock_text(self.home_start) + end

    def tooltip(self) -> str:
        lines = [
            f"<b>{_escape(self.title)}</b> · {_escape(kind_label(self.kind))}",
            f"{_escape(self.series)} · {_escape(self.round_title)}",
            QCoreApplication.translate("CalendarItem", "{day}, {span} home time").format(
                day=short_day_text(self.day), span=self.home_span_text()
            ),
            QCoreApplication.translate("CalendarItem", "{day}, {time} track time ({zone})").format(
                day=short_day_text(self.track_start.date()),
                time=clock_text(self.track_start),
                zone=self.track_zone,
            ),
        ]
        if self.drivers:
            lines.append(_escape(", ".join(self.drivers)))
        if self.status != SessionStatus.SCHEDULED:
            lines.append(f"<i>{_escape(session_status_label(self.status))}</i>")
        lines.extend(
            f"<span style='color:{CONFLICT_COLOUR}'>⚠ {_escape(text)}</span>"
            for text in self.conflicts
        )
        return "<br>".join(lines)

    def accessible_text(self) -> str:
        parts = [self.title, self.series, self.round_title, short_day_text(self.day)]
        parts.append(self.home_span_text())
        if self.status != SessionStatus.SCHEDULED:
            parts.append(session_status_label(self.status))
        if self.conflict:
            parts.append(QCoreApplication.translate("CalendarItem", "conflict"))
        return ", ".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def short_session_name(name: str) -> str:
    """'Free Practice 1' → 'FP1', 'Qualifying 2' → 'Q2': for chips too narrow for the name."""
    words = name.split()
    if len(words) <= 1:
        return name
    return "".join(word if word.isdigit() else word[0].upper() for word in words)


def calendar_items(
    scheduled: Iterable[ScheduledSession],
    home_zone: str,
    conflicts: Mapping[int, Sequence[str]],
) -> list[CalendarItem]:
    """The sessions in home time, in start order."""
    home = zone_table(home_zone)
    short_names: dict[str, str] = {}
    items = []
    for entry in scheduled:
        session, round_view = entry.session, entry.round
        times = session.times
        short_title = short_names.get(session.name)
        if short_title is None:
            short_title = short_names[session.name] = short_session_name(session.name)
        items.append(
            CalendarItem(
                session_id=session.id,
                round_id=round_view.id,
                title=session.name,
                short_title=short_title,
                series=round_view.series_short_name or round_view.series_name,
                round_title=round_view.title,
                colour=round_view.series_colour,
                kind=str(session.kind),
                status=session.status,
                home_start=home.in_zone(times.utc_start),
                home_end=None if times.utc_end is None else home.in_zone(times.utc_end),
                track_start=times.track_start,
                track_zone=session.zone,
                duration_minutes=session.duration_minutes,
                drivers=tuple(driver.name for driver in session.drivers),
                conflicts=tuple(conflicts.get(session.id, ())),
            )
        )
    items.sort(key=lambda item: (item.home_start, item.session_id))
    return items


def readable_on(colour: QColor) -> QColor:
    """Black or white text, whichever reads better on the series colour."""
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#000000") if luminance > 160 else QColor("#ffffff")


_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class _Look:
    """How sessions of one series colour and status are painted."""

    fill: QColor
    text: QColor
    outline: QPen | None  # cancelled: the series colour; to be confirmed: dashed
    hatch: QBrush | None  # to be confirmed


class SessionPainter:
    """Paints sessions' blocks for one paint event: filled in the series colour;
    cancelled faded and struck through, to be confirmed hatched with a dashed
    edge, a clash edged in orange.

    Fonts, metrics, pens and each (colour, status)'s look are made once per
    paint, not once per block: a month step paints ~40 blocks.
    """

    def __init__(self, painter: QPainter, font: QFont, palette: QPalette) -> None:
        self._painter = painter
        self._palette = palette
        struck = QFont(font)
        struck.setStrikeOut(True)
        self._fonts = (font, struck)
        self._metrics = (QFontMetrics(font), QFontMetrics(struck))
        self._looks: dict[tuple[str, SessionStatus], _Look] = {}
        self._conflict_pen = QPen(QColor(CONFLICT_COLOUR), 2)
        self._conflict_fill = QColor(CONFLICT_COLOUR)
        self._selected_pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)

    def _look(self, item: CalendarItem) -> _Look:
        key = (item.colour, item.status)
        look = self._looks.get(key)
        if look is not None:
            return look
        colour = QColor(item.colour)
        fill = QColor(colour)
        text_colour = readable_on(colour)
        outline: QPen | None = None
        hatch_brush: QBrush | None = None
        if item.cancelled:
            fill.setAlpha(45)
            text_colour = self._palette.color(QPalette.ColorRole.PlaceholderText)
            outline = QPen(colour, 1)
        elif item.tentative:
            fill.setAlpha(110)
            text_colour = self._palette.color(QPalette.ColorRole.WindowText)
            hatch = QColor(colour.darker(130))
            hatch.setAlpha(120)
            hatch_brush = QBrush(hatch, Qt.BrushStyle.BDiagPattern)
            outline = QPen(colour.darker(140), 1, Qt.PenStyle.DashLine)
        look = self._looks[key] = _Look(fill, text_colour, outline, hatch_brush)
        return look

    def paint(
        self, rect: QRectF, item: CalendarItem, lines: Sequence[str], *, selected: bool = False
    ) -> None:
        painter = self._painter
        look = self._look(item)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.fill)
        painter.drawRoundedRect(rect, 3, 3)
        if look.hatch is not None:
            painter.setBrush(look.hatch)
            painter.drawRoundedRect(rect, 3, 3)
        if look.outline is not None:
            painter.setPen(look.outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        if item.conflicts:
            painter.setPen(self._conflict_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
            # A folded corner as well, so a clash does not rest on colour alone.
            corner = min(8.0, rect.height() / 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._conflict_fill)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(rect.right() - corner, rect.top()),
                        QPointF(rect.right(), rect.top()),
                        QPointF(rect.right(), rect.top() + corner),
                    ]
                )
            )
        if selected:
            painter.setPen(self._selected_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 4, 4)
        struck = item.cancelled
        painter.setFont(self._fonts[struck])
        painter.setPen(look.text)
        metrics = self._metrics[struck]
        line_height = metrics.height()
        inner = rect.adjusted(4, 1, -4, -1)
        width = inner.width()
        top = inner.top()
        for number, line in enumerate(lines):
            if top + line_height > inner.bottom() + 2 and number > 0:
                break
            line_rect = (
                inner
                if number == 0 and len(lines) == 1
                else QRectF(inner.left(), top, width, line_height)
            )
            painter.drawText(
                line_rect,
                _LEFT_MIDDLE,
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(width)),
            )
            top += line_height
        painter.restore()


def chip_label(item: CalendarItem, metrics: QFontMetrics, width: int) -> str:
    """The one-line label that fits: '11:10 Qualifying 1', else '11:10 Q1', else 'Q1'
    (the whole time and name are in the tooltip)."""
    time = clock_text(item.home_start)
    for candidate in (f"{time} {item.title}", f"{time} {item.short_title}"):
        if metrics.horizontalAdvance(candidate) <= width:
            return candidate
    return item.short_title
