"""The SQLAlchemy URL of a test's store: a file's path, or a PostgreSQL URL as it is."""

from __future__ import annotations


def engine_url(store_target: str) -> str:
    return store_target if "://" in store_target else f"sqlite:///{store_target}"
