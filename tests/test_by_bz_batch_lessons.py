"""What batches BY and BZ taught on first sight (no wrong value, no false confirmation: the
lessons are replies a person had to read that the reader can take), each in a phrasing of its
own:

- BY 056: Slovenian "Pozicija 1 in 2" names both lines ("in" is "and" after a Slovenian line
  word), "v 2. tednu 2027" is the second week of 2027 (not Swedish "v 2"), and "o tem vam
  sporočimo naslednji teden" (we will let you know next week) promises an answer: "next week"
  is no delivery date there.
- BY 005: Thai writes no stops; a line that ends in Thai script ends its sentence, so the
  thanks for the order and the confirmation under it are two sentences.
- BY 032: Dutch "Hierbij onze bevestiging voor …" (our confirmation for) confirms; "voor" is
  "before" (a confirmation to come) only before a day or a date.
- BY 009: Korean "발주서와 동일하게 확인합니다" (confirmed the same as the PO) commits.
- BY 019: "prezzo netto 12,40 €", "cena netto", "Preis netto": a price word and "net" before
  the amount give the line's net unit price, not a net total.
- BZ 034: Latvian "apstiprinātas" (confirmed, plural) commits, as "apstiprināts" did.
- BZ 031: "вторник, 50-та седмица": a weekday before a week written number first is that day
  of the week, in Bulgarian, Russian and Lithuanian as in Czech.
- BY 064: "7/8 po" (an inch in Quebec French) is a size, no date.
- BZ 032: a typed table headed in Slovenian ("Poz. | Artikel | Kol. | Cena EUR | Dobava"), and
  tables headed in Lithuanian, Estonian and Latvian, are read column by column.
"""

from __future__ import annotations

from datetime import date

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read


