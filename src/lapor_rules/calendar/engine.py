"""The working-day calendar engine (rules C1, C4, C5, C6, D1, D2, D3, T1).

Everything is precomputed at construction over the calendar's span of days: a flag per day,
a cumulative count of working days (the rank table), the sorted working-day ordinals, and a
cumulative count of office seconds. Every query is then O(1) (or O(log n) for the list of
skipped days), never a day-by-day loop.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from zoneinfo import ZoneInfo

from lapor_rules._construct import build
from lapor_rules.calendar.closure import Closure, SkippedDay
from lapor_rules.calendar.hours import OfficeHours
from lapor_rules.errors import (
    CalendarCoverageError,
    InvalidInputError,
    InvalidTypeError,
    ProvisionalDataError,
)
from lapor_rules.regions import ZONES, ZoneName, resolve_zone
from lapor_rules.text import Bilingual

__all__ = ["WorkingCalendar"]

_MIN_YEAR = 1950
_MAX_YEAR = 2100


def _check_date(value: object, what: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidTypeError(
            f"{what} must be a datetime.date (not a datetime or {type(value).__name__})"
        )
    return value


def _check_aware(value: object, what: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InvalidTypeError(
            f"{what} must be a timezone-aware datetime, not {type(value).__name__}"
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInputError(
            f"{what} is a naive datetime: give a timezone-aware one (for example with "
            "tzinfo=ZoneInfo('Asia/Jakarta') or an ISO 8601 offset such as +07:00)"
        )
    return value


def _normalise_years(years: Iterable[int] | int) -> range:
    if isinstance(years, bool):
        raise InvalidTypeError("years must be an int, a range or an iterable of ints")
    if isinstance(years, int):
        span = [years]
    elif isinstance(years, range):
        if years.step != 1:
            raise InvalidInputError("years must be a contiguous range (step 1)")
        span = list(years)
    else:
        try:
            span = sorted(set(years))
        except TypeError:
            raise InvalidTypeError("years must be an int, a range or an iterable of ints") from None
    if not span or any(isinstance(y, bool) or not isinstance(y, int) for y in span):
        raise InvalidInputError("years must contain at least one year, each an int")
    first, last = span[0], span[-1]
    if len(span) != last - first + 1:
        raise InvalidInputError("years must form a contiguous span, e.g. range(2020, 2029)")
    if first < _MIN_YEAR or last > _MAX_YEAR:
        raise InvalidInputError(f"years must lie within {_MIN_YEAR}–{_MAX_YEAR}")
    return range(first, last + 1)


class WorkingCalendar:
    """Working days, closures and office hours of one office, over an explicit span of years.

    Build the Indonesian national calendar with :meth:`indonesia` or :meth:`for_province`. The
    plain constructor builds a calendar from closures you supply (no ``holidays`` data), which
    is handy for tests and for agencies with their own closure list.

    A calendar is immutable and pickles cleanly (worker processes can receive it).

    Args:
        years: the span of years covered (rule C4), e.g. ``range(2020, 2029)``.
        closures: closed days (rule C2).
        extra_working_days: dates that are working days whatever else applies (rule C1). An
            extra working day outside the work week takes the hours of the first weekday of
            the work week.
        timezone: the office's IANA zone or WIB/WITA/WIT (rule C5).
        office_hours: opening hours per weekday (rule C6; default Perpres 21/2023).
        provisional: years whose data is provisional, each with the reason (rule C4).
        strict: raise :class:`ProvisionalDataError` instead of answering from a provisional
            year.
        data_version: a label naming where the closure data came from.
        cuti_bersama: whether cuti bersama closures are applied (informational here).
    """

    __slots__ = (
        "_by_ord",
        "_close_cache",
        "_closes",
        "_closures",
        "_cuti_bersama",
        "_data_version",
        "_end",
        "_extra_working",
        "_hours",
        "_ndays",
        "_nwork",
        "_off",
        "_off_days",
        "_office",
        "_opens",
        "_prov_prefix",
        "_provisional",
        "_rank",
        "_start",
        "_strict",
        "_tz",
        "_week",
        "_work",
        "_work_flags",
        "_years",
        "_zone",
    )

    def __init__(
        self,
        *,
        years: Iterable[int] | int,
        closures: Iterable[Closure] = (),
        extra_working_days: Iterable[dt.date] = (),
        timezone: str = "Asia/Jakarta",
        office_hours: OfficeHours | None = None,
        provisional: Mapping[int, Bilingual] | None = None,
        strict: bool = False,
        data_version: str = "custom",
        cuti_bersama: bool = True,
    ) -> None:
        span = _normalise_years(years)
        hours = office_hours if office_hours is not None else OfficeHours()
        if not isinstance(hours, OfficeHours):
            raise InvalidTypeError("office_hours must be an OfficeHours or None")
        self._zone: ZoneName = resolve_zone(timezone)
        self._tz = ZoneInfo(self._zone)
        self._hours = hours
        self._years = span
        self._strict = bool(strict)
        self._cuti_bersama = bool(cuti_bersama)
        self._data_version = data_version
        start = dt.date(span.start, 1, 1).toordinal()
        end = dt.date(span.stop - 1, 12, 31).toordinal()
        self._start, self._end, self._ndays = start, end, end - start + 1

        closure_list = []
        for c in closures:
            if not isinstance(c, Closure):
                raise InvalidTypeError("closures must be Closure objects")
            if start <= c.date.toordinal() <= end:
                closure_list.append(c)
        closure_list.sort(key=lambda c: (c.date, c.kind.value, c.name))
        extra_ords = set()
        for d in extra_working_days:
            o = _check_date(d, "an extra working day").toordinal()
            if start <= o <= end:
                extra_ords.add(o)
        self._extra_working = frozenset(extra_ords)
        self._build_tables(closure_list)
        self._build_provisional(dict(provisional or {}))

    def _build_tables(self, closure_list: list[Closure]) -> None:
        start, ndays = self._start, self._ndays
        by_ord: dict[int, list[Closure]] = {}
        for c in closure_list:
            by_ord.setdefault(c.date.toordinal(), []).append(c)
        week = self._hours.by_weekday()
        fallback = week[self._hours.work_week[0]]
        flags = bytearray(ndays)
        rank = [0] * (ndays + 1)
        office = [0] * (ndays + 1)
        opens = [0] * ndays
        closes = [0] * ndays
        work: list[int] = []
        off: list[int] = []
        count = seconds = 0
        for i in range(ndays):
            o = start + i
            day = week[(o + 6) % 7]  # ordinal 1 (0001-01-01) is a Monday
            if o in self._extra_working:
                day = day or fallback
                is_work = True
            else:
                is_work = day is not None and o not in by_ord
            rank[i] = count
            office[i] = seconds
            if is_work and day is not None:
                flags[i] = 1
                work.append(o)
                count += 1
                opens[i] = day.open.hour * 3600 + day.open.minute * 60 + day.open.second
                closes[i] = day.close.hour * 3600 + day.close.minute * 60 + day.close.second
                seconds += closes[i] - opens[i]
            else:
                off.append(o)
        rank[ndays] = count
        office[ndays] = seconds
        self._work_flags = bytes(flags)
        self._rank, self._office, self._opens, self._closes = rank, office, opens, closes
        self._work, self._off = work, off
        self._nwork = len(work)
        self._close_cache: dict[int, dt.datetime] = {}
        self._week = week
        self._by_ord = {o: tuple(cs) for o, cs in by_ord.items()}
        self._off_days = tuple(
            build(
                SkippedDay,
                {
                    "date": dt.date.fromordinal(o),
                    "weekend": week[(o + 6) % 7] is None,
                    "closures": self._by_ord.get(o, ()),
                },
            )
            for o in off
        )
        self._closures = tuple(
            c for c in closure_list if c.date.toordinal() not in self._extra_working
        )

    def _build_provisional(self, provisional: dict[int, Bilingual]) -> None:
        self._provisional = {y: r for y, r in provisional.items() if y in self._years}
        prefix = [0] * (self._ndays + 1)
        running = 0
        for i in range(self._ndays):
            prefix[i] = running
            if dt.date.fromordinal(self._start + i).year in self._provisional:
                running += 1
        prefix[self._ndays] = running
        self._prov_prefix = prefix

    # ----------------------------------------------------------------------------- builders

    @classmethod
    def indonesia(
        cls,
        *,
        cuti_bersama: bool = True,
        timezone: str = "Asia/Jakarta",
        office_hours: OfficeHours | None = None,
        extra_closures: Mapping[dt.date, str] | Iterable[dt.date | Closure] | None = None,
        extra_working_days: Iterable[dt.date] | None = None,
        years: Iterable[int] | int | None = None,
        strict: bool = False,
    ) -> WorkingCalendar:
        """The Indonesian national calendar (rules C1–C6), built once per argument set.

        Args:
            cuti_bersama: apply cuti bersama closures (turn off for front-office units that
                stay open through cuti bersama).
            timezone: ``Asia/Jakarta`` (WIB), ``Asia/Makassar`` (WITA), ``Asia/Jayapura``
                (WIT), or the abbreviations.
            office_hours: default Monday–Thursday 07:30–16:00, Friday 07:30–16:30.
            extra_closures: regional holidays or office closures: a mapping of date to name,
                or dates, or :class:`Closure` objects. Dates outside ``years`` are ignored.
            extra_working_days: dates that are working days even if closed otherwise.
            years: the span of years (default 2020 to one year after the last year with cuti
                bersama data in ``holidays``).
            strict: raise :class:`ProvisionalDataError` instead of answering provisionally.

        Raises:
            InvalidInputError: an unknown zone, a bad span of years, a bad extra date.
        """
        from lapor_rules.calendar import national  # noqa: PLC0415 - avoids an import cycle

        return national.build_indonesia(
            cuti_bersama=cuti_bersama,
            timezone=timezone,
            office_hours=office_hours,
            extra_closures=extra_closures,
            extra_working_days=extra_working_days,
            years=years,
            strict=strict,
        )

    @classmethod
    def for_province(cls, code: str | int, **kwargs: object) -> WorkingCalendar:
        """The national calendar in the zone of the province with this Kemendagri code.

        >>> WorkingCalendar.for_province("94").timezone
        'Asia/Jayapura'

        Raises:
            InvalidInputError: an unknown province code, or ``timezone`` given as well.
        """
        from lapor_rules.regions import province  # noqa: PLC0415 - keeps the API surface small

        if "timezone" in kwargs:
            raise InvalidInputError("for_province takes its zone from the province: omit timezone")
        zone = province(code).zone
        return cls.indonesia(timezone=zone, **kwargs)  # type: ignore[arg-type]

    # --------------------------------------------------------------------------- properties

    @property
    def timezone(self) -> ZoneName:
        """The office's IANA zone (rule C5)."""
        return self._zone

    @property
    def zone_abbreviation(self) -> str:
        """``WIB``, ``WITA`` or ``WIT``."""
        return ZONES[self._zone][0]

    @property
    def tzinfo(self) -> ZoneInfo:
        """The office's zone as a ``ZoneInfo``."""
        return self._tz

    @property
    def years(self) -> range:
        """The span of years this calendar has data for (rule C4)."""
        return self._years

    @property
    def data_version(self) -> str:
        """Where the closure data came from, including the ``holidays`` version (rule C3)."""
        return self._data_version

    @property
    def office_hours(self) -> OfficeHours:
        """Office hours per weekday (rule C6)."""
        return self._hours

    @property
    def cuti_bersama(self) -> bool:
        """Whether cuti bersama closes the office."""
        return self._cuti_bersama

    @property
    def strict(self) -> bool:
        """Whether a provisional year raises instead of answering (rule C4)."""
        return self._strict

    @property
    def provisional_years(self) -> Mapping[int, Bilingual]:
        """Provisional years in the span, each with the reason (rule C4)."""
        return dict(self._provisional)

    # ----------------------------------------------------------------------------- indexing

    def _index(self, d: object, what: str) -> int:
        if type(d) is not dt.date:
            _check_date(d, what)
        i: int = d.toordinal() - self._start  # type: ignore[attr-defined]
        if i < 0 or i >= self._ndays:
            raise CalendarCoverageError(
                f"{what} {d} is outside this calendar's years "
                f"{self._years.start}–{self._years.stop - 1} (rule C4: no data)"
            )
        return i

    def _beyond(self, what: str) -> CalendarCoverageError:
        return CalendarCoverageError(
            f"{what} falls outside this calendar's years "
            f"{self._years.start}–{self._years.stop - 1} (rule C4: no data)"
        )

    def _guard(self, lo: int, hi: int) -> None:
        """Raise on a strict calendar when day indexes ``lo..hi`` touch a provisional year."""
        if lo > hi:
            lo, hi = hi, lo
        if self._prov_prefix[hi + 1] - self._prov_prefix[lo]:
            years = self.provisional_years_between(lo + self._start, hi + self._start)
            raise ProvisionalDataError(
                f"year(s) {', '.join(map(str, years))} are provisional and this calendar is "
                "strict (rule C4)"
            )

    def provisional_years_between(self, lo_ordinal: int, hi_ordinal: int) -> tuple[int, ...]:
        """Provisional years touched by the day ordinals ``lo_ordinal..hi_ordinal``."""
        if not self._provisional:
            return ()
        lo, hi = lo_ordinal - self._start, hi_ordinal - self._start
        if 0 <= lo <= hi < self._ndays and self._prov_prefix[hi + 1] == self._prov_prefix[lo]:
            return ()
        y0 = dt.date.fromordinal(lo_ordinal).year
        y1 = dt.date.fromordinal(hi_ordinal).year
        return tuple(y for y in range(y0, y1 + 1) if y in self._provisional)

    # --------------------------------------------------------------------- whole-day queries

    def is_working_day(self, d: dt.date) -> bool:
        """Whether ``d`` is a working day (rule C1).

        Raises:
            InvalidTypeError: ``d`` is not a ``date``.
            CalendarCoverageError: ``d`` is outside the calendar's years.
            ProvisionalDataError: a strict calendar and ``d`` is in a provisional year.
        """
        i = self._index(d, "date")
        if self._strict:
            self._guard(i, i)
        return self._work_flags[i] == 1

    def add_working_days(self, d: dt.date, n: int) -> dt.date:
        """Step ``n`` working days from ``d`` (rule D1).

        For ``n >= 0`` roll forward to the first working day on or after ``d``, then step
        ``n`` working days forward; for ``n < 0`` roll back to the last working day on or
        before ``d``, then step ``|n|`` back.

        Raises:
            InvalidTypeError: ``d`` is not a date or ``n`` not an int (``bool`` included).
            CalendarCoverageError: ``d`` or the result is outside the calendar's years.
        """
        if type(d) is not dt.date:
            self._index(d, "date")
        if type(n) is not int:
            raise InvalidTypeError(f"n must be an int (not {type(n).__name__})")
        i = d.toordinal() - self._start
        if i < 0 or i >= self._ndays:
            self._index(d, "date")
        k = self._rank[i] + n if n >= 0 else self._rank[i + 1] - 1 + n
        if k < 0 or k >= self._nwork:
            raise self._beyond(f"the date {n} working days from {d}")
        o = self._work[k]
        if self._strict:
            self._guard(i, o - self._start)
        return dt.date.fromordinal(o)

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days ``x`` with ``a <= x < b``; minus the count from ``b`` to ``a`` if ``b < a``.

        Rule D2 (antisymmetric).

        Raises:
            InvalidTypeError: ``a`` or ``b`` is not a date.
            CalendarCoverageError: either is outside the calendar's years.
        """
        if type(a) is dt.date and type(b) is dt.date:
            i = a.toordinal() - self._start
            j = b.toordinal() - self._start
            ndays = self._ndays
            if i < 0 or i >= ndays or j < 0 or j >= ndays:
                i = self._index(a, "start date")
                j = self._index(b, "end date")
        else:
            i = self._index(a, "start date")
            j = self._index(b, "end date")
        if self._strict:
            self._guard(i, j)
        return self._rank[j] - self._rank[i]

    def next_working_day(self, d: dt.date) -> dt.date:
        """The first working day strictly after ``d``.

        Raises:
            CalendarCoverageError: ``d`` or the result is outside the calendar's years.
        """
        i = self._index(d, "date")
        k = self._rank[i + 1]
        if k >= self._nwork:
            raise self._beyond(f"the working day after {d}")
        o = self._work[k]
        if self._strict:
            self._guard(i, o - self._start)
        return dt.date.fromordinal(o)

    def previous_working_day(self, d: dt.date) -> dt.date:
        """The last working day strictly before ``d``.

        Raises:
            CalendarCoverageError: ``d`` or the result is outside the calendar's years.
        """
        i = self._index(d, "date")
        k = self._rank[i] - 1
        if k < 0:
            raise self._beyond(f"the working day before {d}")
        o = self._work[k]
        if self._strict:
            self._guard(o - self._start, i)
        return dt.date.fromordinal(o)

    def closures(self, year: int) -> tuple[Closure, ...]:
        """Every closure in force in ``year`` (those an extra working day overrides excluded).

        Raises:
            CalendarCoverageError: ``year`` is outside the calendar's years.
        """
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidTypeError("year must be an int")
        if year not in self._years:
            raise CalendarCoverageError(
                f"year {year} is outside this calendar's years "
                f"{self._years.start}–{self._years.stop - 1} (rule C4: no data)"
            )
        return tuple(c for c in self._closures if c.date.year == year)

    def is_provisional(self, d: dt.date) -> bool:
        """Whether ``d`` lies in a provisional year (rule C4).

        Raises:
            CalendarCoverageError: ``d`` is outside the calendar's years.
        """
        self._index(d, "date")
        return d.year in self._provisional

    def closures_on(self, d: dt.date) -> tuple[Closure, ...]:
        """The closures on ``d`` (empty when none; an overridden closure is still listed)."""
        i = self._index(d, "date")
        return self._by_ord.get(i + self._start, ())

    def skipped_days(self, a: dt.date, b: dt.date) -> tuple[SkippedDay, ...]:
        """Non-working days ``x`` with ``a <= x <= b``, each with why (rule T6).

        Found by bisection in the non-working days precomputed at construction.
        """
        lo = self._index(a, "start date") + self._start
        hi = self._index(b, "end date") + self._start
        off = self._off
        return self._off_days[bisect.bisect_left(off, lo) : bisect.bisect_right(off, hi)]

    # ---------------------------------------------------------------------- instant queries

    def start_day(self, instant: dt.datetime) -> dt.date:
        """The effective start day of something received at ``instant`` (rule T1).

        The local date if it is a working day and the local time is before that day's closing
        time; otherwise the next working day.

        Raises:
            InvalidInputError: ``instant`` is naive.
            CalendarCoverageError: outside the calendar's years.
        """
        return dt.date.fromordinal(self._start_day_parts(instant)[2])

    def start_of(self, instant: dt.datetime) -> tuple[dt.date, dt.datetime]:
        """The start day (rule T1) and the effective start instant (rule S3) of ``instant``.

        The effective start is ``instant`` itself during office hours, otherwise the next
        office opening, in the office's zone.
        """
        _, o, effective = self._start_parts(instant)
        return dt.date.fromordinal(o), effective

    def _start_day_parts(self, instant: dt.datetime) -> tuple[dt.datetime, int, int, float]:
        """(local instant, local day index, start-day ordinal, local seconds) (rule T1)."""
        if type(instant) is not dt.datetime or instant.tzinfo is None:
            _check_aware(instant, "instant")
        local = instant.astimezone(self._tz)
        local_ord = local.toordinal()
        i = local_ord - self._start
        if i < 0 or i >= self._ndays:
            self._index(local.date(), "local date")
        sec = local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
        if self._work_flags[i] and sec < self._closes[i]:
            o = local_ord
        else:
            k = self._rank[i + 1]
            if k >= self._nwork:
                raise self._beyond(f"the working day after {local.date()}")
            o = self._work[k]
        if self._strict:
            self._guard(i, o - self._start)
        return local, i, o, sec

    def _start_parts(self, instant: dt.datetime) -> tuple[int, int, dt.datetime]:
        """(local date ordinal, start-day ordinal, effective start) of ``instant`` (T1, S3)."""
        local, i, o, sec = self._start_day_parts(instant)
        local_ord = i + self._start
        if o != local_ord:
            local = self._at(dt.date.fromordinal(o), self._opens[o - self._start])
        elif sec < self._opens[i]:
            local = self._at(local.date(), self._opens[i])
        return local_ord, o, local

    def opening_at(self, d: dt.date) -> dt.datetime:
        """The opening instant of working day ``d`` in the office's zone."""
        i = self._index(d, "date")
        if not self._work_flags[i]:
            raise InvalidInputError(f"{d} is not a working day in this calendar")
        return self._at(d, self._opens[i])

    def closing_at(self, d: dt.date) -> dt.datetime:
        """The closing instant of working day ``d`` in the office's zone."""
        i = self._index(d, "date")
        if not self._work_flags[i]:
            raise InvalidInputError(f"{d} is not a working day in this calendar")
        return self._closing(i)

    def _closing(self, i: int) -> dt.datetime:
        """Closing instant of the working day at index ``i`` (cached)."""
        hit = self._close_cache.get(i)
        if hit is None:
            hit = self._at(dt.date.fromordinal(i + self._start), self._closes[i])
            self._close_cache[i] = hit
        return hit

    def working_deadline(
        self, instant: dt.datetime, n: int
    ) -> tuple[dt.date, dt.datetime, dt.date, dt.datetime, tuple[SkippedDay, ...], tuple[int, ...]]:
        """Rules T1 and T2 in one pass, for :func:`~lapor_rules.sla.deadline`.

        Returns the start day, the effective start instant, the due date, the due instant,
        the non-working days from the local received date to the due date, and the
        provisional years touched.
        """
        local_ord, start_ord, effective = self._start_parts(instant)
        i = start_ord - self._start
        k = self._rank[i] + n
        if k >= self._nwork:
            raise self._beyond(f"the date {n} working days from {dt.date.fromordinal(start_ord)}")
        o = self._work[k]
        j = o - self._start
        if self._strict:
            self._guard(local_ord - self._start, j)
        off = self._off
        skipped = self._off_days[bisect.bisect_left(off, local_ord) : bisect.bisect_right(off, o)]
        lo = local_ord - self._start
        years: tuple[int, ...] = ()
        if self._prov_prefix[j + 1] != self._prov_prefix[lo]:
            years = self.provisional_years_between(local_ord, o)
        return (
            dt.date.fromordinal(start_ord),
            effective,
            dt.date.fromordinal(o),
            self._closing(j),
            skipped,
            years,
        )

    def _at(self, d: dt.date, seconds: int) -> dt.datetime:
        return dt.datetime(
            d.year, d.month, d.day, seconds // 3600, seconds // 60 % 60, seconds % 60,
            tzinfo=self._tz,
        )  # fmt: skip

    def effective_start(self, instant: dt.datetime) -> dt.datetime:
        """The received instant, or the next office opening if it arrived outside hours (S3)."""
        return self.start_of(instant)[1]

    def office_clock(self, instant: dt.datetime) -> float:
        """Office seconds from the start of the span to ``instant`` (for rule S3, O(1))."""
        local = _check_aware(instant, "instant").astimezone(self._tz)
        i = self._index(local.date(), "local date")
        base = self._office[i]
        if not self._work_flags[i]:
            return float(base)
        sec = local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
        inside = min(max(sec - self._opens[i], 0.0), float(self._closes[i] - self._opens[i]))
        return base + inside

    def office_seconds_between(self, a: dt.datetime, b: dt.datetime) -> float:
        """Office time from ``a`` to ``b`` in seconds (negative when ``b`` is before ``a``)."""
        return self.office_clock(b) - self.office_clock(a)

    def __repr__(self) -> str:
        return (
            f"WorkingCalendar(timezone={self._zone!r}, years={self._years.start}-"
            f"{self._years.stop - 1}, cuti_bersama={self._cuti_bersama}, "
            f"strict={self._strict}, data_version={self._data_version!r})"
        )
