"""The triage engine: matches signals, computes facts, evaluates decision rules.

The engine, not the rules, records what fired: each fired decision rule becomes a
:class:`~lapor_rules.triage.models.TriageReason` with the evidence (offsets into the original
text) of the signals that satisfied it. The result does not depend on the order of signals
or rules: levels are maxima of floors, and reasons are sorted by a documented key.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypeVar

from lapor_rules._model import LaporModel
from lapor_rules.errors import InvalidTypeError
from lapor_rules.privacy import PersonalDataFinding, PersonalDataKind, find_personal_data
from lapor_rules.triage.durations import DOC_STANDARD_DAYS, read_durations
from lapor_rules.triage.models import (
    Complaint,
    Complexity,
    Evidence,
    TriageReason,
    TriageResult,
    Urgency,
    check_text,
)
from lapor_rules.triage.normalize import Tokens, normalize, normalize_phrase
from lapor_rules.triage.rules import DERIVED_FACTS, DecisionRule, RuleSet

__all__ = ["CompiledRuleSet", "triage"]

#: Words right before a hit that negate it ("bukan darurat", "tidak ada pungli").
NEGATORS: tuple[tuple[str, ...], ...] = (
    ("bukan",), ("jangan",), ("tanpa",), ("bebas",), ("anti",), ("tidak", "ada"),
    ("tidak", "pernah"), ("belum", "pernah"), ("tidak", "perlu"), ("belum", "ada"),
    ("tidak", "termasuk"), ("bukan", "karena"),
)  # fmt: skip
#: Words that negate a hit only when right before it ("tidak darurat").
ADJACENT_NEGATORS = frozenset({"tidak", "belum"})
#: Question words: a hit a few words after one is asked about, not alleged ("apakah ...
#: dipungut biaya?"). They do not apply to waits ("apakah harus menunggu 4 bulan?").
QUESTION_CUES = frozenset({"apakah", "apkh"})
#: Words earlier in the same clause that make a hit hypothetical ("kalau", "apa benar").
HYPOTHETICALS: tuple[tuple[str, ...], ...] = (
    ("kalau",), ("seandainya",), ("andaikan",), ("andai",), ("misalnya",), ("misal",),
    ("umpama",), ("umpamanya",), ("jikalau",), ("semisal",), ("misalkan",), ("apa", "benar"),
    ("apakah", "benar"), ("apa", "betul"), ("apakah", "betul"), ("apa", "bener"),
    ("seumpama",), ("bagaimana", "cara"), ("gimana", "cara"), ("bagaimana", "kalau"),
    ("takut",), ("khawatir",), ("kuatir",), ("jangan", "sampai"), ("semoga", "tidak"),
    ("saya", "dengar"), ("dengar", "dengar"), ("denger", "denger"), ("kabarnya",),
    ("konon",), ("katanya", "harus"), ("katanya", "tetangga"), ("kata", "tetangga"),
    ("kata", "orang"), ("katanya", "orang"), ("dengar", "dari"), ("denger", "dari"),
)  # fmt: skip
#: Conditional cues whose scope is a few words ("kalau ..."); the others last the clause.
WINDOWED_HYPOTHETICALS = frozenset(
    {("kalau",), ("jikalau",), ("bagaimana", "kalau"), ("bagaimana", "cara"),
     ("gimana", "cara"), ("jangan", "sampai"), ("semoga", "tidak")}
)  # fmt: skip
#: Words before "kalau" that make it reported speech, not a hypothetical.
SPEECH_VERBS = frozenset(
    {"bilang", "katanya", "bilangnya", "berkata", "mengatakan", "ngomong", "menyuruh",
     "disuruh", "diminta", "minta", "meminta", "menawarkan", "ditawari"}
)  # fmt: skip
#: Speakers whose reported "kalau ..." is an offer, not a hypothetical ("kalau mau cepat
#: bayar 150rb, kata petugas"); hearsay without one ("katanya kalau ...") stays hypothetical.
OFFICIALS = frozenset(
    {"petugas", "pegawai", "oknum", "operator", "staf", "staff", "pejabat", "lurah", "camat",
     "loket", "kelurahan", "kecamatan", "dukcapil", "admin", "kader", "satpam", "calo", "rt",
     "rw", "calonya", "petugasnya"}
)  # fmt: skip
_SPEECH = SPEECH_VERBS | {"kata", "ngomong", "nawarin", "menawari", "ditawarin"}
#: Words earlier in the sentence that place a hit in the past ("dulu pernah ada pungli").
PAST_CUES = frozenset({"dulu", "dahulu", "pernah", "dulunya", "sempat", "kemarin", "lalu"})
#: Phrases after a past hit that say the problem is resolved ("sekarang sudah bagus").
RESOLVED: tuple[tuple[str, ...], ...] = (
    *(
        ("sudah", w)
        for w in (
            "bagus", "baik", "lancar", "cepat", "beres", "aman", "membaik", "teratasi", "tidak",
            "diperbaiki", "selesai", "normal", "bersih", "hilang", "dibantu", "ditangani",
        )
    ),
    ("alhamdulillah",), ("beres",), ("sudah", "saya", "blokir"), ("lancar",),
    ("tidak", "ada", "masalah"), ("langsung", "dibantu"), ("langsung", "dicetak"),
    ("sudah", "diganti"), ("sudah", "dibuatkan"),
    ("hari", "itu", "juga"), ("langsung", "diproses"), ("langsung", "jadi"),
    ("tidak", "masalah"), ("sudah", "saya", "terima"), ("sudah", "diterima"),
    ("sudah", "diblokir"), ("sudah", "diaktifkan"), ("sudah", "aktif"), ("sudah", "bisa"),
)  # fmt: skip
_NEGATION_WINDOW = 3
_HYPOTHETICAL_WINDOW = 8  # tokens; unpunctuated texts would otherwise be one long clause
_RESOLVED_SENTENCES = 2
_MAX_EVIDENCE = 5


#: One vocabulary entry: (one-word phrases, loose phrases, second word -> phrases).
_Entry = tuple[tuple[tuple[str, bool], ...], list["_Phrase"], dict[str, list["_Phrase"]]]
#: What a word can start: its vocabulary entries and its prefix phrases.
_WordInfo = tuple[tuple[_Entry, ...], tuple["_Phrase", ...]]
_NOTHING: _WordInfo = ((), ())
#: Distinct words remembered per compiled rule set (bounds memory on hostile input).
_WORD_CACHE_MAX = 50_000
#: A compiled condition: (all_of groups of alternatives, any_of, none_of).
_Compiled = tuple[tuple[tuple[str, ...], ...], tuple[str, ...], tuple[str, ...]]


class _Phrase:
    __slots__ = ("prefix", "signal", "size", "unless", "words")

    def __init__(self, words: tuple[str, ...], signal: str, unless: bool) -> None:
        self.prefix = tuple(w.endswith("*") for w in words)
        self.words = tuple(w.rstrip("*") for w in words)
        self.signal = signal
        self.unless = unless
        self.size = len(words)

    def matches(self, words: tuple[str, ...], sentences: tuple[int, ...], i: int) -> bool:
        if i + self.size > len(words) or sentences[i] != sentences[i + self.size - 1]:
            return False
        for k in range(1, self.size):
            got = words[i + k]
            want = self.words[k]
            if want == "#num":
                if not got.isdecimal():
                    return False
            elif not (got.startswith(want) if self.prefix[k] else got == want):
                return False
        return True


class CompiledRuleSet:
    """A rule set prepared for matching: phrase indexes and rule order (built once)."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        # Phrases are indexed by their first word (one word), by their first two words, or,
        # when the second word is a pattern, by the first word only ("loose").
        self.exact: dict[str, list[_Phrase]] = defaultdict(list)
        self.pairs: dict[tuple[str, str], list[_Phrase]] = defaultdict(list)
        self.loose: dict[str, list[_Phrase]] = defaultdict(list)
        self.prefix: dict[str, list[_Phrase]] = defaultdict(list)
        self.negatable: dict[str, bool] = {}
        for signal in sorted(ruleset.signals, key=lambda s: s.id):
            self.negatable[signal.id] = signal.negatable
            for raw, unless in [
                *((p, False) for p in signal.phrases),
                *((p, True) for p in signal.unless),
            ]:
                words = normalize_phrase(raw)
                if not words:
                    continue
                phrase = _Phrase(words, signal.id, unless)
                first = phrase.words[0]
                if phrase.prefix[0]:
                    self.prefix[first].append(phrase)
                elif phrase.size == 1:
                    self.exact[first].append(phrase)
                elif phrase.prefix[1] or phrase.words[1] == "#num":
                    self.loose[first].append(phrase)
                else:
                    self.pairs[(first, phrase.words[1])].append(phrase)
        self.vocabulary = (
            frozenset(self.exact) | frozenset(self.loose) | frozenset(w for w, _ in self.pairs)
        )
        # One lookup per token: first word -> (one-word and loose phrases, second word ->
        # phrases).
        # One-word phrases need no further check; the others are matched word by word.
        by_word: dict[str, _Entry] = {}
        for word in self.vocabulary:
            singles = tuple((p.signal, p.unless) for p in self.exact.get(word, ()))
            by_word[word] = (singles, list(self.loose.get(word, ())), {})
        for (first, second), phrases in self.pairs.items():
            by_word[first][2][second] = list(phrases)
        self.by_word = by_word
        self.cue_words = frozenset(
            {p[0] for p in (*NEGATORS, *HYPOTHETICALS, *RESOLVED)}
            | PAST_CUES
            | QUESTION_CUES
            | OFFICIALS
            | _SPEECH
        )
        self.prefix_lengths = sorted({len(k) for k in self.prefix})
        # Word -> (entries, prefix phrases), ``_NOTHING`` when the word starts no phrase;
        # filled on first sight (bounded), so each distinct word is looked up once.
        self._word_info: dict[str, _WordInfo] = {}
        ordered = sorted(ruleset.rules, key=lambda r: r.id)
        # Rules on derived facts (the first pass's urgency) run in a second pass.
        self.rules: tuple[DecisionRule, ...] = tuple(
            r for r in ordered if not (DERIVED_FACTS & r.when.names())
        )
        self.second_pass: tuple[DecisionRule, ...] = tuple(
            r for r in ordered if DERIVED_FACTS & r.when.names()
        )
        # Conditions split once: all_of groups of alternatives, any_of, none_of.
        self.conditions: dict[str, _Compiled] = {
            r.id: (
                tuple(tuple(entry.split("|")) for entry in r.when.all_of),
                r.when.any_of,
                r.when.none_of,
            )
            for r in ordered
        }
        self.negators = _index(NEGATORS)
        self.hypotheticals = _index(HYPOTHETICALS)
        self.resolved = _index(RESOLVED)

    def _info(self, word: str) -> _WordInfo:
        """The phrase entries and prefix phrases a word can start (``_NOTHING``: none)."""
        by_word = self.by_word
        entry = by_word.get(word)
        entries: tuple[_Entry, ...] = (entry,) if entry is not None else ()
        number_entry = by_word.get("#num")
        if number_entry is not None and word.isdecimal():
            entries = (*entries, number_entry)
        prefixed = tuple(
            phrase
            for size in self.prefix_lengths
            if size <= len(word)
            for phrase in self.prefix.get(word[:size], ())
        )
        if not entries and not prefixed:
            return _NOTHING
        return entries, prefixed

    def hits(  # noqa: PLR0912 - the hot loop, kept flat for speed
        self, tokens: Tokens
    ) -> tuple[dict[str, list[tuple[int, int]]], _Context]:
        """Return signal id -> ``[(first, last)]`` token spans, after context filtering."""
        words = tokens.words
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        cancel: dict[str, list[tuple[int, int]]] = defaultdict(list)
        sentences = tokens.sentences
        cache = self._word_info
        n = len(words)
        for i, word in enumerate(words):
            info = cache.get(word)
            if info is None:
                info = self._info(word)
                if len(cache) < _WORD_CACHE_MAX:
                    cache[word] = info
            if info is _NOTHING:
                continue
            entries, prefixed = info
            for singles, loose, seconds in entries:
                for signal, unless in singles:
                    (cancel if unless else found)[signal].append((i, i))
                candidates = loose
                if seconds and i + 1 < n:
                    more = seconds.get(words[i + 1])
                    if more:
                        candidates = loose + more
                for phrase in candidates:
                    if phrase.matches(words, sentences, i):
                        (cancel if phrase.unless else found)[phrase.signal].append(
                            (i, i + phrase.size - 1)
                        )
            for phrase in prefixed:
                if phrase.matches(words, sentences, i):
                    (cancel if phrase.unless else found)[phrase.signal].append(
                        (i, i + phrase.size - 1)
                    )
        context = _Context(tokens, self)
        out: dict[str, list[tuple[int, int]]] = {}
        for sid, spans in found.items():
            covers = sorted(cancel.get(sid, ()))
            keep = []
            for first, last in sorted(set(spans)):
                if covers and _covered(covers, first, last):
                    continue
                if self.negatable.get(sid, True) and context.blocked(first):
                    continue
                keep.append((first, last))
            if keep:
                out[sid] = _dedupe(keep)
        return out, context


