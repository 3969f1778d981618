"""Check that triage results are unchanged: one digest over a fixed corpus.

Usage::

    python scripts/triage_equivalence.py [--data DIR] [--write FILE | --check FILE]

The corpus: the real complaints in ``DIR/complaints_dev.jsonl`` when present (default
``../shared/data`` beside the repository), the texts of ``tests/cases/*.jsonl``, a few
thousand texts drawn from the :mod:`lapor_rules.testing.triage` strategies with a fixed seed
(derandomised Hypothesis), deterministic splices of sentences from all of these, and register
variants (case and whitespace) of every text. Every ``TriageResult.model_dump(mode="json")``
goes into one SHA-256 digest. ``--write`` stores the digest, ``--check`` compares (exit 1 on
a difference).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lapor_rules.testing.triage import aggravating_sentences, complaint_texts, neutral_texts
from lapor_rules.triage import triage

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SEED = 20261123
N_STRATEGY = 3000
N_SPLICES = 2000


def _jsonl_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def _strategy_texts() -> list[str]:
    drawn: list[str] = []
    text_strategy = st.one_of(
        complaint_texts(),
        neutral_texts(),
        aggravating_sentences().map(lambda pair: pair[0]),
        st.lists(
            st.one_of(complaint_texts(), aggravating_sentences().map(lambda pair: pair[0])),
            min_size=2,
            max_size=5,
        ).map(" ".join),
    )

    @settings(
        max_examples=N_STRATEGY,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(text_strategy)
    def collect(text: str) -> None:
        drawn.append(text)

    collect()
    return drawn


def _variants(text: str) -> list[str]:
    return [text, text.upper(), text.lower(), "  " + text.replace(" ", "   ") + "\n", text + "   "]


def corpus(data: Path) -> list[str]:
    """The fixed corpus (deterministic for a given data folder and library version)."""
    base: list[str] = []
    dev = data / "complaints_dev.jsonl"
    if dev.is_file():
        base.extend(_jsonl_texts(dev))
    for path in sorted((ROOT / "tests" / "cases").glob("*.jsonl")):
        base.extend(_jsonl_texts(path))
    base.extend(_strategy_texts())
    rng = random.Random(SEED)
    pieces = [p.strip() for t in base for p in t.replace("!", ".").split(".") if p.strip()]
    splices = [
        rng.choice([". ", ", ", " ", "\n", "! ", "? "]).join(rng.sample(pieces, rng.randint(2, 4)))
        for _ in range(N_SPLICES)
    ]
    texts: list[str] = []
    for text in base + splices:
        texts.extend(_variants(text))
    return texts


def digest(texts: list[str]) -> str:
    """SHA-256 over every result's JSON dump, in corpus order."""
    h = hashlib.sha256()
    for text in texts:
        dump = triage(text).model_dump(mode="json")
        h.update(json.dumps(dump, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    """Print the digest; write or check it against a file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args(argv)
    texts = corpus(args.data)
    value = digest(texts)
    print(f"texts: {len(texts)}  digest: {value}")
    if args.write is not None:
        args.write.write_text(value + "\n", encoding="utf-8")
    if args.check is not None:
        expected = args.check.read_text(encoding="utf-8").strip()
        if expected != value:
            print(f"DIFFERENT from {args.check}: {expected}")
            return 1
        print("identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
