"""NORM-STEPWISE: the bulk ``normalize()`` equals a plain token-by-token reading.

``normalize()`` maps ordinary tokens in bulk and walks only the special ones (a joined
"di", Javanese "tak", a repeating "2", a merging "belum", words that expand, the "e"/"el"
of "e-KTP" and "KTP-el", "ket" after "surat"). An escaped
line break (a backslash and "n" written out in exported data) is read as a line break
between tokens. The oracle below is the straightforward loop over every token; any text on
which the two differ is a bug in the fast path.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lapor_rules.triage.normalize import (
    _BREAK,
    _JAVANESE_APPLICATIVE,
    _TOKEN,
    CLAUSE_OPENERS,
    DI_VERBS,
    Tokens,
    _norm_word,
    normalize,
)


def stepwise(text: str) -> Tokens:  # noqa: PLR0912 - the reference is one flat loop
    """Token-by-token normalisation: the reference for ``normalize()``."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clauses: list[int] = []
    sentences: list[int] = []
    lowered = text.lower()
    source = lowered if len(lowered) == len(text) else text
    # An escaped line break ("\\n" in exported data) is a line break between tokens.
    source = source.replace("\\n", "\n ")
    breaks = [m.start() for m in _BREAK.finditer(source)]
    next_break = clause = sentence = prev_end = 0
    pending_di = pending_tak = False
    matches = list(_TOKEN.finditer(source))
    skip_to = 0
    for index, match in enumerate(matches):
        if index < skip_to:
            continue
        start, end = match.span()
        raw = match.group()
        nxt = matches[index + 1] if index + 1 < len(matches) else None
        if next_break < len(breaks) and breaks[next_break] < start:
            clause += 1
            sentence += 1
            pending_di = False
            while next_break < len(breaks) and breaks[next_break] < start:
                next_break += 1
        adjacent = start == prev_end
        gap_start, prev_end = prev_end, end
        if pending_di and text[gap_start:start].isspace():
            verb = next(iter(_norm_word(raw)), "")  # a dropped particle gives no word
            if verb in DI_VERBS:
                words[-1] = "di" + verb
                ends[-1] = end
                pending_di = False
                continue
        pending_di = raw.lower() == "di"
        if pending_tak and raw.lower().endswith(_JAVANESE_APPLICATIVE) and len(raw) > 4:
            words[-1] = "saya"
        pending_tak = raw.lower() == "tak"
        if raw.lower() == "ket" and words and words[-1] == "surat":
            words.append("keterangan")  # "surat ket": not Javanese "ket" (since)
            starts.append(start)
            ends.append(end)
            clauses.append(clause)
            sentences.append(sentence)
            continue
        previous_raw = matches[index - 1].group() if index else ""
        if (
            raw.lower() == "el"
            and _is_ktp(previous_raw)
            and words
            and words[-1] == "ktp"
            and _joined(source, matches[index - 1].end(), start, breaks)
        ):
            ends[-1] = end  # "KTP-el": the "ktp" before takes it in
            continue
        if (
            raw.lower() == "e"
            and nxt is not None
            and _is_ktp(nxt.group())
            and _joined(source, end, nxt.start(), breaks)
        ):
            words.append("ktp")  # "e-KTP": one word over both tokens
            starts.append(start)
            ends.append(nxt.end())
            clauses.append(clause)
            sentences.append(sentence)
            prev_end = nxt.end()
            skip_to = index + 2
            continue
        glued = nxt is not None and nxt.start() == end  # "BP2MI": part of an acronym
        if raw == "2" and adjacent and not glued and words and words[-1].isalpha():
            words.append(words[-1])
            starts.append(start)
            ends.append(end)
            clauses.append(clause)
            sentences.append(sentence)
            continue
        for word in _norm_word(raw):
            if word == "belum" and words and words[-1] == "tidak" and not adjacent:
                words[-1] = "belum"
                ends[-1] = end
                continue
            if word in CLAUSE_OPENERS:
                clause += 1
            words.append(word)
            starts.append(start)
            ends.append(end)
            clauses.append(clause)
            sentences.append(sentence)
    return Tokens(tuple(words), tuple(starts), tuple(ends), tuple(clauses), tuple(sentences))


