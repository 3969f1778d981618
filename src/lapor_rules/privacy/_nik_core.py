"""The structure of a NIK, checked on its digits (internal; see :mod:`lapor_rules.privacy.nik`).

A NIK is 16 digits (legal-reference §6.2): province, kab/kota and kecamatan of first
registration (two digits each, none ``00``; the province one of the 38 Kemendagri codes),
the birth date as DDMMYY with 40 added to the day for women, and a serial ``0001``-``9999``.

The checks here never put the number in a message: they return or raise a reason code.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from lapor_rules.errors import InvalidNikError, InvalidTypeError
from lapor_rules.regions import PROVINCES

__all__ = [
    "NIK_REASONS",
    "SEPARATORS",
    "birth_date",
    "digits_of",
    "mask_digits",
    "structure_problem",
]

#: Characters accepted between the digits of a written NIK.
SEPARATORS: Final = " .-"

_SEPARATOR_TABLE: Final = str.maketrans("", "", SEPARATORS)

#: Every reason code an :class:`~lapor_rules.errors.InvalidNikError` can carry, in the order
#: the checks run, with the message (Indonesian / English) that explains it.
NIK_REASONS: Final[dict[str, str]] = {
    "characters": (
        "NIK hanya boleh berisi angka dan pemisah spasi, titik atau tanda hubung / "
        "a NIK may contain only digits and space, dot or dash separators"
    ),
    "length": "NIK harus 16 digit / a NIK has exactly 16 digits",
    "province": (
        "kode provinsi (digit 1-2) tidak dikenal / "
        "the province code (digits 1-2) is not one of the 38 Kemendagri codes"
    ),
    "regency": (
        "kode kabupaten/kota (digit 3-4) tidak boleh 00 / the regency code (digits 3-4) is 00"
    ),
    "district": "kode kecamatan (digit 5-6) tidak boleh 00 / the district code (digits 5-6) is 00",
    "month": "bulan lahir (digit 9-10) harus 01-12 / the birth month (digits 9-10) must be 01-12",
    "day": (
        "tanggal lahir (digit 7-8) harus 01-31, atau 41-71 untuk perempuan / "
        "the birth day (digits 7-8) must be 01-31, or 41-71 for women"
    ),
    "date": (
        "tanggal lahir tidak ada di kalender (misalnya 30 Februari) / "
        "the birth date does not exist (for example 30 February)"
    ),
    "serial": "nomor urut (digit 13-16) tidak boleh 0000 / the serial (digits 13-16) is 0000",
    "future": (
        "tanggal lahir jatuh setelah tanggal acuan / the birth date lies after the reference date"
    ),
}

_DAYS_IN_MONTH: Final = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_PROVINCE_CODES: Final = frozenset(PROVINCES)


def _fail(reason: str) -> InvalidNikError:
    return InvalidNikError(f"invalid NIK: {NIK_REASONS[reason]}", reason=reason)


def digits_of(value: object) -> str:
    """Return the 16 digits of a written NIK, separators removed.

    Raises:
        InvalidTypeError: ``value`` is not a string.
        InvalidNikError: other characters than digits and separators (``characters``), or
            not 16 digits (``length``).
    """
    if not isinstance(value, str):
        raise InvalidTypeError(f"a NIK must be given as a str, not {type(value).__name__}")
    if len(value) == 16 and value.isascii() and value.isdigit():
        return value  # the common case: plain digits
    digits = value.strip().translate(_SEPARATOR_TABLE)
    if digits and not (digits.isascii() and digits.isdigit()):
        raise _fail("characters")
    if len(digits) != 16:
        raise _fail("length")
    return digits


def structure_problem(digits: str) -> str | None:  # noqa: PLR0911 (one return per reason)
    """Return the first reason code that makes 16 digits an invalid NIK, or ``None``.

    This is the check that needs no reference date: a birth date in the future is not
    detected here (see :func:`birth_date`). The date must exist in some century; since every
    leap year of the 1900s is one of the 2000s too, checking the 2000s is enough.
    """
    if digits[:2] not in _PROVINCE_CODES:
        return "province"
    if digits[2:4] == "00":
        return "regency"
    if digits[4:6] == "00":
        return "district"
    ddmmyy = int(digits[6:12])
    month = ddmmyy // 100 % 100
    if not 1 <= month <= 12:
        return "month"
    day = ddmmyy // 10000
    if day > 40:
        day -= 40
    if not 1 <= day <= 31:
        return "day"
    if day > _DAYS_IN_MONTH[month] or (month == 2 and day == 29 and ddmmyy % 100 % 4):
        return "date"
    return "serial" if digits[12:] == "0000" else None


def birth_date(digits: str, today: dt.date) -> tuple[dt.date, bool]:
    """Decode the birth date and sex of structurally valid digits.

    The birth year is 20YY when that puts the date on or before ``today``, otherwise 19YY
    (NIKs carry birth years 1900-2099). The digits must have passed
    :func:`structure_problem`, so the date exists in 20YY.

    Returns:
        ``(birth_date, is_female)``.

    Raises:
        InvalidNikError: the date is after ``today`` in both centuries (``future``), or it
            is 29 February 00, after ``today`` in 2000 and absent from 1900 (``date``).
    """
    ddmmyy = int(digits[6:12])
    day = ddmmyy // 10000
    female = day > 40
    if female:
        day -= 40
    month = ddmmyy // 100 % 100
    year = 2000 + ddmmyy % 100
    # Dates compared as YYYYMMDD integers.
    limit = today.year * 10000 + today.month * 100 + today.day
    if year * 10000 + month * 100 + day > limit:
        year -= 100
        if year * 10000 + month * 100 + day > limit:
            raise _fail("future")
        if year == 1900 and month == 2 and day == 29:
            raise _fail("date")
    return dt.date(year, month, day), female


def mask_digits(digits: str) -> str:
    """Keep the 6-digit region prefix and hide the rest: ``320114**********``."""
    return digits[:6] + "*" * (len(digits) - 6)
