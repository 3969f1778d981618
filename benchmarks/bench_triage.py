"""Benchmark triage throughput beside one pass of a single precompiled keyword regex.

Texts: the shared real complaints (``../shared/data/complaints_dev.jsonl``) when present,
else the built-in demo samples. Two references, each one ``finditer`` pass of a single
precompiled, case-insensitive keyword regex over the same texts: a compact one of the
rubric's typical signal words (what a hand-made "keyword triage" would search for; the
ratio the brief bounds), and one that alternates the whole default vocabulary (the same
words triage matches, as one regex). Targets (triage brief): at least 5,000 complaints per
second, and at most 25 times the reference.

Steady state is what a service sees: the first pass over the texts (which builds the rule
set's caches and, on the first date in a text, the national calendar) is timed and shown
apart; then each figure is the best of several rounds.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from lapor_rules.cli.triage_cmd import DEMO_COMPLAINTS
from lapor_rules.triage import Complaint, RuleSet, triage

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "complaints_dev.jsonl"
WIB = ZoneInfo("Asia/Jakarta")
ROUNDS = 5
_T = TypeVar("_T")


def _rows(path: Path = DATA) -> tuple[list[tuple[str, datetime | None]], str]:
    if path.is_file():
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        out = []
        for row in rows:
            received = row.get("received")
            # The shared data gives local times without a zone; its README says they are WIB.
            when = datetime.fromisoformat(received).replace(tzinfo=WIB) if received else None
            out.append((row["text"], when))
        return out, path.name
    return [(text, None) for _, text in DEMO_COMPLAINTS], "built-in samples"


#: The rubric's typical signal words (``triage-rubric.md``), for the compact reference.
RUBRIC_KEYWORDS = (
    "darurat", "operasi", "rawat inap", "icu", "igd", "cuci darah", "melahirkan", "jenazah",
    "dimakamkan", "meninggal", "pinjol", "pinjaman", "ditagih", "disalahgunakan", "dipakai",
    "bocor", "dijual", "banjir", "kebakaran", "bencana", "besok", "lusa", "hari ini",
    "minggu depan", "ujian", "sidang", "berangkat", "lansia", "disabilitas", "hamil", "bayi",
    "sakit", "bansos", "bpjs", "pensiun", "sekolah", "gaji", "bank", "tidak aktif",
    "tidak terdaftar", "diblokir", "pungli", "calo", "suap", "pungutan", "bulan", "minggu",
    "belum jadi", "blanko", "salah", "ganda", "pindah", "akta", "ktp", "kk", "kia", "nik",
    "error", "aplikasi", "syarat", "bagaimana", "cara", "jam buka", "terima kasih", "saran",
)  # fmt: skip


def _rubric_regex() -> re.Pattern[str]:
    words = sorted(RUBRIC_KEYWORDS, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _keyword_regex() -> re.Pattern[str]:
    phrases = sorted(
        {p.replace("*", "") for s in RuleSet.default().signals for p in s.phrases},
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")", re.IGNORECASE)


def _per_call(fn: Callable[[_T], object], items: Sequence[_T], repeat: int) -> float:
    """Best of ``ROUNDS`` rounds, each ``repeat`` passes over ``items``: seconds per call."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(repeat):
            for item in items:
                fn(item)
        best = min(best, (time.perf_counter() - start) / (repeat * len(items)))
    return best


def main(data: Path = DATA) -> None:
    """Print µs per complaint for triage and the keyword-regex reference.

    Args:
        data: a JSON Lines file of complaints (default: the shared evaluation data).
    """
    rows, source = _rows(data)
    texts = [text for text, _ in rows]
    complaints = [Complaint(text, received_at=when) for text, when in rows]
    regex = _keyword_regex()
    rubric = _rubric_regex()
    start = time.perf_counter()
    for complaint in complaints:
        triage(complaint)
    first = (time.perf_counter() - start) / len(complaints)
    repeat = max(1, 400 // len(texts))
    ours = _per_call(triage, texts, repeat)
    dated = _per_call(triage, complaints, repeat)
    ref = _per_call(lambda t: sum(1 for _ in regex.finditer(t)), texts, repeat)
    compact = _per_call(lambda t: sum(1 for _ in rubric.finditer(t)), texts, repeat)
    print(f"texts: {len(texts)} from {source}, mean {sum(map(len, texts)) / len(texts):.0f} chars")
    print(f"{'operation':<44}{'µs/call':>10}{'calls/s':>12}")
    print(f"{'first pass (caches and calendar built)':<44}{first * 1e6:>10.1f}{1 / first:>12,.0f}")
    print(f"{'triage(text)':<44}{ours * 1e6:>10.1f}{1 / ours:>12,.0f}")
    print(f"{'triage(Complaint with received_at)':<44}{dated * 1e6:>10.1f}{1 / dated:>12,.0f}")
    references = [
        (f"reference: rubric keyword regex ({len(RUBRIC_KEYWORDS)} words)", compact),
        ("reference: whole-vocabulary regex", ref),
    ]
    for label, value in references:
        print(f"{label:<44}{value * 1e6:>10.1f}{1 / value:>12,.0f}")
    print(
        f"ratio triage / rubric keyword regex: {ours / compact:.1f}x, / whole-vocabulary"
        f" regex: {ours / ref:.2f}x (target <= 25x; >= 5,000 calls/s)"
    )


if __name__ == "__main__":
    import sys

    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
