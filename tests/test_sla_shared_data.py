"""P, T1, T2 on real receipt times: every evaluation complaint gets an explained deadline.

Uses ``../shared/data`` (skipped when absent); no row is copied into the repository.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from lapor_rules import SlaPolicy, WorkingCalendar, WorkingDays, deadline

WIB = ZoneInfo("Asia/Jakarta")


def test_p_t1_t2_deadlines_for_every_evaluation_complaint(shared_data_dir: Path) -> None:
    """P/T1/T2: complexity label -> policy limit -> a deadline that obeys T1/T2, not provisional."""
    policy = SlaPolicy.default()
    cal = WorkingCalendar.indonesia()
    lines = (shared_data_dir / "complaints_dev.jsonl").read_text("utf-8").splitlines()
    assert lines
    for line in lines:
        row = json.loads(line)
        received = dt.datetime.fromisoformat(row["received"]).replace(tzinfo=WIB)
        limit = policy.limit_for_complexity(row["complexity"])
        assert isinstance(limit, WorkingDays)
        d = deadline(received, limit, calendar=cal)
        assert d.due_at > received
        assert cal.is_working_day(d.start_day)
        assert cal.working_days_between(d.start_day, d.due_date) == limit.n
        assert d.provisional is False
        assert [r.rule for r in d.reasons][:3] == ["T1", "T2", "T6"]
