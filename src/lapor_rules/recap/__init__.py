"""Recap of complaint records: follow-up shares, SLA compliance per stage, breaches.

See ``docs/recap.md`` for the definitions of every figure.
"""

from __future__ import annotations

from lapor_rules.recap.records import CaseRecord, ComplexityName
from lapor_rules.recap.summary import Breach, Recap, StageRecap, summarize

__all__ = ["Breach", "CaseRecord", "ComplexityName", "Recap", "StageRecap", "summarize"]
