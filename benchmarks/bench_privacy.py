"""Speed of the privacy hot paths: check_access, parse_nik, find_personal_data / redact.

Targets (the privacy brief): ``check_access`` < 20 µs per call, ``parse_nik`` < 5 µs;
anchors (reading/anchors.md §3.3): lokal ``parse_nik`` 4.7 µs, stdnum ``is_valid`` 16 µs,
pycasbin ``enforce`` 69-79 µs. Each row is the best of 5 repeats. Usage:
``PYTHONPATH=src python benchmarks/bench_privacy.py``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import time
from collections.abc import Callable

from lapor_rules import AccessRequest, check_access, find_personal_data, parse_nik, redact
from lapor_rules.privacy import ACCESS_RULES, AccessFact, DataElement, ElementResult
from lapor_rules.privacy.access_rules import AccessRule
from lapor_rules.privacy.engine import _decide

TODAY = dt.date(2026, 11, 23)


def _best_us(fn: Callable[[], object], number: int) -> float:
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, time.perf_counter() - started)
    return best / number * 1e6


def _cycle(fn: Callable[[object], object], items: list[object]) -> Callable[[], object]:
    iterator = iter(items * 1000)
    return lambda: fn(next(iterator))


# --- reference implementations (plain, unindexed) ---------------------------------------


def _reference_decide(request: AccessRequest) -> dict[DataElement, str]:
    """First-match per element by scanning the table with set checks (no index, no cache)."""
    stated = set(request.facts)
    results: dict[DataElement, str] = {}
    for element in request.elements:
        results[element] = "PRIV-DEFAULT"
        for rule in ACCESS_RULES:
            if _reference_matches(rule, request, element, stated):
                results[element] = rule.id
                break
    return results


def _reference_matches(
    rule: AccessRule, request: AccessRequest, element: DataElement, stated: set[AccessFact]
) -> bool:
    aggregate = element is DataElement.AGREGAT
    scope = rule.scope == "any" or (rule.scope == "aggregate") == aggregate
    return (
        scope
        and (rule.requesters is None or request.requester in rule.requesters)
        and (rule.channels is None or request.channel in rule.channels)
        and (rule.purposes is None or request.purpose in rule.purposes)
        and rule.facts <= stated
        and not (rule.absent_facts & stated)
    )


_NIK_RE = re.compile(r"^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{4})$")


def _reference_parse_nik(nik: str) -> dt.date:
    """A typical hand-written validator: regex + strptime (no century rule, no regions)."""
    match = _NIK_RE.match(nik.replace(".", "").replace(" ", "").replace("-", ""))
    if match is None:
        raise ValueError("bad NIK")
    day = int(match.group(4))
    return dt.datetime.strptime(
        f"{day - 40 if day > 40 else day:02d}{match.group(5)}{match.group(6)}", "%d%m%y"
    ).date()


_NAIVE = re.compile(r"\b\d{16}\b|\b(?:\+62|62|0)8\d{8,11}\b|[\w.+-]+@[\w-]+\.[\w.]+")


def _random_requests(count: int) -> list[object]:
    rng = random.Random(7)
    requests: list[object] = []
    for _ in range(count):
        requests.append(
            AccessRequest(
                rng.choice(["public", "subject", "family_member", "institution", "officer"]),
                rng.sample([e.value for e in DataElement], rng.randint(1, 4)),
                purpose=rng.choice(["kepentingan_pribadi", "pelayanan_publik"]),
                channel=rng.choice(["private", "system", "public"]),
                facts=rng.sample([f.value for f in AccessFact], rng.randint(0, 3)),
            )
        )
    return requests


_COMPLAINT = (
    "Selamat siang, KTP-el saya (NIK 3171011708450001) belum jadi padahal sudah 3 bulan. "
    "No KK 3171-0117-0845-0002. Sudah bayar Rp 300.000 di RT 03/RW 05 tanggal 17-08-2024. "
    "Mohon hubungi 0812-3456-7890 atau budi.santoso@example.com. Antrian nomor 123. "
)


def main() -> None:
    """Print µs per call (and MB/s for text) beside the reference implementations."""
    third_party = AccessRequest(
        "public", ["nik", "alamat_sekarang"], purpose="kepentingan_pribadi", channel="private"
    )
    institution = AccessRequest(
        "institution",
        ["nik", "sidik_jari", "agregat"],
        purpose="pelayanan_publik",
        channel="system",
        facts=["cooperation_agreement"],
    )
    varied = _random_requests(500)
    assert ElementResult.GRANTED  # the enum is importable from the public package
    rows = [
        ("check_access, same request (cached)", _best_us(lambda: check_access(third_party), 20000)),
        ("check_access engine, 2 elements (no cache)", _best_us(
            lambda: _decide(third_party, ACCESS_RULES), 20000)),
        ("check_access engine, 3 elements, 3 reasons (no cache)", _best_us(
            lambda: _decide(institution, ACCESS_RULES), 20000)),
        ("check_access engine, 500 varied requests (no cache)", _best_us(
            _cycle(lambda r: _decide(r, ACCESS_RULES), varied), 20000)),  # type: ignore[arg-type]
        ("reference: unindexed scan, per-element results only", _best_us(
            _cycle(_reference_decide, varied), 20000)),  # type: ignore[arg-type]
        ("parse_nik, plain 16 digits", _best_us(
            lambda: parse_nik("3171011708450001", today=TODAY), 50000)),
        ("parse_nik, with separators", _best_us(
            lambda: parse_nik("31.7101.170845.0001", today=TODAY), 50000)),
        ("reference: regex + strptime (no regions, no century rule)", _best_us(
            lambda: _reference_parse_nik("3171011708450001"), 50000)),
    ]  # fmt: skip
    print("| what | µs per call |")
    print("|---|---|")
    for name, micros in rows:
        print(f"| {name} | {micros:.2f} |")

    text = _COMPLAINT * (1_000_000 // len(_COMPLAINT))
    hostile = "12 " * 333_333
    print()
    print("| text (≈1 MB) | find_personal_data MB/s | redact MB/s | naive regex sub MB/s |")
    print("|---|---|---|---|")
    for name, sample in (("complaints", text), ("hostile '12 12 12 …'", hostile)):
        size = len(sample) / 1e6
        print(
            f"| {name} | {_mb_per_s(find_personal_data, sample, size):.1f} "
            f"| {_mb_per_s(redact, sample, size):.1f} "
            f"| {_mb_per_s(_naive_redact, sample, size):.1f} |"
        )


def _naive_redact(text: str) -> str:
    return _NAIVE.sub("[X]", text)


def _mb_per_s(fn: Callable[[str], object], sample: str, size: float) -> float:
    return size / (_best_us(lambda: fn(sample), 1) / 1e6)


if __name__ == "__main__":
    main()
