"""NIK parsing, validation and masking (privacy-policy.md "NIK"; legal-reference §6.2).

Rule ids used here: NIK-STRUCT (16 digits: region, DDMMYY (+40 for women), serial),
NIK-CENTURY (the century puts the birth date on or before today), NIK-INVALID (each invalid
case raises InvalidNikError with its reason), NIK-MASK (never shown whole).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lapor_rules import InvalidNikError, InvalidTypeError
from lapor_rules.privacy import NIK_REASONS, NikInfo, is_valid_nik, mask_nik, parse_nik
from lapor_rules.testing.privacy import invalid_niks, valid_niks

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("nik", "born", "sex", "province"),
    [
        pytest.param("3171011708450001", dt.date(1945, 8, 17), "male", "DKI Jakarta", id="male"),
        pytest.param(
            "3171015708450001", dt.date(1945, 8, 17), "female", "DKI Jakarta", id="female"
        ),
        pytest.param("31.7101.170845.0001", dt.date(1945, 8, 17), "male", "DKI Jakarta", id="dots"),
        pytest.param(
            "3171 0117 0845 0001", dt.date(1945, 8, 17), "male", "DKI Jakarta", id="spaces"
        ),
        pytest.param(
            "317101-170845-0001", dt.date(1945, 8, 17), "male", "DKI Jakarta", id="dashes"
        ),
        pytest.param(
            "6501011708900001", dt.date(1990, 8, 17), "male", "Kalimantan Utara", id="kaltara"
        ),
        pytest.param(
            "9601014101200001", dt.date(2020, 1, 1), "female", "Papua Barat Daya", id="pbd"
        ),
        pytest.param("9104011708800001", dt.date(1980, 8, 17), "male", "Papua", id="old-papua"),
        pytest.param(
            "3201141708050001", dt.date(2005, 8, 17), "male", "Jawa Barat", id="child-2005"
        ),
        pytest.param("3201141512260001", dt.date(1926, 12, 15), "male", "Jawa Barat", id="1926"),
        pytest.param(
            "3201142902000001", dt.date(2000, 2, 29), "male", "Jawa Barat", id="29feb2000"
        ),
        pytest.param(
            "3201146902960001", dt.date(1996, 2, 29), "female", "Jawa Barat", id="f-29feb96"
        ),
    ],
)
def test_nik_struct_examples(nik: str, born: dt.date, sex: str, province: str) -> None:
    """NIK-STRUCT / NIK-CENTURY: parts, birth date, sex and province of valid NIKs."""
    info = parse_nik(nik, today=TODAY)
    digits = nik.replace(".", "").replace(" ", "").replace("-", "")
    assert info.birth_date == born
    assert info.sex == sex
    assert info.province_name == province
    assert (info.province_code, info.regency_code, info.district_code) == (
        digits[:2],
        digits[:4],
        digits[:6],
    )
    assert info.serial == digits[12:]
    assert info.masked == digits[:6] + "*" * 10
    assert is_valid_nik(nik, today=TODAY)


@pytest.mark.parametrize(
    ("nik", "reason"),
    [
        pytest.param("317101170845001", "length", id="15-digits"),
        pytest.param("31710117084500011", "length", id="17-digits"),
        pytest.param("", "length", id="empty"),
        pytest.param("31710117O8450001", "characters", id="letter-O"),
        pytest.param("3171011708450001x", "characters", id="trailing-letter"),
        pytest.param("3171011708450001/", "characters", id="slash"),
        pytest.param("0071011708450001", "province", id="province-00"),
        pytest.param("2071011708450001", "province", id="province-unknown"),
        pytest.param("3100011708450001", "regency", id="kab-00"),
        pytest.param("3171001708450001", "district", id="kec-00"),
        pytest.param("3171010008450001", "day", id="day-0"),
        pytest.param("3171013208450001", "day", id="day-32"),
        pytest.param("3171017208450001", "day", id="day-72"),
        pytest.param("3171014008450001", "day", id="day-40"),
        pytest.param("3171011713450001", "month", id="month-13"),
        pytest.param("3171011700450001", "month", id="month-0"),
        pytest.param("3171013002450001", "date", id="30-feb"),
        pytest.param("3171012902250001", "date", id="29-feb-common-year"),
        pytest.param("3171013104450001", "date", id="31-april"),
        pytest.param("3171011708450000", "serial", id="serial-0000"),
    ],
)
def test_nik_invalid_examples(nik: str, reason: str) -> None:
    """NIK-INVALID: each structural fault raises InvalidNikError with its reason code."""
    with pytest.raises(InvalidNikError) as info:
        parse_nik(nik, today=TODAY)
    assert info.value.reason == reason
    assert isinstance(info.value, ValueError)
    assert not is_valid_nik(nik, today=TODAY)
    if len(nik) >= 8:
        assert nik not in str(info.value)
        assert nik[6:] not in str(info.value)


def test_nik_future_birth_date_with_a_past_reference_date() -> None:
    """NIK-CENTURY / NIK-INVALID: a birth after `today` in both centuries is `future`."""
    with pytest.raises(InvalidNikError) as info:
        parse_nik("3171011508950001", today=dt.date(1990, 1, 1))
    assert info.value.reason == "future"
    # The same NIK is valid once the date has passed; 2095 is never chosen.
    assert parse_nik("3171011508950001", today=TODAY).birth_date == dt.date(1995, 8, 15)


def test_nik_century_picks_the_latest_date_not_after_today() -> None:
    """NIK-CENTURY: the birth year is 20YY when that is not after today, else 19YY."""
    assert parse_nik("3171012311260001", today=TODAY).birth_date == dt.date(2026, 11, 23)
    assert parse_nik("3171012411260001", today=TODAY).birth_date == dt.date(1926, 11, 24)


def test_nik_29_feb_00_before_2000_is_impossible() -> None:
    """NIK-CENTURY: 29-02-00 before 2000-02-29 would be 1900, which has no 29 February."""
    with pytest.raises(InvalidNikError) as info:
        parse_nik("3201142902000001", today=dt.date(2000, 2, 28))
    assert info.value.reason == "date"


def test_nik_mask() -> None:
    """NIK-MASK: masking keeps the 6-digit region prefix, also for invalid structures."""
    assert mask_nik("3201141708450001") == "320114**********"
    assert mask_nik("32.0114.170845.0001") == "320114**********"
    assert mask_nik("9999999999999999") == "999999**********"
    with pytest.raises(InvalidNikError) as info:
        mask_nik("32011417084500")
    assert info.value.reason == "length"


def test_nik_info_never_shows_the_number_whole() -> None:
    """NIK-MASK: repr and str show the masked form, not the birth date or serial."""
    nik = "3171011708450123"
    info = parse_nik(nik, today=TODAY)
    for shown in (repr(info), str(info)):
        assert nik not in shown
        assert "170845" not in shown
        assert "0123" not in shown
        assert "317101**********" in shown
    assert nik not in info.model_dump_json()
    assert NikInfo.model_validate_json(info.model_dump_json()) == info


@pytest.mark.parametrize("bad", [3171011708450001, None, b"3171011708450001"])
def test_nik_wrong_type(bad: object) -> None:
    """Bad input: a non-string NIK is an InvalidTypeError (a TypeError)."""
    with pytest.raises(InvalidTypeError):
        parse_nik(bad, today=TODAY)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        is_valid_nik(bad, today=TODAY)  # type: ignore[arg-type]


def test_nik_today_must_be_a_date() -> None:
    """Bad input: `today` must be a date; a datetime is reduced to its date."""
    with pytest.raises(InvalidTypeError):
        parse_nik("3171011708450001", today="2026-11-23")  # type: ignore[arg-type]
    noon = dt.datetime(2026, 11, 23, 12, 0)
    assert parse_nik("3171011708450001", today=noon).birth_date == dt.date(1945, 8, 17)


def test_nik_today_defaults_to_the_current_date() -> None:
    """NIK-CENTURY: without `today` the current date is the reference (documented default)."""
    assert parse_nik("3171011708450001").birth_date == dt.date(1945, 8, 17)


# --- properties ----------------------------------------------------------------------------

#: Written out here, independently of lapor_rules.regions (Kepmendagri 300.2.2-2138/2025).
_PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "21",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "51",
        "52",
        "53",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "72",
        "73",
        "74",
        "75",
        "76",
        "81",
        "82",
        "91",
        "92",
        "93",
        "94",
        "95",
        "96",
    ]
)


def _oracle(nik: str, today: dt.date) -> dt.date | None:
    """The birth date of a structurally valid NIK, or None; written without the parser."""
    if len(nik) != 16 or any(c not in "0123456789" for c in nik):
        return None
    if nik[:2] not in _PROVINCES or nik[2:4] == "00" or nik[4:6] == "00" or nik[12:] == "0000":
        return None
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if day > 40:
        day -= 40
    for year in (2000 + yy, 1900 + yy):
        try:
            born = dt.date(year, month, day)
        except ValueError:
            continue
        if born <= today:
            return born
    return None


def _two(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda n: f"{n:02d}")


# Near-valid NIKs: every field drawn from a range that straddles its valid values.
_NEAR_NIKS = st.tuples(
    st.one_of(st.sampled_from(sorted(_PROVINCES)), _two(0, 99)),
    st.one_of(_two(1, 99), st.just("00")),
    st.one_of(_two(1, 99), st.just("00")),
    st.one_of(_two(1, 31), _two(41, 71), _two(0, 99)),
    st.one_of(_two(1, 12), _two(0, 99)),
    _two(0, 99),
    st.one_of(st.integers(1, 9999).map(lambda n: f"{n:04d}"), st.just("0000")),
).map("".join)


@given(_NEAR_NIKS, st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_nik_property_accepts_exactly_the_structurally_valid(nik: str, today: dt.date) -> None:
    """NIK-STRUCT / NIK-CENTURY: parse_nik accepts exactly what the independent oracle does."""
    expected = _oracle(nik, today)
    assert is_valid_nik(nik, today=today) is (expected is not None)
    if expected is not None:
        info = parse_nik(nik, today=today)
        assert info.birth_date == expected
        assert info.sex == ("female" if int(nik[6:8]) > 40 else "male")


@given(valid_niks(written=True), st.dates(dt.date(2025, 1, 1), dt.date(2060, 1, 1)))
def test_nik_property_generated_valid_niks_parse(nik: str, today: dt.date) -> None:
    """NIK-STRUCT: every NIK from the valid_niks strategy parses, and masks to its prefix."""
    info = parse_nik(nik, today=today)
    assert info.birth_date <= today
    assert mask_nik(nik) == info.masked
    assert info.masked.endswith("*" * 10)


@pytest.mark.parametrize("reason", sorted(NIK_REASONS))
@given(data=st.data())
def test_nik_property_each_invalid_reason(reason: str, data: st.DataObject) -> None:
    """NIK-INVALID: invalid_niks(reason) always raises InvalidNikError with that reason."""
    today = dt.date(1990, 6, 1) if reason == "future" else TODAY
    nik = data.draw(invalid_niks(reason, today=today))
    with pytest.raises(InvalidNikError) as info:
        parse_nik(nik, today=today)
    assert info.value.reason == reason
    assert re.search(r"[0-9]{5,}", str(info.value)) is None  # no part of the number echoed
