"""``lapor-rules recap FILE.jsonl``: the recap of a complaint register as a table or JSON.

The file holds one case record per line (``id``, ``received_at``, ``forwarded_at``,
``responded_at``, ``closed_at``, ``complexity``, ``pauses``). The command reads it (the
library reads no files), takes ``--now`` or the current time, and prints
:meth:`lapor_rules.recap.Recap.to_text` or the recap's JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from lapor_rules.agency import AgencyPolicy
from lapor_rules.calendar import WorkingCalendar
from lapor_rules.cli._args import parse_instant
from lapor_rules.errors import InvalidInputError, InvalidRecordError
from lapor_rules.recap import summarize
from lapor_rules.recap.render import render_breaches

__all__ = ["demo_section", "read_jsonl", "register"]


def read_jsonl(path: Path) -> tuple[list[Any], list[int]]:
    """Read a JSON Lines file: the parsed records and the line number of each.

    Blank lines are skipped. Errors name the line, never its content.

    Raises:
        InvalidInputError: the file cannot be read, or a line is not JSON.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"cannot read {path}: {type(exc).__name__}") from None
    records: list[Any] = []
    lines: list[int] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InvalidInputError(
                f"{path} line {number}: not valid JSON (column {exc.colno}: {exc.msg})"
            ) from None
        lines.append(number)
    return records, lines


def _policy(path: str) -> AgencyPolicy:
    file = Path(path)
    if file.suffix.lower() == ".toml":
        if sys.version_info < (3, 11):
            raise InvalidInputError("TOML policies need Python 3.11+ (tomllib); use JSON")
        tomllib: Any = importlib.import_module("tomllib")  # 3.11+; mypy targets 3.10
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InvalidInputError(f"cannot read {file}: {type(exc).__name__}") from None
        return AgencyPolicy.model_validate(data)
    try:
        return AgencyPolicy.model_validate_json(file.read_bytes())
    except OSError as exc:
        raise InvalidInputError(f"cannot read {file}: {type(exc).__name__}") from None


def register(subparsers: Any) -> None:
    """Add the ``recap`` sub-command."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "recap",
        help="rekap pengaduan dan kepatuhan SLA / complaint recap and SLA compliance",
        description=(
            "Recap a JSON Lines register of complaint records: shares followed up / in "
            "process / not followed up, SLA compliance per stage, breaches."
        ),
    )
    p.add_argument("file", metavar="FILE.jsonl", help="one case record per line")
    p.add_argument("--now", help="ISO 8601 with offset (default: the current time)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--zone", help="WIB, WITA, WIT or an IANA name (default WIB)")
    where.add_argument("--province", help="two-digit Kemendagri province code, e.g. 51")
    where.add_argument(
        "--policy", metavar="POLICY", help="an agency policy file (JSON, or TOML on 3.11+)"
    )
    p.add_argument(
        "--no-cuti-bersama",
        action="store_true",
        help="kantor tetap buka saat cuti bersama / the office stays open on cuti bersama",
    )
    p.add_argument("--json", action="store_true", help="JSON output for machines")
    p.add_argument("--lang", choices=("id", "en"), default="id", help="table language")
    p.add_argument("--breaches", action="store_true", help="list every breach / daftar pelanggaran")
    p.set_defaults(handler=_recap)


def _recap(args: argparse.Namespace, out: TextIO) -> int:
    now = parse_instant(args.now, "--now") if args.now else dt.datetime.now(dt.timezone.utc)
    path = Path(args.file)
    records, lines = read_jsonl(path)
    policy: AgencyPolicy | None = None
    calendar: WorkingCalendar | None = None
    cuti = not args.no_cuti_bersama
    if args.policy is not None:
        policy = _policy(args.policy)
    elif args.province is not None:
        calendar = WorkingCalendar.for_province(args.province, cuti_bersama=cuti)
    else:
        calendar = WorkingCalendar.indonesia(cuti_bersama=cuti, timezone=args.zone or "WIB")
    try:
        recap = summarize(records, now=now, policy=policy, calendar=calendar)
    except InvalidRecordError as exc:
        raise InvalidInputError(f"{path} line {lines[exc.index]}: {exc}") from None
    if args.json:
        out.write(recap.model_dump_json(indent=2) + "\n")
        return 0
    out.write(recap.to_text(args.lang))
    if args.breaches and recap.breaches:
        out.write("\n" + render_breaches(recap, args.lang))
    return 0


_DEMO_RECORDS: tuple[dict[str, Any], ...] = (
    {"id": "DEMO-1", "received_at": "2025-07-07T09:00+07:00",
     "forwarded_at": "2025-07-09T10:00+07:00", "responded_at": "2025-07-15T10:00+07:00",
     "complexity": "normative"},
    {"id": "DEMO-2", "received_at": "2025-07-07T09:00+07:00",
     "forwarded_at": "2025-07-14T09:00+07:00"},
    {"id": "DEMO-3", "received_at": "2025-07-01T10:00+07:00", "complexity": "simple"},
    {"id": "DEMO-4", "received_at": "2025-07-18T17:00+07:00"},
    {"id": "DEMO-5", "received_at": "2025-07-07T09:00+07:00",
     "forwarded_at": "2025-07-14T17:00+07:00", "responded_at": "2025-07-16T09:00+07:00"},
)  # fmt: skip


def demo_section(out: TextIO) -> None:
    """Demo: the recap of five fake cases on Monday 21 July 2025 10:00 WIB."""
    out.write("== Rekap pengaduan / Complaint recap ==\n")
    now = dt.datetime(2025, 7, 21, 10, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    recap = summarize(_DEMO_RECORDS, now=now)
    out.write(recap.to_text("id"))
    out.write("\n")
    out.write(recap.to_text("en"))
