"""What batches CA and CB taught on first sight, each in a phrasing of its own:

- CB 004 (a false confirmation): "… fakturerar i SEK. Beloppen räknas om från era EUR-priser
  till dagskursen": a price to be turned into another currency at the day's rate is no price
  in the PO's currency (invariant price_at_exchange_rate). An exchange rate given as the
  reason for a new price ("ajuste por tipo de cambio") changes nothing.
- CB 009: "dostawa do 18.12.2026 (poz. 2 nie damy rady wcześniej, więc całość wyślemy jednym
  transportem)": a line named only inside a bracketed reason does not take the date alone.
- CB 016: a confirmation of an order number we never issued over the item codes of an open PO
  of the same supplier goes to a person, not to "unrelated".
- CB 028: "ETA 18th rather than the 11th": an ordinal after "ETA", "on", "by" is a day of the
  month as "the 18th" is.
- CA 054: Chinese "剩下 100 組取消" (the remaining 100 cancelled) cancels the rest, not the line.
- BZ 004, found on the way: "10 jours ouvrés à compter d'aujourd'hui" and "en 10 días hábiles"
  count working days, no calendar date ("today" is where the count starts).
- CA 004: a condition word inside a reason ("…, da die Rollen erst nach dem Vulkanisieren
  verpackt werden können") explains the date, it sets no condition.
- CA 044: Greek "όπως η παραγγελία" (as the order) keeps a line as ordered.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from agent.reading.dates import find_dates
from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_mail, make_po, read


def test_a_price_converted_at_the_days_rate_is_not_committed() -> None:
    res = read(
        "Hello,\n\nWe confirm all lines of order 4500012345 - quantities and delivery 15 "
        "December as per your order.\n\nPlease note that from January we invoice in USD: "
        "the amounts are converted from your EUR prices at the exchange rate of the invoice "
        "date.\n\nRegards",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "needs_review"
    assert any("rate" in r for r in res.review_reasons), res.review_reasons
    # "Tageskurs" alone (the rate of a day still to come) is enough
    res = read(
        "Guten Tag,\n\nwir bestätigen Ihre Bestellung 4500012345 zu den Mengen und Terminen. "
        "Die Abrechnung erfolgt in CHF zum Tageskurs.\n\nGruß",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "needs_review"


def test_an_exchange_rate_as_the_reason_for_a_new_price_is_read() -> None:
    res = read(
        "Buen día,\n\nConfirmamos el pedido 4500012345. Partida 1: 40 pzas a EUR 320,00 "
        "(ajuste por tipo de cambio), entrega 15/12/2026. Partidas 2 y 3 sin cambios.\n\nSaludos",
        [make_po(locale="es-MX")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert str(lines_of(res)[1].unit_price) == "320.00"


def test_a_line_named_only_in_a_bracketed_reason_does_not_take_the_date() -> None:
    res = read(
        "Dzień dobry,\n\npotwierdzamy zamówienie nr 4500012345 - ilości i ceny bez zmian, "
        "dostawa do 22.12.2026 (poz. 3 nie zdążymy wcześniej, dlatego wszystko wyślemy razem)."
        "\n\nPozdrawiam",
        [make_po(locale="pl-PL")],
    )
    if res.kind == "confirmation":
        got = lines_of(res)
        assert {got[n].date for n in (1, 2, 3)} == {date(2026, 12, 22)}
    else:
        # never lines 1 and 2 kept at the PO's date beside line 3's new one
        assert res.kind == "needs_review"


def test_an_unknown_order_number_over_our_item_codes_goes_to_a_person() -> None:
    po = make_po()
    raw = make_mail(
        "Hola Dana:\n\nTe confirmamos el pedido 4500099871:\n\n  CAST-7781  40 uds.  312,50 €  "
        "entrega 15/12/2026\n  CAST-7782  100 uds.  12,10 €  entrega 15/12/2026\n\nUn saludo",
        subject="Confirmación de pedido 4500099871",
        in_reply_to=None,
        quote=False,
    )
    res = read_message(raw, load_pos([po]))
    assert res.kind == "needs_review", res.kind
    assert any("not open" in r for r in res.review_reasons), res.review_reasons


def test_an_ordinal_after_eta_is_a_day_of_the_month() -> None:
    ref = date(2026, 11, 30)
    hits, _ = find_dates("ETA 21st rather than the 15th", "en-IE", ref)
    assert [h.date for h in hits] == [date(2026, 12, 21), date(2026, 12, 15)]
    hits, _ = find_dates("delivery on 21st", "en-IN", ref)
    assert [h.date for h in hits] == [date(2026, 12, 21)]
    # counts of deliveries and weeks stay counts
    for text in ("on 2nd delivery we add the rest", "by 3rd week of January", "the 2nd line"):
        assert find_dates(text, "en-GB", ref)[0] == [], text
    res = read(
        "Hi,\n\nAll three lines confirmed, qty and price as per PO. Running behind, so ETA "
        "21st rather than the 15th, sorry.\n\nCheers",
        [make_po(locale="en-IE")],
        when=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 21)}


def test_chinese_the_remaining_cancelled_is_a_short_quantity() -> None:
    res = read(
        "您好，\n\nPO 4500012345 確認如下：\n第1項：依訂單。\n第2項：目前只能出 70 個，"
        "剩下 30 個取消，單價不變。\n第3項：依訂單。\n交貨日期：2026/12/15。",
        [make_po(locale="zh-TW")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[2].status, got[2].quantity) == ("changed", 70)


def test_working_days_from_today_give_no_calendar_date() -> None:
    ref = date(2026, 11, 16)
    hits, vague = find_dates("Livraison sous 8 jours ouvrés à compter d'aujourd'hui.", "fr-FR", ref)
    assert hits == [] and vague
    hits, _ = find_dates("entrega en 8 días hábiles", "es-ES", ref)
    assert hits == []
    # calendar days still count from the mail
    hits, _ = find_dates("entrega en 8 días", "es-ES", ref)
    assert [h.date for h in hits] == [date(2026, 11, 24)]


def test_a_condition_word_inside_a_reason_sets_no_condition() -> None:
    res = read(
        "Sehr geehrte Frau Keane,\n\nwir bestätigen Ihre Bestellung 4500012345 zu den "
        "angeführten Preisen und Mengen. Lieferung am 21. Dezember für alle Positionen, da das "
        "Gusseisen erst nach dem Glühen bearbeitet werden kann.\n\nMit freundlichen Grüßen",
        [make_po(locale="de-AT")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 21)}
    # a condition of the commitment itself still holds it back
    held = read(
        "Guten Tag,\n\nwir bestätigen Ihre Bestellung 4500012345, Lieferung am 21. Dezember, "
        "sofern das Material rechtzeitig eintrifft.\n\nGruß",
        [make_po(locale="de-DE")],
    )
    assert held.kind == "needs_review"


def test_greek_as_the_order_keeps_a_line_as_ordered() -> None:
    res = read(
        "Καλημέρα σας,\n\nΕπιβεβαιώνουμε την παραγγελία 4500012345:\n\nΘέση 1: 40 τεμ., "
        "παράδοση 18/12/2026.\nΘέση 2: όπως η παραγγελία.\nΘέση 3: κατά την παραγγελία.\n\n"
        "Με εκτίμηση",
        [make_po(locale="el-GR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == date(2026, 12, 18)
    assert got[2].status == got[3].status == "accepted"
