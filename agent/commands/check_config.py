"""`poagent check-config`: validate the configuration and print the effective settings."""

from __future__ import annotations

import sys
from typing import Any

from agent.commands._common import CommandContext


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument

    parser = subparsers.add_parser(
        "check-config",
        help="validate the configuration and print the effective settings (secrets masked)",
        description=(
            "Validate the configuration file (or the built-in defaults) and print every "
            "effective setting. Secrets are looked up and shown only as set/missing."
        ),
    )
    add_config_argument(parser)
    parser.set_defaults(func=run)


def _value(v: Any) -> str:
    import json
    from decimal import Decimal

    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    return json.dumps(str(v), ensure_ascii=False)


def _secret_status(section: str, getter: Any, env: str, file: str) -> tuple[str, str | None]:
    from agent.config import MASK, ConfigError

    source = f"env {env}" if env else (f"file {file}" if file else "")
    if not source:
        return "(none configured)", None
    try:
        secret = getter()
    except ConfigError as exc:
        return f"MISSING ({source})", exc.problems[0]
    return (f"{MASK} (from {source})" if secret is not None else "(none)"), None


def _named_entries(section: str, entries: dict[str, Any], out: Any) -> list[str]:
    """Print [section.NAME] tables and check the secrets they name."""
    problems = []
    for name, entry in entries.items():
        print(f"\n[{section}.{name}]", file=out)
        for key, value in entry.model_dump().items():
            if isinstance(value, dict):
                value = "{ " + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + " }"
                print(f"{key} = {value}", file=out)
            else:
                print(f"{key} = {_value(value)}", file=out)
        checks = {
            "partners": [("cxml_shared_secret", lambda e=entry, n=name: e.cxml_shared_secret(n),
                          entry.cxml_shared_secret_env if section == "partners" else "",
                          entry.cxml_shared_secret_file if section == "partners" else "")],
            "connectors": [("secret", lambda e=entry, n=name: e.secret(n),
                            getattr(entry, "secret_env", ""), getattr(entry, "secret_file", "")),
                           ("sftp_password", lambda e=entry, n=name: e.sftp_password(n),
                            getattr(entry, "sftp_password_env", ""),
                            getattr(entry, "sftp_password_file", ""))],
        }.get(section, [])  # fmt: skip
        for label, getter, env, file in checks:
            status, problem = _secret_status(section, getter, env, file)
            print(f"# {label}: {status}", file=out)
            if problem:
                problems.append(problem)
    return problems


def run(ctx: CommandContext) -> int:
    settings = ctx.settings
    out = sys.stdout
    source = settings.source or "built-in defaults (no file given, POAGENT_CONFIG unset)"
    print(f"# configuration: {source}", file=out)
    problems: list[str] = []
    secrets = {
        "smtp": [("password", settings.smtp.password, settings.smtp.password_env,
                  settings.smtp.password_file)],
        "imap": [("password", settings.imap.password, settings.imap.password_env,
                  settings.imap.password_file)],
        "llm": [("api_key", settings.llm.api_key, settings.llm.api_key_env,
                 settings.llm.api_key_file)],
        "writeback": [("webhook_secret", settings.writeback.webhook_secret,
                       settings.writeback.webhook_secret_env,
                       settings.writeback.webhook_secret_file)],
        "api": [("token", settings.api.token, settings.api.token_env, settings.api.token_file)],
    }  # fmt: skip
    for section in type(settings).model_fields:
        model = getattr(settings, section)
        if isinstance(model, dict):  # [partners.NAME], [connectors.NAME]
            problems.extend(_named_entries(section, model, out))
            continue
        print(f"\n[{section}]", file=out)
        data = model.model_dump(by_alias=True)
        for key, value in data.items():
            if isinstance(value, dict):
                continue
            if section == "database" and key == "url":
                value = settings.database.masked_url()
            print(f"{key} = {_value(value)}", file=out)
        if section == "imap":
            print(f"# account name used for de-duplication: {settings.imap.account_name}", file=out)
        for name, getter, env, file in secrets.get(section, []):
            status, problem = _secret_status(section, getter, env, file)
            print(f"# {name}: {status}", file=out)
            if problem:
                problems.append(problem)
        for key, value in data.items():
            if isinstance(value, dict):
                for sub, values in value.items():
                    print(f"\n[{section}.{key}.{sub}]", file=out)
                    for k, v in values.items():
                        if v is not None:
                            print(f"{k} = {_value(v)}", file=out)
    if settings.smtp.username and not (settings.smtp.password_env or settings.smtp.password_file):
        problems.append("smtp.password_env: smtp.username is set but no password source is named")
    if settings.llm.enabled and not (settings.llm.api_key_env or settings.llm.api_key_file):
        problems.append("llm.api_key_env: the LLM is enabled but no API key source is named")
    if not settings.imap.username:
        from agent.scheduler import NOT_CHASED

        print(
            f"\nWARNING: {NOT_CHASED}: imap.username is empty, so no follow-ups and no "
            "escalations are sent (a supplier may have answered where nobody reads). "
            "Configure [imap] to chase.",
            file=sys.stderr,
        )
    elif any(p.startswith("imap.") for p in problems):
        from agent.scheduler import NOT_CHASED

        print(
            f"\nWARNING: {NOT_CHASED.replace('not configured', 'not readable')}: the [imap] "
            "password cannot be read, so no follow-ups and no escalations are sent.",
            file=sys.stderr,
        )
    if problems:
        print("\nproblems:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print("\n# configuration OK", file=out)
    return 0
