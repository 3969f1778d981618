"""Hypothesis strategies for triage: complaints in the real register, with and without signals.

The fragments are written for this library (not taken from any data set). They mix formal
and informal Indonesian, abbreviations ("blm", "sdh", "gk"), Javanese ("mboten", "sampun"),
repeated letters and odd spacing, the way citizens write.

>>> from hypothesis import given
>>> from lapor_rules.testing.triage import complaint_texts
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from lapor_rules.triage.models import Complaint, Reporter, Urgency, VulnerableGroup

__all__ = [
    "AGGRAVATING",
    "aggravating_sentences",
    "complaint_texts",
    "complaints",
    "neutral_texts",
    "register_variants",
]

_OPENERS = ("", "Selamat pagi. ", "Assalamualaikum, ", "Mohon bantuannya, ", "Yth admin, ",
            "Permisi pak/bu, ", "nuwun sewu, ")  # fmt: skip
_SUBJECTS = ("KTP saya", "ktp-el sy", "KK kami", "akta kelahiran anak saya", "KIA anak sy",
             "akte kematian bapak", "surat pindah saya", "e-KTP istri saya")  # fmt: skip
_PROBLEMS = ("belum jadi", "blm jadi2", "salah tulis nama", "belum dicetak", "gk bisa dicetak",
             "dereng dados", "masih proses", "hilang", "rusak dan mau cetak ulang")  # fmt: skip
_CLOSERS = ("", " Terima kasih.", " mohon dibantu", " tolong segera", " matur nuwun",
            " gimana ini?", "!!!")  # fmt: skip
_QUESTIONS = ("Syarat bikin KIA apa saja ya?", "bagaimana cara ganti foto KTP?",
              "Jam pelayanan dukcapil hari Sabtu buka tidak?",
              "Mau tanya, urus akta kelahiran di mana?",
              "Apakah bisa pindah alamat lewat aplikasi?",
              "Terima kasih, pelayanan di kecamatan sekarang cepat sekali.")  # fmt: skip

#: Sentences with the minimum urgency they establish on their own (rubric examples).
AGGRAVATING: tuple[tuple[str, Urgency], ...] = (
    ("Bapak saya mau operasi besok tapi BPJS nya tidak aktif.", Urgency.CRITICAL),
    ("NIK saya dipakai orang untuk pinjol, saya ditagih terus.", Urgency.CRITICAL),
    ("Jenazah ibu belum bisa dimakamkan karena surat kematian belum ada.", Urgency.CRITICAL),
    ("Petugas kelurahan minta Rp300.000 supaya cepat jadi.", Urgency.HIGH),
    ("Sudah 3 bulan belum jadi juga.", Urgency.HIGH),
    ("Ada NIK ganda, nama saya muncul di dua KK.", Urgency.HIGH),
    ("Ibu saya lansia dan tidak bisa ambil pensiun karena KTP hilang.", Urgency.HIGH),
    ("Ini pengaduan kedua kalinya, sudah lapor ke sini tapi tidak ada jawaban.", Urgency.HIGH),
    ("KTP saya salah tulis tanggal lahir, mohon dibetulkan.", Urgency.MEDIUM),
)


def register_variants(text: str) -> st.SearchStrategy[str]:
    """The same text with different case and whitespace (the result must not change)."""
    return st.sampled_from(
        (text, text.upper(), text.lower(), "  " + text.replace(" ", "   ") + "\n", text + "   ")
    )


@st.composite
def complaint_texts(draw: st.DrawFn) -> str:
    """A complaint about the reporter's own document, in the informal register."""
    text = (
        draw(st.sampled_from(_OPENERS))
        + draw(st.sampled_from(_SUBJECTS))
        + " "
        + draw(st.sampled_from(_PROBLEMS))
        + draw(st.sampled_from(_CLOSERS))
    )
    if draw(st.booleans()):
        text = text.replace("a", "aaa", 1)  # "lamaaa": repeated letters
    return text


def neutral_texts() -> st.SearchStrategy[str]:
    """Questions, suggestions and praise: nothing blocked for the reporter (``low``)."""
    return st.sampled_from(_QUESTIONS)


def aggravating_sentences() -> st.SearchStrategy[tuple[str, Urgency]]:
    """A sentence and the minimum urgency it establishes on its own."""
    return st.sampled_from(AGGRAVATING)


@st.composite
def complaints(draw: st.DrawFn) -> Complaint:
    """A :class:`Complaint` with optional structured fields (aware ``received_at``)."""
    text = draw(st.one_of(complaint_texts(), neutral_texts()))
    received = None
    if draw(st.booleans()):
        base = datetime(2026, 1, 5, 8, 0, tzinfo=timezone(timedelta(hours=7)))
        received = base + timedelta(hours=draw(st.integers(0, 24 * 365)))
    reporter = None
    if draw(st.booleans()):
        groups = draw(st.frozensets(st.sampled_from(list(VulnerableGroup)), max_size=2))
        reporter = Reporter(groups=groups, is_subject=draw(st.booleans()))
    return Complaint(
        text,
        received_at=received,
        prior_reports=draw(st.integers(0, 3)),
        reporter=reporter,
    )
