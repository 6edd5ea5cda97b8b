"""Secrets, clear errors, PO numbers, CSV cells and declared dependencies (issue: a stranger can
neither confirm a PO nor stall the agent).

Each test drives what a user runs: the `poagent` command in a subprocess, a real SMTP server,
the real database; and looks where a user would look (stderr, the stored rows, the CSV file).
"""

from __future__ import annotations

import ast
import csv
import io
import json
import logging
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from importlib import metadata
from pathlib import Path

import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import text

from agent.importer import parse_file
from agent.outbox import send_due
from tests.test_outbox import import_docs, po_doc

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def poagent(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("POAGENT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "agent", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# ------------------------------------------------------------------------------ secrets


@pytest.mark.parametrize(
    ("section", "key", "url"),
    [
        ("database", "url", "postgresql://poagent@db.example/po?password=Hunter2-pg-secret"),
        ("database", "url", "postgresql://poagent:Hunter2-pg-secret@db.example/po"),
        (
            "database",
            "url",
            "postgresql://db.example/po?sslmode=require&sslpassword=Hunter2-pg-secret",
        ),
        ("writeback", "webhook_url", "https://erp.example/hook?token=Hunter2-pg-secret"),
        ("writeback", "webhook_url", "https://user:Hunter2-pg-secret@erp.example/hook"),
        ("llm", "base_url", "https://llm.example/v1?api-key=Hunter2-pg-secret"),
    ],
)
def test_a_secret_in_any_url_is_refused_without_being_printed(tmp_path, section, key, url):
    cfg = tmp_path / "poagent.toml"
    cfg.write_text(f'[{section}]\n{key} = "{url}"\n', encoding="utf-8")
    out = poagent("check-config", "--config", str(cfg), cwd=tmp_path)
    assert out.returncode != 0
    assert f"{section}.{key}" in out.stderr
    assert "Hunter2-pg-secret" not in out.stdout + out.stderr


def test_a_url_without_secrets_is_accepted(tmp_path):
    cfg = tmp_path / "poagent.toml"
    cfg.write_text(
        '[writeback]\nwebhook_url = "https://erp.example/hook?site=ulm&format=json"\n',
        encoding="utf-8",
    )
    out = poagent("check-config", "--config", str(cfg), cwd=tmp_path)
    assert out.returncode == 0, out.stderr


def _every_stored_text(session) -> str:
    """Every row of every table as text: what a buyer, a digest or an export could show."""
    dump = []
    for table in sa_inspect(session.get_bind()).get_table_names():
        for row in session.execute(text(f'SELECT * FROM "{table}"')):
            dump.append(" ".join(str(v) for v in row))
    return "\n".join(dump)


def test_a_server_echoing_the_password_gets_it_neither_stored_nor_logged(
    tmp_path, sqlite_url, smtp_server, settings_factory
):
    from agent.db import make_engine, session_factory
    from agent.logging_setup import configure

    secret = smtp_server.password
    settings = settings_factory(sqlite_url, smtp_server)
    factory = session_factory(make_engine(sqlite_url))
    # A relay that quotes the AUTH exchange in its refusal, as some do.
    smtp_server.data_replies.append(
        f"554 5.7.1 refused: user mailer password {secret} is not allowed to relay"
    )
    log = io.StringIO()
    configure("DEBUG", stream=log)
    try:
        import_docs(tmp_path, factory, settings, [po_doc()])
        result = send_due(factory, settings, NOW)
        logging.getLogger("agent.test").error("relay said: %s", f"no ({secret})")
    finally:
        # Leave no handler of ours on the root logger: it would write to this test's
        # captured stream after the test has closed it.
        from agent import logging_setup

        if logging_setup._configured_handler is not None:
            logging.getLogger().removeHandler(logging_setup._configured_handler)
            logging_setup._configured_handler = None
    assert result.failed == 1
    with factory() as s:
        stored = _every_stored_text(s)
    assert "554" in stored and "********" in stored, "the refusal itself is kept"
    assert secret not in stored
    assert secret not in log.getvalue()
    assert "relay said: no (********)" in log.getvalue()


# ------------------------------------------------------------------------ clear errors


@pytest.mark.parametrize(
    ("name", "content", "args", "message"),
    [
        ("big.json", '[{"po_number": "1", "line": ' + "9" * 5000 + "}]", ["import", "--check"],
         "cannot be read"),
        ("deep.json", "[" * 100_000 + "]" * 100_000, ["import", "--check"], "too deeply"),
        ("deep.toml", "a = " + "[" * 100_000 + "]" * 100_000, ["check-config", "--config"],
         "too deeply"),
    ],
)  # fmt: skip
def test_hostile_files_get_one_clear_line_not_a_traceback(tmp_path, name, content, args, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = poagent(*args, str(path), cwd=tmp_path)
    assert out.returncode != 0
    assert message in out.stderr
    assert "Traceback" not in out.stderr


def test_an_out_of_range_report_date_is_a_clear_error(tmp_path):
    out = poagent("report", "--until", "9999-12-31", cwd=tmp_path)
    assert out.returncode == 2
    assert "--until" in out.stderr and "Traceback" not in out.stderr


def test_an_unreachable_database_is_one_line(tmp_path):
    from tests.conftest import free_port

    cfg = tmp_path / "poagent.toml"
    cfg.write_text(
        f'[database]\nurl = "postgresql://nobody@127.0.0.1:{free_port()}/po"\n', encoding="utf-8"
    )
    for command in (["status"], ["exceptions"], ["report"]):
        out = poagent(*command, "--config", str(cfg), cwd=tmp_path)
        assert out.returncode == 1, command
        assert "error: the database cannot be used" in out.stderr, out.stderr
        assert "Traceback" not in out.stderr


# --------------------------------------------------------------------------- PO numbers


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("4500\r\n4500099999", "control character"),
        ("4500\u200b012345", "invisible"),
        ("PO-45\u041e0123", "several scripts"),  # a Cyrillic O among Latin letters
        ("4500\x00123", "NUL"),
    ],
)
def test_po_numbers_must_be_printable_and_of_one_script(tmp_path, number, why):
    path = tmp_path / "pos.json"
    path.write_text(json.dumps([po_doc(number=number)]), encoding="utf-8")
    parsed = parse_file(path)
    assert [p for p in parsed.problems if why in str(p)], [str(p) for p in parsed.problems]
    assert not [p for p in parsed.pos if p.po_number == number]


def test_a_po_number_in_one_non_latin_script_is_fine(tmp_path):
    path = tmp_path / "pos.json"
    path.write_text(json.dumps([po_doc(number="ЗАКАЗ-12345")]), encoding="utf-8")
    assert not parse_file(path).problems


# ------------------------------------------------------------------------------ CSV


def test_csv_exports_neutralise_formulas(
    tmp_path, sqlite_url, session_factory, settings_factory, smtp_server
):
    from agent.reports import build_report, format_csv

    settings = settings_factory(sqlite_url, smtp_server)
    doc = po_doc(number='=HYPERLINK("http://evil.example","x")')
    doc["supplier"]["name"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    path = tmp_path / "pos.json"
    path.write_text(json.dumps([doc]), encoding="utf-8")
    parsed = parse_file(path)
    from agent.importer import apply_import

    apply_import(session_factory, settings, parsed, NOW)
    assert send_due(session_factory, settings, NOW).sent == 1
    with session_factory() as s:
        report = build_report(s, None, None, now=NOW + timedelta(hours=1))
    rows = list(csv.reader(io.StringIO(format_csv(report))))
    cells = [c for r in rows for c in r]
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert not [
        c for c in cells if c.startswith("-") and not c.lstrip("-").replace(".", "").isdigit()
    ]


def test_csv_cells_keep_numbers_and_escape_formula_prefixes():
    from agent.csvsafe import cell

    assert cell("-12.50") == "-12.50"
    assert cell(-3) == -3
    assert cell("-1+2") == "'-1+2"
    assert cell("=1+2") == "'=1+2"
    assert cell("\tx") == "'\tx"
    assert cell("Acme") == "Acme"


# ----------------------------------------------------------------------- dependencies


def _third_party_imports() -> set[str]:
    found: set[str] = set()
    for path in [*(ROOT / "agent").rglob("*.py"), *(ROOT / "connectors").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in ("agent", "connectors"):
                    found.add(top)
    return found


def test_every_imported_package_is_declared_and_every_declared_one_is_used():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    def norm(name: str) -> str:  # PEP 503: case and -_. do not matter
        return re.sub(r"[-_.]+", "-", name).lower()

    declared = {
        norm(dep.split("[")[0].split(">")[0].split("<")[0].split("=")[0].split(";")[0].strip())
        for dep in project["dependencies"]
    }
    providers = metadata.packages_distributions()
    missing = {}
    used = set()
    for module in _third_party_imports():
        dists = {norm(d) for d in providers.get(module, [module])}
        used |= dists
        if not dists & declared:
            missing[module] = sorted(dists)
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"
    # A declared distribution that nothing imports is dead weight. Used without an import of
    # ours: tzdata (zoneinfo's data), psycopg (SQLAlchemy's driver), python-multipart
    # (Starlette's form parser), itsdangerous (Starlette's signed sessions).
    indirect = {"tzdata", "psycopg", "python-multipart", "itsdangerous"}
    unused = declared - used - indirect
    assert not unused, f"declared but never imported: {sorted(unused)}"


def test_majors_that_moved_are_bounded():
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    by_name = {d.split(">")[0].split("<")[0].split("[")[0].strip().lower(): d for d in deps}
    for name in ("openai", "pypdf", "aiosmtplib", "imapclient", "sqlmodel", "httpx", "pymap"):
        if name in by_name:
            assert "<" in by_name[name], f"{name} has no upper bound: {by_name[name]}"
