"""Closure data from the ``holidays`` package (rules C2, C3, C4).

National holidays come from the ``public`` category and cuti bersama from the ``government``
category of ``holidays.country_holidays("ID", language="id")``. The package is imported
lazily, on the first calendar built, so ``import lapor_rules`` stays fast.
"""

from __future__ import annotations

import functools
from typing import Any

from lapor_rules.calendar.closure import Closure, ClosureKind

__all__ = [
    "ESTIMATED_SUFFIX",
    "HOLIDAYS_SOURCE",
    "holidays_version",
    "last_cuti_bersama_year",
    "load_closures",
]

#: The Indonesian marker ``holidays`` appends to an estimated holiday name.
ESTIMATED_SUFFIX = " (perkiraan)"

#: How closures from ``holidays`` name their source (the version is appended).
HOLIDAYS_SOURCE = "holidays"

#: Years probed for cuti bersama data when looking for the last one (rule C4).
_PROBE_YEARS = range(2002, 2101)


@functools.lru_cache(maxsize=1)
def holidays_version() -> str:
    """The installed ``holidays`` version (part of every result, rule C3)."""
    import holidays  # noqa: PLC0415 - lazy: keeps ``import lapor_rules`` fast

    return str(getattr(holidays, "__version__", "unknown"))


def _country(category: str, years: range) -> Any:
    import holidays  # noqa: PLC0415 - lazy: keeps ``import lapor_rules`` fast

    return holidays.country_holidays("ID", categories=(category,), language="id", years=years)


@functools.lru_cache(maxsize=1)
def last_cuti_bersama_year() -> int:
    """The last year for which ``holidays`` has cuti bersama data (rule C4)."""
    government = _country("government", _PROBE_YEARS)
    return max(int(d.year) for d in government)


@functools.lru_cache(maxsize=1)
def cuti_bersama_years() -> frozenset[int]:
    """Every year for which ``holidays`` has cuti bersama data."""
    return frozenset(d.year for d in _country("government", _PROBE_YEARS))


def _estimated_suffix(entity: Any) -> str:
    """The estimated-name suffix, from the library's own label when it exposes one."""
    label = getattr(entity, "estimated_label", None)
    if isinstance(label, str) and label.startswith("%s"):
        translated = entity.tr(label) if hasattr(entity, "tr") else label
        if isinstance(translated, str) and translated.startswith("%s") and len(translated) > 2:
            return translated[2:]
    return ESTIMATED_SUFFIX


@functools.lru_cache(maxsize=16)
def load_closures(first_year: int, last_year: int) -> tuple[Closure, ...]:
    """National holidays and cuti bersama for the years ``first_year..last_year``.

    One :class:`Closure` per holiday name (two holidays on one date give two closures), sorted
    by date then kind then name. Estimated names lose the ``(perkiraan)`` suffix and get
    ``estimated=True``.
    """
    years = range(first_year, last_year + 1)
    source = f"{HOLIDAYS_SOURCE} {holidays_version()}"
    rows: list[Closure] = []
    for category, kind in (
        ("public", ClosureKind.NATIONAL_HOLIDAY),
        ("government", ClosureKind.CUTI_BERSAMA),
    ):
        entity = _country(category, years)
        suffix = _estimated_suffix(entity)
        for day in entity:
            for raw in entity.get_list(day):
                estimated = raw.endswith(suffix)
                name = raw[: -len(suffix)] if estimated else raw
                rows.append(
                    Closure(
                        date=day,
                        name=name,
                        kind=kind,
                        estimated=estimated,
                        source=f"{source} ({category})",
                    )
                )
    rows.sort(key=lambda c: (c.date, c.kind.value, c.name))
    return tuple(rows)
