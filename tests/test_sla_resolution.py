"""From triage complexity to the resolution deadline (rule P with T1–T6)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from zoneinfo import ZoneInfo

import pytest

from lapor_rules import (
    InvalidInputError,
    InvalidTypeError,
    SlaPolicy,
    WorkingCalendar,
    WorkingDays,
    deadline,
    resolution_deadline,
)

WIB = ZoneInfo("Asia/Jakarta")
MONDAY_BEFORE_NYEPI = dt.datetime(2026, 3, 16, 9, 0, tzinfo=WIB)


class _Complexity(str, Enum):
    COMPLEX = "complex"


class _Triaged:
    """Stands for a TriageResult: anything with a ``complexity``."""

    def __init__(self, complexity: str) -> None:
        self.complexity = complexity


@pytest.mark.parametrize(
    ("complexity", "limit", "due"),
    [
        pytest.param("simple", 2, "2026-03-25", id="simple-2wd-across-nyepi-and-lebaran"),
        pytest.param("normative", 5, "2026-03-30", id="normative-5wd"),
        pytest.param("complex", 14, "2026-04-13", id="complex-14wd-skips-good-friday"),
        pytest.param("oversight", 60, "2026-06-25", id="oversight-60wd"),
    ],
)
def test_p_default_class_limits_give_the_due_date(complexity: str, limit: int, due: str) -> None:
    """P: SIPPN classes 2/5/14/60 working days, counted by T2 over Nyepi and Lebaran 2026."""
    d = resolution_deadline(complexity, MONDAY_BEFORE_NYEPI)
    assert d.limit == WorkingDays(limit)
    assert d.due_date.isoformat() == due
    assert d == deadline(MONDAY_BEFORE_NYEPI, WorkingDays(limit))


def test_p_accepts_a_triage_result_or_a_str_enum() -> None:
    """P: a TriageResult-like object or a Complexity enum select the same stage."""
    by_name = resolution_deadline("complex", MONDAY_BEFORE_NYEPI)
    assert resolution_deadline(_Triaged("complex"), MONDAY_BEFORE_NYEPI) == by_name
    assert resolution_deadline(_Complexity.COMPLEX, MONDAY_BEFORE_NYEPI) == by_name


def test_p_agency_policy_and_calendar_are_honoured() -> None:
    """P: an agency policy with its own class limit, on a WIT calendar."""
    data = SlaPolicy.default().as_mapping()
    stages = [
        {**s, "limit": {"unit": "working_days", "n": 10}} if s["id"] == "resolution_complex" else s
        for s in data["stages"]
    ]
    policy = SlaPolicy.model_validate({**data, "stages": stages})
    papua = WorkingCalendar.for_province("94")
    d = resolution_deadline("complex", MONDAY_BEFORE_NYEPI, policy=policy, calendar=papua)
    assert d.limit == WorkingDays(10)
    assert d.timezone == "Asia/Jayapura"


def test_bad_input_is_named() -> None:
    """Bad input: unknown class, missing complexity, wrong policy type, naive datetime."""
    with pytest.raises(InvalidInputError, match="unknown complexity class"):
        resolution_deadline("urgent", MONDAY_BEFORE_NYEPI)
    with pytest.raises(InvalidTypeError, match="triaged must be"):
        resolution_deadline(object(), MONDAY_BEFORE_NYEPI)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="policy must be"):
        resolution_deadline("simple", MONDAY_BEFORE_NYEPI, policy={})  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="naive"):
        resolution_deadline("simple", dt.datetime(2026, 3, 16, 9))
