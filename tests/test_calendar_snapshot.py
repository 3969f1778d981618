"""Rule C3: fail when the installed ``holidays`` changes any known 2020–2027 closure."""

from __future__ import annotations

import json
from pathlib import Path

from lapor_rules.calendar.sources import load_closures

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "id_closures_2020_2027.json"


def _rows() -> set[tuple[str, str, str, bool]]:
    return {
        (c.date.isoformat(), c.name, c.kind.value, c.estimated) for c in load_closures(2020, 2027)
    }


def test_c3_snapshot_of_2020_2027_closures_is_unchanged() -> None:
    """C3: every 2020–2027 closure (date, name, kind, estimated) matches the snapshot.

    If this fails after upgrading ``holidays``, review the difference against the SKB and
    Keppres texts, then regenerate with ``scripts/generate_calendar_snapshot.py``.
    """
    data = json.loads(SNAPSHOT.read_text("utf-8"))
    expected = {(r["date"], r["name"], r["kind"], r["estimated"]) for r in data["closures"]}
    current = _rows()
    added = sorted(current - expected)
    removed = sorted(expected - current)
    assert added == [], f"new in installed holidays (snapshot {data['holidays_version']})"
    assert removed == [], f"gone from installed holidays (snapshot {data['holidays_version']})"


def test_c3_snapshot_holds_the_known_landmarks() -> None:
    """C3/C2: the snapshot has the amendment and Keppres days the spec names."""
    data = json.loads(SNAPSHOT.read_text("utf-8"))
    by_date = {r["date"]: r for r in data["closures"]}
    assert by_date["2025-08-18"]["kind"] == "cuti_bersama"
    assert by_date["2024-02-14"]["kind"] == "national_holiday"
    assert by_date["2024-11-27"]["kind"] == "national_holiday"
    assert by_date["2027-03-10"]["estimated"] is True
    assert data["years"] == [2020, 2027]
