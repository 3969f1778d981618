"""The bounded memo behind the tokeniser's and the phrase scan's per-word lookups."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lapor_rules.triage._memo import lookup_all


@given(st.lists(st.text(max_size=4), max_size=30), st.integers(min_value=0, max_value=10))
def test_lookup_all_equals_computing_each_key(keys: list[str], limit: int) -> None:
    """DETERMINISM: the memo never changes a value, cached or not, under any limit."""
    cache: dict[str, int] = {}
    first = lookup_all(cache, keys, len, limit)
    second = lookup_all(cache, keys, len, limit)
    assert first == second == [len(key) for key in keys]


def test_lookup_all_is_bounded_on_hostile_input() -> None:
    """HOSTILE-INPUT: past the limit, new keys are computed but not remembered."""
    cache: dict[str, int] = {}
    calls: list[str] = []

    def compute(key: str) -> int:
        calls.append(key)
        return len(key)

    keys = [f"w{i}" for i in range(10)]
    assert lookup_all(cache, keys, compute, limit=4) == [2] * 10
    assert len(cache) == 4
    calls.clear()
    lookup_all(cache, keys[:4], compute, limit=4)
    assert calls == []  # the remembered keys are not computed again
    lookup_all(cache, keys[4:6], compute, limit=4)
    assert calls == ["w4", "w5"]
