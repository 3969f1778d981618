"""Privacy: who may receive which population data, NIK structure, personal data in text.

The rules follow UU 24/2013 (Pasal 58, 79, 84, 86, 95A) and the design's
``privacy-policy.md``; see ``docs/privacy.md``.
"""

from __future__ import annotations

from lapor_rules.privacy.access_rules import ACCESS_RULES, RULESET_VERSION, AccessRule
from lapor_rules.privacy.decision import (
    AccessDecision,
    AccessDenied,
    AccessOutcome,
    AccessReason,
    ElementResult,
    WithheldElement,
)
from lapor_rules.privacy.elements import ELEMENTS, DataElement, ElementInfo
from lapor_rules.privacy.engine import check_access, require_access
from lapor_rules.privacy.nik import NIK_REASONS, NikInfo, is_valid_nik, mask_nik, parse_nik
from lapor_rules.privacy.personal_data import (
    PersonalDataFinding,
    PersonalDataKind,
    find_personal_data,
    redact,
)
from lapor_rules.privacy.requests import (
    AccessChannel,
    AccessFact,
    AccessPurpose,
    AccessRequest,
    Requester,
)

__all__ = [
    "ACCESS_RULES",
    "ELEMENTS",
    "NIK_REASONS",
    "RULESET_VERSION",
    "AccessChannel",
    "AccessDecision",
    "AccessDenied",
    "AccessFact",
    "AccessOutcome",
    "AccessPurpose",
    "AccessReason",
    "AccessRequest",
    "AccessRule",
    "DataElement",
    "ElementInfo",
    "ElementResult",
    "NikInfo",
    "PersonalDataFinding",
    "PersonalDataKind",
    "Requester",
    "WithheldElement",
    "check_access",
    "find_personal_data",
    "is_valid_nik",
    "mask_nik",
    "parse_nik",
    "redact",
    "require_access",
]
