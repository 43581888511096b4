"""A line-by-line check of an .ics file before icalendar parses it.

icalendar reports problems without line numbers (and keeps going on many of
them), so this pass finds what makes a file unreadable and names the line:
not iCalendar at all, a vCard, text that is not UTF-8, a line that is not
``NAME;PARAMS:value``, unbalanced BEGIN/END (a truncated download), a date
that does not parse, an event without DTSTART. It also remembers where each
top-level VEVENT and its properties are, so later errors can name the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from planner.domain.errors import ImportFormatError
from planner.i18n import tr

_PARAM_VALUE = r'(?:"[^"]*"|[^";:,]*)'
_CONTENT_LINE = re.compile(
    rf"([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+={_PARAM_VALUE}(?:,{_PARAM_VALUE})*)*):(.*)",
    re.DOTALL,
)
_DATE_VALUE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?")
_DATE_PROPERTIES = frozenset(
    {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "DTSTAMP", "LAST-MODIFIED", "CREATED"}
)
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


@dataclass
class ScannedEvent:
    """Where one top-level VEVENT is, and what names it in a message."""

    begin_line: int
    uid: str = ""
    summary: str = ""
    property_lines: dict[str, int] = field(default_factory=dict)
    bad_date: tuple[int, str, str] | None = None  # line, property, value

    def label(self) -> str:
        """“Race 1” (UID x@y), for messages."""
        if self.summary and self.uid:
            return tr("“{summary}” (UID {uid})").format(summary=self.summary, uid=self.uid)
        if self.summary:
            return tr("“{summary}”").format(summary=self.summary)
        if self.uid:
            return tr("with UID {uid}").format(uid=self.uid)
        return tr("without UID or summary")


@dataclass
class ScanResult:
    text: str  # the decoded file, for the parser
    events: list[ScannedEvent]  # top-level VEVENTs in file order
    vtimezone_ids: set[str]


def line_error(source_name: str, line: int, message: str) -> ImportFormatError:
    return ImportFormatError(
        message, where=tr("{file}, line {line}").format(file=source_name, line=line)
    )


_SPLIT_BY_FOLD = re.compile(rb"(\r\n|\n|\r)([ \t])([\x80-\xbf])")


def repaired_folds(data: bytes) -> bytes:
    """The file with every UTF-8 character that a fold split made whole again.

    RFC 5545 (3.1) lets a writer fold a line inside a multi-octet character and
    asks readers to unfold before decoding. Each continuation byte found after a
    fold is moved back before the line break, until none is left: the unfolded
    text is the same and every line keeps its number.
    """
    while True:
        data, moved = _SPLIT_BY_FOLD.subn(rb"\3\1\2", data)
        if not moved:
            return data


def _decode(data: bytes, source_name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        try:
            return repaired_folds(data).decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        line = data.count(b"\n", 0, error.start) + 1
        raise line_error(source_name, line, tr("This line is not UTF-8 text.")) from None


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded content lines with the number of the physical line each starts on."""
    unfolded: list[tuple[int, str]] = []
    for number, physical in enumerate(_LINE_BREAK.split(text), start=1):
        if physical[:1] in (" ", "\t") and unfolded:
            start, previous = unfolded[-1]
            unfolded[-1] = (start, previous + physical[1:])
        elif physical.strip():
            unfolded.append((number, physical))
    return unfolded


def _check_date_value(value: str) -> bool:
    match = _DATE_VALUE.fullmatch(value.strip())
    if match is None:
        return False
    year, month, day, hour, minute, second, _zulu = match.groups()
    try:
        if hour is None:
            date(int(year), int(month), int(day))
        else:
            datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError:
        return False
    return True


def _unescape(value: str) -> str:
    return (
        value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
    ).replace("\\\\", "\\")


