"""Configuration: one TOML file validated into typed settings.

``load_settings(path)`` reads ``path``, else ``$POAGENT_CONFIG``, else runs on
the built-in defaults (so every command works without a file). Validation
collects every problem and raises one :class:`ConfigError` listing them all,
each naming its key ("smtp.port: must be an integer between 1 and 65535").

Secrets never live in the TOML: a section names an environment variable
(``password_env``) or a file (``password_file``) and the value is read when it
is needed (``settings.smtp.password()``), wrapped in :class:`Secret` whose
``str``/``repr`` are masked, so a secret can't slip into a log line or error.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Mapping
from datetime import time
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PrivateAttr,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from agent import redact
from agent.reading.limits import ReadingLimits

ENV_VAR = "POAGENT_CONFIG"
MASK = "********"

# Keys that look like a secret value; only their *_env / *_file forms are allowed.
_SECRET_WORDS = ("password", "passwd", "secret", "token", "api_key", "apikey")


class ConfigError(Exception):
    """The configuration is unusable. ``problems`` holds one message per problem."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("invalid configuration:\n" + "\n".join(f"  {p}" for p in self.problems))


class Secret(SecretStr):
    """A secret value; ``str()``/``repr()`` print a mask. ``reveal()`` gives the value."""

    def reveal(self) -> str:
        return self.get_secret_value()


def _read_secret(key: str, env: str | None, file: str | None) -> Secret | None:
    """Resolve a secret from the named env variable, else the named file; None if neither set."""
    if env:
        value = os.environ.get(env)
        if value:
            redact.register(value)
            return Secret(value)
        if not file:
            raise ConfigError(f"{key}_env: environment variable {env} is not set")
    if file:
        try:
            value = Path(file).expanduser().read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{key}_file: cannot read {file}: {exc.strerror}") from None
        if not value:
            raise ConfigError(f"{key}_file: {file} is empty")
        redact.register(value)
        return Secret(value)
    return None


# Query parameters that carry credentials (libpq's password/sslpassword, API keys, tokens).
_SECRET_PARAMS = re.compile(
    r"(?:^|[?&;])(?:password|passwd|pwd|pass|sslpassword|secret|client_secret|token|"
    r"access_token|auth|api[-_]?key|key|apikey|sig|signature)=",
    re.IGNORECASE,
)


def refuse_url_secrets(url: str, where: str = "") -> str:
    """A URL is configuration, not a vault: no password in it, neither as user:password@ nor
    in the query string. The message never repeats the URL (it would print the secret)."""
    scheme_end = url.find("://")
    rest = url[scheme_end + 3 :] if scheme_end >= 0 else url
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if "@" in authority and ":" in authority.rsplit("@", 1)[0]:
        raise ValueError(f"must not contain a password{where}")
    query = url.split("?", 1)[1] if "?" in url else ""
    if _SECRET_PARAMS.search("?" + query.split("#", 1)[0]):
        raise ValueError(f"must not carry a password, key or token in its query string{where}")
    return url


