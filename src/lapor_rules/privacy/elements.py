"""The population-data elements of UU 24/2013 Pasal 58: 31 individual elements and aggregates.

:class:`DataElement` is the set of stable codes (used in inputs, outputs and JSON); the table
:data:`ELEMENTS` gives each one its letter in Pasal 58(2), its Indonesian and English names,
and whether it is *protected* Data Pribadi under Pasal 84(1) as amended (PP 40/2019 Pasal 54):
disability, fingerprints, iris, signature and "aib". NIK and KK number are not on that list,
but like every Pasal 58(2) element they are confidential under Pasal 79(1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Final

__all__ = ["ELEMENTS", "DataElement", "ElementInfo"]


class DataElement(str, Enum):
    """A population-data element, by its stable code (``privacy-policy.md``, "Codes")."""

    NOMOR_KK = "nomor_kk"
    NIK = "nik"
    NAMA_LENGKAP = "nama_lengkap"
    JENIS_KELAMIN = "jenis_kelamin"
    TEMPAT_LAHIR = "tempat_lahir"
    TANGGAL_LAHIR = "tanggal_lahir"
    GOLONGAN_DARAH = "golongan_darah"
    AGAMA = "agama"
    STATUS_PERKAWINAN = "status_perkawinan"
    STATUS_HUBUNGAN_KELUARGA = "status_hubungan_keluarga"
    CACAT_FISIK_MENTAL = "cacat_fisik_mental"
    PENDIDIKAN_TERAKHIR = "pendidikan_terakhir"
    JENIS_PEKERJAAN = "jenis_pekerjaan"
    NIK_IBU = "nik_ibu"
    NAMA_IBU = "nama_ibu"
    NIK_AYAH = "nik_ayah"
    NAMA_AYAH = "nama_ayah"
    ALAMAT_SEBELUMNYA = "alamat_sebelumnya"
    ALAMAT_SEKARANG = "alamat_sekarang"
    KEPEMILIKAN_AKTA_KELAHIRAN = "kepemilikan_akta_kelahiran"
    NOMOR_AKTA_KELAHIRAN = "nomor_akta_kelahiran"
    KEPEMILIKAN_AKTA_PERKAWINAN = "kepemilikan_akta_perkawinan"
    NOMOR_AKTA_PERKAWINAN = "nomor_akta_perkawinan"
    TANGGAL_PERKAWINAN = "tanggal_perkawinan"
    KEPEMILIKAN_AKTA_PERCERAIAN = "kepemilikan_akta_perceraian"
    NOMOR_AKTA_PERCERAIAN = "nomor_akta_perceraian"
    TANGGAL_PERCERAIAN = "tanggal_perceraian"
    SIDIK_JARI = "sidik_jari"
    IRIS_MATA = "iris_mata"
    TANDA_TANGAN = "tanda_tangan"
    AIB = "aib"
    AGREGAT = "agregat"

    @property
    def info(self) -> ElementInfo:
        """The element's row in :data:`ELEMENTS`."""
        return ELEMENTS[self]

    @property
    def letter(self) -> str:
        """The letter in Pasal 58(2) (``"a"`` … ``"ee"``), or ``"(3)"`` for aggregate data."""
        return ELEMENTS[self].letter

    @property
    def protected(self) -> bool:
        """Whether the element is protected Data Pribadi under Pasal 84(1)."""
        return ELEMENTS[self].protected

    @property
    def aggregate(self) -> bool:
        """Whether this is aggregate data (Pasal 58(3)) rather than an individual element."""
        return self is DataElement.AGREGAT


@dataclass(frozen=True, slots=True)
class ElementInfo:
    """One row of the element table.

    Attributes:
        element: the code.
        letter: the letter in Pasal 58(2), or ``"(3)"`` for aggregate data.
        name_id: the Indonesian name, as in the statute.
        name_en: the English name.
        protected: protected Data Pribadi under Pasal 84(1) as amended.
        source: the article the row comes from.
    """

    element: DataElement
    letter: str
    name_id: str
    name_en: str
    protected: bool
    source: str


