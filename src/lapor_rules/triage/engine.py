"""The triage engine: matches signals, computes facts, evaluates decision rules.

The engine, not the rules, records what fired: each fired decision rule becomes a
:class:`~lapor_rules.triage.models.TriageReason` with the evidence (offsets into the original
text) of the signals that satisfied it. The result does not depend on the order of signals
or rules: levels are maxima of floors, and reasons are sorted by a documented key.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import compress, count, pairwise, repeat
from operator import is_not
from typing import Any, TypeVar

from pydantic import BaseModel

from lapor_rules._model import LaporModel
from lapor_rules.errors import InvalidTypeError
from lapor_rules.privacy import PersonalDataFinding, PersonalDataKind, find_personal_data
from lapor_rules.text import Bilingual
from lapor_rules.triage._memo import lookup_all
from lapor_rules.triage.durations import (
    DOC_STANDARD_DAYS,
    MONTHS,
    SINCE_WORDS,
    TIMES_OF_DAY,
    WEEKDAYS,
    office_start_day,
    read_durations,
)
from lapor_rules.triage.feasts import FEAST_HEADS
from lapor_rules.triage.models import (
    Complaint,
    Complexity,
    Effect,
    Evidence,
    TriageReason,
    TriageResult,
    Urgency,
    check_text,
)
from lapor_rules.triage.normalize import MAX_GAP, Tokens, normalize, normalize_phrase
from lapor_rules.triage.rules import DERIVED_FACTS, DecisionRule, RuleSet

__all__ = ["CompiledRuleSet", "triage"]

#: Words right before a hit that negate it ("bukan darurat", "tidak ada pungli").
NEGATORS: tuple[tuple[str, ...], ...] = (
    ("bukan",), ("jangan",), ("tanpa",), ("bebas",), ("anti",), ("tidak", "ada"),
    ("tidak", "pernah"), ("belum", "pernah"), ("tidak", "perlu"), ("belum", "ada"),
    ("tidak", "termasuk"), ("bukan", "karena"),
    # "Saya tidak menemukan tanda-tanda dipakai orang": no sign found of what follows.
    ("tidak", "menemukan", "tanda"), ("tidak", "ada", "tanda"), ("belum", "ada", "tanda"),
    ("tidak", "menemukan", "tanda", "tanda"), ("tidak", "ada", "tanda", "tanda"),
    ("belum", "ada", "tanda", "tanda"),
)  # fmt: skip
#: Words that negate a hit only when right before it ("tidak darurat").
ADJACENT_NEGATORS = frozenset({"tidak", "belum"})
#: First words of a hit that is itself a negation: no negator before it undoes it.
_SELF_NEGATING = ADJACENT_NEGATORS | {"tanpa", "bukan"}
#: Question words: a hit a few words after one is asked about, not alleged ("apakah ...
#: dipungut biaya?"). They do not apply to waits ("apakah harus menunggu 4 bulan?").
QUESTION_CUES = frozenset({"apakah", "apkh", "benarkah", "betulkah", "beneran"})
#: Question cues that ask only in a sentence ending with "?" ("Min, beneran data Dukcapil
#: bocor?"); elsewhere they stress ("beneran dipakai orang!").
_ASKED_ONLY_CUES = frozenset({"beneran"})
#: Words earlier in the same clause that make a hit hypothetical ("kalau", "apa benar").
HYPOTHETICALS: tuple[tuple[str, ...], ...] = (
    ("kalau",), ("seandainya",), ("andaikan",), ("andai",), ("misalnya",), ("misal",),
    ("umpama",), ("umpamanya",), ("jikalau",), ("semisal",), ("misalkan",), ("apa", "benar"),
    ("apakah", "benar"), ("apa", "betul"), ("apakah", "betul"), ("apa", "bener"),
    ("seumpama",), ("bagaimana", "cara"), ("gimana", "cara"), ("bagaimana", "kalau"),
    ("apa", "ada", "orang"), ("apakah", "ada", "orang"), ("apa", "ini", "berarti"),
    ("apakah", "ini", "berarti"),
    ("cara", "mengecek"), ("cara", "cek"), ("cara", "ngecek"),
    # "Min gmn caranya ngecek NIK sy dipake daftar nomor HP sama org lain apa nggak?"
    ("caranya", "mengecek"), ("caranya", "cek"), ("caranya", "ngecek"),
    ("takut",), ("takutnya",), ("parno",), ("khawatir",), ("kuatir",), ("jangan", "sampai"),
    ("semoga", "tidak"),
    ("katanya", "harus"), ("nonton", "film"), ("teman", "kena"), ("teman", "sekantor", "kena"),
    ("teman", "saya", "kena"), ("tetangga", "kena"), ("tetangga", "saya", "kena"),
    ("teman", "kantor", "saya"), ("kalau", "sampai"), ("jika", "sampai"), ("untung",),
    ("untungnya",),
    # A question about the law in general ("apa hukumannya bagi pegawai yang menjual data
    # penduduk?"), and cases in general ("banyak kasus KTP dipakai orang").
    ("apa", "hukumannya"), ("apa", "sanksinya"), ("apa", "sanksi"), ("banyak", "kasus"),
    ("teman", "kerja", "saya"), ("apa", "risikonya"), ("apa", "resikonya"),
    # A mistaken expectation ("saya kira harus bayar, ternyata gratis").
    ("saya", "kira"), ("kirain",), ("kukira",),
)  # fmt: skip
#: Hearsay cues: what follows in the clause is second-hand ("kata tetangga", "saya dengar").
#: They block a hit like a hypothetical, except a hit of an ``allegation`` signal in a
#: sentence that names an official: misconduct heard from others is still an allegation to
#: examine ("kata tetangga, petugas desa minta uang"); a rumoured fee is not ("tetangga
#: bilang harus bayar admin").
HEARSAY = frozenset(
    {("saya", "dengar"), ("dengar", "dengar"), ("denger", "denger"), ("kabarnya",),
     ("sering", "dengar"), ("sering", "denger"), ("sering", "mendengar"),
     ("konon",), ("katanya", "tetangga"), ("kata", "tetangga"), ("kata", "orang"),
     ("katanya", "orang"), ("dengar", "dari"), ("denger", "dari"), ("tetangga", "cerita"),
     ("tetangga", "saya", "cerita"), ("teman", "cerita"), ("teman", "saya", "cerita"),
     ("saudara", "saya", "cerita"), ("teman", "kerja", "saya", "cerita"),
     ("tetangga", "bilang"), ("tetangga", "saya", "bilang"), ("teman", "bilang"),
     ("teman", "saya", "bilang"), ("teman", "kerja", "saya", "bilang"),
     ("tetangga", "saya", "kemarin", "cerita"), ("sebelah", "katanya"), ("ramai", "katanya"),
     ("saya", "kemarin", "cerita"), ("teman", "kantor", "saya", "cerita"),
     ("ada", "yang", "bilang"), ("orang", "orang", "bilang"), ("kawan", "bilang"),
     ("kawan", "saya", "bilang"),
     # "Teman sy katanya ditagih utang", "Saudara sy yg kerja di Tawau cerita temannya
     # ditangkap": another person's story passed on.
     ("teman", "katanya"), ("teman", "saya", "katanya"), ("tetangga", "katanya"),
     ("tetangga", "saya", "katanya"), ("saudara", "saya", "katanya"), ("cerita", "temannya"),
     ("cerita", "tetangganya"), ("cerita", "saudaranya"),
     # A caller claiming to be the police or a bank: a scam, not the reporter's case.
     ("mengaku", "dari"), ("telepon", "mengaku"), ("menelepon", "mengaku"),
     # "WA dari nomor ... ngaku petugas Dukcapil Kota Ambon, katanya ... paling lambat hari ini".
     ("mengaku", "petugas"),
     # A requirement passed on ("katanya harus bayar"): like hearsay, it does not hide an
     # allegation in a sentence that names an official ("Petugas gk mau isi kolom agama ...,
     # katanya harus pilih salah satu agama").
     ("katanya", "harus"),
     # "Dengar berita katanya ada kebocoran data penduduk lagi".
     ("dengar", "berita"), ("denger", "berita")}
)  # fmt: skip
#: News, hearsay and preparation cues whose scope is the whole sentence ("Di berita disebut
#: ada pegawai ... yang ditangkap karena menjual data": the clause after "karena" is still the
#: news).
#: They are hypothetical cues too (see ``_HYPOTHETICAL_CUES``).
SENTENCE_HYPOTHETICALS = frozenset(
    {("di", "berita"), ("baca", "berita"), ("lihat", "berita"), ("liat", "berita"),
     ("ada", "berita"), ("di", "tv"), ("lihat", "di", "tv"), ("di", "televisi"),
     ("ramai", "cerita"), ("banyak", "cerita"), ("di", "tiktok"), ("di", "medsos"),
     ("di", "media", "sosial"),
     ("lagi", "viral"), ("banyak", "berita"), ("nonton", "berita"), ("menonton", "berita"),
     ("dengar", "di", "grup"), ("denger", "di", "grup"), ("di", "grup", "wa"),
     ("video", "viral"), ("lihat", "video"), ("ramai", "berita"), ("ramai", "kabar"),
     ("baca", "di", "grup"),
     ("baca", "di", "fb"), ("postingan", "di", "fb"), ("postingan", "di", "facebook"),
     # Preparing for what has not happened: "buat jaga-jaga, bapak sekarang sedang dirawat".
     ("jaga", "jaga"), ("berjaga", "jaga"),
     # A question about the rules ("Mau tanya aturannya: kalau ada WNI wafat di Arab Saudi,
     # ... baru jenazah bisa dipulangkan?").
     ("mau", "tanya", "aturannya"), ("mau", "tanya", "aturan"), ("ingin", "tanya", "aturan"),
     ("ingin", "tanya", "aturannya")}
)  # fmt: skip
#: Every hypothetical cue: the clause-wide and windowed ones, hearsay and the sentence-wide
#: news.
_HYPOTHETICAL_CUES = (*HYPOTHETICALS, *sorted(HEARSAY), *sorted(SENTENCE_HYPOTHETICALS))
#: Lenders after "mengaku dari": collectors of a debt, not a caller posing as an authority.
_LENDERS = frozenset(
    (word,) for word in ("aplikasi", "pinjol", "pinjaman", "koperasi", "leasing", "paylater")
)
#: Conditional cues whose scope is a few words ("kalau ..."); the others last the clause.
WINDOWED_HYPOTHETICALS = frozenset(
    {("kalau",), ("jikalau",), ("bagaimana", "kalau"), ("bagaimana", "cara"),
     ("gimana", "cara"), ("jangan", "sampai"), ("semoga", "tidak"), ("cara", "mengecek"),
     ("cara", "cek"), ("cara", "ngecek"), ("caranya", "mengecek"), ("caranya", "cek"),
     ("caranya", "ngecek")}
)  # fmt: skip
#: Each hypothetical cue's scope, an index into the position lists of ``_Context``:
#: windowed ("kalau ..."), the sentence (news), the clause if not an allegation (hearsay), or
#: the clause (every other cue).
_WINDOW, _SENTENCE, _HEARSAY, _CLAUSE = range(4)
_CUE_SCOPE: dict[tuple[str, ...], int] = {
    **dict.fromkeys(WINDOWED_HYPOTHETICALS, _WINDOW),
    **dict.fromkeys(SENTENCE_HYPOTHETICALS, _SENTENCE),
    **dict.fromkeys(HEARSAY, _HEARSAY),
}
#: Verbs of the reporter's own post before a news cue ("saya posting di medsos").
_OWN_POST = frozenset(
    {"posting", "memposting", "diposting", "tulis", "menulis", "upload", "mengunggah", "unggah",
     "curhat", "akun"}  # "akun di media sosial yang menjual data": a found account, no news
)  # fmt: skip
#: Conditionals before a negator that make it "if not", not a denial.
_IF_WORDS = frozenset({"kalau", "jika", "bila", "apabila", "jikalau"})
#: What an office takes in: "syarat/berkas sudah diterima" tells an application received.
_FILE_NOUNS = frozenset(
    {"syarat", "syaratnya", "berkas", "berkasnya", "persyaratan", "permohonan", "pengajuan",
     "dokumen", "formulir"}
)  # fmt: skip
#: Words before "kalau" that make it reported speech, not a hypothetical.
SPEECH_VERBS = frozenset(
    {"bilang", "katanya", "bilangnya", "berkata", "mengatakan", "ngomong", "menyuruh",
     "disuruh", "diminta", "minta", "meminta", "menawarkan", "ditawari", "dibilang", "bisik",
     "berbisik", "membisikkan"}
)  # fmt: skip
#: Speakers whose reported "kalau ..." is an offer, not a hypothetical ("kalau mau cepat
#: bayar 150rb, kata petugas"); hearsay without one ("katanya kalau ...") stays hypothetical.
OFFICIALS = frozenset(
    {"petugas", "pegawai", "oknum", "operator", "staf", "staff", "pejabat", "lurah", "camat",
     "loket", "kelurahan", "kecamatan", "dukcapil", "admin", "kader", "satpam", "calo", "rt",
     "rw", "calonya", "petugasnya", "kades", "kadus", "sekdes", "kaur", "perangkat", "dusun",
     "operatornya", "pegawainya", "stafnya", "honorer"}
)  # fmt: skip
_SPEECH = SPEECH_VERBS | {"kata", "ngomong", "nawarin", "menawari", "ditawarin"}
#: Openers of a sentence that goes on with the speech of the sentence before.
_GOES_ON = frozenset({"katanya", "bilangnya", "terus", "lalu", "beliau"})
#: Words that introduce a person's name ("namanya Pak Heru"), and titles before it.
_NAMING = frozenset({"namanya", "bernama"})
_NAME_TITLES = frozenset(
    {"pak", "bapak", "bu", "ibu", "mas", "mbak", "sdr", "sdri", "saudara", "saudari", "bang",
     "kak"}
)  # fmt: skip
#: Words before an official's title that make it a fee's name ("bayar admin").
_FEE_WORDS = frozenset({"bayar", "biaya", "uang", "ongkos"})
#: Speech verbs that are also the demand of a pungli story ("minta uang").
_DEMANDS = frozenset({"minta", "meminta", "diminta"})
#: Words earlier in the sentence that place a hit in the past ("dulu pernah ada pungli"; a
#: thanks, "saya mau berterima kasih kepada petugas yang ...", tells what was done; "waktu"
#: counts only as "waktu itu").
PAST_CUES = frozenset(
    {
        "dulu",
        "dahulu",
        "pernah",
        "dulunya",
        "sempat",
        "kemarin",
        "lalu",
        "berterima",
        "waktu",
        "semalam",
    }
)
#: Phrases after a past hit that say the problem is resolved ("sekarang sudah bagus").
RESOLVED: tuple[tuple[str, ...], ...] = (
    *(
        ("sudah", w)
        for w in (
            "bagus", "baik", "lancar", "cepat", "beres", "aman", "membaik", "teratasi",
            "diperbaiki", "selesai", "normal", "bersih", "dibantu", "ditangani",
        )
    ),
    ("alhamdulillah",), ("beres",), ("sudah", "saya", "blokir"), ("lancar",),
    ("tidak", "ada", "masalah"), ("langsung", "dibantu"), ("langsung", "dicetak"),
    ("sudah", "diganti"), ("sudah", "dibuatkan"),
    ("hari", "itu", "juga"), ("langsung", "diproses"), ("langsung", "jadi"),
    ("tidak", "masalah"), ("sudah", "saya", "terima"), ("sudah", "kami", "terima"),
    ("sudah", "diterima"),
    ("sudah", "diblokir"), ("sudah", "diaktifkan"), ("sudah", "aktif"), ("sudah", "bisa"),
    ("sudah", "saya", "ambil"), ("sudah", "kami", "ambil"), ("sudah", "diambil"),
    ("sudah", "diselesaikan"), ("sudah", "terselesaikan"), ("sudah", "diberhentikan"),
    ("sudah", "dipecat"), ("sudah", "ditindak"), ("akhirnya", "jadi"), ("akhirnya", "selesai"),
    ("sudah", "dihapus"), ("sudah", "jadi", "semua"),
    ("sudah", "dibetulkan"), ("sudah", "terbit"), ("urusan", "itu", "selesai"),
    ("akhirnya", "beres"), ("sudah", "dipulihkan"), ("sudah", "tenang"), ("sudah", "pulang"),
    # "sudah tidak ada pungli", not "ibu sudah tidak kuat jalan".
    ("sudah", "tidak", "ada"), ("sudah", "tidak", "pernah"), ("sudah", "tidak", "lagi"),
    ("sudah", "sehat"), ("sudah", "jadi"), ("berjalan", "lancar"), ("uangnya", "dikembalikan"),
    ("sudah", "sembuh"), ("sudah", "pulih"), ("langsung", "bisa"),
    ("uang", "saya", "dikembalikan"),
    ("uangnya", "dibalikin"), ("duitnya", "dibalikin"), ("duitnya", "dikembalikan"),
    ("sudah", "dipindah"), ("sudah", "dipindahkan"), ("sudah", "dimutasi"),
    ("tagihannya", "dihapus"), ("tidak", "ada", "telepon", "lagi"), ("bisa", "aktif", "cepat"),
    ("sangat", "menolong"),
    ("tidak", "ada", "tagihan", "lagi"), ("sudah", "diperbarui"), ("sudah", "diupdate"),
    ("aktif", "lagi"), ("tagihannya", "berhenti"), ("tagihan", "berhenti"),
    ("sudah", "berbenah"), ("dilaporkan", "dan", "dipindah"), ("sudah", "dibereskan"),
    ("sudah", "diberesi"),
    ("akhirnya", "bisa"), ("panasnya", "sudah", "turun"), ("demamnya", "sudah", "turun"),
    ("hidup", "tenang"), ("semuanya", "selesai"), ("sudah", "ditindaklanjuti"),
    ("akun", "itu", "sudah", "ditutup"), ("nama", "saya", "bersih"),
    ("sudah", "dapat", "tindakan"), ("semuanya", "normal"), ("selesai", "di", "tempat"),
    ("sekarang", "sudah", "sampai"), ("ternyata", "bisa"), ("tagihan", "dihapus"),
    ("sudah", "dioperasi"), ("sekarang", "sehat"),
    ("nama", "saya", "sudah", "bersih"), ("selamat", "dan", "sehat"), ("sudah", "padan"),
    ("cair", "lagi"), ("sampai", "sembuh"),
    # "dulu waktu bikin akta harus bayar, tapi itu zaman dulu sebelum ada aturan gratis".
    ("itu", "zaman", "dulu"), ("itu", "dulu", "sekali"),
    # A thanks story: "Petugas piket langsung bantu ..., dan operasi jalan malam itu juga."
    ("malam", "itu", "juga"), ("langsung", "bantu"), ("langsung", "membantu"),
    # Praise for a visit that got it done ("datang ke rumah untuk merekam KTP bapak ...
    # Cepat dan ramah.").
    ("cepat", "dan", "ramah"), ("ramah", "dan", "cepat"),
)  # fmt: skip
#: "Resolved" phrases that settle the hit right before them in its clause ("operasi
#: berjalan lancar", "masalah itu sudah selesai"), without a past cue.
SETTLING = frozenset(
    {("sudah", "selesai"), ("sudah", "teratasi"), ("berjalan", "lancar"), ("sudah", "normal"),
     ("sudah", "aman"), ("sudah", "lancar"), ("sudah", "tidak", "ada")}
)  # fmt: skip
#: Words right before a "resolved" phrase that turn it around ("belum beres"), or make it
#: a claim the reporter only passes on ("katanya sudah diperbaiki").
_NOT_YET = frozenset({"belum", "tidak", "bukan", "kurang", "masih", "katanya"})
#: The same, or a condition ("Kalau sudah jadi saya ambil besok").
_UNSETTLING = _NOT_YET | _IF_WORDS
#: Words shortly before a "resolved" phrase that make it a goal, a requirement or a hope
#: ("sampai ... beres", "harus beres di Dukcapil dulu", "jangan harap lancar").
_GOAL_WORDS = frozenset(
    {"sampai", "hingga", "supaya", "agar", "biar", "sebelum", "asal", "harus", "wajib", "perlu",
     "mesti", "harap", "berharap", "semoga", "moga", "mau", "ingin", "segera"}
)  # fmt: skip
_NEGATION_WINDOW = 3
#: A first sentence that thanks someone for something ("terima kasih untuk ...").
_THANKS_FOR = frozenset({"untuk", "kepada", "atas"})
#: At most this many words in a thanks sentence that opens a settled story.
_THANKS_SENTENCE = 7
#: Verbs of a request that an official be examined or sanctioned ("operator itu ditegur").
_ACCOUNTABILITY = frozenset(
    {"diperiksa", "ditegur", "ditindak", "disanksi", "dievaluasi", "dipecat", "dihukum",
     "diberhentikan", "ditindaklanjuti", "diusut"}
)  # fmt: skip
_THAT = frozenset({"itu", "tersebut", "tsb"})
_SO_THAT = frozenset({"supaya", "agar", "biar"})
_ASKING = frozenset({"minta", "mohon", "agar", "supaya"})
#: Words of complaining after "kalau" in a threat ("kalau (suka) lapor-lapor ...").
_COMPLAINING = frozenset({"lapor", "melapor", "protes", "komplain", "mengadu"})
#: Measures asked for against an official, named before them ("pembinaan staf").
_ACCOUNTABILITY_NOUNS = frozenset({"pembinaan", "pemeriksaan", "teguran", "sanksi", "penindakan"})
_GIVEN = frozenset({"diberi", "diberikan", "dikenai", "dikenakan"})
#: "hari itu juga" settles what was done that day, unless the reporter is the one who acted
#: ("hari itu juga saya minta surat ..."): the next word, as a one-word slice.
_SAME_DAY = ("hari", "itu", "juga")
_BY_ME = frozenset({("saya",), ("kami",)})
#: A stand-in received while the card waits ("sudah saya terima suketnya").
_STAND_INS = frozenset({("suket",), ("suketnya",), ("resi",), ("resinya",)})
#: Time units before "lalu" ("3 hari lalu"): a date, not a past episode.
_TIME_UNITS = frozenset({"hari", "minggu", "bulan", "tahun", "pekan", "jam"})
#: Words that tell a misuse as a past episode ("dulu", "pernah", "sempat"; see
#: ``_misuse_tense``), and the time units before a "lalu" that do ("tahun lalu").
_EPISODE_WORDS = frozenset({"dulu", "dahulu", "pernah", "sempat", "dulunya"})
_EPISODE_UNITS = frozenset({"bulan", "tahun"})
#: A survivor: a disaster told as past ("penyintas likuifaksi").
_SURVIVOR = "penyintas"
#: Words after "kalau sampai" that make it a deadline ("kalau sampai akhir bulan ...").
#: Time units, months, weekdays and times of day are in ``_BEFORE_LALU`` already.
_BY_TIME = frozenset(
    {"akhir", "awal", "pertengahan", "batas", "tanggal", "besok", "lusa", "nanti", "pukul"}
)  # fmt: skip
#: Words before "pernah" that deny the act ("tidak pernah pinjam"): no past episode.
_DENIALS = frozenset({"tidak", "belum", "bukan", "tak", "seng", "ndak"})
#: Words in a misuse sentence that say it goes on or was just found out: it is not past.
_ONGOING_WORDS = frozenset(
    {"masih", "sekarang", "terus", "sedang", "setiap", "tiap", "kini", "ketahuan",
     "mengetahui", "menemukan", "ternyata", "tadi", "barusan"}
)  # fmt: skip
#: A time of today ("pagi ini", "hari ini"): what the sentence tells happens now.
_TODAY_PAIRS = frozenset(
    (part, "ini") for part in ("pagi", "siang", "sore", "malam", "hari", "tadi")
)
#: Two words that say something made with a misused identity still runs.
_STILL_RUNNING = frozenset(
    {("masih", "aktif"), ("masih", "berjalan"), ("masih", "dipakai"), ("masih", "digunakan"),
     ("masih", "beroperasi"), ("masih", "berlaku"), ("masih", "terus")}
)  # fmt: skip
#: A report the reporter closes: "Laporan ini bisa ditutup", "Mohon laporan saya
#: sebelumnya ditutup saja", a report noun earlier in the sentence of a closing verb that
#: is asked for (a modal before it or "saja" after it), not refused ("jangan ditutup").
_REPORT_NOUNS = frozenset(
    {"laporan", "laporannya", "pengaduan", "pengaduannya", "aduan", "aduannya", "tiket",
     "keluhan", "keluhannya", "komplain"}
)  # fmt: skip
_REPORT_CLOSING = frozenset({"ditutup", "dicabut", "diselesaikan", "dibatalkan", "diabaikan"})
#: A report withdrawn by the reporter's own act ("laporan saya kemarin ... saya tarik") or
#: told done ("Laporan sebelumnya anggap selesai saja").
_OWN_CLOSING: Mapping[str, str] = {"tarik": "saya", "selesai": "anggap"}
#: How the sentence after a closing may explain it, settled with it: opening words ("Sudah
#: ditangani, ...", "Saya salah paham, ...") or a word a few in ("Ternyata SMS tagihan itu
#: salah kirim", "Setelah saya tanya lagi, ternyata ...").
_EXPLAINING_OPENERS = frozenset({("sudah", "ditangani"), ("sudah", "beres"), ("saya", "salah")})
_EXPLAINING = frozenset({"ternyata", "rupanya"})
_EXPLAINING_REACH = 6
_CLOSING_MODALS = frozenset({"bisa", "boleh", "dapat", "silakan", "mohon", "tolong"})
_KEEP_OPEN = frozenset({"tidak", "jangan", "belum", "bukan"})
#: "Tadinya saya mau komplain ..., tapi ... sudah bisa diambil": a complaint not made.
_COMPLAINT_VERBS = frozenset({"komplain", "lapor", "melapor", "mengadu", "protes"})
_CHANGED_MIND = frozenset({"tadinya", "tadi"})
#: What a closing settles only in its own sentence (what the report was about): danger to
#: life or liberty and misuse or leaks ("Bapak di IGD sekarang ... Laporan kemarin soal KTP
#: sudah beres, bisa ditutup" keeps the patient).
_NOT_CLOSABLE = frozenset(
    {"health_emergency", "health_now", "safety_risk", "self_harm", "burial_blocked",
     "identity_misuse", "misuse_ongoing", "data_leak", "disaster"}
)  # fmt: skip
_ONE_COMPLAINT_VERB = frozenset((verb,) for verb in _COMPLAINT_VERBS)
_CLOSING_TRIGGERS = _REPORT_CLOSING | _CHANGED_MIND | frozenset(_OWN_CLOSING)


#: Misuse words that name only the topic (a loan, a collector, a stranger, a SIM card): a
#: loan of the reporter's own, or a collector of someone else's debt, is no misuse of the
#: reporter's identity. They count as misuse when a sentence around them denies the act or
#: claims the identity (``_MISUSE_DENIALS``) or names the reporter's data with a use of it
#: close by (``_MISUSE_DATA``, ``_MISUSE_USES``); see ``_misuse_topic_only``.
_MISUSE_TOPICS = frozenset(
    tuple(phrase.split())
    for phrase in (
        "pinjaman", "pinjol", "pinjaman online", "penagih", "ditagih", "debt collector",
        "tidak saya kenal", "tidak pernah saya kenal", "kartu perdana", "registrasi kartu",
        "kredit online", "aplikasi kredit", "tawaran kredit", "tawaran pinjaman", "menagih hutang",
        "koperasi online", "diteror", "ditelepon terus", "disalahgunakan",
        "penyalahgunaan data", "judi online", "akun judi", "nomor prabayar",
        "meminjam uang ke",
    )
)  # fmt: skip
#: Word pairs that deny the act or claim the identity ("tidak pernah", "atas nama saya").
_MISUSE_DENIALS = frozenset(
    {("tidak", "pernah"), ("belum", "pernah"), ("bukan", "saya"), ("bukan", "punya"),
     ("bukan", "milik"), ("tanpa", "sepengetahuan"), ("tanpa", "izin"), ("tidak", "merasa")}
)  # fmt: skip
#: The reporter's data named ("NIK saya", "foto KTP ibu"), confirming with a use verb.
_MISUSE_DATA = frozenset({"nik", "ktp", "kk", "data", "identitas", "foto", "selfie", "nama"})
_MISUSE_USES = frozenset(
    {"dipakai", "digunakan", "memakai", "menggunakan", "pakai", "menyebut", "menyebutkan",
     "tahu", "mengetahui", "kirim", "mengirim", "dikirim", "sebar", "menyebar", "disebar",
     "menunjukkan", "bawa", "membawa", "beredar", "mengaku", "didaftarkan", "terdaftar"}
)  # fmt: skip
#: How near a use verb must stand to the reporter's data named ("menyebut NIK saya").
_USE_REACH = 4
#: Things, not people, a reporter does not know ("transaksi yang tidak saya kenal"): the
#: misuse itself, unlike a stranger's name in the family card.
_UNKNOWN_MEANS = frozenset(
    {"transaksi", "nomor", "email", "aplikasi", "akun", "rekening", "perangkat", "tagihan",
     "pinjaman", "kredit", "hp", "link", "transfer"}
)  # fmt: skip
_UNKNOWN = frozenset({("tidak", "saya", "kenal"), ("tidak", "pernah", "saya", "kenal")})


#: Things made or done with a misused identity, pointed back to by "itu", "tersebut" or
#: "palsu" ("rekening itu"), or with "-nya" ("kontraknya", "pelakunya"); and the verbs that
#: close them ("sudah ditutup", "dibatalkan", "ditangkap").
_MISUSE_MEANS = frozenset(
    {"rekening", "akun", "kontrak", "pinjaman", "kredit", "kartu", "nomor", "paylater",
     "pelaku", "tagihan", "utang", "hutang", "ktp", "wallet", "ewallet", "perusahaan", "kasus",
     "pendaftaran", "registrasi", "aplikasi",
     # Notices and screens that showed the data ("spanduk itu sudah diturunkan").
     "spanduk", "baliho", "poster", "kertas", "tv", "layar",
     # A message posted to a group ("pesan itu dihapus").
     "pesan"}
)  # fmt: skip
_MISUSE_MEANS_OWNED = frozenset(
    {"kontraknya", "pelakunya", "pinjamannya", "kreditnya", "tagihannya", "akunnya",
     "utangnya", "hutangnya", "kasusnya", "nomornya", "tokonya", "spanduknya", "kertasnya",
     "layarnya", "pendaftarannya", "registrasinya", "aplikasinya"}
)  # fmt: skip
_POINTING_BACK = frozenset({("itu",), ("tersebut",), ("palsu",)})
_DONE_BEFORE = frozenset({"sudah", "telah"})
_AFTER = frozenset({"setelah", "sesudah"})
_CLAUSE_REACH = 13  # tokens from "rekening yang ..." to its closing verb
_CLAUSE_OPENING = 6  # tokens from a thing to the "yang" that opens its clause
#: Words that make a closing something asked for or wanted, not done.
_CLOSE_ASKED = frozenset(
    {"tolong", "mohon", "minta", "supaya", "agar", "biar", "harus", "segera", "bisa",
     "bisakah", "perlu", "mau", "ingin", "kapan"}
)  # fmt: skip
#: A post that spread the data: it needs no "itu" ("postingan dihapus dua hari kemudian").
_POSTS = frozenset(
    {"postingan", "postingannya", "unggahan", "unggahannya", "fotonya", "videonya",
     "kontennya", "tautannya", "linknya", "filenya", "statusnya"}
)  # fmt: skip
#: The closing verbs with "-nya" pointing back ("bank sudah menutupnya").
_CLOSED_IT = frozenset(
    {"menutupnya", "memblokirnya", "menonaktifkannya", "membatalkannya", "menghapusnya",
     "mencabutnya", "membekukannya"}
)  # fmt: skip
#: Closing verbs told actively, before the thing they close ("operator sudah memblokir
#: nomor-nomor itu", "sekolah sudah membatalkan pendaftaran itu", "sudah memblokir
#: semuanya").
_CLOSING_ACTIVE = frozenset(
    {"memblokir", "menutup", "membatalkan", "menonaktifkan", "menghapus", "mencabut",
     "membekukan", "menurunkan", "mematikan"}
)  # fmt: skip
_ALL_OF_IT = "semuanya"
#: How far "sudah" may stand before "dan" and a closing verb it makes done.
_DONE_AND_REACH = 6
#: Someone pointed back to after a thing ("akun orang itu").
_SOMEONE_POINTED = frozenset({("orang", "itu"), ("orang", "tersebut")})
#: Every word a closing can start at (one C-level filter over the text).
_CLOSING_STARTS = _CLOSED_IT | _MISUSE_MEANS | _MISUSE_MEANS_OWNED | _POSTS | _CLOSING_ACTIVE
_CLOSING_VERBS = frozenset(
    {"ditutup", "dibatalkan", "dibekukan", "dihapus", "dinonaktifkan", "lunas", "ditangkap",
     "ditahan", "dipenjara", "dicabut", "diblokir", "blokir", "diturunkan", "ditakedown",
     "tutup", "ditangani", "selesai", "mati", "beres", "dimatikan", "dilepas", "dicopot",
     "hapus"}
)  # fmt: skip
#: Words after "baru" that tell a discovery ("baru tahu"), and the words before a year that
#: date an episode ("tahun 2023", "pada 2023").
_FOUND_OUT = frozenset({("tahu",), ("sadar",), ("ketahuan",), ("mengetahui",)})
_YEAR_OPENERS = frozenset({"tahun", "pada", "di"})
#: Words that name whose identity is misused: the reporter, or someone of theirs.
_VICTIM_WORDS = frozenset(
    {"saya", "kami", "aku", "ku", "beta", "awak", "lon", "abdi", "gue", "gua", "kita", "nya",
     "anda", "isun", "engkok", "kulo", "kula", "ulun", "sia",
     "ibu", "bapak", "ayah", "suami", "istri", "anak", "almarhum", "almarhumah", "beliau",
     "mama", "papa", "adik", "kakak", "mertua", "nenek", "kakek", "ortu", "dia"}
)  # fmt: skip
#: "sejak minggu lalu", "sejak hari lalu": the words before a "lalu" that starts an ongoing
#: problem.
_SINCE_RECENTLY = frozenset({("sejak", "minggu"), ("sejak", "hari"), ("sejak", "pekan")})
#: Words before "lalu" that make it "ago" ("bulan lalu", "waktu lalu", "Senin lalu").
_BEFORE_LALU = (
    _TIME_UNITS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | TIMES_OF_DAY
    | frozenset(FEAST_HEADS)
    | {"waktu", "yang", "silam", "kemarin", "subuh"}
)
#: The gap word of a vocabulary phrase, and the phrase words that are patterns.
_GAP = "..."
_PATTERNS = frozenset({"#num", _GAP})
#: Words after "itu" that make a definition question ("Pungli itu apa?").
_DEFINITION_QUESTION = frozenset({"apa", "apakah", "maksudnya", "artinya"})
_HYPOTHETICAL_WINDOW = 8  # tokens; unpunctuated texts would otherwise be one long clause
_RESOLVED_SENTENCES = 2
_SETTLED_WINDOW = 4  # tokens between a "settled" phrase and the span it settles
_MAX_EVIDENCE = 5


#: A phrase's outcome once its words are matched: (signal id, is an ``unless`` phrase).
_Outcome = tuple[str, bool]
#: The phrases under their first two words: two-word phrases (outcomes), longer phrases by
#: their plain third word, and longer phrases whose third word is a pattern.
_Second = tuple[tuple[_Outcome, ...], dict[str, list["_Phrase"]], list["_Phrase"]]
#: Phrases "w ... x y" under the word right after their gap (x), for one first word w.
_Gaps = dict[str, list["_Phrase"]]
#: One vocabulary entry: (one-word phrases, loose phrases, second word -> phrases, gapped
#: phrases by the word after the gap).
_Entry = tuple[tuple[_Outcome, ...], list["_Phrase"], dict[str, _Second], _Gaps]
#: The longer phrases of an entry: loose, by second word, gapped.
_Rest = tuple[list["_Phrase"], dict[str, _Second], _Gaps]
#: What a word can start: the signals its one-word phrases hit, those they cancel, the
#: longer phrases of its entries merged into one (loose, by second word, gapped; a number
#: is also ``#num``), and its prefix phrases.
_WordInfo = tuple[
    tuple[str, ...],
    tuple[str, ...],
    list["_Phrase"],
    dict[str, _Second],
    _Gaps,
    tuple["_Phrase", ...],
]
_NOTHING: _WordInfo = ((), (), [], {}, {}, ())
#: Distinct words remembered per compiled rule set (bounds memory on hostile input).
_WORD_CACHE_MAX = 50_000
#: Phrases of one cue kind under their first word: (length, the phrases of that length).
_CuePhrases = tuple[tuple[int, set[tuple[str, ...]]], ...]
#: What a cue word is: official, speech verb, past cue, question word, and the
#: hypothetical, negator and resolved phrases it starts.
_Cue = tuple[bool, bool, bool, bool, _CuePhrases, _CuePhrases, _CuePhrases]
#: A compiled condition: (all_of groups of alternatives, any_of, none_of).
_Compiled = tuple[tuple[tuple[str, ...], ...], tuple[str, ...], tuple[str, ...]]
_ReasonParts = tuple[
    tuple[int, int, int, str], int, int, bool, tuple[str, Bilingual, Effect, int, tuple[Any, ...]]
]


class _Phrase:
    __slots__ = ("gap", "prefix", "signal", "size", "unless", "words")

    def __init__(self, words: tuple[str, ...], signal: str, unless: bool) -> None:
        self.prefix = tuple(w.endswith("*") for w in words)
        self.words = tuple(w.rstrip("*") for w in words)
        self.signal = signal
        self.unless = unless
        self.size = len(words)
        #: Position of the ``...`` gap word (-1: none); the gap is never the first word.
        self.gap = self.words.index(_GAP) if _GAP in self.words else -1

    def _word(self, k: int, got: str) -> bool:
        want = self.words[k]
        if want == "#num":
            return got.isdecimal()
        return got.startswith(want) if self.prefix[k] else got == want

    def end(self, words: tuple[str, ...], sentences: tuple[int, ...], i: int) -> int:
        """The last token of a match starting at token ``i`` (-1: no match)."""
        if self.gap >= 0:
            return self._gapped_end(words, sentences, i)
        last = i + self.size - 1
        if last >= len(words) or sentences[i] != sentences[last]:
            return -1
        for k in range(1, self.size):
            if not self._word(k, words[i + k]):
                return -1
        return last

    def rest_end(
        self, words: tuple[str, ...], sentences: tuple[int, ...], i: int, start: int
    ) -> int:
        """For a phrase "w ... rest" whose rest starts at token ``start``: its last token."""
        last = start + self.size - 3
        if last >= len(words) or sentences[last] != sentences[i]:
            return -1
        for j, k in enumerate(range(3, self.size), start=start + 1):
            if not self._word(k, words[j]):
                return -1
        return last

    def _gapped_end(self, words: tuple[str, ...], sentences: tuple[int, ...], i: int) -> int:
        """Match the words before the gap, then the rest after 0 to ``MAX_GAP`` words."""
        gap, n = self.gap, len(words)
        if i + gap > n:
            return -1
        for k in range(1, gap):
            if not self._word(k, words[i + k]):
                return -1
        rest = range(gap + 1, self.size)
        for skip in range(MAX_GAP + 1):
            start = i + gap + skip  # token matched by the first word after the gap
            last = start + len(rest) - 1
            if last >= n or sentences[last] != sentences[i]:
                return -1
            if all(self._word(k, words[start + j]) for j, k in enumerate(rest)):
                return last
        return -1


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
        self.allegations = frozenset(s.id for s in ruleset.signals if s.allegation)
        self.requests = frozenset(s.id for s in ruleset.signals if s.request)
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
                elif phrase.prefix[1] or phrase.words[1] in _PATTERNS:
                    self.loose[first].append(phrase)
                else:
                    self.pairs[(first, phrase.words[1])].append(phrase)
        self.vocabulary = (
            frozenset(self.exact) | frozenset(self.loose) | frozenset(w for w, _ in self.pairs)
        )
        # One lookup per token: first word -> (one-word and loose phrases, second word ->
        # phrases, gapped phrases).
        # One-word phrases need no further check; the others are matched word by word.
        # "w ... x y" phrases are grouped under x, so one scan of the gap serves them all.
        by_word: dict[str, _Entry] = {}
        for word in self.vocabulary:
            singles = tuple((p.signal, p.unless) for p in self.exact.get(word, ()))
            loose: list[_Phrase] = []
            gaps: _Gaps = defaultdict(list)
            for p in self.loose.get(word, ()):
                if p.gap == 1 and not p.prefix[2] and p.words[2] not in _PATTERNS:
                    gaps[p.words[2]].append(p)
                else:
                    loose.append(p)
            by_word[word] = (singles, loose, {}, dict(gaps))
        for (first, second), phrases in self.pairs.items():
            by_word[first][2][second] = _second_index(phrases)
        self.by_word = by_word
        self.cue_words = frozenset(
            {p[0] for p in (*NEGATORS, *_HYPOTHETICAL_CUES, *RESOLVED)}
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
        self.rules_by_fact, self.ungated_rules = _rule_index(self.rules, self.conditions)
        self.reason_keys = {r.id: _reason_key(r) for r in ordered}
        self.floor_ranks = {r.id: _floor_ranks(r) for r in ordered}
        #: Per rule: (reason order key, urgency rank, complexity rank, third party, the
        #: reason's fields other than its evidence), so a fired rule is one lookup.
        self.reason_parts: dict[str, _ReasonParts] = {
            r.id: (
                self.reason_keys[r.id],
                *self.floor_ranks[r.id],
                r.effect.third_party,
                (r.id, r.message, r.effect, r.priority, r.citations),
            )
            for r in ordered
        }
        self.negators = _index(NEGATORS)
        self.hypotheticals = _index(_HYPOTHETICAL_CUES)
        self.resolved = _index(RESOLVED)
        # Per cue word, everything the context pass asks of it, in one lookup.
        self.cues: dict[str, _Cue] = {
            word: (
                word in OFFICIALS,
                word in _SPEECH,
                word in PAST_CUES,
                word in QUESTION_CUES,
                tuple(self.hypotheticals.get(word, {}).items()),
                tuple(self.negators.get(word, {}).items()),
                tuple(self.resolved.get(word, {}).items()),
            )
            for word in self.cue_words
        }

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
        hit = tuple(sid for e in entries for sid, unless in e[0] if not unless)
        cancel = tuple(sid for e in entries for sid, unless in e[0] if unless)
        loose, seconds, gaps = _merged([(e[1], e[2], e[3]) for e in entries])
        return hit, cancel, loose, seconds, gaps, prefixed

    def hits(
        self,
        tokens: Tokens,
        asked: frozenset[int] = frozenset(),
        commas: tuple[int, ...] = (),
    ) -> tuple[dict[str, list[tuple[int, int]]], _Context]:
        """Return signal id -> ``[(first, last)]`` token spans, after context filtering.

        ``asked``: the sentences that end with a question mark; ``commas``: the tokens a
        comma follows (a negation does not reach across one).
        """
        words = tokens.words
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        cancel: dict[str, list[tuple[int, int]]] = defaultdict(list)
        sentences = tokens.sentences
        n = len(words)
        infos = lookup_all(self._word_info, words, self._info, _WORD_CACHE_MAX)
        # Only the words that start something (about three in four) are visited.
        for i in compress(range(n), map(is_not, infos, repeat(_NOTHING))):
            hit, cancelled, loose, seconds, gaps, prefixed = infos[i]
            if hit:
                span = (i, i)
                for signal in hit:
                    found[signal].append(span)
            if cancelled:
                span = (i, i)
                for signal in cancelled:
                    cancel[signal].append(span)
            # Most gapped first words have no word of theirs just after: one C-level check.
            if gaps and not gaps.keys().isdisjoint(words[i + 1 : i + 2 + MAX_GAP]):
                _gap_hits(gaps, words, sentences, i, found=found, cancel=cancel)
            candidates: Sequence[_Phrase] = loose
            if seconds and i + 1 < n:
                second = seconds.get(words[i + 1])
                if second is not None:
                    candidates = _second_hits(
                        second, candidates, i, words, sentences, found=found, cancel=cancel
                    )
            if candidates:
                _phrase_hits(candidates, i, words, sentences, found=found, cancel=cancel)
            if prefixed:
                _phrase_hits(prefixed, i, words, sentences, found=found, cancel=cancel)
        context = _Context(tokens, self, asked, commas)
        return self._kept(found, cancel, context), context

    def _kept(
        self,
        found: Mapping[str, list[tuple[int, int]]],
        cancel: Mapping[str, list[tuple[int, int]]],
        context: _Context,
    ) -> dict[str, list[tuple[int, int]]]:
        """The hits not covered by an ``unless`` phrase of their signal nor blocked."""
        out: dict[str, list[tuple[int, int]]] = {}
        negatable = self.negatable
        allegations = self.allegations
        requests = self.requests
        # First token -> whether a hit there is blocked (allegations under ``~first``).
        blocked: dict[int, bool] = {}
        for sid, spans in found.items():
            covers = sorted(cancel[sid]) if sid in cancel else None
            check = negatable.get(sid, True)
            allegation = sid in allegations
            # A request is asked as a question by nature: only negation, hypotheticals and
            # resolved pasts cancel it (``blocked_statement`` keeps its own memo).
            request = sid in requests
            keep = []
            protected = sid in _NOT_CLOSABLE
            for span in sorted(set(spans)) if len(spans) > 1 else spans:
                first, last = span
                if covers and _covered(covers, first, last):
                    continue
                if check:
                    if context.closed_at(first, own_sentence=protected):
                        continue
                    stop: bool | None
                    if request:
                        stop = context.blocked_statement(first, allegation=allegation)
                    else:
                        key = ~first if allegation else first
                        stop = blocked.get(key)
                        if stop is None:
                            stop = blocked[key] = context.blocked(first, allegation=allegation)
                    if stop:
                        continue
                keep.append(span)
            if keep:
                out[sid] = _dedupe(keep) if len(keep) > 1 else keep
        return out


class _Context:
    """Per-text context: negation, hypothetical and resolved-past lookups.

    Only the positions of cue words are collected (one set lookup per token); each query
    is then a binary search, so the whole is linear in the text.
    """

    def __init__(
        self,
        tokens: Tokens,
        compiled: CompiledRuleSet,
        asked: frozenset[int] = frozenset(),
        commas: tuple[int, ...] = (),
    ) -> None:
        words = tokens.words
        self.tokens = tokens
        self.asked = asked
        self.commas = commas
        self.neg_end: list[int] = []  # token index of the last word of each negator
        self.hypo_at: list[int] = []  # token index of each "kalau"-like cue (windowed)
        self.strong_at: list[int] = []  # token index of each clause-wide hypothetical cue
        self.hearsay_at: list[int] = []  # token index of each clause-wide hearsay cue
        self.news_at: list[int] = []  # token index of each sentence-wide news/hearsay cue
        self.past_at: list[int] = []  # token index of each past cue
        self.resolved_at: list[int] = []
        self.settling_at: list[int] = []  # "resolved" phrases that settle what precedes
        self.question_at: list[int] = []  # token index of each question word
        cue_words = compiled.cue_words
        cues = compiled.cues
        sentences = tokens.sentences
        self.officials: set[int] = set()  # sentences naming an official
        officials = self.officials
        speech_at: list[int] = []  # token index of each speech verb
        windowed: list[int] = []
        scopes = (windowed, self.news_at, self.hearsay_at, self.strong_at)  # see _CUE_SCOPE
        for i in compress(count(), map(cue_words.__contains__, words)):
            word = words[i]
            official, speech, past, question, hypotheticals, negators, resolved = cues[word]
            if official and not (i and words[i - 1] in _FEE_WORDS):  # not "biaya admin"
                officials.add(sentences[i])
            if speech:
                speech_at.append(i)
            for size, options in hypotheticals:
                if (
                    words[i : i + size] in options
                    and words[i + size : i + size + 2] != ("tidak", "salah")  # "if I recall"
                    # "kalau sampai sore ini bayi belum punya NIK": a deadline, not an "if".
                    and not (size == 2 and words[i + 1] == "sampai" and _by_time(words, i + 2))
                    and not (i and words[i - 1] == "maaf")  # "maaf kalau ...": an apology
                    # "Kalau lapor-lapor, berkas Ibu saya taruh paling bawah": a threat
                    # against complaining, its condition the reporter's complaint.
                    and not (
                        word in _IF_WORDS
                        and not _COMPLAINING.isdisjoint(words[i + size : i + size + 2])
                    )
                    # "wajar nggak kalau petugas minta uang bensin?": asks about a fact.
                    and "wajar" not in words[max(0, i - 2) : i]
                    # "saya posting di medsos": the reporter's own post, not news; "pegawai
                    # memposting video KTP warga di TikTok": the post is the act told.
                    and _OWN_POST.isdisjoint(words[max(0, i - 4) : i])
                    # "orang-orang yang mengaku dari aplikasi pinjaman menagih utang": the
                    # collectors are real; only a caller posing as an authority is a scam.
                    and not (
                        words[i : i + 2] == ("mengaku", "dari") and words[i + 2 : i + 3] in _LENDERS
                    )
                ):
                    scopes[_CUE_SCOPE.get(words[i : i + size], _CLAUSE)].append(i)
            # "7 minggu lalu" and "Oktober tahun lalu" date the present wait; they do not
            # tell a finished past ("bulan lalu", without a number or a month, does).
            # "lalu" after anything but a time word is "then" ("lalu sekretaris desa menarik
            # Rp75.000"), not a past.
            # "Waktu itu BPJS bapak mati": "waktu" is a past cue only before "itu".
            # "Sejak minggu lalu pangkalan menolak": a recent start, still going on, not a
            # finished past.
            if (
                past
                and not (word == "waktu" and words[i + 1 : i + 2] != ("itu",))
                and not (word == "lalu" and words[max(0, i - 2) : i] in _SINCE_RECENTLY)
                and not (
                    word == "lalu"
                    and (
                        not (i and words[i - 1] in _BEFORE_LALU)
                        or (
                            i > 1
                            and words[i - 1] in _TIME_UNITS
                            # "Senin minggu lalu" dates a day, like "7 minggu lalu".
                            and (
                                words[i - 2].isdecimal()
                                or words[i - 2] in MONTHS
                                or words[i - 2] in WEEKDAYS
                            )
                            # "2 tahun lalu waktu ayah masuk ICU": years ago is an episode.
                            and not (words[i - 1] == "tahun" and words[i - 2].isdecimal())
                        )
                    )
                )
            ):
                self.past_at.append(i)
            if question and (word not in _ASKED_ONLY_CUES or sentences[i] in asked):
                self.question_at.append(i)
            for size, options in negators:
                # "kalau tidak ada uang rokok, berkasnya kurang terus": a condition (the
                # "kalau" decides), not a denial.
                if words[i : i + size] in options and not (i and words[i - 1] in _IF_WORDS):
                    self.neg_end.append(i + size - 1)
            for size, options in resolved:
                # "belum beres" or "tidak lancar" says the opposite of resolved, and "sampai
                # kepesertaan beres" or "supaya lancar" a state still to reach.
                # "hari itu juga saya minta surat ...": the reporter acted that day; nothing
                # was settled.
                if (
                    words[i : i + size] in options
                    # "Kalau sudah jadi saya ambil besok": a condition, not a resolution.
                    and (i == 0 or words[i - 1] not in _UNSETTLING)
                    and _GOAL_WORDS.isdisjoint(words[max(0, i - 3) : i])
                    # "semua syarat sudah diterima": the application was taken in, not settled.
                    and not (
                        words[i + size - 1] == "diterima"
                        and not _FILE_NOUNS.isdisjoint(words[max(0, i - 2) : i])
                    )
                    and not (
                        words[i : i + size] == _SAME_DAY
                        and words[i + size : i + size + 1] in _BY_ME
                    )
                    # "beres-beres arsip": tidying up, not settled ("lancar-lancar saja" is).
                    and not (
                        words[i] == "beres" and words[max(0, i - 1) : i + 2].count("beres") > 1
                    )
                    # "Ya sudah saya terima suketnya": the stand-in letter, not the card.
                    and words[i + size : i + size + 1] not in _STAND_INS
                    # "bayar umum atau BPJS sudah beres sebelum jam 12": a state demanded by a
                    # time, not one reached.
                    and words[i + size : i + size + 1] != ("sebelum",)
                ):
                    self.resolved_at.append(i)
                    if words[i : i + size] in SETTLING:
                        self.settling_at.append(i)
        self.neg_end.sort()
        # "petugas bilang kalau mau cepat bayar 200 ribu" reports an offer by an official.
        # A demand word after the cue ("kalau ada petugas yang minta uang") is the
        # hypothetical act itself, not a report of what someone said.
        # Speech that is itself heard from others ("saya dengar dari tetangga katanya kalau
        # urus akta di kelurahan bayar seikhlasnya") stays a hypothetical.
        heard = {sentences[h]: h for h in reversed(self.hearsay_at)}  # first cue per sentence
        _more_official_sentences(words, sentences, officials, windowed)
        self.hypo_at = [
            i
            for i in windowed
            if not (
                sentences[i] in officials
                and heard.get(sentences[i], i) >= i
                and any(
                    sentences[j] == sentences[i] and (j < i or words[j] not in _DEMANDS)
                    for j in speech_at
                )
            )
        ]
        self.definition_at = _definition_questions(words) if "itu" in words else []
        # Answers of ``blocked_statement`` by token: several signals often start together.
        self._statement_memo: dict[int, bool] = {}
        self._last_accountability: int | None = None  # see _accountability_after
        self._has_thanks: bool | None = None  # see _thanks
        self.closed = self._closing()  # tokens the reporter's closing settles

    def _closing(self) -> tuple[int, int, int] | None:
        """What the reporter's closing of their report settles (see ``_report_closing``).

        A closing settles what came before only in a text that tells the matter settled (a
        resolved phrase, a thanks, a "ternyata"): "Bapak di IGD ... Laporan kemarin soal
        KTP bisa ditutup" still has a patient in danger.
        """
        closed = _report_closing(self.tokens)
        if (
            closed is not None
            and closed[0] == 0
            and not (self.resolved_at or self._thanks() or "ternyata" in self.tokens.words)
        ):
            return None
        return closed

    def blocked(self, i: int, *, allegation: bool = False) -> bool:
        """Whether a hit starting at token ``i`` is negated, hypothetical, asked or resolved.

        Hearsay blocks it too, unless it is an ``allegation`` (see :data:`HEARSAY`).
        """
        question_at = self.question_at
        if question_at:
            k = bisect_left(question_at, i)
            if k:
                cue = question_at[k - 1]
                # The question counts a few words on ("apakah ... karena rusak dipungut
                # biaya?"); for an allegation, to the question mark that ends its sentence
                # ("Apakah cetak ulang KK karena rusak kena banjir itu dikenakan biaya?").
                sentences = self.tokens.sentences
                if sentences[cue] == sentences[i] and (
                    i - cue <= _HYPOTHETICAL_WINDOW or (allegation and sentences[i] in self.asked)
                ):
                    return True
        return self.blocked_statement(i, allegation=allegation)

    def blocked_statement(self, i: int, *, allegation: bool = False) -> bool:
        """Whether a hit at token ``i`` is negated, hypothetical or resolved (not questions)."""
        memo = self._statement_memo
        key = ~i if allegation else i  # allegations under their own (negative) keys
        known = memo.get(key)
        if known is None:
            known = memo[key] = self._statement(i, allegation)
        return known

    def closed_at(self, i: int, *, own_sentence: bool = False) -> bool:
        """Whether token ``i`` lies in what the reporter's closing settles.

        ``own_sentence``: only in the closing's own sentence (what the report was about).
        """
        closed = self.closed
        return closed is not None and closed[1 if own_sentence else 0] <= i <= closed[2]

    def statement_or_closed(self, i: int) -> bool:
        """``blocked_statement``, or settled by the reporter's closing (for readings)."""
        return self.closed_at(i) or self.blocked_statement(i)

    def _statement(self, i: int, allegation: bool) -> bool:
        tokens = self.tokens
        clauses = tokens.clauses
        clause = clauses[i]
        neg_end = self.neg_end
        # A hit that is itself a negation ("tanpa NIK mereka tidak bisa", "tanpa dokumen dan
        # tanpa sepengetahuan saya") is not undone.
        if neg_end and tokens.words[i] not in _SELF_NEGATING:
            lo = bisect_left(neg_end, i - _NEGATION_WINDOW)
            commas = self.commas
            for end in neg_end[lo : bisect_left(neg_end, i)]:
                # "Tidak ada blanko, oknum minta uang": the comma ends the negation.
                k = bisect_left(commas, end)
                if clauses[end] == clause and not (k < len(commas) and commas[k] < i):
                    return True
        if i and tokens.words[i - 1] in ADJACENT_NEGATORS and clauses[i - 1] == clause:
            return True
        if self._hypothetical(i, allegation):
            return True
        # A definition question right after the hit: "Pungli itu apa?"
        definition_at = self.definition_at
        if definition_at:
            k = bisect_right(definition_at, i)
            if k < len(definition_at) and definition_at[k] <= i + 3:
                return True
        if self.settling_at and self._settled_after(i):
            return True
        return (
            bool(self.resolved_at)
            and bool(self.past_at or self._thanks())
            and self._resolved_past(i)
        )

    def _settled_after(self, i: int) -> bool:
        """A settling phrase right after the hit in its clause ("operasi berjalan lancar")."""
        settling_at, clauses = self.settling_at, self.tokens.clauses
        k = bisect_right(settling_at, i)
        return (
            k < len(settling_at)
            and settling_at[k] - i <= _SETTLED_WINDOW
            and clauses[settling_at[k]] == clauses[i]
        )

    def _hypothetical(self, i: int, allegation: bool) -> bool:
        """A "kalau" cue a few words before in the clause, a clause-wide cue, or news.

        Clause-wide hearsay counts unless the hit is an allegation against an official named
        in its sentence ("saya dengar petugas kecamatan minta imbalan").
        """
        clauses, sentences = self.tokens.clauses, self.tokens.sentences
        clause = clauses[i]
        hypo_at = self.hypo_at
        if hypo_at:
            k = bisect_left(hypo_at, i)
            if (
                k
                and clauses[hypo_at[k - 1]] == clause
                and i - hypo_at[k - 1] <= _HYPOTHETICAL_WINDOW
            ):
                return True
        strong_at = self.strong_at
        if strong_at:
            k = bisect_left(strong_at, i)
            if k and clauses[strong_at[k - 1]] == clause:
                return True
        hearsay_at = self.hearsay_at
        if hearsay_at and not (allegation and sentences[i] in self.officials):
            k = bisect_left(hearsay_at, i)
            if k and clauses[hearsay_at[k - 1]] == clause:
                return True
        news_at = self.news_at
        if news_at:
            k = bisect_left(news_at, i)
            if k and sentences[news_at[k - 1]] == sentences[i]:
                return True
        return False

    def settled(self, i: int) -> bool:
        """Whether a "settled" phrase stands right by token ``i`` in its clause.

        "akta anak kami juga sudah beres sejak bulan lalu": the span dates a finished matter.
        """
        resolved_at = self.resolved_at
        if not resolved_at:
            return False
        clauses = self.tokens.clauses
        return any(clauses[r] == clauses[i] and abs(r - i) <= _SETTLED_WINDOW for r in resolved_at)

    def _resolved_past(self, i: int) -> bool:
        """A past cue in the hit's sentence and a "resolved" phrase soon after the hit."""
        sentences = self.tokens.sentences
        sentence = sentences[i]
        k = bisect_left(self.past_at, i)
        near = [self.past_at[j] for j in (k - 1, k) if 0 <= j < len(self.past_at)]
        if not any(sentences[p] == sentence for p in near) and not self._thanked_before(sentence):
            return False
        r = bisect_right(self.resolved_at, i)
        if r < len(self.resolved_at):
            return sentences[
                self.resolved_at[r]
            ] - sentence <= _RESOLVED_SENTENCES and not self._accountability_after(i)
        return False

    def _thanks(self) -> bool:
        """Whether the text says "terima kasih" at all (found once, on first need)."""
        if self._has_thanks is None:
            words = self.tokens.words
            self._has_thanks = "kasih" in words and "terima" in words
        return self._has_thanks

    def _thanked_before(self, sentence: int) -> bool:
        """Whether the sentence before is a thanks that opens a settled story.

        "Saya mau berterima kasih. Dua minggu lalu bapak tertahan di IGD ... siangnya
        datanya sudah dibetulkan"; a short "Terima kasih Disdukcapil Kota Palu." or "Mau
        menyampaikan terima kasih." (a long sentence with "terima kasih" may thank ahead).
        """
        if not sentence:
            return False
        sentences, words = self.tokens.sentences, self.tokens.words
        lo, hi = bisect_left(sentences, sentence - 1), bisect_left(sentences, sentence)
        if "berterima" in words[lo:hi]:
            return True
        # A message that opens by thanking someone for something ("Terima kasih untuk meja
        # bantuan Dukcapil di posko SPMB.") tells what was done, however long the sentence.
        if sentence == 1 and _thanks_for(words[lo:hi]):
            return True
        return hi - lo <= _THANKS_SENTENCE and any(
            words[k] == "terima" and words[k + 1] == "kasih" for k in range(lo, hi - 1)
        )

    def _accountability_after(self, i: int) -> bool:
        """Whether the reporter asks, after token ``i``, for an official to be examined.

        "Fotonya sudah dihapus, tapi saya minta operator itu ditegur": what was undone is
        not settled for the reporter; "petugasnya sudah ditegur" is (a resolved phrase).
        """
        last = self._last_accountability
        if last is None:  # found once per text, on first need
            words = self.tokens.words
            last = self._last_accountability = max(
                (
                    k
                    for k in range(2, len(words))
                    if (
                        words[k] in _ACCOUNTABILITY
                        and (
                            words[k - 1] in OFFICIALS
                            or (words[k - 1] in _THAT and words[k - 2] in OFFICIALS)
                        )
                    )
                    # "Sy lapor supaya gak terjadi ke warga lain": a report made for others.
                    or (words[k] in _SO_THAT and words[k - 1] in _COMPLAINING)
                    # "Sy minta dia diperiksa": the official named before, asked about now.
                    or (
                        words[k] in _ACCOUNTABILITY
                        and words[k - 1] == "dia"
                        and words[k - 2] in _ASKING
                    )
                    # "mohon ada pemeriksaan dan pembinaan staf": the measure named first;
                    # "petugas itu harusnya diberi sanksi": the measure given to an official.
                    or (
                        words[k] in _ACCOUNTABILITY_NOUNS
                        and (
                            (k + 1 < len(words) and words[k + 1] in OFFICIALS)
                            # (not "petugasnya sudah diberi sanksi": done, settled).
                            or (
                                words[k - 1] in _GIVEN
                                and words[k - 2] not in _DONE_BEFORE
                                and not OFFICIALS.isdisjoint(words[max(0, k - 5) : k - 1])
                            )
                        )
                    )
                ),
                default=-1,
            )
        return last > i


