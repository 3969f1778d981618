"""Office hours per weekday (rule C6); the weekdays with hours form the work week (rule C1)."""

from __future__ import annotations

import datetime as dt

from pydantic import model_validator
from typing_extensions import Self

from lapor_rules._model import LaporModel

__all__ = ["DayHours", "OfficeHours"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class DayHours(LaporModel):
    """Opening and closing time of one weekday, local time (``open`` before ``close``)."""

    open: dt.time
    close: dt.time

    @model_validator(mode="after")
    def _open_before_close(self) -> Self:
        if self.open.tzinfo is not None or self.close.tzinfo is not None:
            raise ValueError("office hours are local wall-clock times: give naive times")
        if self.open >= self.close:
            raise ValueError("opening time must be before closing time")
        return self

    @property
    def seconds(self) -> int:
        """Length of the office day in whole seconds."""
        return _seconds(self.close) - _seconds(self.open)


def _seconds(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


_MON_THU = DayHours(open=dt.time(7, 30), close=dt.time(16, 0))
_FRIDAY = DayHours(open=dt.time(7, 30), close=dt.time(16, 30))


class OfficeHours(LaporModel):
    """Office hours for each weekday; a weekday without hours is not in the work week.

    The default is Perpres 21/2023 as agencies usually apply it: Monday–Thursday 07:30–16:00
    and Friday 07:30–16:30 local time, Saturday and Sunday closed. That is 43 hours of opening
    time a week, which holds 37.5 hours of work once the breaks (60 minutes, 90 on Friday) are
    taken out; SLA arithmetic uses the opening time, breaks included.

    >>> OfficeHours().weekly_seconds / 3600
    43.0
    """

    monday: DayHours | None = _MON_THU
    tuesday: DayHours | None = _MON_THU
    wednesday: DayHours | None = _MON_THU
    thursday: DayHours | None = _MON_THU
    friday: DayHours | None = _FRIDAY
    saturday: DayHours | None = None
    sunday: DayHours | None = None

    @model_validator(mode="after")
    def _some_working_day(self) -> Self:
        if all(h is None for h in self.by_weekday()):
            raise ValueError("office hours must open on at least one weekday")
        return self

    @classmethod
    def uniform(
        cls, open: dt.time, close: dt.time, *, weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    ) -> OfficeHours:
        """The same hours on each of ``weekdays`` (0 = Monday … 6 = Sunday), closed otherwise.

        >>> OfficeHours.uniform(dt.time(8), dt.time(15)).saturday is None
        True
        """
        day = DayHours(open=open, close=close)
        return cls(**{name: (day if i in weekdays else None) for i, name in enumerate(_WEEKDAYS)})

    def by_weekday(self) -> tuple[DayHours | None, ...]:
        """Hours for Monday … Sunday (index = ``date.weekday()``)."""
        return tuple(getattr(self, name) for name in _WEEKDAYS)

    @property
    def work_week(self) -> tuple[int, ...]:
        """Weekday numbers (0 = Monday) that have office hours."""
        return tuple(i for i, h in enumerate(self.by_weekday()) if h is not None)

    @property
    def weekly_seconds(self) -> int:
        """Opening time in one full week, in seconds (breaks included)."""
        return sum(h.seconds for h in self.by_weekday() if h is not None)

    def describe(self) -> str:
        """A short text such as ``"Sen–Kam 07:30–16:00, Jum 07:30–16:30"`` (Indonesian days)."""
        short = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
        parts = [
            f"{short[i]} {h.open:%H:%M}–{h.close:%H:%M}"
            for i, h in enumerate(self.by_weekday())
            if h is not None
        ]
        return ", ".join(parts)
