"""Batch triage beside a loop of single calls (issue 5), on distinct real-register texts.

Uses ``../shared/data/complaints_dev.jsonl`` when present (each text made distinct so that
no result is reused), otherwise built-in samples. ``triage_many`` in one process only saves
the per-call checks and repeated texts; ``workers=2`` uses the machine's second core. The
SLA batch functions are measured in ``bench_sla.py``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lapor_rules import triage, triage_many

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "complaints_dev.jsonl"
SAMPLES = [
    "Syarat bikin KIA untuk anak umur 3 tahun apa saja ya?",
    "NIK saya dipakai orang untuk pinjol, saya ditagih terus",
    "Sudah 3 bulan rekam KTP belum jadi, katanya blanko habis",
    "Petugas kelurahan minta Rp300.000 supaya KK cepat jadi",
]


def _texts() -> list[str]:
    if DATA.is_file():
        base = [json.loads(line)["text"] for line in DATA.read_text("utf-8").splitlines()]
    else:
        base = SAMPLES * 50
    return [f"{text} (kasus {k})" for k in range(10) for text in base]


def _seconds(run: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    """Print µs per complaint for a loop, ``triage_many`` and ``triage_many(workers=2)``."""
    texts = _texts()
    loop = _seconds(lambda: [triage(t) for t in texts])
    rows = [
        ("loop of triage()", loop),
        ("triage_many()", _seconds(lambda: triage_many(texts))),
        ("triage_many(workers=2)", _seconds(lambda: triage_many(texts, workers=2))),
    ]
    print(f"{len(texts)} distinct complaints")
    print(f"{'':<26} {'µs/complaint':>12} {'complaints/s':>13} {'speed-up':>9}")
    for name, seconds in rows:
        us = seconds / len(texts) * 1e6
        print(f"{name:<26} {us:12.1f} {len(texts) / seconds:13.0f} {loop / seconds:8.2f}x")


if __name__ == "__main__":
    main()
