"""lapor_rules: explainable rules for Indonesian population-administration complaints.

Three capabilities, pure Python and without I/O, each result carrying its reasons:

* **SLA**: Indonesian working-day calendars (national holidays, cuti bersama, WIB/WITA/WIT
  office hours), deadlines and SLA status.
* **Triage**: urgency and complexity of a complaint written in informal Indonesian.
* **Privacy**: who may receive which population data under UU 24/2013.
"""

from __future__ import annotations

from lapor_rules._version import __version__
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
from lapor_rules.text import Bilingual

__all__ = [
    "Bilingual",
    "CalendarCoverageError",
    "Citation",
    "FrozenModelError",
    "InvalidInputError",
    "InvalidNikError",
    "InvalidTypeError",
    "LaporRulesError",
    "PersonalDataFinding",
    "PersonalDataKind",
    "ProvisionalDataError",
    "RuleSetError",
    "__version__",
    "find_personal_data",
    "redact",
]
