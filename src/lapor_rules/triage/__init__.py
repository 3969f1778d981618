"""Triage of adminduk complaints: urgency and complexity, explained.

``triage(text_or_complaint)`` returns a :class:`TriageResult` whose levels follow the triage
rubric and whose reasons name the decision rules that fired, with evidence offsets into the
original text. Rules are data (:class:`RuleSet`) that an agency can extend or override.
"""

from __future__ import annotations

from lapor_rules.triage.batch import triage_many
from lapor_rules.triage.engine import triage
from lapor_rules.triage.models import (
    MAX_TEXT_CHARS,
    Complaint,
    Complexity,
    Effect,
    Evidence,
    Reporter,
    TriageReason,
    TriageResult,
    Urgency,
    VulnerableGroup,
)
from lapor_rules.triage.rules import FACTS, Condition, DecisionRule, RuleSet, Signal

__all__ = [
    "FACTS",
    "MAX_TEXT_CHARS",
    "Complaint",
    "Complexity",
    "Condition",
    "DecisionRule",
    "Effect",
    "Evidence",
    "Reporter",
    "RuleSet",
    "Signal",
    "TriageReason",
    "TriageResult",
    "Urgency",
    "VulnerableGroup",
    "triage",
    "triage_many",
]
