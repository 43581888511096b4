"""Publish saved feeds to a CalDAV server (Nextcloud, Radicale, Fastmail, mailbox.org…).

Each saved feed becomes one calendar in the account's calendar home (created with
MKCALENDAR when missing), each event one resource named by its UID. Publishing is
stateless on our side: every event we PUT carries ``X-RACE-PLANNER-HASH``, a digest of
the event as we render it, so the next run compares what the server holds with what it
would send and touches only what changed. Servers re-serialise what they store, so
their bytes can never be compared with ours directly.

Every write is conditional: a new event is PUT with ``If-None-Match: *``, a changed one
with ``If-Match`` on the ETag just read, a removed one is DELETEd the same way. A
resource someone else changed meanwhile (412) is left as it is and reported; the others
go on, and the next run finishes the job. A server that is down or refuses the password
gets one clear message.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import quote, unquote, urljoin, urlsplit

from planner.db.database import Database
from planner.domain.errors import PlannerError
from planner.i18n import tr
from planner.ical.writer import render_single_event
from planner.services import credentials
from planner.services import feeds as feed_service

# The password helpers live in planner.services.credentials (shared with the shared
# planner's connection); the CalDAV callers keep importing them from here.
from planner.services.credentials import keyring_available as keyring_available
from planner.services.credentials import keyring_key as keyring_key
from planner.services.credentials import read_password_file as read_password_file

HASH_PROPERTY = "X-RACE-PLANNER-HASH"
DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
TIMEOUT_SECONDS = 20
KEYRING_SERVICE = "Race Planner CalDAV"

_HASH_LINE = re.compile(rf"^{HASH_PROPERTY}:([0-9a-f]+)\s*$", re.MULTILINE)
_UID_LINE = re.compile(r"^UID:(.+?)\s*$", re.MULTILINE)

ChangeKind = Literal["added", "updated", "deleted"]
Progress = Callable[[int, int], None]  # (done, total)


class CalDavError(PlannerError):
    """The server could not be reached, refused us, or answered what we cannot use."""


@dataclass(frozen=True)
class CalDavAccount:
    """Where to publish: the calendar home (the collection that holds the calendars),
    and who we are there. The password is never stored by this module."""

    url: str
    user: str = ""
    password: str = ""

    @property
    def home(self) -> str:
        return self.url if self.url.endswith("/") else self.url + "/"


@dataclass(frozen=True)
class PublishChange:
    kind: ChangeKind
    uid: str
    summary: str


@dataclass(frozen=True)
class FeedPublication:
    """What one saved feed's calendar on the server went through."""

    feed_name: str
    calendar_url: str
    created_calendar: bool
    changes: tuple[PublishChange, ...]
    unchanged: int
    conflicts: tuple[str, ...] = field(default=())  # UIDs changed on the server meanwhile

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for change in self.changes if change.kind == kind)


@dataclass(frozen=True)
class _ServerObject:
    href: str
    etag: str
    uid: str
    digest: str  # our hash as the server holds it; "" for an event we did not write


def event_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def with_digest(data: bytes) -> tuple[bytes, str]:
    """The one-event calendar as a CalDAV resource: no METHOD (RFC 4791 4.1 forbids it
    there), and its digest added inside the VEVENT."""
    data = data.replace(b"METHOD:PUBLISH\r\n", b"", 1)
    digest = event_digest(data)
    marker = b"END:VEVENT\r\n"
    index = data.rfind(marker)
    if index < 0:
        raise ValueError("not a one-event calendar")
    line = f"{HASH_PROPERTY}:{digest}\r\n".encode("ascii")
    return data[:index] + line + data[index:], digest


def calendar_slug(file_name: str) -> str:
    """A feed's calendar name in the URL: its file name without ``.ics``, URL-safe."""
    stem = file_name[:-4] if file_name.lower().endswith(".ics") else file_name
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or "feed"
    return slug[:80]


