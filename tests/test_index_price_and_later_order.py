"""A metal index quoted in the aside of a price change ("(DEL-Notiz 1.012,45 €/100 kg vom
13.11.)") is no price of a cable counted in metres; "Zur Bestellung … melden wir uns separat"
(the verb before its subject) and "die Konstruktion noch prüft" hold that order back; coils
("20 Ringe à 100 m") are packs of a length. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from agent.reading import lexicon as L
from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import make_mail, make_po

CABLE = [
    ("NYY-4X16", "Kabel NYY-J 4x16 mm², Ring 50 m", 500, "M", "7.90", "2026-12-09"),
    ("NYY-5X10", "Kabel NYY-J 5x10 mm², Ring 50 m", 300, "M", "5.60", "2026-12-09"),
]
CABINET = [("VT-SV-800", "Verteilerschrank 800 mm, komplett", 3, "EA", "980.00", "2026-12-16")]


def _read(body: str):
    pos = [
        make_po("4711-0301", locale="de-DE", lines=CABLE),
        make_po("4711-0309", locale="de-DE", lines=CABINET),
    ]
    return read_message(
        make_mail(body, subject="Ihre Bestellungen", in_reply_to=None), load_pos(pos)
    )


def test_an_index_in_an_aside_is_no_price_and_a_later_order_is_left_out() -> None:
    res = _read(
        "Guten Tag,\n\nBestellung 4711-0301 bestätigen wir wie folgt:\n"
        "Pos. 1  NYY-J 4x16   500 m (10 Ringe à 50 m)   790,00 €/100 m   Liefertermin 09.12.2026\n"
        "Pos. 2  NYY-J 5x10   300 m (6 Ringe à 50 m)    585,00 €/100 m   Liefertermin 09.12.2026\n"
        "Hinweis: wegen der gestiegenen Kupfernotierung (DEL-Notiz 1.012,45 €/100 kg vom "
        "13.11.2026) mussten wir den Preis für Pos. 2 anpassen.\n"
        "Zur Bestellung 4711-0309 melden wir uns separat, da unsere Konstruktion die Ausführung "
        "noch prüft.\n\nMit freundlichen Grüßen"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [c.po_number for c in res.confirmations] == ["4711-0301"]
    got = {ln.line: ln for ln in res.confirmations[0].lines}
    assert got[1].status == "accepted"
    assert got[2].unit_price == Decimal("5.85")


def test_the_verb_before_its_subject_holds_an_order_back() -> None:
    assert L.search("promise_later", "Zur Bestellung 4711-0309 melden wir uns separat")
    assert L.search("promise_later", "da unsere Konstruktion die Ausführung noch prüft")


def test_an_order_named_only_in_words_that_commit_to_nothing_is_not_confirmed() -> None:
    # "Hiermit bestätigen wir:" heads the first order's rows; the second order's sentence
    # says only who will call: accepting its line would be a confident wrong answer
    res = _read(
        "Guten Tag,\n\nvielen Dank für Ihre Bestellungen. Hiermit bestätigen wir:\n"
        "Bestellung 4711-0301 (Kabel)\n"
        "Pos. 1  NYY-J 4x16   500 m   790,00 €/100 m   Liefertermin 09.12.2026\n"
        "Pos. 2  NYY-J 5x10   300 m   560,00 €/100 m   Liefertermin 09.12.2026\n"
        "Wegen Bestellung 4711-0309 kommt Herr Maier direkt auf Sie zu.\n\nMit freundlichen Grüßen"
    )
    assert not any(
        c.po_number == "4711-0309" and any(ln.status == "accepted" for ln in c.lines)
        for c in res.confirmations
    )
    assert res.kind == "needs_review"
