"""Configuration: defaults, validation messages naming the key, secrets never echoed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from agent.config import ConfigError, Secret, load_settings


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "poagent.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    return info.value.problems


def test_runs_without_a_file(monkeypatch):
    monkeypatch.delenv("POAGENT_CONFIG", raising=False)
    settings = load_settings(None)
    assert settings.database.url == "sqlite:///poagent.db"
    assert settings.smtp.port == 25 and settings.smtp.security == "starttls"
    assert settings.imap.folder == "INBOX"
    assert settings.schedule.business_days == [1, 2, 3, 4, 5]
    assert settings.source is None


def test_env_variable_names_the_file(tmp_path, monkeypatch):
    path = _write(tmp_path, '[company]\nname = "Acme Buyer"\nfrom_address = "po@acme.example"\n')
    monkeypatch.setenv("POAGENT_CONFIG", str(path))
    settings = load_settings(None)
    assert settings.company.name == "Acme Buyer"
    assert settings.company.from_domain == "acme.example"
    assert settings.source == path


def test_every_problem_is_reported_with_its_key(tmp_path):
    path = _write(
        tmp_path,
        """
[smtp]
port = 70000
security = "tls"
hots = "mail.example"
[company]
from_address = "not-an-address"
timezone = "Mars/Olympus"
[schedule]
business_start = "8 am"
business_days = [1, 9]
[tolerances.tiers.A]
price_pct = -1
[logging]
level = "LOUD"
""",
    )
    problems = _problems(path)
    joined = "\n".join(problems)
    assert "smtp.port: must be an integer between 1 and 65535" in problems
    assert "smtp.security: must be one of 'starttls', 'ssl' or 'none'" in problems
    assert "smtp.hots: unknown key (did you mean 'host'?)" in problems
    assert "company.from_address:" in joined
    assert "company.timezone: unknown time zone 'Mars/Olympus'" in joined
    assert "schedule.business_start: must be a time of day as HH:MM" in joined
    assert "schedule.business_days[1]: must be at most 7" in problems
    assert "tolerances.tiers.A.price_pct: must be at least 0" in problems
    assert any(p.startswith("logging.level:") for p in problems)
    assert len(problems) == 9


def test_inline_secret_is_refused_and_never_echoed(tmp_path):
    path = _write(
        tmp_path,
        '[smtp]\npassword = "hunter2-very-secret"\n[llm]\napi_key = "sk-live-123456"\n'
        '[writeback]\nwebhook_secret = "whsec-abc"\n',
    )
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    text = str(info.value)
    assert "smtp.password: secrets are not read from the config file" in text
    assert "password_env" in text and "password_file" in text
    assert "llm.api_key:" in text and "api_key_env" in text
    assert "writeback.webhook_secret:" in text
    for secret in ("hunter2", "sk-live", "whsec"):
        assert secret not in text


def test_a_wrongly_typed_secret_name_does_not_leak_its_value(tmp_path):
    # A value put in the wrong key (a number where a string belongs) is still not echoed.
    path = _write(tmp_path, '[smtp]\nusername = 123456789\npassword_env = ["s3cr3t-value"]\n')
    text = str(pytest.raises(ConfigError, load_settings, path).value)
    assert "smtp.username" in text and "smtp.password_env" in text
    assert "s3cr3t-value" not in text and "123456789" not in text


def test_secrets_resolve_at_call_time_and_are_masked(tmp_path, monkeypatch):
    secret_file = tmp_path / "imap.pw"
    secret_file.write_text("file-secret\n", encoding="utf-8")
    path = _write(
        tmp_path,
        f'[smtp]\npassword_env = "MY_SMTP_PW"\n[imap]\npassword_file = "{secret_file}"\n',
    )
    settings = load_settings(path)
    monkeypatch.setenv("MY_SMTP_PW", "env-secret")
    secret = settings.smtp.password()
    assert isinstance(secret, Secret)
    assert secret.reveal() == "env-secret"
    assert "env-secret" not in repr(secret) and "env-secret" not in str(secret)
    assert "env-secret" not in f"{secret}"
    assert settings.imap.password().reveal() == "file-secret"
    monkeypatch.delenv("MY_SMTP_PW")
    with pytest.raises(ConfigError, match="smtp.password_env: environment variable MY_SMTP_PW"):
        settings.smtp.password()
    assert settings.llm.api_key() is None


def test_unreadable_and_invalid_files(tmp_path):
    assert "file not found" in _problems(tmp_path / "nope.toml")[0]
    assert "not valid TOML" in _problems(_write(tmp_path, "[smtp\nport = 1"))[0]


def test_tolerance_overrides_category_beats_tier(tmp_path):
    path = _write(
        tmp_path,
        """
