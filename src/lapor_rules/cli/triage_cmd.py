"""``lapor-rules triage`` and ``lapor-rules rules``: triage complaints, render the rule table."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any, TextIO

from lapor_rules.cli._args import parse_instant
from lapor_rules.sop import generated_blocks
from lapor_rules.triage import Complaint, TriageResult, triage
from lapor_rules.triage.render import explain

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the ``triage`` and ``rules`` sub-commands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "triage",
        help="triase pengaduan / triage complaints",
        description=(
            "Triase urgensi dan kompleksitas pengaduan. TEXT, atau dari stdin (satu pengaduan "
            "per baris) bila TEXT '-' atau kosong. / Triage urgency and complexity; reads one "
            "complaint per line from standard input when TEXT is '-' or absent."
        ),
    )
    parser.add_argument("text", nargs="?", default="-", help="complaint text, or '-' for stdin")
    parser.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    parser.add_argument(
        "--received-at", help="when the complaint was received, ISO 8601 (judges dates)"
    )
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="message language")
    parser.set_defaults(handler=_run_triage)

    rules = subparsers.add_parser(
        "rules",
        help="tabel aturan untuk SOP / rule tables for SOP documents",
        description=(
            "Render a rule table for SOP documents (Indonesian first): the triage rules by "
            "default, or any table that docs/ embeds (--table)."
        ),
    )
    rules.add_argument("--format", choices=("markdown",), default="markdown")
    rules.add_argument(
        "--table",
        choices=[block.name for block in generated_blocks()],
        default="triage-rules",
        help="which table (default: triage-rules)",
    )
    rules.set_defaults(handler=_run_rules)


def _received(raw: str | None) -> datetime | None:
    return None if raw is None else parse_instant(raw, "--received-at")


def _render(result: TriageResult, *, as_json: bool, lang: str) -> str:
    if as_json:
        data = result.model_dump(mode="json")
        primary = result.primary_reason
        data["primary_reason"] = primary.rule_id if primary is not None else None
        return json.dumps(data, ensure_ascii=False)
    return explain(result, lang=lang)


def _run_triage(args: argparse.Namespace, out: TextIO) -> int:
    received = _received(args.received_at)
    if args.text != "-":
        texts = [args.text]
    else:
        texts = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    for text in texts:
        result = triage(Complaint(text, received_at=received))
        out.write(_render(result, as_json=args.json, lang=args.lang) + "\n")
    return 0


def _run_rules(args: argparse.Namespace, out: TextIO) -> int:
    (block,) = [b for b in generated_blocks() if b.name == args.table]
    out.write(block.render() + "\n")
    return 0


#: Built-in sample complaints for the demo (written for this library, not from any data set).
DEMO_COMPLAINTS: tuple[tuple[str, str], ...] = (
    ("2026-03-10T09:00:00+07:00", "Ibu saya harus cuci darah besok pagi tapi BPJS-nya "
     "nonaktif karena NIK tidak padan."),
    ("2026-03-10T09:00:00+07:00", "Sudah 2 bulan akta kelahiran anak saya belum terbit, "
     "padahal dibutuhkan untuk daftar sekolah."),
    ("2026-03-10T09:00:00+07:00", "KK saya salah ketik tanggal lahir, mohon dibetulkan."),
    ("2026-03-10T09:00:00+07:00", "Syarat membuat KIA untuk anak umur 5 tahun apa saja?"),
)  # fmt: skip


def demo_section(out: TextIO) -> None:
    """Write the triage section of ``lapor-rules demo``."""
    out.write("== Triase pengaduan / Complaint triage ==\n")
    for received, text in DEMO_COMPLAINTS:
        result = triage(Complaint(text, received_at=datetime.fromisoformat(received)))
        out.write(f"\n> {text}\n")
        out.write(explain(result) + "\n")
