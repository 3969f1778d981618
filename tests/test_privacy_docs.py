"""docs/privacy.md holds the rule table rendered from the code (DESIGN: documents cannot drift)."""

from __future__ import annotations

from lapor_rules import render_privacy_rules_markdown
from lapor_rules.privacy import ACCESS_RULES, ELEMENTS


def test_render_lists_every_rule_and_element_indonesian_first() -> None:
    """PRIV-* docs: every rule id and every element code appears; Indonesian comes first."""
    rendered = render_privacy_rules_markdown()
    for rule in ACCESS_RULES:
        assert f"`{rule.id}`" in rendered
        assert rendered.index(rule.when.id) < rendered.index(rule.when.en)
    for info in ELEMENTS.values():
        assert f"`{info.element.value}`" in rendered
    assert rendered.index("Tabel aturan akses") < rendered.index("Access rule table")


def test_render_reflects_a_changed_table() -> None:
    """PRIV-* docs: the rendering is computed from the rows (a shorter table renders less)."""
    assert "`PRIV-DEFAULT`" not in render_privacy_rules_markdown(ACCESS_RULES[:-1])
