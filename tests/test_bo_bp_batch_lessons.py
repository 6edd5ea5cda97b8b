"""What batches BO and BP taught on first sight (BP had no wrong value), in phrasings of
their own:

- BO 045: an alternative offered for one line, with our agreement asked ("Merci de nous dire
  si cette alternative vous convient"), is no change of that line: the reply goes to a person
  (the Italian phrasing was already read so on the commit before: it guards the reading).

And what their deferrals showed (each sent a correct reading to a person):

- "Ende KW 50", "the end of week 50" is that week's Friday, as the week is ("Mitte KW 50"
  stays vague);
- "the requested 04.12. is not possible, delivery end of week 50": the comma ends what the
  negation is said of;
- "we confirm the order in full, delivery 18 December": "in full" takes the whole order, it
  does not say the date is unchanged;
- "Item 1 & Item 3 - qty and rate OK, delivery 18-Dec-26" opens with both lines: its date is
  line 3's too.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "es-ES",
            "Buenos días,\n\nconfirmamos las líneas 1 y 2 del pedido 4500012345 a los precios "
            "indicados, entrega el 15/12/2026.\n\nPara la línea 3 les ofrecemos en su lugar "
            "nuestro pie MF-200 a 8,90 €/ud. Indíquenos si esta alternativa les conviene."
            "\n\nSaludos\nLucía",
        ),
        (
            "en-AU",
            "G'day Dana,\n\nlines 1 and 2 of PO 4500012345 are confirmed as ordered for "
            "15/12/2026.\n\nFor line 3 we'd suggest our MF-200 foot at EUR 8.90 each. Let us "
            "know if that option works for you.\n\nCheers\nMick",
        ),
        (
            "it-IT",
            "Buongiorno,\n\nconfermiamo le posizioni 1 e 2 dell'ordine 4500012345, consegna "
            "15/12/2026.\n\nPer la posizione 3 proponiamo il piede MF-200 a 8,90 € cad.; fateci "
            "sapere se vi va bene.\n\nCordiali saluti\nLuca",
        ),
    ],
)
def test_an_alternative_offered_for_our_agreement_is_no_change(locale: str, body: str) -> None:
    res = read(body, [make_po(locale=locale)])
    line3 = [ln.status for c in res.confirmations for ln in c.lines if ln.line == 3]
    assert res.kind == "needs_review" or line3 == ["unconfirmed"], line3


def test_the_end_of_a_numbered_week_is_its_friday() -> None:
    ref = datetime(2026, 11, 20)
    for text, locale in [
        ("Lieferung Ende KW 50", "de-DE"),
        ("delivery by the end of week 50", "en-GB"),
    ]:
        (hit,) = find_dates(text, locale, ref)[0]
        assert hit.date == date(2026, 12, 11), text
    hits, vague = find_dates("Lieferung Mitte KW 50", "de-DE", ref)
    assert not hits and vague


def test_a_comma_ends_what_a_negated_date_is_said_of() -> None:
    res = read(
        "Sehr geehrte Frau Ruiz,\n\nwir bestätigen die Bestellung 4500012345 zu den "
        "bestellten Mengen und Preisen. Der Wunschtermin 15.12. ist leider nicht machbar, "
        "Lieferung am 22.12.2026.\n\nMit freundlichen Grüßen\nStefan Huber",
        [make_po(locale="de-AT")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 22)}


def test_in_full_with_a_new_date_changes_the_date() -> None:
    res = read(
        "Dobrý den,\n\npotvrzujeme objednávku 4500012345 v plném rozsahu. Dodání bohužel až "
        "22. 12. 2026.\n\nS pozdravem\nJana",
        [make_po(locale="cs-CZ")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.date for ln in got.values()} == {date(2026, 12, 22)}
    assert got[2].quantity == 100


def test_a_sentence_opening_with_two_lines_dates_both() -> None:
    res = read(
        "Dear Dana,\n\nKindly find our confirmation against your PO No. 4500012345:\n\n"
        "Item 1 & Item 3 - qty and rate OK, delivery 22-Dec-26.\n"
        "Item 2 - qty and rate OK, delivery 15-Dec-26.\n\nThanks & Regards,\nVikram",
        [make_po(locale="en-IN")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].date, got[2].date, got[3].date) == (
        date(2026, 12, 22),
        date(2026, 12, 15),
        date(2026, 12, 22),
    )
