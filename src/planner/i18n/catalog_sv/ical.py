"""Swedish texts of the iCalendar layer (feeds and .ics import)."""

MESSAGES: dict[str, str] = {
    # Feed texts
    "Cancelled: {summary}": "Inställt: {summary}",
    # Naming the place of an error
    "{file}, line {line}": "{file}, rad {line}",
    "“{summary}” (UID {uid})": "”{summary}” (UID {uid})",
    "“{summary}”": "”{summary}”",
    "with UID {uid}": "med UID {uid}",
    "without UID or summary": "utan UID och rubrik",
    # Reading .ics files
    "The file is empty.": "Filen är tom.",
    "This line is not UTF-8 text.": "Den här raden är inte UTF-8-text.",
    "This is a contact card (vCard), not a calendar file.": (
        "Det här är ett kontaktkort (vCard), inte en kalenderfil."
    ),
    "This is not a calendar file (iCalendar): it should begin with BEGIN:VCALENDAR.": (
        "Det här är ingen kalenderfil (iCalendar): den ska börja med BEGIN:VCALENDAR."
    ),
    "This line is not an iCalendar line (NAME:value): “{text}”.": (
        "Den här raden är ingen iCalendar-rad (NAMN:värde): ”{text}”."
    ),
    "BEGIN:{name} outside of BEGIN:VCALENDAR … END:VCALENDAR.": (
        "BEGIN:{name} står utanför BEGIN:VCALENDAR … END:VCALENDAR."
    ),
    "This line is outside of BEGIN:VCALENDAR … END:VCALENDAR.": (
        "Den här raden står utanför BEGIN:VCALENDAR … END:VCALENDAR."
    ),
    "END:{name} does not close BEGIN:{open} from line {line}.": (
        "END:{name} avslutar inte BEGIN:{open} från rad {line}."
    ),
    "END:{name} without a BEGIN:{name}.": "END:{name} utan något BEGIN:{name}.",
    "The file ends before END:{name} (BEGIN:{name} is on line {begin}): it may be cut off.": (
        "Filen tar slut före END:{name} (BEGIN:{name} står på rad {begin}): den kan vara avklippt."
    ),
    "The event {event} has no start time (DTSTART).": (
        "Händelsen {event} saknar starttid (DTSTART)."
    ),
    "{name} “{value}” in the event {event} is not a date or a date and time "
    "(YYYYMMDD or YYYYMMDDTHHMMSS).": (
        "{name} ”{value}” i händelsen {event} är inget datum eller datum med tid "
        "(ÅÅÅÅMMDD eller ÅÅÅÅMMDDTHHMMSS)."
    ),
    "{name} of the event {event} is not a date or a date and time.": (
        "{name} i händelsen {event} är inget datum eller datum med tid."
    ),
    "The event {event} uses the time zone “{tzid}”, which the file does not define "
    "and which is not a known time zone name.": (
        "Händelsen {event} använder tidszonen ”{tzid}”, som filen inte definierar och "
        "som inte är ett känt tidszonsnamn."
    ),
    "The event {event} has a time without a time zone; choose the time zone its times are in.": (
        "Händelsen {event} har en tid utan tidszon; välj vilken tidszon tiderna gäller i."
    ),
    "The event {event} mixes a date and a date with time in DTSTART/DTEND.": (
        "Händelsen {event} blandar datum och datum med tid i DTSTART/DTEND."
    ),
    "The event {event} has an unreadable {name}: {detail}": (
        "Händelsen {event} har ett oläsbart {name}: {detail}"
    ),
    "The event {event} ends before it starts.": "Händelsen {event} slutar innan den börjar.",
    "The event {event} cannot be read: {detail}": "Händelsen {event} kan inte läsas: {detail}",
    "The file cannot be read as iCalendar: {detail}": (
        "Filen kan inte läsas som iCalendar: {detail}"
    ),
    "The event {event} has SEQUENCE {value}: a revision number up to {most}.": (
        "Händelsen {event} har SEQUENCE {value}: ett revisionsnummer upp till {most}."
    ),
    "The event {event} would end outside the years 1-9999: "
    "DTSTART {start} plus DURATION {duration}.": (
        "Händelsen {event} skulle sluta utanför åren 1–9999: "
        "DTSTART {start} plus DURATION {duration}."
    ),
    "A time zone (VTIMEZONE) names its TZID more than once: {names}. A time zone has one name.": (
        "En tidszon (VTIMEZONE) anger sitt TZID mer än en gång: {names}. En tidszon har ett namn."
    ),
}
