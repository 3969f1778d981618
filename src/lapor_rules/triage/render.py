"""Render a triage rule set as Markdown for SOP documents (Indonesian first).

``docs/triage.md`` embeds :func:`ruleset_markdown` of the default rule set as a generated
block (see :mod:`lapor_rules.sop`); a test fails when the page is out of date.
"""

from __future__ import annotations

from lapor_rules.triage.models import Complexity, Effect, TriageResult, Urgency
from lapor_rules.triage.rules import FACTS, Condition, RuleSet

__all__ = ["explain", "ruleset_markdown"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _effect_id(effect: Effect) -> str:
    parts = []
    if effect.urgency is not None:
        parts.append(f"urgensi ≥ {effect.urgency.label.id}")
    if effect.complexity is not None:
        parts.append(f"kompleksitas ≥ {effect.complexity.label.id}")
    if effect.third_party:
        parts.append("data pihak ketiga")
    return "; ".join(parts)


def _condition(rule_when: Condition) -> str:
    parts = []
    if rule_when.all_of:
        parts.append("semua / all: " + ", ".join(f"`{x}`" for x in rule_when.all_of))
    if rule_when.any_of:
        parts.append("salah satu / any: " + ", ".join(f"`{x}`" for x in rule_when.any_of))
    if rule_when.none_of:
        parts.append("tanpa / none: " + ", ".join(f"`{x}`" for x in rule_when.none_of))
    return "; ".join(parts)


def ruleset_markdown(ruleset: RuleSet) -> str:
    """Render the decision rules, signals and facts of ``ruleset`` as Markdown tables.

    Rows are sorted by effect level (urgency, then complexity), then priority, then id, so
    the output does not depend on the order the rules were registered in.
    """

    def key(rule_effect: Effect, priority: int, rule_id: str) -> tuple[int, int, int, str]:
        u = rule_effect.urgency.rank if rule_effect.urgency is not None else -1
        c = rule_effect.complexity.rank if rule_effect.complexity is not None else -1
        return (-u, -c, -priority, rule_id)

    rules = sorted(ruleset.rules, key=lambda r: key(r.effect, r.priority, r.id))
    lines = [
        f"Versi aturan / rule-set version: `{ruleset.version}`",
        "",
        "### Aturan keputusan / Decision rules",
        "",
        "| ID | Efek (Effect) | Arti | Meaning | Kondisi (Condition) | Dasar hukum (Legal basis) |",
        "|---|---|---|---|---|---|",
    ]
    for rule in rules:
        cites = "; ".join(str(c) for c in rule.citations) or "—"
        lines.append(
            f"| `{rule.id}` | {_cell(_effect_id(rule.effect))} | {_cell(rule.message.id)} "
            f"| {_cell(rule.message.en)} | {_cell(_condition(rule.when))} | {_cell(cites)} |"
        )
    lines += [
        "",
        "### Sinyal leksikal / Lexical signals",
        "",
        "| Sinyal (Signal) | Arti | Meaning | Contoh frasa (Example phrases) |",
        "|---|---|---|---|",
    ]
    for signal in sorted(ruleset.signals, key=lambda s: s.id):
        examples = ", ".join(signal.phrases[:6]) + (" …" if len(signal.phrases) > 6 else "")
        lines.append(
            f"| `{signal.id}` | {_cell(signal.description.id)} | {_cell(signal.description.en)} "
            f"| {_cell(examples)} |"
        )
    lines += [
        "",
        "### Fakta yang dihitung / Computed facts",
        "",
        "| Fakta (Fact) | Arti | Meaning |",
        "|---|---|---|",
    ]
    for fact, text in FACTS.items():
        lines.append(f"| `{fact}` | {_cell(text.id)} | {_cell(text.en)} |")
    lines += [
        "",
        "### Tingkat / Levels",
        "",
        "| Urgensi (Urgency) | Kompleksitas (Complexity) |",
        "|---|---|",
    ]
    for u, c in zip(sorted(Urgency, reverse=True), sorted(Complexity, reverse=True), strict=False):
        lines.append(
            f"| `{u.value}` {u.label.id} / {u.label.en} | `{c.value}` {c.label.id} / {c.label.en} |"
        )
    return "\n".join(lines) + "\n"


def explain(result: TriageResult, *, lang: str = "id") -> str:
    """A short plain-text explanation of a result (no complaint text, only rule ids)."""
    en = lang == "en"
    head = (
        f"{'urgency' if en else 'urgensi'}: {result.urgency.value} "
        f"({result.urgency.label.get('en' if en else 'id')}), "
        f"{'complexity' if en else 'kompleksitas'}: {result.complexity.value} "
        f"({result.complexity.label.get('en' if en else 'id')})"
    )
    lines = [head]
    if not result.reasons:
        lines.append(
            "  - (no rule fired: default low/simple)"
            if en
            else "  - (tidak ada aturan yang berlaku: bawaan rendah/ringan)"
        )
    for reason in result.reasons:
        cites = "; ".join(str(c) for c in reason.citations)
        msg = reason.message.get("en" if en else "id")
        lines.append(f"  - {reason.rule_id}: {msg}" + (f" [{cites}]" if cites else ""))
    return "\n".join(lines)
