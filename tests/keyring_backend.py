"""A keyring backend for tests: the passwords in a JSON file named by
``$RACE_PLANNER_TEST_KEYRING``, so a test and the processes it starts share them and the
real user keyring is never touched. Processes pick it with
``PYTHON_KEYRING_BACKEND=keyring_backend.FileKeyring`` (``tests/`` on ``PYTHONPATH``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend

ENVIRONMENT_VARIABLE = "RACE_PLANNER_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    @classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property)
        """Viable only while a test names its file: keyring knows every backend class
        loaded, and must never pick this one for anything else."""
        if ENVIRONMENT_VARIABLE not in os.environ:
            raise RuntimeError("the test keyring is used by tests only")
        return 1

    @property
    def path(self) -> Path:
        return Path(os.environ[ENVIRONMENT_VARIABLE])

    def _all(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        stored: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        return stored

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        passwords = self._all()
        passwords[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(passwords), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        passwords = self._all()
        passwords.pop(f"{service}\n{username}", None)
        self.path.write_text(json.dumps(passwords), encoding="utf-8")
