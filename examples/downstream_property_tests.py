"""Property tests a downstream service writes with ``lapor_rules.testing`` (run with pytest).

A complaint desk service has three pieces of its own code built on lapor_rules: a log line
formatter that must never leak a NIK, an escalation check, and a routing step. Hypothesis
draws the inputs from the library's strategies. Run ``python -m pytest
examples/downstream_property_tests.py``; run directly, it executes each property once.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from lapor_rules import (
    Urgency,
    WorkingCalendar,
    WorkingDays,
    redact,
    sla_status,
    triage,
)
from lapor_rules.testing import aware_datetimes, complaint_texts, synthetic_calendars, valid_niks


# --- the service's own code --------------------------------------------------------------
def log_line(event: str, text: str) -> str:
    """What the service writes to its logs: the event and the redacted text."""
    return f"{event}: {redact(text)}"


def needs_supervisor(received_at: dt.datetime, now: dt.datetime, cal: WorkingCalendar) -> bool:
    """Escalate when the 5-working-day follow-up (SP4N-LAPOR!) is breached or at risk."""
    state = sla_status(received_at, WorkingDays(5), now=now, calendar=cal).state
    return state in {"breached", "at_risk"}


def queue_for(text: str) -> str:
    """The desk queue: critical and high complaints go to the priority queue."""
    return "priority" if triage(text).urgency >= Urgency.HIGH else "normal"


# --- its property tests --------------------------------------------------------------------
@given(nik=valid_niks(), prefix=st.text(max_size=30))
def test_log_lines_never_contain_a_whole_nik(nik: str, prefix: str) -> None:
    """Whatever surrounds it, a NIK never reaches the log."""
    line = log_line("received", f"{prefix} NIK saya {nik} mohon dibantu")
    assert nik not in line


@given(cal=synthetic_calendars(), received=aware_datetimes(2024, 2025))
def test_escalation_happens_once_the_deadline_has_passed(
    cal: WorkingCalendar, received: dt.datetime
) -> None:
    """Sixty days later a 5-working-day follow-up is always breached, on any calendar."""
    assert needs_supervisor(received, received + dt.timedelta(days=60), cal)


@given(text=complaint_texts())
def test_adding_identity_misuse_never_demotes_the_queue(text: str) -> None:
    """Appending an identity-misuse sentence can only move a complaint to priority."""
    worse = text.rstrip() + " NIK saya dipakai orang untuk pinjol, saya ditagih terus."
    assert queue_for(worse) == "priority"


if __name__ == "__main__":
    for prop in (
        test_log_lines_never_contain_a_whole_nik,
        test_escalation_happens_once_the_deadline_has_passed,
        test_adding_identity_misuse_never_demotes_the_queue,
    ):
        prop()
        print(f"ok: {prop.__name__}")
