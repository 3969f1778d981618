"""A regional Dukcapil's policy from its own configuration file: Dukcapil Kota Denpasar.

The agency keeps its policy in TOML (or JSON, or YAML) and parses it itself; the library
takes the parsed mapping and reads no files. Run: ``PYTHONPATH=src python
examples/agency_policy.py``. The outputs in ``docs/agency.md`` come from this script.

The regional closures below are an example: an office should copy the dates from the year's
circular of the Governor of Bali, not from here.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any
from zoneinfo import ZoneInfo

from lapor_rules import AgencyPolicy, WorkingDays, deadline, summarize, triage

POLICY_TOML = """
name = "Dukcapil Kota Denpasar"
province = "51"          # Bali: WITA
cuti_bersama = false     # the front office stays open through cuti bersama

[[extra_closures]]
date = 2025-11-19
name = "Hari Raya Galungan"
source = "SE Gubernur Bali (contoh / example)"

[[extra_closures]]
date = 2025-11-29
name = "Hari Raya Kuningan"
source = "SE Gubernur Bali (contoh / example)"

[[extra_closures]]
date = 2026-06-17
name = "Hari Raya Galungan"
source = "SE Gubernur Bali (contoh / example)"

[[extra_closures]]
date = 2026-06-27
name = "Hari Raya Kuningan"
source = "SE Gubernur Bali (contoh / example)"

[stage_limits.lapor_follow_up]
unit = "working_days"
n = 7

[class_limits.complex]
unit = "working_days"
n = 10

# A regional triage rule: a ngaben (cremation) waiting on death documents is as urgent as a
# burial (the rubric's "body cannot be buried").
[[triage_signals]]
id = "ngaben"
description = { id = "Upacara ngaben (kremasi adat Bali)", en = "Ngaben (Balinese cremation)" }
phrases = ["ngaben", "pengabenan", "upacara kremasi", "palebon"]

[[triage_rules]]
id = "DPS-NGABEN"
when = { all_of = ["ngaben"] }
effect = { urgency = "critical", complexity = "normative" }
source = "Kebijakan Dukcapil Kota Denpasar (contoh / example)"

[triage_rules.message]
id = "Upacara ngaben menunggu dokumen kematian"
en = "A ngaben waits for the death documents"
"""

# The same policy as JSON, for Python 3.10 (no tomllib) and for services that prefer JSON.
POLICY_JSON = """
{
  "name": "Dukcapil Kota Denpasar",
  "province": "51",
  "cuti_bersama": false,
  "extra_closures": [
    {"date": "2025-11-19", "name": "Hari Raya Galungan",
     "source": "SE Gubernur Bali (contoh / example)"},
    {"date": "2025-11-29", "name": "Hari Raya Kuningan",
     "source": "SE Gubernur Bali (contoh / example)"},
    {"date": "2026-06-17", "name": "Hari Raya Galungan",
     "source": "SE Gubernur Bali (contoh / example)"},
    {"date": "2026-06-27", "name": "Hari Raya Kuningan",
     "source": "SE Gubernur Bali (contoh / example)"}
  ],
  "stage_limits": {"lapor_follow_up": {"unit": "working_days", "n": 7}},
  "class_limits": {"complex": {"unit": "working_days", "n": 10}},
  "triage_signals": [
    {"id": "ngaben",
     "description": {"id": "Upacara ngaben (kremasi adat Bali)",
                     "en": "Ngaben (Balinese cremation)"},
     "phrases": ["ngaben", "pengabenan", "upacara kremasi", "palebon"]}
  ],
  "triage_rules": [
    {"id": "DPS-NGABEN", "when": {"all_of": ["ngaben"]},
     "effect": {"urgency": "critical", "complexity": "normative"},
     "message": {"id": "Upacara ngaben menunggu dokumen kematian",
                 "en": "A ngaben waits for the death documents"},
     "source": "Kebijakan Dukcapil Kota Denpasar (contoh / example)"}
  ]
}
"""

WITA = ZoneInfo("Asia/Makassar")


def load_policy() -> AgencyPolicy:
    """Parse the TOML on Python 3.11+, the JSON otherwise; both give the same policy."""
    from_json = AgencyPolicy.model_validate_json(POLICY_JSON)
    if sys.version_info >= (3, 11):
        import tomllib  # noqa: PLC0415 - only on 3.11+

        data: dict[str, Any] = tomllib.loads(POLICY_TOML)
        from_toml = AgencyPolicy.model_validate(data)
        assert from_toml == from_json
        return from_toml
    return from_json


def main() -> None:
    policy = load_policy()
    cal = policy.calendar()
    print("## Calendar")
    print(f"{policy.name}: {cal.timezone} ({cal.zone_abbreviation}), cuti bersama "
          f"{'on' if cal.cuti_bersama else 'off'}")  # fmt: skip
    print(f"data: {cal.data_version}")
    for c in cal.closures(2026):
        if c.kind.value == "extra":
            print(f"  {c.date} {c.date:%a}  {c.name}  [{c.source}]")

    print("\n## A deadline across Galungan 2026")
    received = dt.datetime(2026, 6, 15, 10, 0, tzinfo=WITA)
    d = deadline(received, WorkingDays(3), calendar=cal)
    print(f"received {received:%Y-%m-%d %H:%M} WITA, 3 working days: due {d.due_at:%Y-%m-%d %H:%M}")
    for s in d.skipped:
        names = "; ".join(c.name for c in s.closures) or "weekend"
        print(f"  skipped {s.date} {s.date:%a}: {names}")

    print("\n## Cuti bersama off: Friday 15 May 2026 is a working day here")
    print(f"is_working_day(2026-05-15) = {cal.is_working_day(dt.date(2026, 5, 15))}")

    print("\n## The merged SLA policy (changed rows)")
    sla = policy.sla_policy()
    print(f"policy id: {sla.id}")
    for row in sla.stages:
        if "Denpasar" in row.source_note:
            print(f"  {row.id}: {row.limit.describe().en} - {row.source_note.split(' / ')[1]}")

    print("\n## A regional triage rule")
    rules = policy.triage_ruleset()
    text = "Surat kematian bapak belum keluar, padahal upacara ngaben sudah dijadwalkan."
    result = triage(text, rules=rules)
    print(f"rule set {rules.version}: {result.urgency.value}/{result.complexity.value}")
    print(f"  primary reason: {result.primary_reason.rule_id if result.primary_reason else '-'}")

    print("\n## A recap under this policy")
    records = [
        {"id": "DPS-001", "received_at": "2026-07-01T08:00+08:00",
         "forwarded_at": "2026-07-01T09:00+08:00", "responded_at": "2026-07-09T10:00+08:00",
         "complexity": "complex"},
        {"id": "DPS-002", "received_at": "2026-07-02T13:00+08:00",
         "forwarded_at": "2026-07-06T08:00+08:00"},
    ]  # fmt: skip
    now = dt.datetime(2026, 7, 14, 12, 0, tzinfo=WITA)
    print(summarize(records, now=now, policy=policy).to_text("en"), end="")

    print("\n## A malformed policy names the field, not the value")
    try:
        AgencyPolicy.model_validate({**json.loads(POLICY_JSON), "province": "99"})
    except ValueError as exc:
        print(f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
