"""Legal citations attached to rules and results, and the instruments they refer to.

A :class:`Citation` names an instrument (``"UU 24/2013"``) and, where it applies, an article
(``"Pasal 79 ayat (1)"``). The table :data:`INSTRUMENTS` gives each instrument's full title;
``legal-reference.md`` in the project's design material holds the sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from pydantic import field_validator

from lapor_rules._model import LaporModel

__all__ = ["INSTRUMENTS", "Citation", "cite"]

#: Short name -> full title of every instrument the rule tables cite.
INSTRUMENTS: Mapping[str, str] = MappingProxyType(
    {
        "UU 23/2006": "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
        "UU 24/2013": (
            "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas UU 23/2006 "
            "tentang Administrasi Kependudukan"
        ),
        "UU 25/2009": "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "UU 37/2008": "Undang-Undang Nomor 37 Tahun 2008 tentang Ombudsman Republik Indonesia",
        "UU 14/2008": "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "UU 27/2022": "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
        "UU 30/2014": "Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan",
        "PP 40/2019": (
            "Peraturan Pemerintah Nomor 40 Tahun 2019 tentang Pelaksanaan UU 23/2006 "
            "sebagaimana diubah dengan UU 24/2013"
        ),
        "Perpres 21/2023": (
            "Peraturan Presiden Nomor 21 Tahun 2023 tentang Hari Kerja dan Jam Kerja "
            "Instansi Pemerintah dan Pegawai ASN"
        ),
        "Perpres 76/2013": "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan",
        "Permendagri 102/2019": (
            "Peraturan Menteri Dalam Negeri Nomor 102 Tahun 2019 tentang Pemberian Hak Akses "
            "dan Pemanfaatan Data Kependudukan, diubah dengan Permendagri 17/2023"
        ),
        "Keppres 41/1987": "Keputusan Presiden Nomor 41 Tahun 1987 tentang Pembagian Wilayah Waktu",
        "Kepmendagri 300.2.2-2138/2025": (
            "Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 tentang Kode dan "
            "Data Wilayah Administrasi Pemerintahan"
        ),
        "SP4N-LAPOR!": "Ketentuan layanan SP4N-LAPOR! yang dipublikasikan KemenPAN-RB",
        "SIPPN": "Standar pelayanan instansi yang dipublikasikan di portal SIPPN KemenPAN-RB",
    }
)


class Citation(LaporModel):
    """A reference to a legal instrument and, optionally, one of its articles.

    >>> str(Citation(instrument="UU 24/2013", article="Pasal 79 ayat (1)"))
    'UU 24/2013 Pasal 79 ayat (1)'
    """

    instrument: str
    article: str = ""
    note: str = ""

    @field_validator("instrument")
    @classmethod
    def _known_instrument(cls, value: str) -> str:
        if value not in INSTRUMENTS:
            known = ", ".join(sorted(INSTRUMENTS))
            raise ValueError(f"unknown instrument; known instruments: {known}")
        return value

    @property
    def title(self) -> str:
        """The instrument's full title."""
        return INSTRUMENTS[self.instrument]

    def __str__(self) -> str:
        return f"{self.instrument} {self.article}".strip()


def cite(instrument: str, article: str = "", note: str = "") -> Citation:
    """Build a :class:`Citation`; a short form for rule tables."""
    return Citation(instrument=instrument, article=article, note=note)
