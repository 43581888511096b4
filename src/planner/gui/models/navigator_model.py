"""Series → seasons → rounds, for the navigator tree.

A season's rounds are read when it is opened (Qt's fetchMore), so the tree of a
20-season archive costs what one season does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from planner.gui.labels import date_range_text
from planner.gui.models.roles import (
    ACCESSIBLE_TEXT_ROLE,
    COLOUR_ROLE,
    DECORATION_ROLE,
    DISPLAY_ROLE,
    ID_ROLE,
    KIND_ROLE,
    TOOLTIP_ROLE,
    fill_answered_roles,
)
from planner.services.views import RoundView, SeasonView, SeriesView

AnyIndex = QModelIndex | QPersistentModelIndex

# Roles a tree view asks of every row it paints that no node answers: prepared as
# None so that painting finds every answer in the node's dict.
_UNANSWERED: dict[int, Any] = {
    int(Qt.ItemDataRole.FontRole): None,
    int(Qt.ItemDataRole.TextAlignmentRole): None,
    int(Qt.ItemDataRole.BackgroundRole): None,
    int(Qt.ItemDataRole.ForegroundRole): None,
    int(Qt.ItemDataRole.CheckStateRole): None,
    int(Qt.ItemDataRole.SizeHintRole): None,
}


_NO_INDEX = QModelIndex()  # returned as it is: Qt copies it


def _no_answer(_role: int) -> Any:
    """What a node answers to a role not prepared: nothing."""
    return None


@dataclass(eq=False)
class NavigatorNode:
    kind: str  # "root", "series", "season", "round"
    id: int
    text: str
    colour: str = ""
    tooltip: str = ""
    parent: NavigatorNode | None = None
    children: list[NavigatorNode] = field(default_factory=list)
    loaded: bool = True  # False: a season whose rounds are not read yet
    # What data() answers by role, made at the first ask (see NavigatorModel._answers).
    answers: dict[int, Any] | None = field(default=None, repr=False)

    def add(self, child: NavigatorNode) -> NavigatorNode:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)


def build_tree(
    series: list[SeriesView],
    seasons: list[SeasonView],
    rounds_by_season: dict[int, list[RoundView]],
) -> NavigatorNode:
    root = NavigatorNode("root", 0, "")
    for one_series in series:
        # A long official name reads badly in a narrow tree: the short one, full in the tip.
        text = one_series.name if len(one_series.name) <= 24 else one_series.label
        series_node = root.add(
            NavigatorNode("series", one_series.id, text, one_series.colour, tooltip=one_series.name)
        )
        for season in sorted(
            (s for s in seasons if s.series_id == one_series.id), key=lambda s: -s.year
        ):
            season_node = series_node.add(
                NavigatorNode("season", season.id, str(season.year), one_series.colour)
            )
            if season.id not in rounds_by_season:
                season_node.loaded = season.round_count == 0
                continue
            for round_view in rounds_by_season[season.id]:
                season_node.add(round_node(round_view, one_series.colour))
    return root


def round_node(round_view: RoundView, colour: str) -> NavigatorNode:
    return NavigatorNode(
        "round",
        round_view.id,
        f"{round_view.number}. {round_view.title}",
        colour,
        tooltip=f"{round_view.track.name} · "
        f"{date_range_text(round_view.first_day, round_view.last_day)}",
    )


class NavigatorModel(QAbstractItemModel):
    """``load_rounds(season_id)`` reads a season's rounds when the tree opens it."""

    def __init__(self, load_rounds: Callable[[int], list[RoundView]] | None = None) -> None:
        super().__init__()
        self._root = NavigatorNode("root", 0, "")
        self._load_rounds = load_rounds

    def set_tree(self, root: NavigatorNode) -> None:
        self.beginResetModel()
        self._root = root
        self.endResetModel()

    def _node(self, index: AnyIndex) -> NavigatorNode:
        if not index.isValid():
            return self._root
        node: NavigatorNode = index.internalPointer()
        return node

    # index, parent and rowCount are asked from C++ hundreds of times a season switch
    # (the tree's layout and painting, ~9 parent() calls a row shown): each does the
    # least it can.

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = (parent.internalPointer() if parent.isValid() else self._root).children
        if column != 0 or not 0 <= row < len(children):
            return _NO_INDEX
        return self.createIndex(row, 0, children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return _NO_INDEX
        node: NavigatorNode | None = index.internalPointer().parent
        if node is None or node is self._root:
            return _NO_INDEX
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._root.children)
        return len(parent.internalPointer().children) if parent.column() == 0 else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return bool(node.children) or self._can_load(node)

    def _can_load(self, node: NavigatorNode) -> bool:
        return not node.loaded and self._load_rounds is not None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return parent.isValid() and self._can_load(self._node(parent))

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid():
            return
        node = self._node(parent)
        if not self._can_load(node):
            return
        assert self._load_rounds is not None
        node.loaded = True
        rounds = self._load_rounds(node.id)
        if not rounds:
            return
        self.beginInsertRows(parent, 0, len(rounds) - 1)
        for round_view in rounds:
            node.add(round_node(round_view, node.colour))
        self.endInsertRows()

    def load_season(self, season_id: int) -> QModelIndex:
        """The season's index, its rounds read if they were not yet."""
        index = self.find("season", season_id)
        if index.isValid() and self.canFetchMore(index):
            self.fetchMore(index)
        return index

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._answers(index).get(role) if index.isValid() else None

    def multiData(self, index: AnyIndex, roles: QModelRoleDataSpan | QModelRoleData) -> None:
        fill_answered_roles(self._answers(index) if index.isValid() else {}, _no_answer, roles)

    def _answers(self, index: AnyIndex) -> dict[int, Any]:
        """The node's answers by role, made once: painting the tree asks each row for
        seven roles at every switch (the series' swatch colour made once too)."""
        node = self._node(index)
        answers = node.answers
        if answers is None:
            tip = node.tooltip or node.text
            answers = node.answers = {
                **_UNANSWERED,
                DISPLAY_ROLE: node.text,
                TOOLTIP_ROLE: tip,
                ACCESSIBLE_TEXT_ROLE: tip,
                ID_ROLE: node.id,
                KIND_ROLE: node.kind,
                COLOUR_ROLE: node.colour,
                DECORATION_ROLE: QColor(node.colour) if node.kind == "series" else None,
            }
        return answers

    def find(self, kind: str, item_id: int) -> QModelIndex:
        """The index of a node, or an invalid index."""
        stack = [self._root]
        while stack:
            node = stack.pop()
            if node.kind == kind and node.id == item_id and node.parent is not None:
                return self.createIndex(node.row(), 0, node)
            stack.extend(node.children)
        return QModelIndex()