def _check_start(lines: list[tuple[int, str]], source_name: str) -> None:
    if not lines:
        raise line_error(source_name, 1, tr("The file is empty."))
    number, first = lines[0]
    if first.strip().upper() == "BEGIN:VCARD":
        raise line_error(
            source_name, number, tr("This is a contact card (vCard), not a calendar file.")
        )
    if first.strip().upper() != "BEGIN:VCALENDAR":
        raise line_error(
            source_name,
            number,
            tr("This is not a calendar file (iCalendar): it should begin with BEGIN:VCALENDAR."),
        )


def scan(data: bytes, source_name: str) -> ScanResult:
    """Check the structure of an .ics file; raise ImportFormatError naming the line."""
    text = _decode(data, source_name)
    lines = logical_lines(text)
    _check_start(lines, source_name)
    stack: list[tuple[str, int]] = []
    events: list[ScannedEvent] = []
    vtimezone_ids: set[str] = set()
    current: ScannedEvent | None = None
    for number, line in lines:
        match = _CONTENT_LINE.fullmatch(line)
        if match is None:
            raise line_error(
                source_name,
                number,
                tr("This line is not an iCalendar line (NAME:value): “{text}”.").format(
                    text=line[:60]
                ),
            )
        name, value = match.group(1).upper(), match.group(3)
        if name == "BEGIN":
            component = value.strip().upper()
            if not stack and component != "VCALENDAR":
                raise line_error(
                    source_name,
                    number,
                    tr("BEGIN:{name} outside of BEGIN:VCALENDAR … END:VCALENDAR.").format(
                        name=component
                    ),
                )
            stack.append((component, number))
            if component == "VEVENT" and len(stack) == 2:
                current = ScannedEvent(begin_line=number)
            continue
        if name == "END":
            component = value.strip().upper()
            if not stack or stack[-1][0] != component:
                expected = (
                    tr("END:{name} does not close BEGIN:{open} from line {line}.").format(
                        name=component, open=stack[-1][0], line=stack[-1][1]
                    )
                    if stack
                    else tr("END:{name} without a BEGIN:{name}.").format(name=component)
                )
                raise line_error(source_name, number, expected)
            stack.pop()
            if component == "VEVENT" and current is not None and len(stack) == 1:
                if current.bad_date is not None:
                    bad_line, bad_name, bad_value = current.bad_date
                    raise line_error(
                        source_name,
                        bad_line,
                        tr(
                            "{name} “{value}” in the event {event} is not a date or a date and "
                            "time (YYYYMMDD or YYYYMMDDTHHMMSS)."
                        ).format(name=bad_name, value=bad_value, event=current.label()),
                    )
                if "DTSTART" not in current.property_lines:
                    raise line_error(
                        source_name,
                        current.begin_line,
                        tr("The event {event} has no start time (DTSTART).").format(
                            event=current.label()
                        ),
                    )
                events.append(current)
                current = None
            continue
        if not stack:
            raise line_error(
                source_name,
                number,
                tr("This line is outside of BEGIN:VCALENDAR … END:VCALENDAR."),
            )
        if stack[-1][0] == "VTIMEZONE" and name == "TZID":
            vtimezone_ids.add(_unescape(value.strip()))
        if current is None or len(stack) != 2:
            continue
        current.property_lines.setdefault(name, number)
        if name == "UID":
            current.uid = _unescape(value.strip())
        elif name == "SUMMARY":
            current.summary = _unescape(value.strip())
        if (
            name in _DATE_PROPERTIES
            and current.bad_date is None
            and not all(_check_date_value(part) for part in value.split(","))
        ):
            current.bad_date = (number, name, value[:40])
    if stack:
        component, begin = stack[-1]
        raise line_error(
            source_name,
            lines[-1][0],
            tr(
                "The file ends before END:{name} (BEGIN:{name} is on line {begin}): "
                "it may be cut off."
            ).format(name=component, begin=begin),
        )
    return ScanResult(text=text, events=events, vtimezone_ids=vtimezone_ids)
