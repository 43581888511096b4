"""Column widths from the contents, at a fraction of Qt's cost.

``sizeHintForColumn`` (and a header in ResizeToContents mode) lays out the
text of every cell to size it, about 40 µs a cell: 8 ms for a season table,
24 ms for a weekend. The widest cell is among those with the widest text, so
the texts are measured with their own font (QFontMetrics, about 1 µs), once
per distinct text, font and icon ("Practice", "45 min" recur on every row),
and only the few widest get Qt's own size hint: the same width, exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem


class Cell(NamedTuple):
    """What sizing a cell needs: its display text, font and whether it has an icon."""

    model_index: QModelIndex
    text: object
    font: object
    decorated: bool


def widest_hint(view: QAbstractItemView, cells: Iterable[Cell], candidates: int = 3) -> int:
    """The widest size hint among ``cells`` (of one column); 0 if all are empty. The
    model hands in its cells' texts directly (``column_cells``), without ``data()``."""
    plain = view.fontMetrics()
    metrics: dict[str, QFontMetrics] = {}
    measured: list[tuple[int, QModelIndex]] = []
    seen: set[tuple[str, str, bool]] = set()  # cells that look alike size alike
    for index, text, font, decorated in cells:
        if not text:
            continue
        key = font.key() if isinstance(font, QFont) else ""
        look = (str(text), key, decorated)
        if look in seen:
            continue
        seen.add(look)
        if isinstance(font, QFont):
            if key not in metrics:
                metrics[key] = QFontMetrics(font)
            width = metrics[key].horizontalAdvance(look[0])
        else:
            width = plain.horizontalAdvance(look[0])
        if decorated:
            width += view.iconSize().width() + 32  # any icon: always a candidate
        measured.append((width, index))
    if not measured:
        return 0
    measured.sort(key=lambda item: item[0], reverse=True)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return max(
        view.itemDelegateForIndex(index).sizeHint(option, index).width()
        for _width, index in measured[:candidates]
    )