def _port(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise ValueError("must be an integer between 1 and 65535")
    return value


Port = Annotated[int, BeforeValidator(_port)]
PositiveInt = Annotated[int, Field(ge=1)]
NonNegInt = Annotated[int, Field(ge=0)]
PositiveFloat = Annotated[float, Field(gt=0)]
Pct = Annotated[Decimal, Field(ge=0)]
Security = Literal["starttls", "ssl", "none"]

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_LOCALE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
_DOMAIN = re.compile(r"^@?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def _check_email(value: str, *, optional: bool = False) -> str:
    value = value.strip()
    if optional and not value:
        return value
    if not _EMAIL.match(value):
        raise ValueError(f"must be an email address like name@example.com, got {value!r}")
    return value


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True, frozen=True)


class CompanySettings(_Section):
    name: str = "Example Buyer Inc."
    from_address: str = "purchasing@buyer.example"
    reply_to: str = ""
    # Our own addresses and domains (e.g. "buyer.example"): mail from them is never a supplier reply.
    own_addresses: list[str] = Field(default_factory=list)
    default_locale: str = "en-US"
    timezone: str = "UTC"

    @field_validator("from_address")
    @classmethod
    def _from(cls, v: str) -> str:
        return _check_email(v)

    @field_validator("reply_to")
    @classmethod
    def _reply_to(cls, v: str) -> str:
        return _check_email(v, optional=True)

    @field_validator("own_addresses")
    @classmethod
    def _own(cls, v: list[str]) -> list[str]:
        out = []
        for item in v:
            item = item.strip().lower()
            if not (_EMAIL.match(item) or _DOMAIN.match(item)):
                raise ValueError(f"entries must be email addresses or domains, got {item!r}")
            out.append(item.lstrip("@"))
        return out

    @field_validator("default_locale")
    @classmethod
    def _locale(cls, v: str) -> str:
        if not _LOCALE.match(v):
            raise ValueError(f"must be a locale tag like en-US or de-DE, got {v!r}")
        return v

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        return _check_timezone(v)

    @property
    def from_domain(self) -> str:
        return self.from_address.rsplit("@", 1)[1].lower()

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _check_timezone(v: str) -> str:
    try:
        ZoneInfo(v)
    except Exception:
        raise ValueError(f"unknown time zone {v!r} (use an IANA name like Europe/Berlin)") from None
    return v


class DatabaseSettings(_Section):
    url: str = "sqlite:///poagent.db"

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if not re.match(r"^(sqlite|postgresql)(\+\w+)?://", v):
            raise ValueError("must be a sqlite:/// or postgresql:// URL")
        # Never echo the URL: it holds the password.
        return refuse_url_secrets(
            v,
            "; use PGPASSWORD, ~/.pgpass or PGPASSFILE "
            "(read by the PostgreSQL client library) instead",
        )

    def masked_url(self) -> str:
        return re.sub(r"(://[^:/@]*:)[^@]*@", rf"\1{MASK}@", self.url)


class SmtpSettings(_Section):
    host: str = "127.0.0.1"
    port: Port = 25
    security: Security = "starttls"
    username: str = ""
    password_env: str = ""
    password_file: str = ""
    timeout_seconds: PositiveFloat = 30.0
    max_attempts: PositiveInt = 8
    retry_base_seconds: PositiveFloat = 60.0
    # Upper bound for one retry delay (exponential backoff is capped here).
    retry_max_seconds: PositiveFloat = 6 * 3600.0
    # A row left "sending" by a sender that died is taken over after this long.
    claim_timeout_seconds: PositiveFloat = 600.0
    # Verify the server certificate (turn off only for a local test relay).
    verify_tls: bool = True
    # CA bundle to trust in addition to the system store (e.g. a private relay's CA).
    ca_file: str = ""

    def password(self) -> Secret | None:
        return _read_secret("smtp.password", self.password_env, self.password_file)


class ImapSettings(_Section):
    account: str = ""
    host: str = "127.0.0.1"
    port: Port = 993
    security: Security = "ssl"
    username: str = ""
    password_env: str = ""
    password_file: str = ""
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    auto_reply_folder: str = "Auto-replies"
    poll_interval_seconds: PositiveFloat = 60.0
    idle: bool = True
    idle_renew_seconds: PositiveFloat = 240.0
    socket_timeout_seconds: PositiveFloat = 60.0
    max_attempts: PositiveInt = 5
    retry_base_seconds: PositiveFloat = 60.0
    verify_tls: bool = True
    ca_file: str = ""
    # Directory for raw messages; empty keeps raw bytes in the database.
    message_store: str = ""

    def password(self) -> Secret | None:
        return _read_secret("imap.password", self.password_env, self.password_file)

    @property
    def account_name(self) -> str:
        """The name used in the processed-once key (account, folder, UIDVALIDITY, UID)."""
        if self.account:
            return self.account
        return f"{self.username}@{self.host}" if self.username else self.host


_DURATION = re.compile(
    r"^\s*(\d+(?:\.\d+)?)\s*(h|hours?|business\s+days?|working\s+days?|bd)\s*$", re.I
)


class Delay(BaseModel):
    """A cadence delay as buyers say it: ``"2 business days"`` or ``"48h"`` (clock hours)."""

    model_config = ConfigDict(frozen=True)

    amount: float
    unit: Literal["hours", "business_days"]

    @classmethod
    def parse(cls, text: str) -> Delay:
        match = _DURATION.match(text)
        if not match:
            raise ValueError(f'must be like "2 business days" or "48h" (clock hours), got {text!r}')
        amount = float(match.group(1))
        unit = "hours" if match.group(2).lower().startswith("h") else "business_days"
        if amount <= 0:
            raise ValueError(f"must be more than zero, got {text!r}")
        if unit == "business_days" and amount != int(amount):
            raise ValueError(f"business days must be a whole number, got {text!r}")
        return cls(amount=amount, unit=unit)

    def __str__(self) -> str:
        if self.unit == "hours":
            return f"{self.amount:g}h"
        n = int(self.amount)
        return f"{n} business day{'s' if n != 1 else ''}"


def _delay(value: Any) -> Any:
    if isinstance(value, Delay):
        return value
    if isinstance(value, str):
        return Delay.parse(value)
    raise ValueError('must be a string like "2 business days" or "48h"')


# Dumped as the text a user writes (check-config, with_overrides).
DelaySetting = Annotated[Delay, BeforeValidator(_delay), PlainSerializer(str, return_type=str)]
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ScheduleSettings(_Section):
    # "import": ask as soon as the PO is imported; "issue_date": not before the PO's issue date.
    request_on: Literal["import", "issue_date"] = "import"
    # "2 business days" or "48h" (clock hours, then moved into business hours).
    follow_up_after: DelaySetting = Field(default_factory=lambda: Delay.parse("2 business days"))
    escalate_after: DelaySetting = Field(default_factory=lambda: Delay.parse("5 business days"))
    # Deprecated: read as follow_up_after = "<n>h" / escalate_after = "<n>h".
    follow_up_after_hours: PositiveFloat | None = None
    escalate_after_hours: PositiveFloat | None = None
    business_hours_only: bool = True
    business_start: str = "08:00"
    business_end: str = "17:00"
    business_days: list[Annotated[int, Field(ge=1, le=7)]] = Field(
        default_factory=lambda: [1, 2, 3, 4, 5]
    )
    # Public holidays of the supplier's country (the region of its locale: de-DE → DE) are
    # not business days; this country when the locale has no region. Empty = none.
    holiday_country: str = ""
    observe_public_holidays: bool = True
    # The company calendar: extra days off, and public holidays worked anyway ("YYYY-MM-DD").
    company_holidays: list[str] = Field(default_factory=list)
    company_working_days: list[str] = Field(default_factory=list)
    max_follow_ups: NonNegInt = 3
    digest_time: str = "07:30"
    send_interval_seconds: PositiveFloat = 60.0

    @model_validator(mode="before")
    @classmethod
    def _legacy_hours(cls, data: Any) -> Any:
        # The old keys keep working: "48" hours becomes "48h" (clock hours).
        if isinstance(data, dict):
            data = dict(data)
            for old, new in (
                ("follow_up_after_hours", "follow_up_after"),
                ("escalate_after_hours", "escalate_after"),
            ):
                value = data.get(old)
                if (
                    isinstance(value, int | float)
                    and not isinstance(value, bool)
                    and value > 0
                    and new not in data
                ):
                    data[new] = f"{value:g}h"
        return data

    @field_validator("holiday_country")
    @classmethod
    def _country(cls, v: str) -> str:
        v = v.strip().upper()
        if v:
            import holidays

            if v not in holidays.list_supported_countries():
                raise ValueError(f"unknown country code {v!r} (use ISO 3166 like DE, US, FR)")
        return v

    @field_validator("company_holidays", "company_working_days")
    @classmethod
    def _days_list(cls, v: list[str]) -> list[str]:
        from datetime import date as _date

        for item in v:
            try:
                if not _ISO_DAY.match(item):
                    raise ValueError
                _date.fromisoformat(item)
            except ValueError:
                raise ValueError(f"dates must be YYYY-MM-DD, got {item!r}") from None
        return v

    def deprecations(self) -> list[str]:
        """Notes for keys that still work but should be renamed."""
        notes = []
        for old, new, value in (
            ("follow_up_after_hours", "follow_up_after", self.follow_up_after_hours),
            ("escalate_after_hours", "escalate_after", self.escalate_after_hours),
        ):
            if value is not None:
                notes.append(
                    f'schedule.{old} is deprecated: it is read as {new} = "{value:g}h" '
                    f"(clock hours, then moved into business hours); write {new} = "
                    f'"{value:g}h" or e.g. "2 business days" instead'
                )
        return notes

    @field_validator("business_start", "business_end", "digest_time")
    @classmethod
    def _hhmm(cls, v: str) -> str:
        if not _HHMM.match(v):
            raise ValueError(f"must be a time of day as HH:MM, got {v!r}")
        return v

    @field_validator("business_days")
    @classmethod
    def _days(cls, v: list[int]) -> list[int]:
        if not v:
            raise ValueError("must name at least one day (1 = Monday … 7 = Sunday)")
        return sorted(set(v))

    @model_validator(mode="after")
    def _order(self) -> ScheduleSettings:
        if self.business_start >= self.business_end:
            raise ValueError("business_start must be before business_end")
        return self

    @staticmethod
    def _time(v: str) -> time:
        h, m = v.split(":")
        return time(int(h), int(m))

    @property
    def business_start_time(self) -> time:
        return self._time(self.business_start)

    @property
    def business_end_time(self) -> time:
        return self._time(self.business_end)

    @property
    def digest_time_of_day(self) -> time:
        return self._time(self.digest_time)


class Tolerance(_Section):
    """Differences within these bounds are accepted automatically (0 = exact match)."""

    price_pct: Pct = Decimal(0)
    quantity_pct: Pct = Decimal(0)
    date_late_days: NonNegInt = 0
    date_early_days: NonNegInt = 0


class ToleranceOverride(_Section):
    price_pct: Pct | None = None
    quantity_pct: Pct | None = None
    date_late_days: NonNegInt | None = None
    date_early_days: NonNegInt | None = None


class ToleranceSettings(Tolerance):
    # Per supplier tier ("A", "B", ...) and per item category; category wins over tier,
    # tier over the defaults above, key by key.
    tiers: dict[str, ToleranceOverride] = Field(default_factory=dict)
    categories: dict[str, ToleranceOverride] = Field(default_factory=dict)

    def for_line(self, tier: str | None = None, category: str | None = None) -> Tolerance:
        values = {k: getattr(self, k) for k in Tolerance.model_fields}
        for table, key in ((self.tiers, tier), (self.categories, category)):
            override = table.get(key) if key else None
            if override is not None:
                for k, v in override.model_dump().items():
                    if v is not None:
                        values[k] = v
        return Tolerance(**values)


class PrioritySettings(_Section):
    # Value at risk (PO currency) at or above which an exception is high / medium priority.
    high_value_at_risk: Annotated[Decimal, Field(ge=0)] = Decimal(10000)
    medium_value_at_risk: Annotated[Decimal, Field(ge=0)] = Decimal(1000)
    # A line needed within this many days is urgent: its exceptions are high priority.
    critical_days: NonNegInt = 14
    # Line criticality values that raise an exception by one priority level.
    bump_criticalities: list[str] = Field(default_factory=lambda: ["critical", "high"])
    # Supplier tiers that raise an exception by one priority level.
    bump_tiers: list[str] = Field(default_factory=lambda: ["A"])

    @model_validator(mode="after")
    def _order(self) -> PrioritySettings:
        if self.medium_value_at_risk > self.high_value_at_risk:
            raise ValueError("medium_value_at_risk must not exceed high_value_at_risk")
        return self


class RoutingSettings(_Section):
    # Who owns an exception when no rule below applies: "buyer" = the PO's buyer.
    default_owner: str = "buyer"
    planners: str = ""
    finance: str = ""
    # Price variances worth at least this much (PO currency) also go to finance.
    finance_price_threshold: Annotated[Decimal, Field(ge=0)] = Decimal(5000)
    operations_manager: str = ""

    @field_validator("planners", "finance", "operations_manager")
    @classmethod
    def _addr(cls, v: str) -> str:
        return _check_email(v, optional=True)

    @field_validator("default_owner")
    @classmethod
    def _owner(cls, v: str) -> str:
        if v not in ("buyer", "planners", "finance", "operations_manager"):
            _check_email(v)
        return v


class LlmSettings(_Section):
    enabled: bool = False
    base_url: str = "https://api.openai.com/v1"
    model: str = "gpt-4o-mini"
    api_key_env: str = ""
    api_key_file: str = ""
    timeout_seconds: PositiveFloat = 30.0
    max_retries: NonNegInt = 3
    daily_call_budget: NonNegInt = 500
    daily_token_budget: NonNegInt = 500_000
    per_supplier_per_hour: NonNegInt = 10
    max_input_chars: PositiveInt = 12_000
    # Azure OpenAI classic deployment URLs need an api-version query parameter; else empty.
    api_version: str = ""
    # `poagent extract` (no database): keep model answers here so a rerun doesn't pay twice.
    cache_dir: str = ""
    # The daemon reads again a reply the model could not be asked about (down, budget
    # spent): after retry_base_minutes, doubling up to 6 hours, at most this many times.
    retry_base_minutes: PositiveFloat = 15.0
    retry_max_attempts: PositiveInt = 12

    def api_key(self) -> Secret | None:
        return _read_secret("llm.api_key", self.api_key_env, self.api_key_file)

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, v: str) -> str:
        return refuse_url_secrets(v, "; name the key with api_key_env/api_key_file")

    @model_validator(mode="after")
    def _usable(self) -> LlmSettings:
        if self.enabled and not (self.base_url and self.model):
            raise ValueError("enabled = true needs base_url and model")
        return self


