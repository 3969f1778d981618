"""Hypothesis strategies for the calendar and SLA capability.

>>> from hypothesis import given
>>> from lapor_rules.testing.sla import aware_datetimes, limits
>>> @given(aware_datetimes(), limits())
... def test_deadline_is_after_receipt(received, limit): ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from lapor_rules.calendar import Closure, WorkingCalendar
from lapor_rules.calendar.closure import ClosureKind
from lapor_rules.sla.limits import CalendarDays, Hours, WorkingDays

__all__ = [
    "OFFICE_ZONES",
    "aware_datetimes",
    "calendar_dates",
    "closure_dates",
    "limits",
    "pause_lists",
    "synthetic_calendars",
    "working_day_limits",
]

#: The three Indonesian office zones (WIB, WITA, WIT).
OFFICE_ZONES: tuple[str, ...] = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")


def calendar_dates(min_year: int = 2020, max_year: int = 2026) -> st.SearchStrategy[dt.date]:
    """Dates from 1 January ``min_year`` to 31 December ``max_year``."""
    return st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))


def aware_datetimes(
    min_year: int = 2020,
    max_year: int = 2026,
    zones: Sequence[str] = (*OFFICE_ZONES, "UTC"),
) -> st.SearchStrategy[dt.datetime]:
    """Timezone-aware datetimes in the three office zones (and UTC), to the second.

    The range stays one day inside the years so that the instant's local date in any
    Indonesian zone is inside them too.
    """
    return st.datetimes(
        min_value=dt.datetime(min_year, 1, 2),
        max_value=dt.datetime(max_year, 12, 30, 23, 59, 59),
        timezones=st.sampled_from([ZoneInfo(z) for z in zones]),
    ).map(lambda d: d.replace(microsecond=0))


def working_day_limits(max_n: int = 60) -> st.SearchStrategy[WorkingDays]:
    """``WorkingDays(n)`` with ``0 <= n <= max_n``."""
    return st.integers(0, max_n).map(WorkingDays)


def limits(max_days: int = 60, max_hours: int = 24 * 14) -> st.SearchStrategy[
    WorkingDays | CalendarDays | Hours
]:  # fmt: skip
    """Any limit: working days, calendar days or hours."""
    return st.one_of(
        working_day_limits(max_days),
        st.integers(0, max_days).map(CalendarDays),
        st.integers(0, max_hours).map(Hours),
    )


def closure_dates(
    min_year: int = 2024, max_year: int = 2026, max_size: int = 40
) -> st.SearchStrategy[list[dt.date]]:
    """A list of distinct dates to close (extra closures)."""
    return st.lists(calendar_dates(min_year, max_year), max_size=max_size, unique=True)


@st.composite
def synthetic_calendars(
    draw: st.DrawFn,
    min_year: int = 2024,
    max_year: int = 2026,
    max_closures: int = 40,
    max_extra_working: int = 5,
) -> WorkingCalendar:
    """Calendars built from random closures and extra working days (no ``holidays`` data).

    Useful wherever the rule under test must hold for *any* closure set (rules C1, D1–D3).
    """
    closed = draw(closure_dates(min_year, max_year, max_closures))
    working = draw(closure_dates(min_year, max_year, max_extra_working))
    zone = draw(st.sampled_from(OFFICE_ZONES))
    return WorkingCalendar(
        years=range(min_year, max_year + 1),
        closures=[Closure(date=d, name=f"closure {i}", kind=ClosureKind.EXTRA)
                  for i, d in enumerate(closed)],
        extra_working_days=working,
        timezone=zone,
    )  # fmt: skip


@st.composite
def pause_lists(
    draw: st.DrawFn,
    start: dt.datetime,
    max_pauses: int = 3,
    max_span: dt.timedelta = dt.timedelta(days=20),
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Up to ``max_pauses`` ``(start, end)`` pairs (possibly overlapping) after ``start``."""
    pairs = []
    for _ in range(draw(st.integers(0, max_pauses))):
        offset = draw(st.integers(0, int(max_span.total_seconds())))
        length = draw(st.integers(0, int(max_span.total_seconds()) // 2))
        p0 = start + dt.timedelta(seconds=offset)
        pairs.append((p0, p0 + dt.timedelta(seconds=length)))
    return pairs
