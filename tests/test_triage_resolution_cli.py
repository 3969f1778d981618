"""Triage feeds the SLA engine on the command line (rule P with T2)."""

from __future__ import annotations

import io
import json

from lapor_rules.cli import main


def test_p_triage_with_received_at_prints_the_resolution_deadline() -> None:
    """P: a normative complaint received 2026-03-10 is due 5 working days later, 03-17."""
    out = io.StringIO()
    args = ["triage", "sdh 2 bln ktp blm jadi", "--received-at", "2026-03-10T09:00+07:00"]
    assert main(args, out=out) == 0
    assert "tenggat penyelesaian: 5 hari kerja -> 2026-03-17 16:00 (Asia/Jakarta)" in out.getvalue()


def test_p_json_output_carries_the_resolution_due_instant() -> None:
    """P/T2 across Nyepi and Lebaran 2026: complex, 14 working days -> 2026-04-07 16:00."""
    out = io.StringIO()
    text = "Ibu saya harus cuci darah besok pagi tapi BPJS-nya nonaktif karena NIK tidak padan."
    args = ["triage", text, "--received-at", "2026-03-10T09:00+07:00", "--json"]
    assert main(args, out=out) == 0
    data = json.loads(out.getvalue())
    assert (data["complexity"], data["resolution_due_at"]) == (
        "complex",
        "2026-04-07T16:00:00+07:00",
    )


def test_without_received_at_there_is_no_deadline() -> None:
    """Without a receipt instant there is nothing to count from: no deadline is invented."""
    out = io.StringIO()
    assert main(["triage", "sdh 2 bln ktp blm jadi", "--json"], out=out) == 0
    assert json.loads(out.getvalue())["resolution_due_at"] is None
