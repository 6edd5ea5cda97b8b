"""Chinese and Japanese write a count straight after a word ("共85卷，即425米", 85 reels, that
is 425 m) and a pack's size straight after the pack ("每卷5米", 5 m a reel): both are read.
"个月" counts months and a size the description carries ("跨距100米" of "span 100 m") is the
goods' own, neither is a count. Phrasings written for these tests, not the batches' cases."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

HOSE = [("HS-19", "Garden hose 19 mm, coil 25 m", 500, "M", "0.92", "2026-12-18")]


def test_a_count_run_on_after_a_word_is_read() -> None:
    res = read(
        "感谢您的订单，确认如下：按整卷发货，每卷25米，共21卷，即525米，单价不变，交期2026年12月18日。",
        [make_po(locale="zh-CN", currency="EUR", lines=HOSE)],
    )
    assert res.kind == "confirmation", res.review_reasons
    (ln,) = lines_of(res).values()
    assert (ln.status, ln.quantity) == ("changed", Decimal(525))


def test_months_and_the_goods_own_size_are_no_counts() -> None:
    res = read(
        "感谢您的订单，确认如下：花园软管（卷长25米）：500米，单价EUR 0.92，交期2026年12月18日。"
        "质保期24个月。",
        [make_po(locale="zh-CN", currency="EUR", lines=HOSE)],
    )
    assert res.kind == "confirmation", res.review_reasons
    (ln,) = lines_of(res).values()
    assert (ln.status, ln.quantity) == ("accepted", Decimal(500))
