"""Normalisation of informal Indonesian complaint text into tokens with an offset map.

The text is split into words and digit runs (one linear regex pass). Each token is lowered,
runs of three or more identical letters are squeezed ("lamaaaa" -> "lama"), and common
abbreviations, slang, Javanese words and number words are mapped to standard forms. Every
normalised token keeps the ``start``/``end`` offsets of the original characters it came from,
so evidence always points into the original text. Clause numbers mark sentence and clause
boundaries (``. ! ? ;``, line breaks, and contrastive conjunctions such as "tapi").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from itertools import count as naturals
from operator import add, itemgetter
from types import MappingProxyType

from lapor_rules.triage._memo import lookup_all

__all__ = ["SLANG", "Tokens", "normalize", "normalize_phrase"]

# Words and digit runs. (A literal backslash-n, an escaped line break in exported data, is
# turned into a line break before tokenising: see ``normalize``.)
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
#: The same tokens in lower-cased ASCII text, where the character classes are plain ranges
#: (and the scan is faster); the look-ahead skips a separator at once.
_TOKEN_SPLIT_ASCII = re.compile(r"(?=[a-z0-9])([a-z]+|[0-9]+)")
_SQUEEZE = re.compile(r"([^\W\d_])\1{2,}")
#: Abbreviations whose period ends no sentence ("Kab. Sleman", "Jl. Melati", "dr. Sari").
ABBREVIATIONS = frozenset(
    {"kab", "kec", "kel", "ds", "dsn", "kp", "jl", "jln", "gg", "no", "prov", "rt", "rw",
     "dr", "drs", "ir", "hj", "sdr", "sdri", "bpk", "yth", "tgl", "ny", "nn", "tn", "alm",
     "almh"}
)  # fmt: skip
#: Sentence breaks: "!", "?", ";", a line break, and a period that is neither inside a
#: number ("Rp300.000", "15.00") nor after an abbreviation.
_BREAK = re.compile(
    # One character class first (a fast scan); the look-arounds only test what it found,
    # one look-behind per abbreviation length.
    r"[.!?;\n](?!(?<=\.)\d)"
    + "".join(
        rf"(?<!\b(?:{'|'.join(sorted(a for a in ABBREVIATIONS if len(a) == size))})\.)"
        for size in sorted({len(a) for a in ABBREVIATIONS})
    ),
    re.IGNORECASE,
)
#: Tokens that open a new clause (negation and hypotheticals do not reach across them).
CLAUSE_OPENERS = frozenset(
    {"tapi", "tetapi", "namun", "sedangkan", "padahal", "melainkan", "sekarang", "karena"}
)

#: Informal token -> standard token(s). Keys are lower-case, already squeezed.
SLANG: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        # pronouns and function words
        "yg": ("yang",),
        "sy": ("saya",),
        "aq": ("saya",),
        "aku": ("saya",),
        "gw": ("saya",),
        "gue": ("saya",),
        "kulo": ("saya",),
        "dgn": ("dengan",),
        "dg": ("dengan",),
        "krn": ("karena",),
        "karna": ("karena",),
        "krna": ("karena",),
        "soalnya": ("karena",),
        "utk": ("untuk",),
        "tuk": ("untuk",),
        "buat": ("untuk",),
        "dr": ("dari",),
        "dri": ("dari",),
        "tgl": ("tanggal",),
        "tg": ("tanggal",),
        "kalo": ("kalau",),
        "klo": ("kalau",),
        "klw": ("kalau",),
        "kl": ("kalau",),
        "kalu": ("kalau",),
        "bila": ("kalau",),
        "jika": ("kalau",),
        "apabila": ("kalau",),
        "pdhl": ("padahal",),
        "pdhal": ("padahal",),
        "tp": ("tapi",),
        "tpi": ("tapi",),
        "sampe": ("sampai",),
        # Short phone-typed forms.
        "mksh": ("terima", "kasih"),
        "mkasih": ("terima", "kasih"),
        "makasi": ("terima", "kasih"),
        "thx": ("terima", "kasih"),
        "bnyk": ("banyak",),
        "bw": ("bawa",),
        "burem": ("buram",),
        "bales": ("balas",),
        "lahiran": ("melahirkan",),
        "dapet": ("dapat",),
        "nyoba": ("mencoba",),
        "lgsg": ("langsung",),
        "lsg": ("langsung",),
        "benerin": ("membetulkan",),
        "brgkt": ("berangkat",),
        "hbs": ("habis",),
        "sdg": ("sedang",),
        "lbh": ("lebih",),
        "krg": ("kurang",),
        "pengen": ("ingin",),
        "pgn": ("ingin",),
        "smpai": ("sampai",),
        "smp": ("sampai",),
        "hingga": ("sampai",),
        "ampe": ("sampai",),
        "skrg": ("sekarang",),
        "skrng": ("sekarang",),
        "skr": ("sekarang",),
        "sekrg": ("sekarang",),
        "kmrn": ("kemarin",),
        "kmn": ("kemana",),
        "temen": ("teman",),
        "tmn": ("teman",),
        "kemaren": ("kemarin",),
        "kmarin": ("kemarin",),
        "bsk": ("besok",),
        "besuk": ("besok",),
        "lg": ("lagi",),
        "jg": ("juga",),
        "sbg": ("sebagai",),
        "shg": ("sehingga",),
        "trnyata": ("ternyata",),
        "ternyta": ("ternyata",),
        "aja": ("saja",),
        # "spy rekening itu diblokir" (asked for), "Sy emang pinjam" (the reporter's own).
        "spy": ("supaya",),
        "emang": ("memang",),
        "sj": ("saja",),
        "tlg": ("tolong",),
        "mhn": ("mohon",),
        "bgmn": ("bagaimana",),
        "gmn": ("bagaimana",),
        "gimana": ("bagaimana",),
        "bgm": ("bagaimana",),
        "gmana": ("bagaimana",),
        "knp": ("kenapa",),
        "knpa": ("kenapa",),
        "napa": ("kenapa",),
        "mengapa": ("kenapa",),
        "nanya": ("tanya",),
        "nahan": ("menahan",),
        "nyerahin": ("menyerahkan",),
        "nyebarin": ("menyebarkan",),
        "nanyak": ("tanya",),
        "ngurus": ("mengurus",),
        "urus": ("mengurus",),
        "nunggu": ("menunggu",),
        "tunggu": ("menunggu",),
        "bikin": ("membuat",),
        "buat2": ("membuat",),
        "udh": ("sudah",),
        "udah": ("sudah",),
        "sdh": ("sudah",),
        "sdah": ("sudah",),
        "dah": ("sudah",),
        "uda": ("sudah",),
        "sampun": ("sudah",),
        "blm": ("belum",),
        "blom": ("belum",),
        "belom": ("belum",),
        "blum": ("belum",),
        "dereng": ("belum",),
        "durung": ("belum",),
        # negation (Indonesian slang and Javanese)
        "tdk": ("tidak",),
        "tdak": ("tidak",),
        "tida": ("tidak",),
        "bel": ("belum",),
        "tak": ("tidak",),
        "gak": ("tidak",),
        "ga": ("tidak",),
        "gk": ("tidak",),
        "g": ("tidak",),
        "nggak": ("tidak",),
        "ngga": ("tidak",),
        "ngak": ("tidak",),
        "ngk": ("tidak",),
        "nggk": ("tidak",),
        "enggak": ("tidak",),
        "engga": ("tidak",),
        "ndak": ("tidak",),
        "nda": ("tidak",),
        "gag": ("tidak",),
        "mboten": ("tidak",),
        "boten": ("tidak",),
        "ora": ("tidak",),
        "ra": ("tidak",),
        "nggih": ("ya",),
        "inggih": ("ya",),
        "y": ("ya",),
        "iya": ("ya",),
        # time units
        "bln": ("bulan",),
        "bl": ("bulan",),
        "hr": ("hari",),
        "hri": ("hari",),
        "thn": ("tahun",),
        "th": ("tahun",),
        "taun": ("tahun",),
        "mgg": ("minggu",),
        "mg": ("minggu",),
        "mingu": ("minggu",),
        "sebulan": ("1", "bulan"),
        "seminggu": ("1", "minggu"),
        "sepekan": ("1", "minggu"),
        "pekan": ("minggu",),
        "setahun": ("1", "tahun"),
        "sehari": ("1", "hari"),
        "hrs": ("harus",),
        # number words
        "satu": ("1",),
        "dua": ("2",),
        "tiga": ("3",),
        "empat": ("4",),
        "lima": ("5",),
        "enam": ("6",),
        "tujuh": ("7",),
        "delapan": ("8",),
        "sembilan": ("9",),
        "sepuluh": ("10",),
        "sebelas": ("11",),
        "pertama": ("1",),
        # documents and services
        "ktpel": ("ktp",),
        "ektp": ("ktp",),
        "ekitir": ("kitir",),
        "akte": ("akta",),
        "akt": ("akta",),
        "ksk": ("kk",),
        "kia": ("kia",),
        "blangko": ("blanko",),
        "balanko": ("blanko",),
        "blanko": ("blanko",),
        "disdukcapil": ("dukcapil",),
        "dispendukcapil": ("dukcapil",),
        "dispenduk": ("dukcapil",),
        "capil": ("dukcapil",),
        "skolah": ("sekolah",),
        "sekolahan": ("sekolah",),
        "rs": ("rumah", "sakit"),
        "rsud": ("rumah", "sakit"),
        "rsu": ("rumah", "sakit"),
        "rsi": ("rumah", "sakit"),
        "pak": ("bapak",),
        "bpk": ("bapak",),
        "bp": ("bapak",),
        "bu": ("ibu",),
        "ortu": ("orang", "tua"),
        "sodara": ("saudara",),
        "bpjs": ("bpjs",),
        "no": ("nomor",),
        "nmr": ("nomor",),
        "nomer": ("nomor",),
        "nama2": ("nama",),
        "alm": ("almarhum",),
        "almh": ("almarhum",),
        "almarhumah": ("almarhum",),
        "kartu": ("kartu",),
        "duplikat": ("ganda",),
        "dobel": ("ganda",),
        "double": ("ganda",),
        "nonaktif": ("tidak", "aktif"),
        "online": ("online",),
        "onlen": ("online",),
        "sllu": ("selalu",),
        "slalu": ("selalu",),
        "bgt": ("banget",),
        "bngt": ("banget",),
        "dll": ("dan", "lain"),
        # informal verbs and nouns
        "pake": ("pakai",),
        "dipake": ("dipakai",),
        "make": ("memakai",),
        "makai": ("memakai",),
        "ngajuin": ("mengajukan",),
        "dikeluarin": ("dikeluarkan",),
        "ngajukan": ("mengajukan",),
        "minjem": ("meminjam",),
        "minjam": ("meminjam",),
        "pinjem": ("pinjam",),
        "duit": ("uang",),
        "ilang": ("hilang",),
        "ngilang": ("hilang",),
        "liat": ("lihat",),
        "tau": ("tahu",),
        "ngungsi": ("mengungsi",),
        "rb": ("ribu",),
        "jt": ("juta",),
        "nyebut": ("menyebut",),
        # "SMS ngaku dari DUKCAPIL PUSAT nyuruh klik link", "debt collector nyariin bekas
        # penyewa sy": the colloquial ng-/ny- verbs read as their standard forms.
        "ngaku": ("mengaku",),
        "nyuruh": ("menyuruh",),
        "nyari": ("mencari",),
        "nyariin": ("mencari",),
        "aktifin": ("mengaktifkan",),
        # Betawi and Jakarta forms: "NIK aye udeh dinonaktifin", "kagak dateng2".
        "dinonaktifin": ("dinonaktifkan",),
        "nonaktifin": ("menonaktifkan",),
        "dateng": ("datang",),
        # Minang and Sundanese forms met in misuse reports ("supayo NIK ambo indak dipakai",
        # "atas namo ambo", "NIK abdi kadaptar kanggo 11 nomer", "masih aktip").
        "supayo": ("supaya",),
        "namo": ("nama",),
        "kadaptar": ("terdaftar",),
        "aktip": ("aktif",),
        # Banyumasan "kiye NIK kuwe duweke sapa?" ("whose NIK is this?").
        "duweke": ("milik",),
        "motret": ("memotret",),
        "dikubur": ("dikuburkan",),
        "tlp": ("telepon",),
        "telpon": ("telepon",),
        "ditelpon": ("ditelepon",),
        "makasih": ("terima", "kasih"),
        "terimakasih": ("terima", "kasih"),
        "trims": ("terima", "kasih"),
        "tks": ("terima", "kasih"),
        "jd": ("jadi",),
        "jdi": ("jadi",),
        "lhr": ("lahir",),
        "tny": ("tanya",),
        "kel": ("kelurahan",),
        "kec": ("kecamatan",),
        "msh": ("masih",),
        "mash": ("masih",),
        # Javanese ngoko, Sundanese and Betawi words of the complaint register
        "dienggo": ("dipakai",),
        "dinggo": ("dipakai",),
        "dianggo": ("dipakai",),
        "nganggo": ("memakai",),
        "wong": ("orang",),
        "tiyang": ("orang",),
        "jare": ("katanya",),
        "jarene": ("katanya",),
        "cenah": ("katanya",),
        "nduwe": ("punya",),
        "duwe": ("punya",),
        "gadah": ("punya",),
        "saiki": ("sekarang",),
        "sakniki": ("sekarang",),
        "wis": ("sudah",),
        "uwis": ("sudah",),
        "wes": ("sudah",),
        "udeh": ("sudah",),
        "geus": ("sudah",),
        "teu": ("tidak",),
        "henteu": ("tidak",),
        "kagak": ("tidak",),
        "kaga": ("tidak",),
        "acan": ("belum",),
        "mergo": ("karena",),
        "amargi": ("karena",),
        "tos": ("sudah",),
        "sasih": ("bulan",),
        "abdi": ("saya",),
        # Sundanese: numbers, "ada", "kabar", "sekarang", "bilang", "diminta"
        "hiji": ("1",),
        "tilu": ("3",),
        "opat": ("4",),
        "aya": ("ada",),
        "beja": ("kabar",),
        "béja": ("kabar",),
        "dipénta": ("diminta",),
        "ayeuna": ("sekarang",),
        "nyarios": ("bilang",),
        "dipenta": ("diminta",),
        # Sundanese met at West Java and Banten desks: money and asking ("menta artos"),
        # family ("salaki"), records and their changes, "lagi", "sampai", "dapat".
        "artos": ("uang",),
        "menta": ("minta",),
        "nyuhunkeun": ("meminta",),
        "salaki": ("suami",),
        "kacatet": ("tercatat",),
        "nami": ("nama",),
        "saha": ("siapa",),
        "aslina": ("aslinya",),
        "dicitak": ("dicetak",),
        "dirobih": ("diubah",),
        "diserahkeun": ("diserahkan",),
        "dibenerkeun": ("dibetulkan",),
        "dibereskeun": ("dibereskan",),
        "sakola": ("sekolah",),
        "budak": ("anak",),
        "keneh": ("masih",),
        "kenging": ("dapat",),
        "deui": ("lagi",),
        "dugi": ("sampai",),
        "anjeunna": ("dia",),
        "nginjeum": ("meminjam",),
        "naros": ("tanya",),
        "kantos": ("pernah",),
        "hirup": ("hidup",),
        "caket": ("dekat",),
        "naroskeun": ("menanyakan",),
        "parantos": ("sudah",),
        "rengse": ("selesai",),
        "réngsé": ("selesai",),
        "diajukeun": ("diajukan",),
        # Indramayu and Cirebon Javanese: "isun" (I), "nganti seprene" (until now).
        "isun": ("saya",),
        "nganti": ("sampai",),
        "seprene": ("sekarang",),
        "dicairna": ("dicairkan",),
        "dicepetna": ("dipercepat",),
        "isih": ("masih",),
        "tasih": ("masih",),
        "ket": ("sejak",),
        "wingi": ("kemarin",),
        "lawas": ("lama",),
        "tulung": ("tolong",),
        "arep": ("mau",),
        "ngancam": ("mengancam",),
        "diancem": ("diancam",),
        "ngancem": ("mengancam",),
        "utang": ("hutang",),
        "kedaftar": ("terdaftar",),
        "kadaftar": ("terdaftar",),
        "lairan": ("melahirkan",),
        "babaran": ("melahirkan",),
        "bojo": ("istri",),
        "bojoku": ("istri", "saya"),
        "ku": ("saya",),
        "nyong": ("saya",),
        "pisan": ("sekali",),
        "dibales": ("dibalas",),
        # Javanese (ngoko and krama)
        "niki": ("ini",),
        "iki": ("ini",),
        "sonten": ("sore",),
        "enjing": ("pagi",),
        "dinten": ("hari",),
        "mangke": ("nanti",),
        "benjang": ("besok",),
        "mbenjing": ("besok",),
        "sesuk": ("besok",),
        "wau": ("tadi",),
        "wulan": ("bulan",),
        "sasi": ("bulan",),
        "langkung": ("lebih",),
        "luwih": ("lebih",),
        "ngentosi": ("menunggu",),
        "nengga": ("menunggu",),
        "ngenteni": ("menunggu",),
        "dados": ("jadi",),
        "dadi": ("jadi",),
        "wonten": ("ada",),
        "onok": ("ada",),
        "enten": ("ada",),
        "sedo": ("meninggal",),
        "seda": ("meninggal",),
        "dimakamaken": ("dimakamkan",),
        "dikuburaken": ("dikuburkan",),
        "badhe": ("mau",),
        "ajeng": ("mau",),
        "nyuwun": ("mohon",),
        "pirsa": ("tanya",),
        "pripun": ("bagaimana",),
        "piye": ("bagaimana",),
        "menapa": ("apa",),
        "opo": ("apa",),
        "pundi": ("mana",),
        "setunggal": ("1",),
        "siji": ("1",),
        "kalih": ("2",),
        "loro": ("2",),
        "sekawan": ("4",),
        "papat": ("4",),
        "gangsal": ("5",),
        "limo": ("5",),
        "enem": ("6",),
        "pitu": ("7",),
        "wolu": ("8",),
        "sanga": ("9",),
        "sedasa": ("10",),
        "pitung": ("7",),
        "wekdal": ("waktu",),
        "nglebetke": ("memasukkan",),
        "nglebetaken": ("memasukkan",),
        # Sundanese waits and status questions
        "kapengker": ("lalu",),
        "iraha": ("kapan",),
        "tiasa": ("bisa",),
        "dicandak": ("diambil",),
        "wartos": ("kabar",),
        "ngajukeun": ("mengajukan",),
        "kalahiran": ("kelahiran",),
        "statusna": ("statusnya",),
        "robah": ("berubah",),
        "telu": ("3",),
        "kelairan": ("kelahiran",),
        "ngajukaken": ("mengajukan",),
        "dipunparingaken": ("diberikan",),
        "dikongkon": ("disuruh",),
        "cacad": ("cacat",),
        # Javanese krama of deaths and burials, waits; Sundanese fees
        "kula": ("saya",),
        "dalu": ("malam",),
        "ndalu": ("malam",),
        "disarekaken": ("dimakamkan",),
        "sarekaken": ("dimakamkan",),
        "kasarekaken": ("dimakamkan",),
        "disarekake": ("dimakamkan",),
        "kedah": ("harus",),
        "kudu": ("harus",),
        "saking": ("dari",),
        "nanging": ("tapi",),
        "ananging": ("tapi",),
        "pirang": ("beberapa",),
        "wiwit": ("sejak",),
        "kawit": ("sejak",),
        "rawuh": ("datang",),
        "mayar": ("bayar",),
        "dibayar": ("dibayar",),
        "rebu": ("ribu",),
        "ka": ("ke",),
        "upami": ("kalau",),
        "kwitansi": ("kuitansi",),
        "kuitansina": ("kuitansi",),
        "dipasihkeun": ("diberikan",),
        "dipasihan": ("diberi",),
        "atanapi": ("atau",),
        "ieu": ("ini",),
        "hoyong": ("mau",),
        "gancang": ("cepat",),
        "cepet": ("cepat",),
        "pelayanane": ("pelayanannya",),
        "suratna": ("suratnya",),
        # Papua and eastern Indonesia
        "tra": ("tidak",),
        "tr": ("tidak",),
        "sa": ("saya",),
        "pu": ("punya",),
        "su": ("sudah",),
        "skali": ("sekali",),
        # Minangkabau
        "indak": ("tidak",),
        "ambo": ("saya",),
        "umua": ("umur",),
        "namuah": ("mau",),
        "duo": ("2",),
        "nyo": ("nya",),
        "mamak": ("ibu",),
        "bajalan": ("berjalan",),
        "isuak": ("besok",),
        "paliang": ("paling",),
        "lambek": ("lambat",),
        "lah": ("sudah",),
        "adiak": ("adik",),
        "amak": ("ibu",),
        "abak": ("ayah",),
        # Malay (Riau, Bangka, Malaysia)
        "atok": ("kakek",),
        "isteri": ("istri",),
        # Javanese krama
        "taksih": ("masih",),
        "lami": ("lama",),
        "punopo": ("apa",),
        "kepengker": ("lalu",),
        "aye": ("saya",),
        # Maluku, NTT and Manado Malay
        "beta": ("saya",),
        "seng": ("tidak",),
        "balum": ("belum",),
        "pung": ("punya",),
        "katong": ("kami",),
        "par": ("untuk",),
        "torang": ("kami",),
        "dorang": ("mereka",),
        "so": ("sudah",),
        "mar": ("tapi",),
        "kong": ("lalu",),
        "pi": ("pergi",),
        "mo": ("mau",),
        "pe": ("punya",),
        "deng": ("dengan",),
        "skarang": ("sekarang",),
        "sapa": ("siapa",),
        "kase": ("kasih",),
        "doi": ("uang",),
        "kaweng": ("kawin",),
        "ambe": ("ambil",),
        "ato": ("atau",),
        # Bali, Banjar, Palembang and Jambi, Riau and Betawi
        "tiang": ("saya",),
        "ulun": ("saya",),
        "kada": ("tidak",),
        "kawa": ("bisa",),
        "hanyar": ("baru",),
        "urang": ("orang",),
        "handak": ("mau",),
        "jar": ("kata",),
        "amun": ("kalau",),
        "bepadah": ("bilang",),
        "bapadah": ("bilang",),
        "lakas": ("cepat",),
        "baduit": ("punya", "uang"),
        "sayo": ("saya",),
        "idak": ("tidak",),
        "dak": ("tidak",),
        "apo": ("apa",),
        "jugo": ("juga",),
        "caro": ("cara",),
        "punyo": ("punya",),
        "nyang": ("yang",),
        "katanye": ("katanya",),
        "gimane": ("bagaimana",),
        "saye": ("saya",),
        "kate": ("kata",),
        "bise": ("bisa",),
        "ade": ("ada",),
        "kenape": ("kenapa",),
        "awak": ("saya",),
        # Javanese (Banyumas and krama) and Minangkabau
        "inyong": ("saya",),
        "maring": ("ke",),
        "mangkat": ("berangkat",),
        "njaluk": ("minta",),
        "dijukut": ("diambil",),
        "nggo": ("untuk",),
        "ical": ("hilang",),
        "saged": ("bisa",),
        "dipundhut": ("diambil",),
        "simbah": ("nenek",),
        "yuswa": ("umur",),
        "ngendika": ("bilang",),
        "wangsul": ("pulang",),
        "lair": ("lahir",),
        "alah": ("sudah",),
        "baliak": ("kembali",),
        "disuruah": ("disuruh",),
        "sakik": ("sakit",),
        "bayia": ("bayar",),
        "alun": ("belum",),
        "kato": ("kata",),
        "tigo": ("3",),
        "ampek": ("4",),
        "tigang": ("3",),
        "ado": ("ada",),
        "tingga": ("tinggal",),
        "apak": ("bapak",),
        "iso": ("bisa",),
        "dijupuk": ("diambil",),
        "podo": ("sama",),
        "jenenge": ("namanya",),
        "umure": ("umur",),
        "kanggo": ("untuk",),
        "soko": ("dari",),
        "ibukku": ("ibu", "saya"),
        "mulih": ("pulang",),
        "akhire": ("akhirnya",),
        "ketulis": ("tertulis",),
        "tuntung": ("selesai",),
        "bs": ("bisa",),
        "bukaan": ("pembukaan",),
        "ngalahirkeun": ("melahirkan",),
        "brp": ("berapa",),
        "kluar": ("keluar",),
        "trs": ("terus",),
        "rmh": ("rumah",),
        "ketahan": ("tertahan",),
        "cairin": ("mencairkan",),
        "dicairin": ("dicairkan",),
        "diilangin": ("dihilangkan",),
        "ngilangin": ("menghilangkan",),
        "sewulan": ("1", "bulan"),
        "sesasi": ("1", "bulan"),
        "sabulan": ("1", "bulan"),
        "entek": ("habis",),
        "rong": ("2",),
        "telung": ("3",),
        "balom": ("belum",),
        "kaluar": ("keluar",),
        "kiapa": ("kenapa",),
        "juo": ("juga",),
        "salasai": ("selesai",),
        "lamo": ("lama",),
        "wayah": ("sekarang",),
        "gasan": ("untuk",),
        "abah": ("ayah",),
        "hrsnya": ("harusnya",),
        "lahia": ("lahir",),
        "surek": ("surat",),
        "syaraiknyo": ("syaratnya",),
        "batanyo": ("bertanya",),
        "wektu": ("waktu",),
        "kepake": ("terpakai",),
        "kepakai": ("terpakai",),
        "nolak": ("menolak",),
        "nagih": ("menagih",),
        "duplicate": ("ganda",),
        # "3x", "2x": tokenised as a number and "x", which is "kali" (times)
        "x": ("kali",),
        "tolonglah": ("tolong",),
        # chat abbreviations (WhatsApp, SMS)
        "dl": ("dulu",),
        "dlu": ("dulu",),
        "sempet": ("sempat",),
        "smua": ("semua",),
        "cm": ("cuma",),
        "cmn": ("cuma",),
        "prnh": ("pernah",),
        "blg": ("bilang",),
        "pny": ("punya",),
        "pnya": ("punya",),
        "dtg": ("datang",),
        "bkn": ("bukan",),
        "td": ("tadi",),
        "dpn": ("depan",),
        "fc": ("fotokopi",),
        "org": ("orang",),
        "bbrp": ("beberapa",),
        "dlm": ("dalam",),
        "sbnrnya": ("sebenarnya",),
        "sm": ("sama",),
        "dpt": ("dapat",),
        "kpn": ("kapan",),
        "lsa": ("lusa",),
        "lwt": ("lewat",),
        "dibikin": ("dibuat",),
        "kebakar": ("terbakar",),
        "nerbitin": ("menerbitkan",),
        "daftarin": ("mendaftarkan",),
        "dibaharui": ("diperbarui",),
        "nawari": ("menawari",),
        "dibaharuin": ("diperbarui",),
        # Javanese krama and Sundanese
        "tetep": ("tetap",),
        "ono": ("ada",),
        "senen": ("senin",),
        "kamari": ("kemarin",),
        "digentos": ("diganti",),
        # Minang
        "sajo": ("saja",),
        "hanyuik": ("hanyut",),
        "galodo": ("banjir", "bandang"),
        "dapek": ("dapat",),
        "dibuekan": ("dibuatkan",),
        "musajik": ("masjid",),
        # Banjar
        "maninggal": ("meninggal",),
        "manyarahakan": ("menyerahkan",),
        "sagala": ("segala",),
        "wayahini": ("sekarang",),
        "jua": ("juga",),
        "dibari": ("diberi",),
        "maulah": ("membuat",),
        "mandaftarakan": ("mendaftarkan",),
        "baisi": ("punya",),
        "marekam": ("merekam",),
        "maurus": ("mengurus",),
        "takutan": ("takut",),
        # Javanese (Suroboyoan ngoko)
        "sing": ("yang",),
        "statuse": ("statusnya",),
        "takon": ("tanya",),
        "takokno": ("tanyakan",),
        "nang": ("ke",),
        "mek": ("cuma",),
        "teko": ("dari",),
        "dheweke": ("dia",),
        "omah": ("rumah",),
        "anyar": ("baru",),
        "lawang": ("pintu",),
        "wedi": ("takut",),
        "kenalane": ("kenalannya",),
        "dijaluki": ("dimintai",),
        "ewu": ("ribu",),
        "metu": ("keluar",),
        "aktane": ("aktanya",),
        "berkase": ("berkasnya",),
        "bengi": ("malam",),
        "mukuli": ("memukuli",),
        "nggedor": ("menggedor",),
        "patang": ("4",),
        "limang": ("5",),
        "seket": ("50",),
        "satus": ("100",),
        "seratus": ("100",),
        "anakku": ("anak", "saya"),
        "bayiku": ("bayi", "saya"),
        "ibuku": ("ibu", "saya"),
        "bapakku": ("bapak", "saya"),
        "suamiku": ("suami", "saya"),
        "istriku": ("istri", "saya"),
        "adikku": ("adik", "saya"),
        "kakakku": ("kakak", "saya"),
        # Betawi and Jakarta slang
        "selipin": ("selipkan",),
        "nyiapin": ("menyiapkan",),
        "soalnye": ("soalnya",),
        "ajuin": ("ajukan",),
        "nyokap": ("ibu",),
        "bokap": ("ayah",),
        "mulu": ("terus",),
        "abis": ("habis",),
        # Makassar particles ("tidak bisa ki daftar"): no word of their own
        "ji": (),
        "mi": (),
        "ki": (),
        # eastern Indonesian Malay (Kupang, Ambon, Manado)
        "sonde": ("tidak",),
        "tara": ("tidak",),
        "nyanda": ("tidak",),
        "dangke": ("terima", "kasih"),
        "samua": ("semua",),
        "bapa": ("bapak",),
        "kaka": ("kakak",),
        "ana": ("anak",),
        # Sundanese
        "ngantosan": ("menunggu",),
        "saurna": ("katanya",),
        "dibantosan": ("dibantu",),
        "nyalira": ("sendiri",),
        "mohonlah": ("mohon",),
    }
)

#: Verb roots written apart from the passive prefix ("di proses", "di batalkan"): joined.
DI_VERBS = frozenset(
    {
        "proses", "bantu", "batalkan", "batalin", "tolak", "perbaiki", "validasi", "verifikasi",
        "cetak", "kirim", "kirimkan", "blokir", "tindak", "tindaklanjuti", "tangani", "respon",
        "layani", "ganti", "ubah", "rubah", "hapus", "tunda", "persulit", "lempar", "arahkan",
        "suruh", "minta", "mintai", "pungut", "kenakan", "terima", "terbitkan", "setujui", "acc",
        "update", "input", "upload", "ambil", "cek", "coret", "pimpong", "pingpong", "oper",
        "tahan", "sebar", "sebarkan", "jual", "pakai", "gunakan", "salahgunakan", "tagih", "bayar",
        "perbarui", "betulkan", "close", "tutup", "abaikan", "palsukan", "manipulasi", "catat",
        "hilangkan", "pisah", "pecah", "gabung", "satukan", "kembalikan",
    }
)  # fmt: skip

#: Placeholder words in vocabulary phrases: ``#num`` matches any number, ``#id`` a long
#: identifier number (ten digits or more), ``...`` a gap of up to :data:`MAX_GAP` words.
PLACEHOLDERS = frozenset({"#num", "#id", "..."})
#: The most words a ``...`` gap in a vocabulary phrase stands for ("nik ... tidak sesuai"
#: matches "NIK istri saya tidak sesuai").
MAX_GAP = 3

#: Javanese applicative verb endings ("ajukne", "urusno", "gawekke") after the clitic "tak".
_JAVANESE_APPLICATIVE = ("ne", "no", "ke", "ake", "aken")

_LONG_NUMBER = 10  # a digit run at least this long is an identifier, normalised to "#id"


@dataclass(frozen=True, slots=True)
class Tokens:
    """Normalised tokens with their offsets into the original text.

    Attributes:
        words: the normalised tokens.
        starts: start offset of each token's original characters.
        ends: end offset of each token's original characters.
        clauses: clause number of each token (non-decreasing).
        sentences: sentence number of each token (non-decreasing).
    """

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    clauses: tuple[int, ...]
    sentences: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.words)

    def __repr__(self) -> str:
        return f"Tokens(count={len(self.words)})"


@lru_cache(maxsize=65536)
def _norm_word(raw: str) -> tuple[str, ...]:
    word = raw.lower()
    if word.isdecimal():
        return ("#id",) if len(word) >= _LONG_NUMBER else (str(int(word)),)
    if len(word) > 2:
        word = _SQUEEZE.sub(r"\1", word)
    mapped = SLANG.get(word)
    if mapped is not None:
        return mapped
    return (word,)


# Token flags: what a raw token may do beyond giving its normalised word(s).
_DI = 2  # "di", which joins a following verb root ("di proses" -> "diproses")
_TAK = 4  # "tak", which is "saya" before a Javanese applicative verb
_TWO = 8  # "2", which repeats an adjacent word ("tiba2")
_SEVERAL = 16  # normalises to several words ("rs" -> "rumah sakit")
_BELUM = 32  # gives "belum", which merges into a preceding non-adjacent "tidak"
_DI_VERB = 64  # its first word is a verb root that joins a preceding "di"
_APPLICATIVE = 128  # a Javanese applicative verb ("ajukne")
_E = 256  # "e" or "el", which joins an adjacent "ktp" ("e-KTP", "KTP-el": one word "ktp")
_KTP = 512  # gives "ktp"
_KET = 1024  # Javanese "ket" (since), which is "keterangan" after "surat" ("surat ket")
_SPECIAL = _DI | _TAK | _TWO | _SEVERAL | _BELUM | _E | _KET

#: A raw token's normalised words, the first of them, its flags, and whether any of them is
#: special (so the special tokens of a text are found in one C-level pass).
_TokenInfo = tuple[tuple[str, ...], str, int, bool]

_first_of = itemgetter(1)
_flags_of = itemgetter(2)
_special_of = itemgetter(3)


#: Raw token -> its info, filled on first sight (bounded; a dict lookup is the hot path).
_TOKEN_INFOS: dict[str, _TokenInfo] = {}
_TOKEN_INFOS_MAX = 65536


def _token_info(raw: str) -> _TokenInfo:
    words = _norm_word(raw)
    low = raw.lower()
    flags = 0
    if low == "di":
        flags |= _DI
    if low == "tak":
        flags |= _TAK
    if raw == "2":
        flags |= _TWO
    if len(words) != 1:
        flags |= _SEVERAL
    if "belum" in words:
        flags |= _BELUM
    if words and words[0] in DI_VERBS:
        flags |= _DI_VERB
    if len(raw) > 4 and low.endswith(_JAVANESE_APPLICATIVE):
        flags |= _APPLICATIVE
    if low in {"e", "el"}:
        flags |= _E
    if words == ("ktp",):
        flags |= _KTP
    if low == "ket":
        flags |= _KET
    return (words, words[0] if words else "", flags, bool(flags & _SPECIAL))


def normalize(text: str) -> Tokens:
    """Tokenise and normalise ``text``, keeping an offset map into it.

    Linear in the length of the text. Punctuation between tokens decides clause and
    sentence boundaries; it is not kept as tokens. Most tokens give one word and need no
    look at their neighbours: they are mapped in bulk, and only the few that join, merge,
    repeat or expand (flagged by ``_token_info``) are handled one by one.
    """
    # Lower-case once when that keeps every offset (almost always); else per token.
    lowered = text.lower()
    source = lowered if len(lowered) == len(text) else text
    if "\\n" in source:
        # A literal "\n" (escaped line break in exported data) is a line break: written
        # as one ("\n" plus a space, the same length), it is a separator, not a token.
        source = source.replace("\\n", "\n ")
    # Separators and tokens alternate; their running lengths are the tokens' offsets.
    parts = (_TOKEN_SPLIT_ASCII if source.isascii() else _TOKEN_SPLIT).split(source)
    count = len(parts) // 2
    if not count:
        return Tokens((), (), (), (), ())
    offsets = list(accumulate(map(len, parts)))
    starts = offsets[:-1:2]
    ends = offsets[1::2]
    infos = lookup_all(_TOKEN_INFOS, parts[1::2], _token_info, _TOKEN_INFOS_MAX)
    # Sentence steps before each token: a gap holding break characters counts once.
    steps = [0] * (count + 1)
    for brk in _BREAK.finditer(source):
        steps[bisect_right(starts, brk.start())] = 1
    special = [
        i for i in compress(naturals(), map(_special_of, infos)) if _acts(infos, i, infos[i][2])
    ]
    if special:
        walk = _Walk(text, infos, starts, ends, steps)
        walk.run(special)
        words, starts, ends = walk.words, walk.starts, walk.ends
        per_token = list(accumulate(steps))
        sentences = list(map(per_token.__getitem__, walk.origin))
        opens = list(map(CLAUSE_OPENERS.__contains__, words))
        for k in walk.copies:
            opens[k] = False
    else:
        words = list(map(_first_of, infos))
        sentences = list(accumulate(steps))[:count]
        opens = list(map(CLAUSE_OPENERS.__contains__, words))
    clauses = list(map(add, sentences, accumulate(opens)))
    return Tokens(tuple(words), tuple(starts), tuple(ends), tuple(clauses), tuple(sentences))


def _acts(infos: list[_TokenInfo], i: int, flags: int) -> bool:
    """Whether special token ``i`` may do more than give its one word.

    A "di" acts only before a verb root, a "belum" only after "tidak", a "ket" only after
    "surat"; the others always may. The rest are copied in bulk like ordinary tokens (the
    same output, less work).
    """
    # The word before is the last one a token before gave (a filler like "mi" gives none).
    k = i - 1
    while k >= 0 and not infos[k][0]:
        k -= 1
    if (
        flags & (_TAK | _TWO | _SEVERAL)
        or (flags & _DI and i + 1 < len(infos) and infos[i + 1][2] & _DI_VERB)
        or (flags & _KET and k >= 0 and infos[k][0][-1:] == ("surat",))
    ):
        return True
    if flags & _E:
        # "e" before "ktp" ("e-KTP"), "el" after it ("KTP-el").
        if infos[i][1] == "e":
            return i + 1 < len(infos) and bool(infos[i + 1][2] & _KTP)
        return i > 0 and bool(infos[i - 1][2] & _KTP)
    if not (flags & _BELUM and k >= 0):
        return False
    # The word before may be "tidak" itself, or come from a token that repeats or expands.
    words, _, before, _ = infos[k]
    return "tidak" in words or bool(before & (_TWO | _SEVERAL))


class _Walk:
    """The output of :func:`normalize` for a text with special tokens, built left to right.

    Runs of ordinary tokens are copied in bulk; each special token is handled on its own.
    ``origin`` is the raw token each word came from (its sentence is that token's);
    ``copies`` are the words repeated by a digit "2", which never open a clause.
    """

    __slots__ = (
        "copies", "ends", "first_ends", "first_starts", "infos", "origin", "starts", "steps",
        "text", "words",
    )  # fmt: skip

    def __init__(
        self,
        text: str,
        infos: list[_TokenInfo],
        first_starts: list[int],
        first_ends: list[int],
        steps: list[int],
    ) -> None:
        self.text = text
        self.infos = infos
        self.first_starts = first_starts
        self.first_ends = first_ends
        self.steps = steps
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.origin: list[int] = []
        self.copies: list[int] = []

    def _copy(self, lo: int, hi: int) -> None:
        """Copy the ordinary tokens ``lo`` to ``hi - 1``, one word each."""
        self.words.extend(map(_first_of, self.infos[lo:hi]))
        self.starts.extend(self.first_starts[lo:hi])
        self.ends.extend(self.first_ends[lo:hi])
        self.origin.extend(range(lo, hi))

    def _add(self, word: str, start: int, end: int, i: int) -> None:
        self.words.append(word)
        self.starts.append(start)
        self.ends.append(end)
        self.origin.append(i)

    def run(self, special: list[int]) -> None:
        """Fill the output, given the indexes of the special tokens in order."""
        done = 0  # tokens before this index are in the output
        for i in special:
            if i < done:
                continue  # a verb already joined to the "di" before it
            self._copy(done, i)
            done = self._special(i)
        self._copy(done, len(self.infos))

    def _special(self, i: int) -> int:
        """Handle special token ``i``; return the index of the next token to handle."""
        infos, words = self.infos, self.words
        token_words, _, flags, _ = infos[i]
        start, end = self.first_starts[i], self.first_ends[i]
        nxt = i + 1
        if (
            flags & _DI
            and nxt < len(infos)
            and infos[nxt][2] & _DI_VERB
            and not self.steps[nxt]
            and self.text[end : self.first_starts[nxt]].isspace()
        ):
            # "di proses" -> "diproses", one token over both.
            self._add("di" + infos[nxt][1], start, self.first_ends[nxt], i)
            return nxt + 1
        if flags & _E and self._joins_ktp(i):
            if token_words == ("e",):  # "e-KTP": one "ktp" over both tokens
                self._add("ktp", start, self.first_ends[nxt], i)
                return nxt + 1
            if words and words[-1] == "ktp":  # "KTP-el": the "ktp" before takes it in
                self.ends[-1] = end
                return nxt
        if flags & _TAK and nxt < len(infos) and infos[nxt][2] & _APPLICATIVE:
            # Javanese "tak ajukne" (I submitted it) is not Indonesian "tak" (not).
            token_words = ("saya",)
        if flags & _KET and words and words[-1] == "surat":
            token_words = ("keterangan",)  # "surat ket kematian"
        adjacent = i > 0 and start == self.first_ends[i - 1]
        # "BP2MI", "P2TP2A": a digit between letters is part of an acronym, not a repeat.
        glued = nxt < len(infos) and self.first_starts[nxt] == end
        if flags & _TWO and adjacent and not glued and words and words[-1].isalpha():
            # Reduplication written with a digit: "tiba2" -> "tiba tiba".
            self.copies.append(len(words))
            self._add(words[-1], start, end, i)
            return i + 1
        for word in token_words:
            if word == "belum" and words and words[-1] == "tidak" and not adjacent:
                # Sundanese "teu acan", Javanese "ora durung": one "not yet".
                words[-1] = "belum"
                self.ends[-1] = end
                continue
            self._add(word, start, end, i)
        return i + 1

    def _joins_ktp(self, i: int) -> bool:
        """Whether "e"/"el" at ``i`` is written onto its "ktp" (by a hyphen or spaces)."""
        if self.infos[i][1] == "e":
            k = i + 1
            gap = self.text[self.first_ends[i] : self.first_starts[k]]
        else:
            k = i - 1
            gap = self.text[self.first_ends[k] : self.first_starts[i]]
        return not gap.replace("-", "", 1).strip() and not self.steps[max(i, k)]


def normalize_phrase(phrase: str) -> tuple[str, ...]:
    """Normalise a vocabulary phrase the same way as complaint text.

    A trailing ``*`` on a word (``blokir*``) is kept: it marks a prefix match. The
    placeholders ``#num`` (any number) and ``#id`` (a long identifier number) are kept.
    """
    out: list[str] = []
    for raw in phrase.split():
        if raw.endswith("*") or raw in PLACEHOLDERS:
            out.append(raw.lower())
            continue
        for match in _TOKEN.finditer(raw):
            out.extend(_norm_word(match.group()))
    return tuple(out)
