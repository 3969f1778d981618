"""Deadlines: rules T1–T6 (example tables and Hypothesis properties)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lapor_rules import (
    CalendarCoverageError,
    CalendarDays,
    Deadline,
    Hours,
    InvalidInputError,
    InvalidTypeError,
    LaporRulesError,
    ProvisionalDataError,
    WorkingCalendar,
    WorkingDays,
    deadline,
)
from lapor_rules.calendar.closure import ClosureKind
from lapor_rules.calendar.sources import holidays_version
from lapor_rules.testing import aware_datetimes, limits, pause_lists, working_day_limits

WIB = ZoneInfo("Asia/Jakarta")
WITA = ZoneInfo("Asia/Makassar")
WIT = ZoneInfo("Asia/Jayapura")
UTC = dt.timezone.utc
D = dt.date


def at(y: int, mo: int, d: int, h: int = 10, mi: int = 0, *, tz: Any = WIB) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=tz)


# --------------------------------------------------------------------------- T1, T2 examples


@pytest.mark.parametrize(
    ("received", "n", "start_day", "due_at"),
    [
        pytest.param(at(2025, 6, 13, 16, 29), 5, D(2025, 6, 13), at(2025, 6, 20, 16, 30),
                     id="T1-friday-16.29-counts-friday"),
        pytest.param(at(2025, 6, 13, 16, 31), 5, D(2025, 6, 16), at(2025, 6, 23, 16, 0),
                     id="T1-friday-16.31-starts-monday"),
        pytest.param(at(2025, 6, 12, 15, 59), 5, D(2025, 6, 12), at(2025, 6, 19, 16, 0),
                     id="T1-thursday-15.59-before-16.00-close"),
        pytest.param(at(2025, 6, 12, 16, 0), 5, D(2025, 6, 13), at(2025, 6, 20, 16, 30),
                     id="T1-thursday-16.00-is-closing-time"),
        pytest.param(at(2025, 6, 14, 10), 5, D(2025, 6, 16), at(2025, 6, 23, 16, 0),
                     id="T1-saturday-receipt"),
        pytest.param(at(2025, 6, 12, 6, 0), 5, D(2025, 6, 12), at(2025, 6, 19, 16, 0),
                     id="T1-before-opening-counts-that-day"),
        pytest.param(at(2025, 6, 6, 10), 5, D(2025, 6, 10), at(2025, 6, 17, 16, 0),
                     id="T1-received-on-idul-adha-2025"),
        pytest.param(at(2025, 6, 2, 10), 0, D(2025, 6, 2), at(2025, 6, 2, 16, 0),
                     id="T2-zero-days-is-closing-time-of-start-day"),
        pytest.param(at(2025, 3, 27), 5, D(2025, 3, 27), at(2025, 4, 14, 16, 0),
                     id="T2-across-lebaran-2025"),
        pytest.param(at(2026, 3, 17), 5, D(2026, 3, 17), at(2026, 3, 31, 16, 0),
                     id="T2-across-lebaran-2026"),
        pytest.param(at(2025, 8, 15), 1, D(2025, 8, 15), at(2025, 8, 19, 16, 0),
                     id="T2-skips-17-and-18-august-2025"),
        pytest.param(at(2024, 2, 13), 1, D(2024, 2, 13), at(2024, 2, 15, 16, 0),
                     id="T2-skips-election-day-2024-02-14"),
        pytest.param(at(2024, 11, 26), 1, D(2024, 11, 26), at(2024, 11, 28, 16, 0),
                     id="T2-skips-pilkada-2024-11-27"),
    ],
)  # fmt: skip
def test_t1_t2_working_day_deadlines(
    received: dt.datetime, n: int, start_day: D, due_at: dt.datetime
) -> None:
    """T1 effective start day; T2 due = add_working_days(start_day, n) at closing time."""
    d = deadline(received, WorkingDays(n))
    assert d.start_day == start_day
    assert d.due_at == due_at
    assert d.due_at.tzinfo is not None
    assert d.due_at.utcoffset() == dt.timedelta(hours=7)


def test_t2_lebaran_2026_skips_each_closure_by_name_and_kind() -> None:
    """T2/T6: the skipped days across Lebaran 2026 name each closure and its kind."""
    d = deadline(at(2026, 3, 17), WorkingDays(5))
    closures = {(c.date, c.kind) for s in d.skipped for c in s.closures}
    assert (D(2026, 3, 18), ClosureKind.CUTI_BERSAMA) in closures
    assert (D(2026, 3, 19), ClosureKind.NATIONAL_HOLIDAY) in closures
    assert (D(2026, 3, 24), ClosureKind.CUTI_BERSAMA) in closures
    weekend = [s.date for s in d.skipped if s.weekend]
    assert weekend == [D(2026, 3, 21), D(2026, 3, 22), D(2026, 3, 28), D(2026, 3, 29)]
    assert len(d.skipped) == 9


def test_t2_cuti_bersama_off_gives_an_earlier_deadline() -> None:
    """T2/C2: with cuti bersama off, only national holidays are skipped."""
    open_unit = WorkingCalendar.indonesia(cuti_bersama=False)
    d = deadline(at(2026, 3, 17), WorkingDays(5), calendar=open_unit)
    # working 18, 20, 23, 24, 25 March; closed 19 (Nyepi) and the weekend
    assert d.due_at == at(2026, 3, 25, 16, 0)
    assert all(c.kind is not ClosureKind.CUTI_BERSAMA for s in d.skipped for c in s.closures)


@pytest.mark.parametrize(
    ("zone", "start_day", "due_at"),
    [
        pytest.param("WIB", D(2025, 6, 13), at(2025, 6, 16, 16, 0, tz=WIB), id="WIB-15.45-friday"),
        pytest.param("WITA", D(2025, 6, 16), at(2025, 6, 17, 16, 0, tz=WITA), id="WITA-16.45-late"),
        pytest.param("WIT", D(2025, 6, 16), at(2025, 6, 17, 16, 0, tz=WIT), id="WIT-17.45-late"),
    ],
)
def test_c5_t1_same_instant_three_zones(zone: str, start_day: D, due_at: dt.datetime) -> None:
    """C5/T1: one instant (Friday 08:45 UTC) is before closing in WIB, after it in WITA/WIT."""
    received = dt.datetime(2025, 6, 13, 8, 45, tzinfo=UTC)
    d = deadline(received, WorkingDays(1), calendar=WorkingCalendar.indonesia(timezone=zone))
    assert (d.start_day, d.due_at) == (start_day, due_at)
    assert d.due_at.utcoffset() == due_at.utcoffset()


def test_c5_province_calendar_uses_local_closing_time() -> None:
    """C5: a Papua office closes at 16:00 WIT, two hours before a Jakarta office."""
    papua = WorkingCalendar.for_province("91")
    received = at(2026, 3, 17, 10, 0, tz=WIT)
    d_wit = deadline(received, WorkingDays(5), calendar=papua)
    d_wib = deadline(received, WorkingDays(5))
    assert d_wit.due_at == at(2026, 3, 31, 16, 0, tz=WIT)
    assert d_wib.due_at - d_wit.due_at == dt.timedelta(hours=2)


# ------------------------------------------------------------------------------- T3, T4, T5


@pytest.mark.parametrize(
    ("received", "n", "due_at"),
    [
        pytest.param(at(2025, 6, 2), 3, at(2025, 6, 5, 16, 0), id="T3-plain"),
        pytest.param(at(2025, 3, 27), 14, at(2025, 4, 10, 16, 0), id="T3-across-lebaran-2025"),
        pytest.param(at(2026, 3, 10), 10, at(2026, 3, 25, 16, 0), id="T3-lands-in-lebaran-2026"),
        pytest.param(at(2025, 6, 4), 3, at(2025, 6, 10, 16, 0), id="T3-lands-on-saturday"),
        pytest.param(at(2025, 6, 2, 20), 3, at(2025, 6, 5, 16, 0), id="T3-evening-receipt"),
    ],
)
def test_t3_calendar_days(received: dt.datetime, n: int, due_at: dt.datetime) -> None:
    """T3: received local date + n days, moved to the next working day, at closing time."""
    assert deadline(received, CalendarDays(n)).due_at == due_at


@pytest.mark.parametrize(
    ("received", "n", "due_at"),
    [
        pytest.param(at(2025, 6, 2), 72, at(2025, 6, 5), id="T4-72-hours"),
        pytest.param(at(2026, 3, 19, 23), 24, at(2026, 3, 20, 23), id="T4-ignores-holidays"),
        pytest.param(at(2025, 6, 2, 10, 0, tz=UTC), 3, at(2025, 6, 2, 20, 0), id="T4-utc-input"),
    ],
)
def test_t4_hours_are_elapsed_clock_time(
    received: dt.datetime, n: int, due_at: dt.datetime
) -> None:
    """T4: Hours(h) is received_at + h hours, no calendar effect."""
    d = deadline(received, Hours(n))
    assert d.due_at == due_at
    assert d.skipped == ()
    assert d.provisional is False


def test_t5_pause_adds_working_days_between_start_days() -> None:
    """T5: a pause adds working_days_between(start_day(p0), start_day(p1)) working days."""
    received = at(2025, 6, 2, 9)  # Monday; 5 working days -> due Wed 11 June (6, 9 closed)
    base = deadline(received, WorkingDays(5))
    assert base.due_at == at(2025, 6, 11, 16, 0)
    paused = deadline(received, WorkingDays(5), pauses=[(at(2025, 6, 3, 9), at(2025, 6, 5, 9))])
    assert paused.pause_working_days == 2
    assert paused.due_at == at(2025, 6, 13, 16, 30)
    assert [p.start for p in paused.pauses] == [at(2025, 6, 3, 9)]


def test_t5_pauses_are_merged_and_late_pauses_do_not_count() -> None:
    """T5: overlapping pauses merge; a pause starting after the deadline adds nothing."""
    received = at(2025, 6, 2, 9)
    overlapping = [
        (at(2025, 6, 3, 9), at(2025, 6, 4, 12)),
        (at(2025, 6, 4, 9), at(2025, 6, 5, 9)),
    ]
    d = deadline(received, WorkingDays(5), pauses=overlapping)
    assert len(d.pauses) == 1
    assert d.pause_working_days == 2
    late = deadline(received, WorkingDays(5), pauses=[(at(2025, 7, 1), at(2025, 7, 5))])
    assert late.pauses == ()
    assert late.due_at == deadline(received, WorkingDays(5)).due_at


def test_t5_pause_extends_calendar_days_and_hours_by_its_duration() -> None:
    """T5: for CalendarDays and Hours a pause adds its duration; T3's roll-forward after."""
    received = at(2025, 6, 2, 10)
    pause = [(at(2025, 6, 2, 12), at(2025, 6, 3, 12))]
    assert deadline(received, Hours(72), pauses=pause).due_at == at(2025, 6, 6, 10)
    d = deadline(received, CalendarDays(3), pauses=pause)
    assert d.pause_duration == dt.timedelta(days=1)
    assert d.due_at == at(2025, 6, 10, 16, 0)  # 6 June is Idul Adha, then the weekend, 9 cuti


