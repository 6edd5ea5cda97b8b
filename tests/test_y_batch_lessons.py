"""What batch Y's wrong answers taught, each in a new phrasing: a proof sent for approval,
with the delivery time promised after the signed approval and the proof dated the day of the
mail, confirms nothing; a count restated in another unit ("400 pcs (= 200 pairs)") is the
same goods; a sentence led by garment sizes ("S, M and L ...", "XXL is ...") names the lines of
those sizes, so a refusal of one size never refuses the others."""

from __future__ import annotations

from tests.test_extract import lines_of, make_po, read

SIZES = [
    (f"JK-{s}", f"Softshell jacket, navy, size {s}", q, "EA", "41.00", "2026-12-15")
    for s, q in (("S", 20), ("M", 40), ("L", 40), ("XXL", 10))
]


def test_a_proof_for_approval_confirms_nothing() -> None:
    res = read(
        "Hi Dana,\n\nplease find the artwork proof for the gearbox housing labels attached for "
        "your approval. Once we have your signed approval we confirm the delivery date, "
        "usually 12 working days.\n\nSam",
        attachments=(
            (
                "proof.txt",
                "text/plain",
                b"ARTWORK PROOF - FOR APPROVAL\nOrder: 4500012345\nVersion 2 - 04/11/2026\n"
                b"Approved by: ________  Date: __/__/____\n",
            ),
        ),
    )
    assert res.kind == "needs_review"


def test_a_count_restated_in_another_unit_is_the_same_goods() -> None:
    po = make_po(
        locale="it-IT",
        lines=[("GUI-450", "Drawer slide 450 mm (pair)", 150, "PR", "6.40", "2026-12-15")],
    )
    res = read(
        "Buongiorno,\n\nconfermiamo l'ordine 4500012345: guide 450 mm, 300 pz (= 150 coppie) a "
        "€ 6,40 la coppia, consegna 15/12.\n\nSaluti",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == 150


def test_a_refused_size_leaves_the_other_sizes_alone() -> None:
    res = read(
        "Hi Dana,\n\norder 4500012345: S, M and L confirmed as ordered for 15/12.\n\n"
        "XXL is discontinued in this model and cannot be supplied.\n\nSam",
        [make_po(lines=SIZES)],
    )
    got = lines_of(res) if res.kind == "confirmation" else {}
    if got:
        assert [got[n].status for n in (1, 2, 3)] == ["accepted"] * 3
        assert got[4].status == "rejected"
    else:
        assert res.kind == "needs_review"


def test_leading_sizes_name_their_lines() -> None:
    from agent.reading.extract import LineIndex
    from agent.reading.pos_json import load_pos

    (po,) = load_pos([make_po(lines=SIZES)])
    index = LineIndex(po)
    assert index.refs("S, M og L sendes som bestilt.")[0] == {1, 2, 3}
    assert index.refs("XXL er utgått i denne modellen.")[0] == {4}
    assert index.refs("I will call you tomorrow.")[0] == set()