_E = DataElement
_ROWS: Final[tuple[tuple[DataElement, str, str, str, bool], ...]] = (
    (_E.NOMOR_KK, "a", "nomor KK", "family card (KK) number", False),
    (_E.NIK, "b", "NIK", "population identity number (NIK)", False),
    (_E.NAMA_LENGKAP, "c", "nama lengkap", "full name", False),
    (_E.JENIS_KELAMIN, "d", "jenis kelamin", "sex", False),
    (_E.TEMPAT_LAHIR, "e", "tempat lahir", "place of birth", False),
    (_E.TANGGAL_LAHIR, "f", "tanggal/bulan/tahun lahir", "date of birth", False),
    (_E.GOLONGAN_DARAH, "g", "golongan darah", "blood type", False),
    (_E.AGAMA, "h", "agama/kepercayaan", "religion or belief", False),
    (_E.STATUS_PERKAWINAN, "i", "status perkawinan", "marital status", False),
    (
        _E.STATUS_HUBUNGAN_KELUARGA,
        "j",
        "status hubungan dalam keluarga",
        "relationship within the family",
        False,
    ),
    (
        _E.CACAT_FISIK_MENTAL,
        "k",
        "cacat fisik dan/atau mental",
        "physical and/or mental disability",
        True,
    ),
    (_E.PENDIDIKAN_TERAKHIR, "l", "pendidikan terakhir", "highest education", False),
    (_E.JENIS_PEKERJAAN, "m", "jenis pekerjaan", "occupation", False),
    (_E.NIK_IBU, "n", "NIK ibu kandung", "mother's NIK", False),
    (_E.NAMA_IBU, "o", "nama ibu kandung", "mother's name", False),
    (_E.NIK_AYAH, "p", "NIK ayah", "father's NIK", False),
    (_E.NAMA_AYAH, "q", "nama ayah", "father's name", False),
    (_E.ALAMAT_SEBELUMNYA, "r", "alamat sebelumnya", "previous address", False),
    (_E.ALAMAT_SEKARANG, "s", "alamat sekarang", "current address", False),
    (
        _E.KEPEMILIKAN_AKTA_KELAHIRAN,
        "t",
        "kepemilikan akta kelahiran/surat kenal lahir",
        "holds a birth certificate",
        False,
    ),
    (
        _E.NOMOR_AKTA_KELAHIRAN,
        "u",
        "nomor akta kelahiran/nomor surat kenal lahir",
        "birth certificate number",
        False,
    ),
    (
        _E.KEPEMILIKAN_AKTA_PERKAWINAN,
        "v",
        "kepemilikan akta perkawinan/buku nikah",
        "holds a marriage certificate",
        False,
    ),
    (
        _E.NOMOR_AKTA_PERKAWINAN,
        "w",
        "nomor akta perkawinan/buku nikah",
        "marriage certificate number",
        False,
    ),
    (_E.TANGGAL_PERKAWINAN, "x", "tanggal perkawinan", "date of marriage", False),
    (
        _E.KEPEMILIKAN_AKTA_PERCERAIAN,
        "y",
        "kepemilikan akta perceraian",
        "holds a divorce certificate",
        False,
    ),
    (
        _E.NOMOR_AKTA_PERCERAIAN,
        "z",
        "nomor akta perceraian/surat cerai",
        "divorce certificate number",
        False,
    ),
    (_E.TANGGAL_PERCERAIAN, "aa", "tanggal perceraian", "date of divorce", False),
    (_E.SIDIK_JARI, "bb", "sidik jari", "fingerprints", True),
    (_E.IRIS_MATA, "cc", "iris mata", "iris", True),
    (_E.TANDA_TANGAN, "dd", "tanda tangan", "signature", True),
    (
        _E.AIB,
        "ee",
        "elemen data lainnya yang merupakan aib seseorang",
        "other data that would disgrace the person (aib)",
        True,
    ),
    (_E.AGREGAT, "(3)", "data agregat", "aggregate data (statistics, no individual)", False),
)


def _source(letter: str, protected: bool) -> str:
    if letter == "(3)":
        return "UU 24/2013 Pasal 58 ayat (3)"
    article = f"UU 24/2013 Pasal 58 ayat (2) huruf {letter}"
    return f"{article}; Pasal 84 ayat (1)" if protected else article


#: Element -> its row: letter, names, protected flag and source article.
ELEMENTS: Final[Mapping[DataElement, ElementInfo]] = MappingProxyType(
    {
        element: ElementInfo(
            element, letter, name_id, name_en, protected, _source(letter, protected)
        )
        for element, letter, name_id, name_en, protected in _ROWS
    }
)
