"""Find and redact personal data in free text: NIK and KK numbers, phone numbers, e-mail.

Population data is confidential under UU 24/2013 Pasal 79(1), NIK and KK number included, so
complaint text should not travel onward (logs, public pages, other services) with them in it.

What counts (``privacy-policy.md``, "NIK and personal data in text"):

* **NIK / KK number**: 16 digits, written plain (``3171011708450001``) or in groups joined
  by one kind of separator and split only between the NIK's fields (after digit 2, 4, 6, 8,
  10 or 12: ``31.7101.170845.0001``, ``3171 0117 0845 0001``, ``317101-170845-0001``). A
  space-separated group sequence counts only when its digits form a valid NIK, so listed
  numbers such as years (``2024 2025 2026 2027``) stay. The number is a KK number (``[NO-KK]``)
  when the nearest keyword before it (or, failing one, just after it) says KK / kartu keluarga,
  otherwise a NIK (``[NIK]``). 15- and 17-digit numbers are left alone, and so is a group
  sequence that continues with the same dot or dash separator past 16 digits.
* **Phone**: ``08…`` (10-13 digits), ``+62…`` (10-14 digits) and ``62 8…`` (11-14 digits),
  plain or in groups joined by spaces, dots or dashes, each group two digits or more.
* **E-mail**: ``local@domain.tld`` with a local part of at most 64 characters.

Dates, amounts (``Rp 300.000``), RT/RW, queue numbers and years do not have these shapes and
stay as they are.

The scan is linear in the length of the text: one non-backtracking regular expression finds
runs of digit groups, each ``@`` is expanded by bounded character scans, and each candidate is
checked in constant time. No finding holds the matched value: only its offsets and a masked
form that is safe to log.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from enum import Enum
from typing import Final

from lapor_rules._construct import build
from lapor_rules._model import LaporModel
from lapor_rules.errors import InvalidTypeError
from lapor_rules.privacy._nik_core import mask_digits, structure_problem

__all__ = [
    "PLACEHOLDERS",
    "PersonalDataFinding",
    "PersonalDataKind",
    "find_personal_data",
    "redact",
]


class PersonalDataKind(str, Enum):
    """The kinds of personal data :func:`find_personal_data` recognises."""

    NIK = "nik"
    KK = "nomor_kk"
    PHONE = "telepon"
    EMAIL = "email"


#: The typed placeholder :func:`redact` puts in place of each kind.
PLACEHOLDERS: Final[dict[PersonalDataKind, str]] = {
    PersonalDataKind.NIK: "[NIK]",
    PersonalDataKind.KK: "[NO-KK]",
    PersonalDataKind.PHONE: "[TELEPON]",
    PersonalDataKind.EMAIL: "[EMAIL]",
}


class PersonalDataFinding(LaporModel):
    """One piece of personal data found in a text, described without its value.

    Attributes:
        kind: what was found.
        start: offset of the first character in the original text.
        end: offset after the last character (``text[start:end]`` is the match).
        masked: a form safe to log: ``320114**********`` for a NIK or KK number,
            ``0812*****890`` for a phone (prefix and the last 2 or 3 digits),
            ``b***@example.com`` for an e-mail (first character and domain).
        valid_nik: for a NIK or KK number, whether the 16 digits have a valid NIK structure
            (region codes, birth date, serial; without a reference date, so a birth date in
            the future is not detected: use :func:`~lapor_rules.parse_nik` for that);
            ``None`` for other kinds.
    """

    kind: PersonalDataKind
    start: int
    end: int
    masked: str
    valid_nik: bool | None = None


# One run of ASCII digit groups of two or more digits joined by single separators, optionally
# after a "+" (a one-digit group is never part of a NIK or phone, so it ends a run). Each
# repetition starts with a separator, so the pattern never backtracks more than one group.
_CHAIN: Final = re.compile(r"\+?[0-9]{2,}(?:[ .\-][0-9]{2,})*")
_GROUP: Final = re.compile(r"[0-9]+")

# Keywords that say which number a 16-digit run is (searched in a bounded window). A keyword
# starts a word, or follows an escaped line break written out as text ("\\nnik").
_CONTEXT: Final = re.compile(
    r"(?:(?<![a-z0-9])|(?<=\\[nrt]))(?:(kk|k\.k|kartu keluarga|kartu kk)"
    r"|(nik|ktp|e-ktp|ktp-el|ektp|kependudukan))(?![a-z0-9])",
    re.IGNORECASE,
)
_CONTEXT_BEFORE: Final = 40
_CONTEXT_AFTER: Final = 25

_LOCAL_CHARS: Final = frozenset(string.ascii_letters + string.digits + "._%+-")
_LOCAL_MAX: Final = 64
_DOMAIN: Final = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# An "@" that can join an e-mail: a local-part character before it, a domain with a dot after
# it. Lookarounds consume nothing; the lookahead stops at the first non-domain character.
_AT: Final = re.compile(r"(?<=[A-Za-z0-9_%+\-])@(?=[A-Za-z0-9\-]+\.[A-Za-z0-9])")

# Phone shapes: (required prefix of the digits, with "+", minimum digits, maximum digits).
_PHONE_SHAPES: Final = (
    ("08", False, 10, 13),
    ("62", True, 10, 14),
    ("628", False, 11, 14),
)

_Span = tuple[int, int]
_DIGIT_CHARS: Final = "0123456789"
#: Fewest digits a chain of at least ``_MIN_CHAIN_CHARS`` characters can hold: groups of
#: two or more digits, one separator between groups, an optional "+" ("+12 34 567").
_MIN_CHAIN_CHARS: Final = 10
_MIN_CHAIN_DIGITS: Final = 7
# Where a written NIK may be split: between its region, date and serial fields (2, 4, 6, 8,
# 10, 12), which also covers the 4-4-4-4 layout.
_NIK_CUTS: Final = frozenset((2, 4, 6, 8, 10, 12))


def find_personal_data(text: str) -> tuple[PersonalDataFinding, ...]:
    """Find NIK and KK numbers, phone numbers and e-mail addresses in ``text``.

    Args:
        text: free text, for example a complaint.

    Returns:
        The findings sorted by ``start``, never overlapping. Each holds offsets into ``text``
        and a masked form, never the value itself.

    Raises:
        InvalidTypeError: ``text`` is not a string.

    >>> [f.kind.value for f in find_personal_data("NIK 3171011708450001, hp 0812-3456-7890")]
    ['nik', 'telepon']
    """
    if not isinstance(text, str):
        raise InvalidTypeError(f"text must be a str, not {type(text).__name__}")
    # Quick exits: no e-mail without "@"; no number without enough digits for a chain.
    emails = list(_find_emails(text)) if "@" in text else []
    if sum(map(text.count, _DIGIT_CHARS)) < _MIN_CHAIN_DIGITS:
        return tuple(emails)
    numbers = [f for f in _find_numbers(text) if not _overlaps_any(f, emails)]
    return tuple(sorted(emails + numbers, key=lambda f: f.start))


def redact(text: str) -> str:
    """Replace each NIK, KK number, phone number and e-mail address with a typed placeholder.

    Placeholders: ``[NIK]``, ``[NO-KK]``, ``[TELEPON]``, ``[EMAIL]``. Everything else (dates,
    amounts, RT/RW, other numbers) is kept as written.

    Raises:
        InvalidTypeError: ``text`` is not a string.

    >>> redact("No KK 3171-0117-0845-0001, email budi@example.com")
    'No KK [NO-KK], email [EMAIL]'
    """
    findings = find_personal_data(text)
    if not findings:
        return text
    parts: list[str] = []
    position = 0
    for finding in findings:
        parts.append(text[position : finding.start])
        parts.append(PLACEHOLDERS[finding.kind])
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


def _overlaps_any(finding: PersonalDataFinding, spans: list[PersonalDataFinding]) -> bool:
    # Few e-mails per text; a linear pass per number would be quadratic only for texts with
    # many of both, so bisect on the sorted e-mail starts.
    if not spans:
        return False
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= finding.start:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo].start < finding.end


# --- e-mail --------------------------------------------------------------------------------


def _find_emails(text: str) -> Iterator[PersonalDataFinding]:
    floor = 0  # no e-mail may start before the end of the previous one
    for match in _AT.finditer(text):
        at = match.start()
        if at < floor:
            continue
        span = _email_at(text, at, floor)
        if span is not None:
            start, end = span
            yield _finding(
                PersonalDataKind.EMAIL, start, end, f"{text[start]}***@{text[at + 1 : end]}"
            )
            floor = end


def _email_at(text: str, at: int, floor: int) -> _Span | None:
    start = at
    limit = max(floor, at - _LOCAL_MAX)
    while start > limit and text[start - 1] in _LOCAL_CHARS:
        start -= 1
    while start < at and text[start] in "._%+-":
        start += 1
    if start == at or text[at - 1] == ".":
        return None
    match = _DOMAIN.match(text, at + 1)
    if match is None:
        return None
    labels = match.group().split(".")
    while len(labels) >= 2 and not (labels[-1].isalpha() and len(labels[-1]) >= 2):
        labels.pop()
    if (
        len(labels) < 2
        or not all(labels)
        or any(label.startswith("-") or label.endswith("-") for label in labels)
    ):
        return None
    return start, at + 1 + len(".".join(labels))


# --- numbers -------------------------------------------------------------------------------


def _find_numbers(text: str) -> Iterator[PersonalDataFinding]:
    for chain in _CHAIN.finditer(text):
        start, end = chain.span()
        if end - start < _MIN_CHAIN_CHARS:
            continue  # shorter than any phone number or NIK
        yield from _segment(_Run(text, start, end))


class _Run:
    """One run of digit groups: their offsets, sizes and the separator after each."""

    __slots__ = ("count", "ends", "plus", "seps", "sizes", "starts", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.plus = text[start] == "+"
        spans = [g.span() for g in _GROUP.finditer(text, start, end)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.sizes = [e - s for s, e in spans]
        self.seps = [text[e] for e in self.ends[:-1]] + [""]
        self.count = len(spans)

    def digits(self, first: int, last: int) -> str:
        text = self.text
        if first == last:
            return text[self.starts[first] : self.ends[first]]
        return "".join(text[self.starts[k] : self.ends[k]] for k in range(first, last + 1))


def _segment(run: _Run) -> Iterator[PersonalDataFinding]:
    """Split one run of digit groups into NIK/KK and phone findings, left to right."""
    i = 0
    while i < run.count:
        nik = _nik_from(run, i)
        if nik is not None:
            first, last = nik
            digits = run.digits(first, last)
            problem = structure_problem(digits)
            if problem is not None and first != last:
                # A grouped run that is not a valid NIK may be misaligned by a number written
                # before it ("tahun 2024 3171 0117 0845 0001"): prefer a valid one inside it.
                for shifted in range(first + 1, last + 1):
                    other = _nik_from(run, shifted)
                    if other is not None:
                        other_digits = run.digits(*other)
                        if structure_problem(other_digits) is None:
                            (first, last), digits, problem = other, other_digits, None
                            break
            if problem is None or first == last or run.seps[first] != " ":
                yield _number_finding(run.text, run.starts[first], run.ends[last], digits, problem)
                i = last + 1
                continue
            # Numbers merely listed with spaces ("2024 2025 2026 2027") are not a NIK unless
            # their digits form a valid one.
        phone = _phone_from(run, i)
        if phone is not None:
            last, masked = phone
            start = run.starts[i] - (1 if run.plus and i == 0 else 0)
            yield _finding(PersonalDataKind.PHONE, start, run.ends[last], masked)
            i = last + 1
            continue
        i += 1


def _joined_before(text: str, position: int, seps: str) -> bool:
    """Whether the digits at ``position`` continue a number through one of ``seps``."""
    return position >= 2 and text[position - 1] in seps and text[position - 2] in _DIGIT_CHARS


def _joined_after(text: str, position: int, seps: str) -> bool:
    """Whether the digits ending at ``position`` go on through one of ``seps``."""
    return (
        position + 1 < len(text) and text[position] in seps and text[position + 1] in _DIGIT_CHARS
    )


def _finding(
    kind: PersonalDataKind, start: int, end: int, masked: str, valid_nik: bool | None = None
) -> PersonalDataFinding:
    # Values built here are valid by construction; skip pydantic validation on the hot path.
    return build(
        PersonalDataFinding,
        {"kind": kind, "start": start, "end": end, "masked": masked, "valid_nik": valid_nik},
    )


def _nik_from(run: _Run, i: int) -> tuple[int, int] | None:
    """The groups ``(i, last)`` that form a 16-digit NIK/KK candidate starting at group ``i``."""
    length = run.sizes[i]
    if length == 16:
        return i, i
    if length not in _NIK_CUTS or i + 1 >= run.count or run.text[run.starts[i]] == "0":
        return None
    sep = run.seps[i]
    if sep != " " and _joined_before(run.text, run.starts[i], sep):
        return None  # continues a longer dotted or dashed number
    last = _sixteen_digits(run, i, sep)
    if last is None or (sep != " " and _joined_after(run.text, run.ends[last], sep)):
        return None  # not 16 digits, or a 17-or-more-digit dotted or dashed number
    return i, last


def _sixteen_digits(run: _Run, i: int, sep: str) -> int | None:
    """The last group if groups from ``i`` joined by ``sep`` hold exactly 16 digits.

    Groups must follow the NIK's own fields: every split falls after digit 2, 4, 6, 8, 10 or
    12 (which covers 2-4-6-4, 6-6-4 and 4-4-4-4).
    """
    sizes, seps = run.sizes, run.seps
    total = sizes[i]
    j = i
    while total < 16 and seps[j] == sep:
        if total not in _NIK_CUTS:
            return None
        j += 1
        total += sizes[j]
    return j if total == 16 else None


def _phone_from(run: _Run, i: int) -> tuple[int, str] | None:
    """The last group and masked form of a phone number starting at group ``i``, if any."""
    text, start = run.text, run.starts[i]
    if run.sizes[i] < 2 or text[start] not in "06":
        return None
    if _joined_before(text, start, ".-"):
        return None  # the tail of a dotted or dashed number, not the start of a phone
    plus = run.plus and i == 0
    for prefix, needs_plus, low, high in _PHONE_SHAPES:
        if needs_plus != plus:
            continue
        found = _phone_groups(run, i, low, high)
        if found is not None:
            last, digits = found
            if digits.startswith(prefix):
                return last, _mask_phone(digits, plus)
    return None


def _phone_groups(run: _Run, i: int, low: int, high: int) -> tuple[int, str] | None:
    """Join groups from ``i`` while the digit count stays within ``high``; need ``low``.

    All groups are joined by one kind of separator, except that a country code ``62`` may be
    followed by a space (``+62 812-3456-789``). Once ``low`` digits are reached, a further
    group is taken only in the same separator style and when no NIK starts there.
    """
    digits = run.digits(i, i)
    if len(digits) > high:
        return None
    j = i
    sep = ""
    while j + 1 < run.count:
        next_sep = run.seps[j]
        if sep and next_sep != sep:
            break
        if len(digits) >= low and (not sep or _nik_from(run, j + 1) is not None):
            break  # complete, and the next group is not part of it
        size = run.sizes[j + 1]
        if size < 2 or len(digits) + size > high:
            break
        sep = "" if digits == "62" else next_sep
        j += 1
        digits += run.digits(j, j)
    if len(digits) < low:
        return None
    return j, digits


def _mask_phone(digits: str, plus: bool) -> str:
    """Keep the 4-digit prefix and the last 2 digits (3 for numbers of 12 digits or more)."""
    tail = 3 if len(digits) >= 12 else 2
    return ("+" if plus else "") + digits[:4] + "*" * (len(digits) - 4 - tail) + digits[-tail:]


def _number_finding(
    text: str, start: int, end: int, digits: str, problem: str | None
) -> PersonalDataFinding:
    kind = PersonalDataKind.KK if _says_kk(text, start, end) else PersonalDataKind.NIK
    return _finding(kind, start, end, mask_digits(digits), problem is None)


def _says_kk(text: str, start: int, end: int) -> bool:
    """Whether the nearest keyword before the number (else just after it) names the KK."""
    last = None
    lo = max(0, start - _CONTEXT_BEFORE)
    if "k" in text[lo:start].lower():  # every keyword has a "k": skip the regex otherwise
        for match in _CONTEXT.finditer(text, lo, start):
            last = match
    if last is None:
        hi = min(len(text), end + _CONTEXT_AFTER)
        if "k" in text[end:hi].lower():
            last = _CONTEXT.search(text, end, hi)
    return last is not None and last.group(1) is not None
