"""An agency's configuration as one validated model, loaded from the agency's own plain data.

A service keeps its policy in TOML, JSON or YAML, parses it itself (the library reads no
files) and passes the mapping to :meth:`AgencyPolicy.model_validate`. The policy gives the
office calendar (zone, cuti bersama switch, regional closures, extra working days, office
hours) and the SLA policy (the default §P table, or the agency's own, with per-stage and
per-class overrides) and the agency's triage rules (added to or replacing the defaults)::

    >>> policy = AgencyPolicy.model_validate({
    ...     "name": "Dukcapil Kota Denpasar",
    ...     "province": "51",
    ...     "cuti_bersama": False,
    ...     "class_limits": {"complex": {"unit": "working_days", "n": 10}},
    ... })
    >>> policy.calendar().timezone
    'Asia/Makassar'
    >>> policy.sla_policy().limit_for_complexity("complex")
    WorkingDays(10)
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from pydantic import Field, field_validator, model_validator
from typing_extensions import Self

from lapor_rules._model import LaporModel
from lapor_rules.calendar.closure import Closure, ClosureKind
from lapor_rules.calendar.engine import WorkingCalendar
from lapor_rules.calendar.hours import OfficeHours
from lapor_rules.errors import InvalidInputError, RuleSetError
from lapor_rules.recap.records import ComplexityName
from lapor_rules.regions import ZoneName, province, resolve_zone
from lapor_rules.sla.limits import Limit
from lapor_rules.sla.policy import SlaPolicy, StageLimit
from lapor_rules.triage.rules import DecisionRule, RuleSet, Signal

__all__ = ["AgencyClosure", "AgencyPolicy"]


class AgencyClosure(LaporModel):
    """A day the agency's office is closed besides the national calendar (rule C2, ``extra``).

    Attributes:
        date: the closed day.
        name: why, e.g. ``Hari Raya Galungan``.
        source: where the closure is decided (a regional decree), if known.
    """

    date: dt.date
    name: str = Field(min_length=1, max_length=200)
    source: str = ""


class AgencyPolicy(LaporModel):
    """An agency's calendar and SLA configuration, from plain data.

    Attributes:
        name: the agency, e.g. ``Dukcapil Kota Denpasar``.
        province: the Kemendagri province code; it chooses the zone (rule C5).
        timezone: the zone (``WIB``/``WITA``/``WIT`` or IANA) when no province is given.
        cuti_bersama: whether cuti bersama closes the office (``false`` for a front office
            that stays open).
        extra_closures: regional holidays and office closures.
        extra_working_days: dates that are working days whatever else applies.
        office_hours: opening hours per weekday (default Perpres 21/2023).
        strict: raise instead of answering from a provisional year (rule C4).
        sla: the SLA policy (default ``SlaPolicy.default()``).
        stage_limits: overrides of a stage's limit by stage id, e.g.
            ``{"lapor_follow_up": {"unit": "working_days", "n": 7}}``.
        class_limits: overrides of a complexity class's resolution limit, e.g.
            ``{"complex": {"unit": "working_days", "n": 10}}``.
        triage_signals: the agency's own vocabularies (added, or replacing a default signal
            with the same id), e.g. regional words.
        triage_rules: the agency's own decision rules (added, or replacing a default rule
            with the same id); they may use default and agency signals.
        disabled_triage_rules: ids of default rules the agency does not apply.
    """

    name: str = Field(min_length=1, max_length=200)
    province: str | None = None
    timezone: str | None = None
    cuti_bersama: bool = True
    extra_closures: tuple[AgencyClosure, ...] = ()
    extra_working_days: tuple[dt.date, ...] = ()
    office_hours: OfficeHours | None = None
    strict: bool = False
    sla: SlaPolicy = Field(default_factory=SlaPolicy.default)
    stage_limits: dict[str, Limit] = Field(default_factory=dict)
    class_limits: dict[ComplexityName, Limit] = Field(default_factory=dict)
    triage_signals: tuple[Signal, ...] = ()
    triage_rules: tuple[DecisionRule, ...] = ()
    disabled_triage_rules: tuple[str, ...] = ()

    #: Malformed policy data raises :class:`~lapor_rules.errors.RuleSetError` whose message
    #: names the field (``province``, ``extra_closures.0.date``, ``class_limits.complex.n``,
    #: ``triage_rules.0.when``), from the constructor and ``model_validate(_json)`` alike.
    input_error: ClassVar[type[InvalidInputError]] = RuleSetError

    @field_validator("province")
    @classmethod
    def _known_province(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                province(value)
            except InvalidInputError:
                raise ValueError("unknown Kemendagri province code") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                resolve_zone(value)
            except InvalidInputError:
                raise ValueError("unknown zone: use WIB, WITA, WIT or their IANA names") from None
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if (
            self.province is not None
            and self.timezone is not None
            and resolve_zone(self.timezone) != province(self.province).zone
        ):
            raise ValueError("timezone does not match the province's zone: give one of them")
        unknown = sorted(set(self.stage_limits) - {s.id for s in self.sla.stages})
        if unknown:
            raise ValueError(f"stage_limits: unknown stage ids {', '.join(unknown)}")
        for cls_name in self.class_limits:
            if cls_name not in self.sla.complexity:
                raise ValueError(f"class_limits.{cls_name}: the SLA policy has no such class")
            stage_id = self.sla.complexity[cls_name]
            shared = sorted(c for c, s in self.sla.complexity.items() if s == stage_id)
            if len(shared) > 1:
                raise ValueError(
                    f"class_limits.{cls_name}: stage {stage_id} also resolves "
                    f"{', '.join(c for c in shared if c != cls_name)}; set it in stage_limits"
                )
            if stage_id in self.stage_limits:
                raise ValueError(
                    f"class_limits.{cls_name}: stage {stage_id} is also in stage_limits"
                )
        unknown_disabled = sorted(
            set(self.disabled_triage_rules) - {r.id for r in RuleSet.default().rules}
        )
        if unknown_disabled:
            raise ValueError(
                f"disabled_triage_rules: unknown rule ids {', '.join(unknown_disabled)}"
            )
        if self.triage_signals or self.triage_rules or self.disabled_triage_rules:
            try:
                self.triage_ruleset()
            except RuleSetError as exc:
                raise ValueError(f"triage_rules: {exc}") from None
        return self

    @property
    def zone(self) -> ZoneName:
        """The office zone: the province's, else ``timezone``, else WIB."""
        if self.province is not None:
            return province(self.province).zone
        return resolve_zone(self.timezone or "Asia/Jakarta")

    def closures(self) -> tuple[Closure, ...]:
        """The extra closures as calendar :class:`~lapor_rules.calendar.Closure` rows."""
        return tuple(
            Closure(
                date=c.date,
                name=c.name,
                kind=ClosureKind.EXTRA,
                source=c.source or self.name,
            )
            for c in self.extra_closures
        )

    def calendar(self) -> WorkingCalendar:
        """The agency's working calendar (built once per distinct configuration, then cached).

        Raises:
            InvalidInputError: an extra closure or working day outside every supported year.
        """
        return WorkingCalendar.indonesia(
            cuti_bersama=self.cuti_bersama,
            timezone=self.zone,
            office_hours=self.office_hours,
            extra_closures=self.closures(),
            extra_working_days=self.extra_working_days,
            strict=self.strict,
        )

    def triage_ruleset(self) -> RuleSet:
        """The default triage rules with the agency's signals and rules merged in (by id).

        Build it once and pass it to :func:`~lapor_rules.triage` or
        :func:`~lapor_rules.triage_many` (``rules=``); each call builds a new rule set.

        Raises:
            RuleSetError: the merged rules are inconsistent (a rule names an unknown signal,
                a disabled rule does not exist).
        """
        base = RuleSet.default()
        if not (self.triage_signals or self.triage_rules or self.disabled_triage_rules):
            return base
        if self.disabled_triage_rules:
            base = base.without_rules(*self.disabled_triage_rules)
        return base.with_rules(
            self.triage_rules,
            signals=self.triage_signals,
            version=f"{RuleSet.default().version}+{self.name}",
        )

    def sla_policy(self) -> SlaPolicy:
        """The SLA policy with ``stage_limits`` and ``class_limits`` merged in.

        An overridden row keeps its id, name and citation and says in its source note that
        the agency changed the limit and what it was.
        """
        overrides: dict[str, Any] = dict(self.stage_limits)
        for cls_name, limit in self.class_limits.items():
            overrides[self.sla.complexity[cls_name]] = limit
        if not overrides:
            return self.sla
        rows = tuple(_override(row, overrides[row.id], self.name) if row.id in overrides
                     else row for row in self.sla.stages)  # fmt: skip
        return SlaPolicy(
            id=f"{self.sla.id}+{self.name}",
            version=self.sla.version,
            stages=rows,
            complexity=dict(self.sla.complexity),
        )


def _override(row: StageLimit, limit: Any, agency: str) -> StageLimit:
    was = row.limit.describe()
    note = (
        f"Batas diubah oleh kebijakan {agency} (semula {was.id}). / "
        f"Limit changed by the policy of {agency} (was {was.en})."
    )
    return row.model_copy(update={"limit": limit, "source_note": note})
