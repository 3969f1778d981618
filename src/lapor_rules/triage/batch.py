"""Triage many complaints at once (issue 5: batch use).

:func:`triage_many` returns exactly what :func:`~lapor_rules.triage` returns for each item, in
order. In one process it resolves and checks the rule set once and triages identical
complaints once; with ``workers=N`` it spreads the items over ``N`` processes (the rule set,
complaints and results all pickle, so Dask or Spark can ship them the same way).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

from lapor_rules.errors import InvalidInputError, InvalidTypeError, LaporRulesError
from lapor_rules.triage.engine import triage
from lapor_rules.triage.models import Complaint, TriageResult
from lapor_rules.triage.rules import RuleSet

__all__ = ["triage_many"]


def triage_many(
    items: Iterable[Complaint | str],
    *,
    rules: RuleSet | None = None,
    workers: int | None = None,
    chunksize: int = 256,
) -> list[TriageResult]:
    """Triage every complaint (or text), as :func:`~lapor_rules.triage` does, in order.

    Args:
        items: complaints or complaint texts.
        rules: the rule set (default: :meth:`RuleSet.default`), checked once.
        workers: processes to use; ``None`` or ``1`` triages in this process. Starting
            processes costs tens of milliseconds, so it pays from a few thousand complaints.
        chunksize: complaints sent to a worker at a time.

    Raises:
        InvalidInputError: an item is invalid (the message starts with ``item K:``, K counting
            from 0, and never contains the text), or ``workers``/``chunksize`` is below 1.
        InvalidTypeError: ``rules`` is not a RuleSet, or an item is neither a Complaint nor a
            str.

    >>> [r.urgency.value for r in triage_many(["syarat KIA apa saja?", "NIK saya dipakai pinjol"])]
    ['low', 'critical']
    """
    ruleset = RuleSet.default() if rules is None else rules
    if not isinstance(ruleset, RuleSet):
        raise InvalidTypeError(f"rules must be a RuleSet, not {type(ruleset).__name__}")
    for name, value in (("workers", workers), ("chunksize", chunksize)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise InvalidTypeError(f"{name} must be an int")
        if value is not None and value < 1:
            raise InvalidInputError(f"{name} must be at least 1")
    batch = list(items)
    if workers is None or workers == 1 or len(batch) <= chunksize:
        return _triage_chunk(batch, ruleset, 0)
    chunks = [batch[k : k + chunksize] for k in range(0, len(batch), chunksize)]
    offsets = range(0, len(batch), chunksize)
    # The rule set travels once per worker (not per chunk); the default one not at all.
    shipped = None if rules is None else ruleset
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_set_worker_rules, initargs=(shipped,)
    ) as pool:
        parts = pool.map(_worker_chunk, chunks, offsets)
        return [result for part in parts for result in part]


_worker_rules: RuleSet | None = None


def _set_worker_rules(rules: RuleSet | None) -> None:
    global _worker_rules  # noqa: PLW0603 - per-process state of a worker, set once
    _worker_rules = RuleSet.default() if rules is None else rules


def _worker_chunk(items: Sequence[Complaint | str], offset: int) -> list[TriageResult]:
    assert _worker_rules is not None  # set by the pool's initializer
    return _triage_chunk(items, _worker_rules, offset)


def _triage_chunk(
    items: Sequence[Complaint | str], rules: RuleSet, offset: int
) -> list[TriageResult]:
    """Triage ``items`` in order; identical items are triaged once."""
    seen: dict[Complaint | str, TriageResult] = {}
    out: list[TriageResult] = []
    for k, item in enumerate(items):
        try:
            cached = seen.get(item)
        except TypeError:  # an unhashable item: not a Complaint or str, triage() says so
            cached = None
        if cached is None:
            try:
                cached = triage(item, rules=rules)
            except LaporRulesError as exc:
                raise _at_item(offset + k, exc) from None
            seen[item] = cached
        out.append(cached)
    return out


def _at_item(k: int, exc: LaporRulesError) -> LaporRulesError:
    """The same kind of error with the item index in front of its message."""
    try:
        return type(exc)(f"item {k}: {exc}")
    except TypeError:  # an error class with a different constructor
        return InvalidInputError(f"item {k}: {exc}")
