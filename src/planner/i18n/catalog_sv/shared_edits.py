"""Swedish for edits of rounds, drivers, teams and cars that meet someone else's."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "{what} was changed by someone else meanwhile: it is at revision {now}, your "
    "edit was made from revision {seen}. Nothing was saved; look at it again and "
    "repeat your change.": "{what} ändrades av någon annan under tiden: nu gäller version "
    "{now}, din ändring gjordes från version {seen}. Inget sparades; titta igen och gör om "
    "din ändring.",
    "Round {number} “{name}”": "Omgång {number} ”{name}”",
    "The driver “{name}”": "Föraren ”{name}”",
    "The team “{name}”": "Teamet ”{name}”",
    "The car “{name}”": "Bilen ”{name}”",
    # connecting to a shared planner
    "Name the server of the shared planner, e.g. server.local.": "Ange den delade planeringens "
    "server, t.ex. server.local.",
    "“{text}” is not a database URL.": "”{text}” är ingen databas-URL.",
    "A shared planner is on a PostgreSQL server (postgresql+psycopg://…); "
    "“{scheme}” is not one.": "En delad planering finns på en PostgreSQL-server "
    "(postgresql+psycopg://…); ”{scheme}” är ingen sådan.",
    "“{port}” in {server} is not a port number (1–65535).": "”{port}” i {server} är inget "
    "portnummer (1–65535).",
    "“{server}” names no server; write e.g. server.local:5432/race_planner.": "”{server}” "
    "anger ingen server; skriv t.ex. server.local:5432/race_planner.",
    "“{server}” names no server.": "”{server}” anger ingen server.",
    "The server of {location} refused the login: wrong user name or password. "
    "Nothing was changed.": "Servern för {location} nekade inloggningen: fel användarnamn "
    "eller lösenord. Inget ändrades.",
    "The server has no database named in {location}. Ask whoever runs the server "
    "to create it (see “A shared planner for the team” in the README).": "Servern har ingen "
    "databas med namnet i {location}. Be den som sköter servern att skapa den (se ”En delad "
    "planering för teamet” i README).",
    "The server of {location} does not let this user or this computer in: {reason}": "Servern "
    "för {location} släpper inte in den här användaren eller datorn: {reason}",
    "The server of {location} cannot be reached (is it running, and is this "
    "computer on its network?). Nothing was changed. {reason}": "Servern för {location} går "
    "inte att nå (är den igång, och är datorn på dess nätverk?). Inget ändrades. {reason}",
}
