"""``lapor-rules deadline`` and ``lapor-rules calendar``: working-day SLA checks from a shell.

Human-readable output (Indonesian first, English second) by default, ``--json`` for machines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any, TextIO

from lapor_rules.calendar import WorkingCalendar
from lapor_rules.cli._args import parse_instant
from lapor_rules.regions import ZONES
from lapor_rules.sla import CalendarDays, Deadline, Hours, WorkingDays, deadline

__all__ = ["demo_section", "register"]

_DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _add_calendar_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--zone", help="WIB, WITA, WIT or an IANA name (default WIB)")
    where.add_argument("--province", help="two-digit Kemendagri province code, e.g. 94")
    parser.add_argument(
        "--no-cuti-bersama",
        action="store_true",
        help="kantor tetap buka saat cuti bersama / the office stays open on cuti bersama",
    )
    parser.add_argument("--json", action="store_true", help="JSON output for machines")


def register(subparsers: Any) -> None:
    """Add the ``deadline`` and ``calendar`` sub-commands."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "deadline",
        help="tenggat hari kerja / working-day deadline of a complaint",
        description="Compute a deadline (rules T1-T6) and explain it.",
    )
    p.add_argument("received_at", metavar="RECEIVED_AT", help="ISO 8601 with offset")
    limit = p.add_mutually_exclusive_group(required=True)
    limit.add_argument("--working-days", type=int, metavar="N", help="N hari kerja")
    limit.add_argument("--calendar-days", type=int, metavar="N", help="N hari kalender")
    limit.add_argument("--hours", type=int, metavar="N", help="N jam")
    _add_calendar_options(p)
    p.set_defaults(handler=_deadline)

    c: argparse.ArgumentParser = subparsers.add_parser(
        "calendar",
        help="daftar libur dan cuti bersama / closures of a year",
        description="List every closure of YEAR with its kind, estimated flag and source.",
    )
    c.add_argument("year", metavar="YEAR", type=int)
    _add_calendar_options(c)
    c.set_defaults(handler=_calendar)


def _calendar_for(args: argparse.Namespace) -> WorkingCalendar:
    cuti = not args.no_cuti_bersama
    if args.province is not None:
        return WorkingCalendar.for_province(args.province, cuti_bersama=cuti)
    return WorkingCalendar.indonesia(cuti_bersama=cuti, timezone=args.zone or "Asia/Jakarta")


def _limit(args: argparse.Namespace) -> WorkingDays | CalendarDays | Hours:
    if args.working_days is not None:
        return WorkingDays(args.working_days)
    if args.calendar_days is not None:
        return CalendarDays(args.calendar_days)
    return Hours(args.hours)


def _deadline(args: argparse.Namespace, out: TextIO) -> int:
    cal = _calendar_for(args)
    result = deadline(parse_instant(args.received_at), _limit(args), calendar=cal)
    if args.json:
        out.write(result.model_dump_json(indent=2) + "\n")
    else:
        write_deadline(result, out)
    return 0


def _local(instant: dt.datetime, d: Deadline) -> str:
    abbr = ZONES[d.timezone][0]  # type: ignore[index]
    local = instant.astimezone(d.due_at.tzinfo)
    wd = local.weekday()
    return f"{local:%Y-%m-%d %H:%M} {abbr} ({_DAYS_ID[wd]} / {_DAYS_EN[wd]})"


def write_deadline(d: Deadline, out: TextIO) -> None:
    """Write a deadline in readable Indonesian and English."""
    limit = d.limit.describe()
    out.write(f"Tenggat / Deadline:       {_local(d.due_at, d)}\n")
    out.write(f"Batas / Limit:            {limit.id} / {limit.en}\n")
    out.write(f"Diterima / Received:      {_local(d.received_at, d)}\n")
    out.write(f"Mulai dihitung / Starts:  {_local(d.effective_start, d)}\n")
    if d.provisional:
        out.write("PERHATIAN / NOTE:         data sementara / provisional data (C4)\n")
    if d.skipped:
        out.write("Hari dilewati / Skipped days:\n")
        for s in d.skipped:
            wd = s.date.weekday()
            day = f"  {s.date} {_DAYS_ID[wd][:3]}"
            if not s.closures:
                out.write(f"{day}  akhir pekan / weekend\n")
            for c in s.closures:
                est = " (perkiraan / estimated)" if c.estimated else ""
                out.write(f"{day}  {c.kind.value:<16} {c.name}{est}\n")
    out.write("Alasan / Reasons:\n")
    for r in d.reasons:
        if r.rule == "C2" and d.skipped:
            continue  # the table above lists the skipped days
        out.write(f"  [{r.rule}] {r.message.id}\n")
        out.write(f"  {' ' * (len(r.rule) + 2)} {r.message.en}\n")


def _calendar(args: argparse.Namespace, out: TextIO) -> int:
    cal = _calendar_for(args)
    closures = cal.closures(args.year)
    reason = cal.provisional_years.get(args.year)
    if args.json:
        doc = {
            "year": args.year,
            "timezone": cal.timezone,
            "cuti_bersama": cal.cuti_bersama,
            "provisional": reason is not None,
            "provisional_reason": reason.model_dump() if reason else None,
            "data_version": cal.data_version,
            "closures": [c.model_dump(mode="json") for c in closures],
        }
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return 0
    cuti = "ya / yes" if cal.cuti_bersama else "tidak / no"
    out.write(
        f"Libur {args.year} / Closures {args.year} ({cal.zone_abbreviation}, {cal.timezone})\n"
    )
    out.write(f"Cuti bersama diterapkan / applied: {cuti}\n")
    out.write(f"Data: {cal.data_version}\n")
    if reason is not None:
        out.write(f"SEMENTARA / PROVISIONAL: {reason.id} / {reason.en}\n")
    out.write(f"{'tanggal':<10}  {'hari':<6} {'jenis / kind':<16} {'perk.':<5} nama / name\n")
    for c in closures:
        wd = _DAYS_ID[c.date.weekday()][:3]
        est = "ya" if c.estimated else ""
        out.write(f"{c.date}  {wd:<6} {c.kind.value:<16} {est:<5} {c.name}  [{c.source}]\n")
    out.write(f"{len(closures)} penutupan / closures\n")
    return 0


def demo_section(out: TextIO) -> None:
    """Demo: a complaint received just before Lebaran 2026, 5 working days, in WIB and WIT."""
    out.write("== Tenggat SLA / SLA deadlines ==\n")
    received = dt.datetime(2026, 3, 17, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    out.write(
        "Pengaduan diterima Selasa 17 Maret 2026 pukul 15:00 WIB, menjelang Lebaran, dengan "
        "batas 5 hari kerja.\nA complaint received on Tuesday 17 March 2026 at 15:00 WIB, just "
        "before Lebaran, with a limit of 5 working days.\n"
    )
    for label, cal in (
        ("Kantor di Jakarta (WIB) / An office in Jakarta (WIB)", WorkingCalendar.indonesia()),
        (
            "Kantor di Papua (WIT, 17:00 waktu setempat) / An office in Papua (WIT, 17:00 local)",
            WorkingCalendar.for_province("91"),
        ),
    ):
        out.write(f"\n-- {label}\n")
        write_deadline(deadline(received, WorkingDays(5), calendar=cal), out)
