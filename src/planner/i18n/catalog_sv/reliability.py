"""Swedish for faults: full and read-only disks, damaged files, out-of-range numbers, bugs."""

MESSAGES: dict[str, str] = {
    # database files
    "{path} is a folder, not a planner database.": "{path} är en mapp, inte en planeringsdatabas.",
    "{path} is an empty file, not a planner database. Nothing was changed.": "{path} är en tom fil, inte en planeringsdatabas. Inget ändrades.",
    "{location} is on read-only storage: a new planner cannot be created there.": "{location} ligger på skrivskyddad lagring: en ny planerare kan inte skapas där.",
    "{location} was written by an older version of Race Planner and must be upgraded, but it "
    "is on read-only storage. Copy it to a writable folder; nothing was changed.": "{location} skrevs av en äldre version av Race Planner och måste uppgraderas, men den "
    "ligger på skrivskyddad lagring. Kopiera den till en skrivbar mapp; inget ändrades.",
    "{location} records {count} schema versions ({versions}) where Race Planner writes exactly "
    "one; it is damaged or was changed by another program. Nothing was changed.": "{location} anger {count} schemaversioner ({versions}) där Race Planner skriver exakt "
    "en; filen är skadad eller ändrad av ett annat program. Inget ändrades.",
    "The upgrade would break {count} links between rows.": "Uppgraderingen skulle bryta {count} kopplingar mellan rader.",
    "{location} could not be upgraded to this version of Race Planner; it was left exactly as "
    "it was. {reason}": "{location} kunde inte uppgraderas till den här versionen av Race Planner; den lämnades "
    "precis som den var. {reason}",
    "{location} could not be upgraded: {reason} A copy from before the upgrade is {backup}.": "{location} kunde inte uppgraderas: {reason} En kopia från före uppgraderingen finns i {backup}.",
    "Before upgrading {location} Race Planner writes a backup, and {backup} could not be "
    "written: {reason}. Nothing was changed.": "Innan {location} uppgraderas skriver Race Planner en säkerhetskopia, och {backup} kunde "
    "inte skrivas: {reason}. Inget ändrades.",
    "the disk is full": "disken är full",
    "The database {location} is read-only: it is open for reading and edits are off; nothing "
    "was saved.": "Databasen {location} är skrivskyddad: den är öppen för läsning och ändringar är "
    "avstängda; inget sparades.",
    # numbers and dates out of range
    "{moment} is too far in the past or the future to be placed in {zone}.": "{moment} ligger för långt bak eller fram i tiden för att kunna placeras i {zone}.",
    "Moving a round by {days} days would take it out of its season.": "Att flytta en deltävling {days} dagar skulle flytta den ut ur dess säsong.",
    "{number} is not a round number; rounds are numbered 1 to {most}.": "{number} är inget deltävlingsnummer; deltävlingar numreras 1 till {most}.",
    "The round's days ({first} to {last}) are too far from its season {year}: a round lies "
    "within the season's year, give or take one.": "Deltävlingens dagar ({first} till {last}) ligger för långt från säsongen {year}: en "
    "deltävling ligger inom säsongens år, plus minus ett.",
    "An alarm of {minutes} minutes is not possible: give 0 to {most} minutes (four weeks) "
    "before the start.": "Ett larm {minutes} minuter före går inte: ange 0 till {most} minuter (fyra veckor) "
    "före starten.",
    "A circuit with {count} corners? Give 1 to {most}.": "En bana med {count} kurvor? Ange 1 till {most}.",
    # bugs
    "planner: internal error ({summary}).": "planner: internt fel ({summary}).",
    "planner: internal error ({summary}). This is a bug, not your mistake; the details are in "
    "{log}.": "planner: internt fel ({summary}). Det är ett programfel, inte ditt misstag; detaljerna "
    "finns i {log}.",
}
