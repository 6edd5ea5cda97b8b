"""What the first scores of held-out batches AW and AX taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_mail, make_po, read

GLOVES = [
    ("GL-M", "Vinyl gloves size M, 100/box", 400, "BOX", "4.80", "2026-12-11"),
    ("GL-L", "Vinyl gloves size L, 100/box", 200, "BOX", "4.80", "2026-12-11"),
]


def test_pieces_on_a_po_counted_in_boxes_of_stated_size_are_boxes() -> None:
    # batch AX 006: "50,000 pcs @ USD 0.064/pc" on gloves "100/box" ordered in boxes: the
    # price was converted to the box, the count was kept as 50,000 boxes
    res = read(
        "Dear Dana, we confirm: size M 40,000 pcs @ EUR 0.050/pc, size L 20,000 pcs @ EUR "
        "0.048/pc, dispatch 11/12/2026.",
        [make_po(lines=GLOVES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].quantity == 400 and got[1].unit_price == Decimal("5.00")
    assert got[2].quantity == 200 and got[2].status == "accepted"


CHAIRS = [
    ("TC-1", "Task chair, mesh back", 36, "EA", "148.00", "2026-12-11"),
    ("CC-1", "Conference chair, beech", 48, "EA", "96.00", "2026-12-11"),
]


def test_a_day_written_as_an_english_ordinal_word() -> None:
    # batch AX 018: "on Friday, the eighteenth of December" read as the next Friday after
    # the mail (20 November)
    res = read(
        "Dear Dana, we confirm both lines at your prices; all chairs will be delivered on "
        "Friday, the eighteenth of December.",
        [make_po(lines=CHAIRS)],
        when=datetime(2026, 11, 17, 9, 0, tzinfo=UTC),
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}


def test_the_rest_refused_with_the_part_delivered_in_words_goes_to_a_person() -> None:
    # batch AW 002: "nur zwölf Kartons …, die restlichen drei Kartons entfallen": the PO's 15
    # was kept
    res = read(
        "Guten Tag,\n\nPos. 1 (TC-1): Wir können leider nur dreißig Stühle liefern, die "
        "restlichen sechs Stühle entfallen ersatzlos. Lieferung KW 50, Preis wie bestellt.\n\n"
        "Pos. 2 (CC-1): 48 Stück à EUR 96,00, Liefertermin 11.12.2026 wie gewünscht.",
        [make_po(locale="de-DE", lines=CHAIRS)],
    )
    assert res.kind == "needs_review"
    assert any("refuses the rest" in r for r in res.review_reasons), res.review_reasons


def test_a_portuguese_erp_order_confirmation_pdf_name_is_an_answer() -> None:
    # batch AW 011: an ERP mail ("favor não responder", Auto-Submitted) with a "CONFIRMACAO
    # DE PEDIDO" document was filed as bulk mail
    doc = (
        b"CONFIRMACAO DE PEDIDO N. 7781\nSeu pedido: 4500012345\n"
        b"Item;Codigo;Qtde;Preco;Entrega\n1;TC-1;36;148,00;11/12/2026\n2;CC-1;48;96,00;11/12/2026\n"
    )
    raw = make_mail(
        "Prezado cliente,\n\nSegue em anexo a confirmação do pedido de venda 7781 referente ao "
        "seu pedido de compra 4500012345.\n\nEsta é uma mensagem automática, favor não responder.",
        subject="Pedido de venda 7781 - Pedido cliente 4500012345",
        from_addr="Vendas <nao-responder@acme-castings.example>",
        in_reply_to=None,
        quote=False,
        attachments=(("Confirmacao_Pedido_7781.csv", "text/csv", doc),),
    )
    raw = raw.replace(b"MIME-Version:", b"Auto-Submitted: auto-generated\nMIME-Version:", 1)
    res = read_message(raw, load_pos([make_po(locale="pt-BR", lines=CHAIRS)]))
    assert res.kind != "unrelated", res
    assert res.matched_po_numbers == ["4500012345"]


def test_ordinal_word_dates_are_read_in_any_case_and_may_needs_its_capital() -> None:
    from agent.reading.dates import find_dates

    ref = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    found = {
        text: [h.date for h in find_dates(text, "en-GB", ref)[0]]
        for text in (
            "delivery on the second of December",
            "DELIVERY ON THE TWENTY-THIRD OF DECEMBER",
            "the first may arrive late",
        )
    }
    assert found == {
        "delivery on the second of December": [date(2026, 12, 2)],
        "DELIVERY ON THE TWENTY-THIRD OF DECEMBER": [date(2026, 12, 23)],
        "the first may arrive late": [],
    }
