"""The reason one line of pasted text could not be used."""

from __future__ import annotations


class LineReadError(Exception):
    """Raised while reading one line; the line becomes an unread line with ``reason``.

    Internal to the importers: it never leaves a public function.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
