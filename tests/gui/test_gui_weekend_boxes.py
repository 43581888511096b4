"""The weekend page's Circuit and Entry boxes keep their labels from round to round."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner.gui.views.weekend_view import _Box


def _shown(box: _Box) -> list[tuple[str, ...]]:
    """The box's rows as the form shows them: (heading,) or (name, text)."""
    rows: list[tuple[str, ...]] = []
    for row in range(box.body.rowCount()):
        labels = [
            item.widget()
            for role in (box.body.ItemRole.LabelRole, box.body.ItemRole.FieldRole)
            if (item := box.body.itemAt(row, role)) is not None
        ]
        if not labels:  # a heading spans both columns
            spanning = box.body.itemAt(row, box.body.ItemRole.SpanningRole)
            labels = [spanning.widget()] if spanning is not None else []
        rows.append(tuple(label.text() for label in labels if isinstance(label, QLabel)))
    return rows


def test_a_box_shows_exactly_the_rows_of_each_round_in_turn(qtbot: QtBot) -> None:
    box = _Box()
    qtbot.addWidget(box)
    four_records = [
        ("Circuit", "Hockenheimring"),
        ("Lap record GT3", "1:38.512"),
        ("Lap record GT4", "1:45.020"),
        ("Lap record TCR", "1:50.100"),
        ("Track time", "Europe/Berlin"),
    ]
    box.set_rows(four_records)
    first_name = box._labels[0][0]
    assert _shown(box) == four_records

    one_record = [("Circuit", "Anderstorp"), ("Lap record GT4", "1:32.000"), ("Track time", "CET")]
    box.set_rows(one_record)
    assert _shown(box) == one_record
    assert box._labels[0][0] is first_name  # kept, its text changed

    entries = [("Circuit", "Anderstorp"), ("<b>BMW M4 GT4</b>", ""), ("1.", "Andreas")]
    box.set_rows(entries)
    assert _shown(box) == [("Circuit", "Anderstorp"), ("<b>BMW M4 GT4</b>",), ("1.", "Andreas")]

    box.set_rows(four_records)
    assert _shown(box) == four_records
    assert len(box._labels) == box.body.rowCount() == 5
