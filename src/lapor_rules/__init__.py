"""lapor_rules: explainable rules for Indonesian population-administration complaints.

Three capabilities, pure Python and without I/O, each result carrying its reasons:

* **SLA**: Indonesian working-day calendars (national holidays, cuti bersama, WIB/WITA/WIT
  office hours), deadlines and SLA status.
* **Triage**: urgency and complexity of a complaint written in informal Indonesian.
* **Privacy**: who may receive which population data under UU 24/2013.
"""

from __future__ import annotations

from lapor_rules._version import __version__
from lapor_rules.agency import AgencyPolicy
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
    InvalidRecordError,
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
from lapor_rules.recap import CaseRecord, Recap, summarize
from lapor_rules.sla import (
    CalendarDays,
    Deadline,
    Hours,
    SlaPolicy,
    SlaStatus,
    WorkingDays,
    deadline,
    sla_status,
)
from lapor_rules.text import Bilingual

__all__ = [
    "AgencyPolicy",
    "Bilingual",
    "CalendarCoverageError",
    "CalendarDays",
    "CaseRecord",
    "Citation",
    "Closure",
    "Deadline",
    "FrozenModelError",
    "Hours",
    "InvalidInputError",
    "InvalidNikError",
    "InvalidRecordError",
    "InvalidTypeError",
    "LaporRulesError",
    "OfficeHours",
    "PersonalDataFinding",
    "PersonalDataKind",
    "ProvisionalDataError",
    "Recap",
    "RuleSetError",
    "SlaPolicy",
    "SlaStatus",
    "WorkingCalendar",
    "WorkingDays",
    "__version__",
    "add_working_days",
    "deadline",
    "find_personal_data",
    "is_working_day",
    "redact",
    "sla_status",
    "summarize",
    "working_days_between",
]