_Found = dict[str, list[tuple[int, int]]]


def _second_hits(
    second: _Second,
    candidates: Sequence[_Phrase],
    i: int,
    words: tuple[str, ...],
    sentences: tuple[int, ...],
    *,
    found: _Found,
    cancel: _Found,
) -> Sequence[_Phrase]:
    """Record the two-word phrases matched at ``i``; return the longer candidates to check."""
    twos, by_third, patterned = second
    n = len(words)
    if twos and sentences[i] == sentences[i + 1]:
        for signal, unless in twos:
            (cancel if unless else found)[signal].append((i, i + 1))
    if by_third and i + 2 < n:
        third = by_third.get(words[i + 2])
        if third:
            candidates = [*candidates, *third]
    if patterned:
        candidates = [*candidates, *patterned]
    return candidates


def _phrase_hits(
    phrases: Iterable[_Phrase],
    i: int,
    words: tuple[str, ...],
    sentences: tuple[int, ...],
    *,
    found: _Found,
    cancel: _Found,
) -> None:
    """Record the phrases that match from token ``i``."""
    for phrase in phrases:
        last = phrase.end(words, sentences, i)
        if last >= 0:
            (cancel if phrase.unless else found)[phrase.signal].append((i, last))


def _definition_questions(words: tuple[str, ...]) -> list[int]:
    """Positions of "itu apa(kah)", a definition question about the words before it."""
    out: list[int] = []
    last = len(words) - 1
    j = words.index("itu")
    while True:
        if j < last and words[j + 1] in _DEFINITION_QUESTION:
            out.append(j)
        try:
            j = words.index("itu", j + 1)
        except ValueError:
            return out


