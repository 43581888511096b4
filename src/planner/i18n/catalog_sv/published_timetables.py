"""Swedish for the messages of reading published timetables: size limits, PDFs, set-aside
and tentative rows, prose and zones (issues 12 and 18)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    (
        "The text is {count} characters long; a timetable or calendar is read only up "
        "to {limit}. Paste only the timetable."
    ): (
        "Texten är {count} tecken lång; ett tidsschema eller en kalender läses bara upp till "
        "{limit}. Klistra bara in tidsschemat."
    ),
    (
        "The text has {count} lines; a timetable or calendar is read only up to "
        "{limit}. Paste only the timetable."
    ): (
        "Texten har {count} rader; ett tidsschema eller en kalender läses bara upp till "
        "{limit}. Klistra bara in tidsschemat."
    ),
    (
        "This line is {count} characters long, longer than any timetable line "
        "(at most {limit}); it was not read."
    ): (
        "Raden är {count} tecken lång, längre än någon rad i ett tidsschema "
        "(högst {limit}); den lästes inte."
    ),
    "The PDF has {count} pages; a timetable is read only up to {limit} pages.": (
        "PDF-filen har {count} sidor; ett tidsschema läses bara upp till {limit} sidor."
    ),
    "The PDF is protected by a password; open it and save an unprotected copy.": (
        "PDF-filen är lösenordsskyddad; öppna den och spara en oskyddad kopia."
    ),
    "The file is not a PDF that can be read ({reason}).": (
        "Filen är ingen PDF som går att läsa ({reason})."
    ),
    (
        "The PDF holds no text, only pictures (a scan?); copy the timetable from the "
        "series website instead."
    ): (
        "PDF-filen innehåller ingen text, bara bilder (en skanning?); kopiera tidsschemat "
        "från seriens webbplats i stället."
    ),
    ("The line above that looks like a date could not be read, so this line's date is unknown."): (
        "Raden ovanför som ser ut som ett datum gick inte att läsa, så den här radens "
        "datum är okänt."
    ),
    "Not a session on track.": "Inget pass på banan.",
    "Repeats line {line} (a broadcast listing?).": "Upprepar rad {line} (en tv-tablå?).",
    "Time to be confirmed (the text says “{word}”).": "Tiden ej fastställd (texten säger ”{word}”).",
    "also written as {time}": "står också som {time}",
    "“{clause}” has a time but names no session; it was not read.": (
        "”{clause}” har en tid men nämner inget pass; den lästes inte."
    ),
    (
        "This line seems to say the times are in “{zone}”, a zone the reader "
        "cannot place; choose the zone the times are written in."
    ): (
        "Raden verkar säga att tiderna är i ”{zone}”, en zon som inte känns igen; "
        "välj den zon tiderna är skrivna i."
    ),
}
