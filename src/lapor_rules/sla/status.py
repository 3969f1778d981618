"""SLA status at a moment (rules S1–S4): on track, at risk, breached, met or missed."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from enum import Enum

from pydantic import computed_field

from lapor_rules._construct import build
from lapor_rules._model import LaporModel
from lapor_rules.calendar.engine import WorkingCalendar, _check_aware
from lapor_rules.calendar.national import default_calendar
from lapor_rules.errors import InvalidInputError, InvalidTypeError
from lapor_rules.regions import ZONES
from lapor_rules.sla.deadline import Deadline, PauseInput, SlaReason, deadline, duration_text
from lapor_rules.sla.limits import CalendarDays, Hours, WorkingDays
from lapor_rules.text import Bilingual

__all__ = ["SlaState", "SlaStatus", "sla_status"]


class SlaState(str, Enum):
    """Where a case stands against its deadline (rules S1, S2)."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    MET = "met"
    MISSED = "missed"


_STATE_TEXT = {
    SlaState.ON_TRACK: ("sesuai jadwal", "on track"),
    SlaState.AT_RISK: ("berisiko terlambat", "at risk"),
    SlaState.BREACHED: ("melewati tenggat", "breached"),
    SlaState.MET: ("selesai tepat waktu", "met"),
    SlaState.MISSED: ("selesai terlambat", "missed"),
}


class SlaStatus(LaporModel):
    """The status of a case at ``now`` (rules S1–S4), with the deadline that explains it.

    Attributes:
        state: ``on_track``, ``at_risk``, ``breached``, ``met`` or ``missed``.
        now: the moment asked about.
        completed_at: when the case was completed, if it was.
        due_at: the deadline instant.
        elapsed_fraction: office time used over office time allowed, pauses excluded (S3);
            wall-clock for :class:`Hours`. In ``[0, 1]`` up to the deadline, above 1 after it.
        warn_at: the threshold for ``at_risk``.
        remaining_working_days: working days from ``now``'s start day to the due date (S4);
            negative once the due date has passed.
        overdue: how late (``now - due_at`` when breached, ``completed_at - due_at`` when
            missed), else ``None``.
        provisional: whether the deadline or the count of remaining days touched a
            provisional year (rule C4).
        provisional_notes: why, for years the deadline itself did not already name.
        deadline: the full deadline explanation (rule T6).
    """

    state: SlaState
    now: dt.datetime
    completed_at: dt.datetime | None = None
    due_at: dt.datetime
    elapsed_fraction: float
    warn_at: float
    remaining_working_days: int
    overdue: dt.timedelta | None = None
    provisional: bool = False
    provisional_notes: tuple[Bilingual, ...] = ()
    deadline: Deadline

    @computed_field  # type: ignore[prop-decorator]
    @functools.cached_property
    def reasons(self) -> tuple[SlaReason, ...]:
        """Why this state: the status rule, then the deadline's own reasons."""
        return (*_explain(self), *self.deadline.reasons)


def _explain(s: SlaStatus) -> tuple[SlaReason, ...]:
    abbr = ZONES.get(s.deadline.timezone, ("", 0))[0]  # type: ignore[call-overload]
    state_id, state_en = _STATE_TEXT[s.state]
    due = f"{s.due_at:%Y-%m-%d %H:%M} {abbr}"
    pct = f"{s.elapsed_fraction * 100:.1f} %"
    if s.state in (SlaState.MET, SlaState.MISSED):
        done = f"{s.completed_at:%Y-%m-%d %H:%M}" if s.completed_at else "?"
        head = SlaReason(
            rule="S1",
            message=Bilingual(
                id=f"Selesai {done}, tenggat {due}: {state_id}",
                en=f"Completed {done}, deadline {due}: {state_en}",
            ),
        )
    else:
        head = SlaReason(
            rule="S2",
            message=Bilingual(
                id=f"Tenggat {due}; terpakai {pct} (ambang peringatan "
                f"{s.warn_at * 100:.0f} %): {state_id}",
                en=f"Deadline {due}; {pct} used (warning threshold {s.warn_at * 100:.0f} %): "
                f"{state_en}",
            ),
        )
    late = duration_text(s.overdue) if s.overdue is not None else None
    out = [
        head,
        SlaReason(
            rule="S3",
            message=Bilingual(
                id=f"Waktu terpakai {pct} dari waktu kerja yang tersedia, jeda tidak dihitung",
                en=f"{pct} of the allowed office time used, pauses excluded",
            ),
        ),
        SlaReason(
            rule="S4",
            message=Bilingual(
                id=f"Sisa {s.remaining_working_days} hari kerja"
                + (f"; terlambat {late.id}" if late is not None else ""),
                en=f"{s.remaining_working_days} working days remaining"
                + (f"; overdue by {late.en}" if late is not None else ""),
            ),
        ),
    ]
    out.extend(SlaReason(rule="C4", message=note) for note in s.provisional_notes)
    return tuple(out)


