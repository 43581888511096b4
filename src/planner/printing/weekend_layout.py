"""The weekend sheet's layouts: portrait (a timetable down the page) and landscape (the
days side by side, the circuit, crew, links and notes in a sidebar).

Type never shrinks to make room: session times are set at ``TIME_SIZE`` whatever the
notes hold. What does not fit one page continues on the next under a short header that
names the round, so every page can be read on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont

from planner.printing.canvas import (
    GREY,
    INK,
    LIGHT_GREY,
    RULE,
    WHITE,
    Canvas,
    Paragraph,
    accent,
    breakable_url,
    longest_word,
    mix,
    text_on,
)
from planner.printing.content import Link, ScheduleDay, ScheduleRow, WeekendSheet
from planner.printing.pages import Block, Frame, plan_pages, total_height

ALERT = QColor("#b3261e")
BLANK_ROWS_PER_DAY = 6

Painter = Callable[[float, float], None]  # draws at (x, top)


@dataclass(frozen=True)
class Column:
    """A laid-out piece of a box row or sidebar: its height and how to draw it."""

    height: float
    paint: Painter


class WeekendLayout:
    TIME_SIZE = 14.0  # session times: readable at arm's length from the fridge door
    NAME_SIZE = 11.0
    BODY_SIZE = 10.0
    SMALL_SIZE = 8.5
    LINE_GAP = 22.0  # ruled lines to write on

    def __init__(self, sheet: WeekendSheet, canvas: Canvas, frame: Frame) -> None:
        self.sheet = sheet
        self.canvas = canvas
        self.frame = frame
        self.colour = QColor(sheet.header.series_colour)
        self.accent = accent(self.colour)
        self.tint = mix(self.colour, WHITE, 0.9)
        self.space = 1.0  # below 1: tighter spacing for a crowded sheet; type stays
        self.fill_bottom = frame.bottom  # where the current page's ruled lines stop

    # -- fonts ------------------------------------------------------------------

    def time_font(self, *, bold: bool = True) -> QFont:
        return self.canvas.font(self.TIME_SIZE, bold=bold)

    def name_font(self) -> QFont:
        return self.canvas.font(self.NAME_SIZE, bold=True)

    def body_font(self) -> QFont:
        return self.canvas.font(self.BODY_SIZE)

    def small_font(self, *, bold: bool = False) -> QFont:
        return self.canvas.font(self.SMALL_SIZE, bold=bold)

    def label_font(self) -> QFont:
        return self.canvas.font(7.5, bold=True, spacing=0.6)

    # -- the footer, on every page ----------------------------------------------

    def footer_height(self) -> float:
        return self.canvas.line_height(self.canvas.font(7.5)) + 8

    def paint_footer(self, page: int, pages: int) -> None:
        canvas, frame = self.canvas, self.frame
        font = canvas.font(7.5)
        left = self.sheet.footer_left
        if self.sheet.schedule.as_of:
            left = f"{left} · {self.sheet.schedule.as_of}"
        right = self.sheet.footer_right
        if pages > 1:
            right = f"{right} · {page}/{pages}"
        height = canvas.line_height(font)
        y = frame.bottom - height
        canvas.line(frame.left, y - 4, frame.left + frame.width, y - 4, RULE)
        right_width = canvas.text_width(right, font) + 1
        canvas.paragraph(right, font, right_width, GREY).draw(
            frame.left + frame.width - right_width, y
        )
        canvas.paragraph(left, font, frame.width - right_width - 12, GREY).draw(frame.left, y)

    # -- the header: band, title, continued header ------------------------------

    def band(self) -> Block:
        canvas, frame, header = self.canvas, self.frame, self.sheet.header
        on_band = text_on(self.colour)
        pad = 9.0
        name_font = canvas.font(12.5, bold=True)
        label_font = canvas.font(10, bold=True)
        label_width = min(canvas.text_width(header.season_label, label_font) + 1, frame.width / 2)
        label = canvas.paragraph(header.season_label, label_font, label_width, on_band)
        name = canvas.paragraph(
            header.series_name, name_font, frame.width - label_width - 3 * pad, on_band
        )
        height = max(name.height, label.height) + 2 * pad

        def paint(y: float) -> None:
            canvas.fill_rect(frame.left, y, frame.width, height, self.colour)
            name.draw(frame.left + pad, y + (height - name.height) / 2)
            label.draw(
                frame.left + frame.width - pad - label_width, y + (height - label.height) / 2
            )

        return Block(height, paint, gap_after=12)

    def title(self, *, title_size: float = 24.0) -> Block:
        canvas, frame, header = self.canvas, self.frame, self.sheet.header
        title = canvas.paragraph(header.title, canvas.font(title_size, bold=True), frame.width)
        date_font = canvas.font(11.5, bold=True)
        date_width = min(canvas.text_width(header.date_range, date_font) + 1, frame.width)
        dates = canvas.paragraph(header.date_range, date_font, date_width, self.accent)
        where = " · ".join(
            part
            for part in (header.circuit if header.circuit != header.title else "", header.place)
            if part
        )
        place_font = canvas.font(11.5)
        separator = 14.0
        inline = date_width + separator + canvas.text_width(where, place_font) <= frame.width
        place_x = date_width + separator if inline else 0.0
        place = canvas.paragraph(where, place_font, frame.width - place_x, GREY)
        status = None
        if header.status:
            status = canvas.paragraph(
                header.status.upper(), canvas.font(11, bold=True, spacing=1.0), frame.width, ALERT
            )
        gap = 3.0
        second_line = max(dates.height, place.height) if inline else dates.height + place.height
        height = title.height + gap + second_line + (status.height + gap if status else 0)

        def paint(y: float) -> None:
            title.draw(frame.left, y)
            line_top = y + title.height + gap
            dates.draw(frame.left, line_top)
            if inline:
                canvas.dot(
                    frame.left + date_width + separator / 2 - 1.5,
                    line_top + dates.height / 2 - 1.5,
                    3,
                    RULE,
                )
                place.draw(frame.left + place_x, line_top)
            else:
                place.draw(frame.left, line_top + dates.height)
            if status is not None:
                status.draw(frame.left, line_top + second_line + gap)

        return Block(height, paint, gap_after=12)

    def continued_header(self, *below: Block) -> Block:
        """The top of a second page: a slim band naming the round, then ``below``
        (the timetable's column heads, or the notes' heading)."""
        canvas, frame, header = self.canvas, self.frame, self.sheet.header
        on_band = text_on(self.colour)
        pad = 6.0
        font = canvas.font(10, bold=True)
        text = f"{header.series_name} · {header.title} · {header.date_range}"
        label = canvas.paragraph(self.sheet.continued, canvas.font(9), frame.width / 3, on_band)
        line = canvas.paragraph(text, font, frame.width - label.width - 3 * pad, on_band)
        band_height = max(line.height, label.height) + 2 * pad
        gap = 10.0
        height = band_height + gap + sum(block.height + block.gap_after for block in below)

        def paint(y: float) -> None:
            canvas.fill_rect(frame.left, y, frame.width, band_height, self.colour)
            line.draw(frame.left + pad, y + (band_height - line.height) / 2)
            label.draw(
                frame.left + frame.width - pad - label.width,
                y + (band_height - label.height) / 2,
            )
            top = y + band_height + gap
            for block in below:
                block.paint(top)
                top += block.height + block.gap_after

        return Block(height, paint, gap_after=4)

    # -- boxes: circuit, car and crew, links -----------------------------------

    def _section_title(self, text: str, width: float) -> tuple[Paragraph, float]:
        font = self.canvas.font(7.5, bold=True, spacing=0.9)
        paragraph = self.canvas.paragraph(text.upper(), font, width, self.accent)
        return paragraph, paragraph.height + 5

    def _paint_section_title(self, paragraph: Paragraph, x: float, y: float, width: float) -> None:
        paragraph.draw(x, y)
        rule_y = y + paragraph.height + 1.5
        self.canvas.line(x, rule_y, x + width, rule_y, self.colour, 1.1)

    def fact_column(self, title: str, rows: Sequence[tuple[str, str]], width: float) -> Column:
        canvas = self.canvas
        heading, heading_height = self._section_title(title, width)
        label_font = canvas.font(8)
        value_font = canvas.font(9.5)
        label_width = min(
            max((canvas.text_width(label, label_font) for label, _ in rows), default=0) + 8,
            width * 0.45,
        )
        laid: list[tuple[Paragraph, Paragraph, float]] = []
        y = heading_height + 2
        row_gap = 3.2
        for label, value in rows:
            label_paragraph = canvas.paragraph(label, label_font, label_width - 4, GREY)
            value_paragraph = canvas.paragraph(value, value_font, width - label_width)
            laid.append((label_paragraph, value_paragraph, y))
            y += max(label_paragraph.height, value_paragraph.height) + row_gap
        nudge = canvas.baseline_shift(value_font, label_font)

        def paint(x: float, top: float) -> None:
            self._paint_section_title(heading, x, top, width)
            for label_paragraph, value_paragraph, row_top in laid:
                label_paragraph.draw(x, top + row_top + nudge)
                value_paragraph.draw(x + label_width, top + row_top)

        return Column(y - row_gap, paint)

    def crew_column(self, width: float) -> Column | None:
        crew = self.sheet.crew
        if crew is None:
            return None
        canvas = self.canvas
        heading, heading_height = self._section_title(crew.title, width)
        car_font = canvas.font(10.5, bold=True)
        label_font = canvas.font(8)
        value_font = canvas.font(9.5)
        labels = [fact.label for car in crew.cars for fact in car.facts] + [crew.drivers_label]
        label_width = min(
            max(canvas.text_width(label, label_font) for label in labels) + 8, width * 0.4
        )
        nudge = canvas.baseline_shift(value_font, label_font)
        parts: list[tuple[Paragraph, float, float]] = []  # paragraph, x offset, top
        y = heading_height + 2
        row_gap = 3.2
        for car in crew.cars:
            title = canvas.paragraph(car.title, car_font, width)
            parts.append((title, 0.0, y))
            y += title.height + 3
            rows = [(fact.label, fact.value) for fact in car.facts]
            if car.drivers:
                rows.append((crew.drivers_label, "\n".join(car.drivers)))
            for label, value in rows:
                label_paragraph = canvas.paragraph(label, label_font, label_width - 4, GREY)
                value_paragraph = canvas.paragraph(value, value_font, width - label_width)
                parts.append((label_paragraph, 0.0, y + nudge))
                parts.append((value_paragraph, label_width, y))
                y += max(label_paragraph.height + nudge, value_paragraph.height) + row_gap
            y += 6
        height = y - 6 - row_gap

        def paint(x: float, top: float) -> None:
            self._paint_section_title(heading, x, top, width)
            for paragraph, offset, part_top in parts:
                paragraph.draw(x + offset, top + part_top)

        return Column(height, paint)

    def links_column(self, links: Sequence[Link], width: float) -> Column:
        """Every link as a label, its address and a QR code that phones scan from a metre."""
        canvas = self.canvas
        heading, heading_height = self._section_title(self.sheet.links_title, width)
        qr_size = min(62.0 if len(links) == 1 else 52.0 if len(links) == 2 else 46.0, width * 0.45)
        gap = 10.0
        text_width = width - qr_size - gap
        label_font = canvas.font(9.5, bold=True)
        url_font = canvas.font(7.5, condensed=True)
        hint_font = canvas.font(7.5)
        rows: list[tuple[Link, float, list[tuple[Paragraph, QPointF]]]] = []
        y = heading_height + 8  # room for the code's quiet zone below the rule
        for link in links:
            beside: list[tuple[Paragraph, QPointF]] = []
            right = 0.0
            label = canvas.paragraph(link.label, label_font, text_width)
            beside.append((label, QPointF(qr_size + gap, right)))
            right += label.height + 1.5
            if self.sheet.links_hint and len(links) == 1:
                hint = canvas.paragraph(self.sheet.links_hint, hint_font, text_width, GREY)
                beside.append((hint, QPointF(qr_size + gap, right)))
                right += hint.height + 3
            below = 0.0
            if canvas.text_width(link.text, url_font) <= text_width:
                url = canvas.paragraph(breakable_url(link.text), url_font, text_width, GREY)
                beside.append((url, QPointF(qr_size + gap, right)))
                right += url.height
            else:  # a long address goes under the code, across the column
                url = canvas.paragraph(breakable_url(link.text), url_font, width, GREY)
                under = max(qr_size + 8, right + 2)
                beside.append((url, QPointF(0, under)))
                below = under + url.height
            rows.append((link, y, beside))
            y += max(qr_size, right, below) + 12
        height = y - 12

        def paint(x: float, top: float) -> None:
            self._paint_section_title(heading, x, top, width)
            for link, row_top, beside in rows:
                canvas.qr_code(link.url, x, top + row_top, qr_size)
                for paragraph, at in beside:
                    paragraph.draw(x + at.x(), top + row_top + at.y())

        return Column(height, paint)

    def circuit_column(self, width: float) -> Column:
        track = self.sheet.track
        return self.fact_column(track.title, [(f.label, f.value) for f in track.facts], width)

    # -- the zones line -----------------------------------------------------------

    def zones(self, width: float | None = None) -> Block:
        """Which clocks the sheet uses, in words, with their offsets from UTC."""
        canvas, frame = self.canvas, self.frame
        width = frame.width if width is None else width
        font = canvas.font(9)
        lines = [
            canvas.paragraph(line, font, width, INK if index == 0 else self.accent)
            for index, line in enumerate(self.sheet.schedule.zones)
        ]
        height = sum(line.height for line in lines)

        def paint(y: float) -> None:
            for line in lines:
                line.draw(frame.left, y)
                y += line.height

        return Block(height, paint, gap_after=10 if lines else 0)

    # -- notes ----------------------------------------------------------------------

    def notes_blocks(self, x: float, width: float, *, min_lines: int = 2) -> list[Block]:
        """The notes' heading, their text line by line (so long notes flow on to the next
        page instead of shrinking the sheet) and ruled lines filling what is left."""
        canvas, notes = self.canvas, self.sheet.notes
        heading, heading_height = self._section_title(notes.title, width)
        text = canvas.paragraph(notes.text, canvas.font(self.BODY_SIZE), width)
        blocks = [
            Block(
                heading_height + 4,
                lambda y: self._paint_section_title(heading, x, y, width),
                keep_with_next=True,
            )
        ]
        layout = text.layout
        k = canvas.k
        for index in range(layout.lineCount() if notes.text else 0):
            line = layout.lineAt(index)
            line_height = line.height() / k

            def paint_line(y: float, line_index: int = index) -> None:
                text_line = layout.lineAt(line_index)
                canvas.painter.setPen(INK)
                text_line.draw(canvas.painter, QPointF(x * k, y * k - text_line.position().y()))

            blocks.append(Block(line_height, paint_line))
        if notes.text:
            blocks[-1].gap_after = 4
        # while the notes' text still has a line to go, the heading stays with it
        for block in blocks[:-1]:
            block.keep_with_next = block is blocks[0] or block.keep_with_next

        def paint_rules(y: float) -> None:
            line_y = y + self.LINE_GAP
            while line_y <= self.fill_bottom + 0.01:
                canvas.line(x, line_y, x + width, line_y, RULE, 0.6)
                line_y += self.LINE_GAP

        rules = Block(min_lines * self.LINE_GAP, paint_rules, fill=True)
        if not notes.text:
            blocks[0].keep_with_next = True
        blocks.append(rules)
        return blocks

    def notes_continued(self, x: float, width: float) -> Block:
        heading, heading_height = self._section_title(
            f"{self.sheet.notes.title} ({self.sheet.continued})", width
        )
        return Block(heading_height + 4, lambda y: self._paint_section_title(heading, x, y, width))


# --- portrait ----------------------------------------------------------------------


class PortraitLayout(WeekendLayout):
    """The timetable runs down the page, a row per session, a band per day."""

    def blocks(self, compact: bool) -> list[Block]:
        self.space = 0.6 if compact else 1.0
        blocks = [self.band(), self.title(), self._info_row()]
        blocks.extend(self._schedule())
        notes = self.notes_blocks(self.frame.left, self.frame.width)
        repeat_notes = self.continued_header(
            self.notes_continued(self.frame.left, self.frame.width)
        )
        for block in notes[1:]:
            block.on_new_page = repeat_notes
        notes[0].on_new_page = self.continued_header()
        blocks.extend(notes)
        if compact:
            for block in blocks:
                block.gap_after *= self.space
        return blocks

    def _info_row(self) -> Block:
        frame, sheet = self.frame, self.sheet
        gutter = 18.0
        has_crew = sheet.crew is not None
        has_links = bool(sheet.links)
        if has_crew and has_links:
            shares = [0.32, 0.33, 0.35]
        elif has_crew or has_links:
            shares = [0.5, 0.5]
        else:
            shares = [0.6]
        usable = frame.width - gutter * (len(shares) - 1)
        widths = [usable * share for share in shares]
        columns: list[Column] = [self.circuit_column(widths[0])]
        index = 1
        crew = self.crew_column(widths[index]) if has_crew else None
        if crew is not None:
            columns.append(crew)
            index += 1
        if has_links:
            columns.append(self.links_column(sheet.links, widths[index]))
        height = max(column.height for column in columns)

        def paint(y: float) -> None:
            x = frame.left
            for column, width in zip(columns, widths, strict=False):
                column.paint(x, y)
                x += width + gutter

        return Block(height, paint, gap_after=16)

    # -- the timetable

    def _column_widths(self) -> list[tuple[str, float]]:
        """(key, width) of the timetable's columns; text columns share what is left."""
        canvas, schedule = self.canvas, self.sheet.schedule
        labels = schedule.columns
        label_font = self.label_font()
        zone_font = canvas.font(7)
        pad = 10.0
        rows = schedule.rows
        sample = "00:00–00:00"
        track = (
            max(
                [canvas.text_width(row.track_span, self.time_font()) for row in rows]
                + [
                    canvas.text_width(sample if not rows else "00:00", self.time_font()),
                    canvas.text_width(labels.track_zone, zone_font),
                    longest_word(canvas, labels.track_time.upper(), label_font),
                ]
            )
            + pad
        )
        fixed: list[tuple[str, float]] = [("track", track)]
        if schedule.show_home:
            home = max(
                [canvas.text_width(row.home_span, self.time_font()) for row in rows]
                + [
                    canvas.text_width(labels.home_zone, zone_font),
                    longest_word(canvas, labels.home_time.upper(), label_font),
                ]
            )
            fixed.append(("home", home + pad))
        rest = self.frame.width - sum(width for _, width in fixed)
        inner = 8.0
        natural = {
            "session": max(
                [canvas.text_width(row.name, self.name_font()) for row in rows]
                + [canvas.text_width(labels.session.upper(), label_font), rest * 0.3]
            ),
            "drivers": max(
                [
                    canvas.text_width(part, self.body_font())
                    for row in rows
                    for part in row.drivers.split("\n")
                ]
                + [0.0]
            ),
            "broadcast": max(
                [
                    canvas.text_width(part, self.small_font())
                    for row in rows
                    for part in row.broadcast.split("\n")
                ]
                + [0.0]
            ),
        }
        if schedule.blank:  # a timetable to fill in: room to write who drives
            natural["drivers"] = rest * 0.3
        heading_words = {"drivers": labels.drivers, "broadcast": labels.broadcast}
        for key, label in heading_words.items():
            if natural[key] > 0:  # a column that is shown keeps its heading's words whole
                natural[key] = max(natural[key], longest_word(canvas, label.upper(), label_font))
        wanted = {key: width + inner + 1 for key, width in natural.items() if width > 0}
        widths = _share(wanted, rest)
        columns = [*fixed, ("session", widths["session"])]
        columns.extend((key, widths[key]) for key in ("drivers", "broadcast") if key in widths)
        return columns

    def _schedule(self) -> list[Block]:
        canvas, frame, schedule = self.canvas, self.frame, self.sheet.schedule
        heading, heading_height = self._section_title(schedule.title, frame.width)

        def paint_title(y: float) -> None:
            self._paint_section_title(heading, frame.left, y, frame.width)

        title = Block(heading_height, paint_title, keep_with_next=True, gap_after=4)
        zones = self.zones()
        zones.keep_with_next = True
        blocks = [title, zones]
        columns = self._column_widths()
        header = self._table_header(columns)
        blocks.append(header)
        repeat = self.continued_header(header)
        for day in schedule.days:
            day_block = self._day_heading(day)
            day_block.on_new_page = repeat
            blocks.append(day_block)
            if schedule.blank:
                rows = [self._blank_row(columns) for _ in range(BLANK_ROWS_PER_DAY)]
            else:
                rows = [self._session_row(row, columns) for row in day.rows]
            # a day that carries on to the next page says so there
            repeat_day = self.continued_header(header, self._day_heading(day, continued=True))
            for row_block in rows:
                row_block.on_new_page = repeat_day
            blocks.extend(rows)
        if schedule.blank and schedule.empty_text:
            hint = canvas.paragraph(schedule.empty_text, canvas.font(8.5), frame.width, GREY)
            blocks.append(Block(hint.height + 4, lambda y: hint.draw(frame.left, y + 4)))
        if schedule.legend:
            legend = canvas.paragraph(schedule.legend, canvas.font(8.5), frame.width, GREY)
            blocks.append(Block(legend.height + 4, lambda y: legend.draw(frame.left, y + 4)))
        blocks[-1].gap_after = 16
        return blocks

    def _table_header(self, columns: Sequence[tuple[str, float]]) -> Block:
        canvas, labels = self.canvas, self.sheet.schedule.columns
        font = self.label_font()
        zone_font = canvas.font(7)
        texts = {
            "track": labels.track_time,
            "home": labels.home_time,
            "session": labels.session,
            "drivers": labels.drivers,
            "broadcast": labels.broadcast,
        }
        zones = {"track": labels.track_zone, "home": labels.home_zone}
        cells: list[tuple[float, Paragraph, Paragraph | None]] = []
        x = 0.0
        height = 0.0
        for key, width in columns:
            colour = self.accent if key == "home" else GREY
            label = canvas.paragraph(texts[key].upper(), font, width - 4, colour)
            zone = None
            if zones.get(key):
                zone = canvas.paragraph(zones[key], zone_font, width - 4, colour)
            cells.append((x, label, zone))
            height = max(height, label.height + (zone.height if zone else 0))
            x += width
        height += 4

        def paint(y: float) -> None:
            left = self.frame.left
            for cell_x, label, zone in cells:
                label.draw(left + cell_x, y)
                if zone is not None:
                    zone.draw(left + cell_x, y + label.height)

        return Block(height, paint, keep_with_next=True)

    def _day_heading(self, day: ScheduleDay, *, continued: bool = False) -> Block:
        canvas, frame = self.canvas, self.frame
        font = canvas.font(11, bold=True)
        pad = 4.0
        heading = f"{day.heading} ({self.sheet.continued})" if continued else day.heading
        text = canvas.paragraph(heading, font, frame.width - 14, INK)
        height = text.height + 2 * pad

        def paint(y: float) -> None:
            canvas.fill_rect(frame.left, y, frame.width, height, self.tint)
            canvas.fill_rect(frame.left, y, 3, height, self.colour)
            text.draw(frame.left + 9, y + pad)

        return Block(height, paint, keep_with_next=True)

    def _session_row(self, row: ScheduleRow, columns: Sequence[tuple[str, float]]) -> Block:
        canvas = self.canvas
        pad = 5.5 * self.space  # spacing gives way before type does
        inner = 8.0
        light = row.logistics or row.cancelled
        ink = LIGHT_GREY if row.cancelled else GREY if row.logistics else INK
        cells: list[tuple[float, float, Paragraph]] = []  # x, y offset, paragraph
        track_font = self.time_font(bold=not light)
        x = 0.0
        height = 0.0
        for key, width in columns:
            stack = self._cell(row, key, width - inner, ink, light)
            y = 0.0
            for index, paragraph in enumerate(stack):
                offset = 0.0
                if index == 0 and key in ("drivers", "broadcast", "session"):
                    # smaller type set on the same first baseline as the time
                    offset = canvas.baseline_shift(track_font, paragraph.layout.font())
                cells.append((x, y + offset, paragraph))
                y += paragraph.height + offset + (1.5 if index < len(stack) - 1 else 0)
            height = max(height, y)
            x += width
        height += 2 * pad

        def paint(top: float) -> None:
            left = self.frame.left
            for cell_x, cell_y, paragraph in cells:
                paragraph.draw(left + cell_x, top + pad + cell_y)
            canvas.line(left, top + height, left + self.frame.width, top + height, RULE, 0.5)
            if row.cancelled:
                # strike the times through: the session is off, its name stays readable
                times = sum(width for key, width in columns if key in ("track", "home"))
                strike_y = top + pad + canvas.strike_offset(track_font)
                canvas.line(left, strike_y, left + times - 10, strike_y, LIGHT_GREY, 0.8)

        return Block(height, paint)

    def _cell(
        self, row: ScheduleRow, key: str, width: float, ink: QColor, light: bool
    ) -> list[Paragraph]:
        canvas = self.canvas
        small = self.small_font()
        if key == "track":
            stack = [
                canvas.paragraph(row.track_span, self.time_font(bold=not light), width + 8, ink)
            ]
            if row.track_days:
                stack.append(canvas.paragraph(row.track_days, small, width, GREY))
            return stack
        if key == "home":
            colour = ink if light else self.accent
            stack = [
                canvas.paragraph(row.home_span, self.time_font(bold=not light), width + 8, colour)
            ]
            if row.home_days:
                stack.append(canvas.paragraph(row.home_days, small, width, colour))
            return stack
        if key == "session":
            name_font = canvas.font(self.NAME_SIZE, bold=not row.logistics)
            stack = [canvas.paragraph(row.name, name_font, width, ink)]
            if row.status:
                stack.append(
                    canvas.paragraph(
                        row.status.upper(), canvas.font(7.5, bold=True, spacing=0.5), width, ALERT
                    )
                )
            details = " · ".join(
                part
                for part in (row.duration if row.track_end else "", row.notes)
                if part and part != "—"
            )
            if details:
                stack.append(canvas.paragraph(details, small, width, GREY))
            return stack
        if key == "drivers":
            return [canvas.paragraph(row.drivers, self.body_font(), width, ink)]
        return [canvas.paragraph(breakable_url(row.broadcast), small, width, GREY)]

    def _blank_row(self, columns: Sequence[tuple[str, float]]) -> Block:
        """An empty row to write a session into, with a tick between the columns."""
        canvas = self.canvas
        height = 26.0

        def paint(top: float) -> None:
            left = self.frame.left
            bottom = top + height
            canvas.line(left, bottom, left + self.frame.width, bottom, RULE, 0.6)
            x = left
            for _, width in columns[:-1]:
                x += width
                canvas.line(x - 6, top + 6, x - 6, bottom - 4, RULE, 0.5)
            # a colon where the hours and minutes go
            canvas.dot(left + 19, top + 11, 1.6, LIGHT_GREY)
            canvas.dot(left + 19, top + 17, 1.6, LIGHT_GREY)

        return Block(height, paint)