class WritebackSettings(_Section):
    # Directory for one JSON/CSV file per confirmation; empty = no file export.
    export_dir: str = ""
    # URL that receives each confirmation as JSON; empty = no webhook.
    webhook_url: str = ""
    webhook_secret_env: str = ""
    webhook_secret_file: str = ""
    timeout_seconds: PositiveFloat = 10.0
    max_attempts: PositiveInt = 10
    retry_base_seconds: PositiveFloat = 30.0

    def webhook_secret(self) -> Secret | None:
        return _read_secret(
            "writeback.webhook_secret", self.webhook_secret_env, self.webhook_secret_file
        )

    @field_validator("webhook_url")
    @classmethod
    def _url(cls, v: str) -> str:
        if v and not re.match(r"^https?://", v):
            raise ValueError("must be an http:// or https:// URL")
        return refuse_url_secrets(v, "; name the secret with webhook_secret_env/_file")


class ReadingSettings(_Section):
    max_message_bytes: PositiveInt = ReadingLimits.max_message_bytes
    max_attachment_bytes: PositiveInt = ReadingLimits.max_attachment_bytes
    max_mime_parts: PositiveInt = ReadingLimits.max_mime_parts
    max_mime_depth: PositiveInt = ReadingLimits.max_mime_depth
    max_text_chars: PositiveInt = ReadingLimits.max_text_chars
    # The daemon reads each mail in a child process within these budgets; a mail that
    # exceeds one is quarantined with the reason (never retried in a loop).
    isolate: bool = True
    max_seconds: PositiveFloat = 60.0
    max_memory_mb: PositiveInt = 1024

    def limits(self) -> ReadingLimits:
        return ReadingLimits(**self.model_dump(exclude={"isolate", "max_seconds", "max_memory_mb"}))


