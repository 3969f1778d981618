"""Redaction on the shared evaluation complaints (skips when ../shared/data is absent).

The rows are read at test time and never copied into the repository. Checked: PD-NIK,
PD-PHONE, PD-EMAIL (nothing that looks like a NIK, phone or e-mail survives redaction) and
PD-ORDER, on real complaint text with its informal formatting.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from lapor_rules import find_personal_data, redact

_LEFTOVER = re.compile(
    r"(?<![0-9])[0-9]{16}(?![0-9])"  # a plain 16-digit run
    r"|(?<![0-9])(?:\+62|62|0)8[0-9]{8,11}(?![0-9])"  # a plain mobile number
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}"  # an e-mail address
)


def test_shared_complaints_redact_leaves_no_personal_numbers(shared_data_dir: Path) -> None:
    """PD-NIK / PD-PHONE / PD-EMAIL / PD-ORDER on the 200 shared complaints."""
    path = shared_data_dir / "complaints_dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    found = 0
    for index, text in enumerate(texts):
        findings = find_personal_data(text)
        found += len(findings)
        for first, second in itertools.pairwise(findings):
            assert first.end <= second.start, f"row {index}: overlapping findings"
        redacted = redact(text)
        assert _LEFTOVER.search(redacted) is None, f"row {index}: personal data left"
        assert find_personal_data(redacted) == (), f"row {index}: found again after redaction"
    assert found > 0  # the set contains (fake) NIKs: the scan is not vacuous
