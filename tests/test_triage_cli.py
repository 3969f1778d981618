"""The triage command line, the generated rule table in docs, and the demo (CLI-* rules)."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from lapor_rules.cli import main
from lapor_rules.triage import RuleSet

ROOT = Path(__file__).resolve().parents[1]


def test_triage_text_prints_levels_and_reasons() -> None:
    """CLI-TRIAGE: one complaint as an argument; Indonesian output with rule ids."""
    out = io.StringIO()
    assert main(["triage", "Sudah 3 bulan KTP saya belum jadi"], out=out) == 0
    text = out.getvalue()
    assert text.startswith("urgensi: high (Tinggi)")
    assert "U-WAIT-FAR" in text


def test_triage_json_with_received_at() -> None:
    """CLI-TRIAGE: --json prints the result; --received-at judges dates in the text."""
    out = io.StringIO()
    args = ["triage", "--json", "--received-at", "2026-03-10T09:00:00+07:00"]
    assert main([*args, "batas pendaftaran sekolah besok, KK belum jadi"], out=out) == 0
    data = json.loads(out.getvalue())
    assert data["urgency"] == "critical"
    assert data["primary_reason"] == data["reasons"][0]["rule_id"]


def test_triage_reads_stdin_one_complaint_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """CLI-TRIAGE: with '-' or no TEXT, one complaint per line from standard input."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("KTP saya belum jadi\n\nSyarat KIA apa?\n"))
    out = io.StringIO()
    assert main(["triage", "--json"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert [json.loads(x)["urgency"] for x in lines] == ["medium", "low"]


def test_bad_received_at_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """CLI-TRIAGE: a malformed --received-at is a clear error, exit status 2."""
    assert main(["triage", "--received-at", "kemarin", "KTP"], out=io.StringIO()) == 2
    assert "ISO 8601" in capsys.readouterr().err


def test_empty_text_exits_2_without_echo(capsys: pytest.CaptureFixture[str]) -> None:
    """CLI-TRIAGE: bad input exits 2 and the message never holds complaint text."""
    assert main(["triage", "   "], out=io.StringIO()) == 2
    assert "empty" in capsys.readouterr().err


def test_rules_markdown_is_indonesian_first() -> None:
    """CLI-RULES: the rule table for SOP documents, Indonesian column before English."""
    out = io.StringIO()
    assert main(["rules", "--format", "markdown"], out=out) == 0
    text = out.getvalue()
    assert "| ID | Efek (Effect) | Arti | Meaning |" in text
    for rule in RuleSet.default().rules:
        assert f"`{rule.id}`" in text


def test_demo_has_a_triage_section_with_all_levels() -> None:
    """CLI-DEMO: the demo shows critical, high, medium and low samples with reasons."""
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    text = out.getvalue()
    assert "Triase pengaduan" in text
    for level in ("critical", "high", "medium", "low"):
        assert f"urgensi: {level}" in text


def test_example_script_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """DOCS-EXAMPLE: examples/triage_basic.py runs and prints a triage."""
    spec = importlib.util.spec_from_file_location("triage_basic", ROOT / "examples/triage_basic.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main()
    assert "urgency" in capsys.readouterr().out