def _share(wanted: dict[str, float], room: float) -> dict[str, float]:
    """Column widths from natural widths: all of them when they fit (the session column
    takes most of what is left), else a fair floor each and the rest by need."""
    total = sum(wanted.values())
    if total <= room:
        spare = room - total
        portions = {"session": 0.55, "drivers": 0.25, "broadcast": 0.2}
        shown = sum(portions[key] for key in wanted)
        return {key: width + spare * portions[key] / shown for key, width in wanted.items()}
    # crowded: the session's name comes first, then who drives, then where to watch
    caps = {"session": 0.46, "drivers": 0.24, "broadcast": 0.2}
    floor = {key: min(width, room * caps[key]) for key, width in wanted.items()}
    excess = {key: wanted[key] - floor[key] for key in wanted}
    spare = room - sum(floor.values())
    excess_total = sum(excess.values()) or 1.0
    return {key: floor[key] + spare * excess[key] / excess_total for key in wanted}


def _at(paint: Painter, x: float) -> Callable[[float], None]:
    """A column's painter as a block's: drawn at ``x``, the top given by the page plan."""
    return lambda y: paint(x, y)


# --- landscape -----------------------------------------------------------------------


@dataclass
class Card:
    """One session in a day column of the landscape sheet."""

    height: float
    paint: Callable[[float, float], None]  # (x, top)


