"""SLA status: rules S1–S4 (state, elapsed fraction with pauses excluded, remaining days)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lapor_rules import (
    Hours,
    InvalidInputError,
    InvalidTypeError,
    SlaStatus,
    WorkingDays,
    deadline,
    sla_status,
)
from lapor_rules.sla import SlaState
from lapor_rules.testing import aware_datetimes, limits, pause_lists

WIB = ZoneInfo("Asia/Jakarta")


def at(y: int, mo: int, d: int, h: int = 10, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=WIB)


# Monday 2 June 2025 07:30, one working day: due Tuesday 16:00; 8.5 + 8.5 = 17 office hours.
RECEIVED = at(2025, 6, 2, 7, 30)
ONE_DAY = WorkingDays(1)


@pytest.mark.parametrize(
    ("now", "state", "fraction"),
    [
        pytest.param(at(2025, 6, 2, 7, 30), SlaState.ON_TRACK, 0.0, id="S2-at-receipt"),
        pytest.param(at(2025, 6, 2, 20, 0), SlaState.ON_TRACK, 0.5, id="S3-evening-counts-no-time"),
        pytest.param(at(2025, 6, 3, 7, 30), SlaState.ON_TRACK, 0.5, id="S3-next-opening-half"),
        pytest.param(at(2025, 6, 3, 11, 44), SlaState.ON_TRACK, 0.749, id="S2-just-under-75"),
        pytest.param(at(2025, 6, 3, 11, 45), SlaState.AT_RISK, 0.75, id="S2-at-risk-at-75"),
        pytest.param(at(2025, 6, 3, 16, 0), SlaState.AT_RISK, 1.0, id="S2-at-the-deadline"),
        pytest.param(at(2025, 6, 3, 16, 1), SlaState.BREACHED, 1.0, id="S2-breached-after"),
    ],
)  # fmt: skip
def test_s2_s3_states_and_elapsed_fraction(
    now: dt.datetime, state: SlaState, fraction: float
) -> None:
    """S2/S3: state from the deadline and the office-time fraction (warn_at 0.75)."""
    s = sla_status(RECEIVED, ONE_DAY, now=now)
    assert s.state is state
    assert s.elapsed_fraction == pytest.approx(fraction, abs=1e-3)


def test_s1_met_and_missed() -> None:
    """S1: met if completed_at <= due, else missed with the time overdue."""
    due = at(2025, 6, 3, 16, 0)
    met = sla_status(RECEIVED, ONE_DAY, now=at(2025, 6, 10), completed_at=due)
    assert met.state is SlaState.MET
    assert met.overdue is None
    late = due + dt.timedelta(seconds=1)
    missed = sla_status(RECEIVED, ONE_DAY, now=at(2025, 6, 10), completed_at=late)
    assert missed.state is SlaState.MISSED
    assert missed.overdue == dt.timedelta(seconds=1)
    assert missed.reasons[0].rule == "S1"


def test_s3_pauses_are_excluded_from_both_sides() -> None:
    """S3: paused office time counts neither as used nor as allowed."""
    pause = [(at(2025, 6, 2, 12), at(2025, 6, 2, 14))]  # same start day: no extra days (T5)
    s = sla_status(RECEIVED, ONE_DAY, now=at(2025, 6, 3, 7, 30), pauses=pause)
    assert s.deadline.pause_working_days == 0
    assert s.elapsed_fraction == pytest.approx(6.5 / 15)


def test_s3_hours_use_wall_clock_time() -> None:
    """S3: for Hours the fraction is wall-clock time, pauses excluded."""
    received = at(2025, 6, 7, 10)  # a Saturday: Hours ignore the calendar
    s = sla_status(received, Hours(10), now=at(2025, 6, 7, 15))
    assert s.elapsed_fraction == pytest.approx(0.5)
    paused = sla_status(
        received,
        Hours(10),
        now=at(2025, 6, 7, 15),
        pauses=[(at(2025, 6, 7, 11), at(2025, 6, 7, 12))],
    )
    assert paused.elapsed_fraction == pytest.approx(4 / 10)


@pytest.mark.parametrize(
    ("now", "remaining", "overdue"),
    [
        pytest.param(at(2025, 6, 4, 9), 3, None, id="S4-three-days-left-idul-adha-skipped"),
        pytest.param(at(2025, 6, 11, 9), 0, None, id="S4-due-today"),
        pytest.param(at(2025, 6, 12, 10), -1, dt.timedelta(hours=18), id="S4-overdue"),
    ],
)
def test_s4_remaining_working_days_and_overdue(
    now: dt.datetime, remaining: int, overdue: dt.timedelta | None
) -> None:
    """S4: remaining working days (D2 from now's start day to the due date), time overdue."""
    s = sla_status(at(2025, 6, 2, 9), WorkingDays(5), now=now)
    assert s.due_at == at(2025, 6, 11, 16, 0)
    assert s.remaining_working_days == remaining
    assert s.overdue == overdue


def test_s_status_explains_itself_and_serialises() -> None:
    """S1–S4/T6: the status carries its reasons and the deadline; it is JSON."""
    s = sla_status(RECEIVED, ONE_DAY, now=at(2025, 6, 3, 12))
    rules = [r.rule for r in s.reasons]
    assert rules[:3] == ["S2", "S3", "S4"]
    assert "T1" in rules
    data = s.model_dump(mode="json")
    assert data["state"] == "at_risk"
    assert data["deadline"]["due_at"] == "2025-06-03T16:00:00+07:00"
    assert isinstance(SlaStatus.model_json_schema(), dict)


_ANY: Any = "0.5"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        pytest.param({"now": dt.datetime(2025, 6, 3)}, InvalidInputError, id="naive-now"),
        pytest.param({"completed_at": dt.datetime(2025, 6, 3)}, InvalidInputError,
                     id="naive-completed"),
        pytest.param({"warn_at": 0}, InvalidInputError, id="warn-at-zero"),
        pytest.param({"warn_at": 1.5}, InvalidInputError, id="warn-at-above-one"),
        pytest.param({"warn_at": _ANY}, InvalidTypeError, id="warn-at-string"),
        pytest.param({"warn_at": True}, InvalidTypeError, id="warn-at-bool"),
    ],
)  # fmt: skip
def test_bad_status_input(kwargs: dict[str, Any], error: type[Exception]) -> None:
    """S inputs: naive now/completed_at and a bad warn_at raise clear LaporRulesErrors."""
    args: dict[str, Any] = {"now": at(2025, 6, 3), **kwargs}
    with pytest.raises(error):
        sla_status(RECEIVED, ONE_DAY, **args)


