"""The web console in a real browser (headless Chromium through Playwright), on both databases.

Replies reach the database through the daemon's own path (``ingest.register``,
``claim``, ``process_claimed``); the console is served by uvicorn on loopback;
every assertion is about what a buyer sees or what the database then holds.
Screenshots (phone and desktop width) go to ``$POAGENT_SCREENSHOTS``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from agent.models import (
    AuditLog,
    Confirmation,
    ConfirmationMethod,
    ExceptionState,
    InboundMessage,
    LabelledExample,
    OutboundKind,
    OutboundMessage,
    POException,
    POLine,
    PurchaseOrder,
)
from tests.web_helpers import (
    BUYER,
    CHROMIUM,
    CHROMIUM_ARGS,
    LEAD,
    NOW,
    OTHER_BUYER,
    PASSWORD,
    LiveServer,
    deliver,
    open_exceptions,
    screenshot_dir,
    seed,
    supplier_mail,
)

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

PRICE_REPLY = (
    "Hello,\n\nwe confirm PO 4500000101. Line 1 CAST-7781 price is 330.00 USD instead of "
    "312.50. Line 2 OK.\n\nRegards\nJo\n\n"
    "> On Mon, 2 Nov 2026 purchasing@buyer.example wrote:\n> Please confirm PO 4500000101\n"
    "> Line 1 CAST-7781 40 EA at 312.50 by 2026-12-15\n"
)
DATE_REPLY = "Hi, regarding PO 4500000102: we can deliver line 1 on 2027-01-15 instead.\n\nBest, Jo"
DOUBT_REPLY = (
    "We confirm PO 4500000104 at 1.20. Sorry, correction: the price is 1.35 per piece, "
    "delivery maybe later.\n\nJo"
)
BOLT_REPLY = "PO 4500000103: price 10.50 instead of 10.00, is that acceptable to you?\n\nMike"
HOSTILE_TEXT = (
    "<script>window.__xss='script'</script> <img src=x onerror=\"window.__xss='onerror'\">\n"
    "<a href=\"javascript:window.__xss='href'\">click here</a> "
    '<div style="position:fixed;inset:0;background:red">css</div>\n'
    "For PO 4500000102 we can deliver line 1 on 2027-01-20 instead.\n"
)
HOSTILE_HTML = (
    "<html><head><style>body{display:none!important}</style></head><body>"
    "<script>window.__xss='html-script'</script>"
    "<p>For PO 4500000102 we can deliver line 1 on 2027-01-20 instead.</p>"
    "<img src=x onerror=\"window.__xss='html-onerror'\">"
    "<a href=\"javascript:window.__xss='html-href'\">here</a>"
    "<svg onload=\"window.__xss='svg'\"></svg>"
    "<iframe src=\"javascript:parent.__xss='iframe'\"></iframe></body></html>"
)


# ------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if IN_CI:
            pytest.fail("chromium is not installed (CI=true: add it to .ci/run)")
        pytest.skip("chromium is not installed")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class World:
    def __init__(self, settings: Any, factory: Any, server: LiveServer) -> None:
        self.settings = settings
        self.factory = factory
        self.server = server
        self.url = server.url

    def exception(self, **where: Any) -> POException:
        (exc,) = open_exceptions(self.factory, **where)
        return exc

    def po_id(self, number: str) -> int:
        with self.factory() as s:
            return s.execute(
                select(PurchaseOrder.id).where(PurchaseOrder.po_number == number)
            ).scalar_one()


def _make_world(settings: Any, factory: Any) -> Iterator[World]:
    from agent.web import create_app
    from agent.web.auth import add_user

    seed(factory, settings)
    for body, sender in ((PRICE_REPLY, "orders@acme.example"),
                         (DATE_REPLY, "orders@acme.example"),
                         (DOUBT_REPLY, "orders@acme.example"),
                         (BOLT_REPLY, "sales@bolt.example")):  # fmt: skip
        number = re.search(r"45000001\d\d", body).group(0)  # type: ignore[union-attr]
        deliver(factory, settings, supplier_mail(sender, f"RE: PO {number}", body))
    with factory() as s:
        add_user(s, BUYER, "buyer", PASSWORD, now=NOW)
        add_user(s, OTHER_BUYER, "buyer", PASSWORD, now=NOW)
        add_user(s, LEAD, "lead", PASSWORD, now=NOW)
        s.commit()
    app = create_app(settings, factory, clock=lambda: NOW + timedelta(hours=2))
    with LiveServer(app) as server:
        yield World(settings, factory, server)


@pytest.fixture
def world(db_url: str, session_factory: Any, settings_factory: Any) -> Iterator[World]:
    settings = settings_factory(
        db_url=db_url,
        company={"own_addresses": ["buyer.example"]},
        web={"secure_cookies": False},
    )
    yield from _make_world(settings, session_factory)


def login(browser: Any, world: World, email: str, *, viewport: dict[str, int] = DESKTOP,
          javascript: bool = True) -> Any:  # fmt: skip
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(world.url + "/")
    assert "/login" in page.url
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(world.url + "/")
    return page


def shoot(page: Any, name: str) -> None:
    """The same page at desktop and phone width."""
    folder = screenshot_dir()
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=str(folder / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


# ---------------------------------------------------------------------- tests


def test_queue_accept_reject_and_po_timeline(browser: Any, world: World) -> None:
    page = login(browser, world, BUYER)
    price = world.exception(type="price_variance")
    late = world.exception(type="date_late")
    bolt_po = world.po_id("4500000103")
    # A buyer's home is their own queue: Bolt's PO belongs to another buyer.
    rows = page.locator("article.item")
    ids = {int(x) for x in rows.evaluate_all("els => els.map(e => e.dataset.id)")}
    assert price.id in ids and late.id in ids
    assert all(e.id not in ids for e in open_exceptions(world.factory, po_id=bolt_po))
    row = page.locator(f"#exc-{price.id}")
    assert "312.5" in row.inner_text() and "330.00" in row.inner_text()
    assert "price is 330.00 USD" in row.locator("blockquote.words").inner_text()
    shoot(page, "queue")

    # Accept the price variance (htmx swaps the row in place).
    row.locator("select[name=root_cause]").select_option("price increase")
    row.locator("button[value=accept]").click()
    page.locator(f"#exc-{price.id}.closed").wait_for()
    assert "accepted" in page.locator(f"#exc-{price.id} .flash").inner_text()

    # Reject the late date: the line is unconfirmed again and the chase reopens.
    row = page.locator(f"#exc-{late.id}")
    row.locator("select[name=root_cause]").select_option("supplier capacity")
    row.locator("button[value=reject]").click()
    page.locator(f"#exc-{late.id}.closed").wait_for()
    assert "chased again" in page.locator(f"#exc-{late.id} .flash").inner_text()

    with world.factory() as s:
        done = {e.id: e for e in s.execute(select(POException)).scalars()}
        assert done[price.id].state == ExceptionState.resolved
        assert done[price.id].action == "accept" and done[price.id].root_cause == "price increase"
        assert done[late.id].action == "reject"
        line = s.execute(
            select(POLine).where(POLine.po_id == world.po_id("4500000101"), POLine.line_number == 1)
        ).scalar_one()
        assert str(line.promised_price) in ("330.00", "330.0000", "330")
        # The same audit record `poagent resolve` writes, with the person as actor.
        entry = s.execute(
            select(AuditLog).where(
                AuditLog.entity == "exception",
                AuditLog.entity_id == str(late.id),
                AuditLog.action == "resolved",
            )  # fmt: skip
        ).scalar_one()
        assert entry.actor == BUYER and entry.details["chase_reopened"] is True
        assert entry.details["root_cause"] == "supplier capacity"

    # The daemon's next cadence pass queues the re-chase; the PO page shows it.
    from agent.cadence import run_cadence

    run_cadence(world.factory, world.settings, NOW + timedelta(hours=3))
    with world.factory() as s:
        chase = s.execute(
            select(OutboundMessage).where(
                OutboundMessage.po_id == world.po_id("4500000102"),
                OutboundMessage.kind == OutboundKind.follow_up,
            )
        ).scalar_one()
        assert chase.state.value == "queued"
    page.goto(world.url + "/po/4500000102")
    assert "1 mail queued" in page.locator("p.muted").first.inner_text()
    timeline = page.locator("ol.timeline").inner_text()
    assert "exception resolved" in timeline and "reject" in timeline and "mail queued" in timeline

    # The PO timeline of the accepted one: the supplier's words with the evidence marked,
    # our quoted request folded away.
    page.goto(world.url + "/po/4500000101")
    marks = page.locator("article.reply mark.evidence").all_inner_texts()
    assert any("330.00" in m for m in marks), marks
    quoted = page.locator("article.reply details.quoted")
    assert quoted.count() == 1 and quoted.get_attribute("open") is None
    assert not quoted.locator("pre").is_visible()
    assert "312.50 by 2026-12-15" not in page.locator("article.reply pre.mail").first.inner_text()
    quoted.locator("summary").click()
    assert quoted.locator("pre").is_visible()
    text = page.locator("ol.timeline").inner_text()
    assert "mail queued" in text and "reply received" in text and "reply read" in text
    assert "exception opened" in text and "exception resolved" in text
    shoot(page, "po")
    page.context.close()


def test_actions_work_without_javascript(browser: Any, world: World) -> None:
    page = login(browser, world, BUYER, javascript=False)
    late = world.exception(type="date_late")
    row = page.locator(f"#exc-{late.id}")
    row.locator("input[name=note]").fill("asked planning whether 2027-01-15 works")
    row.locator("button[value=note]").click()
    page.wait_for_url(world.url + "/")
    assert "noted" in page.locator("p.flash").first.inner_text()
    # Reassign to a colleague: it leaves my queue.
    row = page.locator(f"#exc-{late.id}")
    row.locator("input[name=owner]").fill(OTHER_BUYER)
    row.locator("form.reassign button").click()
    page.wait_for_url(world.url + "/")
    assert f"reassigned to {OTHER_BUYER}" in page.locator("p.flash").first.inner_text()
    assert page.locator(f"#exc-{late.id}").count() == 0
    with world.factory() as s:
        exc = s.get(POException, late.id)
        assert exc.owner == OTHER_BUYER and exc.state == ExceptionState.acknowledged
        assert "asked planning" in exc.note
    # A root cause is required to accept, as on the command line; nothing changes without it.
    price = world.exception(type="price_variance")
    page.locator(f"#exc-{price.id} button[value=accept]").click()
    page.wait_for_url(world.url + "/")
    assert "root cause is required" in page.locator("p.flash.error").inner_text()
    assert world.exception(type="price_variance").state == ExceptionState.open
    page.context.close()


def test_review_correction_becomes_labelled_example(
    browser: Any, world: World, tmp_path: Path
) -> None:
    review = world.exception(type="needs_review", po_id=world.po_id("4500000104"))
    page = login(browser, world, BUYER)
    page.locator(f"#exc-{review.id} a.button").click()
    page.wait_for_url(f"{world.url}/review/{review.id}")
    assert "several prices" in page.locator("p.reasons").inner_text()
    assert "1.35 per piece" in page.locator("article.reply pre.mail").inner_text()
    # Pre-filled with what the rules could tell: the PO's values, nothing confirmed.
    assert page.locator("select[name=line1_status]").input_value() == "unconfirmed"
    assert page.locator("input[name=line1_unit_price]").input_value() == "1.20"
    assert page.locator("select[name=kind]").input_value() == "needs_review"
    shoot(page, "review")
    # Answering a line while the reply is still called "needs review" is refused, clearly.
    page.locator("select[name=line1_status]").select_option("changed")
    page.click("form.review button[type=submit]")
    page.wait_for_url(f"{world.url}/review/{review.id}")
    assert "is a confirmation" in page.locator("p.flash.error").inner_text()
    page.locator("select[name=kind]").select_option("confirmation")
    page.locator("select[name=line1_status]").select_option("changed")
    page.fill("input[name=line1_unit_price]", "1.35")
    page.click("form.review button[type=submit]")
    page.wait_for_url(world.url + "/po/4500000104")
    assert "labelled example" in page.locator("p.flash").inner_text()
    lines_text = page.locator("table.lines").inner_text()
    assert "1.35" in lines_text

    with world.factory() as s:
        conf = s.execute(
            select(Confirmation).where(Confirmation.po_id == world.po_id("4500000104"))
        ).scalar_one()
        assert conf.method == ConfirmationMethod.manual
        assert s.get(POException, review.id).state == ExceptionState.resolved
        # The price change the buyer read is an exception like any read by the rules.
        (variance,) = open_exceptions(world.factory, po_id=world.po_id("4500000104"))
        assert variance.type.value == "price_variance" and variance.confirmed_value == "1.35"
        (example,) = s.execute(select(LabelledExample)).scalars().all()
        assert example.created_by == BUYER

    from agent.reading.pos_json import load_pos
    from agent.web.review import export_examples

    with world.factory() as s:
        (case,) = export_examples(s, tmp_path / "cases")
    expected = json.loads((case / "expected.json").read_text())
    assert expected["kind"] == "confirmation"
    assert expected["confirmations"][0]["lines"]["1"] == {
        "status": "changed", "quantity": 500, "unit_price": "1.35", "date": "2026-12-18",
    }  # fmt: skip
    (po,) = load_pos(json.loads((case / "pos.json").read_text()))
    assert po.po_number == "4500000104" and po.lines[0].unit_price == Decimal("1.20")
    from agent.ingest import load_raw

    with world.factory() as s:
        stored = load_raw(s.get(InboundMessage, review.inbound_message_id))
    assert (case / "message.eml").read_bytes() == stored  # the mail exactly as it arrived
    page.context.close()


def test_scorecards_and_overview(browser: Any, world: World) -> None:
    page = login(browser, world, LEAD)
    page.goto(world.url + "/suppliers")
    row = page.locator("tr[data-supplier=ACME]")
    assert "Acme" in row.inner_text()
    # All of Acme's POs were asked in one week: one bar, as high as the table's rate.
    bars = row.locator("svg.chart rect.bar:not(.empty)")
    assert bars.count() == 1
    shown = row.locator("td").nth(2).inner_text()
    assert shown == f"{float(bars.first.get_attribute('data-rate')) * 100:.0f}%"
    assert row.locator("svg.chart rect.bar.empty").count() == 11
    shoot(page, "suppliers")
    row.locator("a").first.click()
    page.wait_for_url(world.url + "/suppliers/ACME")
    assert page.locator("figure.trend svg rect.bar:not(.empty)").count() == 1
    assert "orders@acme.example" in page.locator("main").inner_text()
    shoot(page, "supplier")
    page.goto(world.url + "/overview")
    tile = page.locator("a.tile[data-bucket='0-2']")
    assert int(tile.locator(".big").inner_text()) == len(open_exceptions(world.factory))
    shoot(page, "overview")
    tile.click()
    page.wait_for_url(re.compile(r".*age=0-2.*"))
    assert page.locator("article.item").count() == len(open_exceptions(world.factory))
    page.context.close()


def test_hostile_reply_never_runs_in_the_browser(browser: Any, world: World) -> None:
    raw = supplier_mail("orders@acme.example",
                        "RE: PO 4500000102 <img src=x onerror=\"window.__xss='subject'\">",
                        HOSTILE_TEXT, html=HOSTILE_HTML)  # fmt: skip
    inbound_id = deliver(world.factory, world.settings, raw)
    # A reply needing a person: its own words are quoted in the queue.
    review_raw = supplier_mail(
        "sales@bolt.example", "RE: PO 4500000103",
        "We confirm PO 4500000103 at 10.00. Sorry, correction: the price is 10.50 "
        "<script>window.__xss='review'</script> per piece, delivery maybe later.\n",
    )  # fmt: skip
    review_id = deliver(world.factory, world.settings, review_raw)
    (review,) = open_exceptions(world.factory, inbound_message_id=review_id)
    assert review.type.value == "needs_review" and "<script>" in review.evidence
    with world.factory() as s:
        assert s.get(InboundMessage, inbound_id).po_id == world.po_id("4500000102")
    dialogs: list[str] = []
    page = login(browser, world, LEAD)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ["/?owner=all", "/po/4500000102", "/suppliers/ACME"]:
        page.goto(world.url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__xss") is None, path
        assert page.locator("main").is_visible()
    # The hostile text is shown as text, not markup.
    body = page.goto(world.url + "/po/4500000102") and page.locator("article.reply").last
    assert "<script>window.__xss='script'</script>" in body.inner_text()
    assert page.locator("main script, main img, main iframe, main a[href^=javascript]").count() == 0
    assert page.locator("main [onerror], main [onload], main [style]").count() == 0
    # In the queue the supplier's words (the evidence) are text too.
    page.goto(world.url + "/?owner=all")
    hostile = open_exceptions(world.factory, inbound_message_id=inbound_id)
    assert hostile
    for e in hostile:
        assert page.locator(f"#exc-{e.id} blockquote.words").inner_text() == e.evidence
    shown = page.locator(f"#exc-{review.id} p.reasons").inner_text()
    assert "<script>window.__xss='review'</script>" in shown
    page.goto(f"{world.url}/review/{review.id}")
    assert "<script>" in page.locator("article.reply pre.mail").inner_text()
    assert page.evaluate("window.__xss") is None
    # Reprocessing it (a button) changes nothing about that.
    page.goto(world.url + "/po/4500000102")
    page.locator(f"form[action='/inbound/{inbound_id}/reprocess'] button").click()
    page.wait_for_url(world.url + "/po/4500000102")
    assert "read again" in page.locator("p.flash").inner_text()
    assert page.evaluate("window.__xss") is None
    assert dialogs == []
    headers = page.request.get(world.url + "/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    page.context.close()


# ------------------------------------------------------- CSRF, roles, sign-in


def _signed_in(world: World, email: str) -> tuple[Any, str]:
    """An HTTP client with a session for ``email`` and that session's CSRF token."""
    import httpx

    client = httpx.Client(base_url=world.url, follow_redirects=False, timeout=10)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)  # type: ignore[union-attr]
    r = client.post("/login", data={"csrf": token, "email": email, "password": PASSWORD})
    assert r.status_code == 303, r.text
    page = client.get("/")
    return client, re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]


