"""docs/recap.md and docs/agency.md show real outputs of the examples and the CLI."""

from __future__ import annotations

import contextlib
import importlib
import io
import re
import runpy
import sys
from pathlib import Path

import pytest

from lapor_rules import AgencyPolicy, WorkingDays
from lapor_rules.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _run_example(name: str) -> str:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        runpy.run_path(str(ROOT / "examples" / name), run_name="__main__")
    return buffer.getvalue()


def _blocks(page: str, lang: str) -> list[str]:
    text = (ROOT / "docs" / page).read_text("utf-8")
    return re.findall(rf"```{lang}\n(.*?)\n```", text, flags=re.S)


def test_recap_docs_outputs_are_produced_by_the_code() -> None:
    """RC1-RC7 (S1, S2, P, D2): each ```text block of docs/recap.md is real output."""
    out = io.StringIO()
    sample = str(ROOT / "examples" / "data" / "recap_sample.jsonl")
    assert main(["recap", sample, "--now", "2026-04-10T16:00+07:00"], out=out) == 0
    outputs = [_run_example("recap_report.py"), out.getvalue()]
    blocks = _blocks("recap.md", "text")
    assert len(blocks) >= 2
    for block in blocks:
        assert any(block in text for text in outputs), block.splitlines()[0]


def test_agency_docs_output_is_produced_by_the_example() -> None:
    """AG1-AG3 (C2, C5, P): docs/agency.md's output block is the example's."""
    output = _run_example("agency_policy.py")
    (block,) = _blocks("agency.md", "text")
    assert block in output


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is Python 3.11+")
def test_agency_docs_toml_is_a_valid_policy() -> None:
    """AG1/AG3/AG5: the TOML shown in docs/agency.md loads into the policy it describes."""
    tomllib = importlib.import_module("tomllib")
    (toml_text,) = _blocks("agency.md", "toml")
    policy = AgencyPolicy.model_validate(tomllib.loads(toml_text))
    assert policy.zone == "Asia/Makassar"
    assert policy.sla_policy().limit_for_complexity("complex") == WorkingDays(10)
    assert policy.sla_policy().limit("lapor_follow_up") == WorkingDays(7)
    assert "DPS-NGABEN" in [rule.id for rule in policy.triage_ruleset().rules]