class CalDavConnection:
    """A thin, conditional-request client over caldav's ``DAVClient`` (auth, sessions)."""

    def __init__(self, account: CalDavAccount) -> None:
        from caldav.davclient import DAVClient

        self.account = account
        self.client = DAVClient(
            account.home,
            username=account.user or None,
            password=account.password or None,
            timeout=TIMEOUT_SECONDS,
            require_tls=False,  # a family's Radicale on the home network speaks plain HTTP
        )

    def request(
        self, url: str, method: str, body: str | bytes = "", headers: dict[str, str] | None = None
    ) -> Any:
        from caldav.lib import error as caldav_errors

        text = body.decode("utf-8") if isinstance(body, bytes) else body
        try:
            return self.client.request(url, method, text, headers or {})
        except caldav_errors.AuthorizationError as problem:
            raise CalDavError(
                tr(
                    "The calendar server at {url} refused the user name or password. "
                    "Nothing more was changed there."
                ).format(url=self.account.home)
            ) from problem
        except caldav_errors.DAVError as problem:
            raise CalDavError(
                tr("The calendar server at {url} answered with an error: {reason}").format(
                    url=self.account.home, reason=problem
                )
            ) from problem
        except OSError as problem:
            raise _unreachable(self.account, problem) from problem
        except Exception as problem:  # niquests' connection errors are not OSErrors
            if type(problem).__module__.startswith(("niquests", "urllib3", "requests")):
                raise _unreachable(self.account, problem) from problem
            raise

    def close(self) -> None:
        self.client.close()


def _unreachable(account: CalDavAccount, problem: BaseException) -> CalDavError:
    return CalDavError(
        tr(
            "Could not reach the calendar server at {url} ({reason}). What was published "
            "before stays as it was; publish again when the server is back."
        ).format(url=account.home, reason=type(problem).__name__)
    )


def _status_error(account: CalDavAccount, what: str, status: int) -> CalDavError:
    return CalDavError(
        tr("The calendar server at {url} answered {status} to {what}.").format(
            url=account.home, status=status, what=what
        )
    )