def test_csrf_roles_and_sign_in_refuse_what_they_must(world: World) -> None:
    import httpx

    price = world.exception(type="price_variance")
    bolt = world.exception(po_id=world.po_id("4500000103"))
    buyer, token = _signed_in(world, BUYER)
    accept = {"action": "accept", "root_cause": "price increase"}

    # No token, a made-up token, another session's token: all refused, nothing changes.
    other, other_token = _signed_in(world, OTHER_BUYER)
    for data in (accept, {**accept, "csrf": "forged"}, {**accept, "csrf": other_token}):
        r = buyer.post(f"/exceptions/{price.id}/resolve", data=data)
        assert r.status_code == 403 and "CSRF" in r.text
    assert world.exception(type="price_variance").state == ExceptionState.open
    # The header htmx sends works like the form field.
    r = buyer.post(f"/exceptions/{price.id}/resolve", data=accept,
                   headers={"X-CSRF-Token": token, "HX-Request": "true"})  # fmt: skip
    assert r.status_code == 200 and "closed" in r.text

    # A buyer acts only on what is theirs: Bolt's PO belongs to another buyer.
    for path, data in ((f"/exceptions/{bolt.id}/resolve", {**accept, "csrf": token}),
                       (f"/exceptions/{bolt.id}/reassign", {"owner": BUYER, "csrf": token})):  # fmt: skip
        r = buyer.post(path, data=data)
        assert r.status_code == 403, path
    assert world.exception(po_id=world.po_id("4500000103")).owner == bolt.owner
    assert buyer.get("/overview").status_code == 403
    # ... while its own buyer and a lead may.
    r = other.post(f"/exceptions/{bolt.id}/resolve",
                   data={"action": "note", "note": "calling Mike", "csrf": other_token})  # fmt: skip
    assert r.status_code == 303
    lead, lead_token = _signed_in(world, LEAD)
    assert lead.get("/overview").status_code == 200
    r = lead.post(f"/exceptions/{bolt.id}/reassign", data={"owner": LEAD, "csrf": lead_token})
    assert r.status_code == 303
    assert world.exception(po_id=world.po_id("4500000103")).owner == LEAD

    # Not signed in: pages send to the login, actions are refused.
    anon = httpx.Client(base_url=world.url, follow_redirects=False, timeout=10)
    r = anon.get("/po/4500000101")
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert anon.post(f"/exceptions/{price.id}/resolve", data=accept).status_code == 401
    # A wrong password says so without telling which part was wrong; no open redirect.
    token = re.search(r'name="csrf" value="([^"]+)"', anon.get("/login").text).group(1)  # type: ignore[union-attr]
    r = anon.post("/login", data={"csrf": token, "email": BUYER, "password": "wrong password!"})
    assert r.status_code == 400 and "Wrong email or password" in r.text
    r = anon.post("/login", data={"csrf": token, "email": BUYER, "password": PASSWORD,
                                  "next": "//evil.example/"})  # fmt: skip
    # Guessing is throttled per address: after 5 failures even the right password waits.
    token = re.search(r'name="csrf" value="([^"]+)"', anon.get("/login").text).group(1)  # type: ignore[union-attr]
    for _ in range(5):
        wrong = anon.post("/login", data={"csrf": token, "email": OTHER_BUYER,
                                          "password": "guess guess guess"})  # fmt: skip
        assert wrong.status_code == 400
    r2 = anon.post("/login", data={"csrf": token, "email": OTHER_BUYER, "password": PASSWORD})
    assert r2.status_code == 429 and "Too many failed sign-ins" in r2.text
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    for client in (buyer, other, lead, anon):
        client.close()
    with world.factory() as s:
        actors = {
            a
            for (a,) in s.execute(
                select(AuditLog.actor).where(AuditLog.entity == "exception",
                                             AuditLog.action.in_(["resolved", "reassigned", "noted"]))
            ).all()
        }  # fmt: skip
        assert actors == {BUYER, OTHER_BUYER, LEAD}


