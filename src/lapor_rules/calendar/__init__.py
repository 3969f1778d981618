"""Indonesian working-day calendars: closures, office hours and the calendar engine.

See ``docs/sla.md`` and the rules C1–C6 and D1–D3 of the SLA semantics.
"""

from __future__ import annotations

from lapor_rules.calendar.closure import Closure, ClosureKind
from lapor_rules.calendar.engine import WorkingCalendar
from lapor_rules.calendar.hours import DayHours, OfficeHours
from lapor_rules.calendar.national import (
    add_working_days,
    default_calendar,
    is_working_day,
    working_days_between,
)

__all__ = [
    "Closure",
    "ClosureKind",
    "DayHours",
    "OfficeHours",
    "WorkingCalendar",
    "add_working_days",
    "default_calendar",
    "is_working_day",
    "working_days_between",
]
