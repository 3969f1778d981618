"""Normalisation of the real register with an offset map (NORM-* rules of the triage brief)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lapor_rules.triage.normalize import normalize, normalize_phrase

CASES = [
    ("yg", ["yang"], "NORM-ABBREV-yg"),
    ("gk ga gak nggak ndak mboten tdk", ["tidak"] * 7, "NORM-NEGATION-slang-javanese"),
    ("blm udh sdh sampun", ["belum", "sudah", "sudah", "sudah"], "NORM-ABBREV-time"),
    ("krn dgn", ["karena", "dengan"], "NORM-ABBREV-conj"),
    ("2 bln 3 hr", ["2", "bulan", "3", "hari"], "NORM-UNITS"),
    ("dua bulan", ["2", "bulan"], "NORM-NUMBER-WORDS"),
    ("sebulan", ["1", "bulan"], "NORM-NUMBER-se"),
    ("sy aq", ["saya", "saya"], "NORM-PRONOUN"),
    ("ktp-el e-ktp ektp KTP el e KTP", ["ktp"] * 5, "NORM-KTP-EL"),
    ("KTP. El Nino, nilai e. ktp", ["ktp", "el", "nino", "nilai", "e", "ktp"], "NORM-KTP-EL-apart"),
    ("akte", ["akta"], "NORM-AKTA"),
    ("nggih", ["ya"], "NORM-JAVANESE-nggih"),
    ("lamaaaa BELUMMM", ["lama", "belum"], "NORM-REPEATED-LETTERS"),
    ("di proses", ["diproses"], "NORM-DI-VERB"),
    ("tiba2", ["tiba", "tiba"], "NORM-REDUPLICATION"),
    ("3bulan", ["3", "bulan"], "NORM-DIGIT-WORD-SPLIT"),
    ("3578014101900002", ["#id"], "NORM-IDENTIFIER"),
    ("KTP-ku dienggo wong", ["ktp", "saya", "dipakai", "orang"], "NORM-JAVANESE-ngoko"),
    ("wis durung isih jare", ["sudah", "belum", "masih", "katanya"], "NORM-JAVANESE-aspect"),
    ("teu henteu kagak udeh", ["tidak", "tidak", "tidak", "sudah"], "NORM-SUNDA-BETAWI"),
    ("tak ajukne", ["saya", "ajukne"], "NORM-JAVANESE-tak-clitic"),
    ("teu acan tos 2 sasih", ["belum", "sudah", "2", "bulan"], "NORM-SUNDA-not-yet"),
    ("tak bisa", ["tidak", "bisa"], "NORM-tak-negation"),
    ("akta lhr blm jd", ["akta", "lahir", "belum", "jadi"], "NORM-ABBREV-jd-lhr"),
    ("dl sempet bkn prnh pny", ["dulu", "sempat", "bukan", "pernah", "punya"], "NORM-CHAT"),
    ("beta sonde dangke", ["saya", "tidak", "terima", "kasih"], "NORM-EASTERN-MALAY"),
    ("saurna ngantosan", ["katanya", "menunggu"], "NORM-SUNDA-waiting"),
    (
        "statuse sing anyar teko omah",
        ["statusnya", "yang", "baru", "dari", "rumah"],
        "NORM-JAVANESE-suroboyoan",
    ),
    ("patang minggu sepuluh ewu", ["4", "minggu", "10", "ribu"], "NORM-JAVANESE-numbers"),
    ("anakku bayiku", ["anak", "saya", "bayi", "saya"], "NORM-ku-suffix"),
    ("gue ajuin nyokap", ["saya", "ajukan", "ibu"], "NORM-BETAWI"),
    (
        "mksh bnyk burem bales lgsg pgn",
        ["terima", "kasih", "banyak", "buram", "balas", "langsung", "ingin"],
        "NORM-CHAT-phone",
    ),
    ("surat ket kematian", ["surat", "keterangan", "kematian"], "NORM-KET-after-surat"),
    ("ket wingi", ["sejak", "kemarin"], "NORM-KET-javanese-since"),
    ("bepadah lakas baduit", ["bilang", "cepat", "punya", "uang"], "NORM-BANJAR-speech"),
    ("tidak bisa ki daftar ji", ["tidak", "bisa", "daftar"], "NORM-MAKASSAR-particles"),
    (
        "maninggal wayahini balum jua dibari",
        ["meninggal", "sekarang", "belum", "juga", "diberi"],
        "NORM-BANJAR",
    ),
    ("statuse tetep durung ono", ["statusnya", "tetap", "belum", "ada"], "NORM-JAVANESE-krama"),
    ("Senen kamari digentos", ["senin", "kemarin", "diganti"], "NORM-SUNDA-days"),
    (
        "ngaku nyuruh nyari nyariin aktifin",
        ["mengaku", "menyuruh", "mencari", "mencari", "mengaktifkan"],
        "NORM-COLLOQUIAL-ng-ny",
    ),
    ("spy emang", ["supaya", "memang"], "NORM-CHAT-spy-emang"),
    (
        "dinonaktifin nonaktifin kagak dateng",
        ["dinonaktifkan", "menonaktifkan", "tidak", "datang"],
        "NORM-BETAWI-verbs",
    ),
    ("supayo atas namo", ["supaya", "atas", "nama"], "NORM-MINANG"),
    ("kadaptar aktip", ["terdaftar", "aktif"], "NORM-SUNDA-registered"),
    ("duweke sapa", ["milik", "siapa"], "NORM-BANYUMASAN-whose"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for t, e, i in CASES])
def test_register_is_normalised(text: str, expected: list[str]) -> None:
    """NORM: slang, abbreviations, Javanese and numbers map to standard tokens."""
    assert list(normalize(text).words) == expected


def test_ktp_el_is_one_token_over_both_parts() -> None:
    """NORM-KTP-EL: "KTP-el" and "e-KTP" are one word whose offsets cover both parts."""
    text = "Mohon KTP-el ibu dan e - KTP bapak dicetak"
    tokens = normalize(text)
    originals = [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=False)]
    assert originals == ["Mohon", "KTP-el", "ibu", "dan", "e - KTP", "bapak", "dicetak"]
    assert tokens.words[1] == tokens.words[4] == "ktp"


def test_offsets_point_into_the_original_text() -> None:
    """NORM-OFFSETS: every token maps back to the characters it came from."""
    text = "Sy  udh NUNGGU lamaaa, blm di proses!"
    tokens = normalize(text)
    originals = [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=False)]
    assert originals == ["Sy", "udh", "NUNGGU", "lamaaa", "blm", "di proses"]


def test_sentence_and_clause_boundaries() -> None:
    """NORM-CLAUSES: punctuation ends sentences; "tapi" opens a new clause."""
    tokens = normalize("bukan darurat. tapi KTP hilang")
    assert tokens.sentences[0] == tokens.sentences[1] != tokens.sentences[2]
    assert tokens.clauses[2] != tokens.clauses[3] or tokens.words[2] == "tapi"


@pytest.mark.parametrize(
    "text",
    [
        "pendaftaran SPMB di Kab. Sleman tutup hari Senin",
        "diminta Rp300.000 supaya cepat",
        "tutup jam 15.00 hari Senin",
        "KTP saya diurus Jl. Melati No. 5 belum jadi",
    ],
)
def test_abbreviations_and_numbers_end_no_sentence(text: str) -> None:
    """NORM-CLAUSES: the period of "Kab.", "Jl.", "No." or inside a number is no break."""
    assert len(set(normalize(text).sentences)) == 1


@given(st.text(max_size=300))
def test_any_text_normalises_with_valid_offsets(text: str) -> None:
    """NORM-OFFSETS: for any text, offsets are increasing and inside the text."""
    tokens = normalize(text)
    assert len(tokens.words) == len(tokens.starts) == len(tokens.ends)
    assert all(0 <= s < e <= len(text) for s, e in zip(tokens.starts, tokens.ends, strict=False))
    assert list(tokens.starts) == sorted(tokens.starts)
    assert list(tokens.sentences) == sorted(tokens.sentences)


def test_vocabulary_placeholders_survive_phrase_normalisation() -> None:
    """NORM-PLACEHOLDERS: ``#num`` and ``#id`` in vocabulary phrases stay placeholders."""
    assert normalize_phrase("minta #num ribu") == ("minta", "#num", "ribu")
    assert normalize_phrase("nik #id") == ("nik", "#id")
    assert normalize_phrase("blokir*") == ("blokir*",)
