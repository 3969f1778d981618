"""The working-day calendar: rules C1–C6 and D1–D3 (numpy is the oracle for D1 and D2)."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lapor_rules import (
    CalendarCoverageError,
    InvalidInputError,
    InvalidTypeError,
    LaporRulesError,
    OfficeHours,
    ProvisionalDataError,
    WorkingCalendar,
    add_working_days,
    is_working_day,
    working_days_between,
)
from lapor_rules.calendar import Closure, ClosureKind
from lapor_rules.calendar.sources import last_cuti_bersama_year
from lapor_rules.testing import calendar_dates, synthetic_calendars

D = dt.date
NATIONAL = WorkingCalendar.indonesia()
NO_CUTI = WorkingCalendar.indonesia(cuti_bersama=False)


def _closed_weekdays(cal: WorkingCalendar, years: range) -> list[D]:
    """Every weekday the calendar closes (the ``holidays=`` list for numpy)."""
    out: list[D] = []
    for y in years:
        out.extend(c.date for c in cal.closures(y) if c.date.weekday() < 5)
    return sorted(set(out))


NATIONAL_NP = np.busdaycalendar(
    weekmask="1111100",
    holidays=np.array(_closed_weekdays(NATIONAL, range(2020, 2029)), dtype="datetime64[D]"),
)


# ------------------------------------------------------------------------------ D1, D2 oracle


@given(calendar_dates(2020, 2026), st.integers(0, 60))
def test_d1_add_working_days_matches_numpy_on_national_calendar(d: D, n: int) -> None:
    """D1: for n >= 0, numpy busday_offset(roll='forward') on the same closures."""
    expected = np.busday_offset(d, n, roll="forward", busdaycal=NATIONAL_NP)
    assert NATIONAL.add_working_days(d, n) == expected.astype(D)


@given(calendar_dates(2021, 2026), st.integers(-60, -1))
def test_d1_negative_steps_match_numpy_backward_roll(d: D, n: int) -> None:
    """D1: for n < 0, roll back to the last working day on or before d, then step back."""
    expected = np.busday_offset(d, n, roll="backward", busdaycal=NATIONAL_NP)
    assert NATIONAL.add_working_days(d, n) == expected.astype(D)


@given(synthetic_calendars(max_extra_working=0), st.data())
def test_d1_d2_match_numpy_on_random_closures(cal: WorkingCalendar, data: st.DataObject) -> None:
    """D1 and D2 against numpy with the SAME closures passed as ``holidays=``."""
    holidays = np.array(_closed_weekdays(cal, cal.years), dtype="datetime64[D]")
    a = data.draw(calendar_dates(2024, 2025))
    b = data.draw(st.dates(a, D(2026, 12, 31)))
    n = data.draw(st.integers(0, 40))
    got = cal.add_working_days(a, n)
    assert got == np.busday_offset(a, n, roll="forward", holidays=holidays).astype(D)
    assert cal.working_days_between(a, b) == int(np.busday_count(a, b, holidays=holidays))


@given(calendar_dates(2020, 2028), calendar_dates(2020, 2028))
def test_d2_count_matches_numpy_for_ordered_span(a: D, b: D) -> None:
    """D2: for a <= b, numpy busday_count(a, b) on the same closures (half-open)."""
    a, b = min(a, b), max(a, b)
    assert NATIONAL.working_days_between(a, b) == int(np.busday_count(a, b, busdaycal=NATIONAL_NP))


@given(synthetic_calendars(), st.data())
def test_d2_antisymmetric(cal: WorkingCalendar, data: st.DataObject) -> None:
    """D2: working_days_between(a, b) == -working_days_between(b, a)."""
    a = data.draw(calendar_dates(2024, 2026))
    b = data.draw(calendar_dates(2024, 2026))
    assert cal.working_days_between(a, b) == -cal.working_days_between(b, a)
    assert cal.working_days_between(a, a) == 0


@given(synthetic_calendars(), st.data())
def test_d3_count_inverts_add(cal: WorkingCalendar, data: st.DataObject) -> None:
    """D3: for every working day a and n >= 0, between(a, add(a, n)) == n."""
    a = cal.add_working_days(data.draw(calendar_dates(2024, 2025)), 0)
    n = data.draw(st.integers(0, 120))
    assert cal.working_days_between(a, cal.add_working_days(a, n)) == n


@given(synthetic_calendars(), calendar_dates(2024, 2026))
def test_c1_next_and_previous_working_day(cal: WorkingCalendar, d: D) -> None:
    """C1/D1: next/previous_working_day are the nearest working days strictly after/before."""
    try:
        nxt = cal.next_working_day(d)
    except CalendarCoverageError:
        nxt = None
    if nxt is not None:
        assert nxt > d
        assert cal.is_working_day(nxt)
        assert cal.working_days_between(d + dt.timedelta(days=1), nxt) == 0
    try:
        prev = cal.previous_working_day(d)
    except CalendarCoverageError:
        return
    assert prev < d
    assert cal.is_working_day(prev)
    assert cal.working_days_between(prev + dt.timedelta(days=1), d) == 0


# ----------------------------------------------------------------------------- C1, C2 examples


@pytest.mark.parametrize(
    ("day", "working"),
    [
        pytest.param(D(2025, 3, 28), False, id="2025-03-28-cuti-bersama-nyepi"),
        pytest.param(D(2025, 3, 31), False, id="2025-03-31-idul-fitri"),
        pytest.param(D(2025, 4, 7), False, id="2025-04-07-last-lebaran-cuti-bersama"),
        pytest.param(D(2025, 4, 8), True, id="2025-04-08-back-to-work"),
        pytest.param(D(2025, 8, 18), False, id="2025-08-18-cuti-bersama-added-by-amendment"),
        pytest.param(D(2025, 8, 19), True, id="2025-08-19-ordinary-tuesday"),
        pytest.param(D(2024, 2, 14), False, id="2024-02-14-general-election"),
        pytest.param(D(2024, 11, 27), False, id="2024-11-27-regional-election"),
        pytest.param(D(2026, 3, 18), False, id="2026-03-18-cuti-bersama-nyepi"),
        pytest.param(D(2026, 3, 20), False, id="2026-03-20-cuti-bersama-idul-fitri"),
        pytest.param(D(2026, 3, 25), True, id="2026-03-25-after-lebaran"),
        pytest.param(D(2026, 3, 28), False, id="2026-03-28-saturday"),
    ],
)
def test_c1_c2_national_working_days(day: D, working: bool) -> None:
    """C1/C2: closures from holidays (national, cuti bersama, Keppres election days)."""
    assert NATIONAL.is_working_day(day) is working
    assert is_working_day(day) is working


@pytest.mark.parametrize(
    ("day", "kind"),
    [
        pytest.param(D(2025, 8, 18), ClosureKind.CUTI_BERSAMA, id="18-aug-2025"),
        pytest.param(D(2024, 2, 14), ClosureKind.NATIONAL_HOLIDAY, id="election-2024"),
        pytest.param(D(2024, 11, 27), ClosureKind.NATIONAL_HOLIDAY, id="pilkada-2024"),
        pytest.param(D(2026, 3, 23), ClosureKind.CUTI_BERSAMA, id="lebaran-2026-cuti"),
        pytest.param(D(2026, 3, 21), ClosureKind.NATIONAL_HOLIDAY, id="idul-fitri-2026"),
    ],
)
def test_c2_closures_carry_kind_and_source(day: D, kind: ClosureKind) -> None:
    """C2: each closure carries name, kind, estimated flag and source (with the version)."""
    found = [c for c in NATIONAL.closures(day.year) if c.date == day]
    assert [c.kind for c in found] == [kind]
    assert found[0].name
    assert found[0].source.startswith("holidays ")
    assert found[0].estimated is False


def test_c2_two_holidays_on_one_date_keep_both_names() -> None:
    """C2: 2021-05-13 was Idul Fitri and Ascension Day: both closures are kept."""
    names = {c.name for c in NATIONAL.closures_on(D(2021, 5, 13))}
    assert names == {"Hari Raya Idul Fitri", "Kenaikan Yesus Kristus"}


def test_c2_cuti_bersama_off_keeps_only_national_holidays() -> None:
    """C2: a calendar with cuti bersama off opens on cuti bersama days."""
    assert NO_CUTI.is_working_day(D(2025, 8, 18))
    assert NO_CUTI.is_working_day(D(2026, 3, 20))
    assert not NO_CUTI.is_working_day(D(2026, 3, 19))
    assert all(c.kind is not ClosureKind.CUTI_BERSAMA for c in NO_CUTI.closures(2026))
    # March 2026 has 22 weekdays; closed 18-20, 23-24 (cuti bersama 18, 20, 23, 24; Nyepi 19)
    assert NATIONAL.working_days_between(D(2026, 3, 1), D(2026, 4, 1)) == 17
    assert NO_CUTI.working_days_between(D(2026, 3, 1), D(2026, 4, 1)) == 21


def test_c1_extra_working_day_beats_every_closure() -> None:
    """C1: an explicit extra working day wins over national holidays, cuti bersama, extras."""
    days = [D(2026, 3, 20), D(2026, 3, 19), D(2026, 4, 6), D(2026, 3, 28)]
    cal = WorkingCalendar.indonesia(
        extra_closures={D(2026, 4, 6): "Banjir"}, extra_working_days=days
    )
    for d in days:
        assert cal.is_working_day(d), d
    assert D(2026, 3, 20) not in {c.date for c in cal.closures(2026)}
    # a Saturday made a working day takes the work week's first day's hours
    assert cal.closing_at(D(2026, 3, 28)).time() == dt.time(16, 0)


def test_c2_extra_closures_by_mapping_dates_and_closure_objects() -> None:
    """C2: extra closures may be a mapping, plain dates or Closure objects (kind extra)."""
    flood = Closure(date=D(2026, 2, 4), name="Banjir", source="SK Bupati")
    cal = WorkingCalendar.indonesia(extra_closures=[D(2026, 2, 3), flood])
    assert not cal.is_working_day(D(2026, 2, 3))
    assert not cal.is_working_day(D(2026, 2, 4))
    kinds = {c.kind for c in cal.closures_on(D(2026, 2, 4))}
    assert kinds == {ClosureKind.EXTRA}
    mapped = WorkingCalendar.indonesia(extra_closures={D(2026, 2, 5): "Hari jadi kabupaten"})
    assert [c.name for c in mapped.closures_on(D(2026, 2, 5))] == ["Hari jadi kabupaten"]


# ------------------------------------------------------------------------------------ C3, C4


def test_c3_data_version_names_the_holidays_version() -> None:
    """C3: the installed holidays version is part of the calendar's data version."""
    import holidays  # noqa: PLC0415

    assert f"holidays {holidays.__version__}" in NATIONAL.data_version  # type: ignore[attr-defined]


