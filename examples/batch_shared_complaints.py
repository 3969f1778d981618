"""Triage a whole file of complaints across processes, then compute their resolution deadlines.

Reads ``../shared/data/complaints_dev.jsonl`` beside the repository when it is there (real
complaints we may evaluate on but not ship), otherwise a few built-in samples. Prints only
counts: complaint text is personal data and is never printed.

Run: ``python examples/batch_shared_complaints.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

from lapor_rules import Complaint, SlaPolicy, deadline_many, triage_many

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "complaints_dev.jsonl"
WIB = ZoneInfo("Asia/Jakarta")
SAMPLES = [
    ("2026-03-16 09:00:00", "Syarat bikin KIA untuk anak umur 3 tahun apa saja ya?"),
    ("2026-03-16 10:30:00", "NIK saya dipakai orang untuk pinjol, saya ditagih terus"),
    ("2026-03-17 15:00:00", "Sudah 3 bulan rekam KTP belum jadi, katanya blanko habis"),
    ("2026-03-18 08:00:00", "Petugas kelurahan minta Rp300.000 supaya KK cepat jadi"),
]


def load() -> tuple[str, list[Complaint]]:
    """The complaints to process and where they came from."""
    if DATA.is_file():
        rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
        pairs = [(row["received"], row["text"]) for row in rows]
        source = f"{len(pairs)} complaints from {DATA.name}"
    else:
        pairs, source = SAMPLES, f"{len(SAMPLES)} built-in samples"
    complaints = [
        Complaint(text, received_at=dt.datetime.fromisoformat(received).replace(tzinfo=WIB))
        for received, text in pairs
    ]
    return source, complaints


def main() -> None:
    """Triage in two worker processes, then resolution deadlines for all in one call."""
    source, complaints = load()
    results = triage_many(complaints, workers=2, chunksize=50)
    policy = SlaPolicy.default()
    limits = [policy.limit_for_complexity(r.complexity) for r in results]
    received = [c.received_at for c in complaints if c.received_at is not None]
    due = deadline_many(received, limits)
    print(f"Diproses / processed: {source}")
    print("Urgensi / urgency:      ", dict(Counter(r.urgency.value for r in results)))
    print("Kompleksitas / complexity:", dict(Counter(r.complexity.value for r in results)))
    print("Data pihak ketiga / third-party data:", sum(r.third_party_data for r in results))
    late = max(due, key=lambda d: d.due_at - d.received_at)
    print(f"Tenggat terjauh / furthest deadline: {late.limit} -> {late.due_at:%Y-%m-%d %H:%M}")


if __name__ == "__main__":
    main()
