"""A monthly recap of a complaint register: shares, SLA compliance per stage, breaches.

Run: ``PYTHONPATH=src python examples/recap_report.py``. The register is the fake sample in
``examples/data/recap_sample.jsonl``; a service would read its own export the same way (the
library itself reads no files). The outputs in ``docs/recap.md`` come from this script.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from lapor_rules import summarize
from lapor_rules.recap.render import percent, render_breaches

SAMPLE = Path(__file__).resolve().parent / "data" / "recap_sample.jsonl"


def main() -> None:
    records = [json.loads(line) for line in SAMPLE.read_text("utf-8").splitlines() if line]
    now = dt.datetime(2026, 4, 10, 16, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    recap = summarize(records, now=now)

    print(recap.to_text("id"))
    print(recap.to_text("en"))

    print("## Exact shares and their display")
    shares = (recap.share_followed_up, recap.share_in_process, recap.share_not_followed_up)
    shown = recap.display_percentages()
    assert shown is not None
    for label, exact, units in zip(("followed up", "in process", "not followed up"),
                                   shares, shown, strict=True):  # fmt: skip
        print(f"{label:<16} {exact!s:>6}  {percent(units, 'en', hundredths=True)}")

    print("\n## Compliance of the follow-up stage")
    follow_up = recap.stage("lapor_follow_up")
    print(f"met {follow_up.met}, missed {follow_up.missed}, open breached {follow_up.breached}")
    print(f"compliance {follow_up.compliance} = {percent(follow_up.compliance, 'en')}")
    print(
        f"with open breaches {follow_up.compliance_with_breaches} = "
        f"{percent(follow_up.compliance_with_breaches, 'en')}"
    )

    print("\n## The five most overdue")
    worst = sorted(recap.breaches, key=lambda b: b.overdue, reverse=True)[:5]
    print(render_breaches(recap.model_copy(update={"breaches": tuple(worst)}), "en"), end="")


if __name__ == "__main__":
    main()
