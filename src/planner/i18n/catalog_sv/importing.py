"""Swedish for the messages of planner.importing (reading pasted timetables and calendars)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "{time} is not a time of day.": "{time} är inget klockslag.",
    "The year is not written here. Give the season's year, then read the text again.": (
        "Året står inte här. Ange säsongens år och läs in texten igen."
    ),
    "“{weekday}” alone does not say which date is meant. Write the date, or give the event's days.": (
        "”{weekday}” ensamt säger inte vilket datum som avses. Skriv datumet, eller ange tävlingens dagar."
    ),
    "The weekday does not match the date: {date} is a {weekday}, not a {written}.": (
        "Veckodagen stämmer inte med datumet: {date} är en {weekday}, inte en {written}."
    ),
    "This line is not a day heading, a session or a time-zone note.": (
        "Raden är varken en dagrubrik, ett pass eller en uppgift om tidszon."
    ),
    "There is no day heading above this line, so its date is unknown.": (
        "Det finns ingen dagrubrik ovanför raden, så dess datum är okänt."
    ),
    "The day heading above this line could not be read, so its date is unknown.": (
        "Dagrubriken ovanför raden gick inte att läsa, så dess datum är okänt."
    ),
    "This session ends at the time it starts.": "Passet slutar samma klockslag som det börjar.",
    (
        "The text says “{phrase}”, but on {day} {zone} is at {actual}; the times were read as "
        "{zone} clock time. Choose another zone if the text means otherwise."
    ): (
        "Texten säger ”{phrase}”, men den {day} ligger {zone} på {actual}; tiderna lästes som "
        "klocktid i {zone}. Välj en annan zon om texten menar något annat."
    ),
    (
        "This line names another time zone ({found}) than an earlier line ({first}); "
        "the earlier one is used."
    ): (
        "Raden anger en annan tidszon ({found}) än en tidigare rad ({first}); den tidigare används."
    ),
    (
        "This line holds {count} sessions but gives only the first start time and no "
        "durations; enter them by hand."
    ): (
        "Raden innehåller {count} pass men anger bara den första starttiden och inga längder; "
        "skriv in dem för hand."
    ),
    "This round ends before it starts.": "Omgången slutar innan den börjar.",
    "This line is not a date or date range followed by a place.": (
        "Raden är inte ett datum eller en datumperiod följd av en plats."
    ),
    "This round has dates but no place.": "Omgången har datum men ingen plats.",
    "A round of {days} days is unlikely; check the dates.": (
        "En omgång på {days} dagar är osannolik; kontrollera datumen."
    ),
    "There is a time on this line but no session name.": (
        "Raden har ett klockslag men inget namn på passet."
    ),
    "This line names {names} sessions but gives {count} durations.": (
        "Raden nämner {names} pass men anger {count} längder."
    ),
    # results lines and standings tables (result_lines.py, standings_table.py)
    "No “session: result” here (e.g. “Race 1: 3rd place”).": (
        "Inget ”pass: resultat” här (t.ex. ”Race 1: 3:e plats”)."
    ),
    "“{name}” does not name a session.": "”{name}” är inget pass.",
    "No position or status (DNS, DNF, DSQ, NC) after “{name}”.": (
        "Ingen placering eller status (DNS, DNF, DSQ, NC) efter ”{name}”."
    ),
    "Not a table row “position, driver, points” (e.g. “1. Name SWE 44p”).": (
        "Ingen tabellrad ”placering, förare, poäng” (t.ex. ”1. Namn SWE 44p”)."
    ),
}
