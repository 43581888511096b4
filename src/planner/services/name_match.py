"""How a typed name finds a series or a circuit: the rules and the refusals, once.

:mod:`planner.services.lookup` applies them to ORM rows; an .ics import applies
them to the rows it read with SQL texts (:mod:`planner.services.ics_import`,
which loads no ORM). Both therefore accept the same names and word a miss
the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from planner.domain.errors import NotFoundError
from planner.i18n import tr

Row = TypeVar("Row")


def best_match(
    rows: Sequence[Row],
    text: str,
    names: Callable[[Row], Iterable[str]],
    full_name: Callable[[Row], str],
) -> Row | None:
    """The first row one of whose ``names`` is ``text`` (case-insensitive), else the
    only row whose ``full_name`` holds it, else None."""
    wanted = text.strip().casefold()
    for row in rows:
        if wanted in {name.casefold() for name in names(row)}:
            return row
    partial = [row for row in rows if wanted and wanted in full_name(row).casefold()]
    return partial[0] if len(partial) == 1 else None


def series_match(rows: Sequence[Row], name: str, names: Callable[[Row], tuple[str, str]]) -> Row:
    """The series ``name`` means among ``rows``; ``names``: a row's (name, short name)."""
    found = best_match(rows, name, names, lambda row: names(row)[0])
    if found is None:
        known = ", ".join(sorted(names(row)[0] for row in rows)) or tr("none yet")
        raise NotFoundError(
            tr("There is no series called “{name}”. Known series: {known}.").format(
                name=name, known=known
            )
        )
    return found


def track_names(
    key: str, name: str, short_name: str, town: str, aliases: Iterable[str]
) -> set[str]:
    """The names a circuit answers to: key, name, short name, town and aliases."""
    return {given for given in (key, name, short_name, town, *aliases) if given}


def track_match(
    rows: Sequence[Row], text: str, names: Callable[[Row], set[str]], name: Callable[[Row], str]
) -> Row:
    """The circuit ``text`` means among ``rows``: by key, name, short name, alias or
    town (:func:`track_names`), else the only one whose name holds it."""
    found = best_match(rows, text, names, name)
    if found is None:
        raise NotFoundError(
            tr(
                "No circuit in the library matches “{text}”. Add it first, or check the spelling."
            ).format(text=text)
        )
    return found
