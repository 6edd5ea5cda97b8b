"""Other projects' test mail (tests/fixtures/peers), each read three ways: from an
unknown sender, from the PO's supplier, and threaded on our request for that PO.

The figures are the issue's bar: no automatic mail ever read as an answer; bounce
recall >= 98 %, temporary/permanent >= 95 % and the failed recipient >= 95 % on
flufl.bounce's samples; auto-reply recall >= 95 %; no person's reply called
automatic; no parser exception.
"""

from __future__ import annotations

import pytest

from tests.peer_corpus import WAYS, figures, is_answer


@pytest.fixture(scope="module")
def fig():
    return figures()


def test_every_peer_set_is_read_three_ways(fig):
    projects = {r.sample.name.split("/")[0] for r in fig.readings}
    assert projects == {"flufl.bounce", "sisimai", "talon", "email_reply_parser"}
    assert {r.way for r in fig.readings} == set(WAYS)
    assert len(fig.readings) >= 3 * 480


def test_no_automatic_mail_is_read_as_an_answer(fig):
    answers = [
        f"{r.way}: {r.sample.name} -> {r.result.kind}"
        for r in fig.readings
        if r.sample.kind != "human" and is_answer(r.result)
    ]
    assert answers == []


def test_bounce_recall_on_flufl_bounce_samples(fig):
    assert fig.counts["flufl_bounce_total"] >= 110
    assert fig.ratio("flufl_bounce_hit", "flufl_bounce_total") >= 0.98


def test_temporary_or_permanent_on_flufl_bounce_samples(fig):
    assert fig.ratio("flufl_tp_hit", "flufl_tp_total") >= 0.95


def test_failed_recipient_found_on_flufl_bounce_samples(fig):
    assert fig.ratio("flufl_rcpt_hit", "flufl_rcpt_total") >= 0.95


def test_bounce_recall_over_all_sets(fig):
    assert fig.ratio("bounce_hit", "bounce_total") >= 0.97


def test_auto_reply_recall(fig):
    assert fig.counts["auto_total"] >= 7
    assert fig.ratio("auto_hit", "auto_total") >= 0.95


def test_automatic_mail_is_recognised_and_never_reaches_review(fig):
    # an abuse report or a list server's notice is filed, not put in a buyer's digest
    assert fig.ratio("automatic_hit", "automatic_total") >= 0.99
    assert fig.counts["automatic_review"] == 0


def test_no_human_reply_is_called_automatic(fig):
    assert fig.counts["human_total"] >= 30
    wrong = [
        r.sample.name
        for r in fig.readings
        if r.sample.kind == "human" and r.cls.kind in ("bounce", "auto_reply", "bulk")
    ]
    assert wrong == []


def test_no_parser_exception(fig):
    assert [f"{r.sample.name}: {r.error}" for r in fig.readings if r.error] == []