def test_c4_default_span_is_2020_to_last_cuti_bersama_year_plus_one() -> None:
    """C4: the default span runs from 2020 to one year after the last cuti bersama data."""
    last = last_cuti_bersama_year()
    assert last >= 2027
    assert NATIONAL.years == range(2020, last + 2)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda c: c.is_working_day(D(2019, 12, 31)), id="before-span"),
        pytest.param(lambda c: c.is_working_day(D(2029, 1, 1)), id="after-span"),
        pytest.param(lambda c: c.add_working_days(D(2028, 12, 27), 5), id="result-beyond"),
        pytest.param(lambda c: c.add_working_days(D(2020, 1, 3), -5), id="result-before"),
        pytest.param(lambda c: c.working_days_between(D(2020, 1, 1), D(2030, 1, 1)), id="count"),
        pytest.param(lambda c: c.closures(2031), id="closures-year"),
        pytest.param(lambda c: c.next_working_day(D(2028, 12, 29)), id="next-beyond"),
        pytest.param(lambda c: c.previous_working_day(D(2020, 1, 2)), id="previous-before"),
    ],
)
def test_c4_outside_span_fails_closed(call: object) -> None:
    """C4: a date outside the calendar's span raises CalendarCoverageError (a ValueError)."""
    with pytest.raises(CalendarCoverageError) as info:
        call(NATIONAL)  # type: ignore[operator]
    assert isinstance(info.value, ValueError)
    assert "rule C4" in str(info.value)


