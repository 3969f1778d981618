"""Validate the hand-written triage edge-case table ``tests/cases/triage_edge_cases.jsonl``.

The table is labelled by hand with ``shared/domain/triage-rubric.md`` (the definition). These
tests check only the file's shape and its coverage promises (the CASES brief): valid JSON per
line, unique ids, allowed labels, a ``why`` on every row, a known tag vocabulary, ``received``
on rows with relative dates, no real-looking NIK outside third-party-data cases, at least 30
critical rows and 20 hard negatives. How the triage engine scores on the table is tested by
the triage capability, not here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lapor_rules.regions import PROVINCES

CASES_FILE = Path(__file__).resolve().parent / "cases" / "triage_edge_cases.jsonl"

URGENCIES = frozenset({"critical", "high", "medium", "low"})
COMPLEXITIES = frozenset({"simple", "normative", "complex", "oversight"})
REQUIRED_KEYS = frozenset(
    {"id", "text", "urgency", "complexity", "third_party_data", "tags", "why"}
)
OPTIONAL_KEYS = frozenset({"received"})

#: The closed tag vocabulary of the table (a typo in a tag would silently drop a row from a
#: per-tag report, so unknown tags fail).
TAGS = frozenset(
    {
        # situations
        "critical-implicit",
        "health",
        "death",
        "disaster",
        "identity-misuse",
        "data-leak",
        "misconduct",
        "vulnerable",
        "two-factors",
        "nik-ganda",
        "cross-agency",
        "cross-province",
        "system-wide",
        "service-moved",
        "repeat-complaint",
        # time
        "relative-date",
        "explicit-date",
        "near-deadline",
        "not-immediate",
        "wait-within-standard",
        "wait-past-standard",
        "wait-past-double",
        # hard negatives
        "hard-negative",
        "negation",
        "hypothetical",
        "past-resolved",
        "angry-minor",
        "praise",
        "question",
        # third-party data
        "third-party",
        "relatives-no-id",
        "own-child",
        "official-role",
        # register
        "abbreviation",
        "javanese",
        "no-punctuation",
        "repeated-letters",
        "numbers-as-words",
    }
)

#: Words that make a text's meaning depend on when it was received; such rows need
#: ``received`` so that "besok" or "minggu depan" can be resolved.
RELATIVE_DATE = re.compile(
    r"\b(besok|lusa|hari ini|kemarin|semalam|minggu (?:ini|depan|lalu)|bulan (?:lalu|depan)"
    r"|tahun lalu|dalam waktu dekat|jumat ini)\b",
    re.IGNORECASE,
)

#: Obvious keywords that a ``critical-implicit`` row must avoid (the point of the tag).
OBVIOUS_CRITICAL_WORDS = re.compile(r"darurat|pinjol|urgent|emergency", re.IGNORECASE)

#: A run of exactly 16 digits, not part of a longer digit run.
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)\d{16}(?!\d)")


def is_real_looking_nik(digits: str) -> bool:
    """Return True when 16 digits have the shape of a NIK (Permendagri 72/2019 layout).

    Shape: a valid province code, then regency and district codes, then the birth date
    ``DDMMYY`` (women add 40 to the day), then a serial number that is not ``0000``.
    """
    if len(digits) != 16 or not digits.isdigit():
        return False
    day, month, serial = int(digits[6:8]), int(digits[8:10]), digits[12:]
    if day > 40:
        day -= 40
    return (
        digits[:2] in PROVINCES
        and digits[2:4] != "00"
        and digits[4:6] != "00"
        and 1 <= day <= 31
        and 1 <= month <= 12
        and serial != "0000"
    )


def real_looking_niks(text: str) -> list[str]:
    """Return every standalone 16-digit run in ``text`` that looks like a real NIK."""
    return [m for m in _SIXTEEN_DIGITS.findall(text) if is_real_looking_nik(m)]


def _load_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(CASES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - reported as a failure
            pytest.fail(f"line {number} is not valid JSON: {exc}")
        assert isinstance(row, dict), f"line {number} is not a JSON object"
        rows.append(row)
    return rows


ROWS = _load_rows()
ROW_IDS = [str(row.get("id", f"line-{i}")) for i, row in enumerate(ROWS, 1)]


def test_file_has_about_150_rows_and_no_blank_lines() -> None:
    """CASES-SIZE: about 150 rows, one JSON object per line, nothing else."""
    lines = CASES_FILE.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines)
    assert 140 <= len(ROWS) <= 200


def test_ids_are_unique_and_sequential() -> None:
    """CASES-ID: ids are unique and numbered edge-001, edge-002, ... in file order."""
    ids = [row["id"] for row in ROWS]
    assert len(set(ids)) == len(ids)
    assert ids == [f"edge-{n:03d}" for n in range(1, len(ROWS) + 1)]


def test_texts_are_unique() -> None:
    """CASES-ID: no case is a copy of another (each row tests something of its own)."""
    texts = Counter(" ".join(row["text"].lower().split()) for row in ROWS)
    assert [t for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_row_shape_and_labels(row: dict[str, Any]) -> None:
    """CASES-SCHEMA: required keys, allowed rubric labels, a why, known tags."""
    keys = set(row)
    assert keys >= REQUIRED_KEYS, f"missing {sorted(REQUIRED_KEYS - keys)}"
    assert keys <= REQUIRED_KEYS | OPTIONAL_KEYS, f"unknown {sorted(keys - REQUIRED_KEYS)}"
    assert isinstance(row["text"], str)
    assert row["text"].strip()
    assert row["urgency"] in URGENCIES
    assert row["complexity"] in COMPLEXITIES
    assert isinstance(row["third_party_data"], bool)
    assert isinstance(row["why"], str)
    assert len(row["why"].strip()) >= 10
    tags = row["tags"]
    assert isinstance(tags, list)
    assert all(isinstance(t, str) for t in tags)
    assert len(set(tags)) == len(tags), "duplicate tag"
    assert set(tags) <= TAGS, f"unknown tags {sorted(set(tags) - TAGS)}"


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_received_is_an_aware_wib_timestamp(row: dict[str, Any]) -> None:
    """CASES-RECEIVED: received, when present, is ISO 8601 with the WIB offset (+07:00)."""
    if "received" not in row:
        return
    received = datetime.fromisoformat(row["received"])
    assert received.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_relative_dates_come_with_received(row: dict[str, Any]) -> None:
    """CASES-RECEIVED: a text with "besok", "minggu depan", ... carries a received time."""
    if RELATIVE_DATE.search(row["text"]) or {"relative-date", "explicit-date"} & set(row["tags"]):
        assert "received" in row


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_no_real_looking_nik_outside_third_party_cases(row: dict[str, Any]) -> None:
    """CASES-NIK / PRIV: a real-looking NIK appears only in third-party-data cases."""
    if not row["third_party_data"]:
        assert real_looking_niks(row["text"]) == []


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_tags_agree_with_labels(row: dict[str, Any]) -> None:
    """CASES-TAGS: the tags that restate a label agree with it (rubric urgency/TPD)."""
    tags = set(row["tags"])
    assert ("third-party" in tags) == row["third_party_data"]
    if "critical-implicit" in tags:
        assert row["urgency"] == "critical"
        assert not OBVIOUS_CRITICAL_WORDS.search(row["text"])
    if "wait-past-double" in tags or "near-deadline" in tags or "misconduct" in tags:
        assert row["urgency"] in {"critical", "high"}
    if "not-immediate" in tags:
        assert row["urgency"] != "critical"
    if "wait-within-standard" in tags or "praise" in tags:
        assert row["urgency"] in {"medium", "low"}
    if "hard-negative" in tags:
        assert row["urgency"] != "critical"


def test_coverage_promises() -> None:
    """CASES-COVERAGE: >= 30 critical rows, >= 20 hard negatives, every label used."""
    urgency = Counter(row["urgency"] for row in ROWS)
    complexity = Counter(row["complexity"] for row in ROWS)
    tags = Counter(tag for row in ROWS for tag in row["tags"])
    assert urgency["critical"] >= 30
    assert tags["hard-negative"] >= 20
    assert tags["critical-implicit"] >= 30
    assert min(urgency[u] for u in URGENCIES) >= 20
    assert min(complexity[c] for c in COMPLEXITIES) >= 10
    third_party = Counter(row["third_party_data"] for row in ROWS)
    assert third_party[True] >= 10
    assert third_party[False] >= 10


# --- the NIK detector the file check relies on -------------------------------------------

_PROVINCE_CODES = sorted(PROVINCES)


@st.composite
def nik_shaped(draw: st.DrawFn) -> str:
    """Draw a 16-digit string with the NIK layout (valid province, date, serial)."""
    prov = draw(st.sampled_from(_PROVINCE_CODES))
    regency = draw(st.integers(1, 99))
    district = draw(st.integers(1, 99))
    day = draw(st.integers(1, 31)) + draw(st.sampled_from([0, 40]))
    month = draw(st.integers(1, 12))
    year = draw(st.integers(0, 99))
    serial = draw(st.integers(1, 9999))
    return f"{prov}{regency:02d}{district:02d}{day:02d}{month:02d}{year:02d}{serial:04d}"


_FILLER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz .,:", max_size=30)


@given(nik=nik_shaped(), before=_FILLER, after=_FILLER)
def test_detector_finds_nik_shaped_numbers_in_text(nik: str, before: str, after: str) -> None:
    """CASES-NIK: every NIK-shaped 16-digit run inside text is reported."""
    assert real_looking_niks(f"{before}{nik}{after}") == [nik]


@given(nik=nik_shaped(), extra=st.integers(0, 9))
def test_detector_ignores_longer_digit_runs(nik: str, extra: int) -> None:
    """CASES-NIK: a 17-digit number (an account number, say) is not a NIK."""
    assert real_looking_niks(f"{nik}{extra}") == []
    assert real_looking_niks(f"{extra}{nik}") == []


@given(nik=nik_shaped(), keep=st.integers(0, 15))
def test_detector_ignores_masked_niks(nik: str, keep: int) -> None:
    """CASES-NIK: a NIK with any digit masked ("3578xxxx...") is not a whole NIK."""
    masked = nik[:keep] + "x" + nik[keep + 1 :]
    assert real_looking_niks(masked) == []


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        pytest.param("3578014507520003", True, id="female-day-plus-40"),
        pytest.param("3578011208990004", True, id="male"),
        pytest.param("1234567890123456", False, id="sequential-digits-day-78"),
        pytest.param("3578011213990004", False, id="month-13"),
        pytest.param("3578013212990004", False, id="day-32"),
        pytest.param("3578011208990000", False, id="serial-0000"),
        pytest.param("2078011208990004", False, id="province-20-unknown"),
    ],
)
def test_detector_examples(digits: str, expected: bool) -> None:
    """CASES-NIK: worked examples of the NIK shape."""
    assert is_real_looking_nik(digits) is expected
