"""The weekend sheet's layout: band, title, boxes, schedule by day, notes, footer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
)

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
from planner.printing.pages import Block, Frame, fit


class WeekendLayout:
    TIME_SIZE = 11.0
    NAME_SIZE = 10.5
    BODY_SIZE = 9.5

    def __init__(self, sheet: WeekendSheet, canvas: Canvas, frame: Frame) -> None:
        self.sheet = sheet
        self.canvas = canvas
        self.frame = frame
        self.colour = QColor(sheet.header.series_colour)
        self.accent = accent(self.colour)
        self.tint = mix(self.colour, WHITE, 0.9)
        self.notes_bottom = frame.bottom  # set per page before the notes are drawn
        self.space = 1.0  # below 1: tighter spacing for a crowded sheet

    # The footer is drawn on every page, below the flowing blocks.
    def footer_height(self, scale: float) -> float:
        return self.canvas.line_height(self.canvas.font(7.5 * scale)) + 8 * scale

    def paint_footer(self, scale: float, page: int, pages: int) -> None:
        canvas, frame = self.canvas, self.frame
        font = canvas.font(7.5 * scale)
        left = self.sheet.footer_left
        right = self.sheet.footer_right
        if pages > 1:
            right = f"{right} · {page}/{pages}"
        height = canvas.line_height(font)
        y = frame.bottom - height
        canvas.line(frame.left, y - 4 * scale, frame.left + frame.width, y - 4 * scale, RULE)
        right_width = canvas.text_width(right, font) + 1
        canvas.paragraph(right, font, right_width, GREY).draw(
            frame.left + frame.width - right_width, y
        )
        canvas.paragraph(left, font, frame.width - right_width - 12, GREY).draw(frame.left, y)

    def blocks(self, scale: float, compact: bool = False) -> list[Block]:
        self.space = 0.6 if compact else 1.0
        blocks = [self._band(scale), self._title(scale), self._info_row(scale)]
        blocks.extend(self._schedule(scale))
        blocks.append(self._notes(scale, min_lines=1 if compact else None))
        if compact:
            for block in blocks:
                block.gap_after *= self.space
        return blocks

    # -- header

    def _band(self, scale: float) -> Block:
        canvas, frame, header = self.canvas, self.frame, self.sheet.header
        on_band = text_on(self.colour)
        pad = 9 * scale
        name_font = canvas.font(12.5 * scale, bold=True)
        label_font = canvas.font(10 * scale, bold=True)
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

        return Block(height, paint, gap_after=12 * scale)

    def _title(self, scale: float) -> Block:
        canvas, frame, header = self.canvas, self.frame, self.sheet.header
        title = canvas.paragraph(header.title, canvas.font(24 * scale, bold=True), frame.width)
        date_font = canvas.font(11.5 * scale, bold=True)
        date_width = min(canvas.text_width(header.date_range, date_font) + 1, frame.width)
        dates = canvas.paragraph(header.date_range, date_font, date_width, self.accent)
        where = " · ".join(
            part
            for part in (header.circuit if header.circuit != header.title else "", header.place)
            if part
        )
        place_font = canvas.font(11.5 * scale)
        separator = 14 * scale
        inline = date_width + separator + canvas.text_width(where, place_font) <= frame.width
        place_x = date_width + separator if inline else 0.0
        place = canvas.paragraph(where, place_font, frame.width - place_x, GREY)
        status = None
        if header.status:
            status = canvas.paragraph(
                header.status.upper(),
                canvas.font(11 * scale, bold=True, spacing=1.0 * scale),
                frame.width,
                QColor("#b3261e"),
            )
        gap = 3 * scale
        second_line = max(dates.height, place.height) if inline else dates.height + place.height
        height = title.height + gap + second_line + (status.height + gap if status else 0)

        def paint(y: float) -> None:
            title.draw(frame.left, y)
            line_top = y + title.height + gap
            dates.draw(frame.left, line_top)
            if inline:
                canvas.dot(
                    frame.left + date_width + separator / 2 - 1.5 * scale,
                    line_top + dates.height / 2 - 1.5 * scale,
                    3 * scale,
                    RULE,
                )
                place.draw(frame.left + place_x, line_top)
            else:
                place.draw(frame.left, line_top + dates.height)
            if status is not None:
                status.draw(frame.left, line_top + second_line + gap)

        return Block(height, paint, gap_after=14 * scale)

    # -- the row of boxes: circuit, car and crew, links

    def _section_title(self, text: str, width: float, scale: float) -> tuple[Paragraph, float]:
        font = self.canvas.font(7.5 * scale, bold=True, spacing=0.9 * scale)
        paragraph = self.canvas.paragraph(text.upper(), font, width, self.accent)
        return paragraph, paragraph.height + 5 * scale

    def _paint_section_title(
        self, paragraph: Paragraph, x: float, y: float, width: float, scale: float
    ) -> None:
        paragraph.draw(x, y)
        rule_y = y + paragraph.height + 1.5 * scale
        self.canvas.line(x, rule_y, x + width, rule_y, self.colour, 1.1 * scale)

    def _fact_column(
        self, title: str, rows: Sequence[tuple[str, str]], width: float, scale: float
    ) -> tuple[float, Callable[[float, float], None]]:
        canvas = self.canvas
        heading, heading_height = self._section_title(title, width, scale)
        label_font = canvas.font(8 * scale)
        value_font = canvas.font(9.5 * scale, bold=False)
        label_width = min(
            max((canvas.text_width(label, label_font) for label, _ in rows), default=0) + 8 * scale,
            width * 0.45,
        )
        laid: list[tuple[Paragraph, Paragraph, float]] = []
        y = heading_height + 2 * scale
        row_gap = 3.2 * scale
        for label, value in rows:
            label_paragraph = canvas.paragraph(label, label_font, label_width - 4 * scale, GREY)
            value_paragraph = canvas.paragraph(value, value_font, width - label_width)
            laid.append((label_paragraph, value_paragraph, y))
            y += max(label_paragraph.height, value_paragraph.height) + row_gap
        height = y - row_gap

        def paint(x: float, top: float) -> None:
            self._paint_section_title(heading, x, top, width, scale)
            for label_paragraph, value_paragraph, row_top in laid:
                nudge = canvas.baseline_shift(value_font, label_font)
                label_paragraph.draw(x, top + row_top + nudge)
                value_paragraph.draw(x + label_width, top + row_top)

        return height, paint

    def _crew_column(
        self, width: float, scale: float
    ) -> tuple[float, Callable[[float, float], None]] | None:
        crew = self.sheet.crew
        if crew is None:
            return None
        canvas = self.canvas
        heading, heading_height = self._section_title(crew.title, width, scale)
        car_font = canvas.font(10.5 * scale, bold=True)
        label_font = canvas.font(8 * scale)
        value_font = canvas.font(9.5 * scale)
        labels = [fact.label for car in crew.cars for fact in car.facts] + [crew.drivers_label]
        label_width = min(
            max(canvas.text_width(label, label_font) for label in labels) + 8 * scale,
            width * 0.4,
        )
        nudge = canvas.baseline_shift(value_font, label_font)
        parts: list[tuple[Paragraph, float, float]] = []  # paragraph, x offset, top
        y = heading_height + 2 * scale
        row_gap = 3.2 * scale
        for car in crew.cars:
            title = canvas.paragraph(car.title, car_font, width)
            parts.append((title, 0.0, y))
            y += title.height + 3 * scale
            rows = [(fact.label, fact.value) for fact in car.facts]
            if car.drivers:
                rows.append((crew.drivers_label, "\n".join(car.drivers)))
            for label, value in rows:
                label_paragraph = canvas.paragraph(label, label_font, label_width - 4 * scale, GREY)
                value_paragraph = canvas.paragraph(value, value_font, width - label_width)
                parts.append((label_paragraph, 0.0, y + nudge))
                parts.append((value_paragraph, label_width, y))
                y += max(label_paragraph.height + nudge, value_paragraph.height) + row_gap
            y += 6 * scale
        height = y - 6 * scale - row_gap

        def paint(x: float, top: float) -> None:
            self._paint_section_title(heading, x, top, width, scale)
            for paragraph, offset, part_top in parts:
                paragraph.draw(x + offset, top + part_top)

        return height, paint

    def _links_column(
        self, links: Sequence[Link], width: float, scale: float
    ) -> tuple[float, Callable[[float, float], None]]:
        canvas = self.canvas
        heading, heading_height = self._section_title(self.sheet.links_title, width, scale)
        qr_size = (58 if len(links) == 1 else 48 if len(links) == 2 else 40) * scale
        gap = 9 * scale
        quiet = 7 * scale  # the white border a phone needs around a QR code
        text_width = width - qr_size - gap
        label_font = canvas.font(9.5 * scale, bold=True)
        url_font = canvas.font(7.5 * scale, condensed=True)
        hint_font = canvas.font(7.5 * scale)
        # per link: where the code goes, and paragraphs with their offsets from the row
        rows: list[tuple[Link, float, list[tuple[Paragraph, QPointF]]]] = []
        y = heading_height + 5 * scale
        for link in links:
            beside: list[tuple[Paragraph, QPointF]] = []
            right = 0.0
            label = canvas.paragraph(link.label, label_font, text_width)
            beside.append((label, QPointF(qr_size + gap, right)))
            right += label.height + 1.5 * scale
            if self.sheet.links_hint and len(links) == 1:
                hint = canvas.paragraph(self.sheet.links_hint, hint_font, text_width, GREY)
                beside.append((hint, QPointF(qr_size + gap, right)))
                right += hint.height + 3 * scale
            url_text = breakable_url(link.text)
            below = 0.0
            if canvas.text_width(link.text, url_font) <= text_width:
                url = canvas.paragraph(url_text, url_font, text_width, GREY)
                beside.append((url, QPointF(qr_size + gap, right)))
                right += url.height
            else:  # a long address goes under the code, across the column
                url = canvas.paragraph(url_text, url_font, width, GREY)
                beside.append((url, QPointF(0, max(qr_size + quiet, right + 2 * scale))))
                below = max(qr_size + quiet, right + 2 * scale) + url.height
            rows.append((link, y, beside))
            y += max(qr_size, right, below) + 8 * scale
        height = y - 8 * scale

        def paint(x: float, top: float) -> None:
            self._paint_section_title(heading, x, top, width, scale)
            for link, row_top, beside in rows:
                canvas.qr_code(link.url, x, top + row_top, qr_size)
                for paragraph, at in beside:
                    paragraph.draw(x + at.x(), top + row_top + at.y())

        return height, paint

    def _info_row(self, scale: float) -> Block:
        frame, sheet = self.frame, self.sheet
        gutter = 18 * scale
        has_crew = sheet.crew is not None
        has_links = bool(sheet.links)
        if has_crew and has_links:
            shares = [0.33, 0.34, 0.33]
        elif has_crew or has_links:
            shares = [0.5, 0.5]
        else:
            shares = [0.6]
        usable = frame.width - gutter * (len(shares) - 1)
        widths = [usable * share for share in shares]
        columns: list[tuple[float, Callable[[float, float], None]]] = []
        columns.append(
            self._fact_column(
                sheet.track.title,
                [(fact.label, fact.value) for fact in sheet.track.facts],
                widths[0],
                scale,
            )
        )
        index = 1
        crew_column = self._crew_column(widths[index] if has_crew else 0, scale)
        if crew_column is not None:
            columns.append(crew_column)
            index += 1
        if has_links:
            columns.append(self._links_column(sheet.links, widths[index], scale))
        height = max(column[0] for column in columns)

        def paint(y: float) -> None:
            x = frame.left
            for (_, column_paint), width in zip(columns, widths, strict=False):
                column_paint(x, y)
                x += width + gutter

        return Block(height, paint, gap_after=18 * scale)

    # -- the schedule

    def _column_widths(self, scale: float) -> list[tuple[str, float]]:
        """(key, width) of the schedule's columns; text columns share what is left."""
        canvas, schedule = self.canvas, self.sheet.schedule
        labels = schedule.columns
        time_font = canvas.font(self.TIME_SIZE * scale, bold=True)
        small = canvas.font(7 * scale)
        label_font = self._column_label_font(scale)
        pad = 9 * scale
        track = (
            max(
                canvas.text_width("00:00", time_font),
                canvas.text_width(labels.track_zone, small),
                self._longest_word(labels.track_time.upper(), label_font),
            )
            + pad
        )
        fixed: list[tuple[str, float]] = [("track", track)]
        if schedule.show_home:
            home_texts = [row.home_time for row in schedule.rows] + ["00:00"]
            home_font = canvas.font(self.TIME_SIZE * scale)
            home = max(canvas.text_width(text, home_font) for text in home_texts)
            home = max(
                home,
                canvas.text_width(labels.home_zone, small),
                self._longest_word(labels.home_time.upper(), label_font),
                min(
                    canvas.text_width(labels.home_time.upper(), label_font),
                    self.frame.width * 0.11,
                ),
            )
            home = min(home, self.frame.width * 0.16) + pad
            fixed.append(("home", home))
        duration = (
            max(
                [
                    canvas.text_width(row.duration, canvas.font(self.BODY_SIZE * scale))
                    for row in schedule.rows
                ]
                + [canvas.text_width(labels.duration.upper(), label_font)]
            )
            + pad
        )
        rest = self.frame.width - sum(width for _, width in fixed) - duration
        inner = 8 * scale
        name_font = canvas.font(self.NAME_SIZE * scale, bold=True)
        body_font = canvas.font(self.BODY_SIZE * scale)
        small_font = canvas.font(8 * scale)
        rows = schedule.rows
        natural = {
            "session": max(
                [canvas.text_width(row.name, name_font) for row in rows]
                + [canvas.text_width(row.notes, small_font) for row in rows]
                + [canvas.text_width(labels.session.upper(), label_font)]
            ),
            "drivers": max(canvas.text_width(row.drivers, body_font) for row in rows),
            "broadcast": max(canvas.text_width(row.broadcast, small_font) for row in rows),
        }
        heading_words = {"drivers": labels.drivers, "broadcast": labels.broadcast}
        for key, label in heading_words.items():
            if natural[key] > 0:  # a column that is shown keeps its heading's words whole
                natural[key] = max(natural[key], self._longest_word(label.upper(), label_font))
        wanted = {key: width + inner + 1 for key, width in natural.items() if width > 0}
        wanted.setdefault("session", rest * 0.5)
        widths = self._share(wanted, rest)
        columns = [*fixed, ("session", widths["session"]), ("duration", duration)]
        columns.extend((key, widths[key]) for key in ("drivers", "broadcast") if key in widths)
        return columns

    @staticmethod
    def _share(wanted: dict[str, float], room: float) -> dict[str, float]:
        """Column widths from natural widths: all of them when they fit (the session
        column takes what is left), else a fair floor each and the rest by need."""
        total = sum(wanted.values())
        if total <= room:
            # room to spare: most to the session names, some to the others
            spare = room - total
            portions = {"session": 0.6, "drivers": 0.22, "broadcast": 0.18}
            shown = sum(portions[key] for key in wanted)
            return {key: width + spare * portions[key] / shown for key, width in wanted.items()}
        floor = {key: min(width, room * 0.26) for key, width in wanted.items()}
        excess = {key: wanted[key] - floor[key] for key in wanted}
        spare = room - sum(floor.values())
        excess_total = sum(excess.values()) or 1.0
        return {key: floor[key] + spare * excess[key] / excess_total for key in wanted}

    def _schedule(self, scale: float) -> list[Block]:
        canvas, frame, schedule = self.canvas, self.frame, self.sheet.schedule
        heading, heading_height = self._section_title(schedule.title, frame.width, scale)
        note_font = canvas.font(7.5 * scale)
        note_width = min(canvas.text_width(schedule.note, note_font) + 1, frame.width * 0.6)
        note = canvas.paragraph(
            schedule.note, note_font, note_width, GREY, align=Qt.AlignmentFlag.AlignRight
        )
        title_height = max(heading_height, note.height + 5 * scale)

        def paint_title(y: float) -> None:
            self._paint_section_title(heading, frame.left, y, frame.width, scale)
            note.draw(frame.left + frame.width - note_width, y)

        blocks = [Block(title_height, paint_title, keep_with_next=True, gap_after=3 * scale)]
        if not schedule.days:
            empty = canvas.paragraph(
                schedule.empty_text, canvas.font(9.5 * scale), frame.width, GREY
            )
            blocks.append(Block(empty.height, lambda y: empty.draw(frame.left, y), gap_after=14))
            return blocks
        columns = self._column_widths(scale)
        header = self._schedule_header(columns, scale)
        blocks.append(header)
        for day in schedule.days:
            blocks.append(self._day_heading(day, scale))
            blocks.extend(self._session_row(row, columns, scale) for row in day.rows)
        blocks[-1].gap_after = 16 * scale
        for block in blocks[2:]:
            block.on_new_page = header
        return blocks

    def _longest_word(self, text: str, font: QFont) -> float:
        return longest_word(self.canvas, text, font)

    def _column_label_font(self, scale: float) -> QFont:
        return self.canvas.font(7 * scale, bold=True, spacing=0.6 * scale)

    def _schedule_header(self, columns: Sequence[tuple[str, float]], scale: float) -> Block:
        canvas, labels = self.canvas, self.sheet.schedule.columns
        font = self._column_label_font(scale)
        zone_font = canvas.font(7 * scale)
        texts = {
            "track": labels.track_time,
            "home": labels.home_time,
            "session": labels.session,
            "duration": labels.duration,
            "drivers": labels.drivers,
            "broadcast": labels.broadcast,
        }
        zones = {"track": labels.track_zone, "home": labels.home_zone}
        cells: list[tuple[float, Paragraph, Paragraph | None]] = []
        x = 0.0
        height = 0.0
        for key, width in columns:
            label = canvas.paragraph(texts[key].upper(), font, width - 4 * scale, GREY)
            zone = None
            if zones.get(key):
                zone = canvas.paragraph(zones[key], zone_font, width - 4 * scale, GREY)
            cells.append((x, label, zone))
            height = max(height, label.height + (zone.height if zone else 0))
            x += width
        height += 4 * scale

        def paint(y: float) -> None:
            left = self.frame.left
            for cell_x, label, zone in cells:
                label.draw(left + cell_x, y)
                if zone is not None:
                    zone.draw(left + cell_x, y + label.height)

        return Block(height, paint, keep_with_next=True)

    def _day_heading(self, day: ScheduleDay, scale: float) -> Block:
        canvas, frame = self.canvas, self.frame
        font = canvas.font(10.5 * scale, bold=True)
        pad = 4 * scale
        text = canvas.paragraph(day.heading, font, frame.width - 14 * scale, INK)
        height = text.height + 2 * pad

        def paint(y: float) -> None:
            canvas.fill_rect(frame.left, y, frame.width, height, self.tint)
            canvas.fill_rect(frame.left, y, 3 * scale, height, self.colour)
            text.draw(frame.left + 9 * scale, y + pad)

        return Block(height, paint, keep_with_next=True)

    def _session_row(
        self, row: ScheduleRow, columns: Sequence[tuple[str, float]], scale: float
    ) -> Block:
        canvas = self.canvas
        pad = 5.5 * scale * scale * self.space  # spacing gives way before type does
        inner = 8 * scale
        muted = LIGHT_GREY if row.cancelled else None
        fonts = {
            "track": canvas.font(self.TIME_SIZE * scale, bold=True),
            "home": canvas.font(self.TIME_SIZE * scale),
            "name": canvas.font(self.NAME_SIZE * scale, bold=True),
            "small": canvas.font(8 * scale),
            "body": canvas.font(self.BODY_SIZE * scale),
        }
        cells: list[tuple[float, float, Paragraph]] = []  # x, y offset, paragraph
        x = 0.0
        height = 0.0
        for key, width in columns:
            stack: list[Paragraph] = []
            if key == "track":
                stack.append(canvas.paragraph(row.track_time, fonts["track"], width, muted or INK))
            elif key == "home":
                stack.append(canvas.paragraph(row.home_time, fonts["home"], width, muted or GREY))
            elif key == "session":
                stack.append(canvas.paragraph(row.name, fonts["name"], width - inner, muted or INK))
                if row.status:
                    stack.append(
                        canvas.paragraph(
                            row.status.upper(),
                            canvas.font(7 * scale, bold=True, spacing=0.5 * scale),
                            width - inner,
                            QColor("#b3261e"),
                        )
                    )
                if row.notes:
                    stack.append(
                        canvas.paragraph(row.notes, fonts["small"], width - inner, muted or GREY)
                    )
            elif key == "duration":
                stack.append(canvas.paragraph(row.duration, fonts["body"], width, muted or INK))
            elif key == "drivers":
                stack.append(
                    canvas.paragraph(row.drivers, fonts["body"], width - inner, muted or INK)
                )
            elif key == "broadcast":
                stack.append(
                    canvas.paragraph(row.broadcast, fonts["small"], width - inner, muted or GREY)
                )
            y = 0.0
            for paragraph in stack:
                # smaller type set on the same first baseline as the bold time
                offset = 0.0
                if y == 0.0 and key in ("duration", "drivers", "broadcast", "home", "session"):
                    offset = canvas.baseline_shift(fonts["track"], paragraph.layout.font())
                cells.append((x, y + offset, paragraph))
                y += paragraph.height + offset + (1.5 * scale if paragraph is not stack[-1] else 0)
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
                times_width = columns[0][1] + (columns[1][1] if columns[1][0] == "home" else 0)
                strike_y = top + pad + canvas.strike_offset(fonts["track"])
                canvas.line(left, strike_y, left + times_width - 8 * scale, strike_y, LIGHT_GREY)

        return Block(height, paint)

    # -- notes

    def _notes(self, scale: float, *, min_lines: int | None = None) -> Block:
        canvas, frame, notes = self.canvas, self.frame, self.sheet.notes
        heading, heading_height = self._section_title(notes.title, frame.width, scale)
        text = canvas.paragraph(notes.text, canvas.font(9.5 * scale), frame.width)
        line_gap = 22 * scale
        text_height = text.height + (6 * scale if notes.text else 0)
        lines = notes.min_lines if min_lines is None else min_lines
        minimum = heading_height + 4 * scale + text_height + lines * line_gap

        def paint(y: float) -> None:
            self._paint_section_title(heading, frame.left, y, frame.width, scale)
            top = y + heading_height + 4 * scale
            text.draw(frame.left, top)
            line_y = top + text_height + line_gap
            bottom = self.notes_bottom
            while line_y <= bottom + 0.01:
                canvas.line(frame.left, line_y, frame.left + frame.width, line_y, RULE, 0.6)
                line_y += line_gap

        return Block(minimum, paint, fill=True)


def paint_weekend(
    sheet: WeekendSheet, canvas: Canvas, frame: Frame, new_page: Callable[[], None]
) -> int:
    layout = WeekendLayout(sheet, canvas, frame)
    footer = layout.footer_height(1.0) + 6
    bottom = frame.bottom - footer
    pages, scale = fit(layout.blocks, frame.top, bottom)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            new_page()
        for block, top, height in page.placed:
            if block.fill:
                layout.notes_bottom = top + height
            block.paint(top)
        layout.paint_footer(scale, number, len(pages))
    return len(pages)
