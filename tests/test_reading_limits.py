"""Bounded reading: what each cap does to the text, and that a cut mail is never applied."""

from __future__ import annotations

from agent.reading.attachments import read_attachment_checked
from agent.reading.html import html_to_text
from agent.reading.limits import (
    LIMIT_PREFIX,
    LONG_NUMBER_MARK,
    MAX_BLANK_RUN,
    MAX_HTML_DEPTH,
    ReadingLimits,
    bound_runs,
    limit_reasons,
)
from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests import hostile_mails as H

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_blank_runs_are_cut_silently_and_long_digit_runs_reported() -> None:
    text, notes = bound_runs("PO" + " " * 10_000 + "4500012345 qty 12")
    assert text == "PO" + " " * MAX_BLANK_RUN + "4500012345 qty 12"
    assert notes == []
    text, notes = bound_runs("ref " + "7" * 50 + " qty 12")
    assert text == f"ref {LONG_NUMBER_MARK} qty 12"
    assert len(notes) == 1 and notes[0].startswith(LIMIT_PREFIX) and "50 digits" in notes[0]


def test_limit_reasons_pick_only_limit_defects() -> None:
    defects = ["8-bit text without a declared charset", LIMIT_PREFIX + "more than 500 MIME parts"]
    assert limit_reasons(defects) == [defects[1]]


def test_unclosed_cells_and_rows_render_as_a_browser_shows_them() -> None:
    html = "<table><tr><td>Line 1<td>400 pcs<tr><td>Line 2<td>OK</table>"
    rendered = html_to_text(html)
    assert rendered.text == "Line 1\t400 pcs\nLine 2\tOK"
    assert rendered.truncated is None


def test_markup_nested_past_the_depth_limit_keeps_its_text_and_says_so() -> None:
    html = "<div>" * (MAX_HTML_DEPTH + 50) + "We confirm" + "</div>" * (MAX_HTML_DEPTH + 50)
    rendered = html_to_text(html)
    assert "We confirm" in rendered.text
    assert rendered.truncated and f"deeper than {MAX_HTML_DEPTH}" in rendered.truncated


def test_html_entities_scripts_and_comments() -> None:
    html = (
        "<p>Qty &amp; price <b>OK</b><!-- 999 pcs --></p>"
        "<script>var x = '<td>5 pcs</td>';</script><p title='a &gt; b'>done</p>"
    )
    assert html_to_text(html).text == "Qty & price OK\n\ndone"


def test_unclosed_tags_are_text_not_a_stall() -> None:
    rendered = html_to_text("<p>Confirmed</p><a" * 3)
    assert rendered.text.startswith("Confirmed")


def test_workbook_over_the_row_cap_is_read_in_part_and_reported() -> None:
    raw = H.xlsx_dimensions()
    data = raw.split(b"base64\r\n\r\n", 1)[1].split(b"\r\n--", 1)[0]
    import base64

    att, notes = read_attachment_checked(base64.b64decode(data), "c.xlsx", XLSX)
    assert att.rows and att.rows[0] == ["PO"]
    assert any("more than 5000 spreadsheet rows" in n for n in notes)
    assert all(n.startswith(LIMIT_PREFIX) for n in notes)


def test_a_confirmation_in_a_body_cut_by_the_text_limit_goes_to_review() -> None:
    pos = load_pos(H.hostile_pos())
    body = f"We confirm PO {H.PO} as ordered.\r\n\r\n" + "Thank you for your order.\r\n" * 500
    raw = H._plain(f"RE: PO {H.PO}", body)
    full = read_message(raw, pos)
    assert full.kind == "confirmation", full.review_reasons
    cut = read_message(raw, pos, limits=ReadingLimits(max_text_chars=5000))
    assert cut.kind == "needs_review"
    assert any("body text longer than 5000 characters" in r for r in cut.review_reasons)
