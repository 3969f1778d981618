"""Triage models: privacy, bad input, limits, levels and rule sets as data.

Rules checked: PRIV-REPR (reprs hold no text), BAD-INPUT, LIMITS (size limit, linear time),
LEVELS (ordered enums), RULES-AS-DATA (validated, extensible rule sets).
"""

from __future__ import annotations

import time

import pytest

from lapor_rules import (
    Complaint,
    Complexity,
    InvalidInputError,
    InvalidTypeError,
    LaporRulesError,
    RuleSet,
    RuleSetError,
    Urgency,
    triage,
)
from lapor_rules.triage import MAX_TEXT_CHARS, DecisionRule

SECRET = "Sudah 3 bulan KTP Sulastri Wijayanti NIK 3578014101900002 belum jadi, minta Rp500rb"


# --- PRIV-REPR ---------------------------------------------------------------------------
def test_reprs_never_show_complaint_or_evidence_text() -> None:
    """PRIV-REPR: repr/str of Complaint, result, reasons and evidence hold no text."""
    complaint = Complaint(SECRET)
    result = triage(complaint)
    assert result.reasons
    shown = [repr(complaint), str(complaint), repr(result), str(result)]
    for reason in result.reasons:
        shown += [repr(reason), str(reason)]
        for ev in reason.evidence:
            shown += [repr(ev), str(ev)]
    for text in shown:
        for piece in ("Sulastri", "3578014101900002", "3 bulan", "Rp500", "belum jadi"):
            assert piece not in text
    assert f"text_chars={len(SECRET)}" in repr(complaint)


def test_evidence_text_is_available_as_a_field() -> None:
    """PRIV-REPR: the matched text is a field (the API needs it), offsets slice the text."""
    result = triage(SECRET)
    ev = next(e for r in result.reasons for e in r.evidence if e.text)
    assert SECRET[ev.start : ev.end] == ev.text


# --- BAD-INPUT ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", [None, 12, b"KTP belum jadi", ["KTP"]], ids=repr)
def test_non_string_is_a_type_error(value: object) -> None:
    """BAD-INPUT: anything but a str or Complaint raises InvalidTypeError (a TypeError)."""
    with pytest.raises(InvalidTypeError) as info:
        triage(value)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    with pytest.raises(InvalidTypeError):
        Complaint(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\t  "], ids=["empty", "space", "whitespace"])
def test_empty_text_is_invalid(text: str) -> None:
    """BAD-INPUT: empty or whitespace-only text raises InvalidInputError (a ValueError)."""
    with pytest.raises(InvalidInputError) as info:
        triage(text)
    assert isinstance(info.value, ValueError)


def test_too_long_text_is_invalid_without_echo() -> None:
    """LIMITS: text over MAX_TEXT_CHARS is refused; the message holds no text."""
    text = "rahasia " * (MAX_TEXT_CHARS // 8 + 1)
    with pytest.raises(InvalidInputError) as info:
        triage(text)
    assert "rahasia" not in str(info.value)
    assert MAX_TEXT_CHARS >= 2 * 1024 * 1024


def test_invalid_fields_do_not_echo_the_text() -> None:
    """BAD-INPUT: a bad structured field names the field, never the complaint text."""
    with pytest.raises(InvalidInputError) as info:
        Complaint(SECRET, prior_reports=-1)
    assert "prior_reports" in str(info.value)
    assert "Sulastri" not in str(info.value)


def test_rules_must_be_a_ruleset() -> None:
    """BAD-INPUT: rules= takes a RuleSet."""
    with pytest.raises(InvalidTypeError):
        triage("KTP belum jadi", rules={"version": "x"})  # type: ignore[arg-type]


# --- LIMITS: linear time -------------------------------------------------------------------
@pytest.mark.parametrize(
    "unit",
    [
        "belum belum belum tidak tidak ",  # prefixes of many phrases, never completed
        "a" * 200 + " ",  # long repeated-letter runs
        "kalau dulu pernah 1 2 3 4 5 bulan tanggal 12/12 ",  # cues, numbers and dates
        "12 3 45 2024 7-8 ",  # short numbers: ranges, years, day-month candidates
    ],
    ids=["phrase-prefixes", "repeated-letters", "cues-and-dates", "numbers"],
)
def test_one_megabyte_hostile_text_is_fast(unit: str) -> None:
    """LIMITS: a 1 MB hostile text finishes in under 2 s (linear, no backtracking)."""
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    timings = []
    for _ in range(2):  # the better of two runs: a busy machine must not fail the test
        start = time.perf_counter()
        triage(text)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 2.0


# --- LEVELS --------------------------------------------------------------------------------
def test_levels_are_ordered_strings() -> None:
    """LEVELS: critical > high > medium > low; oversight > complex > normative > simple."""
    assert Urgency.CRITICAL > Urgency.HIGH > Urgency.MEDIUM > Urgency.LOW
    assert Complexity.OVERSIGHT > Complexity.COMPLEX > Complexity.NORMATIVE > Complexity.SIMPLE
    assert max([Urgency.LOW, Urgency.CRITICAL, Urgency.HIGH]) is Urgency.CRITICAL
    assert Urgency("high").value == "high"
    assert str(Urgency.HIGH) == "high"
    assert Urgency.HIGH.label.id == "Tinggi"


def test_levels_do_not_compare_across_kinds() -> None:
    """LEVELS: comparing an urgency with a complexity is a TypeError."""
    with pytest.raises(TypeError):
        assert Urgency.HIGH > Complexity.SIMPLE


# --- RULES-AS-DATA -------------------------------------------------------------------------
LOCAL_RULE = {
    "id": "X-PILKADA",
    "when": {"all_of": ["pilkada"]},
    "effect": {"urgency": "high"},
    "message": {"id": "Dokumen untuk pilkada", "en": "Document for a local election"},
}
LOCAL_SIGNAL = {
    "id": "pilkada",
    "description": {"id": "Pilkada", "en": "Local election"},
    "phrases": ["pilkada", "nyoblos"],
}


def test_agency_extends_rules_from_plain_data() -> None:
    """RULES-AS-DATA: with_rules adds a rule and a signal given as plain mappings."""
    rules = RuleSet.default().with_rules([LOCAL_RULE], signals=[LOCAL_SIGNAL])
    text = "KTP belum jadi padahal besok mau nyoblos"
    assert triage(text).urgency < Urgency.HIGH or "X-PILKADA" not in {
        r.rule_id for r in triage(text).reasons
    }
    result = triage(text, rules=rules)
    assert "X-PILKADA" in {r.rule_id for r in result.reasons}
    assert result.ruleset_version.endswith("+local")


def test_rule_set_round_trips_through_json() -> None:
    """RULES-AS-DATA: RuleSet.model_validate(model_dump()) gives an equal rule set."""
    default = RuleSet.default()
    again = RuleSet.model_validate_json(default.model_dump_json())
    assert again == default
    assert triage(SECRET, rules=again).model_dump() == triage(SECRET).model_dump()


def test_override_replaces_a_rule_by_id() -> None:
    """RULES-AS-DATA: a rule with an existing id replaces it (an agency override)."""
    rule = RuleSet.default().rule("U-REPEAT")
    override = DecisionRule.model_validate(
        {**rule.model_dump(), "effect": {"urgency": "critical", "complexity": "normative"}}
    )
    rules = RuleSet.default().with_rules([override])
    assert triage("ini sudah komplain kedua kalinya", rules=rules).urgency == Urgency.CRITICAL


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"when": {"all_of": ["no_such_signal"]}}, "unknown signals"),
        ({"effect": {}}, "must set"),
        ({"id": "lower-case"}, "id"),
        ({"when": {}}, "condition needs"),
    ],
    ids=["unknown-signal", "empty-effect", "bad-id", "empty-condition"],
)
def test_invalid_rules_are_refused(change: dict[str, object], message: str) -> None:
    """RULES-AS-DATA: inconsistent rules raise RuleSetError naming the problem."""
    with pytest.raises(RuleSetError, match=message):
        RuleSet.default().with_rules([{**LOCAL_RULE, **change}], signals=[LOCAL_SIGNAL])


