"""What every benchmark prints beside its figures: the machine, how fast it is, and a peer.

Absolute times do not travel between machines, so each benchmark measures a
peer in the same run and prints ratios:

* ``calibration()``: a plain 10-million-step Python loop (1.0 s on the
  reference machine of issue 19), so a reader can scale the absolute figures;
* ``machine()``: CPU, cores, memory, OS, versions and the load average (the
  benchmarks share their machine with other work; the load says how quiet it was);
* calcurse (a C calendar, Debian package ``calcurse``), which imports and
  exports the same .ics files: ``calcurse_import`` and ``calcurse_export``;
* ``write_foreign_calendar``: a published-style .ics of many racing series
  (VTIMEZONE blocks, TZID and UTC times, folded lines, foreign UIDs), the kind
  of file a family imports from a championship's website.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

CALIBRATION_STEPS = 10_000_000


def installed_env() -> dict[str, str]:
    """The environment for our processes, run as an installed app runs: with compiled
    ``.pyc`` files. A shell with PYTHONDONTWRITEBYTECODE set would have every changed
    module compiled again in every run (the first, uncounted run writes them)."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def calibration(runs: int = 3) -> float:
    """Median seconds of a plain 10-million-step Python loop."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        total = 0
        for step in range(CALIBRATION_STEPS):
            total += step
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def machine() -> dict[str, str]:
    """The machine and software the figures were taken on."""
    cpu = "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    facts = {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "load": " ".join(f"{value:.2f}" for value in os.getloadavg()),
    }
    try:
        import PySide6
        import sqlalchemy

        facts["pyside6"] = PySide6.__version__
        facts["sqlalchemy"] = sqlalchemy.__version__
    except ImportError:
        pass
    calcurse = shutil.which("calcurse")
    if calcurse:
        version = subprocess.run([calcurse, "--version"], capture_output=True, text=True)
        facts["calcurse"] = version.stdout.split("--")[0].strip()
    return facts


def describe(facts: dict[str, str], calibrated: float) -> str:
    versions = ", ".join(
        f"{name} {facts[key]}"
        for name, key in (
            ("Python", "python"),
            ("PySide6", "pyside6"),
            ("SQLAlchemy", "sqlalchemy"),
            ("", "calcurse"),
        )
        if key in facts
    )
    return (
        f"machine: {facts['cpu']}, {facts['cores']} cores, {facts['memory']}; {facts['os']}; "
        f"{versions.replace(',  ', ', ')}\n"
        f"load average (1/5/15 min) at the start: {facts['load']}\n"
        f"calibration: a plain {CALIBRATION_STEPS:,}-step Python loop takes "
        f"{calibrated:.2f} s here (1.0 s on issue 19's reference machine)"
    )


# --- calcurse ---------------------------------------------------------------------------


def calcurse_path() -> str:
    found = shutil.which("calcurse")
    if found is None:
        raise SystemExit(
            "calcurse is not installed (Debian package 'calcurse'; "
            "scripts/install-system-packages.sh installs it)"
        )
    return found


def calcurse_import(ics: Path) -> tuple[float, Path, int]:
    """Import ``ics`` into a fresh calcurse directory: (seconds, directory, appointments)."""
    folder = Path(tempfile.mkdtemp(prefix="calcurse-"))
    started = time.perf_counter()
    done = subprocess.run(
        [calcurse_path(), "-D", str(folder), "-i", str(ics)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - started
    if not (folder / "apts").exists():  # exit 1 also means "some items skipped"
        raise RuntimeError(f"calcurse -i failed: {done.stderr or done.stdout}")
    appointments = sum(1 for _ in (folder / "apts").open(encoding="utf-8", errors="replace"))
    return seconds, folder, appointments


def calcurse_export(folder: Path, out: Path) -> float:
    """calcurse's export of everything in ``folder`` as iCalendar into ``out``."""
    with out.open("wb") as sink:
        started = time.perf_counter()
        done = subprocess.run(
            [calcurse_path(), "-D", str(folder), "--export=ical"],
            stdout=sink,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"calcurse --export failed: {done.stderr!r}")
    return seconds


def timed_runs(runs: int, action: Callable[[int], float | None]) -> list[float]:
    """Runs ``action(run)``; it returns its own seconds or None to be timed here."""
    timings = []
    for run in range(runs):
        started = time.perf_counter()
        own = action(run)
        timings.append(own if own is not None else time.perf_counter() - started)
    return timings


# --- a foreign, published-style calendar ---------------------------------------------------