def _gap_hits(
    gaps: _Gaps,
    words: tuple[str, ...],
    sentences: tuple[int, ...],
    i: int,
    *,
    found: dict[str, list[tuple[int, int]]],
    cancel: dict[str, list[tuple[int, int]]],
) -> None:
    """Match the "w ... x y" phrases of the word at ``i``: each at its nearest x."""
    matched: set[int] = set()
    sentence = sentences[i]
    for start in range(i + 1, min(len(words), i + 2 + MAX_GAP)):
        if sentences[start] != sentence:
            return
        phrases = gaps.get(words[start])
        if not phrases:
            continue
        for phrase in phrases:
            key = id(phrase)
            if key in matched:
                continue
            last = phrase.rest_end(words, sentences, i, start)
            if last >= 0:
                matched.add(key)
                (cancel if phrase.unless else found)[phrase.signal].append((i, last))


def _merged(rests: list[_Rest]) -> _Rest:
    """One entry's longer phrases from several (a number's own entry and ``#num``)."""
    if len(rests) == 1:
        return rests[0]
    loose: list[_Phrase] = []
    seconds: dict[str, _Second] = {}
    gaps: dict[str, list[_Phrase]] = defaultdict(list)
    for more_loose, more_seconds, more_gaps in rests:
        loose += more_loose
        for word, (twos, by_third, patterned) in more_seconds.items():
            old_twos, old_third, old_patterned = seconds.get(word, ((), {}, []))
            third = {k: [*old_third.get(k, []), *v] for k, v in by_third.items()}
            seconds[word] = (
                (*old_twos, *twos),
                {**old_third, **third},
                [*old_patterned, *patterned],
            )
        for word, phrases in more_gaps.items():
            gaps[word] += phrases
    return loose, seconds, dict(gaps)


