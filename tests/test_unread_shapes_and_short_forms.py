"""What the reader does not fully know goes to a person, never to the PO's values: dates in
forms the rules cannot read (a month's name they do not know, a Buddhist year, three numbers),
a day without a month in a split delivery, a bare "OK" that may only acknowledge the mail, a
fresh mail committing to a date for an order it does not name. And what it now reads: Taiwan's
Minguo years, "we stopped production" as a refusal, a PO number's short form ("PO# 27-588").
Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from agent.reading.dates import find_dates
from agent.reading.match import find_near_mentions
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_po, read

REF = date(2026, 11, 4)


def test_minguo_years_are_read() -> None:
    hits, _ = find_dates("交貨日期 115/12/18，其餘照訂單", "zh-TW", REF)
    assert [h.date for h in hits] == [date(2026, 12, 18)]
    hits, _ = find_dates("出貨 116.1.8", "zh-TW", REF)
    assert [h.date for h in hits] == [date(2027, 1, 8)]


@pytest.mark.parametrize(
    ("written", "locale"),
    [
        # a month's name in a language the rules do not read, with its year
        # (Albanian "18 nëntor 2026" is read now: its full month names are in the tables)
        ("isarwa 18 Nuwamba 2026", "ha-NG"),
        ("danfon 18 Tachwedd 2026", "cy-GB"),
        ("seachadadh 18 Samhain 2026", "ga-IE"),
    ],
)
def test_a_date_in_a_form_no_rule_reads_goes_to_a_person(written: str, locale: str) -> None:
    res = read(
        f"Hello Dana,\n\nPO 4500012345 is confirmed, quantities and prices as ordered, "
        f"{written}.\n\nRegards",
        [make_po(locale=locale)],
    )
    assert res.kind == "needs_review"
    assert any("looks like a date" in r for r in res.review_reasons), res.review_reasons


@pytest.mark.parametrize(
    "written",
    [
        "Price list 2027 attached for your information.",
        "Our fertiliser NPK 15-15-15 is unchanged.",
        "Certified to ISO 9001:2015.",
    ],
)
def test_a_year_or_a_grade_that_is_no_date_holds_nothing_back(written: str) -> None:
    res = read(
        f"Hello Dana,\n\nPO 4500012345 confirmed as ordered. {written}\n\nRegards",
        [make_po()],
    )
    assert res.kind == "confirmation", res.review_reasons


def test_a_day_without_a_month_in_a_split_delivery_goes_to_a_person() -> None:
    # mailed on 4 November, the order asks for 15 December: "the 20th" may be either month's
    res = read(
        "Hi Dana,\n\nLines 1 and 2 as ordered. Line 3: we can do 30 by the 20th and the other "
        "30 on 15/12.\n\nSam"
    )
    assert res.kind == "needs_review"
    assert any("without a month" in r for r in res.review_reasons), res.review_reasons


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hello Dana,\n\nlines 1 and 2 confirmed as ordered. Line 3: we stopped production "
            "of the mounting feet last month, sorry.\n\nSam",
            "en-GB",
        ),
        (
            "Merhaba Dana Hanım,\n\nKalem 1 ve 2 siparişe uygun teyit edilmiştir. Kalem 3: bu "
            "ürünün üretimini durdurduk, maalesef teyit edemiyoruz.\n\nSaygılarımızla",
            "tr-TR",
        ),
    ],
)
def test_stopping_production_refuses_the_line(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].status == "rejected"
    assert got[1].status == got[2].status == "accepted"


def test_a_po_number_written_without_its_leading_zeros_matches() -> None:
    pos = load_pos([make_po("PO-27-00588"), make_po("PO-27-00590"), make_po("PO-26-10588")])
    near, others = find_near_mentions("Acknowledging your PO# 27-588 as below.", pos)
    assert [m.po_number for m in near] == ["PO-27-00588"] and others == []
    # a short form two POs share matches neither
    pos = load_pos([make_po("PO-27-00588"), make_po("PO-0027-588")])
    near, _ = find_near_mentions("Acknowledging your PO# 27-588 as below.", pos)
    assert near == []


def test_a_fresh_mail_committing_to_a_date_for_an_order_it_does_not_name_goes_to_a_person() -> None:
    res = read(
        "Hi Dana,\n\nConfirm the cast housings, ship 11 Dec.\n\nSam",
        [make_po(), make_po("4500012399")],
        subject="Housings",
        in_reply_to=None,
        quote=False,
    )
    assert res.kind == "needs_review"
    assert any("names no open PO" in r for r in res.review_reasons)


def test_a_fresh_notice_with_a_far_date_stays_unrelated() -> None:
    res = read(
        "Dear customer,\n\nWe confirm our ISO 9001 certificate was renewed, valid through "
        "21 February 2030.\n\nQuality team",
        [make_po()],
        subject="Certificate renewal",
        in_reply_to=None,
        quote=False,
    )
    assert res.kind == "unrelated"


@pytest.mark.parametrize("answer", ["Ok 👍", "OK", "yes", "ok, thanks!"])
def test_a_bare_ok_goes_to_a_person(answer: str) -> None:
    res = read(f"{answer}\n\nSent from my iPhone")
    assert res.kind == "needs_review"
    assert any("bare OK" in r for r in res.review_reasons), res.review_reasons


@pytest.mark.parametrize("answer", ["Confirmed, thanks", "Agreed.", "Akkoord."])
def test_a_bare_confirmation_of_our_request_still_confirms(answer: str) -> None:
    res = read(f"{answer}\n\nSam", when=datetime(2026, 11, 4, 9, 0, tzinfo=UTC))
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


@pytest.mark.parametrize(
    ("text", "locale", "per"),
    [
        ("Preço: 168,00 €/milheiro.", "pt-PT", 1000),
        ("a 27,00 €/mille pezzi", "it-IT", 1000),
        ("4,20 EUR/cento", "it-IT", 100),
    ],
)
def test_a_slash_and_a_count_word_give_a_price_s_count(text: str, locale: str, per: int) -> None:
    from agent.reading.numbers import price_hits

    (hit,) = price_hits(text, locale)
    assert hit.per == per


def test_a_pack_size_with_an_adjective_s_ending_on_its_unit() -> None:
    from agent.reading.units import pack_sizes

    (pack,) = pack_sizes("800 kg (40 db 20 kg-os zsákban)", "KG", "hu-HU")
    assert pack.size == 20 and pack.kinds == frozenset({"bag"})


def test_a_pack_s_size_and_a_quantity_word_s_accent_are_no_prices() -> None:
    po = make_po(
        lines=[("CAP-100N", "MLCC 100nF 0603", 8000, "EA", "0.0124", "2026-12-15")],
        locale="de-DE",
    )
    res = read(
        "Sehr geehrte Frau Ruiz,\n\nPos. 1  CAP-100N  8.000 Stk (2 Rollen à 4.000)  "
        "€ 12,40 / 1.000 Stk  Liefertermin 15.12.2026\n\nMit freundlichen Grüßen",
        [po],
    )
    assert not any("several prices" in r for r in res.review_reasons), res.review_reasons
    po = make_po(
        lines=[("FL-20R", "Flaconi 20R tipo I", 50000, "EA", "0.094", "2026-12-15")],
        locale="it-IT",
    )
    res = read(
        "Buongiorno,\n\nPos. 1 – Flaconi 20R: q.tà 50.000 pz a € 94,00 /1000 pz, consegna "
        "15/12/2026.\n\nCordiali saluti",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].status == "accepted"


@pytest.mark.parametrize(
    ("text", "locale", "prices"),
    [
        ("2.1 RS5T4M Round sling 5t x 4m 24 EA GBP 38.75", "en-GB", ["38.75"]),
        ("Rs5000 only", "en-IN", ["5000"]),
        ("単価29.50円とさせていただきます", "ja-JP", ["29.50"]),
    ],
)
def test_an_item_code_that_starts_like_a_currency_is_no_amount(
    text: str, locale: str, prices: list[str]
) -> None:
    from agent.reading.numbers import price_hits

    assert [str(h.value) for h in price_hits(text, locale)] == prices
