"""Feast days as time references: "sejak sebelum puasa", "dari habis Natal", "Lebaran kemarin".

Citizens often date an application by the religious or national calendar rather than by
month. This module is the table of those words and the lookup of each feast's day in a
given year, read from the national working calendar (``WorkingCalendar.indonesia()``: its
closures carry the official holiday names). The fasting month is counted back from Idul Fitri.
Years outside the calendar's coverage have no feast days (the reference is then not read).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lapor_rules.calendar import WorkingCalendar

__all__ = ["FEAST_HEADS", "FEAST_QUALIFIERS", "feast_day"]

#: A feast's head word (normalised) and the word after it, when needed, -> feast key.
#: ``None`` as the second word is the head alone. "baru" counts only after "tahun".
FEAST_HEADS: dict[str, dict[str | None, str]] = {
    "raya": {None: "idul_fitri"},  # "hari raya" alone is Idul Fitri
    "baru": {None: "tahun_baru", "islam": "tahun_baru_islam", "hijriah": "tahun_baru_islam"},
    "lebaran": {None: "idul_fitri", "haji": "idul_adha", "kurban": "idul_adha",
                "qurban": "idul_adha", "idul": "idul_fitri"},
    "idul": {"fitri": "idul_fitri", "adha": "idul_adha"},
    "idulfitri": {None: "idul_fitri"},
    "iduladha": {None: "idul_adha"},
    "puasa": {None: "ramadan"},
    "ramadan": {None: "ramadan"},
    "ramadhan": {None: "ramadan"},
    "natal": {None: "natal"},
    "natalan": {None: "natal"},
    "nyepi": {None: "nyepi"},
    "waisak": {None: "waisak"},
    "imlek": {None: "imlek"},
    "paskah": {None: "paskah"},
    "agustusan": {None: "kemerdekaan"},  # 17 August, Independence Day
    "tujuhbelasan": {None: "kemerdekaan"},
}  # fmt: skip

#: Words between "sejak"/"dari" and the feast, with the days they add to its day: "sejak
#: sebelum puasa" (a week before), "dari habis Lebaran" (a week after: cuti bersama).
FEAST_QUALIFIERS: dict[str, int] = {
    "sebelum": -7, "menjelang": -7, "jelang": -7,
    "habis": 7, "setelah": 7, "sesudah": 7, "selesai": 7, "selepas": 7,
    "pasca": 7, "lepas": 7, "usai": 7,
    "awal": 0, "pertengahan": 14, "akhir": 25, "bulan": 0, "pas": 0, "waktu": 0, "saat": 0,
    "hari": 0, "raya": 0, "mau": -7,
    "pertama": 0, "kedua": 1, "ketiga": 2, "keempat": 3, "kelima": 4,
}  # fmt: skip

#: Feast key -> the calendar closure name it is read from, and days added to that day.
_CLOSURES: dict[str, tuple[str, int]] = {
    "idul_fitri": ("Hari Raya Idul Fitri", 0),
    "ramadan": ("Hari Raya Idul Fitri", -30),  # 1 Ramadan: thirty days before Idul Fitri
    "idul_adha": ("Hari Raya Idul Adha", 0),
    "natal": ("Hari Raya Natal", 0),
    "nyepi": ("Hari Suci Nyepi", 0),
    "waisak": ("Hari Raya Waisak", 0),
    "imlek": ("Tahun Baru Imlek", 0),
    "paskah": ("Kebangkitan Yesus Kristus", 0),
    "tahun_baru": ("Tahun Baru Masehi", 0),
    "tahun_baru_islam": ("Tahun Baru Islam", 0),
    "kemerdekaan": ("Hari Kemerdekaan Republik Indonesia", 0),
}


@lru_cache(maxsize=512)
def feast_day(feast: str, year: int, calendar: WorkingCalendar) -> date | None:
    """The day ``feast`` (a value of :data:`FEAST_HEADS`) falls in ``year`` in ``calendar``.

    For ``ramadan`` the first day of the fasting month before that year's Idul Fitri.
    ``None`` when the year is outside the calendar or the feast is unknown.
    """
    entry = _CLOSURES.get(feast)
    if entry is None:
        return None
    name, shift = entry
    if year not in calendar.years:
        return None
    for closure in calendar.closures(year):
        if closure.name == name:
            return closure.date + timedelta(days=shift)
    return None
