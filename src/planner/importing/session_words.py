"""Session names, kinds and broadcast notes as timetables write them (English and Swedish)."""

from __future__ import annotations

import re

from planner.domain.kinds import SessionKind
from planner.importing.text_tools import collapse_spaces, fold, strip_edges

# Checked in this order, on folded text (lower case, no accents): "Tidsträning"
# is practice only because qualifying words were looked for first, and
# "Final practice" is practice because practice comes before race.
_KIND_PATTERNS: tuple[tuple[SessionKind, re.Pattern[str]], ...] = (
    (SessionKind.WARMUP, re.compile(r"warm\s*-?\s*up|uppvarmning|\bwu\d?\b")),
    (
        SessionKind.OTHER,
        re.compile(
            r"pit\s*-?\s*(?:lane\s+)?walk|autograph|autograf|depapromenad|grid\s*walk|track\s*walk"
            r"|banvandring|briefing|forarmote|parade|ceremon|prisutdelning|podium|presentation"
            r"|meet\s*(?:and|&)\s*greet|signing"
        ),
    ),
    (SessionKind.TEST, re.compile(r"\btest(?:ing|s|dag|dagen|day|session|pass)?\b|\btestkorning")),
    (
        SessionKind.QUALIFYING,
        re.compile(r"\bqualif|\bquali\b|kval|\bsuperpole|\bhyperpole|\bshoot\s*-?\s*out|\bq\d+\b"),
    ),
    (
        SessionKind.PRACTICE,
        re.compile(
            r"practi[cs]e|\btraining|traning|\btr(?:æ|ae|e)ning|\bfp\d*\b|\bp\d\b|ovningskorning"
        ),
    ),
    (
        SessionKind.RACE,
        re.compile(
            r"\brace(?:s|\d+)?\b|lopp\b|\bheat|\bfinal|\bsprint\b|\bfeature\b|\bdeltavling|\btavling"
            r"|\br\d+\b|\bmain\s+event|\brennen|\blauf\b|\bløb\b|\bløp\b"
        ),
    ),
)
_CODE = re.compile(r"(?:fp|p|q|r|wu|h)\d{0,2}(?:\s*/\s*(?:fp|p|q|r|wu|h)\d{0,2})*")
_NUMBERED = re.compile(
    r"(?P<base>.*?\D)\s*(?P<numbers>\d+(?:\s*(?:&|\+|/|,|and|och)\s*\d+)+)", re.I
)
_NUMBER_SPLIT = re.compile(r"\s*(?:&|\+|/|,|and|och)\s*", re.I)
_MOST_WORDS_IN_A_NAME = 6


def session_kind(text: str) -> SessionKind | None:
    """The kind a session name says, or None when it names no kind of session."""
    folded = fold(text)
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(folded):
            return kind
    return None


def is_session_code(text: str) -> bool:
    """A short code such as FP1, Q2, "Q1/Q2", WU."""
    return _CODE.fullmatch(fold(text).strip()) is not None


def looks_like_session_name(text: str) -> bool:
    """A short text naming a kind of session ("Free Practice 1", "Kval", "Pit walk")."""
    words = re.findall(r"\w+", text)
    return 0 < len(words) <= _MOST_WORDS_IN_A_NAME and session_kind(text) is not None


def split_session_names(name: str) -> tuple[str, ...]:
    """The sessions one name stands for.

    "Qualifying 1 & 2" -> ("Qualifying 1", "Qualifying 2"); "Q1/Q2" ->
    ("Q1", "Q2"); anything else is one session.
    """
    if is_session_code(name) and "/" in name:
        return tuple(part.strip() for part in name.split("/"))
    match = _NUMBERED.fullmatch(name.strip())
    if match is None:
        return (name,)
    base = match.group("base").strip()
    numbers = _NUMBER_SPLIT.split(match.group("numbers"))
    return tuple(f"{base} {number}" for number in numbers)


def number_the_sessions(names: tuple[str, ...], count: int) -> tuple[str, ...]:
    """One name for each of ``count`` sessions: "Kval" x 2 -> "Kval 1", "Kval 2"."""
    if len(names) == count:
        return names
    if len(names) == 1:
        return tuple(f"{names[0]} {number}" for number in range(1, count + 1))
    return names


