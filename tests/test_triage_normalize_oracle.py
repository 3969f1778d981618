"""NORM-STEPWISE: the bulk ``normalize()`` equals a plain token-by-token reading.

``normalize()`` maps ordinary tokens in bulk and walks only the special ones (a joined
"di", Javanese "tak", a repeating "2", a merging "belum", words that expand). An escaped
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


def stepwise(text: str) -> Tokens:
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
    for match in _TOKEN.finditer(source):
        start, end = match.span()
        raw = match.group()
        if next_break < len(breaks) and breaks[next_break] < start:
            clause += 1
            sentence += 1
            pending_di = False
            while next_break < len(breaks) and breaks[next_break] < start:
                next_break += 1
        adjacent = start == prev_end
        gap_start, prev_end = prev_end, end
        if pending_di and text[gap_start:start].isspace():
            verb = _norm_word(raw)[0]
            if verb in DI_VERBS:
                words[-1] = "di" + verb
                ends[-1] = end
                pending_di = False
                continue
        pending_di = raw.lower() == "di"
        if pending_tak and raw.lower().endswith(_JAVANESE_APPLICATIVE) and len(raw) > 4:
            words[-1] = "saya"
        pending_tak = raw.lower() == "tak"
        if raw == "2" and adjacent and words and words[-1].isalpha():
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


#: Tokens that take the special paths, with ordinary ones between them.
TRICKY_WORDS = [
    "di", "DI", "proses", "tolak", "kelurahan", "tak", "TAK", "ajukne", "urusno", "bisa",
    "2", "tiba", "tapi", "karena", "sekarang", "teu", "acan", "tidak", "belum", "blm", "ora",
    "durung", "rs", "sebulan", "nonaktif", "ktp", "3", "12", "3578014101900002", "\\n",
    "lamaaa", "İstanbul", "ǅ", "ß", "x2", "\u212aTP",  # a Kelvin sign lower-cases to ASCII "k"
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