@pytest.mark.parametrize(
    ("year", "provisional"),
    [
        pytest.param(2025, False, id="2025-final"),
        pytest.param(2026, False, id="2026-final"),
        pytest.param(2027, True, id="2027-estimated-idul-fitri"),
        pytest.param(2028, True, id="2028-no-cuti-bersama-data"),
    ],
)
def test_c4_provisional_years(year: int, provisional: bool) -> None:
    """C4: a year without cuti bersama data, or with an estimated closure, is provisional."""
    assert NATIONAL.is_provisional(D(year, 6, 1)) is provisional
    assert (year in NATIONAL.provisional_years) is provisional
    if provisional:
        reason = NATIONAL.provisional_years[year]
        assert str(year) in reason.id
        assert str(year) in reason.en


def test_c4_estimated_closures_are_flagged_and_named_without_suffix() -> None:
    """C4: holidays' '(perkiraan)' marker becomes ``estimated=True``; the name is clean."""
    estimated = [c for c in NATIONAL.closures(2027) if c.estimated]
    assert {c.date for c in estimated} >= {D(2027, 3, 10), D(2027, 5, 17)}
    assert all("perkiraan" not in c.name for c in estimated)


def test_c4_strict_calendar_raises_on_provisional_year() -> None:
    """C4: a strict calendar raises ProvisionalDataError instead of answering provisionally."""
    strict = WorkingCalendar.indonesia(strict=True)
    assert strict.is_working_day(D(2026, 6, 2))
    assert strict.add_working_days(D(2026, 12, 1), 5) == D(2026, 12, 8)
    with pytest.raises(ProvisionalDataError):
        strict.is_working_day(D(2027, 3, 10))
    with pytest.raises(ProvisionalDataError):
        strict.add_working_days(D(2026, 12, 28), 5)
    with pytest.raises(ProvisionalDataError):
        strict.working_days_between(D(2026, 12, 1), D(2027, 1, 5))
    assert isinstance(ProvisionalDataError("x"), ValueError)


