"""Deadlines and SLA status for many cases at once (issue 5: batch use).

:func:`deadline_many` and :func:`sla_status_many` give exactly the results of calling
:func:`~lapor_rules.deadline` and :func:`~lapor_rules.sla_status` once per case, in the same
order, but check the shared arguments once and reuse work across cases: the parts of a
working-days deadline that depend only on the local received date and the start day are
computed once per distinct day, and everything that depends on ``now`` once per batch.

Cases with pauses, or with calendar-day or hour limits, take the single-case path.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import TypeVar

from lapor_rules.calendar.engine import WorkingCalendar, _check_aware
from lapor_rules.calendar.national import default_calendar
from lapor_rules.errors import InvalidInputError, InvalidTypeError, LaporRulesError
from lapor_rules.sla.deadline import (
    DayParts,
    Deadline,
    PauseInput,
    assemble_deadline,
    deadline,
    provisional_notes,
)
from lapor_rules.sla.limits import LIMIT_TYPES, CalendarDays, Hours, WorkingDays
from lapor_rules.sla.status import SlaStatus, status_from_deadline

__all__ = ["deadline_many", "sla_status_many"]

_LimitT = WorkingDays | CalendarDays | Hours
T = TypeVar("T")
_Memo = dict[tuple[int, int, int], DayParts]


def deadline_many(
    received_at: Iterable[dt.datetime],
    limit: _LimitT | Sequence[_LimitT],
    *,
    calendar: WorkingCalendar | None = None,
    pauses: Sequence[Sequence[PauseInput]] | None = None,
) -> list[Deadline]:
    """The deadline of every case, as :func:`~lapor_rules.deadline` would give it.

    Args:
        received_at: the instants of receipt (timezone-aware), one per case.
        limit: one limit for every case, or a sequence with one limit per case.
        calendar: the office calendar (default: the national calendar, WIB).
        pauses: optionally, one sequence of ``(start, end)`` pauses per case.

    Raises:
        InvalidInputError: the sequences differ in length, or a case is invalid; the message
            starts with ``case K:`` (K counts from 0) and says what was wrong.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> from lapor_rules import WorkingDays
    >>> wib = ZoneInfo("Asia/Jakarta")
    >>> days = [dt.datetime(2026, 3, 17, h, tzinfo=wib) for h in (9, 17)]
    >>> [d.due_date.isoformat() for d in deadline_many(days, WorkingDays(5))]
    ['2026-03-31', '2026-04-01']
    """
    cal = _calendar(calendar)
    instants = list(received_at)
    limits = _per_case(limit, len(instants), "limit")
    pause_lists = _per_case_optional(pauses, len(instants), "pauses")
    memo: _Memo = {}
    out: list[Deadline] = []
    for k, instant in enumerate(instants):
        try:
            out.append(_deadline(instant, limits[k], pause_lists[k], cal, memo))
        except LaporRulesError as exc:
            raise _at_case(k, exc) from None
    return out


def sla_status_many(
    received_at: Iterable[dt.datetime],
    limit: _LimitT | Sequence[_LimitT],
    *,
    now: dt.datetime,
    calendar: WorkingCalendar | None = None,
    pauses: Sequence[Sequence[PauseInput]] | None = None,
    completed_at: Sequence[dt.datetime | None] | None = None,
    warn_at: float = 0.75,
) -> list[SlaStatus]:
    """The SLA status of every case at ``now``, as :func:`~lapor_rules.sla_status` gives it.

    Args:
        received_at: the instants of receipt (timezone-aware), one per case.
        limit: one limit for every case, or a sequence with one limit per case.
        now: the moment to evaluate (timezone-aware), the same for every case.
        calendar: the office calendar (default: the national calendar, WIB).
        pauses: optionally, one sequence of ``(start, end)`` pauses per case.
        completed_at: optionally, one completion instant (or ``None``) per case.
        warn_at: elapsed fraction from which an open case is ``at_risk``.

    Raises:
        InvalidInputError: the sequences differ in length, ``now`` is naive, ``warn_at`` is
            outside ``(0, 1]``, or a case is invalid (the message starts with ``case K:``).
    """
    _check_aware(now, "now")
    if isinstance(warn_at, bool) or not isinstance(warn_at, (int, float)):
        raise InvalidTypeError("warn_at must be a number")
    if not 0 < warn_at <= 1:
        raise InvalidInputError("warn_at must be in (0, 1]")
    cal = _calendar(calendar)
    instants = list(received_at)
    limits = _per_case(limit, len(instants), "limit")
    pause_lists = _per_case_optional(pauses, len(instants), "pauses")
    completions = _per_case_optional(completed_at, len(instants), "completed_at")
    today = cal.start_day(now)
    clock = functools.lru_cache(maxsize=4096)(cal.office_clock)
    memo: _Memo = {}
    out: list[SlaStatus] = []
    for k, instant in enumerate(instants):
        try:
            done = completions[k]
            if done is not None:
                _check_aware(done, "completed_at")
            d = _deadline(instant, limits[k], pause_lists[k], cal, memo)
            out.append(
                status_from_deadline(
                    d,
                    cal,
                    now=now,
                    completed_at=done,
                    warn_at=float(warn_at),
                    today=today,
                    office_clock=clock,
                )
            )
        except LaporRulesError as exc:
            raise _at_case(k, exc) from None
    return out


def _deadline(
    instant: dt.datetime,
    limit: _LimitT,
    pauses: Sequence[PauseInput] | None,
    cal: WorkingCalendar,
    memo: _Memo,
) -> Deadline:
    if pauses or type(limit) is not WorkingDays:
        return deadline(instant, limit, calendar=cal, pauses=pauses or ())
    if type(instant) is not dt.datetime or instant.tzinfo is None:
        _check_aware(instant, "received_at")
    local_ord, start_ord, effective = cal._start_parts(instant)
    key = (local_ord, start_ord, limit.n)
    parts = memo.get(key)
    if parts is None:
        first, _, due, due_at, skipped, years = cal.working_deadline(instant, limit.n)
        notes = provisional_notes(cal, years) if years else ()
        parts = memo[key] = (first, due, due_at, skipped, notes)
    return assemble_deadline(instant, limit, cal, effective, parts)


def _calendar(calendar: WorkingCalendar | None) -> WorkingCalendar:
    cal = default_calendar() if calendar is None else calendar
    if not isinstance(cal, WorkingCalendar):
        raise InvalidTypeError("calendar must be a WorkingCalendar or None")
    return cal


def _per_case(value: _LimitT | Sequence[_LimitT], n: int, name: str) -> Sequence[_LimitT]:
    if isinstance(value, LIMIT_TYPES):
        return [value] * n
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise InvalidTypeError(f"{name} must be a limit or a sequence of limits, one per case")
    if len(value) != n:
        raise InvalidInputError(f"{name} has {len(value)} items for {n} cases")
    for k, item in enumerate(value):
        if not isinstance(item, LIMIT_TYPES):
            raise InvalidTypeError(
                f"case {k}: limit must be WorkingDays(n), CalendarDays(n) or Hours(n), "
                f"not {type(item).__name__}"
            )
    return value


def _per_case_optional(value: Sequence[T] | None, n: int, name: str) -> Sequence[T | None]:
    if value is None:
        return [None] * n
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise InvalidTypeError(f"{name} must be a sequence with one item per case")
    if len(value) != n:
        raise InvalidInputError(f"{name} has {len(value)} items for {n} cases")
    return value


def _at_case(k: int, exc: LaporRulesError) -> LaporRulesError:
    """The same kind of error, its message prefixed with the case index."""
    try:
        return type(exc)(f"case {k}: {exc}")
    except TypeError:  # an error class with a different constructor
        return InvalidInputError(f"case {k}: {exc}")
