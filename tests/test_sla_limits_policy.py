"""Limits (WorkingDays, CalendarDays, Hours) and the default policy (§P)."""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given

from lapor_rules import (
    CalendarDays,
    Hours,
    InvalidInputError,
    InvalidTypeError,
    LaporRulesError,
    RuleSetError,
    SlaPolicy,
    WorkingDays,
)
from lapor_rules.errors import FrozenModelError
from lapor_rules.sla import parse_limit
from lapor_rules.testing import limits

_BAD: Any = None


@pytest.mark.parametrize(
    ("value", "error"),
    [
        pytest.param(True, InvalidTypeError, id="bool"),
        pytest.param(2.0, InvalidTypeError, id="float"),
        pytest.param("3", InvalidTypeError, id="str"),
        pytest.param(-1, InvalidInputError, id="negative"),
    ],
)
def test_limits_reject_bad_counts(value: Any, error: type[Exception]) -> None:
    """T2–T4 limits: non-integer, boolean and negative counts raise a clear error."""
    for unit in (WorkingDays, CalendarDays, Hours):
        with pytest.raises(error) as info:
            unit(value)
        assert isinstance(info.value, LaporRulesError)


def test_limits_are_positional_immutable_and_ordered_within_a_unit() -> None:
    """T2–T4 limits: positional, frozen, hashable, ordered by count within one unit."""
    five = WorkingDays(5)
    assert five == WorkingDays(5)
    assert hash(five) == hash(WorkingDays(5))
    assert WorkingDays(3) < five <= WorkingDays(5) < WorkingDays(14)
    assert sorted([Hours(72), Hours(24)]) == [Hours(24), Hours(72)]
    other: Any = CalendarDays(5)
    assert WorkingDays(5) != other
    with pytest.raises(FrozenModelError):
        five.n = 6  # type: ignore[misc]
    assert repr(five) == "WorkingDays(5)"
    assert str(CalendarDays(14)) == "14 hari kalender"


@pytest.mark.parametrize("op", [operator.lt, operator.le, operator.gt, operator.ge])
def test_limits_of_different_units_do_not_compare(op: Callable[[Any, Any], bool]) -> None:
    """T2–T4 limits: comparing different units is a TypeError."""
    with pytest.raises(TypeError):
        op(WorkingDays(5), CalendarDays(5))


@given(limits())
def test_limits_round_trip_through_json_with_a_discriminator(limit: Any) -> None:
    """P/T2–T4: JSON with a ``unit`` discriminator loads back to an equal limit."""
    data = json.loads(limit.model_dump_json())
    assert data["unit"] in {"working_days", "calendar_days", "hours"}
    assert parse_limit(data) == limit


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"unit": "weeks", "n": 1}, id="unknown-unit"),
        pytest.param({"unit": "hours", "n": -1}, id="negative"),
        pytest.param({"unit": "hours", "n": True}, id="bool"),
        pytest.param({"unit": "hours", "n": 1.5}, id="float"),
        pytest.param({"n": 3}, id="no-unit"),
    ],
)
def test_limits_from_bad_data_raise_invalid_input(data: dict[str, Any]) -> None:
    """P/T2–T4: plain data that is not a limit raises InvalidInputError (a ValueError)."""
    with pytest.raises(InvalidInputError):
        parse_limit(data)


# ------------------------------------------------------------------------------------ policy

DEFAULT = SlaPolicy.default()


