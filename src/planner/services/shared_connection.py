"""Where a shared planner lives and how to log in: its URL from what a user types, and its
password from the system keyring (remembered by the window) when the URL has none.

The window, ``--db URL`` and ``$RACE_PLANNER_DB`` all go through :func:`connect_url`, so
a password kept in the keyring by File → Connect to a Shared Planner… serves the command
line too; PostgreSQL's own ``~/.pgpass`` keeps working underneath for all of them. A
password is never part of a URL we show or store.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from planner.domain.errors import ValidationError
from planner.i18n import tr
from planner.services import credentials

KEYRING_SERVICE = "Race Planner shared planner"
DRIVER = "postgresql+psycopg"
DEFAULT_DATABASE = "race_planner"


@dataclass(frozen=True)
class ServerAddress:
    """A shared planner's URL without password, and a password typed into the URL."""

    url: str
    typed_password: str = ""


def planner_address(server: str, user: str = "") -> ServerAddress:
    """The planner at ``server``: ``host``, ``host:port``, ``host/database``,
    ``host:port/database`` or a whole ``postgresql+psycopg://…`` URL; ``user`` (when
    given) is the login name. The database is ``race_planner`` unless named."""
    text = server.strip()
    if not text:
        raise ValidationError(tr("Name the server of the shared planner, e.g. server.local."))
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError:
            raise ValidationError(tr("“{text}” is not a database URL.").format(text=text)) from None
        if url.get_backend_name() != "postgresql":
            raise ValidationError(
                tr(
                    "A shared planner is on a PostgreSQL server (postgresql+psycopg://…); "
                    "“{scheme}” is not one."
                ).format(scheme=url.drivername)
            )
        url = url.set(drivername=DRIVER)
    else:
        place, _slash, database = text.partition("/")
        host, _colon, port_text = place.partition(":")
        port: int | None = None
        if port_text:
            if not port_text.isdigit() or not 0 < int(port_text) < 65536:
                raise ValidationError(
                    tr("“{port}” in {server} is not a port number (1–65535).").format(
                        port=port_text, server=text
                    )
                )
            port = int(port_text)
        if not host:
            raise ValidationError(
                tr("“{server}” names no server; write e.g. server.local:5432/race_planner.").format(
                    server=text
                )
            )
        url = URL.create(DRIVER, host=host, port=port, database=database or DEFAULT_DATABASE)
    if user.strip():
        url = url.set(username=user.strip())
    if not url.host:
        raise ValidationError(tr("“{server}” names no server.").format(server=text))
    typed = url.password or ""
    return ServerAddress(shown_url(url), str(typed))


def shown_url(url: URL | str) -> str:
    """The URL without any password: what the window shows and the recent list keeps."""
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed._replace(password=None).render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    """The URL to connect with (kept in memory only)."""
    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def remembered_password(url: str) -> str:
    """The password the keyring keeps for this planner, or ""."""
    return credentials.keyring_password(KEYRING_SERVICE, shown_url(url))


def remember_password(url: str, password: str) -> None:
    credentials.store_keyring_password(KEYRING_SERVICE, shown_url(url), password)


def connect_url(target: str) -> str:
    """``target`` ready to connect: a server URL without a password gets the one the
    keyring remembers for it (none there: PostgreSQL's ``~/.pgpass`` may still have it)."""
    if "://" not in target:
        return target
    try:
        url = make_url(target)
    except ArgumentError:
        return target
    if url.get_backend_name() != "postgresql" or url.password:
        return target
    return with_password(target, remembered_password(target))


@dataclass(frozen=True)
class ServerLogin:
    """What the window's Connect (or Copy To) dialog was given."""

    address: ServerAddress
    password: str = ""  # typed
    password_file: str = ""  # a file whose first line is the password
    remember: bool = False  # keep a typed password in the keyring once it worked

    @property
    def url(self) -> str:
        return self.address.url

    def password_now(self) -> str:
        """The password to log in with: the file's, else the typed one, else the one the
        keyring keeps ("" : PostgreSQL's ``~/.pgpass`` or no password at all)."""
        if self.password_file.strip():
            return credentials.read_password_file(self.password_file.strip())
        return self.password or self.address.typed_password or remembered_password(self.url)

    def connect_url(self) -> str:
        """The URL to connect with, password included (in memory only)."""
        return with_password(self.url, self.password_now())

    def remember_if_asked(self) -> None:
        """After a successful login: keep a typed password in the keyring if asked to."""
        typed = self.password or self.address.typed_password
        if self.remember and typed and not self.password_file.strip():
            remember_password(self.url, typed)
