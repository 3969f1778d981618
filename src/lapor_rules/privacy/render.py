"""Render the privacy tables to Markdown for SOP documents (Indonesian first, English second).

``docs/privacy.md`` holds the output of :func:`render_privacy_rules_markdown` between two
marker comments; a test fails when the page and the code disagree. Regenerate the block with
``lapor-rules access --rules-markdown``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from lapor_rules.privacy.access_rules import ACCESS_RULES, RULESET_VERSION, AccessRule
from lapor_rules.privacy.decision import ElementResult
from lapor_rules.privacy.elements import ELEMENTS

__all__ = ["render_privacy_rules_markdown"]

#: Comments around the generated block in ``docs/privacy.md``.

_RESULT_WORDS: Final[dict[ElementResult, tuple[str, str]]] = {
    ElementResult.GRANTED: ("izinkan", "allow"),
    ElementResult.DENIED: ("tolak", "deny"),
    ElementResult.REFERRED: ("rujuk", "refer"),
}


def _cell(id_text: str, en_text: str) -> str:
    return f"{id_text}<br>*{en_text}*".replace("|", "\\|")


def _result_cell(rule: AccessRule) -> str:
    plain_id, plain_en = _RESULT_WORDS[rule.result]
    if rule.result == rule.protected_result and rule.protected_unlock is None:
        return _cell(f"{plain_id} semua elemen", f"{plain_en} every element")
    prot_id, prot_en = _RESULT_WORDS[rule.protected_result]
    text_id = f"{plain_id} elemen biasa; elemen dilindungi: {prot_id}"
    text_en = f"{plain_en} non-protected elements; protected elements: {prot_en}"
    if rule.protected_unlock is not None:
        text_id += f", izinkan bila `{rule.protected_unlock.value}`"
        text_en += f", allow with `{rule.protected_unlock.value}`"
    return _cell(text_id, text_en)


def _rules_table(rules: Sequence[AccessRule]) -> list[str]:
    lines = [
        "| # | id | kapan<br>*when* | hasil<br>*result* | dasar<br>*basis* "
        "| kebijakan turunan<br>*derived policy* |",
        "|---|---|---|---|---|---|",
    ]
    for number, rule in enumerate(rules, start=1):
        basis = "; ".join(str(c) for c in rule.basis)
        if not basis:
            basis = (
                _cell("tolak secara baku", "deny by default")
                if rule.default
                else _cell("kebijakan turunan", "derived policy")
            )
        derived = "ya / *yes*" if rule.derived_policy else ""
        lines.append(
            f"| {number} | `{rule.id}` | {_cell(rule.when.id, rule.when.en)} "
            f"| {_result_cell(rule)} | {basis} | {derived} |"
        )
    return lines


def _rule_messages(rules: Sequence[AccessRule]) -> list[str]:
    lines = []
    for rule in rules:
        lines += [
            f"- **`{rule.id}`**: {rule.message.id} {rule.advice.id}",
            f"  *{rule.message.en} {rule.advice.en}*",
        ]
    return lines


def _elements_table() -> list[str]:
    lines = [
        "| huruf<br>*letter* | kode<br>*code* | nama<br>*name (id)* | *name (en)* "
        "| dilindungi<br>*protected* |",
        "|---|---|---|---|---|",
    ]
    for info in ELEMENTS.values():
        protected = "ya / *yes*" if info.protected else ""
        lines.append(
            f"| {info.letter} | `{info.element.value}` | {info.name_id} | {info.name_en} "
            f"| {protected} |"
        )
    return lines


def render_privacy_rules_markdown(rules: Sequence[AccessRule] = ACCESS_RULES) -> str:
    """Render the access rule table, the rule messages and the element table as Markdown.

    Args:
        rules: the rule table to render (default: the library's).

    Returns:
        Markdown text ending with a newline (``docs/privacy.md`` embeds it; see
        :mod:`lapor_rules.sop`).
    """
    lines = [
        f"### Tabel aturan akses / Access rule table (`{RULESET_VERSION}`)",
        "",
        "Dievaluasi per elemen; aturan pertama yang cocok menentukan. "
        "*Evaluated per element; the first matching rule decides.*",
        "",
        *_rules_table(rules),
        "",
        "### Pesan dan saran tiap aturan / Message and advice of each rule",
        "",
        *_rule_messages(rules),
        "",
        "### Elemen data (UU 24/2013 Pasal 58) / Data elements",
        "",
        *_elements_table(),
    ]
    return "\n".join(lines) + "\n"
