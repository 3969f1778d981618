"""Hypothesis strategies for the recap and the agency policy.

>>> from hypothesis import given
>>> from lapor_rules.testing.recap import case_records
>>> @given(case_records())
... def test_record_is_in_order(record): ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from lapor_rules.agency import AgencyPolicy
from lapor_rules.recap.records import CaseRecord
from lapor_rules.regions import PROVINCES
from lapor_rules.sla.deadline import Pause
from lapor_rules.sla.policy import COMPLEXITY_CLASSES
from lapor_rules.testing.sla import OFFICE_ZONES, aware_datetimes

__all__ = ["agency_policies", "case_record_lists", "case_records", "record_mappings"]

_CASE_IDS = st.from_regex(r"[A-Z]{3}-[0-9]{5}", fullmatch=True)
_STEP = st.integers(0, 20 * 24 * 3600).map(lambda s: dt.timedelta(seconds=s))


@st.composite
def case_records(
    draw: st.DrawFn,
    min_year: int = 2024,
    max_year: int = 2026,
    *,
    zones: Sequence[str] = (*OFFICE_ZONES, "UTC"),
    with_pauses: bool = True,
    case_id: str | None = None,
) -> CaseRecord:
    """Valid case records: instants in order, up to 20 days apart, optional pauses.

    Received instants stay within ``min_year``–``max_year`` minus a month, so every deadline
    under the default policy (except a 60-working-day resolution) stays in a calendar that
    covers those years and the next.
    """
    received = draw(aware_datetimes(min_year, max_year, zones))
    fields: dict[str, Any] = {
        "id": case_id if case_id is not None else draw(_CASE_IDS),
        "received_at": received,
        "complexity": draw(st.none() | st.sampled_from(COMPLEXITY_CLASSES)),
    }
    last = received
    for name in ("forwarded_at", "responded_at"):
        if not draw(st.booleans()):
            break
        last = last + draw(_STEP)
        fields[name] = last
    if draw(st.booleans()):
        fields["closed_at"] = last + draw(_STEP)
    if with_pauses and draw(st.booleans()):
        start = received + draw(_STEP)
        fields["pauses"] = (Pause(start=start, end=start + draw(_STEP)),)
    return CaseRecord(**fields)


def record_mappings(**kwargs: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Valid records as plain JSON-ready mappings (ISO 8601 strings), as a service exports them."""
    return case_records(**kwargs).map(lambda r: r.model_dump(mode="json", exclude_defaults=True))


def case_record_lists(max_size: int = 30, **kwargs: Any) -> st.SearchStrategy[list[CaseRecord]]:
    """Lists of valid records with distinct ids."""
    return st.lists(case_records(**kwargs), max_size=max_size, unique_by=lambda r: r.id)


@st.composite
def agency_policies(draw: st.DrawFn) -> AgencyPolicy:
    """Valid agency policies: a province, the cuti bersama switch, a few closures, overrides."""
    code = draw(st.sampled_from(sorted(PROVINCES)))
    closures = draw(
        st.lists(
            st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)).map(
                lambda d: {"date": d.isoformat(), "name": "Libur daerah"}
            ),
            max_size=4,
        )
    )
    classes = draw(
        st.dictionaries(
            st.sampled_from(COMPLEXITY_CLASSES),
            st.integers(1, 60).map(lambda n: {"unit": "working_days", "n": n}),
            max_size=2,
        )
    )
    return AgencyPolicy.model_validate(
        {
            "name": draw(st.sampled_from(["Dukcapil Kota Denpasar", "Disdukcapil Kab. Contoh"])),
            "province": code,
            "cuti_bersama": draw(st.booleans()),
            "extra_closures": closures,
            "class_limits": classes,
        }
    )
