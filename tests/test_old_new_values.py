"""An old and a new value in one clause: the new one counts ('was 12.10, now 12.60',
Turkish '12,10 EUR yerine 12,60 EUR'); a part of the ordered whole ('only 80 of 100',
'nur 80 von 100 Stück') is the quantity, the whole is not. Questions and promises stay
unconfirmed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Merhaba,\n\n4500012345 nolu siparişinizi onaylıyoruz.\n"
            "2. kalem: birim fiyat 12,10 EUR yerine 12,60 EUR olacaktır, miktar ve termin aynı.\n"
            "1. ve 3. kalem: sipariş gibi onaylanmıştır.\n\nSaygılarımızla",
            "tr-TR",
        ),
        (
            "Hi,\n\nLine 2: price was EUR 12.10, now EUR 12.60.\nLines 1 and 3 as ordered.\n\nSam",
            "en-GB",
        ),
        (
            "Hallo,\n\nPos. 2: Preis bisher 12,10 EUR, neu 12,60 EUR. Pos. 1 und 3 wie bestellt.\n\nGruß",
            "de-DE",
        ),
    ],
)
def test_the_new_price_of_an_old_and_new_pair_counts(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = {n: (ln.status, ln.unit_price) for n, ln in lines_of(res).items()}
    assert got[2] == ("changed", Decimal("12.60"))
    assert got[1] == ("accepted", Decimal("312.50")) and got[3] == ("accepted", Decimal("8.40"))


@pytest.mark.parametrize(
    "body",
    [
        # a question about a price is no commitment to it
        "Merhaba,\n\n2. kalem için 12,60 EUR fiyat uygun mudur?\n\nSaygılarımızla",
        # received, will check and come back
        "Merhaba,\n\nSiparişinizi aldık, kontrol edip size dönüş yapacağız.\n\nSaygılarımızla",
    ],
)
def test_a_turkish_question_or_promise_confirms_nothing(body: str) -> None:
    res = read(body, [make_po(locale="tr-TR")])
    assert res.kind == "needs_review"
    assert res.confirmations == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hallo,\n\nPos. 2: leider nur 80 von 100 Stück lieferbar, die restlichen 20 entfallen. "
            "Pos. 1 und 3 wie bestellt.\n\nGruß",
            "de-DE",
        ),
        (
            "Dzień dobry,\n\npoz. 2: możemy dostarczyć tylko 80 szt. z 100 szt., reszta anulowana. "
            "Poz. 1 i 3 zgodnie z zamówieniem.\n\nPozdrawiam",
            "pl-PL",
        ),
        (
            "Bonjour,\n\nLigne 2 : seulement 80 sur 100, le solde de 20 est annulé. "
            "Lignes 1 et 3 conformes.\n\nCordialement",
            "fr-FR",
        ),
    ],
)
def test_only_part_of_the_ordered_whole_is_a_change_to_the_part(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    ln = lines_of(res)[2]
    assert (ln.status, ln.quantity) == ("changed", 80)


def test_a_delivery_of_the_whole_is_not_a_part_of_it() -> None:
    # "von 100 Stück" with no part before it: the ordered 100, as ordered
    res = read(
        "Hallo,\n\nPos. 2: Lieferung von 100 Stück am 15.12.2026. Pos. 1 und 3 wie bestellt.\n\nGruß",
        [make_po(locale="de-DE")],
    )
    assert lines_of(res)[2].quantity == 100


# ------------------------------------------------------------------ ERP acknowledgments

ACK = (
    "SALES ORDER ACKNOWLEDGMENT   Cust PO: 4500012345\n"
    "Ln Part / Description Order Qty Unit Price Per Ext Price Promise Ship\n"
    "1 GH-77 HOUSING GEARBOX 40 EA 312.50 E 12,500.00 12/15/2026\n"
    "Cust Part: CAST-7781\n"
    "2 GC-82 COVER 5/8X3/4X1.50 100 EA 1,210.00 C 1,210.00 12/18/2026\n"
    "Cust Part: CAST-7782\n"
    "3 MF-90 FOOT 60 EA 8.40 E 504.00 12/15/2026\n"
    "Cust Part: CAST-7790\n"
)


def test_an_erp_row_takes_the_line_its_customer_part_line_names() -> None:
    # each row names the supplier's part; the line after it names ours. A fraction in a
    # dimension ('5/8X3/4X1.50') is no date, and '1,210.00 C' is per hundred
    res = read(
        "Hi Dana,\n\nPlease see attached acknowledgment.\n\nSam",
        [make_po(locale="en-US")],
        attachments=(("ack.txt", "text/plain", ACK.encode()),),
    )
    assert res.kind == "confirmation", res.review_reasons
    ln = lines_of(res)[2]
    assert (ln.quantity, ln.unit_price, ln.date.isoformat()) == (
        100,
        Decimal("12.10"),
        "2026-12-18",
    )


def _doc(header: str, rows: list[str], tail: str = "") -> bytes:
    return (
        "ACCUSE DE RECEPTION   Commande 4500012345\n"
        + header
        + "\n"
        + "\n".join(rows)
        + "\n"
        + tail
    ).encode()


@pytest.mark.parametrize(
    ("header", "rows", "locale"),
    [
        (
            "Pos Notre réf. Votre réf. Qté P.U. EUR Date livr.",
            [
                "10 GH-77 CAST-7781 40 31,25 15/12/2026",
                "20 GC-82 CAST-7782 100 12,60 15/12/2026",
                "30 MF-90 CAST-7790 60 8,40 15/12/2026",
            ],
            "fr-FR",
        ),
        (
            "Pos. Vs. codice Descrizione Q.tà Prezzo unit. € Data consegna",
            [
                "10 CAST-7781 Carter L=400 40 31,25 15/12/2026",
                "20 CAST-7782 Coperchio L=250 press. 100 12,60 15/12/2026",
                "30 CAST-7790 Piede 60 8,40 15/12/2026",
            ],
            "it-IT",
        ),
    ],
)
def test_the_decimal_after_the_quantity_under_a_unit_price_header_is_the_price(
    header: str, rows: list[str], locale: str
) -> None:
    # no currency mark and no amount column: the header says the column after the quantity
    # is the unit price; 'L=250' is the item's length, not its quantity
    # ("40 312,50" would be ambiguous where a space groups thousands: a person sees that)
    lines = [
        ("CAST-7781", "Gearbox housing", 40, "EA", "31.25", "2026-12-15"),
        ("CAST-7782", "Gearbox cover", 100, "EA", "12.10", "2026-12-15"),
        ("CAST-7790", "Mounting foot", 60, "EA", "8.40", "2026-12-15"),
    ]
    res = read(
        "Bonjour,\n\nci-joint notre accusé de réception.\n\nCordialement",
        [make_po(locale=locale, lines=lines)],
        attachments=(
            (
                "arc.txt",
                "text/plain",
                _doc(header, rows, "Franco de port à partir de 1 500 EUR HT.\n"),
            ),
        ),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = {n: (ln.status, ln.quantity, ln.unit_price) for n, ln in lines_of(res).items()}
    assert got[2] == ("changed", 100, Decimal("12.60"))
    assert got[1] == ("accepted", 40, Decimal("31.25"))


def test_a_price_followed_by_a_price_unit_is_not_read_as_the_unit_price() -> None:
    # "12,60 C": per hundred; without the header's word for it the row's price stays unread
    res = read(
        "Bonjour,\n\nci-joint notre accusé de réception.\n\nCordialement",
        [make_po(locale="fr-FR")],
        attachments=(
            (
                "arc.txt",
                "text/plain",
                _doc(
                    "Pos Votre réf. Qté P.U. EUR Date livr.",
                    ["20 CAST-7782 100 1260,00 C 99,00 15/12/2026"],
                ),
            ),
        ),
    )
    for ln in lines_of(res).values() if res.confirmations else []:
        assert ln.unit_price != Decimal("1260.00")