class SecuritySettings(_Section):
    # authserv-ids of our own mail servers (the first word of the Authentication-Results header
    # they add). Only their results are read; empty = failures anywhere are heeded, no pass is.
    authserv_ids: list[str] = Field(default_factory=list)
    # Apply a reply only when our server says DMARC passed for the From domain.
    require_dmarc_pass: bool = False
    # More free-mail or shared-provider domains, on top of the built-in list: a supplier
    # writing from one is known by its exact address only.
    shared_mail_domains: list[str] = Field(default_factory=list)

    @field_validator("authserv_ids", "shared_mail_domains")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        out = [x.strip().lower() for x in v if x.strip()]
        bad = [x for x in out if any(ch.isspace() or ch in ";@" for ch in x)]
        if bad:
            raise ValueError(f"{bad[0]!r} is not a host or domain name")
        return out

    @model_validator(mode="after")
    def _usable(self) -> SecuritySettings:
        if self.require_dmarc_pass and not self.authserv_ids:
            raise ValueError(
                "require_dmarc_pass = true needs authserv_ids (the servers whose results we trust)"
            )
        return self


class LoggingSettings(_Section):
    model_config = ConfigDict(
        extra="forbid", validate_default=True, frozen=True, populate_by_name=True
    )

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    # One JSON object per log line (key "json" in the file; renamed here to not shadow BaseModel).
    as_json: bool = Field(default=False, alias="json")

    @field_validator("level", mode="before")
    @classmethod
    def _upper(cls, v: Any) -> Any:
        return v.upper() if isinstance(v, str) else v


