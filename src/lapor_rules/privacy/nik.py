"""Parse, check and mask a NIK (Nomor Induk Kependudukan), never showing it whole.

Structure (legal-reference §6.2): province, kab/kota and kecamatan of first registration
(two digits each, none ``00``; the province one of the 38 Kemendagri codes, which include the
pre-2022 Papua codes 91 and 92 that older NIKs carry), the birth date as DDMMYY with 40 added
to the day for women, and a serial ``0001``-``9999``. The century of the birth year is the
one that puts the birth date on or before the reference date ``today``. A NIK never changes,
so one that does not match a person's current data (after a change of sex or birth date, or
a move) is still valid.

An invalid NIK raises :class:`~lapor_rules.errors.InvalidNikError` whose ``reason`` is one
of :data:`NIK_REASONS` (``characters``, ``length``, ``province``, ``regency``, ``district``,
``month``, ``day``, ``date``, ``serial``, ``future``), checked in that order; its message
never repeats the number.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from lapor_rules._construct import build
from lapor_rules._model import LaporModel
from lapor_rules.errors import InvalidNikError, InvalidTypeError
from lapor_rules.privacy._nik_core import (
    NIK_REASONS,
    birth_date,
    digits_of,
    mask_digits,
    structure_problem,
)
from lapor_rules.regions import PROVINCES, ZoneName

__all__ = ["NIK_REASONS", "NikInfo", "is_valid_nik", "mask_nik", "parse_nik"]


class NikInfo(LaporModel):
    """What a structurally valid NIK says, held as its parts and a masked form.

    ``repr()`` and ``str()`` show only the masked NIK and the region; the birth date and
    serial are left out of them (they are fields, so ``model_dump()`` includes them: dump
    ``masked`` and the region codes alone when writing logs).

    Attributes:
        masked: the NIK with everything after the region prefix hidden: ``317101**********``.
        province_code: digits 1-2 (``"31"``).
        regency_code: digits 1-4, the kab/kota (``"3171"``).
        district_code: digits 1-6, the kecamatan (``"317101"``).
        birth_date: the birth date, century chosen so that it is on or before ``today``.
        sex: ``"male"`` or ``"female"`` (day + 40).
        serial: digits 13-16 (``"0001"``).
        province_name: the province's name (Kemendagri).
        zone: the province's office time zone (``Asia/Jakarta``, ``Asia/Makassar`` or
            ``Asia/Jayapura``).
    """

    masked: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: dt.date = Field(repr=False)
    sex: Literal["male", "female"] = Field(repr=False)
    serial: str = Field(repr=False)
    province_name: str
    zone: ZoneName

    def __str__(self) -> str:
        return f"{self.masked} ({self.province_name})"


_PROVINCE_BY_CODE = dict(PROVINCES)


def _today(today: dt.date | None) -> dt.date:
    if type(today) is dt.date:
        return today
    if today is None:
        return dt.date.today()
    if isinstance(today, dt.datetime):
        return today.date()
    if not isinstance(today, dt.date):
        raise InvalidTypeError(f"today must be a datetime.date, not {type(today).__name__}")
    return today


def parse_nik(nik: str, *, today: dt.date | None = None) -> NikInfo:
    """Check a NIK's structure and return its parts.

    Separators (spaces, dots, dashes) are accepted: ``31.7101.170845.0001``.

    Args:
        nik: the NIK.
        today: the reference date that decides the birth century and rejects births in the
            future. When omitted, the current local date is used, a documented convenience:
            pass ``today`` explicitly wherever results must be reproducible.

    Returns:
        The parts of the NIK; never the NIK whole.

    Raises:
        InvalidTypeError: ``nik`` is not a string, or ``today`` not a date.
        InvalidNikError: the NIK is not structurally valid; ``reason`` says why.

    >>> info = parse_nik("31.7101.170845.0001", today=dt.date(2026, 11, 23))
    >>> info.birth_date, info.sex, info.province_name
    (datetime.date(1945, 8, 17), 'male', 'DKI Jakarta')
    """
    digits = digits_of(nik)
    reference = _today(today)
    problem = structure_problem(digits)
    if problem is not None:
        raise InvalidNikError(f"invalid NIK: {NIK_REASONS[problem]}", reason=problem)
    born, female = birth_date(digits, reference)
    province = _PROVINCE_BY_CODE[digits[:2]]
    return build(
        NikInfo,
        {
            "masked": mask_digits(digits),
            "province_code": digits[:2],
            "regency_code": digits[:4],
            "district_code": digits[:6],
            "birth_date": born,
            "sex": "female" if female else "male",
            "serial": digits[12:],
            "province_name": province.name,
            "zone": province.zone,
        },
    )


def is_valid_nik(nik: str, *, today: dt.date | None = None) -> bool:
    """Whether ``nik`` is a structurally valid NIK on ``today`` (see :func:`parse_nik`).

    Args:
        nik: the NIK, with or without separators.
        today: the reference date; when omitted, the current local date (a documented
            convenience).

    Raises:
        InvalidTypeError: ``nik`` is not a string, or ``today`` not a date.
    """
    try:
        parse_nik(nik, today=today)
    except InvalidNikError:
        return False
    return True


def mask_nik(nik: str) -> str:
    """Mask a 16-digit NIK (or KK number): keep the 6-digit region prefix, hide the rest.

    The structure is not checked (an invalid number is masked the same way), only that it
    is 16 digits with optional separators.

    Raises:
        InvalidTypeError: ``nik`` is not a string.
        InvalidNikError: not 16 digits (``length``) or other characters (``characters``).

    >>> mask_nik("3201 1417 0845 0001")
    '320114**********'
    """
    return mask_digits(digits_of(nik))
