"""Commitments in the supplier's own words, in more languages and forms.

The extraction's word lists take in the lexicons' [commit] and [decline] tables, so a
language the lexicon knows (Polish "potwierdzamy", Swedish "bekräftar", Chinese "确认")
is read as a commitment in extraction too, and a line-level refusal in any lexicon
language ("第2项停产", "ya no manejamos") rejects that line. Each family has negative
phrasings that must stay no confirmation: promises, receipts, conditions, retractions.
Every mail runs the whole pipeline (``read_message``) on real bytes.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from agent.reading.dates import find_dates
from agent.reading.pipeline import read_message
from tests.test_guards import _mail, _po


def _read(body: str, locale: str = "en-US"):
    return read_message(_mail(body), [_po(locale)])


def _lines(result) -> dict[int, tuple[str, Decimal | None, date | None]]:
    assert result.kind == "confirmation", result.review_reasons
    (conf,) = result.confirmations
    return {ln.line: (ln.status, ln.quantity, ln.date) for ln in conf.lines}


# ------------------------------------------------------------------ Swedish


def test_swedish_confirmation_with_a_week_for_all_lines() -> None:
    got = _lines(
        _read(
            "Hej Renee,\n\nVi bekräftar alla rader enligt er beställning, leverans vecka 51.\n\nMvh Dave",
            "sv-SE",
        )
    )
    # week 51 of 2026 without a day named: its Friday
    assert {n: (s, d) for n, (s, _, d) in got.items()} == {
        n: ("changed", date(2026, 12, 18)) for n in (1, 2, 3)
    }


def test_swedish_week_abbreviation_instead_of_the_old_week() -> None:
    got = _lines(
        _read(
            "Hej,\n\nVi bekräftar alla rader som beställt, men leverans blir v. 52 i stället för v. 51.",
            "sv-SE",
        )
    )
    assert {d for _, _, d in got.values()} == {date(2026, 12, 25)}


def test_swedish_as_ordered_is_accepted() -> None:
    got = _lines(_read("Hej,\n\nOrdern är bekräftad, oförändrad enligt er beställning.", "sv-SE"))
    assert {s for s, _, _ in got.values()} == {"accepted"}


@pytest.mark.parametrize(
    "body",
    [
        "Hej,\n\nVi återkommer med bekräftelse på fredag.",  # we'll come back on Friday
        "Hej,\n\nVi bekräftar mottagandet av er order.",  # receipt only
        "Hej,\n\nVi bekräftar ordern under förutsättning att ni godkänner förskottsbetalning.",
        "Hej,\n\nKan ni acceptera leverans vecka 3 i stället?",  # a question
        "Hej,\n\nLeverans preliminärt vecka 51, vi bekräftar senare.",
    ],
)
def test_swedish_non_commitments_stay_unconfirmed(body: str) -> None:
    assert _read(body, "sv-SE").kind != "confirmation"


def test_a_version_tag_is_no_week() -> None:
    ref = datetime(2026, 11, 17)
    for text in ("firmware rev v2", "v2 of the drawing", "V 2 release"):
        assert not find_dates(text, "sv-SE", ref)[0], text
    assert [h.date for h in find_dates("leverans v. 51", "sv-SE", ref)[0]] == [date(2026, 12, 18)]


# ------------------------------------------------------------------ Polish


def test_polish_positions_with_abbreviated_labels() -> None:
    got = _lines(
        _read(
            "Dzień dobry,\n\npotwierdzamy zamówienie.\nPoz. 1 - zgodnie z zamówieniem.\n"
            "Poz. 2 - zgodnie z zamówieniem.\n"
            "Poz. 3 - ilość i cena bez zmian, termin dostawy tydzień 52/2026 (zamiast 15.12).",
            "pl-PL",
        )
    )
    assert got[1][0] == got[2][0] == "accepted"
    assert got[3] == ("changed", Decimal(4000), date(2026, 12, 25))


def test_polish_pieces_are_the_pos_pieces() -> None:
    got = _lines(
        _read(
            "Dzień dobry,\n\npotwierdzamy zamówienie.\n- poz. 1: potwierdzamy 2500 szt., termin bez zmian\n"
            "- poz. 2 i 3: zgodnie z zamówieniem.",
            "pl-PL",
        )
    )
    assert got[1][:2] == ("changed", Decimal(2500))


@pytest.mark.parametrize(
    "body",
    [
        # confirmed, then withdrawn in the same mail
        "Dzień dobry,\n\npotwierdzamy zamówienie zgodnie z zamówieniem.\n\nAKTUALIZACJA: proszę "
        "traktować powyższe potwierdzenie jako nieaktualne, wrócę z nowym terminem.",
        "Dzień dobry,\n\npotwierdzimy zamówienie do piątku.",  # we will confirm by Friday
        "Dzień dobry,\n\npotwierdzamy otrzymanie zamówienia.",  # receipt only
        "Dzień dobry,\n\npotwierdzamy zamówienie pod warunkiem przedpłaty.",  # conditional
        "Dzień dobry,\n\npotwierdzamy zamówienie 4500099999 zgodnie z zamówieniem.",  # another PO
    ],
)
def test_polish_non_commitments_stay_unconfirmed(body: str) -> None:
    result = _read(body, "pl-PL")
    assert result.kind != "confirmation"


# ------------------------------------------------------------------ Chinese


def test_chinese_line_ordinals_scope_the_confirmation_and_the_refusal() -> None:
    got = _lines(
        _read("您好，\n\n第1、2项确认，数量价格不变。\n第3项停产，很抱歉我们不能接单。", "zh-CN")
    )
    assert got[1][0] == got[2][0] == "accepted"
    assert got[3][0] == "rejected"


def test_a_chinese_refusal_of_one_line_is_not_a_confirmation_of_it() -> None:
    # before line ordinals were read, "确认" covered the whole order, line 3 included
    result = _read("您好，\n\n第1项确认。\n第3项模具损坏，无法生产。", "zh-CN")
    if result.kind == "confirmation":
        lines = {ln.line: ln.status for ln in result.confirmations[0].lines}
        assert lines[3] != "accepted" and lines[2] != "accepted"


@pytest.mark.parametrize(
    "body",
    [
        "您好，\n\n能否确认交期？",
        "您好，\n\n交期我们明天确认。",
        "您好，\n\n收到订单，谢谢。",
        "您好，\n\n可以提前到12月1日交货吗？",  # "可以" inside a question
        "您好，\n\n价格可以，交期需要再确认。",  # price fine, the date to be confirmed
    ],
)
def test_chinese_non_commitments_stay_unconfirmed(body: str) -> None:
    assert _read(body, "zh-CN").kind != "confirmation"


# ------------------------------------------------------------------ a refusal of one line


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hi Renee,\n\nLines 1 and 2 confirmed as ordered.\nLine 3: we are not manufacturing "
            "the flat washers any more, sorry.",
            "en-US",
        ),
        (
            "Hola Renee,\n\nconfirmamos el pedido.\nPartida 3: ya no manejamos este producto.",
            "es-MX",
        ),
        (
            "Dzień dobry,\n\npotwierdzamy zamówienie.\nPoz. 3 została wycofana z naszej oferty.",
            "pl-PL",
        ),
    ],
)
def test_a_refusal_naming_one_line_rejects_it_and_keeps_the_rest(body: str, locale: str) -> None:
    got = _lines(_read(body, locale))
    assert got[3][0] == "rejected"
    assert got[1][0] == got[2][0] == "accepted"


def test_cancelling_the_balance_is_a_short_quantity_not_a_refusal() -> None:
    result = _read(
        "Hi Renee,\n\nLines 1 and 2 fine as ordered. Line 3: we only have 3000 in stock, "
        "please take 3000 and cancel the balance."
    )
    if result.kind == "confirmation":
        lines = {ln.line: ln.status for ln in result.confirmations[0].lines}
        assert lines[3] != "rejected"


# ------------------------------------------------------------------ availability words


@pytest.mark.parametrize(
    "body",
    [
        "Hi Renee,\n\nAll three lines confirmed as ordered.\nNylon nuts: from stock.",
        "Hi Renee,\n\nLines 1 and 2 are good - in stock, delivery 12/15 as requested.\n"
        "Line 3 confirmed as ordered.",
    ],
)
def test_from_stock_next_to_a_confirmation_backs_it(body: str) -> None:
    got = _lines(_read(body))
    assert {s for s, _, _ in got.values()} == {"accepted"}


@pytest.mark.parametrize(
    "body",
    [
        # a count on hand is no commitment to the ordered quantity
        "Hi Renee,\n\nAll three lines confirmed as ordered.\nLine 2: 500 in stock, the rest in January.",
        # stock words next to a line the supplier cannot supply
        "Hi Renee,\n\nLines 1 and 2 confirmed as ordered.\nLine 3: not in stock and discontinued, "
        "we could offer a zinc flake washer at $0.05 instead but that needs a new PO line.",
    ],
)
def test_stock_with_values_or_a_refusal_is_not_read_as_as_ordered(body: str) -> None:
    result = _read(body)
    if result.kind == "confirmation":
        lines = {ln.line: ln for ln in result.confirmations[0].lines}
        assert lines[2].status != "accepted" or lines[3].status != "accepted"
        # a substitute's price is never recorded on the line it replaces
        assert lines[3].unit_price in (None, Decimal("0.0425"))


def test_portuguese_keeps_the_price_is_a_commitment_about_that_line() -> None:
    body = (
        "Bom dia,\n\nconfirmamos quantidades e prazo. A porca M16 tem um ajuste de +5%; "
        "o parafuso M16x60 mantém o preço e a anilha M16 mantém o preço."
    )
    kept = (
        "Bom dia,\n\nconfirmamos quantidades e prazo. O parafuso M16x60 mantém o preço, a porca "
        "M16 mantém o preço e a anilha M16 mantém o preço."
    )
    assert [v[0] for v in _lines(_read(kept, "pt-PT")).values()] == ["accepted"] * 3
    # with a +5% on the nut the reader does not apply, nothing is taken at the PO's prices
    result = _read(body, "pt-PT")
    assert result.kind == "needs_review"
    assert any("+5%" in r for r in result.review_reasons), result.review_reasons


@pytest.mark.parametrize(
    "body",
    [
        "Bom dia,\n\nmantemos o preço se confirmarem até sexta-feira?",  # a question
        "Bom dia,\n\no parafuso mantém o preço, o prazo confirmaremos na próxima semana.",
    ],
)
def test_portuguese_keeps_the_price_alone_confirms_nothing_more(body: str) -> None:
    result = _read(body, "pt-PT")
    if result.kind == "confirmation":
        assert all(ln.status != "accepted" for ln in result.confirmations[0].lines)


# ------------------------------------------------------------------ bare assent


def test_a_bare_confirmed_answers_our_request_with_a_wrapped_question() -> None:
    # our request asks "Could you confirm ...,\n or tell us what you can offer instead?"
    quoted = (
        "Hello Granite Bay,\n\nplease find below our purchase order 7100018842.\n"
        "Could you confirm quantity, unit price and delivery date for every position,\n"
        "or tell us what you can offer instead? A reply to this mail is all we need.\n\n"
        "Renee"
    )
    result = read_message(_mail("Confirmed, thx\n\nSent from my iPhone", quoted=quoted), [_po()])
    assert result.kind == "confirmation", result.review_reasons
    assert {ln.status for ln in result.confirmations[0].lines} == {"accepted"}


@pytest.mark.parametrize(
    "quoted",
    [
        # our last question was about something else, wrapped over two lines
        "Hi Dave,\n\nabout PO 7100018842: can we move our call on the\n2027 forecast to Thursday?\n\nRenee",
        # we asked the supplier to accept a counter-proposal: 'Confirmed' agrees to that
        "Hi Dave,\n\nfor PO 7100018842 would a 1/15 delivery on the\nnuts work for you instead?\n\nRenee",
    ],
)
def test_a_bare_confirmed_under_another_question_stays_unclear(quoted: str) -> None:
    result = read_message(_mail("Confirmed.", quoted=quoted), [_po()])
    assert result.kind != "confirmation" or any(
        ln.status != "accepted" for ln in result.confirmations[0].lines
    )


@pytest.mark.parametrize("emoji", ["👍", "👍🏽", "👌", "✅"])
def test_a_thumbs_up_to_our_request_goes_to_a_person(emoji: str) -> None:
    # a thumbs-up agrees, but may only say the mail arrived: a person asks
    quoted = (
        "Hello Granite Bay,\n\nplease find below our purchase order 7100018842.\n"
        "Could you confirm quantity, unit price and delivery date for every position?\n\nRenee"
    )
    result = read_message(_mail(emoji, quoted=quoted), [_po()])
    assert result.kind == "needs_review"
    assert any("bare OK" in r for r in result.review_reasons), result.review_reasons
    result = read_message(_mail(f"{emoji} confirmed", quoted=quoted), [_po()])
    assert result.kind == "confirmation", result.review_reasons
    assert {ln.status for ln in result.confirmations[0].lines} == {"accepted"}


def test_a_thumbs_up_to_another_question_confirms_nothing() -> None:
    quoted = "Hi Dave,\n\nabout PO 7100018842: can we move our call to Thursday?\n\nRenee"
    result = read_message(_mail("👍", quoted=quoted), [_po()])
    assert result.kind != "confirmation" or any(
        ln.status != "accepted" for ln in result.confirmations[0].lines
    )


# ------------------------------------------------------------ first person singular


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hola Renee, te confirmo la OC: los 2000 pernos, las 2000 tuercas y las 4000 "
            "arandelas a los precios de la orden (USD 0,42, 0,115 y 0,0425). Entrega 18/12 "
            "para los tres ítems.",
            "es-AR",
        ),
        (
            "Olá Renee, confirmo a encomenda: 2000 parafusos, 2000 porcas e 4000 anilhas aos "
            "preços do pedido (USD 0,42, 0,115 e 0,0425). Entrega 18/12 para os três itens.",
            "pt-PT",
        ),
        (
            "Ciao Renee, confermo l'ordine: 2000 bulloni, 2000 dadi e 4000 rondelle ai prezzi "
            "dell'ordine (USD 0,42, 0,115 e 0,0425). Consegna 18/12 per tutti e tre.",
            "it-IT",
        ),
        (
            "Hallo Renee, hierbij bevestig ik de order: 2000 bouten, 2000 moeren en 4000 ringen "
            "tegen de orderprijzen (USD 0,42, 0,115 en 0,0425). Levering 18/12 voor alle drie.",
            "nl-NL",
        ),
        (
            "Pozdravljeni, potrjujem naročilo: 2000 vijakov, 2000 matic in 4000 podložk po "
            "cenah iz naročila (USD 0,42, 0,115 in 0,0425). Dobava 18. 12. za vse tri.",
            "sl-SI",
        ),
    ],
)
def test_a_commitment_in_the_first_person_singular_is_a_commitment(body: str, locale: str) -> None:
    # (seen in CH 007) "Te confirmo la OC", "hierbij bevestig ik": one person speaking for
    # the company commits as "we confirm" does
    got = _lines(_read(body, locale))
    assert {v[2] for v in got.values()} == {date(2026, 12, 18)}, got


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola Renee, te confirmo mañana, estoy revisando con planta.", "es-AR"),
        ("Olá Renee, confirmo a receção da encomenda, respondemos em breve.", "pt-PT"),
        ("Ciao Renee, ti confermo domani dopo aver sentito la produzione.", "it-IT"),
    ],
)
def test_a_first_person_promise_or_receipt_is_no_commitment(body: str, locale: str) -> None:
    assert _read(body, locale).kind != "confirmation"
