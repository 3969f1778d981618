"""SLA limits, deadlines, status and the complaint-handling policy (rules T1–T6, S1–S4, P)."""

from __future__ import annotations

from lapor_rules.sla.batch import deadline_many, sla_status_many
from lapor_rules.sla.deadline import Deadline, Pause, SlaReason, deadline
from lapor_rules.sla.limits import CalendarDays, Hours, Limit, WorkingDays, parse_limit
from lapor_rules.sla.policy import SlaPolicy, StageLimit
from lapor_rules.sla.resolution import HasComplexity, resolution_deadline
from lapor_rules.sla.status import SlaState, SlaStatus, sla_status

__all__ = [
    "CalendarDays",
    "Deadline",
    "HasComplexity",
    "Hours",
    "Limit",
    "Pause",
    "SlaPolicy",
    "SlaReason",
    "SlaState",
    "SlaStatus",
    "StageLimit",
    "WorkingDays",
    "deadline",
    "deadline_many",
    "parse_limit",
    "resolution_deadline",
    "sla_status",
    "sla_status_many",
]
