"""The privacy commands: access, nik, redact, the demo section (thin shell over the library)."""

from __future__ import annotations

import io
import json
import runpy
from pathlib import Path

import pytest

from lapor_rules.cli import main
from lapor_rules.cli.demo_cmd import DEMO_SECTIONS
from lapor_rules.cli.privacy_cmd import demo_section


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_cli_access_third_party_prints_decision_and_reply() -> None:
    """PRIV-THIRD-PARTY via the CLI: decision, reasons and the Indonesian reply."""
    status, text = _run(
        "access", "--requester", "public", "--elements", "nik,alamat_sekarang",
        "--purpose", "kepentingan_pribadi", "--channel", "private",
        "--fact", "identity_verified",
    )  # fmt: skip
    assert status == 0
    assert "Keputusan / Decision: deny" in text
    assert "PRIV-THIRD-PARTY" in text
    assert "Pasal 79 ayat (1)" in text
    assert "Balasan / Reply:\nTerima kasih" in text


def test_cli_access_json_in_english() -> None:
    """PRIV-INSTITUTION via the CLI: --json gives the decision and the English reply."""
    status, text = _run(
        "access", "--requester", "institution", "--elements", "nik,sidik_jari",
        "--purpose", "pelayanan_publik", "--channel", "system",
        "--fact", "cooperation_agreement", "--json", "--lang", "en",
    )  # fmt: skip
    payload = json.loads(text)
    assert status == 0
    assert payload["outcome"] == "allow_partial"
    assert payload["granted"] == ["nik"]
    assert payload["reply"].startswith("Thank you")


def test_cli_access_unknown_code_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Bad input: an unknown element code is reported on stderr with status 2."""
    status, _ = _run(
        "access", "--requester", "public", "--elements", "nik,nomor_hp",
        "--purpose", "kepentingan_pribadi", "--channel", "private",
    )  # fmt: skip
    assert status == 2
    assert "elements" in capsys.readouterr().err


def test_cli_access_rules_markdown() -> None:
    """Rules: --rules-markdown prints the generated block of docs/privacy.md."""
    status, text = _run("access", "--rules-markdown")
    assert status == 0
    assert "`PRIV-DEFAULT`" in text


def test_cli_nik_prints_masked_only() -> None:
    """NIK-MASK via the CLI: only the masked form and the region are printed."""
    status, text = _run("nik", "31.7101.170845.0123", "--today", "2026-11-23")
    assert status == 0
    assert "317101**********" in text
    assert "170845" not in text
    assert "0123" not in text
    status, text = _run("nik", "3171011708450123", "--json", "--today", "2026-11-23")
    assert json.loads(text)["masked"] == "317101**********"
    assert "3171011708450123" not in text


def test_cli_nik_invalid_exits_1_without_echo() -> None:
    """NIK-INVALID via the CLI: status 1, the reason, never the number."""
    status, text = _run("nik", "3171013002450001", "--json")
    assert status == 1
    assert json.loads(text)["reason"] == "date"
    assert "3171013002450001" not in text


def test_cli_redact_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """PD-*: redact copies stdin to stdout with placeholders."""
    monkeypatch.setattr("sys.stdin", io.StringIO("NIK 3171011708450001, hp 0812-3456-7890\n"))
    status, text = _run("redact")
    assert status == 0
    assert text == "NIK [NIK], hp [TELEPON]\n"


def test_cli_demo_section_refuses_a_third_party_request() -> None:
    """Demo: the privacy section shows a refused "NIK ini milik siapa?" request."""
    assert demo_section in DEMO_SECTIONS
    out = io.StringIO()
    demo_section(out)
    text = out.getvalue()
    assert "NIK ini milik siapa?" in text
    assert "[NIK]" in text
    assert "3171011708450001" not in text
    assert "Keputusan / Decision: deny" in text


@pytest.mark.parametrize("script", ["privacy_redact.py", "privacy_access.py", "privacy_nik.py"])
def test_examples_run(script: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Docs: the privacy examples run and never print a whole synthetic NIK."""
    path = Path(__file__).resolve().parents[1] / "examples" / script
    runpy.run_path(str(path), run_name="__main__")
    printed = capsys.readouterr().out
    assert printed
    assert "3171011708450001" not in printed
    assert "170845" not in printed
