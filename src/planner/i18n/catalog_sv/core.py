"""Swedish for the core: time rules, database, services, command line."""

MESSAGES: dict[str, str] = {
    # time rules
    "“{name}” is not a time zone name. Use an IANA name such as Europe/Berlin.": "”{name}” är inte namnet på en tidszon. Använd ett IANA-namn som Europe/Berlin.",
    "{time} on {day} does not exist in {zone}: the clocks go forward that night "
    "({before} → {after}). Enter the time after the change, or choose the offset "
    "the schedule means.": "{time} den {day} finns inte i {zone}: klockan ställs fram den natten "
    "({before} → {after}). Ange tiden efter omställningen, eller välj vilken "
    "tidsförskjutning schemat menar.",
    "{time} on {day} happens twice in {zone}: the clocks go back that night. "
    "Choose {first} (first time) or {second} (second time).": "{time} den {day} inträffar två gånger i {zone}: klockan ställs tillbaka den natten. "
    "Välj {first} (första gången) eller {second} (andra gången).",
    "{year:04d}-{month:02d}-{day:02d} is not a date in the calendar.": "{year:04d}-{month:02d}-{day:02d} är inget datum i kalendern.",
    # database
    "The change breaks a rule of the database and was not saved.": "Ändringen bryter mot en regel i databasen och sparades inte.",
    "That already exists: names, numbers and years must be unique where they belong.": "Det finns redan: namn, nummer och år måste vara unika där de hör hemma.",
    "That refers to something that does not exist, or is still in use.": "Det hänvisar till något som inte finns, eller som fortfarande används.",
    "A value is out of range (durations, lengths and numbers must be positive).": "Ett värde är utanför tillåtet intervall (längder, tider och nummer måste vara positiva).",
    "A required value is missing.": "Ett obligatoriskt värde saknas.",
    "The database {location} could not be used: {reason}": "Databasen {location} kunde inte användas: {reason}",
    "The database {location} is locked by another program (is Race Planner open twice?). "
    "Close the other program and try again; nothing was saved.": "Databasen {location} är låst av ett annat program (är Race Planner öppet två gånger?). "
    "Stäng det andra programmet och försök igen; inget sparades.",
    "{location} is damaged or is not a Race Planner database. Nothing was changed; "
    "restore it from a backup or open another file.": "{location} är skadad eller ingen Race Planner-databas. Inget ändrades; "
    "återställ den från en säkerhetskopia eller öppna en annan fil.",
    "The database {location} is read-only; nothing was saved.": "Databasen {location} är skrivskyddad; inget sparades.",
    "The disk is full; nothing was saved to {location}.": "Disken är full; inget sparades i {location}.",
    "There is no planner database at {path}.": "Det finns ingen planeringsdatabas i {path}.",
    "{location} is a database, but not one made by Race Planner. Nothing was changed.": "{location} är en databas, men inte en som Race Planner har skapat. Inget ändrades.",
    "{location} was written by a newer version of Race Planner (schema {revision}). "
    "Update the app to open it; nothing was changed.": "{location} skrevs av en nyare version av Race Planner (schema {revision}). "
    "Uppdatera appen för att öppna den; inget ändrades.",
    "Cannot create the folder for the database {path}: {reason}": "Kan inte skapa mappen för databasen {path}: {reason}",
    # sessions, rounds, catalogue
    "This round already has a session called “{name}”.": "Omgången har redan ett pass som heter ”{name}”.",
    "Only one driver drives a qualifying session; “{name}” got {count}.": "Bara en förare kör ett kvalpass; ”{name}” fick {count}.",
    "Two new sessions are both called “{name}”.": "Två nya pass heter båda ”{name}”.",
    "{drivers} would drive two sessions at once: {first} and {second}.": "{drivers} skulle köra två pass samtidigt: {first} och {second}.",
    "{one} and {other} are on track at the same time at different rounds: "
    "{first} and {second}.": "{one} och {other} är på banan samtidigt i olika omgångar: {first} och {second}.",
    "A circuit has at least one corner.": "En bana har minst en kurva.",
    "Latitude must be between -90 and 90.": "Latituden måste vara mellan -90 och 90.",
    "Longitude must be between -180 and 180.": "Longituden måste vara mellan -180 och 180.",
    "“{text}” is not a lap time; write it like 1:47.095.": "”{text}” är ingen varvtid; skriv den som 1:47.095.",
    "“{text}” has more than 59 seconds.": "”{text}” har fler än 59 sekunder.",
    "{length} km is not a plausible circuit length.": "{length} km är ingen rimlig banlängd.",
    "Round numbers start at 1.": "Omgångsnummer börjar på 1.",
    "{series} {year} already has a round {number}.": "{series} {year} har redan en omgång {number}.",
    "Round {number} is taken or not a valid number.": "Omgång {number} är upptagen eller inget giltigt nummer.",
    "none yet": "inga än",
    "There is no series called “{name}”. Known series: {known}.": "Det finns ingen serie som heter ”{name}”. Kända serier: {known}.",
    "No circuit in the library matches “{text}”. Add it first, or check the spelling.": "Ingen bana i biblioteket matchar ”{text}”. Lägg till den först, eller kontrollera "
    "stavningen.",
    "There is no driver called “{name}”.": "Det finns ingen förare som heter ”{name}”.",
    "There is no {what} with id {id}.": "Det finns ingen {what} med id {id}.",
    "{series} has no season {year}.": "{series} har ingen säsong {year}.",
    "{series} {year} has no round {number}.": "{series} {year} har ingen omgång {number}.",
    "A crew needs at least one driver.": "En besättning behöver minst en förare.",
    "A driver is named twice in the crew.": "En förare finns två gånger i besättningen.",
    "That round belongs to another season.": "Den omgången hör till en annan säsong.",
    "A series called “{name}” already exists.": "Det finns redan en serie som heter ”{name}”.",
    "{series} already has a season {year}.": "{series} har redan en säsong {year}.",
    "A driver called “{name}” already exists.": "Det finns redan en förare som heter ”{name}”.",
    "A session must last at least one minute.": "Ett pass måste vara minst en minut långt.",
    "A session cannot last longer than 48 hours; split it into parts.": "Ett pass kan inte vara längre än 48 timmar; dela upp det i delar.",
    "A round cannot last more than two weeks.": "En omgång kan inte vara längre än två veckor.",
    "The {what} cannot be empty.": "Fältet {what} får inte vara tomt.",
    "The round ends ({last}) before it starts ({first}).": "Omgången slutar ({last}) innan den börjar ({first}).",
    "{name} starts on {day}, outside the round's days ({first} to {last}). "
    "Change the round's dates first.": "{name} börjar {day}, utanför omgångens dagar ({first} till {last}). "
    "Ändra omgångens datum först.",
    "“{value}” is not a colour; write it as #RRGGBB, e.g. #1f6feb.": "”{value}” är ingen färg; skriv den som #RRGGBB, t.ex. #1f6feb.",
    "{year} is not a plausible season year.": "{year} är inget rimligt säsongsår.",
    "“{value}” is not a session kind. Choose one of: {choices}.": "”{value}” är ingen passtyp. Välj en av: {choices}.",
    "“{value}” is not a session status. Choose one of: {choices}.": "”{value}” är ingen passtatus. Välj en av: {choices}.",
    "“{value}” is not a round status. Choose one of: {choices}.": "”{value}” är ingen omgångsstatus. Välj en av: {choices}.",
    # what a message is about
    "round": "omgång",
    "session": "pass",
    "series": "serie",
    "season": "säsong",
    "driver": "förare",
    "circuit": "bana",
    "car": "bil",
    "team": "team",
    "entry": "anmälan",
    "class": "klass",
    "session name": "passnamn",
    "series name": "serienamn",
    "driver name": "förarnamn",
    "team name": "teamnamn",
    "car model": "bilmodell",
    "circuit name": "bannamn",
    # command line
    "Demo seasons added to {location}.": "Demosäsonger tillagda i {location}.",
    "{location} already holds seasons; the demo goes into an empty database.": "{location} innehåller redan säsonger; demot läggs bara i en tom databas.",
    "“{text}” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2023-09-01 12:10.": "”{text}” är inget datum med tid; skriv det som ÅÅÅÅ-MM-DD TT:MM, t.ex. "
    "2023-09-01 12:10.",
    "“{text}” is not a date; write it as YYYY-MM-DD.": "”{text}” är inget datum; skriv det som ÅÅÅÅ-MM-DD.",
    # shared planners: copies between stores, edits that meet
    "A planner cannot be copied onto itself.": "En planering kan inte kopieras till sig själv.",
    "{target} already holds a planner ({listed}). Copy into an empty "
    "one; nothing was changed.": "{target} innehåller redan en planering ({listed}). "
    "Kopiera till en tom; inget ändrades.",
    "Copied {rows} rows from {source} to {target}.": "Kopierade {rows} rader från {source} till {target}.",
    "{series} series, {seasons} seasons, {rounds} rounds, {sessions} sessions, "
    "{feeds} saved feeds; every identifier kept.": "{series} serier, {seasons} säsonger, "
    "{rounds} omgångar, {sessions} pass, {feeds} sparade flöden; alla identiteter behållna.",
    "Session {id} “{name}” was changed by someone else meanwhile: it is at revision "
    "{now} ({start} {zone}), your edit was made from revision {seen}. Nothing was "
    "saved; look at it again and repeat your change.": "Passet {id} ”{name}” ändrades av "
    "någon annan under tiden: det är nu version {now} ({start} {zone}), din ändring gjordes "
    "från version {seen}. Inget sparades; titta på det igen och gör om din ändring.",
    # watching a shared planner for others' changes
    "An in-memory planner cannot be watched for changes.": "En planerare i minnet kan inte bevakas för ändringar.",
    "Changes in a {kind} database cannot be watched.": "Ändringar i en {kind}-databas kan inte bevakas.",
    "The connection to the planner {location} is lost: {reason}": "Anslutningen till planeraren {location} är bruten: {reason}",
}
