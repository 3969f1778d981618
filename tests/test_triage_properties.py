"""Hypothesis properties of triage (the triage brief's invariants).

- AGGRAVATE: appending an aggravating sentence never lowers urgency or complexity.
- INVARIANT-REGISTER: results do not depend on case or extra whitespace.
- INVARIANT-ORDER: results do not depend on the order of rules or signals (shuffled).
- INVARIANT-HASHSEED: results do not depend on the hash seed (subprocesses).
- EXPLAINED: every non-default result has a reason; evidence offsets slice the original text.
- STRUCTURED-NEVER-LOWER: structured fields never lower a level.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from lapor_rules import Complaint, Complexity, Reporter, RuleSet, Urgency, triage
from lapor_rules.testing import (
    aggravating_sentences,
    complaint_texts,
    complaints,
    neutral_texts,
    register_variants,
)
from lapor_rules.triage import TriageResult

_TEXTS = st.one_of(complaint_texts(), neutral_texts())


def _levels(result: TriageResult) -> tuple[Urgency, Complexity, bool]:
    return result.urgency, result.complexity, result.third_party_data


@given(_TEXTS, aggravating_sentences())
def test_aggravating_sentence_never_lowers(text: str, extra: tuple[str, Urgency]) -> None:
    """AGGRAVATE: text + an aggravating sentence is at least as urgent and as complex."""
    sentence, floor = extra
    before = triage(text)
    after = triage(text.rstrip() + " " + sentence)
    assert after.urgency >= before.urgency
    assert after.complexity >= before.complexity
    assert after.urgency >= floor


@given(_TEXTS.flatmap(lambda t: st.tuples(st.just(t), register_variants(t))))
def test_case_and_whitespace_do_not_matter(pair: tuple[str, str]) -> None:
    """INVARIANT-REGISTER: case and extra whitespace do not change the result."""
    original, variant = pair
    a, b = triage(original), triage(variant)
    assert _levels(a) == _levels(b)
    assert [r.rule_id for r in a.reasons] == [r.rule_id for r in b.reasons]


@given(_TEXTS, st.randoms(use_true_random=False))
def test_rule_order_does_not_matter(text: str, rnd: object) -> None:
    """INVARIANT-ORDER: shuffling rules and signals gives the same result and reasons."""
    assert isinstance(rnd, random.Random)
    default = RuleSet.default()
    rules, signals = list(default.rules), list(default.signals)
    rnd.shuffle(rules)
    rnd.shuffle(signals)
    shuffled = RuleSet(version=default.version, signals=tuple(signals), rules=tuple(rules))
    a, b = triage(text, rules=default), triage(text, rules=shuffled)
    assert a.model_dump() == b.model_dump()


@given(complaints())
def test_every_non_default_result_is_explained(complaint: Complaint) -> None:
    """EXPLAINED: non-default results have reasons; evidence offsets slice the text."""
    result = triage(complaint)
    if (result.urgency, result.complexity, result.third_party_data) != (
        Urgency.LOW,
        Complexity.SIMPLE,
        False,
    ):
        assert result.reasons
        assert result.primary_reason is result.reasons[0]
    for reason in result.reasons:
        for ev in reason.evidence:
            if ev.text:
                assert complaint.text[ev.start : ev.end] == ev.text


@given(complaints())
def test_structured_fields_never_lower(complaint: Complaint) -> None:
    """STRUCTURED-NEVER-LOWER: removing the structured fields never raises a level."""
    bare = triage(complaint.text)
    full = triage(complaint)
    assert full.urgency >= bare.urgency
    assert full.complexity >= bare.complexity
    assert full.third_party_data >= bare.third_party_data


@given(complaint_texts(), st.integers(1, 5))
def test_prior_reports_give_at_least_high(text: str, prior: int) -> None:
    """STRUCTURED-NEVER-LOWER / U-REPEAT: any prior report makes the complaint high."""
    assert triage(Complaint(text, prior_reports=prior)).urgency >= Urgency.HIGH


@given(complaint_texts())
def test_vulnerable_reporter_never_lowers(text: str) -> None:
    """STRUCTURED-NEVER-LOWER: a vulnerable reporter never lowers urgency."""
    groups = frozenset({"lansia", "disabilitas"})
    assert triage(Complaint(text, reporter=Reporter(groups=groups))).urgency >= triage(text).urgency


_SAMPLES = [
    "Bapak saya mau operasi besok tapi BPJS tidak aktif karena NIK tidak terdaftar",
    "Sudah 3 bulan rekam KTP belum jadi, katanya blanko habis",
    "Tolong cek NIK ini milik siapa, tetangga saya pinjam uang",
    "KK saya salah ketik, mohon dibetulkan",
]
_SCRIPT = (
    "import json,sys\n"
    "from lapor_rules import triage\n"
    "print(json.dumps([triage(t).model_dump(mode='json') for t in json.loads(sys.argv[1])]))\n"
)


def test_hash_seed_does_not_matter() -> None:
    """INVARIANT-HASHSEED: two interpreters with different hash seeds agree exactly."""
    src = str(Path(__file__).resolve().parents[1] / "src")
    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": src}
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, json.dumps(_SAMPLES)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
