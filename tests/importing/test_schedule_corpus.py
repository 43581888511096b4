"""Precision and recall of the timetable reader over a corpus of published-style timetables.

Each ``tests/fixtures/schedules/corpus/NAME.txt`` is a timetable written in
the manner of a real publisher (series timetables, news articles, team
releases, PDF text, English, Swedish, German- and Danish-style dates and
times); ``NAME.json`` holds the event's days and every session a reader of
the text would write down, with its date and time as written. A proposed
session is right when its date and start time are those of an expected
session not already matched; recall counts the expected sessions found.
A session the text gives without a time ("TBC") is expected under
``tentative`` with its day only; it must come out as tentative on that
day, and is not counted among the timed rows. Timetable PDFs laid out as
series print them (``tests/timetable_pdfs.py``) are made, read as page
text and scored alike. The figures are printed (``pytest -s``) and held
to the issue's targets.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.importing.pdf_text import pdf_text
from planner.importing.schedule_text import parse_schedule
from timetable_pdfs import CORPUS_PDFS

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "schedules" / "corpus"
LEAST_RECALL = 0.95
MOST_WRONG = 0.03


@dataclass(frozen=True)
class Score:
    name: str
    expected: int
    proposed: int
    right: int


def score(text_file: Path) -> Score:
    expected_file = text_file.with_suffix(".json")
    facts = json.loads(expected_file.read_text(encoding="utf-8"))
    return score_text(text_file.stem, text_file.read_text(encoding="utf-8"), facts)


def score_pdf(name: str, folder: Path) -> Score:
    make, first_day, last_day, sessions = CORPUS_PDFS[name]
    assert callable(make)
    pdf = make(folder / f"{name}.pdf")
    facts = {
        "first_day": first_day,
        "last_day": last_day,
        "sessions": [{"start": start, "name": session} for start, session in sessions],
    }
    return score_text(f"{name}.pdf", pdf_text(pdf.read_bytes()), facts)


def score_text(name: str, text: str, facts: dict[str, Any]) -> Score:
    first_day = date.fromisoformat(facts["first_day"])
    last_day = date.fromisoformat(facts["last_day"])
    parsed = parse_schedule(
        text,
        year=first_day.year,
        first_day=first_day,
        last_day=last_day,
    )
    wanted = Counter(datetime.fromisoformat(item["start"]) for item in facts["sessions"])
    proposed = [
        datetime.combine(session.day, session.start)
        for session in parsed.sessions
        if not session.set_aside  # listed as not imported; the user may include it
        and not session.tentative
    ]
    tentative = Counter((s.day, s.name) for s in parsed.sessions if s.tentative)
    wanted_tentative = Counter(
        (date.fromisoformat(item["day"]), item["name"]) for item in facts.get("tentative", [])
    )
    right = 0
    for start in proposed:
        if wanted[start] > 0:
            wanted[start] -= 1
            right += 1
    right_tentative = sum((tentative & wanted_tentative).values())
    return Score(
        name,
        len(facts["sessions"]) + sum(wanted_tentative.values()),
        len(proposed) + sum(tentative.values()),
        right + right_tentative,
    )


def test_the_corpus_is_read_with_the_exact_dates_and_times(tmp_path: Path) -> None:
    scores = [score(path) for path in sorted(CORPUS.glob("*.txt"))]
    scores += [score_pdf(name, tmp_path) for name in CORPUS_PDFS]
    expected = sum(item.expected for item in scores)
    proposed = sum(item.proposed for item in scores)
    right = sum(item.right for item in scores)
    recall = right / expected
    wrong = (proposed - right) / proposed if proposed else 0.0
    for item in scores:
        if item.right != item.expected or item.proposed != item.right:
            print(f"{item.name}: {item.right}/{item.expected} found, {item.proposed} proposed")
    print(
        f"corpus: {len(scores)} texts ({len(CORPUS_PDFS)} of them PDFs), {expected} sessions; "
        f"recall {recall:.1%} "
        f"({right}/{expected}); wrong proposals {wrong:.1%} ({proposed - right}/{proposed})"
    )
    assert len(scores) >= 40
    assert recall >= LEAST_RECALL
    assert wrong <= MOST_WRONG
