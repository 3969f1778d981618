"""Deadlines (rules T1–T6): when a limit that starts at a received instant runs out.

``deadline(received_at, limit)`` returns a :class:`Deadline` that explains itself: the
effective start, the due instant, each non-working day skipped and why, the pause extension,
whether a provisional year was touched, and the ``holidays`` version behind the answer.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence

from pydantic import computed_field

from lapor_rules._construct import build
from lapor_rules._model import LaporModel
from lapor_rules.calendar.closure import SkippedDay
from lapor_rules.calendar.engine import WorkingCalendar, _check_aware
from lapor_rules.calendar.national import default_calendar
from lapor_rules.calendar.sources import holidays_version
from lapor_rules.errors import InvalidInputError, InvalidTypeError, ProvisionalDataError
from lapor_rules.regions import ZONES
from lapor_rules.sla.limits import LIMIT_TYPES, CalendarDays, Hours, Limit, WorkingDays
from lapor_rules.text import Bilingual

__all__ = [
    "Deadline",
    "Pause",
    "PauseInput",
    "SkippedDay",
    "SlaReason",
    "deadline",
    "duration_text",
    "normalise_pauses",
]

_ZERO = dt.timedelta(0)


class Pause(LaporModel):
    """A stretch of time when the clock stops (rule T5), both ends timezone-aware."""

    start: dt.datetime
    end: dt.datetime


#: A pause as callers give it: a ``(start, end)`` pair of aware datetimes, or a :class:`Pause`.
PauseInput = Pause | tuple[dt.datetime, dt.datetime]


class SlaReason(LaporModel):
    """One step of an SLA explanation: the rule id and what it did, in Indonesian and English."""

    rule: str
    message: Bilingual

    def __str__(self) -> str:
        return f"[{self.rule}] {self.message.id}"


def duration_text(delta: dt.timedelta) -> Bilingual:
    """A duration in words: ``2 hari 3 jam 5 menit`` / ``2 days 3 h 5 min``."""
    total = int(delta.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    return Bilingual(
        id=f"{sign}{days} hari {hours} jam {minutes} menit",
        en=f"{sign}{days} days {hours} h {minutes} min",
    )


def _fmt(instant: dt.datetime, abbr: str) -> str:
    return f"{instant:%Y-%m-%d %H:%M} {abbr}"


class Deadline(LaporModel):
    """When a limit runs out, and why (rule T6).

    Attributes:
        received_at: when the complaint arrived (as given).
        limit: the limit applied.
        timezone: the calendar's IANA zone; every local time below is in it.
        effective_start: the received instant, or the next office opening if it arrived
            outside office hours (``received_at`` itself for :class:`Hours`).
        start_day: day 0 of the count (rule T1).
        due_date: the local date the limit runs out.
        due_at: the deadline instant (closing time on ``due_date`` for day limits).
        skipped: non-working days from the received date to the due date.
        pauses: the merged pauses that extended the deadline (rule T5).
        pause_working_days: working days added by pauses (:class:`WorkingDays` limits).
        pause_duration: paused time added (:class:`CalendarDays` and :class:`Hours` limits).
        provisional: whether a provisional year was touched (rule C4).
        provisional_notes: why each touched year is provisional.
        holidays_version: the installed ``holidays`` version (rule C3).
        data_version: the calendar's data label.
    """

    received_at: dt.datetime
    limit: Limit
    timezone: str
    effective_start: dt.datetime
    start_day: dt.date
    due_date: dt.date
    due_at: dt.datetime
    skipped: tuple[SkippedDay, ...] = ()
    pauses: tuple[Pause, ...] = ()
    pause_working_days: int = 0
    pause_duration: dt.timedelta = _ZERO
    provisional: bool = False
    provisional_notes: tuple[Bilingual, ...] = ()
    holidays_version: str
    data_version: str

    @computed_field  # type: ignore[prop-decorator]
    @functools.cached_property
    def reasons(self) -> tuple[SlaReason, ...]:
        """The explanation, step by step, each citing its rule."""
        return _explain(self)


def _explain(d: Deadline) -> tuple[SlaReason, ...]:
    abbr = ZONES.get(d.timezone, ("", 0))[0]  # type: ignore[call-overload]
    received = d.received_at.astimezone(d.effective_start.tzinfo)
    out: list[SlaReason] = []
    limit = d.limit
    if isinstance(limit, Hours):
        out.append(
            SlaReason(
                rule="T4",
                message=Bilingual(
                    id=f"Diterima {_fmt(received, abbr)}; {limit.n} jam waktu berjalan, "
                    "tanpa pengaruh kalender",
                    en=f"Received {_fmt(received, abbr)}; {limit.n} hours of elapsed clock "
                    "time, no calendar effect",
                ),
            )
        )
    else:
        same = d.start_day == received.date()
        out.append(
            SlaReason(
                rule="T1",
                message=Bilingual(
                    id=f"Diterima {_fmt(received, abbr)}; hari mulai {d.start_day} ("
                    + (
                        "hari kerja, sebelum jam tutup)"
                        if same
                        else "di luar hari atau jam kerja: hari kerja berikutnya)"
                    ),
                    en=f"Received {_fmt(received, abbr)}; start day {d.start_day} ("
                    + (
                        "a working day, before closing time)"
                        if same
                        else "outside working days or hours: the next working day)"
                    ),
                ),
            )
        )
        total = limit.n + d.pause_working_days
        if isinstance(limit, WorkingDays):
            msg = Bilingual(
                id=f"{total} hari kerja setelah hari mulai: jatuh tempo {d.due_date}",
                en=f"{total} working days after the start day: due {d.due_date}",
            )
            rule = "T2"
        else:
            msg = Bilingual(
                id=f"{limit.n} hari kalender dari tanggal diterima, dimundurkan ke hari kerja "
                f"(UU 30/2014 Pasal 58 ayat (3)): jatuh tempo {d.due_date}",
                en=f"{limit.n} calendar days from the received date, moved to a working day "
                f"(UU 30/2014 Pasal 58(3)): due {d.due_date}",
            )
            rule = "T3"
        out.append(SlaReason(rule=rule, message=msg))
    out.append(
        SlaReason(
            rule="T6",
            message=Bilingual(
                id=f"Batas waktu {_fmt(d.due_at, abbr)}",
                en=f"Deadline {_fmt(d.due_at, abbr)}",
            ),
        )
    )
    if d.skipped:
        weekend = sum(1 for s in d.skipped if s.weekend and not s.closures)
        named = [
            f"{s.date} {c.name} ({c.kind.value}{', perkiraan' if c.estimated else ''})"
            for s in d.skipped
            for c in s.closures
        ]
        listed = "; ".join(named)
        out.append(
            SlaReason(
                rule="C2",
                message=Bilingual(
                    id=f"Dilewati: {weekend} hari akhir pekan"
                    + (f"; penutupan: {listed}" if named else ""),
                    en=f"Skipped: {weekend} weekend days"
                    + (f"; closures: {listed}" if named else ""),
                ),
            )
        )
    if d.pauses:
        paused = duration_text(d.pause_duration)
        added_id = (
            f"{d.pause_working_days} hari kerja" if isinstance(limit, WorkingDays) else paused.id
        )
        added_en = (
            f"{d.pause_working_days} working days" if isinstance(limit, WorkingDays) else paused.en
        )
        out.append(
            SlaReason(
                rule="T5",
                message=Bilingual(
                    id=f"{len(d.pauses)} jeda (menunggu pelapor) menambah {added_id}",
                    en=f"{len(d.pauses)} pause(s) waiting on the reporter added {added_en}",
                ),
            )
        )
    out.extend(SlaReason(rule="C4", message=note) for note in d.provisional_notes)
    out.append(
        SlaReason(
            rule="C3",
            message=Bilingual(
                id=f"Data libur: {d.data_version}", en=f"Holiday data: {d.data_version}"
            ),
        )
    )
    return tuple(out)


def normalise_pauses(pauses: Iterable[PauseInput], received_at: dt.datetime) -> tuple[Pause, ...]:
    """Validate pauses, clip them to start no earlier than ``received_at``, sort and merge.

    Raises:
        InvalidInputError: a pause is naive or ends before it starts.
        InvalidTypeError: a pause is not a pair of datetimes.
    """
    if isinstance(pauses, (str, bytes, Pause)):
        raise InvalidTypeError("pauses must be a sequence of (start, end) pairs")
    spans: list[tuple[dt.datetime, dt.datetime]] = []
    for k, item in enumerate(pauses):
        if isinstance(item, Pause):
            start, end = item.start, item.end
        else:
            try:
                start, end = item
            except (TypeError, ValueError):
                raise InvalidTypeError(
                    f"pause {k} must be a (start, end) pair of aware datetimes"
                ) from None
        _check_aware(start, f"pause {k} start")
        _check_aware(end, f"pause {k} end")
        if end < start:
            raise InvalidInputError(f"pause {k} ends before it starts")
        start = max(start, received_at)
        if end > start:
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(build(Pause, {"start": s, "end": e}) for s, e in merged)


def deadline(
    received_at: dt.datetime,
    limit: WorkingDays | CalendarDays | Hours,
    *,
    calendar: WorkingCalendar | None = None,
    pauses: Sequence[PauseInput] = (),
) -> Deadline:
    """The deadline of ``limit`` for something received at ``received_at`` (rules T1–T6).

    Args:
        received_at: timezone-aware instant of receipt.
        limit: :class:`WorkingDays`, :class:`CalendarDays` or :class:`Hours`.
        calendar: the office calendar (default: the national calendar, WIB).
        pauses: ``(start, end)`` pairs of aware datetimes when the case waited on the
            reporter; merged, clipped to start at receipt, and counted only when they start
            before the deadline as extended so far.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> wib = ZoneInfo("Asia/Jakarta")
    >>> d = deadline(dt.datetime(2026, 3, 17, 10, 0, tzinfo=wib), WorkingDays(5))
    >>> d.due_at.isoformat()
    '2026-03-31T16:00:00+07:00'

    Raises:
        InvalidInputError: ``received_at`` or a pause bound is naive; a pause ends before it
            starts.
        InvalidTypeError: a wrong type (a string instead of a datetime, a number as limit).
        CalendarCoverageError: the computation leaves the calendar's years (rule C4).
        ProvisionalDataError: a strict calendar and a provisional year is touched.
    """
    if (
        type(received_at) is not dt.datetime
        or received_at.tzinfo is None
        or received_at.utcoffset() is None
    ):
        _check_aware(received_at, "received_at")
    if not isinstance(limit, LIMIT_TYPES):
        raise InvalidTypeError(
            f"limit must be WorkingDays(n), CalendarDays(n) or Hours(n), not {type(limit).__name__}"
        )
    cal = default_calendar() if calendar is None else calendar
    if not isinstance(cal, WorkingCalendar):
        raise InvalidTypeError("calendar must be a WorkingCalendar or None")
    merged = normalise_pauses(pauses, received_at) if pauses else ()
    if not merged and type(limit) is WorkingDays:
        start_day, effective, due, due_at, skipped, years = cal.working_deadline(
            received_at, limit.n
        )
        notes = _provisional(cal, years) if years else ()
        return assemble_deadline(
            received_at, limit, cal, effective, (start_day, due, due_at, skipped, notes)
        )
    if isinstance(limit, Hours):
        return _hours_deadline(received_at, limit, cal, merged)
    local = received_at.astimezone(cal.tzinfo)
    start_day, effective_start = cal.start_of(received_at)
    counted: list[Pause] = []
    extra_days = 0
    paused = _ZERO
    if isinstance(limit, WorkingDays):
        due = cal.add_working_days(start_day, limit.n)
        due_at = cal.closing_at(due)
        for p in merged:
            if p.start >= due_at:
                break
            extra_days += cal.working_days_between(cal.start_day(p.start), cal.start_day(p.end))
            counted.append(p)
            due = cal.add_working_days(start_day, limit.n + extra_days)
            due_at = cal.closing_at(due)
    else:
        base = local + dt.timedelta(days=limit.n)
        due = _roll_forward(cal, base.date())
        due_at = cal.closing_at(due)
        for p in merged:
            if p.start >= due_at:
                break
            paused += p.end - p.start
            counted.append(p)
            due = _roll_forward(cal, (base + paused).date())
            due_at = cal.closing_at(due)
    lo, hi = local.date().toordinal(), due.toordinal()
    years = cal.provisional_years_between(min(lo, hi), max(lo, hi))
    skipped = cal.skipped_days(local.date(), due) if local.date() <= due else ()
    parts = (start_day, due, due_at, skipped, _provisional(cal, years))
    return assemble_deadline(
        received_at,
        limit,
        cal,
        effective_start,
        parts,
        pauses=tuple(counted),
        pause_working_days=extra_days,
        pause_duration=paused,
    )


#: The day parts of a deadline: start day, due date, due instant, skipped days and provisional
#: notes (for a pause-free working-days limit they depend only on the received and start days).
DayParts = tuple[dt.date, dt.date, dt.datetime, tuple[SkippedDay, ...], tuple[Bilingual, ...]]


def assemble_deadline(
    received_at: dt.datetime,
    limit: WorkingDays | CalendarDays,
    cal: WorkingCalendar,
    effective_start: dt.datetime,
    parts: DayParts,
    *,
    pauses: tuple[Pause, ...] = (),
    pause_working_days: int = 0,
    pause_duration: dt.timedelta = _ZERO,
) -> Deadline:
    """Assemble a day-limit deadline from already computed, already checked parts."""
    start_day, due, due_at, skipped, notes = parts
    return build(
        Deadline,
        {
            "received_at": received_at,
            "limit": limit,
            "timezone": cal.timezone,
            "effective_start": effective_start,
            "start_day": start_day,
            "due_date": due,
            "due_at": due_at,
            "skipped": skipped,
            "pauses": pauses,
            "pause_working_days": pause_working_days,
            "pause_duration": pause_duration,
            "provisional": bool(notes),
            "provisional_notes": notes,
            "holidays_version": holidays_version(),
            "data_version": cal.data_version,
        },
    )


def provisional_notes(cal: WorkingCalendar, years: tuple[int, ...]) -> tuple[Bilingual, ...]:
    """The reasons for the provisional years touched (raises on a strict calendar)."""
    return _provisional(cal, years)


def _provisional(cal: WorkingCalendar, years: tuple[int, ...]) -> tuple[Bilingual, ...]:
    if not years:
        return ()
    if cal.strict:  # usually the engine has raised already; a very long span lands here
        raise ProvisionalDataError(f"year(s) {years} are provisional (rule C4)")
    reasons = cal.provisional_years
    return tuple(reasons[y] for y in years)


def _roll_forward(cal: WorkingCalendar, d: dt.date) -> dt.date:
    return d if cal.is_working_day(d) else cal.next_working_day(d)


def _hours_deadline(
    received_at: dt.datetime, limit: Hours, cal: WorkingCalendar, merged: tuple[Pause, ...]
) -> Deadline:
    tz = cal.tzinfo
    base = received_at + dt.timedelta(hours=limit.n)
    due_at = base
    paused = _ZERO
    counted: list[Pause] = []
    for p in merged:
        if p.start >= due_at:
            break
        paused += p.end - p.start
        counted.append(p)
        due_at = base + paused
    due_local = due_at.astimezone(tz)
    local = received_at.astimezone(tz)
    return build(
        Deadline,
        {
            "received_at": received_at,
            "limit": limit,
            "timezone": cal.timezone,
            "effective_start": local,
            "start_day": local.date(),
            "due_date": due_local.date(),
            "due_at": due_local,
            "skipped": (),
            "pauses": tuple(counted),
            "pause_working_days": 0,
            "pause_duration": paused,
            "provisional": False,
            "provisional_notes": (),
            "holidays_version": holidays_version(),
            "data_version": cal.data_version,
        },
    )
