"""Hypothesis strategies for services that test code built on lapor_rules.

Importable only when Hypothesis is installed (``pip install 'lapor-rules[test]'``)::

    from hypothesis import given
    from lapor_rules.testing import aware_datetimes

The strategies live in one module per capability and are re-exported here.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "lapor_rules.testing needs Hypothesis: pip install 'lapor-rules[test]'"
    ) from exc

from lapor_rules.testing.privacy import (
    access_requests,
    emails,
    invalid_niks,
    nik_texts,
    phone_numbers,
    valid_niks,
)
from lapor_rules.testing.recap import (
    agency_policies,
    case_record_lists,
    case_records,
    record_mappings,
)
from lapor_rules.testing.sla import (
    OFFICE_ZONES,
    aware_datetimes,
    calendar_dates,
    closure_dates,
    limits,
    pause_lists,
    synthetic_calendars,
    working_day_limits,
)
from lapor_rules.testing.triage import (
    aggravating_sentences,
    complaint_texts,
    complaints,
    neutral_texts,
    register_variants,
)

__all__: list[str] = [
    "OFFICE_ZONES",
    "access_requests",
    "agency_policies",
    "aggravating_sentences",
    "aware_datetimes",
    "calendar_dates",
    "case_record_lists",
    "case_records",
    "closure_dates",
    "complaint_texts",
    "complaints",
    "emails",
    "invalid_niks",
    "limits",
    "neutral_texts",
    "nik_texts",
    "pause_lists",
    "phone_numbers",
    "record_mappings",
    "register_variants",
    "synthetic_calendars",
    "valid_niks",
    "working_day_limits",
]
