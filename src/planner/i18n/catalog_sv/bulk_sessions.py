"""Swedish for the services that change several sessions at once."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "The session “{name}” is no longer there.": "Passet ”{name}” finns inte längre.",
}
