"""Waiting times and deadlines in complaint text, judged against UU 23/2006 Pasal 69.

Two kinds of expressions are read from the normalised tokens:

* **spans**: "sudah 3 bulan", "2 bln", "dua minggu", "berbulan-bulan", "beberapa bulan",
  "sejak tahun lalu", "2-3 minggu lagi" (a span followed by "lagi" is a wait still to come
  and is added to the longest elapsed one);
* **dates**: "6 September 2022", "tgl 21 desember", "4/6/22", "sejak Maret", "awal
  februari", "tahun 2015", and the relative "besok", "lusa", "hari ini", "minggu depan".

A date before the reference day (``received_at``, or without it the latest dated day in the
text) is the start of a wait; a date after it is a deadline. The wait is compared with the
statutory issuance time of the document named nearest to it: KTP/KK/KIA/pindah 14 days,
any akta 30 days, the death letter from the kelurahan 3 days. A deadline counts only when a
consequence word (exam, enrolment closing, departure, surgery, ...) is near it; its distance
is counted in working days of the Indonesian national calendar
(``WorkingCalendar.indonesia()``: weekends, national holidays and cuti bersama) when both days
lie inside its coverage, else Monday to Friday.

Everything here is linear in the number of tokens.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import compress, count, pairwise
from operator import or_
from typing import TYPE_CHECKING

from lapor_rules.triage.feasts import FEAST_HEADS, FEAST_QUALIFIERS, feast_day
from lapor_rules.triage.normalize import Tokens

if TYPE_CHECKING:
    from lapor_rules.calendar import WorkingCalendar

__all__ = [
    "DOC_STANDARD_DAYS",
    "MAX_EXPRESSIONS",
    "MONTHS",
    "SINCE_WORDS",
    "TIMES_OF_DAY",
    "WEEKDAYS",
    "Finding",
    "read_durations",
    "weekday_days_after",
    "working_days_after",
]

#: Statutory issuance time in days per document signal (UU 23/2006 Pasal 69).
DOC_STANDARD_DAYS = {"doc_identity": 14, "doc_akta": 30, "doc_death_letter": 3}
_DEFAULT_STANDARD = 14

_UNIT_DAYS = {"hari": 1.0, "minggu": 7.0, "bulan": 30.0, "tahun": 365.0}
_VAGUE = {"berbulan": 60.0, "berminggu": 14.0, "bertahun": 730.0, "berhari": 3.0}
_SOME = {"hari": 3.0, "minggu": 14.0, "bulan": 60.0, "tahun": 730.0}
#: A span before these words and a feast is an offset from the feast ("2 hari setelah Natal").
_OFFSET_WORDS = frozenset({"sebelum", "menjelang", "setelah", "sesudah"})
_OFFSET_UNITS = frozenset({"hari", "minggu", "bulan"})
#: Month names and abbreviations (normalised) -> month number.
MONTHS: Mapping[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "september": 9, "sept": 9,
    "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11,
    "nop": 11, "desember": 12, "des": 12,
}  # fmt: skip
#: Weekday names (normalised; "minggu" is read as a week) -> weekday number (Monday 0).
WEEKDAYS: Mapping[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum": 4, "sabtu": 5,
    "ahad": 6,
}  # fmt: skip
#: Times of day that name a day when they follow it ("Senin pagi").
TIMES_OF_DAY = frozenset(
    {"pagi", "siang", "sore", "malam", "subuh", "paginya", "siangnya", "sorenya", "malamnya",
     "subuhnya", "dini"}
)  # fmt: skip
#: Words after a weekday that place it in the past ("hari Sabtu kemarin", "Senin lalu").
_PAST_WEEKDAY = frozenset({"kemarin", "kemarenan", "lalu", "kemaren"})
_WEEKDAY_AFTER = frozenset({"ini", "depan"}) | _PAST_WEEKDAY
#: Words before a weekday that place it in the past ("sejak hari Senin").
SINCE_WORDS = frozenset({"sejak", "dari", "mulai", "semenjak"})
#: Words before "besok"/"minggu depan" that make it the office's next appointment for the
#: reporter ("disuruh kembali besok", "coba minggu depan"), not a deadline of theirs.
_COME_BACK = frozenset({"kembali", "datang", "balik", "lagi", "coba", "kesini"})
#: Words of being told to do it again ("suruh daftar ulang besok"): the office's next
#: appointment too (not "batas daftar ulang besok", a deadline).
_TOLD_TO = frozenset({"suruh", "disuruh", "diminta", "dimintai"})
_RELATIVE_TRIGGERS = frozenset(
    {
        "besok",
        "lusa",
        "hari",
        "nanti",
        "minggu",
        "bulan",
        "tahun",
        "kemarin",
        "kemarenan",
        "semalam",
    }
    | TIMES_OF_DAY
)
_DAY_TRIGGERS = frozenset({"tanggal", *WEEKDAYS})
_DATE_TRIGGERS = _RELATIVE_TRIGGERS | _DAY_TRIGGERS | frozenset(MONTHS) | frozenset(FEAST_HEADS)
#: Words after a feast that place it in the past ("Lebaran kemarin", "Natal tahun lalu").
_PAST_FEAST = frozenset({"kemarin", "kemaren", "kemarenan", "lalu"})
#: Submission verbs: a feast or a day of the month shortly after one is when the
#: application was made ("diserahkan sebelum Iduladha", "saya ajukan tanggal 3").
_SUBMITTED = frozenset(
    {"ajukan", "diajukan", "mengajukan", "urus", "diurus", "mengurus", "serahkan",
     "diserahkan", "menyerahkan", "didaftarkan", "mendaftar", "mendaftarkan", "rekam",
     "direkam", "merekam", "masukkan", "dimasukkan", "mohonkan", "dimohonkan", "setor",
     "disetor", "menyetor", "masukan", "dimasukan", "minta", "meminta", "memohon", "bawa",
     "membawa"}
)  # fmt: skip
_SUBMITTED_WINDOW = 6
_ALREADY_WINDOW = 10  # "sudah ajukan ... hari Senin": the words a weekday's past may span
_SUBMITTED_AFTER = 6  # tokens after the date ("tanggal 3 saya sudah menyerahkan")
#: Words before a submission verb that make it a need or a plan ("harus diserahkan").
_UNSUBMITTED = frozenset(
    {"harus", "wajib", "perlu", "mesti", "agar", "supaya", "bisa", "akan", "mau", "nanti",
     "rencana", "berencana"}
)  # fmt: skip
#: Words after a weekday that place it ahead ("Jumat ini", "Senin depan").
_AHEAD = frozenset({"ini", "depan"})
#: A feast after a bare submission verb this few days ahead may be a deadline: not read.
_AHEAD_DAYS = 60
_SPAN_TRIGGERS = frozenset(_UNIT_DAYS) | frozenset(_VAGUE)
_MONTH_ONLY_OPENERS = frozenset(
    {"sejak", "dari", "mulai", "bulan", "awal", "akhir", "pertengahan", "tanggal", "pada",
     "sekitar", "terakhir"}
)  # fmt: skip
#: A span right after these words is an age, a pregnancy, a validity period or a rate.
_NOT_A_WAIT = frozenset(
    {"umur", "usia", "berumur", "hamil", "lahir", "masa", "berlaku", "tiap", "setiap",
     "seharusnya", "harusnya", "maksimal", "paling", "normalnya", "biasanya", "standar",
     "standarnya", "ke", "lansia", "berusia", "usianya", "umurnya", "kelahiran", "menikah",
     "nikah", "cerai", "bercerai", "kerja", "bekerja", "tinggal", "menetap", "berdomisili",
     "merantau", "kuliah", "sekolah", "tanggal", "katanya", "dijanjikan", "janjinya",
     "estimasi", "perkiraan", "rusak", "kontrak", "kontraknya", "magang", "cuti", "meninggal",
     "wafat",
     # "kembali dari Brunei setelah 11 tahun": a stay told as over, not a wait.
     "setelah", "sesudah",
     # "anak-anak sudah di atas 5 tahun": an age bound.
     "atas", "bawah",
     # "Suami kerja di kapal cumi, baru pulang 3 bulan lagi": a person's return, not a wait.
     "pulang", "mudik",
     "baru",
     # "Ibu sy sdh almarhumah 2 thn lalu": how long ago a death was.
     "almarhum", "almarhumah"}
)  # fmt: skip
#: Verbs of a death told with how long ago it was ("meninggal 9 hari lalu").
_DEATH_VERBS = frozenset({"meninggal", "wafat", "almarhum", "almarhumah"})
#: A death longer ago than this starts no wait for its letter ("meninggal dua tahun lalu").
_RECENT_DEATH_DAYS = 30
#: Words before an age ("umur 74 tahun"); from this age a person is elderly (lansia, UU 13/1998).
_AGE_WORDS = frozenset({"umur", "usia", "berumur", "berusia", "umurnya", "usianya"})
_ELDERLY_YEARS = 60
#: People whose stated age follows them directly ("nenek 80 tahun", "ibu saya 78 th").
_ELDER_NOUNS = frozenset(
    {"nenek", "kakek", "bapak", "ibu", "mbah", "ayah", "mama", "papa", "opa", "oma", "mertua",
     "lansia", "saya", "beliau"}
)  # fmt: skip
#: A span right before these words is how long someone has lived or worked somewhere
#: ("sudah 2 tahun ikut saya di Depok"), not a wait.
_NOT_A_WAIT_AFTER = frozenset(
    {"ikut", "tinggal", "menetap", "bekerja", "kerja", "merantau", "menikah", "berdomisili",
     "kuliah", "sekolah", "menjanda", "menduda", "berpisah", "pisah", "terbaring",
     "berbaring", "sakit", "dirawat", "lumpuh", "koma", "stroke",
     # A trade or job kept for years ("sudah 10 tahun saya dagang sayur").
     "dagang", "berdagang", "jualan", "berjualan", "bertani", "ngojek", "mengajar",
     "bertugas", "mengabdi", "berusaha"}
)  # fmt: skip
#: Conditions whose duration a span may tell ("lumpuh sejak 3 tahun"), and walking, after
#: "(tidak) bisa" ("gak bisa jalan sejak 2 tahun").
_CONDITIONS = frozenset(
    {"stroke", "sakit", "lumpuh", "terbaring", "koma", "buta", "tuli", "bisu", "pikun", "autis"}
)
_WALKING = frozenset({"jalan", "berjalan"})
#: Words before a document that make it a copy of one, not the document applied for.
_COPY_WORDS = frozenset({"fotokopi", "fotocopy", "foto", "salinan", "scan", "copy"})
_LAST_OR = frozenset({"terakhir", "atau"})
_APPLYING = frozenset(
    {"urus", "diurus", "mengurus", "ajukan", "diajukan", "mengajukan", "serahkan",
     "diserahkan", "menyerahkan", "daftar", "mendaftar", "masukkan", "dimasukkan", "padahal"}
)  # fmt: skip
#: Words from "tercatat" to the "sejak" of a recorded state ("tercatat 'sudah pindah keluar
#: ke Kota Manado Selatan' sejak 2024").
_RECORDED_REACH = 12
#: Verbs of living somewhere, and how far before "sejak" they date a stay.
_RESIDENCE = frozenset({"tinggal", "menetap", "berdomisili", "bermukim", "mukim"})
_RESIDENCE_REACH = 5
#: States that began on a day ("sudah cerai resmi ... sejak Juni", "kerja di pabrik sejak
#: 2023", "pemekaran RT sejak tahun lalu"), and how far before "sejak" they date it.
_STATE_BEGUN = frozenset(
    {"cerai", "bercerai", "menikah", "nikah", "kerja", "bekerja", "pemekaran", "dimekarkan",
     "lulus", "pensiun"}
)  # fmt: skip
_STATE_REACH = 8
#: Words before "pindah" that tell a move made, a state begun ("kami sdh pindah ke huntap
#: sejak bulan lalu"), not a transfer applied for ("urus pindah sejak Maret").
_DONE_MOVE = frozenset({"sudah", "telah"})
#: "jadi"/"menjadi" and the roles after them that make a span a tenure ("4 tahun jadi guru").
_BECOME = frozenset({"jadi", "menjadi"})
_ROLES = frozenset(
    {"guru", "honorer", "pns", "asn", "perangkat", "kader", "ketua", "warga", "pengurus",
     "relawan", "tki", "tkw", "pmi", "karyawan", "pegawai", "sopir", "buruh", "petani",
     "nelayan", "pedagang", "anggota", "pendamping", "operator", "bidan", "perawat"}
)  # fmt: skip
#: Subjects that may stand between a span and its activity ("3 tahun saya dagang").
_SUBJECTS = frozenset({"saya", "kami", "aku", "beliau", "dia"})
#: Words that make a date a plan ("rencana berangkat sekitar bulan Oktober"): ahead.
_PLAN_WORDS = frozenset(
    {"rencana", "berencana", "rencananya", "akan", "nanti",
     # A deadline or the next round ("paling lambat akhir Desember", "pencairan berikutnya
     # (sekitar Oktober)").
     "lambat", "selambatnya", "berikutnya", "tenggat", "batas"}
)  # fmt: skip
_PLAN_WINDOW = 8
#: A date right after these words is the date of the event itself (a birth, a marriage, a
#: divorce, a conversion), not the start of a wait ("akta lahir" names a document and does
#: not count).
_BIRTH_WORDS = frozenset(
    {"lahir", "kelahiran", "lhr", "menikah", "nikah", "cerai", "bercerai", "kawin", "mualaf",
     "muallaf", "memeluk", "dibaptis", "baptis",
     # Other life events dated in passing ("sudah pensiun tahun lalu", "ditahbiskan tahun
     # lalu", "dimekarkan sejak 2023").
     "ditahbiskan", "dilantik", "dimekarkan", "pensiun"}
)  # fmt: skip
#: A document right after these words is what another is needed for ("syarat akta").
_PURPOSE = frozenset({"syarat", "persyaratan"})
#: A document right after these words is the one asked for ("minta surat keterangan").
_ASKED_FOR = frozenset({"minta", "memohon", "mohonkan", "mengurus"})
_PENDING_AFTER_DOC = 6  # "surat keterangan kematiannya belum dibuat": tokens to the "belum"
#: A document right after these words was supplied as a requirement ("upload akta").
_SUPPLIED = frozenset({"upload", "unggah", "mengunggah", "lampirkan", "melampirkan"})
#: A date right after these words is a death: the start of a wait for the death documents
#: only when the text gives no other date to count from ("meninggal 5 Desember ... Senin
#: tanggal 8 kami ajukan" counts from the 8th).
_DEATH_WORDS = frozenset(
    {"meninggal", "wafat", "meninggalnya", "berpulang", "dimakamkan", "dikuburkan"}
)
_DOCUMENT_NOUNS = frozenset({"akta", "buku", "surat", "status"})
#: Words before a span still to come that make it a closing date, not a remaining wait.
_CLOSES = frozenset({"ditutup", "tutup", "berakhir", "berakhirnya", "ditutupnya"})
#: Words that make a wait a feeling ("rasanya sudah lama sekali, sebulan lebih").
_FEELS = frozenset({"rasanya", "kayaknya", "sepertinya", "perasaan"})
#: After "minggu ini": the week so far or a demand, not a day ahead.
_THIS_WEEK_STATE = frozenset(
    {"sudah", "belum", "harus", "saja", "juga", "tidak", "masih", "sampai", "pun"}
)
#: Words before a span that make it an estimate ("hampir sebulan").
_APPROXIMATELY = frozenset(
    {"hampir", "sekitar", "kurang", "kira", "nyaris", "menjelang", "mendekati"}
)
_DEATH_PAPER = frozenset({"kematian", "kematiannya"})
#: After "<document> sudah": the document was made ("KTP baru sudah jadi").
_MADE_NOW = frozenset({"jadi", "terbit", "keluar", "selesai", "dicetak"})
#: After "akta kematian sudah": the certificate exists.
_MADE = _MADE_NOW | {"ada", "diterbitkan"}
#: After "<document> belum": the document is not yet made ("kematiannya belum dibuat").
_NOT_YET_MADE = _MADE_NOW | {"dibuat", "dibuatkan", "ditandatangani"}
#: A date right after these words is when a document was made ("KTP saya jadi tahun 2019"),
#: unless they are negated ("belum jadi tahun ini").
_DONE_WORDS = frozenset(
    {"jadi", "terbit", "dicetak", "selesai", "dibuat", "tertulis", "tercetak", "berlaku",
     "diperbarui", "keluar"}
)  # fmt: skip
#: "waktu itu", "saat itu": the time of a past event, told before a feast.
_THAT_TIME = frozenset({("waktu", "itu"), ("saat", "itu"), ("ketika", "itu")})
#: "waktu banjir", "saat gempa": an event in which documents were lost, dated after it.
_WHEN = frozenset({"waktu", "saat", "ketika", "pas", "sewaktu"})
#: "Rumah sy kena banjir bulan Februari": struck by the event, dated after it.
_STRUCK = frozenset({"kena", "terkena", "dilanda"})
_LOSS_EVENTS = frozenset(
    {"banjir", "gempa", "kebakaran", "longsor", "tsunami", "erupsi", "bencana", "kecelakaan",
     "pindahan", "kecopetan", "kemalingan", "rob"}
)  # fmt: skip
#: "besok paginya", "besok harinya": the day after a past event, in a story.
_NEXT_MORNING = frozenset({"paginya", "harinya", "siangnya", "sorenya", "malamnya"})
#: "hanya hari Selasa", "setiap hari Sabtu": a recurring day of the week.
_RECURRING = frozenset({"hanya", "cuma", "setiap", "tiap", "khusus"})
#: "jam 3 sore nanti": the hour before the time of day (a number or "jam").
#: Words that introduce a clock time ("jam 9", "pukul 10").
_CLOCK_WORDS = frozenset({"jam", "pukul"})
_CLOCK_OR_JAM = _CLOCK_WORDS | frozenset(str(h) for h in range(1, 13))
#: Words before a time of day written with a dot ("jam 10.05", "pkl 07.30").
_BEFORE_CLOCK_TIME = _CLOCK_WORDS | {"pkl"}
#: Words that name a price ("350 ribu", "Rp500.000").
_PRICE_WORDS = frozenset({"ribu", "rb", "juta", "jt", "rp", "rupiah"})
#: Opening words of a sentence that tells an earlier episode ("Dulu waktu saya urus akta
#: ... 3 bulan"); with a later sentence opening "sekarang", its waits are history.
_THEN_WORDS = frozenset({"dulu", "dahulu", "dulunya"})
_NOW_WORDS = frozenset({"sekarang", "kini"})
#: Words after "hari ini" that tell how things stand now, not a deadline.
_NOW_STATE = frozenset({"status", "statusnya", "masih", "tetap", "sudah"})
#: "hari ini saya dapat ...": news received today, told, not a deadline today.
_NEWS_TODAY = frozenset(
    (who, got) for who in ("saya", "kami") for got in ("dapat", "mendapat", "menerima", "terima")
)
_UNTIL_NOW = frozenset({"sampai", "hingga", "sampe", "sampek", "smp", "ampe"})
_STILL = frozenset({"masih", "belum", "tetap", "juga", "tidak", "malah", "justru"})
#: A sentence saying the application was accepted complete ("pengajuan KTP saya diterima
#: lengkap"): the statutory time runs from a complete application.
_COMPLETE_WORDS = frozenset({"lengkap"})
_ACCEPTED_WORDS = frozenset({"diterima", "dinyatakan", "sudah", "berkas"})
#: The maker in "KTP yang saya buat tahun 2012" (a document's making, not a wait).
_I_WE = frozenset({"saya", "kami", "aku"})
#: Registrations whose closing day ("pendaftaran ... tutup hari Senin") is a deadline.
_REGISTRATION_WORDS = frozenset(
    {"pendaftaran", "pendaftarannya", "registrasi", "seleksi", "spmb", "ppdb", "penerimaan",
     "lowongan", "rekrutmen", "tes", "ujian"}
)  # fmt: skip
_CLOSING_WINDOW = 12
#: Words before "hari Sabtu" that ask about opening days.
_OPENING_WORDS = frozenset({"buka", "tutup", "libur", "melayani", "beroperasi"})
#: Words right before a date ahead that make it a promised completion ("paling cepat KTP
#: jadi akhir Oktober"): the wait runs on until then.
_PROMISED = frozenset(
    {"jadi", "jadinya", "selesai", "selesainya", "terbit", "dicetak", "keluar", "cetaknya",
     "dicetaknya", "datang", "dibagikan"}
)  # fmt: skip
#: Between a promised verb and its date: "cetaknya nanti sekitar pertengahan Desember".
_PROMISE_FILLERS = frozenset({"nanti", "sekitar", "kira"})
#: "bisa" after these is the office's estimate, not a need ("baru bisa keluar Oktober").
_ESTIMATE_BISA = frozenset({("baru", "bisa"), ("cepat", "bisa")})
_NEED_BEFORE = frozenset({"harus", "wajib", "perlu", "mesti", "sudah", "bisa", "sebelum", "agar"})
#: A broken thing's state before "sejak": "printer rusak sejak bulan lalu" dates the fault,
#: not an application.
_FAULT_WORDS = frozenset({"rusak", "error", "eror", "gangguan"})
#: Openers of a month-only date that say a part of the month ("akhir Oktober").
_PART_OF_MONTH = frozenset({"awal", "pertengahan", "akhir"})
_PART_DAY = {"akhir": 25, "pertengahan": 15}
_UNTIL_WORDS = frozenset({"sampai", "sejak", "dari", "per", "tanggal", "sd", "mulai", "s"})
_MAX_YEARS_BACK = 15
#: "KTP baru sudah jadi": the document was issued (unless asked: "sudah jadi belum?").
_ISSUED = _MADE_NOW | {"diambil", "diterima"}
_ISSUED_DOCS = frozenset({"ktp", "kk", "kia", "akta", "aktanya", "ktpnya", "kknya"})
_STATUS_ASKED = frozenset({"belum", "atau", "kah", "blm"})
_ISSUED_AFTER = _ISSUED_DOCS | {"baru", "barunya"}
_ISSUED_SUBJECT_WINDOW = 12
#: Words between a card and "sudah jadi" that keep it open or ask about it.
_NOT_SETTLED = frozenset({"masih", "apa", "apakah", "sekarang", "kapan"})
#: Words that say something is still not done ("belum jadi"): then no wait has ended.
_PENDING_WORDS = frozenset({"belum"})
#: "anak sudah 3 bulan": the child's age, not a wait.
_CHILD_NOUNS = frozenset({"anak", "anaknya", "bayi", "bayinya", "cucu"})
_PAID_OFF = frozenset({"lunas", "lunasi", "dilunasi", "melunasi", "dilunaskan"})
_OWNERS = frozenset({"saya", "kami"})
#: Events a weekday right after names the day of ("sidangnya Senin", "ujian Kamis").
_EVENTS_AHEAD = frozenset(
    {"sidang", "sidangnya", "ujian", "ujiannya", "tes", "wawancara", "berangkat",
     "keberangkatan", "penerbangan", "operasi", "operasinya", "akad", "pelantikan", "jadwal",
     "jadwalnya", "batas", "batasnya", "tenggat", "deadline"}
)  # fmt: skip
#: How far before a weekday an event ahead may name it ("berangkat ... ke Ambon hari Kamis").
_EVENT_AHEAD_WINDOW = 8
#: Words that tell a thing done ("operasi sudah berjalan lancar hari Jumat").
_COMPLETED = frozenset({"lancar", "selesai", "beres", "berhasil"})
#: Words that put an event, or what follows it, in the past ("sudah berangkat", "kemarin").
_EVENT_PAST_WORDS = frozenset({"sudah", "telah", "sempat", "kemarin", "lalu", "tadi", "pernah"})
_DOCUMENT_OF = frozenset(
    {"kia", "akta", "ktp", "kk", "nama", "kartu", "data", "kelahiran", "lahir", "berkas"}
)  # fmt: skip
_STATE_WINDOW = 6  # tokens between "padahal" and the "sejak" date of the state it tells
#: Words right before a date that make it a value on a record, not a start.
_VALUE_WORDS = frozenset({"tertulis", "benar", "seharusnya", "harusnya", "sebenarnya"})
#: Words before "sejak" that make the date the start of a settled state.
_ENDED = frozenset({"berhenti", "normal", "lancar", "aktif", "beres", "selesai"})
_UNTIL_MONTH = frozenset({"sampai", "hingga"})
_NEAR_AHEAD_DAYS = 60  # "sampai Januari" said in December: a month this near is ahead
_TERM_DAYS = 270.0  # nine months: "hamil 8 bulan" gives birth in about a month
_MAX_COUNT = 400  # a larger number before a unit is no span ("nomor 1234 hari ini")
#: Words that make a span a wait for an application when no document is named.
_WAIT_CONTEXT = frozenset(
    {"menunggu", "mengurus", "pengurusan", "mengajukan", "pengajuan", "permohonan", "berkas",
     "proses", "diproses", "daftar", "mendaftar", "pendaftaran", "rekam", "cetak", "akta",
     "dokumen", "surat", "jadi", "terbit", "selesai"}
)  # fmt: skip
#: "belum (pernah/sempat/saya) diurus", "bagaimana cara buat ...": never applied for.
_HANDLED = frozenset({"diurus", "mengurus"})
#: "tidak pernah diurus", "tidak sedang mengurus": nothing applied for.
_NEVER = frozenset({("tidak", "pernah"), ("tidak", "sedang")})
#: "belum pernah", "tidak sempat", "tidak sedang mengurus dokumen apa pun".
_NOT_YET_FILLERS = frozenset({"pernah", "sempat", "saya", "kami", "kita", "sedang"})
_HOW_TO_VERBS = frozenset({"untuk", "membuat", "bikin", "mengurus"})
_NOT_APPLIED_CUES = _HANDLED | {"cara"}
#: Words after an event's date that tell its file was handed in "hari itu (juga)".
_FILED = frozenset(
    {"berkas", "diterima", "didaftarkan", "diajukan", "diserahkan", "dicatat", "dicatatkan"}
)
_FILED_WINDOW = 16
#: When the file followed the event: that day, that week, the next one ("minggu itu juga",
#: "minggu berikutnya"; the wait is counted from the event, a week at most too long).
_THAT_DAY = frozenset(
    {
        ("hari", "itu"),
        ("minggu", "itu"),
        ("minggu", "berikutnya"),
        ("hari", "berikutnya"),
        ("bulan", "itu"),
    }
)
#: Words that tell something is still pending ("belum", "masih", "menunggu").
_PENDING_CUES = frozenset(
    {"belum", "masih", "menunggu", "nunggu", "proses", "diproses", "tertunda", "lama"}
)
#: Words that tell an application was made (a file, a submission, a recording).
_APPLIED_WORDS = frozenset(
    {"ajukan", "diajukan", "mengajukan", "pengajuan", "permohonan", "berkas", "serahkan",
     "diserahkan", "menyerahkan", "mendaftar", "didaftarkan", "mendaftarkan", "direkam",
     "merekam", "perekaman", "antre", "antri", "diproses", "resi", "dimasukkan",
     "memasukkan", "diupload", "tiket", "petugas", "loket", "operator"}
)  # fmt: skip
#: Words that make a sentence about an application, where a date can start a wait.
_APPLICATION_WORDS = _WAIT_CONTEXT | frozenset(
    {"ajukan", "diajukan", "mengajukan", "serahkan", "diserahkan", "menyerahkan", "masukkan",
     "dimasukkan", "memasukkan", "setor", "input", "upload", "rekam", "direkam", "perekaman",
     "lapor", "melapor", "antre", "antri", "urus", "diurus", "ngurus", "ktp", "kk", "kia",
     "nik", "pindah", "blanko", "suket", "tunggu", "belum", "sejak"}
)  # fmt: skip
#: At most this many waits and this many dates are read from one text, from the first few
#: thousand candidate words (a complaint with more is not a complaint; the cap keeps
#: hostile input cheap).
MAX_EXPRESSIONS = 256
_CONSEQUENCE_WINDOW = 14
_SCHEDULE_WINDOW = 4  # tokens between a consequence and the span that schedules it
_IMMINENT_WORKING_DAYS = 2
_SOON_WORKING_DAYS = 10


@dataclass(frozen=True, slots=True)
class Finding:
    """A fact found in the text: its id, token span and a short note (days)."""

    fact: str
    first: int
    last: int
    note: str


@lru_cache(maxsize=1)
def _national_calendar() -> WorkingCalendar:
    from lapor_rules.calendar import WorkingCalendar  # noqa: PLC0415 - built on first use

    return WorkingCalendar.indonesia()


def office_start_day(received_at: datetime) -> date:
    """The day a complaint counts as received (rule T1): day 0 of a deadline count.

    The received day if it is a working day and the complaint arrived before closing time,
    otherwise the next working day. The wall clock of ``received_at`` is read as the
    office's local time (its offset says where it arrived: WIB, WITA or WIT). Inside the
    national calendar's years holidays and cuti bersama count; outside them, only the days
    without office hours (weekends).
    """
    local_day = received_at.date()
    calendar = _national_calendar()
    years = calendar.years
    if local_day.year in years and (local_day + timedelta(days=21)).year in years:
        return calendar.start_day(received_at.replace(tzinfo=calendar.tzinfo))
    hours = calendar.office_hours.by_weekday()
    today = hours[local_day.weekday()]
    if today is not None and received_at.time() < today.close:
        return local_day
    day = local_day + timedelta(days=1)
    while hours[day.weekday()] is None:
        day += timedelta(days=1)
    return day


def working_days_after(start: date, end: date) -> int:
    """Count working days in ``(start, end]`` in O(1).

    Inside the coverage of the national calendar (``WorkingCalendar.indonesia()``) holidays
    and cuti bersama are skipped too; outside it only weekends are.
    """
    days = (end - start).days
    if days <= 0:
        return 0
    calendar = _national_calendar()
    years = calendar.years
    if start.year in years and end.year in years and (end + timedelta(days=1)).year in years:
        return calendar.working_days_between(start + timedelta(days=1), end + timedelta(days=1))
    return weekday_days_after(start, end)


def weekday_days_after(start: date, end: date) -> int:
    """Count Monday-to-Friday days in ``(start, end]`` in O(1)."""
    days = (end - start).days
    if days <= 0:
        return 0
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    weekday = start.weekday()
    for k in range(1, rest + 1):
        if (weekday + k) % 7 < 5:
            count += 1
    return count


def _int(word: str) -> int | None:
    return int(word) if word.isdecimal() else None


@dataclass(slots=True)
class _Date:
    first: int
    last: int
    day: int
    month: int
    year: int | None
    relative: int | None = None  # days from the reference day, for "besok" etc.
    weekday: int | None = None  # the next such weekday after the reference day
    # With ``weekday``: the latest such weekday before the reference day; with
    # ``day_only``: that day of the previous month ("tanggal 20 bulan lalu").
    past: bool = False
    # With ``day_only``: the weekday written beside the day ("Senin tanggal 8"), which picks
    # the month; or ``this_month`` ("tanggal 2 bulan ini"); or ``recent`` ("tgl 25 kemarin":
    # the latest such day up to the reference day).
    weekday_hint: int | None = None
    this_month: bool = False
    next_month: bool = False  # with ``day_only``: "tanggal 20 bulan depan"
    recent: bool = False
    this_week: bool = False  # "minggu ini": ahead, never within 2 working days (rubric)
    death: bool = False  # the date of a death (a fallback start of a wait)
    event: bool = False  # the date of a birth, marriage or divorce (never a wait)
    day_only: bool = False  # "tanggal 16": the next such day of the month
    month_only: bool = False  # "pertengahan November": no day was written
    year_only: bool = False  # "tahun 2021": neither day nor month was written
    since: bool = False  # after "sejak", "dari", "mulai": a start in the past
    done: bool = False  # after "jadi", "terbit": when a document was (or will be) made
    # A feast ("sejak sebelum puasa"): its key in ``FEAST_HEADS``, days added to its day,
    # and whether "tahun lalu" follows it (last year's, not the latest).
    feast: str | None = None
    feast_shift: int = 0
    feast_last_year: bool = False
    promised: bool = False  # a feast ahead the office promised ("paling cepat habis Lebaran")
    bare: bool = False  # a feast read only after a submission verb ("diserahkan sebelum X")
    next_week: bool = False  # a weekday followed by "depan": never today ("Senin depan")
    month_end: bool = False  # "akhir bulan ini": the last day of the reference's month
    last_year: bool = False  # with ``month_only``: "Oktober tahun lalu"
    next_year: bool = False  # with ``month_only``: "Februari tahun depan"


class _Reader:
    def __init__(self, tokens: Tokens, text: str, blocked: Callable[[int], bool]) -> None:
        self.w = tokens.words
        self.t = tokens
        self.text = text
        self.blocked = blocked
        self.elderly: list[tuple[float, int, int]] = []  # "umur 74 tahun": (years, span)
        # "hamil 8 bulan": the days left to the birth and the span that tells them.
        self.pregnancy: list[tuple[float, int, int]] = []
        # "meninggal 9 hari lalu": how long ago a death was (a start for its letter).
        self.deaths: list[tuple[float, int, int]] = []

    def sep(self, i: int) -> str:
        """Characters between token ``i`` and token ``i + 1``."""
        return self.text[self.t.ends[i] : self.t.starts[i + 1]]

    # -- spans -------------------------------------------------------------------------
    def spans(self) -> tuple[list[tuple[float, int, int]], list[tuple[float, int, int]]]:
        elapsed: list[tuple[float, int, int]] = []
        remaining: list[tuple[float, int, int]] = []
        w = self.w
        n = len(w)
        not_a_wait_end = -1  # the unit word of the last span read as an age or a period
        for i in list(compress(count(), map(_SPAN_TRIGGERS.__contains__, w)))[
            : 4 * MAX_EXPRESSIONS
        ]:
            word = w[i]
            value: float | None = None
            first = i
            if word in _VAGUE:
                value = _VAGUE[word]
            elif word in _UNIT_DAYS and i > 0:
                value, first = self._number_before(i)
                if value is not None:
                    value *= _UNIT_DAYS[word]
                    if word == "hari" and i + 1 < n and w[i + 1] == "kerja":
                        # "7 hari kerja" states a standard or a promise, not a wait.
                        continue
                elif w[i - 1] == "beberapa" and not (i > 1 and w[i - 2] == "dalam"):
                    # "kontrol dalam beberapa minggu" is ahead (see _relative), not a wait.
                    value, first = _SOME[word], i - 1
                elif (
                    (w[i - 1] in {"sejak", "dari"} or (i > 1 and w[i - 2] == "sejak"))
                    and i + 1 < n
                    and w[i + 1] == "lalu"
                    # "sejak tahun lalu (22 Desember 2025)": the date says how long.
                    and not any(t.isdecimal() for t in w[i + 2 : i + 5])
                    # "Kami sdh pindah ke huntap sejak bulan lalu": a state begun then.
                    and not (w[i - 1] == "sejak" and _state_before(self.t, i - 1))
                ):
                    value, first = (183.0 if word == "tahun" else _UNIT_DAYS[word]), i - 1
            if (
                value is not None
                and word == "tahun"
                and value >= _ELDERLY_YEARS * 365
                and first > 0
                and (w[first - 1] in _AGE_WORDS or w[first - 1] in _ELDER_NOUNS)
            ):
                self.elderly.append((value / 365, first - 1, i))
            if (
                value is not None
                and first > 0
                and (
                    w[first - 1] in _NOT_A_WAIT
                    # "Kontrak masih 2 tahun": what is left of a term, not a wait.
                    or (first > 1 and w[first - 1] == "masih" and w[first - 2] in _NOT_A_WAIT)
                    or first - 1 == not_a_wait_end
                    or self._spent_at_place(first)
                    or self._child_age(first)
                    or self._condition_since(first)
                )
            ):
                # "umur 16 tahun 10 bulan": the second span continues the age.
                not_a_wait_end = i
                self._note_pregnancy(first, i, value)
                self._note_death(first, i, value)
                continue
            # "seminggu sebelum Lebaran" places a day (see _feast), no wait.
            if (
                value is None
                or value > _MAX_YEARS_BACK * 365
                or self.blocked(i)
                or self._feast_offset(i)
            ):
                continue
            after = w[i + 1] if i + 1 < n else ""
            activity = w[i + 2] if after in _SUBJECTS and i + 2 < n else after
            if (
                activity in _NOT_A_WAIT_AFTER
                # "sudah 4 tahun jadi guru honorer": a tenure in a role, not a wait.
                or (after in _BECOME and i + 2 < n and w[i + 2] in _ROLES)
                # "dalam dua tahun terakhir": a window looked back over, not a wait;
                # "dua minggu atau sebulan?": alternatives asked about.
                or after in _LAST_OR
                or (first and w[first - 1] == "atau")
            ):
                continue  # "dua minggu atau sebulan?": alternatives asked about, not a wait
            # "2 minggu lagi" is still to come.
            (remaining if after == "lagi" else elapsed).append((value, first, i))
            if len(elapsed) + len(remaining) >= MAX_EXPRESSIONS:
                break
        return elapsed, remaining

    def _feast_offset(self, unit: int) -> bool:
        """Whether the span ending at ``unit`` is an offset from a feast after it.

        "seminggu sebelum Lebaran", "tiga hari setelah Natal": the words name a day.
        """
        w = self.w
        return (
            w[unit] in _OFFSET_UNITS
            and unit + 2 < len(w)
            and w[unit + 1] in _OFFSET_WORDS
            and any(word in FEAST_HEADS for word in w[unit + 2 : unit + 4])
        )

    def _condition_since(self, first: int) -> bool:
        """Whether a span says how long a condition has lasted, or an age, not a wait.

        "Bapak sy yg stroke & gak bisa jalan sejak 2 tahun kemarin", "lumpuh sejak 3 tahun",
        "stroke udh 2 thn";
        "Anak sy autis 5 th" (an age told after the condition).
        """
        w = self.w
        if first and w[first - 1] in _CONDITIONS:
            return True
        # "Ibu sy stroke udh 2 thn gk bisa bangun".
        if first > 1 and w[first - 1] == "sudah" and w[first - 2] in _CONDITIONS:
            return True
        if first < 2 or w[first - 1] not in SINCE_WORDS:
            return False
        before = w[first - 2]
        return before in _CONDITIONS or (
            before in _WALKING and first > 2 and w[first - 3] == "bisa"
        )

    def _child_age(self, first: int) -> bool:
        """Whether a span is a child's age: "anak sudah 3 bulan", "anak saya (15 tahun)".

        "sudah" not after a document ("KIA anak sudah ...", "akta kelahiran anak sudah 2
        bulan"); an age in brackets is one after a document too ("KIA anak sy (10 thn)").
        """
        w, clauses = self.w, self.t.clauses
        if first < 2 or w[first - 2] not in _CHILD_NOUNS or clauses[first - 2] != clauses[first]:
            return False
        # "anak saya 7 bulan belum punya akta" may count the wait since the birth; an age
        # in brackets does not.
        if w[first - 1] in _OWNERS and "(" in self.sep(first - 1):
            return True
        return w[first - 1] == "sudah" and _DOCUMENT_OF.isdisjoint(w[max(0, first - 5) : first - 2])

    def _note_death(self, first: int, unit: int, days: float) -> None:
        """Record "meninggal 9 hari lalu": a recent death, a start for its letter's wait."""
        w = self.w
        if (
            w[first - 1] in _DEATH_VERBS
            and w[unit + 1 : unit + 2] == ("lalu",)
            and days < _RECENT_DEATH_DAYS
        ):
            self.deaths.append((days, first, unit))

    def _note_pregnancy(self, first: int, unit: int, days: float) -> None:
        """Record "hamil 8 bulan": the birth is about a month ahead."""
        w = self.w
        if w[first - 1] == "hamil" and w[unit] == "bulan" and days < _TERM_DAYS:
            self.pregnancy.append((_TERM_DAYS - days, first - 1, unit))

    def _spent_at_place(self, first: int) -> bool:
        """Whether a span follows "<activity> di <place>" ("kuliah di Jogja 4 tahun")."""
        w, clauses = self.w, self.t.clauses
        for k in range(first - 1, max(0, first - 5), -1):
            if clauses[k] != clauses[first]:
                return False
            if w[k] == "di":
                return w[k - 1] in _NOT_A_WAIT_AFTER and clauses[k - 1] == clauses[first]
        return False

    def _number_before(self, i: int) -> tuple[float | None, int]:  # noqa: PLR0911 - one return per number form
        w = self.w
        if self.t.sentences[i - 1] != self.t.sentences[i]:
            return None, i  # "RT 02. Tahun depan ...": a sentence ends between them
        a = _int(w[i - 1])
        if w[i - 1] == "setengah":
            return 0.5, i - 1
        if a is None:
            if w[i - 1] == "belas" and i > 1 and _int(w[i - 2]) is not None:
                return 10.0 + float(w[i - 2]), i - 2
            if w[i - 1] == "puluh" and i > 1 and _int(w[i - 2]) is not None:
                return 10.0 * float(w[i - 2]), i - 2
            return None, i
        if i > 1 and _int(w[i - 2]) is not None:
            gap = self.sep(i - 2).strip()
            if gap in {",", "."}:
                return float(f"{w[i - 2]}.{w[i - 1]}"), i - 2
            if gap in {"-", "s/d", "/", "sampai"}:
                # "0812-0000-4471 hari Senin": digit groups of a phone number, no range.
                high = max(a, int(w[i - 2]))
                return (None, i) if high > _MAX_COUNT else (float(high), i - 2)
        if i > 2 and w[i - 2] == "puluh" and _int(w[i - 3]) is not None:
            return 10.0 * float(w[i - 3]) + a, i - 3
        if a > _MAX_COUNT:
            return None, i
        if i > 1 and w[i - 2].isalpha() and not self.sep(i - 2):
            return None, i  # "lulus D3 thn ini": a number glued to letters is a level or code
        return float(a), i - 1

    # -- dates -------------------------------------------------------------------------
    def dates(self) -> list[_Date]:
        w = self.w
        out: list[_Date] = []
        skip_to = 0
        candidates = list(
            compress(count(), map(or_, map(_DATE_TRIGGERS.__contains__, w), map(str.isdecimal, w)))
        )
        for i in candidates[: 8 * MAX_EXPRESSIONS]:
            if i < skip_to:
                continue
            word = w[i]
            found = self._month_date(i) if word in MONTHS else None
            if found is None and word.isdecimal():
                found = self._numeric_date(i) or self._year_only(i)
            if found is None and word in _RELATIVE_TRIGGERS:
                found = self._relative(i)
            if found is None and word in _DAY_TRIGGERS:
                found = self._weekday_or_day(i)
            if found is None and word in FEAST_HEADS:
                found = self._feast(i)
            if (
                found is not None
                and not self.blocked(found.first)
                and not self._fault_since(found.first)
            ):
                # "Surat pindah sudah keluar tanggal 5 Mei dan langsung kami serahkan": made,
                # then handed in for the next document, whose wait starts there.
                found.done = (
                    found.promised
                    or (self._done(found) and not self._submitted(found.first))
                    # "cetaknya nanti sekitar pertengahan Desember": the office's promise.
                    or (found.relative is None and _promised_about(w, found.first))
                )
                lo = self._event_window(found)
                # "lahir di Johor Bahru bulan Maret": a place between the event and its date.
                start = max(0, found.first - 5)
                if "di" in w[start : found.first]:
                    clauses = self.t.clauses
                    lo = max(0, w.index("di", start) - 3)
                    while clauses[lo] != clauses[found.first]:
                        lo += 1
                ahead = (found.relative is not None and found.relative >= 0) or (
                    found.weekday is not None and not found.past
                )
                # The date of a birth, marriage or divorce is not the start of a wait; a
                # later date there is still a deadline ("sidang cerai tgl 8 April").
                # A debt paid off ("sewa sudah saya lunasi bulan Maret") is no application.
                found.event = not ahead and any(
                    (w[k] in _BIRTH_WORDS and not (k and w[k - 1] in _DOCUMENT_NOUNS))
                    or w[k] in _PAID_OFF
                    for k in range(lo, found.first)
                )
                found.death = not ahead and any(
                    w[k] in _DEATH_WORDS for k in range(lo, found.first)
                )
                if found.death and found.day_only and not (found.this_month or found.next_month):
                    # "meninggal tanggal 17": a death is past, the latest such day.
                    found.recent = True
                k = found.first - 1
                if k > 0 and w[k] in _MONTH_ONLY_OPENERS:
                    k -= 1  # "sejak bulan Maret", "sejak akhir Oktober"
                found.since = k >= 0 and w[k] in SINCE_WORDS
                out.append(found)
                if len(out) >= MAX_EXPRESSIONS:
                    break
                skip_to = found.last + 1
        return out

    def _event_window(self, found: _Date) -> int:
        """The first of the three tokens before a date where an event word makes it an event.

        A feast is the date of an event told in its own sentence only ("Kami menikah bulan
        Februari. Seminggu setelah Lebaran saya ajukan ..."); other dates look back across a
        sentence break ("menikah. Tanggal 3 saya ke kelurahan").
        """
        lo = max(0, found.first - 3)
        if found.feast:
            sentences = self.t.sentences
            while sentences[lo] != sentences[found.first]:
                lo += 1
        return lo

    def _done(self, found: _Date) -> bool:
        """Whether the date follows "jadi"/"terbit" (not negated): when a document was made.

        "KTP saya jadi tahun 2019", "KK dicetak ulang bulan lalu"; not "belum jadi sejak".
        """
        w, k = self.w, found.first
        if found.relative is not None and found.relative >= 0:
            return False
        sentences = self.t.sentences
        for j in (k - 1, k - 2):
            if j >= 0 and w[j] in _DONE_WORDS and sentences[j] == sentences[k]:
                if "suket" in w[max(0, j - 5) : j]:
                    # "suket pengganti KTP-el saya terbit 8 Januari": the stand-in is made,
                    # the card it stands in for has waited since.
                    return False
                before = j - 1
                if before > 0 and w[before] == w[j]:
                    before -= 1  # "blm jd2" -> "belum jadi jadi"
                return not (before >= 0 and w[before] in {"belum", "tidak", "kapan", "blm"})
        # "KTP-el yang saya buat tahun 2012": the document's making, in a relative clause
        # ("buat" is normalised to "untuk").
        return any(
            j >= 2 and w[j] in {"untuk", "bikin"} and w[j - 2] == "yang" and w[j - 1] in _I_WE
            for j in (k - 1, k - 2)
        )

    def _year_at(self, i: int) -> int | None:
        if i >= len(self.w):
            return None
        y = _int(self.w[i])
        if y is None:
            return None
        if 1900 <= y <= 2100:
            return y
        digits = self.text[self.t.starts[i] : self.t.ends[i]]
        if len(digits) == 2:
            return 2000 + y
        return None

    def _month_date(self, i: int) -> _Date | None:
        w = self.w
        month = MONTHS[w[i]]
        year = self._year_at(i + 1)
        if year is not None and ("," in self.sep(i) or (i + 2 < len(w) and w[i + 2] in _UNIT_DAYS)):
            year = None  # "22 Mei, 10 hari lagi": the number after the comma is not a year
        last = i + 1 if year is not None else i
        day_word = _int(w[i - 1]) if i > 0 else None
        if day_word is not None and 1 <= day_word <= 31:
            return _Date(i - 1, last, day_word, month, year)
        opener = w[i - 1] if i > 0 else ""
        day = _PART_DAY.get(opener, 1)  # "akhir Oktober": the 25th; "pertengahan": the 15th
        if year is None and w[i + 1 : i + 3] == ("tahun", "lalu"):
            # "dicetak Oktober tahun lalu": that month of the year before.
            return _Date(i, i + 2, day, month, None, month_only=True, last_year=True)
        # "paling cepat ...", "baru ...": the words of the office's own estimate.
        before = w[max(0, i - 4) : i]
        estimate = "baru" in before or ("paling", "cepat") in pairwise(before)
        if year is None and w[i + 1 : i + 3] == ("tahun", "depan"):
            # "blanko paling cepat baru datang Februari tahun depan": that month next year,
            # when the office says the document comes at the earliest.
            found = _Date(i, i + 2, day, month, None, month_only=True, next_year=True)
            found.promised = estimate
            return found
        # "sebelum pilkada November lalu": the latest such month before now.
        then = year is None and w[i + 1 : i + 2] in (("lalu",), ("kemarin",))
        # "paling cepat selesai Agustus", "baru jadi Mei": a bare month the office promises;
        # so is "baru bisa diambil 'paling cepat Oktober'".
        promised = estimate and (opener in _PROMISED or tuple(w[i - 2 : i]) == ("paling", "cepat"))
        if year is None and opener not in _MONTH_ONLY_OPENERS and not then and not promised:
            return None
        if (
            year is None
            and opener in _PART_OF_MONTH
            and any(w[k] in _NOW_WORDS for k in range(max(0, i - 4), i - 1))
        ):
            # "sekarang sudah pertengahan November" says what time it is now.
            return None
        return _Date(
            i, i + 1 if then else last, day, month, year, month_only=True, past=then,
            promised=promised,
        )  # fmt: skip

    def _numeric_date(self, i: int) -> _Date | None:
        w = self.w
        n = len(w)
        if i + 1 >= n or _int(w[i + 1]) is None:
            return None
        sep = self.sep(i)
        if sep not in {"/", "-", "."}:
            return None
        if sep == "." and i and w[i - 1] in _BEFORE_CLOCK_TIME:
            return None  # "datang jam 10.05": a time of day, not the 10th of May
        d, m = int(w[i]), int(w[i + 1])
        if not (1 <= d <= 31 and 1 <= m <= 12):
            return None
        if sep == "-" and i + 2 < n and w[i + 2] in _UNIT_DAYS:
            return None  # "berlayar 6-9 bulan": a range of months, not the 6th of September
        year = None
        last = i + 1
        if i + 2 < n and self.sep(i + 1) == sep:
            year = self._year_at(i + 2)
            last = i + 2
        return _Date(i, last, d, m, year)

    def _year_only(self, i: int) -> _Date | None:
        w = self.w
        year = self._year_at(i)
        if year is None or len(self.text[self.t.starts[i] : self.t.ends[i]]) != 4:
            return None
        if i == 0 or w[i - 1] not in {"tahun", "sejak", "dari", "mulai"}:
            return None
        k = i - 2 if w[i - 1] == "tahun" else i - 1
        opener = w[k] if k >= 0 else ""
        if opener in {"sepanjang", "selama"}:
            return None  # "sepanjang tahun 2025": a window looked over, not a day
        month, day = {"akhir": (12, 1), "awal": (1, 15)}.get(opener, (7, 1))
        return _Date(i - 1, i, day, month, year, year_only=True)

    def _feast(self, i: int) -> _Date | None:  # noqa: PLR0911 - one return per reading
        """A feast as a time: "sejak sebelum puasa", "Lebaran kemarin", "jadi habis Natal".

        Read as past after "sejak"/"dari", before "kemarin"/"lalu", or after a submission
        verb ("diserahkan sebelum Iduladha") unless the feast is under 60 days ahead; as a
        promised day ahead after "jadi", "selesai" or "paling cepat". A feast otherwise
        ("harus jadi sebelum Lebaran") is not read.
        """
        w = self.w
        n = len(w)
        options = FEAST_HEADS[w[i]]
        sentences = self.t.sentences
        nxt = w[i + 1] if i + 1 < n and sentences[i + 1] == sentences[i] else None
        if nxt in FEAST_HEADS and nxt not in options:
            return None  # "hari raya Natal": the next word is the feast
        feast = options.get(nxt) if nxt is not None else None
        last = i + 1 if feast is not None else i
        feast = feast or options.get(None)
        head = i
        if w[i] == "baru":
            if not (i and w[i - 1] == "tahun"):
                return None  # "KTP baru"
            head = i - 1
        elif w[i] == "raya" and not (i and w[i - 1] == "hari"):
            return None  # "jalan raya"
        if feast is None:
            return None
        first, shift = head, 0
        while (
            first > 0
            and head - first < 3
            and w[first - 1] in FEAST_QUALIFIERS
            and sentences[first - 1] == sentences[i]
        ):
            first -= 1
            shift += FEAST_QUALIFIERS[w[first]]
        told_from = first  # where the time is told from, with an offset before it
        offset = self._offset_before(first, head)
        if offset is not None:
            told_from, shift = offset
        found = _Date(told_from, last, 0, 0, None)
        found.feast, found.feast_shift = feast, shift
        at = told_from
        before = w[max(0, at - 2) : at]
        if before and (before[-1] in _PROMISED or tuple(before) == ("paling", "cepat")):
            found.promised = True
            return found
        after = w[last + 1 : last + 3]
        if tuple(after) == ("tahun", "lalu"):
            found.last, found.feast_last_year = last + 2, True
        elif after and after[0] in _PAST_FEAST:
            found.last = last + 1
        elif not (at and w[at - 1] in SINCE_WORDS) and not _told_then(w, at, reach=4):
            # "waktu itu masih sebelum puasa": then, in the past (read like "sejak").
            # The submission verb may come after the feast ("seminggu setelah Lebaran saya
            # rekam"), so the window is counted from the feast's qualifiers.
            if not (self._submitted(at) or self._submitted(first)):
                return None
            found.bare = True
        return found

    def _offset_before(self, first: int, head: int) -> tuple[int, int] | None:
        """An offset told before a feast: where it starts and the days it adds to the feast.

        "seminggu sebelum Lebaran", "3 hari setelah Natal" ("hari" is also read as a
        qualifier, so the offset word is looked for among the qualifiers up to ``head``).
        """
        w = self.w
        for j in range(max(first, 2), head):
            if w[j] in _OFFSET_WORDS and w[j - 1] in _OFFSET_UNITS:
                amount, start = self._number_before(j - 1)
                if amount is None:
                    return None
                sign = -1 if FEAST_QUALIFIERS[w[j]] < 0 else 1
                days = sign * int(amount * _UNIT_DAYS[w[j - 1]])
                return start, days + sum(FEAST_QUALIFIERS[x] for x in w[j + 1 : head])
        return None

    def _submitted(self, first: int) -> bool:
        """Whether a submission verb comes shortly before ``first`` in its sentence."""
        w = self.w
        # Before the date ("saya ajukan tanggal 3") or just after it ("Tanggal 3 saya sudah
        # menyerahkan ..."); "harus diserahkan hari Jumat" is a need ahead, not a submission.
        return any(
            w[j] in _SUBMITTED and not (j and w[j - 1] in _UNSUBMITTED)
            for j in _nearby(self.t, first, _SUBMITTED_WINDOW, _SUBMITTED_AFTER)
        )

    def _already_submitted(self, first: int) -> bool:
        """Whether "sudah" and a submission verb come before ``first`` in its sentence.

        "Saya sudah ajukan perbaikan KTP di Dukcapil Bitung hari Senin": a day past.
        """
        w = self.w
        return any(
            w[j] in _SUBMITTED and w[j - 1] == "sudah"
            for j in _nearby(self.t, first, _ALREADY_WINDOW)
            if j
        )

    def _completed_before(self, first: int) -> bool:
        """Whether "sudah" and a completion ("lancar", "selesai") shortly precede ``first``."""
        w = self.w
        near = _nearby(self.t, first, _EVENT_AHEAD_WINDOW)
        done = [j for j in near if w[j] in _COMPLETED]
        return bool(done) and any(w[j] in {"sudah", "telah"} for j in near if j < done[-1])

    def _event_ahead_before(self, first: int) -> bool:
        """Whether an event ahead ("berangkat", "sidang") shortly precedes ``first``.

        Only with no past or completion word between ("sudah berangkat hari Senin" is past).
        """
        w = self.w
        near = _nearby(self.t, first, _EVENT_AHEAD_WINDOW)
        for j in reversed(near):
            if w[j] in _EVENT_PAST_WORDS:
                return False
            if w[j] in _EVENTS_AHEAD:
                return not (j and w[j - 1] in _EVENT_PAST_WORDS)
        return False

    def _closing(self, k: int) -> bool:
        """Whether "tutup" at ``k`` closes a registration named before it in its sentence.

        "pendaftaran SPMB ... tutup hari Senin" is a deadline; "kantor tutup hari Sabtu?"
        is about opening days.
        """
        w = self.w
        return w[k] == "tutup" and any(
            w[j] in _REGISTRATION_WORDS for j in _nearby(self.t, k, _CLOSING_WINDOW)
        )

    def _fault_since(self, first: int) -> bool:
        """Whether the date follows "rusak sejak" ("printer rusak sejak bulan lalu")."""
        w = self.w
        k = first - 1 if first and w[first - 1] == "sejak" else first
        # "KK saya rusak, tiga hari setelah Natal saya serahkan": a comma ends the fault.
        return k > 0 and w[k - 1] in _FAULT_WORDS and "," not in self.sep(k - 1)

    def _weekday_or_day(self, i: int) -> _Date | None:
        return self._weekday(i) if self.w[i] in WEEKDAYS else self._day_of_month(i)

    def _weekday(self, i: int) -> _Date | None:
        """A weekday: "hari Kamis", "Jumat ini", "Senin depan", "Sabtu kemarin"."""
        w = self.w
        nxt = w[i + 1] if i + 1 < len(w) else ""
        prev = w[i - 1] if i > 0 else ""
        # "hari Senin", "Senin depan", and "Senin pagi" or "Kamis jam 6" (a time of day names
        # the day). "paling lambat Senin": a deadline's day.
        if not (
            prev in {"hari", "besok", "lusa", "lambat", "telat"}
            # "insulin tinggal cukup sampai Kamis": the day a supply runs out.
            or (prev == "sampai" and i > 1 and w[i - 2] == "cukup")
            or nxt in _WEEKDAY_AFTER
            or nxt in TIMES_OF_DAY
            or nxt in _CLOCK_WORDS
            # "jadwalnya tiap Selasa & Jumat jam 7 pagi": two days that share the time told
            # after the second ("&" is no token).
            or self._shares_time(i + 1 + (nxt == "dan"))
        ):
            return None
        if prev == "hari" and i > 1 and w[i - 2] in _RECURRING:
            return None  # "perekaman hanya hari Selasa": a recurring day, not a date
        if prev == "hari" and any(
            w[k] in _OPENING_WORDS and not self._closing(k) for k in range(max(0, i - 7), i - 1)
        ):
            # "apakah kantor buka hari Sabtu?", "tolong buka loket hari Sabtu": opening days,
            # not a date.
            return None
        # A later explicit date in the next tokens wins ("Kamis, 09 Juni 2022", "Kamis
        # tanggal 15"); a time of day does not ("Senin jam 09.00").
        # "Selasa depan tanggal 14" too.
        skip = i + 1 + (nxt in _AHEAD)
        ahead = w[skip : skip + 2]
        if ahead and (
            ahead[0].isdecimal() or (ahead[0] == "tanggal" and ahead[1:2] and ahead[1].isdecimal())
        ):
            return None
        weekday = WEEKDAYS[w[i]]
        since = w[i - 2] if prev == "hari" and i > 1 else prev
        if (
            nxt in _PAST_WEEKDAY
            # "ujian sekolah yg mulai Senin pagi": a start ahead, not "since Monday".
            or (since in SINCE_WORDS and nxt != "depan" and not _starts_ahead(w, i, since))
            # "operasi sudah berjalan lancar hari Jumat": done on that day.
            or (nxt not in _AHEAD and self._completed_before(i))
            or (
                nxt not in _AHEAD
                # "sidangnya Senin pagi jam 9 dan hakim minta akta": the event's day ahead.
                and prev not in _EVENTS_AHEAD
                # "Kapal berangkat dari Pelabuhan Kendari ke Ambon hari Kamis pagi, dan
                # syahbandar minta KTP asli": a departure's day, told a few words after it.
                and not self._event_ahead_before(i)
                and (self._submitted(i) or self._already_submitted(i))
            )
        ):
            # "hari Sabtu kemarin", "Senin lalu", "berkas kami serahkan Senin pagi": the
            # latest such day before the reference ("mulai Senin depan" is ahead).
            return _Date(i, i + (nxt in _PAST_WEEKDAY), 0, 0, None, weekday=weekday, past=True)
        # "Jumat minggu depan": the Friday of the next calendar week, like "Jumat depan".
        week_after = w[i + 1 : i + 3] == ("minggu", "depan")
        last = i + 2 if week_after else i + (nxt in {"ini", "depan"})
        return _Date(i, last, 0, 0, None, weekday=weekday, next_week=week_after or nxt == "depan")

    def _shares_time(self, k: int) -> bool:
        """Whether token ``k`` is a weekday followed by a time of day ("Jumat jam 7")."""
        w = self.w
        return (
            k + 1 < len(w)
            and w[k] in WEEKDAYS
            and (w[k + 1] in TIMES_OF_DAY or w[k + 1] in _CLOCK_WORDS)
        )

    def _day_of_month(self, i: int) -> _Date | None:
        """A day of the month: "tanggal 16", "Senin tanggal 8", "tgl 25 kemarin"."""
        w = self.w
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if w[i] != "tanggal" or _int(nxt) is None or not 1 <= int(nxt) <= 31:
            return None
        day = int(nxt)
        if any(w[k] in _NOW_WORDS for k in range(max(0, i - 2), i)) or (
            i > 1 and w[i - 2 : i] == ("hari", "ini")
        ):
            return None  # "Sekarang sudah tanggal 22", "Hari ini tanggal 20": what day it is
        after = w[i + 2] if i + 2 < len(w) else ""
        then = w[i + 3] if i + 3 < len(w) else ""
        if after == "bulan" and then in {"lalu", "ini", "depan"}:
            # "tanggal 20 bulan lalu": that day of the previous month; "bulan ini": this
            # one; "bulan depan": the next.
            return _Date(i, i + 3, day, 0, None, day_only=True, past=then == "lalu",
                         this_month=then == "ini", next_month=then == "depan")  # fmt: skip
        if after in _PAST_WEEKDAY and (
            self.t.sentences[i + 2] == self.t.sentences[i] or after == "lalu"
        ):
            # "tgl 25 kemarin"; not "tanggal 11. Kemarin perusahaan ..." (the next sentence
            # starts from today); "tanggal 12. Lalu ..." goes on with a story told in the past.
            return _Date(i, i + 2, day, 0, None, day_only=True, recent=True)
        if after in MONTHS or _int(after) is not None:
            return None
        # "Senin tanggal 8", "Jumat depan tgl 24": the weekday picks the month.
        named = i - 1 - (i > 1 and w[i - 1] in _AHEAD)
        hint = WEEKDAYS.get(w[named]) if named >= 0 else None
        first = named if hint is not None else i
        # "saya ajukan tanggal 3": the day an application was made, the latest such day.
        recent = hint is None and self._submitted(first)
        return _Date(first, i + 1, day, 0, None, day_only=True, weekday_hint=hint, recent=recent)

    def _priced(self, i: int) -> bool:
        """Whether token ``i``'s sentence names a price ("350 ribu", "Rp500.000")."""
        sentences = self.t.sentences
        lo = bisect_left(sentences, sentences[i])
        hi = bisect_right(sentences, sentences[i])
        return not _PRICE_WORDS.isdisjoint(self.w[lo:hi])

    def _relative(self, i: int) -> _Date | None:  # noqa: PLR0911, PLR0912 - one branch per word
        w = self.w
        word = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        prev = w[i - 1] if i > 0 else ""
        if (
            word in {"besok", "lusa"}
            and "lagi" in w[i + 2 : i + 4]
            and (_COME_BACK.intersection(w[i + 1 : i + 3]))
        ):
            return None  # "Besok harus datang lagi": the office's next appointment
        if word in {"besok", "lusa", "minggu"} and (
            prev in _COME_BACK
            or (nxt == "saja" and word != "minggu")
            or (prev == "ulang" and not _TOLD_TO.isdisjoint(w[max(0, i - 4) : i - 1]))
        ):
            # "disuruh kembali besok", "petugasnya bilang 'besok saja ya pak'": the office
            # puts the reporter off; no deadline of theirs.
            return None
        if word == "besok" and nxt in _NEXT_MORNING:
            return None  # "besok paginya petugas sudah koordinasi": the day after, told
        if word == "besok" and prev != "dari":
            return _Date(i, i, 0, 0, None, relative=1)
        if word == "lusa":
            return _Date(i, i, 0, 0, None, relative=2)
        if word == "hari" and nxt == "ini" and prev in _DONE_WORDS and self._priced(i):
            return None  # "'KTP jadi hari ini, 350 ribu'": a broker's offer, no deadline
        if (
            word == "hari"
            and nxt == "ini"
            and prev not in _UNTIL_WORDS
            # "Kuota hari ini hangus": today's quota, a state, not a deadline.
            and prev not in {"kuota", "kuotanya", "antrean", "antrian"}
            # "Hari ini Jumat belum juga ditandatangani" tells what day it is; "hari ini
            # status masih 'menunggu blanko'" tells how things stand now.
            # "Hari ini tanggal 20, akta belum ada": what day it is, too.
            and (
                i + 2 >= len(w)
                or (
                    w[i + 2] not in WEEKDAYS
                    and w[i + 2] not in _NOW_STATE
                    and w[i + 2] != "tanggal"
                )
            )
            # "Hari ini saya dapat kabar dari Inspektorat": news told, no deadline.
            and w[i + 2 : i + 4] not in _NEWS_TODAY
        ):
            return _Date(i, i + 1, 0, 0, None, relative=0)
        if word == "nanti" and nxt in TIMES_OF_DAY:
            return _Date(i, i + 1, 0, 0, None, relative=0)
        if (
            word in TIMES_OF_DAY
            and nxt == "nanti"
            and prev not in {"besok", "lusa"}
            and prev not in WEEKDAYS
        ):
            # "ditutup jam 3 sore nanti", "ditutup sore nanti jam 15.00": today.
            return _Date(i, i + 1, 0, 0, None, relative=0)
        if word in TIMES_OF_DAY and nxt == "ini" and prev not in _UNTIL_WORDS:
            return _Date(i, i + 1, 0, 0, None, relative=0)
        if word == "minggu" and nxt == "depan":
            return _Date(i, i + 1, 0, 0, None, relative=7)
        if (
            word == "minggu"
            and nxt == "ini"
            and prev not in _UNTIL_WORDS
            # "penuh terus seminggu ini" ("1 minggu ini"): the week just past.
            and _int(prev) is None
            and prev not in {"selama", "terus", "sepanjang"}
            and (i + 2 >= len(w) or w[i + 2] not in _THIS_WEEK_STATE)
        ):
            # "Jadwal kemoterapi minggu ini": the rubric counts "minggu ini" as not
            # immediate (high, not critical): a few working days ahead. Not "minggu ini
            # sudah tiga kali saya datang" nor "minggu ini harus jadi" (a demand).
            return _Date(i, i + 1, 0, 0, None, relative=5, this_week=True)
        if word == "bulan" and nxt == "ini" and prev == "akhir":
            return _Date(
                i - 1, i + 1, 0, 0, None, month_end=True
            )  # "paling lambat akhir bulan ini"
        if word == "bulan" and nxt == "depan" and prev == "akhir":
            # "baru bisa dicetak akhir bulan depan": the last day of the next month.
            return _Date(i - 1, i + 1, 0, 0, None, month_end=True, next_month=True)
        if word in {"bulan", "tahun"} and nxt == "depan":
            # "bulan depan jadwal operasi": weeks ahead, later than any deadline.
            return _Date(i, i + 1, 0, 0, None, relative=30 if word == "bulan" else 365)
        if word in _SOME and prev == "beberapa" and i > 1 and w[i - 2] == "dalam":
            # "perlu kontrol dalam beberapa minggu": a time ahead, not a wait so far.
            return _Date(i - 1, i, 0, 0, None, relative=int(_SOME[word]))
        if word in {"kemarin", "kemarenan", "semalam"}:
            return _Date(i, i, 0, 0, None, relative=-1)
        if (
            word in {"minggu", "bulan", "tahun"}
            and nxt == "lalu"
            and _int(prev) is None
            # "sejak tahun lalu (22 Desember 2025)": the date says when.
            and not any(t.isdecimal() for t in w[i + 2 : i + 5])
        ):
            back = {"minggu": -7, "bulan": -30, "tahun": -183}[word]
            return _Date(i, i + 1, 0, 0, None, relative=back)
        return None


def _resolve(found: _Date, ref: date, *, past_first: bool = True) -> date | None:  # noqa: PLR0911 - one per date form
    if found.feast is not None:
        return _feast_date(found, found.feast, ref)
    if found.relative is not None:
        return ref + timedelta(days=found.relative)
    if found.month_end:
        year, month = _month_shift(ref, 1) if found.next_month else (ref.year, ref.month)
        return date(year, month, monthrange(year, month)[1])
    if found.last_year:
        return date(ref.year - 1, found.month, found.day)
    if found.next_year:
        return date(ref.year + 1, found.month, found.day)
    if found.weekday is not None:
        if found.past:
            return ref - timedelta(days=(ref.weekday() - found.weekday) % 7 or 7)
        ahead = (found.weekday - ref.weekday()) % 7
        if found.next_week:
            # "Jumat depan": the Friday of the next calendar week (Monday to Sunday).
            ahead = 7 - ref.weekday() + found.weekday
        return ref + timedelta(days=ahead)
    if found.day_only:
        return _resolve_day(found, ref)
    if found.year is not None:
        try:
            return date(found.year, found.month, found.day)
        except ValueError:
            return None
    return _nearest_year(found, ref, past_first=past_first)


def _feast_date(found: _Date, feast: str, ref: date) -> date | None:
    """The day a feast reference means, from the national calendar.

    A promised feast is its next day from ``ref`` on. Otherwise the latest day up to
    ``ref`` (last year's after "tahun lalu"); after a bare submission verb, none when the
    feast is less than 60 days ahead ("diajukan, mohon jadi sebelum Lebaran").
    """
    calendar = _national_calendar()
    shift = timedelta(days=found.feast_shift)
    days = {
        year: day + shift
        for year in (ref.year - 1, ref.year, ref.year + 1)
        if (day := feast_day(feast, year, calendar)) is not None
    }
    if found.promised:
        return min((d for d in days.values() if d >= ref), default=None)
    if found.feast_last_year:
        return days.get(ref.year - 1)
    ahead = min((d for d in days.values() if d > ref), default=None)
    if found.bare and ahead is not None and (ahead - ref).days < _AHEAD_DAYS:
        return None
    return max((d for d in days.values() if d <= ref), default=None)


def _nearest_year(found: _Date, ref: date, *, past_first: bool) -> date | None:
    """A date written without a year: which year it means.

    In a sentence about an application (``past_first``) it is this year's day unless that
    is more than 60 days ahead ("KTP diajukan bulan Maret" told in December: last March).
    Elsewhere it is the nearest such day, a future one counted at twice its distance
    ("pesawat tanggal 19 Januari" told on 23 December: next month). After "sejak", and
    before "lalu" ("November lalu"), only the past is read.
    """
    back = found.since or found.past
    if past_first or back:
        for year in (ref.year, ref.year - 1):
            try:
                day = date(year, found.month, found.day)
            except ValueError:
                return None
            if day <= ref + timedelta(days=60) and not (back and day > ref):
                return day
        return None
    best: date | None = None
    best_cost = 0
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            day = date(year, found.month, found.day)
        except ValueError:
            continue
        if day <= ref:
            cost = (ref - day).days
        elif back:
            continue
        else:
            cost = 2 * (day - ref).days
        if best is None or cost < best_cost:
            best, best_cost = day, cost
    return best


def _month_shift(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def _resolve_day(found: _Date, ref: date) -> date | None:
    """A day of the month without a month: which month it falls in."""
    if found.past:
        shifts: tuple[int, ...] = (-1,)
    elif found.next_month:
        shifts = (1,)
    elif found.this_month:
        shifts = (0,)
    elif found.recent:
        shifts = (0,) if found.day <= ref.day else (-1,)
    elif found.weekday_hint is not None:
        # "Senin tanggal 8": the nearest month where the 8th is a Monday.
        shifts = (0, -1, 1)
    else:
        shifts = (0,) if found.day >= ref.day else (1,)
    for months in shifts:
        year, month = _month_shift(ref, months)
        try:
            day = date(year, month, found.day)
        except ValueError:
            continue
        if found.weekday_hint is None or day.weekday() == found.weekday_hint:
            return day
    if found.weekday_hint is not None:
        # No nearby month matches the weekday: read the day as without it.
        return _resolve_day(_Date(found.first, found.last, found.day, 0, None, day_only=True), ref)
    return None


def _awaited(doc_hits: Sequence[tuple[str, int]], tokens: Tokens) -> list[tuple[str, int]]:
    """The documents that can be awaited: not one named as what another is a requirement for.

    "Surat keterangan kematian ... sudah 8 hari belum dibuatkan, padahal surat itu syarat
    akta kematian": the wait is the letter's, not the akta's. "bawa ... KTP almarhumah untuk
    minta surat keterangan kematian": in a sentence that names what was asked for, the
    documents brought along are not awaited.
    """
    words, sentences = tokens.words, tokens.sentences
    kept = [(sid, pos) for sid, pos in doc_hits if not (pos and words[pos - 1] in _PURPOSE)]
    kept = kept or list(doc_hits)
    # "daftar, upload akta, KK": documents uploaded as requirements are not the one awaited.
    supplied = [(sid, pos) for sid, pos in kept if not (pos and words[pos - 1] in _SUPPLIED)]
    kept = supplied or kept
    asked = {sentences[pos] for _, pos in kept if pos and words[pos - 1] in _ASKED_FOR}
    if asked:
        kept = [
            (sid, pos)
            for sid, pos in kept
            if sentences[pos] not in asked or (pos and words[pos - 1] in _ASKED_FOR)
        ]
    # "Senin saya serahkan pengantar RT, KTP almarhum ... surat keterangan kematiannya belum
    # dibuat": the document told as not yet made is the one awaited.
    if "belum" not in words:
        return kept
    # "belum juga ada", "belum kunjung terbit": the same, with a word between.
    pending = [
        (sid, pos)
        for sid, pos in kept
        if any(
            words[j] == "belum"
            and sentences[j] == sentences[pos]
            and (
                words[j + 1] in _NOT_YET_MADE
                or (
                    words[j + 1] in {"juga", "kunjung"}
                    and j + 2 < len(words)
                    and words[j + 2] in _NOT_YET_MADE | {"ada"}
                )
            )
            for j in range(pos + 1, min(len(words) - 1, pos + _PENDING_AFTER_DOC))
        )
    ]
    return pending or kept


def _standard_for(
    position: int, doc_hits: Sequence[tuple[str, int]], sentences: Sequence[int]
) -> tuple[int, str]:
    """The statutory time of the document a wait is for.

    The first document named in the wait's sentence is its subject ("Akta kematian ... kami
    ajukan tanggal 3 Februari dengan surat kematian dari kelurahan" waits for the akta);
    without one, the document named nearest before the wait, or else nearest after it.
    """
    sentence = sentences[position]
    in_sentence = [(pos, sid) for sid, pos in doc_hits if sentences[pos] == sentence]
    if in_sentence:
        sid = min(in_sentence)[1]
        return DOC_STANDARD_DAYS[sid], sid
    best: tuple[int, str] | None = None
    best_dist = 1 << 30
    # "Pengajuan akta kematian ibu ... masuk tanggal 12 Maret. Sekarang sudah lebih dari
    # sebulan. ... NIK ibu masih aktif": a wait told on its own refers back to the document
    # told before it; one told later only when none was.
    before = [(sid, pos) for sid, pos in doc_hits if pos < position]
    for sid, pos in before or doc_hits:
        dist = abs(pos - position)
        # Prefer the more specific (shorter standard) when equally near.
        if dist < best_dist or (
            dist == best_dist and best is not None and DOC_STANDARD_DAYS[sid] < best[0]
        ):
            best_dist = dist
            best = (DOC_STANDARD_DAYS[sid], sid)
    return best if best is not None else (_DEFAULT_STANDARD, "doc_identity")


def read_durations(  # noqa: PLR0912, PLR0915 - a flat pass over spans, dates and waits
    tokens: Tokens,
    text: str,
    *,
    received: date | None,
    start: date | None = None,
    doc_hits: Sequence[tuple[str, int]],
    consequence_positions: Sequence[int],
    need_positions: Sequence[int] = (),
    blocked: Callable[[int], bool],
    settled: Callable[[int], bool] = lambda _: False,
) -> list[Finding]:
    """Find waits and deadlines; return the facts they establish.

    Args:
        tokens: the normalised complaint.
        text: the original text (separators between tokens are read from it).
        received: the day the complaint was received, if known.
        start: the day it counts as received (rule T1, :func:`office_start_day`): working
            days to a deadline are counted from it; without it, from ``received``.
        doc_hits: ``(document signal id, token index)`` of every document mention.
        consequence_positions: sorted token indices of deadline-consequence words.
        need_positions: sorted token indices of need words ("harus", "wajib"); enough for
            a deadline within 10 working days, not for an imminent one.
        blocked: tells whether a token is negated or hypothetical (then it is ignored).
        settled: tells whether a token's sentence says its matter is settled ("akta anak
            kami juga sudah beres sejak bulan lalu"): a wait there is not a present wait.

    Returns:
        Findings for ``wait_within_standard``, ``wait_past_standard``,
        ``wait_far_past_standard``, ``deadline_imminent``, ``deadline_soon``,
        ``deadline_later`` (a consequence more than 2 working days ahead, when none is
        within 2) and ``elderly_age`` (an age of 60 years or more: "umur 74 tahun").
    """
    reader = _Reader(tokens, text, blocked)
    findings: list[Finding] = []
    elapsed, remaining = reader.spans()
    dates = reader.dates()

    ref = received
    if ref is None:
        dated = [_resolve(d, date(d.year, 12, 31)) for d in dates if d.year is not None]
        ref = max((d for d in dated if d is not None), default=None)

    span_waits = [w for w in elapsed if not settled(w[1])]
    waits: list[tuple[float, int, int]] = []
    dated_sentences: set[int] = set()  # sentences with a wait from a calendar date
    deaths: list[tuple[float, int, int]] = list(reader.deaths)
    # A date starts a wait only in a sentence about an application or a document ("Januari
    # 2026 saya mengajukan ..."), not in one about life ("lulus kuliah tahun lalu").
    if ref is not None and dates:
        applies = _application_sentences(tokens, doc_hits)
        for found in dates:
            if found.year is None and found.month:
                # "rencana berangkat sekitar bulan Oktober": a plan is ahead, not a past start.
                # "paling cepat jadi bulan Juli": a promised day is ahead too.
                past_first = (
                    applies[tokens.sentences[found.first]]
                    and not _planned(tokens, found.first)
                    and not _promised(tokens.words, found.first)
                )
                day = _resolve(found, ref, past_first=past_first)
                # "pernikahan masih bulan Maret" is ahead; "penuh sampai pertengahan Januari"
                # said in December is the coming January.
                before = _before_month(tokens.words, found.first)
                if (
                    day is not None
                    and day < ref
                    and (
                        # "Waktu itu masih bulan Februari": then, not ahead.
                        (before == "masih" and not _told_then(tokens.words, found.first))
                        or (
                            before in _UNTIL_MONTH
                            and _next_year(day) <= ref + timedelta(days=_NEAR_AHEAD_DAYS)
                        )
                    )
                ):
                    day = _next_year(day)
            else:
                day = _resolve(found, ref)
            if day is None:
                continue
            # "menikah. Tanggal 3 saya ke kelurahan" is not a deadline either; "menikah
            # tanggal 20 bulan ini" is (the month says the day is ahead).
            undated_day = found.day_only and not (found.this_month or found.next_month)
            if found.event and (day < ref or undated_day) and not _filed_that_day(tokens, found):
                continue
            if found.done:
                # "KTP saya jadi tahun 2019" is no wait; "paling cepat KTP jadi akhir
                # Oktober" is how much longer the office says it will take.
                if day > ref and (
                    found.promised
                    or _promised(tokens.words, found.first)
                    or _promised_about(tokens.words, found.first)
                ):
                    remaining.append((float((day - ref).days), found.first, found.last))
                continue
            if day < ref and _a_state_since(tokens, found):
                continue
            if day < ref:
                sentence = tokens.sentences[found.first]
                # The sentence before counts too: "tgl." may have ended one too early; for a
                # death, the sentence after may name the letter it waits for.
                if day.year >= ref.year - _MAX_YEARS_BACK and (
                    applies[sentence]
                    or applies[sentence - 1]
                    or (found.death and applies[sentence + 1])
                ):
                    wait = (float((ref - day).days), found.first, found.last)
                    if not found.death:
                        waits.append(wait)
                        if found.feast or (
                            found.relative is None
                            and found.weekday is None
                            and (found.month or found.day_only)
                        ):
                            dated_sentences.add(sentence)
                    elif not found.year_only:
                        # "meninggal tahun 2021" is too vague to start a wait from.
                        deaths.append(wait)
            elif found.relative is not None or received is not None:
                _deadline(
                    findings,
                    found,
                    _working_days_to(found, start or ref, day),
                    _next_door(consequence_positions, found, tokens.sentences),
                    need_positions,
                )
    elif ref is None:
        for found in dates:
            if found.relative is not None and found.relative >= 0:
                wd = found.relative if found.relative < 7 else _SOON_WORKING_DAYS
                consequences = _next_door(consequence_positions, found, tokens.sentences)
                _deadline(findings, found, wd, consequences, need_positions)

    if dated_sentences:
        # "sejak 6 Oktober, sudah hampir sebulan": the date in the sentence is the measure.
        # "tgl 25 Juli ... Sudah hampir sebulan": an approximation ("hampir", "sekitar")
        # yields to a calendar date anywhere in the text.
        words = tokens.words
        span_waits = [
            w
            for w in span_waits
            if tokens.sentences[w[1]] not in dated_sentences
            and not (w[1] and words[w[1] - 1] in _APPROXIMATELY)
            # "sudah 27 hari ..., sebentar lagi sebulan": what the wait will soon be.
            and not (w[1] > 1 and words[w[1] - 2 : w[1]] == ("sebentar", "lagi"))
            # "Rasanya sudah lama sekali, sebulan lebih": a feeling, not a count.
            and _FEELS.isdisjoint(words[max(0, w[1] - 5) : w[1]])
        ]
    waits += span_waits
    if (
        deaths
        and not waits
        and not _death_papers_made(tokens.words)
        # "Ayah meninggal Maret lalu ... mau urus akta kematian": nothing pending yet.
        and not _PENDING_CUES.isdisjoint(tokens.words)
    ):
        waits = deaths  # no other wait to count from
    # Each wait is judged against the document named nearest to it; a wait still to come
    # ("2 minggu lagi") is added to the longest elapsed one. Facts are the union, so adding
    # text never removes a wait fact.
    remaining = _schedules(findings, remaining, tokens, consequence_positions, need_positions)
    extra = max(remaining) if remaining else None
    if extra is not None:
        longest = max(waits) if waits else (0.0, extra[1], extra[2])
        # The sum is placed at the elapsed wait's start: that is where the wait began ("sudah
        # lengkap sejak minggu lalu" keeps it current).
        waits.append((longest[0] + extra[0], longest[1], max(longest[2], extra[2])))
    # A wait is a wait for a document or an application: a text naming neither ("AC mati
    # dari bulan lalu") has no document wait.
    if not doc_hits and not _waits_for_something(tokens.words):
        waits = []
    # "Anak saya lahir 3 bulan lalu, aktanya belum diurus": nothing was applied for, so the
    # time since the birth is no wait.
    if waits and _never_applied(tokens.words):
        waits = []
    if waits:
        waits = _current_waits(tokens, waits, dates)
    if waits:
        findings += _judge_waits(waits, _awaited(doc_hits, tokens), tokens.sentences)
    if any(f.fact == "deadline_imminent" for f in findings):
        # Something falls within 2 working days: nothing in the text is only "later".
        findings = [f for f in findings if f.fact != "deadline_later"]
    else:
        for days, first, last in reader.pregnancy[:1]:
            # The birth is weeks ahead: a consequence later than 2 working days.
            findings.append(Finding("deadline_later", first, last, f"{round(days)} hari"))
    for years, first, last in (reader.elderly or _bare_ages(tokens.words))[:1]:
        findings.append(Finding("elderly_age", first, last, f"{round(years)} tahun"))
    return findings


def _schedules(
    findings: list[Finding],
    remaining: list[tuple[float, int, int]],
    tokens: Tokens,
    consequences: Sequence[int],
    needs: Sequence[int],
) -> list[tuple[float, int, int]]:
    """The spans still to come that are no wait: "operasi ... dua bulan lagi" is a schedule.

    A span right after a consequence word is when that event falls (judged as a deadline,
    in working days at five per seven days); the others extend the wait.
    """
    kept = []
    for days, first, last in remaining:
        k = bisect_left(consequences, first - _SCHEDULE_WINDOW)
        n = bisect_left(needs, first - _SCHEDULE_WINDOW)
        if k < len(consequences) and consequences[k] < first:
            span = _Date(first, last, 0, 0, None, relative=int(days))
            near = _next_door(consequences, span, tokens.sentences)
            _deadline(findings, span, round(days * 5 / 7), near, needs)
        elif (n < len(needs) and needs[n] < first) or not _CLOSES.isdisjoint(
            tokens.words[max(0, first - _SCHEDULE_WINDOW) : first]
        ):
            # "syarat beasiswa yang ditutup sekitar enam minggu lagi": when a need falls
            # or a registration closes, not how much longer a document will take.
            span = _Date(first, last, 0, 0, None, relative=int(days))
            _deadline(findings, span, round(days * 5 / 7), (), needs)
        else:
            kept.append((days, first, last))
    return kept


def _judge_waits(
    waits: Sequence[tuple[float, int, int]],
    doc_hits: Sequence[tuple[str, int]],
    sentences: Sequence[int],
) -> list[Finding]:
    """The longest wait of each kind, judged against the nearest document's standard."""
    best: dict[str, tuple[float, int, int, str]] = {}
    for days, first, last in waits:
        standard, doc = _standard_for(first, doc_hits, sentences)
        if days >= 2 * standard:
            fact = "wait_far_past_standard"
        elif days > standard:
            fact = "wait_past_standard"
        else:
            fact = "wait_within_standard"
        note = f"{round(days)} hari, standar {standard} ({doc})"
        if fact not in best or days > best[fact][0]:
            best[fact] = (days, first, last, note)
    return [Finding(fact, *best[fact][1:]) for fact in sorted(best)]


def _bare_ages(words: Sequence[str]) -> list[tuple[float, int, int]]:
    """Ages of 60 or more written without "tahun" ("umurnya hampir 90", "umure 74")."""
    out: list[tuple[float, int, int]] = []
    if _AGE_WORDS.isdisjoint(words):
        return out
    for k in [k for k, w in enumerate(words) if w in _AGE_WORDS]:
        for j in range(k + 1, min(len(words), k + 4)):
            if words[j].isdecimal():
                if _ELDERLY_YEARS <= int(words[j]) <= 120:
                    out.append((float(words[j]), k, j))
                break
    return out


def _application_sentences(
    tokens: Tokens, doc_hits: Sequence[tuple[str, int]]
) -> defaultdict[int, bool]:
    """Sentence -> whether it names a document or an application (a wait can start there)."""
    sentences, words = tokens.sentences, tokens.words
    out: defaultdict[int, bool] = defaultdict(bool)
    for _, pos in doc_hits:
        if not _a_copy(words, pos):
            out[sentences[pos]] = True
    for k in [k for k, word in enumerate(words) if word in _APPLICATION_WORDS]:
        if not _a_copy(words, k):
            out[sentences[k]] = True
    return out


def _a_copy(words: Sequence[str], pos: int) -> bool:
    """Whether the document named at ``pos`` is a copy or a forgery, not one applied for.

    "Tahun lalu kaur desa mengumpulkan fotokopi KTP warga", "memakai surat pindah palsu".
    """
    return (pos > 0 and words[pos - 1] in _COPY_WORDS) or "palsu" in words[pos + 1 : pos + 3]


def _history_sentences(tokens: Tokens) -> frozenset[int]:
    """Sentences that open with "dulu" when a later one opens with "sekarang".

    "Dulu waktu saya urus akta anak pertama lamanya sampai 3 bulan. Sekarang ..." tells an
    earlier episode: its waits are not the wait of the present application.
    """
    words, sentences = tokens.words, tokens.sentences
    if _THEN_WORDS.isdisjoint(words) and "lalu" not in words:
        return frozenset()
    openers = [k for k in range(len(words)) if k == 0 or sentences[k] != sentences[k - 1]]
    then = [sentences[k] for k in openers if words[k] in _THEN_WORDS]
    # "Tahun lalu urus KTP sampai 3 bulan baru jadi. Sekarang ...": a past episode that
    # ended ("baru jadi", "akhirnya selesai") in its own sentence.
    ended = {
        sentences[k]
        for k in range(1, len(words))
        if words[k] in _MADE_NOW and words[k - 1] in {"baru", "akhirnya"}
    }
    then += [
        sentences[k]
        for k in openers
        if sentences[k] in ended
        and tuple(words[k : k + 2]) in {("tahun", "lalu"), ("bulan", "lalu")}
    ]
    if not then:
        return frozenset()
    # A sentence opening with "sekarang" turns it; so does a "sekarang" later in the same
    # sentence ("Dulu tahun 2019 saya menunggu 4 bulan, sekarang luar biasa") unless it
    # continues the wait ("sampai sekarang", "sekarang masih").
    now = [sentences[k] for k in openers if words[k] in _NOW_WORDS] + [
        sentences[k]
        for k in range(1, len(words))
        if words[k] in _NOW_WORDS
        and words[k - 1] not in _UNTIL_NOW
        and (k + 1 == len(words) or words[k + 1] not in _STILL)
    ]
    latest = max(now, default=-1)
    return frozenset(s for s in then if latest >= s)


def _death_papers_made(words: Sequence[str]) -> bool:
    """Whether the text says the death certificate exists ("akta kematiannya sudah terbit").

    Then a death's date starts no wait: what is asked is the next step (the KK updated).
    """
    last = len(words) - 2
    return any(
        word in _DEATH_PAPER
        and 0 < k < last
        and words[k - 1] == "akta"
        and words[k + 1] == "sudah"
        and words[k + 2] in _MADE
        for k, word in enumerate(words)
    )


def _starts_ahead(words: Sequence[str], i: int, since: str) -> bool:
    """Whether "mulai" before weekday ``i`` opens a relative clause ("yang mulai Senin")."""
    return since == "mulai" and i > 1 and words[i - 2] == "yang"


def _a_state_since(tokens: Tokens, found: _Date) -> bool:
    """Whether a past date dates a state, not an application.

    "padahal saya sudah S1 sejak 2021" (the true state, against the record), "Bulan lalu
    masih ada" (how things were), "tertulis 12-06-2021, yang benar 21-06-2021" (values on a
    record) and "tagihannya berhenti sejak September" start no wait.
    """
    words = tokens.words
    nxt = found.last + 1
    if nxt < len(words) and words[nxt] == "masih" and found.relative is not None:
        return True
    if _dates_other_than_filing(words, found) or _state_begun(tokens, found):
        return True
    before = words[max(0, found.first - 2) : found.first]
    if not _VALUE_WORDS.isdisjoint(before):
        return True  # "tertulis 12-06-2021, yang benar 21-06-2021": values on a record
    if (
        found.first > 1
        and words[found.first - 1] in SINCE_WORDS
        and not _ENDED.isdisjoint(words[max(0, found.first - 4) : found.first - 1])
    ):
        # "tagihannya berhenti sejak September", "sudah berhenti ditagih sejak Desember":
        # a state since then.
        return True
    return (found.since or words[found.first] in SINCE_WORDS) and any(
        words[j] == "padahal" for j in _nearby(tokens, found.first, _STATE_WINDOW)
    )


def _state_begun(tokens: Tokens, found: _Date) -> bool:
    """Whether "sejak" and the date close a state begun then, told in the same sentence.

    "Saya sudah cerai resmi dari Rina sejak Juni" and "kerja di pabrik rokok sejak 2023"
    date a state, not an application; "sudah cerai, sejak Juni saya ajukan perubahan KK"
    (an applying word after the state) still dates a filing.
    """
    words = tokens.words
    since = found.first if words[found.first] in SINCE_WORDS else found.first - 1
    if since < 1 or words[since] not in SINCE_WORDS:
        return False
    return _state_before(tokens, since)


def _state_before(tokens: Tokens, since: int) -> bool:
    """Whether the words before the "sejak" at ``since`` tell a state begun then."""
    words = tokens.words
    sentences = tokens.sentences
    lo = since
    while lo > 0 and since - lo < _STATE_REACH and sentences[lo - 1] == sentences[since]:
        lo -= 1
    began = words[lo:since]
    states = [
        k
        for k, word in enumerate(began)
        if word in _STATE_BEGUN or (word == "pindah" and k and began[k - 1] in _DONE_MOVE)
    ]
    return bool(states) and _APPLYING.isdisjoint(began[states[-1] :])


def _dates_other_than_filing(words: Sequence[str], found: _Date) -> bool:
    """Whether a past date dates a recorded state, a news story or a disaster.

    "di sistem saya tercatat 'sudah pindah keluar' sejak 2024", "Tahun lalu ramai berita
    kebocoran data", "Waktu banjir bulan Januari kemarin KK kami basah": none is the day an
    application was made.
    """
    since = found.first if words[found.first] in SINCE_WORDS else found.first - 1
    if since >= 0 and words[since] in SINCE_WORDS:
        between = words[max(0, since - _RECORDED_REACH) : since]
        # Not "masih tercatat di Makassar, padahal surat pindah sudah saya urus sejak
        # Agustus": the date there is the application's.
        if "tercatat" in between and _APPLYING.isdisjoint(between[between.index("tercatat") :]):
            return True
        # "keluarga relokasi yang sudah tinggal di Siosar sejak 2016": a stay, not a filing.
        near = between[-_RESIDENCE_REACH:]
        homes = [k for k, word in enumerate(near) if word in _RESIDENCE]
        if homes and _APPLYING.isdisjoint(near[homes[-1] :]):
            return True
    if "berita" in words[found.last + 1 : found.last + 4]:
        return True
    return any(
        (a in _WHEN or a in _STRUCK) and b in _LOSS_EVENTS
        for a, b in pairwise(words[max(0, found.first - 3) : found.first])
    )


def _before_month(words: Sequence[str], first: int) -> str:
    """The word before a month-only date, past its opener ("sampai pertengahan Januari")."""
    k = first - 1
    if k > 0 and words[k] in _MONTH_ONLY_OPENERS:
        k -= 1
    return words[k] if k >= 0 else ""


def _told_then(words: Sequence[str], first: int, reach: int = 5) -> bool:
    """Whether "waktu itu" (or "saat/ketika itu") is in the ``reach`` words before ``first``."""
    return not _THAT_TIME.isdisjoint(pairwise(words[max(0, first - reach) : first]))


def _next_year(day: date) -> date:
    """The same day a year later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _planned(tokens: Tokens, first: int) -> bool:
    """Whether a plan word ("rencana", "akan") comes shortly before ``first`` in its sentence."""
    words = tokens.words
    return any(words[j] in _PLAN_WORDS for j in _nearby(tokens, first, _PLAN_WINDOW))


def _nearby(tokens: Tokens, at: int, before: int, after: int = 0) -> list[int]:
    """The positions near ``at`` in its sentence.

    Up to ``before`` tokens before it and ``after - 1`` tokens after it.
    """
    sentences = tokens.sentences
    sentence = sentences[at]
    return [
        j
        for j in (
            *range(max(0, at - before), at),
            *range(at + 1, min(len(sentences), at + after)),
        )
        if sentences[j] == sentence
    ]


def _promised(words: Sequence[str], first: int) -> bool:
    """Whether a date ahead is when the office promised the document ("jadi akhir Oktober")."""
    k = first - 1
    if k > 0 and words[k] in _MONTH_ONLY_OPENERS:
        k -= 1  # "jadi tanggal 20", "jadi akhir Oktober"
    # "harus jadi tanggal 20", "bisa selesai tanggal 20?": a need, not a promise; "baru bisa
    # keluar sekitar Oktober" is one.
    return (
        k >= 0
        and words[k] in _PROMISED
        and (
            k == 0
            or words[k - 1] not in _NEED_BEFORE
            # "paling cepat bisa dicetak awal Mei" too.
            or tuple(words[k - 2 : k]) in _ESTIMATE_BISA
        )
    )


def _promised_about(words: Sequence[str], first: int) -> bool:
    """Whether a date is the office's rough promise: "cetaknya nanti sekitar pertengahan Desember".

    A verb of making, then "nanti", "sekitar" or "kira-kira" before the date, or "baru" before
    the verb ("baru datang bulan April"); not negated.
    """
    k = first - 1
    if k > 0 and words[k] in _MONTH_ONLY_OPENERS and words[k] not in SINCE_WORDS:
        k -= 1
    fillers = 0
    while k > 0 and fillers < 3 and words[k] in _PROMISE_FILLERS:
        k -= 1
        fillers += 1
    # "blanko kemungkinan baru datang bulan April": "baru" marks the office's estimate too.
    return (
        (fillers > 0 or (k > 0 and words[k - 1] == "baru"))
        and k >= 0
        and words[k] in _PROMISED
        and not (k and words[k - 1] in {"belum", "tidak", "harus", "wajib", "perlu"})
    )


def _current_waits(
    tokens: Tokens, waits: list[tuple[float, int, int]], dates: Sequence[_Date]
) -> list[tuple[float, int, int]]:
    """The waits of the present application: not an earlier episode, not before it was complete."""
    sentences = tokens.sentences
    history = _history_sentences(tokens)
    if history:
        waits = [wait for wait in waits if sentences[wait[1]] not in history]
    complete = _complete_from(tokens, dates)
    if complete is not None:
        waits = [wait for wait in waits if sentences[wait[1]] >= complete]
    issued = _issued_in(tokens)
    if issued is not None:
        # "KTP ibu yang direkam akhir Desember sudah jadi, tapi ...": a wait told before the
        # issue, in its sentence or earlier, has ended.
        at = sentences[issued]
        waits = [
            wait
            for wait in waits
            if sentences[wait[1]] > at or (sentences[wait[1]] == at and wait[1] > issued)
        ]
    return waits


def _issued_in(tokens: Tokens) -> int | None:
    """The position of the last "sudah" saying the document was issued, if nothing pends.

    "Sudah pindah resmi bulan Februari. KTP baru sudah jadi, tapi nama banjarnya salah":
    the wait ended with the card; what remains is a correction.
    """
    words = tokens.words
    if "sudah" not in words or not _PENDING_WORDS.isdisjoint(words):
        return None
    sentences = tokens.sentences
    found = None
    last = len(words) - 1
    k = words.index("sudah")
    while True:
        if (
            1 < k < last
            and (words[k + 1] in _ISSUED or words[k + 1 : k + 3] == ("saya", "ambil"))
            and (
                words[k - 1] in _ISSUED_AFTER
                # "KTP-el ibu yang direkam akhir Desember sudah jadi": the card named earlier
                # in the sentence.
                or _issued_subject(words, sentences, k)
            )
            and not _STATUS_ASKED.intersection(words[k + 2 : k + 4])
        ):
            found = k
        try:
            k = words.index("sudah", k + 1)
        except ValueError:
            return found


def _issued_subject(words: Sequence[str], sentences: Sequence[int], k: int) -> bool:
    """Whether "sudah" at ``k`` ends a relative clause on a card named before it.

    "KTP-el ibu saya yang direkam di rumah akhir Desember sudah jadi"; not "KK saya masih
    diproses dan sudah jadi" nor "e KTP tanggal 25 Januari apa sekarang sudah jadi".
    """
    lo = max(0, k - _ISSUED_SUBJECT_WINDOW)
    window = [j for j in range(lo, k) if sentences[j] == sentences[k]]
    docs = [j for j in window if words[j] in _ISSUED_DOCS]
    # The clause tells something between "yang" and "sudah" ("yang direkam ... sudah jadi");
    # "KIA yang sudah jadi" only names the card.
    return (
        bool(docs)
        and "yang" in words[docs[0] : k - 1]
        and _NOT_SETTLED.isdisjoint(words[window[0] : k])
    )


def _complete_from(tokens: Tokens, dates: Sequence[_Date]) -> int | None:
    """The last sentence with a date that says the application was accepted complete.

    "Awal Maret saya datang ... Akhirnya tanggal 18 Agustus pengajuan KTP saya diterima
    lengkap": the wait runs from 18 August, the earlier visits are its history.
    """
    words = tokens.words
    if _COMPLETE_WORDS.isdisjoint(words) or not dates:
        return None
    sentences = tokens.sentences
    dated = {sentences[d.first] for d in dates}
    found = None
    for k, word in enumerate(words):
        if (
            word in _COMPLETE_WORDS
            and k
            and words[k - 1] in _ACCEPTED_WORDS
            and sentences[k] in dated
        ):
            found = sentences[k]
    return found


def _filed_that_day(tokens: Tokens, found: _Date) -> bool:
    """Whether an event's sentence says its file was handed in that same day.

    "Kami menikah di gereja tanggal 2 November dan hari itu juga berkas pencatatan
    perkawinan diterima petugas": the wait for the akta starts on the event's day.
    """
    words, sentences = tokens.words, tokens.sentences
    sentence = sentences[found.first]
    # The sentence after counts too: "Kami menikah tanggal 15 November. Berkas pencatatan
    # sudah diserahkan minggu berikutnya."
    after = [
        words[k]
        for k in range(found.last + 1, min(len(words), found.last + _FILED_WINDOW))
        if sentences[k] - sentence <= 1
    ]
    return not _FILED.isdisjoint(after) and any(
        (after[j], after[j + 1]) in _THAT_DAY for j in range(len(after) - 1)
    )


def _never_applied(words: Sequence[str]) -> bool:
    """Whether the text says the document was never applied for, and names no application.

    "aktanya belum diurus", "belum sempat urus apa-apa", "Bagaimana cara buat akta
    kelahirannya?"; not when a file, a submission or a recording is told too ("berkas sudah
    diserahkan", "sudah mengurus").
    """
    if _NOT_APPLIED_CUES.isdisjoint(words) or not _APPLIED_WORDS.isdisjoint(words):
        return False
    told = False
    for k in [k for k, w in enumerate(words) if w in _NOT_APPLIED_CUES]:
        word = words[k]
        if word in _HANDLED:
            j = k - 1
            while j >= 0 and words[j] in _NOT_YET_FILLERS:
                j -= 1
            if j >= 0 and words[j] == "sudah":
                return False  # "sudah mengurus": applied
            told = told or (j >= 0 and (words[j] == "belum" or words[j : j + 2] in _NEVER))
        elif (
            k + 1 < len(words)
            and words[k + 1] in _HOW_TO_VERBS
            and k
            and words[k - 1] in {"bagaimana", "gimana"}
        ):
            told = True  # "bagaimana cara buat akta"
    return told


def _waits_for_something(words: Sequence[str]) -> bool:
    """Whether the text names an application or a wait for one ("ruang tunggu" is a room)."""
    return any(
        w in _WAIT_CONTEXT and not (k and words[k - 1] == "ruang") for k, w in enumerate(words)
    )


def _working_days_to(found: _Date, start: date, day: date) -> int:
    """Working days from ``start`` to ``day``; "minggu ini" is never within 2 (rubric)."""
    working_days = working_days_after(start, day)
    if found.this_week:
        return max(working_days, _IMMINENT_WORKING_DAYS + 1)
    return working_days


def _next_door(positions: Sequence[int], found: _Date, sentences: Sequence[int]) -> list[int]:
    """The positions in the date's sentence or a sentence next to it.

    "kuota hari ini habis. Kemarin juga. Saya mau ganti KK karena anak menikah": the
    wedding, two sentences on, is not what today's date is a deadline for.
    """
    sentence = sentences[found.first]
    return [p for p in positions if abs(sentences[p] - sentence) <= 1]


def _near(positions: Sequence[int], found: _Date) -> bool:
    k = bisect_left(positions, found.first - _CONSEQUENCE_WINDOW)
    return k < len(positions) and positions[k] <= found.last + _CONSEQUENCE_WINDOW


def _deadline(
    findings: list[Finding],
    found: _Date,
    working_days: int,
    consequences: Sequence[int],
    needs: Sequence[int],
) -> None:
    if working_days > _IMMINENT_WORKING_DAYS and _near(consequences, found):
        # "operasi tanggal 30 Juni", "cuci darah minggu depan": scheduled, not now.
        findings.append(
            Finding("deadline_later", found.first, found.last, f"{working_days} hari kerja")
        )
    if working_days > _SOON_WORKING_DAYS:
        return
    if not _near(consequences, found):
        if _near(needs, found) and working_days > 0:
            findings.append(
                Finding("deadline_soon", found.first, found.last, f"{working_days} hari kerja")
            )
        return
    if working_days <= _IMMINENT_WORKING_DAYS:
        findings.append(
            Finding("deadline_imminent", found.first, found.last, f"{working_days} hari kerja")
        )
    else:
        findings.append(
            Finding("deadline_soon", found.first, found.last, f"{working_days} hari kerja")
        )
