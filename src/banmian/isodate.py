"""Edition dates: ``YYYY-MM-DD`` strings that name a day of the calendar.

A date that only looked right (``2023-02-30``) once passed every check and failed
later in enrichment and the archive with a bare ``ValueError``, taking a whole
batch down; every entry point (API, CLI, file names, page headers, web) checks
dates here instead.
"""

from __future__ import annotations

import datetime as dt
import re

from .errors import UsageError

#: the form only, ASCII digits (``\\d`` would take full-width ２０２３)
ISO_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_real_date(value: object) -> bool:
    """Whether ``value`` is a ``YYYY-MM-DD`` string naming a day that exists."""
    if not isinstance(value, str) or not ISO_DATE_FORM.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def date_from_parts(year: int | str, month: int | str, day: int | str) -> str | None:
    """``YYYY-MM-DD`` from the parts of a date found in a name or a header, or
    ``None`` when they name no day (month 13, 30 February, year 0)."""
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except (ValueError, OverflowError):
        return None


def check_date(value: object, what: str = "date") -> str:
    """``value`` when it is a real ``YYYY-MM-DD`` date, else :class:`UsageError` naming ``what``."""
    if not isinstance(value, str) or not ISO_DATE_FORM.fullmatch(value):
        raise UsageError(f"{what} must be YYYY-MM-DD, got {value!r}")
    if not is_real_date(value):
        raise UsageError(f"{what} must be a real date, got {value!r}: there is no such day")
    return value
