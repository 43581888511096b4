"""Swedish for edits of rounds, drivers, teams and cars that meet someone else's."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "{what} was changed by someone else meanwhile: it is at revision {now}, your "
    "edit was made from revision {seen}. Nothing was saved; look at it again and "
    "repeat your change.": "{what} ändrades av någon annan under tiden: nu gäller version "
    "{now}, din ändring gjordes från version {seen}. Inget sparades; titta igen och gör om "
    "din ändring.",
    "Round {number} “{name}”": "Omgång {number} ”{name}”",
    "The driver “{name}”": "Föraren ”{name}”",
    "The team “{name}”": "Teamet ”{name}”",
    "The car “{name}”": "Bilen ”{name}”",
}
