"""Who may use the console and what they may do: users, passwords, CSRF tokens, roles.

Passwords are argon2 hashes (argon2-cffi defaults). A session cookie (signed by
Starlette's SessionMiddleware) carries the user id and a CSRF token; every
state-changing request must echo that token in a form field or the
``X-CSRF-Token`` header (htmx sends it). With ``[web] trusted_user_header`` a
reverse proxy that did the sign-in names the user instead; the user must still
exist here, so roles stay in one place.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from agent import audit
from agent.models import POException, PurchaseOrder, WebRole, WebUser

_hasher = PasswordHasher()
# Compared against when the email is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash("not-a-real-password")

CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
MIN_PASSWORD_CHARS = 10


class UserError(Exception):
    """A user can't be created or changed as asked (clear message for the CLI)."""


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise UserError(f"the password must have at least {MIN_PASSWORD_CHARS} characters")
    return _hasher.hash(password)


def find_user(session: Any, email: str) -> WebUser | None:
    return (
        session.execute(select(WebUser).where(func.lower(WebUser.email) == email.strip().lower()))
        .scalars()
        .first()
    )


def add_user(
    session: Any,
    email: str,
    role: str,
    password: str | None,
    *,
    now: datetime,
    actor: str = "cli",
) -> WebUser:
    """Create a user (audited; the password itself is never recorded)."""
    email = email.strip().lower()
    if "@" not in email or " " in email:
        raise UserError(f"not an email address: {email!r}")
    try:
        role_value = WebRole(role)
    except ValueError:
        roles = ", ".join(r.value for r in WebRole)
        raise UserError(f"unknown role {role!r} (one of {roles})") from None
    if find_user(session, email) is not None:
        raise UserError(f"a user {email} already exists")
    user = WebUser(
        email=email,
        password_hash=hash_password(password) if password is not None else None,
        role=role_value,
        created_at=now,
    )
    session.add(user)
    session.flush()
    audit.record(session, "web_user", user.email, "created", None, role_value, actor,
                 {"password": password is not None}, at=now)  # fmt: skip
    return user


def authenticate(session: Any, email: str, password: str) -> WebUser | None:
    """The active user with this email and password, else None (no hint which was wrong)."""
    user = find_user(session, email)
    stored = user.password_hash if user is not None and user.active else None
    try:
        _hasher.verify(stored or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    return user if stored else None


class LoginThrottle:
    """At most ``limit`` failed sign-ins per address in ``window`` (per process, in memory).

    Guessing passwords through the form costs an attacker hours instead of
    seconds; argon2 makes each guess slow already, this makes them few.
    """

    def __init__(self, limit: int = 5, window: timedelta = timedelta(minutes=15)) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, list[datetime]] = {}
        self._lock = threading.Lock()

    def _recent(self, email: str, now: datetime) -> list[datetime]:
        keep = [t for t in self._failures.get(email, []) if now - t < self.window]
        if keep:
            self._failures[email] = keep
        else:
            self._failures.pop(email, None)
        return keep

    def wait(self, email: str, now: datetime) -> timedelta | None:
        """How long this address must wait before trying again (None: it may try now)."""
        with self._lock:
            recent = self._recent(email.strip().lower(), now)
            if len(recent) < self.limit:
                return None
            return recent[0] + self.window - now

    def failed(self, email: str, now: datetime) -> None:
        with self._lock:
            key = email.strip().lower()
            self._failures[key] = [*self._recent(key, now), now]

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(email.strip().lower(), None)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


# ------------------------------------------------------------------------ roles


def sees_everything(user: WebUser) -> bool:
    return user.role in (WebRole.lead, WebRole.admin)


def may_act_on(session: Any, user: WebUser, exc: POException) -> bool:
    """Leads and admins act on anything; a buyer on what they own or the POs they buy for."""
    if sees_everything(user):
        return True
    me = user.email.lower()
    if (exc.owner or "").lower() == me:
        return True
    if exc.po_id is None:
        return False
    po = session.get(PurchaseOrder, exc.po_id)
    if po is None or po.buyer_id is None:
        return False
    from agent.models import Buyer

    buyer = session.get(Buyer, po.buyer_id)
    return buyer is not None and buyer.email.lower() == me
