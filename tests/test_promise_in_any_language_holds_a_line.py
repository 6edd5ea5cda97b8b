"""A line held for later in words of any lexicon language ("akan dikonfirmasi minggu depan",
"producent potwierdzi dostępność"), with a date in the same clause, is rightly left
unconfirmed while the other lines are confirmed. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

KITS = [
    ("SHP-30", "Shampoo 30 ml, hotel", 4000, "EA", "0.21", "2026-12-18"),
    ("SOAP-25", "Soap bar 25 g, hotel", 4000, "EA", "0.14", "2026-12-18"),
    ("KIT-VAN", "Vanity kit, boxed", 1500, "EA", "0.32", "2026-12-18"),
]


def test_a_line_promised_for_later_in_indonesian() -> None:
    res = read(
        "Selamat siang,\n\nPesanan 4500012345 kami konfirmasi:\n1. Sampo 30 ml: 4000 pcs, "
        "pengiriman 18/12/2026.\n2. Sabun 25 g: 4000 pcs, pengiriman 18/12/2026.\n3. Vanity kit: "
        "akan dikonfirmasi minggu depan, pabrik masih cek jadwal (rencana 22/12).\n\nSalam",
        [make_po(locale="id-ID", lines=KITS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == date(2026, 12, 18) and got[2].status == "accepted"
    assert got[3].status == "unconfirmed"
