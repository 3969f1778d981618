"""Example tables for the triage rules: each rule fires / does not fire (triage rubric).

Test ids name the decision rule (``U-*`` urgency, ``C-*`` complexity, ``T-*`` third-party
data) and the rubric clause they check.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from lapor_rules import Complaint, Complexity, Reporter, RuleSet, Urgency, triage
from lapor_rules.calendar import WorkingCalendar
from lapor_rules.triage.durations import (
    office_start_day,
    weekday_days_after,
    working_days_after,
)
from lapor_rules.triage.engine import RESOLVED, SETTLING
from lapor_rules.triage.feasts import FEAST_HEADS, feast_day

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))
TUESDAY = datetime(2026, 3, 10, 9, 0, tzinfo=WIB)


def _rules(text: str, received: datetime | None = TUESDAY) -> set[str]:
    return {r.rule_id for r in triage(Complaint(text, received_at=received)).reasons}


# --- the rubric's worked examples --------------------------------------------------------
WORKED = [
    ("Syarat bikin KIA untuk anak umur 3 tahun apa saja ya?", "low", "simple", "info-only"),
    ("KTP saya salah tulis tanggal lahir, mohon dibetulkan", "medium", "normative", "typo"),
    ("Sudah 3 bulan rekam KTP belum jadi, katanya blanko habis", "high", "normative", "wait"),
    ("Ibu saya lansia 80 th, KTP hilang, tidak bisa ambil pensiun", "high", "normative", "lansia"),
    (
        "Bapak saya mau operasi besok tapi BPJS tidak aktif karena NIK tidak terdaftar",
        "critical",
        "complex",
        "surgery-tomorrow",
    ),
    ("NIK saya dipakai orang untuk pinjol, saya ditagih terus", "critical", "complex", "pinjol"),
    ("Petugas kelurahan minta Rp300.000 supaya KK cepat jadi", "high", "oversight", "pungli"),
    ("Ada NIK ganda, nama saya muncul di dua KK", "high", "complex", "nik-ganda"),
    (
        "Aplikasi antrean online error terus dari pagi, semua warga tidak bisa daftar",
        "medium",
        "complex",
        "system-wide",
    ),
    (
        "Tolong cek NIK ini milik siapa, tetangga saya pinjam uang",
        "low",
        "complex",
        "third-party-request",
    ),
]


@pytest.mark.parametrize(
    ("text", "urgency", "complexity"),
    [pytest.param(t, u, c, id=f"rubric-worked-{i}") for t, u, c, i in WORKED],
)
def test_rubric_worked_examples(text: str, urgency: str, complexity: str) -> None:
    """Triage rubric, worked examples: both labels match the rubric's own table."""
    result = triage(text)
    assert result.urgency == Urgency(urgency)
    assert result.complexity == Complexity(complexity)


# --- each rule fires ---------------------------------------------------------------------
FIRES = [
    ("U-LIFE-HEALTH", "Ayah saya di ICU, BPJS ditolak karena KK belum update"),
    ("U-BURIAL", "Jenazah nenek belum bisa dimakamkan, surat kematian belum keluar"),
    (
        "U-DEATH-DEADLINE",
        "ayah meninggal tadi pagi, mau dibawa pulang ke desa besok, surat belum ada",
    ),
    ("U-IDENTITY-MISUSE", "ada yang pakai NIK saya buat pinjaman online"),
    ("U-IDENTITY-MISUSE-ONGOING", "NIK saya dipakai pinjol, sampai sekarang masih ditagih"),
    ("U-SYSTEM-OUTAGE", "aplikasi antrean error dari pagi"),
    ("U-OWN-CASE", "tempat lahir di KK saya salah tulis, apa syaratnya?"),
    ("U-DATA-LEAK", "data KK saya dijual di grup facebook"),
    ("C-LEAK-BY-STAFF", "petugas kelurahan membocorkan data KK saya, datanya bocor ke orang"),
    ("U-LEAK-BY-STAFF", "operator desa menyebarkan foto KK saya, mohon operator itu diperiksa"),
    (
        "U-CHILD-AKTA-REFUSED-AGAIN",
        "Anak saya lahir di rumah. Pengajuan akta kelahirannya sudah dua kali ditolak loket.",
    ),
    (
        "U-CHILD-AKTA-CLOSED",
        "Permohonan akta anak kami di aplikasi tiba-tiba berstatus ditutup tanpa penjelasan.",
    ),
    ("U-DISASTER", "rumah kami kebakaran, KTP dan KK hangus semua, posko minta KK buat bantuan"),
    (
        "U-DISASTER-DOCUMENTS",
        "rumah terbakar, surat lahir anak ikut hangus, mau masuk PAUD tapi sekolah minta akta",
    ),
    ("U-SELF-HARM", "lima kali ditolak, rasanya saya ingin mengakhiri semuanya saja"),
    ("C-NO-IDENTITY", "pasien ODGJ ditemukan Satpol PP tanpa identitas, perlu NIK untuk BPJS"),
    ("U-SAFETY", "adik saya dideportasi dan tertahan di bandara tanpa paspor"),
    ("U-DEADLINE-IMMINENT", "ujian masuk kuliah besok wajib KTP asli, KTP saya hilang"),
    ("U-MISCONDUCT", "ada calo di kecamatan yang minta 500 ribu biar cepat"),
    ("U-PAYMENT-BY-STAFF", "Petugas bilang kalau mau cepat harus bayar 200 ribu"),
    ("U-MISCONDUCT-BY-STAFF", "KTP saya dipakai pinjol, ternyata oknum petugas yang memalsukan"),
    ("U-PAYMENT-OR-THREAT", "di kelurahan dimintai 200 ribu biar KK cepat jadi"),
    ("U-PAYMENT-BY-STAFF", "NIK saya dipakai pinjol, lalu petugas minta uang buat blokir"),
    ("U-UNAUTHORISED-CHANGE", "alamat di KK saya diubah tanpa sepengetahuan saya"),
    ("U-WAIT-FAR", "akta kelahiran anak sudah 2 bulan belum terbit"),
    ("U-NIK-EXTERNAL", "NIK saya tidak aktif waktu daftar BPJS"),
    ("U-DUPLICATE", "NIK saya ganda, tercatat di dua KK"),
    ("U-VULNERABLE", "ibu saya lumpuh, rekam KTP ditolak karena tidak bisa datang"),
    ("U-ACCESS-LOST", "KTP belum jadi jadi tidak bisa cairkan bansos"),
    ("U-INFANT-BLOCKED", "pengajuan akta bayi saya ditolak kelurahan"),
    ("U-LIFE-HEALTH-NOW", "ibu masih dirawat di rumah sakit, BPJS ditolak karena NIK"),
    ("U-LIFE-HEALTH-DOCUMENT", "bapak di IGD sekarang, rumah sakit minta KK dan KTP asli"),
    (
        "U-DISCRIMINATION",
        "saya tuli, petugas bilang tidak bisa diajak bicara, bawa keluarganya saja",
    ),
    ("C-COUNTER-FAILED", "tadi jam 2 loket sudah tutup padahal jadwalnya sampai jam 4"),
    ("C-COUNTER-FAILED-AGAIN", "dua kali datang, dua kali printernya rusak, kapan diperbaiki?"),
    (
        "U-IDENTITY-MISUSE-ENDED",
        "ktp saya dipakai pinjol, penagihan sudah berhenti, tapi KPR saya ditolak bank",
    ),
    ("U-CHILD-NO-AKTA-SCHOOL", "anak saya belum punya akta, SD minta akta untuk daftar"),
    (
        "U-MISHANDLED-BY-STAFF",
        "petugas memotret KTP saya pakai HP pribadinya, belum terjadi apa-apa tapi mohon diperiksa",
    ),
    ("U-LIFE-HEALTH-LATER", "operasi ibu tanggal 30 April, BPJS ditolak karena NIK tidak aktif"),
    ("U-STRANGER-BY-STAFF", "petugas desa memasukkan orang yang tidak saya kenal ke KK saya"),
    ("C-STRANGER-IN-RECORD", "KK baru saya kok ada anggota nama Rudi, saya tidak kenal"),
    ("U-PENDING", "KTP saya rekam 5 hari lalu, kapan jadi?"),
    ("U-REPEAT", "ini sudah komplain kedua kalinya soal KK saya yang belum jadi"),
    ("U-DEADLINE-SOON", "KK harus diserahkan hari Jumat depan untuk tunjangan, KK belum jadi"),
    ("U-DEADLINE-WORDS", "minggu depan saya harus daftar kerja, KTP masih proses"),
    ("U-DEADLINE-FOR-DOCUMENT", "anak saya tes masuk SMP tanggal 20, KIA belum punya"),
    ("U-CHILD-AKTA-FAILED", "akta kelahiran anak saya ditolak lagi, sudah 3 kali"),
    ("U-SERVICE-PROBLEM", "KTP saya belum jadi"),
    ("U-SERVICE-COMPLAINT", "pelayanan di kelurahan lambat"),
    ("U-SERVICE-COMPLAINT-OWN-COPY", "minta fotokopi KK dilegalisir tapi petugasnya tidak ada"),
    ("U-STATUS", "kapan KK saya jadi?"),
    ("U-ACTION-REQUEST", "KK saya minta dicetak ulang"),
    ("U-EXPLICIT-REQUEST", "nama saya di KTP salah, mohon dibetulkan, bawa berkas apa saja?"),
    ("U-CORRECTION-INTENT", "nama saya di KTP keliru, mau betulkan, syaratnya apa?"),
    ("U-REPORT", "saya sudah ke kelurahan tadi pagi"),
    ("C-NIK-DATABASE", "NIK saya tidak ditemukan di aplikasi"),
    ("C-APP-ERROR", "aplikasi klampid error terus"),
    ("C-REFUSED", "permohonan pindah saya ditolak kelurahan"),
    ("C-REFUSED-REPEATED", "berkas KIA anak saya sudah ditolak 3x, alasannya foto buram"),
    ("C-REFUSED-ROUTINE", "upload perubahan KK saya ditolak karena scan buram"),
    ("U-FILE-LOST", "berkas saya hilang waktu diserahkan ke loket"),
    ("C-CROSS-REGION", "pindah antar provinsi dari Lampung belum selesai"),
    ("C-COURT-AGENCY", "perubahan nama sesuai penetapan pengadilan belum diproses"),
    ("C-SYSTEM-WIDE", "semua warga tidak bisa ambil antrean"),
    ("C-CORRECTION", "nama ibu di KK salah ketik"),
    ("C-ACCOUNT", "tidak bisa login klampid, lupa password"),
    ("C-NOT-DELIVERED", "KTP saya sudah jadi tapi belum dikirim ke kelurahan"),
    ("C-BLANKO", "KTP tertunda karena blanko habis"),
    ("C-ACTION", "mohon KK saya diupdate"),
    ("C-URGENT-ACTION", "akta kelahiran anak sudah 2 bulan belum terbit"),
    ("C-WAIT-PAST", "KTP saya sudah 20 hari belum jadi"),
    ("T-REQUEST", "tolong cek NIK ini milik siapa"),
    ("T-IDENTIFIED-OTHER", "KTP teman saya atas nama Budi belum jadi"),
    ("T-DATA-REQUEST", "minta alamat terbaru tetangga saya Pak Joko"),
    ("T-SEVERAL-IDS", "mohon cek 3501010101010001 dan 3501010101010002"),
    ("U-CHILD-AKTA-LOST", "Akta kelahiran anak saya hilang waktu pindahan, mohon dibantu"),
]


@pytest.mark.parametrize(("rule_id", "text"), [pytest.param(r, t, id=r) for r, t in FIRES])
def test_rule_fires(rule_id: str, text: str) -> None:
    """Every default decision rule fires on a sentence written for it."""
    assert rule_id in _rules(text)


def test_settling_phrases_are_resolved_phrases() -> None:
    """RULES-DATA: a settling phrase is recorded by the resolved-phrase pass it belongs to."""
    assert set(SETTLING) <= set(RESOLVED)


def test_default_signals_list_each_phrase_once() -> None:
    """RULES-DATA: no default signal lists a phrase (or an unless phrase) twice."""
    for signal in RuleSet.default().signals:
        for phrases in (signal.phrases, signal.unless):
            assert len(set(phrases)) == len(phrases), signal.id


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        # 2031 is outside the national calendar's years: the default office hours (C6),
        # weekends closed, decide alone.
        pytest.param(datetime(2031, 5, 9, 16, tzinfo=WIB), date(2031, 5, 9), id="fri-open"),
        pytest.param(datetime(2031, 5, 9, 17, tzinfo=WIB), date(2031, 5, 12), id="fri-closed"),
        pytest.param(datetime(2031, 5, 8, 16, tzinfo=WIB), date(2031, 5, 9), id="thu-closed"),
        pytest.param(datetime(2031, 5, 10, 9, tzinfo=WIB), date(2031, 5, 12), id="saturday"),
    ],
)
def test_office_start_day_outside_the_calendar_years(received: datetime, expected: date) -> None:
    """T1 for deadline counts: after closing time or on a day off, the next working day."""
    assert office_start_day(received) == expected


def test_every_default_rule_has_a_firing_example() -> None:
    """Rule table coverage: every default rule appears in the FIRES table above."""
    assert {r.id for r in RuleSet.default().rules} == {r for r, _ in FIRES}


# --- concepts in other registers (second pass: generalisation) ----------------------------
#: (rule, text, id): each concept said in Javanese, Sundanese, Betawi, slang or indirectly.
CONCEPT_FIRES = [
    ("U-IDENTITY-MISUSE", "KTP-ku dienggo wong gawe utang, aku ditagih terus", "jv-dienggo"),
    ("U-IDENTITY-MISUSE", "aku ditelpon koperasi online jare aku nduwe utang", "jv-koperasi"),
    ("U-IDENTITY-MISUSE", "nama saya dipakai daftar akun yang saya tidak kenal", "nama-dipakai"),
    ("U-IDENTITY-MISUSE", "ada 4 kartu SIM atas nama saya padahal cuma punya 1", "sim-cards"),
    ("U-IDENTITY-MISUSE", "KTP gue dipake orang, kagak pernah minjem duit", "betawi"),
    ("U-DATA-LEAK", "foto KK saya dikirim ke grup WA warga sama petugas", "wa-group"),
    ("C-LEAK-BY-STAFF", "staf kelurahan menyebar foto KTP saya di grup whatsapp", "staff-group"),
    ("C-LEAK-BY-STAFF", "ada yang jual data warga, ngakunya orang dalam kecamatan", "insider"),
    ("C-LEAK-BY-STAFF", "petugas RT kirim foto KK kami ke group warga", "sent-to-group"),
    ("U-FILE-LOST", "berkas asli akta saya terselip di kelurahan, disuruh urus ulang", "lost"),
    ("U-FILE-LOST", "kata petugas berkasnya tidak ketemu, padahal asli", "not-found"),
    ("U-STATUS", "KTP saya rekam 9 hari lalu, sudah sampai tahap mana ya?", "tahap"),
    ("U-STATUS", "mau tanya kelanjutan berkas KK saya yang dititipkan senin", "kelanjutan"),
    ("U-OWN-CASE", "WA kelurahan tidak pernah dibalas, mau tanya KK saya", "unanswered"),
    ("U-OWN-CASE", "pekerjaan di KK saya masih tertulis pelajar, mau diganti", "outdated"),
    ("C-CORRECTION", "anak sudah punya akta tapi KK kami belum diperbarui", "kk-update"),
    ("C-APP-ERROR", "aplikasi klampid cuma layar putih dari kemarin", "blank-screen"),
    ("U-VULNERABLE", "saya pakai kursi roda, ke kecamatan malah disuruh pulang", "sent-home"),
    (
        "U-NIK-EXTERNAL",
        "BPJS ditolak karena NIK tidak terdaftar, kalau belum beres dibatalkan",
        "belum-beres",
    ),
    ("U-MISCONDUCT", "saya penghayat, petugas merendahkan kepercayaan saya", "belittled"),
    ("U-MISCONDUCT", "calonya bilang punya kenalan di dalam, jadi besok bayar 400rb", "calo"),
    ("U-PAYMENT-OR-THREAT", "jadi besok bayar 400rb katanya biar KTP cepat jadi", "fee"),
    ("U-DEADLINE-IMMINENT", "pendaftaran SPMB ditutup hari ini jam 15.00, KK belum jadi", "spmb"),
    ("U-DEADLINE-IMMINENT", "pesawat saya lusa, paspor butuh KK yang belum dibetulkan", "lusa"),
    ("U-WAIT-FAR", "surat keterangan kematian sudah lebih seminggu belum dibuat", "death-week"),
    ("T-REQUEST", "mohon dikirim daftar nama dan NIK warga RT kami yang belum rekam", "list"),
    ("U-ACCESS-LOST", "Taspen menahan pembayaran karena tanggal lahir di KTP beda", "pension-held"),
    ("C-ACTION", "alamat ning KK-ku durung diganti, wis tak ajukne ket wingi", "jv-not-updated"),
    ("C-ACTION", "nomor WA layanan kelurahan tidak pernah membalas soal KK saya", "unanswered"),
    ("C-ACTION", "pekerjaan di KK saya masih pelajar, ingin diganti", "ingin-diganti"),
    ("C-ACTION", "Istri saya Siti Rahayu NIK 3578014101900002 belum masuk KK saya", "not-in-kk"),
    ("T-REQUEST", "bantu cari alamat kakak saya, namanya Bambang, lahir 1980", "find"),
    ("U-LIFE-HEALTH", "Bojoku lagi lairan neng RS, BPJS ditolak mergo NIK ora kedaftar", "jv"),
    ("U-PAYMENT-BY-STAFF", "kalau mau cepat bayar 150rb, kata petugas loket", "reported-offer"),
    # A finished document held back until something is paid; payment into a private account.
    (
        "U-PAYMENT-BY-STAFF",
        "KK sudah jadi tapi Pak Kadus tidak mau menyerahkan sebelum kami lunasi iuran",
        "held",
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "ipar saya disuruh transfer ke rekening pribadi salah satu staf",
        "transfer",
    ),
    # A threat to put a complainer's file last; a broker using the staff door.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas bilang kalau masih lapor-lapor, berkasmu saya taruh paling bawah",
        "threat",
    ),
    (
        "U-MISCONDUCT",
        "Calo di warung bisa bantu akta jadi besok, keluar masuk lewat pintu samping",
        "door",
    ),
    (
        "U-REPEAT",
        "Mohon maaf kalau saya cerewet, ini sudah ketiga kalinya saya tulis di kanal ini",
        "apology",
    ),
    (
        "U-SAFETY",
        "Kemarin suami saya dijemput penyidik karena rekeningnya dipakai penipu",
        "detained",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Rekening dibuka pakai KTP dengan NIK saya tapi foto orang lain",
        "forged-card",
    ),
    (
        "U-VULNERABLE",
        "Warga kami ODGJ, tidak punya NIK sama sekali, mau berobat ke RSJ",
        "no-identity",
    ),
    (
        "C-NIK-DATABASE",
        "Kata penyuluh NIK saya di data RDKK tidak sesuai Dukcapil, jatah pupuk hangus",
        "rdkk",
    ),
    (
        "C-REFUSED-REPEATED",
        "Sudah tiga kali berkas akta anak kami dikembalikan operator desa",
        "returned",
    ),
    ("T-IDENTIFIED-OTHER", "Ipar saya, Dedi Kurniawan, cerita KK-nya belum jadi", "in-law"),
    # The short register of chat messages and eastern Indonesian Malay.
    ("U-SAFETY", "tlg pak suami sy ditahan di polsek dr kmrn, ktp nya aja udh ilang", "polsek"),
    ("U-SAFETY", "Beta pung ade ditahan di pos polisi pelabuhan dari tadi siang", "pos-polisi"),
    ("U-IDENTITY-MISUSE", "ada 14 nomor hp kedaftar pk NIK sy, temen sy ditipu", "sim-cards"),
    ("U-IDENTITY-MISUSE", "kartu kredit atas nama saya dipakai belanja 8 juta", "credit-card"),
    ("U-MISCONDUCT-BY-STAFF", "org kelurahan bantu ubah umur adik sy di KK jd 19 thn", "age"),
    (
        "U-MISCONDUCT",
        "ada orang kecamatan yang bisa ubah umur, asal ada uang adat",
        "fee-condition",
    ),
    (
        "U-MISCONDUCT",
        "Kepala desa tahan surat pengantar karena sonde pilih beta waktu pilkades",
        "vote",
    ),
    ("U-MISCONDUCT", "Suami urus KK baru lewat kenalannya di kantor Dukcapil", "insider"),
    (
        "U-FILE-LOST",
        "ijazah asli sy dititip di loket, petugas blg gk ada, mgkn kebawa berkas lain",
        "lost",
    ),
    (
        "U-VULNERABLE",
        "ibu sy umur 78 th, kmrn ambil pensiun ditolak, ibu udh gk kuat jalan",
        "no-longer",
    ),
    (
        "U-CHILD-AKTA-LOST",
        "anak sy mau daftar SD, akta lahirnya hilang pas rumah direnovasi",
        "lost",
    ),
    (
        "U-ACCESS-LOST",
        "dinsos mau daftarin BPJS PBI tp adik sy gk mungkin dibawa ke dinas",
        "cannot",
    ),
    ("T-REQUEST", "Pak, tolong kasih beta alamat sekarang dan NIK bapak Markus", "address"),
    ("T-REQUEST", "Tolong cek status perkawinan atas nama Frans, kami curiga", "civil-status"),
    # Documents held back on a condition, threats to complainers, fabricated records.
    (
        "U-MISCONDUCT-BY-STAFF",
        "KTP yang sudah jadi ditahan oleh kepala dusun, baru akan diserahkan"
        " kalau warga hadir di acara calon kades",
        "condition",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Saya didatangi staf kelurahan, dibilang jangan macam-macam",
        "threat",
    ),
    ("U-MISCONDUCT", "Ada 17 KK fiktif di desa kami, orangnya tidak pernah ada", "fictitious"),
    (
        "U-MISCONDUCT",
        "Petugas bilang orang Papua di sini tidak terima, urus di kampung saja",
        "ethnic",
    ),
    ("U-MISCONDUCT", "Ada bapak-bapak nawari KTP sehari jadi lewat orang loket 4", "insider"),
    (
        "U-MISCONDUCT",
        "Map yang dikasih petugas isinya bukan cuma KK saya, ada KK keluarga lain",
        "other-files",
    ),
    (
        "U-DATA-LEAK",
        "Ada bot Telegram menjual cek data lengkap NIK + KK seharga 25 ribu per NIK",
        "bot",
    ),
    ("U-DUPLICATE", "NIK anak saya ditolak karena tercatat di KK keluarga lain", "other-kk"),
    (
        "U-FILE-LOST",
        "Petugas bilang tidak tahu di mana, mungkin terbawa berkas orang lain",
        "mislaid",
    ),
    (
        "U-DEADLINE-WORDS",
        "Minggu ini terakhir pendaftaran nikah, KUA tidak mau terima berkas",
        "refused",
    ),
    ("T-IDENTIFIED-OTHER", "Warga kami, Sdr. Taufik Hidayat, mengajukan KK baru", "ward"),
    ("T-IDENTIFIED-OTHER", "Siswa kami, ananda Nabila Zahra, tidak punya akta", "pupil"),
    (
        "U-PAYMENT-BY-STAFF",
        "Pak Wiyono di bagian pelayanan bilang saya bisa titip Rp300.000, ke rekening pribadinya",
        "private-account",
    ),
    (
        "U-DATA-LEAK",
        "Mantan suami datang, bilang dapat alamat dari temannya orang Dukcapil",
        "address",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas di kantor lurah tahan KTP-ku yang sudah jadi, katanya tidak"
        " dikasih kalau belum lunas iuran",
        "condition",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas bilang berkas bisa dibantu asal gue selipin seratus ribu",
        "slip",
    ),
    ("U-MISCONDUCT-BY-STAFF", "Petugas bilang kolom agama harus diisi salah satu agama", "belief"),
    (
        "U-PAYMENT-BY-STAFF",
        "Nang kantor kecamatan, legalisir dijaluki sepuluh ewu per lembar karo petugas",
        "javanese-fee",
    ),
    ("U-VULNERABLE", "Adikku pakai kursi roda, tidak bisa ki daftar bantuan tanpa KTP", "makassar"),
    (
        "U-SAFETY",
        "Bengi iki mantan bojoku teko, nggedor-nggedor lawang, sering mukuli aku",
        "javanese",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas loket bilang kolom kepercayaan tidak bisa, aku disuruh tulis Hindu saja",
        "belief",
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Petugas minta tiap warga patungan uang minyak, yang tidak bayar tidak direkam",
        "levy",
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Operator desa bilang berkas baru dinaikkan bila saya membayar uang administrasi",
        "formal",
    ),
    (
        "U-MISCONDUCT",
        "Kepala desa bilang keluarga kami tidak usah diurus karena mendukung calon lain",
        "election",
    ),
    ("U-DATA-LEAK", "Ada unggahan yang menawarkan data lengkap warga per desa", "offer"),
    (
        "U-REPEAT",
        "Sudah tiga kali saya tanya lewat WA, tidak ada satu pun yang dijawab",
        "unanswered",
    ),
    (
        "U-WAIT-FAR",
        "Akta anak kami, berkas sudah diterima lengkap bulan Oktober tahun lalu, disuruh"
        " tunggu. Kakaknya tidak ada masalah.",
        "month-last-year",
    ),
    ("T-REQUEST", "Kami mohon Disdukcapil memverifikasi keabsahan NIK 48 calon karyawan", "verify"),
    (
        "U-BURIAL",
        "Pengurus makam minta surat kematian dulu, jenazah tidak mungkin ditahan sampai besok",
        "cemetery",
    ),
    (
        "U-DATA-LEAK",
        "Foto KTP dan KK saya beredar di grup Telegram, saya tidak tahu bocornya dari mana",
        "telegram",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Ada orang pakai nama dan foto KTP saya bikin akun WhatsApp, minta transfer ke teman saya",
        "impersonation",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Kartu SIM saya diganti pakai KTP atas nama saya, foto di KTP yang dipakai bukan saya",
        "sim-swap",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Penagih leasing datang, cicilan mobil atas nama dan NIK saya, saya tidak"
        " pernah ambil kredit",
        "car-loan",
    ),
    ("U-SAFETY", "Operator desa datang bawa dua orang, bilang malam ini saya dibereskan", "threat"),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Operator bilang kalau mau didahulukan ada biaya percepatan dua ratus ribu",
        "speed-fee",
    ),
    ("U-MISCONDUCT-BY-STAFF", "Petugas bilang tulis Hindu saja, lalu temannya tertawa", "belief"),
    (
        "U-MISCONDUCT",
        "Kata bagian administrasi RS, uang itu untuk petugas Dukcapil yang datang",
        "hospital-fee",
    ),
    (
        "U-MISCONDUCT",
        "Kepala desa tidak mau tanda tangan karena kami tidak dukung dia waktu pilkades",
        "village-vote",
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Kata Pak Kadus kalau mau cepat ada uang bensinnya, dua ratus ribu",
        "fuel-money",
    ),
    (
        "U-NIK-EXTERNAL",
        "Di kantor Taspen dibilang data Bapak di Dukcapil berstatus meninggal dunia",
        "declared-dead",
    ),
    (
        "U-UNAUTHORISED-CHANGE",
        "Ada yang mengubah status KK saya pakai surat cerai yang tanda"
        " tangannya bukan tanda tangan kepala desa",
        "forged-letter",
    ),
    (
        "U-VULNERABLE",
        "Adik saya gangguan jiwa, BPJS minta KTP, kami tidak sanggup bayar umum",
        "cannot-pay",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas bilang ke beliau, kalau tidak ada 'uang rokok' seratus ribu,"
        " berkasnya bisa saja kurang terus",
        "if-not",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Seorang petugas bilang bisa didahulukan kalau titip lima puluh ribu",
        "tens",
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Petugas bilang kalo mau jadi minggu ini kudu nyiapin 250 rebu",
        "betawi",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Operator desa bilang kalau saya masih banyak bicara, urusan kami tidak akan dilayani lagi",
        "silencing",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Pak Sekcam bilang KTP tidak akan diserahkan sebelum saya melunasi tunggakan PBB",
        "arrears",
    ),
    ("U-REPEAT", "Ini sudah pengaduan keempat, masa tidak ada satu pun yang menjawab?", "fourth"),
    (
        "U-DEADLINE-WORDS",
        "Dalam waktu dekat saya melamar kerja, jenis kelamin di KTP salah, mohon diperbaiki",
        "correction",
    ),
    (
        "U-ACCESS-LOST",
        "Akun driver saya disuspend karena NIK tidak sesuai data kependudukan",
        "driver",
    ),
    (
        "U-VULNERABLE",
        "Adik saya pakai kursi roda, tanpa KTP tidak bisa ikut pelatihan kerja",
        "training",
    ),
    (
        "U-REPEAT",
        "Ini laporan saya yang ketiga, sampai sekarang belum dijawab sama sekali",
        "third",
    ),
    ("U-REPEAT", "Ini pesan kedua saya, tidak ada balasan sampai sekarang", "second-message"),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas bilang saya harus pilih Hindu atau tidak dilayani",
        "belief",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Seorang petugas menawarkan tahun lahirnya di KK bisa diatur, biayanya dua juta",
        "arranged",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Sekdes bilang kalau saya masih bikin ribut, berkas keluarga saya tidak akan diurus lagi",
        "silencing",
    ),
    ("U-DATA-LEAK", "Beredar file Excel berisi NIK warga, dijual Rp500 ribu per file", "excel"),
    (
        "U-CHILD-AKTA-LOST",
        "Anak saya belum punya akta, surat keterangan dari bidan sudah hilang",
        "birth-letter",
    ),
    (
        "U-DUPLICATE",
        "Saya ditolak BPJS karena terdaftar dengan dua NIK, HRD minta bereskan sampai"
        " kepesertaan beres, dulu saya tinggal di Binjai",
        "until-sorted",
    ),
    (
        "U-DISASTER",
        "Rumah kami hanyuik dibaok galodo, surek-surek hilang, posko hanyo mambagi bareh"
        " ka urang nan bisa manunjuakan KK",
        "minang",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas loket memanggil beberapa orang tanpa nomor antrean, katanya ini titipan Pak Kabid",
        "favours",
    ),
    (
        "U-STRANGER-BY-STAFF",
        "Di KK saya ada nama yang saya tidak kenal orang ini, petugas kelurahan"
        " bilang sudah ada persetujuan",
        "stranger",
    ),
    (
        "U-ACCESS-LOST",
        "Sekolah minta akta. Tanpa akta, namanya tidak bisa masuk Dapodik",
        "dapodik",
    ),
    (
        "U-VULNERABLE",
        "Kakak saya ODGJ, Dinsos mau memasukkan ke program bantuan tapi syaratnya harus ada KTP",
        "requirement",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas di loket bilang di sini tidak ada itu, pilih saja Kristen biar cepat",
        "pick-one",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Perangkat desa menyuruh saya menghapus tulisan itu, kalau tidak urusan"
        " KK jangan harap lancar",
        "post",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Pegawai berbisik ke saya, kalau mau cepat ada jalur khusus",
        "whisper",
    ),
    ("U-PAYMENT-BY-STAFF", "Tidak ada blanko, oknum minta uang", "comma-ends-negation"),
    (
        "U-FILE-LOST",
        "Waktu ambil KK baru, dokumen asli tidak dikembalikan dan tidak ada yang tahu",
        "originals",
    ),
    (
        "U-UNAUTHORISED-CHANGE",
        "Status saya kawin di KK, kata operator desa diajukan oleh kepala dusun",
        "hamlet-head",
    ),
    (
        "U-DUPLICATE",
        "Waktu dicek bank, NIK saya muncul dua data dengan alamat berbeda",
        "two-records",
    ),
    # Misconduct heard from others is still an allegation when it names an official.
    ("U-PAYMENT-BY-STAFF", "Kata tetangga, petugas di desa minta uang 200 ribu untuk KK", "heard"),
    ("U-MISCONDUCT-BY-STAFF", "Saya dengar operator kecamatan minta imbalan cetak KTP", "heard"),
    ("U-MISCONDUCT", "pegawai kecamatan nawarin jasa biar akta cepat, 300 ribu", "broker-offer"),
    ("C-LEAK-BY-STAFF", "KTP sy difoto oknum petugas trus dikirim ke orang lain", "photo-sent"),
    ("U-IDENTITY-MISUSE", "nomer hp diregistrasi pake NIK saya tapi bukan saya yg daftar", "sim"),
    ("U-WAIT-FAR", "KK abdi teu acan jadi, tos 2 sasih", "sunda"),
    ("U-WAIT-FAR", "udeh 3 bulan kagak jadi-jadi KTP gue", "betawi"),
    ("U-NIK-EXTERNAL", "NIK di kartu BPJS beda 1 digit dengan NIK di KTP", "nik-mismatch-bpjs"),
    ("U-DUPLICATE", "waktu daftar BPJS katanya NIK sudah terdaftar atas nama orang lain", "taken"),
    ("U-SERVICE-PROBLEM", "akta anak sejak 4 September statusnya masih diproses", "pending"),
    ("U-ACCESS-LOST", "bantuan lansia tidak bisa diterima karena KTP salah tanggal lahir", "aid"),
    ("T-DATA-REQUEST", "sy ingin tahu apakah Bapak Hendro, Jl. Melati 3, masih 1 KK", "kk"),
    ("T-IDENTIFIED-OTHER", "NIK saya dipakai seseorang bernama Siti Aminah", "seseorang"),
    ("T-IDENTIFIED-OTHER", "bapak kami Sutrisno (NIK 3501010101010001) wafat", "bapak-kami"),
    ("T-IDENTIFIED-OTHER", "Nama ibu kandung saya di KK tertulis Sumiyati", "mother-recorded"),
    ("T-IDENTIFIED-OTHER", "di KK nama suami saya tertulis Agus Setyawan, harusnya i", "spouse"),
    # third pass: krama deaths and burials, krama waits, Sundanese fees
    ("U-BURIAL", "Ibu kula seda dalu wau, badhe disarekaken siang niki", "jv-krama-burial"),
    ("U-BURIAL", "Simbah seda enjing, kedah disarekaken sonten, surat dereng wonten", "jv-seda"),
    ("U-WAIT-FAR", "KIA anak kula pirang-pirang wulan dereng dados", "jv-pirang-wulan"),
    ("U-WAIT-FAR", "KTP kula dereng dados wiwit Januari", "jv-wiwit"),
    ("U-PAYMENT-BY-STAFF", "kedah mayar 50 rebu ka pak RW, teu aya kuitansi", "su-pungli"),
    ("U-PAYMENT-BY-STAFF", "petugas minta uang, upami teu mayar surat teu dipasihkeun", "su-if"),
    ("U-PAYMENT-OR-THREAT", "harus bayar 75 ribu tanpa kuitansi, resmi atau tidak?", "no-receipt"),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "ada cara supaya aman? NIK saya dipakai pinjol, masih ditagih",
        "still",
    ),
    ("U-SYSTEM-OUTAGE", "sistem di kecamatan offline, warga disuruh datang besok", "offline"),
    (
        "C-SYSTEM-WIDE",
        "jaringan putus sejak pagi, pelayanan berhenti, warga diminta pulang",
        "outage",
    ),
    ("U-OWN-CASE", "agama di KTP saya tertulis salah, bisa diwakilkan?", "typo-question"),
    ("U-OWN-CASE", "nama sy di KK salah ketik, mohon info cara pembetulannya", "how-to-fix"),
    ("U-OWN-CASE", "aktivasi IKD gagal terus, hrs ke kantor kah?", "ikd"),
    ("U-OWN-CASE", "WA kelurahan tidak ada yang jawab soal berkas KK saya", "channel"),
    ("U-OWN-CASE", "KIA anak saya menunggu blanko, kapan ada blankonya?", "blanko"),
    ("U-OWN-CASE", "berkas saya dikembalikan tanpa penjelasan, petugasnya judes", "returned"),
    ("U-OWN-CASE", "foto di KTP saya buram, mau cetak ulang bagaimana?", "reprint"),
    ("U-OWN-CASE", "chip KTP saya rusak, bisa dicetak ulang tidak?", "chip"),
    ("U-OWN-CASE", "lahir saya 1987 tapi di KTP tertulis 1978, cara membetulkannya?", "year"),
    ("U-OWN-CASE", "sudah 3 kali aktivasi IKD selalu gagal, apakah harus ke dukcapil?", "ikd-3"),
    ("C-BLANKO", "KTP saya belum dicetak katanya blanko kosong, kapan ada lagi?", "when-blanko"),
    ("C-APP-ERROR", "jaringan SIAK gangguan, semua warga disuruh datang besok", "gangguan"),
    (
        "U-CHILD-AKTA-FAILED",
        "anak saya 7 th, akta kelahirannya ditolak 2 kali, sekolah menolak",
        "school",
    ),
    ("C-APP-ERROR", "aplikasi SIAK mati total, semua pemohon disuruh balik besok", "mati-total"),
    (
        "U-OWN-CASE",
        "nomor WA yang tertera di papan tidak pernah membalas, berkas KK saya",
        "board-src",
    ),
    (
        "U-OWN-CASE",
        "disuruh baca sendiri di papan, berkas saya dikembalikan tanpa alasan",
        "board-read",
    ),
    (
        "U-CORRECTION-INTENT",
        "Nama ibu saya di KK ditulis Siti Aminh, mau betulkan syaratnya apa?",
        "mau",
    ),
    ("U-CORRECTION-INTENT", "Tgl lahir di KTP aku salah, cara pembetulannya gimana ya?", "how"),
    ("U-CORRECTION-INTENT", "KTP sa pu alamat keliru, sa mo betulkan, bawa apa?", "papuan"),
    ("U-CORRECTION-INTENT", "Gelar di KK gue kelewat, mau benerin di mana?", "betawi"),
    ("U-CORRECTION-INTENT", "Akta anak kula lepat setunggal huruf, badhe dipun leresaken", "jv"),
    ("C-NIK-DATABASE", "PIP anak ditolak bank karena NIK di dapodik beda sama di KK", "nik-gap"),
    ("C-NIK-DATABASE", "kartu KIS ditolak karena NIK istri tidak sesuai", "nik-gap-2"),
    (
        "C-CROSS-REGION",
        "SKPWNI sudah ada tapi data saya belum bisa ditarik, KK belum jadi",
        "skpwni",
    ),
    ("C-COURT-AGENCY", "catatan pengangkatan anak sesuai penetapan PN belum diproses", "adoption"),
    ("U-LIFE-HEALTH", "pasien demam tinggi tapi RSJ menolak merawat tanpa NIK", "not-admitted"),
    (
        "U-IDENTITY-MISUSE",
        "ada rekening bank atas nama saya dibuka pakai fotokopi KTP saya",
        "bank",
    ),
    ("U-DUPLICATE", "NIK suami ternyata sama dengan NIK orang lain di kabupaten lain", "same"),
    ("U-ACCESS-LOST", "mamak ambo umua 78 taun, pensiun indak cair", "minang"),
    ("C-REFUSED-REPEATED", "pengajuan akta ditolak 3x lewat klampid", "times-x"),
    ("U-MISCONDUCT", "petugas menertawakan saya, saya merasa didiskriminasi", "ridiculed"),
    ("U-REPEAT", "ini sudah ketiga kalinya saya lapor soal KK", "third-time"),
    (
        "C-REFUSED-REPEATED",
        "di kelurahan disuruh ke kecamatan, di kecamatan disuruh balik ke kelurahan",
        "bounced",
    ),
    ("U-NIK-EXTERNAL", "PKH ibu dihentikan karena tercatat sudah meninggal", "alive"),
    ("U-OWN-CASE", "petugas loket ketus, saya dibentak waktu tanya KTP saya", "rude"),
    ("C-CORRECTION", "tempat lahir ditulis Medan padahal saya lahir di Binjai", "written-but"),
    ("C-ACTION", "mohon mantan suami dikeluarkan dari KK saya", "remove-from-kk"),
    ("T-DATA-REQUEST", "minta verifikasi NIK 3599035007990004 benar miliknya", "verify"),
    ("C-CROSS-REGION", "SKPWNI dari Balikpapan ada, datanya belum terkirim dari sana", "sent"),
    ("U-STATUS", "KTP saya rekam tanggal 2, sudah bisa diambil belum?", "collect"),
    ("C-APP-ERROR", "tiap upload halaman jadi putih kosong, pengajuan tidak tersimpan", "blank"),
    ("U-DUPLICATE", "sidik jari saya terdeteksi sama dengan data penduduk lain", "biometric"),
    ("U-FILE-LOST", "waktu KK jadi, dokumen asli saya tidak ada di loket", "originals-gone"),
    ("T-DATA-REQUEST", "apa status perkawinannya? laki-laki bernama Dodi Kurniawan", "status"),
    ("U-EXPLICIT-REQUEST", "nama ibu tidak tercantum di KK kami, mohon KK-nya diperbaiki", "gap"),
    ("C-CORRECTION", "nama ibu mertua tidak tercantum di KK kami", "missing-name"),
    ("U-INFANT-BLOCKED", "bayi saya BPJS-nya ditolak karena belum ada akta", "infant-bpjs"),
    ("U-IDENTITY-MISUSE", "ditagih hutang 4 juta yang tidak pernah saya ambil", "never-took"),
    ("U-IDENTITY-MISUSE", "NIK saya kepake buat registrasi 14 nomor prabayar", "sim-cards"),
    ("U-SAFETY", "suami saya diamankan di Polsek sejak kemarin karena NIK-nya sama", "held"),
    ("U-DEADLINE-IMMINENT", "pendaftaran SNPMB tutupnya hari ini, NIK adik tidak valid", "closing"),
    ("C-LEAK-BY-STAFF", "petugas kelurahan ngasih fotokopi KK saya ke mantan saya", "handed"),
    ("U-MISCONDUCT", "petugas memaksa saya pilih agama yang resmi", "coercion"),
    ("U-FILE-LOST", "petugas bilang gak ketemu buku nikah asli saya", "not-found"),
    ("C-NIK-DATABASE", "bank bilang NIK saya gagal verifikasi ke Dukcapil", "verification"),
    ("U-NIK-EXTERNAL", "NIK adik di portal SNPMB belum padan dengan Dukcapil", "portal"),
    ("C-APP-ERROR", "status berkas di Klampid kosong, tidak ada riwayat", "no-history"),
    ("U-VULNERABLE", "ibuku umure 74, BLT lansia ora iso dijupuk", "javanese"),
    ("U-VULNERABLE", "ibu saya umur 78 tahun, pensiun tidak bisa diambil", "age"),
    ("C-LEAK-BY-STAFF", "data cerai saya diceritakan oleh petugas kelurahan ke tetangga", "told"),
    ("U-NIK-EXTERNAL", "suami sudah meninggal tapi di Taspen masih tercatat hidup", "taspen"),
    ("U-DEADLINE-FOR-DOCUMENT", "jalur zonasi ditutup tanggal 20, akta anak belum jadi", "zonasi"),
    ("U-STATUS", "sa pu anak pu KIA su masuk tanggal 9, su jadi ka belum?", "papuan"),
    ("U-ACCESS-LOST", "rekening saye dibekukan bank, gaji tak bise ditarik", "malay"),
    ("U-LIFE-HEALTH", "bapak dirawat sejak Sabtu, JKN ditolak karena NIK berbeda", "in-care"),
    ("U-PAYMENT-OR-THREAT", "katanya bisa bantu cepat asal ada tanda terima kasih", "thanks-money"),
    ("U-IDENTITY-MISUSE", "tiap hari ada yang nagih utang, mukanya bukan saya di foto", "face"),
    ("U-REPEAT", "sudah yang keenam kalinya saya tanya, jawabannya selalu sama", "sixth"),
    ("U-VULNERABLE", "anak saya tidak bisa bicara, bantuan bulanan dicoret", "disability"),
    ("U-FILE-LOST", "petugas bilang mapnya tidak ketemu, dokumen asli satu-satunya", "folder"),
    ("U-WAIT-FAR", "KIA anak diurus sejak dia masih bayi, sampai sekarang belum jadi", "baby"),
    ("U-VULNERABLE", "nenek umurnya hampir 90, dicoret dari daftar penerima bantuan", "bare-age"),
    ("C-COURT-AGENCY", "setelah pemutakhiran data tahun lahir di KK saya salah", "migration"),
    ("U-REPEAT", "ini aduan kedua saya, tiket sebelumnya belum dibalas", "second"),
    ("C-CROSS-REGION", "data saya belum dikirim dari Disdukcapil Medan, KK belum terbit", "from"),
    ("U-LIFE-HEALTH-NOW", "ibu tidak boleh keluar dari RS karena klaim BPJS ditolak", "held"),
    ("U-LIFE-HEALTH-NOW", "istri sudah bukaan tujuh, BPJS ditolak karena NIK", "labour"),
    ("U-BURIAL", "kremasi besok jam 10, krematorium minta surat kematian", "cremation"),
    ("U-REPEAT", "ini udh ke-2 kali sy lapor soal kk, blm ada jawaban", "second-sms"),
    ("U-ACCESS-LOST", "nenek 80th gk bs cairin bansos lansia", "sms"),
    ("U-VULNERABLE", "nenek 80 tahun, bansos nenek dicoret bulan ini", "age-after-noun"),
    (
        "U-WAIT-FAR",
        "minta surat keterangan kematian, sdh 1 minggu belum dikeluarkan",
        "dikeluarkan",
    ),
    (
        "U-ACCESS-LOST",
        "ODGJ binaan kami. Tanpa NIK mereka tidak bisa didaftarkan BPJS PBI",
        "tanpa",
    ),
    ("U-SAFETY", "saya kabur dari suami yang sering memukul, dia menggedor pintu kos", "abuse"),
    ("U-SAFETY", "sponsor mengurus paspor murid 12 tahun, ini perdagangan anak", "trafficking"),
    ("U-DATA-LEAK", "dia dapat alamat baru saya dari orang dukcapil kenalannya", "address"),
    (
        "U-IDENTITY-MISUSE",
        "saya tercatat sebagai direktur PT padahal tidak pernah mendirikan",
        "company",
    ),
    (
        "U-FILE-LOST",
        "petugas bilang tidak pernah menerima dokumen asli, ijazah satu-satunya",
        "denied",
    ),
    ("U-MISCONDUCT-BY-STAFF", "staf kelurahan menceritakannya ke istri pak RT", "gossip"),
    ("T-DATA-REQUEST", "Mohon dikirimkan salinan KTP almarhum kakek kami untuk waris", "copy"),
    ("U-STATUS", "Pripun nggih status akta kelairan anak kula?", "javanese"),
    ("U-PENDING", "abdi ngajukeun akta 2 minggu kapengker, statusna teu robah-robah", "sundanese"),
    ("U-DATA-LEAK", "ada akun yang menjual file foto KTP dan KK warga, Rp10.000 per file", "sold"),
    ("U-FILE-LOST", "petugas bilang berkas saya tidak ada, mungkin terselip", "misplaced"),
    ("U-MISCONDUCT", "kades tidak mau tanda tangan karena kami dukung calon lain", "politics"),
    ("U-MISCONDUCT", "petugas bilang kalau ibu lapor, berkas ibu tidak akan saya proses", "threat"),
    (
        "U-ACCESS-LOST",
        "NIK saya tidak valid di aplikasi KKP, tidak bisa dapat solar bersubsidi",
        "fisher",
    ),
    ("C-APP-ERROR", "aplikasi IKD muncul 'Terjadi kesalahan, coba beberapa saat lagi'", "app-msg"),
    (
        "U-CORRECTION-INTENT",
        "Nama saya di KK beda dengan ijazah. Mau disamakan, apa bisa?",
        "same-as",
    ),
    (
        "U-UNAUTHORISED-CHANGE",
        "tahun lahir di KK saya berubah tanpa saya ajukan apa-apa",
        "not-asked",
    ),
    ("U-FILE-LOST", "pas ambil KK, petugas bilang berkas asli gak ada", "not-there"),
    (
        "U-MISCONDUCT-BY-STAFF",
        "mantan suami oleh petugas loket dikasih fotokopi KK saya",
        "disclosed",
    ),
    ("U-MISCONDUCT", "operator menarik Rp25.000 per anak untuk biaya cetak KIA", "fee"),
    ("U-MISCONDUCT", "saya titip 200 ribu ke satpam Disdukcapil supaya akta cepat", "bribe"),
    ("U-MISCONDUCT", "petugas menyuruh saya pilih salah satu agama, bukan kepercayaan", "faith"),
    ("U-SAFETY", "anak perempuan saya 15 tahun dibawa lari laki-laki dewasa", "abducted"),
    (
        "U-DATA-LEAK",
        "petugas mengunggah foto layar SIAK berisi data saya ke status WhatsApp",
        "status",
    ),
    (
        "U-DISASTER",
        "pascabanjir warga kehilangan KK, pendataan bantuan BPBD butuh NIK",
        "after-flood",
    ),
    ("U-REPEAT", "Laporan saya tanggal 12 Mei belum ada jawaban, jadi saya ulangi", "repeat"),
    (
        "U-ACCESS-LOST",
        "Pendaftaran SD sudah tutup, anak tidak bisa didaftarkan, akta belum jadi",
        "sd",
    ),
    (
        "U-FILE-LOST",
        "akta asli dan ijazah yang saya serahkan dinyatakan hilang oleh petugas",
        "declared",
    ),
    ("U-ACCESS-LOST", "pindah datang ditolak, anak belum bisa didaftarkan sekolah", "didaftarkan"),
    (
        "U-EXPLICIT-REQUEST",
        "Saya mohon kolom agama di KTP diubah dari Kristen menjadi Islam",
        "ubah",
    ),
    (
        "U-EXPLICIT-REQUEST",
        "saya mohon akta kelahiran anak diterbitkan ulang dengan nama ayah",
        "ulang",
    ),
    # 2026.12.24: leaks by staff stay misconduct once removed, when the reporter asks for
    # the official to be examined; threats and discrimination by officials.
    (
        "U-LEAK-BY-STAFF",
        "Bulan lalu staf kelurahan kirim foto KTP saya ke grup RT. Fotonya sudah dihapus,"
        " tapi saya minta staf itu ditegur supaya tidak terulang.",
        "removed-but-examine",
    ),
    (
        "U-LEAK-BY-STAFF",
        "Petugas loket minta foto KK lewat WA, lalu foto itu dikirim ke nomor lain."
        " Mohon petugasnya diperiksa agar tidak terjadi lagi.",
        "sent-to-another-number",
    ),
    (
        "U-MISCONDUCT",
        "Kepala dusun datang ke rumah orang tua saya dan bilang kalau saya terus melapor,"
        " surat pindah kami tidak akan diurus lagi.",
        "threat-by-village-head",
    ),
    (
        "U-MISCONDUCT",
        "Kemarin perangkat desa menyuruh saya menghapus tulisan itu dan bilang urusan KK"
        " jangan harap lancar.",
        "jangan-harap-lancar",
    ),
    (
        "U-MISCONDUCT",
        "Saya posting di medsos soal antrean, besoknya petugas datang bilang KTP saya bisa"
        " bermasalah kalau tidak dihapus.",
        "own-post-not-news",
    ),
    (
        "U-MISCONDUCT",
        "Berkas saya ditolak di loket, saya merasa diperlakukan berbeda karena suku saya.",
        "discrimination",
    ),
    ("U-PAYMENT-OR-THREAT", "Legalisir akta di dinas dikenai Rp5.000 per lembar", "dikenai-rp"),
    (
        "U-UNAUTHORISED-CHANGE",
        "Status saya di KK jadi cerai, operator desa mengubahnya atas permintaan ipar saya.",
        "at-someone-elses-request",
    ),
    (
        "U-DUPLICATE",
        "Waktu dicek kemarin NIK saya muncul dua data, pinjaman ditolak. Petugas bank bilang"
        " harus beres di Dukcapil dulu.",
        "harus-beres-is-a-requirement",
    ),
    # 2026.12.25 (guided by holdouts AV, AW, AX).
    (
        "U-DATA-LEAK",
        "Ada penelepon mengaku dari asuransi menyebut NIK dan alamat bapak, katanya datanya"
        " dapat dari orang kelurahan. Tiap hari bapak ditelepon.",
        "leak-told-by-a-caller",
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Pegawai kecamatan bilang kalau mau cepat transfer Rp200.000 ke dia.",
        "transfer-rp",
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Petugasnya bilang kalau mau selesai hari ini tambah 75 ribu buat map.",
        "tambah-ribu",
    ),
    (
        "U-MISCONDUCT",
        "Pak kades tidak mau tanda tangan surat pindah sebelum kakak saya melunasi iuran.",
        "withheld-until-paid",
    ),
    (
        "U-UNAUTHORISED-CHANGE",
        "Formulir pindah ada tanda tangan ibu, padahal ibu tidak pernah menandatangani apa pun.",
        "signature-never-given",
    ),
    (
        "U-MISCONDUCT",
        "Istri saya dapat KTP baru berstatus cerai, katanya dibantu orang kecamatan.",
        "insider-help",
    ),
    (
        "U-CHILD-AKTA-REFUSED-AGAIN",
        "Anak kami lahir bulan lalu dibantu dukun. Permohonan akta kelahiran sudah tiga kali"
        " ditolak karena tidak ada surat bidan.",
        "told-apart",
    ),
    # 2026.12.26 (guided by holdouts AY, AZ, BA).
    (
        "U-DUPLICATE",
        "Data saya ditolak waktu daftar PPPK, ternyata saya tercatat dua kali dengan NIK berbeda.",
        "recorded-twice",
    ),
    (
        "U-MISCONDUCT",
        "Pak Lurah tidak mau tanda tangan surat pindah kalau saya belum melunasi iuran kampung.",
        "unless-paid",
    ),
    (
        "U-MISCONDUCT",
        "Petugas bilang 'pilih saja salah satu dari enam agama', kolom kepercayaan ditolak.",
        "belief-column",
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Kades mengumpulkan warga di balai, lalu sekretaris desa menarik Rp50.000 per orang."
        " Rekam KTP berjalan lancar, tapi katanya layanan itu gratis?",
        "lalu-is-then",
    ),
    (
        "U-MISCONDUCT",
        "Kemarin petugas datang ke rumah dan bilang, 'kalau masih mau urusanmu lancar, cabut"
        " laporanmu'.",
        "withdraw-or-else",
    ),
    (
        "U-NIK-EXTERNAL",
        "Kontrak kerja istri di Taiwan mau diperpanjang, tapi NIK-nya tidak terdaftar di sistem"
        " BP2MI, jadi tidak bisa lanjut.",
        "acronym-with-a-digit",
    ),
    (
        "U-VULNERABLE",
        "Saya tuli. Nomor antrean cuma dipanggil lewat pengeras suara, sudah saya tulis di"
        " kertas tapi tetap tidak dibantu. KK saya belum bisa diurus.",
        "deaf-not-helped",
    ),
    (
        "U-VULNERABLE",
        "Saya pengguna kursi roda, loket rekam di lantai 2. Sudah dua kali saya pulang tanpa"
        " dilayani.",
        "sent-home-unserved",
    ),
    ("U-DATA-LEAK", "Foto KTP dan KK saya diposting di grup jual beli tanpa izin.", "posted"),
    # 2026.12.27 (guided by holdouts BB, BC, BD).
    (
        "U-MISCONDUCT",
        "Tadi saya lihat bapak di depan saya menyelipkan uang merah di bawah map, petugasnya"
        " ambil, berkasnya langsung diproses.",
        "bribe-under-the-folder",
    ),
    (
        "U-VULNERABLE",
        "Ibu saya umur 83 tahun. Kantor pos tidak mau membayarkan pensiunnya karena KTP rusak.",
        "pension-not-paid",
    ),
    (
        "U-ACCESS-LOST",
        "Waktu pendataan kami dianggap mampu, jadi BPJS PBI saya dan anak-anak dicabut.",
        "bpjs-revoked",
    ),
    (
        "U-VULNERABLE",
        "saya pakai kursi roda, sudah 2 kali pulang tidak dilayani karena loket di lantai 2",
        "unserved-twice",
    ),
    # 2026.12.28 (guided by holdouts BE, BF, BG).
    (
        "U-LEAK-BY-STAFF",
        "Petugas Dukcapil ngasih fotokopi KK keluarga saya ke mantan pacar yang ngaku saudara.",
        "copy-handed-on",
    ),
    (
        "U-MISCONDUCT",
        "Petugas loket bilang 'oh ini yang suka posting-posting', lalu berkas saya disimpan di"
        " laci.",
        "the-one-who-posts",
    ),
    (
        "U-MISCONDUCT",
        "Kami disuruh tunggu di luar pagar, sementara orang kota yang datang belakangan langsung"
        " dilayani.",
        "served-after-others",
    ),
    (
        "U-UNAUTHORISED-CHANGE",
        "Status saya di KK suami jadi cerai hidup. Saya curiga ada orang desa yang membantu"
        " mengubah data tanpa dasar.",
        "changed-without-basis",
    ),
    (
        "U-REPEAT",
        "Ini DM ketiga saya min, yang kemarin cuma di-read. KTP saya salah tanggal.",
        "dm",
    ),
    # 2026.12.29 (guided by holdouts BH, BI, BJ).
    (
        "U-MISCONDUCT",
        "Status saya berubah jadi cerai hidup padahal saya masih menikah. Tolong diusut siapa"
        " yang mengubah data saya.",
        "who-changed-it",
    ),
    (
        "U-MISCONDUCT",
        "Operator desa bilang titip berkas ke dia saja, 200 ribu per akta, 'saya kenal orang di"
        " dinas'.",
        "insider-broker",
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Nomor antrean yang seharusnya gratis dijual di parkiran, 50 ribu per nomor.",
        "per-item-fee",
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Setiap warga yang minta surat pengantar pindah disuruh isi kas desa, kuitansi tulisan"
        " tangan tanpa cap.",
        "village-cash",
    ),
    (
        "U-MISCONDUCT",
        "Saya penganut Marapu. Petugas bilang 'pilih Kristen atau Katolik saja biar gampang'.",
        "belief-made-easy",
    ),
    (
        "U-REPEAT",
        "Saya sudah melapor di sini tanggal 9 September soal KIA anak saya, tidak ada balasan"
        " apa pun.",
        "reported-here-before",
    ),
    # 2026.12.30 (guided by holdouts BK, BL, BM).
    (
        "U-MISCONDUCT",
        "Petugas di meja depan bilang 'kalau mau cepat, seratus lima puluh, seminggu siap'.",
        "speed-price-in-words",
    ),
    # 2026.12.32 (guided by holdouts BQ, BR, BS).
    (
        "U-MISCONDUCT",
        "Petugas menolak mengisi kolom kepercayaan, katanya itu aliran tidak jelas.",
        "unclear-sect",
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Petugas verifikasi bilang KK bisa dicetak hari itu juga kalau saya kasih Rp100 ribu ke"
        " dia.",
        "give-rp",
    ),
    (
        "U-MISCONDUCT",
        "Petugas bilang kalau tidak ada uang pengertian dia tidak bisa jamin aktanya keluar.",
        "understanding-money",
    ),
    (
        "U-FILE-LOST",
        "Buku nikah asli saya dititipkan ke kantor desa, KK sudah jadi tapi buku nikah saya"
        " tidak dikembalikan.",
        "original-not-returned",
    ),
    (
        "U-WAIT-FAR",
        "Akta kelahiran anak saya diurus sejak Desember tahun lalu, jawabannya selalu 'sedang"
        " proses'.",
        "always-in-process",
    ),
    # 2026.12.31 (guided by holdouts BN, BO, BP).
    (
        "U-MISCONDUCT",
        "Kepala desa menahan surat pengantar pindah saya, katanya 'kau tidak milih aku kemarin,"
        " urus saja sendiri'.",
        "election-retaliation",
    ),
    (
        "U-MISCONDUCT",
        "Operator kecamatan membuat akta baru dengan tahun lahir dimundurkan 2 tahun, orang"
        " tuanya membayar ke operator itu.",
        "birth-year-moved",
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Untuk urus KK kami diwajibkan membeli map Rp25.000 di koperasi pegawai, kalau pakai map"
        " sendiri berkas ditolak petugas.",
        "compulsory-purchase",
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Petugas kelurahan bilang kalau mau cepat ada biaya administrasi Rp150.000, tanpa"
        " kuitansi.",
        "administration-fee",
    ),
    (
        "U-MISCONDUCT",
        "Petugas loket bilang 'kamu yang suka viralkan kantor ini ya', berkas saya disimpan.",
        "the-one-who-goes-viral",
    ),
    (
        "U-MISCONDUCT",
        "Kepala dusun bilang kalau postingan tidak saya hapus, pengantar KK saya tidak akan"
        " pernah diurus.",
        "never-processed",
    ),
    (
        "U-MISCONDUCT",
        "Status saya jadi kawin lewat operator desa, padahal saya belum pernah menikah. Saya"
        " minta data dikembalikan dan operator itu diperiksa.",
        "examine-the-operator",
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Di loket kantor camat formulir KIA dijual Rp20.000 per lembar.",
        "form-sold",
    ),
    (
        "U-NIK-EXTERNAL",
        "Saya masih hidup, tapi bantuan BPNT berhenti. Kata pendamping Kemensos data saya"
        " 'meninggal' dari Dukcapil.",
        "alive-recorded-dead",
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "text"), [pytest.param(r, t, id=f"{r}-{why}") for r, t, why in CONCEPT_FIRES]
)
def test_concept_fires_in_other_registers(rule_id: str, text: str) -> None:
    """Rubric concepts (misuse, leaks, misconduct, deadlines, waits, third party) generalise."""
    assert rule_id in _rules(text)


# --- and does not fire (negation, hypotheticals, resolved pasts, hard negatives) -----------
DOES_NOT_FIRE = [
    ("U-LIFE-HEALTH", "bukan darurat, cuma tanya syarat KTP", "negation-bukan"),
    ("U-LIFE-HEALTH", "Saya baru operasi kemarin, mau tanya syarat KTP", "past-surgery"),
    ("U-LIFE-HEALTH", "kalau mau operasi apakah harus pakai KTP asli?", "hypothetical"),
    ("U-MISCONDUCT", "kalau ada pungli lapor ke mana?", "hypothetical-kalau"),
    ("U-DATA-LEAK", "Apakah data KTP aman? Takut bocor", "fear-not-fact"),
    ("U-DEADLINE-IMMINENT", "Besok saya mau ke kecamatan urus KTP, jam berapa buka?", "plan"),
    ("U-MISCONDUCT", "Tidak ada pungli, saya cuma mau kasih saran", "negation-tidak-ada"),
    ("U-MISCONDUCT", "dulu pernah ada pungli, sekarang sudah bagus", "resolved-past"),
    ("U-MISCONDUCT", "Pungli itu apa sih?", "definition-question"),
    ("U-IDENTITY-MISUSE", "kalau NIK saya dipakai orang untuk pinjol, lapor ke mana?", "hypo"),
    ("U-DATA-LEAK", "Misalkan data saya bocor, dukcapil bisa bantu apa?", "hypothetical"),
    ("U-WAIT-FAR", "apa benar cetak ulang KTP harus sampai 3 bulan?", "apa-benar"),
    ("U-WAIT-FAR", "anak saya umur 3 tahun belum punya KIA", "age-not-a-wait"),
    ("U-WAIT-FAR", "akta kematian ayah sudah 3 minggu belum jadi", "akta-within-60"),
    ("U-DEADLINE-IMMINENT", "sudah antre dari pagi, disuruh balik besok", "besok-no-loss"),
    ("U-DEADLINE-IMMINENT", "sampai hari ini KTP belum jadi", "sampai-hari-ini"),
    ("U-DEADLINE-SOON", "minggu ini saya cuma mau tanya syarat KK", "no-problem"),
    ("U-BURIAL", "pemakaman sudah selesai, akta kematian belum jadi", "burial-done"),
    ("U-VULNERABLE", "Kursi ruang tunggu kurang, kasihan lansia", "facilities-comment"),
    ("U-REPORT", "Kapan kantor buka lagi setelah libur?", "question"),
    ("T-IDENTIFIED-OTHER", "KTP ayah saya belum jadi", "relative-without-data"),
    ("T-SEVERAL-IDS", "anak saya NIK 3501010101010001 KK 3501010101010002", "own-child"),
    ("U-MISCONDUCT", "Apakah cetak ulang KTP dipungut biaya? Saya dengar harus bayar", "question"),
    ("U-MISCONDUCT", "petugasnya ketus dan membentak, berkas saya suruh datang lagi", "rude-only"),
    ("U-PAYMENT-OR-THREAT", "KTP-ku dienggo wong, sing nagih utang ngancam teko omah", "lender"),
    ("U-PAYMENT-OR-THREAT", "ibu di IGD, harus bayar deposit karena BPJS tidak aktif", "hospital"),
    ("U-IDENTITY-MISUSE", "mau mengurus kehilangan kartu sim card, KTP belum jadi", "sim-lost"),
    ("U-IDENTITY-MISUSE", "coba menggunakan NIK anggota keluarga lain juga tidak bisa", "own-try"),
    ("U-DATA-LEAK", "berkas sudah saya unggah ke aplikasi kemarin", "upload-own-file"),
    ("U-DEADLINE-IMMINENT", "jam 12 loket ditutup, disuruh balik besok", "counter-closed"),
    ("U-WAIT-FAR", "AC ruang tunggu kecamatan mati dari bulan lalu", "facility-not-a-document"),
    ("U-WAIT-FAR", "sudah kerja 5 tahun, pekerjaan di KK ingin diganti", "work-years-not-a-wait"),
    ("U-WAIT-FAR", "sudah tinggal 3 tahun di sini, mohon ganti alamat KK", "residence-not-a-wait"),
    ("T-IDENTIFIED-OTHER", "Pak, saya mau lapor, KTP saya disebar ke grup 200an orang", "vocative"),
    ("T-IDENTIFIED-OTHER", "rekening atas nama saya dipakai orang lain", "own-name"),
    ("T-DATA-REQUEST", "NIK istri saya masih tercatat di KK lama di Lamongan", "statement"),
    ("U-REPORT", "Matur nuwun sanget kagem petugas, KIA anak kulo dadi sedinten", "jv-praise"),
    ("U-STATUS", "Berapa lama biasanya proses ganti KK?", "general-question"),
    ("C-REFUSED", "sudah bolak balik ke kelurahan ambil KK, disuruh datang besok", "visits"),
    ("U-IDENTITY-MISUSE", "Katanya kalau KTP hilang bisa dipakai orang buat pinjol ya?", "hearsay"),
    ("U-MISCONDUCT", "Rekening saya dibobol orang pakai KTP palsu dengan NIK saya", "fraudster"),
    ("U-LIFE-HEALTH", "hamil 7 bulan, mau daftar persalinan tapi KTP beda alamat", "booking"),
    ("U-PAYMENT-OR-THREAT", "apakah urus KK ada biaya? katanya tetangga harus bayar", "hearsay"),
    # Sold or handed on is a leak only when data is what was sold or handed on.
    ("U-DATA-LEAK", "Padinya sudah dipanen, gabahnya sudah dijual, akta belum ada kabar", "grain"),
    ("U-DATA-LEAK", "Kalau KTP belum disetor, posisi saya diberikan ke orang lain", "job"),
    ("U-DATA-LEAK", "Atap ruang tunggu bocor kalau hujan, mohon diperbaiki", "roof"),
    ("U-IDENTITY-MISUSE", "KTP saya dipakai biasa saja, tidak ada masalah di bank", "normal-use"),
    (
        "U-PAYMENT-OR-THREAT",
        "Saya ingin memberi bingkisan sebagai tanda terima kasih, boleh?",
        "gift",
    ),
    ("U-MISCONDUCT", "Fotokopi di kios seberang mahal, itu termasuk pungutan liar tidak?", "asked"),
    (
        "C-REFUSED",
        "Berkas pindah saya dikembalikan, ternyata cuma kurang fotokopi buku nikah",
        "fixable",
    ),
    ("U-IDENTITY-MISUSE", "dl th 2023 nik sy sempet dipake org, tp udh beres kok", "resolved"),
    (
        "U-MISCONDUCT",
        "td bayar 10rb di fotokopian dpn dinas, itu resmi kan? bkn pungli kan?",
        "neg",
    ),
    (
        "U-MISCONDUCT",
        "Pungli!!! Fotokopi di kios depan kantor 2 ribu, kios punya orang swasta",
        "kiosk",
    ),
    ("U-MISCONDUCT", "Teman kasih fotokopi KTP, tlg dicek ktp nya asli atau palsu", "check"),
    ("U-DUPLICATE", "min 'data ganda' itu maksudnya apa ya?", "definition"),
    ("U-PAYMENT-OR-THREAT", "thn lalu sy prnh dimintain 100rb, tp duitnya dibalikin", "refunded"),
    ("U-CHILD-AKTA-LOST", "Kenapa di aplikasi menu pengajuan akta kelahiran anak hilang?", "menu"),
    ("T-REQUEST", "Relawan mendata penerima bantuan dan minta nomor KK serta KTP", "volunteer"),
    ("U-DISASTER", "Rumah terbakar, tapi bantuan sudah diterima dan KK sudah dicetak", "received"),
    (
        "U-IDENTITY-MISUSE",
        "Kartu itu didaftarkan cucunya sendiri dengan izin beliau, jadi aman",
        "own-family",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Tadi ada telepon mengaku dari kepolisian, katanya NIK saya dipakai untuk kejahatan",
        "scam-call",
    ),
    ("U-FILE-LOST", "KTP ibu patah karena terselip di dompet, bisa dicetak ulang?", "wallet"),
    ("U-MISCONDUCT", "KK warga saya dicetak di kertas HVS, saya kira palsu!!", "thought"),
    (
        "U-PAYMENT-OR-THREAT",
        "Tetangga bayar 20 ribu untuk fotokopi di koperasi depan kantor camat, itu resmi?",
        "cooperative",
    ),
    ("T-IDENTIFIED-OTHER", "Abdi warga Dayeuhkolot, imah kabanjiran, KK teu tiasa dibaca", "place"),
    (
        "T-IDENTIFIED-OTHER",
        "Saya pendeta di Jemaat Kampung Yomakan, mau tanya syarat akta",
        "parish",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Ada 4 nomor HP terdaftar pakai NIK saya, ternyata itu nomor istri dan anak-anak saya",
        "family-numbers",
    ),
    ("U-DUPLICATE", "Akta anak saya tertulis MUHAMAD, seharusnya MUHAMMAD (m dobel)", "letter"),
    (
        "U-SAFETY",
        "Tanpa NIK dia tidak bisa berobat, mohon perekaman iris untuk pencarian datanya",
        "data-search",
    ),
    (
        "U-WAIT-FAR",
        "Bulan lalu saya sempat komplain KTP saya lama jadinya, minggu ini sudah jadi,"
        " terima kasih",
        "done-now",
    ),
    (
        "U-SERVICE-COMPLAINT",
        "jam brp dukcapil buka pas puasa? mau ke sana abis subuh",
        "after-dawn",
    ),
    (
        "U-REPEAT",
        "Laporan saya sebelumnya sudah dijawab, KTP sudah saya ambil. Mau tanya saja",
        "answered",
    ),
    (
        "U-LIFE-HEALTH",
        "Operasi bapak sempat tertunda karena BPJS nonaktif, masalah itu sudah"
        " selesai dan operasi berjalan lancar",
        "settled",
    ),
    ("U-DEADLINE-WORDS", "Jenis kelamin di KTP salah, baru saya sadari minggu ini", "noticed"),
    (
        "U-IDENTITY-MISUSE",
        "KTP saya yang baru dicetak fotonya orang lain! Nama dan NIK saya, tapi"
        " wajahnya laki-laki lain",
        "misprint",
    ),
    (
        "U-UNAUTHORISED-CHANGE",
        "Di KK status suami ditulis cerai hidup, padahal kami tidak pernah"
        " cerai. Tolong dibetulkan",
        "correction",
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Apakah cetak ulang KK karena rusak kena banjir itu dikenakan biaya?"
        " Soalnya tetangga bilang bayar 50 ribu",
        "fee-question",
    ),
    ("U-PAYMENT-OR-THREAT", "Tukang parkir di pinggir jalan depan kantor minta Rp5.000", "parking"),
    ("U-DATA-LEAK", "Surat dari bidan hilang waktu rumah bocor, akta belum ada", "roof"),
    (
        "U-MISCONDUCT",
        "KK sudah diganti, apa bisa KTP-nya saja diganti tanpa mengurus dari awal?",
        "reprint",
    ),
    (
        "U-STRANGER-BY-STAFF",
        "Ada nama yang saya tidak kenal orang ini di KK. Petugas bilang mungkin"
        " salah input waktu migrasi data",
        "migration",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Tahun lalu sudah saya laporkan, sejak itu aman. Ada cara cek NIK saya"
        " dipakai di mana saja?",
        "where-used",
    ),
    (
        "U-LIFE-HEALTH",
        "Bayi kami sempat di NICU bulan lalu, BPJS-nya bisa aktif cepat. Terima kasih,"
        " sangat menolong",
        "thanks",
    ),
    # A rumoured fee names no official ("bayar admin" is the fee's name, not a person).
    ("U-PAYMENT-OR-THREAT", "Ganti KK bayar gak? Soalnya tetangga bilang harus bayar admin", "fee"),
    ("U-IDENTITY-MISUSE", "Kata tetangga, NIK saya dipakai pinjol. Benar tidak?", "heard-misuse"),
    ("U-SERVICE-PROBLEM", "AC mati dari bulan lalu, panas banget ruang tunggunya", "facility"),
    ("U-EXPLICIT-REQUEST", "mohon di perbaiki aplikasi klampid seperti dulu lagi", "suggestion"),
    ("U-REPORT", "Terima kasih, data saya sudah dipadankan, sudah berjalan lancar", "thanks"),
    ("U-REPORT", "Matur nuwun, KK kula sampun dados, pelayanane cepet", "jv-thanks"),
    ("U-SERVICE-PROBLEM", "Brosur di kelurahan kusam, tulisannya tidak terbaca", "brochure"),
    ("C-NIK-DATABASE", "Brosur di kelurahan kusam, tulisannya tidak terbaca", "brochure"),
    ("C-CORRECTION", "Papan petunjuk loket membingungkan, banyak warga salah antre", "signage"),
    ("C-SYSTEM-WIDE", "Papan petunjuk loket membingungkan, banyak warga salah antre", "signs"),
    ("U-ACTION-REQUEST", "antrean kemarin panjang 3 jam, tapi KTP sudah saya terima", "queue-past"),
    ("U-ACTION-REQUEST", "Kapan jadwal pelayanan keliling ke desa kami?", "mobile-service"),
    ("U-STATUS", "Kapan jadwal pelayanan keliling ke desa kami?", "mobile-service"),
    ("U-SERVICE-COMPLAINT", "sejauh ini tetap bisa daftar, cuma saran loketnya ditambah", "saran"),
    ("U-OWN-CASE", "Bagaimana cara membetulkan nama di KK kalau salah?", "general-how-to"),
    ("U-OWN-CASE", "Apa syarat membuat KTP untuk pertama kali?", "requirements"),
    (
        "U-NIK-EXTERNAL",
        "makasih, NIK yg kemarin tidak aktif sudah diaktifkan, BPJS sudah bisa",
        "fixed",
    ),
    ("U-ACTION-REQUEST", "Mau kasih masukan, antrean online sebaiknya dibuka jam 6", "masukan"),
    (
        "U-DEADLINE-IMMINENT",
        "Server error, pendaftaran hari ini ditutup, warga datang besok",
        "outage",
    ),
    ("U-OWN-CASE", "BANNER PERSYARATAN DI KELURAHAN SUDAH SOBEK, MALU!!!", "facility-caps"),
    ("U-OWN-CASE", "papan pengumuman di kelurahan sobek, tulisannya tidak terbaca", "board-topic"),
    (
        "U-IDENTITY-MISUSE",
        "dulu data saya pernah dipakai orang buat kartu SIM, sudah diblokir",
        "done",
    ),
    ("C-APP-ERROR", "ibu saya ada gangguan jiwa, KTP belum jadi", "not-an-outage"),
    ("U-OWN-CASE", "Biasanya berapa lama cetak ulang KTP yang buram?", "general"),
    ("U-IDENTITY-MISUSE", "teman saya pernah NIK-nya dipakai pinjol, saya jadi takut", "friend"),
    ("U-IDENTITY-MISUSE", "ada cara mencegah KTP dipakai orang buat pinjaman online?", "prevent"),
    (
        "U-IDENTITY-MISUSE",
        "2023 NIK saya pernah dipakai pinjol, sudah selesai. Bukan itu yang",
        "past",
    ),
    ("U-DEADLINE-IMMINENT", "server dukcapil gangguan, warga disuruh datang besok", "outage-besok"),
    (
        "U-DEADLINE-IMMINENT",
        "sistem offline, pelayanan ditutup, semua warga diminta balik besok",
        "off",
    ),
    (
        "U-ACCESS-LOST",
        "nama ibu di KK salah, mohon dibetulkan karena mau dipakai daftar kuliah",
        "need",
    ),
    (
        "U-ACCESS-LOST",
        "KIA anak salah jenis kelamin, mau dipakai daftar sekolah tahun depan",
        "future",
    ),
    ("U-CORRECTION-INTENT", "Kalau mau betulkan nama di KTP syaratnya apa saja?", "hypothetical"),
    ("U-CORRECTION-INTENT", "Aplikasinya kapan mau diperbaiki? KTP tidak bisa diunduh", "app"),
    ("U-CORRECTION-INTENT", "Saya tidak mau betulkan KK, cuma tanya jam buka", "negated"),
    ("U-PAYMENT-BY-STAFF", "Kalau nanti ada petugas yang minta uang, lapor ke mana?", "hypo"),
    (
        "U-SERVICE-COMPLAINT",
        "IKD wajib punya paling lambat akhir tahun, caranya gimana?",
        "deadline-word",
    ),
    ("U-MISCONDUCT", "bank tidak mau melayani karena KTP saya masih KTP lama", "bank-refusal"),
    ("U-DATA-LEAK", "di grup RT kami semua warga juga tidak bisa daftar antrean", "group-as-place"),
    ("U-IDENTITY-MISUSE", "setiap login pakai NIK saya muncul NIK tidak ditemukan", "own-login"),
    ("C-NIK-DATABASE", "orangnya pindah, nomornya tidak aktif, minta KK baru", "phone-off"),
    ("U-DUPLICATE", "saya disuruh minta duplikat buku nikah ke KUA", "duplicate-copy"),
    ("U-DISASTER", "rumah terbakar bulan lalu, bantuan sudah kami terima, terima kasih", "aid"),
    ("U-EXPLICIT-REQUEST", "nomor WA di brosur salah, tolong diganti brosurnya", "leaflet"),
    ("U-STATUS", "akta anak kulo sampun dados, matur nuwun", "done-statement"),
    ("U-REPORT", "Saya mau menyampaikan terima kasih, semoga dipertahankan", "praise"),
    ("C-REFUSED", "upload perubahan KK saya ditolak karena scan buram", "fixable-defect"),
    ("C-REFUSED", "bank menolak pencairan karena KTP saya masih KTP lama", "outside-refusal"),
    ("C-COURT-AGENCY", "sidang cerai saya Senin, pengadilan minta akta nikah", "court-needs-doc"),
    ("C-COURT-AGENCY", "akta cerai belum terbit padahal putusan PA sudah saya serahkan", "divorce"),
    ("C-CROSS-REGION", "surat pindah antar kecamatan 16 hari masih proses", "within-city"),
    ("U-DEADLINE-IMMINENT", "ibu sudah dimakamkan hari Sabtu kemarin, syarat akta?", "past-day"),
    ("U-IDENTITY-MISUSE", "NIK saya dipakai oleh orang lain, NIK nya sama persis", "duplicate"),
    ("U-IDENTITY-MISUSE", "setiap login Klampid pakai NIK saya muncul error", "own-login-app"),
    ("U-DISASTER", "rumah kebakaran, sudah menerima bantuan, mau cetak ulang akta", "aid-got"),
    ("U-FILE-LOST", "upload di klampid error 500 dan berkas hilang", "upload-error"),
    ("U-ACCESS-LOST", "minta salinan akta kakak saya untuk urus warisan", "copy-for-other"),
    ("U-IDENTITY-MISUSE", "tagihan pinjaman mantan penyewa terus datang ke rumah", "bill"),
    ("T-IDENTIFIED-OTHER", "istri saya hamil, perkiraan lahir 3 minggu lagi", "due-date"),
    ("U-DEADLINE-WORDS", "berkas KK ditolak, saya disuruh datang lagi minggu depan", "office-date"),
    ("U-NIK-EXTERNAL", "foto KTP gelap sampai tidak dikenali, bank ragu", "photo"),
    ("C-NIK-DATABASE", "dia pinjam uang, nomornya juga tidak aktif, minta alamat", "phone"),
    (
        "U-WAIT-FAR",
        "Dulu urus akta anak pertama lamanya 3 bulan. Sekarang akta anak kedua baru 10 hari",
        "history",
    ),
    ("U-WAIT-FAR", "KTP saya jadi tahun 2019 tapi login Klampid gagal", "made-date"),
    ("U-DUPLICATE", "Tahun lalu saya pernah lapor NIK ganda dan sudah diselesaikan", "resolved"),
    ("U-SERVICE-PROBLEM", "Minggu lalu KTP saya belum jadi, kemarin sudah saya ambil", "taken"),
    ("C-SYSTEM-WIDE", "petugas membentak saya di depan banyak orang", "audience"),
    ("U-DUPLICATE", "nama saya ditulis MUHAMAD padahal dobel M", "double-letter"),
    ("T-IDENTIFIED-OTHER", "NIK sy 3299046103950002 dipakai pinjol, mereka mengancam", "own-nik"),
    ("U-EXPLICIT-REQUEST", "mohon aplikasinya diperbaiki, sering error", "app"),
    ("U-MISCONDUCT", "NIK saya ganda, juga tercatat atas nama orang lain", "duplicate"),
    ("U-DEADLINE-FOR-DOCUMENT", "Besok saya ke dukcapil rekam KTP anak, perlu bawa apa?", "visit"),
    ("C-CROSS-REGION", "SKPWNI dari Garut saya serahkan seminggu lalu, kapan KK jadi?", "in-time"),
    ("C-APP-ERROR", "pihak dispenduk tidak merespon pengajuan saya", "staff-silent"),
    (
        "U-PAYMENT-BY-STAFF",
        "kalau nanti ada oknum yang minta uang pelicin, lapor kemana? belum kejadian kok",
        "not-yet",
    ),
    ("U-IDENTITY-MISUSE", "gimana caranya biar NIK saya gak dipake orang buat pinjol?", "how"),
    ("U-BURIAL", "Tetangga saya cerita jenazah saudaranya ketahan di RS, benar ya?", "hearsay"),
    ("U-DATA-LEAK", "saya baca di berita ada kebocoran data, cara ngecek gimana?", "news"),
    ("U-DATA-LEAK", "akad nikah saya besok, undangan sudah disebar", "invitations"),
    ("U-MISCONDUCT", "paspor adik saya dicurigai palsu oleh imigrasi", "suspected"),
    ("C-CORRECTION", "ada kebocoran di salah satu aplikasi", "salah-satu"),
    ("U-VULNERABLE", "nenek wafat, undangan vaksin lansia datang, mohon dihapus dari KK", "del"),
    ("U-VULNERABLE", "akta bayi saya belum terbit 7 minggu, BPJS bayi sudah aktif", "infant"),
    ("U-INFANT-BLOCKED", "akta bayi saya belum terbit 7 minggu, BPJS bayi sudah aktif", "wait"),
    ("U-WAIT-FAR", "KTP ibu masih alamat lama padahal sudah 2 tahun ikut saya", "lived-with"),
    ("C-APP-ERROR", "NIK ibu tidak muncul di KK baru setelah pecah KK", "kk-content"),
    (
        "U-ACTION-REQUEST",
        "besok ke dukcapil, buka jam berapa? bisa sekalian legalisir KK?",
        "hours",
    ),
    ("C-NIK-DATABASE", "aktivasi IKD selalu gagal verifikasi wajah", "face"),
    ("T-IDENTIFIED-OTHER", "Om Swastyastu. Tiang mau lapor KK belum jadi", "greeting"),
    ("U-PAYMENT-OR-THREAT", "imunisasi di puskesmas diminta bayar umum", "general-patient"),
    ("U-DISASTER", "KTP saya rusak kena banjir, sudah 2 bulan belum jadi", "old-flood"),
    (
        "C-CORRECTION",
        "menu perubahan biodata sudah ditutup sejak 1 Mei, harus langsung ke loket",
        "moved",
    ),
    ("U-NIK-EXTERNAL", "IKD bilang NIK tidak ditemukan, padahal BPJS lancar", "works-elsewhere"),
    ("T-DATA-REQUEST", "anak saya 7 tahun, dia sudah siap sekolah tapi belum punya akta", "dia"),
    ("U-NIK-EXTERNAL", "nenek wafat 2019 tapi masih tercatat hidup di KK om saya", "kk-only"),
    ("U-LIFE-HEALTH", "kakek minggu lalu baru pulang opname, KTP saya belum jadi", "discharged"),
    ("U-DEADLINE-IMMINENT", "antrean habis, saya disuruh kembali besok", "come-back"),
    ("U-SAFETY", "surat lahir asli anak saya hilang waktu banjir", "document-lost"),
    (
        "U-IDENTITY-MISUSE",
        "tahun lahir berubah sendiri, tidak pernah mengajukan perubahan",
        "error",
    ),
    ("C-NIK-DATABASE", "rekening saya diblokir sementara untuk pemutakhiran nasabah", "account"),
    ("C-REFUSED-REPEATED", "kameranya rusak, saya disuruh kembali bulan depan", "postponed"),
    ("T-DATA-REQUEST", "KBRI minta data KK yang cocok dengan paspor kakak", "agency-asks"),
    ("U-VULNERABLE", "bapak umur 78, KTP rusak sedang dicetak ulang, sudah jadi?", "damaged"),
    ("U-LIFE-HEALTH", "operasi ibu tanggal 30 April, BPJS ditolak karena NIK tidak aktif", "later"),
    ("U-PENDING", "berapa lama biasanya akta nikah jadi, dua minggu atau sebulan?", "or"),
    (
        "U-IDENTITY-MISUSE",
        "ditelepon penagih pinjol karena nomor saya dijadikan kontak darurat",
        "emergency-contact",
    ),
    ("U-DATA-LEAK", "di berita pegawai kabupaten lain ditangkap karena menjual data", "news"),
    ("U-BURIAL", "jenazah om sudah dipulangkan dan dimakamkan, cara buat akta?", "done"),
    ("U-DISASTER", "terima kasih sudah jemput bola waktu kebakaran, KK sudah jadi", "thanks"),
    ("U-UNAUTHORISED-CHANGE", "siswa bisa rekam KTP tanpa izin sekolah", "school-permission"),
    ("U-WAIT-FAR", "akta anak sudah beres sejak bulan lalu, KK diajukan 5 hari lalu", "settled"),
    ("U-WAIT-FAR", "lulus kuliah tahun lalu, pekerjaan di KK masih pelajar", "life-date"),
    ("C-CORRECTION", "kami dari provinsi yang berbeda, syarat akta perkawinan apa?", "provinces"),
    ("U-DISASTER", "kalau KK belum ada akad KPR batal dan booking fee hangus", "fee-forfeited"),
    ("U-DISASTER", "habis banjir kemarin KTP saya luntur, cara cetak ulang?", "no-aid"),
    ("U-SELF-HARM", "di berita ada yang bunuh diri karena pinjol, NIK saya aman?", "news"),
    ("U-IDENTITY-MISUSE", "teman sekantor kena pinjol pakai NIKnya, cara cek NIK saya?", "friend"),
    (
        "U-IDENTITY-MISUSE",
        "dua bulan lalu NIK saya sempat dipakai pinjol, sudah dipulihkan",
        "past",
    ),
    (
        "U-SAFETY",
        "teman kerja saya cerita tetangganya ditahan imigrasi, itu urusan siapa?",
        "story",
    ),
    ("U-REPORT", "tes kirim aduan dari hp baru, mohon diabaikan", "test-message"),
    ("U-REPORT", "Situs gacor hari ini, daftar cukup NIK. Link di bio", "spam"),
    ("U-MISCONDUCT", "penyewa kasih KTP, saya curiga KTPnya palsu, tolong cek NIK itu", "suspect"),
    (
        "U-PAYMENT-OR-THREAT",
        "anak tidak bisa daftar BPJS, imunisasi dan periksa harus bayar",
        "care",
    ),
    (
        "U-STATUS",
        "Berapa biaya buat KK baru setelah nikah? Dan berapa lama jadinya?",
        "fee-question",
    ),
    ("U-REPORT", "Mau memuji petugas loket 3 yang sabar menjelaskan ke bapak saya", "praise"),
    (
        "U-WAIT-FAR",
        "Nenek meninggal tahun 2023, akta kematian ada, di KK masih tercantum",
        "year-only",
    ),
    ("U-WAIT-FAR", "mau cetak ulang KTP, petugas bilang printer rusak sejak bulan lalu", "broken"),
    ("U-DEADLINE-SOON", "kuota habis, besok harus datang lagi, KTP belum rekam", "come-back"),
    (
        "U-IDENTITY-MISUSE",
        "ramai cerita warga NIK-nya dipakai pinjol. Saya sendiri tidak ada masalah",
        "rumour",
    ),
    (
        "U-IDENTITY-MISUSE",
        "SMS tawaran pinjaman sebut nama saya, belum ada pinjaman atau tagihan",
        "offer",
    ),
    (
        "U-LIFE-HEALTH",
        "Bulan depan bapak saya jadwal operasi, BPJS aktif kok. KK perlu diperbarui?",
        "later",
    ),
    (
        "U-DATA-LEAK",
        "ada layanan jemput bola? Saya mau sebarkan infonya ke grup relawan",
        "share-info",
    ),
    (
        "U-BURIAL",
        "matur nuwun sanget dumateng petugas, jenazah bapak saged dimakamkan tepat wekdal",
        "thanks",
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Besok UTBK, wajib bawa KTP. KTP saya ada kok, IKD diterima?",
        "has-it",
    ),
    ("U-BURIAL", "Saran saja: ada berita jenazah pekerja migran tertahan di bandara", "suggestion"),
    ("U-MISCONDUCT", "rekening saya diblokir, sekarang saya tidak bisa menarik uang", "withdraw"),
    (
        "T-IDENTIFIED-OTHER",
        "Om Swastiastu. Satu huruf di nama istri tiang salah, mohon dibetulkan",
        "greeting",
    ),
    ("U-WAIT-FAR", "Anak saya umurnya 16 tahun 11 bulan. Kapan wajib rekam KTP?", "age-months"),
    (
        "U-WAIT-FAR",
        "Dulu tahun 2019 urus KTP harus menunggu 4 bulan, sekarang luar biasa",
        "then-now",
    ),
    (
        "U-DEADLINE-IMMINENT",
        "calon penyewa kasih NIK, tolong dicek apakah NIK itu asli, kontrak ditandatangani besok",
        "someone-else",
    ),
    ("U-SAFETY", "bapak lumpuh separuh badan dan tidak bisa keluar rumah, KTP hilang", "bedridden"),
    ("U-DEADLINE-WORDS", "kuota penuh, petugas bilang balik minggu depan, KTP belum", "come-back"),
    ("U-DEADLINE-WORDS", "biasanya berapa hari jadinya? Rencana saya urus minggu depan", "plan"),
    (
        "C-URGENT-ACTION",
        "KK saya proses, akad KPR tgl 16 Maret. Kira2 bisa selesai sebelum itu?",
        "ask",
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Di koperasi depan kantor kami diminta bayar Rp3.000 untuk map. Petugas loket sendiri"
        " tidak meminta apa-apa.",
        "private-vendor",
    ),
    (
        "U-LEAK-BY-STAFF",
        "Dulu petugas pernah kirim foto KK saya ke grup, tapi sudah dihapus dan petugasnya"
        " sudah ditegur. Sekarang sudah aman.",
        "already-reprimanded",
    ),
    (
        "U-MISCONDUCT",
        "Saya lihat di medsos ada petugas yang minta uang, apakah benar?",
        "news-still-news",
    ),
    (
        "U-MISCONDUCT",
        "Saya dengar dari tetangga katanya kalau urus KK di kelurahan bayar seikhlasnya ya?",
        "rumoured-fee-heard-from-a-neighbour",
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Mau tanya syarat akta kematian. Buat jaga-jaga, ibu sekarang sedang dirawat.",
        "just-in-case",
    ),
    (
        "U-DEADLINE-SOON",
        "Mau aktivasi IKD bapak saya, di aplikasinya harus scan QR ke petugas. Sudah 3 kali ke"
        " kecamatan, petugasnya bilang 'besok saja ya pak, lagi sibuk'. Bapak capek bolak-balik.",
        "besok-saja-is-a-brush-off",
    ),
    (
        "U-NIK-EXTERNAL",
        "Di aplikasi online Dukcapil NIK saya tidak ditemukan waktu ambil antrean.",
        "dukcapils-own-app",
    ),
    (
        "U-NIK-EXTERNAL",
        "Antrean online bilang NIK tidak ditemukan, padahal BPJS dan bank tidak ada masalah.",
        "other-agencies-fine",
    ),
    (
        "U-SERVICE-PROBLEM",
        "Mohon alamat terbaru paman saya, nomor HP-nya sudah tidak aktif.",
        "phone-number-inactive",
    ),
    (
        "U-MISCONDUCT",
        "Foto KTP saya gelap, di bank sering disangka KTP palsu. Bisa dicetak ulang?",
        "taken-for-fake",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Tahun lalu NIK saya sempat dipakai orang daftar kartu perdana, sudah diblokir semua."
        " Saya cuma mau tanya, bagaimana cara mengecek secara berkala nomor apa saja yang"
        " terdaftar dengan NIK saya?",
        "how-to-check-what-is-registered",
    ),
    (
        "U-DATA-LEAK",
        "Instagram Dukcapil jarang update. Mohon jadwal jemput bola diposting rutin.",
        "announcement-posted",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Dapat SMS 'NIK Anda terdaftar di pinjaman online, segera lunasi'. Setelah cek SLIK"
        " tidak ada pinjaman atas nama saya, sepertinya penipuan.",
        "scam-message",
    ),
    (
        "U-MISCONDUCT",
        "terimakasih banyak buat petugas capil yg kemarin datang ke rumah merekam ktp bapak",
        "thanks-to-staff",
    ),
    (
        "U-MISCONDUCT",
        "Pendidikan di KK saya ditulis tamat SMA padahal saya tidak pernah sekolah.",
        "never-went-to-school",
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Ngurus KK baru bayar berapa ya? Tetangga bilang gratis tapi ada yang bilang harus bayar.",
        "someone-said",
    ),
    (
        "U-WAIT-FAR",
        "Suami saya sudah meninggal 2 tahun lalu dan akta kematiannya sudah ada. Mohon namanya"
        " dikeluarkan dari KK.",
        "time-since-a-death",
    ),
    (
        "T-REQUEST",
        "Pendaftaran SPMB tutup besok. Saya coba daftar, NIK anak saya ditolak sistem.",
        "own-child-registration",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya sudah dapat nomor antrean online, tapi petugas bilang nomor yang sama sudah dipakai"
        " orang lain.",
        "queue-number-taken",
    ),
    (
        "U-LIFE-HEALTH",
        "Alhamdulillah bapak kemarin sudah bisa dioperasi, BPJS-nya aktif lagi setelah dibantu"
        " petugas. Apakah KK kami perlu diperbarui supaya tidak terulang?",
        "active-again",
    ),
    (
        "U-SAFETY",
        "Setelah KK diperbarui, dua anak saya hilang dari KK baru karena error migrasi data.",
        "missing-from-the-record",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Tahun lalu NIK saya sempat dipakai orang untuk pinjol, sudah saya laporkan dan"
        " tagihannya berhenti sejak Maret. Bisa NIK saya diganti?",
        "bills-stopped",
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya cuma mau tanya, ada tidak cara mengecek NIK saya terdaftar di nomor HP mana saja?",
        "how-to-check-numbers",
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Akhir-akhir ini banyak berita KTP orang dipakai pinjol dan ditagih terus. Bagaimana"
        " cara saya mengecek NIK saya?",
        "many-news-stories",
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "text"), [pytest.param(r, t, id=f"{r}-{why}") for r, t, why in DOES_NOT_FIRE]
)
def test_rule_does_not_fire(rule_id: str, text: str) -> None:
    """Negation, hypotheticals, resolved pasts and hard negatives do not trigger rules."""
    assert rule_id not in _rules(text)


# --- waits against UU 23/2006 Pasal 69 --------------------------------------------------
WAITS = [
    ("KTP saya sudah 27 hari belum jadi", "high", False, "ktp-27-days"),
    ("KTP saya sudah 28 hari belum jadi", "high", True, "ktp-28-days"),
    ("akta lahir sudah 59 hari belum terbit", "high", False, "akta-59-days"),
    ("akta lahir sudah 60 hari belum terbit", "high", True, "akta-60-days"),
    ("surat keterangan kematian sudah 5 hari belum keluar", "high", False, "suket-5"),
    ("surat keterangan kematian sudah 6 hari belum keluar", "high", True, "suket-6"),
    ("KK saya berbulan-bulan belum jadi", "high", True, "berbulan-bulan"),
    ("KTP saya sejak tahun lalu belum jadi", "high", True, "sejak-tahun-lalu"),
    ("KTP sy udh dua bln blm jadi", "high", True, "slang-numbers-as-words"),
]


@pytest.mark.parametrize(
    ("text", "level", "expected"), [pytest.param(t, lv, e, id=i) for t, lv, e, i in WAITS]
)
def test_waits_against_statutory_times(text: str, level: str, expected: bool) -> None:
    """Pasal 69: KTP/KK 14 days (high at 28), akta 30 (60), death letter 3 (6)."""
    result = triage(text)
    assert (result.urgency >= Urgency(level)) is expected


def test_wait_from_dates_uses_received_at() -> None:
    """Waits named as dates are judged against received_at ("sejak Maret")."""
    text = "mengurus KTP sejak 2 Januari belum jadi"
    assert triage(Complaint(text, received_at=datetime(2026, 1, 20, tzinfo=WIB))).urgency == (
        Urgency.MEDIUM
    )
    assert triage(Complaint(text, received_at=datetime(2026, 2, 20, tzinfo=WIB))).urgency == (
        Urgency.HIGH
    )


@pytest.mark.parametrize(
    ("text", "received", "far"),
    [
        # A yearless date is the nearest such day, the past preferred: a flight on
        # "19 Januari" told on 23 December is next month, not eleven months ago.
        pytest.param(
            "KTP rusak, ganti diajukan 15 Desember, belum dicetak. Pesawat tanggal 19 Januari",
            datetime(2025, 12, 23, 15, tzinfo=WIB),
            False,
            id="next-january",
        ),
        pytest.param(
            "Berapa lama KTP jadi? Saya perlu untuk buka rekening sekitar bulan Desember.",
            datetime(2026, 9, 1, 10, tzinfo=WIB),
            False,
            id="december-ahead",
        ),
        pytest.param(
            "KTP saya diajukan sejak bulan Maret, sampai sekarang belum jadi.",
            datetime(2026, 12, 1, 10, tzinfo=WIB),
            True,
            id="since-march",
        ),
        # The office's promised date extends the wait: 6 days so far + until late October.
        pytest.param(
            "Saya rekam KTP tanggal 2 September. Petugas bilang blanko kosong, paling cepat"
            " KTP jadi akhir Oktober.",
            datetime(2025, 9, 8, 9, tzinfo=WIB),
            True,
            id="promised-date",
        ),
        # A calendar date in the sentence is the measure, not "hampir sebulan" (27 days).
        pytest.param(
            "KTP saya diajukan sejak 6 Oktober, sudah hampir sebulan belum jadi.",
            datetime(2025, 11, 2, 13, tzinfo=WIB),
            False,
            id="date-over-span",
        ),
    ],
)
def test_dates_without_a_year_and_promised_dates(text: str, received: datetime, far: bool) -> None:
    """Pasal 69 waits from dates: which year a date means, and promised completion dates."""
    assert ("U-WAIT-FAR" in _rules(text, received)) is far


@pytest.mark.parametrize(
    ("text", "received", "far"),
    [
        # Idul Fitri 2026 is 21 March: 1 Ramadan is read as 30 days before (19 February),
        # "sebelum" a week earlier; on 20 April that is 67 days, past 28 for a KTP.
        pytest.param(
            "Saya urus KTP-el sejak sebelum puasa, sekarang sudah lewat Lebaran belum jadi.",
            datetime(2026, 4, 20, 10, tzinfo=WIB),
            True,
            id="since-before-ramadan",
        ),
        # 19 February to 10 March: 19 days, under 28.
        pytest.param(
            "Saya urus KTP sejak awal puasa, belum jadi.",
            datetime(2026, 3, 10, 10, tzinfo=WIB),
            False,
            id="since-ramadan-within",
        ),
        # "habis Natal kemarin": a week after 25 December 2025; on 20 April, 109 days.
        pytest.param(
            "Akta kelahiran anak saya diurus dari habis Natal kemarin, belum terbit.",
            datetime(2026, 4, 20, 10, tzinfo=WIB),
            True,
            id="after-christmas",
        ),
        # Idul Adha 2026 (27 May) is still ahead on 20 April: the latest is 6 June 2025.
        pytest.param(
            "Urus KK dari lebaran haji belum jadi.",
            datetime(2026, 4, 20, 10, tzinfo=WIB),
            True,
            id="eid-al-adha-last-year",
        ),
        pytest.param(
            "Saya rekam KTP pas Lebaran tahun lalu, sampai sekarang belum jadi.",
            datetime(2026, 1, 20, 10, tzinfo=WIB),
            True,
            id="eid-last-year",
        ),
        # A feast without "sejak"/"dari" or "kemarin"/"lalu" may be ahead: not read.
        pytest.param(
            "Mohon KTP saya jadi sebelum Lebaran, sudah saya ajukan.",
            datetime(2026, 2, 20, 10, tzinfo=WIB),
            False,
            id="before-eid-ahead",
        ),
        # A conversion since Ramadan is a life event, not the start of a wait.
        pytest.param(
            "Saya mualaf sejak Ramadan lalu, sertifikat sudah ada. Mohon kolom agama di KTP"
            " diubah.",
            datetime(2026, 11, 20, 10, tzinfo=WIB),
            False,
            id="conversion-event",
        ),
        pytest.param(
            "Pengajuan KK saya dari jalan raya sana sudah masuk, belum jadi.",
            datetime(2026, 11, 20, 10, tzinfo=WIB),
            False,
            id="jalan-raya",
        ),
    ],
)
def test_waits_dated_by_feasts(text: str, received: datetime, far: bool) -> None:
    """Pasal 69 waits dated by the religious calendar ("sejak sebelum puasa", "habis Natal")."""
    assert ("U-WAIT-FAR" in _rules(text, received)) is far


@pytest.mark.parametrize(
    ("text", "received", "far"),
    [
        # "hari kedua puasa": 20 February 2026; on 20 April, 59 days.
        pytest.param(
            "Rekam KTP dari hari kedua puasa, belum ada kabar.",
            datetime(2026, 4, 20, 10, tzinfo=WIB),
            True,
            id="second-day-of-ramadan",
        ),
        # The office's promise "paling cepat habis tahun baru" told on 4 November 2025: the
        # wait runs to a week after 1 January, about nine weeks for a KTP.
        pytest.param(
            "Saya rekam KTP-el kemarin, tanggal 3. Petugas bilang blanko kosong, paling cepat"
            " habis tahun baru.",
            datetime(2025, 11, 4, 10, tzinfo=WIB),
            True,
            id="promised-after-new-year",
        ),
        # A feast after a submission verb is when the file was handed in: Iduladha 2025
        # (6 June) to 21 August.
        pytest.param(
            "Surat pindah sudah saya serahkan ke Disdukcapil Kota Palu sebelum Iduladha. KK"
            " belum terbit.",
            datetime(2025, 8, 21, 15, tzinfo=WITA),
            True,
            id="submitted-before-eid",
        ),
        # The same verb with a feast under 60 days ahead may be a deadline: not read.
        pytest.param(
            "Sudah saya ajukan KTP, mohon jadi sebelum lebaran.",
            datetime(2026, 2, 20, 10, tzinfo=WIB),
            False,
            id="feast-ahead-after-verb",
        ),
    ],
)
def test_feasts_after_verbs_and_promises(text: str, received: datetime, far: bool) -> None:
    """Pasal 69 waits: feasts with ordinals, after a submission verb, or promised ahead."""
    assert ("U-WAIT-FAR" in _rules(text, received)) is far


def test_day_of_month_after_a_submission_verb_is_past() -> None:
    """Pasal 69 waits: "saya ajukan tanggal 3", told on the 11th, is eight days ago."""
    text = (
        "Surat keterangan kematian dari kelurahan saya ajukan tanggal 3, sampai hari ini"
        " tanggal 11 belum juga ditandatangani lurah."
    )
    assert "U-WAIT-FAR" in _rules(text, datetime(2025, 7, 11, 10, tzinfo=WIB))


def test_registration_closing_day_is_a_deadline() -> None:
    """U-DEADLINE-IMMINENT: "pendaftaran ... tutup hari Senin", told on Thursday night."""
    text = (
        "Pendaftaran SPMB di Kab. Sleman tutup hari Senin jam 15.00. Sistemnya menolak NIK"
        " anak saya."
    )
    assert "U-DEADLINE-IMMINENT" in _rules(text, datetime(2025, 6, 19, 21, 5, tzinfo=WIB))
    assert "U-DEADLINE-IMMINENT" not in _rules("Apakah kantor tutup hari Senin?")


@pytest.mark.parametrize(
    ("text", "received", "rule", "fires"),
    [
        # "tanggal 20 bulan depan" told on 8 July is 20 August: not within 10 working days.
        pytest.param(
            "Tes PPPK tanggal 20 bulan depan. KTP-el saya belum ada kabar, bisa jadi sebelum tes?",
            datetime(2025, 7, 8, 10, 30, tzinfo=WIB),
            "U-DEADLINE-SOON",
            False,
            id="next-month-day",
        ),
        # A plan in an application sentence is ahead, not last year's month.
        pytest.param(
            "Saya rencana berangkat magang ke Jepang sekitar bulan Oktober dan paspor belum"
            " dibuat. Nama di KTP salah, mohon dibetulkan.",
            datetime(2025, 6, 10, 9, 5, tzinfo=WITA),
            "U-WAIT-FAR",
            False,
            id="planned-month",
        ),
        # "operasi ... dua bulan lagi" is when the operation falls, not a wait still to come.
        pytest.param(
            "Ibu saya rencana operasi katarak sekitar dua bulan lagi pakai BPJS. KTP beliau KTP"
            " lama, masih berlaku?",
            datetime(2026, 10, 20, 9, 10, tzinfo=WIB),
            "U-LIFE-HEALTH",
            False,
            id="scheduled-operation",
        ),
        # Two years bedridden is an illness, not a wait.
        pytest.param(
            "Terima kasih tim jemput bola yang merekam KTP ayah saya yang sudah dua tahun"
            " terbaring karena stroke.",
            datetime(2026, 3, 5, 12, tzinfo=WIB),
            "U-WAIT-FAR",
            False,
            id="bedridden",
        ),
        # What a card says ("tertulis tahun 2017") is not when an application started.
        pytest.param(
            "Banyak pekerja memegang KTP-el yang masa berlakunya tertulis tahun 2017. Apakah"
            " harus diperpanjang?",
            datetime(2025, 4, 13, 19, tzinfo=WIB),
            "U-WAIT-FAR",
            False,
            id="printed-year",
        ),
    ],
)
def test_dates_that_are_plans_schedules_or_states(
    text: str, received: datetime, rule: str, fires: bool
) -> None:
    """Pasal 69 waits and deadlines: next month's days, plans, schedules, illnesses, prints."""
    assert (rule in _rules(text, received)) is fires


def test_weekday_with_a_time_of_day_and_after_a_submission() -> None:
    """Deadlines and waits: "Senin pagi" names a day; "serahkan ... Senin pagi" was last Monday."""
    thursday = datetime(2025, 10, 16, 16, 45, tzinfo=WIB)
    departure = "Saya calon PMI, berangkat ke Taiwan Senin pagi. KK belum diubah, tiket bisa batal."
    assert "U-DEADLINE-IMMINENT" in _rules(departure, thursday)
    handed_in = "Surat kematian bapak kok belum keluar? Kami serahkan berkas Senin pagi."
    assert not {"U-DEADLINE-IMMINENT", "U-DEADLINE-SOON"} & _rules(handed_in, thursday)
    need = "KK harus diserahkan hari Jumat depan untuk tunjangan, KK belum jadi"
    assert "U-DEADLINE-SOON" in _rules(need, TUESDAY)


def test_death_letter_wait_from_a_banjar_chronology() -> None:
    """Pasal 69 waits: a Banjar chronology of a death letter.

    The death date counts for the letter named in the next sentence; "Tanggal 3 ulun sudah
    manyarahakan" is when the file was handed in.
    """
    text = (
        "Abah ulun, H. Abdul Gani, maninggal tanggal 2 Juli. Tanggal 3 ulun sudah manyarahakan"
        " sagala syarat ka kelurahan gasan surat keterangan kematian. Sampai wayahini balum jua"
        " dibari."
    )
    assert "U-WAIT-FAR" in _rules(text, datetime(2025, 7, 14, 10, 30, tzinfo=WITA))


def test_today_as_the_present_state_is_no_deadline() -> None:
    """U-DEADLINE-IMMINENT: "hari ini status masih ..." says how things stand now."""
    text = (
        "Pendaftaran CPNS ditutup 30 September. Petugas menjanjikan selesai, tetapi hari ini status"
        " masih menunggu blanko. Mohon dibantu sebelum batas pendaftaran."
    )
    assert "U-DEADLINE-IMMINENT" not in _rules(text, datetime(2025, 9, 19, 15, 10, tzinfo=WIB))


def test_aid_claimable_only_until_this_afternoon() -> None:
    """U-DEADLINE-IMMINENT: aid that returns to the treasury at 3 p.m. today is lost today."""
    text = (
        "Bantuan PKH cuma bisa diambil sampai jam 3 sore ini, setelah itu dikembalikan ke kas"
        " negara. Petugas pos tolak karena nama di KTP beda."
    )
    assert "U-DEADLINE-IMMINENT" in _rules(text, datetime(2025, 8, 22, 11, 10, tzinfo=WIB))


def test_deadline_paling_lambat_a_weekday() -> None:
    """U-DEADLINE-IMMINENT: "paling telat Senen jam 9", told on Saturday night, is Monday."""
    text = (
        "Penyalur minta KK yang namanya sudah dibenerkan dikirim paling telat Senen jam 9 enjing,"
        " upami henteu abdi digentos ku peserta cadangan."
    )
    assert "U-DEADLINE-IMMINENT" in _rules(text, datetime(2025, 7, 26, 21, 30, tzinfo=WIB))


def test_waits_the_office_announces_months_ahead() -> None:
    """Pasal 69 waits announced by the office, at least twice the akta standard.

    "paling cepat jadi bulan Juli", "baru bisa keluar sekitar Oktober".
    """
    july = (
        "Berkas akta perkawinan masuk 9 Maret, belum jadi. Petugas bilang akta paling cepat jadi"
        " bulan Juli."
    )
    assert "U-WAIT-FAR" in _rules(july, datetime(2026, 4, 1, 11, 30, tzinfo=WIT))
    october = "Petugas bilang karena antrean, akta perkawinan baru bisa keluar sekitar Oktober."
    assert "U-WAIT-FAR" in _rules(october, datetime(2025, 7, 30, 9, 45, tzinfo=WIB))


def test_wedding_the_day_after_tomorrow_is_imminent() -> None:
    """U-DEADLINE-IMMINENT: "lusa ... sy nikah", told on Thursday evening (Saturday)."""
    text = "lusa hr Sabtu sy nikah, KUA blm mau nerbitin krn status di KTP sy msh kawin"
    assert "U-DEADLINE-IMMINENT" in _rules(text, datetime(2025, 10, 9, 19, 45, tzinfo=WIB))


def test_disaster_victims_sheltering_in_a_prayer_room() -> None:
    """U-DISASTER: a shelter in a mushola is no comment on the office's facilities."""
    text = (
        "rumah kebakar sabtu kmrn, KK KTP smua abis jd abu. posko kelurahan bagi sembako hrs"
        " nunjukin fotokopi KK, kami gk kebagian. skrg anak2 tidur di mushola"
    )
    assert "U-DISASTER" in _rules(text, datetime(2026, 9, 14, 7, 10, tzinfo=WITA))


def test_deadline_consequence_in_the_same_or_next_sentence() -> None:
    """U-DEADLINE-IMMINENT: a consequence two sentences away is not the date's."""
    far = (
        "Kuota antrean hari ini langsung habis. Kemarin juga begitu. Saya cuma mau ganti KK"
        " karena anak menikah."
    )
    near = "Kuota antrean hari ini habis. Padahal anak saya menikah hari ini juga."
    received = datetime(2025, 1, 14, 5, 40, tzinfo=WIB)
    assert "U-DEADLINE-IMMINENT" not in _rules(far, received)
    assert "U-DEADLINE-IMMINENT" in _rules(near, received)


def test_feast_days_come_from_the_national_calendar() -> None:
    """Every feast the triage reads has a day in the national calendar (2025 and 2026)."""
    calendar = WorkingCalendar.indonesia()
    feasts = {feast for options in FEAST_HEADS.values() for feast in options.values()}
    for year in (2025, 2026):
        days = {feast: feast_day(feast, year, calendar) for feast in sorted(feasts)}
        assert all(day is not None and day.year in (year - 1, year) for day in days.values())
    assert feast_day("idul_fitri", 2026, calendar) == date(2026, 3, 21)
    assert feast_day("ramadan", 2026, calendar) == date(2026, 2, 19)
    assert feast_day("natal", 1990, calendar) is None  # outside the calendar's years


def test_wait_runs_from_the_complete_application() -> None:
    """Pasal 69 times run from a complete application: earlier visits are its history."""
    text = (
        "Awal Maret 2026 saya ke kecamatan untuk ganti KTP tapi lupa bawa buku nikah. "
        "Akhirnya tanggal 18 Agustus 2026 pengajuan KTP saya diterima lengkap. "
        "KTP saya sekarang statusnya bagaimana?"
    )
    result = triage(Complaint(text, received_at=datetime(2026, 8, 26, 10, tzinfo=WIB)))
    assert "U-WAIT-FAR" not in {r.rule_id for r in result.reasons}
    assert result.urgency == Urgency.MEDIUM
    # Without the complete-application sentence the March visit starts the wait.
    earlier = text.replace("diterima lengkap", "diterima")
    assert triage(
        Complaint(earlier, received_at=datetime(2026, 8, 26, 10, tzinfo=WIB))
    ).urgency == (Urgency.HIGH)


@pytest.mark.parametrize(
    ("text", "received", "expected"),
    [
        pytest.param("sidang saya Jumat ini, KTP belum jadi", TUESDAY, "high", id="fri-3wd"),
        pytest.param("sidang saya Kamis ini, KTP belum jadi", TUESDAY, "critical", id="thu-2wd"),
        pytest.param(
            "sidang saya tanggal 12, KTP belum jadi", TUESDAY, "critical", id="day-of-month"
        ),
        pytest.param(
            "batas pendaftaran sekolah 11 Maret 2026, KK belum jadi",
            TUESDAY,
            "critical",
            id="explicit-date",
        ),
        pytest.param("batas pendaftaran sekolah lusa, KK belum jadi", None, "critical", id="lusa"),
        pytest.param(
            # Wed 24 Dec 2025 -> Mon 29 Dec: Christmas and cuti bersama are not working days.
            "batas akhir upload berkas hari Senin tanggal 29 Desember, KTP belum jadi",
            datetime(2025, 12, 24, 10, tzinfo=WIB),
            "critical",
            id="holidays-skipped",
        ),
        pytest.param(
            # Fri 6 Mar 2026 14:30 -> Mon 9 Mar: one working day; "jam 09.00" is a time.
            "sidang cerai saya hari Senin jam 09.00, nama di akta nikah salah, mohon dibetulkan",
            datetime(2026, 3, 6, 14, 30, tzinfo=WIB),
            "critical",
            id="weekday-with-time",
        ),
        pytest.param(
            # A weekday followed by "kemarin" is in the past: not a deadline.
            "ayah dimakamkan hari Sabtu kemarin, kami butuh akta kematian, syaratnya apa?",
            TUESDAY,
            "low",
            id="past-weekday",
        ),
        pytest.param(
            "saya dipanggil polisi untuk diperiksa lusa, perlu surat keterangan KTP hilang",
            TUESDAY,
            "critical",
            id="police-summons",
        ),
        pytest.param(
            # "sekarang sudah pertengahan November" is the present, not a deadline.
            "ajukan pisah KK tanggal 2 Oktober, sekarang sudah pertengahan November masih"
            " verifikasi",
            datetime(2025, 11, 14, 15, tzinfo=WIB),
            "high",
            id="now-mid-month",
        ),
        pytest.param(
            # A burial already done is not a consequence; Monday is when it was asked for.
            "surat kematian kakek yang kami minta hari Senin belum ditandatangani, jenazah"
            " sudah dimakamkan",
            datetime(2026, 3, 7, 9, tzinfo=WIB),
            "medium",
            id="burial-done",
        ),
        pytest.param(
            # Lebaran 2025: Thu 27 Mar -> Tue 8 Apr is one working day; a divorce hearing's
            # date is a deadline even though "cerai" names the event.
            "sidang cerai sy tgl 8 april, pengadilan minta kk terbaru tp kk sy blm diupdate",
            datetime(2025, 3, 27, 9, 40, tzinfo=WIB),
            "critical",
            id="event-word-future-date",
        ),
        pytest.param(
            # Dialysis next week: scheduled, not now (U-LIFE-HEALTH-LATER).
            "bpjs ibu sy gk bs dipake kontrol cuci darah minggu depan krn nik nonaktif",
            TUESDAY,
            "high",
            id="treatment-next-week",
        ),
        pytest.param(
            # "Hari ini Jumat ..." tells what day it is; the funeral is over.
            "Senin saya ajukan surat kematian bapak. Pemakaman sudah selesai. Hari ini Jumat"
            " belum juga ditandatangani",
            datetime(2026, 2, 6, 10, tzinfo=WIB),
            "medium",
            id="today-is-friday",
        ),
        pytest.param(
            "KIP Kuliah tutup hari ini jam 23.59, NIK saya tidak padan dengan data Dukcapil",
            datetime(2026, 3, 5, 14, tzinfo=WIB),
            "critical",
            id="closes-today",
        ),
        pytest.param(
            # T1: received Friday 10:00, day 0 is Friday: Wed 13 May is 3 working days.
            "tes masuk PTN hari Rabu 13 Mei, KTP belum jadi",
            datetime(2026, 5, 8, 10, tzinfo=WIB),
            "high",
            id="t1-friday-open",
        ),
        pytest.param(
            # T1: received Friday 17:30 after closing, day 0 is Monday: Wednesday is 2.
            "tes masuk PTN hari Rabu 13 Mei, KTP belum jadi",
            datetime(2026, 5, 8, 17, 30, tzinfo=WIB),
            "critical",
            id="t1-friday-after-closing",
        ),
        pytest.param(
            # T1 on the sender's clock: 16:30 WITA on a Thursday is after closing there.
            "tes masuk PTN hari Selasa 12 Mei, KTP belum jadi",
            datetime(2026, 5, 7, 16, 30, tzinfo=timezone(timedelta(hours=8))),
            "critical",
            id="t1-wita-after-closing",
        ),
        pytest.param(
            # "kontrol ... dalam beberapa minggu" is ahead, not a wait (U-LIFE-HEALTH-LATER).
            "bayi saya kelainan jantung, perlu kontrol ke poli anak dalam beberapa minggu,"
            " BPJS minta akta, akta belum jadi",
            TUESDAY,
            "high",
            id="treatment-in-some-weeks",
        ),
        pytest.param(
            # "22 Mei, 10 hari lagi": the number after the comma is not a year.
            "anak saya tes masuk PTN tanggal 22 Mei, 10 hari lagi. KTP belum dicetak",
            datetime(2025, 5, 12, 19, 30, tzinfo=WIB),
            "high",
            id="comma-after-month",
        ),
        pytest.param(
            # The same weekday distance without holidays (Wed 10 Dec -> Mon 15 Dec) is 3.
            "batas akhir upload berkas hari Senin tanggal 15 Desember, KTP belum jadi",
            datetime(2025, 12, 10, 10, tzinfo=WIB),
            "high",
            id="no-holiday-3wd",
        ),
    ],
)
def test_deadlines_in_working_days(text: str, received: datetime | None, expected: str) -> None:
    """Critical within 2 working days of received_at; high within about 10."""
    assert triage(Complaint(text, received_at=received)).urgency == Urgency(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("sy ajukan akta lhr anak tgl 3 feb, blm jd jg", "high", id="akta-lahir-doc"),
        pytest.param("anak saya lahir tgl 3 feb, KIA belum jadi", "medium", id="birth-date"),
        pytest.param("sudah cerai sejak 2023, status di KK belum diubah", "medium", id="divorce"),
        pytest.param("saya menikah 3 bulan lalu, status KK masih belum kawin", "medium", id="wed"),
        pytest.param(
            "usia 5 th 11 bln, KIA anak saya diajukan minggu lalu, belum jadi",
            "medium",
            id="age-compound",
        ),
        pytest.param(
            # The 20th of last month (21 days), not a span of 20 months.
            "KTP saya rekam ulang tanggal 20 bulan lalu, belum dicetak",
            "medium",
            id="day-of-last-month",
        ),
        pytest.param(
            "anak saya umur 4 tahun 2 bulan, KIA sudah 2 bulan belum jadi",
            "high",
            id="age-then-wait",
        ),
    ],
)
def test_event_dates_are_not_waits(text: str, expected: str) -> None:
    """Pasal 69 waits: the date of a birth, marriage or divorce is not the application date."""
    received = datetime(2026, 4, 10, 14, tzinfo=WIB)
    assert triage(Complaint(text, received_at=received)).urgency == Urgency(expected)


@pytest.mark.parametrize(
    ("text", "received", "urgency", "complexity"),
    [
        pytest.param(
            # The application date (Monday the 8th), not the death (the 5th): 4 days.
            "Nenek meninggal Jumat 5 Desember. Senin tanggal 8 kami ajukan surat keterangan"
            " kematian di kelurahan, sampai hari ini belum jadi",
            datetime(2025, 12, 12, 9, tzinfo=WIB),
            "medium",
            "normative",
            id="weekday-picks-month",
        ),
        pytest.param(
            "perubahan KK saya ajukan sejak tanggal 2 bulan ini, belum selesai juga",
            datetime(2025, 9, 22, 11, tzinfo=WIB),
            "medium",
            "normative",
            id="this-month",
        ),
        pytest.param(
            "sy rekam ktp tgl 25 kmrn di kecamatan, blm jadi",
            datetime(2025, 4, 29, 9, tzinfo=WIB),
            "medium",
            "simple",
            id="day-yesterday-not-deadline",
        ),
        pytest.param(
            "kolom agama di KK salah input waktu KK dicetak ulang bulan lalu, mohon diperbaiki",
            datetime(2026, 8, 3, 9, tzinfo=WIB),
            "medium",
            "normative",
            id="date-made",
        ),
        pytest.param(
            # With no other date, a death date starts the wait for the death documents.
            "ibu meninggal 2 Oktober, akta kematian belum terbit sampai sekarang",
            datetime(2025, 12, 12, 9, tzinfo=WIB),
            "high",
            "normative",
            id="death-date-fallback",
        ),
    ],
)
def test_days_of_the_month_and_event_dates(
    text: str, received: datetime, urgency: str, complexity: str
) -> None:
    """Pasal 69 waits: which month a bare day falls in, and which date starts a wait."""
    result = triage(Complaint(text, received_at=received))
    assert (result.urgency.value, result.complexity.value) == (urgency, complexity)


def test_working_days_follow_the_national_calendar() -> None:
    """Deadlines: working days skip national holidays inside the calendar's coverage only."""
    assert working_days_after(date(2025, 12, 24), date(2025, 12, 29)) == 1
    assert weekday_days_after(date(2025, 12, 24), date(2025, 12, 29)) == 3
    # Outside the coverage (before 2020) only weekends are skipped.
    assert working_days_after(date(2010, 12, 24), date(2010, 12, 27)) == 1


# --- structured fields raise, never lower ----------------------------------------------
def test_prior_reports_raise_to_high() -> None:
    """U-REPEAT: a second complaint about the same case (prior_reports) is high."""
    text = "KTP saya belum jadi"
    assert triage(text).urgency == Urgency.MEDIUM
    assert triage(Complaint(text, prior_reports=1)).urgency == Urgency.HIGH


def test_reporter_vulnerability_raises_to_high() -> None:
    """U-VULNERABLE: a vulnerable reporter whose service is blocked is high."""
    text = "KTP saya hilang dan belum jadi"
    assert triage(text).urgency == Urgency.MEDIUM
    result = triage(Complaint(text, reporter=Reporter(groups=frozenset({"lansia"}))))
    assert result.urgency == Urgency.HIGH
    assert "U-VULNERABLE" in {r.rule_id for r in result.reasons}


def test_reporter_not_subject_with_identifier_is_third_party() -> None:
    """Third-party data: identifying data about someone else (reporter.is_subject=False)."""
    text = "KTP atas nama Sulastri belum jadi"
    assert not triage(text).third_party_data
    result = triage(Complaint(text, reporter=Reporter(is_subject=False)))
    assert result.third_party_data


# --- primary reason ----------------------------------------------------------------------
def test_primary_reason_priority_order() -> None:
    """Primary reason: highest urgency floor, then complexity floor, priority, rule id."""
    result = triage("Petugas minta Rp300.000, padahal KTP saya sudah 3 bulan belum jadi")
    primary = result.primary_reason
    assert primary is not None
    assert primary.rule_id == "U-PAYMENT-BY-STAFF"  # high + oversight beats high + normative
    assert triage("Syarat KIA apa saja?").primary_reason is None


def test_next_weekday_said_on_that_weekday_is_a_week_ahead() -> None:
    """T-deadline: "Senin depan" told on a Monday is in 5 working days (U-DEADLINE-SOON).

    "mulai Senin depan" is ahead too ("mulai" reads as "since" only for a past day).
    """
    text = (
        "Surat pindah sudah terbit, tapi di Disdukcapil datanya belum bisa ditarik. Dua anak"
        " saya harus terdaftar di KK baru sebelum tahun ajaran mulai Senin depan. Kalau tidak"
        " ada KK baru, sekolah tidak bisa memasukkan mereka ke Dapodik."
    )
    monday = datetime(2025, 7, 7, 8, 25, tzinfo=WIB)
    result = triage(Complaint(text, received_at=monday))
    deadline = [e for r in result.reasons for e in r.evidence if e.signal == "deadline_soon"]
    assert deadline
    assert deadline[0].note == "5 hari kerja"


def test_ktp_el_counts_as_one_word_in_phrase_gaps() -> None:
    """NORM-KTP-EL: "Mohon KTP-el ibu saya dicetak ulang" is an explicit request."""
    assert "U-EXPLICIT-REQUEST" in _rules("Mohon KTP-el ibu saya dicetak ulang.")


def test_death_letter_wait_is_not_the_akta_it_is_needed_for() -> None:
    """U-WAIT-FAR: 8 days for the kelurahan death letter, which is "syarat akta kematian"."""
    text = (
        "Mertua meninggal Senin tanggal 7 Juli. Besoknya kami minta surat keterangan kematian"
        " ke kantor desa. Sampai hari ini sudah 8 hari belum dibuatkan, padahal surat itu"
        " syarat akta kematian."
    )
    assert "U-WAIT-FAR" in _rules(text, datetime(2025, 7, 16, 13, 33, tzinfo=WIB))


def test_announced_wait_added_to_a_complete_file() -> None:
    """U-WAIT-FAR: "baru bisa jadi sekitar tiga bulan lagi" after a file complete a week ago."""
    text = (
        "Petugas bilang akta kelahiran anak saya baru bisa jadi sekitar tiga bulan lagi karena"
        " printer rusak. Berkas saya sudah lengkap sejak minggu lalu."
    )
    assert "U-WAIT-FAR" in _rules(text, datetime(2025, 10, 29, 11, 30, tzinfo=WITA))


def test_death_letter_asked_the_same_day() -> None:
    """U-WAIT-FAR: "hari itu juga saya minta surat" is the reporter acting, not a settlement."""
    text = (
        "bapak mertua sy meninggal tgl 14 kemarin, hari itu juga sy minta surat keterangan"
        " kematian di kantor lurah, sampai hari ini belum dibuatkan"
    )
    assert "U-WAIT-FAR" in _rules(text, datetime(2025, 10, 23, 11, 30, tzinfo=WIB))


def test_wait_since_independence_day() -> None:
    """U-WAIT-FAR: "direkam pas agustusan" counts from 17 August."""
    text = "ktp anak sy direkam pas agustusan di balai desa, sampai skrg blm jadi"
    assert "U-WAIT-FAR" in _rules(text, datetime(2025, 10, 22, 19, 20, tzinfo=WIB))


def test_weekday_with_a_clock_time_and_contract_length() -> None:
    """U-DEADLINE-IMMINENT: "Kamis jam 6 pagi" is a day; "kontrak 9 bulan" is no wait."""
    text = (
        "Kapal saya berangkat Kamis jam 6 pagi untuk kontrak 9 bulan. KTP saya hilang, agen"
        " bilang tanpa KTP saya tidak bisa naik dan kontrak dibatalkan."
    )
    rules = _rules(text, datetime(2025, 10, 7, 16, 48, tzinfo=WITA))
    assert "U-DEADLINE-IMMINENT" in rules
    assert "U-WAIT-FAR" not in rules


def test_this_week_deadline_with_an_application_within_its_time() -> None:
    """U-DEADLINE-WORDS: "Sabtu minggu ini" and a KK change filed last Tuesday (pending)."""
    text = (
        "Saya akad nikah Sabtu minggu ini. KUA minta KK terbaru dengan status cerai mati."
        " Perubahan KK sudah saya ajukan Selasa lalu."
    )
    assert "U-DEADLINE-WORDS" in _rules(text, datetime(2025, 10, 20, 8, 30, tzinfo=WITA))


def test_registration_closing_with_words_between() -> None:
    """U-DEADLINE-IMMINENT: "pendaftaran beasiswa ditutup hari Jumat tanggal 24", told Wednesday."""
    text = (
        "Akta anak saya masih diperbaiki, petugas bilang dua minggu. Pendaftaran beasiswa"
        " perawat ditutup hari Jumat tanggal 24 jam 4 sore, kalau lewat harus tunggu tahun depan."
    )
    assert "U-DEADLINE-IMMINENT" in _rules(text, datetime(2025, 10, 22, 7, 10, tzinfo=WIT))


def test_asking_the_office_to_open_on_a_saturday_is_no_deadline() -> None:
    """U-DEADLINE-IMMINENT: "tolong buka loket hari Sabtu" names opening days (told Saturday)."""
    text = (
        "Usul min: selama musim SPMB tolong Dukcapil buka loket hari Sabtu. Orang tua murid"
        " susah izin hari biasa."
    )
    assert "U-DEADLINE-IMMINENT" not in _rules(text, datetime(2025, 6, 7, 11, 20, tzinfo=WIB))


def test_end_of_this_month_is_a_deadline_day() -> None:
    """U-DEADLINE-SOON: "paling lambat akhir bulan ini" on 18 July is 31 July, 9 working days."""
    text = (
        "Adik saya yang tuli sudah dua kali gagal rekam KTP karena tidak dengar dipanggil. Dia"
        " harus setor KTP-el ke pabrik paling lambat akhir bulan ini."
    )
    result = triage(Complaint(text, received_at=datetime(2025, 7, 18, 9, 20, tzinfo=WIB)))
    notes = [e.note for r in result.reasons for e in r.evidence if e.signal == "deadline_soon"]
    assert set(notes) == {"9 hari kerja"}


def test_segera_before_a_resolved_word_is_a_request() -> None:
    """U-NIK-EXTERNAL: "agar NIK anak saya segera aktif lagi" asks; it settles nothing."""
    text = (
        "Kemarin KIS PBI anak saya nonaktif, kata BPJS NIK anak tidak ditemukan setelah KK"
        " dipecah bulan lalu. Mohon bantuan agar NIK anak saya segera aktif lagi di BPJS."
    )
    assert "U-NIK-EXTERNAL" in _rules(text)


def test_wait_while_blank_cards_have_not_arrived() -> None:
    """U-WAIT-FAR: 105 days since recording while "blankonya belum turun" (a pending KTP)."""
    text = (
        "Rekam KTP-el tanggal 20 Maret. Sudah empat kali saya tanya, jawabannya blankonya belum"
        " turun. Tolong kepastiannya."
    )
    assert "U-WAIT-FAR" in _rules(text, datetime(2025, 7, 3, 15, 55, tzinfo=WIB))


def test_exam_named_with_its_suffix_is_a_consequence() -> None:
    """U-DEADLINE-IMMINENT: "Tesnya hari Kamis ini", told on Tuesday night, KTP not ready."""
    text = (
        "KTP saya hilang, petugas bilang cetak ulang bisa minggu depan. Tesnya hari Kamis ini"
        " jam 07.00 dan wajib bawa KTP-el asli."
    )
    assert "U-DEADLINE-IMMINENT" in _rules(text, datetime(2025, 10, 14, 21, 40, tzinfo=WIB))


# --- rule set 2026.12.34: dates, events and words from holdouts BT, BU, BV ------------------
DATES_AND_EVENTS = [
    # The groups of a phone number are no range of days ("0812-0000-1234 hari Senin").
    pytest.param(
        "Sudah saya kirim berkas perbaikan akta ke WA layanan 0812-0000-1234 hari Senin, belum"
        " dibalas. Nomor itu masih aktif?",
        datetime(2025, 8, 1, 15, tzinfo=WITA),
        "U-WAIT-FAR",
        False,
        id="phone-number-groups",
    ),
    # "masih bulan Maret" told in October: the wedding is next March, not last.
    pytest.param(
        "Akta kelahiran saya masih tulisan tangan model lama. Pernikahan saya masih bulan Maret,"
        " jadi waktunya cukup. Mohon dibantu penggantian aktanya.",
        datetime(2025, 10, 27, 13, tzinfo=WITA),
        "U-WAIT-FAR",
        False,
        id="masih-bulan-maret",
    ),
    # A birth's date stays an event with a place between ("lahir di Kuala Lumpur bulan ...").
    pytest.param(
        "Anak saya lahir di Kuala Lumpur bulan Februari, sudah ada surat dari KBRI. Saya mau"
        " lapor kelahiran supaya masuk KK.",
        datetime(2025, 7, 28, 14, tzinfo=WIB),
        "U-WAIT-FAR",
        False,
        id="born-at-a-place",
    ),
    # The death certificate exists: the death's date starts no wait for the KK update.
    pytest.param(
        "Bapak saya meninggal bulan Maret, akta kematiannya sudah terbit bulan April. Tapi KK"
        " kami masih mencantumkan nama bapak sebagai kepala keluarga. Mohon info caranya.",
        datetime(2025, 8, 4, 10, tzinfo=WIB),
        "U-WAIT-FAR",
        False,
        id="death-certificate-made",
    ),
    # ... and a record that still shows the dead is the reporter's concrete problem.
    pytest.param(
        "Bapak saya meninggal bulan Maret, akta kematiannya sudah terbit bulan April. Tapi KK"
        " kami masih mencantumkan nama bapak sebagai kepala keluarga. Mohon info caranya.",
        datetime(2025, 8, 4, 10, tzinfo=WIB),
        "U-OWN-CASE",
        True,
        id="record-still-lists-the-dead",
    ),
    # "hampir sebulan" yields to the calendar date (22 days for a KTP: not twice 14).
    pytest.param(
        "Saya rekam ulang KTP tanggal 2 Juni, sampai sekarang belum jadi. Sudah hampir sebulan"
        " bolak balik ke kantor.",
        datetime(2025, 6, 24, 10, tzinfo=WIB),
        "U-WAIT-FAR",
        False,
        id="almost-a-month-and-a-date",
    ),
    # "Rabu depan tanggal 15" told on Monday 6 October: the 15th, 7 working days ahead.
    pytest.param(
        "Berkas nikah harus masuk paling lambat Rabu depan tanggal 15, wajib lampirkan KTP. KTP"
        " saya belum jadi.",
        datetime(2025, 10, 6, 10, tzinfo=WITA),
        "U-DEADLINE-IMMINENT",
        False,
        id="weekday-depan-and-its-date",
    ),
    pytest.param(
        "Berkas nikah harus masuk paling lambat Rabu depan tanggal 15, wajib lampirkan KTP. KTP"
        " saya belum jadi.",
        datetime(2025, 10, 6, 10, tzinfo=WITA),
        "U-DEADLINE-SOON",
        True,
        id="weekday-depan-and-its-date-soon",
    ),
    # "sudah ajukan ... hari Senin" told on a Friday: last Monday, no deadline.
    pytest.param(
        "Saya sudah ajukan perbaikan nama di KTP ke kantor Dukcapil kota hari Senin. Kapal"
        " berangkat tanggal 30 Oktober.",
        datetime(2025, 10, 17, 10, tzinfo=WITA),
        "U-DEADLINE-IMMINENT",
        False,
        id="already-submitted-on-monday",
    ),
    # Years spent studying somewhere are no wait (nor a blocked study).
    pytest.param(
        "Saya kuliah di Makassar 3 tahun, wajib pindah domisili KTP tidak ya?",
        datetime(2025, 7, 22, 22, tzinfo=WIB),
        "U-ACCESS-LOST",
        False,
        id="years-of-study-at-a-place",
    ),
    # "minta" a letter on a date starts its wait (10 days for a death letter: twice 3).
    pytest.param(
        "Tanggal 2 kami minta surat keterangan kematian ke kelurahan, sampai hari ini belum"
        " ditandatangani.",
        datetime(2025, 10, 12, 10, tzinfo=WIB),
        "U-WAIT-FAR",
        True,
        id="asked-for-a-letter-on-a-date",
    ),
    # "menanyakan nasib berkas" asks after a pending file.
    pytest.param(
        "Mau menanyakan nasib berkas akta kelahiran anak saya. Berkas diserahkan tanggal 3"
        " Februari.",
        datetime(2025, 5, 5, 10, tzinfo=WIB),
        "U-WAIT-FAR",
        True,
        id="fate-of-a-file",
    ),
    # A recruitment's correction window is a deadline with a consequence.
    pytest.param(
        "Saya ikut rekrutmen perawat, panitia memberi waktu perbaikan sampai 8 Agustus. Nama di"
        " KTP beda dengan ijazah.",
        datetime(2025, 7, 30, 22, tzinfo=WIB),
        "U-DEADLINE-FOR-DOCUMENT",
        True,
        id="recruitment-correction-window",
    ),
]


@pytest.mark.parametrize(("text", "received", "rule", "fires"), DATES_AND_EVENTS)
def test_dates_events_and_estimates(text: str, received: datetime, rule: str, fires: bool) -> None:
    """Pasal 69 waits and deadlines: phone numbers, events at places, estimates, weekdays."""
    assert (rule in _rules(text, received)) is fires


WORDS_2026_12_34 = [
    ("U-ACCESS-LOST", "Anak kami tidak bisa didaftarkan PIP karena aktanya ditolak terus.", True),
    (
        "U-DATA-LEAK",
        "Mantan pacar saya tahu alamat baru saya, katanya dapat dari kenalan di Dukcapil.",
        True,
    ),
    (
        "C-LEAK-BY-STAFF",
        "Mantan pacar saya tahu alamat baru saya, katanya dapat dari kenalan di Dukcapil.",
        True,
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Pegawai dinas menelepon saya malam-malam, katanya hapus postinganmu kalau mau KTP cepat"
        " jadi.",
        True,
    ),
    (
        "U-MISCONDUCT",
        "Spanduk di kantor kecamatan tulisannya PELAYANAN GRATIS TAMPA PUNGUTAN. Tampa??? Tolong"
        " segera diganti, malu!",
        False,
    ),
    # Corrections and reprints are one unit's standard procedure (normative).
    (
        "C-CORRECTION",
        "Nama saya di KTP baru terpotong, huruf terakhirnya hilang. Bagaimana supaya tercetak"
        " lengkap?",
        True,
    ),
    (
        "C-CORRECTION",
        "Tanggal lahir di KTP saya 12-08-1995, di ijazah 21-08-1995. Mohon info cara"
        " memperbaikinya.",
        True,
    ),
    (
        "C-ACTION",
        "HP saya ganti, aplikasi IKD minta aktivasi ulang. Mohon dibantu aktivasi ulang IKD saya.",
        True,
    ),
    # A wrong value on the reporter's document and the right one: a concrete problem
    # (medium), even with nothing blocked ...
    (
        "U-OWN-CASE",
        "Tahun lahir ibu saya di KTP tertulis 1974 padahal 1947. Tidak ada masalah, cuma ingin"
        " datanya benar.",
        True,
    ),
    # ... unless the reporter asks whether it is wrong at all (women's NIK add 40 to the day).
    (
        "U-OWN-CASE",
        "NIK istri saya digit ke-7 tertulis 45, padahal ia lahir tanggal 5. Apakah ini salah"
        " cetak atau memang aturannya?",
        False,
    ),
]


NAMES_2026_12_36 = [
    # "Mama" / "Oma" before a name, as in eastern Indonesia.
    ("Bayi dari Mama Yuliana Kogoya lahir kemarin, mohon dibantu masuk KK.", True),
    ("Oma kami, almarhumah Maria Lumentut, meninggal tanggal 6.", True),
    # A relation with gender words between it and "saya".
    ("Adik laki-laki saya, Yonathan Mamahit, tidak pernah punya KTP.", True),
    # "Sdr." names a member of the public; "mewakili" says it is someone else.
    ("Kami mewakili Sdr. Rahmat Hidayat untuk perbaikan tanggal lahir di KTP.", True),
    # Balinese names after "I" / "Ni".
    ("Surat pindah warga kami, Bapak I Gede Suarjana, belum selesai.", True),
    # An official's role before the title: no third party's data.
    ("Petugas loket Sdr. Budiman menolak berkas saya tanpa alasan.", False),
]


@pytest.mark.parametrize(
    ("text", "fires"),
    [pytest.param(t, f, id=f"name-{i}") for i, (t, f) in enumerate(NAMES_2026_12_36)],
)
def test_names_written_by_relatives_and_intermediaries(text: str, fires: bool) -> None:
    """T-IDENTIFIED-OTHER: names after Mama/Oma, Sdr., "I"/"Ni", "adik laki-laki saya"."""
    assert ("T-IDENTIFIED-OTHER" in _rules(text)) is fires


# --- rule set 2026.12.38: holdouts BW, BX, BY --------------------------------------------
_MON_28_APR_2025 = datetime(2025, 4, 28, 10, tzinfo=WIB)
HOLDOUTS_BW_BX_BY = [
    # "terakhir Desember" dates the last application (a month after "terakhir").
    pytest.param(
        "Saya urus KK, sudah ajukan perbaikan tiga kali, terakhir Desember. Sampai sekarang belum"
        " ada KK baru.",
        _MON_28_APR_2025,
        "U-WAIT-FAR",
        True,
        id="last-time-in-december",
    ),
    # "Sekarang sudah tanggal 22" says what day it is: no deadline today.
    pytest.param(
        "Tanggal 10 April saya cetak ulang KTP yang hilang, katanya paling lambat 14 hari."
        " Sekarang sudah tanggal 22, sudah jadi belum ya?",
        datetime(2025, 4, 22, 10, tzinfo=WIB),
        "U-DEADLINE-IMMINENT",
        False,
        id="today-is-the-22nd",
    ),
    # A transfusion scheduled 9 working days ahead is a deadline later than 2 days.
    pytest.param(
        "Anak saya harus transfusi darah tiap bulan, BPJS-nya tidak aktif karena NIK tidak"
        " sinkron. Jadwal transfusi berikutnya tanggal 2 Oktober.",
        datetime(2025, 9, 19, 15, tzinfo=WITA),
        "U-LIFE-HEALTH",
        False,
        id="transfusion-in-two-weeks",
    ),
    # Seven months pregnant: the birth is weeks ahead.
    pytest.param(
        "sy hamil 7 bln, blm pny KTP krn KK blm dipisah dr ortu. mau lahiran pake bpjs",
        datetime(2025, 7, 28, 13, tzinfo=WITA),
        "U-LIFE-HEALTH",
        False,
        id="seven-months-pregnant",
    ),
    pytest.param(
        "sy hamil 7 bln, blm pny KTP krn KK blm dipisah dr ortu. mau lahiran pake bpjs",
        datetime(2025, 7, 28, 13, tzinfo=WITA),
        "U-LIFE-HEALTH-LATER",
        True,
        id="seven-months-pregnant-high",
    ),
    # The card was issued: the wait ended; a correction remains.
    pytest.param(
        "Sudah pindah resmi ke Denpasar bulan Februari. KTP baru sudah jadi, tapi nama banjarnya"
        " salah. Mohon dikoreksi.",
        datetime(2025, 4, 9, 16, tzinfo=WITA),
        "U-WAIT-FAR",
        False,
        id="card-issued",
    ),
    # The letter asked for is what is awaited, not the KTP brought along (8 days: twice 3).
    pytest.param(
        "Nenek meninggal hari Jumat. Sabtu 27 September kami sudah ke kelurahan bawa surat"
        " pengantar RT dan KTP almarhumah untuk minta surat keterangan kematian. Sampai"
        " sekarang belum jadi.",
        datetime(2025, 10, 5, 10, tzinfo=WIB),
        "U-WAIT-FAR",
        True,
        id="letter-asked-for-not-card-brought",
    ),
    # "Tanggal 4 kami sudah bawa semua syarat": the day the application was made.
    pytest.param(
        "Tanggal 4 kami sudah bawa semua syarat ke kantor kelurahan untuk minta surat"
        " keterangan kematian. Sampai sore ini belum dibuat.",
        datetime(2025, 12, 11, 16, tzinfo=WITA),
        "U-WAIT-FAR",
        True,
        id="brought-the-requirements-on-the-4th",
    ),
    # A week for a death letter, told in short forms ("surat ket", "udh seminggu").
    pytest.param(
        "lurah blm kasih surat ket kematian utk alm kakek sy, udh seminggu. alasannya sibuk",
        datetime(2025, 3, 5, 11, tzinfo=WITA),
        "U-WAIT-FAR",
        True,
        id="death-letter-short-forms",
    ),
]


@pytest.mark.parametrize(("text", "received", "rule", "fires"), HOLDOUTS_BW_BX_BY)
def test_dates_pregnancies_and_issued_cards(
    text: str, received: datetime, rule: str, fires: bool
) -> None:
    """Pasal 69 waits and deadlines: "terakhir Desember", today's date, schedules, issued cards."""
    assert (rule in _rules(text, received)) is fires


WORDS_2026_12_38 = [
    (
        "U-MISCONDUCT",
        "Di depan kantor ada orang yang nawarin KK jadi 1 hari, 400 ribu. Pasti ada yang main"
        " dari dalam.",
        True,
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Kepala dusun tidak mau tanda tangan surat pengantar pindah kalau saya tidak bayar uang"
        " kas dusun.",
        True,
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Setiap pengajuan akta diminta 'sumbangan sukarela' Rp25.000, petugas tidak mau menerima"
        " berkas kalau belum memasukkan uang.",
        True,
    ),
    # The reporter's own video for a group chat leaks nobody's data.
    (
        "U-DATA-LEAK",
        "Saya merekam video antrean di Disdukcapil untuk dikirim ke grup warga. Petugas merampas"
        " HP saya.",
        False,
    ),
    ("U-REPORT", "dukcapil kab sleman buka sabtu ga ya", False),
    (
        "U-FILE-LOST",
        "KK ASLI SY DITINGGAL DI LOKET BUAT DIFOTOKOPI, SKRG PETUGASNYA BILANG ILANG",
        True,
    ),
    (
        "U-OWN-CASE",
        "tgl lahir di ktp sy 1 januari, pdhl di akta 12 maret. benerinnya bw apa aja?",
        True,
    ),
    (
        "U-MISCONDUCT",
        "Mau kasih apresiasi buat petugas Dukcapil yang buka gerai di terminal. Pelayanannya"
        " ramah.",
        False,
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Dulu di kecamatan ada petugas yang suka minta uang rekam KTP, sudah dilaporkan dan"
        " dipindah. Kemarin urus KIA gratis. Terima kasih sudah berbenah.",
        False,
    ),
]


# --- rule set 2026.12.40: holdouts BZ, CA, CB -------------------------------------------
_WIT = timezone(timedelta(hours=9))
STATES_AND_AGES = [
    # "padahal saya sudah S1 sejak 2021": the true state, not a wait.
    pytest.param(
        "Di KK kami pendidikan saya masih tertulis SLTA, padahal saya sudah S1 sejak 2021. Mohon"
        " diperbarui.",
        datetime(2025, 12, 23, 10, tzinfo=WIB),
        id="state-since-a-year",
    ),
    # "Bulan lalu masih ada": how things were.
    pytest.param(
        "Kok menu pengajuan KIA di aplikasi sekarang hilang? Bulan lalu masih ada. Saya mau buat"
        " KIA anak, harus ke mana?",
        datetime(2025, 12, 4, 18, tzinfo=WIB),
        id="last-month-it-was-there",
    ),
    # "sampai pertengahan Januari" said in December: the coming January.
    pytest.param(
        "Antrean online untuk ganti KTP rusak selalu penuh sampai pertengahan Januari. Mohon"
        " kuotanya ditambah.",
        datetime(2025, 12, 8, 21, tzinfo=WIB),
        id="until-next-january",
    ),
    # "anak sudah 3 bulan": the child's age.
    pytest.param(
        "Permohonan akta kelahiran anak saya ditolak kemarin karena dokumen tidak terbaca. Sudah"
        " upload ulang. Mohon segera diproses, anak sudah 3 bulan.",
        datetime(2025, 12, 30, 10, tzinfo=_WIT),
        id="child-three-months-old",
    ),
]


@pytest.mark.parametrize(("text", "received"), STATES_AND_AGES)
def test_states_plans_and_ages_are_no_waits(text: str, received: datetime) -> None:
    """U-WAIT-FAR: a state since a year, a past state, a month ahead, a child's age."""
    assert "U-WAIT-FAR" not in _rules(text, received)


WORDS_2026_12_40 = [
    (
        "U-PAYMENT-BY-STAFF",
        "Operator desa bilang biayanya 150 ribu buat uang capek. Kuitansi tidak dikasih.",
        True,
    ),
    # "Katanya kalau ..." goes on with the official of the sentence before: an offer.
    (
        "U-PAYMENT-BY-STAFF",
        "Waktu saya ajukan KTP, petugas perekaman bilang antrean cetak sampai Februari. Katanya"
        " kalau mau minggu ini bisa, titip saja sekadarnya buat anak-anak.",
        True,
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Di kantor lurah saya diminta beli map 50 ribu. Kata staf kalau tidak ikut sumbang,"
        " suratnya nanti saja.",
        True,
    ),
    (
        "U-FILE-LOST",
        "Bulan Agustus kita serahkan buku nikah asli ke loket. Tadi petugas bilang berkas tara"
        " ditemukan, suruh urus ulang dari awal.",
        True,
    ),
    (
        "U-MISCONDUCT",
        "Petugas bilang kami yang dari gunung harus bawa surat dari kepala suku dulu. Orang lain"
        " di antrean tidak diminta apa-apa.",
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Kepala kampung tra mau tanda tangan surat pengantar pindah kalau sa tra setor uang adat"
        " Rp500 ribu.",
        True,
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Ada petugas Dukcapil kirim WA ke sa, bilang kalau postingan tra dihapus, berkas KK sa"
        " bisa lama.",
        True,
    ),
    (
        "U-OWN-CASE",
        "Nama saya di KTP tertulis MARTHINA KAIZE, sedangkan di akta MARTINA KAISE.",
        True,
    ),
    (
        "U-MISCONDUCT",
        "Saya penghayat. Petugas menolak mengisi kolom kepercayaan dan bilang harus pilih salah"
        " satu dari enam agama.",
        True,
    ),
    (
        "U-DUPLICATE",
        "Tahun lalu sa pu KK sempat dobel, tapi sudah dibereskan Dukcapil, terima kasih. Sekarang"
        " cuma mau tanya, KK lama dibuang saja?",
        False,
    ),
    (
        "U-DEADLINE-WORDS",
        "Berkas KK saya dikembalikan karena fotokopi kurang jelas. Saya kerja di Seram, minggu"
        " depan baru bisa ke Ambon lagi.",
        False,
    ),
    (
        "U-NIK-EXTERNAL",
        "Iseng cek NIK saya di layanan cek data online, hasilnya data tidak ditemukan. KTP saya"
        " dipakai normal di bank dan BPJS, tidak ada masalah.",
        False,
    ),
]


THIRD_PARTY_2026_12_41 = [
    # "atas nama orang lain" alone names nobody; with the name after it, it does.
    (
        "T-IDENTIFIED-OTHER",
        "HRD bilang NIK saya 3299111503990012 sudah terpakai atas nama orang lain, jadi saya"
        " tidak bisa didaftarkan.",
        False,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Rekening saya dibekukan karena NIK saya 3599014508870003 juga tercatat atas nama orang"
        " lain, SITI RAHAYU, alamat di Kabupaten Tegal.",
        True,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Bank menolak karena NIK saya terdaftar atas nama orang lain, yaitu Yohanes Bere Lelo,"
        " beralamat di Kabupaten Alor.",
        True,
    ),
    # The reporter's own address is not someone else's data.
    (
        "T-IDENTIFIED-OTHER",
        "Penagihnya tahu NIK saya dan alamat lengkap saya. Mereka kirim foto KTP saya ke WA"
        " kakak saya.",
        False,
    ),
    # A lender asking whether the owners of NIKs are alive and where they live.
    (
        "T-DATA-REQUEST",
        "Kami perusahaan pembiayaan. Mohon konfirmasi apakah pemilik NIK 3699124507950003 masih"
        " hidup dan alamatnya masih sesuai KTP.",
        True,
    ),
]


# --- rule set 2026.12.42 ----------------------------------------------------------------
VALUES_AND_PLACES = [
    # Dates written as values on a record ("tertulis ..., yang benar ...") start no wait.
    pytest.param(
        "Tanggal lahir di KIA anak saya tertulis 12-06-2021, yang benar 21-06-2021 sesuai akta."
        " Kartu baru diambil kemarin. Mohon dicetak ulang.",
        datetime(2025, 1, 21, 8, tzinfo=WITA),
        "U-WAIT-FAR",
        id="dates-as-record-values",
    ),
    # "tagihannya berhenti sejak September": a settled state since then.
    pytest.param(
        "Tahun lalu NIK saya sempat dipakai orang untuk pinjol, tapi sudah selesai dan"
        " tagihannya berhenti sejak September. Bisa tidak KTP saya dicetak ulang dengan foto"
        " baru?",
        datetime(2026, 1, 13, 12, tzinfo=WIB),
        "U-WAIT-FAR",
        id="stopped-since-september",
    ),
    # Siak Hulu is a place, not the SIAK population system.
    pytest.param(
        "DARURAT!!! Dukcapil Kab. Siak Hulu buka hari Sabtu nggak?? Mau legalisir fotokopi akta"
        " kelahiran buat daftar kursus bulan depan.",
        datetime(2025, 10, 10, 21, tzinfo=WIB),
        "C-COURT-AGENCY",
        id="siak-the-regency",
    ),
]


@pytest.mark.parametrize(("text", "received", "rule"), VALUES_AND_PLACES)
def test_record_values_settled_states_and_places(text: str, received: datetime, rule: str) -> None:
    """Pasal 69 waits and C-COURT-AGENCY: values on a record, settled states, place names."""
    assert rule not in _rules(text, received)


# --- rule set 2026.12.43: holdout CC ----------------------------------------------------
_WED_18_FEB_2026 = datetime(2026, 2, 18, 14, 45, tzinfo=WIB)
HOLDOUT_CC = [
    (
        "U-DATA-LEAK",
        "Malam ini di grup WhatsApp relawan calon kades beredar foto-foto KK warga, lengkap"
        " dengan NIK. Foto itu dari map berkas di kantor desa.",
        None,
        True,
    ),
    # "Bagaimana caranya supaya keluarga kami tetap dapat?" is no misuse-prevention question.
    (
        "U-DISASTER",
        "Rumah kami hanyut waktu tanggul jebol. KK dan KTP hilang terbawa air. Bantuan beras"
        " dibagikan besok di balai desa, syaratnya wajib bawa fotokopi KK. Bagaimana caranya"
        " supaya keluarga kami tetap dapat?",
        None,
        True,
    ),
    # Checking whether a link is official, nothing handed over: no disaster victim blocked.
    (
        "U-DISASTER",
        "Di grup WA warga beredar link pendaftaran bantuan korban banjir yang minta upload foto"
        " KTP dan KK. Ini resmi dari Dukcapil atau bukan? Saya belum isi apa-apa.",
        None,
        False,
    ),
    (
        "U-MISCONDUCT",
        "Ada 11 orang tiba-tiba tercatat masuk KK warga sini. Warga curiga ini ulah operator desa"
        " yang masih saudara salah satu calon.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Kepala dusun mengumpulkan KK dan KTP asli warga, katanya hanya akan dikembalikan kepada"
        " warga yang mendukung calonnya.",
        None,
        True,
    ),
    (
        "U-VULNERABLE",
        "Adik saya pengguna kursi roda. Dua kali kami pulang tanpa hasil karena alat rekam di"
        " lantai 2, padahal adik butuh KTP untuk daftar kerja.",
        None,
        True,
    ),
    # "Jumat paginya" dates the file (5 days), not the death the day before (6).
    (
        "U-WAIT-FAR",
        "Bapak mertua meninggal Kamis tanggal 12, berkas surat keterangan kematian kami serahkan"
        " ke desa Jumat paginya. Sampai hari ini belum jadi.",
        _WED_18_FEB_2026,
        False,
    ),
    (
        "U-OWN-CASE",
        "Suami saya meninggal bulan November. Tapi di KK kepala keluarganya masih nama almarhum.",
        None,
        True,
    ),
    # "disuruh sabar": the file is still pending (22 days for a KTP: past 14).
    (
        "C-WAIT-PAST",
        "Saya rekam KTP baru tanggal 27 Januari, waktu itu dijanjikan 2 minggu jadi. Sekarang"
        " sudah lewat, tiap saya tanya disuruh sabar.",
        _WED_18_FEB_2026,
        True,
    ),
]


NAMES_2026_12_44 = [
    # A relation, gender words and "sy" before the name.
    (
        "Kakak perempuan sy Maria Goreti Bria meninggal kecelakaan kerja di Tawau, jenazah"
        " tertahan.",
        True,
    ),
    # A relation, then a title ("Ny.") before the name.
    ("Setelah pemutakhiran data, tanggal lahir ibu saya, Ny. Sumarni, berubah sendiri.", True),
    # A relative's birth date, with no name or number, identifies nobody.
    ("Tanggal lahir ibu saya di KTP salah tulis, mohon dibetulkan.", False),
    # Nor does the RT a relative lives in.
    ("Ibu saya tinggal di RT 03, KTP beliau hilang waktu ke pasar.", False),
    # Buton names after "Wa" / "La"; names introduced by "namanya" / "bernama".
    (
        "Saya pendamping PKH. KPM dampingan saya, Ibu Wa Ode Nurmala, sedang hamil tujuh bulan.",
        True,
    ),
    (
        "Min, ada yang ngontrak di kontrakan saya, namanya Yusuf Hamdani, sudah 3 bulan nunggak"
        " terus kabur.",
        True,
    ),
    ("Di depan kantor seorang pria bernama Bang Ucok menawarkan jasa pasti jadi seminggu.", True),
    # An official named in their role is not a third party.
    ("Petugas loket bernama Hendra menolak berkas saya tanpa alasan.", False),
]


def test_list_of_residents_data_is_a_data_request() -> None:
    """T-DATA-REQUEST: an RT head asking for residents' names, NIKs and addresses."""
    text = (
        "Saya Ketua RT 04. Mohon dikirimi daftar nama, NIK, dan alamat warga saya yang belum"
        " rekam KTP-el."
    )
    assert "T-DATA-REQUEST" in _rules(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [pytest.param(t, f, id=f"name-{i}") for i, (t, f) in enumerate(NAMES_2026_12_44)],
)
def test_relatives_named_or_only_mentioned(text: str, fires: bool) -> None:
    """PRIV-THIRD-PARTY: a relative named after gender words or a title; a birth date alone."""
    assert ("T-IDENTIFIED-OTHER" in _rules(text)) is fires


# --- rule set 2026.12.47: requests asked as questions ------------------------------------
_ASKED_REQUEST = (
    "Mantan suami saya, Rudi Hartono, tidak membayar nafkah anak. Apakah Dukcapil bisa memberi"
    " tahu alamat barunya?"
)


def test_a_request_signal_is_not_cancelled_by_a_question() -> None:
    """RULES-DATA: ``request=True`` (the default ``data_request``) survives a question word.

    The same rule set read from plain data with ``request`` switched off lets the question
    cancel the hit: the field is data an agency can set, not a special case in the engine.
    """
    assert "T-DATA-REQUEST" in _rules(_ASKED_REQUEST)
    data = RuleSet.default().model_dump(mode="json")
    for signal in data["signals"]:
        if signal["id"] == "data_request":
            assert signal["request"] is True
            signal["request"] = False
    plain = RuleSet.model_validate(data)
    reasons = triage(Complaint(_ASKED_REQUEST), rules=plain).reasons
    assert "T-DATA-REQUEST" not in {r.rule_id for r in reasons}


def test_a_request_in_a_hypothetical_is_still_cancelled() -> None:
    """T-DATA-REQUEST: "kalau nanti mantan suami ... minta alamat baru saya" asks about rights."""
    text = (
        "Kalau nanti mantan suami saya datang dan minta alamat baru saya, apakah petugas boleh"
        " memberikannya?"
    )
    assert "T-DATA-REQUEST" not in _rules(text)


REQUESTS_2026_12_47 = [
    "Saya mencari kakak kandung saya, Sri Wahyuningsih. Apakah Dukcapil bisa membantu melacak"
    " beliau sekarang terdaftar di mana?",
    "Kami kuasa hukum penggugat. Kami memerlukan alamat domisili terkini tergugat, Sdr. Benny"
    " Kurniawan, untuk relaas panggilan sidang.",
    "Kami HRD. Pelamar atas nama Fajar Nugroho, NIK 3299152304970005, KTP-nya kami curigai."
    " Bisakah Disdukcapil memverifikasi apakah NIK tersebut benar milik orang itu?",
]


@pytest.mark.parametrize("text", REQUESTS_2026_12_47)
def test_requests_to_trace_or_verify_someone(text: str) -> None:
    """T-DATA-REQUEST: tracing a relative, a defendant's address, verifying an applicant."""
    assert "T-DATA-REQUEST" in _rules(text)


# --- rule set 2026.12.48: holdouts CF, CG -----------------------------------------------
HOLDOUTS_CF_CG = [
    # A resolved misuse, then a question how to check: no misuse now.
    (
        "U-IDENTITY-MISUSE",
        "Tahun lalu ada yang pakai NIK saya untuk daftar 3 kartu SIM, sudah saya blokir dan beres."
        " Sekarang cuma mau tanya, ada layanan resmi untuk cek NIK saya terdaftar di mana saja?",
        None,
        False,
    ),
    # "supaya tidak dipakai pinjol": prevention, not misuse.
    (
        "U-IDENTITY-MISUSE",
        "Kalau misalnya foto KTP saya tersebar di grup jual beli karena dulu pernah saya kirim ke"
        " toko online, apa yang harus saya lakukan supaya tidak dipakai pinjol? Sejauh ini belum"
        " ada apa-apa sih, cuma jaga-jaga.",
        None,
        False,
    ),
    # Banjar: "bepadah" (said) makes the "amun ..." an official's offer.
    (
        "U-PAYMENT-BY-STAFF",
        "Ulun minta surat pengantar KK. Pegawai di meja depan bepadah amun handak lakas titip"
        " Rp150 ribu haja.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "KTP saya yang sudah jadi diambil sepupu saya di kantor camat tanpa surat kuasa. Petugas"
        " menyerahkan begitu saja.",
        None,
        True,
    ),
    # "antreannya panjang": pending, and the announced wait is far past the akta standard.
    (
        "U-WAIT-FAR",
        "Tanggal 4 Agustus kami daftar pencatatan perkawinan, berkas lengkap. Petugas bilang"
        " antreannya panjang, akta perkawinan paling cepat keluar 3 bulan lagi.",
        datetime(2025, 8, 12, 14, tzinfo=WIB),
        True,
    ),
    # Not listed for aid for lack of a KK: victims blocked, not a record to correct.
    (
        "U-DISASTER",
        "Desa kami terendam, kami mengungsi di balai desa. KK banyak yang hanyut. Posko penyaluran"
        " bantuan mendata penerima berdasarkan fotokopi KK, jadi kami yang tidak punya KK tidak"
        " tercatat.",
        None,
        True,
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Di loket ada petugas yang mengajak ke ruang belakang dan bilang kalau mau cepat"
        " 'ditambah 200 saja, besok jadi'.",
        None,
        True,
    ),
]


# --- the phrasing tables above, one test each shape ---------------------------------------
#: Rule set -> (rule id, text, fires): phrasings from the holdouts each rule set was drawn
#: from (PIP, insiders' leaks, threats over posts, slogans, corrections, brokers, fees as
#: conditions, praise, resolved pasts, lost files, discrimination, third parties named or not).
PHRASINGS = {
    "2026.12.34": WORDS_2026_12_34,
    "2026.12.38": WORDS_2026_12_38,
    "2026.12.40": WORDS_2026_12_40,
    "2026.12.41": THIRD_PARTY_2026_12_41,
}
HOLDOUT_CK = [
    # Someone restrained at home because no hospital will take them without papers.
    (
        "U-SAFETY",
        "Adik saya kambuh dan mengamuk. Sudah dua hari terpaksa kami ikat di rumah karena rumah"
        " sakit jiwa tidak mau menerima tanpa KK.",
        None,
        True,
    ),
    (
        "U-SAFETY",
        "Warga kami ODGJ yang dulu sempat dipasung keluarganya, sekarang sudah dilepas dan"
        " dirawat ibunya. Dia tidak punya NIK.",
        None,
        False,
    ),
    # "tanggal 11. Kemarin ...": the next sentence starts from today; over Iduladha and cuti
    # bersama, Wednesday 11 June 2025 is the second working day.
    (
        "U-DEADLINE-IMMINENT",
        "Saya calon pekerja migran, terbang ke Taiwan hari Rabu tanggal 11. Kemarin perusahaan"
        " bilang nama di KTP beda dengan paspor, kalau tidak sama penempatan batal.",
        datetime(2025, 6, 5, 19, 30, tzinfo=WIB),
        True,
    ),
    # A final document check is the consequence of the date it is set for.
    (
        "U-DEADLINE-IMMINENT",
        "Verifikasi dokumen akhir beasiswa saya tanggal 14 jam 09.00 di Jakarta, online."
        " Syaratnya nama di akta kelahiran harus sama dengan paspor, dan kalau beda langsung"
        " didiskualifikasi, tidak ada kesempatan kedua.",
        datetime(2025, 10, 13, 16, 50, tzinfo=WIB),
        True,
    ),
    (
        "U-REPEAT",
        "Tanggal 12 saya sudah buat laporan lewat LAPOR!, sampai sekarang tidak ada tanggapan. KK"
        " kami belum jadi.",
        None,
        True,
    ),
]
HOLDOUT_CN: list[tuple[str, str, datetime | None, bool]] = [
    # A living person recorded as dead: the central record must be undone (complex).
    (
        "C-NIK-DATABASE",
        "Yang meninggal bulan Januari itu tetangga saya, tapi yang dicatat meninggal malah NIK"
        " saya. Akibatnya bantuan sembako lansia untuk saya dicoret.",
        None,
        True,
    ),
    # ... but seen only in Dukcapil's own app, with the bank and BPJS working: no lost access.
    (
        "U-ACCESS-LOST",
        "Iseng buka aplikasi IKD tadi malam, kok status saya tertulis 'Meninggal'?? Saya masih"
        " hidup. Untungnya rekening bank dan BPJS saya sejauh ini masih normal, belum ada"
        " masalah.",
        None,
        False,
    ),
]
HOLDOUTS_CP_CQ: list[tuple[str, str, datetime | None, bool]] = [
    # Showing one's own QR code to an officer is how the service works, not a leak.
    (
        "U-DATA-LEAK",
        "Selamat malam, kalau mau pakai IKD untuk naik kapal di pelabuhan, caranya bagaimana?"
        " QR-nya ditunjukkan ke petugas atau harus dicetak?",
        None,
        False,
    ),
    (
        "U-MISCONDUCT",
        "Menjelang pembagian BLT desa, sekretaris desa kami memasukkan enam nama ke data"
        " penduduk desa, padahal orangnya tidak pernah tinggal di sini.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Di loket akta, petugas menolak berkas saya dan bilang lebih baik lewat biro jasa di"
        " depan saja, pasti lolos.",
        None,
        True,
    ),
    # "setiap kali bilang belum": pending, 56 days for a KIA.
    (
        "U-WAIT-FAR",
        "Sa pu anak punya KIA sudah didaftar dari tanggal 9 Juni. Sa sudah datang empat kali,"
        " setiap kali bilang belum. Hampir dua bulan sekarang.",
        datetime(2026, 8, 4, 10, tzinfo=WIT),
        True,
    ),
    # "sedang menumpuk": a backlog the office announces as months.
    (
        "U-WAIT-FAR",
        "Kemarin saya mengajukan akta kelahiran bayi saya, berkas diterima lengkap. Petugas"
        " bilang penerbitan akta sedang menumpuk, akta saya paling cepat tiga bulan lagi.",
        datetime(2026, 3, 5, 14, tzinfo=WIB),
        True,
    ),
]
HOLDOUT_CQ: list[tuple[str, str, datetime | None, bool]] = [
    # The documents uploaded as requirements are not the one awaited: the KIA (14 days) has
    # waited 38 days, twice its standard (not the akta's 30).
    (
        "U-WAIT-FAR",
        "Anak saya mau ikut kelas renang, ada diskon kalau punya KIA. Tanggal 7 Juli saya"
        " daftar, upload akta, KK, foto anak latar merah. Besoknya dapat WA bahwa berkas"
        " diterima. Yang saya keluhkan, kartunya sampai hari ini belum ada.",
        datetime(2025, 8, 14, 20, tzinfo=WIB),
        True,
    ),
    # A child's registration refused for the mother's marital status.
    (
        "U-MISCONDUCT",
        "Saya ibu tunggal. Petugas bertanya keras-keras 'ini anak di luar nikah ya?', lalu"
        " berkas saya dikembalikan dan dia bilang 'urus nanti saja kalau sudah punya suami'.",
        None,
        True,
    ),
]
CHILD_AKTA_2026_12_53: list[tuple[str, str, datetime | None, bool]] = [
    # The reporter's child's akta: offices that bounce it to each other, an application
    # closed without the akta (the rubric's failed process) ...
    (
        "U-CHILD-AKTA-CLOSED",
        "Saya melahirkan di kabupaten lain. Dukcapil kota bilang akta anak saya harus diurus di"
        " kabupaten tempat lahir, kabupaten bilang di tempat domisili KK. Dua kantor saling"
        " lempar.",
        None,
        True,
    ),
    # ... not an app menu moved to the counter.
    (
        "U-CHILD-AKTA-CLOSED",
        "Menu pengajuan akta kelahiran di aplikasi sudah tidak ada, sengaja ditutup dan"
        " diarahkan ke loket kelurahan. Anak saya lahir 3 minggu lalu.",
        None,
        False,
    ),
]
HOLDOUTS_CR_CS_CT: list[tuple[str, str, datetime | None, bool]] = [
    # Personal data offered for sale is a leak (critical) ...
    (
        "U-DATA-LEAK",
        "Teman mengirim tangkapan layar dari grup Facebook: foto KK dan NIK saya ditawarkan"
        " satu paket dengan data warga lain.",
        None,
        True,
    ),
    # ... an original the office now says the applicant took back is lost at the office ...
    (
        "U-FILE-LOST",
        "Saya serahkan buku nikah asli ke loket untuk perubahan KK. Waktu saya minta kembali,"
        " petugas bilang tidak ada di arsip dan mungkin sudah saya ambil.",
        None,
        True,
    ),
    # ... a believer told to be recorded under a religion, a hint at a bribe, a service
    # refused for joining a protest: misconduct ...
    (
        "U-MISCONDUCT",
        "Saya penghayat kepercayaan. Petugas bilang kolomnya repot di sistem, lebih baik"
        " ditulis Islam saja biar cepat.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Berkas pindah saya dioper dari meja ke meja. Petugas di belakang bilang kalau mau"
        " cepat ya tahu sama tahu saja, Bu.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Kepala desa tidak mau menandatangani surat pengantar pindah saya karena saya ikut"
        " demo upah bulan lalu.",
        None,
        True,
    ),
    # ... an official named earlier who sets a price for today is an official's offer, and
    # the official's name is no third party's ...
    (
        "U-MISCONDUCT",
        "Saya mau laporkan petugas loket akta, namanya Pak Joko. Tadi pagi saya urus akta"
        " kematian ibu saya. Pak Joko bilang kalau mau jadi hari ini ada uang terima kasih"
        " 100 ribu, kalau tidak ya antre 2 minggu.",
        None,
        True,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Saya mau laporkan petugas loket akta, namanya Pak Joko. Tadi pagi saya urus akta"
        " kematian ibu saya. Pak Joko bilang kalau mau jadi hari ini ada uang terima kasih"
        " 100 ribu, kalau tidak ya antre 2 minggu.",
        None,
        False,
    ),
    # ... while a broker's name stays a third party's (guard).
    (
        "T-IDENTIFIED-OTHER",
        "Di depan kantor Dukcapil ada orang namanya Pak Darto yang menawarkan KTP jadi sehari,"
        " katanya kenal operator.",
        None,
        True,
    ),
    # Mental illness is a vulnerability; a risk of amputation tonight is a health emergency
    # (an amputation in the past is not).
    (
        "U-VULNERABLE",
        "Adik saya skizofrenia. KTP-nya hilang dan pendaftaran pengobatan di BPJS ditolak.",
        None,
        True,
    ),
    (
        "U-LIFE-HEALTH",
        "Tangan suami saya harus ditindak malam ini, kalau ditunda bisa diamputasi, tapi KIS-nya"
        " tidak aktif karena NIK tidak cocok.",
        None,
        True,
    ),
    (
        "U-LIFE-HEALTH",
        "Kedua kaki saya diamputasi tahun lalu. Sekarang saya mau ganti KTP yang rusak, apa"
        " syaratnya?",
        None,
        False,
    ),
    # The reporter says nothing is pressing: a deadline waived, a lost access that is not
    # blocking ...
    (
        "U-DEADLINE-IMMINENT",
        "Besok saya mulai kerja dan HRD minta KK baru, tapi kata HRD boleh menyusul. Nama"
        " istri belum tercantum di KK, mohon diperbaiki.",
        datetime(2025, 10, 19, 20, tzinfo=WIB),
        False,
    ),
    (
        "U-ACCESS-LOST",
        "Akta kematian nenek sudah sebulan belum jadi. Nanti untuk tutup tabungan di bank,"
        " tidak buru-buru, tapi tolong dicek.",
        None,
        False,
    ),
    # ... which does not undo a wait twice the standard (guard).
    (
        "U-WAIT-FAR",
        "KK ibu saya sudah 3 bulan belum jadi. Ibu sehat, tidak ada yang mendesak, saya hanya"
        " ingin urusannya selesai.",
        None,
        True,
    ),
    # A marriage already made and the daily trip to work are no deadline ...
    (
        "U-DEADLINE-IMMINENT",
        "Tgl 3 Agustus saya ajukan KK baru karena sudah menikah. Hari ini sudah tanggal 30,"
        " belum jadi juga.",
        datetime(2026, 8, 30, 19, tzinfo=WITA),
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Kalau KTP hilang cukup surat dari desa atau harus dari polsek? Saya mau urus hari"
        " Senin sebelum berangkat kerja shift malam.",
        datetime(2025, 11, 16, 22, tzinfo=WIB),
        False,
    ),
    # ... a departure is (guard) ...
    (
        "U-DEADLINE-IMMINENT",
        "Besok saya berangkat kerja ke Malaysia, agen minta KTP yang sampai sekarang belum jadi.",
        datetime(2025, 11, 16, 9, tzinfo=WIB),
        True,
    ),
    # ... and a broker's priced offer "jadi hari ini" is none either.
    (
        "U-DEADLINE-IMMINENT",
        "Bulan lalu di depan kantor saya ditawari 'KTP jadi hari ini, 350 ribu'. Karena butuh"
        " untuk kontrak kerja, saya bayar.",
        datetime(2025, 11, 10, 19, tzinfo=WIB),
        False,
    ),
    # An occupation after "mantan" is no name; a parent named after "saya anak dari" is.
    (
        "T-IDENTIFIED-OTHER",
        "Saya mantan PMI Hong Kong, KTP-el saya hilang di sana dan bank tidak mau buka rekening.",
        None,
        False,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Saya anak dari Bapak Tumpal Sihombing. Beliau stroke dan KTP-nya hilang, mohon"
        " petugas datang ke rumah.",
        None,
        True,
    ),
]
HOLDOUTS_CR_CS_CT_2: list[tuple[str, str, datetime | None, bool]] = [
    # Nothing applied for: the time since a death is no wait ...
    (
        "U-WAIT-FAR",
        "Kakek kami meninggal tahun 2018, dulu belum diurus akta kematiannya. Sekarang mau"
        " bagi warisan dan notaris minta aktanya. Apakah masih bisa walau sudah 7 tahun?",
        None,
        False,
    ),
    # ... unless an application is told (guards).
    (
        "U-WAIT-FAR",
        "Akta anak saya sudah diurus 3 bulan lalu tapi sampai sekarang belum jadi.",
        None,
        True,
    ),
    (
        "U-WAIT-FAR",
        "Berkas akta anak saya masuk 3 bulan lalu, sampai sekarang aktanya belum diurus petugas.",
        None,
        True,
    ),
    # "6-9 bulan" is a range of months, not the 6th of September.
    (
        "U-DEADLINE-FOR-DOCUMENT",
        "Saya ABK kapal tuna, sering berlayar 6-9 bulan. KTP-el saya terbitan 2013, apakah"
        " harus diperpanjang? Agen kapal minta KTP yang masih berlaku.",
        datetime(2025, 8, 27, 5, 45, tzinfo=WITA),
        False,
    ),
    # Repeated visits are no repeated complaint ...
    (
        "U-REPEAT",
        "Nomor antrean sudah habis jam 7 pagi. Ini ketiga kalinya saya datang dan pulang tanpa"
        " dilayani.",
        None,
        False,
    ),
    # ... a third report is (guard).
    (
        "U-REPEAT",
        "Ini ketiga kalinya saya lapor soal KTP yang belum jadi, tidak ada jawaban.",
        None,
        True,
    ),
]
HOLDOUTS_CU_CV_CW: list[tuple[str, str, datetime | None, bool]] = [
    # A feast told as "waktu itu (masih) sebelum puasa" is past, a wait's start ...
    (
        "U-WAIT-FAR",
        "KTP saya kapan jadinya? Rekam ulang di kecamatan waktu itu masih sebelum puasa,"
        " katanya dikabari lewat WA. Sampai sekarang belum ada kabar.",
        datetime(2025, 5, 20, 13, tzinfo=WIB),
        True,
    ),
    # ... and so is "November lalu" with no "bulan" before it.
    (
        "U-WAIT-FAR",
        "Saya rekam KTP-el di balai desa sebelum pilkada November lalu. Sampai sekarang KTP"
        " belum datang ke kampung.",
        datetime(2025, 3, 25, 9, tzinfo=WIT),
        True,
    ),
    # An akta filed on the wedding day waits from that day.
    (
        "U-WAIT-FAR",
        "Kami menikah tanggal 2 November 2024 dan hari itu juga berkas pencatatan perkawinan"
        " diterima petugas. Sampai sekarang akta perkawinan belum kami terima.",
        datetime(2025, 2, 12, 9, tzinfo=WITA),
        True,
    ),
    # A death with nothing pending starts no wait: the family is about to apply (guard).
    (
        "U-ACCESS-LOST",
        "Bapak saya meninggal Maret lalu dan sudah dimakamkan. Sekarang saya mau urus akta"
        " kematian untuk klaim pensiun ibu. Syaratnya apa saja?",
        datetime(2025, 7, 22, 10, tzinfo=WIB),
        False,
    ),
    # A wait told before "sudah jadi" in its sentence has ended.
    (
        "U-WAIT-FAR",
        "KTP-el ibu saya yang direkam di rumah akhir Desember sudah jadi, tapi tahun lahirnya"
        " tercetak 1984, padahal 1948. Mohon dicetak ulang.",
        datetime(2025, 2, 4, 10, tzinfo=WIB),
        False,
    ),
    # "besok paginya" in a story is the day after, no deadline.
    (
        "U-DEADLINE-IMMINENT",
        "Dua minggu lalu operasi katarak ibu saya hampir batal karena BPJS-nya nonaktif. Saya"
        " lapor sore hari, besok paginya petugas sudah koordinasi dan kartunya aktif lagi.",
        datetime(2025, 8, 29, 15, tzinfo=WIB),
        False,
    ),
    # Identity misuse: SIM numbers registered on the NIK ...
    (
        "U-IDENTITY-MISUSE",
        "Penyidik menelepon saya. Ternyata NIK saya dipakai mendaftarkan 37 nomor HP.",
        None,
        True,
    ),
    # ... not an app that could register a parent from a child's account.
    (
        "U-IDENTITY-MISUSE",
        "Usul: aplikasi antrean sebaiknya bisa dipakai untuk mendaftarkan orang tua dari akun"
        " anaknya.",
        None,
        False,
    ),
    # Held at a port for want of identity is a risk to liberty.
    (
        "U-SAFETY",
        "Adik saya ditahan sejak siang di pelabuhan karena tidak bisa menunjukkan KTP.",
        None,
        True,
    ),
    # Fees by other names and a hinted bribe.
    (
        "U-PAYMENT-OR-THREAT",
        "Setiap warga yang minta surat pengantar pindah ditarik uang map Rp25.000 oleh kantor"
        " desa.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Staf desa menunjuk kotak infak dan bilang surat baru ditandatangani setelah saya"
        " mengisinya.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Petugas bilang antrean penuh sampai bulan depan, kecuali ada pengertiannya.",
        None,
        True,
    ),
    # A negation that is itself the hit ("tanpa dokumen dan tanpa sepengetahuan saya") and a
    # signature that is not the owner's.
    (
        "U-UNAUTHORISED-CHANGE",
        "Status di KK saya diubah di kelurahan atas permintaan istri, tanpa dokumen dan tanpa"
        " sepengetahuan saya. Pegawai kelurahan mengaku membantu saja.",
        None,
        True,
    ),
    (
        "U-UNAUTHORISED-CHANGE",
        "Ibu saya dipindahkan ke KK orang lain di kelurahan sebelah, dengan tanda tangan yang"
        " jelas bukan tanda tangan ibu.",
        None,
        True,
    ),
    # A card and address posted on an officer's own Facebook are leaked.
    (
        "U-DATA-LEAK",
        "Di Facebook pribadi seorang petugas ada foto KTP dan KK ibu saya, NIK dan alamat"
        " terbaca. Postingan itu sudah dibagikan puluhan kali.",
        None,
        True,
    ),
    # Blocked: a card that never arrives, a school that holds a registration, fingerprints
    # that cannot be read ...
    (
        "U-ACCESS-LOST",
        "Sekolah menahan pendaftaran ujian kelas 6 anak asuh kami sampai ada akta kelahiran.",
        None,
        True,
    ),
    (
        "U-VULNERABLE",
        "Simbah saya lansia, dua kali rekam KTP gagal karena sidik jarinya tidak terbaca.",
        None,
        True,
    ),
    # ... but "tinggal menunggu waktu" is no wait, and nothing is blocked when the reporter
    # says so.
    (
        "U-VULNERABLE",
        "Ibu saya sudah sakit lama dan dokter bilang tinggal menunggu waktu. Kalau nanti ibu"
        " meninggal malam hari, surat keterangan kematian diurus ke mana?",
        None,
        False,
    ),
    (
        "U-VULNERABLE",
        "Nama bibi saya yang disabilitas hilang dari KK baru. KTP bibi masih ada dan sejauh"
        " ini tidak ada urusan yang terganggu. Mohon ditambahkan kembali.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Saya sedang dirawat di RS karena tifus. Bisa jadwal rekam ulang KTP saya dipindah?"
        " KTP-nya tidak buru-buru.",
        None,
        False,
    ),
    # A preparedness question is no disaster.
    (
        "U-DISASTER",
        "Kami relawan tanggap bencana. Untuk persiapan saja: kalau nanti terjadi banjir dan"
        " warga kehilangan dokumen, apakah Dukcapil bisa cetak ulang KK di lokasi pengungsian?",
        None,
        False,
    ),
]
HOLDOUTS_CX_CZ: list[tuple[str, str, datetime | None, bool]] = [
    # A status stuck at "sedang diverifikasi" is pending: an akta 70 days on is twice late.
    (
        "U-WAIT-FAR",
        "Berkas akta kelahiran anak saya masuk lewat aplikasi tanggal 12 Februari, statusnya"
        " dari awal sedang diverifikasi terus.",
        datetime(2026, 4, 23, 16, tzinfo=WIB),
        True,
    ),
    # The document told as not yet made is the one awaited (the death letter, 3 days), not
    # the cards handed in with it.
    (
        "U-WAIT-FAR",
        "Hari Senin tanggal 10 saya sudah serahkan pengantar RT dan KTP almarhum ke kelurahan."
        " Sampai hari ini surat keterangan kematiannya belum dibuat.",
        datetime(2025, 3, 18, 10, tzinfo=WIB),
        True,
    ),
    # The SIM office (Satpas) is an agency outside Dukcapil.
    (
        "U-NIK-EXTERNAL",
        "Mau perpanjang SIM di Satpas, ditolak karena NIK saya nonaktif.",
        None,
        True,
    ),
    # A bedridden person told to come in person is blocked ...
    (
        "U-VULNERABLE",
        "Nenek kami berusia 84 tahun dan lumpuh. Kecamatan bilang nenek harus datang sendiri"
        " untuk tanda tangan dan foto.",
        None,
        True,
    ),
    # ... asking whether one must is not (guard).
    (
        "U-VULNERABLE",
        "Nenek saya umur 80an masih pakai KTP lama, mau ganti ke KTP-el harus datang sendiri kah?",
        None,
        False,
    ),
    # Fees: "uang kas" demanded, a purchase at the office's cooperative made compulsory.
    (
        "U-PAYMENT-OR-THREAT",
        "Staf kelurahan tidak mau memproses surat kematian ayah kalau tidak diberi uang kas."
        " Keluarga sedang berduka malah dipalak.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas mewajibkan setiap warga beli paket map dan materai di koperasi kantor. Yang"
        " tidak beli tidak dipanggil.",
        None,
        True,
    ),
    # How to check one's own NIK after a settled misuse is no misuse now.
    (
        "U-IDENTITY-MISUSE",
        "Tahun lalu NIK saya pernah dipakai orang, sudah saya laporkan dan tagihannya sudah"
        " dihapus. Sekarang saya cuma ingin tahu cara mengecek sendiri apakah NIK saya dipakai"
        " lagi untuk kartu SIM atau pinjaman?",
        None,
        False,
    ),
]
HOLDOUT_CW_2026_12_58: list[tuple[str, str, datetime | None, bool]] = [
    # An envelope the officer refused is no bribe.
    (
        "U-MISCONDUCT",
        "Petugas yang datang ke rumah untuk rekam KTP ibu sangat baik, tidak minta apa-apa,"
        " malah menolak waktu kami beri amplop. Cuma nama ibu tercetak salah.",
        None,
        False,
    ),
    # The office's promise "dalam minggu ini" is no deadline of the reporter's.
    (
        "U-DEADLINE-WORDS",
        "Alat sidik jari petugas tidak tersambung waktu rekam di rumah. Petugas janji datang"
        " lagi dalam minggu ini, tapi sampai sekarang belum ada kabar.",
        None,
        False,
    ),
    # Cared for at home, or a stay in hospital that ended, is no stay in hospital now.
    (
        "U-LIFE-HEALTH-NOW",
        "KTP kakak saya sudah jadi tapi dia sedang dirawat di rumah habis operasi, tidak bisa"
        " jalan jauh. Boleh saya yang ambil?",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Bulan lalu anak saya dirawat di RSUD, puji Tuhan sudah sembuh dan pulang. Sekarang KIA"
        " dia sudah tiga minggu belum jadi.",
        None,
        False,
    ),
]
HOLDOUTS_DA_DB_DC: list[tuple[str, str, datetime | None, bool]] = [
    # An officer who stalls a file until a post is deleted, or promises it will never be
    # done, threatens.
    (
        "U-PAYMENT-OR-THREAT",
        "Setelah saya komplain di Facebook, petugas loket bilang: kalau masih mau KK-mu"
        " selesai, hapus dulu postinganmu. Berkas saya ditahan di mejanya.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas di loket 3 bilang silakan lapor ke mana saja, nanti urusan bapak saya pastikan"
        " tidak selesai di kantor ini.",
        None,
        True,
    ),
    # A school that will not take a child, a dependant who never recorded.
    (
        "U-ACCESS-LOST",
        "Anak asuh kami umur 7 tahun tidak punya dokumen apa pun. SD tak mau terima tanpa akta.",
        None,
        True,
    ),
    (
        "U-VULNERABLE",
        "Adik saya ODGJ, dirawat di rumah. Dinas sosial mau daftarkan dia jadi peserta BPJS,"
        " tapi dia belum pernah rekam KTP.",
        None,
        True,
    ),
    # Moved, the data never arrived, no card anywhere for over a month.
    (
        "U-WAIT-FAR",
        "Surat pindah dari daerah asal sudah terbit. Di sini data saya belum muncul di sistem."
        " Sudah lebih dari sebulan saya tidak punya KK.",
        None,
        True,
    ),
    # A minor sent abroad tomorrow, her age falsified.
    (
        "U-DEADLINE-IMMINENT",
        "Anak perempuan saya umur 15 tahun dibawa orang yang janji kerja. Katanya besok pagi"
        " diberangkatkan ke Malaysia, dibuatkan KTP baru dan umurnya ditulis 21 tahun.",
        datetime(2026, 1, 26, 6, tzinfo=WITA),
        True,
    ),
    (
        "U-MISCONDUCT",
        "Anak saya dibuatkan KTP baru oleh agen, umurnya ditulis 21 tahun, katanya lewat orang"
        " kecamatan.",
        None,
        True,
    ),
    # SIM numbers registered on the NIK and an impersonator using them.
    (
        "U-IDENTITY-MISUSE",
        "Di gerai, mbaknya bilang NIK saya sudah terdaftar di tiga nomor lain. Dari salah satu"
        " nomor itu orangnya mengaku saya dan pinjam uang ke keluarga.",
        None,
        True,
    ),
    # Not critical: a colleague's story, a feared fainting, a thank-you after the fact, a
    # burial already arranged, the TV news, a card waiting to be picked up, a ferry fare.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Temen kantor saya kemarin diteror debt collector gara-gara NIK dia dipake orang buat"
        " pinjaman online. Saya jadi parno. Ada cara ngecek NIK saya?",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "DARURAT!!! Kursi ruang tunggu Dukcapil cuma 20, lansia sampai berdiri. Tolong"
        " dibenahi sebelum ada yang pingsan.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Saya mau berterima kasih kepada petugas yang datang ke RSUD merekam data bapak saya"
        " yang sedang kritis. Berkat itu BPJS bapak aktif dan operasinya sudah berjalan"
        " lancar.",
        None,
        False,
    ),
    (
        "U-DEATH-DEADLINE",
        "Tetangga saya meninggal tadi subuh. Yang wajib lapor kematian ke Dukcapil itu ketua RT"
        " atau keluarganya? Pemakaman siang ini sudah diurus keluarga.",
        datetime(2026, 9, 9, 7, 30, tzinfo=WIB),
        False,
    ),
    (
        "U-LIFE-HEALTH",
        "Kemarin nonton berita di TV ada pasien ditolak rumah sakit karena tidak punya KTP."
        " Apakah orang tanpa KTP di Bima tetap bisa dapat layanan gawat darurat? Dan bagaimana"
        " cara cepat bikin KTP kalau belum pernah rekam?",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Ibu saya sedang dirawat di rumah sakit, KTP barunya sudah jadi dan tinggal diambil di"
        " kecamatan. Boleh saya wakilkan?",
        None,
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Sudah tiga kali saya disuruh datang besok saja untuk ambil KK. Hari ini datang lagi,"
        " printernya rusak. Sekali datang habis ongkos kapal 120 ribu.",
        datetime(2026, 10, 27, 15, tzinfo=WIB),
        False,
    ),
]
HOLDOUTS_DD_DE_DF: list[tuple[str, str, datetime | None, bool]] = [
    # "Jumat depan" said on a Wednesday is the Friday of next week: soon, not imminent.
    (
        "U-DEADLINE-IMMINENT",
        "Pendaftaran seleksi PPPK di portal ditutup Jumat depan, tapi setiap unggah data muncul"
        " NIK tidak sesuai dengan data kependudukan.",
        datetime(2025, 10, 15, 14, tzinfo=WITA),
        False,
    ),
    (
        "U-DEADLINE-SOON",
        "Pendaftaran seleksi PPPK di portal ditutup Jumat depan, tapi setiap unggah data muncul"
        " NIK tidak sesuai dengan data kependudukan.",
        datetime(2025, 10, 15, 14, tzinfo=WITA),
        True,
    ),
    # A dialysis due this afternoon ("cuci darahnya") blocked by a non-active JKN.
    (
        "U-LIFE-HEALTH",
        "Jadwal cuci darahnya ibu sore ini jam 4, tapi kepesertaan JKN ibu nonaktif karena NIK"
        " tidak padan.",
        datetime(2026, 10, 8, 13, tzinfo=WITA),
        True,
    ),
    # A blanko announced for "Februari tahun depan" is a wait of months.
    (
        "U-WAIT-FAR",
        "Kemarin saya rekam KTP-el. Petugas bilang blanko kosong dan paling cepat baru datang"
        " Februari tahun depan, jadi saya hanya diberi surat keterangan.",
        datetime(2026, 11, 24, 10, tzinfo=WITA),
        True,
    ),
    # The service still works meanwhile: no lost access.
    (
        "U-ACCESS-LOST",
        "Pengajuan perubahan alamat KK saya sudah 18 hari statusnya masih verifikasi. Saya butuh"
        " KK baru untuk pindah faskes BPJS, sementara masih bisa berobat di faskes lama.",
        None,
        False,
    ),
    # Record problems are no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Nama saya tidak ada di daftar pemilih. Panitia bilang NIK saya terdaftar sebagai"
        " penduduk desa lain, padahal saya lahir dan tinggal di sini.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya tidak bisa registrasi kartu perdana baru, balasannya NIK dan nomor KK tidak sesuai.",
        None,
        False,
    ),
    # Misconduct: a marriage refused for a belief, a status bought, a relative's kiosk.
    (
        "U-MISCONDUCT",
        "Petugas bilang perkawinan kami tidak bisa dicatat kalau tidak ikut salah satu agama."
        " Kami merasa diperlakukan berbeda.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Suami saya membayar orang kantor supaya statusnya diubah menjadi belum kawin.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas menyarankan saya titip pengurusan akta lewat kios fotokopi milik saudaranya,"
        " bayar Rp350 ribu, dijamin seminggu jadi.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas di loket bilang kalau mau akta jadi dalam tiga hari harus bantu administrasi"
        " Rp750.000.",
        None,
        True,
    ),
    # A pregnant woman refused by BPJS is blocked (guard).
    (
        "U-VULNERABLE",
        "Saya hamil 8 bulan dan mau didaftarkan sebagai tanggungan BPJS di kantor suami."
        " Ternyata BPJS menolak karena di data kependudukan saya masih di KK orang tua.",
        None,
        True,
    ),
    # A month in a date is no name.
    (
        "T-IDENTIFIED-OTHER",
        "NIK kami tidak ditemukan di BPJS setelah kami pindah KK ke rumah mertua Juni lalu.",
        None,
        False,
    ),
]
HOLDOUTS_DG_DH_DI: list[tuple[str, str, datetime | None, bool]] = [
    # An application returned again and again is refused, each time for a new reason.
    (
        "U-CHILD-AKTA-REFUSED-AGAIN",
        "Permohonan akta kelahiran anak saya sudah tiga kali dikembalikan, setiap kali beda"
        " alasan.",
        None,
        True,
    ),
    # A fee heard of in a village chat group is a rumour.
    (
        "U-PAYMENT-OR-THREAT",
        "Saya dengar di grup WA kampung, katanya bikin KTP baru karena hilang bayar 50 ribu"
        " untuk blanko. Benar tidak?",
        None,
        False,
    ),
    # "hanya hari Selasa" is a recurring day, no deadline.
    (
        "U-DEADLINE-IMMINENT",
        "Perekaman KTP untuk pelajar hanya hari Selasa jam 08.00-12.00, saat itu anak saya"
        " sekolah dan ujian. Sudah dua kali minta jadwal lain, ditolak.",
        datetime(2026, 2, 21, 9, tzinfo=WIB),
        False,
    ),
    # An officer threatening to block the data of a reporter who posts online.
    (
        "U-PAYMENT-BY-STAFF",
        "Petugas di loket 3 membentak dan bilang kalau berani posting di medsos, data ibu bisa"
        " saya blokir.",
        None,
        True,
    ),
    # Instalments never taken, billed at the door: misuse.
    (
        "U-IDENTITY-MISUSE",
        "Orang dari perusahaan pembiayaan datang tagih cicilan motor yang saya tidak pernah ambil.",
        None,
        True,
    ),
    # A person never entered in any KK has no card to use.
    (
        "U-VULNERABLE",
        "Adik saya sudah lama sakit jiwa. Puskesmas mau rujuk ke rumah sakit jiwa tapi butuh"
        " NIK dan BPJS. Adik tidak pernah masuk KK mana pun.",
        None,
        True,
    ),
    # Not critical: a death feared ("amit-amit"), thanks for help with a stay or a burial
    # already given, a fainting warned against.
    (
        "U-BURIAL",
        "Bapak saya sudah sepuh. Amit-amit kalau nanti beliau meninggal, keluarga minta"
        " dimakamkan di kampung. Surat apa saja supaya jenazah bisa dibawa naik kapal? Biar"
        " kami tidak panik nanti.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH",
        "Terima kasih ke petugas yang minggu lalu bantu urus data bapak saya. Waktu itu BPJS"
        " bapak mati karena NIK tidak cocok, padahal mau operasi katarak. Alhamdulillah selesai"
        " dalam sehari, operasinya kemarin lancar.",
        None,
        False,
    ),
    (
        "U-BURIAL",
        "Terima kasih untuk petugas yang Sabtu malam kemarin datang ke rumah duka untuk buat"
        " surat kematian, jadi jenazah om kami bisa diberangkatkan Minggu pagi.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Saran: buatkan loket khusus lansia. Tadi nenek-nenek antre berdiri dua jam. Jangan"
        " tunggu ada yang pingsan baru bergerak.",
        None,
        False,
    ),
    # Critical: an account opened with the reporter's data, threatening visitors still
    # outside.
    (
        "U-IDENTITY-MISUSE",
        "Saya dapat email dari bank yang saya tidak pernah jadi nasabahnya. Kata bank, rekening"
        " dibuka online pakai NIK dan data KTP saya.",
        None,
        True,
    ),
    (
        "U-SAFETY",
        "Petugas yang saya laporkan datang ke rumah bersama dua orang dan bilang kalau laporan"
        " tidak dicabut saya akan dicari. Sekarang mereka masih duduk di warung depan rumah.",
        None,
        True,
    ),
]
HOLDOUTS_DJ_DK_DL: list[tuple[str, str, datetime | None, bool]] = [
    # An account found on social media that sells data is a leak, not the news.
    (
        "U-DATA-LEAK",
        "Saya menemukan akun di media sosial yang menjual paket data KK dan KTP warga per"
        " kecamatan, ada foto KK saya sendiri di contohnya.",
        None,
        True,
    ),
    # A phone seized and a file threatened, a fee for "percepatan".
    (
        "U-PAYMENT-BY-STAFF",
        "Seorang petugas merampas HP saya, menghapus videonya, dan bilang kalau kamu sebar,"
        " urusanmu di sini tidak akan selesai.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Operator kecamatan bilang titip seratus lima puluh ya untuk map dan percepatan, kami"
        " kasih saja biar cepat.",
        None,
        True,
    ),
    # "setelah menikah" is past, no event ahead.
    (
        "U-DEADLINE-IMMINENT",
        "Pengajuan KK baru setelah menikah saya masukkan 3 minggu lalu, tapi hari ini petugas"
        " bilang berkas harus diantar ulang ke kantor dinas.",
        datetime(2025, 6, 25, 18, tzinfo=WIB),
        False,
    ),
    # A card used at the bank and BPJS with no trouble is no misuse and no lost access.
    (
        "U-IDENTITY-MISUSE",
        "Mau aktivasi IKD, keluar tulisan NIK tidak ditemukan. Padahal KTP-el saya dipakai ke"
        " bank, BPJS, lancar semua.",
        None,
        False,
    ),
    (
        "U-ACCESS-LOST",
        "Mau aktivasi IKD, keluar tulisan NIK tidak ditemukan. Padahal KTP-el saya dipakai ke"
        " bank, BPJS, lancar semua.",
        None,
        False,
    ),
    # "jam 3 sore nanti" is today: a registration closing then is imminent.
    (
        "U-DEADLINE-IMMINENT",
        "Pendaftaran SMP negeri jalur zonasi ditutup jam 3 sore nanti. Setiap saya masukkan"
        " NIK anak saya, website menolak dengan keterangan NIK tidak ditemukan.",
        datetime(2025, 6, 23, 10, tzinfo=WIB),
        True,
    ),
    # A flight "Jumat subuh" (dawn) names the day.
    (
        "U-DEADLINE-IMMINENT",
        "Jadwal terbang saya ke Hong Kong Jumat subuh. Petugas bilang saya tidak bisa"
        " diberangkatkan sebelum KTP dibetulkan.",
        datetime(2026, 7, 15, 14, tzinfo=WIB),
        True,
    ),
    # A landslide that buried the papers, aid given only to those with a KK.
    (
        "U-DISASTER",
        "Tanah dari bukit menimbun kampung kami, semua surat ikut tertimbun. Petugas yang"
        " membagi beras hanya mau memberi kepada yang bisa menunjukkan KK.",
        None,
        True,
    ),
    # Not critical: a promo's last day, a culprit already arrested, a bill sent by mistake,
    # a leaking roof.
    (
        "U-DEADLINE-IMMINENT",
        "Hari ini hari terakhir promo buka rekening dapat voucher. KTP baru saya sudah jadi,"
        " belum sempat saya ambil. Sabtu buka sampai jam berapa?",
        datetime(2026, 8, 22, 11, tzinfo=WITA),
        False,
    ),
    (
        "U-SAFETY",
        "Laporan saya soal NIK dipakai pinjol sudah ditindaklanjuti. Pelakunya sudah ditangkap"
        " polisi dan tagihan berhenti. Terima kasih.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Tadinya saya panik karena dapat SMS tagihan pinjaman atas nama saya. Ternyata itu salah"
        " kirim, namanya beda. Jadi aman.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Minggu lalu atap rumah kami bocor waktu hujan besar dan lemari dokumen basah. KK kami"
        " robek jadi dua.",
        None,
        False,
    ),
]
HOLDOUTS_DM_DN_DO: list[tuple[str, str, datetime | None, bool]] = [
    # Demoted in the queue for being "orang kampung": discrimination.
    (
        "U-MISCONDUCT",
        "Petugas di loket 2 lihat sa pu baju kotor, dia bilang ko orang kampung bau, keluar"
        " dulu, nanti paling terakhir.",
        None,
        True,
    ),
    # A threat to a complainant in Papuan Malay ("tra" is "tidak").
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas itu telepon sa dan bilang kalau ko lapor-lapor, ko pu kampung tra akan kami"
        " layani lagi, ko pu berkas kami buang.",
        None,
        True,
    ),
    # Flood victims without papers at a handout of rice and tarpaulins today.
    (
        "U-DISASTER",
        "Kampung kami kena banjir bandang, samua surat-surat hanyut. Hari ini ada pembagian"
        " beras deng terpal, tapi petugas bilang cuma par yang ada KK atau KTP.",
        None,
        True,
    ),
    # A file put at the bottom of the pile for a belief; a confused person found alone.
    (
        "U-MISCONDUCT",
        "Petugas bilang kolom agama harus diisi salah satu dari enam agama, lalu berkas saya"
        " ditaruh di tumpukan paling bawah.",
        None,
        True,
    ),
    (
        "U-SAFETY",
        "Di depan ruko saya ada kakek-kakek duduk sejak kemarin. Dia tidak bisa sebut nama atau"
        " alamat, sekarang menggigil dan tidak mau makan.",
        None,
        True,
    ),
    # Settled the same day ("langsung bisa"), or a card applied for by the spouse.
    (
        "U-LIFE-HEALTH-NOW",
        "Tadi sore anak saya sempat tidak bisa dilayani pakai BPJS di IGD karena NIK tidak"
        " cocok. Setelah dibetulkan langsung bisa, anak sudah diperiksa dan sudah di rumah.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Bank telepon mengonfirmasi pengajuan kartu kredit atas nama saya. Ternyata istri saya"
        " yang mengajukan kartu tambahan, jadi tidak ada apa-apa.",
        None,
        False,
    ),
]
HOLDOUTS_DQ_DR: list[tuple[str, str, datetime | None, bool]] = [
    # Money collected per child by a village head, "uang foto".
    (
        "U-PAYMENT-OR-THREAT",
        "Kepala dusun kami mengumpulkan Rp50.000 per anak untuk pembuatan KIA massal, katanya"
        " uang foto dan transport petugas.",
        None,
        True,
    ),
    # A school that refuses the enrolment file blocks the child.
    (
        "U-ACCESS-LOST",
        "SMP negeri menolak berkas daftar ulang anak saya karena nama di akta beda dengan di"
        " ijazah.",
        None,
        True,
    ),
    # An officer laughing with a colleague at a mother; names added to a KK for pay.
    (
        "U-MISCONDUCT",
        "Petugas loket berkata keras, oh anak nikah siri ya, ini anak ibu saja, lalu tertawa"
        " dengan rekannya.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Banyak anak dari luar kecamatan mendadak masuk KK warga sini. Kabarnya staf desa yang"
        " membantu memasukkan dengan bayaran.",
        None,
        True,
    ),
    # An account opened on the child's NIK and drawn from: misuse.
    (
        "U-IDENTITY-MISUSE",
        "Setelah saya cek ke bank, rekening PIP atas NIK anak saya dibuka di sekolah lain dan"
        " uangnya sudah ditarik kemarin.",
        None,
        True,
    ),
]
HOLDOUTS_DS_DT_DU: list[tuple[str, str, datetime | None, bool]] = [
    # An approximate wait ("hampir sebulan", "sebentar lagi sebulan") yields to a calendar
    # date ("tanggal 2 bulan ini": 21 days, under twice the 14-day standard).
    (
        "U-WAIT-FAR",
        "KTP saya hampir sebulan belum jadi! Saya rekam tanggal 2 bulan ini di kecamatan.",
        datetime(2026, 3, 23, 9, 0, tzinfo=WIB),
        False,
    ),
    (
        "U-WAIT-FAR",
        "KK saya ajukan tanggal 2 Maret, hitung sendiri sudah 20 hari. Belum jadi, sebentar"
        " lagi sebulan.",
        datetime(2026, 3, 22, 9, 0, tzinfo=WIB),
        False,
    ),
    # A death in an ICU months ago is no patient in care now.
    (
        "U-LIFE-HEALTH-NOW",
        "Ayah saya meninggal di ruang ICU rumah sakit bulan Juli lalu. Akta kematiannya belum"
        " jadi sampai sekarang, tanpa akta saya tidak bisa urus asuransinya.",
        datetime(2026, 10, 12, 9, 0, tzinfo=WIB),
        False,
    ),
    # Care that goes on normally; a BPJS that "was fine before" does not count.
    (
        "U-LIFE-HEALTH-NOW",
        "Pasien kami di bangsal rawat inap, di KTP-nya jenis kelamin salah tulis. BPJS dan"
        " perawatannya tetap berjalan normal, mohon arahan perbaikannya.",
        None,
        False,
    ),
    # Guard (held before this rule set too).
    (
        "U-DEADLINE-IMMINENT",
        "Istri saya dijadwalkan operasi besok pagi tapi BPJS ditolak karena NIK tidak"
        " ditemukan. Dulu waktu periksa kehamilan pakai BPJS lancar saja.",
        None,
        True,
    ),
    # "Minggu ini" is not immediate (the rubric): high, not critical.
    (
        "U-LIFE-HEALTH",
        "Jadwal cuci darah suami saya minggu ini, tapi BPJS-nya tidak aktif karena NIK di KK"
        " tidak terdaftar.",
        datetime(2026, 3, 9, 9, 0, tzinfo=WIB),
        False,
    ),
    (
        "U-LIFE-HEALTH-LATER",
        "Jadwal cuci darah suami saya minggu ini, tapi BPJS-nya tidak aktif karena NIK di KK"
        " tidak terdaftar.",
        datetime(2026, 3, 9, 9, 0, tzinfo=WIB),
        True,
    ),
    # Guard (held before this rule set too).
    (
        "U-DEADLINE-SOON",
        "Minggu ini sudah dua kali saya datang ke kecamatan minta tanda tangan pengantar KK,"
        " petugasnya tidak ada terus.",
        None,
        False,
    ),
    # A health word beside a document: a question asked ahead is no blocked treatment.
    # Guard (held before this rule set too).
    (
        "U-LIFE-HEALTH-DOCUMENT",
        "Berapa lama surat keterangan kematian dari kelurahan bisa keluar? Kakek kami sedang"
        " dirawat di ICU, kami ingin tahu dari sekarang.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-DOCUMENT",
        "Bayi kami masih di NICU, rumah sakit minta akta kelahiran dan KK untuk daftar BPJS"
        " bayi hari ini.",
        None,
        True,
    ),
    # A patient whose condition is stable: blocked (high), not in danger now.
    (
        "U-LIFE-HEALTH",
        "Kami dari RSJ. Ada pasien terlantar yang sudah dirawat dua bulan, kondisinya sudah"
        " stabil, tetapi tidak punya NIK sehingga tidak bisa didaftarkan JKN dan tidak bisa"
        " dirujuk ke panti sosial.",
        None,
        False,
    ),
    # Guard (held before this rule set too).
    (
        "U-VULNERABLE",
        "Kami dari RSJ. Ada pasien terlantar yang sudah dirawat dua bulan, kondisinya sudah"
        " stabil, tetapi tidak punya NIK sehingga tidak bisa didaftarkan JKN.",
        None,
        True,
    ),
    # A Deaf or HIV-positive applicant turned away for their condition: discrimination.
    (
        "U-DISCRIMINATION",
        "Ayah saya tunarungu. Petugas loket bilang bapak ini tidak bisa diajak bicara, bawa"
        " keluarganya saja lain kali, lalu memanggil nomor berikutnya.",
        None,
        True,
    ),
    (
        "U-DISCRIMINATION",
        "Teman saya ODHA. Petugas menyuruhnya menunggu di luar sampai semua warga selesai"
        " karena melihat surat dari klinik.",
        None,
        True,
    ),
    # Guard (held before this rule set too).
    (
        "U-DISCRIMINATION",
        "Petugas bilang bawa pulang saja formulirnya, diisi di rumah lalu kembali besok.",
        None,
        False,
    ),
    # Fees put as an administration charge without a receipt, or a hoped-for donation.
    (
        "U-PAYMENT-BY-STAFF",
        "Petugas di pojok layanan bilang ada biaya administrasinya 150 ribu kalau mau jadi"
        " hari ini. Tidak ada kwitansinya.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Di loket ada kotak sumbangan, setiap pemohon diharapkan menyumbang 50 ribu.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Operator desa bilang kalau bapak banyak omong, nama keluarga bapak saya coret dari"
        " daftar bantuan.",
        None,
        True,
    ),
    # Someone else's story: a workmate, a neighbour, a WhatsApp group.
    (
        "U-PAYMENT-OR-THREAT",
        "Teman kerja saya bilang di kantornya ditarik biaya untuk bikin KTP. Benar begitu?",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Tetangga saya kemarin cerita NIK-nya dipakai orang untuk pinjol sampai ditagih ke"
        " rumah. Bagaimana cara cek NIK saya?",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Di grup WA warga katanya bikin KK harus bayar 50 ribu. Saya sendiri kemarin gratis.",
        None,
        False,
    ),
    # Originals lost by the office; a card lost by its owner while moving house is not.
    (
        "U-FILE-LOST",
        "Petugas bilang mapnya hilang waktu pindah ruangan, padahal isinya buku nikah asli kami.",
        None,
        True,
    ),
    # Guard (held before this rule set too).
    (
        "U-FILE-LOST",
        "KTP saya hilang waktu pindah rumah, mau cetak ulang.",
        None,
        False,
    ),
    # A wait the office announces roughly ("nanti sekitar akhir Januari"): over 28 days.
    (
        "U-WAIT-FAR",
        "Baru rekam ulang KTP karena rusak. Petugas bilang blanko kosong, cetaknya nanti"
        " sekitar akhir Januari.",
        datetime(2026, 11, 24, 9, 0, tzinfo=WIB),
        True,
    ),
    # The counter did not serve; a question about it is information.
    (
        "C-COUNTER-FAILED",
        "Hari ini saya datang jam 10, loket pengambilan sudah tutup padahal jadwalnya sampai"
        " jam 3. Disuruh balik Senin.",
        None,
        True,
    ),
    # Guard (held before this rule set too).
    (
        "C-COUNTER-FAILED",
        "Loket sudah tutup padahal jadwal sampai jam 3? Jam buka yang benar kapan ya?",
        None,
        False,
    ),
    # A village secretary puts a stranger in a KK; aid still paid in a dead man's name.
    (
        "U-STRANGER-BY-STAFF",
        "Di KK kami ada satu nama tambahan yang tidak kami kenal, tercatat sebagai famili"
        " lain. Kata tetangga, dia keponakan sekretaris desa, dimasukkan supaya dapat bantuan.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Nama almarhum tetangga kami masih ada di daftar BLT dan uangnya tetap cair tiap bulan.",
        None,
        True,
    ),
    # "salah satu angka" is one wrong digit, not "one of".
    (
        "C-CORRECTION",
        "Mohon KK dicetak ulang, tanggal lahir ayah di KK salah satu angka.",
        None,
        True,
    ),
]
HOLDOUTS_DS_DT_DU_2: list[tuple[str, str, datetime | None, bool]] = [
    # A past episode that ended ("tahun lalu ... baru jadi"), then "sekarang": no wait now.
    (
        "U-WAIT-FAR",
        "Tahun lalu urus KTP saya sampai 3 bulan baru jadi, capek bolak-balik. Sekarang saya"
        " lihat di KTP tertulis berlaku hingga 2017, apakah harus diperpanjang?",
        None,
        False,
    ),
    # "akhirnya bisa" settles what came before it: a thanks for a home visit.
    (
        "U-DEADLINE-SOON",
        "Saya ingin berterima kasih kepada tim Dukcapil yang datang ke dusun kami hari Rabu"
        " untuk perekaman KTP lansia. Kakek saya yang sudah tidak bisa berjalan akhirnya bisa"
        " rekam di rumah.",
        datetime(2025, 12, 5, 17, 5, tzinfo=WITA),
        False,
    ),
    # A record of a hospital stay is no stay.
    (
        "U-LIFE-HEALTH-NOW",
        "Di aplikasi JKN muncul riwayat rawat inap yang bukan saya. Ternyata petugas RS salah"
        " ketik nomor kartu dan sudah dibatalkan.",
        None,
        False,
    ),
    # A scare that turned out to be a wrong message; a figure of speech about a typo.
    (
        "U-MISCONDUCT",
        "Tadi ada SMS tagihan pinjaman atas nama orang lain ke nomor saya. Setelah saya"
        " telepon, ternyata salah kirim.",
        None,
        False,
    ),
    (
        "U-MISCONDUCT",
        "Nama saya ditulis Muhamad, padahal Muhammad. Nama itu doa, ini sama saja menghina."
        " Tolong dibetulkan.",
        None,
        False,
    ),
    # An address found through a relative who works at the kelurahan: a leak by staff.
    (
        "U-LEAK-BY-STAFF",
        "Mantan suami datang ke kos saya semalam. Alamat baru saya dia dapat dari sepupunya"
        " yang kerja di kelurahan.",
        None,
        True,
    ),
    # The issuer will not reissue a lost birth letter: the infant's akta is blocked.
    (
        "U-INFANT-BLOCKED",
        "Surat keterangan lahir asli bayi kami hilang, dan rumah sakit bilang tidak bisa"
        " diterbitkan ulang. Bagaimana bayi kami bisa dapat akta?",
        None,
        True,
    ),
    # A hospital asking for a patient's family address: a request for others' data.
    (
        "T-DATA-REQUEST",
        "Kami dari rumah sakit. Mohon Dukcapil memberikan data alamat keluarga kandung pasien"
        " Tn. Arif agar kami bisa menghubungi mereka.",
        None,
        True,
    ),
    # A NIK "tercatat juga atas nama orang lain" is a duplicate, not misconduct.
    (
        "U-DUPLICATE",
        "Klaim BPJS saya ditolak karena NIK saya tercatat juga atas nama orang lain di"
        " kabupaten sebelah.",
        None,
        True,
    ),
]
HOLDOUTS_DV_DW_DX: list[tuple[str, str, datetime | None, bool]] = [
    # An official who changed a status without consent; a demand to withdraw a report.
    (
        "U-UNAUTHORISED-CHANGE",
        "Di KK baru status saya tertulis cerai hidup. Sekretaris desa mengaku dia yang"
        " mengubahnya karena diminta ipar saya. Saya tidak pernah memberi persetujuan.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Kepala desa datang ke rumah, bilang laporan saya mencemarkan nama desa dan saya harus"
        " mencabutnya kalau masih mau dilayani.",
        None,
        True,
    ),
    # A child taken away with a promise of work and a KTP that makes her an adult.
    (
        "U-SAFETY",
        "Anak perempuan saya umur 15 hilang sejak Senin, dibawa orang yang menjanjikan kerja"
        " di luar negeri.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Dia sudah dibuatkan KTP dengan tahun lahir lebih tua supaya kelihatan dewasa, katanya"
        " diurus lewat orang kecamatan.",
        None,
        True,
    ),
    # Accounts opened on the reporter's NIK are misuse, not a duplicate record.
    (
        "U-IDENTITY-MISUSE",
        "Rekening saya dibekukan karena NIK saya juga dipakai membuka tiga rekening lain di"
        " kota lain. Saya tidak pernah membukanya.",
        None,
        True,
    ),
    # The reporter's own use of the card is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Bank menolak karena NIK tidak ditemukan. Padahal KTP saya dipakai untuk nyoblos di"
        " pemilu kemarin dan bisa.",
        None,
        False,
    ),
    # Medicine that runs out tonight, refused at the pharmacy: critical now.
    (
        "U-LIFE-HEALTH-NOW",
        "Ibu diabetes, insulin di apotek RS ditolak karena di data BPJS tercatat meninggal."
        " Stok insulin di rumah tinggal untuk malam ini.",
        None,
        True,
    ),
    # One NIK shown under another man's name is a duplicate record.
    (
        "U-DUPLICATE",
        "Waktu daftar akun, muncul NIK sudah digunakan atas nama orang lain dari kabupaten"
        " lain. Jadi satu NIK untuk dua orang?",
        None,
        True,
    ),
    # A treatment months ahead with the card working or the document within its time.
    (
        "U-LIFE-HEALTH-LATER",
        "Bulan depan saya operasi katarak pakai BPJS. Apakah wajib sudah punya IKD? BPJS saya"
        " aktif kok.",
        None,
        False,
    ),
    # "menikah tanggal 20 bulan ini": the month says the day is ahead.
    (
        "U-DEADLINE-SOON",
        "Saya mau menikah tanggal 20 bulan ini di KUA, tapi berkas nikah ditahan karena di KK"
        " status saya tertulis kawin. Mohon segera diperbaiki.",
        datetime(2026, 3, 9, 9, 0, tzinfo=WITA),
        True,
    ),
    # "Rasanya sudah lama sekali, sebulan lebih": a feeling yields to the date (22 days).
    (
        "U-WAIT-FAR",
        "Saya ajukan perubahan KK tanggal 3 Juni. Rasanya sudah lama sekali, sebulan lebih,"
        " tapi belum ada kabar.",
        datetime(2026, 6, 25, 9, 0, tzinfo=WIB),
        False,
    ),
    # Numbers a fraudster registered, now blocked, with thanks: the remedy.
    (
        "U-NIK-EXTERNAL",
        "Terima kasih. Bulan lalu NIK saya dipakai orang untuk kartu SIM, sekarang semua nomor"
        " itu sudah diblokir operator.",
        None,
        False,
    ),
    # Many people hit at once: a system problem.
    (
        "C-SYSTEM-WIDE",
        "Dari pagi OTP login portal tidak terkirim. Bukan saya saja, di kantor kami empat"
        " orang coba semua, tidak ada yang dapat.",
        None,
        True,
    ),
    # A blind applicant not allowed help from family: discrimination.
    (
        "U-DISCRIMINATION",
        "Saya tunanetra. Petugas bilang formulir harus saya isi sendiri, tidak boleh dibantu"
        " keluarga, lalu saya disuruh pulang.",
        None,
        True,
    ),
    # A baby's birth letter burned with the house blocks the akta.
    (
        "U-INFANT-BLOCKED",
        "Bayi saya lahir di rumah. Surat keterangan lahir dari bidan terbakar bersama rumah"
        " kami, bagaimana bisa buat akta?",
        None,
        True,
    ),
]
FIX_2026_12_68: list[tuple[str, str, datetime | None, bool]] = [
    # "seminggu ini" (normalised "1 minggu ini") is the week just past, no day ahead.
    (
        "U-DEADLINE-SOON",
        "Antrean online penuh terus seminggu ini, tiap dibuka langsung habis. Ada cara lain"
        " untuk cetak ulang KK?",
        None,
        False,
    ),
]
HOLDOUTS_DY_DZ_EA: list[tuple[str, str, datetime | None, bool]] = [
    # A thanks that opens a settled story; a fever that has passed.
    (
        "U-LIFE-HEALTH-NOW",
        "Saya mau berterima kasih. Tiga hari lalu ibu saya tertahan di IGD karena BPJS ditolak"
        " gara-gara NIK, sorenya datanya sudah dibetulkan. Ibu sekarang sudah pulang.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Anak saya semalam demam tinggi sampai kejang, sudah dibawa ke puskesmas dan sekarang"
        " panasnya sudah turun. Bidan menyarankan dibuatkan KIA, syaratnya apa ya?",
        None,
        False,
    ),
    # A workmate's case told as the reason to ask.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Teman sekantor saya baru kena: NIK-nya dipakai orang untuk pinjaman sampai ditagih."
        " Bagaimana cara saya mengecek NIK saya?",
        None,
        False,
    ),
    # "Kuota hari ini" and "Hari ini tanggal 20" tell how things stand, not a deadline.
    (
        "U-DEADLINE-IMMINENT",
        "Aplikasi antrean tidak bisa dibuka dari pagi, semua orang di grup juga sama. Kuota"
        " hari ini hangus semua.",
        None,
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Anak kami lahir di kebun, tidak ada surat dari bidan. Tanggal 3 kami bawa surat"
        " kepala desa dan dua saksi ke dinas. Hari ini tanggal 20, akta belum ada.",
        datetime(2026, 7, 20, 11, 0, tzinfo=WIT),
        False,
    ),
    # People in custody in general; a detention caused by wrong data is still critical.
    (
        "U-SAFETY",
        "Apakah keluarga boleh mengurus KTP untuk orang yang sedang ditahan di rutan?"
        " Syaratnya apa?",
        None,
        False,
    ),
    # Guard (held before this rule set too).
    (
        "U-SAFETY",
        "Adik saya ditahan di rutan dan diperiksa sebagai orang dewasa karena tahun lahir di"
        " data kependudukan salah.",
        None,
        True,
    ),
    # A danger long past: "tidak ada yang mendesak", "sekarang hidup tenang".
    (
        "U-SAFETY",
        "Tahun 2017 saya ditangkap dan dipenjara, itu sudah lama selesai. Sekarang cuma"
        " tanggal lahir di KK salah. Tidak ada yang mendesak.",
        None,
        False,
    ),
    (
        "U-SAFETY",
        "Saya dulu korban KDRT, sudah cerai dan sekarang hidup tenang. Apakah alamat di KTP"
        " bisa dirahasiakan?",
        None,
        False,
    ),
    # Victims as a group in a suggestion; a name to change without the father's.
    (
        "U-SAFETY",
        "Saran: sediakan ruang tertutup atau jalur khusus untuk perempuan korban kekerasan di"
        " loket.",
        None,
        False,
    ),
    (
        "U-MISCONDUCT",
        "Saran: sediakan ruang tertutup atau jalur khusus untuk perempuan korban kekerasan di"
        " loket.",
        None,
        False,
    ),
    (
        "U-MISCONDUCT",
        "Setelah cerai, bisa tidak nama anak diganti tanpa nama ayahnya?",
        None,
        False,
    ),
    # A landslide and aid handed out tomorrow; SIM cards and a forged KTP on one's NIK.
    (
        "U-DISASTER",
        "Rumah kami tertimbun tanah, KK dan KTP hilang. Pembagian bantuan besok pagi hanya"
        " untuk yang bisa tunjukkan KK.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya dapat SMS NIK Anda telah digunakan untuk registrasi nomor baru, padahal saya"
        " tidak pernah daftar.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Di kantor notaris saya lihat fotokopi KTP yang dipakai: NIK itu NIK saya, nama saya,"
        " tapi fotonya orang lain.",
        None,
        True,
    ),
    # The reporter's own child and the reporter's own name are no third party's.
    (
        "T-IDENTIFIED-OTHER",
        "Anak perempuan saya Dewi di ruang bersalin, BPJS-nya tidak aktif sejak keluar dari"
        " KK suaminya.",
        None,
        False,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Saya Ibu Martha, 71 tahun. Suami saya meninggal, akta kematiannya belum jadi.",
        None,
        False,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Ibu/Bapak, saya Ny. Lastri. Sejak suami saya wafat, NIK saya tercatat meninggal.",
        None,
        False,
    ),
    # Guard (held before this rule set too).
    (
        "T-IDENTIFIED-OTHER",
        "Warga kami Ibu Sukarti, 74 tahun, KTP-nya hilang dan dia tinggal sendiri.",
        None,
        True,
    ),
    # None of the documents has come after five months.
    (
        "U-WAIT-FAR",
        "Bulan Februari ada pelayanan akta di posyandu, 27 anak didaftarkan. Sekarang sudah"
        " akhir Juli, belum satu akta pun sampai.",
        datetime(2026, 7, 28, 9, 0, tzinfo=WIB),
        True,
    ),
    # Service held hostage to another demand; treated differently for who one is.
    (
        "U-PAYMENT-OR-THREAT",
        "Sekretaris desa bilang KTP warga tidak akan diurus kalau kami belum menandatangani"
        " surat pelepasan tanah.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Saya tidak dipanggil sampai siang. Petugas bilang yang kayak kamu nanti saja pas sepi.",
        None,
        True,
    ),
]
HOLDOUTS_EB_EC_ED: list[tuple[str, str, datetime | None, bool]] = [
    # A Deaf applicant told to bring "orang yang bisa ngomong": discrimination.
    (
        "U-DISCRIMINATION",
        "Saya tuli. Petugas menulis di kertas: pulang, datang lagi bawa orang yang bisa"
        " ngomong. Orang lain dilayani.",
        None,
        True,
    ),
    # A divorce recorded that never happened: data changed without consent.
    (
        "U-UNAUTHORISED-CHANGE",
        "Di KK terbaru status saya cerai hidup. Saya tidak pernah bercerai, tidak pernah ada"
        " sidang, suami mengurus sendiri lewat desa.",
        None,
        True,
    ),
    # "blm jd2" (belum jadi jadi) is still "not yet made": the wait counts (34 days).
    (
        "U-WAIT-FAR",
        "min ktp gw blm jd2 dr tgl 3 bln lalu, tiap ke kantor disuruh balik lg minggu depan.",
        datetime(2026, 11, 6, 12, 0, tzinfo=WIB),
        True,
    ),
    # Health cover lost now, after an illness that has passed.
    (
        "U-ACCESS-LOST",
        "Bulan lalu anak saya sakit dan kartu KIS kami ditolak di puskesmas. Anak sudah"
        " sembuh, tapi sekarang kami sekeluarga tidak punya jaminan kesehatan sama sekali.",
        None,
        True,
    ),
    # "honorer" and "operatornya" are officials; a cousin at the office leaks an address.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Waktu giliran saya, operatornya bilang berkas bisa diprioritaskan kalau ada uang"
        " lelah Rp100 ribu.",
        None,
        True,
    ),
    (
        "U-LEAK-BY-STAFF",
        "Mantan suami kirim WA berisi alamat baru saya, katanya dapat dari sepupunya yang"
        " kerja honorer di Dukcapil.",
        None,
        True,
    ),
    # A file that "bisa saja hilang" after a complaint: a threat.
    (
        "U-PAYMENT-OR-THREAT",
        "Waktu saya bilang mau lapor, staf kelurahan bilang berkas saya bisa saja hilang.",
        None,
        True,
    ),
    # A burial that took place abroad; another agency that sends the family back.
    (
        "U-BURIAL",
        "Bapak wafat di Arafah saat ibadah haji dan dimakamkan di sana. Kami butuh akta"
        " kematian untuk klaim asuransi.",
        None,
        False,
    ),
    (
        "C-REFUSED-REPEATED",
        "Dukcapil minta surat dari KJRI untuk akta kematian, tapi Kemenag bilang itu urusan"
        " Dukcapil. Pensiun janda ibu tertahan.",
        None,
        True,
    ),
    # Village officials: a card held as collateral, a letter refused to the losing side,
    # a due before a document is returned, residents made up to vote.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Kepala desa kami menahan KTP asli warga sebagai jaminan pinjaman dari BUMDes.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Pak RT tidak mau membuatkan pengantar KIA anak saya. Kata beliau, minta saja ke calonmu.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Pak Kades bilang KK kami baru dikembalikan kalau iuran desa dilunasi.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Operator desa membuatkan KTP beralamat di desa ini untuk orang dari luar daerah"
        " supaya mereka bisa ikut memilih.",
        None,
        True,
    ),
    # "Beliau bilang" after a sentence naming an official continues the official's speech.
    (
        "U-PAYMENT-OR-THREAT",
        "Pak Kades datang ke rumah bersama dua orang. Beliau bilang kalau postingan tidak"
        " saya hapus, keluarga saya tidak akan dilayani surat apa pun.",
        None,
        True,
    ),
    # A death "tanggal 17" is the latest 17th: the death letter is 9 days late.
    (
        "U-WAIT-FAR",
        "Ayah kami meninggal tanggal 17 dan sudah dimakamkan. Surat keterangan kematian dari"
        " kelurahan sampai hari ini belum keluar.",
        datetime(2026, 8, 26, 10, 0, tzinfo=WITA),
        True,
    ),
    # A burial the gravedigger will not start without the village letter.
    (
        "U-BURIAL",
        "Mertua meninggal subuh tadi. Penjaga makam tidak mau menggali sebelum ada surat"
        " keterangan kematian, kantor desa tutup.",
        None,
        True,
    ),
    # A husband's threat is no fee or official's threat; a short thanks opens a settled story.
    (
        "U-PAYMENT-OR-THREAT",
        "Suami saya tadi mengancam akan menyusul kalau tahu kami di sini. Rumah aman minta"
        " fotokopi KK, semua dokumen ditahan suami.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Mau menyampaikan terima kasih. Jenazah nenek sempat tertahan di rumah sakit karena"
        " surat kematian belum ada, tapi petugas datang dan semuanya selesai.",
        None,
        False,
    ),
]
HOLDOUTS_ED_EE_EG: list[tuple[str, str, datetime | None, bool]] = [
    # A cover letter left unsigned: the counter did not serve (medium, normative).
    (
        "C-COUNTER-FAILED",
        "Sudah 6 hari surat pengantar pindah saya belum ditandatangani, tiap datang katanya"
        " kuwu sedang rapat.",
        None,
        True,
    ),
    # Asked for a letter, not for money; a photocopy paid at a shop.
    (
        "U-PAYMENT-OR-THREAT",
        "Pak RT kami kalau dimintai pengantar selalu marah-marah, katanya mengganggu waktu"
        " istirahat. Tadi malam saya datang minta pengantar, malah dibentak.",
        None,
        False,
    ),
    (
        "U-PAYMENT-BY-STAFF",
        "Operator menyuruh saya fotokopi sendiri, saya bayar 5 ribu ke warungnya, itu wajar."
        " Masalahnya berkas saya belum dikirim.",
        None,
        False,
    ),
    # A queue slot already forfeited is no loss ahead.
    (
        "U-DEADLINE-IMMINENT",
        "Jadwal antrean online saya jam 10, saya datang jam 10.05, satpam bilang sudah hangus"
        " karena terlambat dan harus daftar ulang besok.",
        None,
        False,
    ),
    # Care that goes on; a misuse feared but not happening; someone else's bill.
    (
        "U-LIFE-HEALTH",
        "Ibu saya pasien cuci darah rutin, syukurlah BPJS-nya lancar dan tidak ada kendala."
        " KTP-nya patah, bisa dicetak ulang?",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Dulu saya pernah kirim foto KTP ke aplikasi pinjaman online tapi tidak jadi pinjam."
        " Sampai sekarang tidak ada tagihan apa-apa.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Teman saya di Ambon kena tagihan pinjaman online padahal tidak pernah pinjam, NIK-nya"
        " dipakai orang. Bagaimana cara cek NIK saya?",
        None,
        False,
    ),
    # The reporter's own purchase of a SIM card is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Waktu daftar IKD muncul NIK tidak ditemukan, padahal di bank dan waktu beli kartu"
        " perdana NIK saya normal saja.",
        None,
        False,
    ),
    # An operation that "hampir batal" went ahead.
    (
        "U-LIFE-HEALTH",
        "Dua minggu lalu operasi katarak ibu saya hampir batal karena BPJS-nya nonaktif, NIK"
        " tidak padan. Besok paginya kartunya aktif lagi.",
        None,
        False,
    ),
    # A flood told as "air setinggi dada", aid only for those with a KK.
    (
        "U-DISASTER",
        "Kampung kami sudah lima hari air setinggi dada, kami tidur di masjid. Relawan"
        " membagikan beras hanya untuk yang bisa menunjukkan KK.",
        None,
        True,
    ),
    # Labour, intensive care, medicine that runs out on Thursday.
    (
        "U-LIFE-HEALTH-NOW",
        "Istri saya sudah pecah ketuban dari subuh, di rumah sakit KIS-nya ditolak karena NIK"
        " tidak padan.",
        None,
        True,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Ibu saya di ruang perawatan intensif pakai alat bantu napas, admisi bilang JKN tidak"
        " bisa dipakai karena NIK tidak cocok.",
        None,
        True,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Insulin ayah saya tinggal cukup sampai Kamis. Apotek puskesmas tidak mau kasih karena"
        " alamat NIK ayah belum berubah.",
        datetime(2026, 6, 9, 14, 0, tzinfo=WIT),
        True,
    ),
    # Very old and housebound is vulnerable, not unsafe.
    (
        "U-SAFETY",
        "Matur suksma. Nenek kami umur 92 tahun tidak bisa keluar rumah, kemarin petugas"
        " datang merekam KTP beliau.",
        None,
        False,
    ),
    # A threat to stall a file; pay that stops; a NIK taken by another participant.
    (
        "U-PAYMENT-OR-THREAT",
        "Setelah saya protes, petugas loket bilang ke temannya catat wajah ibu ini, nanti"
        " berkasnya jangan diproses.",
        None,
        True,
    ),
    (
        "U-ACCESS-LOST",
        "Bulan ini uang pensiunnya tidak masuk karena tanggal lahir di KTP beda dengan SK pensiun.",
        None,
        True,
    ),
    (
        "U-DUPLICATE",
        "Petugas BPJS bilang NIK saya sudah terpakai oleh peserta lain di kabupaten lain.",
        None,
        True,
    ),
    (
        "U-VULNERABLE",
        "Saya hamil 7 bulan, bidan tidak bisa mendaftarkan saya ke program persalinan gratis"
        " karena KK saya masih di kabupaten lain.",
        None,
        True,
    ),
    # A check asked after a relative's settled case; a house sold; a burial told as done.
    (
        "U-IDENTITY-MISUSE",
        "Kakak ipar saya dua tahun lalu pernah kena, NIK-nya dipakai pinjol, sudah selesai."
        " Saya jadi ingin cek berapa nomor HP yang terdaftar pakai NIK saya.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Rumah lama sudah dijual, jadi alamat di KK memang harus ganti. Surat pindah belum ada"
        " kabar.",
        None,
        False,
    ),
    (
        "U-BURIAL",
        "Bapak meninggal tanggal 2 Februari dan dimakamkan di kampung. Akta kematiannya belum"
        " ada kabar.",
        datetime(2026, 4, 10, 10, 0, tzinfo=WIB),
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Mau berterima kasih. Tahun lalu NIK saya sempat dipakai orang untuk akun pinjaman."
        " Akun itu sudah ditutup dan nama saya bersih.",
        None,
        False,
    ),
    # A short thanks before a settled misuse, with no other past cue.
    (
        "U-IDENTITY-MISUSE",
        "Terima kasih Disdukcapil Kota Palu. Laporan saya soal nomor HP yang didaftarkan orang"
        " lain pakai NIK saya sudah ditindaklanjuti, nomor-nomor itu sudah diblokir operator.",
        None,
        False,
    ),
    # What the deadline needs is ready: nothing is in the way.
    (
        "U-DEADLINE-IMMINENT",
        "Besok subuh saya berangkat umrah, paspor dan visa sudah beres semua. Saya mau tanya,"
        " selama saya pergi apakah KK bisa diubah anak saya?",
        None,
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Alhamdulillah, tadi pagi KTP anak saya sudah dicetak, jadi besok dia bisa ikut tes"
        " seleksi dengan tenang. Terima kasih.",
        None,
        False,
    ),
]
HOLDOUTS_EF_EH_EI: list[tuple[str, str, datetime | None, bool]] = [
    # A girl's birth year changed so she can be married; outsiders put in village KKs.
    (
        "U-MISCONDUCT",
        "Anak tetangga saya baru 16 tahun. Di KK barunya tahun lahirnya diubah dari 2009 jadi"
        " 2006 supaya bisa dinikahkan bulan depan.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Kepala desa memasukkan beberapa keluarga dari kabupaten lain ke KK di desa ini supaya"
        " mereka dapat bantuan beras.",
        None,
        True,
    ),
    # A church blessing is an event with a date.
    (
        "U-DEADLINE-SOON",
        "Pemberkatan nikah kami di gereja tanggal 27 Desember. Majelis minta akta yang namanya"
        " sama dengan KTP, pembetulan belum ada kabar.",
        datetime(2025, 12, 15, 8, 0, tzinfo=WIT),
        True,
    ),
    # A surgery tomorrow: a pin to be fitted.
    (
        "U-DEADLINE-IMMINENT",
        "Kaki saya patah dan dokter jadwalkan pemasangan pen besok pagi. BPJS PBI saya ditolak"
        " karena NIK tidak terdaftar.",
        None,
        True,
    ),
    # A bank that can wait: nothing is pressing.
    (
        "U-ACCESS-LOST",
        "KTP saya belum jadi. Saya cuma butuh untuk buka rekening tabungan, tapi kata banknya"
        " masih bisa nunggu kok, gak ada batas.",
        None,
        False,
    ),
    # A date a need falls on ("ditutup sekitar enam minggu lagi") is no longer wait.
    (
        "U-WAIT-FAR",
        "Adik saya belum dimasukkan ke KK. Saya butuh KK terbaru untuk syarat beasiswa yang"
        " ditutup sekitar enam minggu lagi.",
        None,
        False,
    ),
    # Third-party data: a cousin or friend named; KK field values and one's own KK are not.
    (
        "T-IDENTIFIED-OTHER",
        "Sepupu saya, Marthen Latuconsina, ditemukan meninggal di kamar kosnya tadi subuh.",
        None,
        True,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Status istri saya di KK tertulis 'FAMILI LAIN', harusnya 'ISTRI'. Mohon dibetulkan.",
        None,
        False,
    ),
    (
        "T-DATA-REQUEST",
        "Saya punya kos 12 kamar. Kalau mereka mau urus surat domisili, apa saya harus ikut"
        " datang? Perlu fotokopi KK saya juga?",
        None,
        False,
    ),
]
HOLDOUTS_EJ_EL: list[tuple[str, str, datetime | None, bool]] = [
    # A fear of what may happen, a scam message checked and ignored.
    (
        "U-IDENTITY-MISUSE",
        "Kalau saya kirim foto KTP dan selfie ke aplikasi pinjaman, aman tidak? Takutnya nanti"
        " NIK saya dipakai orang. Belum saya kirim.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya dapat SMS NIK Anda terdaftar sebagai penjamin pinjaman. Saya cek di SLIK OJK,"
        " data saya bersih, dan tidak saya klik.",
        None,
        False,
    ),
    # "bukan saya yang merusak" about a blurred photo is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Foto di KTP saya buram sekali. Ini hasil cetakan kalian sendiri, bukan saya yang"
        " merusak. Minta dicetak ulang!",
        None,
        False,
    ),
    # A departure tomorrow with every document ready; a surgery with BPJS and referral set.
    (
        "U-DEADLINE-IMMINENT",
        "Besok pagi saya berangkat umroh. Apakah perlu bawa KK asli? Semua dokumen sudah"
        " lengkap dan sudah dicek pihak travel.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-LATER",
        "Bapak dijadwalkan operasi katarak bulan depan. BPJS-nya aktif, rujukan juga sudah"
        " beres, jadi aman. Apakah alamat KTP wajib diganti?",
        None,
        False,
    ),
    # A NIK "dianggap sudah meninggal" at an aid programme is a NIK problem elsewhere.
    (
        "U-ACCESS-LOST",
        "Nama ibu saya tidak keluar di daftar penerima BPNT. Kata pendamping, NIK ibu di"
        " sistem dianggap sudah meninggal.",
        None,
        True,
    ),
]
HOLDOUTS_EM_EN_EO: list[tuple[str, str, datetime | None, bool]] = [
    # A "customary" fee for petrol; a wage held by HR until the card is fixed.
    (
        "U-PAYMENT-BY-STAFF",
        "Waktu ambil KK di kantor desa, pak kaur bilang biasanya warga kasih buat beli bensin,"
        " minimal lima puluh ribu. Saya kasih karena takut.",
        None,
        True,
    ),
    (
        "U-ACCESS-LOST",
        "HRD menahan gaji saya bulan ini sampai saya bisa menyerahkan KTP yang tempat lahirnya"
        " sama dengan ijazah.",
        None,
        True,
    ),
    # A number registered on the reporter's NIK used to cheat people tonight.
    (
        "U-IDENTITY-MISUSE",
        "Ada ibu-ibu transfer uang ke nomor HP yang terdaftar atas nama dan NIK saya, ternyata"
        " penipuan. Saya tidak pernah mendaftarkan nomor itu.",
        None,
        True,
    ),
    # A body to be flown home tomorrow, told without "jenazah".
    (
        "U-BURIAL",
        "Adik saya meninggal di mes tambang kemarin. Kami mau terbangkan dia pulang besok, tapi"
        " kargo maskapai minta surat keterangan kematian.",
        None,
        True,
    ),
    # Originals the counter says it returned, with the receipt still in hand.
    (
        "U-FILE-LOST",
        "Akta asli yang saya serahkan di loket sekarang tidak ada. Petugas bilang sudah"
        " dikembalikan, padahal tanda terimanya masih saya pegang.",
        None,
        True,
    ),
    # A relative's story heard yesterday; "sampai sekarang saya sendiri tidak" billed.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Ipar saya kemarin cerita NIK-nya dipakai orang untuk pinjaman online. Sampai sekarang"
        " saya sendiri tidak pernah dapat tagihan aneh.",
        None,
        False,
    ),
    # Wanting to make sure the NIK is not used again is no denial of misuse now.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Penagih pinjaman yang tidak pernah saya ajukan datang ke rumah hari ini. Bagaimana cara"
        " memastikan NIK saya tidak dipakai lagi?",
        None,
        True,
    ),
    # Years abroad told as over are no wait.
    (
        "U-WAIT-FAR",
        "Kami sekeluarga kembali dari Brunei setelah 11 tahun. Surat keterangan datang kami"
        " ajukan tiga minggu lalu, belum juga terbit.",
        None,
        False,
    ),
    # A burial today that needs nothing; a Saturday opening asked for.
    (
        "U-DEADLINE-IMMINENT",
        "Ayah saya meninggal semalam. Untuk akta kematian syaratnya apa saja? Pemakaman siang"
        " ini, tidak ada masalah dengan itu.",
        None,
        False,
    ),
    # An age raised so a girl can work abroad; a letter refused to an opponent's voter.
    (
        "U-MISCONDUCT",
        "Sponsor PMI bilang KTP saya sudah diurus dengan operator supaya saya cukup umur kerja"
        " ke Malaysia. Tahun lahir saya diubah.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Kepala desa tidak mau menandatangani pengantar KK saya. Dia bilang minta saja ke calon"
        " yang kamu pilih.",
        None,
        True,
    ),
    # "belum juga ada" tells which document is awaited (a death letter, 10 days).
    (
        "U-WAIT-FAR",
        "Ayah meninggal tanggal 2 Mei. Tanggal 5 Mei berkas (KK, KTP almarhum) saya serahkan"
        " ke kelurahan. Sampai hari ini surat keterangan kematiannya belum juga ada.",
        datetime(2026, 5, 15, 14, 0, tzinfo=WIB),
        True,
    ),
    # A report sent again after three weeks without an answer.
    (
        "U-REPEAT",
        "Tanggal 16 Juni saya kirim laporan lewat SP4N-LAPOR soal tanggal lahir yang salah"
        " cetak, tidak ada tanggapan. Ini saya kirim lagi.",
        None,
        True,
    ),
]
HOLDOUTS_EP_EQ_ER: list[tuple[str, str, datetime | None, bool]] = [
    # A shelter is where victims are, not aid: a status question there blocks no aid.
    (
        "U-DISASTER",
        "Saya rekam ulang KTP di pelayanan keliling posko longsor tanggal 12, katanya jadinya"
        " dua minggu. Sudah bisa diambil belum ya?",
        datetime(2026, 1, 20, 9, 0, tzinfo=WIB),
        False,
    ),
    # Guard (held before this rule set too).
    (
        "U-DISASTER",
        "Rumah kami hanyut banjir, KK dan KTP hilang. Beras di posko hanya dibagikan ke yang"
        " bisa menunjukkan KK.",
        None,
        True,
    ),
    # The office's estimate "baru datang bulan April" is an announced wait (about 7 weeks).
    (
        "U-WAIT-FAR",
        "KTP saya hilang. Mau cetak ulang, petugas bilang blanko habis dan kemungkinan baru"
        " datang bulan April.",
        datetime(2026, 2, 10, 15, 0, tzinfo=WIB),
        True,
    ),
    # Displaced people turned away; an age changed for the elderly aid.
    (
        "U-MISCONDUCT",
        "Staf kelurahan bilang yang dilayani cuma warga asli sini, pendatang urus sendiri di"
        " daerah asal.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Tahun lahir bapak di KK berubah jadi 1950. Kaur pemerintahan bilang biar dapat"
        " bantuan lansia, sudah diurus pak kades.",
        None,
        True,
    ),
    # A body flown home in time, with thanks; a viral video; the reporter's own number.
    (
        "U-BURIAL",
        "Terima kasih petugas piket yang buka kantor hari Minggu untuk cetak akta kematian"
        " kakek, jadi jenazah bisa diterbangkan ke Toraja tepat waktu.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya lihat video viral soal warga yang data KTP-nya dipakai orang untuk pinjaman"
        " online. Apakah Dukcapil memberikan data ke aplikasi pinjaman?",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya sudah cek, nomor yang terdaftar dengan NIK saya cuma satu, punya saya sendiri."
        " Bagaimana cara rutin memantau kalau NIK saya dipakai?",
        None,
        False,
    ),
    # A registration that "tutup malam ini": a deadline today.
    (
        "U-DEADLINE-IMMINENT",
        "Sistem beasiswa menolak NIK saya, katanya tidak sesuai data kependudukan."
        " Pendaftarannya tutup malam ini jam 23.59.",
        None,
        True,
    ),
]
HOLDOUT_ES: list[tuple[str, str, datetime | None, bool]] = [
    # Waters broken ("air ketubannya pecah") with BPJS inactive: labour now.
    (
        "U-LIFE-HEALTH-NOW",
        "Istri saya mulas dari jam 10 malam, air ketubannya pecah duluan. Di RS BPJS-nya tidak"
        " aktif karena NIK tidak terdaftar.",
        None,
        True,
    ),
    # A digital ID moved to someone else's phone, then loan applications.
    (
        "U-IDENTITY-MISUSE",
        "Saya dapat email bahwa akun IKD saya dipindahkan ke perangkat lain. Saya tidak"
        " melakukan itu. Setelahnya ada pengajuan limit kredit di dua aplikasi bank.",
        None,
        True,
    ),
    # A father in hospital whose care is covered: nothing pressing.
    (
        "U-LIFE-HEALTH-NOW",
        "Bapak sedang dirawat di RS, tapi tenang saja, BPJS beliau aman dan semua tindakan"
        " ditanggung. Di KK pekerjaan bapak masih PNS, mohon diganti.",
        None,
        False,
    ),
]
HOLDOUTS_ET_EU: list[tuple[str, str, datetime | None, bool]] = [
    # A house that leaks ("rumah kontrakan kebocoran") leaks no data.
    (
        "U-DATA-LEAK",
        "KK kami basah karena rumah kontrakan kebocoran waktu hujan deras. Mohon dicetak ulang.",
        None,
        False,
    ),
    # A guard: a leak of data is still one.
    (
        "U-DATA-LEAK",
        "Ada kebocoran data, foto KTP saya dijual di grup Telegram.",
        None,
        True,
    ),
    # An office phone number that no longer works is no NIK problem.
    (
        "C-NIK-DATABASE",
        "Nomor WA kantor yang lama sudah tidak aktif, saya chat tiga hari tidak ada balasan.",
        None,
        False,
    ),
    (
        "C-NIK-DATABASE",
        "Nomor pak lurah tidak aktif dari kemarin, surat pengantar belum bisa saya minta.",
        None,
        False,
    ),
    # A guard: a NIK not active at BPJS still needs the central database.
    (
        "C-NIK-DATABASE",
        "NIK saya tidak aktif di BPJS, kata petugas harus ke Dukcapil.",
        None,
        True,
    ),
    # A phone not registered for IKD is an account matter.
    (
        "C-NIK-DATABASE",
        "IKD saya tidak bisa dibuka setelah ganti HP, keterangannya perangkat tidak terdaftar.",
        None,
        False,
    ),
    # A wife the reporter asks to add to his KK is no stranger in it.
    (
        "C-STRANGER-IN-RECORD",
        "Saya baru menikah, mohon istri saya masuk ke KK saya. Syaratnya apa saja?",
        None,
        False,
    ),
    (
        "C-STRANGER-IN-RECORD",
        "Tiba-tiba ada nama orang lain di KK saya, saya tidak kenal.",
        None,
        True,
    ),
    # An explicit request after "Mohon info" is still a request.
    (
        "U-EXPLICIT-REQUEST",
        "Mohon info, status di KTP saya masih belum kawin padahal sudah menikah. Saya minta KTP"
        " dicetak baru dengan status yang benar.",
        None,
        True,
    ),
    (
        "U-EXPLICIT-REQUEST",
        "Istri saya masih di KK orang tuanya. Mohon dibuatkan KK baru untuk kami, apa bisa"
        " lewat desa?",
        None,
        True,
    ),
    # A suggestion to build a ramp is no request about the reporter's document.
    (
        "U-EXPLICIT-REQUEST",
        "Saran, mohon dibuatkan jalur landai di pintu masuk kantor dinas.",
        None,
        False,
    ),
    # "Saya mau diperbaiki": wants the own record corrected, even with a question.
    (
        "U-CORRECTION-INTENT",
        "Nama di KTP saya kurang satu huruf dibanding ijazah. Saya mau diperbaiki, berkasnya apa"
        " saja?",
        None,
        True,
    ),
    # Years spent in a trade are no wait.
    (
        "U-WAIT-FAR",
        "Sudah 8 tahun saya berjualan di Batam. KTP saya rusak, bisa cetak ulang di sini?",
        None,
        False,
    ),
    (
        "U-WAIT-FAR",
        "Pekerjaan di KTP masih pelajar padahal sudah 10 tahun saya dagang sayur. Mau diganti.",
        None,
        False,
    ),
    # A guard: a wait told with "saya" before the verb is still a wait.
    (
        "U-WAIT-FAR",
        "Sudah 2 bulan saya tunggu KTP, belum jadi juga.",
        None,
        True,
    ),
    # "Bikin sakit hati": hurt feelings, not a sick person.
    (
        "U-VULNERABLE",
        "Petugasnya ketus, berkas saya dilempar, saya disuruh pulang. Bikin sakit hati.",
        None,
        False,
    ),
    # A day's wage lost by coming to the office is a cost, not lost access.
    (
        "U-ACCESS-LOST",
        "Jam 7 nomor antrean sudah habis, disuruh datang minggu depan. Sekali datang saya hilang"
        " upah sehari.",
        None,
        False,
    ),
    # Queue numbers gone before the office opened: the counter did not serve.
    (
        "C-COUNTER-FAILED",
        "Jam 7 nomor antrean sudah habis padahal kantor baru buka jam 7.30. Disuruh datang lagi.",
        None,
        True,
    ),
    # Sent away twice, then asked when: still a unit that must act.
    (
        "C-COUNTER-FAILED-AGAIN",
        "Dua kali saya datang untuk cetak ulang KTP, dua kali dibilang printernya rusak. Kapan"
        " diperbaiki?",
        None,
        True,
    ),
    (
        "C-COUNTER-FAILED-AGAIN",
        "Tadi printernya rusak, kapan kira-kira sudah diperbaiki?",
        None,
        False,
    ),
    # Visits this week are no repeated complaint and no deadline.
    (
        "U-REPEAT",
        "Kuota habis, disuruh datang besok. Ini sudah kedua kalinya minggu ini saya izin kerja.",
        None,
        False,
    ),
    (
        "U-DEADLINE-WORDS",
        "Kuota habis, disuruh datang besok. Ini sudah kedua kalinya minggu ini saya izin kerja.",
        None,
        False,
    ),
    # A status that has not moved ("masih verifikasi") past the standard time.
    (
        "C-WAIT-PAST",
        "Perubahan KK saya, berkas lengkap tanggal 3 Juli, status di aplikasi masih verifikasi."
        " Tolong dicek.",
        datetime(2025, 7, 24, 13, 0, tzinfo=WIB),
        True,
    ),
    # Sent on again by the office it was sent to.
    (
        "C-REFUSED",
        "KK saya sobek. Desa suruh ke kecamatan, di kecamatan malah disuruh ke kabupaten.",
        None,
        True,
    ),
    # A poster is a facility: asking to change it is no request about a document.
    (
        "U-EXPLICIT-REQUEST",
        "Poster di kantor masih mencantumkan nomor WA lama. Tolong diganti yang benar.",
        None,
        False,
    ),
]
HOLDOUTS_EV_EW_EX: list[tuple[str, str, datetime | None, bool]] = [
    # A crowd stranded at an office by an outage is no one in danger.
    (
        "U-SAFETY",
        "Dari jam 7 pagi ratusan warga terlantar di MPP, server mati total. Kapan nyala?",
        None,
        False,
    ),
    # A workmate arrested for a forged card: someone else's story, no official's misconduct.
    (
        "U-SAFETY",
        "Teman kerja saya di Medan kemarin diamankan polisi karena ketahuan memakai KTP palsu"
        " untuk kredit. Bagaimana cara cek KTP asli?",
        None,
        False,
    ),
    (
        "U-MISCONDUCT",
        "Teman kerja saya di Medan kemarin diamankan polisi karena ketahuan memakai KTP palsu"
        " untuk kredit. Bagaimana cara cek KTP asli?",
        None,
        False,
    ),
    # Collectors with a copy of the reporter's card for a credit never taken.
    (
        "U-IDENTITY-MISUSE",
        "Tadi sore dua orang dari leasing datang ke rumah membawa fotokopi KTP saya dan"
        " menagih cicilan motor baru yang katanya saya ambil. Saya tidak pernah beli motor.",
        None,
        True,
    ),
    # Living on a friend's loan is no loan in the reporter's name.
    (
        "U-IDENTITY-MISUSE",
        "Gaji saya ditahan karena NIK tidak valid, sudah dua bulan saya hidup dari pinjaman teman.",
        None,
        False,
    ),
    # "Ini laporan kedua, tapi soal lain": another case.
    (
        "U-REPEAT",
        "Laporan saya minggu lalu sudah beres, terima kasih. Ini laporan kedua, tapi soal lain:"
        " apakah KTP perlu diganti kalau pekerjaan berubah?",
        None,
        False,
    ),
    # A photocopy kiosk across the road charges its own price.
    (
        "U-PAYMENT-OR-THREAT",
        "Saya fotokopi KK di kios seberang kantor Disdukcapil, bayar 7 ribu. Itu memang bayar kan?",
        None,
        False,
    ),
    # Patients in general, told by a nurse.
    (
        "U-LIFE-HEALTH-NOW",
        "Saya perawat. Hampir tiap minggu ada pasien yang tertahan di IGD karena NIK"
        " bermasalah. Usul saya ada petugas piket.",
        None,
        False,
    ),
    # Years ago, and settled.
    (
        "U-LIFE-HEALTH",
        "Dua tahun lalu waktu ayah saya masuk ICU, KK kami belum diperbarui di data BPJS. Waktu"
        " itu akhirnya beres, ayah sudah sehat. Usul saya ada sosialisasi.",
        None,
        False,
    ),
    # Last week, and settled that morning.
    (
        "U-LIFE-HEALTH",
        "Minggu lalu bapak saya hampir batal cuci darah karena NIK-nya tidak aktif di BPJS."
        " Petugas langsung menyinkronkan data dan jam 10 bapak sudah dapat tindakan. Terima"
        " kasih.",
        None,
        False,
    ),
    # An exam tomorrow with a valid card in hand; a digital ID not activated is no NIK
    # problem.
    (
        "U-DEADLINE-IMMINENT",
        "Besok saya ujian SKD CPNS. KTP fisik saya ada dan masih bagus, tapi IKD belum aktif."
        " Pakai KTP fisik saja aman kan?",
        None,
        False,
    ),
    (
        "C-NIK-DATABASE",
        "IKD saya belum aktif, padahal sudah scan QR di kecamatan.",
        None,
        False,
    ),
    # "Sejak minggu lalu": still going on, not a settled past.
    (
        "C-NIK-DATABASE",
        "Sejak minggu lalu pangkalan gas menolak, katanya NIK saya tidak valid di aplikasi"
        " mereka. KTP saya dipakai ke bank tidak ada masalah.",
        None,
        True,
    ),
    # Retaliation for a complaint, a religion imposed, data changed on purpose.
    (
        "U-MISCONDUCT",
        "Setelah saya lapor, Pak Kadus datang marah-marah dan bilang mulai sekarang urusan surat"
        " keluarga saya tidak akan dilayani.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Petugas menolak mencetak KTP saya karena saya penghayat kepercayaan, saya diminta"
        " memilih salah satu agama.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Status saya tercatat cerai hidup padahal belum pernah menikah. Saya curiga ada yang"
        " sengaja mengubah data saya.",
        None,
        True,
    ),
    # Dual citizenship is no duplicate record; a child to be added is no stranger.
    (
        "U-DUPLICATE",
        "Anak saya punya dokumen kewarganegaraan ganda terbatas dan mau dimasukkan ke KK saya.",
        None,
        False,
    ),
    (
        "C-STRANGER-IN-RECORD",
        "Anak saya punya dokumen kewarganegaraan ganda terbatas dan mau dimasukkan ke KK saya.",
        None,
        False,
    ),
    # Counters that did not serve.
    (
        "C-COUNTER-FAILED",
        "Sudah dua kali saya datang ambil KTP, petugas pengambilan tidak ada di tempat.",
        None,
        True,
    ),
    (
        "C-COUNTER-FAILED",
        "Saya datang jam 14.20, loket sudah tutup. Padahal papan di depan kantor menulis layanan"
        " sampai jam 15.00.",
        None,
        True,
    ),
    # Requests in everyday words.
    (
        "U-EXPLICIT-REQUEST",
        "Foto di KTP baru saya gelap sekali. Minta foto ulang.",
        None,
        True,
    ),
    (
        "U-EXPLICIT-REQUEST",
        "Akta kelahiran saya rusak dimakan rayap. Mohon dicetakkan kutipan kedua.",
        None,
        True,
    ),
    (
        "U-CORRECTION-INTENT",
        "Saya penghayat kepercayaan, di KTP tertulis Islam. Saya ingin kolom agama diganti. Apa"
        " prosedurnya?",
        None,
        True,
    ),
    # "setiap ditanya jawabannya ...": the KK is not done, six weeks on.
    (
        "U-WAIT-FAR",
        "Kami mengajukan KK baru tanggal 10 September. Sudah lebih dari 6 minggu, setiap"
        " ditanya jawabannya server pusat sedang gangguan.",
        datetime(2026, 10, 26, 10, 20, tzinfo=WIB),
        True,
    ),
    # "paling lambat akhir Desember" is ahead, not a start months ago.
    (
        "U-WAIT-FAR",
        "PLN minta KK terbaru paling lambat akhir Desember. Sepuluh hari lalu saya kirim"
        " permohonan cetak ulang KK, belum ada balasan.",
        datetime(2025, 9, 9, 11, 25, tzinfo=WIB),
        False,
    ),
    # A child's original akta lost, told with four words between.
    (
        "U-CHILD-AKTA-LOST",
        "Akta kelahiran asli anak saya hilang waktu kami pindah rumah.",
        None,
        True,
    ),
    # A guard: a menu gone from an app is no lost certificate.
    (
        "U-CHILD-AKTA-LOST",
        "Menu pengajuan akta kelahiran di aplikasi sudah hilang. Anak saya lahir 2 minggu lalu.",
        None,
        False,
    ),
    # "perdarahan" (the medical spelling) now; a history of it is not.
    (
        "U-LIFE-HEALTH",
        "Ayah saya perdarahan di kepala, operasinya besok jam 8 pagi, tapi BPJS-nya nonaktif.",
        None,
        True,
    ),
    # A guard: a history of bleeding is no bleeding now.
    (
        "U-LIFE-HEALTH",
        "Ibu hamil 32 minggu di desa kami belum punya KTP. Ada riwayat perdarahan, jadi nanti"
        " mungkin dirujuk. Mohon perekaman.",
        None,
        False,
    ),
    # A pension that still pays out is no lost access.
    (
        "U-ACCESS-LOST",
        "Pensiun ayah saya masih cair normal. Taspen minta data NIK belum padan dimutakhirkan,"
        " di mana dicek?",
        None,
        False,
    ),
]
HOLDOUTS_EY_FA: list[tuple[str, str, datetime | None, bool]] = [
    # A former partner who knows the new address and says he will come.
    (
        "U-SAFETY",
        "Tadi malam mantan suami mengirim alamat kos saya yang baru, katanya didapat dari teman"
        " di kantor desa. Dia bilang akan datang menjemput saya. Saya belum berani keluar"
        " kamar.",
        None,
        True,
    ),
    # A guard: violence fled long ago, with no threat now, is no danger now.
    (
        "U-SAFETY",
        "Saya pergi dari rumah bulan lalu karena sering dipukul suami. Sekarang saya tinggal di"
        " kos dan mau pisah KK.",
        None,
        False,
    ),
    # Insulin run out and an elder gone weak: health at risk now.
    (
        "U-LIFE-HEALTH",
        "Mbah saya 79 tahun pakai insulin. BPJS-nya nonaktif karena NIK belum padan. Stok"
        " insulin di rumah habis tadi pagi, beliau sekarang sudah lemas.",
        None,
        True,
    ),
    # Service only if something is bought.
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas perekaman tidak mau merekam KTP anak saya kecuali kami beli map dan materai di"
        " koperasi kantor seharga 75 ribu.",
        None,
        True,
    ),
    # Served first if you know the officer.
    (
        "U-MISCONDUCT",
        "Berkas saya tidak diproses karena saya orang kampung sebelah. Warga yang kenal dengan"
        " petugas langsung dilayani walaupun datang belakangan.",
        None,
        True,
    ),
    # A divorce recorded that never happened, arranged through someone at the office.
    (
        "U-UNAUTHORISED-CHANGE",
        "Status saya di KK tertulis cerai hidup, padahal kami tidak pernah bercerai. Katanya"
        " mertua sudah membereskan lewat orang di kecamatan.",
        None,
        True,
    ),
    # An envelope the reporter offered and the officer refused: praise, not misconduct.
    (
        "U-MISCONDUCT",
        "Saya sodorkan amplop ke petugas karena saya kira memang begitu. Petugasnya menolak dan"
        " bilang semua layanan gratis. Terima kasih.",
        None,
        False,
    ),
    # A guard: an officer who pushes an envelope across the desk is still alleged.
    (
        "U-MISCONDUCT",
        "Petugasnya bilang bisa selesai hari ini kalau ada pengertiannya, lalu menyodorkan amplop"
        " kosong di meja.",
        None,
        True,
    ),
    # A school that will not take a child as a pupil without the akta.
    (
        "U-ACCESS-LOST",
        "Sekolah bilang anak saya tidak bisa jadi siswa tetap semester ini tanpa akta kelahiran.",
        None,
        True,
    ),
    # A number "ditulis di spanduk" is a source, not a facility complaint.
    (
        "U-REPORT",
        "WA layanan sudah saya chat dari Senin, dibaca saja tidak. Saya mau minta cetak ulang KK."
        " Nomor itu ditulis di spanduk sebagai layanan resmi.",
        None,
        True,
    ),
    # Requests in everyday words.
    (
        "U-EXPLICIT-REQUEST",
        "Nama nenek yang sudah meninggal masih ada di KK kami. Tidak ada masalah apa-apa sih."
        " Minta dihapus dari KK.",
        None,
        True,
    ),
    (
        "U-CORRECTION-INTENT",
        "Akta kelahiran anak saya jenis kelaminnya salah. Saya harus bawa apa saja untuk"
        " pembetulan?",
        None,
        True,
    ),
    # Answers that say the file is still somewhere else: a KK not done, two months on.
    (
        "U-WAIT-FAR",
        "Pengajuan KK baru saya masukkan tanggal 21 Juli. Ini sudah dua bulan. Tiap ke kecamatan"
        " jawabannya masih di dinas, tiap ke dinas jawabannya belum naik dari kecamatan.",
        datetime(2025, 9, 19, 16, 10, tzinfo=WITA),
        True,
    ),
    (
        "C-REFUSED",
        "Pengajuan KK baru saya masukkan tanggal 21 Juli. Ini sudah dua bulan. Tiap ke kecamatan"
        " jawabannya masih di dinas, tiap ke dinas jawabannya belum naik dari kecamatan.",
        datetime(2025, 9, 19, 16, 10, tzinfo=WITA),
        True,
    ),
    # A scam SMS not clicked, a father lost at sea: no NIK problem.
    (
        "C-NIK-DATABASE",
        "Saya dapat SMS: data kependudukan Anda akan dinonaktifkan, klik link berikut. Saya"
        " tidak klik. Apakah benar dari Dukcapil?",
        None,
        False,
    ),
    (
        "C-NIK-DATABASE",
        "Bapa saya hilang di laut tahun 2021, sampai sekarang tidak ditemukan. Bagaimana cara"
        " mencatat kematiannya?",
        None,
        False,
    ),
    # A feared duplicate that was the reporter's own typo.
    (
        "U-DUPLICATE",
        "Kemarin saya kira NIK saya ganda, ternyata saya sendiri salah ketik satu angka.",
        None,
        False,
    ),
    # Settled: flown home on the digital ID; a two-year wait that ended on the spot.
    (
        "U-DEADLINE-IMMINENT",
        "Kemarin saya panik karena KTP hilang padahal hari ini harus terbang ke Jakarta."
        " Ternyata bisa naik pesawat pakai IKD dan sekarang sudah sampai.",
        None,
        False,
    ),
    (
        "U-WAIT-FAR",
        "Terima kasih untuk petugas yang kemarin datang ke desa. Bapa yang sudah tidak bisa"
        " jalan akhirnya dapat KTP, dan akta kematian mama yang tertunda dua tahun juga selesai"
        " di tempat.",
        None,
        False,
    ),
    # A bank that works too: nothing blocked outside Dukcapil.
    (
        "U-ACCESS-LOST",
        "Waktu aktivasi IKD muncul NIK tidak ditemukan. KTP fisik saya masih berlaku, di bank"
        " juga tidak ada masalah.",
        None,
        False,
    ),
]
HOLDOUT_EZ: list[tuple[str, str, datetime | None, bool]] = [
    # Asking how to prevent misuse ("Bagaimana mencegahnya?") reports none.
    (
        "U-IDENTITY-MISUSE",
        "Kalau KTP tidak dipakai bertahun-tahun, bisa tidak NIK saya disalahgunakan orang,"
        " misalnya untuk pinjaman online? Bagaimana mencegahnya?",
        None,
        False,
    ),
    # Cards withheld until dues are paid.
    (
        "U-MISCONDUCT",
        "Kepala dusun menahan KTP baru warga. Dia bilang KTP baru dibagikan kalau warga sudah"
        " melunasi iuran pembangunan musala Rp50.000 per orang.",
        None,
        True,
    ),
    # A broker who knows someone inside.
    (
        "U-MISCONDUCT",
        "Di warung depan kantor ada bapak yang bilang kenal orang di dalam dan bisa bantu KK"
        " jadi seminggu asal ada Rp300.000.",
        None,
        True,
    ),
    # A faded card is no NIK problem.
    (
        "C-NIK-DATABASE",
        "KTP-el saya yang baru dicetak buram, angka NIK-nya hampir tidak terbaca. Bisa dicetak"
        " ulang?",
        None,
        False,
    ),
    # "Mau cerita saja, bukan komplain": no complaint.
    (
        "U-REPORT",
        "Mau cerita saja, bukan komplain. Bulan lalu BPJS anak saya sempat ditolak, tapi"
        " petugas langsung membantu dan besoknya sudah aktif. Terima kasih.",
        None,
        False,
    ),
    # A school that will not take an enrolment without the akta.
    (
        "U-ACCESS-LOST",
        "SD yayasan di kampung kami tidak mau menerima pendaftaran tanpa akta, padahal anak saya"
        " sudah 6 tahun.",
        None,
        True,
    ),
    # The same NIK recorded for someone else.
    (
        "U-DUPLICATE",
        "Sistem PPPK menolak karena NIK saya sudah digunakan. Ternyata NIK di KTP saya juga"
        " tercatat untuk seorang perempuan di kabupaten lain.",
        None,
        True,
    ),
    # A baptism date is the event, not the start of a wait.
    (
        "U-WAIT-FAR",
        "Saya dibaptis bulan Januari dan surat baptis sudah ada. Saya mengajukan perubahan agama"
        " di KK, berkas diterima loket tanggal 10 Maret. Sampai sekarang belum ada kabar.",
        datetime(2025, 3, 25, 10, 0, tzinfo=WIB),
        False,
    ),
    # "Saya tidak sedang mengurus dokumen apa pun": no wait at all.
    (
        "U-WAIT-FAR",
        "Saya tidak sedang mengurus dokumen apa pun, cuma mau protes: spanduk di depan kantor"
        " sudah robek dan pudar berbulan-bulan.",
        None,
        False,
    ),
]
HOLDOUTS_FB_FC: list[tuple[str, str, datetime | None, bool]] = [
    # Labour under way with a breech baby, and BPJS that cannot be used.
    (
        "U-LIFE-HEALTH",
        "Istri saya sudah mulas-mulas, bidan bilang harus dibawa ke RSUD karena bayinya"
        " sungsang. BPJS-nya tidak bisa dipakai karena NIK-nya keluar nama orang lain.",
        None,
        True,
    ),
    # A Deaf applicant sent home to bring someone who can speak.
    (
        "U-DISCRIMINATION",
        "Saya tuli sejak lahir. Setiap kali petugas menyuruh saya pulang dan kembali membawa"
        " orang yang bisa bicara, padahal kebutuhan saya sudah saya tulis.",
        None,
        True,
    ),
    # Left off an aid list because of the record.
    (
        "U-ACCESS-LOST",
        "Tahun lahir ibu saya di KTP salah, jadi ibu tidak masuk daftar bantuan lansia dari desa"
        " tahun ini.",
        None,
        True,
    ),
    # An official offering to change a birth year for a fee.
    (
        "U-MISCONDUCT",
        "Ada petugas yang menawari mengubah tahun lahir anak saya supaya umurnya cukup untuk"
        " daftar Bintara. Biayanya 3 juta, katanya langsung diubah di sistem.",
        None,
        True,
    ),
    # A printed KK in hand for tomorrow's test: a question, nothing blocked.
    (
        "U-DEADLINE-IMMINENT",
        "Besok anak saya tes masuk SMA dan diminta bawa KK. Saya sudah print KK yang ada barcode"
        " TTE dari Disdukcapil. Itu sah kan?",
        None,
        False,
    ),
    # "beres-beres arsip" is tidying up, not a settled problem.
    (
        "U-FILE-LOST",
        "Waktu mengambil KK kemarin, petugas bilang berkas aslinya tidak ketemu, mungkin ikut"
        " terbuang waktu beres-beres arsip.",
        None,
        True,
    ),
    # A guard: a card the reporter lost at home is no file lost by the office.
    (
        "U-FILE-LOST",
        "KK saya hilang waktu pindahan rumah, mungkin ikut terbuang sama kardus bekas. Mohon"
        " dicetakkan ulang.",
        None,
        False,
    ),
    # Elections: support demanded before service, services withheld from opponents, a move
    # never applied for, a vote cast in a dead woman's name, newcomers held back.
    (
        "U-MISCONDUCT",
        "Sebelum nomor antrean rekam KTP diberikan, warga disuruh tanda tangan formulir dukungan"
        " untuk salah satu pasangan calon.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Kepala dusun bilang warga yang tidak datang ke kampanye tidak akan dapat surat pengantar"
        " untuk urus KTP sampai pilkades selesai.",
        None,
        True,
    ),
    (
        "U-UNAUTHORISED-CHANGE",
        "Lima keluarga pendukung calon nomor 1 tiba-tiba tercatat pindah ke desa lain tanpa"
        " pernah mengajukan. KK kami sudah berganti alamat.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Di daftar hadir TPS nama almarhumah ibu sudah ditandatangani, artinya ada yang mencoblos"
        " atas nama beliau.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Sekretaris kelurahan bilang surat untuk orang luar ditahan dulu sampai pemilihan selesai."
        " Saya diperlakukan beda karena asal daerah saya.",
        None,
        True,
    ),
    # The reporter's own lookup, and a fear ahead, are no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Saya cek di situs cek DPT online pakai NIK saya, hasilnya data tidak ditemukan.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Kakek sudah wafat tapi namanya masih di daftar pemilih. Kami tidak mau undangannya nanti"
        " dipakai orang.",
        None,
        False,
    ),
    # People found abandoned and now in a care home are not in danger now.
    (
        "U-SAFETY",
        "Kami merawat 23 penghuni dengan gangguan jiwa yang ditemukan terlantar di jalan. Mohon"
        " ada perekaman.",
        None,
        False,
    ),
    # Voting tomorrow with the card in the wallet.
    (
        "U-DEADLINE-IMMINENT",
        "Besok pencoblosan pilkades. KTP ada di dompet sih, cuma jaga-jaga: kalau tertinggal"
        " bisa pakai foto KTP di HP?",
        None,
        False,
    ),
    # A window that will not open is a facility.
    (
        "U-SYSTEM-OUTAGE",
        "Ruang tunggu panas sekali, dua kipas angin mati dan jendela tidak bisa dibuka.",
        None,
        False,
    ),
]
HOLDOUTS_FD_FE_FF: list[tuple[str, str, datetime | None, bool]] = [
    # Originals the office "does not know where" they are, in phone shorthand.
    (
        "U-FILE-LOST",
        "berkas asli sy (akta lahir asli + ijazah) dititipin ke petugas kecamatan bln lalu."
        " skrg petugasnya blg berkasnya ga tau kmn",
        None,
        True,
    ),
    # "isi kotak" to be served faster: a levy.
    (
        "U-PAYMENT-OR-THREAT",
        "petugas rekam ktp yg dtg ke desa blg kalo mau cpt isi kotak 50rb, kalo ga ya nunggu"
        " bulan dpn",
        None,
        True,
    ),
    # A follower of a kepercayaan told to pick one of the six religions.
    (
        "U-MISCONDUCT",
        "sy penghayat kepercayaan, mau isi kolom kepercayaan di ktp. petugas nolak, malah blg"
        " pilih agama aja yg 6",
        None,
        True,
    ),
    # A record changed by a village operator without the owner's signature.
    (
        "U-UNAUTHORISED-CHANGE",
        "operator desa ganti tgl lahir anak sy di KK biar bs masuk SD, sy ga tanda tangan apa2",
        None,
        True,
    ),
    # A death nine days ago and its letter not issued: twice the letter's standard.
    (
        "U-WAIT-FAR",
        "ibu sy meninggal 9 hari lalu. surat keterangan kematian dr kelurahan blm dikeluarin jg",
        None,
        True,
    ),
    # A guard: a death years ago starts no wait for a letter.
    (
        "U-WAIT-FAR",
        "Suami saya meninggal tiga tahun lalu, tapi di KTP saya status masih kawin. Saya mau"
        " ubah jadi cerai mati.",
        None,
        False,
    ),
    # How to remove a dead grandmother from the KK: a request about the own record.
    (
        "U-CORRECTION-INTENT",
        "kk kami msh ada nama alm nenek, udh meninggal 2 th. akta kematian udh ada, gmn hapusnya?",
        None,
        True,
    ),
    # A third child left out of the new KK.
    (
        "U-OWN-CASE",
        "kk baru sy udh jd tp anak ke 3 ga dimasukin, pdhl akta lahirnya udh dilampirin",
        None,
        True,
    ),
    # The officer who handles IKD is never there.
    (
        "C-COUNTER-FAILED",
        "mau aktivasi IKD sy udh dtg 2x petugas yg pegang IKD nya ga ada trs",
        None,
        True,
    ),
    # Thanks for a quick answer.
    (
        "U-REPORT",
        "kmrn sy lapor ktp blm jd, hr ini udh diambil. makasih respon cepatnya",
        None,
        False,
    ),
    # Someone else's misuse and a clean record of one's own.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Teman kerja saya baru ketahuan NIK-nya dipakai orang untuk pinjaman online, dia ditagih"
        " terus. Bagaimana cara mengecek NIK saya? Sejauh ini saya tidak pernah ditagih apa-apa.",
        None,
        False,
    ),
    # A deadline extended ("diperpanjang sampai ..."), a test with the receipt accepted.
    (
        "U-DEADLINE-IMMINENT",
        "Tadinya pendaftaran beasiswa ditutup besok dan saya panik karena KK belum diperbarui."
        " Tapi panitia mengumumkan pendaftaran diperpanjang sampai 29 Agustus. Jadi masih ada"
        " waktu.",
        None,
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Rekam KTP tanggal 14 Januari, sampai malam ini belum jadi. Besok saya wawancara kerja."
        " HRD bilang pakai resi dulu tidak masalah, KTP menyusul. Jadi tidak terlalu mendesak.",
        datetime(2025, 2, 3, 21, 0, tzinfo=WIB),
        False,
    ),
    # A guard: "masih ada waktu" before a scheduled operation does not settle it.
    (
        "U-ACCESS-LOST",
        "Ibu dijadwalkan pasang ring jantung tanggal 27. BPJS ibu dinonaktifkan karena NIK tidak"
        " padan. Masih ada waktu sampai jadwal operasi, tapi kami takut terlambat.",
        None,
        True,
    ),
    # A burial that went smoothly: no body waiting.
    (
        "U-BURIAL",
        "Bapak saya meninggal Minggu lalu di rumah. Alhamdulillah pemakaman berjalan lancar hari"
        " itu juga, surat pengantar RT cukup untuk dimakamkan. Surat keterangan kematian dari"
        " kelurahan sampai hari ini belum jadi.",
        datetime(2025, 8, 29, 14, 0, tzinfo=WIB),
        False,
    ),
    # News received today is no deadline today.
    (
        "U-DEADLINE-IMMINENT",
        "Bulan lalu saya melapor soal oknum yang minta uang. Hari ini saya dapat kabar dari"
        " Inspektorat bahwa yang bersangkutan sudah diperiksa.",
        None,
        False,
    ),
    # "uang rokok" to finish today; a promise to slow down a complainant's file.
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas bilang berkas pecah KK saya bisa selesai hari ini kalau ada uang rokoknya.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Saya bilang ke petugas akan melapor. Dia menjawab sambil tertawa: silakan lapor, nanti"
        " berkasnya makin lama.",
        None,
        True,
    ),
    # Residents' cards posted online by an official.
    (
        "U-DATA-LEAK",
        "Akun petugas pelayanan keliling mengunggah foto-foto KTP dan KK warga di grup Facebook."
        " NIK dan alamat jelas terbaca.",
        None,
        True,
    ),
    # A guard: uploading one's own card to an application leaks nothing.
    (
        "U-DATA-LEAK",
        "Aplikasi layanan online selalu error tiap saya unggah foto KTP yang rusak kena lumpur.",
        None,
        False,
    ),
    # A birth year changed "biar cepat masuk daftar bantuan", never asked for.
    (
        "U-UNAUTHORISED-CHANGE",
        "Di KK baru tahun lahir saya berubah jadi 1958. Operator desa bilang biar cepat masuk"
        " daftar bantuan lansia, saya tidak pernah minta diubah.",
        None,
        True,
    ),
    # A birth letter destroyed by rain: the original is gone.
    (
        "U-CHILD-AKTA-LOST",
        "Bayi saya lahir di rumah bulan Juli. Surat keterangan lahir dari bidan basah hancur"
        " waktu atap bocor.",
        None,
        True,
    ),
]
THIRD_PARTY_2026_12_83: list[tuple[str, str, datetime | None, bool]] = [
    # Third-party data: a greeting then the reporter's own name; lists of residents asked
    # for; an official named before the role; a relative's name as the record has it.
    (
        "T-IDENTIFIED-OTHER",
        "Pak, saya Dewi, umur 17 bulan lalu. Nama saya belum ada di DPT pemungutan suara ulang.",
        None,
        False,
    ),
    (
        "T-REQUEST",
        "Saya koordinator relawan calon kades. Boleh minta daftar nama dan alamat warga RT 01"
        " sampai RT 06 yang belum rekam KTP-el?",
        None,
        True,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Terima kasih untuk Ibu Ratna, petugas loket 3, yang sabar membantu bapak saya rekam"
        " ulang KTP.",
        None,
        False,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Di KK kami yang baru, nama suami saya ditulis 'Yosef Lamak Boli', yang benar 'Yosef"
        " Lamaking Boli'. Mohon KK diperbaiki.",
        None,
        True,
    ),
    # A guard: the reporter's own name as the record has it.
    (
        "T-IDENTIFIED-OTHER",
        "Di akta anak saya, nama saya sebagai ayah ditulis 'Yoseph' padahal 'Yosep'. Tolong"
        " dibetulkan.",
        None,
        False,
    ),
]
HOLDOUT_FH: list[tuple[str, str, datetime | None, bool]] = [
    # A bare month the office promises ("paling cepat selesai Agustus"): an announced wait.
    (
        "U-WAIT-FAR",
        "Saya mendaftarkan akta perkawinan tanggal 27 April. Petugas bilang antrean panjang,"
        " paling cepat selesai Agustus.",
        datetime(2026, 5, 4, 15, 0, tzinfo=WITA),
        True,
    ),
    # A card that works elsewhere "tanpa masalah": nothing blocked outside Dukcapil.
    (
        "U-ACCESS-LOST",
        "Cek NIK saya di aplikasi Dukcapil hasilnya data tidak ditemukan, padahal kemarin baru"
        " dipakai ambil BLT di kantor pos tanpa masalah.",
        None,
        False,
    ),
    # A status the reporter suspects a village operator changed.
    (
        "U-UNAUTHORISED-CHANGE",
        "Status saya di data Dukcapil cerai hidup, padahal belum pernah menikah. Saya curiga"
        " diubah operator desa.",
        None,
        True,
    ),
    # Someone who cannot be brought to the office at all.
    (
        "U-VULNERABLE",
        "Adik saya ODGJ, dirawat di rumah, belum punya KTP. Dinsos mau ikutkan rehabilitasi,"
        " syaratnya NIK. Dia tidak bisa dibawa ke kantor.",
        None,
        True,
    ),
    # Where one studies is no lost access to study.
    (
        "U-ACCESS-LOST",
        "Boleh tidak KTP dicetak di Disdukcapil Kota Malang tempat saya kuliah, padahal domisili"
        " saya di Bima? Saya tidak bisa pulang sampai Desember.",
        None,
        False,
    ),
    # "Bukan mau komplain pungli": not a complaint about a levy, still a request.
    (
        "U-REPORT",
        "Bukan mau komplain pungli ya, petugasnya baik-baik. Cuma mau minta tolong, nama jalan"
        " di alamat KTP saya masih nama lama.",
        None,
        True,
    ),
]
HOLDOUTS_FG_FI: list[tuple[str, str, datetime | None, bool]] = [
    # Someone registered with the reporter's NIK and name; a caller who took an SMS code.
    (
        "U-IDENTITY-MISUSE",
        "Ada perempuan mendaftar jadi pekerja migran memakai NIK dan nama saya, cuma fotonya"
        " dia. Dia dijadwalkan terbang Jumat.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya sebutkan kode SMS ke penelepon. Sejam kemudian ada notifikasi transfer keluar dari"
        " m-banking saya dan email akun IKD saya sudah diganti.",
        None,
        True,
    ),
    # Living on loans is no loan in the reporter's name; the same NIK held elsewhere is a
    # duplicate.
    (
        "U-IDENTITY-MISUSE",
        "Taspen belum memproses pensiun janda saya. Sudah dua bulan saya hidup dari pinjaman.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Empat siswa ditolak Dapodik karena NIK mereka juga dipakai oleh orang lain di kabupaten"
        " lain.",
        None,
        False,
    ),
    (
        "U-DUPLICATE",
        "Empat siswa ditolak Dapodik karena NIK mereka juga dipakai oleh orang lain di kabupaten"
        " lain.",
        None,
        True,
    ),
    # A body flown home already; a broker at a morgue.
    (
        "U-BURIAL",
        "Kemarin malam saya lapor karena jenazah kakek tidak bisa diterbangkan tanpa surat"
        " kematian. Pagi tadi pak lurah mengantar suratnya, dan jenazah sudah terbang dengan"
        " pesawat pertama.",
        None,
        False,
    ),
    (
        "U-BURIAL",
        "Ada pria yang sering menunggu di depan ruang jenazah dan menawarkan jasa urus akta"
        " kematian.",
        None,
        False,
    ),
    # In hospital with cover working: no emergency; the KK update asked for is the request.
    (
        "U-LIFE-HEALTH",
        "Ibu saya sedang dirawat di rumah sakit, BPJS-nya lancar dan tidak ada masalah. Saya"
        " cuma ingin sekalian memperbarui alamat di KK kami, karena kami pindah rumah. Mohon"
        " dibantu prosesnya.",
        None,
        False,
    ),
    (
        "U-CORRECTION-INTENT",
        "Ibu saya sedang dirawat di rumah sakit, BPJS-nya lancar dan tidak ada masalah. Saya"
        " cuma ingin sekalian memperbarui alamat di KK kami.",
        None,
        True,
    ),
    # A worry ahead of tomorrow, and a departure with everything ready.
    (
        "U-DEADLINE-IMMINENT",
        "Besok anak saya ujian kenaikan kelas. Dia belum punya KTP. Wali kelas tidak pernah"
        " minta sih, saya cuma khawatir.",
        None,
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Lusa saya berangkat kerja ke Taiwan. Paspor, visa, KTP, semua sudah beres dan sudah"
        " dicek.",
        None,
        False,
    ),
    # A procedure written ahead: no patient now.
    (
        "U-LIFE-HEALTH",
        "Kami sedang menyusun SOP IGD. Seandainya nanti ada pasien tanpa identitas, bagaimana"
        " prosedurnya? Saat ini tidak ada pasien yang kami tangani dengan kasus seperti itu.",
        None,
        False,
    ),
    # A lookup showing someone else's name is a record problem, not misconduct.
    (
        "U-MISCONDUCT",
        "Waktu NIK saya dicek di aplikasi bank, yang keluar nama orang lain.",
        None,
        False,
    ),
    # "di atas 5 tahun" is an age bound, not a wait.
    (
        "U-WAIT-FAR",
        "KIA siswa kami 5 lembar tercetak tanpa foto, padahal anak-anak sudah di atas 5 tahun."
        " Mohon dicetak ulang.",
        None,
        False,
    ),
    # An unreadable chip is a card to reprint, not a NIK problem.
    (
        "C-NIK-DATABASE",
        "Chip KTP-el nasabah kami tidak terbaca di card reader kami. Mohon dicetak ulang.",
        None,
        False,
    ),
    (
        "U-OWN-CASE",
        "Chip KTP-el nasabah kami tidak terbaca di card reader kami. Mohon dicetak ulang.",
        None,
        True,
    ),
]
HOLDOUTS_FJ_FK_FL: list[tuple[str, str, datetime | None, bool]] = [
    # Accounts opened in the reporter's name, moving money this week.
    (
        "U-IDENTITY-MISUSE",
        "Datang surat bank tentang kartu kredit dan rekening baru atas nama saya. Saya tidak"
        " pernah buka rekening di bank itu, dan minggu ini ada transaksi ratusan juta.",
        None,
        True,
    ),
    # An impostor of a dead father selling the family's land tomorrow.
    (
        "U-IDENTITY-MISUSE",
        "Bapak sudah meninggal tahun 2021, tapi besok ada penandatanganan jual beli tanah kami"
        " pakai KTP atas nama bapak. Orang yang mengaku bapak saya itu bukan keluarga kami.",
        None,
        True,
    ),
    # A "priority lane" for money, a convert lectured, a letter refused to an opponent's
    # family, an "uang administrasinya" to print the same day.
    (
        "U-MISCONDUCT",
        "Petugas berseragam menawari saya jalur prioritas Rp200.000 supaya perubahan KK selesai"
        " hari itu.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Petugas verifikasi menceramahi saya, menyebut saya murtad, dan menyuruh saya pulang"
        " untuk berpikir ulang. Berkas tidak diterima.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Kepala desa tidak mau menandatangani surat pengantar. Dia bilang keluargamu tidak"
        " dukung saya di pilkades, urus sendiri.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Di akhir petugas bilang supaya langsung dicetak hari ini ada uang administrasinya, bu,"
        " seratus lima puluh.",
        None,
        True,
    ),
    # A shop's price, a warnet's fee and a feared levy explained are no levies.
    (
        "U-PAYMENT-OR-THREAT",
        "Di warnet dekat kantor kecamatan ada jasa isi formulir online, bayar 10 ribu. Itu"
        " resmi atau bukan?",
        None,
        False,
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Awalnya saya kira ada pungli, ternyata Rp10.000 itu untuk fotokopi dan map di koperasi"
        " di luar kantor, bukan ke petugas. KTP saya belum jadi padahal sudah tiga minggu.",
        None,
        False,
    ),
    # Life events dated in passing are not the start of a wait.
    (
        "U-WAIT-FAR",
        "Sudah 3 hari saya kirim pesan WhatsApp ke nomor layanan, tidak dibalas. Saya mau ubah"
        " pekerjaan di KTP dari PNS ke Pensiunan karena saya sudah pensiun tahun lalu, SK"
        " pensiun ada. Mohon dibalas.",
        datetime(2025, 9, 25, 11, 0, tzinfo=WITA),
        False,
    ),
    (
        "U-WAIT-FAR",
        "Kampung kami sudah dimekarkan sejak 2023. Di KTP dan KK saya masih tertulis kampung"
        " induk. Mohon data alamat saya diperbarui.",
        datetime(2026, 7, 7, 10, 0, tzinfo=WIT),
        False,
    ),
]
HOLDOUTS_FM_FN_FO: list[tuple[str, str, datetime | None, bool]] = [
    # Misuse told as over: high, not critical (the rubric's critical is misuse "right now").
    (
        "U-IDENTITY-MISUSE",
        "Tahun lalu ada orang memakai data KTP saya untuk tiga pinjaman online. Penagihan sudah"
        " berhenti sejak Oktober, tapi pengajuan KUR saya ditolak karena SLIK masih jelek.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ENDED",
        "Tahun lalu ada orang memakai data KTP saya untuk tiga pinjaman online. Penagihan sudah"
        " berhenti sejak Oktober, tapi pengajuan KUR saya ditolak karena SLIK masih jelek.",
        None,
        True,
    ),
    # A scam that emptied the account; another account on the reporter's NIK.
    (
        "U-IDENTITY-MISUSE",
        "Saya kirim kode SMS ke orang yang mengaku petugas. Setengah jam kemudian saldo tabungan"
        " saya berkurang empat juta.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Dompet digital bilang NIK saya sudah dipakai akun lain yang aktif bertransaksi. Itu"
        " bukan akun saya.",
        None,
        True,
    ),
    # Questions, suggestions, brokers' offers and a lawyer's client are no misuse now.
    (
        "U-IDENTITY-MISUSE",
        "Gimana caranya tau NIK kita dipakai buat pinjaman online atau nggak?",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Usul saja: Dukcapil buat fitur pemberitahuan setiap kali NIK kita diverifikasi aplikasi"
        " pinjaman.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Di depan kantor ada orang yang menawarkan jasa bersihkan NIK dari catatan pinjol,"
        " tarifnya Rp750.000.",
        None,
        False,
    ),
    # A card photo posted as a WhatsApp status by the counter officer.
    (
        "U-DATA-LEAK",
        "Foto KK dan KTP saya dipasang di status WhatsApp petugas loketnya. Status itu masih bisa"
        " dilihat.",
        None,
        True,
    ),
    # Someone at the door now; a husband held at an airport for a travel-ban match.
    (
        "U-SAFETY",
        "Barusan mantan suami gedor-gedor pintu rumah, anak-anak menangis, polisi belum datang.",
        None,
        True,
    ),
    (
        "U-SAFETY",
        "Suami saya tertahan di ruang imigrasi bandara dari semalam karena NIK-nya sama dengan"
        " orang di daftar cegah.",
        None,
        True,
    ),
    # A threat to slow a complainant's file; papers mislaid at the office.
    (
        "U-MISCONDUCT",
        "Petugas loket bilang 'lihat saja nanti berkas ibu kapan selesainya'.",
        None,
        True,
    ),
    (
        "U-FILE-LOST",
        "Surat keterangan lahir asli dari bidan katanya tercecer di kantor waktu pindah ruangan.",
        None,
        True,
    ),
    # "setor Rp100 ribu untuk ganti bensin"; a letter held for not backing the village head.
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas perekaman keliling minta tiap warga setor Rp100 ribu untuk ganti bensin dan"
        " makan.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Operator desa menahan KK saya. Katanya keluarga yang tidak dukung pak kades urus sendiri"
        " saja.",
        None,
        True,
    ),
    # Thanks after an operation that went well.
    (
        "U-LIFE-HEALTH-NOW",
        "Terima kasih tim jemput bola. Jumat malam ayah masuk IGD dan tidak bisa pakai BPJS,"
        " petugas datang jam 9 malam. Sabtu pagi ayah sudah dioperasi dan sekarang sehat.",
        None,
        False,
    ),
]
HOLDOUTS_FP_FQ_FR: list[tuple[str, str, datetime | None, bool]] = [
    # Sundanese: "tilu sasih teu acan aya beja" (three months, no news yet).
    (
        "U-WAIT-FAR",
        "Akta kalahiran budak abdi diajukeun di MPP tanggal 14 Juli, sadaya syarat lengkep."
        " Ayeuna tos langkung ti tilu sasih teu acan aya béja.",
        datetime(2025, 10, 29, 11, 11, tzinfo=WIB),
        True,
    ),
    # "kalau mau cepat ada jalurnya": a paid fast lane hinted by an official.
    (
        "U-MISCONDUCT",
        "Petugas di meja belakang bilang pelan-pelan, 'kalau mau cepat ada jalurnya, Pak, paham"
        " lah ya'.",
        None,
        True,
    ),
    # A fear of misuse after a lost card is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "KTP saya hilang kemarin di pasar. Saya takut nanti disalahgunakan orang, apalagi"
        " sekarang banyak pinjol.",
        None,
        False,
    ),
    # Misuse told as a past episode, with its effect now: high, not critical.
    (
        "U-IDENTITY-MISUSE-ENDED",
        "Ada tunggakan kartu kredit yang dibuka tahun 2022 pakai NIK saya oleh orang yang tidak"
        " saya kenal. Kartunya sudah diblokir bank sejak 2023, tapi catatan macetnya masih ada.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Setelah saya lapor NIK saya dipakai orang membuka rekening (rekening palsu itu sudah"
        " ditutup bank), gaji saya tidak bisa cair karena verifikasi NIK gagal.",
        None,
        False,
    ),
]
HOLDOUTS_FS_FU: list[tuple[str, str, datetime | None, bool]] = [
    # Misuse told only as a past episode ("tahun lalu ... pernah"): high, not critical; a
    # denial ("tidak pernah pinjam") or a discovery ("baru tahu") is no past (guards: they
    # fired before too).
    (
        "U-IDENTITY-MISUSE-ENDED",
        "Tahun 2023 KTP saya dipakai orang untuk daftar pinjol. Akibatnya sekarang pengajuan"
        " KPR saya ditolak bank.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Tahun 2023 KTP saya dipakai orang untuk daftar pinjol. Akibatnya sekarang pengajuan"
        " KPR saya ditolak bank.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya tidak pernah pinjam apa pun, tapi NIK saya dipakai orang untuk pinjaman online.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Bulan lalu saya baru tahu NIK saya dipakai orang untuk pinjaman online.",
        None,
        True,
    ),
    # "kalau sampai ..." is an "if it comes to": the whole clause is hypothetical; before a
    # time ("kalau sampai akhir bulan") it is a deadline, not an "if".
    (
        "U-CHILD-AKTA-LOST",
        "Rumah kami di pinggir sungai. Kalau sampai rumah kami kebanjiran lagi seperti dulu dan"
        " KK, KTP serta akta anak-anak ikut hanyut, bagaimana menggantinya? Sekarang masih aman.",
        None,
        False,
    ),
    # "Untung saya bukan pasien ...": the danger did not happen.
    (
        "U-LIFE-HEALTH-DOCUMENT",
        "Golongan darah di KTP saya salah. Untung saya bukan pasien yang harus transfusi, mohon"
        " dibetulkan.",
        None,
        False,
    ),
    # "sering keluar masuk RS": stays told as background, none now.
    (
        "U-LIFE-HEALTH",
        "Ibu saya sudah 78 tahun dan sering keluar masuk rumah sakit, dan NIK beliau bermasalah"
        " di BPJS. Apa yang harus kami siapkan?",
        None,
        False,
    ),
    # A complainer singled out, the file put last; a fee before a kepling's letter; a broker
    # with a friend inside.
    (
        "U-MISCONDUCT",
        "Petugas loket itu bilang 'oh ini yang lapor-lapor ya. Lihat saja, berkas ibu saya"
        " simpan paling bawah.'",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Kepling tidak mau teken surat pengantar pindah kalau belum setor uang kas lingkungan.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Ada bapak-bapak di parkiran Disdukcapil nawarkan KIA jadi sehari, katanya punya kawan"
        " di dalam.",
        None,
        True,
    ),
    # A fee heard from a friend ("ada kawan bilang") is a question, not an allegation.
    (
        "U-PAYMENT-OR-THREAT",
        "Ganti KK karena pindah alamat itu bayar tidak? Ada kawan bilang harus bayar 150 ribu.",
        None,
        False,
    ),
    # A child with no akta at all, and a school that requires it (the second row a guard).
    (
        "U-CHILD-NO-AKTA-SCHOOL",
        "Anak saya umur 6 tahun belum punya akta karena lahir di rumah. SD minta akta untuk"
        " daftar bulan Juli.",
        None,
        True,
    ),
    (
        "U-CHILD-NO-AKTA-SCHOOL",
        "Anak saya sudah punya akta. SD minta akta untuk daftar, cukup fotokopi atau harus"
        " legalisir?",
        None,
        False,
    ),
]
HOLDOUT_FT: list[tuple[str, str, datetime | None, bool]] = [
    # A card held back until a fee is paid; a fee that skips the court.
    (
        "U-PAYMENT-OR-THREAT",
        "Kepala dusun tidak mau menyerahkan KTP kami yang sudah jadi kalau warga tidak bayar"
        " Rp50.000.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas bilang resminya harus sidang dulu, tapi kalau mau lewat dia cukup Rp1.500.000.",
        None,
        True,
    ),
    # Leave from work that cannot be had is a cost, not a blocked service.
    (
        "U-ACCESS-LOST",
        "Saran: menjelang pendaftaran sekolah antrean selalu penuh, banyak orang tua yang kerja"
        " tidak bisa izin. Bagaimana kalau dibuka hari Sabtu?",
        None,
        False,
    ),
    # Nothing needs the document yet: kept for the family archive, or to be used later.
    (
        "U-ACCESS-LOST",
        "Akta kematian ayah kami diajukan tanggal 2 Januari, sudah lewat sebulan belum jadi. Kami"
        " belum butuh untuk apa-apa, cuma untuk arsip keluarga dan urusan warisan nanti.",
        datetime(2026, 2, 20, 10, 0, tzinfo=WIB),
        False,
    ),
    (
        "U-ACCESS-LOST",
        "KK baru saya ajukan tanggal 2 Februari dan masih proses. KK ini nanti mau dipakai untuk"
        " mengurus BPJS suami.",
        datetime(2026, 2, 20, 10, 0, tzinfo=WIB),
        False,
    ),
    # A symptom that comes and goes is a condition, not a danger now.
    (
        "U-LIFE-HEALTH-NOW",
        "Nenek penghuni panti kami sering sesak napas, tapi tidak bisa didaftarkan BPJS karena"
        " tidak punya NIK.",
        None,
        False,
    ),
]
HOLDOUT_FX: list[tuple[str, str, datetime | None, bool]] = [
    # Misuse that has ended counts as high only while something is still blocked.
    (
        "U-IDENTITY-MISUSE-ENDED",
        "NIK saya dulu dipakai pinjol, penagihan sudah berhenti. Saya cuma mau tanya apakah perlu"
        " lapor polisi.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Bulan lalu ada dua nomor asing terdaftar pakai NIK saya, sekarang sudah diunreg semua."
        " Apakah saya perlu lapor lagi?",
        None,
        False,
    ),
    # The sentence that first tells the misuse decides its tense; later mentions refer back.
    (
        "U-IDENTITY-MISUSE",
        "Tahun 2023 data saya dipakai orang untuk pinjol. Akibatnya pengajuan KUR saya ditolak"
        " bank. Bank minta surat bahwa pinjaman itu bukan atas data saya.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Di Bontang rumah saya terus didatangi penagih untuk pinjaman yang bukan saya ambil. Itu"
        " sudah beres, kantornya sudah minta maaf.",
        None,
        False,
    ),
    # A loan offered by text; a burglary; cases in general; a question about the law.
    (
        "U-IDENTITY-MISUSE",
        "Akta kematian bapak belum jadi, kemarin malah datang SMS penawaran pinjaman atas nama"
        " beliau.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "KTP saya hilang waktu rumah kontrakan dibobol bulan Juni, mohon dicetak ulang.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Petugas tetap minta surat kehilangan dengan alasan banyak kasus KTP dipakai orang.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Sekadar bertanya, apa hukumannya bagi pegawai yang menjual data penduduk?",
        None,
        False,
    ),
    # Cards photographed on an official's own phone: misconduct (high), not a live leak (the
    # second row a guard).
    (
        "U-DATA-LEAK",
        "Petugas perekaman memotret KK warga satu per satu pakai HP pribadinya. Saya khawatir"
        " fotonya bisa tersebar.",
        None,
        False,
    ),
    (
        "U-LEAK-BY-STAFF",
        "Petugas perekaman memotret KK warga satu per satu pakai HP pribadinya. Saya khawatir"
        " fotonya bisa tersebar.",
        None,
        True,
    ),
    # Other families' records shown in the app; a digital ID activated elsewhere; an account
    # "masih aktif dipakai"; a threat to make a file hard.
    (
        "U-DATA-LEAK",
        "Waktu login ke aplikasi Dukcapil yang muncul malah KK orang lain, lengkap dengan NIK"
        " dan alamat.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Ada email IKD bilang perangkat baru berhasil aktivasi, padahal saya tidak pernah"
        " aktivasi IKD.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Ada rekening di bank lain atas nama saya untuk judi online dan masih aktif dipakai"
        " sampai minggu ini.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Petugas loket marah dan bilang data ibu bisa saya bikin susah diurus.",
        None,
        True,
    ),
    # "katanya sudah diperbaiki" is passed on, not a settled problem.
    (
        "U-ACCESS-LOST",
        "Minggu lalu kartu KIS saya ternyata tidak aktif waktu kontrol kehamilan. Kata petugas"
        " BPJS karena NIK saya pernah dipakai orang, katanya sudah diperbaiki.",
        None,
        True,
    ),
    # A wait told on its own refers back to the document told before it.
    (
        "U-WAIT-FAR",
        "Pengajuan akta kematian ibu masuk tanggal 12 Maret. Sekarang sudah lebih dari sebulan."
        " NIK ibu masih aktif, saya takut dipakai orang. Mohon dicek sampai mana.",
        datetime(2026, 4, 22, 10, 0, tzinfo=WITA),
        False,
    ),
    # The reporter's own block of a lost bank card is no blocked NIK.
    (
        "U-NIK-EXTERNAL",
        "Dompet saya jatuh di angkot, isinya KTP dan ATM. ATM sudah saya blokir. Mohon cetak ulang"
        " KTP, surat kehilangan dari polsek sudah ada.",
        None,
        False,
    ),
    # "sudah berhenti ditagih sejak Desember" dates a state, not an application.
    (
        "U-WAIT-FAR",
        "Saya sudah berhenti ditagih sejak Desember. Mohon dibuatkan surat keterangan bahwa foto"
        " di KTP pinjaman itu bukan foto saya.",
        datetime(2026, 6, 3, 10, 0, tzinfo=WIB),
        False,
    ),
]
HOLDOUTS_FV_FW: list[tuple[str, str, datetime | None, bool]] = [
    # SIM cards registered with the reporter's NIK, never bought.
    (
        "U-IDENTITY-MISUSE",
        "Tadi sore masuk SMS bahwa nomor baru berhasil diregistrasi dengan NIK dan KK saya. Saya"
        " tidak pernah membeli kartu perdana itu.",
        None,
        True,
    ),
    # A list of residents' data asked for; "minta satu-satu" names no sum.
    (
        "U-PAYMENT-OR-THREAT",
        "Kami panitia lomba 17-an butuh NIK dan tanggal lahir semua warga RT 03, biar tidak"
        " repot minta satu-satu.",
        None,
        False,
    ),
    # Nothing blocked ("tidak ada masalah untuk ambil pensiun"); the reporter's own checking.
    (
        "U-ACCESS-LOST",
        "Ibu saya (70 tahun) KTP-nya salah tulis RT. Tidak ada masalah untuk ambil pensiun atau"
        " berobat, cuma ingin dibetulkan. Apa bisa diwakilkan karena ibu susah jalan?",
        None,
        False,
    ),
    (
        "U-CHILD-AKTA-FAILED",
        "Pengajuan akta kelahiran anak saya lewat aplikasi ditolak, katanya berkas tidak terbaca."
        " Padahal sudah saya cek berulang kali.",
        None,
        False,
    ),
    # A message that opens by thanking someone for a problem solved.
    (
        "U-NIK-EXTERNAL",
        "Terima kasih untuk meja bantuan Dukcapil di posko SPMB Dinas Pendidikan. Data KK anak"
        " saya yang belum sinkron langsung dibetulkan di tempat, pendaftaran lancar.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH",
        "Terima kasih banyak untuk tim Dukcapil yang Sabtu malam kemarin mau buka kantor khusus"
        " untuk menerbitkan KK baru supaya istri saya bisa dioperasi caesar pakai BPJS. Ibu dan"
        " bayi selamat dan sehat.",
        datetime(2025, 11, 4, 9, 0, tzinfo=WITA),
        False,
    ),
    # A loss reported to the village is a step, not a repeated complaint.
    (
        "U-REPEAT",
        "KTP saya hilang waktu mudik. Saya sudah lapor ke desa, tinggal ke Dukcapil. Bisa langsung"
        " cetak?",
        None,
        False,
    ),
    # A fee read about in a Facebook group, or denied after a post said so.
    (
        "U-PAYMENT-OR-THREAT",
        "Saya mau meluruskan postingan di FB yang bilang saya dimintai uang waktu urus KIA. Itu"
        " tidak benar.",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Saya baca di grup FB katanya bikin akta kelahiran harus bayar, benar tidak?",
        None,
        False,
    ),
    # A workmate's story.
    (
        "U-LIFE-HEALTH",
        "Teman kerja saya bulan lalu sampai tidak bisa operasi karena KTP-nya bermasalah. KTP"
        " saya sendiri baru diajukan 6 hari lalu, kapan jadi?",
        None,
        False,
    ),
    # "Jumat dini hari" names a day.
    (
        "U-DEADLINE-IMMINENT",
        "Kami berangkat umrah Jumat dini hari. Paspor ayah tertahan karena tahun lahir di KTP"
        " beda dengan KK.",
        datetime(2025, 12, 3, 8, 15, tzinfo=WIB),
        True,
    ),
]
HOLDOUT_GA: list[tuple[str, str, datetime | None, bool]] = [
    # A misuse whose bills were deleted; a loan paid off; collectors who stopped coming.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Agustus tahun lalu KTP saya dipakai orang untuk pinjol. Penyelenggara pinjaman sudah"
        " menghapus tagihan, tapi KPR saya ditolak bank karena SLIK.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Utangnya sudah saya selesaikan dan penagih tidak datang lagi, tapi saya minta staf"
        " kelurahan yang memberikan alamat saya ke penagih diperiksa.",
        None,
        False,
    ),
    # A misuse told as a past episode is not ongoing either ("pada 2023 ... memakai NIK").
    (
        "U-IDENTITY-MISUSE",
        "Saya digugat perusahaan pembiayaan atas kredit mobil yang pada 2023 diajukan orang lain"
        " memakai KTP palsu dengan NIK saya. Pengacara minta cetak biodata resmi.",
        datetime(2026, 2, 2, 9, 0, tzinfo=WIB),
        False,
    ),
    # Told today ("tadi sore") about a purchase "bulan lalu": going on.
    (
        "U-IDENTITY-MISUSE",
        "Tadi sore orang leasing datang membawa fotokopi KTP saya dan menagih cicilan motor yang"
        " katanya saya ambil bulan lalu. Saya tidak pernah kredit motor.",
        None,
        True,
    ),
    # A prevention question; news of leaks in general; collectors after someone else.
    (
        "U-IDENTITY-MISUSE",
        "Bagaimana cara mengetahui nomor HP apa saja yang terdaftar memakai NIK saya? Tidak ada"
        " masalah, hanya ingin berjaga-jaga.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Setelah ramai berita kebocoran data, saya cek NIK saya di layanan cek data mandiri,"
        " hasilnya tidak ditemukan.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Bekas anak kos kami masih tercantum di KK kami. Sekarang penagih pinjaman sering datang"
        " mencari dia ke rumah kami.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "NIK saya dipakai untuk pinjol tahun lalu dan saya perlu tahu bocornya dari mana. Mohon"
        " salinan riwayat akses data NIK saya.",
        None,
        False,
    ),
    # Data for sale by an insider; a stranger's card shown in the app; a shop verified with
    # the reporter's card and selfie.
    (
        "U-DATA-LEAK",
        "Kenalan saya yang honorer di Disdukcapil menawari saya data warga lengkap pakai nomor"
        " HP, Rp2 juta per seribu data.",
        None,
        True,
    ),
    (
        "U-DATA-LEAK",
        "Waktu saya buka aplikasi IKD, yang tampil bukan KTP saya, tapi KTP seorang ibu dari"
        " kecamatan lain.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Ada toko di marketplace yang memakai KTP dan foto selfie saya untuk verifikasi penjual.",
        None,
        True,
    ),
    # Copies handed on from a village archive: misconduct (high), not a live leak (the
    # second row a guard).
    (
        "U-LEAK-BY-STAFF",
        "Kepala desa menyerahkan fotokopi KTP warga dari arsip desa kepada tim suksesnya."
        " Pemilihan sudah lewat, tapi ini harus diperiksa.",
        None,
        True,
    ),
    (
        "U-DATA-LEAK",
        "Kepala desa menyerahkan fotokopi KTP warga dari arsip desa kepada tim suksesnya."
        " Pemilihan sudah lewat, tapi ini harus diperiksa.",
        None,
        False,
    ),
    # A stranger who "muncul" in the reporter's new KK.
    (
        "C-STRANGER-IN-RECORD",
        "Di KK saya yang baru dicetak muncul satu anggota keluarga yang tidak kami kenal. Kami"
        " tidak pernah mengajukan penambahan.",
        None,
        True,
    ),
]
HOLDOUT_FY: list[tuple[str, str, datetime | None, bool]] = [
    # Medicine that runs out tomorrow morning.
    (
        "U-LIFE-HEALTH-NOW",
        "Anak saya 5 tahun pakai insulin setiap hari. Persediaannya tinggal untuk besok pagi."
        " Apotek tidak mau memberikan obat dengan JKN karena kepesertaan anak ditolak.",
        None,
        True,
    ),
    # Cover that works ("aktif dan lancar"), "bukan darurat", a substitute accepted meanwhile.
    (
        "U-LIFE-HEALTH-NOW",
        "Ayah saya sedang dirawat di RS, BPJS-nya aktif dan lancar. Saya hanya perlu legalisir"
        " KK untuk klaim santunan dari kantor ayah.",
        None,
        False,
    ),
    (
        "U-ACCESS-LOST",
        "Bukan darurat ya, saya sehat. Setelah pindah KK bulan lalu, kartu BPJS saya tetap aktif"
        " atau harus diurus ulang? Di aplikasi masih tertulis aktif.",
        None,
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Hari ini terakhir upload berkas beasiswa, KK saya belum mencantumkan adik yang baru"
        " lahir. Panitia bilang boleh pakai surat keterangan desa dulu, KK menyusul bulan depan.",
        datetime(2026, 7, 31, 11, 15, tzinfo=WIB),
        False,
    ),
    # Nothing sent yet, and a question about the risk.
    (
        "U-IDENTITY-MISUSE",
        "Mau tanya, saya belum kirim apa-apa. Ada aplikasi pinjaman yang minta foto KTP dan"
        " selfie. Kalau saya kirim, apa risikonya NIK saya disalahgunakan?",
        None,
        False,
    ),
    # Whether a charge is a levy, asked; a donation box.
    (
        "U-MISCONDUCT",
        "Ini pungli atau bukan? Tiap ke kantor Dukcapil motor saya ditarik parkir dua ribu.",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Di meja loket kelurahan ada kotak bertulisan infak. Kata petugas tidak wajib, KK saya"
        " tetap diproses.",
        None,
        False,
    ),
]
HOLDOUTS_FO_FR: list[tuple[str, str, datetime | None, bool]] = [
    # A question how to check, fake accounts posing as the office, a study of misuse.
    (
        "U-IDENTITY-MISUSE",
        "Gimana caranya saya tahu nomor HP apa saja yang terdaftar pakai NIK saya? Soalnya"
        " dengar-dengar banyak kasus.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Usul saja: banyak akun palsu mengatasnamakan Disdukcapil yang menawarkan percepatan KTP"
        " lewat WhatsApp.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya mahasiswa S2 yang sedang meneliti penyalahgunaan NIK untuk pinjaman online. Apakah"
        " ada data agregatnya?",
        None,
        False,
    ),
    # A card posted uncensored by an official.
    (
        "U-DATA-LEAK",
        "Pegawai Disdukcapil memposting video KTP warga di TikTok, salah satunya KTP saya lengkap"
        " dengan NIK dan alamat, tidak disensor sama sekali.",
        None,
        True,
    ),
    # News of leaks; a question whether a NIK may be given.
    (
        "U-DATA-LEAK",
        "Setelah ramai kabar kebocoran data, saya minta dicetakkan biodata saya sendiri di loket"
        " tapi disuruh pulang.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Sebenarnya NIK boleh dikasih ke orang lain atau tidak? Tiap daftar sekolah anak selalu"
        " diminta fotokopi KTP.",
        None,
        False,
    ),
    # Two records under one NIK; a stranger listed in the reporter's KK.
    (
        "U-DUPLICATE",
        "Di Disdukcapil Palu pindah saya ditolak, petugas bilang ada dua data dengan NIK saya.",
        None,
        True,
    ),
    (
        "C-STRANGER-IN-RECORD",
        "Beberapa bulan lalu saya menemukan ada orang yang tidak saya kenal tercantum di KK saya"
        " sebagai famili lain.",
        None,
        True,
    ),
    # Collectors after a previous occupant; a card that still works.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Alamat lama saya sering didatangi penagih yang mencari penghuni sebelumnya, jadi saya"
        " ajukan perubahan alamat.",
        None,
        False,
    ),
    (
        "U-NIK-EXTERNAL",
        "Saya cek NIK di layanan cek data online Disdukcapil, hasilnya data tidak ditemukan. KTP"
        " saya kemarin masih bisa transaksi di bank.",
        None,
        False,
    ),
]
#: Rule set 2026.12.96 narrows a phrase of 2026.12.94 that cost a row of holdout GB, measured
#: unseen: the office's own "KK menyusul" is its delay, not a substitute accepted meanwhile.
KK_TO_FOLLOW_2026_12_96: list[tuple[str, str, datetime | None, bool]] = [
    (
        "U-LIFE-HEALTH",
        "Akta anak kami sudah keluar, tapi petugas bilang KK menyusul karena printer rusak."
        " Dokter menjadwalkan operasi jantung anak Senin pagi, tapi BPJS rumah sakit bilang"
        " anak belum bisa didaftarkan karena belum ada di KK.",
        datetime(2025, 11, 14, 19, 0, tzinfo=WIB),
        True,
    ),
]
HOLDOUTS_GB_GD: list[tuple[str, str, datetime | None, bool]] = [
    # A video to take down, a box to fill before the card is handed over, a record
    # changed on someone's order.
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas loket bilang kalau masih mau KK-mu lancar, hapus videonya.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas pengambilan KTP bilang 'isi dulu di situ Bu, biasanya orang 20 ribu', dan KTP"
        " baru diserahkan setelah saya masukkan uang.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Status saya di KK tertulis cerai hidup padahal belum pernah menikah. Operator desa"
        " akhirnya mengaku disuruh orang untuk mengubah data saya.",
        None,
        True,
    ),
    # Turned away for a disability; held at a border post; a home buried by a landslide.
    (
        "U-DISCRIMINATION",
        "Saya tunanetra. Petugas bilang orang seperti Bapak tidak bisa tanda tangan, harus datang"
        " bersama wali, lalu berkas saya dikembalikan.",
        None,
        True,
    ),
    (
        "U-SAFETY",
        "Saya tertahan di PLBN Entikong sejak sore karena NIK di paspor saya tercatat milik orang"
        " yang sudah meninggal.",
        None,
        True,
    ),
    (
        "U-DISASTER",
        "Rumah kami roboh kena longsor Kamis malam. Alhamdulillah kami sekeluarga selamat, tapi"
        " semua surat tertimbun. Di posko, beras dibagi berdasarkan KK.",
        None,
        True,
    ),
    # Settled: a NIK "sudah padan" and aid "cair lagi"; a leak taken down.
    (
        "U-ACCESS-LOST",
        "Alhamdulillah, setelah laporan saya bulan lalu, data NIK ibu saya sudah padan dan"
        " BLT-nya cair lagi minggu ini. Terima kasih.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Bulan lalu operator desa mengirim foto KK warga ke grup WhatsApp karang taruna. Setelah"
        " warga protes, fotonya dihapus dari grup. Saya minta operator itu diperiksa.",
        None,
        False,
    ),
    # A request to take a photo down is not a leak ended (a guard).
    (
        "U-DATA-LEAK",
        "Kemarin petugas kelurahan kirim foto KK warga ke grup WA RW. Tolong fotonya dihapus dan"
        " petugas itu ditegur.",
        None,
        True,
    ),
    # Not the reporter's misuse: "bukan korban apa-apa", "belum ada tanda-tanda", a purpose
    # ("supaya tidak bisa dipakai orang"), a question how to check.
    (
        "U-IDENTITY-MISUSE",
        "Dompet saya dicopet hari Minggu. Sampai sekarang belum ada tanda-tanda KTP saya dipakai"
        " orang, tapi saya mau bikin KTP pengganti.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Teman kirim link aplikasi Cek NIK Pinjol. Itu benar dari Dukcapil? Kalau bukan, cara"
        " resmi mengecek apakah NIK saya dipakai pinjaman lewat mana?",
        None,
        False,
    ),
    # Misuse now: paylater in the reporter's name, an e-wallet number changed by someone.
    (
        "U-IDENTITY-MISUSE",
        "Barusan masuk email pesanan berhasil, dibayar pakai paylater atas nama saya. Limitnya"
        " masih bertambah terpakai.",
        None,
        True,
    ),
    # Ended with the vehicle closed: high only while something is blocked.
    (
        "U-IDENTITY-MISUSE",
        "BI checking menunjukkan kredit macet kartu kredit atas NIK saya. Kartu itu dibuat orang"
        " lain pakai KTP saya yang hilang dan sudah ditutup penerbitnya.",
        None,
        False,
    ),
    # Data looked up for a fee through an operator's account.
    (
        "U-DATA-LEAK",
        "Kios fotokopi di depan kantor menawarkan cek data warga Rp50 ribu, login pakai akun yang"
        " katanya milik operator desa.",
        None,
        True,
    ),
]
HOLDOUTS_GE_GF_GG: list[tuple[str, str, datetime | None, bool]] = [
    # Misuse named with no victim is talk of misuse in general; an SMS to "Anda" names one
    # (a guard).
    (
        "U-IDENTITY-MISUSE",
        "Kenapa sih harus selfie pegang KTP?! Itu kan persis yang dipakai penipu buat pinjol!",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Barusan ada SMS dari operator: NIK Anda telah digunakan untuk registrasi nomor"
        " 0812-0000-7731. Itu bukan nomor saya.",
        None,
        True,
    ),
    # Checked and found nothing; a test with nothing at stake; a stranger's story.
    (
        "U-IDENTITY-MISUSE",
        "Saya dapat SMS katanya NIK saya terdaftar pinjaman online, linknya tidak saya buka."
        " Saya sudah cek SLIK dan tidak ada pinjaman apa pun atas nama saya.",
        None,
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Besok anak saya ujian akhir, tapi bukan itu masalahnya, ujiannya tidak pakai KK. Tempat"
        " lahirnya di KK salah tulis.",
        None,
        False,
    ),
    (
        "U-ACCESS-LOST",
        "Kemarin di RS saya lihat ada ibu-ibu menangis karena anaknya tidak bisa pakai BPJS."
        " Saya bukan keluarganya. Saran saja, taruh petugas Dukcapil di RS.",
        None,
        False,
    ),
    # A report closed by its reporter; an episode settled "sampai sembuh".
    (
        "U-REPEAT",
        "Terima kasih, KTP saya akhirnya jadi kemarin dan sudah saya ambil. Laporan saya"
        " sebelumnya boleh ditutup.",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-DOCUMENT",
        "Bulan lalu waktu anak saya demam tinggi, IGD sempat minta KIA, tapi akhirnya cukup pakai"
        " KK dan anak saya dirawat sampai sembuh. Sekarang saya mau buat KIA.",
        None,
        False,
    ),
    # A digital ID activated on a device the reporter does not hold.
    (
        "U-IDENTITY-MISUSE",
        "Barusan masuk email bahwa akun IKD saya diaktifkan di perangkat baru, padahal HP saya"
        " ada di tangan.",
        None,
        True,
    ),
    # A vulnerable person with nothing needing the card yet.
    (
        "U-VULNERABLE",
        "Sudah tiga minggu KTP-el kakak saya belum jadi. Dia ODGJ. Sebenarnya belum ada"
        " keperluan mendesak, saya hanya khawatir berkasnya terselip.",
        None,
        False,
    ),
    # Turned away "orang seperti itu"; a former prisoner refused; a fee per sheet.
    (
        "U-DISCRIMINATION",
        "Klien saya penyandang skizofrenia ditolak merekam KTP-el. Kata petugas, orang seperti"
        " itu tidak bisa tanda tangan.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Pak Kades tidak mau memberi surat pengantar untuk keponakan saya, katanya desa kami"
        " tidak menerima bekas napi.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Legalisir fotokopi KK di kantor camat, petugas bilang selembar 10 ribu, katanya untuk"
        " kas.",
        None,
        True,
    ),
    # A survivor who has left; a fee only heard of and never asked.
    (
        "U-SAFETY",
        "Sejak keluar dari rumah suami karena KDRT, saya mengajukan KK terpisah untuk saya dan"
        " anak-anak, sudah sebulan belum jadi.",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Apakah perekaman KTP di rumah ada biayanya? Ada yang bilang harus kasih uang transport"
        " ke petugas. Saya belum daftar dan belum ada yang meminta apa-apa.",
        None,
        False,
    ),
    # The reporter's own loan, food borrowed from a neighbour.
    (
        "U-IDENTITY-MISUSE",
        "KTP saya baru rekam 9 hari lalu, blanko kosong. Saya perlu buat urus pinjaman KUR di"
        " bank bulan depan.",
        None,
        False,
    ),
]
HOLDOUTS_GH_GJ: list[tuple[str, str, datetime | None, bool]] = [
    # A month before the month received dates the misuse as an episode; "sejak April" runs
    # on to now (a guard).
    (
        "U-IDENTITY-MISUSE",
        "Bulan Oktober 2024 ada orang memakai foto KTP saya untuk mengambil pinjaman. Bulan"
        " Februari aplikasinya mengakui itu penipuan.",
        datetime(2025, 5, 21, 11, 30, tzinfo=WITA),
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Sejak April NIK saya dipakai orang untuk pinjaman online.",
        datetime(2025, 5, 21, 11, 30, tzinfo=WITA),
        True,
    ),
    # An account "masih aktif menerima transferan" is misuse going on.
    (
        "U-IDENTITY-MISUSE",
        "Siang ini saya dipanggil ke Polres karena ada rekening bank atas nama saya untuk"
        " menampung uang penipuan, dan masih aktif menerima transferan sampai kemarin.",
        None,
        True,
    ),
    # A digital ID's phone number changed without the reporter's request.
    (
        "U-IDENTITY-MISUSE",
        "Barusan ada SMS: permintaan perubahan nomor HP akun IKD Anda berhasil. Saya tidak"
        " pernah meminta itu.",
        None,
        True,
    ),
    # Whether a kiosk's charge is a levy; a fee only expected ("saya kira").
    (
        "U-MISCONDUCT-BY-STAFF",
        "Ini pungli bukan sih? Di kios fotokopi depan kantor saya bayar 5 ribu. Petugas di dalam"
        " tidak minta apa-apa.",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Saya kira mengurus akta kematian harus bayar, ternyata gratis dan selesai dua hari.",
        None,
        False,
    ),
    # A body that could leave on time thanks to the office.
    (
        "U-BURIAL",
        "Terima kasih untuk petugas yang Jumat malam datang ke rumah duka membuat surat kematian"
        " mama. Karena itu jenazah bisa diberangkatkan ke Wamena hari Sabtu pagi sesuai jadwal.",
        datetime(2025, 9, 28, 8, 30, tzinfo=WIT),
        False,
    ),
]
HOLDOUT_GJ: list[tuple[str, str, datetime | None, bool]] = [
    # Misuse now: an e-wallet drained after a phishing call; data open to anyone.
    (
        "U-IDENTITY-MISUSE",
        "Tadi ada yang telepon ngaku petugas Dukcapil, saya disuruh sebut kode SMS. Sekarang"
        " saldo dompet digital saya berkurang terus.",
        None,
        True,
    ),
    (
        "U-DATA-LEAK",
        "Folder Google Drive milik perusahaan leasing bisa dibuka siapa saja tanpa login, isinya"
        " ribuan foto KTP dan KK konsumen, termasuk data saya.",
        None,
        True,
    ),
    # A folder locked after the first report: the leak is over (a guard).
    (
        "U-DATA-LEAK",
        "Kelurahan menyimpan scan KK warga di folder yang bisa dibuka siapa saja. Setelah laporan"
        " pertama, foldernya dikunci, tapi petugasnya belum diperiksa.",
        None,
        False,
    ),
    # Lenders and collectors named in passing; a card held by a former employer.
    (
        "U-IDENTITY-MISUSE",
        "Alhamdulillah KTP saya akhirnya dikembalikan oleh bos pinjaman harian setelah utang"
        " lunas, tapi chip-nya retak. Mau ganti yang baru.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "KTP baru saya (cetak ulang karena yang lama dibawa kabur penagih utang) tempat lahirnya"
        " salah. Mohon diperbaiki.",
        None,
        False,
    ),
    (
        "U-SAFETY",
        "Pengajuan cetak ulang KTP saya ditolak aplikasi. KTP lama saya ditahan majikan di tempat"
        " kerja dulu.",
        None,
        False,
    ),
    # Nothing misused: "belum ada kejadian apa-apa", "tidak sedang dirugikan".
    (
        "U-IDENTITY-MISUSE",
        "Nomor HP lama di akun IKD saya sekarang dipakai orang lain karena didaur ulang operator."
        " Sampai sekarang belum ada kejadian apa-apa.",
        None,
        False,
    ),
]
HOLDOUT_GK: list[tuple[str, str, datetime | None, bool]] = [
    # A first sentence that thanks someone for something, wherever "terima kasih" stands in
    # it, settles the story told after it.
    (
        "U-BURIAL",
        "Kami sekeluarga mengucapkan terima kasih kepada petugas kelurahan. Malam Natal lalu"
        " ayah kami meninggal, dan petugas datang malam itu juga membawa surat keterangan"
        " kematian sehingga ayah bisa dimakamkan keesokan paginya.",
        datetime(2025, 12, 29, 8, 30, tzinfo=WITA),
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Terima kasih banyak untuk petugas piket Dukcapil Kota Pekanbaru Hulu. Sabtu malam anak"
        " saya masuk IGD dan BPJS-nya ditolak karena NIK belum padan; saya WA nomor layanan jam"
        " 11 malam, dan dalam satu jam datanya sudah dipadankan sehingga anak saya bisa dirawat."
        " Sekarang sudah pulang, sehat.",
        datetime(2026, 7, 6, 9, 10, tzinfo=WIB),
        False,
    ),
    # Residents asked to send their own photos to a group: a question, not a leak.
    (
        "U-DATA-LEAK",
        "Ketua RT minta semua warga kirim foto KTP dan KK ke grup WhatsApp RT untuk pendataan."
        " Apa itu aman?",
        None,
        False,
    ),
    # A fee only expected, an envelope handed back by the officer.
    (
        "U-MISCONDUCT",
        "Saya kira harus bayar jadi saya selipkan amplop di map. Petugasnya malah mengembalikan"
        " amplop dan bilang semua layanan gratis. Salut.",
        None,
        False,
    ),
]
HOLDOUT_GM: list[tuple[str, str, datetime | None, bool]] = [
    # Misuse settled ("sudah selesai lewat OJK", "sudah dibatalkan lembaga itu").
    (
        "U-IDENTITY-MISUSE",
        "Ada orang di warung depan kantor nawarin saya hapus data pinjol dari sistem Dukcapil"
        " bayar 2 juta, katanya punya orang dalam. Saya tidak bayar, karena kasus pinjol saya"
        " sudah selesai lewat OJK.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Pak RT memakai fotokopi KTP kami untuk pinjaman kelompok atas nama kami. Pinjaman atas"
        " nama saya sudah dibatalkan lembaga itu minggu lalu. Kami minta Pak RT diperiksa.",
        None,
        False,
    ),
    # A card taken by a collector or held as evidence is a document held.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "KTP asli saya diambil sama debt collector leasing karena telat bayar cicilan. Saya mau"
        " bikin KTP baru saja.",
        None,
        False,
    ),
    (
        "U-SAFETY",
        "KTP asli saya masih ditahan penyidik sebagai barang bukti kasus yang sudah selesai. Saya"
        " sudah ajukan cetak ulang.",
        None,
        False,
    ),
    # A disclosure that has stopped ("sekarang tidak diganggu lagi") is no live leak.
    (
        "U-DATA-LEAK",
        "Staf kelurahan memasukkan nomor HP saya ke grup WA relawan politik dan disebarkan di"
        " grup. Saya sudah keluar dari grup dan sekarang tidak diganggu lagi.",
        None,
        False,
    ),
]
HOLDOUTS_GN_GO_GP: list[tuple[str, str, datetime | None, bool]] = [
    # A "donation" demanded before a letter is signed; a price for a fast akta through a
    # relative inside; a slur about where people come from.
    (
        "U-PAYMENT-OR-THREAT",
        "Pak Kades minta sumbangan pembangunan balai desa Rp500 ribu sebelum mau tanda tangan"
        " surat pengantar pindah saya. Katanya semua warga yang pindah wajib nyumbang.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Ada nyong tawar beta, akta anak bisa jadi dua hari asal kasi 400 ribu, katanya dia pung"
        " sodara di dalam yang cetak.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Petugas loket bentak-bentak, bilang orang gunung bikin susah saja, lalu berkas bapa"
        " dilempar ke meja.",
        None,
        True,
    ),
    # Numbers blocked by the operator: settled.
    (
        "U-NIK-EXTERNAL",
        "Minggu lalu saya lapor ada nomor HP asing terdaftar pakai NIK saya. Sekarang sudah"
        " diblokir operator dan registrasinya dicabut. Laporan saya boleh ditutup.",
        None,
        False,
    ),
]
HOLDOUTS_GQ_GS: list[tuple[str, str, datetime | None, bool]] = [
    # A feast with an offset names a day ("seminggu sebelum Lebaran"), not a 7-day wait
    # (the first row is a guard: it held before too).
    (
        "U-WAIT-FAR",
        "Saya ajukan KTP seminggu sebelum Lebaran, sampai sekarang belum jadi.",
        datetime(2025, 6, 20, 10, 0, tzinfo=WIB),
        True,
    ),
    (
        "U-WAIT-FAR",
        "Berkas akta kelahiran anak saya serahkan dua minggu sebelum Lebaran, sampai sekarang"
        " belum jadi.",
        datetime(2025, 5, 20, 10, 0, tzinfo=WIB),
        True,
    ),
    # An announced wait to the end of next month.
    (
        "U-WAIT-FAR",
        "Anak saya rekam KIA tanggal 2 April. Petugas bilang KIA baru bisa dicetak akhir"
        " bulan depan.",
        datetime(2026, 4, 6, 11, 0, tzinfo=WIB),
        True,
    ),
    # A service given only on a condition the reporter does not meet.
    (
        "U-ACCESS-LOST",
        "Saya hamil 8 bulan. Bidan puskesmas bilang persalinan gratis hanya bisa kalau KK"
        " sudah sesuai domisili, padahal KK saya belum dipisah dari orang tua.",
        None,
        True,
    ),
    # The document is in hand: a flight the day after tomorrow is only a question.
    (
        "U-DEADLINE-IMMINENT",
        "KTP saya sudah jadi dan sudah saya ambil minggu lalu, terima kasih. Lusa saya"
        " terbang, apakah IKD bisa dipakai untuk check-in?",
        None,
        False,
    ),
    # Charges that are not an official's fee.
    (
        "U-PAYMENT-OR-THREAT",
        "Berkas harus difotokopi sendiri di kios depan, 1.000 per lembar, habis 12 ribu.",
        None,
        False,
    ),
    (
        "U-MISCONDUCT",
        "INI PUNGLI KAH?? Parkir motor di halaman Dukcapil ditarik 2.000, karcisnya dari Dishub.",
        None,
        False,
    ),
    # Misuse begun months ago that still runs.
    (
        "U-IDENTITY-MISUSE",
        "Bank menelepon: ada rekening atas nama saya yang dibuka dua bulan lalu pakai KTP"
        " dengan NIK saya tapi foto orang lain. Sampai sekarang rekening itu masih aktif.",
        datetime(2026, 1, 20, 9, 0, tzinfo=WIB),
        True,
    ),
    # A rumour asked about; leaks as a topic or in general.
    (
        "U-DATA-LEAK",
        "Min, beneran data Dukcapil bocor dan dijual di forum? Sejauh ini aman-aman saja.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Usul saja: KTP digital diberi watermark. Sekarang banyak data bocor dari fotokopi.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Gambar contoh KTP di feed itu cuma ilustrasi, tapi tetap bikin orang panik soal"
        " kebocoran data.",
        None,
        False,
    ),
    # No sign of misuse found.
    (
        "U-IDENTITY-MISUSE",
        "KTP asli saya terselip di toko gadai. Saya tidak menemukan tanda-tanda dipakai orang.",
        None,
        False,
    ),
    # What the misuse made is closed: high while something stays blocked, not critical.
    (
        "U-IDENTITY-MISUSE",
        "Ternyata KTP saya dipakai orang untuk kredit mobil. Leasing mengakui pemalsuan dan"
        " kontraknya dibatalkan. Tapi bantuan PKH kami dihentikan karena tercatat punya mobil.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ENDED",
        "Ternyata KTP saya dipakai orang untuk kredit mobil. Leasing mengakui pemalsuan dan"
        " kontraknya dibatalkan. Tapi bantuan PKH kami dihentikan karena tercatat punya mobil.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Semua rekening atas nama saya dibekukan karena satu rekening atas nama saya dipakai"
        " judi slot. Rekening itu sudah ditutup permanen, tapi gaji saya belum bisa ditarik.",
        None,
        False,
    ),
    # Guard: the reporter's own account frozen as a consequence closes nothing.
    (
        "U-IDENTITY-MISUSE",
        "Rekening atas nama saya dipakai menampung uang penipuan dan rekening saya sendiri"
        " dibekukan bank.",
        None,
        True,
    ),
    # The culprit held by the police is no danger.
    (
        "U-SAFETY",
        "Ada orang memakai data saya untuk membuka rekening. Pelakunya sudah ditahan polisi"
        " bulan Maret, tapi verifikasi wajah saya di bank ditolak.",
        None,
        False,
    ),
    # A paylater in the reporter's name in use now; cards sent to all contacts.
    (
        "U-IDENTITY-MISUSE",
        "Saldo dompet digital saya habis dan ada limit paylater baru Rp6 juta atas nama saya"
        " yang sedang dipakai belanja.",
        None,
        True,
    ),
    (
        "U-DATA-LEAK",
        "Penagihnya mengirim foto KTP dan KK saya ke semua kontak di HP saya, sampai pagi ini"
        " masih terus dikirim.",
        None,
        True,
    ),
]
HOLDOUTS_GT_GU_GV: list[tuple[str, str, datetime | None, bool]] = [
    # Minang: "paliang lambek isuak" is "paling lambat besok".
    (
        "U-DEADLINE-IMMINENT",
        "Anak ambo lulus beasiswa ka Mesir. Berkas visa harus masuak ka agen paliang lambek"
        " isuak jam 12 siang, kalau lewat, kuota beasiswanyo pindah ka urang lain. Namo di KK"
        " salah, agen minta KK nan alah dibetulkan.",
        datetime(2025, 7, 16, 20, 30, tzinfo=WIB),
        True,
    ),
    # "Kalau sudah jadi ..." is a condition: the wait before it still counts.
    (
        "U-WAIT-FAR",
        "Mau tanya KTP saya sudah bisa diambil belum ya? Saya rekam ulang tanggal 3 Maret di"
        " kecamatan, waktu itu disuruh cek dua minggu lagi. Kalau sudah jadi saya ambil besok.",
        datetime(2025, 4, 10, 9, 5, tzinfo=WIB),
        True,
    ),
    # A flood told by its effect, aid handed out tomorrow.
    (
        "U-DISASTER",
        "Tiga hari lalu air dan lumpur masuk sampai atap, surat-surat tidak ada yang"
        " terselamatkan. Kami tidur di tenda. Besok Dinsos membagikan sembako, syaratnya"
        " fotokopi KK dan KTP.",
        None,
        True,
    ),
    # Leaks in the news, queue numbers sold, a leak only supposed, a claim withdrawn.
    (
        "U-DATA-LEAK",
        "Saran: tiap ada berita kebocoran data, tolong rilis penjelasan resmi. Grup keluarga"
        " jadi panik dan nyebar link aneh buat cek NIK bocor.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Di warung depan Disdukcapil ada mas-mas yang jual nomor antrean, 100 ribu.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Minggu lalu saya melapor bahwa data saya kemungkinan bocor dari kantor kecamatan.",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Min, saya mau meluruskan postingan saya kemarin yang bilang dimintai uang di"
        " Disdukcapil. Ternyata itu pajak kendaraan di gerai Samsat. Mohon maaf atas"
        " kesalahpahaman.",
        None,
        False,
    ),
    # A counter-report threatened by an official.
    (
        "U-MISCONDUCT",
        "Petugas yang menerima laporan saya bilang 'jangan fitnah, bisa dilaporkan balik"
        " pakai UU ITE' dengan nada keras.",
        None,
        True,
    ),
    # Questions about a queue are no queue suffered.
    (
        "U-SERVICE-COMPLAINT",
        "Saya hamil 8 bulan, mau rekam KTP. Antreannya panjang tidak ya? Apa ibu hamil bisa"
        " didahulukan?",
        None,
        False,
    ),
    (
        "U-SERVICE-COMPLAINT",
        "Ibu saya umur 78 mau ganti KTP. Perlu bawa apa saja, dan apa ada loket khusus lansia"
        " biar tidak lama antre?",
        None,
        False,
    ),
    # Cards held by a private lender; no sign of misuse.
    (
        "U-IDENTITY-MISUSE",
        "KK asli kami dipegang bank keliling sebagai jaminan pinjaman dan belum bisa saya"
        " tebus. Sekolah minta KK asli.",
        None,
        False,
    ),
    # Guard (held before too, when the misuse reading blocked it).
    (
        "U-MISCONDUCT",
        "KK asli kami dipegang bank keliling sebagai jaminan pinjaman dan belum bisa saya tebus.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "HP saya dijambret, IKD saya terdaftar di perangkat lain. Sejauh ini tidak ada"
        " tanda-tanda data saya dipakai orang.",
        None,
        False,
    ),
    # "Mohon NIK saya dibereskan" is no threat.
    (
        "U-SAFETY",
        "PBI saya gugur karena NIK saya didaftarkan perusahaan lain. Mohon NIK saya dibereskan.",
        None,
        False,
    ),
    # Closed, pointed back to by "-nya"; not when asked how.
    (
        "U-IDENTITY-MISUSE",
        "Rekening atas nama saya dibuat orang pakai KTP saya yang hilang, dan setelah saya"
        " lapor bank sudah menutupnya. Tapi rekening gaji saya tetap terblokir.",
        None,
        False,
    ),
    # Guard: asked how, not done.
    (
        "U-IDENTITY-MISUSE",
        "Ternyata NIK saya dipakai untuk mendaftarkan 9 nomor. Bagaimana memblokirnya?",
        None,
        True,
    ),
    # A post taken down is over; a take-down asked for is not.
    (
        "U-DATA-LEAK",
        "Foto KTP saya disebar di grup Facebook oleh pemilik kos. Dua hari kemudian postingan"
        " itu dihapus dan dia minta maaf.",
        None,
        False,
    ),
    # Guard: a take-down asked for.
    (
        "U-DATA-LEAK",
        "Petugas kelurahan mengirim foto KK saya ke grup WA warga. Tolong fotonya dihapus.",
        None,
        True,
    ),
    # No longer listed; a self-sent screenshot deleted; nothing happened so far.
    (
        "U-IDENTITY-MISUSE",
        "KTP saya dipakai untuk mendaftarkan saya sebagai anggota partai. Bulan lalu nama"
        " saya sudah dihapus dan sekarang tidak tercantum lagi.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Saya tidak sengaja mengirim screenshot IKD saya ke grup WA alumni. Dua menit"
        " kemudian sudah saya hapus untuk semua orang.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Nomor HP lama saya katanya sekarang dipakai orang lain. Sejauh ini belum ada"
        " kejadian. Mohon nomor di data saya diganti.",
        None,
        False,
    ),
    # Misconduct by staff with the data, whether or not misused since (new rule).
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas di meja 2 memotret KTP dan KK saya pakai HP pribadinya. Sejauh ini belum"
        " terjadi apa-apa dengan data saya, tapi mohon diperiksa.",
        None,
        True,
    ),
    (
        "U-LEAK-BY-STAFF",
        "Ketua RT memposting foto KK keluarga saya di grup WA warga. Setelah saya protes"
        " fotonya dihapus. Mohon RT tersebut ditegur.",
        None,
        True,
    ),
]
DOCUMENT_NOT_UPDATED_2026_12_106: list[tuple[str, str, datetime | None, bool]] = [
    # The rubric's medium "KK/KTP not updated", even asked as what to bring.
    (
        "U-OWN-CASE",
        "Saya sudah nikah di KUA bulan Februari, tapi KTP masih 'belum kawin'. Harus bawa buku"
        " nikah asli?",
        None,
        True,
    ),
    (
        "U-OWN-CASE",
        "Pekerjaan di KTP saye masih 'Pelajar/Mahasiswa', sekarang sudah kerja. Bisa online"
        " atau kene datang?",
        None,
        True,
    ),
    (
        "U-OWN-CASE",
        "KK saya masih ada anak sulung yang sudah menikah dan punya KK sendiri. Mohon"
        " dikeluarkan dari KK saya, caranya bagaimana?",
        None,
        True,
    ),
    (
        "U-OWN-CASE",
        "Alamat di KTP saya masih alamat kos waktu kuliah, sekarang tinggal di Depok. Mohon info.",
        None,
        True,
    ),
    # Guard: asked ahead of a marriage, nothing to update yet.
    (
        "U-OWN-CASE",
        "Saya akan menikah bulan depan. Status di KTP masih belum kawin, apakah perlu diganti"
        " dulu?",
        None,
        False,
    ),
    # Regional kinship words before a name (third-party data).
    (
        "T-IDENTIFIED-OTHER",
        "Adiak ambo, Rahmat Hidayat, pakai kursi roda dan alun pernah rekam KTP.",
        None,
        True,
    ),
    (
        "T-IDENTIFIED-OTHER",
        "Atok saya, Pak Saman bin Dolah, umur 90, tak bisa bangun dari kasur.",
        None,
        True,
    ),
]
HOLDOUTS_GV_GX_GY: list[tuple[str, str, datetime | None, bool]] = [
    # Taken over or never opened: misuse now.
    (
        "U-IDENTITY-MISUSE",
        "Saldo e-wallet saya sudah pindah ke rekening lain dan akun saya login di HP orang,"
        " PIN sudah diganti dia.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "HP saya tidak berhenti bunyi, orang mengaku dari aplikasi menagih utang 4 juta. Saya"
        " tidak pernah daftar aplikasi apa pun.",
        None,
        True,
    ),
    (
        "U-DATA-LEAK",
        "Di situs pemkab ada file PDF berisi nama dan NIK lengkap ribuan warga. Siapa saja bisa"
        " mengunduh tanpa login.",
        None,
        True,
    ),
    # Closed, told in a "yang" clause with "sudah", or before the misuse words.
    (
        "U-IDENTITY-MISUSE",
        "Saya minta surat keterangan untuk bank soal rekening yang dulu dibuka pakai KTP saya,"
        " sekarang sudah ditutup. Kuota antrean selalu habis.",
        None,
        False,
    ),
    # Guard: the reporter's own frozen account closes nothing.
    (
        "U-IDENTITY-MISUSE",
        "CS bilang ada rekening lain atas NIK saya yang dipakai judi online. Saya tidak pernah"
        " membuka rekening itu. Gaji saya masuk ke rekening yang dibekukan.",
        None,
        True,
    ),
    # Only possible, asked, or a relative's debt.
    (
        "U-IDENTITY-MISUSE",
        "Di KK saya pekerjaan ditulis salah. Bisa-bisa data saya disalahgunakan orang buat"
        " daftar bansos! Tolong dibetulkan.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Antrean online selalu muncul 'NIK sudah terdaftar di antrean lain'. Apa ada orang"
        " lain yang memakai NIK saya untuk ambil antrean?",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Tadi ada debt collector datang menagih utang kakak saya yang numpang alamat di rumah"
        " kami. Apakah KK kami bisa disalahgunakan?",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Akta kematian asli ayah saya dibawa penagih utang koperasi sebagai jaminan dan tidak"
        " dikembalikan. Saya sudah ajukan kutipan kedua.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Di KK saya ada nama orang yang tidak saya kenal. Saya sudah ajukan agar dikeluarkan,"
        " sampai sekarang belum jadi.",
        None,
        False,
    ),
    # A duplicate record is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Bank bilang NIK saya terdaftar untuk dua orang berbeda di dua kabupaten. Rekening"
        " gaji saya belum bisa dibuka.",
        None,
        False,
    ),
    # Data read out in the waiting room; outsiders let photograph a card.
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas memanggil saya lewat pengeras suara dengan menyebut nama lengkap, NIK lengkap"
        " 16 digit dan alamat rumah saya.",
        None,
        True,
    ),
    (
        "U-LEAK-BY-STAFF",
        "Staf pelayanan kelurahan memperlihatkan dan mengizinkan mereka memfoto KK keluarga"
        " kami dari arsip.",
        None,
        True,
    ),
    # The registration is in; a receipted levy for speed; an announced wait after Easter.
    (
        "U-DEADLINE-IMMINENT",
        "Pendaftaran CPNS tutup besok malam. Alhamdulillah saya sudah berhasil submit. Di KK"
        " pendidikan saya masih SLTA, dibetulkannya bagaimana?",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Ada pengumuman di kecamatan: cetak KTP selesai hari itu, kontribusi Rp25.000 untuk kas"
        " pelayanan.",
        None,
        True,
    ),
    (
        "U-WAIT-FAR",
        "Kami ikut nikah massal tanggal 10 Oktober. Petugas bilang akta perkawinan baru bisa"
        " dibagikan sesudah Paskah tahun depan.",
        datetime(2026, 10, 30, 13, 0, tzinfo=WIT),
        True,
    ),
    # Guards (held before too): hearsay of misuse; a leaking roof.
    (
        "U-IDENTITY-MISUSE",
        "Sejauh ini aman, tapi sering dengar data KTP bisa dipakai orang untuk pinjol.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Usul: musim hujan begini atap ruang tunggu bocor di dekat loket 2. Mohon diperbaiki.",
        None,
        False,
    ),
]
BOCOR_2026_12_108: list[tuple[str, str, datetime | None, bool]] = [
    # "bocor" alone is a roof as often as data: a leak after a data word or where it went.
    (
        "U-DATA-LEAK",
        "Usul: atap ruang tunggu Disdukcapil Kabupaten Tanah Bumbu bocor di dekat loket 2."
        " Mohon diperbaiki.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "KK saya rusak kena air bocor dari atap, chat pengaduan cuma dibaca.",
        None,
        False,
    ),
    # Guards: leaks that held before too, and a leak only supposed.
    (
        "U-DATA-LEAK",
        "Data KTP dan KK saya bocor, sekarang ada yang menawarkan di Telegram.",
        None,
        True,
    ),
    (
        "U-DATA-LEAK",
        "Di contoh yang dia posting ada foto KK saya lengkap dengan stempel kecamatan. Berarti"
        " bocor dari dalam. Sampai pagi ini dia masih jualan.",
        None,
        True,
    ),
    (
        "U-DATA-LEAK",
        "Saya melapor bahwa data saya kemungkinan bocor dari kantor kecamatan, lalu petugas"
        " membentak saya.",
        None,
        False,
    ),
]
HOLDOUTS_GZ_HA: list[tuple[str, str, datetime | None, bool]] = [
    # The file followed the event the next week: the wait runs from the event.
    (
        "U-WAIT-FAR",
        "Kami menikah di gereja tanggal 15 November, berkas pencatatan perkawinan sudah"
        " diserahkan pihak gereja minggu berikutnya. Sampai sekarang akta perkawinan belum"
        " terbit.",
        datetime(2026, 2, 25, 10, 20, tzinfo=WIB),
        True,
    ),
    # "wajar nggak kalau ...": asks about a fact that happened.
    (
        "U-PAYMENT-OR-THREAT",
        "Wajar nggak kalau petugas desa minta 'uang bensin' 50 ribu buat nganterin berkas KK"
        " saya ke kecamatan? Sudah saya kasih kemarin.",
        None,
        True,
    ),
    # "Hari ini sudah 25 hari" tells how long, not a deadline today.
    (
        "U-DEADLINE-IMMINENT",
        "Ajukan surat pindah tanggal 6 Juli, semua syarat masuk. Hari ini sudah 25 hari,"
        " belum ada kabar. Saya sudah mulai kerja di Semarang. Tolong diproses.",
        datetime(2026, 7, 31, 16, 10, tzinfo=WIB),
        False,
    ),
    # The reporter's own loan to come; a fee asked about.
    (
        "U-IDENTITY-MISUSE",
        "Saya mau ajukan pinjaman modal usaha di aplikasi yang terdaftar OJK, tapi diminta"
        " swafoto pegang KTP. Itu aman tidak?",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Semua sudah beres. Saya hanya mau tanya: legalisir fotokopi KK dikenakan biaya atau"
        " tidak?",
        None,
        False,
    ),
    # A credit collected "in my name" by a finance company.
    (
        "U-IDENTITY-MISUSE",
        "Dua orang dari perusahaan pembiayaan menagih cicilan motor yang katanya atas nama"
        " saya. Mereka tunjukkan kontrak dengan fotokopi KTP saya yang hilang tahun lalu.",
        None,
        True,
    ),
    # "semua syarat sudah diterima": an application received, not a matter settled.
    (
        "U-WAIT-FAR",
        "Saya ajukan akta kelahiran anak kami lewat desa awal Juli, waktu itu semua syarat"
        " sudah diterima. Akta itu sekarang posisinya di mana?",
        datetime(2025, 9, 12, 16, 45, tzinfo=WITA),
        True,
    ),
]
HOLDOUT_HB: list[tuple[str, str, datetime | None, bool]] = [
    # A child's age in brackets is no wait; a debt paid off dates no application.
    (
        "U-WAIT-FAR",
        "Anak saya (15 tahun) meminjamkan KIA-nya ke temannya untuk akun game. KIA-nya sudah"
        " dikembalikan. Saya mau KIA anak saya dicetak ulang.",
        datetime(2025, 11, 22, 10, 0, tzinfo=WIB),
        False,
    ),
    (
        "U-WAIT-FAR",
        "KTP asli saya dulu ditahan ibu kos. Sewa sudah saya lunasi bulan Maret, tapi katanya"
        " KTP-nya hilang. Petugas bilang blanko kosong, datang lagi minggu depan.",
        datetime(2025, 5, 14, 10, 0, tzinfo=WIB),
        False,
    ),
    # What the misuse made is closed: a company shut, a case handled, numbers dead.
    (
        "U-IDENTITY-MISUSE",
        "BPJS PBI saya nonaktif karena NIK saya terdaftar sebagai karyawan perusahaan di Batam."
        " Perusahaan itu ternyata sudah tutup tahun lalu, tapi datanya belum dihapus.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "KTP lama saya dipakai orang untuk membuka rekening, kasusnya sudah ditangani polisi."
        " Bank meminta KTP baru untuk membuka blokir rekening saya sendiri.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Rekening saya diblokir karena terkait judi online. Ada akun e-wallet atas NIK saya"
        " yang disambungkan ke rekening itu tanpa sepengetahuan saya. E-wallet itu sudah"
        " ditutup penyedianya bulan lalu, tapi blokir rekening belum dibuka.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ENDED",
        "Ternyata ada tiga nomor yang dulu didaftarkan konter pulsa pakai NIK saya. Nomor-nomor"
        " itu sudah mati, tapi nomor kerja saya diblokir dan saya tidak bisa narik.",
        None,
        True,
    ),
    # A case next door told as the reason to ask.
    (
        "U-IDENTITY-MISUSE",
        "Saya perlu akta kematian ayah supaya NIK almarhum dinonaktifkan, karena di desa"
        " sebelah ada kejadian NIK orang meninggal dipakai orang lain. Di keluarga kami belum"
        " ada kejadian begitu.",
        None,
        False,
    ),
    # Pen scribbles on a card are no office pens.
    (
        "U-OWN-CASE",
        "KK kami sudah dikembalikan, tapi kondisinya sobek di lipatan dan ada coretan pulpen di"
        " bagian belakang. Mohon dicetak ulang.",
        None,
        True,
    ),
]
PERSONAL_DATA_2026_12_111: list[tuple[str, str, datetime | None, bool]] = [
    # A recycled phone number is someone else's number now, not a misused identity.
    (
        "U-IDENTITY-MISUSE",
        "Saya mau ganti nomor HP di akun layanan online. Nomor lama sudah hangus dan sekarang"
        " dipakai orang lain. Mohon diganti manual.",
        None,
        False,
    ),
    # A card held by a collector; a loan offer by text; banks unknown.
    (
        "U-IDENTITY-MISUSE",
        "Sudah tiga kali saya datang untuk cetak ulang KTP (KTP lama dipegang penagih utang dan"
        " tidak mau dikembalikan). Petugas bilang sistem offline.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Tiap hari dapat SMS tawaran pinjaman yang menyebut nama lengkap saya. Dari mana mereka"
        " dapat nama saya?",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Alamat di KK saya masih alamat kos lama. Surat penawaran dari bank-bank yang tidak"
        " saya kenal masih datang ke sana.",
        None,
        False,
    ),
    # A loan that was not the reporter's, settled in brackets.
    (
        "U-IDENTITY-MISUSE",
        "Waktu klarifikasi di OJK soal pinjaman yang bukan milik saya (sudah beres), ketahuan"
        " tanggal lahir di KTP saya salah. Mohon dibetulkan.",
        None,
        False,
    ),
    # A motive for a new KK, no misuse told as going on.
    (
        "U-IDENTITY-MISUSE",
        "Saya mau tanya pisah KK saya sudah jadi atau belum. Saya pisah KK karena tidak mau"
        " lagi data saya dipakai saudara.",
        None,
        False,
    ),
]
STAFF_MISHANDLING_2026_12_112: list[tuple[str, str, datetime | None, bool]] = [
    # Residents' files mishandled by an office: misconduct, however it was found.
    (
        "U-MISHANDLED-BY-STAFF",
        "Bungkus gorengan yang saya beli ternyata fotokopi KK saya, dengan cap kelurahan."
        " Pengepul dapat satu karung berkas dari gudang kelurahan waktu petugas bersih-bersih."
        " Berkas warga kok dibuang begitu saja.",
        None,
        True,
    ),
    (
        "U-MISHANDLED-BY-STAFF",
        "Di ruang tunggu Disdukcapil fotokopi KTP dan KK saya ditempel di papan 'contoh berkas"
        " lengkap'. Petugas langsung mencopot dan minta maaf.",
        None,
        True,
    ),
    (
        "U-MISHANDLED-BY-STAFF",
        "Staf desa yang menerima berkas KIA anak saya membicarakan isi akta anak saya ke"
        " tetangga-tetangga. Saya minta staf tersebut diperiksa.",
        None,
        True,
    ),
    # Ruled out of aid by the record: blocked.
    (
        "U-ACCESS-LOST",
        "Ibu saya dinyatakan tidak memenuhi syarat penerima bansos karena datanya di KK masih"
        " tercatat punya suami.",
        None,
        True,
    ),
]
WAITS_2026_12_113: list[tuple[str, str, datetime | None, bool]] = [
    # "sedang dicetak" is still pending; a stand-in letter dates the card's wait.
    (
        "U-WAIT-FAR",
        "Akta kelahiran anak saya kami urus waktu mudik Lebaran kemarin di kampung. Jawabannya"
        " sedang dicetak. Itu dari Lebaran, sekarang sudah mau Natal.",
        datetime(2025, 12, 3, 10, 0, tzinfo=WIB),
        True,
    ),
    (
        "U-WAIT-FAR",
        "Suket pengganti KTP-el saya terbit 8 Januari 2025 karena blanko habis. Apakah suket"
        " ini masih berlaku? KTP-nya sendiri sampai sekarang belum juga dicetak.",
        datetime(2025, 6, 10, 10, 0, tzinfo=WIB),
        True,
    ),
]
HOLDOUT_HC: list[tuple[str, str, datetime | None, bool]] = [
    # Flood victims sent away from aid today (the flood told by its effect).
    (
        "U-DISASTER",
        "Rumah kami ikut tersapu air dan lumpur hari Rabu malam, KK, akta anak-anak dan KTP"
        " hilang. Sekarang kami numpang di tenda posko. Hari ini petugas bagi sembako, tapi kami"
        " disuruh minggir karena nama harus dicocokkan dengan KK.",
        None,
        True,
    ),
    # A hearing's weekday is ahead even when the judge "minta" a document.
    (
        "U-DEADLINE-IMMINENT",
        "Saya mengurus perwalian anak di Pengadilan Negeri, sidangnya Senin pagi jam 9 dan"
        " hakim minta akta kelahiran asli anak dibawa. Aktanya masih dipegang perangkat desa.",
        datetime(2026, 10, 9, 18, 40, tzinfo=WIB),
        True,
    ),
    # A deadline with a fallback is no irreversible loss.
    (
        "U-DEADLINE-IMMINENT",
        "Besok hari terakhir kumpul berkas beasiswa, salah satunya KK terbaru. Kata panitia"
        " kalau KK belum jadi boleh pakai tanda terima dulu dan disusulkan bulan depan.",
        None,
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Besok pagi saya mau buka tabungan haji, tapi di KK agama saya salah tulis. Kalau besok"
        " belum bisa tidak masalah, saya tunda saja.",
        None,
        False,
    ),
    # Refused for whom one voted for.
    (
        "U-MISCONDUCT",
        "Kepala dusun tidak mau tanda tangan surat pengantar pindah saya. Katanya 'orang yang"
        " tidak dukung calon kades kemarin jangan minta tolong sekarang'.",
        None,
        True,
    ),
    # A suggestion about patients in general.
    (
        "U-LIFE-HEALTH-DOCUMENT",
        "Saran saja: sebaiknya ada jalur prioritas untuk warga yang keluarganya dirawat di RS"
        " dan butuh KTP cepat. Bulan lalu tetangga saya kesulitan, akhirnya beres juga.",
        None,
        False,
    ),
]
HOLDOUT_HE: list[tuple[str, str, datetime | None, bool]] = [
    # The reporter's own debt; a recycled number others are called on.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Saya ingin cepat pindah karena penagih utang (utang saya sendiri, sedang saya cicil)"
        " sering datang ke alamat lama dan mengganggu tetangga.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "KTP saya baru dikembalikan debt collector leasing setelah cicilan lunas (memang saya"
        " yang kredit). KTP-nya patah, mohon cetak ulang.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Nomor HP saya ternyata nomor daur ulang. Tiap hari ada WA penagih pinjol mencari orang"
        " lain. Data saya sendiri aman.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Nomor HP di akun IKD saya nomor lama yang sudah hangus, dan sekarang nomor itu dipakai"
        " orang lain. Mohon nomor di akun saya diganti.",
        None,
        False,
    ),
    # Asked, and settled.
    (
        "U-IDENTITY-MISUSE",
        "NIK di KTP cetak ulang saya beda satu angka dengan di KK. Apa ini berarti data saya"
        " dipakai orang lain atau cuma salah cetak?",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Perubahan email akun saya ditolak tiga kali (email lama saya dibobol orang bulan"
        " Agustus, sekarang sudah aman).",
        None,
        False,
    ),
]
HOLDOUTS_HC_HG: list[tuple[str, str, datetime | None, bool]] = [
    # A feast in the next sentence does not hide the one before it; "waktu itu masih
    # bulan Februari" is then, not ahead.
    (
        "U-WAIT-FAR",
        "Kita ajukan KIA untuk dua anak di Dukcapil dari sebelum puasa. Lebaran so lewat,"
        " sampe skarang belum ada.",
        datetime(2026, 4, 20, 10, 25, tzinfo=WITA),
        True,
    ),
    (
        "U-WAIT-FAR",
        "Torang ajukan KK baru karena ada tambah anak. Waktu itu masih bulan Februari, sebelum"
        " puasa. Sampe skarang KK baru nyanda ada.",
        datetime(2025, 7, 7, 19, 50, tzinfo=WIT),
        True,
    ),
    # Turned away as needing no card.
    (
        "U-MISCONDUCT",
        "Petugas di loket bilang 'orang laut tidak usah KTP, kalian tidak punya rumah tetap',"
        " lalu kami disuruh pulang.",
        None,
        True,
    ),
    # Not blocked, not unauthorised, not a patient, not a bribe.
    (
        "U-ACCESS-LOST",
        "Bisa tidak saya rekam KTP di Makassar kalau KTP asal saya Pinrang? Saya kuliah di sini"
        " dan susah pulang.",
        None,
        False,
    ),
    (
        "U-UNAUTHORISED-CHANGE",
        "KTP baru saya sudah jadi, tapi tanda tangan yang tercetak bukan tanda tangan saya,"
        " cuma garis lurus. Bisa dicetak ulang?",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Anak saya 17 tahun, mondok di pesantren dan tidak boleh keluar pondok. Kami minta ada"
        " perekaman KTP di pondok. Belum ada balasan.",
        None,
        False,
    ),
    (
        "U-MISCONDUCT",
        "Legalisir fotokopi akta ada biayanya tidak? Saya tidak mau nanti dikira menyuap kalau"
        " kasih uang.",
        None,
        False,
    ),
]
HOLDOUT_HH: list[tuple[str, str, datetime | None, bool]] = [
    # Numbers nobody knows, still active: misuse going on.
    (
        "U-IDENTITY-MISUSE",
        "Ada nomor HP atas NIK saya yang dipakai menipu orang. Ada 9 nomor terdaftar atas NIK"
        " saya, 8 di antaranya tidak saya kenal dan masih aktif.",
        None,
        True,
    ),
    # A portal showing other families' cards.
    (
        "U-DATA-LEAK",
        "Waktu login ke portal layanan online pagi ini, yang muncul malah KK keluarga lain"
        " lengkap dengan NIK. Berarti data saya juga mungkin sedang tampil ke orang lain.",
        None,
        True,
    ),
    # Uploads by the reporter; a card held at the gate; a number change asked for.
    (
        "U-DATA-LEAK",
        "Anak saya dapat tugas untuk mengunggah foto KK ke aplikasi bimbel swasta. Apakah orang"
        " tua wajib menurutinya?",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Tadi saya salah mengunggah foto KK tetangga di aplikasi. Mohon file itu dihapus.",
        None,
        False,
    ),
    (
        "U-SAFETY",
        "Masa mau masuk kantor kelurahan KTP saya ditahan satpam di pos depan, ditukar kartu"
        " tamu. 20 menit kemudian dikembalikan.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Nomor HP di akun saya masih nomor lama, dan nomor itu sekarang sudah dipakai orang"
        " lain karena hangus. Mohon nomor HP saya diganti.",
        None,
        False,
    ),
    # Settled: the shop closed, safe since.
    (
        "U-DATA-LEAK",
        "Tahun 2023 akun toko online saya diambil alih orang dan dia sempat mengunggah foto KTP"
        " saya. Saya lapor ke platformnya, tokonya ditutup, sejak itu aman.",
        None,
        False,
    ),
]
HOLDOUT_HF: list[tuple[str, str, datetime | None, bool]] = [
    # Threatened with a weapon, hiding: safety now.
    (
        "U-SAFETY",
        "Saya sembunyi di rumah teman dengan anak saya, suami tadi sore mengamuk dan mengancam"
        " pakai parang. KTP dan KK dipegang suami.",
        None,
        True,
    ),
    # "sore nanti" is today.
    (
        "U-DEADLINE-IMMINENT",
        "Pendaftaran SPMB SMP negeri ditutup sore nanti jam 15.00. Sistem sekolah menjawab NIK"
        " anak saya tidak ditemukan.",
        datetime(2025, 6, 25, 11, 20, tzinfo=WIB),
        True,
    ),
    # A file held until a review is deleted.
    (
        "U-MISCONDUCT",
        "Setelah saya tulis ulasan bintang satu, petugas loket bilang 'kalau mau berkasnya"
        " diproses, hapus dulu ulasannya'.",
        None,
        True,
    ),
    # A pension not paid out is a block.
    (
        "U-ACCESS-LOST",
        "Nama saya di KTP beda dengan di SK pensiun. Bulan ini gaji pensiun saya tidak"
        " dicairkan kantor pos sampai namanya sama.",
        None,
        True,
    ),
]
HOLDOUTS_HI_HJ: list[tuple[str, str, datetime | None, bool]] = [
    # What worked last year says nothing of now: a patient refused at admission.
    (
        "U-LIFE-HEALTH-DOCUMENT",
        "Bapak saya sekarang di IGD, dokter bilang harus rawat inap malam ini. Admisi menolak"
        " pakai BPJS karena NIK bapak tidak ditemukan, padahal tahun lalu masih bisa berobat.",
        None,
        True,
    ),
    # Retaliation promised for a complaint.
    (
        "U-MISCONDUCT",
        "Setelah saya mengadu lewat LAPOR!, perangkat desa datang ke rumah dan bilang 'jangan"
        " sok lapor-lapor, nanti urusanmu makin lama'.",
        None,
        True,
    ),
    # A move stuck at the origin's data is pending; a third message unanswered.
    (
        "U-WAIT-FAR",
        "Daftar pindah datang di Disdukcapil Batam tanggal 2 Juni. Sekarang 10 Juli, katanya"
        " data belum ditarik dari daerah asal.",
        datetime(2025, 7, 10, 14, 0, tzinfo=WIB),
        True,
    ),
    (
        "U-REPEAT",
        "Ini pesan saya yang ketiga soal perbaikan tahun lahir di KK. Pesan tanggal 2 dan"
        " tanggal 9 tidak dibalas.",
        None,
        True,
    ),
]
HOLDOUT_HK: list[tuple[str, str, datetime | None, bool]] = [
    # A loan of the reporter's own, or a collector of someone else's debt, is no misuse of
    # the reporter's identity (misuse_unconfirmed); denial or "atas nama saya" confirms it.
    (
        "U-IDENTITY-MISUSE",
        "KTP asli almarhum kakek masih dipegang koperasi tempat beliau dulu punya pinjaman."
        " Petugas minta KTP itu untuk akta kematian. Solusinya bagaimana?",
        None,
        False,
    ),
    (  # guard: another word of the text already kept this one below critical
        "U-IDENTITY-MISUSE",
        "Kami pindah rumah karena di alamat lama terus didatangi penagih hutang adik ipar."
        " Surat pindah sudah diserahkan, KK baru belum jadi.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saran saja: tolong warga diajari memberi tanda air di foto KTP. Banyak orang di"
        " kampung kami yang kena pinjaman online gara-gara foto KTP tersebar.",
        None,
        False,
    ),
    (  # guard
        "U-IDENTITY-MISUSE",
        "Dari kemarin saya ditelepon penagih dari dua aplikasi pinjaman. Saya tidak pernah"
        " pasang aplikasinya, tapi mereka punya foto KTP saya.",
        None,
        True,
    ),
    (  # guard
        "U-IDENTITY-MISUSE",
        "Ada notifikasi pinjaman cair atas nama saya di aplikasi yang tidak saya kenal. Tolong"
        " NIK saya diamankan.",
        None,
        True,
    ),
    # A stranger's name in the reporter's family card is a falsified record (high), not
    # misuse right now; an unknown transaction still is.
    (
        "U-IDENTITY-MISUSE",
        "Di KK kami muncul satu nama laki-laki yang tidak saya kenal sebagai famili lain."
        " Siapa yang memasukkan?",
        None,
        False,
    ),
    (  # guard
        "U-IDENTITY-MISUSE",
        "Barusan di m-banking saya ada transfer keluar ke rekening yang tidak saya kenal,"
        " setelah saya kirim foto KTP ke orang yang mengaku petugas.",
        None,
        True,
    ),
    # A card photo used as a seller's credentials is the identity used now.
    (
        "U-IDENTITY-MISUSE",
        "Toko online di Facebook memakai foto KTP dan wajah saya sebagai jaminan penjual."
        " Pembeli yang tertipu sekarang menghubungi saya.",
        None,
        True,
    ),
    # Asked to send documents to a group and not done: nothing leaked (not_sent); a fee
    # asked for and not paid is still an alleged fee.
    (
        "U-DATA-LEAK",
        "Kantor tempat saya magang minta foto KTP dan KK dikirim ke grup WA yang isinya"
        " ratusan orang. Saya belum kirim. Memang begitu aturannya?",
        None,
        False,
    ),
    (
        "C-LEAK-BY-STAFF",
        "Kantor tempat saya magang minta foto KTP dan KK dikirim ke grup WA yang isinya"
        " ratusan orang, kata pegawai HRD. Saya belum kirim. Memang begitu aturannya?",
        None,
        False,
    ),
    (  # guard
        "U-MISCONDUCT-BY-STAFF",
        "Petugas loket bilang berkas saya bisa cepat asal ada uang terima kasih 100 ribu,"
        " ditransfer ke rekening pribadinya. Saya belum kirim.",
        None,
        True,
    ),
    # A banner or a screen taken down closes the disclosure (misuse_closed).
    (
        "U-IDENTITY-MISUSE",
        "Baliho di depan kantor camat memakai foto KTP saya sebagai contoh, lengkap dengan NIK."
        " Baliho itu sudah diturunkan kemarin setelah saya protes.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Di ruang tunggu terpampang layar berisi NIK dan alamat pemohon, bisa difoto semua"
        " orang. Setelah saya tegur, layar itu dimatikan petugas.",
        None,
        False,
    ),
]
HOLDOUTS_HL_HO: list[tuple[str, str, datetime | None, bool]] = [
    # Someone else signing up with the reporter's NIK is misuse; the reporter's own
    # sign-up with it is not.
    (
        "U-IDENTITY-MISUSE",
        "Pendaftaran beasiswa saya ditolak karena NIK sudah dipakai. Ternyata ada orang yang"
        " mendaftar pakai NIK saya dengan nama lain.",
        None,
        True,
    ),
    (  # guard
        "U-IDENTITY-MISUSE",
        "Saya mau daftar pakai NIK saya di portal beasiswa tapi selalu gagal. Bagaimana caranya?",
        None,
        False,
    ),
    # Numbers registered on the NIK, an account opened with the card photo.
    (
        "U-IDENTITY-MISUSE",
        "Kata gerai operator, ada kartu lain yang teregistrasi menggunakan NIK dan KK saya.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Barusan ada limit paylater aktif atas aplikasi belanja. Akunnya pakai NIK dan foto KTP"
        " saya, tapi nomor HP-nya bukan punya saya.",
        None,
        True,
    ),
    # A fee to hand over for the recording team.
    (
        "U-PAYMENT-OR-THREAT",
        "Waktu perekaman di lapas, keluarga warga binaan disuruh setor 100 ribu untuk biaya"
        " petugas yang datang.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Petugas yang mengatur jadwal jemput bola bilang panti harus menyiapkan uang transport"
        " dan makan tim untuk tiap anak.",
        None,
        True,
    ),
    # Documents promised to a group, none of them done: pending, and far past the standard.
    (
        "U-WAIT-FAR",
        "Bulan Juli petugas merekam kami semua dan menjanjikan KTP dalam dua minggu. Sampai"
        " sekarang, sudah tiga bulan, belum satu pun yang jadi.",
        datetime(2025, 10, 20, 10, tzinfo=WIB),
        True,
    ),
    # The reporter's job on a ward, or a stay in rehabilitation whose card is needed only
    # later, puts no one in danger now.
    (
        "U-LIFE-HEALTH-NOW",
        "Saya perawat IGD, kerja shift malam. KTP saya rekam ulang sebulan lalu belum jadi,"
        " bisa diambilkan suami?",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH-NOW",
        "Klien kami sedang menjalani rehabilitasi rawat inap tiga bulan. KTP-nya hilang, kami"
        " ingin mengurus penggantinya untuk pelatihan kerja setelah ia selesai.",
        None,
        False,
    ),
    (  # guard
        "U-LIFE-HEALTH-NOW",
        "Ayah saya dirawat di ICU sejak semalam. BPJS-nya ditolak karena NIK tidak ditemukan.",
        None,
        True,
    ),
    # A fee of the past, told as long gone ("tapi itu zaman dulu").
    (
        "U-PAYMENT-BY-STAFF",
        "Dulu di kelurahan sini petugas minta uang rokok untuk surat pindah, tapi itu zaman dulu.",
        None,
        False,
    ),
]
REPORT_CLOSED_2026_12_122: list[tuple[str, str, datetime | None, bool]] = [
    # The reporter closes their own report (report_closed): what was told before is settled.
    (
        "U-REPORT",
        "Update: akta anak saya yang saya laporkan minggu lalu sudah jadi dan sudah saya"
        " ambil. Terima kasih, laporannya bisa ditutup.",
        None,
        False,
    ),
    (
        "U-REPORT",
        "Terima kasih. Minggu lalu saya lapor di sini karena KTP saya sudah dua bulan belum"
        " dicetak. Kamis lalu saya ditelepon petugas dan KTP sudah saya ambil. Laporan ini"
        " boleh ditutup.",
        None,
        False,
    ),
    (
        "U-FILE-LOST",
        "Laporan saya kemarin soal KTP hilang mohon ditutup saja. Ternyata KTP-nya terselip di"
        " saku jaket. Maaf merepotkan.",
        None,
        False,
    ),
    (
        "U-STATUS",
        "Tadinya saya mau komplain karena KK saya lama, tapi barusan ditelepon petugas, KK-nya"
        " sudah bisa diambil.",
        None,
        False,
    ),
    # Never settled: danger now, told before an unrelated closing.
    (  # guard
        "U-LIFE-HEALTH-DOCUMENT",
        "Bapak saya di IGD sekarang, BPJS ditolak karena NIK tidak ditemukan. Laporan saya"
        " kemarin soal KTP sudah beres, bisa ditutup.",
        None,
        True,
    ),
    # A report kept open, or closed by the office without an answer, is no closing.
    (  # guard
        "U-WAIT-FAR",
        "Laporan saya jangan ditutup dulu. KTP saya sudah dua bulan belum jadi.",
        None,
        True,
    ),
    (  # guard
        "U-WAIT-FAR",
        "Laporan saya sebelumnya ditutup tanpa jawaban, padahal KTP saya sudah dua bulan belum"
        " jadi.",
        None,
        True,
    ),
]
HOLDOUTS_HN_HP: list[tuple[str, str, datetime | None, bool]] = [
    # Danger told by its signs: an infected wound and a referral, early labour, a fever
    # with stiffening.
    (
        "U-LIFE-HEALTH",
        "Nenek di pos ronda lukanya bernanah dan demam. Puskesmas mau merujuk ke RSUD tapi"
        " RSUD minta identitas dulu.",
        None,
        True,
    ),
    (
        "U-LIFE-HEALTH",
        "Istri saya hamil 33 minggu, perutnya kencang-kencang terus, bidan bilang harus"
        " ditangani dokter malam ini. Di loket BPJS NIK-nya tidak ditemukan.",
        None,
        True,
    ),
    # Remand or a sentence under way is no liberty put at risk by a document.
    (
        "U-SAFETY",
        "Anak saya sedang ditahan di rutan Cipinang menunggu sidang. Apakah dia bisa rekam KTP"
        " di dalam?",
        None,
        False,
    ),
    (  # guard
        "U-SAFETY",
        "Adik saya ditahan di Polsek sejak sore karena NIK-nya sama dengan orang yang dicari.",
        None,
        True,
    ),
    # What is left of a contract is no wait; "Senin minggu lalu" dates a day.
    (
        "U-WAIT-FAR",
        "Saya kerja di Hong Kong, KTP saya hilang di asrama. Bisa urus dari sini? Kontrak masih"
        " 3 tahun.",
        datetime(2026, 5, 4, 21, tzinfo=WIB),
        False,
    ),
    (
        "U-WAIT-FAR",
        "Surat keterangan kematian bapak belum keluar dari kelurahan. Berkas saya serahkan"
        " Senin minggu lalu. Pemakaman sudah selesai, tapi surat itu perlu untuk akta.",
        datetime(2026, 3, 4, 10, tzinfo=WIB),
        True,
    ),
    # A thanks for a burial made possible, a suggestion from others' experience.
    (
        "U-BURIAL",
        "Terima kasih untuk petugas piket yang Sabtu malam membantu surat kematian ibu kami,"
        " sehingga beliau bisa dimakamkan pagi harinya.",
        None,
        False,
    ),
    (
        "U-BURIAL",
        "Usul: adakan layanan malam untuk jenazah yang perlu surat kematian. Keluarga saya"
        " tidak pernah mengalami, tapi tetangga pernah kesulitan.",
        None,
        False,
    ),
    # Nothing pressing: the card is in hand; a KK to show the family.
    (
        "U-DEADLINE-IMMINENT",
        "Besok saya tes CPNS. KTP saya ada, masih bagus. Boleh pakai IKD kalau KTP ketinggalan?",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "KK baru kami belum jadi, padahal saya ingin membawanya untuk ditunjukkan ke keluarga"
        " besar di acara besok.",
        None,
        False,
    ),
    # Misuse checked and found none; a card used with the reporter's knowledge, told in the
    # sentence that closes the report.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Awalnya saya panik karena ada SMS tagihan pinjaman atas nama saya. Sudah saya cek ke"
        " OJK dan hasilnya bersih, tidak ada pinjaman apa pun atas NIK saya.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Laporan saya soal NIK dipakai orang lain mohon ditutup. Ternyata suami yang daftar"
        " akun belanja pakai KTP saya, dengan sepengetahuan saya.",
        None,
        False,
    ),
    # Retaliation promised for complaints.
    (
        "U-MISCONDUCT",
        "Setelah saya protes KK salah cetak, petugas bilang 'Bapak kalau banyak protes,"
        " berkasnya bisa lama lho.'",
        None,
        True,
    ),
]
HOLDOUT_HN: list[tuple[str, str, datetime | None, bool]] = [
    # A closing told actively, before what it closes (misuse_closed).
    (
        "U-IDENTITY-MISUSE",
        "Saya sudah lapor bahwa KTP saya dipakai untuk kartu perdana; operator sudah memblokir"
        " nomor-nomor itu. Sejak itu NIK saya tidak ditemukan di aplikasi IKD.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Fotokopi KK kami ketahuan dipakai orang untuk mendaftarkan anaknya di SD, tapi"
        " sekolah sudah membatalkan pendaftaran itu. KK baru kami sudah jadi belum?",
        None,
        False,
    ),
    # A page anyone can download from, cards sold in bundles.
    (
        "U-DATA-LEAK",
        "Halaman lacak permohonan di website dinas menampilkan nama, NIK dan alamat pemohon"
        " lain. Siapa pun bisa mengunduh semuanya malam ini.",
        None,
        True,
    ),
    (
        "U-DATA-LEAK",
        "Ada akun Facebook yang menjual paket KTP dan KK untuk registrasi kartu, dan foto KK"
        " saya ada di contohnya.",
        None,
        True,
    ),
    # Sign-up codes streaming in from apps never joined.
    (
        "U-IDENTITY-MISUSE",
        "Ini sedang terjadi: dari jam 9 malam HP saya menerima 12 kode OTP dari aplikasi"
        " paylater dan e-wallet. Tiga hari lalu saya kirim foto KTP ke lowongan kerja palsu.",
        None,
        True,
    ),
    # The reporter's data named far from any use is no misuse confirmed (misuse_unconfirmed).
    (
        "U-IDENTITY-MISUSE",
        "Permohonan KK saya tertahan karena admin minta saya kirim selfie pegang KTP lewat WA"
        " dan saya belum mau. Foto seperti itu yang biasa dipakai daftar pinjol.",
        None,
        False,
    ),
]
THANKS_AND_EVENTS_2026_12_125: list[tuple[str, str, datetime | None, bool]] = [
    # A thanks story settled that night, or with praise for the visit that did it.
    (
        "U-LIFE-HEALTH-LATER",
        "Mau menyampaikan terima kasih. Jumat malam ibu saya harus dioperasi dan BPJS-nya"
        " sempat ditolak karena NIK belum sinkron. Petugas piket langsung bantu lewat WA, dan"
        " operasi jalan malam itu juga.",
        None,
        False,
    ),
    (
        "U-WAIT-FAR",
        "Mau menyampaikan terima kasih. Tim jemput bola kemarin datang ke rumah merekam KTP"
        " kakek yang sudah 3 tahun tidak bisa berjalan. Cepat dan ramah.",
        datetime(2026, 2, 18, 13, tzinfo=WIB),
        False,
    ),
    # The day a disaster struck dates the loss, not an application.
    (
        "U-WAIT-FAR",
        "Waktu banjir bulan Januari KK kami basah dan sobek. Sekarang air sudah surut, kami"
        " mau minta cetak ulang KK. Cukup bawa yang rusak?",
        datetime(2025, 3, 18, 9, tzinfo=WIB),
        False,
    ),
    (  # guard
        "U-WAIT-FAR",
        "Sejak bulan Januari saya ajukan cetak ulang KK yang rusak kena banjir, sampai sekarang"
        " belum jadi.",
        datetime(2025, 3, 18, 9, tzinfo=WIB),
        True,
    ),
]
HOLDOUTS_HR_HT_HU: list[tuple[str, str, datetime | None, bool]] = [
    # A debt that runs on whatever happens is no sign that nothing is pressing.
    (
        "U-DEADLINE-IMMINENT",
        "Saya berangkat kerja ke Korea besok pagi, tapi BP2MI tidak mau memberangkatkan karena"
        " tanggal lahir di KTP beda dengan paspor. Kalau batal, kontrak hangus dan utang ke"
        " agensi tetap jalan.",
        None,
        True,
    ),
    # A file left lying on a desk is pending.
    (
        "U-WAIT-FAR",
        "Berkas pindah datang saya masukkan tanggal 3 Juni, katanya dua minggu. Sekarang"
        " setiap saya telepon dibilang 'sedang di meja kabid'.",
        datetime(2025, 7, 16, 10, tzinfo=WIB),
        True,
    ),
    # A programme that takes a vulnerable person only with a card they lack.
    (
        "U-VULNERABLE",
        "Adik saya penyandang disabilitas mental dan belum pernah rekam KTP-el. Dinsos mau"
        " memasukkan dia ke program rehabilitasi, syaratnya KTP-el.",
        None,
        True,
    ),
    (
        "U-VULNERABLE",
        "Ibu saya lumpuh dan belum punya KTP-el. Bantuan lansia dari desa baru bisa cair kalau"
        " sudah punya KTP-el.",
        None,
        True,
    ),
    # A letter that will do for the trip; a worried question with nothing happened.
    (
        "U-DEADLINE-IMMINENT",
        "Besok pagi saya berangkat ke Yogya naik kereta. KTP baru rekam seminggu lalu dan belum"
        " dicetak, tapi sudah dapat suket dan suket bisa dipakai boarding.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Guru minta semua orang tua kirim foto KTP ke grup WA kelas. Sejauh ini tidak ada"
        " kejadian apa-apa, saya cuma mau tahu sebaiknya bagaimana.",
        None,
        False,
    ),
    # A child put into another family's card for zoning, for a price; a record changed by
    # an official who was paid.
    (
        "U-MISCONDUCT",
        "Staf kelurahan menawarkan bisa menitipkan anak saya di KK warga yang rumahnya dekat"
        " SMP favorit, biayanya 2 juta.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Nama saya hilang dari KK orang tua dan diganti orang lain. Kata tetangga perubahan itu"
        " dibantu perangkat desa yang dibayar.",
        None,
        True,
    ),
    # A tenure in a role is no wait; a field to change is a correction asked for.
    (
        "U-WAIT-FAR",
        "Saya sudah 6 tahun jadi perangkat desa, tapi pekerjaan di KTP saya masih petani."
        " Perubahannya sudah saya ajukan kemarin tapi belum diproses.",
        datetime(2025, 3, 4, 15, tzinfo=WIB),
        False,
    ),
    (
        "U-CORRECTION-INTENT",
        "Pekerjaan di KK saya masih pelajar. Saya mau mengubahnya jadi wiraswasta, syaratnya apa?",
        None,
        True,
    ),
]
HOLDOUT_HS: list[tuple[str, str, datetime | None, bool]] = [
    # A copy or a forgery of a card is no card applied for: its date starts no wait.
    (
        "U-WAIT-FAR",
        "Tahun lalu kaur desa kami mengumpulkan fotokopi KTP warga untuk pendataan bantuan."
        " Ternyata dipakai untuk dukungan calon di pilkada. Tidak ada yang tertahan, tapi"
        " tolong diperiksa.",
        datetime(2025, 1, 15, 9, tzinfo=WIB),
        False,
    ),
    (
        "U-WAIT-FAR",
        "Tahun lalu ada orang memindahkan data saya ke kabupaten lain memakai surat pindah"
        " palsu. Alamat saya masih tercatat di sana, belum ada layanan yang tertolak.",
        datetime(2025, 3, 17, 9, tzinfo=WIB),
        False,
    ),
    (  # guard
        "U-WAIT-FAR",
        "Tahun lalu saya mengajukan KTP baru di kecamatan, sampai sekarang belum jadi.",
        datetime(2025, 3, 17, 9, tzinfo=WIB),
        True,
    ),
    # Abuse of office named as such.
    (
        "U-MISCONDUCT",
        "Saya minta perangkat desa itu diperiksa karena ini penyalahgunaan jabatan.",
        None,
        True,
    ),
]
HOLDOUT_HS_2: list[tuple[str, str, datetime | None, bool]] = [
    # Aid drawn in the reporter's name by someone with another face; hush money offered.
    (
        "U-IDENTITY-MISUSE",
        "Bantuan PKH atas nama saya sudah diambil tadi pagi, padahal saya tidak pernah"
        " mengambil. Di laptop operator data saya ada, tapi fotonya perempuan lain.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Waktu saya tanya, operator desa bilang 'sudah, Ibu diam saja nanti dapat bagian'.",
        None,
        True,
    ),
    # A finished card handed to the wrong person by staff.
    (
        "U-MISHANDLED-BY-STAFF",
        "Waktu saya ambil KTP, petugas bilang sudah diambil. Ternyata diberikan ke orang lain"
        " yang namanya mirip, tanpa dicocokkan fotonya.",
        None,
        True,
    ),
    # A credit in the reporter's name, collectors who will not leave; a wallet emptied and
    # a messaging account taken over, still going on.
    (
        "U-IDENTITY-MISUSE",
        "Dua orang leasing duduk di teras mau menarik motor yang katanya saya kredit di kota"
        " lain. Mereka tidak mau pergi.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Setelah pasang aplikasi dari WA yang mengaku Dukcapil, saldo dompet digital saya"
        " tinggal nol dan WA saya diambil alih. Sampai sekarang masih berlangsung.",
        None,
        True,
    ),
    # An address given out by an insider.
    (
        "U-DATA-LEAK",
        "Mantan suami muncul di depan kos saya. Dia bilang alamat saya dikasih orang Dukcapil,"
        " saudaranya sendiri.",
        None,
        True,
    ),
]
HOLDOUTS_HR_HT_2: list[tuple[str, str, datetime | None, bool]] = [
    # A report withdrawn with the report noun between the modal and the verb.
    (
        "U-ACCESS-LOST",
        "Saya mau meralat laporan saya hari Senin soal pungutan Rp75.000 di Disdukcapil. Setelah"
        " saya cek kuitansinya, uang itu ternyata untuk legalisir rapor di sekolah anak, bukan"
        " di Dukcapil. Mohon laporannya dicabut.",
        None,
        False,
    ),
    # A selfie with the card used by an account, still online.
    (
        "U-IDENTITY-MISUSE",
        "Teman saya menunjukkan foto selfie saya dengan KTP itu dipakai di akun Facebook jual"
        " akun terverifikasi, masih tayang sampai sekarang.",
        None,
        True,
    ),
    # A child with only a birth letter from abroad, and a school that needs the akta.
    (
        "U-CHILD-NO-AKTA-SCHOOL",
        "Anak saya lahir di Malaysia dan hanya punya surat lahir dari klinik sana. Dia mau"
        " masuk SD bulan Juli, sekolah minta akta.",
        None,
        True,
    ),
]
HOLDOUTS_HU_HX_HY: list[tuple[str, str, datetime | None, bool]] = [
    # A need that comes later, nothing refused yet.
    (
        "U-ACCESS-LOST",
        "Tiga minggu lalu saya mengajukan KIA untuk anak-anak yang mau masuk SD dan TK."
        " Katanya blanko sedang kosong, sampai sekarang belum ada kabar. Sekolah tidak"
        " mewajibkan, tapi kami ingin mereka punya identitas sendiri.",
        datetime(2026, 7, 21, 9, tzinfo=WIB),
        False,
    ),
    # Grief is no blocked service.
    (
        "U-VULNERABLE",
        "Istri saya meninggal dua minggu lalu karena sakit jantung. Saya sampai sekarang belum"
        " bisa berpikir jernih. Apa saja yang harus saya bawa untuk mengeluarkan namanya dari"
        " KK?",
        None,
        False,
    ),
    # A file the office lost; a bribe hinted at.
    (
        "U-FILE-LOST",
        "Tiga minggu setelah kami serahkan surat kematian asli, petugas bilang berkas kami"
        " hilang dan kami disuruh urus ulang dari nol.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Petugas di meja itu bilang 'kalau mau cepat ya tahu sendiri lah, jangan datang tangan"
        " kosong'. Berkas kami ditahan di mejanya.",
        None,
        True,
    ),
    # A birth abroad already reported to the consulate is no repeated complaint; a private
    # kiosk's price is no official fee.
    (
        "U-REPEAT",
        "Anak kami lahir di Johor dan sudah dilaporkan ke KJRI. Kami pulang akhir tahun, nanti"
        " di Dukcapil cukup bawa apa saja?",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Di dalam kantor tidak ada mesin fotokopi, jadi warga harus ke kios depan yang pasang"
        " harga Rp2.000 per lembar. Sebaiknya disediakan di dalam.",
        None,
        False,
    ),
]
HOLDOUTS_HV_HW: list[tuple[str, str, datetime | None, bool]] = [
    # A patient found with nothing on them: no identity blocks treatment now.
    (
        "U-LIFE-HEALTH-NOW",
        "Warga membawa seorang bapak yang ditemukan di jalan, kakinya luka bernanah dan panas"
        " tinggi. Rumah sakit minta identitas untuk penjaminan, dia tidak ingat namanya.",
        None,
        True,
    ),
    # Age keeps someone at home: no danger.
    (
        "U-SAFETY",
        "Nenek saya umur 89 tahun sudah tidak bisa keluar rumah. KTP-nya masih yang lama,"
        " apakah harus diganti?",
        None,
        False,
    ),
    # A card not handed out is pending; a trip that can wait.
    (
        "U-WAIT-FAR",
        "KIA anak saya diajukan bulan Oktober tahun lalu lewat jemput bola di sekolah. Sampai"
        " sekarang belum dibagikan.",
        datetime(2026, 2, 9, 10, tzinfo=WIB),
        True,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Lusa saya berangkat liburan ke Batam, KTP saya hilang kemarin. Kalau tidak perlu,"
        " ngurus KTP barunya setelah pulang saja.",
        None,
        False,
    ),
    # An account registered with the card, a caller with insider data naming a price.
    (
        "U-IDENTITY-MISUSE",
        "Sejak siang saya menerima notifikasi transaksi paylater. Menurut CS, akun itu"
        " terdaftar dengan NIK dan foto KTP saya, padahal saya tidak memiliki akun di layanan"
        " itu.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Pagi tadi ada yang telepon ngaku petugas Disdukcapil. Dia sebut nomor permohonan akta"
        " anak saya. Katanya berkasnya bermasalah dan bisa beres kalau saya transfer Rp750 ribu"
        " hari ini.",
        None,
        True,
    ),
    # Cards and copies handed to the wrong people; originals lost at the office.
    (
        "U-MISHANDLED-BY-STAFF",
        "KTP baru saya diantar ke rumah orang lain oleh petugas pengantar tanpa tanda terima.",
        None,
        True,
    ),
    (
        "U-FILE-LOST",
        "Buku nikah asli saya serahkan di kantor desa untuk pengurusan KK. KK sudah jadi, tapi"
        " dokumen aslinya hilang.",
        None,
        True,
    ),
    # A case told as over ("setelah kasus ... selesai").
    (
        "U-IDENTITY-MISUSE",
        "Selasa kemarin saya ajukan KTP baru setelah kasus rekening palsu atas nama saya"
        " selesai. Kira-kira berapa hari jadinya?",
        None,
        False,
    ),
]
HOLDOUT_HW: list[tuple[str, str, datetime | None, bool]] = [
    # A window looked back over, the day of the news: no waits.
    (
        "U-WAIT-FAR",
        "Saya ingin tahu perusahaan mana saja yang pernah mengakses data kependudukan saya lewat"
        " hak akses verifikasi NIK dalam dua tahun terakhir. Saya tidak sedang punya masalah"
        " apa pun.",
        datetime(2025, 12, 8, 9, tzinfo=WIB),
        False,
    ),
    (
        "U-WAIT-FAR",
        "KENAPA NIK TIDAK BISA DIGANTI? Tahun lalu ramai berita kebocoran data, siapa yang"
        " jamin NIK saya tidak ikut? Kata CS NIK berlaku seumur hidup.",
        datetime(2025, 4, 13, 9, tzinfo=WIB),
        False,
    ),
    # The reporter's own debt collected is no identity used.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Kemarin debt collector leasing merampas KTP saya karena cicilan motor saya telat,"
        " ini memang motor saya sendiri. KTP-nya dikembalikan tapi patah.",
        None,
        False,
    ),
    # A scam page called out as fake is no misconduct alleged.
    (
        "U-MISCONDUCT",
        "Ada halaman FB yang minta warga kirim foto KTP dan selfie supaya dapat subsidi. Saya"
        " tidak kirim apa-apa. Tolong diumumkan bahwa itu palsu.",
        None,
        False,
    ),
]
HOLDOUT_HZ: list[tuple[str, str, datetime | None, bool]] = [
    # A report cancelled by its reporter ("Mohon laporan itu dibatalkan saja").
    (
        "U-SERVICE-PROBLEM",
        "Saya yang kemarin melapor soal petugas yang minta uang 50 ribu. Mohon laporan itu"
        " dibatalkan saja. Ternyata uang itu untuk materai yang saya beli sendiri. Maaf dan"
        " terima kasih.",
        None,
        False,
    ),
    # A burial held the same day, told as thanks.
    (
        "U-BURIAL",
        "Terima kasih untuk petugas yang hari Minggu tetap melayani. Jenazah nenek bisa"
        " dimakamkan siang itu juga karena surat kematian keluar cepat.",
        None,
        False,
    ),
    # Collectors "mengaku dari aplikasi pinjaman" are real, and "pagi ini" is now.
    (
        "U-IDENTITY-MISUSE",
        "Orang-orang yang mengaku dari aplikasi pinjaman menagih utang yang tidak pernah saya"
        " ajukan. Mereka kirim foto KTP saya yang wajahnya diganti.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Pagi ini tiga orang dari leasing mengepung rumah saya, katanya saya menunggak kredit"
        " motor yang dibeli pakai KTP saya tahun lalu. Saya tidak pernah ambil kredit itu.",
        None,
        True,
    ),
    # A screenshot of the reporter's record given out by someone in the office; a fee to
    # the official's own account.
    (
        "U-DATA-LEAK",
        "Orang yang dulu memukuli saya mengirim foto layar biodata saya, katanya dikasih teman"
        " di kantor catatan sipil.",
        None,
        True,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Petugasnya bilang kalau mau akta cepat jadi 'transfer saja 250 ke rekening saya, biar"
        " saya yang dorong'.",
        None,
        True,
    ),
]
HOLDOUT_IA: list[tuple[str, str, datetime | None, bool]] = [
    # A thing named, then "yang sudah ditutup" a few words on.
    (
        "U-IDENTITY-MISUSE",
        "Surat keterangan untuk laporan polisi soal akun pinjaman atas nama saya yang sudah"
        " ditutup ternyata NIK-nya salah satu digit. Mohon dicetak ulang.",
        None,
        False,
    ),
    # A number left on the NIK but dead; a phishing form not filled in.
    (
        "U-IDENTITY-MISUSE",
        "Masih ada satu nomor yang terdaftar pakai NIK saya, padahal bukan punya saya. Nomor itu"
        " sudah tidak aktif sejak tahun lalu, jadi tidak dipakai siapa-siapa.",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Ada situs yang meniru web Disdukcapil dengan formulir isi NIK dan foto KTP, linknya"
        " disebar di grup-grup WA. Saya tidak mengisi apa-apa.",
        None,
        False,
    ),
    # A dead father's name still buying; money leaving a wallet.
    (
        "U-IDENTITY-MISUSE",
        "Ayah saya meninggal Januari lalu. Kemarin masuk lagi notifikasi transaksi baru atas"
        " nama beliau dari aplikasi paylater.",
        None,
        True,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Saya sempat kasih kode dari SMS ke orang yang mengaku petugas. Sekarang notifikasi"
        " dompet digital saya masuk terus: transfer keluar Rp500 ribu, Rp1 juta.",
        None,
        True,
    ),
    # A family card sent by staff to a wrong number.
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas salah ketik nomor WA, dan PDF KK kami terkirim ke orang lain. Orang itu bilang"
        " 'ini KK ibu nyasar ke saya'.",
        None,
        True,
    ),
    # Misuse told in general ("banyak cerita ..."), and in Osing ("isun").
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Akta kematian ibu saya ajukan 40 hari lalu. Saya ingin NIK ibu cepat dinonaktifkan,"
        " karena banyak cerita data orang meninggal dipakai pinjol. Sampai sekarang statusnya"
        " masih diproses.",
        None,
        False,
    ),
    (  # guard
        "U-IDENTITY-MISUSE-ONGOING",
        "Isun wis ping papat ditelpon wong nagih utang, jare isun nyilih nang aplikasi pinjaman"
        " nganggo NIK isun. Isun sing tau nyilih babar blas.",
        None,
        True,
    ),
]
HOLDOUTS_ID_IF: list[tuple[str, str, datetime | None, bool]] = [
    # A broker pointed out by the counter; a change an operator admits; a deaf applicant
    # sent home until someone who hears comes along.
    (
        "U-MISCONDUCT",
        "Petugas loket bilang kuota habis, lalu menunjuk ke seberang: 'Ke Mas yang pakai topi"
        " itu saja, 150 ribu sore jadi.'",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Status saya di KTP berubah jadi cerai hidup. Operator desa akhirnya mengaku mengubahnya"
        " atas permintaan orang yang mengaku mantan suami saya.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Saya tuli sejak lahir. Petugas menulis 'bawa keluarga yang bisa dengar, baru kami"
        " layani' lalu menyuruh saya pulang.",
        None,
        True,
    ),
    # Elderly people with no card at all, and aid that needs one.
    (
        "U-VULNERABLE",
        "Ada enam penghuni lansia di panti kami yang tidak punya KTP atau KK. Dinsos bilang"
        " mereka bisa didaftarkan BPJS PBI kalau punya NIK.",
        None,
        True,
    ),
    # A file handed in "bulan itu juga" after the wedding, still on a desk.
    (
        "U-WAIT-FAR",
        "Kami menikah di gereja bulan Maret, berkas akta perkawinan diserahkan bulan itu juga."
        " Sekarang sudah pertengahan Juli, kata petugas berkas masih menunggu di meja.",
        datetime(2026, 7, 14, 16, tzinfo=WIB),
        True,
    ),
]
HOLDOUT_IG: list[tuple[str, str, datetime | None, bool]] = [
    # A recorded state dated by "sejak" is no wait; an application dated by it is.
    (
        "U-WAIT-FAR",
        "Saya tidak pernah pindah. Waktu pendataan di kantor desa minggu lalu, operator bilang"
        " di sistem saya tercatat sudah pindah keluar ke Kota Manado sejak 2024. Belum ada"
        " keperluan apa-apa, tapi takut nanti bermasalah.",
        datetime(2026, 4, 2, 14, tzinfo=WIB),
        False,
    ),
    (  # guard
        "U-WAIT-FAR",
        "NIK anak saya masih tercatat di kota lama, padahal surat pindah sudah saya urus sejak"
        " Agustus dan belum selesai.",
        datetime(2025, 11, 20, 10, tzinfo=WIB),
        True,
    ),
    # A burial already held; bills in a former tenant's name.
    (
        "U-BURIAL",
        "Ibu kami meninggal di rumah sakit provinsi, kemudian dimakamkan di kampung. Akta"
        " kematiannya sudah sebulan belum keluar.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Penyewa lama rumah saya pindah tahun lalu, tapi surat-surat tagihan atas nama dia masih"
        " datang. Bisa dicek alamat barunya?",
        None,
        False,
    ),
    # A signature withheld for a "donation".
    (
        "U-PAYMENT-OR-THREAT",
        "Kepala desa bilang surat pengantar pindah baru mau ditandatangani kalau saya memberi"
        " sumbangan pembangunan masjid satu juta.",
        None,
        True,
    ),
]
HOLDOUT_IE: list[tuple[str, str, datetime | None, bool]] = [
    # A late husband's own loans collected from the widow.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Suami saya meninggal bulan lalu. Sejak itu penagih pinjaman almarhum terus menelepon"
        " saya. Saya minta KK diperbarui.",
        None,
        False,
    ),
    # A question asked ahead from a safe house.
    (
        "U-SAFETY",
        "Saya korban KDRT dan sekarang tinggal di rumah aman. Kalau nanti urus KTP, apakah"
        " alamat rumah aman harus dicetak? Belum mau urus sekarang, cuma mau tahu dulu.",
        None,
        False,
    ),
    # A card photo pinned in a village group by the dusun head, taken down after a protest.
    (
        "U-LEAK-BY-STAFF",
        "Kepala dusun memasang foto KTP saya di grup WA dusun dengan tulisan belum bayar iuran."
        " Setelah saya protes fotonya dia hapus. Saya minta beliau ditegur.",
        None,
        True,
    ),
    (  # guard: the post taken down is over (misuse_closed, "fotonya dia hapus")
        "U-DATA-LEAK",
        "Kepala dusun memasang foto KTP saya di grup WA dusun dengan tulisan belum bayar iuran."
        " Setelah saya protes fotonya dia hapus. Saya minta beliau ditegur.",
        None,
        False,
    ),
    # A bank balance taken after a phishing form; an original the counter never returned.
    (
        "U-IDENTITY-MISUSE",
        "Tadi saya isi NIK dan kode SMS di link yang mengaku Dukcapil. Setengah jam kemudian"
        " saldo m-banking saya berkurang Rp4 juta dan saya tidak bisa login.",
        None,
        True,
    ),
    (
        "U-FILE-LOST",
        "Petugas kecamatan meminta buku nikah asli saya untuk dipindai. KK sudah jadi, tapi"
        " buku nikahnya tidak ada, jawabannya 'masih dicari'.",
        None,
        True,
    ),
]
HOLDOUTS_IH_IK: list[tuple[str, str, datetime | None, bool]] = [
    # Threatened with a machete, a patient a psychiatric hospital will take only with a card.
    (
        "U-SAFETY",
        "Kakak saya punya gangguan jiwa, sejak kemarin mengancam tetangga dengan parang. Rumah"
        " sakit jiwa minta KTP atau KK, padahal dia tidak pernah rekam.",
        None,
        True,
    ),
    # A divorce letter never asked for; a fee list posted at the counter; records faked on a
    # village head's order.
    (
        "U-UNAUTHORISED-CHANGE",
        "Status saya di KK tertulis cerai hidup, padahal saya masih menikah. Perubahan itu"
        " diajukan operator desa dengan surat keterangan cerai yang tidak pernah saya minta.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Di dinding loket kelurahan ada kertas 'Tarif: Legalisir KK Rp5.000, Pengantar KTP"
        " Rp10.000'. Tadi saya bayar dan dapat kuitansi.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT",
        "Ipar kepala desa punya dua KTP dengan tahun lahir berbeda. Operator desa bilang itu"
        " 'perintah Pak Desa'.",
        None,
        True,
    ),
    # A bill for a namesake is no misuse; a report written again for want of an answer.
    (
        "U-IDENTITY-MISUSE",
        "Kemarin saya panik karena dapat tagihan utang atas nama saya. Ternyata setelah dicek ke"
        " perusahaannya, orangnya beda, hanya namanya sama. Tagihannya sudah dihentikan.",
        None,
        False,
    ),
    (
        "U-REPEAT",
        "Laporan saya soal ejaan nama ibu di KTP statusnya 'diteruskan ke instansi' tapi tidak"
        " ada tanggapan. Saya tulis ulang di sini supaya ada yang membaca.",
        None,
        True,
    ),
    # A person with no card at all and medicine that needs PBI.
    (
        "U-VULNERABLE",
        "Adik saya ODGJ dirawat di panti. Panti minta dia didaftarkan BPJS PBI, tapi dia tidak"
        " punya KTP dan tidak pernah rekam.",
        None,
        True,
    ),
]
HOLDOUT_IL: list[tuple[str, str, datetime | None, bool]] = [
    # A report the reporter asks to ignore ("diabaikan saja").
    (
        "U-DATA-LEAK",
        "Mohon laporan saya hari Jumat tentang foto KTP saya yang bocor di Facebook diabaikan"
        " saja. Ternyata itu foto contoh dari internet yang namanya mirip. Maaf merepotkan.",
        None,
        False,
    ),
    # A question whether a photo could be misused; a family preparing ahead.
    (
        "U-IDENTITY-MISUSE",
        "Mau tanya, ibu kos minta foto KTP lewat WA. Kalau foto KTP saya dikirim begitu, bisa"
        " disalahgunakan buat pinjol nggak ya?",
        None,
        False,
    ),
    (
        "U-LIFE-HEALTH",
        "Maaf kalau pertanyaannya kurang pantas. Ibu saya sakit keras di rumah, dokter bilang"
        " tinggal menunggu waktu. Apa saja yang harus disiapkan untuk akta kematian nanti?",
        None,
        False,
    ),
    # A patient in the IGD whose care is paid only once he is identified.
    (
        "U-LIFE-HEALTH-NOW",
        "Bapak yang kami temukan di pasar sekarang di IGD, setengah sadar. Biaya hanya bisa"
        " ditanggung pemda kalau identitasnya ditemukan lewat sidik jari di Dukcapil.",
        None,
        True,
    ),
]
HOLDOUT_IL_2: list[tuple[str, str, datetime | None, bool]] = [
    # A stand-in letter received settles nothing of the card's wait.
    (
        "U-WAIT-FAR",
        "Tadi saya mau cetak KTP karena ganti alamat. Petugas bilang blanko habis dan"
        " 'kira-kira dua bulan lagi baru ada', disuruh pakai surat keterangan dulu. Ya sudah saya"
        " terima suketnya.",
        datetime(2026, 3, 11, 14, tzinfo=WITA),
        True,
    ),
    # Another person's record behind the NIK at another agency.
    (
        "U-NIK-EXTERNAL",
        "Saya mau daftar nikah di KUA. Waktu NIK saya dimasukkan, yang keluar nama seorang"
        " perempuan dari kabupaten lain, bukan saya.",
        None,
        True,
    ),
    # Originals the counter cannot find anywhere.
    (
        "U-FILE-LOST",
        "Kami serahkan surat lahir asli dari bidan ke loket. Minggu lalu petugas bilang berkas"
        " kami tidak ada di sistem maupun di lemari.",
        None,
        True,
    ),
]
HOLDOUT_IO: list[tuple[str, str, datetime | None, bool]] = [
    # Paylater purchases right after a phishing form.
    (
        "U-IDENTITY-MISUSE",
        "Tadi sore saya isi form dari link 'verifikasi data Dukcapil', saya masukkan NIK dan kode"
        " OTP. Barusan masuk notifikasi 4 transaksi paylater di marketplace.",
        None,
        True,
    ),
]
HOLDOUTS_IP_IR: list[tuple[str, str, datetime | None, bool]] = [
    # A departure's weekday told a few words after the event, then a need named after it.
    (
        "U-DEADLINE-IMMINENT",
        "Saya kerja di kapal kargo. Kapal berangkat dari Pelabuhan Bitung ke Ternate hari Kamis"
        " pagi dan nakhoda minta KTP asli untuk daftar awak. KTP saya hilang, kalau tidak ada"
        " saya diganti orang lain.",
        datetime(2025, 11, 11, 15, 0, tzinfo=WITA),
        True,
    ),
    # Guard (passes on 2026.12.141 too): the departure already happened.
    (
        "U-DEADLINE-IMMINENT",
        "Kapal sudah berangkat dari Bitung hari Kamis pagi dan nakhoda minta KTP asli, saya"
        " ketinggalan.",
        datetime(2025, 11, 11, 15, 0, tzinfo=WITA),
        False,
    ),
    # A condition to go on ("kalau mau tetap jalan") is no statement that care goes on.
    (
        "U-LIFE-HEALTH",
        "Ibu saya dijadwalkan operasi besok pagi. Kartu JKN-nya ditolak karena NIK tidak cocok,"
        " jadi harus bayar umum kalau mau tetap jalan. Kami tidak sanggup.",
        None,
        True,
    ),
    # An account in the reporter's name with money still moving, asked how to stop it.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Polisi memanggil saya karena ada rekening atas nama saya yang dipakai menampung uang"
        " penipuan. Saya tidak pernah buka rekening itu. Sampai minggu ini masih ada uang masuk."
        " Bagaimana caranya supaya NIK saya tidak dipakai lagi?",
        None,
        True,
    ),
    # A status not changed since the application: the wait is pending.
    (
        "U-WAIT-FAR",
        "Tanggal 2 Februari saya ajukan perubahan status di KK dengan akta cerai. Sampai hari ini"
        " status saya di KK masih kawin.",
        datetime(2026, 4, 16, 13, 0, tzinfo=WIB),
        True,
    ),
    # Guard (passes on 2026.12.141 too): a return home "3 bulan lagi" is a person's plan, not
    # a wait for the card.
    (
        "U-WAIT-FAR",
        "KTP suami saya rekam ulang tanggal 20 Agustus, sampai sekarang belum ada kabar. Suami"
        " kerja di laut, baru pulang 3 bulan lagi.",
        datetime(2026, 9, 8, 11, 0, tzinfo=WIB),
        False,
    ),
    # Surgery tomorrow told as "dibedah".
    (
        "U-DEADLINE-IMMINENT",
        "Anak saya harus dibedah besok pagi, rumah sakit minta NIK anak untuk BPJS dan akta"
        " kelahirannya belum ada.",
        None,
        True,
    ),
    # A workplace and a burial that went smoothly (guards: these two pass on 2026.12.141
    # too), the reporter's own card in use, a NIK registered twice (a duplicate, not misuse).
    (
        "U-DEADLINE-IMMINENT",
        "KTP saya hilang minggu lalu, mau cetak ulang. Hari Sabtu ada pelayanan tidak? Hari kerja"
        " saya di kapal.",
        None,
        False,
    ),
    (
        "U-DEADLINE-IMMINENT",
        "Terima kasih petugas yang semalam masih melayani. Surat kematian ibu keluar malam itu"
        " juga sehingga pemakaman pagi ini lancar.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Aktivasi IKD gagal, katanya NIK tidak terdaftar. Padahal KTP saya dipakai untuk bank dan"
        " BPJS lancar saja.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Pendaftaran umroh ditolak karena NIK saya terdaftar dua, satu di Raha dan satu di Baubau.",
        None,
        False,
    ),
    (
        "U-DUPLICATE",
        "Pendaftaran umroh ditolak karena NIK saya terdaftar dua, satu di Raha dan satu di Baubau.",
        None,
        True,
    ),
]
HOLDOUTS_IP_IR_2: list[tuple[str, str, datetime | None, bool]] = [
    # A threat tied to a review: retaliation phrased as a condition.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Sesudah saya beri review bintang satu, petugas loket datang ke rumah. Dia bilang kalau"
        " review tidak dihapus, akta anak saya tidak bakal selesai.",
        None,
        True,
    ),
    # An official offering paid acceleration, nothing paid yet.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Ada pegawai kecamatan yang nawarin percepatan KTP, ongkosnya 200 ribu. Saya belum bayar.",
        None,
        True,
    ),
    # Guard (passes on 2026.12.142 too): a free hand with a file is no offence.
    (
        "U-MISCONDUCT",
        "Tetangga yang kerja di kelurahan nawarin bantu masukin berkas KK saya, katanya gratis."
        " Boleh ndak ya?",
        None,
        False,
    ),
    # A fixer who claims kin inside and names a price.
    (
        "U-MISCONDUCT",
        "Di parkiran ada bapak-bapak, katanya keluarga pegawai di dalam, bisa bantu asal ada"
        " Rp250.000. Saya kasih karena sudah capek antre.",
        None,
        True,
    ),
    # An operator who put a stranger in the family card and asked for silence.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Di KK kami muncul nama anak yang tidak kami kenal. Operator desa mengaku dia yang"
        " memasukkan dan minta saya diam saja.",
        None,
        True,
    ),
    # A school refusing a child without an akta.
    (
        "U-ACCESS-LOST",
        "Anak kami lahir di Tawau dan belum punya akta. Sekolah di sini tidak mau terima anak"
        " kami tanpa akta kelahiran.",
        None,
        True,
    ),
]
HOLDOUT_IS: list[tuple[str, str, datetime | None, bool]] = [
    # An account in the reporter's name "masih aktif sampai minggu ini": misuse going on
    # (not a service that still works).
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Ada rekening atas nama saya yang tidak pernah saya buka, dipakai menampung uang judi"
        " online dan masih aktif sampai minggu ini.",
        None,
        True,
    ),
    # A patient found unconscious with nothing on him, care waiting for his identity.
    (
        "U-LIFE-HEALTH",
        "Pasien laki-laki dibawa warga tidak sadar, tanpa dompet atau HP. Dokter bilang ada"
        " perdarahan di kepala, pasien harus punya identitas untuk jaminan biaya.",
        None,
        True,
    ),
    # An operation "sudah berjalan lancar hari Jumat": done, not a deadline.
    (
        "U-DEADLINE-IMMINENT",
        "Terima kasih, BPJS bapak sempat tidak aktif padahal mau operasi, tapi NIK-nya cepat"
        " dipadankan dan operasi sudah berjalan lancar hari Jumat.",
        datetime(2025, 11, 4, 16, 0, tzinfo=WITA),
        False,
    ),
    # Guard (passes on 2026.12.143 too): an operation ahead that day stays a deadline.
    (
        "U-DEADLINE-IMMINENT",
        "BPJS bapak tidak aktif padahal operasi jantungnya hari Kamis pagi. Tolong dipadankan.",
        datetime(2025, 11, 4, 16, 0, tzinfo=WITA),
        True,
    ),
    # A former husband who found her: "marah-marah dan mengancam", she is afraid to go home.
    (
        "U-SAFETY",
        "Tadi malam mantan suami datang ke kontrakan, marah-marah dan mengancam, dia bawa"
        " fotokopi KK baru saya dari staf kelurahan. Saya sekarang di rumah tetangga, takut"
        " pulang.",
        None,
        True,
    ),
    # Guard (passes on 2026.12.143 too): leaving "karena sering dipukul" is the past.
    (
        "U-SAFETY",
        "Bulan lalu saya pergi dari rumah karena sering dipukul suami. Sekarang saya mau pisah"
        " KK dan pindah domisili.",
        None,
        False,
    ),
]
HOLDOUT_IS_2: list[tuple[str, str, datetime | None, bool]] = [
    # The office's estimate "paling cepat Oktober" in August: an announced wait of two months.
    (
        "U-WAIT-FAR",
        "Hari ini saya rekam KTP. Petugas bilang blanko kosong, KTP saya baru bisa diambil"
        " paling cepat Oktober.",
        datetime(2025, 8, 4, 14, 30, tzinfo=WITA),
        True,
    ),
    # Praise that names what did not happen.
    (
        "U-MISCONDUCT",
        "Mau apresiasi petugas loket 2, sabar menjelaskan ke ibu saya dan tidak minta imbalan"
        " apa pun.",
        None,
        False,
    ),
    # A private kiosk's price and an official car park's ticket are no illegal fee.
    (
        "U-PAYMENT-OR-THREAT",
        "Katanya layanan gratis, tapi saya disuruh fotokopi KK di kios depan kantor bayar"
        " Rp3.000. Kenapa kantor tidak sediakan mesin fotokopi?",
        None,
        False,
    ),
    (
        "U-PAYMENT-OR-THREAT",
        "Parkir motor di halaman kantor ditarik Rp2.000 pakai karcis resmi. Mbok ya digratiskan.",
        None,
        False,
    ),
    # A suggestion for a page about duplicate NIKs, the reporter's own case settled.
    (
        "U-DUPLICATE",
        "Saran saja: dulu NIK saya sempat ganda tapi sudah beres. Mungkin di website bisa ada"
        " halaman penjelasan soal NIK ganda.",
        None,
        False,
    ),
]
HOLDOUT_IT: list[tuple[str, str, datetime | None, bool]] = [
    # The card in use elsewhere ("dipakai buat BPJS lancar-lancar aja"): the digital ID's
    # "NIK tidak terdaftar" blocks nothing outside Dukcapil.
    (
        "U-ACCESS-LOST",
        "Aktivasi IKD gagal, keluar tulisan 'NIK tidak terdaftar', padahal KTP saya dipakai buat"
        " BPJS lancar-lancar aja.",
        None,
        False,
    ),
    # A family that moved, the child stuck at the old school.
    (
        "U-ACCESS-LOST",
        "Kami pindah dari Pekanbaru, data kami belum masuk dari daerah asal. KK baru belum ada,"
        " anak saya belum bisa pindah sekolah.",
        None,
        True,
    ),
    # A public complaint thrown back at the counter.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Saya unggah keluhan di Facebook. Kemarin petugas bilang di depan orang banyak: 'Oh ini"
        " yang suka viral-viralkan, tunggu saja KTP-mu.'",
        None,
        True,
    ),
    # A price to go faster, paid out of fear.
    (
        "U-MISCONDUCT",
        "Perangkat desa bilang 'biar cepat, seratus lima puluh ya bu'. Saya sudah bayar karena"
        " takut dipersulit.",
        None,
        True,
    ),
    # A stay since a year is no wait for a card.
    (
        "U-WAIT-FAR",
        "Kami keluarga relokasi yang sudah tinggal di Siosar sejak 2016. KK kami masih beralamat"
        " desa lama. Kami ingin KK diperbarui.",
        datetime(2025, 8, 16, 11, 0, tzinfo=WIB),
        False,
    ),
    # The next therapy two weeks ahead: a deadline later, not today.
    (
        "U-LIFE-HEALTH",
        "Bayi kami lahir prematur dan harus terapi mata tiap bulan. BPJS minta NIK di KK, KK belum"
        " jadi. Jadwal terapi berikutnya tanggal 14.",
        datetime(2025, 10, 1, 9, 30, tzinfo=WIB),
        False,
    ),
]
HOLDOUT_IV: list[tuple[str, str, datetime | None, bool]] = [
    # A report withdrawn by the reporter's own act, and the cause told right after a closing.
    (
        "U-MISCONDUCT",
        "Maaf, laporan saya kemarin soal 'pungutan 15 ribu di kantor desa' saya tarik. Saya"
        " salah paham, uang itu ternyata untuk map di warung depan, bukan ke petugas.",
        None,
        False,
    ),
    (
        "U-SERVICE-COMPLAINT",
        "Mohon laporan saya tentang NIK dipakai pinjol dicabut saja. Ternyata SMS tagihan itu"
        " salah kirim, yang punya utang orang lain yang dulu memakai nomor saya.",
        None,
        False,
    ),
    (
        "U-NIK-EXTERNAL",
        "Minggu lalu HRD bilang BPJS Ketenagakerjaan saya gagal didaftarkan karena NIK tidak"
        " valid. Ternyata HRD salah ketik. Laporan sebelumnya anggap selesai saja, terima kasih.",
        None,
        False,
    ),
    # Thanks once all is done; a body sent home with thanks.
    (
        "U-LIFE-HEALTH",
        "Terima kasih, bapak sempat ditolak pakai BPJS di IGD, tapi NIK-nya dipadankan dan"
        " malamnya bapak dioperasi. Tidak ada lagi yang perlu diurus.",
        None,
        False,
    ),
    (
        "U-BURIAL",
        "Terima kasih untuk tim Disdukcapil yang datang ke rumah duka membawa akta kematian,"
        " sehingga jenazah mama bisa diberangkatkan ke kampung pagi tadi.",
        None,
        False,
    ),
    # Another's misuse, the reporter's own record clean.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Tetangga saya ditagih-tagih pinjol, NIK-nya dipakai orang. Apa ada cara mengecek NIK"
        " saya? Sejauh ini saya sendiri tidak pernah dapat tagihan apa-apa.",
        None,
        False,
    ),
    # A journalist asking about a story is no leak of the reporter's data.
    (
        "U-DATA-LEAK",
        "Saya wartawan, ingin konfirmasi kabar kebocoran data penduduk yang ramai di media sosial"
        " minggu ini. Mohon kontak humas.",
        None,
        False,
    ),
    # A file of residents offered for sale, the reporter's NIK in its sample.
    (
        "U-DATA-LEAK",
        "Di grup Facebook ada akun yang menawarkan file data penduduk desa kami lengkap NIK dan"
        " KK seharga Rp500 ribu. Di contohnya ada nama dan NIK saya.",
        None,
        True,
    ),
    # Insulin run out, care refused for an inactive card.
    (
        "U-LIFE-HEALTH",
        "Nenek saya insulinnya habis sejak kemarin, gula darahnya 400. Puskesmas tidak mau"
        " memberi insulin karena BPJS beliau nonaktif.",
        None,
        True,
    ),
    # Services that work are no lost access; a disabled reporter sent home unrecorded is.
    (
        "U-NIK-EXTERNAL",
        "Cek data di aplikasi Dukcapil muncul 'data tidak ditemukan'. Tapi BPJS, bank, semuanya"
        " aman dan lancar dipakai.",
        None,
        False,
    ),
    (
        "U-ACCESS-LOST",
        "Saya pengguna kursi roda, alat rekam di lantai 2 tanpa lift. Sudah dua kali pulang tanpa"
        " direkam. Saya perlu KTP untuk mendaftar bantuan alat bantu dari dinsos.",
        None,
        True,
    ),
]
HOLDOUTS_IU_IW: list[tuple[str, str, datetime | None, bool]] = [
    # A fee told as the condition for speed.
    (
        "U-MISCONDUCT",
        "Pak carik bilang berkas saya lengkap, tapi kalau mau cepat ada uang lelah 150 ribu,"
        " kalau tidak ya antre sebulan. Saya tidak bayar.",
        None,
        True,
    ),
    # "sudah diberesi": settled.
    (
        "U-DUPLICATE",
        "Dulu NIK saya ganda, bulan lalu sudah diberesi Dukcapil. Sekarang cuma mau tanya KTP"
        " lama dikembalikan ke mana?",
        None,
        False,
    ),
    # A family left off an aid list after an eruption.
    (
        "U-DISASTER",
        "Kami mengungsi ke barak pengungsian sejak awan panas tadi malam, semua surat tertinggal."
        " Petugas posko mendata pengungsi untuk bantuan, hanya yang punya KK. Kami berlima tidak"
        " tercatat.",
        None,
        True,
    ),
    # Collectors with a credit contract in the reporter's name and a forged signature.
    (
        "U-IDENTITY-MISUSE",
        "Orang leasing datang bawa kontrak kredit motor atas nama saya dan tanda tangan yang"
        " bukan milik saya. Besok mereka datang lagi dengan tim.",
        None,
        True,
    ),
    # A list pinned up with full NIKs.
    (
        "U-DATA-LEAK",
        "Di papan pengumuman kantor desa ditempel daftar penerima bantuan lengkap dengan NIK 16"
        " digit dan alamat, termasuk data saya.",
        None,
        True,
    ),
    # "sepanjang tahun 2025": a window looked over, not a wait.
    (
        "U-WAIT-FAR",
        "Berdasarkan UU PDP saya minta daftar lembaga yang mengakses data saya sepanjang tahun"
        " 2025. Di loket dijawab tidak bisa.",
        datetime(2026, 1, 8, 9, 45, tzinfo=WIB),
        False,
    ),
    # A suspicion with no harm.
    (
        "U-IDENTITY-MISUSE",
        "Saya menduga data saya dipakai tanpa izin oleh lembaga yang mengakses NIK saya, tapi"
        " belum ada kerugian apa pun. Saya ingin tahu daftarnya.",
        None,
        False,
    ),
]
HOLDOUT_IY: list[tuple[str, str, datetime | None, bool]] = [
    # A rough span pinned to its date ("sejak tahun lalu, tepatnya 29 Desember").
    (
        "U-WAIT-FAR",
        "Saya urus perubahan KK sejak tahun lalu, tepatnya 29 Desember, di MPP. Kok belum ada"
        " kabarnya ya?",
        datetime(2026, 1, 8, 8, 10, tzinfo=WIB),
        False,
    ),
    # A withdrawal asked at the opening of its sentence, explained a few words into the next.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Mohon laporan saya kemarin tentang 'pungutan 20 ribu' dicabut. Setelah saya tanya lagi,"
        " ternyata uang itu untuk fotokopi di koperasi luar pagar, bukan diminta petugas.",
        None,
        False,
    ),
    # A bill meant for a number's former owner.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Saya dapat SMS tagihan pinjol, ternyata untuk orang lain, nomor HP saya dulu milik orang"
        " lain. Sudah saya cek, tidak ada pinjaman atas NIK saya.",
        None,
        False,
    ),
    # Care going on under a working card.
    (
        "U-LIFE-HEALTH-NOW",
        "Ibu saya dirawat di RS pakai BPJS, alhamdulillah lancar, tidak ada kendala. Cuma nama"
        " di KTP kurang satu huruf, nanti mau kami betulkan.",
        None,
        False,
    ),
    # The card working at the bank and BPJS: the digital ID's error blocks nothing there.
    (
        "U-ACCESS-LOST",
        "Waktu aktivasi IKD muncul 'NIK tidak ditemukan'. KTP saya dipakai ke bank dan BPJS tidak"
        " ada masalah apa-apa.",
        None,
        False,
    ),
]
HOLDOUT_IX: list[tuple[str, str, datetime | None, bool]] = [
    # Numbers on the NIK, still in use.
    (
        "U-IDENTITY-MISUSE",
        "Saya ditolak beli nomor baru karena NIK saya sudah dipakai untuk 3 nomor di operator itu."
        " Saya cuma punya satu nomor. Nomor-nomor itu masih aktif.",
        None,
        True,
    ),
    # A phone taken over by a fake app, then money out.
    (
        "U-IDENTITY-MISUSE",
        "Saya pasang aplikasi 'IKD Update' dari WA berlogo Dukcapil dan isi NIK serta foto KTP."
        " Barusan ada 3 notifikasi transfer dari m-banking saya.",
        None,
        True,
    ),
    # A beneficiary spreadsheet posted; a chatbot that gives anyone's record.
    (
        "U-DATA-LEAK",
        "Di grup Facebook warga ada unggahan akun operator desa, isinya file Excel semua"
        " penerima bantuan: nama, NIK, nomor KK. Masih terpasang sampai malam ini.",
        None,
        True,
    ),
    (
        "U-DATA-LEAK",
        "Chatbot WhatsApp Disdukcapil membalas nama, alamat dan nama ibu kandung untuk NIK siapa"
        " saja tanpa verifikasi. Siapa saja yang tahu NIK orang lain bisa menarik datanya.",
        None,
        True,
    ),
    # A leak whose link was taken down ("tautannya dihapus"), nothing misused since. A guard
    # for the spreadsheet phrase above: 2026.12.149 passes it too, not reading the file at all.
    (
        "U-DATA-LEAK",
        "Bulan lalu ada tautan di situs resmi berisi file Excel data warga dengan NIK. Saya lapor"
        " dan tautannya dihapus dua hari kemudian. Sejauh ini belum ada penyalahgunaan.",
        None,
        False,
    ),
    # The reporter's own instalment, paid off.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Penagih datang soal cicilan elektronik, KK asli saya dibawa sebagai jaminan. Cicilan itu"
        " memang milik saya dan sudah saya lunasi, tapi KK belum dikembalikan.",
        None,
        False,
    ),
]
HOLDOUT_JA: list[tuple[str, str, datetime | None, bool]] = [
    # A closing made done by an earlier "sudah ... dan"; a thing pointed to by "orang itu".
    (
        "U-IDENTITY-MISUSE",
        "Ada orang kredit mobil pakai NIK saya. Leasing-nya sudah mengakui itu penipuan dan"
        " membatalkan kontraknya bulan Mei.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE",
        "Ada orang lain yang mendaftar seleksi memakai NIK saya. Panitia sudah"
        " menghapus akun orang itu.",
        None,
        False,
    ),
    # A swapped SIM card shown with the reporter's NIK and another face.
    (
        "U-IDENTITY-MISUSE",
        "Kartu SIM saya mati. Di gerai, fotokopi KTP yang dipakai NIK-nya NIK saya tapi fotonya"
        " wajah orang lain. Barusan ada percobaan login m-banking.",
        None,
        True,
    ),
    # Old cards sold as scrap with names and NIKs readable.
    (
        "U-DATA-LEAK",
        "Di grup jual-beli ada yang menjual tumpukan KTP-el rusak, nama dan NIK terbaca jelas,"
        " salah satunya KTP lama saya. Katanya dari gudang kecamatan.",
        None,
        True,
    ),
    # A status taken down, nothing misused since.
    (
        "U-DATA-LEAK",
        "Mantan pacar menyebarkan foto KK dan KTP saya di status WhatsApp-nya. Statusnya sudah"
        " dia hapus. Sejauh ini tidak ada penyalahgunaan apa pun.",
        None,
        False,
    ),
    # Collectors looking for the house's former owner.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Hampir tiap minggu penagih pinjol datang mencari pemilik lama rumah ini, alamat di KTP"
        " beliau masih rumah kami. Anak-anak jadi takut.",
        None,
        False,
    ),
]
HOLDOUT_IU: list[tuple[str, str, datetime | None, bool]] = [
    # A counter threat to spread a complainant's data.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Waktu saya protes di loket, petugas bilang 'Kalau Ibu ribut terus, data Ibu saya sebar"
        " sekalian di grup.'",
        None,
        True,
    ),
    # A name replaced on an aid list by the operator.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Nama ibu saya hilang dari daftar bantuan, diganti istri Pak Kadus. Operator desa mengaku"
        " mengganti karena ibu saya sudah mampu.",
        None,
        True,
    ),
    # A file's details told to a neighbour by the official at the counter.
    (
        "U-MISHANDLED-BY-STAFF",
        "Seminggu setelah saya urus perubahan status cerai, tetangga tahu semua isinya. Dia bilang"
        " dapat cerita dari petugas di loket dinas.",
        None,
        True,
    ),
]
HOLDOUT_JF: list[tuple[str, str, datetime | None, bool]] = [
    # Aid a card would open ("Tanpa KTP adik saya tidak bisa terima bantuan"); children never
    # schooled for want of an akta.
    (
        "U-ACCESS-LOST",
        "Adik saya pakai kursi roda, ruang perekaman di lantai 2 tanpa lift. Sudah dua kali"
        " datang, alatnya tidak bisa dibawa turun. Tanpa KTP adik saya tidak bisa terima bantuan"
        " dari Dinsos.",
        None,
        True,
    ),
    (
        "U-ACCESS-LOST",
        "Anak kami dua, umur 9 dan 7, belum pernah sekolah karena tidak punya akta dan KK. Sudah"
        " ke kantor desa tapi ditolak.",
        None,
        True,
    ),
    # A file held back in spite; originals left at the counter and then gone.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Setelah saya posting soal antrean, petugas kecamatan bilang 'berkas kau itu kami simpan"
        " saja, biar tahu rasa'. Sudah tiga minggu tidak diproses.",
        None,
        True,
    ),
    (
        "U-MISCONDUCT-BY-STAFF",
        "Saya serahkan buku nikah asli ke loket, petugas minta ditinggal. Waktu ambil KK, dokumen"
        " asli katanya tidak ada, saya disuruh cari sendiri.",
        None,
        True,
    ),
]
HOLDOUT_JE: list[tuple[str, str, datetime | None, bool]] = [
    # Numbers on the NIK used to send scam messages: the misuse itself, not a warning.
    (
        "U-IDENTITY-MISUSE",
        "Ternyata ada 14 nomor HP terdaftar pakai NIK saya, padahal saya cuma pakai satu. Minggu"
        " ini dua nomor di antaranya dipakai kirim SMS penipuan ke teman-teman saya.",
        None,
        True,
    ),
    # A digital ID taken over, codes from apps never joined (Papuan Malay).
    (
        "U-IDENTITY-MISUSE",
        "Subuh tadi sa dapat email bahwa akun KTP digital sa dipakai login di HP lain dan email"
        " pemulihan su diganti. Ada SMS kode OTP dari aplikasi belanja yang sa tra pernah daftar.",
        None,
        True,
    ),
    # A deaf applicant sent home to come back with family who can speak.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Saya tuli. Dua kali petugas loket menyuruh saya pulang dan kembali bersama keluarga yang"
        " bisa bicara, padahal syarat lengkap.",
        None,
        True,
    ),
    # A school refusing pre-registration without an akta.
    (
        "U-ACCESS-LOST",
        "Anak saya 6 tahun belum punya akta karena lahir di rumah. SD dekat rumah menolak"
        " pra-pendaftaran karena tidak ada akta.",
        None,
        True,
    ),
    # A substitute accepted for tomorrow's deadline.
    (
        "U-DEADLINE-IMMINENT",
        "Besok saya akad kredit motor di dealer dan KTP fisik sedang dicetak ulang. Dealer bilang"
        " KTP digital juga boleh. Cara aktivasinya bagaimana?",
        None,
        False,
    ),
    # The office's estimate "paling cepat bisa dicetak awal Mei", told in March.
    (
        "U-WAIT-FAR",
        "Saya rekam KTP tadi pagi. Petugasnya bilang blanko kosong, paling cepat bisa dicetak"
        " awal Mei.",
        datetime(2025, 3, 5, 10, 50, tzinfo=WITA),
        True,
    ),
]
HOLDOUT_JG: list[tuple[str, str, datetime | None, bool]] = [
    # A message posted to a group and taken down: a disclosure by staff, no longer live.
    (
        "U-DATA-LEAK",
        "Ketua RT memotret KTP dan KK saya lalu mengirim fotonya ke grup WhatsApp warga. Setelah"
        " saya protes ke lurah, pesan itu dihapus.",
        None,
        False,
    ),
    # A wallet emptied after an OTP given to a fake officer.
    (
        "U-IDENTITY-MISUSE",
        "Kemarin saya sebutkan kode OTP ke orang yang mengaku petugas Dukcapil. Pagi ini saldo"
        " dompet digital saya habis.",
        None,
        True,
    ),
    # A stranger in the family card is a record to fix, not misuse now.
    (
        "U-IDENTITY-MISUSE",
        "Waktu cetak KK baru, ternyata di KK saya muncul satu nama yang tidak saya kenal, status"
        " famili lain. Kami tidak pernah menumpangkan siapa pun. Tolong dihapus.",
        None,
        False,
    ),
]
HOLDOUT_JH: list[tuple[str, str, datetime | None, bool]] = [
    # Fleeing tonight from a husband who "memukul lagi", not daring to go home.
    (
        "U-SAFETY",
        "Malam ini saya pergi dari rumah bawa anak karena suami memukul lagi. Rumah singgah minta"
        " fotokopi KTP, semua dokumen dikunci suami. Saya tidak berani pulang.",
        None,
        True,
    ),
    # Other people's stories going round are no burial of the reporter's.
    (
        "U-BURIAL",
        "Di TikTok lagi ramai orang cerita jenazah keluarganya tertahan di RS karena belum ada"
        " akta kematian. Akta kematian itu memang syarat buat bawa jenazah keluar RS nggak"
        " sih?",
        None,
        False,
    ),
    # A file held back for a public complaint ("dipending dulu karena suka viral-viralin").
    (
        "U-MISCONDUCT-BY-STAFF",
        "Saya posting soal antrean di Facebook. Hari ini petugas loket bilang berkas saya"
        " 'dipending dulu karena suka viral-viralin'.",
        None,
        True,
    ),
]
HOLDOUT_JH_2: list[tuple[str, str, datetime | None, bool]] = [
    # A dead father still head of the family card, a wedding "lusa" that goes ahead whatever.
    (
        "U-DEATH-DEADLINE",
        "Lusa akad nikah adik saya, saya walinya karena bapak sudah meninggal. Di KK nama"
        " almarhum bapak masih kepala keluarga. Kata penghulu tidak masalah, akad tetap jalan.",
        None,
        False,
    ),
]
HOLDOUT_JH_3: list[tuple[str, str, datetime | None, bool]] = [
    # A KIA applied for in August, "belum pernah ada kabar" in January.
    (
        "U-WAIT-FAR",
        "Iseng tanya min, KIA anak saya yang saya ajukan di stan Dukcapil bulan Agustus tahun lalu"
        " masih bisa diambil nggak ya? Sampai sekarang belum pernah ada kabar.",
        datetime(2026, 1, 9, 20, 30, tzinfo=WIB),
        True,
    ),
]
HOLDOUTS_II_IO: list[tuple[str, str, datetime | None, bool]] = [
    # A record sorted out ("NIK ganda saya dibereskan") is no threat.
    (
        "U-SAFETY",
        "Setelah NIK ganda saya dibereskan bulan lalu, KK kami dicetak ulang, tapi nama ibu"
        " saya masih salah ketik. Mohon dibetulkan.",
        None,
        False,
    ),
    # Collectors gone quiet: no misuse going on.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Tahun lalu penagih utang salah sasaran sering menelepon saya soal pinjaman atas nama"
        " saya, sekarang sudah tidak menghubungi lagi. Saya hanya minta daftar lembaga yang"
        " mengakses NIK saya.",
        None,
        False,
    ),
    # An account taken down by its platform: the misuse is over, the refusal remains.
    (
        "U-IDENTITY-MISUSE",
        "Ada yang membuat akun di portal lowongan memakai NIK saya. Setelah saya lapor,"
        " pengelolanya menghapus akun itu minggu lalu. Tapi waktu saya daftar sendiri, NIK saya"
        " ditolak.",
        None,
        False,
    ),
    (
        "U-IDENTITY-MISUSE-ENDED",
        "Ada yang membuat akun di portal lowongan memakai NIK saya. Setelah saya lapor,"
        " pengelolanya menghapus akun itu minggu lalu. Tapi waktu saya daftar sendiri, NIK saya"
        " ditolak.",
        None,
        True,
    ),
    # Staff who admit handing a family card on, tell a file to the waiting room, or cannot say who
    # took a card.
    (
        "U-MISHANDLED-BY-STAFF",
        "Mantan suami saya tiba-tiba punya salinan KK baru saya. Staf kelurahan mengaku"
        " memberikannya karena dia bilang masih suami saya.",
        None,
        True,
    ),
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas di meja informasi bercerita ke pengunjung lain soal kasus saya sambil menyebut"
        " nama dan kampung saya.",
        None,
        True,
    ),
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas bilang KTP saya sudah diambil tanggal 6, tapi tidak bisa menunjukkan siapa"
        " yang mengambil. Saya tidak pernah menitipkan ke siapa pun.",
        None,
        True,
    ),
    # A card in a stranger's hands is held, not yet used.
    (
        "U-IDENTITY-MISUSE",
        "KTP saya sudah diambil orang lain di kecamatan tanpa tanda tangan. Saya tidak pernah"
        " menitipkan ke siapa pun. Sekarang KTP asli saya ada di tangan orang yang tidak saya"
        " kenal.",
        None,
        False,
    ),
    # Another person's card shown in the reporter's app.
    (
        "U-DATA-LEAK",
        "Malam ini saya buka aplikasi IKD, yang tampil bukan data saya tapi KTP digital orang"
        " lain lengkap dengan NIK dan alamatnya.",
        None,
        True,
    ),
    # A refusal to upload, a card asked for at a counter.
    (
        "U-DATA-LEAK",
        "Untuk dapat antrean kami disuruh unggah swafoto sambil pegang KK. Saya tidak mau data"
        " keluarga saya diunggah ke formulir seperti itu. Ada cara lain?",
        None,
        False,
    ),
    (
        "U-DATA-LEAK",
        "Sekolah minta KK asli diperlihatkan waktu daftar ulang, padahal KK kami masih ditahan"
        " pemilik kontrakan lama.",
        None,
        False,
    ),
    # A fear, not a misuse.
    (
        "U-IDENTITY-MISUSE",
        "Saya mau lapor KTP hilang ke kecamatan, karena KTP saya takutnya dipakai orang. Surat"
        " pengantarnya bisa diurus di mana?",
        None,
        False,
    ),
    # Loans declared fraud by their lenders and closed.
    (
        "U-IDENTITY-MISUSE",
        "Pinjaman atas nama saya sudah dinyatakan fraud oleh perusahaannya dan ditutup, tapi"
        " pengajuan KPR saya ditolak bank karena riwayat itu.",
        None,
        False,
    ),
    # A message deleted: the leak is over, the misconduct is not.
    (
        "U-DATA-LEAK",
        "Perawat memotret KTP saya lalu mengirimnya ke grup WA alumni. Pesannya sudah dihapus,"
        " tapi saya minta perawat itu diperiksa.",
        None,
        False,
    ),
    # Retaliation threatened by staff.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Saya minta diperlihatkan data saya di sistem. Petugas membentak dan bilang jangan"
        " curiga, nanti urusan ibu dipersulit.",
        None,
        True,
    ),
    # Data among what an insider sold.
    (
        "U-DATA-LEAK",
        "Oknum operator desa sekarang menjual akses pengecekan ke siapa saja yang mau bayar."
        " Alamat saya juga bisa dicek orang.",
        None,
        True,
    ),
]
HOLDOUTS_IO_2: list[tuple[str, str, datetime | None, bool]] = [
    # A state demanded by a time ('BPJS sudah beres sebelum jam 12') settles nothing: the surgery
    # today stays critical.
    (
        "U-LIFE-HEALTH",
        "Ibu saya masuk IGD semalam, dokter bilang harus operasi hari ini. BPJS ibu ditolak"
        " karena NIK-nya tercatat di kabupaten lain. Rumah sakit minta bayar umum atau BPJS"
        " sudah beres sebelum jam 12.",
        None,
        True,
    ),
    # A misuse the family 'sudah kami selesaikan' is over; its effect remains.
    (
        "U-IDENTITY-MISUSE",
        "Tahun lalu sepupu kami memakai KTP ibu untuk kredit HP, semuanya sudah kami"
        " selesaikan. Tapi sekarang BPJS PBI ibu dinonaktifkan karena terdata punya pinjaman"
        " aktif.",
        None,
        False,
    ),
    # A culprit 'sudah divonis': the misuse is over.
    (
        "U-IDENTITY-MISUSE",
        "Pelakunya memakai KTP palsu dengan NIK saya dan sudah divonis, tapi Polres menolak"
        " menerbitkan SKCK saya karena NIK saya masih terkait perkara itu.",
        None,
        False,
    ),
    # A late husband's own loan ('pinjaman dia sendiri') is no misuse of anyone's identity.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Almarhum suami punya pinjaman di aplikasi (pinjaman dia sendiri). Penagih terus"
        " menelepon saya, padahal surat kematiannya belum keluar dari kelurahan.",
        None,
        False,
    ),
    # Collectors sending the reporter's card to an employer this morning.
    (
        "U-DATA-LEAK",
        "Penagih bilang saya menunggak, nomor kantor dijadikan kontak darurat. Pagi ini mereka"
        " kirim foto KTP saya ke WA atasan saya.",
        None,
        True,
    ),
    # A lookup page that shows strangers' records.
    (
        "U-DATA-LEAK",
        "Saya masukkan nomor registrasi di situs Disdukcapil, yang muncul malah data orang lain"
        " lengkap dengan NIK dan alamat. Tolong segera ditutup.",
        None,
        True,
    ),
    # A scam told as begun with papers sent long ago that 'masih terus' runs.
    (
        "U-IDENTITY-MISUSE",
        "Ada akun yang galang dana atas nama anak saya, pakai foto KK yang dulu saya kirim ke"
        " yayasan. Rekeningnya bukan milik kami dan hari ini masih terus dipromosikan.",
        None,
        True,
    ),
]
HOLDOUTS_JK: list[tuple[str, str, datetime | None, bool]] = [
    # A scam SMS that 'ngaku dari' the office: its deadline is the scammer's claim, hearsay.
    (
        "U-DEADLINE-IMMINENT",
        "Ada SMS ngaku dari DUKCAPIL PUSAT nyuruh klik link buat aktivasi IKD paling lambat"
        " hari ini. Sy belum klik apa2. Ini resmi atau penipuan?",
        None,
        False,
    ),
    # A report taken back as a misunderstanding ('ternyata salah paham').
    (
        "U-IDENTITY-MISUSE",
        "Tadi pagi sy lapor KTP sy dipake orang buat pinjam uang. Ternyata salah paham, itu"
        " pinjaman adik sy sendiri. Mohon laporan sy dibatalkan aja.",
        None,
        False,
    ),
    # Collectors 'nyariin bekas penyewa': someone else's debt.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Tiap minggu debt collector datang ke rumah sy nyariin bekas penyewa sy yg sudah pindah"
        " tahun lalu. Sy malu sama tetangga.",
        None,
        False,
    ),
    # Two weekdays that share the time told after the second ('Selasa & Jumat jam 7'): the Tuesday
    # after a Monday evening is the next dialysis.
    (
        "U-DEADLINE-IMMINENT",
        "Bapak sy pasien cuci darah rutin, jadwalnya tiap Selasa & Jumat jam 7 pagi. Tadi sore"
        " petugas BPJS bilang kepesertaan bapak nonaktif krn NIK tidak padan.",
        datetime(2025, 9, 8, 19, 40, tzinfo=WIB),
        True,
    ),
    # How long a condition has lasted ('gak bisa jalan sejak 2 tahun') is no wait.
    (
        "U-WAIT-FAR",
        "Terima kasih Disdukcapil, bapak sy yg stroke & gak bisa jalan sejak 2 tahun kemarin"
        " sudah direkam KTP-el di rumah. Petugasnya ramah.",
        None,
        False,
    ),
]
HOLDOUT_JM: list[tuple[str, str, datetime | None, bool]] = [
    # A beneficiary list posted 'lengkap dgn NIK', 'sudah di-share ratusan kali'.
    (
        "U-DATA-LEAK",
        "Akun FB resmi kelurahan posting daftar penerima BLT lengkap dgn NIK dan no KK. Sampai"
        " pagi ini postingan masih ada, sudah di-share ratusan kali.",
        None,
        True,
    ),
    # Credit applied for 'pakai verifikasi IKD sy' this morning.
    (
        "U-IDENTITY-MISUSE",
        "Tadi subuh masuk SMS OTP pengajuan kredit di aplikasi paylater pakai verifikasi IKD"
        " sy, salah satunya sdh disetujui.",
        None,
        True,
    ),
    # The reporter's own loan ('yg sy ajukan sendiri ... Jd bukan penyalahgunaan').
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Kemarin ada SMS tagihan pinjol, sy kira NIK sy dicuri. Ternyata itu pinjaman yg sy"
        " ajukan sendiri th 2023, sy lupa bayar cicilan terakhir. Jd bukan penyalahgunaan.",
        None,
        False,
    ),
    # Job hunting as a time clause ('waktu cari kerja') is no lost access.
    (
        "U-ACCESS-LOST",
        "Bisa gak NIK sy diblokir sementara? Fotokopi KTP sy sdh kemana-mana waktu cari kerja."
        " Belum ada kejadian sih.",
        None,
        False,
    ),
    # A plan told ('mau dikirim ke grup') is no leak yet.
    (
        "U-DATA-LEAK",
        "Sekolah minta fotokopi KK dan akta anak, katanya mau dikirim ke grup WA kelas utk"
        " pendataan. Boleh gak sy minta dikirim japri aja?",
        None,
        False,
    ),
    # A file sent by mistake and deleted: the staff's mishandling stays when the reporter asks for
    # 'pemeriksaan dan pembinaan staf' ...
    (
        "U-MISHANDLED-BY-STAFF",
        "Hari Kamis kemarin staf kelurahan salah kirim file data warga ke grup WA RW. Sdh"
        " dihapus 15 menit kemudian, tp mohon ada pemeriksaan dan pembinaan staf.",
        None,
        True,
    ),
    # ... and the leak itself is over ('Sdh dihapus') (guard).
    (
        "U-DATA-LEAK",
        "Hari Kamis kemarin staf kelurahan salah kirim file data warga ke grup WA RW. Sdh"
        " dihapus 15 menit kemudian, tp mohon ada pemeriksaan dan pembinaan staf.",
        None,
        False,
    ),
]
HOLDOUTS_PERSONAL_DATA_STAFF: list[tuple[str, str, datetime | None, bool]] = [
    # An original the counter cannot find ('berkas asli belum ketemu').
    (
        "U-FILE-LOST",
        "Saya serahkan akta kelahiran asli ke loket untuk perbaikan nama di KK. Waktu ambil KK"
        " baru, petugas bilang berkas asli belum ketemu.",
        None,
        True,
    ),
    # A threat to drop the reporter from aid lists unless the report is withdrawn.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Perangkat desa datang ke rumah, bilang kalau laporan tidak saya cabut, nama saya tidak"
        " dimasukkan lagi di daftar bantuan.",
        None,
        True,
    ),
    # Aid drawn by an official's circle ('kerabat kepala dusun').
    (
        "U-MISCONDUCT",
        "Nama almarhum ayah masih ada di daftar BLT desa. Yang ambil bantuannya tiap triwulan"
        " kerabat kepala dusun sendiri.",
        None,
        True,
    ),
    # Aid paid out to someone else after a pendamping changed the account.
    (
        "U-MISCONDUCT",
        "Rekening PKH di data NIK saya diganti atas permintaan pendamping, dan uang tahap Juli"
        " sudah dicairkan orang lain.",
        None,
        True,
    ),
    # A visitor's purpose read out over the loudspeaker.
    (
        "U-MISHANDLED-BY-STAFF",
        "Di ruang tunggu petugas memanggil saya lewat pengeras suara sambil membacakan"
        " keperluan saya, akta anak di luar nikah.",
        None,
        True,
    ),
    # Prints left on the front desk 'yang bisa dibaca siapa saja'.
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas meninggalkan tumpukan cetakan KK warga di meja depan yang bisa dibaca siapa saja.",
        None,
        True,
    ),
    # A finished card handed over with no record of who took it.
    (
        "U-MISHANDLED-BY-STAFF",
        "Kata petugas KTP saya sudah diambil keluarga, padahal saya tidak menyuruh siapa pun."
        " Petugas tidak mencatat siapa yang mengambil.",
        None,
        True,
    ),
    # A card legible in a photo posted by the office's account, since deleted: staff disclosure
    # (high) ...
    (
        "U-LEAK-BY-STAFF",
        "Akun resmi Disdukcapil mengunggah foto tumpukan KTP yang sudah jadi, KTP saya paling"
        " atas: NIK, alamat dan foto terbaca jelas. Foto itu dihapus tadi pagi, tapi saya minta"
        " petugas pengelola akun diperiksa.",
        None,
        True,
    ),
    # ... and no live leak (critical) (guard).
    (
        "U-DATA-LEAK",
        "Akun resmi Disdukcapil mengunggah foto tumpukan KTP yang sudah jadi, KTP saya paling"
        " atas: NIK, alamat dan foto terbaca jelas. Foto itu dihapus tadi pagi, tapi saya minta"
        " petugas pengelola akun diperiksa.",
        None,
        False,
    ),
    # A banner listing beneficiaries with their conditions, since taken down: staff disclosure ...
    (
        "U-LEAK-BY-STAFF",
        "Pemerintah desa memasang spanduk besar berisi daftar penerima bantuan disabilitas, ada"
        " keterangan ODGJ. Sekarang sudah diturunkan, tapi kami minta kepala desa diperiksa.",
        None,
        True,
    ),
    # ... and no live leak (guard).
    (
        "U-DATA-LEAK",
        "Pemerintah desa memasang spanduk besar berisi daftar penerima bantuan disabilitas, ada"
        " keterangan ODGJ. Sekarang sudah diturunkan, tapi kami minta kepala desa diperiksa.",
        None,
        False,
    ),
]
HOLDOUT_JN: list[tuple[str, str, datetime | None, bool]] = [
    # A child's birth certificate lost ('akta lahir anak hilang') is no missing child.
    (
        "U-SAFETY",
        "Sy korban gempa 2018, akta nikah dan akta lahir anak hilang waktu rumah roboh. Apakah"
        " masih bisa diurus lagi dan syaratnya apa?",
        None,
        False,
    ),
    # A penghayat told 'pilih jo satu agama' at the counter.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Sy penghayat kepercayaan, minta kolom agama di KTP diganti sesuai putusan MK, mar"
        " petugas loket bilang pilih jo satu agama.",
        None,
        True,
    ),
    # A status that has stayed 'diproses' for a month is a pending file.
    (
        "U-WAIT-FAR",
        "KIA anak sy diajukan online lewat aplikasi tgl 3 Januari 2026, semua syarat sdh"
        " terupload, statusnya dari kemarin2 tetap 'diproses'. Mohon dicek.",
        datetime(2026, 2, 4, 7, 5, tzinfo=WIB),
        True,
    ),
    # A status changed from an operator's account 'tanpa dokumen dasar'.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Status sy di KK tertulis kawin padahal blm pernah menikah. Petugas dinas bilang"
        " perubahan itu diinput dari akun operator kecamatan tanpa dokumen dasar.",
        None,
        True,
    ),
]
HOLDOUT_JO: list[tuple[str, str, datetime | None, bool]] = [
    # A card and selfie 'dipakai akun IG' of a scam, still active.
    (
        "U-IDENTITY-MISUSE",
        "Foto KTP sy plus foto selfie sy dipakai akun IG 'admin investasi emas' sbg bukti admin"
        " terpercaya. Akunnya msh aktif sampai skrg.",
        None,
        True,
    ),
    # A digital ID logged in 'di perangkat baru padahal HP sy cuma 1'.
    (
        "U-IDENTITY-MISUSE",
        "Jam 6 pagi td ada notif email akun IKD anda login di perangkat baru padahal HP sy cuma"
        " 1. Skrg IKD di HP sy ke-logout.",
        None,
        True,
    ),
    # Paylater bills for goods 'yg gk pernah kami beli'.
    (
        "U-IDENTITY-MISUSE",
        "Suami sy dpt tagihan paylater utk belanja HP yg gk pernah kami beli, padahal suami gk"
        " pernah aktifin paylater. Tadi siang masih ada transaksi masuk.",
        None,
        True,
    ),
    # 'spy' reads as 'supaya': the closing is asked for, so the misuse goes on.
    (
        "U-IDENTITY-MISUSE",
        "Ada rekening atas nama & NIK sy yg dipake nampung duit judi online, msh aktif smp hari"
        " ini. Mohon bantu koordinasi ke bank spy rekening itu diblokir.",
        None,
        True,
    ),
    # A passing thought ('dikira dipake org') is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Daftar antrean online muncul 'NIK sudah terdaftar' padahal sy blm pernah daftar."
        " Sempat panik dikira dipake org, ternyata akun itu dibuat petugas waktu perekaman di"
        " sekolah.",
        None,
        False,
    ),
    # Collectors of 'utang mantan suami' seek someone else's debt.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Status sy di KTP msh kawin padahal sdh cerai sejak 2023. Gara2 itu debt collector"
        " utang mantan suami ngejar2 sy terus.",
        None,
        False,
    ),
    # A fear ('Takutnya data warga bocor') is no leak.
    (
        "U-DATA-LEAK",
        "Website cek status dokumen Disdukcapil error sejak Jumat. Ini gangguan biasa atau"
        " diretas? Takutnya data warga bocor.",
        None,
        False,
    ),
    # 'Sy emang pinjam': the reporter's own loans.
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Sy emang pinjam di 2 aplikasi pinjol, tp bunganya gila2an & DC nya terus nagih. Bisa"
        " gk NIK sy diblokir?",
        None,
        False,
    ),
    # A file recalled 'udh ditarik 5 menit kemudian', 'sejauh ini aman'.
    (
        "U-DATA-LEAK",
        "HRD kantor salah kirim file data karyawan ke grup WA, udh ditarik 5 menit kemudian."
        " Sejauh ini aman2 aja.",
        None,
        False,
    ),
]
HOLDOUT_JO_2: list[tuple[str, str, datetime | None, bool]] = [
    # A request for someone else's data tells that person's story ('udh 10 thn gk ada kabar'): no
    # complaint of the reporter's.
    (
        "U-SERVICE-COMPLAINT",
        "Sy mau cari kakak kandung sy yg udh 10 thn gk ada kabar. Ibu kami sakit & pengen"
        " ketemu. Bisa dibantu cari alamatnya dr data kependudukan?",
        None,
        False,
    ),
    # 'Tolong cek alamat asli/kampung halamannya' of a tenant.
    (
        "T-REQUEST",
        "Penyewa sy kabur nunggak 5 bulan, dulu cuma kasih fotokopi KTP. Tolong cek alamat"
        " asli/kampung halamannya biar sy bisa tagih.",
        None,
        True,
    ),
    # 'Mohon bantuan data lengkap (alamat, KK, foto) a.n. ...'.
    (
        "T-REQUEST",
        "Sy anggota Reskrim Polsek. Mohon bantuan data lengkap (alamat, KK, foto) a.n. Hendra"
        " Gunawan utk penyelidikan kasus penipuan.",
        None,
        True,
    ),
    # 'Mohon dibantu alamat terkini' of a debtor.
    (
        "T-REQUEST",
        "Kami dari perusahaan jasa penagihan. Mohon dibantu alamat terkini nasabah kami a.n."
        " Yudi Prasetyo.",
        None,
        True,
    ),
    # A card posted to a neighbour's address by a staff typo is mishandling ...
    (
        "U-MISHANDLED-BY-STAFF",
        "KK baru saya dikirim lewat pos ke alamat tetangga karena petugas salah mengetik nomor"
        " rumah. Tetangga membuka amplopnya.",
        None,
        True,
    ),
    # ... and no request for the neighbour's data.
    (
        "T-REQUEST",
        "KK baru saya dikirim lewat pos ke alamat tetangga karena petugas salah mengetik nomor"
        " rumah. Tetangga membuka amplopnya.",
        None,
        False,
    ),
]
UNDER_TRIAGE_SWEEP: list[tuple[str, str, datetime | None, bool]] = [
    # A confused man found alone who 'tidak ingat nama dan rumahnya' is at risk now.
    (
        "U-SAFETY",
        "Sejak kemarin sore ada bapak tua duduk di pos ronda kampung kami, bingung, tidak ingat"
        " nama dan rumahnya, bajunya basah.",
        None,
        True,
    ),
    # ... and one with no identity whom a hospital must treat now.
    (
        "U-LIFE-HEALTH",
        "Kami temukan kakek kebingungan dan lemas, tidak ingat nama dan alamat. Dokter bilang"
        " perlu dirawat dan mungkin operasi, tapi admin RS menanyakan identitasnya.",
        None,
        True,
    ),
    # A stranger in the family card: 'Siapa yang memasukkan dia ke KK saya?'.
    (
        "U-MISCONDUCT",
        "Di KK saya ada anggota keluarga baru bernama Agus Prasetyo, status famili lain. Saya"
        " tidak kenal orang ini. Siapa yang memasukkan dia ke KK saya?",
        None,
        True,
    ),
    # 'Petugas siapa yang memberikannya?' of a printout in someone else's hands.
    (
        "U-MISHANDLED-BY-STAFF",
        "Kakak ipar menunjukkan fotokopi KK dan biodata saya yang dicetak dari Disdukcapil di"
        " mediasi warisan. Petugas siapa yang memberikannya?",
        None,
        True,
    ),
    # A copy handed to an ex-husband without a mandate.
    (
        "U-MISHANDLED-BY-STAFF",
        "Mantan suami minta fotokopi KK saya di kelurahan tanpa surat kuasa. Petugas pelayanan"
        " langsung memberikan fotokopi KK terbaru lengkap dengan alamat baru saya.",
        None,
        True,
    ),
    # Snacks wrapped in residents' family cards thrown out by staff.
    (
        "U-MISHANDLED-BY-STAFF",
        "Beli gorengan dekat kantor kecamatan, ternyata bungkusnya fotokopi KK warga lengkap"
        " dengan NIK. Kata penjual, kertasnya arsip yang dibuang petugas kecamatan.",
        None,
        True,
    ),
    # Originals 'tidak dikembalikan', 'tidak pernah ada serah terima'.
    (
        "U-FILE-LOST",
        "Buku nikah asli yang diminta petugas untuk dicocokkan tidak dikembalikan. Petugas lain"
        " bilang tidak pernah ada serah terima.",
        None,
        True,
    ),
    # A finished card held back 'baru diserahkan setelah' an unrelated tax is paid.
    (
        "U-MISCONDUCT-BY-STAFF",
        "KTP baru saya sudah di kantor desa, tapi kata sekdes KTP baru diserahkan setelah saya"
        " lunasi tunggakan PBB.",
        None,
        True,
    ),
    # A beneficiary list pinned 'di papan pengumuman ... lengkap dengan NIK'.
    (
        "U-LEAK-BY-STAFF",
        "Kantor desa menempel daftar penerima BLT di papan pengumuman depan kantor, lengkap"
        " dengan NIK dan nomor KK. Saya minta perangkat desa itu ditegur.",
        None,
        True,
    ),
]
HOLDOUT_JQ: list[tuple[str, str, datetime | None, bool]] = [
    # 'gimana caranya NIK saya gak dipake lagi' is a goal, not a denial of the misuse.
    (
        "U-IDENTITY-MISUSE",
        "DC 3 aplikasi pinjol nelpon terus padahal saya gak pernah pinjem. Hari ini mereka"
        " ngancem nyebar foto saya. Gimana caranya NIK saya gak dipake lagi?",
        None,
        True,
    ),
    # Jakarta's school aid (KJP) lost to a NIK 'dinonaktifin'.
    (
        "U-ACCESS-LOST",
        "Anak aye KJP Plus-nya kagak cair bulan ini, kata sekolah NIK aye udeh dinonaktifin"
        " Dukcapil krn kagak domisili di alamat KK.",
        None,
        True,
    ),
    # A clerk's threat 'gak saya proses'.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas di loket malah bentak saya, bilang 'lapor aja sana, nanti berkas ibu gak saya"
        " proses selamanya'.",
        None,
        True,
    ),
    # Originals 'gak tau ditaruh di mana'.
    (
        "U-FILE-LOST",
        "Buku nikah asli saya ditahan petugas kelurahan buat verifikasi, sekarang katanya"
        " hilang, petugasnya gak tau ditaruh di mana.",
        None,
        True,
    ),
    # A bedridden mother's BPJS to be 'dinonaktifin' for want of a KTP-el.
    (
        "U-VULNERABLE",
        "Emak aye udeh 84 taun, stroke, cuma bisa tiduran. Kata puskesmas BPJS-nya bakal"
        " dinonaktifin kalo kagak rekam KTP-el.",
        None,
        True,
    ),
    # A card lost during a past stay in hospital puts no one in care now.
    (
        "U-LIFE-HEALTH",
        "KTP-el bapak hilang waktu dirawat di RS bulan lalu, sekarang Taspen minta KTP asli,"
        " pensiun 2 bulan ini gak bisa diambil.",
        None,
        False,
    ),
    # One NIK 'terdaftar atas 2 orang' is a duplicate record, not misuse.
    (
        "U-IDENTITY-MISUSE",
        "Pas daftar BPJS Ketenagakerjaan saya ditolak karena NIK saya terdaftar atas 2 orang"
        " (nama beda, tanggal lahir beda).",
        None,
        False,
    ),
]
HOLDOUT_JP: list[tuple[str, str, datetime | None, bool]] = [
    # A number the reporter 'daftarkan sendiri': no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Kemarin sy lapor NIK sy dipakai orang buat daftar kartu SIM. Ternyata nomor itu nomor"
        " yg dulu sy daftarkan sendiri buat modem. Laporan sy cabut ya.",
        None,
        False,
    ),
    # A body that 'bisa berangkat pagi itu juga': the burial was not blocked.
    (
        "U-BURIAL",
        "Makasih petugas piket Disdukcapil. Sabtu malam ayah meninggal dan jenazah harus"
        " diterbangkan, maskapai minta surat kematian. Subuhnya dokumen sdh jadi dan jenazah"
        " bisa berangkat pagi itu juga.",
        None,
        False,
    ),
    # A patient operated on 'dan sdh stabil'.
    (
        "U-LIFE-HEALTH-DOCUMENT",
        "Kemarin sore bapak sy sempat ditolak pendaftaran di RS krn KTP fisiknya ketinggalan."
        " Akhirnya diterima, bapak sdh dioperasi usus buntu dan sdh stabil.",
        None,
        False,
    ),
    # Insulin 'tinggal cukup buat suntikan malam ini' and BPJS refused.
    (
        "U-LIFE-HEALTH-NOW",
        "Bapak sy diabetes tipe 1, tiap hari hrs suntik insulin. Stok insulinnya tinggal cukup"
        " buat suntikan malam ini aja. Td sore ke apotek RS, ditolak krn BPJS bapak statusnya"
        " NIK tidak ditemukan.",
        None,
        True,
    ),
    # Oxygen 'tabungnya tinggal' a few hours and BPJS refused.
    (
        "U-LIFE-HEALTH-NOW",
        "Ibu sy pasien PPOK, pakai oksigen di rumah. Tabungnya tinggal kira2 cukup 5-6 jam"
        " lagi. BPJS ibu statusnya nonaktif krn NIK tidak valid, depot oksigen minta jaminan"
        " tunai.",
        None,
        True,
    ),
    # 'alamat terbaru mantan suami' is someone else's data.
    (
        "T-REQUEST",
        "Sy mau minta alamat terbaru mantan suami sy buat gugatan nafkah anak ke pengadilan.",
        None,
        True,
    ),
    # A date a flood struck ('kena banjir bulan Februari') starts no wait.
    (
        "U-WAIT-FAR",
        "Rumah sy di Demak kena banjir bulan Februari, KK dan akta anak2 hanyut semua. Bantuan"
        " sdh kami terima, skrg kondisi sdh normal. Mau tanya, utk cetak ulang KK dan akta yg"
        " hanyut itu syaratnya apa aja, perlu surat kehilangan dari polisi gk?",
        datetime(2025, 5, 27, 10, 0, tzinfo=WIB),
        False,
    ),
    # A staff disclosure settled, with 'petugas itu harusnya diberi sanksi'.
    (
        "U-LEAK-BY-STAFF",
        "Bulan Februari lalu petugas pelayanan di kelurahan ngasih fotokopi KK sy ke tetangga"
        " yg lagi sengketa sama sy, tanpa izin sy. Sengketanya sdh selesai damai bulan Maret"
        " dan fotokopinya sdh dikembalikan. Tp petugas itu harusnya diberi sanksi supaya gk"
        " terulang.",
        None,
        True,
    ),
    # A stranger 'tercatat di KK sy sbg famili lain' is a record to fix (and staff misconduct),
    # not misuse.
    (
        "U-IDENTITY-MISUSE",
        "Waktu cetak KK baru, ada 1 nama yg gk sy kenal tercatat di KK sy sbg famili lain. Sy"
        " gk pernah ngajuin. Kata operator itu titipan biar anak itu bisa daftar SMP.",
        None,
        False,
    ),
]
THREATS_AGAINST_COMPLAINING: list[tuple[str, str, datetime | None, bool]] = [
    # A threat against complaining told as a condition ('Kalau lapor-lapor, berkas Ibu saya taruh
    # paling bawah').
    (
        "U-MISCONDUCT-BY-STAFF",
        "Waktu saya protes antrean diserobot, petugas loket bilang 'Ibu mau KTP-nya jadi atau"
        " tidak? Kalau lapor-lapor, berkas Ibu saya taruh paling bawah.'",
        None,
        True,
    ),
    # ... told by an official not named by a staff word.
    (
        "U-MISCONDUCT",
        "Kemarin saya dipanggil ke ruang kepala seksi dan dimarahi, katanya kalau lapor-lapor"
        " lagi berkas saya ditaruh paling bawah.",
        None,
        True,
    ),
    # An official who 'ngajak jalan' for a faster card.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas perekaman minta nomor WA saya 'untuk info KTP', lalu malamnya chat pribadi"
        " ngajak jalan dan bilang KTP saya bisa cepat kalau saya mau.",
        None,
        True,
    ),
    # Blank forms to sign ('formulir kosong').
    (
        "U-MISCONDUCT-BY-STAFF",
        "Saat perekaman KTP-el, petugas meminta saya menandatangani tiga lembar formulir"
        " kosong, katanya untuk cadangan kalau gagal.",
        None,
        True,
    ),
    # Hearsay about a fee stays hearsay when 'lapor' follows it (guard).
    (
        "U-PAYMENT-OR-THREAT",
        "Di kampung kami ada yang bilang telat lapor akta harus bayar ratusan ribu. Benar begitu?",
        None,
        False,
    ),
]
HOLDOUTS_JR_JS: list[tuple[str, str, datetime | None, bool]] = [
    # A NIK put in another family's card and 'dipakai mencairkan' aid that 'masih jalan'.
    (
        "U-IDENTITY-MISUSE",
        "NIK sy dimasukkan ke KK orang lain oleh Kaur desa, dan KK itu yg dipakai mencairkan"
        " BPNT atas nama sy sejak awal tahun. Pencairan bulan depan katanya masih jalan.",
        None,
        True,
    ),
    # An applicant's looks mocked at the counter ('mengomentari penampilan').
    (
        "U-MISCONDUCT-BY-STAFF",
        "Waktu antre, petugas membacakan nama lama sy lewat pengeras suara dan mengomentari"
        " penampilan sy di depan puluhan org.",
        None,
        True,
    ),
    # An age told after a condition ('autis 5 th') is no wait ...
    (
        "U-VULNERABLE",
        "Anak sy autis 5 th, jarang keluar rumah. Perlu gk sih dibikinin KIA? Buat apa aja KIA"
        " itu?",
        None,
        False,
    ),
    # ... nor how long a condition has lasted ('sdh 2 thn stroke').
    (
        "U-WAIT-FAR",
        "Ibu sy umur 78, sdh 2 thn stroke cm bisa tiduran di kasur. Kami mau ganti alamat di"
        " KTP & KK, apa petugas bisa dtg ke rumah?",
        None,
        False,
    ),
    # Enrolment that closes 'besok jam 12' with an office named in between.
    (
        "U-DEADLINE-IMMINENT",
        "Pendaftaran SLB negeri di Kota Tangerang tutup besok jam 12 siang, syaratnya KK yg sdh"
        " ada nama anak sy. Perubahan KK sdh diajukan, blm keluar.",
        None,
        True,
    ),
    # Survivors of trafficking ('penyintas TPPO') asking for a procedure are in no danger now.
    (
        "U-SAFETY",
        "Kami pendamping penyintas TPPO yg pulang dari Malaysia tanpa dokumen apa pun."
        " Bagaimana prosedur agar mereka bisa dapat KTP-el lagi?",
        None,
        False,
    ),
]
HOLDOUT_JR: list[tuple[str, str, datetime | None, bool]] = [
    # Bulk and institutional requests for residents' data: 'memberikan daftar nama, NIK dan
    # alamat' ...
    (
        "T-REQUEST",
        "Kami dari LSM, mohon Dukcapil memberikan daftar nama, NIK dan alamat penyandang"
        " disabilitas di kecamatan kami supaya bantuan tepat sasaran.",
        None,
        True,
    ),
    # ... 'daftar nama lengkap, NIK ... semua warga' ...
    (
        "T-REQUEST",
        "Utk pembentukan koperasi desa kami mohon daftar nama lengkap, NIK dan pekerjaan warga"
        " desa dalam bentuk Excel.",
        None,
        True,
    ),
    # ... 'data individu (nama, NIK, alamat)'.
    (
        "T-REQUEST",
        "Utk penelitian kami mohon data individu (nama, NIK, alamat) perempuan usia 15-49 di"
        " kelurahan ini.",
        None,
        True,
    ),
    # A police request for 'data KK dan alamat lengkap terlapor'.
    (
        "T-REQUEST",
        "Sy penyidik Polsek. Mohon bantuan data KK dan alamat lengkap terlapor a.n. Sultan"
        " Mahmud, dikirim ke WA sy.",
        None,
        True,
    ),
    # A partner's marital status ('dicek status perkawinan di datanya').
    (
        "T-REQUEST",
        "Sy mau nikah sama pacar sy. Dia bilang belum kawin tapi ada yg bilang pernah nikah."
        " Bisa tolong dicek status perkawinan di datanya?",
        None,
        True,
    ),
]
DEADLINES_WITH_NOTHING_IN_THE_WAY: list[tuple[str, str, datetime | None, bool]] = [
    # A wedding tomorrow with a question about the step after it ('ganti KTP setelah menikah') ...
    (
        "U-DEADLINE-IMMINENT",
        "Besok Sabtu akad nikah saya. Status di KTP saya masih belum kawin. Apakah harus"
        " langsung ganti KTP setelah menikah, syaratnya apa?",
        None,
        False,
    ),
    # ... 'apakah setelah akad KK harus langsung diganti?' ...
    (
        "U-DEADLINE-IMMINENT",
        "Pernikahan saya Sabtu besok. Apakah setelah akad KK harus langsung diganti hari itu"
        " juga? Takut kena denda.",
        None,
        False,
    ),
    # ... 'Setelah menikah wajib ganti status?' ...
    (
        "U-DEADLINE-IMMINENT",
        "Besok saya menikah. Setelah menikah wajib ganti status di KTP? Ada batas waktunya?",
        None,
        False,
    ),
    # A trip tomorrow with the card 'sudah jadi tadi siang'.
    (
        "U-DEADLINE-IMMINENT",
        "Terima kasih Dukcapil, KTP-el WNA suami saya sudah jadi tadi siang. Besok kami"
        " berangkat ke Jepang dengan tenang.",
        None,
        False,
    ),
    # Enrolment tomorrow with 'KK dan akta anak sudah lengkap'.
    (
        "U-DEADLINE-IMMINENT",
        "Besok pagi pendaftaran SD hari pertama. KK dan akta anak sudah lengkap. Fotokopi"
        " KK-nya harus dilegalisir atau cukup yang asli?",
        None,
        False,
    ),
    # A wedding tomorrow with 'berkas KUA sudah beres'.
    (
        "U-DEADLINE-IMMINENT",
        "Besok saya akad nikah, semua berkas KUA sudah beres dan diterima. Setelah nikah KK"
        " baru diurus di mana?",
        None,
        False,
    ),
    # A wedding tomorrow refused by the KUA stays critical (guard).
    (
        "U-DEADLINE-IMMINENT",
        "Besok akad nikah saya, tapi KUA menolak berkas karena status di KTP saya masih kawin"
        " padahal sudah cerai. Mohon dibantu.",
        None,
        True,
    ),
]
HOLDOUT_JU: list[tuple[str, str, datetime | None, bool]] = [
    # Minang: paylater 'ambo indak pernah daftar', 'atas namo ambo', 'masih jalan'; 'supayo ...'
    # is a goal.
    (
        "U-IDENTITY-MISUSE",
        "Ambo indak pernah daftar paylater, tapi kini ado tagihan atas namo ambo. Transaksinyo"
        " masih jalan. Baa caronyo supayo NIK ambo indak dipakai urang lai?",
        None,
        True,
    ),
    # A billboard 'isinya daftar penerima' with NIKs, 'masih terpasang'.
    (
        "U-DATA-LEAK",
        "Kades memasang baliho besar di depan kantor desa isinya daftar penerima BLT lengkap"
        " dengan NIK dan nomor KK. Sampai hari ini masih terpasang.",
        None,
        True,
    ),
    # Sundanese: 'NIK abdi kadaptar kanggo 11 nomer', 'masih aktip'.
    (
        "U-IDENTITY-MISUSE",
        "Kamari abdi ngecek, NIK abdi kadaptar kanggo 11 nomer kartu, padahal abdi ngan gaduh"
        " hiji. Nomer-nomer eta masih aktip keneh.",
        None,
        True,
    ),
    # A car registered 'atas nama sa'.
    (
        "U-IDENTITY-MISUSE",
        "Sa dapat surat tilang, mobil atas nama sa pake sa pu NIK. Sa tra pernah punya mobil."
        " Bulan ini su 3 kali surat tilang datang.",
        None,
        True,
    ),
    # Staff who 'mengaku memberikan karena' someone said 'keluarga'.
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas loket mengaku memberikan karena ipar saya bilang keluarga, padahal kami beda"
        " KK. Fotokopi KK saya dia bawa tanpa surat kuasa.",
        None,
        True,
    ),
    # A family card 'ternyata diberikan ke keluarga itu'.
    (
        "U-MISHANDLED-BY-STAFF",
        "Waktu dibuka di rumah, yang diberikan kantor camat KK keluarga lain. KK saya sendiri"
        " ternyata diberikan ke keluarga itu. Petugasnya santai saja.",
        None,
        True,
    ),
    # A worry ('was-was dipake orang').
    (
        "U-IDENTITY-MISUSE",
        "Antrean online buat lapor KTP hilang selalu penuh. KTP saya ilang seminggu lalu dan"
        " saya was-was dipake orang.",
        None,
        False,
    ),
    # A card used by a relative with permission ('waktu itu saya izinkan').
    (
        "U-IDENTITY-MISUSE",
        "Adik pakai KTP saya untuk daftar dompet digital, waktu itu saya izinkan. Sekarang dia"
        " sudah punya KTP sendiri, akunnya mau dipindah.",
        None,
        False,
    ),
    # A failed attempt ('rekening tidak jadi dibuka').
    (
        "U-IDENTITY-MISUSE",
        "Bank telepon, ada orang coba buka rekening pakai foto KTP saya tapi gagal verifikasi"
        " wajah, jadi rekening tidak jadi dibuka.",
        None,
        False,
    ),
]
NO_MISUSE_TOLD: list[tuple[str, str, datetime | None, bool]] = [
    # Nothing has come ('tidak pernah pinjam dan tidak pernah ditagih').
    (
        "U-IDENTITY-MISUSE",
        "Bisakah Dukcapil menghapus data saya dari aplikasi pinjol? Saya tidak pernah pinjam"
        " dan tidak pernah ditagih, tapi sering dengar data KTP bisa dipakai mereka.",
        None,
        False,
    ),
    # A check asked for ('dipakai orang atau tidak').
    (
        "U-IDENTITY-MISUSE",
        "Menu cek NIK di situs Dukcapil kok hilang? Sekarang ngecek NIK saya dipakai orang atau"
        " tidak lewat mana?",
        None,
        False,
    ),
    # A suspicion ('saya curiga data saya dipakai').
    (
        "U-IDENTITY-MISUSE",
        "Tanggal 15 Juni saya mengajukan permohonan tertulis untuk mengetahui lembaga mana saja"
        " yang pernah mengakses data NIK saya, karena saya curiga data saya dipakai diam-diam."
        " Sudah tiga minggu tidak ada jawaban.",
        None,
        False,
    ),
    # A card lent with permission ('saya izinkan adik saya').
    (
        "U-IDENTITY-MISUSE",
        "Tahun lalu saya izinkan adik saya pakai KTP saya untuk kredit motor. Sekarang"
        " cicilannya macet dan penagih menelepon saya terus.",
        None,
        False,
    ),
]
CARE_THAT_WENT_AHEAD: list[tuple[str, str, datetime | None, bool]] = [
    # Care that went ahead ('operasi ... bisa jalan') ...
    (
        "U-LIFE-HEALTH",
        "Alhamdulillah minggu lalu operasi ayah saya bisa jalan pakai BPJS setelah dibantu"
        " petugas. Sekarang tinggal nama ayah di KK yang salah ketik.",
        None,
        False,
    ),
    # ... and dialysis resumed ('sudah cuci darah lagi').
    (
        "U-LIFE-HEALTH-DOCUMENT",
        "Minggu lalu ibu saya sempat ditolak cuci darah karena BPJS bermasalah, tapi besoknya"
        " sudah aktif dan ibu sudah cuci darah lagi seperti biasa. Yang tersisa RT di KK salah.",
        None,
        False,
    ),
]
NO_LEAK_TOLD: list[tuple[str, str, datetime | None, bool]] = [
    # News read ('membaca berita soal ... katanya dijual').
    (
        "U-DATA-LEAK",
        "Saya membaca berita soal jutaan data penduduk yang katanya dijual di forum internet."
        " Bagaimana Dukcapil memastikan data warga aman?",
        None,
        False,
    ),
    # A goal ('supaya tidak usah kasih fotokopi KTP').
    (
        "U-DATA-LEAK",
        "IKD di HP saya selalu muncul 'NIK tidak ditemukan'. Saya mau pakai IKD supaya tidak"
        " usah kasih fotokopi KTP ke mana-mana.",
        None,
        False,
    ),
    # A safeguard suggested ('cara memberi watermark').
    (
        "U-DATA-LEAK",
        "Saran: tolong sosialisasikan cara memberi watermark di foto KTP. Banyak tetangga saya"
        " kirim foto KTP polos ke grup WA arisan.",
        None,
        False,
    ),
    # A topic in the air ('rame kebocoran data').
    (
        "U-DATA-LEAK",
        "Gara-gara rame kebocoran data, saya mau pakai IKD saja. Tapi setiap scan QR aktivasi"
        " muncul tulisan NIK tidak ditemukan.",
        None,
        False,
    ),
]
HOLDOUT_JT: list[tuple[str, str, datetime | None, bool]] = [
    # A rhetorical question about a waiting room ('Mau bikin warga pingsan???').
    (
        "U-LIFE-HEALTH-NOW",
        "Ruang tunggu panasnya kayak neraka, AC mati, kursi kurang. Mau bikin warga pingsan???"
        " Tolong diperbaiki fasilitasnya.",
        None,
        False,
    ),
    # A faint told as over ('udh baikan').
    (
        "U-LIFE-HEALTH",
        "Saran: tolong dibuat loket prioritas utk lansia & ibu hamil. Minggu lalu sy lihat ada"
        " nenek2 pingsan di antrean krn nunggu dari subuh, untung langsung ditolong petugas dan"
        " udh baikan.",
        None,
        False,
    ),
    # A burial done abroad long ago ('jenazah dimakamkan di sana').
    (
        "U-BURIAL",
        "Mertua sy meninggal di Malaysia 2 tahun lalu, jenazah dimakamkan di sana. Sampai skrg"
        " belum urus akta kematian. Masih bisa dibuat?",
        None,
        False,
    ),
    # A workmate's story ('Teman kantor sy katanya').
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Teman kantor sy katanya KTP-nya dipakai orang buat kredit motor, skrg dia ditagih"
        " leasing. Sy jadi was2.",
        None,
        False,
    ),
    # A neighbour's identity in doubt ('curiga tetangga').
    (
        "U-IDENTITY-MISUSE",
        "Sy curiga tetangga baru sy pakai identitas palsu. Tolong cek NIK yg dia kasih ke RT,"
        " benar punya dia atau bukan?",
        None,
        False,
    ),
    # A confused man held 'di ruang piket' for want of identity.
    (
        "U-SAFETY",
        "Bapak sy (78 th, pikun) ditemukan dan sekarang ditahan di ruang piket Polresta, polisi"
        " gak mau serahkan sebelum ada bukti identitas.",
        None,
        True,
    ),
]
HOLDOUT_JX: list[tuple[str, str, datetime | None, bool]] = [
    # A viral video of someone else's patient.
    (
        "U-LIFE-HEALTH-NOW",
        "Viral video pasien ditolak RS krn blm punya NIK di kabupaten tetangga. Saran sy"
        " Dukcapil buka pos layanan di tiap RSUD yg buka 24 jam.",
        None,
        False,
    ),
    # A survivor whose abuser 'sdh dipenjara' asking a precaution.
    (
        "U-SAFETY",
        "Sy korban KDRT, sdh cerai thn 2022 & mantan suami sdh dipenjara. Apa alamat di KTP"
        " bisa ditulis alamat shelter aja? Buat jaga2 aja.",
        None,
        False,
    ),
    # A body that 'sdh tiba & dimakamkan'.
    (
        "U-BURIAL",
        "Jenazah kakak sy yg meninggal di Malaysia sdh tiba & dimakamkan Sabtu lalu, terima"
        " kasih bantuannya. Skrg mau urus akta kematian, caranya gimana?",
        None,
        False,
    ),
    # A wedding tomorrow with a question about the step after it ('Sesudah nikah ngurusnya ke
    # mana?').
    (
        "U-DEADLINE-IMMINENT",
        "Besok sy akad nikah di KUA, KTP sy masih status belum kawin. Nanti hrs diganti ya?"
        " Sesudah nikah ngurusnya ke mana, bawa apa aja?",
        None,
        False,
    ),
    # A fear after a rumour ('Sy takut data sy dijual org').
    (
        "U-DATA-LEAK",
        "Denger2 data Dukcapil bocor lagi ya? Sy takut data sy dijual org. Apa ada cara cek?",
        None,
        False,
    ),
    # Mobile banking taken over ('ganti nomor HP m-banking') while the balance drains.
    (
        "U-IDENTITY-MISUSE",
        "Ini sy lg di depan ATM, saldo rekening sy tinggal 37rb padahal td pagi msh 8 jt. Di"
        " mutasi ada transfer kecil2 tiap bbrp menit ke rekening lain, msh jalan terus. CS bank"
        " bilang ada org ganti nomor HP m-banking sy pakai fotokopi KTP & KK sy di kantor"
        " cabang lain kmrn.",
        None,
        True,
    ),
]
HOLDOUT_JV: list[tuple[str, str, datetime | None, bool]] = [
    # Krama: a death letter 'dereng dipun paringaken' eleven days on.
    (
        "U-WAIT-FAR",
        "Bapak kulo seda tanggal 27 April. Senin 28 April kulo sampun nyuwun surat keterangan"
        " kematian ten kelurahan, syarat lengkap. Dugi dinten niki dereng dipun paringaken.",
        datetime(2025, 5, 9, 15, 10, tzinfo=WIB),
        True,
    ),
    # Krama: a penghayat 'dipeksa milih' a religion.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Petugas loket mboten purun ngisi kolom Kepercayaan, kulo dipeksa milih salah"
        " satunggaling agama.",
        None,
        True,
    ),
    # Krama: a fee 'dipun suwuni Rp50.000' without a receipt.
    (
        "U-MISCONDUCT",
        "Ten rekam KTP-el kolektif ten kecamatan, warga kulo dipun suwuni Rp50.000 per tiyang."
        " Kuitansi mboten dipun paringi.",
        None,
        True,
    ),
    # Cards released only when dues are paid ('baru boleh ambil kalau bayar').
    (
        "U-MISCONDUCT-BY-STAFF",
        "Pak Kadus menahan KK warga yg sdh jadi dari dinas. Warga baru boleh ambil kalau bayar"
        " iuran kebersihan yg nunggak.",
        None,
        True,
    ),
    # Banyumasan: 'NIK kuwe duweke sapa?'.
    (
        "T-REQUEST",
        "Inyong arep takon, kiye NIK 3399061204850003 kuwe duweke sapa ya? Tangga inyong nyilih"
        " duit.",
        None,
        True,
    ),
    # 'minta alamat terbaru atas nama ...'.
    (
        "T-REQUEST",
        "Sy mau minta alamat terbaru atas nama Wahyu Setiawan, dia pinjam uang lalu pindah.",
        None,
        True,
    ),
    # An employer's 'verifikasi keaslian NIK' of applicants.
    (
        "T-REQUEST",
        "Kami HRD pabrik. Mohon bantuan verifikasi keaslian NIK 3 pelamar kerja kami.",
        None,
        True,
    ),
]
AID_WITHHELD_FOR_A_CARD: list[tuple[str, str, datetime | None, bool]] = [
    # Aid that 'tidak bisa diberikan tanpa KTP-el' to a blind wheelchair user.
    (
        "U-VULNERABLE",
        "Kakak saya tunanetra dan memakai kursi roda, KTP-el-nya belum pernah direkam. Dinas"
        " Sosial bilang bantuan disabilitas tidak bisa diberikan tanpa KTP-el.",
        None,
        True,
    ),
]
HOLDOUT_JY: list[tuple[str, str, datetime | None, bool]] = [
    # The reporter's own loans ('Sy memang pernah pinjam').
    (
        "U-IDENTITY-MISUSE-ONGOING",
        "Min tolong blokir NIK sy dr semua pinjol. Sy memang pernah pinjam di 2 aplikasi bulan"
        " Januari, tp DC nya kasar2 dan terus nagih.",
        None,
        False,
    ),
    # 'memang sy sendiri yg daftar'.
    (
        "U-IDENTITY-MISUSE",
        "Kmrn sy kaget ada tagihan 900rb dr aplikasi kredit HP, sy kira NIK sy dipake org."
        " Ternyata pas cek email, memang sy sendiri yg daftar 2 thn lalu.",
        None,
        False,
    ),
    # A fake shop 'sdh ditutup pihak marketplace'.
    (
        "U-IDENTITY-MISUSE",
        "Toko online di marketplace yg pake nama dan foto KTP sy sdh ditutup pihak marketplace"
        " tgl 10 kemarin, dana pembeli jg sdh dikembalikan.",
        None,
        False,
    ),
    # A NIK 'tercatat sbg anggota salah satu partai' never joined.
    (
        "U-IDENTITY-MISUSE",
        "Pas sy cek di info pemilu, NIK sy tercatat sbg anggota salah satu partai, sampai hari"
        " ini masih ada. Sy gk pernah daftar partai apa pun.",
        None,
        True,
    ),
    # A digital ID activated 'di perangkat baru, pdhl sy gk ganti HP'.
    (
        "U-IDENTITY-MISUSE",
        "Tadi malam sy dapat email 'Aktivasi IKD berhasil di perangkat baru', pdhl sy gk ganti"
        " HP. Skrg IKD di HP sy ke-logout.",
        None,
        True,
    ),
    # A child's card of another family 'dikasih petugas'.
    (
        "U-MISHANDLED-BY-STAFF",
        "Pas ambil KIA anak sy, sampai rumah baru sadar yg dikasih petugas ternyata KIA anak"
        " org lain, lengkap dgn alamatnya.",
        None,
        True,
    ),
    # An employer that 'mau verifikasi NIK' of its staff ...
    (
        "T-REQUEST",
        "Sy dari HRD, mau verifikasi NIK 120 karyawan baru. Boleh kami kirim file excel berisi"
        " nama dan NIK ke email dukcapil?",
        None,
        True,
    ),
    # ... and offers to send a file, which is no leak.
    (
        "U-DATA-LEAK",
        "Sy dari HRD, mau verifikasi NIK 120 karyawan baru. Boleh kami kirim file excel berisi"
        " nama dan NIK ke email dukcapil?",
        None,
        False,
    ),
]
THIRD_PARTY_STORIES_2026_12_183: list[tuple[str, str, datetime | None, bool]] = [
    # A request for someone else's address tells that person's story ('nomornya sdh tidak aktif');
    # nothing is blocked for the reporter.
    (
        "U-SERVICE-COMPLAINT",
        "Mohon bantuan, sy mau tahu alamat baru teman sy, Yuliana Sari. Nomornya sdh tidak aktif,"
        " padahal dia masih punya utang ke sy.",
        None,
        False,
    ),
    (
        "U-SERVICE-COMPLAINT-OWN-COPY",
        "Mohon bantuan, sy mau tahu alamat baru teman sy, Yuliana Sari. Nomornya sdh tidak aktif,"
        " padahal dia masih punya utang ke sy.",
        None,
        False,
    ),
    # A relative's KK asked for an inheritance matter: a privacy decision, nothing blocked.
    (
        "U-SERVICE-COMPLAINT",
        "Mohon dibantu, saya perlu salinan KK almarhum om saya, Bapak Darsono, buat urusan tanah"
        " keluarga. Bisa dikirim lewat email?",
        None,
        False,
    ),
    # A complaint while asking for one's own legalised copy is still a service complaint.
    (
        "U-SERVICE-COMPLAINT-OWN-COPY",
        "Saya minta fotokopi KK yang dilegalisir untuk lamaran kerja, tapi petugas legalisirnya"
        " tidak ada terus di kelurahan.",
        None,
        True,
    ),
    # Guard: a plain service complaint.
    (
        "U-SERVICE-COMPLAINT",
        "KTP saya sudah tiga minggu belum jadi, petugasnya tidak ada di tempat tiap saya datang.",
        None,
        True,
    ),
    # 'ingin tahu alamat sekarang' of a named person.
    (
        "T-DATA-REQUEST",
        "Sy ingin tahu alamat sekarang pak Ruslan Effendi, dulu dia kontrak di rumah sy lalu"
        " pergi tanpa pamit.",
        None,
        True,
    ),
]
CLOCK_TIMES_2026_12_184: list[tuple[str, str, datetime | None, bool]] = [
    # A time of day after 'jam' is no date ('jam 10.05' was read as the 10th of May).
    (
        "U-WAIT-FAR",
        "Sy datang jam 10.05, jadwal antrean online sy jam 10.00, tapi satpam bilang nomor sy"
        " sudah hangus dan harus daftar ulang besok. Rekam KTP jadi tertunda.",
        datetime(2026, 10, 5, 11, tzinfo=WIB),
        False,
    ),
    # The same after 'pkl' (pukul).
    (
        "U-WAIT-FAR",
        "Sy datang pkl 10.05 sesuai jadwal, KTP sy katanya belum jadi, padahal rekam tanggal 28"
        " September.",
        datetime(2026, 10, 5, 11, tzinfo=WIB),
        False,
    ),
    # A number and a unit across a sentence break ('RT 02. Tahun depan') make no span.
    (
        "U-WAIT-FAR",
        "Anak sy masih tercantum di KK mantan suami, alamat Desa Kaliwungu RT 02. Tahun depan"
        " anak masuk SMP, mohon dibantu pindah ke KK sy.",
        datetime(2025, 10, 6, 10, tzinfo=WIB),
        False,
    ),
    # Guard: a date written with a dot still dates a wait.
    (
        "U-WAIT-FAR",
        "KTP sy rekam tanggal 10.05 kemarin, sampai sekarang belum jadi, sudah bolak-balik ke"
        " kecamatan.",
        datetime(2026, 10, 5, 11, tzinfo=WIB),
        True,
    ),
]
STATES_SINCE_2026_12_185: list[tuple[str, str, datetime | None, bool]] = [
    # A divorce 'sejak Juni' dates a state, not an application.
    (
        "U-WAIT-FAR",
        "Saya sudah cerai resmi dari Rina Oktaviani Lamba sejak Juni, akta cerai sudah terbit."
        " Tapi di KK saya namanya masih tercantum sebagai istri. Mohon dikeluarkan dari KK saya.",
        datetime(2025, 10, 3, 13, tzinfo=WITA),
        False,
    ),
    # Work 'sejak 2023' dates a state.
    (
        "U-WAIT-FAR",
        "Di KTP sy pekerjaan masih PELAJAR, padahal sy sudah lulus dan kerja di pabrik sejak"
        " 2023. Mohon diganti jadi karyawan swasta.",
        datetime(2025, 7, 18, 9, tzinfo=WIB),
        False,
    ),
    # Guard: an application after the state ('sejak Juni sy ajukan') still dates a wait.
    (
        "U-WAIT-FAR",
        "Sy sudah cerai, akta cerai ada. Sejak Juni sy ajukan perubahan KK di kecamatan, sampai"
        " sekarang belum jadi juga.",
        datetime(2025, 10, 3, 13, tzinfo=WITA),
        True,
    ),
    # Guard: the state is told in the sentence before; the request 'sejak November' is a wait.
    (
        "U-WAIT-FAR",
        "Sy bercerai tahun lalu. Sejak November sy minta KK sy dipisah, berkas lengkap, sampai"
        " sekarang belum diproses, masih satu KK dengan mantan suami.",
        datetime(2025, 6, 25, 10, tzinfo=WIB),
        True,
    ),
]
HOLDOUT_KB: list[tuple[str, str, datetime | None, bool]] = [
    # 'bukan sy yg kena': the reporter says nobody's identity is used.
    (
        "U-IDENTITY-MISUSE",
        "Pak, apa benar kalau NIK kita dipakai org lain buat pinjol bisa minta Dukcapil blokir?"
        " Sy cuma nanya, bukan sy yg kena, lagi rame dibahas di kantor.",
        None,
        False,
    ),
    # Guard: 'bukan sy yg pinjam' still tells a loan in the reporter's name.
    (
        "U-IDENTITY-MISUSE",
        "NIK sy dipakai org buat pinjol, bukan sy yg pinjam, skrg sy ditagih terus tiap hari.",
        None,
        True,
    ),
    # Waiting beside a patient ('sambil nunggu') is no blocked service.
    (
        "U-SERVICE-PROBLEM",
        "Sambil nunggu anak sy di puskesmas, sy mau tanya syarat ganti alamat di KK, bisa online"
        " gak?",
        None,
        False,
    ),
]
HOLDOUT_KC: list[tuple[str, str, datetime | None, bool]] = [
    # 'kasih tau alamat asal sesuai KK nya' of a named tenant.
    (
        "T-DATA-REQUEST",
        "Tolong kasih tau alamat asal sesuai KK nya, penghuni kos sy a.n. Rudi Hartono kabur"
        " nunggak 3 bulan.",
        None,
        True,
    ),
    # Many residents' NIKs, dates of birth and addresses asked for.
    (
        "T-REQUEST",
        "Kami minta data NIK, tgl lahir & alamat 30 warga penerima bantuan di RT kami untuk dicek"
        " ulang.",
        None,
        True,
    ),
    # A signature on blank paper asked by an official.
    (
        "U-MISCONDUCT",
        "Petugas kecamatan nyuruh sy tanda tangan di kertas kosong, katanya buat arsip, bukan"
        " formulir resmi.",
        None,
        True,
    ),
    # A general question with 'tanpa sepengetahuan kita' tells no change.
    (
        "U-UNAUTHORISED-CHANGE",
        "Apakah NIK kita bisa dipakai org lain buat daftar partai tanpa sepengetahuan kita? Gmn"
        " cara ceknya?",
        None,
        False,
    ),
    # A post taken down at once ('lgsg dihapus'): the leak is over (high by the staff rules).
    (
        "U-DATA-LEAK",
        "Petugas loket upload foto KTP sy di status WA nya. Setelah sy protes lgsg dihapus hari"
        " itu juga, tp sy minta petugas itu diperiksa.",
        None,
        False,
    ),
    # Strangers recorded in the reporter's KK are a record to fix, not misuse.
    (
        "U-IDENTITY-MISUSE",
        "Mau daftar BPJS PBI lewat dinsos tp ditolak krn di KK sy tercatat ada 2 org yg gak sy"
        " kenal sama sekali. Sy gak pernah nambahin siapa2.",
        None,
        False,
    ),
    # Another person's photo on the reporter's card is a biometric mix-up.
    (
        "U-DUPLICATE",
        "Foto di KTP-el sy yg baru dicetak ternyata foto org lain, verifikasi wajah di bank jadi"
        " gagal.",
        None,
        True,
    ),
    # Guard: a post still up is a leak now.
    (
        "U-DATA-LEAK",
        "Foto KTP sy diunggah petugas di grup FB kecamatan dan sampai sekarang masih terpasang,"
        " sudah dibagikan puluhan kali.",
        None,
        True,
    ),
]
HOLDOUT_KB_2026_12_188: list[tuple[str, str, datetime | None, bool]] = [
    # 'ujian sekolah yg mulai Senin pagi' (on a Saturday): a start ahead, not 'since Monday'.
    (
        "U-DEADLINE-IMMINENT",
        "Anak sy kls 6 gak bisa ikut ujian sekolah yg mulai Senin pagi krn NIK-nya tidak"
        " ditemukan di Dapodik. Kalau sampai Senin belum padan, harus ikut tahun depan.",
        datetime(2026, 4, 11, 19, 30, tzinfo=WIB),
        True,
    ),
    # 'batas setor berkas ... itu Rabu sore' (on a Tuesday): a deadline's day ahead.
    (
        "U-DEADLINE-IMMINENT",
        "Kata agen batas setor berkas visa ke kantor perwakilan itu Rabu sore jam 3, kalau lewat"
        " kontrak kerja sy batal. Nama di KTP sy salah, operator kecamatan dinas luar.",
        datetime(2025, 10, 14, 16, 45, tzinfo=WIB),
        True,
    ),
    # An admission refused 'tadi pagi' and accepted since, 'ditanggung BPJS': the cover is not
    # blocked (a patient's card asked about still fires U-LIFE-HEALTH-DOCUMENT).
    (
        "U-LIFE-HEALTH",
        "Tadi pagi bapak sempat ditolak di pendaftaran RS krn KTP belum jadi. Tapi barusan udh"
        " diterima pakai suket, bapak udh di kamar rawat inap & ditanggung BPJS. KTP-el bapak"
        " kapan jadinya?",
        None,
        False,
    ),
    # An operation tomorrow with 'BPJS-nya aman, semua berkas udh beres': nothing in the way.
    (
        "U-DEADLINE-IMMINENT",
        "Besok pagi ibu sy operasi usus buntu, BPJS-nya aman, semua berkas udh beres. Sambil"
        " nunggu di RS sy mau tanya, ubah alamat KK bisa online gak?",
        None,
        False,
    ),
    # A suggestion drawn from someone else's past case.
    (
        "U-LIFE-HEALTH-NOW",
        "Usul aja. Bulan lalu di kampung sy ada warga yg jenazahnya sempat ketahan di RS seharian"
        " krn keluarganya gak bisa nunjukin KTP. Gimana kalau ada posko Dukcapil di RSUD?",
        None,
        False,
    ),
    # A day of leave lost ('Cuti sy hangus sehari') is no irreversible loss.
    (
        "U-DEADLINE-IMMINENT",
        "Hari ini sy udh cuti buat ngurus KK tp sistem offline, semua disuruh balik besok. Cuti"
        " sy hangus sehari.",
        None,
        False,
    ),
    # 'Sampai skrg sih gak ada tagihan': nothing happened.
    (
        "U-SERVICE-COMPLAINT",
        "Kemarin sy foto selfie pegang KTP buat verifikasi aplikasi belanja. Sampai skrg sih gak"
        " ada tagihan atau SMS aneh. Perlu lapor ke Dukcapil gak ya?",
        None,
        False,
    ),
    # Guard: an absent official is still a service complaint.
    (
        "U-SERVICE-COMPLAINT",
        "Sudah tiga kali sy ke kecamatan ambil KTP, tapi petugasnya tidak ada di tempat.",
        None,
        True,
    ),
    # Guard: an operation tomorrow with BPJS refused.
    (
        "U-LIFE-HEALTH",
        "Besok pagi ibu sy operasi tapi BPJS-nya ditolak krn NIK tidak aktif.",
        None,
        True,
    ),
]
HOLDOUT_KE: list[tuple[str, str, datetime | None, bool]] = [
    # Found out to be a bank's input error ('ternyata salah input NIK').
    (
        "U-IDENTITY-MISUSE",
        "Update laporan sy kemarin soal tagihan kartu kredit yg pakai NIK sy: ternyata salah"
        " input NIK oleh petugas bank, akunnya sdh dikoreksi. Laporan boleh ditutup.",
        None,
        False,
    ),
    # The reporter's own child registered the card ('ternyata anak sy yg daftarin').
    (
        "U-IDENTITY-MISUSE",
        "Tadi masuk SMS OTP kartu perdana pakai NIK sy, sempet panik, ternyata anak sy yg"
        " daftarin kartu baru pakai KK kami.",
        None,
        False,
    ),
    # Another person's story passed on ('cerita temannya ditangkap').
    (
        "U-SAFETY",
        "Saudara sy yg kerja di Sabah cerita temannya ditangkap polisi sana krn gk bawa paspor."
        " Apa Dukcapil bisa bantu WNI di luar negeri?",
        None,
        False,
    ),
    # A departure tomorrow with 'semua dokumen aman'.
    (
        "U-DEADLINE-IMMINENT",
        "Besok sy berangkat umroh, paspor & semua dokumen aman. Cuma mau tanya, sepulang umroh"
        " mau ubah status di KTP bawa apa aja?",
        None,
        False,
    ),
    # Guard: 'ternyata' about the culprit's number leaves the misuse standing.
    (
        "U-IDENTITY-MISUSE",
        "Tagihan pinjol pakai NIK sy masih datang tiap hari, padahal sy tidak pernah pinjam."
        " Ternyata nomor HP yg didaftarkan bukan punya sy.",
        None,
        True,
    ),
]
HOLDOUT_KD: list[tuple[str, str, datetime | None, bool]] = [
    # Sundanese 'menta artos' (asks for money) by a village head.
    (
        "U-PAYMENT-OR-THREAT",
        "Pak kuwu menta artos Rp250.000 kanggo tanda tangan surat pengantar KK. Abdi teu mayar,"
        " suratna teu ditandatangan dugi ayeuna.",
        None,
        True,
    ),
    # Sundanese 'saha' (who) and 'alamat aslina': a request for a neighbour's data.
    (
        "T-DATA-REQUEST",
        "Punten, tiasa teu dicek NIK 3299141207880003 teh saha sareng alamat aslina dimana?"
        " Tatangga abdi nginjeum artos teu dipulangkeun.",
        None,
        True,
    ),
    # Indramayu Javanese 'Bapak isun' (my father) with his name and NIK.
    (
        "T-IDENTIFIED-OTHER",
        "Bapak isun, Warsidi bin Kasmad, NIK 3299120501580004, wis seda bulan September. Akta"
        " kematiane durung dadi nganti seprene.",
        None,
        True,
    ),
    # Sundanese 'teu kenging PKH deui' (no longer receives PKH).
    (
        "U-ACCESS-LOST",
        "Abdi teu kenging PKH deui ti bulan Agustus, margi nami abdi di DTKS kacatet meninggal."
        " Abdi teh jagjag keneh.",
        None,
        True,
    ),
]
HOLDOUT_KF: list[tuple[str, str, datetime | None, bool]] = [
    # Cards that 'muncul di grup WA' of a neighbourhood, still up.
    (
        "U-DATA-LEAK",
        "Foto KTP istri sy + KK kami muncul di grup WA warga RW, yg ngirim staf kelurahan. Sampai"
        " skrg blm dihapus.",
        None,
        True,
    ),
    # Residents' KK copies used as snack wrappers ('bungkusnya kertas fotokopi KK').
    (
        "U-DATA-LEAK",
        "Tadi beli gorengan, bungkusnya kertas fotokopi KK warga lengkap dgn NIK, katanya dapat"
        " sekarung dari petugas kelurahan.",
        None,
        True,
    ),
    # Lookups of anyone's record sold ('jasa cek data NIK').
    (
        "U-DATA-LEAK",
        "Di grup FB ada akun yg nawarin jasa cek data NIK siapa aja, 50rb per data. Postingannya"
        " masih aktif.",
        None,
        True,
    ),
    # Asking who has accessed one's own data is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Sesuai UU PDP sy ingin tahu lembaga mana saja yg pernah mengakses NIK sy. Bukan krn ada"
        " masalah, sy cuma ingin tahu data sy dipakai siapa saja.",
        None,
        False,
    ),
    # An NGO for victims of domestic violence asking a general question.
    (
        "U-SAFETY",
        "Kami dari LSM pendamping perempuan korban KDRT. Pertanyaan umum: apa SOP petugas kalau"
        " pelaku datang minta alamat korban?",
        None,
        False,
    ),
    # A civil status said aloud by an official, 'semua antrean denger'.
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas loket td siang ngomong keras2 'oh ibu ini yg baru cerai ya?', semua antrean"
        " denger. Mohon petugas itu ditegur.",
        None,
        True,
    ),
]
HOLDOUT_KH: list[tuple[str, str, datetime | None, bool]] = [
    # A stranger at a bank with the reporter's NIK, 'tapi fotonya bukan sy', now.
    (
        "U-IDENTITY-MISUSE",
        "Barusan CS bank telp, ada org di mejanya mau buka rekening pakai KTP dgn NIK atas nama"
        " sy, tapi fotonya bukan sy. Orangnya msh di sana.",
        None,
        True,
    ),
    # Card photos sold in a package ('paket foto KTP'), still offered.
    (
        "U-DATA-LEAK",
        "Ada akun di grup FB yg lagi nawarin paket foto KTP + selfie pegang KTP warga desa kami,"
        " 50rb per 10 org. Foto sy ada di situ, postingannya masih aktif.",
        None,
        True,
    ),
    # The same sold in the past, the shop gone ('tokonya sudah hilang').
    (
        "U-DATA-LEAK",
        "Minggu lalu ada toko online jual paket foto selfie + KTP, salah satunya foto sy. Sdh sy"
        " laporkan, hari ini tokonya sudah hilang. Perlu ganti KTP gak?",
        None,
        False,
    ),
    # A sibling's use the reporter allowed ('sy sdh izinkan kok').
    (
        "U-IDENTITY-MISUSE",
        "Kakak sy pake KTP sy buat daftar kartu HP krn KTP dia lagi diurus, sy sdh izinkan kok."
        " Itu melanggar aturan gak?",
        None,
        False,
    ),
    # An original lost at the counter ('petugas bilang ketelisut').
    (
        "U-FILE-LOST",
        "Akta kelahiran asli anak sy yg sy serahkan ke loket buat legalisir hilang, petugas"
        " bilang ketelisut. Sdh seminggu gak ketemu.",
        None,
        True,
    ),
    # A confused old man who 'gk ingat nama & alamat' ('&' is no token).
    (
        "U-SAFETY",
        "Dari semalam ada kakek2 tidur di pos ronda, linglung gk ingat nama & alamat, badannya"
        " panas dan sesak.",
        None,
        True,
    ),
]
HOLDOUT_KI: list[tuple[str, str, datetime | None, bool]] = [
    # Card photos posted by an office's page ('posting foto2 KTP'), still up.
    (
        "U-DATA-LEAK",
        "Fanpage FB kelurahan yg dikelola staf posting foto2 KTP & KK warga penerima bantuan,"
        " lengkap NIK & alamat. Postingan masih ada sampai malam ini.",
        None,
        True,
    ),
    # A deadline in a scam message ('ngaku petugas Dukcapil') is hearsay.
    (
        "U-DEADLINE-IMMINENT",
        "Sy dpt WA dari nomor asing ngaku petugas Dukcapil, katanya KTP sy harus diupdate paling"
        " lambat hari ini, disuruh kirim foto KTP & kode OTP. Sy gk balas.",
        None,
        False,
    ),
    # A roof that leaks ('rumahnya kebocoran') is no data leak.
    (
        "U-DATA-LEAK",
        "Warga sy, Pak Darmin (78 th), KTP-nya hilang waktu rumahnya kebocoran. Bulan ini beliau"
        " gk bisa ambil BLT lansia.",
        None,
        False,
    ),
    # A collector who got a copy through an insider and 'gk pernah datang lagi': over.
    (
        "U-DATA-LEAK",
        "Bulan lalu debt collector datang bawa fotokopi KK sy yg baru, ngaku dapat dari kenalan"
        " di kelurahan. Sejak itu dia gk pernah datang lagi. Sy minta kelurahan diperiksa.",
        None,
        False,
    ),
]
HOLDOUTS_KJ_KL: list[tuple[str, str, datetime | None, bool]] = [
    # The reporter's own emergency contacts harassed ('kontak darurat ortu gw juga diteror').
    (
        "U-IDENTITY-MISUSE",
        "temen kos pinjem foto ktp gw, trnyata dipake ngajuin pinjol di 2 aplikasi. skrg tiap"
        " hari gw ditelpon DC, kontak darurat ortu gw juga diteror. gw gk pernah ngajuin apa2",
        None,
        True,
    ),
    # A booking cancelled with 'silakan daftar ulang' is no deadline.
    (
        "U-DEADLINE-IMMINENT",
        "jadwal rekam ktp gw tgl 8 tiba2 dibatalin, cuma dikasih notif 'silakan daftar ulang'."
        " pas daftar ulang slot kosong semua",
        datetime(2026, 1, 8, 7, 20, tzinfo=WIB),
        False,
    ),
    # 'alm.' ends no sentence: the name after it belongs to the husband.
    (
        "T-IDENTIFIED-OTHER",
        "Suami sy alm. Yohanes Lahang meninggal tgl 2 Juli. Akta kematiannya sampai skrg blm"
        " terbit.",
        None,
        True,
    ),
    # An employer 'mengecek keaslian NIK dan alamat' of applicants.
    (
        "T-REQUEST",
        "Kami HRD PT Sawit Makmur mohon bantuan Disdukcapil mengecek keaslian NIK dan alamat 43"
        " calon karyawan kami, daftar terlampir.",
        None,
        True,
    ),
    # Guard: the office's own new address, already known ('Sy sdh tau alamat barunya').
    (
        "T-DATA-REQUEST",
        "Brosur di kantor desa masih tulis alamat Dukcapil yg lama. Sy sdh tau alamat barunya, tp"
        " tolong brosurnya diganti.",
        None,
        False,
    ),
]
HOLDOUT_KI_2026_12_195: list[tuple[str, str, datetime | None, bool]] = [
    # 'Blm ada masalah sih': nothing happened.
    (
        "U-SERVICE-COMPLAINT",
        "Gmn caranya ngecek NIK sy pernah dipake buat pinjol? Blm ada masalah sih, cuma mau jaga2.",
        None,
        False,
    ),
    # 'Sampai skrg gk ada apa2' after a scam call.
    (
        "U-SERVICE-COMPLAINT",
        "Tadi ada telp ngaku dari Dukcapil pusat, pas diminta OTP sy tutup. Sampai skrg gk ada"
        " apa2. Bahaya gk ya?",
        None,
        False,
    ),
    # The reporter's own choice ('gk jadi minjem').
    (
        "U-SERVICE-COMPLAINT",
        "Dulu sy pernah daftar di aplikasi pinjaman tapi gk jadi minjem, skrg sering dapat SMS"
        " tawaran. Itu bahaya gak?",
        None,
        False,
    ),
    # 'Bisa disamakan?' asks for one's own record corrected.
    (
        "U-CORRECTION-INTENT",
        "Nama sy di KTP tertulis NUR HIDAYAT, di ijazah NURHIDAYAT. Bisa disamakan? Ikut yang"
        " mana?",
        None,
        True,
    ),
    # Guard: an office that does not reply is still a service complaint.
    (
        "U-SERVICE-COMPLAINT",
        "Sudah 2 minggu sy WA nomor layanan Dukcapil soal KK sy, gk ada balasan sama sekali.",
        None,
        True,
    ),
]
HOLDOUT_KE_2026_12_196: list[tuple[str, str, datetime | None, bool]] = [
    # A friend's denial after 'padahal' ('padahal dia gk pernah pinjam') is the friend's story.
    (
        "U-IDENTITY-MISUSE",
        "Teman sy katanya ditagih utang dr aplikasi yg pakai NIK nya, padahal dia gk pernah"
        " pinjam. Lapornya ke mana ya?",
        None,
        False,
    ),
    # Guard: the reporter's own denial.
    (
        "U-IDENTITY-MISUSE",
        "Sy ditagih utang dr aplikasi yg pakai NIK sy, padahal sy gk pernah pinjam.",
        None,
        True,
    ),
]
HOLDOUT_KF_2026_12_197: list[tuple[str, str, datetime | None, bool]] = [
    # A child's age in brackets after a document ('KIA anak sy (10 thn)') is no wait.
    (
        "U-WAIT-FAR",
        "KIA anak sy (10 thn) hilang di sekolah. Perlu bikin baru atau gk wajib? Syaratnya apa?",
        None,
        False,
    ),
    # 'Akta kelahiran asli anak saya (7 tahun) hilang': the age between the certificate and
    # 'hilang'.
    (
        "U-CHILD-AKTA-LOST",
        "Akta kelahiran asli anak saya (7 tahun) hilang waktu pindahan rumah. Sekolah minta akta"
        " asli untuk daftar ulang kelas 1.",
        None,
        True,
    ),
]
HOLDOUT_KK: list[tuple[str, str, datetime | None, bool]] = [
    # 'pake fotokopi KTP, sy curiga': the reporter's suspicion starts a new clause.
    (
        "U-IDENTITY-MISUSE",
        "Tolong cek NIK 3299114507880003 ini atas nama siapa. Orang ini nawarin kerja ke anak sy"
        " pake fotokopi KTP, sy curiga penipuan.",
        None,
        False,
    ),
    # A kiosk applicants must buy from, 'punya istri petugasnya'.
    (
        "U-MISCONDUCT",
        "Petugas loket gk mau terima berkas kalau gk pakai map & fotokopi dari kios sebelah"
        " kantor, 75rb. Kata warga kios itu punya istri petugasnya.",
        None,
        True,
    ),
    # An official who 'gk mau layani' a wheelchair user.
    (
        "U-MISCONDUCT",
        "Sy pengguna kursi roda, datang sendiri mau ganti KTP rusak. Petugas bilang suruh"
        " keluarga aja, lalu gk mau layani sy.",
        None,
        True,
    ),
]
HOLDOUT_KK_2026_12_199: list[tuple[str, str, datetime | None, bool]] = [
    # An official's words passed on with 'katanya harus' are an allegation, not a rumour.
    (
        "U-MISCONDUCT",
        "Sy penghayat kepercayaan. Petugas gk mau isi kolom agama sy, katanya harus pilih salah"
        " satu agama, klo gk KTP sy gk bakal dicetak.",
        None,
        True,
    ),
    # Guard: a fee heard from a neighbour, asked about, stays a rumour.
    (
        "U-PAYMENT-OR-THREAT",
        "Tetangga bilang kalau urus KK di desa katanya harus bayar 50 ribu, benar gak ya?",
        None,
        False,
    ),
]
HOLDOUT_KF_2026_12_200: list[tuple[str, str, datetime | None, bool]] = [
    # A stolen card ('dicuri') is gone like a lost one: a pregnant woman's delivery needs it.
    (
        "U-VULNERABLE",
        "Sy lagi hamil 8 bulan. KTP dan kartu BPJS sy dicuri minggu lalu, puskesmas bilang"
        " persalinan di RS nanti harus bawa KTP asli.",
        None,
        True,
    ),
    # Guard: a stolen card already replaced ('dicuri sudah diganti') blocks nothing.
    (
        "U-ACCESS-LOST",
        "KTP lama sy yg dicuri sudah diganti. Sy cuma mau minta surat keterangan untuk arsip di"
        " bank, tapi kuota loket habis terus.",
        None,
        False,
    ),
]
HOLDOUT_KN: list[tuple[str, str, datetime | None, bool]] = [
    # A detention told as over in praise ('sempat ditahan di pos polisi', 'dilepas').
    (
        "U-SAFETY",
        "Mau apresiasi. Sabtu kemarin sepupu sy sempat ditahan di pos polisi krn gk bawa KTP,"
        " petugas piket Dukcapil langsung konfirmasi data & sepupu sy dilepas sejam kemudian.",
        None,
        False,
    ),
    # An NGO's suggestion about cases handled ('dampingan kami korban KDRT').
    (
        "U-SAFETY",
        "Kami LSM pendamping perempuan. Tahun lalu dampingan kami korban KDRT kesulitan ngurus"
        " KTP krn KK asli ditahan suami, sekarang sdh tertangani. Saran: ada prosedur khusus bagi"
        " korban KDRT.",
        None,
        False,
    ),
    # News passed on ('Dengar berita katanya').
    (
        "U-DATA-LEAK",
        "Dengar berita katanya ada kebocoran data penduduk lagi. Apakah data sy termasuk? Gimana"
        " cara taunya?",
        None,
        False,
    ),
    # A message found out to be fake ('ternyata email palsu & gk ada pengajuan apa2').
    (
        "U-IDENTITY-MISUSE",
        "Kemarin ada email dari 'bank' bilang ada pengajuan kartu kredit atas nama sy. Sy telpon"
        " CS resmi, ternyata email palsu & gk ada pengajuan apa2.",
        None,
        False,
    ),
    # Guard: someone still held at a police post.
    (
        "U-SAFETY",
        "Suami sy masih ditahan di pos polisi sejak semalam krn gk bawa identitas, katanya harus"
        " ada konfirmasi data dari Dukcapil.",
        None,
        True,
    ),
]
HOLDOUTS_KM_KO: list[tuple[str, str, datetime | None, bool]] = [
    # 'nyebar foto KTP dan KK sy di grup WA' by a village operator.
    (
        "U-DATA-LEAK",
        "Operator desa nyebar foto KTP dan KK sy di grup WA desa yg isinya ratusan org. Skrg foto"
        " KTP sy ke mana2, sdh ada yg screenshot.",
        None,
        True,
    ),
    # 'terdaftar sbg anggota partai' ('sbg' is 'sebagai').
    (
        "U-IDENTITY-MISUSE",
        "Sy cek di web info pemilu, NIK & nama sy terdaftar sbg anggota partai di kab sebelah,"
        " padahal sy gk pernah daftar parpol. Masih tercantum sampai hari ini.",
        None,
        True,
    ),
    # An app that shows a stranger's card ('yg muncul malah KTP digital org lain').
    (
        "U-DATA-LEAK",
        "Barusan sy login aplikasi IKD, yg muncul malah KTP digital org lain, lengkap nama, NIK,"
        " alamat dan foto.",
        None,
        True,
    ),
    # A group asking for card photos, asked about.
    (
        "U-DATA-LEAK",
        "Di grup arisan komplek ada yg minta semua anggota kirim foto KTP ke grup buat data."
        " Boleh gk? Ada aturannya?",
        None,
        False,
    ),
    # A scam SMS with nothing billed ('blm dpt tagihan apa2').
    (
        "U-IDENTITY-MISUSE",
        "Sy dpt SMS 'DUKCAPIL: NIK anda terdaftar di 3 aplikasi pinjol ilegal'. Sy gk pernah"
        " pinjol & blm dpt tagihan apa2. Apa bener itu dari Dukcapil?",
        None,
        False,
    ),
]
WEEKDAYS_2026_12_203: list[tuple[str, str, datetime | None, bool]] = [
    # 'Jumat minggu depan' (on a Wednesday) is the Friday of next week, like 'Jumat depan'.
    (
        "U-DEADLINE-IMMINENT",
        "Berkas beasiswa paling lambat Jumat minggu depan, harus pakai KK terbaru. KK baru sy"
        " ajukan Senin kemarin, belum jadi. Kalau telat beasiswa hangus.",
        datetime(2025, 2, 5, 10, tzinfo=WIB),
        False,
    ),
    # Guard: 'Jumat ini' is this week's Friday, within 2 working days.
    (
        "U-DEADLINE-IMMINENT",
        "Berkas beasiswa paling lambat Jumat ini, harus pakai KK terbaru. KK baru sy ajukan Senin"
        " kemarin, belum jadi. Kalau telat beasiswa hangus.",
        datetime(2025, 2, 5, 10, tzinfo=WIB),
        True,
    ),
]
MISUSE_LOOKALIKES_2026_12_204: list[tuple[str, str, datetime | None, bool]] = [
    # A civil status tied to a stranger in the record is a record falsified, not an identity in use.
    (
        "U-IDENTITY-MISUSE",
        "Status perkawinan saya di KK tiba-tiba berubah jadi kawin dengan seorang laki-laki yang"
        " tidak saya kenal, padahal saya tidak pernah mengurus apa pun.",
        None,
        False,
    ),
    # The reporter's own use of the card ('KTP saya dipakai untuk semuanya').
    (
        "U-IDENTITY-MISUSE",
        "Klaim JHT saya ditolak dengan alasan NIK tidak valid di Dukcapil. Padahal KTP saya"
        " dipakai untuk semuanya selama ini.",
        None,
        False,
    ),
]
HOLDOUT_KQ: list[tuple[str, str, datetime | None, bool]] = [
    # A stranger at a dealer with the reporter's NIK, 'tp fotonya beda', now.
    (
        "U-IDENTITY-MISUSE",
        "Barusan dealer motor telp, ada orang di showroom SEKARANG ngajuin kredit pakai KTP atas"
        " nama & NIK sy, tp fotonya beda. KTP asli sy ada di dompet.",
        None,
        True,
    ),
    # A stranger at the post office with a card 'yg fotonya bukan sy'.
    (
        "U-IDENTITY-MISUSE",
        "Petugas kantor pos telp, ada orang di loket mau ambil BLT atas nama sy pakai KTP yg"
        " fotonya bukan sy.",
        None,
        True,
    ),
    # A neighbour billed ('dia ditagih'), told after hearsay.
    (
        "U-IDENTITY-MISUSE",
        "Tetangga sy katanya NIK nya dipake orang buat pinjol, skrg dia ditagih2 terus. Gimana"
        " caranya ngecek NIK sy?",
        None,
        False,
    ),
    # A child who fled a stepfather who 'sering mukul' and 'mau jemput paksa' tonight.
    (
        "U-SAFETY",
        "Keponakan sy (15 th) kabur dr ayah tirinya yg sering mukul. Tadi ayah tirinya dtg marah2"
        " & bilang malam ini mau jemput paksa.",
        None,
        True,
    ),
    # Safe now ('krn KDRT, sekarang sdh aman').
    (
        "U-SAFETY",
        "Dua minggu lalu sy keluar dr rumah krn KDRT, sekarang sdh aman tinggal di rumah ortu. Sy"
        " mau pisah KK, syaratnya apa?",
        None,
        False,
    ),
    # Treatment going on ('jadwalnya jalan terus') beside an address error.
    (
        "U-LIFE-HEALTH",
        "Ibu sy cuci darah rutin, jadwalnya jalan terus & BPJS aman. Cuma alamat di KTP ibu salah"
        " RT, mohon diperbaiki.",
        None,
        False,
    ),
]
HOLDOUT_KR: list[tuple[str, str, datetime | None, bool]] = [
    # An office page that posts a beneficiary list with NIKs, still up.
    (
        "U-DATA-LEAK",
        "Admin FB kelurahan upload foto daftar penerima BLT lengkap dgn NIK dan nomor KK semua"
        " warga. Postingan itu masih ada sampai detik ini.",
        None,
        True,
    ),
    # Loan OTPs from several apps after a scam: the identity in use now.
    (
        "U-IDENTITY-MISUSE",
        "Ibu sy kemarin ditelpon orang ngaku petugas, lalu kirim foto KTP & KK. Dari tadi pagi HP"
        " ibu terima SMS kode OTP dari 4 aplikasi pinjaman online.",
        None,
        True,
    ),
    # Residents' KK copies as snack wrappers, sacks of them left ('bungkusnya fotokopi KK').
    (
        "U-DATA-LEAK",
        "Barusan beli gorengan, bungkusnya fotokopi KK orang, salah satunya KK keluarga sy. Kata"
        " penjualnya masih ada 2 karung dari kantor kecamatan.",
        None,
        True,
    ),
    # An app that shows a stranger's card and family card.
    (
        "U-DATA-LEAK",
        "Tadi aktivasi IKD, yg muncul malah KTP digital dan KK orang lain lengkap dgn alamat dan"
        " foto.",
        None,
        True,
    ),
    # A stranger treated on the reporter's card ('ada yg pake kartu/NIK sy utk berobat').
    (
        "U-IDENTITY-MISUSE",
        "Di Mobile JKN muncul riwayat rawat jalan di RS kota lain 3x minggu ini, padahal sy gk"
        " pernah kesana. Berarti ada yg pake kartu/NIK sy utk berobat.",
        None,
        True,
    ),
    # A price for the same day ('kalau mau hari ini 50 ribu').
    (
        "U-MISCONDUCT",
        "Petugas kecamatan bilang 'kalau mau hari ini 50 ribu, kalau gratis minggu depan' waktu"
        " sy minta print biodata.",
        None,
        True,
    ),
]
NO_INCIDENT_YET: list[tuple[str, str, datetime | None, bool]] = [
    # Nothing has happened yet, told as reassurance ('belum ada kejadian apa2').
    (
        "U-SERVICE-COMPLAINT",
        "Mau tanya min, bagaimana cara cek apakah NIK sy dipakai daftar pinjaman? Sampai sekarang"
        " belum ada kejadian apa2, cuma jaga2 aja.",
        None,
        False,
    ),
    # 'Belum ada yg minta': no fee asked, a question before applying.
    (
        "U-SERVICE-COMPLAINT",
        "Kalau nanti ada petugas minta uang utk urus KIA, lapornya kemana ya? Belum ada yg minta"
        " sih, cuma mau tau.",
        None,
        False,
    ),
    # 'tidak ada pinjaman atas nama sy': a check that found nothing.
    (
        "U-SERVICE-COMPLAINT",
        "Sy udh cek semua, tidak ada pinjaman atas nama sy. Cuma penasaran data IKD disimpan"
        " dimana?",
        None,
        False,
    ),
    # A police letter named ('surat keterangan kehilangan') is no loss at the office.
    (
        "U-SERVICE-COMPLAINT",
        "KTP sy ketinggalan di angkot. Syarat cetak ulang apa saja? Apa perlu surat keterangan"
        " kehilangan dari polisi?",
        None,
        False,
    ),
    # The reporter's own constraint ('gk bisa izin') is the reason for an opening-hours question.
    (
        "U-SERVICE-COMPLAINT",
        "Kantor Dukcapil buka hari Sabtu gk? Sy kerja pabrik senin-jumat, gk bisa izin.",
        None,
        False,
    ),
    # 'gk bisa tanda tangan': the father's condition, not a service failure.
    (
        "U-SERVICE-COMPLAINT",
        "Apa anak boleh urus cetak ulang KTP bapak? Bapak sdh stroke, gk bisa tanda tangan lagi.",
        None,
        False,
    ),
    # A loss with no answer from the office ('belum ada kabar') still fires.
    (
        "U-SERVICE-COMPLAINT",
        "KTP sy hilang waktu banjir, sdh lapor ke kelurahan tapi sampai sekarang belum ada kabar.",
        None,
        True,
    ),
    # Equipment broken at the office ('alatnya rusak') still fires.
    (
        "U-SERVICE-COMPLAINT",
        "Sy minta cuti dari kantor buat rekam KTP tapi alatnya rusak, disuruh balik minggu depan.",
        None,
        True,
    ),
]
NOT_A_BLOCK: list[tuple[str, str, datetime | None, bool]] = [
    # Waiting-room chairs ('kursi tunggu') are furniture, not a wait.
    (
        "U-SERVICE-PROBLEM",
        "Saran utk kantor kecamatan: tolong tambah kursi tunggu buat lansia, kemarin banyak yg"
        " berdiri.",
        None,
        False,
    ),
    # A threat quoted from a scam message ('akan dinonaktifkan') blocks nothing yet.
    (
        "U-SERVICE-PROBLEM",
        "Sy dapat SMS 'DUKCAPIL: KTP-el anda akan dinonaktifkan dalam 1x24 jam, verifikasi di"
        " link ini'. Blm sy klik. Ini asli gk?",
        None,
        False,
    ),
    # Numbers since blocked by the operator: the misuse stopped.
    (
        "U-SERVICE-PROBLEM",
        "Dulu NIK sy dipakai org daftar 3 kartu perdana, tapi semua nomor itu sudah diblokir"
        " operator. Perlu ganti KTP gk?",
        None,
        False,
    ),
    # The reporter's own travel ('sering bolak balik ke pulau2') is no going back and forth at the
    # office.
    (
        "U-SERVICE-PROBLEM",
        "Beta sering bolak balik ke pulau2 naik perahu. Kalau KTP basah kena air laut masih"
        " berlaku kah?",
        None,
        False,
    ),
    # A NIK blocked now still fires.
    (
        "U-SERVICE-PROBLEM",
        "NIK saya diblokir sejak bulan lalu, BPJS tidak bisa dipakai.",
        None,
        True,
    ),
    # Going back and forth told as one's own still fires.
    (
        "U-SERVICE-PROBLEM",
        "Sudah 3 kali bolak balik ke kecamatan, KK belum juga selesai.",
        None,
        True,
    ),
]
HOLDOUT_KS: list[tuple[str, str, datetime | None, bool]] = [
    # A disaster years ago ('penyintas gempa 2018') is no disaster now; the aid blocked is read
    # elsewhere.
    (
        "U-DISASTER",
        "Kami penyintas gempa 2018, rumah hancur. Sekarang bantuan stimulan tidak cair krn KK"
        " kami masih alamat lama.",
        datetime(2026, 3, 10, 10, tzinfo=WITA),
        False,
    ),
    # A fire last month ('kebakaran bulan lalu') is told as past.
    (
        "U-DISASTER",
        "Rumah kami kebakaran bulan lalu, KTP dan KK ikut terbakar. Bantuan sembako dari dinsos"
        " tidak bisa diambil tanpa KTP.",
        datetime(2026, 3, 10, 10, tzinfo=WITA),
        False,
    ),
    # A fire last night is a disaster now.
    (
        "U-DISASTER",
        "Rumah kami kebakaran tadi malam, KTP dan KK ikut terbakar. Bantuan sembako dari dinsos"
        " tidak bisa diambil tanpa KTP.",
        datetime(2026, 3, 10, 10, tzinfo=WITA),
        True,
    ),
    # A card's age ('padahal baru 3 thn') is no wait.
    (
        "U-WAIT-FAR",
        "KTP sy tulisannya sdh pudar padahal baru 3 thn. Mohon dicetak ulang, syaratnya apa?",
        datetime(2026, 3, 10, 10, tzinfo=WITA),
        False,
    ),
    # A move made ('sdh pindah ... sejak bulan lalu') dates a state, not the application.
    (
        "U-WAIT-FAR",
        "Kami sdh pindah ke huntap sejak bulan lalu. Urus perubahan alamat KK tgl 2 Maret tp blm"
        " keluar.",
        datetime(2026, 3, 10, 10, tzinfo=WITA),
        False,
    ),
    # A transfer applied for ('urus pindah sejak ...') still dates the wait.
    (
        "U-WAIT-FAR",
        "Sy urus pindah sejak bulan Oktober tahun lalu tp KK baru blm keluar.",
        datetime(2026, 3, 10, 10, tzinfo=WITA),
        True,
    ),
    # Thanks to the team ('Terima kasih tim Dukcapil') is praise.
    (
        "U-REPORT",
        "Terima kasih tim Dukcapil yg sdh datang ke pulau kami pakai perahu. 40 org rekam KTP.",
        datetime(2026, 3, 10, 10, tzinfo=WITA),
        False,
    ),
    # The reporter cannot come home soon: no deadline.
    (
        "U-DEADLINE-WORDS",
        "Apakah KTP sy boleh diambil kakak? Sy kerja di Morowali, tdk bisa pulang dalam waktu"
        " dekat.",
        datetime(2026, 3, 10, 10, tzinfo=WITA),
        False,
    ),
    # Never given a NIK and cannot apply for work ('daftar kerja').
    (
        "U-ACCESS-LOST",
        "Sampai sekarang sy tdk pernah dapat NIK, tdk bisa daftar kerja di perusahaan sawit.",
        datetime(2026, 3, 10, 10, tzinfo=WITA),
        True,
    ),
]
HOLDOUT_KT: list[tuple[str, str, datetime | None, bool]] = [
    # A number glued to letters ('D3 thn ini') names a degree, not a span of years.
    (
        "U-WAIT-FAR",
        "Anak sy baru lulus D3 thn ini. Dia rekam KTP minggu lalu, blm jadi. Kapan bisa diambil?",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        False,
    ),
    # A licensing exam ('uji kompetensi', 'UKOM') on the next working day but one is a hard
    # deadline.
    (
        "U-DEADLINE-IMMINENT",
        "Uji kompetensi (UKOM) sy hari Selasa jam 08.00. Panitia wajib KTP-el asli, KTP sy hilang"
        " Jumat kemarin dan cetak ulang katanya baru minggu depan.",
        datetime(2025, 11, 30, 20, 10, tzinfo=WIB),
        True,
    ),
    # What the hearing needs is there ('KK & KTP sy lengkap kok').
    (
        "U-DEADLINE-IMMINENT",
        "Besok sidang cerai sy di PA. Mau tanya, perlu bawa KK asli atau fotokopi legalisir? KK &"
        " KTP sy lengkap kok.",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        False,
    ),
    # 'Sy gak minta data orang lain': the reporter's own check, said up front.
    (
        "U-MISCONDUCT",
        "Sy gak minta data orang lain ya. Cuma mau cek NIK sy sendiri sdh aktif belum utk BPJS"
        " mandiri?",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        False,
    ),
    # A payment stopped in time ('hampir transfer').
    (
        "U-PAYMENT-OR-THREAT",
        "Ibu sy hampir transfer 300rb ke rekening pribadi org yg ngaku petugas Dukcapil. Untung"
        " sy cegah. Tolong diumumkan layanan itu gratis.",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        False,
    ),
    # The reporter's own plan ('mau urus minggu depan') is no deadline.
    (
        "U-DEADLINE-WORDS",
        "Berapa lama bikin akta kelahiran? Anak sy lahir minggu lalu, mau urus minggu depan.",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        False,
    ),
    # How long ago a death was ('almarhumah 2 thn lalu') is no wait.
    (
        "U-WAIT-FAR",
        "Ibu sy sdh almarhumah 2 thn lalu & akta kematiannya sdh ada, tp di KK nama ibu masih"
        " tercantum. Mohon diupdate.",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        False,
    ),
    # A flood in a month before the one received is a disaster past.
    (
        "U-DISASTER",
        "Waktu banjir awal Maret kemarin dokumen kami hanyut. Akta anak yg diajukan ulang blm"
        " jadi, bantuan PKH ditahan krn data akta blm lengkap.",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        False,
    ),
    # A question about the rules ('Mau tanya aturannya: kalau ada WNI wafat ...').
    (
        "U-BURIAL",
        "Mau tanya aturannya: kalau ada WNI wafat di Malaysia, apakah keluarga harus urus akta"
        " kematian di Indonesia dulu baru jenazah bisa dipulangkan? Atau cukup surat dari KBRI?",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        False,
    ),
    # A fee demanded by staff, refused and the card done, reported 'supaya gak terjadi ke warga
    # lain'.
    (
        "U-MISCONDUCT-BY-STAFF",
        "Bulan lalu petugas perekaman minta uang lelah 100rb biar KTP sy cepat jadi. Sy tolak."
        " Alhamdulillah KTP sy sdh jadi minggu lalu. Sy lapor supaya gak terjadi ke warga lain.",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        True,
    ),
    # The counter denying it ever took an original ('bilang tidak pernah terima').
    (
        "U-FILE-LOST",
        "Buku nikah asli ortu sy serahkan di loket waktu urus akta kematian bapak. Akta sdh jadi"
        " tp buku nikahnya gak ada, petugas bilang tidak pernah terima, padahal sy pegang tanda"
        " terimanya.",
        datetime(2025, 6, 10, 9, tzinfo=WIB),
        True,
    ),
]
HOLDOUT_KU: list[tuple[str, str, datetime | None, bool]] = [
    # A file anyone can fetch ('bisa didownload siapa aja') is a leak now.
    (
        "U-DATA-LEAK",
        "Website desa upload file excel penerima bansos lengkap dgn NIK & no KK, bisa didownload"
        " siapa aja tanpa login. Data sy jg ada di situ.",
        None,
        True,
    ),
    # Residents' copies thrown out where anyone can take them.
    (
        "U-DATA-LEAK",
        "Pagi ini warga nemu tumpukan fotokopi KTP & KK dibuang di tong sampah depan kantor desa,"
        " sebagian udah dipake pedagang gorengan.",
        None,
        True,
    ),
    # A complaint about copies in general ('jadi bungkus gorengan') names no leak.
    (
        "U-DATA-LEAK",
        "Kenapa sih tiap urus apa pun disuruh fotokopi KTP? Ujung2nya data kita jadi bungkus"
        " gorengan. Tolong kasih imbauan.",
        None,
        False,
    ),
    # A digital ID signed in elsewhere ('telah login di perangkat lain').
    (
        "U-IDENTITY-MISUSE",
        "Barusan ada notif 'Akun IKD Anda telah login di perangkat lain' padahal sy gk login di"
        " mana2. Tolong akun sy diblokir.",
        None,
        True,
    ),
    # Strangers in the KK put down to a mistake ('mungkin salah input').
    (
        "U-IDENTITY-MISUSE",
        "Di KK baru sy ada 2 nama yg gk sy kenal. Sy gk pernah ngajuin nambah siapa2, mungkin"
        " salah input waktu pemutakhiran. Tolong dihapus.",
        None,
        False,
    ),
    # A question how to check ('caranya ngecek') is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Min, caranya ngecek NIK sy dipake daftar nomor HP sama org lain gimana ya? Takut aja.",
        None,
        False,
    ),
    # Not wanting to hand out copies ('males ngasih fotokopi') is no leak.
    (
        "U-DATA-LEAK",
        "Lebih aman IKD atau KTP fisik? Sy males ngasih fotokopi KTP terus ke mana2.",
        None,
        False,
    ),
    # An office posting photos of a citizen's file ('upload foto berkas').
    (
        "U-LEAK-BY-STAFF",
        "Admin IG kelurahan upload foto berkas pengajuan KK sy buat konten, NIK sy keliatan. Sdh"
        " dihapus, tp sy minta petugasnya ditegur.",
        None,
        True,
    ),
    # An official using a form's data ('no HP sy dari formulir').
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas kelurahan ngambil no HP sy dari formulir trs chat pribadi ngajak ketemuan. Sy"
        " minta dia ditindak.",
        None,
        True,
    ),
    # A record changed 'tanpa permohonan dari' its owner.
    (
        "U-UNAUTHORISED-CHANGE",
        "Nama sy dihapus dari KK ortu oleh operator desa tanpa permohonan dari sy. Mohon"
        " diperiksa.",
        None,
        True,
    ),
    # A village head holding residents' cards ('nahan KTP asli').
    (
        "U-MISCONDUCT-BY-STAFF",
        "Pak kades nahan KTP asli puluhan warga sejak 3 bulan lalu, katanya buat pendataan."
        " Ditanya malah marah.",
        None,
        True,
    ),
]
HOLDOUT_KW: list[tuple[str, str, datetime | None, bool]] = [
    # A thanks that tells the burial happened ('jadi bapak bisa dimakamkan').
    (
        "U-BURIAL",
        "Terima kasih petugas piket yg datang malam itu juga cetak akta kematian, jadi bapak bisa"
        " dimakamkan di kampung pagi harinya.",
        datetime(2025, 9, 23, 8, tzinfo=WITA),
        False,
    ),
    # A reason given for a suggestion ('jenazah kan tidak bisa menunggu').
    (
        "U-BURIAL",
        "Usul: sebaiknya ada layanan surat kematian 24 jam, karena jenazah kan tidak bisa"
        " menunggu. Waktu itu tetangga sy bingung jam 11 malam.",
        datetime(2025, 9, 23, 8, tzinfo=WITA),
        False,
    ),
    # A marriage registered 'atas nama dan NIK saya' by someone else, 'akad tetap jalan kalau' no
    # objection: a threat.
    (
        "U-IDENTITY-MISUSE",
        "KUA telepon sy, katanya ada pendaftaran nikah atas nama dan NIK saya hari Sabtu ini,"
        " akad tetap jalan kalau tidak ada keberatan. Sy sdh menikah & tdk pernah mendaftar.",
        datetime(2025, 9, 23, 8, tzinfo=WITA),
        True,
    ),
    # Data for sale now ('sedang menjual database warga').
    (
        "U-DATA-LEAK",
        "Ada akun Telegram yg sedang menjual database warga kecamatan kami, di sampelnya ada data"
        " sy & istri.",
        datetime(2025, 9, 23, 8, tzinfo=WITA),
        True,
    ),
    # Water damage ('rembesan banjir') is no disaster.
    (
        "U-DISASTER",
        "Akta anak sy rusak kena rembesan banjir, tulisannya luntur. Mohon bantuan cetak ulang,"
        " fotokopinya masih ada.",
        datetime(2025, 9, 23, 8, tzinfo=WITA),
        False,
    ),
    # Numbers blocked by the operator: the NIK problem is over.
    (
        "U-NIK-EXTERNAL",
        "Terima kasih, bulan lalu NIK sy dipakai registrasi kartu SIM. Setelah lapor ke operator"
        " semua nomor sudah diblokir. Responnya cepat.",
        datetime(2025, 9, 23, 8, tzinfo=WITA),
        False,
    ),
    # A fake job advert ('lowongan kerja palsu') is no falsification by staff.
    (
        "U-MISCONDUCT",
        "Foto KTP sy yg sy kirim ke lowongan kerja palsu sempat dipajang di situs mereka, sdh"
        " di-takedown. Gimana cara memastikan NIK sy aman?",
        datetime(2025, 9, 23, 8, tzinfo=WITA),
        False,
    ),
    # Breathing trouble now ('tidak bisa bangun dan sesak') and admission refused.
    (
        "U-LIFE-HEALTH",
        "Mbah warga sy sejak kemarin sore tidak bisa bangun dan sesak. RSUD tidak mau menerima"
        " krn NIK beliau tidak ditemukan di BPJS.",
        datetime(2025, 9, 23, 8, tzinfo=WITA),
        True,
    ),
    # A leak's link dead ('linknya sekarang sudah mati'), 'tidak ada apa2' since: no wait, no
    # question.
    (
        "U-WAIT-FAR",
        "Tahun lalu katanya NIK sy sempat bocor di forum, tp linknya sekarang sudah mati & sampai"
        " hari ini tidak ada apa2. Apa sy perlu lapor?",
        datetime(2025, 9, 23, 8, tzinfo=WITA),
        False,
    ),
]
HOLDOUT_KY: list[tuple[str, str, datetime | None, bool]] = [
    # Documents withheld by an ex-spouse ('gak mau nyerahin') block the child's school aid.
    (
        "U-ACCESS-LOST",
        "Mantan suami sy gak mau nyerahin akta kelahiran anak & KK asli sejak kami cerai. Sekolah"
        " minta akta utk daftar PIP, batasnya akhir bulan ini.",
        None,
        True,
    ),
    # A child called a slur at the counter ('anak haram'): discrimination.
    (
        "U-MISCONDUCT",
        "Petugas loket bilang keras 'anak hasil nikah siri gak bisa, itu anak haram' waktu sy"
        " urus akta anak. Sy pulang tanpa dilayani.",
        None,
        True,
    ),
    # A file thrown on the desk is rudeness, not misconduct (the rubric: rudeness alone is not).
    (
        "U-MISCONDUCT",
        "Petugasnya ketus, berkas saya dilempar ke meja, tp akhirnya diterima juga. Tolong"
        " petugasnya dibina.",
        None,
        False,
    ),
    # A copy of a lost deed asked for ('dibuatkan duplikat') is no duplicate record.
    (
        "U-DUPLICATE",
        "Akta kematian suami pertama sy hilang waktu pindah rumah. KUA minta akta itu. Mohon"
        " dibuatkan duplikat/salinannya, syaratnya apa?",
        None,
        False,
    ),
]
HOLDOUT_KZ: list[tuple[str, str, datetime | None, bool]] = [
    # A treatment slot given away ('jadwalnya dikasih pasien lain') is the consequence of
    # Wednesday's deadline.
    (
        "U-DEADLINE-IMMINENT",
        "Anak sy dijadwalkan operasi jantung hari Kamis. Syarat BPJS anak hrs sdh masuk KK,"
        " update KK blm selesai. RS kasih waktu smp Rabu sore, kalau gk, jadwalnya dikasih pasien"
        " lain.",
        datetime(2025, 10, 20, 8, 30, tzinfo=WIB),
        True,
    ),
    # A number registered with the reporter's NIK and KK ('didaftarkan pakai NIK') and in use now.
    (
        "U-IDENTITY-MISUSE",
        "Dr td pagi teman2 sy ditelpon nomor yg pakai foto & nama sy, minta transfer. Kata gerai"
        " operator nomor itu didaftarkan pakai NIK & no KK sy, msh aktif sampai skrg.",
        datetime(2025, 10, 20, 8, 30, tzinfo=WIB),
        True,
    ),
    # Told to re-register tomorrow ('suruh daftar ulang besok'): the office's next appointment.
    (
        "U-DEADLINE-IMMINENT",
        "Sy udh daftar antrean online buat rekam KTP anak, pas datang nama sy gk ada di daftar,"
        " suruh daftar ulang besok.",
        datetime(2025, 10, 20, 8, 30, tzinfo=WIB),
        False,
    ),
    # A re-registration deadline ('batas daftar ulang besok') stays a deadline.
    (
        "U-DEADLINE-IMMINENT",
        "Anak sy lulus seleksi politeknik, batas daftar ulang besok pukul 12.00. Panitia minta KK"
        " baru, berkas pisah KK blm dicetak.",
        datetime(2025, 10, 20, 8, 30, tzinfo=WIB),
        True,
    ),
    # A thanks that tells the body was flown home ('jadi jenazahnya bisa diterbangkan').
    (
        "U-BURIAL",
        "Salut sama petugas yg jam 11 malam masih datang ke kamar jenazah nerbitin akta kematian"
        " nenek sy, jadi jenazahnya bisa diterbangkan ke Medan pagi harinya.",
        datetime(2025, 10, 20, 8, 30, tzinfo=WIB),
        False,
    ),
    # The counter saying an original was probably thrown out ('bilang mungkin kebuang').
    (
        "U-FILE-LOST",
        "Akta kelahiran asli sy yg dititip di loket buat legalisir hilang. Petugas cuma bilang"
        " mungkin kebuang waktu beres2 meja.",
        datetime(2025, 10, 20, 8, 30, tzinfo=WIB),
        True,
    ),
    # The reporter's own card thrown out ('kayaknya kebuang') is no file lost at the office.
    (
        "U-FILE-LOST",
        "KK lama sy udh gak tau dimana, kayaknya kebuang waktu pindahan. Perlu surat kehilangan?",
        datetime(2025, 10, 20, 8, 30, tzinfo=WIB),
        False,
    ),
]
HOLDOUT_LA: list[tuple[str, str, datetime | None, bool]] = [
    # Residents' copies sold as scrap ('dijual kiloan') and still piled on the cart: a leak now.
    (
        "U-DATA-LEAK",
        "Bungkus gorengan sy ternyata fotokopi KK warga. Kata bakulnya kertas bekas sekarung dr"
        " kantor desa, dijual kiloan. Di gerobaknya msh numpuk.",
        None,
        True,
    ),
    # Credit on an app the reporter has no account with ('yg sy gk punya akun').
    (
        "U-IDENTITY-MISUSE",
        "Td pagi masuk notif tagihan paylater 2 jt atas nama sy di aplikasi belanja yg sy gk"
        " punya akun.",
        None,
        True,
    ),
    # Numbers the reporter never registered ('gk pernah daftarin nomor2 itu') fill the NIK's quota.
    (
        "U-IDENTITY-MISUSE",
        "Pas mau daftar nomor baru di konter, ditolak krn NIK sy udh dipake registrasi 3 kartu."
        " Sy cek ternyata ada 3 nomor yg bukan punya sy. Sy gk pernah daftarin nomor2 itu. Gimana"
        " cara ngeblokirnya?",
        None,
        True,
    ),
    # A number typed wrong at recording ('nomor yg bukan punya sy') is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Kode OTP IKD selalu terkirim ke nomor yg bukan punya sy, kayaknya salah ketik waktu"
        " rekam. Tolong nomornya diganti.",
        None,
        False,
    ),
    # A list of names, NIKs and illnesses pinned up by the office ('nempel daftar').
    (
        "U-MISHANDLED-BY-STAFF",
        "Minggu lalu petugas kelurahan nempel daftar warga penerima bantuan obat lengkap dgn NIK"
        " & penyakitnya. Sy minta petugas itu diperiksa.",
        None,
        True,
    ),
    # A new card handed to a neighbour by the courier ('dikasih ... ke tetangga').
    (
        "U-MISHANDLED-BY-STAFF",
        "KK baru sy dikasih petugas pengantarnya ke tetangga beda RT, amplopnya dibuka. Sy minta"
        " petugasnya dievaluasi.",
        None,
        True,
    ),
    # A record's screenshot passed round a group by an official ("share screenshot data SIAK").
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas kecamatan share screenshot data SIAK seorang warga di grup WA buat bahan"
        " becandaan. Sy minta petugas itu ditindak.",
        None,
        True,
    ),
]
HOLDOUT_LB_LD: list[tuple[str, str, datetime | None, bool]] = [
    # A car broken into ('Mobil sy dibobol') is a theft, not a hacked identity.
    (
        "U-IDENTITY-MISUSE",
        "Mobil sy dibobol di parkiran, tas isi KTP & KK ilang. Sy udh ajukan cetak ulang 8 hari"
        " lalu, udh sampe mana ya?",
        datetime(2025, 6, 20, 10, tzinfo=WIB),
        False,
    ),
    # Lookups of population data sold ('jualan cek data dukcapil by NIK').
    (
        "U-DATA-LEAK",
        "Ada akun Telegram jualan 'cek data dukcapil by NIK' 20rb. Sy tes kirim NIK sy, dia kirim"
        " screenshot data lengkap sy. Grupnya masih aktif.",
        datetime(2025, 6, 20, 10, tzinfo=WIB),
        True,
    ),
    # Residents told to send their cards to an official's own number ('ke nomor WA pribadinya').
    (
        "U-MISHANDLED-BY-STAFF",
        "Kaur desa minta semua warga kirim foto KTP & KK ke nomor WA pribadinya, katanya buat"
        " pendataan bansos. Mohon petugasnya diperiksa.",
        datetime(2025, 6, 20, 10, tzinfo=WIB),
        True,
    ),
    # A court order handed in 'sejak awal Maret' and the records 'blm diubah': a wait far past the
    # standard.
    (
        "U-WAIT-FAR",
        "Penetapan PN utk ganti nama sdh sy serahkan ke Disdukcapil sejak awal Maret. Sampai skrg"
        " akta & KK sy blm diubah.",
        datetime(2025, 6, 20, 10, tzinfo=WIB),
        True,
    ),
    # A record changed by itself that closed the reporter's BPJS membership ('kepesertaan sy
    # ditutup').
    (
        "U-ACCESS-LOST",
        "Tahun lahir sy di data kependudukan berubah sendiri, akibatnya BPJS Ketenagakerjaan sy"
        " dianggap lewat usia pensiun & kepesertaan sy ditutup perusahaan.",
        datetime(2025, 6, 20, 10, tzinfo=WIB),
        True,
    ),
    # A person found with no population documents ('tidak memiliki dokumen kependudukan').
    (
        "C-NO-IDENTITY",
        "Dampingan kami ditemukan terlantar dan kini dirawat di RSJ. Ia tidak memiliki dokumen"
        " kependudukan dan tidak ingat alamat asal.",
        datetime(2025, 6, 20, 10, tzinfo=WIB),
        True,
    ),
]
HOLDOUT_LE: list[tuple[str, str, datetime | None, bool]] = [
    # A vulnerable person's document 21 days late (past the 14-day standard, under twice it) is not
    # yet blocked.
    (
        "U-VULNERABLE",
        "Sy tunanetra. Berkas perubahan KK sdh sy serahkan ke kelurahan tgl 5 Januari, tp smp"
        " skrg KK baru blm ada. Mohon ditindaklanjuti.",
        datetime(2026, 1, 26, 10, tzinfo=WIB),
        False,
    ),
    # Twice the standard and more is (U-VULNERABLE with a wait far past the standard).
    (
        "U-VULNERABLE",
        "Sy tunanetra. Berkas perubahan KK sdh sy serahkan ke kelurahan tgl 1 Desember, tp smp"
        " skrg KK baru blm ada. Mohon ditindaklanjuti.",
        datetime(2026, 1, 26, 10, tzinfo=WIB),
        True,
    ),
    # How long a condition has lasted ('stroke udh 2 thn') is no wait.
    (
        "U-WAIT-FAR",
        "Ibu sy stroke udh 2 thn gk bisa bangun dr kasur, KTP nya masih yg lama. Gmn caranya"
        " minta perekaman di rumah?",
        datetime(2026, 1, 26, 10, tzinfo=WIB),
        False,
    ),
    # Thanks ('Matur nuwun Dukcapil', 'sabar bgt') for a home visit.
    (
        "U-VULNERABLE",
        "Matur nuwun Dukcapil, adik sy yg ODGJ sdh direkam KTP nya di rumah. Petugasnya sabar bgt"
        " nunggu adik tenang dulu.",
        datetime(2026, 1, 26, 10, tzinfo=WIB),
        False,
    ),
    # A multiple disability ('disabilitas ganda') is no duplicate record.
    (
        "U-DUPLICATE",
        "Setelah migrasi server, anak sy yg disabilitas ganda gk muncul lagi di KK online. Tolong"
        " dicek.",
        datetime(2026, 1, 26, 10, tzinfo=WIB),
        False,
    ),
    # An applicant not touched for fear of infection: discrimination.
    (
        "U-MISCONDUCT",
        "Petugas perekaman gk mau pegang tangan sy, bilang 'jauh2 sana, nular', padahal sy sdh"
        " sembuh dr kusta.",
        datetime(2026, 1, 26, 10, tzinfo=WIB),
        True,
    ),
    # Treatment covered ('BPJS nya aman kok'): nothing blocks it.
    (
        "U-LIFE-HEALTH",
        "Tempat lahir di KIA anak sy salah. Anak sy thalasemia, rutin transfusi, tapi BPJS nya"
        " aman kok. Cuma minta dibetulkan.",
        datetime(2026, 1, 26, 10, tzinfo=WIB),
        False,
    ),
]
HOLDOUT_LF_LG: list[tuple[str, str, datetime | None, bool]] = [
    # A stranger at a bank with the reporter's name and NIK (the number read as '#id') 'tp fotonya
    # bukan sy'.
    (
        "U-IDENTITY-MISUSE",
        "Barusan CS bank telpon, ada orang di loket mau buka rekening pakai KTP dgn nama & NIK sy"
        " (3199126608850004) tp fotonya bukan sy. Orangnya msh di sana.",
        None,
        True,
    ),
    # A card printed with someone else's photo ('sudah jadi tapi fotonya bukan saya') is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "KTP baru saya sudah jadi tapi fotonya bukan saya, wajah orang lain. Saya belum memakai"
        " KTP itu. Mohon diperbaiki.",
        None,
        False,
    ),
    # Passing on information ('share info yg benar ke grup') is no leak.
    (
        "U-DATA-LEAK",
        "Di grup FB ramai cerita jenazah ditahan RS krn KTP mati. Apakah benar? Sy mau share info"
        " yg benar ke grup.",
        None,
        False,
    ),
    # An operator who owns up to changing a record at a relative's request.
    (
        "U-UNAUTHORISED-CHANGE",
        "Status sy di KK tiba2 jadi 'cerai hidup'. Setelah sy tanya, operator kecamatan ngaku"
        " ngubah atas permintaan ipar sy tanpa dokumen apa pun.",
        None,
        True,
    ),
    # A how-to question ('melaporkan dugaan kebocoran') is no leak.
    (
        "U-DATA-LEAK",
        "Bagaimana prosedur resmi melaporkan dugaan kebocoran data kependudukan, ke instansi mana"
        " saja?",
        None,
        False,
    ),
    # A list with NIKs that 'siapa saja bisa download', still online.
    (
        "U-DATA-LEAK",
        "Website desa sampai pagi ini masih menampilkan daftar penerima BLT lengkap dengan NIK &"
        " alamat, termasuk data saya. Siapa saja bisa download.",
        None,
        True,
    ),
    # Printouts of applicants' data left where 'siapa pun bisa foto'.
    (
        "U-MISHANDLED-BY-STAFF",
        "Di meja ruang tunggu ada tumpukan print out daftar pemohon berisi NIK & alamat,"
        " ditinggal begitu saja, siapa pun bisa foto. Mohon petugas yang lalai diperiksa.",
        None,
        True,
    ),
    # Misuse over ('pelaku sudah ditahan').
    (
        "U-IDENTITY-MISUSE",
        "Saya korban pencurian identitas tahun lalu, kasusnya sekarang sudah di Polres dan pelaku"
        " sudah ditahan. Penyidik minta cetakan biodata penduduk saya sebagai lampiran berkas."
        " Mohon dibantu dicetakkan.",
        None,
        False,
    ),
]
HOLDOUT_LI: list[tuple[str, str, datetime | None, bool]] = [
    # A stranger with the same NIK and another face ('NIK sama persis tp fotonya bukan sy') is
    # misuse now, not a duplicate record.
    (
        "U-IDENTITY-MISUSE",
        "Dealer motor telpon sy, ada org di showroom mau ambil kredit pakai KTP atas nama sy, NIK"
        " sama persis tp fotonya bukan sy. Org itu masih di sana pakai data sy.",
        None,
        True,
    ),
    # Leaving home tonight for a safe house ('tempat di rumah aman', 'keluar dr rumah suami krn
    # ancaman').
    (
        "U-SAFETY",
        "Malam ini sy hrs keluar dr rumah suami krn ancaman, udh ada tempat di rumah aman tp"
        " mereka minta identitas. KTP sy dipegang suami.",
        None,
        True,
    ),
    # An attempt stopped ('akun pelaku diblokir', 'gak ada dana yg cair') is no misuse now.
    (
        "U-IDENTITY-MISUSE",
        "Minggu lalu ada org nyoba ajukan pinjaman di aplikasi kredit atas nama sy pakai foto KTP"
        " sy. Pengajuan dibatalkan & akun pelaku diblokir permanen, gak ada dana yg cair.",
        None,
        False,
    ),
    # A treatment slot handed on ("slot tindakan dilepas ke pasien berikutnya") after
    # tomorrow afternoon.
    (
        "U-DEADLINE-IMMINENT",
        "BPJS ibu sy nonaktif krn NIK ganda. RS kasih waktu smp besok sore, lewat dari itu slot"
        " tindakan dilepas ke pasien berikutnya.",
        datetime(2025, 6, 10, 9, tzinfo=WITA),
        True,
    ),
]
HOLDOUT_LJ: list[tuple[str, str, datetime | None, bool]] = [
    # A worry ('sy parno dia bisa pake data sy') is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "Mantan pacar sy dulu pernah sy kirimin foto KTP & KK. Sejauh ini gk ada apa2 sih, tp sy"
        " parno dia bisa pake data sy buat macem2.",
        None,
        False,
    ),
    # A fear ('Takutnya ... dipakai org') is no misuse.
    (
        "U-IDENTITY-MISUSE",
        "KK sy hilang. Kalau dicetak ulang di Disdukcapil Tarakan apakah nomor KK-nya diganti"
        " baru? Takutnya KK yg hilang dipakai org kalau nomornya masih sama.",
        None,
        False,
    ),
    # A condition called out to a waiting room ('suara keras di ruang tunggu').
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugasnya manggil dgn suara keras di ruang tunggu: 'yang gangguan jiwa silakan ke meja"
        " 3'. Sy minta petugas itu ditegur.",
        None,
        True,
    ),
    # An NGO's usual work ('sering mendampingi anak korban kekerasan') is no danger now.
    (
        "U-SAFETY",
        "Kami LSM yg sering mendampingi anak korban kekerasan. Apakah Disdukcapil punya SOP bila"
        " ada pihak luar minta data anak?",
        None,
        False,
    ),
]
HOLDOUT_LL: list[tuple[str, str, datetime | None, bool]] = [
    # What the departure needs is there ('KTP & paspor aman semua').
    (
        "U-DEADLINE-IMMINENT",
        "Sy lusa berangkat magang ke Jepang 1 tahun. KTP & paspor aman semua. Perlu lapor pindah"
        " ke Dukcapil gk sih?",
        None,
        False,
    ),
    # A thanks that tells the body was brought home ('shg bisa dipulangkan'; 'shg' is 'sehingga').
    (
        "U-BURIAL",
        "Terima kasih Dukcapil, waktu jenazah suami sy di Taiwan surat2 nya diurus cepat bgt shg"
        " bisa dipulangkan & dimakamkan di kampung.",
        None,
        False,
    ),
    # Fled home this afternoon after being beaten ('kabur dr rumah suami', 'krn dipukul').
    (
        "U-SAFETY",
        "Sy kabur dr rumah suami sore td krn dipukul lagi, bawa 2 balita. Shelter mau terima"
        " malam ini tp minta KTP, dokumen ditahan suami.",
        None,
        True,
    ),
    # Almost fainting in a queue ('hampir pingsan') is no emergency blocked by a document.
    (
        "U-LIFE-HEALTH",
        "Tolong tambah kursi di ruang antrean, kemarin sy liat bapak2 pucat antre 3 jam sampe"
        " hampir pingsan.",
        None,
        False,
    ),
]
HOLDOUT_LM: list[tuple[str, str, datetime | None, bool]] = [
    # A scan sent by an official to a wrong number ('salah nomor, nyasar ke org lain').
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas kirim scan KK & akta anak sy via WA tp salah nomor, nyasar ke org lain. Sy mau"
        " petugas tsb ditegur.",
        None,
        True,
    ),
    # A wrong number on a leaflet ('nyasar ke orang lain' alone) is no mishandling.
    (
        "U-MISHANDLED-BY-STAFF",
        "Nomor WA layanan di brosur balai RW salah, sy chat malah nyasar ke orang lain. Tolong"
        " brosurnya diganti.",
        None,
        False,
    ),
    # A citizen's file talked about in public by an official ('ngomong di depan warga').
    (
        "U-MISHANDLED-BY-STAFF",
        "Kepala Desa kami di pengajian ngomong di depan warga kalau sy janda cerai & nyebut"
        " alasan cerai sy dr berkas KK.",
        None,
        True,
    ),
    # A deed's contents told round the village by an official ('cerita ke orang2 di kampung').
    (
        "U-MISHANDLED-BY-STAFF",
        "Petugas capil yg ngurus akta anak sy cerita ke orang2 di kampung kalau di aktanya cuma"
        " ada nama ibu. Sy mau ada sanksi.",
        None,
        True,
    ),
]
HOLDOUT_KX: list[tuple[str, str, datetime | None, bool]] = [
    # An e-wallet verified with the reporter's card though 'sy gk pny akun di aplikasi itu'.
    (
        "U-IDENTITY-MISUSE",
        "Barusan ada email 'Verifikasi akun premium berhasil' pake data KTP sy, padahal sy gk pny"
        " akun di aplikasi itu. Masih terus ada notif transaksi.",
        None,
        True,
    ),
    # A question whether old copies can still be used ('apa masih bisa dipake org?').
    (
        "U-IDENTITY-MISUSE",
        "Kalo fotokopi KTP sy yg lama masih beredar, apa masih bisa dipake org? Perlu ganti KTP"
        " gk?",
        None,
        False,
    ),
    # A leak by staff ('nyebarin' is 'menyebarkan'), taken down, with 'sy minta dia diperiksa'.
    (
        "U-LEAK-BY-STAFF",
        "Bulan lalu staf desa nyebarin foto KTP sy di grup WA RW sambil ngejek. Fotonya udh"
        " dihapus, tp sy minta dia diperiksa.",
        None,
        True,
    ),
]
#: Rule set -> (rule id, text, received or None, fires): the same with a receipt time
#: (flood victims, election misconduct, pending files, announced waits, Banjar offers,
#: people restrained at home, holiday deadlines).
DATED_PHRASINGS = {
    "2026.12.43": HOLDOUT_CC,
    "2026.12.48": HOLDOUTS_CF_CG,
    "2026.12.49": HOLDOUT_CK,
    "2026.12.50": HOLDOUT_CN,
    "2026.12.51": HOLDOUTS_CP_CQ,
    "2026.12.52": HOLDOUT_CQ,
    "2026.12.53": CHILD_AKTA_2026_12_53,
    "2026.12.54": HOLDOUTS_CR_CS_CT,
    "2026.12.55": HOLDOUTS_CR_CS_CT_2,
    "2026.12.56": HOLDOUTS_CU_CV_CW,
    "2026.12.57": HOLDOUTS_CX_CZ,
    "2026.12.58": HOLDOUT_CW_2026_12_58,
    "2026.12.59": HOLDOUTS_DA_DB_DC,
    "2026.12.60": HOLDOUTS_DD_DE_DF,
    "2026.12.61": HOLDOUTS_DG_DH_DI,
    "2026.12.62": HOLDOUTS_DJ_DK_DL,
    "2026.12.63": HOLDOUTS_DM_DN_DO,
    "2026.12.64": HOLDOUTS_DQ_DR,
    "2026.12.65": HOLDOUTS_DS_DT_DU,
    "2026.12.66": HOLDOUTS_DS_DT_DU_2,
    "2026.12.67": HOLDOUTS_DV_DW_DX,
    "2026.12.68": FIX_2026_12_68,
    "2026.12.69": HOLDOUTS_DY_DZ_EA,
    "2026.12.70": HOLDOUTS_EB_EC_ED,
    "2026.12.71": HOLDOUTS_ED_EE_EG,
    "2026.12.72": HOLDOUTS_EF_EH_EI,
    "2026.12.73": HOLDOUTS_EJ_EL,
    "2026.12.74": HOLDOUTS_EM_EN_EO,
    "2026.12.75": HOLDOUTS_EP_EQ_ER,
    "2026.12.76": HOLDOUT_ES,
    "2026.12.77": HOLDOUTS_ET_EU,
    "2026.12.78": HOLDOUTS_EV_EW_EX,
    "2026.12.79": HOLDOUTS_EY_FA,
    "2026.12.80": HOLDOUT_EZ,
    "2026.12.81": HOLDOUTS_FB_FC,
    "2026.12.82": HOLDOUTS_FD_FE_FF,
    "2026.12.83": THIRD_PARTY_2026_12_83,
    "2026.12.84": HOLDOUT_FH,
    "2026.12.85": HOLDOUTS_FG_FI,
    "2026.12.86": HOLDOUTS_FJ_FK_FL,
    "2026.12.87": HOLDOUTS_FM_FN_FO,
    "2026.12.88": HOLDOUTS_FP_FQ_FR,
    "2026.12.89": HOLDOUTS_FS_FU,
    "2026.12.90": HOLDOUT_FT,
    "2026.12.91": HOLDOUT_FX,
    "2026.12.92": HOLDOUTS_FV_FW,
    "2026.12.93": HOLDOUT_GA,
    "2026.12.94": HOLDOUT_FY,
    "2026.12.95": HOLDOUTS_FO_FR,
    "2026.12.96": KK_TO_FOLLOW_2026_12_96,
    "2026.12.97": HOLDOUTS_GB_GD,
    "2026.12.98": HOLDOUTS_GE_GF_GG,
    "2026.12.99": HOLDOUTS_GH_GJ,
    "2026.12.100": HOLDOUT_GJ,
    "2026.12.101": HOLDOUT_GK,
    "2026.12.102": HOLDOUT_GM,
    "2026.12.103": HOLDOUTS_GN_GO_GP,
    "2026.12.104": HOLDOUTS_GQ_GS,
    "2026.12.105": HOLDOUTS_GT_GU_GV,
    "2026.12.106": DOCUMENT_NOT_UPDATED_2026_12_106,
    "2026.12.107": HOLDOUTS_GV_GX_GY,
    "2026.12.108": BOCOR_2026_12_108,
    "2026.12.109": HOLDOUTS_GZ_HA,
    "2026.12.110": HOLDOUT_HB,
    "2026.12.111": PERSONAL_DATA_2026_12_111,
    "2026.12.112": STAFF_MISHANDLING_2026_12_112,
    "2026.12.113": WAITS_2026_12_113,
    "2026.12.114": HOLDOUT_HC,
    "2026.12.115": HOLDOUT_HE,
    "2026.12.116": HOLDOUTS_HC_HG,
    "2026.12.117": HOLDOUT_HH,
    "2026.12.118": HOLDOUT_HF,
    "2026.12.119": HOLDOUTS_HI_HJ,
    "2026.12.120": HOLDOUT_HK,
    "2026.12.121": HOLDOUTS_HL_HO,
    "2026.12.122": REPORT_CLOSED_2026_12_122,
    "2026.12.123": HOLDOUTS_HN_HP,
    "2026.12.124": HOLDOUT_HN,
    "2026.12.125": THANKS_AND_EVENTS_2026_12_125,
    "2026.12.126": HOLDOUTS_HR_HT_HU,
    "2026.12.127": HOLDOUT_HS,
    "2026.12.128": HOLDOUT_HS_2,
    "2026.12.129": HOLDOUTS_HR_HT_2,
    "2026.12.130": HOLDOUTS_HU_HX_HY,
    "2026.12.131": HOLDOUTS_HV_HW,
    "2026.12.132": HOLDOUT_HW,
    "2026.12.133": HOLDOUT_HZ,
    "2026.12.134": HOLDOUT_IA,
    "2026.12.135": HOLDOUTS_ID_IF,
    "2026.12.136": HOLDOUT_IG,
    "2026.12.137": HOLDOUT_IE,
    "2026.12.138": HOLDOUTS_IH_IK,
    "2026.12.139": HOLDOUT_IL,
    "2026.12.140": HOLDOUT_IL_2,
    "2026.12.141": HOLDOUT_IO,
    "2026.12.142": HOLDOUTS_IP_IR,
    "2026.12.143": HOLDOUTS_IP_IR_2,
    "2026.12.144": HOLDOUT_IS,
    "2026.12.145": HOLDOUT_IS_2,
    "2026.12.146": HOLDOUT_IT,
    "2026.12.147": HOLDOUT_IV,
    "2026.12.148": HOLDOUTS_IU_IW,
    "2026.12.149": HOLDOUT_IY,
    "2026.12.150": HOLDOUT_IX,
    "2026.12.151": HOLDOUT_JA,
    "2026.12.152": HOLDOUT_IU,
    "2026.12.153": HOLDOUT_JF,
    "2026.12.154": HOLDOUT_JE,
    "2026.12.155": HOLDOUT_JG,
    "2026.12.156": HOLDOUT_JH,
    "2026.12.157": HOLDOUT_JH_2,
    "2026.12.158": HOLDOUT_JH_3,
    "2026.12.159": HOLDOUTS_II_IO,
    "2026.12.160": HOLDOUTS_IO_2,
    "2026.12.161": HOLDOUTS_JK,
    "2026.12.162": HOLDOUT_JM,
    "2026.12.163": HOLDOUTS_PERSONAL_DATA_STAFF,
    "2026.12.164": HOLDOUT_JN,
    "2026.12.165": HOLDOUT_JO,
    "2026.12.166": HOLDOUT_JO_2,
    "2026.12.167": UNDER_TRIAGE_SWEEP,
    "2026.12.168": HOLDOUT_JQ,
    "2026.12.169": HOLDOUT_JP,
    "2026.12.170": THREATS_AGAINST_COMPLAINING,
    "2026.12.171": HOLDOUTS_JR_JS,
    "2026.12.172": HOLDOUT_JR,
    "2026.12.173": DEADLINES_WITH_NOTHING_IN_THE_WAY,
    "2026.12.174": HOLDOUT_JU,
    "2026.12.175": NO_MISUSE_TOLD,
    "2026.12.176": CARE_THAT_WENT_AHEAD,
    "2026.12.177": NO_LEAK_TOLD,
    "2026.12.178": HOLDOUT_JT,
    "2026.12.179": HOLDOUT_JX,
    "2026.12.180": HOLDOUT_JV,
    "2026.12.181": AID_WITHHELD_FOR_A_CARD,
    "2026.12.182": HOLDOUT_JY,
    "2026.12.183": THIRD_PARTY_STORIES_2026_12_183,
    "2026.12.184": CLOCK_TIMES_2026_12_184,
    "2026.12.185": STATES_SINCE_2026_12_185,
    "2026.12.186": HOLDOUT_KB,
    "2026.12.187": HOLDOUT_KC,
    "2026.12.188": HOLDOUT_KB_2026_12_188,
    "2026.12.189": HOLDOUT_KE,
    "2026.12.190": HOLDOUT_KD,
    "2026.12.191": HOLDOUT_KF,
    "2026.12.192": HOLDOUT_KH,
    "2026.12.193": HOLDOUT_KI,
    "2026.12.194": HOLDOUTS_KJ_KL,
    "2026.12.195": HOLDOUT_KI_2026_12_195,
    "2026.12.196": HOLDOUT_KE_2026_12_196,
    "2026.12.197": HOLDOUT_KF_2026_12_197,
    "2026.12.198": HOLDOUT_KK,
    "2026.12.199": HOLDOUT_KK_2026_12_199,
    "2026.12.200": HOLDOUT_KF_2026_12_200,
    "2026.12.201": HOLDOUT_KN,
    "2026.12.202": HOLDOUTS_KM_KO,
    "2026.12.203": WEEKDAYS_2026_12_203,
    "2026.12.204": MISUSE_LOOKALIKES_2026_12_204,
    "2026.12.205": HOLDOUT_KQ,
    "2026.12.206": HOLDOUT_KR,
    "2026.12.207": NO_INCIDENT_YET,
    "2026.12.208": NOT_A_BLOCK,
    "2026.12.209": HOLDOUT_KS,
    "2026.12.210": HOLDOUT_KT,
    "2026.12.211": HOLDOUT_KU,
    "2026.12.212": HOLDOUT_KW,
    "2026.12.213": HOLDOUT_KY,
    "2026.12.214": HOLDOUT_KZ,
    "2026.12.215": HOLDOUT_LA,
    "2026.12.216": HOLDOUT_LB_LD,
    "2026.12.217": HOLDOUT_LE,
    "2026.12.218": HOLDOUT_LF_LG,
    "2026.12.219": HOLDOUT_LI,
    "2026.12.220": HOLDOUT_LJ,
    "2026.12.221": HOLDOUT_LL,
    "2026.12.222": HOLDOUT_LM,
    "2026.12.223": HOLDOUT_KX,
}


@pytest.mark.parametrize(
    ("rule_id", "text", "fires"),
    [
        pytest.param(r, t, f, id=f"{version}-{r}-{i}")
        for version, table in PHRASINGS.items()
        for i, (r, t, f) in enumerate(table)
    ],
)
def test_phrasings_by_rule_set(rule_id: str, text: str, fires: bool) -> None:
    """Each rule id fires (or not) on the phrasing its rule set was drawn for."""
    assert (rule_id in _rules(text)) is fires


@pytest.mark.parametrize(
    ("rule_id", "text", "received", "fires"),
    [
        pytest.param(r, t, d, f, id=f"{version}-{r}-{i}")
        for version, table in DATED_PHRASINGS.items()
        for i, (r, t, d, f) in enumerate(table)
    ],
)
def test_dated_phrasings_by_rule_set(
    rule_id: str, text: str, received: datetime | None, fires: bool
) -> None:
    """The same with a receipt time (TUESDAY when the row has none)."""
    assert (rule_id in _rules(text, received or TUESDAY)) is fires
