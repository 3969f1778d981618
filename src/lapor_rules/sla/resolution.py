"""From a triage result to its resolution deadline (rule P: complexity class -> limit).

Triage sets a complaint's complexity class (``simple``, ``normative``, ``complex``,
``oversight``); the SLA policy maps each class to its resolution stage (by default the SIPPN
classes: 2 / 5 / 14 / 60 working days). :func:`resolution_deadline` joins the two.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from lapor_rules.calendar.engine import WorkingCalendar
from lapor_rules.errors import InvalidTypeError
from lapor_rules.sla.deadline import Deadline, PauseInput, deadline
from lapor_rules.sla.policy import SlaPolicy

__all__ = ["HasComplexity", "resolution_deadline"]

# The default policy costs ~0.2 ms to validate; this module keeps one private instance (never
# handed out, so no caller can change the shared copy).
_default_policy = functools.cache(SlaPolicy.default)


@runtime_checkable
class HasComplexity(Protocol):
    """Anything with a ``complexity`` class, such as a :class:`~lapor_rules.TriageResult`."""

    @property
    def complexity(self) -> str:
        """The complexity class (a ``str`` or a ``str`` enum)."""


def resolution_deadline(
    triaged: HasComplexity | str,
    received_at: dt.datetime,
    *,
    policy: SlaPolicy | None = None,
    calendar: WorkingCalendar | None = None,
    pauses: Sequence[PauseInput] = (),
) -> Deadline:
    """The deadline for resolving a complaint of the triaged complexity (rules P, T1–T6).

    Args:
        triaged: a :class:`~lapor_rules.TriageResult`, a ``Complexity``, or a class name
            (``"simple"``, ``"normative"``, ``"complex"``, ``"oversight"``).
        received_at: when the complaint was received (timezone-aware).
        policy: the agency's policy (default :meth:`SlaPolicy.default`).
        calendar: the office calendar (default: the national calendar, WIB).
        pauses: ``(start, end)`` pairs when the case waited on the reporter (rule T5).

    Returns:
        The :class:`~lapor_rules.Deadline` of the policy's resolution stage for that class.

    Raises:
        InvalidInputError: the class is not in the policy, or ``received_at`` is naive.
        InvalidTypeError: ``triaged`` has no complexity class.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> received = dt.datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    >>> d = resolution_deadline("complex", received)
    >>> d.limit, d.due_date.isoformat()
    (WorkingDays(14), '2026-04-13')
    """
    complexity = triaged if isinstance(triaged, str) else getattr(triaged, "complexity", None)
    if not isinstance(complexity, str):
        raise InvalidTypeError(
            "triaged must be a TriageResult, a Complexity or a complexity class name"
        )
    rules = _default_policy() if policy is None else policy
    if not isinstance(rules, SlaPolicy):
        raise InvalidTypeError("policy must be an SlaPolicy or None")
    return deadline(
        received_at, rules.limit_for_complexity(complexity), calendar=calendar, pauses=pauses
    )
