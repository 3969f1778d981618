"""Batch deadlines and status (issue 5): the same results as the single calls, in order."""

from __future__ import annotations

import datetime as dt
import pickle
from concurrent.futures import ProcessPoolExecutor
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lapor_rules import (
    CalendarCoverageError,
    CalendarDays,
    Hours,
    InvalidInputError,
    InvalidTypeError,
    WorkingCalendar,
    WorkingDays,
    deadline,
    deadline_many,
    sla_status,
    sla_status_many,
)
from lapor_rules.testing import aware_datetimes, limits, pause_lists

WIB = ZoneInfo("Asia/Jakarta")
NOW = dt.datetime(2026, 7, 1, 10, 0, tzinfo=WIB)


def _cal() -> WorkingCalendar:
    return WorkingCalendar.indonesia()


@given(st.lists(st.tuples(aware_datetimes(2024, 2026), limits()), max_size=25))
def test_deadline_many_equals_the_single_calls_t1_t6(
    cases: list[tuple[dt.datetime, object]],
) -> None:
    """T1–T6: ``deadline_many`` gives exactly ``deadline`` per case, in order."""
    received = [r for r, _ in cases]
    lims = [lim for _, lim in cases]
    expected = [deadline(r, lim, calendar=_cal()) for r, lim in cases]  # type: ignore[arg-type]
    assert deadline_many(received, lims, calendar=_cal()) == expected  # type: ignore[arg-type]


@given(st.data(), st.lists(aware_datetimes(2024, 2026), min_size=1, max_size=10))
def test_sla_status_many_equals_the_single_calls_s1_s4(
    data: st.DataObject, received: list[dt.datetime]
) -> None:
    """S1–S4 and T5: statuses with pauses and completions match ``sla_status`` per case."""
    pauses = [data.draw(pause_lists(r)) for r in received]
    done = [data.draw(st.none() | st.just(r + dt.timedelta(days=6))) for r in received]
    got = sla_status_many(
        received, WorkingDays(5), now=NOW, calendar=_cal(), pauses=pauses, completed_at=done
    )
    for k, r in enumerate(received):
        single = sla_status(
            r, WorkingDays(5), now=NOW, calendar=_cal(), pauses=pauses[k], completed_at=done[k]
        )
        assert got[k] == single


def test_one_limit_is_shared_and_per_case_limits_are_aligned() -> None:
    """P: a limit per case (e.g. from each complaint's complexity) is applied to its case."""
    r = dt.datetime(2026, 3, 17, 9, tzinfo=WIB)
    got = deadline_many([r, r, r], [WorkingDays(2), CalendarDays(14), Hours(72)])
    assert [d.due_at for d in got] == [
        deadline(r, WorkingDays(2)).due_at,
        deadline(r, CalendarDays(14)).due_at,
        deadline(r, Hours(72)).due_at,
    ]
    assert deadline_many([], WorkingDays(5)) == []


def test_length_mismatch_and_bad_cases_are_named() -> None:
    """Bad input: the error names the argument or the case index, never a value."""
    r = dt.datetime(2026, 3, 17, 9, tzinfo=WIB)
    with pytest.raises(InvalidInputError, match="limit has 1 items for 2 cases"):
        deadline_many([r, r], [WorkingDays(5)])
    with pytest.raises(InvalidInputError, match="case 1: received_at is a naive datetime"):
        deadline_many([r, dt.datetime(2026, 3, 17, 9)], WorkingDays(5))
    with pytest.raises(CalendarCoverageError, match="case 0: "):
        deadline_many([dt.datetime(2019, 3, 17, 9, tzinfo=WIB)], WorkingDays(5))
    with pytest.raises(InvalidTypeError, match="case 0: limit must be"):
        deadline_many([r], [5])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="case 0: completed_at is a naive"):
        sla_status_many([r], WorkingDays(5), now=NOW, completed_at=[dt.datetime(2026, 3, 20)])
    with pytest.raises(InvalidInputError, match="warn_at"):
        sla_status_many([r], WorkingDays(5), now=NOW, warn_at=0)


def _due_dates(received: list[dt.datetime]) -> list[str]:
    return [d.due_date.isoformat() for d in deadline_many(received, WorkingDays(5))]


def test_batches_pickle_and_run_in_a_process_pool() -> None:
    """Batch inputs and results cross process boundaries (ProcessPoolExecutor, Dask, Spark)."""
    received = [dt.datetime(2026, 3, 16 + k, 9, tzinfo=WIB) for k in range(4)]
    results = sla_status_many(received, WorkingDays(5), now=NOW)
    assert pickle.loads(pickle.dumps(results)) == results
    with ProcessPoolExecutor(max_workers=2) as pool:
        chunks = list(pool.map(_due_dates, [received[:2], received[2:]]))
    assert [d for chunk in chunks for d in chunk] == _due_dates(received)