# ---------------------------------------------------------------------------------------- T6


def test_t6_deadline_explains_itself() -> None:
    """T6: effective start, due instant, skipped closures, provisional flag, holidays version."""
    d = deadline(at(2026, 3, 17, 6, 0), WorkingDays(5))
    assert d.effective_start == at(2026, 3, 17, 7, 30)
    assert d.holidays_version == holidays_version()
    rules = [r.rule for r in d.reasons]
    assert rules[:3] == ["T1", "T2", "T6"]
    assert "C2" in rules
    assert "C3" in rules
    c2 = next(r for r in d.reasons if r.rule == "C2")
    assert "Hari Suci Nyepi" in c2.message.id
    assert "cuti_bersama" in c2.message.en
    data = d.model_dump(mode="json")
    assert data["due_at"] == "2026-03-31T16:00:00+07:00"
    assert data["limit"] == {"n": 5, "unit": "working_days"}
    assert data["reasons"][0]["rule"] == "T1"


def test_t6_deadline_round_trips_through_json() -> None:
    """T6: a deadline is JSON; loading it back (without the derived reasons) gives it again."""
    d = deadline(at(2026, 3, 17), WorkingDays(5), pauses=[(at(2026, 3, 17, 11), at(2026, 3, 26))])
    text = d.model_dump_json(exclude={"reasons"})
    again = Deadline.model_validate_json(text)
    assert again.due_at == d.due_at
    assert again.skipped == d.skipped
    assert again.pauses == d.pauses
    assert again.limit == d.limit


