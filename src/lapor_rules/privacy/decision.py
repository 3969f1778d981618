"""The result of :func:`~lapor_rules.check_access`: outcome, elements, reasons and a reply."""

from __future__ import annotations

from enum import Enum

from lapor_rules._model import LaporModel
from lapor_rules.citations import Citation
from lapor_rules.errors import LaporRulesError
from lapor_rules.privacy.elements import DataElement
from lapor_rules.privacy.requests import AccessFact, AccessRequest
from lapor_rules.text import Bilingual, Language

__all__ = [
    "AccessDecision",
    "AccessDenied",
    "AccessOutcome",
    "AccessReason",
    "ElementResult",
    "WithheldElement",
]


class ElementResult(str, Enum):
    """What one rule decides for one element."""

    GRANTED = "granted"
    DENIED = "denied"
    REFERRED = "referred"
    """Not now; a formal procedure could grant it (the reason says which)."""


class AccessOutcome(str, Enum):
    """The decision on a whole request (``privacy-policy.md``, "Outcomes").

    ``allow`` when every element is granted, ``allow_partial`` when some are, otherwise
    ``refer`` when any element is referred, otherwise ``deny``.
    """

    ALLOW = "allow"
    ALLOW_PARTIAL = "allow_partial"
    DENY = "deny"
    REFER = "refer"


class AccessReason(LaporModel):
    """Why some elements got their result: the rule that fired and what it relied on.

    Attributes:
        rule_id: the rule (``PRIV-…``) that decided these elements.
        result: what it decided for them.
        elements: the elements it decided, in request order.
        message: the rule's explanation, Indonesian and English.
        advice: what the requester can do (or must expect), Indonesian and English.
        citations: the articles relied on.
        facts_used: the request's facts the rule relied on: fact codes, and ``purpose=…`` or
            ``channel=…`` where the rule tests them.
        facts_missing: facts that, had they been stated, would have let an earlier rule
            decide (for example ``written_consent_of_subject`` for a third party).
        derived_policy: the rule is the conservative reading where the law is silent.
        default_applied: no rule matched and access is denied by default (PRIV-DEFAULT).
    """

    rule_id: str
    result: ElementResult
    elements: tuple[DataElement, ...]
    message: Bilingual
    advice: Bilingual
    citations: tuple[Citation, ...]
    facts_used: tuple[str, ...] = ()
    facts_missing: tuple[AccessFact, ...] = ()
    derived_policy: bool = False
    default_applied: bool = False


class WithheldElement(LaporModel):
    """An element that is not given, with the rule that withheld it.

    Attributes:
        element: the element.
        result: ``denied`` or ``referred``.
        rule_id: the rule that decided it.
        message: why, Indonesian and English.
    """

    element: DataElement
    result: ElementResult
    rule_id: str
    message: Bilingual


class AccessDecision(LaporModel):
    """The decision on an access request: outcome, elements given and withheld, reasons.

    Attributes:
        outcome: ``allow``, ``allow_partial``, ``deny`` or ``refer``.
        granted: the elements that may be given, in request order.
        withheld: the elements that may not (denied or referred), each with its rule.
        reasons: one reason per rule and result, in the order the rules first decided an
            element; every outcome has at least one.
        request: the request decided (it holds codes only, no personal data).
    """

    outcome: AccessOutcome
    granted: tuple[DataElement, ...]
    withheld: tuple[WithheldElement, ...]
    reasons: tuple[AccessReason, ...]
    request: AccessRequest

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The ids of the rules that decided, in the order of :attr:`reasons`."""
        return tuple(reason.rule_id for reason in self.reasons)

    @property
    def default_applied(self) -> bool:
        """Whether some element was denied only because no rule granted it (PRIV-DEFAULT)."""
        return any(reason.default_applied for reason in self.reasons)

    def reply(self, lang: Language = "id") -> str:
        """A short, polite reply to the requester that explains the outcome.

        It says what can be given, what cannot and why (with the articles), and what the
        requester can do instead.

        Args:
            lang: ``"id"`` (Indonesian, the default) or ``"en"``.
        """
        from lapor_rules.privacy.replies import compose_reply  # noqa: PLC0415 (cycle)

        return compose_reply(self, lang)


class AccessDenied(LaporRulesError, PermissionError):
    """Raised by :func:`~lapor_rules.require_access` when not everything asked may be given.

    Attributes:
        decision: the full decision, with its reasons and reply.
    """

    def __init__(self, decision: AccessDecision) -> None:
        rules = ", ".join(dict.fromkeys(w.rule_id for w in decision.withheld))
        super().__init__(
            f"access {decision.outcome.value}: {len(decision.withheld)} element(s) withheld "
            f"by {rules}"
        )
        self.decision = decision
