"""Default-deny reading: lexicon, segments, claims and the gate (agent/reading/{lexicon,
segments,claims,decide}.py).

The gate is shown on real mail bytes (``normalize`` with quote stripping) and on a result
that claims every line at the most a careless extraction could: a line is kept confirmed
only when a firm claim in the supplier's own words covers it and every changed value sits
in that claim's words.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading import lexicon as L
from agent.reading.claims import ORDER, claims_for
from agent.reading.decide import decide
from agent.reading.message import normalize
from agent.reading.pipeline import read_message
from agent.reading.segments import Segment, clauses, segments_of, text_of
from tests.test_guards import _claim_all, _mail, _po

# ------------------------------------------------------------------ lexicon


def test_every_language_fills_every_table() -> None:
    langs = L.languages()
    assert set(langs) >= {"en", "de", "fr", "es", "it", "nl", "pl", "cs", "pt", "zh"}
    for code, tables in langs.items():
        for table in L.TABLES:
            assert tables[table], f"{code}.toml: table [{table}] is empty"


@pytest.mark.parametrize(
    ("act", "text"),
    [
        ("commit", "Wir bestätigen Ihre Bestellung"),
        ("commit", "confermiamo l'ordine"),
        ("promise_later", "we will confirm tomorrow"),
        ("promise_later", "wir melden uns morgen"),
        ("condition", "sous réserve de l'accord du crédit"),
        ("receipt", "acusamos recibo de su pedido"),
        ("decline", "this item is discontinued"),
        ("question", "能否提前交货"),
    ],
)
def test_each_act_is_found_in_its_language(act: str, text: str) -> None:
    assert L.search(act, text), (act, text)


def test_a_broken_table_is_named() -> None:
    with pytest.raises(KeyError, match="no lexicon table"):
        L.pattern("nonsense")


# ------------------------------------------------------------------ segments


def test_clauses_keep_their_spans_in_the_suppliers_words() -> None:
    seg = Segment(
        0, "body", "Hi,\n\nWe confirm PO 4500012 as ordered, delivery Dec 15, 2026.\nLine 3: 12/18"
    )
    got = clauses(seg)
    assert [c.text for c in got] == [
        "Hi,",
        "We confirm PO 4500012 as ordered",
        "delivery Dec 15, 2026.",
        "Line 3",
        "12/18",
    ]
    for c in got:
        assert " ".join(text_of([seg], c.span).split()) == c.text


def test_attachment_rows_are_segments_of_their_own() -> None:
    msg = normalize(_mail("Confirmed, see the attached acknowledgment."))
    kinds = [s.kind for s in segments_of(msg)]
    assert kinds and kinds[0] == "body"


# ------------------------------------------------------------------ claims


def _claims(body: str, locale: str = "en-US"):
    po = _po(locale)
    msg = normalize(_mail(body))
    return claims_for(po, segments_of(msg), locale=locale, reference=msg.date)


def test_a_clause_gets_an_act_a_scope_and_values_with_spans() -> None:
    got = _claims("Line 1 confirmed. Line 2 will be 12/18. Line 3 we will confirm tomorrow.")
    acts = [(c.act, c.scope) for c in got]
    assert ("commit", frozenset({1})) in acts
    assert ("change", frozenset({2})) in acts
    assert ("promise_later", frozenset({3})) in acts
    change = next(c for c in got if c.act == "change")
    assert change.dates() == [date(2026, 12, 18)]


def test_except_scopes_the_order_without_the_lines_named() -> None:
    got = _claims("All fine except line 3: we can only supply 3000 pcs.")
    head, tail = got[0], got[1]
    assert head.act == "commit" and head.scope == ORDER and not head.covers(3)
    assert head.covers(1) and tail.covers(3)
    assert Decimal(3000) in tail.numbers()


def test_item_codes_and_descriptions_are_not_values() -> None:
    # "M16x60" and the PO number are the PO's own words, not a quantity or a date
    got = _claims("PO 7100018842 Hex bolt M16x60 8.8 zinc confirmed.")
    assert not [v for c in got for v in c.values]


def test_a_surcharge_date_is_never_a_delivery_date() -> None:
    got = _claims(
        "We confirm quantities and delivery dates. A surcharge of 3 % applies to all "
        "orders shipping after December 1."
    )
    assert all(date(2026, 12, 1) not in c.dates() for c in got)


def test_a_condition_or_hedge_voids_the_claim_that_would_commit() -> None:
    (claim,) = [
        c for c in _claims("We confirm the order subject to credit approval.") if c.act == "commit"
    ]
    assert not claim.firm and claim.checks[0][0] == "condition"
    (claim,) = [c for c in _claims("Tentatively confirmed for 12/18.") if c.act == "commit"]
    assert not claim.firm


# ------------------------------------------------------------------ the gate


def _decide(body: str, **values) -> list[str]:
    po = _po()
    msg = normalize(_mail(body))
    return decide(msg, [po], _claim_all(po, body, **values))


def test_a_line_no_firm_claim_covers_is_not_confirmed() -> None:
    reasons = _decide("Lines 1 and 2 confirmed as ordered.")
    assert any("line 3: no commitment" in r for r in reasons), reasons
    assert not any("line 1" in r for r in reasons)


def test_a_whole_order_commitment_covers_every_line() -> None:
    assert _decide("We confirm your PO as ordered.") == []


def test_a_changed_value_must_sit_in_the_suppliers_words() -> None:
    assert _decide("Confirmed, delivery 12/18.", status="changed", date=date(2026, 12, 18)) == []
    reasons = _decide("Confirmed, delivery 12/18.", status="changed", date=date(2026, 12, 21))
    assert any("2026-12-21 is not a delivery date" in r for r in reasons), reasons
    reasons = _decide("Confirmed as ordered.", status="changed", quantity=Decimal(1500))
    assert any("quantity 1500" in r for r in reasons), reasons


def test_a_price_per_100_and_a_percentage_surcharge_are_the_suppliers_values() -> None:
    assert (
        _decide("Confirmed, price USD 42.00 per 100.", status="changed", unit_price=Decimal("0.42"))
        == []
    )
    reasons = _decide("Confirmed, price USD 0.45.", status="changed", unit_price=Decimal("0.47"))
    assert any("price 0.47" in r for r in reasons)


def test_a_promise_is_no_commitment_through_the_whole_pipeline() -> None:
    res = read_message(_mail("Line 1 and 2 OK. Line 3 we'll confirm tomorrow."), [_po()])
    if res.kind == "confirmation":
        (conf,) = res.confirmations
        assert {ln.line: ln.status for ln in conf.lines}[3] == "unconfirmed"
    else:
        assert res.kind == "needs_review"


@pytest.mark.parametrize(
    "body",
    [
        # confirming a fact about stock is not confirming the order, however the clause is cut
        "I confirm that the lock nuts are in stock (2000 pcs). The order we will confirm in full "
        "once we have the washers.",
        "Potvrzuji, že matice máme v tuto chvíli skladem (2000 ks). Objednávku Vám potvrdíme "
        "celou, jakmile budeme mít termín i pro podložky.",
    ],
)
def test_confirming_stock_on_hand_confirms_no_line(body: str) -> None:
    res = read_message(_mail(body), [_po()])
    assert res.kind == "needs_review", res
    assert any("no commitment" in r or "has not committed yet" in r for r in res.review_reasons), (
        res.review_reasons
    )


def test_a_product_phased_out_next_year_is_not_a_rejection_today() -> None:
    res = read_message(
        _mail(
            "The pricing on quote Q-3381 for the M20 bolt is still valid through 12/31. The M16 "
            "bolt on your PO is being phased out next year, so you may want to consider it."
        ),
        [_po()],
    )
    assert res.kind == "needs_review", res
    assert not any(ln.status == "rejected" for c in res.confirmations for ln in c.lines), (
        res.confirmations
    )


def test_a_product_discontinued_now_is_still_a_rejection() -> None:
    res = read_message(
        _mail("Lines 1 and 2 confirmed as ordered. Line 3: the flat washer is discontinued."),
        [_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    statuses = {ln.line: ln.status for c in res.confirmations for ln in c.lines}
    assert statuses == {1: "accepted", 2: "accepted", 3: "rejected"}


def test_a_minimum_order_quantity_is_no_quantity_of_this_order() -> None:
    from tests.test_extract import make_po, read

    res = read("Our MOQ for the cover is 200 pcs.", [make_po()])
    assert res.kind == "needs_review", res.confirmations
    assert not any(ln.quantity == 200 for c in res.confirmations for ln in c.lines)
    # the same words followed by the order itself are a commitment to the rounded quantity
    res = read(
        "Our minimum run on the cover is 200 pcs so I have entered your PO 4500012345 for "
        "200 pcs at the same price, all other lines as ordered.",
        [make_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.line: ln.quantity for c in res.confirmations for ln in c.lines}[2] == 200


def test_a_clause_naming_a_line_does_not_borrow_another_lines_date() -> None:
    from tests.test_extract import make_po, read

    # en-GB writes no dot dates: "15.12." ending the sentence may be a decimal, and the
    # cover must not take the housing's 18.12. instead
    res = read("Hi Dana, housing 18.12., cover and foot 15.12.", [make_po()])
    dates = {ln.line: ln.date for c in res.confirmations for ln in c.lines}
    assert dates.get(2) != date(2026, 12, 18), res
    assert res.kind == "needs_review", dates


@pytest.mark.parametrize(
    ("body", "locale", "why"),
    [
        # a receipt and a promise with a deadline: the deadline is no delivery date
        (
            "Ciao, vi confermo che abbiamo ricevuto l'ordine, vi daremo la data di consegna "
            "entro venerdì.",
            "it-IT",
            "no commitment",
        ),
        ("Thanks for the order. Our planning will look at it, realistic is 22.12.", "en-GB", ""),
        # an offer waiting for our OK, with its own later date for the line
        (
            "We can do 40 housings at 312.50 but need until 22/12 — please let me know if "
            "that's OK.",
            "en-GB",
            "",
        ),
        # what is excepted is no line we can name: nothing is confirmed
        ("Confirmed except the feet, which we no longer make.", "en-GB", "unnamed exception"),
    ],
)
def test_values_without_a_commitment_to_them_confirm_nothing(
    body: str, locale: str, why: str
) -> None:
    from tests.test_extract import make_po, read

    res = read(body, [make_po(locale=locale)])
    assert res.kind == "needs_review", res.confirmations
    assert not any(
        ln.status in ("accepted", "changed") for c in res.confirmations for ln in c.lines
    ), res.confirmations
    assert why in " ".join(res.review_reasons)


def test_a_line_given_another_value_is_not_confirmed_as_ordered() -> None:
    from tests.test_extract import make_po, read

    # in English "22.12." ending a sentence may be an amount or a date: either way it is not
    # the housing's 15.12., so the housing is no "as ordered"
    res = read("Confirmed. Delivery 15.12. for the covers; housings 22.12.", [make_po()])
    lines = {ln.line: ln for c in res.confirmations for ln in c.lines}
    assert not (lines.get(1) and lines[1].status == "accepted"), lines
    assert res.kind == "needs_review"
    assert "housings 22.12." in " ".join(res.review_reasons)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Dobrý den, dodáme v pátek 18.12., cena a množství beze změny.", "cs-CZ"),
        ("Guten Tag, wir liefern am 18.12.2026, Preise unverändert.", "de-DE"),
        ("Bonjour, nous livrerons le 18/12/2026, prix inchangés.", "fr-FR"),
        ("Hola, entregaremos el 18/12/2026, precios sin cambios.", "es-ES"),
        ("Hej, vi levererar 2026-12-18, priserna oförändrade.", "sv-SE"),
        ("您好，单价不变，我们将于2026年12月18日交货。", "zh-CN"),
    ],
)
def test_a_delivery_promised_in_the_first_person_is_a_commitment(body: str, locale: str) -> None:
    from tests.test_extract import make_po, read

    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for c in res.confirmations for ln in c.lines} == {date(2026, 12, 18)}


def test_a_new_amount_per_piece_without_a_currency_is_no_as_ordered() -> None:
    from tests.test_extract import make_po, read

    res = read(
        "Hi Dana, the covers are now 12.90 each due to the zinc surcharge. Everything else as "
        "per PO.",
        [make_po()],
    )
    lines = {ln.line: ln for c in res.confirmations for ln in c.lines}
    assert not (lines.get(2) and lines[2].status == "accepted"), lines
    assert res.kind == "needs_review"
    assert "12.90" in " ".join(res.review_reasons)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the item is named in the supplier's language, "the rest" says it was not all lines
        (
            "Hola Dana, confirmamos el pedido. La carcasa la podemos entregar el 22/12, lo "
            "demás en fecha.",
            "es-ES",
        ),
        ("您好，订单已确认，外壳交期12月22日，其他按订单。", "zh-CN"),
        # "cannot deliver before week 2" is a delay of some lines, not a refusal of the order
        (
            "Hej Dana, vi kan tyvärr inte leverera kåporna förrän vecka 2. Resten enligt order.",
            "sv-SE",
        ),
    ],
)
def test_a_change_said_of_lines_it_does_not_name_is_not_applied_to_the_order(
    body: str, locale: str
) -> None:
    from tests.test_extract import make_po, read

    res = read(body, [make_po(locale=locale)])
    assert res.kind == "needs_review", res.confirmations
    statuses = {ln.status for c in res.confirmations for ln in c.lines}
    assert statuses <= {"unconfirmed"}, res.confirmations


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Despachamos el miércoles 16 por Starken.", "es-CL", date(2026, 12, 16)),
        ("Liefern wir am Mittwoch, 16.", "de-DE", date(2026, 12, 16)),
        ("Todo se entrega el viernes 11 como lo pidieron.", "es-MX", date(2026, 12, 11)),
    ],
)
def test_a_weekday_with_its_day_of_the_month_is_that_day(
    text: str, locale: str, want: date
) -> None:
    from agent.reading.dates import find_dates

    hits, _ = find_dates(text, locale, date(2026, 12, 2))
    assert [h.date for h in hits] == [want]


def test_tuesday_2_pallets_is_no_second_of_the_month() -> None:
    from agent.reading.dates import find_dates

    hits, _ = find_dates("Tuesday 2 pallets", "en-US", date(2026, 12, 2))
    assert [h.date for h in hits] == [date(2026, 12, 8)]


def test_spanish_oil_is_no_portuguese_acceptance() -> None:
    assert L.search("commit", "El aceite ISO 68 no te lo vamos a poder entregar") is None
    assert L.search("decline", "El aceite ISO 68 no te lo vamos a poder entregar")
    assert L.search("commit", "Encomenda aceite, entrega conforme pedido.")


def test_a_day_without_a_month_far_from_the_order_is_for_a_person() -> None:
    from tests.test_extract import make_po, read

    # the mail is of 4 November, the order asks for 15 December: the next 17th is in November
    res = read(
        "Hello, re your reminder: yes the order is fine, but we'll ship on the 17th instead "
        "of the 15th.",
        [make_po()],
    )
    assert res.kind == "needs_review", res.confirmations
    assert "without a month" in " ".join(res.review_reasons)


def test_eta_ending_an_english_sentence_is_a_date_not_a_decimal() -> None:
    from tests.test_extract import make_po, read

    res = read("PO received and confirmed. ETD 10.12., ETA 15.12.", [make_po()])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for c in res.confirmations for ln in c.lines} == {date(2026, 12, 15)}


def test_refusing_the_price_is_a_counter_offer_not_a_rejection() -> None:
    from tests.test_extract import make_po, read

    res = read(
        "Hi Dana, we can't accept this PO at these prices. Our current price list is attached.",
        [make_po()],
    )
    assert res.kind == "needs_review", res.confirmations
    assert not any(ln.status == "rejected" for c in res.confirmations for ln in c.lines)
    assert "counter-offer" in " ".join(res.review_reasons)


def test_a_line_the_reply_speaks_of_is_never_reported_as_not_addressed() -> None:
    from tests.test_extract import make_po, read

    res = read(
        "Dana, we can supply lines 1 and 3. Line 2 is no longer available from us.", [make_po()]
    )
    assert res.kind == "needs_review", res.confirmations
    assert "left unconfirmed, but the supplier wrote about this line" in " ".join(
        res.review_reasons
    )


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hej! Pos 1 och 2: leverans v.51 enligt önskemål. Pos 3 också OK.", "sv-SE"),
        ("Dzień dobry, pozycje 1 oraz 2 potwierdzamy, pozycja 3 również.", "pl-PL"),
    ],
)
def test_line_numbers_joined_by_and_in_more_languages(body: str, locale: str) -> None:
    from tests.test_extract import make_po, read

    res = read(body, [make_po(locale=locale)])
    assert not any(ln.status == "unconfirmed" for c in res.confirmations for ln in c.lines), (
        res.confirmations
    )


def test_the_rest_of_a_line_refused_in_finnish_is_a_smaller_quantity() -> None:
    from tests.test_extract import make_po, read

    res = read(
        "Hei, rivi 1: 30 kpl, toimitus 15.12. Rivin 1 loppuja emme pysty toimittamaan tänä "
        "vuonna. Rivit 2 ja 3 tilauksen mukaan.",
        [make_po(locale="fi-FI")],
    )
    assert not any(ln.status == "rejected" for c in res.confirmations for ln in c.lines), (
        res.confirmations
    )


def test_a_taiwanese_reply_with_item_numbers_and_a_discontinued_line() -> None:
    from tests.test_extract import make_po, read

    res = read(
        "Dana 您好：\n\n訂單 4500012345 交期回覆如下：\n"
        "項次1 40pcs 單價 312.50 交期 2026/12/15 OK\n"
        "項次2 100pcs 單價 12.10 交期 2026/12/15 OK\n"
        "項次3 鑄件 1206 2A 停產\n無法供貨。\n\n謝謝！",
        [make_po(locale="zh-TW")],
    )
    assert res.kind == "confirmation", res.review_reasons
    statuses = {ln.line: ln.status for c in res.confirmations for ln in c.lines}
    assert statuses == {1: "accepted", 2: "accepted", 3: "rejected"}


def test_a_date_said_after_another_subject_is_not_the_named_lines_date() -> None:
    from tests.test_extract import make_po, read

    # "15.12." ends an English sentence (an amount or a date); "they'll be ready by Friday" is
    # about the feet, and must not become the housings' and covers' date
    res = read(
        "Hi Dana, housings and covers confirmed for 15.12. The feet we make in-house, they'll "
        "be ready by Friday.",
        [make_po()],
    )
    dates = {ln.line: ln.date for c in res.confirmations for ln in c.lines}
    assert res.kind == "needs_review", dates
    assert "the words naming this line give '15.12'" in " ".join(res.review_reasons)


def test_irregular_english_plurals_name_their_lines() -> None:
    from agent.reading.extract import _norm_token

    assert [_norm_token(w) for w in ("feet", "knives", "Shelves", "housings")] == [
        "foot",
        "knife",
        "shelf",
        "housing",
    ]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Confirmed. Just a heads-up that 15.12. is a tight date, we'll do our best.", "en-GB"),
        ("Auftrag bestätigt. Der 15.12. ist knapp, wir bemühen uns.", "de-DE"),
        ("Pedido confirmado. El 15/12 es justo, haremos lo posible.", "es-ES"),
    ],
)
def test_a_commitment_taken_back_by_best_efforts_is_not_firm(body: str, locale: str) -> None:
    from tests.test_extract import make_po, read

    res = read(body, [make_po(locale=locale)])
    assert res.kind == "needs_review", res.confirmations
    assert "not firm" in " ".join(res.review_reasons)


def test_a_spanish_greeting_is_no_estimate() -> None:
    from tests.test_extract import make_po, read

    res = read(
        "Estimada Dana:\n\nConfirmamos el pedido 4500012345 tal cual, entrega 15/12/2026.",
        [make_po(locale="es-ES")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert L.search("hedge", "fecha estimada de entrega 20/12")
