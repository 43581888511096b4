"""Words the user sees for the planner's closed vocabularies, through Qt's tr."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from planner.domain.kinds import RoundStatus, SessionKind, SessionStatus


def kind_label(kind: SessionKind | str) -> str:
    labels = {
        SessionKind.PRACTICE: QCoreApplication.translate("Labels", "Practice"),
        SessionKind.QUALIFYING: QCoreApplication.translate("Labels", "Qualifying"),
        SessionKind.RACE: QCoreApplication.translate("Labels", "Race"),
        SessionKind.WARMUP: QCoreApplication.translate("Labels", "Warm-up"),
        SessionKind.TEST: QCoreApplication.translate("Labels", "Test"),
        SessionKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(SessionKind(str(kind)), str(kind))


def session_status_label(status: SessionStatus | str) -> str:
    labels = {
        SessionStatus.SCHEDULED: QCoreApplication.translate("Labels", "Scheduled"),
        SessionStatus.TENTATIVE: QCoreApplication.translate("Labels", "To be confirmed"),
        SessionStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }
    return labels.get(SessionStatus(str(status)), str(status))


def round_status_label(status: RoundStatus | str) -> str:
    labels = {
        RoundStatus.SCHEDULED: QCoreApplication.translate("Labels", "Scheduled"),
        RoundStatus.POSTPONED: QCoreApplication.translate("Labels", "Postponed"),
        RoundStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }
    return labels.get(RoundStatus(str(status)), str(status))


def template_label(key: str) -> str:
    labels = {
        "gt4-european-series": QCoreApplication.translate("Labels", "GT4 European Series weekend"),
        "tcr-germany": QCoreApplication.translate("Labels", "TCR Germany weekend"),
        "12h-two-parts": QCoreApplication.translate("Labels", "12-hour race in two parts"),
    }
    return labels.get(key, key)


def conflict_kind_label(kind: str) -> str:
    if kind == "driver-overlap":
        return QCoreApplication.translate("Labels", "Driver double-booked")
    return QCoreApplication.translate("Labels", "Family on track at once")


# --- dates and times in the UI's locale ---------------------------------------


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def clock_text(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def day_text(day: date) -> str:
    """'Friday 1 September' in the UI's language."""
    text = QLocale().toString(qdate(day), "dddd d MMMM")
    return text[:1].upper() + text[1:]


def short_day_text(day: date) -> str:
    return QLocale().toString(qdate(day), "ddd d MMM")


def date_range_text(first: date, last: date) -> str:
    locale = QLocale()
    if first == last:
        return locale.toString(qdate(first), "d MMM yyyy")
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{locale.toString(qdate(last), 'd MMM yyyy')}"
    if first.year == last.year:
        return (
            f"{locale.toString(qdate(first), 'd MMM')} – "
            f"{locale.toString(qdate(last), 'd MMM yyyy')}"
        )
    first_text = locale.toString(qdate(first), "d MMM yyyy")
    return f"{first_text} – {locale.toString(qdate(last), 'd MMM yyyy')}"


def duration_text(minutes: int | None) -> str:
    if minutes is None:
        return "–"
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return QCoreApplication.translate("Labels", "{hours} h {minutes} min").format(
            hours=hours, minutes=rest
        )
    if hours:
        return QCoreApplication.translate("Labels", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("Labels", "{minutes} min").format(minutes=minutes)


def length_text(length_m: int | None) -> str:
    if length_m is None:
        return "–"
    number = QLocale().toString(length_m / 1000, "f", 3)
    return QCoreApplication.translate("Labels", "{length} km").format(length=number)


def countdown_text(seconds: float) -> str:
    """'in 2 d 4 h', 'in 3 h 10 min', 'in 5 min', 'now'."""
    if seconds <= 0:
        return QCoreApplication.translate("Labels", "now")
    minutes = int(seconds // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 14:  # hours no longer matter
        return QCoreApplication.translate("Labels", "in {days} d").format(days=days)
    if days:
        return QCoreApplication.translate("Labels", "in {days} d {hours} h").format(
            days=days, hours=hours
        )
    if hours:
        return QCoreApplication.translate("Labels", "in {hours} h {minutes} min").format(
            hours=hours, minutes=mins
        )
    return QCoreApplication.translate("Labels", "in {minutes} min").format(minutes=max(mins, 1))
