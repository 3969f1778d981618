"""A bounded memo read for a whole sequence of keys at once (the triage hot paths)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["lookup_all"]

K = TypeVar("K")
V = TypeVar("V")


def lookup_all(
    cache: dict[K, V], keys: Sequence[K], compute: Callable[[K], V], limit: int
) -> list[V]:
    """Return the value of each key: one C-level pass when every key is already cached.

    A key not cached yet is computed with ``compute`` and remembered while the cache holds
    fewer than ``limit`` entries, which bounds memory on hostile input (past the limit,
    new keys are computed each time).
    """
    try:
        return list(map(cache.__getitem__, keys))
    except KeyError:
        pass
    out: list[V] = []
    for key in keys:
        if key in cache:
            out.append(cache[key])
            continue
        value = compute(key)
        if len(cache) < limit:
            cache[key] = value
        out.append(value)
    return out
