"""Batch triage (issue 5): ``triage_many`` equals ``triage`` per item, in order."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lapor_rules import (
    Complaint,
    InvalidInputError,
    InvalidTypeError,
    RuleSet,
    triage,
    triage_many,
)
from lapor_rules.testing.triage import complaint_texts

SAMPLES = [
    "Syarat bikin KIA untuk anak umur 3 tahun apa saja ya?",
    "NIK saya dipakai orang untuk pinjol, saya ditagih terus",
    "Sudah 3 bulan rekam KTP belum jadi, katanya blanko habis",
    "Petugas kelurahan minta Rp300.000 supaya KK cepat jadi",
]


@given(st.lists(complaint_texts(), max_size=12))
def test_triage_many_equals_triage_per_item(texts: list[str]) -> None:
    """Determinism: the batch gives exactly the single results, in order."""
    assert triage_many(texts) == [triage(t) for t in texts]


def test_identical_complaints_are_triaged_once() -> None:
    """Identical items share one result (the work is done once)."""
    results = triage_many([SAMPLES[1], Complaint(SAMPLES[2]), SAMPLES[1], Complaint(SAMPLES[2])])
    assert results[0] is results[2]
    assert results[1] is results[3]
    assert [r.urgency.value for r in results] == ["critical", "high", "critical", "high"]


def test_worker_processes_give_the_same_results() -> None:
    """``workers=2`` spreads chunks over processes; order and results are unchanged."""
    items = [f"{text} (kasus {k})" for k in range(3) for text in SAMPLES]
    assert triage_many(items, workers=2, chunksize=3) == [triage(t) for t in items]


@settings(max_examples=5)
@given(st.sampled_from(SAMPLES))
def test_custom_rules_reach_the_workers(text: str) -> None:
    """A rule set given by the caller is the one the workers apply."""
    rules = RuleSet.default().without_rules("U-IDENTITY-MISUSE")
    batch = triage_many([text, text + "."], rules=rules, workers=2, chunksize=1)
    assert batch == [triage(text, rules=rules), triage(text + ".", rules=rules)]


def test_results_pickle() -> None:
    """Results cross process boundaries unchanged."""
    results = triage_many(SAMPLES)
    assert pickle.loads(pickle.dumps(results)) == results


def test_bad_items_and_arguments_are_named_without_text() -> None:
    """Bad input: the index is named; the complaint text never appears in the message."""
    with pytest.raises(InvalidInputError, match="item 1: ") as info:
        triage_many([SAMPLES[0], "   "])
    assert SAMPLES[0] not in str(info.value)
    with pytest.raises(InvalidTypeError, match="item 0: "):
        triage_many([42])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="workers must be at least 1"):
        triage_many(SAMPLES, workers=0)
    with pytest.raises(InvalidTypeError, match="rules must be a RuleSet"):
        triage_many(SAMPLES, rules={})  # type: ignore[arg-type]
