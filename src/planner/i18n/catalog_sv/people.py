"""Swedish for renaming and deleting drivers, teams and cars."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "Crew of {car} in {season}": "Besättning i {car} under {season}",
    "Drives {count} sessions": "Kör {count} pass",
    "Team of {car}": "Team för {car}",
    "Entered in {season}": "Anmäld till {season}",
    "A team called “{name}” already exists.": "Det finns redan ett team som heter ”{name}”.",
}