def test_secure_cookie_trusted_header_health_and_metrics(
    sqlite_url: str, settings_factory: Any
) -> None:
    import httpx

    from agent.db import make_engine, session_factory

    settings = settings_factory(
        db_url=sqlite_url,
        company={"own_addresses": ["buyer.example"]},
        web={"trusted_user_header": "X-Forwarded-Email"},
    )
    engine = make_engine(sqlite_url)
    try:
        for world in _make_world(settings, session_factory(engine)):
            with httpx.Client(base_url=world.url, follow_redirects=False, timeout=10) as c:
                r = c.get("/login")
                assert "secure" in r.headers["set-cookie"].lower()  # the default
                assert c.get("/", headers={"X-Forwarded-Email": BUYER}).status_code == 200
                r = c.get("/", headers={"X-Forwarded-Email": "stranger@buyer.example"})
                assert r.status_code == 303  # unknown to the console: no access
                assert c.get("/healthz").text == "ok\n"
                metrics = c.get("/metrics").text
                assert 'poagent_open_exceptions{priority="low"}' in metrics
                assert "poagent_web_request_seconds_bucket" in metrics
    finally:
        engine.dispose()


def test_digest_links_land_on_the_item(browser: Any, world: World) -> None:
    from agent.digest import preview

    settings = world.settings.with_overrides(web={"base_url": world.url + "/"})
    with world.factory() as s:
        found = preview(s, settings, BUYER, NOW + timedelta(hours=3))
    assert found is not None
    _data, rendered = found
    price = world.exception(type="price_variance")
    review = world.exception(type="needs_review", po_id=world.po_id("4500000104"))
    assert f"Open: {world.url}/exceptions/{price.id}" in rendered.text
    assert f'href="{world.url}/po/4500000101"' in rendered.html
    page = login(browser, world, BUYER)
    page.goto(f"{world.url}/exceptions/{price.id}")
    page.wait_for_url(f"{world.url}/po/4500000101#exc-{price.id}")
    assert page.locator(f"#exc-{price.id}").is_visible()
    page.goto(f"{world.url}/exceptions/{review.id}")
    page.wait_for_url(f"{world.url}/review/{review.id}")
    # Without base_url the digest has no links (nothing points at a console nobody runs).
    with world.factory() as s:
        _data, plain = preview(s, world.settings, BUYER, NOW + timedelta(hours=3))  # type: ignore[misc]
    assert "/exceptions/" not in plain.text
    page.context.close()


def test_two_people_deciding_at_once_resolve_it_once(world: World) -> None:
    from concurrent.futures import ThreadPoolExecutor

    late = world.exception(type="date_late")
    sessions = [_signed_in(world, BUYER), _signed_in(world, LEAD)]

    def decide(i: int) -> Any:
        client, token = sessions[i]
        action = ("accept", "reject")[i]
        return client.post(f"/exceptions/{late.id}/resolve",
                           data={"action": action, "root_cause": "transport", "csrf": token},
                           headers={"HX-Request": "true"})  # fmt: skip

    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(decide, [0, 1]))
    for client, _ in sessions:
        client.close()
    with world.factory() as s:
        resolved = (
            s.execute(
                select(AuditLog).where(
                    AuditLog.entity == "exception",
                    AuditLog.entity_id == str(late.id),
                    AuditLog.action == "resolved",
                )  # fmt: skip
            )
            .scalars()
            .all()
        )
    assert len(resolved) == 1
    texts = [a.text for a in answers]
    assert sum(("someone else" in t or "already resolved" in t) for t in texts) == 1, texts
