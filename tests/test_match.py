"""Matching a reply to its PO(s): thread, subject, body, loose numbers, never across suppliers."""

from __future__ import annotations

from agent.reading.match import find_near_mentions, find_po_mentions, match_message
from agent.reading.message import normalize
from agent.reading.pos_json import load_pos
from tests.test_extract import make_mail, make_po

ACME = make_po("4500012345")
ACME_2 = make_po("4500012399", request_id="<po-4500012399.1@buyer.example>")
OTHER = make_po(
    "4500077777",
    supplier_email="sales@other-foundry.example",
    supplier_id="OTHER",
    request_id="<po-4500077777.1@buyer.example>",
)
POS = load_pos([ACME, ACME_2, OTHER])


def match(body: str, **kw):
    msg = normalize(make_mail(body, quote=False, **kw))
    return match_message(msg, POS)


def test_request_message_id_anywhere_in_references() -> None:
    m = match(
        "Confirmed.", subject="RE: FW: your order", in_reply_to="<po-4500012399.1@buyer.example>"
    )
    assert [p.po_number for p in m.pos] == ["4500012399"]
    assert m.via["4500012399"] == "thread"


def test_po_number_in_subject_then_body() -> None:
    m = match(
        "Both confirmed: 4500012399 as ordered.", subject="Order 4500012345", in_reply_to=None
    )
    assert [p.po_number for p in m.pos] == ["4500012345", "4500012399"]
    assert m.via == {"4500012345": "subject", "4500012399": "body"}


def test_loose_po_number_forms() -> None:
    for text in ("P.O. #4500-012345", "PO 4500 012345", "po-4500012345"):
        assert [x.po_number for x in find_po_mentions(f"about {text} thanks", POS)] == [
            "4500012345"
        ], text


def test_a_digit_missing_is_accepted_only_when_unique() -> None:
    near, _ = find_near_mentions("your PO 450012345 is confirmed", load_pos([ACME]))
    assert [x.po_number for x in near] == ["4500012345"]
    # both POs are one edit away from "450001234": ambiguous, so no match
    near, _ = find_near_mentions("your PO 450001234 is confirmed", load_pos([ACME]))
    assert [x.po_number for x in near] == ["4500012345"]
    near, _ = find_near_mentions(
        "your PO 450001234 is confirmed", load_pos([ACME, make_po("4500012341")])
    )
    assert near == []


def test_never_across_suppliers() -> None:
    m = match("We confirm PO 4500077777 as ordered.", subject="Order 4500077777", in_reply_to=None)
    assert m.pos == []
    assert any("not a known address" in r for r in m.reasons)


def test_threaded_reply_from_a_stranger_is_not_matched() -> None:
    m = match(
        "Confirmed.",
        from_addr="Someone <someone@elsewhere.example>",
        in_reply_to="<po-4500012345.1@buyer.example>",
    )
    assert m.pos == []
    assert m.reasons


def test_a_threaded_reply_from_a_personal_free_mail_address_is_matched() -> None:
    """Our request's Message-ID has a random part: whoever answers on it got our mail. From
    gmail (or gmail under another country domain) it is the supplier's staff on the road;
    the daemon still applies nothing from an address it does not know (test_workflow)."""
    for sender in (
        "Sam <sam.jones.acme@gmail.com>",
        "Sam <sam.j@yahoo.co.in>",
        "李 <28517@qq.example>",
    ):
        m = match("Confirmed.", from_addr=sender, in_reply_to="<po-4500012345.1@buyer.example>")
        assert [p.po_number for p in m.pos] == ["4500012345"], sender
        assert m.via == {"4500012345": "thread-personal"}
        assert m.confidence < 1 and not m.reasons


def test_a_personal_address_without_our_thread_is_not_matched() -> None:
    """Naming the PO is not enough: anybody can write a PO number into a subject."""
    m = match(
        "We confirm PO 4500012345 as ordered.",
        from_addr="Sam <sam.jones.acme@gmail.com>",
        subject="PO 4500012345",
        in_reply_to=None,
    )
    assert m.pos == []
    assert any("not a known address" in r for r in m.reasons)


def test_unknown_order_numbers_are_reported() -> None:
    m = match(
        "Invoice for your order PO-26-04118, thank you.", subject="Invoice INV-1", in_reply_to=None
    )
    assert m.pos == []
    assert "PO-26-04118" in m.other_order_numbers


