"""lapor_rules: explainable rules for Indonesian population-administration complaints.

Three capabilities, pure Python and without I/O, each result carrying its reasons:

* **SLA**: Indonesian working-day calendars (national holidays, cuti bersama, WIB/WITA/WIT
  office hours), deadlines and SLA status.
* **Triage**: urgency and complexity of a complaint written in informal Indonesian.
* **Privacy**: who may receive which population data under UU 24/2013.
"""

from __future__ import annotations

from lapor_rules._version import __version__
from lapor_rules.calendar import (
    Closure,
    OfficeHours,
    WorkingCalendar,
    add_working_days,
    is_working_day,
    working_days_between,
)
from lapor_rules.citations import Citation
from lapor_rules.errors import (
    CalendarCoverageError,
    FrozenModelError,
    InvalidInputError,
    InvalidNikError,
    InvalidTypeError,
    LaporRulesError,
    ProvisionalDataError,
    RuleSetError,
)
from lapor_rules.privacy import (
    PersonalDataFinding,
    PersonalDataKind,
    find_personal_data,
    redact,
)
from lapor_rules.sla import (
    CalendarDays,
    Deadline,
    Hours,
    SlaPolicy,
    SlaStatus,
    WorkingDays,
    deadline,
    deadline_many,
    sla_status,
    sla_status_many,
)
from lapor_rules.text import Bilingual
from lapor_rules.triage import (
    Complaint,
    Complexity,
    Reporter,
    RuleSet,
    TriageReason,
    TriageResult,
    Urgency,
    VulnerableGroup,
    triage,
)

__all__ = [
    "Bilingual",
    "CalendarCoverageError",
    "CalendarDays",
    "Citation",
    "Closure",
    "Complaint",
    "Complexity",
    "Deadline",
    "FrozenModelError",
    "Hours",
    "InvalidInputError",
    "InvalidNikError",
    "InvalidTypeError",
    "LaporRulesError",
    "OfficeHours",
    "PersonalDataFinding",
    "PersonalDataKind",
    "ProvisionalDataError",
    "Reporter",
    "RuleSet",
    "RuleSetError",
    "SlaPolicy",
    "SlaStatus",
    "TriageReason",
    "TriageResult",
    "Urgency",
    "VulnerableGroup",
    "WorkingCalendar",
    "WorkingDays",
    "__version__",
    "add_working_days",
    "deadline",
    "deadline_many",
    "find_personal_data",
    "is_working_day",
    "redact",
    "sla_status",
    "sla_status_many",
    "triage",
    "working_days_between",
]
