"""Hypothesis strategies for the privacy capability: NIKs, phone numbers, e-mails, texts.

>>> from hypothesis import given
>>> from lapor_rules.testing.privacy import valid_niks
>>> @given(valid_niks())
... def test_my_form_accepts_niks(nik: str) -> None: ...

Every strategy builds its values from parts (region codes, dates, serials), so the values
are synthetic: none is a real person's number except by chance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from lapor_rules.errors import InvalidInputError
from lapor_rules.privacy.elements import DataElement
from lapor_rules.privacy.nik import NIK_REASONS
from lapor_rules.privacy.requests import (
    AccessChannel,
    AccessFact,
    AccessPurpose,
    AccessRequest,
    Requester,
)
from lapor_rules.regions import PROVINCES

__all__ = [
    "DEFAULT_TODAY",
    "NIK_LAYOUTS",
    "access_requests",
    "emails",
    "invalid_niks",
    "nik_texts",
    "phone_numbers",
    "valid_niks",
]

#: The reference date :func:`valid_niks` uses unless told otherwise: every NIK it draws has
#: a birth date before it, so the NIK is valid on this date and on every later one.
DEFAULT_TODAY: Final = dt.date(2025, 1, 1)

#: Ways a NIK is written: group sizes and separator (an empty separator means plain).
NIK_LAYOUTS: Final[tuple[tuple[tuple[int, ...], str], ...]] = (
    ((16,), ""),
    ((4, 4, 4, 4), " "),
    ((4, 4, 4, 4), "-"),
    ((2, 4, 6, 4), "."),
    ((6, 6, 4), "-"),
    ((6, 6, 4), " "),
    ((6, 6, 4), "."),
)


def _layout(digits: str, layout: tuple[tuple[int, ...], str]) -> str:
    sizes, sep = layout
    parts = []
    position = 0
    for size in sizes:
        parts.append(digits[position : position + size])
        position += size
    return sep.join(parts)


@st.composite
def valid_niks(
    draw: st.DrawFn,
    *,
    today: dt.date = DEFAULT_TODAY,
    written: bool = False,
    province_codes: tuple[str, ...] | None = None,
) -> str:
    """Draw a structurally valid NIK whose birth date lies before ``today``.

    Args:
        draw: supplied by Hypothesis.
        today: the reference date on which the NIK must be valid (default
            :data:`DEFAULT_TODAY`).
        written: also draw a written layout with separators (``31.7101.170845.0001``).
        province_codes: draw the province from these codes (default: the 38 provinces).
    """
    codes = province_codes or tuple(sorted(PROVINCES))
    province = draw(st.sampled_from(codes))
    regency = draw(st.integers(1, 99))
    district = draw(st.integers(1, 99))
    born = draw(st.dates(dt.date(1900, 3, 1), today - dt.timedelta(days=1)))
    female = draw(st.booleans())
    serial = draw(st.integers(1, 9999))
    day = born.day + (40 if female else 0)
    digits = (
        f"{province}{regency:02d}{district:02d}{day:02d}{born.month:02d}"
        f"{born.year % 100:02d}{serial:04d}"
    )
    if not written:
        return digits
    return _layout(digits, draw(st.sampled_from(NIK_LAYOUTS)))


_UNKNOWN_PROVINCES: Final = tuple(f"{n:02d}" for n in range(100) if f"{n:02d}" not in PROVINCES)
_MONTH_DAYS: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@st.composite
def invalid_niks(draw: st.DrawFn, reason: str, *, today: dt.date = DEFAULT_TODAY) -> str:
    """Draw a NIK that is invalid for exactly one ``reason`` (a code of ``NIK_REASONS``).

    Every other part is valid, so ``parse_nik(nik, today=today)`` raises with that reason.
    ``"future"`` needs a ``today`` before 31 December 1999: with the century rule (20YY if
    on or before ``today``, else 19YY) a birth date can lie after a later ``today`` in
    neither century.

    Raises:
        InvalidInputError: unknown ``reason``, or ``"future"`` with a ``today`` too late.
    """
    if reason not in NIK_REASONS:
        raise InvalidInputError(f"unknown NIK reason {reason!r}; known: {sorted(NIK_REASONS)}")
    if reason == "future" and today >= dt.date(1999, 12, 31):
        raise InvalidInputError("'future' NIKs exist only for a reference date before 1999-12-31")
    digits = draw(valid_niks(today=today))
    return _CORRUPT[reason](draw, digits, today)


def _characters(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    position = draw(st.integers(0, 15))
    letter = draw(st.sampled_from("abcxyzOI/+"))
    return digits[:position] + letter + digits[position + 1 :]


def _length(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    cut = draw(st.integers(1, 3))
    return draw(st.sampled_from((digits[:-cut], digits + digits[:cut])))


def _province(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    return draw(st.sampled_from(_UNKNOWN_PROVINCES)) + digits[2:]


def _regency(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    return digits[:2] + "00" + digits[4:]


def _district(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    return digits[:4] + "00" + digits[6:]


def _month(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    month = draw(st.sampled_from((0, *range(13, 100))))
    return digits[:8] + f"{month:02d}" + digits[10:]


def _day(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    day = draw(st.sampled_from((0, *range(32, 41), *range(72, 100))))
    return digits[:6] + f"{day:02d}" + digits[8:]


def _serial(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    return digits[:12] + "0000"


def _impossible_date(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    month = draw(st.integers(1, 12))
    if month == 2:
        day = draw(st.sampled_from((29, 30, 31)))
        leap_free = [yy for yy in range(100) if yy % 4]
        yy = draw(st.sampled_from(leap_free)) if day == 29 else draw(st.integers(0, 99))
    else:
        if _MONTH_DAYS[month - 1] == 31:
            month = draw(st.sampled_from((4, 6, 9, 11)))
        day = 31
        yy = draw(st.integers(0, 99))
    day += draw(st.sampled_from((0, 40)))
    return digits[:6] + f"{day:02d}{month:02d}{yy:02d}" + digits[12:]


def _future(draw: st.DrawFn, digits: str, today: dt.date) -> str:
    born = draw(st.dates(today + dt.timedelta(days=1), dt.date(1999, 12, 31)))
    day = born.day + draw(st.sampled_from((0, 40)))
    return digits[:6] + f"{day:02d}{born.month:02d}{born.year % 100:02d}" + digits[12:]


_CORRUPT: Final[dict[str, Callable[[st.DrawFn, str, dt.date], str]]] = {
    "characters": _characters,
    "length": _length,
    "province": _province,
    "regency": _regency,
    "district": _district,
    "month": _month,
    "day": _day,
    "date": _impossible_date,
    "serial": _serial,
    "future": _future,
}


@st.composite
def access_requests(
    draw: st.DrawFn,
    *,
    requesters: tuple[Requester, ...] = tuple(Requester),
    channels: tuple[AccessChannel, ...] = tuple(AccessChannel),
) -> AccessRequest:
    """Draw an :class:`AccessRequest`: any role, elements, purpose, channel and facts.

    Args:
        draw: supplied by Hypothesis.
        requesters: draw the role from these (default: all).
        channels: draw the channel from these (default: all).
    """
    return AccessRequest(
        draw(st.sampled_from(requesters)),
        draw(st.lists(st.sampled_from(tuple(DataElement)), min_size=1, max_size=6, unique=True)),
        purpose=draw(st.sampled_from(tuple(AccessPurpose))),
        channel=draw(st.sampled_from(channels)),
        facts=draw(st.frozensets(st.sampled_from(tuple(AccessFact)))),
    )


@st.composite
def phone_numbers(draw: st.DrawFn) -> str:
    """Draw an Indonesian mobile number as people write it: ``0812-3456-789``, ``+62 812…``."""
    subscriber = draw(st.text("0123456789", min_size=6, max_size=9))
    operator = draw(st.sampled_from(("11", "12", "13", "21", "22", "52", "53", "77", "78", "95")))
    national = "8" + operator + subscriber  # 9-12 digits after the leading 0 or 62
    style = draw(st.sampled_from(("local", "local_grouped", "plus", "plus_grouped", "bare")))
    if style == "local":
        return "0" + national
    if style == "local_grouped":
        sep = draw(st.sampled_from((" ", "-", ".")))
        local = "0" + national
        return sep.join((local[:4], local[4:8], local[8:]))
    if style == "plus":
        return "+62" + national
    if style == "plus_grouped":
        return f"+62 {national[:3]}-{national[3:7]}-{national[7:]}"
    return "62" + national


@st.composite
def emails(draw: st.DrawFn) -> str:
    """Draw an e-mail address such as ``budi.s@mail.example.id``."""
    word = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)
    local = ".".join(draw(st.lists(word, min_size=1, max_size=3)))
    labels = draw(st.lists(word, min_size=1, max_size=3))
    tld = draw(st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=4))
    return f"{local}@{'.'.join([*labels, tld])}"


#: Filler phrases that hold numbers but no personal data (dates, amounts, RT/RW, queues).
_FILLER: Final = (
    "saya",
    "mohon bantuan",
    "KTP-el saya belum jadi",
    "sudah bayar Rp 300.000",
    "RT 03/RW 05",
    "RT 003 RW 012",
    "antrian nomor 123",
    "tanggal 17-08-2024",
    "sejak 01/02/2025",
    "tahun 2025",
    "jam 08.30",
    "kode pos 40115",
    "nomor 12",
    "sudah 3 kali",
)


@st.composite
def nik_texts(draw: st.DrawFn) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """Draw a complaint-like text with NIKs, phones and e-mails among harmless phrases.

    Returns:
        ``(text, items)`` where each item is ``(kind, start, end)``: ``kind`` is ``"nik"``,
        ``"telepon"`` or ``"email"`` and ``text[start:end]`` is the value that was inserted.
    """
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_FILLER).map(lambda s: ("", s)),
                valid_niks(written=True).map(lambda s: ("nik", s)),
                phone_numbers().map(lambda s: ("telepon", s)),
                emails().map(lambda s: ("email", s)),
            ),
            max_size=8,
        )
    )
    text = ""
    items: list[tuple[str, int, int]] = []
    previous_kind = ""
    for kind, piece in pieces:
        if text:
            # Keep values apart with a word, as people write them ("NIK …, hp …").
            text += " dan " if kind and previous_kind else draw(st.sampled_from((" ", ", ")))
        start = len(text)
        text += piece
        if kind:
            items.append((kind, start, len(text)))
        previous_kind = kind
    return text, tuple(items)