def test_slovenian_lines_joined_by_in_and_the_week_of_next_year() -> None:
    res = read(
        "Pozdravljeni,\n\nhvala za naročilo 4500012345.\n\nPoziciji 2 in 3: potrjujemo "
        "količine in cene, dobava v 3. tednu 2027.\nPozicija 1: potrjujemo, dobava 15.12.2026."
        "\n\nLep pozdrav",
        [make_po(locale="sl-SI")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [
        date(2026, 12, 15),
        date(2027, 1, 22),
        date(2027, 1, 22),
    ]
    assert got[2].status == got[3].status == "changed"
    hits, _ = find_dates("dobava v 3. tednu 2027", "sl-SI", date(2026, 11, 30))
    assert [(h.date, h.text) for h in hits] == [(date(2027, 1, 22), "3. tednu 2027")]
    # Swedish "v 51" stays a week
    hits, _ = find_dates("leverans v 51.", "sv-SE", date(2026, 11, 30))
    assert [h.date for h in hits] == [date(2026, 12, 18)]


def test_a_slovenian_promise_to_tell_next_week_gives_no_date() -> None:
    res = read(
        "Pozdravljeni,\n\nPostavki 1 in 2: potrjujemo, dobava 15.12.2026.\nPostavka 3: javimo "
        "vam naslednji teden, ko bomo imeli material.\n\nLep pozdrav",
        [make_po(locale="sl-SI")],
    )
    if res.kind == "confirmation":
        got = lines_of(res)
        assert got[3].status == "unconfirmed" and got[3].date is None
        assert got[1].status == got[2].status == "accepted"
    else:
        assert res.kind == "needs_review"
        assert not res.confirmations or all(
            ln.line != 3 or ln.date is None for c in res.confirmations for ln in c.lines
        )


def test_a_thai_line_end_ends_the_sentence() -> None:
    res = read(
        "เรียน คุณ Dana\n\nขอบคุณสำหรับใบสั่งซื้อ 4500012345 ครับ\nบริษัทฯ ขอยืนยันคำสั่งซื้อทั้ง 3 "
        "รายการ จำนวนและราคาตามใบสั่งซื้อ\nกำหนดส่งสินค้า: 22 ธ.ค. 2569\n\nขอแสดงความนับถือ",
        [make_po(locale="th-TH")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {got[n].date for n in (1, 2, 3)} == {date(2026, 12, 22)}
    assert {got[n].status for n in (1, 2, 3)} == {"changed"}


def test_dutch_our_confirmation_for_your_order_confirms() -> None:
    res = read(
        "Goedemiddag,\n\nHierbij onze bevestiging voor uw bestelling 4500012345: alle posities "
        "akkoord, levering 15/12/2026.\n\nMet vriendelijke groet",
        [make_po(locale="nl-BE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}
    # "voor vrijdag" (before Friday) is still a confirmation to come
    later = read(
        "Goedemiddag,\n\nWij bevestigen uw bestelling 4500012345 voor vrijdag.\n\nGroet",
        [make_po(locale="nl-NL")],
    )
    assert later.kind == "needs_review"


def test_korean_confirmed_the_same_as_the_po() -> None:
    res = read(
        "안녕하세요.\n\n주문번호 4500012345 감사합니다.\n수량과 단가는 발주서와 동일하게 확인합니다.\n"
        "납기일 12월 22일\n\n감사합니다.",
        [make_po(locale="ko-KR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {got[n].date for n in (1, 2, 3)} == {date(2026, 12, 22)}
    assert {(got[n].quantity, got[n].unit_price) for n in (1, 2, 3)} == {
        (40, got[1].unit_price),
        (100, got[2].unit_price),
        (60, got[3].unit_price),
    }
    assert str(got[1].unit_price) == "312.50"


def test_a_price_word_and_net_before_the_amount_is_the_unit_price() -> None:
    for locale, body in (
        ("pl-PL", "Poz. 1: potwierdzamy 40 szt., cena netto 298,00 EUR, dostawa 15.12.2026."),
        ("it-IT", "Pos. 1: confermiamo 40 pezzi, prezzo unitario netto 298,00 € cad."),
        ("de-DE", "Pos. 1: 40 Stück bestätigt, Preis netto 298,00 EUR."),
    ):
        res = read(
            body
            + "\n"
            + {
                "pl-PL": "Poz. 2 i 3 bez zmian.",
                "it-IT": "Pos. 2 e 3 confermate.",
                "de-DE": "Pos. 2 und 3 wie bestellt.",
            }[locale],
            [make_po(locale=locale)],
        )
        assert res.kind == "confirmation", (locale, res.review_reasons)
        got = lines_of(res)
        assert (got[1].status, str(got[1].unit_price)) == ("changed", "298.00"), locale


def test_latvian_plural_confirmed() -> None:
    res = read(
        "Labdien!\n\nPasūtījums 4500012345: visas pozīcijas apstiprinātas, piegāde 15.12.2026."
        "\n\nAr cieņu",
        [make_po(locale="lv-LV")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}
    # the infinitive asks: "lūdzu apstiprināt" (please confirm) commits to nothing
    ask = read("Labdien!\n\nLūdzu apstiprināt pasūtījumu.\n\nAr cieņu", [make_po(locale="lv-LV")])
    assert ask.kind != "confirmation"


def test_a_weekday_before_a_week_written_number_first() -> None:
    ref = date(2026, 11, 30)
    for text, locale, want in (
        ("Доставка: сряда, 51-ва седмица.", "bg-BG", date(2026, 12, 16)),
        ("поставка в четверг 51-й недели", "ru-RU", date(2026, 12, 17)),
        ("pristatymas pirmadienį, 51 savaitė", "lt-LT", date(2026, 12, 14)),
        ("Доставка: 51-ва седмица.", "bg-BG", date(2026, 12, 18)),
    ):
        hits, _ = find_dates(text, locale, ref)
        assert [h.date for h in hits] == [want], text


def test_an_inch_fraction_in_quebec_french_is_no_date() -> None:
    for text in ("3000 boulons 7/8 po x 5 po", "tubo 3/4 pulg.", "Gewinde 1/2 Zoll"):
        hits, _ = find_dates(text, "fr-CA", date(2026, 11, 30))
        assert hits == [], text


def test_typed_tables_headed_in_baltic_and_south_slavic_languages() -> None:
    for locale, header in (
        ("sl-SI", "Poz. | Artikel | Kol. | Cena EUR | Dobava"),
        ("hr-HR", "R.br. | Šifra | Količina | Cijena EUR | Isporuka"),
        ("lt-LT", "Eil. | Prekės kodas | Kiekis | Kaina EUR | Pristatymo data"),
        ("et-EE", "Rida | Artikel | Kogus | Hind EUR | Tarne"),
    ):
        res = read(
            "Pozdrav,\n\n4500012345:\n\n"
            + header
            + "\n1 | CAST-7781 | 40 | 312,50 | 15.12.2026\n2 | CAST-7782 | 100 | 12,10 | "
            "15.12.2026\n3 | CAST-7790 | 60 | 8,40 | 23.12.2026\n",
            [make_po(locale=locale)],
        )
        assert res.kind == "confirmation", (locale, res.review_reasons)
        got = lines_of(res)
        assert [got[n].date for n in (1, 2, 3)] == [
            date(2026, 12, 15),
            date(2026, 12, 15),
            date(2026, 12, 23),
        ], locale
        assert got[3].status == "changed", locale
