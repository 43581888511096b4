"""Swedish for backing up and restoring the planner file."""

MESSAGES: dict[str, str] = {
    "Only a planner file can be backed up this way.": "Bara en planeringsfil kan säkerhetskopieras på det här sättet.",
    "Choose another file for the backup than the planner itself.": "Välj en annan fil för säkerhetskopian än själva planeringsfilen.",
    "Cannot write the backup {path}: {reason}": "Kan inte skriva säkerhetskopian {path}: {reason}",
    "Cannot restore {path}: {reason}": "Kan inte återställa {path}: {reason}",
}
