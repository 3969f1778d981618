"""Agency configuration from plain data: calendar (C1, C2, C5) and SLA policy (P) overrides."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given

from lapor_rules import (
    AgencyPolicy,
    CalendarDays,
    InvalidInputError,
    RuleSetError,
    SlaPolicy,
    WorkingDays,
    summarize,
)
from lapor_rules.testing import agency_policies

WITA = ZoneInfo("Asia/Makassar")

# Dukcapil Kota Denpasar, as a service would keep it in its own JSON file.
DENPASAR_JSON = """
{
  "name": "Dukcapil Kota Denpasar",
  "province": "51",
  "cuti_bersama": false,
  "extra_closures": [
    {"date": "2026-06-17", "name": "Hari Raya Galungan", "source": "SE Gubernur Bali"},
    {"date": "2026-06-27", "name": "Hari Raya Kuningan", "source": "SE Gubernur Bali"}
  ],
  "stage_limits": {"lapor_follow_up": {"unit": "working_days", "n": 7}},
  "class_limits": {"complex": {"unit": "working_days", "n": 10}}
}
"""


@pytest.fixture(scope="module")
def denpasar() -> AgencyPolicy:
    return AgencyPolicy.model_validate_json(DENPASAR_JSON)


def test_c5_province_sets_the_zone(denpasar: AgencyPolicy) -> None:
    """AG1/C5: province 51 (Bali) is WITA; the calendar is built in Asia/Makassar."""
    assert denpasar.zone == "Asia/Makassar"
    assert denpasar.calendar().timezone == "Asia/Makassar"


def test_c2_regional_closures_and_cuti_bersama_off(denpasar: AgencyPolicy) -> None:
    """AG2/C2: Galungan is an extra closure; cuti bersama is off for this front office."""
    cal = denpasar.calendar()
    assert not cal.is_working_day(dt.date(2026, 6, 17))
    (galungan,) = cal.closures_on(dt.date(2026, 6, 17))
    assert (galungan.name, galungan.kind.value, galungan.source) == (
        "Hari Raya Galungan",
        "extra",
        "SE Gubernur Bali",
    )
    assert not cal.cuti_bersama
    # Friday 15 May 2026 is cuti bersama (Kenaikan): closed nationally, open in this office.
    national = AgencyPolicy(name="Nasional", province="51").calendar()
    assert not national.is_working_day(dt.date(2026, 5, 15))
    assert cal.is_working_day(dt.date(2026, 5, 15))
    assert national.is_working_day(dt.date(2026, 6, 17))


def test_calendar_is_built_once(denpasar: AgencyPolicy) -> None:
    """AG2: the calendar of one configuration is built once and reused."""
    assert denpasar.calendar() is denpasar.calendar()
    again = AgencyPolicy.model_validate_json(DENPASAR_JSON)
    assert again.calendar() is denpasar.calendar()


@pytest.mark.parametrize(
    ("stage", "limit", "changed"),
    [
        pytest.param("lapor_follow_up", WorkingDays(7), True, id="P-stage-override"),
        pytest.param("resolution_complex", WorkingDays(10), True, id="P-class-override"),
        pytest.param("lapor_verification", WorkingDays(3), False, id="P-default-kept"),
        pytest.param("statutory_acknowledgement", CalendarDays(14), False, id="P-statutory-kept"),
    ],
)
def test_p_overrides_merge_into_the_policy(
    denpasar: AgencyPolicy, stage: str, limit: Any, changed: bool
) -> None:
    """AG3/P: stage_limits and class_limits replace a row's limit and say so in its note."""
    policy = denpasar.sla_policy()
    row = policy.stage(stage)
    assert row.limit == limit
    assert ("Dukcapil Kota Denpasar" in row.source_note) is changed
    assert row.citation == SlaPolicy.default().stage(stage).citation
    assert policy.limit_for_complexity("complex") == WorkingDays(10)


