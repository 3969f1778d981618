"""The recap of a collection of complaint records at a moment ``now``.

Definitions (``docs/recap.md``), every event counted only if it happened at or before ``now``
(a pause still running at ``now`` counts up to ``now``):

* **followed up** (sudah ditindaklanjuti): the agency's response is posted;
* **in process** (dalam proses): forwarded to the agency, no response yet;
* **not followed up** (belum ditindaklanjuti): not forwarded yet.

The three shares are exact fractions that sum to 1. Each SLA stage is evaluated with
:func:`~lapor_rules.sla.deadline` and :func:`~lapor_rules.sla.sla_status` under the policy's
limits, pauses honoured (rules T1–T6, S1–S4):

* ``lapor_verification``: from receipt to forwarding;
* ``lapor_follow_up``: from forwarding to the response (forwarded cases only);
* the resolution stage of each complexity class: from receipt to the response (classified
  cases only).

A finished stage is ``met`` or ``missed`` (S1); an open one is ``on_track``, ``at_risk`` or
``breached`` at ``now`` (S2); a case closed before the stage's end event is counted as
``closed_early`` and left out of compliance.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any, Literal

from pydantic import Field

from lapor_rules._construct import build
from lapor_rules._model import LaporModel
from lapor_rules.calendar.engine import WorkingCalendar, _check_aware
from lapor_rules.calendar.national import default_calendar
from lapor_rules.errors import (
    CalendarCoverageError,
    InvalidInputError,
    InvalidRecordError,
    InvalidTypeError,
    ProvisionalDataError,
)
from lapor_rules.recap.records import CaseRecord, iter_records, safe_case_id
from lapor_rules.sla.deadline import Pause, deadline
from lapor_rules.sla.limits import CalendarDays, Hours, Limit, WorkingDays
from lapor_rules.sla.policy import SlaPolicy, StageLimit
from lapor_rules.sla.status import SlaState, sla_status
from lapor_rules.text import Bilingual, Language

__all__ = ["Breach", "Recap", "StageRecap", "summarize"]

VERIFICATION = "lapor_verification"
FOLLOW_UP = "lapor_follow_up"


class StageRecap(LaporModel):
    """SLA figures of one stage over the recap's records.

    Attributes:
        stage: the policy's stage id.
        name: the stage's name, Indonesian and English.
        limit: the stage's limit under the policy.
        classes: the complexity classes this stage resolves (resolution stages only).
        total: cases that entered the stage.
        met: finished by the deadline (S1).
        missed: finished after the deadline (S1).
        on_track: open, on track at ``now`` (S2).
        at_risk: open, at or past the warning threshold at ``now`` (S2).
        breached: open and past the deadline at ``now`` (S2).
        closed_early: closed before the stage's end event; not in compliance.
        compliance: ``met / (met + missed)``; ``None`` when nothing finished.
        compliance_with_breaches: ``met / (met + missed + breached)``; ``None`` when that is
            ``0 / 0``.
    """

    stage: str
    name: Bilingual
    limit: Limit
    classes: tuple[str, ...] = ()
    total: int = 0
    met: int = 0
    missed: int = 0
    on_track: int = 0
    at_risk: int = 0
    breached: int = 0
    closed_early: int = 0
    compliance: Fraction | None = None
    compliance_with_breaches: Fraction | None = None


class Breach(LaporModel):
    """A stage that ran past its deadline: still open (``breached``) or finished late.

    Attributes:
        index: the record's position in the input, from 0.
        case_id: the record's opaque case id.
        stage: the stage id.
        state: ``breached`` (open) or ``missed`` (finished late).
        due_at: the deadline instant, in the calendar's zone.
        overdue: how late at ``now`` (breached) or at the end event (missed).
    """

    index: int
    case_id: str
    stage: str
    state: Literal["breached", "missed"]
    due_at: dt.datetime
    overdue: dt.timedelta


class Recap(LaporModel):
    """The figures an agency reports over its complaint records at ``now``.

    Attributes:
        now: the moment of the recap.
        timezone: the calendar's zone.
        policy_id: the SLA policy's id.
        policy_version: the SLA policy's version.
        data_version: the calendar's holiday data label (rule C3).
        total: records received at or before ``now``.
        received_after_now: records received after ``now`` (left out of every figure).
        followed_up: responded at or before ``now``.
        in_process: forwarded but not responded.
        not_followed_up: not forwarded.
        share_followed_up: ``followed_up / total`` (exact); ``None`` when ``total`` is 0.
        share_in_process: ``in_process / total``.
        share_not_followed_up: ``not_followed_up / total``.
        closed: closed at or before ``now``.
        unclassified: records without a complexity class (no resolution stage).
        stages: verification, follow-up, then each resolution stage.
        breaches: every stage past its deadline, in record order.
        late_verification_limit: the reporting threshold for late verification.
        verified_late: forwarded after that threshold's deadline.
        unverified_late: still not forwarded (nor closed) and past that deadline at ``now``.
        responded: records with a response (the median's sample).
        median_working_days_to_response: median of D2 ``working_days_between`` from the
            start day (T1) of receipt to the start day of the response; ``None`` without
            responses.
        provisional: some deadline touched a provisional year (rule C4).
    """

    now: dt.datetime
    timezone: str
    policy_id: str
    policy_version: str
    data_version: str
    total: int
    received_after_now: int = 0
    followed_up: int
    in_process: int
    not_followed_up: int
    share_followed_up: Fraction | None = None
    share_in_process: Fraction | None = None
    share_not_followed_up: Fraction | None = None
    closed: int = 0
    unclassified: int = 0
    stages: tuple[StageRecap, ...] = ()
    breaches: tuple[Breach, ...] = ()
    late_verification_limit: WorkingDays = Field(default_factory=lambda: WorkingDays(5))
    verified_late: int = 0
    unverified_late: int = 0
    responded: int = 0
    median_working_days_to_response: float | None = None
    provisional: bool = False

    def stage(self, stage_id: str) -> StageRecap:
        """The figures of one stage.

        Raises:
            InvalidInputError: no stage of this recap has that id.
        """
        for row in self.stages:
            if row.stage == stage_id:
                return row
        known = ", ".join(r.stage for r in self.stages)
        raise InvalidInputError(f"unknown stage id {stage_id!r}; this recap has: {known}")

    def display_percentages(self) -> tuple[int, int, int] | None:
        """The three shares in hundredths of a percent, summing to exactly 10000.

        Rounded by the largest-remainder method, so the displayed 2-decimal percentages
        (``95.07 / 2.68 / 2.25``) add up to 100.00. ``None`` when there are no records.
        """
        if self.total == 0:
            return None
        counts = (self.followed_up, self.in_process, self.not_followed_up)
        exact = [divmod(c * 10000, self.total) for c in counts]
        units = [q for q, _ in exact]
        short = 10000 - sum(units)
        order = sorted(range(3), key=lambda k: (-exact[k][1], k))
        for k in order[:short]:
            units[k] += 1
        return units[0], units[1], units[2]

    def to_text(self, lang: Language = "id") -> str:
        """A plain-text table of the recap (Indonesian by default, or ``lang="en"``)."""
        from lapor_rules.recap.render import render_text  # noqa: PLC0415

        return render_text(self, lang)


class _Tally:
    """Mutable counters of one stage while the records are read."""

    __slots__ = ("at_risk", "breached", "closed_early", "met", "missed", "on_track", "row")

    def __init__(self, row: StageLimit) -> None:
        self.row = row
        self.met = self.missed = self.on_track = self.at_risk = 0
        self.breached = self.closed_early = 0

    def result(self, classes: tuple[str, ...]) -> StageRecap:
        done = self.met + self.missed
        with_open = done + self.breached
        return StageRecap(
            stage=self.row.id,
            name=self.row.name,
            limit=self.row.limit,
            classes=classes,
            total=done + self.on_track + self.at_risk + self.breached + self.closed_early,
            met=self.met,
            missed=self.missed,
            on_track=self.on_track,
            at_risk=self.at_risk,
            breached=self.breached,
            closed_early=self.closed_early,
            compliance=Fraction(self.met, done) if done else None,
            compliance_with_breaches=Fraction(self.met, with_open) if with_open else None,
        )


def _resolve(policy: object, calendar: object) -> tuple[SlaPolicy, WorkingCalendar]:
    from lapor_rules.agency import AgencyPolicy  # noqa: PLC0415 - agency imports the SLA layer

    agency_cal: WorkingCalendar | None = None
    if policy is None:
        sla = SlaPolicy.default()
    elif isinstance(policy, AgencyPolicy):
        sla = policy.sla_policy()
        agency_cal = policy.calendar()
    elif isinstance(policy, SlaPolicy):
        sla = policy
    else:
        raise InvalidTypeError("policy must be an SlaPolicy, an AgencyPolicy or None")
    if calendar is None:
        cal = agency_cal if agency_cal is not None else default_calendar()
    elif isinstance(calendar, WorkingCalendar):
        cal = calendar
    else:
        raise InvalidTypeError("calendar must be a WorkingCalendar or None")
    return sla, cal


def _pauses_as_of(pauses: tuple[Pause, ...], now: dt.datetime) -> tuple[Pause, ...]:
    """Pauses as known at ``now``: later ones dropped, an ongoing one ends at ``now``."""
    out = []
    for p in pauses:
        if p.start < now:
            out.append(p if p.end <= now else build(Pause, {"start": p.start, "end": now}))
    return tuple(out)


class _Summary:
    """One pass over the records with everything that does not depend on a record precomputed."""

    def __init__(
        self,
        sla: SlaPolicy,
        cal: WorkingCalendar,
        now: dt.datetime,
        late: WorkingDays,
        warn_at: float,
    ) -> None:
        self.sla, self.cal, self.now, self.late, self.warn_at = sla, cal, now, late, warn_at
        self.verification = _Tally(sla.stage(VERIFICATION))
        self.follow_up = _Tally(sla.stage(FOLLOW_UP))
        self.by_class: dict[str, _Tally] = {}
        self.classes: dict[str, list[str]] = {}
        resolution: dict[str, _Tally] = {}
        for cls in sla.complexity:
            row = sla.for_complexity(cls)
            tally = resolution.setdefault(row.id, _Tally(row))
            self.by_class[cls] = tally
            self.classes.setdefault(row.id, []).append(cls)
        self.resolution = resolution
        self.total = self.future = self.followed_up = self.in_process = self.not_followed = 0
        self.closed = self.unclassified = self.verified_late = self.unverified_late = 0
        self.provisional = False
        self.breaches: list[Breach] = []
        self.days_to_response: list[int] = []

    def due(
        self,
        start: dt.datetime,
        limit: WorkingDays | CalendarDays | Hours,
        pauses: tuple[Pause, ...],
    ) -> dt.datetime:
        """The deadline instant of ``limit`` from ``start`` (rules T1–T5), noting C4.

        Without pauses a :class:`WorkingDays` limit takes the calendar's one-pass T1/T2
        path (the one :func:`~lapor_rules.sla.deadline` uses) without building a
        :class:`~lapor_rules.sla.Deadline`; every other case calls ``deadline``. Tests check
        both agree.
        """
        if pauses or type(limit) is not WorkingDays:
            d = deadline(start, limit, calendar=self.cal, pauses=pauses)
            self.provisional = self.provisional or d.provisional
            return d.due_at
        _, _, _, due_at, _, years = self.cal.working_deadline(start, limit.n)
        if years:
            if self.cal.strict:
                raise ProvisionalDataError(f"year(s) {years} are provisional (rule C4)")
            self.provisional = True
        return due_at

    def _stage(  # noqa: PLR0917 - a private step of one pass
        self,
        tally: _Tally,
        index: int,
        rec: CaseRecord,
        start: dt.datetime,
        end: dt.datetime | None,
        closed: bool,
    ) -> None:
        limit: WorkingDays | CalendarDays | Hours = tally.row.limit
        if end is not None:  # S1
            due_at = self.due(start, limit, rec.pauses)
            if end <= due_at:
                tally.met += 1
            else:
                tally.missed += 1
                self._breach(index, rec, tally, "missed", due_at, end - due_at)
        elif closed:
            tally.closed_early += 1
        else:  # S2
            s = sla_status(
                start, limit, now=self.now, calendar=self.cal, pauses=rec.pauses,
                warn_at=self.warn_at,
            )  # fmt: skip
            self.provisional = self.provisional or s.provisional
            if s.state is SlaState.BREACHED:
                tally.breached += 1
                self._breach(index, rec, tally, "breached", s.due_at, self.now - s.due_at)
            elif s.state is SlaState.AT_RISK:
                tally.at_risk += 1
            else:
                tally.on_track += 1

    def _breach(  # noqa: PLR0917 - a private step of one pass
        self,
        index: int,
        rec: CaseRecord,
        tally: _Tally,
        state: Literal["breached", "missed"],
        due_at: dt.datetime,
        overdue: dt.timedelta,
    ) -> None:
        values = {
            "index": index,
            "case_id": rec.id,
            "stage": tally.row.id,
            "state": state,
            "due_at": due_at,
            "overdue": overdue,
        }
        self.breaches.append(build(Breach, values))  # every field computed here

    def add(self, index: int, rec: CaseRecord) -> None:
        """Count one record."""
        now = self.now
        if rec.received_at > now:
            self.future += 1
            return
        self.total += 1
        fwd = rec.forwarded_at if rec.forwarded_at is not None and rec.forwarded_at <= now else None
        rsp = rec.responded_at if rec.responded_at is not None and rec.responded_at <= now else None
        closed = rec.closed_at is not None and rec.closed_at <= now
        if rsp is not None:
            self.followed_up += 1
        elif fwd is not None:
            self.in_process += 1
        else:
            self.not_followed += 1
        self.closed += closed
        if any(p.end > now for p in rec.pauses):
            rec = rec.model_copy(update={"pauses": _pauses_as_of(rec.pauses, now)})
        self._stage(self.verification, index, rec, rec.received_at, fwd, closed)
        if fwd is not None:
            self._stage(self.follow_up, index, rec, fwd, rsp, closed)
        if rec.complexity is None:
            self.unclassified += 1
        else:
            tally = self.by_class.get(rec.complexity)
            if tally is None:
                raise InvalidRecordError(
                    f"record {index} (id {safe_case_id(rec.id)}): complexity: the policy "
                    f"{self.sla.id!r} has no stage for this class",
                    index=index,
                    field="complexity",
                )
            self._stage(tally, index, rec, rec.received_at, rsp, closed)
        late = self.due(rec.received_at, self.late, rec.pauses)
        if fwd is not None:
            self.verified_late += fwd > late
        elif not closed:
            self.unverified_late += now > late
        if rsp is not None:
            cal = self.cal
            start = cal.start_day(rec.received_at)
            self.days_to_response.append(cal.working_days_between(start, cal.start_day(rsp)))

    def result(self) -> Recap:
        total = self.total
        stages = [self.verification.result(()), self.follow_up.result(())]
        stages.extend(t.result(tuple(self.classes[sid])) for sid, t in self.resolution.items())
        days = self.days_to_response
        return Recap(
            now=self.now,
            timezone=self.cal.timezone,
            policy_id=self.sla.id,
            policy_version=self.sla.version,
            data_version=self.cal.data_version,
            total=total,
            received_after_now=self.future,
            followed_up=self.followed_up,
            in_process=self.in_process,
            not_followed_up=self.not_followed,
            share_followed_up=Fraction(self.followed_up, total) if total else None,
            share_in_process=Fraction(self.in_process, total) if total else None,
            share_not_followed_up=Fraction(self.not_followed, total) if total else None,
            closed=self.closed,
            unclassified=self.unclassified,
            stages=tuple(stages),
            breaches=tuple(self.breaches),
            late_verification_limit=self.late,
            verified_late=self.verified_late,
            unverified_late=self.unverified_late,
            responded=len(days),
            median_working_days_to_response=float(statistics.median(days)) if days else None,
            provisional=self.provisional,
        )


def summarize(
    cases: Iterable[CaseRecord | Mapping[str, Any]],
    *,
    now: dt.datetime,
    policy: Any = None,
    calendar: WorkingCalendar | None = None,
    late_verification: WorkingDays | None = None,
    warn_at: float = 0.75,
) -> Recap:
    """Recap complaint records at ``now``: follow-up shares, SLA compliance, breaches.

    Args:
        cases: :class:`CaseRecord` objects or mappings with the same fields (validated).
        now: the moment of the recap (timezone-aware; the library never reads the clock).
            Events after ``now`` count as not yet happened; records received after it are
            left out (and counted in ``received_after_now``).
        policy: an :class:`~lapor_rules.sla.SlaPolicy`, an
            :class:`~lapor_rules.agency.AgencyPolicy` (its SLA policy and its calendar), or
            ``None`` for ``SlaPolicy.default()``. It needs the stages ``lapor_verification``
            and ``lapor_follow_up`` and a stage for each complexity class used.
        calendar: the office calendar (default: the agency's, else the national one, WIB).
        late_verification: the threshold for ``verified_late`` (default ``WorkingDays(5)``).
        warn_at: elapsed fraction from which an open stage is ``at_risk`` (rule S2).

    Returns:
        The :class:`Recap`.

    Raises:
        InvalidRecordError: a record is malformed (out-of-order instants, a naive datetime,
            an unknown field); the message names the record index, its id and the field.
        InvalidInputError: ``now`` is naive, or the policy lacks a needed stage.
        InvalidTypeError: a wrong type for ``cases``, a record, ``policy`` or ``calendar``.
        CalendarCoverageError: a record's dates leave the calendar's years (names the record).
    """
    _check_aware(now, "now")
    if isinstance(warn_at, bool) or not isinstance(warn_at, (int, float)):
        raise InvalidTypeError("warn_at must be a number")
    if not 0 < warn_at <= 1:
        raise InvalidInputError("warn_at must be in (0, 1]")
    late = WorkingDays(5) if late_verification is None else late_verification
    if not isinstance(late, WorkingDays):
        raise InvalidTypeError("late_verification must be WorkingDays(n)")
    sla, cal = _resolve(policy, calendar)
    summary = _Summary(sla, cal, now, late, warn_at)
    for index, rec in enumerate(iter_records(cases)):
        try:
            summary.add(index, rec)
        except (CalendarCoverageError, ProvisionalDataError) as exc:
            raise type(exc)(f"record {index} (id {safe_case_id(rec.id)}): {exc}") from None
    return summary.result()
