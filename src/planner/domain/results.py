"""What happened after the green flag: result statuses, positions in words, lap times.

Plain Python shared by the services, the importers, the press kit and the
sheets. Ordinals follow each language's rule: English 1st 2nd 3rd 4th 11th
12th 13th 21st; Swedish 1:a 2:a 3:e 4:e 11:e 12:e 21:a 22:a.
"""

from __future__ import annotations

import re
from enum import StrEnum

from planner.domain.errors import ValidationError
from planner.i18n import Language, tr


class ResultStatus(StrEnum):
    CLASSIFIED = "classified"
    DNF = "dnf"  # did not finish
    DNS = "dns"  # did not start
    DSQ = "dsq"  # disqualified
    NC = "nc"  # not classified


STATUS_ABBREVIATIONS: dict[ResultStatus, str] = {
    ResultStatus.CLASSIFIED: "",
    ResultStatus.DNF: "DNF",
    ResultStatus.DNS: "DNS",
    ResultStatus.DSQ: "DSQ",
    ResultStatus.NC: "NC",
}


def result_status(text: str) -> ResultStatus:
    """A status as users type it ("dns", "DNF", "classified", "nc"); a clear error otherwise."""
    cleaned = text.strip().casefold()
    for status in ResultStatus:
        if cleaned in (status.value, STATUS_ABBREVIATIONS[status].casefold()):
            return status
    raise ValidationError(
        tr("Unknown result status “{text}”: choose classified, dnf, dns, dsq or nc.").format(
            text=text
        )
    )


def ordinal(number: int, language: Language) -> str:
    """1 -> "1st" / "1:a", 3 -> "3rd" / "3:e", 11 -> "11th" / "11:e", 21 -> "21st" / "21:a"."""
    if language == "sv":
        ends_in_one_or_two = number % 10 in (1, 2) and number % 100 not in (11, 12)
        return f"{number}:{'a' if ends_in_one_or_two else 'e'}"
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


_LAP_TIME = re.compile(r"(?:(?P<minutes>\d{1,3}):)?(?P<seconds>\d{1,2})[.,](?P<fraction>\d{1,3})")


def parse_lap_time(text: str) -> int:
    """A lap time ("1:47.095", "47.095", "1:47,095") in milliseconds; a clear error otherwise."""
    match = _LAP_TIME.fullmatch(text.strip())
    if match is None or (int(match.group("seconds")) >= 60 and match.group("minutes")):
        raise ValidationError(
            tr("“{text}” is not a lap time; write it as M:SS.mmm, e.g. 1:47.095.").format(text=text)
        )
    minutes = int(match.group("minutes") or 0)
    millis = int(match.group("fraction").ljust(3, "0"))
    total = (minutes * 60 + int(match.group("seconds"))) * 1000 + millis
    if total <= 0:
        raise ValidationError(
            tr("“{text}” is not a lap time; write it as M:SS.mmm, e.g. 1:47.095.").format(text=text)
        )
    return total


def format_points(points: float) -> str:
    """25.0 -> "25", 12.5 -> "12.5": points as standings print them."""
    return str(int(points)) if float(points).is_integer() else f"{points:g}"