def test_no_overrides_keeps_the_policy() -> None:
    """AG3/P: without overrides the agency's SLA policy is its `sla` unchanged."""
    plain = AgencyPolicy(name="Disdukcapil Contoh")
    assert plain.sla_policy() == SlaPolicy.default()
    assert plain.zone == "Asia/Jakarta"


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        pytest.param({"province": "99"}, "province", id="unknown-province"),
        pytest.param({"timezone": "CET", "province": None}, "timezone", id="unknown-zone"),
        pytest.param({"timezone": "WIB"}, "timezone does not match", id="zone-mismatch"),
        pytest.param({"extra_closures": [{"date": "2026-02-30", "name": "x"}]},
                     "extra_closures.0.date", id="bad-closure-date"),
        pytest.param({"extra_closures": [{"date": "2026-06-17"}]}, "extra_closures.0.name",
                     id="closure-without-name"),
        pytest.param({"class_limits": {"complex": {"unit": "weeks", "n": 2}}},
                     "class_limits.complex", id="bad-limit-unit"),
        pytest.param({"class_limits": {"complex": {"unit": "working_days", "n": -1}}},
                     "class_limits.complex", id="negative-limit"),
        pytest.param({"class_limits": {"urgent": {"unit": "working_days", "n": 1}}},
                     "class_limits.urgent", id="unknown-class"),
        pytest.param({"stage_limits": {"nope": {"unit": "hours", "n": 1}}}, "stage_limits",
                     id="unknown-stage"),
        pytest.param({"cuti_bersama": "sometimes"}, "cuti_bersama", id="bad-bool"),
        pytest.param({"sla": {"stages": []} | {"complexity": {"simple": "x"}}}, "sla",
                     id="bad-sla-policy"),
        pytest.param({"budget": 1}, "budget", id="unknown-field"),
    ],
)  # fmt: skip
def test_malformed_policy_names_the_field(patch: dict[str, Any], field: str) -> None:
    """AG4: a RuleSetError (a ValueError) naming the field, not the value."""
    data = {**json.loads(DENPASAR_JSON), **patch}
    with pytest.raises(RuleSetError) as info:
        AgencyPolicy.model_validate(data)
    assert isinstance(info.value, ValueError)
    assert field in str(info.value)
    assert "sometimes" not in str(info.value)


def test_class_and_stage_override_of_one_stage_conflict() -> None:
    """AG3: one stage overridden twice (by class and by stage id) is refused."""
    with pytest.raises(RuleSetError, match=r"class_limits\.complex"):
        AgencyPolicy(
            name="X",
            stage_limits={"resolution_complex": WorkingDays(9)},
            class_limits={"complex": WorkingDays(10)},
        )


def test_summarize_uses_the_agency_calendar_and_limits(denpasar: AgencyPolicy) -> None:
    """AG1/AG3/RC3: WITA office hours and the 7 WD follow-up limit."""
    # Forwarded Wednesday 1 July 2026 09:00 WITA, responded Thursday 9 July 10:00 WITA:
    # 7 working days end Friday 10 July (met); the default 5 end Wednesday 8 July (missed).
    rec = {
        "id": "DPS-1",
        "received_at": dt.datetime(2026, 7, 1, 8, tzinfo=WITA),
        "forwarded_at": dt.datetime(2026, 7, 1, 9, tzinfo=WITA),
        "responded_at": dt.datetime(2026, 7, 9, 10, tzinfo=WITA),
    }
    now = dt.datetime(2026, 7, 31, tzinfo=WITA)
    with_agency = summarize([rec], now=now, policy=denpasar)
    assert with_agency.timezone == "Asia/Makassar"
    assert with_agency.stage("lapor_follow_up").met == 1
    assert summarize([rec], now=now).stage("lapor_follow_up").missed == 1


@given(agency_policies())
def test_policy_round_trips(policy: AgencyPolicy) -> None:
    """AG1-AG3: pickle and JSON round-trips are exact; merged policy valid."""
    assert pickle.loads(pickle.dumps(policy)) == policy
    assert AgencyPolicy.model_validate_json(policy.model_dump_json()) == policy
    assert AgencyPolicy.model_validate(policy.model_dump(mode="json")) == policy
    merged = policy.sla_policy()
    for cls_name, limit in policy.class_limits.items():
        assert merged.limit_for_complexity(cls_name) == limit


def test_policy_is_immutable(denpasar: AgencyPolicy) -> None:
    """AG4: models are frozen; a loaded policy cannot be changed in place."""
    with pytest.raises(AttributeError):
        denpasar.name = "Lain"  # type: ignore[misc]
    assert isinstance(RuleSetError("x"), InvalidInputError)
