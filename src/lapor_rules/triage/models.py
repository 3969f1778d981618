"""Public models of the triage capability: the complaint, its result and their parts.

Complaint text is personal data: ``repr()`` and ``str()`` of every model here show offsets
and lengths, never the text or the matched evidence.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

from pydantic import Field, field_validator

from lapor_rules._model import LaporModel
from lapor_rules.citations import Citation
from lapor_rules.errors import InvalidInputError, InvalidTypeError
from lapor_rules.privacy import PersonalDataFinding
from lapor_rules.text import Bilingual

__all__ = [
    "MAX_TEXT_CHARS",
    "Complaint",
    "Complexity",
    "Effect",
    "Evidence",
    "Reporter",
    "TriageReason",
    "TriageResult",
    "Urgency",
    "VulnerableGroup",
]

#: Largest complaint accepted, in characters (4 MiB of text; 1 MB is an ordinary worst case).
MAX_TEXT_CHARS = 4 * 1024 * 1024


class _OrderedLevel(str, Enum):
    """A string enum whose members compare by their rank (declaration order, low first)."""

    @property
    def rank(self) -> int:
        """Position of the level, 0 for the lowest."""
        return _RANKS[self._value_]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank >= other.rank

    def __str__(self) -> str:
        return str(self.value)


class Urgency(_OrderedLevel):
    """How fast the first real action must happen: ``critical > high > medium > low``."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def label(self) -> Bilingual:
        """The label used in SOP documents (Indonesian first)."""
        return _URGENCY_LABELS[self]


class Complexity(_OrderedLevel):
    """What it takes to resolve: ``oversight > complex > normative > simple``."""

    SIMPLE = "simple"
    NORMATIVE = "normative"
    COMPLEX = "complex"
    OVERSIGHT = "oversight"

    @property
    def label(self) -> Bilingual:
        """The label used in SOP documents (Indonesian first)."""
        return _COMPLEXITY_LABELS[self]


# Ranks by value (the two enums share no value).
_RANKS: dict[str, int] = {
    **{level.value: i for i, level in enumerate(Urgency)},
    **{level.value: i for i, level in enumerate(Complexity)},
}

_URGENCY_LABELS = {
    Urgency.CRITICAL: Bilingual(id="Darurat", en="Critical"),
    Urgency.HIGH: Bilingual(id="Tinggi", en="High"),
    Urgency.MEDIUM: Bilingual(id="Sedang", en="Medium"),
    Urgency.LOW: Bilingual(id="Rendah", en="Low"),
}
_COMPLEXITY_LABELS = {
    Complexity.OVERSIGHT: Bilingual(id="Berkadar pengawasan", en="Oversight"),
    Complexity.COMPLEX: Bilingual(id="Tidak berkadar pengawasan", en="Complex"),
    Complexity.NORMATIVE: Bilingual(id="Normatif", en="Normative"),
    Complexity.SIMPLE: Bilingual(id="Ringan", en="Simple"),
}


class VulnerableGroup(str, Enum):
    """Groups the rubric treats as vulnerable when a service is blocked for them."""

    LANSIA = "lansia"
    DISABILITAS = "disabilitas"
    HAMIL = "hamil"
    SAKIT = "sakit"
    ANAK = "anak"
    MISKIN = "miskin"
    ODGJ = "odgj"


class Reporter(LaporModel):
    """Structured facts about the person the complaint is about.

    Attributes:
        groups: vulnerability groups of the person concerned (``lansia``, ``disabilitas``,
            ``hamil``, ``sakit``, ``anak``, ``miskin``, ``odgj``).
        is_subject: whether the reporter is the person the complaint is about.
    """

    groups: frozenset[VulnerableGroup] = frozenset()
    is_subject: bool = True

    @property
    def vulnerable(self) -> bool:
        """Whether any vulnerability group applies."""
        return bool(self.groups)