@pytest.mark.parametrize(
    ("stage", "limit", "instrument"),
    [
        pytest.param("lapor_verification", WorkingDays(3), "SP4N-LAPOR!", id="P-verify-3wd"),
        pytest.param("lapor_follow_up", WorkingDays(5), "SP4N-LAPOR!", id="P-follow-up-5wd"),
        pytest.param("lapor_auto_close", WorkingDays(10), "SP4N-LAPOR!", id="P-close-10wd"),
        pytest.param("resolution_simple", WorkingDays(2), "SIPPN", id="P-simple-2wd"),
        pytest.param("resolution_normative", WorkingDays(5), "SIPPN", id="P-normative-5wd"),
        pytest.param("resolution_complex", WorkingDays(14), "SIPPN", id="P-complex-14wd"),
        pytest.param("resolution_oversight", WorkingDays(60), "SIPPN", id="P-oversight-60wd"),
        pytest.param("statutory_acknowledgement", CalendarDays(14), "UU 25/2009", id="P-44-3"),
        pytest.param("statutory_decision", CalendarDays(60), "UU 25/2009", id="P-50-1"),
        pytest.param("statutory_notice", CalendarDays(14), "UU 25/2009", id="P-50-2"),
        pytest.param("issuance_civil_letters", CalendarDays(14), "UU 23/2006", id="P-69-14"),
        pytest.param("issuance_death_letter", CalendarDays(3), "UU 23/2006", id="P-69-3"),
        pytest.param("issuance_civil_deed", CalendarDays(30), "UU 23/2006", id="P-69-30"),
    ],
)
def test_p_default_policy_table(stage: str, limit: Any, instrument: str) -> None:
    """P: every stage's limit, unit and source; 'hari' read as calendar days is noted."""
    row = DEFAULT.stage(stage)
    assert row.limit == limit
    assert row.citation.instrument == instrument
    if isinstance(limit, CalendarDays):
        assert "calendar days" in row.source_note
        assert "hari kalender" in row.source_note


@pytest.mark.parametrize(
    ("complexity", "days"),
    [("simple", 2), ("normative", 5), ("complex", 14), ("oversight", 60)],
)
def test_p_lookup_by_complexity_class(complexity: str, days: int) -> None:
    """P: simple/normative/complex/oversight -> 2/5/14/60 working days."""
    assert DEFAULT.limit_for_complexity(complexity) == WorkingDays(days)


def test_p_lookup_accepts_a_str_enum_and_rejects_unknown_names() -> None:
    """P: triage's Complexity (a str enum) works; unknown classes and stages are errors."""
    from enum import Enum  # noqa: PLC0415

    class Complexity(str, Enum):
        COMPLEX = "complex"

    assert DEFAULT.limit_for_complexity(Complexity.COMPLEX) == WorkingDays(14)
    with pytest.raises(InvalidInputError):
        DEFAULT.for_complexity("trivial")
    with pytest.raises(InvalidInputError):
        DEFAULT.stage("nope")


def test_p_policy_from_plain_data() -> None:
    """P: a policy round-trips through plain data and JSON; an agency can load its own."""
    again = SlaPolicy.model_validate(json.loads(DEFAULT.model_dump_json()))
    assert again == DEFAULT
    custom = SlaPolicy.model_validate(
        {
            "id": "dukcapil-kota-x",
            "version": "2026-03",
            "stages": [
                {
                    "id": "quick",
                    "name": {"id": "Cepat", "en": "Quick"},
                    "starts_at": {"id": "diterima", "en": "receipt"},
                    "limit": {"unit": "hours", "n": 3},
                    "citation": {"instrument": "SIPPN"},
                }
            ],
            "complexity": {"simple": "quick"},
        }
    )
    assert custom.limit_for_complexity("simple") == Hours(3)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"stages": [], "complexity": {"simple": "missing"}}, id="unknown-stage"),
        pytest.param({"stages": [DEFAULT.stages[0].model_dump()] * 2}, id="duplicate-stage-ids"),
        pytest.param(
            {"stages": [{**DEFAULT.stages[0].model_dump(), "limit": {"unit": "x", "n": 1}}]},
            id="bad-limit",
        ),
    ],
)
def test_p_malformed_policy_raises_rule_set_error(data: dict[str, Any]) -> None:
    """P: a malformed policy raises RuleSetError (an InvalidInputError, a ValueError)."""
    with pytest.raises(RuleSetError) as info:
        SlaPolicy.model_validate(data)
    assert isinstance(info.value, ValueError)


def test_p_policy_renders_to_markdown_in_both_languages() -> None:
    """P: the table renders for SOP documents, Indonesian first."""
    md_id = DEFAULT.to_markdown()
    md_en = DEFAULT.to_markdown("en")
    assert md_id.startswith("| id | tahap |")
    assert "| `resolution_complex` |" in md_id
    assert "14 hari kerja" in md_id
    assert "14 working days" in md_en
    assert "UU 25/2009 Pasal 44 ayat (3)" in md_en