def test_c4_explicit_span() -> None:
    """C4: an explicit span is honoured; a non-contiguous one is rejected."""
    cal = WorkingCalendar.indonesia(years=range(2024, 2026))
    assert cal.years == range(2024, 2026)
    with pytest.raises(CalendarCoverageError):
        cal.is_working_day(D(2026, 1, 5))
    assert WorkingCalendar.indonesia(years=2025).years == range(2025, 2026)
    with pytest.raises(InvalidInputError):
        WorkingCalendar.indonesia(years=[2020, 2022])


# ------------------------------------------------------------------------------------ C5, C6


@pytest.mark.parametrize(
    ("code", "zone"),
    [
        pytest.param("31", "Asia/Jakarta", id="dki-jakarta-wib"),
        pytest.param(51, "Asia/Makassar", id="bali-wita"),
        pytest.param("94", "Asia/Jayapura", id="papua-tengah-wit"),
        pytest.param("61", "Asia/Jakarta", id="kalbar-wib"),
    ],
)
def test_c5_zone_from_province_code(code: str | int, zone: str) -> None:
    """C5: a province code chooses the office zone."""
    assert WorkingCalendar.for_province(code).timezone == zone


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(lambda: WorkingCalendar.indonesia(timezone="Asia/Tokyo"), id="unknown-zone"),
        pytest.param(lambda: WorkingCalendar.for_province("99"), id="unknown-province"),
        pytest.param(lambda: WorkingCalendar.for_province("31", timezone="WIT"), id="zone-twice"),
    ],
)
def test_c5_unknown_zone_or_province_is_rejected(bad: object) -> None:
    """C5: unknown zones and province codes raise InvalidInputError (a ValueError)."""
    with pytest.raises(InvalidInputError):
        bad()  # type: ignore[operator]


def test_c5_abbreviations_accepted() -> None:
    """C5: WIB/WITA/WIT name the zones."""
    assert WorkingCalendar.indonesia(timezone="WITA").timezone == "Asia/Makassar"
    assert WorkingCalendar.indonesia(timezone="wit").zone_abbreviation == "WIT"


