"""Swedish texts of calendar feeds, saved feeds, .ics import and their commands."""

MESSAGES: dict[str, str] = {
    # Event texts
    "Practice": "Träning",
    "Qualifying": "Kvalificering",
    "Race": "Race",
    "Warm-up": "Uppvärmning",
    "Test": "Test",
    "Other": "Övrigt",
    "Race weekend": "Tävlingshelg",
    "Round {number}": "Deltävling {number}",
    "Driver: {name}": "Förare: {name}",
    "Drivers: {names}": "Förare: {names}",
    "Car: {car}": "Bil: {car}",
    "Track time: {time}": "Tid vid banan: {time}",
    "Home time ({zone}): {time}": "Hemmatid ({zone}): {time}",
    "Length not published.": "Längden är inte publicerad.",
    "Time not confirmed yet.": "Tiden är inte bekräftad än.",
    "This session is cancelled.": "Passet är inställt.",
    "Broadcast: {text}": "Sändning: {text}",
    "Stream: {url}": "Stream: {url}",
    "Live timing: {url}": "Livetiming: {url}",
    "Website: {url}": "Webbplats: {url}",
    "Notes: {notes}": "Anteckningar: {notes}",
    "Race Planner: {name}. Times are in each track's time zone; "
    "Google refreshes subscribed calendars only every 8–24 hours.": (
        "Race Planner: {name}. Tiderna gäller i varje banas tidszon; "
        "Google uppdaterar prenumererade kalendrar bara var 8–24:e timme."
    ),
    # Saved feeds and files
    "An alarm is given in minutes before the start (0 or more).": (
        "En påminnelse anges i minuter före starten (0 eller fler)."
    ),
    "Cannot write {path}: {reason}": "Kan inte skriva {path}: {reason}",
    "Give the public address of the feed folder.": "Ange den publika adressen till flödesmappen.",
    "No series has a season {year}.": "Ingen serie har någon säsong {year}.",
    "The feed “{name}” already writes the file {file}.": (
        "Flödet ”{name}” skriver redan filen {file}."
    ),
    "There is already a feed called “{name}”.": "Det finns redan ett flöde som heter ”{name}”.",
    "There is no feed called “{name}”. Saved feeds: {known}.": (
        "Det finns inget flöde som heter ”{name}”. Sparade flöden: {known}."
    ),
    "“{name}” is not a file name (no folders, please).": (
        "”{name}” är inget filnamn (inga mappar, tack)."
    ),
    "“{url}” is not a web address (https://…).": "”{url}” är ingen webbadress (https://…).",
    # Command line
    "Wrote {count} sessions to {path}.": "Skrev {count} pass till {path}.",
    "added: {summary}, {time}": "tillagt: {summary}, {time}",
    "moved: {summary}, {old} → {new}": "flyttat: {summary}, {old} → {new}",
    "cancelled: {summary}": "inställt: {summary}",
    "renamed: {old} → {new}": "nytt namn: {old} → {new}",
    "no longer cancelled: {summary}": "inte längre inställt: {summary}",
    "removed: {summary}": "borttaget: {summary}",
    "{name}: {path} ({count} sessions)": "{name}: {path} ({count} pass)",
    "first export: nothing to compare with.": "första exporten: inget att jämföra med.",
    "no changes since the last export.": "inga ändringar sedan förra exporten.",
    "There are no saved feeds yet; add one with 'planner feed add'.": (
        "Det finns inga sparade flöden än; lägg till ett med 'planner feed add'."
    ),
    "subscribe: {url}": "prenumerera: {url}",
    "address: {url}": "adress: {url}",
    "Wrote “{summary}” to {path}.": "Skrev ”{summary}” till {path}.",
    "Saved the feed “{name}” (file {file}).": "Sparade flödet ”{name}” (fil {file}).",
    "everything": "allt",
    "alarm {minutes} min": "påminnelse {minutes} min",
    "only broadcast sessions": "bara sända pass",
    "Removed the feed “{name}”.": "Tog bort flödet ”{name}”.",
    "{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.": (
        "{added} tillagda, {updated} uppdaterade, {unchanged} oförändrade, {skipped} överhoppade."
    ),
    "new round: {round}": "ny deltävling: {round}",
    "added": "tillagt",
    "updated": "uppdaterat",
    "skipped": "överhoppat",
    "Dry run: nothing was changed.": "Provkörning: inget ändrades.",
    # Importing .ics files
    " (line {line})": " (rad {line})",
    "Cannot read {path}: {reason}": "Kan inte läsa {path}: {reason}",
    "{event}: an all-day event, not a session": "{event}: en heldagshändelse, inget pass",
    "{event}: a repeating event": "{event}: en återkommande händelse",
    "{event}: lasts more than 48 hours": "{event}: varar mer än 48 timmar",
    "no place given": "ingen plats angiven",
    "These places match no circuit in the library: {places}. Add the circuit "
    "first, or choose the circuit for the whole file.": (
        "De här platserna matchar ingen bana i biblioteket: {places}. Lägg till banan "
        "först, eller välj bana för hela filen."
    ),
    "Name the series to import into: these events do not say it: {events}.": (
        "Ange vilken serie som ska importeras till: de här händelserna säger det inte: {events}."
    ),
    "{source} is not UTF-8 (byte {byte} at position {position}): read as "
    "Windows-1252. Check names with letters such as å, ä, ö.": (
        "{source} är inte UTF-8 (byte {byte} på position {position}): läst som "
        "Windows-1252. Kontrollera namn med bokstäver som å, ä, ö."
    ),
    "--season {year} does not match the dates of some events ({years}).": (
        "--season {year} stämmer inte med datumen för några händelser ({years})."
    ),
    "These sessions were imported before into {series}; they stay there.": (
        "De här passen importerades tidigare till {series}; de blir kvar där."
    ),
    "{series} {year} round {number} at {track} ({first} – {last})": (
        "{series} {year} deltävling {number} på {track} ({first} – {last})"
    ),
    # publishing to a CalDAV server
    "The calendar server at {url} refused the user name or password. "
    "Nothing more was changed there.": "Kalenderservern på {url} godtog inte användarnamnet eller "
    "lösenordet. Inget mer ändrades där.",
    "The calendar server at {url} answered with an error: {reason}": (
        "Kalenderservern på {url} svarade med ett fel: {reason}"
    ),
    "Could not reach the calendar server at {url} ({reason}). What was published "
    "before stays as it was; publish again when the server is back.": "Kunde inte nå "
    "kalenderservern på {url} ({reason}). Det som publicerats tidigare finns kvar som det var; "
    "publicera igen när servern är tillbaka.",
    "The calendar server at {url} answered {status} to {what}.": (
        "Kalenderservern på {url} svarade {status} på {what}."
    ),
    "Could not read the password file {path}: {reason}": (
        "Kunde inte läsa lösenordsfilen {path}: {reason}"
    ),
    "The password file {path} is empty.": "Lösenordsfilen {path} är tom.",
    "The password could not be kept in the system keyring: {reason}": (
        "Lösenordet kunde inte sparas i systemets nyckelring: {reason}"
    ),
    "“{url}” is not a web address: give the http(s):// address of your calendars.": (
        "”{url}” är ingen webbadress: ange http(s)://-adressen till dina kalendrar."
    ),
    "No password for {user} at {url}: give --password-file FILE, or keep it "
    "in the system keyring from the window (File → Publish feeds to a "
    "calendar server…).": "Inget lösenord för {user} på {url}: ange --password-file FIL, "
    "eller spara det i systemets nyckelring från fönstret (Arkiv → Publicera flöden på en "
    "kalenderserver…).",
    "{count} event(s) were changed on the server while publishing and were left "
    "as they are there; publish again to bring them up to date.": "{count} händelse(r) "
    "ändrades på servern under publiceringen och lämnades som de var där; publicera igen "
    "för att uppdatera dem.",
    "{feed} → {url}: {added} added, {updated} updated, {deleted} deleted, {same} unchanged": (
        "{feed} → {url}: {added} tillagda, {updated} uppdaterade, {deleted} borttagna, "
        "{same} oförändrade"
    ),
    "new calendar on the server": "ny kalender på servern",
    "deleted": "borttaget",
    "Say where the feeds go: --dir DIR, --caldav URL, or both.": (
        "Ange vart flödena ska: --dir MAPP, --caldav URL eller båda."
    ),
    "--json reports one destination at a time: --dir or --caldav.": (
        "--json redovisar ett mål i taget: --dir eller --caldav."
    ),
    "The file name {name} holds a line break or another control character.": (
        "Filnamnet {name} innehåller en radbrytning eller ett annat styrtecken."
    ),
    "“{name}” is not a file name: leave out folders and the characters {chars}.": (
        "”{name}” är inget filnamn: utelämna mappar och tecknen {chars}."
    ),
    "“{name}” is not a file name: give the feed file a name before “.ics”.": (
        "”{name}” är inget filnamn: ge flödesfilen ett namn före ”.ics”."
    ),
    "“{name}” would be a hidden file: start the name with a letter or digit.": (
        "”{name}” skulle bli en dold fil: börja namnet med en bokstav eller siffra."
    ),
    "The file name “{name}…” is {length} characters long; at most {limit}.": (
        "Filnamnet ”{name}…” är {length} tecken långt; högst {limit}."
    ),
    "{name}: not written: {reason}": "{name}: inte skrivet: {reason}",
    "time not confirmed any more: {summary}": "tiden är inte längre bekräftad: {summary}",
    "time confirmed: {summary}": "tiden bekräftad: {summary}",
    "kind changed: {summary}, {old} → {new}": "typ ändrad: {summary}, {old} → {new}",
    "length changed: {summary}, {old} → {new}": "längd ändrad: {summary}, {old} → {new}",
    "not published": "inte publicerad",
    "{minutes} min": "{minutes} min",
    "Warning: {text}": "Varning: {text}",
    "{count} sessions this feed held before are gone from it:": (
        "{count} pass som flödet hade förut finns inte längre i det:"
    ),
    "{count} sessions gone from this feed were cancelled:": (
        "{count} pass som försvunnit ur flödet ställdes in:"
    ),
    "Import again with --cancel-vanished to cancel them.": (
        "Importera igen med --cancel-vanished för att ställa in dem."
    ),
    "… and {count} more (--verbose lists every one)": "… och {count} till (--verbose listar alla)",
    "{event}: its UID comes again later in the file": (
        "{event}: dess UID kommer igen längre ned i filen"
    ),
    # a finished session's result in its event
    "Result: {result}": "Resultat: {result}",
}
