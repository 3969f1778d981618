"""Triage a few complaints and show why (run: ``python examples/triage_basic.py``)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from lapor_rules import Complaint, Reporter, RuleSet, triage

WIB = timezone(timedelta(hours=7))


def main() -> None:
    received = datetime(2026, 3, 10, 9, 0, tzinfo=WIB)
    complaints = [
        Complaint("Bapak sy mau operasi besok tp BPJS nya gk aktif, NIK tdk terdaftar",
                  received_at=received),
        Complaint("udh 2 bln akte anak blm terbit", received_at=received),
        Complaint("KTP saya hilang, mohon dicetak ulang",
                  reporter=Reporter(groups=frozenset({"lansia"}))),
        Complaint("Syarat bikin KIA apa aja ya?"),
    ]  # fmt: skip
    for complaint in complaints:
        result = triage(complaint)
        print(f"urgency={result.urgency.value} complexity={result.complexity.value}")
        primary = result.primary_reason
        if primary is not None:
            print(f"  primary: {primary.rule_id} - {primary.message.id}")
            for ev in primary.evidence:
                print(f"    evidence {ev.signal} at {ev.start}:{ev.end} {ev.text!r} {ev.note}")
    # An agency adds its own rule from plain data.
    local = RuleSet.default().with_rules(
        [
            {
                "id": "X-PILKADA",
                "when": {"all_of": ["pilkada"]},
                "effect": {"urgency": "high"},
                "message": {"id": "Dokumen untuk pilkada", "en": "Document for an election"},
            }
        ],
        signals=[
            {
                "id": "pilkada",
                "description": {"id": "Pilkada", "en": "Local election"},
                "phrases": ["pilkada", "nyoblos"],
            }
        ],
    )
    result = triage("KTP belum jadi, mau nyoblos", rules=local)
    print(f"local rules: urgency={result.urgency.value} ({result.ruleset_version})")


if __name__ == "__main__":
    main()
