"""Indonesian and Malay replies, end to end.

Each language has its lexicon file (``agent/reading/lang/id.toml``, ``ms.toml``), month and
weekday names from babel ("23 Des 2026", "5 Mac 2027", "Jumat", "Khamis"), calendar-week
words ("minggu ke-51", "minggu 51"; "Minggu" alone is Sunday), line words ("item 1 dan 2",
"baris 3", "poin 1", "no. 2"), rupiah and ringgit ("Rp 12.500", "RM 45.50") and out-of-office
wording. Every phrasing here is written for these tests, the way business mail in the
language is written. Every mail runs the whole pipeline (``read_message``) on real bytes;
the mail is dated Tuesday 17 November 2026, the PO has three lines requested for 15 December
2026.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from agent.reading.dates import find_dates
from agent.reading.numbers import price_hits
from tests.test_guards import PO_NUMBER
from tests.test_languages import REF, WEEK_2, WEEK_52, _lines, _read

REQUESTED = date(2026, 12, 15)

# A plain confirmation of every line, as ordered.
CONFIRMATIONS = [
    (
        "id-ID",
        "Selamat siang Bu Renee,\n\nKami konfirmasi PO tersebut sesuai pesanan, tidak ada "
        "perubahan.\n\nTerima kasih,\nBudi",
    ),
    (
        "id-ID",
        "Dengan hormat,\n\nBersama ini kami konfirmasikan PO Ibu sesuai dengan PO.\n\nSalam,\nBudi",
    ),
    ("id-ID", "Halo Bu Renee,\n\nOK sesuai PO, semua dikonfirmasi.\n\nTerima kasih\nBudi"),
    (
        "ms-MY",
        "Salam sejahtera Puan Renee,\n\nKami sahkan pesanan puan seperti yang dipesan, tiada "
        "perubahan.\n\nSekian, terima kasih.\nAhmad",
    ),
    ("ms-MY", "Hi Puan Renee,\n\nPesanan telah disahkan mengikut PO.\n\nTerima kasih,\nAhmad"),
]


@pytest.mark.parametrize("locale,body", CONFIRMATIONS)
def test_a_plain_confirmation_accepts_every_line(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got == {n: ("accepted", REQUESTED) for n in (1, 2, 3)}


# Every line confirmed, delivered in calendar week 52 instead of the requested date.
WEEK_CHANGES = [
    (
        "id-ID",
        "Selamat pagi,\n\nSemua item kami konfirmasi, namun pengiriman baru bisa di minggu ke-52."
        "\n\nSalam",
    ),
    ("id-ID", "Selamat pagi,\n\nSemua item dikonfirmasi, pengiriman minggu 52.\n\nSalam"),
    (
        "ms-MY",
        "Selamat pagi,\n\nSemua item disahkan, tetapi penghantaran pada minggu ke-52.\n\nSekian",
    ),
    ("ms-MY", "Selamat pagi,\n\nKami sahkan semua item, penghantaran minggu 52.\n\nSekian"),
]


@pytest.mark.parametrize("locale,body", WEEK_CHANGES)
def test_a_calendar_week_changes_every_line_to_its_friday(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got == {n: ("changed", WEEK_52) for n in (1, 2, 3)}


# Every line confirmed for a new date, in digits or with the month's name.
NEW_DATES = [
    ("id-ID", "Selamat siang,\n\nkami konfirmasi PO ini, pengiriman tanggal 15 Januari 2027."),
    ("id-ID", "Selamat siang,\n\nkami konfirmasi PO, jadwal pengiriman mundur ke 15 Januari."),
    ("id-ID", "Selamat siang,\n\nkami konfirmasi PO, barang dikirim hari Jumat, 15 Jan 2027."),
    ("id-ID", "Selamat siang,\n\nkami konfirmasi PO, pengiriman tgl 15/01/2027."),
    ("ms-MY", "Selamat pagi,\n\nkami sahkan pesanan, penghantaran pada 15 Januari 2027."),
    ("ms-MY", "Selamat pagi,\n\nkami sahkan pesanan, tarikh penghantaran ditunda ke 15 Januari."),
]


@pytest.mark.parametrize("locale,body", NEW_DATES)
def test_a_new_date_changes_every_line(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got == {n: ("changed", WEEK_2) for n in (1, 2, 3)}


# Lines 1 and 2 confirmed, line 3 refused (no longer made, cannot be supplied).
REFUSALS = [
    (
        "id-ID",
        "Selamat siang,\n\nItem 1 dan 2 kami konfirmasi sesuai PO.\nItem 3 mohon maaf tidak dapat "
        "kami penuhi karena sudah tidak diproduksi lagi.\n\nSalam",
    ),
    (
        "id-ID",
        "Selamat siang,\n\nBaris 1 dan 2 OK sesuai PO.\nBaris 3 tidak bisa kami kirim, barangnya "
        "sudah discontinue.\n\nSalam",
    ),
    (
        "id-ID",
        "Selamat siang,\n\nNo. 1 dan 2 kami konfirmasi.\nNo. 3 tidak dapat kami supply, produk "
        "sudah tidak diproduksi.\n\nSalam",
    ),
    (
        "id-ID",
        "Selamat siang,\n\nPoin 1 dan 2 dikonfirmasi sesuai pesanan.\nPoin 3 sudah discontinue, "
        "tidak dapat kami penuhi.\n\nSalam",
    ),
    (
        "ms-MY",
        "Selamat pagi,\n\nItem 1 dan 2 disahkan mengikut pesanan.\nItem 3 tidak dapat kami "
        "bekalkan kerana pengeluarannya telah dihentikan.\n\nSekian",
    ),
]


@pytest.mark.parametrize("locale,body", REFUSALS)
def test_a_refused_line_is_rejected_and_the_others_accepted(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got[3][0] == "rejected"
    assert got[1][0] == got[2][0] == "accepted"


# Replies that confirm nothing yet: a promise to answer later, a question, a receipt, a
# condition, a "cannot confirm yet".
NON_COMMITMENTS = [
    # Indonesian
    (
        "id-ID",
        "Selamat siang,\n\nterima kasih atas PO-nya. Untuk jadwal pengiriman akan kami "
        "informasikan besok.",
    ),
    (
        "id-ID",
        "Selamat siang,\n\nPO sudah kami terima, kami cek dulu stoknya dan akan kami kabari "
        "segera.",
    ),
    ("id-ID", "Selamat siang,\n\napakah pengiriman di minggu ke-2 bisa diterima?"),
    ("id-ID", "Selamat siang,\n\nkami konfirmasi PO dengan syarat DP 30% dibayar terlebih dahulu."),
    (
        "id-ID",
        "Selamat siang,\n\nmohon maaf, jadwal pengiriman belum bisa kami konfirmasi, masih "
        "menunggu konfirmasi dari pabrik.",
    ),
    ("id-ID", "Selamat siang,\n\nPO sudah kami terima dengan baik."),
    ("id-ID", "Selamat siang,\n\nPO akan kami konfirmasi setelah pembayaran uang muka diterima."),
    # Malay
    (
        "ms-MY",
        "Selamat pagi,\n\nterima kasih atas pesanan. Tarikh penghantaran akan kami maklumkan "
        "kemudian.",
    ),
    ("ms-MY", "Selamat pagi,\n\nadakah penghantaran pada minggu ke-2 boleh diterima?"),
    (
        "ms-MY",
        "Selamat pagi,\n\nkami sahkan pesanan selepas menerima bayaran pendahuluan 50%.",
    ),
    ("ms-MY", "Selamat pagi,\n\npesanan anda telah kami terima."),
    (
        "ms-MY",
        "Selamat pagi,\n\ntarikh penghantaran belum dapat kami sahkan, kami masih menunggu "
        "pengesahan kilang.",
    ),
]


@pytest.mark.parametrize("locale,body", NON_COMMITMENTS)
def test_promises_questions_and_conditions_confirm_nothing(locale: str, body: str) -> None:
    res = _read(body, locale)
    assert res.kind == "needs_review", (res.kind, res.review_reasons)


# The whole order confirmed, but only on a condition or as a question: the reader sees the
# confirmation and what holds it.
HELD_CONFIRMATIONS = [
    (
        "id-ID",
        "Selamat siang,\n\nkami konfirmasi PO dengan syarat DP 30% dibayar terlebih dahulu.",
        "dengan syarat",
    ),
    (
        "ms-MY",
        "Selamat pagi,\n\nkami sahkan pesanan selepas menerima bayaran pendahuluan 50%.",
        "bayaran",
    ),
]


@pytest.mark.parametrize("locale,body,words", HELD_CONFIRMATIONS)
def test_what_holds_a_confirmation_is_named(locale: str, body: str, words: str) -> None:
    res = _read(body, locale)
    assert res.kind == "needs_review"
    assert any(words in reason for reason in res.review_reasons), res.review_reasons


# A confirmation whose delivery is a month or a part of one: no day, no accepted date.
VAGUE_DELIVERIES = [
    ("id-ID", "Selamat siang,\n\nkami konfirmasi PO, pengiriman awal Januari."),
    ("id-ID", "Selamat siang,\n\nkami konfirmasi PO, pengiriman pada bulan Januari."),
    ("ms-MY", "Selamat pagi,\n\nkami sahkan pesanan, penghantaran pada akhir Januari."),
]


@pytest.mark.parametrize("locale,body", VAGUE_DELIVERIES)
def test_a_month_without_a_day_confirms_no_date(locale: str, body: str) -> None:
    res = _read(body, locale)
    assert res.kind != "confirmation" or all(
        ln.status != "accepted" for ln in res.confirmations[0].lines
    )


ABSENCES = [
    (
        "id-ID",
        "Terima kasih atas email Anda.\n\nSaya sedang cuti sampai 7 Desember dan akses email "
        "terbatas.",
    ),
    (
        "id-ID",
        "Selamat siang,\n\nSaat ini saya sedang di luar kantor dan akan kembali pada tanggal 30 "
        "November.",
    ),
    (
        "ms-MY",
        "Terima kasih atas emel anda.\n\nSaya sedang bercuti sehingga 27 November dan tidak "
        "dapat mengakses emel.",
    ),
    ("ms-MY", "Salam,\n\nSaya berada di luar pejabat sehingga 30 November 2026."),
]


@pytest.mark.parametrize("locale,body", ABSENCES)
def test_an_absence_notice_is_an_automatic_reply(locale: str, body: str) -> None:
    res = _read(body, locale, subject=f"PO {PO_NUMBER}", quoted="")
    assert res.kind == "auto_reply", (res.kind, res.review_reasons)


@pytest.mark.parametrize(
    "text,want",
    [
        ("Saya sedang cuti sampai 7 Desember.", date(2026, 12, 7)),
        ("Saya sedang bercuti sehingga 27 November.", date(2026, 11, 27)),
        ("Saya sedang bercuti dan akan kembali pada 3 Disember.", date(2026, 12, 3)),
    ],
)
def test_the_return_date_of_an_absence(text: str, want: date) -> None:
    from agent.reading.classify import find_return_date

    assert find_return_date(text, REF) == want


# ------------------------------------------------------------------ dates and weeks


@pytest.mark.parametrize(
    "text,want",
    [
        ("23 Des 2026", date(2026, 12, 23)),
        ("23 Desember", date(2026, 12, 23)),
        ("tanggal 23 Desember 2026", date(2026, 12, 23)),
        ("5 Januari 2027", date(2027, 1, 5)),
        ("15 Jan 2027", WEEK_2),
        ("23 Dis 2026", date(2026, 12, 23)),
        ("23 Disember", date(2026, 12, 23)),
        ("5 Mac 2027", date(2027, 3, 5)),
        ("17 Agustus 2027", date(2027, 8, 17)),
        ("15 Ogos 2027", date(2027, 8, 15)),
        ("Jumat, 18 Desember", date(2026, 12, 18)),
        ("Minggu, 20 Desember", date(2026, 12, 20)),
        ("minggu ke-51", date(2026, 12, 18)),
        ("minggu ke 51", date(2026, 12, 18)),
        ("minggu 51", date(2026, 12, 18)),
        ("Minggu 51", date(2026, 12, 18)),
        ("pekan ke-51", date(2026, 12, 18)),
        ("minggu ke-2", WEEK_2),
        ("Senin minggu ke-51", date(2026, 12, 14)),
        ("Jumat", date(2026, 11, 20)),
        ("hari Jumat", date(2026, 11, 20)),
        ("hari Senin", date(2026, 11, 23)),
        ("Rabu", date(2026, 11, 18)),
        ("Kamis", date(2026, 11, 19)),
        ("hari Minggu", date(2026, 11, 22)),
        ("pada Minggu", date(2026, 11, 22)),
        ("Khamis", date(2026, 11, 19)),
        ("Jumaat", date(2026, 11, 20)),
        ("Ahad", date(2026, 11, 22)),
        ("Isnin", date(2026, 11, 23)),
        ("Jumat minggu depan", date(2026, 11, 27)),
        ("besok", date(2026, 11, 18)),
        ("dalam 2 minggu", date(2026, 12, 1)),
        # a lead time labelled as such counts from the mail, as "in 2 weeks" does (not Sunday)
        ("lead time 2 minggu", date(2026, 12, 1)),
    ],
)
def test_month_names_weeks_and_days(text: str, want: date) -> None:
    hits, _ = find_dates(text, "id-ID", REF)
    assert [h.date for h in hits] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "2 minggu",  # a duration, not Sunday
        "waktu pengiriman 3-4 minggu",
        "dua minggu",
        "setiap minggu",  # every week
        "per minggu",
        "beberapa minggu",
        "seminggu",
        "minggu ini",  # this week
        "minggu lalu",  # last week
        "awal minggu depan",  # early next week: vague, no day
        "des 3 pièces",  # French, not December
    ],
)
def test_words_that_look_like_dates_are_none(text: str) -> None:
    hits, _ = find_dates(text, "id-ID", REF)
    assert hits == []


@pytest.mark.parametrize(
    "text,vague",
    [
        ("awal Januari", "awal Januari"),
        ("pada bulan Januari", "pada bulan Januari"),
        ("akhir Januari", "akhir Januari"),
        ("awal minggu depan", "minggu depan"),  # early next week
        ("pertengahan minggu hadapan", "minggu hadapan"),  # the middle of next week
    ],
)
def test_a_month_alone_is_vague(text: str, vague: str) -> None:
    hits, found = find_dates(text, "id-ID", REF)
    assert hits == [] and [v.text for v in found] == [vague]


# ------------------------------------------------------------------ currencies


@pytest.mark.parametrize(
    "text,locale,value,currency",
    [
        ("Rp 12.500", "id-ID", "12500", "IDR"),
        ("Rp12.500,00", "id-ID", "12500.00", "IDR"),
        ("Rp. 1.250.000", "id-ID", "1250000", "IDR"),
        ("IDR 12.500", "id-ID", "12500", "IDR"),
        ("12.500 IDR", "id-ID", "12500", "IDR"),
        ("Rp 12.500", "en-US", "12500", "IDR"),  # the rupiah groups with dots everywhere
        ("IDR 12,500", "en-US", "12500", "IDR"),
        ("Rp 12.500,-", "id-ID", "12500", "IDR"),
        ("RM 45.50", "ms-MY", "45.50", "MYR"),
        ("RM45.50", "ms-MY", "45.50", "MYR"),
        ("MYR 1,250.00", "ms-MY", "1250.00", "MYR"),
        ("45.50 MYR", "ms-MY", "45.50", "MYR"),
    ],
)
def test_rupiah_and_ringgit(text: str, locale: str, value: str, currency: str) -> None:
    (hit,) = price_hits(text, locale)
    assert (str(hit.value), hit.currency) == (value, currency)


def test_a_price_per_hundred_pieces() -> None:
    (hit,) = price_hits("Rp 125.000 per 100 pcs", "id-ID")
    assert hit.per == 100 and hit.currency == "IDR" and hit.value == 125000


@pytest.mark.parametrize(
    "text", ["putaran 1500 rpm", "Rpm 1500", "RMA 12345", "rm 12", "nomor RMA: 4512"]
)
def test_words_like_currency_signs_are_no_price(text: str) -> None:
    assert price_hits(text, "id-ID") == []


# ------------------------------------------------------------------ line references


@pytest.mark.parametrize(
    "text,want",
    [
        ("item 1 dan 2 kami konfirmasi", {1, 2}),
        ("baris 3 tidak dapat kami penuhi", {3}),
        ("poin 1 OK", {1}),
        ("no. 2 sudah discontinue", {2}),
        ("No. 1 dan 3", {1, 3}),
        ("item 1, 2 dan 3", {1, 2, 3}),
        ("item 1 s/d 3", {1, 2, 3}),
    ],
)
def test_line_words_name_their_lines(text: str, want: set[int]) -> None:
    from agent.reading.extract import _LINE_REF

    got: set[int] = set()
    for m in _LINE_REF.finditer(text):
        a = int(m.group("a"))
        nums = {a}
        if m.group("range"):
            nums = set(range(a, int(re.search(r"\d+", m.group("range")).group(0)) + 1))
        nums |= {int(n) for n in re.findall(r"\d+", m.group("more") or "")}
        got |= nums
    assert got == want


@pytest.mark.parametrize("text", ["baris 1 dan 2", "poin 3", "no. 2", "item 1 s/d 3"])
def test_the_safety_checks_see_the_same_line_words(text: str) -> None:
    from agent.reading.guards import _LINE_REF

    assert _LINE_REF.search(text)


@pytest.mark.parametrize("subject", ["Balas: PO 7100018842", "BLS: PO", "Balasan: PO"])
def test_reply_prefixes(subject: str) -> None:
    from agent.reading.classify import _REPLY_SUBJECT

    assert _REPLY_SUBJECT.match(subject)


@pytest.mark.parametrize(
    "subject", ["Konfirmasi Pesanan 7100018842", "Pengesahan Pesanan 7100018842"]
)
def test_order_confirmation_headings(subject: str) -> None:
    from agent.reading.classify import _ORDER_CONFIRMATION

    assert _ORDER_CONFIRMATION.search(subject)
