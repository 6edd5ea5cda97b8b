"""Only the supplier can confirm its PO: strict From parsing, shared domains, trusted DMARC.

Every scenario runs the real reading and the real workflow on a migrated database (SQLite and
PostgreSQL) with a reply that the rules do read as a full confirmation when the supplier sends
it (the control case), so a refusal below is the identity check at work, not a reading that
happened to fail.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from agent.mailauth import judge
from agent.models import AckState, Confirmation, ExceptionType, POException, PurchaseOrder
from agent.reading.addresses import MalformedAddress, is_shared_domain, parse_mailbox
from agent.workflow import apply_result, read
from tests.loop_helpers import seed_po

NOW = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)
SMALLSHOP = "smallshop.orders@gmail.com"


@pytest.mark.parametrize(
    ("header", "address", "name"),
    [
        ("orders@acme.example", "orders@acme.example", ""),
        ("Acme Orders <Orders@Acme.Example>", "orders@acme.example", "Acme Orders"),
        ('"Acme, Inc." <orders@acme.example>', "orders@acme.example", "Acme, Inc."),
        ("orders@acme.example (Acme sales)", "orders@acme.example", ""),
        ("John Q. Public <jqp@acme.example>", "jqp@acme.example", "John Q. Public"),
        ("=?utf-8?q?J=C3=BCrgen?= <j@acme.example>", "j@acme.example", "Jürgen"),
        # Outlook's "Last, First" with the comma outside the encoded word: one mailbox.
        (
            "=?utf-8?q?F=C3=B6rster?=, Sabine <s.foerster@acme.example>",
            "s.foerster@acme.example",
            "Förster, Sabine",
        ),
        # The display name decodes to the supplier's address; the address is the stranger's.
        (
            "=?utf-8?q?smallshop=2Eorders=40gmail=2Ecom?= <mallory@gmail.com>",
            "mallory@gmail.com",
            SMALLSHOP,
        ),
    ],
)
def test_a_well_formed_from_yields_its_address_never_the_display_name(header, address, name):
    box = parse_mailbox(header)
    assert (box.address, box.display_name) == (address, name)


@pytest.mark.parametrize(
    "header",
    [
        "orders@acme.example)<attacker@evil.example>",
        "orders@acme.example <attacker@evil.example>",
        "attacker@evil.example@acme.example",
        "<orders@acme.example> <attacker@evil.example>",
        "orders@acme.example, attacker@evil.example",
        "orders@acme.example, Mallory <attacker@evil.example>",
        "Acme <orders@acme.example>, Mallory <attacker@evil.example>",
        "Acme <orders@acme.example>, attacker@evil.example",
        "Friends: orders@acme.example;",
        "<orders@acme.example> attacker@evil.example",
        "orders@[192.0.2.1]",
        "orders@localhost",
        '"unclosed <orders@acme.example>',
        "(unclosed comment orders@acme.example",
        "",
        "<>",
    ],
)
def test_a_malformed_from_is_refused_with_a_reason(header):
    with pytest.raises(MalformedAddress) as exc:
        parse_mailbox(header)
    assert str(exc.value)


def test_hostile_headers_are_refused_quickly():
    with pytest.raises(MalformedAddress, match="longer than 4096"):
        parse_mailbox("a" * 100_000 + "@acme.example")
    with pytest.raises(MalformedAddress):
        parse_mailbox("(" * 4000 + "x")
    with pytest.raises(MalformedAddress):
        parse_mailbox("<" * 4000)


def test_shared_domains_come_from_the_maintained_list_and_config():
    assert is_shared_domain("gmail.com") and is_shared_domain("QQ.com")
    assert not is_shared_domain("acme.example")
    assert is_shared_domain("mail.example", {"mail.example"})


def test_only_trusted_servers_results_count_and_a_pass_must_name_the_from_domain():
    ours = "mx.buyer.example; dmarc=pass (p=reject) header.from=acme.example; spf=pass"
    other_domain = "mx.buyer.example; dmarc=pass header.from=evil.example"
    forged = "mx.evil.example; dmarc=pass header.from=acme.example"
    forged_fail = "mx.evil.example; dmarc=fail header.from=acme.example"
    trusted = ["mx.buyer.example"]
    assert judge([ours], "acme.example", trusted).dmarc_pass
    assert not judge([other_domain], "acme.example", trusted).dmarc_pass
    assert not judge([forged], "acme.example", trusted).dmarc_pass
    assert not judge([ours], "acme.example", []).dmarc_pass  # nobody trusted, no pass believed
    assert judge([forged_fail], "acme.example", trusted).failures == []
    assert judge([forged_fail], "acme.example", []).failures == ["dmarc=fail (mx.evil.example)"]
    nested = "mx.buyer.example (comment (nested; dmarc=pass)); dmarc=fail header.from=acme.example"
    verdict = judge([nested], "acme.example", trusted)
    assert verdict.failures == ["dmarc=fail (mx.buyer.example)"] and not verdict.dmarc_pass


# --------------------------------------------------------------- through the workflow


def reply(from_header: str, *, extra_headers: str = "", po: str = "4500000101") -> bytes:
    return (
        f"From: {from_header}\r\n"
        "To: purchasing@buyer.example\r\n"
        f"Subject: RE: Purchase order {po}\r\n"
        "Date: Tue, 03 Nov 2026 09:12:00 +0000\r\n"
        f"Message-ID: <{abs(hash((from_header, extra_headers, po)))}@sender.example>\r\n"
        f"{extra_headers}"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello,\r\n\r\nWe confirm PO {po} as ordered: all lines, quantities, prices and\r\n"
        "delivery dates as requested.\r\n\r\nBest regards\r\nSmall Shop\r\n"
    ).encode()


@pytest.fixture
def env(session_factory, settings_factory, db_url):
    def make(**security):
        settings = settings_factory(db_url=db_url, security=security) if security else None
        return settings or settings_factory(db_url=db_url)

    with session_factory() as s:
        seed_po(
            s,
            "4500000101",
            supplier_id="SMALLSHOP",
            supplier_email=SMALLSHOP,
            lines=[("WID-1", "40", "12.50", date(2027, 1, 15))],
        )
        seed_po(
            s,
            "4500000102",
            supplier_id="OTHERSHOP",
            supplier_email="othershop.sales@gmail.com",
            lines=[("WID-2", "10", "3.00", date(2027, 1, 15))],
        )
        seed_po(
            s,
            "4500000103",
            supplier_id="ACME",
            supplier_email="orders@acme.example",
            lines=[("CAST-1", "5", "300.00", date(2027, 1, 20))],
        )
        for po in s.execute(select(PurchaseOrder)).scalars():
            po.ack_state = AckState.requested
        s.commit()
    return make


def apply(session_factory, settings, raw: bytes) -> tuple[str, AckState, list[POException]]:
    with session_factory() as s:
        result, pos = read(raw, s, settings, NOW)
        kind = apply_result(s, settings, result, raw, NOW, open_po_list=pos)
        s.commit()
    with session_factory() as s:
        po_number = "4500000103" if b"4500000103" in raw else "4500000101"
        po = s.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number == po_number)
        ).scalar_one()
        excs = list(
            s.execute(
                select(POException).where(POException.type == ExceptionType.needs_review)
            ).scalars()
        )
        confirmed = s.execute(select(Confirmation).where(Confirmation.po_id == po.id)).first()
        assert (confirmed is not None) == (po.ack_state == AckState.acknowledged)
        return kind, po.ack_state, excs


def test_control_the_supplier_itself_confirms(env, session_factory):
    kind, state, excs = apply(session_factory, env(), reply(f"Small Shop <{SMALLSHOP}>"))
    assert (kind, state, excs) == ("confirmation", AckState.acknowledged, [])


@pytest.mark.parametrize(
    ("from_header", "extra", "why"),
    [
        # another Gmail user, pointing Reply-To at the supplier
        ("Mallory <mallory@gmail.com>", f"Reply-To: {SMALLSHOP}\r\n", "not a known address"),
        # the supplier's address RFC 2047-encoded as the display name
        (
            "=?utf-8?q?smallshop=2Eorders=40gmail=2Ecom?= <mallory@gmail.com>",
            "",
            "not a known address",
        ),
        # a second supplier on Gmail
        ("Other Shop <othershop.sales@gmail.com>", "", "not a known address"),
        # malformed From headers that old getaddresses reads as the supplier
        (f"{SMALLSHOP})<attacker@evil.example>", "", "malformed"),
        (f"{SMALLSHOP} <attacker@evil.example>", "", "malformed"),
        ("attacker@evil.example@gmail.com", "", "malformed"),
    ],
)
def test_a_stranger_cannot_confirm_a_free_mail_suppliers_po(
    env, session_factory, from_header, extra, why
):
    kind, state, excs = apply(session_factory, env(), reply(from_header, extra_headers=extra))
    assert state == AckState.requested
    assert kind == "needs_review"
    assert any(why in (e.evidence or "") for e in excs), [e.evidence for e in excs]


def test_dmarc_pass_for_another_domain_does_not_count(env, session_factory):
    settings = env(authserv_ids=["mx.buyer.example"], require_dmarc_pass=True)
    spoof = "Authentication-Results: mx.buyer.example; dmarc=pass header.from=evil.example\r\n"
    kind, state, excs = apply(
        session_factory,
        settings,
        reply("orders@acme.example", extra_headers=spoof, po="4500000103"),
    )
    assert (kind, state) == ("needs_review", AckState.requested)
    assert any("dmarc=pass" in (e.evidence or "") for e in excs)


def test_dmarc_pass_from_our_server_for_the_from_domain_applies(env, session_factory):
    settings = env(authserv_ids=["mx.buyer.example"], require_dmarc_pass=True)
    good = "Authentication-Results: mx.buyer.example; dmarc=pass header.from=acme.example\r\n"
    kind, state, _ = apply(
        session_factory,
        settings,
        reply("orders@acme.example", extra_headers=good, po="4500000103"),
    )
    assert (kind, state) == ("confirmation", AckState.acknowledged)


def test_a_forged_pass_from_a_foreign_server_does_not_count(env, session_factory):
    settings = env(authserv_ids=["mx.buyer.example"], require_dmarc_pass=True)
    forged = "Authentication-Results: mx.evil.example; dmarc=pass header.from=acme.example\r\n"
    kind, state, _ = apply(
        session_factory,
        settings,
        reply("orders@acme.example", extra_headers=forged, po="4500000103"),
    )
    assert (kind, state) == ("needs_review", AckState.requested)


def test_an_own_domain_colleague_still_confirms(env, session_factory):
    """A supplier's own domain vouches for colleagues; only shared domains do not."""
    kind, state, _ = apply(
        session_factory, env(), reply("Jo <jo.sales@acme.example>", po="4500000103")
    )
    assert (kind, state) == ("confirmation", AckState.acknowledged)


def test_another_suppliers_po_is_reviewed_not_filed_as_unrelated(env, session_factory):
    """Supplier ACME names SMALLSHOP's PO: a person must see it (the daemon and extract agree)."""
    kind, state, excs = apply(session_factory, env(), reply("orders@acme.example", po="4500000101"))
    assert kind == "needs_review"
    assert state == AckState.requested
    assert excs, "a review item for the buyer"


def test_require_dmarc_pass_needs_trusted_servers(settings_factory, db_url):
    with pytest.raises(Exception, match="authserv_ids"):
        settings_factory(db_url=db_url, security={"require_dmarc_pass": True})
