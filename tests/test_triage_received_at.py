"""Complaint.received_at is an instant: naive datetimes are rejected (nothing silently guessed)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from lapor_rules import Complaint, InvalidInputError, triage


def test_naive_received_at_is_rejected_without_echoing_the_text() -> None:
    """A naive datetime could be any zone: a clear error naming the field, not the text."""
    text = "KTP saya belum jadi sejak Maret"
    with pytest.raises(InvalidInputError, match=r"received_at: .*naive datetime") as info:
        Complaint(text, received_at=dt.datetime(2026, 6, 1, 9, 0))
    assert text not in str(info.value)


def test_aware_received_at_in_any_zone_is_accepted() -> None:
    """WIB, WITA, WIT or UTC: the complaint's local date is the day waits are judged on."""
    for zone in ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC"):
        received = dt.datetime(2026, 6, 1, 9, 0, tzinfo=ZoneInfo(zone))
        result = triage(Complaint("KTP saya belum jadi sejak Maret", received_at=received))
        assert result.urgency.value == "high"
