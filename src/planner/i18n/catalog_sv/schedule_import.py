"""Swedish for importing pasted schedules and calendars (services.schedule_import, planner import)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # services/schedule_import.py
    "This session has no start time.": "Passet saknar starttid.",
    "This round already has a session called “{name}”; give this one another name.": (
        "Omgången har redan ett pass som heter ”{name}”; ge det här ett annat namn."
    ),
    "“{name}” is no longer a session of this round; preview the text again.": (
        "”{name}” är inte längre ett pass i den här omgången; läs in texten igen."
    ),
    "No circuit of the library matches “{place}”: pick a circuit.": (
        "Ingen bana i banbiblioteket motsvarar ”{place}”: välj en bana."
    ),
    "Another row above is also round {number}.": "En rad ovanför är också omgång {number}.",
    "Round {number} is not a round of this season; preview the text again.": (
        "Omgång {number} hör inte till den här säsongen; läs in texten igen."
    ),
    "Line {line} (“{name}”) cannot be imported: {problem}": (
        "Rad {line} (”{name}”) kan inte importeras: {problem}"
    ),
    "Line {line} (“{place}”) cannot be imported: {problem}": (
        "Rad {line} (”{place}”) kan inte importeras: {problem}"
    ),
    "Another row above is also called “{name}”; rename one of them.": (
        "En rad ovanför heter också ”{name}”; byt namn på en av dem."
    ),
    # cli/cmd_import_text.py
    "the track's time": "banans tid",
    "standard input": "standard in",
    "Nothing in the text could be read; the lines above say why.": (
        "Inget i texten gick att läsa; raderna ovan säger varför."
    ),
    "as chosen": "som valt",
    "add": "lägg till",
    "update": "uppdatera",
    "unchanged": "oförändrad",
    "name": "namn",
    "kind": "typ",
    "time": "tid",
    "length": "längd",
    "broadcast": "sändning",
    "notes": "anteckningar",
    "dates": "datum",
    "problem": "problem",
    "Line": "Rad",
    "Day": "Dag",
    "Kind": "Typ",
    "Action": "Åtgärd",
    "Place": "Plats",
    "(no match: pick a circuit)": "(ingen träff: välj en bana)",
    "Dry run: nothing was changed.": "Provkörning: inget ändrades.",
    "The file is neither UTF-8 nor Windows-1252 text; save it as UTF-8.": (
        "Filen är varken UTF-8- eller Windows-1252-text; spara den som UTF-8."
    ),
    "{file} is not UTF-8; it was read as Windows-1252.": (
        "{file} är inte UTF-8; den lästes som Windows-1252."
    ),
    "the text says “{phrase}”": "texten säger ”{phrase}”",
    "update: {changes}": "uppdatera: {changes}",
    "Times written in {zone} ({why}).": "Tiderna är skrivna i {zone} ({why}).",
    "At the track ({zone})": "På banan ({zone})",
    "As written ({zone})": "Som skrivet ({zone})",
    "Imported: {added} added, {updated} updated, {unchanged} unchanged.": (
        "Importerat: {added} tillagda, {updated} uppdaterade, {unchanged} oförändrade."
    ),
    "Imported: {created} rounds created, {updated} updated, {unchanged} unchanged.": (
        "Importerat: {created} omgångar skapade, {updated} uppdaterade, {unchanged} oförändrade."
    ),
    "line {line}: not read: “{text}” — {reason}": "rad {line}: inte läst: ”{text}” — {reason}",
    "line {line}: skipped: “{text}” — {reason}": "rad {line}: hoppades över: ”{text}” — {reason}",
    "left out: {reason}": "utelämnad: {reason}",
    "left out": "utelämnad",
    "warning: {warning}": "varning: {warning}",
    (
        "Dry run: nothing was changed ({added} to add, {updated} to update, "
        "{unchanged} unchanged, {problems} with a problem)."
    ): (
        "Provkörning: inget ändrades ({added} att lägga till, {updated} att uppdatera, "
        "{unchanged} oförändrade, {problems} med problem)."
    ),
    "The file cannot be read: {reason}": "Filen kan inte läsas: {reason}",
    "line {line}: {problem}": "rad {line}: {problem}",
}
