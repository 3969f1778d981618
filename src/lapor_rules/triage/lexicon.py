"""The default lexical signals: named vocabularies over normalised tokens.

Each signal is a list of phrases written in plain Indonesian; they are normalised with the
same code as complaint text (so "blm jadi", "belum jadi" and "belom jadiii" all match
"belum jadi"). A trailing ``*`` on a word is a prefix match (``blokir*`` matches "blokir",
"blokirnya"). A signal marked ``negatable`` does not fire when it is negated ("bukan
darurat"), hypothetical ("kalau ... pinjol"), or a resolved past ("dulu pernah ada pungli,
sekarang sudah bagus").

The vocabularies encode the concepts of the triage rubric (``triage-rubric.md``); they are
not lists of phrases from any data set.
"""

from __future__ import annotations

from lapor_rules.text import Bilingual
from lapor_rules.triage.rules import Signal

__all__ = ["DEFAULT_SIGNALS"]

_SRC = "triage-rubric.md"


def _split(phrases: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in phrases.split("|") if p.strip())


def _sig(
    sid: str,
    id_: str,
    en: str,
    phrases: str,
    *,
    negatable: bool = True,
    allegation: bool = False,
    request: bool = False,
    unless: str = "",
    source: str = _SRC,
) -> Signal:
    return Signal(
        id=sid,
        description=Bilingual(id=id_, en=en),
        phrases=_split(phrases),
        unless=_split(unless),
        negatable=negatable,
        allegation=allegation,
        request=request,
        source=source,
    )


#: Nouns for personal data and its carriers: a generic verb ("dijual") is a leak only after
#: one of them.
#: Someone who cannot say who they are ("tidak ingat nama dan alamat", "gk ingat nama &
#: alamat"): a danger now for `safety_risk`, a person without identity for `no_identity`.
_CANNOT_SAY_WHO = " | tidak ingat nama dan | tidak ingat nama atau | tidak ingat nama alamat"
#: A phone number that no longer works is no NIK problem and blocks no service ("nomor
#: HP-nya sudah tidak aktif"): ``unless`` phrases shared by the signals that "tidak aktif"
#: would otherwise trigger.
_PHONE_INACTIVE = (
    " | nomornya tidak aktif | nomor nya tidak aktif | nomor tidak aktif | nomor hp tidak aktif"
    " | nomornya ... tidak aktif | nomor hp ... tidak aktif | nomor wa ... tidak aktif"
    " | nomor whatsapp ... tidak aktif | nomor telepon ... tidak aktif | nomor telp ... tidak aktif"
    " | nomor pak ... tidak aktif | nomor petugas ... tidak aktif | nomor kantor ... tidak aktif"
    " | nomor layanan ... tidak aktif | wa ... sudah tidak aktif | whatsapp ... sudah tidak aktif"
)
#: A board, banner or poster named as where information was read is a source, not the
#: topic ("padahal papan di depan kantor menulis layanan sampai jam 15.00"): ``unless``
#: phrases shared by ``facility_topic`` and ``suggestion_or_praise``.
_BOARD_AS_SOURCE = (
    " | ditempel di papan | tertempel di papan | tertera di papan"
    " | tertulis di papan | tercantum di papan | baca di papan | baca sendiri di papan"
    " | lihat di papan"
    " | lihat sendiri di papan | dibaca di papan | dilihat di papan | sesuai papan"
    " | sesuai di papan | yang ada di papan | baca papan | membaca papan | baca ... papan"
    " | yang ada di baliho | yang ada di poster | yang ada di spanduk | yang di baliho"
    " | yang di poster | yang di spanduk | papan ... menulis | papan di depan kantor"
    " | ditulis di spanduk | tertulis di spanduk"
)
#: "supaya", "agar", "biar": so that (a purpose; with "tidak", a prevention).
_SO_THAT = ("supaya", "agar", "biar")
_DATA_NOUNS = ("data", "ktp", "kk", "nik", "identitas", "fotokopi", "foto", "dokumen",
               "berkas", "akta", "alamat", "datanya")  # fmt: skip

#: Phrases that say nobody is in care or in danger now: the stay ended (at home, or with a
#: death), the harm is only feared, or a record of a stay is meant. Shared by the "unless"
#: lists of ``health_emergency`` and ``health_now``.
_NOT_IN_CARE_NOW = (
    "pulang opname | pulang dari opname | selesai opname | habis opname | setelah opname"
    # Cared for at home is no stay in hospital ("sedang dirawat di rumah habis operasi").
    " | dirawat di rumah | sedang dirawat di rumah | masih dirawat di rumah"
    # A card lost during a past stay ("KTP-el bapak hilang waktu dirawat di RS bulan lalu").
    " | hilang waktu dirawat di rs | hilang waktu dirawat di rumah sakit"
    " | hilang saat dirawat di rs | hilang saat dirawat di rumah sakit"
    # "Tolong dibenahi sebelum ada yang pingsan": a harm feared, not happening.
    " | sebelum ada yang pingsan | sebelum ada yang sakit | dapat layanan gawat darurat"
    " | tunggu ada yang pingsan"
    # A rhetorical question about a waiting room ("AC mati ... Mau bikin warga pingsan???");
    # a viral video of someone else's patient ("Viral video pasien ditolak RS").
    " | membuat warga pingsan | video pasien ditolak rs | video pasien ditolak rumah sakit"
    # "Ibu saya meninggal di ruang ICU ... awal Juni lalu": the stay ended with a death.
    " | meninggal di ... icu | meninggal di ... nicu | meninggal di ... picu"
    " | meninggal di ... igd | meninggal di ... hcu | wafat di ... icu | berpulang di ... icu"
    # The reporter's job ("saya perawat ICU di RS swasta, kerja shift"), or a stay in
    # rehabilitation whose card is needed only after it ends: no one in danger now.
    " | perawat icu | perawat di icu | perawat igd | perawat di igd | dokter igd"
    " | dokter di igd | kerja di icu | bekerja di icu | kerja di igd | bekerja di igd"
    " | rehabilitasi rawat inap"
    # "muncul riwayat rawat inap yang bukan saya": a record, not a stay.
    " | riwayat rawat inap | riwayat opname | riwayat perdarahan | riwayat pendarahan"
    # Patients in general, told by a nurse or a visitor ("hampir tiap minggu ada pasien
    # yang tertahan di IGD"): no one's care at stake in this complaint.
    " | tiap minggu ada pasien ... igd | sering ada pasien ... igd | banyak pasien ... igd"
    " | tiap minggu ada pasien ... ugd | sering ada pasien ... ugd"
    # A procedure written ahead ("menyusun SOP IGD"), no patient now.
    " | sop igd | tidak ada pasien yang kami tangani"
    # "sering keluar masuk RS": a habit of stays told as background, none now.
    " | keluar masuk rumah sakit | bolak balik rumah sakit"
    # A symptom that comes and goes ("beliau sering sesak napas") is a condition, not a
    # danger told now.
    " | sering sesak napas | sering sesak nafas | sering kejang | sering pingsan"
    " | kadang sesak napas | kadang sesak nafas | kadang kejang | kadang pingsan"
    # A boarding school's rule, no ward ("mondok di pesantren dan tidak boleh keluar pondok").
    " | tidak boleh keluar pondok | tidak boleh keluar pesantren | tidak boleh keluar asrama"
)

