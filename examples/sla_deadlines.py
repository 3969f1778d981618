"""Worked SLA examples: deadlines across Lebaran 2025 and 2026, zones, pauses, status, policy.

Run: ``PYTHONPATH=src python examples/sla_deadlines.py``. The outputs in ``docs/sla.md`` come
from this script.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from lapor_rules import (
    CalendarDays,
    Deadline,
    ProvisionalDataError,
    SlaPolicy,
    WorkingCalendar,
    WorkingDays,
    deadline,
    sla_status,
)

WIB = ZoneInfo("Asia/Jakarta")
WIT = ZoneInfo("Asia/Jayapura")


def show(title: str, d: Deadline) -> None:
    print(f"\n## {title}")
    print(f"received {d.received_at.isoformat()}  limit {d.limit!r}")
    print(f"start day {d.start_day}  effective start {d.effective_start.isoformat()}")
    print(f"due at {d.due_at.isoformat()}  provisional={d.provisional}")
    for s in d.skipped:
        names = "; ".join(f"{c.name} ({c.kind.value})" for c in s.closures) or "weekend"
        print(f"  skipped {s.date} {s.date:%a}: {names}")


def main() -> None:
    show(
        "Lebaran 2025, 5 working days (WIB)",
        deadline(dt.datetime(2025, 3, 27, 10, 0, tzinfo=WIB), WorkingDays(5)),
    )
    show(
        "Lebaran 2025, 14 calendar days (UU 25/2009 Pasal 44(3), read as calendar days)",
        deadline(dt.datetime(2025, 3, 27, 10, 0, tzinfo=WIB), CalendarDays(14)),
    )
    received = dt.datetime(2026, 3, 17, 15, 0, tzinfo=WIB)
    show("Lebaran 2026, 5 working days, office in Jakarta (WIB)",
         deadline(received, WorkingDays(5)))  # fmt: skip
    show(
        "Lebaran 2026, same instant, office in Papua (WIT: 17:00 local, after closing)",
        deadline(received, WorkingDays(5), calendar=WorkingCalendar.for_province("91")),
    )
    show(
        "Lebaran 2026, front office open through cuti bersama",
        deadline(received, WorkingDays(5), calendar=WorkingCalendar.indonesia(cuti_bersama=False)),
    )

    print("\n## Friday closing time (16:30)")
    for minute in (29, 31):
        d = deadline(dt.datetime(2025, 6, 13, 16, minute, tzinfo=WIB), WorkingDays(5))
        print(f"received Friday 16:{minute} -> start day {d.start_day}, due {d.due_at.isoformat()}")

    print("\n## A pause while waiting for the reporter (T5)")
    paused = deadline(
        dt.datetime(2025, 6, 2, 9, 0, tzinfo=WIB),
        WorkingDays(5),
        pauses=[(dt.datetime(2025, 6, 3, 9, tzinfo=WIB), dt.datetime(2025, 6, 5, 9, tzinfo=WIB))],
    )
    print(f"due {paused.due_at.isoformat()} (+{paused.pause_working_days} working days)")

    print("\n## Status at a moment (S1-S4)")
    status = sla_status(
        dt.datetime(2025, 6, 2, 9, 0, tzinfo=WIB),
        WorkingDays(5),
        now=dt.datetime(2025, 6, 10, 12, 0, tzinfo=WIB),
    )
    print(f"state {status.state.value}, elapsed {status.elapsed_fraction:.3f}, "
          f"remaining {status.remaining_working_days} working days")  # fmt: skip
    for reason in status.reasons[:3]:
        print(f"  [{reason.rule}] {reason.message.id}")
        print(f"  {' ' * (len(reason.rule) + 2)} {reason.message.en}")

    print("\n## Provisional year 2027 (estimated Idul Fitri)")
    d = deadline(dt.datetime(2027, 3, 5, 10, 0, tzinfo=WIB), WorkingDays(5))
    print(f"due {d.due_at.isoformat()} provisional={d.provisional}")
    print(f"  {d.provisional_notes[0].en}")
    try:
        deadline(d.received_at, WorkingDays(5), calendar=WorkingCalendar.indonesia(strict=True))
    except ProvisionalDataError as exc:
        print(f"strict calendar: {type(exc).__name__}: {exc}")

    print("\n## The default policy: complexity class -> limit")
    policy = SlaPolicy.default()
    for cls in ("simple", "normative", "complex", "oversight"):
        print(f"{cls:<10} {policy.limit_for_complexity(cls)!r}")


if __name__ == "__main__":
    main()
