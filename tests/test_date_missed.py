"""A date the supplier's words say will not be met ("we can't make the 15/12", "Den 15.12.
schaffen wir leider nicht", "12月15日に間に合いません") is never the line's delivery date, in
any lexicon language; a date the words only bound ("not before 18/12", "spätestens", "erst
am") is the commitment. Every phrasing here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from agent.reading import phrases as P
from tests.test_extract import lines_of, make_po, read

# line 1 is wanted on 12/12, line 2 on 15/12: the date line 2's supplier cannot make
HOUSINGS = [
    ("MLD-220", "Housing top PA6 GF30, tool 220", 1200, "EA", "1.45", "2026-12-12"),
    ("MLD-221", "Housing base PA6 GF30, tool 221", 800, "EA", "1.18", "2026-12-15"),
]
DEC_18 = date(2026, 12, 18)
# more than three weeks after the missed date: no ship date before the new one accounts for it
JAN_20 = date(2027, 1, 20)


def _read(locale: str, body: str):
    return read(body, [make_po(locale=locale, currency="EUR", lines=HOUSINGS)])


@pytest.mark.parametrize(
    ("locale", "body", "new"),
    [
        (
            "de-DE",
            "Hallo Ana, Pos. 1 wie bestellt zum 12.12.\n"
            "Pos. 2: Den 15.12. schaffen wir leider nicht, wir liefern am 20.01.2027.",
            JAN_20,
        ),
        (
            "da-DK",
            "Hej Ana, pos. 1 bekræftet som bestilt til 12/12.\n"
            "Pos. 2: kan vi desværre ikke nå levering den 15/12, vi leverer 18/12.",
            DEC_18,
        ),
        (
            "da-DK",
            "Hej Ana, pos. 1 bekræftet som bestilt til 12/12.\n"
            "Pos. 2: 15/12 når vi desværre ikke, vi leverer 20/01.",
            JAN_20,
        ),
        (
            "fr-FR",
            "Bonjour Ana, ligne 1 confirmée comme commandée pour le 12/12.\n"
            "Ligne 2 : nous ne pourrons pas tenir le 15/12, mais nous livrons le 18/12.",
            DEC_18,
        ),
        (
            "fr-FR",
            "Bonjour Ana, ligne 1 confirmée comme commandée pour le 12/12.\n"
            "Ligne 2 : le 15/12 n'est pas possible, livraison le 20/01.",
            JAN_20,
        ),
        (
            "es-ES",
            "Hola Ana, línea 1 confirmada según pedido para el 12/12.\n"
            "Línea 2: no llegamos al 15/12, entregamos el 18/12.",
            DEC_18,
        ),
        (
            "it-IT",
            "Ciao Ana, riga 1 confermata come da ordine per il 12/12.\n"
            "Riga 2: non riusciamo a rispettare il 15/12, ma consegniamo il 20/01.",
            JAN_20,
        ),
        (
            "it-IT",
            "Ciao Ana, riga 1 confermata come da ordine per il 12/12.\n"
            "Riga 2: il 15/12 non ce la facciamo, consegna il 18/12.",
            DEC_18,
        ),
        (
            "nl-NL",
            "Hallo Ana, regel 1 akkoord zoals besteld, levering 12/12.\n"
            "Regel 2: 15/12 halen we helaas niet, levering wordt 18/12.",
            DEC_18,
        ),
        (
            "nb-NO",
            "Hei Ana, linje 1 bekreftet som bestilt til 12/12.\n"
            "Linje 2: 15/12 rekker vi dessverre ikke, vi leverer 20/01.",
            JAN_20,
        ),
        (
            "sv-SE",
            "Hej Ana, rad 1 bekräftas enligt order till 12/12.\n"
            "Rad 2: 15/12 klarar vi tyvärr inte, vi levererar 18/12.",
            DEC_18,
        ),
        (
            "pl-PL",
            "Dzień dobry, poz. 1 potwierdzona zgodnie z zamówieniem na 12.12.\n"
            "Poz. 2: nie jesteśmy w stanie dotrzymać terminu 15.12, dostawa 20.01.2027.",
            JAN_20,
        ),
        (
            "cs-CZ",
            "Dobrý den, pol. 1 potvrzujeme dle objednávky na 12. 12.\n"
            "Pol. 2: 15. 12. bohužel nestihneme, dodáme 18. 12.",
            DEC_18,
        ),
        (
            "pt-PT",
            "Olá Ana, linha 1 confirmada conforme encomenda para 12/12.\n"
            "Linha 2: não conseguimos cumprir o dia 15/12, entregamos a 20/01.",
            JAN_20,
        ),
        (
            "fi-FI",
            "Hei Ana, rivi 1 vahvistettu tilauksen mukaisesti 12.12.\n"
            "Rivi 2: 15.12. ei onnistu, toimitus 18.12.",
            DEC_18,
        ),
        (
            "hu-HU",
            "Kedves Ana, az 1. tételt a rendelés szerint 2026.12.12-re visszaigazoljuk.\n"
            "2. tétel: a 2026.12.15-i határidőt nem tudjuk tartani, szállítás 2027.01.20.",
            JAN_20,
        ),
        (
            "tr-TR",
            "Merhaba Ana,\nKalem 1: sipariş gibi 12.12.2026 teyit edilmiştir.\n"
            "Kalem 2: 15.12.2026 tarihine yetiştiremiyoruz, teslim 18.12.2026.",
            DEC_18,
        ),
        (
            "ja-JP",
            "いつもお世話になっております。\n項目1: ご注文通り12月12日に納品します。\n"
            "項目2: 12月15日には間に合いません、1月20日に納品します。",
            JAN_20,
        ),
        (
            "zh-CN",
            "第1行按订单12月12日交货。\n第2行: 12月15日赶不上，12月18日交货。",
            DEC_18,
        ),
        (
            "en-US",
            "Hi Ana, line 1 confirmed as ordered for 12/12.\n"
            "Line 2: 12/15 won't work for us, but we can deliver 1/20.",
            JAN_20,
        ),
    ],
)
def test_the_date_the_supplier_cannot_make_leaves_the_new_date(
    locale: str, body: str, new: date
) -> None:
    res = _read(locale, body)
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert (lines[1].status, lines[1].date) == ("accepted", date(2026, 12, 12))
    assert (lines[2].status, lines[2].date) == ("changed", new)


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        ("en-GB", "Hi Ana, line 1 confirmed as ordered for 12/12.\nLine 2: not before 18/12."),
        (
            "en-GB",
            "Hi Ana, line 1 confirmed as ordered for 12/12.\nLine 2: delivery no later than 18/12.",
        ),
        (
            "en-GB",
            "Hi Ana, line 1 confirmed as ordered for 12/12.\nLine 2: we can't make it before 18/12.",
        ),
        ("en-GB", "Hi Ana, line 1 confirmed as ordered for 12/12.\nLine 2: not until 18 December."),
        (
            "de-DE",
            "Hallo Ana, Pos. 1 wie bestellt zum 12.12.\nPos. 2: Lieferung nicht vor dem 18.12.",
        ),
        ("de-DE", "Hallo Ana, Pos. 1 wie bestellt zum 12.12.\nPos. 2: spätestens 18.12."),
        ("de-DE", "Hallo Ana, Pos. 1 wie bestellt zum 12.12.\nPos. 2: nicht später als 18.12."),
        ("de-DE", "Hallo Ana, Pos. 1 wie bestellt zum 12.12.\nPos. 2: erst am 18.12."),
        (
            "de-DE",
            "Hallo Ana, Pos. 1 wie bestellt zum 12.12.\n"
            "Pos. 2: Vor dem 18.12. schaffen wir es leider nicht.",
        ),
        (
            "de-DE",
            "Hallo Ana, Pos. 1 wie bestellt zum 12.12.\n"
            "Pos. 2: wir liefern am 18.12., früher schaffen wir es leider nicht.",
        ),
        (
            "fr-FR",
            "Bonjour Ana, ligne 1 confirmée comme commandée pour le 12/12.\n"
            "Ligne 2 : livraison pas avant le 18/12.",
        ),
        (
            "es-ES",
            "Hola Ana, línea 1 confirmada según pedido para el 12/12.\nLínea 2: no antes del 18/12.",
        ),
        (
            "pl-PL",
            "Dzień dobry, poz. 1 potwierdzona zgodnie z zamówieniem na 12.12.\n"
            "Poz. 2: nie zdążymy przed 18.12.",
        ),
        ("zh-CN", "第1行按订单12月12日交货。\n第2行: 我们无法在12月18日之前交货。"),
    ],
)
def test_a_date_the_words_only_bound_is_never_dropped_for_another(locale: str, body: str) -> None:
    # "not before 18/12", "spätestens 18.12.": 18/12 is what the supplier commits to; the
    # reply is read at that date or goes to a person, never at the PO's 15/12
    res = _read(locale, body)
    if res.kind == "needs_review":
        return
    lines = lines_of(res)
    assert (lines[2].status, lines[2].date) == ("changed", DEC_18), res


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "en-GB",
            "Hi Ana, line 1 confirmed as ordered for 12/12.\n"
            "Line 2: we cannot confirm 15/12 yet, will revert.",
        ),
        (
            "de-DE",
            "Hallo Ana, Pos. 1 wie bestellt zum 12.12.\n"
            "Pos. 2: Den 15.12. können wir noch nicht bestätigen, wir melden uns.",
        ),
    ],
)
def test_a_date_still_to_be_confirmed_is_not_taken(locale: str, body: str) -> None:
    res = _read(locale, body)
    if res.kind == "needs_review":
        return
    assert lines_of(res)[2].date is None


@pytest.mark.parametrize(
    ("text", "when", "missed"),
    [
        ("we can't make the 15/12", "15/12", True),
        ("we will not be able to make 15/12", "15/12", True),
        ("delivery is not possible on 15/12", "15/12", True),
        ("kan vi desværre ikke nå levering den 15/12", "15/12", True),
        ("Den 15.12. schaffen wir leider nicht", "15.12.", True),
        ("nous ne pourrons pas tenir le 15/12", "15/12", True),
        ("no llegamos al 15/12", "15/12", True),
        ("non riusciamo a rispettare il 15/12", "15/12", True),
        ("de 15/12 halen we niet", "15/12", True),
        ("nie zdążymy na 15.12", "15.12", True),
        ("12月15日に間に合いません", "12月15日", True),
        ("12月15日赶不上", "12月15日", True),
        ("15.12. ei onnistu", "15.12.", True),
        ("december 15-re nem tudjuk teljesíteni", "december 15", True),
        ("לא נוכל לעמוד ב-15/12", "15/12", True),
        ("12월 15일까지는 어렵습니다", "12월 15일", True),
        # bounds, not misses: the date is the commitment
        ("not before 18/12", "18/12", False),
        ("we can't make it before 18/12", "18/12", False),
        ("no later than 18/12", "18/12", False),
        ("nicht vor dem 18.12.", "18.12.", False),
        ("Vor dem 18.12. schaffen wir es nicht", "18.12.", False),
        ("Früher als 18.12. geht es leider nicht", "18.12.", False),
        ("pas avant le 18/12", "18/12", False),
        ("no antes del 18/12", "18/12", False),
        ("我们无法在12月18日之前交货", "12月18日", False),
        # the words after the date are another date's, or say it cannot be earlier
        ("Livraison le 18/12 nous ne pourrons pas tenir le 15/12", "18/12", False),
        ("we deliver 18/12 not possible earlier", "18/12", False),
        ("18/12 is fine, 15/12 is not possible", "18/12", False),
    ],
)
def test_the_words_beside_a_date_say_whether_it_will_be_missed(
    text: str, when: str, missed: bool
) -> None:
    start = text.index(when)
    assert P.date_missed(text, start, start + len(when)) is missed