class TemplateSettings(_Section):
    # Folder whose templates override the built-in ones (same file names); empty = built-in only.
    dir: str = ""


# ------------------------------------------------------------- ERP connectors
# [partners.NAME] maps one trading partner's IDs and codes; [connectors.NAME] sends each
# confirmation version to it as a document (x12, edifact, cxml, json) over a transport.
# Read by connectors/*; the webhook/export_dir keys of [writeback] stay as shorthands.

_EDI_ID = re.compile(r"^[A-Za-z0-9 ._@:/-]{1,35}$")


class PartnerSettings(_Section):
    # Which poagent date a partner's requested date is, and which date a confirmation sends.
    requested_date: Literal["delivery", "ship"] = "delivery"
    # Partner unit code -> our unit ("PCE" = "EA"); empty = codes pass through unchanged.
    unit_codes: dict[str, str] = Field(default_factory=dict)
    # X12: their interchange ID/qualifier (ISA06 inbound, ISA08 outbound) and ours.
    x12_id: str = "PARTNER"
    x12_qualifier: str = "ZZ"
    x12_our_id: str = "POAGENT"
    x12_our_qualifier: str = "ZZ"
    # GS02/GS03 application codes; empty = the interchange IDs.
    x12_gs_id: str = ""
    x12_our_gs_id: str = ""
    x12_usage: Literal["P", "T"] = "P"
    x12_element_separator: str = "*"
    x12_component_separator: str = ">"
    x12_segment_terminator: str = "~"
    # N1 entity code that names the supplier in an 850 (SE selling party, VN vendor, SU supplier).
    x12_supplier_entity: Literal["SE", "VN", "SU"] = "SE"
    # PO1 product ID qualifier whose value is our item number (BP buyer's part, VP vendor's part).
    x12_item_qualifier: str = "BP"
    # EDIFACT: their and our UNB party IDs and code qualifiers (14 = GS1 GLN, ZZZ = mutual).
    edifact_id: str = "PARTNER"
    edifact_qualifier: str = "ZZZ"
    edifact_our_id: str = "POAGENT"
    edifact_our_qualifier: str = "ZZZ"
    # LIN item number type that is our item number (BP buyer's, SA supplier's, IN buyer's item).
    edifact_item_type: str = "BP"
    # cXML credentials: theirs (From inbound, To outbound) and ours; shared secret for Sender.
    cxml_domain: str = "NetworkID"
    cxml_identity: str = "PARTNER"
    cxml_our_domain: str = "NetworkID"
    cxml_our_identity: str = "POAGENT"
    cxml_shared_secret_env: str = ""
    cxml_shared_secret_file: str = ""
    # Which ItemID child is our item number.
    cxml_item_id: Literal["SupplierPartID", "BuyerPartID"] = "SupplierPartID"
    cxml_deployment_mode: Literal["production", "test"] = "production"

    def cxml_shared_secret(self, name: str) -> Secret | None:
        return _read_secret(
            f"partners.{name}.cxml_shared_secret",
            self.cxml_shared_secret_env,
            self.cxml_shared_secret_file,
        )

    @field_validator(
        "x12_id", "x12_our_id", "x12_gs_id", "x12_our_gs_id", "edifact_id", "edifact_our_id"
    )
    @classmethod
    def _edi_id(cls, v: str) -> str:
        if v and not _EDI_ID.match(v):
            raise ValueError("must be 1-35 letters, digits, spaces or ._@:/-")
        return v

    @field_validator("x12_id", "x12_our_id")
    @classmethod
    def _isa_id(cls, v: str) -> str:
        if len(v) > 15:
            raise ValueError("must be at most 15 characters (ISA06/ISA08)")
        return v

    @field_validator("x12_qualifier", "x12_our_qualifier")
    @classmethod
    def _isa_qualifier(cls, v: str) -> str:
        if not re.match(r"^[A-Z0-9]{2}$", v):
            raise ValueError('must be a 2-character ISA qualifier such as "ZZ", "01" or "12"')
        return v

    @field_validator("x12_element_separator", "x12_component_separator", "x12_segment_terminator")
    @classmethod
    def _separator(cls, v: str) -> str:
        if len(v) != 1 or v.isalnum() or v.isspace():
            raise ValueError("must be one character that is neither a letter, a digit nor space")
        return v

    @field_validator("unit_codes")
    @classmethod
    def _units(cls, v: dict[str, str]) -> dict[str, str]:
        for theirs, ours in v.items():
            if not theirs.strip() or not str(ours).strip():
                raise ValueError('codes must be non-empty, like { PCE = "EA" }')
        return v

    @model_validator(mode="after")
    def _distinct_separators(self) -> PartnerSettings:
        seps = {self.x12_element_separator, self.x12_component_separator,
                self.x12_segment_terminator}  # fmt: skip
        if len(seps) != 3:
            raise ValueError(
                "x12_element_separator, x12_component_separator and x12_segment_terminator "
                "must be three different characters"
            )
        return self


