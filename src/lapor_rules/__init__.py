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
    AccessChannel,
    AccessDecision,
    AccessDenied,
    AccessFact,
    AccessOutcome,
    AccessPurpose,
    AccessReason,
    AccessRequest,
    DataElement,
    ElementResult,
    NikInfo,
    PersonalDataFinding,
    PersonalDataKind,
    Requester,
    WithheldElement,
    check_access,
    find_personal_data,
    is_valid_nik,
    mask_nik,
    parse_nik,
    redact,
    require_access,
)
from lapor_rules.privacy.render import render_privacy_rules_markdown
from lapor_rules.recap import CaseRecord, Recap, summarize
from lapor_rules.sla import (
    CalendarDays,
    Deadline,
    Hours,
    SlaPolicy,
    SlaStatus,
    WorkingDays,
    deadline,
    deadline_many,
    resolution_deadline,
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
    triage_many,
)

__all__ = [
    "AccessChannel",
    "AccessDecision",
    "AccessDenied",
    "AccessFact",
    "AccessOutcome",
    "AccessPurpose",
    "AccessReason",
    "AccessRequest",
    "AgencyPolicy",
    "Bilingual",
    "CalendarCoverageError",
    "CalendarDays",
    "CaseRecord",
    "Citation",
    "Closure",
    "Complaint",
    "Complexity",
    "DataElement",
    "Deadline",
    "ElementResult",
    "FrozenModelError",
    "Hours",
    "InvalidInputError",
    "InvalidNikError",
    "InvalidRecordError",
    "InvalidTypeError",
    "LaporRulesError",
    "NikInfo",
    "OfficeHours",
    "PersonalDataFinding",
    "PersonalDataKind",
    "ProvisionalDataError",
    "Recap",
    "Reporter",
    "Requester",
    "RuleSet",
    "RuleSetError",
    "SlaPolicy",
    "SlaStatus",
    "TriageReason",
    "TriageResult",
    "Urgency",
    "VulnerableGroup",
    "WithheldElement",
    "WorkingCalendar",
    "WorkingDays",
    "__version__",
    "add_working_days",
    "check_access",
    "deadline",
    "deadline_many",
    "find_personal_data",
    "is_valid_nik",
    "is_working_day",
    "mask_nik",
    "parse_nik",
    "redact",
    "render_privacy_rules_markdown",
    "require_access",
    "resolution_deadline",
    "sla_status",
    "sla_status_many",
    "summarize",
    "triage",
    "triage_many",
    "working_days_between",
]
