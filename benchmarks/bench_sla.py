"""Speed of the calendar and SLA hot paths beside numpy's scalar ``busday_offset``.

Targets (issue 2): ``add_working_days`` and ``working_days_between`` at most 1/4 of numpy's
scalar call, ``deadline()`` at most 3x; ``import lapor_rules`` under 0.5 s. Usage:
``PYTHONPATH=src python benchmarks/bench_sla.py``.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from lapor_rules import (
    WorkingCalendar,
    WorkingDays,
    deadline,
    deadline_many,
    sla_status,
    sla_status_many,
)
from lapor_rules.calendar import national, sources

N = 20_000
REPEAT = 5


def _best(loop: Callable[[], Any], calls: int) -> float:
    """Best of REPEAT runs of ``loop`` (which makes ``calls`` calls), in µs per call."""
    best = float("inf")
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        loop()
        best = min(best, time.perf_counter() - t0)
    return best / calls * 1e6


def _fresh_process_seconds(code: str, runs: int) -> float:
    """Best of ``runs`` fresh interpreters running ``code``, which prints its own seconds."""
    src = Path(__file__).resolve().parents[1] / "src"
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(src)},
        )
        times.append(float(out.stdout))
    return min(times)


def _import_seconds() -> float:
    code = (
        "import time; t = time.perf_counter(); import lapor_rules; print(time.perf_counter() - t)"
    )
    return _fresh_process_seconds(code, 5)


def _cold_build_seconds() -> float:
    code = (
        "import time; t = time.perf_counter(); import lapor_rules; "
        "lapor_rules.WorkingCalendar.indonesia(); print(time.perf_counter() - t)"
    )
    return _fresh_process_seconds(code, 3)


def _rows(
    dates: Sequence[dt.date], pairs: Sequence[tuple[dt.date, dt.date]]
) -> list[tuple[str, float]]:
    cal = WorkingCalendar.indonesia()
    closed = sorted({c.date for y in cal.years for c in cal.closures(y) if c.date.weekday() < 5})
    npcal = np.busdaycalendar(weekmask="1111100", holidays=np.array(closed, dtype="datetime64[D]"))
    d64 = [np.datetime64(d) for d in dates]
    wib = ZoneInfo("Asia/Jakarta")
    instants = [
        dt.datetime.combine(d, dt.time(random.randrange(24), random.randrange(60)), tzinfo=wib)
        for d in dates
    ]
    five = WorkingDays(5)
    now = dt.datetime(2026, 1, 5, 9, tzinfo=wib)
    add, between = cal.add_working_days, cal.working_days_between
    offset = np.busday_offset

    def np_date() -> None:
        for d in dates:
            offset(d, 5, roll="forward", busdaycal=npcal)

    def np_d64() -> None:
        for d in d64:
            offset(d, 5, roll="forward", busdaycal=npcal)

    def ours_add() -> None:
        for d in dates:
            add(d, 5)

    def ours_between() -> None:
        for a, b in pairs:
            between(a, b)

    def ours_is_working() -> None:
        for d in dates:
            cal.is_working_day(d)

    def ours_deadline() -> None:
        for r in instants:
            deadline(r, five, calendar=cal)

    def ours_status() -> None:
        for r in instants[: N // 4]:
            sla_status(r, five, now=now, calendar=cal)

    return [
        ("numpy busday_offset(date, 5, roll='forward', busdaycal=) scalar", _best(np_date, N)),
        ("numpy busday_offset(datetime64, 5, ...) scalar", _best(np_d64, N)),
        ("WorkingCalendar.add_working_days(d, 5)", _best(ours_add, N)),
        ("WorkingCalendar.working_days_between(a, b), gap 0-90 days", _best(ours_between, N)),
        ("WorkingCalendar.is_working_day(d)", _best(ours_is_working, N)),
        ("deadline(received_at, WorkingDays(5))", _best(ours_deadline, N)),
        ("sla_status(received_at, WorkingDays(5), now=...)", _best(ours_status, N // 4)),
    ]


def main() -> None:
    """Print µs per call beside numpy's scalar busday_offset, plus import and build times."""
    random.seed(20261123)
    start = dt.date(2024, 1, 1).toordinal()
    dates = [dt.date.fromordinal(start + random.randrange(3 * 365)) for _ in range(N)]
    pairs = [(d, d + dt.timedelta(days=random.randrange(91))) for d in dates]
    rows = _rows(dates, pairs)
    reference = rows[0][1]
    print(f"{'operation':<66} {'µs/call':>9} {'x numpy(date)':>14}")
    for name, us in rows:
        print(f"{name:<66} {us:9.3f} {us / reference:14.2f}")
    print(f"(numpy with datetime64 input: {rows[1][1]:.3f} µs; ratios above use date input)")
    _batch()

    t0 = time.perf_counter()
    WorkingCalendar(years=range(2020, 2029), closures=sources.load_closures(2020, 2028))
    engine = time.perf_counter() - t0
    national._cached.cache_clear()
    sources.load_closures.cache_clear()
    t0 = time.perf_counter()
    WorkingCalendar.indonesia()
    warm = time.perf_counter() - t0
    print(f"\ncalendar engine build, 9 years, closures given:     {engine * 1e3:8.2f} ms")
    print(f"WorkingCalendar.indonesia() (holidays imported):      {warm * 1e3:8.2f} ms")
    print(f"import lapor_rules + indonesia(), fresh process:      {_cold_build_seconds():8.3f} s")
    print(f"import lapor_rules, fresh process (target < 0.5 s):   {_import_seconds():8.3f} s")


def _batch() -> None:
    """Batch functions beside a loop of single calls, on receipts spread over three years."""
    wib = ZoneInfo("Asia/Jakarta")
    cal = WorkingCalendar.indonesia()
    base = dt.datetime(2024, 1, 1, tzinfo=wib)
    received = [base + dt.timedelta(minutes=random.randrange(3 * 365 * 1440)) for _ in range(N)]
    now = dt.datetime(2026, 6, 1, 10, tzinfo=wib)
    five = WorkingDays(5)
    loop_d = _best(lambda: [deadline(r, five, calendar=cal) for r in received], N)
    many_d = _best(lambda: deadline_many(received, five, calendar=cal), N)
    loop_s = _best(lambda: [sla_status(r, five, now=now, calendar=cal) for r in received], N)
    many_s = _best(lambda: sla_status_many(received, five, now=now, calendar=cal), N)
    print(
        f"\n{'batch (random receipts 2024-2026)':<40} {'loop µs':>9} {'many µs':>9} {'speed-up':>9}"
    )
    print(f"{'deadline vs deadline_many':<40} {loop_d:9.2f} {many_d:9.2f} {loop_d / many_d:8.2f}x")
    print(
        f"{'sla_status vs sla_status_many':<40} {loop_s:9.2f} {many_s:9.2f} {loop_s / many_s:8.2f}x"
    )


if __name__ == "__main__":
    main()
