"""One typed wrapper over QSettings: every preference the app stores, with a version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimeZone

SETTINGS_VERSION = 2
#: The group of the user's preferences. Not "general": QSettings keeps the INI
#: file's [General] section for keys without a group, so a group of that name is
#: written as [%General] and read back (by the next process) as "General/...".
PREFERENCES = "preferences"
#: Preferences that version 1 wrote under "general/..." (read back as "General/...").
_MOVED_IN_VERSION_2 = ("home_zone", "language", "default_alarm_minutes", "demo_database")
LANGUAGES = ("en", "sv")
PAPER_SIZES = ("A4", "Letter")
RECENT_LIMIT = 8


def system_zone_id() -> str:
    """The system's IANA zone id, or UTC where Qt cannot tell."""
    raw = QTimeZone.systemTimeZoneId().data()
    name = bytes(raw).decode("ascii", "ignore") if raw else ""
    return name or "UTC"


class AppSettings:
    """Preferences and window state, stored in one INI file.

    The file path is explicit so tests and scripts never touch the user's
    settings; the app passes a path under its config folder.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        stored = self._int("meta/version", 0)
        if stored < 1:
            # Version 0 had no file: nothing to carry over.
            pass
        if stored < 2:
            self._recover_general_group()
        if stored != SETTINGS_VERSION:
            self._store.setValue("meta/version", SETTINGS_VERSION)

    def _recover_general_group(self) -> None:
        """Version 1 stored preferences under "general/"; in the INI file that became
        [%General], which a new process reads as "General/". Move each value (in
        either spelling) to the preferences group, keeping one chosen since."""
        for name in _MOVED_IN_VERSION_2:
            for old_group in ("General", "general"):
                old_key = f"{old_group}/{name}"
                if not self._store.contains(old_key):
                    continue
                new_key = f"{PREFERENCES}/{name}"
                if not self._store.contains(new_key):
                    self._store.setValue(new_key, self._store.value(old_key))
                self._store.remove(old_key)

    def _int(self, key: str, default: int) -> int:
        value = self._store.value(key, default)
        try:
            return int(str(value))
        except ValueError:
            return default

    def _str(self, key: str, default: str) -> str:
        value = self._store.value(key, default)
        return str(value) if value is not None else default

    def sync(self) -> None:
        self._store.sync()

    @property
    def version(self) -> int:
        return self._int("meta/version", 0)

    @property
    def home_zone(self) -> str:
        return self._str(f"{PREFERENCES}/home_zone", "") or system_zone_id()

    @home_zone.setter
    def home_zone(self, zone_id: str) -> None:
        self._store.setValue(f"{PREFERENCES}/home_zone", zone_id)

    @property
    def language(self) -> str:
        value = self._str(f"{PREFERENCES}/language", "en")
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(code)
        self._store.setValue(f"{PREFERENCES}/language", code)

    @property
    def default_alarm_minutes(self) -> int:
        return max(0, self._int(f"{PREFERENCES}/default_alarm_minutes", 30))

    @default_alarm_minutes.setter
    def default_alarm_minutes(self, minutes: int) -> None:
        self._store.setValue(f"{PREFERENCES}/default_alarm_minutes", max(0, int(minutes)))

    @property
    def paper_size(self) -> str:
        value = self._str("printing/paper_size", "A4")
        return value if value in PAPER_SIZES else "A4"

    @paper_size.setter
    def paper_size(self, size: str) -> None:
        if size not in PAPER_SIZES:
            raise ValueError(size)
        self._store.setValue("printing/paper_size", size)

    @property
    def demo_database(self) -> str:
        """The path of the database made with the demo seasons at first start ("" when none)."""
        return self._str(f"{PREFERENCES}/demo_database", "")

    @demo_database.setter
    def demo_database(self, path: str) -> None:
        self._store.setValue(f"{PREFERENCES}/demo_database", path)

    @property
    def window_geometry(self) -> QByteArray:
        value = self._store.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, data: QByteArray) -> None:
        self._store.setValue("window/geometry", data)

    @property
    def window_state(self) -> QByteArray:
        value = self._store.value("window/state", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_state.setter
    def window_state(self, data: QByteArray) -> None:
        self._store.setValue("window/state", data)

    @property
    def recent_databases(self) -> list[str]:
        """Planner files opened lately, newest first (at most ``RECENT_LIMIT``)."""
        value = self._store.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a one-item list back as its item
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [str(item) for item in value if item][:RECENT_LIMIT]

    @recent_databases.setter
    def recent_databases(self, paths: list[str]) -> None:
        self._store.setValue("files/recent", list(paths)[:RECENT_LIMIT])

    def remember_database(self, path: str) -> None:
        """Put ``path`` first in the recent files."""
        self.recent_databases = [path, *(p for p in self.recent_databases if p != path)]

    @property
    def feed_folder(self) -> str:
        """Where phone feeds are exported ("" until chosen: beside the planner file)."""
        return self._str("feeds/folder", "")

    @feed_folder.setter
    def feed_folder(self, path: str) -> None:
        self._store.setValue("feeds/folder", path)

    @property
    def feed_base_url(self) -> str:
        """The public address of the feed folder, for webcal/https links ("" if none)."""
        return self._str("feeds/base_url", "")

    @feed_base_url.setter
    def feed_base_url(self, url: str) -> None:
        self._store.setValue("feeds/base_url", url.strip())

    @property
    def caldav_url(self) -> str:
        """The CalDAV calendar home feeds were last published to (the password is never here)."""
        return self._str("caldav/url", "")

    @caldav_url.setter
    def caldav_url(self, url: str) -> None:
        self._store.setValue("caldav/url", url)

    @property
    def caldav_user(self) -> str:
        return self._str("caldav/user", "")

    @caldav_user.setter
    def caldav_user(self, user: str) -> None:
        self._store.setValue("caldav/user", user)

    @property
    def weekend_hidden_columns(self) -> list[str]:
        """Keys of the weekend table's columns the user hid (header context menu)."""
        value = self._str("window/weekend_hidden_columns", "")
        return [key for key in value.split(",") if key]

    @weekend_hidden_columns.setter
    def weekend_hidden_columns(self, keys: list[str]) -> None:
        self._store.setValue("window/weekend_hidden_columns", ",".join(keys))