[tolerances]
price_pct = 1
date_late_days = 2
[tolerances.tiers.B]
price_pct = 2.5
quantity_pct = 5
[tolerances.categories.fasteners]
price_pct = 10
""",
    )
    tol = load_settings(path).tolerances
    assert tol.for_line().price_pct == Decimal(1)
    b = tol.for_line(tier="B")
    assert (b.price_pct, b.quantity_pct, b.date_late_days) == (Decimal("2.5"), Decimal(5), 2)
    both = tol.for_line(tier="B", category="fasteners")
    assert (both.price_pct, both.quantity_pct) == (Decimal(10), Decimal(5))
    assert tol.for_line(tier="unknown", category="other").price_pct == Decimal(1)


def test_own_addresses_include_sender_and_mailbox(tmp_path):
    path = _write(
        tmp_path,
        '[company]\nfrom_address = "PO@Buyer.example"\nown_addresses = ["@buyer.example", '
        '"ap@buyer-group.example"]\n[imap]\nusername = "agent@buyer.example"\n',
    )
    own = load_settings(path).own_addresses()
    assert own == ["po@buyer.example", "buyer.example", "ap@buyer-group.example",
                   "agent@buyer.example"]  # fmt: skip


def test_reading_limits_feed_the_reader(tmp_path):
    path = _write(tmp_path, "[reading]\nmax_mime_parts = 20\n")
    limits = load_settings(path).reading.limits()
    assert limits.max_mime_parts == 20
    assert limits.max_message_bytes == 50 * 1024 * 1024


def test_example_config_is_valid_and_documents_every_key():
    root = Path(__file__).resolve().parent.parent
    example = root / "config.example.toml"
    settings = load_settings(example)
    text = example.read_text(encoding="utf-8")
    from agent.config import Settings

    for section, field in Settings.model_fields.items():
        sub = getattr(settings, section)
        if isinstance(sub, dict):  # [partners.NAME], [connectors.NAME]: the keys of one entry
            assert sub, f"config.example.toml has no [{section}.NAME] example"
            sub = next(iter(sub.values()))
        for key, info in type(sub).model_fields.items():
            name = info.alias or key
            if name in ("tiers", "categories"):
                continue
            assert f"{name} =" in text or f"# {name} =" in text, f"{section}.{name} undocumented"
        assert f"[{section}]" in text or f"[{section}." in text, field


def test_check_config_prints_effective_settings_with_secrets_masked(tmp_path, capsys, monkeypatch):
    from agent.cli import main

    path = _write(
        tmp_path,
        '[database]\nurl = "postgresql://agent@db.example/po"\n'
        '[smtp]\nusername = "mailer"\npassword_env = "CHECK_SMTP_PW"\n'
        '[imap]\nusername = "agent@buyer.example"\npassword_env = "CHECK_IMAP_PW"\n',
    )
    monkeypatch.setenv("CHECK_SMTP_PW", "smtp-pass-2")
    monkeypatch.delenv("CHECK_IMAP_PW", raising=False)
    assert main(["check-config", "--config", str(path)]) == 1
    out, err = capsys.readouterr()
    assert f"# configuration: {path}" in out
    assert "port = 25" in out and 'username = "mailer"' in out
    assert "# password: ******** (from env CHECK_SMTP_PW)" in out
    assert "# password: MISSING (env CHECK_IMAP_PW)" in out
    assert "imap.password_env: environment variable CHECK_IMAP_PW is not set" in err
    assert "db-pass-1" not in out + err and "smtp-pass-2" not in out + err
    assert 'url = "postgresql://agent@db.example/po"' in out

    monkeypatch.setenv("CHECK_IMAP_PW", "imap-pass-3")
    assert main(["check-config", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "configuration OK" in out and "imap-pass-3" not in out


def test_check_config_fails_with_every_problem(tmp_path, capsys):
    from agent.cli import main

    path = _write(tmp_path, '[smtp]\nport = "twenty-five"\npassword = "x"\n')
    assert main(["check-config", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "smtp.port: must be an integer between 1 and 65535" in err
    assert "smtp.password: secrets are not read from the config file" in err


def test_database_password_in_the_url_is_refused_without_echoing_it(tmp_path):
    path = _write(tmp_path, '[database]\nurl = "postgresql://agent:pw-in-url-5@db.example/po"\n')
    (problem,) = _problems(path)
    assert problem.startswith("database.url: must not contain a password; use PGPASSWORD")
    assert "pw-in-url-5" not in problem


def test_with_overrides_validates_like_a_file():
    settings = load_settings(None).with_overrides(smtp={"port": 2525}, logging={"json": True})
    assert (settings.smtp.port, settings.logging.as_json) == (2525, True)
    with pytest.raises(ConfigError, match="smtp.port: must be an integer between 1 and 65535"):
        settings.with_overrides(smtp={"port": 0})