def _is_ktp(raw: str) -> bool:
    return _norm_word(raw) == ("ktp",)


def _joined(source: str, gap_start: int, gap_end: int, breaks: list[int]) -> bool:
    """Whether two tokens are written together: spaces and at most one hyphen, no break."""
    gap = source[gap_start:gap_end]
    return not gap.replace("-", "", 1).strip() and not any(gap_start <= b < gap_end for b in breaks)


#: Tokens that take the special paths, with ordinary ones between them.
TRICKY_WORDS = [
    "di", "DI", "proses", "tolak", "kelurahan", "tak", "TAK", "ajukne", "urusno", "bisa",
    "surat", "ket", "KET", "suket",
    "2", "tiba", "tapi", "karena", "sekarang", "teu", "acan", "tidak", "belum", "blm", "ora",
    "durung", "rs", "sebulan", "nonaktif", "ktp", "3", "12", "3578014101900002", "\\n",
    "lamaaa", "İstanbul", "ǅ", "ß", "x2", "\u212aTP",  # a Kelvin sign lower-cases to ASCII "k"
    "e", "el", "EL", "ektp", "bp", "mi",
]  # fmt: skip
SEPARATORS = [" ", "  ", "", ". ", ", ", "\n", "!", "? ", "; ", "-", " \t "]

texts = st.lists(
    st.tuples(st.sampled_from(TRICKY_WORDS), st.sampled_from(SEPARATORS)), max_size=40
).map(lambda pairs: "".join(word + sep for word, sep in pairs))


#: Texts on the edges of the special paths, each compared with the oracle.
EDGES = [
    "di\nproses",  # a line break between "di" and its verb: no join
    "di. proses",  # punctuation between: no join
    "di-proses",  # not separated by white space only: no join
    "di di proses",  # the second "di" joins
    "di rs",  # an expanding word after "di" does not join
    "tapi2 ktp",  # a repeated opener does not open a second clause
    "tiba\\n2",  # a "2" right after an escaped line break repeats the word before it
    "12 2 #2 2x",  # digits that repeat nothing
    "tidak. belum",  # "belum" merges into "tidak" across a full stop
    "tidakbelum tidak belum teu  acan",
    "tak\\najukne",  # an escaped line break between "tak" and its verb
    "tak tak ajukne",
    "tak",
    "\\n\\n di",
    "İİ di proses tak ajukne tiba2",  # lower-casing that changes the length
    "KK. . . ! ? ; KTP",  # several break characters in one gap count once
    "KTP-el e-KTP e - ktp el KTP  el",  # "e"/"el" written onto "ktp": one word
    "KTP. El e. KTP e--KTP",  # a break or two hyphens between: apart
    "BP2MI tiba2 2x x2y",  # a digit between letters repeats nothing
    "surat mi ket ",  # a filler that gives no word between "surat" and "ket"
    "tidak mi belum",  # the same between "tidak" and "belum"
]


@pytest.mark.parametrize("text", EDGES)
def test_bulk_normalisation_equals_the_stepwise_reading_on_edges(text: str) -> None:
    """NORM-STEPWISE: the edges of the join, repeat, merge and break paths."""
    assert normalize(text) == stepwise(text)


@given(texts)
def test_bulk_normalisation_equals_the_stepwise_reading(text: str) -> None:
    """NORM-STEPWISE: same words, offsets, clauses and sentences as the token-by-token loop."""
    assert normalize(text) == stepwise(text)


@given(st.text(max_size=200))
def test_bulk_normalisation_equals_the_stepwise_reading_on_any_text(text: str) -> None:
    """NORM-STEPWISE: the same on arbitrary Unicode text."""
    assert normalize(text) == stepwise(text)


def test_the_oracle_covers_every_special_path() -> None:
    """NORM-STEPWISE: a text with each special token gives the documented words."""
    text = "sy tak ajukne, di proses tiba2 tapi teu acan\\nrs"
    assert list(normalize(text).words) == [
        "saya", "saya", "ajukne", "diproses", "tiba", "tiba", "tapi", "belum", "rumah", "sakit",
    ]  # fmt: skip
    assert normalize(text) == stepwise(text)