#: (series, time zone the publisher writes, circuits as the publisher names them)
FOREIGN_SERIES = (
    ("GT4 European Series", "Europe/Brussels", ("Circuit Zandvoort", "Circuit Zolder")),
    ("Porsche Carrera Cup Germany", "Europe/Berlin", ("Hockenheimring", "Norisring")),
    ("Scandinavian Touring Car Championship", "Europe/Stockholm", ("Mantorp Park",)),
    ("Formula 4 Italy", "Europe/Rome", ("Autodromo Nazionale Monza", "Mugello")),
    ("British Touring Car Championship", "Europe/London", ("Brands Hatch", "Thruxton Circuit")),
    ("Ligier European Series", "UTC", ("Circuit Paul Ricard", "Red Bull Ring")),
    ("ADAC GT Masters", "Europe/Berlin", ("Sachsenring", "DEKRA Lausitzring")),
    ("TCR Eastern Europe", "Europe/Prague", ("Autodrom Most", "Automotodrom Brno")),
    ("Clio Cup Europe", "Europe/Madrid", ("Circuit de Barcelona-Catalunya", "MotorLand Aragón")),
    ("Mini Challenge Sweden", "Europe/Stockholm", ("Anderstorp Raceway", "Ljungbyhed Park")),
)
_ZONES = {
    "Europe/Brussels",
    "Europe/Berlin",
    "Europe/Stockholm",
    "Europe/Rome",
    "Europe/London",
    "Europe/Prague",
    "Europe/Madrid",
}
_SESSIONS = ("Free Practice", "Qualifying", "Race", "Warm-up", "Test")


def _vtimezone(name: str) -> list[str]:
    offset_winter = "+0000" if name == "Europe/London" else "+0100"
    offset_summer = "+0100" if name == "Europe/London" else "+0200"
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{name}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{offset_winter}",
        f"TZOFFSETTO:{offset_summer}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{offset_summer}",
        f"TZOFFSETTO:{offset_winter}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _fold(line: str) -> list[str]:
    """RFC 5545 folding at 75 octets (the texts here are ASCII apart from a few names)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    parts: list[str] = []
    while data:
        size = 75 if not parts else 74
        cut = size
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(("" if not parts else " ") + data[:cut].decode("utf-8"))
        data = data[cut:]
    return parts


def write_foreign_calendar(path: Path, events: int = 20_000, year: int = 2025) -> int:
    """A championship website's published calendar of many series, ``events`` events.

    Each series runs rounds at its circuits every two weeks, 50 sessions a
    round over three days; times are written in the publisher's zone with
    TZID (and VTIMEZONE) or in UTC. Returns the number of events written.
    """
    from zoneinfo import ZoneInfo

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Motorsport Calendar Example//Published Calendar 3.1//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:Motorsport {year} – all series",
        "X-WR-TIMEZONE:Europe/Berlin",
    ]
    for name in sorted(_ZONES):
        lines += _vtimezone(name)
    stamp = "20250101T090000Z"
    written = 0
    per_round = 50
    round_number = 0
    while written < events:
        for series_index, (series, zone_name, circuits) in enumerate(FOREIGN_SERIES):
            if written >= events:
                break
            circuit = circuits[round_number % len(circuits)]
            first = datetime(year, 1, 3) + timedelta(days=7 * round_number + series_index % 3)
            for index in range(min(per_round, events - written)):
                day = first + timedelta(days=index % 3)
                start = day.replace(hour=8) + timedelta(minutes=20 * (index // 3) + series_index)
                end = start + timedelta(minutes=15 + (index * 7) % 45)
                kind = _SESSIONS[index % len(_SESSIONS)]
                uid = f"{year}-{series_index:02d}-{round_number:03d}-{index:02d}@calendar.example"
                if zone_name == "UTC":
                    utc = ZoneInfo("UTC")
                    when = [
                        f"DTSTART:{start.replace(tzinfo=utc):%Y%m%dT%H%M%SZ}",
                        f"DTEND:{end.replace(tzinfo=utc):%Y%m%dT%H%M%SZ}",
                    ]
                else:
                    when = [
                        f"DTSTART;TZID={zone_name}:{start:%Y%m%dT%H%M%S}",
                        f"DTEND;TZID={zone_name}:{end:%Y%m%dT%H%M%S}",
                    ]
                lines += [
                    "BEGIN:VEVENT",
                    f"UID:{uid}",
                    f"DTSTAMP:{stamp}",
                    *when,
                    f"SUMMARY:{series} – {kind} {index // len(_SESSIONS) + 1}",
                    *_fold(f"LOCATION:{circuit}"),
                    *_fold(
                        f"DESCRIPTION:Round {round_number + 1} of the {year} {series} season"
                        f" at {circuit}. Timetable subject to change\\; live timing and"
                        " streams on the series website."
                    ),
                    f"CATEGORIES:{series.upper()},{kind.upper()}",
                    "STATUS:CONFIRMED",
                    "TRANSP:OPAQUE",
                    "END:VEVENT",
                ]
                written += 1
        round_number += 1
    lines.append("END:VCALENDAR")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return written