class ConnectorSettings(_Section):
    enabled: bool = True
    # Document format: a module in connectors/ (json, x12, edifact, cxml, or one you add).
    format: str
    # [partners.NAME] used for IDs and codes; required for x12, edifact and cxml.
    partner: str = ""
    transport: Literal["folder", "sftp", "http"]
    # folder: write each document here (atomically; for an EDI gateway or VAN client).
    folder: str = ""
    # http: POST each document here; secret_env/_file signs JSON (X-Poagent-Signature).
    url: str = ""
    secret_env: str = ""
    secret_file: str = ""
    # sftp: upload into sftp_dir on sftp_host; the host key must be in sftp_known_hosts.
    sftp_host: str = ""
    sftp_port: Port = 22
    sftp_username: str = ""
    sftp_password_env: str = ""
    sftp_password_file: str = ""
    sftp_key_file: str = ""
    sftp_known_hosts: str = ""
    sftp_dir: str = "."

    def secret(self, name: str) -> Secret | None:
        return _read_secret(f"connectors.{name}.secret", self.secret_env, self.secret_file)

    def sftp_password(self, name: str) -> Secret | None:
        return _read_secret(
            f"connectors.{name}.sftp_password", self.sftp_password_env, self.sftp_password_file
        )

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if v and not re.match(r"^https?://", v):
            raise ValueError("must be an http:// or https:// URL")
        return v

    @field_validator("format")
    @classmethod
    def _format(cls, v: str) -> str:
        from connectors.registry import formats  # each module in connectors/ is a format

        if v not in formats():
            raise ValueError(f"must be one of {', '.join(repr(f) for f in sorted(formats()))}")
        return v

    @model_validator(mode="after")
    def _transport_keys(self) -> ConnectorSettings:
        needed = {"folder": ["folder"], "http": ["url"],
                  "sftp": ["sftp_host", "sftp_username", "sftp_known_hosts"]}[self.transport]  # fmt: skip
        missing = [k for k in needed if not getattr(self, k)]
        if missing:
            raise ValueError(f"transport {self.transport!r} needs {', '.join(missing)}")
        if self.transport == "sftp" and not (
            self.sftp_password_env or self.sftp_password_file or self.sftp_key_file
        ):
            raise ValueError("transport 'sftp' needs sftp_key_file or sftp_password_env/_file")
        if self.format != "json" and not self.partner:
            raise ValueError(f"format {self.format!r} needs partner (a [partners.NAME] table)")
        return self