def test_c4_deadline_touching_a_provisional_year_says_so() -> None:
    """C4: a result whose computation touched a provisional year is flagged with the year."""
    d = deadline(at(2026, 12, 28), WorkingDays(5))
    assert d.provisional is True
    assert any(r.rule == "C4" and "2027" in r.message.en for r in d.reasons)
    assert deadline(at(2026, 6, 2), WorkingDays(5)).provisional is False
    with pytest.raises(ProvisionalDataError):
        deadline(at(2026, 12, 28), WorkingDays(5), calendar=WorkingCalendar.indonesia(strict=True))


def test_c4_deadline_outside_span_fails_closed() -> None:
    """C4: receipt or due date outside the calendar's years raises CalendarCoverageError."""
    with pytest.raises(CalendarCoverageError):
        deadline(at(2019, 12, 2), WorkingDays(5))
    with pytest.raises(CalendarCoverageError):
        deadline(at(2028, 12, 20), WorkingDays(30))


# --------------------------------------------------------------------------------- bad input

_ANY: Any = None


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        pytest.param({"received_at": dt.datetime(2025, 6, 2, 10)}, InvalidInputError,
                     id="naive-received"),
        pytest.param({"received_at": "2025-06-02T10:00+07:00"}, InvalidTypeError,
                     id="string-received"),
        pytest.param({"limit": 5}, InvalidTypeError, id="int-limit"),
        pytest.param({"pauses": [(at(2025, 6, 3), at(2025, 6, 2))]}, InvalidInputError,
                     id="pause-ends-before-start"),
        pytest.param({"pauses": [(dt.datetime(2025, 6, 3), at(2025, 6, 4))]}, InvalidInputError,
                     id="naive-pause-start"),
        pytest.param({"pauses": [(at(2025, 6, 3),)]}, InvalidTypeError, id="pause-not-a-pair"),
        pytest.param({"calendar": "WIB"}, InvalidTypeError, id="calendar-not-a-calendar"),
    ],
)  # fmt: skip
def test_bad_deadline_input(kwargs: dict[str, Any], error: type[Exception]) -> None:
    """T inputs/T5: naive datetimes, wrong types, inverted pauses raise clear errors."""
    args: dict[str, Any] = {"received_at": at(2025, 6, 2), "limit": WorkingDays(5), **kwargs}
    with pytest.raises(error) as info:
        deadline(args.pop("received_at"), args.pop("limit"), **args)
    assert isinstance(info.value, LaporRulesError)


