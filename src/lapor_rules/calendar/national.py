"""The Indonesian national calendar: builder with caching, and module-level shortcuts.

``WorkingCalendar.indonesia(...)`` normalises its arguments to a hashable key and builds each
distinct calendar once (``functools.lru_cache``); the default national calendar is built on
first use, so importing the library does not load ``holidays``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping

from lapor_rules.calendar.closure import Closure, ClosureKind
from lapor_rules.calendar.engine import WorkingCalendar, _check_date, _normalise_years
from lapor_rules.calendar.hours import OfficeHours
from lapor_rules.calendar.sources import (
    cuti_bersama_years,
    holidays_version,
    last_cuti_bersama_year,
    load_closures,
)
from lapor_rules.errors import InvalidTypeError
from lapor_rules.regions import ZoneName, resolve_zone
from lapor_rules.text import Bilingual

__all__ = [
    "add_working_days",
    "build_indonesia",
    "default_calendar",
    "default_years",
    "is_working_day",
    "working_days_between",
]

#: First year of the default span (rule C4).
DEFAULT_FIRST_YEAR = 2020


def default_years() -> range:
    """2020 to one year after the last year with cuti bersama data in ``holidays`` (C4)."""
    return range(DEFAULT_FIRST_YEAR, last_cuti_bersama_year() + 2)


def _extra_closures(
    extra: Mapping[dt.date, str] | Iterable[dt.date | Closure] | None,
) -> tuple[Closure, ...]:
    if extra is None:
        return ()
    if isinstance(extra, (str, bytes)):
        raise InvalidTypeError("extra_closures must be a mapping of date to name or dates")
    rows: list[Closure] = []
    if isinstance(extra, Mapping):
        for d, name in extra.items():
            if not isinstance(name, str):
                raise InvalidTypeError("extra_closures names must be strings")
            rows.append(Closure(date=_check_date(d, "an extra closure"), name=name))
    else:
        for item in extra:
            if isinstance(item, Closure):
                rows.append(item)
            else:
                d = _check_date(item, "an extra closure")
                rows.append(Closure(date=d, name="Penutupan kantor / Office closure"))
    rows.sort(key=lambda c: (c.date, c.name))
    return tuple(rows)


def _provisional(span: range, closures: tuple[Closure, ...]) -> dict[int, Bilingual]:
    version = holidays_version()
    with_data = cuti_bersama_years()
    reasons: dict[int, Bilingual] = {}
    for year in span:
        if year not in with_data:
            reasons[year] = Bilingual(
                id=f"{year}: data cuti bersama belum tersedia di holidays {version}",
                en=f"{year}: holidays {version} has no cuti bersama data yet",
            )
            continue
        estimated = [c for c in closures if c.estimated and c.date.year == year]
        if estimated:
            listed = ", ".join(f"{c.name} {c.date.isoformat()}" for c in estimated)
            reasons[year] = Bilingual(
                id=f"{year}: tanggal masih perkiraan ({listed})",
                en=f"{year}: estimated dates ({listed})",
            )
    return reasons


@functools.lru_cache(maxsize=64)
def _cached(
    *,
    cuti_bersama: bool,
    zone: ZoneName,
    office_hours: OfficeHours | None,
    extra: tuple[Closure, ...],
    extra_working: tuple[dt.date, ...],
    span: range,
    strict: bool,
) -> WorkingCalendar:
    national = load_closures(span.start, span.stop - 1)
    provisional = _provisional(span, national)
    chosen = [c for c in national if cuti_bersama or c.kind is not ClosureKind.CUTI_BERSAMA]
    categories = "public+government" if cuti_bersama else "public, cuti bersama off"
    version = f"holidays {holidays_version()} (ID {categories})"
    if extra:
        version += f"; {len(extra)} extra closure(s)"
    if extra_working:
        version += f"; {len(extra_working)} extra working day(s)"
    return WorkingCalendar(
        years=span,
        closures=[*chosen, *extra],
        extra_working_days=extra_working,
        timezone=zone,
        office_hours=office_hours,
        provisional=provisional,
        strict=strict,
        data_version=version,
        cuti_bersama=cuti_bersama,
    )


def build_indonesia(
    *,
    cuti_bersama: bool = True,
    timezone: str = "Asia/Jakarta",
    office_hours: OfficeHours | None = None,
    extra_closures: Mapping[dt.date, str] | Iterable[dt.date | Closure] | None = None,
    extra_working_days: Iterable[dt.date] | None = None,
    years: Iterable[int] | int | None = None,
    strict: bool = False,
) -> WorkingCalendar:
    """Build (or reuse) the national calendar; see :meth:`WorkingCalendar.indonesia`."""
    if not isinstance(cuti_bersama, bool) or not isinstance(strict, bool):
        raise InvalidTypeError("cuti_bersama and strict must be booleans")
    if office_hours is not None and not isinstance(office_hours, OfficeHours):
        raise InvalidTypeError("office_hours must be an OfficeHours or None")
    span = default_years() if years is None else _normalise_years(years)
    working = tuple(
        sorted({_check_date(d, "an extra working day") for d in (extra_working_days or ())})
    )
    return _cached(
        cuti_bersama=cuti_bersama,
        zone=resolve_zone(timezone),
        office_hours=office_hours,
        extra=_extra_closures(extra_closures),
        extra_working=working,
        span=span,
        strict=strict,
    )


@functools.lru_cache(maxsize=1)
def default_calendar() -> WorkingCalendar:
    """The default national calendar (WIB, cuti bersama on), built on first use."""
    return build_indonesia()


def add_working_days(d: dt.date, n: int) -> dt.date:
    """:meth:`WorkingCalendar.add_working_days` on the default national calendar (rule D1)."""
    return default_calendar().add_working_days(d, n)


def working_days_between(a: dt.date, b: dt.date) -> int:
    """:meth:`WorkingCalendar.working_days_between` on the default national calendar (D2)."""
    return default_calendar().working_days_between(a, b)


def is_working_day(d: dt.date) -> bool:
    """:meth:`WorkingCalendar.is_working_day` on the default national calendar (rule C1)."""
    return default_calendar().is_working_day(d)
