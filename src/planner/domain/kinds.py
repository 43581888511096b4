"""The closed vocabularies of the planner: session kinds and statuses."""

from __future__ import annotations

from enum import StrEnum


class SessionKind(StrEnum):
    PRACTICE = "practice"
    QUALIFYING = "qualifying"
    RACE = "race"
    WARMUP = "warmup"
    TEST = "test"
    OTHER = "other"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    TENTATIVE = "tentative"  # time to be confirmed
    CANCELLED = "cancelled"


class RoundStatus(StrEnum):
    SCHEDULED = "scheduled"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
