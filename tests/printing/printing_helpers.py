"""Helpers of the printing tests: demo rounds, and PDFs read back with poppler-utils
(pdftotext, pdfinfo, pdffonts)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from planner.db.database import Database
from planner.services import queries
from planner.services.lookup import find_round
from planner.services.views import WeekendView


def _need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed: cannot read the PDF back")
    return found


def pdf_text(path: Path, *, layout: bool = True) -> str:
    """The PDF's text as pdftotext reads it (zero-width break hints removed)."""
    command = [_need("pdftotext"), "-enc", "UTF-8"]
    if layout:
        command.append("-layout")
    result = subprocess.run([*command, str(path), "-"], capture_output=True, text=True, check=True)
    # zero-width break hints and the no-break spaces inside names read as plain text
    return result.stdout.replace("\u200b", "").replace("\u00a0", " ")


def pdf_info(path: Path) -> dict[str, str]:
    result = subprocess.run(
        [_need("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    )
    info = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def page_count(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font of the PDF, from pdffonts."""
    result = subprocess.run(
        [_need("pdffonts"), str(path)], capture_output=True, text=True, check=True
    )
    fonts = []
    for line in result.stdout.splitlines()[2:]:
        parts = line.split()
        embedded = parts[-5] == "yes"  # columns: ... emb sub uni object ID
        fonts.append((parts[0], embedded))
    return fonts


@dataclass(frozen=True)
class Word:
    page: int
    left: float
    top: float
    right: float
    bottom: float
    text: str


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>'
)
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def pdf_words(path: Path) -> tuple[list[Word], list[tuple[float, float]]]:
    """Every word with its box in points, and each page's size, from ``pdftotext -bbox``."""
    result = subprocess.run(
        [_need("pdftotext"), "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    )
    words: list[Word] = []
    pages: list[tuple[float, float]] = []
    for line in result.stdout.splitlines():
        page = _PAGE.search(line)
        if page:
            pages.append((float(page.group(1)), float(page.group(2))))
        match = _WORD.search(line)
        if match:
            left, top, right, bottom = (float(value) for value in match.groups()[:4])
            words.append(Word(len(pages), left, top, right, bottom, html.unescape(match.group(5))))
    return words, pages


def layout_problems(path: Path, *, margin: float = 30.0, tolerance: float = 0.6) -> list[str]:
    """Words that overlap each other or reach into the page margin: none on a good sheet."""
    words, pages = pdf_words(path)
    problems = []
    for word in words:
        width, height = pages[word.page - 1]
        if (
            word.left < margin
            or word.top < margin
            or word.right > width - margin
            or word.bottom > height - margin
        ):
            problems.append(f"in the margin: {word}")
    for index, first in enumerate(words):
        for second in words[index + 1 :]:
            if first.page != second.page:
                continue
            across = min(first.right, second.right) - max(first.left, second.left)
            down = min(first.bottom, second.bottom) - max(first.top, second.top)
            if across > tolerance and down > tolerance:
                problems.append(f"overlap: {first} / {second}")
    return problems


def demo_weekend(db: Database, series: str, year: int, number: int) -> WeekendView:
    with db.unit_of_work() as orm:
        round_id = find_round(orm, series, year, number).id
    return queries.weekend(db, round_id)