def _second_index(phrases: list[_Phrase]) -> _Second:
    """Index the phrases that share their first two words (see ``_Second``)."""
    twos = tuple((p.signal, p.unless) for p in phrases if p.size == 2)
    by_third: dict[str, list[_Phrase]] = defaultdict(list)
    patterned: list[_Phrase] = []
    for p in phrases:
        if p.size == 2:
            continue
        if p.prefix[2] or p.words[2] in _PATTERNS:
            patterned.append(p)
        else:
            by_third[p.words[2]].append(p)
    return twos, dict(by_third), patterned


def _rule_index(
    rules: tuple[DecisionRule, ...], conditions: Mapping[str, _Compiled]
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Fact -> positions of the rules it may let fire, and the rules that always run.

    A rule can fire only when one fact of its gate is present: its first ``all_of`` group,
    else its ``any_of``. A rule with neither is evaluated for every complaint.
    """
    gated: dict[str, list[int]] = defaultdict(list)
    always: list[int] = []
    for position, rule in enumerate(rules):
        all_of, any_of, _ = conditions[rule.id]
        gate = all_of[0] if all_of else any_of
        if not gate:
            always.append(position)
        for name in gate:
            gated[name].append(position)
    return {k: tuple(v) for k, v in gated.items()}, tuple(always)


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
        # The text is checked; the other fields keep their defaults.
        complaint = _construct(Complaint, {**_COMPLAINT_DEFAULTS, "text": complaint_or_text})
    else:
        raise InvalidTypeError(
            f"triage() takes a Complaint or a str, not {type(complaint_or_text).__name__}"
        )
    ruleset = rules if rules is not None else RuleSet.default()
    if not isinstance(ruleset, RuleSet):
        raise InvalidTypeError(f"rules must be a RuleSet, not {type(ruleset).__name__}")
    compiled: CompiledRuleSet = ruleset.compiled
    return _evaluate(complaint, compiled)


def _evaluate(complaint: Complaint, compiled: CompiledRuleSet) -> TriageResult:
    evidence, findings = _collect_evidence(complaint, compiled)
    return _decide(evidence, findings, compiled, complaint.text)


def _decide(
    evidence: dict[str, list[RawEvidence]],
    findings: tuple[PersonalDataFinding, ...],
    compiled: CompiledRuleSet,
    text: str,
) -> TriageResult:
    """Fire the rules on the evidence and build the result with its reasons.

    ``text`` is the complaint text, which each evidence quotes from its offsets.
    """
    reasons = []
    urgency = complexity = 0  # ranks: low / simple
    third_party = False
    built: dict[RawEvidence, Evidence] = {}
    fired = _fire_rules(compiled, evidence)
    parts = compiled.reason_parts
    fired.sort(key=lambda pair: parts[pair[0].id][0])
    for rule, matched in fired:
        _, u, c, third, fields = parts[rule.id]
        urgency = max(urgency, u)
        complexity = max(complexity, c)
        third_party = third_party or third
        quoted = []
        for raw in sorted(set(matched)) if len(matched) > 1 else matched:
            model = built.get(raw)
            if model is None:
                start, end, signal, note = raw
                model = built[raw] = _construct(
                    Evidence,
                    {
                        "signal": signal,
                        "start": start,
                        "end": end,
                        "text": text[start:end],
                        "note": note,
                    },
                )
            quoted.append(model)
        rule_id, message, effect, priority, citations = fields
        # Fields in declaration order (a model's JSON follows it).
        reasons.append(
            _construct(
                TriageReason,
                {
                    "rule_id": rule_id,
                    "message": message,
                    "evidence": tuple(quoted),
                    "effect": effect,
                    "priority": priority,
                    "citations": citations,
                },
            )
        )
    return _construct(
        TriageResult,
        {
            "urgency": _URGENCIES[urgency],
            "complexity": _COMPLEXITIES[complexity],
            "reasons": tuple(reasons),
            "third_party_data": third_party,
            "personal_data": findings,
            "ruleset_version": compiled.ruleset.version,
        },
    )


def _collect_evidence(
    complaint: Complaint, compiled: CompiledRuleSet
) -> tuple[dict[str, list[RawEvidence]], tuple[PersonalDataFinding, ...]]:
    """Every signal and fact present in the complaint, with its evidence; the findings."""
    text = complaint.text
    tokens = normalize(text)
    sentences = tokens.sentences
    asked = frozenset(sentences[k] for k in _followed_by("?", text, tokens))
    hits, context = compiled.hits(tokens, asked, _followed_by(",", text, tokens))
    evidence: dict[str, list[RawEvidence]] = {}
    starts, ends = tokens.starts, tokens.ends
    for sid, spans in hits.items():
        evidence[sid] = [(starts[a], ends[b], sid, "") for a, b in spans[:_MAX_EVIDENCE]]
    received: date | None = None
    start_day: date | None = None
    if complaint.received_at is not None:
        received = complaint.received_at.date()
        start_day = office_start_day(complaint.received_at)
    doc_hits = sorted((sid, first) for sid in DOC_STANDARD_DAYS for first, _ in hits.get(sid, ()))
    consequences = sorted(first for first, _ in hits.get("deadline_consequence", ()))
    needs = sorted(first for first, _ in hits.get("deadline_need", ()))
    for finding in read_durations(
        tokens,
        text,
        received=received,
        start=start_day,
        doc_hits=doc_hits,
        consequence_positions=consequences,
        need_positions=needs,
        blocked=context.statement_or_closed,
        settled=context.settled,
    ):
        start, end = starts[finding.first], ends[finding.last]
        evidence.setdefault(finding.fact, []).append((start, end, finding.fact, finding.note))
    _structured_facts(complaint, evidence)
    findings = tuple(find_personal_data(text))
    _identifier_facts(findings, text, evidence)
    _name_facts(tokens, text, compiled, evidence)
    misuse = hits.get("identity_misuse")
    if misuse:
        _misuse_owner(tokens, misuse, evidence)
        _misuse_topic_only(tokens, misuse, evidence)
        _misuse_tense(tokens, misuse, received, evidence)
    if misuse or "data_leak" in hits:
        _misuse_closed(tokens, evidence)
    disaster = hits.get("disaster")
    if disaster:
        _disaster_tense(tokens, disaster, received, evidence)
    if context.closed is not None:
        first, _, last = context.closed
        evidence["report_closed"] = [
            _ev(signal="report_closed", start=starts[first], end=ends[last])
        ]
    question = text.find("?")
    if question >= 0:
        evidence["question_mark"] = [_ev(signal="question_mark", start=question, end=question + 1)]
    return evidence, findings


def _by_time(words: Sequence[str], k: int) -> bool:
    """Whether the words from ``k`` name a time ("akhir bulan", "sore ini", "tanggal 14")."""
    return k < len(words) and (
        words[k] in _BY_TIME or words[k] in _BEFORE_LALU or words[k].isdecimal()
    )


def _sentence_bounds(sentences: Sequence[int], sentence_id: int) -> tuple[int, int]:
    """The token range ``[lo, hi)`` of sentence ``sentence_id`` (sentence ids are sorted)."""
    return bisect_left(sentences, sentence_id), bisect_right(sentences, sentence_id)


def _misuse_tense(
    tokens: Tokens,
    spans: Sequence[tuple[int, int]],
    received: date | None,
    evidence: dict[str, list[RawEvidence]],
) -> None:
    """Record ``misuse_told_past`` when the misuse is told as a past episode.

    The rubric's critical is misuse "right now". "Tahun lalu KTP saya pernah difoto orang
    untuk daftar pinjol" tells a past episode; "NIK saya dipakai pinjol, sampai sekarang
    masih ditagih" one that goes on, and "kemarin saya baru tahu NIK saya dipakai" dates the
    discovery, not the end. The sentence that first tells the misuse must hold a past marker
    (a past word, "tahun lalu", "bulan lalu", a year or a month before the one received); no
    sentence that tells it may say it goes on or was just found out (later mentions, "bank
    minta surat bahwa pinjaman itu bukan data saya", refer back to the same episode).
    """
    words, sentences = tokens.words, tokens.sentences
    marker: int | None = None
    seen: set[int] = set()
    for first, _ in sorted(spans):
        sentence_id = sentences[first]
        if sentence_id in seen:
            continue
        lo, hi = _sentence_bounds(sentences, sentence_id)
        sentence = words[lo:hi]
        if (
            not _ONGOING_WORDS.isdisjoint(sentence)
            or _just_found(sentence)
            # "Pagi ini empat orang ... mengepung rumah saya, katanya ... pakai KTP saya
            # tahun lalu": the collection is today, whenever the credit was taken.
            or not _TODAY_PAIRS.isdisjoint(pairwise(sentence))
        ):
            return
        if not seen:
            k = _past_marker(sentence, received)
            if k is None:
                return
            marker = lo + k
        seen.add(sentence_id)
    assert marker is not None
    # A later sentence may say the thing made with the identity still runs ("Sampai sekarang
    # rekening itu katanya masih aktif"): then it goes on, however long ago it began.
    if any(pair in _STILL_RUNNING for pair in pairwise(words[marker:])):
        return
    evidence["misuse_told_past"] = [
        _ev(signal="misuse_told_past", start=tokens.starts[marker], end=tokens.ends[marker])
    ]


def _disaster_tense(
    tokens: Tokens,
    spans: Sequence[tuple[int, int]],
    received: date | None,
    evidence: dict[str, list[RawEvidence]],
) -> None:
    """Record ``disaster_told_past`` when every sentence telling the disaster dates it.

    The rubric's critical is disaster victims without documents for aid now. "Waktu gempa
    2018 rumah kami hancur", "rumahnya kebakaran bulan lalu" and "penyintas likuifaksi"
    tell a disaster past (the families' records may still block aid, which other rules
    read as high); "banjir tadi malam" or "sekarang kami di pengungsian" carry no marker.
    """
    words, sentences = tokens.words, tokens.sentences
    marker: int | None = None
    for first, _ in sorted(spans):
        lo, hi = _sentence_bounds(sentences, sentences[first])
        k = _disaster_past(words[lo:hi], received)
        if k is None:
            return
        if marker is None:
            marker = lo + k
    if marker is not None:
        evidence["disaster_told_past"] = [
            _ev(signal="disaster_told_past", start=tokens.starts[marker], end=tokens.ends[marker])
        ]


def _disaster_past(sentence: Sequence[str], received: date | None) -> int | None:
    """The index of the word that dates a disaster sentence in the past, if any.

    A misuse episode's markers (``_past_marker``), a survivor ("penyintas") and a bare year
    before the one received ("gempa 2018", not only "tahun 2018").
    """
    k = _past_marker(sentence, received)
    if k is not None:
        return k
    for k, word in enumerate(sentence):
        if word == _SURVIVOR:
            return k
        if (
            received is not None
            and word.isdecimal()
            and len(word) == 4
            and 1990 <= int(word) < received.year
        ):
            return k
    return None


def _misuse_closed(tokens: Tokens, evidence: dict[str, list[RawEvidence]]) -> None:
    """Record ``misuse_closed`` when a text telling a misuse or a leak closes what it made.

    Anywhere in the text (the closing may be told before the words that name the misuse):
    a thing pointed back to ("rekening itu", "kontraknya", "pelakunya", "akun palsu
    tersebut", a post) and, within three words after it, a closing verb not negated
    ("sudah ditutup", "dibatalkan", "ditangkap"); a thing named by a "yang" clause and
    "sudah" with the verb later in its sentence; or a closing verb with "-nya" after
    "sudah" ("bank sudah menutupnya"). The reporter's own account frozen as a consequence
    ("rekening saya dibekukan") points back to nothing, and a closing asked for ("tolong
    fotonya dihapus") is none.
    """
    span = _closing_span(tokens)
    if span is not None:
        start, end = tokens.starts[span[0]], tokens.ends[span[1]]
        evidence["misuse_closed"] = [_ev(signal="misuse_closed", start=start, end=end)]


def _closing_span(tokens: Tokens) -> tuple[int, int] | None:
    """The first and last token of the first closing ``_misuse_closed`` reads, if any."""
    words, sentences = tokens.words, tokens.sentences
    n = len(words)
    for k in compress(count(), map(_CLOSING_STARTS.__contains__, words)):
        word = words[k]
        if word in _CLOSING_ACTIVE:
            last = _closed_actively(words, sentences, k)
            if last is not None:
                return k, last
            continue
        if word in _CLOSED_IT:
            # "setelah saya lapor bank sudah menutupnya": closed, pointed back to by "-nya";
            # not "bagaimana memblokirnya?".
            if not _DONE_BEFORE.isdisjoint(words[max(0, k - 3) : k]):
                return k, k
            continue
        # "rekening yang ...", "akun pinjaman atas nama saya yang sudah ditutup".
        clause = word in _MISUSE_MEANS and "yang" in words[k + 1 : k + _CLAUSE_OPENING]
        # "setelah kasus rekening palsu atas nama saya selesai": a case told as over.
        after = k > 0 and words[k - 1] in _AFTER and word in _MISUSE_MEANS
        pointed = (
            word in _MISUSE_MEANS_OWNED
            or word in _POSTS
            or clause
            or after
            or words[k + 1 : k + 2] in _POINTING_BACK
            or words[k + 1 : k + 3] == ("lain", "itu")  # "akun lain itu"
        )
        # "Tolong fotonya dihapus", "mohon rekening itu diblokir": asked for, not done.
        if not pointed or not _CLOSE_ASKED.isdisjoint(words[max(0, k - 3) : k]):
            continue
        # "rekening yang dulu dibuka pakai KTP saya, sekarang sudah ditutup": the clause
        # names the thing, the closing may follow it.
        for j in range(k + 1, min(n, k + (_CLAUSE_REACH if clause or after else 5))):
            if sentences[j] != sentences[k] or words[j] in _CLOSE_ASKED:
                break
            if (
                words[j] in _CLOSING_VERBS
                and words[j - 1] not in _NOT_YET
                # "rekening yang dibekukan", "yang ... akan dibekukan": the reporter's own
                # account, or a closing ahead; a clause needs "sudah ditutup".
                and (not clause or words[j - 1] in _DONE_BEFORE)
            ):
                return k, j
    return None


def _closed_actively(words: Sequence[str], sentences: Sequence[int], k: int) -> int | None:
    """The last token of "sudah memblokir nomor-nomor itu" from its verb at ``k``, if so.

    The verb is done ("sudah", "telah" just before) and within three words it names a
    thing pointed back to ("pendaftaran itu", "akunnya") or "semuanya".
    """
    # "sudah memblokir", or "sudah mengakui itu penipuan dan membatalkan kontraknya".
    if _DONE_BEFORE.isdisjoint(words[max(0, k - 2) : k]) and not (
        k > 0
        and words[k - 1] == "dan"
        and any(
            words[j] in _DONE_BEFORE and sentences[j] == sentences[k]
            for j in range(max(0, k - _DONE_AND_REACH), k - 1)
        )
    ):
        return None
    for j in range(k + 1, min(len(words), k + 4)):
        if sentences[j] != sentences[k]:
            return None
        word = words[j]
        if word in _MISUSE_MEANS_OWNED or word == _ALL_OF_IT:
            return j
        if word in _MISUSE_MEANS and words[j + 1 : j + 2] in _POINTING_BACK:
            return j + 1
        # "panitia sudah menghapus akun orang itu".
        if word in _MISUSE_MEANS and words[j + 1 : j + 3] in _SOMEONE_POINTED:
            return j + 2
    return None


def _thanks_for(sentence: Sequence[str]) -> bool:
    """Whether a sentence thanks someone for something.

    "Kami sekeluarga mengucapkan terima kasih kepada petugas ...", "Terima kasih banyak
    untuk tim ...".
    """
    return any(
        word == "terima"
        and sentence[k + 1 : k + 2] == ("kasih",)
        and not _THANKS_FOR.isdisjoint(sentence[k + 2 : k + 4])
        for k, word in enumerate(sentence)
    )


def _misuse_owner(
    tokens: Tokens, spans: Sequence[tuple[int, int]], evidence: dict[str, list[RawEvidence]]
) -> None:
    """Record ``misuse_generic`` when no sentence telling the misuse names its victim.

    The sentence before each one counts as its context.

    "Kenapa harus selfie pegang KTP? Itu persis yang dipakai penipu buat pinjol!" talks of
    misuse in general; "NIK saya dipakai pinjol", "KTP ibu dipakai orang" name whose.
    """
    words, sentences = tokens.words, tokens.sentences
    for first, _ in spans:
        # The sentence before counts too: "foto KTP & KK saya ... . Sekarang ada akun judi
        # online yang diverifikasi pakai data itu" refers back to the reporter's data.
        lo = bisect_left(sentences, sentences[first] - 1)
        hi = bisect_right(sentences, sentences[first])
        if not _VICTIM_WORDS.isdisjoint(words[lo:hi]):
            return
    first = spans[0][0]
    evidence["misuse_generic"] = [
        _ev(signal="misuse_generic", start=tokens.starts[first], end=tokens.ends[first])
    ]


def _explained_to(tokens: Tokens, last: int) -> int:
    """The last token of a closing's sentence and of the sentence explaining it, if any.

    "Mohon laporan saya ... dicabut saja. Ternyata SMS tagihan itu salah kirim": the cause
    told right after a closing is settled with it ("Sudah ditangani, ...", "Saya salah
    paham, ...").
    """
    words, sentences = tokens.words, tokens.sentences
    nxt = last + 1
    if nxt < len(words) and (
        words[nxt : nxt + 2] in _EXPLAINING_OPENERS
        or not _EXPLAINING.isdisjoint(words[nxt : nxt + _EXPLAINING_REACH])
    ):
        return bisect_right(sentences, sentences[nxt]) - 1
    return last


def _report_closing(tokens: Tokens) -> tuple[int, int, int] | None:
    """What a closing of the reporter's own report settles: first token, own sentence, last.

    "Laporan ini bisa ditutup", "Mohon laporan saya sebelumnya ditutup saja", "laporan
    saya kemarin soal KTP hilang mohon ditutup saja": everything told before, in the same
    sentence or earlier, is settled (an update after the problem was solved). "Tadinya
    saya mau komplain ..., tapi ... sudah bisa diambil": its own sentence is. Returns the
    first token settled, the first token of the closing's own sentence (what the report was
    about: "Laporan saya tentang NIK dipakai orang lain mohon ditutup") and the last token
    settled. A report "ditutup tanpa jawaban" is no closing asked for, nor "jangan ditutup
    dulu".
    """
    words, sentences = tokens.words, tokens.sentences
    if _CLOSING_TRIGGERS.isdisjoint(words):
        return None
    for k in compress(count(), map(_CLOSING_TRIGGERS.__contains__, words)):
        word = words[k]
        before = words[k - 1] if k else ""
        if word in _REPORT_CLOSING or _OWN_CLOSING.get(word) == before:
            # "bisa ditutup", "ditutup saja", "Mohon laporannya dicabut", "saya tarik".
            lo = bisect_left(sentences, sentences[k])
            asked = (
                before in _CLOSING_MODALS
                or (k > 1 and words[k - 2] in _CLOSING_MODALS and before in _REPORT_NOUNS)
                or words[k + 1 : k + 2] == ("saja",)
                or word == "tarik"
                # "Mohon laporan saya kemarin tentang 'pungutan 20 ribu' dicabut."
                or (words[lo] in _CLOSING_MODALS and lo + 1 < k and words[lo + 1] in _REPORT_NOUNS)
            )
            if not asked or (k > 1 and words[k - 2] in _KEEP_OPEN) or before in _KEEP_OPEN:
                continue
            if not _REPORT_NOUNS.isdisjoint(words[lo:k]):
                return 0, lo, _explained_to(tokens, bisect_right(sentences, sentences[k]) - 1)
        elif (
            word in _CHANGED_MIND
            and words[k + 1 : k + 2] in (("mau",), ("ingin",))
            and words[k + 2 : k + 3] in _ONE_COMPLAINT_VERB
        ) or (
            word in _CHANGED_MIND
            and words[k + 1 : k + 3] in (("saya", "mau"), ("saya", "ingin"))
            and words[k + 3 : k + 4] in _ONE_COMPLAINT_VERB
        ):
            lo = bisect_left(sentences, sentences[k])
            return lo, lo, bisect_right(sentences, sentences[k]) - 1
    return None


def _misuse_topic_only(
    tokens: Tokens, spans: Sequence[tuple[int, int]], evidence: dict[str, list[RawEvidence]]
) -> None:
    """Record ``misuse_unconfirmed`` when every misuse hit names only its topic.

    "KTP asli beliau masih ditahan koperasi tempat beliau punya pinjaman", "sering
    didatangi penagih hutang almarhum suami": a loan or a collector, no identity used. A
    topic word counts when its sentence, the one before or the one after denies the act
    ("tidak pernah pinjam"), claims the identity ("atas nama saya") or names the reporter's
    data with a use ("mereka menyebut NIK saya").
    """
    words, sentences = tokens.words, tokens.sentences
    for first, last in spans:
        phrase = words[first : last + 1]
        if phrase not in _MISUSE_TOPICS:
            return
        if phrase in _UNKNOWN and not _UNKNOWN_MEANS.isdisjoint(words[max(0, first - 3) : first]):
            return
        lo = bisect_left(sentences, sentences[first] - 1)
        hi = bisect_right(sentences, sentences[first] + 1)
        around = (*words[lo:first], "", *words[last + 1 : hi])
        pairs = set(pairwise(around))
        if not pairs.isdisjoint(_MISUSE_DENIALS):
            return
        if any(a == "atas" and b in {"nama", "nik"} for a, b in pairs) and any(
            a in {"nama", "nik"} and b in _VICTIM_WORDS for a, b in pairs
        ):
            return
        # "NIK saya", "foto KTP ibu", "foto KK keluarga saya", with a use of it close by
        # ("mereka menyebut NIK saya"; not "permohonan KK saya ... admin minta saya kirim").
        if any(
            a in _MISUSE_DATA
            and (b in _VICTIM_WORDS or c in _VICTIM_WORDS)
            and not _MISUSE_USES.isdisjoint(around[max(0, j - _USE_REACH) : j + _USE_REACH])
            for j, (a, b, c) in enumerate(zip(around, around[1:], (*around[2:], ""), strict=False))
        ):
            return
    first = spans[0][0]
    evidence["misuse_unconfirmed"] = [
        _ev(signal="misuse_unconfirmed", start=tokens.starts[first], end=tokens.ends[first])
    ]


def _just_found(sentence: Sequence[str]) -> bool:
    """Whether the sentence tells a discovery ("baru tahu", "baru sadar"), not a past."""
    return any(
        word == "baru" and sentence[k + 1 : k + 2] in _FOUND_OUT for k, word in enumerate(sentence)
    )


def _month_before(sentence: Sequence[str], k: int, received: date) -> bool:
    """Whether the month named at ``k`` (with a year after it, if any) is before received."""
    year = received.year
    nxt = sentence[k + 1] if k + 1 < len(sentence) else ""
    if nxt.isdecimal() and len(nxt) == 4:
        year = int(nxt)
    return (year, MONTHS[sentence[k]]) < (received.year, received.month)


def _past_marker(sentence: Sequence[str], received: date | None) -> int | None:
    """The index of the first word in ``sentence`` that places it in a finished past."""
    for k, word in enumerate(sentence):
        # "tidak pernah pinjam": the reporter denies the act, which is the misuse itself.
        if word in _EPISODE_WORDS and not (k and sentence[k - 1] in _DENIALS):
            return k
        if word == "lalu" and k and sentence[k - 1] in _EPISODE_UNITS:
            return k
        # "Bulan Oktober 2024 ada orang memakai foto KTP saya", "Bulan April saya melapor":
        # a month before the month received (or of an earlier year) dates an episode; not
        # "sejak April", which runs on to now, nor an abbreviation that is also a word.
        if (
            received is not None
            and word in MONTHS
            and len(word) > 3
            and not (k and sentence[k - 1] in SINCE_WORDS)
            and _month_before(sentence, k, received)
        ):
            return k
        # "tahun 2023", "pada 2023" (not "sejak 2023", which runs on to now).
        if (
            received is not None
            and word.isdecimal()
            and len(word) == 4
            and k
            and sentence[k - 1] in _YEAR_OPENERS
            and 1990 <= int(word) < received.year
        ):
            return k
    return None


def _more_official_sentences(
    words: Sequence[str], sentences: Sequence[int], officials: set[int], windowed: list[int]
) -> None:
    """Add to ``officials`` the sentences where an official named before speaks on.

    "petugas loket akta ..., namanya Pak Heru. ... Pak Heru bilang kalau mau jadi hari ini
    ada uang terima kasih": the name stands for the official. "petugas ... bilang antrean
    sampai Februari. Katanya kalau mau minggu ini bisa, titip ...": a sentence opening with
    "katanya" (or "Beliau bilang ...") after one naming an official is the official's. Only
    needed when the text has a windowed conditional (``windowed``) and an official.
    """
    if not (windowed and officials):
        return
    names = _official_names(words, sentences)
    if names:
        officials.update(sentences[i] for i, w in enumerate(words) if w in names)
    for k in [k for k, w in enumerate(words) if w in _GOES_ON]:
        if k and sentences[k] != sentences[k - 1] and sentences[k - 1] in officials:
            officials.add(sentences[k])


def _official_names(words: Sequence[str], sentences: Sequence[int]) -> frozenset[str]:
    """The names given to an official: "petugas loket 3, namanya Pak Heru" gives "heru".

    The sentence must name a staff role before the name; a broker or an office is no role.
    """
    if _NAMING.isdisjoint(words):
        return frozenset()
    names: set[str] = set()
    n = len(words)
    for k in [k for k, w in enumerate(words) if w in _NAMING]:
        first = bisect_left(sentences, sentences[k])  # the sentence's first token
        if _STAFF_ROLES.isdisjoint(words[first:k]):
            continue  # a broker's name ("ada orang namanya Ipul") stays a third party's
        j = k + 2 if k + 1 < n and words[k + 1] in _NAME_TITLES else k + 1
        if j < n and sentences[j] == sentences[k] and words[j].isalpha():
            names.add(words[j])
    return frozenset(names)


def _followed_by(mark: str, text: str, tokens: Tokens) -> tuple[int, ...]:
    """The tokens ``mark`` follows (the token before each occurrence), in order, once each."""
    if mark not in text:
        return ()
    starts = tokens.starts
    out: list[int] = []
    at = text.find(mark)
    while at >= 0:
        k = bisect_right(starts, at) - 1
        if k >= 0 and (not out or out[-1] != k):
            out.append(k)
        at = text.find(mark, at + 1)
    return tuple(out)


def _fire_rules(
    compiled: CompiledRuleSet, evidence: dict[str, list[RawEvidence]]
) -> list[tuple[DecisionRule, list[RawEvidence]]]:
    """The rules that fire, with the evidence each used, in rule order per pass.

    The first pass evaluates only the rules whose gate facts are present; when it reaches
    ``high`` or more, the derived fact ``urgent`` is added for the second pass.
    """
    fired: list[tuple[DecisionRule, list[RawEvidence]]] = []
    conditions = compiled.conditions
    rules_by_fact = compiled.rules_by_fact
    candidates = set(compiled.ungated_rules)
    for name in evidence:
        gated = rules_by_fact.get(name)
        if gated is not None:
            candidates.update(gated)
    first_pass = compiled.rules
    floors = compiled.floor_ranks
    urgency = 0
    for position in sorted(candidates):
        rule = first_pass[position]
        matched = _fires(conditions[rule.id], evidence)
        if matched is not None:
            fired.append((rule, matched))
            urgency = max(urgency, floors[rule.id][0])
    if urgency >= Urgency.HIGH.rank:
        level = _URGENCIES[urgency].value
        evidence["urgent"] = [_ev(signal="urgent", start=0, end=0, note=f"urgency={level}")]
    for rule in compiled.second_pass:
        matched = _fires(conditions[rule.id], evidence)
        if matched is not None:
            fired.append((rule, matched))
    return fired


_M = TypeVar("_M", bound=LaporModel)
#: A Complaint's fields other than its text, at their defaults.
_COMPLAINT_DEFAULTS: dict[str, Any] = {
    name: field.default for name, field in Complaint.model_fields.items() if name != "text"
}


def _construct(cls: type[_M], fields: dict[str, Any]) -> _M:
    """Build a result model from values the engine made itself (already valid).

    Equivalent to ``cls.model_construct(**fields)`` with every field given, without its
    per-call overhead (the hot path builds about ten models per complaint).
    """
    obj = _new(cls)
    _set_attr(obj, "__dict__", fields)
    _set_fields_set(obj, set(fields))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


# The slots ``_construct`` fills, set through their descriptors (no attribute lookup).
_new = object.__new__
_set_attr = object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


#: Evidence before it becomes a model: (start, end, signal, note), so that plain tuple
#: order is the evidence order (start, end, then signal id). Models (and the quoted text,
#: ``text[start:end]``) are built only for the rules that fire.
RawEvidence = tuple[int, int, str, str]


def _ev(*, signal: str, start: int, end: int, note: str = "") -> RawEvidence:
    return (start, end, signal, note)


#: Levels by rank (low / simple first).
_URGENCIES = tuple(sorted(Urgency))
_COMPLEXITIES = tuple(sorted(Complexity))


def _reason_key(rule: DecisionRule) -> tuple[int, int, int, str]:
    """A rule's place in the documented reason order.

    Urgency floor, then complexity floor (highest first, none last), priority (highest
    first), rule id.
    """
    eff = rule.effect
    u = eff.urgency.rank if eff.urgency is not None else -1
    c = eff.complexity.rank if eff.complexity is not None else -1
    return (-u, -c, -rule.priority, rule.id)


def _floor_ranks(rule: DecisionRule) -> tuple[int, int]:
    """The ranks of a rule's urgency and complexity floors (0, the lowest, when absent)."""
    eff = rule.effect
    return (
        eff.urgency.rank if eff.urgency is not None else 0,
        eff.complexity.rank if eff.complexity is not None else 0,
    )


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
                note=f.kind.value,
            )
            for f in list(seen.values())[:_MAX_EVIDENCE]
        ]


#: Titles before a personal name ("Bu Sarmi", "Pak Joko").
HONORIFICS = frozenset(
    {"bapak", "ibu", "mbak", "mas", "mbah", "sdr", "saudara", "saudari", "nyonya", "tuan",
     "kak", "bang", "dik", "an", "nama", "bernama", "namanya", "tertulis", "tercatat",
     "almarhum", "hj", "hajah", "sdri", "bpk", "oma", "opa", "ananda", "yaitu", "mama", "papa",
     "ny", "nona", "nn"}
)  # fmt: skip
#: Relation words after which "saya"/"kami" and then a name may follow ("istri sy Dewi").
RELATIONS = frozenset(
    {"istri", "suami", "ayah", "ibu", "bapak", "tetangga", "teman", "mertua", "kakak", "adik",
     "ipar", "keponakan", "nenek", "kakek", "cucu", "rekan", "saudara", "paman", "bibi", "om",
     "tante", "pakde", "bude", "ortu", "anak", "mbah", "seseorang", "kandung", "mantan", "oma",
     "opa", "mama", "papa", "sepupu", "sahabat"}
)  # fmt: skip
#: People an intermediary writes for; a name follows them only after "kami"/"saya" ("warga
#: kami, Sdr. Taufik", "siswa kami, Putri"): "saya warga Dayeuhkolot" names a place.
WARDS = frozenset(
    {"warga", "siswa", "murid", "anggota", "jemaat", "peserta", "alumni", "pasien", "klien",
     "karyawan", "pekerja", "dampingan", "asuh", "binaan", "santri", "keluarga", "bayi"}
)  # fmt: skip
#: Capitalised words that are roles or places, never personal names.
NOT_NAMES = frozenset(
    {"kepala", "dinas", "walikota", "wali", "lurah", "camat", "staff", "staf", "petugas",
     "admin", "ketua", "rt", "rw", "ibu", "bapak", "yth", "kota", "kelurahan", "kecamatan",
     "selaku", "dispenduk", "dispendukcapil", "dukcapil", "capil", "kadis", "sekretaris",
     "pimpinan", "operator", "pejabat", "kades", "direktur", "gubernur", "bupati", "menteri",
     "presiden", "dokter", "bidan", "guru", "ustadz", "haji", "hj", "ir", "dr", "drs",
     "saya", "kami", "kita", "dia", "beliau", "mereka", "anda", "mohon", "tolong",
     "swastyastu", "swastiastu", "assalamualaikum", "shalom", "salam", "tabe", "horas",
     "kab", "kabupaten", "kampung", "desa", "dusun", "distrik", "provinsi", "kabid", "kasi",
     "sekcam", "sekdes", "kadus",
     "jalan", "jl", "perumahan", "negeri",
     # Occupations after "mantan" ("mantan PMI Hong Kong").
     "pmi", "tki", "tkw", "asn", "pns", "abk", "cpmi",
     # Values of a KK or KTP field written in capitals ("tertulis 'FAMILI LAIN'").
     "famili", "istri", "suami", "kawin", "cerai", "pelajar", "mahasiswa", "perempuan",
     "menantu", "cucu", "wiraswasta", "karyawan"}
)  # fmt: skip


def _name_facts(
    tokens: Tokens, text: str, compiled: CompiledRuleSet, evidence: dict[str, list[RawEvidence]]
) -> None:
    """Record capitalised words right after a title or a relation as a personal name."""
    words = tokens.words
    found: list[RawEvidence] = []
    before_name = _BEFORE_NAME
    # An official's name is no third party's ("petugas loket 3, namanya Pak Heru").
    staff_names = _official_names(words, tokens.sentences)
    for i in compress(count(1), map(before_name.__contains__, words[:-1])):
        start, end = tokens.starts[i], tokens.ends[i]
        raw = text[start:end]
        word = words[i]
        if raw in _NAME_PARTICLES and i + 1 < len(words):
            # "Bapak I Gede Suarjana", "Ni Luh", "Ibu Wa Ode Nurmala": the name is the word
            # after the particle.
            start = tokens.starts[i + 1]
            end = tokens.ends[i + 1]
            raw = text[start:end]
            word = words[i + 1]
        if not (raw[:1].isupper() and raw.isalpha() and len(raw) > 2):
            continue
        if tokens.sentences[i] != tokens.sentences[i - 1]:
            continue  # capitalised because it opens a sentence
        if (
            word in NOT_NAMES
            or word in compiled.vocabulary
            or raw.lower() in compiled.vocabulary
            or word in staff_names
            # "mertua Juni lalu": a month in a date, no name ("Bu Juli" stays one).
            or (word in MONTHS and words[i + 1 : i + 2] in _AFTER_MONTH)
        ):
            continue
        if (
            i + 1 < len(words)
            and words[i + 1] in _STAFF_ROLES
            and tokens.sentences[i + 1] == tokens.sentences[i]
        ):
            continue  # "Terima kasih untuk Ibu Ratna, petugas loket 3": an official
        prev = words[i - 1]
        before = words[i - 2] if i > 1 else ""
        if before in _GENDER_WORDS and i > 2:
            # "Adik laki-laki saya, Yonathan": the relation is before the gender words.
            before = words[i - 4] if words[i - 3] == before else words[i - 3]
        if prev in {"saya", "kami"} and before in _OWN_CHILD:
            continue  # "Anak perempuan saya Dewi": the reporter's own child (the rubric)
        if (
            prev in _SELF_TITLES
            and before in {"saya", "kami"}
            # Not "warga kami Ibu Sukarti", "Mbah kakung kulo, Bapak Sastro" (someone of
            # the reporter's, then a title), nor "ibu saya Ny. Sumarni".
            and RELATIONS.isdisjoint(words[max(0, i - 5) : i - 2])
            and WARDS.isdisjoint(words[max(0, i - 5) : i - 2])
            and "," not in text[tokens.ends[i - 2] : tokens.starts[i - 1]]
        ):
            continue  # "saya Ibu Martha, 71 tahun": the reporter introduces herself
        after_relation = (
            prev in RELATIONS
            or (
                prev in {"saya", "kami"}
                and (before in RELATIONS or before in WARDS)
                # "Pak, saya Dewi": a greeting, then the reporter's own name.
                and "," not in text[tokens.ends[i - 2] : tokens.starts[i - 1]]
            )
            # "tercatat atas nama orang lain, (yaitu) SITI RAHAYU": the other person, named.
            or (prev == "lain" and before == "orang")
            or (prev == "yaitu" and i > 2 and words[i - 3 : i - 1] == ("orang", "lain"))
            # "ibu saya, Ny. Sumarni": a relation, then a title before the name; not the
            # greeting "Ibu/Bapak, saya Ny. Lastri".
            or (
                prev in HONORIFICS
                and before in {"saya", "kami"}
                and i > 2
                and words[i - 3] in RELATIONS
                and "," not in text[tokens.ends[i - 3] : tokens.starts[i - 2]]
            )
        )
        # A title alone may name an official: it counts only near a relation word, and
        # never as the reporter's own name ("nama saya mbak X").
        after_title = (
            prev in HONORIFICS
            and (before not in {"saya", "nama"} or prev in _WRITTEN_AS)
            and (
                _relation_near(words, i, _NAME_RELATION_WINDOW)
                # "mewakili Sdr. Rahmat": the formal title of a member of the public, unless
                # an official's role comes just before ("petugas Sdr. Budi").
                or (prev in _CITIZEN_TITLES and _STAFF_ROLES.isdisjoint(words[max(0, i - 4) : i]))
            )
        )
        # "nama suami saya ditulis 'Yosef ...'": a relative's name as the record has it.
        recorded = (
            prev in _RECORDED_AS
            and "nama" in words[max(0, i - _NAME_RELATION_WINDOW) : i]
            and _relation_near(words, i, _NAME_RELATION_WINDOW)
            # "nama saya sebagai ayah ditulis 'Yoseph'": the reporter's own name.
            and not _own_name_before(words, i)
        )
        if after_title or after_relation or recorded:
            found.append(_ev(signal="person_name", start=start, end=end))
            if len(found) >= _MAX_EVIDENCE:
                break
    if found:
        evidence["person_name"] = found


_NAME_RELATION_WINDOW = 6
#: The reporter's own child before "saya"/"kami": a name there is no third party's.
_OWN_CHILD = frozenset({"anak", "putra", "putri", "bayi"})
#: Titles a reporter gives themselves after "saya" ("saya Ibu Martha", "saya Pak Daud").
_SELF_TITLES = frozenset({"ibu", "bapak", "pak", "bu", "ny", "nyonya", "bpk"})
#: "nama suami saya tertulis Agus": the name as recorded, after the relation.
_WRITTEN_AS = frozenset({"tertulis", "tercatat", "namanya", "almarhum"})
#: Words before a relative's name given as a record value ("nama suami saya ditulis 'Yosef
#: Lamak Boli'", "nama ibu kandung ... harusnya Sumarni").
_RECORDED_AS = frozenset({"ditulis", "tertulis", "tercatat", "harusnya", "seharusnya"})
_BEFORE_NAME = HONORIFICS | RELATIONS | _RECORDED_AS | {"saya", "kami", "lain"}
#: Particles written before a personal name (Balinese "I", "Ni"; Buton "Wa", "La").
_NAME_PARTICLES = frozenset({"I", "Ni", "Wa", "La"})
_CITIZEN_TITLES = frozenset({"sdr", "sdri", "saudari", "bernama", "namanya"})
#: Words after a month that make it a date, not a name ("mertua Juni lalu").
_AFTER_MONTH = frozenset({("lalu",), ("kemarin",), ("tahun",), ("ini",), ("depan",)})
#: Official roles before a title that make the named person an official, not a third party.
#: Narrower than ``OFFICIALS`` (the speakers whose "kalau ..." is an offer): a named broker
#: ("calo") is someone else's data.
_STAFF_ROLES = frozenset(
    {"petugas", "pegawai", "operator", "oknum", "staf", "staff", "pejabat", "lurah", "camat",
     "kades", "sekdes", "kadus", "perangkat", "aparat"}
)  # fmt: skip
_GENDER_WORDS = frozenset({"laki", "perempuan", "cewek", "cowok", "lelaki"})


def _own_name_before(words: tuple[str, ...], i: int) -> bool:
    """Whether "nama saya"/"nama kami" comes shortly before token ``i``."""
    lo = max(0, i - _NAME_RELATION_WINDOW)
    return any(words[k] == "nama" and words[k + 1] in {"saya", "kami"} for k in range(lo, i - 1))


def _relation_near(words: tuple[str, ...], i: int, window: int) -> bool:
    lo, hi = max(0, i - window), min(len(words), i + window + 1)
    return any(
        words[k] in RELATIONS or words[k] in WARDS for k in range(lo, hi) if k not in (i - 1, i)
    )