class Complaint(LaporModel):
    """A citizen complaint: its text plus optional structured fields.

    Structured fields can raise the triage levels where they say more than the text; they
    never lower them.

    Args:
        text: the complaint as written (informal Indonesian is expected); positional.
        received_at: when the office received it (timezone-aware; its local date is the day
            waits and deadlines named in the text are judged against). A naive datetime is
            rejected: it could be any zone.
        service: the service or topic the channel routed it to (free text, optional).
        channel: where it came from (for example ``"wargaku"``, ``"lapor"``).
        prior_reports: how many earlier complaints the reporter made about the same case.
        reporter: vulnerability facts about the person concerned.

    Raises:
        InvalidTypeError: ``text`` is not a string.
        InvalidInputError: ``text`` is empty, only whitespace, or longer than
            :data:`MAX_TEXT_CHARS`; or another field is invalid.
    """

    text: str = Field(repr=False)
    received_at: datetime | None = None
    service: str | None = Field(default=None, repr=False)
    channel: str | None = None
    prior_reports: int = Field(default=0, ge=0)
    reporter: Reporter | None = None

    def __init__(self, text: str, /, **kwargs: Any) -> None:
        check_text(text)
        super().__init__(text=text, **kwargs)

    # Only maps the positional text to its field: model_validate() need not call it (the
    # field validator checks the text there).
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @field_validator("text")
    @classmethod
    def _valid_text(cls, value: str) -> str:
        check_text(value)
        return value

    @field_validator("received_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.utcoffset() is None:
            raise ValueError(
                "naive datetime: give a timezone-aware one, e.g. with an offset +07:00 (WIB)"
            )
        return value

    def __repr_args__(self) -> Any:
        yield "text_chars", len(self.text)
        for name in ("received_at", "channel", "prior_reports", "reporter"):
            yield name, getattr(self, name)

    def __str__(self) -> str:
        return f"Complaint(text_chars={len(self.text)})"


def check_text(text: object) -> None:
    """Check a complaint text without echoing it.

    Raises:
        InvalidTypeError: ``text`` is not a ``str``.
        InvalidInputError: ``text`` is empty, whitespace only, or over :data:`MAX_TEXT_CHARS`.
    """
    if not isinstance(text, str):
        raise InvalidTypeError(f"complaint text must be a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInputError(
            f"complaint text is too long: {len(text)} characters, limit {MAX_TEXT_CHARS}"
        )
    if not text.strip():
        raise InvalidInputError("complaint text is empty or whitespace only")


class Effect(LaporModel):
    """What a decision rule does when it fires: floors that can only raise the result.

    Attributes:
        urgency: the lowest urgency the complaint gets, if any.
        complexity: the lowest complexity the complaint gets, if any.
        third_party: whether the complaint holds or asks for someone else's data.
    """

    urgency: Urgency | None = None
    complexity: Complexity | None = None
    third_party: bool = False

    def describe(self) -> str:
        """A compact form such as ``urgency>=high, complexity>=complex``."""
        parts = []
        if self.urgency is not None:
            parts.append(f"urgency>={self.urgency.value}")
        if self.complexity is not None:
            parts.append(f"complexity>={self.complexity.value}")
        if self.third_party:
            parts.append("third_party_data")
        return ", ".join(parts) or "none"


class Evidence(LaporModel):
    """A piece of the complaint that made a signal fire.

    Attributes:
        signal: the signal or fact id (for example ``wait_far_past_standard``).
        start: offset of the first character in the original text.
        end: offset one past the last character in the original text.
        text: the matched original text (``text[start:end]``); hidden from ``repr``.
        note: a short non-personal explanation (for example ``"62 hari / days"``).
    """

    signal: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(default="", repr=False)
    note: str = ""

    def __repr_args__(self) -> Any:
        yield "signal", self.signal
        yield "start", self.start
        yield "end", self.end
        if self.note:
            yield "note", self.note

    def __str__(self) -> str:
        return f"{self.signal}@{self.start}:{self.end}"


class TriageReason(LaporModel):
    """One decision rule that fired, with why.

    Attributes:
        rule_id: the decision rule id (for example ``"U-WAIT-FAR"``).
        message: what the rule means, Indonesian and English.
        evidence: the spans of the text (or structured fields) that made it fire.
        effect: the floors the rule applied.
        priority: the rule's explicit priority (used to choose the primary reason).
        citations: the legal basis, where one applies.
    """

    rule_id: str
    message: Bilingual
    evidence: tuple[Evidence, ...] = ()
    effect: Effect
    priority: int = 0
    citations: tuple[Citation, ...] = ()

    def __str__(self) -> str:
        return f"{self.rule_id} ({self.effect.describe()})"


class TriageResult(LaporModel):
    """The triage of one complaint.

    Attributes:
        urgency: how fast the first real action must happen.
        complexity: what it takes to resolve.
        reasons: every decision rule that fired, sorted most important first (see
            :attr:`primary_reason`).
        third_party_data: whether the text holds or asks for someone else's data.
        personal_data: personal data found in the text (NIK, KK number, phone, e-mail), from
            :func:`lapor_rules.privacy.find_personal_data` (masked values and offsets).
        ruleset_version: version of the rule set that produced the result.
    """

    urgency: Urgency
    complexity: Complexity
    reasons: tuple[TriageReason, ...] = ()
    third_party_data: bool = False
    personal_data: tuple[PersonalDataFinding, ...] = Field(default=(), repr=False)
    ruleset_version: str

    @property
    def primary_reason(self) -> TriageReason | None:
        """The reason that explains the result best, or ``None`` for a default result.

        Reasons are ordered by: the highest urgency floor, then the highest complexity floor,
        then the higher explicit ``priority``, then the rule id (alphabetical). Registration
        order never matters. The primary reason is the first of that order.
        """
        return self.reasons[0] if self.reasons else None

    def __repr_args__(self) -> Any:
        yield "urgency", self.urgency.value
        yield "complexity", self.complexity.value
        yield "reasons", tuple(r.rule_id for r in self.reasons)
        yield "third_party_data", self.third_party_data
        yield "personal_data_found", len(self.personal_data)
        yield "ruleset_version", self.ruleset_version

    def __str__(self) -> str:
        return repr(self)