DEFAULT_SIGNALS: tuple[Signal, ...] = (
    # --- critical situations -------------------------------------------------------------
    _sig(
        "health_emergency",
        "Nyawa atau kesehatan terancam sekarang (operasi, rawat inap, IGD, cuci darah)",
        "Life or health at risk now (surgery, admission, emergency room, dialysis)",
        "operasi | dioperasi | mau operasi | akan operasi | jadwal operasi | rawat inap | opname"
        # Breathing trouble now ("sejak kemarin sore tidak bisa bangun dan sesak").
        " | bangun dan sesak | mulai sesak | sesak sejak"
        " | icu | nicu | picu | igd | ugd | gawat darurat | darurat medis | cuci darah"
        " | hemodialisa | hemodialisis | kemoterapi | kemo | kritis | koma | sekarat"
        " | sakit keras | sakit parah | pendarahan | perdarahan | transfusi | serangan jantung"
        # Insulin run out, blood sugar at 400 ("insulinnya habis sejak kemarin").
        " | insulinnya habis | insulin habis | gula darahnya #num | tidak mau memberi insulin"
        " | tidak bisa berobat | tidak dapat berobat | tidak bisa dirawat | tidak bisa dioperasi"
        " | ditolak rumah sakit | ditolak oleh rumah sakit | rumah sakit menolak"
        " | tidak dilayani rumah sakit"
        " | mau melahirkan | akan melahirkan | segera melahirkan | sudah pembukaan | ketuban pecah"
        " | pecah ketuban | perawatan intensif | alat bantu napas | alat bantu nafas"
        " | ketubannya pecah | air ketuban pecah"
        " | pemasangan pen | pasang pen | stok insulin ... habis | insulin ... habis"
        # Labour under way and a breech baby to be referred.
        " | sudah mulas | mulas mulas | bayinya sungsang"
        " | sekarang sudah lemas"
        " | kontraksi | lagi melahirkan | sedang melahirkan | proses melahirkan | kesakitan"
        " | jadwal kemo | jadwal cuci darah | dirawat di rumah sakit"
        " | masuk rumah sakit"
        " | ruang isolasi | isolasi | kondisi drop | hcu | harus dirawat | perlu dirawat"
        " | prematur | inkubator | sesak napas | sesak nafas | tidak mau rujuk | tidak bisa dirujuk"
        " | tidak mau merujuk | kejang | pingsan | tidak sadarkan diri | gawat"
        " | tidak bisa ditangani | harus segera ditangani | nyawa | menolak merawat"
        " | tidak mau merawat | menolak pasien | demam tinggi | panas tinggi | dirawat sejak"
        " | masih dirawat | sedang dirawat | pemasangan ring | pasang ring | penyumbatan"
        " | tindakan medis | kelainan jantung | jantung bawaan | ambulans | ring jantung"
        " | usus buntu | ruang persiapan | ruang operasi | kateterisasi"
        # A risk of amputation is acute; "kaki saya diamputasi" (a past state) is not.
        " | bisa diamputasi | terancam diamputasi | harus diamputasi | harus ditindak"
        " | cuci darahnya | kemoterapinya | kemonya"
        " | perlu ditindak"
        # A wound gone bad and a referral under way ("kakinya luka bernanah dan demam.
        # Puskesmas mau merujuk ke RSUD").
        " | luka bernanah | lukanya bernanah | mau merujuk ke | akan merujuk ke"
        # Labour pains too early, a fever with stiffening ("perutnya kencang-kencang terus
        # padahal baru 34 minggu", "panasnya tinggi ... badannya kaku-kaku").
        " | perutnya kencang | kencang kencang terus | panasnya tinggi | badannya kaku"
        " | harus ditangani dokter | bayar deposit dulu baru ditangani"
        " | infeksinya sudah menjalar",
        unless="baru operasi | habis operasi | setelah operasi | pasca operasi | sudah operasi"
        # A faint seen in a queue ("sy liat bapak2 pucat antre 3 jam sampe hampir pingsan").
        " | hampir pingsan"
        " | operasi sudah dilakukan | operasi sudah berjalan"
        " | selesai operasi | sudah dioperasi | operasi kemarin | operasi minggu lalu"
        " | operasi bulan lalu | operasi tahun lalu | bekas operasi | "
        + _NOT_IN_CARE_NOW
        # Care that went ahead ("operasi ayah saya bisa jalan pakai BPJS setelah dibantu",
        # "ibu sudah cuci darah lagi seperti biasa").
        + " | operasi ... bisa jalan | sudah cuci darah lagi"
        # "operasi katarak ibu hampir batal", "hampir tidak bisa cuci darah": it did not.
        + " | operasi ... hampir batal | hampir batal operasi | hampir tidak bisa cuci darah"
        " | hampir tidak bisa operasi | hampir tidak bisa berobat",
    ),
    _sig(
        "health_now",
        "Sedang dirawat atau dalam keadaan gawat sekarang (bukan tindakan terjadwal)",
        "In care or in danger now (not a scheduled treatment)",
        "icu | nicu | picu | igd | ugd | gawat darurat | darurat medis | kritis | koma | sekarat"
        # Breathing trouble now ("tidak bisa bangun dan sesak").
        " | bangun dan sesak | mulai sesak | sesak sejak"
        " | pendarahan | sesak napas | sesak nafas | kejang | pingsan | tidak sadarkan diri"
        " | sudah pembukaan | pembukaan #num | lagi pembukaan | sedang pembukaan | ketuban pecah"
        " | kontraksi | sedang melahirkan | lagi melahirkan | proses melahirkan | kesakitan"
        " | pecah ketuban | sudah pecah ketuban | perawatan intensif | alat bantu napas"
        " | ketubannya pecah | air ketuban pecah"
        " | alat bantu nafas | ventilator"
        " | dirawat di rumah sakit | sedang dirawat | masih dirawat | dirawat sejak | rawat inap"
        " | opname | harus dirawat | perlu dirawat | tidak bisa dirawat | menolak merawat"
        " | tidak mau merawat | menolak pasien | ditolak rumah sakit | rumah sakit menolak"
        " | demam tinggi | panas tinggi | inkubator | ruang isolasi | kondisi drop | hcu | nyawa"
        " | tidak boleh keluar | belum diizinkan keluar | tidak diizinkan pulang"
        " | tertahan di rumah sakit | ditahan rumah sakit"
        # Medicine that runs out tonight ("stok insulin di rumah tinggal untuk malam ini").
        " | tinggal untuk malam ini | hanya cukup untuk malam ini | tinggal untuk hari ini"
        " | hanya cukup untuk hari ini | tinggal untuk besok | hanya cukup untuk besok"
        # "Stok insulinnya tinggal cukup buat suntikan malam ini aja", "Tabungnya tinggal
        # kira2 cukup 5-6 jam lagi".
        " | stok insulinnya tinggal | stok insulin tinggal | insulinnya tinggal cukup"
        " | tabungnya tinggal | tabung oksigen tinggal | oksigennya tinggal",
        unless=_NOT_IN_CARE_NOW,
    ),
    _sig(
        "burial_blocked",
        "Jenazah tidak bisa dimakamkan atau dipulangkan",
        "A body cannot be buried or repatriated",
        "jenazah | dimakamkan | dikuburkan | dikebumikan | pemakamannya | izin pemakaman"
        " | izin makam | surat izin makam | pemulangan jenazah | dipulangkan ke kampung"
        " | mau dimakamkan | akan dimakamkan | belum bisa dimakamkan | tidak bisa dimakamkan"
        " | tpu | liang lahat | kremasi | dikremasi | krematorium | disemayamkan | rumah duka"
        " | jenazah tidak mungkin ditahan | pengurus makam minta | makam minta surat"
        # "Penjaga makam tidak mau menggali sebelum ada surat keterangan kematian".
        " | penjaga makam tidak mau | tidak mau menggali | ingin memakamkan | mau memakamkan"
        # "Kami mau terbangkan dia pulang ... kargo maskapai minta surat keterangan kematian".
        " | kargo maskapai minta | kargo minta surat | terbangkan dia pulang"
        " | menerbangkan jenazah",
        unless="sudah dimakamkan | sudah dikuburkan | sudah dikebumikan | pemakaman sudah"
        " | dimakamkan kemarin | biaya pemakaman | setelah dimakamkan | sesudah dimakamkan"
        " | setelah pemakaman | dimakamkan minggu lalu | dimakamkan bulan lalu"
        " | jenazah sudah dimakamkan | jenazah sudah dikuburkan | jenazah telah dimakamkan"
        " | dimakamkan ... kemarin | dikuburkan ... kemarin | dimakamkan ... minggu lalu"
        # "wafat di Arafah ... dan dimakamkan di sana": the burial took place.
        " | dan dimakamkan di sana | dan dimakamkan di tanah suci"
        # "meninggal tanggal 2 Februari ... dan dimakamkan di kampung": told as done.
        " | dan dimakamkan di"
        # "jadi jenazah bisa diterbangkan ke Toraja tepat waktu": it was.
        " | jenazah bisa diterbangkan | bisa diterbangkan ... tepat waktu"
        # A broker waiting at a morgue ("menunggu di depan ruang jenazah").
        " | depan ruang jenazah"
        # A reason given for a suggestion ("karena jenazah kan tidak bisa menunggu").
        " | jenazah kan tidak bisa menunggu",
    ),
    _sig(
        "identity_misuse",
        "Identitas atau data dipakai orang lain sekarang (pinjol, rekening, kartu SIM, kejahatan)",
        "Identity or data misused by someone else now (online loans, accounts, SIM cards, crime)",
        "pinjol | pinjaman online | pinjaman atas nama saya | kredit atas nama saya"
        # A digital ID signed in elsewhere ("Akun IKD Anda telah login di perangkat lain").
        " | telah login di perangkat lain | sudah login di perangkat lain"
        # A number "didaftarkan pakai NIK & no KK sy" and used to call the reporter's
        # contacts.
        " | didaftarkan pakai nik | didaftarkan memakai nik | didaftarkan menggunakan nik"
        # Credit on an app the reporter has no account with ("tagihan paylater 2,3 jt atas
        # nama sy di aplikasi belanja yg sy gk punya akun"); numbers registered that the
        # reporter never registered ("Sy gk pernah daftarin nomor2 itu").
        " | yang saya tidak punya akun | tagihan paylater | tidak pernah mendaftarkan nomor"
        # "'Verifikasi akun premium berhasil' pake data KTP sy, padahal sy gk pny akun di
        # aplikasi itu".
        " | saya tidak punya akun di"
        " | utang atas nama saya | hutang atas nama saya | dipakai orang | dipakai oleh orang"
        " | atas nama saya yang sedang dipakai | atas nama saya sedang dipakai"
        # A card in the reporter's name held by a stranger ("KTP dgn NIK ... atas nama sy,
        # tapi fotonya bukan sy").
        " | atas nama saya tapi fotonya bukan | atas nama saya tetapi fotonya bukan"
        # "ngajuin kredit motor pakai KTP atas nama & NIK sy, tp fotonya beda", "mau ambil
        # bansos BLT atas nama sy pakai KTP yg fotonya bukan sy".
        " | nik saya tapi fotonya beda | nik saya tapi fotonya bukan | pakai ktp yang fotonya bukan"
        # "mau buka rekening pakai KTP dgn nama & NIK sy (3199...) tp fotonya bukan sy", the
        # number read as "#id" (not
        # "KTP baru saya sudah jadi tapi fotonya bukan saya", a card printed wrong).
        " | nik saya #id tapi fotonya bukan | nik sama persis tapi fotonya bukan"
        # Loan OTPs arriving after a scam ("terima SMS kode OTP dari 4 aplikasi pinjaman"), a
        # stranger treated on the reporter's card ("ada yg pake kartu/NIK sy utk berobat").
        " | kode otp dari #num aplikasi | pakai kartu nik saya"
        # "NIK & nama sy terdaftar sbg anggota Partai ...".
        " | terdaftar sebagai anggota partai"
        # Accounts the reporter never opened, or taken over ("akun saya login di HP orang",
        # "dia masih transaksi pakai paylater saya"), loans from apps never joined.
        " | tidak pernah membuka rekening | rekening kedua atas"
        " | login di hp orang | pakai paylater saya | tidak pernah daftar aplikasi apa pun"
        " | yang katanya atas nama saya | atas nik saya yang dipakai | memakai wa saya"
        " | memakai whatsapp saya | pakai wa saya untuk"
        " | tidak pernah daftar aplikasi apapun"
        " | digunakan orang | digunakan oleh orang | dipakai pihak lain | digunakan pihak lain"
        " | disalahgunakan | penyalahgunaan data | penyalahgunaan identitas | pencurian identitas"
        " | mencatut | dicatut | mengatasnamakan saya | memakai nik saya | menggunakan nik saya"
        " | memakai identitas saya | menggunakan identitas saya | memakai data saya"
        " | menggunakan data saya | ditagih | penagih | debt collector | rekening atas nama saya"
        " | dibuka atas nama saya | didaftarkan atas nama saya | terdaftar atas nama saya"
        " | dibobol | penipuan atas nama | akun palsu | identitas palsu | nik saya dipakai"
        " | data saya dipakai | ktp saya dipakai | ktp saya digunakan | foto ktp saya dipakai"
        " | pakai nik saya | pakai data saya | pakai identitas saya | pakai ktp saya"
        " | pakai foto ktp saya | pakai nomor saya | pakai nama saya | memakai nama saya"
        " | tidak pernah saya ajukan | tidak pernah mengajukan | tidak pernah saya buat"
        # Credit applied for "pakai verifikasi IKD sy" (a digital ID taken over), a login "di
        # perangkat baru padahal HP sy cuma 1"; a card and selfie "dipakai akun IG 'admin
        # investasi emas'"; paylater bills for goods "yg gk pernah kami beli".
        " | pakai verifikasi ikd saya | memakai verifikasi ikd saya"
        # "NIK sy dimasukkan ke KK Amaq Sarip ..., dan KK itu yg dipakai mencairkan BPNT atas
        # nama sy".
        " | dipakai mencairkan"
        # A vehicle registered in the reporter's name ("mobil atas nama sa, pake sa pu NIK"),
        # a paylater account never opened ("ambo indak pernah daftar paylater").
        " | mobil atas nama saya"
        # Mobile banking taken over at another branch ("org ganti nomor HP m-banking sy pakai
        # fotokopi KTP & KK sy"), the balance draining.
        " | ganti nomor hp m banking"
        # A NIK "tercatat sbg anggota salah satu partai" never joined; a digital ID activated
        # "di perangkat baru, pdhl sy gk ganti HP".
        " | anggota salah satu partai | di perangkat baru padahal"
        " | tidak pernah daftar paylater"
        " | login di perangkat baru padahal | selfie saya dipakai | dipakai akun ig"
        " | dipakai akun instagram | dipakai akun facebook | dipakai akun tiktok"
        " | tidak pernah kami beli | tidak pernah mengaktifkan paylater"
        " | tidak saya kenal | tidak pernah saya kenal | kredit online | aplikasi kredit"
        " | pinjaman | meminjam uang ke | kartu perdana | registrasi kartu | tawaran kredit"
        " | tawaran pinjaman | diteror | ditelepon terus | jual tanah saya | menjual tanah saya"
        " | balik nama tanpa | mengaku sebagai saya | pakai identitas | koperasi online"
        " | katanya saya punya hutang | dibilang punya hutang | disebut punya hutang"
        " | tidak pernah hutang | tidak pernah pinjam | tidak pernah meminjam | tagihan atas nama"
        " | nama saya dipakai | nama saya digunakan | nama saya didaftarkan | dengan nik saya"
        " | nik saya terdaftar | nik saya terpakai | terdaftar pakai nik saya"
        " | terdaftar dengan nik saya | registrasi pakai nik saya | kartu sim atas nama"
        " | sim card atas nama | nomor hp atas nama | dompet digital atas nama"
        " | e wallet atas nama | akun atas nama saya | ktp saya dipakai orang"
        " | tercatat sebagai direktur | tercatat sebagai pemilik | tidak pernah mendirikan"
        # A company set up with the reporter's card ("dengan saya sebagai direktur"); a
        # stream of sign-up codes from apps never joined ("14 kode OTP dari beberapa
        # aplikasi paylater").
        " | saya sebagai direktur | #num kode otp"
        # A dead father's name still buying ("notifikasi transaksi baru atas nama beliau");
        # money leaving a wallet ("transfer keluar Rp500 ribu, Rp1 juta, barusan lagi").
        " | transaksi baru atas nama | transfer keluar rp"
        " | saldo m banking saya berkurang | saldo mbanking saya berkurang"
        # Paylater purchases right after a phishing form; a fundraiser in a child's name.
        " | transaksi paylater | galang dana atas nama"
        # A paylater account "terdaftar dengan NIK dan foto KTP saya" the reporter never had.
        " | dengan nik dan foto ktp saya | tidak memiliki akun di layanan"
        " | diganti kartu baru | nomor saya diganti | nomor hp saya diganti | sim swap"
        " | bukan saya yang | tidak pernah punya senjata | senjata ... atas nama"
        # A digital ID activated on a device the reporter never had ("Perangkat baru
        # berhasil melakukan aktivasi ... Saya tidak pernah aktivasi IKD").
        " | tidak pernah aktivasi | tidak pernah mengaktivasi | tidak pernah melakukan aktivasi"
        " | perangkat baru berhasil | rekening ... atas nama saya"
        # SIM cards registered with the reporter's NIK ("nomor baru berhasil diregistrasi
        # dengan NIK dan KK saya. Saya tidak pernah membeli kartu perdana itu").
        " | diregistrasi dengan nik | diregistrasi pakai nik | diregistrasi menggunakan nik"
        " | teregistrasi pakai nik | teregistrasi dengan nik | teregistrasi menggunakan nik"
        # A paylater account opened with the reporter's card ("Akunnya pakai NIK dan foto
        # KTP saya, tapi nomor HP-nya bukan punya saya").
        " | pakai nik dan foto ktp saya | memakai nik dan foto ktp saya | akunnya pakai nik"
        " | akunnya memakai nik | akunnya menggunakan nik"
        " | tidak pernah membeli kartu perdana | tidak pernah beli kartu perdana"
        " | memakai ktp dan foto selfie saya | ktp dan foto selfie saya untuk"
        # "akun jualan yang memakai foto KTP dan selfie saya sebagai bukti penjual".
        " | memakai foto ktp ... saya | menggunakan foto ktp ... saya"
        # Paylater and e-wallets taken over now.
        " | paylater atas nama | sudah diganti orang | saldonya keluar"
        # An e-wallet drained after a phishing call ("saldo dompet digital saya berkurang
        # terus", "transaksi lagi ke rekening yang saya tidak kenal").
        " | saldo dompet digital ... berkurang | rekening yang saya tidak kenal"
        " | diaktifkan di perangkat baru | aktivasi di perangkat baru"
        " | perubahan nomor hp akun ikd"
        " | identitas saya dipakai | data saya disalahgunakan"
        " | rekening bank atas nama saya | pakai fotokopi ktp saya | memakai fotokopi ktp saya"
        # Collectors with a copy of the reporter's card for a credit never taken.
        " | membawa fotokopi ktp saya | bawa fotokopi ktp saya | tidak pernah beli motor"
        # Someone registered with the reporter's NIK and name but her own photo; a caller
        # posing as Dukcapil who took an SMS code, then the money and the IKD account.
        " | memakai nik dan nama saya | pakai nik dan nama saya | menggunakan nik dan nama saya"
        " | notifikasi transfer keluar | akun ikd saya sudah diganti"
        # Accounts opened in the reporter's name; an impostor of a dead father.
        " | rekening baru atas nama saya | tidak pernah buka rekening | mengaku bapak saya"
        " | saldo tabungan saya berkurang | akun yang memakai nik saya | itu bukan akun saya"
        " | menagih cicilan ... katanya saya"
        " | menggunakan fotokopi ktp saya | fotokopi ktp saya dipakai | hutang ... tidak pernah"
        " | tidak pernah saya ambil | mukanya orang lain | wajahnya orang lain | akun judi"
        " | judi online | diverifikasi pakai | dipakai transaksi | dipakai untuk transaksi"
        " | registrasi #num nomor | #num nomor prabayar | nomor prabayar | menagih hutang"
        " | mukanya bukan saya | wajahnya bukan saya | ktp saya yang dipakai"
        # A forged card with the reporter's NIK and someone else's face; an account used to
        # hold a fraud's money.
        " | nik saya tapi foto | nik saya tetapi foto | nik suami saya tetapi foto"
        " | nik suami saya tapi foto | foto dan tanda tangan orang lain | dipakai menampung"
        # Aid drawn in the reporter's name by someone with another face ("saya tidak pernah
        # mengambil ... fotonya perempuan lain"); a credit "katanya saya kredit"; a wallet
        # emptied and a messaging account taken over.
        " | fotonya perempuan lain | fotonya laki laki lain | tapi fotonya perempuan"
        " | yang katanya saya kredit"
        " | saldo dompet digital saya tinggal nol | saldonya tinggal nol | wa saya diambil alih"
        " | akun wa saya diambil alih | whatsapp saya diambil alih"
        # A selfie with the card used by an account that sells "verified" accounts.
        " | dengan ktp itu dipakai di akun | pegang ktp itu dipakai di akun"
        " | digunakan menampung | rekening penampung"
        " | #num nomor hp terdaftar | nomor hp terdaftar pakai nik | mengaku jadi saya"
        " | mengaku ngaku jadi saya | ngaku ngaku jadi saya"
        " | kartu kredit atas nama saya | tidak pernah ajukan kartu kredit"
        " | tidak pernah mengajukan kartu kredit | tidak pernah saya beli"
        " | pakai nama dan foto | pakai nama dan foto ktp saya | bikin akun whatsapp"
        " | foto di ktp yang dipakai bukan saya | kartu saya sudah diganti"
        " | atas nama dan nik saya | tidak pernah ambil kredit | tidak pernah mengambil kredit"
        # "NIK saya dipakai mendaftarkan 37 nomor"; not "dipakai untuk mendaftarkan orang tua".
        " | dipakai mendaftarkan #num | digunakan mendaftarkan #num"
        " | dipakai untuk mendaftarkan #num | digunakan untuk mendaftarkan #num"
        " | terdaftar atas nik saya | dipakai menipu | sudah terdaftar di #num nomor"
        " | orangnya mengaku saya | saya tidak pernah ambil | saya tidak pernah kredit"
        " | dibuka online pakai | pakai nik dan data | tidak pernah jadi nasabah"
        " | atas nik anak saya dibuka | atas nik saya dibuka"
        " | tidak pernah kredit"
        " | digunakan menipu | dipakai untuk menipu | dipakai membuka ... rekening"
        # SIM cards registered on the NIK; a KTP with the reporter's NIK and another face.
        " | digunakan untuk registrasi nomor | dipakai untuk registrasi nomor"
        " | terdaftar atas nama dan nik saya"
        # A digital ID moved to someone else's phone ("dipindahkan ke perangkat lain. Saya
        # tidak melakukan itu").
        " | dipindahkan ke perangkat lain"
        # Someone else registering with the reporter's NIK (not the reporter's own sign-up).
        " | orang yang daftar pakai nik saya | orang yang mendaftar pakai nik saya"
        " | orang yang daftar dengan nik saya | orang yang mendaftar dengan nik saya"
        # Collectors with a credit contract in the reporter's name and a forged signature.
        " | kontrak kredit ... atas nama saya"
        # Numbers on the NIK ("NIK saya sudah dipakai untuk 3 nomor"); a phone taken over by a
        # fake app, then money out ("3 notifikasi transfer dari m-banking saya").
        " | dipakai untuk #num nomor | digunakan untuk #num nomor | #num notifikasi transfer"
        # A digital ID taken over ("akun KTP digital sa dipakai login di HP lain dan email
        # pemulihan su diganti"); codes from apps never joined ("yang sa tra pernah daftar").
        " | dipakai login di hp lain | dipakai login di perangkat lain"
        " | email pemulihan sudah diganti | yang saya tidak pernah daftar"
        # After an OTP given to a fake officer: the wallet emptied.
        " | saldo dompet digital saya habis"
        # A card shown at the counter with the reporter's NIK and another face.
        " | fotonya wajah orang lain | tapi fotonya wajah"
        " | tanda tangan yang bukan milik saya | tanda tangan yang bukan tangan saya"
        " | #num nomor atas nik saya | tapi fotonya orang lain | tapi mukanya orang lain",
        # Logging in or registering with one's own NIK is the reporter's own use; a loan
        # bill arriving at the address names someone, not necessarily the reporter.
        unless="surat tagihan pinjaman | tagihan pinjaman | login pakai nik saya"
        # A civil status tied to a stranger in the record ("status saya ... KAWIN dengan
        # laki-laki bernama ... yang tidak saya kenal"): a record falsified, not an identity
        # in use; the reporter's own use of the card ("KTP saya dipakai untuk semuanya").
        " | laki laki yang tidak saya kenal | perempuan yang tidak saya kenal"
        # A neighbour billed, told after the hearsay ("Tetangga sy katanya ..., skrg dia
        # ditagih2 terus").
        " | dia ditagih | dia ditagih ditagih"
        " | ktp saya dipakai untuk semuanya"
        # "pake fotokopi KTP, sy curiga penipuan": the reporter's suspicion starts a clause.
        " | pakai fotokopi ktp saya curiga | pakai ktp saya curiga"
        # Someone else's denial, told of a friend ("padahal dia gk pernah pinjam").
        " | dia tidak pernah pinjam | dia tidak pernah meminjam | dia tidak pernah mengajukan"
        # Asking who has accessed one's data ("sy cuma ingin tahu data sy dipakai siapa saja").
        " | data saya dipakai siapa saja | nik saya dipakai siapa saja"
        # A question whether a photo could be misused ("bisa disalahgunakan buat pinjol?").
        " | disalahgunakan untuk pinjol"
        # Bills in a former tenant's name ("surat-surat tagihan atas nama dia").
        " | tagihan atas nama dia | tagihan atas nama beliau | tagihan atas nama penyewa"
        # The reporter's own card in use ("KTP-el saya dipakai untuk bank, BPJS, semua
        # lancar"); a NIK "terdaftar dua" is a duplicate record, not a use by someone.
        " | ktp saya dipakai untuk bank | nik saya dipakai untuk bank | nik saya terdaftar 2"
        # Used with the reporter's knowledge ("didaftarkan istri pakai KTP saya, dengan
        # sepengetahuan saya").
        " | pakai ktp saya ... sepengetahuan saya | pakai nik saya ... sepengetahuan saya"
        " | pakai ktp saya ... seizin saya | pakai nik saya ... seizin saya"
        # A card held by a lender as collateral is a document held, not an identity used.
        " | dipegang pemberi pinjaman | jaminan pinjaman | jaminan utang | jaminan hutang"
        " | penagih utang ... sebagai jaminan | penagih hutang ... sebagai jaminan"
        # A recycled phone number now someone else's ("nomor lama sudah hangus dan sekarang
        # dipakai orang lain"); a card held by a collector; offers and banks unknown; a
        # lender named as a trade ("mitra penagihan beberapa penyelenggara pinjaman").
        " | sudah hangus ... dipakai orang | nomor itu yang sekarang dipakai orang"
        " | sekarang nomor itu dipakai orang | mencairkan pinjaman"
        " | dipakai orang lain karena hangus | nomor itu sekarang sudah dipakai orang"
        # A change asked for ("Mohon nomor HP saya diganti").
        " | mohon nomor hp saya diganti | tolong nomor hp saya diganti"
        " | minta nomor hp saya diganti"
        " | dipegang penagih | ditahan penagih | dibawa penagih | sms tawaran pinjaman"
        " | bank bank yang tidak saya kenal | dari bank yang tidak saya kenal"
        # A card handed to someone the reporter does not know ("KTP asli saya ada di tangan
        # orang yang tidak saya kenal") is held, not yet used.
        " | di tangan orang yang tidak saya kenal"
        # A fear ("minta surat pengantar laporan KTP hilang, karena KTP saya takutnya dipakai
        # orang").
        " | takutnya dipakai orang | takutnya disalahgunakan | takut dipakai orang"
        # One NIK on two people ("NIK saya terdaftar atas 2 orang (nama beda ...)") is a
        # duplicate record.
        " | nik saya terdaftar atas #num orang"
        # A passing thought ("Sempat panik dikira dipake org, ternyata ...").
        " | dikira dipakai orang | saya kira dipakai orang | was was dipakai orang"
        # A check asked for ("ngecek NIK saya dipakai orang atau tidak") or a suspicion
        # ("saya curiga data saya dipakai diam-diam").
        " | nik saya dipakai orang atau tidak | curiga data saya dipakai"
        " | penyelenggara pinjaman"
        # A motive, no misuse told as going on ("pisah KK karena tidak mau lagi data saya
        # dipakai saudara").
        " | tidak mau lagi data saya dipakai | tidak mau data saya dipakai"
        # The reporter's own loan to come ("mau ajukan pinjaman modal usaha").
        " | mau ajukan pinjaman | mau mengajukan pinjaman | ingin mengajukan pinjaman"
        " | ingin ajukan pinjaman"
        # Misuse only possible ("Apakah KK itu bisa disalahgunakan?", "bisa-bisa data saya
        # disalahgunakan orang").
        " | bisa disalahgunakan | bisa bisa data saya disalahgunakan | bisa bisa disalahgunakan"
        # The reporter's own lookup ("cek DPT online pakai NIK saya").
        " | cek ... pakai nik saya | mengecek ... pakai nik saya"
        # Living on a friend's loan is no loan in the reporter's name.
        " | pinjaman teman | pinjaman dari teman | pinjaman saudara | pinjaman dari saudara"
        " | hidup dari pinjaman"
        # Collectors after a former tenant.
        " | penghuni sebelumnya"
        # The same NIK held by a person elsewhere is a duplicate record.
        " | dipakai oleh orang lain di kabupaten lain | dipakai orang lain di kabupaten lain"
        # A record problem, not misuse: "NIK saya terdaftar sebagai penduduk desa lain"; a
        # SIM card that cannot be registered.
        " | nik saya terdaftar sebagai penduduk | tidak bisa registrasi kartu perdana"
        " | ktp saya dipakai ke"
        # The reporter's own use ("KTP saya dipakai untuk nyoblos", "KTP fisik saya masih
        # bisa dipakai transaksi di bank").
        " | ktp saya dipakai untuk nyoblos | ktp saya dipakai nyoblos"
        # The reporter's own purchase, a comparison, a record change never asked for.
        " | beli kartu perdana | membeli kartu perdana | beda dengan nik saya"
        " | bukan saya yang merusak | bukan saya yang rusak"
        # "Sy cuma nanya ya, bukan sy yg kena": nobody's identity is used.
        " | bukan saya yang kena | bukan saya yang jadi korban | bukan saya yang mengalami"
        " | tidak pernah mengajukan pengurangan | tidak pernah mengajukan penghapusan"
        " | ktp saya dipakai untuk mencoblos | masih bisa dipakai transaksi"
        " | tidak bisa registrasi kartu"
        " | login dengan nik saya | login menggunakan nik saya"
        " | masuk pakai nik saya | masuk dengan nik saya | klampid pakai nik saya"
        " | aplikasi pakai nik saya | daftar pakai nik saya | mendaftar pakai nik saya"
        " | daftar dengan nik saya | mendaftar dengan nik saya | daftar menggunakan nik saya"
        " | mendaftar menggunakan nik saya"
        # A record change the reporter never asked for is an unauthorised change.
        " | tidak pernah mengajukan pindah | tidak pernah mengajukan pisah"
        " | tidak pernah mengajukan pecah | tidak pernah mengajukan perubahan"
        " | tidak pernah mengajukan ... perubahan"
        " | ktp saya dipakai biasa | ktp saya dipakai seperti biasa | ktp saya dipakai normal"
        " | ktp saya masih bisa dipakai"
        " | nik saya dipakai di mana | nik saya dipakai dimana"
        " | apa saja yang terdaftar dengan nik saya | apa saja yang terdaftar atas nik saya"
        # A queue number taken by someone else is no identity.
        " | nomor yang sama sudah dipakai orang | nomor antrean ... dipakai orang"
        " | nomor antreannya dipakai orang"
        # A loan offered by text is marketing, not a loan taken out; a house broken into
        # is a burglary, not a hacked account.
        " | penawaran pinjaman | sms penawaran | rumah ... dibobol | kontrakan dibobol"
        # The reporter's own loan, or food borrowed from a neighbour.
        " | urus pinjaman | mengurus pinjaman | pinjaman kur | pinjaman tetangga"
        # A lender or collector named in passing ("dikembalikan oleh bos pinjaman harian",
        # "dibawa kabur penagih utang", "debitur kami"), bank offers by post.
        " | bos pinjaman | pinjaman harian | dibawa kabur penagih | debitur kami"
        # A card taken or held by a collector is a document held, not an identity used.
        " | diambil sama debt collector | diambil debt collector | dipegang debt collector"
        " | tidak mau dia terus pakai"
        " | penawaran dari bank"
        # Fake accounts posing as the office, not as the reporter.
        " | mengatasnamakan disdukcapil | mengatasnamakan dukcapil | akun palsu mengatasnamakan"
        " | logo disdukcapil | logo dukcapil"
        # A question whether old copies can still be used ("apa masih bisa dipake org?").
        " | apa masih bisa dipakai orang | apakah masih bisa dipakai orang"
        # A purpose ("supaya tidak bisa dipakai orang") is no misuse.
        " | tidak bisa dipakai orang | supaya tidak dipakai orang | agar tidak dipakai orang"
        " | dibobol maling | dibobol pencuri"
        # A car or a house broken into ("Mobil sy dibobol di parkiran, tas isi KTP ilang").
        " | mobil saya dibobol | mobil dibobol | rumah saya dibobol | rumah dibobol"
        " | dibobol di parkiran",
    ),
    _sig(
        "misuse_prevention",
        "Takut atau ingin mencegah penyalahgunaan (cerita orang lain, pertanyaan pencegahan)",
        "Fear of misuse or asking how to prevent it (someone else's story, a prevention question)",
        "jadi takut | jadi khawatir | jadi was was | fitur kunci | kunci nik | jadi parno"
        " | jadi cemas | cara ngecek"
        # "Gimana caranya tau NIK kita dipakai ...?", a feature suggested, a lawyer's client.
        " | caranya tahu nik | cara tahu nik | fitur pemberitahuan | klien saya korban"
        # Brokers offering to "clean" a NIK of its loan record.
        " | bersihkan nik | jasa bersihkan | takut nanti disalahgunakan"
        # "Bagaimana cara mengetahui nomor HP apa saja yang terdaftar memakai NIK saya?"
        " | cara mengetahui nomor | cara mengetahui nik | cara tahu nomor | cara cek nomor"
        " | caranya saya tahu | cara saya tahu | nomor hp apa saja yang terdaftar"
        " | cara resmi mengecek | mengecek apakah nik saya"
        # "Apa fotokopi KTP bisa dipakai orang buat macam-macam?"; a feature suggested.
        " | bisa dipakai orang buat macam macam | bisa dipakai orang untuk macam macam"
        " | kalau ada yang pakai data kita | kalau ada yang memakai data kita"
        # A study of misuse in general ("saya mahasiswa yang sedang meneliti ...").
        " | sedang meneliti | penelitian tentang | data agregat"
        " | hanya ingin berjaga jaga | ingin berjaga jaga"
        # "caranya supaya tidak disalahgunakan", "cara biar NIK saya aman"; not "caranya
        # supaya keluarga kami tetap dapat".
        + "".join(
            f" | {how} {so} {what}"
            for how in ("cara", "caranya")
            for so in _SO_THAT
            for what in ("tidak", "data", "nik", "ktp")
        )
        # "supaya tidak dipakai pinjol", "agar tidak terjadi".
        + "".join(
            f" | {so} tidak {what}"
            for so in _SO_THAT
            for what in ("dipakai", "disalahgunakan", "terjadi")
        )
        + " | lihat berita | liat berita | baca berita | di berita"
        # News read ("Saya membaca berita soal jutaan data penduduk yang katanya dijual"), a
        # topic in the air ("Gara-gara rame kebocoran data"), a goal ("supaya tidak usah kasih
        # fotokopi KTP ke mana-mana"), a safeguard suggested ("cara memberi watermark").
        " | membaca berita | rame kebocoran | ramai kebocoran | tidak usah kasih fotokopi"
        # A fear told after a rumour ("Denger2 data Dukcapil bocor lagi ya? Sy takut data sy
        # dijual org").
        " | takut data saya dijual | takut data saya bocor"
        " | tidak perlu lagi kasih fotokopi | memberi watermark"
        " | malas ngasih fotokopi | males ngasih fotokopi | malas kasih fotokopi"
        " | males kasih fotokopi | malas memberi fotokopi"
        " | belum kejadian | belum terjadi"
        " | cara mencegah | mencegah | pencegahan | supaya aman | mencegahnya"
        " | nanti dipakai orang | jangan sampai dipakai orang | saya tidak pernah ditagih"
        " | bisa tidak nik saya disalahgunakan"
        " | agar aman | biar aman | tetap aman"
        " | bukan itu yang | bukan itu yang mau | bukan soal itu"
        " | saya sendiri tidak ada masalah | belum ada pinjaman | belum ada tagihan"
        " | tidak ada tagihan | cara cek apakah nik saya | apakah nik saya pernah dipakai"
        " | tidak terulang | kejadian serupa | dengan izin beliau | dengan izin saya"
        " | jadi aman | ternyata aman | alamat saya dilindungi | data saya dilindungi"
        # A scam message that turned out to be nothing ("sepertinya penipuan").
        " | cara melindungi | sepertinya penipuan | sms penipuan"
        " | ingin cek berapa nomor | mau cek berapa nomor | cek berapa nomor"
        # A fear ahead ("Takutnya nanti NIK saya dipakai orang. Belum saya kirim"), a scam
        # message checked and ignored ("data saya bersih", "tidak saya klik").
        " | takutnya nanti nik saya dipakai | belum saya kirim | data saya bersih"
        " | punya saya sendiri | cara rutin memantau"
        " | tidak saya klik | saya tidak klik"
        " | tidak ada pinjaman atas nama saya | resmi atau bukan | resmi atau tidak"
        " | cek nik saya terdaftar | untuk cek nik saya | mengecek nik saya terdaftar"
        " | cara mengecek sendiri | cara cek sendiri | mengecek sendiri apakah"
        " | jadi tidak ada apa apa | ternyata istri saya yang | ternyata suami saya yang"
        " | cek sendiri apakah"
        " | belum isi apa apa | belum mengisi apa apa"
        " | ternyata itu nomor | nomor istri | semuanya milik kami | milik kami sendiri"
        " | milik keluarga kami",
        # Numbers on the NIK "dipakai kirim SMS penipuan": the misuse itself, not a warning.
        unless="dipakai kirim sms penipuan | dipakai mengirim sms penipuan"
        " | dipakai untuk kirim sms penipuan",
        negatable=False,
    ),
    _sig(
        "burial_done",
        "Jenazah sudah dimakamkan atau dipulangkan",
        "The body has already been buried or brought home",
        "sudah dimakamkan | sudah dikuburkan | sudah dikebumikan | sudah dipulangkan"
        " | telah dimakamkan | pemakaman sudah | sudah dikremasi | dipulangkan dan dimakamkan"
        " | dimakamkan hari itu juga | dimakamkan pada hari yang sama"
        " | dimakamkan siang itu juga | dimakamkan sore itu juga | dimakamkan pagi itu juga"
        # "meninggal di rumah sakit provinsi ..., kemudian dimakamkan di kampung" ("lalu" is
        # also a Sasak name and stays out of the vocabulary).
        " | kemudian dimakamkan di"
        " | jadi jenazah ... bisa diberangkatkan"
        " | bisa dimakamkan tepat | sudah bisa dimakamkan | akhirnya bisa dimakamkan"
        " | pemakaman sudah selesai | pemakaman berjalan lancar | cukup untuk dimakamkan"
        # "surat kematian ... bisa keluar malam itu juga sehingga pemakaman pagi ini lancar".
        " | sehingga pemakaman ... lancar | jadi pemakaman ... lancar"
        " | jenazah sudah terbang | jenazah sudah diterbangkan | jenazah bisa diberangkatkan"
        # "sehingga jenazah mama bisa diberangkatkan ke kampung pagi tadi".
        " | sehingga jenazah ... bisa diberangkatkan"
        " | bisa dimakamkan keesokan"
        # A thanks for help in the past ("sehingga beliau bisa dimakamkan pagi harinya").
        " | sehingga beliau bisa dimakamkan | sehingga bisa dimakamkan"
        # "surat2 nya diurus cepat bgt shg bisa dipulangkan & dimakamkan di kampung".
        " | sehingga bisa dipulangkan"
        # A thanks that tells the burial happened ("Petugas piket mau datang ... malam itu
        # juga cetak akta kematian, jadi bapak bisa dimakamkan di kampung").
        " | jadi bapak bisa dimakamkan | jadi ibu bisa dimakamkan | jadi beliau bisa dimakamkan"
        " | jadi jenazah bisa dimakamkan | jadi almarhum bisa dimakamkan"
        # "... nerbitin akta kematian almh nenek sy, jadi jenazahnya bisa diterbangkan".
        " | jadi jenazahnya bisa | jadi jenazah bisa"
        " | jadi almarhumah bisa dimakamkan"
        " | bisa dimakamkan pagi harinya"
        # "subuhnya dokumen sdh jadi dan jenazah bisa berangkat pagi itu juga".
        " | jenazah bisa berangkat | jenazah sudah berangkat"
        # "meninggal di Malaysia 2 tahun lalu ..., jenazah dimakamkan di sana".
        " | jenazah dimakamkan di sana"
        # "Jenazah kakak sy ... sdh tiba & dimakamkan Sabtu lalu".
        " | sudah tiba dimakamkan | sudah tiba dan dimakamkan",
        negatable=False,
    ),
    _sig(
        "misuse_ended",
        "Penyalahgunaan identitas sudah berhenti (tagihan berhenti, pelaku ditangkap)",
        "The misuse has stopped (billing stopped, culprit caught, account closed)",
        "penagihan sudah berhenti | tagihan sudah berhenti | penagihannya sudah berhenti"
        # A number left on the NIK but dead ("sudah tidak aktif sejak tahun lalu, jadi tidak
        # dipakai siapa-siapa").
        " | tidak dipakai siapa siapa | tidak digunakan siapa siapa"
        " | akun itu sudah ditutup | sudah ditutup penyelenggaranya | pelakunya sudah ditangkap"
        " | pelaku ... sudah ditangkap | sudah diputus pengadilan | pelakunya dipenjara"
        # "kasusnya sekarang sudah di Polres dan pelaku sudah ditahan"; an attempt stopped
        # ("pengajuan dibatalkan & akun pelaku diblokir permanen, gak ada dana yg cair").
        " | pelaku sudah ditahan | pelakunya sudah ditahan | akun pelaku diblokir"
        " | tidak ada dana yang cair"
        " | kasusnya sudah dilimpahkan | nomornya sudah diblokir | tagihannya sudah dihapus"
        " | tagihan sudah dihapus"
        # Told as a past episode ("dulu sempat dipakai pinjol", "rekening palsu itu sudah
        # ditutup bank", "kartunya sudah diblokir bank sejak 2023").
        " | dulu sempat dipakai | sempat dipakai | pernah dipakai | sudah ditutup bank"
        " | sudah diblokir bank | pinjamannya sudah lunas | yang terjadi tahun lalu"
        # Numbers unregistered, collectors gone quiet ("3 nomor asing ... sudah di-unreg
        # semua", "sudah berhenti ditagih sejak Desember", "itu sudah beres").
        " | sudah diunreg | sudah di unreg | diunreg semua | di unreg semua"
        " | berhenti ditagih | tagihannya berhenti | itu sudah beres | sudah beres semua"
        # "penyelenggara pinjaman sudah menghapus tagihan", "pinjaman sudah lunas sejak
        # Agustus", "penagih tidak datang lagi".
        " | sudah menghapus tagihan | menghapus tagihan | pinjaman sudah lunas"
        " | penagih tidak datang lagi | tidak datang lagi | tidak pernah datang lagi"
        # The vehicle of the misuse closed or dissolved ("kartu itu sudah ditutup
        # penerbitnya", "PT itu sudah dibubarkan"), or a leak taken down ("fotonya dihapus
        # dari grup", "unggahan itu dihapus").
        " | ditutup penerbitnya | sudah lama ditutup | sudah dibubarkan | dinyatakan selesai"
        " | dihapus dari grup | fotonya sudah dihapus | unggahan itu dihapus"
        " | videonya sudah dihapus | akun itu sudah dibekukan | sudah dibekukan marketplace"
        " | foldernya dikunci | foldernya sudah dikunci"
        # "pinjaman atas nama saya sudah dibatalkan lembaga itu", "kasus pinjol saya sudah
        # selesai lewat OJK", "sekarang tidak diganggu lagi".
        " | sudah dibatalkan lembaga | sudah selesai lewat | tidak diganggu lagi"
        " | registrasinya dicabut | sudah diblokir operator | sekarang sudah aman"
        " | sekarang sudah ditutup | sejak itu aman"
        # No longer listed ("nama kami sudah dihapus dan sekarang tidak tercantum lagi"); a
        # post taken down or deleted by the reporter.
        " | tidak tercantum lagi | sudah tidak tercantum | postingannya sudah diturunkan"
        " | postingannya sudah dihapus | postingan itu sudah dihapus | sudah saya hapus"
        # Collectors gone quiet ("penagih ... (sekarang sudah tidak menghubungi lagi)"); the
        # account or document made with the NIK taken down by its issuer ("BKN menghapus
        # akun itu minggu lalu", "paspor itu sudah dicabut imigrasi"); a photo withdrawn
        # from a group ("Foto itu sudah ditarik dari grup").
        " | sudah tidak menghubungi lagi | tidak pernah menghubungi lagi"
        " | menghapus akun itu | akun itu sudah dihapus | akun itu dihapus"
        " | paspor itu sudah dicabut | sudah dicabut imigrasi | sudah ditarik dari grup"
        " | ditarik dari grup"
        # Loans declared fraud by their lenders ("sudah dinyatakan fraud oleh dua perusahaan
        # dan ditutup"); a message deleted ("Pesannya sudah dihapus").
        " | dinyatakan fraud | pesannya sudah dihapus | pesan itu sudah dihapus"
        # A fake shop "sdh ditutup pihak marketplace tgl 10 kemarin".
        " | ditutup pihak marketplace"
        # "semuanya sudah kami selesaikan dan KTP sudah dikembalikan"; a culprit sentenced
        # ("Pelakunya memakai KTP palsu dengan NIK saya dan sudah divonis").
        " | semuanya sudah kami selesaikan | sudah kami selesaikan | sudah divonis"
        # A file posted by mistake and "Sdh dihapus kira2 15 menit kemudian".
        " | sudah dihapus | foto itu dihapus | sekarang sudah diturunkan"
        # A file "udh ditarik 5 menit kemudian" (not "uangnya sudah ditarik", money drawn);
        # "Sejauh ini aman2 aja".
        " | sudah ditarik #num menit | sejauh ini aman"
        # "Setelah sy protes lgsg dihapus hari itu juga"; a leak told as past ("data KK sy
        # pernah bocor dr kantor ini").
        " | langsung dihapus | pernah bocor | sempat bocor | itu juga dihapus"
        # The reporter bought up and burned the rest ("sdh sy bakar di rumah").
        " | sudah saya bakar"
        " | filenya sudah dihapus"
        # A shop selling cards taken down ("hari ini tokonya sudah hilang").
        " | tokonya sudah hilang | tokonya sudah tidak ada | tokonya sudah ditutup",
        negatable=False,
    ),
    _sig(
        "not_my_identity",
        "Bukan identitas pelapor yang dipakai (nomornya hanya dijadikan kontak darurat)",
        "Not the reporter's identity that is used (their number is only an emergency contact)",
        "kontak darurat | nik saya tidak dipakai | bukan nik saya yang dipakai | salah kirim"
        # Found out to be a mistake or the family's own use ("ternyata salah input NIK oleh
        # petugas mereka", "ternyata anak sy yg daftarin kartu baru pakai KK kami").
        " | ternyata salah input | ternyata anak saya yang | ternyata suami saya yang"
        " | mungkin salah input"
        # A relative's use the reporter allowed ("sy sdh izinkan kok").
        " | saya sudah izinkan | sudah saya izinkan | saya sudah mengizinkan"
        " | ternyata istri saya yang"
        # A relative's own debt collected at the reporter's home ("menagih utang kakak saya").
        # The reporter's own debt ("utang saya sendiri, sedang saya cicil", "memang saya yang
        # kredit"); a recycled number that collectors call for someone else.
        " | utang saya sendiri | hutang saya sendiri | pinjaman saya sendiri"
        " | memang saya yang kredit | nomor daur ulang"
        # A bill for a namesake ("orangnya beda, hanya namanya sama").
        " | orangnya beda hanya namanya sama | hanya namanya sama"
        # "ini memang motor saya sendiri, dan tunggakannya sudah saya lunasi".
        " | memang motor saya sendiri | tunggakannya sudah saya lunasi | cicilan motor saya telat"
        # "Cicilan itu memang milik saya dan sudah saya lunasi".
        " | cicilan itu memang milik saya | cicilan itu memang punya saya | cicilan saya yang telat"
        # Collectors looking for the house's former owner.
        " | mencari pemilik lama | mencari penghuni lama | cari pemilik lama"
        # "debt collector nyariin bekas penyewa sy".
        " | mencari bekas penyewa | mencari mantan penyewa | mencari penyewa lama"
        " | mencari bekas penghuni | mencari mantan penghuni"
        # A case in the next village told as the reason to ask.
        " | di desa sebelah ada | di kampung sebelah ada"
        " | utang kakak | utang adik | utang suami | utang istri | utang saudara | hutang kakak"
        " | hutang adik | hutang suami | hutang istri | hutang saudara"
        # A late husband's own loans collected from the widow ("penagih pinjaman almarhum").
        " | pinjaman almarhum | utang almarhum | hutang almarhum | tagihan almarhum"
        # "Dia punya pinjaman di aplikasi (pinjaman dia sendiri)".
        " | pinjaman dia sendiri | pinjamannya sendiri | utang dia sendiri | utangnya sendiri"
        # "ternyata itu pinjaman yg sy ajukan sendiri th 2023 ... Jd bukan penyalahgunaan";
        # "Sy emang pinjam di 2 aplikasi pinjol"; collectors of "utang mantan suami".
        " | yang saya ajukan sendiri | jadi bukan penyalahgunaan | saya memang pinjam"
        # "Ternyata nomor itu nomor yg dulu sy daftarkan sendiri buat modem wifi".
        " | saya daftarkan sendiri"
        " | utang mantan suami | hutang mantan suami | utang mantan istri | hutang mantan istri"
        # A relative who used the card with permission ("waktu itu ambo izinkan").
        " | waktu itu saya izinkan | atas izin saya | dengan izin saya | saya izinkan adik"
        # "Sy memang pernah pinjam di 2 aplikasi", "memang sy sendiri yg daftar 2 thn lalu".
        " | saya memang pernah pinjam | memang saya sendiri yang daftar"
        " | saya izinkan dia"
        " | hutang dia sendiri | hutangnya sendiri"
        " | salah sambung"
        # Someone else's case told as the reason to ask ("Teman sekantor saya baru kena:
        # NIK-nya dipakai orang ... Bagaimana cara saya mengecek").
        " | teman sekantor saya baru kena | teman saya baru kena | tetangga saya baru kena"
        " | saudara saya baru kena | teman kantor saya baru kena | teman ... kena tagihan"
        " | teman kerja saya baru ketahuan | teman kerja saya baru kena"
        # "Teman kantor sy katanya KTP-nya dipakai orang"; "Sy curiga tetangga baru sy pakai
        # identitas palsu" (someone else's identity in doubt).
        " | teman kantor saya katanya | curiga tetangga"
        " | tetangga ... kena tagihan"
        # Collectors after someone else ("penagih pinjaman sering datang mencari dia", "penagih
        # yang mencari penghuni sebelumnya").
        " | mencari penghuni sebelumnya | penghuni sebelumnya"
        " | penagih ... mencari dia | penagih ... cari dia | mencari dia ke rumah",
        unless="supaya nik saya tidak dipakai | agar nik saya tidak dipakai"
        # "Tolong gimana caranya NIK saya gak dipake lagi": the same goal.
        " | nik saya tidak dipakai lagi"
        " | biar nik saya tidak dipakai | memastikan nik saya tidak dipakai"
        " | pastikan nik saya tidak dipakai"
        # The reporter's own emergency contacts harassed by collectors ("skrg tiap hari gw
        # ditelpon DC, kontak darurat ortu gw juga diteror").
        " | kontak darurat orang tua | kontak darurat keluarga | kontak darurat saya",
        negatable=False,
    ),
    _sig(
        "not_happened",
        "Belum terjadi: ditanyakan untuk berjaga-jaga",
        "It has not happened: asked to be prepared",
        "belum kejadian | belum terjadi | biar siap | buat siap siap | untuk antisipasi"
        # A message found out to be fake ("ternyata email palsu & gk ada pengajuan apa2").
        " | ternyata email palsu | ternyata sms palsu | tidak ada pengajuan apa apa"
        # "Sy gk pernah pinjol & blm dpt tagihan apa2" after a scam SMS.
        " | belum dapat tagihan apa apa"
        # An attempt that failed ("rekening tidak jadi dibuka", "tidak ada rekening atas nama
        # saya"); nothing has come ("Saya tidak pernah pinjam dan tidak pernah ditagih").
        " | tidak jadi dibuka | tidak ada rekening atas nama saya | tidak pernah ditagih"
        # A report taken back as a misunderstanding ("Ternyata salah paham, itu tagihan adik
        # sy sendiri").
        " | ternyata salah paham | ternyata cuma salah paham | ternyata hanya salah paham"
        " | saya tidak mengirim apa apa | tidak mengirim apa apa"
        " | saya bukan korban apa apa | bukan korban apa apa | belum ada tanda tanda"
        # Checked and found nothing ("tidak ada pinjaman apa pun atas nama saya", "linknya
        # tidak saya buka").
        " | tidak ada pinjaman apa pun | tidak ada pinjaman apapun | linknya tidak saya buka"
        # A suspicion with no harm ("saya menduga data saya dipakai ..., tapi belum ada
        # kerugian apa pun").
        " | belum ada kerugian apa pun | belum ada kerugian apapun | tidak ada kerugian apa pun"
        # A bill meant for a number's former owner ("tidak ada pinjaman atas NIK saya").
        " | tidak ada pinjaman atas nik saya | tidak ada pinjaman atas nama saya"
        # "Sejauh ini tidak ada penyalahgunaan apa pun".
        " | tidak ada penyalahgunaan apa pun"
        " | belum ada penyalahgunaan apa pun | tidak ada penyalahgunaan apapun"
        # Other people's stories going round ("Di TikTok lagi ramai orang cerita ...").
        " | lagi ramai orang cerita | ramai orang cerita"
        # Another's misuse, the reporter's own record clean ("Sejauh ini saya sendiri tidak
        # pernah dapat tagihan apa-apa").
        " | saya sendiri tidak pernah dapat tagihan | saya sendiri belum pernah dapat tagihan"
        " | saya sendiri tidak pernah ditagih | saya sendiri belum pernah ditagih"
        " | belum ada yang meminta apa apa | belum ada yang minta apa apa"
        " | tidak sedang dirugikan | belum ada kejadian apa apa"
        " | belum kasih apa apa | belum memberikan apa apa"
        " | saya belum kirim apa apa | belum kirim apa apa"
        " | saya tidak mengisi apa apa | tidak mengisi apa apa"
        # The reporter withdraws an earlier claim ("mau meluruskan postingan saya kemarin",
        # "mohon maaf atas kesalahpahaman").
        " | mau meluruskan | ingin meluruskan | maaf atas kesalahpahaman | saya meralat"
        " | mau meralat | ingin meralat"
        # "Sejauh ini belum ada kejadian": a fear, nothing happened.
        " | sejauh ini belum ada kejadian | belum ada kejadian begitu"
        " | sejauh ini tidak ada kejadian"
        " | belum ada kejadian seperti itu"
        # A phishing message not acted on ("Saya tidak klik apa pun"; "sampai sekarang tidak
        # terjadi apa-apa").
        " | tidak klik apa pun | tidak klik apapun | tidak mengklik apa pun"
        " | tidak mengklik apapun | sampai sekarang tidak terjadi apa apa"
        " | buat jaga jaga | jaga jaga saja | sekadar jaga jaga"
        # A preparedness question ("Untuk persiapan saja: kalau nanti terjadi gempa ...").
        " | persiapan saja | untuk persiapan saja | sebagai persiapan"
        # "Amit-amit kalau nanti beliau meninggal ... biar kami tidak panik nanti."
        " | amit amit | biar kami tidak panik | biar tidak panik | supaya tidak panik"
        # A scare that turned out to be a mistake ("ternyata salah kirim, bukan data saya").
        " | ternyata salah kirim | ternyata bukan data saya | ternyata bukan saya"
        " | ternyata bukan nik saya"
        # A suggestion from others' experience ("Keluarga saya tidak pernah mengalami").
        " | saya tidak pernah mengalami | keluarga saya tidak pernah mengalami",
        negatable=False,
    ),
    _sig(
        "not_sent",
        "Data belum dikirim atau diisikan: diminta, belum dilakukan",
        "The data was not sent or entered: asked for, not done",
        # "HRD minta semua karyawan kirim foto KTP ke grup WA. Saya belum kirim." A fee
        # asked for and not yet paid is still an alleged fee: this blocks leaks only.
        "saya belum kirim | belum saya kirim | saya belum klik | belum saya klik"
        " | saya belum mengirim | belum saya isi | saya belum mengisi",
        negatable=False,
    ),
    _sig(
        "misuse_ongoing",
        "Penyalahgunaan masih berlangsung (masih ditagih, diteror, terus dipakai)",
        "The misuse is still going on (still billed, harassed, still used)",
        "ditagih | masih ditagih | ditagih terus | diteror | penagih | debt collector"
        # "Sampai sekarang masih berlangsung"; collectors who "tidak mau pergi"; a post
        # "masih tayang sampai sekarang".
        " | masih berlangsung | tidak mau pergi | masih tayang | masih jalan | masih terpasang"
        " | ditelepon terus | masih dipakai | sedang dipakai | masih digunakan | sampai sekarang"
        " | hari ini ditagih | menagih | tagihan | terus dipakai | terus digunakan"
        " | terdaftar di #num nomor | ancaman | mengancam | masih bertambah"
        # An account opened in the reporter's name "masih ada uang masuk-keluar".
        " | masih ada uang masuk | masih ada transaksi"
        # Collectors coming back ("Besok mereka datang lagi 'dengan tim'").
        " | besok mereka datang lagi | datang lagi dengan tim"
        # An account "dipakai menampung transferan ... dan masih aktif sampai minggu ini".
        " | dan masih aktif sampai minggu ini | masih aktif sampai minggu ini",
        unless="sampai sekarang tidak ada | sampai sekarang belum ada"
        " | sampai sekarang saya sendiri tidak | berhenti ditagih | dibawa kabur penagih",
    ),
    _sig(
        "data_mishandled",
        "Data warga ditangani tidak semestinya (difoto dengan HP pribadi petugas)",
        "Residents' data handled improperly (photographed on an official's own phone)",
        # Mishandling by staff is alleged misconduct (high); a leak is critical only when
        # the data is out ("foto-foto itu bisa tersebar" is a fear).
        "hp pribadinya | hp pribadi | difoto petugas | difoto oknum"
        # Residents told to send their cards to an official's own number ("kirim foto KTP &
        # KK ke nomor WA pribadinya").
        " | ke nomor wa pribadinya | ke nomor wa pribadi"
        # Printouts of applicants' data left out ("ditinggal begitu saja, siapa pun bisa
        # foto").
        " | siapa pun bisa foto | siapapun bisa foto"
        # A scan sent by an official to a wrong number ("salah nomor, nyasar ke org lain"); a
        # citizen's file talked about in public ("ngomong di depan warga kalau sy 'janda
        # cerai'", "cerita ke orang2 di kampung kalau anak sy ...").
        " | salah nomor nyasar ke | ngomong di depan warga | bicara di depan warga"
        " | cerita ke orang orang di kampung"
        # A condition called out to a waiting room ("manggil dgn suara keras di ruang tunggu:
        # 'yang gangguan jiwa silakan ke meja 3'").
        " | suara keras di ruang tunggu"
        # An official's use of a form's data ("ngambil no HP sy dari formulir trs chat
        # pribadi"), an office posting photos of a citizen's file.
        " | nomor hp saya dari formulir | no hp saya dari formulir | nomor saya dari formulir"
        # A list of names, NIKs and illnesses pinned up ("kelurahan nempel daftar warga
        # penerima bantuan obat"); a record's screenshot passed round a group ("share
        # screenshot data SIAK"); a card handed to a neighbour ("dikasih petugas
        # pengantarnya ke tetangga").
        " | nempel daftar | menempel daftar | share screenshot data | screenshot data siak"
        " | dikasih ... ke tetangga | diberikan ... ke tetangga"
        " | upload foto berkas | unggah foto berkas | berkas warga bisa difoto"
        # Copies handed on from an office's archive ("menyerahkan fotokopi KTP warga dari
        # arsip desa kepada tim suksesnya", "data itu diserahkan oleh Sekretaris Desa").
        " | menyerahkan fotokopi ktp warga | fotokopi ktp warga dari arsip"
        # Data read out to a waiting room ("memanggil saya lewat pengeras suara dengan
        # menyebut ... NIK lengkap", "membacakan dengan keras isi putusan cerai saya").
        " | menyebut nama lengkap nik lengkap | nik lengkap 16 digit | membacakan dengan keras"
        " | dibacakan dengan keras | semua orang di ruang tunggu mendengar"
        # "petugas loket 3 ... ngomong keras2 'oh ibu ini yg baru cerai ya', semua antrean
        # denger".
        " | semua antrean dengar | semua antrean denger | semua antrian dengar | baca keras keras"
        " | semua antrian denger"
        # Files thrown out as wrapping paper, a citizen's copies pinned up as a sample, a
        # record's contents told to neighbours.
        " | bungkusnya ternyata fotokopi | berkas warga kok dibuang | ditempel di papan contoh"
        " | contoh berkas lengkap | membicarakan isi akta | menceritakan isi akta"
        " | data itu diserahkan oleh"
        # A neighbour who knows the file's details "dapat cerita dari petugas di loket".
        " | dapat cerita dari petugas | diceritakan oleh petugas | cerita dari petugas di loket"
        # Staff who told someone where the reporter lives now.
        " | memberi tahu alamat baru saya | memberitahu alamat baru saya"
        " | memberikan alamat saya | memberi tahu alamat saya"
        # A finished card handed to the wrong person ("diberikan ke orang lain yang namanya
        # mirip, tanpa dicocokkan fotonya").
        " | diberikan ke orang lain yang namanya | diserahkan ke orang lain yang namanya"
        " | menyerahkannya ke orang lain"
        # A card delivered to the wrong house, someone else's card handed over, copies of a
        # family's records given out "karena kenal".
        " | diantar ke rumah orang lain | kemungkinan diberikan ke orang lain"
        " | yang diberikan petugas ternyata ktp | dapat salinannya dari petugas"
        # A family card sent by staff to a wrong number; a child's card with another child's
        # photo.
        " | kk kami terkirim ke orang lain | terkirim ke orang lain | nyasar ke saya"
        " | fotonya foto anak lain"
        # Staff who admit handing a record on ("staf di meja pelayanan mengaku memberikannya
        # karena dia bilang masih suami saya"), tell a file to the waiting room ("bercerita ke
        # pengunjung lain ... sambil menyebut nama dan kampung saya"), or cannot say who took
        # a finished card ("tidak bisa menunjukkan siapa yang mengambil").
        " | mengaku memberikannya | mengaku sudah memberikannya | bercerita ke pengunjung lain"
        " | menceritakannya ke pengunjung | membaca berkas saya keras"
        " | tidak bisa menunjukkan siapa yang mengambil | tidak tahu siapa yang mengambilnya"
        # "staf kelurahan salah kirim file excel data 300an warga ... ke grup WA warga".
        " | salah kirim file | salah mengirim file | salah kirim data warga"
        # A visitor's purpose read out over the loudspeaker ("sambil membacakan keperluan
        # saya"); prints left on the front desk "yang bisa dibaca siapa saja"; a finished card
        # handed over with no record of who took it ("Petugas juga tidak mencatat siapa yang
        # mengambil").
        " | membacakan keperluan | bisa dibaca siapa saja | tidak mencatat siapa yang mengambil"
        # "KK baru saya dikirim lewat pos ... ke alamat tetangga karena petugas salah
        # mengetik nomor rumah".
        " | ke alamat tetangga karena petugas"
        # "Petugas siapa yang memberikannya?"; a copy handed to an ex-husband ("Petugas
        # pelayanan langsung memberikan fotokopi KK terbaru"); snacks wrapped in "fotokopi KK
        # dan formulir biodata warga".
        " | petugas siapa yang memberikannya | langsung memberikan fotokopi kk"
        # "dia mengaku memberikan karena ipar saya bilang 'keluarga'"; "KK saya sendiri
        # ternyata diberikan ke keluarga itu".
        " | mengaku memberikan karena | ternyata diberikan ke keluarga"
        # "yg dikasih petugas ternyata KIA anak org lain".
        " | dikasih petugas ternyata"
        " | bungkusnya fotokopi",
    ),
    _sig(
        "data_leak",
        "Data kependudukan bocor, dijual atau disebarkan",
        "Population data leaked, sold or spread",
        "kebocoran | dibocorkan | diperjualbelikan | jual beli data | data dijual"
        # A file anyone can fetch ("file excel penerima BLT lengkap dengan NIK ... Bisa
        # didownload siapa aja tanpa login").
        " | bisa didownload siapa saja | bisa diakses siapa saja"
        " | bisa dilihat siapa saja"
        # "akun Telegram yg sedang menjual 'database warga'".
        " | menjual database | jual database | menjual data warga | sedang menjual data"
        # Residents' copies sold as scrap ("dapet kertas bekas sekarung dr kantor desa,
        # dijual kiloan").
        " | dijual kiloan | dijual per kilo"
        # Residents' copies thrown out where anyone can take them ("fotokopi KK & KTP warga
        # ... dibuang di tong sampah depan kantor kelurahan ... dipake pedagang gorengan").
        " | dibuang di tong sampah | dibuang ke tong sampah | dibuang di tempat sampah"
        " | dipakai pedagang gorengan | buat bungkus gorengan"
        # A file of residents offered for sale ("menawarkan file 'data penduduk Desa ...
        # lengkap NIK + KK' seharga Rp500 ribu").
        " | menawarkan file data | menawarkan data penduduk | file data penduduk"
        # A beneficiary spreadsheet posted ("isinya file Excel semua penerima bantuan: nama,
        # NIK"); a chatbot that gives anyone's record ("bisa menarik datanya").
        " | isinya file excel | berisi file excel | bisa menarik datanya"
        # Old cards sold as scrap, "nama dan NIK terbaca jelas".
        " | nama dan nik terbaca jelas | nik nya terbaca jelas"
        # A list pinned up with full NIKs ("ditempel daftar penerima bantuan beras, lengkap
        # dengan NIK 16 digit").
        " | ditempel daftar ... lengkap dengan nik"
        # "bocor" alone is a roof as often as data: after a data word, or where it went.
        " | bocor ke | bocor dari dalam | bocor di internet | bocor di grup | bocor di media"
        " | sudah bocor"
        " | bocornya data"
        " | dijual bebas | menjual data | disebarluaskan | disebar di | disebarkan di"
        " | tersebar di internet | tersebar di media | tersebar di grup | diunggah ke"
        " | yang jual | ada yang jual | jual data | paket data"
        # A card photo pinned in a village group ("memasang foto KTP saya di grup WA dusun").
        " | memasang foto ktp | memasang foto kk"
        # Cards sold in bundles ("menjual 'paket KK + KTP untuk registrasi kartu'").
        " | menjual paket kk | menjual paket ktp | jual paket kk | jual paket ktp"
        " | dibagikan ke orang | dikasih lihat"
        " | diberi lihat | diperlihatkan | ditunjukkan ke | dikirim ke pihak lain"
        # A photo of someone's card posted ("memposting foto KK keluarga saya di grup WA").
        " | memposting foto kk | memposting foto ktp | memposting foto akta | posting foto kk"
        " | posting foto ktp | mengunggah foto kk | mengunggah foto ktp"
        # Someone let outsiders photograph a card ("mengizinkan mereka memfoto KK").
        " | mengizinkan mereka memfoto | mengizinkan memfoto | membiarkan mereka memfoto"
        # A collector sending the reporter's cards to everyone in their phone.
        " | ke semua kontak di hp saya | ke seluruh kontak di hp saya | ke semua kontak saya"
        " | ke seluruh kontak saya | disebar ke kontak | dikirim ke kontak | ke kontak kontak teman"
        # A file of residents' data anyone can download ("siapa saja bisa mengunduh").
        " | siapa saja bisa mengunduh | dibagikan di grup grup"
        # A page that shows anyone's records ("Siapa pun bisa mengunduh semuanya malam ini").
        " | siapa pun bisa mengunduh | siapapun bisa mengunduh | siapa pun bisa melihat data"
        " | siapapun bisa melihat data"
        # A portal that shows other families' cards ("yang muncul malah KK keluarga lain").
        " | muncul malah kk keluarga lain | sedang tampil ke orang lain"
        # Someone who found the reporter through an insider ("alamat baru saya dia dapat
        # dari sepupunya yang kerja di kelurahan").
        " | alamat baru saya dia dapat dari | alamat saya dia dapat dari"
        " | dapat dari sepupunya yang kerja | dapat dari saudaranya yang kerja"
        # An app that shows other families' records to whoever logs in; a photo of the
        # reporter "dipakai akun penjual" and "masih dijual".
        " | muncul ... kk orang lain | bisa melihat data orang lain | dokumen kk orang lain"
        " | dipakai akun penjual | masih dijual sampai"
        # Residents' data offered for sale ("menawari saya 'data warga lengkap' ... Rp2 juta
        # per seribu data"); another person's card shown in the app.
        " | data warga lengkap | per seribu data | menawarkan data warga"
        " | yang tampil bukan ktp saya | bisa muncul di hp"
        # "data saya termasuk yang dijual" (a list sold by an insider); "menjual akses
        # pengecekan NIK"; the app showing someone else's card ("yang tampil bukan data
        # saya. Muncul KTP digital atas nama ...").
        " | termasuk yang dijual | menjual akses | yang tampil bukan data saya"
        # Collectors sending the reporter's card to an employer ("Pagi ini mereka kirim foto
        # KTP saya ke WA atasan saya"); a lookup page that shows strangers' records ("yang
        # muncul malah data orang lain lengkap").
        " | mereka kirim foto ktp saya | mereka mengirim foto ktp saya"
        # A post of a beneficiary list "lengkap dgn NIK", "sudah di-share ratusan kali".
        " | di share ratusan kali | dishare ratusan kali | posting daftar ... lengkap dengan nik"
        # "NIK, alamat dan foto terbaca jelas" in a posted photo; "spanduk besar berisi daftar
        # penerima bantuan disabilitas".
        " | dan foto terbaca jelas | spanduk besar berisi daftar | spanduk berisi daftar"
        # A billboard in front of the village office "isinya daftar penerima BLT lengkap dengan
        # NIK".
        " | isinya daftar penerima"
        # "menempel daftar penerima BLT di papan pengumuman depan kantor, lengkap dengan NIK".
        " | papan pengumuman ... lengkap dengan nik"
        " | kirim foto ktp saya ke wa atasan | muncul malah data orang lain"
        # A card shown uncensored ("lengkap dengan NIK, alamat ..., tidak disensor").
        " | tidak disensor | tanpa disensor | tidak diblur | tanpa sensor"
        # Residents' data looked up for a fee through an operator's account.
        " | cek data warga | akun yang katanya milik operator"
        # Data open to anyone ("folder Google Drive ... bisa dibuka siapa saja tanpa login",
        # "masih bisa dibuka dan diunduh"); a screen behind an officer in a public video.
        " | bisa dibuka siapa saja | masih bisa dibuka dan diunduh | sudah ditonton"
        # Sold or handed on is a leak when data is what was sold or handed on ("gabah sudah
        # dijual", "posisi saya diberikan ke orang lain" are not).
        + "".join(
            f" | {noun} ... {verb}"
            for noun in _DATA_NOUNS
            for verb in (
                "dijual",
                "bocor",
                "diberikan ke orang lain",
                "dikasih ke orang lain",
                "dikirim ke orang lain",
                # "jadwalnya diposting" is an announcement; "foto KTP saya diposting" a leak.
                "diposting",
                # "foto KTP dan KK saya ..., ditawarkan satu paket": offered for sale.
                "ditawarkan",
                "dijajakan",
            )
        )
        + " | dijual ... data | dijual ... ktp | dijual ... kk | dijual ... nik"
        " | ke grup | ke group | diteruskan ke mana mana | diteruskan kemana mana"
        " | disebar | disebarkan | menyebar | menyebarkan | diupload ke media"
        " | dikirim ke grup | dikirimkan ke grup | ngasih fotokopi kk saya"
        " | ngasih fotokopi ktp saya | memberikan fotokopi kk saya | memberikan fotokopi ktp saya"
        " | ngasih fotokopi ... ke | memberikan fotokopi ... ke | kasih fotokopi ... ke"
        " | kasih fotokopi kk saya | memberikan data saya | ngasih data saya | kasih data saya"
        " | membacakan ... keras | dibacakan ... keras | satu kampung tahu | sekampung tahu"
        " | memberi tahu alamat saya | kasih tahu alamat saya | diceritakan ke orang"
        " | diceritakan oleh petugas | dikisahi | dihabarakan | data pribadi ... ke orang lain"
        " | penjualan data | jual data penduduk | cek nik lengkap | terpampang"
        " | mengunggah foto layar | foto layar siak | ke status whatsapp | ke status wa"
        " | di status wa | status whatsapp nya"
        " | kirim ke nomor lain | dikirim ke nomor lain | mendapat alamat saya dari"
        " | tahu alamat saya dari petugas | dapat dari orang kecamatan | dapat dari orang kelurahan"
        " | dapat dari orang dukcapil | dapat dari orang desa | dapat dari orang dalam"
        " | dapat dari petugas | didapat dari petugas | dapat dari kenalan | didapat dari kenalan"
        " | dapat dari teman di | dapat dari orang di"
        " | bisa dicari siapa saja | bisa diunduh siapa saja | dipublikasikan"
        " | menjual file | menjual foto ktp | menjual foto kk | jual foto ktp | jual foto kk"
        " | menjual fotokopi ktp | menjual fotokopi kk | menjual data ktp | foto ktp ... dijual"
        " | dapat alamat saya dari | dapat alamat baru saya dari | tahu alamat saya dari"
        # "alamat saya 'dikasih orang Dukcapil, saudaranya sendiri'".
        " | alamat saya dikasih orang | dikasih orang dukcapil"
        # A screenshot of the reporter's record "dikasih 'teman' di kantor catatan sipil".
        " | foto layar biodata | dikasih teman di kantor"
        " | tahu alamat baru saya dari | dikasih alamat saya | mengecek nik saya"
        " | per nik | cek data lengkap | menjual cek data | jual cek data"
        " | dapat alamat dari | tahu alamat dari | foto layar data"
        # The only copy was handed to a counter ("persis berkas yang saya serahkan ke
        # loket"), or the leak came "dari teman di kantor desa".
        " | persis berkas yang saya serahkan | hanya pernah saya serahkan ke loket"
        " | didapat dari teman di kantor | dapat dari teman di kantor"
        " | data lengkap warga | menawarkan data | penjualnya mengaku mendapat data"
        " | bocornya | beredar di grup | beredar di telegram | grup telegram | data fresh"
        " | per file | file excel berisi | beredar file | penjualnya mengaku dapat"
        " | beredar foto | fotonya terus diteruskan | foto kk warga | foto foto kk"
        " | jual beli akun | kasih tahu alamatmu | memberi tahu alamatmu | yang kasih tahu alamat"
        # Posted on a staff member's own account and shared on.
        " | facebook pribadi | dibagikan puluhan kali | dibagikan ratusan kali"
        " | dibagikan #num kali | nik dan alamat terbaca | nik dan alamat ... terbaca"
        # Residents' cards posted online as an "activity report".
        " | unggah foto foto ktp | mengunggah foto foto ktp | ratusan orang lihat"
        # A family card offered for sale ("data siap pakai"), or posted as a WhatsApp status.
        " | data siap pakai | sudah ada yang pesan | di status whatsapp"
        " | fotokopi kk ... dari orang kantor desa"
        # Cards that turn up where strangers see them ("foto KTP dia + KK kami muncul di grup
        # WA 'Info Warga'", residents' KK copies as snack wrappers, "Videonya masih ada", a
        # file "bisa diunduh bebas"), and lookups sold ("jasa cek data NIK/KK siapa aja").
        " | ktp ... muncul di grup | kk ... muncul di grup | kk kami muncul di"
        " | bungkusnya kertas fotokopi | kertas fotokopi kk warga | videonya masih ada"
        " | bisa diunduh bebas | jasa cek data"
        # "akun Telegram jualan 'cek data dukcapil by NIK' 20rb".
        " | jualan cek data | cek data dukcapil by nik"
        # "Website resmi Desa ... sampai pagi ini masih menampilkan daftar penerima BLT
        # lengkap dengan NIK ... Siapa saja bisa download".
        " | siapa saja bisa download"
        # "nawarin paket foto KTP + foto selfie pegang KTP warga desa kami, 50rb per 10 org".
        " | paket foto ktp | paket foto selfie"
        # "fanpage ... yg dikelola staf kelurahan posting foto2 KTP & KK warga".
        " | posting foto foto ktp | memposting foto foto ktp | posting foto foto kk"
        # "operator desa nyebar foto KTP dan KK sy di grup WA desa"; an app that shows a
        # stranger's card ("yg muncul malah KTP digital org lain").
        " | menyebar foto ktp | menyebarkan foto ktp | menyebar foto kk | nyebar foto ktp"
        " | nyebar foto kk"
        " | muncul malah ktp digital orang lain | muncul malah ktp digital dan kk"
        # A beneficiary list with NIKs posted by an office ("upload foto daftar penerima BLT
        # lengkap dgn NIK ..."), "dishare 200an kali"; residents' KK copies as wrappers
        # ("bungkusnya fotokopi KK orang ... masih ada 2 karung").
        " | upload foto daftar penerima | dishare #num an kali"
        " | bungkusnya fotokopi kk",
        # A leak is alleged against whoever handed the data on: heard from a caller, it is
        # still one to examine when its sentence names an official ("dapat dari orang
        # kecamatan").
        allegation=True,
        # The reporter's own upload, asked about or sent by mistake ("tugas untuk mengunggah
        # foto KK ke aplikasi bimbel", "saya salah mengunggah foto KK tetangga").
        unless="untuk mengunggah foto kk | untuk mengunggah foto ktp | salah mengunggah foto kk"
        # Passing on information ("mau share info yg benar ke grup").
        " | info yang benar ke grup | share info ke grup | bagikan info ke grup"
        # A how-to question ("Bagaimana prosedur resmi melaporkan dugaan kebocoran data"),
        # an upload asked about ("minta foto KIA anak saya diunggah ke Google Form").
        " | melaporkan dugaan kebocoran | lapor dugaan kebocoran | diunggah ke google form"
        # A threat to spread data, not yet carried out ("ngancam akan menyebarkan data KK sy").
        " | akan menyebarkan | mengancam menyebarkan | ancam menyebarkan"
        # A group asking members for card photos, asked about ("minta semua anggota kirim
        # foto KTP ke grup buat data. Boleh gk?").
        " | kirim foto ktp ke grup"
        # A roof, not data ("KTP-nya hilang waktu rumahnya kebocoran").
        " | rumahnya kebocoran | rumah kebocoran | atapnya kebocoran"
        # A journalist asking about a story ("konfirmasi kabar kebocoran data penduduk yang
        # ramai di media sosial").
        " | kabar kebocoran | isu kebocoran | berita kebocoran | konfirmasi kebocoran"
        # The reporter's own card to show family ("ingin bawa KK baru untuk ditunjukkan ke
        # mertua").
        " | untuk ditunjukkan ke | mau ditunjukkan ke | ingin ditunjukkan ke"
        " | salah mengunggah foto ktp"
        # A refusal ("Saya tidak mau data keluarga saya diunggah ke formulir seperti itu").
        " | tidak mau data ... diunggah | tidak mau ... diunggah ke formulir"
        # A file the reporter offers to send ("Boleh kami kirim file excel berisi nama dan NIK
        # ke email dukcapil?").
        " | kami kirim file excel berisi"
        # A card asked for at a counter ("Sekolah minta KK asli diperlihatkan").
        " | asli diperlihatkan | minta ... diperlihatkan"
        # A fear ("Ini gangguan biasa atau diretas? Takutnya data warga bocor").
        " | takutnya data ... bocor | takut data ... bocor"
        # A plan told, not done ("katanya mau dikirim ke grup WA kelas utk pendataan").
        " | mau dikirim ke grup | akan dikirim ke grup"
        " | undangan ... disebar | undangan sudah disebar | brosur disebar | disebar brosur"
        " | atap bocor | atapnya bocor | genteng bocor | bocor kalau hujan | ruangan bocor"
        " | plafon ... bocor"
        " | pipa bocor | ban bocor"
        # Leaks as a topic or in general ("bikin orang panik soal kebocoran data", "sekarang
        # banyak data bocor dari fotokopi"), not a leak of someone's data told.
        " | soal kebocoran data | soal data bocor | isu kebocoran data | isu data bocor"
        " | banyak data bocor | banyak data yang bocor | berita kebocoran data | cek nik bocor"
        # A leak only supposed ("data saya kemungkinan bocor dari kecamatan").
        " | kemungkinan bocor | mungkin bocor | kemungkinan dibocorkan | mungkin dibocorkan"
        " | data ... kemungkinan bocor | data ... mungkin bocor | kemungkinan bocor dari"
        " | mungkin bocor dari"
        # Queue numbers sold by a broker are no personal data.
        " | yang jual nomor antrean | yang jual nomor antrian | menjual nomor antrean"
        " | menjual nomor antrian"
        " | undangan disebar | menyebar undangan | sebar undangan | sebarkan infonya"
        " | infonya ke grup | informasinya ke grup | sebarkan informasi"
        " | rumah bocor | waktu rumah bocor | atap ... bocor | bocor waktu hujan"
        # A roof or a house that leaks ("rumah kontrakan kebocoran") leaks no data.
        " | rumah ... kebocoran | kontrakan ... kebocoran | atap ... kebocoran"
        " | kebocoran atap | kebocoran air | kebocoran pipa | genteng ... kebocoran"
        # Showing one's own QR or card to an officer is how the service works.
        " | ditunjukkan ke petugas | ditunjukkan kepada petugas | diperlihatkan ke petugas"
        # Asking where an earlier leak came from ("saya perlu tahu bocornya dari mana").
        " | bocornya dari mana | bocor dari mana"
        # A question whether a NIK may be given ("NIK boleh dikasih ke orang lain atau tidak?").
        " | nik boleh dikasih ke orang lain | nik boleh diberikan ke orang lain"
        # The reporter's own slip ("tidak sengaja mengirim foto KK ke grup WA alumni").
        " | tidak sengaja mengirim | salah pilih chat"
        # Residents asked to send their own photos to a group ("Ketua RT minta semua warga
        # kirim foto KTP dan KK ke grup WhatsApp RT. Apa itu aman?").
        " | warga kirim foto ... ke grup"
        " | diperlihatkan kepada petugas"
        # The reporter's own video of a queue, to be sent to a group, leaks nothing.
        " | untuk dikirim ke grup | untuk dikirimkan ke grup | untuk saya kirim ke grup"
        " | mau saya kirim ke grup"
        # A house sold, then the address on the card changed ("sudah dijual, jadi alamat
        # di KK harus ganti").
        " | dijual jadi alamat ... kk | dijual jadi alamat",
    ),
    _sig(
        "disaster",
        "Korban bencana (banjir, gempa, kebakaran, longsor) kehilangan dokumen",
        "Disaster victims (flood, earthquake, fire, landslide) without documents",
        "banjir | gempa | kebakaran | terbakar | hangus | longsor | tsunami | erupsi"
        " | pascabanjir | pascagempa | banjir bandang | menimbun kampung | tertimbun tanah"
        " | likuifaksi | likuefaksi"
        " | air setinggi dada | air setinggi pinggang | terendam air"
        " | tertimbun longsor | roboh kena longsor | semua surat tertimbun"
        " | bencana | pengungsi | mengungsi | pengungsian | hanyut | puting beliung | angin ribut"
        # Told by its effect: water and mud to the roof, houses flattened, nights in tents.
        " | lumpur masuk | masuk sampai atap | air sampai atap | rumah ... rata dengan tanah"
        " | tidur di tenda | tinggal di tenda | tersapu air | tersapu banjir | tersapu lumpur"
        " | numpang di tenda",
        unless="rusak kena banjir | rusak terkena banjir | rusak karena banjir | basah kena banjir"
        # "aslinya rusak kena rembesan banjir": water damage, not a disaster.
        " | rembesan banjir"
        # A ticket or a contract forfeited is no fire.
        " | hangus kalau | tiket ... hangus"
        " | hilang waktu banjir | hilang saat banjir dulu"
        # "booking fee hangus": money forfeited, not burnt.
        " | fee hangus | fee ... hangus | uang hangus | uangnya hangus | uang ... hangus"
        " | dp hangus | dpnya hangus | uang muka ... hangus | tiket hangus | tiketnya hangus"
        " | sudah hangus karena | antrean hangus | antreannya hangus | kuota ... hangus"
        " | kuota hangus | saldo hangus | poin hangus | klaim hangus | klaimnya hangus"
        " | biaya ... hangus | kursi ... hangus | jatah ... hangus | beasiswa ... hangus",
    ),
    _sig(
        "disaster_aid",
        "Bantuan bagi korban (sembako, beras, santunan, jaminan hidup, uang tunggu hunian)",
        "Aid for victims (food, rice, compensation, living allowance, housing money)",
        # Aid itself, not the place of the victims ("tenda pengungsian", "posko" are where
        # they are; a reprint there blocks no aid).
        "bantuan | santunan | sembako | logistik | dapur umum | bansos | jadup | stimulan"
        " | ganti rugi | membagi beras | beras | selimut | dibagikan | dibagi | uang tunai"
        " | dana tunggu hunian | jaminan hidup | bareh | mambagi"
        " | pembagian beras | terpal | membagikan beras | membagikan sembako"
        " | uang tunggu",
        negatable=False,
    ),
    _sig(
        "aid_received",
        "Bantuan untuk korban sudah diterima",
        "The victims' aid has already been received",
        "bantuan sudah kami terima | bantuan sudah diterima | bantuan sudah saya terima"
        " | sudah menerima bantuan | sudah dapat bantuan | sudah mendapat bantuan"
        " | bantuan sudah cair | bantuan sudah kami dapat | bantuannya sudah diterima"
        " | bantuannya sudah cair | bantuan ... sudah kami terima | bantuan ... sudah diterima"
        " | bantuan ... sudah saya terima | bantuan ... sudah cair",
    ),
    _sig(
        "safety_risk",
        "Keselamatan atau kebebasan terancam (kekerasan, ditahan, deportasi, perdagangan orang)",
        "Safety or liberty at risk (violence, detention, deportation, trafficking)",
        "kdrt | kekerasan dalam rumah tangga | dianiaya | penganiayaan | diculik"
        " | perdagangan orang | trafficking | tppo | ditahan polisi | ditahan imigrasi"
        # Threatened with a weapon at home, hiding, a safe house.
        " | mengancam pakai parang | mengancam dengan parang | mengancam pakai pisau"
        " | mengancam ... dengan parang | mengancam ... pakai parang"
        " | mengancam dengan pisau | ke rumah aman"
        # "Malam ini sy hrs keluar dr rumah suami krn ancaman, udh ada tempat di rumah aman
        # P2TP2A".
        " | tempat di rumah aman | keluar dari rumah suami karena"
        # "kabur dr rumah suami sore td krn dipukul lagi".
        " | kabur dari rumah suami | karena dipukul"
        " | dideportasi | deportasi | ditangkap | tertahan di bandara | tertahan di imigrasi"
        " | tertahan di plbn | tertahan di pos lintas batas | menggedor gedor pintu"
        " | terlantar di | diancam dibunuh | ancaman pembunuhan | tidak bisa pulang ke indonesia"
        " | ditahan di imigrasi | ditahan di bandara | ditahan di rutan | ditahan di penjara"
        " | ditahan di kantor imigrasi | ditahan majikan | ditahan di polsek | ditahan di polres"
        " | ditahan di kantor polisi | diamankan di | diamankan polisi | dibawa polisi"
        " | dibawa ke polsek | dibawa ke polres"
        # A child taken away with a promise of work abroad.
        " | menjanjikan kerja | dijanjikan kerja | anak perempuan saya hilang"
        " | anak saya hilang sejak"
        " | dikira buronan | disekap | dikurung | disiksa | tidak bisa keluar rumah"
        " | diancam oleh | mengancam saya | mengancam akan | takut keselamatan | keselamatan saya"
        " | nyawa saya terancam | kekerasan | dipukuli | penculikan"
        " | anak saya hilang | anak hilang | orang hilang | untuk pencarian"
        " | memukul saya | sering memukul | suka memukul | kabur dari suami | menggedor pintu"
        " | takut dia kembali | takut dia datang lagi | perdagangan anak | dijual ke luar negeri"
        " | dipaksa kerja | dibawa lari"
        " | dijemput penyidik | dijemput polisi | dijemput paksa | ditahan penyidik"
        " | ditahan kejaksaan | dibawa penyidik"
        " | ditahan di pos polisi | ditahan di pos"
        # "sekarang ditahan di ruang piket Polresta ..., polisi gak mau serahkan".
        " | ditahan di ruang piket"
        # Held at a port or an airport for want of proof of identity.
        " | ditahan ... di pos | ditahan ... di pelabuhan | ditahan ... di bandara"
        " | diproses sebagai wna"
        # Threatening visitors still outside the house now.
        " | masih duduk ... depan rumah | masih menunggu ... depan rumah"
        " | masih berdiri ... depan rumah | masih mondar mandir | masih di pos polisi"
        # A confused person found alone, who cannot say who they are.
        " | tidak bisa sebut nama | tidak bisa menyebut nama"
        # "Sejak kemarin sore ada bapak tua duduk di pos ronda, bingung, tidak ingat nama dan
        # rumahnya".
        + _CANNOT_SAY_WHO
        + " | saya dibereskan | akan dibereskan | mau dibereskan | dihabisi"
        # Someone restrained at home for want of care ("terpaksa kami ikat di rumah").
        " | dipasung | terpaksa kami ikat | terpaksa diikat | kami ikat di rumah | terus diikat"
        # A former partner who now knows where she lives and says he will come.
        " | akan datang menjemput | mau datang menjemput | belum berani keluar"
        " | gedor gedor pintu | tertahan di ruang imigrasi | daftar cegah"
        " | dirantai di rumah"
        # A wife who left a violent husband, found by him: "marah-marah dan mengancam" (her
        # leaving "karena sering dipukul" alone is the past).
        " | marah marah dan mengancam | takut pulang"
        # Fleeing tonight ("pergi dari rumah bawa anak karena suami memukul lagi ... Saya tidak
        # berani pulang").
        " | suami memukul lagi | tidak berani pulang"
        # A child who fled a violent stepfather, who "malam ini mau jemput paksa".
        " | mau jemput paksa | sering mukul",
        unless="paspornya tertahan di imigrasi | paspor tertahan di imigrasi"
        # An NGO's work in general ("Kami sering mendampingi anak korban kekerasan").
        " | sering mendampingi anak korban kekerasan | sering mendampingi korban kekerasan"
        # An NGO describing itself ("Kami dari LSM pendamping perempuan korban KDRT"), with a
        # general question.
        " | pendamping perempuan korban kdrt | pendamping korban kdrt"
        # An NGO's suggestion about cases handled ("dampingan kami korban KDRT ... Sekarang
        # semuanya sdh tertangani"); a detention told as over in praise ("sepupu sy sempat
        # ditahan di pos polisi ..., dilepas sejam kemudian").
        " | dampingan kami korban kdrt | bagi korban kdrt | sempat ditahan di pos polisi"
        # Safe now ("keluar dr rumah krn KDRT, sekarang sdh aman").
        " | karena kdrt sekarang sudah aman"
        # "Mohon NIK saya dibereskan": data to sort out, no threat.
        " | nik saya dibereskan | data saya dibereskan | ktp saya dibereskan"
        " | identitas saya dibereskan | ditahan satpam di pos"
        # Survivors ("penyintas TPPO yg pulang dari Malaysia"): the trafficking is over.
        " | penyintas tppo | penyintas perdagangan orang"
        # "akta nikah dan akta lahir anak hilang waktu rumah roboh": a child's document lost,
        # not a missing child.
        " | lahir anak hilang | kelahiran anak hilang | kia anak hilang | akta anak hilang"
        # "Setelah NIK ganda saya dibereskan, KK kami dicetak ulang": a record sorted out.
        " | ganda saya dibereskan | kk saya dibereskan | akta saya dibereskan"
        " | berkas saya dibereskan | data ganda saya dibereskan"
        # Remand or a sentence under way, not put at risk by a document ("sedang ditahan di
        # rutan di Serang menunggu sidang. Apakah Dukcapil bisa merekam KTP di rutan?").
        " | ditahan di rutan ... menunggu sidang | ditahan di rutan ... menjalani"
        " | ditahan di penjara ... menjalani"
        # A crowd stranded at an office by an outage; a workmate arrested for a forged card.
        " | warga terlantar di | terlantar di mal | terlantar di mpp | terlantar di kantor"
        " | ditemukan terlantar di"
        " | teman ... diamankan polisi | teman ... ditangkap | tetangga ... diamankan polisi"
        " | teman kerja saya ... diamankan polisi | teman kantor saya ... diamankan polisi"
        " | teman saya ... diamankan polisi | teman saya ... ditahan polisi"
        " | teman kerja saya ... ditahan polisi"
        " | pelakunya sudah ditangkap | pelaku sudah ditangkap | sudah ditangkap polisi"
        # The culprit of a misuse held by the police is no danger to anyone.
        " | pelakunya sudah ditahan polisi | pelaku sudah ditahan polisi"
        " | pelakunya ditahan polisi | pelaku ditahan polisi"
        # A survivor who has left ("sejak keluar dari rumah suami karena KDRT") tells the
        # past; a danger now is told as such.
        " | sejak keluar dari rumah suami karena kdrt"
        " | sempat dipasung | pernah dipasung | dulu dipasung"
        " | asli anak saya hilang | akta anak saya hilang | kia anak saya hilang"
        " | lahir anak saya hilang | ktp anak saya hilang | kk anak saya hilang"
        " | anak saya hilang dari kk | anak saya hilang dari data | anak saya hilang di kk"
        " | paspor ... tertahan di | ktp ditahan | kk ditahan | berkas ditahan | dokumen ditahan"
        " | ktp lama saya ditahan majikan | ktp saya ditahan majikan | ktp ditahan majikan"
        " | ditahan penyidik sebagai barang bukti"
        " | pensiun ditahan"
        " | dana ditahan | gaji ditahan | ijazah ditahan | uang ditahan | jadi ditahan"
        # Illness or disability keeps someone at home: vulnerable, not unsafe.
        " | lumpuh ... tidak bisa keluar rumah | stroke ... tidak bisa keluar rumah"
        " | sakit ... tidak bisa keluar rumah | tidak bisa keluar rumah karena sakit"
        " | tidak bisa keluar rumah karena stroke | tidak bisa keluar rumah karena lumpuh"
        " | rekam ktp karena tidak bisa keluar rumah | tahun tidak bisa keluar rumah"
        # Age keeps someone at home ("Nenek saya umur 91 tahun ... sudah tidak bisa keluar
        # rumah").
        " | sudah tidak bisa keluar rumah"
        " | diancam oleh petugas | diancam petugas | diancam oleh pegawai"
        " | untuk pencarian data | untuk pencarian datanya"
        # A question about people in custody in general ("untuk orang yang sedang ditahan
        # di rutan"): nobody named is at risk.
        " | orang yang sedang ditahan ... rutan | orang yang ditahan ... rutan"
        # Victims as a group in a suggestion ("ruang tertutup untuk perempuan korban
        # kekerasan"), not someone at risk now.
        " | untuk perempuan korban kekerasan | bagi perempuan korban kekerasan"
        " | untuk korban kekerasan | bagi korban kekerasan",
    ),
    # --- deadlines (the words; dates and their distance are judged in durations.py) ---------
    _sig(
        "self_harm",
        "Pelapor menyatakan ingin mengakhiri hidup",
        "The reporter says they want to end their life",
        "bunuh diri | mengakhiri hidup | akhiri hidup | mengakhiri semuanya | akhiri semuanya"
        " | tidak ada gunanya hidup | gak ada gunanya hidup | ingin mati saja | mau mati saja"
        " | lebih baik mati | pengen mati | capek hidup | lelah hidup",
        unless="bunuh diri massal | film | berita",
    ),
    _sig(
        "deadline_consequence",
        "Ada tenggat dengan akibat yang tidak bisa diulang (ujian, pendaftaran ditutup, berangkat)",
        "A deadline with an irreversible consequence (exam, enrolment closing, departure)",
        "terakhir | batas akhir | batas waktu | pendaftaran ditutup | penutupan | deadline"
        " | pendaftarannya tutup | pendaftaran tutup | pendaftarannya ditutup"
        # "Pendaftaran SLB negeri di Kota Tangerang tutup BESOK jam 12 siang" (not "sudah
        # tutup, besok lagi", an office closed for the day).
        " | tutup besok jam | tutup lusa jam"
        " | diberangkatkan"
        # Medicine that runs out on a day ("insulin ayah tinggal cukup sampai Kamis").
        " | tinggal cukup sampai | hanya cukup sampai | obatnya tinggal | insulin ... tinggal"
        " | pemasangan pen | pasang pen | pemberkatan"
        " | ujian | tes | tesnya | ujiannya | utbk | snbt | sbmptn | wawancara | seleksi"
        # A licensing exam for nurses, midwives and the like ("uji kompetensi (UKOM) sy hari
        # Selasa").
        " | uji kompetensi | ukom"
        # A treatment slot given away ("RS kasih waktu smp Rabu sore, kalau gk, jadwalnya
        # dikasih pasien lain").
        " | dikasih pasien lain | diberikan ke pasien lain | dialihkan ke pasien lain"
        # "slot tindakan dilepas ke pasien berikutnya".
        " | dilepas ke pasien"
        " | berangkat | keberangkatan"
        " | penerbangan"
        " | pesawat | tiket | sidang | sidangnya | persidangan | operasi | dioperasi | dibedah"
        " | jadwal terapi | terapi berikutnya"
        " | akad | akad nikah"
        " | pernikahan | menikah | pemakaman | dimakamkan | ppdb | pendaftaran sekolah"
        " | daftar sekolah | mendaftar sekolah | mendaftarkan sekolah | murid baru | siswa baru"
        " | peserta didik | kontrak | tanda tangan kontrak | habis berlaku | habis masa berlaku"
        " | berlakunya | kedaluwarsa | kadaluarsa | kadaluwarsa | expired | pelantikan | umroh"
        " | haji | visa | paspor | cpns | pencairan | mulai kerja | masuk kerja | rawat inap"
        " | bersaksi | saksi | notaris | kemo | kemoterapi | cuci darah | melahirkan"
        " | dikuburkan | jadwal operasi | jadwal kemo | jadwal cuci darah | kontrol dokter"
        " | bawa pulang | dibawa pulang | dipulangkan | pemulangan | gugur"
        " | didiskualifikasi | terbang | jadwal terbang | spmb | daftar ulang | batas"
        " | paling lambat | hangus | kapal | hpl | diperiksa | pemeriksaan"
        " | surat panggilan | dipanggil polisi | panggilan polisi | panggilan sidang | snpmb"
        " | snbp | pendaftaran ... tutupnya | pendaftaran ... ditutup | pendaftaran ... tutup"
        " | tutupnya hari ini | zonasi | daftar smp | daftar sd"
        " | kremasi | dirujuk | rujukan | kontrol ke poli | kontrol ke dokter | kontrol ke rs"
        " | eksekusi | dikosongkan | pengosongan | juru sita | digusur | penggusuran"
        " | pemungutan suara | pencoblosan | mencoblos | pilkades | pilkada | pemilu"
        " | ring jantung | pasang ring | ditangani malam ini | habis malam ini | jadwal kontrol"
        " | kontrol berikutnya | transfusi | jadwal transfusi"
        " | daftar sma | daftar smk | daftar tk | daftar paud | pendaftaran sd | pendaftaran smp"
        " | pendaftaran sma | pendaftaran smk | pendaftaran tk | pendaftaran paud | pppk | casn"
        " | kip kuliah | tutup hari ini | ditutup hari ini | ditutup lusa | ditutup besok"
        " | kerja baru | lapor diri | dinikahkan"
        " | akan nikah | mau nikah | acara nikah | ijab kabul | resepsi | lusa ... nikah"
        " | besok ... nikah | hari ini ... nikah"
        " | dikembalikan ke kas negara | hanya bisa diambil sampai | batas pengambilan"
        " | peserta cadangan | diganti peserta | kehilangan tempat | rekrutmen | waktu perbaikan"
        " | verifikasi dokumen akhir",
        # The counter's intake closed for the day is the office's schedule, not a deadline.
        unless="pendaftaran hari ini ditutup | pendaftaran hari ini tutup"
        " | disuruh daftar ulang | harus daftar ulang | daftar ulang dari awal"
        # A booking cancelled by the office ("cuma dikasih notif 'silakan daftar ulang'. pas
        # daftar ulang slot kosong semua").
        " | silakan daftar ulang | pas daftar ulang"
        # A day of leave spent in vain is a cost of coming ("Cuti sy hangus sehari").
        " | cuti saya hangus | cutinya hangus | cuti hangus"
        " | pemakaman sudah selesai"
        " | sudah dimakamkan | sudah dikuburkan | sudah dikebumikan"
        # A marriage already made is no event ahead ("KK baru ... karena sudah menikah");
        # the daily trip to work is no departure ("sebelum berangkat kerja shift malam").
        " | sudah menikah | telah menikah | sudah nikah | baru menikah"
        " | berangkat kerja shift | berangkat kerja pagi | berangkat kerja siang"
        " | berangkat kerja sore | berangkat kerja malam | berangkat ke kantor"
        " | berangkat ke pabrik | ongkos kapal | biaya kapal"
        # A workplace, not a sailing ("Hari kerja saya di kapal").
        " | kerja saya di kapal | kerja di kapal | bekerja di kapal"
        # A body sent home with thanks ("sehingga jenazah mama bisa diberangkatkan").
        " | jenazah ... bisa diberangkatkan"
        # A burial that went smoothly ("sehingga pemakaman pagi ini lancar").
        " | pemakaman ... lancar"
        " | pemakaman ... sudah diurus | pemakaman sudah diurus | setelah menikah"
        " | hari terakhir promo | terakhir promo"
        " | sesudah menikah"
        # A queue slot already forfeited is no loss ahead ("satpam bilang sudah hangus").
        " | sudah hangus | antrean hangus | antreannya hangus | nomor antrean hangus"
        " | jadwal ... sudah hangus | kuota ... hangus",
        negatable=False,
    ),
    # --- aggravating (high) ----------------------------------------------------------------
    _sig(
        "vulnerable_person",
        "Orang rentan (lansia, disabilitas, sakit, hamil, bayi, ODGJ, keluarga miskin)",
        "Vulnerable person (elderly, disabled, sick, pregnant, infant, mentally ill, poor)",
        "lansia | lanjut usia | manula | jompo | sepuh | disabilitas | difabel | penyandang cacat"
        " | cacat | tuna netra | tunanetra | tuna rungu | tunarungu | tuna wicara | lumpuh"
        " | saya tuli | yang tuli | tuli wicara | tunawicara | bisu tuli | tuli dan bisu"
        " | stroke | struk | struke | kursi roda | tidak bisa berjalan | tidak bisa jalan"
        " | tunadaksa | tuna daksa"
        " | hamil | ibu hamil | sedang hamil | mengandung"
        " | baru melahirkan | habis melahirkan | sakit | sedang sakit | sakit sakitan"
        " | rawat jalan | kanker | odgj | gangguan jiwa | gangguan mental | janda | yatim"
        " | skizofrenia | gangguan kejiwaan | sakit jiwa | penyakit jiwa | bipolar"
        " | rumah sakit jiwa | rsj"
        " | piatu | yatim piatu | miskin | tidak mampu | keluarga miskin | warga miskin | mbr"
        " | gakin | kurang mampu | pengangguran | tidak bekerja | menganggur | buruh harian"
        " | kuli | tulang punggung | sudah tua | orang tua renta | tinggal sendiri | pikun"
        " | alzheimer | gagal ginjal | tidak bisa bangun | terbaring | tidak bisa bicara"
        " | berkebutuhan khusus | autis | autisme | down syndrome | dipapah | harus dipapah"
        " | rehabilitasi jiwa | panti rehabilitasi | panti jompo | tidak kuat jalan"
        " | odha | hiv",
        # "Bikin sakit hati": hurt feelings, not a sick person.
        unless="rumah sakit | surat keterangan sakit | sakit hati",
    ),
    _sig(
        "infant",
        "Bayi atau balita",
        "An infant or small child",
        "bayi | balita | baru lahir | bayi baru lahir | anak baru lahir",
        unless="bayi tabung",
    ),
    _sig(
        "access_lost",
        "Akses ke bansos, BPJS/JKN, sekolah, kerja, gaji, pensiun atau bank terhambat",
        "Access to social aid, BPJS/JKN, school, work, wages, pension or banking is blocked",
        "bansos | bantuan sosial | pkh | blt | bpnt | kks | kis | kip | pip | jkn | bpjs | pbi"
        # Jakarta's school aid ("Anak aye KJP Plus-nya kagak cair").
        " | kjp | kjp plus"
        " | bpjs kesehatan | bpjs ketenagakerjaan | bpjs tk | asuransi | pensiun | taspen"
        " | jaminan kesehatan"
        " | gaji | upah | melamar kerja | lamaran kerja | lamar kerja | melamar pekerjaan"
        " | sd tidak mau | smp tidak mau | sma tidak mau | tk tidak mau | paud tidak mau"
        " | sd belum mau | sekolah belum mau | smp negeri menolak | sd negeri menolak"
        # "SD di sini tidak mau terima anak kami tanpa akta kelahiran".
        " | sd di sini tidak mau | sekolah di sini tidak mau | smp di sini tidak mau"
        " | sma negeri menolak"
        " | kontrak kerja | prakerja | kartu prakerja | cari kerja | mencari kerja | masuk kerja"
        " | mulai kerja | syarat kerja | untuk kerja | untuk bekerja | keperluan kerja"
        " | tidak bisa bekerja | tidak bisa kerja | diterima kerja | pemberkasan | syarat melamar"
        " | untuk pekerjaan | urusan pekerjaan | melamar | lowongan | daftar kerja"
        " | mendaftar kerja"
        " | daftar sekolah | mendaftar sekolah | pendaftaran sekolah | masuk sekolah"
        " | mau sekolah | persyaratan sekolah | syarat sekolah | untuk sekolah | ppdb"
        " | mendaftarkan sekolah | sekolah anak | pendaftaran murid"
        " | didaftarkan sekolah | didaftarkan ke sekolah | didaftarkan di sekolah"
        " | masuk paud | sekolah minta | pendaftaran sd | pendaftaran smp | sekolah swasta"
        " | bersubsidi | kusuka | bantuan mesin | pupuk subsidi"
        " | kartu tani"
        " | peserta didik | murid baru | siswa baru | kuliah | beasiswa | ujian"
        " | bank | perbankan | buka rekening | rekening bank | tarik uang | kyc"
        " | verifikasi luar negeri"
        " | pencairan | dicairkan | klaim | skck | nib | dapat bantuan"
        " | menerima bantuan | bantuan pemerintah | subsidi | sembako | berobat"
        " | puskesmas | sayang warga | permakanan | warisan | ahli waris | jaminan persalinan"
        " | tunjangan | jkn nya | kartu jkn | dana pensiun | npwp | coretax"
        " | bantuan bulanan | daftar penerima bantuan | penerima bantuan | pensiun* | bansos*"
        " | bpjs* | rekening ... dibuka | rekening belum | rekening tidak | rekening diblokir"
        " | rekening dibekukan | rekening saya dibekukan | gajinya | tunjangannya"
        " | bantuan lansia | bantuan disabilitas | bantuan yatim | bantuan pangan | bantuan beras"
        " | bantuan tunai | bantuan dari kelurahan | bantuan desa | jht | jaminan hari tua"
        " | sekolah menolak | ditolak sekolah | ditolak di sekolah | sekolah tidak mau"
        " | tidak bisa sekolah | tidak diterima sekolah | tidak diterima di sekolah"
        " | sd negeri | masuk sd | daftar sd | mendaftar sd | didaftarkan ke sd"
        # A family that moved, the child stuck at the old school.
        " | belum bisa pindah sekolah | tidak bisa pindah sekolah | menolak pra pendaftaran"
        # Aid that needs the card ("Saya perlu KTP untuk mendaftar bantuan alat bantu").
        " | ktp untuk mendaftar bantuan | ktp untuk daftar bantuan"
        " | tidak bisa terima bantuan | tidak bisa menerima bantuan | belum pernah sekolah"
        " | akun driver | tidak narik | tidak bisa narik"
        " | masuk dapodik | tercatat sebagai siswa | siswa tetap | tidak mau menerima pendaftaran"
        " | menolak pendaftaran | pelamar pppk | pelamar cpns",
        unless="hari kerja | jam kerja | kerja sama | kerjasama | saya bekerja di | dari puskesmas"
        # A time clause ("fotokopi KTP sy sdh kemana-mana waktu cari kerja").
        " | waktu cari kerja | waktu mencari kerja | saat cari kerja | saat mencari kerja"
        " | bpjs ... sudah aktif | bpjs ... tidak masalah | bpjs ... tidak ada masalah"
        " | bank tidak ada masalah | bpjs ... masih normal"
        # The card in use elsewhere ("dipakai buat BPJS lancar-lancar aja").
        " | bpjs lancar | bpjs ... lancar saja | bank ... lancar saja"
        " | bank dan bpjs tidak ada masalah"
        " | rekening bank dan bpjs ... masih normal"
        # Cover told as fine ("BPJS-nya aman, semua berkas udh beres", "udh di kamar rawat
        # inap & ditanggung BPJS").
        " | bpjs nya aman | bpjsnya aman | bpjs aman | ditanggung bpjs | bpjs nya lancar"
        " | bpjsnya lancar"
        # "td di puskesmas tetap dilayani pakai KIS kok".
        " | puskesmas tetap dilayani | tetap dilayani pakai kis | tetap dilayani pakai bpjs"
        " | dimana saya bekerja"
        # A day's wage spent on coming to the office is a cost, not lost access.
        " | hilang upah | kehilangan upah | upah sehari | gaji sehari | tiap ... tidak narik"
        " | tempat saya kuliah | tempat kuliah | persiapan kuliah"
        " | setiap ... tidak narik | sekali ... tidak narik",
    ),
    _sig(
        "external_agency",
        "Instansi atau layanan di luar Dukcapil (BPJS, bank, sekolah, Kemensos, Polri, KUA)",
        "An agency or service outside Dukcapil (BPJS, bank, school, social ministry, police)",
        "bpjs | bank | perbankan | sekolah | ppdb | kemensos | dinsos | dinas sosial | pajak"
        " | kementerian sosial"
        " | djp | prakerja | polri | polisi | signal | samsat | kpu | pemilu | imigrasi | nib"
        " | oss | kua | pengadilan | rumah sakit | puskesmas | operator | provider | kartu sim"
        " | pln | pdam | bansos | pkh | taspen | kampus | universitas | perusahaan | kantor"
        " | asuransi | aplikasi online | website lain | pendaftaran online | sayang warga"
        " | dapodik | dinas pendidikan | bkn | cpns | pertanahan | bpn | npwp | coretax | notaris"
        " | kbri | kjri | paspor | polsek | polres | ojol | dompet digital | e wallet | marketplace"
        " | kantor pajak | sekolahnya | snpmb | snbp | snbt | utbk | portal | satpas"
        " | dtks | bp2mi | p3mi | bp3mi | kantor pos | hrd | pelatihan kerja | websitenya"
        " | masuk sd | masuk smp | masuk sma | masuk tk | daftar sd | kkp | kusuka"
        " | dinas perikanan | petugas perikanan | kartu tani"
        " | aplikator | aplikasi ojol | mitra kurir | mitra driver | mitra ojol",
        unless="kantor kelurahan | kantor kecamatan | kantor dukcapil | bpjs ... lancar"
        " | aplikasi online disdukcapil | aplikasi online dukcapil | aplikasi online capil"
        " | bpjs ... tidak ada masalah | bank tidak ada masalah"
        " | bank lancar | bank ... lancar semua"
        # Told as working fine, an outside service is not blocked.
        " | bank ... tidak ada masalah | normal di bank | loket di kantor | bank ... lancar"
        " | masalah di bank | masalah di bank atau bpjs | bpjs ... masih normal"
        " | bank dan bpjs ... masih normal",
    ),
    _sig(
        "nik_problem",
        "NIK/KK diblokir, tidak aktif, tidak terdaftar, tidak ditemukan atau tidak sesuai",
        "NIK/KK blocked, non-active, not registered, not found or mismatched",
        "blokir* | diblokir | terblokir | nik tidak aktif | tidak aktif | belum aktif | non aktif"
        # Another person's record behind the NIK ("waktu NIK saya dimasukkan, yang keluar nama
        # seorang perempuan dari kabupaten lain").
        " | yang keluar nama seorang | yang keluar nama orang lain"
        " | tidak terdaftar | belum terdaftar | tidak ditemukan | tidak dikenali"
        " | tidak tervalidasi | belum tervalidasi | tidak valid | nik tidak sesuai"
        # "NIK ibu di sistem dianggap sudah meninggal".
        " | dianggap sudah meninggal | dianggap meninggal"
        " | terdaftar di kabupaten lain | terdaftar di kota lain | terbaca terdaftar di"
        " | tidak sama dengan data dukcapil | tidak sama dengan dukcapil"
        " | data tidak sesuai | tidak sesuai dengan dukcapil | tidak sesuai dengan data"
        # A living person recorded as dead: the central record must be undone.
        " | status saya tertulis meninggal | tertulis meninggal | dicatat meninggal"
        " | sudah meninggal menurut data | nasabah meninggal | tercatat meninggal memakai"
        " | tidak sesuai dengan yang | data saya tidak sesuai | tidak sinkron | belum sinkron"
        " | tidak padan | belum padan | padan | padannya | terpadan"
        " | error ketika kami mencari nik | nik ... tidak terbaca | ktp tidak terbaca"
        " | belum masuk dukcapil"
        " | belum masuk database | tidak ada di database | data tidak ditemukan | tidak diakui"
        " | tidak ketemu | tidak ketemu di pusat | dinonaktifkan | beda 1 digit"
        " | beda digit | selisih 1 digit | nik berbeda | nik beda | nik tidak sama"
        " | beda dengan nik | berbeda dengan nik | nik ... beda | nik ... berbeda"
        " | nik ... tidak sesuai | nik ... tidak sama | nik ... tidak cocok | nik ... tidak sinkron"
        " | nik ... tidak padan | tercatat sudah meninggal | tercatat meninggal"
        " | tidak cocok sama data | tidak cocok dengan data | beda dengan data kependudukan"
        " | beda dengan data dukcapil | berbeda dengan data dukcapil"
        " | berbeda dengan data kependudukan | gagal verifikasi | verifikasi gagal"
        " | gagal diverifikasi | statusnya sudah meninggal | status sudah meninggal"
        " | tidak lolos verifikasi"
        " | tidak sesuai hasil verifikasi"
        " | dinyatakan meninggal | padahal masih hidup"
        " | tidak sesuai dukcapil | tidak sesuai data dukcapil | tidak sesuai data kependudukan"
        " | berstatus meninggal | status meninggal | statusnya meninggal | saya masih hidup"
        " | data saya meninggal",
        unless="verifikasi wajah | gagal verifikasi wajah | scan wajah | tidak ketemu menu"
        # Numbers registered by a stranger and since blocked ("semua nomor sudah diblokir").
        " | diblokir operator | nomor ... sudah diblokir"
        # The reporter's own block of a lost bank card ("ATM sudah saya blokir").
        " | sudah saya blokir | atm sudah ... blokir | kartu atm ... blokir"
        " | sudah diblokir operator"
        " | rekening ... diblokir | rekeningnya diblokir | akun ... diblokir | mapnya tidak ketemu"
        " | dokumen ... tidak ditemukan | berkas ... tidak ditemukan | asli saya tidak ditemukan"
        " | tidak ketemu menunya | menunya tidak ketemu"
        " | tulisannya tidak terbaca | tulisan tidak terbaca | tulisan nya tidak terbaca"
        + _PHONE_INACTIVE
        + " | hp nya tidak aktif | hpnya tidak aktif | wa nya tidak aktif"
        " | berkas tidak ketemu | berkasnya tidak ketemu | berkas nya tidak ketemu"
        " | dokumen tidak ketemu | dokumennya tidak ketemu | orangnya tidak ketemu"
        " | sampai tidak dikenali | foto tidak dikenali | fotonya tidak dikenali"
        " | wajah tidak dikenali"
        # Numbers registered by a fraudster and now blocked: the remedy, not the problem.
        " | nomor itu sudah diblokir | nomor nomor itu sudah diblokir | nomornya sudah diblokir"
        # A phone not registered for a digital ID is an account matter, not the NIK.
        " | perangkat tidak terdaftar | perangkat belum terdaftar | device tidak terdaftar"
        " | ikd belum aktif | ikd ... belum aktif | ikd tidak aktif | ikd nya belum aktif"
        " | sampai sekarang tidak ditemukan | hampir tidak terbaca | nik ... hampir tidak terbaca"
        " | anda akan dinonaktifkan | akan dinonaktifkan klik",
    ),
    _sig(
        "death_not_recorded",
        "Kematian belum tercatat: orang yang meninggal masih tercatat hidup",
        "A death not recorded: someone who died is still recorded alive",
        "masih tercatat hidup | tercatat masih hidup | belum dinonaktifkan"
        " | nik belum dinonaktifkan",
    ),
    _sig(
        "duplicate_record",
        "NIK ganda atau data ganda (satu orang di dua KK, rekam biometrik ganda)",
        "Duplicate NIK or record (one person in two KKs, biometric duplicate)",
        "nik ganda | data ganda | ganda | dua nik | 2 nik | nik 2 | dua kk | 2 kk"
        " | muncul di dua | terdaftar di dua | tercatat di dua | rekam ganda | biometrik ganda"
        " | terdaftar untuk dua orang | untuk dua orang berbeda | terdaftar atas #num orang"
        # Another person's photo on the reporter's record ("Foto di KTP-el sy yg baru dicetak
        # ulang ternyata foto org lain"): a biometric mix-up.
        " | ternyata foto orang lain | fotonya foto orang lain"
        " | ada dua data dengan nik | dua data dengan nik saya"
        # "NIK ... juga tercatat untuk seorang perempuan di kabupaten lain".
        " | nik saya sudah digunakan | juga tercatat untuk seorang"
        " | dipakai oleh orang lain di kabupaten lain"
        " | sama persis dengan nik | nik sama persis | nik nya juga sama | nik yang sama"
        " | nik sama dengan | sudah terdaftar atas nama | terdaftar atas nama orang"
        " | nik saya juga dipakai | juga dipakai seseorang | nik nya dipakai orang lain juga"
        " | nik nya memang sama | nik nya sama persis | nik kami sama | nik saya sama dengan"
        " | sama dengan nik | nik yang sama persis | ganda record | sidik jari ... sama"
        " | sama dengan data penduduk lain | sama dengan data orang lain"
        " | terdeteksi sama dengan | atas nama perempuan lain | atas nama laki laki lain"
        " | atas nama pria lain | atas nama wanita lain | nik ... sama persis dengan"
        " | tercatat atas nama orang | tercatat di kk keluarga lain"
        " | terdaftar di kk keluarga lain | tercatat di kk lain | terdaftar di kk lain"
        " | muncul dua data | tercatat dua kali | terdaftar dua kali | tercetak dua kali"
        # "sistem menolak karena NIK saya terdaftar dua".
        " | nik saya terdaftar 2 | nik nya terdaftar 2"
        " | tercatat juga atas nama orang lain | terdaftar juga atas nama orang lain"
        " | satu nik untuk dua orang | satu nik dua orang | nik sudah digunakan"
        " | nik saya sudah terpakai | sudah terpakai oleh peserta lain",
        # "duplikat" is normalised to "ganda": a duplicate of a paper is a copy.
        unless="ganda buku nikah | ganda akta | ganda ijazah | ganda surat | ganda huruf"
        # A stranger's card with the same NIK and another face: misuse, not a duplicate
        # record ("NIK sama persis tp fotonya bukan sy").
        " | nik sama persis tapi fotonya bukan"
        # A multiple disability ("anak sy yg disabilitas ganda").
        " | disabilitas ganda | cacat ganda"
        # A copy of a lost deed asked for ("Mohon dibuatkan duplikat/salinannya").
        " | dibuatkan duplikat | buatkan duplikat | minta duplikat | duplikat salinannya"
        # The topic of a page or a talk ("halaman penjelasan soal NIK ganda").
        " | penjelasan soal nik ganda | penjelasan tentang nik ganda | informasi soal nik ganda"
        " | informasi tentang nik ganda | sosialisasi soal nik ganda"
        " | sosialisasi tentang nik ganda"
        " | kewarganegaraan ganda | berkewarganegaraan ganda | warga negara ganda"
        " | saya kira nik saya ganda | kira nik saya ganda"
        " | kacamata ganda"
        # Accounts opened on the NIK are misuse ("NIK saya juga dipakai membuka tiga
        # rekening lain").
        " | nik saya juga dipakai membuka"
        " | huruf ganda | ganda m | ganda n | ganda l | ganda s | ganda t | ganda r"
        " | m ganda | n ganda | l ganda | s ganda | t ganda | r ganda",
    ),
    _sig(
        "misconduct",
        "Dugaan pungli, calo, suap, pemerasan, pemalsuan atau penyalahgunaan wewenang",
        "Alleged illegal fee, broker, bribery, extortion, falsification or abuse of authority",
        "pungli | pungutan liar | pungutan | dipungut | calo | percaloan | suap | disuap"
        # An applicant not touched for fear of infection ("petugas perekaman gk mau pegang
        # tangan sy, bilang 'jauh2 sana, nular'").
        " | tidak mau pegang tangan | tidak mau memegang tangan"
        # A child called a slur at the counter ("anak hasil nikah siri gak bisa, itu anak
        # haram"): discrimination, not rudeness alone.
        " | anak haram"
        # A broker who offers a fast lane through someone inside.
        " | main dari dalam | orangnya dalam | orang dalamnya"
        " | menawarkan ... jadi #num hari | sumbangan sukarela"
        " | menyuap | sogok | sogokan | uang pelicin | uang rokok | uang lelah"
        " | uang jasa | minta imbalan | imbalan | pemerasan | diperas | memeras"
        " | gratifikasi | korupsi | pemalsuan | dipalsukan | memalsukan | palsu"
        " | manipulasi | dimanipulasi | oknum | jual blanko | menjual blanko"
        " | ribu per lembar | penyalahgunaan wewenang | sewenang wenang | diskriminasi"
        " | penyalahgunaan jabatan | menyalahgunakan jabatan | menyalahgunakan wewenang"
        " | diskriminatif | didiskriminasi | mendiskriminasi | direndahkan | merendahkan"
        " | dihina | menghina | dilecehkan | menertawakan | ditertawakan"
        # Gossip about a citizen's record by the official who processed it.
        " | menceritakannya ke | menceritakan ke tetangga | menceritakan ke orang"
        " | jangan aneh aneh | dukung calon lain | pendukung dia | tidak layani pendukung"
        " | beda pilihan | tidak akan saya proses | tidak akan kami proses | jangan lapor"
        " | bukan pendukungnya | bukan pendukung | memungut | memungut biaya | memungut uang"
        " | dikasih fotokopi kk | diberi fotokopi kk | diberikan fotokopi kk"
        " | berkasnya paling belakang | berkas ... paling belakang | menarik rp | menarik biaya"
        " | ditarik biaya | titip #num ribu | titip uang | nitip uang"
        " | diselipkan | dituakan | dimudakan | pilih salah satu agama"
        " | supaya kelihatan dewasa | biar kelihatan dewasa | agar kelihatan dewasa"
        " | lewat orang kecamatan | lewat orang kelurahan | lewat orang desa"
        " | menolak mencantumkan kepercayaan | menolak ... kepercayaan terhadap"
        " | melecehkan | dibeda bedakan | orang dalam | kenalan di dalam"
        " | kenalan orang dalam | punya kenalan | jalur belakang | lewat belakang"
        " | jalur khusus | jalan pintas | uang lebih | bayar lebih | nawarin jasa"
        " | menawarkan jasa | menawari jasa | ditawari jasa | ditawarin jasa | jasa pengurusan"
        # An official offering paid acceleration ("nawarin bantu 'percepatan' akta, ongkosnya
        # 300 ribu"; a free hand with a file is no offence); a threat tied to a review or a
        # report ("kalau review tidak dihapus, berkas ... tidak akan pernah selesai").
        " | nawarin bantu percepatan | menawarkan bantu percepatan | menawarkan percepatan"
        " | nawarin percepatan | ditawari percepatan | ditawarin percepatan"
        " | kalau review tidak dihapus | kalau ulasan tidak dihapus | kalau laporan tidak dicabut"
        " | kalau laporannya tidak dicabut | kalau pengaduan tidak dicabut"
        # A public complaint thrown back at the counter ("Oh ini yang suka viral-viralkan");
        # a price to go faster paid out of fear ("biar cepat, seratus lima puluh ya bu",
        # "sudah bayar karena takut dipersulit").
        " | suka viral viralkan | yang suka viral | suka viral viralin"
        " | biar cepat #num | supaya cepat #num | bayar karena takut dipersulit"
        # A fee told as the condition for speed ("kalau mau cepat ada uang lelah 150 ribu").
        " | kalau mau cepat ada uang | kalau mau cepat bayar | kalau mau cepat harus bayar"
        # A fixer claiming kin inside ("katanya dia keluarga pegawai di dalam, bisa bantu asal
        # ada Rp300.000"); an operator who put a stranger in a family card "dan minta saya
        # diam saja".
        " | keluarga pegawai di dalam | kenal pegawai di dalam | bantu asal ada rp"
        " | minta saya diam saja | minta kami diam saja | menyuruh saya diam saja"
        # A counter threat to spread a complainant's data ("Kalau Ibu ribut terus, data Ibu
        # saya sebar"); a name replaced on an aid list by the operator ("mengaku 'mengganti
        # karena ...'").
        " | kalau ibu ribut terus | kalau bapak ribut terus | saya sebar sekalian"
        " | operator desa mengaku mengganti | mengaku mengganti karena"
        # A file held back in spite ("berkas kau itu kami simpan saja, biar tahu rasa");
        # originals left at the counter and then "katanya tidak ada".
        " | biar tahu rasa | asli katanya tidak ada | dokumen asli saya hilang"
        # A deaf applicant sent home "kembali bersama keluarga yang bisa bicara".
        " | keluarga yang bisa bicara | keluarga yang bisa berbicara"
        " | jalur cepat | akta orang lain"
        " | akte orang lain | ktp orang lain | kk orang lain | data orang lain"
        " | nama orang lain | malah nama lain | atas nama orang lain"
        " | bukan dari keluarga saya | bukan keluarga saya | bukan anak saya"
        " | bukan data kelahiran | bukan datanya | bukan data yang bersangkutan"
        " | data milik orang lain | dokumen orang lain | berkas saya dihilangkan"
        " | dokumen saya dihilangkan"
        # Aid still paid out in a dead person's name: someone keeps the record alive.
        " | uangnya tetap cair | uangnya masih cair | bantuannya tetap cair"
        " | bantuannya masih cair"
        # A fee as the condition for a falsification ("asal ada uang adat").
        " | asal ada uang | asal bayar | asalkan bayar | asal ada duit | uang adat"
        # Belief columns refused and the applicant laughed at.
        " | ikut tertawa | kolom kepercayaan tidak bisa | disuruh tulis hindu"
        " | disuruh tulis islam | disuruh tulis kristen | disuruh menulis agama lain"
        " | ditulis islam saja | ditulis kristen saja | ditulis agama lain | disuruh ganti agama"
        " | diminta ganti agama"
        # A hint at a bribe; a service refused for joining a protest.
        " | tahu sama tahu | yang ikut demo | karena ikut demo | gara gara ikut demo"
        " | karena ikut aksi | gara gara ikut aksi | karena saya ikut demo"
        " | karena saya ikut aksi | tidak usah minta minta"
        # A bribe asked for by a hint ("kecuali ada pengertiannya").
        " | kecuali ada pengertiannya | kecuali ada pengertian | asal ada pengertiannya"
        " | ada permainan antara | ada main mata | umurnya ditulis"
        # Marriage registration refused for a belief, a status changed for money, an
        # officer steering applicants to a paid shortcut.
        " | tidak ikut salah satu agama | diperlakukan berbeda | membayar orang kantor"
        " | bayar orang kantor | supaya statusnya diubah | agar statusnya diubah"
        " | titip pengurusan | dijamin seminggu jadi | dijamin cepat jadi"
        # Demoted for who one is ("ko orang kampung bau, ... nanti paling terakhir").
        " | orang kampung bau | nanti paling terakhir | tumpukan paling bawah"
        " | yang kayak kamu | orang kayak kamu | yang seperti kamu | orang seperti kamu"
        # Village officials: a card held as collateral, a service refused to the losing
        # side of an election, residents made up so that they can vote.
        " | menahan ktp asli | menahan kk asli | sebagai jaminan pinjaman | minta saja ke calonmu"
        " | supaya mereka bisa ikut memilih | agar mereka bisa ikut memilih"
        # A child's birth year changed so that she can be married; outsiders put in a
        # village's KKs for its aid.
        " | tahun lahirnya diubah | tahun lahir diubah | supaya bisa dinikahkan"
        " | agar bisa dinikahkan | supaya mereka dapat bantuan | tidak pernah tinggal di desa ini"
        " | supaya saya cukup umur | supaya cukup umur | agar cukup umur"
        " | biar dapat bantuan lansia | supaya dapat bantuan lansia | sudah diurus pak kades"
        # Service refused to displaced people or newcomers ("yang dilayani cuma warga asli").
        " | cuma warga asli | hanya warga asli | pendatang urus sendiri"
        " | sudah diurus dengan operator | minta saja ke calon"
        " | salah satu dari enam agama | tertawa dengan rekannya | dengan bayaran"
        " | menggosokkan jempol"
        # A threat to put a file last, an insider's door for a broker.
        " | taruh paling bawah | ditaruh paling bawah | taruh paling belakang"
        " | berkasnya antre belakang | berkas antre belakang | berkasnya antri belakang"
        " | lewat pintu samping | lewat pintu belakang | masuk ruang pegawai | pintu khusus pegawai"
        " | dihilangkan petugas | uang blanko | seikhlasnya | amplop | uang terima kasih"
        " | hilang di kelurahan | hilang di kecamatan | hilang di dinas"
        " | hilang di dukcapil | punya keluarga lain | milik keluarga lain"
        " | data keluarga lain | punya orang lain | milik orang lain"
        " | padahal saya tidak pernah | padahal tidak pernah | diinput operator"
        " | operator lama | diubah tanpa | diganti tanpa | tiba tiba muncul"
        " | menolak melayani | tidak mau melayani | diusir | jangan harap | tidak mau layani"
        # A kiosk that applicants must buy from, "punya istri petugasnya".
        " | punya istri petugasnya | milik istri petugas | punya istri petugas"
        " | sengaja ditahan | sengaja dipersulit | balas dendam | suka lapor | dipaksa"
        " | memaksa saya | tidak usah bikin | tidak usah buat | agama yang resmi"
        " | tidak pilih dia | tidak memilih dia | pilihan politik"
        " | ubah umur | mengubah umur | umurnya diubah | dibuat lebih tua | dibuat lebih muda"
        " | umur ... dibuat lebih"
        " | tidak pilih saya | tidak memilih saya | karena pilkades | gara gara pilkades"
        " | soal pilkades | lewat kenalan | lewat kenalannya | kenalannya di"
        " | lewat orang loket | lewat petugas loket | menawari ktp | menawarkan ktp"
        " | menawari akta | menawarkan akta | menawari kk | nawarin ktp | nawarin akta"
        " | bukan cuma kk saya | bukan hanya kk saya | kk keluarga lain | berkas orang lain"
        " | ditahan oleh kepala | ditahan oleh kadus | baru akan diserahkan kalau"
        " | baru diserahkan kalau | baru dikasih kalau | baru diberikan kalau"
        " | jangan macam macam | nanti dipersulit | akan dipersulit | kk fiktif"
        # "jangan sok-sokan curiga, nanti urusan ibu dipersulit".
        " | nanti urusan ... dipersulit"
        " | penduduk fiktif | data fiktif | orangnya tidak pernah ada | dibuat atas perintah"
        " | di sini tidak terima | urus di kampung saja | jangan bikin kotor kantor"
        " | tidak dikasih kalau | tidak diberikan kalau | tidak diserahkan kalau"
        " | kalau belum lunas | nunjuk nunjuk muka | selipkan | menyelipkan uang | uang merah"
        " | uang di bawah map | diselipkan di map | diselipkan ke map"
        " | harus diisi salah satu agama | tidak bisa ditulis kepercayaan | lewat akun petugas"
        # A penghayat told "nyanda ada itu, pilih jo satu agama".
        " | pilih jo satu agama | pilih satu agama"
        # A stranger in the family card: "Siapa yang memasukkan dia ke KK saya?".
        " | siapa yang memasukkan | siapa yang menambahkan"
        # A status changed "diinput dari akun operator Kecamatan ... tanpa dokumen dasar".
        " | diinput dari akun operator | diubah dari akun operator | tanpa dokumen dasar"
        " | pakai akun petugas"
        " | mendukung calon lain | tidak usah diurus"
        " | laporan ... tidak dicabut | cabut laporan | mencabut laporan | biaya percepatan"
        # "kalau laporan tidak saya cabut, nama saya tidak akan dimasukkan lagi dalam daftar
        # bantuan"; aid drawn by an official's circle ("Yang mengambil, kata orang, kerabat
        # kepala dusun sendiri") or paid out to someone else after a pendamping changed the
        # account.
        " | laporan tidak saya cabut | kerabat kepala dusun | kerabat kepala desa"
        # An official who "chat pribadi ngajak jalan dan bilang KTP saya bisa cepat kalau
        # saya mau"; blank forms to sign ("menandatangani tiga lembar formulir kosong").
        " | ngajak jalan | mengajak jalan | formulir kosong"
        # A price for the same day ("kalau mau hari ini 50 ribu, kalau gratis minggu depan").
        " | kalau mau hari ini #num | kalau gratis minggu depan"
        # "nyuruh sy tanda tangan di kertas kosong & cap jempol di buku catatan pribadi dia".
        " | tanda tangan di kertas kosong | tanda tangan kertas kosong"
        " | menandatangani kertas kosong"
        # A transgender applicant's old name read out and her looks mocked ("mengomentari
        # penampilan sy di depan puluhan org").
        " | mengomentari penampilan"
        # Krama: a penghayat "dipeksa milih salah satunggaling agama"; a fee "dipun suwuni
        # Rp50.000 per tiyang" with "kuitansi mboten dipun paringi"; cards released only when
        # dues are paid ("Warga baru boleh ambil kalau bayar 'iuran kebersihan'").
        " | dipeksa milih | dipaksa milih | dipaksa memilih | dipun suwuni rp"
        " | kuitansi tidak dipun paringi | baru boleh ambil kalau | baru boleh diambil kalau"
        # A finished card held back "baru diserahkan setelah saya lunasi tunggakan PBB"; a
        # clerk's threat ("lapor aja sana, nanti berkas ibu gak saya proses selamanya").
        " | baru diserahkan setelah | tidak saya proses"
        " | sudah dicairkan orang lain"
        " | cabut laporanmu | cabut laporannya | mencabut laporannya | cabut pengaduan"
        " | uang percepatan | kalau mau didahulukan | tulis hindu saja | aliran sesat"
        " | temannya tertawa | diperlakukan tidak sama | mengubah data di dinas"
        " | ada yang mengubah data | uang itu untuk petugas | untuk petugas dukcapil yang"
        " | tidak dukung dia | tidak mendukung dia | waktu pilkades"
        " | tidak akan dilayani lagi | masih banyak bicara"
        " | tidak akan diserahkan sebelum | tidak akan diberikan sebelum | sebelum saya melunasi"
        " | sebelum melunasi"
        " | titip #num puluh | titip #num ratus | dibuat ulang oleh"
        " | harus pilih hindu | atau tidak dilayani | agama kok tidak jelas | bisa diatur"
        " | tidak akan diproses | masih ribut di medsos"
        " | tidak akan diurus lagi | masih bikin ribut"
        " | titipan pak | ini titipan | orang titipan | memanggil ... tanpa nomor"
        " | pilih saja kristen | pilih saja islam | pilih saja salah satu agama | pilih saja agama"
        " | jangan harap lancar | menghapus tulisan itu"
        # Threats over a public post, and service refused or mocked for who the person is.
        " | bisa bermasalah kalau | akan bermasalah kalau | menghapus postingan"
        " | postingan dihapus | hapus postingan | bawa orang yang normal | cacat ngapain"
        " | cacad mah | cacad ngapain | diperlakukan berbeda karena | karena asal saya"
        " | karena suku saya | karena agama saya | karena disabilitas saya"
        " | urus di papua saja | urus di kampung sendiri | suka posting | kalau ... posting lagi"
        " | awas kalau | awas ya kalau | tidak akan pernah selesai | siapa yang mengubah data"
        " | sengaja dibuat tidak benar | sengaja diubah | sengaja dipalsukan | kenal orang di dinas"
        " | kenal orang di dukcapil | kenal orang dalam | titip berkas ke dia | jual nomor antrean"
        " | menjual nomor antrean | nomor antrean ... dijual | saja biar gampang"
        " | masih ada saja yang begini | suka viralkan | suka memviralkan | kalau mau cepat #num"
        " | suka lapor lapor | jangan harap dapat | urus sendiri dokumenmu | tidak milih aku"
        " | tidak memilih aku | urus saja sendiri | tahun lahir dimundurkan | umurnya dimundurkan"
        " | membayar ke operator | bayar ke operator | membayar ke petugas | diwajibkan membeli"
        " | aliran tidak jelas | pilih salah satu agama yang ada | uang pengertian"
        " | pilih salah satu dari ... agama"
        # Only some applicants are asked for more ("orang lain di antrean tidak diminta").
        " | orang lain ... tidak diminta | yang lain tidak diminta | hanya kami yang diminta"
        " | curiga dibantu | dibantu operator di | ulah operator | ulah oknum | ulah petugas"
        " | yang mendukung calonnya | dikembalikan setelah pilkades"
        # A document handed to someone else by staff without the owner's authority.
        " | tanpa surat kuasa | menyerahkan begitu saja"
        # Residents who never lived there put on the list; a complete file steered to a
        # paid agency linked to the official.
        " | memasukkan ... nama ke data | lewat biro jasa | biro jasa di depan"
        # A child's registration refused for the mother's marital status.
        " | kalau sudah punya suami | anak di luar nikah ya"
        " | milik saudara petugas"
        " | dimasukkan ke saku | masuk ke saku | menerima pesanan kk | menerima pesanan ktp"
        " | lewat jalur biasa bisa | pilih saja salah satu yang resmi | itu bukan agama"
        " | tidak akan pernah diurus | tidak akan pernah diproses | petugas itu diperiksa"
        " | operator itu diperiksa | oknum itu diperiksa | petugas tersebut diperiksa"
        " | tidak bakal diproses | datang belakangan langsung dilayani | tunggu di luar pagar"
        # Retaliation for complaining ("kalau mau lapor-lapor, urusanmu saya bikin tidak
        # selesai", "urusan surat-menyurat keluarga saya tidak akan dilayani"); a follower
        # of a kepercayaan told to pick a religion; data changed on purpose.
        " | saya bikin tidak selesai | urusanmu saya bikin | tidak akan dilayani"
        " | bisa saya bikin susah | saya bikin susah | saya persulit"
        " | kenal dengan petugas langsung dilayani | langsung dilayani walaupun datang belakangan"
        " | mempermalukan desa | diminta memilih salah satu agama"
        " | disuruh memilih salah satu agama | karena saya penghayat"
        " | sengaja mengubah data | ada yang sengaja mengubah"
        " | disuruh orang untuk mengubah | disuruh mengubah data | mengaku mengubah data"
        # A service refused to a former prisoner ("desa kami tidak menerima bekas napi").
        " | tidak menerima bekas napi | tidak menerima mantan napi"
        # Withheld until a fee is paid; help from an insider to change a record.
        " | sebelum ... melunasi | kalau ... belum melunasi | kalau belum bayar"
        " | dibagikan kalau ... melunasi | kalau ... sudah melunasi | yang belum bayar belum dapat"
        " | kenal orang di dalam | menawari mengubah | menawarkan mengubah"
        # A broker's boast of an insider ("punya kawan di dalam, bagian arsip").
        " | punya kawan di dalam | punya teman di dalam | punya orang di dalam"
        " | sodara di dalam | saudara di dalam | orang gunung bikin susah"
        # Elections: support demanded before service, services withheld from an opponent's
        # supporters or from newcomers until the vote, a record changed with an official's
        # help, a vote cast in a dead person's name.
        " | formulir dukungan | tanda tangan dukungan | tidak akan dapat surat pengantar"
        " | ditahan dulu sampai pemilihan | sampai pilkades selesai | diperlakukan beda"
        " | perintah kepala desa | diubah dengan bantuan petugas | mencoblos atas nama"
        " | karena asal daerah saya | pilih agama saja | pilih agama aja"
        # A "priority lane" sold by an official; a convert lectured and sent away; a letter
        # refused to a family that backed the other candidate.
        " | menawari saya jalur prioritas | jalur prioritas rp | menyebut saya murtad"
        " | pulang untuk berpikir ulang | tidak dukung saya | tidak mendukung saya"
        " | tidak dukung pak kades | tidak mendukung pak kades | tidak dukung calon"
        # Told they need no card for who they are ("orang laut tidak usah KTP").
        " | tidak usah ktp | tidak usah punya ktp | tidak perlu punya ktp"
        " | tidak mendukung calon"
        # Residents' records faked on a village head's order ("itu 'perintah Pak Desa'"); a
        # fee list posted at the counter ("Tarif: Legalisir KK Rp5.000, Pengantar ...").
        " | perintah pak desa | perintah pak kades"
        " | tarif legalisir | tarif pengantar"
        # Retaliation promised for a complaint ("silakan lapor, nanti berkasnya makin lama").
        " | nanti berkasnya makin lama | berkasnya makin lama | tidak akan diproses kalau"
        " | lihat saja nanti berkas | kalau mau cepat ada jalurnya | ada jalurnya pak"
        # A complainer singled out and their file put last ("Oh ini yang lapor-lapor ya ...
        # berkas ibu saya simpan paling bawah").
        " | ini yang lapor lapor | yang suka lapor lapor | simpan paling bawah"
        " | sok lapor lapor | urusanmu makin lama | urusannya makin lama"
        " | berkasmu saya simpan | saya simpan di laci"
        # A bribe hinted at ("kalau mau cepat ya tahu sendiri lah, jangan datang tangan
        # kosong").
        " | jangan datang tangan kosong | ya tahu sendiri lah"
        # A broker pointed out by the counter ("Ke Mas yang pakai topi itu saja, 150 ribu
        # sore jadi"); a change an operator admits ("mengaku mengubahnya"); a deaf applicant
        # sent home ("bawa keluarga yang bisa dengar, baru kami layani").
        " | ribu sore jadi | ribu besok jadi | ribu langsung jadi | mengaku mengubahnya"
        " | bawa keluarga yang bisa dengar | yang bisa dengar baru kami layani"
        # A caller posing as staff who knows the application and names a price ("berkasnya
        # bermasalah dan bisa beres kalau saya transfer Rp750 ribu").
        " | bisa beres kalau saya transfer | beres kalau transfer"
        # Hush money from an official ("Ibu diam saja nanti dapat bagian").
        " | diam saja nanti dapat bagian | nanti dapat bagian"
        # A record changed by an official who was paid ("perubahan KK itu dibantu perangkat
        # desa yang dibayar").
        " | perangkat desa yang dibayar | operator yang dibayar | petugas yang dibayar"
        # A child "titipped" into another family's card for school zoning, for a price.
        " | menitipkan anak saya di kk | menitipkan anak di kk | titip anak di kk"
        " | numpang kk warga"
        # "Ibu kalau banyak protes, berkasnya bisa lama lho, saya yang pegang."
        " | kalau banyak protes | berkasnya bisa lama | kalau protes terus"
        " | biar kamu belajar sopan | supaya kamu belajar sopan"
        # A complainer threatened with a counter-report ("jangan fitnah, bisa dilaporkan
        # balik pakai UU ITE").
        " | bisa dilaporkan balik | saya laporkan balik | dilaporkan balik pakai"
        # A file held until a bad review is deleted ("hapus dulu ulasannya").
        " | hapus dulu ulasannya | hapus ulasannya | hapus dulu ulasan | hapus dulu reviewnya"
        " | disimpan paling bawah"
        " | langsung diubah di sistem"
        " | pilih saja salah satu dari | kepercayaan kami bukan agama | dibantu orang kelurahan"
        " | dibantu orang kecamatan"
        " | dibantu orang desa | dibantu orang dinas | dibantu orang dukcapil",
        allegation=True,
        # An outside institution refusing to serve is a refusal, not an official's misconduct.
        # A citizen suspecting a stranger's KTP is asking for a check, not alleging misconduct.
        unless="dicurigai palsu | diduga palsu | dianggap palsu | dikira palsu | curiga palsu"
        # A fake job advert ("'lowongan kerja' palsu") is a scam, not falsification by staff.
        " | lowongan kerja palsu | lowongan palsu | loker palsu"
        # "Sy gak minta data orang lain ya": the reporter's own check, said up front.
        " | tidak minta data orang lain | tidak meminta data orang lain"
        # Praise: "tidak minta imbalan apa pun".
        " | tidak minta imbalan | tidak meminta imbalan | tanpa imbalan | menolak imbalan"
        # A scam page or link called out ("Tolong diumumkan bahwa itu palsu", "link palsu").
        " | bahwa itu palsu | link palsu | tautan palsu | situs palsu | website palsu"
        " | halaman palsu | sadar palsu | baru sadar palsu"
        # Afraid of being taken for a briber ("tidak mau nanti dikira menyuap").
        " | dikira menyuap | disangka menyuap | dianggap menyuap"
        # A card left with a private lender as collateral: no official's doing.
        " | rentenir sebagai jaminan pinjaman | bank keliling sebagai jaminan pinjaman"
        " | lintah darat sebagai jaminan pinjaman | koperasi sebagai jaminan pinjaman"
        # The reporter asks whether something is a levy ("Ini pungli atau bukan?", "Apa itu
        # pungli?") or suspected one and had it explained ("sempat curiga pungli, tapi ...").
        " | pungli atau bukan | apa itu pungli | apakah itu pungli | itu pungli bukan"
        " | ini pungli bukan | pungli bukan sih | mengembalikan amplop | menolak amplop"
        " | pungli kah"
        " | sempat curiga pungli"
        # A lookup that shows someone else's name is a record problem ("yang keluar nama orang
        # lain", "terisi nama orang lain").
        " | keluar nama orang lain | muncul nama orang lain | terisi nama orang lain"
        " | curiga ... palsu | curiga ktpnya palsu"
        " | bank tidak mau melayani | bank menolak melayani | sekolah tidak mau melayani"
        " | sekolah menolak melayani | rumah sakit tidak mau melayani"
        " | rumah sakit menolak melayani"
        " | termasuk pungli tidak | termasuk pungutan liar tidak | termasuk pungli bukan"
        " | termasuk pungutan liar bukan | termasuk pungli atau tidak"
        # A figure of speech about a typo ("nama itu doa, ini sama saja menghina").
        " | sama saja menghina | sama dengan menghina | seperti menghina"
        # A facility asked for ("ruang tertutup atau jalur khusus untuk perempuan"), a name
        # to be changed "tanpa nama ayahnya".
        " | atau jalur khusus | sediakan jalur khusus | jalur khusus untuk perempuan"
        " | diganti tanpa nama"
        " | termasuk pungutan liar atau tidak"
        # Slogans on banners and names of task forces allege nothing.
        " | tanpa pungutan | tampa pungutan | tanpa pungli | bebas pungli | bebas pungutan"
        " | stop pungli | tolak pungli | anti pungli | saber pungli"
        " | asli atau palsu | palsu atau asli | palsu atau tidak | asli dan palsu"
        # Someone caught using a forged card is a crime story, not an official's misconduct.
        " | ketahuan memakai ktp palsu | ketahuan pakai ktp palsu | memakai ktp palsu untuk"
        " | disangka ... palsu | disangko ... palsu | dikira ... palsu | dianggap ... palsu"
        " | kira palsu"
        " | diganti tanpa mengurus | diganti tanpa harus | diubah tanpa harus"
        # Thanks to staff, and a schooling never had, are no allegation.
        " | terima kasih untuk petugas ... yang | terima kasih banyak untuk petugas ... yang"
        " | apresiasi untuk petugas ... yang | mau kasih amplop | mau memberi amplop"
        " | menolak ... amplop | saya sodorkan amplop | saya menyodorkan amplop"
        # Money the reporter slipped in and the officer gave back; a levy feared, then
        # explained as a shop's price.
        " | bilang semua gratis | kira ada pungli ternyata"
        " | ingin kasih amplop | ingin memberi amplop"
        " | padahal saya tidak pernah sekolah | padahal saya tidak pernah kuliah",
    ),
    _sig(
        "file_lost",
        "Berkas atau dokumen asli pemohon hilang atau terselip di kantor",
        "The applicant's file or original document was lost or mislaid at the office",
        "asli hilang | yang asli hilang | berkas hilang | berkas saya hilang | berkasnya hilang"
        " | berkasnya tidak ketemu | berkas tidak ketemu | terselip | berkas asli hilang"
        " | dokumen asli hilang | hilangnya dokumen | hilangnya berkas | dokumen saya hilang"
        " | asli saya tidak ada | dokumen asli saya tidak ada | tidak ada di map"
        " | kebawa berkas lain | terbawa berkas lain | bilang tidak ketemu"
        " | asli saya tidak ditemukan | asli ... tidak ditemukan | kemungkinan hilang"
        " | mapnya tidak ketemu | map ... tidak ketemu | asli satu satunya"
        # "petugas bilang berkas aslinya tidak ketemu, mungkin ikut terbuang".
        " | berkas aslinya tidak ketemu | aslinya tidak ketemu | berkasnya tidak tahu kemana"
        " | tercecer di kantor | dokumen aslinya hilang | tapi dokumen aslinya hilang"
        # An original handed in at the counter "hilang", the clerk saying "ketelisut".
        " | ke loket untuk legalisir hilang | petugas bilang ketelisut | bilang ketelisut"
        # "sekarang katanya hilang, petugasnya gak tau ditaruh di mana".
        " | tidak tahu ditaruh di mana | tidak tahu ditaruh dimana"
        # Originals "tidak dikembalikan", "tidak pernah ada serah terima".
        " | asli ... tidak dikembalikan | tidak pernah ada serah terima"
        # The counter denying it ever took the original ("buku nikah asli ortu gak ada,
        # petugas skrg bilang 'tidak pernah terima', padahal sy pegang tanda terimanya").
        " | bilang tidak pernah terima | bilang tidak pernah menerima"
        " | bilang tidak pernah diterima"
        # "Petugas cuma bilang 'mungkin kebuang waktu beres2 meja'".
        " | bilang mungkin kebuang"
        # "petugas bilang berkas asli 'belum ketemu'".
        " | berkas asli belum ketemu | asli belum ketemu | berkasnya belum ketemu"
        # An original kept by the counter and never returned ("jawabannya 'masih dicari'").
        " | jawabannya masih dicari | katanya masih dicari"
        # "berkas kami 'tidak ada di sistem maupun di lemari'".
        " | tidak ada di sistem maupun di lemari | tidak ada di lemari"
        " | berkas saya tidak tahu kemana"
        # "petugas bilang berkas kami hilang, tidak tahu di mana".
        " | berkas kami hilang | berkas kami tidak ketemu"
        " | tidak pernah menerima dokumen asli | tidak pernah menerima berkas"
        " | berkas saya tidak ada | berkasnya tidak ada | mungkin terselip"
        " | asli ... dinyatakan hilang | dinyatakan hilang oleh petugas"
        " | berkas asli tidak ada | dokumen asli tidak ada | asli tidak ada"
        " | tidak tahu siapa yang simpan | tidak tahu siapa yang menyimpan"
        " | dokumen asli ... hilang | ijazah asli ... hilang | buku nikah asli ... hilang"
        # "gk ada, mgkn kebawa berkas lain": the negation is part of the loss.
        " | tidak ada ... kebawa berkas lain | tidak ada ... terbawa berkas lain"
        " | dicari tidak ketemu"
        " | terbawa berkas orang lain | kebawa berkas orang lain"
        " | dokumen asli tidak dikembalikan | asli tidak dikembalikan"
        " | buku nikah ... tidak dikembalikan | ijazah ... tidak dikembalikan"
        # An original left at the counter that staff now say is lost.
        " | petugasnya bilang hilang | petugas bilang hilang | ditinggal di loket"
        " | berkas tidak ditemukan | berkasnya tidak ditemukan"
        # The office says the original is not in its archive, or that the applicant took it.
        " | tidak ada di arsip | mungkin sudah saya ambil | katanya sudah saya ambil"
        " | bilang sudah saya ambil | tidak pernah mengambilnya | map saya tidak ada"
        " | mapnya tidak ada | map ... tidak ada"
        # "petugasnya bilang mapnya hilang waktu pindahan ruangan".
        " | mapnya hilang | map saya hilang | hilang waktu pindah ruangan"
        # "Petugas bilang sudah dikembalikan, padahal tanda terimanya masih saya pegang".
        " | bilang sudah dikembalikan padahal | tanda terimanya masih saya pegang"
        " | hilang waktu pindahan ruangan | hilang saat pindah ruangan",
        # Mislaid at home is not lost by the office.
        unless="terselip di dompet | terselip di rumah | terselip di tas | terselip di lemari"
        " | terselip di saku | terselip di jaket | terselip di laci",
    ),
    _sig(
        "payment_or_threat",
        "Permintaan bayaran atau ancaman (pungli bila dari petugas atau kantor layanan)",
        "A demand for payment or a threat (an illegal fee when it comes from an office)",
        "minta uang | meminta uang | diminta uang | dimintai uang | dimintai biaya"
        " | kontribusi rp | uang kontribusi"
        " | diminta biaya | diminta membayar | diminta bayar | disuruh bayar"
        " | disuruh membayar | harus membayar | harus bayar | dikenakan biaya"
        " | dikenai biaya | ditarik biaya | biaya tambahan | mengancam | diancam"
        " | intimidasi | diintimidasi | minta rp | meminta rp | diminta rp | bayar rp"
        " | uang map | infak | infaq | uang kas | kalau tidak diberi | yang tidak beli tidak"
        " | bantu administrasi | untuk percepatan | biaya percepatan | uang percepatan"
        " | map dan percepatan | mengumpulkan rp | uang foto"
        " | mewajibkan setiap warga beli | diwajibkan beli | mewajibkan beli | dipalak"
        " | memalak | kecuali kami beli | kecuali beli | kecuali membeli | kecuali kami bayar"
        " | isi kotak | uang rokok | uang rokoknya | uang administrasinya | setor rp"
        " | ganti bensin"
        " | kecuali bayar"
        " | membayar rp | jasa rp | biaya rp | dimintai | dimintain | minta #num"
        " | menarik rp | narik rp | transfer rp | tambah #num ribu | tambah #num rb | ribu per"
        " | isi kas desa | uang kas desa | kuitansi tulisan tangan | #num per lembar"
        " | dijual rp | biaya administrasi rp | ada biaya administrasi | kasih rp | tarifnya rp"
        " | iuran pembangunan"
        " | biayanya rp | dikenai rp | dikenakan rp | dikenai #num | dikenakan #num | ditarik rp"
        " | diminta #num | bayar #num | membayar #num | kasih #num | kasih uang"
        " | ribu supaya | ribu biar | ribu agar | juta supaya | juta biar"
        " | uang administrasi | tidak ada kuitansi | tanpa kuitansi | tidak diberi kuitansi"
        " | tidak dikasih kuitansi | tidak diberikan kuitansi | kalau tidak bayar"
        " | kalau tidak membayar | asal transfer | transfer #num | asal bayar"
        " | tanda terima kasih | asal ada #num | kalau ada #num | yang bayar langsung"
        " | sebut angka"
        " | disuruh transfer | diminta transfer | dimintai transfer | ke rekening pribadi"
        " | tidak mau menyerahkan sebelum | tidak mau memberikan sebelum"
        " | tidak diserahkan sebelum | tidak diberikan sebelum | sebelum saya bayar"
        " | sebelum kami bayar"
        " | sebelum saya lunasi | sebelum kami lunasi | sebelum dilunasi | sebelum dibayar"
        " | rekening pribadinya | titip rp"
        " | dimintai #num ribu | diminta #num ribu"
        " | patungan uang | yang tidak bayar tidak | tidak bayar tidak dilayani"
        " | tidak bayar tidak direkam"
        " | bila saya membayar | bila membayar | membayar uang administrasi"
        " | uang bensin | uang bensinnya | uang minyak | uang transport petugas | uang lelah"
        " | menyiapkan #num ribu | siapkan #num ribu"
        # A sum to hand over ("disuruh setor 150 ribu lewat keluarga", "harus menyiapkan
        # 'uang transport dan makan tim' Rp100.000 per anak").
        " | disuruh setor #num | harus setor #num | suruh setor #num | biaya petugas"
        # "'transfer saja 250 ke rekening saya, biar saya yang dorong'".
        " | transfer saja #num | biar saya yang dorong"
        # A signature withheld for a "donation" ("surat pengantar pindah baru mau
        # ditandatangani kalau saya memberi 'sumbangan pembangunan masjid'").
        " | baru mau ditandatangani kalau | mau ditandatangani kalau saya memberi"
        " | menyiapkan uang transport | siapkan uang transport | uang transport dan makan"
        " | uang makan tim | uang makan petugas"
        " | biaya administrasi pengurusan | saya bayar karena katanya"
        " | kalau saya tidak bayar | kalau kami tidak bayar | kalau belum bayar"
        " | kalau belum membayar | kalau belum memasukkan uang | uang kas dusun | wajib bayar"
        # "tidak mau teken surat pengantar kalau belum setor 'uang kas lingkungan'".
        " | kalau belum setor | uang kas lingkungan"
        # "isi dulu di situ Bu, biasanya orang 20 ribu", handed over only after paying.
        " | biasanya orang #num ribu | isi dulu di situ | setelah saya masukkan uang"
        " | selembar #num ribu"
        # A "donation" demanded before a letter is signed ("semua warga yang pindah wajib
        # nyumbang"); a price for a fast akta ("asal kasi 400 ribu").
        " | wajib nyumbang | sumbangan pembangunan | asal kasi #num"
        " | asal kasih #num"
        # A document held back on a condition of payment ("tidak mau menyerahkan KTP itu
        # kalau warga tidak bayar Rp100.000"); a fee that skips a procedure ("kalau mau
        # lewat dia, cukup Rp2.000.000").
        " | kalau ... tidak bayar | kalau ... belum bayar | cukup rp"
        " | biayanya #num ribu | uang capek | kuitansi tidak dikasih | kuitansi tidak diberi"
        " | kuitansi tidak diberikan | titip sekadarnya | titip saja sekadarnya"
        " | sekadarnya untuk anak anak | diminta beli map | disuruh beli map | wajib beli map"
        " | kalau tidak ikut sumbang | kalau tidak menyumbang | kalau tidak sumbang"
        " | kalau saya tidak setor | kalau tidak setor | setor uang adat"
        " | kalau postingan tidak dihapus | postingan tidak dihapus | postingannya tidak dihapus"
        " | ditambah #num saja | ditambah #num ribu | mengajak ke ruang belakang"
        # Told to take a complaint down, with the service as the price ("hapus postinganmu
        # kalau mau urusan KK-mu lancar").
        " | hapus postingan* | menghapus postingan* | hapus unggahan* | menghapus unggahan*"
        " | hapus videonya | hapus video itu | menghapus videonya"
        " | hapus dulu postingan* | hapus dulu unggahan* | saya pastikan tidak selesai"
        " | pastikan tidak selesai | silakan lapor ke mana saja | bisa saya blokir"
        " | berkas kami buang | tidak akan kami layani"
        # "kalau ibu banyak omong, nama keluarga ibu saya coret dari daftar bantuan".
        " | kalau ... banyak omong | saya coret dari | kami coret dari"
        " | harus mencabutnya | mencemarkan nama"
        # Service held hostage to another demand ("tidak akan diurus kalau kami belum
        # menandatangani surat pelepasan tanah").
        " | tidak akan diurus kalau | tidak akan diproses kalau | tidak diurus kalau"
        # A "customary" fee ("biasanya warga kasih buat beli bensin, minimal lima puluh ribu").
        " | buat beli bensin | untuk beli bensin | minimal #num ribu | saya kasih karena takut"
        # A file that "bisa saja hilang" if the reporter complains.
        " | bisa saja hilang | bisa hilang kalau | berkasnya jangan diproses"
        " | berkas ini jangan diproses | catat wajah"
        # A document returned or a letter written only once a due is paid.
        " | baru dikembalikan kalau | tidak dikembalikan kalau | yang tidak setor"
        " | menyetor rp | wajib menyetor | yang belum lunas ... tidak dilayani"
        " | postingan tidak saya hapus | tidak akan dilayani surat"
        " | kalau berani posting | kalau berani lapor | tidak akan selesai | merampas hp"
        " | cabut laporan* | mencabut laporan* | cabut pengaduan* | mencabut pengaduan*"
        " | jangan macam macam"
        # A fee put as an administration charge or a hoped-for donation, without a receipt.
        " | biaya administrasinya | tidak ada kwitansi | tidak ada kwitansinya"
        " | tidak ada kuitansinya | tanpa kwitansi | diharapkan menyumbang | wajib menyumbang"
        " | setelah saya memasukkan uang | setelah memasukkan uang | tarifnya #num"
        " | juta per kk | ribu per kk",
        allegation=True,
        # A husband's threat is a danger to the family (safety), not a fee or an official's.
        unless="bayar umum | diminta bayar umum | bayar jalur umum | pasien umum"
        # A payment stopped in time ("Ibu sy hampir transfer 250rb ... Untung sy cegah").
        " | hampir transfer #num | hampir mentransfer #num | hampir transfer ... rekening pribadi"
        " | hampir mentransfer ... rekening pribadi"
        # A private kiosk's or an official car park's price ("fotokopi KK sendiri di kios depan
        # kantor, bayar Rp3.000"; "parkir ... ditarik Rp2.000 pakai karcis resmi Dishub").
        " | kios ... bayar rp | ditarik rp ... karcis resmi | bayar rp ... karcis resmi"
        # Asked whether a service is charged ("dikenakan biaya atau tidak?").
        " | dikenakan biaya atau tidak | dikenai biaya atau tidak | kena biaya atau tidak"
        " | dipungut biaya atau tidak | dikenakan biaya tidak"
        # "biar tidak repot minta satu-satu": asking one by one, no sum; a donation box.
        " | minta satu satu | minta 1 1 | kotak bertulisan infak | bertulisan infak"
        # The fare to travel to another office is a cost of the journey, not a levy.
        " | ongkos pulang pergi | ongkos transport"
        " | suami saya tadi mengancam | suami saya mengancam | suami mengancam"
        " | mantan suami mengancam | mantan suami saya mengancam"
        # Asked for a letter or a signature, not for money.
        " | dimintai pengantar | dimintai surat pengantar | dimintai tanda tangan"
        " | dimintai tolong"
        # Care paid out of pocket for lack of BPJS is not a fee for a document.
        " | periksa harus bayar | berobat harus bayar | imunisasi ... harus bayar"
        " | harus bayar sendiri | harus bayar umum"
        " | parkir liar minta | tukang parkir minta | juru parkir minta | parkir minta"
        " | ingin memberi ... tanda terima kasih | mau memberi ... tanda terima kasih"
        " | ingin kasih ... tanda terima kasih | mau kasih ... tanda terima kasih",
    ),
    _sig(
        "unauthorised",
        "Perubahan data tanpa persetujuan atau sepengetahuan pemilik data",
        "A data change without the data owner's consent or knowledge",
        "tanpa persetujuan | tanpa seizin | tanpa seijin | tanpa izin | tanpa ijin"
        # A divorce letter "yang tidak pernah saya minta".
        " | yang tidak pernah saya minta"
        # "sekretaris desa mengaku dia yang mengubahnya ... Saya tidak pernah memberi
        # persetujuan".
        " | tidak pernah memberi persetujuan | tidak pernah memberikan persetujuan"
        " | tidak pernah menyetujui | dia yang mengubahnya | dia yang mengubah"
        # A divorce recorded that never happened ("Saya tidak pernah bercerai, tidak pernah
        # ada sidang ... tanpa akta cerai").
        " | saya tidak pernah bercerai | tidak pernah ada sidang | tanpa akta cerai"
        " | kami tidak pernah bercerai | tidak ada putusan pengadilan apa pun"
        " | tanpa pernah mengajukan | tidak tanda tangan apa apa | tidak pernah minta diubah"
        " | curiga diubah operator"
        " | tidak pernah minta diganti"
        " | lewat orang di kecamatan | lewat orang di kelurahan | lewat orang di desa"
        " | tanpa sepengetahuan | tanpa sepengetahuan kami | tanpa sepengetahuan saya"
        " | tanpa saya ajukan | tanpa saya minta | tanpa pengajuan dari saya"
        # An operator who owns up to the change ("operator kecamatan ngaku ngubah atas
        # permintaan ipar sy tanpa dokumen apa pun").
        " | mengaku mengubah | mengaku ngubah | atas permintaan ipar"
        # "dihapus dari KK ... oleh operator desa tanpa permohonan dari klien".
        " | tanpa permohonan dari | tanpa ada permohonan"
        " | tidak pernah mengajukan pindah"
        " | bukan tanda tangan saya | tanda tangan palsu | tanpa saya hadir"
        " | tanpa dokumen pendukung"
        " | tanda tangannya bukan | bukan tanda tangan kepala desa"
        " | diajukan oleh kepala dusun | diurus lewat kepala dusun"
        " | tidak pernah meminta dan tidak kenal"
        # Changed at a third person's request: "operator mengubahnya atas permintaan mertua".
        " | mengubahnya atas permintaan | mengubah datanya atas permintaan"
        " | diubah atas permintaan | mengubah data ... atas permintaan"
        " | tidak pernah menandatangani | tidak pernah tanda tangan | mengubah data tanpa dasar"
        " | membantu mengubah data | tanpa memanggil kami | tanpa memanggil saya"
        " | surat cerai yang entah dari mana"
        # A signature that is not the data owner's ("jelas bukan tanda tangan ibu").
        + "".join(
            f" | bukan tanda tangan {owner}"
            for owner in ("ibu", "bapak", "ayah", "suami", "istri", "beliau", "kami")
        )
        + " | bukan tanda tangannya",
        unless="tanpa izin sekolah | tanpa izin kerja | tanpa izin kantor | tanpa izin atasan"
        # A prevention asked for ("supaya NIK saya tidak bisa dipakai lagi tanpa izin"); a
        # signature printed wrong on a new card.
        " | dipakai lagi tanpa izin | tercetak bukan tanda tangan saya"
        # A general question ("Apakah NIK kita bisa dipakai org lain ... tanpa sepengetahuan
        # kita?"): "kita" is anyone, no change told.
        " | tanpa sepengetahuan kita | tanpa seizin kita | tanpa izin kita",
    ),
    _sig(
        "stranger_in_record",
        "Orang yang tidak dikenal dimasukkan ke KK pelapor",
        "A stranger entered into the reporter's family card",
        "memasukkan orang | dimasukkan ke kk saya | masuk ke kk saya | ada anggota nama"
        " | kok ada anggota"
        " | ada nama orang lain di kk | anggota keluarga baru | nama baru di kk"
        " | ada anggota keluarga bernama | kk saya ketambahan | ketambahan orang"
        " | ditambahkan ke kk saya | memasukkan orang itu | ada dua nama baru"
        " | tidak kenal orang ini | ada nama tambahan | satu nama tambahan"
        # "di KK saya muncul satu nama yang tidak saya kenal".
        " | muncul satu nama yang tidak saya kenal | muncul nama yang tidak saya kenal"
        # "ada 1 nama yg gk sy kenal tercatat di KK sy sbg 'famili lain'".
        " | tidak saya kenal tercatat di kk | tercatat di kk saya sebagai"
        " | di kk saya ada nama orang | di kk kami ada nama orang | ada anggota baru bernama"
        # "Di KK saya yang baru dicetak muncul satu anggota keluarga yang tidak kami kenal".
        " | muncul ... anggota keluarga | anggota keluarga yang tidak kami kenal"
        " | tidak saya kenal tercantum di kk | tercantum di kk saya sebagai"
        " | anggota keluarga yang tidak saya kenal"
        # "di KK sy tercatat ada 2 org yg gak sy kenal sama sekali".
        " | tercatat ada #num orang yang tidak saya kenal | kk saya tercatat ada"
        # Someone else put in the reporter's place ("nama saya sudah tidak ada dan muncul
        # nama Rohmat Hidayat sebagai anak kandung").
        " | muncul nama ... sebagai anak",
        # A spouse or child the reporter asks to add is no stranger.
        unless="istri ... masuk ke kk saya | suami ... masuk ke kk saya"
        " | anak ... masuk ke kk saya | mau masuk ke kk saya | ingin masuk ke kk saya"
        " | bisa masuk ke kk saya | mau dimasukkan ke kk saya | ingin dimasukkan ke kk saya"
        " | akan dimasukkan ke kk saya",
    ),
    _sig(
        "repeat_complaint",
        "Pengaduan berulang tentang kasus yang sama tanpa jawaban",
        "A repeated complaint about the same case without an answer",
        "sudah komplain | pernah komplain | sudah mengadu | sudah pernah mengadu"
        " | jadi saya ulangi | saya ulangi laporan | laporan saya tanggal"
        # "Saya tulis ulang di sini supaya ada yang membaca."
        " | saya tulis ulang di sini"
        " | pesan saya yang ketiga | pesan saya yang kedua | ini pesan ketiga"
        " | sudah saya laporkan | sudah dilaporkan | sudah lapor ke | sudah melapor ke"
        " | pengaduan sebelumnya | laporan sebelumnya | keluhan sebelumnya | pengaduan saya kemarin"
        " | pengaduan saya sebelumnya | laporan saya sebelumnya | masih keluhan | keluhan yang sama"
        " | komplain lagi | mengadu lagi | lapor lagi | kesekian kali"
        " | berkali kali komplain | berkali kali lapor | berkali kali mengadu | sudah lapor lewat"
        " | sudah lapor via | sudah mengadu lewat | tidak ada yang menjawab"
        # "Tanggal 16 Juni saya kirim laporan lewat SP4N-LAPOR! ... Ini saya kirim lagi".
        " | ini saya kirim lagi | saya kirim laporan lewat | saya kirim lagi laporan"
        " | sudah buat laporan lewat | sudah membuat laporan lewat | laporan lewat lapor"
        " | tidak ada satupun yang menjawab | untuk kedua kalinya | untuk ketiga kalinya"
        " | di close | ditutup begitu saja"
        " | ditutup tanpa jawaban | tanpa jawaban | kedua kalinya saya | ketiga kalinya saya"
        " | keempat kalinya saya | sudah #num kali lapor | sudah #num kali komplain"
        " | sudah #num kali mengadu | laporan 1 | laporan kedua | pengaduan kedua"
        " | pengaduan ketiga | laporan ketiga | kedua kali saya tanya | yang kedua kali"
        " | aduan kedua | tiket sebelumnya | aduan sebelumnya | kedua kalinya | keempat kalinya"
        " | kelima kalinya | keenam kalinya | jawabannya selalu sama | ke #num kali saya lapor"
        " | ke #num kali lapor | sudah ke #num kali | yang ke #num kali"
        " | sudah ketiga kalinya | sudah kedua kalinya | sudah keempat kalinya"
        " | pengaduan saya yang kedua | laporan saya yang kedua | pengaduan yang kedua"
        " | tidak ada satu pun yang dijawab"
        " | tidak ada satupun yang dijawab"
        " | tidak ada satu pun yang menjawab | pengaduan keempat | sudah pengaduan keempat"
        " | laporan saya yang ketiga | pengaduan saya yang ketiga | belum dijawab sama sekali"
        " | pesan kedua saya | pesan ketiga saya | ini pesan kedua"
        # Direct messages left unanswered ("Ini DM ketiga", "DM saya belum dibalas").
        " | dm kedua | dm ketiga | dm keempat | dm saya ... belum dibalas | cuma di read"
        " | sudah melapor di sini | sudah lapor di sini | tidak ada balasan apa pun"
        " | hanya di read",
        # "Ini kedua kalinya saya datang / pulang tanpa dilayani": repeated visits, not a
        # repeated complaint; "Ini laporan kedua, tapi soal lain": another case.
        # A birth abroad "sudah dilaporkan ke KJRI" is registered, not a complaint repeated.
        unless="sudah dilaporkan ke kjri | sudah dilaporkan ke kbri | dilaporkan ke kjri"
        " | laporan kedua ... soal lain | laporan kedua ... hal lain"
        # A loss reported to the police or the village is a step of the procedure ("KTP
        # hilang ... sudah lapor ke desa, tinggal ke Dukcapil"), not a complaint repeated.
        " | sudah lapor ke polisi | sudah lapor ke polsek | sudah lapor ke polres"
        " | sudah lapor ke desa | sudah lapor ke rt"
        " | laporan kedua ... masalah lain | laporan kedua ... kasus lain"
        + "".join(
            f" | {before}{nth} kalinya ... saya {visit}"
            for before in ("", "sudah ")
            for nth in ("kedua", "ketiga", "keempat", "kelima")
            for visit in ("datang", "pulang", "izin", "antre", "antri", "bolak", "ke")
        ),
    ),
    _sig(
        "refused_or_bounced",
        "Permohonan ditolak, dibatalkan, atau pemohon dilempar antar-unit",
        "The application was refused or cancelled, or the applicant bounced between units",
        "ditolak | menolak | penolakan | dibatalkan | dibatalin | tidak diterima | tidak diproses"
        " | menolak melayani | tidak mau melayani | disuruh pulang | tidak mau terima"
        " | tidak mau layani"
        " | kali dikembalikan | permohonan ... dikembalikan"
        " | dilempar | dilemparlempar | dipimpong | dipingpong | dioper"
        " | disuruh kembali"
        " | diarahkan ke | dipersulit | mempersulit | tidak diakui | tidak mau menerima"
        " | tidak ada solusi | tanpa solusi | tidak mendapatkan solusi"
        " | disalahkan | ditolak lagi | dibatalkan lagi"
        " | berkas ... dikembalikan | berkasnya dikembalikan | dikembalikan terus"
        " | dikembalikan lagi"
        " | pengajuan ... ditutup | permohonan ... ditutup | saling lempar | saling melempar"
        " | berstatus ditutup"
        # The issuer of a lost original will not issue it again ("RS bilang surat lahir asli
        # tidak bisa dicetak ulang").
        " | tidak bisa menerbitkan ulang | tidak bisa diterbitkan ulang | tidak bisa dicetak ulang"
        # Another agency sends the reporter back ("Kemenag bilang itu urusan Dukcapil").
        " | bilang itu urusan dukcapil | bilang ini urusan dukcapil"
        " | tidak mau menerbitkan ulang"
        # Sent on again by the office it was sent to ("di kecamatan malah disuruh ke
        # kabupaten"), or no office at all takes it.
        " | malah disuruh ke | malah disuruh balik | disuruh balik ke | saling tunjuk"
        " | saling menunjuk | belum ada yang mau terima | tidak ada yang mau terima"
        " | kantor sudah saya datangi | belum naik dari kecamatan | belum naik dari kelurahan",
    ),
    _sig(
        "bounced",
        "Pemohon dilempar antar-unit atau dipersulit tanpa solusi",
        "The applicant was bounced between units or obstructed without a solution",
        "dilempar | dilemparlempar | dipimpong | dipingpong | dioper"
        " | diarahkan ke | dipersulit | mempersulit | tidak ada solusi | tanpa solusi"
        " | tidak mendapatkan solusi | disalahkan | disuruh balik ke | disuruh balik lagi"
        " | saling lempar | saling melempar | bilang itu urusan dukcapil"
        " | bilang ini urusan dukcapil",
    ),
    _sig(
        "process_failed",
        "Permohonan ditutup tanpa dokumen terbit, atau kantor saling melempar",
        "The application was closed without the document, or offices bounce it to each other",
        "berstatus ditutup | statusnya ditutup | status ditutup | permohonan ... ditutup"
        " | pengajuan ... ditutup | berkas ... ditutup | saling lempar | saling melempar",
    ),
    _sig(
        "fixable_reason",
        "Alasan penolakan yang bisa dilengkapi pemohon (berkas buram, kurang, salah unggah)",
        "A refusal reason the applicant can fix (blurred, incomplete or wrong upload)",
        "buram | kabur | kurang jelas | tidak jelas | tidak terbaca | kurang terang"
        " | kurang lengkap | tidak lengkap | belum lengkap | berkas kurang | syarat kurang"
        " | kurang berkas | kurang syarat | dokumen tidak sesuai | berkas tidak sesuai"
        " | salah upload | salah unggah | salah bawa | lupa bawa | tidak membawa"
        " | dibatalkan sepihak | jadwal diundur | tanpa alasan | tanpa penjelasan | beda ejaan"
        " | ejaan nama | ditulis ... sedangkan | merevisi | direvisi | disuruh kembali"
        " | disuruh datang lagi | kameranya rusak | alatnya rusak | kurang fotokopi"
        " | kurang fotocopy | kurang fc | kurang materai | kurang surat",
        negatable=False,
    ),
    _sig(
        "repeated_failure",
        "Permohonan gagal atau ditolak berulang kali",
        "The application failed or was refused repeatedly",
        "ditolak lagi | dibatalkan lagi | selalu ditolak | selalu dibatalkan | 2 kali | dua kali"
        " | berkali kali | berulang kali | kaping | 3 kali | tiga kali | lagi lagi"
        " | ditolak terus | dibatalkan terus",
        # The reporter's own checking ("sudah saya cek berulang kali") is no repeated refusal.
        unless="cek berulang kali | cek berkali kali | periksa berulang kali",
    ),
    _sig(
        "answered",
        "Pengaduan sebelumnya sudah dijawab atau ditindaklanjuti",
        "The earlier complaint was answered or followed up",
        "sudah dijawab | sudah ditanggapi | sudah dibalas | sudah direspon | sudah direspons"
        " | sudah ditindaklanjuti | terima kasih atas tindak lanjutnya"
        " | terima kasih atas responsnya | laporan saya sudah dibalas | sudah dibalas admin"
        # The reporter closes the earlier report ("Laporan saya sebelumnya boleh ditutup").
        " | sebelumnya boleh ditutup | sebelumnya silakan ditutup | sebelumnya bisa ditutup"
        " | sebelumnya mohon ditutup",
    ),
    _sig(
        "system_error_explained",
        "Petugas menjelaskan kesalahan sebagai kesalahan sistem atau migrasi data",
        "Staff explain the error as a system or data-migration error",
        "salah input waktu migrasi | waktu migrasi data | saat migrasi data | migrasi data"
        " | kesalahan sistem | error sistem | sistem error",
    ),
    _sig(
        "private_vendor",
        "Penjual swasta di luar kantor (kios fotokopi): harganya bukan pungutan petugas",
        "A private vendor outside the office (a photocopy kiosk): its prices are no official fee",
        "kios fotokopi | fotokopian | tukang fotokopi | tempat fotokopi | fotokopi di kios"
        " | punya orang swasta | milik swasta | milik warga | kios milik"
        " | koperasi depan | di koperasi"
        " | tukang parkir | juru parkir | parkir liar | ke warungnya"
        " | fotokopi sendiri di warung | kios seberang | di warnet | warnet dekat"
        " | ke kios depan | kios di depan kantor"
        " | koperasi di luar kantor | difotokopi sendiri di | karcisnya dari dishub"
        " | karcis parkir dari dishub",
        # A purchase the office makes compulsory is a levy, whoever sells it.
        unless="koperasi pegawai | diwajibkan membeli ... di koperasi | wajib beli ... di koperasi"
        " | di koperasi kantor",
        negatable=False,
    ),
    _sig(
        "akta_lost",
        "Akta (asli) hilang",
        "A birth certificate (the original) is lost",
        "akta ... hilang | akte ... hilang | kehilangan akta | kehilangan akte"
        # "Akta kelahiran asli anak saya hilang": four words between.
        " | akta kelahiran asli ... hilang | akta lahir asli ... hilang"
        # "Akta kelahiran asli anak saya (7 tahun) hilang": the child's age in between.
        " | akta kelahiran asli anak ... hilang | akta kelahiran anak ... hilang"
        " | akta ... hanyut | akta ... terbakar"
        " | bidan sudah hilang | surat lahir hilang | surat lahir ... hilang"
        " | keterangan lahir ... hilang | basah hancur | hancur tidak terbaca",
        # A menu or a name lost from the record is not the certificate lost.
        unless="akta ... hilang nama | akta ... hilang huruf | akta ... hilang gelar"
        " | akta ... hilang satu | pengajuan akta ... hilang | menu akta ... hilang"
        " | fitur akta ... hilang | layanan akta ... hilang",
    ),
    _sig(
        "child_akta",
        "Anak atau bayi dan akta kelahirannya",
        "A child or infant and their birth certificate",
        "akta kelahiran anak | akta anak | akta lahir anak | akta kelahiran bayi | akta bayi"
        " | akta kelahiran untuk anak | akta kelahiran cucu | akta anak saya"
        " | akta kelahirannya | akta lahirnya",
    ),
    _sig(
        "child_no_akta",
        "Anak belum punya akta kelahiran sama sekali",
        "A child has no birth certificate at all",
        "belum punya akta | belum memiliki akta | belum ada akta | tidak punya akta"
        " | tidak memiliki akta | belum dibuatkan akta | belum pernah dibuatkan akta"
        # Only the birth letter, never registered ("hanya punya surat lahir dari rumah sakit
        # Saudi ..., tidak pernah dilaporkan ke KJRI").
        " | hanya punya surat lahir | cuma punya surat lahir | hanya ada surat lahir"
        " | hanya punya surat keterangan lahir | baru punya surat lahir",
        unless="belum punya akta perkawinan | belum punya akta nikah"
        " | tidak punya akta perkawinan | tidak punya akta nikah"
        " | belum memiliki akta perkawinan | tidak memiliki akta perkawinan",
    ),
    _sig(
        "school_requires",
        "Sekolah mensyaratkan akta kelahiran untuk pendaftaran",
        "A school requires the birth certificate to enrol",
        "sd minta akta | sekolah minta akta | minta akta untuk daftar | wajib akta"
        " | wajib ada akta | syaratnya akta | syarat akta | harus ada akta | harus pakai akta"
        " | pendaftaran murid baru | penerimaan murid baru | daftar sd | daftar sekolah"
        " | sd negeri ... wajib | pendaftaran sd | masuk sd | sekolah mensyaratkan",
    ),
    _sig(
        "death",
        "Seseorang baru meninggal",
        "Someone has died",
        "meninggal | meninggal dunia | wafat | tutup usia | berpulang | jenazah | almarhum",
    ),
    _sig(
        "long_wait_words",
        "Waktu tunggu yang panjang diceritakan lewat peristiwa (sejak masih bayi, gajian 2 kali)",
        "A long wait told through events (since the baby was newborn, paid twice since)",
        # Feasts ("sejak Lebaran") are dated from the calendar instead (triage/feasts.py).
        "sejak masih bayi | sejak dia masih bayi | sejak bayi merah | sudah gajian #num kali"
        " | gajian dua kali | sudah ganti tahun | sudah berganti tahun | dari tahun lalu"
        " | sejak tahun lalu | sudah mau natal | masih pakai seragam tk",
        # "sejak tahun lalu, tepatnya 29 Desember": the date says how long.
        unless="sejak tahun lalu tepatnya | dari tahun lalu tepatnya",
    ),
    _sig(
        "deadline_need",
        "Kebutuhan dengan tenggat (harus diserahkan, wajib, syarat)",
        "A need with a deadline (must be handed in, required)",
        "harus | wajib | perlu | butuh | dibutuhkan | diserahkan | serahkan | dikumpulkan"
        " | kumpulkan | syarat | persyaratan | untuk",
        negatable=False,
    ),
    _sig(
        "deadline_word_soon",
        "Tenggat dalam waktu dekat (minggu ini, minggu depan)",
        "A deadline soon (this week, next week)",
        "minggu ini | minggu depan | dalam waktu dekat | beberapa hari lagi | pekan depan"
        " | bulan ini juga | secepatnya harus",
        unless="#num minggu ini | sudah minggu ini | selama minggu ini | sejak minggu ini"
        # The reporter cannot come home soon ("tdk bisa pulang ke Poso dalam waktu dekat"):
        # a reason to ask who may collect, not a date that decides anything.
        " | tidak bisa pulang ... dalam waktu dekat | belum bisa pulang ... dalam waktu dekat"
        # The reporter's own plan ("Anak sy baru lahir minggu lalu, mau urus minggu depan").
        " | mau urus minggu depan | mau mengurus minggu depan | mau diurus minggu depan"
        # How often it happened this week ("sudah kedua kalinya minggu ini saya izin").
        " | kalinya minggu ini | kali minggu ini | kalinya dalam minggu ini"
        " | datang ... minggu depan | kembali ... minggu depan | disuruh ... minggu depan"
        " | balik ... minggu depan | suruh ... minggu depan | diminta ... minggu depan"
        " | rencana ... minggu depan | rencananya ... minggu depan | berencana ... minggu depan"
        " | minggu ini sudah | minggu ini baru"
        " | sadari minggu ini | sadar minggu ini | tahu minggu ini"
        " | katanya ... minggu depan | minggu depan baru bisa | minggu depan itu"
        # The office's promise or schedule, not the reporter's deadline.
        " | janji ... minggu ini | janjinya ... minggu ini | dijanjikan ... minggu ini"
        " | dijadwalkan ... minggu depan | dijadwalkan ulang ... minggu depan",
    ),
    _sig(
        "blocked",
        "Layanan atau hak pelapor benar-benar terhambat",
        "A service or right is actually blocked for the person",
        "tidak bisa mengambil | tidak bisa mencairkan | tidak bisa klaim | susah di klaim"
        # A programme that takes the person only with a card they lack ("program
        # rehabilitasi gratis, syaratnya KTP-el"; "bantuan baru bisa cair kalau sudah punya
        # KTP-el").
        " | syaratnya ktp | baru bisa cair kalau"
        # A pension or aid not paid out ("gaji pensiun saya tidak dicairkan kantor pos").
        " | tidak dicairkan | belum dicairkan"
        # Left off an aid list because of the record ("tidak masuk daftar bantuan lansia").
        " | tidak masuk daftar | keluar dari daftar penerima | dicoret dari daftar"
        # Ruled out of a selection by the record ("dinyatakan tidak memenuhi syarat karena
        # NIK saya tercatat sebagai anggota partai").
        " | dinyatakan tidak memenuhi syarat | dinyatakan gugur | gugur administrasi"
        # Someone who cannot be brought to the office at all.
        " | tidak bisa dibawa ke kantor | tidak bisa dibawa keluar"
        " | sulit di klaim | susah diklaim | terhambat | terkendala | tidak bisa mendaftar"
        " | tidak bisa daftar | tidak bisa didaftarkan | tidak dapat didaftarkan"
        " | belum bisa didaftarkan | belum bisa daftar | belum bisa mendaftar"
        " | tidak lagi menerima | tidak menerima lagi | berhenti menerima"
        " | tidak dapat mendaftar | tidak bisa berobat | belum jadi | belum selesai"
        " | tidak bisa mendaftarkan | pensiunnya tidak masuk | gajinya tidak masuk"
        " | menahan gaji | gaji saya ditahan"
        " | bantuannya tidak masuk"
        # "sekarang kami sekeluarga tidak punya jaminan kesehatan sama sekali".
        " | tidak punya jaminan kesehatan | tidak lagi punya jaminan kesehatan"
        # "belum satu akta pun sampai ke dusun": none of the documents has come.
        " | belum satu akta pun | belum satu ktp pun | belum satu kk pun | belum ada satu pun"
        " | tidak bisa mengurus | tidak bisa digunakan | tidak berlaku | sudah mati | ktp mati"
        " | ktp nya mati | ktp saya mati | kartu mati | nik mati | nik saya mati | paspor mati"
        " | masa berlaku mati | mati masa berlaku | sim mati | sudah habis masa berlaku"
        " | hilang | dicuri | kecurian | dipersulit | mempersulit | tidak diakui | ditolak"
        " | tidak diterima"
        " | tidak bisa melamar | tidak bisa bekerja | tidak bisa kerja | kehalang | terhalang"
        " | tidak bisa dilanjutkan | tidak dapat dilanjutkan | tidak bisa cair | belum cair"
        " | dicoret | dihapus | tidak mendapat | tidak dapat bantuan | belum terdaftar"
        " | tidak terdaftar | tidak aktif | diblokir | terblokir | belum bisa | menunggu"
        " | masih proses | masih dalam proses | tidak bisa diproses | tidak bisa dilayani"
        " | ditahan | tidak cair | belum terbit | belum keluar | belum dicetak | masih suket"
        # Javanese krama "dereng dipun paringaken" (not yet given); aid that "tidak bisa
        # diberikan tanpa KTP-el".
        " | belum dipun paringaken | belum dipun paringi | tidak bisa diberikan tanpa"
        " | belum dikeluarkan | tidak dikeluarkan"
        " | masih diproses | statusnya masih | status masih | masih dalam antrean"
        # "statusnya dari kemarin2 tetap 'diproses'" (not "tetap diproses" alone: "KTP saya
        # sih tetap diproses" tells it was done anyway).
        " | statusnya ... tetap diproses | status ... tetap diproses"
        # Sent home unrecorded ("dua kali pulang tanpa direkam").
        " | pulang tanpa rekam | pulang tanpa direkam"
        # "Sampai hari ini status saya di KK masih 'kawin'" after a change was filed.
        " | status saya di kk masih | status di kk masih | status saya di ktp masih"
        " | statusnya dalam proses | tidak berubah berubah | belum berubah berubah"
        " | hanya suket | cuma suket | tidak bisa datang"
        " | tidak dapat datang | belum ditanggapi | tidak ditanggapi | menahan pembayaran"
        " | ditangguhkan | dihentikan | diberhentikan | tidak dibayarkan | terhenti | tertahan"
        " | diputus | tidak bisa diterima | tidak bisa menerima | tidak bisa dicairkan"
        " | bolak balik | belum dikasih | belum diberi | belum diberikan | dibekukan"
        " | tidak bisa ditarik | tidak bisa diambil | tidak juga selesai | tidak kunjung selesai"
        " | bayar sendiri | tidak mau cairkan | tidak mau mencairkan | tidak mau memproses"
        " | tidak bisa rekam | tidak bisa merekam | gagal rekam | belum juga selesai"
        " | sidik jari tidak terbaca | sidik jarinya tidak terbaca | sidik jari tidak bisa terbaca"
        " | sidik jarinya tidak bisa terbaca | belum datang | menahan pendaftaran"
        " | tidak bisa naik | tidak sanggup naik | tidak kuat naik"
        " | tidak bisa masuk dapodik | tidak bisa masuk sekolah"
        " | tidak sanggup bayar | tidak mampu bayar | tidak mampu membayar"
        " | statusnya tetap | status tetap | tidak bisa ikut | disuspend | di suspend"
        " | dinonaktifkan"
        " | tidak mau mendata | tidak didata | tidak mau didata"
        # Documents withheld by someone ("Mantan suami sy gak mau nyerahin akta kelahiran
        # anak dan KK asli").
        " | tidak mau menyerahkan | tidak mau mengembalikan"
        # "BPJS Ketenagakerjaan sy dianggap sdh lewat usia pensiun & kepesertaan sy ditutup".
        " | kepesertaan saya ditutup | kepesertaannya ditutup | kepesertaan ditutup"
        " | lift rusak | pulang tanpa dilayani | tanpa dilayani | pulang tidak dilayani"
        " | blanko belum turun | blankonya belum turun | selalu sedang proses | sedang diproses"
        " | sedang diverifikasi | masih diverifikasi | disuruh datang sendiri"
        " | bilang ... harus datang sendiri | katanya harus datang sendiri"
        # A dependant who never recorded has no card to use; a school that will not take a
        # child.
        " | dia belum pernah rekam | beliau belum pernah rekam | tidak mau terima"
        " | tidak mau menerima | belum mau mencatat | tidak mau mencatat | belum mau menerima"
        " | belum punya kk | tidak pernah masuk kk | belum pernah masuk kk"
        # Moved, and the data never arrived: no card anywhere.
        " | belum muncul di sistem | belum masuk di sistem | belum masuk sistem"
        " | tidak punya kk"
        " | belum kami terima | belum saya terima | tidak pernah muncul"
        " | tidak mau membayarkan | tidak mau mencairkan pensiun"
        " | dicabut"
        " | tetap tidak dibantu"
        " | syaratnya harus ada ktp | pulang tanpa hasil",
        unless="belum bisa berpikir jernih | tidak bisa berpikir jernih"
        " | waktu tunggu | tinggal menunggu waktu | ruang tunggu | sengaja ditahan"
        " | mohon dihapus | minta dihapus"
        " | menunggu berjam jam | nunggu berjam jam"
        # Waiting beside a patient ("Sambil nunggu di RS sy mau sekalian urus ..."); a stolen
        # card already replaced ("KTP lama saya yang dicuri sudah diganti").
        " | sambil menunggu | dicuri sudah diganti"
        " | tolong dihapus | dihapus dari kk"
        # A waiting room's chairs are furniture, not a wait ("kursi tunggu khusus lansia").
        " | kursi tunggu | tempat tunggu | area tunggu | ruangan tunggu"
        # A threat quoted from a scam message ("KTP-el anda akan dinonaktifkan dalam 1x24
        # jam, verifikasi di link ...") blocks nothing yet.
        " | akan dinonaktifkan | akan diblokir"
        # Numbers registered by a stranger and since blocked by the operator: the misuse
        # stopped ("semua nomor itu sudah diblokir").
        " | diblokir operator | nomor ... sudah diblokir"
        # Going back and forth wished away or told of others ("jgn bikin warga bolak balik",
        # "sering bolak-balik ke pulau").
        " | bikin warga bolak balik | sering bolak balik ke"
        # A leak's link dead now ("linknya sekarang sudah mati"), no card that died.
        " | linknya ... sudah mati | link sudah mati | linknya mati" + _PHONE_INACTIVE,
    ),
    _sig(
        "cannot",
        "Pelapor tidak bisa melakukan sesuatu (tidak bisa, gagal)",
        "The reporter cannot do something (cannot, failed)",
        "tidak bisa | tidak dapat | gagal | belum bisa | susah | sulit | tidak mungkin dibawa"
        " | tidak mungkin datang | tidak bisa dibawa"
        " | tidak pernah bisa"
        # A service given only on a condition the reporter does not meet ("persalinan gratis
        # hanya bisa kalau KK sudah sesuai domisili").
        " | hanya bisa kalau | hanya bisa jika | hanya bisa kalo | mau menerima dia asal ada"
        # "Dinas sosial mau memasukkan beliau ke program, tapi syaratnya harus ada NIK" for a
        # man who never had one.
        " | syaratnya harus ada nik | syaratnya harus punya nik"
        " | mau menerima asal ada",
        # Leave from work that cannot be had is a cost of coming, not a blocked service
        # ("banyak orang tua yang kerja tidak bisa izin").
        # Travel home that is hard is a cost of coming, not a blocked service.
        # Grief, not a blocked service ("sampai sekarang belum bisa berpikir jernih").
        unless="belum bisa berpikir jernih | tidak bisa berpikir jernih"
        " | tidak bisa izin | tidak dapat izin | susah izin | sulit izin | susah pulang"
        " | sulit pulang",
    ),
    _sig(
        "staff",
        "Petugas atau pejabat",
        "Staff or an official",
        "petugas | petugasnya | pegawai | pegawainya | oknum | operator | operatornya | staf"
        " | staff | pejabat | pihak kelurahan"
        " | pihak kecamatan | pihak dukcapil | rt | rw | lurah | camat | kader | orang dalam"
        " | karyawan | bagian pelayanan | serahkan di loket | diserahkan di loket | cap dinas"
        " | stempel dinas | perangkat desa | perangkat kelurahan | kadus | kepala dusun"
        " | kades | kepala desa | sekdes | sekretaris desa | sekretaris kelurahan | kaur | kasi"
        " | kepala seksi | orang dalem"
        " | orang kelurahan | orang kecamatan | orang dukcapil | orang dinas"
        " | kerja di kantor dukcapil | kerja di dukcapil | bekerja di dukcapil"
        " | kerja di kantor capil | pegawai dukcapil | kenalan di dukcapil | kenalan di capil"
        " | kerja di kelurahan | bekerja di kelurahan | kerja di bagian pendaftaran"
        " | kerja di kecamatan | bekerja di kecamatan | honorer di dukcapil | kerja honorer"
        " | kenalan di kelurahan | kenalan di kecamatan | teman di dukcapil | orang di dukcapil"
        " | akun operator"
        " | sekcam | sekretaris camat",
        negatable=False,
    ),
    # --- complexity ----------------------------------------------------------------------
    _sig(
        "correction",
        "Data atau dokumen salah yang perlu dibetulkan",
        "Wrong data or a wrong document to correct",
        "salah | kesalahan | keliru | kekeliruan | salah tulis | salah ketik | salah cetak"
        " | salah satu angka | salah satu digit | salah satu huruf"
        " | salah input | tidak sesuai | beda | berbeda | perbaiki | perbaikan data | pembetulan"
        " | membetulkan | dibetulkan | koreksi | revisi | ganti foto | mengganti foto"
        " | perubahan data | perubahan biodata | ubah data | merubah | mengubah | diubah"
        " | pembaruan data | update data | update kk | pembaruan kk | belum update"
        " | belum diperbarui | status perkawinan | kawin tercatat | kawin belum tercatat"
        " | kawin tidak tercatat | tidak tercatat | catatan pinggir | ganti nama | tambah gelar"
        " | lepat | leresaken | dipun leresaken | dibenarkan | status masih belum"
        " | status masih kawin | statusnya masih belum | masih status belum"
        " | padahal di ktp | padahal di kk | padahal di akta | sinkronisasinya | disinkronkan"
        " | masih tertulis | diperbarui | diperbaharui | ditulis ... padahal"
        " | tertulis ... padahal | padahal saya lahir | padahal lahir di"
        " | tercatat sudah meninggal | tercatat meninggal | padahal masih hidup | tidak tercantum"
        " | belum tercantum | disamakan | disamain | dibetulin | dibenerin | perubahan nama"
        " | mohon diisi | tolong diisi | minta diisi | masih kosong | belum ada nama"
        " | tidak ada nama | masih tercatat hidup"
        " | dicantumkan | dicatatkan | mohon dicatat | tidak muncul di kk | ktp ... masih tulis"
        " | kk ... masih tulis | diganti statusnya | tertulis ... harusnya"
        " | tertulis ... seharusnya | ditulis ... harusnya | memperbaiki | memperbaikinya"
        " | terpotong | ganti pekerjaan | ubah pekerjaan | perubahan pekerjaan | di ktp ... padahal"
        " | di kk ... padahal | di akta ... padahal | di kia ... padahal",
        unless="sudah saya perbaiki | sudah diperbaiki | sudah saya ubah | sudah saya ganti"
        # A family left off an aid list ("Kami berlima tidak tercatat"), not a record to fix.
        " | bertiga tidak tercatat | berempat tidak tercatat | berlima tidak tercatat"
        " | berenam tidak tercatat | bertujuh tidak tercatat"
        " | salah satu | salah satunya | sudah diperbarui | sudah diperbaharui | sudah diupdate"
        " | sudah dibetulkan | provinsi yang berbeda | daerah yang berbeda"
        " | salah antre | salah antri | salah loket | salah masuk | salah paham | salah ruangan"
        " | perbaiki aplikasi | diperbaiki aplikasi | perbaiki sistem | perbaiki pelayanan"
        " | perbaikan pelayanan | perbaiki layanan | perbaikannya"
        # Not listed as an aid recipient for lack of a KK is no record to correct.
        " | kk tidak tercatat | penerima tidak tercatat",
    ),
    _sig(
        "account_problem",
        "Akun atau login satu pemohon bermasalah",
        "One applicant's account or login problem",
        "login | log in | tidak bisa masuk | tidak dapat masuk | lupa password | reset password"
        " | password | kata sandi | username | akun saya | user name | verifikasi akun"
        " | kode verifikasi | otp | belum bisa digunakan | tidak bisa digunakan",
    ),
    _sig(
        "action_request",
        "Permintaan tindakan satu unit: perubahan KK, jadwal/antrean, percepatan, tindak lanjut",
        "A request for one unit's action: KK change, appointment, speeding up, follow-up",
        "satukan | disatukan | menyatukan | digabung | gabung kk | pecah kk | pisah kk"
        " | memisahkan kk | pisahkan kk | dikeluarkan dari kk | keluarkan dari kk"
        " | sesuai domisili | domisili baru | mohon dipindahkan | dipindahkan datanya"
        " | tolong dihapus | mohon dihapus | minta dihapus"
        " | mengeluarkan ... dari kk | menggabungkan kk"
        " | kepala keluarga | tambah anggota | penambahan anggota | masuk kk | keluar kk"
        " | dihapus dari kk | dicoret dari kk | update kk | belum mendapatkan | belum dapat"
        " | zoom | jadwal | antrean | antrian | kuota | percepat* | dipercepat | percepatan"
        " | tindak lanjut | ditindaklanjuti | tidak kunjung | follow up | dicetak ulang"
        " | minta dicetak | mohon dicetak | tolong dicetak | minta cetak ulang | diupdate"
        " | aktivasi ulang | diaktifkan | dibantu aktivasi"
        " | belum diupdate | dibuatkan | buatkan | minta dibuatkan | legalisir | dilegalisir"
        " | nambah anggota | ganti kk | tidak bisa upload | gagal upload | rekam di rumah"
        " | ganti alamat | perubahan alamat | ubah alamat | pindah alamat | belum diganti"
        " | belum berubah | belum ditambahkan | ingin diganti | mau diganti"
        " | minta diganti | mohon diganti | tidak pernah membalas | tidak membalas"
        " | tidak diangkat | tidak dibalas | belum masuk kk | belum dimasukkan"
        " | belum dimasukkan ke kk | belum tercatat di kk | di kk belum masuk | belum masuk di kk"
        " | diperbarui | diperbaharui",
        unless="jadwal pelayanan | jadwal layanan | jadwal keliling | jadwal jemput"
        " | jadwal mobil | jadwal pelayanan keliling",
    ),
    _sig(
        "own_case_problem",
        "Masalah konkret pada dokumen atau berkas pelapor sendiri, walau ditanyakan caranya",
        "A concrete problem with the reporter's own document or file, even asked as a question",
        "buram | fotonya buram | foto buram | chip rusak | chip nya rusak | chipnya rusak"
        " | chip ktp rusak | chip ktp saya rusak | chip di ktp rusak | chip ktp nya rusak"
        " | chip tidak terbaca | chip ... tidak terbaca | sobek | robek | luntur | pudar | patah"
        " | terkelupas | retak"
        " | salah ketik | salah tulis | salah cetak | tertulis salah | salah input | typo"
        " | kurang #num huruf | kelebihan huruf | kurang huruf | hurufnya kurang | salah huruf"
        " | salah agama | agamanya salah | tempat lahir salah | tempat lahirnya salah"
        " | tahun lahir salah | tahun lahirnya salah | tahun lahir saya keliru | keliru"
        " | berkas dikembalikan | berkas saya dikembalikan | dikembalikan tanpa"
        " | tanpa penjelasan | tanpa alasan | tidak dijelaskan | judes | jutek | ketus"
        " | membentak | dibentak | tidak ramah | kurang ramah | dimarahi | dimarah marahi"
        " | qr code kedaluwarsa | qr kedaluwarsa | kode qr kedaluwarsa | qr code expired"
        " | fotonya gelap | foto gelap | hampir tidak kelihatan | wajah tidak kelihatan"
        " | kasar | tidak sopan"
        " | tidak ada yang jawab | tidak ada yang balas | tidak ada yang membalas"
        " | tidak ada yang angkat | tidak ada yang mengangkat | tidak ada yang respon"
        " | tidak dijawab | tidak direspon | tidak direspons | tidak dibalas | tidak diangkat"
        " | tidak membalas | tidak pernah membalas | hanya dibaca | cuma dibaca"
        " | tidak pernah dibalas | belum dibalas | tidak pernah direspon | tidak pernah dijawab"
        " | masih tertulis | msh tertulis | padahal sudah | masih tercantum | masih mencantumkan"
        " | masih tercatat"
        " | tidak ada balasan | tidak ada jawaban | gagal aktivasi | aktivasi gagal"
        " | tanpa balasan"
        " | aktivasi ikd gagal | tidak bisa aktivasi | tidak bisa diaktivasi"
        " | tidak bisa diaktifkan | belum bisa aktivasi | ikd gagal | ikd saya gagal"
        " | ikd tidak bisa | ikd saya tidak bisa | menunggu blanko | tunggu blanko"
        " | kapan ada blanko | kapan ada blankonya | blankonya kapan | ktp fisiknya"
        " | ktp fisik nya | fisiknya kapan | tapi di ktp tertulis | tapi di kk tertulis"
        " | tapi di akta tertulis | tapi tertulis | malah tertulis | tapi tercatat"
        " | malah tercatat | selalu gagal | gagal terus | terus gagal | gagal lagi"
        # A value on the reporter's document and the right one ("tertulis 1986 padahal 1968").
        " | tertulis ... padahal | tertulis ... seharusnya | tertulis ... harusnya"
        " | ditulis ... padahal | ditulis ... seharusnya | di ktp ... padahal | di kk ... padahal"
        " | di akta ... padahal | di kia ... padahal | tertulis ... sedangkan di"
        " | masih nama almarhum | masih atas nama almarhum | tidak dimasukin | tidak dimasukkan"
        # The document not updated (the rubric's "KK/KTP not updated"): "KTP masih 'belum
        # kawin'", "alamat di KTP saya masih alamat lama", "pekerjaan di KTP saya masih
        # 'Pelajar'", a married child still to take out of the KK.
        " | masih belum kawin | masih alamat lama | alamat di ktp saya masih"
        " | alamat di ktp masih | pekerjaan di ktp | kk saya masih ada"
        " | mohon dikeluarkan dari kk | dikeluarkan dari kk saya",
        # "Status di KTP masih 'belum kawin', apakah perlu diganti sebelum nikah?": asked
        # ahead of a marriage, nothing to update yet.
        unless="kalau salah | jika salah | apabila salah | masih belum kawin apa"
        " | masih belum kawin apakah",
    ),
    _sig(
        "facility_topic",
        "Fasilitas atau sarana kantor (brosur, spanduk, papan, kursi, toilet, parkir)",
        "Office facilities (brochures, banners, signs, chairs, toilets, parking)",
        "brosur | leaflet | pamflet | spanduk | banner | poster | baliho | papan | kursi | toilet"
        " | wc | ac"
        " | kipas | parkir | parkiran | ruang tunggu | fasilitas | kantin | mushola"
        " | website dukcapil | website disdukcapil | situs disdukcapil | salah ketik di website"
        " | pulpen | bolpoin",
        negatable=False,
        # A wheelchair is no office chair; pen scribbles on a card are no office pens.
        unless="kursi roda | coretan pulpen | bekas pulpen | tinta pulpen" + _BOARD_AS_SOURCE,
    ),
    _sig(
        "explicit_request",
        "Permintaan tegas agar dokumen sendiri dibetulkan, diproses atau dicetak",
        "An explicit request to correct, process or print the reporter's own document",
        "mohon dibetulkan | tolong dibetulkan | mohon diperbaiki | tolong diperbaiki"
        " | mohon dikoreksi | mohon diproses | tolong diproses | mohon diganti | tolong diganti"
        " | mohon diubah | tolong diubah | mohon diupdate | tolong diupdate | mohon dicetak"
        " | minta dibetulkan | minta diperbaiki | minta diubah | minta diganti"
        " | mohon ... diperbaiki | tolong ... diperbaiki | mohon ... dibetulkan"
        " | tolong ... dibetulkan | mohon ... diupdate | mohon ... diperbarui | minta ... diganti"
        " | mohon ... diganti | mohon ... diubah | mohon ... diterbitkan ulang"
        " | mohon ... diterbitkan kembali | mohon ... dicetak ulang | diubah dari ... menjadi"
        " | mohon cetak ulang | tolong cetak ulang | mohon dibantu pembetulan*"
        " | mohon dibantu perbaikan* | mohon bantu perbaikan* | mohon dibantu koreksi"
        " | bisa dibantu koreksi | mohon dibuatkan kk | tolong dibuatkan kk | mohon dibuatkan ktp"
        " | mohon dibuatkan akta | mohon dibuatkan kia | minta ... dicetak baru"
        " | mohon ... dicetak baru | mohon ... dipun perbarui | dipun perbarui"
        " | minta foto ulang | mohon foto ulang | mau foto ulang | mohon dicetakkan"
        " | tolong dicetakkan | minta dihapus dari kk | mohon dihapus dari kk"
        " | tolong dihapus dari kk"
        " | mohon dibantu perubahan | tolong dibantu perubahan",
        # The application, the system or the service to fix is not the reporter's document.
        unless="mohon aplikasi ... diperbaiki | tolong aplikasi ... diperbaiki"
        " | mohon aplikasinya ... diperbaiki | tolong aplikasinya ... diperbaiki"
        " | mohon sistem ... diperbaiki | mohon sistemnya ... diperbaiki"
        " | tolong sistemnya ... diperbaiki | mohon website ... diperbaiki"
        " | mohon websitenya ... diperbaiki | mohon pelayanan ... diperbaiki"
        " | mohon pelayanannya ... diperbaiki | tolong pelayanannya ... diperbaiki"
        " | mohon layanan ... diperbaiki | mohon layanannya ... diperbaiki"
        " | mohon diperbaiki aplikasi | tolong diperbaiki aplikasi | mohon diperbaiki sistem"
        " | mohon diperbaiki pelayanan | mohon diperbaiki layanan | mohon diperbaiki website",
    ),
    _sig(
        "correction_intent",
        "Pelapor mau membetulkan data di dokumennya sendiri (juga bila ditanyakan caranya)",
        "The reporter wants data on their own document corrected (also when asking how)",
        "mau betulkan | mau betulin | mau benerin | mau membetulkan | mau dibetulkan"
        " | mau disamakan | ingin disamakan | mau ganti kolom | mau mengganti kolom"
        " | mo betulkan | mo betulin | ingin membetulkan | ingin dibetulkan | ingin betulkan"
        " | mau memperbaiki | ingin memperbaiki | mau perbaiki"
        " | mau koreksi | mau dikoreksi | ingin mengoreksi | mau mengoreksi"
        " | mau diperbaiki | ingin diperbaiki | mau samakan | ingin samakan | mau menyamakan"
        # A field to change ("Saya mau mengubahnya jadi 'GURU'").
        " | mau mengubahnya jadi | ingin mengubahnya jadi | mau mengubahnya menjadi"
        " | ingin mengubahnya menjadi"
        " | ingin menyamakan | kolom agama diganti | ingin kolom ... diganti | untuk pembetulan"
        " | benerinnya | betulinnya | membetulkannya | bagaimana hapusnya | cara menghapus"
        " | bisa foto ulang dan | ingin sekalian memperbarui | ingin memperbarui | mau memperbarui"
        " | mau kolom ... diganti"
        " | cara pembetulan* | cara membetulkan | cara betulkan | cara memperbaiki"
        " | cara perbaiki | cara koreksi | cara mengoreksi | cara benerin | cara betulin"
        " | pembetulannya | bisa dibetulkan | bisa dibetulin | bisa dibenerin | minta disamakan"
        " | caranya benerin | caranya betulin | caranya membetulkan | caranya memperbaiki"
        " | apakah dapat diubah | apakah bisa diubah | bisa diubah tidak | dapat diubah"
        " | minta disamain"
        # "Bisa disamakan? Ikut yang mana?", "Mohon info cara memperbaikinya".
        " | bisa disamakan | cara memperbaikinya"
        " | bisa dikoreksi | ajeng dipun leresaken | badhe dipun leresaken | hoyong dibenerkeun",
        unless="memperbaiki aplikasi | memperbaiki sistem | memperbaiki pelayanan"
        " | memperbaiki layanan | memperbaiki website | diperbaiki aplikasi"
        " | diperbaiki sistem | diperbaiki pelayanan | diperbaiki layanan"
        # "Aplikasinya kapan mau diperbaiki?": the tool, not the reporter's record.
        " | aplikasi ... diperbaiki | aplikasinya ... diperbaiki | sistem ... diperbaiki"
        " | sistemnya ... diperbaiki | website ... diperbaiki | websitenya ... diperbaiki"
        " | printer ... diperbaiki | printernya ... diperbaiki | alatnya ... diperbaiki",
    ),
    _sig(
        "status_question",
        "Pertanyaan status atau alasan (kenapa, kapan, sampai kapan, berapa lama)",
        "A question about status or reasons (why, when, until when, how long)",
        "kenapa | kapan | sampai kapan | berapa lama | apa sudah | apakah sudah | sudah jadi belum"
        " | kok belum | kok lama | kok tidak | kok gak | ada apa | sampai mana | sudah sampai mana"
        " | jadi belum | apa sudah jadi | kapan jadinya | kapan jadi | kapan selesai"
        " | apa sekarang sudah jadi | apakah sudah jadi | sudah jadi atau belum"
        " | tahap mana | sampai tahap | sudah tahap | posisinya di mana | posisinya dimana"
        " | posisi berkas"
        " | sudah diproses belum | kelanjutan berkas | kelanjutan permohonan | perkembangan berkas"
        " | tolong kepastiannya | minta kepastian | mohon kepastian"
        " | perkembangan permohonan | perkembangannya | info perkembangan"
        " | sudah bisa diambil | bisa diambil belum | kapan ... bisa diambil"
        " | sudah jadi ka belum | sudah jadi ke belum"
        " | kapan ... jadi | sudah jadi atau | masih proses atau | jadi atau belum"
        " | biasanya berapa hari | berapa hari jadinya | masih wajar"
        " | perkiraan selesai* | estimasi selesai* | butuh waktu selama itu"
        " | cara ngecek status* | cara cek status* | cara mengecek status*"
        " | bisa selesai sebelum | bisa jadi sebelum | kira2 bisa selesai | kira kira kapan"
        " | bagaimana status | bagaimana ya status | gimana status | statusnya bagaimana"
        " | statusnya gimana | nasib berkas* | nasib permohonan* | nasib akta* | nasib ktp*"
        " | nasib kk | tanya nasib | menanyakan nasib | bagaimana nasib | gimana nasib",
        # "Tolong bisa selesai sebelum tanggal itu": a request, not a question.
        unless="tolong bisa selesai sebelum | mohon bisa selesai sebelum"
        # "sampai hari ini tidak ada apa2": nothing happened, no question.
        " | tidak ada apa apa | belum ada apa apa"
        " | tolong bisa jadi sebelum | mohon bisa jadi sebelum",
        negatable=False,
    ),
    _sig(
        "service_moved",
        "Layanan sengaja dipindah atau dihapus dari aplikasi: jawabannya 'ajukan di X'",
        "A service deliberately moved or removed from an app: the answer is 'apply at X'",
        "dialihkan ke | dipindahkan ke | tidak lagi melalui | tidak lagi lewat | tidak lagi di"
        " | tidak dilayani di kecamatan lagi | semua pindah ke | sekarang harus langsung"
        " | harus langsung ke | harus langsung datang | sudah ditutup sejak | sekarang hanya di"
        " | sudah dipindah ke | dipindah ke kecamatan"
        " | hanya di kantor dinas"
        " | menu ... sudah ditutup"
        " | sudah tidak tersedia | tidak tersedia lagi | sudah tidak ada menunya",
        negatable=False,
    ),
    _sig(
        "document_not_delivered",
        "Dokumen jadi tetapi tidak sampai, salah kirim atau berkas kurang",
        "A document is done but not delivered, sent wrong, or a file is missing",
        "belum dikirim | tidak dikirim | belum sampai | tidak ada di kelurahan"
        " | belum ada di kelurahan"
        " | dalam pengiriman | sedang dikirim | salah kirim | tertukar | belum diberikan"
        " | belum diterima | tidak ada di kel | belum terkirim | tidak terkirim",
    ),
    _sig(
        "blanko_shortage",
        "Blanko KTP-el habis atau terbatas",
        "KTP-el blank cards out of stock or limited",
        "blanko habis | blanko kosong | blanko terbatas | kehabisan blanko | stok blanko"
        " | blanko tidak ada | keterbatasan blanko | blanko nya habis | blankonya habis"
        " | stok kartu | kartu habis | bahan tidak ada | bahan habis | biru birunya kosong"
        " | kartu untuk pembuatan ktp nya di batasi | ketidaktersediaan blanko | blanko belum ada"
        " | menunggu blanko | blanko",
    ),
    _sig(
        "app_error",
        "Aplikasi atau situs error, tidak bisa diakses, atau tidak menampilkan data",
        "An application or site errors, is unreachable, or shows nothing",
        "error | eror | erorr | gangguan sistem | sistem gangguan | server | down"
        " | terjadi kesalahan | coba beberapa saat lagi | berubah sendiri"
        " | setelah pembaruan sistem | setelah update sistem"
        " | tidak bisa diakses | tidak dapat diakses | tidak bisa dibuka | maintenance"
        " | pemeliharaan | dalam perbaikan | sedang perbaikan | perbaikan sistem"
        " | perbaikan pada website | aplikasi tidak dapat digunakan | tidak bisa digunakan"
        " | tidak dapat digunakan | tidak muncul | tidak tampil | kosong tidak ada isinya"
        " | file kosong | isinya kosong | tiba tiba hilang | data saya hilang | data hilang"
        " | tidak bisa diunduh | tidak bisa mengunduh | tidak bisa download | gagal unduh"
        " | gagal download | tidak bisa mengisi | sistem offline | sistemnya offline"
        " | server offline | sedang offline | lagi offline | jaringan offline | sistem mati"
        " | sistemnya mati | server mati | jaringan putus | jaringan terputus | jaringan down"
        " | gangguan jaringan | jaringan error | gangguan server | jaringan gangguan | offline"
        " | gangguan | mati total | aplikasi mati | aplikasinya mati | layar putih | layar kosong"
        " | blank putih | layar blank | putih kosong | halaman putih | halaman kosong"
        " | tidak tersimpan | gagal tersimpan | gagal menyimpan | force close | keluar sendiri"
        " | tertutup sendiri | tidak ada reaksi | tidak ada riwayat | tidak bisa dilacak"
        " | centang satu | chatbot ... tidak membalas | chatbotnya ... tidak membalas"
        " | loading terus | loading lama | stuck loading"
        " | statusnya kosong | status berkas ... kosong",
        unless="tidak muncul di kk | tidak muncul di ktp | tidak muncul di akta"
        # A window or a door of the office is a facility, not an application.
        " | jendela tidak bisa dibuka | pintu tidak bisa dibuka | jendela ... tidak bisa dibuka"
        " | balik offline | kembali offline | secara offline | layanan offline"
        " | pendaftaran offline | daftar offline | pelayanan offline | gangguan jiwa"
        " | gangguan mental | gangguan pendengaran | gangguan penglihatan | gangguan bicara"
        " | tidak bisa di isi | loading terus | lemot | hang | bug",
    ),
    _sig(
        "cross_region",
        "Pindah antarprovinsi atau antarkabupaten/kota, atau koordinasi antardaerah",
        "A move across provinces or regencies/cities, or coordination between regions",
        "antar provinsi | lintas provinsi | luar provinsi | beda provinsi | antar kota"
        " | lintas kota | antar kabupaten | lintas kabupaten | antar daerah | lintas daerah"
        " | skpwni | daerah asal | kota asal | kabupaten asal | provinsi asal | data dari daerah"
        " | belum terkirim dari | belum masuk dari | terkunci di | data dari ... belum masuk"
        " | data saya belum dikirim dari | datanya belum dikirim dari | data belum dikirim dari"
        " | data dari ... belum terkirim | belum bisa ditarik | data ... belum bisa ditarik",
    ),
    _sig(
        "court_or_decision",
        "Perubahan yang butuh penetapan pengadilan, KUA, atau keputusan di luar rutinitas",
        "A change needing a court order, the KUA, or a decision beyond routine",
        # A court or the KUA that merely needs a document, and the routine akta perceraian
        # from a divorce decision, are not decisions beyond routine.
        "penetapan pengadilan | penetapan pn | penetapan pa | isbat | itsbat | sidang isbat"
        " | catatan pinggir | migrasi data | siak | konsolidasi | data center | kemendagri"
        " | ditjen dukcapil | pengangkatan anak | adopsi | anak angkat | ganti kelamin"
        " | perubahan jenis kelamin | perubahan kewarganegaraan | kewarganegaraan ganda"
        " | diisbatkan | isbat nikah | orang tuanya tidak diketahui | tidak diketahui orang tuanya"
        " | anak temuan | bayi ditemukan | ditemukan tanpa orang tua | berkewarganegaraan"
        " | affidavit | lahir di luar negeri | berubah sendiri | setelah pemutakhiran"
        " | pemutakhiran data | setelah update sistem",
        # Siak is also a regency in Riau, not only the population system.
        unless="kab siak | kabupaten siak | siak hulu | siak hilir | siak sri indrapura",
    ),
    _sig(
        "no_identity",
        "Orang tanpa identitas atau catatan apa pun (terlantar, ODGJ, anak tak tercatat)",
        "A person with no identity or record at all (abandoned, mentally ill, unrecorded)",
        "tanpa identitas | tidak punya identitas | tidak memiliki identitas"
        " | tidak punya identitas sama sekali | identitas tidak diketahui"
        " | tidak pernah tercatat | belum pernah tercatat | tanpa identitas orang tua"
        " | tanpa dokumen apa pun | tidak punya dokumen apa pun | tidak punya nik"
        # "Ia tidak memiliki dokumen kependudukan dan tidak ingat alamat asal".
        " | tidak memiliki dokumen kependudukan | tidak punya dokumen kependudukan"
        # "Sampai sekarang sa tra pernah dapat NIK".
        " | tidak pernah dapat nik | belum pernah dapat nik | tidak pernah punya nik"
        " | belum pernah punya nik"
        # "tidak tahu nama lengkap dan asalnya", "tidak diketahui identitas dan keluarganya".
        " | tidak tahu nama lengkap | tidak diketahui nama | tidak diketahui identitas"
        " | tidak diketahui identitasnya"
        # Found with nothing on them ("tidak membawa apa-apa dan tidak ingat namanya").
        " | tidak ingat namanya | tidak ingat nama sendiri | tidak ingat namanya sendiri"
        # "kebingungan dan lemas, tidak ingat nama dan alamat", "tidak ingat nama atau
        # alamat".
        + _CANNOT_SAY_WHO
        # "enam penghuni lansia yang tidak punya KTP atau KK".
        + " | tidak punya ktp atau kk | tidak punya ktp dan kk | tidak memiliki ktp atau kk"
        " | tidak punya ktp dan tidak pernah rekam"
        # Care paid only "kalau identitasnya ditemukan lewat sidik jari".
        " | kalau identitasnya ditemukan"
        # Found unconscious "tanpa dompet atau HP", care waiting for a fingerprint match.
        " | tanpa dompet atau hp | tanpa dompet dan hp | mencocokkan sidik jari pasien"
        " | pasien harus punya identitas",
    ),
    _sig(
        "system_wide",
        "Masalah yang menimpa banyak warga",
        "A problem affecting many residents",
        "semua warga | banyak warga | seluruh warga | warga lain juga | semua orang"
        " | semua tidak bisa | grup warga juga | juga mengalami hal serupa"
        " | mengalami hal yang sama"
        " | banyak orang | semua pemohon | puluhan warga | ratusan warga | warga disuruh"
        " | warga diminta | para warga | semua pelayanan | pelayanan berhenti"
        " | layanan berhenti | pelayanan dihentikan | pelayanan ditutup"
        # "Bukan saya saja, di kantor kami 4 orang coba semua", "bukan cuma KK saya,
        # beberapa tetangga ... juga sama", "sudah 12 orang coba".
        " | bukan saya saja | bukan cuma saya | bukan hanya saya | bukan cuma kk saya"
        " | bukan hanya kk saya | #num orang coba | orang coba semua",
        unless="depan banyak orang | depan orang banyak | depan semua orang",
    ),
    _sig(
        "third_party_request",
        "Meminta data atau dokumen orang lain",
        "Asks for another person's data or documents",
        "nik ini milik siapa | milik siapa | atas nama siapa | punya siapa | siapa pemilik"
        " | siapa pemiliknya | data orang lain | data tetangga | data milik"
        " | cek data orang | cek nik orang | cek nik ini | alamat orang | alamat tetangga"
        " | kk orang lain | ktp orang lain | mencari alamat | mencari keberadaan | melacak | lacak"
        # "Bisa dibantu cari alamatnya dr data kependudukan?", "Mohon dibantu alamat terkini
        # kedua org tsb", "Tolong cek alamat asli/kampung halamannya", "Mohon bantuan data
        # lengkap (alamat, KK, foto) a.n. ...".
        " | cari alamatnya | mencari alamatnya | dibantu alamat terkini | minta alamat terkini"
        " | cek alamat asli | kampung halamannya | bantuan data lengkap | minta data lengkap"
        # "sy mau minta alamat terbaru mantan suami sy".
        " | alamat terbaru mantan | alamat mantan suami | alamat mantan istri"
        # Bulk and institutional requests ("memberikan daftar nama, NIK dan alamat penyandang
        # disabilitas", "daftar nama lengkap, NIK, tgl lahir ... semua warga", "data individu
        # (nama, NIK, alamat ...)"), a police request for "data KK dan alamat lengkap
        # terlapor", a partner's marital status ("tolong dicek status perkawinan di datanya").
        " | memberikan daftar nama | daftar nama lengkap nik | data individu"
        " | alamat lengkap terlapor | dicek status perkawinan"
        # "minta alamat terbaru atas nama Wahyu Setiawan", an employer's "verifikasi keaslian
        # NIK 3 pelamar kerja kami".
        " | minta alamat terbaru | verifikasi keaslian nik"
        # An employer that "mau verifikasi NIK 120 karyawan baru".
        " | mau verifikasi nik"
        " | cari alamat | cari keberadaan | bantu cari | mencari orang | hilang kontak"
        " | daftar nama dan nik | daftar nik | nama dan nik warga | data nik warga | nik warga"
        # Lists of residents' data ("minta daftar nama dan alamat warga RT 01 sampai RT 06").
        " | minta daftar nama | kirimkan daftar nama | daftar nama dan alamat warga"
        " | daftar nama nik dan tanggal lahir"
        " | milik siapa ya | nik nya siapa | punya siapa ya | dicek apakah nik itu"
        " | cek apakah nik itu | nik itu asli"
        " | kirimin nomor kk | kirimkan nomor kk | kirim nomor kk"
        " | kasih saya alamat | kasih alamat | alamat sekarang dan nik"
        " | status perkawinan atas nama | cek status perkawinan | cek status kawin"
        " | akta nikah lain atas nama | data nik ... semua warga | minta ke dukcapil data"
        " | nik ... semua warga | tanggal lahir semua warga | alamat semua warga"
        " | memverifikasi keabsahan | verifikasi keabsahan nik | keabsahan nik"
        # Many residents' records asked for ("data by name by address warga miskin",
        # "data NIK, tgl lahir & alamat 50 pemilih").
        " | data by name | data nik tanggal lahir"
        # An employer "mengecek keaslian NIK dan alamat 43 calon karyawan".
        " | mengecek keaslian nik | cek keaslian nik",
        # "saya coba daftar, NIK anak saya ditolak": the reporter's own child.
        unless="sama dengan data orang lain | dengan data orang lain | daftar nik anak saya"
        # A card posted to the wrong house ("dikirim lewat pos ... ke alamat tetangga").
        " | ke alamat tetangga"
        " | daftar nik anak kami",
    ),
    _sig(
        "data_request",
        "Meminta salinan, alamat atau status orang tertentu",
        "Asks for a copy, address or status of a named person",
        "minta alamat | minta salinan | minta fotokopi | kirimkan fotokopi | kirim fotokopi"
        " | tolong dicek dia | dicek dia | cek dia"
        " | apa benar sudah cerai | apakah sudah cerai | apakah dia | alamat terbaru"
        " | salinan akta | fotokopi kk | keberadaan | sudah cerai belum | ingin tahu apakah"
        " | mau tahu apakah | ingin mengetahui apakah | tolong cek apakah | mohon dicek apakah"
        " | alamat dia | alamatnya sekarang | tempat tinggalnya | memberi tahu alamat"
        " | verifikasi bahwa | verifikasi nik | memverifikasi nik | benar miliknya"
        " | nik tersebut benar | masih terdaftar di alamat | status perkawinannya"
        " | status perkawinan dia | sudah beristri | sudah bersuami | alamat aslinya"
        " | cek nik itu | cek kah nik | cek apakah nik | nik itu betul | nik itu benar"
        " | bener milik | benar milik | dicek apakah nik | nik itu asli | alamatnya sesuai"
        " | menanyakan status perkawinan | konfirmasi ... status perkawinan"
        " | konfirmasi ... tanggal lahir | apakah ktp itu asli | ktp itu asli"
        " | memberi tahu apakah | memberitahu apakah | dari mana asalnya"
        " | memberikan informasi ini"
        " | salinan kk | dikirimkan salinan | kirimkan salinan | salinan ktp"
        " | memberikan alamat | berikan alamat | alamat domisili terbaru*"
        " | kasih alamat | beri alamat | dicarikan alamat | carikan alamat"
        " | alamat terbarunya | alamat barunya | dicek asli | cek asli | masih bersuami"
        " | bersuami atau | masih beristri | beristri atau | apakah pemilik nik"
        " | konfirmasi apakah pemilik | masih hidup dan alamatnya | daftar nama ... nik"
        " | nik dan alamat warga | melacak beliau | melacak dia | sekarang terdaftar di mana"
        " | dia sudah lapor pindah | status di ktpnya | itu identitas asli | memverifikasi apakah"
        " | alamat domisili terkini | domisili terkini"
        # "sy mau tahu alamat baru teman sy, Yuliana Sari".
        " | mau tahu alamat | ingin tahu alamat | ingin mengetahui alamat"
        # "Tolong dicek dong alamat asal dia sesuai data Dukcapil".
        " | alamat asal dia"
        # "Tolong kasih tau alamat asal sesuai KK nya", "minta data NIK, tgl lahir & alamat 50
        # pemilih", "data by name by address", "salinan biodata", "memberikan data tanggal
        # lahir, status perkawinan & alamat" of a named person.
        " | kasih tahu alamat | minta data nik | meminta data nik | data by name"
        " | salinan biodata | memberikan data tanggal lahir | berikan data tanggal lahir"
        " | apa masih tercatat janda | apakah masih tercatat janda"
        # "memberikan data alamat keluarga kandung pasien", "dicek apakah sudah ada akta
        # kematiannya" (someone else's record).
        " | memberikan data alamat | berikan data alamat | data alamat keluarga"
        " | apakah sudah ada akta kematiannya | apakah sudah ada akta kematian",
        unless="benar milik saya | bener milik saya | nik itu benar milik saya | fotokopi kk saya"
        # The office's own new address, already known ("Sy sdh tau alamat barunya").
        " | sudah tahu alamat barunya",
        # A request for someone's data is usually asked as a question ("Apakah Dukcapil bisa
        # memberi tahu alamat barunya?"): a question does not cancel it; "kalau nanti ...
        # minta alamat baru saya" and "tidak memberi tahu alamat" still do.
        request=True,
    ),
    _sig(
        "copy_request",
        "Meminta salinan atau fotokopi dokumen (biasanya milik orang lain)",
        "Asks for a copy of a document (usually someone else's)",
        "minta salinan | meminta salinan | mengeluarkan salinan | dikeluarkan salinan"
        " | minta fotokopi | meminta fotokopi | kirimkan fotokopi | kirim fotokopi",
    ),
    _sig(
        "other_person",
        "Orang lain selain pelapor dan anaknya (pasangan, orang tua, teman, tetangga, warga)",
        "Someone other than the reporter or their own child (spouse, parents, friend, neighbour)",
        "teman | teman saya | tetangga | rekan | rekan saya | warga saya | warga kami"
        " | keponakan | istri | istri saya | suami | suami saya | ayah | ayah saya"
        " | bapak saya | ibu saya | orang tua | orang tua saya | mertua | kakak | adik"
        " | nenek | kakek | cucu | saudara | ipar | paman | bibi | tante | menantu"
        " | almarhum | penyewa | penghuni | orang lain | sepupu | sepupu saya | sahabat"
        " | nama lain | mereka | klien | pasien | nyonya | tuan | pak rt | anak rekan | istrinya"
        " | suaminya | mantan istri | mantan suami | mantan | ibu kandung | ayah kandung"
        " | kakak kandung | adik kandung | tetangga saya | bapak kami | ibu kami | ayah kami"
        " | suami kami | istri kami | seseorang | orang itu | orang tersebut | calon karyawan"
        " | mama | mbah | eyang | opa | oma | nenek saya | ibunda | ayahanda | seorang bernama"
        " | nama bapak | nama ibu | nama ayah | nama suami | nama istri"
        " | orang bernama | orang namanya | orang yang bernama"
        " | karyawan kami | pegawai kami | yang bersangkutan"
        # People an intermediary writes for.
        " | siswa kami | siswa saya | murid kami | murid saya | anggota kami | anggota jemaat"
        " | jemaat kami | peserta kami | alumni kami | anak asuh | dampingan saya"
        " | dampingan kami | calon pmi kami | pekerja kami | pasien kami"
        " | klien kami | santri kami | warga baru | anak warga | bayi dari | keluarga bapak"
        " | keluarga ibu"
        " | anak bernama | seorang anak bernama | bukan anak kami | mewakili | kami dampingi"
        " | yang kami dampingi | mendampingi bapak | mendampingi ibu | pria bernama"
        " | perempuan bernama | wanita bernama | laki laki bernama | yang ngontrak"
        " | yang mengontrak | pengontrak | anak ibu | anak bapak | saya anak dari bapak"
        " | saya anak dari ibu | saya anak dari pak",
        negatable=False,
    ),
    _sig(
        "identifier",
        "Data pengenal: nama, NIK, nomor KK, nomor permohonan, status perkawinan",
        "Identifying data: name, NIK, KK number, application number, civil status",
        "#id | atas nama | a n | an | bernama | yang bernama | nama lain | nik #id"
        " | status perkawinan | kawin tercatat | kawin belum tercatat | kawin tidak tercatat"
        " | pernikahan tidak tercatat | tidak tercatat | nomor kitir | kitir nomor"
        " | nomor pecah | nomor permohonan | nomor pengajuan | akta kematian #id"
        " | jl | gang | gg | blok | alamat lengkap | alamat di jl"
        " | lahir #num | status cerai",
        unless="atas nama saya | atas nama kami | an saya | #num an | lahir #num minggu"
        " | nik saya #id | nik saya adalah #id | nik saya yaitu #id | nomor nik saya #id"
        " | kk saya #id | nomor kk saya #id | nik ku #id"
        " | lahir #num bulan | lahir #num hari | perbaikan tanggal lahir"
        " | pembetulan tanggal lahir | koreksi tanggal lahir | ubah tanggal lahir"
        " | perubahan tanggal lahir"
        # Nobody in particular, or the reporter's own address.
        " | atas nama orang lain | alamat lengkap saya | alamat lengkap kami",
        negatable=False,
    ),
    _sig(
        "own_child",
        "Anak pelapor sendiri",
        "The reporter's own child",
        "anak saya | anak kami | putra saya | putri saya | anak kandung saya",
        negatable=False,
    ),
    # --- base level ------------------------------------------------------------------------
    _sig(
        "service_problem",
        "Masalah layanan konkret bagi pelapor (belum jadi, tidak bisa, ditolak, salah, lama)",
        "A concrete service problem for the reporter (not done, cannot, refused, wrong, slow)",
        "belum jadi | belum selesai | belum terbit | belum diterbitkan | belum dicetak"
        # A file left lying ("setiap saya telepon dibilang 'sedang di meja kabid'"); cards
        # made at school never handed out ("Sampai sekarang belum dibagikan").
        " | sedang di meja | masih di meja | sampai sekarang belum dibagikan"
        " | masih menunggu di meja"
        # Documents promised to a group, none done ("belum satu pun yang jadi").
        " | belum satu pun yang jadi | belum satupun yang jadi | belum ada satu pun yang jadi"
        " | sedang dicetak | masih dicetak | masih proses cetak | data belum ditarik"
        " | belum dikeluarkan | tidak dikeluarkan | tidak juga dikeluarkan | belum tercetak"
        " | belum keluar | tidak jadi | tidak selesai | tidak kunjung"
        " | belum dimasukkan ke kk | belum dimasukkan ke dalam kk | saja yang belum"
        " | belum juga | belum ada kabar | tidak ada kabar | belum ada kejelasan | belum divalidasi"
        # "Sampai sekarang belum pernah ada kabar".
        " | belum pernah ada kabar"
        " | belum diverifikasi | belum di proses | belum diproses | tidak bisa | tidak dapat"
        " | gagal | ditolak | salah | keliru | hilang | kehilangan | rusak | lama | lambat"
        " | tidak ada layanan | tidak tersedia | dibatalkan | tidak ada kepastian"
        " | menunggu | kendala | masalah | kesulitan | dipersulit | habis | kosong"
        " | tidak sesuai | tidak respon | tidak dijawab | tidak ditanggapi | mohon dibantu"
        " | mohon bantuan | mohon bantuannya | komplain | keluhan | mengeluh | kecewa"
        " | belum mendapatkan | belum menerima | belum dikirim | belum bisa | tidak ada"
        " | mohon ditindaklanjuti | urgent | mendesak"
        " | error | eror | lemot | dihapus | belum ada | tidak muncul | masih proses"
        " | proses cetak | belum masuk | tidak dicetak | kurang | ditahan | sobek | robek | luntur"
        " | pudar | buram | patah | antre | antri | antrean panjang | baru bisa jadi | baru bisa"
        " | belum dibuat | belum dibuatkan | belum diurus | belum ditandatangani"
        " | belum tanda tangan | belum berubah | belum diganti | belum ditambahkan"
        " | belum diupdate | belum diubah | belum ada respons | belum ada respon"
        " | tidak pernah membalas"
        " | tidak membalas | tidak diangkat | tidak dibalas | tidak pernah dibalas"
        " | belum dibalas | tidak pernah direspon | tidak pernah dijawab"
        " | diproses terus | statusnya diproses | belum kasih surat | belum dikasih"
        " | belum diberi | belum memberikan surat | tidak balas | tidak pernah balas"
        " | disuruh sabar | disuruh bersabar | diminta sabar | diminta bersabar"
        " | loket sudah tutup | sudah tutup buku | antreannya panjang | antriannya panjang"
        " | setiap kali bilang belum | selalu bilang belum | sedang menumpuk"
        # An application whose status has not moved ("status di aplikasi masih 'verifikasi'").
        " | masih verifikasi | masih diverifikasi | masih menunggu verifikasi"
        " | masih dalam proses | masih diproses"
        # "setiap ditanya jawabannya 'server pusat sedang gangguan'": not done yet.
        " | setiap ditanya jawabannya | tiap ditanya jawabannya | setiap ditanya katanya"
        " | tiap ditanya katanya | setiap ditanya jawabnya | tiap ditanya jawabnya"
        " | selalu dijawab | jawabannya masih | belum naik dari",
        unless="belum bisa berpikir jernih | tidak bisa berpikir jernih"
        # "Maaf kalau pertanyaannya kurang pantas"; a patient "tinggal menunggu waktu";
        # waiting beside a patient ("Sambil nunggu di RS sy mau sekalian urus ...").
        " | kurang pantas | tinggal menunggu waktu | sambil menunggu"
        # Nothing happened, or a wish that nothing does ("Sampai skrg sih gak ada tagihan",
        # "gak ada kejadian apa2", "biar gak ada yg ketipu", "biar kejadian gitu gak ada di
        # sini").
        " | tidak ada tagihan | tidak ada kejadian | tidak ada uang masuk | tidak ada sms"
        " | biar tidak ada | supaya tidak ada | agar tidak ada | tidak ada di sini"
        # The reporter's own choices and nothing having happened ("Sy gk balas", "Blm ada
        # masalah sih", "gk jadi minjem", "gk ada apa2"), an old number of the reporter's,
        # and a goal ("biar gk bisa dipakai orang").
        " | saya tidak balas | tidak saya balas | belum ada masalah | tidak jadi meminjam"
        " | tidak jadi pinjam | tidak ada apa apa | nomor lama | tidak bisa dipakai orang"
        " | salah satu | salah satunya | ktp lama | kk lama | yang lama | alamat lama"
        " | data lama | akta lama | surat lama"
        " | nama lama | foto lama | model lama | cara lama | kartu lama | ttd lama | lama saya"
        " | sudah lama | tidak lama | lama tinggal | dulu lama | berapa lama | lamanya berapa"
        " | paling lambat | selambat lambatnya | kursi roda | versi lama | android lama | hp lama"
        " | waktu tunggu | tidak ada masalah | salah antre | salah antri | salah loket"
        " | salah masuk | salah paham | salah ruangan"
        # "habis subuh": after dawn prayers, not out of stock.
        " | habis subuh | habis magrib | habis maghrib | habis isya | habis dzuhur"
        " | habis ashar | habis sholat | habis shalat | habis makan | habis kerja"
        # "habis lihat berita": after reading the news. A queue asked about or wished short
        # ("biar tidak lama antre", "antreannya panjang tidak ya?") is no queue suffered.
        " | habis lihat | habis baca | habis nonton | habis dengar | tidak lama antre"
        " | tidak lama antri | tidak lama mengantre | antreannya panjang tidak"
        " | antriannya panjang tidak | antrean panjang tidak | antrian panjang tidak"
        # The family has not applied yet ("belum sempat urus", "dulu belum diurus aktanya").
        " | belum kami mengurus | belum saya mengurus | belum sempat mengurus"
        " | belum sempat diurus | belum pernah diurus | dulu belum diurus"
        # Nothing has happened yet, told as reassurance ("Sekarang belum ada kejadian
        # apa-apa", "Belum ada yang minta sih", "tidak ada pinjaman atas nama saya", "Saat
        # ini tidak ada urusan yang terhambat").
        " | belum ada kejadian | tidak ada yang minta | belum ada yang minta"
        " | belum ada yang meminta | tidak ada yang aneh | belum ada yang aneh"
        " | tidak ada pinjaman | belum ada pinjaman | belum ada tagihan"
        " | tidak ada telepon lagi | tidak ada penagih | tidak ada yang dirugikan"
        " | tidak ada yang menagih | belum ada yang menagih"
        # A police letter named ("surat keterangan kehilangan dari polisi") is no loss
        # suffered at the office.
        " | surat keterangan kehilangan | surat kehilangan | keterangan kehilangan"
        " | laporan kehilangan"
        # The reporter's own constraints, the reason for a question ("Saya kerja Senin
        # sampai Jumat dan tidak bisa izin", "Bapak sy sdh gk bisa tanda tangan").
        " | tidak bisa izin | tidak bisa cuti | tidak bisa tanda tangan | tidak bisa berjalan"
        " | tidak bisa jalan | tidak bisa pulang",
    ),
    _sig(
        "info_question",
        "Pertanyaan informasi (cara, syarat, prosedur, jam layanan)",
        "An information question (how to, requirements, procedure, opening hours)",
        "bagaimana | cara | syarat | syaratnya | persyaratan | prosedur | prosedurnya"
        " | apakah bisa | apa bisa | bisakah | mau tanya | ingin bertanya | ingin tanya"
        " | mohon info | mohon informasi | minta info | informasi | jam buka | jam pelayanan"
        " | jam operasional | dimana | di mana | kemana | berapa lama | berapa biaya | apakah"
        " | tanya | bertanya | pencerahan | sampai kapan | apa saja | apa benar | apakah benar"
        " | apa betul | apakah betul | berapa | mana | kah | mohon tanya | persyaratanipun"
        " | boleh tidak | bolehkah | wajib | apa bedanya | bedanya | atau harus | bisa dipakai"
        " | bawa apa | buka jam | jam berapa | bisa sekalian | buka sabtu | buka hari sabtu"
        " | buka minggu | buka hari minggu | tidak ya",
        negatable=False,
        # The opening hour told as a fact ("padahal kantor baru buka jam 7.30") asks nothing.
        unless="baru buka jam | padahal ... buka jam",
    ),
    _sig(
        "general_question",
        "Pertanyaan umum, bukan tentang permohonan sendiri (biasanya, umumnya)",
        "A general question, not about the reporter's own application (usually, normally)",
        "biasanya | umumnya | pada umumnya | normalnya | rata rata | kira kira berapa lama"
        " | berapa biaya | biayanya berapa | berapa biayanya | sering ada | kadang ada"
        " | pelayanan keliling | layanan keliling | jemput bola | mobil keliling"
        # Asking whether a value is wrong at all ("salah cetak atau memang aturannya?").
        " | atau memang aturannya | atau memang begitu aturannya | atau memang aturan",
        negatable=False,
    ),
    _sig(
        "nothing_wrong",
        "Pelapor menyatakan dokumennya ada atau aktif, tidak ada masalah",
        "The reporter says their document is there or active, nothing is wrong",
        "ada kok | aktif kok | aman kok | masih ada kok | sudah ada kok | masih aktif kok"
        " | saya sendiri tidak ada masalah | tidak ada masalah dengan ktp saya"
        # What the deadline needs is ready ("paspor dan visa sudah beres semua", "KUA sudah
        # bilang berkas lengkap", "KTP sudah dicetak, jadi besok dia bisa ikut tes dengan
        # tenang").
        " | sudah beres semua | sudah bilang berkas lengkap | juga tidak masalah"
        # "Besok pagi ibu sy operasi usus buntu, BPJS-nya aman, semua berkas udh beres".
        " | semua berkas sudah beres | berkasnya sudah beres semua"
        # "Besok sy berangkat umroh, paspor & semua dokumen aman".
        " | semua dokumen aman | dokumennya aman semua"
        " | semua dokumen sudah lengkap | tidak ada masalah dengan itu"
        # "Besok sidang cerai sy ... KK & KTP sy lengkap kok."
        " | lengkap kok | sudah lengkap kok"
        # "Sy lusa berangkat magang ke Jepang ... KTP & paspor aman semua."
        " | paspor aman semua"
        " | bisa ikut ... dengan tenang"
        # "KTP fisik saya ada dan masih bagus": the card the deadline needs is in hand.
        " | ktp fisik saya ada | ktp saya ada dan masih bagus | saya sudah print kk"
        " | ktp saya ada masih bagus"
        # A letter that will do for the trip ("sudah dapat suket ... suket bisa dipakai
        # boarding").
        " | suket bisa dipakai"
        " | ktp ada di dompet | cuma jaga jaga | semua sudah beres"
        " | sudah saya print"
        # The document is already in hand ("KTP saya sudah jadi dan sudah saya ambil").
        " | sudah jadi dan sudah saya ambil | sudah jadi dan sudah diambil"
        # The registration the deadline was for is already in ("sudah berhasil submit").
        " | sudah berhasil submit | sudah berhasil mendaftar | sudah berhasil daftar"
        # A question about the step after a wedding tomorrow ("Apakah harus langsung ganti
        # KTP setelah menikah?", "setelah akad KK harus langsung diganti?", "KTP dengan status
        # yang sudah dibetulkan jadi dalam satu hari"); what the reporter holds is ready ("KK
        # dan akta anak sudah lengkap", "sudah jadi tadi siang").
        " | setelah menikah apakah | ganti ktp setelah menikah | apakah setelah akad"
        " | setelah menikah wajib | setelah nikah kk baru | sudah jadi tadi siang"
        " | kk dan akta anak sudah lengkap | berkas kua sudah beres"
        # "Nanti hrs diganti ya? Sesudah nikah ngurusnya ke mana?".
        " | sesudah nikah ngurusnya | setelah nikah ngurusnya",
        negatable=False,
    ),
    _sig(
        "no_rush",
        "Pelapor menyatakan tidak ada yang mendesak atau terhambat",
        "The reporter says nothing is pressing or blocked",
        "tidak buru buru | tidak terburu buru | belum buru buru | belum terburu buru"
        # A survivor whose abuser is in prison ("sdh cerai thn 2022 & mantan suami sdh
        # dipenjara").
        " | mantan suami sudah dipenjara | pelakunya sudah dipenjara"
        # "Kalau tidak perlu, ngurus KTP barunya setelah pulang saja."
        " | setelah pulang saja | sesudah pulang saja"
        # "Belum mau urus sekarang, cuma mau tahu dulu."
        " | belum mau urus sekarang | cuma mau tahu dulu | hanya mau tahu dulu"
        " | tidak terlalu buru buru | tidak mendesak | belum mendesak | tidak ada yang mendesak"
        " | belum ada yang mendesak | tidak ada yang terhambat | belum ada yang terhambat"
        " | bisa menyusul | bisa nyusul | boleh menyusul | boleh nyusul | kapan saja nanti"
        " | dikumpulkan kapan saja | tidak ada urusan yang terganggu"
        # Thanks once all is done ("Tidak ada lagi yang perlu diurus").
        " | tidak ada lagi yang perlu diurus | sudah tidak ada yang perlu diurus"
        # "Tapi BPJS, bank, semuanya aman dan lancar dipakai".
        " | semuanya aman dan lancar | semua aman dan lancar"
        # A substitute accepted for the deadline ("Dealer bilang KTP digital juga boleh").
        " | ktp digital juga boleh | ikd juga boleh | suket juga boleh"
        # "Kata penghulu tidak masalah, akad tetap jalan".
        " | akad tetap jalan"
        # Care going on under a working card ("pakai BPJS, alhamdulillah lancar, tidak ada
        # kendala").
        " | alhamdulillah lancar tidak ada kendala | lancar tidak ada kendala"
        " | tidak ada urusan yang tertahan | tidak ada urusan mendesak"
        " | tidak ada urusan yang mendesak | tidak ada yang terganggu | tidak ada yang tertahan"
        " | tinggal diambil | tinggal ambil"
        # A deadline with a fallback ("boleh pakai tanda terima dulu dan disusulkan", "kalau
        # besok belum bisa tidak masalah, saya tunda saja").
        " | dan disusulkan | bisa disusulkan | boleh disusulkan | saya tunda saja"
        " | belum bisa tidak masalah"
        # The service still works meanwhile ("sementara masih bisa berobat di faskes lama",
        # "bank dan kantor masih mau terima", "tunjangan keluarga tetap jalan").
        " | masih bisa berobat | masih mau terima | masih mau menerima | tetap jalan"
        " | tidak ada tenggat | sejauh ini belum ada masalah | sejauh ini tidak ada masalah"
        " | belum ada yang mempermasalahkan | lewat teller masih bisa | masih bisa dipakai di"
        " | lancar semua"
        # "BPJS dan perawatannya tetap berjalan normal", "BPJS-nya masih lancar": the service
        # the data serves works now ("dulu ... pakai BPJS lancar saja" was then).
        " | tetap berjalan normal | berjalan normal | tetap berjalan | bpjs masih lancar"
        " | bpjs nya masih lancar | bpjs tetap lancar | bpjs nya tetap lancar | bpjs juga aman"
        " | bpjs saya juga aktif | bpjs sekarang lancar | bpjs nya lancar dan tidak ada kendala"
        # "kata banknya masih bisa nunggu kok, gak ada batas".
        " | masih bisa nunggu | masih bisa menunggu | tidak ada batas waktu | gak ada batas"
        " | rujukan juga sudah beres | jadi aman | bpjs beliau aman | semua tindakan ditanggung"
        " | tidak ada batas"
        # Aid or cover that still pays out or works ("Pensiun ayah saya masih cair normal",
        # "BPJS saya masih aktif di faskes lama", "Sejauh ini bantuan belum ada masalah").
        " | masih cair normal | cair normal | masih aktif di faskes | bpjs ... masih aktif"
        " | kis ... masih aktif | sejauh ini masih aktif | bantuan belum ada masalah"
        " | bantuan tidak ada masalah | tidak ada masalah dengan bantuan"
        " | normal semua | sudah aktif lagi | sudah aktif kembali | dipakai normal"
        " | tanpa masalah"
        " | tetap cair bulan ini | jadi itu tidak masalah | dan masih aktif"
        " | bank juga tidak ada masalah | belum ada masalah | diperpanjang sampai"
        " | bpjs biasa saja | rekening tetap dibuka"
        # Care continues, its cover working ("BPJS-nya lancar dan tidak ada masalah").
        " | bpjs nya lancar | lancar dan tidak ada masalah | kepesertaannya aman"
        " | saya cuma khawatir | cuma khawatir"
        " | jadi masih ada waktu | tidak terlalu mendesak | ktp menyusul"
        " | tidak ada masalah untuk ambil | tidak ada masalah untuk berobat"
        # "Besok anak saya ujian, tapi bukan itu masalahnya"; a stranger's story told by a
        # bystander ("saya bukan keluarganya").
        " | bukan itu masalahnya | saya bukan keluarganya"
        # "Belum ada keperluan mendesak", "KTP-nya belum diperlukan untuk apa pun".
        " | belum ada keperluan mendesak | tidak ada keperluan mendesak"
        " | belum diperlukan untuk apa pun | belum diperlukan untuk apa apa"
        " | belum ada urusan lain yang tertahan | tidak ada urusan lain yang tertahan"
        # The card still works where it is needed ("kemarin juga masih bisa transaksi di
        # bank", "tidak ada layanan yang terganggu", "akhirnya saya pakai KTP fisik").
        " | masih bisa transaksi | tidak ada layanan yang terganggu | saya pakai ktp fisik"
        # "Bukan darurat ya, saya sehat"; "BPJS-nya aktif dan lancar"; a substitute accepted
        # meanwhile ("boleh upload surat keterangan dari desa dulu"; not "petugas bilang KK
        # menyusul", which is the office's delay).
        " | bukan darurat | aktif dan lancar | masih tertulis aktif"
        " | boleh upload surat keterangan | boleh pakai surat keterangan"
        " | boleh memakai surat keterangan"
        # "Kami memang belum butuh untuk apa-apa, cuma untuk arsip keluarga".
        " | belum butuh untuk apa apa | belum perlu untuk apa apa | tidak butuh untuk apa apa"
        " | belum butuh ... untuk apa apa | cuma untuk arsip | hanya untuk arsip"
        " | untuk arsip keluarga",
        # "rekening ... masih aktif dipakai sampai minggu ini" is misuse going on, not a service
        # that still works.
        unless="masih aktif dipakai | masih aktif digunakan | dan masih aktif dipakai"
        # "akad tetap jalan kalau tidak ada keberatan resmi": a threat, not a fallback.
        " | akad tetap jalan kalau | akad tetap jalan jika"
        # "harus bayar umum kalau mau tetap jalan": a condition to go on, not going on.
        " | kalau mau tetap jalan | kalau ingin tetap jalan | jika ingin tetap jalan"
        " | supaya tetap jalan | agar tetap jalan"
        " | dan masih aktif digunakan | dan masih aktif menerima"
        # Numbers nobody knows "tidak saya kenal dan masih aktif": misuse going on.
        " | tidak saya kenal dan masih aktif | tidak dikenal dan masih aktif"
        # What worked before ("tahun lalu masih bisa berobat") says nothing of now ("lalu"
        # itself is also a Sasak name: it stays out of the vocabulary).
        " | tahun ... masih bisa berobat | bulan ... masih bisa berobat | dulu masih bisa"
        " | sebelumnya masih bisa"
        # A debt that runs on whatever happens ("utang ke agensi tetap jalan") is a loss.
        " | hutang ... tetap jalan | utang ... tetap jalan | cicilan ... tetap jalan"
        " | bunga ... tetap jalan | bunganya tetap jalan",
        negatable=False,
    ),
    _sig(
        "future_use",
        "Dokumen baru akan dipakai nanti untuk layanan itu (belum terhambat)",
        "The document is to be used later for that service (nothing blocked yet)",
        # "KK baru ini nanti mau dipakai untuk mengurus BPJS suami".
        "nanti mau dipakai | nanti akan dipakai | nantinya mau dipakai | nanti mau digunakan"
        " | nanti akan digunakan | rencananya mau dipakai | rencananya akan dipakai"
        # A need that comes later, nothing refused yet ("aktanya nanti untuk BPJS dan
        # sekolah", "Sekolah tidak mewajibkan", "sekarang belum ada masalah").
        " | nanti untuk bpjs | aktanya nanti untuk | ktp nya nanti untuk"
        " | sekolah tidak mewajibkan | sekarang belum ada masalah",
        negatable=False,
    ),
    _sig(
        "birth_letter_lost",
        "Surat keterangan lahir asli hilang, terbakar atau tidak pernah ada",
        "The original birth letter is lost, burned or never existed",
        "lahir ... terbakar | lahir asli ... hilang | lahir ... hilang | surat lahir asli sudah"
        " tidak ada | surat lahirnya sudah tidak ada | tidak ada surat lahir"
        " | tidak punya surat lahir | tidak ada surat keterangan lahir"
        " | tidak punya surat keterangan lahir",
        negatable=False,
    ),
    _sig(
        "counter_failed",
        "Layanan di loket tidak diberikan: petugas tidak ada, loket tutup, kuota habis, alat rusak",
        "The counter did not serve: no officer, closed early, quota gone, equipment broken",
        "operatornya tidak ada | petugasnya tidak ada | petugas tidak ada di tempat"
        " | petugas ... tidak ada di tempat | yang pegang ... tidak ada"
        " | petugasnya tidak ada di tempat | mejanya kosong | meja layanan kosong"
        " | loket ... sudah tutup | sudah tutup padahal | tutup lebih awal | tutup sebelum jam"
        " | kuota ... habis | kuotanya habis | antrean ... sudah habis | antrian ... sudah habis"
        " | nomor antrean habis | nomor antrian habis | sidik jari ... tidak terbaca"
        " | tidak terbaca mesin"
        " | printernya rusak | printer rusak | alat rekam rusak | alat perekaman rusak"
        # A village cover letter left unsigned or refused; an office that is never open.
        " | belum ditandatangani | tidak mau membuat pengantar | tidak mau membuatkan pengantar"
        " | pengantarnya tidak mau dibuatkan | lebih sering tutup | tidak pernah diangkat",
        negatable=False,
    ),
    _sig(
        "patient_stable",
        "Kondisi pasien stabil atau membaik (tidak gawat sekarang)",
        "The patient's condition is stable or improving (no emergency now)",
        "kondisi stabil | kondisinya stabil | kondisi pasien stabil | kondisi sudah stabil"
        " | kondisinya sudah stabil | kondisinya sudah tenang | kondisi sudah tenang"
        # Treatment going on as planned ("cuci darah rutin ..., jadwalnya jalan terus"), and
        # covered ("rutin transfusi, tapi BPJS nya aman kok", "BPJS masih jalan, kemo
        # lancar").
        " | jadwalnya jalan terus | bpjs nya aman kok | bpjs aman kok | bpjs masih jalan"
        " | kemo lancar"
        " | kondisinya membaik | kondisi sudah membaik | kondisinya sudah membaik"
        # "bapak sdh dioperasi usus buntu dan sdh stabil".
        " | dan sudah stabil"
        # "untung langsung ditolong petugas dan udh baikan".
        " | dan sudah baikan",
        negatable=False,
    ),
    _sig(
        "turned_away_for_condition",
        "Pemohon ditolak dilayani karena kondisinya (disabilitas, penyakit): diskriminasi",
        "An applicant turned away because of their condition (disability, illness)",
        "tidak bisa diajak bicara | tidak bisa diajak komunikasi | tidak bisa diajak ngobrol"
        " | bawa keluarganya saja | bawa pulang saja | tidak berhak dilayani"
        " | tidak mau membaca tulisan | tidak mau membaca | bawa penerjemah | ada penerjemah"
        " | menunggu di luar sampai | tunggu di luar sampai | dilayani paling akhir"
        " | tidak mau menerima berkas langsung | tidak boleh dibantu keluarga"
        # "katanya 'orang seperti Bapak' tidak bisa tanda tangan".
        " | orang seperti bapak | orang seperti ibu | harus datang bersama wali"
        " | orang seperti itu tidak bisa"
        " | bawa orang yang bisa ngomong | bawa orang yang bisa bicara"
        " | membawa orang yang bisa bicara | membawa orang yang bisa ngomong"
        " | tidak bisa dengar bawa orang | tidak boleh dibantu",
    ),
    _sig(
        "not_a_complaint",
        "Bukan pengaduan: pesan uji coba, spam atau iklan",
        "Not a complaint: a test message, spam or an advert",
        "mohon diabaikan | harap diabaikan | abaikan pesan ini | pesan ini bukan pengaduan"
        " | bukan pengaduan | tes kirim | test kirim | uji coba integrasi | uji coba kanal"
        " | situs gacor | slot gacor | link di bio | bonus new member | tanpa modal"
        " | bit ly | klik link | penghasilan #num juta | bukan komplain",
        negatable=False,
    ),
    _sig(
        "suggestion_or_praise",
        "Saran, masukan, kritik umum atau pujian",
        "A suggestion, feedback, general criticism or praise",
        "saran | usul | usulan | masukan | sebaiknya | seharusnya | mohon diperbaiki aplikasi"
        " | perbaiki aplikasi | diperbaiki aplikasi | seperti dulu lagi | balik offline"
        " | kembali offline | kembali seperti dulu | mohon perbaikannya | lebih ditingkatkan"
        " | mohon ditingkatkan | terima kasih atas pelayanan | pelayanan bagus | pelayanan baik"
        " | mantap | puas | apresiasi | sangat membantu | cepat sekali | sukses selalu"
        " | respon cepatnya | responnya cepat"
        " | mau bilang terima kasih | alhamdulillah | salut | keren | tidak ada masalah"
        " | badhe matur nuwun | mau matur nuwun | namung matur nuwun | matur nuwun sanget kagem"
        " | matur nuwun sanget dumateng | matur nuwun dumateng"
        " | matur nuwun kagem | berterima kasih kepada | ingin berterima kasih"
        " | mau berterima kasih | terima kasih kepada petugas | terima kasih untuk petugas"
        " | mau memuji | ingin memuji | memuji petugas | terima kasih untuk tim"
        " | terima kasih disdukcapil | terima kasih dukcapil | sekarang luar biasa"
        " | terima kasih kepada tim | terima kasih tim | baru kali ini pelayanan"
        " | ramah | sudah bagus | sudah baik | sudah lancar | parkir | parkiran | kursi | pulpen"
        " | ruang tunggu | toilet | wc | ac | kipas | fasilitas | kantin | mushola | kebersihan"
        " | sukses terus | semoga sukses | berjalan lancar | sudah berjalan lancar"
        " | terima kasih sudah | terima kasih telah | brosur | leaflet | pamflet | spanduk"
        " | banner | papan | papan petunjuk | petunjuk arah | membingungkan | pelayanan cepat"
        " | pelayanannya cepat | tidak masalah | sudah saya terima | mungkin bisa ditambah"
        " | cuma saran | hanya saran | sekadar saran | menyampaikan terima kasih | dipertahankan"
        " | terima kasih petugas | terima kasih bu petugas | terima kasih pak petugas"
        " | yang sabar | sabar membantu | sabar melayani | sabar banget | matur nuwun dukcapil"
        " | matur nuwun disdukcapil"
        " | kirain bakal | matur nuwun sanget | sae sanget | terima kasih banyak kepada"
        " | laporan saya bisa ditutup | laporan ini bisa ditutup | pengaduan saya bisa ditutup"
        " | terima kasih banyak untuk | mantul | matur suksma | sabar sekali | berkat bantuan"
        " | berkat pencocokan | semoga layanan ini terus ada | semoga layanan seperti ini"
        " | pertahankan",
        # "supaya lain kali tidak ada masalah lagi": a purpose, not praise.
        unless="tidak ramah | kurang ramah | kursi roda | tidur di mushola | mengungsi di mushola"
        # Thanks for surviving a disaster is no praise of a service.
        " | alhamdulillah kami sekeluarga selamat | alhamdulillah kami selamat"
        " | supaya ... tidak ada masalah | agar ... tidak ada masalah | biar ... tidak ada masalah"
        " | tinggal di mushola | menginap di mushola" + _BOARD_AS_SOURCE,
        negatable=False,
    ),
    _sig(
        "doc_akta",
        "Akta pencatatan sipil (kelahiran, kematian, perkawinan, perceraian): standar 30 hari",
        "A civil-registration deed (birth, death, marriage, divorce): 30-day standard",
        "akta | akta kelahiran | akta kematian | akta perkawinan | akta perceraian"
        " | akta nikah | akta lahir | buku nikah | sptjm | sptmj",
        negatable=False,
        source="UU 23/2006 Pasal 69",
    ),
    _sig(
        "doc_death_letter",
        "Surat keterangan kematian dari desa/kelurahan: standar 3 hari",
        "The death letter from the village office: 3-day standard",
        "surat keterangan kematian | surat kematian | suket kematian | sk kematian"
        " | surat ket kematian | surat keterangan kematiannya | surat kematiannya"
        " | suket kematiannya",
        negatable=False,
        source="UU 23/2006 Pasal 69",
    ),
    _sig(
        "doc_identity",
        "KTP-el, KK, KIA atau surat pindah: standar 14 hari",
        "KTP-el, family card, child ID card or moving letter: 14-day standard",
        "ktp | kk | kartu keluarga | kia | kartu identitas anak | pindah | surat pindah | nik"
        " | skpwni | biodata | suket | kitir",
        negatable=False,
        source="UU 23/2006 Pasal 69",
    ),
)
