"""``lapor-rules access``, ``nik`` and ``redact``: the privacy capability on the command line.

* ``access``: decide a data request and print the decision and the reply.
* ``nik``: check a NIK and print only its masked form and region (never the number).
* ``redact``: copy standard input to standard output with personal data replaced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any, TextIO

from lapor_rules.errors import InvalidInputError, InvalidNikError
from lapor_rules.privacy import (
    AccessChannel,
    AccessDecision,
    AccessFact,
    AccessPurpose,
    AccessRequest,
    DataElement,
    Requester,
    check_access,
    parse_nik,
    redact,
)
from lapor_rules.privacy.render import render_privacy_rules_markdown

__all__ = ["demo_section", "register"]

_THIRD_PARTY_DEMO = (
    "NIK ini milik siapa? Orang ini berutang ke saya, saya minta alamatnya. "
    "NIK 3171011708450001, hubungi saya di 0812-3456-7890."
)


def register(subparsers: Any) -> None:
    """Add the ``access``, ``nik`` and ``redact`` sub-commands."""
    _register_access(subparsers)
    _register_nik(subparsers)
    redact_parser: argparse.ArgumentParser = subparsers.add_parser(
        "redact",
        help="samarkan data pribadi dari stdin / redact personal data from stdin",
        description="Copy standard input to standard output with every NIK, KK number, phone "
        "number and e-mail address replaced by [NIK], [NO-KK], [TELEPON] or [EMAIL].",
    )
    redact_parser.set_defaults(handler=_run_redact)


def _register_access(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "access",
        help="putuskan permintaan data / decide a population-data request",
        description="Decide who may receive which population data (UU 24/2013) and print the "
        "decision with its reasons and a reply for the requester.",
    )
    parser.add_argument("--requester", choices=[r.value for r in Requester])
    parser.add_argument(
        "--elements",
        help="kode elemen dipisah koma / comma-separated element codes, e.g. nik,alamat_sekarang "
        f"(known: {', '.join(e.value for e in DataElement)})",
    )
    parser.add_argument(
        "--purpose",
        help=f"one of {', '.join(p.value for p in AccessPurpose)} "
        "(own_interest = kepentingan_pribadi)",
    )
    parser.add_argument("--channel", choices=[c.value for c in AccessChannel])
    parser.add_argument(
        "--fact",
        action="append",
        default=[],
        choices=[f.value for f in AccessFact],
        help="a proof fact the request states (repeatable)",
    )
    parser.add_argument("--lang", choices=["id", "en"], default="id")
    parser.add_argument("--json", action="store_true", help="print the decision as JSON")
    parser.add_argument(
        "--rules-markdown",
        action="store_true",
        help="print the rule table as Markdown (the generated block of docs/privacy.md)",
    )
    parser.set_defaults(handler=_run_access)


def _register_nik(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "nik",
        help="periksa struktur NIK / check a NIK's structure (masked output only)",
        description="Check a NIK's structure. Only the masked NIK and its region are printed, "
        "never the number, birth date or serial. Exit status 1 when the NIK is invalid.",
    )
    parser.add_argument("nik", help="the NIK; spaces, dots and dashes are accepted")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="reference date YYYY-MM-DD (default: the current date)",
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=_run_nik)


def _run_access(args: argparse.Namespace, out: TextIO) -> int:
    if args.rules_markdown:
        out.write(render_privacy_rules_markdown())
        return 0
    missing = [
        name for name in ("requester", "elements", "purpose", "channel") if not getattr(args, name)
    ]
    if missing:
        raise InvalidInputError(
            "access needs " + ", ".join(f"--{name}" for name in missing) + " (or --rules-markdown)"
        )
    request = AccessRequest.model_validate(
        {
            "requester": args.requester,
            "elements": [e.strip() for e in args.elements.split(",") if e.strip()],
            "purpose": args.purpose,
            "channel": args.channel,
            "facts": args.fact,
        }
    )
    decision = check_access(request)
    if args.json:
        payload = decision.model_dump(mode="json")
        payload["reply"] = decision.reply(args.lang)
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        write_decision(decision, out, lang=args.lang)
    return 0


def write_decision(decision: AccessDecision, out: TextIO, *, lang: str = "id") -> None:
    """Write a readable decision: outcome, elements, reasons, then the reply."""
    granted = ", ".join(e.value for e in decision.granted) or "-"
    out.write(f"Keputusan / Decision: {decision.outcome.value}\n")
    out.write(f"Diberikan / Granted: {granted}\n")
    if decision.withheld:
        withheld = ", ".join(
            f"{w.element.value} ({w.result.value}, {w.rule_id})" for w in decision.withheld
        )
        out.write(f"Ditahan / Withheld: {withheld}\n")
    out.write("Alasan / Reasons:\n")
    for reason in decision.reasons:
        elements = ", ".join(e.value for e in reason.elements)
        out.write(f"  {reason.rule_id} [{reason.result.value}] {elements}\n")
        out.write(f"    {reason.message.id}\n    {reason.message.en}\n")
        if reason.citations:
            out.write("    dasar / basis: " + "; ".join(map(str, reason.citations)) + "\n")
        if reason.derived_policy:
            out.write("    kebijakan turunan / derived policy\n")
        if reason.facts_used:
            out.write("    fakta dipakai / facts used: " + ", ".join(reason.facts_used) + "\n")
        if reason.facts_missing:
            missing = ", ".join(f.value for f in reason.facts_missing)
            out.write(f"    fakta kurang / facts missing: {missing}\n")
    out.write("\nBalasan / Reply:\n")
    out.write(decision.reply("en" if lang == "en" else "id") + "\n")


def _run_nik(args: argparse.Namespace, out: TextIO) -> int:
    try:
        info = parse_nik(args.nik, today=args.today)
    except InvalidNikError as exc:
        if args.json:
            payload = {"valid": False, "reason": exc.reason, "message": str(exc)}
            out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            out.write(f"tidak valid / invalid ({exc.reason}): {exc}\n")
        return 1
    shown = {
        "valid": True,
        "masked": info.masked,
        "province_code": info.province_code,
        "province_name": info.province_name,
        "regency_code": info.regency_code,
        "district_code": info.district_code,
        "zone": info.zone,
    }
    if args.json:
        out.write(json.dumps(shown, ensure_ascii=False) + "\n")
    else:
        out.write(
            f"valid: {info.masked}\n"
            f"provinsi / province: {info.province_code} {info.province_name} ({info.zone})\n"
            f"kab/kota / regency: {info.regency_code}\n"
            f"kecamatan / district: {info.district_code}\n"
        )
    return 0


def _run_redact(args: argparse.Namespace, out: TextIO) -> int:
    out.write(redact(sys.stdin.read()))
    return 0


def demo_section(out: TextIO) -> None:
    """Demo: a reporter asks who owns a NIK; the request is refused with its reply."""
    out.write("== Privasi: permintaan data pihak ketiga / Privacy: a third-party request ==\n")
    out.write(f"Laporan (disamarkan / redacted): {redact(_THIRD_PARTY_DEMO)}\n\n")
    request = AccessRequest(
        "public",
        ["nik", "nama_lengkap", "alamat_sekarang"],
        purpose="kepentingan_pribadi",
        channel="private",
    )
    write_decision(check_access(request), out)