class _Context:
    """Per-text context: negation, hypothetical and resolved-past lookups.

    Only the positions of cue words are collected (one set lookup per token); each query
    is then a binary search, so the whole is linear in the text.
    """

    def __init__(  # noqa: PLR0912 - one flat pass over the cue words
        self, tokens: Tokens, compiled: CompiledRuleSet
    ) -> None:
        words = tokens.words
        self.tokens = tokens
        self.neg_end: list[int] = []  # token index of the last word of each negator
        self.hypo_at: list[int] = []  # token index of each "kalau"-like cue (windowed)
        self.strong_at: list[int] = []  # token index of each clause-wide hypothetical cue
        self.past_at: list[int] = []  # token index of each past cue
        self.resolved_at: list[int] = []
        self.question_at: list[int] = []  # token index of each question word
        cue_words = compiled.cue_words
        hypotheticals, negators, resolved = (
            compiled.hypotheticals,
            compiled.negators,
            compiled.resolved,
        )
        sentences = tokens.sentences
        officials: set[int] = set()  # sentences naming an official
        speech: set[int] = set()  # sentences with a speech verb
        windowed: list[int] = []
        for i in [k for k, w in enumerate(words) if w in cue_words]:
            word = words[i]
            if word in OFFICIALS:
                officials.add(sentences[i])
            if word in _SPEECH:
                speech.add(sentences[i])
            for size, options in hypotheticals.get(word, {}).items():
                if (
                    words[i : i + size] in options
                    and words[i + size : i + size + 2] != ("tidak", "salah")  # "if I recall"
                ):
                    if words[i : i + size] in WINDOWED_HYPOTHETICALS:
                        windowed.append(i)
                    else:
                        self.strong_at.append(i)
            if word in PAST_CUES:
                self.past_at.append(i)
            if word in QUESTION_CUES:
                self.question_at.append(i)
            for size, options in negators.get(word, {}).items():
                if words[i : i + size] in options:
                    self.neg_end.append(i + size - 1)
            for size, options in resolved.get(word, {}).items():
                if words[i : i + size] in options:
                    self.resolved_at.append(i)
        self.neg_end.sort()
        # "petugas bilang kalau mau cepat bayar 200 ribu" reports an offer by an official.
        self.hypo_at = [
            i for i in windowed if not (sentences[i] in officials and sentences[i] in speech)
        ]

    def blocked(self, i: int) -> bool:
        """Whether a hit starting at token ``i`` is negated, hypothetical, asked or resolved."""
        k = bisect_left(self.question_at, i)
        if k:
            cue = self.question_at[k - 1]
            # The whole question sentence counts ("apakah ... karena rusak dipungut biaya?").
            if self.tokens.sentences[cue] == self.tokens.sentences[i] and i - cue <= (
                _HYPOTHETICAL_WINDOW
            ):
                return True
        return self.blocked_statement(i)

    def blocked_statement(self, i: int) -> bool:
        """Whether a hit at token ``i`` is negated, hypothetical or resolved (not questions)."""
        tokens = self.tokens
        words = tokens.words
        clause = tokens.clauses[i]
        lo = bisect_left(self.neg_end, i - _NEGATION_WINDOW)
        for end in self.neg_end[lo : bisect_left(self.neg_end, i)]:
            if tokens.clauses[end] == clause:
                return True
        if i and words[i - 1] in ADJACENT_NEGATORS and tokens.clauses[i - 1] == clause:
            return True
        k = bisect_left(self.hypo_at, i)
        if k:
            cue = self.hypo_at[k - 1]
            if tokens.clauses[cue] == clause and i - cue <= _HYPOTHETICAL_WINDOW:
                return True
        k = bisect_left(self.strong_at, i)
        if k and tokens.clauses[self.strong_at[k - 1]] == clause:
            return True
        # A definition question right after the hit: "Pungli itu apa?"
        for j in range(i + 1, min(i + 4, len(words) - 1)):
            if words[j] == "itu" and words[j + 1] in {"apa", "apakah"}:
                return True
        return self._resolved_past(i)

    def _resolved_past(self, i: int) -> bool:
        """A past cue in the hit's sentence and a "resolved" phrase soon after the hit."""
        sentences = self.tokens.sentences
        sentence = sentences[i]
        k = bisect_left(self.past_at, i)
        near = [self.past_at[j] for j in (k - 1, k) if 0 <= j < len(self.past_at)]
        if not any(sentences[p] == sentence for p in near):
            return False
        r = bisect_right(self.resolved_at, i)
        if r < len(self.resolved_at):
            return sentences[self.resolved_at[r]] - sentence <= _RESOLVED_SENTENCES
        return False


