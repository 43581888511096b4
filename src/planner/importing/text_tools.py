"""Small text helpers shared by the importers."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
"""Hyphen, the Unicode hyphens, en dash, em dash and minus sign."""

DASH_CLASS = "[" + DASHES + "]"

_EDGE_CHARACTERS = " \t:;,.|*#_=>" + DASHES


def fold(text: str) -> str:
    """Lower case without accents, one character for one.

    Keeping the length lets a match found in the folded text be cut out of
    the original text at the same positions.
    """
    if text.isascii():
        return text.lower()  # the common case, and one character for one in ASCII
    return "".join(_fold_character(character) for character in text)


@lru_cache(maxsize=4096)
def _fold_character(character: str) -> str:
    base = unicodedata.normalize("NFKD", character)[:1] or character
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def strip_edges(text: str) -> str:
    """The text without the separators and decoration around it ("**Friday:**" -> "Friday")."""
    return text.strip(_EDGE_CHARACTERS)


def clean_line(raw: str) -> str:
    """A pasted line with non-breaking and zero-width spaces made ordinary."""
    return (
        raw.replace("\u00a0", " ")
        .replace("\u202f", " ")
        .replace("\u200b", "")
        .replace("\ufeff", "")
        .rstrip("\r\n")
        .strip()
    )
