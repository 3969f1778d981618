"""Indonesia's 38 provinces: Kemendagri codes, names and office time zones.

Codes follow Kepmendagri 300.2.2-2138/2025 (the codes NIKs carry, not BPS codes); zones follow
Keppres 41/1987 (WIB ``Asia/Jakarta``, WITA ``Asia/Makassar``, WIT ``Asia/Jayapura``). The
table is shared by :meth:`WorkingCalendar.for_province` and NIK parsing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from lapor_rules.errors import InvalidInputError

__all__ = [
    "PROVINCES",
    "ZONES",
    "ZONE_ALIASES",
    "Province",
    "ZoneName",
    "province",
    "resolve_zone",
]

ZoneName = Literal["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]

#: The three office zones, with their Indonesian abbreviation and UTC offset in hours.
ZONES: Final[Mapping[ZoneName, tuple[str, int]]] = MappingProxyType(
    {"Asia/Jakarta": ("WIB", 7), "Asia/Makassar": ("WITA", 8), "Asia/Jayapura": ("WIT", 9)}
)

#: Accepted spellings of each zone (case-insensitive): abbreviations and Indonesia's other
#: IANA name for UTC+7 (``Asia/Pontianak``).
ZONE_ALIASES: Final[Mapping[str, ZoneName]] = MappingProxyType(
    {
        "asia/jakarta": "Asia/Jakarta",
        "asia/pontianak": "Asia/Jakarta",
        "wib": "Asia/Jakarta",
        "asia/makassar": "Asia/Makassar",
        "wita": "Asia/Makassar",
        "asia/jayapura": "Asia/Jayapura",
        "wit": "Asia/Jayapura",
    }
)


@dataclass(frozen=True, slots=True)
class Province:
    """One province: its two-digit code, name and office time zone."""

    code: str
    name: str
    zone: ZoneName

    @property
    def zone_abbreviation(self) -> str:
        """``WIB``, ``WITA`` or ``WIT``."""
        return ZONES[self.zone][0]


_WIB: Final = "Asia/Jakarta"
_WITA: Final = "Asia/Makassar"
_WIT: Final = "Asia/Jayapura"

_ROWS: Final[tuple[tuple[str, str, ZoneName], ...]] = (
    ("11", "Aceh", _WIB),
    ("12", "Sumatera Utara", _WIB),
    ("13", "Sumatera Barat", _WIB),
    ("14", "Riau", _WIB),
    ("15", "Jambi", _WIB),
    ("16", "Sumatera Selatan", _WIB),
    ("17", "Bengkulu", _WIB),
    ("18", "Lampung", _WIB),
    ("19", "Kepulauan Bangka Belitung", _WIB),
    ("21", "Kepulauan Riau", _WIB),
    ("31", "DKI Jakarta", _WIB),
    ("32", "Jawa Barat", _WIB),
    ("33", "Jawa Tengah", _WIB),
    ("34", "DI Yogyakarta", _WIB),
    ("35", "Jawa Timur", _WIB),
    ("36", "Banten", _WIB),
    ("51", "Bali", _WITA),
    ("52", "Nusa Tenggara Barat", _WITA),
    ("53", "Nusa Tenggara Timur", _WITA),
    ("61", "Kalimantan Barat", _WIB),
    ("62", "Kalimantan Tengah", _WIB),
    ("63", "Kalimantan Selatan", _WITA),
    ("64", "Kalimantan Timur", _WITA),
    ("65", "Kalimantan Utara", _WITA),
    ("71", "Sulawesi Utara", _WITA),
    ("72", "Sulawesi Tengah", _WITA),
    ("73", "Sulawesi Selatan", _WITA),
    ("74", "Sulawesi Tenggara", _WITA),
    ("75", "Gorontalo", _WITA),
    ("76", "Sulawesi Barat", _WITA),
    ("81", "Maluku", _WIT),
    ("82", "Maluku Utara", _WIT),
    ("91", "Papua", _WIT),
    ("92", "Papua Barat", _WIT),
    ("93", "Papua Selatan", _WIT),
    ("94", "Papua Tengah", _WIT),
    ("95", "Papua Pegunungan", _WIT),
    ("96", "Papua Barat Daya", _WIT),
)

#: Code -> :class:`Province`, for the 38 provinces (Kepmendagri 300.2.2-2138/2025).
PROVINCES: Final[Mapping[str, Province]] = MappingProxyType(
    {code: Province(code, name, zone) for code, name, zone in _ROWS}
)


def province(code: str | int) -> Province:
    """Return the province with this two-digit Kemendagri code (``"32"`` or ``32``).

    Raises:
        InvalidInputError: the code is not one of the 38 province codes.
    """
    key = f"{code:02d}" if isinstance(code, int) and not isinstance(code, bool) else code
    if not isinstance(key, str) or key not in PROVINCES:
        raise InvalidInputError(
            "unknown province code: expected one of the 38 two-digit Kemendagri codes "
            "(11-96, e.g. '32' for Jawa Barat)"
        )
    return PROVINCES[key]


def resolve_zone(name: str) -> ZoneName:
    """Return the canonical IANA zone for ``name`` (an IANA name or WIB/WITA/WIT).

    Raises:
        InvalidInputError: ``name`` is not one of Indonesia's office zones.
    """
    if isinstance(name, str):
        zone = ZONE_ALIASES.get(name.strip().lower())
        if zone is not None:
            return zone
    raise InvalidInputError(
        f"unknown time zone {name!r}: use Asia/Jakarta (WIB), Asia/Makassar (WITA) "
        "or Asia/Jayapura (WIT)"
    )
