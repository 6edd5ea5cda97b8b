"""The web console as a Starlette application: pages, actions, health and metrics.

Every action calls the application functions the CLI calls
(``workflow.resolve``, ``workflow.reassign``, ``workflow.reprocess``) in one
transaction, so the audit log cannot tell a click from a command except by
its actor. Forms work without JavaScript (POST, then redirect); with htmx the
same endpoints answer with the changed row only.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import func, select, text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from agent import audit, domain
from agent.businesstime import zone
from agent.models import (
    DeliveryState,
    ExceptionType,
    InboundMessage,
    InboundState,
    MailboxState,
    OutboundMessage,
    OutboundState,
    POException,
    PurchaseOrder,
    Supplier,
    SuppressedAddress,
    WebhookDelivery,
    WebRole,
    WebUser,
)
from agent.web import auth, mailview, queue, review, scorecards, timeline
from agent.web.security import SecurityHeaders

HERE = Path(__file__).parent
SESSION_COOKIE = "poagent_session"
ROOT_CAUSES = (
    "supplier capacity",
    "material shortage",
    "price increase",
    "PO data error",
    "transport",
    "reviewed",
    "other",
)

Handler = Callable[..., Awaitable[Response]]


def _safe_next(value: str | None, default: str = "/") -> str:
    """Only same-site paths: an open redirect would make the login page a phishing tool."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return default


