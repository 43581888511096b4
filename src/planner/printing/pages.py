"""Blocks of a page and how they are put on pages: one page if at all possible."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

SCALES = (1.0, 0.94, 0.88, 0.83, 0.78, 0.74, 0.7)  # how far a crowded sheet may shrink


@dataclass
class Block:
    """A piece of a page: its height in points and how to draw it at a top edge."""

    height: float
    paint: Callable[[float], None]
    keep_with_next: bool = False
    fill: bool = False  # takes the rest of the page (the notes area), at least ``height``
    gap_after: float = 0.0
    on_new_page: Block | None = None  # e.g. the table heading repeated


@dataclass
class PagePlan:
    placed: list[tuple[Block, float, float]] = field(default_factory=list)  # block, top, height


def total_height(blocks: Sequence[Block]) -> float:
    return sum(block.height + block.gap_after for block in blocks)


def plan_pages(
    blocks: Sequence[Block], top: float, bottom: float, *, later_top: float | None = None
) -> list[PagePlan]:
    """Blocks down the pages from ``top`` (``later_top`` on every page after the first)."""
    pages = [PagePlan()]
    y = top
    index = 0
    while index < len(blocks):
        block = blocks[index]
        # a heading travels with what follows it
        group_end = index
        group_height = block.height
        while blocks[group_end].keep_with_next and group_end + 1 < len(blocks):
            group_height += blocks[group_end].gap_after + blocks[group_end + 1].height
            group_end += 1
        fits = y + group_height <= bottom + 0.01
        if not fits and block.fill and group_end == index and pages[-1].placed:
            # lines to write on take what the page has left, never a page of their own
            pages[-1].placed.append((block, y, max(0.0, bottom - y)))
            y = bottom
            index += 1
            continue
        if not fits and pages[-1].placed and group_height <= bottom - top:
            pages.append(PagePlan())
            y = top if later_top is None else later_top
            repeat = block.on_new_page
            if repeat is not None:
                pages[-1].placed.append((repeat, y, repeat.height))
                y += repeat.height + repeat.gap_after
        height = block.height
        if block.fill:
            height = max(block.height, bottom - y)
        pages[-1].placed.append((block, y, height))
        y += height + block.gap_after
        index += 1
    return pages


def fit(
    build: Callable[[float, bool], list[Block]],
    top: float,
    bottom: float,
    scales: Sequence[float] = SCALES,
) -> tuple[list[PagePlan], float]:
    """Lay out at the largest scale that fits one page, then compact (fewer blank
    lines for notes); past the floor, continue on more pages."""
    blocks: list[Block] = []
    for compact in (False, True):
        for scale in scales:
            blocks = build(scale, compact)
            if top + total_height(blocks) <= bottom + 0.01:
                return plan_pages(blocks, top, bottom), scale
    return plan_pages(blocks, top, bottom), scales[-1]


@dataclass(frozen=True)
class Frame:
    """Where a page's content goes, in points of the painter's coordinates."""

    left: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height