def test_c6_default_office_hours() -> None:
    """C6: Monday–Thursday 07:30–16:00, Friday 07:30–16:30 (37.5 h of work plus breaks)."""
    hours = OfficeHours()
    # 4 x 8.5 h + 9 h of opening time = 43 h; minus 4 x 1 h and 1.5 h of breaks = 37.5 h
    assert hours.weekly_seconds == 43 * 3600
    assert hours.work_week == (0, 1, 2, 3, 4)
    assert NATIONAL.closing_at(D(2025, 6, 13)).time() == dt.time(16, 30)
    assert NATIONAL.closing_at(D(2025, 6, 12)).time() == dt.time(16, 0)
    assert NATIONAL.opening_at(D(2025, 6, 12)).time() == dt.time(7, 30)


def test_c6_configurable_office_hours_change_the_work_week() -> None:
    """C6/C1: office hours are configurable; a six-day week makes Saturday a working day."""
    six = OfficeHours.uniform(dt.time(8), dt.time(14), weekdays=(0, 1, 2, 3, 4, 5))
    cal = WorkingCalendar.indonesia(office_hours=six)
    assert cal.is_working_day(D(2025, 6, 14))
    assert cal.closing_at(D(2025, 6, 14)).time() == dt.time(14)
    with pytest.raises(InvalidInputError):
        OfficeHours.uniform(dt.time(15), dt.time(8))


# ---------------------------------------------------------------------- bad input, pickling


_STR: Any = "2025-01-01"
_FLOAT: Any = 1.0


@pytest.mark.parametrize(
    ("call", "error"),
    [
        pytest.param(lambda: NATIONAL.is_working_day(_STR), InvalidTypeError, id="str"),
        pytest.param(
            lambda: NATIONAL.is_working_day(dt.datetime(2025, 1, 1)), InvalidTypeError, id="dt"
        ),
        pytest.param(
            lambda: NATIONAL.add_working_days(D(2025, 1, 1), _FLOAT), InvalidTypeError, id="float"
        ),
        pytest.param(
            lambda: NATIONAL.add_working_days(D(2025, 1, 1), True), InvalidTypeError, id="bool"
        ),
        pytest.param(lambda: NATIONAL.closures(_STR), InvalidTypeError, id="year-str"),
    ],
)
def test_bad_input_is_a_clear_error(call: object, error: type[Exception]) -> None:
    """D1/D2/C1 bad input: a LaporRulesError that is also a TypeError/ValueError."""
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert isinstance(info.value, LaporRulesError)


def test_calendar_pickles_cleanly() -> None:
    """C1–C6/D1: a pickled calendar (issue 5 ships it to workers) gives every answer again."""
    cal = WorkingCalendar.indonesia(timezone="WIT", extra_closures={D(2026, 2, 3): "Banjir"})
    copy = pickle.loads(pickle.dumps(cal))
    assert copy.timezone == cal.timezone
    assert copy.years == cal.years
    assert copy.closures(2026) == cal.closures(2026)
    for d in (D(2026, 2, 2), D(2026, 3, 17), D(2027, 3, 5)):
        assert copy.add_working_days(d, 5) == cal.add_working_days(d, 5)
    assert copy.provisional_years == cal.provisional_years


def test_indonesia_is_cached_per_argument_set() -> None:
    """C3/D1/D2: each argument set builds once (lru_cache); shortcuts use the default."""
    assert WorkingCalendar.indonesia() is WorkingCalendar.indonesia()
    assert WorkingCalendar.indonesia(cuti_bersama=False) is not WorkingCalendar.indonesia()
    assert add_working_days(D(2026, 3, 17), 5) == NATIONAL.add_working_days(D(2026, 3, 17), 5)
    assert working_days_between(D(2026, 3, 1), D(2026, 4, 1)) == 17


class _MyDate(dt.date):
    """A date subclass, as some date libraries return."""


def test_d1_d2_accept_date_subclasses() -> None:
    """D1/D2: a ``date`` subclass is a date (a ``datetime`` is not)."""
    d = _MyDate(2026, 3, 17)
    assert NATIONAL.add_working_days(d, 5) == D(2026, 3, 31)
    assert NATIONAL.working_days_between(d, D(2026, 3, 31)) == 5
    assert NATIONAL.is_working_day(d)
