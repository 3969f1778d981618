"""Benchmark triage throughput beside one pass of a single precompiled keyword regex.

Texts: the shared real complaints (``../shared/data/complaints_dev.jsonl``) when present,
else the built-in demo samples. The reference is one ``finditer`` pass of a regex that is
the alternation of the whole default vocabulary, over the same texts: the cheapest possible
"keyword triage". Targets (triage brief): at least 5,000 complaints per second, and at most
25 times the reference.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from lapor_rules.cli.triage_cmd import DEMO_COMPLAINTS
from lapor_rules.triage import RuleSet, triage

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "complaints_dev.jsonl"


def _texts(path: Path = DATA) -> tuple[list[str], str]:
    if path.is_file():
        with path.open(encoding="utf-8") as handle:
            return [json.loads(line)["text"] for line in handle if line.strip()], path.name
    return [text for _, text in DEMO_COMPLAINTS], "built-in samples"


def _keyword_regex() -> re.Pattern[str]:
    phrases = sorted(
        {p.replace("*", "") for s in RuleSet.default().signals for p in s.phrases},
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")", re.IGNORECASE)


def _per_call(fn: Callable[[str], object], texts: list[str], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            fn(text)
    return (time.perf_counter() - start) / (rounds * len(texts))


def main(data: Path = DATA) -> None:
    """Print µs per complaint for triage and the keyword-regex reference.

    Args:
        data: a JSON Lines file of complaints (default: the shared evaluation data).
    """
    texts, source = _texts(data)
    regex = _keyword_regex()
    triage(texts[0])  # build the compiled rule set once
    rounds = max(1, 2000 // len(texts))
    ours = _per_call(triage, texts, rounds)
    ref = _per_call(lambda t: sum(1 for _ in regex.finditer(t)), texts, rounds)
    print(f"texts: {len(texts)} from {source}, mean {sum(map(len, texts)) / len(texts):.0f} chars")
    print(f"{'operation':<34}{'µs/call':>10}{'calls/s':>12}")
    print(f"{'triage(text)':<34}{ours * 1e6:>10.1f}{1 / ours:>12,.0f}")
    print(f"{'reference: one keyword-regex pass':<34}{ref * 1e6:>10.1f}{1 / ref:>12,.0f}")
    print(f"ratio triage / reference: {ours / ref:.1f}x (target <= 25x; >= 5,000 calls/s)")


if __name__ == "__main__":
    import sys

    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