def _ensure_calendar(connection: CalDavConnection, url: str, display_name: str) -> bool:
    """Make the calendar when it is missing; True when it was made."""
    probe = connection.request(
        url,
        "PROPFIND",
        '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/>'
        "</d:prop></d:propfind>",
        {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
    )
    if probe.status in (200, 207):
        return False
    if probe.status != 404:
        raise _status_error(connection.account, url, probe.status)
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<c:mkcalendar xmlns:d="{DAV}" xmlns:c="{CALDAV}"><d:set><d:prop>'
        f"<d:displayname>{_xml_text(display_name)}</d:displayname>"
        "</d:prop></d:set></c:mkcalendar>"
    )
    made = connection.request(
        url, "MKCALENDAR", body, {"Content-Type": "application/xml; charset=utf-8"}
    )
    if made.status not in (200, 201):
        raise _status_error(connection.account, url, made.status)
    return True


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _server_objects(connection: CalDavConnection, calendar_url: str) -> list[_ServerObject]:
    query = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<c:calendar-query xmlns:d="{DAV}" xmlns:c="{CALDAV}">'
        "<d:prop><d:getetag/><c:calendar-data/></d:prop>"
        '<c:filter><c:comp-filter name="VCALENDAR"/></c:filter></c:calendar-query>'
    )
    answer = connection.request(
        calendar_url,
        "REPORT",
        query,
        {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
    )
    if answer.status != 207:
        raise _status_error(connection.account, calendar_url, answer.status)
    raw = answer.raw if isinstance(answer.raw, bytes) else str(answer.raw).encode("utf-8")
    root = ElementTree.fromstring(raw)
    objects = []
    for response in root.iter(f"{{{DAV}}}response"):
        href = response.findtext(f"{{{DAV}}}href") or ""
        etag = response.findtext(f".//{{{DAV}}}getetag") or ""
        data = response.findtext(f".//{{{CALDAV}}}calendar-data") or ""
        uid = _UID_LINE.search(data)
        digest = _HASH_LINE.search(data)
        if not href or uid is None:
            continue
        objects.append(
            _ServerObject(
                href=urljoin(calendar_url, href),
                etag=etag,
                uid=uid.group(1),
                digest=digest.group(1) if digest else "",
            )
        )
    return objects


def _resource_url(calendar_url: str, uid: str) -> str:
    return calendar_url + quote(uid, safe="") + ".ics"


def publish_feed(
    connection: CalDavConnection,
    db: Database,
    feed: feed_service.FeedView,
    *,
    home_zone: str | None = None,
    progress: Progress | None = None,
) -> FeedPublication:
    """Bring one saved feed's calendar on the server in line with the database."""
    calendar = feed_service.feed_events(db, feed.id, home_zone=home_zone)
    calendar_url = urljoin(connection.account.home, calendar_slug(feed.file_name) + "/")
    created = _ensure_calendar(connection, calendar_url, feed.name)
    on_server = {item.uid: item for item in _server_objects(connection, calendar_url)}
    wanted = {}
    for event in calendar.events:
        data, digest = with_digest(render_single_event(event, language=calendar.language))
        wanted[event.uid] = (event.summary, data, digest)
    total = len(wanted) + len(on_server)
    done = 0
    changes: list[PublishChange] = []
    conflicts: list[str] = []
    unchanged = 0
    for uid, (summary, data, digest) in wanted.items():
        existing = on_server.get(uid)
        if existing is not None and existing.digest == digest:
            unchanged += 1
        else:
            url = existing.href if existing is not None else _resource_url(calendar_url, uid)
            condition = {"If-Match": existing.etag} if existing else {"If-None-Match": "*"}
            answer = connection.request(
                url, "PUT", data, {"Content-Type": "text/calendar; charset=utf-8", **condition}
            )
            if answer.status == 412:
                conflicts.append(uid)
            elif answer.status not in (200, 201, 204):
                raise _status_error(connection.account, url, answer.status)
            else:
                changes.append(PublishChange("updated" if existing else "added", uid, summary))
        done += 1
        if progress is not None:
            progress(done, total)
    for uid, existing in on_server.items():
        # only what we published goes: an event someone added by hand stays
        if uid not in wanted and existing.digest:
            answer = connection.request(existing.href, "DELETE", "", {"If-Match": existing.etag})
            if answer.status == 412:
                conflicts.append(uid)
            elif answer.status not in (200, 204, 404):
                raise _status_error(connection.account, existing.href, answer.status)
            else:
                changes.append(PublishChange("deleted", uid, unquote(urlsplit(existing.href).path)))
        done += 1
        if progress is not None:
            progress(done, total)
    return FeedPublication(
        feed_name=feed.name,
        calendar_url=calendar_url,
        created_calendar=created,
        changes=tuple(changes),
        unchanged=unchanged,
        conflicts=tuple(conflicts),
    )


def publish_feeds(
    db: Database,
    account: CalDavAccount,
    *,
    feed_ids: Iterable[int] | None = None,
    home_zone: str | None = None,
    progress: Progress | None = None,
) -> list[FeedPublication]:
    """Publish every saved feed (or those of ``feed_ids``); one calendar per feed."""
    feeds = feed_service.list_feeds(db)
    if feed_ids is not None:
        chosen = set(feed_ids)
        feeds = [feed for feed in feeds if feed.id in chosen]
    connection = CalDavConnection(account)
    try:
        return [
            publish_feed(connection, db, feed, home_zone=home_zone, progress=progress)
            for feed in feeds
        ]
    finally:
        connection.close()


# --- passwords: a file or the system keyring, never our database or settings -------------


def keyring_password(url: str, user: str) -> str:
    """The CalDAV account's password kept in the system keyring, or ""."""
    return credentials.keyring_password(KEYRING_SERVICE, keyring_key(url, user))


def store_keyring_password(url: str, user: str, password: str) -> None:
    credentials.store_keyring_password(KEYRING_SERVICE, keyring_key(url, user), password)
