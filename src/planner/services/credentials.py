"""Passwords for servers the planner talks to (a CalDAV account, a shared planner's
PostgreSQL server): from the system keyring when the machine has one, or from a password
file the user names. Never from or into the planner's settings in clear text.

Each kind of server has its own keyring service name, so a CalDAV password and a
database password for the same user never mix.
"""

from __future__ import annotations

from pathlib import Path

from planner.domain.errors import PlannerError
from planner.i18n import tr


def read_password_file(path: str | Path) -> str:
    """The first line of a password file (as ``--password-file`` and cron jobs use)."""
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as problem:
        raise PlannerError(
            tr("Could not read the password file {path}: {reason}").format(
                path=path, reason=problem.strerror or problem
            )
        ) from problem
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise PlannerError(tr("The password file {path} is empty.").format(path=path))
    return lines[0]


def keyring_key(url: str, user: str) -> str:
    """The keyring's account name for ``user`` at ``url`` (the URL alone without a user)."""
    return f"{user}@{url}" if user else url


def keyring_password(service: str, account: str) -> str:
    """The password kept in the system keyring under ``service``/``account``, or "" (also
    when the machine has no keyring at all)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return ""
    try:
        return keyring.get_password(service, account) or ""
    except (KeyringError, RuntimeError):
        return ""


def keyring_available() -> bool:
    """Whether this machine has a system keyring to keep passwords in."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except RuntimeError:
        return False


def store_keyring_password(service: str, account: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(service, account, password)
    except (KeyringError, RuntimeError) as problem:
        raise PlannerError(
            tr("The password could not be kept in the system keyring: {reason}").format(
                reason=problem
            )
        ) from problem
