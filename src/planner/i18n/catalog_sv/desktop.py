"""Swedish for the desktop integration and the version text (command line)."""

MESSAGES: dict[str, str] = {
    "Installed {count} files for the desktop.": "Installerade {count} filer för skrivbordet.",
    "Removed {count} files from the desktop.": "Tog bort {count} filer från skrivbordet.",
    "planner: warning: {warning}": "planner: varning: {warning}",
    "No permission to write {path}: use --user, or run as root.": "Behörighet saknas för att skriva {path}: använd --user, eller kör som root.",
    "Race Planner {version}": "Race Planner {version}",
    "Database: {path}": "Databas: {path}",
    "Data folder: {path}": "Datamapp: {path}",
    "Qt {qt} (PySide6 {pyside}), Python {python}": "Qt {qt} (PySide6 {pyside}), Python {python}",
}
