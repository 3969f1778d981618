"""AG5: an agency's triage signals and rules, merged into the default rule set by id."""

from __future__ import annotations

from typing import Any

import pytest

from lapor_rules import AgencyPolicy, RuleSet, RuleSetError, triage

NGABEN_SIGNAL = {
    "id": "ngaben",
    "description": {"id": "Upacara ngaben", "en": "Ngaben cremation"},
    "phrases": ["ngaben", "pengabenan", "palebon"],
}
NGABEN_RULE = {
    "id": "DPS-NGABEN",
    "when": {"all_of": ["ngaben"]},
    "effect": {"urgency": "critical", "complexity": "normative"},
    "message": {"id": "Upacara ngaben menunggu dokumen", "en": "A ngaben waits for documents"},
}
TEXT = "Surat kematian bapak belum keluar, padahal upacara ngaben sudah dijadwalkan."


def _policy(**extra: Any) -> AgencyPolicy:
    return AgencyPolicy.model_validate(
        {"name": "Dukcapil Kota Denpasar", "province": "51", **extra}
    )


def test_ag5_without_triage_fields_the_default_rules_apply() -> None:
    """AG5: no triage fields -> exactly the default rule set."""
    assert _policy().triage_ruleset() == RuleSet.default()


def test_ag5_agency_rule_fires_only_with_the_agency_rule_set() -> None:
    """AG5: the agency's rule fires with its rule set and not with the defaults."""
    rules = _policy(triage_signals=[NGABEN_SIGNAL], triage_rules=[NGABEN_RULE]).triage_ruleset()
    assert rules.version.endswith("+Dukcapil Kota Denpasar")
    with_agency = triage(TEXT, rules=rules)
    assert with_agency.urgency.value == "critical"
    assert "DPS-NGABEN" in [r.rule_id for r in with_agency.reasons]
    assert "DPS-NGABEN" not in [r.rule_id for r in triage(TEXT).reasons]


def test_ag5_disabled_rules_are_removed_and_a_same_id_rule_replaces() -> None:
    """AG5: a disabled default rule no longer fires; a rule with a default id replaces it."""
    default_ids = [r.id for r in RuleSet.default().rules]
    victim = default_ids[0]
    rules = _policy(disabled_triage_rules=[victim]).triage_ruleset()
    assert victim not in [r.id for r in rules.rules]
    replaced = _policy(
        triage_signals=[NGABEN_SIGNAL], triage_rules=[{**NGABEN_RULE, "id": victim}]
    ).triage_ruleset()
    assert replaced.rule(victim).when.all_of == ("ngaben",)


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        pytest.param(
            {"triage_rules": [{**NGABEN_RULE, "when": {"all_of": ["nope"]}}]},
            "triage_rules",
            id="unknown-signal",
        ),
        pytest.param({"disabled_triage_rules": ["NOPE"]}, "disabled_triage_rules", id="unknown-id"),
        pytest.param(
            {"triage_rules": [{**NGABEN_RULE, "id": "lower case"}]},
            "triage_rules.0.id",
            id="bad-id",
        ),
    ],
)
def test_ag4_ag5_malformed_triage_config_names_the_field(extra: dict[str, Any], field: str) -> None:
    """AG4/AG5: a malformed triage configuration is a RuleSetError naming the field."""
    with pytest.raises(RuleSetError, match=field):
        _policy(**extra)
