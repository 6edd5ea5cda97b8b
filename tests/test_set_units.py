"""A count in sets ("1200 套", "40 セット", "24 sets") counts a PO line kept in SET; a count in
pieces does not. Every phrasing is written for these tests."""

from __future__ import annotations

from agent.reading.units import same_unit


def test_sets_in_several_languages_are_the_po_unit_set() -> None:
    for word in ("套", "セット", "세트", "sets", "set", "komplety", "sady"):
        assert same_unit(word, "SET"), word
    assert not same_unit("件", "SET")
    assert not same_unit("pcs", "SET")


def test_full_width_brackets_hold_an_aside() -> None:
    from agent.reading.extract import _in_aside

    text = "检测报告（2026年3月签发，报告号 SH2603）随货提供，交货日期 2026年12月18日。"
    assert _in_aside(text, text.index("2026年3月"))
    assert not _in_aside(text, text.index("2026年12月"))
