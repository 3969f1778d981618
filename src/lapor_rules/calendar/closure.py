"""Closures: the days an office is shut although they fall in its work week (rule C2)."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from lapor_rules._model import LaporModel

__all__ = ["Closure", "ClosureKind", "SkippedDay"]


class ClosureKind(str, Enum):
    """Why a day is closed (rule C2)."""

    NATIONAL_HOLIDAY = "national_holiday"
    """Libur nasional, including one-off holidays set by Keppres (election days)."""
    CUTI_BERSAMA = "cuti_bersama"
    """Cuti bersama (collective leave) set by the SKB of three ministers."""
    EXTRA = "extra"
    """A closure the caller added: a regional holiday, an office shut by a disaster."""


class Closure(LaporModel):
    """One closed day with its name, kind, whether the date is estimated, and its source.

    Two holidays can fall on one date (2021-05-13 was both Idul Fitri and Ascension Day); each
    is its own :class:`Closure`.

    >>> import datetime as dt
    >>> Closure(date=dt.date(2026, 3, 20), name="Cuti Bersama Hari Raya Idul Fitri",
    ...         kind=ClosureKind.CUTI_BERSAMA).kind.value
    'cuti_bersama'
    """

    date: dt.date
    name: str
    kind: ClosureKind = ClosureKind.EXTRA
    estimated: bool = False
    source: str = "caller"


class SkippedDay(LaporModel):
    """A non-working day and why: outside the work week (``weekend``), closed, or both.

    Deadlines list the days they skip (rule T6).
    """

    date: dt.date
    weekend: bool
    closures: tuple[Closure, ...] = ()
