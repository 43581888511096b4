"""Readers for pasted published text: race-weekend timetables and season calendars.

Qt-free and database-free. Each reader returns plain frozen dataclasses and
lists every line it could not use, with a reason the user can read, so the
import dialog can show what was understood and what was left out.
"""
