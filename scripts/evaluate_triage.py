"""Evaluate ``lapor_rules.triage`` on labelled complaints (JSON Lines).

Usage::

    python scripts/evaluate_triage.py [--data PATH] [--file NAME] [--bar real|hand] [--errors]

Each row needs ``text``, ``urgency``, ``complexity`` and ``third_party_data``; ``received``
(local time, WIB) is passed as ``received_at`` when present. The script prints agreement,
confusion matrices, under-triage, critical recall and third-party F1, and exits 1 when a
quality threshold fails (0 when they all pass, or with a message when the data folder is
absent).

The triage brief sets two bars: ``real`` for real complaints (the default for the shared
data) and ``hand`` for hand-written edge cases (the default for files under
``tests/cases/``), which are harder by design and have a lower agreement bar but a critical
recall floor.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from lapor_rules.triage import Complaint, Complexity, Urgency, triage

#: Quality thresholds of the triage brief: on real complaints ...
THRESHOLDS: Mapping[str, float] = {
    "urgency_agreement_min": 0.85,
    "complexity_agreement_min": 0.80,
    "under_triage_max": 0.05,
    "critical_overuse_max": 0.03,
    "third_party_f1_min": 0.75,
}
#: ... and on unseen hand-written edge cases.
HAND_THRESHOLDS: Mapping[str, float] = {
    "urgency_agreement_min": 0.80,
    "complexity_agreement_min": 0.75,
    "under_triage_max": 0.05,
    "critical_overuse_max": 0.03,
    "critical_recall_min": 0.85,
}
BARS: Mapping[str, Mapping[str, float]] = {"real": THRESHOLDS, "hand": HAND_THRESHOLDS}
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_CASES = Path(__file__).resolve().parents[1] / "tests" / "cases"
_URGENCY = [u.value for u in sorted(Urgency, reverse=True)]
_COMPLEXITY = [c.value for c in sorted(Complexity, reverse=True)]


@dataclass
class Report:
    """Evaluation figures for one labelled file."""

    total: int = 0
    urgency: Counter[tuple[str, str]] = field(default_factory=Counter)
    complexity: Counter[tuple[str, str]] = field(default_factory=Counter)
    tp_counts: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def _agree(self, matrix: Counter[tuple[str, str]]) -> float:
        return sum(v for (g, p), v in matrix.items() if g == p) / max(self.total, 1)

    @property
    def urgency_agreement(self) -> float:
        """Share of rows whose urgency equals the label."""
        return self._agree(self.urgency)

    @property
    def complexity_agreement(self) -> float:
        """Share of rows whose complexity equals the label."""
        return self._agree(self.complexity)

    @property
    def under_triage(self) -> float:
        """Share of critical/high rows triaged below high."""
        top = [(g, p) for (g, p) in self.urgency.elements() if g in {"critical", "high"}]
        below = [1 for g, p in top if p in {"medium", "low"}]
        return len(below) / max(len(top), 1)

    @property
    def critical_overuse(self) -> float:
        """Share of low/medium rows triaged critical."""
        rest = [(g, p) for (g, p) in self.urgency.elements() if g in {"medium", "low"}]
        return sum(1 for _, p in rest if p == "critical") / max(len(rest), 1)

    @property
    def critical_recall(self) -> float:
        """Share of critical rows triaged critical (1.0 when there are none)."""
        crit = [(g, p) for (g, p) in self.urgency.elements() if g == "critical"]
        if not crit:
            return 1.0
        return sum(1 for _, p in crit if p == "critical") / len(crit)

    @property
    def third_party_f1(self) -> float:
        """F1 of ``third_party_data`` against the label."""
        tp, fp, fn = self.tp_counts["tp"], self.tp_counts["fp"], self.tp_counts["fn"]
        if tp == 0:
            return 0.0 if (fp or fn) else 1.0
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        return 2 * precision * recall / (precision + recall)

    def measures(self) -> dict[str, float]:
        """Each measure under the key its thresholds use (without ``_min``/``_max``)."""
        return {
            "urgency_agreement": self.urgency_agreement,
            "complexity_agreement": self.complexity_agreement,
            "under_triage": self.under_triage,
            "critical_overuse": self.critical_overuse,
            "critical_recall": self.critical_recall,
            "third_party_f1": self.third_party_f1,
        }

    def failures(self, bar: str = "real") -> list[str]:
        """The thresholds of ``bar`` (``"real"`` or ``"hand"``) this report misses."""
        measures = self.measures()
        out = []
        for key, limit in BARS[bar].items():
            name, kind = key.rsplit("_", 1)
            value = measures[name]
            if (kind == "min" and value < limit) or (kind == "max" and value > limit):
                out.append(f"{name.replace('_', ' ')} {value:.3f}")
        return out


def load_rows(path: Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file of labelled complaints."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


WIB = ZoneInfo("Asia/Jakarta")


def _received(row: Mapping[str, Any]) -> datetime | None:
    raw = row.get("received") or row.get("received_at")
    if not raw:
        return None
    value = datetime.fromisoformat(str(raw))
    # The shared data gives local times without a zone; its README says they are WIB.
    return value if value.tzinfo is not None else value.replace(tzinfo=WIB)


def evaluate(rows: Iterable[Mapping[str, Any]]) -> Report:
    """Triage every row and compare with its labels."""
    report = Report()
    for row in rows:
        complaint = Complaint(
            row["text"],
            received_at=_received(row),
            prior_reports=int(row.get("prior_reports", 0) or 0),
        )
        result = triage(complaint)
        report.total += 1
        gold_u, gold_c = row["urgency"], row["complexity"]
        report.urgency[(gold_u, result.urgency.value)] += 1
        report.complexity[(gold_c, result.complexity.value)] += 1
        gold_t, got_t = bool(row["third_party_data"]), result.third_party_data
        key = {(True, True): "tp", (False, True): "fp", (True, False): "fn"}.get(
            (gold_t, got_t), "tn"
        )
        report.tp_counts[key] += 1
        if (gold_u, gold_c, gold_t) != (result.urgency.value, result.complexity.value, got_t):
            rules = ",".join(r.rule_id for r in result.reasons)
            report.errors.append(
                f"{row.get('id', '?')}: gold {gold_u}/{gold_c}/{gold_t} got "
                f"{result.urgency.value}/{result.complexity.value}/{got_t} [{rules}]"
            )
    return report


def _matrix(title: str, labels: Sequence[str], matrix: Counter[tuple[str, str]]) -> str:
    width = max(len(x) for x in labels) + 2
    lines = [f"{title} (rows: label, columns: triage)"]
    lines.append(" " * width + "".join(f"{x:>{width}}" for x in labels))
    for gold in labels:
        cells = "".join(f"{matrix[(gold, got)]:>{width}}" for got in labels)
        lines.append(f"{gold:<{width}}{cells}")
    return "\n".join(lines)


def _limit(bar: Mapping[str, float], name: str) -> str:
    for kind in ("min", "max"):
        if f"{name}_{kind}" in bar:
            return f"  ({kind} {bar[f'{name}_{kind}']})"
    return ""


def render(report: Report, *, name: str, errors: bool = False, bar: str = "real") -> str:
    """Render the report as plain text, with the thresholds of ``bar``."""
    limits = BARS[bar]
    lines = [
        f"== {name}: {report.total} complaints ({bar} bar)",
        f"urgency agreement     {report.urgency_agreement:.3f}"
        + _limit(limits, "urgency_agreement"),
        f"complexity agreement  {report.complexity_agreement:.3f}"
        + _limit(limits, "complexity_agreement"),
        f"under-triage (crit/high below high) {report.under_triage:.3f}"
        + _limit(limits, "under_triage"),
        f"critical given to low/medium        {report.critical_overuse:.3f}"
        + _limit(limits, "critical_overuse"),
        f"critical recall                     {report.critical_recall:.3f}"
        + _limit(limits, "critical_recall"),
        f"third_party_data F1                 {report.third_party_f1:.3f}"
        + _limit(limits, "third_party_f1")
        + f"  {dict(sorted(report.tp_counts.items()))}",
        "",
        _matrix("urgency", _URGENCY, report.urgency),
        "",
        _matrix("complexity", _COMPLEXITY, report.complexity),
    ]
    if errors:
        lines += ["", "disagreements:", *report.errors]
    failures = report.failures(bar)
    lines += ["", "FAIL: " + "; ".join(failures) if failures else "all thresholds met"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data folder")
    parser.add_argument("--file", default="complaints_dev.jsonl", help="file in the folder")
    parser.add_argument(
        "--bar",
        choices=sorted(BARS),
        help="thresholds: real complaints or hand-written edge cases (default: hand for"
        " files under tests/cases, else real)",
    )
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    path = args.data / args.file
    if not path.is_file():
        print(f"no evaluation data at {path}; nothing to evaluate")
        return 0
    bar = args.bar or ("hand" if path.resolve().parent == _CASES else "real")
    report = evaluate(load_rows(path))
    print(render(report, name=path.name, errors=args.errors, bar=bar))
    return 1 if report.failures(bar) else 0


if __name__ == "__main__":
    sys.exit(main())
