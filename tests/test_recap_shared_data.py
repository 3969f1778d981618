"""Recap over the real receipt times of the evaluation complaints (S2, P, recap shares).

Uses ``../shared/data`` (skipped when absent); no row is copied into the repository. The rows
have receipt times and complexity labels only, so every case is open: not followed up.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from lapor_rules import summarize

WIB = ZoneInfo("Asia/Jakarta")


def _records(shared_data_dir: Path) -> list[dict[str, Any]]:
    lines = (shared_data_dir / "complaints_dev.jsonl").read_text("utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [
        {
            "id": row["id"],
            "received_at": dt.datetime.fromisoformat(row["received"]).replace(tzinfo=WIB),
            "complexity": row["complexity"],
        }
        for row in rows
    ]


def test_recap_of_open_evaluation_complaints(shared_data_dir: Path) -> None:
    """RC3/S2/P: a year later every unforwarded case is not followed up and breached per stage."""
    records = _records(shared_data_dir)
    recap = summarize(records, now=dt.datetime(2024, 6, 1, 12, tzinfo=WIB))
    assert recap.total == len(records)
    assert recap.not_followed_up == recap.total
    assert recap.share_not_followed_up == 1
    assert recap.stage("lapor_verification").breached == recap.total
    assert recap.stage("lapor_follow_up").total == 0
    classes = Counter(r["complexity"] for r in records)
    for name, count in classes.items():
        assert recap.stage(f"resolution_{name}").breached == count
    assert recap.unverified_late == recap.total
    assert recap.median_working_days_to_response is None
    assert len(recap.breaches) == 2 * recap.total


def test_recap_cut_at_now_leaves_later_receipts_out(shared_data_dir: Path) -> None:
    """RC1: complaints received after now are counted apart, not in the shares."""
    records = _records(shared_data_dir)
    now = dt.datetime(2022, 9, 1, tzinfo=WIB)
    recap = summarize(records, now=now)
    later = sum(1 for r in records if r["received_at"] > now)
    assert recap.received_after_now == later
    assert recap.total == len(records) - later