def _index(
    phrases: Iterable[tuple[str, ...]],
) -> dict[str, dict[int, set[tuple[str, ...]]]]:
    out: dict[str, dict[int, set[tuple[str, ...]]]] = defaultdict(lambda: defaultdict(set))
    for phrase in phrases:
        out[phrase[0]][len(phrase)].add(phrase)
    return {k: dict(v) for k, v in out.items()}


def _covered(covers: list[tuple[int, int]], first: int, last: int) -> bool:
    k = bisect_right(covers, (first, 1 << 30))
    # Any cover starting at or before ``first`` may contain the hit; check the nearest few.
    for j in range(k - 1, max(-1, k - 9), -1):
        c_first, c_last = covers[j]
        if c_first <= first and c_last >= last:
            return True
    return False


def _dedupe(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans contained in a longer span of the same signal."""
    out: list[tuple[int, int]] = []
    for first, last in spans:
        if out and out[-1][0] <= first and out[-1][1] >= last:
            continue
        while out and first <= out[-1][0] and last >= out[-1][1]:
            out.pop()
        out.append((first, last))
    return out


def triage(complaint_or_text: Complaint | str, *, rules: RuleSet | None = None) -> TriageResult:
    """Triage a complaint: urgency, complexity, third-party data and the reasons.

    Args:
        complaint_or_text: a :class:`Complaint` or the complaint text itself.
        rules: the rule set to apply (default: :meth:`RuleSet.default`).

    Returns:
        The :class:`TriageResult`. Without any fired rule it is ``low`` / ``simple``.

    Raises:
        InvalidTypeError: the argument is neither a ``Complaint`` nor a ``str``.
        InvalidInputError: the text is empty, whitespace only, or too long.
    """
    if isinstance(complaint_or_text, Complaint):
        complaint = complaint_or_text
    elif isinstance(complaint_or_text, str):
        check_text(complaint_or_text)
        complaint = Complaint(complaint_or_text)
    else:
        raise InvalidTypeError(
            f"triage() takes a Complaint or a str, not {type(complaint_or_text).__name__}"
        )
    ruleset = rules if rules is not None else RuleSet.default()
    if not isinstance(ruleset, RuleSet):
        raise InvalidTypeError(f"rules must be a RuleSet, not {type(ruleset).__name__}")
    compiled: CompiledRuleSet = ruleset.compiled
    return _evaluate(complaint, compiled)


def _evaluate(  # noqa: PLR0912 - signals, facts, two rule passes, result
    complaint: Complaint, compiled: CompiledRuleSet
) -> TriageResult:
    text = complaint.text
    tokens = normalize(text)
    hits, context = compiled.hits(tokens)
    evidence: dict[str, list[RawEvidence]] = {}

    def span_evidence(sid: str, first: int, last: int, note: str = "") -> RawEvidence:
        start, end = tokens.starts[first], tokens.ends[last]
        return _ev(signal=sid, start=start, end=end, text=text[start:end], note=note)

    for sid, spans in hits.items():
        evidence[sid] = [span_evidence(sid, a, b) for a, b in spans[:_MAX_EVIDENCE]]

    received: date | None = None
    if complaint.received_at is not None:
        received = complaint.received_at.date()
    doc_hits = sorted((sid, first) for sid in DOC_STANDARD_DAYS for first, _ in hits.get(sid, ()))
    consequences = sorted(first for first, _ in hits.get("deadline_consequence", ()))
    needs = sorted(first for first, _ in hits.get("deadline_need", ()))
    for finding in read_durations(
        tokens,
        text,
        received=received,
        doc_hits=doc_hits,
        consequence_positions=consequences,
        need_positions=needs,
        blocked=context.blocked_statement,
    ):
        evidence.setdefault(finding.fact, []).append(
            span_evidence(finding.fact, finding.first, finding.last, finding.note)
        )
    _structured_facts(complaint, evidence)
    findings = tuple(find_personal_data(text))
    _identifier_facts(findings, text, evidence)
    _name_facts(tokens, text, compiled, evidence)
    question = text.find("?")
    if question >= 0:
        evidence["question_mark"] = [
            _ev(signal="question_mark", start=question, end=question + 1, text="?")
        ]

    reasons = []
    urgency = Urgency.LOW
    complexity = Complexity.SIMPLE
    third_party = False
    fired: list[tuple[DecisionRule, list[RawEvidence]]] = []
    conditions = compiled.conditions
    for rule in compiled.rules:
        matched = _fires(conditions[rule.id], evidence)
        if matched is not None:
            fired.append((rule, matched))
            if rule.effect.urgency is not None and rule.effect.urgency > urgency:
                urgency = rule.effect.urgency
    if urgency >= Urgency.HIGH:
        evidence["urgent"] = [_ev(signal="urgent", start=0, end=0, note=f"urgency={urgency.value}")]
    for rule in compiled.second_pass:
        matched = _fires(conditions[rule.id], evidence)
        if matched is not None:
            fired.append((rule, matched))
    built: dict[RawEvidence, Evidence] = {}
    for rule, matched in fired:
        eff = rule.effect
        if eff.urgency is not None and eff.urgency > urgency:
            urgency = eff.urgency
        if eff.complexity is not None and eff.complexity > complexity:
            complexity = eff.complexity
        third_party = third_party or eff.third_party
        reasons.append(
            _construct(
                TriageReason,
                {
                    "rule_id": rule.id,
                    "message": rule.message,
                    "evidence": tuple(
                        _build(raw, built) for raw in sorted(set(matched), key=_ev_key)
                    ),
                    "effect": eff,
                    "priority": rule.priority,
                    "citations": rule.citations,
                },
            )
        )
    reasons.sort(key=_reason_key)
    return _construct(
        TriageResult,
        {
            "urgency": urgency,
            "complexity": complexity,
            "reasons": tuple(reasons),
            "third_party_data": third_party,
            "personal_data": findings,
            "ruleset_version": compiled.ruleset.version,
        },
    )


_M = TypeVar("_M", bound=LaporModel)


def _construct(cls: type[_M], fields: dict[str, Any]) -> _M:
    """Build a result model from values the engine made itself (already valid).

    Equivalent to ``cls.model_construct(**fields)`` with every field given, without its
    per-call overhead (the hot path builds about ten models per complaint).
    """
    obj = cls.__new__(cls)
    set_attr = object.__setattr__
    set_attr(obj, "__dict__", fields)
    set_attr(obj, "__pydantic_fields_set__", set(fields))
    set_attr(obj, "__pydantic_extra__", None)
    set_attr(obj, "__pydantic_private__", None)
    return obj


#: Evidence before it becomes a model: (signal, start, end, text, note). Models are built
#: only for the rules that fire.
RawEvidence = tuple[str, int, int, str, str]


def _ev(*, signal: str, start: int, end: int, text: str = "", note: str = "") -> RawEvidence:
    return (signal, start, end, text, note)


def _ev_key(raw: RawEvidence) -> tuple[int, int, str]:
    return (raw[1], raw[2], raw[0])


def _build(raw: RawEvidence, built: dict[RawEvidence, Evidence]) -> Evidence:
    model = built.get(raw)
    if model is None:
        signal, start, end, text, note = raw
        model = _construct(
            Evidence, {"signal": signal, "start": start, "end": end, "text": text, "note": note}
        )
        built[raw] = model
    return model


def _reason_key(reason: TriageReason) -> tuple[int, int, int, str]:
    eff = reason.effect
    u = eff.urgency.rank if eff.urgency is not None else -1
    c = eff.complexity.rank if eff.complexity is not None else -1
    return (-u, -c, -reason.priority, reason.rule_id)


def _fires(
    condition: _Compiled, evidence: Mapping[str, list[RawEvidence]]
) -> list[RawEvidence] | None:
    all_of, any_of, none_of = condition
    for entry in none_of:
        if entry in evidence:
            return None
    used: list[RawEvidence] = []
    for alternatives in all_of:
        present = False
        for name in alternatives:
            found = evidence.get(name)
            if found:
                used.extend(found)
                present = True
        if not present:
            return None
    if any_of:
        present = False
        for name in any_of:
            found = evidence.get(name)
            if found:
                used.extend(found)
                present = True
        if not present:
            return None
    return used


def _structured_facts(complaint: Complaint, evidence: dict[str, list[RawEvidence]]) -> None:
    if complaint.prior_reports > 0:
        evidence["prior_reports"] = [
            _ev(
                signal="prior_reports",
                start=0,
                end=0,
                note=f"prior_reports={complaint.prior_reports}",
            )
        ]
    reporter = complaint.reporter
    if reporter is not None and reporter.vulnerable:
        groups = ",".join(sorted(g.value for g in reporter.groups))
        evidence["reporter_vulnerable"] = [
            _ev(signal="reporter_vulnerable", start=0, end=0, note=f"groups={groups}")
        ]
    if reporter is not None and not reporter.is_subject:
        evidence["third_party_subject"] = [
            _ev(signal="third_party_subject", start=0, end=0, note="is_subject=False")
        ]


_ID_KINDS = frozenset({PersonalDataKind.NIK, PersonalDataKind.KK})


def _identifier_facts(
    findings: tuple[PersonalDataFinding, ...], text: str, evidence: dict[str, list[RawEvidence]]
) -> None:
    """Record ``several_identifiers`` when the text holds two or more different NIK/KK numbers."""
    seen: dict[str, PersonalDataFinding] = {}
    for finding in findings:
        if finding.kind in _ID_KINDS:
            seen.setdefault(text[finding.start : finding.end], finding)
    if len(seen) >= 2:
        evidence["several_identifiers"] = [
            _ev(
                signal="several_identifiers",
                start=f.start,
                end=f.end,
                text=text[f.start : f.end],
                note=f.kind.value,
            )
            for f in list(seen.values())[:_MAX_EVIDENCE]
        ]


#: Titles before a personal name ("Bu Sarmi", "Pak Joko").
HONORIFICS = frozenset(
    {"bapak", "ibu", "mbak", "mas", "mbah", "sdr", "saudara", "saudari", "nyonya", "tuan",
     "kak", "bang", "dik", "an", "nama", "bernama", "namanya", "tertulis", "tercatat"}
)  # fmt: skip
#: Relation words after which "saya"/"kami" and then a name may follow ("istri sy Dewi").
RELATIONS = frozenset(
    {"istri", "suami", "ayah", "ibu", "bapak", "tetangga", "teman", "mertua", "kakak", "adik",
     "ipar", "keponakan", "nenek", "kakek", "cucu", "rekan", "saudara", "paman", "bibi", "om",
     "tante", "pakde", "bude", "ortu", "anak", "mbah", "seseorang", "kandung", "mantan"}
)  # fmt: skip
#: Capitalised words that are roles or places, never personal names.
NOT_NAMES = frozenset(
    {"kepala", "dinas", "walikota", "wali", "lurah", "camat", "staff", "staf", "petugas",
     "admin", "ketua", "rt", "rw", "ibu", "bapak", "yth", "kota", "kelurahan", "kecamatan",
     "selaku", "dispenduk", "dispendukcapil", "dukcapil", "capil", "kadis", "sekretaris",
     "pimpinan", "operator", "pejabat", "kades", "direktur", "gubernur", "bupati", "menteri",
     "presiden", "dokter", "bidan", "guru", "ustadz", "haji", "hj", "ir", "dr", "drs",
     "saya", "kami", "kita", "dia", "beliau", "mereka", "anda", "mohon", "tolong"}
)  # fmt: skip


def _name_facts(
    tokens: Tokens, text: str, compiled: CompiledRuleSet, evidence: dict[str, list[RawEvidence]]
) -> None:
    """Record capitalised words right after a title or a relation as a personal name."""
    words = tokens.words
    found: list[RawEvidence] = []
    before_name = _BEFORE_NAME
    for i in [k + 1 for k, w in enumerate(words[:-1]) if w in before_name]:
        start, end = tokens.starts[i], tokens.ends[i]
        raw = text[start:end]
        if not (raw[:1].isupper() and raw.isalpha() and len(raw) > 2):
            continue
        word = words[i]
        if word in NOT_NAMES or word in compiled.vocabulary or raw.lower() in compiled.vocabulary:
            continue
        prev = words[i - 1]
        before = words[i - 2] if i > 1 else ""
        after_relation = prev in RELATIONS or (prev in {"saya", "kami"} and before in RELATIONS)
        # A title alone may name an official: it counts only near a relation word, and
        # never as the reporter's own name ("nama saya mbak X").
        after_title = (
            prev in HONORIFICS
            and (before not in {"saya", "nama"} or prev in _WRITTEN_AS)
            and _relation_near(words, i, _NAME_RELATION_WINDOW)
        )
        if after_title or after_relation:
            found.append(_ev(signal="person_name", start=start, end=end, text=raw))
            if len(found) >= _MAX_EVIDENCE:
                break
    if found:
        evidence["person_name"] = found


_NAME_RELATION_WINDOW = 6
#: "nama suami saya tertulis Agus": the name as recorded, after the relation.
_WRITTEN_AS = frozenset({"tertulis", "tercatat", "namanya"})
_BEFORE_NAME = HONORIFICS | RELATIONS | {"saya", "kami"}


def _relation_near(words: tuple[str, ...], i: int, window: int) -> bool:
    lo, hi = max(0, i - window), min(len(words), i + window + 1)
    return any(words[k] in RELATIONS for k in range(lo, hi) if k not in (i - 1, i))
