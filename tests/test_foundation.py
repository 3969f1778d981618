"""Errors, the base model, bilingual text, citations and the province table."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lapor_rules import Bilingual, Citation, FrozenModelError, InvalidInputError, LaporRulesError
from lapor_rules.regions import PROVINCES, ZONES, province, resolve_zone


def test_invalid_input_is_value_error_and_library_error() -> None:
    with pytest.raises(ValueError, match="invalid Bilingual: en") as info:
        Bilingual(id="x")  # type: ignore[call-arg]
    assert isinstance(info.value, LaporRulesError)
    assert "en" in str(info.value)


def test_validation_error_never_echoes_the_input() -> None:
    secret = "3171011708450001"
    with pytest.raises(InvalidInputError) as info:
        Bilingual.model_validate({"id": "x", "en": "y", secret: secret})
    assert secret not in str(info.value)
    assert all("input" not in e for e in info.value.errors)


def test_models_are_frozen() -> None:
    text = Bilingual(id="Hari kerja", en="Working day")
    with pytest.raises(AttributeError) as info:
        text.id = "z"  # type: ignore[misc]
    assert isinstance(info.value, FrozenModelError)
    assert text.id == "Hari kerja"


def test_citation_knows_its_instrument() -> None:
    c = Citation(instrument="UU 24/2013", article="Pasal 79 ayat (1)")
    assert str(c) == "UU 24/2013 Pasal 79 ayat (1)"
    assert "Administrasi Kependudukan" in c.title
    with pytest.raises(InvalidInputError):
        Citation(instrument="UU 99/2099")


def test_38_provinces_with_the_2022_papua_codes() -> None:
    """C5 / legal-reference §6.1: 38 Kemendagri codes, WIT for all of Papua and Maluku."""
    assert len(PROVINCES) == 38
    assert [province(c).name for c in ("93", "94", "95", "96")] == [
        "Papua Selatan",
        "Papua Tengah",
        "Papua Pegunungan",
        "Papua Barat Daya",
    ]
    assert {p.zone for p in PROVINCES.values() if p.code[0] in "89"} == {"Asia/Jayapura"}
    assert province(65).zone == "Asia/Makassar"
    assert province("61").zone == "Asia/Jakarta"
    assert province("51").zone_abbreviation == "WITA"


@pytest.mark.parametrize("bad", ["00", "20", "99", "3", 7, True, None])
def test_unknown_province_code_is_rejected(bad: object) -> None:
    with pytest.raises(InvalidInputError, match="province code"):
        province(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("WIB", "Asia/Jakarta"),
        ("wita", "Asia/Makassar"),
        ("Asia/Jayapura", "Asia/Jayapura"),
        ("Asia/Pontianak", "Asia/Jakarta"),
    ],
)
def test_zone_aliases(name: str, zone: str) -> None:
    assert resolve_zone(name) == zone
    assert zone in ZONES


def test_unknown_zone_is_rejected() -> None:
    with pytest.raises(InvalidInputError, match="unknown time zone"):
        resolve_zone("Europe/Paris")


def test_cli_survives_a_closed_pipe() -> None:
    """``lapor-rules demo | head -1`` ends quietly, without a BrokenPipeError traceback."""
    cmd = f"{sys.executable} -m lapor_rules demo | head -1"
    done = subprocess.run(cmd, shell=True, capture_output=True, text=True, check=False)
    assert done.stdout.strip()
    assert "Traceback" not in done.stderr
