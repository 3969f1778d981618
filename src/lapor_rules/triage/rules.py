"""The rule-set model: lexical signals and decision rules, both plain, validated data.

A :class:`Signal` is a named vocabulary; the engine finds its phrases in the normalised text
and records each hit with its offsets. A :class:`DecisionRule` is a condition over signal ids
(``all_of``/``any_of``/``none_of``) with an :class:`~lapor_rules.triage.models.Effect`. Besides
lexical signals, conditions may name the built-in *facts* in :data:`FACTS`, which the engine
computes from waits, deadlines and structured fields.

An agency extends or overrides the default rules from plain data::

    rules = RuleSet.default().with_rules([{"id": "X-LOCAL", ...}])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import Any

from pydantic import Field, field_validator, model_validator
from typing_extensions import Self

from lapor_rules._model import LaporModel
from lapor_rules.citations import Citation
from lapor_rules.errors import InvalidInputError, RuleSetError
from lapor_rules.text import Bilingual
from lapor_rules.triage.models import Effect

__all__ = ["DERIVED_FACTS", "FACTS", "Condition", "DecisionRule", "RuleSet", "Signal"]

#: Facts the engine computes (not lexical); decision rules may name them like signals.
FACTS: Mapping[str, Bilingual] = {
    "wait_within_standard": Bilingual(
        id="Waktu tunggu masih dalam standar UU 23/2006 Pasal 69",
        en="The wait is within the UU 23/2006 Pasal 69 standard",
    ),
    "wait_past_standard": Bilingual(
        id="Waktu tunggu melewati standar, kurang dari dua kali",
        en="The wait is past the standard, under twice it",
    ),
    "wait_far_past_standard": Bilingual(
        id="Waktu tunggu sedikitnya dua kali standar",
        en="The wait is at least twice the standard",
    ),
    "deadline_imminent": Bilingual(
        id="Tenggat dengan akibat tak terpulihkan dalam 2 hari kerja",
        en="A deadline with an irreversible consequence within 2 working days",
    ),
    "deadline_soon": Bilingual(
        id="Tenggat dalam sekitar 10 hari kerja",
        en="A deadline within about 10 working days",
    ),
    "elderly_age": Bilingual(
        id="Usia 60 tahun atau lebih disebutkan (lansia)",
        en="An age of 60 years or more is stated (elderly)",
    ),
    "deadline_later": Bilingual(
        id="Tenggat dengan akibat lebih dari 2 hari kerja lagi (dan tidak ada yang lebih dekat)",
        en="A deadline with a consequence more than 2 working days away (and none sooner)",
    ),
    "prior_reports": Bilingual(
        id="Kolom prior_reports: pengaduan sebelumnya tentang kasus yang sama",
        en="Field prior_reports: earlier complaints about the same case",
    ),
    "reporter_vulnerable": Bilingual(
        id="Kolom reporter: orang yang bersangkutan termasuk kelompok rentan",
        en="Field reporter: the person concerned is in a vulnerable group",
    ),
    "third_party_subject": Bilingual(
        id="Kolom reporter: pelapor bukan orang yang bersangkutan",
        en="Field reporter: the reporter is not the person concerned",
    ),
    "person_name": Bilingual(
        id='Nama orang setelah sapaan atau hubungan keluarga ("istri saya Dewi")',
        en='A personal name after a title or a relation ("my wife Dewi")',
    ),
    "misuse_told_past": Bilingual(
        id="Penyalahgunaan identitas diceritakan sebagai kejadian lampau (dulu, pernah,"
        " tahun lalu), tanpa tanda masih berlangsung",
        en="Identity misuse told as a past episode (dulu, pernah, tahun lalu), with no sign"
        " that it goes on",
    ),
    "disaster_told_past": Bilingual(
        id="Bencana diceritakan sebagai kejadian lampau (tahun sebelumnya, dulu, penyintas),"
        " tanpa tanda masih berlangsung",
        en="The disaster told as a past event (an earlier year, dulu, penyintas), with no"
        " sign that it goes on",
    ),
    "misuse_generic": Bilingual(
        id="Penyalahgunaan identitas disebut secara umum, tanpa menyebut korbannya",
        en="Identity misuse mentioned in general, naming no victim",
    ),
    "report_closed": Bilingual(
        id='Pelapor menutup laporannya sendiri ("laporan ini bisa ditutup", "tadinya mau'
        ' komplain"): yang diceritakan sebelumnya sudah selesai',
        en='The reporter closes their own report ("laporan ini bisa ditutup", "tadinya mau'
        ' komplain"): what is told before it is settled',
    ),
    "misuse_unconfirmed": Bilingual(
        id="Kata penyalahgunaan hanya menyebut topiknya (pinjaman, penagih, orang tak dikenal),"
        " tanpa kalimat yang menyangkal atau menyebut identitas pelapor dipakai",
        en="The misuse words name only the topic (a loan, a collector, a stranger), with no"
        " sentence denying the act or saying the reporter's identity was used",
    ),
    "misuse_closed": Bilingual(
        id="Sarana penyalahgunaan identitas sudah ditutup, dibatalkan atau pelakunya"
        ' ditangkap ("rekening itu sudah ditutup", "kontraknya dibatalkan")',
        en="The means of the identity misuse was closed or cancelled, or its culprit caught"
        ' ("rekening itu sudah ditutup", "kontraknya dibatalkan")',
    ),
    "question_mark": Bilingual(
        id="Teks berisi pertanyaan (tanda tanya)",
        en="The text asks a question (question mark)",
    ),
    "urgent": Bilingual(
        id="Urgensi tinggi atau darurat menurut aturan urgensi (dinilai lebih dulu)",
        en="Urgency is high or critical by the urgency rules (evaluated first)",
    ),
    "several_identifiers": Bilingual(
        id="Beberapa nomor identitas berbeda dalam teks",
        en="Several different identity numbers in the text",
    ),
}


#: Facts derived from the urgency of the first pass; rules using them run second and may
#: set complexity or third-party data, never urgency.
DERIVED_FACTS = frozenset({"urgent"})


class Signal(LaporModel):
    """A named vocabulary of phrases over normalised tokens.

    Attributes:
        id: signal id (lower case, ``[a-z0-9_]``).
        description: what the signal means, Indonesian and English.
        phrases: phrases in plain Indonesian; a trailing ``*`` on a word matches a prefix,
            ``#num`` any number, and one ``...`` inside a phrase a gap of up to three
            words in the same sentence ("nik ... tidak sesuai").
        unless: phrases that cancel a hit they cover ("rumah sakit" cancels "sakit").
        negatable: whether negation, hypotheticals and resolved pasts cancel a hit.
        allegation: whether a hit told second-hand ("kata tetangga", "saya dengar") still
            counts: an allegation of misconduct heard from others is still one to examine.
        request: whether the signal is a request that is normally asked as a question: a
            question word does not cancel a hit ("Apakah Dukcapil bisa memberi tahu alamat
            barunya?"); negation, hypotheticals and resolved pasts still do.
        source: where the vocabulary comes from.
    """

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)
    description: Bilingual
    phrases: tuple[str, ...] = Field(min_length=1)
    unless: tuple[str, ...] = ()
    negatable: bool = True
    allegation: bool = False
    request: bool = False
    source: str = ""

    @field_validator("phrases", "unless")
    @classmethod
    def _phrases_have_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for phrase in value:
            if not phrase.split():
                raise ValueError("a phrase must contain at least one word")
            words = phrase.split()
            if len(words) > 8:
                raise ValueError("a phrase may have at most 8 words")
            if "..." in words and (
                words.count("...") > 1 or words[0] == "..." or words[-1] == "..."
            ):
                raise ValueError("a phrase may hold one '...' gap, between two words")
        return value


class Condition(LaporModel):
    """When a decision rule fires.

    Every ``all_of`` entry must be present, at least one ``any_of`` entry (when there are
    any), and no ``none_of`` entry. Each entry is a signal id or a fact id; an ``all_of``
    entry may list alternatives as ``"a|b"`` (present when either is).
    """

    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _not_empty(self) -> Self:
        if not (self.all_of or self.any_of or self.none_of):
            raise ValueError("a condition needs all_of, any_of or none_of")
        return self

    def names(self) -> frozenset[str]:
        """Every signal or fact id the condition mentions (``"a|b"`` entries split)."""
        out: set[str] = set()
        for entry in (*self.all_of, *self.any_of, *self.none_of):
            out.update(entry.split("|"))
        return frozenset(out)


class DecisionRule(LaporModel):
    """A condition over signals and facts with an effect, a message and citations.

    Attributes:
        id: rule id (``[A-Z][A-Z0-9-]*``), unique in a rule set; cited in SOP documents.
        when: the condition.
        effect: the floors it applies.
        message: the reason shown to officers, Indonesian and English.
        priority: breaks ties between reasons of the same effect level (higher first).
        citations: the legal basis, where one applies.
        source: where the rule comes from (rubric section or agency decision).
    """

    id: str = Field(pattern=r"^[A-Z][A-Z0-9-]*$", max_length=40)
    when: Condition
    effect: Effect
    message: Bilingual
    priority: int = 0
    citations: tuple[Citation, ...] = ()
    source: str = ""

    @model_validator(mode="after")
    def _effect_does_something(self) -> Self:
        eff = self.effect
        if eff.urgency is None and eff.complexity is None and not eff.third_party:
            raise ValueError("a rule's effect must set urgency, complexity or third_party")
        return self


#: The default rule set once built (``RuleSet.default()`` is on every triage call's path).
_DEFAULT: list[RuleSet] = []


class RuleSet(LaporModel):
    """A versioned, validated set of signals and decision rules.

    Validation checks that ids are unique and that every condition names a known signal or
    fact. The compiled matcher is built once per rule set, on first use.
    """

    version: str = Field(min_length=1, max_length=40)
    signals: tuple[Signal, ...]
    rules: tuple[DecisionRule, ...]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        signal_ids = [s.id for s in self.signals]
        dup = {s for s in signal_ids if signal_ids.count(s) > 1}
        if dup:
            raise ValueError(f"duplicate signal ids: {sorted(dup)}")
        rule_ids = [r.id for r in self.rules]
        dup = {r for r in rule_ids if rule_ids.count(r) > 1}
        if dup:
            raise ValueError(f"duplicate rule ids: {sorted(dup)}")
        known = set(signal_ids) | set(FACTS)
        for rule in self.rules:
            unknown = rule.when.names() - known
            if unknown:
                raise ValueError(f"rule {rule.id} names unknown signals: {sorted(unknown)}")
            if DERIVED_FACTS & rule.when.names() and rule.effect.urgency is not None:
                raise ValueError(f"rule {rule.id} uses a derived fact and so may not set urgency")
        return self

    @classmethod
    def default(cls) -> RuleSet:
        """The library's rule set, built from the triage rubric."""
        if _DEFAULT:
            return _DEFAULT[0]
        from lapor_rules.triage.defaults import (  # noqa: PLC0415 - defaults imports us
            default_ruleset,
        )

        _DEFAULT.append(default_ruleset())
        return _DEFAULT[0]

    def with_rules(
        self,
        rules: Iterable[DecisionRule | Mapping[str, Any]] = (),
        *,
        signals: Iterable[Signal | Mapping[str, Any]] = (),
        version: str | None = None,
    ) -> RuleSet:
        """Return a new rule set with rules and signals added or replaced by id.

        Args:
            rules: decision rules (models or plain mappings); one with an existing id
                replaces it.
            signals: signals (models or plain mappings); one with an existing id replaces it.
            version: the new version string (default: this version plus ``"+local"``).

        Raises:
            RuleSetError: the result is inconsistent (for example a rule names an unknown
                signal), or an item is not a valid rule or signal.
        """
        try:
            new_rules = {r.id: r for r in self.rules}
            for raw in rules:
                rule = raw if isinstance(raw, DecisionRule) else DecisionRule.model_validate(raw)
                new_rules[rule.id] = rule
            new_signals = {s.id: s for s in self.signals}
            for raw_sig in signals:
                sig = raw_sig if isinstance(raw_sig, Signal) else Signal.model_validate(raw_sig)
                new_signals[sig.id] = sig
            return RuleSet(
                version=version or f"{self.version}+local",
                signals=tuple(new_signals.values()),
                rules=tuple(new_rules.values()),
            )
        except InvalidInputError as exc:
            raise RuleSetError(str(exc)) from None

    def without_rules(self, *rule_ids: str) -> RuleSet:
        """Return a new rule set without the named rules (unknown ids raise RuleSetError)."""
        missing = set(rule_ids) - {r.id for r in self.rules}
        if missing:
            raise RuleSetError(f"unknown rule ids: {sorted(missing)}")
        return RuleSet(
            version=f"{self.version}+local",
            signals=self.signals,
            rules=tuple(r for r in self.rules if r.id not in rule_ids),
        )

    def rule(self, rule_id: str) -> DecisionRule:
        """Return the rule with this id.

        Raises:
            RuleSetError: no rule has this id.
        """
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise RuleSetError(f"unknown rule id {rule_id!r}")

    @cached_property
    def compiled(self) -> Any:
        """The compiled matcher (built once, on first use)."""
        from lapor_rules.triage.engine import (  # noqa: PLC0415 - the engine imports us
            CompiledRuleSet,
        )

        return CompiledRuleSet(self)

    def __repr_args__(self) -> Any:
        yield "version", self.version
        yield "signals", len(self.signals)
        yield "rules", len(self.rules)
