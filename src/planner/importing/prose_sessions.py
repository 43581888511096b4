"""Sessions told in sentences, as news articles and team releases write them.

"Qualifying gets under way at 10:00 on Saturday, and the race starts at
15:30." or "Lördagen inleds med fri träning klockan 09.30 och kvalet körs
kl. 13.15." A sentence is cut into clauses (at full stops, semicolons,
commas and "and"/"och"); a clause with a time becomes a session when it
names one (a kind of session such as practice, kval, race), with the
weekday it names, else the weekday named earlier in the sentence. "The
second" ("det andra") after a named session is the next one of the same
name. A clause with a time and no session is reported, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from planner.importing.clock_words import find_clock_span
from planner.importing.date_words import weekday_number
from planner.importing.day_heading import WrittenDay
from planner.importing.session_words import session_kind
from planner.importing.text_tools import fold

_LEAST_WORDS_IN_A_SENTENCE = 3
_CLAUSE_BREAK = re.compile(
    # a full stop ends a sentence only before a capital or the end: not "kl. 13.15", "p.m. on"
    r"[.!?](?=\s+[A-ZÅÄÖ]|\s*$)|;|,\s*(?:(?:and|och|und|og|while|with|before|after|then|sedan|innan)\s+)?"
    r"|\s+(?:and|och|und|og|then|sedan|followed\s+by|foljt\s+av)\s+",
    re.I,
)
_SESSION_WORDS = (
    r"(?:(?:free|fri|feature|sprint|main|night|first|second|opening|final|sista|forsta|andra"
    r"|freies|erste|zweite)\s+)?"
    r"(?:practi[cs]e|training|traning|tr[aæ]ning|qualifying|quali|kval\w*|race|lopp(?:et)?"
    r"|heat|final(?:en)?|warm-?up|sprint|shoot-?out|superpole|test(?:ing)?|rennen|session)"
    r"(?:\s+(?:sessions|session|race|lopp))?(?:\s+\d\b)?"
)
_SESSION_PHRASE = re.compile(rf"\b{_SESSION_WORDS}", re.I)
_SECOND = re.compile(r"\b(?:second|2nd|andra|zweite|other|den\s+andra|det\s+andra)\b", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:'s)?")


@dataclass(frozen=True)
class ProseSession:
    written_day: WrittenDay | None
    start: time
    end: time | None
    name: str


@dataclass(frozen=True)
class ProseLine:
    """The sessions a sentence tells, and the clauses with a time but no session named."""

    sessions: tuple[ProseSession, ...]
    unnamed_times: tuple[str, ...]


def looks_like_prose(text: str) -> bool:
    """A sentence: several words and a full stop at the end."""
    words = _WORD.findall(text)
    return len(words) >= _LEAST_WORDS_IN_A_SENTENCE and text.rstrip().endswith((".", "!"))


def read_prose(text: str) -> ProseLine | None:
    """The sessions a sentence tells, or None when it tells none."""
    sessions: list[ProseSession] = []
    unnamed: list[str] = []
    day: WrittenDay | None = None
    previous_name = ""
    for clause in (part for part in _CLAUSE_BREAK.split(text) if part and part.strip()):
        day = _weekday_in(clause) or day
        span = find_clock_span(clause)
        if span is None:
            continue
        name = _session_name(clause)
        if name is None and previous_name and _SECOND.search(clause):
            name = f"{previous_name} 2"
        if name is None:
            unnamed.append(clause.strip())
            continue
        previous_name = name
        sessions.append(ProseSession(day, span.start, span.end, name))
    if not sessions:
        return None
    return ProseLine(tuple(_numbered(sessions)), tuple(unnamed))


def _session_name(clause: str) -> str | None:
    found = _SESSION_PHRASE.search(fold(clause))
    if found is None or (session_kind(found.group(0)) is None and "session" not in found.group(0)):
        return None
    words = clause[found.start() : found.end()].split()
    if fold(words[0]) in {"first", "forsta", "erste", "opening"} and len(words) > 1:
        words = words[1:]
    name = re.sub(r"(?i)\bsessions\b", "session", " ".join(words))
    return name[:1].upper() + name[1:]


def _numbered(sessions: list[ProseSession]) -> list[ProseSession]:
    """ "Race" and "Race 2" in one sentence: the first is "Race 1"."""
    names = {session.name for session in sessions}
    return [
        ProseSession(s.written_day, s.start, s.end, f"{s.name} 1") if f"{s.name} 2" in names else s
        for s in sessions
    ]


def _weekday_in(clause: str) -> WrittenDay | None:
    for word in _WORD.findall(clause):
        folded = fold(word).removesuffix("'s")
        for stem in (
            folded,
            folded.removesuffix("s"),
            folded.removesuffix("ens"),
            folded.removesuffix("en"),
        ):
            if len(stem) >= 3 and stem.isalpha():
                weekday = weekday_number(stem)
                if weekday is not None and len(stem) >= 5:
                    return WrittenDay(weekday, None, None, None)
    return None
