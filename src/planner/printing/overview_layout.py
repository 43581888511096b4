"""The season overview's layout: a band, a legend of series, one row per round."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import (
    QColor,
)

from planner.printing.canvas import (
    GREY,
    INK,
    LIGHT_GREY,
    RULE,
    Canvas,
    Paragraph,
    longest_word,
    text_on,
)
from planner.printing.content import OverviewRow, SeasonOverview
from planner.printing.pages import SCALES, Block, Frame, fit


class OverviewLayout:
    def __init__(self, overview: SeasonOverview, canvas: Canvas, frame: Frame) -> None:
        self.overview = overview
        self.canvas = canvas
        self.frame = frame
        self.colour = QColor(overview.colour)

    def blocks(self, scale: float, _compact: bool = False) -> list[Block]:
        blocks = [self._band(scale)]
        if self.overview.legend:
            blocks.append(self._legend(scale))
        if not self.overview.rows:
            empty = self.canvas.paragraph(
                self.overview.empty_text, self.canvas.font(10 * scale), self.frame.width, GREY
            )
            blocks.append(Block(empty.height, lambda y: empty.draw(self.frame.left, y)))
            return blocks
        columns = self._columns(scale)
        if scale > SCALES[-1] and not self._readable(columns, scale):
            # type this large leaves names broken or the event squeezed: tell ``fit`` that
            # this scale does not fit, so it tries the next smaller one
            return [Block(float("inf"), lambda _y: None)]
        header = self._header(columns, scale)
        blocks.append(header)
        for index, row in enumerate(self.overview.rows):
            block = self._row(row, columns, scale, shaded=index % 2 == 1)
            block.on_new_page = header
            blocks.append(block)
        return blocks

    def _band(self, scale: float) -> Block:
        canvas, frame, overview = self.canvas, self.frame, self.overview
        on_band = text_on(self.colour)
        pad = 12 * scale
        title = canvas.paragraph(
            overview.title, canvas.font(22 * scale, bold=True), frame.width - 2 * pad, on_band
        )
        subtitle = canvas.paragraph(
            overview.subtitle, canvas.font(10.5 * scale), frame.width - 2 * pad, on_band
        )
        height = title.height + 3 * scale + subtitle.height + 2 * pad

        def paint(y: float) -> None:
            canvas.fill_rect(frame.left, y, frame.width, height, self.colour)
            title.draw(frame.left + pad, y + pad)
            subtitle.draw(frame.left + pad, y + pad + title.height + 3 * scale)

        return Block(height, paint, gap_after=10 * scale)

    def _legend(self, scale: float) -> Block:
        canvas, frame = self.canvas, self.frame
        font = canvas.font(9 * scale)
        dot = 8 * scale
        line = canvas.line_height(font)
        items: list[tuple[float, float, Paragraph, QColor]] = []
        x = y = 0.0
        for name, colour in self.overview.legend:
            width = canvas.text_width(name, font) + 1
            if x and x + dot + 5 * scale + width > frame.width:
                x = 0.0
                y += line + 3 * scale
            items.append((x, y, canvas.paragraph(name, font, width), QColor(colour)))
            x += dot + 5 * scale + width + 16 * scale
        height = y + line

        def paint(top: float) -> None:
            for item_x, item_y, paragraph, colour in items:
                canvas.dot(frame.left + item_x, top + item_y + (line - dot) / 2, dot, colour)
                paragraph.draw(frame.left + item_x + dot + 5 * scale, top + item_y)

        return Block(height, paint, gap_after=10 * scale)

    def _columns(self, scale: float) -> list[tuple[str, float]]:
        canvas, overview = self.canvas, self.overview
        pad = 10 * scale
        small = canvas.font(7 * scale, bold=True, spacing=0.5 * scale)
        number = (
            max(
                canvas.text_width(overview.columns.number.upper(), small),
                max(
                    canvas.text_width(row.number, canvas.font(12 * scale, bold=True))
                    for row in overview.rows
                ),
            )
            + pad
        )
        dates = (
            max(
                [
                    canvas.text_width(row.dates, canvas.font(10 * scale, bold=True))
                    for row in overview.rows
                ]
                + [canvas.text_width(overview.columns.dates.upper(), small)]
            )
            + pad
        )
        fixed: list[tuple[str, float]] = [("number", number), ("dates", dates)]
        rest = self.frame.width - number - dates
        if overview.show_series:
            series_font = canvas.font(9.5 * scale)
            words = max(longest_word(canvas, row.series, series_font) for row in overview.rows)
            whole = max(canvas.text_width(row.series, series_font) for row in overview.rows)
            series = max(words, min(whole, rest * 0.2)) + 26 * scale
            fixed.append(("series", series))
            rest -= series
        times = 0.0
        if overview.columns.times:
            times_font = canvas.font(9 * scale)
            times = max(
                [canvas.text_width(line, times_font) for row in overview.rows for line in row.times]
                + [longest_word(canvas, overview.columns.times.upper(), small)]
            )
            times = min(times + 14 * scale, rest * 0.3)
            rest -= times
        drivers_font = canvas.font(9 * scale)
        drivers = max(
            (
                canvas.text_width(name, drivers_font)
                for row in overview.rows
                for name in row.drivers
            ),
            default=0.0,
        )
        if drivers:
            # wide enough for the longest name on one line (names never break: no-break
            # spaces), with room for rounding; the event keeps at least 45 % of the rest
            drivers = min(drivers + 14 * scale, rest * 0.55)
        fixed.append(("event", rest - drivers))
        if times:
            fixed.append(("times", times))
        if drivers:
            fixed.append(("drivers", drivers))
        return fixed

    def _readable(self, columns: Sequence[tuple[str, float]], scale: float) -> bool:
        """Every name on one line, and room for the event's words."""
        widths = dict(columns)
        drivers_font = self.canvas.font(9 * scale)
        longest = max(
            (
                self.canvas.text_width(name, drivers_font)
                for row in self.overview.rows
                for name in row.drivers
            ),
            default=0.0,
        )
        names_fit = "drivers" not in widths or widths["drivers"] >= longest + 10 * scale
        return names_fit and widths["event"] >= self.frame.width * 0.24

    def _header(self, columns: Sequence[tuple[str, float]], scale: float) -> Block:
        canvas, labels = self.canvas, self.overview.columns
        font = canvas.font(7 * scale, bold=True, spacing=0.5 * scale)
        texts = {
            "number": labels.number,
            "dates": labels.dates,
            "series": labels.series,
            "event": labels.event,
            "times": labels.times,
            "drivers": labels.drivers,
        }
        cells = []
        x = 0.0
        height = 0.0
        for key, width in columns:
            paragraph = canvas.paragraph(texts[key].upper(), font, width - 8 * scale, GREY)
            cells.append((x, paragraph))
            height = max(height, paragraph.height)
            x += width
        height += 5 * scale

        def paint(y: float) -> None:
            for cell_x, paragraph in cells:
                paragraph.draw(self.frame.left + cell_x, y)
            canvas.line(
                self.frame.left,
                y + height - 1,
                self.frame.left + self.frame.width,
                y + height - 1,
                INK,
                0.8,
            )

        return Block(height, paint, keep_with_next=True)

    def _row(
        self, row: OverviewRow, columns: Sequence[tuple[str, float]], scale: float, *, shaded: bool
    ) -> Block:
        canvas = self.canvas
        pad = 6 * scale
        inner = 8 * scale
        ink = GREY if row.past else INK
        soft = LIGHT_GREY if row.past else GREY
        cells: list[tuple[float, float, Paragraph]] = []
        dots: list[tuple[float, float, QColor]] = []
        number_font = canvas.font(12 * scale, bold=True)
        x = 0.0
        height = 0.0
        for key, width in columns:
            stack: list[Paragraph] = []
            if key == "number":
                stack.append(canvas.paragraph(row.number, number_font, width, ink))
            elif key == "dates":
                stack.append(
                    canvas.paragraph(
                        row.dates, canvas.font(10 * scale, bold=True), width - inner, ink
                    )
                )
                stack.append(
                    canvas.paragraph(row.weekday_span, canvas.font(8 * scale), width - inner, soft)
                )
            elif key == "series":
                dots.append((x, 0.0, QColor(row.series_colour)))
                stack.append(
                    canvas.paragraph(
                        row.series, canvas.font(9.5 * scale), width - inner - 13 * scale, ink
                    )
                )
            elif key == "event":
                title = row.event or row.circuit
                stack.append(
                    canvas.paragraph(
                        title, canvas.font(10.5 * scale, bold=True), width - inner, ink
                    )
                )
                where = ", ".join(
                    part for part in (row.circuit if row.event else "", row.place) if part
                )
                stack.append(canvas.paragraph(where, canvas.font(8.5 * scale), width - inner, soft))
                if row.status:
                    stack.append(
                        canvas.paragraph(
                            row.status.upper(),
                            canvas.font(7.5 * scale, bold=True, spacing=0.5),
                            width - inner,
                            QColor("#b3261e"),
                        )
                    )
                if row.result:
                    stack.append(
                        canvas.paragraph(
                            row.result, canvas.font(8.5 * scale, bold=True), width - inner, ink
                        )
                    )
            elif key == "times":
                stack.append(
                    canvas.paragraph(
                        "\n".join(row.times), canvas.font(9 * scale), width - inner, ink
                    )
                )
            elif key == "drivers":
                stack.append(
                    canvas.paragraph(
                        "\n".join(row.drivers), canvas.font(9 * scale), width - inner, ink
                    )
                )
            offset_x = 13 * scale if key == "series" else 0.0
            # every column's first line sits on the round number's baseline
            y = canvas.baseline_shift(number_font, stack[0].layout.font()) if stack else 0.0
            for paragraph in stack:
                cells.append((x + offset_x, y, paragraph))
                y += paragraph.height + 1 * scale
            height = max(height, y - 1 * scale)
            x += width
        height += 2 * pad
        dot = 8 * scale
        series_font = canvas.font(9.5 * scale)
        first_line = canvas.line_height(series_font) + 2 * canvas.baseline_shift(
            number_font, series_font
        )

        def paint(top: float) -> None:
            left = self.frame.left
            if shaded:
                canvas.fill_rect(left, top, self.frame.width, height, QColor("#f4f5f7"))
            for dot_x, _, colour in dots:
                canvas.dot(left + dot_x, top + pad + (first_line - dot) / 2, dot, colour)
            for cell_x, cell_y, paragraph in cells:
                paragraph.draw(left + cell_x, top + pad + cell_y)
            canvas.line(left, top + height, left + self.frame.width, top + height, RULE, 0.5)

        return Block(height, paint)

    def footer_height(self) -> float:
        return self.canvas.line_height(self.canvas.font(7.5)) + 8

    def paint_footer(self, page: int, pages: int) -> None:
        canvas, frame, overview = self.canvas, self.frame, self.overview
        font = canvas.font(7.5)
        right = overview.footer_right + (f" · {page}/{pages}" if pages > 1 else "")
        height = canvas.line_height(font)
        y = frame.bottom - height
        canvas.line(frame.left, y - 4, frame.left + frame.width, y - 4, RULE)
        right_width = canvas.text_width(right, font) + 1
        canvas.paragraph(right, font, right_width, GREY).draw(
            frame.left + frame.width - right_width, y
        )
        canvas.paragraph(overview.footer_left, font, frame.width - right_width - 12, GREY).draw(
            frame.left, y
        )


def paint_overview(
    overview: SeasonOverview, canvas: Canvas, frame: Frame, new_page: Callable[[], None]
) -> int:
    layout = OverviewLayout(overview, canvas, frame)
    bottom = frame.bottom - layout.footer_height() - 6
    # a short season fills the page with larger type rather than leaving it empty
    pages, _scale = fit(layout.blocks, frame.top, bottom, (1.25, 1.12, *SCALES))
    for number, page in enumerate(pages, start=1):
        if number > 1:
            new_page()
        for block, top, _height in page.placed:
            block.paint(top)
        layout.paint_footer(number, len(pages))
    return len(pages)