GAP_SIGNAL = {**LOCAL_SIGNAL, "phrases": ["kartu ... hilang"]}


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param("kartu hilang", True, id="gap-0"),
        pytest.param("kartu pilkada saya kemarin hilang", True, id="gap-3"),
        pytest.param("kartu pilkada saya yang kemarin hilang", False, id="gap-4"),
        pytest.param("kartu saya. Hilang juga dompetnya", False, id="other-sentence"),
    ],
)
def test_phrase_gap_matches_up_to_three_words(text: str, fires: bool) -> None:
    """RULES-AS-DATA: "a ... b" matches b up to three words after a, in the same sentence."""
    rules = RuleSet.default().with_rules([LOCAL_RULE], signals=[GAP_SIGNAL])
    fired = "X-PILKADA" in {r.rule_id for r in triage(text, rules=rules).reasons}
    assert fired is fires
    if fires:
        (reason,) = [r for r in triage(text, rules=rules).reasons if r.rule_id == "X-PILKADA"]
        assert text[reason.evidence[0].start : reason.evidence[0].end] == text


@pytest.mark.parametrize(
    "phrase", ["... hilang", "kartu ...", "kartu ... saya ... hilang"], ids=["first", "last", "two"]
)
def test_misplaced_phrase_gaps_are_refused(phrase: str) -> None:
    """RULES-AS-DATA: a gap stands between two words, once per phrase."""
    with pytest.raises(RuleSetError, match="gap"):
        RuleSet.default().with_rules(signals=[{**LOCAL_SIGNAL, "phrases": [phrase]}])


def test_duplicate_ids_and_derived_urgency_are_refused() -> None:
    """RULES-AS-DATA: duplicate ids, and urgency set from a derived fact, are refused."""
    default = RuleSet.default()
    with pytest.raises(InvalidInputError, match="duplicate rule ids"):
        RuleSet(version="x", signals=default.signals, rules=default.rules + default.rules[:1])
    bad = {**LOCAL_RULE, "when": {"all_of": ["urgent"]}}
    with pytest.raises(RuleSetError, match="derived fact"):
        default.with_rules([bad])
    with pytest.raises(RuleSetError):
        default.without_rules("NOPE")
    assert isinstance(RuleSetError("x"), LaporRulesError)


def test_without_rules_removes_a_rule() -> None:
    """RULES-AS-DATA: without_rules drops a rule; its effect disappears."""
    rules = RuleSet.default().without_rules("U-MISCONDUCT")
    assert triage("ada calo di kecamatan", rules=rules).complexity != Complexity.OVERSIGHT
    assert triage("ada calo di kecamatan").complexity == Complexity.OVERSIGHT