class Console:
    """The application state: settings, sessions, templates, metrics."""

    def __init__(self, settings: Any, session_factory: Any, clock: Callable[[], datetime]) -> None:
        self.settings = settings
        self.factory = session_factory
        self.clock = clock
        self.tz = zone(None, settings.company.timezone)
        self.env = Environment(
            loader=PackageLoader("agent.web", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(root_causes=ROOT_CAUSES, age_buckets=queue.AGE_BUCKETS)
        self.env.filters["price"] = review.format_price
        self.env.filters["pct"] = lambda v: "—" if v is None else f"{v * 100:.0f}%"
        self.env.filters["hours"] = lambda v: (
            "—" if v is None else (f"{v:.1f} h" if v < 48 else f"{v / 24:.1f} d")
        )
        self.env.filters["when"] = lambda v: (
            "" if v is None else v.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")
        )
        self.throttle = auth.LoginThrottle()
        self.registry = CollectorRegistry()
        self.requests = Counter("poagent_web_requests", "Console requests", ["route", "status"],
                                registry=self.registry)  # fmt: skip
        self.latency = Histogram("poagent_web_request_seconds", "Console request latency",
                                 ["route"], registry=self.registry)  # fmt: skip
        self.registry.register(_StateCollector(session_factory))

    # ----------------------------------------------------------------- helpers

    def render(self, request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        session = request.session
        if "csrf" not in session:
            session["csrf"] = auth.new_csrf_token()
        flashes = session.pop("flash", [])
        html = self.env.get_template(name).render(
            request=request,
            csrf=session["csrf"],
            user=request.state.user if hasattr(request.state, "user") else None,
            flashes=flashes,
            path=request.url.path,
            **ctx,
        )
        return HTMLResponse(html, status_code=status)

    @staticmethod
    def flash(request: Request, text: str, kind: str = "ok") -> None:
        request.session["flash"] = [*request.session.get("flash", []), [kind, text]]

    def _user(self, request: Request) -> WebUser | None:
        header = self.settings.web.trusted_user_header
        with self.factory() as session:
            if header:
                email = request.headers.get(header)
                if email:
                    user = auth.find_user(session, email)
                    return user if user is not None and user.active else None
            uid = request.session.get("uid")
            if uid is None:
                return None
            user = session.get(WebUser, uid)
            return user if user is not None and user.active else None

    def page(self, roles: tuple[WebRole, ...] | None = None, *, write: bool = False) -> Any:
        """Wrap an endpoint: signed-in user required, role checked, CSRF checked on writes."""

        def wrap(fn: Handler) -> Handler:
            async def endpoint(request: Request) -> Response:
                user = await run_in_threadpool(self._user, request)
                if user is None:
                    if request.method == "GET":
                        target = "/login?" + urlencode({"next": request.url.path})
                        return RedirectResponse(target, status_code=303)
                    return PlainTextResponse("sign in first", status_code=401)
                request.state.user = user
                if roles is not None and user.role not in roles:
                    return self.render(request, "error.html", status=403,
                                       message="Your role does not allow this page.")  # fmt: skip
                form = None
                if write:
                    form = await request.form()
                    given = form.get(auth.CSRF_FIELD) or request.headers.get(auth.CSRF_HEADER)
                    if not auth.csrf_ok(request.session.get("csrf"), str(given or "")):
                        return PlainTextResponse(
                            "missing or wrong CSRF token: reload the page and try again",
                            status_code=403,
                        )
                return await fn(request, user, form) if write else await fn(request, user)

            return endpoint

        return wrap


class _StateCollector:
    """Gauges read from the database at scrape time (nothing to keep in sync)."""

    def __init__(self, factory: Any) -> None:
        self.factory = factory

    def collect(self) -> Any:
        opened = GaugeMetricFamily("poagent_open_exceptions", "Open exceptions",
                                   labels=["priority"])  # fmt: skip
        outbox = GaugeMetricFamily("poagent_outbox_messages", "Outbound mail", labels=["state"])
        inbox = GaugeMetricFamily("poagent_inbound_messages", "Inbound mail", labels=["state"])
        hooks = GaugeMetricFamily("poagent_webhook_deliveries", "Write-back deliveries",
                                  labels=["state"])  # fmt: skip
        with self.factory() as session:
            for prio, n in session.execute(
                select(POException.priority, func.count())
                .where(POException.state.in_(list(queue.OPEN_STATES)))
                .group_by(POException.priority)
            ).all():
                opened.add_metric([str(prio.value)], n)
            for model, family in ((OutboundMessage, outbox), (InboundMessage, inbox),
                                  (WebhookDelivery, hooks)):  # fmt: skip
                for state, n in session.execute(
                    select(model.state, func.count()).group_by(model.state)
                ).all():
                    family.add_metric([str(state.value)], n)
        yield from (opened, outbox, inbox, hooks)


# ------------------------------------------------------------------- endpoints


def build_routes(c: Console) -> list[Any]:
    async def login_form(request: Request) -> Response:
        return c.render(request, "login.html", next=_safe_next(request.query_params.get("next")))

    async def login(request: Request) -> Response:
        form = await request.form()
        if not auth.csrf_ok(request.session.get("csrf"), str(form.get(auth.CSRF_FIELD) or "")):
            return PlainTextResponse("missing or wrong CSRF token: reload the page",
                                     status_code=403)  # fmt: skip
        email, password = str(form.get("email") or ""), str(form.get("password") or "")
        target = _safe_next(str(form.get("next") or ""))
        moment = datetime.now(UTC)  # real time: the throttle must not follow a test clock
        wait = c.throttle.wait(email, moment)
        if wait is not None:
            minutes = max(1, round(wait.total_seconds() / 60))
            return c.render(request, "login.html", status=429, next=target, email=email,
                            error=f"Too many failed sign-ins for this address: "
                                  f"try again in {minutes} minute(s).")  # fmt: skip

        def check() -> WebUser | None:
            with c.factory() as session:
                user = auth.authenticate(session, email, password)
                if user is not None:
                    now = c.clock()
                    user.last_login_at = now
                    audit.record(session, "web_user", user.email, "signed_in", None, None,
                                 user.email, {}, at=now)  # fmt: skip
                    session.commit()
                return user

        user = await run_in_threadpool(check)
        if user is None:
            c.throttle.failed(email, moment)
            return c.render(request, "login.html", status=400, next=target,
                            error="Wrong email or password.", email=email)  # fmt: skip
        c.throttle.succeeded(email)
        request.session.clear()  # a fresh session (and CSRF token) after signing in
        request.session.update(uid=user.id, csrf=auth.new_csrf_token())
        return RedirectResponse(target, status_code=303)

    @c.page(write=True)
    async def logout(request: Request, user: WebUser, form: Any) -> Response:
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # ------------------------------------------------------------------ queue

    @c.page()
    async def queue_page(request: Request, user: WebUser) -> Response:
        default_owner = "" if auth.sees_everything(user) else user.email
        filters = queue.Filters.from_query(request.query_params, default_owner)

        def load() -> tuple[queue.QueuePage, list[str]]:
            with c.factory() as session:
                return (queue.load_queue(session, filters, c.clock(), c.tz),
                        queue.owners(session))  # fmt: skip

        data, owners = await run_in_threadpool(load)
        return c.render(request, "queue.html", page=data, owners=owners,
                        types=[t.value for t in ExceptionType],
                        qs=lambda **kw: urlencode(data.filters.query(**kw)))  # fmt: skip

    def _act(
        exception_id: int, user: WebUser, work: Callable[[Any, POException], str]
    ) -> tuple[str, str, queue.QueueItem | None]:
        from agent.workflow import ResolutionError

        with c.factory() as session:
            exc = session.get(POException, exception_id)
            if exc is None:
                return "error", f"no exception #{exception_id}", None
            if not auth.may_act_on(session, user, exc):
                return "forbidden", f"exception #{exception_id} is not yours to act on", None
            try:
                message = work(session, exc)
            except (ResolutionError, review.ReviewError) as err:
                session.rollback()
                return "error", str(err), queue.load_item(session, exception_id, c.clock(), c.tz)
            session.commit()
            return "ok", message, queue.load_item(session, exception_id, c.clock(), c.tz)

    async def _answer(request: Request, form: Any, outcome: tuple[str, str, Any]) -> Response:
        kind, message, item = outcome
        if kind == "forbidden":
            return PlainTextResponse(message, status_code=403)
        if request.headers.get("hx-request") == "true" and item is not None:
            return c.render(request, "_row.html", it=item, message=message, kind=kind)
        c.flash(request, message, kind)
        return RedirectResponse(_safe_next(str(form.get("next") or "")), status_code=303)

    @c.page(write=True)
    async def resolve_action(request: Request, user: WebUser, form: Any) -> Response:
        from agent.workflow import ResolutionError, resolve

        exception_id = int(request.path_params["id"])
        action = str(form.get("action") or "")
        root_cause = str(form.get("root_cause") or "").strip() or None
        note = str(form.get("note") or "").strip() or None

        def work(session: Any, exc: POException) -> str:
            if action in ("accept", "reject") and not root_cause:
                raise ResolutionError("a root cause is required to accept or reject")
            if action == "note" and not note:
                raise ResolutionError("write the note first")
            resolve(session, c.settings, exc.id, action, root_cause=root_cause, note=note,
                    actor=user.email, now=c.clock())  # fmt: skip
            if action == "reject":
                return f"#{exc.id} rejected: the supplier will be chased again"
            return f"#{exc.id} {'noted' if action == 'note' else action + 'ed'}"

        outcome = await run_in_threadpool(_act, exception_id, user, work)
        return await _answer(request, form, outcome)

    @c.page(write=True)
    async def reassign_action(request: Request, user: WebUser, form: Any) -> Response:
        from agent.workflow import reassign

        exception_id = int(request.path_params["id"])
        owner = str(form.get("owner") or "")

        def work(session: Any, exc: POException) -> str:
            reassign(session, exc.id, owner, actor=user.email, now=c.clock())
            return f"#{exc.id} reassigned to {owner.strip().lower()}"

        outcome = await run_in_threadpool(_act, exception_id, user, work)
        return await _answer(request, form, outcome)

    @c.page()
    async def exception_link(request: Request, user: WebUser) -> Response:
        """Where a digest's link lands: the review form, or the item on its PO page."""
        exception_id = int(request.path_params["id"])

        def load() -> tuple[str | None, str | None]:
            with c.factory() as session:
                exc = session.get(POException, exception_id)
                if exc is None:
                    return None, None
                po = session.get(PurchaseOrder, exc.po_id) if exc.po_id else None
                return exc.type.value, po.po_number if po else None

        kind, number = await run_in_threadpool(load)
        if kind is None:
            return c.render(request, "error.html", status=404,
                            message=f"No exception #{exception_id}.")  # fmt: skip
        if kind == "needs_review" and number:
            return RedirectResponse(f"/review/{exception_id}", status_code=303)
        if number:
            return RedirectResponse(f"/po/{quote(number, safe='')}#exc-{exception_id}",
                                    status_code=303)  # fmt: skip
        return RedirectResponse(f"/?owner=all#exc-{exception_id}", status_code=303)

    # --------------------------------------------------------------------- PO

    @c.page()
    async def po_page(request: Request, user: WebUser) -> Response:
        number = request.path_params["number"]

        def load() -> dict[str, Any] | None:
            with c.factory() as session:
                po = (
                    session.execute(select(PurchaseOrder).where(PurchaseOrder.po_number == number))
                    .scalars()
                    .first()
                )
                if po is None:
                    return None
                replies = timeline.replies_of(session, po)
                exc_evidence = [
                    e for (e,) in session.execute(
                        select(POException.evidence).where(POException.po_id == po.id,
                                                           POException.type != "needs_review")
                    ).all() if e
                ]  # fmt: skip
                open_items = [
                    queue.load_item(session, i, c.clock(), c.tz)
                    for (i,) in session.execute(
                        select(POException.id).where(
                            POException.po_id == po.id,
                            POException.state.in_(list(queue.OPEN_STATES)),
                        )
                    ).all()
                ]
                return {
                    "po": po,
                    "supplier": session.get(Supplier, po.supplier_id),
                    "lines": timeline.po_lines(session, po),
                    "events": timeline.timeline(session, po, replies),
                    "replies": [mailview.reply_view(r, exc_evidence) for r in replies],
                    "open_items": open_items,
                    "queued_chase": session.execute(
                        select(func.count()).select_from(OutboundMessage).where(
                            OutboundMessage.po_id == po.id,
                            OutboundMessage.state.in_([OutboundState.queued,
                                                       OutboundState.retrying]),
                        )
                    ).scalar_one(),
                }  # fmt: skip

        data = await run_in_threadpool(load)
        if data is None:
            return c.render(request, "error.html", status=404, message=f"No PO {number}.")
        return c.render(request, "po.html", **data)

    @c.page(write=True)
    async def reprocess_action(request: Request, user: WebUser, form: Any) -> Response:
        from agent.ingest import load_raw
        from agent.workflow import reprocess

        inbound_id = int(request.path_params["id"])

        def work() -> tuple[int, str]:
            with c.factory() as session:
                row = session.get(InboundMessage, inbound_id)
                if row is None:
                    return 404, f"no stored reply #{inbound_id}"
                po = session.get(PurchaseOrder, row.po_id) if row.po_id else None
                if not auth.sees_everything(user):
                    mine = po is not None and any(
                        auth.may_act_on(session, user, e)
                        for e in session.execute(
                            select(POException).where(POException.po_id == po.id)
                        ).scalars()
                    )
                    if not mine:
                        return 403, "only a lead, or the buyer of this PO, may reprocess it"
                now = c.clock()
                previous = row.state
                kind = reprocess(session, row, load_raw(row), c.settings, now, actor=user.email)
                if previous != InboundState.processed:
                    row.processed_at = now
                    domain.transition(session, row, InboundState.processed, action="processed",
                                      actor=user.email, now=now, details={"via": "reprocess"})  # fmt: skip
                session.commit()
                return 200, f"reply #{row.id} read again: {kind}"

        status, message = await run_in_threadpool(work)
        if status == 403:
            return PlainTextResponse(message, status_code=403)
        c.flash(request, message, "ok" if status == 200 else "error")
        return RedirectResponse(_safe_next(str(form.get("next") or "")), status_code=303)

    # ----------------------------------------------------------------- review

    @c.page()
    async def review_page(request: Request, user: WebUser) -> Response:
        exception_id = int(request.path_params["id"])

        def load() -> dict[str, Any]:
            with c.factory() as session:
                exc = session.get(POException, exception_id)
                if exc is None or exc.type.value != "needs_review":
                    return {"error": (404, f"No review #{exception_id}.")}
                if not auth.may_act_on(session, user, exc):
                    return {"error": (403, f"Review #{exception_id} is not yours.")}
                inbound = (
                    session.get(InboundMessage, exc.inbound_message_id)
                    if exc.inbound_message_id else None
                )  # fmt: skip
                try:
                    form = review.prefill(session, exc, inbound)
                except review.ReviewError as err:
                    return {"error": (409, str(err))}
                return {
                    "exc": exc,
                    "item": queue.load_item(session, exception_id, c.clock(), c.tz),
                    "reply": mailview.reply_view(inbound) if inbound is not None else None,
                    "form": form,
                }

        data = await run_in_threadpool(load)
        if "error" in data:
            status, message = data["error"]
            return c.render(request, "error.html", status=status, message=message)
        return c.render(request, "review.html", kinds=review.KINDS,
                        statuses=review.LINE_STATUSES, **data)  # fmt: skip

    @c.page(write=True)
    async def review_submit(request: Request, user: WebUser, form: Any) -> Response:
        exception_id = int(request.path_params["id"])

        def work() -> tuple[int, str, str | None]:
            with c.factory() as session:
                exc = session.get(POException, exception_id)
                if exc is None:
                    return 404, f"no review #{exception_id}", None
                if not auth.may_act_on(session, user, exc):
                    return 403, f"review #{exception_id} is not yours", None
                if exc.state not in queue.OPEN_STATES:
                    return 409, f"review #{exception_id} is already {exc.state.value}", None
                inbound = session.get(InboundMessage, exc.inbound_message_id) \
                    if exc.inbound_message_id else None  # fmt: skip
                po = session.get(PurchaseOrder, exc.po_id) if exc.po_id else None
                try:
                    base = review.prefill(session, exc, inbound)
                    parsed = review.parse_form(base, form)
                    example = review.confirm_review(session, c.settings, exc, parsed,
                                                    actor=user.email, now=c.clock())  # fmt: skip
                except review.ReviewError as err:
                    session.rollback()
                    return 400, str(err), None
                session.commit()
                return 200, (f"review #{exception_id} settled as {parsed.kind}; "
                             f"kept as labelled example #{example.id}"), \
                    po.po_number if po else None  # fmt: skip

        status, message, po_number = await run_in_threadpool(work)
        if status == 403:
            return PlainTextResponse(message, status_code=403)
        if status != 200:
            c.flash(request, message, "error")
            return RedirectResponse(f"/review/{exception_id}", status_code=303)
        c.flash(request, message)
        return RedirectResponse(f"/po/{po_number}" if po_number else "/", status_code=303)

    # -------------------------------------------------------------- suppliers

    @c.page()
    async def suppliers_page(request: Request, user: WebUser) -> Response:
        sort = request.query_params.get("sort") or "name"

        def load() -> list[scorecards.Scorecard]:
            with c.factory() as session:
                return scorecards.scorecards(session, c.clock())

        cards = scorecards.sort_cards(await run_in_threadpool(load), sort)
        return c.render(request, "suppliers.html", cards=cards, sort=sort,
                        chart=scorecards.trend_svg)  # fmt: skip

    @c.page()
    async def supplier_page(request: Request, user: WebUser) -> Response:
        sid = request.path_params["id"]

        def load() -> dict[str, Any] | None:
            with c.factory() as session:
                supplier = session.get(Supplier, sid)
                if supplier is None:
                    return None
                card = next((s for s in scorecards.scorecards(session, c.clock())
                             if s.id == sid), None)  # fmt: skip
                domains = {d.lower().lstrip("@") for d in supplier.domains or []} | {
                    e.rsplit("@", 1)[-1].lower() for e in supplier.emails or []
                }
                suppressed = [
                    s for s in session.execute(select(SuppressedAddress)).scalars()
                    if s.address.rsplit("@", 1)[-1].lower() in domains
                ]  # fmt: skip
                pos = list(session.execute(
                    select(PurchaseOrder).where(PurchaseOrder.supplier_id == sid)
                    .order_by(PurchaseOrder.id.desc()).limit(50)
                ).scalars())  # fmt: skip
                return {"supplier": supplier, "card": card, "suppressed": suppressed, "pos": pos}

        data = await run_in_threadpool(load)
        if data is None:
            return c.render(request, "error.html", status=404, message=f"No supplier {sid}.")
        return c.render(request, "supplier.html", chart=scorecards.trend_svg, **data)

    # --------------------------------------------------------------- overview

    @c.page(roles=(WebRole.lead, WebRole.admin))
    async def overview_page(request: Request, user: WebUser) -> Response:
        def load() -> dict[str, Any]:
            from agent import reports

            now = c.clock()
            with c.factory() as session:
                report = reports.build_report(session, now=now)

                def counts(model: Any) -> dict[str, int]:
                    return {
                        s.value: n
                        for s, n in session.execute(
                            select(model.state, func.count()).group_by(model.state)
                        ).all()
                    }

                return {
                    "overall": report["overall"],
                    "aging": queue.aging_counts(session, now, c.tz),
                    "outbox": counts(OutboundMessage),
                    "inbox": counts(InboundMessage),
                    "webhooks": counts(WebhookDelivery),
                    "last_poll": session.execute(
                        select(func.max(MailboxState.updated_at))
                    ).scalar(),
                    "recent_errors": list(session.execute(
                        select(OutboundMessage).where(
                            OutboundMessage.state.in_([OutboundState.failed,
                                                       OutboundState.retrying]))
                        .order_by(OutboundMessage.updated_at.desc()).limit(5)
                    ).scalars()),
                    "failed_hooks": counts(WebhookDelivery).get(DeliveryState.failed.value, 0),
                    "quarantined": counts(InboundMessage).get(InboundState.quarantined.value, 0),
                }  # fmt: skip

        return c.render(request, "overview.html", **(await run_in_threadpool(load)))

    # ----------------------------------------------------------- health, metrics

    async def healthz(request: Request) -> Response:
        def ping() -> bool:
            try:
                with c.factory() as session:
                    session.execute(text("SELECT 1"))
                return True
            except Exception:  # noqa: BLE001 - any database failure is "not healthy"
                return False

        ok = await run_in_threadpool(ping)
        return PlainTextResponse("ok\n" if ok else "database unreachable\n",
                                 status_code=200 if ok else 503)  # fmt: skip

    async def metrics(request: Request) -> Response:
        body = await run_in_threadpool(generate_latest, c.registry)
        return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")

    return [
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", queue_page, methods=["GET"]),
        Route("/exceptions/{id:int}", exception_link, methods=["GET"]),
        Route("/exceptions/{id:int}/resolve", resolve_action, methods=["POST"]),
        Route("/exceptions/{id:int}/reassign", reassign_action, methods=["POST"]),
        Route("/po/{number}", po_page, methods=["GET"]),
        Route("/inbound/{id:int}/reprocess", reprocess_action, methods=["POST"]),
        Route("/review/{id:int}", review_page, methods=["GET"]),
        Route("/review/{id:int}", review_submit, methods=["POST"]),
        Route("/suppliers", suppliers_page, methods=["GET"]),
        Route("/suppliers/{id}", supplier_page, methods=["GET"]),
        Route("/overview", overview_page, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]


class _Timing:
    """Counts and times requests per route template (not per URL: bounded label values)."""

    def __init__(self, app: Any, console: Console) -> None:
        self.app = app
        self.console = console

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = {"code": 500}

        async def wrapped(message: Any) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, wrapped)
        finally:
            route = scope.get("route")
            name = getattr(route, "path", None) or "other"
            self.console.requests.labels(name, str(status["code"])).inc()
            self.console.latency.labels(name).observe(time.perf_counter() - start)


def create_app(
    settings: Any,
    session_factory: Any,
    *,
    clock: Callable[[], datetime] | None = None,
) -> Starlette:
    """The console for ``settings`` on the database behind ``session_factory``."""
    console = Console(settings, session_factory, clock or (lambda: datetime.now(UTC)))
    secret = settings.web.session_secret()
    key = secret.reveal() if secret is not None else secrets.token_urlsafe(48)
    app = Starlette(
        routes=build_routes(console),
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(_Timing, console=console),
            Middleware(
                SessionMiddleware,
                secret_key=key,
                session_cookie=SESSION_COOKIE,
                max_age=int(timedelta(hours=settings.web.session_hours).total_seconds()),
                same_site="lax",
                https_only=settings.web.secure_cookies,
            ),
        ],
    )
    app.state.console = console
    return app