def _elapsed(
    d: Deadline,
    cal: WorkingCalendar,
    t: dt.datetime,
    office_clock: Callable[[dt.datetime], float] | None = None,
) -> float:
    """Rule S3: used over allowed time, pauses excluded (office time for day limits).

    ``office_clock`` defaults to the calendar's; a batch passes a memoised one.
    """
    start, due = d.effective_start, d.due_at
    if isinstance(d.limit, Hours):

        def clock(x: dt.datetime) -> float:
            return (x - start).total_seconds()

    else:
        office = cal.office_clock if office_clock is None else office_clock
        base = office(start)

        def clock(x: dt.datetime) -> float:
            return office(x) - base

    def measured(x: dt.datetime) -> float:
        if x <= start:
            return 0.0
        total = clock(x)
        for p in d.pauses:
            if p.start >= x:
                break
            lo = max(p.start, start)
            hi = min(p.end, x)
            if hi > lo:
                total -= clock(hi) - clock(lo)
        return max(total, 0.0)

    allowed = measured(due)
    used = measured(t)
    if allowed <= 0:
        return 1.0 if t >= due else 0.0
    return used / allowed


def sla_status(
    received_at: dt.datetime,
    limit: WorkingDays | CalendarDays | Hours,
    *,
    now: dt.datetime,
    calendar: WorkingCalendar | None = None,
    pauses: Sequence[PauseInput] = (),
    completed_at: dt.datetime | None = None,
    warn_at: float = 0.75,
) -> SlaStatus:
    """The SLA state of a case at ``now`` (rules S1–S4).

    Args:
        received_at: timezone-aware instant of receipt.
        limit: the limit that applies.
        now: the moment to evaluate (timezone-aware; the library never reads the clock).
        calendar: the office calendar (default: the national calendar, WIB).
        pauses: ``(start, end)`` pairs when the case waited on the reporter (rule T5).
        completed_at: when the case was completed, if it was (rule S1).
        warn_at: elapsed fraction from which an open case is ``at_risk`` (default 0.75).

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> wib = ZoneInfo("Asia/Jakarta")
    >>> s = sla_status(dt.datetime(2025, 6, 2, 9, tzinfo=wib), WorkingDays(5),
    ...                now=dt.datetime(2025, 6, 4, 9, tzinfo=wib))
    >>> s.state.value, s.remaining_working_days
    ('on_track', 3)

    Raises:
        InvalidInputError: a naive datetime, or ``warn_at`` outside ``(0, 1]``.
        InvalidTypeError: a wrong type.
        CalendarCoverageError: a date outside the calendar's years (rule C4).
    """
    _check_aware(now, "now")
    if completed_at is not None:
        _check_aware(completed_at, "completed_at")
    if isinstance(warn_at, bool) or not isinstance(warn_at, (int, float)):
        raise InvalidTypeError("warn_at must be a number")
    if not 0 < warn_at <= 1:
        raise InvalidInputError("warn_at must be in (0, 1]")
    cal = default_calendar() if calendar is None else calendar
    d = deadline(received_at, limit, calendar=cal, pauses=pauses)
    return status_from_deadline(
        d,
        cal,
        now=now,
        completed_at=completed_at,
        warn_at=float(warn_at),
        today=cal.start_day(now),
    )


def status_from_deadline(
    d: Deadline,
    cal: WorkingCalendar,
    *,
    now: dt.datetime,
    completed_at: dt.datetime | None,
    warn_at: float,
    today: dt.date,
    office_clock: Callable[[dt.datetime], float] | None = None,
) -> SlaStatus:
    """Rules S1–S4 for a computed deadline; ``today`` is the start day of ``now`` (rule T1).

    The arguments must already be checked (aware datetimes, ``warn_at`` in ``(0, 1]``).
    """
    due = d.due_at
    measured_at = completed_at if completed_at is not None else now
    fraction = _elapsed(d, cal, measured_at, office_clock)
    overdue: dt.timedelta | None = None
    if completed_at is not None:
        state = SlaState.MET if completed_at <= due else SlaState.MISSED
        if state is SlaState.MISSED:
            overdue = completed_at - due
    elif now > due:
        state = SlaState.BREACHED
        overdue = now - due
    elif fraction >= warn_at:
        state = SlaState.AT_RISK
    else:
        state = SlaState.ON_TRACK
    remaining = cal.working_days_between(today, d.due_date)
    lo, hi = sorted((today.toordinal(), d.due_date.toordinal()))
    years = cal.provisional_years_between(lo, hi)
    reasons = cal.provisional_years if years else {}
    notes = tuple(reasons[y] for y in years if reasons[y] not in d.provisional_notes)
    return build(
        SlaStatus,
        {
            "state": state,
            "now": now,
            "completed_at": completed_at,
            "due_at": due,
            "elapsed_fraction": fraction,
            "warn_at": warn_at,
            "remaining_working_days": remaining,
            "overdue": overdue,
            "provisional": d.provisional or bool(notes),
            "provisional_notes": notes,
            "deadline": d,
        },
    )