class ApiSettings(_Section):
    # `poagent api` listens here; POST /api/pos needs "Authorization: Bearer <token>".
    host: str = "127.0.0.1"
    port: Port = 8080
    token_env: str = ""
    token_file: str = ""
    # Largest request body accepted, in bytes.
    max_body_bytes: PositiveInt = 5_000_000

    def token(self) -> Secret | None:
        return _read_secret("api.token", self.token_env, self.token_file)


class WebSettings(_Section):
    """The web console (``poagent web``)."""

    host: str = "127.0.0.1"  # loopback by default: put a TLS reverse proxy in front
    port: Port = 8080
    # Public address of the console, e.g. "https://po.buyer.example"; digests link to it.
    base_url: str = ""
    # Signs the session cookie; when neither is set a random per-process secret is used.
    session_secret_env: str = ""
    session_secret_file: str = ""
    # Cookies only over HTTPS; false is for http://127.0.0.1 development only.
    secure_cookies: bool = True
    session_hours: PositiveInt = 12
    # Header set by a trusted reverse proxy (SSO) naming the signed-in user's email.
    trusted_user_header: str = ""

    def session_secret(self) -> Secret | None:
        return _read_secret("web.session_secret", self.session_secret_env, self.session_secret_file)

    @field_validator("base_url")
    @classmethod
    def _base(cls, v: str) -> str:
        if v and not re.match(r"^https?://", v):
            raise ValueError("must be an http:// or https:// URL")
        return v.rstrip("/")


