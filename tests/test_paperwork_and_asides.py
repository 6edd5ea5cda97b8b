"""A date said of the documents that go with the goods (certificates, PPAP files, test
reports) is no delivery date: the order is confirmed at the dates the supplier gave for the
goods. A clause that also speaks of delivering the goods is still read for its date. A
bracketed list ("(PSW, Maßbericht, Werkstoffzeugnisse 3.1)") stays one aside of its clause.
A pallet is a pack ("palety po 40 pytlích"), and a Swedish week closes a sentence ("v. 13."). Every
phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading.dates import find_dates
from agent.reading.segments import Segment, clauses
from agent.reading.units import pack_sizes
from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hi Dana,\n\nPO 4500012345 confirmed as ordered. The material certificates (3.1) "
            "will be sent by 10/12.\n\nSam",
            "en-GB",
        ),
        (
            "Hallo Frau Ruiz,\n\nwir bestätigen die Bestellung 4500012345 wie bestellt. Die "
            "PPAP-Unterlagen (PSW, Maßbericht, Werkstoffzeugnisse 3.1) erhalten Sie spätestens "
            "in KW 49.\n\nGruß",
            "de-DE",
        ),
        (
            "Bonjour,\n\nNous confirmons la commande 4500012345 telle que passée. Les "
            "certificats matière vous parviendront le 10/12.\n\nCordialement",
            "fr-FR",
        ),
        (
            "Dzień dobry,\n\npotwierdzamy zamówienie 4500012345 zgodnie z zamówieniem. Atesty "
            "materiałowe prześlemy do 10.12.2026.\n\nPozdrawiam",
            "pl-PL",
        ),
    ],
)
def test_a_date_for_the_documents_is_no_delivery_date(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.status for ln in got.values()} == {"accepted"}
    assert {ln.date for ln in got.values()} == {date(2026, 12, 15)}


@pytest.mark.parametrize(
    "body",
    [
        "Hi Dana,\n\nPO 4500012345 confirmed. Certificates and goods will be delivered on "
        "22/12.\n\nSam",
        "Hi Dana,\n\nPO 4500012345 confirmed, delivery 22/12 with the 3.1 certificates.\n\nSam",
    ],
)
def test_a_clause_about_the_goods_and_their_documents_keeps_its_date(body: str) -> None:
    res = read(body)
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 22)}


def test_a_bracketed_list_is_not_cut_into_clauses() -> None:
    text = "Die PPAP-Unterlagen (PSW, Maßbericht, Werkstoffzeugnisse 3.1) erhalten Sie in KW 51."
    got = [c.text for c in clauses(Segment(0, "body", text))]
    assert got == [text]
    # outside brackets, a comma still ends a clause
    got = [c.text for c in clauses(Segment(0, "body", "Line 1 is fine, line 2 ships 12/18."))]
    assert got == ["Line 1 is fine", "line 2 ships 12/18."]


@pytest.mark.parametrize(
    ("written", "locale", "want"),
    [
        # a year's or a day's abbreviation between the date and its weekday
        ("Доставка: 17.12.2026 г. (четвъртък).", "bg-BG", date(2026, 12, 17)),
        ("Pristatymas: gruodžio 16 d. (trečiadienis).", "lt-LT", date(2026, 12, 16)),
        # Danish and Norwegian "onsdag d. 16/12": the weekday, "den" cut short, the date
        ("levering onsdag d. 16/12", "da-DK", date(2026, 12, 16)),
    ],
)
def test_a_weekday_beside_its_date_is_that_date(written: str, locale: str, want: date) -> None:
    hits, _ = find_dates(written, locale, date(2026, 11, 4))
    assert [(h.date, h.conflict) for h in hits] == [(want, None)]


def test_a_split_with_weekdays_written_the_danish_way_is_read() -> None:
    res = read(
        "Hej Dana,\n\nOrdre 4500012345: linje 1 og 2 som bestilt. Linje 3: 40 stk. leveres "
        "onsdag d. 16/12, de sidste 20 stk. fredag d. 18/12.\n\nMvh",
        [make_po(locale="da-DK")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[3]
    assert [(s.quantity, s.date) for s in got.schedule] == [
        (40, date(2026, 12, 16)),
        (20, date(2026, 12, 18)),
    ]


def test_a_spaced_day_and_month_without_a_year_ends_no_sentence() -> None:
    # "od 1. 12.)" in an aside and "do 18. 12." after it: both dates stay whole
    res = read(
        "Dobrý den,\n\npotvrzujeme objednávku 4500012345:\n\n"
        "pol. 1 skříň převodovky - 40 ks, cena 312,50 EUR/ks (zdražení odlitků od 1. 12.), "
        "dodání do 18. 12.\npol. 2 víko - 100 ks, 12,10 EUR/ks, dodání 15. 12.\n"
        "pol. 3 patka - 60 ks, 8,40 EUR/ks, dodání 15. 12.\n\nS pozdravem",
        [make_po(locale="cs-CZ")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].date == date(2026, 12, 18)
    assert got[2].date == got[3].date == date(2026, 12, 15)


def test_items_numbered_in_brackets_with_a_ship_date_before_an_estimated_delivery() -> None:
    # "(40) ..." opens an item of its own; "ships 12/11" comes before "est. delivery 12/15"
    res = read(
        "Hi Dana,\n\nAcknowledging PO 4500012345:\n\n"
        "(40) Gearbox housing @ 312.50 - ships 12/11 via DHL, est. delivery 12/15\n"
        "(100) Gearbox cover @ 12.10 - ships 12/11, est. delivery 12/15\n"
        "(60) Mounting foot @ 8.40 - ships 12/11, est. delivery 12/15\n\nThanks!",
        [make_po(locale="en-US")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


GRANULATE = [
    ("GR-1", "Granulat PP czarny", 5000, "KG", "1.92", "2026-12-15"),
    ("GR-2", "Granulat PE naturalny", 3000, "KG", "1.64", "2026-12-15"),
]


def test_only_a_quantity_with_spaced_thousands_is_that_quantity() -> None:
    res = read(
        "Dzień dobry,\n\nzamówienie 4500012345:\npoz. 1 - dostarczymy tylko 4 200 kg "
        "(ograniczona dostępność surowca), cena bez zmian, termin 15.12.\n"
        "poz. 2 - zgodnie z zamówieniem.\n\nPozdrawiam",
        [make_po(locale="pl-PL", lines=GRANULATE)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].quantity == 4200
    assert got[2].status == "accepted"


def test_a_spaced_dash_after_the_line_number_starts_its_quantity() -> None:
    # "pol. 1 - 4 800 ks": no line 4 exists, so "1 - 4" is no range of lines
    res = read(
        "Dobrý den,\n\nobjednávka 4500012345:\npol. 1 - 4 800 ks (balení po 600 ks), termín "
        "15. 12. 2026, cena beze změny\npol. 2 - OK\npol. 3 - OK\n\nS pozdravem",
        [make_po(locale="cs-CZ")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == 4800


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # Czech puts "instead of" before the old price, Hungarian after it
        (
            "Dobrý den,\n\nobjednávku 4500012345 potvrzujeme:\npol. 1 - beze změny\npol. 2 - "
            "100 ks, termín beze změny, cena 12,60 EUR/ks místo 12,10 EUR/ks (zdražení odlitků "
            "od 1. 11.)\npol. 3 - beze změny\n\nS pozdravem",
            "cs-CZ",
        ),
        (
            "Tisztelt Ruiz Asszony!\n\nA 4500012345 számú rendelést visszaigazoljuk:\n1. tétel: "
            "változatlan\n2. tétel: 100 db, 12,10 EUR helyett 12,60 EUR/db, szállítás "
            "2026.12.15.\n3. tétel: változatlan\n\nÜdvözlettel",
            "hu-HU",
        ),
        # the date in the aside is the price's, not the delivery's
        (
            "Hej Dana,\n\nVi bekräftar order 4500012345:\nRad 1 – 40 st à 312,50 EUR – leverans "
            "15/12\nRad 2 – 100 st à 12,60 EUR (prisjustering från 1/12) – leverans 15/12\n"
            "Rad 3 – 60 st à 8,40 EUR – leverans 15/12\n\nMvh",
            "sv-SE",
        ),
    ],
)
def test_the_old_price_and_the_price_change_date_are_not_the_commitment(
    body: str, locale: str
) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].status == "changed" and got[2].unit_price == Decimal("12.60")
    assert {ln.date for ln in got.values()} == {date(2026, 12, 15)}


@pytest.mark.parametrize(
    ("text", "locale", "size"),
    [
        ("dodáváme jen celé palety po 40 pytlích", "cs-CZ", 40),
        ("full pallets of 50 bags only", "en-GB", 50),
        ("nur ganze Paletten à 60 Sack", "de-DE", 60),
    ],
)
def test_a_pallet_is_a_pack_whose_size_counts_no_line(text: str, locale: str, size: int) -> None:
    (pack,) = pack_sizes(text, "BAG", locale)
    assert pack.kinds == {"pallet"} and pack.size == size


def test_a_swedish_week_at_the_end_of_a_sentence_is_read() -> None:
    hits, _ = find_dates("resterande 20 ask v. 13. Pris 212,00 kr/ask.", "sv-SE", date(2027, 3, 1))
    assert [h.date for h in hits] == [date(2027, 4, 2)]


def test_a_question_asking_for_a_file_does_not_hold_the_confirmation() -> None:
    res = read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345 come da ordine, consegna 15/12. Restiamo "
        "in attesa del file esecutivo per la stampa: può inviarcelo a grafica@example.com?\n\n"
        "Saluti",
        [make_po(locale="it-IT")],
    )
    assert res.kind == "confirmation", res.review_reasons


def test_a_question_asking_for_a_file_and_our_agreement_holds_it() -> None:
    res = read(
        "Hi Dana,\n\nWe confirm PO 4500012345 as ordered, delivery 15/12. Could you send us the "
        "updated drawing and let us know if you agree with the new tolerance?\n\nSam"
    )
    assert res.kind == "needs_review"
    assert any("not committed yet" in r for r in res.review_reasons), res.review_reasons


def test_a_reference_in_an_aside_after_a_stated_price_only_explains_it() -> None:
    res = read(
        "Hei Dana,\n\nVi bekrefter ordre 4500012345:\nLinje 1 – 40 stk à 312,50 EUR, levering "
        "15. desember.\nLinje 2 – 100 stk à 12,60 EUR (ny pris fra 1. november, se vedlagte "
        "prisliste), levering 15. desember.\nLinje 3 – 60 stk à 8,40 EUR, levering 15. "
        "desember.\n\nHilsen",
        [make_po(locale="nb-NO")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("12.60")


def test_a_reference_in_an_aside_that_holds_the_value_goes_to_a_person() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345: lines 1 and 3 as ordered, delivery 15/12. Line 2 price "
        "(see attached quotation), delivery 15/12.\n\nSam"
    )
    assert res.kind == "needs_review"


LABELS = [
    ("LB-1", "Thermal labels 100x150 mm", 48000, "EA", "0.0385", "2026-12-15"),
    ("LB-2", "Gloss labels 50x30 mm", 120000, "EA", "0.0142", "2026-12-15"),
]


def test_a_price_per_thousand_written_the_swiss_way_and_a_proof_date() -> None:
    # "pro 1'000 Stk.": the apostrophe groups the thousand; the proof comes "morgen", the
    # goods in their week
    res = read(
        "Grüezi Frau Ruiz\n\nGerne bestätigen wir Ihre Bestellung 4500012345:\n\n"
        "Pos. 1: 48'000 Etiketten, Preis CHF 38.50 pro 1'000 Stk., Lieferung 15.12.2026\n"
        "Pos. 2: 120'000 Etiketten, Preis neu CHF 15.20 pro 1'000 Stk., Lieferung 15.12.2026\n\n"
        "Das Gut zum Druck für Pos. 2 erhalten Sie morgen per Mail.\n\nFreundliche Grüsse",
        [make_po(locale="de-CH", currency="CHF", lines=LABELS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].unit_price == Decimal("0.0385")
    assert got[2].unit_price == Decimal("0.0152") and got[2].date == date(2026, 12, 15)


def test_a_sentence_ending_on_a_word_before_a_number_is_cut_there() -> None:
    # "stok terhad. 1,500 kotak ...": the stock note is a sentence of its own; "MwSt. 19 %"
    # and "ca. 300" are abbreviations that go on
    text = "stok terhad. 1,500 kotak akan dihantar pada 16/12. MwSt. 19 % inkl., ca. 300 kotak."
    got = [c.sentence for c in clauses(Segment(0, "body", text))]
    assert got[0] == "stok terhad."
    assert "MwSt. 19 % inkl." in got[-1] and "ca. 300 kotak." in got[-1]
