"""Speed of ``summarize`` on a register of 10,000 records, beside a hand-written baseline.

The baselines are what a service would write without the recap: one ``sla_status`` call per
stage per record (verification, follow-up, resolution), or the same through the batch
``sla_status_many``. Usage:
``PYTHONPATH=src python benchmarks/bench_recap.py``.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from lapor_rules import (
    CaseRecord,
    SlaPolicy,
    WorkingCalendar,
    sla_status,
    sla_status_many,
    summarize,
)

N = 10_000
REPEAT = 3
WIB = ZoneInfo("Asia/Jakarta")
CLASSES = ("simple", "normative", "complex", "oversight", None)


def register(n: int = N, seed: int = 7) -> list[dict[str, Any]]:
    """A fake register: receipt over ten months of 2025, most cases forwarded and answered."""
    rng = random.Random(seed)
    base = dt.datetime(2025, 1, 2, 8, tzinfo=WIB)
    out = []
    for i in range(n):
        received = base + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
        rec: dict[str, Any] = {"id": f"BENCH-{i:05d}", "received_at": received.isoformat()}
        if (c := rng.choice(CLASSES)) is not None:
            rec["complexity"] = c
        if rng.random() < 0.9:
            fwd = received + dt.timedelta(hours=rng.randrange(1, 24 * 6))
            rec["forwarded_at"] = fwd.isoformat()
            if rng.random() < 0.9:
                rsp = fwd + dt.timedelta(hours=rng.randrange(1, 24 * 12))
                rec["responded_at"] = rsp.isoformat()
        if rng.random() < 0.05:
            p0 = received + dt.timedelta(days=1)
            rec["pauses"] = [
                {"start": p0.isoformat(), "end": (p0 + dt.timedelta(days=2)).isoformat()}
            ]
        out.append(rec)
    return out


def _best(run: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def baseline(records: list[CaseRecord], now: dt.datetime, cal: WorkingCalendar) -> int:
    """One ``sla_status`` per stage per record, the states tallied by hand."""
    policy = SlaPolicy.default()
    verification = policy.limit("lapor_verification")
    follow_up = policy.limit("lapor_follow_up")
    count = 0
    for r in records:
        fwd = r.forwarded_at if r.forwarded_at and r.forwarded_at <= now else None
        rsp = r.responded_at if r.responded_at and r.responded_at <= now else None
        stages = [(r.received_at, verification, fwd)]
        if fwd is not None:
            stages.append((fwd, follow_up, rsp))
        if r.complexity is not None:
            stages.append((r.received_at, policy.limit_for_complexity(r.complexity), rsp))
        for start, limit, end in stages:
            s = sla_status(start, limit, now=now, calendar=cal, pauses=r.pauses, completed_at=end)
            count += s.state.value == "met"
    return count


def baseline_batch(records: list[CaseRecord], now: dt.datetime, cal: WorkingCalendar) -> int:
    """The same stages through ``sla_status_many``: one batch call per stage."""
    policy = SlaPolicy.default()
    starts: list[dt.datetime] = []
    limits: list[Any] = []
    ends: list[dt.datetime | None] = []
    pauses: list[Any] = []
    for r in records:
        fwd = r.forwarded_at if r.forwarded_at and r.forwarded_at <= now else None
        rsp = r.responded_at if r.responded_at and r.responded_at <= now else None
        rows = [(r.received_at, policy.limit("lapor_verification"), fwd)]
        if fwd is not None:
            rows.append((fwd, policy.limit("lapor_follow_up"), rsp))
        if r.complexity is not None:
            rows.append((r.received_at, policy.limit_for_complexity(r.complexity), rsp))
        for start, limit, end in rows:
            starts.append(start)
            limits.append(limit)
            ends.append(end)
            pauses.append(r.pauses)
    statuses = sla_status_many(
        starts, limits, now=now, calendar=cal, pauses=pauses, completed_at=ends
    )
    return sum(s.state.value == "met" for s in statuses)


def main() -> None:
    """Print seconds per recap of 10,000 records and µs per record."""
    data = register()
    records = [CaseRecord.model_validate(d) for d in data]
    now = dt.datetime(2025, 11, 1, 12, tzinfo=WIB)
    cal = WorkingCalendar.indonesia()
    summarize(records[:100], now=now, calendar=cal)  # warm the calendar
    rows = [
        ("summarize(10k CaseRecord)", _best(lambda: summarize(records, now=now, calendar=cal))),
        ("summarize(10k mappings, validated)",
         _best(lambda: summarize(data, now=now, calendar=cal))),
        ("CaseRecord.model_validate x 10k",
         _best(lambda: [CaseRecord.model_validate(d) for d in data])),
        ("baseline: sla_status per stage", _best(lambda: baseline(records, now, cal))),
        ("baseline: sla_status_many per stage",
         _best(lambda: baseline_batch(records, now, cal))),
    ]  # fmt: skip
    print(f"{'benchmark':<38} {'total ms':>9} {'µs/record':>10}")
    for name, seconds in rows:
        print(f"{name:<38} {seconds * 1e3:>9.1f} {seconds / N * 1e6:>10.1f}")


if __name__ == "__main__":
    main()
