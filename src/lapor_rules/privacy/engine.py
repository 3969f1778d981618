"""Evaluate the access rule table on a request: first matching rule per element decides.

A rule's match depends on the element only through its scope (aggregate or individual), and
its result only through the protected flag, so the engine finds the deciding rule once per
scope and maps every element through it. It records, for every decision, the rule that fired,
the facts it used, and the facts that would have let an earlier rule decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from lapor_rules._construct import build
from lapor_rules.errors import InvalidTypeError
from lapor_rules.privacy.access_rules import ACCESS_RULES, AccessRule
from lapor_rules.privacy.decision import (
    AccessDecision,
    AccessDenied,
    AccessOutcome,
    AccessReason,
    ElementResult,
    WithheldElement,
)
from lapor_rules.privacy.elements import DataElement
from lapor_rules.privacy.requests import (
    AccessChannel,
    AccessFact,
    AccessPurpose,
    AccessRequest,
    Requester,
)

__all__ = ["check_access", "evaluate_rule", "require_access"]

#: One bit per fact, in declaration order: fact sets are kept as bit masks on the hot path.
_FACT_BIT: dict[AccessFact, int] = {fact: 1 << index for index, fact in enumerate(AccessFact)}
_PROTECTED: frozenset[DataElement] = frozenset(e for e in DataElement if e.protected)


def check_access(
    request: AccessRequest, *, rules: Sequence[AccessRule] = ACCESS_RULES
) -> AccessDecision:
    """Decide which of the requested elements may be given (deny by default).

    Each element is decided by the first rule in ``rules`` that matches it; the outcome is
    ``allow`` when every element is granted, ``allow_partial`` when some are, otherwise
    ``refer`` when any is referred, otherwise ``deny``.

    Args:
        request: the request.
        rules: the rule table (default: :data:`~lapor_rules.privacy.access_rules.ACCESS_RULES`);
            an agency may pass its own, which should end with a deny-by-default row.

    Returns:
        The decision, with one reason per rule and result.

    Raises:
        InvalidTypeError: ``request`` is not an :class:`AccessRequest` (validate plain data
            with ``AccessRequest.model_validate`` first).

    >>> r = AccessRequest("public", ["nik"], purpose="kepentingan_pribadi", channel="private")
    >>> d = check_access(r)
    >>> d.outcome.value, d.rule_ids
    ('deny', ('PRIV-THIRD-PARTY',))
    """
    if not isinstance(request, AccessRequest):
        raise InvalidTypeError(
            f"check_access needs an AccessRequest, not {type(request).__name__}; "
            "use AccessRequest.model_validate(data) for plain data"
        )
    cache_key = (
        request.requester,
        request.channel,
        request.purpose,
        request.facts,
        request.elements,
    )
    if rules is ACCESS_RULES:
        cached = _DECISIONS.get(cache_key)
        if cached is not None:
            return cached
    decision = _decide(request, rules)
    if rules is ACCESS_RULES:
        if len(_DECISIONS) >= _DECISIONS_MAX:
            _DECISIONS.clear()
        _DECISIONS[cache_key] = decision
    return decision


#: Decisions on the default table, by request content (decisions are immutable; bounded).
_DECISIONS: dict[tuple[object, ...], AccessDecision] = {}
_DECISIONS_MAX = 4096


def _decide(request: AccessRequest, rules: Sequence[AccessRule]) -> AccessDecision:
    """Evaluate ``rules`` on ``request`` (no cache)."""
    index = _compiled(rules)
    stated = 0
    for fact in request.facts:
        stated |= _FACT_BIT[fact]
    deciders: dict[bool, tuple[AccessRule | None, int]] = {}
    groups: dict[tuple[str, ElementResult], list[DataElement]] = {}
    reason_parts: dict[tuple[str, ElementResult], tuple[AccessRule, bool, int]] = {}
    for element in request.elements:
        aggregate = element is DataElement.AGREGAT
        decider = deciders.get(aggregate)
        if decider is None:
            key = (request.requester, request.channel, request.purpose, aggregate)
            decider = deciders[aggregate] = _first_match(index[key], stated)
        rule, missing = decider
        if rule is None:
            groups.setdefault(("", ElementResult.DENIED), []).append(element)
            continue
        result, unlocked = evaluate_rule(rule, element, stated)
        group = (rule.id, result)
        groups.setdefault(group, []).append(element)
        seen = reason_parts.get(group)
        # The unlock fact counts as used when it granted any element of the group.
        reason_parts[group] = (rule, unlocked or (seen is not None and seen[1]), missing)
    reasons = tuple(
        _reason(request, _Decided(rule, group[1], unlocked, missing, stated), groups[group])
        for group, (rule, unlocked, missing) in reason_parts.items()
    )
    if ("", ElementResult.DENIED) in groups:
        reasons += (_no_rule_reason(groups[("", ElementResult.DENIED)]),)
    return _decision(request, reasons)


def require_access(
    request: AccessRequest, *, rules: Sequence[AccessRule] = ACCESS_RULES
) -> AccessDecision:
    """Like :func:`check_access`, but raise unless every element may be given.

    Raises:
        AccessDenied: the outcome is not ``allow``; ``.decision`` holds the reasons and reply.
    """
    decision = check_access(request, rules=rules)
    if decision.outcome is not AccessOutcome.ALLOW:
        raise AccessDenied(decision)
    return decision


def evaluate_rule(
    rule: AccessRule, element: DataElement, stated: int | frozenset[AccessFact]
) -> tuple[ElementResult, bool]:
    """The result ``rule`` gives ``element``, and whether its protected unlock fact was used.

    ``stated`` is the set of stated facts (or its bit mask, as the engine keeps it).
    """
    if element not in _PROTECTED:
        return rule.result, False
    unlock = rule.protected_unlock
    if unlock is not None and (
        stated & _FACT_BIT[unlock] if isinstance(stated, int) else unlock in stated
    ):
        return ElementResult.GRANTED, True
    return rule.protected_result, False


_Candidates = tuple[tuple[AccessRule, int, int], ...]
_Index = dict[tuple[Requester, AccessChannel, AccessPurpose, bool], _Candidates]
_COMPILED: dict[int, tuple[Sequence[AccessRule], _Index]] = {}


def _compiled(rules: Sequence[AccessRule]) -> _Index:
    """Index a rule table by every (requester, channel, purpose, aggregate) combination.

    Each entry lists, in table order, the rules whose non-fact conditions hold there, with
    the bit masks of the facts they need and of the facts they exclude. Built once per
    table (the table is kept alive with its index, so its ``id`` cannot be reused).
    """
    entry = _COMPILED.get(id(rules))
    if entry is not None and entry[0] is rules:
        return entry[1]
    index: _Index = {}
    for requester in Requester:
        for channel in AccessChannel:
            for purpose in AccessPurpose:
                for aggregate in (False, True):
                    index[(requester, channel, purpose, aggregate)] = tuple(
                        (rule, _mask(rule.facts), _mask(rule.absent_facts))
                        for rule in rules
                        if _matches_except_facts(rule, requester, channel, purpose, aggregate)
                    )
    if len(_COMPILED) >= 64:
        _COMPILED.clear()  # many throwaway custom tables: keep memory bounded
    _COMPILED[id(rules)] = (rules, index)
    return index


def _mask(facts: frozenset[AccessFact]) -> int:
    mask = 0
    for fact in facts:
        mask |= _FACT_BIT[fact]
    return mask


def _matches_except_facts(
    rule: AccessRule,
    requester: Requester,
    channel: AccessChannel,
    purpose: AccessPurpose,
    aggregate: bool,
) -> bool:
    scope_ok = rule.scope == "any" or (rule.scope == "aggregate") == aggregate
    return (
        scope_ok
        and (rule.requesters is None or requester in rule.requesters)
        and (rule.channels is None or channel in rule.channels)
        and (rule.purposes is None or purpose in rule.purposes)
    )


def _first_match(candidates: _Candidates, stated: int) -> tuple[AccessRule | None, int]:
    """The first candidate that matches the stated facts, and the facts earlier ones lacked.

    A candidate matches when every fact it needs is stated and no fact it excludes is.
    """
    missing = 0
    for rule, needed, excluded in candidates:
        if stated & excluded:
            continue
        lacking = needed & ~stated
        if not lacking:
            return rule, missing
        missing |= lacking
    return None, missing


def _facts_of(mask: int) -> tuple[AccessFact, ...]:
    return tuple(fact for fact, bit in _FACT_BIT.items() if mask & bit)


class _Decided(NamedTuple):
    """What the engine decided with one rule, before it becomes an :class:`AccessReason`."""

    rule: AccessRule
    result: ElementResult
    unlocked: bool
    missing: int
    stated: int


#: Reasons already built, by everything they are made of (bounded: cleared when full).
_REASONS: dict[tuple[object, ...], AccessReason] = {}
_REASONS_MAX = 4096


def _reason(request: AccessRequest, decided: _Decided, elements: list[DataElement]) -> AccessReason:
    rule, result, unlocked, missing, stated = decided
    unlock = rule.protected_unlock
    if unlock is not None and result is ElementResult.REFERRED:
        missing |= _FACT_BIT[unlock]
    missing &= ~stated
    purpose = request.purpose if rule.purposes is not None else None
    channel = request.channel if rule.channels is not None else None
    key = (id(rule), result, unlocked, missing, purpose, channel, *elements)
    cached = _REASONS.get(key)
    if cached is not None and cached.message is rule.message and cached.citations is rule.basis:
        return cached  # same row object (ids of collected custom rows can be reused)
    used: list[str] = [fact.value for fact in _facts_of(_mask(rule.facts))]
    if unlocked and unlock is not None:
        used.append(unlock.value)
    if purpose is not None:
        used.append(f"purpose={purpose.value}")
    if channel is not None:
        used.append(f"channel={channel.value}")
    reason = build(
        AccessReason,
        {
            "rule_id": rule.id,
            "result": result,
            "elements": tuple(elements),
            "message": rule.message,
            "advice": rule.advice,
            "citations": rule.basis,
            "facts_used": tuple(used),
            "facts_missing": _facts_of(missing),
            "derived_policy": rule.derived_policy,
            "default_applied": rule.default,
        },
    )
    if len(_REASONS) >= _REASONS_MAX:
        _REASONS.clear()
    _REASONS[key] = reason
    return reason


def _no_rule_reason(elements: list[DataElement]) -> AccessReason:
    """Reason for elements no row matched (a custom table without a default row)."""
    default = next(rule for rule in ACCESS_RULES if rule.default)
    return build(
        AccessReason,
        {
            "rule_id": default.id,
            "result": ElementResult.DENIED,
            "elements": tuple(elements),
            "message": default.message,
            "advice": default.advice,
            "citations": default.basis,
            "facts_used": (),
            "facts_missing": (),
            "derived_policy": default.derived_policy,
            "default_applied": True,
        },
    )


_WITHHELD: dict[tuple[DataElement, ElementResult, str], WithheldElement] = {}


def _withheld(element: DataElement, reason: AccessReason) -> WithheldElement:
    key = (element, reason.result, reason.rule_id)
    item = _WITHHELD.get(key)
    if item is None or item.message is not reason.message:
        item = build(
            WithheldElement,
            {
                "element": element,
                "result": reason.result,
                "rule_id": reason.rule_id,
                "message": reason.message,
            },
        )
        if len(_WITHHELD) >= _REASONS_MAX:
            _WITHHELD.clear()
        _WITHHELD[key] = item
    return item


def _decision(request: AccessRequest, reasons: tuple[AccessReason, ...]) -> AccessDecision:
    result_of: dict[DataElement, AccessReason] = {}
    for reason in reasons:
        for element in reason.elements:
            result_of[element] = reason
    granted = tuple(e for e in request.elements if result_of[e].result is ElementResult.GRANTED)
    granted_set = frozenset(granted)
    withheld = tuple(_withheld(e, result_of[e]) for e in request.elements if e not in granted_set)
    if not withheld:
        outcome = AccessOutcome.ALLOW
    elif granted:
        outcome = AccessOutcome.ALLOW_PARTIAL
    elif any(w.result is ElementResult.REFERRED for w in withheld):
        outcome = AccessOutcome.REFER
    else:
        outcome = AccessOutcome.DENY
    return build(
        AccessDecision,
        {
            "outcome": outcome,
            "granted": granted,
            "withheld": withheld,
            "reasons": reasons,
            "request": request,
        },
    )
