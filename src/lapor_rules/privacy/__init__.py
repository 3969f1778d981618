"""Privacy: who may receive which population data, NIK structure, personal data in text.

The rules follow UU 24/2013 (Pasal 58, 79, 84, 86, 95A) and the design's
``privacy-policy.md``; see ``docs/privacy.md``.
"""

from __future__ import annotations

from lapor_rules.privacy.personal_data import (
    PersonalDataFinding,
    PersonalDataKind,
    find_personal_data,
    redact,
)

__all__ = [
    "PersonalDataFinding",
    "PersonalDataKind",
    "find_personal_data",
    "redact",
]