def test_quoted_text_only_matches_when_the_reply_names_nothing() -> None:
    msg = normalize(
        make_mail("Confirmed, thanks.", subject="RE: your order", in_reply_to=None, quote=True)
    )
    m = match_message(msg, POS)
    assert [p.po_number for p in m.pos] == ["4500012345"]
    assert m.via["4500012345"] == "quoted"
    assert m.confidence < 1


def test_subdomains_of_the_supplier_belong_to_it_shared_platforms_do_not() -> None:
    from agent.reading.match import _same_org

    assert _same_org("mail.acme-castings.example", "acme-castings.example")
    assert _same_org("eu.acme.co.uk", "acme.co.uk")
    assert not _same_org("acme.co.uk", "other.co.uk")
    assert not _same_org("acme.onmicrosoft.com", "other.onmicrosoft.com")


def test_a_new_thread_that_names_only_item_codes_of_one_po_is_matched_to_it() -> None:
    other_lines = [("PIN-5521", "Dowel pin 8x40", 500, "EA", "0.30", "2026-12-15")]
    pos = load_pos([ACME, make_po("4500012399", lines=other_lines, request_id=None)])
    msg = normalize(
        make_mail(
            "Hello Dana, CAST-7782 and CAST-7790 are fine for the 15th.",
            subject="covers and feet",
            in_reply_to=None,
            quote=False,
        )
    )
    m = match_message(msg, pos)
    assert [p.po_number for p in m.pos] == ["4500012345"]
    assert m.via["4500012345"] == "item" and m.confidence < 1
    # item codes of two POs: which order is answered is a person's call
    msg = normalize(
        make_mail(
            "CAST-7782 and PIN-5521 are fine.", subject="parts", in_reply_to=None, quote=False
        )
    )
    m = match_message(msg, pos)
    assert m.pos == [] and any("several open POs" in r for r in m.reasons)
    # another supplier's item codes never match
    msg = normalize(
        make_mail(
            "CAST-7782 is fine.",
            from_addr="x@other-foundry.example",
            subject="parts",
            in_reply_to=None,
            quote=False,
        )
    )
    assert match_message(msg, pos).pos == []


SPRINGS = [("SPR-2201", "Compression spring 12 mm, stainless", 500, "EA", "0.42", "2026-12-15")]
BRACKETS = [("BRK-4410", "Wall bracket 250 mm, galvanised", 80, "EA", "6.80", "2026-12-18")]


def _two_pos():
    return load_pos(
        [
            make_po("4500012345", lines=SPRINGS, request_id=None),
            make_po("4500012399", lines=BRACKETS, request_id=None),
        ]
    )


def _new_thread(body: str, **kw):
    return normalize(
        make_mail(
            body, subject=kw.pop("subject", "your order"), in_reply_to=None, quote=False, **kw
        )
    )


def test_a_new_thread_that_describes_the_goods_of_one_po_is_matched_to_it() -> None:
    m = match_message(
        _new_thread("The 12mm stainless springs: confirmed for the 15th."), _two_pos()
    )
    assert [p.po_number for p in m.pos] == ["4500012345"]
    assert m.via["4500012345"] == "description" and m.confidence <= 0.7


def test_everyday_words_alone_do_not_name_an_order() -> None:
    # "wall" alone, or short words ("box", "can"), say too little about which goods are meant
    m = match_message(_new_thread("We can confirm the wall is painted."), _two_pos())
    assert m.pos == []


def test_another_suppliers_mail_describing_the_same_goods_is_not_matched() -> None:
    msg = _new_thread("12mm stainless springs confirmed.", from_addr="x@other-foundry.example")
    assert match_message(msg, _two_pos()).pos == []


def test_a_sentence_about_the_other_orders_goods_does_not_hold_this_one() -> None:
    """The springs are confirmed; "the brackets we are still checking" is the other order's."""
    from agent.reading.pipeline import read_message

    raw = make_mail(
        "The 12mm stainless springs: we confirm 500 pcs at 0.42 for 15 Dec.\n"
        "The galvanised wall brackets we are still checking, will reply tomorrow.",
        subject="springs",
        in_reply_to=None,
        quote=False,
    )
    result = read_message(raw, _two_pos())
    assert result.kind == "confirmation", result.review_reasons
    assert [c.po_number for c in result.confirmations] == ["4500012345"]
    assert result.confirmations[0].lines[0].status == "accepted"