class Settings(_Section):
    company: CompanySettings = Field(default_factory=CompanySettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    imap: ImapSettings = Field(default_factory=ImapSettings)
    schedule: ScheduleSettings = Field(default_factory=ScheduleSettings)
    tolerances: ToleranceSettings = Field(default_factory=ToleranceSettings)
    priority: PrioritySettings = Field(default_factory=PrioritySettings)
    routing: RoutingSettings = Field(default_factory=RoutingSettings)
    llm: LlmSettings = Field(default_factory=LlmSettings)
    writeback: WritebackSettings = Field(default_factory=WritebackSettings)
    reading: ReadingSettings = Field(default_factory=ReadingSettings)
    security: SecuritySettings = Field(default_factory=SecuritySettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    templates: TemplateSettings = Field(default_factory=TemplateSettings)
    partners: dict[str, PartnerSettings] = Field(default_factory=dict)
    connectors: dict[str, ConnectorSettings] = Field(default_factory=dict)
    api: ApiSettings = Field(default_factory=ApiSettings)

    @model_validator(mode="after")
    def _connector_partners(self) -> Settings:
        for name, conn in self.connectors.items():
            if conn.partner and conn.partner not in self.partners:
                raise ValueError(
                    f"connectors.{name}.partner: no [partners.{conn.partner}] table "
                    f"(known: {', '.join(sorted(self.partners)) or 'none'})"
                )
        return self

    web: WebSettings = Field(default_factory=WebSettings)

    _source: Path | None = PrivateAttr(default=None)

    @property
    def source(self) -> Path | None:
        """The file these settings came from (None = built-in defaults)."""
        return self._source

    def own_addresses(self) -> list[str]:
        """Every address and domain that is ours: mail from these is never a supplier's answer."""
        out: list[str] = []
        candidates = [self.company.from_address, self.company.reply_to, *self.company.own_addresses]
        if "@" in self.imap.username:
            candidates.append(self.imap.username)
        for c in candidates:
            c = c.strip().lower()
            if c and c not in out:
                out.append(c)
        return out

    def with_overrides(self, **sections: Mapping[str, Any]) -> Settings:
        """A copy with some keys replaced, validated like a file (handy for tests and the demo)."""
        data = self.model_dump(mode="python", by_alias=True)
        for name, values in sections.items():
            data.setdefault(name, {}).update(values)
        return settings_from_dict(data, source=self.source)


# ------------------------------------------------------------------------- loading


def _secret_key_problems(data: Mapping[str, Any], prefix: str = "") -> list[str]:
    problems = []
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping):
            problems.extend(_secret_key_problems(value, f"{dotted}."))
            continue
        lowered = key.lower()
        if lowered.endswith(("_env", "_file")):
            continue
        if lowered.endswith(_SECRET_WORDS):
            stem = lowered
            problems.append(
                f"{dotted}: secrets are not read from the config file; "
                f"name an environment variable ({stem}_env) or a file ({stem}_file) instead"
            )
    return problems


_FRIENDLY = {
    "int_type": "must be an integer",
    "int_parsing": "must be an integer",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "decimal_type": "must be a number",
    "decimal_parsing": "must be a number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "string_type": "must be a string (in quotes)",
    "list_type": 'must be a list, e.g. ["a", "b"]',
    "dict_type": "must be a table",
    "model_type": "must be a table",
    "missing": "is required",
}


def _describe(err: Mapping[str, Any], model: type[BaseModel]) -> str:
    loc = [str(p) for p in err["loc"]]
    key = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(".")
    key = key or "config"
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        # Suggest the closest known key: most unknown keys are typos.
        section: Any = model
        for part in loc[:-1]:
            field = getattr(section, "model_fields", {}).get(part)
            annotation = getattr(field, "annotation", None)
            section = annotation if isinstance(annotation, type) else None
            if section is None:
                break
        known = list(getattr(section, "model_fields", {}) or [])
        close = difflib.get_close_matches(loc[-1], known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"{key}: unknown key{hint}"
    if kind == "literal_error":
        return f"{key}: must be one of {ctx.get('expected')}"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = {
            "greater_than_equal": "at least",
            "greater_than": "greater than",
            "less_than_equal": "at most",
            "less_than": "less than",
        }[kind]
        value = next(iter(ctx.values()), "")
        return f"{key}: must be {bound} {value}"
    if kind in _FRIENDLY:
        return f"{key}: {_FRIENDLY[kind]}"
    msg = str(err.get("msg", "is invalid"))
    msg = msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return f"{key}: {msg}"


def settings_from_dict(data: Mapping[str, Any], source: Path | None = None) -> Settings:
    """Validate a parsed config mapping; raises ConfigError listing every problem."""
    problems = _secret_key_problems(data)
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        # Never echo input values: a mistyped secret must not end up in an error message.
        seen = set(problems)
        for err in exc.errors(include_input=False, include_url=False):
            text = _describe(err, Settings)
            if text not in seen and not any(text.startswith(p.split(":")[0] + ":") for p in seen):
                seen.add(text)
                problems.append(text)
        raise ConfigError(problems) from None
    if problems:
        raise ConfigError(problems)
    settings._source = source
    return settings


def load_settings(path: str | Path | None = None) -> Settings:
    """Load settings from ``path``, else ``$POAGENT_CONFIG``, else the built-in defaults."""
    if path is None:
        path = os.environ.get(ENV_VAR) or None
    if path is None:
        return Settings()
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"config: file not found: {path}") from None
    except OSError as exc:
        raise ConfigError(f"config: cannot read {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"config: {path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config: {path} is not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"config: {path} nests tables or arrays too deeply to read") from None
    return settings_from_dict(data, source=path)


def add_config_argument(parser: Any) -> None:
    """The shared ``--config PATH`` option (defined in ``agent.commands._common``)."""
    from agent.commands._common import add_config_argument as add

    add(parser)
