"""docs/sla.md shows real outputs: every text block comes from the example or the CLI (T1–T6)."""

from __future__ import annotations

import contextlib
import io
import re
import runpy
from pathlib import Path

from lapor_rules.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_t1_t6_docs_outputs_are_produced_by_the_code() -> None:
    """T1–T6/S1–S4/C4: each ```text block of docs/sla.md is output of the example or CLI."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        runpy.run_path(str(ROOT / "examples" / "sla_deadlines.py"), run_name="__main__")
    outputs = [buffer.getvalue()]
    for argv in (
        ["deadline", "2025-03-27T10:00+07:00", "--working-days", "5"],
        ["deadline", "2026-03-17T15:00+07:00", "--province", "91", "--working-days", "5"],
    ):
        out = io.StringIO()
        assert main(argv, out=out) == 0
        outputs.append(out.getvalue())
    page = (ROOT / "docs" / "sla.md").read_text("utf-8")
    blocks = re.findall(r"```text\n(.*?)\n```", page, flags=re.S)
    assert len(blocks) >= 8
    for block in blocks:
        assert any(block in text for text in outputs), block.splitlines()[0]