@given(aware_datetimes(2020, 2025), limits(max_days=20, max_hours=200), st.data())
def test_s3_fraction_in_unit_interval_and_monotone_before_deadline(
    received: dt.datetime, limit: Any, data: st.DataObject
) -> None:
    """S3: the elapsed fraction is in [0, 1] up to the deadline and never decreases."""
    pauses = data.draw(pause_lists(received, max_span=dt.timedelta(days=10)))
    due = deadline(received, limit, pauses=pauses).due_at
    if due <= received:
        return
    span = int((due - received).total_seconds())
    t1, t2 = sorted(data.draw(st.lists(st.integers(0, span), min_size=2, max_size=2)))
    s1 = sla_status(received, limit, pauses=pauses, now=received + dt.timedelta(seconds=t1))
    s2 = sla_status(received, limit, pauses=pauses, now=received + dt.timedelta(seconds=t2))
    assert 0.0 <= s1.elapsed_fraction <= s2.elapsed_fraction <= 1.0 + 1e-9
    assert s1.state in {SlaState.ON_TRACK, SlaState.AT_RISK}


@given(aware_datetimes(2020, 2025), limits(max_days=20), aware_datetimes(2020, 2026))
def test_s2_breached_exactly_when_now_is_after_due(
    received: dt.datetime, limit: Any, now: dt.datetime
) -> None:
    """S2: an open case is breached exactly when now > due; S4 reports the overdue time."""
    s = sla_status(received, limit, now=now)
    assert (s.state is SlaState.BREACHED) == (now > s.due_at)
    if s.state is SlaState.BREACHED:
        assert s.overdue == now - s.due_at
    else:
        assert s.overdue is None


def test_c4_status_counting_into_a_provisional_year_says_so() -> None:
    """C4/S4: remaining days counted across a provisional year flag the status."""
    s = sla_status(at(2026, 12, 1), WorkingDays(5), now=at(2027, 1, 6))
    assert s.deadline.provisional is False
    assert s.provisional is True
    assert any(r.rule == "C4" and "2027" in r.message.en for r in s.reasons)
    calm = sla_status(at(2026, 6, 1), WorkingDays(5), now=at(2026, 6, 3))
    assert calm.provisional is False