class LandscapeLayout(WeekendLayout):
    """The weekend at a glance: the days side by side as columns of session cards; the
    circuit, car and crew, links and notes in a sidebar on the right."""

    SIDEBAR_SHARE = 0.3
    GUTTER = 16.0
    DAY_GAP = 10.0
    MIN_DAY_WIDTH = 150.0

    def __init__(self, sheet: WeekendSheet, canvas: Canvas, frame: Frame) -> None:
        super().__init__(sheet, canvas, frame)
        self.day_width = frame.width
        self.days_per_page = 1

    def paint_pages(self, new_page: Callable[[], None]) -> int:
        """Days and sidebar flow each in their own column; a later page starts under a
        slim header naming the round."""
        frame = self.frame
        bottom = frame.bottom - self.footer_height() - 6
        header = [self.band(), self.title(title_size=22)]
        top = frame.top + total_height(header)
        later_top = frame.top + self.continued_header().height + 4
        sidebar_width = frame.width * self.SIDEBAR_SHARE
        main_width = frame.width - sidebar_width - self.GUTTER
        sidebar_x = frame.left + main_width + self.GUTTER
        zones = self.zones(main_width)
        days_top = top + zones.height + zones.gap_after
        schedule = self.sheet.schedule
        legend_text = schedule.legend or (schedule.empty_text if schedule.blank else "")
        legend = self.canvas.paragraph(legend_text, self.canvas.font(8.5), main_width, GREY)
        days_bottom = bottom - (legend.height + 6 if legend_text else 0)
        day_pages = self._paginate_days(
            self._day_columns(main_width), days_bottom - days_top, days_bottom - later_top
        )
        sidebar_pages = plan_pages(
            self._sidebar_blocks(sidebar_x, sidebar_width), top, bottom, later_top=later_top
        )
        count = max(len(day_pages), len(sidebar_pages))
        for number in range(1, count + 1):
            if number > 1:
                new_page()
                self.continued_header().paint(frame.top)
            else:
                offset = frame.top
                for block in header:
                    block.paint(offset)
                    offset += block.height + block.gap_after
                zones.paint(top)
            if number <= len(day_pages):
                self._paint_days(day_pages[number - 1], days_top if number == 1 else later_top)
                if legend_text:
                    legend.draw(frame.left, bottom - legend.height)
            if number <= len(sidebar_pages):
                for block, block_top, height in sidebar_pages[number - 1].placed:
                    if block.fill:
                        self.fill_bottom = block_top + height
                    block.paint(block_top)
            self.paint_footer(number, count)
        return count

    def _sidebar_blocks(self, x: float, width: float) -> list[Block]:
        columns: list[Column] = [self.circuit_column(width)]
        crew = self.crew_column(width)
        if crew is not None:
            columns.append(crew)
        if self.sheet.links:
            columns.append(self.links_column(self.sheet.links, width))
        blocks = [Block(column.height, _at(column.paint, x), gap_after=14) for column in columns]
        notes = self.notes_blocks(x, width, min_lines=2)
        repeat = self.notes_continued(x, width)
        for block in notes[1:]:
            block.on_new_page = repeat
        blocks.extend(notes)
        return blocks

    # -- day columns

    def _day_columns(self, width: float) -> list[tuple[ScheduleDay, list[Card]]]:
        schedule = self.sheet.schedule
        count = max(1, len(schedule.days))
        per_page = max(1, int((width + self.DAY_GAP) // (self.MIN_DAY_WIDTH + self.DAY_GAP)))
        columns = min(count, per_page)
        self.day_width = (width - self.DAY_GAP * (columns - 1)) / columns
        result = []
        for day in schedule.days:
            if schedule.blank:
                cards = [self._blank_card() for _ in range(BLANK_ROWS_PER_DAY + 2)]
            else:
                cards = [self._card(row) for row in day.rows]
            result.append((day, cards))
        self.days_per_page = columns
        return result

    def _day_heading_text(self, day: ScheduleDay, continued: bool) -> Paragraph:
        heading = f"{day.heading} ({self.sheet.continued})" if continued else day.heading
        font = self.canvas.font(11, bold=True)
        return self.canvas.paragraph(heading, font, self.day_width - 12, INK)

    def _day_heading_height(self, day: ScheduleDay, continued: bool) -> float:
        return self._day_heading_text(day, continued).height + 8

    def _paginate_days(
        self,
        days: list[tuple[ScheduleDay, list[Card]]],
        first_height: float,
        later_height: float,
    ) -> list[list[tuple[ScheduleDay, list[Card], bool]]]:
        """Pages of day columns: cards go down a column while they fit; the rest of a day
        continues in the same column on the next page (marked as continued)."""
        pages: list[list[tuple[ScheduleDay, list[Card], bool]]] = []
        pending = [(day, list(cards), False) for day, cards in days]
        height = first_height
        continued_top = self.continued_header().height + 4
        while pending:
            group, pending = pending[: self.days_per_page], pending[self.days_per_page :]
            page: list[tuple[ScheduleDay, list[Card], bool]] = []
            left_over: list[tuple[ScheduleDay, list[Card], bool]] = []
            for day, cards, continued in group:
                room = height - self._day_heading_height(day, continued)
                taken: list[Card] = []
                while cards and (not taken or room - cards[0].height >= 0):
                    if cards[0].height > room and taken:
                        break
                    room -= cards[0].height
                    taken.append(cards.pop(0))
                page.append((day, taken, continued))
                if cards:
                    left_over.append((day, cards, True))
            pages.append(page)
            pending = left_over + pending
            height = later_height - continued_top
        return pages

    def _paint_days(self, page: list[tuple[ScheduleDay, list[Card], bool]], top: float) -> None:
        canvas = self.canvas
        x = self.frame.left
        for day, cards, continued in page:
            heading = self._day_heading_text(day, continued)
            heading_height = heading.height + 8
            canvas.fill_rect(x, top, self.day_width, heading_height, self.tint)
            canvas.fill_rect(x, top, 3, heading_height, self.colour)
            heading.draw(x + 8, top + 4)
            y = top + heading_height
            for card in cards:
                card.paint(x, y)
                y += card.height
            x += self.day_width + self.DAY_GAP

    def _card(self, row: ScheduleRow) -> Card:
        canvas = self.canvas
        width = self.day_width - 8
        light = row.logistics or row.cancelled
        ink = LIGHT_GREY if row.cancelled else GREY if row.logistics else INK
        small = self.small_font()
        stack: list[tuple[Paragraph, float]] = []  # paragraph, x offset
        time = canvas.paragraph(row.track_span, self.time_font(bold=not light), width, ink)
        stack.append((time, 0.0))
        if row.track_days:
            stack.append((canvas.paragraph(row.track_days, small, width, GREY), 0.0))
        if row.home_span:
            home_colour = ink if light else self.accent
            home_text = row.home_span + (f"  {row.home_days}" if row.home_days else "")
            home = canvas.paragraph(
                f"{home_text}  {self.sheet.schedule.columns.home_time}",
                self.time_font(bold=not light),
                width,
                home_colour,
            )
            stack.append((home, 0.0))
        name_font = canvas.font(self.NAME_SIZE, bold=not row.logistics)
        stack.append((canvas.paragraph(row.name, name_font, width, ink), 0.0))
        if row.status:
            stack.append(
                (
                    canvas.paragraph(
                        row.status.upper(), canvas.font(7.5, bold=True, spacing=0.5), width, ALERT
                    ),
                    0.0,
                )
            )
        if row.drivers:
            stack.append((canvas.paragraph(row.drivers, self.body_font(), width, ink), 0.0))
        details = " · ".join(
            part
            for part in (row.duration if row.track_end else "", row.notes)
            if part and part != "—"
        )
        if details:
            stack.append((canvas.paragraph(details, small, width, GREY), 0.0))
        if row.broadcast:
            stack.append((canvas.paragraph(breakable_url(row.broadcast), small, width, GREY), 0.0))
        pad = 5.0
        height = sum(paragraph.height + 1.5 for paragraph, _ in stack) + 2 * pad

        def paint(x: float, top: float) -> None:
            y = top + pad
            for paragraph, offset in stack:
                paragraph.draw(x + 6 + offset, y)
                y += paragraph.height + 1.5
            canvas.line(x, top + height, x + self.day_width, top + height, RULE, 0.5)
            if row.cancelled:
                strike_y = top + pad + canvas.strike_offset(self.time_font())
                canvas.line(x + 6, strike_y, x + 6 + time.width, strike_y, LIGHT_GREY, 0.8)

        return Card(height, paint)

    def _blank_card(self) -> Card:
        canvas = self.canvas
        height = 30.0

        def paint(x: float, top: float) -> None:
            canvas.line(x, top + height, x + self.day_width, top + height, RULE, 0.6)
            canvas.dot(x + 24, top + 12, 1.6, LIGHT_GREY)
            canvas.dot(x + 24, top + 18, 1.6, LIGHT_GREY)

        return Card(height, paint)


def paint_weekend(
    sheet: WeekendSheet, canvas: Canvas, frame: Frame, new_page: Callable[[], None]
) -> int:
    if frame.width > frame.height:
        return LandscapeLayout(sheet, canvas, frame).paint_pages(new_page)
    layout = PortraitLayout(sheet, canvas, frame)
    bottom = frame.bottom - layout.footer_height() - 6
    blocks = layout.blocks(compact=False)
    if frame.top + total_height(blocks) > bottom + 0.01:
        tight = layout.blocks(compact=True)
        blocks = tight if frame.top + total_height(tight) <= bottom + 0.01 else layout.blocks(False)
    pages = plan_pages(blocks, frame.top, bottom)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            new_page()
        for block, top, height in page.placed:
            if block.fill:
                layout.fill_bottom = top + height
            block.paint(top)
        layout.paint_footer(number, len(pages))
    return len(pages)