# ---------------------------------------------------------------------- Hypothesis properties


@given(aware_datetimes(2020, 2026), aware_datetimes(2020, 2026), limits(max_days=40))
def test_t_later_receipt_never_gives_an_earlier_deadline(
    a: dt.datetime, b: dt.datetime, limit: WorkingDays | CalendarDays | Hours
) -> None:
    """T1–T4: a later receipt never gives an earlier deadline."""
    early, late = min(a, b), max(a, b)
    assert deadline(early, limit).due_at <= deadline(late, limit).due_at


@given(aware_datetimes(2020, 2026), st.integers(0, 60), st.integers(0, 60), st.data())
def test_t_longer_limit_never_gives_an_earlier_deadline(
    received: dt.datetime, m: int, n: int, data: st.DataObject
) -> None:
    """T2–T4: a longer limit of the same unit never gives an earlier deadline."""
    unit: Any = data.draw(st.sampled_from([WorkingDays, CalendarDays, Hours]))
    short, long_ = unit(min(m, n)), unit(max(m, n))
    assert deadline(received, short).due_at <= deadline(received, long_).due_at


@given(aware_datetimes(2020, 2025), limits(max_days=30), st.data())
def test_t5_added_pause_never_gives_an_earlier_deadline(
    received: dt.datetime, limit: WorkingDays | CalendarDays | Hours, data: st.DataObject
) -> None:
    """T5: adding a pause never gives an earlier deadline (pauses only extend)."""
    pauses = data.draw(pause_lists(received - dt.timedelta(days=2)))
    extra = data.draw(pause_lists(received - dt.timedelta(days=2), max_pauses=1))
    before = deadline(received, limit, pauses=pauses)
    after = deadline(received, limit, pauses=pauses + extra)
    assert after.due_at >= before.due_at
    assert before.due_at >= deadline(received, limit).due_at


@given(aware_datetimes(2020, 2026), working_day_limits(40))
def test_t1_t2_due_is_a_working_day_at_closing_time(
    received: dt.datetime, limit: WorkingDays
) -> None:
    """T1/T2: the due date is a working day n working days after the start day, at closing."""
    cal = WorkingCalendar.indonesia()
    d = deadline(received, limit)
    assert cal.is_working_day(d.start_day)
    assert cal.is_working_day(d.due_date)
    assert cal.working_days_between(d.start_day, d.due_date) == limit.n
    assert d.due_at == cal.closing_at(d.due_date)
    assert d.due_at > received
    assert d.effective_start >= received
    assert all(not cal.is_working_day(s.date) for s in d.skipped)


def test_t6_results_pickle_for_worker_processes() -> None:
    """T6/S1–S4: Deadline and SlaStatus survive pickling with their explanation."""
    import pickle  # noqa: PLC0415

    from lapor_rules import sla_status  # noqa: PLC0415

    d = deadline(at(2026, 3, 17), WorkingDays(5))
    again = pickle.loads(pickle.dumps(d))
    assert again == d
    assert again.reasons == d.reasons
    s = sla_status(at(2026, 3, 17), WorkingDays(5), now=at(2026, 3, 30))
    assert pickle.loads(pickle.dumps(s)) == s