# Where a broadcast note starts inside a piece of text ("Race 1 LIVE on ...").
URL_PATTERN = (
    r"(?:https?://|www\.)\S+"
    # a domain starts where a word starts: tried inside a long word, it would be quadratic
    r"|(?<![\w-])[\w-]+(?:\.[\w-]+)*\.(?:com|se|tv|net|org|eu|de|live|info|nu|co\.uk)\b(?:/\S*)?"
)
_BROADCAST_START = re.compile(
    URL_PATTERN
    + r"|\b(?:live|livetiming|livestream|sands|direktsands|direktsant|streamas|streamed|webbsands"
    r"|(?:shown|streamed|broadcast)\s+live)\b"
    r"|\b(?:on|pa|via)\s+(?:\w+\s+){0,3}(?:youtube|tv4|tv|viaplay|eurosport|twitch|facebook)\b"
)
_BROADCAST_ANYWHERE = re.compile(r"\b(?:youtube|tv4|tv|viaplay|eurosport|twitch|stream)\b")
_NAME_WORD = re.compile(
    r"(?:practice|free|fri|training|traning|qualifying|quali|qualification|kval|kvalificering"
    r"|tidskval|race|lopp|heat|final|warm-?up|uppvarmning|test|sprint|part|del"
    r"|fp\d*|q\d*|r\d*|\d+|&|and|och)"
)
_NORMAL_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"live\s*-?\s*timing|livetiming"), "Live timing"),
    (re.compile(r"live\s*-?\s*tv"), "LIVE TV"),
    (re.compile(r"live\s*-?\s*stream(?:ing)?|livestream"), "Live stream"),
)


def split_off_broadcast(text: str) -> tuple[str, str]:
    """(what comes before a broadcast note, the note) - either may be empty."""
    folded = fold(text)
    match = _BROADCAST_START.search(folded)
    if match is not None:
        return strip_edges(text[: match.start()]), tidy_broadcast(text[match.start() :])
    if _BROADCAST_ANYWHERE.search(folded) and session_kind(text) is None:
        return "", tidy_broadcast(text)
    return text, ""


def tidy_broadcast(text: str) -> str:
    """A readable broadcast note: "LIVETIMING" -> "Live timing", "LIVE TV RACE 1" -> "LIVE TV"."""
    words = collapse_spaces(strip_edges(text)).split(" ")
    kept = len(words)
    while kept > 1 and _NAME_WORD.fullmatch(fold(words[kept - 1])):
        kept -= 1
    if any(not re.fullmatch(r"\d+|&|and|och", fold(word)) for word in words[kept:]):
        words = words[:kept]  # "LIVE TV QUALIFYING": the session's name again, not the channel
    tidied = " ".join(words)
    for pattern, normal in _NORMAL_FORMS:
        if pattern.fullmatch(fold(tidied)):
            return normal
    return tidied


# Things a timetable lists that are not sessions on track: the reader sets them aside (the
# user can still include one). Autograph sessions and pit walks stay sessions: families go.
_NOT_A_SESSION = re.compile(
    r"\bgates?\s+(?:open|close)|\bgarages?\s+(?:open|close)|\bpaddock\s+(?:open|close)"
    r"|\bpit\s*-?\s*lane\s+(?:open|close)|\bpit\s+(?:exit|entry)\s+(?:open|close)"
    r"|\bgrid\s*-?\s*(?:show|walk|opens?)\b|\bgridshow|\bfan\s*-?\s*(?:zone|walk|village)"
    r"|\btrack\s+(?:open|close)|\bportarna\s+oppnar|\bgrindarna\s+oppnar|\bomrade\w*\s+oppnar"
    r"|\bdepan\s+(?:oppnar|stanger)|\bdepa\s*(?:oppen|stangd)|\boffnung\s+der\s+tore"
)


def is_not_a_session(name: str) -> bool:
    """Whether a timed line names an event around the sessions, not a session."""
    return _NOT_A_SESSION.search(fold(name)) is not None
